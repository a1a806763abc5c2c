"""Frame rules (round 6): a party's seat total said through how it MOVED or how it ENDED.

"Labour rose to 232 seats", "the Conservatives recovered to 229 seats", "the Liberal
Democrats ended election night with 57 seats", "Labour finished up with 28 seats": the
seat total now, read by the seat-count handler of ``counts.py`` (subject, scope and the
"from M" figure as for "fell to N seats"). The noun is required after the number: "its
majority rose to 500" is not a seat total. "..., from 336 in 1992" after a total is the
party's seats at that year (its own claim, dated by its year). "won 56 seats out of 59" /
"won 25 out of 40 seats" is a seat count, never a share of the vote.
"""

from __future__ import annotations

import re

from psephos.claims.extract.counts import _seats
from psephos.claims.extract.patterns import Ctx, Draft, named_area, rule
from psephos.claims.frame import Scope
from psephos.claims.model import Stated
from psephos.claims.numbers import parse_number

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


_SEATS_OUT_OF = re.compile(
    r"^(?P<n>[\w-]+)\s+(?:(?P<noun>seats?|constituencies|constituency|mps?)\s+)?"
    r"(?P<how>out\s+of|in)\s+(?:every\s+)?(?P<m>[\w,-]+)$"
)


@rule(
    r"(?P<v>{GET}|{WIN}|{HOLD}|secured|claimed|captured|took)\s+(?:just\s+|only\s+)?(?P<n>{FR})"
    r"(?P<after>\s+(?:seats|constituencies|mps)\b)?"
    r"(?:\s+(?:in|across)\s+(?:the\s+)?(?P<a>{A}))?",
    name="seats_out_of",
    needs="\ue008",
    priority=30,
)
def _seats_out_of(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "the SNP won 56 seats out of 59", "Labour won 25 out of 40 seats": a seat count
    (the ratio's words name seats), not a share of the vote. "won one seat in five" is a
    proportion of the area's seats, which is not read (uncertain, never a vote share)."""
    t = ctx.num(m)
    if t is None or t.kind != "frac":
        return None
    words = _SEATS_OUT_OF.match(" ".join(ctx.doc.folded[t.start : t.end].split()))
    if words is None or not (words.group("noun") or m.group("after")):
        return None  # "won 25 out of 40" with no seat noun: not known to be seats
    n, size = parse_number(words.group("n")), parse_number(words.group("m"))
    if n is None or size is None or not 0 <= n <= size <= 650 or n != int(n):
        return None
    subj = ctx.subject_before(m.start(), "party")
    if subj is None or subj.kind != "party":
        return None
    a = ctx.tag(m, "a") if m.group("a") else None
    scope = (
        named_area(a)
        if a is not None and a.kind == "area"
        else ctx.only_area() or Scope(level="uk", how="no area named: the UK")
    )
    proportion = words.group("how") == "in" or (
        words.group("noun") in ("seat", "constituency", "mp") and n == 1
    )
    f = ctx.frame(
        "seats",
        subj,
        scope=scope,
        stated=Stated(ctx.doc.text[t.start : t.end], n, n, n, f"'{words.group()}': {int(n)} seats"),
        comparator="eq",
        unit="seats",
        notes=[f"of {int(size)} seats in the scope"],
    )
    if proportion:
        f.unresolved.append(
            "measure: a proportion of the seats ('one seat in five'), not a count or a vote share"
        )
    elif scope.level == "uk" and size < 600:
        f.unresolved.append(f"scope: the area of the {int(size)} seats is not named")
    return ctx.draft(m, f, t, rule_name="seats_out_of")


@rule(
    r"(?P<v>{WIN}|{GET}|secured|claimed|captured)\s+(?P<none>no|not\s+a\s+single|not\s+one)\s+"
    r"(?:seats?|mps?|constituenc(?:y|ies))\s+(?:in|across)\s+(?:the\s+)?(?P<a>{A})",
    r"(?P<v>failed\s+to\s+(?:win|take|gain))\s+(?P<none>a\s+(?:single\s+)?|any\s+)"
    r"(?:seats?|constituenc(?:y|ies))\s+(?:in|across)\s+(?:the\s+)?(?P<a>{A})",
    name="seats_none_in_area",
    needs="\ue004",
    priority=45,
)
def _seats_none_in_area(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Reform UK won no seats in Yorkshire and the Humber", "the Greens failed to win a
    seat in Scotland": the party's seat total in the area is zero."""
    a = ctx.tag(m, "a")
    subj = ctx.subject_before(m.start(), "party")
    if a is None or a.kind != "area" or subj is None or subj.kind != "party":
        return None
    f = ctx.frame(
        "seats",
        subj,
        scope=named_area(a),
        stated=Stated(m.group("none").strip(), 0.0, 0.0, 0.0, "none: 0 seats"),
        comparator="eq",
        unit="seats",
        notes=["'won no seats in AREA': none"],
    )
    return ctx.draft(m, f, rule_name="seats_none_in_area")
