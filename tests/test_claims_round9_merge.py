"""Round 9 merge: a seat's place "of the night" in a story about one region or nation.

A regional paper's "the narrowest result of the night" may mean its own region's night or
the whole country's. Where the two readings disagree the claim ``depends`` (the answer
keys' rule for two reasonable readings); it is never called false only because the UK's
count makes it so, and a seat that is first nowhere is still false. The press's "West
Country" names the South West region.

Swept over every English region and both nations at 2010-2024, three superlatives, the
area's first seat (not the UK's first: ``depends``), its runner-up (``contradicted``) and
the UK's first when it lies in the area (``supported``). The places are ranked here from
the store's ``contests`` rows (majority = first candidate's votes - second's; turnout =
valid votes / electorate), not by the checker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ELECTIONS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")
#: store name -> the names stories write (the second is the press's other name, if any)
AREAS = {
    "Scotland": ("Scotland",),
    "Wales": ("Wales",),
    "North East": ("the North East",),
    "North West": ("the North West",),
    "Yorkshire and The Humber": ("Yorkshire",),
    "East Midlands": ("the East Midlands",),
    "West Midlands": ("the West Midlands",),
    "East of England": ("the East of England", "East Anglia"),
    "London": ("London",),
    "South East": ("the South East",),
    "South West": ("the South West", "the West Country"),
}
#: phrasing -> (contests column, ascending)
PHRASINGS = {
    "The narrowest result of the night was in {seat}.": ("majority", True),
    "The biggest majority of the night was in {seat}.": ("majority", False),
    "The highest turnout of the night was in {seat}.": ("turnout", False),
}


def _ranked(con: Any, e: str, area: str | None, column: str, asc: bool) -> list[tuple[str, float]]:
    where = "" if area is None else "AND (c.region = ? OR c.country = ?)"
    rows = con.execute(
        f"""
        SELECT DISTINCT c.name, t.{column} FROM contests t JOIN constituencies c USING (ons_code)
        WHERE t.election_id = ? {where} AND t.{column} IS NOT NULL
        ORDER BY 2 {"ASC" if asc else "DESC"}
        """,
        [e] if area is None else [e, area, area],
    ).fetchall()
    return [(str(n), float(v)) for n, v in rows]


def cases(store: Path) -> list[tuple[str, str, str]]:
    """(expected verdict, story, the phrasing's kind)."""
    from psephos.store.connect import connect

    con = connect(store)
    out = []
    for e in ELECTIONS:
        year = e[2:]
        for area, names in AREAS.items():
            for i, tpl in enumerate(PHRASINGS):
                column, asc = PHRASINGS[tpl]
                top = _ranked(con, e, area, column, asc)
                uk = _ranked(con, e, None, column, asc)
                if len(top) < 3 or top[0][1] == top[1][1] or top[1][1] == top[2][1]:
                    continue  # a tie: no one first or second
                if any("(" in n for n, _ in top[:3]):
                    continue
                written = names[(i + int(year)) % len(names)]
                seats = [n for n, _ in top[3:6]]
                head = f"How {written} voted in {year}"
                lede = (
                    f"Counts across {written} at the {year} general election ran through "
                    f"the night, from {seats[0]} to {seats[1]}, and {seats[2]} declared last."
                )
                story = f"{head}\n\n{lede}\n\n" + "{said}\n"
                first_in_uk = top[0][1] == uk[0][1]
                want = "supported" if first_in_uk else "depends"
                out.append((want, story.format(said=tpl.format(seat=top[0][0])), "first"))
                out.append(
                    ("contradicted", story.format(said=tpl.format(seat=top[1][0])), "second")
                )
    return out


@pytest.fixture(scope="module")
def verdicts(store_path: Path) -> list[tuple[str, str, str, str]]:
    from psephos.claims import check_text

    out = []
    for want, story, kind in cases(store_path):
        report = check_text(story, db=store_path)
        said = story.rstrip().rsplit("\n", 1)[-1]
        start = story.index(said)
        got = {
            c.verdict
            for c in report.claims
            if c.claim.start < start + len(said) and c.claim.end > start
        }
        out.append((want, ",".join(sorted(got)) or "(missed)", kind, said))
    return out


def test_enough_cases(verdicts: list[tuple[str, str, str, str]]) -> None:
    assert sum(1 for v in verdicts if v[0] == "depends") >= 60
    assert sum(1 for v in verdicts if v[0] == "contradicted") >= 100


def test_the_areas_first_is_never_false(verdicts: list[tuple[str, str, str, str]]) -> None:
    bad = [v for v in verdicts if v[2] == "first" and "contradicted" in v[1]]
    assert not bad, bad[:5]


def test_the_areas_first_depends_or_holds(verdicts: list[tuple[str, str, str, str]]) -> None:
    firsts = [v for v in verdicts if v[2] == "first"]
    right = sum(1 for want, got, _, _ in firsts if got == want)
    assert right / len(firsts) >= 0.9, [v for v in firsts if v[1] != v[0]][:5]


def test_a_runner_up_is_still_false(verdicts: list[tuple[str, str, str, str]]) -> None:
    seconds = [v for v in verdicts if v[2] == "second"]
    assert not [v for v in seconds if "supported" in v[1] or "depends" in v[1]], seconds[:5]
    caught = sum(1 for v in seconds if v[1] == "contradicted")
    assert caught / len(seconds) >= 0.9, [v for v in seconds if v[1] != "contradicted"][:5]


@pytest.mark.parametrize("name", ["the West Country", "the South West", "South-West"])
def test_the_west_country_is_the_south_west(name: str) -> None:
    from psephos.claims import lexicon as lx

    key = name.lower().removeprefix("the ")
    assert lx.AREAS[key] == ("region", "South West")
