"""The size of an ELECTORATE, swept over every seat and area of 2010-2024 (round 7).

Coverage gives the number on the register in several shapes (``claims/extract/
electorates.py``); each phrasing below is taken from published coverage (the source is named
next to it) and filled with electorates read independently from the raw PSEPH constituency
files (``tests/claims_corpus/_raw.py``: the csv module, never psephos code): a seat's
electorate column, or an area's sum of it. Seats are a fixed-seed sample of every general
election 2010-2024 (both boundary sets); areas are every nation and English region. Stated
exactly, or "around" the figure rounded to the thousand (to the hundred thousand for an
area). Perturbed: the figure 12 per cent higher (rounded the same way), outside what the
words allow.

The bars are those of the other sweeps: a true sentence is never ``contradicted`` (nor
anything outside the sentences), a perturbed one never ``supported``; found / right /
caught stay above floors measured on this checker. ``python -m
tests.test_claims_sweep_electorates`` prints the rates per phrasing (``-v``: failures).
"""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests._sweeps import (
    FamilyStory,
    check_rates,
    check_story,
    family_story,
    main_family,
    measure_family,
)
from tests.claims_corpus._raw import GE_PARLIAMENT, general
from tests.test_claims_sweep_series import C, Phrasing, _ph
from tests.test_claims_sweep_wide import AREA, _in, areas

SEED = 20261201
FAMILY = "electorate"
PER_PHRASING = 9  # each phrasing used about nine times (every third one perturbed)

# Sources (real coverage in the project's stored pages; the wording, not the sentence):
HOCL = "House of Commons Library, 'Constituency data: electorates' ('Arfon, had 38,864 voters')"
WIKI = "Wikipedia, 'Na h-Eileanan an Iar' ('With around 21,000 registered voters, it has ...')"
WIKI2 = "Wikipedia, 'Na h-Eileanan an Iar' ('Electorate: 21,177')"
HOCL2 = "House of Commons Library, electorates ('70,858 people registered to vote in ...')"
ONEL = "OnElections, UK-HC-2017 ('000.0 million persons were registered to vote')"
VOB = "Vision of Britain, 'Persons registered to vote' (Total Electorate)"

PHRASINGS: list[Phrasing] = [
    _ph(FAMILY, "H had N voters", HOCL)(
        lambda c: f"At the {c['E']} general election {c['H']} had {c['N']} voters."
    ),
    _ph(FAMILY, "H had N registered voters", WIKI)(
        lambda c: f"{c['Hc']} had {c['N']} registered voters at the {c['E']} general election."
    ),
    _ph(FAMILY, "with around N registered voters", WIKI)(
        lambda c: (
            f"With around {c['R']} registered voters, {c['H']} went to the polls at the "
            f"{c['E']} general election."
        )
    ),
    _ph(FAMILY, "an electorate of N", WIKI2)(
        lambda c: f"At the {c['E']} general election {c['H']} had an electorate of {c['N']}."
    ),
    _ph(FAMILY, "N people were registered to vote in H", HOCL2)(
        lambda c: (
            f"At the {c['E']} general election, {c['N']} people were registered to vote in "
            f"{c['H']}."
        )
    ),
    _ph(FAMILY, "the electorate in H was N", VOB)(
        lambda c: f"At the {c['E']} general election the electorate in {c['H']} was {c['N']}."
    ),
    _ph(FAMILY, "there were N registered voters in H", ONEL)(
        lambda c: (
            f"At the {c['E']} general election there were {c['N']} registered voters in {c['H']}."
        )
    ),
    _ph(FAMILY, "H's electorate stood at N", VOB)(
        lambda c: f"At the {c['E']} general election {c['Hp']} electorate stood at {c['N']}."
    ),
]


def _round(n: int, area: bool) -> str:
    step = 100_000 if area else 1_000
    r = round(n / step) * step
    return f"{r / 1e6:.1f} million" if area and r >= 1_000_000 else f"{r:,}"


def _item(name: str, n: int, year: int, area: bool) -> C:
    wrong = round(n * 1.12)
    poss = name + ("'" if name.endswith("s") else "'s")
    return {"H": name, "Hc": name[0].upper() + name[1:], "Hp": poss,
            "E": str(year), "N": f"{n:,}", "R": _round(n, area),
            "moved": {"N": f"{wrong:,}", "R": _round(wrong, area)}}  # fmt: skip


@cache
def items() -> tuple[C, ...]:
    """Seats of every general election 2010-2024 (a sample) and every nation and English
    region, with the electorate read from the constituency files."""
    rng = random.Random(SEED)
    seats: list[C] = []
    area_items: list[C] = []
    for year in GE_PARLIAMENT:
        every = general(year)
        seats += [_item(s.name, s.electorate, year, False)
                  for s in rng.sample(sorted(every.values(), key=lambda s: s.name), 12)]  # fmt: skip
        for area in areas(year):
            if area in ("UK", "England"):
                continue
            total = sum(s.electorate for s in every.values() if _in(s, area))
            area_items.append(_item(AREA[area], total, year, True))
    rng.shuffle(seats)
    rng.shuffle(area_items)
    mixed = [c for pair in zip(seats, area_items, strict=False) for c in pair]
    return tuple(mixed + seats[len(area_items) :])


HEAD = "Who was on the register\n\nElectorates at the general elections of 2010 to 2024.\n"


@cache
def story() -> FamilyStory:
    """One text: each phrasing in turn, every third use of a phrasing perturbed."""
    return family_story(items(), PHRASINGS, FAMILY, PER_PHRASING, HEAD)


def measure(db: Path | None = None) -> dict[str, Any]:
    return measure_family(story(), db)


#: measured on this checker (python -m tests.test_claims_sweep_electorates, 1 Dec 2026 01:55
#: UTC: 48 true found 100% right 97.9%, 24 perturbed caught 100%; without the rules of
#: extract/electorates.py 0% / 0% / 0%), less about five points
FLOORS = {"found": 0.95, "right": 0.92, "caught": 0.95}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_every_phrasing_is_used_true_and_perturbed_on_seats_and_areas() -> None:
    check_story(story(), PHRASINGS, 3, 2)
    text = story()[0]
    assert {y for y in re.findall(r"\b(20[12]\d)\b", text)} >= {str(y) for y in GE_PARLIAMENT}
    assert any(AREA[a] in text for a in ("Wales", "Scotland", "the North East"))


def test_true_electorates_are_never_contradicted(results: dict[str, Any]) -> None:
    wrong = results["families"][FAMILY]["wrong"]
    assert not wrong, f"{len(wrong)} true sentences contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, Any]) -> None:
    assert not results["stray"], results["stray"][:5]


def test_perturbed_electorates_are_never_supported(results: dict[str, Any]) -> None:
    passed = results["families"][FAMILY]["passed"]
    assert not passed, f"{len(passed)} perturbed sentences supported, e.g. {passed[:3]}"


def test_rates_stay_above_the_measured_floors(results: dict[str, Any]) -> None:
    check_rates(results["families"][FAMILY], FLOORS, 40, 20)


def main(argv: list[str]) -> int:
    """Print the measured rates per phrasing (-v: failing sentences; --text: the story)."""
    return main_family(argv, story, measure, FAMILY, PHRASINGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
