"""Swing models on arrays: hand-worked three-seat examples and hypothesis properties."""

from __future__ import annotations

from fractions import Fraction as F

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from psephos.errors import ModelError
from psephos.models.swing import (
    MODELS,
    national_shares,
    proportional_swing,
    strong_transition,
    tactical,
    transition,
    uniform_swing,
)

# Three seats, parties X, Y, Z; seat C has twice the votes of A and B.
#        X     Y     Z
# A    .50   .30   .20      (100 votes)
# B    .10   .55   .35      (100 votes)
# C    .40   .40   .20      (200 votes)
# National: X = (50+10+80)/400 = .35, Y = (30+55+80)/400 = .4125, Z = (20+35+40)/400 = .2375
# Targets:  X .30 (-.05), Y .4125 (0), Z .2875 (+.05)
B3 = np.array([[0.50, 0.30, 0.20], [0.10, 0.55, 0.35], [0.40, 0.40, 0.20]])
W3 = np.array([100.0, 100.0, 200.0])
T3 = np.array([0.30, 0.4125, 0.2875])


def _f(rows: list[list[F]]) -> np.ndarray:
    return np.array([[float(x) for x in r] for r in rows])


def test_three_seat_national_shares() -> None:
    assert national_shares(B3, W3) == pytest.approx([0.35, 0.4125, 0.2375])


def test_three_seat_uns() -> None:
    # every seat: X - .05, Z + .05
    want = [[0.45, 0.30, 0.25], [0.05, 0.55, 0.40], [0.35, 0.40, 0.25]]
    assert uniform_swing(B3, W3, T3) == pytest.approx(np.array(want), abs=1e-12)


def test_three_seat_uns_floors_negative_shares() -> None:
    # X falls by .15: seat B (X .10) would go to -.05; floored at 0, then the row
    # (0, .55, .35 + .15 = .50; sum 1.05) is rescaled to 1: Y .55/1.05, Z .50/1.05.
    t = np.array([0.20, 0.4125, 0.3875])
    out = uniform_swing(B3, W3, t)
    assert out[1] == pytest.approx([0.0, 0.55 / 1.05, 0.50 / 1.05])
    assert out[0] == pytest.approx([0.35, 0.30, 0.35])


def test_three_seat_proportional() -> None:
    # X x 6/7 (.30/.35), Y x 1, Z x 23/19 (.2875/.2375), then each row rescaled to 1.
    rx, rz = F(6, 7), F(23, 19)
    rows = []
    for x, y, z in [
        (F(1, 2), F(3, 10), F(1, 5)),
        (F(1, 10), F(11, 20), F(7, 20)),
        (F(2, 5), F(2, 5), F(1, 5)),
    ]:
        raw = [x * rx, y, z * rz]
        rows.append([v / sum(raw) for v in raw])
    assert proportional_swing(B3, W3, T3) == pytest.approx(_f(rows), abs=1e-12)


def test_three_seat_transition() -> None:
    # X keeps 6/7 of its vote everywhere; the 1/7 it loses goes to Z, the only gainer.
    rows = []
    for x, y, z in [
        (F(1, 2), F(3, 10), F(1, 5)),
        (F(1, 10), F(11, 20), F(7, 20)),
        (F(2, 5), F(2, 5), F(1, 5)),
    ]:
        rows.append([x * F(6, 7), y, z + x / 7])
    assert transition(B3, W3, T3) == pytest.approx(_f(rows), abs=1e-12)


def test_three_seat_strong_transition() -> None:
    # Weak X supporters (up to 20 %): A .2, B .1, C .2 -> national K = (20+10+40)/400 = .175.
    # The fall D = .05 <= K, so each seat loses weak * D/K = weak * 2/7 (strong ones stay):
    # A -.2*2/7, B -.1*2/7, C -.2*2/7; Z gains each seat's loss.
    loss = [F(2, 5) / 7, F(1, 5) / 7, F(2, 5) / 7]
    rows = []
    for (x, y, z), lo in zip(
        [
            (F(1, 2), F(3, 10), F(1, 5)),
            (F(1, 10), F(11, 20), F(7, 20)),
            (F(2, 5), F(2, 5), F(1, 5)),
        ],
        loss,
        strict=True,
    ):
        rows.append([x - lo, y, z + lo])
    assert strong_transition(B3, W3, T3) == pytest.approx(_f(rows), abs=1e-12)


def test_three_seat_strong_transition_beyond_weak() -> None:
    # X falls by .25 > K = .175: all weak supporters go, and strong ones lose
    # (.25 - .175) / (.35 - .175) = 3/7 of themselves. Seat A: strong .3 -> loses .2 + .3*3/7.
    t = np.array([0.10, 0.4125, 0.4875])
    out = strong_transition(B3, W3, t)
    assert out[0, 0] == pytest.approx(0.5 - (0.2 + 0.3 * 3 / 7))
    assert out[1, 0] == pytest.approx(0.0)
    assert national_shares(out, W3) == pytest.approx(t, abs=1e-12)


def test_tactical_three_seat() -> None:
    # After UNS seat A is X .45, Y .30, Z .25. Z's voters against X: Y is best placed.
    after = uniform_swing(B3, W3, T3)
    half = tactical(after, 2, 0, 0.5)  # Z -> best challenger of X, 50 %
    assert half[0] == pytest.approx([0.45, 0.30 + 0.125, 0.125])
    most = tactical(after, 2, 0, 0.8)  # .2 moves: Y .50 beats X .45
    assert most[0].argmax() == 1
    # seat B: Y .55 leads, not X: voting against X there would only help the leader, so
    # nothing moves (tactical votes go only to the party best placed to beat the leader)
    assert most[1] == pytest.approx(after[1])


def test_targets_must_balance() -> None:
    with pytest.raises(ModelError, match="add up"):
        uniform_swing(B3, W3, np.array([0.5, 0.5, 0.5]))


def test_proportional_cannot_create_a_party() -> None:
    b = np.array([[0.6, 0.4, 0.0], [0.5, 0.5, 0.0]])
    with pytest.raises(ModelError, match="no votes at the base"):
        proportional_swing(b, np.ones(2), np.array([0.5, 0.4, 0.1]))


# ---- properties -----------------------------------------------------------------------


@st.composite
def cases(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    s = draw(st.integers(1, 12))
    p = draw(st.integers(2, 6))
    raw = np.array(
        draw(
            st.lists(st.lists(st.floats(0.01, 1.0), min_size=p, max_size=p), min_size=s, max_size=s)
        )
    )
    local = np.array(draw(st.lists(st.floats(0.0, 0.4), min_size=s, max_size=s)))
    shares = raw / raw.sum(axis=1, keepdims=True) * (1 - local)[:, None]
    w = np.array(draw(st.lists(st.floats(100, 1e5), min_size=s, max_size=s)))
    mix = np.array(draw(st.lists(st.floats(0.01, 1.0), min_size=p, max_size=p)))
    base = national_shares(shares, w)
    targets = mix / mix.sum() * base.sum()
    return shares, w, targets, local


@pytest.mark.parametrize("name", list(MODELS))
@settings(max_examples=60, deadline=None)
@given(case=cases())
def test_shares_stay_in_unit_interval_and_rows_sum_to_one(name: str, case: tuple) -> None:
    shares, w, targets, local = case
    out = MODELS[name](shares, w, targets)
    assert (out >= 0).all() and (out <= 1).all()
    assert out.sum(axis=1) + local == pytest.approx(np.ones(len(w)), abs=1e-9)


@pytest.mark.parametrize("name", list(MODELS))
@settings(max_examples=40, deadline=None)
@given(case=cases())
def test_base_targets_reproduce_the_base_exactly(name: str, case: tuple) -> None:
    shares, w, _, _ = case
    out = MODELS[name](shares, w, national_shares(shares, w))
    assert np.array_equal(out, shares)


@pytest.mark.parametrize("name", ["transition", "stm"])
@settings(max_examples=60, deadline=None)
@given(case=cases())
def test_transition_models_meet_national_targets(name: str, case: tuple) -> None:
    shares, w, targets, _ = case
    out = MODELS[name](shares, w, targets)
    assert national_shares(out, w) == pytest.approx(targets, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(case=cases())
def test_uns_meets_targets_when_nothing_is_floored(case: tuple) -> None:
    shares, w, targets, _ = case
    delta = targets - national_shares(shares, w)
    if (shares + delta < 0).any():
        return
    out = uniform_swing(shares, w, targets)
    assert national_shares(out, w) == pytest.approx(targets, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(case=cases(), data=st.data())
def test_stm_meets_targets_with_territorial_parties(case: tuple, data: st.DataObject) -> None:
    """A gainer absent from a seat (the SNP outside Scotland) still meets its target."""
    shares, w, _, _ = case
    s, p = shares.shape
    assume(s >= 2 and p >= 3)
    stands = np.ones_like(shares, dtype=bool)
    stands[0, 0] = False  # party 0 does not stand in seat 0 ...
    shares = shares.copy()
    shares[0, 1] += shares[0, 0]  # ... so its votes there belong to party 1
    shares[0, 0] = 0.0
    base = national_shares(shares, w)
    loss = data.draw(st.floats(0.01, 0.9)) * base[1]
    targets = base.copy()
    targets[1] -= loss  # party 1 falls; party 0 takes 30 % of that, party 2 the rest
    targets[0] += 0.3 * loss
    targets[2] += 0.7 * loss
    lost = shares[:, 1] - strong_transition(shares, w, targets)[:, 1]
    # feasible only if the seats where party 0 stands release enough votes for it
    assume(w[1:] @ lost[1:] / w.sum() > 0.31 * loss)
    out = strong_transition(shares, w, targets, stands=stands)
    assert out[0, 0] == 0.0
    assert national_shares(out, w) == pytest.approx(targets, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(case=cases(), data=st.data())
def test_transition_models_stay_finite_when_a_territorial_gain_is_impossible(
    case: tuple, data: st.DataObject
) -> None:
    """A gainer standing in one seat only, asked for more than that seat can release
    (Plaid Cymru or the SNP given a GB share): the shares stay finite and in [0, 1], rows
    keep their sums and the gainer takes at most what its seat releases, instead of the
    weights overflowing to NaN."""
    shares, w, _, _ = case
    s, p = shares.shape
    assume(s >= 2 and p >= 3)
    stands = np.zeros_like(shares, dtype=bool)
    stands[:, 1:] = True
    stands[0, 0] = True  # party 0 stands in seat 0 only
    shares = shares.copy()
    shares[1:, 1] += shares[1:, 0]
    shares[1:, 0] = 0.0
    base = national_shares(shares, w)
    loss = data.draw(st.floats(0.05, 0.9)) * base[1]
    targets = base.copy()
    targets[1] -= loss
    # party 0 asked for the whole national loss plus a point: more than seat 0 can give
    # whenever seat 0 holds less than the whole of party 1's vote
    targets[0] += loss * 0.99
    targets[2] += loss * 0.01
    for model in (transition, strong_transition):
        out = model(shares, w, targets, stands=stands)
        assert np.isfinite(out).all()
        assert (out >= -1e-12).all() and (out <= 1 + 1e-12).all()
        np.testing.assert_allclose(out.sum(axis=1), shares.sum(axis=1), atol=1e-9)
        assert (out[1:, 0] == 0).all()
