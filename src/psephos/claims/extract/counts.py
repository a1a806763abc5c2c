"""Frame rules: votes, shares, seat totals, gains and turnout."""

from __future__ import annotations

import re
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims import round9_wrong, round10_wrong12
from psephos.claims.extract.patterns import Ctx, Draft, _expand, named_area, rule, uk_default
from psephos.claims.frame import TO_N_NOTE, Frame, Scope, Subject
from psephos.claims.model import Stated

# --- rules: votes, shares, seats ---------------------------------------------------------


@rule(
    r"{Q}(?P<n>{N})\s+(?P<dir>more|fewer)\s+votes\s+than\s+(?:the\s+)?(?P<o>{WHO})",
    name="more_votes_than",
    needs="votes than",
)
def _more_votes(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    subj = ctx.subject_before(m.start(), "party", "person")
    o = ctx.tag(m, "o")
    scope = ctx.area_scope(ctx.sent.start, ctx.sent.end) or Scope(
        level="uk", how="no area named: the UK"
    )
    f = ctx.frame(
        "margin",
        subj,
        other=ctx.subject_of(o, "named after 'than'") if o else None,
        scope=scope,
        number=n,
        unit="votes",
        metric="votes",
        notes=[f"'{m.group('dir')} votes than': subject's votes minus the other's"],
    )
    if m.group("dir") == "fewer":
        f.comparator = "down"
    return ctx.draft(m, f, n, rule_name="more_votes_than")


@rule(
    r"(?:{GET}|total\s+vote,?|total\s+of|vote\s+of|votes?\s+(?:was|were|stood\s+at|reached))\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?P<unit>\s+votes)?",
    r"(?P<n>{N})\s+votes\b",
    r"(?:the\s+)?(?:backing|support|votes)\s+of\s+{Q}(?P<n>{N})\s+(?P<unit>voters|people|electors)\b",
    r"\ue00a\ue000*\s+(?:place\s+)?(?P<unit>on|with)\s+{Q}(?P<n>{N})(?!\s*(?:per|%|seats|points|mps|percentage))",
    name="votes",
    needs="vote|\ue006",
)
def _votes(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num" or n.q is None or (n.q.value or 0) < 100:
        return None
    after = ctx.text(m.end(), min(ctx.sent.end, m.end() + 20))
    if (
        not m.group("unit")
        and not re.match(r"\s*(?:votes?\b|,|\s*$)", after)
        and "vote" not in ctx.text(m.start(), m.end())
    ):
        return None
    if re.match(r"\s*(?:seats|mps|points|per|%)", after):
        return None
    if re.search(r"\bby\s+(?:just\s+|only\s+|some\s+)?$", ctx.text(m.start() - 20, m.start())):
        return None  # "fell by 865 votes": a change (a margin "won by N" is read before)
    subj = ctx.subject_before(m.start(), "person", "party")
    if subj is None:
        return None
    scope: Scope | None
    if subj.kind == "candidate":
        scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end) or Scope(
            level="seat", how="the candidate's seat"
        )
    else:
        scope = ctx.area_scope(m.start(), ctx.sent.end) or ctx.seat_scope(
            m.start(), m.end(), back=False
        )
        scope = scope or Scope(level="uk", how="no area or seat named: the UK")
    f = ctx.frame("votes", subj, scope=scope, number=n, unit="votes")
    return ctx.draft(m, f, n, rule_name="votes")


#: Verbs that count seats changing hands, never the total held: "gained five seats"
_GAIN_VERBS = frozenset(
    (*lx.WIN_BACK, "gained", "gains", "gaining", "captured", "captures", "capturing", "seized")
    + ("seizes", "seizing", "snatched", "snatches", "picked up", "picking up")
)
#: Verbs that count either: "took 326 seats" (the total) or "taking five seats and winning
#: eight in all" (the gains, when the sentence gives the total too)
_TAKE_VERBS = frozenset(("took", "takes", "taking", "taken"))


def _gains_not_total(ctx: Ctx, m: re.Match[str], verb: str) -> bool:
    """Whether a seat count's verb may count gains rather than the seats won: a verb of
    gaining, or a verb of taking in a sentence that also states a total ("in all", "in
    total", "altogether", "all told", "overall")."""
    if verb in _GAIN_VERBS:
        return True
    if verb in _TAKE_VERBS:
        rest = ctx.text(ctx.sent.start, ctx.sent.end)
        return bool(re.search(r"\b(?:in\s+all|in\s+total|altogether|all\s+told|overall)\b", rest))
    return False


#: a seat noun right after a count ("fell to 232 seats")
_SEAT_NOUN_AFTER = re.compile(r"\s+(?:seats|mps|constituencies)\b")


@rule(
    r"(?P<v>{GET}|{WIN}|{HOLD}|left\s+with|reduced\s+to|down\s+to|up\s+to|make\s+it|with)?\s*(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?(?:(?P<a>{A})(?:'s?)?\s+)?(?P<m>{N})\s+(?:(?P<a2>{A})\s+|\w+\s+)?(?:seats|constituencies|mps)",
    r"(?P<v>{GET}|{WIN}|{HOLD}|left\s+with|reduced\s+to|make\s+it|bagged)\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?{Q}(?P<n>{N})\s+(?:(?P<a>{A})\s+)?(?:(?!more\b|fewer\b|less\b|extra\b|additional\b)\w+\s+)?{SEATN}\b",
    r"(?P<v>reduced|down|up)\s+from\s+{Q}(?P<n0>{N})\s+(?:seats\s+|mps\s+)?to\s+{Q}(?P<n>{N})",
    r"(?P<v>reduced|cut|down|up|rose|fell|climbed|dropped)\s+to\s+{Q}(?P<n>{N})\s+(?:seats\s+|mps\s+)?(?:in\s+(?:the\s+region|the\s+nation|the\s+country|(?P<a>{A}))\s+)?from\s+{Q}(?P<n0>{N})",
    r"\bwith\s+{Q}(?P<n>{N})\s+(?:seats|mps),?\s+(?:the\s+)?(?P<p>{P})",
    r"(?P<v>{GET}|{WIN}|left\s+with|reduced\s+to|fell\s+to|falls\s+to|dropped\s+to|slumped\s+to|cut\s+to|down\s+to|left\s+holding|(?:were|was)\s+(?:held|restricted|limited|kept)\s+to|(?:now\s+)?holds?\s+(?:just\s+|only\s+)?(?:all\s+)?)\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?=\s*(?::|,|\.|$|\s+(?:seats|mps)|\s+and\b))",
    name="seats_of",
    needs="\ue006",
)
def _seats(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    n = ctx.num(m)
    if n is None or n.kind != "num" or (n.q and (n.q.value or 0) > 650):
        return None
    if re.search(r"\b(?:every|each|any|not|no|none)\s*$", ctx.text(max(0, n.start - 8), n.start)):
        return None  # "lost every one of the 15 seats": not a count of one
    groups = m.groupdict()
    bare = (
        "v" in groups
        and groups.get("m") is None
        and not re.search(r"seats|mps|constituenc", ctx.text(m.start(), m.end()))
        and not groups.get("n0")
        # "fell to 232 seats": the noun right after the match (the pattern's look-ahead)
        and not _SEAT_NOUN_AFTER.match(ctx.doc.folded, m.end())
    )
    if (
        bare
        and not any(d.frame.measure == "seats" for d in ctx.drafts)
        and not re.search(r"\bseats?\b|\bmps\b", ctx.text(max(0, ctx.sent.start - 200), m.start()))
    ):
        return None
    if bare and re.match(r"\s*of\s+the\s+", ctx.text(ctx.sent.start, m.start())):
        return None  # "Of the ten seats with ..., Reform won three": a count within a set
    p = ctx.tag(m, "p") if groups.get("p") else None
    subj = (
        ctx.subject_of(p, "named with the seats") if p else ctx.subject_before(m.start(), "party")
    )
    if subj is None:
        return None
    if subj.kind == "candidate":
        return None
    a = ctx.tag(m, "a") if groups.get("a") else None
    if a is None and groups.get("a2"):
        a = ctx.tag(m, "a2")  # "22 of the 40 Welsh seats" (round 7)
    scope = (
        named_area(a)
        if a
        else ctx.area_scope(m.end(), ctx.clause_end(m.end(), 20))
        or ctx.area_scope(ctx.sent.start, m.start())
    )
    if scope is None and groups.get("m"):
        back = ctx.doc.last_before(ctx.sent.start, "area", floor=max(0, ctx.sent.start - 600))
        if back is not None:
            scope = Scope(
                level=back.ref["level"],
                name=back.ref["name"],
                how=f"'of the N seats' refers to the last area named ({back.text})",
            )
    if scope is None:
        prev = [d for d in ctx.drafts if d.frame.measure == "seats"]
        scope = prev[-1].frame.scope if prev else uk_default()
    out = []
    f = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
    if groups.get("m") and not groups.get("v"):
        _count_as_subject(ctx, m, f)
    verb = " ".join((groups.get("v") or "").split())
    if not groups.get("m") and not groups.get("n0") and _gains_not_total(ctx, m, verb):
        f.unresolved.append(
            f"measure: '{verb} N seats' may count the seats gained, not the total won"
        )
    if groups.get("m"):
        f.notes.append(f"of {ctx.doc.text[m.start('m') : m.end('m')]} seats in the scope")
    nums = [n]
    if groups.get("n0"):
        n0 = ctx.num(m, "n0")
        f0 = ctx.frame(
            "seats",
            subj,
            scope=scope,
            number=n0,
            unit="seats",
            election="previous",
            notes=["'from N to M': N at the previous election"],
        )
        out.append(ctx.draft(m, f0, n0, rule_name="seats_from", span=(m.start("n0"), m.end("n0"))))
    out.append(ctx.draft(m, f, *nums, rule_name="seats"))
    return out


#: "N of the M seats [in AREA]" followed by its own verb: the count is its clause's subject
_COUNT_THEN_VERB = re.compile(
    r"(?:\s+(?:in|across)\s+[\w' -]{1,40}?)?\s+(?:all\s+|also\s+|still\s+)?"
    r"(?P<verb>were|was|stayed|remained|changed|switched|went|fell|had|have|returned|elected|"
    r"voted|swung|saw|kept|passed|moved|turned)\b"
)
#: the verbs whose object names the party holding the counted seats ("went to Labour")
_HELD_BY = re.compile(
    r"\s+(?:(?:to|by)\s+(?:the\s+)?|(?:won|taken|held|kept|retained)\s+by\s+(?:the\s+)?)$"
)


def _count_as_subject(ctx: Ctx, m: re.Match[str], f: Frame) -> None:
    """ "Labour won 413 seats, and 620 of the 641 seats in Great Britain stayed with the
    same party as in 1997": a count "N of the M seats" with no verb of winning before it,
    followed by a verb of its own, is the subject of its clause and counts the seats with
    that property, not the earlier party's total (round 6c: read as Labour's seats, a true
    count of unchanged seats was called false). "36 of the 59 seats went to Labour" names
    the party after the verb; anything else leaves the measure unresolved."""
    v = _COUNT_THEN_VERB.match(ctx.doc.folded, m.end(), ctx.sent.end)
    if v is None:
        return
    end = min(ctx.sent.end, v.end() + 30)
    for t in ctx.doc.tags_in(v.end(), end, "party"):
        if v.group("verb") in ("went", "fell", "were", "passed", "turned") and _HELD_BY.search(
            ctx.doc.folded, v.end(), t.start
        ):
            f.subject = ctx.subject_of(
                t, f"the party the seats {v.group('verb')} to or were won by"
            )
            return
        break
    f.unresolved.append(
        f"measure: 'N of the M seats ... {v.group('verb')} ...' counts the seats of which "
        "that is said, not a party's total"
    )


@rule(
    r"(?:,|\band)\s+(?:the\s+)?(?P<p>{P})\s+{Q}(?P<n>{N})(?!\s*(?:per|%|points|votes))",
    r"(?:but|and)\s+(?:only\s+|just\s+)?(?P<n>{N})\s+in\s+(?P<a>{A})",
    name="list_seats",
    needs="\ue006",
)
def _list_seats(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    prev = [
        d for d in ctx.drafts if d.frame.measure in ("seats", "gains_from") and d.end <= m.start()
    ]
    if not prev:
        return None
    base = prev[-1].frame
    n = ctx.num(m)
    p = ctx.tag(m, "p") if m.groupdict().get("p") else None
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    subj = ctx.subject_of(p, "named in the list") if p else base.subject
    scope = Scope(level=a.ref["level"], name=a.ref["name"], how=f"'{a.text}'") if a else base.scope
    f = ctx.frame(
        base.measure,
        subj,
        scope=scope,
        other=base.other,
        number=n,
        unit="seats",
        notes=["a list continuing the seat count before it"],
    )
    return ctx.draft(m, f, n, rule_name="list_seats")


@rule(
    r"(?P<v>{WIN})\s+{Q}(?P<n>{N})\s+(?:\w+\s+)?(?:seats|constituencies)\s+(?:directly\s+)?from\s+(?:the\s+)?(?P<o>{P}|[a-z ]{3,40}?(?=[,.;]|\s+at\b|\s+in\b|$))",
    r"(?P<v>{WIN})\s+{Q}(?P<n>{N})(?:\s+of\s+them)?\s+(?:directly\s+)?from\s+(?:the\s+)?(?P<o>{P})",
    r"(?:\ball\s+)?(?P<n>{N})(?:\s+of\s+them)?\s+(?:were\s+)?(?P<v>taken|won|gained|captured|seized)\s+from\s+(?:the\s+)?(?P<o>{P})",
    priority=10,
    name="gains_from",
    needs="\\bfrom\\b",
)
def _gains_from(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num" or (n.q and (n.q.value or 0) > 650):
        return None
    if re.match(r"\s*(?:votes?|per|%|points)\b", ctx.text(m.end("n"), m.end("n") + 10)):
        return None
    total = ctx.just_before(m.start(), "seats", within=60)
    subj = ctx.subject_before(m.start(), "party")
    o = ctx.first(m, "o", "party")
    other = (
        ctx.subject_of(o, "the party the seats were taken from")
        if o
        else Subject(
            "party",
            ctx.doc.text[m.start("o") : m.end("o")],
            m.start("o"),
            m.end("o"),
            resolved=False,
            how="not a party name",
        )
    )
    scope = (
        ctx.area_scope(m.end(), ctx.sent.end)
        or (total.frame.scope if total is not None else None)
        or ctx.only_area()
        or Scope(level="uk")
    )
    f = ctx.frame(
        "gains_from",
        subj,
        other=other,
        scope=scope,
        number=n,
        unit="seats",
    )
    if o is None:
        f.unresolved.append(f"other: '{other.text}' is not a party name")
    if re.search(r"by-?elections?", ctx.text(m.end(), ctx.sent.end)):
        f.scope = Scope(level="seats", where=["by-elections"], how="'at by-elections'")
        f.election = "by-elections"
    return ctx.draft(m, f, n, rule_name="gains_from")


@rule(
    r"(?P<v>{GET}|won\s+on|with|on|at|to|of|polled|,)\s+(?:just\s+|only\s+)?{Q}(?P<n>{SHARE})(?P<of>\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:votes?|vote\s+share|votes\s+cast|ballots))?",
    r"(?P<n>{SHARE})\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:votes?\b|vote\s+share|votes\s+cast)",
    r"\bshare(?:\s+of\s+the\s+(?:\w+\s+)?vote)?(?:\s+in\s+(?:{A}|{S}))?,?\s+(?:(?:was|is|stood\s+at|of|at|reached|to)\s+)?{Q}(?P<n>{PCT})",
    r"(?P<who>{WHO})\s+{Q}(?P<n>{PCT})",
    r"(?P<who>{WHO})(?:'s?|\u2019s?)\s+{Q}(?P<n>{PCT})(?!\s+of\s+(?:the\s+)?(?:residents|people|population|households|adults))",
    r"\b(?P<v>an?)\s+{Q}(?P<n>{PCT})\s+(?:vote\s+)?share\b",
    name="share",
    needs="[\ue007\ue008]",
)
def _share(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind not in ("pct", "frac"):
        return None
    seg = ctx.text(ctx.sent.start, m.end() + 40)
    if re.search(r"\bturnout\b", ctx.text(max(ctx.sent.start, m.start() - 40), m.end())):
        return None
    if re.search(
        r"\b(?:residents?|households?|population|people|voters under|adults)\b",
        ctx.text(m.end(), min(ctx.sent.end, m.end() + 25)),
    ):
        return None
    if re.search(
        r"\bin\s+(?:more\s+than\s+|over\s+|fewer\s+than\s+)?\S+\s+seats\b",
        ctx.text(m.end(), ctx.sent.end),
    ):
        return None  # a condition on a seat count ("at least 5 per cent in 400 seats")
    if not m.groupdict().get("of") and not re.search(r"\bvote|share|poll|backed", seg):
        # a bare percentage after a getting verb is a share only for a party or candidate
        pass
    who = ctx.first(m, "who", "person", "party") if m.groupdict().get("who") else None
    subj = (
        ctx.subject_of(who, "named with the share")
        if who is not None
        else ctx.subject_before(m.start(), "person", "party")
    )
    if subj is None:
        return None
    passed = None
    if who is None:  # round 10 (WRONG12): "overtook the SNP ..., with N per cent"
        subj, passed = round10_wrong12.not_passed(ctx, subj, m.start())
    scope: Scope | None
    total = ctx.just_before(m.start(), "seats", within=12)
    if total is not None and total.frame.subject.party == subj.party:
        # "won 11 seats on 11.5 per cent": the share is the seat total's (UK, region...)
        scope = total.frame.scope
    elif subj.kind == "candidate":
        scope = ctx.seat_near(m.start()) or Scope(level="seat", how="the candidate's seat")
    else:
        scope = _seat_right_before(ctx, m.start()) or ctx.area_scope(ctx.sent.start, ctx.sent.end)
        if scope is None:
            scope = ctx.seat_near(
                m.start(),
                back=bool(
                    re.search(r"\b(?:there|here|the seat|the constituency|the island)\b", seg)
                ),
            )
        if scope is None and ctx.paragraph_seat() is not None:
            t = ctx.paragraph_seat()
            assert t is not None
            scope = ctx.seat_scope_of(t, f"the paragraph is about {t.text}")
        scope = (
            scope or ctx.inherit_scope() or Scope(level="uk", how="no area or seat named: the UK")
        )
    seats_end = round10_wrong12.seats_follow(ctx.doc.folded, m.end())
    if seats_end is not None:
        # round 10 (WRONG12): "won more than half the seats" is a share of the seats
        f = ctx.frame("seats", subj, scope=scope, number=n, unit="percent")
        f.notes.append(round10_wrong12.SEAT_SHARE_NOTE)
        if passed:
            f.unresolved.append(passed)
        return ctx.draft(m, f, n, rule_name="share", span=(m.start(), seats_end))
    f = ctx.frame(
        "share",
        subj,
        scope=scope,
        number=n,
        unit="percent",
    )
    if passed:
        f.unresolved.append(passed)
    return ctx.draft(m, f, n, rule_name="share")


@rule(
    r"\bturnout\b(?P<mid>[^.;:!?\n]{0,60}?)(?:\b(?:was|of|at|to|stood at|reached|hit|rose to|fell to|dropped to|climbed to)\s+)?{Q}(?P<n>{PCT})",
    r"(?P<n>{PCT})\s+turnout",
    r"(?P<n>{PCT})\s+of\s+(?:the\s+|those\s+|all\s+)?(?:(?:registered|eligible)\s+)?(?:electorate|electors|voters|registered\s+voters)\s+(?:(?:had\s+)?(?:voted|turned\s+out|cast\s+(?:a\s+)?(?:their\s+)?(?:ballots?|votes?))|went\s+to\s+the\s+polls)",
    name="turnout",
    needs="turnout|electorate|electors|voters",
)
def _turnout(ctx: Ctx, m: re.Match[str]) -> Draft | list[Draft] | None:
    n = ctx.num(m)
    if n is None:
        return None
    voted_for = _expand(r"\s+(?:for\s+)?(?:the\s+)?(?P<p>{P})").match(ctx.doc.typed, m.end())
    if voted_for is not None:
        # "21.6 per cent of the electorate voted Labour": the party's votes over the
        # electorate, not the turnout (no metric: said, not checked)
        p = ctx.doc.at.get(voted_for.start("p"))
        f = ctx.frame(
            "share",
            ctx.subject_of(p, "the party voted for") if p is not None else None,
            scope=ctx.area_scope(ctx.sent.start, ctx.sent.end) or uk_default(),
            number=n,
            unit="electorate",
            unresolved=[
                "metric: a share of the whole electorate (votes / electorate), not of the "
                "votes cast"
            ],
        )
        return ctx.draft(m, f, n, rule_name="electorate_share", span=(m.start(), voted_for.end()))
    seg = ctx.text(ctx.sent.start, m.end())
    area = (
        ctx.area_scope(m.start(), m.end())
        or _area_adjective(ctx, m.start())
        or _area_opening_clause(ctx, m.start())
    )
    seat_word = re.search(
        r"\b(?:here|there|on the island|in the seat|in the constituency|the town|locally)\b", seg
    )
    scope: Scope | None = area
    if scope is None:
        scope = ctx.seat_scope(ctx.sent.start, m.end(), back=bool(seat_word))
    if scope is None:
        para = ctx.doc.text.rfind("\n\n", 0, ctx.sent.start)
        t = ctx.doc.last_before(ctx.sent.start, "seat", floor=max(0, para))
        if t is not None and not re.search(r"\b(?:national|overall|across|nationwide|uk)\b", seg):
            scope = ctx.seat_scope_of(t, f"the paragraph is about {t.text}")
    scope = scope or Scope(level="uk", how="no seat or area named: the UK")

    def make(t: Any, election: str | None = None, span: tuple[int, int] | None = None) -> Draft:
        f = ctx.frame(
            "turnout",
            Subject(
                "seat" if scope.level == "seat" else "parliament", how="the electorate in scope"
            ),
            scope=scope,
            number=t,
            unit="percent",
            metric="turnout",
        )
        if election is not None:  # round 9 (WRONG): the figure after "from"
            f.election = election
            f.notes.append(f"'from N': the turnout at the earlier election ({election})")
        return ctx.draft(m, f, t, rule_name="turnout", span=span)

    return round9_wrong.turnout_from(ctx, m, n, make) or make(n)


def _seat_right_before(ctx: Ctx, pos: int) -> Scope | None:
    """A party's share put right after a seat: "its best result was in Islwyn, with almost
    20 per cent", "came second in Barnsley North, on 24.1 per cent": the seat's share, not
    that of an area named earlier in the sentence (round 6b, WRONG-B: read for Wales, a
    true seat share was called false)."""
    seats = ctx.doc.tags_in(ctx.sent.start, pos, "seat")
    if not seats:
        return None
    t = seats[-1]
    if not re.fullmatch(r"\s*,?\s*", ctx.doc.folded[t.end : pos]):
        return None
    if not re.search(
        r"\b(?:in|at|for)\s+(?:the\s+)?$", ctx.doc.folded[max(0, t.start - 8) : t.start]
    ):
        return None
    return ctx.seat_scope_of(t, f"the seat named right before the share ({t.text})")


def _area_adjective(ctx: Ctx, pos: int) -> Scope | None:
    """The area named right before the word "turnout": "Welsh turnout was 80.3 per cent",
    "Scotland's turnout, at 75.9 per cent", "the West Midlands' turnout" (round 10, UNCERTAIN: read for a seat named
    earlier in the paragraph, the turnout was not checked, or checked for the seat)."""
    areas = ctx.doc.tags_in(max(0, pos - 40), pos, "area")
    if not areas or not _RIGHT_BEFORE.fullmatch(ctx.doc.folded, areas[-1].end, pos):
        return None
    return named_area(areas[-1])


#: what may stand between an area's name and the "turnout" it qualifies
_RIGHT_BEFORE = re.compile(r"(?:['\u2019]s?)?\s+(?:overall\s+|total\s+)?")


def _area_opening_clause(ctx: Ctx, pos: int) -> Scope | None:
    """The area a clause opens on before its figure: "In Scotland turnout jumped from 63.9
    per cent", "Across Wales, turnout was 65.7 per cent" (round 6b, WRONG-B: read for the
    UK, a nation's turnout was called false). Only an area named as the topic (after "in",
    "across", ...; not "Scottish Labour") with no seat named between it and the figure."""
    lo = ctx.clause_start(pos)
    areas = [
        t
        for t in ctx.doc.tags_in(lo, pos, "area")
        if _OPENS_ON_AREA.fullmatch(ctx.doc.folded, lo, t.start)
    ]
    if not areas or ctx.doc.tags_in(areas[0].end, pos, "seat", "area"):
        return None
    return named_area(areas[0])


#: the words a clause (or a comma-marked part of it) may open with before the area it is
#: about: "In", "Across the", "And in"; an area later in the clause ("the best share anywhere in Northern Ireland, on a
#: turnout of 60 per cent") is a comparison, not the clause's topic
_OPENS_ON_AREA = re.compile(
    r"(?:[^\n]*[,;:])?\s*(?:(?:and|but|while|yet)\s+)?(?:in|across|throughout|all\s+over)\s+"
    r"(?:the\s+)?"
)


def _seat_count_scope(ctx: Ctx, m: re.Match[str], base: Draft | None) -> Scope:
    """The scope of a seat count or loss: an area in the claim, else in the sentence,
    else the seat total it continues, else the UK."""
    a = ctx.first(m, "a", "area") if m.groupdict().get("a") else None
    if a is not None:
        return named_area(a)
    return ctx.only_area() or (base.frame.scope if base is not None else None) or uk_default()


_ZERO = Stated("none", 0.0, 0.0, 0.0, "none: zero")


@rule(
    r"(?P<v>lost|loses|losing|lose|shed|sheds|shedding)\s+(?:a\s+net\s+|a\s+total\s+of\s+|another\s+)?{Q}(?P<n>{N})(?P<noun>\s+(?:of\s+(?:its|their|the\s+party's)\s+)?(?:\w+\s+)?(?:seats|mps|constituencies))?(?:\s+(?:in|across)\s+(?:the\s+)?(?P<a>{A}))?(?P<to>\s+to\s+(?:the\s+)?(?:(?P<o>{P})|(?P<ind>independents?)(?:\s+candidates)?))?",
    r"(?P<v>lost|loses)\s+(?P<none>none|no\s+seats|nothing)\b",
    name="seat_losses",
    needs="\\blos|\\bshed",
    priority=55,
)
def _seat_losses(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour lost 90 seats", "losing 39" (after a seat total), "In Scotland it lost
    none": a net loss of seats; "it lost five to independents": the winners' gains from it."""
    g = m.groupdict()
    n = ctx.num(m) if not g.get("none") else None
    if n is not None and (n.kind != "num" or (n.q and (n.q.value or 0) > 650)):
        return None
    if n is None and not g.get("none"):
        return None
    base = ctx.just_before(m.start(), "seats", "net_change", within=30)
    if (
        not g.get("noun")
        and base is None
        and not g.get("to")
        and not re.search(
            r"\bseats?\b|\bmps\b", ctx.text(max(0, ctx.sent.start - 200), ctx.sent.end)
        )
    ):
        return None  # "lost 5,000 votes"/"lost three times": not a seat count
    if re.match(r"\s*(?:votes?|per|%|points|deposits?)\b", ctx.text(m.end(), m.end() + 12)):
        return None
    subj = base.frame.subject if base is not None else ctx.subject_before(m.start(), "party")
    if subj is None or subj.kind != "party":
        return None
    scope = _seat_count_scope(ctx, m, base)
    stated = ctx.stated(n) if n is not None else _ZERO
    if g.get("to"):
        o = ctx.tag(m, "o") if g.get("o") else None
        winner = (
            ctx.subject_of(o, "the party the seats were lost to")
            if o is not None
            else Subject("party", g.get("ind") or "", party="Ind", how="'independents'")
        )
        f = ctx.frame("gains_from", winner, other=subj, scope=scope, stated=stated, unit="seats")
        f.comparator = ctx.comparator(n)
        f.notes.append("'lost N to P': P's gains from the party")
        return ctx.draft(m, f, n, rule_name="seat_losses_to")
    f = ctx.frame(
        "net_change",
        subj,
        scope=scope,
        stated=stated,
        comparator="down",
        unit="seats",
        notes=["'lost N (seats)': the party's net loss of seats"],
    )
    return ctx.draft(m, f, n, rule_name="seat_losses")


@rule(
    r",\s+(?P<dir>down|up)\s+(?:by\s+)?{Q}(?P<n>{N})(?!\s*(?:points?|per|%|votes?|seats?\s+to|pc))",
    r",\s+{Q}(?P<n>{N})\s+(?P<dir>fewer|more)\s+than\b",
    name="seat_change_after",
    needs="\\bdown\\b|\\bup\\b|fewer|more",
    priority=60,
)
def _seat_change_after(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "fell to five, down three", "57 seats, five fewer than in 2005": the change of
    the seat total just stated."""
    base = ctx.just_before(m.start(), "seats", within=3)
    n = ctx.num(m)
    if base is None or n is None or n.kind != "num" or base.frame.election == "previous":
        return None
    direction = "down" if m.group("dir") in ("down", "fewer") else "up"
    f = ctx.frame(
        "net_change",
        base.frame.subject,
        scope=base.frame.scope,
        stated=ctx.stated(n),
        comparator=direction,
        unit="seats",
        notes=[f"'{m.group('dir')} N' after the seat total: its change"],
    )
    return ctx.draft(m, f, n, rule_name="seat_change_after")


@rule(
    r"(?P<v>kept|keeps|held|holds|retained|retains|defended)\s+(?:on\s+to\s+)?(?:all\s+)?(?:of\s+)?(?:its|their|his|her)\s+(?:\w+\s+)?{Q}(?P<n>{N})(?P<noun>\s+(?:\w+\s+)?(?:seats|mps|constituencies))?(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?",
    r"(?P<v>kept|keeps|held|holds|retained|retains)\s+(?:on\s+to\s+)?(?P<both>both)\s+(?:of\s+)?(?:its|their)\s+(?:\w+\s+)?(?:seats|mps)",
    name="seats_kept",
    needs="kept|keeps|held|holds|retain|defended",
    priority=45,
)
def _seats_kept(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Plaid held its four seats", "Sinn Fein kept its seven", "held both its seats": the
    party's seat total now (the same as before)."""
    g = m.groupdict()
    n = ctx.num(m) if not g.get("both") else None
    if n is not None and (n.kind != "num" or (n.q and (n.q.value or 0) > 650)):
        return None
    if not g.get("noun") and not g.get("both"):
        after = ctx.text(m.end(), m.end() + 6)
        if not re.match(r"\s*(?:[,.;:]|$|and\b)", after):
            return None
    subj = ctx.subject_before(m.start(), "party")
    if subj is None or subj.kind != "party":
        return None
    stated = ctx.stated(n) if n is not None else Stated("both", 2.0, 2.0, 2.0, "both: two")
    f = ctx.frame(
        "seats",
        subj,
        scope=_seat_count_scope(ctx, m, None),
        stated=stated,
        comparator=ctx.comparator(n),
        unit="seats",
        notes=["'held its N seats': the seat total now"],
    )
    return ctx.draft(m, f, n, rule_name="seats_kept")


@rule(
    r"(?P<v>lost|losing|loses)\s+(?:every\s+(?:one|{N})|each|all)\s+of\s+(?:its|their|the\s+party's)\s+(?:\w+\s+)?(?:seats|mps)(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?",
    r"(?P<v>lost|losing|loses)\s+all\s+{Q}(?P<n>{N})\s+(?:of\s+)?(?:its|their)\s+(?:\w+\s+)?(?:seats|mps)(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?",
    r"(?P<v>(?:were|was|are|is)\s+left\s+(?:without|with\s+no)\s+(?:a\s+single\s+|a\s+|any\s+)?(?:seats?|mps?))(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?",
    name="seats_zero",
    needs="\\blos|left with",
    priority=40,
)
def _seats_zero(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "the Conservatives lost every one of their seats", "were left without a seat": the
    party's seat total is zero. ("Wiped out" is not read: it is as often a figure of speech
    for a party that kept a seat or two.)"""
    subj = ctx.subject_before(m.start(), "party")
    if subj is None or subj.kind != "party":
        return None
    # "every one", "all 14": the number words belong to this claim
    nums = ctx.doc.tags_in(m.start(), m.end(), "num")
    f = ctx.frame(
        "seats",
        subj,
        scope=_seat_count_scope(ctx, m, None),
        stated=_ZERO,
        unit="seats",
        notes=[f"'{' '.join(m.group('v').split())}': no seats"],
    )
    return ctx.draft(m, f, *nums, rule_name="seats_zero")


@rule(
    r"(?P<v>made|makes|scored|recorded|notched\s+up|chalked\s+up|had)\s+(?:just\s+|only\s+|a\s+net\s+)?{Q}(?P<n>{N})\s+(?:\w+\s+)?(?P<what>gains?|losses)\b(?:\s+(?:in|across)\s+(?:the\s+)?(?P<a>{A}))?",
    name="made_gains",
    needs="gain|losses",
)
def _made_gains(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "the Conservatives made seven gains", "Labour made just one gain, in Putney": the
    seats the party took from others (gross); "made N losses" the seats others took."""
    n = ctx.num(m)
    if n is None or n.kind != "num" or (n.q and (n.q.value or 0) > 650):
        return None
    subj = ctx.subject_before(m.start(), "party")
    if subj is None or subj.kind != "party":
        return None
    scope = _seat_count_scope(ctx, m, None)
    if m.group("what") == "losses":
        f = ctx.frame(
            "net_change", subj, scope=scope, stated=ctx.stated(n), comparator="down", unit="seats"
        )
        return ctx.draft(m, f, n, rule_name="made_losses")
    f = ctx.frame("gains_from", subj, scope=scope, number=n, unit="seats")
    f.notes.append("'made N gains': seats won from any other party")
    return ctx.draft(m, f, n, rule_name="made_gains")


@rule(
    r"\bit\s+(?:then\s+|again\s+|had\s+|has\s+)?(?P<v>dipped|fell|dropped|plunged|slumped|sank|rose|climbed|recovered|reached|hit|peaked)\s+(?:back\s+)?(?:to|at)\s+{Q}(?P<n>{PCT})",
    r"\buntil\s+(?P<v>plunging|falling|dropping|dipping|slumping|sinking)\s+to\s+{Q}(?P<n>{PCT})",
    name="turnout_moved",
    needs="\ue007",
    priority=45,
)
def _turnout_moved(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """Turnout carried from the sentence or the one before: "Turnout ... until 1970, when it
    dipped to 72.0 per cent", "... until plunging to 59.4 per cent in 2001"."""
    n = ctx.num(m)
    if n is None:
        return None
    prev = ctx.doc.sentences[ctx.index - 1].start if ctx.index > 0 else ctx.sent.start
    if not re.search(r"\bturnout\b", ctx.text(prev, m.start() + 8)):
        return None
    if re.search(r"\b(?:share|vote|support)\b", ctx.text(ctx.sent.start, m.start())):
        return None  # "its share ... fell to": a share, read by 'share'
    f = ctx.frame(
        "turnout",
        Subject("parliament", how="turnout, named in the sentence or the one before"),
        scope=ctx.only_area() or uk_default(),
        number=n,
        unit="percent",
        metric="turnout",
    )
    # "until 1970, when it dipped to ...": the year the 'when' points back to
    when = re.search(r"(\d{4}),?\s+when\s+$", ctx.doc.text[ctx.sent.start : m.start()])
    y = None
    if when:
        y = ctx.doc.at.get(ctx.sent.start + when.start(1))
        f.election = when.group(1)
        f.election_how = f"'{when.group(1)}, when': the year the clause points back to"
    return ctx.draft(m, f, n, y, rule_name="turnout_moved")


@rule(
    r"\b(?P<v>stood|stands|standing|ran|runs|running|fielded\s+(?:candidates|a\s+candidate)|"
    r"put\s+up\s+candidates|contested|contesting|fought)\s+(?:candidates\s+)?(?:in\s+)?"
    r"(?:only\s+|just\s+)?{Q}(?P<n>{N})(?:\s+of\s+(?:the\s+)?(?:(?P<a>{A})(?:'s)?\s+)?(?P<m>{N}))?"
    r"\s+(?:\w+\s+)?(?:seats|constituencies)\b(?:\s+(?:in|across)\s+(?:the\s+)?(?P<a2>{A}))?",
    r"\b(?P<v>fielded|put\s+up|ran|stood)\s+(?:only\s+|just\s+)?{Q}(?P<n>{N})\s+candidates\b"
    r"(?:\s+(?:in|across)\s+(?:the\s+)?(?P<a2>{A}))?",
    name="candidates",
    needs="stood|stand|ran|run|field|put up|contest|fought",
    priority=40,
)
def _candidates(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "The Brexit Party, which stood in 37 of the 54 seats", "fielded 630 candidates":
    the seats a party put up a candidate in (not seats won)."""
    n = ctx.num(m)
    if n is None or n.kind != "num" or (n.q and (n.q.value or 0) > 650):
        return None
    subj = ctx.subject_before(m.start(), "party")
    if subj is None or subj.kind != "party":
        return None
    g = m.groupdict()
    a = ctx.tag(m, "a") if g.get("a") else ctx.tag(m, "a2") if g.get("a2") else None
    scope = (
        named_area(a)
        if a is not None
        else ctx.area_scope(m.start(), ctx.clause_break(m.end())) or uk_default()
    )
    f = ctx.frame(
        "candidates",
        subj,
        scope=scope,
        number=n,
        unit="seats",
        notes=["'stood in N seats': the seats the party fielded a candidate in"],
    )
    return ctx.draft(m, f, n, rule_name="candidates")


@rule(
    r"\b(?P<dir>fell|falls|fallen|dropped|drops|slipped|slips|sank|slumped|dipped|rose|rises|risen|"
    r"climbed|climbs|jumped|jumps|pushed|edged)\s+(?P<q>below|under|above|over|beyond|past)\s+"
    r"(?P<n>{PCT})",
    name="share_crossed",
    needs="below|under|above|over|beyond|past",
    priority=40,
)
def _share_crossed(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "its share fell below 40 per cent", "Labour's vote rose above 50 per cent": the
    share now, bounded on one side (the change itself is read by the change rules)."""
    n = ctx.num(m)
    if n is None or n.kind != "pct":
        return None
    seg = ctx.text(ctx.sent.start, m.start())
    if re.search(r"\bturnout\b", seg):
        return None
    subj = ctx.subject_before(m.start(), "person", "party")
    if subj is None:
        return None
    below = m.group("q") in ("below", "under")
    scope = ctx.area_scope(ctx.sent.start, ctx.sent.end)
    if scope is None and subj.kind == "candidate":
        scope = ctx.seat_near(m.start()) or Scope(level="seat", how="the candidate's seat")
    if scope is None:
        scope = ctx.seat_near(
            m.start(),
            back=bool(re.search(r"\b(?:there|here|the seat|the constituency)\b", seg)),
        )
    stated = ctx.stated(n)
    if stated is not None:
        stated = Stated(
            m.group(0),
            stated.value,
            float("-inf") if below else stated.value,
            stated.value if below else float("inf"),
            f"'{m.group('q')} {n.text}': {'below' if below else 'above'} {stated.value:g}",
        )
    f = ctx.frame(
        "share",
        subj,
        scope=scope or Scope(level="uk", how="no area or seat named: the UK"),
        stated=stated,
        comparator="lt" if below else "gt",
        unit="percent",
        notes=[f"'{m.group('dir')} {m.group('q')}': the share after the move"],
    )
    return ctx.draft(m, f, n, rule_name="share_crossed", span=(m.start(), m.end()))


@rule(
    r"\b(?:gave|give|gives|giving|handed|hands|handing|left)\s+(?:the\s+)?(?P<p>{P})\s+"
    r"(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+(?:seats|mps)\b",
    name="gave_seats",
    needs="gave|give|hand|left",
    priority=40,
)
def _gave_seats(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "The 1983 election gave the Conservatives 397 seats": the party named after the
    verb is the one with the seats."""
    n, p = ctx.num(m), ctx.tag(m, "p")
    if n is None or p is None or n.kind != "num" or (n.q and (n.q.value or 0) > 650):
        return None
    f = ctx.frame(
        "seats",
        ctx.subject_of(p, "the party given the seats"),
        scope=_seat_count_scope(ctx, m, None),
        number=n,
        unit="seats",
    )
    return ctx.draft(m, f, n, rule_name="gave_seats")


@rule(
    r"(?P<p>{P})(?:'s?\s+(?P<noun>(?:seat\s+)?(?:tally|total|count)|number\s+of\s+(?:seats|mps)|seats|mps))?"
    r"\s+(?:has\s+|had\s+)?(?:went|go|goes|gone|rose|rise|rises|risen|fell|fall|falls|fallen|climbed|dropped|"
    r"jumped|slumped|grew|increased|slipped|was\s+cut|was\s+reduced|shrank)\s+from\s+{Q}(?P<n0>{N})"
    r"(?P<u0>\s+(?:seats|mps))?\s+to\s+{Q}(?P<n>{N})(?P<u>\s+(?:seats|mps))?(?!\s*(?:per|%|points|votes))",
    name="seats_from_to",
    needs="from",
    priority=40,
)
def _seats_from_to(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "Labour went from 37 to 28 seats in the region", "the Conservatives' seat tally rose
    from 8 to 14": the seat total now, and the one before (the previous election)."""
    n, n0, p = ctx.num(m), ctx.num(m, "n0"), ctx.tag(m, "p")
    g = m.groupdict()
    if n is None or n0 is None or p is None or n.kind != "num" or n0.kind != "num":
        return None
    if not (g.get("noun") or g.get("u") or g.get("u0")):
        return None  # "from 8 to 14" with no seat word: not known to be seats
    if any(q.q is not None and (q.q.value or 0) > 650 for q in (n, n0)):
        return None
    subj = ctx.subject_of(p, "named with the seat total")
    scope = _seat_count_scope(ctx, m, None)
    now = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
    before = ctx.frame("seats", subj, scope=scope, number=n0, unit="seats")
    before.election = "previous"
    before.notes.append("'from N': the seat total at the previous election")
    now.notes.append(TO_N_NOTE)
    return [
        ctx.draft(m, before, n0, rule_name="seats_from_to", span=(m.start(), m.end("n0"))),
        ctx.draft(m, now, n, rule_name="seats_from_to", span=(m.start("n"), m.end())),
    ]
