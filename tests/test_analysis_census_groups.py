"""Composite census groups (``census:Age65plus``, ``Degree``, ``NoQuals``, ``BadHealth``,
``SocialRent``, ``PrivateRent``, ``Owned``) and the ``top N by METRIC`` filter.

Expected values are computed here from the ONS files in the mirror
(``demographics/census21_wpc_*.csv``: counts per 2024 seat), independently of the store, so
the test fails if the store's composite sums the wrong categories or divides by the wrong
total.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.analysis.metrics import CENSUS_GROUPS, apply_filters, metric_values, parse_metric
from psephos.errors import InputError

#: group -> (ONS file, predicate on the category label)
ONS = {
    "Age65plus": ("census21_wpc_age.csv", lambda c: c.startswith(("Aged 65", "Aged 7", "Aged 8"))),
    "Degree": ("census21_wpc_quals.csv", lambda c: c.startswith("Level 4")),
    "NoQuals": ("census21_wpc_quals.csv", lambda c: c.startswith("No qualifications")),
    "BadHealth": ("census21_wpc_health.csv", lambda c: c in ("Bad health", "Very bad health")),
}


def _ons_shares(mirror: Path, file: str, pick) -> dict[str, float]:
    """Share of each seat's total in the categories ``pick`` selects, from the ONS counts
    (the 'does not apply' category, code -8, is no part of the total)."""
    num: dict[str, float] = defaultdict(float)
    den: dict[str, float] = defaultdict(float)
    with (mirror / "demographics" / file).open(encoding="utf-8-sig") as fh:
        rows = csv.reader(fh)
        next(rows)
        for code, _name, cat_code, cat, obs in rows:
            if cat_code.strip() == "-8":
                continue
            den[code] += float(obs)
            if pick(cat):
                num[code] += float(obs)
    return {k: num[k] / den[k] for k in den if den[k]}


@pytest.mark.parametrize("group", sorted(ONS))
def test_group_share_is_the_ons_counts_summed(store_path, mirror, group):
    file, pick = ONS[group]
    want = _ons_shares(mirror, file, pick)
    got = metric_values(f"census:{group}", db=store_path)
    assert len(want) == 575  # every seat of England and Wales
    for code, share in want.items():
        assert got[code] == pytest.approx(share, abs=1e-9), code


def test_groups_parse_in_any_case_and_keep_their_key(store_path):
    for g in CENSUS_GROUPS:
        m = parse_metric(f"census:{g.lower()}", db=store_path)
        assert m.key == f"census:{g}" and m.unit == "share"


def test_scotland_takes_the_summary_file(store_path):
    # Scotland's Census 2022 has no ONS topic files: the summary file's categories summed
    got = metric_values("census:Age65plus", db=store_path)
    scottish = [c for c in got.index if c.startswith("S14")]
    assert scottish and got[scottish].notna().all()
    assert got[scottish].between(0.05, 0.45).all()


def test_top_n_filter_keeps_the_n_highest_within_the_area(store_path):
    values = metric_values("census:Age65plus", db=store_path)
    frame, universe = apply_filters(
        ["top 7 by census:Age65plus (most)", "country=Wales"], db=store_path
    )
    welsh = values[[c for c in values.index if c.startswith("W07")]].sort_values()
    assert set(frame["ons_code"]) == set(welsh.index[-7:])
    assert universe.startswith("7 seats in Wales where top 7 by census:Age65plus")


def test_bottom_n_filter_and_a_later_condition(store_path):
    values = metric_values("census:Degree", db=store_path).dropna().sort_values()
    lowest = set(values.index[:10])
    frame, _ = apply_filters(["bottom 10 by census:Degree", "winner=Lab"], db=store_path)
    assert set(frame["ons_code"]) <= lowest and len(frame) < 10


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=1, max_value=40), order=st.sampled_from(["most", "least"]))
def test_top_n_size_and_order(store_path, n, order):
    frame, _ = apply_filters([f"top {n} by turnout ({order})"], db=store_path)
    rest, _ = apply_filters([], db=store_path)
    t = metric_values("turnout", db=store_path)
    kept = t[frame["ons_code"]]
    others = t[~t.index.isin(frame["ons_code"])]
    assert len(frame) >= n  # ties at the Nth are kept
    if order == "most":
        assert kept.min() >= others.max()
    else:
        assert kept.max() <= others.min()


def test_top_zero_is_a_clear_error(store_path):
    with pytest.raises(InputError, match="keeps no seat"):
        apply_filters(["top 0 by turnout"], db=store_path)
