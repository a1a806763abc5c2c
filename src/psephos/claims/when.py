"""Which election a story and each of its claims are about.

:func:`find_refs` finds every election or election year the text names ("the 2010 general
election", "2019's election", "the general election of 2017", "ge2015", a bare "in 2010" /
"in May 2015", "a by-election", "the 2022 local elections"), skipping a year shortly after
"since", "than", "compared with", "up/down from" ... in the same clause: that is a starting
point or a comparison, not the election a figure is about.

:func:`infer_document` weighs all the evidence for the story's election (named elections,
bare years, the headline, a dateline, people who stood only once, figures that match one
election) and says how; split evidence gives no election. Each claim's own election
(``psephos.claims.check.resolve``) overrides it when the claim names a year or date.
:func:`election_id` names a general election (the store's id, else ``ge1997`` for the
1918-2019 series).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from psephos.claims.baselines import next_election

_Y = r"(?P<y>(?:19|20)\d\d)"
#: Month names (lower case), January first.
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = "(?:" + "|".join(MONTHS) + ")"
# Words allowed between the year and "election" that keep it a UK general election ...
_GENERAL_WORDS = {
    "general",
    "uk",
    "british",
    "westminster",
    "parliamentary",
    "snap",
    "national",
    "the",
    "a",
    "an",
    *MONTHS,
}
# ... and words that make it another kind of election (not in the store).
_OTHER_WORDS = {
    "local",
    "council",
    "county",
    "european",
    "euro",
    "eu",
    "mayoral",
    "scottish",
    "holyrood",
    "welsh",
    "senedd",
    "assembly",
    "stormont",
    "police",
    "pcc",
    "presidential",
    "us",
    "leadership",
    "primary",
}
_STRONG = [
    # the first years of a list: "the 2017 and 2019 elections", "the 2015, 2017 and 2019 ..."
    re.compile(
        rf"\b{_Y}(?=(?:,? (?:and|or) |, |-| to )(?:the )?(?:(?:19|20)\d\d(?:,? (?:and|or) |, )"
        rf"(?:the )?)*(?:19|20)\d\d(?:'s)?(?P<q>(?: [a-z]+){{0,2}}?) elections?\b)"
    ),
    # "the 2010 general election", "2019's election", "the 2017 snap election", "2022 local elections"
    re.compile(rf"\b{_Y}(?:'s)?(?P<q>(?: [a-z]+){{0,2}}?) elections?\b"),
    # "the 2024 result", "2019's results" (HISTORY): the result of that year's election
    re.compile(rf"\b{_Y}(?:'s)? results?\b"),
    # "the general election of 2010", "the election in May 2015"
    re.compile(
        rf"\b(?P<q>(?:[a-z]+ )?)elections? (?:of|in|held in|on \d{{1,2}}(?:st|nd|rd|th)? {_MONTH}) "
        rf"(?:{_MONTH} )?{_Y}\b"
    ),
    # an election id: "ge2019"
    re.compile(rf"\bge{_Y}\b"),
]
_WEAK = re.compile(rf"\bin (?:(?:early |late |mid-?)?{_MONTH} )?{_Y}\b")
_BY = re.compile(r"\bby-?elections?\b")
#: a year a "when" clause describes: "their high-water mark of 1955, when they took 36 seats"
#: (round 6b, WRONG-B: read at the story's election, the 1955 count was called false)
_YEAR_WHEN = re.compile(rf"\b{_Y}(?=,?\s+when\b)")
# A reference shortly after one of these (in the same clause) is a starting point or a
# comparison ("since the 2015 election", "down from 262 in 2017", "more than in 2019"), or a
# notional result on new boundaries, which is a baseline and never the election a story is
# about ("down 3 points on the notional 2019 result").
NOT_ABOUT = re.compile(
    r"\b(?:since|than|compared (?:with|to)|versus|vs|up on|down on|notional(?:ly)?|"
    r"(?:up|down|rising|falling|rose|fell|dropped|increased|decreased|changed?) from)"
    # (not past a year of its own: "their worst since 1935 in 1970" - 1970 is the claim's)
    r"\b(?:(?!\b(?:19|20)\d\d\b)[^,.;:]){0,25}$"
)


@dataclass(frozen=True)
class ElectionRef:
    """An election the text names: ``year`` (None for "a by-election"), ``kind``
    ("general" or "other") and whether it names an election (strong) or only a year."""

    year: int | None
    kind: str
    strong: bool
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        if self.kind == "other":
            return f"'{self.text}' (not a general election)"
        return str(self.year)


class DisjointSpans:
    """Spans that never overlap, kept sorted: whether a new span is free is a binary
    search (a long story names a thousand years; a scan per match was quadratic)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def free(self, s: int, e: int) -> bool:
        """No kept span overlaps ``[s, e)`` (``a < e and s < b``)."""
        # the spans are disjoint, so their ends grow with their starts: of those starting
        # before e, the last one reaches furthest
        i = bisect.bisect_left(self.spans, (e, -(1 << 62))) - 1
        return not (i >= 0 and self.spans[i][1] > s and self.spans[i][0] < e)

    def add(self, s: int, e: int) -> None:
        """Keep ``[s, e)`` (the caller checked :meth:`free`)."""
        bisect.insort(self.spans, (s, e))


def find_refs(text: str, folded: str) -> list[ElectionRef]:
    """Every election or election year ``text`` names (``folded`` is ``text.fold``ed)."""
    found: list[ElectionRef] = []
    taken = DisjointSpans()

    def add(m: re.Match[str], kind: str, strong: bool) -> None:
        s, e = m.span()
        if not taken.free(s, e):
            return
        if NOT_ABOUT.search(folded[max(0, s - 50) : s]):
            return
        y = m.groupdict().get("y")
        found.append(ElectionRef(int(y) if y else None, kind, strong, s, e, text[s:e]))
        taken.add(s, e)

    for m in _BY.finditer(folded):
        add(m, "other", True)
    for rx in _STRONG:
        for m in rx.finditer(folded):
            words = set((m.groupdict().get("q") or "").split())
            if words & _OTHER_WORDS:
                add(m, "other", True)
            elif words <= _GENERAL_WORDS:
                add(m, "general", True)
    for m in _WEAK.finditer(folded):
        add(m, "general", False)
    for m in _YEAR_WHEN.finditer(folded):
        add(m, "general", False)
    return sorted(found, key=lambda r: r.start)


# --- the whole document's election --------------------------------------------------------

#: UK general elections by year (the 1918-2019 series and the store); 1974 had two.
GENERAL_YEARS: tuple[int, ...] = (
    1918, 1922, 1923, 1924, 1929, 1931, 1935, 1945, 1950, 1951, 1955, 1959, 1964, 1966,
    1970, 1974, 1979, 1983, 1987, 1992, 1997, 2001, 2005, 2010, 2015, 2017, 2019, 2024,
)  # fmt: skip


def election_id(year: int, general: dict[int, str], month: str | None = None) -> str | None:
    """The id of the general election of ``year``: the store's id when it holds it, else
    ``ge{year}`` (``ge1974feb``/``ge1974oct`` by ``month``; plain 1974 is ambiguous: None)."""
    if year in general:
        return general[year]
    if year == 1974:
        if month and month.lower().startswith("feb"):
            return "ge1974feb"
        if month and month.lower().startswith("oct"):
            return "ge1974oct"
        return None
    return f"ge{year}" if year in GENERAL_YEARS else None


@dataclass
class Inference:
    """The election a story is about, with the evidence for each candidate election."""

    election: str | None
    how: str
    scores: dict[str, float]
    evidence: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "election": self.election,
            "how": self.how,
            "scores": dict(self.scores),
            "evidence": list(self.evidence),
        }


_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'-]{1,40},\s+(?:(?P<m1>[A-Za-z]{3,9})\s+(?P<d1>\d{1,2})|"
    r"(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]{3,9}))\b",
    re.M,
)


#: a full date in the text: "3 May 1979", "May 3rd, 1979"
_FULL_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?P<m1>{_MONTH})|(?P<m2>{_MONTH}) "
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?) (?P<y>(?:19|20)\d\d)\b",
    re.I,
)


def polling_days(text: str, polling: dict[Any, str]) -> list[tuple[str, str, int]]:
    """``(election id, the date as written, offset)`` for every full date in ``text`` that is
    a general election's polling day (``polling``: date -> election id), unless it is
    written as a starting point or comparison ("since 3 May 1979")."""
    import datetime as dt

    out: list[tuple[str, str, int]] = []
    for m in full_dates(text):
        month = (m["m1"] or m["m2"]).lower()
        mi = next(i for i, n in enumerate(MONTHS, 1) if n.lower() == month)
        try:
            day = dt.date(int(m["y"]), mi, int(m["d1"] or m["d2"]))
        except ValueError:  # "31 February 1979" is no date
            continue
        eid = polling.get(day)
        if eid and not NOT_ABOUT.search(text[max(0, m.start() - 50) : m.start()].lower()):
            out.append((eid, m.group(), m.start()))
    return out


#: the year every full date ends with (a space, then the year, then a word boundary)
_YEAR_END = re.compile(r" (?:19|20)\d\d\b")
#: the most characters a full date can take (None: unbounded, never in practice)
_DATE_WIDTH: int | None = None


def full_dates(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_FULL_DATE.finditer(text)``, found by trying the pattern only in
    the few characters before each year: the case-insensitive pattern, which opens with a
    word boundary and an alternation, is otherwise tried at every character (a tenth of a
    second per 100 KB). Every match ends with a year (``_YEAR_END``) and is at most
    ``_DATE_WIDTH`` characters long, so the next match from ``pos`` is the first one found
    between ``max(pos, year end - width)`` and the character after the year (the
    boundary after the year reads that character). ``tests/test_claims_fastpaths.py``
    compares it with ``finditer`` on generated and real text."""
    global _DATE_WIDTH
    if _DATE_WIDTH is None:
        from re import _parser  # type: ignore[attr-defined]

        _DATE_WIDTH = int(_parser.parse(_FULL_DATE.pattern, _FULL_DATE.flags).getwidth()[1])
    width = _DATE_WIDTH
    if width > 200:  # the pattern has grown an unbounded part: search the plain way
        yield from _FULL_DATE.finditer(text)
        return
    pos = 0
    for y in _YEAR_END.finditer(text):
        end = y.end()
        if end <= pos:
            continue
        m = _FULL_DATE.search(text, max(pos, end - width), end + 1)
        if m is not None:
            yield m
            pos = m.end()


def infer_document(
    text: str,
    refs: list[ElectionRef],
    general_dates: dict[str, Any],
    people: list[dict[str, Any]],
    figures: list[tuple[str, set[str], float]],
    *,
    default: str,
    polling: dict[Any, str] | None = None,
    baselines: list[tuple[str, str]] | None = None,
) -> Inference:
    """The election a story is about, from all its evidence.

    Parameters
    ----------
    refs : the election references in the text (:func:`find_refs`); a strong reference to a
        general election counts 3 (5 in the headline), a bare "in 2019" 1, the one
        general-election year of a headline 3 (several years in a headline compare).
    general_dates : election id -> polling date of every general election in the store; a
        dateline ("LONDON, May 7 -") counts 3 for an election held on that day or the day
        before.
    people : for each person the story names, their general-election candidacies
        (``{"name", "elections"}``); a person who stood at only one counts 2 for it.
    figures : for each exact figure the story gives for a seat (a majority, votes), the
        elections where that seat had that figure, and its weight: a figure matching one
        election counts 5 for a seat's exact result, 3 for a party's national seat total;
        national totals count only when nothing else scores 3 or more (a story that names
        no election: they are more often mis-stated than a seat's result).
    default : used when there is no evidence at all (said so).
    polling : polling day -> general election id for every general election known (the
        store's and the 1918-2019 series' parliaments; default: ``general_dates``); a full
        date in the text that is a polling day ("went to the polls on 3 May 1979") counts 3.
    baselines : for each seat figure the story gives as a starting point ("overturning a
        majority of 613", "a majority of 389 grew ..."; :mod:`psephos.claims.baselines`),
        the one election it matches: it counts 3 for the general election after that one
        (the story's election is the one the change leads to), never for its own.

    Returns
    -------
    Inference
        ``election`` is None when the evidence is split (the best is not at least twice the
        next): claims then say ``uncertain`` rather than use the wrong election.
    """
    import datetime as dt

    scores: dict[str, float] = {}
    evidence: list[str] = []

    def add(eid: str | None, w: float, why: str) -> None:
        if eid is None:
            return
        scores[eid] = scores.get(eid, 0.0) + w
        evidence.append(f"{eid} +{w:g}: {why}")

    headline_end = text.find("\n")
    years = {int(str(d)[:4]): eid for eid, d in general_dates.items()}
    for r in refs:
        if r.kind != "general" or r.year is None:
            continue
        # round 11 (WRONGRISK): "in October 1974" names the month inside the reference
        named_month = _MONTH_IN.search(r.text)
        eid = years.get(r.year) or election_id(
            r.year, {}, named_month.group(0) if named_month else _month_before(text, r.start)
        )
        w = (3.0 if r.strong else 1.0) + (2.0 if 0 <= r.start < max(headline_end, 0) else 0.0)
        add(eid, w, f"'{r.text}' (character {r.start})")
    # a general-election year in the headline, however it is worded ("the 2024 result")
    head_years = [
        m
        for m in re.finditer(r"\b((?:19|20)\d\d)\b", text[: max(headline_end, 0)])
        if not any(r.start <= m.start() < r.end for r in refs)
    ]
    if len({m.group(1) for m in head_years}) == 1:  # one year only: several compare
        y = int(head_years[0].group(1))
        month = _month_before(text, head_years[0].start())
        add(years.get(y) or election_id(y, {}, month), 3.0, f"'{y}' in the headline")
    m = _DATELINE.search(text[:400])
    if m:
        month = (m["m1"] or m["m2"] or "").lower()
        day = int(m["d1"] or m["d2"])
        mi = next((i for i, n in enumerate(MONTHS, 1) if n.startswith(month[:3])), None)
        if mi:
            for eid, d in general_dates.items():
                if d.month == mi and (
                    d.day == day or d + dt.timedelta(days=1) == dt.date(d.year, mi, day)
                ):
                    add(
                        eid, 3.0, f"dateline '{m.group().strip()}' is the day of (or after) polling"
                    )
    if polling is None:
        polling = {d: eid for eid, d in general_dates.items()}
    for eid, written, at in polling_days(text, polling):
        add(eid, 3.0, f"'{written}' (character {at}) is its polling day")
    for p in people:
        ge = sorted(set(p["elections"]))
        if len(ge) == 1:
            add(ge[0], 2.0, f"{p['name']} stood at only one general election")
    for what, eids, w in figures:
        if len(eids) == 1 and w >= 5:
            add(next(iter(eids)), w, f"{what} matches that election only")
    for what, matched in baselines or ():
        after = next_election(matched, general_dates)
        add(after, 3.0, f"{what} matches {matched}: the story's election is after it")
    if max(scores.values(), default=0.0) < 3:
        # national totals date only a story that names no election (nor a seat's result)
        for what, eids, w in figures:
            if len(eids) == 1 and w < 5:
                add(next(iter(eids)), w, f"{what} matches that election only")
    else:
        _corroborate(scores, figures, add)
    if not scores:
        return Inference(default, f"no evidence in the text: the default ({default})", {}, [])
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= 2 * second:
        return Inference(
            best, f"{best}: score {top:g} against {second:g} for the next", scores, evidence
        )
    return Inference(
        None,
        f"split evidence: {', '.join(f'{k} {v:g}' for k, v in ranked[:3])}; claims that depend "
        "on the election are not checked against a guess",
        scores,
        evidence,
    )


_MONTH_IN = re.compile(rf"\b(?:{_MONTH})\b", re.I)


def _month_before(text: str, at: int) -> str | None:
    """The month written just before position ``at`` ("February 1974"), else None."""
    m = re.search(rf"\b({_MONTH})\s+$", text[max(0, at - 12) : at], re.I)
    return m.group(1) if m else None


def _corroborate(
    scores: dict[str, float],
    figures: list[tuple[str, set[str], float]],
    add: Any,
) -> None:
    """A party's national seat total that matches one election only, and that election is
    the one the rest of the evidence already leads with, corroborates it (SERIES: a story
    about February 1974 dated only by its headline, with "in 1970" twice as comparisons,
    was split). A total matching another election adds nothing: totals are more often
    mis-stated than other evidence, so they never make a rival."""
    lead = max(scores, key=lambda k: scores[k])
    for what, eids, w in figures:
        if len(eids) == 1 and w < 5 and lead in eids:
            add(lead, w, f"{what} matches that election only (agreeing with the rest)")


# --- subheadings (HISTORY) ----------------------------------------------------------------

_HEADING_YEAR = re.compile(rf"\b(?:(?P<mo>{_MONTH})\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


@functools.lru_cache(maxsize=8)
def heading_sections(text: str) -> tuple[tuple[int, ...], tuple[ElectionRef | None, ...]]:
    """The story's subheadings as (start of the text under it, the one general election
    it names or None), in order. A subheading is a line after the headline that stands
    alone between blank lines, is at most 80 characters and does not end a sentence
    ("1983: a divided opposition", "And now"); one naming a single general-election year
    dates the paragraphs under it until the next subheading, one naming none or several
    ends the previous one's section. Cached per text: :func:`heading_ref` is called per
    claim."""
    out: list[tuple[int, ElectionRef | None]] = []
    first = text.find("\n")
    if first < 0:
        return (), ()
    # the blank line after a line is looked ahead at, not consumed: it is also the blank
    # line before the next one
    for m in re.finditer(r"\n[ \t]*\n(?P<line>[^\n]{1,80})(?=\n[ \t]*\n)", text[first:]):
        line = m.group("line").strip()
        if (
            not line
            or re.search(r"[.!?;,:]['\"’”]?$", line)
            and not re.match(r"^(?:19|20)\d\d\s*[:\-–]", line)
        ):
            continue
        start = first + m.start("line")
        years = list(_HEADING_YEAR.finditer(line))
        ref = None
        if len({y.group("y") for y in years}) == 1:
            y = years[0]
            year = int(y.group("y"))
            if year in GENERAL_YEARS:
                ref = ElectionRef(
                    year, "general", True, start + y.start(), start + y.end(), y.group()
                )
        out.append((first + m.end("line"), ref))
    return tuple(s for s, _ in out), tuple(r for _, r in out)


def heading_ref(text: str, pos: int) -> ElectionRef | None:
    """The general election the subheading above ``pos`` names (:func:`heading_sections`),
    or None."""
    starts, refs = heading_sections(text)
    i = bisect.bisect_right(starts, pos) - 1
    return refs[i] if i >= 0 else None
