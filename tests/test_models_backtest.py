"""The three honest back-tests: actual results, scores, and the targets the issue sets."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from psephos.cli import cli
from psephos.models.backtest import MAE_PARTIES
from tests._models import backtest_for

# Official seats in Great Britain (632 seats with the Speaker's):
# 2017: CBP-7979 (UK 650 less Northern Ireland's 18: DUP 10, SF 7, Ind 1);
# 2019: CBP-8749 (UK 650 less DUP 8, SF 7, SDLP 2, APNI 1);
# 2024: CBP-10009 (the UK's 6 independents less North Down's).
ACTUAL = {
    "ge2017": {"Con": 317, "Lab": 262, "SNP": 35, "LD": 12, "PC": 4, "Green": 1, "Spk": 1},
    "ge2019": {"Con": 365, "Lab": 202, "SNP": 48, "LD": 11, "PC": 4, "Green": 1, "Spk": 1},
    "ge2024": {
        "Lab": 411,
        "Con": 121,
        "LD": 72,
        "SNP": 9,
        "Ind": 5,
        "RUK": 5,
        "Green": 4,
        "PC": 4,
        "Spk": 1,
    },
}
TEXTBOOK = ("uns", "proportional", "transition", "stm")


@pytest.fixture(scope="module")
def bt(store_path):
    return backtest_for(store_path)


def test_six_runs_with_the_official_results(bt) -> None:
    assert [(r.target, r.area) for r in bt.runs] == [
        (t, a) for t in ("ge2017", "ge2019", "ge2024") for a in ("country", "region")
    ]
    for r in bt.runs:
        assert r.actual == ACTUAL[r.target]
        assert r.seats == 632


def test_targets_are_the_actual_shares(bt) -> None:
    # Scotland 2024 (CBP-10009): SNP 30.0 %, Lab 35.3 %
    scot = bt.run("ge2024", "country").targets["Scotland"]
    assert scot["SNP"] == pytest.approx(30.0, abs=0.05)
    assert scot["Lab"] == pytest.approx(35.3, abs=0.05)
    assert len(bt.run("ge2024", "region").targets) == 11  # 9 English regions, Scotland, Wales


def test_scores_follow_their_definitions(bt) -> None:
    for r in bt.runs:
        for m, s in r.models.items():
            assert sum(s.seats.values()) == 632, (r.target, m)
            want = np.mean([abs(s.seats.get(q, 0) - r.actual.get(q, 0)) for q in MAE_PARTIES])
            assert s.mae == pytest.approx(want)
            assert 0 <= s.winners_right <= 632
            assert 0 <= s.brier <= 2
            assert 0 <= s.interval_coverage <= 1 and 0 <= s.seat_band_coverage <= 1
            assert s.sd["national"] == 0.0  # the shares are the actual ones
            assert (s.sd["regional"] == 0.0) == (r.area == "region")


def test_fitted_model_meets_the_issue_targets(bt) -> None:
    """Issue 10: 2024 with region targets at most 20 and better than every textbook model;
    in 2017 and 2019 within 2 seats of the best textbook model. Measured (docs/models.md,
    30 November 2026): 2024 region 19.0 (best textbook: transition 30.8), 2017 2.8 (uns
    1.4), 2019 3.8 (transition 3.4)."""
    r24 = bt.run("ge2024", "region").models
    assert r24["fitted"].mae <= 20.0
    assert r24["fitted"].mae < min(r24[m].mae for m in TEXTBOOK) - 5
    for target in ("ge2017", "ge2019"):
        run = bt.run(target, "region").models
        assert run["fitted"].mae <= min(run[m].mae for m in TEXTBOOK) + 2
    r24c = bt.run("ge2024", "country").models
    assert r24c["fitted"].mae < min(r24c[m].mae for m in TEXTBOOK)


def test_fitted_model_is_calibrated_out_of_sample(bt) -> None:
    """Issue 10: the 90 % seat-total intervals hold the actual in at least 80 % of party ×
    back-test cases, and the per-seat 90 % bands cover 85–95 % of actual shares in each
    back-test (fitted model, region targets; error sizes from earlier pairs only)."""
    hits: list[bool] = []
    for r in bt.runs:
        if r.area != "region":
            continue
        s = r.models["fitted"]
        assert 0.85 <= s.seat_band_coverage <= 0.95, r.target
        for q, (lo, hi) in s.intervals.items():
            hits.append(lo <= r.actual.get(q, 0) <= hi)
    assert len(hits) >= 12 and np.mean(hits) >= 0.8


def test_calibration_is_reported_and_roughly_right(bt) -> None:
    """Every model's per-seat bands stay near their 90 % in every back-test."""
    for r in bt.runs:
        for m, s in r.models.items():
            assert 0.80 <= s.seat_band_coverage <= 0.97, (r.target, r.area, m)


def test_cli_backtest_json(store_path) -> None:
    res = CliRunner().invoke(
        cli,
        ["backtest", "--json", "--model", "uns", "--area", "region", "--sims", "50"]
        + ["--tactical-sweep", "--db", str(store_path)],
    )
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert [(b["target"], b["base"], b["area"]) for b in d["backtests"]] == [
        ("ge2017", "ge2015", "region"),
        ("ge2019", "ge2017", "region"),
        ("ge2024", "notional2019", "region"),
    ]
    assert set(d["backtests"][2]["models"]) == {"uns"}
    assert d["backtests"][2]["actual"] == ACTUAL["ge2024"]
    sweep = d["tactical_diagnostic"]
    assert [(x["target"], x["model"], x["area"]) for x in sweep] == [
        (t, "uns", "region") for t in ("ge2017", "ge2019", "ge2024")
    ]
    # strength 0 is the back-test's own deterministic projection
    for x, b in zip(sweep, d["backtests"], strict=True):
        assert x["rows"][0]["strength"] == 0
        assert x["rows"][0]["mae"] == pytest.approx(b["models"]["uns"]["mae"])


def test_cli_backtest_table(store_path) -> None:
    res = CliRunner().invoke(
        cli,
        ["backtest", "--model", "uns", "--area", "country", "--sims", "20"]
        + ["--db", str(store_path)],
        env={"COLUMNS": "200"},
    )
    assert res.exit_code == 0, res.output
    assert "mean abs. seat error" in res.output and "ge2024 from notional2019" in res.output
