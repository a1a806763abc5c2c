"""Frame rules (round 6, HISTORY): a seat's run of wins with an end.

"Labour won Hastings and Rye at every general election from 1997 to 2005", "the
Conservatives held Ipswich continuously from 1924 until 1935", "Bradford South returned a
Labour MP at every general election between 1955 and 2005", "Wellingborough was held by
Labour without interruption from 1923 to 1929", "won Leeds Central in 1922 and held it at
every election until 1924": the party won the seat at every general election from the
first year to the last (measure ``first_since``, comparator ``every_since``, note ``until
Z``, dated by the last year, which the claim names). A run with no end is left to the
``never`` rule of ``history.py`` (it runs to the story's election).
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.frame import Scope

_END = r"(?:to|until|till|through(?:\s+to)?|and)\s+(?:(?P<mo2>{MO})\s+)?(?P<z>{Y})"
_START = r"(?:(?P<mo1>{MO})\s+)?(?P<y>{Y})"


@rule(
    r"(?:(?P<p>{P})\s+)?(?P<v>won|held|kept|represented|returned\s+an?\s+(?P<p2>{P})\s+mp|stayed\s+(?P<p3>{P})|backed\s+(?P<p4>{P})|voted\s+(?P<p5>{P}))"
    r"(?:\s+(?:it|the\s+seat|{S}))?\s+(?:at|in)\s+every\s+(?:general\s+)?election\s+(?:from|between|since)\s+"
    + _START
    + r"\s+"
    + _END,
    r"(?:(?P<p>{P})\s+)?(?P<v>held|kept|represented)\s+(?:it|the\s+seat|{S})\s+"
    r"(?:continuously|without\s+(?:a\s+)?(?:break|interruption))\s+(?:from|between)\s+"
    + _START
    + r"\s+"
    + _END,
    r"(?P<v>was\s+held|had\s+been\s+held)\s+by\s+(?P<p>{P})\s+(?:continuously|without\s+(?:a\s+)?(?:break|interruption)|at\s+every\s+(?:general\s+)?election)\s+(?:from|between)\s+"
    + _START
    + r"\s+"
    + _END,
    r"(?:(?P<p>{P})\s+)?(?P<v>won)\s+(?:{S})\s+in\s+"
    + _START
    + r"\s+and\s+held\s+it\s+at\s+every\s+(?:general\s+)?election\s+until\s+(?:(?P<mo2>{MO})\s+)?(?P<z>{Y})",
    name="run_with_end",
    needs="every|continuously|without",
    priority=40,
)
def _run(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = m.groupdict()
    y, z = ctx.tag(m, "y"), ctx.tag(m, "z")
    if y is None or z is None or y.q is None or z.q is None or not y.q.value or not z.q.value:
        return None
    start, end = int(y.q.value), int(z.q.value)
    if end <= start or g.get("mo1") or g.get("mo2"):
        return None  # a month (the two 1974 elections) is left to the other rules
    pt = next((ctx.tag(m, k) for k in ("p", "p2", "p3", "p4", "p5") if g.get(k)), None)
    subj = (
        ctx.subject_of(pt, "the party named")
        if pt is not None
        else ctx.subject_before(m.start(), "party")
    )
    seats = ctx.doc.tags_in(m.start(), m.end(), "seat")
    if seats:
        scope: Scope | None = ctx.seat_scope_of(seats[0], "named in the claim")
    else:
        scope = ctx.seat_near(m.start())
    if scope is None or scope.level != "seat":
        return None
    f = ctx.frame(
        "first_since",
        subj,
        scope=scope,
        comparator="every_since",
        since_year=start,
        outcome="won",
        election=str(end),
        notes=[f"until {end}", f"a run from {start} to {end}: every general election"],
    )
    return ctx.draft(m, f, y, z, rule_name="run_with_end")
