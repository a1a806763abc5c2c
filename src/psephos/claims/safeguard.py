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
(``benchmarks/safeguard_score.py``). :data:`CANDIDATES` holds every check that was measured;
:func:`reason` is the chosen combination. The measurement (past blind batches, each scored
with the checker that had never seen it, and the current 95 stories) is in docs/claims.md,
"Safeguard (round 7)".
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims.compound import combine
from psephos.claims.model import CheckedClaim, Mention

ClaimDict = Mapping[str, Any]
Check = Callable[[ClaimDict, str, Sequence[Mapping[str, Any]]], "str | None"]

# --- where the claim sits ------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]*[A-Z0-9])|\n")
#: what ends a clause inside a sentence: a semicolon, a colon, a dash, a bracket
_CLAUSE_END = re.compile(r";|:(?!\d)|\s[-\u2013\u2014]\s|\u2014|[()]")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (a full stop, "!" or "?" before a capital or
    a digit, or a line break, ends one)."""
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
    by a few), the same digits in another order (96 for 69, 926 for 629), or, for three
    digits or more, one digit changed. These are what false claims are made of; a figure far
    from every reading in any other way is more likely a number the frame took for another
    quantity (another election's, another seat's, a change read as a level)."""
    s, t = abs(stated), abs(true)
    if s == t or max(s, t) == 0:
        return True
    if abs(s - t) / max(s, t) <= near:
        return True
    if s == round(s) and t == round(t) and abs(s - t) <= count:
        return True
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


def far_figure(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """A stated value (not a bound, not a ratio) that is no plausible copy error for any
    figure read (:func:`copy_error`): the frame most likely read another quantity."""
    f = _frame(claim)
    stated = claim.get("stated") or f.get("stated")
    if not stated or not isinstance(stated.get("value"), (int, float)):
        return None
    if f.get("comparator", "eq") not in TIGHT or claim.get("kind") == "ratio":
        return None
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
        "words may mean another quantity"
    )


_INFERRED_HOW = re.compile(
    r"refers to|the story is on|story's|sentence is about|paragraph|pronoun|no subject|"
    r"earlier sentence|the winner or loser named",
    re.I,
)


def inferred_subject(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """The subject was not named in the claim's sentence: a pronoun, the story's or the
    paragraph's topic."""
    f = _frame(claim)
    subject = f.get("subject") or {}
    how = subject.get("how") or ""
    inferred = f.get("inferred") or []
    if _INFERRED_HOW.search(how) or "subject" in inferred:
        return f"the subject ({subject.get('text') or subject.get('party')}) is not named in the sentence ({how})"
    return None


_SCOPE_INFERRED = re.compile(
    r"last (?:seat|region|area) named|paragraph is|refers to|story is|story's|no (?:area|seat)",
    re.I,
)


def inferred_scope(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """The area was not named in the claim's sentence (the last seat or region named, the
    paragraph's or story's area)."""
    f = _frame(claim)
    scope = f.get("scope") or {}
    how = scope.get("how") or ""
    if _SCOPE_INFERRED.search(how) or "scope" in (f.get("inferred") or []):
        return f"the area ({scope.get('name') or scope.get('level')}) is not named in the sentence ({how})"
    return None


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_TIME = re.compile(
    r"\b(?:(?:\w+|\d+) years? (?:ago|earlier|before|later|previously|on)|"
    r"previous(?:ly)?|last time|at the (?:last|previous|next) (?:election|poll|contest)|"
    r"(?:the )?(?:election|poll|contest) before|(?<!than )in (?:1[89]\d\d|20\d\d)|"
    r"(?:since|from|up from|down from) (?:1[89]\d\d|20\d\d))\b",
    re.I,
)


def _story_election(claim: ClaimDict) -> str | None:
    how = ((claim.get("params") or {}).get("election") or {}).get("how") or ""
    return how


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
        return f"the clause dates something after the claim ('{m.group(0)}') that its reading did not use"
    return None


def year_elsewhere(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """The election was read from a year in the sentence outside the claim's words ("72.8
    per cent, up from 71.1 per cent in 1935"; "Stafford, lost by X when he stood there in
    1997, went to Y with a majority of 5,460"): the year may date another part of the
    sentence."""
    how = ((claim.get("params") or {}).get("election") or {}).get("how") or ""
    m = re.match(r"'([^']*)'", how)
    if not m or "earlier" in how or "subheading" in how or "heading" in how:
        return None
    words = m.group(1)
    if words.lower() in str(claim.get("text", "")).lower():
        return None
    return f"the election was read from '{words}', outside the claim's words"


_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")


def other_number(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """Another figure (not a year) in the claim's clause that the claim did not use."""
    a, b = clause_span(text, claim["start"], claim["end"])
    used = set((claim.get("params") or {}).get("numbers") or [])
    s, e = claim["start"], claim["end"]
    for m in _NUMBER.finditer(text, a, b):
        if s <= m.start() < e or m.group(0) in used or _YEAR.fullmatch(m.group(0)):
            continue
        return f"the clause has another figure ({m.group(0)}) the claim did not use"
    return None


_QUALIFIER = re.compile(
    r"\b(?:after|excluding|except|only|apart from|other than|outside|combined|"
    r"together|between (?:them|the)|of all|at any|among|including|average|each|per seat|"
    r"(?<!more )(?<!less )(?<!fewer )(?<!greater )(?<!higher )(?<!lower )(?<!rather )than|"
    r"ago|record|high-water|since|first|again|net|in all|alone|respectively|counting|"
    r"not counting|bar|besides|behind)\b",
    re.I,
)


def qualifier_word(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """A qualifying word next to the claim (within its clause, up to six words either side,
    or inside it) that the frame's comparator does not account for."""
    f = _frame(claim)
    if f.get("comparator") not in ("eq", "about", "nearly", "just_over", "gt", "lt", "ge", "le"):
        return None
    a, b = clause_span(text, claim["start"], claim["end"])
    left = text[a : claim["start"]].split()[-6:]
    right = text[claim["end"] : b].split()[:6]
    window = " ".join([*left, text[claim["start"] : claim["end"]], *right])
    m = _QUALIFIER.search(window)
    if m:
        return f"a qualifier next to the claim ('{m.group(0)}') that its reading does not use"
    return None


def _party_codes(frame: Mapping[str, Any]) -> set[str]:
    out = set()
    for side in ("subject", "other"):
        s = frame.get(side) or {}
        if s.get("party"):
            out.add(s["party"])
        cand = s.get("candidate") or {}
        if cand.get("party"):
            out.add(cand["party"])
    return out


def other_party(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """The claim's clause names a party the frame did not use, and the claim's own words name
    none: the figure may be that party's."""
    f = _frame(claim)
    a, b = clause_span(text, claim["start"], claim["end"])
    mine = _party_codes(f)
    in_claim = [
        m
        for m in mentions
        if m.get("kind") == "party" and claim["start"] <= m["start"] < claim["end"]
    ]
    if in_claim:
        return None
    for m in mentions:
        if m.get("kind") != "party" or not (a <= m["start"] < b):
            continue
        code = (m.get("ref") or {}).get("party_code")
        if code and code not in mine:
            return f"the clause names another party ({m.get('text')}) the claim may be about"
    return None


def _seat_names(frame: Mapping[str, Any]) -> set[str]:
    out = set()
    for slot in (frame.get("subject") or {}, frame.get("scope") or {}, frame.get("other") or {}):
        seat = slot.get("seat") or {}
        if seat.get("name"):
            out.add(seat["name"].lower())
        if slot.get("kind") == "seat" and slot.get("text"):
            out.add(str(slot["text"]).lower())
        cand = slot.get("candidate") or {}
        if cand.get("ons_code"):
            out.add(cand["ons_code"])
    return out


def other_seat(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """The claim's clause names a seat the frame did not use."""
    f = _frame(claim)
    a, b = clause_span(text, claim["start"], claim["end"])
    mine = _seat_names(f)
    for m in mentions:
        if m.get("kind") != "seat" or not (a <= m["start"] < b):
            continue
        ref = m.get("ref") or {}
        names = {str(ref.get("name", "")).lower(), str(m.get("text", "")).lower()}
        codes = set((ref.get("codes") or {}).values())
        if names & mine or codes & mine:
            continue
        return f"the clause names another seat ({m.get('text')}) the claim may be about"
    return None


_POSITION = re.compile(r"^(\d+)(?:st|nd|rd|th)\b")


def far_rank(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]], *, within: int = 10
) -> str | None:
    """A superlative or rank whose seat stands more than ``within`` places from the
    position claimed: a seat the story calls the largest is, if the claim is simply
    wrong, near the top (second, third); one ranked hundreds down was most likely
    ranked in another measure, set or area than the words mean."""
    if claim.get("kind") not in ("superlative", "rank"):
        return None
    f = _frame(claim)
    claimed = f.get("nth") or 1
    places = []
    for e in claim.get("evidence") or []:
        m = _POSITION.match(str(e.get("display") or ""))
        if m and e.get("verdict") in (None, "contradicted"):
            places.append(int(m.group(1)))
    if places and all(abs(p - claimed) > within for p in places):
        return (
            f"the seat ranks {min(places)}, far from the position claimed ({claimed}): the "
            "ranking may be of another measure, set of seats or area than the words mean"
        )
    return None


def slot_conflict(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """The frame's slots do not fit together: a person named who did not stand in the
    contest read, or whose name matches no one the text introduced."""
    f = _frame(claim)
    for side in ("subject", "other"):
        how = (f.get(side) or {}).get("how") or ""
        m = re.search(r"not a candidate at [\w-]+|no one with this surname[^;]*", how)
        if m:
            return f"the frame's slots do not fit together ({m.group(0)})"
    return None


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
    + r"|(?:in|across) the (?:north|south|east|west|midlands)(?:[- ](?:east|west))?)\b",
    re.I,
)
_NO_AREA = re.compile(
    r"^no area|\bno (?:seat or )?area(?: or seat)? named|^the sentence names no", re.I
)


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
    named = [(x["start"], x["end"]) for x in mentions]
    for m in _AREA_WORDS.finditer(text, a, b):
        if lx.AREAS.get(m.group(0).lower(), ("", ""))[1] == scope.get("name"):
            continue
        if any(s < m.end() and m.start() < e for s, e in named):
            continue  # part of a party's, seat's or person's name ("Reform UK")
        return f"the clause names an area ('{m.group(0)}') the reading did not use"
    return None


def party_in_ranking(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """A superlative or rank whose words name a party (or a party's "its", "their") that
    the ranking does not use: "the narrowest Conservative result", "its safest seat"."""
    if claim.get("kind") not in ("superlative", "rank"):
        return None
    f = _frame(claim)
    used = " ".join(
        [str(f.get("metric") or ""), " ".join((f.get("scope") or {}).get("where") or [])]
    )
    s, e = claim["start"], claim["end"]
    for m in mentions:
        if m.get("kind") == "party" and s <= m["start"] < e:
            code = (m.get("ref") or {}).get("party_code")
            if code and code not in used:
                return f"the ranking does not use the party its words name ({m.get('text')})"
    m2 = re.search(r"\b(?:its|their|his|her)\b", text[s:e], re.I)
    if m2 and not re.search(r"share:|winner=|first=|second=", used):
        return f"the ranking does not use the party '{m2.group(0)}' refers to"
    return None


_SCORES = re.compile(r"score (\d+)")


def weak_election(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]], *, floor: int = 10
) -> str | None:
    """The story's election was a default, or chosen on little evidence (a score under
    ``floor``, or within a third of the next election's)."""
    how = ((claim.get("params") or {}).get("election") or {}).get("how") or ""
    if not how.startswith("the story's election"):
        return None
    if "no evidence" in how:
        return "the story's election is an assumption: nothing in the text dates it"
    scores = [int(x) for x in _SCORES.findall(how)] + [
        int(x) for x in re.findall(r"against (\d+)", how)
    ]
    if scores and (scores[0] < floor or (len(scores) > 1 and scores[1] * 3 > scores[0] * 2)):
        return f"the story's election rests on little evidence ({how})"
    return None


def person_absent(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """The claim is about a named person, but the figures read are someone else's: the
    explanation does not name them."""
    f = _frame(claim)
    subject = f.get("subject") or {}
    if subject.get("kind") != "candidate":
        return None
    name = str((subject.get("candidate") or {}).get("name") or subject.get("text") or "")
    surname = name.split()[-1] if name.split() else ""
    if len(surname) < 3 or surname.lower() in str(claim.get("explanation", "")).lower():
        return None
    return f"the figures read are not {name}'s"


def inferred_subject_rival(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """The subject was taken from outside the sentence (:func:`inferred_subject`) and the
    sentence names another party it could be."""
    why = inferred_subject(claim, text, mentions)
    if not why:
        return None
    a, b = sentence_span(text, claim["start"], claim["end"])
    mine = _party_codes(_frame(claim))
    for m in mentions:
        if m.get("kind") == "party" and a <= m["start"] < b:
            code = (m.get("ref") or {}).get("party_code")
            if code and code not in mine:
                return f"{why}, and the sentence names {m.get('text')}"
    return None


CANDIDATES: dict[str, Check] = {
    "far_figure": far_figure,
    "inferred_subject": inferred_subject,
    "inferred_scope": inferred_scope,
    "time_after": time_after,
    "year_elsewhere": year_elsewhere,
    "other_number": other_number,
    "qualifier_word": qualifier_word,
    "other_party": other_party,
    "other_seat": other_seat,
    "far_rank": far_rank,
    "slot_conflict": slot_conflict,
    "seat_mismatch": seat_mismatch,
    "weak_election": weak_election,
    "person_absent": person_absent,
    "inferred_subject_rival": inferred_subject_rival,
    "area_elsewhere": area_elsewhere,
    "party_in_ranking": party_in_ranking,
}

#: the checks :func:`reason` applies (docs/claims.md, "Safeguard (round 7)")
CHOSEN: tuple[str, ...] = ("far_figure", "area_elsewhere", "time_after", "seat_mismatch")


def reason(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]] = ()) -> str | None:
    """Why the contradicted ``claim`` (a simple claim, in the JSON shape) should not be
    called false, or ``None`` when nothing of its words is left unexplained."""
    for name in CHOSEN:
        why = CANDIDATES[name](claim, text, mentions)
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
    shaped = [m.to_dict() for m in mentions]
    return [safeguard(text, c, shaped) for c in checked]
