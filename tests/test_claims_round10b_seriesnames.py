"""Round 10b (SERIESNAMES): 1918-2005 seat names the checker missed or confused, each
tested as a class over many seats and elections of the Commons Library's 1918-2019 file
(CBP-8647), read through ``tests/claims_corpus/_raw.py`` (never psephos code). Every
sentence is invented; every figure is a row's first group's votes less the second's.

- a name a story writes with commas ("Roxburgh, Selkirk and Peebles", the file's
  "Roxburgh Selkirk And Peebles") is one seat, read whole: at an election where it stood
  its figure is judged, at one where it did not the claim is uncertain (before: the runs
  either side of the comma were read apart, so a claim took another seat's figures or
  none);
- a seat the file names with a county prefix ("Lancashire Widnes") named bare by the
  story ("in Widnes the Conservatives beat Labour") is that seat where it is the only one
  of the name at the election; a bare name no seat had at the election leaves the claim
  uncertain, never reads the seat of the clause before (before: a one-word name followed
  in its capitalised run by "the Conservatives" was refused, and the clause before's seat
  was used - a false claim supported on another seat's figures);
- an old name that today's seat only begins ("Bristol South East", where today's
  gazetteer finds "Bristol South"), dated to 1918-2005 in a story about another election,
  is the old seat, never the shorter seat's row (before: a true figure called false).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest

from tests.claims_corpus._raw import ELECTIONS, HistRow, general, history

SERIES = ELECTIONS[: ELECTIONS.index("2005") + 1]
COMPASS = {"North", "South", "East", "West", "Mid", "Central", "Inner", "Outer", "Upper", "Lower"}
#: county words the file puts before a seat's name (and its own grouping words)
COUNTY = re.compile(
    r"shire$|^(?:Middlesex|Essex|Kent|Surrey|Sussex|Devon|Cornwall|Norfolk|Suffolk|Durham|"
    r"Cumberland|Westmorland|Northumberland|Rutland|Dorset|Somerset|Cheshire|Glamorgan|"
    r"Monmouth|Fife|Angus|Wandsworth|Cities|City)$"
)


def _year(election: str) -> str:
    return {"1974F": "February 1974", "1974O": "October 1974"}.get(election, election)


def _party(group: str, row: HistRow) -> str | None:
    """The party a story names for a series group at the row's election."""
    if group == "con":
        return "the Conservatives"
    if group == "lab":
        return "Labour"
    if group == "lib":
        return "the Liberals" if row.election <= "1987" else "the Liberal Democrats"
    if group == "natSW":
        return {"Scotland": "the SNP", "Wales": "Plaid Cymru"}.get(row.country)
    return None


def _exact(row: HistRow) -> tuple[str, str] | None:
    """(winner, second) party names where the row's majority is two named parties' votes:
    one member, contested, neither first nor second group ``oth``, and ``oth`` below the
    second (so no other candidate can have come second)."""
    if row.seats != 1 or row.unopposed or not row.total:
        return None
    order = sorted(row.votes, key=lambda k: -row.votes[k])
    w, s = order[0], order[1]
    if "oth" in (w, s) or row.votes["oth"] >= row.votes[s] or row.votes[s] == 0:
        return None
    pw, ps = _party(w, row), _party(s, row)
    if pw is None or ps is None:
        return None
    return pw, ps


def _at() -> dict[str, dict[str, HistRow]]:
    out: dict[str, dict[str, HistRow]] = defaultdict(dict)
    for r in history():
        if r.election in SERIES:
            out[r.election][r.name] = r
    return out


def _off(m: int) -> int:
    """A false majority near the true one, a quarter more: a wrong figure, not another
    quantity (the guard reads a figure off by a factor of two as maybe another)."""
    return m + max(1, m // 4)


def _claims(text: str, sentence: str, db: Any) -> list[dict[str, Any]]:
    from psephos.claims import check_text

    a = text.index(sentence)
    b = a + len(sentence)
    claims = check_text(text, db=db).to_dict()["claims"]
    return [c for c in claims if c["start"] < b and c["end"] > a and c["kind"] == "majority"]


def _verdicts(text: str, sentence: str, db: Any) -> set[str]:
    return {c["verdict"] for c in _claims(text, sentence, db)}


def _every(seq: list[Any], k: int) -> list[Any]:
    """``k`` items spread evenly over ``seq`` (deterministic)."""
    if len(seq) <= k:
        return seq
    return [seq[i * len(seq) // k] for i in range(k)]


# --- names with commas ------------------------------------------------------------------------

_ODD = {"Green", "Port", "Regis", "Tydfil", "Old", "St", "Of", "Stoke", "Bethnall", "Sparkbrook"}


def _comma_form(name: str) -> str | None:
    """The file's "A B And C" written as a story does, "A, B and C": two or more one-word
    places before the "and", none a county prefix or compass word."""
    m = re.fullmatch(
        r"([A-Z][a-z]+(?: [A-Z][a-z]+)+) (?:And|&) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", name
    )
    if not m:
        return None
    head = m.group(1).split()
    if set(head) & (COMPASS | _ODD | {"And"}) or COUNTY.search(head[0]):
        return None
    return ", ".join(head) + " and " + m.group(2)


def _comma_cases() -> list[tuple[str, str]]:
    """(name, election) of every comma name at an election where its majority is exact."""
    at = _at()
    out = []
    for e in SERIES:
        for name, row in at[e].items():
            if _comma_form(name) and _exact(row):
                out.append((name, e))
    return out


COMMA = _every(_comma_cases(), 12)


def test_the_comma_cases_are_many_seats() -> None:
    assert len({n for n, _ in COMMA}) >= 6, COMMA


@pytest.mark.parametrize(("name", "election"), COMMA)
def test_a_name_with_commas_is_read_whole(store_path: Any, name: str, election: str) -> None:
    row = {r.name: r for r in history() if r.election == election}[name]
    got = _exact(row)
    assert got is not None
    pw, ps = got
    seat = _comma_form(name)
    forms = (
        "At the {y} general election {pw} held {seat} by {n} votes.",
        # the run goes on with the party: "... and Peebles the Liberals"
        "At the {y} general election, in {seat} {pw} won by {n} votes.",
    )
    for form in forms:
        for stated, want in (
            (row.majority, {"supported"}),
            (_off(row.majority), {"contradicted"}),
        ):
            s = form.format(y=_year(election), pw=pw, seat=seat, n=f"{stated:,}")
            text = f"{_year(election)}: the results seat by seat\n\n{s}"
            assert _verdicts(text, s, store_path) == want, (s, row.votes)


def _comma_absent() -> list[tuple[str, str]]:
    """(name, election) of a comma name at an election where no seat of that name stood."""
    at = _at()
    names = sorted({n for e in SERIES for n in at[e] if _comma_form(n)})
    out = []
    for name in names:
        missing = [e for e in SERIES if name not in at[e]]
        if missing:
            out.append((name, missing[len(missing) // 2]))
    return _every(out, 8)


@pytest.mark.parametrize(("name", "election"), _comma_absent())
def test_a_name_with_commas_at_an_election_it_did_not_stand_is_uncertain(
    store_path: Any, name: str, election: str
) -> None:
    seat = _comma_form(name)
    s = f"At the {_year(election)} general election Labour held {seat} by 3,000 votes."
    text = f"{_year(election)}: the results seat by seat\n\n{s}"
    assert _verdicts(text, s, store_path) == {"uncertain"}, s


# --- a county-prefixed name, written bare -----------------------------------------------------


def _bare(name: str) -> str | None:
    """The bare "Widnes" for the file's "Lancashire Widnes": a county word then one word."""
    words = name.split()
    if len(words) == 2 and COUNTY.search(words[0]) and words[1] not in COMPASS:
        return words[1] if words[1].isalpha() and words[1][0].isupper() else None
    return None


def _same_bare(at: dict[str, HistRow], bare: str) -> list[str]:
    return [n for n in at if n == bare or n.split()[-1] == bare]


def _other(at: dict[str, HistRow], not_word: str) -> HistRow:
    """A one-word seat with an exact majority at the election, the first clause's."""
    for n, r in sorted(at.items()):
        one_word = re.fullmatch(r"[A-Z][a-z]{3,}", n) and not COUNTY.search(n)
        if one_word and n != not_word and _exact(r) and r.majority >= 1000:
            return r
    raise AssertionError("no one-word seat")


def _bare_cases() -> list[tuple[str, str]]:
    """(prefixed name, election) where the bare name is that seat's alone at the election."""
    at = _at()
    out = []
    for e in SERIES:
        for name, row in at[e].items():
            b = _bare(name)
            if b and _exact(row) and _same_bare(at[e], b) == [name]:
                out.append((name, e))
    return out


BARE = _every(_bare_cases(), 14)


def test_the_bare_cases_are_many_seats() -> None:
    assert len({n for n, _ in BARE}) >= 8, BARE


@pytest.mark.parametrize(("name", "election"), BARE)
def test_a_bare_name_after_another_seats_clause_is_its_own_seat(
    store_path: Any, name: str, election: str
) -> None:
    at = _at()[election]
    row, first = at[name], _other(at, _bare(name) or "")
    pw, ps = _exact(row) or ("", "")
    fw, _ = _exact(first) or ("", "")
    for stated, want in ((row.majority, {"supported"}), (_off(row.majority), {"contradicted"})):
        second = f"in {_bare(name)} {pw} beat {ps} by {stated:,} votes"
        s = (
            f"At the {_year(election)} general election {fw} held {first.name} by "
            f"{first.majority:,} votes, while {second}."
        )
        text = f"{_year(election)}: the results seat by seat\n\n{s}"
        assert _verdicts(text, second, store_path) == want, (s, row.votes)


def _bare_absent() -> list[tuple[str, str]]:
    """(bare name, election) where no seat of that name stood at the election."""
    at = _at()
    bares = sorted({b for e in SERIES for n in at[e] if (b := _bare(n))})
    out = []
    for b in bares:
        missing = [e for e in SERIES if not _same_bare(at[e], b)]
        if missing:
            out.append((b, missing[len(missing) // 2]))
    return _every(out, 10)


@pytest.mark.parametrize(("bare", "election"), _bare_absent())
def test_a_bare_name_no_seat_had_never_takes_the_clause_befores_seat(
    store_path: Any, bare: str, election: str
) -> None:
    # the second clause states the first seat's own majority and parties: read on that
    # seat's figures it would be supported
    at = _at()[election]
    first = _other(at, bare)
    fw, fs = _exact(first) or ("", "")
    second = f"in {bare} {fw} beat {fs} by {first.majority:,} votes"
    s = (
        f"At the {_year(election)} general election {fw} held {first.name} by "
        f"{first.majority:,} votes, while {second}."
    )
    text = f"{_year(election)}: the results seat by seat\n\n{s}"
    assert _verdicts(text, second, store_path) == {"uncertain"}, s


# --- a longer old name in a story about another election ------------------------------------


def _longer_pairs_all() -> list[tuple[str, str]]:
    """(seat, seat whose name is that one's plus compass words), both of the series."""
    names = sorted({r.name for r in history() if r.election in SERIES})
    return [
        (s, n)
        for s in names
        for n in names
        if n.startswith(s + " ") and set(n[len(s) + 1 :].split()) <= COMPASS
    ]


def _longer_pairs() -> list[tuple[str, str]]:
    """(today's seat, old seat whose name is today's plus compass words), today's a 2024 seat
    of PSEPH and the old name none."""
    names = sorted({r.name for r in history() if r.election in SERIES})
    now = set(general(2024))
    return [
        (s, n)
        for s in names
        if s in now
        for n in names
        if n.startswith(s + " ") and set(n[len(s) + 1 :].split()) <= COMPASS and n not in now
    ]


def _longer_cases() -> list[tuple[str, str, str]]:
    at = _at()
    out = []
    for short, long in _longer_pairs():
        for e in SERIES:
            if long in at[e] and _exact(at[e][long]):
                out.append((short, long, e))
                break
    return _every(out, 12)


LONGER = _longer_cases()


def _modern(short: str) -> str:
    seat = general(2024)[short]
    party = {"Lab": "Labour", "Con": "the Conservatives", "LD": "the Liberal Democrats"}.get(
        seat.first, "its winner"
    )
    return f"At the 2024 general election {party} held {short} by {seat.majority:,} votes."


def test_the_longer_cases_are_many_seats() -> None:
    assert len(LONGER) >= 8, LONGER


@pytest.mark.parametrize(("short", "long", "election"), LONGER)
def test_an_old_name_longer_than_todays_is_the_old_seat(
    store_path: Any, short: str, long: str, election: str
) -> None:
    row = _at()[election][long]
    pw, ps = _exact(row) or ("", "")
    for stated, want in ((row.majority, {"supported"}), (_off(row.majority), {"contradicted"})):
        s = f"In {_year(election)} {pw} held {long} by {stated:,} votes."
        text = f"{_modern(short)} It is an old seat.\n\n{s}"
        assert _verdicts(text, s, store_path) == want, (s, row.votes)


def _longer_absent() -> list[tuple[str, str, str]]:
    """(today's seat, old longer name, election) where the shorter name stood with an exact
    majority and the longer did not."""
    at = _at()
    out = []
    for short, long in _longer_pairs():
        for e in SERIES:
            if long not in at[e] and short in at[e] and _exact(at[e][short]):
                out.append((short, long, e))
                break
    return _every(out, 10)


@pytest.mark.parametrize(("short", "long", "election"), _longer_absent())
def test_an_old_longer_name_at_an_election_it_did_not_stand_is_uncertain(
    store_path: Any, short: str, long: str, election: str
) -> None:
    # the claim states the shorter seat's own majority and parties: read on its row it
    # would be supported
    row = _at()[election][short]
    pw, ps = _exact(row) or ("", "")
    s = f"In {_year(election)} {pw} held {long} by {row.majority:,} votes."
    text = f"{_modern(short)} It is an old seat.\n\n{s}"
    assert _verdicts(text, s, store_path) == {"uncertain"}, s


def test_a_football_club_is_no_old_seat(store_path: Any) -> None:
    # "Preston North End" is no "Preston North": today's Preston keeps its 2024 figures
    # (the majority from PSEPH 59's constituencies row for Preston)
    seat = general(2024)["Preston"]
    text = (
        "At the 2024 general election Labour held Preston. Preston North End fans cheered "
        f"as the majority was {seat.majority:,}."
    )
    got = {c["verdict"] for c in _claims(text, text, store_path)}
    assert got == {"supported"}, got


@pytest.mark.parametrize(("short", "long"), _every(_longer_pairs_all(), 10))
def test_a_list_across_a_comma_is_no_longer_name(store_path: Any, short: str, long: str) -> None:
    # "Bristol South, East Lothian and Fife" lists three places; read across the comma,
    # "Bristol South, East" would be the old seat "Bristol South East"
    from psephos.claims.check import find_mentions, gazetteer
    from psephos.claims.series_seats import series_mentions
    from psephos.store.connect import connect

    suffix = long[len(short) + 1 :]
    text = f"Labour held {short}, {suffix} Lothian and Fife in 1970."
    mentions = find_mentions(text, gazetteer(connect(store_path)), election="ge2024")
    names = {m.text for m in series_mentions(text, mentions, store_path)}
    assert not any(n.startswith(f"{short}, ") for n in names), names
