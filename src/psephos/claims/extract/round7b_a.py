"""Round 7b (WRONG-A): sentence-level checks for classes of true claims the ninth held-out
batch saw called false (docs/claims.md, "Ninth held-out batch, WRONG-A").

- :func:`majority_year`: "his 267-vote majority of 2005", "her 2017 majority of 3,000": a
  year right after "majority of N ... of" (or right before "majority") dates the majority.
- :func:`earlier_cue`: "Labour's previous majority of 3,280", "who had been defending the
  smallest majority", "On the notional figures ... had a majority of 6,629": words that put a
  seat's majority before the story's election. The frame keeps the story's election and
  gets the note :data:`EARLIER_NOTE`; evaluation (:mod:`psephos.claims.evaluate_round7b_a`)
  reads it again at the election before when the story's reading is false.
- :func:`indefinite_party`: "the last election at which a party or alliance won more than
  half of all the votes": a party said indefinitely ("a party", "any party", "no single
  party") is not the story's party a pronoun points at: the subject is unresolved.
- :func:`lost_since`: "the first time Labour had lost the seat since 1935": a first since a
  year said of a LOSS is outcome ``lost``, not a win.
- :func:`_census_are` (a rule): "Hampstead and Highgate, where 8.6 per cent are Jewish",
  "more than 12 per cent are Muslim": a percentage said to BE a census group is that group's
  census share (the rule family had only the "one in ten is Jewish" form).
- :func:`unknown_ranking_area`: "the smallest majority in the city": a superlative ranked in
  a place the checker cannot name (the city, the town, the county, the borough) is not a
  national ranking: its scope is unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from psephos.claims.extract.census_phrasings import settle as census_settle
from psephos.claims.extract.patterns import Draft, rule
from psephos.claims.frame import NO_AREA_IN_STORY, NO_AREA_NAMED

if TYPE_CHECKING:
    from psephos.claims.extract.patterns import Ctx

#: the note a frame said of an earlier time carries (read by evaluate_round7b_a)
EARLIER_NOTE = "earlier reading: the words put the figure before the story's election"
#: the note of a frame whose earlier time is the notional result on the new boundaries
NOTIONAL_NOTE = "earlier reading: the notional result on the new boundaries"

#: general election years (a year dating a majority must be one)
_YEARS = frozenset(
    (1918, 1922, 1923, 1924, 1929, 1931, 1935, 1945, 1950, 1951, 1955, 1959, 1964, 1966)
    + (1970, 1974, 1979, 1983, 1987, 1992, 1997, 2001, 2005, 2010, 2015, 2017, 2019, 2024)
)
#: "... majority of 2005" (not "of 2005 votes"), right after the claim
_OF_YEAR = re.compile(
    r"\s+(?:at\s+the\s+election\s+)?of\s+((?:19|20)\d\d)\b(?!\s*(?:votes?|,\d|\d))"
)
#: "his 2017 majority", "Labour's 2019 majority": the year right before the noun
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s+majority\s*$")
#: words that put a majority before the story's election, in the claim's clause
_PRIOR_WORD = re.compile(r"\b(?:previous|former|old|earlier|outgoing|inherited)\s+majority\b")
#: a past perfect in the claim's clause: "had been defending", "had held ... by", "had had"
_PAST_PERFECT = re.compile(
    r"\b(?:had|'d)\s+(?:been\s+(?:defending|sitting\s+on|holding|clinging\s+to)|"
    r"held|had|won|defended|taken|enjoyed)\b"
)
#: "on the notional figures", "notionally", "on the new boundaries" before the claim
_NOTIONAL = re.compile(r"\bnotional(?:ly)?\b|\bon\s+the\s+new\s+boundaries\b")
#: a clause break before the claim (the cue must be in the claim's own clause)
_BREAK = re.compile(r"[.;:!?]|,\s*(?:but|while|whereas|and)\b")
#: measures a seat's earlier figure can be read again for
_EARLIER_MEASURES = ("majority", "superlative", "rank")
#: a party said indefinitely
_INDEFINITE = re.compile(
    r"\b(?:a|any|no|one|either|neither|another)\s+(?:single\s+|other\s+|one\s+)?"
    r"(?:party|alliance|coalition|grouping)\b"
)
#: measures whose frames read "any party" themselves (a record or ranking over the parties)
_QUANTIFIED = ("record", "superlative", "rank", "first_since", "count_seats")
#: a loss in a first-since claim: "the first time Labour had lost the seat since 1935"
_LOST = re.compile(r"\b(?:lost|been\s+defeated|been\s+beaten|failed\s+to\s+(?:hold|win))\b")
#: a place a superlative ranks in that names no area the checker knows
_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|across|of)\s+the\s+(?:city|town|county|borough|district|conurbation|"
    r"metropolis|shire)\b"
)


def run(ctx: Ctx) -> None:
    """Every check of this module on the sentence's drafts (in place)."""
    majority_year(ctx)
    earlier_cue(ctx)
    indefinite_party(ctx)
    lost_since(ctx)
    unknown_ranking_area(ctx)
    census_settle(ctx)  # census shares not one seat's, a share carried (round 8)


def _clause_start(ctx: Ctx, pos: int) -> int:
    """The start of the clause ``pos`` is in (after the last break of the sentence)."""
    lo = ctx.sent.start
    last = lo
    for m in _BREAK.finditer(ctx.doc.folded, lo, pos):
        last = m.end()
    return last


def majority_year(ctx: Ctx) -> None:
    """A seat majority dated by a year said with it ("his 267-vote majority of 2005", "her
    2017 majority of 3,000") is that year's, not the story's."""
    folded = ctx.doc.folded
    for d in ctx.drafts:
        f = d.frame
        if f.measure != "majority" or f.election is not None:
            continue
        m = _OF_YEAR.match(folded, d.end, min(ctx.sent.end, d.end + 30))
        b = _YEAR_BEFORE.search(folded, max(ctx.sent.start, d.start - 12), d.end)
        if b is not None and not re.search(r"\d", folded[b.end() : d.end]):
            b = None  # the year must come before a stated figure
        hit = m or b
        if hit is None or int(hit.group(1)) not in _YEARS:
            continue
        f.election = hit.group(1)
        f.notes.append(f"'{hit.group().strip()}': the majority at {hit.group(1)}")


def earlier_cue(ctx: Ctx) -> None:
    """Mark a seat majority (or a ranking of majorities) whose own clause puts it before
    the story's election: "previous/former/old majority", a past perfect ("had been
    defending", "had held it by"), or "on the notional figures"."""
    folded = ctx.doc.folded
    for d in ctx.drafts:
        f = d.frame
        if f.measure not in _EARLIER_MEASURES or f.election is not None:
            continue
        if f.measure != "majority" and f.metric != "majority":
            continue
        if any(n.startswith("earlier reading:") for n in f.notes):
            continue
        lo = _clause_start(ctx, d.start)
        # a relative clause closed before the claim has a time of its own ("X, which Labour
        # had won by 20 votes two years earlier, went back to the Conservatives by 150")
        closed = [c for c in ctx.clauses(d.start) if c[1] <= d.start]
        if _own(closed, _NOTIONAL.finditer(folded, ctx.sent.start, d.start)):
            f.notes.append(NOTIONAL_NOTE)
        elif _own(closed, _PRIOR_WORD.finditer(folded, lo, d.end)) or _own(
            closed, _PAST_PERFECT.finditer(folded, lo, d.end)
        ):
            f.notes.append(EARLIER_NOTE)


def _own(closed: list[tuple[int, int]], hits: Iterator[re.Match[str]]) -> bool:
    """Whether a hit lies outside the clauses ``closed`` (the claim's own clause)."""
    return any(not any(a <= m.start() < b for a, b in closed) for m in hits)


def indefinite_party(ctx: Ctx) -> None:
    """A claim whose party was taken from a pronoun or the story's topic, in a clause that
    says the party indefinitely ("at which a party or alliance won more than half", "no
    single party has won"): the subject is not that party."""
    from psephos.claims.evaluate_guard import inferred_slots

    folded = ctx.doc.folded
    for d in ctx.drafts:
        f = d.frame
        if f.subject.kind != "party" or "subject" not in inferred_slots(f):
            continue
        if f.measure in _QUANTIFIED:
            continue  # "the most seats any party had won since 1931": the record's own range
        lo = max(_clause_start(ctx, d.start), d.start - 60)
        if _INDEFINITE.search(folded, lo, d.start):
            f.unresolved.append(
                "subject: the claim is said of a party indefinitely ('a party', 'any party'), "
                "not of the party a pronoun points at"
            )


def lost_since(ctx: Ctx) -> None:
    """ "the first time Labour had lost the seat since 1935": the first since a year is a
    loss (outcome ``lost``), read by evaluate_round7b_a against the seat's winners."""
    folded = ctx.doc.folded
    for d in ctx.drafts:
        f = d.frame
        if f.measure != "first_since" or f.outcome != "won" or f.since_year is None:
            continue
        if f.scope.level != "seat":
            continue
        text = folded[d.start : d.end]
        first = text.find("first")
        since = text.rfind("since")
        if first < 0 or since < first or not _LOST.search(text, first, since):
            continue
        f.outcome = "lost"
        f.notes.append("'first time P lost ... since Y': a loss, not a win")


def unknown_ranking_area(ctx: Ctx) -> None:
    """A superlative or rank whose area was defaulted to every seat, said "in the city" (a
    place the checker cannot name): the scope is unresolved, not the whole country."""
    folded = ctx.doc.folded
    for d in ctx.drafts:
        f = d.frame
        if f.measure not in ("superlative", "rank") or f.scope.level not in ("uk", "gb"):
            continue
        if f.scope.how not in (NO_AREA_NAMED, NO_AREA_IN_STORY):
            continue
        m = _UNKNOWN_PLACE.search(folded, d.start, min(ctx.sent.end, d.end + 4))
        if m is None:
            continue
        f.unresolved.append(
            f"scope: '{m.group().strip()}' is a place the checker cannot name, not the country"
        )


@rule(
    r"(?P<n>{PCT})\s+(?:of\s+(?:them|those)\s+)?(?:is|are|was|were)\s+(?P<g>{G})",
    priority=30,
    name="census_share_are",
    needs="[\ue005\ue007\ue008]",
)
def _census_are(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "where 8.6 per cent are Jewish": the census share of the group (read as the census
    family reads "one in ten is Jewish")."""
    from psephos.claims.extract.ranks import _census

    got = _census(ctx, m)
    return got if isinstance(got, Draft) or got is None else None
