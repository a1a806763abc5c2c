"""Golden test for the correlation of Labour's change with Muslim share, derived
independently of psephos from the mirror CSVs with the csv and statistics modules."""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict

import pytest

from psephos.analysis.relate import pearson_ci, relate

RESULTS = "results/ukparliament-psephology/results-by-parliament"
SUMMARY = "demographics/2024-UK-General-Election-Census-Constituency-Summaries-File-v1.1.csv"


def _independent_r(mirror) -> tuple[float, int]:
    """Pearson r of (Lab share 2024 − Lab share notional 2019) on c21Muslim / 100 over the
    seats of England and Wales, read straight from the official CSVs."""
    votes, lab = defaultdict(int), defaultdict(int)
    with open(mirror / RESULTS / "59/general-election/candidacies.csv", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            votes[row["ONS ID"]] += int(row["Votes"])
            if row["Party abbreviation"] == "Lab":  # Labour and Labour Co-operative
                lab[row["ONS ID"]] += int(row["Votes"])
    notional = {}
    with open(
        mirror / RESULTS / "58/notional-general-election/results.csv", encoding="utf-8-sig"
    ) as f:
        for row in csv.reader(f):  # no header: 2 = ONS code, 9 = valid votes, 11 = party code
            if row[11] == "LABV":
                notional[row[2]] = int(row[12]) / int(row[9])
    muslim = {}
    with open(mirror / SUMMARY, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            muslim[row["ONSConstID"]] = float(row["c21Muslim"]) / 100
    codes = sorted(c for c in votes if c[0] in "EW")
    change = [lab[c] / votes[c] - notional.get(c, 0.0) for c in codes]
    return statistics.correlation([muslim[c] for c in codes], change), len(codes)


def test_labour_change_against_muslim_share_england_and_wales(store_path, mirror):
    expected, n = _independent_r(mirror)
    # The independent calculation gives r = -0.750 over 575 seats: strongly negative.
    assert n == 575
    assert expected == pytest.approx(-0.750, abs=0.001)
    r = relate("change:Lab", "census:Muslim", where="country=England,Wales", db=store_path)
    assert r.n == 575
    assert r.correlation["pearson_r"] == pytest.approx(expected, abs=1e-9)
    assert r.correlation["ci_low"] < expected < r.correlation["ci_high"] < 0
    slope = r.coefficients.set_index("term").loc["census:Muslim"]
    assert slope["ci_low"] < slope["coef"] < slope["ci_high"] < 0
    # R^2 of a one-variable OLS is r^2.
    assert r.fit["r_squared"] == pytest.approx(expected**2, abs=1e-9)
    assert r.above["residual"].iloc[0] > 0 > r.below["residual"].iloc[0]
    assert r.bins["n"].sum() == 575


def test_bins_mean_falls_with_muslim_share(store_path):
    r = relate("change:Lab", "census:Muslim", where="country=England,Wales", db=store_path)
    top_band, low_band = r.bins.iloc[-1], r.bins.iloc[0]
    assert top_band["mean_y"] < low_band["mean_y"]


def test_pearson_ci_by_hand():
    # r = 0.5, n = 103: z = atanh(0.5) = 0.549306, se = 1/sqrt(100) = 0.1,
    # z ± 1.959964 * 0.1 -> (0.353310, 0.745303) -> tanh -> (0.339308, 0.632338).
    lo, hi = pearson_ci(0.5, 103)
    assert lo == pytest.approx(0.339308, abs=1e-6) and hi == pytest.approx(0.632338, abs=1e-6)


def test_too_few_seats_is_a_model_error(store_path):
    from psephos.errors import ModelError

    with pytest.raises(ModelError, match="at least"):
        relate("change:Lab", "census:Muslim", where="name=Ilford North", db=store_path)
