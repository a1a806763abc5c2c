"""Error sizes sized out of sample (psephos.models.calibrate): volatility, the sizes' growth
with it, and the tactical-strength diagnostic of the back-test report."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.errors import InputError
from psephos.models import calibrate
from psephos.models.backtest import MAE_PARTIES, tactical_diagnostic
from psephos.models.base import load_election


def test_volatility_is_zero_without_change_and_half_the_moved_vote(store_path) -> None:
    b = load_election("ge2019", db=store_path)
    assert calibrate.volatility(b, b.shares) == 0.0
    # hand calculation: moving 10 points from column 0 to column 1 in every seat moves
    # 10 % of every region's vote: half of |−0.10| + |+0.10| = 0.10
    moved = b.shares.copy()
    moved[:, 0] -= 0.10
    moved[:, 1] += 0.10
    assert calibrate.volatility(b, moved) == pytest.approx(0.10)


@settings(max_examples=30, deadline=None)
@given(
    seat_fixed=st.floats(0, 10),
    per_v=st.floats(0, 50),
    k=st.floats(0, 10),
    v1=st.floats(0, 0.5),
    v2=st.floats(0, 0.5),
)
def test_error_sizes_grow_with_volatility(seat_fixed, per_v, k, v1, v2) -> None:
    e = calibrate.ErrorSizes(0.0, 1.0, 3.0, ("a→b",), 0.2, seat_fixed + 1e-9, per_v, k, 0.1)
    lo, hi = sorted((v1, v2))
    s_lo, g_lo = e.at(lo)
    s_hi, g_hi = e.at(hi)
    assert s_lo <= s_hi + 1e-12 and g_lo <= g_hi + 1e-12
    assert s_lo >= seat_fixed and g_lo == pytest.approx(k * lo)
    # flat sizes (no fit on volatility) are returned as they are
    assert calibrate.ErrorSizes(0.0, 1.0, 3.0, (), 0.2).at(hi) == (3.0, 0.2)


def test_error_sizes_come_from_earlier_pairs_and_widen_in_big_shift_years(store_path) -> None:
    e = calibrate.error_sizes("uns", "2019-12-12", db=store_path)
    assert "ge2017→ge2019" not in e.pairs and "ge2015→ge2017" in e.pairs
    assert e.shape_per_volatility in calibrate.SHAPE_GRID
    assert 0.02 < e.volatility < 0.2  # Pedersen-type index of 1983–2017, a fraction
    quiet, upheaval = e.at(0.05), e.at(0.25)
    assert upheaval[1] > quiet[1]  # the shape error scales with volatility
    assert e.seat == pytest.approx(e.at(e.volatility)[0])


def test_tactical_diagnostic_starts_from_the_back_test_and_scores_each_strength(store_path) -> None:
    sw = tactical_diagnostic(
        "ge2019", "ge2017", "uns", area="region", strengths=(0, 25), db=store_path
    )
    assert sw.against == "Con"  # most GB seats in 2017 (CBP-7979: 317 of 632)
    assert "Con" not in sw.donors and "Lab" in sw.donors
    actual = load_election("ge2019", db=store_path)
    gb = actual.country != "Northern Ireland"
    won = np.concatenate([actual.shares, actual.local_shares], axis=1)[gb].argmax(axis=1)
    for row in sw.rows:
        want = np.mean(
            [abs(row["seats"][q] - int((won == actual.column(q)).sum())) for q in MAE_PARTIES]
        )
        assert row["mae"] == pytest.approx(want)
    # tactical voting against the Conservatives can only cost them seats
    assert sw.rows[1]["seats"]["Con"] <= sw.rows[0]["seats"]["Con"]


@pytest.mark.parametrize("bad", [(-5.0,), (float("nan"),), (101.0,), ()])
def test_tactical_diagnostic_refuses_strengths_outside_0_100(store_path, bad) -> None:
    with pytest.raises(InputError):
        tactical_diagnostic("ge2019", "ge2017", "uns", strengths=bad, db=store_path)
