"""One party resolver, one suggestion helper, one election resolver, and the Speaker's seat
left out of swing and change (review findings 1–5, 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from psephos._suggest import suggest
from psephos.analysis.parties import party_code
from psephos.errors import NotFoundError


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lab", "Lab"),
        ("labour", "Lab"),
        ("Labour Co-operative", "Lab"),
        ("Reform", "RUK"),
        ("Reform UK", "RUK"),
        ("Brexit Party", "BRX"),
        ("Brexit", "BRX"),
        ("brx", "BRX"),  # the party as it stood; the models map it to RUK themselves
        ("Sinn Fein", "SF"),
        ("Sinn Féin", "SF"),
        ("Alliance", "APNI"),
        ("Speaker", "Spk"),
        ("Social Democratic and Labour Party", "SDLP"),  # the store's full name
        ("the brexit party", "BRX"),
        ("Workers Party of Britain", "WPB"),
    ],
)
def test_party_code_accepts_codes_names_and_common_names(store_path: Path, text, code) -> None:
    assert party_code(text, db=store_path) == code


def test_unknown_party_suggests_codes(store_path: Path) -> None:
    with pytest.raises(NotFoundError) as err:
        party_code("Sinn Fien", db=store_path)
    assert err.value.suggestions[0] == "SF"
    with pytest.raises(NotFoundError) as err:
        party_code("Conservtive", db=store_path)
    assert err.value.suggestions == ["Con"]


def test_party_code_without_a_store() -> None:
    parties = {"SF": ("Sinn Féin", "Sinn Fein"), "Lab": ("Labour",)}
    assert party_code("sinn fein", parties=parties) == "SF"
    assert party_code("LAB", parties=parties) == "Lab"


def test_suggest_is_one_helper() -> None:
    assert suggest("majorty", ["majority", "turnout"]) == ["majority"]
    assert suggest("", ["majority"]) == []
    assert suggest("zzzz", ["majority"]) == []


def test_metrics_and_models_resolve_parties_alike(store_path: Path) -> None:
    from psephos.analysis.metrics import parse_metric
    from psephos.models.project import known_parties
    from psephos.models.targets import normalise_targets

    assert parse_metric("share:Sinn Fein", db=store_path).key == "share:SF"
    assert parse_metric("share:Brexit", db=store_path).key == "share:BRX"
    known = known_parties(store_path)
    clean = normalise_targets(
        {"Northern Ireland": {"Sinn Fein": 30}, "GB": {"Brexit": 5}}, known, db=store_path
    )
    # models read the notional Brexit Party as Reform UK (docs/models.md)
    assert clean == {"Northern Ireland": {"SF": 30.0}, "GB": {"RUK": 5.0}}


def test_swing_leaves_out_the_speakers_seat(store_path: Path) -> None:
    from psephos.analysis.rank import rank
    from psephos.analysis.swing import aggregate_swing, seat_swing, speaker_seats

    # The Speaker stood in Buckingham in 2010 (John Bercow) and in Glasgow North East in
    # the notional 2005 result (Michael Martin): both left out, 650 - 2 = 648 seats.
    assert speaker_seats("ge2010", db=store_path) == {
        "E14000608": "Buckingham",
        "S14000032": "Glasgow North East",
    }
    sw = seat_swing("Con", "Lab", election="ge2010", db=store_path)
    assert len(sw) == 648
    assert not {"Buckingham", "Glasgow North East"} & set(sw["name"])
    r = rank("swing:Con-Lab", election="ge2010", db=store_path, top=3)
    assert r.n == 648
    assert "excluding the Speaker's seats (Buckingham, Glasgow North East)" in r.universe
    assert r.table["name"].iloc[0] == "Blaenau Gwent"  # +7.7 points, no longer 3rd
    agg = aggregate_swing("Con", "Lab", election="ge2010", db=store_path)
    assert agg["n_seats"] == 648 and "Speaker" in agg["universe"] and "Speaker" in agg["note"]
    # 2024: Chorley (Lindsay Hoyle) is the only Speaker's seat: 649 ranked on change
    ch = rank("change:Lab", election="ge2024", db=store_path, top=1)
    assert ch.n == 649 and "(Chorley)" in ch.universe


def test_change_for_a_party_that_did_not_stand_is_an_error(store_path: Path) -> None:
    from psephos.analysis.rank import rank

    # Reform UK first stood in 2024; in 2019 it was the Brexit Party: no 650-way tie at 0
    with pytest.raises(NotFoundError, match="RUK did not stand") as err:
        rank("change:RUK", election="ge2019", db=store_path)
    assert "BRX" in str(err.value)
    with pytest.raises(NotFoundError, match="seats asked for"):
        rank("change:SNP", where="country=England", db=store_path)
    with pytest.raises(NotFoundError, match="RUK did not stand"):
        rank("share:RUK", election="ge2019", db=store_path)


def test_swing_report_matches_aggregate(store_path: Path) -> None:
    from psephos.analysis.swing import aggregate_swing, swing_report

    rep = swing_report("Con", "Lab", election="ge2024", where=["country=Wales"], db=store_path)
    assert rep["aggregate"] == aggregate_swing(
        "Con", "Lab", election="ge2024", where=["country=Wales"], db=store_path
    )
    assert rep["aggregate"]["n_seats"] == 32  # Wales has 32 seats on the 2024 boundaries
    assert len(rep["seats"]) == 10


def test_unknown_elections_list_what_is_accepted(store_path: Path) -> None:
    from psephos.analysis.summary import summary

    for bad in ("", "by-2025-05-01-runcorn-and-helsby", "ge2020"):
        with pytest.raises(NotFoundError) as err:
            summary(election=bad, db=store_path)
        text = str(err.value)
        assert "ge2010" in text and "ge2024" in text and "notional2019" in text and "1918" in text
    with pytest.raises(NotFoundError, match="by-elections cannot be summarised"):
        summary(election="by-2025-05-01-runcorn-and-helsby", db=store_path)


def test_independents_row_is_labelled_not_a_party(store_path: Path) -> None:
    from psephos.analysis.summary import INDEPENDENTS, summary

    s = summary(election="ge2024", by="none", db=store_path)
    ind = s.table[(s.table["area"] == "UK") & (s.table["party_code"] == "Ind")].iloc[0]
    assert ind["seats"] == 6  # the official total: six independents won in 2024
    assert ind["party_name"] == INDEPENDENTS and "not a party" in INDEPENDENTS
    assert any("not one party's change" in n for n in s.notes)


def test_caches_follow_a_rebuilt_store(store_path: Path, tmp_path: Path) -> None:
    import os
    import shutil

    from psephos.analysis.frame import seat_frame
    from psephos.analysis.swing import share_table
    from psephos.store.connect import _memo, connect

    copy = tmp_path / "copy.duckdb"
    shutil.copy(store_path, copy)
    first = share_table("ge2024", db=copy)
    seat_frame("ge2024", db=copy)
    con = connect(copy)
    mine = {k for k in _memo if k[0] == id(con)}
    assert any("share_table" in k[1] for k in mine) and any("seat_frame" in k[1] for k in mine)
    st = copy.stat()
    os.utime(copy, (st.st_atime, st.st_mtime + 5))  # what a rebuild does: a new connection
    new = connect(copy)
    assert new is not con
    if id(new) != id(con):  # the old connection's entries went with it
        assert not {k for k in _memo if k[0] == id(con)}
    assert share_table("ge2024", db=copy).equals(first)


def test_whatif_command_does_not_load_numpy() -> None:
    code = (
        "import sys; import psephos.models.whatif, psephos.models.shares; "
        "print('numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
