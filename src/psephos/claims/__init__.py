"""The claim checker: find the numbers and outcomes in an election story and check each one
against the store, with the working shown.

    >>> from psephos.claims import check_text
    >>> report = check_text(open("story.txt").read())      # doctest: +SKIP
    >>> report.counts                                        # doctest: +SKIP
    {'supported': 6, 'contradicted': 0, 'depends': 2, ...}

Pipeline: :mod:`~psephos.claims.entities` finds seats, people, parties and roles (using the
gazetteers in :mod:`~psephos.claims.gazetteer`); :mod:`~psephos.claims.extract` finds the
claims as frames; :mod:`~psephos.claims.check` resolves each frame's election and seat and
:mod:`~psephos.claims.evaluate` checks it; :mod:`~psephos.claims.html` renders the
annotated report.

The names below are imported on first use, so that importing a light submodule
(:mod:`~psephos.claims.reader`, which ``psephos check`` uses to refuse oversize input
before anything else) does not load the extraction rules, the gazetteers or pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from psephos.claims.check import check_file, check_text
    from psephos.claims.model import CheckedClaim, CheckReport, Claim, Evidence, Mention, Stated

_EXPORTS = {
    "check_file": "psephos.claims.check",
    "check_text": "psephos.claims.check",
    "CheckReport": "psephos.claims.model",
    "CheckedClaim": "psephos.claims.model",
    "Claim": "psephos.claims.model",
    "Evidence": "psephos.claims.model",
    "Mention": "psephos.claims.model",
    "Stated": "psephos.claims.model",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'psephos.claims' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "CheckReport",
    "CheckedClaim",
    "Claim",
    "Evidence",
    "Mention",
    "Stated",
    "check_file",
    "check_text",
]
