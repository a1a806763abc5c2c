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
"""

from __future__ import annotations

from psephos.claims.check import check_file, check_text
from psephos.claims.model import CheckedClaim, CheckReport, Claim, Evidence, Mention, Stated

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
