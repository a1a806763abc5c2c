"""Competition ranking everywhere ("=5th"), universes named by the countries ranked, and
census measures that sum every category they name (checked against the mirror's CSV)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from psephos.analysis.census_facts import KEY_MEASURES, census_facts
from psephos.analysis.frame import census_categories
from psephos.analysis.rank import rank

CENSUS = "demographics/2024-UK-General-Election-Census-Constituency-Summaries-File-v1.1.csv"


def _competition_ok(values: list[float], ranks: list[int], ascending: bool) -> None:
    for v, r in zip(values, ranks, strict=True):
        better = sum(1 for w in values if (w < v if ascending else w > v) and abs(w - v) > 1e-9)
        assert r == better + 1


@pytest.mark.parametrize("ascending", [False, True])
def test_every_census_measure_ranks_ties_together(store_path: Path, ascending: bool) -> None:
    cats = census_categories(db=store_path)["summary"][:25]
    assert cats
    for cat in cats:
        r = rank(f"census:{cat}", top=None, ascending=ascending, db=store_path)
        t = r.table
        _competition_ok(list(t["value"]), list(t["rank"]), ascending)
        shared = t["rank"].duplicated(keep=False)
        assert all(text.startswith("=") for text in t.loc[shared, "rank_text"])
        assert not any(text.startswith("=") for text in t.loc[~shared, "rank_text"])


def test_census_facts_use_competition_ranking_for_every_seat(store_path: Path, db) -> None:  # noqa: ANN001
    codes = [
        c
        for (c,) in db.execute(
            "SELECT ons_code FROM constituencies WHERE boundary_set = '2024' AND country != 'Northern Ireland'"
        ).fetchall()
    ]
    facts = {c: {f["measure"]: f for f in census_facts(db, c)} for c in codes}
    for measure in KEY_MEASURES:
        rows = [(f[measure]["value"], f[measure]["rank"]) for f in facts.values() if measure in f]
        _competition_ok([v for v, _ in rows], [r for _, r in rows], ascending=False)
        for f in facts.values():
            if measure in f:
                tied = sum(1 for v, _ in rows if abs(v - f[measure]["value"]) < 1e-9) > 1
                assert f[measure]["rank_text"].startswith("=") is tied


def test_private_renting_is_both_private_rented_categories(
    store_path: Path, db, mirror: Path
) -> None:  # noqa: ANN001
    """Every England and Wales seat: the census file's c21HousePrivateLandlord +
    c21HousePrivateOther (percentages), read here with the csv module."""
    with (mirror / CENSUS).open(encoding="utf-8-sig") as fh:
        expected = {
            r["ONSConstID"]: (
                float(r["c21HousePrivateLandlord"]) + float(r["c21HousePrivateOther"])
            )
            / 100
            for r in csv.DictReader(fh)
            if r["c21HousePrivateOther"] not in ("", "NA")
        }
    assert len(expected) >= 575
    for code, value in expected.items():
        got = {f["measure"]: f for f in census_facts(db, code)}
        assert got["private_rent"]["value"] == pytest.approx(value, abs=1e-9), code
    ilford = {f["measure"]: f for f in census_facts(db, "E14001300")}
    assert ilford["private_rent"]["value"] == pytest.approx(0.249 + 0.026)  # 24.9 + 2.6


def test_universe_names_the_countries_ranked(store_path: Path) -> None:
    ew = rank("census:religion/Muslim", top=3, db=store_path)
    assert ew.universe.startswith("575 seats in England and Wales")
    gb = rank("census:Muslim", top=3, db=store_path)
    assert gb.universe.startswith("632 seats in Great Britain")
    assert "the UK" not in ew.universe + gb.universe


def test_summary_area_every_area_and_unknown(store_path: Path) -> None:
    from psephos.analysis.summary import summary
    from psephos.errors import NotFoundError

    full = summary(by="all", db=store_path)
    areas = list(dict.fromkeys(full.totals["area"]))
    assert {"UK", "Great Britain", "Wales", "London"} <= set(areas)
    for area in ("UK", "Wales", "London", areas[-1]):
        one = summary(area=area.upper(), db=store_path)
        assert set(one.totals["area"]) == {area}
        assert len(one.table) and set(one.table["area"]) == {area}
    assert set(summary(area="gb", db=store_path).totals["area"]) == {"Great Britain"}
    with pytest.raises(NotFoundError):
        summary(area="Atlantis", db=store_path)
    from click.testing import CliRunner

    from psephos.cli import cli

    out = CliRunner().invoke(cli, ["summary", "--area", "London", "--db", str(store_path)])
    assert out.exit_code == 0 and "London" in out.output and "Lab" in out.output
    bad = CliRunner().invoke(cli, ["summary", "--area", "Atlantis", "--db", str(store_path)])
    assert bad.exit_code != 0 and "Atlantis" in bad.output
