"""Round 9 (WRONG): classes of TRUE claims a held-out batch saw called false, each tested as
a class over seats, elections and areas. Every value comes from the raw official CSVs through
``tests/claims_corpus/_raw.py`` (never psephos code); the sentences are invented.

A true sentence is never ``contradicted`` (most are ``supported``); its false twin (a figure
changed) is still caught where the class is read (a tenth may be left uncertain).
"""

from __future__ import annotations

from typing import Any

from tests.claims_corpus._raw import general, totals
from tests.test_claims_round7b_b import _check
from tests.test_claims_sweep import PARTY

# --- 1. a seat won back, the earlier loss named with its year ---------------------------------

#: "won back ... lost in YEAR, by N": the loss's year and verb are not the claim's
_WON_BACK = (
    "In {seat} {party} won back the seat they lost in {lost}, by {n:,}.",
    "{Party} took back {seat}, lost in {lost}, by {n:,} votes.",
    "{Party} regained {seat}, the seat it had lost in {lost}, by {n:,}.",
    "{Party} won back {seat}, which they lost to {loser} in {lost}, by {n:,}.",
    "At {seat}, {party} recaptured the seat that they had lost in {lost} by {n:,} votes.",
)


def _regains() -> list[tuple[int, int, str, str, str, int]]:
    """(year, year lost, seat, winner, loser, majority): seats a party gained at a general
    election from the party that had gained them from it at the one before (PSEPH
    constituencies.csv 'result' column at both elections, same boundaries 2010-2019)."""
    out = []
    for prev, year in ((2010, 2015), (2015, 2017), (2017, 2019)):
        before = general(prev)
        for name, s in sorted(general(year).items()):
            old = before.get(name)
            if old is None or " gain from " not in s.result or " gain from " not in old.result:
                continue
            if s.first == old.second and s.second == old.first and s.first in PARTY:
                out.append((year, prev, name, s.first, s.second, s.majority))
    return out


def test_won_back_the_seat_lost_in_a_named_year(store_path: Any) -> None:
    """The majority after "by" is the story's election's (the winner's first minus second,
    constituencies.csv 'majority'); 1,000 more is false."""
    regains = _regains()
    assert len(regains) >= 20
    cases = []
    for i, (year, prev, seat, winner, loser, maj) in enumerate(regains):
        party = PARTY[winner][0]
        for true, n in ((True, maj), (False, maj + 1_000)):
            sent = _WON_BACK[i % len(_WON_BACK)].format(
                seat=seat,
                party=party,
                Party=party[0].upper() + party[1:],
                loser=PARTY.get(loser, ("the other side",))[0],
                lost=prev,
                n=n,
            )
            text = f"The {year} general election\n\nResults of the {year} election.\n\n{sent}\n"
            cases.append((true, text, sent))
    _check(cases, store_path, supported=True)


# --- 3. a turnout "from X (to Y)": each figure its own election's -------------------------------

_AREAS = (
    ("England", None),
    ("Scotland", None),
    ("Wales", None),
    ("Northern Ireland", None),
    (None, "North East"),
    (None, "London"),
    (None, "South West"),
    (None, "Yorkshire and The Humber"),
)
_FROM_TO = (
    "Turnout across {a} {moved} from {x:.1f} per cent to {y:.1f} per cent.",
    "Turnout in {a} was {updown} from {x:.1f} per cent.",
    "Turnout in {a}, {updown} from {x:.1f} per cent, was {y:.1f} per cent.",
    "Turnout across {a} {moved} from {x:.1f} per cent in {prev} to {y:.1f} per cent.",
    "In {a} turnout was {cut} to {y:.1f} per cent from {x:.1f} per cent.",
)


def _turnout(year: int, country: str | None, region: str | None) -> float:
    """Valid votes over electorate summed over the area's seats (PSEPH constituencies.csv
    columns 'valid votes' and 'electorate'), in per cent."""
    t = totals(year, country=country, region=region)
    return 100 * t["_valid"] / t["_electorate"]


def test_turnout_from_one_election_to_the_next(store_path: Any) -> None:
    """The figure after "from" is the previous general election's, the one after "to" the
    story's; the "from" figure two points off is false."""
    cases = []
    for i, ((country, region), (prev, year)) in enumerate(
        (a, p) for a in _AREAS for p in ((2010, 2015), (2015, 2017), (2017, 2019), (2019, 2024))
    ):
        x, y = _turnout(prev, country, region), _turnout(year, country, region)
        up = y > x
        for true, xs in ((True, x), (False, x + 2.0)):
            a = country or (
                region if region in ("London", "Yorkshire and The Humber") else f"the {region}"
            )
            sent = _FROM_TO[i % len(_FROM_TO)].format(
                a=a,
                x=xs,
                y=y,
                prev=prev,
                moved="rose" if up else "fell",
                cut="raised" if up else "cut",
                updown="up" if up else "down",
            )
            text = (
                f"The {year} general election\n\nHow the {year} general election went.\n\n{sent}\n"
            )
            cases.append((true, text, sent))
    _check(cases, store_path)
