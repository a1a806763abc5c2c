"""The 1918–2024 series: summaries, records and where a value ranks."""

from __future__ import annotations

import pytest

from psephos.analysis import history
from psephos.analysis.summary import summary


def test_1997_seats_from_the_series(store_path):
    # CBP-7529 / CBP-8647, 1997: Lab 418, Con 165, Lib Dem 46 (659 seats).
    s = summary(election="1997", db=store_path)
    uk = s.table[s.table["area"] == "UK"].set_index("party_code")["seats"]
    assert (uk["Lab"], uk["Con"], uk["Lib"]) == (418, 165, 46)
    assert s.level == "party" and s.compared_with == "1992"


def test_october_1974_follows_february(store_path):
    s = summary(election="1974O", db=store_path)
    assert s.compared_with == "1974F"
    uk = s.table[s.table["area"] == "UK"].set_index("party_code")["seats"]
    # October 1974: Labour 319, Conservative 277 (CBP-8647).
    assert (uk["Lab"], uk["Con"]) == (319, 277)


def test_party_series_runs_to_2024(store_path):
    series = history.party_series(db=store_path)
    lab = series[series["party"] == "Lab"].set_index("election")
    assert lab.loc["2024", "seats"] == 411 and lab.loc["1945", "seats"] > 350
    shares = series.groupby("election")["share"].sum()
    # shares are of the votes cast: one in all where the file's party columns add up to
    # its total_votes (CBP-8647 1992, every 2010-2024 election), less where some votes
    # are not broken down by party (1997's Northern Ireland rows: 258,349 votes)
    assert (shares.round(9) <= 1).all()
    assert shares[["1992", "2010", "2015", "2017", "2019", "2024"]].round(9).eq(1).all()
    assert shares["1997"] == pytest.approx(1 - 258_349 / 31_286_284, abs=1e-9)


def test_overturned_are_changes_of_hands(store_path):
    top = history.overturned(top=10, db=store_path)
    assert top["changed_hands"].all()
    assert top["prev_majority_share"].is_monotonic_decreasing


def test_best_independent_results(store_path):
    best = history.best_results("independent", top=5, db=store_path)
    # Sylvia Hermon, North Down 2010: 21,181 of 33,481 valid votes = 63.3%.
    assert best.iloc[0]["candidate"] == "Sylvia Hermon"
    assert best.iloc[0]["share"] == pytest.approx(21181 / 33481)


def test_where_ranks_counts_larger_values(store_path):
    rows = history.all_seat_results(db=store_path)
    changed = rows[rows["changed_hands"]]["prev_majority_share"].dropna()
    found = history.where_ranks(0.3, db=store_path)
    assert found["rank"] == int((changed > 0.3).sum()) + 1 and found["n"] == len(changed)
