"""Round 11 (UNCERTAIN11): true claims found but left ``uncertain`` for want of a subject.

Extraction gives some frames no subject ("no party, person or seat found for this claim")
although the sentence names it, and the evaluator then answers nothing. This pass reads
such claims again with the subject the sentence gives, and only ever makes them
``supported`` (a reading that does not hold leaves the claim as it was: a subject picked
here is an inference, never grounds to call a claim false).

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
) -> list[CheckedClaim]:
    """``checked`` with the module's classes read with the subject their sentence gives."""
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
    return out


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
    """The superlative read for the one seat its sentence names (else ``c`` unchanged)."""
    if f.election is None:
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
    got = reread(c, frame)
    if got.verdict != "supported":
        return c
    return dataclasses.replace(
        got,
        claim=dataclasses.replace(c.claim, frame=frame),  # later passes read this frame
        explanation=(
            f"Read for {seat.get('name') or 'the seat'}, the one seat the sentence names: "
            f"{got.explanation}"
        ),
    )


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
    got = reread(c, frame)
    if got.verdict != "supported":
        return c
    return dataclasses.replace(
        got,
        claim=dataclasses.replace(c.claim, frame=frame),  # later passes read this frame
        explanation=(
            f"'{c.claim.text}' multiplies the majority the sentence names: read as the move "
            f"of the majority in {seat['name']}: {got.explanation}"
        ),
    )


def _person_seat(f: Frame, mentions: Sequence[Mention]) -> str | None:
    """The seat code of the frame's person at its election: the resolved candidate's, or,
    for a name several candidates share, the one seat a person of that name stood in at
    that election (None when there are none or several)."""
    cand = f.subject.candidate or {}
    if cand.get("ons_code") and cand.get("election") in (None, f.election):
        return str(cand["ons_code"])
    codes = {
        str(x["ons_code"])
        for m in mentions
        if m.kind == "person" and m.start == f.subject.start
        for x in (m.ref or {}).get("candidacies") or []
        if x.get("election_id") == f.election and x.get("ons_code")
    }
    return codes.pop() if len(codes) == 1 else None
