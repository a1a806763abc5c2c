"""One "did you mean" helper for every lookup that can fail on a typo.

Seat names, party names and codes, metrics, census categories, tables and commands all
suggest close matches the same way: rapidfuzz's ``WRatio`` on case-folded text, the best
``limit`` at or above ``cutoff`` (0–100), best first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

#: The default similarity (0–100) a choice needs to be suggested.
CUTOFF = 60.0


def suggest(
    query: str,
    choices: Iterable[str],
    *,
    limit: int = 3,
    cutoff: float = CUTOFF,
    whole: bool = False,
) -> list[str]:
    """Up to ``limit`` of ``choices`` closest to ``query`` (best first, duplicates dropped).

    ``whole=True`` compares whole strings (``fuzz.ratio``) instead of ``WRatio``, which also
    scores partial matches: better when the choices mix short codes and long names.

    Examples
    --------
    >>> suggest("majorty", ["majority", "turnout", "electorate"])
    ['majority']
    """
    from rapidfuzz import fuzz, process, utils

    pool = list(dict.fromkeys(c for c in choices if c))
    if not query or not query.strip() or not pool:
        return []
    scorer: Callable[..., Any] = fuzz.ratio if whole else fuzz.WRatio
    hits = process.extract(
        query,
        pool,
        scorer=scorer,
        limit=limit,
        score_cutoff=cutoff,
        processor=utils.default_process,
    )
    return [h[0] for h in hits]
