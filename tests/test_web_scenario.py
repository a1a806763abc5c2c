"""The scenario explorer over psephos.models.project, in-process.

Base seat totals are the official 2024 results (House of Commons Library, CBP-10009):
Lab 411, Con 121, LD 72. Direction checks: under uniform national swing, a party whose GB
share rises while its main rival's falls cannot lose seats to that rival overall.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests._web import snapshot

CON_LEAD = "Con=35,Lab=25,RUK=15,LD=12,Green=6"


def test_scenario_json_is_the_project_shape(client: Any) -> None:
    r = client.get("/scenario.json", params={"shares": CON_LEAD, "sims": 100, "seed": 7})
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    top = snapshot("web_scenario_top.json")
    assert {k: type(v).__name__ for k, v in body.items()} == top
    national = {row["party"]: row for row in body["national"]}
    assert national["Lab"]["base_seats"] == 411
    assert national["Con"]["base_seats"] == 121
    assert national["Con"]["seats"] > 121  # Con up 11 pts, Lab down 9: Con must gain
    assert national["Lab"]["seats"] < 411
    assert sum(row["seats"] for row in body["national"]) <= 650
    assert len(body["seats"]) == 650
    assert body["simulation"]["draws"] == 100


def test_scenario_page_shows_totals_map_and_probabilities(client: Any) -> None:
    html = client.get("/scenario", params={"shares": CON_LEAD, "sims": 100, "seed": 7}).text
    assert 'id="seat-totals"' in html
    assert 'data-party="Con"' in html
    assert "svg" in html and 'href="/seat/E14001300"' in html
    assert "Monte Carlo (100 draws" in html


def test_empty_scenario_page_is_a_form(client: Any) -> None:
    html = client.get("/scenario").text
    assert 'id="scenario-form"' in html
    assert 'id="seat-totals"' not in html


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"shares": "Lab=abc"}, 422),
        ({"shares": "Lab=30", "model": "bogus"}, 422),
        ({"shares": "Lab=30", "base": "ge1066"}, 422),
        ({"shares": "Lab=300"}, 422),
        ({"shares": "Lab=30", "sims": 99999}, 422),
        ({"shares": "x" * 301}, 422),
        ({"shares": "Lab=30", "tactical": "nonsense"}, 422),
    ],
)
def test_bad_scenarios_are_4xx(client: Any, params: dict[str, Any], status: int) -> None:
    r = client.get("/scenario.json", params=params)
    assert r.status_code == status, r.text[:300]
    assert r.json()["message"]
