"""Round 8b (WRONG-B): two readings of who a figure is said of.

- **"A and B came fourth and fifth"** (:func:`paired_placing`): a placing verb whose ordinal is followed by "and" and a second ordinal, said after two
candidates or parties joined by "and" ("the two former MPs, A and B, came fourth and fifth"),
  places the first name at the first ordinal and the second at the second. Read as one
  placing of the nearest name (B fourth), a true sentence was called false.
- **"won by N over A, the town's MP since 2017"** (:func:`appositive_person`): a tenure in
  apposition is said of the name right before it, not of the clause's subject.
- **"which has never had a Labour MP"** (:func:`still_never`): never up to now, not a first
  win now; unresolved (the records start in 1918).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from psephos.claims.frame import Frame, Scope

if TYPE_CHECKING:
    from psephos.claims.extract.patterns import Ctx, Draft
    from psephos.claims.extract.tagging import Tag

#: "and" (or "and then") between the two ordinals, the second's tag starting right after
_AND_NEXT = re.compile(r"\s+and\s+(?:then\s+)?")
#: between the two names: "and" (after an optional comma)
_AND_NAMES = re.compile(r"\s*,?\s+and\s+")
#: between the second name and the verb: nothing, or a comma
_NAME_VERB = re.compile(r"\s*,?\s*")


def paired_placing(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """The two placings of "A and B came Nth and Mth" (a list, empty when the names cannot
    be paired), or None when the match is not such a pair (the usual reading applies)."""
    if not m.groupdict().get("v") or m.groupdict().get("who"):
        return None
    first = ctx.num(m)
    if first is None or first.kind != "ord":
        return None
    after = _AND_NEXT.match(ctx.doc.folded, m.end())
    if after is None:
        return None
    nxt = ctx.doc.tags_in(after.end(), after.end() + 1, "ord")
    if not nxt:
        return None
    second = nxt[0]
    names = ctx.doc.tags_in(ctx.sent.start, m.start(), "person", "party")
    if len(names) < 2:
        return []
    a, b = names[-2], names[-1]
    if not _AND_NAMES.fullmatch(ctx.text(a.end, b.start)) or not _NAME_VERB.fullmatch(
        ctx.text(b.end, m.start())
    ):
        return []  # the ordinals pair with names the sentence does not list: no reading
    from psephos.claims.extract.outcomes import _clause_seat

    scope = (
        _clause_seat(ctx, m.start(), m.end())
        or ctx.seat_scope(ctx.sent.start, ctx.sent.end)
        or Scope(level="seat", how="no seat named")
    )
    out = []
    for who, n, span in ((a, first, (a.start, m.end())), (b, second, (b.start, second.end))):
        if n.q is None:
            return []
        f = ctx.frame(
            "placing",
            ctx.subject_of(who, "the candidate or party placed (the ordinals in order)"),
            scope=scope,
            nth=int(n.q.value or 0),
            comparator="eq",
            metric="votes",
        )
        if scope.level == "seat" and scope.seat is None:
            f.unresolved.append("scope: no seat found for the placing")
        out.append(ctx.draft(m, f, n, rule_name="placing_pair", span=span))
    return out


#: between a name and a tenure said of it in apposition: "A, the town's MP since 2017"
_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,3}")


def appositive_person(ctx: Ctx, m: re.Match[str]) -> Tag | None:
    """The person a tenure ("MP since 2017") is said of in apposition: the name right before
    it, a comma and at most a few words between ("over Sandy Martin, the town's MP since
    2017"), whatever the clause's subject; None when the tenure is not in apposition."""
    names = ctx.doc.tags_in(ctx.sent.start, m.start(), "person")
    if not names:
        return None
    last = names[-1]
    if ctx.doc.tags_in(last.end, m.start()):
        return None  # another name, seat or number between
    return last if _APPOSITION.fullmatch(ctx.text(last.end, m.start())) else None


#: "has never had a P MP": the present perfect, said of the story's time
_STILL_NEVER = re.compile(r"\b(?:has|have)\s+never\s+(?:had|elected|returned|sent|voted)\b")
#: words that make it a first win now ("had never ... until", "never before", "until now")
_UNTIL_NOW = re.compile(r"\b(?:until|till|before|first\s+time|now|this\s+time)\b")


def still_never(ctx: Ctx, m: re.Match[str], f: Frame) -> None:
    """ "X, which has never had a Labour MP": the party has not won the seat at any election
    up to the story's, which the 1918-2024 records cannot settle (seats go back further)
    and which the "never" frame (a first win now) would read as false. Left unresolved;
    "had never elected a P MP until 2024", "never before" keep the first-win reading."""
    said = ctx.text(m.start(), m.end())
    rest = ctx.text(m.end(), ctx.sent.end)
    if _STILL_NEVER.search(said) and not _UNTIL_NOW.search(said + " " + rest):
        f.unresolved.append(
            "'has never': the party never won the seat up to now, which the records (from "
            "1918) cannot settle"
        )
