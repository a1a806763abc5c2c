"""The built store against official figures (each expected value cites its source)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from psephos.store.validate import OFFICIAL_2024_SEATS

# Total valid votes, House of Commons Library files as listed in shared/data/results/
# PROVENANCE.md ("Checks run on every general-election pair"): corrected files.
TOTAL_VALID = {
    "ge2010": 29_687_604,
    "ge2015": 30_697_525,
    "ge2017": 32_204_184,
    "ge2019": 32_014_110,
    "ge2024": 28_809_340,
}


def test_650_seats_and_valid_vote_totals(db: duckdb.DuckDBPyConnection) -> None:
    got = dict(
        db.execute("""SELECT election_id, sum(valid_votes) FROM contests
                             WHERE election_id LIKE 'ge%' GROUP BY 1""").fetchall()
    )
    assert got == TOTAL_VALID
    seats = dict(
        db.execute("""SELECT election_id, count(*) FROM contests
                               WHERE election_id LIKE 'ge%' GROUP BY 1""").fetchall()
    )
    assert set(seats.values()) == {650}


def test_2024_seats_by_party_are_official(db: duckdb.DuckDBPyConnection) -> None:
    # Commons Library CBP-10009, Table 1; also restated in the issue.
    assert OFFICIAL_2024_SEATS == {
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
    got = dict(
        db.execute(
            "SELECT party_code, count(*) FROM candidacies "
            "WHERE election_id = 'ge2024' AND elected GROUP BY 1"
        ).fetchall()
    )
    assert got == OFFICIAL_2024_SEATS


def test_notional_2019_seat_totals(db: duckdb.DuckDBPyConnection) -> None:
    # Rallings & Thrasher notional 2019 on the 2024 boundaries, as published (BBC/PA):
    # Con 372, Lab 200, SNP 48, LD 8, PC 2; NI per Whyte: DUP 8, SF 7, SDLP 2, APNI 1.
    got = dict(
        db.execute(
            "SELECT party_code, count(*) FROM candidacies "
            "WHERE election_id = 'notional2019' AND elected GROUP BY 1"
        ).fetchall()
    )
    assert (got["Con"], got["Lab"], got["SNP"], got["LD"], got["PC"]) == (372, 200, 48, 8, 2)
    assert (got["DUP"], got["SF"], got["SDLP"], got["APNI"]) == (8, 7, 2, 1)


def test_every_fact_row_has_a_source(db: duckdb.DuckDBPyConnection) -> None:
    known = {r[0] for r in db.execute("SELECT source_id FROM sources").fetchall()}
    for table in (
        "contests",
        "candidacies",
        "boundary_overlaps",
        "census",
        "census_summary",
        "deprivation",
        "hexes",
        "history_1918_2019",
        "constituencies",
        "elections",
    ):
        ids = {r[0] for r in db.execute(f"SELECT DISTINCT source_id FROM {table}").fetchall()}
        assert ids and None not in ids and ids <= known, table


def test_joins_of_2024_seats(db: duckdb.DuckDBPyConnection) -> None:
    n = db.execute("""SELECT count(*) FROM constituencies k JOIN census_summary c USING (ons_code)
                      WHERE k.boundary_set = '2024'""").fetchone()[0]
    assert n == 632  # GB seats: 543 England + 57 Scotland + 32 Wales (summary file)
    n = db.execute("""SELECT count(*) FROM constituencies k JOIN hexes h USING (ons_code)
                      WHERE k.boundary_set = '2024'""").fetchone()[0]
    assert n == 650
    n = db.execute("SELECT count(*) FROM deprivation WHERE ons_code IS NOT NULL").fetchone()[0]
    assert n == 650


def test_reform_is_linked_to_the_brexit_party(db: duckdb.DuckDBPyConnection) -> None:
    assert db.execute("SELECT predecessor FROM parties WHERE party_code = 'RUK'").fetchone() == (
        "BRX",
    )


def test_by_election_discrepancies_are_kept_as_notes(db: duckdb.DuckDBPyConnection) -> None:
    # Sheffield Brightside & Hillsborough 2016: the candidate rows add to 23,481 while the
    # constituency row says 22,581 valid votes (a 900-vote typo in the official file).
    notes = db.execute("SELECT election_id, column_name FROM data_notes").fetchall()
    assert ("by-2016-05-05-sheffield-brightside-and-hillsborough", "Valid votes") in notes


def test_notional_parties_take_the_2019_codes(db: duckdb.DuckDBPyConnection) -> None:
    # The notional file's own ids are sometimes stale or wrong (Advance Together carries
    # TUSC's id 157; the Yorkshire Party, Yorkshire First's 182; People Before Profit, the
    # English party's 242): every notional party must still get a code the 2019 candidate
    # file uses for it.
    codes19 = {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT party_code FROM candidacies WHERE election_id = 'ge2019'"
        ).fetchall()
    }
    notional = dict(
        db.execute("""SELECT party_name, any_value(party_code) FROM candidacies
                                  WHERE election_id = 'notional2019' GROUP BY 1""").fetchall()
    )
    assert set(notional.values()) <= codes19
    assert notional["Advance Together"] == "Adv"
    assert notional["The Yorkshire Party (was Yorkshire First)"] == "Yrks"
    assert notional["People Before Profit"] == "PBPA"
    assert notional["Socialist Party"] == "SPGB"


def test_belfast_west_people_before_profit_change(store_path: Path) -> None:
    # Notional file, Belfast West: PBPV 6,059 of 42,899 valid votes = 14.12 %; the 2024
    # file gives People Before Profit Alliance 5,048 votes: the change is against 14.12 %.
    from psephos.analysis.seat import seat_profile

    p = seat_profile("N05000004", db=store_path).to_dict()
    pbpa = next(c for c in p["candidates"] if c["party_code"] == "PBPA")
    assert pbpa["votes"] == 5048
    assert pbpa["change"] == pytest.approx(pbpa["share"] - 6059 / 42899)
