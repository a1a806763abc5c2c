"""Frame rules (round 5): phrasings from real coverage that the phrasing sweep
(``tests/test_claims_sweep_phrasing.py``) found never read, each a generic template:

- "35 of the 59 seats in Scotland went to the SNP", "Scotland elected 48 SNP MPs", "the
  SNP won in 48 constituencies in Scotland": a party's seats in an area;
- "the Conservatives' seats in Scotland fell from 13 to 6", "the SNP increased their tally
  in Scotland from 35 to 48": the seats now and at the previous election;
- "Third place in Kensington went to Sam Gyimah", "X took third place in SEAT", "X finished
  in third place in SEAT", "X could only manage third in SEAT": a placing;
- "X's majority in SEAT was N", "N votes separated W and L in SEAT": the seat's majority.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, named_area, rule
from psephos.claims.frame import Scope

_MAX_SEATS = 650


def _seat_count(t: object) -> bool:
    q = getattr(t, "q", None)
    return (
        getattr(t, "kind", None) == "num"
        and q is not None
        and q.value is not None
        and 0 <= q.value <= _MAX_SEATS
        and q.value == int(q.value)
    )


@rule(
    r"{Q}(?P<n>{N})\s+of\s+(?:the\s+)?(?:(?P<a0>{A})(?:'s?|\u2019s?)\s+)?(?:(?P<m>{N})\s+)?(?:seats|constituencies)"
    r"(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?\s+(?:went|fell)\s+to\s+(?:the\s+)?(?P<p>{P})",
    r"(?P<a>{A})\s+(?:elected|returned|sent)\s+{Q}(?P<n>{N})\s+(?P<p>{P})\s+(?:mps|members|candidates)",
    r"(?P<p>{P})\s+(?:won|took|triumphed|came\s+first|finished\s+first)\s+in\s+{Q}(?P<n>{N})\s+(?:seats|constituencies)"
    r"\s+(?:in|across)\s+(?:the\s+)?(?P<a>{A})",
    name="area_seats_phrasing",
    needs="\ue004",
    priority=35,
)
def _area_seats(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """A party's seat total in an area said through the seats or the area."""
    n, p = ctx.num(m), ctx.tag(m, "p")
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    if a is None and m.groupdict().get("a0"):
        a = ctx.tag(m, "a0")
    if n is None or p is None or a is None or not _seat_count(n) or a.kind != "area":
        return None
    size = ctx.num(m, "m") if m.groupdict().get("m") else None
    if size is not None and size.q is not None and (size.q.value or 0) < (n.q.value or 0):  # type: ignore[union-attr]
        return None
    f = ctx.frame(
        "seats",
        ctx.subject_of(p, "named with the seats"),
        scope=named_area(a),
        number=n,
        unit="seats",
    )
    return ctx.draft(m, f, n, size, rule_name="area_seats_phrasing")


@rule(
    r"(?P<p>{P})(?:'s?|\u2019s?)\s+(?:seats|seat\s+(?:tally|total|count)|tally(?:\s+of\s+seats)?|number\s+of\s+(?:seats|mps))"
    r"\s+in\s+(?:the\s+)?(?P<a>{A})\s+(?:rose|fell|dropped|climbed|increased|decreased|jumped|slumped|went)\s+"
    r"from\s+{Q}(?P<n0>{N})\s+to\s+{Q}(?P<n>{N})",
    r"(?P<p>{P})\s+(?:increased|raised|grew|boosted|cut|reduced|saw)\s+(?:their|its)\s+(?:seat\s+)?(?:tally|total|haul|count)"
    r"\s+in\s+(?:the\s+)?(?P<a>{A})\s+(?:fall\s+|rise\s+)?from\s+{Q}(?P<n0>{N})\s+to\s+{Q}(?P<n>{N})",
    name="area_seats_from_to",
    needs="\ue004",
    priority=35,
)
def _area_seats_from_to(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "The Conservatives' seats in Scotland fell from 13 to 6": the seats now and at the
    previous election, in the area."""
    n, n0, p, a = ctx.num(m), ctx.num(m, "n0"), ctx.tag(m, "p"), ctx.tag(m, "a")
    if n is None or n0 is None or p is None or a is None or a.kind != "area":
        return None
    if not (_seat_count(n) and _seat_count(n0)):
        return None
    subj = ctx.subject_of(p, "named with the seats")
    scope = named_area(a)
    now = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
    before = ctx.frame(
        "seats",
        subj,
        scope=scope,
        number=n0,
        unit="seats",
        election="previous",
        notes=["'from X to Y': X at the previous election"],
    )
    return [
        ctx.draft(m, before, n0, rule_name="area_seats_from_to", span=(m.start(), m.end("n0"))),
        ctx.draft(m, now, n, rule_name="area_seats_from_to", span=(m.start("n"), m.end())),
    ]


@rule(
    r"(?P<o>{O})\s+place\s+in\s+(?P<s>{S})\s+went\s+to\s+(?:the\s+)?(?P<who>{WHO})",
    r"(?P<who>{WHO})\s+(?:took|claimed|secured|finished\s+in|came\s+in|ended\s+in|ended\s+up\s+in)\s+(?P<o>{O})\s+place\s+in\s+(?P<s>{S})",
    r"(?P<who>{WHO})\s+(?:could\s+only\s+manage|managed\s+only|only\s+managed|trailed\s+in|limped\s+in)\s+(?P<o>{O})(?:\s+place)?\s+in\s+(?P<s>{S})",
    name="placing_phrasing",
    needs="\ue00a",
    priority=35,
)
def _placing_phrasing(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    o, who, s = ctx.num(m, "o"), ctx.tag(m, "who"), ctx.tag(m, "s")
    if o is None or who is None or s is None or o.q is None or not o.q.value:
        return None
    f = ctx.frame(
        "placing",
        ctx.subject_of(who, "the candidate or party placed"),
        scope=ctx.seat_scope_of(s, "named in the claim"),
        nth=int(o.q.value),
        comparator="eq",
        metric="votes",
    )
    return ctx.draft(m, f, o, rule_name="placing_phrasing")


@rule(
    r"(?P<who>{C})(?:'s?|\u2019s?)\s+majority\s+in\s+(?P<s>{S})\s+(?:was|is|stood\s+at|came\s+to|reached)\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})",
    r"{Q}(?P<n>{N})\s+votes?\s+(?:separated|stood\s+between|divided)\s+(?P<who>{C})\s+and\s+(?P<o>{C})\s+in\s+(?P<s>{S})",
    r"\bin\s+(?P<s>{S}),\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+votes?\s+(?:separated|stood\s+between|divided)\s+(?P<who>{C})\s+and\s+(?P<o>{C})",
    name="majority_phrasing",
    needs="majority|separated|between|divided",
    priority=35,
)
def _majority_phrasing(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "X's majority in SEAT was N"; "N votes separated W and L in SEAT" (the gap between
    the two named: a margin, which is the majority when they are first and second)."""
    n, who, s = ctx.num(m), ctx.tag(m, "who"), ctx.tag(m, "s")
    if n is None or who is None or s is None or n.kind != "num":
        return None
    scope: Scope = ctx.seat_scope_of(s, "named in the claim")
    o = ctx.tag(m, "o") if m.groupdict().get("o") else None
    if o is not None:
        f = ctx.frame(
            "margin",
            ctx.subject_of(who, "the first of the two named"),
            other=ctx.subject_of(o, "the second of the two named"),
            scope=scope,
            number=n,
            unit="votes",
            notes=["'N votes separated A and B': the gap between the two"],
        )
        return ctx.draft(m, f, n, rule_name="majority_phrasing")
    f = ctx.frame(
        "majority",
        ctx.subject_of(who, "named with the majority"),
        scope=scope,
        number=n,
        unit="votes",
    )
    return ctx.draft(m, f, n, rule_name="majority_phrasing")
