"""A party anaphor settled for its paragraph by the figures that name it.

Extraction leaves "the party", "it", "they" unresolved when two parties are in view (one
named in an earlier paragraph, the story's own), and evaluation reads such a claim both
ways (:func:`psephos.claims.evaluate._either_party`): ``supported`` when it is true of
both, or when its TIGHT figure ("won 12 seats", "on 7.4 per cent") is one party's and not
the other's. A paragraph keeps its topic: when such figures in a paragraph settle the
anaphor, all for the same party and none for the other, the paragraph's other claims with
the same two candidates ("its lowest share since 1970", "its share rose by more than four
points") are about that party too. :func:`settle_paragraphs` reads them so, and keeps the
answer only when it is ``supported``: a claim that is false on the settled party keeps its
``uncertain`` (its election or another slot may be read wrong as well, and two wrong slots
would make a wrong "false"; measured on the fifth held-out batch, where a sentence read at
the wrong election was false on both parties).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from psephos.claims.frame import Frame
from psephos.claims.model import CheckedClaim

#: the end of the explanation :func:`psephos.claims.evaluate._one_party_fits` writes
SETTLED = re.compile(r"The figure is (?P<code>[^\s']+)'s, so the sentence is about (?P=code)\.$")
#: extraction's note on a party anaphor with two candidates (evaluate._EITHER_PARTY)
_EITHER = re.compile(
    r"^subject: .* or (?:the story's party|the other party named in the sentence before) "
    r"\((?P<code>[^()]+)\)"
)
#: a paragraph break: a blank line
_PARAGRAPH = re.compile(r"\n\s*\n")

Evaluate = Callable[[CheckedClaim, Frame], CheckedClaim]


def _either(frame: Frame | None) -> tuple[str, str] | None:
    """The two candidate parties of ``frame``'s anaphor (as extraction read it, the
    story's), or None when the frame has another doubt or none."""
    if frame is None or len(frame.unresolved) != 1 or frame.subject.kind != "party":
        return None
    m = _EITHER.match(frame.unresolved[0])
    if m is None or not frame.subject.party:
        return None
    return str(frame.subject.party), m["code"]


def settle_paragraphs(text: str, checked: list[CheckedClaim], run: Evaluate) -> list[CheckedClaim]:
    """``checked`` with the claims of each paragraph whose party anaphor the paragraph's
    figures settled read as about that party, where that reading is ``supported``.
    ``run(claim, frame)`` evaluates a claim's frame (the checker's memoised evaluation)."""
    breaks = [m.end() for m in _PARAGRAPH.finditer(text)]

    def paragraph(c: CheckedClaim) -> int:
        # the number of breaks at or before the claim (a binary search: counting them
        # one by one was quadratic in a long text)
        return bisect.bisect_right(breaks, c.claim.start)

    settled: dict[tuple[int, tuple[str, str]], set[str]] = {}
    for c in checked:
        pair = _either(c.claim.frame)
        m = SETTLED.search(c.explanation) if pair and c.verdict == "supported" else None
        if pair and m:
            settled.setdefault((paragraph(c), pair), set()).add(m["code"])
    if not settled:
        return checked
    out = []
    for c in checked:
        pair = _either(c.claim.frame)
        codes = settled.get((paragraph(c), pair)) if pair else None
        if pair is None or not codes or len(codes) != 1 or c.verdict != "uncertain":
            out.append(c)
            continue
        (code,) = codes
        frame = c.claim.frame
        read = replace(frame, unresolved=[], subject=replace(frame.subject, party=code))
        again = run(c, read)
        if again.verdict != "supported":
            out.append(c)
            continue
        again.explanation = (
            f"Read as about {code}, the party this paragraph's figures are about "
            f"(the sentence alone could mean {pair[0]} or {pair[1]}): {again.explanation}"
        )
        again.claim = replace(c.claim, frame=read)
        out.append(again)
    return out
