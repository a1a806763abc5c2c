"""project(): targets → seats on the real store, input validation, Monte Carlo, JSON, CLI."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from psephos.cli import cli
from psephos.errors import InputError, NotFoundError
from psephos.models import project
from psephos.models.base import load_base
from psephos.models.swing import MODELS

GB7 = ("Con", "Lab", "LD", "RUK", "Green", "SNP", "PC")
# Official 2024 seats (House of Commons Library CBP-10009), UK: 650.
OFFICIAL_2024 = {
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


def _gb_base_shares(store_path, election: str) -> dict[str, float]:
    b = load_base(election, db=store_path)
    gb = b.country != "Northern Ireland"
    v = b.valid_votes[gb]
    return {p: float(v @ b.shares[gb, b.column(p)] / v.sum() * 100) for p in GB7}


@pytest.mark.parametrize("model", list(MODELS))
def test_base_shares_reproduce_the_2024_result(store_path, model: str) -> None:
    p = project(_gb_base_shares(store_path, "ge2024"), model=model, db=store_path)
    assert p.seat_totals() == OFFICIAL_2024
    assert np.allclose(p.shares, p.base_shares, atol=1e-9)


@pytest.mark.parametrize("model", ["transition", "stm"])
def test_transition_models_meet_nested_area_targets(store_path, model: str) -> None:
    targets = {
        "GB": {"Lab": 30, "Con": 27, "RUK": 18, "LD": 12, "Green": 7},
        "Scotland": {"SNP": 32, "Lab": 30},
        "London": {"Lab": 40},
    }
    p = project(targets, model=model, db=store_path)
    for row in p.target_check:
        assert row["share"] == pytest.approx(row["target"], abs=1e-9), row


@settings(max_examples=12, deadline=None)
@given(
    lab=st.floats(15, 45),
    con=st.floats(10, 40),
    ruk=st.floats(0, 25),
    model=st.sampled_from(list(MODELS)),
)
def test_seat_totals_are_650_and_shares_sum_to_one(store_path, lab, con, ruk, model) -> None:
    assume(lab + con + ruk <= 95)  # room for the independents, who are held per seat
    p = project({"Lab": lab, "Con": con, "RUK": ruk}, model=model, db=store_path)
    assert sum(p.seat_totals().values()) == 650
    assert (p.shares >= 0).all() and (p.shares <= 1).all()
    assert p.shares.sum(axis=1) == pytest.approx(np.ones(650), abs=1e-9)


def test_independents_are_per_seat_never_national(store_path) -> None:
    p = project({"Lab": 30, "Con": 30}, model="uns", db=store_path)
    d = p.seats().set_index("name")
    # Jeremy Corbyn's 2024 share in Islington North is held, under his own name
    corbyn = [c for c in d.loc["Islington North", "candidates"] if c["name"] == "Jeremy Corbyn"]
    assert corbyn and corbyn[0]["party"] == "Ind"
    assert "Ind" not in p.seat_info.parties
    with pytest.raises(InputError, match="candidates of their own seat"):
        project({"Ind": 5}, db=store_path)


@pytest.mark.parametrize(
    ("targets", "err", "match"),
    [
        ({"Lab": 120}, InputError, "must be 0–100"),
        ({"Lab": -3}, InputError, "must be 0–100"),
        ({"Lab": 60, "Con": 50}, InputError, "more than 100"),
        ({"Labr": 30}, NotFoundError, "Unknown party 'Labr'"),
        ({"Narnia": {"Lab": 30}}, NotFoundError, "Unknown area"),
    ],
)
def test_bad_inputs_give_clear_errors(store_path, targets, err, match) -> None:
    with pytest.raises(err, match=match):
        project(targets, db=store_path)


def test_unknown_party_suggests(store_path) -> None:
    with pytest.raises(NotFoundError) as exc:
        project({"Cn": 30}, db=store_path)
    assert "Con" in exc.value.suggestions


def test_totals_under_100_say_where_the_rest_goes(store_path) -> None:
    p = project({"Lab": 35, "Con": 25}, db=store_path)
    assert any("rest" in n and "in proportion to their base shares" in n for n in p.notes)
    assert any("Northern Ireland" in n for n in p.notes)


def test_tactical_voting_costs_the_target_seats(store_path) -> None:
    shares = {"Lab": 28, "Con": 28, "RUK": 16, "LD": 12, "Green": 7}
    plain = project(shares, model="uns", db=store_path).seat_totals()
    tact = project(shares, model="uns", tactical=["Lab->Con=30"], db=store_path).seat_totals()
    assert tact["Con"] < plain["Con"]
    assert sum(tact.values()) == 650


def test_monte_carlo_is_repeatable_and_consistent(store_path) -> None:
    a = project({"Lab": 30, "Con": 28, "RUK": 18}, sims=600, seed=7, db=store_path)
    b = project({"Lab": 30, "Con": 28, "RUK": 18}, sims=600, seed=7, db=store_path, workers=1)
    sa, sb = a.simulation_summary(), b.simulation_summary()
    assert sa == sb  # same seed, same draws, whatever the number of threads
    assert a.simulation is not None
    assert (a.simulation.seat_hist.sum(axis=1) == 600).all()
    for r in sa["parties"]:
        assert r["p05"] <= r["median"] <= r["p95"]
        assert 0 <= r["p_majority"] <= 1
    probs = a.seats()["win_probability"]
    assert all(sum(pr.values()) == pytest.approx(1.0) for pr in probs)


def test_cli_project_json_and_errors(store_path) -> None:
    runner = CliRunner()
    res = runner.invoke(
        cli,
        [
            "project",
            "--shares",
            "Lab=30,Con=28",
            "--shares",
            "Scotland: SNP=33",
            "--model",
            "stm",
            "--json",
            "--db",
            str(store_path),
        ],
    )
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["model"] == "stm" and set(d["targets"]) == {"GB", "Scotland"}
    bad = runner.invoke(cli, ["project", "--shares", "Lab=130", "--db", str(store_path)])
    assert bad.exit_code == 2 and "0–100" in bad.output
    helptext = runner.invoke(cli, ["project", "--help"]).output
    assert "Examples" in helptext and "--json" in helptext


@pytest.mark.parametrize("model", ["fitted", "uns"])
def test_a_poll_summing_to_100_is_not_reported_as_missed(store_path, model: str) -> None:
    """A poll summing to 100 % is scaled to leave room for the independents; a model that
    meets the scaled shares (the fitted model always, uniform swing unless it floors a
    party at 0) is not said to miss the user's target."""
    poll = {"Lab": 35, "Con": 25, "RUK": 15, "LD": 12, "Green": 7, "SNP": 3, "PC": 1, "Oth": 2}
    p = project(poll, model=model, db=store_path)
    assert any("scaled by" in n for n in p.notes)
    missed = [n for n in p.notes if "cannot reach" in n]
    if model == "fitted":
        assert missed == []
    for n in missed:  # a miss names the scaled share asked and the share reached
        assert "scaled from" in n
    if model == "fitted":
        for row in p.target_check:  # scaled down, never up
            assert row["share"] < row["target"]


def test_regional_parties_given_a_gb_share_never_give_nan(store_path) -> None:
    """Plaid Cymru and the SNP asked for GB shares their own seats cannot supply under the
    transition models: seats stay finite, the shortfall is in the notes."""
    poll = {"Lab": 35, "Con": 25, "RUK": 15, "LD": 12, "Green": 7, "SNP": 3, "PC": 1, "Oth": 2}
    for model in ("transition", "stm"):
        p = project(poll, model=model, db=store_path)
        assert np.isfinite(p.shares).all()
        totals = p.seat_totals()
        assert sum(totals.values()) == 650
        assert totals.get("PC", 0) < 40  # Wales has 32 seats
        assert any("cannot reach the target for PC" in n for n in p.notes)
