"""A seat's CENSUS SHARE in every phrasing, swept over the seats of England and Wales (round 8).

Coverage states a census group's share of a seat in many shapes (``claims/extract/
census_phrasings.py``, ``claims/extract/ranks.py`` ``census_share``); each phrasing below is
taken from published coverage (the source is named next to it) and filled with shares read
independently from the ONS count files (``tests/claims_corpus/_raw.py`` ``census_counts``:
the csv module, never psephos code; a group's share = its categories' count / the topic's
total without "Does not apply", as the keys decide it, ``articles/dev/README.md``). Seats are
a fixed-seed sample of the 575 seats of England and Wales (2024 boundaries), each with one of
fourteen census groups the store holds (religion, birth, age, qualifications, tenure, health,
ethnicity, the 19 ethnic groups, occupation class), written the ways copy names them.

A share is stated to one decimal ("62.4 per cent", "62.4%"), rounded ("62 per cent"), as a
fraction within the +-10 % a plain fraction allows ("one in five", "a third", "two in five")
or as a bound ("more than a quarter"). Perturbed: near the truth, as copy errs - the share a
quarter higher (at least three points; a small share 60 per cent higher), the next fraction up, the bound above the truth.

The bars are those of the other sweeps: a true sentence is never ``contradicted`` (nor
anything outside the sentences), a perturbed one never ``supported``; found / right / caught
stay above floors measured on this checker. ``python -m tests.test_claims_sweep_census``
prints the rates per phrasing (``-v``: failures; ``--text``: the story).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
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
from tests.claims_corpus._raw import census_counts, census_seat
from tests.test_claims_sweep_series import C, Phrasing, _ph

SEED = 20261201
FAMILY = "census"
PER_PHRASING = 12  # each phrasing used about twelve times (every third one perturbed)

# Sources (real coverage in the project's stored pages; the wording, not the sentence):
FULLFACT = "Full Fact, 'Three Parliamentary constituencies have majority Muslim populations' ('In S 62.4% of constituents identify as Muslim', 'with 58.7% identifying as Muslim in S', 'Muslims make up a majority')"
HJS = "news365 / The Truth International on the HJS study ('Muslims make up more than 10% of the population')"
MANC = "Manchester City Council, 'Census 2021 - Migration Summary' ('31% of residents were born outside the UK')"
GUARD = "The Guardian, 2 Nov 2022 ('where one in 14 usual residents were born outside the UK', 'One in six people living in England and Wales were born outside the UK')"
BBC = "BBC News, 'North Norfolk has most over 65s' ('One third of the population of North Norfolk is aged 65 and over', '33.4% of the area's population ... were aged over 65', 'over-65s accounted for at least 25% of the population')"
HOCL = "House of Commons Library, 'Constituency data: housing tenure' ('62% of households were homeowners, 20% were private renters')"
SPECT = "The Spectator, 5 Jul 2024 ('The constituency, where around a third of the electorate are Muslim'); copy's apposition of a seat and its share"
CITYAM = "City AM, 'Ageing Britain' ('... has the highest proportion of people aged 65 and over ... - 33.2 per cent of the population')"


@dataclass(frozen=True)
class Group:
    """One census group: the count file's topic and categories, and how copy names it."""

    topic: str
    cats: tuple[str, ...]
    unit: str  # the people the share is of: residents, households, adults
    are: str  # the predicate after a plural ("are Muslim", "own their home outright")
    were: str  # the same in the past
    plural: str | None  # the group as a plural noun ("Muslims"), None: copy does not say it so
    ident: str | None  # "identify as X" (religion and ethnicity only)


GROUPS: tuple[Group, ...] = (
    Group("religion", ("Muslim",), "residents", "are Muslim", "were Muslim", "Muslims", "Muslim"),
    Group("religion", ("Hindu",), "residents", "are Hindu", "were Hindu", "Hindus", "Hindu"),
    Group("religion", ("Sikh",), "residents", "are Sikh", "were Sikh", "Sikhs", "Sikh"),
    Group("religion", ("Christian",), "residents", "are Christian", "were Christian",
          "Christians", "Christian"),
    Group("religion", ("No religion",), "residents", "have no religion", "had no religion",
          None, None),
    Group("birth", ("Europe: Ireland", "Europe: Other Europe", "Africa", "Middle East and Asia",
                    "The Americas and the Caribbean",
                    "Antarctica and Oceania (including Australasia)"),
          "residents", "were born outside the UK", "were born outside the UK", None, None),
    Group("age", ("Aged 65 to 69 years", "Aged 70 to 74 years", "Aged 75 to 79 years",
                  "Aged 80 to 84 years", "Aged 85 years and over"),
          "residents", "are aged 65 or over", "were aged 65 or over", "over-65s", None),
    Group("quals", ("No qualifications",), "adults", "have no qualifications",
          "had no qualifications", None, None),
    Group("tenure", ("Owned: Owns outright",), "households", "own their home outright",
          "owned their home outright", None, None),
    Group("tenure", ("Private rented: Private landlord or letting agency",
                     "Private rented: Other private rented or lives rent free"),
          "households", "rent privately", "rented privately", "private renters", None),
    Group("health", ("Bad health", "Very bad health"), "residents",
          "are in bad or very bad health", "were in bad or very bad health", None, None),
    Group("ethnicity5", ("Asian, Asian British or Asian Welsh",), "residents", "are Asian",
          "were Asian", None, "Asian"),
    Group("ethnicity5", ("Black, Black British, Black Welsh, Caribbean or African",),
          "residents", "are Black", "were Black", None, "Black"),
    Group("religion", ("Jewish",), "residents", "are Jewish", "were Jewish", "Jews", "Jewish"),
    # the 19 ethnic groups and the occupation classes (ethnicity19, nssec)
    Group("ethnicity19", ("Asian, Asian British or Asian Welsh: Pakistani",), "residents",
          "are of Pakistani heritage", "were of Pakistani heritage", None, "Pakistani"),
    Group("ethnicity19", ("Asian, Asian British or Asian Welsh: Indian",), "residents",
          "are of Indian heritage", "were of Indian heritage", None, "Indian"),
    Group("ethnicity19", ("Asian, Asian British or Asian Welsh: Bangladeshi",), "residents",
          "are Bangladeshi", "were Bangladeshi", None, "Bangladeshi"),
    Group("ethnicity19", ("White: English, Welsh, Scottish, Northern Irish or British",),
          "residents", "are White British", "were White British", None, "White British"),
    Group("nssec", ("L15: Full-time students",), "adults", "are full-time students",
          "were full-time students", "full-time students", None),
)  # fmt: skip

#: fractions copy writes, with their values
FRACTIONS: tuple[tuple[str, float], ...] = (
    *((f"one in {w}", 1 / k) for w, k in (
        ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("ten", 10), ("twelve", 12), ("fifteen", 15), ("twenty", 20))),
    ("two in five", 0.4), ("three in five", 0.6), ("three in four", 0.75),
    ("four in five", 0.8), ("half", 0.5), ("a third", 1 / 3), ("a quarter", 0.25),
    ("two-thirds", 2 / 3), ("a fifth", 0.2),
)  # fmt: skip
#: the fractions a bound is written with ("more than a quarter"), ascending
BOUNDS: tuple[tuple[str, float], ...] = (
    ("one in ten", 0.1), ("one in five", 0.2), ("a quarter", 0.25), ("a third", 1 / 3),
    ("two in five", 0.4), ("half", 0.5), ("three in five", 0.6), ("two-thirds", 2 / 3),
    ("three-quarters", 0.75),
)  # fmt: skip


def _fraction(x: float) -> str | None:
    """The fraction whose plain reading (+-10 % of its value, ``claims/numbers.py``) holds
    ``x`` with room to spare, nearest first; None when none does."""
    fits = [(abs(v - x) / v, w) for w, v in FRACTIONS if abs(v - x) <= 0.07 * v]
    return min(fits)[1] if fits else None


def _fraction_off(x: float) -> str | None:
    """The nearest fraction ABOVE ``x`` whose plain reading is well clear of it."""
    ups = sorted((v, w) for w, v in FRACTIONS if 0.88 * v > x)
    return ups[0][1] if ups else None


def _bound(x: float) -> tuple[str | None, str | None]:
    """ "more than F": the largest F clearly below ``x`` (true) and the smallest clearly
    above it (false)."""
    below = [w for w, v in BOUNDS if v < x * 0.97]
    above = [w for w, v in BOUNDS if v > x * 1.03]
    return (below[-1] if below else None), (above[0] if above else None)


def _pct(x: float, style: int) -> str:
    if style == 0:
        return f"{100 * x:.1f} per cent"
    if style == 1:
        return f"{100 * x:.1f}%"
    return f"{round(100 * x)} per cent"


def _pct_plain(n: str) -> str:
    """ "37.6 per cent" for the apposition (a '%' reads the same)."""
    return n


def _off(x: float) -> float:
    """Near the truth, as copy errs: a small share 60 per cent higher (at least half a
    point: clear of the one-decimal rounding, within the factor of two the guard reads as
    another quantity), a larger one a quarter higher (at least three points)."""
    if x < 0.12:
        return max(x * 1.6, x + 0.005)
    return x + max(0.03, 0.25 * x) if x < 0.7 else x - max(0.03, 0.25 * (1 - x))


@cache
def ranked(g: Group) -> tuple[tuple[str, float], ...]:
    """Every seat of England and Wales by the group's share, highest first (count files)."""
    names = census_seat()
    return tuple(sorted(((names[s].name, share(g, s)) for s in census_counts(g.topic)),
                        key=lambda x: -x[1]))  # fmt: skip


def share(g: Group, seat: str) -> float:
    d = census_counts(g.topic)[seat]
    return sum(d.get(c, 0) for c in g.cats) / d["_total"]


def _item(g: Group, seat: str, name: str, k: int) -> C | None:
    x = share(g, seat)
    if x < 0.005:
        return None  # a group too small to state as a share
    style = k % 3
    more, more_off = _bound(x)
    y = _off(x)
    top = ranked(g)
    # "a majority": true above 55 per cent, the false twin below 42 (clear of the line)
    maj, maj_off = ("A majority" if x > 0.55 else None), ("A majority" if x < 0.42 else None)
    # "S1 ..., the highest share of any seat. S2 is second at N2": the false twin names the
    # third seat second (another seat's figure, as copy errs); not when the summary's one
    # decimal ties them
    second = {}
    if round(top[1][1], 3) != round(top[2][1], 3):
        second = {
            "S1": top[0][0],
            "N1": _pct(top[0][1], 0),
            "S2": top[1][0],
            "N2": _pct(top[1][1], 0),
            "S3": top[2][0],
            "N3": _pct(top[2][1], 0),
        }
    return {"S": name, "g": g, "I": g.ident, "PL": g.plural, "N": _pct(x, style),
            "M": maj, **second, "F": _fraction(x), "B": more,
            "moved": {"N": _pct(y, style), "F": _fraction_off(x), "B": more_off, "M": maj_off,
                      **({"S2": second["S3"], "N2": second["N3"]} if second else {})}}  # fmt: skip


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _of(frac: str, unit: str) -> str:
    """ "one in five residents", "a quarter of households"."""
    return f"{frac} {unit}" if " in " in frac else f"{frac} of {unit}"


def _pop(c: C) -> str:
    return "households" if c["g"].unit == "households" else "population"


def _needs(*keys: str) -> Any:
    """A phrasing's maker that gives None when the item lacks one of ``keys``."""

    def wrap(fn: Any) -> Any:
        def make(c: C) -> str | None:
            return None if any(c.get(k) is None for k in keys) else fn(c)

        return make

    return wrap


# fmt: off
PHRASINGS: list[Phrasing] = [
    _ph(FAMILY, "In S, N of constituents identify as G", FULLFACT)(
        _needs("I")(lambda c: f"In {c['S']}, {c['N']} of constituents identify as {c['I']}.")
    ),
    _ph(FAMILY, "..., with N identifying as G in S", FULLFACT)(
        _needs("I")(lambda c: (
            f"The census tables are detailed, with {c['N']} identifying as {c['I']} in "
            f"{c['S']}."
        ))
    ),
    _ph(FAMILY, "G (plural) make up N of the population in S", HJS)(
        _needs("PL")(lambda c: (
            f"{cap(c['PL'])} make up {c['N']} of "
            f"{'the population' if c['g'].unit == 'residents' else c['g'].unit} in {c['S']}."
        ))
    ),
    _ph(FAMILY, "N of UNIT in S ARE", MANC)(
        lambda c: f"{cap(c['N'])} of {c['g'].unit} in {c['S']} {c['g'].were}."
    ),
    _ph(FAMILY, "In S, F UNIT ARE (one in N, a fifth)", GUARD)(
        _needs("F")(lambda c: f"In {c['S']}, {_of(c['F'], c['g'].unit)} {c['g'].are}.")
    ),
    _ph(FAMILY, "F of the population of S ARE", BBC)(
        _needs("F")(lambda c: (
            f"{cap(c['F'])} of the {_pop(c)} of {c['S']} {c['g'].are}."
        ))
    ),
    _ph(FAMILY, "In S, N of the constituency's UNIT WERE", BBC)(
        lambda c: (
            f"In {c['S']}, {c['N']} of the constituency's {_pop(c)} {c['g'].were}."
        )
    ),
    _ph(FAMILY, "More than F of UNIT in S ARE", HJS)(
        _needs("B")(lambda c: f"More than {_of(c['B'], c['g'].unit)} in {c['S']} {c['g'].are}.")
    ),
    _ph(FAMILY, "S, where N of UNIT ARE, ...", CITYAM)(
        lambda c: (
            f"{c['S']}, where {c['N']} of {c['g'].unit} {c['g'].are}, was among the seats in "
            "the census tables."
        )
    ),
]
PHRASINGS += [
    _ph(FAMILY, "A majority of UNIT in S ARE", FULLFACT)(
        _needs("M")(lambda c: f"{c['M']} of {c['g'].unit} in {c['S']} {c['g'].are}.")
    ),
    _ph(FAMILY, "S, N G, ... (apposition)", SPECT)(
        _needs("I")(lambda c: (
            f"{c['S']}, {_pct_plain(c['N'])} {c['I']}, was among the seats in the census tables."
        ))
    ),
    _ph(FAMILY, "S1 ..., the highest share of any seat. S2 is second at N2", BBC)(
        _needs("S1", "I")(lambda c: (
            f"In {c['S1']}, {c['N1']} of residents {c['g'].are}, the highest share of any seat "
            f"in England and Wales. {c['S2']} is second at {c['N2']}."
        ))
    ),
]
# fmt: on


@cache
def items() -> tuple[C, ...]:
    """A fixed-seed sample of the seats of England and Wales, each with census groups in
    turn."""
    rng = random.Random(SEED)
    names = census_seat()  # count-file name -> the 2024 result row (the seat's own name)
    seats = sorted(names)
    rng.shuffle(seats)
    out: list[C] = []
    for k, seat in enumerate(seats):
        g = GROUPS[k % len(GROUPS)]
        got = _item(g, seat, names[seat].name, k)
        if got is not None:
            out.append(got)
    return tuple(out)


HEAD = (
    "Who lives where\n\nCensus 2021 figures for the constituencies of England and Wales "
    "contested at the 2024 general election.\n"
)


@cache
def story() -> FamilyStory:
    """One text: each phrasing in turn, every third use of a phrasing perturbed."""
    return family_story(items(), PHRASINGS, FAMILY, PER_PHRASING, HEAD)


def measure(db: Path | None = None) -> dict[str, Any]:
    return measure_family(story(), db)


#: measured on this checker (python -m tests.test_claims_sweep_census, 1 Dec 2026 05:22 UTC:
#: 96 true found 100% right 100%, 48 perturbed caught 66.7% - the rest ``depends`` on the
#: 2010-2019 seat's estimate, ``uncertain`` as a figure far from the truth, or a rank in a
#: weakly dated story (the "S2 is second" twins); before round 8's
#: rules, on the first nine phrasings at nine uses each: found 55.6%, right 53.7%, caught 0%
#: - every perturbed share was uncertain while the story's election rested on little
#: evidence, which EVALUATE's round-8 evaluate_guard no longer applies to a census share of a
#: 2024 seat), less about five points
FLOORS = {"found": 0.95, "right": 0.95, "caught": 0.60}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_every_phrasing_is_used_true_and_perturbed() -> None:
    check_story(story(), PHRASINGS, 3, 2)


def test_true_census_shares_are_never_contradicted(results: dict[str, Any]) -> None:
    wrong = results["families"][FAMILY]["wrong"]
    assert not wrong, f"{len(wrong)} true sentences contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, Any]) -> None:
    assert not results["stray"], results["stray"][:5]


def test_perturbed_census_shares_are_never_supported(results: dict[str, Any]) -> None:
    passed = results["families"][FAMILY]["passed"]
    assert not passed, f"{len(passed)} perturbed sentences supported, e.g. {passed[:3]}"


def test_rates_stay_above_the_measured_floors(results: dict[str, Any]) -> None:
    check_rates(results["families"][FAMILY], FLOORS, 40, 20)


def main(argv: list[str]) -> int:
    """Print the measured rates per phrasing (-v: failing sentences; --text: the story)."""
    return main_family(argv, story, measure, FAMILY, PHRASINGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
