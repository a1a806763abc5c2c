"""Frame rules: majorities and margins ("won by N", "a majority of N", "N votes behind")."""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, _expand, rule, subject_of
from psephos.claims.extract.tagging import Tag
from psephos.claims.frame import Scope, Subject
from psephos.claims.model import Stated

# --- rules: margins ------------------------------------------------------------------------


@rule(
    r"(?P<v>overturn(?:ed|ing|s)?|overcame|overcoming|overcomes|wip(?:ed|ing|es)\s+out|revers(?:ed|ing|es)|eras(?:ed|ing|es)|toppl(?:ed|ing|es)|overhaul(?:ed|ing|s)?|overt(?:ook|aking|akes))\s+(?:a|an|the|her|his|its|their)\s+"
    r"(?P<notional>notional\s+)?(?:(?P<p>{P})(?:'s?)?\s+)?(?:notional\s+)?majority\s+(?:of\s+)?{Q}(?P<n>{N})"
    r"(?:\s+votes)?(?:\s+in\s+(?P<s>{S}))?",
    r"(?:had|held|with|enjoyed|defending)\s+(?:a|an)\s+(?P<notional>notional\s+)(?:(?P<p>{P})\s+)?majority\s+"
    r"of\s+{Q}(?P<n>{N})",
    name="majority_overturned",
    needs="majorit",
)
def _overturned(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    p = ctx.tag(m, "p")
    scope = ctx.seat_scope(m.start(), m.end())
    subj = ctx.subject_of(p, "the party named with the majority") if p else None
    if subj is None and scope is not None and scope.seat is not None:
        subj = Subject("seat", scope.name or "", seat=scope.seat, how="the seat's previous winner")
    f = ctx.frame(
        "majority",
        subj,
        scope=scope or Scope(level="seat", how="no seat found"),
        number=n,
        unit="votes",
        notes=[
            "a majority overturned: the previous result in the seat"
            + (" (notional, on the new boundaries)" if m.group("notional") else "")
        ],
    )
    f.baseline = "notional" if m.group("notional") else "previous"
    f.election = "previous"
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return ctx.draft(m, f, n, rule_name="majority_overturned")


#: "within N votes of pushing/knocking X into third": a gap between two places, not a win
_PUSH_INTO = re.compile(
    r"\s*(?:push\w*|knock\w*|relegat\w*|forc\w*|drop\w*|send\w*|sent)\s+[^,;]{1,60}?\b(?:in)?to\s+"
    r"(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\b",
    re.I,
)


@rule(
    r"within\s+{Q}(?P<n>{N})\s+votes?\s+of\s+(?:defeating|beating|unseating|winning|toppling|ousting)?"
    r"(?P<rest>{GAP}(?P<w>{C}|{P}))?",
    name="within",
    needs="\\bwithin\\b",
)
def _within(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    w = ctx.tag(m, "w")
    loser = ctx.subject_before(m.start(), "person", "party")
    subj = ctx.subject_of(w, "the candidate the runner-up came within N votes of") if w else None
    scope = ctx.seat_scope(m.start(), m.end())
    if (
        subj is not None
        and loser is not None
        and _PUSH_INTO.match(
            ctx.text(m.start("rest") if m.group("rest") else m.end(), ctx.sent.end)
        )
    ):
        # "Reform came within 117 votes of pushing the Conservatives into third": X kept
        # its place, and the gap is between X and the side that came within N (not the
        # winner's majority: X need not have won)
        measure, note = (
            "margin",
            "'within N votes of pushing X into K-th': the gap between X and the subject",
        )
    else:
        measure, note = "majority", "'within N votes of': the winner's majority over the runner-up"
    f = ctx.frame(
        measure,
        subj,
        other=loser,
        scope=scope or Scope(level="seat"),
        stated=ctx.stated(n),
        comparator="eq",
        unit="votes",
        notes=[note],
    )
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return ctx.draft(m, f, n, rule_name="within")


@rule(
    r"(?P<head>(?P<pos>\b(?:his|her|their|its)\s+)?(?:\w+\s+){0,2}?)majority(?:,)?\s+(?:(?:now|then|this\s+time)\s+)?(?:of|was|is|stood at|at|cut to|reduced to|down to|up to)\s+"
    r"(?:just\s+|only\s+)?{Q}(?P<n>{N})",
    r"(?:with|on|by)\s+(?:a|an)\s+(?:\w+\s+){0,2}?majority\s+of\s+{Q}(?P<n>{N})",
    r"(?P<n>{N})\s+majority",
    r"(?P<n>{N})(?:-|\s+)votes?\s+(?:majority|margin|lead)\b",
    name="majority_of",
    needs="majorit",
)
def _majority_of(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    before = ctx.text(ctx.sent.start, m.start())
    gov = re.search(
        r"\b(?:commons|parliamentary|overall|working)\s*$",
        ctx.text(m.start(), m.end() - len(n.text))[:40],
    )
    subj = ctx.subject_before(m.start("n"), "person", "party")
    if subj is None:
        subj = ctx.subject_before(m.start(), "seat")
    # "Labour won 355 seats on 35.2 per cent, a majority of 66" (HISTORY)
    if gov is not None or _after_national_total(ctx, m):
        f = ctx.frame("gov_majority", subj, number=n, unit="seats")
        return ctx.draft(m, f, n, rule_name="gov_majority")
    scope = _majority_seat(ctx, m)
    if subj is None and scope is not None and scope.how == "named in the claim":
        stop = min(ctx.clause_break(m.end()), ctx.clause_end(m.end(), 60))
        named = ctx.doc.tags_in(m.start(), stop, "seat")
        subj = _named_seat_subject(named[0] if named else None)
    f = ctx.frame(
        "majority",
        subj,
        scope=scope or Scope(level="seat"),
        number=n,
        unit="votes",
    )
    f.outcome = ctx.outcome_word(before)
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return ctx.draft(m, f, n, rule_name="majority_of")


@rule(
    r"(?:with|by)\s+{Q}(?P<n>{N})\s+votes?\s+to\s+spare\b",
    name="majority_to_spare",
    priority=40,
    needs="spare",
)
def _majority_to_spare(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """A majority said as votes to spare ("elected with N votes to spare", "won by N votes
    to spare"): N is the winner's lead over the runner-up, not the winner's votes; read as
    "a majority of N"."""
    return _majority_of(ctx, m)


_SEAT_TOTAL = _expand(r"{N}\s+(?:seats|mps)\b")


def _after_national_total(ctx: Ctx, m: re.Match[str]) -> bool:
    """A "majority of N" after a party's seat total in a sentence that names no seat or
    area (nor one in the majority's clause) is the Commons majority: "won 397 seats on
    42.4 per cent of the vote, a majority of 144". (The seat-total rules run after this
    one, so the sentence's text is read, not its frames.)"""
    lo = ctx.sent.start
    if not _SEAT_TOTAL.search(ctx.doc.typed, lo, m.start()):
        return False
    stop = min(ctx.clause_break(m.end()), ctx.clause_end(m.end(), 60))
    return not ctx.doc.tags_in(lo, stop, "seat") and not ctx.doc.tags_in(lo, stop, "area")


def _majority_seat(ctx: Ctx, m: re.Match[str]) -> Scope | None:
    """The seat a "majority of N" is about: one named in the claim or right after it in
    the same clause ("a majority of 7,210 in Hendon"), else the nearest seat named before it
    in the sentence, else the seat the story is on. A seat named in a later clause ("..., a
    majority of 7,210, and X kept Croydon South by 12,339") is another claim's."""
    stop = min(ctx.clause_break(m.end()), ctx.clause_end(m.end(), 60))
    here = ctx.doc.tags_in(m.start(), stop, "seat")
    if here:
        return ctx.seat_scope_of(here[0], "named in the claim")
    return ctx.seat_near(m.start(), back=True)


def _named_seat_subject(s: Tag | None) -> Subject | None:
    """ "Harold Wilson's majority in Huyton was cut to 15,035": a majority said of a person
    the candidate files do not hold (before 2010, or a name not found) is still the majority
    of the seat the claim names (the seat's first minus second, whoever is named)."""
    if s is None or s.kind != "seat":
        return None
    return subject_of(s, "the seat named with the majority (the person named is not found)")


_IN_SEAT_AFTER = _expand(r"\s+(?:in|at)\s+(?:the\s+)?(?P<s>{S})")
_VERB_RE = _expand(r"\b(?:{WIN}|{HOLD}|{LOSE})\b")


def _candidates_seat(ctx: Ctx, scope: Scope, subj: Subject | None, other: Subject | None) -> bool:
    """ "In Scotland, Danny Alexander lost to the SNP's Drew Hendry by 10,809 votes": a
    sentence that names no seat and does not point at one ("there", "the seat") but names
    the candidates is about THEIR seat, which resolution finds, not the last seat the story
    named."""
    if not scope.how.startswith("the sentence names no seat"):
        return False
    para = ctx.doc.text.rfind("\n\n", 0, ctx.sent.start)
    if ctx.doc.tags_in(max(para, 0), ctx.sent.start, "seat"):
        return False  # a seat named earlier in the paragraph: the paragraph is on it
    return any(
        x is not None and x.kind == "candidate" and x.resolved and x.start >= ctx.sent.start
        for x in (subj, other)
    )


#: a move right before "by N": "went up by", "rose by", "was cut by" is a change's size,
#: never a winning margin
_MOVED_BY = re.compile(
    r"\b(?:(?:went|goes|go|gone|was|is)\s+(?:up|down)|rose|risen|fell|fallen|increased|"
    r"decreased|grew|grown|shrank|shrunk|dropped|climbed|slipped|cut|reduced|slashed|trimmed|"
    r"boosted|jumped|extended|swelled|tumbled|plunged|soared)\s*$"
)


@rule(
    r"(?P<v>{WIN}|{HOLD}|{LOSE}|home|won it|it)\b(?P<mid>{GAP})\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?"
    r"(?:a\s+(?:\w+\s+){0,2}?(?:margin|majority)\s+of\s+(?:just\s+|only\s+)?)?{Q}(?P<n>{N})"
    r"(?P<unit>\s+votes?)?(?!\s*(?:points|per|%|seats|percentage))(?P<over>\s+(?:over|from|ahead of)\s+(?P<o>{C}|(?:the\s+)?{P}))?",
    name="by_votes",
    needs="\\bby\\b",
)
def _by_votes(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    by = ctx.doc.folded.rfind(" by", m.start(), m.start("n"))
    if by >= 0 and _MOVED_BY.search(ctx.doc.folded, max(m.start(), by - 30), by + 1):
        return None  # "the majority went up by 2,000": a change, not a margin (round 7)
    verb = m.group("v")
    # the verb nearest to "by" is the one the margin belongs to
    last = None
    inner = ctx.clauses(m.start("n"))
    for vm in _VERB_RE.finditer(ctx.doc.typed, m.end("v"), m.start("n")):
        if ctx.doc.typed[vm.start() - 1 : vm.start()].isspace() and not any(
            a <= vm.start() < b for a, b in inner
        ):
            last = vm  # never a verb inside an apposition (", the seat he lost in 2010,")
    start = m.start()
    if last is not None:
        verb, start = last.group(), last.start()
    mid_s, mid_e = m.span("mid")
    # the winner: subject before the verb; for "lost (to Y)" the winner is Y
    lose = _expand("{LOSE}").fullmatch(verb) is not None
    subj: Subject | None
    outcome: str | None
    named_after = ctx.doc.tags_in(mid_s, mid_e, "person", "party")
    before = ctx.subject_before(m.start(), "person", "party")
    other = None
    if lose:
        to = re.search(r"\bto\s+(?:the\s+)?", ctx.text(mid_s, mid_e))
        winner_t = ctx.doc.tags_in(mid_s + to.end(), mid_e, "person", "party") if to else []
        if verb.endswith(" to") or verb.endswith("\tto"):
            winner_t = ctx.doc.tags_in(mid_s, mid_e, "person", "party")
            if before is None:
                pass
        if (
            len(winner_t) > 1
            and winner_t[0].kind == "party"
            and winner_t[1].kind == "person"
            and re.fullmatch(
                r"(?:'s?|\u2019s?)\s+", ctx.doc.folded[winner_t[0].end : winner_t[1].start]
            )
        ):
            winner_t = winner_t[1:]  # "lost to the SNP's Drew Hendry": the candidate
        if winner_t:
            subj = ctx.subject_of(winner_t[0], "the candidate or party it was lost to")
            other = before
            outcome = "won"
        else:
            subj, outcome = before, "lost"
    else:
        subj = before
        beaten = [t for t in named_after if t.kind in ("person", "party")]
        o = ctx.first(m, "o", "person", "party")
        if o is not None:
            other = ctx.subject_of(o, "named after 'over'")
        elif beaten and re.search(
            r"\b(?:beat|beats|beating|defeat\w*|unseat\w*|oust\w*|topp\w*)\b",
            verb + ctx.text(mid_s, mid_e),
        ):
            other = ctx.subject_of(beaten[0], "the candidate or party beaten")
        outcome = ctx.outcome_word(verb)
    # the seat in the claim, else the one right after it ("held on by 22 votes in Dudley
    # North"), before any seat named earlier in the sentence (another claim's)
    after_seat = _IN_SEAT_AFTER.match(ctx.doc.typed, m.end())
    scope = (
        ctx.seat_scope(m.start(), m.end())
        if ctx.doc.tags_in(m.start(), m.end(), "seat") or after_seat is None
        else ctx.seat_scope_of(ctx.doc.at[after_seat.start("s")], "named after the claim")
    )
    if scope is not None and _candidates_seat(ctx, scope, subj, other):
        scope = None  # resolution takes the named candidates' seat
    f = ctx.frame(
        "majority",
        subj,
        other=other,
        scope=scope or Scope(level="seat"),
        number=n,
        unit="votes",
    )
    f.outcome = outcome
    f.notes.append(f"'{verb} ... by N': the winner's majority in the seat")
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return [ctx.draft(m, f, n, rule_name="by_votes", span=(start, m.end()))]


@rule(
    r"(?P<who>{WHO})(?P<mid>{GAP})(?<!\w)(?P<few>(?:only\s+|just\s+)?a\s+few\s+)?{Q}(?P<n>{N})\s+votes?\s+"
    r"(?:further\s+back|behind|adrift|short)(?:\s+of)?(?:\s+(?:the\s+)?(?P<o>{C}|{P}))?",
    r"(?P<who>{WHO})\s+(?:trailed|trails|trailing)\s+(?:the\s+)?(?P<o>{C}|{P})\s+by\s+(?P<few>)?{Q}(?P<n>{N})(?:\s+votes?)?(?!\s*(?:points|per|%|seats))",
    name="behind",
    needs="behind|further back|adrift|short|trail",
)
def _behind(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Naomi Long finished second, 8,474 votes behind Gavin Robinson": the gap between
    the side said to be behind (the last party or person named before the number) and the
    one it was behind (named after, else the last one named before it) - never the votes
    of either."""
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    o = ctx.first(m, "o", "person", "party") if m.group("o") else None
    lo = ctx.clause_start(m.start("n"))
    inner = ctx.clauses(m.start("n"))
    sides = [
        t
        for t in ctx.doc.tags_in(lo, m.start("n"), "person", "party")
        if not any(a <= t.start < b for a, b in inner) and (o is None or t.start != o.start)
    ] or ctx.doc.tags_in(m.start(), m.start("n"), "person", "party")
    who = sides[-1] if sides else ctx.tag(m, "who")
    if who is None:
        return None
    subj = ctx.subject_of(who, "the party or candidate said to be behind")
    short_of = _short_of_taking(ctx, m) if o is None else None
    if o is not None:
        other: Subject | None = ctx.subject_of(o, "named after 'behind'")
    elif short_of is not None:
        other = short_of[0]
    else:
        prev = ctx.doc.last_before(who.start, "person", "party", floor=max(0, ctx.sent.start - 400))
        other = (
            ctx.subject_of(prev, "the last party or candidate named before it") if prev else None
        )
    scope = ctx.seat_scope(ctx.sent.start, m.end())
    stated = ctx.stated(n)
    if m.group("few") and stated is not None:
        # "a few hundred votes": two to nine hundreds (a few thousand: two to nine thousands)
        stated = Stated(
            ctx.text(m.start("few"), n.end),
            stated.value * 2,
            stated.value * 2,
            stated.value * 9.99,
            f"'a few {n.text}': {stated.value * 2:,.0f} to {stated.value * 9.99:,.0f}",
        )
    f = ctx.frame(
        "margin",
        subj,
        other=other,
        scope=scope or Scope(level="seat"),
        stated=stated,
        comparator="eq" if m.group("few") else ctx.comparator(n),
        unit="votes",
        notes=["'N votes behind': the gap between the two, in votes"],
    )
    if other is None:
        f.unresolved.append("other: who they were behind is not named")
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return ctx.draft(m, f, n, rule_name="behind", span=(who.start, m.end()))


#: "229 votes short of taking / winning / capturing SEAT (from X)": short of a win
_SHORT_OF_WIN = re.compile(
    r"\s*(?:taking|winning|gaining|capturing|seizing|snatching|unseating|toppling|"
    r"defeating|beating|overturning|victory|a\s+win|the\s+seat)\b"
)


def _short_of_taking(ctx: Ctx, m: re.Match[str]) -> tuple[Subject | None] | None:
    """ "Plaid fell just 229 votes short of taking Ynys Môn from Labour's Albert Owen": the
    gap is to the seat's winner, the side named after "from" (or the one taken, beaten or
    unseated) in the clause; with none named the other side is unresolved, never the last
    name of an earlier sentence (round 6b, WRONG-B: a gap read between one candidate and
    themselves was called false). None: not a "short of winning" phrase."""
    if not re.search(r"\bshort(?:\s+of)?$", ctx.doc.folded[m.start() : m.end()]):
        return None
    if not _SHORT_OF_WIN.match(ctx.doc.folded, m.end()):
        return None
    end = ctx.clause_break(m.end())
    named = ctx.doc.tags_in(m.end(), end, "person", "party")
    frm = re.search(r"\b(?:from|over)\s", ctx.doc.folded[m.end() : end])
    if frm is not None:
        named = [t for t in named if t.start >= m.end() + frm.end()]
    people = [t for t in named if t.kind == "person"]
    pick = (people or named)[:1]
    if not pick:
        return (None,)
    return (ctx.subject_of(pick[0], "the side the seat would have been taken from"),)


@rule(
    r"(?P<who>{WHO})\s+(?:(?:finished|came|ended(?:\s+up)?|was|were|stood|polled|ran)\s+)?{Q}(?P<n>{N})\s+votes?\s+(?:clear\s+of|ahead\s+of|in\s+front\s+of|more\s+than)\s+(?:the\s+)?(?P<o>{WHO})",
    name="ahead",
    needs="ahead|clear of|in front|more than",
)
def _ahead(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    who, o = ctx.tag(m, "who"), ctx.first(m, "o", "person", "party")
    if who is None or o is None or n is None:
        return None
    scope = ctx.seat_scope(ctx.sent.start, m.end())
    f = ctx.frame(
        "margin",
        ctx.subject_of(who, "the party or candidate said to be ahead"),
        other=ctx.subject_of(o, "the party or candidate it was ahead of"),
        scope=scope or Scope(level="seat"),
        number=n,
        unit="votes",
        notes=["'N votes ahead of': the gap between the two, in votes"],
    )
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return ctx.draft(m, f, n, rule_name="ahead")


_MAJ_UP = (
    r"increased|increase|extended|extend|boosted|boost|grew|grow|grows|rose|rise|rises|climbed|"
    r"climb|jumped|jump|doubled|more\s+than\s+doubled|"
    # round 10 (FOUND): the verbs of a majority's rise the coverage uses ("soared to",
    # "rockets from N to M", "edged up from", "increasing his majority to", "lift the P
    # majority from N to M", "pushed his majority to")
    r"soared|soars|soaring|rocketed|rockets|rocketing|surged|surges|leapt|leaped|ballooned|"
    r"swelled|edged\s+up|crept\s+up|increasing|extending|boosting|raised|raising|lifted|"
    r"lifting|lift|pushed|pushing|"
    # round 11 (WRONG13): the present tense of a live blog ("Graham Evans increases his
    # majority to 806")
    r"increases|extends|boosts|lifts|pushes|raises|"
    # k-fold ("more than tripled", "almost doubled"): _fold reads the factor
    r"(?:more\s+than\s+|almost\s+|nearly\s+)?(?:doubled|tripled|trebled|quadrupled)"
)
_MAJ_DOWN = (
    r"cut|reduced|reduce|slashed|slash|trimmed|trim|shrank|shrink|shrinks|fell|fall|falls|"
    r"dropped|drop|slipped|slip|tumbled|tumble|collapsed|collapse|halved|more\s+than\s+halved|"
    # round 10 (FOUND): "cutting her majority to", "slashing", "plunged", "edged down"
    r"cutting|reducing|slashing|trimming|dipped|shrunk|plunged|plummeted|edged\s+down|"
    r"narrowed|narrowing|"
    # round 11 (WRONG13): the present tense ("Labour cuts his majority to 1,200")
    r"cuts|reduces|slashes|trims|narrows"
)


#: "went up", "has gone down", "was up": a move said with a particle (round 7)
_MAJ_WENT = r"(?:went|goes|go|gone)\s+(?:up|down)"
#: "rose by 2,000 (votes)", "cut by more than 9,000": the size of the move (round 7)
_MAJ_BY = r"(?:\s+by\s+(?:just\s+|only\s+|some\s+|a\s+further\s+)?{Q}(?P<nb>{N})(?:\s+votes?)?(?!\s*(?:points|per\s*cent|%|seats)))?"


_FOLDS = {"doubled": 100.0, "tripled": 200.0, "trebled": 200.0, "quadrupled": 300.0}


def _fold(d: str) -> float | None:
    """The change in per cent a k-fold word states ("more than tripled": +200%), or -50
    read as 50 for "halved" (the direction is the frame's); None for any other verb."""
    if "halved" in d:
        return 50.0
    for w, pct in _FOLDS.items():
        if w in d:
            return pct
    return None


@rule(
    r"(?P<dir>" + _MAJ_UP + "|" + _MAJ_DOWN + r")\s+(?:his|her|their|its|the\s+party's|"
    # round 10 (FOUND): "cut Labour's majority", "lift the Conservative majority", "cut
    # Ben Gummer's majority": the holder named (the subject); "pushed his Bexley majority"
    r"(?:the\s+)?(?P<p>{WHO})(?:'s?|\u2019s?)?)\s+(?:own\s+)?(?:(?P<s0>{S})\s+)?"
    r"majority(?:\s+in\s+(?:the\s+)?(?P<s>{S}))?"
    + _MAJ_BY
    + r"(?:\s+from\s+{Q}(?P<n0>{N}))?(?:,?\s+to\s+(?:just\s+|only\s+)?{Q}(?P<n>{N}))?",
    r"majority(?:\s+in\s+(?:the\s+)?(?P<s>{S}))?(?:\s+over\s+(?:the\s+)?{WHO})?\s+"
    r"(?:(?:was|has\s+been|had\s+been|is)\s+)?(?P<dir>"
    + _MAJ_UP
    + "|"
    + _MAJ_DOWN
    + "|"
    + _MAJ_WENT
    # "the majority fell short of 10,000" is a bound, not a move (round 8)
    + r")(?!\s+short\b)(?:\s+(?:sharply|slightly|heavily))?"
    + _MAJ_BY
    + r"(?:\s+from\s+{Q}(?P<n0>{N}))?(?:,?\s+to\s+(?:just\s+|only\s+)?{Q}(?P<n>{N}))?",
    name="majority_moved",
    needs="majority",
    priority=40,
)
def _majority_moved(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "her majority in X grew to N", "cut his majority to N", "his majority was more
    than halved": the new majority (when stated) and the direction (or ratio) of its move."""
    n = ctx.num(m) if m.group("n") else None
    if n is not None and n.kind != "num":
        return None
    at = m.start() + ctx.text(m.start(), m.end()).find("majority")
    if re.search(
        r"\b(?:commons|parliamentary|overall|working|government'?s?)\s*$",
        ctx.text(max(ctx.sent.start, at - 30), at),
    ):
        # a government's majority, not a seat's: "its Commons majority fell to 150"
        if n is None:
            return None
        gov = ctx.frame(
            "gov_majority", ctx.subject_before(m.start() + 1, "party"), number=n, unit="seats"
        )
        return [ctx.draft(m, gov, n, rule_name="gov_majority")]
    d = " ".join(m.group("dir").split())
    up = re.fullmatch(_MAJ_UP, d) is not None or d.endswith(" up")
    holder = ctx.first(m, "p", "person", "party") if m.groupdict().get("p") else None
    subj = (
        ctx.subject_of(holder, "the holder of the majority, named with it")
        if holder is not None
        else ctx.subject_before(m.start() + 1, "person", "party")
    )
    s = ctx.tag(m, "s") if m.group("s") else None
    if s is None and m.groupdict().get("s0"):
        s = ctx.tag(m, "s0")  # "pushed his Bexley majority to N"
    scope = (
        ctx.seat_scope_of(s, "named in the claim")
        if s is not None
        else ctx.seat_near(m.start(), back=True)
    )
    subj = subj or _named_seat_subject(s)
    out: list[Draft] = []
    n0 = ctx.num(m, "n0") if m.groupdict().get("n0") else None
    if n0 is not None and n0.kind == "num":
        # "saw his majority fall from more than 14,000 to 2,370": the majority before
        f0 = ctx.frame(
            "majority", subj, scope=scope or Scope(level="seat"), number=n0, unit="votes"
        )
        f0.election = "previous"
        f0.notes.append("'from N': the majority at the election before")
        out.append(ctx.draft(m, f0, n0, rule_name="majority_moved", span=m.span("n0")))
    if n is not None:
        f = ctx.frame("majority", subj, scope=scope or Scope(level="seat"), number=n, unit="votes")
        if scope is None:
            f.unresolved.append("scope: no seat found for the majority")
        out.append(ctx.draft(m, f, n, rule_name="majority_moved"))
    fold = _fold(d)
    ratio = fold is not None
    stated = None
    if fold is not None:
        more = d.startswith("more than")
        nearly = d.startswith(("almost", "nearly"))
        pct = fold
        stated = Stated(
            d,
            pct,
            pct if more else pct * 0.75 if nearly else pct * 0.9,
            float("inf") if more else pct if nearly else pct * 1.1,
            f"'{d}': a change of {'more than ' if more else 'almost ' if nearly else 'about '}"
            f"{pct:g}%",
        )
    nb = _moved_by(ctx, m) if fold is None else None
    if nb is not None:
        stated = ctx.stated(nb)
    g = ctx.frame(
        "change",
        subj,
        scope=scope or Scope(level="seat"),
        comparator="up" if up else "down",
        stated=stated,
        metric="majority",
        unit="percent" if ratio else "votes",
        notes=[f"'{d}': the majority's move against the previous election"],
    )
    if nb is not None:
        g.notes.append("'by N': the size of the move, in votes")
    if scope is None:
        g.unresolved.append("scope: no seat found for the majority")
    out.append(ctx.draft(m, g, nb, rule_name="majority_moved"))
    return out


def _moved_by(ctx: Ctx, m: re.Match[str]) -> Tag | None:
    """The "by N" of a majority's move ("rose by 2,000 votes", "cut by more than 9,000"):
    a count of votes, never a share or a seat count (round 7)."""
    nb = ctx.num(m, "nb") if m.groupdict().get("nb") else None
    if nb is None or nb.kind != "num" or nb.q is None:
        return None
    return nb


@rule(
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bat\s)(?<!\bfor\s)(?P<s>{S})\s+(?P<v>fell|falls|went|goes|changed\s+hands|changes\s+hands|switched|switches|flipped|flips)(?:\s+to\s+(?:the\s+)?(?P<o>{P}|{C}))?\s+by\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?:\s+votes?|(?!\s*(?:points|per|%|seats|percentage|\w)))",
    name="seat_fell_by",
    needs="\\bby\\b",
    priority=45,
)
def _seat_fell_by(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Delyn fell by 865 votes", "Hendon went to Labour by 15 votes": the seat changed
    hands on that majority."""
    n, s = ctx.num(m), ctx.tag(m, "s")
    if n is None or s is None or n.kind != "num":
        return None
    o = ctx.first(m, "o", "person", "party") if m.group("o") else None
    subj = (
        ctx.subject_of(o, "the party or candidate it went to")
        if o is not None
        else ctx.subject_of(s, "the seat that changed hands")
    )
    f = ctx.frame(
        "majority",
        subj,
        scope=ctx.seat_scope_of(s, "named in the claim"),
        number=n,
        unit="votes",
        outcome="gained" if o is not None else None,
        notes=["'SEAT fell by N votes': the majority of the seat's new winner"],
    )
    return ctx.draft(m, f, n, rule_name="seat_fell_by")


@rule(
    r"majority\s+(?:at|in)\s+the\s+(?:previous\s+|last\s+)?(?:general\s+)?election(?P<mid>[^.;:!?\n]{0,40}?)\s+(?:had\s+been|was|of|stood\s+at)\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})",
    name="majority_at_previous",
    needs="majorit",
    priority=45,
)
def _majority_at_previous(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour's majority at the general election ten months earlier had been 14,696": the
    majority at the general election before the story's (a by-election's) result."""
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
    f = ctx.frame(
        "majority",
        ctx.subject_before(m.start() + 1, "person", "party"),
        scope=scope or Scope(level="seat"),
        number=n,
        unit="votes",
        notes=["the majority at the general election before"],
    )
    f.election = "previous"
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return ctx.draft(m, f, n, rule_name="majority_at_previous")


@rule(
    r",?\s+(?:and|while|with)\s+(?:in\s+)?(?P<s>{S})\s+by\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})"
    r"(?:\s+votes?)?(?!\s*(?:points|per|%|seats|percentage))",
    r",?\s+and\s+by\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?:\s+votes?)?\s+in\s+(?P<s>{S})",
    name="majority_and",
    needs="\\bby\\b",
    priority=55,
)
def _majority_and(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Ipswich falls by 831, and Bedford by 789", "Labour fell short by 60 votes in
    Glasgow East and by 195 in Airdrie and Shotts": the same reading as the majority just
    before, in another seat."""
    n, s = ctx.num(m), ctx.tag(m, "s")
    if n is None or s is None or n.kind != "num":
        return None
    prev = [
        d
        for d in ctx.drafts
        if d.frame.measure == "majority" and d.end <= m.start() + 2 and m.start() - d.end <= 80
    ]
    if not prev:
        return None
    base = prev[-1].frame
    subj = (
        base.subject
        if base.subject.kind == "party"
        else Subject(
            "seat",
            s.text,
            s.start,
            s.end,
            seat=ctx.seat_scope_of(s, "").seat,
            how="the seat's winner",
        )
    )
    f = ctx.frame(
        "majority",
        subj,
        other=base.other if base.subject.kind == "party" else None,
        scope=ctx.seat_scope_of(s, "named in the claim"),
        number=n,
        unit="votes",
        outcome=base.outcome,
        notes=["'..., and SEAT by N': the reading of the majority before, in another seat"],
    )
    if base.election == "previous":
        f.election = "previous"
    return ctx.draft(
        m,
        f,
        n,
        rule_name="majority_and",
        span=(m.start("s") if m.start("s") < m.start("n") else m.start(), m.end()),
    )
