"""The safeguard: a last, general check before a claim may be called false.

Every held-out batch of stories brought true claims called false, each of a class the
checker had never met. Fixing classes one by one does not converge, and on an unseen story a
wrong "false" is worse than no answer. So, once a claim's verdict is final and is
``contradicted``, this module asks one general question of the evaluated claim: *did the
reading leave something of the claim's own words unexplained?* If so the verdict becomes
``uncertain`` and the report says why.

The checks are pure functions of the evaluated claim in its JSON shape
(:meth:`CheckedClaim.to_dict`: its text and offsets, frame, evidence and explanation), the
story's text and its entity mentions, so they can be replayed on any saved report
(``benchmarks/safeguard_score.py``; round 8's choice and its replay on a truly blind batch
are in docs/claims.md, "Safeguard (round 8)"). :data:`CHOSEN` holds the checks :func:`reason` applies;
:mod:`psephos.claims.safeguard_candidates` the others that were measured and not chosen. The measurement (past blind batches, each scored
with the checker that had never seen it, and the current 95 stories) is in docs/claims.md,
"Safeguard (round 7)".
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims.compound import combine
from psephos.claims.model import CheckedClaim, Mention
from psephos.claims.when import MONTHS

ClaimDict = Mapping[str, Any]
Check = Callable[[ClaimDict, str, Sequence[Mapping[str, Any]]], "str | None"]

# --- where the claim sits ------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]*[A-Z0-9])|\n")
#: what ends a clause inside a sentence: a semicolon, a colon, a dash, a bracket
_CLAUSE_END = re.compile(r";|:(?!\d)|\s[-\u2013\u2014]\s|\u2014|[()]")


#: the sentence ends of the last text seen: (text, match starts, match ends)
_ENDS: tuple[str, list[int], list[int]] = ("", [], [])


def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where :data:`_SENTENCE_END` matches in ``text`` (starts and ends), found once per text
    and kept for the next claim of the same text."""
    global _ENDS
    cached, starts, ends = _ENDS
    if cached is not text and cached != text:
        found = list(_SENTENCE_END.finditer(text))
        starts, ends = [m.start() for m in found], [m.end() for m in found]
        _ENDS = (text, starts, ends)
    return starts, ends


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (a full stop, "!" or "?" before a capital or
    a digit, or a line break, ends one; looked for up to 2,000 characters before the claim).

    The ends are found once per text and bisected: the same span as scanning the 2,000
    characters before the claim for each claim (``tests/test_claims_safeguard.py``), in
    time independent of the text's length."""
    starts, ends = _sentence_ends(text)
    a = 0
    lo = bisect.bisect_left(starts, max(0, start - 2000))
    i = bisect.bisect_right(ends, start) - 1
    while i >= lo:
        # a match the scan limited to ``start + 2`` would also find (its look-ahead for the
        # next sentence's capital stops there)
        m = _SENTENCE_END.match(text, starts[i], start + 2)
        if m is not None and m.end() == ends[i]:
            a = ends[i]
            break
        i -= 1
    j = bisect.bisect_left(starts, end)
    b = ends[j] if j < len(starts) else len(text)
    return a, b


def _sentence_span_scan(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`sentence_span` by scanning (the reference the tests compare it with)."""
    a = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 2000), start + 2):
        if m.end() <= start:
            a = m.end()
    nxt = _SENTENCE_END.search(text, end)
    b = nxt.end() if nxt else len(text)
    return a, b


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence holding the claim: bounded by the sentence and by the
    nearest semicolon, colon, dash or bracket outside the claim."""
    a, b = sentence_span(text, start, end)
    for m in _CLAUSE_END.finditer(text, a, start):
        a = m.end()
    nxt = _CLAUSE_END.search(text, end, b)
    if nxt:
        b = nxt.start()
    return a, b


# --- the figures ------------------------------------------------------------------------------


def _numbers(evidence: Sequence[Mapping[str, Any]]) -> list[float]:
    out = []
    for e in evidence:
        v = e.get("value")
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            continue
        if e.get("verdict") not in (None, "contradicted"):
            continue
        out.append(float(v))
    return out


def _on_scale(stated: float, value: float, unit: str | None) -> float:
    """``value`` on the stated figure's scale (a share held as a fraction, said in per cent)."""
    if unit in ("percent", "points") and abs(value) <= 1 and abs(stated) > 1:
        return value * 100
    return value


def _digits(x: float) -> str:
    return str(round(abs(x))) if abs(x) >= 10 else f"{abs(x):.1f}".replace(".", "")


def copy_error(stated: float, true: float, *, near: float = 0.25, count: int = 3) -> bool:
    """Whether ``stated`` looks like a wrong figure in the copy for ``true``: within
    ``near`` of it (relative), within ``count`` of a small whole number (a seat count off
    by a few), doubled or halved, the same digits in another order (96 for 69, 926 for
    629), or, for three digits or more, one digit changed. These are what false claims are made of; a figure far
    from every reading in any other way is more likely a number the frame took for another
    quantity (another election's, another seat's, a change read as a level)."""
    s, t = abs(stated), abs(true)
    if s == t or max(s, t) == 0:
        return True
    if abs(s - t) / max(s, t) <= near:
        return True
    if s == round(s) and t == round(t) and abs(s - t) <= count:
        return True
    if t > 0 and any(abs(s / t - r) <= 0.05 * r for r in (2.0, 0.5)):
        return True  # doubled or halved
    ds, dt = _digits(s), _digits(t)
    if len(ds) != len(dt) or len(ds) < 2:
        return False
    if sorted(ds) == sorted(dt):
        return True
    return len(ds) >= 3 and sum(a != b for a, b in zip(ds, dt, strict=True)) == 1


#: comparators whose stated figure is a value, not a bound: "more than 2,000" is a round
#: bound, whose distance from the true value says nothing about a misreading
TIGHT = ("eq", "about", "nearly", "just_over")


# --- the candidate checks ---------------------------------------------------------------


def _frame(claim: ClaimDict) -> Mapping[str, Any]:
    return claim.get("frame") or {}


#: how a frame says it took a slot from outside the claim's sentence (a pronoun, the
#: paragraph's or story's topic, the last or nearest seat named, an earlier sentence)
_OUTSIDE = re.compile(
    r"refers to|last (?:seat|region|area|person)|earlier|paragraph|story|nearest|no area|"
    r"no seat|names no|pronoun|after the claim|after the superlative",
    re.I,
)


def outside_slot(claim: ClaimDict, text: str | None = None) -> str | None:
    """The slot of the claim's frame (subject, area or election) that was not taken from
    the claim's own sentence, as the frame describes it; ``None`` when every slot was.

    With ``text``, a slot the frame says it took from before the claim ("the nearest seat
    named before the claim") or from words it quotes ("'the year before': ...") counts as
    the sentence's when those words are in the claim's own sentence ("X won Seat with 54.9%
    of the vote and a majority of 36.7%": the seat is the sentence's)."""
    f = _frame(claim)
    sentence = ""
    if text is not None and isinstance(claim.get("start"), int):
        a, b = sentence_span(text, int(claim["start"]), int(claim.get("end") or claim["start"]))
        sentence = text[a:b]
    for slot in ("subject", "scope"):
        got = f.get(slot) or {}
        how = str(got.get("how") or "")
        if _OUTSIDE.search(how):
            name = str(got.get("name") or got.get("text") or "")
            if sentence and len(name) > 2 and name.lower() in sentence.lower():
                continue
            return how
    how = str(((claim.get("params") or {}).get("election") or {}).get("how") or "")
    if (
        how
        and not how.startswith("the story's election")
        and not re.search(r"in the claim|named in|\bin the sentence\b", how)
    ):
        quoted = re.match(r"'([^']{3,})'", how)
        if sentence and quoted and quoted.group(1).lower() in sentence.lower():
            return None
        return how
    return None


def far_figure(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """A stated value (not a bound, not a ratio) that is no plausible copy error for any
    figure read (:func:`copy_error`), in a frame that took a slot from outside the claim's
    sentence (:func:`outside_slot`): the frame most likely read another quantity. A claim
    whose subject, area and election are all in its own sentence stays false however far off
    its figure is."""
    f = _frame(claim)
    stated = claim.get("stated") or f.get("stated")
    if not stated or not isinstance(stated.get("value"), (int, float)):
        return None
    if f.get("comparator", "eq") not in TIGHT or claim.get("kind") == "ratio":
        return None
    outside = outside_slot(claim, text)
    if outside is None:
        return None  # subject, area and election all from the claim's sentence: a false figure
    v = float(stated["value"])
    values = [_on_scale(v, x, f.get("unit")) for x in _numbers(claim.get("evidence") or [])]
    # a rounded figure ("almost 2,000", "about half") is a bound too, more loosely
    near = 0.25 if f.get("comparator", "eq") == "eq" else 0.4
    if not values or any(copy_error(v, x, near=near) for x in values):
        return None
    shown = ", ".join(f"{x:,.4g}" for x in values[:3])
    return (
        f"the figure read ({shown}) is far from the stated {stated.get('text')!s}, and not "
        "as a wrong figure usually is (a near value, a transposed or changed digit): the "
        f"words may mean another quantity, and the reading took part of it from elsewhere ({outside})"
    )


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_TIME = re.compile(
    r"\b(?:(?:\w+|\d+) years? (?:ago|earlier|before|later|previously|on)|"
    r"previous(?:ly)?|last time|at the (?:last|previous|next) (?:election|poll|contest)|"
    r"(?:the )?(?:election|poll|contest) before|(?<!than )in (?:1[89]\d\d|20\d\d)|"
    r"(?:since|from|up from|down from) (?:1[89]\d\d|20\d\d))\b",
    re.I,
)


def _years_of(frame: Mapping[str, Any]) -> set[str]:
    out = set()
    for slot in ("election", "baseline"):
        m = _YEAR.search(str(frame.get(slot) or ""))
        if m:
            out.add(m.group(0))
    return out


#: measures whose reading takes a second time: a change or ratio's baseline, a record's or
#: tenure's year
_DATED = {"change", "net_change", "ratio", "swing", "record", "first_since", "tenure", "gains_from"}


def time_after(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """A time phrase after the claim in its clause that the reading did not use ("had a
    majority of 2,523 there two years ago", "... stayed with the same party as in 1997"):
    the figure may be of another election than the one read."""
    f = _frame(claim)
    if claim.get("kind") in _DATED or f.get("since_year") or f.get("baseline"):
        return None  # the time phrase is the claim's own baseline or record
    if claim.get("kind") == "census" or str(f.get("metric") or "").startswith("census"):
        return None  # a census figure is dated by its census, not by an election
    a, b = clause_span(text, claim["start"], claim["end"])
    years = _years_of(f)
    for m in _TIME.finditer(text, claim["end"], b):
        y = _YEAR.search(m.group(0))
        if (y and y.group(0) in years) or _NUMBER.search(text, claim["end"], m.start()):
            continue  # the frame's own year, or a phrase dating a later figure
        if _phrase_dated_it(claim, m.group(0)):
            continue  # the reading took its election from this phrase ("the year before")
        return f"the clause dates something after the claim ('{m.group(0)}') that its reading did not use"
    return None


_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")


def _phrase_dated_it(claim: ClaimDict, phrase: str) -> bool:
    """The reading's election was chosen from ``phrase`` (its "how" quotes it)."""
    how = str(((claim.get("params") or {}).get("election") or {}).get("how") or "")
    how += " " + str(_frame(claim).get("election_how") or "")
    return bool(phrase.strip()) and phrase.strip().lower() in how.lower()


def seat_mismatch(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """The person the claim is about stood in another seat than the one it was read in
    (a seat carried from an earlier sentence, a person named in passing)."""
    f = _frame(claim)
    scope_seat = (f.get("scope") or {}).get("seat") or {}
    codes = set((scope_seat.get("codes") or {}).values()) | {scope_seat.get("ons_code")}
    codes.discard(None)
    if not codes:
        return None
    for side in ("subject", "other"):
        cand = (f.get(side) or {}).get("candidate") or {}
        code = cand.get("ons_code")
        if code and code not in codes:
            return (
                f"{cand.get('name')} stood in another seat than {scope_seat.get('name')}, "
                "the seat the claim was read in"
            )
    return None


_AREA_WORDS = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(k) for k in lx.AREAS), key=len, reverse=True))
    + r"|the region|regional|the nation|nationwide"
    + r"|(?:in|across) the (?:north|south|east|west|midlands)(?:[- ](?:east|west))?)\b"
    + r"(?!\s+passports?\b)",  # "UK passport holders": a census group (round 9)
    re.I,
)
_NO_AREA = re.compile(
    r"^no area|\bno (?:seat or )?area(?: or seat)? named|^the sentence names no", re.I
)


class MentionIndex(list[Mapping[str, Any]]):
    """The story's mentions (in their JSON shape) with their spans sorted by start, built once
    per text (:func:`safeguard_all`), so a check finds the mentions over a clause by bisection
    instead of scanning every mention of the story for every claim."""

    def __init__(self, mentions: Sequence[Mapping[str, Any]]) -> None:
        super().__init__(mentions)
        spans = sorted((int(x["start"]), int(x["end"])) for x in mentions)
        self.starts = [s for s, _ in spans]
        self.spans = spans
        self.longest = max((e - s for s, e in spans), default=0)


def _named(mentions: Sequence[Mapping[str, Any]], a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the mentions that may overlap ``text[a:b]``: every span that does, in
    order of start (a superset is fine: callers test the overlap themselves). With a
    :class:`MentionIndex` only those starting in ``[a - longest, b)`` are looked at."""
    if isinstance(mentions, MentionIndex):
        lo = bisect.bisect_left(mentions.starts, a - mentions.longest)
        hi = bisect.bisect_left(mentions.starts, b)
        return [(s, e) for s, e in mentions.spans[lo:hi] if e > a]
    return [(x["start"], x["end"]) for x in mentions]


def area_elsewhere(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """The frame took no area from the claim, but its clause names one: the claim may be
    about that area."""
    f = _frame(claim)
    scope = f.get("scope") or {}
    if not _NO_AREA.search(scope.get("how") or ""):
        return None
    a, b = clause_span(text, claim["start"], claim["end"])
    named = _named(mentions, a, b)
    for m in _AREA_WORDS.finditer(text, a, b):
        if lx.AREAS.get(m.group(0).lower(), ("", ""))[1] == scope.get("name"):
            continue
        if any(s < m.end() and m.start() < e for s, e in named):
            continue  # part of a party's, seat's or person's name ("Reform UK")
        return f"the clause names an area ('{m.group(0)}') the reading did not use"
    return None


#: a place-like name after a preposition: a capitalised word (and the capitalised words,
#: "and"/"&"/"upon"/"on"/"-" joins that continue it)
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|for|across|throughout)\s+"
    r"(?P<name>[A-Z][\w'\u2019.]*(?:(?:\s+(?:and|&|upon|on|under|by|the)\s+|\s+|-)"
    r"[A-Z][\w'\u2019.]*)*)"
)
#: capitalised words after "in" that are no place: dates and the institutions copy names
# fmt: off
_NOT_PLACES = frozenset((
    *MONTHS, "parliament", "westminster", "government", "commons", "opposition", "office",
    "power", "charge", "total", "all", "each", "every", "both", "his", "her", "their", "its",
    "this", "that", "these", "those", "which", "what", "one", "some",
))
# fmt: on


def place_unread(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """The frame took no area from the claim, but its clause puts the figure "in" (at, for,
    across) a name the checker does not know as an area, a seat or a party: a seat spelt
    another way ("&" for "and", a county prefix), a town, a ward. The claim may be about
    that place; judged for the UK it would be called false."""
    f = _frame(claim)
    scope = f.get("scope") or {}
    if not _NO_AREA.search(scope.get("how") or ""):
        return None
    a, b = clause_span(text, claim["start"], claim["end"])
    named = _named(mentions, a, b)
    for m in _PLACE_AFTER.finditer(text, a, b):
        name = m.group("name")
        if name.split()[0].lower().strip("'\u2019.") in _NOT_PLACES:
            continue
        if any(s < m.end("name") and m.start("name") < e for s, e in named):
            continue  # a party, seat, person or area the reading knows
        return f"the clause puts it in '{name}', a place the checker does not know"
    return None


#: a gap between two figures: "N votes behind", "ahead of", "short of", "clear of"
_GAP_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,2}?(?:behind|ahead|short|clear|adrift|fewer|more|less)\b", re.I
)
_GAP_BEFORE = re.compile(
    r"\b(?:by|within|of just|to spare)\s+(?:(?:just|only|more than|less than|fewer than|"
    r"almost|nearly|about|some|over|under)\s+)?$",
    re.I,
)
#: the measures that read a level (a total, a count, a share), not a gap between two
_LEVELS = {"votes", "seats", "share", "turnout", "count_seats", "electorate"}


def gap_word(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """A level (a party's or person's votes, seats or share) whose stated figure the clause
    makes a gap between two ("2,812 votes behind the Conservatives", "won it by 187 votes",
    "came within 117 votes of"): the figure is a margin, which the reading compared with a
    total."""
    if claim.get("kind") not in _LEVELS:
        return None
    if claim.get("kind") == "count_seats" and any(
        str(c).startswith(("majority<", "majority>")) for c in _frame(claim).get("condition") or []
    ):
        return None  # "a dozen by fewer than 100": the gap is the count's condition, read
    stated = claim.get("stated") or {}
    words = str(stated.get("text") or "")
    s, e = claim["start"], claim["end"]
    at = text.find(words, s, e) if words else -1
    if at < 0:
        return None
    a, b = clause_span(text, s, e)
    after = text[at + len(words) : b]
    after = re.sub(r"^\s*(?:votes?|seats?|per cent|%|points?)\b", "", after, flags=re.I)
    m = _GAP_AFTER.search(after[:40])
    if m:
        return f"the clause makes the figure a gap ('{words}{after[: m.end()]}') the reading did not use"
    m = _GAP_BEFORE.search(text[max(a, at - 30) : at])
    if m:
        return f"the clause makes the figure a gap ('{m.group(0)}{words}') the reading did not use"
    return None


_SUPERLATIVE = re.compile(
    r"\b(?:highest|lowest|largest|smallest|biggest|narrowest|closest|tightest|safest|"
    r"best|worst|most|fewest|least)\b",
    re.I,
)


def superlative_left(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """A level read for an area (no seat) whose clause, before the figure, singles out one
    seat by a superlative and a place ("the highest turnout in the country, above 92 per cent", "its
    best result was in Islwyn, with almost 20 per cent"): the figure is that seat's."""
    if claim.get("kind") not in ("turnout", "share", "majority", "votes"):
        return None
    f = _frame(claim)
    scope = f.get("scope") or {}
    if scope.get("seat") or (f.get("subject") or {}).get("seat"):
        return None
    a, b = clause_span(text, claim["start"], claim["end"])
    stated = claim.get("stated") or {}
    words = str(stated.get("text") or "")
    at = text.find(words, claim["start"], claim["end"]) if words else -1
    found = list(_SUPERLATIVE.finditer(text, a, at if at >= 0 else claim["end"]))
    # the superlative picks a place ("lowest in X, at N"; "highest turnout in the country,
    # above N"), not a time ("its highest share since 1997, N per cent" is the party's own)
    if found and re.search(r"\b(?:in|at)\b", text[found[-1].end() : at]):
        m = found[-1]
        return f"the clause singles out one seat ('{m.group(0)}') before the figure, read for {scope.get('name') or scope.get('level')}"
    return None


#: the checks :func:`reason` applies, in order (docs/claims.md, "Safeguard (round 7)" and
#: "(round 8)"); the
#: candidates measured and not chosen are in :mod:`psephos.claims.safeguard_candidates`
CHOSEN: dict[str, Check] = {
    "far_figure": far_figure,
    "area_elsewhere": area_elsewhere,
    "time_after": time_after,
    "seat_mismatch": seat_mismatch,
    "place_unread": place_unread,
    "gap_word": gap_word,
    "superlative_left": superlative_left,
}


def reason(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]] = ()) -> str | None:
    """Why the contradicted ``claim`` (a simple claim, in the JSON shape) should not be
    called false, or ``None`` when nothing of its words is left unexplained."""
    for check in CHOSEN.values():
        why = check(claim, text, mentions)
        if why:
            return why
    return None


def safeguard(
    text: str, checked: CheckedClaim, mentions: Sequence[Mapping[str, Any]] = ()
) -> CheckedClaim:
    """``checked`` with a ``contradicted`` verdict turned ``uncertain`` when :func:`reason`
    finds a doubt (a compound claim is judged on its parts, and its verdict combined again);
    any other claim unchanged."""
    if checked.verdict != "contradicted":
        return checked
    if checked.parts:
        parts = [safeguard(text, p, mentions) for p in checked.parts]
        if all(p is q for p, q in zip(parts, checked.parts, strict=True)):
            return checked
        verdict = combine([p.verdict for p in parts])
        why = "; ".join(
            dict.fromkeys(p.explanation for p in parts if p.explanation.startswith(_PREFIX))
        )
        return dataclasses.replace(
            checked,
            parts=parts,
            verdict=verdict,
            explanation=checked.explanation if verdict == "contradicted" else why,
        )
    doubt = reason(checked.to_dict(), text, mentions)
    if doubt is None:
        return checked
    return dataclasses.replace(
        checked, verdict="uncertain", explanation=f"{_PREFIX}{doubt}. {checked.explanation}"
    )


_PREFIX = "Not called false: "


def safeguard_all(
    text: str, checked: Sequence[CheckedClaim], mentions: Sequence[Mention]
) -> list[CheckedClaim]:
    """:func:`safeguard` on every claim of a report (the mentions are put in their JSON
    shape only when some claim is contradicted)."""
    if not any(c.verdict == "contradicted" for c in checked):
        return list(checked)
    shaped = shaped_mentions(mentions)
    return [safeguard(text, c, shaped) for c in checked]


#: the last mentions list shaped, and its shape (one tuple, swapped whole: thread-safe)
_SHAPED: tuple[Any, Any] = (None, None)


def shape(m: Mention) -> dict[str, Any]:
    """``m.to_dict()`` (the JSON shape) for readers: its ``ref`` a copy of the mention's
    dict, its values shared (``dataclasses.asdict`` deep-copied every value of every
    mention: 5% of a 1 MB check; a ref holds only strings, numbers and dicts of them)."""
    return {
        "kind": m.kind,
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "ref": dict(m.ref),
        "how": m.how,
        "resolved": m.resolved,
    }


def shaped_mentions(mentions: Sequence[Mention]) -> MentionIndex:
    """The mentions in their JSON shape, indexed (:class:`MentionIndex`): made once per
    mentions list, for the safeguard and the passes after it (``review_8b_a``), which only
    read them."""
    global _SHAPED
    last = _SHAPED
    if last[0] is not mentions:
        last = (mentions, MentionIndex([shape(m) for m in mentions]))
        _SHAPED = last
    shaped: MentionIndex = last[1]
    return shaped
