"""Round 11 (CAUGHT11): false claims the checker read but did not call false, each class
tested over many seats and elections. Every sentence is invented; every figure comes from
the official files read through ``tests/claims_corpus/_raw.py`` (never psephos code):
the Commons Library's 1918-2019 file (CBP-8647: a seat's majority is its first group's
votes less the second's) and the parliament's results files (PSEPH 55-59: majority
column of constituencies.csv).

- a seat's majority at a 1918-2005 election far from the true one ("took SEAT by 838"
  of a 383 majority) is false when the figure is no number of the seat in the file (no
  group's votes, no gap between two groups, no total or electorate, at any election), and
  stays uncertain when it is one of them (another quantity of the seat);
- a superlative whose seat is its complement ("The closest result in Wales, though, was
  X", "X was the narrowest result in Scotland") or the seat of the majority it stands in
  apposition to ("In X, P won by N votes, the narrowest result in Wales") is judged on
  that seat's place;
- "the narrowest Conservative gain" at a 1918-2005 election ranks the seats the party
  gained (seats of the same name won by another group at the election before);
- "South Belfast", "East Belfast": a town's seat said compass point first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest

from tests.claims_corpus._raw import ELECTIONS, HistRow, by_elections, general, history

SERIES = ELECTIONS[ELECTIONS.index("1950") : ELECTIONS.index("2005") + 1]
_PLAIN = re.compile(r"[A-Z][a-z]+(?: (?:North|South|East|West|Central))?")


def _year(election: str) -> str:
    return {"1974F": "February 1974", "1974O": "October 1974"}.get(election, election)


def _party(group: str, row: HistRow) -> str | None:
    if group == "con":
        return "the Conservatives"
    if group == "lab":
        return "Labour"
    if group == "lib":
        return "the Liberals" if row.election <= "1987" else "the Liberal Democrats"
    return None


def _exact(row: HistRow) -> str | None:
    """The winner's party name where the row's majority is two named parties' votes."""
    if row.seats != 1 or row.unopposed or not row.total:
        return None
    order = sorted(row.votes, key=lambda k: -row.votes[k])
    w, s = order[0], order[1]
    if "oth" in (w, s) or row.votes["oth"] >= row.votes[s] or row.votes[s] == 0:
        return None
    if row.votes["natSW"]:
        return None  # keep to the three GB-wide groups
    return _party(w, row)


def _numbers(name: str) -> set[int]:
    """Every count the files hold for the seat ``name`` at any election: the series'
    rows and, for a name today's seats share, its 2010-2024 results."""
    out: set[int] = set()
    for r in history():
        if r.name != name:
            continue
        votes = [v for v in r.votes.values() if v > 0]
        out.update(votes)
        out.update(abs(a - b) for a in votes for b in votes)
        out.update({r.total, r.electorate, r.majority})
    for year in (2010, 2015, 2017, 2019, 2024):  # today's seat of the name (PSEPH 55-59)
        seat = general(year).get(name)
        if seat is None:
            continue
        votes = [c.votes for c in seat.cands]
        out.update(votes)
        out.update(abs(a - b) for a in votes for b in votes)
        out.update({seat.electorate, seat.valid, seat.invalid, seat.majority})
    return out


def _far(m: int, numbers: set[int]) -> int | None:
    """A false figure at least three times the true majority that is no count of the
    seat, or None."""
    for k in range(3, 12):
        n = m * k + 7
        if not any(abs(n - x) < 1 for x in numbers):
            return n
    return None


def _cases() -> list[tuple[str, str]]:
    by_name: dict[str, list[str]] = defaultdict(list)
    for r in history():
        if r.election in SERIES and _PLAIN.fullmatch(r.name) and _exact(r):
            by_name[r.name].append(r.election)
    # one election per seat, spread over the series: a name that stood once per election
    names = sorted(n for n, es in by_name.items() if len(set(es)) == len(es))
    picked = [names[i * len(names) // 14] for i in range(14)]
    return [(n, by_name[n][len(by_name[n]) // 2]) for n in picked]


CASES = _cases()


def _claims(text: str, sentence: str, db: Any, kind: str) -> list[dict[str, Any]]:
    from psephos.claims import check_text

    a = text.index(sentence)
    b = a + len(sentence)
    claims = check_text(text, db=db).to_dict()["claims"]
    return [c for c in claims if c["start"] < b and c["end"] > a and c["kind"] == kind]


def _verdicts(text: str, sentence: str, db: Any, kind: str = "majority") -> set[str]:
    return {c["verdict"] for c in _claims(text, sentence, db, kind)}


def test_the_series_cases_are_many_seats_and_elections() -> None:
    assert len({n for n, _ in CASES}) >= 12 and len({e for _, e in CASES}) >= 6, CASES


@pytest.mark.parametrize(("name", "election"), CASES)
def test_a_far_off_series_majority_is_false(store_path: Any, name: str, election: str) -> None:
    row = next(r for r in history() if r.name == name and r.election == election)
    party = _exact(row)
    assert party is not None
    far = _far(row.majority, _numbers(name))
    assert far is not None
    for form in (
        "At the {y} general election {p} took {seat} by {n} votes.",
        "At the {y} general election {p} held {seat} by {n}.",
    ):
        for stated, want in ((row.majority, {"supported"}), (far, {"contradicted"})):
            s = form.format(y=_year(election), p=party, seat=name, n=f"{stated:,}")
            text = f"{_year(election)}: the results seat by seat\n\n{s}"
            assert _verdicts(text, s, store_path) == want, (s, row.votes)


@pytest.mark.parametrize(("name", "election"), CASES[:6])
def test_a_far_off_figure_that_is_another_count_of_the_seat_stays_uncertain(
    store_path: Any, name: str, election: str
) -> None:
    row = next(r for r in history() if r.name == name and r.election == election)
    party = _exact(row)
    assert party is not None
    # the seat's electorate, said as the majority: another quantity of the seat, and more
    # than twice the majority (nearer, the guard does not doubt the figure at all)
    n = row.electorate
    assert n > 2 * row.majority
    s = f"At the {_year(election)} general election {party} took {name} by {n:,} votes."
    text = f"{_year(election)}: the results seat by seat\n\n{s}"
    assert "contradicted" not in _verdicts(text, s, store_path), (s, row.votes)


# --- a superlative whose seat is its complement or in apposition -----------------------------

_COUNTRY_WORD = {"Scotland": "Scottish", "Wales": "Welsh"}


def _night(year: int, country: str) -> str:
    return f"At the {year} general election the count in {country} ran late."


def _closest(year: int, country: str) -> list[Any]:
    seats = [s for s in general(year).values() if s.country == country]
    return sorted(seats, key=lambda s: s.majority)


def _by_election_seats() -> set[str]:
    """Seats with a by-election in 2010-2024 (PSEPH 55-59 by-elections): a claim about
    such a seat may be read at its by-election, another class than this one's."""
    return {b.name for p in (55, 56, 57, 58, 59) for b in by_elections(p)}


def _superlative_cases() -> list[tuple[int, str]]:
    return [(y, c) for y in (2010, 2015, 2017, 2019) for c in ("Scotland", "Wales")]


@pytest.mark.parametrize(("year", "country"), _superlative_cases())
def test_the_seat_a_superlative_is_said_of(store_path: Any, year: int, country: str) -> None:
    ranked = _closest(year, country)
    first = ranked[0]
    third = next(s for s in ranked[2:] if s.name not in _by_election_seats())
    assert first.majority < ranked[1].majority <= third.majority  # no tie for first
    forms = (
        "The closest {adj} result, though, was {seat}.",
        "{seat} was the narrowest result in {country}.",
        "In {seat} the winner held on by {n} votes, the narrowest result in {country}.",
    )
    for form in forms:
        for seat, want in ((first, "supported"), (third, "contradicted")):
            s = form.format(
                adj=_COUNTRY_WORD[country], seat=seat.name, country=country, n=f"{seat.majority:,}"
            )
            text = f"{year}: the results seat by seat\n\n{_night(year, country)} {s}"
            got = _verdicts(text, s, store_path, "superlative")
            assert got == {want}, (s, [(x.name, x.majority) for x in ranked[:3]])


def test_a_superlative_tied_to_no_one_seat_stays_unread(store_path: Any) -> None:
    ranked = _closest(2019, "Wales")
    a, b = ranked[2], ranked[3]
    # the seat after the superlative is not its complement ("was declared after X")
    s = f"The narrowest result in Wales was declared after {a.name}, and {b.name} later."
    text = f"2019: the results seat by seat\n\n{_night(2019, 'Wales')} {s}"
    assert "contradicted" not in _verdicts(text, s, store_path, "superlative"), s


# --- "the narrowest Conservative gain" at a 1918-2005 election -------------------------------


def _gains(election: str, group: str) -> list[HistRow]:
    """The single-member seats ``group`` won at ``election`` that another group won at the
    election before under the same name, with exact majorities, narrowest first."""
    before = ELECTIONS[ELECTIONS.index(election) - 1]
    prev = {r.name: r for r in history() if r.election == before and r.seats == 1}
    rows = [
        r
        for r in history()
        if r.election == election
        and r.name in prev
        and _exact(r)
        and r.winner == group
        and prev[r.name].total
        and prev[r.name].winner not in (group, "oth")
    ]
    return sorted(rows, key=lambda r: r.majority)


@pytest.mark.parametrize(("election", "group"), [("1964", "lab"), ("1970", "con"), ("1979", "con")])
def test_a_series_gain_ranked_among_the_party_gains(
    store_path: Any, election: str, group: str
) -> None:
    gains = _gains(election, group)
    name = {"con": "Conservative", "lab": "Labour"}[group]
    # a seat with at least three gains surely narrower: false wherever the story means
    late = [g for g in gains[6:] if _PLAIN.fullmatch(g.name)][0]
    s = f"{late.name} fell by {late.majority:,} votes, the narrowest {name} gain in the country."
    text = f"{_year(election)}: the results seat by seat\n\n{s}"
    assert _verdicts(text, s, store_path, "superlative") == {"contradicted"}, (
        s,
        [(g.name, g.majority) for g in gains[:7]],
    )


# --- "South Belfast": the compass point first ------------------------------------------------


@pytest.mark.parametrize("year", [2010, 2015, 2017, 2019])
@pytest.mark.parametrize("point", ["North", "South", "East", "West"])
def test_a_belfast_seat_said_compass_point_first(store_path: Any, year: int, point: str) -> None:
    seat = general(year)[f"Belfast {point}"]
    s = f"In {point} Belfast the winner had a majority of {seat.majority:,}."
    text = f"{year}: the results seat by seat\n\n{_night(year, 'Northern Ireland')} {s}"
    assert _verdicts(text, s, store_path) == {"supported"}, s
    s = f"In {point} Belfast the winner had a majority of {seat.majority * 2 + 1:,}."
    text = f"{year}: the results seat by seat\n\n{_night(year, 'Northern Ireland')} {s}"
    assert "supported" not in _verdicts(text, s, store_path), s


# --- "its first victory since 1945" -----------------------------------------------------------

_GROUP_NAME = {"con": "the Conservatives", "lab": "Labour"}


def _last_victory(election: str, group: str) -> str | None:
    """The last election before ``election`` at which ``group`` won the most single-member
    seats in the file (CBP-8647: the winner of each contested or unopposed row)."""
    from tests.claims_corpus._raw import hist_national

    before = ELECTIONS[: ELECTIONS.index(election)]
    for e in reversed(before):
        h = hist_national(e)
        mine = h.get(f"won_{group}", 0)
        others = [
            v for k, v in h.items() if k.startswith("won_") and k not in (f"won_{group}", "won_oth")
        ]
        if mine > max(others):
            return e
    return None


@pytest.mark.parametrize(
    ("election", "group"),
    [("1964", "lab"), ("1970", "con"), ("1979", "con"), ("1997", "lab"), ("1951", "con")],
)
def test_a_first_victory_since(store_path: Any, election: str, group: str) -> None:
    last = _last_victory(election, group)
    assert last is not None and last[:4].isdigit()
    # the election before the last win, in another year (a year names both 1974 elections)
    wrong = next(e for e in reversed(ELECTIONS[: ELECTIONS.index(last)]) if e[:4] != last[:4])
    party = _GROUP_NAME[group]
    for year, want in ((last, "supported"), (wrong, "contradicted")):
        y = {"1974F": "February 1974", "1974O": "October 1974"}.get(year, year)
        s = f"{party} won the most seats, its first victory since {y}."
        text = f"{election}: the general election\n\nAt the {election} general election {s}"
        got = _verdicts(text, s, store_path, "first_since")
        assert got == {want}, (s, last)


# --- "X, who had held SEAT since Y, lost" -----------------------------------------------------


def _won(year: int, seat: str, surname: str) -> bool:
    s = general(year).get(seat)
    return s is not None and s.ranked()[0].surname == surname


def _defeated_members(year: int) -> list[tuple[str, Any, Any]]:
    """(seat, loser, winner) where the sitting MP lost at ``year`` having won the same
    seat at 2010 and 2015 (PSEPH 55-57): they held it since 2010 or earlier, so "since
    2015" is false."""
    out = []
    for name, seat in sorted(general(year).items()):
        ranked = seat.ranked()
        losers = [c for c in ranked[1:] if c.sitting]
        if len(losers) != 1:
            continue
        c = losers[0]
        if _won(2010, name, c.surname) and _won(2015, name, c.surname):
            out.append((name, c, ranked[0]))
    return [out[i * len(out) // 6] for i in range(min(6, len(out)))]


@pytest.mark.parametrize("year", [2017, 2019])
def test_a_defeated_member_held_the_seat_since_a_later_year_is_false(
    store_path: Any, year: int
) -> None:
    cases = _defeated_members(year)
    assert len(cases) >= 4
    for name, loser, winner in cases:
        s = f"{winner.name} ousted {loser.name}, who had held {name} since 2015."
        text = f"{year}: the results\n\nAt the {year} general election {s}"
        got = _verdicts(text, s, store_path, "tenure")
        assert got == {"contradicted"}, s


# --- "up from four two years ago": a seat total at the election before -----------------------

_PARTY_WORDS = {"Con": "the Conservatives", "Lab": "Labour"}
_YEARS_WORDS = {2: "two", 5: "five"}


def _region_cases() -> list[tuple[int, int, str, str]]:
    """(year, the year before, region, party) where the party's seat total in the region
    (PSEPH 55-58 constituencies.csv, first party of each row) is at least two both times
    and changed."""
    from tests.claims_corpus._raw import seats_won

    out = []
    for year, before in ((2015, 2010), (2017, 2015), (2019, 2017)):
        regions = sorted({s.region for s in general(year).values() if s.country == "England"})
        for region in regions:
            now, then = seats_won(year, region=region), seats_won(before, region=region)
            for party in ("Con", "Lab"):
                if now[party] >= 2 and then[party] >= 2 and now[party] != then[party]:
                    out.append((year, before, region, party))
    return [out[i * len(out) // 8] for i in range(8)]


@pytest.mark.parametrize(("year", "before", "region", "party"), _region_cases())
def test_a_seat_total_up_from_n_years_ago(
    store_path: Any, year: int, before: int, region: str, party: str
) -> None:
    from tests.claims_corpus._raw import seats_won

    now, then = seats_won(year, region=region)[party], seats_won(before, region=region)[party]
    way = "up" if now > then else "down"
    back = f"{_YEARS_WORDS[year - before]} years ago"
    wrong = then - 1 if then - 1 != now else then + 2  # never the total now
    for stated, want in ((then, "supported"), (wrong, "contradicted")):
        s = f"In the {region} {_PARTY_WORDS[party]} won {now} seats, {way} from {stated} {back}."
        text = f"{year}: the regions\n\nAt the {year} general election the count ran late. {s}"
        claims = _claims(text, s, store_path, "seats")
        got = {c["verdict"] for c in claims if c["text"].startswith(way)}
        assert got == {want}, (s, then)


def test_two_number_words_side_by_side_are_two_numbers() -> None:
    from psephos.claims.numbers import find_quantities

    got = [q.value for q in find_quantities("up from four two years ago")]
    assert got[:2] == [4, 2], got
    for words, value in (
        ("twenty-three", 23),
        ("one hundred and five", 105),
        ("two thousand three hundred", 2300),
        ("thirty-one thousand", 31000),
        ("one million two hundred thousand", 1_200_000),
    ):
        assert [q.value for q in find_quantities(f"won {words} votes")] == [value], words


# --- "his majority of 312 grew more than fifteen times over" ---------------------------------


def _grown_majorities() -> list[tuple[str, Any, Any]]:
    """(seat, 2017 row, 2019 row) where the same MP held the seat (PSEPH 57-58, same name
    and winner) and the majority grew at least threefold."""
    old, new = general(2017), general(2019)
    out = []
    for name, s in sorted(new.items()):
        o = old.get(name)
        if o is None or not o.majority or o.winner_name != s.winner_name:
            continue
        if s.majority / o.majority >= 3:
            out.append((name, o, s))
    return [out[i * len(out) // 8] for i in range(min(8, len(out)))]


def test_the_grown_majorities_are_many() -> None:
    assert len(_grown_majorities()) >= 6


@pytest.mark.parametrize(("name", "old", "new"), _grown_majorities())
def test_a_majority_grown_k_times_over(store_path: Any, name: str, old: Any, new: Any) -> None:
    from psephos.claims import check_text

    k = new.majority / old.majority
    cases = ((int(k), "supported"), (int(k) + 2, "contradicted"))
    if k == int(k):
        cases = ((int(k) + 2, "contradicted"),)  # "more than k" of exactly k is not read
    for times, want in cases:
        s = f"In {name} {new.winner_name}'s majority of {old.majority:,} grew more than {times} times over."
        text = f"2019: the results\n\nAt the 2019 general election the count ran late. {s}"
        a = text.index(s)
        claims = check_text(text, db=store_path).to_dict()["claims"]
        got = {c["verdict"] for c in claims if c["start"] < a + len(s) and c["end"] > a}
        assert got == {want}, (s, new.majority)
