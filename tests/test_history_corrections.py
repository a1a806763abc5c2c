"""The 1918–2019 series made true to the record: unopposed returns and two-member seats
placed, the corrections table applied (each row matching one row of the file), the
Speaker's seat never a change of hands, the provenance stated exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.analysis.history import all_seat_results, history_report, where_ranks
from psephos.analysis.names import fold
from psephos.analysis.series import history_seats, party_series
from psephos.cli import cli
from psephos.errors import InputError
from psephos.sources.corrections import CORRECTIONS, SPEAKERS

# Labour seats at each general election: House of Commons Library, "UK Election Statistics:
# 1918-2023" (CBP-7529), table 1.01 (the published totals of the CBP-8647 data file).
LABOUR_SEATS = {
    "1945": 393,
    "1950": 315,
    "1951": 295,
    "1955": 277,
    "1959": 258,
    "1964": 317,
    "1974F": 301,
    "1974O": 319,
    "1979": 269,
    "1983": 209,
    "1987": 229,
    "1992": 271,
    "1997": 418,
    "2001": 412,
    "2005": 355,
}


@pytest.fixture(scope="module")
def series(store_path: Path):  # noqa: ANN201
    return party_series(db=store_path)


@pytest.mark.parametrize("election", sorted(LABOUR_SEATS))
def test_labour_seats_match_the_published_totals(series, election: str) -> None:  # noqa: ANN001
    row = series[(series["election"] == election) & (series["party"] == "Lab")]
    assert int(row["seats"].iloc[0]) == LABOUR_SEATS[election]


def test_every_seat_is_placed_or_counted_as_unplaced(store_path: Path, series) -> None:  # noqa: ANN001
    """Per election: seats won by the five groups + seats not placed = all seats."""
    seats = history_seats(db=store_path)
    totals = seats.groupby("election")["seats"].sum()
    won = series.groupby("election")["seats"].sum()
    unplaced = series.groupby("election")["unplaced_seats"].first()
    for election, total in totals.items():
        assert won[election] + unplaced[election] == total, election
    # 1945: 640 seats (CBP-7529), 15 in university or Oth-topped multi-member seats
    assert totals["1945"] == 640


def test_unopposed_returns_are_won(store_path: Path, db) -> None:  # noqa: ANN001
    """Every row with a group returned unopposed (and no other group) is won by it."""
    rows = db.execute(
        """SELECT election, trim(constituency_name), boundary_set, lab_unopposed
           FROM history_1918_2019 WHERE year < 2010 AND lab_unopposed > 0
             AND coalesce(con_unopposed, 0) + coalesce(lib_unopposed, 0)
               + coalesce(oth_unopposed, 0) + coalesce(natsw_unopposed, 0) = 0"""
    ).fetchall()
    assert rows
    seats = history_seats(db=store_path).set_index(["election", "name", "boundary_set"])
    for election, name, bset, n in rows:
        row = seats.loc[(election, name, bset)]
        row = row.iloc[0] if row.ndim > 1 else row
        assert row["Lab_seats"] == n and row["placed"] == "unopposed"


def test_every_correction_and_speaker_matches_one_row(db) -> None:  # noqa: ANN001
    keys = {}
    for e, n, b in db.execute(
        "SELECT election, constituency_name, boundary_set FROM history_1918_2019"
    ).fetchall():
        keys[(e, fold(n), b)] = keys.get((e, fold(n), b), 0) + 1
    elections = {e for e, _, _ in keys}
    for c in CORRECTIONS:
        assert c.reason and c.source
        if c.constituency_name == "*":
            assert c.election in elections
        else:
            assert keys.get((c.election, fold(c.constituency_name), c.boundary_set)) == 1, c
    for s in SPEAKERS:
        assert keys.get((s.election, fold(s.constituency_name), s.boundary_set)) == 1, s
    stored = db.execute("SELECT count(*), count(reason), count(source) FROM history_corrections")
    assert stored.fetchone() == (len(CORRECTIONS),) * 3


def test_no_1951_labour_seat_is_overturned(store_path: Path) -> None:
    rows = all_seat_results(db=store_path)
    fixed_1951 = {fold(c.constituency_name) for c in CORRECTIONS if c.election == "1951"}
    changed = rows[(rows["election"] == "1951") & rows["changed_hands"]]
    assert not {fold(n) for n in changed["name"]} & fixed_1951
    # Labour gained only two seats in 1951 (Anglesey, Merionethshire: Craig 1950-1970)
    gains = changed[changed["winner"] == "Lab"]
    assert sorted(gains["name"]) == ["Anglesey", "Merionethshire"]
    report = history_report("overturned", top=200, db=store_path)
    assert not any(
        r["election"] == "1951" and r["prev_winner"] == "Lab" and fold(r["name"]) in fixed_1951
        for r in report["rows"]
    )


def test_speaker_never_changes_hands(store_path: Path) -> None:
    rows = all_seat_results(db=store_path)
    speakers = {(s.election, fold(s.constituency_name)) for s in SPEAKERS}
    party = rows[rows["level"] == "party"]
    nxt = {}
    order = list(dict.fromkeys(party["election"]))
    for a, b in zip(order, order[1:], strict=False):
        nxt[a] = b
    for _, r in party[party["changed_hands"]].iterrows():
        assert (r["election"], fold(r["name"])) not in speakers
    cand = rows[rows["level"] == "candidate"]
    spk = cand[(cand["winner"] == "Spk") | (cand["prev_winner"] == "Spk")]
    assert len(spk) >= 5 and not spk["changed_hands"].any()
    assert spk["swing_to_winner"].isna().all()
    top = history_report("swings", top=50, db=store_path)["rows"]
    assert all((r["election"], fold(r["name"])) not in speakers for r in top)


def test_swings_need_two_contests(store_path: Path) -> None:
    rows = all_seat_results(db=store_path)
    with_swing = rows[rows["swing_to_winner"].notna() & (rows["level"] == "party")]
    assert with_swing["second"].notna().all()


def test_where_is_bounded(store_path: Path) -> None:
    with pytest.raises(InputError):
        where_ranks(-5, db=store_path)
    with pytest.raises(InputError):
        where_ranks(float("nan"), db=store_path)
    low = where_ranks(0.0, db=store_path)
    assert low["rank"] is None or low["rank"] <= low["n"]
    top = where_ranks(1.0, db=store_path)
    assert top["rank"] == 1


def test_top_must_be_positive(store_path: Path) -> None:
    for question in ("overturned", "swings", "independents", "minor"):
        with pytest.raises(InputError):
            history_report(question, top=0, db=store_path)
    out = CliRunner().invoke(cli, ["history", "overturned", "--top", "-1", "--db", str(store_path)])
    assert out.exit_code != 0 and "Traceback" not in out.output


def test_series_since_is_honoured(store_path: Path) -> None:
    report = history_report("series", since=1997, db=store_path)
    years = {r["election"] for r in report["rows"]}
    assert min(int(y[:4]) for y in years) == 1997
    assert "keithysimpson" in report["note"] and "not checked" in report["note"]


def test_1945_and_2005_compare(store_path: Path) -> None:
    from psephos.analysis.summary import summary

    s = summary(election="2005", compare="1945", area="UK", db=store_path)
    assert s.compared_with == "1945"
    lab = s.table[s.table["party_code"] == "Lab"].iloc[0]
    # Labour: 355 seats in 2005, 393 in 1945 (CBP-7529)
    assert (int(lab["seats"]), int(lab["prev_seats"]), int(lab["seat_change"])) == (355, 393, -38)
    back = summary(election="1945", compare="2005", area="UK", db=store_path)
    lab_back = back.table[back.table["party_code"] == "Lab"].iloc[0]
    assert float(lab_back["share_change"]) == pytest.approx(-float(lab["share_change"]))
    with pytest.raises(InputError):
        summary(election="ge2024", compare="1945", db=store_path)
    out = CliRunner().invoke(
        cli, ["summary", "--election", "2005", "--compare", "1945", "--db", str(store_path)]
    )
    assert out.exit_code == 0 and "1945" in out.output
