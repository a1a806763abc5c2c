"""The fitted seat model: raking, exact targets, the base returned unchanged, the fit."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from psephos.models import project
from psephos.models.base import load_base
from psephos.models.fitted import EXTRA, FEATURES, extra_names, fit, fitted_for, rake
from psephos.models.pairs import training_pairs
from psephos.models.seatfacts import seat_facts


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
    assert [r["feature"] for r in rows] == [f[0] for f in [*FEATURES, *extra_names(EXTRA)]]
    assert all(np.isfinite(r["coefficient"]) and (r["std_error"] or 0) > 0 for r in rows)
    assert fm.n_obs > 10_000
    # learnt from the record, not assumed: a rising party gains relatively less where it
    # is already strong (Butler and Stokes's "uniform rather than proportional" rising
    # parties), and the best-placed challenger gains when the seat's leader falls.
    assert rows[1]["coefficient"] < 0
    assert rows[2]["coefficient"] < 0
    # a party that gained a seat at a by-election keeps more of it at the next general
    # election than its change elsewhere in the region implies
    by = {r["feature"]: r for r in rows}["byelection_gain"]
    assert by["coefficient"] > 2 * by["std_error"]


@pytest.mark.parametrize(
    ("base", "before", "seat", "party"),
    [
        # by-election results: Clacton 9 Oct 2014 (UKIP gain from Con), Richmond Park 1 Dec
        # 2016 (LD gain from Con), Copeland 23 Feb 2017 (Con gain from Lab), and in the
        # 2019–2024 parliament North Shropshire 16 Dec 2021 (LD gain from Con), carried onto
        # the 2024 seat of the same name, its main successor
        ("ge2010", "2015-05-07", "Clacton", "RUK"),
        ("ge2015", "2017-06-08", "Richmond Park", "LD"),
        ("ge2015", "2017-06-08", "Copeland", "Con"),
        ("notional2019", "2024-07-04", "North Shropshire", "LD"),
    ],
)
def test_seat_facts_find_by_election_gains(store_path, base, before, seat, party) -> None:
    from psephos.models.base import load_election

    b = load_election(base, db=store_path)
    f = seat_facts(b, before, None, store_path)
    i = list(b.name).index(seat)
    assert f.by_gain[i, b.column(party)]
    assert f.holder[i] != b.column(party)
    # a gain is never flagged for the seat's own holder, and only after the base
    rows = np.flatnonzero(f.holder >= 0)
    assert not f.by_gain[rows, f.holder[rows]].any()
    # nothing after ``before``: the window closed before the first by-election
    early = seat_facts(b, str(b_date(store_path, base)), None, store_path)
    assert not early.by_gain.any()


def b_date(store_path, election: str) -> str:
    """The day after ``election``."""
    import datetime

    from psephos.models.backtest import election_date

    day = datetime.date.fromisoformat(election_date(election, store_path))
    return str(day + datetime.timedelta(days=1))


def test_targets_equal_to_the_base_give_the_base_back(store_path) -> None:
    b = load_base("ge2024", db=store_path)
    gb = b.country != "Northern Ireland"
    v = b.valid_votes[gb]
    shares = {p: float(v @ b.shares[gb, b.column(p)] / v.sum() * 100) for p in b.parties}
    shares = {p: x for p, x in shares.items() if x > 0}
    # the six features of the share and tactical situation are all 0 at no change; the
    # by-election feature is not (a seat that changed hands since the base moves towards
    # its by-election winner), so this is checked without it ...
    from psephos.models import fitted as fitted_mod

    saved = fitted_mod.EXTRA
    try:
        fitted_mod.EXTRA = ()
        p = project(shares, model="fitted", db=store_path)
    finally:
        fitted_mod.EXTRA = saved
    # to 0.001 points: raking stops at 500 iterations in the few seats where
    # independents' fixed shares make the margins slow to agree
    np.testing.assert_allclose(p.shares[gb], p.base_shares[gb], atol=1e-5)
    # ... and with it only the seats that changed hands at a by-election since the base
    # move by more than a point
    with_by = project(shares, model="fitted", db=store_path)
    f = seat_facts(b, None, None, store_path)
    moved = np.abs(with_by.shares[:, : len(b.parties)] - b.shares).max(axis=1) > 0.01
    assert set(np.flatnonzero(moved & gb)) <= set(np.flatnonzero(f.by_gain.any(axis=1)))


def test_a_model_without_seat_features_needs_none(store_path) -> None:
    fm = fit(training_pairs("2019-12-12", db=store_path), db=store_path, extra=())
    assert [r["feature"] for r in fm.summary] == [f[0] for f in FEATURES]


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lab=st.floats(15, 45),
    con=st.floats(10, 40),
    ruk=st.floats(2, 25),  # RUK=0 in GB with Scotland keeping its RUK vote is refused
    snp=st.floats(15, 50),
)
# 96 % named in GB, more than the base's local candidates leave room for: scaled (found at
# the round-4 merge, when a miss began to be judged against the scaled share)
@example(lab=31.0, con=40.0, ruk=25.0, snp=15.0)
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
            # or the named shares were scaled down by F to leave the local candidates their
            # base share (targets.plan's note): the area's share then lies between F x the
            # target (every seat in the scaled cell) and the target (a nested area unscaled)
            scaled = [
                float(m[1])
                for n in p.notes
                if (m := re.search(rf"^{row['area']}: .* scaled by ([0-9.]+) to fit", n))
            ]
            within = bool(scaled) and (
                row["target"] * scaled[0] - 5e-4 <= row["share"] <= row["target"] + 5e-4
            )
            assert said or within or abs(row["share"] - row["target"]) <= 5e-4, (row, p.notes)
            continue
        assert row["share"] == pytest.approx(row["target"], abs=1e-5), row
    np.testing.assert_allclose(p.shares.sum(axis=1), 1.0, atol=1e-9)
    assert sum(p.seat_totals().values()) == 650
