"""A party's seats as "N of the M seats" in a nation or region, swept over 2010-2024 (round 7).

Coverage counts a party's seats against the area's total in several shapes: "winning 48 of
59 seats", "won 324 out of a total of 630 seats", "Scotland's 59 seats split as follows",
"won 27 of the 36 Welsh seats", "won 36 of the region's 55 seats", "finished with 28 of the
40 Welsh seats", "the Conservatives were held to 24" (``claims/extract/counts.py``, rule
``seats_of``: the area adjective before "seats", "the region's"/"the nation's" pointing at
the area named, "were held to N" after a count; round 7). Each phrasing below is taken from
published coverage (the source is named next to it) and filled with seat counts read
independently from the raw PSEPH constituency files (``tests/claims_corpus/_raw.py``: the
csv module, never psephos code): the winners of every seat of every nation and English
region at every general election 2010-2024, for each party that won at least one there.
Perturbed: two seats more.

The bars are those of the other sweeps: a true sentence is never ``contradicted`` (nor
anything outside the sentences), a perturbed one never ``supported``; found / right / caught
stay above floors measured on this checker. ``python -m tests.test_claims_sweep_seats_of``
prints the rates per phrasing (``-v``: failures).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
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
from tests.test_claims_sweep import PARTY
from tests.test_claims_sweep_series import C, Phrasing, _ph
from tests.test_claims_sweep_wide import AREA, _in, areas

SEED = 20261201
FAMILY = "seats_of"
PER_PHRASING = 9  # each phrasing used about nine times (every third one perturbed)

# Sources (real coverage in the project's stored pages; the wording, not the sentence):
WEBER = "Weber Shandwick Scotland, 13 Dec 2019 ('winning 48 of 59 seats')"
MACAU = "Macau Daily Times on 1955 ('won 324 out of a total of 630 seats')"
BALLOT = "ballotbox.scot, 'GE19 - The Headline Results' ('Scotland's 59 seats split as follows')"
EPOCH = "The Epoch Times, Jul 2024 ('winning 412 of 650 seats')"
JUICE = "Juice Liverpool, Jul 2024 ('each secured four seats', 'taking its total to 27')"
CHRON = "Chronicle Live, 'North East Labour and Conservative seats' (Electoral Reform Society)"

PHRASINGS: list[Phrasing] = [
    _ph(FAMILY, "won N of the M ADJ seats", WEBER)(
        lambda c: (
            f"At the {c['E']} general election {c['P']} won {c['N']} of the {c['M']} "
            f"{c['Adj']} seats."
            if c["Adj"]
            else None
        )
    ),
    _ph(FAMILY, "In AREA, P won N of the region's M seats", CHRON)(
        lambda c: (
            f"In {c['A']}, {c['P']} won {c['N']} of the {c['kind']}'s {c['M']} seats at "
            f"the {c['E']} general election."
        )
    ),
    _ph(FAMILY, "finished with N of the M seats in AREA", JUICE)(
        lambda c: (
            f"{c['Pc']} finished the {c['E']} general election with {c['N']} of the "
            f"{c['M']} seats in {c['A']}."
        )
    ),
    _ph(FAMILY, "took N of AREA's M seats", BALLOT)(
        lambda c: (
            f"At the {c['E']} general election {c['P']} took {c['N']} of {c['Aposs']} "
            f"{c['M']} seats."
        )
    ),
    _ph(FAMILY, "won N out of the M seats in AREA", MACAU)(
        lambda c: (
            f"At the {c['E']} general election {c['P']} won {c['N']} out of the {c['M']} "
            f"seats in {c['A']}."
        )
    ),
    _ph(FAMILY, "secured N of the M seats in AREA", JUICE)(
        lambda c: (
            f"{c['Pc']} secured {c['N']} of the {c['M']} seats in {c['A']} at the "
            f"{c['E']} general election."
        )
    ),
    _ph(FAMILY, "winning N of the M ADJ seats", EPOCH)(
        lambda c: (
            f"At the {c['E']} general election {c['P']} ended the night winning {c['N']} "
            f"of the {c['M']} {c['Adj']} seats."
            if c["Adj"]
            else None
        )
    ),
    _ph(FAMILY, "held N of the M seats in AREA", CHRON)(
        lambda c: (
            f"After the {c['E']} general election {c['P']} held {c['N']} of the {c['M']} "
            f"seats in {c['A']}."
        )
    ),
]


ADJ = {"Scotland": "Scottish", "Wales": "Welsh", "Northern Ireland": "Northern Irish"}
NATIONS = ("Scotland", "Wales", "Northern Ireland", "England")


def _item(year: int, area: str, party: str, n: int, m: int) -> C:
    name = AREA.get(area, area)
    poss = name + ("'" if name.endswith("s") else "'s")
    pn = PARTY[party][0]
    return {"E": str(year), "A": name, "Aposs": poss, "Adj": ADJ.get(area), "M": str(m),
            "kind": "nation" if area in NATIONS else "region", "P": pn,
            "Pc": pn[0].upper() + pn[1:], "N": str(n), "moved": {"N": str(n + 2)}}  # fmt: skip


@cache
def items() -> tuple[C, ...]:
    """Every party with a seat in every nation and English region, 2010-2024."""
    rng = random.Random(SEED)
    out: list[C] = []
    for y in GE_PARLIAMENT:
        every = general(y)
        for area in areas(y):
            if area in ("UK", "England"):
                continue
            seats = [s for s in every.values() if _in(s, area)]
            won = Counter(s.first for s in seats)
            for party, n in won.items():
                if party in PARTY and n >= 1 and n + 2 < len(seats):
                    out.append(_item(y, area, party, n, len(seats)))
    rng.shuffle(out)
    nations = [c for c in out if c["Adj"]]
    rest = [c for c in out if not c["Adj"]]
    mixed = [c for pair in zip(nations, rest, strict=False) for c in pair]
    return tuple(mixed)


HEAD = "Who won where\n\nSeats by nation and region, 2010 to 2024.\n"


@cache
def story() -> FamilyStory:
    """One text: each phrasing in turn, every third use of a phrasing perturbed."""
    return family_story(items(), PHRASINGS, FAMILY, PER_PHRASING, HEAD)


def measure(db: Path | None = None) -> dict[str, Any]:
    return measure_family(story(), db)


#: measured on this checker (python -m tests.test_claims_sweep_seats_of, 1 Dec 2026 02:50
#: UTC: 48 true found 100% right 100%, 24 perturbed caught 66.7% (the rest `uncertain`: the
#: guard's other readings); before the round-7 words 62.5% / 62.5% / 41.7%), less about five
#: points
FLOORS = {"found": 0.95, "right": 0.95, "caught": 0.60}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_every_phrasing_is_used_true_and_perturbed_on_nations_and_regions() -> None:
    check_story(story(), PHRASINGS, 3, 2)
    text = story()[0]
    assert {y for y in re.findall(r"\b(20[12]\d)\b", text)} >= {str(y) for y in GE_PARLIAMENT}
    assert any(f"{ADJ[a]} seats" in text for a in ("Scotland", "Wales"))


def test_true_seat_counts_are_never_contradicted(results: dict[str, Any]) -> None:
    wrong = results["families"][FAMILY]["wrong"]
    assert not wrong, f"{len(wrong)} true sentences contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, Any]) -> None:
    assert not results["stray"], results["stray"][:5]


def test_perturbed_seat_counts_are_never_supported(results: dict[str, Any]) -> None:
    passed = results["families"][FAMILY]["passed"]
    assert not passed, f"{len(passed)} perturbed sentences supported, e.g. {passed[:3]}"


def test_rates_stay_above_the_measured_floors(results: dict[str, Any]) -> None:
    check_rates(results["families"][FAMILY], FLOORS, 40, 20)


def main(argv: list[str]) -> int:
    """Print the measured rates per phrasing (-v: failing sentences; --text: the story)."""
    return main_family(argv, story, measure, FAMILY, PHRASINGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
