"""Round 7b (WRONG-A): classes of TRUE claims the ninth held-out batch saw called false,
each tested as a class over seats, elections and parties. Every value comes from the raw
official CSVs through ``tests/claims_corpus/_raw.py`` (never psephos code); the sentences
are invented.

- a seat majority the words put before the story's election ("P's previous majority of N",
  "who had been defending a majority of N", "On the notional figures P had a majority of
  N there"): true at the election before, never called false; a wrong figure is never
  called true;
- a majority dated by a year said with it ("the N-vote majority of 2015 in SEAT");
- "the first time P had lost the seat since YEAR" (a loss, not a win): true when P held the
  seat from YEAR; a seat P did not lose is caught;
- a party said indefinitely ("the last election at which a party won more than half of all
  the votes cast"): never the story's party;
- "P lost N seats" at an election where P made a net gain (or "gained N" at a net loss): the
  gross count, never the net change.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.claims_corpus._raw import general, hist_seat, notional2019, notional_winner
from tests.test_claims_sweep import PARTY

#: the general election before each one on the same boundaries (PSEPH 55-58)
PREVIOUS = {2015: 2010, 2017: 2015, 2019: 2017}


def _claims(text: str, sentence: str, db: Any) -> list[dict[str, Any]]:
    from psephos.claims import check_text

    a = text.index(sentence)
    b = a + len(sentence)
    claims = check_text(text, db=db).to_dict()["claims"]
    return [c for c in claims if c["start"] < b and c["end"] > a]


def _verdicts(text: str, sentence: str, db: Any) -> list[str]:
    return sorted({c["verdict"] for c in _claims(text, sentence, db)})


def _changed(year: int, n: int) -> list[tuple[str, str, str, int, int]]:
    """``n`` seats that changed hands at ``year`` between parties of PARTY (GB), spread over
    the alphabet: (seat, winner, loser, majority now, the loser's majority at the election
    before), both majorities from the PSEPH constituency rows (first - second)."""
    now, before = general(year), general(PREVIOUS[year])
    rows = []
    for name, s in sorted(now.items()):
        b = before.get(name)
        if b is None or s.country == "Northern Ireland" or b.first == s.first:
            continue
        if s.first in PARTY and b.first in PARTY:
            rows.append((name, s.first, b.first, s.majority, b.majority))
    step = max(1, len(rows) // n)
    return rows[::step][:n]


def _judge(cases: list[tuple[str, str, bool]], db: Any) -> tuple[list[Any], list[Any], int]:
    """(true claims called false or false claims called true, false claims not caught, true
    claims supported)."""
    wrong, missed, supported = [], [], 0
    for text, sentence, true in cases:
        v = _verdicts(text, sentence, db)
        if "contradicted" in v if true else v == ["supported"]:
            wrong.append((sentence, v))
        if true and v == ["supported"]:
            supported += 1
        if not true and "contradicted" not in v:
            missed.append((sentence, v))
    return wrong, missed, supported


@pytest.mark.parametrize("year", (2015, 2017, 2019))
def test_previous_majority(year: int, store_path: Any) -> None:
    """ "SEAT fell to W by N, reversing L's previous majority of M": M is the loser's
    majority at the election before (PSEPH constituency rows of both elections)."""
    cases = []
    seats = _changed(year, 6)
    for name, w, loser, maj, prev in seats:
        for true in (True, False):
            m = prev if true else prev + 1500
            for sentence in (
                f"{PARTY[w][0]} took {name} by {maj:,}, reversing {PARTY[loser][0]}'s previous "
                f"majority of {m:,}.",
                f"The MP for {name}, who had been defending a majority of {m:,}, lost it to "
                f"{PARTY[w][0]}.",
            ):
                text = f"The {year} general election\n\nA night of upsets.\n\n{sentence}\n"
                cases.append((text, sentence, true))
    wrong, _missed, supported = _judge(cases, store_path)
    assert not wrong, wrong
    assert supported >= len(seats), supported


def test_notional_majority(store_path: Any) -> None:
    """ "On the notional figures for the new boundaries P had a majority of M there": the
    notional 2019 majority (PSEPH 58 notional results) of a seat that changed hands in
    2024."""
    now, notional = general(2024), notional2019()
    rows = sorted(
        (n, s)
        for n, s in now.items()
        if n in notional and s.country != "Northern Ireland" and s.first in PARTY
    )
    picked = [
        (n, s) for n, s in rows if notional_winner(n) in PARTY and notional_winner(n) != s.first
    ]
    picked = picked[:: max(1, len(picked) // 8)][:8]
    cases = []
    for name, s in picked:
        held = notional_winner(name)
        prev = int(notional[name]["_majority"])
        for true in (True, False):
            m = prev if true else prev + 2000
            sentence = (
                f"On the notional figures for the new boundaries {PARTY[held][0]} had a majority "
                f"of {m:,} there."
            )
            text = (
                f"The 2024 general election\n\n{PARTY[s.first][0]} won {name} by "
                f"{s.majority:,}. {sentence}\n"
            )
            cases.append((text, sentence, true))
    wrong, _missed, supported = _judge(cases, store_path)
    assert not wrong, wrong
    assert supported >= len(picked) // 2, supported


@pytest.mark.parametrize("year", (2017, 2019))
def test_majority_of_a_year(year: int, store_path: Any) -> None:
    """ "NAME turned the N-vote majority of PREV in SEAT into one of M": N at PREV (PSEPH
    rows of both elections, the same MP winning both)."""
    prev = PREVIOUS[year]
    now, before = general(year), general(prev)
    held = sorted(
        n
        for n, s in now.items()
        if n in before
        and s.country != "Northern Ireland"
        and s.winner_name == before[n].winner_name
        and s.first == before[n].first
        and "&" not in n
    )
    held = held[:: max(1, len(held) // 8)][:8]
    cases = []
    for name in held:
        s, b = now[name], before[name]
        for true in (True, False):
            m = b.majority if true else b.majority + 900
            sentence = (
                f"{s.winner_name} turned the {m:,}-vote majority of {prev} in {name} into one of "
                f"{s.majority:,}."
            )
            text = f"The {year} general election\n\nMPs returned.\n\n{sentence}\n"
            cases.append((text, sentence, true))
    wrong, missed, supported = _judge(cases, store_path)
    assert not wrong, wrong
    assert supported >= len(held) // 2, supported
    assert len(missed) <= len(held) // 2, missed


def _held_since(name: str, year: int) -> int | None:
    """The election year from which Labour won the seat (by its CBP-8647 name) at every
    election before ``year``, having lost it at the one before that; None when the record
    has a gap or a multi-member row."""
    rows = [h for h in hist_seat(name) if int(h.election[:4]) < year]
    if not rows or any(h.seats != 1 for h in rows) or rows[-1].winner != "lab":
        return None
    i = len(rows) - 1
    while i > 0 and rows[i - 1].winner == "lab":
        i -= 1
    return int(rows[i].election[:4]) if i > 0 else None


@pytest.mark.parametrize("year", (2010, 2015, 2019))
def test_first_time_lost_since(year: int, store_path: Any) -> None:
    """ "W took SEAT, the first time Labour had lost the seat since Y": Labour won it at
    every election from Y (its win back, CBP-8647 by seat name) until it lost at ``year``
    (PSEPH); the same words about a seat Labour held are caught."""
    now = general(year)
    lost, kept = [], []
    for name, s in sorted(now.items()):
        if "&" in name or s.country == "Northern Ireland":
            continue
        since = _held_since(name, year)
        if since is None or since >= year:
            continue
        if s.first != "Lab" and s.first in PARTY:
            lost.append((name, s.first, since))
        elif s.first == "Lab":
            kept.append((name, "Lab", since))
    lost = lost[:: max(1, len(lost) // 6)][:6]
    kept = kept[:: max(1, len(kept) // 4)][:4]
    assert lost and kept
    cases = []
    for (name, w, since), true in [(x, True) for x in lost] + [(x, False) for x in kept]:
        sentence = f"the first time Labour had lost the seat since {since}"
        text = f"The {year} general election\n\n{PARTY[w][1]} candidates did well in {name}, {sentence}.\n"
        cases.append((text, sentence, true))
    wrong, missed, supported = _judge(cases, store_path)
    assert not wrong, wrong
    assert supported >= len(lost) // 2, supported
    assert len(missed) <= len(kept) // 2, missed


@pytest.mark.parametrize("year", (1945, 1966, 1983, 2005))
def test_indefinite_party(year: int, store_path: Any) -> None:
    """ "It was the last election at which a party won more than half of all the votes
    cast", after a sentence on one party: never read as that party's share."""
    for party in ("Labour", "The Conservatives", "The Liberals"):
        sentence = (
            "It was the last election at which a party won more than half of all the votes cast."
        )
        text = (
            f"The {year} general election\n\n{party} fought a long campaign in {year}. {sentence}\n"
        )
        v = _verdicts(text, sentence, store_path)
        assert "contradicted" not in v, (year, party, v)


def _winners(year: int) -> dict[str, str]:
    return {n: s.first for n, s in general(year).items() if s.country != "Northern Ireland"}


@pytest.mark.parametrize("year", (2015, 2017, 2019))
def test_gross_losses_at_a_net_gain(year: int, store_path: Any) -> None:
    """ "P lost N seats" where P's seat total rose (or "gained N" where it fell): N counts the
    seats lost (gained) one by one, against the previous general election on the same
    boundaries (PSEPH winners by seat name, Great Britain)."""
    now, before = _winners(year), _winners(PREVIOUS[year])
    net = Counter(now.values())
    net.subtract(Counter(before.values()))
    cases = []
    for party in ("Con", "Lab", "LD", "SNP"):
        lost = sum(1 for n, w in before.items() if w == party and now.get(n) != party)
        won = sum(1 for n, w in now.items() if w == party and before.get(n) != party)
        if net[party] > 0 and lost:
            verb, k = "lost", lost
        elif net[party] < 0 and won:
            verb, k = "gained", won
        else:
            continue
        for true in (True, False):
            sentence = f"{PARTY[party][0]} {verb} {k if true else k + 4} seats."
            text = f"The {year} general election\n\nSeats changed hands.\n\n{sentence}\n"
            cases.append((text, sentence, true))
    if not cases:
        pytest.skip(f"no party moved against its net change at {year}")
    wrong, _missed, _supported = _judge(cases, store_path)
    assert not wrong, wrong


#: invented people: the store names no candidate at a 1918-2005 election
PEOPLE = ("Arthur Pemberton", "Edith Ashworth", "Walter Greenhalgh", "Mabel Threlfall")


@pytest.mark.parametrize("election", ("1923", "1950", "1970"))
def test_unnamed_winner_at_a_series_election(election: str, store_path: Any) -> None:
    """ "PERSON won SEAT by N" at a 1918-2005 election, the person unknown to the store: N is
    the seat's majority (CBP-8647: top group's votes less the second's), true or not whoever
    the person is; a figure 20 per cent off is caught."""
    from tests.claims_corpus._raw import history

    rows = sorted(
        (h for h in history() if h.election == election and h.seats == 1 and not h.unopposed),
        key=lambda h: h.name,
    )
    rows = [h for h in rows if "&" not in h.name and h.majority > 500][::60][:6]
    cases = []
    for i, h in enumerate(rows):
        for true in (True, False):
            n = h.majority if true else round(h.majority * 1.2)
            sentence = f"{PEOPLE[i % len(PEOPLE)]} won {h.name} by {n:,}."
            text = f"The {election} general election\n\nResults came in overnight. {sentence}\n"
            cases.append((text, sentence, true))
    wrong, missed, _supported = _judge(cases, store_path)
    assert not wrong, wrong
    assert len(missed) <= len(rows) // 2, missed


def test_percentage_that_is_a_census_group(store_path: Any) -> None:
    """ "SEAT, where N per cent are Muslim, ...": the census share of the group
    (census21_wpc_religion.csv counts, 'Does not apply' dropped); a figure three points off
    is never supported (it is ``depends`` where the seat as it was before 2024, estimated,
    is another reading: the census evaluator's rule, not this class's)."""
    from tests.claims_corpus._raw import census_counts

    rel = census_counts("religion")
    share = {
        s: sum(n for k, n in c.items() if k.startswith("Muslim")) / c["_total"]
        for s, c in rel.items()
    }
    seats = sorted((s for s in share if share[s] > 0.08), key=lambda s: -share[s])
    seats = seats[:: max(1, len(seats) // 6)][:6]
    cases = []
    for s in seats:
        for true in (True, False):
            pct = 100 * share[s] + (0 if true else 3)
            sentence = f"{s}, where {pct:.1f} per cent are Muslim, has a young population."
            text = f"The 2024 general election\n\nFaith and the vote.\n\n{sentence}\n"
            cases.append((text, sentence, true))
    wrong, _missed, supported = _judge(cases, store_path)
    assert not wrong, wrong
    assert supported >= len(seats) // 2, supported
