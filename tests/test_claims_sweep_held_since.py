"""A SEAT held by a PARTY since a year, swept over the 1918-2019 series (round 7).

Coverage says a party's unbroken run in a seat without "at every election": "Blyth Valley,
a Labour seat since 1950", "held by Labour without interruption since 1950", "have been
Labour since the general election of 1945", "had been a Labour stronghold since 1922",
"which Labour had held since 1997", "ending a Liberal hold on the seat that had lasted since
1983" (``claims/extract/held_since.py``). Each phrasing below is taken from published
coverage (the source is named next to it) and filled with runs computed independently from
the raw CBP-8647 CSV (``tests/claims_corpus/_raw.py``: the csv module, never psephos code):
a seat under a name the 2010-2024 files still use, won by one party group at every general
election from Y to Z, whose next general election E (the sentence's) went to another group,
and whose election before Y went to another group too. The claim, said at E, is the run
from Y. Perturbed: Y moved back to the election before it (won by another party), so the
run did not hold since then.

The bars are those of the other sweeps: a true sentence is never ``contradicted`` (nor
anything outside the sentences), a perturbed one never ``supported``; found / right /
caught stay above floors measured on this checker. ``python -m
tests.test_claims_sweep_held_since`` prints the rates per phrasing (``-v``: failures).
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
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
from tests.claims_corpus._raw import ELECTIONS as ALL_ELECTIONS
from tests.claims_corpus._raw import HistRow, history
from tests.test_claims_sweep_series import (
    C,
    Phrasing,
    _modern_names,
    _ph,
    _region,
    cap,
    party_adj,
    party_name,
    year,
)

SEED = 20261201
FAMILY = "held_since"
PER_PHRASING = 6  # each phrasing used about six times (every third one perturbed)

# Sources (real coverage in the project's stored pages; the wording, not the sentence):
BBC19 = "BBC News, 13 Dec 2019, election-2019-50771014 ('Blyth Valley, a Labour seat since 1950')"
YAHOO19 = "Yahoo UK, Dec 2019, Sedgefield ('Sedgefield, a Labour seat since 1935')"
PA19 = "PA via Belfast Telegraph, Dec 2019 ('have been held by Labour since 1979')"
PA19B = "PA via AOL, Dec 2019 ('held by Labour without interruption since 1950')"
PA19C = "PA via AOL, Dec 2019 ('have been Labour since the general election of 1945')"
SPUT19 = "Sputnik, 13 Dec 2019 ('had been a Labour stronghold since 1922')"
MANC19 = "Mancunian Matters, Dec 2019 ('a Labour seat since its creation in 1950')"
BBC19B = "BBC News, 13 Dec 2019 ('breaking Labour's 50-year hold')"
PA19D = "PA via AOL, Dec 2019 ('It then held the seat without a break until 1976')"

PHRASINGS: list[Phrasing] = [
    _ph(FAMILY, "S, a PADJ seat since Y", BBC19)(
        lambda c: (
            f"{c['S']}, a {c['Padj']} seat since {c['Y']}, changed hands at the {c['E']} "
            "general election."
        )
    ),
    _ph(FAMILY, "S, PADJ since Y,", YAHOO19)(
        lambda c: (
            f"At the {c['E']} general election {c['S']}, {c['Padj']} since {c['Y']}, changed hands."
        )
    ),
    _ph(FAMILY, "S, held by P since Y", PA19)(
        lambda c: (
            f"{c['S']}, held by {c['P']} since {c['Y']}, changed hands at the {c['E']} "
            "general election."
        )
    ),
    _ph(FAMILY, "held by P without interruption since Y", PA19B)(
        lambda c: (
            f"{c['S']} had been held by {c['P']} without interruption since {c['Y']} "
            f"when it changed hands at the {c['E']} general election."
        )
    ),
    _ph(FAMILY, "had been PADJ since the general election of Y", PA19C)(
        lambda c: (
            f"{c['S']} had been {c['Padj']} since the general election of {c['Y']}, and "
            f"it changed hands at the {c['E']} general election."
        )
    ),
    _ph(FAMILY, "had been a PADJ stronghold since Y", SPUT19)(
        lambda c: (
            f"{c['S']} had been a {c['Padj']} stronghold since {c['Y']} before it changed "
            f"hands at the {c['E']} general election."
        )
    ),
    _ph(FAMILY, "P lost S, which they had held since Y", MANC19)(
        lambda c: (
            f"At the {c['E']} general election {c['P']} lost {c['S']}, which they had "
            f"held since {c['Y']}."
        )
    ),
    _ph(FAMILY, "ended a PADJ hold on S that had lasted since Y", BBC19B)(
        lambda c: (
            f"The {c['E']} general election ended a {c['Padj']} hold on {c['S']} that had "
            f"lasted since {c['Y']}."
        )
    ),
    _ph(FAMILY, "P had held S since Y, but lost it", PA19D)(
        lambda c: (
            f"{cap(c['P'])} had held {c['S']} since {c['Y']}, but lost it at the {c['E']} "
            "general election."
        )
    ),
]


def _fold(n: str) -> str:
    return re.sub(r"\s+", " ", n.lower().replace("&", "and").replace(",", "")).strip()


@cache
def items() -> tuple[C, ...]:
    """Runs Y..Z of one winner in a seat (one name, contiguous general elections, at least
    two), the election before Y and the election E after Z each won by another group."""
    names = _modern_names()
    by_seat: dict[str, list[HistRow]] = defaultdict(list)
    for h in history():
        if h.seats == 1 and h.election in ALL_ELECTIONS and h.election <= "2019":
            by_seat[h.name].append(h)
    idx = ALL_ELECTIONS.index
    out: list[C] = []
    for name in sorted(by_seat):
        key = _fold(name)
        if key not in names:
            continue
        rows = sorted(by_seat[name], key=lambda h: idx(h.election))
        for i in range(1, len(rows) - 1):
            w = rows[i].winner
            if w == rows[i - 1].winner or w == "oth" or rows[i - 1].winner == "oth":
                continue
            j = i
            while (
                j + 1 < len(rows)
                and rows[j + 1].winner == w
                and (idx(rows[j + 1].election) == idx(rows[j].election) + 1)
            ):
                j += 1
            if j + 1 >= len(rows) or j - i < 1:
                continue
            before, after = rows[i - 1], rows[j + 1]
            steps = (idx(rows[i].election) - idx(before.election),
                     idx(after.election) - idx(rows[j].election))  # fmt: skip
            if steps != (1, 1) or after.winner in ("oth", w):
                continue
            area = _region(rows[i])
            pn = party_name(w, rows[i].election, area)
            if pn is None or (w == "lib" and rows[i].election < "1992" <= after.election):
                continue  # the party group's name changes within the run
            if w == "lib" and rows[i].election < "1983" <= after.election:
                continue
            out.append({"S": names[key], "P": pn, "Padj": party_adj(w, rows[i].election, area),
                        "Y": year(rows[i].election), "E": year(after.election),
                        "moved": {"Y": year(before.election)}})  # fmt: skip
    rng = random.Random(SEED)
    return tuple(rng.sample(out, min(len(out), 3 * PER_PHRASING * len(PHRASINGS))))


HEAD = "Seats that changed hands\n\nLong runs that ended, from the record since 1918.\n"


@cache
def story() -> FamilyStory:
    """One text: each phrasing in turn, every third use of a phrasing perturbed."""
    return family_story(items(), PHRASINGS, FAMILY, PER_PHRASING, HEAD)


def measure(db: Path | None = None) -> dict[str, Any]:
    return measure_family(story(), db)


#: measured on this checker (python -m tests.test_claims_sweep_held_since, 1 Dec 2026 02:20
#: UTC: 36 true found 94.4% right 88.9%, 18 perturbed caught 94.4%; before the rules of
#: extract/held_since.py: 22.2% / 5.6% / 0.0%), less about five points
FLOORS = {"found": 0.89, "right": 0.83, "caught": 0.89}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_every_phrasing_is_used_true_and_perturbed() -> None:
    check_story(story(), PHRASINGS, 2, 1)
    text = story()[0]
    years = {m for m in re.findall(r"\b(19\d\d|20[01]\d)\b", text)}
    assert len(years) >= 15, sorted(years)  # the sample spans the series


def test_true_runs_are_never_contradicted(results: dict[str, Any]) -> None:
    wrong = results["families"][FAMILY]["wrong"]
    assert not wrong, f"{len(wrong)} true sentences contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, Any]) -> None:
    assert not results["stray"], results["stray"][:5]


def test_perturbed_runs_are_never_supported(results: dict[str, Any]) -> None:
    passed = results["families"][FAMILY]["passed"]
    assert not passed, f"{len(passed)} perturbed sentences supported, e.g. {passed[:3]}"


def test_rates_stay_above_the_measured_floors(results: dict[str, Any]) -> None:
    check_rates(results["families"][FAMILY], FLOORS, 30, 15)


def main(argv: list[str]) -> int:
    """Print the measured rates per phrasing (-v: failing sentences; --text: the story)."""
    return main_family(argv, story, measure, FAMILY, PHRASINGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
