"""Round 8b (WRONG-A): classes of TRUE claims the tenth held-out batch saw called false
(:mod:`psephos.claims.review_8b_a`), each tested as a class over seats, regions, elections
and parties. Every value comes from the raw official CSVs through
``tests/claims_corpus/_raw.py`` (never psephos code); the sentences are invented.

- "P did not stand in N of the M seats" in a region: the seats with no P candidate;
- "X had held the seat since YEAR" of a member who did not stand at the story's election;
- "Turnout in the region was T per cent, up D points" in a paragraph about one seat;
- census figures said of a seat (a share of households, "the highest share", "is fifth at
  N per cent", "two of the three seats where ...", a seat ranked after the figure): never
  called false as a vote share, a placing or a seat count.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.claims_corpus._raw import census_summary, general, totals
from tests.test_claims_sweep import PARTY

ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]


def _claims(text: str, sentence: str, db: Any) -> list[dict[str, Any]]:
    from psephos.claims import check_text

    a = text.index(sentence)
    b = a + len(sentence)
    claims = check_text(text, db=db).to_dict()["claims"]
    return [c for c in claims if c["start"] < b and c["end"] > a]


def _verdicts(text: str, sentence: str, db: Any) -> set[str]:
    return {c["verdict"] for c in _claims(text, sentence, db)}


# --- "did not stand in N of the M seats" ----------------------------------------------------


def _not_stood_cases() -> list[tuple[int, str, str, int, int]]:
    """(year, region, party, seats without a candidate of the party, seats) for every
    English region and GB party that left at least two and at most all-but-two seats of the
    region uncontested at 2015-2019 (PSEPH 56-58 candidacies)."""
    out = []
    for year in (2015, 2017, 2019):
        seats = [s for s in general(year).values() if s.country == "England"]
        for region in sorted({s.region for s in seats}):
            here = [s for s in seats if s.region == region]
            stood: Counter[str] = Counter()
            for s in here:
                stood.update({c.party for c in s.cands})
            for party in ("UKIP", "Green", "LD", "BRX"):
                n = len(here) - stood[party]
                if 2 <= n <= len(here) - 2:
                    out.append((year, region, party, n, len(here)))
    return out[::3][:8]


@pytest.mark.parametrize(("year", "region", "party", "n", "m"), _not_stood_cases())
def test_did_not_stand_counts_the_seats_without_a_candidate(
    store_path: Any, year: int, region: str, party: str, n: int, m: int
) -> None:
    name = PARTY[party][0]
    true = f"{name[0].upper()}{name[1:]} did not stand in {n} of the {m} seats in {region}."
    false = f"{name[0].upper()}{name[1:]} did not stand in {n + 5} of the {m} seats in {region}."
    lead = f"The {year} general election in {region}.\n\n"
    assert "contradicted" not in _verdicts(lead + true, true, store_path)
    assert "supported" not in _verdicts(lead + false, false, store_path)


# --- a past holder's tenure -------------------------------------------------------------------


def _past_holders() -> list[tuple[str, str, str, int]]:
    """(seat, the 2019 winner, a member who won the seat in 2010, 2015 and 2017 and did not
    stand there in 2019, 2010) from PSEPH 55-58: the member held the seat from 2010."""
    out = []
    g = {y: general(y) for y in (2010, 2015, 2017, 2019)}
    for name, s19 in sorted(g[2019].items()):
        olds = [g[y].get(name) for y in (2010, 2015, 2017)]
        if any(o is None for o in olds) or s19.country == "Northern Ireland":
            continue
        w = [o.ranked()[0] for o in olds if o]
        if len({c.name for c in w}) != 1 or w[0].sitting:
            continue  # the same member won all three, first elected in 2010 (not sitting)
        if any(c.name == w[0].name for c in s19.cands):
            continue
        out.append((name, s19.ranked()[0].name, w[0].name, 2010))
    return out[::7][:6]


@pytest.mark.parametrize(("seat", "winner", "member", "since"), _past_holders())
def test_a_past_holders_tenure_is_theirs(
    store_path: Any, seat: str, winner: str, member: str, since: int
) -> None:
    true = f"{member} had held the seat since {since}."
    text = f"In {seat}, {winner} won at the 2019 general election. {true}"
    assert "contradicted" not in _verdicts(text, true, store_path)
    false = f"{member} had held the seat since {since + 5}."
    text = f"In {seat}, {winner} won at the 2019 general election. {false}"
    assert "supported" not in _verdicts(text, false, store_path)


# --- "the region" after a seat ------------------------------------------------------------------


def _region_turnouts() -> list[tuple[str, str, float, float]]:
    """(region, a seat in it, 2017 turnout, change from 2015 in points): valid votes /
    electorate summed over the region's seats (PSEPH 56 and 57)."""
    out = []
    regions = sorted({s.region for s in general(2017).values() if s.country == "England"})
    for region in regions[::2]:
        now, before = totals(2017, region=region), totals(2015, region=region)
        t1 = 100 * now["_valid"] / now["_electorate"]
        t0 = 100 * before["_valid"] / before["_electorate"]
        seat = sorted(s.name for s in general(2017).values() if s.region == region)[3]
        out.append((region, seat, t1, t1 - t0))
    return out


@pytest.mark.parametrize(("region", "seat", "t", "d"), _region_turnouts())
def test_the_region_after_a_seat_is_its_region(
    store_path: Any, region: str, seat: str, t: float, d: float
) -> None:
    word = "up" if d > 0 else "down"
    true = f"Turnout in the region was {t:.1f} per cent, {word} {abs(d):.1f} points."
    lead = f"At the 2017 general election in {region}, the count in {seat} ran late. "
    assert "contradicted" not in _verdicts(lead + true, true, store_path)


def test_a_seat_named_after_the_figure_is_not_the_one_it_describes(store_path: Any) -> None:
    """The two highest-turnout seats of each region at 2017 (valid votes / electorate,
    PSEPH 57): the first described without its name, the second named after the figure."""
    seats = [s for s in general(2017).values() if s.country == "England"]
    for region in sorted({s.region for s in seats})[::3]:
        top = sorted(
            (s for s in seats if s.region == region), key=lambda s: -s.valid / s.electorate
        )
        t1, t2 = (100 * s.valid / s.electorate for s in top[:2])
        line = (
            f"The seat also had the highest turnout in the region, {t1:.1f} per cent, with "
            f"{top[1].name} second on {t2:.1f} per cent."
        )
        text = f"The 2017 general election in {region}.\n\n{line}"
        assert "contradicted" not in _verdicts(text, line, store_path), line


# --- census figures said of a seat --------------------------------------------------------------

#: census summary columns (2024 seats) and how copy says them
CENSUS = {
    "c21CarsNone": "households have no car or van",
    "c21CarsTwo": "households have two cars",
}


def _result_2024(seat: str) -> str:
    """A true 2024 result (PSEPH 59: winner, majority = first - second) that fixes the
    story's election, in the seat when the census name is also a results name."""
    s = general(2024).get(seat) or general(2024)["Holborn and St Pancras"]
    return f"{s.ranked()[0].name} won {s.name} by {s.majority:,} votes."


def _census_ranked(col: str, country: str) -> list[tuple[str, float]]:
    rows = [(n, float(r[col])) for n, r in census_summary().items()
            if r["Country"] == country and r[col] not in ("", "NA")]  # fmt: skip
    return sorted(rows, key=lambda x: -x[1])


def _census_cases() -> list[tuple[str, str, str, int, float]]:
    out = []
    for col in CENSUS:
        for country in ("England", "Wales"):
            ranked = _census_ranked(col, country)
            for k in (1, 2, 5):
                out.append((col, country, ranked[k - 1][0], k, ranked[k - 1][1]))
    return out


@pytest.mark.parametrize(("col", "country", "seat", "k", "pct"), _census_cases())
def test_census_figures_of_a_seat_are_never_read_as_votes(
    store_path: Any, col: str, country: str, seat: str, k: int, pct: float
) -> None:
    s24 = general(2024).get(seat)
    winner = PARTY.get(s24.first, (s24.first,))[0] if s24 else "Labour"
    lines = [
        f"In {seat}, {pct:.1f} per cent of {CENSUS[col]}, the highest share of any seat in "
        f"{country}.",
        f"{seat} has the highest share in {country}, {pct:.1f} per cent.",
        f"{seat}, held by {winner}, is {ORDINALS[k]} at {pct:.1f} per cent.",
        f"It also has the highest share of households with two cars, {pct:.1f} per cent.",
        f"{winner[0].upper()}{winner[1:]} hold two of the three seats where {CENSUS[col]} "
        "most often.",
    ]
    head = f"A note on the 2024 seats and the Census 2021 summaries. {_result_2024(seat)}\n\n"
    text = head + " ".join(lines)
    for line in lines:
        for c in _claims(text, line, store_path):
            if c["verdict"] != "contradicted":
                continue
            # since round 11 the checker reads the cars column: "the highest share" of the
            # k-th seat (k > 1) is false, and may be called so, on the census figures only
            assert k > 1 and "(Census 2021/22 summary)" in c["explanation"], (
                line,
                c["explanation"],
            )


@pytest.mark.parametrize(("col", "word"), [("c21Muslim", "Muslim"), ("c21Hindu", "Hindu")])
@pytest.mark.parametrize("country", ["England", "Wales"])
def test_a_share_after_a_census_group_is_that_groups(
    store_path: Any, col: str, word: str, country: str
) -> None:
    """The highest and second-highest seats of a country by a census share (census summary
    file, 2024 seats): "S has the highest share in C" after a sentence on the group is true
    of the first, never true of the second."""
    ranked = _census_ranked(col, country)
    (top, x), (second, y) = ranked[0], ranked[1]
    head = f"A census note on the 2024 seats. {_result_2024(top)}\n\n"
    head += f"Many {word} residents live in {country}. "
    true = f"{top} has the highest share in {country}, {x:.1f} per cent."
    assert "contradicted" not in _verdicts(head + true, true, store_path)
    false = f"{second} has the highest share in {country}, {y:.1f} per cent."
    assert "supported" not in _verdicts(head + false, false, store_path)
