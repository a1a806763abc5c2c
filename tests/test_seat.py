"""The seat profile: the issue's acceptance figures, lookups, JSON shape and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.analysis.names import find_seat, fold, search_seats
from psephos.analysis.seat import seat_profile
from psephos.cli import cli
from psephos.errors import InputError, NotFoundError

SNAPSHOT = Path(__file__).parent / "snapshots" / "seat_profile_shape.json"


@pytest.fixture(scope="module")
def ilford(store_path: Path) -> dict:
    return seat_profile("Ilford North", db=store_path).to_dict()


def test_ilford_north_acceptance(ilford: dict) -> None:
    # Figures from the Commons Library 2024 files, as restated in PROVENANCE.md and issue #2
    assert ilford["result"]["text"] == "Lab hold"
    cands = {c["name"]: c for c in ilford["candidates"]}
    assert cands["Wes Streeting"]["votes"] == 15647 and cands["Wes Streeting"]["elected"]
    assert cands["Leanne Mohamad"]["votes"] == 15119
    assert cands["Leanne Mohamad"]["party_name"] == "Independent"
    assert ilford["result"]["majority"] == 528 == 15647 - 15119
    assert ilford["comparison"]["election_id"] == "notional2019"
    assert ilford["comparison"]["majority"] == 9030  # 28,024 − 18,994
    assert ilford["member"]["held_since"] == 2015 and ilford["member"]["exact"]
    muslim = next(f for f in ilford["census"] if f["measure"] == "muslim")
    assert (round(muslim["value"] * 100, 1), muslim["rank"], muslim["of"]) == (30.6, 20, 632)
    assert muslim["rank_text"] == "20th of 632 seats in Great Britain"


def test_change_and_swing_by_hand(ilford: dict) -> None:
    cands = {c["party_code"]: c for c in ilford["candidates"]}
    # Lab: 15,647/46,888 − 28,024/51,761 = 0.333710 − 0.541411 = −0.207701 (the file's Change)
    assert cands["Lab"]["change"] == pytest.approx(15647 / 46888 - 28024 / 51761)
    assert cands["Lab"]["change"] == pytest.approx(-0.207701, abs=1e-6)
    # Reform UK compared with the Brexit Party's notional 968 votes, and says so
    assert cands["RUK"]["change"] == pytest.approx(3621 / 46888 - 968 / 51761)
    assert "BRX" in cands["RUK"]["change_note"]
    assert cands["Ind"]["change"] is None
    # Butler swing Lab -> Ind: ((0.322449 − 0) + (0.541411 − 0.333710)) / 2 = 0.265075
    swing = ilford["swing"]
    assert (swing["from"], swing["to"]) == ("Lab", "Ind")
    expected = ((15119 / 46888 - 0) + (28024 / 51761 - 15647 / 46888)) / 2
    assert swing["butler"] == pytest.approx(expected) and expected == pytest.approx(
        0.265075, abs=1e-6
    )


def test_predecessors(ilford: dict) -> None:
    preds = {p["name"]: p for p in ilford["predecessors"]}
    # An independent source, mySociety's overlaps (geo/PROVENANCE.md): new Ilford North
    # ≈ 86,545 from old Ilford North + 29,375 from Ilford South = 74.7 %. The store uses the
    # Commons Library file, whose population base differs; the two agree within 2 points.
    assert preds["Ilford North"]["pop_share_of_new"] == pytest.approx(
        86545 / (86545 + 29375), abs=0.02
    )
    years = {r["election_id"]: r for r in preds["Ilford North"]["results"]}
    assert years["ge2015"]["winner"] == "Wes Streeting" and years["ge2015"]["majority"] == 589
    assert years["ge2010"]["winner_party"] == "Con"


def test_every_number_group_has_a_source(ilford: dict) -> None:
    assert ilford["result"]["source_id"] == "ge2024-constituencies"
    assert all(c["source_id"] == "ge2024-candidates" for c in ilford["candidates"])
    assert all(f["source_id"] == "census-summary-2024" for f in ilford["census"])
    for sid in ("ge2024-candidates", "notional2019", "census-summary-2024"):
        assert ilford["sources"][sid]["url"].startswith("https://")


def test_json_shape_snapshot(ilford: dict) -> None:
    shape = json.loads(SNAPSHOT.read_text())
    for key, fields in shape.items():
        if key == "sources":
            assert isinstance(ilford["sources"], dict)
            continue
        value = ilford[key[:-2]][0] if key.endswith("[]") else ilford[key]
        assert sorted(value) == fields, key


def test_lookup_tolerates_case_accents_and_codes(store_path: Path) -> None:
    assert find_seat("ILFORD NORTH", db=store_path).ons_code == "E14001300"
    assert find_seat("e14001300", db=store_path).name == "Ilford North"
    assert find_seat("Ynys Mon", db=store_path).name == "Ynys Môn"
    assert find_seat("Ilford North", boundary_set="2010", db=store_path).ons_code == "E14000759"
    assert fold("Montgomeryshire & Glyndŵr") == "montgomeryshire and glyndwr"


@pytest.mark.parametrize("typo", ["ilford nrth", "Ilferd North", "ilford"])
def test_typos_suggest_ilford_north(store_path: Path, typo: str) -> None:
    with pytest.raises(NotFoundError) as err:
        find_seat(typo, db=store_path)
    assert err.value.suggestions[0] == "Ilford North"
    assert "Did you mean: Ilford North" in str(err.value)
    assert search_seats(typo, db=store_path)[0][0].name == "Ilford North"


def test_bad_inputs(store_path: Path) -> None:
    with pytest.raises(InputError):
        find_seat("", db=store_path)
    with pytest.raises(InputError):
        find_seat("x" * 500, db=store_path)
    with pytest.raises(InputError, match="ge2024"):
        seat_profile("Ilford North", election="ge2023", db=store_path)
    with pytest.raises(NotFoundError, match="no constituency has the ONS code|ONS code"):
        find_seat("E99999999", db=store_path)


def test_older_elections_and_other_seats(store_path: Path) -> None:
    p = seat_profile("Ilford North", election="ge2019", db=store_path).to_dict()
    assert p["seat"]["ons_code"] == "E14000759" and p["result"]["majority"] == 5218
    assert p["comparison"]["election_id"] == "ge2017"
    assert p["member"]["held_since"] == 2015
    # Islington North 2024: Jeremy Corbyn, independent, won (Commons Library 2024 results)
    isl = seat_profile("Islington North", db=store_path).to_dict()
    assert isl["candidates"][0]["name"] == "Jeremy Corbyn"
    assert isl["candidates"][0]["party_code"] == "Ind"


def test_held_since_beyond_2010(store_path: Path) -> None:
    # Jeremy Corbyn (member 185) won Islington North at every general election 2010–2024;
    # maiden-speeches.csv has his maiden speech in the 49th Parliament (general election of
    # 9 June 1983) as member for Islington North: held since 1983, assuming unbroken service.
    corbyn = seat_profile("Islington North", db=store_path).to_dict()["member"]
    assert (corbyn["held_since"], corbyn["label"], corbyn["exact"]) == (1983, "1983", False)
    assert "49th Parliament" in corbyn["basis"]
    # Rushanara Ali won Bethnal Green and Bow 2010–2019 and its successor Bethnal Green and
    # Stepney in 2024; her maiden speech was in the 55th Parliament (elected 2010) for
    # Bethnal Green and Bow, which dates her first election: 2010, not "2010 or earlier".
    ali = seat_profile("Bethnal Green and Stepney", db=store_path).to_dict()["member"]
    assert (ali["held_since"], ali["label"], ali["open_ended"]) == (2010, "2010", False)
    assert "55th Parliament" in ali["basis"]


def test_by_election_entrant_before_2010(store_path: Path) -> None:
    # Willie Bain (the file spells him "Wille") won Glasgow North East at the November 2009
    # by-election; maiden-speeches.csv dates his speech 25 November 2009, in the 54th
    # Parliament (elected 5 May 2005): he entered between 2005 and 2009, so "2009 or earlier".
    m = seat_profile("Glasgow North East", election="2010", db=store_path).to_dict()["member"]
    assert (m["held_since"], m["label"], m["open_ended"]) == (2009, "2009 or earlier", True)
    assert "by-election" in m["basis"]


@pytest.mark.parametrize(
    ("seat", "election"),
    [("Buckingham", "ge2019"), ("Chorley", "ge2024"), ("Glasgow North East", "ge2010")],
)
def test_no_swing_in_the_speakers_seat(store_path: Path, seat: str, election: str) -> None:
    # Bercow (Buckingham) stood as Speaker in 2017, Hoyle (Chorley) in 2019 and 2024, Martin
    # (Glasgow North East) in 2005: the main parties did not stand, so no swing is computed.
    swing = seat_profile(seat, election=election, db=store_path).to_dict()["swing"]
    assert swing["butler"] is None and "Speaker" in swing["notes"][0]


def test_by_election_with_a_discrepant_file(store_path: Path) -> None:
    # Sheffield Brightside & Hillsborough, 5 May 2016, candidate file: Furniss (Lab) 14,987,
    # Winstone (UKIP) 4,497, ... adding up to 23,481, and Furniss's published share 0.638261
    # = 14,987 / 23,481. The constituency row says valid votes 22,581 and majority 9,590.
    p = seat_profile(
        "E14000921",
        election="by-2016-05-05-sheffield-brightside-and-hillsborough",
        db=store_path,
    ).to_dict()
    assert p["result"]["majority"] == 14987 - 4497 == 10490
    assert p["result"]["valid_votes"] == 23481
    assert p["candidates"][0]["share"] == pytest.approx(0.638261, abs=1e-6)
    assert sum(c["share"] for c in p["candidates"]) == pytest.approx(1.0)
    assert any("9,590" in n for n in p["result"]["notes"])
    assert any("22,581" in n for n in p["result"]["notes"])


def test_election_given_as_a_year(store_path: Path) -> None:
    assert (
        seat_profile("Ilford North", election="2019", db=store_path).election["election_id"]
        == "ge2019"
    )


def test_cli_seat_json(store_path: Path) -> None:
    res = CliRunner().invoke(cli, ["seat", "Ilford North", "--json", "--db", str(store_path)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["result"]["majority"] == 528


def test_cli_seat_typo_is_one_line_and_exit_1(store_path: Path) -> None:
    res = CliRunner().invoke(cli, ["seat", "ilford nrth", "--db", str(store_path)])
    assert res.exit_code == 1
    assert "Did you mean: Ilford North" in res.output and "Traceback" not in res.output


def test_cli_seat_table(store_path: Path) -> None:
    res = CliRunner().invoke(
        cli, ["seat", "Ilford North", "--db", str(store_path)], env={"COLUMNS": "100"}
    )
    assert res.exit_code == 0
    for text in (
        "Lab hold",
        "15,647",
        "Majority 528",
        "held since 2015",
        "20th of 632 seats in Great Britain",
    ):
        assert text in res.output


def test_cli_missing_store_is_exit_2(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["seat", "Ilford North", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "psephos build" in res.output


def test_cli_as_a_process(store_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "psephos.cli", "seat", "E14001300", "--json"],
        env={**os.environ, "PSEPHOS_DB": str(store_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["member"]["label"] == "2015"
