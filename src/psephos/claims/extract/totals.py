"""Frame rules (round 7): the TOTAL number of votes cast in an area or a seat.

Coverage states the size of the vote in a few shapes: "there were 30,698,210 (30.7 million)
votes cast", "some 29.2 million votes were cast", "a total of 1,498,433 votes were cast in
Wales", "1,498,433 people voted", "some 33.6 million people voted", "N million people cast
a ballot". Each is the ``total_votes`` frame of the area named in the sentence (the UK when
none is named in a story that names none), answered by
:mod:`psephos.claims.evaluate_totals`. Votes cast FOR someone ("865,000 votes were cast for
the Green Party", "9 million people voted Labour") are a party's and are not read here; nor
is a figure under 1,000 or a percentage.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule, uk_default
from psephos.claims.extract.tagging import MARK
from psephos.claims.frame import Scope, Subject

_LEAD = r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+|a\s+total\s+of\s+|in\s+all\s+|in\s+total\s+)?"
_WHERE = r"(?:\s+(?:in|across|throughout)\s+(?:the\s+)?(?P<a>{A}|{S}))?"
# the votes go to someone: a party's votes, not the total
_FOR = re.compile(r"\s*(?:for|to)\b|\s+(?:the\s+)?[" + MARK["party"] + MARK["person"] + "]")


@rule(
    # "there were 30,698,210 votes cast", "there were N ballots cast in Wales"
    r"\bthere\s+were\s+" + _LEAD + r"{Q}(?P<n>{N})(?:\s+\([^)]{0,30}\))?\s+(?:valid\s+)?(?:votes|ballots|ballot\s+papers)\s+(?:cast|counted)" + _WHERE,
    # "some 29.2 million votes were cast (in Scotland)", "N valid votes were counted"
    r"(?<![\w,.])" + _LEAD + r"{Q}(?P<n>{N})\s+(?:valid\s+)?(?:votes|ballots|ballot\s+papers)\s+were\s+(?:cast|counted)" + _WHERE,
    # "some 33.6 million people voted", "1,498,433 people voted in Wales", "N voters cast a ballot"
    r"(?<![\w,.])" + _LEAD + r"{Q}(?P<n>{N})\s+(?:people|voters|electors)\s+(?:voted|turned\s+out(?:\s+to\s+vote)?|cast\s+(?:a\s+|their\s+)?(?:vote|votes|ballot|ballots))" + _WHERE,
    # "the E general election saw N votes cast"
    r"\bsaw\s+" + _LEAD + r"{Q}(?P<n>{N})\s+(?:valid\s+)?(?:votes|ballots)\s+cast" + _WHERE,
    name="total_votes",
    needs="vote|ballot|turned out",
    priority=45,
)  # fmt: skip
def _total(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """All the votes cast in the sentence's area (or seat)."""
    n = ctx.num(m)
    if n is None or n.kind != "num" or n.q is None or (n.q.value or 0) < 1000:
        return None
    if _FOR.match(ctx.doc.typed, m.end()):
        return None  # "votes were cast for the Greens", "people voted Labour"
    lo = ctx.clause_start(m.start())
    if ctx.doc.tags_in(lo, m.start(), "party", "person"):
        return None  # "Labour ... 9 million people voted": too close to a party's figure
    scope = _scope(ctx, m)
    if scope is None:
        return None
    f = ctx.frame(
        "total_votes",
        Subject("seat" if scope.level == "seat" else "parliament", how="every vote cast"),
        scope=scope,
        number=n,
        unit="votes",
        metric="valid_votes",
        notes=["'N votes were cast': the valid votes of the area"],
    )
    return ctx.draft(m, f, n, rule_name="total_votes")


def _scope(ctx: Ctx, m: re.Match[str]) -> Scope | None:
    """The area or seat named in the match, else in the sentence; else the UK when the
    paragraph names no area or seat; else none (a paragraph on Wales may mean Wales)."""
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    if a is not None and a.kind == "seat":
        return ctx.seat_scope_of(a, "named in the claim")
    if a is not None and a.kind == "area":
        return ctx.area_scope(a.start, a.end)
    here = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "area", "seat")
    if len(here) == 1:
        t = here[0]
        if t.kind == "seat":
            return ctx.seat_scope_of(t, "the seat named in the sentence")
        return ctx.area_scope(t.start, t.end)
    if here:
        return None
    para = max(0, ctx.doc.text.rfind("\n\n", 0, ctx.sent.start))
    end = ctx.doc.text.find("\n\n", ctx.sent.end)
    if not ctx.doc.tags_in(para, len(ctx.doc.text) if end < 0 else end, "area", "seat"):
        return uk_default()  # a paragraph on no area or seat: the whole vote
    return None
