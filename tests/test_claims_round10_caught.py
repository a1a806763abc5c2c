"""Round 10 (CAUGHT): classes of FALSE claims the checker read but did not call false, each
tested as a class over seats, parties and elections. Every value comes from the raw PSEPH
files through ``tests/claims_corpus/_raw.py`` (never psephos code); the sentences are
invented.

- "In X, A's majority more than doubled, to N" / "grew more than sixfold" / "was more
  than halved": a k-fold move of a seat's majority said in words, against the general
  election before (same boundaries).

Each true sentence is never ``contradicted``; its false twin is caught (a tenth may be
left uncertain); a sentence about a seat the election did not have stays uncertain.
"""

from __future__ import annotations

import calendar
from typing import Any

from tests.claims_corpus._raw import (
    Seat,
    by_elections,
    census_counts,
    census_seat,
    general,
    previous_general,
)
from tests.test_claims_round7b_b import _check, _story, _verdicts
from tests.test_claims_sweep import PARTY
from tests.test_claims_sweep_wide import AREA

#: (election, the general election before it on the same boundaries)
PAIRS = ((2015, 2010), (2017, 2015), (2019, 2017))


def _held(year: int, before: int) -> list[tuple[Seat, Seat]]:
    """(seat at ``year``, the same seat at ``before``) where one party won both times, by
    name order (deterministic)."""
    old = {s.code: s for s in general(before).values()}
    out = []
    for s in sorted(general(year).values(), key=lambda s: s.name):
        o = old.get(s.code)
        if o is not None and o.first == s.first and o.majority > 0:
            out.append((s, o))
    return out


def _fold_cases(word: str, test: Any, per_pair: int = 4) -> list[tuple[bool, str, str]]:
    """``word`` ("more than doubled") said of each seat whose ratio ``test`` marks true or
    false (None: too near the factor to tell), up to ``per_pair`` of each per pair."""
    cases: list[tuple[bool, str, str]] = []
    for year, before in PAIRS:
        got = {True: 0, False: 0}
        for s, o in _held(year, before):
            r = s.majority / o.majority
            t = test(r)
            if t is None or got[t] >= per_pair:
                continue
            got[t] += 1
            sentence = f"In {s.name}, {s.winner_name}'s majority {word}, to {s.majority:,}."
            cases.append((t, _story(year, sentence), sentence))
    return cases


def test_majority_more_than_doubled(store_path: Any) -> None:
    """ "A's majority more than doubled, to N" (N the true majority): the ratio of the
    seat's majority to the one at the election before decides; a ratio of 1.1 to 1.8 is
    false, not "another quantity"."""
    cases = _fold_cases(
        "more than doubled", lambda r: True if r > 2.2 else False if 1.1 < r < 1.8 else None
    )
    assert sum(not t for t, _, _ in cases) >= 9
    _check(cases, store_path)


def test_majority_nearly_doubled(store_path: Any) -> None:
    """ "nearly doubled": 1.75 to 2 times; a majority up by a fifth to a half is false."""
    cases = _fold_cases(
        "nearly doubled", lambda r: True if 1.8 < r < 1.98 else False if 1.2 < r < 1.5 else None
    )
    assert sum(not t for t, _, _ in cases) >= 9
    _check(cases, store_path)


def test_majority_more_than_halved(store_path: Any) -> None:
    """ "was more than halved": below half; a majority cut by a tenth to a third is false."""
    cases = _fold_cases(
        "was more than halved", lambda r: True if r < 0.45 else False if 0.67 < r < 0.9 else None
    )
    assert sum(not t for t, _, _ in cases) >= 9
    _check(cases, store_path)


def test_majority_grew_more_than_threefold(store_path: Any) -> None:
    """ "A's majority grew more than threefold": above three times; 1.5 to 2.7 is false."""
    cases = _fold_cases(
        "grew more than threefold", lambda r: True if r > 3.3 else False if 1.5 < r < 2.7 else None
    )
    assert sum(not t for t, _, _ in cases) >= 9
    _check(cases, store_path)


def test_majority_fold_out_of_data(store_path: Any) -> None:
    """A seat the election did not have: never contradicted."""
    for year, _ in PAIRS:
        sentence = "In Barsetshire West, Jane Doe's majority more than doubled, to 12,345."
        assert "contradicted" not in _verdicts(_story(year, sentence), sentence, store_path)


def test_majority_doubled_at_a_by_election_of_the_story(store_path: Any) -> None:
    """A story of a parliament's by-elections: "Labour's majority more than doubled, to N"
    under a by-election's heading means the by-election against the general election
    before it. Where that is true the claim is never contradicted (the general-election
    reading, false, is not the only one: the guard tries the by-election)."""
    cases = 0
    for parliament in (56, 57, 58):
        for by in by_elections(parliament):
            year, ge = previous_general(by)
            if ge.first != by.first or not ge.majority or by.majority <= 2.2 * ge.majority:
                continue
            party = {"Lab": "Labour", "Con": "Conservative"}.get(by.first)
            if party is None:
                continue
            month = calendar.month_name[int(by.date[3:5])]
            sentence = f"{party}'s majority more than doubled, to {by.majority:,}."
            story = (
                f"By-elections since the general election\n\nThe by-elections of the parliament "
                f"elected in {year}, seat by seat.\n\n{by.name}, {month} {by.date[6:]}\n\n"
                f"In {by.name} {by.winner_name} held the seat for {party}. {sentence}\n"
            )
            assert "contradicted" not in _verdicts(story, sentence, store_path), sentence
            cases += 1
    assert cases >= 2


# --- a census ranking in a story that names a 2024-only seat ---------------------------------

#: the English regions (the PSEPH 'region' column) and Wales
CENSUS_AREAS = (
    "North East",
    "North West",
    "Yorkshire and The Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
    "Wales",
)


def _no_quals() -> dict[str, float]:
    """Seat name (2024 result file) -> share of residents 16+ with no qualifications, from
    census21_wpc_quals.csv counts ('Does not apply', the under-16s, left out)."""
    seats = census_seat()
    out = {}
    for name, d in census_counts("quals").items():
        cats = [k for k in d if k.startswith("No qualifications")]
        out[seats[name].name] = sum(d[k] for k in cats) / d["_total"]
    return out


def _area_of(s: Seat) -> str:
    return "Wales" if s.country == "Wales" else s.region


def _census_story(new_seat: str | None, sentence: str) -> str:
    """A census note with no year; ``new_seat`` (a seat only the 2024 boundaries have) named
    in a sentence with no claim, or no such seat."""
    lead = (
        f"The note covers every seat, {new_seat} among them."
        if new_seat
        else "The note covers every seat."
    )
    return f"Census 2021: the seats compared\n\n{lead}\n\n{sentence}\n"


def _census_cases(with_new_seat: bool) -> list[tuple[bool, str, str]]:
    """ "X has the highest share of residents with no qualifications in AREA": the area's
    first seat (true) and its second (false), where the two are a tenth of a point apart or
    more; the story names a 2024-only seat of another area (or none)."""
    shares = _no_quals()
    now = general(2024)
    old_names = set(general(2019))
    new_seats = sorted(n for n in shares if n not in old_names and n in now)
    cases = []
    for area in CENSUS_AREAS:
        seats = sorted(
            (n for n in shares if n in now and _area_of(now[n]) == area),
            key=lambda n: -shares[n],
        )
        a, b = seats[0], seats[1]
        if shares[a] - shares[b] < 0.001:
            continue
        other = next(n for n in new_seats if _area_of(now[n]) != area and n not in (a, b))
        where = AREA[area]
        for seat, true in ((a, True), (b, False)):
            sentence = (
                f"{seat} has the highest share of residents with no qualifications in {where}."
            )
            cases.append(
                (true, _census_story(other if with_new_seat else None, sentence), sentence)
            )
    return cases


def test_census_superlative_in_a_story_of_the_2024_seats(store_path: Any) -> None:
    """A story that names a seat only the 2024 boundaries have uses the 2024 seats: the
    census ranking of its claim is decided (the area's second seat is false)."""
    cases = _census_cases(with_new_seat=True)
    assert sum(not t for t, _, _ in cases) >= 8
    _check(cases, store_path, supported=True)


def test_census_superlative_in_an_undated_story_stays_uncertain(store_path: Any) -> None:
    """With no 2024-only seat named (the seat ranked exists on the 2010-2019 boundaries
    too), the story may mean the 2010-2019 seats: never contradicted (the guard's
    weak-election doubt stands). (A seat ranked that only the 2024 boundaries have dates
    the story itself when the gazetteer reads its name whole.)"""
    old_names = set(general(2019))
    undated = 0
    for _true, story, sentence in _census_cases(with_new_seat=False):
        seat = sentence.split(" has the highest")[0]
        v = _verdicts(story, sentence, store_path)
        if seat in old_names:
            assert "contradicted" not in v, sentence
            undated += 1
    assert undated >= 8


# --- "N seats were won by fewer than M votes" -------------------------------------------------

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _under(year: int, bound: int) -> int:
    """Seats of the PSEPH ``year`` file whose majority is below ``bound``."""
    return sum(1 for s in general(year).values() if s.majority < bound)


def _n(k: int) -> str:
    return WORDS.get(k, f"{k:,}")


def test_seats_won_by_fewer_than(store_path: Any) -> None:
    """ "In YEAR, N seats were won by fewer than M votes": the seats whose majority is
    under M (read before as the majority of the last seat named); N two more is false."""
    cases = []
    for year in (2010, 2015, 2017, 2019, 2024):
        for bound in (100, 500, 1000, 2000):
            k = _under(year, bound)
            for n, true in ((k, True), (k + 2, False)):
                verb = "decided" if bound == 500 else "won"
                sentence = f"In {year}, {_n(n)} seats were {verb} by fewer than {bound:,} votes."
                cases.append((true, _story(year, sentence), sentence))
    _check(cases, store_path, supported=True)


def test_seats_won_by_fewer_than_gapped(store_path: Any) -> None:
    """ "..., and a dozen / N by fewer than 100": the second, gapped count in the first
    one's scope and election."""
    cases = []
    for year in (2010, 2015, 2017, 2019, 2024):
        k1, k2 = _under(year, 1000), _under(year, 100)
        for n, true in ((k2, True), (k2 + 3, False)):
            words = "a dozen" if n == 12 else _n(n)
            sentence = (
                f"In {year}, {_n(k1)} seats were won by fewer than 1,000 votes, "
                f"and {words} by fewer than 100."
            )
            cases.append((true, _story(year, sentence), sentence))
    _check(cases, store_path, supported=True)


def test_seats_won_by_fewer_than_out_of_data(store_path: Any) -> None:
    """An election the store does not hold: never contradicted."""
    sentence = "In 1906, 14 seats were won by fewer than 100 votes."
    assert "contradicted" not in _verdicts(_story(1906, sentence), sentence, store_path)


# --- "with the Brexit Party's Marten Hall second" ---------------------------------------------


def _poss(name: str) -> str:
    """ "the Conservatives'", "Labour's"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def test_placing_of_a_party_candidate(store_path: Any) -> None:
    """ "A held X by N votes, with P's B second": B's place in X (read before only with
    "in second"); the third-placed candidate said to be second is false. Five seats a year,
    by name, whose second and third are of parties the sentences name."""
    cases = []
    for year in (2010, 2015, 2017, 2019, 2024):
        done = 0
        for s in sorted(general(year).values(), key=lambda s: s.name):
            r = s.ranked()
            if len(r) < 3 or r[1].party not in PARTY or r[2].party not in PARTY:
                continue
            if r[1].votes == r[2].votes or done >= 5:
                continue
            done += 1
            for c, true in ((r[1], True), (r[2], False)):
                sentence = (
                    f"{s.winner_name} held {s.name} by {s.majority:,} votes, with "
                    f"{_poss(PARTY[c.party][0])} {c.name} second."
                )
                cases.append((true, _story(year, sentence), sentence))
    assert len(cases) >= 40
    _check(cases, store_path)


def test_placing_of_a_party_candidate_out_of_data(store_path: Any) -> None:
    """A candidate the seat did not have: never contradicted."""
    s = sorted(general(2019).values(), key=lambda s: s.name)[0]
    sentence = (
        f"{s.winner_name} held {s.name} by {s.majority:,} votes, with the Greens' Jane Doe second."
    )
    assert "contradicted" not in _verdicts(_story(2019, sentence), sentence, store_path)


# --- "a majority that more than doubled Labour's last time", "nearly double last time" -------


def test_majority_doubled_last_time(store_path: Any) -> None:
    """ "A won X by N, a majority that more than doubled P's in the seat last time" and
    "A's majority in X grew to N, nearly double last time": the seat's majority against the
    one at the election before (read before as a share ratio with no party: uncertain)."""
    cases = []
    for year, before in PAIRS:
        got = {"more": [0, 0], "nearly": [0, 0]}
        for s, o in _held(year, before):
            if s.first not in PARTY:
                continue
            r = s.majority / o.majority
            more = True if r > 2.2 else False if 1.1 < r < 1.8 else None
            nearly = True if 1.8 < r < 1.98 else False if 1.2 < r < 1.5 else None
            if more is not None and got["more"][more] < 4:
                got["more"][more] += 1
                sentence = (
                    f"{s.winner_name} won {s.name} by {s.majority:,}, a majority that more than "
                    f"doubled {_poss(PARTY[s.first][0])} in the seat last time."
                )
                cases.append((more, _story(year, sentence), sentence))
            if nearly is not None and got["nearly"][nearly] < 4:
                got["nearly"][nearly] += 1
                sentence = (
                    f"{s.winner_name}'s majority in {s.name} grew to {s.majority:,}, nearly "
                    "double last time."
                )
                cases.append((nearly, _story(year, sentence), sentence))
    assert sum(not t for t, _, _ in cases) >= 15
    _check(cases, store_path)


# --- "The Lib Dem share in Yeovil more than halved" -------------------------------------------


def test_share_in_a_seat_more_than_halved(store_path: Any) -> None:
    """ "The P share in X more than halved": P's share in X against the general election
    before (same boundaries), the share the subject of the ratio word (read before only as
    its object, "more than halved their share in X"). Below half is true; 0.6 to 0.9 of
    the share before is false."""
    cases = []
    for year, before in PAIRS:
        old = {s.code: s for s in general(before).values()}
        got = {True: 0, False: 0}
        for s in sorted(general(year).values(), key=lambda s: s.name):
            o = old.get(s.code)
            if o is None:
                continue
            for code in ("LD", "Lab", "Con"):
                a, b = s.share(code), o.share(code)
                if not a or b < 0.1:
                    continue
                r = a / b
                t = True if r < 0.45 else False if 0.6 < r < 0.9 else None
                if t is None or got[t] >= 5:
                    continue
                got[t] += 1
                sentence = f"The {PARTY[code][1]} share in {s.name} more than halved."
                cases.append((t, _story(year, sentence), sentence))
    assert sum(not t for t, _, _ in cases) >= 12
    _check(cases, store_path)


def test_share_halved_out_of_data(store_path: Any) -> None:
    """A seat the election did not have: never contradicted."""
    sentence = "The Labour share in Barsetshire West more than halved."
    assert "contradicted" not in _verdicts(_story(2015, sentence), sentence, store_path)


# --- "West Ham was second-largest" ---------------------------------------------------------


def test_runner_up_without_article(store_path: Any) -> None:
    """ "X had the largest electorate in the UK, N. Y was second-largest.": Y's place by the
    superlative's measure and area (read before only as "the second-largest"); the third
    seat said to be second is false. Largest and smallest, 2010-2024."""
    cases = []
    for year in (2010, 2015, 2017, 2019, 2024):
        for word, low in (("largest", False), ("smallest", True)):
            ranked = sorted(general(year).values(), key=lambda s: s.electorate, reverse=not low)
            a, b, c = ranked[0], ranked[1], ranked[2]
            if len({a.electorate, b.electorate, c.electorate}) < 3:
                continue
            for seat, true in ((b, True), (c, False)):
                lead = f"{a.name} had the {word} electorate in the UK, {a.electorate:,}."
                sentence = f"{seat.name} was second-{word}."
                cases.append((true, _story(year, f"{lead} {sentence}"), sentence))
    assert len(cases) >= 16
    _check(cases, store_path)
