"""Readings the whole text allows, tried before a contradiction is reported (round 7, REAL).

Published election coverage is mostly right, so a ``contradicted`` verdict on real copy is
most often a claim read against the wrong election, area or subject. The guard
(:mod:`psephos.claims.evaluate_guard`) sees one frame; this pass sees the whole text, and
before a contradiction stands it tries the other readings the text itself offers. When
any of them makes the claim true, the verdict is ``uncertain`` and the explanation names
that reading; a claim false on every reading stays ``contradicted``.

The classes, measured on about 300 excerpts of published coverage (1918-2025; docs/claims.md,
"Real coverage (round 7)"):

1. **another election the text names** (:func:`_other_elections`): the claim's own words
   give no year, and its election came from elsewhere (the story's, a year earlier in the
   paragraph, a baseline year: "up from 36.8% in 2015", "compared to 54 per cent in
   2019", "a fall of 91 seats over the 2005 election"). Tried: the story's election, every
   general election the text names by year and the one before and after each (a year named
   as a baseline is one election off), and, when the text speaks of a by-election, the
   by-elections of the claim's seat;
2. **a seat the text names** (:func:`_other_scopes`): the claim names no area and was read
   for the UK (or a nation) by default, but the text is about a seat ("in a constituency
   with a 53.4% turnout", a results block under the seat's name); tried: each seat the text
   names (and its by-elections when the text speaks of one); a tight figure said of a
   nation or region is also tried for the UK and Great Britain ("Labour's vote increased by
   1.96 million - 92% of these extra votes were cast in England");
3. **another party or person in the same sentence** (:func:`_other_subjects`): a list of
   parties with their own verbs, "A beat B with N votes", "X to the Tories' Y";
4. textual classes that no reading settles: a share of *seats* read as a share of the vote
   ("seat share", "share of the seats"), a tenure read as the election's outcome ("who
   previously held the seat", "the first time a nationalist has ever held"), "won by N
   votes to M" (both tallies, no majority), a net change in seats at an election fought on
   new boundaries before 2010 (published changes are against notional results the store
   does not hold), and a count ending in two zeros ("a 19,600 majority"), read as rounded
   to the hundred.

Each alternative is evaluated through the checker's own memoised evaluation (the guard
included), so a reading counts only when it is ``supported``.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from psephos.claims import reconsider_round9 as r9
from psephos.claims import reconsider_round10 as r10
from psephos.claims import reconsider_round11 as r11
from psephos.claims import round11_wrongrisk as r11w
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import CheckedClaim, Mention, Stated
from psephos.claims.spans import NearestFirst

Evaluate = Callable[[CheckedClaim, Frame], CheckedClaim]

#: at most this many alternative readings per contradicted claim
MAX_READINGS = 40
_YEAR = re.compile(r"\b(19[1-9]\d|20[0-3]\d)\b")
_YEAR_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(19[1-9]\d|20[0-3]\d)\b")
_BY_ELECTION = re.compile(r"\bby-?\s?elections?\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: "seat share", "share of (the) seats", "per cent of the seats"
_SEAT_SHARE = re.compile(
    r"\bseat share|\bshare of (?:the )?(?:seats|mps)\b|\b(?:per ?cent|%) of (?:the )?seats\b",
    re.I,
)
#: a tenure, not the election's result: "who previously held", "has ever held"
_TENURE = re.compile(
    r"\b(?:previously|formerly|once|ever|long|had|have|has|last)\s+(?:\w+\s+)?$", re.I
)
_OUTCOME_VERB = re.compile(r"^\s*(?:held|won|gained|taken|took|kept|represented)\b", re.I)
#: "won by 12,645 votes to Labour's 12,639": two tallies, no majority
_BY_VOTES_TO = re.compile(r"\bby\s+[\d,]+\s+(?:votes?\s+)?to\s+(?:\w+(?:'s)?\s+)?[\d,]+", re.I)
_TALLY_VERB = re.compile(r"^\s*(?:received|polled|got|secured)\s+[\d,]+\s*$", re.I)
_NOW_HAS = re.compile(r"\bnow ha(?:ve|s)\b", re.I)
#: general elections fought on new boundaries before 2010, whose published seat changes
#: are against notional results of the previous election (not held in the store)
NEW_BOUNDARIES = {"ge1950", "ge1955", "ge1974feb", "ge1983", "ge1997", "ge2005"}
_SEAT_CHANGE = {"net_change", "change", "gains_from", "losses"}


def reconsider(
    text: str,
    checked: list[CheckedClaim],
    mentions: list[Mention],
    run: Evaluate,
    *,
    story_election: str | None,
    by_elections: dict[str, list[str]],
    con: Any = None,
) -> list[CheckedClaim]:
    """``checked`` with each contradiction that another reading of the text makes true
    turned ``uncertain`` (the reading named in the explanation).

    Parameters
    ----------
    text : the story.
    checked : the simple claims as evaluated (before compound claims are joined).
    mentions : the seats, people and parties the text names (``Reading.mentions``).
    run : ``run(claim, frame)`` evaluates a frame with the checker's memoised evaluation.
    story_election : the story's election as inferred from the whole text, if any.
    by_elections : the store's by-election ids per constituency code (2010 and 2024 codes).
    con : the store connection, for the turnout on ballot papers (optional).
    """
    ctx = _Context(text, mentions, story_election, by_elections)
    ctx.con = con
    # the seats the claims themselves were read for count as seats the text names
    ctx.seats = [
        (m.start, dict(m.ref)) for m in ctx.mentions if m.kind == "seat" and m.ref.get("codes")
    ] + [
        (c.claim.start, dict(c.claim.frame.scope.seat))
        for c in checked
        if c.claim.frame is not None
        and c.claim.frame.scope.level == "seat"
        and (c.claim.frame.scope.seat or {}).get("codes")
    ]
    out: list[CheckedClaim] = []
    for c in checked:
        frame = c.claim.frame
        if c.verdict != "contradicted" or frame is None:
            out.append(c)
            continue
        why = (
            _textual(ctx, c, frame)
            or r9.textual(ctx, c, frame)
            or r10.textual(ctx, c, frame)
            or r11w.textual(ctx, c, frame)
            or r11.textual(ctx, c, frame)
            or r9.person_lost(ctx, c, frame)
            or r9.gross_losses(ctx, c, frame)
            or r9.allies(ctx, c, frame)
            or _not_final(ctx, c)
            or _named_loser(ctx, c, frame)
            or _majority_not_seats(ctx, c, frame)
            or _majority_share(ctx, c, frame)
            or _readings(ctx, c, frame, run)
        )
        out.append(c if why is None else _uncertain(c, why))
    return out


class _Context:
    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        story_election: str | None,
        by_elections: dict[str, list[str]],
    ) -> None:
        self.text = text
        self.mentions = [m for m in mentions if m.resolved and m.ref]
        self.story = story_election
        self.by_elections = by_elections
        self.speaks_of_by_election = bool(_BY_ELECTION.search(text))
        self.years = sorted({int(y) for y in _YEAR.findall(text)})
        self.con: Any = None
        self.seats: list[tuple[int, dict[str, Any]]] = []
        self._ends: tuple[list[int], list[int]] | None = None
        self.baseline_only: dict[str, bool] = {}
        self.seat_by_elections: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.baseline_years: dict[str, set[int]] | None = None
        self.nearest: tuple[list[tuple[int, dict[str, Any]]], NearestFirst] | None = None
        self._starts: tuple[list[int], list[int]] | None = None
        self._people: tuple[dict[Any, list[int]], dict[Any, list[int]]] | None = None

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in ``lo``-``hi``, in the order of :attr:`mentions` (what a
        scan of every mention keeps: the scan per contradicted claim made a long text's
        reconsideration quadratic); found by binary search in the starts sorted once."""
        if self._starts is None:
            order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
            self._starts = ([self.mentions[i].start for i in order], order)
        starts, order = self._starts
        a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        return [self.mentions[i] for i in sorted(order[a:b])]

    def people_like(self, cand: dict[str, Any]) -> list[Mention]:
        """The person mentions whose ``member_id`` or ``key`` equals ``cand``'s, in the order
        of :attr:`mentions` (a superset is harmless: callers test the match themselves), from
        an index by each, built once; every mention when a value cannot be indexed."""
        try:
            if self._people is None:
                by_member: dict[Any, list[int]] = {}
                by_key: dict[Any, list[int]] = {}
                for i, m in enumerate(self.mentions):
                    if m.kind == "person":
                        by_member.setdefault(m.ref.get("member_id"), []).append(i)
                        by_key.setdefault(m.ref.get("key"), []).append(i)
                self._people = (by_member, by_key)
            by_member, by_key = self._people
            hits = {*by_member.get(cand.get("member_id"), ()), *by_key.get(cand.get("key"), ())}
        except TypeError:  # an unhashable value: the plain scan
            return self.mentions
        return [self.mentions[i] for i in sorted(hits)]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around ``start``-``end``."""
        if self._ends is None:
            # every sentence end once (a search from the text's start per claim made a long
            # text's check quadratic); a mark ends a sentence before ``start`` only when the
            # space after it is before ``start`` too, a line break when it is
            marks: list[int] = []
            breaks: list[int] = []
            for m in _SENTENCE_END.finditer(self.text):
                (breaks if m.group() == "\n" else marks).append(m.end())
            self._ends = (marks, breaks)
        marks, breaks = self._ends
        i = bisect.bisect_left(marks, start)  # a mark's end < start
        j = bisect.bisect_right(breaks, start)  # a line break's end <= start
        lo = max(marks[i - 1] if i else 0, breaks[j - 1] if j else 0)
        nxt = _SENTENCE_END.search(self.text, end)
        return lo, nxt.end() if nxt else len(self.text)


def _uncertain(c: CheckedClaim, why: str) -> CheckedClaim:
    for e in c.evidence:
        e.verdict = "uncertain"
    return replace(c, verdict="uncertain", explanation=f"{c.explanation} Not called false: {why}.")


# --- textual classes ----------------------------------------------------------------------


def _textual(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    claim = c.claim
    lo, hi = ctx.sentence(claim.start, claim.end)
    sentence = ctx.text[lo:hi]
    before = ctx.text[lo : claim.start]
    after = ctx.text[claim.end : min(hi, claim.end + 40)]
    if frame.measure == "share" and _SEAT_SHARE.search(sentence):
        return "the sentence is about a share of seats, not of the vote"
    own = ctx.text[claim.start : claim.end]
    if frame.measure == "outcome" and _OUTCOME_VERB.match(own) and _TENURE.search(before[-30:]):
        return "the verb tells who held the seat before (a tenure), not this election's result"
    if frame.measure in ("majority", "margin") and _BY_VOTES_TO.search(
        ctx.text[claim.start : claim.end] + after
    ):
        return "'by N votes to M' gives both candidates' votes, not a majority"
    if frame.measure == "seats" and _TALLY_VERB.match(own):
        return "'received N' is a count of votes, not of seats"
    if frame.measure == "seats" and ctx.speaks_of_by_election and _NOW_HAS.search(sentence):
        return (
            "'now has N MPs' is the party's strength after by-elections, not an election's result"
        )
    if (
        frame.measure in ("turnout", "share")
        and ctx.speaks_of_by_election
        and frame.scope.level == "uk"
        and _NO_AREA.search(frame.scope.how or "")
        and not _AREA_WORDS.search(_PARTY_UK.sub("", sentence))
    ):
        return "the text is about a by-election and the sentence names no area: not the UK's figure"
    if (
        frame.measure in _SEAT_CHANGE
        and (frame.measure != "change" or frame.metric == "seats")
        and str(frame.election) in NEW_BOUNDARIES
    ):
        return (
            f"{frame.election} was fought on new boundaries: published changes in seats are "
            "against notional results of the previous election, which the store does not hold"
        )
    return None


# --- readings -------------------------------------------------------------------------------


def _readings(ctx: _Context, c: CheckedClaim, frame: Frame, run: Evaluate) -> str | None:
    if _ballots_fit(ctx, frame):
        return f"turnout on ballot papers (valid and rejected) is {_BALLOTS}"
    tried = 0
    for label, alt in _alternatives(ctx, c, frame):
        if tried >= MAX_READINGS:
            break
        tried += 1
        if _ballots_fit(ctx, alt):
            return f"it is true {label}, on ballot papers (valid and rejected): {_BALLOTS}"
        try:
            got = run(c, alt)
        except (KeyError, ValueError, TypeError, IndexError):  # a reading the store cannot take
            continue
        if _fits(got):
            return (
                f"it is true {label}" if got.verdict == "supported" else f"it may be true {label}"
            )
    return None


def _fits(got: CheckedClaim) -> bool:
    """A reading that is true, or that the data cannot refute for a reason of its own (a
    series that differs from the official figures, an estimate's bounds) - not one the
    guard spared or the store could not answer."""
    if got.verdict == "supported":
        return True
    why = got.explanation
    return got.verdict in ("uncertain", "depends") and not (
        "Not called false" in why or why.startswith("Not checked") or "not in the data" in why
    )


def _alternatives(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    yield from _rounded(frame)
    yield from _lower_bound(ctx, c, frame)
    yield from _since_after(frame)
    yield from _after_baseline(ctx, c, frame)
    yield from _other_elections(ctx, c, frame)
    yield from _people_seats(ctx, c, frame)
    yield from _other_scopes(ctx, c, frame)
    yield from _other_subjects(ctx, c, frame)
    yield from r9.alternatives(ctx, c, frame)
    yield from r10.alternatives(ctx, c, frame)
    yield from r11.alternatives(ctx, c, frame)


def _rounded(frame: Frame) -> Iterable[tuple[str, Frame]]:
    """ "a 19,600 majority": a count of 1,000 or more ending in two zeros, read as rounded."""
    s = frame.stated
    if s is None or s.low != s.high:
        return
    digits = s.text.replace(",", "").strip()
    if not digits.isdigit() or len(digits) < 4 or not digits.endswith("00"):
        return
    wide = Stated(s.text, s.value, s.value - 50, s.value + 50, "read as rounded to the hundred")
    yield "read as rounded to the hundred", replace(frame, stated=wide)


def _general_ids() -> list[str]:
    from psephos.analysis.records import election_id_of
    from psephos.claims.when import GENERAL_YEARS

    out: list[str] = []
    for y in GENERAL_YEARS:
        if y <= 2005:
            keys = ["1974F", "1974O"] if y == 1974 else [str(y)]
            out.extend(str(election_id_of(k)) for k in keys)
        else:
            out.append(f"ge{y}")
    return out


def _names_own_election(ctx: _Context, c: CheckedClaim) -> bool:
    """The claim's own words fix its election (a year, "by-election", "last time")."""
    own = ctx.text[c.claim.start : c.claim.end]
    return bool(_YEAR.search(own) or _BY_ELECTION.search(own))


def _other_elections(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    if _names_own_election(ctx, c) or frame.election is None:
        return
    if (frame.election_how or "").startswith("the election before the story's") or re.search(
        r"\bin the sentence\b", frame.election_how or ""
    ):
        # the sentence names the election, or the words made it the previous one ("from X to
        # Y", "up from X"): another election being true of it is no excuse (a swapped pair is
        # the commonest false "from X to Y")
        return
    if frame.measure != "outcome" and not _exact(frame):
        return
    general = _general_ids()
    want: list[str] = []
    if ctx.story:
        want.append(ctx.story)
    else:  # a story the inference left split: its latest general election
        named = [g for g in general if int(g[2:6]) in ctx.years]
        want.extend(named[-1:])
    if str(frame.election) in general and _only_baseline(ctx, str(frame.election)[2:6]):
        # the text names the claim's year only as a baseline ("up from 36.8% in 2015"):
        # the story is about a later election, most likely the next one
        i = general.index(str(frame.election))
        want.extend(general[i + 1 : i + 2])
    after = _YEAR_AFTER.match(ctx.text, c.claim.end)
    if after:  # "from 46% in 2010 to 50% in 2015": the figure's own year follows it
        want.extend(g for g in general if g[2:6] == after.group(1))
    if frame.scope.level == "seat" and ctx.speaks_of_by_election:
        want.extend(_seat_by_elections(ctx, frame.scope.seat))
    seen = {str(frame.election)}
    for eid in want:
        if eid in seen:
            continue
        seen.add(eid)
        alt = _at_election(ctx, frame, eid)
        if alt is not None:
            yield f"at {eid}, an election the text allows (the claim's own words name none)", alt


#: a year named as the baseline of a comparison, not as the story's election
_BASELINE = re.compile(
    r"(?:\bfrom\b|\bthan\b|\bcompared (?:with|to)\b|\brelative to\b|\bover\b|\bsince\b|\bon\b)"
    r"(?:[^.;\n]|\.(?=\d)){0,60}?\b(19[1-9]\d|20[0-3]\d)\b",
    re.I,
)


def _only_baseline(ctx: _Context, year: str) -> bool:
    """Every mention of ``year`` in the text is the baseline of a comparison (once per text
    and year)."""
    if year not in ctx.baseline_only:
        named = named_at(ctx.text, year)
        if ctx.baseline_years is None:
            ctx.baseline_years = _baseline_years(ctx.text)
        base = ctx.baseline_years.get(year, set())
        ctx.baseline_only[year] = bool(named) and all(i in base for i in named)
    return ctx.baseline_only[year]


#: a run of four digits standing as a word (a year, or any other four-digit number)
_FOUR_DIGITS = re.compile(r"\b\d{4}\b")


def named_at(text: str, year: str) -> list[int]:
    """Where ``year`` stands as a word in ``text``: ``[m.start() for m in
    re.finditer(rf"\b{year}\b", text)]``, answered for a four-digit year from one pass over
    the text (:func:`_four_digit_runs`) instead of one pass per year and contradicted claim.
    Four digits between word boundaries cannot overlap another such run, so the runs that
    read ``year`` are exactly the places the year's own pattern matches."""
    if len(year) == 4 and year.isascii() and year.isdigit():
        return list(_four_digit_runs(text).get(year, ()))
    return [m.start() for m in re.finditer(rf"\b{year}\b", text)]


@functools.lru_cache(maxsize=4)
def _four_digit_runs(text: str) -> dict[str, tuple[int, ...]]:
    """Every four-digit run standing as a word in ``text``, by its digits: their starts, in
    order (for the last few texts; a text's hash is computed once and kept by the string)."""
    out: dict[str, list[int]] = {}
    for m in _FOUR_DIGITS.finditer(text):
        out.setdefault(m.group(), []).append(m.start())
    return {k: tuple(v) for k, v in out.items()}


def _baseline_years(text: str) -> dict[str, set[int]]:
    """Where each year is named as a baseline (``_BASELINE``'s matches are the same whatever
    the year asked: one pass per text, not one per year)."""
    out: dict[str, set[int]] = {}
    for m in _BASELINE.finditer(text):
        out.setdefault(m.group(1), set()).add(m.start(1))
    return out


def _seat_by_elections(ctx: _Context, seat: dict[str, Any] | None) -> list[str]:
    codes = (seat or {}).get("codes") or {}
    wanted = tuple(str(code) for code in [*codes.values(), (seat or {}).get("ons_code")])
    # the same seat is met again for every claim it is near: its by-elections once per
    # text and codes (round 10), each caller given its own list
    got = ctx.seat_by_elections.get(wanted)
    if got is None:
        out: list[str] = []
        for code in wanted:
            out.extend(e for e in ctx.by_elections.get(code, []) if e not in out)
        got = ctx.seat_by_elections[wanted] = tuple(out)
    return list(got)


def _boundary(eid: str) -> str | None:
    """The boundary set a seat-level election is on (None: a 1918-2005 series election)."""
    if eid in ("ge2024", "notional2019"):
        return "2024"
    if eid.startswith("by-"):
        return "2024" if eid[3:13] > "2024-07-04" else "2010"
    if eid in ("ge2010", "ge2015", "ge2017", "ge2019"):
        return "2010"
    return None


def _seat_at(seat: dict[str, Any] | None, eid: str) -> dict[str, Any] | None:
    """The seat's reference on the boundaries of ``eid`` (None when it has no seat there)."""
    b = _boundary(eid)
    codes = (seat or {}).get("codes") or {}
    if b is None or not codes.get(b):
        return None
    return {
        "name": (seat or {}).get("name"),
        "codes": codes,
        "ons_code": codes[b],
        "boundary_set": b,
    }


def _at_election(ctx: _Context, frame: Frame, eid: str) -> Frame | None:
    """``frame`` asked of election ``eid``: its seat and candidate moved to that election
    (None when the seat or candidate has no counterpart there)."""
    scope = frame.scope
    if scope.level == "seat":
        seat = _seat_at(scope.seat, eid)
        if seat is None:
            return None
        scope = replace(scope, seat=seat)
    subject = frame.subject
    if subject.kind == "candidate":
        cand = _candidacy(ctx, subject.candidate, eid)
        if cand is None:
            return None
        subject = replace(subject, candidate=cand)
    return replace(frame, election=eid, scope=scope, subject=subject, baseline=None)


def _candidacy(ctx: _Context, cand: dict[str, Any] | None, eid: str) -> dict[str, Any] | None:
    """The candidate's candidacy at ``eid``, from the person mentions of the text."""
    if not cand:
        return None
    for m in ctx.people_like(cand):
        if m.kind != "person":
            continue
        ref = m.ref
        if ref.get("member_id") != cand.get("member_id") and ref.get("key") != cand.get("key"):
            continue
        for k in ref.get("candidacies") or []:
            if k.get("election_id") == eid:
                return {
                    "name": k.get("name"),
                    "key": ref.get("key"),
                    "member_id": k.get("member_id"),
                    "election": eid,
                    "ons_code": k.get("ons_code"),
                    "party": k.get("party_code"),
                }
    return None


_DEFAULT_SCOPE = re.compile(r"^no (?:seat|area)|^the paragraph is on|candidate's seat", re.I)


def _other_scopes(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    eid = str(frame.election or "")
    scope = frame.scope
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    if (
        scope.level == "uk"
        and _exact(frame)
        and _NO_AREA.search(scope.how or "")
        and not _AREA_WORDS.search(_PARTY_UK.sub("", ctx.text[lo:hi]))
    ):
        seen: set[str] = set()
        # nearest first (those before the claim first), in the order a sort by that key gave
        if ctx.nearest is None or ctx.nearest[0] is not ctx.seats:
            ctx.nearest = (ctx.seats, NearestFirst([s[0] for s in ctx.seats]))
        nearest = (ctx.seats[i] for i in ctx.nearest[1].order(c.claim.start))
        for _, ref in nearest:
            name = str(ref.get("name"))
            if name in seen:
                continue
            seen.add(name)
            elections = [eid]
            if ctx.speaks_of_by_election:
                elections += _seat_by_elections(ctx, ref)
            for e in elections:
                seat = _seat_at(ref, e)
                if seat is None or frame.subject.kind == "candidate":
                    continue
                alt = replace(
                    frame,
                    election=e,
                    scope=Scope("seat", name, seat, [], "a seat the text names"),
                    baseline=None,
                )
                yield f"of {name} at {e} (a seat the text names)", alt
    led_by = scope.level == "seat" and "candidate's seat" in (scope.how or "")
    if (
        frame.subject.kind == "party"
        and _exact(frame)
        and (
            led_by
            or (
                scope.level in ("country", "region")
                and _tight(frame)
                # a nation the claim names itself ("In Scotland P won N per cent") with the
                # UK's figure is the copy error, not a misreading
                and not re.search(r"in the (?:claim|sentence)\b", scope.how or "")
            )
        )
    ):
        for level, name in (("uk", "UK"), ("gb", "Great Britain")):
            try:
                alt = replace(frame, scope=Scope(level, name, None, [], "the whole country"))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                continue
            yield f"of {name} as a whole", alt


_NO_AREA = re.compile(r"^no (?:seat|area)", re.I)
#: a sentence that speaks of an area, not of one seat
_AREA_WORDS = re.compile(
    r"\b(?:nation(?:al|ally|wide)?|country|countries|region(?:al|s)?|across|overall|"
    r"britain|british|uk|united kingdom|england|scotland|wales|northern ireland|london)\b",
    re.I,
)


_OPEN = re.compile(
    r"more than|less than|fewer than|at least|at most|over|under|nearly|almost", re.I
)


#: party names that contain an area word
_PARTY_UK = re.compile(r"\breform uk\b|\bukip\b|\buk independence party\b", re.I)


def _exact(frame: Frame) -> bool:
    """A figure stated as equal to a value ("53.4%", "won 331 seats"), not open ("more
    than 3,000") and not a rank or a record."""
    s = frame.stated
    return (
        s is not None
        and frame.comparator in ("eq", "about", "up", "down")
        and math.isfinite(s.low)
        and math.isfinite(s.high)
        and not _OPEN.search(s.rule)
        and frame.nth is None
        and frame.since_year is None
        and frame.measure not in ("record", "placing", "rank")
    )


def _tight(frame: Frame) -> bool:
    """A figure with three or more significant digits (a coincidence is unlikely)."""
    s = frame.stated
    if s is None:
        return False
    digits = re.sub(r"\D", "", s.text.replace(",", ""))
    return len(digits.strip("0")) >= 3 or ("." in s.text and len(digits) >= 3)


def _other_subjects(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    subject = frame.subject
    if subject.kind not in ("party", "candidate") or not _exact(frame):
        return
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    own_party = subject.party or (subject.candidate or {}).get("party")
    own_key = (subject.candidate or {}).get("key")
    seen: set[str] = set()
    for m in ctx.mentions_in(lo, hi):
        if not lo <= m.start < hi:
            continue
        if m.kind == "party":
            code = str(m.ref.get("party_code") or "")
            if not code or code == own_party or code in seen or subject.kind != "party":
                continue
            seen.add(code)
            other = Subject(
                "party", m.text, m.start, m.end, code, how="another party in the sentence"
            )
            yield (
                f"of {m.ref.get('name') or code} (named in the same sentence)",
                replace(frame, subject=other),
            )
        elif m.kind == "person" and (subject.kind == "candidate" or frame.scope.level == "seat"):
            if m.ref.get("key") == own_key or str(m.ref.get("key")) in seen:
                continue
            seen.add(str(m.ref.get("key")))
            cand = _candidacy(
                ctx,
                {"member_id": m.ref.get("member_id"), "key": m.ref.get("key")},
                str(frame.election),
            )
            if cand is None:
                continue
            other = Subject(
                "candidate",
                m.text,
                m.start,
                m.end,
                candidate=cand,
                how="another person in the sentence",
            )
            yield f"of {m.text} (named in the same sentence)", replace(frame, subject=other)


# --- turnout on ballot papers -------------------------------------------------------------

_BALLOTS = "the official turnout many sources quote, where the store's counts valid votes only"


def _ballots_fit(ctx: _Context, frame: Frame) -> bool:
    """A turnout claim true when rejected ballot papers are counted as turnout
    ((valid + invalid) / electorate): "in a constituency with a 53.4% turnout"."""
    s = frame.stated
    if frame.measure != "turnout" or s is None or ctx.con is None or frame.comparator != "eq":
        return False
    got = ballots_turnout(ctx.con, frame)
    return got is not None and s.low <= got <= s.high


def ballots_turnout(con: Any, frame: Frame) -> float | None:
    """(valid + rejected ballot papers) / electorate, in per cent, for the frame's election
    and area (a seat, a nation or region, Great Britain or the UK); None when the store
    has no rejected-ballot count for every seat of it."""
    scope = frame.scope
    where, args = "c.election_id = ?", [str(frame.election)]
    if scope.level == "seat":
        where += " AND c.ons_code = ?"
        args.append(str((scope.seat or {}).get("ons_code")))
    elif scope.level == "country":
        where += " AND k.country = ?"
        args.append(str(scope.name))
    elif scope.level == "region":
        where += " AND k.region = ?"
        args.append(str(scope.name))
    elif scope.level == "gb":
        where += " AND k.country <> 'Northern Ireland'"
    elif scope.level != "uk":
        return None
    from psephos.store.queries import fetchone

    row = fetchone(  # once per store, election and area (store.queries)
        con,
        "SELECT sum(c.valid_votes + c.invalid_votes), sum(c.electorate), "
        "count(*), count(c.invalid_votes) FROM contests c "
        f"JOIN constituencies k ON k.ons_code = c.ons_code WHERE {where}",
        args,
    )
    if not row or not row[1] or row[2] == 0 or row[2] != row[3]:
        return None
    return 100.0 * float(row[0]) / float(row[1])


# --- round 8 classes (REAL 2: held-out published coverage) --------------------------------

#: the sentence gives a forecast or a count not yet final, not the declared result:
#: "It predicted a hung parliament with the Conservatives 25 seats short", "The SNP are
#: currently on 33 seats", "the initial count had him winning by eight votes"
_NOT_FINAL = re.compile(
    r"\b(?:predict(?:ed|s|ing|ion)|forecasts?|forecasting|projections?|"
    r"currently|so far|(?:initial|first|original) count)\b",
    re.I,
)


def _not_final(ctx: _Context, c: CheckedClaim) -> str | None:
    """A figure in a sentence about a forecast or an unfinished count: not the result."""
    lo, _ = ctx.sentence(c.claim.start, c.claim.end)
    if _NOT_FINAL.search(ctx.text[lo : c.claim.end]):
        return "the sentence gives a forecast or a count before the final result"
    return None


#: "a majority of 70.1%": the majority as a share of the vote, not the winner's share
_MAJORITY_OF = re.compile(r"\bmajority(?:\s+(?:of|was|at|to))?\s*$", re.I)


def _majority_share(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """A share read as the winner's share where the words before it say "majority of": the
    seat's majority as a share of the valid votes is tried."""
    s = frame.stated
    if frame.measure != "share" or s is None or ctx.con is None or frame.scope.level != "seat":
        return None
    at = ctx.text.find(s.text, c.claim.start, c.claim.end)
    if at < 0 or not _MAJORITY_OF.search(ctx.text[max(0, at - 40) : at]):
        return None
    code = (frame.scope.seat or {}).get("ons_code")
    row = ctx.con.execute(
        "SELECT majority, valid_votes FROM contests WHERE election_id = ? AND ons_code = ?",
        [str(frame.election), str(code)],
    ).fetchone()
    if not row or not row[0] or not row[1]:
        return None
    got = 100.0 * float(row[0]) / float(row[1])
    if s.low <= got <= s.high:
        return f"it is true as the majority's share of the vote ({got:.1f}%)"
    return None


#: "turnout exceeded 80%": a lower bound the extraction read as the figure
_EXCEEDED = re.compile(
    r"\b(?:exceed(?:ed|s|ing)?|topp(?:ed|ing)|tops|surpass(?:ed|es|ing)?|passed|broke)\s+"
    r"(?:the\s+)?[\d.,]+\s*(?:%|per\s?cent)?",
    re.I,
)


def _lower_bound(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    s = frame.stated
    if (
        s is None
        or frame.comparator != "eq"
        or not _EXCEEDED.search(ctx.text[c.claim.start : c.claim.end])
    ):
        return
    above = Stated(s.text, s.value, s.value, math.inf, "a lower bound ('exceeded')")
    yield "read as a lower bound ('exceeded N')", replace(frame, stated=above)


def _general_after(year: int) -> str | None:
    """The first general election after ``year``."""
    for g in _general_ids():
        if int(g[2:6]) > year:
            return g
    return None


def _after_baseline(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    """The claim took its election from a year its sentence names only as the baseline of
    another figure ("from 5.9% in 1959 to 11.2%", "down 3,244 from 25,230 in 2017 while Mr
    Elliott polled 21,929", "lost 42 seats relative to their victory in 1983, but still won a
    majority of 102"): the next general election after that year, and the story's, are tried.
    Not when the claim is the baseline figure itself."""
    how = frame.election_how or ""
    direction = frame.stated is None and frame.comparator in ("up", "down")  # "rose from"
    if "in the sentence" not in how or frame.election is None:
        return
    if not (_exact(frame) or direction):
        return
    m = _YEAR.search(how)
    if m is None:
        return
    year = m.group(1)
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    sentence = ctx.text[lo:hi]
    named = [lo + k.start() for k in re.finditer(rf"\b{year}\b", sentence)]
    spans = [
        (lo + b.start(), lo + b.end(1)) for b in _BASELINE.finditer(sentence) if b.group(1) == year
    ]
    if not named or not all(any(a <= i < z for a, z in spans) for i in named):
        return
    if any(a <= c.claim.start < z or a < c.claim.end <= z for a, z in spans):
        return
    want = [g for g in (_general_after(int(year)), ctx.story) if g]
    seen = {str(frame.election)}
    for eid in want:
        if eid in seen:
            continue
        seen.add(eid)
        alt = _at_election(ctx, frame, eid) or _candidate_at(ctx, frame, eid)
        if alt is not None:
            yield f"at {eid} ({year} is named only as the baseline of another figure)", alt


def _candidate_at(ctx: _Context, frame: Frame, eid: str) -> Frame | None:
    """A candidate's claim asked of election ``eid`` in the seat the candidate stood in
    there (the scope of a candidate's claim carries no seat codes of its own)."""
    b = _boundary(eid)
    if frame.subject.kind != "candidate" or frame.scope.level != "seat" or b is None:
        return None
    cand = _candidacy(ctx, frame.subject.candidate, eid)
    if cand is None or not cand.get("ons_code"):
        return None
    code = str(cand["ons_code"])
    seat = {"name": _seat_name(ctx, code), "codes": {b: code}, "ons_code": code, "boundary_set": b}
    return replace(
        frame,
        election=eid,
        scope=replace(frame.scope, seat=seat),
        subject=replace(frame.subject, candidate=cand),
        baseline=None,
    )


def _people_seats(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    """A results block that names its candidates but not its seat ("Labour Hold Mary Glindon
    Majority 19,284 ... Turnout 65.8%"), read for the UK: the seat each person the text names
    stood in at the claim's election is tried."""
    scope = frame.scope
    eid = str(frame.election or "")
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    if (
        scope.level != "uk"
        or not _exact(frame)
        or not _NO_AREA.search(scope.how or "")
        or _AREA_WORDS.search(_PARTY_UK.sub("", ctx.text[lo:hi]))
        or frame.subject.kind == "candidate"
        or _boundary(eid) is None
    ):
        return
    seen: set[str] = set()
    for m in ctx.mentions:
        if m.kind != "person":
            continue
        for k in m.ref.get("candidacies") or []:
            code = str(k.get("ons_code") or "")
            if k.get("election_id") != eid or not code or code in seen:
                continue
            seen.add(code)
            b = str(_boundary(eid))
            name = _seat_name(ctx, code)
            seat = {"name": name, "codes": {b: code}, "ons_code": code, "boundary_set": b}
            alt = replace(
                frame,
                scope=Scope("seat", name, seat, [], "the seat of a person the text names"),
                baseline=None,
            )
            yield f"of {name} at {eid} (where {m.text} stood)", alt


def _seat_name(ctx: _Context, code: str) -> str:
    if ctx.con is None:
        return code
    names: dict[str, str] = ctx.__dict__.setdefault("_seat_names", {})  # once per text
    if code not in names:
        from psephos.store.queries import fetchone

        row = fetchone(ctx.con, "SELECT name FROM constituencies WHERE ons_code = ?", [code])
        names[code] = str(row[0]) if row else code
    return names[code]


def _since_after(frame: Frame) -> Iterable[tuple[str, Frame]]:
    """ "the second-highest turnout since 1997": a rank counted among the elections after
    the year, the year's own election being the one it is measured against (the
    checker's reading counts that election too)."""
    if frame.comparator in ("nth_most", "nth_least") and frame.since_year is not None:
        yield (
            f"ranked among the elections after {frame.since_year}",
            replace(frame, since_year=frame.since_year + 1),
        )


#: "defeating Elizabeth Riches of the Liberal Democrats": the person named after the verb
#: is the one who lost
_DEFEATING = re.compile(r"^\s*(?:defeating|beating|ousting|unseating|toppling)\b", re.I)


def _named_loser(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """An outcome read with the person after "defeating" as the winner: when that person
    stood in the seat at the claim's election and lost, the clause is true as written."""
    cand = frame.subject.candidate or {}
    if (
        frame.measure != "outcome"
        or frame.subject.kind != "candidate"
        or ctx.con is None
        or not _DEFEATING.match(ctx.text[c.claim.start : c.claim.end])
        or not cand.get("ons_code")
    ):
        return None
    row = ctx.con.execute(
        "SELECT min(rank) FROM candidacies WHERE election_id = ? AND ons_code = ? "
        "AND lower(given_name || ' ' || family_name) = lower(?)",
        [str(frame.election), str(cand["ons_code"]), str(cand.get("name") or "")],
    ).fetchone()
    if row and row[0] is not None and int(row[0]) > 1:
        return f"{cand.get('name')}, named after the verb, is the candidate who lost"
    return None


#: "an overall majority significantly reduced from 146 to just 5": majorities, not seats
_MAJORITY_FROM = re.compile(
    r"\bmajority\b[^.;\n]{0,40}?\b(?:reduced|cut|slashed|increased|grew|rose|fell)?\s*"
    r"(?:from\s+)?$",
    re.I,
)


def _majority_not_seats(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """A count of seats read from figures the sentence gives as a majority ("Labour's
    overall majority was reduced from 146 to just 5")."""
    if frame.measure != "seats":
        return None
    lo, _ = ctx.sentence(c.claim.start, c.claim.end)
    before = ctx.text[lo : c.claim.start]
    if re.search(r"\bfrom\s*$", before) and _MAJORITY_FROM.search(before):
        return "the sentence gives majorities, not the number of seats"
    return None
