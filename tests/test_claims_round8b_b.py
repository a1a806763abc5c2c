"""Round 8b (WRONG-B): classes of TRUE claims the tenth held-out batch saw called false,
each tested as a class over by-elections, seats, elections and areas. Every value comes from
the raw official CSVs through ``tests/claims_corpus/_raw.py`` (never psephos code); the
sentences are invented.

- a turnout said after a paragraph opening on two by-elections of one day: the other one;
- a by-election majority as the file's constituency row prints it (where it differs from
  the candidate rows);
- a share said in a by-election's paragraph of a story dated by the general election before;
- a 1918-2005 seat's share read as the area's ("X gave Labour 88 per cent, its best share
  anywhere in Britain");
- a seat's turnout after "up on five years ago" (read at the election before).

A true sentence is never ``contradicted``; its false twin (a figure changed) is caught where
the class is read (a tenth may be left uncertain).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Any

from tests.claims_corpus._raw import by_elections, general, history
from tests.test_claims_round7b_b import _check, _verdicts


def _when(date: str) -> str:
    return datetime.datetime.strptime(date, "%d/%m/%Y").strftime("%B %Y")


def _days() -> dict[str, list[Any]]:
    """The by-elections of parliaments 55-59 (PSEPH files) by polling day."""
    days: dict[str, list[Any]] = defaultdict(list)
    for parl in range(55, 60):
        for s in by_elections(parl):
            days[s.date].append(s)
    return days


def test_turnout_of_the_other_by_election_that_day(store_path: Any) -> None:
    """ "A and B, May 2016. X held A by N. Turnout was T per cent.": T is B's turnout (valid
    votes over electorate in B's constituency row): not false; five points more is."""
    cases = []
    for date, seats in sorted(_days().items()):
        if len(seats) < 2:
            continue
        a, b = seats[0], seats[1]
        for true, t in ((True, b.turnout), (False, b.turnout + 0.05)):
            s = f"Turnout was {100 * t:.1f} per cent."
            text = (
                f"By-elections of {_when(date)}\n\n{a.name} and {b.name}, {_when(date)}. "
                f"{a.winner_name} held {a.name} by {a.majority:,}. {s}\n"
            )
            cases.append((true, text, s))
    assert len(cases) >= 16
    _check(cases, store_path)


def test_by_election_majority_as_printed(store_path: Any) -> None:
    """Where a by-election's constituency row prints a majority other than its first
    candidate's votes less the second's (PSEPH by-election files), the printed majority is
    not false; a thousand more than both is."""
    cases = []
    for parl in range(55, 60):
        for s in by_elections(parl):
            ranked = s.ranked()
            gap = ranked[0].votes - ranked[1].votes
            if gap == s.majority:
                continue
            for true, m in ((True, s.majority), (False, max(s.majority, gap) + 1_000)):
                sent = f"{s.winner_name} held {s.name} by {m:,}."
                text = f"By-elections of {_when(s.date)}\n\n{s.name}, {_when(s.date)}. {sent}\n"
                cases.append((true, text, sent))
    assert cases  # the files hold at least one such row (Sheffield, Brightside, 2016)
    _check(cases, store_path)


def test_share_at_the_by_election_of_a_general_election_story(store_path: Any) -> None:
    """A story dated by a general election, a paragraph on a later by-election in one of
    its seats where X stood at both: "X finished third with N per cent" is X's by-election
    share (candidate rows over the row's valid votes), not false; half as much again is never true."""
    cases = []
    for parl, year in ((56, 2015), (57, 2017), (58, 2019)):
        ge = general(year)
        for s in by_elections(parl):
            if s.name not in ge or len(s.cands) < 3:
                continue
            third = s.ranked()[2]
            if third.name not in {c.name for c in ge[s.name].cands}:
                continue  # the class: a candidate at both, whom the general election finds
            share = 100 * third.votes / s.valid
            if abs((share * 10) % 1 - 0.5) < 0.1:
                continue  # too near a rounding edge to state to one decimal
            for true, x in ((True, share), (False, share * 1.5)):
                sent = f"{third.name} finished third with {x:.1f} per cent."
                text = (
                    f"After the {year} general election\n\nThe {year} general election was "
                    f"followed by by-elections.\n\n{s.name}, {_when(s.date)}. "
                    f"{s.ranked()[0].name} won. {sent}\n"
                )
                cases.append((true, text, sent))
    assert len(cases) >= 4
    # the true sentences are never false; a false twin is never true (the guard's older
    # readings - another party's figure, a figure far off - may leave one uncertain)
    _check([c for c in cases if c[0]], store_path)
    assert not [
        c[2] for c in cases if not c[0] and "supported" in _verdicts(c[1], c[2], store_path)
    ]


def test_series_seat_share_read_as_the_areas(store_path: Any) -> None:
    """1950-1970: the seat with Labour's (the Conservatives') highest share in Wales and in
    Scotland (CBP-8647 seat rows, party votes over total votes): "SEAT gave Labour N per
    cent, its best share anywhere in the country" is not false."""
    cases = []
    names = {"lab": "Labour", "con": "the Conservatives"}
    for election in ("1950", "1955", "1959", "1964", "1966", "1970"):
        for country in ("Wales", "Scotland"):
            rows = [
                h
                for h in history()
                if h.election == election and h.country == country and h.seats == 1 and h.total
            ]
            for key, name in names.items():
                top = max(rows, key=lambda h: h.votes[key] / h.total)
                share = 100 * top.votes[key] / top.total
                if abs(share % 1 - 0.5) < 0.1:
                    continue
                sent = f"{top.name} gave {name} {share:.0f} per cent, its best share in {country}."
                text = f"The {election} general election\n\nIn {election}, {sent}\n"
                cases.append((True, text, sent))
    assert len(cases) >= 16
    _check(cases, store_path)


def test_seat_turnout_after_up_on_five_years_ago(store_path: Any) -> None:
    """2015 and 2019 by region: "Turnout was up on five years ago, highest in SEAT at T per
    cent" is the seat's turnout at the story's election (valid votes over electorate, PSEPH
    constituency rows), not false; three points more is."""
    cases = []
    for year in (2015, 2017, 2019):
        ge = general(year)
        regions: dict[str, list[Any]] = defaultdict(list)
        for s in ge.values():
            regions[s.region].append(s)
        for region, seats in sorted(regions.items()):
            top = max(seats, key=lambda s: s.turnout)
            t = 100 * top.turnout
            if abs((t * 10) % 1 - 0.5) < 0.1:
                continue
            for true, x in ((True, t), (False, t + 3)):
                sent = f"highest in {top.name} at {x:.1f} per cent"
                text = (
                    f"The {year} general election in {region}\n\nIn {region}, Labour held its "
                    f"seats. Turnout was up on five years ago, {sent}.\n"
                )
                cases.append((true, text, sent))
    assert len(cases) >= 20
    _check(cases, store_path)


def test_deposits_lost_of_the_seats_fought(store_path: Any) -> None:
    """ "P lost its deposit in N of the M seats it fought" (2015-2024, every party that
    stood in 50 seats or more): N is the seats where P's candidates had under 5 per cent of
    the valid vote (PSEPH candidate rows), M the seats it stood in; true as stated, and
    "more than N-5"; N+10 is false. Not read as seats won."""
    from tests.test_claims_sweep import PARTY

    cases = []
    for year in (2015, 2017, 2019, 2024):
        stood: dict[str, int] = defaultdict(int)
        lost: dict[str, int] = defaultdict(int)
        for s in general(year).values():
            for c in s.cands:
                stood[c.party] += 1
                lost[c.party] += 100 * c.votes < 5 * s.valid
        for party, (name, _) in PARTY.items():
            if stood.get(party, 0) < 50 or lost[party] < 10:
                continue
            who = name[0].upper() + name[1:]
            m = stood[party]
            for true, q in ((True, f"{lost[party]}"), (True, f"more than {lost[party] - 5}")):
                sent = f"{who} lost its deposit in {q} of the {m} seats it fought."
                cases.append((true, f"The {year} general election\n\n{sent}\n", sent))
            sent = f"{who} lost its deposit in {lost[party] + 10} of the {m} seats it fought."
            cases.append((False, f"The {year} general election\n\n{sent}\n", sent))
    assert len(cases) >= 30
    _check(cases, store_path, supported=True)


def test_placings_given_respectively(store_path: Any) -> None:
    """ "In SEAT, W won. A and B came fourth and fifth." (2017-2024, seats with five or
    more candidates, votes from the PSEPH candidate rows, no tie at those places): true
    with A fourth and B fifth; the names swapped is false."""
    cases = []
    for year in (2017, 2019, 2024):
        seats = [s for s in general(year).values() if len(s.cands) >= 6]
        for s in sorted(seats, key=lambda s: s.code)[:25]:
            r = s.ranked()
            if len({c.votes for c in r[2:6]}) < 4:
                continue
            w, a, b = r[0], r[3], r[4]
            for true, x, y in ((True, a, b), (False, b, a)):
                sent = f"{x.name} and {y.name} came fourth and fifth."
                text = f"The {year} general election\n\nIn {s.name}, {w.name} won. {sent}\n"
                cases.append((true, text, sent))
    assert len(cases) >= 60
    _check(cases, store_path)


def test_tenure_in_apposition_to_the_loser(store_path: Any) -> None:
    """2017 and 2019: "In SEAT, W won by a majority of N over L, the seat's MP since Y",
    where L, the sitting MP, came second and had first won the seat at the election before
    (Y; the seat's winner at the one before that was someone else; PSEPH rows): true, said
    of L and not of W; "since" the earlier election is false."""
    years = {2017: (2015, 2010), 2019: (2017, 2015)}
    cases = []
    for year, (prev, before) in years.items():
        now, last, older = general(year), general(prev), general(before)
        for s in sorted(now.values(), key=lambda s: s.code):
            r = s.ranked()
            loser = r[1]
            if not loser.sitting or s.name not in last or s.name not in older:
                continue
            if last[s.name].ranked()[0].name != loser.name:
                continue
            if older[s.name].ranked()[0].name == loser.name:
                continue
            for true, y in ((True, prev), (False, before)):
                sent = f"the seat's MP since {y}"
                text = (
                    f"The {year} general election\n\nIn {s.name}, {r[0].name} won by a "
                    f"majority of {s.majority:,} over {loser.name}, {sent}.\n"
                )
                cases.append((true, text, sent))
    assert len(cases) >= 20
    _check(cases, store_path)


def test_has_never_had_a_party_mp(store_path: Any) -> None:
    """2019 seats (sorted by code, the first 60 of each party's) where the series
    (CBP-8647, same name, 1918-2019) shows no win for the party: "In SEAT, which has never
    had a P MP, W won." is never called false (the records cannot reach back before 1918,
    and the words mean no win up to now, not a first win now)."""
    from tests.test_claims_sweep import PARTY

    winners: dict[str, set[str]] = defaultdict(set)
    for h in history():
        if h.total or h.unopposed:
            winners[h.name].add(h.winner)
    cases = []
    ge = general(2019)
    for party, group in (("Lab", "lab"), ("Con", "con"), ("LD", "lib")):
        name = PARTY[party][1]
        n = 0
        for s in sorted(ge.values(), key=lambda s: s.code):
            if s.name not in winners or group in winners[s.name] or n >= 60:
                continue
            n += 1
            sent = f"which has never had a {name} MP"
            text = f"The 2019 general election\n\nIn {s.name}, {sent}, {s.ranked()[0].name} won.\n"
            cases.append((True, text, sent))
    assert len(cases) >= 60
    _check(cases, store_path)


def test_open_change_with_a_share_the_region_shares(store_path: Any) -> None:
    """2017 and 2019 by English region (PSEPH candidate rows summed over the region's seats,
    change on the previous general election): "P's share rose (fell) by more than N points
    to S per cent", in a story on the region whose sentence names no area, with N the whole
    points of the change and S the share: never called false (the tight share is true of
    the region, so the open change is read there too); "more than N+3" is never true."""
    from tests.claims_corpus._raw import share_of, totals
    from tests.test_claims_sweep import PARTY

    cases = []
    for year, prev in ((2017, 2015), (2019, 2017)):
        regions = sorted({s.region for s in general(year).values() if s.country == "England"})
        for region in regions:
            now, before = totals(year, region=region), totals(prev, region=region)
            for party in ("Con", "Lab", "LD"):
                share = 100 * share_of(now, party)
                change = share - 100 * share_of(before, party)
                n = int(abs(change))
                if n < 2 or abs(change) - n < 0.2 or abs((share * 10) % 1 - 0.5) < 0.1:
                    continue
                verb = "rose" if change > 0 else "fell"
                who = PARTY[party][0]
                who = who[0].upper() + who[1:]
                for true, k in ((True, n), (False, n + 3)):
                    own = f"{who}'" if who.endswith("s") else f"{who}'s"
                    sent = f"{own} share {verb} by more than {k} points to {share:.1f} per cent"
                    text = (
                        f"The {year} general election in the {region}\n\nAcross the {region} "
                        f"the results were declared overnight.\n\n{sent}.\n"
                    )
                    cases.append((true, text, sent))
    assert len(cases) >= 20
    _check([c for c in cases if c[0]], store_path)
    assert not [
        c[2] for c in cases if not c[0] and "supported" in _verdicts(c[1], c[2], store_path)
    ]
