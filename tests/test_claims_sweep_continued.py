"""A ranking CONTINUED after a superlative, swept over elections and areas.

Coverage names the runners-up of a ranking without saying its measure again ("Turnout in
Wales was highest in X. Y came second.", "with Z close behind", "It was followed by W",
"V was the third-lowest", "U and T came second and third", "S is second only to X"). The
checker reads each with the measure, direction and scope of the superlative before it
(``claims/extract/continued.py``). Every value here is computed from the raw official CSVs
with the csv module (``tests/claims_corpus/_raw.py``), never psephos code: the ranking of an
area's seats by turnout (valid votes / electorate) or majority (first minus second), ties at
the positions involved left out. A perturbed sentence names the seat one place further down
under the same position. The bars are the other sweeps': a true sentence is never
``contradicted`` (nor anything outside the sentences), a perturbed one never ``supported``,
and found / caught rates stay above floors measured on this checker
(``python -m tests.test_claims_sweep_continued`` prints them).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.claims_corpus._raw import Seat, general
from tests.test_claims_sweep import Sentence, new_stats, tally
from tests.test_claims_sweep_ranks import _majority, _ranked, _turnout, _untied
from tests.test_claims_sweep_wide import AREA, _compose, _in, _pct, areas, print_rates

ELECTIONS = (2010, 2017, 2024)
ORD_WORD = {2: "second", 3: "third", 4: "fourth"}
ORD = {2: "second-", 3: "third-", 4: "fourth-"}
PHRASINGS = 6
FAMILY = "continued_rank"

Made = tuple[str, bool, str, str]


def _lead(kind: int, a: str, top: Seat) -> str:
    """The superlative a paragraph opens with (true): the area's first seat."""
    if kind == 0:
        return f"Turnout in {a} was highest in {top.name}, at {_pct(top.turnout)} per cent."
    if kind == 1:
        return f"The lowest turnout in {a} was in {top.name}, at {_pct(top.turnout)} per cent."
    if kind == 2:
        return f"The largest majority in {a} was in {top.name}, {_majority(top):,} votes."
    return f"{top.name} had the smallest majority in {a}, {_majority(top):,} votes."


def _continued(ranked: list[Seat], kind: int, v: int, true: bool) -> str | None:
    """A sentence naming the seat at position k (2-3) without the measure; perturbed: the
    seat one place further down under the same position."""
    k = 2 + v // PHRASINGS % 2
    phr = v % PHRASINGS
    if phr in (3, 5):
        k = 2  # "followed by", "second only to": the next place after the first
    named = k if true else k + 1
    if len(ranked) < named + 2:
        return None
    sup = ("highest", "lowest", "largest", "smallest")[kind]
    seat = ranked[named - 1].name
    if phr == 0:
        return f"{seat} came {ORD_WORD[k]}."
    if phr == 1:
        return f"{seat} was the {ORD[k]}{sup}."
    if phr == 2:
        other = ranked[k].name if true else ranked[k + 1].name
        if not _untied(ranked, _key(kind), k):
            return None
        return f"{seat} and {other} came {ORD_WORD[k]} and {ORD_WORD[k + 1]}."
    if phr == 3:
        return f"It was followed by {seat}."
    if phr == 4:
        return f"The {ORD[k]}{sup} was {seat}."
    return f"{seat} was second only to {ranked[0].name}."


def _key(kind: int) -> Callable[[Seat], float]:
    return _turnout if kind < 2 else _majority  # type: ignore[return-value]


@cache
def story(year: int) -> tuple[str, tuple[Sentence, ...]]:
    """Per area and measure: a superlative, then a continued ranking (every third one
    perturbed)."""
    head = (
        f"The {year} general election: the extremes, area by area\n\n"
        f"Turnouts and majorities at the {year} general election.\n"
    )
    paragraphs: list[list[Made]] = []
    i = 0
    for area in areas(year):
        if area in ("UK", "England"):
            continue
        seats = [s for s in general(year).values() if _in(s, area) and len(s.cands) >= 2]
        seats = [s for s in seats if s.valid and s.electorate]
        for kind in range(4):
            ranked = _ranked(seats, _key(kind), kind in (0, 2))
            true = i // PHRASINGS % 3 != 2
            made = _continued(ranked, kind, i, true)
            i += 1
            k_all = range(0, 5)
            if made is None or not _untied(ranked, _key(kind), *k_all):
                continue
            paragraphs.append(
                [
                    ("lead", True, _lead(kind, AREA[area], ranked[0]), area),
                    (FAMILY, true, made, area),
                ]
            )
    return _compose(head, paragraphs)


def measure(db: Path | None = None) -> dict[str, Any]:
    from psephos.claims import check_text

    stats = new_stats()
    stray: list[str] = []
    for year in ELECTIONS:
        text, sents = story(year)
        claims = check_text(text, db=db).to_dict()["claims"]
        stray += tally(stats, sents, claims, f"[{year}] ")
    return {"families": dict(stats), "stray": stray}


#: measured on this checker (python -m tests.test_claims_sweep_continued, 30 Nov 2026 23:15
#: UTC: 108 true found 100% right 100%, 36 perturbed caught 100%), less about five points
FLOORS = {"found": 0.95, "right": 0.95, "caught": 0.95}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_the_sweep_spans_every_phrasing_true_and_perturbed() -> None:
    seen: set[tuple[bool, int]] = set()
    for year in ELECTIONS:
        text, sents = story(year)
        assert all(text[s.start : s.end] == s.text for s in sents)
        seen |= {(s.true, s.family == FAMILY) for s in sents}
    assert {(True, True), (False, True), (True, False)} <= seen


def test_true_continued_ranks_are_never_contradicted(results: dict[str, Any]) -> None:
    for family in (FAMILY, "lead"):
        wrong = results["families"][family]["wrong"]
        assert not wrong, f"{len(wrong)} true {family} sentences contradicted: {wrong[:3]}"
    assert not results["stray"], results["stray"][:5]


def test_perturbed_continued_ranks_are_never_supported(results: dict[str, Any]) -> None:
    passed = results["families"][FAMILY]["passed"]
    assert not passed, f"{len(passed)} perturbed sentences supported: {passed[:3]}"


def test_continued_ranks_are_found_and_caught(results: dict[str, Any]) -> None:
    st = results["families"][FAMILY]
    assert st["true"] >= 40 and st["false"] >= 20, st
    assert st["found"] / st["true"] >= FLOORS["found"], st
    assert st["right"] / st["true"] >= FLOORS["right"], st
    assert st["caught"] / st["false"] >= FLOORS["caught"], st


if __name__ == "__main__":
    res = measure()
    print_rates(
        {**res["families"], "_stray": {"wrong": res["stray"]}}, (FAMILY, "lead"), sys.argv, 16
    )
    if "-v" in sys.argv:
        from psephos.claims import check_text
        from tests.test_claims_sweep import verdicts

        for year in ELECTIONS:
            text, sents = story(year)
            claims = check_text(text).to_dict()["claims"]
            for s, vs in zip(sents, verdicts(claims, sents), strict=True):
                if s.family == FAMILY and vs != ({"supported"} if s.true else {"contradicted"}):
                    print(f"{year} {'T' if s.true else 'F'} {sorted(vs)} {s.text}")
