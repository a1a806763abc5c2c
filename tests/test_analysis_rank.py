"""Golden and behaviour tests for seat rankings and filters."""

from __future__ import annotations

import pytest

from psephos.analysis.rank import ordinal, rank, seat_rank
from psephos.errors import InputError, NotFoundError


def test_closest_seats_with_an_independent_second(store_path):
    # CBP-10009 (2024): Ilford North, Streeting (Lab) 15,647 v Mohamad (Ind) 15,119 -> 528;
    # Bradford West, Shah (Lab) 11,724 v Islam (Ind) 11,017 -> 707.
    r = rank("majority", where=["second=Ind"], ascending=True, top=2, db=store_path)
    assert list(r.table["name"]) == ["Ilford North", "Bradford West"]
    assert list(r.table["value"]) == [528, 707]
    assert r.table["rank_text"].iloc[0] == f"1st of {r.n}"
    assert "where second = Ind" in r.universe and "General election 2024" in r.universe


def test_universe_counts_country_filter(store_path):
    r = rank("turnout", where="country=England,Wales", top=3, db=store_path)
    assert r.n == 575 and r.universe.startswith("575 seats in England and Wales")


def test_census_rank_states_great_britain(store_path):
    found = seat_rank("Ilford North", "census:Muslim", db=store_path)
    assert found["n"] == 632
    assert "of 632 seats in Great Britain" in found["text"]


def test_ties_share_a_rank(store_path):
    r = rank("census:Muslim", top=None, db=store_path)
    ranks = r.table["rank"].tolist()
    assert ranks == sorted(ranks) and ranks[0] == 1


def test_metric_filter_with_percent(store_path):
    r = rank("majority", where=["census:Muslim>=30%"], top=None, db=store_path)
    assert 0 < r.n < 50


def test_unknown_metric_suggests(store_path):
    with pytest.raises(NotFoundError) as info:
        rank("majrity", db=store_path)
    assert "majority" in info.value.suggestions


def test_malformed_filter(store_path):
    with pytest.raises(InputError, match="KEY OP VALUE"):
        rank("majority", where=["country England"], db=store_path)


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (12, "12th"), (21, "21st"), (102, "102nd")],
)
def test_ordinal(n, text):
    assert ordinal(n) == text
