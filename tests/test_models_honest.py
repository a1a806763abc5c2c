"""Back-tests are honest: nothing from the target election (or later) enters them but its
shares. Each back-test's projections are recomputed on a copy of the store from which the
target's constituency results, and everything after it, have been deleted, and must be
identical, to the last bit, to those on the full store."""

from __future__ import annotations

import shutil

import duckdb
import numpy as np
import pytest

from psephos.models import calibrate, fitted, stack
from psephos.models.backtest import BACKTESTS, actual_shares, election_date, project_backtest

MODELS = ("uns", "transition", "fitted")


def _strip(src, dst, target: str) -> None:
    """Copy the store, deleting the results of ``target`` and of every later election."""
    shutil.copy(src, dst)
    con = duckdb.connect(str(dst))
    date = con.execute("SELECT date FROM elections WHERE election_id = ?", [target]).fetchone()[0]
    later = [
        r[0]
        for r in con.execute(
            "SELECT election_id FROM elections WHERE date >= ? AND election_id <> ?",
            [date, target],
        ).fetchall()
    ]
    keep_base = {b for t, b in BACKTESTS if t == target}
    gone = [target, *(e for e in later if e not in keep_base)]
    for table in ("candidacies", "contests"):
        con.execute(f"DELETE FROM {table} WHERE election_id IN ({','.join('?' * len(gone))})", gone)
    con.execute("DELETE FROM history_1918_2019 WHERE year >= year(?)", [date])
    con.close()


@pytest.mark.parametrize(("target", "base"), BACKTESTS)
def test_backtest_is_identical_without_the_target_results(
    store_path, tmp_path, target: str, base: str
) -> None:
    stripped = tmp_path / "stripped.duckdb"
    _strip(store_path, stripped, target)
    con = duckdb.connect(str(stripped), read_only=True)
    left = con.execute("SELECT count(*) FROM contests WHERE election_id = ?", [target]).fetchone()
    con.close()
    assert left == (0,)
    before = election_date(target, store_path)
    assert election_date(target, stripped) == before  # the date is all that is kept
    # the fit and the error sizes use the same pairs and give the same numbers
    full_fit = fitted.fitted_for(before, db=store_path)
    cut_fit = fitted.fitted_for(before, db=stripped)
    assert full_fit.pairs == cut_fit.pairs
    assert all(p.split("→")[1] != target for p in full_fit.pairs)
    np.testing.assert_array_equal(full_fit.params, cut_fit.params)
    # the stacking weight and its training errors too (the pairs before the target only)
    assert stack.blend_choice(before, db=store_path) == stack.blend_choice(before, db=stripped)
    for area in ("region",):
        shares = actual_shares(target, area, store_path)  # the shares are the one input
        for model in MODELS:
            a = project_backtest(target, base, shares, model, area=area, sims=300, db=store_path)
            b = project_backtest(target, base, shares, model, area=area, sims=300, db=stripped)
            np.testing.assert_array_equal(a.shares, b.shares)
            assert a.sd == b.sd
            assert a.simulation is not None and b.simulation is not None
            np.testing.assert_array_equal(a.simulation.slot_wins, b.simulation.slot_wins)
            np.testing.assert_array_equal(a.simulation.seat_hist, b.simulation.seat_hist)
        assert calibrate.error_sizes("fitted", before, db=store_path) == calibrate.error_sizes(
            "fitted", before, db=stripped
        )


def test_training_pairs_end_before_the_target(store_path) -> None:
    for target, _ in BACKTESTS:
        date = election_date(target, store_path)
        pairs = fitted.training_pairs(date, db=store_path)
        assert pairs, target
        assert all(p.date < date for p in pairs)
        assert target not in {p.target for p in pairs}
    # every pair in the store is used for forward projections
    labels = [p.label for p in fitted.training_pairs(db=store_path)]
    assert "notional2019→ge2024" in labels and "hist1992→hist1997" in labels
