"""The fitted seat model: raking, exact targets, the base returned unchanged, the fit."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psephos.models import project
from psephos.models.base import load_base
from psephos.models.fitted import FEATURES, fitted_for, rake


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    seats=st.integers(2, 30),
    parties=st.integers(2, 6),
    cells=st.integers(1, 3),
)
def test_rake_meets_cell_targets_and_row_sums(seed, seats, parties, cells) -> None:
    rng = np.random.default_rng(seed)
    start = rng.uniform(0.01, 1, (seats, parties))
    rows = rng.uniform(0.8, 1.0, seats)  # what local candidates leave
    w = rng.uniform(50, 150, seats)
    cell = rng.integers(0, cells, seats)
    cell[:cells] = np.arange(cells)[: min(cells, seats)]
    n = int(cell.max()) + 1
    # targets from a feasible matrix: a random positive one with the same row sums
    truth = rng.uniform(0.01, 1, (seats, parties))
    truth *= (rows / truth.sum(axis=1))[:, None]
    targets = np.stack([w[cell == c] @ truth[cell == c] / w[cell == c].sum() for c in range(n)])
    out = rake(start, w, cell, targets, rows)
    np.testing.assert_allclose(out.sum(axis=1), rows, atol=1e-12)
    for c in range(n):
        got = w[cell == c] @ out[cell == c] / w[cell == c].sum()
        np.testing.assert_allclose(got, targets[c], atol=1e-8)
    assert (out >= 0).all()


def test_rake_keeps_zeros() -> None:
    start = np.array([[0.5, 0.5, 0.0], [0.2, 0.3, 0.5]])
    out = rake(start, np.ones(2), np.zeros(2, dtype=int), np.array([[0.3, 0.45, 0.25]]), np.ones(2))
    assert out[0, 2] == 0.0
    np.testing.assert_allclose(out.mean(axis=0), [0.3, 0.45, 0.25], atol=1e-9)


def test_fit_reports_every_coefficient_with_its_error(store_path) -> None:
    fm = fitted_for(db=store_path)
    rows = fm.summary
    assert [r["feature"] for r in rows] == [f[0] for f in FEATURES]
    assert all(np.isfinite(r["coefficient"]) and r["std_error"] > 0 for r in rows)
    assert fm.n_obs > 10_000
    # learnt from the record, not assumed: a rising party gains relatively less where it
    # is already strong (Butler and Stokes's "uniform rather than proportional" rising
    # parties), and the best-placed challenger gains when the seat's leader falls.
    assert rows[1]["coefficient"] < 0
    assert rows[2]["coefficient"] < 0


def test_targets_equal_to_the_base_give_the_base_back(store_path) -> None:
    b = load_base("ge2024", db=store_path)
    gb = b.country != "Northern Ireland"
    v = b.valid_votes[gb]
    shares = {p: float(v @ b.shares[gb, b.column(p)] / v.sum() * 100) for p in b.parties}
    shares = {p: x for p, x in shares.items() if x > 0}
    p = project(shares, model="fitted", db=store_path)
    # to 0.001 points: raking stops at 500 iterations in the few seats where
    # independents' fixed shares make the margins slow to agree
    np.testing.assert_allclose(p.shares[gb], p.base_shares[gb], atol=1e-5)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lab=st.floats(15, 45),
    con=st.floats(10, 40),
    ruk=st.floats(2, 25),  # RUK=0 in GB with Scotland keeping its RUK vote is refused
    snp=st.floats(15, 50),
)
def test_fitted_meets_nested_area_targets_exactly(store_path, lab, con, ruk, snp) -> None:
    targets = {"GB": {"Lab": lab, "Con": con, "RUK": ruk}, "Scotland": {"SNP": snp}}
    p = project(targets, model="fitted", db=store_path)
    for row in p.target_check:
        # to 0.001 points: with 95 % of the vote named (lab 30, con 40, ruk 25) raking
        # stalls near 1e-5, the zeros of parties not standing making it nearly infeasible;
        # with the SNP at 50 % too (Lab 30, Con 40, RUK 25 for GB) England and Wales would
        # need ~99 % for the three, more than the local candidates leave: no model can
        # reach that, and the projection must say so rather than pretend
        if lab + con + ruk >= 90 and abs(row["share"] - row["target"]) > 1e-5:
            said = any(f"cannot reach the target for {row['party']}" in n for n in p.notes)
            assert said or abs(row["share"] - row["target"]) <= 5e-4, (row, p.notes)
            continue
        assert row["share"] == pytest.approx(row["target"], abs=1e-5), row
    np.testing.assert_allclose(p.shares.sum(axis=1), 1.0, atol=1e-9)
    assert sum(p.seat_totals().values()) == 650
