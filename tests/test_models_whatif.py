"""whatif(): Ilford North 2024, checked against the official constituency file."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from psephos.cli import cli
from psephos.errors import InputError, NotFoundError
from psephos.models.whatif import whatif


@pytest.fixture(scope="module")
def official(mirror) -> dict[str, str]:
    """Ilford North's row of HoC-GE2024-results-by-constituency.csv (CBP-10009)."""
    path = (
        mirror / "results/hoc-cbp10009-ge2024-first-release/HoC-GE2024-results-by-constituency.csv"
    )
    with path.open(encoding="utf-8-sig") as fh:
        return next(r for r in csv.DictReader(fh) if r["Constituency name"] == "Ilford North")


def test_ilford_north_margin_and_turnout(store_path, official) -> None:
    w = whatif("ilford north", db=store_path)
    # Official: Lab 15,647, "All other candidates" 15,119 (Leanne Mohamad), majority 528
    assert official["Majority"] == "528" and official["Lab"] == "15647"
    assert w.majority == 528
    assert (w.candidates[0]["votes"], w.candidates[1]["votes"]) == (15647, 15119)
    assert w.candidates[1]["name"] == "Leanne Mohamad"
    r = w.challengers[0]
    # By hand: 528 + 1 = 529 more votes; switchers floor(528/2) + 1 = 265;
    # 529 of Labour's 15,647 voters staying home = 3.381 %;
    # turnout 46,888 / 78,657 = 59.61 % -> (46,888 - 529) / 78,657 = 58.94 %, -0.673 points.
    electorate, valid = int(official["Electorate"]), int(official["Valid votes"])
    assert (electorate, valid) == (78657, 46888)
    assert r["extra_votes_to_win"] == 529 and r["switchers_to_win"] == 265
    assert r["winner_turnout_fall"] == pytest.approx(529 / 15647)
    assert w.turnout == pytest.approx(46888 / 78657)
    assert r["turnout_after"] == pytest.approx(46359 / 78657)
    assert r["turnout_change_points"] == pytest.approx(-0.6725, abs=1e-4)
    text = w.turnout_scenarios["text"]
    assert "528 votes" in text and "529" in text and "3.4%" in text


def test_group_turnout_needs_a_split_and_flips_at_the_hand_value(store_path) -> None:
    plain = whatif("Ilford North", group="Muslim", db=store_path)
    assert "No vote split" in plain.group["text"]
    g = whatif(
        "Ilford North",
        group="Muslim",
        group_split={"Ind": 0.7, "Lab": 0.2},
        group_change=0.1,
        db=store_path,
    ).group
    share = g["population_share"]  # census 2021 religion table, Ilford North
    voters = share * 46888
    # flip when change * voters * (0.2 - 0.7) < -(528 + 1): a rise of 529 / (0.5 voters)
    assert g["flip_turnout_change"] == pytest.approx(529 / (0.5 * voters))
    # +10 %: Lab 15,647 + .1*.2*voters, Mohamad 15,119 + .1*.7*voters
    assert g["winner"]["name"] == "Leanne Mohamad"
    assert g["majority"] == pytest.approx(15119 + 0.07 * voters - 15647 - 0.02 * voters)


def test_scenario_rerun(store_path) -> None:
    w = whatif(
        "Ilford North", targets={"Lab": 30, "Con": 28, "RUK": 18}, model="stm", db=store_path
    )
    s = w.scenario
    assert s["candidates"][0]["share"] >= s["candidates"][1]["share"]
    mohamad = [c for c in s["candidates"] if c["name"] == "Leanne Mohamad"]
    assert mohamad[0]["votes"] == 15119  # local candidates are held at their 2024 vote


def test_errors(store_path) -> None:
    with pytest.raises(NotFoundError) as exc:
        whatif("Ilferd North", db=store_path)
    assert "Ilford North" in exc.value.suggestions
    with pytest.raises(InputError):
        whatif("Ilford North", group="Muslim", group_split={"SNP": 0.5}, db=store_path)


def test_cli_whatif(store_path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["whatif", "Ilford North", "--db", str(store_path)])
    assert res.exit_code == 0, res.output
    assert "528" in res.output and "529" in res.output
    js = runner.invoke(cli, ["whatif", "Ilford North", "--json", "--db", str(store_path)])
    assert json.loads(js.output)["majority"] == 528
    assert "Examples" in runner.invoke(cli, ["whatif", "--help"]).output


def test_whatif_any_general_election(store_path) -> None:
    from psephos.models.whatif import whatif

    # Ilford North 2010 (2010 boundaries): Lee Scott (Con) 21,506, Sonia Klein (Lab) 16,102,
    # so the majority is 21,506 - 16,102 = 5,404 and Labour needed 5,405 more votes.
    w = whatif("Ilford North", election="ge2010", db=store_path)
    assert w.election == "ge2010" and w.seat["ons_code"] == "E14000759"
    assert w.majority == 5404
    assert w.challengers[0]["party"] == "Lab" and w.challengers[0]["extra_votes_to_win"] == 5405
    assert whatif("Ilford North", election=2010, db=store_path).majority == 5404


def test_project_accepts_party_names(store_path) -> None:
    from psephos.models.project import project

    p = project({"Northern Ireland": {"Sinn Fein": 30}}, db=store_path)
    assert p.targets == {"Northern Ireland": {"SF": 30.0}}
    # the Brexit Party is read as Reform UK, its new name (docs/models.md)
    assert project({"Brexit": 5, "Lab": 35}, db=store_path).targets["GB"]["RUK"] == 5.0
