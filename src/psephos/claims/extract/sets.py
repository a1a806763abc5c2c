"""Frame rules (round 5): seat counts said through a SET of seats rather than a noun.

Coverage counts seats through the set they belong to as often as with the word "seats":
"Labour won 27 of the region's 61 seats", "Labour took 27 of them" (them = "Wales's 32
seats"), "won 28 of the 32", "winning not one of Wales's 32 seats", "Plaid held all three of
its seats", "won every seat in the North East", "was runner-up in 11 seats across the
region", "held all ten of the largest majorities", "Three of the five largest majorities
were in London". Each rule here reads one such class into the frames the evaluators already
answer (``seats``, ``count_seats``); a set whose members the words do not pin down (a
relative clause, "seats with the most ...", "them" pointing at anything but an area's seats)
gives no claim rather than a guess.
"""

from __future__ import annotations

import re

from psephos.claims import lexicon as lx
from psephos.claims.extract.patterns import (
    Ctx,
    Draft,
    named_area,
    rule,
    uk_default,
)
from psephos.claims.extract.tagging import Tag
from psephos.claims.frame import Scope, Subject
from psephos.claims.model import Stated

#: the verbs of winning or keeping a number of seats ("won", "took", "holds", "bagged")
_TAKE = r"(?:{GET}|{WIN}|{HOLD}|secured|claimed|captured)"
#: a count no bigger than the Commons
_MAX_SEATS = 650

_ANAPHOR_AREA = re.compile(r"\bthe\s+(region|nation|country|province)(?:'s|\u2019s)")
#: "(the) 32 seats", "Wales's 32 seats", "the region's 61 seats", "Welsh seats": the set "them"
#: may point at, when nothing qualifies the seats (no "with", "where", "that", "which")
_SEAT_SET = re.compile(
    r"(?:seats|constituencies)\b(?!\s+(?:with|where|that|which|who|whose|in\s+which|won|held|"
    r"taken|gained|it|they|the)\b)"
)


def _area_back(ctx: Ctx, pos: int, *, level: str | None = None, reach: int = 400) -> Tag | None:
    """The last area named before ``pos`` (within ``reach`` characters), optionally of one
    level (``region``; ``country`` for the nations)."""
    i = pos
    floor = max(0, pos - reach)
    while True:
        t = ctx.doc.last_before(i, "area", floor=floor)
        if t is None:
            return None
        if level is None or t.ref.get("level") == level:
            return t
        i = t.start


def _area_scope_of(t: Tag, how: str) -> Scope:
    return Scope(level=t.ref["level"], name=t.ref["name"], how=how)


def _count(ctx: Ctx, t: Tag | None) -> int | None:
    """The whole number a count tag states (None when it is not a plain count)."""
    if t is None or t.kind != "num" or t.q is None or t.q.value is None:
        return None
    v = t.q.value
    if v != int(v) or not 0 <= v <= _MAX_SEATS:
        return None
    return int(v)


def _party_subject(ctx: Ctx, m: re.Match[str]) -> Subject | None:
    p = ctx.tag(m, "p") if m.groupdict().get("p") else None
    subj = (
        ctx.subject_of(p, "named with the seats")
        if p is not None
        else ctx.subject_before(m.start(), "party")
    )
    if subj is None or subj.kind != "party" or not subj.party:
        return None
    return subj


def _them_set(ctx: Ctx, pos: int) -> tuple[Scope, int | None] | None:
    """What "them" in "Labour took 27 of them" counts: the seats of an area named just
    before (in the sentence or the one before), "Wales's 32 seats", "the 15 seats in the
    South West", "the region's 61 seats", with their number when stated. Seats qualified by
    a clause or a ranking are a set this rule cannot read: None."""
    lo = ctx.doc.sentences[ctx.index - 1].start if ctx.index > 0 else ctx.sent.start
    text = ctx.doc.folded
    last = None
    for mm in _SEAT_SET.finditer(text, lo, pos):
        last = mm
    if last is None:
        # a seat noun qualified by a clause or ranked: not an area's seats
        return None
    # nothing but the clause that says "N of them" may follow the seats named
    between = text[last.end() : pos]
    if re.search(
        r"\b(?:seats?|constituenc\w*|gains?|losses|votes|majorities|mps|of them)\b", between
    ):
        return None
    head = text[max(lo, last.start() - 60) : last.start()]
    if re.search(
        r"\b(?:most|least|fewest|highest|lowest|largest|smallest|biggest|safest|oldest|"
        r"youngest|top|bottom|marginal|target|key)\b[\w\s'-]*$",
        head,
    ):
        return None
    n_tag = None
    nums = ctx.doc.tags_in(max(lo, last.start() - 30), last.start(), "num")
    if nums:
        n_tag = nums[-1]
    # the area: "Wales's 32 seats" / "the 32 seats in Wales" / "the region's"
    after = ctx.doc.tags_in(last.end(), min(pos, last.end() + 25), "area")
    before = ctx.doc.tags_in(max(lo, last.start() - 40), last.start(), "area")
    t = after[0] if after else before[-1] if before else None
    how = "'them': the seats of the area named before"
    if t is None:
        ana = _ANAPHOR_AREA.search(text, max(lo, last.start() - 40), last.start())
        if ana is None:
            return None
        level = "region" if ana.group(1) == "region" else "country"
        t = _area_back(ctx, ana.start(), level=level)
        if t is None:
            return None
        how = f"'them': the seats of {ana.group()} ({t.text})"
    if t.ref.get("level") not in ("region", "country"):
        return None
    return _area_scope_of(t, how), _count(ctx, n_tag)


#: words that make a set of seats a ranked or selected one, not all of an area's seats
_RANKED_WORD = re.compile(
    r"\b(?:most|least|fewest|highest|lowest|largest|smallest|biggest|safest|narrowest|"
    r"closest|oldest|youngest|top|bottom|marginal|marginals|target|key|\w+est)\b"
)


@rule(
    _TAKE + r"\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?{Q}(?P<n>{N})\s+of\s+(?:"
    r"(?P<ana>the\s+(?:region|nation|country|province)(?:'s|\u2019s))\s+(?:(?P<m>{N})\s+)?"
    r"(?:[\w-]+\s+)?(?:seats|constituencies|mps)\b"
    r"|the\s+(?P<m2>{N})(?=\s*(?:[,.;:]|$|\s+and\b|\s+but\b|\s+(?:in|across)\s+(?:the\s+)?{A}))"
    r"|(?P<them>them)\b(?!\s+(?:from|to|as)\b)"
    r"|(?:the\s+)?(?:(?P<a1>{A})(?:'s?|\u2019s?)\s+)?(?:[\w-]+\s+)?(?:seats|constituencies)(?:\s+in\s+(?:the\s+)?(?P<a3>{A}))?)",
    name="seats_of_set",
    needs="\ue006",
    priority=55,
)
def _seats_of_set(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour won 27 of the region's 61 seats", "won 28 of the 32" (the last area named),
    "Labour took 27 of them" (them = an area's seats named just before): the party's seat
    total in that area."""
    n = ctx.num(m)
    k = _count(ctx, n)
    if n is None or k is None:
        return None
    if re.search(r"\b(?:every|each|any|not|no|none)\s*$", ctx.text(max(0, n.start - 8), n.start)):
        return None
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    g = m.groupdict()
    size_tag = ctx.num(m, "m") if g.get("m") else ctx.num(m, "m2") if g.get("m2") else None
    size = _count(ctx, size_tag)
    scope: Scope | None
    if g.get("them"):
        got = _them_set(ctx, m.start("them"))
        if got is None:
            return None
        scope, size = got
    elif g.get("a1") or g.get("a3"):
        # "won 35 of the seats in Scotland", "took 27 of Wales's seats"
        if _RANKED_WORD.search(ctx.text(n.end, m.end())):
            return None  # "two of the safest seats in London": a ranked set, not the area's
        t = ctx.tag(m, "a3") if g.get("a3") else ctx.tag(m, "a1")
        if t is None or t.kind != "area" or t.ref.get("level") not in ("region", "country"):
            return None
        scope = named_area(t)
    elif g.get("ana"):
        ana = _ANAPHOR_AREA.match(ctx.doc.folded, m.start("ana"))
        level = "region" if ana and ana.group(1) == "region" else "country"
        t = _area_back(ctx, m.start("ana"), level=level)
        if t is None:
            return None
        scope = _area_scope_of(t, f"'{' '.join(g['ana'].split())}' is {t.text}")
    elif g.get("m2"):
        # "won 28 of the 32": an area in the clause, else the last area named before
        here = ctx.area_scope(m.end(), ctx.clause_break(m.end()))
        if here is not None:
            scope = here
        else:
            t = _area_back(ctx, m.start())
            if t is None or t.ref.get("level") not in ("region", "country"):
                return None
            scope = _area_scope_of(t, f"'of the N' refers to the last area named ({t.text})")
    else:
        return None  # "two of the safest seats": a set the words do not tie to an area
    if size is not None and k > size:
        return None
    f = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
    if size is not None:
        f.notes.append(f"of {size} seats in {scope.name}")
    nums = [n] + ([size_tag] if size_tag is not None else [])
    return ctx.draft(m, f, *nums, rule_name="seats_of_set")


_ZERO = Stated("none", 0.0, 0.0, 0.0, "none: zero")
#: a count of zero seats stated as a count (not a share of the seats in scope)
_ZERO_COUNT = Stated("0", 0.0, 0.0, 0.0, "no seat: zero")


@rule(
    r"(?P<v>{WIN}|{HOLD}|winning|taking|holding|keeping)\s+(?:not\s+(?:a\s+single\s+)?(?:one|{N})|none)\s+of\s+"
    r"(?:the\s+)?(?:(?P<a>{A})(?:'s?|\u2019s?)?\s+)?(?:(?P<m>{N})\s+)?(?:[\w-]+\s+)?(?:seats|constituencies)\b"
    r"(?:\s+in\s+(?:the\s+)?(?P<a2>{A}))?",
    name="seats_none_of",
    needs="\\bnot\\b|\\bnone\\b",
    priority=45,
)
def _seats_none_of(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "winning not one of Wales's 32 seats", "won none of the 59 seats in Scotland": the
    party's seat total in the area is zero."""
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    g = m.groupdict()
    a = ctx.tag(m, "a") if g.get("a") else ctx.tag(m, "a2") if g.get("a2") else None
    if a is None or a.kind != "area":
        return None
    f = ctx.frame(
        "seats",
        subj,
        scope=named_area(a),
        stated=_ZERO,
        unit="seats",
        notes=["'not one of the area's seats': no seats there"],
    )
    size = ctx.num(m, "m") if g.get("m") else None
    return ctx.draft(m, f, size, rule_name="seats_none_of")


@rule(
    r"(?P<v>kept|keeps|held|holds|retained|retains|defended|defends|won|wins|took|takes|swept|sweeps)\s+"
    r"(?:on\s+to\s+)?(?:all|each|every\s+one)\s+(?:of\s+)?(?P<n>{N})\s+(?:of\s+)?(?:its|their|the\s+party's)\s+"
    r"(?:[\w-]+\s+)?(?:seats|mps|constituencies)(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?",
    name="held_all_of_its",
    needs="\\ball\\b|\\beach\\b|\\bevery\\b",
    priority=45,
)
def _held_all_of_its(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Plaid Cymru held all three of its seats", "kept all 14 of their MPs": the party's
    seat total now is N (it had N and kept each)."""
    n = ctx.num(m)
    if _count(ctx, n) is None:
        return None
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    scope = named_area(a) if a is not None else ctx.only_area() or uk_default()
    f = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
    f.notes.append("'held all N of its seats': the seat total now")
    return ctx.draft(m, f, n, rule_name="held_all_of_its")


@rule(
    r"(?P<v>{WIN}|{HOLD}|swept|sweeps|carried|carries)\s+(?:(?P<every>every|each)\s+(?:single\s+)?(?:seat|constituency)"
    r"|all\s+(?:the\s+)?(?:(?P<n>{N})\s+)?(?:of\s+(?:the\s+)?)?(?:(?P<a0>{A})(?:'s?|\u2019s?)\s+)?(?:[\w-]+\s+)?(?:seats|constituencies))"
    r"\s+(?:in|across)\s+(?:the\s+)?(?P<a>{A})",
    r"(?P<v>{WIN}|{HOLD}|swept|sweeps|carried|carries)\s+all\s+(?:(?P<n>{N})\s+)?(?:of\s+)?(?P<a>{A})(?:'s?|\u2019s?)\s+(?:[\w-]+\s+)?(?:seats|constituencies)",
    name="won_every_seat",
    needs="\\bevery\\b|\\beach\\b|\\ball\\b",
    priority=45,
)
def _won_every_seat(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "Labour won every seat in the North East", "the SNP swept all 59 seats in
    Scotland", "took all of Wales's seats": no seat in the area went to anyone else
    (a count of seats not won by the party, stated 0), and a stated N is the party's seat
    total there."""
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    a = ctx.tag(m, "a")
    if a is None or a.kind != "area" or a.ref.get("level") not in ("region", "country", "gb"):
        return None
    scope = named_area(a)
    f = ctx.frame(
        "count_seats",
        subj,
        scope=scope,
        condition=[f"winner!={subj.party}"],
        stated=_ZERO_COUNT,
        unit="seats",
        notes=["'won every seat in AREA': no seat there went to another party"],
    )
    n = ctx.num(m) if m.groupdict().get("n") else None
    out = [ctx.draft(m, f, rule_name="won_every_seat")]
    if n is not None and _count(ctx, n) is not None:
        g = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
        g.notes.append("'all N seats in AREA': the party's seat total there")
        out.append(ctx.draft(m, g, n, rule_name="won_every_seat"))
    return out


@rule(
    r"\b(?:was|were|is|are|finished|came|ended\s+up)\s+(?:as\s+)?(?:the\s+)?(?:runners?[\s-]up|second)\s+in\s+"
    r"(?P<more>(?:a\s+further|another)\s+)?{Q}(?P<n>{N})(?:\s+(?P<more2>more|other|further))?\s+(?:(?P<a0>{A})\s+)?(?:[\w-]+\s+)?(?:seats|constituencies)\b"
    r"(?P<tail>(?:\s+(?:across|in)\s+(?:the\s+)?(?:(?P<a>{A})|(?P<ana>region|nation|country)\b))?)",
    name="runner_up_in",
    needs="runner|second",
    priority=25,
)
def _runner_up_in(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "UKIP was runner-up in 11 seats across the region", "Reform were second in 98
    seats": the number of seats where the party came second (in the area named, "the
    region" = the last region named). "in five more seats" counts on from seats named
    before: not read."""
    g = m.groupdict()
    if g.get("more") or g.get("more2"):
        return None  # "runner-up in five more seats": a count on top of others, not a total
    n = ctx.num(m)
    if _count(ctx, n) is None:
        return None
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    a = ctx.tag(m, "a") if g.get("a") else ctx.tag(m, "a0") if g.get("a0") else None
    scope: Scope | None = named_area(a) if a is not None and a.kind == "area" else None
    if scope is None and g.get("ana"):
        level = "region" if g["ana"] == "region" else "country"
        t = _area_back(ctx, m.start(), level=level, reach=1500)
        if t is None:
            return None
        scope = _area_scope_of(t, f"'the {g['ana']}' is {t.text}")
    if scope is None:
        scope = ctx.area_scope(ctx.sent.start, m.start()) or uk_default()
    f = ctx.frame(
        "count_seats",
        subj,
        scope=scope,
        condition=[f"second={subj.party}"],
        number=n,
        unit="seats",
        notes=["'runner-up in N seats': seats where the party came second"],
    )
    return ctx.draft(m, f, n, rule_name="runner_up_in")


# --- a count within a ranked set, with the set's members filtered AFTER the ranking -------

_SET_HEAD = (
    r"(?P<tail>(?:[\w'-]+[\s-]+){0,2}?(?P<sup>{SUP})(?:[\s-]+(?:{G}|[\w'-]+)){0,3}?)"
    r"[\s-]+(?P<head>seats|constituencies|majorities|turnouts|results|wins|victories)\b"
)
_IN_AREA = r"\s+(?:were|are|was|is|lay|lie|lies)\s+(?:all\s+|both\s+)?(?:in|across)\s+(?:the\s+)?(?P<a>{A})"
_HEAD_METRIC = {
    "majorities": "majority",
    "turnouts": "turnout",
    "wins": "majority",
    "victories": "majority",
}


def _ranked_metric(ctx: Ctx, m: re.Match[str]) -> tuple[str, str] | None:
    """The metric and direction of the ranked set's superlative ("the five largest
    majorities": majority, most; "the six least healthy seats": census:BadHealth, most)."""
    sup = " ".join(m.group("sup").split())
    if sup not in lx.SUPERLATIVES:
        return None
    direction, implied = lx.SUPERLATIVES[sup]
    groups = ctx.doc.tags_in(m.start("tail"), m.end("tail"), "group")
    noun = ctx.text(m.end("sup"), m.end("tail"))
    head = m.group("head")
    metric = (
        f"census:{groups[0].ref['group']}"
        if groups
        else ctx.noun_metric(noun)
        if noun.strip()
        else _HEAD_METRIC.get(head) or implied
    )
    if metric is None or metric in ("share", "seats", "gov_majority", "swing"):
        return None
    return metric, direction


@rule(
    r"(?P<all>all\s+)?(?P<n>{N})\s+of\s+the\s+(?P<k>{N})\s+" + _SET_HEAD + _IN_AREA,
    r"\ball\s+(?:of\s+)?(?:the\s+)?(?P<k>{N})\s+" + _SET_HEAD + _IN_AREA,
    name="ranked_set_in_area",
    needs="\ue004",
    priority=8,
)
def _ranked_set_in_area(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Three of the five largest majorities were in London", "Five of the six least
    healthy seats are in Wales", "All ten of the youngest seats are in the North": of the K
    seats ranked highest (lowest) by the measure over the whole scope, how many lie in the
    area. The area filters AFTER the ranking (``seat_region=``/``seat_country=`` in the
    metric language), unlike an area that scopes the ranking ("the five largest
    majorities in London")."""
    g = m.groupdict()
    k_tag = ctx.num(m, "k")
    size = _count(ctx, k_tag)
    n_tag = ctx.num(m) if g.get("n") else k_tag
    n = _count(ctx, n_tag)
    if size is None or n is None or size == 0 or n > size:
        return None
    got = _ranked_metric(ctx, m)
    if got is None:
        return None
    metric, direction = got
    a = ctx.tag(m, "a")
    if a is None or a.kind != "area" or a.ref.get("level") not in ("region", "country"):
        return None
    # the ranking's universe: an area named with the ranked set ("the five largest
    # majorities in England were all in ..."), else every seat
    where = [f"top {size} by {metric} ({direction})"]
    within = ctx.area_scope(m.end("head"), m.start("a"))
    if within is not None and within.name and within.level in ("country", "region"):
        where.insert(0, f"{within.level}={within.name}")
    key = "seat_region" if a.ref["level"] == "region" else "seat_country"
    scope = Scope(level="seats", where=where, how="the seats ranked by the measure named")
    f = ctx.frame(
        "count_seats",
        Subject("parliament", how="every seat of the ranked set"),
        scope=scope,
        condition=[f"{key}={a.ref['name']}"],
        number=n_tag if g.get("n") else None,
        metric=metric,
        unit="seats",
        nth=size,
    )
    if not g.get("n"):
        f.stated = Stated(str(size), float(size), float(size), float(size), "'all K': K")
    nums = [k_tag] + ([n_tag] if g.get("n") else [])
    return ctx.draft(m, f, *nums, rule_name="ranked_set_in_area")


@rule(
    r"(?P<v>{WIN}|{HOLD})\s+(?:(?P<all>all|each|every\s+one)\s+(?:of\s+)?(?:the\s+)?(?P<k0>{N})|(?P<n>{N})\s+of\s+the\s+(?P<k>{N}))\s+"
    r"(?:of\s+the\s+)?" + _SET_HEAD,
    name="party_of_ranked_set",
    needs="\ue006",
    priority=8,
)
def _party_of_ranked_set(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour held all ten of the largest majorities in the country", "the SNP won four of
    the five narrowest results": the seats among the top K by the measure that the party
    won."""
    g = m.groupdict()
    k_tag = ctx.num(m, "k0") if g.get("k0") else ctx.num(m, "k")
    size = _count(ctx, k_tag)
    n_tag = ctx.num(m) if g.get("n") else None
    n = _count(ctx, n_tag) if n_tag is not None else size
    if size is None or n is None or size == 0 or n > size:
        return None
    got = _ranked_metric(ctx, m)
    if got is None:
        return None
    metric, direction = got
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    where = [f"top {size} by {metric} ({direction})"]
    area = ctx.area_scope(m.end("head"), ctx.clause_break(m.end("head")))
    if area is not None and area.name and area.level in ("country", "region"):
        where.insert(0, f"{area.level}={area.name}")
    scope = Scope(level="seats", where=where, how="the seats ranked by the measure named")
    f = ctx.frame(
        "count_seats",
        subj,
        scope=scope,
        condition=[f"winner={subj.party}"],
        number=n_tag,
        metric=metric,
        unit="seats",
        nth=size,
    )
    if n_tag is None:
        f.stated = Stated(str(size), float(size), float(size), float(size), "'all K': K")
    nums = [k_tag] + ([n_tag] if n_tag is not None else [])
    return ctx.draft(m, f, *nums, rule_name="party_of_ranked_set")


@rule(
    r",\s+(?P<dir>up|down)\s+from\s+{Q}(?P<n>{N})"
    r"(?=\s*(?:[,.;:]|$|\s+(?:and|but|while)\b|\s+on\s+(?:the\s+)?notional\b))",
    name="seats_up_from",
    needs="\\bfrom\\b",
    priority=58,
)
def _seats_up_from(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour won 27 of the region's 61 seats, up from five (on the notional figures)",
    "The Conservatives held 23, down from 55": the seat total just stated, at the previous
    election (the notional result for 2024: evaluation's baseline)."""
    base = ctx.just_before(m.start(), "seats", within=3)
    n = ctx.num(m)
    if base is None or _count(ctx, n) is None or base.frame.election == "previous":
        return None
    f = ctx.frame(
        "seats",
        base.frame.subject,
        scope=base.frame.scope,
        number=n,
        unit="seats",
        election="previous",
        notes=["'up/down from N' after a seat total: the total at the previous election"],
    )
    return ctx.draft(m, f, n, rule_name="seats_up_from", span=(m.start("dir"), m.end()))


@rule(
    r"(?P<v>held|holds|kept|keeps|retained|retains|won|took|had)\s+(?:just\s+|only\s+)?{Q}(?P<n>{N}),\s+(?P<dir>up|down)\s+from\s+{Q}(?P<n0>{N})(?![\w.,]*\d)",
    name="seats_bare_from",
    needs="\\bfrom\\b",
    priority=57,
)
def _seats_bare_from(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "The Conservatives held 23, down from 55", "held only 11, down from 50": a bare
    count read as seats when the seats were counted just before (a seat noun in the
    sentence or the two before), with its figure at the previous election."""
    n, n0 = ctx.num(m), ctx.num(m, "n0")
    if _count(ctx, n) is None or _count(ctx, n0) is None:
        return None
    lo = ctx.doc.sentences[max(0, ctx.index - 2)].start
    if not re.search(r"\bseats?\b|\bmps\b", ctx.text(lo, m.start())):
        return None
    if re.match(r"\s*(?:votes?|per|%|points|pc)\b", ctx.text(m.end(), m.end() + 10)):
        return None
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    prev = [d for d in ctx.drafts if d.frame.measure == "seats" and d.end <= m.start()]
    scope = (
        ctx.area_scope(ctx.sent.start, ctx.sent.end)
        or (prev[-1].frame.scope if prev else None)
        or _scope_of_earlier_seats(ctx)
    )
    if scope is None:
        return None
    f = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
    f0 = ctx.frame(
        "seats",
        subj,
        scope=scope,
        number=n0,
        unit="seats",
        election="previous",
        notes=["'down/up from N': the total at the previous election"],
    )
    return [
        ctx.draft(m, f, n, rule_name="seats_bare_from", span=(m.start(), m.end("n"))),
        ctx.draft(m, f0, n0, rule_name="seats_bare_from", span=(m.start("dir"), m.end())),
    ]


def _scope_of_earlier_seats(ctx: Ctx) -> Scope | None:
    """The area of the seat count in the sentence before ("Labour won 27 of the region's 61
    seats. The Conservatives held 23"): the region or nation named there or, for "the
    region's", the last one named."""
    if ctx.index == 0:
        return None
    prev = ctx.doc.sentences[ctx.index - 1]
    a = ctx.doc.tags_in(prev.start, prev.end, "area")
    if a and a[0].ref.get("level") in ("region", "country"):
        return named_area(a[0])
    ana = _ANAPHOR_AREA.search(ctx.doc.folded, prev.start, prev.end)
    if ana is None:
        return None
    level = "region" if ana.group(1) == "region" else "country"
    t = _area_back(ctx, ana.start(), level=level)
    return _area_scope_of(t, f"'{ana.group()}' is {t.text}") if t is not None else None


# --- gains counted through a set ("twelve of the gains", "N of them to P") ---------------


def _gains_frame(
    ctx: Ctx, winner: Subject, loser: Subject | None, n: Tag, scope: Scope, note: str
) -> Draft | None:
    if _count(ctx, n) is None:
        return None
    f = ctx.frame("gains_from", winner, other=loser, scope=scope, number=n, unit="seats")
    f.notes.append(note)
    return Draft(f, 0, 0, [n.start])


@rule(
    r"(?P<n>{N})\s+of\s+(?:(?:the|its|their|the\s+party's)\s+|(?:the\s+)?(?P<p>{P})(?:'s?|\u2019s?)\s+)(?:(?P<k>{N})\s+)?(?:[\w-]+\s+)?gains\s+"
    r"(?:(?:were|was|came|come)\s+)?(?:(?:taken|won|captured|seized|made)\s+)?(?:directly\s+)?from\s+(?:the\s+)?(?P<o>{P})",
    name="n_of_gains_from",
    needs="gains",
    priority=12,
)
def _n_of_gains_from(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Twelve of the gains were taken from the SNP", "six of Labour's 36 gains came from
    the Conservatives": seats the party (named, else the one the sentence or story is on)
    took from the other party."""
    n = ctx.num(m)
    o = ctx.tag(m, "o")
    if n is None or o is None or o.kind != "party":
        return None
    subj = _party_subject(ctx, m)
    if subj is None and ctx.index > 0 and ctx.doc.topics:
        # "Twelve of the gains were taken from the SNP": the gains of the party the
        # story was just on
        topic = ctx.doc.topics[ctx.index - 1]
        if topic is not None:
            subj = ctx.subject_of(
                topic, f"'the gains' are those of the party the story is on ({topic.text})"
            )
    if subj is None or subj.kind != "party" or subj.party == o.ref.get("code"):
        return None
    d = _gains_frame(
        ctx,
        subj,
        ctx.subject_of(o, "the party the seats were taken from"),
        n,
        uk_default(),
        "'N of the gains were from Q': the party's gains from Q",
    )
    if d is None:
        return None
    return ctx.draft(m, d.frame, n, rule_name="n_of_gains_from")


@rule(
    r"(?P<a>{A})\s+(?:provided|supplied|accounted\s+for|contributed|delivered|gave\s+(?:it|them|the\s+party))\s+"
    r"{Q}(?P<n>{N})\s+of\s+(?:(?:the|its|their|the\s+party's)\s+|(?:the\s+)?(?P<p>{P})(?:'s?|\u2019s?)\s+)(?P<k>{N})\s+(?:[\w-]+\s+)?gains",
    name="area_share_of_gains",
    needs="gains",
    priority=12,
)
def _area_share_of_gains(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "Scotland provided six of the party's 36 gains across the UK": the party's gains in
    the area (six) and in the whole scope after the noun (36; the UK unless an area
    follows)."""
    n, k = ctx.num(m), ctx.num(m, "k")
    a = ctx.tag(m, "a")
    if n is None or k is None or a is None or a.kind != "area":
        return None
    if _count(ctx, n) is None or _count(ctx, k) is None:
        return None
    subj = _party_subject(ctx, m)
    if subj is None:
        return None
    f = ctx.frame("gains_from", subj, scope=named_area(a), number=n, unit="seats")
    f.notes.append("'AREA provided N of the party's gains': its gains there")
    wide = ctx.area_scope(m.end(), ctx.clause_break(m.end())) or uk_default()
    if wide.name == f.scope.name and wide.level == f.scope.level:
        return None
    g = ctx.frame("gains_from", subj, scope=wide, number=k, unit="seats")
    g.notes.append("'of the party's K gains': its gains in all")
    return [
        ctx.draft(m, f, n, rule_name="area_share_of_gains", span=(m.start(), m.end("n"))),
        ctx.draft(m, g, k, rule_name="area_share_of_gains", span=(m.start("k"), m.end())),
    ]


@rule(
    r"(?P<p>{P})(?:'s?|\u2019s?)\s+(?P<n>{N})\s+(?:new\s+)?(?:seats|mps)(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?\s+(?:were|are)\s+all\s+(?:gains|taken|won|captured)\s+from\s+(?:the\s+)?(?P<o>{P})",
    name="seats_all_gains_from",
    needs="gains|taken|won|captured",
    priority=12,
)
def _seats_all_gains_from(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "the Liberal Democrats' seven seats were all gains from the Conservatives": the
    party's seat total, and its gains from the other party, are both N."""
    n, o = ctx.num(m), ctx.tag(m, "o")
    if n is None or o is None or o.kind != "party" or _count(ctx, n) is None:
        return None
    subj = _party_subject(ctx, m)
    if subj is None or subj.party == o.ref.get("code"):
        return None
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    f = ctx.frame(
        "gains_from",
        subj,
        other=ctx.subject_of(o, "the party the seats were taken from"),
        scope=named_area(a) if a is not None else uk_default(),
        number=n,
        unit="seats",
        notes=["'its N seats were all gains from Q': N gains from Q"],
    )
    return [ctx.draft(m, f, n, rule_name="seats_all_gains_from")]


@rule(
    r",\s+(?:and\s+)?(?:all\s+but\s+\w+\s+|including\s+)?{Q}(?P<n>{N})\s+of\s+them\s+(?:to|going\s+to|falling\s+to|lost\s+to)\s+(?:the\s+)?(?P<o>{P})",
    name="n_of_them_to",
    needs="of them",
    priority=12,
)
def _n_of_them_to(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "The Liberal Democrats lost every one of the 15 seats they held in the South West,
    14 of them to the Conservatives": after a loss of seats in the sentence, the other
    party's gains from the loser."""
    head = ctx.text(ctx.sent.start, m.start())
    if not re.search(r"\b(?:lost|losing|loses|shed|surrendered|gave\s+up)\b", head):
        return None
    if re.search(r"\ball\s+but\b|\bincluding\b", ctx.text(m.start(), m.start("n"))):
        return None
    n, o = ctx.num(m), ctx.tag(m, "o")
    if n is None or o is None or o.kind != "party":
        return None
    loser = ctx.subject_before(ctx.sent.start + len(head) - len(head.lstrip()) + 1, "party")
    parties = ctx.doc.tags_in(ctx.sent.start, m.start(), "party")
    if parties:
        loser = ctx.subject_of(parties[0], "the party that lost the seats")
    if loser is None or loser.kind != "party" or loser.party == o.ref.get("code"):
        return None
    base = [d for d in ctx.drafts if d.end <= m.start()]
    scope = (
        base[-1].frame.scope
        if base and base[-1].frame.scope.level != "seat"
        else ctx.area_scope(ctx.sent.start, m.start()) or uk_default()
    )
    f = ctx.frame(
        "gains_from",
        ctx.subject_of(o, "the party the seats went to"),
        other=loser,
        scope=scope,
        number=n,
        unit="seats",
        notes=["'lost N seats, M of them to P': P's gains from the party"],
    )
    return ctx.draft(m, f, n, rule_name="n_of_them_to", span=(m.start("n"), m.end()))
