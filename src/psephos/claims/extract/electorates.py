"""Frame rules (round 7): the size of an ELECTORATE, a seat's or an area's.

Coverage gives the number of people on the register in a few shapes: "the smallest
constituency, Arfon, had 38,864 voters", "with around 21,000 registered voters, it has the
smallest electorate", "Na h-Eileanan an Iar had just 21,325 registered voters", "an
electorate of 85,204", "85,204 people were registered to vote in Manchester Central",
"Manchester Central's 85,204 electors". Each is the ``electorate`` frame that
:func:`psephos.claims.evaluate_results.turnout` answers from the seat's result row (or the
area's total). The holder must be a seat or an area: "Labour had 10 million voters" is a
party's votes, not an electorate, and is left to the vote rules; "voters" alone counts only
after "had"/"with" of a seat, and a figure under 1,000 is never an electorate.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.frame import Scope, Subject

_VOTERS = r"(?:registered\s+(?:voters|electors)|electors|voters\s+on\s+the\s+(?:register|roll)|names\s+on\s+the\s+(?:electoral\s+)?(?:register|roll)|people\s+registered\s+to\s+vote)"
_ANY_VOTERS = r"(?:" + _VOTERS + r"|voters)"
# not an electorate: voters who did something
_ACTED = re.compile(
    r"\s*(?:who|that)?\s*(?:voted|turned\s+out|cast|backed|chose|went|supported|switched|stayed)\b"
)
_MIN = 1000


@rule(
    # "Arfon had 38,864 voters", "Na h-Eileanan an Iar had just 21,325 registered voters"
    r"(?P<h>{S}|{A}|\bit|\bthe\s+seat|\bthe\s+constituency)\s+(?:had|has|have)\s+(?:just\s+|only\s+|a\s+mere\s+)?{Q}(?P<n>{N})\s+"
    + _ANY_VOTERS,
    # "an electorate of 85,204", "its electorate of 21,325"
    r"\b(?:an?|the|its|their)\s+(?:(?:total|registered)\s+)?electorate\s+of\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})",
    # "with (around) 21,000 registered voters", "with 85,204 electors"
    r"\bwith\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+" + _VOTERS,
    # "85,204 people were registered to vote in Manchester Central"
    r"(?<![\w,.])(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+(?:people|voters|electors|residents)\s+(?:were|are|was)\s+"
    r"(?:registered|on\s+the\s+(?:register|roll))(?:\s+to\s+vote)?\s+in\s+(?:the\s+)?(?P<h>{S}|{A})",
    # "Manchester Central's 85,204 electors"
    r"(?P<h>{S}|{A})(?:'s?|\u2019s?)\s+{Q}(?P<n>{N})\s+" + _VOTERS,
    # "the electorate in Arfon was 38,864", "its electorate stood at 21,325"
    r"\belectorate\s+(?:in\s+(?:the\s+)?(?P<h>{S}|{A})\s+)?(?:was|is|stood\s+at|numbered|totalled|totaled)\s+"
    r"(?:just\s+|only\s+)?{Q}(?P<n>{N})(?!\s*(?:per\s*cent|%))",
    # "there were 85,204 registered voters in Manchester Central"
    r"\bthere\s+(?:were|are)\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+" + _VOTERS + r"\s+in\s+(?:the\s+)?(?P<h>{S}|{A})",
    name="electorate_count",
    needs="voters|electors|electorate|register|roll",
    priority=45,
)  # fmt: skip
def _electorate(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """The number of people on the register of a seat or an area."""
    n = ctx.num(m)
    if n is None or n.kind != "num" or n.q is None or (n.q.value or 0) < _MIN:
        return None
    if _ACTED.match(ctx.doc.folded, m.end()):
        return None  # "21,000 voters who backed ...": voters, not the register
    scope = _holder(ctx, m)
    if scope is None:
        return None
    f = ctx.frame(
        "electorate",
        Subject("seat" if scope.level == "seat" else "parliament", how="the electorate in scope"),
        scope=scope,
        number=n,
        unit="votes",
        metric="electorate",
        notes=["the number on the register (electorate)"],
    )
    return ctx.draft(m, f, n, rule_name="electorate_count")


def _holder(ctx: Ctx, m: re.Match[str]) -> Scope | None:
    """The seat or area whose electorate the figure is: the one named as the holder, else
    the seat or area of the sentence (a seat before an area), else none: never the UK by
    default, never a party's or person's."""
    h = ctx.tag(m, "h") if m.groupdict().get("h") else None
    if h is not None and h.kind == "seat":
        return ctx.seat_scope_of(h, "named in the claim")
    if h is not None and h.kind == "area":
        return ctx.area_scope(h.start, h.end)
    lo = ctx.clause_start(m.start())
    if ctx.doc.tags_in(lo, m.start(), "party", "person") and not ctx.doc.tags_in(
        lo, m.start(), "seat"
    ):
        return None  # "Labour, with 10 million voters": a party's, not an electorate
    # the nearest seat or area before the figure in the sentence ("the South East had an
    # electorate of", "Wales' electorate stood at"), else the first after it in its clause
    # ("With 21,000 registered voters, Na h-Eileanan an Iar ...")
    near = ctx.doc.tags_in(ctx.sent.start, m.start(), "seat", "area")
    t = near[-1] if near else None
    if t is None:
        after = ctx.doc.tags_in(m.end(), ctx.sent.end, "seat", "area")
        t = after[0] if after else None
    if t is not None and t.kind == "seat":
        return ctx.seat_scope_of(t, "the seat named in the sentence")
    if t is not None:
        return ctx.area_scope(t.start, t.end)
    if re.search(r"\b(?:it|its|the\s+seat|the\s+constituency)\b", ctx.text(lo, m.start())):
        seat = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
        if seat is not None and seat.level == "seat":
            return seat
    return None
