"""Swing formulas worked by hand, and seats that changed hands."""

from __future__ import annotations

import pytest

from psephos.analysis.swing import (
    butler_swing,
    changed_hands,
    gains_summary,
    parse_pair,
    seat_swing,
    steed_swing,
)


def test_butler_swing_ilford_north_by_hand(store_path):
    # Ilford North. Notional 2019 (PROVENANCE.md): Lab 28,024, Con 18,994 of 51,761 valid.
    # 2024 (CBP-10009): Lab 15,647, Con 9,619 of 46,888 valid.
    # Lab: 0.541411 -> 0.333710 (-0.207701); Con: 0.366956 -> 0.205148 (-0.161808).
    # Butler swing Lab to Con = ((-0.161808) + 0.207701) / 2 = 0.0229465 (2.3 points).
    # Steed: Con/(Con+Lab) 18994/47018 = 0.403973 -> 9619/25266 = 0.380710: -0.023263.
    row = seat_swing("Lab", "Con", db=store_path).set_index("name").loc["Ilford North"]
    assert row["butler"] == pytest.approx(0.0229465, abs=1e-6)
    assert row["steed"] == pytest.approx(-0.023263, abs=1e-6)


def test_formulas_on_plain_numbers():
    # A 40 -> 30, B 30 -> 40: Butler = (10 + 10) / 2 = 10 points; Steed = 40/70 - 30/70.
    assert butler_swing(0.4, 0.3, 0.3, 0.4) == pytest.approx(0.10)
    assert steed_swing(0.4, 0.3, 0.3, 0.4) == pytest.approx(0.4 / 0.7 - 0.3 / 0.7)


def test_parse_pair():
    assert parse_pair("Con-Lab") == ("Con", "Lab")
    assert parse_pair("Con>Lab") == ("Con", "Lab")


def test_gains_2024_against_notional(store_path):
    summary = gains_summary(db=store_path).set_index("party_code")
    # Notional 2019 seats (Rallings & Thrasher): Con 372, Lab 200; 2024: Con 121, Lab 411.
    assert summary.loc["Con", "previous_seats"] == 372 and summary.loc["Con", "seats"] == 121
    assert summary.loc["Lab", "net"] == 211
    assert summary["seats"].sum() == summary["previous_seats"].sum() == 650
    assert summary["gains"].sum() == summary["losses"].sum() == len(changed_hands(db=store_path))


def test_reform_gains_compared_with_brexit_party(store_path):
    changed = changed_hands(db=store_path)
    ruk = changed[changed["winner"] == "RUK"]
    # Reform won five seats in 2024, none held notionally by the Brexit Party.
    assert len(ruk) == 5 and set(ruk["previous_winner"]) == {"Con"}
