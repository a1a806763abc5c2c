"""The TOTAL number of votes cast, swept over 2010-2024 areas and the 1918-2005 series (round 7).

Coverage states the size of the vote ("there were 30,698,210 (30.7 million) votes cast",
"some 29.2 million votes were cast", "1,498,433 people voted in Wales"); the rule is
``claims/extract/totals.py``, the evaluator ``claims/evaluate_totals.py`` (the area's valid
votes from the ``summary`` totals). Each phrasing below is taken from published coverage (the
source is named next to it) and filled with totals read independently from the raw files
(``tests/claims_corpus/_raw.py``: the csv module, never psephos code): for 2010-2024 the sum
of the valid-votes column of the PSEPH constituency file over the UK, each nation and each
English region, stated exactly; for the 1918-2005 series the sum of the CBP-8647 total
column over the UK and each nation (a blank total counts its party cells), stated in millions
to one decimal as copy does ("some 29.2 million"), so the series' few uncounted votes do not
matter. Perturbed: 12 per cent more, stated the same way.

The bars are those of the other sweeps: a true sentence is never ``contradicted`` (nor
anything outside the sentences), a perturbed one never ``supported``; found / right / caught
stay above floors measured on this checker. ``python -m tests.test_claims_sweep_totals``
prints the rates per phrasing (``-v``: failures).
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
from tests.claims_corpus._raw import ELECTIONS as ALL_ELECTIONS
from tests.claims_corpus._raw import GE_PARLIAMENT, general, hist_national
from tests.test_claims_sweep_series import C, Phrasing, _ph, year
from tests.test_claims_sweep_wide import AREA, _in, areas

SEED = 20261201
FAMILY = "total_votes"
PER_PHRASING = 9  # each phrasing used about nine times (every third one perturbed)
SERIES = tuple(e for e in ALL_ELECTIONS if e <= "2005")

# Sources (real coverage in the project's stored pages; the wording, not the sentence):
WHEAL = "chriswheal.com, 'Do votes count?' ('There were 30,698,210 (30.7 million) votes cast')"
SCOINS = "scoins.net, 'Judgment day pt 2' ('Wales: voters 2,282,297 voted 1,498,433')"
ERS = "Electoral Reform Society, 2019 report ('over 865,000 votes were cast for ...')"
ERS2 = "Electoral Reform Society, 2019 report ('14.5 million people ... cast their vote')"
PALE = "paleoutlaw.com, 'Votes cast in U.K. elections since 1945'"

PHRASINGS: list[Phrasing] = [
    _ph(FAMILY, "there were N votes cast", WHEAL)(
        lambda c: f"There were {c['N']} votes cast {c['W']} at the {c['E']} general election."
    ),
    _ph(FAMILY, "some N votes were cast", ERS)(
        lambda c: f"At the {c['E']} general election some {c['N']} votes were cast {c['W']}."
    ),
    _ph(FAMILY, "N people voted", SCOINS)(
        lambda c: f"At the {c['E']} general election {c['N']} people voted {c['W']}."
    ),
    _ph(FAMILY, "a total of N votes were cast", PALE)(
        lambda c: f"A total of {c['N']} votes were cast {c['W']} at the {c['E']} election."
    ),
    _ph(FAMILY, "N people cast their vote", ERS2)(
        lambda c: f"In {c['E']}, {c['N']} people cast their vote {c['W']}."
    ),
    _ph(FAMILY, "the election saw N votes cast", PALE)(
        lambda c: f"The {c['E']} general election saw {c['N']} votes cast {c['W']}."
    ),
    _ph(FAMILY, "N voters turned out", SCOINS)(
        lambda c: f"At the {c['E']} general election {c['N']} voters turned out {c['W']}."
    ),
    _ph(FAMILY, "N valid votes were counted", WHEAL)(
        lambda c: f"At the {c['E']} general election {c['N']} valid votes were counted {c['W']}."
    ),
]


def _millions(n: float) -> str:
    return f"{n / 1e6:.1f} million"


def _item(where: str, n: int, e: str, exact: bool) -> C:
    wrong = round(n * 1.12)
    show = (lambda x: f"{x:,}") if exact else _millions
    return {"W": where, "E": e, "N": show(n), "moved": {"N": show(wrong)}}


def _where(area: str) -> str:
    return "across the UK" if area == "UK" else f"in {AREA[area]}"


@cache
def items() -> tuple[C, ...]:
    """Every area of every general election 2010-2024 (exact), and the UK and the nations of
    every series election 1918-2005 (in millions)."""
    rng = random.Random(SEED)
    modern: list[C] = []
    for y in GE_PARLIAMENT:
        every = general(y)
        for area in areas(y):
            if area == "England":
                continue
            total = sum(s.valid for s in every.values() if _in(s, area))
            modern.append(_item(_where(area), total, str(y), True))
    series: list[C] = []
    for e in SERIES:
        for country in (None, "Scotland", "Wales"):
            total = int(hist_national(e, country)["_total"])
            series.append(_item(_where(country or "UK"), total, year(e), False))
    rng.shuffle(modern)
    rng.shuffle(series)
    mixed = [c for pair in zip(modern, series, strict=False) for c in pair]
    return tuple(mixed)


HEAD = "How many voted\n\nThe vote at general elections since 1918.\n"


@cache
def story() -> FamilyStory:
    """One text: each phrasing in turn, every third use of a phrasing perturbed."""
    return family_story(items(), PHRASINGS, FAMILY, PER_PHRASING, HEAD)


def measure(db: Path | None = None) -> dict[str, Any]:
    return measure_family(story(), db)


#: measured on this checker (python -m tests.test_claims_sweep_totals, 1 Dec 2026 02:35 UTC:
#: 48 true found 100% right 100%, 24 perturbed caught 100%; without the rules of
#: extract/totals.py 0% / 0% / 0%), less about five points
FLOORS = {"found": 0.95, "right": 0.95, "caught": 0.95}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_every_phrasing_is_used_true_and_perturbed_on_areas_and_the_series() -> None:
    check_story(story(), PHRASINGS, 3, 2)
    text = story()[0]
    assert {y for y in re.findall(r"\b(20[12]\d)\b", text)} >= {str(y) for y in GE_PARLIAMENT}
    assert len(set(re.findall(r"\b(19[1-9]\d)\b", text))) >= 12  # the series is sampled


def test_true_totals_are_never_contradicted(results: dict[str, Any]) -> None:
    wrong = results["families"][FAMILY]["wrong"]
    assert not wrong, f"{len(wrong)} true sentences contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, Any]) -> None:
    assert not results["stray"], results["stray"][:5]


def test_perturbed_totals_are_never_supported(results: dict[str, Any]) -> None:
    passed = results["families"][FAMILY]["passed"]
    assert not passed, f"{len(passed)} perturbed sentences supported, e.g. {passed[:3]}"


def test_rates_stay_above_the_measured_floors(results: dict[str, Any]) -> None:
    check_rates(results["families"][FAMILY], FLOORS, 40, 20)


def main(argv: list[str]) -> int:
    """Print the measured rates per phrasing (-v: failing sentences; --text: the story)."""
    return main_family(argv, story, measure, FAMILY, PHRASINGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
