"""A THRESHOLD said with a verb, swept over the seats of every general election 2010-2024
(round 8).

Copy states a bound with a verb as often as with "more than": "turnout topped 70 per cent",
"Labour's share passed 50 per cent", "fell short of 60 per cent" (the open class of
docs/claims.md, "Extraction in round 8"; the Press Association's turnout report: "remained
above 75%", "Were the figure to fall below 59.4%"). ``claims/numbers.py`` reads the verbs as
qualifiers ("topped", "passed", "exceeded", "surpassed", "broke through", "went over/above/
past": above; "fell short of", "failed to reach": below). Each phrasing is filled with a
seat's turnout or its winning party's share read independently from the raw PSEPH files
(``tests/claims_corpus/_raw.py``, the csv module): the bound is the whole number two points
below the figure (above it for "fell short of"); the perturbed twin puts the bound two points
on the other side of the figure (near the truth: a bound the figure does not reach). A seat's
majority likewise, to the thousand ("Labour's majority in S topped 7,000";
``claims/extract/thresholds.py``).

Bars as in the other sweeps: no true sentence ``contradicted``, no perturbed one
``supported``, found / right / caught above floors measured on this checker.
``python -m tests.test_claims_sweep_thresholds`` prints the rates per phrasing.
"""

from __future__ import annotations

import math
import random
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
from tests.test_claims_sweep import PARTY
from tests.test_claims_sweep_series import C, Phrasing, _ph

SEED = 20261201
FAMILY = "threshold"
PER_PHRASING = 9

PA = "Press Association, 2024 turnout report ('remained above 75%', 'Were the figure to fall below 59.4%')"
OPEN = "docs/claims.md open classes ('topped 20,000', 'passed 40 per cent', 'under 60 per cent')"

# fmt: off
PHRASINGS: list[Phrasing] = [
    _ph(FAMILY, "turnout in S topped N per cent", OPEN)(
        lambda c: f"At the {c['E']} general election turnout in {c['S']} topped {c['UP']} per cent."
    ),
    _ph(FAMILY, "turnout in S passed N per cent", OPEN)(
        lambda c: f"At the {c['E']} general election turnout in {c['S']} passed {c['UP']} per cent."
    ),
    _ph(FAMILY, "turnout in S went above N per cent", PA)(
        lambda c: (
            f"At the {c['E']} general election turnout in {c['S']} went above {c['UP']} per cent."
        )
    ),
    _ph(FAMILY, "turnout in S fell short of N per cent", PA)(
        lambda c: (
            f"At the {c['E']} general election turnout in {c['S']} fell short of {c['DOWN']} "
            "per cent."
        )
    ),
    _ph(FAMILY, "P's share in S topped N per cent", OPEN)(
        lambda c: (
            f"At the {c['E']} general election {c['Pp']} share in {c['S']} topped {c['SUP']} "
            "per cent."
        )
    ),
    _ph(FAMILY, "P's share of the vote in S exceeded N per cent", OPEN)(
        lambda c: (
            f"At the {c['E']} general election {c['Pp']} share of the vote in {c['S']} exceeded "
            f"{c['SUP']} per cent."
        )
    ),
    _ph(FAMILY, "P's share in S failed to reach N per cent", PA)(
        lambda c: (
            f"At the {c['E']} general election {c['Pp']} share in {c['S']} failed to reach "
            f"{c['SDOWN']} per cent."
        )
    ),
    _ph(FAMILY, "P's majority in S topped N", OPEN)(
        lambda c: f"At the {c['E']} general election {c['Pp']} majority in {c['S']} topped {c['MUP']}."
    ),
    _ph(FAMILY, "P's majority in S fell short of N", OPEN)(
        lambda c: (
            f"At the {c['E']} general election {c['Pp']} majority in {c['S']} fell short of "
            f"{c['MDOWN']}."
        )
    ),
    _ph(FAMILY, "P's share in S surpassed N per cent", OPEN)(
        lambda c: (
            f"At the {c['E']} general election {c['Pp']} share in {c['S']} surpassed "
            f"{c['SUP']} per cent."
        )
    ),
]
# fmt: on


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _item(s: Any, year: int) -> C | None:
    party = s.first
    if party not in PARTY:
        return None
    t, x = 100 * s.turnout, 100 * s.share(party)
    up, down = math.floor(t) - 2, math.ceil(t) + 2
    sup, sdown = math.floor(x) - 2, math.ceil(x) + 2
    if sup < 5 or s.majority < 2_000:
        return None
    # the majority's bound: the thousand below it (above it for "fell short of"), the twin
    # the thousand on the other side plus one
    mup, mdown = (s.majority // 1000) * 1000, (s.majority // 1000 + 1) * 1000
    return {"E": str(year), "S": s.name, "Pp": _poss(PARTY[party][0]),
            "UP": str(up), "DOWN": str(down), "SUP": str(sup), "SDOWN": str(sdown),
            "MUP": f"{mup:,}", "MDOWN": f"{mdown:,}",
            # the bound on the other side of the figure, two points clear
            "moved": {"UP": str(down), "DOWN": str(up), "SUP": str(sdown),
                      "SDOWN": str(sup), "MUP": f"{mdown + 1000:,}",
                      "MDOWN": f"{max(1000, mup - 1000):,}"}}  # fmt: skip


@cache
def items() -> tuple[C, ...]:
    """A fixed-seed sample of the seats of every general election 2010-2024."""
    rng = random.Random(SEED)
    out: list[C] = []
    for year in GE_PARLIAMENT:
        every = sorted(general(year).values(), key=lambda s: s.name)
        for s in rng.sample(every, 30):
            got = _item(s, year)
            if got is not None:
                out.append(got)
    rng.shuffle(out)
    return tuple(out)


HEAD = "Thresholds\n\nTurnout and shares at the general elections of 2010 to 2024.\n"


@cache
def story() -> FamilyStory:
    return family_story(items(), PHRASINGS, FAMILY, PER_PHRASING, HEAD)


def measure(db: Path | None = None) -> dict[str, Any]:
    return measure_family(story(), db)


#: measured on this checker (python -m tests.test_claims_sweep_thresholds, 1 Dec 2026 05:44
#: UTC: 60 true found 100% right 100%, 30 perturbed caught 86.7% - "failed to reach" twins
#: uncertain: reconsider finds another area where they hold; before the threshold verbs, on
#: the eight turnout and share phrasings: found 50%, right 12.5%, 18 TRUE CALLED FALSE -
#: "turnout topped/passed/fell short of N" read as turnout = N), less about five points
FLOORS = {"found": 0.95, "right": 0.95, "caught": 0.80}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_every_phrasing_is_used_true_and_perturbed() -> None:
    check_story(story(), PHRASINGS, 3, 2)


def test_true_thresholds_are_never_contradicted(results: dict[str, Any]) -> None:
    wrong = results["families"][FAMILY]["wrong"]
    assert not wrong, f"{len(wrong)} true sentences contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, Any]) -> None:
    assert not results["stray"], results["stray"][:5]


def test_perturbed_thresholds_are_never_supported(results: dict[str, Any]) -> None:
    passed = results["families"][FAMILY]["passed"]
    assert not passed, f"{len(passed)} perturbed sentences supported, e.g. {passed[:3]}"


def test_rates_stay_above_the_measured_floors(results: dict[str, Any]) -> None:
    check_rates(results["families"][FAMILY], FLOORS, 40, 20)


def main(argv: list[str]) -> int:
    """Print the measured rates per phrasing (-v: failing sentences; --text: the story)."""
    return main_family(argv, story, measure, FAMILY, PHRASINGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
