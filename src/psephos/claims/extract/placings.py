"""Frame rules: a party's count of second places said without "was second in N seats"
(which :mod:`psephos.claims.extract.sets` reads).

Coverage counts second places as often through the noun as through the verb: "the Liberals
recorded 80 second places", "Labour took second place in 12 constituencies", "there were 18
seats in Wales where the Alliance came second", "the SNP were second nowhere". Each gives the
``count_seats`` frame with the condition ``second=P`` that the 2010-2024 count and the
1918-2005 series count (:mod:`psephos.claims.evaluate_placings`) both answer; the ordinal is
used by the rule, so "came second" is not also read as a placing in one seat.
"""

from __future__ import annotations

import re
from typing import Any

from psephos.claims.extract.patterns import Ctx, Draft, named_area, rule, uk_default
from psephos.claims.extract.sets import _count, _party_subject
from psephos.claims.frame import Frame, Scope
from psephos.claims.model import Stated

_AREA_TAIL = r"(?:\s+(?:across|in|throughout)\s+(?:the\s+)?(?P<a>{A}))?"
_SECOND = r"(?P<o>{O})"
_COUNT_NOUN = r"(?:seats|constituencies)"
_ZERO = Stated("nowhere", 0.0, 0.0, 0.0, "second nowhere: no seat")


def _scope(ctx: Ctx, m: re.Match[str]) -> Scope:
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    if a is not None and a.kind == "area":
        return named_area(a)
    return ctx.area_scope(ctx.sent.start, m.start()) or uk_default()


def _is_second(ctx: Ctx, m: re.Match[str]) -> bool:
    o = ctx.num(m, "o")
    return o is not None and o.q is not None and o.q.value == 2


@rule(
    r"(?P<p>{P})\s+(?:recorded|had|notched\s+up|chalked\s+up|racked\s+up|achieved|secured|"
    r"collected|managed|took|claimed)\s+{Q}(?P<n>{N})\s+" + _SECOND + r"[\s-]places?\b" + _AREA_TAIL,
    r"(?P<p>{P})\s+(?:took|claimed|secured|achieved|finished\s+in|came\s+in|ended\s+up\s+in)\s+"
    + _SECOND
    + r"\s+place\s+in\s+{Q}(?P<n>{N})\s+"
    + _COUNT_NOUN
    + _AREA_TAIL,
    r"\bthere\s+(?:were|are)\s+{Q}(?P<n>{N})\s+" + _COUNT_NOUN + _AREA_TAIL
    + r"\s+(?:where|in\s+which)\s+(?:the\s+)?(?P<p>{P})\s+(?:came|finished|was|were|placed|ended\s+up)\s+"
    + r"(?:as\s+)?(?:the\s+)?" + _SECOND,
    name="second_places",
    needs="\ue00a",
    priority=24,
)  # fmt: skip
def _second_places(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "P recorded N second places", "P took second place in N constituencies", "there were
    N seats (in AREA) where P came second": seats where the party came second."""
    n = ctx.num(m)
    if _count(ctx, n) is None or not _is_second(ctx, m):
        return None
    f = _seconds_frame(ctx, m, "'N second places': seats where the party came second", number=n)
    return None if f is None else ctx.draft(m, f, n, ctx.num(m, "o"), rule_name="second_places")


def _seconds_frame(ctx: Ctx, m: re.Match[str], note: str, **value: Any) -> Frame | None:
    """The count of seats where the match's party came second (in the match's scope), with
    the stated ``number=`` or ``stated=``; none without a party subject."""
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    return ctx.frame(
        "count_seats",
        subj,
        scope=_scope(ctx, m),
        condition=[f"second={subj.party}"],
        unit="seats",
        notes=[note],
        **value,
    )


@rule(
    r"(?P<p>{P})\s+(?:was|were|came|finished|placed)\s+" + _SECOND + r"\s+nowhere\b" + _AREA_TAIL,
    name="second_nowhere",
    needs="nowhere",
    priority=24,
)
def _second_nowhere(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "the SNP were second nowhere (in Scotland)": no seat where the party came second."""
    if not _is_second(ctx, m):
        return None
    f = _seconds_frame(
        ctx, m, "'second nowhere': no seat where the party came second", stated=_ZERO
    )
    return None if f is None else ctx.draft(m, f, ctx.num(m, "o"), rule_name="second_nowhere")
