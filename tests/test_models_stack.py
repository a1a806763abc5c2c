"""Stacking the fitted model with the transition model: the weight comes from the training
pairs only, is the grid value with the smallest training error, and the stacked projection
still meets every target exactly."""

from __future__ import annotations

import numpy as np
import pytest

from psephos.models import calibrate, stack
from psephos.models import targets as tg
from psephos.models.backtest import BACKTESTS, actual_shares, election_date
from psephos.models.base import load_election
from psephos.models.fitted import training_pairs
from psephos.models.project import project_shares


@pytest.mark.parametrize(("target", "base"), BACKTESTS)
def test_weight_is_the_training_minimum(store_path, target: str, base: str) -> None:
    before = election_date(target, store_path)
    choice = stack.blend_choice(before, db=store_path)
    pairs = training_pairs(before, db=store_path)
    assert choice.pairs == tuple(p.label for p in pairs)
    assert all(p.date < before for p in pairs)
    assert set(choice.errors) == set(stack.GRID)
    best = min(choice.errors.values())
    # the smallest training error, ties to the larger weight (the fitted model)
    assert choice.errors[choice.weight] == pytest.approx(best)
    assert all(choice.errors[w] > best + 1e-9 for w in stack.GRID if w > choice.weight)


def test_training_error_is_recomputed_from_the_pairs(store_path) -> None:
    """One pair's error at each weight, recomputed here from the two models' projections
    (seat winners counted directly), enters the mean the choice reports."""
    before = election_date("ge2019", store_path)
    pairs = training_pairs(before, db=store_path)
    pair = pairs[-1]
    others = tuple(p for p in pairs if p != pair)
    base, actual, fit = calibrate.project_pair(pair, "fitted", fitted_on=others, db=store_path)
    _, _, trans = calibrate.project_pair(pair, "transition", db=store_path)
    gb = base.country != "Northern Ireland"
    want = np.concatenate([actual.shares, actual.local_shares], axis=1)[gb].argmax(axis=1)
    for w in stack.GRID:
        got = np.concatenate([w * fit + (1 - w) * trans, base.local_shares], axis=1)[gb]
        won = got.argmax(axis=1)
        errs = [
            abs(int((won == base.column(q)).sum()) - int((want == base.column(q)).sum()))
            for q in stack.MAE_PARTIES
            if q in base.parties
        ]
        assert stack.seat_error(base, actual, w * fit + (1 - w) * trans) == pytest.approx(
            float(np.mean(errs))
        )


@pytest.mark.parametrize("area", ["country", "region"])
@pytest.mark.parametrize(("target", "base"), BACKTESTS)
def test_stacked_projection_meets_targets(store_path, target: str, base: str, area: str) -> None:
    before = election_date(target, store_path)
    b = load_election(base, db=store_path)
    plan = tg.plan(b, tg.make_room(b, actual_shares(target, area, store_path)))
    got = project_shares(b, plan, "fitted", before=before, db=store_path)
    w = stack.blend_choice(before, db=store_path).weight
    assert w in stack.GRID
    np.testing.assert_allclose(got.sum(axis=1), b.shares.sum(axis=1), atol=1e-9)
    assert (got >= 0).all()
    for cell in plan.cells:
        v = b.valid_votes[cell.mask]
        np.testing.assert_allclose(v @ got[cell.mask] / v.sum(), cell.targets, atol=1e-5)
