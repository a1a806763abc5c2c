"""Round 9b (CAUGHT11): false superlatives said in the second half of a gapped sentence.

A superlative said once and then reused with its verb and noun left out:

- "The BNP's best result in the region was in Rotherham, 10.4 per cent, and UKIP's in
  Hull East, 8.0 per cent": the second party's ranking is the first one's, with the
  party changed (its share, or the seats it won for a majority ranking);
- "Twickenham had the highest turnout in London, 77.3 per cent; Ilford South the
  lowest": after a semicolon the seat and the bare superlative carry the measure and the
  area of the superlative before (the ", and X the lowest" form is read by
  ``extract.ranks``; the semicolon form was left unread).

Each frame is the earlier superlative's, so a seat that is not first is refuted on the
same ranking, and one that is first is supported on it (docs/claims.md, "Eleventh
held-out batch, CAUGHT").
"""

from __future__ import annotations

import re
from dataclasses import replace

from psephos.claims.extract import ranks
from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.lexicon import SUPERLATIVES


@rule(
    r",?\s+and\s+(?:the\s+)?(?P<p>{P})(?:'s?|\u2019s?)\s+(?:(?:was|came|went)\s+)?"
    r"(?:in|at|to)\s+(?P<s>{S})(?=\s*(?:[,.;:]|$))",
    name="gapped_superlative",
    needs="\ue001",
    priority=51,
)
def _gapped_superlative(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "P's best result was in A, and Q's in B": the superlative before, in the same
    sentence, with Q for P (its ``share:P`` metric or ``winner=P`` condition) and B for
    its subject. Nothing when the superlative before names no party."""
    prior = [
        d
        for d in ctx.drafts
        if ctx.sent.start <= d.start
        and d.end <= m.start()
        and d.frame.measure == "superlative"
        and d.frame.subject.kind == "seat"
    ]
    p, s = ctx.tag(m, "p"), ctx.tag(m, "s")
    if not prior or p is None or s is None or p.kind != "party" or s.kind != "seat":
        return None
    before = prior[-1].frame
    old = None
    if (before.metric or "").startswith("share:"):
        old = (before.metric or "").split(":", 1)[1]
    winners = [c for c in before.condition if c.startswith("winner=")]
    if old is None and winners:
        old = winners[0].split("=", 1)[1]
    new = str(p.ref["code"])
    if old is None or old == new:
        return None
    metric = f"share:{new}" if (before.metric or "").startswith("share:") else before.metric
    condition = [f"winner={new}" if c == f"winner={old}" else c for c in before.condition]
    f = replace(
        before,
        subject=ctx.subject_of(s, "the seat of the gapped superlative"),
        metric=metric,
        condition=condition,
        stated=None,
        notes=[*before.notes, f"'{p.text}'s in ...': the superlative before, said of {new}"],
        unresolved=list(before.unresolved),
        inferred=list(before.inferred),
    )
    return ctx.draft(m, f, rule_name="gapped_superlative", span=(m.start("p"), m.end("s")))


@rule(
    r";\s+(?P<s>{S})\s+the\s+(?P<sup>{SUP})(?P<a>)" + ranks._AT_FIGURE + r"(?=\s*[,.;:]|\s*$)",
    name="sup_in_seat_after_semicolon",
    needs="\ue002",
    priority=51,
)
def _sup_after_semicolon(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "X had the highest turnout in London; Y the lowest": read as ", and Y the lowest"
    is (:func:`psephos.claims.extract.ranks._sup_in_seat`), only when a superlative was
    read before it in the sentence (so its measure and area are the sentence's)."""
    if " ".join(m.group("sup").split()) not in SUPERLATIVES:
        return None
    if not any(
        ctx.sent.start <= d.start < m.start() and d.frame.measure == "superlative"
        for d in ctx.drafts
    ):
        return None
    return ranks._sup_in_seat(ctx, m)
