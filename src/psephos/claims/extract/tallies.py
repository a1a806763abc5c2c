"""Frame rules (round 6): a party's seat total said through how it MOVED or how it ENDED.

"Labour rose to 232 seats", "the Conservatives recovered to 229 seats", "the Liberal
Democrats ended election night with 57 seats", "Labour finished up with 28 seats": the
seat total now, read by the seat-count handler of ``counts.py`` (subject, scope and the
"from M" figure as for "fell to N seats"). The noun is required after the number: "its
majority rose to 500" is not a seat total. "..., from 336 in 1992" after a total is the
party's seats at that year (its own claim, dated by its year).
"""

from __future__ import annotations

import re

from psephos.claims.extract.counts import _seats
from psephos.claims.extract.patterns import Ctx, Draft, rule

rule(
    r"(?P<v>(?:rose|climbed|recovered|jumped|increased|grew|surged|rising|climbing|recovering|"
    r"bounced\s+back|sank|slid|slipped|plunged|plummeted|crashed|tumbled|collapsed)\s+to|"
    r"ended\s+(?:up\s+|election\s+night\s+|the\s+night\s+|the\s+count\s+)?with|"
    r"finished\s+(?:up\s+|the\s+night\s+)?with)"
    r"\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?{Q}(?P<n>{N})(?=\s+(?:seats|mps)\b)",
    name="seats_moved_to",
    needs="\ue006",
    priority=50,
)(_seats)


@rule(
    r"(?:seats|mps),?\s+(?P<f>(?:(?:up|down)\s+)?from\s+{Q}(?P<n>{N})(?:\s+(?:seats|mps))?\s+(?:in|at)\s+"
    r"(?:the\s+)?(?P<y>{Y}))",
    name="seats_from_year",
    needs="from",
    priority=60,
)
def _seats_from_year(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "cut to 165 seats, from 336 in 1992": the party's seats at the year named, a second
    claim beside the total (whose own election the year does not date)."""
    n, y = ctx.num(m), ctx.tag(m, "y")
    base = ctx.just_before(m.start("f"), "seats", within=14)
    if n is None or y is None or base is None or n.kind != "num" or n.q is None:
        return None
    if not 0 <= (n.q.value or 0) <= 650 or y.q is None or not y.q.value:
        return None
    f = ctx.frame(
        "seats",
        base.frame.subject,
        scope=base.frame.scope,
        number=n,
        unit="seats",
        election=str(int(y.q.value)),
        notes=["'to N seats, from M in YEAR': M at YEAR"],
    )
    return ctx.draft(m, f, n, y, rule_name="seats_from_year", span=m.span("f"))
