"""Round 11 (UNCERTAIN11): true claims found but left ``uncertain``.

Extraction gives some frames no subject ("no party, person or seat found for this claim"),
the wrong seat (the last one named, when the sentence names its member) or the wrong
election (a majority the words put before), and the evaluator then answers ``uncertain``.
This pass reads such claims again with the subject, seat or election the sentence gives,
and only ever makes them ``supported`` (a reading that does not hold leaves the claim as it
was: a subject picked here is an inference, never grounds to call a claim false). One
reading also stops a wrong "false": a majority called false for the last seat named when
the member the sentence names stood elsewhere (:func:`_member_elsewhere`).

- **A superlative said of the seat the sentence names.** "Liam Byrne's majority of 28,655
  in Hodge Hill was the biggest in the region", "Conwy, where Labour won by 1,596, was the
  tightest result in Wales", "the closest contest in Yorkshire was next door in Sheffield
  Central", "Richard Tice took more than 10,000 votes there, ... the Brexit Party's best
  share in the region": the superlative's frame has its metric and area but no seat. The
  seat is the one the sentence names, by its name or by its member or candidate (that
  person's seat at the claim's election). Read only when the sentence points to exactly
  one seat, so that "X, not Y, was the closest" never borrows the wrong one.
- **A member's majority multiplied.** "Amanda Milling's majority in Cannock Chase, 19,879,
  was more than double the 8,391 she had", "Lilian Greenwood almost quadrupled hers",
  "Natalie Elphicke nearly doubled her husband's majority", "Kevin Foster's more than
  quadrupled to 14,283", "Jim Murphy more than doubled Labour's majority": the ratio rule
  reads a multiple of the person's share (or votes) when the word it multiplies is the
  majority said elsewhere in the sentence, and finds no party. The claim is read as the
  move of the majority in that person's seat against the election before, as extraction
  reads "her majority more than doubled" (a change of more than 100 per cent).
- **A member's majority read for another seat or the wrong election.** "David Mundell,
  now the only Conservative MP in Scotland, held on by 798", "Liam Byrne's majority of
  23,362 was the largest in the region": the sentence names no seat, so the majority was
  read for the last seat named before, not the one the member stood in at that election;
  it is read again for the member's own seat. "Labour's Debbie Abrahams turned a majority
  of just 103 into 3,558", "Sally-Ann Hart turned Amber Rudd's 346-vote majority in
  Hastings and Rye into 4,043", "taking her 2015 majority of 428 to 5,376", "Albert Owen,
  who scraped home by 229 votes last time": the words put the majority at the election
  before (turned ... into, overturned, last time, previously, years ago, had, from N, the
  earlier election's year, "more than doubling"), where it is read for the seat (the
  member's seat then, else the seat read).
- **"N votes behind P" read as the party's votes.** "Its nearest miss was Llanelli, where
  it finished 1,504 votes behind Labour", "Hornchurch and Upminster, where it finished
  1,943 votes behind": with a pronoun for the party, extraction read the party's votes, a
  figure far from N. The figure is the gap between the two (a margin, as extraction reads
  "Reform finished 1,504 votes behind Labour"), read for the same party and seat.
- **A seat's figure read for the last seat named, when the sentence points to another.**
  "Albert Owen, who scraped home by 229 votes last time, won by more than 5,000, with
  Plaid Cymru pushed into third", "Albert Owen increased Labour's majority on Anglesey,
  with Plaid Cymru second": the sentence names no seat extraction knows, so the place (or
  share, votes, majority) was read for the last seat named before; the one seat the
  sentence points to (by a seat's name or its member's) is read instead.
- **A by-election winner's figures read at the general election.** "Jim McMahon won by
  10,722, with 62.1 per cent of the vote", "Janet Daby won with 50.2 per cent", "She
  took 44.3 per cent of the vote" (Trudy Harrison at Copeland): the story's election is a
  general one, where the person did not stand or polled otherwise. The person's one
  by-election in the store is read instead (their seat there).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from psephos.claims import evaluate_round9 as r9
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import CheckedClaim, Mention, Stated

#: the reason extraction gives for a frame with no subject
NO_SUBJECT = "subject: no party, person or seat found for this claim"
#: the ranking measures read with the sentence's seat as subject
_RANKINGS = ("superlative", "rank")


def review(
    con: Any,
    text: str,
    checked: Sequence[CheckedClaim],
    mentions: Sequence[Mention],
    reread: r9.Reread,
    story: object = None,
) -> list[CheckedClaim]:
    """``checked`` with the module's classes read with the subject their sentence gives
    (``story``: the story's election, when known: a claim the words already date to another
    election is not moved back again)."""
    out = list(checked)
    for i, c in enumerate(checked):
        f = c.claim.frame
        if c.verdict != "uncertain" or f is None or not _no_subject(f):
            continue
        if f.measure in _RANKINGS and f.election:
            out[i] = _ranked_seat(con, text, c, f, mentions, reread)
    for i, c in enumerate(out):
        f = c.claim.frame
        if c.verdict == "uncertain" and f is not None and f.measure == "ratio":
            out[i] = _majority_ratio(con, text, c, f, mentions, reread)
        elif c.verdict == "uncertain" and f is not None and _majority_or_its_move(f):
            out[i] = _member_majority(con, text, c, f, mentions, reread, story)
        elif c.verdict in ("uncertain", "contradicted") and f is not None and f.measure == "votes":
            out[i] = _votes_behind(text, c, f, mentions, reread)
        elif c.verdict == "contradicted" and f is not None and _majority_or_its_move(f):
            out[i] = _member_elsewhere(con, c, f, mentions, reread)
        if out[i].verdict in ("uncertain", "contradicted"):
            out[i] = _sentence_seat(con, text, out[i], mentions, reread)
        if out[i].verdict == "uncertain":
            out[i] = _by_election(con, out[i], mentions, reread)
    return out


def _if_supported(
    c: CheckedClaim, frame: Frame, reread: r9.Reread, why: str, first: bool = True
) -> CheckedClaim | None:
    """``c`` read again as ``frame``, when that reading supports it (its frame is the one
    later passes read; the explanation says ``why`` and, with ``first``, what the first
    reading found); None otherwise."""
    got = reread(c, frame)
    if got.verdict != "supported":
        return None
    said = f"{why}: {got.explanation}" + (f" (First read: {c.explanation})" if first else "")
    return dataclasses.replace(
        got, claim=dataclasses.replace(c.claim, frame=frame), explanation=said
    )


def _no_subject(f: Frame) -> bool:
    """Whether the frame's only want is a subject (other unresolved slots stay unread)."""
    return f.subject.kind == "parliament" and list(f.unresolved) == [NO_SUBJECT]


# --- a superlative said of the seat the sentence names ------------------------------------


def _ranked_seat(
    con: Any,
    text: str,
    c: CheckedClaim,
    f: Frame,
    mentions: Sequence[Mention],
    reread: r9.Reread,
) -> CheckedClaim:
    """The superlative read for the one seat its sentence names (else ``c`` unchanged).

    Not for a party's ranking ("the Conservatives' second-lowest share in the South East
    came in Oxford East"): the ranking reads every seat, those the party did not contest
    (0%, the Speaker's) among them, so its places are not the ones copy counts; and not
    when the claim's words hold a figure ("was 58.8 per cent, in Maldon"), which the
    ranking does not check (the merge's sweeps: tests/test_claims_sweep_ranks.py)."""
    if f.election is None or ":" in str(f.metric or "") or re.search(r"\d", c.claim.text):
        return c
    lo, hi = sentence_span(text, c.claim.start, c.claim.end)
    seats = sentence_seats(con, mentions, lo, hi, f.election)
    if len(seats) != 1:
        return c
    seat = seats[0]
    subject = Subject(
        kind="seat",
        text=str(seat.get("name") or ""),
        seat=seat,
        how="the one seat the sentence names (round 11)",
    )
    frame = dataclasses.replace(f, subject=subject, unresolved=[])
    why = f"Read for {seat.get('name') or 'the seat'}, the one seat the sentence names"
    return _if_supported(c, frame, reread, why, first=False) or c


def sentence_seats(
    con: Any, mentions: Sequence[Mention], lo: int, hi: int, election: str
) -> list[dict[str, Any]]:
    """The distinct seats named in ``text[lo:hi]`` at ``election``: a seat mention on that
    election's boundaries (by name at a 1918-2005 election), or a person mention's seat
    there (the seat they stood in; a name two candidates share gives two seats)."""
    from psephos.claims.reconsider import _boundary, _seat_at

    series = _boundary(election) is None
    found: dict[str, dict[str, Any]] = {}
    for m in mentions:
        if not (lo <= m.start < hi) or not m.resolved or not m.ref:
            continue
        if m.kind == "seat":
            if series:
                name = m.ref.get("name")
                if name:
                    found.setdefault(f"name:{str(name).lower()}", {"name": name})
                continue
            seat = _seat_at(m.ref, election)
            if seat is None:
                return []  # a seat of the sentence not on these boundaries: unsure
            found.setdefault(seat["ons_code"], seat)
        elif m.kind == "person" and not series:
            for cand in m.ref.get("candidacies") or []:
                if cand.get("election_id") != election or not cand.get("ons_code"):
                    continue
                code = str(cand["ons_code"])
                if code not in found:
                    found[code] = _seat_named(con, code, election)
    return list(found.values())


def _seat_named(con: Any, code: str, election: str) -> dict[str, Any]:
    from psephos.claims.reconsider import _boundary

    bs = _boundary(election)
    row = con.execute(
        "SELECT name FROM constituencies WHERE ons_code = ? LIMIT 1", [code]
    ).fetchone()
    return {
        "name": row[0] if row else code,
        "codes": {bs: code} if bs else {},
        "ons_code": code,
        "boundary_set": bs,
    }


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span of the sentence around ``text[start:end]``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = hi if hi >= 0 else len(text)
    a, b = r9._sentence(text[lo:hi], start - lo, end - lo)
    return lo + a, lo + b


# --- a member's majority multiplied ------------------------------------------------------

#: the nouns a ratio word can multiply, the majority among them
_METRIC_NOUN = re.compile(r"\b(majorit(?:y|ies)|share|votes?|seats|mps|tally|haul)\b", re.I)
#: the ratio words' factors, and the change in per cent each states
_FOLD = {"doubl": 2.0, "twice": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0}


def _majority_ratio(
    con: Any,
    text: str,
    c: CheckedClaim,
    f: Frame,
    mentions: Sequence[Mention],
    reread: r9.Reread,
) -> CheckedClaim:
    """A person's "more than doubled" whose noun is the majority, read as the move of the
    majority in their seat (else ``c`` unchanged)."""
    from psephos.claims.reconsider import _boundary

    if f.subject.kind != "candidate" or not f.election or _boundary(f.election) is None:
        return c
    code = _person_seat(f, mentions)
    if code is None:
        return c
    if f.stated is None or f.comparator not in ("eq", "gt", "nearly", "about"):
        return c
    words = c.claim.text.lower()
    factor = next((v for k, v in _FOLD.items() if k in words), None)
    if factor is None or abs(f.stated.value - factor) > 1e-9:
        return c
    lo, hi = sentence_span(text, c.claim.start, c.claim.end)
    after = _METRIC_NOUN.search(text, c.claim.end, min(hi, c.claim.end + 40))
    before = list(_METRIC_NOUN.finditer(text, lo, c.claim.start))
    noun = after or (before[-1] if before else None)
    if noun is None or not noun.group(1).lower().startswith("majorit"):
        return c
    pct = (factor - 1) * 100
    more, nearly = f.comparator == "gt", f.comparator == "nearly"
    stated = Stated(
        f.stated.text,
        pct,
        pct if more else pct * 0.75 if nearly else pct * 0.9,
        float("inf") if more else pct if nearly else pct * 1.1,
        f"'{f.stated.text}': a change of {'more than ' if more else 'almost ' if nearly else 'about '}"
        f"{pct:g}%",
    )
    seat = _seat_named(con, code, f.election)
    frame = dataclasses.replace(
        f,
        measure="change",
        scope=Scope(level="seat", seat=seat, how="the seat of the person named (round 11)"),
        comparator="up",
        stated=stated,
        metric="majority",
        unit="percent",
        other=None,
        unresolved=[],
    )
    why = (
        f"'{c.claim.text}' multiplies the majority the sentence names: read as the move "
        f"of the majority in {seat['name']}"
    )
    return _if_supported(c, frame, reread, why, first=False) or c


def _person_seat(f: Frame, mentions: Sequence[Mention], election: str | None = None) -> str | None:
    """The seat code of the frame's person at ``election`` (the frame's by default): the
    resolved candidate's, or the one seat a person of that name stood in at that election
    (a name several candidates share; None when there are none or several)."""
    election = election or f.election
    cand = f.subject.candidate or {}
    if cand.get("ons_code") and cand.get("election") == election:
        return str(cand["ons_code"])
    if cand.get("ons_code") and cand.get("election") is None and election == f.election:
        return str(cand["ons_code"])
    codes = {
        str(x["ons_code"])
        for m in mentions
        if m.kind == "person" and m.start == f.subject.start
        for x in (m.ref or {}).get("candidacies") or []
        if x.get("election_id") == election and x.get("ons_code")
    }
    return codes.pop() if len(codes) == 1 else None


# --- a member's majority read for another seat or the wrong election ----------------------

#: words that put a majority at the election before the one the sentence is about
_EARLIER = re.compile(
    r"\b(?:turn(?:ed|ing|s)\b[^.;]{0,80}?\binto|overturn\w*|last\s+time|previous(?:ly)?|"
    r"(?:years?|months?)\s+(?:ago|earlier|before)|had|from\s+\d[\d,]*\s+to|"
    r"(?:doubling|tripling|trebling|quadrupling|halving))\b",
    re.I,
)
#: how extraction names a seat scope it did not find in the claim's own words
_SEAT_FALLBACK = (
    "the sentence names no seat",
    "'there' refers",
    "'the seat' refers",
    "'it' refers",
    "the nearest seat named before",
)


def _member_majority(
    con: Any,
    text: str,
    c: CheckedClaim,
    f: Frame,
    mentions: Sequence[Mention],
    reread: r9.Reread,
    story: object = None,
) -> CheckedClaim:
    """A majority read again for the member's own seat, or at the election before when the
    words say so (else ``c`` unchanged). Only a claim read at the story's election is moved
    to the one before: "two years ago X won by N" in a 2019 story is read at 2017 already
    (the words' own election), not again at 2015."""
    from psephos.claims.evaluate import _seat_at
    from psephos.claims.evaluate_round7b_a import _previous
    from psephos.claims.reconsider import _boundary

    if not f.election or f.stated is None or f.unresolved or _boundary(f.election) is None:
        return c
    if f.scope.level != "seat":
        return c
    person = f.subject.kind == "candidate"
    tries: list[tuple[Frame, str]] = []
    fallback = f.scope.how.startswith(_SEAT_FALLBACK) or not f.scope.seat
    code = _person_seat(f, mentions) if person else None
    if code is not None and fallback and code != (f.scope.seat or {}).get("ons_code"):
        seat = _seat_named(con, code, f.election)
        tries.append(
            (
                dataclasses.replace(f, scope=Scope(level="seat", seat=seat, how=_MEMBER)),
                f"read for {seat['name']}, the seat {f.subject.text} stood in",
            )
        )
    lo, hi = sentence_span(text, c.claim.start, c.claim.end)
    prev = _previous(con, f)
    bounded = f.stated.high != float("inf") and f.stated.low != float("-inf")
    if (
        f.measure == "majority"
        and prev is not None
        and bounded
        and (story is None or str(f.election) == str(story))
        and _earlier(text, lo, c.claim.end, prev)
    ):
        code = _person_seat(f, mentions, prev) if person else None
        if code is not None:
            scope: Scope | None = Scope(
                level="seat", seat=_seat_named(con, code, prev), how=_MEMBER
            )
        elif f.scope.seat and (person or not fallback):
            scope = _seat_at(con, f.scope, prev)
        else:
            scope = None
        if scope is not None and scope.seat:
            subject = Subject(
                kind="seat",
                text=str(scope.seat.get("name") or ""),
                seat=scope.seat,
                how="the seat whose majority the words put at the election before (round 11)",
            )
            tries.append(
                (
                    dataclasses.replace(f, election=prev, scope=scope, subject=subject),
                    f"the words put the majority at the election before ({prev}), read for "
                    f"{scope.seat.get('name')}",
                )
            )
    for frame, how in tries:
        got = _if_supported(c, frame, reread, f"{how[0].upper()}{how[1:]}")
        if got is not None:
            return got
    return c


def _member_elsewhere(
    con: Any,
    c: CheckedClaim,
    f: Frame,
    mentions: Sequence[Mention],
    reread: r9.Reread,
) -> CheckedClaim:
    """A majority called false for a seat the words did not name (the last seat named
    before) when the member named stood elsewhere at that election: read for the member's
    seat, ``supported`` when true there; otherwise not called false (the figure was read
    for a seat the member did not stand in), so "Nick Smith held on by 12,703" after a
    paragraph on Aberavon is never false for Aberavon."""
    from psephos.claims.reconsider import _boundary

    if f.subject.kind != "candidate" or not f.election or _boundary(f.election) is None:
        return c
    if f.scope.level != "seat" or not f.scope.seat or not f.scope.how.startswith(_SEAT_FALLBACK):
        return c
    codes = {
        str(x["ons_code"])
        for m in mentions
        if m.kind == "person" and m.start == f.subject.start
        for x in (m.ref or {}).get("candidacies") or []
        if x.get("election_id") == f.election and x.get("ons_code")
    }
    cand = f.subject.candidate or {}
    if cand.get("ons_code") and cand.get("election") in (None, f.election):
        codes.add(str(cand["ons_code"]))
    if not codes or f.scope.seat.get("ons_code") in codes:
        return c
    if len(codes) == 1:
        seat = _seat_named(con, next(iter(codes)), f.election)
        frame = dataclasses.replace(f, scope=Scope(level="seat", seat=seat, how=_MEMBER))
        got = _if_supported(
            c, frame, reread, f"Read for {seat['name']}, the seat {f.subject.text} stood in"
        )
        if got is not None:
            return got
    return dataclasses.replace(
        c,
        verdict="uncertain",
        explanation=f"Not called false: {f.subject.text} did not stand in "
        f"{f.scope.seat.get('name')}, the seat read ({f.scope.how}). {c.explanation}",
    )


def _majority_or_its_move(f: Frame) -> bool:
    """A seat's majority, or its move ("saw his majority rise from 798 to 9,441")."""
    return f.measure == "majority" or (f.measure == "change" and f.metric == "majority")


#: how this pass names a seat taken from the member
_MEMBER = "the seat the member named stood in (round 11)"


def _earlier(text: str, lo: int, end: int, prev: str) -> bool:
    """Whether the words from the sentence's start to the claim's end (and "into" just
    after) put the figure at the election before: a cue of :data:`_EARLIER`, or the earlier
    election's year ("her 2015 majority")."""
    words = text[lo : min(len(text), end + 40)]
    if _EARLIER.search(text[lo:end]) or re.search(r"\binto\b", text[end : end + 40]):
        return True
    year = re.search(r"\d{4}", prev)
    return bool(year and re.search(rf"\b{year.group()}\b", words) and "notional" not in prev)


# --- "N votes behind P" read as the party's votes -----------------------------------------

#: the words after "N votes" that make the figure a gap to another side
_GAP = re.compile(r"\s+(?P<dir>behind|adrift\s+of|short\s+of|ahead\s+of)\s+(?:the\s+)?", re.I)


def _votes_behind(
    text: str, c: CheckedClaim, f: Frame, mentions: Sequence[Mention], reread: r9.Reread
) -> CheckedClaim:
    """A party's "N votes behind (ahead of) P" read as the gap to P (else ``c``)."""
    if f.subject.kind != "party" or not f.subject.party or f.stated is None:
        return c
    if f.scope.level != "seat" or not f.scope.seat or not c.claim.text.endswith("votes"):
        return c
    m = _GAP.match(text, c.claim.end)
    if m is None:
        return c
    other = next(
        (
            x
            for x in mentions
            if x.kind == "party" and x.start == m.end() and x.resolved and x.ref.get("party_code")
        ),
        None,
    )
    if other is None or other.ref["party_code"] == f.subject.party:
        return c
    them = Subject(
        kind="party",
        text=other.text,
        start=other.start,
        end=other.end,
        party=str(other.ref["party_code"]),
        how=f"named after '{m.group('dir')}' (round 11)",
    )
    # "P finished N votes behind (ahead of) Q": margin, subject P, other Q, as extraction
    frame = dataclasses.replace(f, measure="margin", other=them, unit="votes")
    why = f"'{m.group('dir')} {other.text}': the figure is the gap, not the party's votes"
    return _if_supported(c, frame, reread, why) or c


# --- a seat's figure read for the last seat named -----------------------------------------

#: the seat-level measures read again for the one seat the sentence points to
_SEAT_MEASURES = frozenset({"placing", "share", "votes", "majority", "margin"})


def _sentence_seat(
    con: Any, text: str, c: CheckedClaim, mentions: Sequence[Mention], reread: r9.Reread
) -> CheckedClaim:
    """A seat-level figure whose seat extraction took from earlier text, read for the one
    seat its sentence points to when that is another (``supported`` when true there;
    otherwise ``c`` unchanged)."""
    f = c.claim.frame
    if f is None or f.measure not in _SEAT_MEASURES or not f.election or f.unresolved:
        return c
    if f.scope.level != "seat" or not f.scope.seat or not f.scope.how.startswith(_SEAT_FALLBACK):
        return c
    if f.subject.kind not in ("party", "candidate"):
        return c
    lo, hi = sentence_span(text, c.claim.start, c.claim.end)
    seats = sentence_seats(con, mentions, lo, hi, f.election)
    if len(seats) != 1 or not seats[0].get("ons_code"):
        return c
    seat = seats[0]
    if seat["ons_code"] == f.scope.seat.get("ons_code"):
        return c
    frame = dataclasses.replace(
        f, scope=Scope(level="seat", seat=seat, how="the one seat the sentence names (round 11)")
    )
    why = f"Read for {seat.get('name')}, the one seat the sentence names"
    return _if_supported(c, frame, reread, why) or c


# --- a by-election winner's figures read at the general election --------------------------

#: the measures of a person's own result read at their by-election
_BY_MEASURES = frozenset({"share", "votes", "majority", "placing", "change"})


def _by_election(
    con: Any, c: CheckedClaim, mentions: Sequence[Mention], reread: r9.Reread
) -> CheckedClaim:
    """A person's figure left ``uncertain`` at a general election, read at the one
    by-election they stood in (``supported`` when true there; else ``c`` unchanged)."""
    f = c.claim.frame
    if f is None or f.measure not in _BY_MEASURES or not f.election or f.stated is None:
        return c
    if f.subject.kind != "candidate" or not f.election.startswith("ge"):
        return c
    if f.measure == "change" and f.metric not in ("share", "majority"):
        return c
    runs = {
        (str(x["election_id"]), str(x["ons_code"])): x
        for m in mentions
        if m.kind == "person" and m.start == f.subject.start
        for x in (m.ref or {}).get("candidacies") or []
        if str(x.get("election_id") or "").startswith("by-") and x.get("ons_code")
    }
    if len(runs) != 1:
        return c
    (eid, code), run = next(iter(runs.items()))
    seat = _seat_named(con, code, eid)
    cand = dict(f.subject.candidate or {})
    cand.update(
        election=eid, ons_code=code, party=run.get("party_code"), member_id=run.get("member_id")
    )
    frame = dataclasses.replace(
        f,
        election=eid,
        scope=Scope(level="seat", seat=seat, how="the seat of the person's by-election (round 11)"),
        subject=dataclasses.replace(f.subject, candidate=cand),
        unresolved=[],
    )
    why = f"Read at {eid}, the by-election {f.subject.text} stood in"
    return _if_supported(c, frame, reread, why) or c
