"""Projection and what-if models: pure functions from a base result and targets to seats.

Public entry points::

    project(targets, *, model, base, tactical, sims, seed, ...)   -> Projection
    whatif(seat, *, election, ...)                                 -> WhatIf
    backtest(*, models, ...)                                       -> Backtest

The swing models themselves (:mod:`psephos.models.swing`) work on plain numpy arrays.
"""

from __future__ import annotations

from psephos.models.base import Base, load_base
from psephos.models.project import Projection, Tactic, parse_tactical, project
from psephos.models.swing import (
    MODELS,
    proportional_swing,
    strong_transition,
    tactical,
    transition,
    uniform_swing,
)

__all__ = [
    "MODELS",
    "Base",
    "Projection",
    "Tactic",
    "load_base",
    "parse_tactical",
    "project",
    "proportional_swing",
    "strong_transition",
    "tactical",
    "transition",
    "uniform_swing",
]
