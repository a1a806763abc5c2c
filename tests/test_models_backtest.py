"""The back-test table: notional 2019 + actual 2024 shares vs the actual 2024 seats (GB)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from psephos.cli import cli
from psephos.models.backtest import backtest

# Official 2024 seats in Great Britain (CBP-10009; the UK's 6 independents less North Down).
ACTUAL_GB = {
    "Lab": 411,
    "Con": 121,
    "LD": 72,
    "SNP": 9,
    "Ind": 5,
    "RUK": 5,
    "Green": 4,
    "PC": 4,
    "Spk": 1,
}
# Tolerances: observed mean absolute seat errors (uns 27.0, proportional 31.4, transition
# 19.2, stm 24.6; winners right 474, 440, 503, 485 of 632) plus a margin, so a change that
# makes a model clearly worse fails here.
TOLERANCE = {"uns": 30.0, "proportional": 35.0, "transition": 22.0, "stm": 28.0}
MIN_RIGHT = {"uns": 460, "proportional": 425, "transition": 490, "stm": 470}


@pytest.fixture(scope="module")
def bt(store_path):
    return backtest(db=store_path)


def test_actual_column_is_the_official_result(bt) -> None:
    got = {r["party"]: r["actual"] for r in bt.table.to_dict(orient="records") if r["actual"]}
    assert got == ACTUAL_GB
    assert bt.table["actual"].sum() == 632


def test_targets_are_the_2024_country_shares(bt) -> None:
    # Scotland 2024 (CBP-10009): SNP 30.0 %, Lab 35.3 %
    assert bt.targets["Scotland"]["SNP"] == pytest.approx(30.0, abs=0.05)
    assert bt.targets["Scotland"]["Lab"] == pytest.approx(35.3, abs=0.05)


@pytest.mark.parametrize("model", list(TOLERANCE))
def test_each_model_within_its_tolerance(bt, model: str) -> None:
    row = bt.summary.set_index("model").loc[model]
    assert bt.table[model].sum() == 632
    assert row["mae"] <= TOLERANCE[model]
    assert row["correct_winners"] >= MIN_RIGHT[model]
    # every model gets Labour as the largest party
    t = bt.table.set_index("party")[model]
    assert t.idxmax() == "Lab"


def test_cli_backtest(store_path) -> None:
    res = CliRunner().invoke(cli, ["backtest", "--json", "--db", str(store_path)])
    assert res.exit_code == 0, res.output
    assert {r["model"] for r in json.loads(res.output)["summary"]} == set(TOLERANCE)
