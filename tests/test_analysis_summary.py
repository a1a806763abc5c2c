"""Golden tests for party summaries (seats, votes, shares by area)."""

from __future__ import annotations

import pytest

from psephos.analysis.summary import summary

# 2024 seats by party, UK and per country: House of Commons Library, CBP-10009
# "General election 2024 results" (Table 1 and the country tables).
UK_2024 = {
    "Lab": 411,
    "Con": 121,
    "LD": 72,
    "SNP": 9,
    "SF": 7,
    "Ind": 6,
    "RUK": 5,
    "DUP": 5,
    "Green": 4,
    "PC": 4,
    "SDLP": 2,
    "APNI": 1,
    "UUP": 1,
    "TUV": 1,
    "Spk": 1,
}
COUNTRY_2024 = {
    "England": {"Lab": 347, "Con": 116, "LD": 65, "RUK": 5, "Green": 4, "Ind": 5, "Spk": 1},
    "Scotland": {"Lab": 37, "SNP": 9, "LD": 6, "Con": 5},
    "Wales": {"Lab": 27, "PC": 4, "LD": 1},
    "Northern Ireland": {"SF": 7, "DUP": 5, "SDLP": 2, "APNI": 1, "UUP": 1, "TUV": 1, "Ind": 1},
}


def _seats(table, area):
    part = table[(table["area"] == area) & (table["seats"] > 0)]
    return dict(zip(part["party_code"], part["seats"].astype(int), strict=True))


def test_uk_2024_seats_and_valid_votes_match_official(store_path):
    s = summary(election="ge2024", db=store_path)
    assert _seats(s.table, "UK") == UK_2024
    uk = s.totals.set_index("area").loc["UK"]
    # Total valid votes in the corrected CBP-10009 file (PROVENANCE.md of the results mirror).
    assert int(uk["valid_votes"]) == 28_809_340
    assert int(uk["seats"]) == 650


@pytest.mark.parametrize("country", list(COUNTRY_2024))
def test_country_2024_seats_match_official(store_path, country):
    s = summary(election="ge2024", db=store_path)
    assert _seats(s.table, country) == COUNTRY_2024[country]


def test_gb_is_uk_without_northern_ireland(store_path):
    totals = summary(election="ge2024", db=store_path).totals.set_index("area")
    assert totals.loc["Great Britain", "seats"] == 632
    assert (
        totals.loc["Great Britain", "valid_votes"] + totals.loc["Northern Ireland", "valid_votes"]
    ) == totals.loc["UK", "valid_votes"]


def test_2024_change_is_against_notional_2019(store_path):
    s = summary(election="ge2024", db=store_path)
    assert s.compared_with == "notional2019"
    con = s.table[(s.table["area"] == "UK") & (s.table["party_code"] == "Con")].iloc[0]
    # Notional 2019 (Rallings & Thrasher on 2024 boundaries): Conservatives won 372 seats.
    assert con["prev_seats"] == 372 and con["seat_change"] == 121 - 372
    ruk = s.table[(s.table["area"] == "UK") & (s.table["party_code"] == "RUK")].iloc[0]
    assert ruk["prev_votes"] > 0  # compared with the Brexit Party
    assert any("Brexit Party" in n for n in s.notes)


def test_2019_totals_match_official(store_path):
    s = summary(election="2019", by="none", db=store_path)
    # CBP-8749: Con 365, Lab 202, SNP 48, LD 11; 32,014,110 valid votes (PROVENANCE.md).
    seats = _seats(s.table, "UK")
    assert (seats["Con"], seats["Lab"], seats["SNP"], seats["LD"]) == (365, 202, 48, 11)
    assert int(s.totals.set_index("area").loc["UK", "valid_votes"]) == 32_014_110


def test_region_rows_add_up_to_uk(store_path):
    s = summary(election="ge2024", by="region", db=store_path)
    regions = s.table[s.table["area_type"] == "region"]
    assert regions["seats"].sum() == 650
    assert sorted(s.totals[s.totals["area_type"] == "region"]["area"])[0] == "East Midlands"


def test_bad_by_is_an_input_error(store_path):
    from psephos.errors import InputError

    with pytest.raises(InputError, match="--by"):
        summary(by="county", db=store_path)
