"""Seats and parties named as they were at a 1918-2005 general election
(:mod:`psephos.claims.series_seats`): a story about 1979 names "Glasgow Cathcart",
"Preston North", "Carmarthen", which today's gazetteer does not hold. Every sentence is
invented for these tests.

Expected figures are read by the test itself from the Commons Library's 1918-2019 file
(shared/data/results/hoc-cbp8647-1918-2019/1918-2019election_results.csv, "CBP-8647"):
a seat's majority is its first party column's votes minus its second's, by hand, never from
the code under test. Receipts for the named cases (same file, the seat's row):

* Glasgow Cathcart 1979: Lab 17,550, Con 15,950 -> 1,600.
* Preston North 1979: Con 18,632, Lab 18,603 -> 29.
* Carmarthen 1979: Lab 18,667, Nat (Plaid) 16,689 -> 1,978.
* Montgomery 1979: Con 11,751, Lib 10,158 -> 1,593.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest

from psephos.claims import check_text
from psephos.claims.model import Mention
from psephos.claims.series_seats import (
    is_series_id,
    series_mentions,
    series_party_mentions,
)

_RAW = Path("hoc-cbp8647-1918-2019") / "1918-2019election_results.csv"
_GROUPS = ("con", "lib", "lab", "natSW")
_PARTY = {"con": "the Conservatives", "lab": "Labour"}


def _raw_rows(mirror: Path) -> list[dict[str, Any]]:
    with open(mirror / "results" / _RAW, encoding="cp1252", newline="") as fh:  # PROVENANCE: cp1252
        return [
            {k.strip(): (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)
        ]


def _votes(row: dict[str, Any], g: str) -> float:
    try:
        return float(row[f"{g}_votes"] or 0)
    except ValueError:
        return 0.0


def _two_party_seats(mirror: Path, current: set[str]) -> list[tuple[str, str, str, int]]:
    """(year, name, winner group, majority) of single-member seats 1950-2005 whose names are
    no seat of today and whose first two are Con and Lab with others below both, by hand
    from the raw file; a few per election, in file order."""
    out: list[tuple[str, str, str, int]] = []
    per: dict[str, int] = {}
    names_by_year: dict[str, list[str]] = {}
    rows = _raw_rows(mirror)
    for r in rows:
        names_by_year.setdefault(r["election"], []).append(_fold(r["constituency_name"]))
    for r in rows:
        year, name = r["election"], r["constituency_name"]
        if not re.fullmatch(r"19[5-9]\d|200[0-5]", year) or r["seats"] != "1":
            continue
        if len(name.split()) < 2 or _fold(name) in current or "(" in name or "&" in name:
            continue
        if names_by_year[year].count(_fold(name)) != 1:
            continue
        votes = {g: _votes(r, g) for g in _GROUPS}
        oth = _votes(r, "oth")
        top = sorted(votes, key=lambda g: -votes[g])
        if set(top[:2]) != {"con", "lab"} or oth >= votes[top[1]] or votes[top[1]] <= 0:
            continue
        if per.get(year, 0) >= 3:
            continue
        per[year] = per.get(year, 0) + 1
        out.append((year, name, top[0], int(votes[top[0]] - votes[top[1]])))
    return out


def _fold(name: str) -> str:
    return " ".join(re.findall(r"[a-z]+", name.lower()))


@pytest.fixture(scope="module")
def old_seats(mirror: Path, db: Any) -> list[tuple[str, str, str, int]]:
    current = {_fold(n) for (n,) in db.execute("SELECT name FROM constituencies").fetchall()}
    seats = _two_party_seats(mirror, current)
    assert len(seats) >= 20  # the sweep covers many seats and elections
    return seats


def _story(year: str, body: str) -> str:
    return f"The {year} general election: the seats\n\nAt the {year} general election, {body}"


def _verdicts(store_path: Path, text: str, kind: str) -> set[str]:
    return {c.verdict for c in check_text(text, db=store_path).claims if c.claim.kind == kind}


def test_series_ids() -> None:
    assert is_series_id("ge1979") and is_series_id("ge1974oct") and is_series_id("ge2005")
    assert not is_series_id("ge2010") and not is_series_id("ge2024") and not is_series_id(None)
    assert not is_series_id("by-2021-05-06-hartlepool")


def test_old_names_become_seats(store_path: Path) -> None:
    text = (
        "In Glasgow Cathcart it went the other way. The narrowest result was Preston North. "
        "Labour took Carmarthen back, and Finchley stayed blue."
    )
    got = {m.text for m in series_mentions(text, [], store_path) if m.kind == "seat"}
    assert got == {"Glasgow Cathcart", "Preston North", "Carmarthen", "Finchley"}


def test_a_one_word_old_name_opening_a_sentence_needs_an_apposition(store_path: Path) -> None:
    said = "Eastwood, the safest Conservative seat in Scotland, fell to Labour."
    plain = "Eastwood fell to Labour. Finchley, a district of London, voted."
    assert [m.text for m in series_mentions(said, [], store_path)] == ["Eastwood"]
    assert series_mentions(plain, [], store_path) == []


def test_a_longer_old_name_replaces_a_shorter_modern_seat(store_path: Path) -> None:
    text = "The narrowest result in Britain was Preston North, by 29 votes."
    at = text.index("Preston")
    modern = Mention("seat", "Preston", at, at + 7, {"name": "Preston", "codes": {"x": "y"}}, "")
    got = [m for m in series_mentions(text, [modern], store_path) if m.kind == "seat"]
    assert [m.text for m in got] == ["Preston North"] and got[0].ref["codes"] == {}


@pytest.mark.parametrize(
    "text",
    [
        "Down 3 points on the night, the party held on.",  # 'Down' opens the sentence
        "Reading the figures, the swing was small.",
        "Barry Jones and John Newton both spoke.",  # people, not Barry or Newton
        "Labour did well in Scotland and Wales.",  # areas, never seats
        "The Conservatives swept Yorkshire and Surrey.",
        "In Dundee East and the Western Isles the SNP held on.",
    ],
)
def test_words_that_are_not_old_seats(store_path: Path, text: str) -> None:
    got = {m.text for m in series_mentions(text, [], store_path)}
    assert not got & {"Down", "Reading", "Barry", "Newton", "Scotland", "Wales", "Yorkshire"}
    assert not any(" and" in g or g.endswith(" the") for g in got)


def test_true_majorities_in_old_seats_are_supported(
    store_path: Path, old_seats: list[tuple[str, str, str, int]]
) -> None:
    wrong = []
    for year, name, winner, majority in old_seats:
        text = _story(year, f"{_PARTY[winner]} won {name} by {majority:,} votes.")
        got = _verdicts(store_path, text, "majority")
        if got != {"supported"}:
            wrong.append((year, name, majority, got))
    assert not wrong


def test_false_majorities_in_old_seats_are_contradicted(
    store_path: Path, old_seats: list[tuple[str, str, str, int]]
) -> None:
    wrong = []
    for year, name, winner, majority in old_seats:
        stated = round(majority * 1.5) + 1  # within the guard's factor of two
        text = _story(year, f"{_PARTY[winner]} won {name} by {stated:,} votes.")
        got = _verdicts(store_path, text, "majority")
        if got != {"contradicted"}:
            wrong.append((year, name, stated, got))
    assert not wrong


def test_an_old_name_at_a_modern_election_is_never_judged(
    store_path: Path, old_seats: list[tuple[str, str, str, int]]
) -> None:
    # the old names of the sweep are no seats of today: a claim at 2019 cannot be read
    for year, name, winner, majority in old_seats[:6]:
        text = _story("2019", f"{_PARTY[winner]} won {name} by {majority:,} votes.")
        assert "contradicted" not in _verdicts(store_path, text, "majority"), (year, name)


def test_a_name_matching_two_seats_at_that_election_stays_unresolved(
    store_path: Path,
) -> None:
    # CBP-8647 1979 has "Richmond (Yorkshire)" and "Richmond (Surrey)": "Richmond" is either
    text = _story("1979", "the Conservatives won Richmond by 1,000 votes.")
    assert _verdicts(store_path, text, "majority") <= {"uncertain"}


def test_the_1979_seats_of_the_receipts(store_path: Path) -> None:
    text = (
        "The 1979 general election\n\nBritain went to the polls on 3 May 1979. In Glasgow "
        "Cathcart, Teddy Taylor lost to Labour by 1,600 votes. Labour took Carmarthen back "
        "from Plaid by 1,978 votes. The narrowest result in Britain was Preston North, "
        "where the Conservatives won by 29 votes."
    )
    claims = check_text(text, db=store_path).claims
    majorities = [c for c in claims if c.claim.kind == "majority"]
    assert len(majorities) == 3 and {c.verdict for c in majorities} == {"supported"}


@pytest.mark.parametrize(
    ("text", "election", "want"),
    [
        ("The Liberals fell to 11 seats.", "ge1979", {"Liberals"}),
        ("The Liberal-SDP Alliance took 25.4 per cent.", "ge1983", {"Liberal-SDP Alliance"}),
        # the Alliance stood in 1983 and 1987 only: in a story about 1979 it is not the Lib group
        ("The Liberal-SDP Alliance took 25.4 per cent.", "ge1979", set()),
        ("With the SDP, the Alliance took 22.6 per cent.", "ge1987", {"Alliance"}),
        # 'Alliance' alone is the Liberal-SDP Alliance only in 1983 and 1987 ...
        ("With the SDP gone, the Alliance took 5 per cent.", "ge1992", set()),
        # ... and never in a story about Northern Ireland
        ("The SDP and the Alliance in Belfast East.", "ge1983", set()),
        # the SDP alone is half of the Alliance, not the Lib group
        ("The SDP won six seats.", "ge1983", set()),
    ],
)
def test_series_parties(text: str, election: str, want: set[str]) -> None:
    got = series_party_mentions(text, [], election)
    assert {m.text for m in got} == want
    assert all(m.ref["party_code"] == "Lib" for m in got)


@pytest.mark.parametrize(
    ("year", "seats", "true"),
    # Liberal seats, counted by hand in CBP-8647 (rows whose lib_votes lead): 1964 9, 1966 12,
    # 1970 6, 1979 11
    [
        ("1964", 9, True),
        ("1966", 12, True),
        ("1970", 6, True),
        ("1979", 11, True),
        # false twins as copy errors are made (round-8 merge): a count off by three (12 -> 15,
        # 11 -> 14); a count far off (18, 16) with no area named is left to the safeguard's
        # far_figure check (uncertain), and must never be supported
        ("1966", 15, False),
        ("1979", 14, False),
        ("1966", 18, None),
        ("1979", 16, None),
    ],
)
def test_the_liberals_seat_total(
    store_path: Path, year: str, seats: int, true: bool | None
) -> None:
    text = f"The {year} general election\n\nAt the {year} general election the Liberals won {seats} seats."
    got = _verdicts(store_path, text, "seats")
    if true is None:
        assert got and "supported" not in got, got
        return
    assert got == ({"supported"} if true else {"contradicted"})


_NAMES = {
    "1979": {"con": "the Conservatives", "lab": "Labour", "lib": "the Liberals"},
    "1992": {"con": "the Conservatives", "lab": "Labour", "lib": "the Liberal Democrats"},
}
_BEFORE = {"1979": "1974", "1992": "1987"}  # same boundaries (CBP-8647 boundary_set column)


def _changed_hands(mirror: Path) -> list[tuple[str, str, str, str]]:
    """(year, name, winner, previous winner) of single-member British seats that changed
    hands between Con, Lab and Lib at 1979 (against October 1974) and 1992 (against 1987),
    by hand from the raw file: the winner is the party column with most votes, the previous
    winner the same seat's (same name and boundary set) at the election before."""
    rows = _raw_rows(mirror)

    def winner(r: dict[str, Any]) -> str | None:
        votes = {g: _votes(r, g) for g in (*_GROUPS, "oth")}
        top = sorted(votes, key=lambda g: -votes[g])
        return top[0] if votes[top[0]] > votes[top[1]] > 0 else None

    before: dict[tuple[str, str, str], list[str | None]] = {}
    for r in rows:
        # October 1974 is written "1974O" in the file's election column
        key = (r["election"], _fold(r["constituency_name"]), r["boundary_set"])
        before.setdefault(key, []).append(winner(r))
    out = []
    for r in rows:
        year = r["election"]
        if year not in _BEFORE or r["seats"] != "1" or r["country/region"] == "Northern Ireland":
            continue
        prev_year = "1974O" if year == "1979" else _BEFORE[year]
        prev = before.get((prev_year, _fold(r["constituency_name"]), r["boundary_set"]), [])
        now = before[(year, _fold(r["constituency_name"]), r["boundary_set"])]
        if len(prev) != 1 or len(now) != 1:
            continue
        w, p = now[0], prev[0]
        if w in _NAMES[year] and p in _NAMES[year] and w != p and "(" not in r["constituency_name"]:
            # as a story writes it: "Brigg and Scunthorpe", not the file's "Brigg & Scunthorpe"
            out.append((year, r["constituency_name"].replace("&", "and"), w, p))
    return out


@pytest.fixture(scope="module")
def gains(mirror: Path) -> list[tuple[str, str, str, str]]:
    out = _changed_hands(mirror)
    assert len(out) >= 30
    return out[::3]  # every third: many seats, both elections, a bounded run time


def _outcomes(store_path: Path, year: str, sentence: str) -> set[str]:
    text = _story(year, sentence)
    return {c.verdict for c in check_text(text, db=store_path).claims if c.claim.kind == "outcome"}


def test_true_gains_at_series_elections_are_supported(
    store_path: Path, gains: list[tuple[str, str, str, str]]
) -> None:
    bad = []
    for year, name, w, p in gains:
        names = _NAMES[year]
        got = _outcomes(store_path, year, f"{names[w]} took {name} from {names[p]}.")
        if got != {"supported"}:
            bad.append((year, name, w, p, got))
    assert not bad


def test_a_gain_given_to_the_loser_is_contradicted(
    store_path: Path, gains: list[tuple[str, str, str, str]]
) -> None:
    bad = []
    for year, name, w, p in gains:
        names = _NAMES[year]
        for sentence in (f"{names[p]} took {name} from {names[w]}.", f"{names[p]} held {name}."):
            got = _outcomes(store_path, year, sentence)
            if got != {"contradicted"}:
                bad.append((sentence, got))
    assert not bad


def test_held_where_the_series_shows_a_gain_is_never_called_false(
    store_path: Path, gains: list[tuple[str, str, str, str]]
) -> None:
    # only the previous holder disagrees: a by-election in between may have changed it
    for year, name, w, _ in gains[:8]:
        got = _outcomes(store_path, year, f"{_NAMES[year][w]} held {name}.")
        assert "contradicted" not in got, (year, name)


def test_a_year_carried_from_earlier_in_the_paragraph_never_refutes_an_outcome(
    store_path: Path, gains: list[tuple[str, str, str, str]]
) -> None:
    # a story running through several elections: the year of an earlier sentence may not
    # be this one's, so a wrong winner there is only uncertain
    for year, name, w, p in gains[:6]:
        names = _NAMES[year]
        text = (
            f"Seats that changed hands\n\nIn {year} there were many changes. "
            f"{names[p][0].upper()}{names[p][1:]} took {name} from {names[w]}.\n"
        )
        got = {
            c.verdict for c in check_text(text, db=store_path).claims if c.claim.kind == "outcome"
        }
        assert "contradicted" not in got, (year, name, got)
