"""Round 11 (WRONGRISK): adversarial generators of TRUE claims, checked one story each.

Every figure comes from the raw official CSVs through ``tests/claims_corpus/_raw.py`` (never
psephos code): PSEPH 55-59 ``general-election/constituencies.csv`` and ``candidacies.csv``
for 2010-2024 (winner's party, majority, valid votes, electorate, votes per candidate) and
HoC CBP-8647 ``1918-2019election_results.csv`` for 1918-2005 (votes by party group, total
votes, electorate). The sentences are invented, rendered through several templates; each
sweep samples with a fixed seed so that the whole module runs in well under a minute.

The bar: a true statement is never ``contradicted``. Where the reading is certain it is
``supported``:

- two areas together ("In Scotland and Wales, Labour won 64 seats", "Across Wales and
  England", "in the North East and Yorkshire and the Humber"): the union of the areas;
- a month-dated 1974 election ("In February 1974, SEAT recorded a turnout of N per cent"):
  the February or October election, and its seats;
- "In YEAR the majority in SEAT was N; in YEAR2 it was M": the later clause's year does
  not move the first figure to the seat's by-election.
"""

from __future__ import annotations

import random
from itertools import combinations
from typing import Any

import pytest

from tests.claims_corpus._raw import by_elections, general, history, seats_won, totals

YEARS = (2010, 2015, 2017, 2019, 2024)
NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
NAME = {"Con": "the Conservatives", "Lab": "Labour", "LD": "the Liberal Democrats"}
HIST = {"con": "the Conservatives", "lab": "Labour", "lib": "the Liberals"}


def _verdicts(text: str, store_path: Any) -> list[str]:
    from psephos.claims import check_text

    return [c["verdict"] for c in check_text(text, db=store_path).to_dict()["claims"]]


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _far_from_edge(x: float) -> bool:
    """A per cent not within 0.02 points of a rounding edge at one decimal (the official
    files round differently from a sum over rows)."""
    tenths = 1000 * x
    return abs(tenths - round(tenths)) < 0.3


# --- two areas together ---------------------------------------------------------------------

#: (year, nation A, nation B, party) for every pair of nations and party where the party won
#: a seat in at least one of them - a fixed-seed sample of them
_PAIRS = [
    (y, a, b, p)
    for y in YEARS
    for a, b in combinations(NATIONS, 2)
    for p in NAME
    if seats_won(y, a)[p] + seats_won(y, b)[p] > 0
]
PAIRS = random.Random(11).sample(_PAIRS, 14)
TEMPLATES = (
    "In {a} and {b}, {p} won {n} seats at the {y} general election.",
    "Across {a} and {b}, {p} won {n} seats in {y}.",
    "{P} won {n} seats in {a} and {b} at the {y} election.",
    "{P} took {n} seats across {a} & {b} in {y}.",
)


@pytest.mark.parametrize(("year", "a", "b", "party"), PAIRS)
def test_two_nations_seat_total_is_their_union(
    year: int, a: str, b: str, party: str, store_path: Any
) -> None:
    # seats won: PSEPH general-election/constituencies.csv, first-party column (r[11]),
    # counted per country column (r[5]) and summed over the two nations
    n = seats_won(year, a)[party] + seats_won(year, b)[party]
    name = NAME[party]
    for i, tpl in enumerate(TEMPLATES):
        text = tpl.format(a=a, b=b, p=name, P=name[0].upper() + name[1:], n=n, y=year)
        got = _verdicts(text, store_path)
        assert got == ["supported"], (text, got)
        if i == 0 and n >= 10:
            # the wrong count is still caught: the union is read, not "uncertain" (a small
            # count is spared as maybe another quantity, see evaluate_guard)
            wrong = text.replace(f" {n} seats", f" {n + 3} seats")
            assert _verdicts(wrong, store_path) == ["contradicted"], wrong


REGION_PAIRS = random.Random(12).sample(
    [
        (y, a, b)
        for y in YEARS
        for a, b in combinations(sorted({s.region for s in general(y).values()}), 2)
        if a not in NATIONS and b not in NATIONS
    ],
    6,
)


@pytest.mark.parametrize(("year", "a", "b"), REGION_PAIRS)
def test_two_regions_share_and_turnout_are_their_union(
    year: int, a: str, b: str, store_path: Any
) -> None:
    # votes and valid votes: candidacies.csv votes (r[18]) and constituencies.csv valid
    # votes (r[15]) and electorate (r[14]), summed over the seats of both regions (r[4])
    ta, tb = totals(year, region=a), totals(year, region=b)
    share = (ta["Lab"] + tb["Lab"]) / (ta["_valid"] + tb["_valid"])
    turnout = (ta["_valid"] + tb["_valid"]) / (ta["_electorate"] + tb["_electorate"])
    seats = seats_won(year, region=a)["Lab"] + seats_won(year, region=b)["Lab"]
    texts = [f"Labour won {seats} seats in the {a} and the {b} in {year}."]
    if _far_from_edge(share):
        texts.append(f"In the {a} and the {b}, Labour took {_pct(share)} per cent in {year}.")
    if _far_from_edge(turnout):
        texts.append(f"Turnout across the {a} and the {b} was {_pct(turnout)} per cent in {year}.")
    for text in texts:
        assert _verdicts(text, store_path) == ["supported"], text


@pytest.mark.parametrize("year", [2010, 2017, 2024])
def test_elided_compass_point_is_the_fuller_area(year: int, store_path: Any) -> None:
    # "the East and West Midlands" is the East Midlands and the West Midlands (region
    # column r[4] of constituencies.csv), not the East of England and the West Midlands
    mids = [seats_won(year, region=r)["Lab"] for r in ("East Midlands", "West Midlands")]
    text = f"In the East and West Midlands, Labour won {sum(mids)} seats in {year}."
    assert _verdicts(text, store_path) == ["supported"], text
    east = seats_won(year, region="East of England")["Lab"] + mids[1]
    if east != sum(mids):
        # the East of England with the West Midlands is not what the sentence says
        wrong = f"In the East and West Midlands, Labour won {east} seats in {year}."
        assert "supported" not in _verdicts(wrong, store_path), wrong


@pytest.mark.parametrize("year", [2015, 2024])
def test_areas_of_two_levels_are_never_called_false(year: int, store_path: Any) -> None:
    # Wales's seats plus the North East's: the sum is true, one area's count is not
    n = seats_won(year, "Wales")["Lab"] + seats_won(year, region="North East")["Lab"]
    for text in (
        f"In Wales and the North East, Labour won {n} seats in {year}.",
        f"In Scotland and in Wales, Labour won "
        f"{seats_won(year, 'Scotland')['Lab'] + seats_won(year, 'Wales')['Lab']} seats in {year}.",
    ):
        assert "contradicted" not in _verdicts(text, store_path), text


def test_each_area_its_own_figure_is_not_summed(store_path: Any) -> None:
    # "respectively" and "A and N in B" give each area its own figure
    s, w = seats_won(2024, "Scotland")["Lab"], seats_won(2024, "Wales")["Lab"]
    got = _verdicts(f"Labour won {s} seats in Scotland and {w} in Wales in 2024.", store_path)
    assert got == ["supported", "supported"]


# --- a month-dated 1974 election ------------------------------------------------------------


def _hist_rows(election: str) -> list[Any]:
    return [
        h
        for h in history()
        if h.election == election
        and h.seats == 1
        and h.total
        and h.electorate
        and h.unopposed is None
        and h.name.replace(" ", "").isalpha()  # one-word-run names: no "X And Y (Z)"
        and _far_from_edge(h.total / h.electorate)
    ]


HIST_1974 = [(e, h) for e in ("1974F", "1974O") for h in random.Random(13).sample(_hist_rows(e), 5)]


@pytest.mark.parametrize(("election", "row"), HIST_1974, ids=lambda x: getattr(x, "name", x))
def test_month_dated_1974_is_that_election(election: str, row: Any, store_path: Any) -> None:
    # CBP-8647: turnout = total votes (col 15) / electorate (col 4); winner = the group with
    # the most votes (cols 5, 7, 9, 11, 13)
    month = "February" if election == "1974F" else "October"
    t = _pct(row.total / row.electorate)
    texts = [
        f"In {month} 1974, {row.name} recorded a turnout of {t} per cent.",
        f"Turnout in {row.name} was {t} per cent at the {month} 1974 general election.",
    ]
    if row.winner in HIST and _far_from_edge(row.votes[row.winner] / row.total):
        share = _pct(row.votes[row.winner] / row.total)
        texts.append(
            f"{HIST[row.winner][0].upper()}{HIST[row.winner][1:]} won {row.name} in {month} 1974 with {share} per cent of the vote."
        )
    for text in texts:
        got = _verdicts(text, store_path)
        assert "contradicted" not in got and "supported" in got, (text, got)


# --- a later clause's year ------------------------------------------------------------------


def _by_cases() -> list[tuple[int, Any, Any]]:
    """(general-election year, the seat's row there, the by-election) for the by-elections
    of parliaments 55-58 whose seat's general-election majority differs from the
    by-election's."""
    out = []
    for parl, year in ((55, 2010), (56, 2015), (57, 2017), (58, 2019)):
        seats = general(year)
        for b in by_elections(parl):
            s = seats.get(b.name)
            if s is not None and s.majority != b.majority:
                out.append((year, s, b))
    return random.Random(14).sample(out, 8)


@pytest.mark.parametrize(("year", "seat", "by"), _by_cases(), ids=lambda x: getattr(x, "name", x))
def test_later_clause_year_does_not_date_the_first(
    year: int, seat: Any, by: Any, store_path: Any
) -> None:
    # majorities: constituencies.csv majority column (r[17]) of the general election and of
    # by-elections/constituencies.csv (r[19]); the by-election's year is its date (r[0])
    by_year = by.date[-4:]
    text = (
        f"In {year} the majority in {seat.name} was {seat.majority:,}; "
        f"in {by_year} it was {by.majority:,}."
    )
    got = _verdicts(text, store_path)
    assert got[:1] == ["supported"], (text, got)


# --- the broad sweep: every template over a sample of seats ---------------------------------

SEAT_TEMPLATES = (
    "{P} won {seat} in {y} with {share} per cent of the vote.",
    "{P} held {seat} at the {y} general election with a majority of {maj:,}.",
    "Turnout in {seat} was {turnout} per cent in {y}.",
    "{seat} went to the polls in {y}. The seat's turnout was {turnout} per cent.",
    "In {y}, {p} won {seat} with about {about} per cent of the vote.",
    "{P} won {seat} in {y}. The party took {share} per cent of the vote there.",
    "{seat} had the highest turnout, {turnout} per cent.",
    "{P} won {seat} with {share} per cent of the vote.",
)
PARTIES = {**NAME, "SNP": "the SNP", "PC": "Plaid Cymru", "Green": "the Greens"}
SWEEP = random.Random(15).sample(
    [(y, s) for y in YEARS for s in general(y).values() if s.first in PARTIES], 12
)


@pytest.mark.parametrize(("year", "seat"), SWEEP, ids=lambda x: getattr(x, "name", x))
def test_true_seat_figures_never_contradicted(year: int, seat: Any, store_path: Any) -> None:
    # share: the winner's votes (candidacies.csv r[18]) over valid votes (r[15]); turnout:
    # valid votes over electorate (r[14]); majority r[17]
    win = seat.ranked()[0]
    share, turnout = win.votes / seat.valid, seat.valid / seat.electorate
    name = PARTIES[seat.first]
    for tpl in SEAT_TEMPLATES:
        text = tpl.format(
            P=name[0].upper() + name[1:],
            p=name,
            seat=seat.name,
            y=year,
            share=_pct(share),
            turnout=_pct(turnout),
            about=round(100 * share),
            maj=seat.majority,
        )
        assert "contradicted" not in _verdicts(text, store_path), text


# --- a 1918-2005 seat in an undated superlative ---------------------------------------------

ELECTIONS_1950_2005 = (
    "1950",
    "1955",
    "1964",
    "1970",
    "1974O",
    "1979",
    "1983",
    "1992",
    "2001",
    "2005",
)

_COMPASS = (
    "North",
    "South",
    "East",
    "West",
    "North East",
    "North West",
    "South East",
    "South West",
)
_MODERN = {n for y in YEARS for n in general(y)}
#: 1950-2005 seats named as a 2010-2024 seat plus a compass point ("Warley West", "Hendon
#: North", "Milton Keynes North East"): the name that reached the ranking without a code
OLD_SEATS = random.Random(16).sample(
    sorted(
        {
            h.name
            for h in history()
            if h.election in ELECTIONS_1950_2005
            and h.name not in _MODERN
            and h.total
            and h.electorate
            and any(h.name.endswith(" " + c) and h.name[: -len(c) - 1] in _MODERN for c in _COMPASS)
        }
    ),
    8,
)


@pytest.mark.parametrize("name", OLD_SEATS)
def test_old_seat_in_undated_superlative_is_checked_not_raised(name: str, store_path: Any) -> None:
    # the seat's latest turnout in CBP-8647 (total votes col 15 / electorate col 4): an
    # undated story naming a seat that no longer exists once raised KeyError('ons_code')
    row = [h for h in history() if h.name == name and h.total and h.electorate][-1]
    text = f"{name} had the highest turnout, {_pct(row.total / row.electorate)} per cent."
    assert "contradicted" not in _verdicts(text, store_path), text


# --- a seat name with an ampersand ----------------------------------------------------------

AMPERSAND = random.Random(17).sample(
    [
        h
        for h in history()
        if " & " in h.name
        and h.election in ELECTIONS_1950_2005
        and h.total
        and h.unopposed is None
        and h.winner in HIST
    ],
    8,
)


@pytest.mark.parametrize("row", AMPERSAND, ids=lambda h: f"{h.name}-{h.election}")
def test_ampersand_seat_name_is_never_a_shorter_seat(row: Any, store_path: Any) -> None:
    # CBP-8647 writes some names with '&' ("Middlesbrough South & East Cleveland"): the
    # winner's share is its group's votes (cols 5-13) over total votes (col 15)
    year = {"1974O": "October 1974"}.get(row.election, row.election)
    share = _pct(row.votes[row.winner] / row.total)
    party = HIST[row.winner][0].upper() + HIST[row.winner][1:]
    text = f"{party} won {row.name} in {year} with {share} per cent of the vote."
    assert "contradicted" not in _verdicts(text, store_path), text


RIDINGS = random.Random(18).sample(
    [
        h
        for h in history()
        if h.name.startswith("Yorkshire (")
        and h.total
        and h.unopposed is None
        and h.winner in HIST
        and _far_from_edge(h.votes[h.winner] / h.total)
    ],
    5,
)


@pytest.mark.parametrize("row", RIDINGS, ids=lambda h: f"{h.name}-{h.election}")
def test_area_word_that_begins_a_seat_name_is_not_the_area(row: Any, store_path: Any) -> None:
    # CBP-8647 names 1918-1945 Yorkshire county seats "Yorkshire (West Riding) Shipley":
    # the winner's share is its group's votes over total votes (cols 5-13, 15)
    share = _pct(row.votes[row.winner] / row.total)
    party = HIST[row.winner][0].upper() + HIST[row.winner][1:]
    year = {"1974F": "February 1974", "1974O": "October 1974"}.get(row.election, row.election)
    text = f"{party} won {row.name} in {year} with {share} per cent of the vote."
    assert "contradicted" not in _verdicts(text, store_path), text
