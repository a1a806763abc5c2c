"""The analysis modules behind the claim checker's history and by-election answers:
records (the 1918–2024 series by party, turnout and seat lineage), by-elections, first
election of members, and candidates by seat.

Receipts:

* CBP-8647 ``1918-2019election_results.csv``: rows with the most Con votes in 1997: 165 of
  659 (Lab 418); 2001: Con 166, Lab 412; Wales 2001: Lab 34, Nat 4, Lib 2 (Con 0).
  'Cheshire Macclesfield' 1918-1951 and 'Macclesfield' 1955-2019: Con first every time.
* PSEPH 58 ``by-elections/constituencies.csv``: 23 rows (file has no header); Hartlepool
  06/05/2021 'Con gain from Lab', Con 15,529, Lab 8,589 of 29,933 valid; PSEPH 58
  ``general-election/constituencies.csv`` Hartlepool: Lab hold, majority 3,595, Con
  11,869, Lab 15,464 of 41,037 valid. Butler swing Lab->Con:
  ((15529/29933 - 11869/41037) + (15464/41037 - 8589/29933)) / 2 = 0.1597.
* ``maiden-speeches.csv``: Keith Vaz (member 338), parliament 50, Leicester East (1987).
* PSEPH 59 ``general-election/candidacies.csv``: Clacton (E14001174) Nigel Farage RUK
  21,225 first, Giles Watling Con 12,820 second.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.analysis.byelection_results import by_election_swing, by_elections
from psephos.analysis.candidates import seat_candidates
from psephos.analysis.members import first_elected
from psephos.analysis.records import (
    election_order,
    name_key,
    party_record,
    seat_lineage,
    series_group,
    turnout_record,
)
from psephos.errors import NotFoundError


def test_party_record_seats(store_path: Any) -> None:
    con = party_record("Con", measure="seats", db=store_path).set_index("election")["value"]
    assert con["1997"] == 165 and con["2001"] == 166
    lab = party_record("Lab", measure="seats", db=store_path).set_index("election")["value"]
    assert lab["1997"] == 418 and lab["2024"] == 411  # 2024: PSEPH 59 First party Lab
    wales = party_record("Con", measure="seats", area="Wales", db=store_path)
    assert wales.set_index("election").loc["2001", "value"] == 0


def test_party_record_groups_and_refusals(store_path: Any) -> None:
    assert series_group("SNP") == ("Nat", "Scotland")
    assert series_group("LD") == ("Lib", "UK")
    with pytest.raises(NotFoundError):
        series_group("RUK")
    with pytest.raises(NotFoundError):
        party_record("SNP", measure="share", area="UK", db=store_path)
    shares = party_record("Lab", measure="share", db=store_path)
    assert shares["value"].between(0, 1).all()
    assert list(shares["election"]) == election_order(db=store_path)


def test_turnout_record(store_path: Any) -> None:
    t = turnout_record(db=store_path).set_index("election")["value"]
    # PSEPH 55 (2010): valid votes / electorate over 650 rows = 65.1%
    assert t["2010"] == pytest.approx(0.651, abs=0.001)
    assert t.between(0.3, 1.0).all()


def test_seat_lineage_across_renames(store_path: Any) -> None:
    lin = seat_lineage(["Macclesfield"], db=store_path)
    assert {"Cheshire Macclesfield", "Macclesfield"} <= set(lin["name"])
    old = lin[lin["level"] == "party"]
    assert len(old) == 24 and (old["winner"] == "Con").all()  # 1918-2005: 24 elections
    assert seat_lineage(["No Such Seat Anywhere"], db=store_path).empty


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["North", "East", "Leeds", "Mid", "Môn", "Ynys"]), min_size=1))
def test_name_key_ignores_order_case_and_accents(words: list[str]) -> None:
    name = " ".join(words)
    assert name_key(name) == name_key(" ".join(reversed(words)).upper())
    assert name_key(name.replace("ô", "o")) == name_key(name)
    assert name_key(name + " & Rye") == name_key(name + " and Rye")


def test_by_elections_of_the_2019_parliament(store_path: Any) -> None:
    t = by_elections(parliament="ge2019", db=store_path)
    assert len(t) == 23
    hart = t[t["name"] == "Hartlepool"].iloc[0]
    assert (hart["winner"], hart["previous_winner"], hart["majority"]) == ("Con", "Lab", 6940)
    assert hart["previous_majority"] == 3595 and bool(hart["changed_hands"])
    ld = t[(t["winner"] == "LD") & (t["previous_winner"] == "Con")]
    assert len(ld) == 4
    with pytest.raises(NotFoundError):
        by_elections(parliament="ge1997", db=store_path)


def test_by_election_swing(store_path: Any) -> None:
    expected = ((15529 / 29933 - 11869 / 41037) + (15464 / 41037 - 8589 / 29933)) / 2
    got = by_election_swing("by-2021-05-06-hartlepool", "Lab", "Con", db=store_path)
    assert got == pytest.approx(expected, abs=1e-4)
    back = by_election_swing("by-2021-05-06-hartlepool", "Con", "Lab", db=store_path)
    assert back == pytest.approx(-expected, abs=1e-4)
    with pytest.raises(NotFoundError):
        by_election_swing("by-2099-01-01-nowhere", "Lab", "Con", db=store_path)


def test_first_elected(store_path: Any) -> None:
    vaz = first_elected(338, db=store_path)
    assert vaz is not None and vaz["year"] == 1987 and vaz["parliament"] == 50
    assert first_elected(-1, db=store_path) is None


def test_seat_candidates(store_path: Any) -> None:
    rows = seat_candidates("ge2024", "E14001174", db=store_path)
    assert [(r["name"], r["votes"], r["rank"]) for r in rows[:2]] == [
        ("Nigel Farage", 21225, 1),
        ("Giles Watling", 12820, 2),
    ]
    assert seat_candidates("ge2019", "E14001174", db=store_path) == []
