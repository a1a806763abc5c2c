"""Projection and what-if models: pure functions from a base result and targets to seats.

Public entry points::

    project(targets, *, model, base, tactical, sims, seed, ...)   -> Projection
    whatif(seat, *, election, ...)                                 -> WhatIf
    backtest(*, models, ...)                                       -> Backtest

The swing models themselves (:mod:`psephos.models.swing`) work on plain numpy arrays.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Imported on first use, so that ``psephos whatif`` without a projection (and anything else
# that only needs psephos.models.whatif) does not load numpy.
_LAZY = {
    "Base": "base",
    "load_base": "base",
    "Projection": "project",
    "Tactic": "project",
    "parse_tactical": "project",
    "project": "project",
    "MODELS": "swing",
    "proportional_swing": "swing",
    "strong_transition": "swing",
    "tactical": "swing",
    "transition": "swing",
    "uniform_swing": "swing",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'psephos.models' has no attribute '{name}'")
    return getattr(importlib.import_module(f"psephos.models.{module}"), name)


class _Package(types.ModuleType):
    """``psephos.models.project`` is the function, as it was when this package imported it
    eagerly: importing the submodule of the same name must not replace it."""

    @property
    def project(self) -> Any:
        return importlib.import_module("psephos.models.project").project

    @project.setter
    def project(self, value: Any) -> None:  # the import system sets the submodule here
        pass


sys.modules[__name__].__class__ = _Package


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
