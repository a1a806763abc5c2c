"""The claim checker swept over the claim families real stories use beyond one seat's result.

A companion of ``tests/test_claims_sweep.py`` (same rules: values computed independently from
the raw official CSVs with the csv module, ``tests/claims_corpus/_raw.py``, never psephos
code; a sentence answers to the checker claims whose character span overlaps it). Families:

- ``area_seats``: a party's seat total in every region, country and the UK ("won N seats in
  REGION", "took N of the M seats in COUNTRY"), for every general election 2010-2024;
- ``area_share``: a party's share of the vote over the same areas (votes summed over the
  area's seats / valid votes);
- ``share_change``: a party's change in share over an area against the previous general
  election ("up N points on YEAR"; 2024 against the notional 2019 result, PSEPH 58);
- ``seat_change``: "from X to Y seats" over an area, against the previous election (2024:
  notional 2019 winners);
- ``margin``: the runner-up's distance behind the winner in a seat, in phrasings that do not
  say "majority" ("finished N votes behind", "was N votes short of", "won by N votes"),
  for a fixed-seed sample of seats of every election;
- ``census``: a 2024 seat's Census 2021 share for seven measures (65 and over, owned outright,
  private landlord, born outside the UK, Muslim, no qualifications, bad or very bad health),
  from the count files (``census21_wpc_*.csv``, "Does not apply" dropped), a fixed-seed
  sample of seats of England and Wales;
- ``by_election``: every by-election of PSEPH 55-59: winner, majority and turnout.

Each family has true sentences and *perturbed* ones whose figure is well outside any
tolerance (counts doubled plus three, shares and turnouts moved ten points, changes reversed
and moved five points, margins doubled plus 1,000, a by-election won by its runner-up). The
bars are those of the seat sweep: a true sentence is never ``contradicted`` (nor anything
outside the sentences), a perturbed one never ``supported``, and the rates of true sentences
found and supported and of perturbed ones caught stay above floors measured on this checker
(``python -m tests.test_claims_sweep_wide`` prints them). Classes still failing a hard bar are
strict xfails naming the class (``OPEN``, ``OPEN_PERTURBED``).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.claims_corpus._raw import (
    Seat,
    by_elections,
    census_counts,
    general,
    notional2019,
    notional_winner,
)
from tests.test_claims_sweep import PARTY, Sentence, new_stats, tally

ELECTIONS = (2010, 2015, 2017, 2019, 2024)
SEED = 20261130
MARGIN_SAMPLE = 60  # seats per election in the margin family
CENSUS_SAMPLE = 60  # 2024 seats of England and Wales in the census family

#: How the areas of the files are written in copy.
AREA = {
    "North East": "the North East",
    "North West": "the North West",
    "Yorkshire and The Humber": "Yorkshire and the Humber",
    "East Midlands": "the East Midlands",
    "West Midlands": "the West Midlands",
    "East of England": "the East of England",
    "London": "London",
    "South East": "the South East",
    "South West": "the South West",
    "Scotland": "Scotland",
    "Wales": "Wales",
    "Northern Ireland": "Northern Ireland",
    "England": "England",
    "UK": "the UK",
}
PREVIOUS = {2015: 2010, 2017: 2015, 2019: 2017, 2024: 2019}
MONTHS = "January February March April May June July August September October November December"


def _name(p: str) -> str:
    n = PARTY[p][0]
    return n[0].upper() + n[1:]


def _poss(p: str) -> str:
    """'Labour's', 'the Conservatives''."""
    n = PARTY[p][0]
    return n + ("'" if n.endswith("s") else "'s")


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _moved(x: float) -> float:
    """A share or turnout ten points away, staying within 0-100."""
    return x + 0.10 if x < 0.85 else x - 0.10


# --- areas --------------------------------------------------------------------------------


def _in(s: Seat, area: str) -> bool:
    return area == "UK" or s.region == area or s.country == area


def areas(year: int) -> list[str]:
    seats = general(year).values()
    regions = sorted({s.region for s in seats if s.country == "England"})
    return [*regions, "England", "Scotland", "Wales", "Northern Ireland", "UK"]


@cache
def area_totals(year: int) -> dict[str, dict[str, Any]]:
    """Per area: seats won by party, votes by party, valid votes, number of seats."""
    out: dict[str, dict[str, Any]] = {}
    for area in areas(year):
        seats = [s for s in general(year).values() if _in(s, area)]
        votes: Counter[str] = Counter()
        for s in seats:
            for c in s.cands:
                votes[c.party] += c.votes
        out[area] = {
            "won": Counter(s.first for s in seats),
            "votes": votes,
            "valid": sum(s.valid for s in seats),
            "n": len(seats),
        }
    return out


@cache
def notional_area(area: str) -> dict[str, Any]:
    """Notional 2019 (PSEPH 58) over a 2024 area: winners and votes by party, valid votes."""
    g = general(2024)
    n = notional2019()
    seats = [s for s in g.values() if _in(s, area)]
    votes: Counter[str] = Counter()
    valid = 0
    for s in seats:
        row = n[s.name]
        valid += int(row["_valid"])
        for k, v in row.items():
            if not k.startswith("_"):
                votes["BRX" if k == "Brexit Party" else k] += int(v)
    return {"won": Counter(notional_winner(s.name) for s in seats), "votes": votes,
            "valid": valid}  # fmt: skip


def _previous(year: int, area: str) -> dict[str, Any] | None:
    if year == 2024:
        return notional_area(area)
    if year in PREVIOUS:
        return area_totals(PREVIOUS[year]).get(area)
    return None


def _area_seats(year: int, area: str, p: str, v: int, true: bool) -> str | None:
    t = area_totals(year)[area]
    n = t["won"][p]
    if n == 0:
        return None
    said = n if true else 2 * n + 3
    a = AREA[area]
    forms = [
        f"{_name(p)} won {said} seats in {a}.",
        f"In {a}, {PARTY[p][0]} took {said} of the {t['n']} seats.",
        f"{_name(p)} returned {said} MPs in {a}.",
    ]
    return forms[v % len(forms)]


def _area_share(year: int, area: str, p: str, v: int, true: bool) -> str | None:
    t = area_totals(year)[area]
    if not t["votes"][p]:
        return None
    x = t["votes"][p] / t["valid"]
    x = x if true else _moved(x)
    a = AREA[area]
    forms = [
        f"{_name(p)} took {_pct(x)} per cent of the vote in {a}.",
        f"In {a}, the {PARTY[p][1]} share of the vote was {_pct(x)} per cent.",
        f"Across {a}, {PARTY[p][0]} won {_pct(x)}% of the votes cast.",
    ]
    return forms[v % len(forms)]


def _share_change(year: int, area: str, p: str, v: int, true: bool) -> str | None:
    t, prev = area_totals(year)[area], _previous(year, area)
    if prev is None or not t["votes"][p] or not prev["votes"][p]:
        return None
    d = t["votes"][p] / t["valid"] - prev["votes"][p] / prev["valid"]
    if abs(d) < 0.005:
        return None  # "up 0.3 points" is as near "unchanged" as copy gets; left out
    said = d if true else -(abs(d) + 0.05) if d > 0 else abs(d) + 0.05
    word = "up" if said > 0 else "down"
    verb = "rose" if said > 0 else "fell"
    base = "the notional 2019 result" if year == 2024 else str(PREVIOUS[year])
    a = AREA[area]
    x = f"{100 * abs(said):.1f}"
    forms = [
        f"In {a}, {_poss(p)} share of the vote was {word} {x} points on {base}.",
        f"The {PARTY[p][1]} share in {a} {verb} by {x} points compared with {base}.",
    ]
    return forms[v % len(forms)]


def _seat_change(year: int, area: str, p: str, v: int, true: bool) -> str | None:
    t, prev = area_totals(year)[area], _previous(year, area)
    if prev is None:
        return None
    before, now = prev["won"][p], t["won"][p]
    if before == now or (before == 0 and now == 0):
        return None
    said = now if true else 2 * now + 3
    a = AREA[area]
    base = " on notional figures" if year == 2024 else ""
    verb = "rose" if said > before else "fell"
    forms = [
        f"{_name(p)} went from {before} to {said} seats in {a}{base}.",
        f"In {a}, {_poss(p)} seat tally {verb} from {before} to {said}{base}.",
    ]
    return forms[v % len(forms)]


AREA_FAMILIES: dict[str, Callable[[int, str, str, int, bool], str | None]] = {
    "area_seats": _area_seats,
    "area_share": _area_share,
    "share_change": _share_change,
    "seat_change": _seat_change,
}


# --- seats ---------------------------------------------------------------------------------


def _margin(s: Seat, v: int, true: bool) -> str | None:
    r = s.ranked()
    if len(r) < 2 or r[0].votes == r[1].votes:
        return None
    m = r[0].votes - r[1].votes
    m = m if true else 2 * m + 1000
    w, u = r[0], r[1]
    forms = [
        f"{u.name} finished {m:,} votes behind {w.name} in {s.name}.",
        f"In {s.name}, {u.name} was {m:,} votes short of {w.name}.",
        f"{w.name} won {s.name} by {m:,} votes over {u.name}.",
        f"In {s.name}, {u.name} trailed {w.name} by {m:,} votes.",
    ]
    return forms[v % len(forms)]


@cache
def margin_seats(year: int) -> list[Seat]:
    seats = sorted(
        (s for s in general(year).values() if len(s.cands) >= 2 and s.valid), key=lambda s: s.name
    )
    return sorted(random.Random(f"{SEED}-m-{year}").sample(seats, MARGIN_SAMPLE),
                  key=lambda s: s.name)  # fmt: skip


#: topic file -> (categories counted, phrase); denominators drop "Does not apply".
CENSUS: dict[str, tuple[tuple[str, ...], str]] = {
    "age": (("Aged 65 to 69 years", "Aged 70 to 74 years", "Aged 75 to 79 years",
             "Aged 80 to 84 years", "Aged 85 years and over"),
            "of residents are aged 65 or over"),
    "tenure": (("Owned: Owns outright",), "of households own their home outright"),
    "tenure/private": (("Private rented: Private landlord or letting agency",),
                       "of households rent from a private landlord"),
    "birth": (("Europe: Ireland", "Europe: Other Europe", "Africa", "Middle East and Asia",
               "The Americas and the Caribbean", "Antarctica and Oceania (including Australasia)"),
              "of residents were born outside the UK"),
    "health": (("Bad health", "Very bad health"), "of residents are in bad or very bad health"),
    "religion": (("Muslim",), "of residents are Muslim"),
    "quals": (("No qualifications",), "of residents aged 16 and over have no qualifications"),
}  # fmt: skip


@cache
def census_share(topic: str, seat: str) -> float:
    cats, _ = CENSUS[topic]
    d = census_counts(topic.split("/")[0])[seat]
    return sum(d[c] for c in cats) / d["_total"]


def _census(seat: str, topic: str, true: bool) -> str:
    x = census_share(topic, seat)
    x = x if true else _moved(x)
    return f"In {seat}, {_pct(x)} per cent {CENSUS[topic][1]}."


@cache
def census_seats() -> list[str]:
    names = sorted(census_counts("age"))
    return sorted(random.Random(f"{SEED}-census").sample(names, CENSUS_SAMPLE))


# --- by-elections -------------------------------------------------------------------------


def _when(s: Seat) -> str:
    d = s.date
    return f"{MONTHS.split()[int(d[3:5]) - 1]} {d[6:10]}"


def _by_election(s: Seat, v: int, true: bool) -> str | None:
    r = s.ranked()
    if len(r) < 2 or r[0].votes == r[1].votes:
        return None
    w, u = r[0], r[1]
    when = f"the {s.name} by-election of {_when(s)}"
    kind = v % 3
    if kind == 0:
        m = w.votes - u.votes
        m = m if true else 2 * m + 1000
        return f"{w.name} won {when} with a majority of {m:,}."
    if kind == 1:
        t = s.valid / s.electorate
        t = t if true else _moved(t)
        return f"Turnout at {when} was {_pct(t)} per cent."
    who = w if true else u
    return f"{who.name} won {when}."


@cache
def by_election_seats() -> list[Seat]:
    return sorted(
        (s for parl in range(55, 60) for s in by_elections(parl) if s.valid and s.electorate),
        key=lambda s: (s.date[6:10], s.date[3:5], s.date[:2], s.name),
    )


# --- texts ---------------------------------------------------------------------------------


def _compose(head: str, paragraphs: list[list[tuple[str, bool, str, str]]]) -> tuple[str, tuple[Sentence, ...]]:  # fmt: skip
    text, out = head, []
    for para in paragraphs:
        if not para:
            continue
        text += "\n"
        for j, (family, true, made, where) in enumerate(para):
            start = len(text)
            text += made + (" " if j < len(para) - 1 else "\n")
            out.append(Sentence(family, true, made, where, start, start + len(made)))
    return text, tuple(out)


@cache
def area_story(year: int) -> tuple[str, tuple[Sentence, ...]]:
    """One paragraph per (area, party): its seat total, share, change in share and in seats;
    every fourth sentence perturbed."""
    head = (
        f"The {year} general election, region by region\n\n"
        f"How the parties fared in every nation and region at the {year} general election.\n"
    )
    paragraphs: list[list[tuple[str, bool, str, str]]] = []
    for area in areas(year):
        t = area_totals(year)[area]
        for p in sorted(p for p in t["votes"] if p in PARTY and t["votes"][p]):
            i, para = len(paragraphs), []
            for k, (family, maker) in enumerate(AREA_FAMILIES.items()):
                true = (i + k) % 4 != 3
                made = maker(year, area, p, i, true)
                if made is not None:
                    para.append((family, true, made, f"{area}/{p}"))
            paragraphs.append(para)
    return _compose(head, paragraphs)


@cache
def seat_story(year: int) -> tuple[str, tuple[Sentence, ...]]:
    """Margins for the sample of seats; in 2024, the census sample too (one paragraph per seat,
    every fourth sentence perturbed)."""
    head = (
        f"The {year} general election: the closest and the safest\n\n"
        f"Margins in a sample of seats at the {year} general election.\n"
    )
    paragraphs = []
    for i, s in enumerate(margin_seats(year)):
        true = i % 4 != 3
        made = _margin(s, i // 4, true)
        if made is not None:
            paragraphs.append([("margin", true, made, s.name)])
    if year == 2024:
        for k, seat in enumerate(census_seats()):
            para = []
            for j, topic in enumerate(CENSUS):
                true = (k + j) % 4 != 3
                para.append(("census", true, _census(seat, topic, true), f"{seat}/{topic}"))
            paragraphs.append(para)
    return _compose(head, paragraphs)


@cache
def by_election_story() -> tuple[str, tuple[Sentence, ...]]:
    head = "Every by-election since 2010\n\nThe results of the by-elections of five parliaments.\n"
    paragraphs, i = [], 0
    for s in by_election_seats():
        para = []
        for kind in range(3):
            true = i % 4 != 3
            made = _by_election(s, kind + 3 * (i // 12), true)
            i += 1
            if made is not None:
                para.append(("by_election", true, made, f"{s.name} {s.date}"))
        paragraphs.append(para)
    return _compose(head, paragraphs)


STORIES: dict[str, Callable[[], tuple[str, tuple[Sentence, ...]]]] = {
    **{f"areas-{y}": (lambda y=y: area_story(y)) for y in ELECTIONS},
    **{f"seats-{y}": (lambda y=y: seat_story(y)) for y in ELECTIONS},
    "by-elections": by_election_story,
}
FAMILIES = (*AREA_FAMILIES, "margin", "census", "by_election")


def measure(db: Path | None = None) -> dict[str, dict[str, Any]]:
    """Check every text; per family: counts, failing examples (true called false, false
    called true) and contradictions outside every sentence."""
    from psephos.claims import check_text

    stats = new_stats()
    stray: list[str] = []
    for name, make in STORIES.items():
        text, sents = make()
        claims = check_text(text, db=db).to_dict()["claims"]
        stray += tally(stats, sents, claims, f"[{name}] ")
    stats["_stray"] = {"wrong": stray}
    return dict(stats)


#: Floors: the rates measured on the checker at the round-3 merge (python -m
#: tests.test_claims_sweep_wide, 30 Nov 2026; all elections together), less about five points.
FLOORS: dict[str, dict[str, float]] = {
    # measured at the round-3 merge (found / right / caught, per cent); the checker leaves a
    # figure more than twice or under half the true one uncertain (evaluate_guard), which is
    # why a doubled seat total or margin is not caught
    "area_seats": {"found": 0.95, "right": 0.95, "caught": 0.0},  # 100 / 100 / 0
    "area_share": {"found": 0.95, "right": 0.95, "caught": 0.35},  # 100 / 100 / 44
    "share_change": {"found": 0.95, "right": 0.95, "caught": 0.25},  # 100 / 100 / 33
    # round 4b: the end figure of "P went from X to Y seats" is P's seat total by the
    # words, so a doubled Y is contradicted (evaluate_guard._tied_seat_total): caught 11 ->
    # 96 (44 of 46, 30 Nov 2026 18:28 UTC)
    "seat_change": {"found": 0.95, "right": 0.80, "caught": 0.90},  # 100 / 86 / 96
    # round 4: a far-off count of a named seat that is no other number of the seat is
    # contradicted (evaluate_guard._no_other_quantity): caught 0 -> 97.3 (17:25 UTC)
    "margin": {"found": 0.95, "right": 0.95, "caught": 0.90},  # 100 / 100 / 97
    "census": {"found": 0.80, "right": 0.80, "caught": 0.55},  # 86 / 86 / 67
    "by_election": {"found": 0.90, "right": 0.90, "caught": 0.55},  # 96 / 96 / 65
}

#: family -> the class of failure still open (a true claim called false / a false one true).
OPEN: dict[str, str] = {}
# round 5: "PARTY went from X to Y seats" (two frames sharing the words of one change) is one
# compound claim (claims/compound.py), contradicted when Y is: the seat_change class closed
OPEN_PERTURBED: dict[str, str] = {}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, dict[str, Any]]:
    return measure(store_path)


def family_cases(families: tuple[str, ...], open_: dict[str, str]) -> list[Any]:
    """One pytest case per family, a strict xfail naming the open class where there is one."""
    return [
        pytest.param(
            f, marks=[pytest.mark.xfail(strict=True, reason=open_[f])] if f in open_ else [], id=f
        )
        for f in families
    ]


def assert_above_floors(st: dict[str, Any], floor: dict[str, float]) -> None:
    """A family's measured rates are at or above its floors, and it was exercised."""
    assert st["true"] >= 20 and st["false"] >= 5, st  # every family is exercised
    assert st["found"] / st["true"] >= floor.get("found", 0.0), st
    assert st["right"] / st["true"] >= floor.get("right", 0.0), st
    assert st["caught"] / st["false"] >= floor.get("caught", 0.0), st


def print_rates(
    stats: dict[str, dict[str, Any]], families: tuple[str, ...], argv: list[str], width: int
) -> None:
    """The measured rates per family and failing examples (-v in ``argv``: more of them)."""
    n = 12 if "-v" in argv else 3
    for family in families:
        st = stats[family]
        print(
            f"{family:{width}} true {st['true']:4} found {st['found'] / max(1, st['true']):6.1%} "
            f"right {st['right'] / max(1, st['true']):6.1%} wrong {len(st['wrong']):3} | false "
            f"{st['false']:3} caught {st['caught'] / max(1, st['false']):6.1%} "
            f"passed {len(st['passed']):3}"
        )
        for t in st["wrong"][:n]:
            print(f"    WRONG  {t}")
        for t in st["passed"][:n]:
            print(f"    PASSED {t}")
    if stats["_stray"]["wrong"]:
        print(f"stray contradictions: {stats['_stray']['wrong'][:n]}")


def _cases(open_: dict[str, str]) -> list[Any]:
    return family_cases(FAMILIES, open_)


def test_the_texts_hold_every_family_and_their_spans() -> None:
    seen = set()
    for make in STORIES.values():
        text, sents = make()
        assert all(text[s.start : s.end] == s.text for s in sents)
        seen |= {s.family for s in sents}
    assert seen == set(FAMILIES)
    # every by-election of PSEPH 55-59: one row each in the five constituencies.csv files
    assert len(by_election_seats()) == sum(len(by_elections(p)) for p in range(55, 60))


@pytest.mark.parametrize("family", _cases(OPEN))
def test_true_claims_are_never_contradicted(
    results: dict[str, dict[str, Any]], family: str
) -> None:
    wrong = results[family]["wrong"]
    assert not wrong, f"{len(wrong)} true {family} claims contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, dict[str, Any]]) -> None:
    assert not results["_stray"]["wrong"], results["_stray"]["wrong"][:5]


@pytest.mark.parametrize("family", _cases(OPEN_PERTURBED))
def test_perturbed_claims_are_never_supported(
    results: dict[str, dict[str, Any]], family: str
) -> None:
    passed = results[family]["passed"]
    assert not passed, f"{len(passed)} false {family} claims supported, e.g. {passed[:3]}"


@pytest.mark.parametrize("family", FAMILIES)
def test_rates_stay_above_the_measured_floors(
    results: dict[str, dict[str, Any]], family: str
) -> None:
    assert_above_floors(results[family], FLOORS.get(family, {}))


def main(argv: list[str]) -> int:
    """Print the measured rates per family and failing examples (-v: more of them)."""
    import time

    t0 = time.perf_counter()
    print_rates(measure(), FAMILIES, argv, width=12)
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
