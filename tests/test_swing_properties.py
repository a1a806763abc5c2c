"""Property tests (hypothesis) for the swing definitions in docs/analysis.md."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from psephos.analysis.swing import butler_swing, steed_swing

share = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
positive = st.floats(min_value=0.01, max_value=1.0, allow_nan=False)


@given(share, share, share, share)
def test_butler_swing_is_antisymmetric_and_bounded(
    a1: float, b1: float, a2: float, b2: float
) -> None:
    s = butler_swing(a1, b1, a2, b2)
    assert math.isclose(s, -butler_swing(b1, a1, b2, a2), abs_tol=1e-12)
    assert -1.0 <= s <= 1.0


@given(share, share)
def test_no_change_means_no_swing(a: float, b: float) -> None:
    assert butler_swing(a, b, a, b) == 0.0


@given(positive, positive, positive, positive)
def test_steed_swing_is_antisymmetric_and_bounded(
    a1: float, b1: float, a2: float, b2: float
) -> None:
    s = steed_swing(a1, b1, a2, b2)
    assert math.isclose(s, -steed_swing(b1, a1, b2, a2), abs_tol=1e-9)
    assert -1.0 <= s <= 1.0


@given(positive, positive, st.floats(min_value=0.1, max_value=1.0))
def test_steed_ignores_a_uniform_scaling_of_both_parties(a: float, b: float, k: float) -> None:
    # two-party swing looks only at A / (A + B): scaling both shares changes nothing
    assert math.isclose(steed_swing(a, b, a * k, b * k), 0.0, abs_tol=1e-9)


def test_butler_swing_worked_by_hand() -> None:
    # Con 40 → 35, Lab 30 → 38 (shares of all votes): ((38 − 30) + (40 − 35)) / 2 = 6.5 points
    assert math.isclose(butler_swing(0.40, 0.30, 0.35, 0.38), 0.065)
