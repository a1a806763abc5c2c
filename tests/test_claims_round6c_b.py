"""Round 6c (WAVE-B): superlatives and rankings that TRUE claims were called false on, each
tested as a class over elections, areas, seats, parties and census groups. Every value comes
from the raw official CSVs through ``tests/claims_corpus/_raw.py`` (never psephos code); the
sentences are invented.

- "X is second at N per cent" after "the highest share of any seat" of a census group the
  store does not hold, with an earlier superlative of another measure in the paragraph: the
  continuation continues the LAST ranking said (whose measure is unknown), never an earlier
  one;
- "A beat B by N votes, the narrowest P gain from Q anywhere": among P's gains from Q only;
- "S1 returned the largest majority in AREA, and P's best share was in S2": the seat after
  the second superlative's verb is its subject, not the first clause's seat;
- "The narrowest result in AREA was S1, and the largest majority was in S2": the second
  superlative ranks in the area the first named.

A true sentence is never ``contradicted``; its false twin (another seat) is, where the
checker reads the class at all.
"""

from __future__ import annotations

import re
from typing import Any

from tests.claims_corpus._raw import Seat, census_counts, general
from tests.test_claims_round6b_b import _check, _majority, _story
from tests.test_claims_sweep import PARTY
from tests.test_claims_sweep_wide import AREA, _in

#: census groups of the 19-group ethnicity file (E&W counts), by the word a story uses
GROUPS = {
    "Pakistani": "Asian, Asian British or Asian Welsh: Pakistani",
    "Bangladeshi": "Asian, Asian British or Asian Welsh: Bangladeshi",
    "Chinese": "Asian, Asian British or Asian Welsh: Chinese",
    "Caribbean": "Black, Black British, Black Welsh, Caribbean or African: Caribbean",
    "Arab": "Other ethnic group: Arab",
    "Roma": "White: Roma",
}
INDIAN = "Asian, Asian British or Asian Welsh: Indian"


def _ranked_shares(cat: str) -> list[tuple[float, str]]:
    """Seats of England and Wales by the group's share of residents (count / all residents
    with a category, 'Does not apply' dropped), highest first."""
    c = census_counts("ethnicity19")
    return sorted(((d[cat] / d["_total"], n) for n, d in c.items()), reverse=True)


def test_second_after_a_superlative_of_an_unread_group(store_path: Any) -> None:
    """The paragraph opens on a ranking the checker reads (a majority, a turnout, or the
    Indian group "the largest of the Asian groups"), then a superlative of a group the store
    may not hold; "Y is second at N per cent" continues the group's ranking, not the first."""
    c = census_counts("ethnicity19")
    indian = sum(d[INDIAN] for d in c.values()) / sum(d["_total"] for d in c.values())
    res = general(2024)
    by_majority = sorted(res.values(), key=_majority, reverse=True)
    by_turnout = sorted(res.values(), key=lambda s: s.turnout, reverse=True)
    openers = [
        f"Across England and Wales {indian * 100:.1f} per cent of residents identify as "
        "Indian, the largest of the Asian groups. ",
        f"The largest majority in the country was in {by_majority[0].name}, "
        f"{_majority(by_majority[0]):,} votes. ",
        f"Turnout was highest in {by_turnout[0].name}, at {by_turnout[0].turnout * 100:.1f} "
        "per cent. ",
    ]
    cases: list[tuple[bool, str, str]] = []
    for word, cat in GROUPS.items():
        ranked = _ranked_shares(cat)
        (x1, top), (x2, second) = ranked[0], ranked[1]
        if round(x1 * 100, 1) == round(x2 * 100, 1) or round(x2 * 100, 1) == round(
            ranked[2][0] * 100, 1
        ):
            continue  # a tie at the printed figure: the position is not the words'
        for opener in openers:
            s = f"{second} is second at {x2 * 100:.1f} per cent."
            lead = (
                f"{opener}In {top} {x1 * 100:.1f} per cent of residents are {word}, the "
                "highest share of any seat in England and Wales. "
            )
            cases.append((True, _story(2024, lead + s), s))
    assert len(cases) >= 12
    _check(cases, store_path)


def _gains(year: int) -> dict[tuple[str, str], list[Seat]]:
    """Seats that changed hands at ``year`` by (winner, previous winner) as the official
    result says ('Con gain from LD'), narrowest majority first."""
    out: dict[tuple[str, str], list[Seat]] = {}
    for s in general(year).values():
        m = re.fullmatch(r"(.+?) gain from (.+)", s.result)
        if m is not None:  # Labour and Co-operative candidates are Labour's
            p, q = (x.replace("Lab Coop", "Lab") for x in m.groups())
            out.setdefault((p, q), []).append(s)
    return {k: sorted(v, key=_majority) for k, v in out.items()}


def test_narrowest_gain_from_a_party(store_path: Any) -> None:
    """ "A beat B by N votes, the narrowest P gain from Q anywhere": true of the narrowest
    of P's gains from Q even where P gained a narrower seat from another party; the seat
    next in that order is caught."""
    cases: list[tuple[bool, str, str]] = []
    for year in (2010, 2015, 2017, 2019, 2024):
        gains = _gains(year)
        for (p, q), seats in gains.items():
            if p not in PARTY or q not in PARTY or len(seats) < 3:
                continue
            if _majority(seats[0]) == _majority(seats[1]):
                continue  # tied: no single narrowest
            for true, s in ((True, seats[0]), (False, seats[1])):
                w, r = s.ranked()[0], s.ranked()[1]
                sentence = (
                    f"{w.name} beat {r.name} by {_majority(s):,} votes in {s.name}, the "
                    f"narrowest {PARTY[p][1]} gain from {PARTY[q][0]} anywhere."
                )
                cases.append((true, _story(year, sentence), sentence))
    assert len(cases) >= 12
    _check(cases, store_path)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _untied_top(values: list[tuple[float, Seat]]) -> bool:
    return len(values) >= 3 and values[0][0] != values[1][0] and values[1][0] != values[2][0]


def test_second_clause_superlative_names_its_own_seat(store_path: Any) -> None:
    """ "S1 returned the largest majority in AREA, and P's best share was in S2, at X per
    cent": the seat after the second superlative's verb is its subject, not the seat of the
    first clause; ranked, like the first, in AREA. The party's second-best seat is caught."""
    cases: list[tuple[bool, str, str]] = []
    for year in (2010, 2017, 2019, 2024):
        res = general(year).values()
        for area in ("Scotland", "Wales", "North East", "South West", "London"):
            seats = [s for s in res if _in(s, area)]
            big = max(seats, key=_majority)
            for party in ("Con", "Lab", "LD", "SNP"):
                shares = sorted(
                    ((s.share(party), s) for s in seats if s.votes(party)),
                    key=lambda t: t[0],
                    reverse=True,
                )
                if not _untied_top(shares) or big is shares[0][1] or big is shares[1][1]:
                    continue
                for true, (x, s) in ((True, shares[0]), (False, shares[1])):
                    sentence = (
                        f"{big.name} returned the largest majority in {AREA[area]}, and "
                        f"{_possessive(PARTY[party][0])} best share was in {s.name}, at "
                        f"{x * 100:.1f} per cent."
                    )
                    cases.append((true, _story(year, sentence), sentence))
    assert len(cases) >= 20
    _check(cases, store_path)


def test_coordinated_superlative_keeps_the_area(store_path: Any) -> None:
    """ "The narrowest result in AREA was S1, where W won by N votes, and the largest
    majority was in S2": the second ranks in the area the first named. The largest majority
    of the area is true; the area's second-largest is caught even where it tops its own
    region or nation. (Without the "where" clause the two superlatives fall within one rule
    match and the second is not read at all: a limit, not a wrong verdict.)"""
    cases: list[tuple[bool, str, str]] = []
    for year in (2010, 2015, 2019, 2024):
        res = general(year).values()
        for area in ("UK", "England", "Scotland", "Wales"):
            seats = [s for s in res if _in(s, area)]
            by_maj = sorted(((_majority(s), s) for s in seats), key=lambda t: t[0])
            if by_maj[0][0] == by_maj[1][0] or not _untied_top(by_maj[::-1]):
                continue
            where = "the country" if area == "UK" else area
            for true, (_, s) in ((True, by_maj[-1]), (False, by_maj[-2])):
                first = by_maj[0][1]
                sentence = (
                    f"The narrowest result in {where} was {first.name}, where "
                    f"{first.ranked()[0].name} won by {by_maj[0][0]:,} votes, and the largest "
                    f"majority was in {s.name}."
                )
                cases.append((true, _story(year, sentence), sentence))
    assert len(cases) >= 12
    _check(cases, store_path)
