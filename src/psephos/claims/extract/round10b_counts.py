"""Counts of seats over or under a threshold said as the subject (round 10b, COUNTS).

"Twelve Conservative majorities topped 20,000", "Only three seats had a turnout above 75
per cent", "Twelve Labour MPs won by fewer than 500 votes", "In four seats the Greens took
more than a fifth of the vote": the number of seats in scope whose metric (``majority``,
``turnout``, ``share:P``; the metrics ``psephos rank`` uses) is beyond the bound, with the
party that won them (or whose share it is) as a further condition. Before, the count was
read as nothing, or its bound as a UK-wide turnout or share, and a false count went
unchecked. Evaluated by ``count_seats`` (:mod:`psephos.claims.evaluate_scope`): seat-level
results exist for 2010-2024 only, so an earlier election's count stays uncertain.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from psephos.claims.extract.patterns import Draft, named_area, rule, uk_default
from psephos.claims.frame import TIED_CHANGE_NOTE, TIED_WHERE_NOTE, Subject
from psephos.claims.model import Stated

if TYPE_CHECKING:
    from psephos.claims.extract.patterns import Ctx
    from psephos.claims.extract.tagging import Tag

#: the comparison words a bound is said with, to the filter operator
_ABOVE = (
    r"topped|exceeded|passed|surpassed|went\s+(?:over|above|past)|(?:were|was)\s+(?:over|above|"
    r"more\s+than|greater\s+than|bigger\s+than|larger\s+than)|over|above|more\s+than|of\s+over|"
    r"of\s+more\s+than|upwards\s+of|in\s+excess\s+of"
)
_BELOW = (
    r"(?:were|was)\s+(?:under|below|less\s+than|fewer\s+than|smaller\s+than)|under|below|"
    r"less\s+than|fewer\s+than|of\s+under|of\s+less\s+than|of\s+fewer\s+than|fell\s+short\s+of|"
    r"fell\s+below|short\s+of"
)
_CMP = rf"(?P<cmp>{_ABOVE}|{_BELOW})"
_BELOW_RE = re.compile(rf"(?:{_BELOW})")

#: a count word that is not a count of seats ("in 2019 ...": a year is tagged apart)
_SEATS = r"(?:seats|constituencies|mps|members|contests|races)"


def _op(m: re.Match[str]) -> str:
    return "<" if _BELOW_RE.fullmatch(" ".join(m.group("cmp").split())) else ">"


def _count(ctx: Ctx, m: re.Match[str]) -> Tag | None:
    n = ctx.num(m)
    if n is None or n.kind != "num" or n.q is None:
        return None
    v = n.q.value
    if v is None or not float(v).is_integer() or v < 0:
        return None
    return n


def _party(ctx: Ctx, m: re.Match[str], group: str = "p") -> tuple[Subject | None, bool]:
    """The party a group names (its subject), and whether the group was there at all;
    (None, True): named but not read as one party, so no claim."""
    if not m.groupdict().get(group):
        return None, False
    t = ctx.first(m, group, "party")
    if t is None:
        return None, True
    subj = ctx.subject_before(t.end, "party")
    if subj is None or not subj.party:
        return None, True
    return subj, True


def _make(
    ctx: Ctx,
    m: re.Match[str],
    n: Tag,
    t: Tag,
    cond: list[str],
    subj: Subject | None,
    what: str,
    name: str,
) -> Draft:
    f = ctx.frame(
        "count_seats",
        subj or Subject("parliament", how="every seat in scope"),
        scope=ctx.only_area() or uk_default(),
        condition=cond,
        number=n,
        unit="seats",
        notes=[f"a count of the seats in scope whose {what} is beyond the bound"],
    )
    return ctx.draft(m, f, n, t, rule_name=name)


def _majorities_beyond(ctx: Ctx, m: re.Match[str], name: str) -> Draft | None:
    """The seats (won by the party, when one is named) whose majority is beyond the bound
    ``t``, counted ``n``: the frame of both majority-count phrasings."""
    n, t = _count(ctx, m), ctx.num(m, "t")
    if n is None or t is None or t.kind != "num" or t.q is None:
        return None
    subj, named = _party(ctx, m)
    if named and subj is None:
        return None
    cond = [f"majority{_op(m)}{t.q.value:g}"]
    if subj is not None:
        cond.append(f"winner={subj.party}")
    return _make(ctx, m, n, t, cond, subj, "majority", name)


@rule(
    r"{Q}(?P<n>{N})\s+(?:of\s+the\s+)?(?:(?P<p>{P})\s+)?(?:(?:seats|mps|members)(?:'|\u2019)?\s+)?"
    r"majorities\s+" + _CMP + r"\s+(?P<t>{N})(?!\s*(?:per\s*cent|%|points))",
    r"\bin\s+{Q}(?P<n>{N})\s+(?:(?P<p>{P})\s+)?"
    + _SEATS
    + r",?\s+the\s+majority\s+(?:was|were)\s+"
    + _CMP
    + r"\s+(?P<t>{N})(?!\s*(?:per\s*cent|%|points))",
    r"{Q}(?P<n>{N})\s+(?:(?P<p>{P})\s+)?(?:mps|members|seats)\s+(?:had|have|enjoyed|enjoy)\s+"
    r"majorities\s+(?:of\s+)?" + _CMP + r"\s+(?P<t>{N})(?!\s*(?:per\s*cent|%|points))",
    name="count_majorities_beyond",
    needs="majorit",
    priority=14,
)
def _count_majorities(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Twelve Conservative majorities topped 20,000", "Nine majorities were over 25,000":
    the seats (won by the party, when one is named) whose majority is beyond the bound."""
    return _majorities_beyond(ctx, m, "count_majorities_beyond")


@rule(
    r"{Q}(?P<n>{N})\s+(?:(?P<p>{P})\s+)?(?:mps|members|candidates|seats)\s+(?:were\s+|had\s+been\s+)?"
    r"(?:won|elected|returned|held\s+on|hung\s+on|clung\s+on|scraped\s+home|got\s+in|won\s+their\s+seats)"
    r"\s+by\s+" + _CMP + r"\s+(?P<t>{N})(?:\s+votes)?(?!\s*(?:per\s*cent|%|points))",
    name="count_mps_won_by",
    needs="\\bby\\b",
    priority=14,
)
def _count_mps_won_by(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Twelve Labour MPs won by fewer than 500 votes", "40 Conservative MPs were elected
    by more than 20,000": the party's seats whose majority is beyond the bound (every
    seat when no party is named)."""
    return _majorities_beyond(ctx, m, "count_mps_won_by")


def _fraction(t: Tag) -> float | None:
    """A share tag's value as a fraction of one (75 per cent: 0.75, "a fifth": 0.2)."""
    if t.q is None or t.q.value is None:
        return None
    v = float(t.q.value)
    if t.kind == "pct":
        return v / 100.0
    if t.kind == "frac":
        return v / 100.0 if v > 1 else v
    return None


@rule(
    r"{Q}(?P<n>{N})\s+" + _SEATS + r"\s+(?:had|saw|recorded|returned|posted)\s+(?:a\s+)?"
    r"turnouts?\s+(?:of\s+)?" + _CMP + r"\s+(?P<t>{PCT})",
    r"\bturnouts?\s+(?:was\s+|were\s+)?" + _CMP + r"\s+(?P<t>{PCT})\s+in\s+(?:just\s+|only\s+)?"
    r"{Q}(?P<n>{N})\s+" + _SEATS + r"\b",
    r"\bin\s+{Q}(?P<n>{N})\s+"
    + _SEATS
    + r",?\s+(?:the\s+)?turnout\s+(?:was|were)\s+"
    + _CMP
    + r"\s+(?P<t>{PCT})",
    name="count_turnout_beyond",
    needs="turnout",
    priority=14,
)
def _count_turnout(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Only three seats had a turnout above 75 per cent", "turnout topped 70 per cent in
    40 constituencies": the seats whose turnout is beyond the bound."""
    n, t = _count(ctx, m), ctx.num(m, "t")
    if n is None or t is None:
        return None
    v = _fraction(t)
    if v is None:
        return None
    cond = [f"turnout{_op(m)}{v:g}"]
    return _make(ctx, m, n, t, cond, None, "turnout", "count_turnout_beyond")


_TOOK = r"(?:took|won|polled|had|got|secured|gained|scored|received)"


@rule(
    r"\bin\s+{Q}(?P<n>{N})\s+"
    + _SEATS
    + r",?\s+(?:the\s+)?(?P<p>{P})\s+"
    + _TOOK
    + r"\s+"
    + _CMP
    + r"\s+(?P<t>{SHARE})\s+of\s+the\s+(?:vote|votes|poll)\b",
    r"(?:the\s+)?(?P<p>{P})\s+" + _TOOK + r"\s+" + _CMP + r"\s+(?P<t>{SHARE})\s+of\s+the\s+"
    r"(?:vote|votes|poll)\s+in\s+{Q}(?P<n>{N})\s+" + _SEATS + r"\b",
    name="count_share_beyond",
    needs="\\bvote|\\bpoll",
    priority=14,
)
def _count_share(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "In four seats the Greens took more than a fifth of the vote", "Reform polled over
    30 per cent of the vote in 98 seats": the seats where the party's share is beyond the
    bound."""
    n, t = _count(ctx, m), ctx.num(m, "t")
    if n is None or t is None:
        return None
    v = _fraction(t)
    subj, _ = _party(ctx, m)
    if v is None or subj is None:
        return None
    cond = [f"share:{subj.party}{_op(m)}{v:g}"]
    return _make(ctx, m, n, t, cond, subj, f"{subj.party} share", "count_share_beyond")


# --- "won ten seats, a net gain of two": the second part of a seat total -------------------


def _one_party(ctx: Ctx, base: Draft) -> bool:
    """Whether the sentence names one party (or none) up to the seat total's end: then the
    part after it is tied to that party, and the guard does not try it for others."""
    tags = ctx.doc.tags_in(ctx.sent.start, base.end, "party")
    return len({str(t.ref.get("code") or t.text) for t in tags}) <= 1


@rule(
    r",\s+(?:a\s+|an\s+)?(?P<net>net\s+)?(?P<dir>gain|loss|increase|rise|fall|drop|decrease)\s+"
    r"of\s+{Q}(?P<n>{N})(?!\s*(?:points?|per\s*cent|%|votes?|pc)\b)(?:\s+(?:seats|mps))?",
    name="seat_total_then_gain",
    needs="gain|loss|increase|rise|fall|drop|decrease",
    priority=60,
)
def _seat_total_then_gain(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "the Liberal Democrats won ten seats, a net gain of two", "Labour won 34 of the 40
    seats, a gain of eight", "kept 12 seats, a loss of five": the change of the seat total
    just stated, against the election before. Before, the second part was left unread and
    the true total made a false change ride as supported."""
    base = ctx.just_before(m.start(), "seats", within=3)
    n = ctx.num(m)
    if base is None or n is None or n.kind != "num" or base.frame.election == "previous":
        return None
    down = m.group("dir") in ("loss", "fall", "drop", "decrease")
    f = ctx.frame(
        "net_change",
        base.frame.subject,
        scope=base.frame.scope,
        stated=ctx.stated(n),
        comparator="down" if down else "up",
        unit="seats",
        notes=[TIED_CHANGE_NOTE] if _one_party(ctx, base) else [],
    )
    if base.frame.election is not None:
        f.election = base.frame.election
        f.election_how = base.frame.election_how
    return ctx.draft(m, f, n, rule_name="seat_total_then_gain")


# --- "won 11 seats, all of them in England": where the seats just stated are ---------------


@rule(
    r",\s+(?:(?P<all>all|every\s+one)|(?P<none>none)|{Q}(?P<n>{N}))\s+of\s+them\s+(?:were\s+)?"
    r"in\s+(?:the\s+)?(?P<a>{A})(?=\s*(?:[.;:!?]|,\s+(?!and)|$))",
    name="seat_total_then_where",
    needs="of them",
    priority=60,
)
def _seat_total_then_where(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "The Liberal Democrats won 11 seats, all of them in England", "Labour won 202 seats,
    49 of them in London", "kept four seats, none of them in Wales": the party's seats in
    the area named (all: the total just stated; none: zero). Before, the second part was
    unread and a false placing rode on the true total. Only one area, closing the clause
    ("all of them in Bristol and Plymouth", towns, or two areas: no claim)."""
    base = ctx.just_before(m.start(), "seats", within=3)
    a = ctx.first(m, "a", "area")
    if base is None or a is None or base.frame.election == "previous":
        return None
    bf = base.frame
    if bf.subject.kind != "party" or not bf.subject.party or bf.stated is None:
        return None
    area = named_area(a)
    if bf.scope.level in ("region", "country") and bf.scope.name == area.name:
        return None  # "won 11 seats in Wales, all of them in Wales": nothing new
    n = ctx.num(m) if m.group("n") else None
    stated: Stated | None
    if m.group("all"):
        stated = bf.stated
        word = "all of them"
    elif m.group("none"):
        stated = Stated("none", 0.0, 0.0, 0.0, "none: zero")
        word = "none of them"
    else:
        stated = ctx.stated(n)
        word = "N of them"
        if n is None or n.kind != "num" or stated is None:
            return None
    f = ctx.frame(
        "seats",
        bf.subject,
        scope=area,
        stated=stated,
        comparator=bf.comparator if m.group("all") else ctx.comparator(n) if n else "eq",
        unit="seats",
        notes=[f"'{word} in AREA' after the seat total: the party's seats in the area"]
        + ([TIED_WHERE_NOTE] if _one_party(ctx, base) else []),
    )
    if bf.election is not None:
        f.election = bf.election
        f.election_how = bf.election_how
    return ctx.draft(m, f, n, rule_name="seat_total_then_where")
