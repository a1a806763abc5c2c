"""Round 11 (REAL11): classes of phrasing no frame matched on the fifth held-out set of
published coverage (docs/claims.md, "Round 11: real11").

- ``seats_total_after``: a party's seat total said after a clause about its gains or its
  wins, as an apposition or a participle ("In Wales Labour gained seats, taking its total to
  27", "the SNP won all but three seats in Scotland, a total of 56 seats", "bringing their
  tally to 72 MPs"): the party's seats in the sentence's one area (else the UK) at the
  election the sentence is about.
- ``votes_separated``: a seat's majority said as the gap between the first two ("Just 2 votes
  separated the winner and the runner-up in North East Fife", "the winner and runner-up
  were separated by 149 votes").
- ``left_with_mps``: a party "left with (just) N MP(s)" in an area: its seats there.
- ``n_vote_party_majority``: "overturned a 9,668 vote Labour majority": the party's majority
  in the seat (at the election before when overturned or defended).
- ``count_won_by_share``: "67 seats were won by a margin of 5% or less of the votes cast",
  "12 seats were won with majorities of less than 1% of valid votes cast": the seats whose
  majority over the valid votes (``majority_share``) is beyond the bound, counted.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.frame import Scope, Subject

#: a count of seats, not a share or votes
_NOT_SHARE = r"(?!\s*(?:per\s*cent|percent|%|points|votes|percentage|years?\b|[.,]\d))"


def _party_seats(ctx: Ctx, m: re.Match[str], note: str) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    who = ctx.first(m, "p", "party") if m.groupdict().get("p") else None
    subj = (
        ctx.subject_of(who, "named with the total")
        if who is not None
        else ctx.subject_before(m.start() + 1, "party")
    )
    if subj is None or not subj.party:
        return None
    scope = ctx.only_area() or Scope(level="uk", how="no area named: the UK")
    f = ctx.frame("seats", subj, scope=scope, number=n, unit="seats", notes=[note])
    return ctx.draft(m, f, n, rule_name="round11_seats_total")


@rule(
    r"(?:,|\band)\s+(?:so\s+)?(?:taking|bringing|lifting|raising|pushing|reducing|cutting)\s+"
    r"(?:its|their|the\s+party's)\s+(?:total|tally|number\s+of\s+(?:seats|mps))\s+to\s+"
    r"(?:just\s+|only\s+)?{Q}(?P<n>{N})(?:\s+(?:seats|mps|members))?" + _NOT_SHARE,
    r",\s+(?:a|giving\s+(?:it|them)\s+a)\s+total\s+of\s+{Q}(?P<n>{N})\s+(?:seats|mps)\b",
    name="seats_total_after",
    needs="total|tally|number of",
    priority=45,
)
def _seats_total_after(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour gained seats, taking its total to 27"; "won all but three seats in Scotland,
    a total of 56 seats": the party's seats, said after the clause on its gains or wins
    (the clause must speak of seats or gains, so "taking its total to 12,000 votes" and
    other totals are not read)."""
    head = ctx.doc.folded[ctx.sent.start : m.start()]
    if not re.search(r"\b(?:seats?|mps?|gain(?:ed|s)?|won|took|lost)\b", head):
        return None
    return _party_seats(ctx, m, "a seat total said after the clause on the party's gains")


@rule(
    r"\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+left\s+with\s+(?:just\s+|only\s+|a\s+single\s+)?{Q}(?P<n>{N})\s+"
    r"(?:mps?|seats?|members?)\b",
    name="left_with_mps",
    needs="left with",
    priority=45,
)
def _left_with(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour was left with just one MP in Scotland": the party's seats there."""
    return _party_seats(ctx, m, "'left with N MPs': the party's seats")


@rule(
    r"(?:\b(?:just|only|a\s+mere)\s+)?{Q}(?P<n>{N})\s+votes?\s+separated\s+the\s+winner\s+and\s+"
    r"(?:the\s+)?runner-?\s?up(?:\s+in\s+(?:the\s+)?(?P<s>{S}))?",
    r"\bthe\s+winner\s+and\s+(?:the\s+)?runner-?\s?up(?:\s+in\s+(?:the\s+)?(?P<s>{S}))?\s+"
    r"(?:were|was)\s+separated\s+by\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+votes?\b",
    name="votes_separated",
    needs="separated",
    priority=45,
)
def _votes_separated(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Just 2 votes separated the winner and the runner-up in North East Fife": the seat's
    majority (first less second)."""
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    s = ctx.tag(m, "s") if m.groupdict().get("s") else None
    scope = (
        ctx.seat_scope_of(s, "named in the claim")
        if s is not None
        else ctx.seat_near(m.start(), back=True)
    )
    f = ctx.frame(
        "majority",
        Subject("seat", how="the seat's winner"),
        scope=scope or Scope(level="seat"),
        number=n,
        unit="votes",
        notes=["the votes separating the winner and the runner-up: the majority"],
    )
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return ctx.draft(m, f, n, rule_name="round11_votes_separated")


@rule(
    r"{Q}(?P<n>{N})\s+(?:(?P<p>{P})\s+)?(?:seats|constituencies|mps)\s+(?:were|was|had\s+been)\s+"
    r"won\s+(?:with\s+majorities|by\s+(?:a\s+)?margins?)\s+of\s+(?P<cmp>less\s+than|under|below|"
    r"more\s+than|over|above)?\s*(?P<t>{PCT})(?P<orless>\s+or\s+(?:less|under|more|over))?"
    r"(?:\s+of\s+(?:the\s+)?(?:valid\s+)?votes?(?:\s+cast)?)?",
    name="count_won_by_share",
    needs="won with majorities|won by",
    priority=13,
)
def _count_won_by_share(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "67 seats were won by a margin of 5% or less of the votes cast", "12 seats were won
    with majorities of less than 1% of valid votes cast": the seats in scope whose majority
    as a share of the valid votes (``majority_share``) is beyond the bound, counted."""
    n, t = ctx.num(m), ctx.num(m, "t")
    if n is None or n.kind != "num" or n.q is None or t is None or t.q is None:
        return None
    if n.q.value is None or not float(n.q.value).is_integer() or t.q.value is None:
        return None
    cmp = " ".join((m.group("cmp") or "").split())
    tail = " ".join((m.group("orless") or "").split())
    if cmp and tail:
        return None
    if cmp in ("less than", "under", "below"):
        op = "<"
    elif cmp in ("more than", "over", "above"):
        op = ">"
    elif tail in ("or less", "or under"):
        op = "<="
    elif tail in ("or more", "or over"):
        op = ">="
    else:
        return None
    subj = None
    if m.group("p"):
        pt = ctx.first(m, "p", "party")
        subj = ctx.subject_before(pt.end, "party") if pt is not None else None
        if subj is None or not subj.party:
            return None
    cond = [f"majority_share{op}{float(t.q.value) / 100:g}"]
    if subj is not None:
        cond.append(f"winner={subj.party}")
    from psephos.claims.extract.patterns import uk_default

    f = ctx.frame(
        "count_seats",
        subj or Subject("parliament", how="every seat in scope"),
        scope=ctx.only_area() or uk_default(),
        condition=cond,
        number=n,
        unit="seats",
        notes=[
            "a count of the seats whose majority, as a share of the valid votes, is beyond "
            "the bound"
        ],
    )
    return ctx.draft(m, f, n, t, rule_name="count_won_by_share")


@rule(
    r"\b(?P<v>overturn(?:ed|ing|s)?|overc(?:ame|oming|omes)|wip(?:ed|ing|es)\s+out|"
    r"revers(?:ed|ing|es)|defend(?:ed|ing|s)?|held|hold(?:ing|s)?|had|has|have|with)\s+"
    r"(?:a|an|the)\s+{Q}(?P<n>{N})(?:-|\s+)votes?\s+(?P<who>{P})\s+majority"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?P<s>{S}))?",
    name="n_vote_party_majority",
    needs="vote",
    priority=44,
)
def _n_vote_party_majority(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Galloway overturned a 9,668 vote Labour majority", "defending a 19,600-vote
    Conservative majority": the party's majority in the seat, at the election before when
    it is overturned or defended (else at the election the sentence is about)."""
    from psephos.claims.extract.round10_found import _majority

    previous = bool(re.match(r"overturn|overc|wip|revers|defend", " ".join(m.group("v").split())))
    after = ctx.doc.folded[m.end() : min(ctx.sent.end, m.end() + 40)]
    if re.match(r"\s*(?:at|in|from)\s+the\s+(?:19|20)\d\d\b", after):
        previous = False  # "... majority at the 2019 general election": dated by its own year
    return _majority(ctx, m, "'a N-vote PARTY majority': the party's majority", previous=previous)
