"""The claim checker swept over the phrasings coverage uses for the 1918-2005 SERIES.

The other sweeps hold the general elections of 2010-2024 seat by seat; the history claims of
real copy ("their most seats since 1935", "Labour held Leigh at every election from 1922 until
2017", "the two main parties took 89 per cent between them", "won 44 of the 71 seats in
Scotland", "the Liberals were second in 80 seats") are about the CBP-8647 series of 1918-2005.
Seven families, each with at least eight phrasings taken from published coverage (the source of
each is named next to it), filled with values computed independently from the raw CBP-8647 CSV
(``tests/claims_corpus/_raw.py``: the csv module, never psephos code) for a fixed-seed sample of
elections, areas, parties and seats:

- ``series_seats``: a party's seats at one election, in the UK, a nation or a region;
- ``series_share``: its share of the votes (votes / all votes in the area's rows);
- ``since``: "the most (fewest) seats since Y", "the highest (lowest) share since Y" in the UK,
  where Y is the last earlier election with at least as many (as few);
- ``every_since``: a seat won by the same party at every election from Y to Z (seats under
  a name the 2010-2024 files still use, so that copy would name them so);
- ``between_them``: two parties' seats or share together;
- ``out_of``: "won N of the M seats in AREA";
- ``placings``: "second in N seats" (the party group with the second-most votes in a row).

Seats are counted only where the series has no two-member seats (1950-2005), one seat per row,
won by the party group with the most votes (or holding an unopposed return's sentinel); the
groups are the file's (con, lab, lib, natSW; 'oth' is never claimed). The Liberals are named
"the Liberals" to 1979, "the Alliance" in 1983 and 1987 and "the Liberal Democrats" from 1992;
natSW is "the SNP" in Scotland and "Plaid Cymru" in Wales.

Every phrasing is used true and perturbed: seat and placing counts +2 and a quarter, shares
five points, a "since" year moved to an election it contradicts (a later one that had fewer, or
an earlier one past an election that had more), an "every election from Y" moved back to the
previous election, which another party won. A sentence answers to the checker claims whose span
overlaps it (a perturbed one: the perturbed figure's span), as in ``shared/tools/score_claims.py``.

The bars are those of the other sweeps: a true sentence is never ``contradicted`` (nor anything
outside the sentences), a perturbed one never ``supported``; the rates of true sentences found
and supported and of perturbed ones caught stay above floors measured on this checker.
``python -m tests.test_claims_sweep_series`` prints the rates per family and per phrasing
(``-v``: failing sentences). Classes failing a hard bar are strict xfails naming the class
(``OPEN``, ``OPEN_PERTURBED``).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests._sweeps import stats, tally
from tests._sweeps import stray as stray_of
from tests.claims_corpus._raw import ELECTIONS as ALL_ELECTIONS
from tests.claims_corpus._raw import GE_PARLIAMENT, HistRow, general, history
from tests.test_claims_sweep import Sentence
from tests.test_claims_sweep_phrasing import family_cases, print_rates
from tests.test_claims_sweep_wide import _compose

SEED = 20261130
SHARE_ELECTIONS = tuple(e for e in ALL_ELECTIONS if "1918" <= e <= "2005")
SEAT_ELECTIONS = tuple(e for e in SHARE_ELECTIONS if e >= "1950")  # no two-member seats
PER_FAMILY = 40  # sentences per family: each phrasing used about five times
PARTIES = ("con", "lab", "lib", "natSW")
ELECTION_WORDS = {"1974F": "February 1974", "1974O": "October 1974"}

C = dict[str, Any]


@dataclass(frozen=True)
class Phrasing:
    family: str
    pid: str
    make: Callable[[C], str | None]
    source: str


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


# --- the series, read independently --------------------------------------------------------


def _region(h: HistRow) -> str:
    """The file spells Yorkshire three ways; one name per area."""
    return h.country.replace("&", "and").replace("The Humber", "the Humber")


#: How copy names the areas of the series.
AREA = {
    "UK": "the UK",
    "Scotland": "Scotland",
    "Wales": "Wales",
    "Northern Ireland": "Northern Ireland",
    "London": "London",
    "North East": "the North East",
    "North West": "the North West",
    "Yorkshire and the Humber": "Yorkshire and the Humber",
    "East Midlands": "the East Midlands",
    "West Midlands": "the West Midlands",
    "Eastern": "the East of England",
    "South East": "the South East",
    "South West": "the South West",
}


def _rows(e: str, area: str = "UK") -> list[HistRow]:
    return [h for h in history() if h.election == e and (area == "UK" or _region(h) == area)]


@cache
def seats_won(e: str, area: str = "UK") -> Counter[str]:
    """Seats by party group (single-member rows; 1950-2005 only have those)."""
    return Counter(h.winner for h in _rows(e, area) if h.total or h.unopposed)


@cache
def share(e: str, p: str, area: str = "UK") -> float:
    rows = _rows(e, area)
    total = sum(h.total or sum(h.votes.values()) for h in rows)  # six rows have a blank total
    return sum(h.votes[p] for h in rows) / total if total else 0.0


@cache
def seconds(e: str, area: str = "UK") -> Counter[str]:
    """Per party group, the contested rows where it had the second-most votes (no ties)."""
    out: Counter[str] = Counter()
    for h in _rows(e, area):
        v = sorted(((n, p) for p, n in h.votes.items() if n > 0), reverse=True)
        if h.total and len(v) >= 2 and v[0][0] != v[1][0] and (len(v) < 3 or v[1][0] != v[2][0]):
            out[v[1][1]] += 1
    return out


def party_name(p: str, e: str, area: str = "UK") -> str | None:
    if p == "con":
        return "the Conservatives"
    if p == "lab":
        return "Labour"
    if p == "lib":
        return "the Liberals" if e < "1983" else "the Alliance" if e < "1992" else (
            "the Liberal Democrats")  # fmt: skip
    if p == "natSW" and area in ("Scotland", "Wales"):
        return "the SNP" if area == "Scotland" else "Plaid Cymru"
    return None


def party_adj(p: str, e: str, area: str = "UK") -> str | None:
    n = party_name(p, e, area)
    adj = {"the Conservatives": "Conservative", "the Liberals": "Liberal",
           "the Alliance": "Alliance", "the Liberal Democrats": "Liberal Democrat",
           "the SNP": "SNP"}  # fmt: skip
    return None if n is None else adj.get(n, n)


def poss(n: str) -> str:
    return n + ("'" if n.endswith("s") else "'s")


def year(e: str) -> str:
    return ELECTION_WORDS.get(e, e)


def where(area: str) -> str:
    return "across the UK" if area == "UK" else f"in {AREA[area]}"


def _areas(e: str) -> list[str]:
    """The UK and its nations and regions, less Northern Ireland, whose unionists the series
    counts as 'con' (copy names them the Ulster Unionists)."""
    return ["UK", *sorted({_region(h) for h in _rows(e)} & set(AREA) - {"Northern Ireland"})]


def _moved_count(n: int) -> int:
    return n + 2 + n // 4


def _moved_share(x: float) -> float:
    return x + 0.05 if x < 0.5 else x - 0.05


# --- the phrasings ---------------------------------------------------------------------------
# Sources (real coverage in the project's stored pages; the wording, not the sentence):
BBC51 = "BBC News, Politics 97 background, '25 October 1951' (seats and shares by party)"
LIB45 = "Liberal History, 'On this day 5 July 1945' ('only returned 12 MPs')"
GUERN = "Guernsey Press (PA), 6 Jul 2024, 'General Election in numbers: records broken'"
CHRON = "Chronicle Live, 'North East Labour and Conservative seats' (Electoral Reform Society)"
JUICE = "Juice Liverpool, Jul 2024 ('each secured four seats', 'taking its total to 27')"
BALLOT = "ballotbox.scot, 'GE19 - The Headline Results' ('Scotland's 59 seats split as follows')"
EPOCH = "The Epoch Times, Jul 2024 ('winning 412 of 650 seats')"
HOCL = "House of Commons Library, 'UK General Election results: Social Indicators page'"
FRY = "G. K. Fry on 1955 ('obtained 49.7 per cent of the poll ... the highest ... since 1935')"
UPI51 = "UPI, 26 Oct 1951, 'Churchill wins majority' ('Labor 12,958,713 or 49 per cent')"
ALLI = "Discovery (R Discovery), 'The Alliance and Others' ('winning 26% of the vote')"
TRUTH = "TruthUSA, Jul 2024 ('with only 33.8 percent of the vote share')"
VOB = "Vision of Britain, '1945 General Election' ('close to an absolute majority of all votes')"
BEEB83 = "BBC Beebfax 1983 ('the largest such percentage for any third party since 1923')"
KIWI = "Kiwiblog, Dec 2019, 'UK Labour's worst result since 1935'"
GUARD24 = "The Guardian, Jun 2024, 'Tories and Labour on course for lowest share since 1945'"
IRISH24 = "The Irish Times, 5 Jul 2024, 'Liberal Democrats record their best result'"
PA19 = "PA via Belfast Telegraph, Dec 2019, 'Which historic Labour seats could be at risk'"
PROSP = "Prospect, 1 Jul 2024, 'Neither Labour nor the Tories will get many votes'"
DELTA = "Al Arabiya, 6 Jul 2024 (Deltapoll: 'combined share of the vote, that was 56 percent')"
BUZZ = "BuzzFeed News, May 2017, 'Why two-party politics is making a comeback'"
WEBER = "Weber Shandwick Scotland, 13 Dec 2019 ('winning 48 of 59 seats')"
DATANA = "Wikipedia mirror, '2019 general election in Scotland' ('won 48 out of 59 seats')"
MACAU = "Macau Daily Times on 1955 ('won 324 out of a total of 630 seats')"
POLIT = "Politico Europe, Jul 2024 ('placed second in more than 100 other constituencies')"
SDP = "stringtranslate mirror, 'SDP-Liberal Alliance' ('came second in many constituencies')"
HOCL24 = "House of Commons Library, '2024 general election: performance of Reform and the Greens'"
UKIP15 = "Stand Up To UKIP, 'UKIP: Election Analysis' (second places)"


def _ph(family: str, pid: str, source: str) -> Callable[[Callable[[C], str | None]], Phrasing]:
    def make(fn: Callable[[C], str | None]) -> Phrasing:
        return Phrasing(family, pid, fn, source)

    return make


PHRASINGS: list[Phrasing] = [
    # series_seats: c = E (year words), P, Padj, W (where), N
    _ph("series_seats", "won N seats", BBC51)(
        lambda c: f"At the {c['E']} general election, {c['P']} won {c['N']} seats {c['W']}."
    ),
    _ph("series_seats", "returned N MPs", LIB45)(
        lambda c: f"{cap(c['P'])} returned {c['N']} MPs {c['W']} at the {c['E']} election."
    ),
    _ph("series_seats", "N PADJ MPs were elected", GUERN)(
        lambda c: f"A total of {c['N']} {c['Padj']} MPs were elected {c['W']} in {c['E']}."
    ),
    _ph("series_seats", "won in N constituencies", CHRON)(
        lambda c: f"In {c['E']}, {c['P']} won in {c['N']} constituencies {c['W']}."
    ),
    _ph("series_seats", "finished with a total of N", JUICE)(
        lambda c: (
            f"{cap(c['P'])} finished the {c['E']} election with a total of {c['N']} seats {c['W']}."
        )
    ),
    _ph("series_seats", "secured N seats", JUICE)(
        lambda c: f"{cap(c['P'])} secured {c['N']} seats {c['W']} in {c['E']}."
    ),
    _ph("series_seats", "N seats went to", BALLOT)(
        lambda c: f"In {c['E']}, {c['N']} seats {c['W']} went to {c['P']}."
    ),
    _ph("series_seats", "took N seats", EPOCH)(
        lambda c: f"{cap(c['P'])} took {c['N']} seats {c['W']} at the {c['E']} general election."
    ),
    # series_share: c = E, P, Pposs, W, V
    _ph("series_share", "won V% of the vote", BBC51)(
        lambda c: f"At the {c['E']} general election, {c['P']} won {c['V']}% of the vote {c['W']}."
    ),
    _ph("series_share", "polled V per cent", HOCL)(
        lambda c: f"In {c['E']}, {c['P']} polled {c['V']} per cent {c['W']}."
    ),
    _ph("series_share", "took V per cent of the vote", ALLI)(
        lambda c: f"{cap(c['P'])} took {c['V']} per cent of the vote {c['W']} in {c['E']}."
    ),
    _ph("series_share", "a vote share of V%", TRUTH)(
        lambda c: f"{cap(c['P'])} won a vote share of {c['V']}% {c['W']} at the {c['E']} election."
    ),
    _ph("series_share", "obtained V per cent of the poll", FRY)(
        lambda c: f"In {c['E']}, {c['P']} obtained {c['V']} per cent of the poll {c['W']}."
    ),
    _ph("series_share", "V per cent of all votes", VOB)(
        lambda c: f"{cap(c['P'])} won {c['V']} per cent of all votes {c['W']} in {c['E']}."
    ),
    _ph("series_share", "received V per cent of the votes cast", UPI51)(
        lambda c: (
            f"{cap(c['P'])} received {c['V']} per cent of the votes cast {c['W']} at "
            f"the {c['E']} general election."
        )
    ),
    _ph("series_share", "Pposs share was V per cent", FRY)(
        lambda c: f"{cap(c['Pposs'])} share of the vote {c['W']} in {c['E']} was {c['V']} per cent."
    ),
    # since: c = E, P, Pposs, what ('seats'/'share'), up (most/highest), X (the figure), Y
    _ph("since", "N seats, their most since Y", HOCL)(
        lambda c: (
            None
            if c["what"] != "seats"
            else (
                f"In {c['E']}, {c['P']} won {c['X']} seats, their "
                f"{'most' if c['up'] else 'fewest'} since {c['Y']}."
            )
        )  # fmt: skip
    ),
    _ph("since", "best/worst result since Y", KIWI)(
        lambda c: (
            None
            if c["what"] != "seats"
            else (
                f"{cap(c['Pposs'])} {c['X']} seats in {c['E']} were "
                f"{'its best' if c['up'] else 'its worst'} result since {c['Y']}."
            )
        )  # fmt: skip
    ),
    _ph("since", "not since Y had P won as many", GUERN)(
        lambda c: (
            None
            if c["what"] != "seats"
            else (
                f"Not since {c['Y']} had {c['P']} won as {'many' if c['up'] else 'few'} seats as the "
                f"{c['X']} they took in {c['E']}."
            )
        )  # fmt: skip
    ),
    _ph("since", "fewest / most MPs since Y", GUERN)(
        lambda c: (
            None
            if c["what"] != "seats"
            else (
                f"{cap(c['P'])} {'rose' if c['up'] else 'were reduced'} to {c['X']} MPs in "
                f"{c['E']}, the {'most' if c['up'] else 'fewest'} since {c['Y']}."
            )
        )  # fmt: skip
    ),
    _ph("since", "highest / lowest share since Y", FRY)(
        lambda c: (
            None
            if c["what"] != "share"
            else (
                f"{cap(c['Pposs'])} {c['X']} per cent in {c['E']} was its "
                f"{'highest' if c['up'] else 'lowest'} share since {c['Y']}."
            )
        )  # fmt: skip
    ),
    _ph("since", "the largest percentage since Y", BEEB83)(
        lambda c: (
            None
            if c["what"] != "share"
            else (
                f"{cap(c['P'])} polled {c['X']}% in {c['E']}, the "
                f"{'largest' if c['up'] else 'smallest'} percentage for the party since the "
                f"{c['Y']} general election."
            )
        )  # fmt: skip
    ),
    _ph("since", "lowest / best share of the vote since Y", GUARD24)(
        lambda c: (
            None
            if c["what"] != "share"
            else (
                f"At the {c['E']} election {c['P']} took {c['X']} per cent, "
                f"{'their best' if c['up'] else 'their lowest'} share of the vote since {c['Y']}."
            )
        )  # fmt: skip
    ),
    _ph("since", "best result for more than ... since Y", IRISH24)(
        lambda c: (
            f"{cap(c['P'])} recorded their {'best' if c['up'] else 'worst'} result since "
            f"{c['Y']} in {c['E']}, with {c['X']}"
            + (" seats." if c["what"] == "seats" else " per cent of the vote.")
        )
    ),
    # every_since: c = S seat, P, Padj, Y, Z
    _ph("every_since", "won S at every election from Y to Z", PA19)(
        lambda c: f"{cap(c['P'])} won {c['S']} at every general election from {c['Y']} to {c['Z']}."
    ),
    _ph("every_since", "held S continuously from Y until Z", PA19)(
        lambda c: f"{cap(c['P'])} held {c['S']} continuously from {c['Y']} until {c['Z']}."
    ),
    _ph("every_since", "returned a PADJ MP at every election between Y and Z", CHRON)(
        lambda c: (
            f"{c['S']} returned a {c['Padj']} MP at every general election between "
            f"{c['Y']} and {c['Z']}."
        )
    ),
    _ph("every_since", "held without a break from Y to Z", PA19)(
        lambda c: f"{cap(c['P'])} held {c['S']} without a break from {c['Y']} to {c['Z']}."
    ),
    _ph("every_since", "won S in Y and held it at every election until Z", CHRON)(
        lambda c: (
            f"{cap(c['P'])} won {c['S']} in {c['Y']} and held it at every election until {c['Z']}."
        )
    ),
    _ph("every_since", "S stayed PADJ at every election from Y to Z", CHRON)(
        lambda c: (
            f"{c['S']} stayed {c['Padj']} at every general election from {c['Y']} to {c['Z']}."
        )
    ),
    _ph("every_since", "held by P without interruption from Y to Z", PA19)(
        lambda c: f"{c['S']} was held by {c['P']} without interruption from {c['Y']} to {c['Z']}."
    ),
    _ph("every_since", "S backed P at every election from Y through to Z", CHRON)(
        lambda c: (
            f"{c['S']} backed {c['P']} at every general election from {c['Y']} through to {c['Z']}."
        )
    ),
    # between_them: c = E, P1, P2, W, what, X, main (con+lab)
    _ph("between_them", "won N seats between them", PROSP)(
        lambda c: (
            None
            if c["what"] != "seats"
            else (f"In {c['E']}, {c['P1']} and {c['P2']} won {c['X']} seats between them {c['W']}.")
        )  # fmt: skip
    ),
    _ph("between_them", "a combined share of V per cent", BUZZ)(
        lambda c: (
            None
            if c["what"] != "share"
            else (
                f"{cap(c['P1'])} and {c['P2']} had a combined share of {c['X']} per cent {c['W']} "
                f"at the {c['E']} election."
            )
        )  # fmt: skip
    ),
    _ph("between_them", "between them took V% of the vote", PROSP)(
        lambda c: (
            None
            if c["what"] != "share"
            else (
                f"{cap(c['P1'])} and {c['P2']} between them took {c['X']}% of the vote {c['W']} "
                f"in {c['E']}."
            )
        )  # fmt: skip
    ),
    _ph("between_them", "together won N seats", PROSP)(
        lambda c: (
            None
            if c["what"] != "seats"
            else (f"{cap(c['P1'])} and {c['P2']} together won {c['X']} seats {c['W']} in {c['E']}.")
        )  # fmt: skip
    ),
    _ph("between_them", "their combined vote share was V%", DELTA)(
        lambda c: (
            None
            if c["what"] != "share"
            else (
                f"At the {c['E']} general election the combined vote share of {c['P1']} and "
                f"{c['P2']} {c['W']} was {c['X']}%."
            )
        )  # fmt: skip
    ),
    _ph("between_them", "the two main parties took V per cent", GUARD24)(
        lambda c: (
            None
            if c["what"] != "share" or not c["main"]
            else (f"The two main parties took {c['X']} per cent of the vote {c['W']} in {c['E']}.")
        )  # fmt: skip
    ),
    _ph("between_them", "shared N seats", PROSP)(
        lambda c: (
            None
            if c["what"] != "seats"
            else (
                f"{cap(c['P1'])} and {c['P2']} shared {c['X']} seats {c['W']} at the {c['E']} "
                "election."
            )
        )  # fmt: skip
    ),
    _ph("between_them", "N seats went to P1 and P2 between them", PROSP)(
        lambda c: (
            None
            if c["what"] != "seats"
            else (
                f"In {c['E']}, {c['X']} seats {c['W']} went to {c['P1']} and {c['P2']} between them."
            )
        )  # fmt: skip
    ),
    # out_of: c = E, P, Padj, A (area words), N, M
    _ph("out_of", "won N of the M seats in A", WEBER)(
        lambda c: f"In {c['E']}, {c['P']} won {c['N']} of the {c['M']} seats in {c['A']}."
    ),
    _ph("out_of", "took N of A's M seats", BALLOT)(
        lambda c: (
            f"{cap(c['P'])} took {c['N']} of {poss(c['A'])} {c['M']} seats at the "
            f"{c['E']} general election."
        )
    ),
    _ph("out_of", "N out of M seats", DATANA)(
        lambda c: (
            f"At the {c['E']} election {c['P']} won {c['N']} out of {c['M']} seats in {c['A']}."
        )
    ),
    _ph("out_of", "held N of the M constituencies", PA19)(
        lambda c: (
            f"After the {c['E']} election {c['P']} held {c['N']} of the {c['M']} "
            f"constituencies in {c['A']}."
        )
    ),
    _ph("out_of", "won N seats out of a total of M", MACAU)(
        lambda c: (
            f"In {c['A']}, {c['P']} won {c['N']} seats out of a total of {c['M']} in {c['E']}."
        )
    ),
    _ph("out_of", "N of A's M MPs were PADJ", GUERN)(
        lambda c: f"{c['N']} of {poss(c['A'])} {c['M']} MPs elected in {c['E']} were {c['Padj']}."
    ),
    _ph("out_of", "winning N of M seats", EPOCH)(
        lambda c: f"{cap(c['P'])} swept {c['A']} in {c['E']}, winning {c['N']} of {c['M']} seats."
    ),
    _ph("out_of", "carried N of the M constituencies", CHRON)(
        lambda c: (
            f"{cap(c['P'])} carried {c['N']} of the {c['M']} constituencies in {c['A']} "
            f"at the {c['E']} general election."
        )
    ),
    # placings: c = E, P, W, N
    _ph("placings", "finished second in N seats", POLIT)(
        lambda c: (
            f"At the {c['E']} general election {c['P']} finished second in {c['N']} seats {c['W']}."
        )
    ),
    _ph("placings", "came second in N constituencies", SDP)(
        lambda c: f"{cap(c['P'])} came second in {c['N']} constituencies {c['W']} in {c['E']}."
    ),
    _ph("placings", "were runners-up in N seats", UKIP15)(
        lambda c: f"In {c['E']}, {c['P']} were runners-up in {c['N']} seats {c['W']}."
    ),
    _ph("placings", "recorded N second places", HOCL24)(
        lambda c: (
            f"{cap(c['P'])} recorded {c['N']} second places {c['W']} at the {c['E']} election."
        )
    ),
    _ph("placings", "placed second in N seats", POLIT)(
        lambda c: f"{cap(c['P'])} placed second in {c['N']} seats {c['W']} in {c['E']}."
    ),
    _ph("placings", "second place in N constituencies", UKIP15)(
        lambda c: f"In {c['E']}, {c['P']} took second place in {c['N']} constituencies {c['W']}."
    ),
    _ph("placings", "there were N seats where P came second", SDP)(
        lambda c: (
            f"There were {c['N']} seats {c['W']} where {c['P']} came second at the "
            f"{c['E']} general election."
        )
    ),
    _ph("placings", "P were second in N seats", HOCL24)(
        lambda c: f"{cap(c['P'])} were second in {c['N']} seats {c['W']} at the {c['E']} election."
    ),
]
FAMILIES = ("series_seats", "series_share", "since", "every_since", "between_them", "out_of",
            "placings")  # fmt: skip
BY_FAMILY: dict[str, list[Phrasing]] = {f: [p for p in PHRASINGS if p.family == f]
                                        for f in FAMILIES}  # fmt: skip


# --- values: one sample per family ------------------------------------------------------------


def _rng(family: str) -> random.Random:
    return random.Random(f"{SEED}-series-{family}")


def _seat_items(rng: random.Random) -> list[C]:
    out = []
    cands = [(e, a, p) for e in SEAT_ELECTIONS for a in _areas(e) for p in PARTIES
             if party_name(p, e, a) and seats_won(e, a)[p] > 0]  # fmt: skip
    for e, a, p in rng.sample(cands, min(len(cands), 3 * PER_FAMILY)):
        n = seats_won(e, a)[p]
        out.append({"E": year(e), "P": party_name(p, e, a), "Padj": party_adj(p, e, a),
                    "W": where(a), "true_N": n, "moved": {"N": _moved_count(n)}})  # fmt: skip
    return out


def _share_items(rng: random.Random) -> list[C]:
    cands = [(e, a, p) for e in SHARE_ELECTIONS for a in _areas(e) for p in PARTIES
             if party_name(p, e, a) and share(e, p, a) >= 0.02]  # fmt: skip
    out = []
    for e, a, p in rng.sample(cands, min(len(cands), 3 * PER_FAMILY)):
        x = share(e, p, a)
        name = str(party_name(p, e, a))
        out.append({"E": year(e), "P": name, "Pposs": poss(name), "W": where(a),
                    "V": _pct(x), "moved": {"V": _pct(_moved_share(x))}})  # fmt: skip
    return out


def _since_value(e: str, p: str, what: str) -> float:
    return float(seats_won(e)[p]) if what == "seats" else share(e, p)


def _since_items(rng: random.Random) -> list[C]:
    """A party's UK seats (1950-2005, looking back no further than 1950) or share (1918-2005)
    against its record: Y the last earlier election at least as high (low); the perturbed year
    a later election that was lower (higher), or an earlier one past Y."""
    out = []
    for what, elections in (("seats", SEAT_ELECTIONS), ("share", SHARE_ELECTIONS)):
        for e in elections[1:]:
            for p in ("con", "lab", "lib"):
                x = _since_value(e, p, what)
                before = [b for b in elections if b < e]
                for up in (True, False):
                    ok = [b for b in before if (_since_value(b, p, what) >= x if up
                                                else _since_value(b, p, what) <= x)]  # fmt: skip
                    if not ok or x == 0:
                        continue
                    y = ok[-1]
                    if y == before[-1]:
                        continue  # copy says "the most since" only past the last election
                    later = [b for b in before if b > y]
                    earlier = [b for b in before if b < y]
                    wrong = later[-1] if later else (earlier[-1] if earlier else None)
                    if wrong is None:
                        continue
                    name = str(party_name(p, e))
                    shown = str(int(x)) if what == "seats" else _pct(x)
                    out.append({"E": year(e), "P": name, "Pposs": poss(name), "what": what,
                                "up": up, "X": shown, "Y": year(y),
                                "moved": {"Y": year(wrong)}})  # fmt: skip
    seats = [c for c in out if c["what"] == "seats"]
    shares = [c for c in out if c["what"] == "share"]
    rng.shuffle(seats)
    rng.shuffle(shares)
    # alternate the two, so that the seat-only phrasings get their share of the sentences
    mixed = [c for pair in zip(seats, shares, strict=False) for c in pair]
    n = len(mixed) // 2
    return mixed + seats[n:] + shares[n:]


@cache
def _modern_names() -> dict[str, str]:
    """Seat names the 2010-2024 files use, keyed on a folded form (case, '&' and 'and')."""

    def fold(n: str) -> str:
        return re.sub(r"\s+", " ", n.lower().replace("&", "and").replace(",", "")).strip()

    out = {}
    for y in GE_PARLIAMENT:
        for n in general(y):
            out[fold(n)] = n
    return {k: v for k, v in out.items() if "(" not in v}


def _every_items(rng: random.Random) -> list[C]:
    """Runs of one winner in a seat under one name: Y to Z within 1918-2005, with the election
    before Y won by another party (the perturbed start)."""
    names = _modern_names()
    by_seat: dict[str, list[HistRow]] = defaultdict(list)
    for h in history():
        if h.seats == 1 and "1918" <= h.election <= "2005" and h.election in ALL_ELECTIONS:
            by_seat[h.name].append(h)
    out = []
    for name in sorted(by_seat):
        key = re.sub(r"\s+", " ", name.lower().replace("&", "and").replace(",", "")).strip()
        if key not in names:
            continue
        rows = sorted(by_seat[name], key=lambda h: ALL_ELECTIONS.index(h.election))
        es = [h.election for h in rows]
        for i in range(1, len(rows)):
            if rows[i].winner == rows[i - 1].winner or rows[i].winner == "oth":
                continue
            j = i
            while (
                j + 1 < len(rows)
                and rows[j + 1].winner == rows[i].winner
                and ALL_ELECTIONS.index(es[j + 1]) == ALL_ELECTIONS.index(es[j]) + 1
            ):
                j += 1  # fmt: skip
            contiguous = ALL_ELECTIONS.index(es[i]) == ALL_ELECTIONS.index(es[i - 1]) + 1
            if j - i >= 2 and contiguous:
                p = rows[i].winner
                area = _region(rows[i])
                pn = party_name(p, es[i], area)
                if pn is None or (p == "lib" and es[j] >= "1983"):
                    continue  # the party group's name changes within the run
                out.append({"S": names[key], "P": pn, "Padj": party_adj(p, es[i], area),
                            "Y": year(es[i]), "Z": year(es[j]),
                            "moved": {"Y": year(es[i - 1])}})  # fmt: skip
    return rng.sample(out, min(len(out), 3 * PER_FAMILY))


def _between_items(rng: random.Random) -> list[C]:
    out = []
    pairs = (("con", "lab"), ("con", "lib"), ("lab", "lib"))
    for e in SHARE_ELECTIONS:
        for a in _areas(e):
            for p1, p2 in pairs:
                n1, n2 = party_name(p1, e, a), party_name(p2, e, a)
                base = {"E": year(e), "P1": n1, "P2": n2, "W": where(a),
                        "main": (p1, p2) == ("con", "lab")}  # fmt: skip
                x = share(e, p1, a) + share(e, p2, a)
                if x > 0.1:
                    out.append(base | {"what": "share", "X": _pct(x),
                                       "moved": {"X": _pct(_moved_share(x))}})  # fmt: skip
                if e in SEAT_ELECTIONS:
                    n = seats_won(e, a)[p1] + seats_won(e, a)[p2]
                    if n > 0:
                        out.append(base | {"what": "seats", "X": str(n),
                                           "moved": {"X": str(_moved_count(n))}})  # fmt: skip
    return rng.sample(out, min(len(out), 3 * PER_FAMILY))


def _out_of_items(rng: random.Random) -> list[C]:
    cands = [(e, a, p) for e in SEAT_ELECTIONS for a in _areas(e) if a != "UK"
             for p in PARTIES if party_name(p, e, a) and seats_won(e, a)[p] > 0]  # fmt: skip
    out = []
    for e, a, p in rng.sample(cands, min(len(cands), 3 * PER_FAMILY)):
        n, m = seats_won(e, a)[p], len(_rows(e, a))
        moved = min(_moved_count(n), m) if _moved_count(n) <= m else n - 2 - n // 4
        if moved < 0 or moved == n:
            continue
        out.append({"E": year(e), "P": party_name(p, e, a), "Padj": party_adj(p, e, a),
                    "A": AREA[a], "N": n, "M": m, "moved": {"N": moved}})  # fmt: skip
    return out


def _placing_items(rng: random.Random) -> list[C]:
    cands = [(e, a, p) for e in SEAT_ELECTIONS for a in ("UK", "Scotland", "Wales")
             for p in PARTIES if party_name(p, e, a) and seconds(e, a)[p] > 0]  # fmt: skip
    out = []
    for e, a, p in rng.sample(cands, min(len(cands), 3 * PER_FAMILY)):
        n = seconds(e, a)[p]
        out.append({"E": year(e), "P": party_name(p, e, a), "W": where(a), "N": n,
                    "moved": {"N": _moved_count(n)}})  # fmt: skip
    return out


ITEMS: dict[str, Callable[[random.Random], list[C]]] = {
    "series_seats": lambda r: [c | {"N": c["true_N"]} for c in _seat_items(r)],
    "series_share": _share_items,
    "since": _since_items,
    "every_since": _every_items,
    "between_them": _between_items,
    "out_of": _out_of_items,
    "placings": _placing_items,
}


# --- the texts --------------------------------------------------------------------------------

Story = tuple[str, str, tuple[Sentence, ...], tuple[str, ...], tuple[tuple[int, int], ...]]


def _key_span(made: str, keys: list[str]) -> tuple[int, int] | None:
    for k in keys:
        m = list(re.finditer(rf"(?<![\w,.]){re.escape(k)}(?![\w]|[,.]\d)", made))
        if len(m) == 1:
            return m[0].start(), m[0].end()
    return None


@cache
def stories() -> tuple[Story, ...]:
    """One text per family: its sentences, each phrasing used in turn, every third use of a
    phrasing perturbed."""
    out: list[Story] = []
    for family in FAMILIES:
        phs = BY_FAMILY[family]
        used: Counter[str] = Counter()
        paragraphs: list[list[tuple[str, bool, str, str]]] = [[]]
        pids: list[str] = []
        spans: list[tuple[int, int] | None] = []
        for c in ITEMS[family](_rng(family)):
            if len(pids) >= PER_FAMILY:
                break
            for ph in sorted(phs, key=lambda ph: (used[ph.pid], phs.index(ph))):
                true = used[ph.pid] % 3 != 1
                filled = c if true else c | c["moved"]
                made = ph.make(filled)
                if made is None:
                    continue
                used[ph.pid] += 1
                if len(paragraphs[-1]) == 4:
                    paragraphs.append([])
                paragraphs[-1].append((family, true, made, family))
                pids.append(ph.pid)
                spans.append(None if true else _key_span(made, [str(v) for v in
                                                                c["moved"].values()]))  # fmt: skip
                break
        head = (f"Election history: {family.replace('_', ' ')}\n\n"
                "What the record of UK general elections from 1918 to 2005 shows.\n")  # fmt: skip
        text, sents = _compose(head, paragraphs)
        keys = tuple((s.start + sp[0], s.start + sp[1]) if sp else (s.start, s.end)
                     for s, sp in zip(sents, spans, strict=True))  # fmt: skip
        out.append((family, text, sents, tuple(pids), keys))
    return tuple(out)


def measure(db: Path | None = None) -> dict[str, Any]:
    """Check every text once; counts and failing sentences per family and per phrasing, and the
    contradictions outside every sentence."""
    from psephos.claims import check_text

    fam: dict[str, dict[str, Any]] = defaultdict(stats)
    phr: dict[tuple[str, str], dict[str, Any]] = defaultdict(stats)
    stray: list[str] = []
    for name, text, sents, pids, keys in stories():
        claims = check_text(text, db=db).to_dict()["claims"]
        tally(fam, phr, claims, sents, pids, keys)
        stray += stray_of(claims, sents, name)
    return {"families": dict(fam), "phrasings": dict(phr), "stray": stray}


#: Floors: the rates measured on the checker of this branch (python -m
#: tests.test_claims_sweep_series, 30 Nov 2026 ~23:10 UTC, before the checker engineers' merge),
#: less about five points (one sentence is four points of a family's 24 true ones).
FLOORS: dict[str, dict[str, float]] = {
    # caught after the safeguard (round 7): series_seats 5/16 = 31.3, out_of 10/16 = 62.5
    "series_seats": {"found": 0.58, "right": 0.41, "caught": 0.29},  # 62.5 / 45.8 / 31.3
    "series_share": {"found": 0.58, "right": 0.54, "caught": 0.37},  # 62.5 / 58.3 / 43.8
    "since": {"found": 0.82, "right": 0.37, "caught": 0.31},  # 87.5 / 41.7 / 37.5
    "every_since": {"found": 0.70, "right": 0.04, "caught": 0.0},  # 75.0 / 8.3 / 0.0
    "between_them": {"found": 0.49, "right": 0.0, "caught": 0.27},  # 53.6 / 0.0 / 33.3
    "out_of": {"found": 0.66, "right": 0.50, "caught": 0.60},  # 70.8 / 54.2 / 62.5
    # placings re-measured 23:45 UTC with the series placing count (analysis/placings.py)
    "placings": {"found": 0.82, "right": 0.41, "caught": 0.56},  # 87.5 / 45.8 / 62.5
}

#: family -> the class of failure still open (strict xfails: the mark must go when fixed).
OPEN: dict[str, str] = {}
OPEN_PERTURBED: dict[str, str] = {}


def _cases(open_: dict[str, str]) -> list[Any]:
    return family_cases(open_, FAMILIES)


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_every_family_has_eight_phrasings_each_used_true_and_perturbed() -> None:
    true: Counter[tuple[str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    for _, text, sents, pids, keys in stories():
        assert all(text[s.start : s.end] == s.text for s in sents)
        assert all(s.start <= a < b <= s.end for s, (a, b) in zip(sents, keys, strict=True))
        for s, pid in zip(sents, pids, strict=True):
            (true if s.true else false)[s.family, pid] += 1
    for family in FAMILIES:
        assert len({p.pid for p in BY_FAMILY[family]}) == len(BY_FAMILY[family]) >= 8, family
        for ph in BY_FAMILY[family]:
            assert true[family, ph.pid] >= 2 and false[family, ph.pid] >= 1, (family, ph.pid)


def test_the_sample_spans_the_series() -> None:
    years = {m for _, text, *_ in stories() for m in re.findall(r"\b(19\d\d|200[15])\b", text)}
    assert len(years) >= 15 and min(years) <= "1924" and max(years) >= "2001", sorted(years)


@pytest.mark.parametrize("family", _cases(OPEN))
def test_true_claims_are_never_contradicted(results: dict[str, Any], family: str) -> None:
    wrong = results["families"][family]["wrong"]
    assert not wrong, f"{len(wrong)} true {family} claims contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, Any]) -> None:
    assert not results["stray"], results["stray"][:5]


@pytest.mark.parametrize("family", _cases(OPEN_PERTURBED))
def test_perturbed_claims_are_never_supported(results: dict[str, Any], family: str) -> None:
    passed = results["families"][family]["passed"]
    assert not passed, f"{len(passed)} perturbed {family} claims supported, e.g. {passed[:3]}"


@pytest.mark.parametrize("family", FAMILIES)
def test_rates_stay_above_the_measured_floors(results: dict[str, Any], family: str) -> None:
    st, floor = results["families"][family], FLOORS[family]
    assert st["true"] >= 20 and st["false"] >= 8, st  # every family is exercised
    assert st["found"] / st["true"] >= floor["found"], st
    assert st["right"] / st["true"] >= floor["right"], st
    assert st["caught"] / st["false"] >= floor["caught"], st


def print_table(res: dict[str, Any], show: bool) -> None:
    """The rates per family, then per phrasing; failing sentences with ``show``."""
    print_rates(res, show, {f: BY_FAMILY[f] for f in FAMILIES}, 56)


def main(argv: list[str]) -> int:
    """Print the measured rates per family and per phrasing (-v: failing sentences)."""
    import time

    t0 = time.perf_counter()
    if "--text" in argv:
        for _, text, *_ in stories():
            print(text)
        return 0
    print_table(measure(), "-v" in argv)
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
