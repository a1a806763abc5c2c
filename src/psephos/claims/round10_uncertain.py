"""Round 10 (UNCERTAIN): true claims about the story's own area left ``uncertain``.

Round 9 reads a party's figure said with no area ("Labour took 35.3 per cent of the vote")
for the story's own nation or region when the UK reading leaves it ``uncertain``
(:mod:`psephos.claims.evaluate_round9`). It leaves a claim alone when its *sentence* has a
national word, so that "nationally Labour took 33.7 per cent" is never read for the region.
Two classes of sentence tripped that test although the claim itself is the area's:

- **a national figure given as the contrast**: "Labour took 35.3 per cent of the vote in the
  region, above its 33.7 per cent across the UK, while Reform's 18.9 per cent was more than
  four points above its national share"; "The Conservatives and Labour took 74.7 per cent
  between them, against 67.3 per cent across the UK". The national words belong to the
  figure the claim is compared with (after "against", "above", "below", "than", "compared
  with", ...) or to another clause (before "while", "whereas", ";"), not to the claim;
- **a party whose name holds "UK"**: "Reform UK's 19.9 per cent of the regional vote" is not
  a UK figure because the party is Reform UK.

This pass reads such claims for the story's area with round 9's own reading
(``_read_in_area``: the same frame, the area's scope, evaluated by the same metric
functions), so a claim true there is ``supported``, with the reading named; one false there
too is ``contradicted`` only on round 9's terms (a tight figure, a named party, false for the
UK and every other nation and region); anything else stays as it was.

It reads **a party's open figure false only for the UK** ("Labour's share fell by more
than eight points" in a story on the East of England, -7.9 for the UK, -8.3 there) for the
story's area too: the guard tries no other area for an open figure, so it stood as false
and round 9 (which reads ``uncertain`` claims) never read it. True for the area, it is
``supported``; otherwise it stays as it was.

It also reads **the turnout** said with no area ("Turnout was 66.0 per cent, up 4.3 points")
in a story about one nation or region for that area, the turnout class round 9 did not take
(its subject is the election, not a party). A turnout is only ever ``supported`` this way:
a figure false for the area is left ``uncertain`` (a regional paper may quote the UK's
turnout, which the UK reading has already decided).

Before those, :func:`seat_votes` reads **a party's votes said with its place in a seat**
("The Liberal Democrats finished sixth with 1,004 votes") for the seat and election of that
place, not for the party across the UK.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from psephos.claims import evaluate_round9 as r9
from psephos.claims.model import CheckedClaim, Mention

#: the words that introduce the figure a claim is compared with, or another clause: a
#: national word after them is that figure's or that clause's, not the claim's
_CONTRAST = re.compile(
    r"\b(?:against|above|below|behind|ahead of|than|compared (?:with|to)|beside|"
    r"versus|vs|while|whereas|but|up from|down from)\b|,\s+and\b|;|:|\u2014|\s-\s",
    re.I,
)
#: turnout measures said of the election as a whole (subject "parliament")
_TURNOUT = "turnout"


def review(
    con: Any,
    text: str,
    checked: Sequence[CheckedClaim],
    mentions: Sequence[Mention],
    story_election: str | None,
    reread: r9.Reread,
) -> list[CheckedClaim]:
    """``checked`` with the claims of the module's classes read for the story's area."""
    checked = seat_votes(text, checked, reread)
    todo = [i for i, c in enumerate(checked) if _contrasted(c) or _turnout(c) or _false_for_uk(c)]
    if not todo:
        return list(checked)
    area = r9.story_area(con, text, mentions, story_election)
    if area is None:
        return list(checked)
    seats = [m for m in mentions if m.kind == "seat"]
    parties = [m for m in mentions if m.kind == "party"]
    out = list(checked)
    for i in todo:
        c = out[i]
        if elsewhere(text, c, area, seats, parties):
            continue
        if _turnout(c) or _false_for_uk(c):
            out[i] = _supported_in_area(c, area, reread)
            continue
        f = c.claim.frame
        if f is not None and f.measure in r9.RANKINGS and not r9._seat_in(con, f, area):
            continue
        if not r9._elsewhere(text, c, area, seats):
            continue  # round 9 read it already
        out[i] = r9._read_in_area(con, c, area, reread, r9._says_region(text, c))
    return out


def _contrasted(c: CheckedClaim) -> bool:
    """A claim of round 9's kind (a party's figure, a seat's place, read for the UK and
    left ``uncertain``), or a party's figure read for the UK because of a national word
    the sentence has elsewhere (``'the UK' in the claim``: checked by :func:`elsewhere`)."""
    if r9._candidate(c):
        return True
    f = c.claim.frame
    if c.verdict != "uncertain" or f is None or f.measure not in r9.MEASURES:
        return False
    if f.subject.kind != "party" or not f.subject.party or f.unresolved:
        return False
    if f.scope.level != "uk" or f.scope.where or not f.election or f.stated is None:
        return False
    return _national_word(f.scope.how or "") is not None


def _national_word(how: str) -> str | None:
    """The national words extraction read the UK scope from (``'the UK' in the claim``)."""
    m = re.match(r"'([^']+)' in the claim", how)
    return m.group(1) if m and r9._ELSEWHERE.search(m.group(1)) else None


def _turnout(c: CheckedClaim) -> bool:
    """A turnout, or a change in it, said of the election with no area and left
    ``uncertain`` for the UK."""
    from psephos.claims.evaluate_guard import _default_scope

    f = c.claim.frame
    if c.verdict != "uncertain" or f is None or f.unresolved or f.stated is None:
        return False
    if f.subject.kind != "parliament" or not f.election or not _default_scope(f):
        return False
    return f.measure == _TURNOUT or (f.measure == "change" and f.metric == _TURNOUT)


def _false_for_uk(c: CheckedClaim) -> bool:
    """A party's open figure ("fell by more than eight points") read for the UK because the
    sentence names no area, and false there: the guard tries no other area for an open
    figure, so round 9 (which reads ``uncertain`` claims) never reads it for the story's."""
    from psephos.claims.evaluate_guard import _default_scope

    f = c.claim.frame
    if c.verdict != "contradicted" or f is None or f.measure not in r9.MEASURES:
        return False
    if f.subject.kind != "party" or not f.subject.party or f.unresolved:
        return False
    return _default_scope(f) and bool(f.election) and f.stated is not None


def _supported_in_area(c: CheckedClaim, area: r9.StoryArea, reread: r9.Reread) -> CheckedClaim:
    f = c.claim.frame
    if f is None:
        return c
    got = reread(c, dataclasses.replace(f, scope=area.scope()))
    if got.verdict != "supported":
        return c
    return dataclasses.replace(
        got,
        explanation=(
            f"Read for {area.name}, the story's area ({area.how}): {got.explanation} "
            f"(For the UK: {c.explanation})"
        ),
    )


def elsewhere(
    text: str,
    c: CheckedClaim,
    area: r9.StoryArea,
    seats: Sequence[Mention],
    parties: Sequence[Mention],
) -> bool:
    """Whether the claim's own words put it outside the story's area: a national word or
    another nation or region in its sentence, not counting words inside a party's name
    ("Reform UK"), words after a contrast that follows the claim ("above its 33.7 per cent
    across the UK"), or words before a contrast or clause break that precedes it ("... across
    the UK, while Reform's 18.9 per cent")."""
    lo = text.rfind("\n", 0, c.claim.start) + 1
    hi = text.find("\n", c.claim.end)
    hi = hi if hi >= 0 else len(text)
    a, b = r9._sentence(text[lo:hi], c.claim.start - lo, c.claim.end - lo)
    start, end = lo + a, lo + b
    before = [m.end() for m in _CONTRAST.finditer(text, start, c.claim.start)]
    if before:
        start = before[-1]
    after = _CONTRAST.search(text, c.claim.end, end)
    if after is not None:
        end = after.start()
    word = _national_word((c.claim.frame.scope.how or "") if c.claim.frame else "")
    if word is not None and text.lower().find(word.lower(), start, end) >= 0:
        return True  # the scope's own words are the claim's
    names = [(p.start, p.end) for p in parties]
    for m in r9._ELSEWHERE.finditer(text, start, end):
        if not any(s <= m.start() < e for s, e in names):
            return True
    return any(name != area.name for _, name in r9._areas_in(text, start, end, seats))


# --- a party's votes said with its place in a seat ------------------------------------------

#: the sibling measures that put a party in one seat at one election
_SEAT_SIBLINGS = {"placing", "outcome", "share", "majority"}


def seat_votes(text: str, checked: Sequence[CheckedClaim], reread: r9.Reread) -> list[CheckedClaim]:
    """**A party's votes said with its place in a seat.** "The Liberal Democrats finished
    sixth with 1,004 votes", "Labour, with 622 votes, trailed in fourth": the place is read
    for the seat the paragraph is about (and its election, a by-election), but the votes,
    with no seat of their own, for the party across the UK at the story's election, where
    the figure is thousands of times too small and left ``uncertain``. The votes are read
    again with the seat and election of a sibling claim in the same sentence about the same
    party (its place, outcome, share or majority there): ``supported`` when that is the
    party's vote in the seat; otherwise left as it was (never called false this way)."""
    from psephos.claims.evaluate_guard import _default_scope

    out = list(checked)
    for i, c in enumerate(checked):
        f = c.claim.frame
        if c.verdict != "uncertain" or f is None or f.measure != "votes" or f.unresolved:
            continue
        if f.subject.kind != "party" or not f.subject.party or not _default_scope(f):
            continue
        if f.stated is None or f.comparator != "eq":
            continue
        lo, hi = _sentence_span(text, c.claim.start, c.claim.end)
        for s in checked:
            g = s.claim.frame
            if s is c or g is None or g.measure not in _SEAT_SIBLINGS or not g.election:
                continue
            if not (lo <= s.claim.start < hi) or g.scope.level != "seat" or not g.scope.seat:
                continue
            party = g.subject.party or (g.subject.candidate or {}).get("party")
            if party != f.subject.party:
                continue
            got = reread(c, dataclasses.replace(f, scope=g.scope, election=g.election))
            if got.verdict == "supported":
                out[i] = dataclasses.replace(
                    got,
                    explanation=(
                        f"Read for {g.scope.name or 'the seat'} at {g.election}, where the "
                        f"same sentence places {party} ('{s.claim.text}'): {got.explanation} "
                        f"(For the UK: {c.explanation})"
                    ),
                )
                break
    return out


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = hi if hi >= 0 else len(text)
    a, b = r9._sentence(text[lo:hi], start - lo, end - lo)
    return lo + a, lo + b
