"""Candidate safeguard checks that were measured and NOT chosen (docs/claims.md,
"Safeguard (round 7)" and "(round 8)", the tables): each prevents some past wrong "false" verdicts but costs
more catches of false claims than it saves. Kept so the measurement can be re-run
(``benchmarks/safeguard_score.py``) and a new candidate compared with them; the checker
never calls them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from psephos.claims.safeguard import (
    _AREA_WORDS,
    _NUMBER,
    _YEAR,
    CHOSEN,
    Check,
    ClaimDict,
    _frame,
    _named,
    clause_span,
    sentence_span,
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


# --- round 8: what the frame did not use ------------------------------------------------------


def area_unscoped(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """:func:`psephos.claims.safeguard.area_elsewhere` for a frame that says nothing of its
    area (a change, a seat count, a record: the scope has no name and no "how"), read for
    the UK while its clause names an area ("Labour's share in the region fell by ten
    points")."""
    f = _frame(claim)
    scope = f.get("scope") or {}
    if scope.get("name") or scope.get("how") or scope.get("where"):
        return None
    a, b = clause_span(text, claim["start"], claim["end"])
    named = _named(mentions, a, b)
    for m in _AREA_WORDS.finditer(text, a, b):
        if any(s < m.end() and m.start() < e for s, e in named):
            continue
        return f"the clause names an area ('{m.group(0)}') the reading did not use"
    return None


def list_gapped(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """A figure in a list that leaves its verb out ("Labour took eight, and the Liberal
    Democrats three"; "the SNP six"): the reading carried the first item's measure, area
    and time to it."""
    f = _frame(claim)
    subject = f.get("subject") or {}
    notes = " ".join(str(n) for n in (f.get("notes") or []))
    if "in the list" in str(subject.get("how") or "") or "a list continuing" in notes:
        return (
            "a figure in a list without its own verb: its measure was carried from the first item"
        )
    return None


_PRONOUN_HOW = re.compile(r"^'(?:it|its|they|their|the party)' refers to", re.I)


def record_pronoun(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """A record or superlative ("the lowest since 1918", "the most since 1923") whose subject
    is a pronoun taken for the story's or sentence's party: "it" may be the turnout or the
    share the sentence is about."""
    if claim.get("kind") not in ("record", "first_since", "superlative"):
        return None
    how = str((_frame(claim).get("subject") or {}).get("how") or "")
    if _PRONOUN_HOW.search(how) or "pronoun" in how:
        return f"the record's subject is a pronoun ({how})"
    return None


#: every measured check, the chosen ones first
CANDIDATES: dict[str, Check] = {
    **CHOSEN,
    "inferred_subject": inferred_subject,
    "inferred_scope": inferred_scope,
    "inferred_subject_rival": inferred_subject_rival,
    "year_elsewhere": year_elsewhere,
    "weak_election": weak_election,
    "far_rank": far_rank,
    "party_in_ranking": party_in_ranking,
    "person_absent": person_absent,
    "slot_conflict": slot_conflict,
    "qualifier_word": qualifier_word,
    "other_party": other_party,
    "other_seat": other_seat,
    "other_number": other_number,
    "area_unscoped": area_unscoped,
    "list_gapped": list_gapped,
    "record_pronoun": record_pronoun,
}
