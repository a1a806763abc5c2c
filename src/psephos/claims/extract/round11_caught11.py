"""Round 11 (CAUGHT11): extraction rules for false claims the checker missed.

- **"up from N two years ago"** after a seat total ("The Conservatives now hold ten of the
  North East's 29 seats, up from four two years ago"): the total at the previous general
  election, as ``sets.seats_up_from`` reads "up from four" alone; the words "N years
  ago/earlier/before" (at most five: within one parliament, as
  :meth:`psephos.claims.extract.patterns.Ctx.earlier` reads them) or "last time" ended
  the figure, so it was not read at all.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.extract.sets import _count

_BACK = (
    r"(?:(?P<k>{N})\s+years?\s+(?:ago|earlier|before|previously)|"
    r"last\s+time|at\s+the\s+(?:last|previous)\s+(?:general\s+)?election)"
)


@rule(
    r",\s+(?P<dir>up|down)\s+from\s+{Q}(?P<n>{N})\s+(?P<back>" + _BACK + r")"
    r"(?=\s*(?:[,.;:]|$|\s+(?:and|but|while)\b))",
    name="seats_up_from_years_back",
    needs="\\bfrom\\b",
    priority=58,
)
def _seats_up_from_back(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "ten of the region's 29 seats, up from four two years ago": the seat total just
    stated, at the previous general election."""
    base = ctx.just_before(m.start(), "seats", within=3)
    n = ctx.num(m)
    if base is None or _count(ctx, n) is None or base.frame.election == "previous":
        return None
    if m.group("k") is not None and not 1 <= (_count(ctx, ctx.num(m, "k")) or 0) <= 5:
        return None  # further back than one parliament: not the previous election
    f = ctx.frame(
        "seats",
        base.frame.subject,
        scope=base.frame.scope,
        number=n,
        unit="seats",
        election="previous",
        notes=[
            "'up/down from N' (N years ago, last time) after a seat total: the total at "
            "the previous election"
        ],
    )
    return ctx.draft(m, f, n, rule_name="seats_up_from_years_back", span=(m.start("dir"), m.end()))
