"""Round 8b (WRONG-B): the area a compound statement's parts share.

"Labour's share fell by more than eight points to 24.4 per cent", in a story on one region
whose sentence names no area, is read for the UK in both parts. The tight part ("to 24.4
per cent") is false for the UK but true for the region, and the guard leaves it
``uncertain``; the open part ("by more than eight points") is never retried by the guard
(an open figure fits some area by chance) and stood as false. When every tight sibling of
a contradicted part, read for the UK by default, is true of one area, the open part is read
there too: true there, it is ``uncertain`` (the statement is most likely about that area),
not false.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from psephos.claims.compound import combine
from psephos.claims.model import CheckedClaim

#: cap on the areas a sibling is read in (the UK, GB, the nations and the regions)
_MAX_AREAS = 20


def review(con: Any, checked: Sequence[CheckedClaim]) -> list[CheckedClaim]:
    """Every compound claim of a report with a part false only for the default UK."""
    return [_compound(con, c) if c.parts and c.verdict == "contradicted" else c for c in checked]


def _areas_true(con: Any, part: CheckedClaim) -> list[tuple[str, Any]]:
    """The areas (label, scope) where ``part`` (a tight figure read for the UK by default)
    is true."""
    from psephos.claims.evaluate import evaluate_plain
    from psephos.claims.evaluate_guard import _default_scope, _scopes, _tight

    f = part.claim.frame
    if f is None or not _default_scope(f) or not _tight(f):
        return []
    out = []
    for label, scope in _scopes(con, f)[:_MAX_AREAS]:
        if scope.level not in ("country", "region"):
            continue
        try:
            if evaluate_plain(con, dataclasses.replace(f, scope=scope)).verdict == "supported":
                out.append((label, scope))
        except Exception:  # noqa: BLE001 - a reading that cannot run is no reading
            continue
    return out


def _compound(con: Any, c: CheckedClaim) -> CheckedClaim:
    from psephos.claims.evaluate import evaluate_plain
    from psephos.claims.evaluate_guard import _default_scope

    false = [p for p in c.parts if p.verdict == "contradicted"]
    others = [p for p in c.parts if p.verdict != "contradicted"]
    if not false or not others:
        return c
    areas: list[tuple[str, Any]] | None = None
    for p in others:
        got = _areas_true(con, p)
        if not got:
            return c
        labels = {label for label, _ in got}
        areas = got if areas is None else [a for a in areas if a[0] in labels]
    if not areas:
        return c
    parts = []
    for p in c.parts:
        f = p.claim.frame
        if p.verdict != "contradicted" or f is None or not _default_scope(f):
            parts.append(p)
            continue
        hit = None
        for label, scope in areas:
            try:
                alt = evaluate_plain(con, dataclasses.replace(f, scope=scope))
            except Exception:  # noqa: BLE001 - a reading that cannot run is no reading
                continue
            if alt.verdict == "supported":
                hit = label
                break
        if hit is None:
            return c
        for e in p.evidence:
            e.verdict = "uncertain"
        parts.append(
            dataclasses.replace(
                p,
                verdict="uncertain",
                explanation=f"{p.explanation} Not called false: it is true read {hit}, where "
                "the rest of the statement is true too, and the sentence names no area.",
            )
        )
    verdict = combine([p.verdict for p in parts])
    return dataclasses.replace(
        c,
        parts=parts,
        verdict=verdict,
        explanation=f"One statement in {len(parts)} parts, judged as one: {verdict}. "
        + " ".join(f"({i}) {p.explanation}" for i, p in enumerate(parts, 1)),
    )
