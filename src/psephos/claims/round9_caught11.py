"""Round 9b (CAUGHT11): false superlatives said in the second half of a gapped sentence.

A superlative said once and then reused with its verb and noun left out:

- "The BNP's best result in the region was in Rotherham, 10.4 per cent, and UKIP's in
  Hull East, 8.0 per cent": the second party's ranking is the first one's, with the
  party changed (its share, or the seats it won for a majority ranking);
- "Twickenham had the highest turnout in London, 77.3 per cent; Ilford South the
  lowest": after a semicolon the seat and the bare superlative carry the measure and the
  area of the superlative before (the ", and X the lowest" form is read by
  ``extract.ranks``; the semicolon form was left unread).

Each frame is the earlier superlative's, so a seat that is not first is refuted on the
same ranking, and one that is first is supported on it (docs/claims.md, "Eleventh
held-out batch, CAUGHT").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from psephos.claims.extract import ranks
from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.lexicon import SUPERLATIVES

if TYPE_CHECKING:
    import duckdb


@rule(
    r",?\s+and\s+(?:the\s+)?(?P<p>{P})(?:'s?|\u2019s?)\s+(?:(?:was|came|went)\s+)?"
    r"(?:in|at|to)\s+(?P<s>{S})(?=\s*(?:[,.;:]|$))",
    name="gapped_superlative",
    needs="\ue001",
    priority=51,
)
def _gapped_superlative(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "P's best result was in A, and Q's in B": the superlative before, in the same
    sentence, with Q for P (its ``share:P`` metric or ``winner=P`` condition) and B for
    its subject. Nothing when the superlative before names no party."""
    prior = [
        d
        for d in ctx.drafts
        if ctx.sent.start <= d.start
        and d.end <= m.start()
        and d.frame.measure == "superlative"
        and d.frame.subject.kind == "seat"
    ]
    p, s = ctx.tag(m, "p"), ctx.tag(m, "s")
    if not prior or p is None or s is None or p.kind != "party" or s.kind != "seat":
        return None
    before = prior[-1].frame
    old = None
    if (before.metric or "").startswith("share:"):
        old = (before.metric or "").split(":", 1)[1]
    winners = [c for c in before.condition if c.startswith("winner=")]
    if old is None and winners:
        old = winners[0].split("=", 1)[1]
    new = str(p.ref["code"])
    if old is None or old == new:
        return None
    metric = f"share:{new}" if (before.metric or "").startswith("share:") else before.metric
    condition = [f"winner={new}" if c == f"winner={old}" else c for c in before.condition]
    f = replace(
        before,
        subject=ctx.subject_of(s, "the seat of the gapped superlative"),
        metric=metric,
        condition=condition,
        stated=None,
        notes=[*before.notes, f"'{p.text}'s in ...': the superlative before, said of {new}"],
        unresolved=list(before.unresolved),
        inferred=list(before.inferred),
    )
    return ctx.draft(m, f, rule_name="gapped_superlative", span=(m.start("p"), m.end("s")))


@rule(
    r";\s+(?P<s>{S})\s+the\s+(?P<sup>{SUP})(?P<a>)" + ranks._AT_FIGURE + r"(?=\s*[,.;:]|\s*$)",
    name="sup_in_seat_after_semicolon",
    needs="\ue002",
    priority=51,
)
def _sup_after_semicolon(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "X had the highest turnout in London; Y the lowest": read as ", and Y the lowest"
    is (:func:`psephos.claims.extract.ranks._sup_in_seat`), only when a superlative was
    read before it in the sentence (so its measure and area are the sentence's)."""
    if " ".join(m.group("sup").split()) not in SUPERLATIVES:
        return None
    if not any(
        ctx.sent.start <= d.start < m.start() and d.frame.measure == "superlative"
        for d in ctx.drafts
    ):
        return None
    return ranks._sup_in_seat(ctx, m)


# --- a defeated member's majority: the one he had -------------------------------------------

#: the words right before the figure that make it the majority a member HAD: "who had a
#: majority of", "Cable's majority of", "his majority of" (not "won by", "held on by")
_HAD_MAJORITY = re.compile(
    r"(?:\bhad\s+(?:had\s+)?(?:a|an)\s+|['\u2019]s?\s+|\b(?:his|her)\s+)(?:[a-z-]+\s+)?"
    r"majority\s+of\s+(?:(?:just|only|more\s+than|almost|nearly|over|some|under|fewer\s+than"
    r"|less\s+than|about|around)\s+)?$"
)
#: the general elections whose seats the store holds, in order (the previous one of each)
_GENERALS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")


def earlier_majority(claims: list[Any], text: str, con: duckdb.DuckDBPyConnection) -> None:
    """ "Ed Davey, who had a majority of 12,140, loses Kingston and Surbiton", "wiping out
    Cable's majority of 12,140": a member who did not win the seat at the claim's election,
    and won that same seat at the general election before, HAD the majority of that one
    (a wrong figure is then false, not excused as another quantity). Only when the words
    before the figure are of a majority held (:data:`_HAD_MAJORITY`), the member is known
    (``member_id``), the seat is the claim's seat on the same boundaries (not a notional
    majority) and the sentence does not say "notional"; the frame's election is moved back
    in place."""
    for c in claims:
        f = c.frame
        if f is None or f.measure != "majority" or f.election not in _GENERALS[1:]:
            continue
        cand = f.subject.candidate if f.subject.kind == "candidate" else None
        seat = f.scope.seat if f.scope.level == "seat" else None
        if not cand or cand.get("member_id") is None or not seat or f.stated is None:
            continue
        at = text.find(f.stated.text, c.start, c.end)
        if at < 0 or _HAD_MAJORITY.search(text[max(c.start, at - 60) : at]) is None:
            continue
        if "notional" in text[max(0, c.start - 200) : c.end].lower():
            continue
        prev = _GENERALS[_GENERALS.index(f.election) - 1]
        rows = con.execute(
            "SELECT election_id, ons_code, rank FROM candidacies "
            "WHERE member_id = ? AND election_id IN (?, ?)",
            [cand["member_id"], prev, f.election],
        ).fetchall()
        now = [r for r in rows if r[0] == f.election]
        before = [r for r in rows if r[0] == prev and r[2] == 1]
        if any(r[2] == 1 for r in now) or len(before) != 1:
            continue  # the member won at the claim's election, or held no seat before
        if before[0][1] != seat.get("ons_code") or any(r[1] != before[0][1] for r in now):
            continue  # another seat, or other boundaries
        story = f.election
        f.election = prev
        f.outcome = None
        f.unresolved = [u for u in f.unresolved if not u.startswith("scope:")]
        f.election_how = (
            f"{prev}: the majority {cand.get('name')} (named in the sentence) had, won at "
            f"{prev}, lost or left at {story}" + _agreeing(text, c.end, story, prev)
        )
        f.notes.append("a majority the member had: the general election before")
        c.params["election"] = {"id": prev, "how": f.election_how}


_WORD_YEARS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1}
_AGO = re.compile(
    r"\b(?:(\w+|\d) years? (?:ago|earlier|before)|last time|at the (?:last|previous) election"
    r"|(?<!than )in (20\d\d))\b",
    re.I,
)


def _agreeing(text: str, pos: int, story: str, prev: str) -> str:
    """ " ('two years ago' agrees)" when a time phrase later in the sentence names the
    election ``prev`` counted back from ``story`` (the guard then knows the reading used it),
    else ""."""
    end = min((i for i in (text.find(".", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    for m in _AGO.finditer(text, pos, end):
        n = m.group(1)
        back = _WORD_YEARS.get(n.lower()) if n and not n.isdigit() else int(n) if n else None
        year = int(story[2:]) - back if back else int(m.group(2)) if m.group(2) else None
        if year == int(prev[2:]) or (year is None and not m.group(2)):
            return f" ('{m.group(0)}' agrees)"
    return ""


# --- "with former minister X second" ---------------------------------------------------------


@rule(
    r"\bwith\s+(?:(?:[a-z][\w'-]*|{A})\s+){1,4}?(?P<who>{C})\s+(?:a\s+(?:distant|close|strong|poor)\s+)?"
    r"(?P<n>{O})(?P<v>)(?!-|\s+(?:largest|biggest|time|successive|highest|lowest|most|least"
    r"|term|round))",
    name="placing_described",
    needs="\ue00a",
)
def _placing_described(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "..., with former Scottish secretary Michael Moore second": a placing whose
    candidate has a title or description before the name (lower-case words or a nation's
    adjective: a party or a seat between is not a description), read as "with Michael Moore second" is
    (:func:`psephos.claims.extract.outcomes._placing`)."""
    from psephos.claims.extract import outcomes

    return outcomes._placing(ctx, m)
