"""Round 9c (XFIGURE): the majority stated next to a seat's superlative.

"SEAT had the largest majority in AREA, 12,908 votes": the figure after the comma is the
seat's own majority (the superlative's subject), said as part of the same statement. It was
not read at all, so the claim was the superlative alone and the right seat with another
seat's figure was supported through the rank. The figure is now a majority frame of the
seat named before the superlative; it joins the superlative (their spans share words) and
a wrong figure makes the statement false. Read only after "SEAT had" / "SEAT has": with
other verbs ("SEAT returned the largest majority in the country, almost 13,000") the
superlative itself may go unread, and the figure alone would call a false rank true.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule, seat_scope_of, subject_of

#: the words between the seat and the superlative: "SEAT had (again) the largest ..."
_HAD = re.compile(r"^\s+(?:again\s+|also\s+)?(?:had|has)\s+(?:again\s+|also\s+)?$")


@rule(
    r"\b(?:the\s+)?(?:largest|biggest|smallest|narrowest|highest|lowest|safest|slimmest|"
    r"widest|tightest)\s+majority\s+in\s+[^,.;:()\d]{2,50}?,\s+(?:at\s+|of\s+|with\s+)?"
    r"(?:just\s+|only\s+)?{Q}(?P<n>{N})(?:\s+votes)?(?!\s*(?:per|%|points|seats|percentage))",
    name="superlative_majority_figure",
    needs="majorit",
    priority=45,
)
def _superlative_majority_figure(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    seats = [t for t in ctx.doc.tags_in(ctx.sent.start, m.start(), "seat") if t.end <= m.start()]
    if not seats:
        return None
    seat = seats[-1]
    if not _HAD.match(ctx.doc.folded[seat.end : m.start()]):
        return None  # "SEAT had ..." only: other verbs measured to leave a false rank read
    f = ctx.frame(
        "majority",
        subject_of(seat, "the seat named in the sentence"),
        scope=seat_scope_of(seat, "the seat named in the sentence"),
        number=n,
        unit="votes",
    )
    f.notes.append("the figure next to the superlative is its seat's own majority")
    # the superlative's own words ("the largest majority in AREA"): the two frames are
    # then one statement (compound.joined: the same words), judged false if either is
    comma = ctx.doc.folded.rfind(",", m.start(), m.start("n"))
    return ctx.draft(m, f, n, rule_name="superlative_majority_figure", span=(m.start(), comma))
