"""psephos target: the share a party needs for N seats, and the fixes that keep models
from contradicting the user (issue 10, item 6)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from click.testing import CliRunner

from psephos.cli import cli
from psephos.errors import InputError
from psephos.models import project
from psephos.models.target import TOL, share_for_seats


def test_deterministic_share_is_the_threshold(store_path) -> None:
    r = share_for_seats("Lab", 326, models=["uns"], sims=0, db=store_path).rows[0]
    s = r["share"]
    assert 0.2 < s < 0.45
    at = project({"Lab": s * 100}, model="uns", db=store_path).seat_totals()["Lab"]
    below = project({"Lab": (s - 2 * TOL) * 100}, model="uns", db=store_path).seat_totals()
    assert at >= 326 > below["Lab"]


def test_monte_carlo_range_brackets_the_median(store_path) -> None:
    r = share_for_seats("Con", 200, models=["transition"], sims=100, db=store_path).rows[0]
    assert r["mc_p05"] <= r["mc_p50"] <= r["mc_p95"]
    assert "even chance" in r["sentence"]


def test_unreachable_says_so(store_path) -> None:
    r = share_for_seats("PC", 100, models=["uns"], sims=0, db=store_path).rows[0]
    assert r["share"] is None and "cannot reach 100 seats" in r["sentence"]


def test_cli_target_json(store_path) -> None:
    res = CliRunner().invoke(
        cli,
        ["target", "Labour", "--seats", "300", "--model", "stm", "--sims", "0"]
        + ["--json", "--db", str(store_path)],
    )
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["party"] == "Lab" and d["seats"] == 300 and d["area"] == "GB"
    assert [r["model"] for r in d["models"]] == ["stm"]


# ---- item 6: what contradicted the user ------------------------------------------------


def test_a_poll_summing_to_100_is_accepted(store_path) -> None:
    poll = {"Lab": 34, "Con": 24, "RUK": 15, "LD": 12, "Green": 7, "SNP": 3, "PC": 1, "Oth": 4}
    p = project(poll, db=store_path)
    assert any("scaled" in n for n in p.notes)
    assert sum(p.seat_totals().values()) == 650


def test_unnamed_parties_keep_their_relative_shares(store_path) -> None:
    p = project({"Lab": 40}, model="uns", db=store_path)
    b = p.seat_info
    gb = b.country != "Northern Ireland"
    v = b.valid_votes[gb]

    def gb_share(x: np.ndarray, party: str) -> float:
        return float(v @ x[gb, b.column(party)] / v.sum())

    base_ratio = gb_share(p.base_shares, "Con") / gb_share(p.base_shares, "LD")
    new_ratio = gb_share(p.shares, "Con") / gb_share(p.shares, "LD")
    assert new_ratio == pytest.approx(base_ratio, rel=0.02)  # UNS floors cost a little
    assert any("in proportion to their base shares" in n for n in p.notes)


@pytest.mark.parametrize(
    ("targets", "match"),
    [
        ({"DUP": 5}, "stands only in Northern Ireland"),
        ({"Lab": math.nan}, "must be 0–100"),
        ({"Wales": {"SNP": 5}}, "stands only in Scotland"),
    ],
)
def test_nonsense_is_refused(store_path, targets, match) -> None:
    with pytest.raises(InputError, match=match):
        project(targets, db=store_path)


def test_negative_seed_is_an_error(store_path) -> None:
    with pytest.raises(InputError, match="seed"):
        project({"Lab": 30}, sims=10, seed=-1, db=store_path)
    res = CliRunner().invoke(
        cli,
        ["project", "--shares", "Lab=30", "--sims", "10", "--seed", "-3", "--db", str(store_path)],
    )
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_proportional_short_of_its_target_says_so(store_path) -> None:
    p = project({"RUK": 40, "Lab": 20}, model="proportional", db=store_path)
    assert any("cannot reach the target for RUK" in n for n in p.notes)


def test_tactical_votes_go_only_against_the_leader(store_path) -> None:
    shares = {"Lab": 30, "Con": 28, "RUK": 16, "LD": 12, "Green": 7}
    plain = project(shares, model="uns", db=store_path)
    tact = project(shares, model="uns", tactical=["Green->Con=50"], db=store_path)
    g = plain.seat_info.column("Green")
    con = plain.seat_info.column("Con")
    con_leads = plain.shares.argmax(axis=1) == con
    moved = ~np.isclose(plain.shares[:, g], tact.shares[:, g])
    assert moved.any()
    assert not (moved & ~con_leads).any()  # nothing moves where Con does not lead


@pytest.mark.parametrize("change", ["-1.5", "nan", "9"])
def test_whatif_refuses_impossible_turnout(store_path, change: str) -> None:
    res = CliRunner().invoke(
        cli,
        ["whatif", "Ilford North", "--group", "Muslim", "--group-split", "Ind=0.7,Lab=0.2"]
        + ["--group-change", change, "--db", str(store_path)],
    )
    assert res.exit_code in (1, 2), res.output  # InputError exits 2, like click's
    assert "turnout" in res.output and "Traceback" not in res.output
