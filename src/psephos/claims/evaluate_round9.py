"""Round 9 (EVALUATE): claims found but left ``uncertain``.

**The story's own area.** In a story about one nation or region (its headline or opening
paragraph names that one area and no other, and most of the seats it names lie there), a
party's figure said with no area ("Labour's share rose four points", "the Conservatives won
10 seats", "the Liberal Democrats were second in seven seats") means that area, not the UK.
Extraction reads such a figure for the UK (the sentence names no area), where it is false
or far off, and the guard leaves it ``uncertain``. This pass reads it for the story's area
as well:

- the UK reading still wins where it is true (only claims left ``uncertain`` are read again);
- true for the story's area: ``supported``, with the reading named;
- false for the story's area as well as for the UK: ``contradicted`` only when the figure is
  tight ("eight seats", "23.4 per cent"), its party was named (not inferred), the area's
  reading survives the guard, and no other area (the UK, Great Britain, another nation or
  region) makes it true; otherwise it stays ``uncertain``.

A sentence that puts the figure elsewhere ("nationally", "across Britain", "in the UK as a
whole", or an area other than the story's) is left alone, and so is a story whose opening
names two areas (a story on Wales and Scotland) or whose named seats mostly lie outside the
area it opens on. Every area reading is one evaluation of a frame, memoised per connection
with the others (``check._evaluate``), so a story asks each question once.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims.frame import NIGHT_HOW, Frame, Scope
from psephos.claims.model import CheckedClaim, Mention

#: the measures a party has in an area, which a story on that area gives without naming it
MEASURES = {
    "seats",
    "share",
    "votes",
    "count_seats",
    "change",
    "net_change",
    "gains_from",
    "ratio",
    "combined",
}
#: a seat's place among seats: "X had the lowest turnout", "the narrowest result was X"
RANKINGS = {"superlative", "rank"}
#: words that name the story's region without naming it ("the largest majority in the
#: region", "Reform's best regional result")
_THE_REGION = re.compile(r"\b(?:the|this) region\b|\bregional\b|\bregion's\b", re.I)
#: words that put a figure outside the story's area
_ELSEWHERE = re.compile(
    r"\b(?:national(?:ly)?|nationwide|uk-wide|britain-wide|across (?:the uk|britain|great "
    r"britain|the country)|in (?:the uk|britain|great britain)|as a whole|overall|"
    r"of (?:the uk|britain|great britain)|uk\b|britain\b|westminster)",
    re.I,
)
#: the areas by the names stories use, nations and regions only (one area each)
_AREA_NAMES = {
    k: v
    for k, v in lx.AREAS.items()
    if v[0] in ("country", "region")
    and "," not in v[1]
    and k != "the capital"
    # England holds most seats: a story naming it (or its seats) is as often about the UK
    and v[1] != "England"
}
_AREA_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(k) for k in sorted(_AREA_NAMES, key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)
#: the series file's names for the regions, as the store's seat rows have them
_SERIES_REGION = {
    "Eastern": "East of England",
    "Yorkshire and the Humber": "Yorkshire and The Humber",
    "Yorkshire & The Humber": "Yorkshire and The Humber",
}
NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
#: share of the placed seats the story names that must lie in its area
_MOST = 2 / 3


@dataclasses.dataclass(frozen=True)
class StoryArea:
    """The nation or region a story is about, and why."""

    level: str
    name: str
    how: str

    def scope(self) -> Scope:
        level: Any = self.level  # "country" or "region"
        return Scope(level, name=self.name, how=f"the story's area: {self.how}")


def opening(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The spans of the headline (the first line) and the opening paragraph (the first
    paragraph after it long enough to be prose, not a byline or dateline)."""
    body = text.lstrip()
    off = len(text) - len(body)
    nl = body.find("\n")
    head = (off, off + (nl if nl >= 0 else len(body)))
    pos = head[1]
    for m in re.finditer(r"[^\n]+", text[pos:]):
        if len(m.group().strip()) >= 80 or re.search(r"[.!?]\s", m.group()):
            return head, (pos + m.start(), pos + m.end())
    return head, (head[1], head[1])


def _areas_in(text: str, lo: int, hi: int, seats: Sequence[Mention]) -> list[tuple[str, str]]:
    """The nations and regions named in ``text[lo:hi]`` as (level, name), leaving out
    words inside a seat's name ("North East Cambridgeshire", "South West Norfolk")."""
    out = []
    for m in _AREA_RE.finditer(text, lo, hi):
        if not m.group()[:1].isupper():
            continue
        if any(s.start <= m.start() < s.end for s in seats):
            continue
        k = " ".join(m.group().lower().replace("-", " ").split())
        out.append(_AREA_NAMES.get(k, _AREA_NAMES.get(m.group().lower(), ("", ""))))
    return [a for a in out if a[0]]


def story_area(
    con: Any, text: str, mentions: Sequence[Mention], election: str | None
) -> StoryArea | None:
    """The one nation or region the story is about, or None when that is not clear."""
    seats = [m for m in mentions if m.kind == "seat"]
    head, lede = opening(text)
    named = _areas_in(text, head[0], head[1], seats) + _areas_in(text, lede[0], lede[1], seats)
    if not named or len(set(named)) != 1:
        return None
    level, name = named[0]
    placed = [p for p in (_place(con, s, election) for s in seats if s.resolved) if p]
    if len(placed) < 2:
        return None
    inside = sum(1 for region, nation in placed if name in (region, nation))
    if inside < _MOST * len(placed):
        return None
    return StoryArea(
        level,
        name,
        f"the opening names {name} and no other area, and {inside} of the {len(placed)} "
        "seats the story names are there",
    )


def _place(con: Any, seat: Mention, election: str | None) -> tuple[str, str] | None:
    """A seat mention's (region, nation): by its code on the story's boundaries, else by its
    name in the 1918-2019 series."""
    codes = seat.ref.get("codes") or {}
    regions = _code_regions(con)
    for year in ("2024", "2010"):
        code = codes.get(year)
        if code in regions:
            return regions[code]
    if seat.ref.get("series"):
        return _series_regions(con).get(str(seat.ref.get("name", "")).lower())
    del election
    return None


def _code_regions(con: Any) -> dict[str, tuple[str, str]]:
    from psephos.store.connect import memo

    def read() -> dict[str, tuple[str, str]]:
        rows = con.execute(
            "SELECT DISTINCT ons_code, region, country FROM constituencies "
            "WHERE ons_code IS NOT NULL AND region IS NOT NULL"
        ).fetchall()
        return {str(c): (str(r), str(n)) for c, r, n in rows}

    return memo(con, "claims.round9.code_regions", read)


def _series_regions(con: Any) -> dict[str, tuple[str, str]]:
    from psephos.store.connect import memo

    def read() -> dict[str, tuple[str, str]]:
        rows = con.execute(
            "SELECT lower(constituency_name), country_region FROM history_1918_2019 "
            "WHERE country_region IS NOT NULL ORDER BY year"
        ).fetchall()
        out: dict[str, tuple[str, str]] = {}
        for name, cr in rows:
            cr = _SERIES_REGION.get(cr, cr)
            nation = cr if cr in NATIONS else "England"
            out[str(name)] = (cr, nation)
        return out

    return memo(con, "claims.round9.series_regions", read)


Reread = Callable[[CheckedClaim, Frame], CheckedClaim]


def own_area(
    con: Any,
    text: str,
    checked: Sequence[CheckedClaim],
    mentions: Sequence[Mention],
    story_election: str | None,
    reread: Reread,
) -> list[CheckedClaim]:
    """``checked`` with each party figure left ``uncertain`` for the UK read again for the
    story's own area (see the module's docstring)."""
    todo = [i for i, c in enumerate(checked) if _candidate(c)]
    night = [i for i, c in enumerate(checked) if _night(c)]
    if not todo and not night:
        return list(checked)
    area = story_area(con, text, mentions, story_election)
    if area is None:
        return list(checked)
    seats = [m for m in mentions if m.kind == "seat"]
    out = list(checked)
    for i in todo:
        f = out[i].claim.frame
        if f is not None and f.measure in RANKINGS and not _seat_in(con, f, area):
            continue  # a seat outside the story's area is ranked where the words put it
        if not _elsewhere(text, out[i], area, seats):
            out[i] = _read_in_area(con, out[i], area, reread, _says_region(text, out[i]))
    for i in night:
        f = out[i].claim.frame
        if f is None or not _seat_in(con, f, area) or _elsewhere(text, out[i], area, seats):
            continue
        out[i] = _night_in_area(out[i], area, reread)
    return out


def _night(c: CheckedClaim) -> bool:
    """A seat's place "of the night" / "of the election" called false for the UK: in a
    story about one region or nation, the night its paper counts may be its own."""
    f = c.claim.frame
    return (
        c.verdict == "contradicted"
        and f is not None
        and f.measure in RANKINGS
        and f.subject.kind == "seat"
        and bool(f.subject.seat)
        and f.scope.how == NIGHT_HOW
    )


def _night_in_area(c: CheckedClaim, area: StoryArea, reread: Reread) -> CheckedClaim:
    """``depends`` when the story's own area makes a seat's place "of the night" true that
    the UK makes false (both are reasonable readings of a regional paper's night); the claim
    as it was otherwise."""
    f = c.claim.frame
    if f is None:
        return c
    got = reread(c, dataclasses.replace(f, scope=area.scope()))
    if got.verdict != "supported":
        return c
    return dataclasses.replace(
        c,
        verdict="depends",
        explanation=(
            f"For the UK: {c.explanation} For {area.name}, the story's area ({area.how}): "
            f"{got.explanation} The claim depends on whose night is meant."
        ),
        evidence=[*c.evidence, *got.evidence],
    )


def _seat_in(con: Any, f: Frame, area: StoryArea) -> bool:
    """Whether the seat a ranking is said of lies in the story's area."""
    seat = f.subject.seat or {}
    place = _code_regions(con).get(str(seat.get("ons_code")))
    if place is None:
        place = _series_regions(con).get(str(seat.get("name", "")).lower())
    return place is not None and area.name in place


def _says_region(text: str, c: CheckedClaim) -> bool:
    lo = max(text.rfind(". ", 0, c.claim.start), text.rfind("\n", 0, c.claim.start)) + 1
    hi = min(
        [x for x in (text.find(". ", c.claim.end), text.find("\n", c.claim.end)) if x >= 0]
        or [len(text)]
    )
    return bool(_THE_REGION.search(text, lo, hi))


def _candidate(c: CheckedClaim) -> bool:
    from psephos.claims.evaluate_guard import _default_scope

    f = c.claim.frame
    if c.verdict != "uncertain" or f is None:
        return False
    if f.measure in RANKINGS:
        return f.subject.kind == "seat" and bool(f.subject.seat) and _default_scope(f)
    if f.measure not in MEASURES:
        return False
    if f.subject.kind != "party" or not f.subject.party or f.unresolved:
        return False
    return _default_scope(f) and bool(f.election) and f.stated is not None


def _elsewhere(text: str, c: CheckedClaim, area: StoryArea, seats: Sequence[Mention]) -> bool:
    """Whether the claim's sentence puts it outside the story's area: national words, or a
    nation or region other than the story's."""
    lo = text.rfind("\n", 0, c.claim.start) + 1
    hi = text.find("\n", c.claim.end)
    hi = hi if hi >= 0 else len(text)
    a, b = _sentence(text[lo:hi], c.claim.start - lo, c.claim.end - lo)
    if _ELSEWHERE.search(text, lo + a, lo + b):
        return True
    return any(name != area.name for _, name in _areas_in(text, lo + a, lo + b, seats))


def _sentence(para: str, lo: int, hi: int) -> tuple[int, int]:
    """The span in ``para`` of the sentence holding ``para[lo:hi]``."""
    a = max(para.rfind(". ", 0, lo), para.rfind("? ", 0, lo), para.rfind("! ", 0, lo))
    b = min([x for x in (para.find(". ", hi), para.find("? ", hi)) if x >= 0] or [len(para)])
    return (a + 1 if a >= 0 else 0), b


def _read_in_area(
    con: Any, c: CheckedClaim, area: StoryArea, reread: Reread, region_said: bool
) -> CheckedClaim:
    from psephos.claims.evaluate_guard import _tight, inferred_slots

    f = c.claim.frame
    if f is None:
        return c
    alt = dataclasses.replace(f, scope=area.scope())
    got = reread(c, alt)
    label = f"{area.name}, the story's area ({area.how})"
    if got.verdict == "supported":
        return dataclasses.replace(
            got,
            explanation=f"Read for {label}: {got.explanation} (For the UK: {c.explanation})",
        )
    if got.verdict != "contradicted":
        return c
    if f.measure in RANKINGS:
        # a seat's place: false only where the sentence says "the region" (the story's)
        # and the ranking has no condition (a party's win, a gain) the reading may miss
        if not (region_said and area.level == "region") or f.condition:
            return c
    elif not _tight(f) or "subject" in inferred_slots(f):
        return c
    if _true_elsewhere(con, alt, area):
        return c
    return dataclasses.replace(
        got,
        explanation=f"Read for {label}: {got.explanation} (For the UK: {c.explanation})",
    )


def _true_elsewhere(con: Any, frame: Frame, area: StoryArea) -> bool:
    """Whether the UK, Great Britain or another nation or region makes ``frame`` true."""
    from psephos.claims.evaluate import evaluate_plain
    from psephos.claims.evaluate_guard import _scopes

    for _, scope in _scopes(con, frame):
        if scope.level == area.level and scope.name == area.name:
            continue
        try:
            if evaluate_plain(con, dataclasses.replace(frame, scope=scope)).verdict == "supported":
                return True
        except Exception:  # noqa: BLE001 - a reading that cannot run is no reading
            continue
    return False


def published_series_place(own_exact: bool, n_ahead: int, nth: int, n_tied: int) -> str | None:
    """**A seat's place at a 1918-2005 election on the file's own figures.** A ranking of a
    seat among every seat of a series election ("the narrowest result in the country was
    Faversham", "Lancashire Darwen had the highest turnout") was left ``uncertain`` whenever
    some seat's group figures lump other parties (``Oth``: the Irish seats, a seat an
    independent won) or the set was the UK's. The answer keys (and the reporters) read
    CBP-8647 as published: a seat whose own figure is two candidates' votes, with exactly
    ``nth - 1`` seats ahead of it on the file's figures and none tied with it, holds the
    place on that file. Returns the note that says so (the verdict is then ``supported``),
    or None. Only for the area the claim's words give (its scope has a ``how``): an area
    the guard tries as an excuse ("'the country' may mean Scotland") must hold the place
    without that doubt, or a UK story's false "narrowest result in the country" would be
    excused as Scotland's."""
    if not own_exact or n_ahead != nth - 1 or n_tied:
        return None
    return (
        " Supported on CBP-8647's own figures: seats whose group figures lump other parties "
        "(Oth) are ranked by the file's gap, as published"
    )
