"""Parsers on the real files' quirks, and on small synthetic files of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from psephos.errors import SchemaError
from psephos.sources import get_source, parser_for, resolve
from psephos.sources._read import fix_mojibake, read_csv, to_number


def _parse(source_id: str, mirror: Path) -> dict:
    src = get_source(source_id)
    return parser_for(src)(resolve(src, mirror=mirror))


def test_fix_mojibake() -> None:
    assert fix_mojibake("\u00c3\u0081ine") == "Áine"  # bytes C3 83 C2 81 read as UTF-8
    assert fix_mojibake("LÃ©onie") == "Léonie"
    assert fix_mojibake("Ynys Môn") == "Ynys Môn"  # correct text is left alone
    assert fix_mojibake("Ã alone") == "Ã alone"


def test_double_encoded_name_in_2024_file(mirror: Path) -> None:
    cands = _parse("ge2024-candidates", mirror)["candidacies"]
    row = cands[cands["family_name"] == "Groogan"].iloc[0]
    assert row["given_name"] == "Áine"


def test_headerless_2019_file_and_trailing_spaces(mirror: Path) -> None:
    out = _parse("ge2019-constituencies", mirror)
    assert len(out["contests"]) == 650
    # 2024 candidate file has "County " with a trailing space on Scottish county seats
    cands = _parse("ge2024-candidates", mirror)["candidacies"]
    assert not cands["party_code"].str.endswith(" ").any()


def test_notional_aggregates_dropped_and_scottish_codes_mapped(mirror: Path) -> None:
    out = _parse("notional2019", mirror)
    cands = out["candidacies"]
    assert not cands["party_name"].str.contains("TOTOTHV|MAXOTHV").any()
    codes = set(out["contests"]["ons_code"])
    assert {"S14000107", "S14000108", "S14000109", "S14000110", "S14000111"} <= codes
    assert not {"S14000058", "S14000006", "S14000010", "S14000008", "S14000040"} & codes
    # PROVENANCE.md: Ilford North notional 2019 Lab 28,024, Con 18,994; valid 51,761
    iln = cands[cands["ons_code"] == "E14001300"].set_index("party_code")["votes"]
    assert iln["Lab"] == 28024 and iln["Con"] == 18994 and iln.sum() == 51761


def test_cp1252_history_file(mirror: Path) -> None:
    hist = _parse("history-1918-2019", mirror)["history_1918_2019"]
    assert len(hist) == 17698  # PROVENANCE.md row count
    assert (hist["constituency_name"] == "Ynys Môn").any()
    assert hist["con_votes"].min() >= 0  # -1/-2 sentinels became missing


def test_preamble_and_thousands_separators(tmp_path: Path) -> None:
    f = tmp_path / "preamble.csv"
    f.write_text('Title line\n[Note 1]\nONS ID,Electorate,\nE1,"53,141",\nE2,"1,002",\n')
    frame = read_csv(
        f, name="preamble.csv", columns=["ONS ID", "Electorate"], header=True, skiprows=2
    )
    assert list(to_number(frame, "Electorate", name="preamble.csv")) == [53141, 1002]
    assert list(frame["source_row"]) == [4, 5]


def test_bad_number_names_file_row_and_column(tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("ONS ID,Votes\nE1,12\nE2,twelve\n")
    frame = read_csv(f, name="bad.csv", columns=["ONS ID", "Votes"], header=True)
    with pytest.raises(SchemaError) as err:
        to_number(frame, "Votes", name="bad.csv")
    msg = str(err.value)
    assert "bad.csv" in msg and "row 3" in msg and "'Votes'" in msg and "twelve" in msg


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.csv"
    f.write_text("")
    with pytest.raises(SchemaError, match="empty"):
        read_csv(f, name="empty.csv", columns=["a"], header=True)


def test_notional_2005_other_votes_are_an_explicit_aggregate(mirror: Path) -> None:
    # 408 rows of the file are coded NA,NA,NA (votes not attributed to a party); counted
    # with the csv module, 370 of them have votes and 38 have 0.
    cands = _parse("notional2005", mirror)["candidacies"]
    assert not (cands["party_code"] == "NA").any()
    oth = cands[cands["party_code"] == "Oth"]
    assert len(oth) == 370 and (oth["votes"] > 0).all()
