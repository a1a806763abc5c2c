"""Stacking the fitted seat model with the transition model, the weight learnt from the past.

The fitted model (:mod:`psephos.models.fitted`) and Electoral Calculus's transition model
(:func:`psephos.models.swing.transition`) both meet every cell's target shares exactly and
keep every seat's row sum, so any weighted mean of their seat shares does too. The
``fitted`` model's projection is

.. math::
    \\hat s = w \\cdot \\hat s_{\\text{fitted}} + (1 - w) \\cdot \\hat s_{\\text{transition}}

with :math:`w` chosen from :data:`GRID` on the **training pairs only** (those before the
cut-off date, :func:`psephos.models.pairs.training_pairs`): each pair is projected from its
base with the actual regional shares of its later election, the fitted part by a fit on
the *other* pairs (leave one pair out, as for the error sizes in
:mod:`psephos.models.calibrate`), and :math:`w` is the grid value with the smallest mean
absolute seat error over :data:`MAE_PARTIES` across those pairs (ties go to the larger
weight: the fitted model unless the record says otherwise). Nothing from the target
election enters; with fewer than two pairs there is nothing to compare on and
:math:`w = 1`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from psephos.models.pairs import training_pairs

#: Candidate weights of the fitted model (quarters).
GRID: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0)
#: Parties whose mean absolute seat error chooses the weight (the back-tests' list).
MAE_PARTIES: tuple[str, ...] = ("Con", "Lab", "LD", "RUK", "SNP")


@dataclass(frozen=True)
class BlendChoice:
    """The weight of the fitted model, and the training error of every candidate."""

    weight: float
    errors: dict[float, float]
    pairs: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "weight": self.weight,
            "training_mae": {str(w): e for w, e in self.errors.items()},
            "pairs": list(self.pairs),
        }


def seat_error(base: Any, actual: Any, shares: np.ndarray) -> float:
    """Mean absolute error of the Great Britain seat totals of :data:`MAE_PARTIES` standing
    in ``base``: ``shares`` (national columns; local candidates at the base's) against the
    actual result."""
    gb = base.country != "Northern Ireland"
    got = np.concatenate([shares, base.local_shares], axis=1)[gb].argmax(axis=1)
    want = np.concatenate([actual.shares, actual.local_shares], axis=1)[gb].argmax(axis=1)
    cols = [base.column(q) for q in MAE_PARTIES if q in base.parties]
    return float(np.mean([abs(int((got == c).sum()) - int((want == c).sum())) for c in cols]))


_CHOICES: dict[tuple[Any, ...], BlendChoice] = {}


def blend_choice(
    before: str | None = None, *, db: str | os.PathLike[str] | None = None
) -> BlendChoice:
    """The weight of the fitted model for projections after the date ``before`` (every pair
    in the store when None), chosen on the pairs before it; cached per store file."""
    from psephos import config
    from psephos.models import calibrate

    pairs = training_pairs(before, db=db)
    path = config.default_db_path(db)
    key = (tuple(pairs), str(path), path.stat().st_mtime if path.exists() else 0.0)
    if key in _CHOICES:
        return _CHOICES[key]
    labels = tuple(p.label for p in pairs)
    if len(pairs) < 2:
        out = BlendChoice(1.0, {}, labels)
    else:
        errs: dict[float, list[float]] = {w: [] for w in GRID}
        for pair in pairs:
            others = tuple(p for p in pairs if p != pair)
            base, actual, fit = calibrate.project_pair(
                pair, "fitted", fitted_on=others, blend=1.0, db=db
            )
            _, _, trans = calibrate.project_pair(pair, "transition", db=db)
            for w in GRID:
                errs[w].append(seat_error(base, actual, w * fit + (1 - w) * trans))
        mean = {w: float(np.mean(e)) for w, e in errs.items()}
        best = min(GRID, key=lambda w: (round(mean[w], 9), -w))
        out = BlendChoice(best, mean, labels)
    if len(_CHOICES) > 16:
        _CHOICES.clear()
    _CHOICES[key] = out
    return out


__all__ = ["GRID", "MAE_PARTIES", "BlendChoice", "blend_choice", "seat_error"]
