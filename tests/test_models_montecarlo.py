"""The Monte Carlo's seat-major blocks give exactly what the plain draw-major recipe gives
for the same random numbers: checked against a direct transcription of the module
docstring's formula on random seats, parties, regions and error sizes."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.models import montecarlo as mc


def _reference(sl: mc.Slots, n: int, seed, sd, shape_sd: float) -> tuple[np.ndarray, np.ndarray]:
    """Draw-major: one row per draw, the winner of each seat the largest share."""
    rng = np.random.default_rng(seed)
    p = sl.national.shape[0]
    f32 = np.float32
    h = mc._h
    e_nat = mc._centred(
        rng.standard_normal((n, p), dtype=f32) * (sd[0] / 100 * h(sl.national)).astype(f32),
        sl.national,
    )
    e_reg = mc._centred(
        rng.standard_normal((n, sl.n_regions, p), dtype=f32)
        * (sd[1] / 100 * h(sl.national)).astype(f32),
        sl.national,
    )
    e_nat = np.concatenate([e_nat, np.zeros((n, 1), f32)], axis=1)
    e_reg = np.concatenate([e_reg, np.zeros((n, sl.n_regions, 1), f32)], axis=2)
    y = rng.standard_normal((n, sl.x.shape[0]), dtype=f32)
    y *= (sd[2] / 100 * h(sl.x)).astype(f32)
    y += sl.x.astype(f32)
    y += (e_reg + e_nat[:, None, :])[:, sl.region, sl.col]
    if shape_sd > 0 and sl.dev is not None:
        g = rng.standard_normal((n, p + 1), dtype=f32) * f32(shape_sd)
        g[:, p] = 0
        y += g[:, sl.col] * sl.dev.astype(f32)
    wins = np.zeros(sl.x.shape[0], np.int64)
    hist = np.zeros((sl.n_labels, sl.n_seats + 1), np.int64)
    for d in range(n):
        best = np.full(sl.n_seats, -np.inf, f32)
        np.maximum.at(best, sl.seat, y[d])
        win = y[d] == best[sl.seat]
        wins += win
        seats = np.bincount(sl.label[win], minlength=sl.n_labels)
        hist[np.arange(sl.n_labels), seats] += 1
    return wins, hist


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    seats=st.integers(1, 40),
    parties=st.integers(1, 5),
    regions=st.integers(1, 4),
    draws=st.integers(1, 300),
    shape=st.sampled_from([0.0, 0.7]),
)
def test_blocks_match_the_draw_major_recipe(seed, seats, parties, regions, draws, shape) -> None:
    rng = np.random.default_rng(seed)
    n_cols = parties + 2  # two local candidates' columns
    shares = rng.uniform(0, 1, (seats, n_cols)) * (rng.uniform(0, 1, (seats, n_cols)) < 0.8)
    shares[:, 0] += 0.01  # every seat has a candidate
    shares /= shares.sum(axis=1, keepdims=True)
    labels = np.tile(np.arange(n_cols), (seats, 1))
    region = rng.integers(0, regions, seats)
    national = shares[:, :parties].mean(axis=0)
    dev = shares - shares.mean(axis=0)
    sl = mc.pack(shares, parties, labels, region, national, n_cols, dev)
    sd = (2.5, 3.5, 6.0)
    children = np.random.SeedSequence(seed).spawn(1)
    got = mc._chunk(sl, draws, children[0], sd, shape)
    want = _reference(sl, draws, children[0], sd, shape)
    np.testing.assert_array_equal(got[0], want[0])
    np.testing.assert_array_equal(got[1], want[1])
    assert (got[1].sum(axis=1) == draws).all()
