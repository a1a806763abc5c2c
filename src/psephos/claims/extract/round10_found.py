"""Round 10 (FOUND): classes of phrasing no frame matched (docs/claims.md, "Round 10: claims
never found").

- ``majority_said_there``: a seat's majority said with a copula after words the majority
  rules did not allow between "majority" and the verb: a place ("Labour's majority there was
  N", "Lloyd George's own majority in Caernarvon Boroughs was N") - the majority at the
  election the sentence is about.
- ``majority_said_before``: the same said of the election before ("his majority last time
  had been N", "her majority at the last election was N"), or with the years back said after
  the figure ("his majority had been N two years earlier": the election that many years
  before the story's, read by the election resolver from the words after the claim).
- ``majority_overturned_named``: the majority overturned said with its holder and no noun
  ("overturning Jane Ellison's 7,938", "wiping out the Conservatives' 4,000"): the holder's
  majority at the election before.

Each is a majority frame, judged by the same seat-result reading as every other majority
(first minus second in the seat); a seat or holder not found leaves it uncertain.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, _expand, rule
from psephos.claims.frame import Scope, Subject

#: a figure that is a count of votes, not a share or a seat count
_NOT_VOTES = r"(?!\s*(?:per\s*cent|percent|%|points|seats|percentage|years?\b))"
#: the holder before "majority": "Labour's", "Jane Smith's", "his", "the party's own"
_HOLDER = r"(?:(?P<who>{WHO})(?:'s?|\u2019s?)|his|her|their|its|the\s+party's)\s+(?:own\s+)?"
_COPULA = r"(?:was|is|stood\s+at|came\s+to)"


def _majority(ctx: Ctx, m: re.Match[str], note: str, *, previous: bool = False) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    who = ctx.first(m, "who", "person", "party") if m.groupdict().get("who") else None
    subj = (
        ctx.subject_of(who, "named with the majority")
        if who is not None
        else ctx.subject_before(m.start() + 1, "person", "party")
    )
    s = ctx.tag(m, "s") if m.groupdict().get("s") else None
    scope = (
        ctx.seat_scope_of(s, "named in the claim")
        if s is not None
        else ctx.seat_near(m.start(), back=True)
    )
    f = ctx.frame(
        "majority",
        subj,
        scope=scope or Scope(level="seat"),
        number=n,
        unit="votes",
        notes=[note],
    )
    if previous:
        f.election = "previous"
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return ctx.draft(m, f, n, rule_name="round10_majority")


@rule(
    _HOLDER + r"majority\s+(?:(?:in|at)\s+(?:the\s+)?(?P<s>{S})|there|here)\s+"
    r"(?:(?:now|then|this\s+time)\s+)?"
    + _COPULA
    + r"\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})"
    + _NOT_VOTES,
    name="majority_said_there",
    needs="majorit",
    priority=44,
)
def _majority_said_there(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour's majority there was 15,228"; "his own majority in S was N"."""
    return _majority(ctx, m, "'P's majority there (in S) was N': the seat's majority")


@rule(
    _HOLDER + r"majority\s+(?:in\s+(?:the\s+)?(?P<s>{S})\s+)?(?:last\s+time|at\s+the\s+last\s+"
    r"(?:general\s+)?election|the\s+time\s+before)\s*,?\s+(?:had\s+been|was|stood\s+at)\s+"
    r"(?:just\s+|only\s+)?{Q}(?P<n>{N})" + _NOT_VOTES,
    name="majority_said_before",
    needs="majorit",
    priority=44,
)
def _majority_said_before(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "his majority last time had been 7,650": the majority at the election before."""
    return _majority(
        ctx, m, "'majority last time': the majority at the election before", previous=True
    )


@rule(
    _HOLDER + r"majority\s+(?:in\s+(?:the\s+)?(?P<s>{S})\s+)?had\s+been\s+(?:just\s+|only\s+)?"
    r"{Q}(?P<n>{N})(?=\s*,?\s+(?:{N}|\w+)\s+years?\s+(?:earlier|before|previously|ago)\b)",
    name="majority_said_years_back",
    needs="majorit",
    priority=44,
)
def _majority_said_years_back(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "his majority had been 34,655 two years earlier": dated by the words after the
    figure (the election resolver reads "N years earlier" right after a claim)."""
    return _majority(ctx, m, "'majority had been N, K years earlier': that election's majority")


@rule(
    r"(?:overturn(?:ed|ing|s)?|overcame|overcoming|wip(?:ed|ing|es)\s+out|revers(?:ed|ing|es)|"
    r"eras(?:ed|ing|es))\s+(?:the\s+)?(?P<who>{WHO})(?:'s?|\u2019s?)\s+(?:notional\s+)?"
    r"{Q}(?P<n>{N})(?:\s+votes)?" + _NOT_VOTES + r"(?!\s+(?:majority|lead|margin))",
    name="majority_overturned_named",
    needs="overturn|overc|wip|revers|eras",
    priority=44,
)
def _majority_overturned_named(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "overturning Jane Ellison's 7,938": the holder's majority at the election before
    ("... majority" after the figure is the older rule's)."""
    if "notional" in ctx.text(m.start(), m.end()):
        return None  # a notional figure is on other boundaries: left to the older rule
    return _majority(
        ctx,
        m,
        "a majority overturned: the holder's majority at the election before",
        previous=True,
    )


# --- placings said in words -----------------------------------------------------------------

#: "runner-up in five seats", "runners-up in 13 seats": a count of seats, not one placing
_RUNNER_COUNT = re.compile(r"\s+in\s+(?:\S+\s+){0,2}?(?:seats|constituencies|places)\b")


@rule(
    r"(?P<who>{WHO})\s+(?:(?:was|were|is|are|finished|finishes|came|comes|ended(?:\s+up)?)\s+"
    r"(?:as\s+)?(?:a\s+(?:distant|close|strong|poor)\s+|the\s+)?)(?P<n>runners?[-\s]up)\b"
    r"(?:\s+to\s+(?:the\s+)?(?:{P}(?:'s?|\u2019s?)\s+)?(?P<o>{WHO}))?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?P<s>{S}))?",
    name="runner_up",
    needs="runners?[-\\s]up",
    priority=45,
)
def _runner_up(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Kate Nicholl was runner-up to Claire Hanna in Belfast South and Mid Down", "UKIP
    were runners-up in Middlesbrough": second place (by votes) in the seat. A count of seats
    ("runner-up in five seats") is another frame's."""
    from psephos.claims.extract.outcomes import _clause_seat

    if _RUNNER_COUNT.match(ctx.doc.folded, m.end("n")) and not m.group("s"):
        return None
    who = ctx.tag(m, "who")
    if who is None:
        return None
    s = ctx.tag(m, "s") if m.group("s") else None
    scope = (
        ctx.seat_scope_of(s, "named in the claim")
        if s is not None
        else _clause_seat(ctx, m.start(), m.end())
        or ctx.seat_scope(ctx.sent.start, ctx.sent.end)
        or Scope(level="seat", how="no seat named")
    )
    f = ctx.frame(
        "placing",
        ctx.subject_of(who, "the candidate or party placed"),
        scope=scope,
        nth=2,
        comparator="eq",
        metric="votes",
        notes=["'runner-up': second place"],
    )
    if scope.level == "seat" and scope.seat is None:
        f.unresolved.append("scope: no seat found for the placing")
    return ctx.draft(m, f, rule_name="runner_up")


def _placing_after_party_word(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    from psephos.claims.extract.outcomes import _placing

    return _placing(ctx, m)


#: "with the Liberal Democrat Elwyn Watkins second": the candidate named after the party's
#: adjective (the placing rule read only "with (the) W Nth", so the party word stopped it)
rule(
    r"(?:\bwith|,)\s+(?:the\s+)?{P}\s+(?P<who>{C})\s+(?:a\s+(?:distant|close|strong|poor)\s+)?"
    r"(?P<n>{O})(?!-|\s+(?:largest|biggest|time|successive|highest|lowest|most|least|term|round|"
    r"place\s+(?:on|in)\s+the))",
    name="placing_party_candidate",
    needs="\ue00a",
)(_placing_after_party_word)


# --- margins past the by-votes rule's reach -------------------------------------------------


def _by_votes_long(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "Ged Killen took Rutherglen and Hamilton West from the SNP's Margaret Ferrier by 265
    votes", "X beat the shadow Scottish secretary Y in S by 1,423": a winning verb further
    than the by-votes rule's 60 characters from its "by N" - read by that rule's own handler
    when the stretch between names the seat (the verb's object), so the margin is the seat's."""
    from psephos.claims.extract.margins import _by_votes

    if not ctx.doc.tags_in(m.start("mid"), m.end("mid"), "seat"):
        return None
    return _by_votes(ctx, m)


rule(
    r"(?P<v>{WIN}|{HOLD}|{LOSE})\b(?P<mid>(?:(?!\b(?:even\s+though|although|though|while|"
    r"whereas|but|yet|and|which|who|whose|where)\b)[^.;:!?\n]){61,130}?)\bby\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+)?{Q}(?P<n>{N})(?P<unit>\s+votes?)?"
    r"(?!\s*(?:points|per|%|seats|percentage|\w))"
    r"(?P<over>\s+(?:over|from|ahead\s+of)\s+(?P<o>{C}|(?:the\s+)?{P}))?",
    name="by_votes_long",
    needs="\\bby\\b",
    priority=58,
)(_by_votes_long)


@rule(
    r"(?:(?P<p>{P})(?:'s?|\u2019s?)?\s+(?:only\s+|first\s+|sole\s+|one\s+)?|a\s+(?P<pa>{P})\s+)"
    r"gain\s+from\s+(?:the\s+)?(?P<o>{P})\s*,?\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?"
    r"{Q}(?P<n>{N})(?:\s+votes?)?(?!\s*(?:points|per|%|seats|percentage|\w))",
    name="gain_from_by",
    needs="gain",
    priority=45,
)
def _gain_from_by(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "SEAT was a Conservative gain from Labour by 708", "SEAT was Labour's only gain from
    the Conservatives, by 153 votes": the seat's majority, won by the first party from the
    second. The seat is the one named before in the sentence (else no seat: uncertain)."""
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    p = ctx.first(m, "p", "party") or ctx.first(m, "pa", "party")
    o = ctx.first(m, "o", "party")
    if p is None or o is None:
        return None
    seats = [t for t in ctx.doc.tags_in(ctx.sent.start, m.start(), "seat") if t.end <= m.start()]
    # the seat is the statement's subject ("S was a P gain ..."): named in the claim, whose
    # span starts at it
    scope = (
        ctx.seat_scope_of(seats[-1], "named in the claim")
        if seats
        else Scope(level="seat", how="no seat named")
    )
    f = ctx.frame(
        "majority",
        ctx.subject_of(p, "the party that gained the seat"),
        other=ctx.subject_of(o, "the party it was gained from"),
        scope=scope,
        number=n,
        unit="votes",
        outcome="gained",
        notes=["'a P gain from Q by N': the seat's majority"],
    )
    if not seats:
        f.unresolved.append("scope: no seat found for the majority")
        return ctx.draft(m, f, n, rule_name="gain_from_by")
    return ctx.draft(m, f, n, rule_name="gain_from_by", span=(seats[-1].start, m.end()))


# --- two parties compared: "P won more seats than Q (in AREA)", "P outpolled Q" ---------------

#: words after the second party that make the comparison another one: another election ("than
#: Labour managed four years ago", "than in 1959"), a first or a record ("for the first time",
#: "since 1983"), a pair ("than the SNP and the Liberals together"), a seat ("in Bath")
_VERSUS_WORDS = re.compile(
    r"\s*(?:,\s*)?(?:did\s+|had\s+|managed\s+|got\s+|won\s+)?(?:[^.;:!?\n]{0,25}?\b(?:ago|"
    r"earlier|before|previously|last\s+time|for\s+the\s+first\s+time|since|ever|record)\b|"
    r"in\s+(?:every|each|all|most|any)\b)"
)
#: the same read in the typed text: a year, a second party, a seat, or a place the tagger did
#: not type as an area ("in the Eastern region": not the UK's)
_VERSUS_TAGS = _expand(
    r"\s*(?:,\s*)?(?:(?:in\s+)?{Y}|and\s+(?:the\s+)?{WHO}|(?:in|at)\s+(?:the\s+)?{S}|"
    r"(?:in|across|throughout)\s+(?!(?:the\s+)?{A})(?!(?:the\s+)?(?:region|nation|capital|"
    r"province|country|uk|whole)\b))"
)
_VERSUS_HEAD = (
    r"(?P<who>{WHO})(?:,[^,.;:!?\n]{1,40},)?\s+(?:still\s+|actually\s+|also\s+|even\s+|again\s+"
    r"|now\s+)?"
)


@rule(
    _VERSUS_HEAD + r"(?:won|took|polled|had|has|have|got|gained|secured|received|attracted)\s+"
    r"(?P<cmp>more|fewer|less)\s+(?P<what>seats|mps|votes)\s+than\s+(?:did\s+)?(?:the\s+)?"
    r"(?P<o>{WHO})",
    _VERSUS_HEAD + r"(?:won|took|polled|had|got|secured|received)\s+a\s+(?P<cmp>bigger|larger|"
    r"higher|smaller|lower)\s+(?P<what>share)(?:\s+of\s+the\s+(?:vote|votes|poll))?\s+than\s+"
    r"(?:did\s+)?(?:the\s+)?(?P<o>{WHO})",
    _VERSUS_HEAD + r"(?P<cmp>outpolled|out-polled|outvoted|out-voted)\s+(?:the\s+)?(?P<o>{WHO})",
    name="versus",
    needs="than|outpoll|out-poll|outvot|out-vot",
    priority=45,
)
def _versus(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """Two parties compared in an area, by seats, votes or share; the area is the one the
    sentence names (or carries from before, "in the region"), else the UK. A comparison
    with another election, a record, a pair or a seat is left to other frames (unread)."""
    who, o = ctx.first(m, "who", "party"), ctx.first(m, "o", "party")
    if who is None or o is None:
        return None  # a person compared: a seat's figures, not an area's
    if _VERSUS_TAGS.match(ctx.doc.typed, m.end()) or _VERSUS_WORDS.match(ctx.doc.folded, m.end()):
        return None  # (the words read in the folded text: "two years ago" is typed as a date)
    cmp = m.group("cmp").replace("-", "")
    what = m.group("what") if m.groupdict().get("what") else "votes"
    metric = {"mps": "seats"}.get(what, what)
    comparator = "lt" if cmp in ("fewer", "less", "smaller", "lower") else "gt"
    areas = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "area")
    if ctx.doc.tags_in(ctx.clause_start(m.start()), ctx.clause_break(m.end()), "seat"):
        return None  # "P polled more votes than Q in S": a seat's result
    if len({t.ref["name"] for t in areas}) == 1:
        from psephos.claims.extract.patterns import named_area

        scope = named_area(areas[0])
    elif areas:
        return None  # several areas: which one is the comparison's is not known
    else:
        scope = ctx.carried_area(m.start(), m.end()) or Scope(level="uk", how="no area named")
    f = ctx.frame(
        "versus",
        ctx.subject_of(who, "the first party compared"),
        other=ctx.subject_of(o, "the party it is compared with"),
        scope=scope,
        comparator=comparator,
        metric=metric,
        notes=[f"'{m.group('cmp')} {what} than': {metric}, {comparator}"],
    )
    return ctx.draft(m, f, rule_name="versus", span=(who.start, m.end()))


# --- members returned unopposed -------------------------------------------------------------


@rule(
    r"(?:\bone\s+of\s+)?{Q}(?P<n>{N})\s+(?:(?:mps|members|seats|candidates)\s+)?"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:returned|elected)\s+"
    r"(?:unopposed|without\s+(?:a\s+)?contests?)\b",
    name="unopposed_count",
    needs="unopposed|without\\s+(?:a\\s+)?contest",
    priority=45,
)
def _unopposed_count(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Forty MPs were returned unopposed", "one of 32 MPs returned without a contest": the
    members returned unopposed at the election (in the nation the sentence names)."""
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    areas = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "area")
    if len({t.ref["name"] for t in areas}) > 1:
        return None
    from psephos.claims.extract.patterns import named_area

    scope = named_area(areas[0]) if areas else Scope(level="uk", how="no area named")
    f = ctx.frame(
        "unopposed",
        Subject("parliament", how="members returned unopposed"),
        scope=scope,
        number=n,
        unit="seats",
        notes=["members returned unopposed (a two-member seat counts two)"],
    )
    return ctx.draft(m, f, n, rule_name="unopposed_count")
