"""Round 9 (REAL): more readings tried before a contradiction on published copy stands.

A third held-out set of published coverage (170 excerpts: live blogs, regional papers,
Commons Library briefings, encyclopaedia summaries, 1918-2024; docs/claims.md, "Real
coverage (round 9)") showed these classes of wrong "false", each handled here and called
from :func:`psephos.claims.reconsider.reconsider`:

textual (no reading settles them; the claim is left ``uncertain``):

- a figure the sentence gives as needed, not achieved ("Labour needed a swing of 11.4% to
  take the seat", "required a swing of 7.6 points");
- "losing 40 of the 41 seats it was defending": a count out of the seats defended (lost or
  held), not the party's total;
- "retained two seats and gained two more": the seats held, not the party's total;
- "By Friday morning, Labour had managed to win 326 seats": a tally during the count;
- "their lowest ever Parliamentary constituency result": a record over seats, not the
  national series;

readings tried (a reading counts only when the checker's own evaluation supports it):

- a nation or region the claim took from an earlier sentence of the paragraph ("The Brexit
  Party won their highest vote share in the North East (8.1%) ... Turnout was 67.3%"): the
  UK and Great Britain, at the claim's election and at the election after a year the
  sentence names only as the baseline ("down from 68.8% in 2017");
- a year named only as a contrast ("Unlike the 2010 general election, where no seats changed
  party, ... Labour suffered its worst ever defeat"): the story's election, for records and
  counts alike;
- "this time" after a year ("took the seat in 2010 ... and increased his share to 60%
  standing for UKIP this time"): the seat's by-elections after that year and the next
  general election;
- a figure in a clause hung on a year ("the lowest since the election of 1918, when the
  turnout was 57%"): that year's general election;
- "its share of the Welsh vote 4 points down on 2019": the nation of the adjective, at the
  election after the baseline year;
- "lost 10 seats" in a sentence that also gives gains or a net change ("made 58 gains but
  lost 10 seats for a net change of +48"): the seats the party lost (gross), 2010-2024;
- "He lost the seat to the Liberal Democrats" said of a person who had won the seat for
  another party (an MP who stood again as an independent): true of the person;
- "the Conservatives won 321 seats" (1951): published totals before 1974 count allies the
  1918-2019 file puts among others (a bound, not a reading);
- "his majority ... in 2019, which was 26,000 votes": the votes read as that majority.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from psephos.claims.frame import Frame, Scope

if TYPE_CHECKING:  # pragma: no cover
    from psephos.claims.model import CheckedClaim
    from psephos.claims.reconsider import _Context

_YEAR = re.compile(r"\b(19[1-9]\d|20[0-3]\d)\b")

# --- textual --------------------------------------------------------------------------------

#: "needed a swing of 11.4%", "would require a swing of", "needs to overturn a majority of"
_NEEDED = re.compile(
    r"\b(?:needed|needs|need|needing|required|requires|require|requiring|would have (?:had )?to|"
    r"had to)\b(?:(?!\band\b|\bbut\b|[;:]).){0,60}$",
    re.I,
)
#: "40 of the 41 seats it was defending"
_DEFENDING = re.compile(
    r"^\s*(?:of|out of)\s+(?:the\s+|its\s+|their\s+)?[\w,]+\s+(?:seats?|mps)\s+"
    r"(?:(?:it|they|the party)\s+(?:was|were|had been)\s+)?defending\b",
    re.I,
)
#: "retained two seats and gained two more"
_HELD_AND_GAINED = re.compile(r"\b(?:retained|held|kept|held on to|defended)\s+$", re.I)
_AND_GAINED = re.compile(
    r"^\s*(?:seats?|mps)?\s*(?:,\s*)?(?:and|while|plus)\s+(?:\w+\s+)?"
    r"(?:gained|won|took|picked up|captured)\b",
    re.I,
)


#: "By Friday morning Labour had managed to win 326 seats", "by 3am the Tories had 290"
_BY_TIME = re.compile(
    r"\bby\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening|night)|"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|the early hours|dawn|midnight|daybreak|"
    r"breakfast(?:\s*time)?|lunchtime)\b",
    re.I,
)
#: "their lowest ever Parliamentary constituency result": a record over seats
_SEAT_RECORD = re.compile(
    r"\b(?:parliamentary\s+)?constituency\s+results?\b|\bin any (?:seat|constituency)\b|"
    r"\bof any (?:seat|constituency)\b",
    re.I,
)


def textual(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """A reason the claim is not the figure the checker compared, or None."""
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    if frame.measure == "seats" and _BY_TIME.search(ctx.text[lo : c.claim.end]):
        return "the sentence gives a tally at a time of the count, not the final result"
    if (
        frame.measure == "record"
        and frame.scope.level in ("uk", "gb", "country")
        and _SEAT_RECORD.search(ctx.text[lo:hi])
    ):
        return "the record is over constituencies (one seat's result), not the national series"
    s = frame.stated
    at = c.claim.start
    if s is not None:
        k = ctx.text.find(s.text, c.claim.start, c.claim.end)
        at = k if k >= 0 else at
    before = ctx.text[lo:at]
    if frame.measure not in ("outcome", "record") and _NEEDED.search(before):
        return "the sentence gives the figure as one needed (a target), not the result"
    after = ctx.text[c.claim.end : min(hi, c.claim.end + 60)]
    own_after = ctx.text[at : min(hi, at + 80)]
    if frame.measure in ("seats", "net_change", "change") and _DEFENDING.search(
        re.sub(r"^[\w,.]+", "", own_after, count=1)
    ):
        return (
            "'N of the M seats it was defending' counts seats out of those defended, not the total"
        )
    if (
        frame.measure == "seats"
        and _HELD_AND_GAINED.search(ctx.text[max(lo, at - 25) : at])
        and _AND_GAINED.search(after)
    ):
        return "'retained N seats and gained M' counts the seats held, not the party's total"
    return None


# --- the person who lost the seat ------------------------------------------------------------


def person_lost(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """ "He lost the seat to the Liberal Democrats": the person won the seat at the election
    before (perhaps for another party than the one he stood for now) and lost it now, to
    the party named."""
    cand = frame.subject.candidate or {}
    name = str(cand.get("name") or "").lower()
    if (
        frame.measure != "outcome"
        or frame.outcome != "lost"
        or frame.subject.kind != "candidate"
        or ctx.con is None
        or not name
        or not cand.get("ons_code")
    ):
        return None
    eid, code = str(frame.election), str(cand["ons_code"])
    who = "lower(k.given_name || ' ' || k.family_name)"
    rows = ctx.con.execute(
        f"SELECT {who}, k.rank, k.party_code FROM candidacies k "
        "WHERE k.ons_code = ? AND k.election_id = ?",
        [code, eid],
    ).fetchall()
    mine = [r for r in rows if r[0] == name]
    winner = [r for r in rows if r[1] == 1]
    if len(mine) != 1 or mine[0][1] == 1 or not winner:
        return None
    other = frame.other.party if frame.other is not None else None
    if other and winner[0][2] != other:
        return None
    # the seat's winner at the last election before this one (the 2024 seats' notional
    # results name no person: the person cannot be matched there)
    before = ctx.con.execute(
        f"SELECT {who} FROM candidacies k JOIN elections e USING (election_id) "
        "WHERE k.ons_code = ? AND k.rank = 1 AND e.kind <> 'notional' AND e.date < "
        "(SELECT date FROM elections WHERE election_id = ?) ORDER BY e.date DESC LIMIT 1",
        [code, eid],
    ).fetchone()
    if before and before[0] == name:
        return (
            f"{cand.get('name')} held the seat before and lost it at {eid} (the party "
            "label changed, the person did not)"
        )
    return None


# --- gross losses ------------------------------------------------------------------------------

_GAINS_OR_NET = re.compile(r"\bgains?\b|\bgained\b|\bnet\b", re.I)


def gross_losses(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """ "made 58 gains but lost 10 seats for a net change of +48": the seats the party held
    at the comparison election and lost (2010-2024, UK and the frame's own area)."""
    s = frame.stated
    party = frame.subject.party
    if (
        frame.measure != "net_change"
        or frame.comparator != "down"
        or s is None
        or not party
        or not str(frame.election).startswith("ge20")
    ):
        return None
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    if not _GAINS_OR_NET.search(ctx.text[lo:hi].replace(ctx.text[c.claim.start : c.claim.end], "")):
        return None
    from psephos.analysis.frame import PREVIOUS

    prev = PREVIOUS.get(str(frame.election))
    if prev is None:
        return None
    areas: list[tuple[str, str, list[str]]] = [("the UK", "", [])]
    if frame.scope.level in ("country", "region") and frame.scope.name:
        areas.append(
            (frame.scope.name, f" AND lower(k.{frame.scope.level}) = ?", [frame.scope.name.lower()])
        )
    for name, where, args in areas:
        row = ctx.con.execute(
            "SELECT count(DISTINCT a.ons_code) FROM contests a JOIN contests b ON a.ons_code = b.ons_code "
            "JOIN constituencies k ON k.ons_code = a.ons_code "
            "WHERE a.election_id = ? AND b.election_id = ? AND b.winner_party = ? "
            f"AND a.winner_party <> ?{where}",
            [str(frame.election), prev, party, party, *args],
        ).fetchone()
        n = int(row[0]) if row else -1
        if s.low <= n <= s.high:
            return f"it is true as the seats {party} lost in {name} (gross: {n})"
    return None


# --- the Conservatives and their allies, 1918-1970 -----------------------------------------

#: the series elections at which Conservative totals in print include allied members
#: (National Liberals to 1966, Ulster Unionists to 1970) whom the 1918-2019 file counts
#: among "others"
_ALLIED = {
    f"ge{y}"
    for y in (
        1918,
        1922,
        1923,
        1924,
        1929,
        1931,
        1935,
        1945,
        1950,
        1951,
        1955,
        1959,
        1964,
        1966,
        1970,
    )
}


def allies(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """ "the Conservatives won 321 seats" (1951): published Conservative seats and shares
    before 1974 count allied members the 1918-2019 file puts among "others". A figure
    between the file's Conservative figure and that figure plus the others' is not called
    false (UK only)."""
    s = frame.stated
    if (
        s is None
        or frame.subject.party != "Con"
        or frame.measure not in ("seats", "share")
        or str(frame.election) not in _ALLIED
        or frame.scope.level != "uk"
        or ctx.con is None
    ):
        return None
    year = str(frame.election)[2:]
    from psephos.store.queries import fetchone

    row = fetchone(  # once per store and election (store.queries)
        ctx.con,
        "SELECT sum(con_votes), sum(oth_votes), sum(total_votes), "
        "sum(CASE WHEN coalesce(oth_unopposed, 0) > 0 OR (coalesce(oth_votes, 0) > 0 AND "
        "oth_votes >= greatest(coalesce(con_votes, 0), coalesce(lab_votes, 0), "
        "coalesce(lib_votes, 0), coalesce(natsw_votes, 0))) THEN seats ELSE 0 END) "
        "FROM history_1918_2019 WHERE election = ?",
        [year],
    )
    got = [e.value for e in c.evidence if isinstance(e.value, (int, float))]
    if not row or not row[2] or not got:
        return None
    con_v, oth_v, total, oth_seats = (float(x or 0) for x in row)
    low = float(got[0])
    high = low + (oth_seats if frame.measure == "seats" else 100.0 * oth_v / total)
    if s.high >= low and s.low <= high:
        return (
            f"published Conservative totals for {year} include allies the 1918-2019 file counts "
            f"among others (Conservatives {low:g}, with every other member up to {high:.1f})"
        )
    return None


# --- readings --------------------------------------------------------------------------------

_INHERITED = re.compile(r"^the paragraph is on\b", re.I)
_BASELINE_YEAR = re.compile(
    r"\b(?:from|than|on|over|since|compared (?:with|to))\s+(?:\S+\s+){0,6}?(19[1-9]\d|20[0-3]\d)\b",
    re.I,
)
_CONTRAST = re.compile(
    r"\b(?:unlike|in contrast to|compared with|compared to|as against)\s+(?:the\s+)?"
    r"(19[1-9]\d|20[0-3]\d)\b",
    re.I,
)
_MAJORITY_WHICH = re.compile(
    r"\bmajority\b(?:(?![.;]).){0,90}\b(?:which|that)\s+(?:was|had been|stood at)\s*$", re.I
)
_THIS_TIME = re.compile(r"\bthis time\b", re.I)
_YEAR_CLAUSE = re.compile(
    r"\b(19[1-9]\d|20[0-3]\d)\b(?:\s+(?:general\s+)?election)?\s*,?\s+(?:when|where|in which)\b"
    r"(?:(?![.;]).){0,50}$",
    re.I,
)
_NATION_ADJ = {"welsh": "Wales", "scottish": "Scotland", "english": "England"}
_NATION_VOTE = re.compile(r"\b(welsh|scottish|english)\s+(?:vote|electorate|voters)\b", re.I)


def _general_of(year: str) -> str | None:
    from psephos.claims.reconsider import _general_ids

    hits = [g for g in _general_ids() if g[2:6] == year]
    return hits[0] if len(hits) == 1 else None


def _year_only_contrast(ctx: _Context, year: str) -> bool:
    """Every mention of ``year`` is a contrast ("Unlike the 2010 general election")."""
    return _only_contrast(ctx.text, year)


@functools.lru_cache(maxsize=256)
def _only_contrast(text: str, year: str) -> bool:
    """:func:`_year_only_contrast` once per text and year: two scans of the whole text,
    which per contradicted claim made a long text's check quadratic."""
    from psephos.claims.reconsider import named_at

    named = named_at(text, year)
    contrast = _contrast_years(text).get(year, frozenset())
    return bool(named) and all(i in contrast for i in named)


@functools.lru_cache(maxsize=4)
def _contrast_years(text: str) -> dict[str, frozenset[int]]:
    """Where each year is named as a contrast (``_CONTRAST``'s matches do not depend on the
    year asked: one pass per text, not one per year): ``{year: {m.start(1), ...}}``."""
    out: dict[str, set[int]] = {}
    for m in _CONTRAST.finditer(text):
        out.setdefault(m.group(1), set()).add(m.start(1))
    return {k: frozenset(v) for k, v in out.items()}


def _latest_named(ctx: _Context, but: str) -> str | None:
    """The latest general election the text names by year, other than ``but``."""
    from psephos.claims.reconsider import _general_ids

    named = [g for g in _general_ids() if int(g[2:6]) in ctx.years and g[2:6] != but]
    return named[-1] if named else None


def alternatives(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    """The round-9 readings of a contradicted claim, best first."""
    from psephos.claims.reconsider import _at_election, _boundary, _exact, _general_after, _tight

    eid = str(frame.election or "")
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    sentence = ctx.text[lo:hi]
    own_years = _YEAR.findall(ctx.text[c.claim.start : c.claim.end])
    exact = _exact(frame)

    # a year named only as a contrast: the story's election (records included)
    m = _YEAR.search(frame.election_how or "")
    year = m.group(1) if m else (eid[2:6] if eid.startswith("ge") else "")
    if year and not own_years and _year_only_contrast(ctx, year):
        target = ctx.story or _latest_named(ctx, year)
        alt = _at_election(ctx, frame, target) if target and target != eid else None
        if alt is not None:
            yield f"at {target} ({year} is named only as a contrast)", alt

    # a figure in a clause hung on a year: "the election of 1918, when the turnout was 57%"
    at = c.claim.start
    if frame.stated is not None:
        k = ctx.text.find(frame.stated.text, c.claim.start, c.claim.end)
        at = k if k >= 0 else at
    if exact:
        hung = _YEAR_CLAUSE.search(ctx.text[lo:at])
        g = _general_of(hung.group(1)) if hung else None
        if g and g != eid:
            alt = _at_election(ctx, frame, g)
            if alt is not None:
                yield f"at {g} (the clause is hung on {hung.group(1) if hung else g})", alt

    # "this time" after a year: the seat's by-elections after it, and the next election
    if exact and frame.scope.level == "seat" and _THIS_TIME.search(sentence) and year:
        later = [
            e for e in _seat_by_elections_any(ctx, frame.scope.seat) if e[3:7] >= year and e != eid
        ]
        nxt = _general_after(int(year))
        for e in [*later, *([nxt] if nxt else [])]:
            alt = _at_election(ctx, frame, e)
            if alt is not None:
                yield f"at {e} ('this time', after {year})", alt

    # "his majority ... in 2019, which was 26,000 votes": the votes are the majority
    if frame.measure == "votes" and _MAJORITY_WHICH.search(ctx.text[lo:at]):
        as_majority = replace(frame, measure="majority", metric=None)
        yield "read as the majority ('majority ... which was N votes')", as_majority
        for y in _YEAR.findall(ctx.text[lo:at]):
            g = _general_of(y)
            if not g or g == eid:
                continue
            alt = _at_election(ctx, as_majority, g)
            if alt is None and _boundary(g) and _boundary(g) == _boundary(eid):
                alt = replace(as_majority, election=g, baseline=None)  # the seat's own code
            if alt is not None:
                yield f"read as the majority at {g} ('majority ... in {y}, which was')", alt

    # a nation or region taken from an earlier sentence: the UK and Great Britain
    if (
        exact
        and frame.scope.level in ("country", "region")
        and _INHERITED.search(frame.scope.how or "")
        and (_tight(frame) or frame.measure == "turnout")
    ):
        elections = [eid]
        b = _BASELINE_YEAR.search(sentence)
        if b and b.group(1) == year:
            nxt = _general_after(int(year))
            if nxt:
                elections.append(nxt)
        for e in elections:
            for level, name in (("uk", "UK"), ("gb", "Great Britain")):
                alt = replace(
                    frame,
                    election=e,
                    scope=Scope(level, name, None, [], "the whole country"),  # type: ignore[arg-type]
                    baseline=None if e != eid else frame.baseline,
                )
                yield f"of {name} at {e} (the area came from an earlier sentence)", alt

    # "its share of the Welsh vote 4 points down on 2019": the nation, after the baseline
    nv = _NATION_VOTE.search(sentence)
    if nv and frame.measure in ("change", "share", "seats") and frame.scope.level in ("uk", "gb"):
        nation = _NATION_ADJ[nv.group(1).lower()]
        elections = [eid]
        if year:
            nxt = _general_after(int(year))
            if nxt:
                elections.append(nxt)
        if ctx.story:
            elections.append(ctx.story)
        seen: set[str] = set()
        for e in elections:
            if e in seen:
                continue
            seen.add(e)
            alt = replace(
                frame,
                election=e,
                scope=Scope("country", nation, None, [], f"the {nv.group(1)} vote"),
                baseline=None if e != eid else frame.baseline,
            )
            yield f"of {nation} at {e} ('the {nv.group(1)} vote')", alt


def _seat_by_elections_any(ctx: _Context, seat: dict[str, Any] | None) -> list[str]:
    from psephos.claims.reconsider import _seat_by_elections

    return _seat_by_elections(ctx, seat)
