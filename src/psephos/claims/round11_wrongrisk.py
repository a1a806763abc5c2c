"""Round 11 (WRONGRISK): classes of true claims adversarial generators saw called false.

Generators render true figures from the store (every seat's winner, majority, share,
turnout and placing; every region's and nation's seat totals) through many phrasings and
check each one alone (docs/claims.md, "Round 11: wrongrisk"). The classes handled here:

- *two areas together*: "In Scotland and Wales, Labour won 64 seats", "Across Wales and
  England, the Liberal Democrats won 7 seats": areas of one level joined by "and", "&" or a
  comma are one scope, their union (:func:`area_unions`, :func:`union_rows`), not the first
  area named;
- the same of areas of two levels ("Wales and the North East") or joined in a way the union
  does not certainly read ("in Scotland and in Wales"): the claim is not called false
  (:func:`textual`);
- "the East and West Midlands": a bare compass point before a fuller area name is that
  name with its head elided (:func:`_elided`), not "the East" (of England);
- "Yorkshire (West Riding) Shipley": an area's word that begins a seat's name is not the
  area (:func:`textual`);
- a seat name that goes on past an ampersand ("Middlesbrough South & East Cleveland" read
  as Middlesbrough): not called false (:func:`textual`);
- "in October 1974" dates the story to that election (``when.py``); "In 2010 the majority
  in SEAT was N; in 2015 it was M": the later clause's year does not move N to the seat's
  2015 by-election (:func:`claim_years`).
"""

from __future__ import annotations

import re
from typing import Any

#: what may stand between two coordinated areas: "Scotland and Wales", "Scotland & Wales",
#: "Scotland, Wales and Northern Ireland", "the North East and the North West"
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")
#: the same with "and in" / "or" and friends: two areas named together, not one scope read
_LOOSE_JOIN = re.compile(
    r"^\s*(?:,\s*)?(?:and|&|or|plus|as well as)\s+(?:in\s+|across\s+)?(?:the\s+)?$"
)
#: words after an area that make "A and B" two separate figures: "respectively", "each"
_APART = re.compile(r"\brespectively\b|\beach\b|\bboth\b|\bbetween\b|\bversus\b|\bvs\b")

#: the measures whose evaluation reads a union of areas (``"Scotland,Wales"``) from the
#: summary (:func:`psephos.claims.evaluate_results.area_row` with :func:`union_rows`);
#: any other measure keeps the area named and is spared by :func:`textual`
UNION_MEASURES = frozenset({"seats", "votes", "share", "turnout", "electorate"})


def area_unions(claims: list[Any], doc: Any, seat_level: Any) -> None:
    """Read a claim whose area is one of a run of areas of one level joined by "and", "&"
    or commas in its sentence ("In Scotland and Wales, Labour won 64 seats", "Across
    Wales and England, ...", "in the North East and Yorkshire") for their union: the
    frame's scope becomes ``country=Scotland,Wales``. Only for the measures of
    :data:`UNION_MEASURES` at a 2010-2024 election (``seat_level``); a run preceded by
    "between" or followed by "respectively" or "each" is left alone."""
    for c in claims:
        f = c.frame
        if f is None or f.measure not in UNION_MEASURES or str(f.election) not in seat_level:
            continue
        scope = f.scope
        if scope.level not in ("country", "region") or not scope.name or "," in scope.name:
            continue
        sent = doc.sentences[c.sentence]
        run = _run_with(doc, sent.start, sent.end, scope.level, scope.name)
        if run is None:
            continue
        parts = [_elided(t, nxt) for t, nxt in zip(run, [*run[1:], None], strict=True)]
        if None in parts:
            continue
        names = ",".join(dict.fromkeys(n for p in parts for n in str(p).split(",")))
        said = doc.text[run[0].start : run[-1].end]
        scope.name = names
        scope.how = f"'{said}' together: the union of the areas"


_COMPASS = re.compile(r"(?:the\s+)?((?:north|south)?[\s-]?(?:east|west)|north|south)", re.I)
#: an area written as a bare compass point ("the East"): a fuller name's head, elided
_BARE = re.compile(r"(?:the\s+)?(east|west|north|south)", re.I)


def _elided(t: Any, nxt: Any) -> str | None:
    """The name of area ``t`` in a run, reading a bare compass point before a fuller name
    as that name's head elided ("the East and West Midlands": the East Midlands, not the
    East of England); None when the elided name is no known area."""
    from psephos.claims import lexicon as lx

    m = _BARE.fullmatch(t.text.strip())
    if m is None or nxt is None:
        return str(t.ref["name"])
    head = _COMPASS.match(nxt.text.strip())
    if head is None or head.end() >= len(nxt.text.strip()):
        return str(t.ref["name"])  # the next is a bare compass point too ("East and West")
    noun = nxt.text.strip()[head.end() :].strip()
    key = " ".join(f"{m.group(1)} {noun}".lower().replace("-", " ").split())
    hit = lx.AREAS.get(key)
    return None if hit is None or hit[0] != t.ref.get("level") else hit[1]


def _run_with(doc: Any, lo: int, hi: int, level: str, name: str) -> list[Any] | None:
    """The run of two or more areas of ``level`` joined by "and", "&" or commas in
    ``lo..hi`` that contains the area ``name`` and is not kept apart; else None."""
    runs: list[list[Any]] = []
    for t in doc.tags_in(lo, hi, "area"):
        prev = runs[-1][-1] if runs else None
        if (
            prev is not None
            and t.ref.get("level") == level
            and prev.ref.get("level") == level
            and _JOIN.fullmatch(doc.folded[prev.end : t.start]) is not None
        ):
            runs[-1].append(t)
        else:
            runs.append([t])
    for run in runs:
        if (
            len(run) >= 2
            and any(t.ref.get("name") == name for t in run)
            and len({t.ref.get("name") for t in run}) >= 2
            and not _kept_apart(doc.folded, run[0].start, run[-1].end)
        ):
            return run
    return None


def _kept_apart(folded: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``-``end`` gives each area its own figure or
    sets them against each other ("respectively", "between A and B")."""
    lo = max(folded.rfind(". ", 0, start), folded.rfind("\n", 0, start)) + 1
    hi_dot = folded.find(". ", end)
    hi = len(folded) if hi_dot < 0 else hi_dot
    before = folded[max(lo, start - 12) : start]
    return bool(re.search(r"\bbetween\s+(?:the\s+)?$", before)) or bool(
        _APART.search(folded[end:hi])
    )


def textual(ctx: Any, c: Any, frame: Any) -> str | None:
    """Why a contradicted claim is not called false, or None: read for one region or nation
    that its sentence names together with another ("in Wales and the North East", "in
    Scotland and in Wales": the figure may be said of both) or whose word begins a seat's
    name ("Yorkshire (West Riding) Shipley"); read for a seat in a sentence with a name
    joined by '&' (the name matching reads it short, or as another seat)."""
    scope = frame.scope
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    if scope.level == "seat" and scope.name:
        # "Middlesbrough South & East Cleveland" read as Middlesbrough, "Hayes & Harlington"
        # as Darlington: the name matching does not read '&' as "and", so a name with one
        # is read short or as another seat
        amp = re.search(r"[A-Z][\w'-]*\s*&\s*[A-Z][\w'-]*", ctx.text[lo:hi])
        if amp is not None:
            return f"the seat read ({scope.name}) may be part of the name '{amp.group()}...'"
        return None
    if scope.level not in ("country", "region") or not scope.name or "," in scope.name:
        return None
    from psephos.claims import lexicon as lx

    sentence = ctx.text[lo:hi]
    folded = sentence.lower()
    # an area word inside a seat's name ("North East Fife") is no area (round 11 merge)
    seats = [(m.start - lo, m.end - lo) for m in ctx.mentions_in(lo, hi) if m.kind == "seat"]
    found = [
        (m.start(), m.end(), lx.AREAS[" ".join(m.group().replace("-", " ").split())][1])
        for m in _area_re().finditer(folded)
        if " ".join(m.group().replace("-", " ").split()) in lx.AREAS
        and not any(a <= m.start() and m.end() <= b for a, b in seats)
    ]
    for s1, e1, n1 in found:
        if n1 == scope.name and _NAME_GOES_ON.match(sentence, e1):
            # "Yorkshire (West Riding) Shipley": the area's word begins a seat's name
            return f"'{sentence[s1:e1]}' begins a longer name here, not the {scope.level}"
    for (s1, e1, n1), (s2, _e2, n2) in zip(found, found[1:], strict=False):
        if n1 == n2 or scope.name not in (n1, n2):
            continue
        if _LOOSE_JOIN.match(folded[e1:s2]):
            return (
                f"the sentence names {sentence[s1:_e2].strip()} together: the figure may be "
                "said of both areas, not of one"
            )
    return None


#: after an area's word, what makes it the start of a seat's name: "(West Riding) Shipley"
_NAME_GOES_ON = re.compile(r"\s*\([A-Z][^)]{0,30}\)\s*[A-Z]")

_AREA_CACHE: list[re.Pattern[str]] = []


def _area_re() -> re.Pattern[str]:
    if not _AREA_CACHE:
        from psephos.claims import lexicon as lx

        keys = sorted(
            (k for k, v in lx.AREAS.items() if v[0] in ("country", "region")), key=len, reverse=True
        )
        _AREA_CACHE.append(
            re.compile(
                r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in keys) + r")\b"
            )
        )
    return _AREA_CACHE[0]


#: summary columns that add up over areas (a party's row, the area's totals)
_PARTY_SUMS = ("seats", "votes", "prev_seats", "prev_votes", "seat_change")
_TOTAL_SUMS = ("seats", "valid_votes", "electorate", "prev_valid_votes")


def union_rows(index: Any, area: str, code: str | None) -> tuple[Any, Any] | None:
    """(party row or None, totals row) for a union of areas (``"Scotland,Wales"``) from a
    summary index (:func:`psephos.claims.evaluate_results._summary_index`): counts summed,
    shares and turnout recomputed from the sums (share = votes / valid votes, turnout =
    valid votes / electorate, as :mod:`psephos.analysis.summary` computes one area's);
    ``None`` when any part is not in the summary."""
    import pandas as pd

    parts = [a.strip() for a in area.split(",") if a.strip()]
    if len(parts) < 2:
        return None
    rows = [index.totals.get(p.lower()) for p in parts]
    if any(r is None for r in rows):
        return None
    label = " and ".join(str(r["area"]) for r in rows)
    tot: dict[str, Any] = {
        k: sum(float(r[k]) for r in rows) for k in _TOTAL_SUMS if k in rows[0].index
    }
    tot["area"] = label
    tot["area_type"] = rows[0]["area_type"]
    if tot.get("electorate"):
        tot["turnout"] = tot["valid_votes"] / tot["electorate"]
    totals = pd.Series(tot)
    if code is None:
        return None, totals
    prows = [index.table.get((p.lower(), code)) for p in parts]
    present = [r for r in prows if r is not None]
    if not present:
        return None, totals
    row: dict[str, Any] = {
        k: sum(float(r[k]) for r in present if pd.notna(r[k]))
        for k in _PARTY_SUMS
        if k in present[0].index
    }
    row.update(area=label, area_type=tot["area_type"], party_code=code)
    row["party_name"] = present[0].get("party_name", code)
    if tot.get("valid_votes"):
        row["share"] = row["votes"] / tot["valid_votes"]
    if "prev_votes" in row and tot.get("prev_valid_votes"):
        row["prev_share"] = row["prev_votes"] / tot["prev_valid_votes"]
        if "share" in row:
            row["share_change"] = row["share"] - row["prev_share"]
    return pd.Series(row), totals


#: what ends a claim's clause before a later year: "In 2010 the majority was 9,352; in 2015
#: it was 14,738", "..., while in 2015", "but in 2015"
_NEXT_CLAUSE = re.compile(r"[;:]|,|\b(?:and|but|while|whereas|then)\b")


def claim_years(folded: str, dated: list[tuple[int, int]], start: int, end: int) -> list[int]:
    """The years of a claim's sentence that may date it, last one deciding, from ``dated``
    (position, year) in text order: a year in a later clause ("In 2010 the majority in
    SEAT was 9,352; in 2015 it was 14,738") dates that clause, not the claim, when a year
    before the claim or in its own clause does. A year right after the claim in its own
    clause ("a majority of 10,722 in the December 2015 by-election") still counts."""
    after = [(p, y) for p, y in dated if p >= end]
    kept = [(p, y) for p, y in dated if p < end]
    for p, y in after:
        if _NEXT_CLAUSE.search(folded[end:p]) is None:
            kept.append((p, y))  # the claim's own clause
        elif not kept:
            kept.append((p, y))  # nothing else dates it: as before
            break
        else:
            break
    return [y for _p, y in kept]
