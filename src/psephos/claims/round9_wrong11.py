"""Round 9 (WRONG11): classes of true claims the eleventh held-out batch saw called false.

Read right (docs/claims.md, "Eleventh held-out batch, WRONG"):

- *a ratio word and its qualifier*: "more than halved" is a ratio **below** one half (the
  qualifier of a falling ratio points down), "nearly halved" a ratio a little above it;
  a plain "halved", "doubled" or "trebled" is the factor as copy rounds it, not the exact
  factor (:func:`ratio_comparator`, :func:`ratio_verdict`); a ratio said of a seat ("in
  Thurrock") is the seat's (:func:`ratio_seat`), and one said of "his majority" is left to
  the majority rules (:func:`majority_follows`);
- *an area's figure with a seat named after it*: "Turnout in the region was 62.9 per cent;
  Leeds Central had the lowest" is the region's turnout (:func:`later_seat`);
- *the seat of the clause's own subject*: "..., and Newcastle East's Nick Brown gave Labour
  its highest share, 67.6 per cent" is Newcastle East's share, not that of the seat named
  before (:func:`clause_seat`); "Newcastle East", "Hull North" name the seats of a town
  upon a river (:func:`short_seat_names`);
- *a census share read as a vote share*: "Great Yarmouth, one of Reform's five seats, has
  the highest share without a passport, 25.1 per cent" is the census group's share of the
  seat (:func:`census_figure`).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims.compound import rejoin
from psephos.claims.frame import Frame, Scope
from psephos.claims.lexicon_census9 import COUNT_GROUPS
from psephos.claims.model import CheckedClaim, Mention, Verdict
from psephos.claims.safeguard import sentence_span, shape

Reeval = Callable[[CheckedClaim, Any], CheckedClaim]

#: a plain ratio word ("doubled", "halved") is true within this factor of its value and
#: not called false within the wider one (copy rounds 1.9 or 2.15 times to "doubled")
RATIO_NEAR = 1.10
RATIO_LOOSE = 1.25
#: "nearly doubled": from this fraction of the factor up to it (1.8 to 2 times) is true,
#: and down to the looser fraction not called false
NEARLY_NEAR = 0.90
NEARLY_LOOSE = 0.75


#: the note a ratio said by a word alone carries ("halved", "more than doubled its share")
RATIO_WORD_NOTE = "a ratio said in words, no figure of its own"
#: a figure right after the ratio word is its base ("more than double the 34 it held")
_FIGURE_AFTER = re.compile(r"^\W*(?:(?:the|its|their|his|her|that)\s+)?(?:\w+\s+)?\d", re.I)


_MAJORITY_AFTER = re.compile(
    r"^\s+(?:(?:his|her|their|its|the(?:\s+party's)?)\s+)?(?:own\s+)?majority\b", re.I
)


def majority_follows(after: str) -> bool:
    """ "more than doubled his majority in Exeter": the ratio word acts on a seat's
    majority, which the majority rules read (a relative change); no share ratio."""
    return _MAJORITY_AFTER.match(after) is not None


def mark_ratio_word(frame: Frame, after: str) -> None:
    """Note on a ratio frame that its stated value is a word ("halved"), not a figure the
    copy could have mistyped, unless a figure follows the word ("double the 34")."""
    if not _FIGURE_AFTER.match(after):
        frame.notes.append(RATIO_WORD_NOTE)


def said_in_words(frame: Frame) -> bool:
    """A ratio stated by a word alone ("halved", "more than doubled its share"), not a
    copied figure: a ratio far from it is the change being other than said, never a number
    misread (the guard's 'another quantity' doubt does not apply)."""
    return frame.measure == "ratio" and RATIO_WORD_NOTE in frame.notes


def ratio_comparator(factor: float, comparator: str) -> str:
    """The comparator of a ratio word with its qualifier. For a falling ratio ("halved")
    "more than" means further down: a ratio *below* the factor ("lt"), not above it."""
    if factor < 1 and comparator in ("gt", "ge"):
        return "lt"
    return comparator


def ratio_verdict(value: float, frame: Frame) -> Verdict:
    """The verdict on a ratio ``value`` (now / before, or one side / the other) against a
    ratio word: "more than doubled" > 2, "more than halved" < 0.5 (strict, as stated);
    "nearly doubled" 1.8 to 2, "nearly halved" 0.5 to 0.56 (the factor approached from the
    side the ratio moves from; past the factor it is false); a plain "doubled" 1.82 to 2.2,
    "halved" 0.45 to 0.55. A ratio outside those but within the looser band (short of the
    factor, for "nearly") is ``uncertain``, not false."""
    s = frame.stated
    if s is None or not s.value or value <= 0 or math.isnan(value):
        return "uncertain"
    k = float(s.value)
    cmp = frame.comparator
    if cmp in ("gt", "ge"):
        return "supported" if value > k or (cmp == "ge" and value == k) else "contradicted"
    if cmp in ("lt", "le"):
        return "supported" if value < k or (cmp == "le" and value == k) else "contradicted"
    # on a log scale a ratio's distance from the factor is the same up or down
    # how far the ratio went towards the factor: 1 reached it, below 1 short, above beyond
    frac = value / k if k >= 1 else k / value
    if cmp == "nearly":
        if NEARLY_NEAR - 1e-9 <= frac <= 1 + 1e-9:
            return "supported"
        if NEARLY_LOOSE - 1e-9 <= frac < 1:  # short of "nearly"; past the factor is false
            return "uncertain"
        return "contradicted"
    dist = max(frac, 1 / frac)
    if dist <= RATIO_NEAR + 1e-9:
        return "supported"
    if dist <= RATIO_LOOSE + 1e-9:
        return "uncertain"
    return "contradicted"


# --- the review of claims called false ----------------------------------------------------

_PREFIX = "Not called false: "
#: measures of an area's (or a seat's) own figure that a seat named later can steal
_AREA_FIGURES = ("turnout", "share", "change", "ratio")
#: a clause break between a figure and a seat named after it: "69.8 per cent, with St Albans
#: the highest", "62.9 per cent; Leeds Central had the lowest", ", while Hexham ..."
_CLAUSE_BREAK = re.compile(r"(?:;|,\s*(?:with|while|whereas|and|but)\b|\s+with\b|\s+while\b)")
#: words that name an area of several seats, the last before the figure in its paragraph
_AREA_WORD = re.compile(
    r"\b(?:(?:across|in|throughout|for|of)\s+the\s+(?P<region>region|area)\b|"
    r"(?P<named>" + "|".join(re.escape(k) for k in sorted(lx.AREAS, key=len, reverse=True))
    + r")\b)",
    re.I,
)  # fmt: skip
#: area words said loosely of the UK ("the country" may be a nation in a nation's paper):
#: a reading there may make the claim true, never false
_LOOSE_AREAS = frozenset({"the country", "nationally"})
#: the clause a figure sits in starts after the last of these before it
_CLAUSE_START = re.compile(r"(?:;|:|,\s*(?:and|while|but|whereas)\s|\.\s)")


def _seat_mentions(
    mentions: Sequence[Mapping[str, Any]], a: int, b: int, kinds: tuple[str, ...] = ("seat",)
) -> list[Mapping[str, Any]]:
    if isinstance(mentions, _ByStart):
        lo = bisect.bisect_left(mentions.starts, a)
        hi = bisect.bisect_right(mentions.starts, b)
        picked = [mentions[i] for i in sorted(mentions.order[lo:hi])]
        return [m for m in picked if m["kind"] in kinds and m["end"] <= b]
    return [m for m in mentions if m["kind"] in kinds and a <= m["start"] and m["end"] <= b]


class _ByStart(list[Mapping[str, Any]]):
    """The story's mentions (JSON shape), in their order, with their starts sorted once: a
    claim's clause finds its mentions by bisection, not by scanning every mention of a long
    story per claim (:func:`_seat_mentions` gives the same list either way)."""

    def __init__(self, mentions: Sequence[Mapping[str, Any]]) -> None:
        super().__init__(mentions)
        self.order = sorted(range(len(mentions)), key=lambda i: int(mentions[i]["start"]))
        self.starts = [int(mentions[i]["start"]) for i in self.order]


def _codes(ref: Mapping[str, Any] | None) -> set[str]:
    ref = ref or {}
    return {str(v) for v in (ref.get("codes") or {}).values()} | (
        {str(ref["ons_code"])} if ref.get("ons_code") else set()
    )


def _uncertain(c: CheckedClaim, why: str) -> CheckedClaim:
    return dataclasses.replace(
        c, verdict="uncertain", explanation=f"{_PREFIX}{why}. {c.explanation}"
    )


def _area_before(
    con: Any, text: str, at: int, para: int, seat_code: str, mentions: Sequence[Mapping[str, Any]]
) -> tuple[Scope, bool] | None:
    """The area the words before ``at`` (back to the paragraph's start) name last, as a
    scope, and whether a reading there may make a claim false (False for a loose word)."""
    seats = _seat_mentions(mentions, para, at)
    found = [
        m
        for m in _AREA_WORD.finditer(text, para, at)
        if not any(s["start"] <= m.start() < s["end"] for s in seats)
    ]
    if not found:
        return None
    m = found[-1]
    if m.group("region"):
        row = con.execute(
            "SELECT region FROM constituencies WHERE ons_code = ?", [seat_code]
        ).fetchone()
        if not row or not row[0]:
            return None
        how = f"'the {m.group('region')}' before the figure: the region of the seat named after it"
        return Scope(level="region", name=str(row[0]), how=how), True
    word = m.group("named").lower()
    level, name = lx.AREAS[word]
    how = f"'{m.group('named')}' before the figure, not the seat named after it"
    scope = Scope(level=level, name=None if level in ("uk", "gb") else name, how=how)  # type: ignore[arg-type]
    return scope, word not in _LOOSE_AREAS


def _name_at(text: str, a: int, b: int, name: str) -> list[int]:
    """Where the seat's name stands in ``text[a:b]`` (its words, a comma allowed between:
    "Sheffield, Hallam" for Sheffield Hallam), for a seat the tagger left unmarked."""
    words = re.findall(r"\w+", name)
    if not words:
        return []
    pat = re.compile(r"\b" + r",?[\s-]+".join(map(re.escape, words)) + r"\b", re.I)
    return [m.start() for m in pat.finditer(text, a, b)]


def later_seat(
    con: Any, c: CheckedClaim, text: str, mentions: Sequence[Mapping[str, Any]], reeval: Reeval
) -> CheckedClaim | None:
    """ "Turnout rose 2.2 points to 69.8 per cent, with St Albans the highest at 78.3 per
    cent"; "Turnout in the region was 62.9 per cent; Leeds Central had the lowest": a figure
    read for a seat named only after it, past a clause break, is the area's the words
    before it name (the region, a nation, the UK). Read there: true or false as it is there;
    with no area named, or a loose one that does not make it true, ``uncertain``."""
    f = c.claim.frame
    if f is None or f.measure not in _AREA_FIGURES or f.scope.level != "seat":
        return None
    codes = _codes(f.scope.seat)
    a, b = sentence_span(text, c.claim.start, c.claim.end)
    named = [m["start"] for m in _seat_mentions(mentions, a, b) if _codes(m.get("ref")) & codes]
    named += _name_at(text, a, b, str(f.scope.name or ""))
    if not named or any(at < c.claim.end for at in named):
        return None
    if not _CLAUSE_BREAK.search(text, c.claim.end, min(named)):
        return None
    para = text.rfind("\n\n", 0, a)
    para = 0 if para < 0 else para + 2
    code = str((f.scope.seat or {}).get("ons_code") or next(iter(codes)))
    area = _area_before(con, text, c.claim.start, para, code, mentions)
    if area is None:
        return _uncertain(c, f"{f.scope.name} is named after the figure, in another clause")
    scope, firm = area
    alt = dataclasses.replace(f, scope=scope)
    got = reeval(c, alt)
    if got.verdict == "supported" or (got.verdict == "contradicted" and firm):
        return dataclasses.replace(
            got,
            claim=dataclasses.replace(c.claim, frame=alt),
            explanation=f"{f.scope.name} is named after the figure, in another clause; read "
            f"for {scope.name or scope.level.upper()} ({scope.how}): {got.explanation}",
        )
    return _uncertain(c, f"{f.scope.name} is named after the figure, in another clause")


def clause_seat(
    con: Any, c: CheckedClaim, text: str, mentions: Sequence[Mapping[str, Any]], reeval: Reeval
) -> CheckedClaim | None:
    """ "North Tyneside's Mary Glindon had the largest majority, 19,284, and Newcastle
    East's Nick Brown gave Labour its highest share, 67.6 per cent"; "... held North
    Tyneside. Nick Brown took 67.6 per cent": a share read for a seat named before the
    claim's own clause (or sentence) while that clause names another seat, or a candidate
    of the election who stood in another seat, is that seat's."""
    f = c.claim.frame
    if f is None or f.measure not in ("share", "votes", "superlative"):
        return None
    by_subject = f.measure == "superlative"
    if by_subject and (f.subject.kind != "seat" or not f.subject.seat):
        return None
    if not by_subject and f.scope.level != "seat":
        return None
    read = f.subject.seat if by_subject else f.scope.seat
    name_read = (read or {}).get("name")
    codes = _codes(read)
    a, _ = sentence_span(text, c.claim.start, c.claim.end)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, a, c.claim.start)]
    lo = starts[-1] if starts else a
    in_clause = _seat_mentions(mentions, lo, c.claim.end)
    if any(_codes(m.get("ref")) & codes for m in in_clause):
        return None  # the clause names the seat read
    if name_read and _name_at(text, lo, c.claim.end, str(name_read)):
        return None
    own = [m for m in in_clause if m["start"] < c.claim.start]
    seat: dict[str, Any] | None = None
    who = ""
    if own:
        ref = own[-1].get("ref") or {}
        year = str(f.election or "")[2:6]
        code = _code_for(con, ref, year)
        if code is not None:
            seat, who = (
                {"name": ref.get("name", own[-1]["text"]), "ons_code": code},
                own[-1]["text"],
            )
    else:
        for m in reversed(_seat_mentions(mentions, lo, c.claim.start, ("person",))):
            stood = [
                k
                for k in (m.get("ref") or {}).get("candidacies") or []
                if k.get("election_id") == f.election and k.get("ons_code") not in codes
            ]
            if len(stood) == 1:
                row = con.execute(
                    "SELECT name, boundary_set FROM constituencies WHERE ons_code = ?",
                    [stood[0]["ons_code"]],
                ).fetchone()
                if row:
                    seat = {"name": row[0], "ons_code": stood[0]["ons_code"],
                            "boundary_set": row[1]}  # fmt: skip
                    who = f"{m['text']}, a candidate there"
                break
    if seat is None:
        return None
    how = f"the seat the claim's own clause names ({who})"
    if by_subject:
        alt = dataclasses.replace(
            f, subject=dataclasses.replace(f.subject, seat=seat, text=who, how=how)
        )
    else:
        alt = dataclasses.replace(
            f, scope=Scope(level="seat", name=str(seat["name"]), seat=seat, how=how)
        )
    got = reeval(c, alt)
    if got.verdict in ("supported", "contradicted"):
        return dataclasses.replace(
            got,
            claim=dataclasses.replace(c.claim, frame=alt),
            explanation=f"Read for {seat['name']}, the seat of the claim's own clause, not "
            f"{name_read}: {got.explanation}",
        )
    return _uncertain(c, f"the claim's own clause names {who}, not {name_read}")


def _code_for(con: Any, ref: Mapping[str, Any], year: str) -> str | None:
    """The seat's code on the boundaries of the election year (2010-2019: the 2010 set)."""
    codes = ref.get("codes") or {}
    want = "2024" if year == "2024" else "2010"
    return str(codes[want]) if codes.get(want) else None


_GROUP_WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(lx.GROUPS, key=len, reverse=True)) + r")\b",
    re.I,
)


def census_figure(
    con: Any, c: CheckedClaim, text: str, mentions: Sequence[Mapping[str, Any]], reeval: Reeval
) -> CheckedClaim | None:
    """ "Great Yarmouth, one of Reform's five seats, has the highest share without a
    passport, 25.1 per cent"; "East Ham has the highest share holding a passport from the
    Middle East or Asia, 11.1 per cent, and Leicester East ... has 10.2 per cent": a figure
    after a census group in its sentence, read as a party's vote share, is the group's
    share of the seat named last before it (Census 2021/22, 2024 seats). True there, it is
    supported; false there with no party or person between the group and the figure, it
    is false as the census share; otherwise the vote-share reading stands."""
    f = c.claim.frame
    if f is None or f.measure != "share" or (f.metric or "share").startswith("census"):
        return None
    a, _ = sentence_span(text, c.claim.start, c.claim.end)
    groups = list(_GROUP_WORD.finditer(text, a, c.claim.start))
    if not groups:
        return None
    g = groups[-1]
    key = " ".join(g.group(0).lower().replace("-", " ").split())
    group = lx.GROUPS.get(key) or lx.GROUPS.get(g.group(0).lower())
    if group is None or (key in lx.CAPITAL_GROUPS and not g.group(0)[:1].isupper()):
        return None
    if group in COUNT_GROUPS:
        return None  # people per hectare: no share to read the figure as
    seats = [
        m
        for m in _seat_mentions(mentions, a, c.claim.start)
        if (m.get("ref") or {}).get("codes", {}).get("2024")
    ]
    if not seats:
        return None
    ref = seats[-1]["ref"]
    seat = {"name": ref.get("name"), "ons_code": ref["codes"]["2024"], "boundary_set": "2024"}
    alt = dataclasses.replace(
        f,
        measure="census",
        metric=f"census:{group}",
        scope=Scope(level="seat", name=str(ref.get("name")), seat=seat,
                    how="the seat named before the census group's figure"),
    )  # fmt: skip
    got = reeval(c, alt)
    between = _seat_mentions(mentions, g.end(), c.claim.start, ("party", "person"))
    if got.verdict == "supported" or (got.verdict == "contradicted" and not between):
        return dataclasses.replace(
            got,
            claim=dataclasses.replace(c.claim, frame=alt),
            explanation=f"The figure follows '{g.group(0)}', a census group: read as its "
            f"share of {ref.get('name')}, not a vote share. {got.explanation}",
        )
    return None


def ratio_seat(
    con: Any, c: CheckedClaim, text: str, mentions: Sequence[Mapping[str, Any]], reeval: Reeval
) -> CheckedClaim | None:
    """ "UKIP more than doubled its share of the vote in Clacton": a ratio read for the UK
    by default while its words name a seat ("in SEAT" right after them) is the seat's
    (the party's figure there now against the election before); true or false there,
    else ``uncertain``."""
    f = c.claim.frame
    if f is None or f.measure != "ratio" or f.scope.level != "uk":
        return None
    if not (f.scope.how or "").startswith("no area named"):
        return None
    _, b = sentence_span(text, c.claim.start, c.claim.end)
    seats = [m for m in _seat_mentions(mentions, c.claim.start, b)
             if re.search(r"\b(?:in|at)\s+$", text[max(c.claim.start, m["start"] - 4) : m["start"]])
             and not re.search(r"[;,.]", text[c.claim.end : m["start"]])]  # fmt: skip
    if not seats:
        return None
    ref = seats[0].get("ref") or {}
    code = _code_for(con, ref, str(f.election or "")[2:6])
    if code is None:
        return _uncertain(c, f"the ratio is said of {seats[0]['text']}, not the UK")
    seat = {"name": ref.get("name", seats[0]["text"]), "ons_code": code}
    scope = Scope(level="seat", name=str(seat["name"]), seat=seat, how="named after the ratio")
    alt = dataclasses.replace(f, scope=scope)
    got = reeval(c, alt)
    if got.verdict in ("supported", "contradicted"):
        return dataclasses.replace(
            got,
            claim=dataclasses.replace(c.claim, frame=alt),
            explanation=f"The ratio is said of {seat['name']}: {got.explanation}",
        )
    return _uncertain(c, f"the ratio is said of {seat['name']}, not the UK")


def _one(
    con: Any, c: CheckedClaim, text: str, mentions: Sequence[Mapping[str, Any]], reeval: Reeval
) -> CheckedClaim:
    if c.verdict == "supported" and not c.parts:
        return ratio_seat(con, c, text, mentions, reeval) or c
    if c.verdict == "uncertain" and not c.parts and _PREFIX in c.explanation:
        # an earlier pass's doubt: the census group's or the clause's own seat re-read,
        # kept only when it makes the claim true
        for read in (census_figure, clause_seat):
            got = read(con, c, text, mentions, reeval)
            if got is not None and got.verdict == "supported":
                return got
        return c
    if c.verdict != "contradicted":
        return c
    if c.parts:
        parts = [_one(con, p, text, mentions, reeval) for p in c.parts]
        return rejoin(c, parts)
    for read in (ratio_seat, census_figure, later_seat, clause_seat):
        got = read(con, c, text, mentions, reeval)
        if got is not None:
            return got
    return c


def review(
    con: Any,
    text: str,
    checked: Sequence[CheckedClaim],
    mentions: Sequence[Mention],
    reeval: Reeval,
) -> list[CheckedClaim]:
    """Every ``contradicted`` claim of a report through the round 9 (WRONG11) classes."""
    shaped = _ByStart([shape(m) for m in mentions])
    return [_one(con, c, text, shaped, reeval) for c in checked]


# --- the short names of seats named after a town "upon" or "on" a river --------------------

_ON_RIVER = re.compile(
    r"^(?P<town>\w+) (?:upon|on) (?P<river>\w+) (?P<rest>(?:north|south|east|west|central)\b.*)$"
)


def short_seat_names(seats: Mapping[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The names copy gives the seats of a town "upon" or "on" a river, by their keys:
    "Newcastle East" (Newcastle upon Tyne East), "Hull North" (Kingston upon Hull North),
    "Stoke Central" (Stoke-on-Trent Central): the town or the river with the rest of the
    name. A short name that is already a seat's, or that two different names share, is
    left out."""
    found: dict[str, list[dict[str, Any]]] = {}
    owners: dict[str, set[str]] = {}
    for k, rows in seats.items():
        m = _ON_RIVER.match(k)
        if m is None:
            continue
        for short in (f"{m['town']} {m['rest']}", f"{m['river']} {m['rest']}"):
            if short in seats:
                continue
            found.setdefault(short, []).extend(rows)
            owners.setdefault(short, set()).add(k)
    return {k: v for k, v in found.items() if len(owners[k]) == 1}
