"""End-to-end tests in headless Chromium against a real server on loopback.

Golden number: Ilford North's 2024 majority is 528 (House of Commons Library, CBP-10009;
Streeting 15,647 − Mohamad 15,119).
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_click_ilford_north_hex_shows_majority_528(server: str, page: Any, shot: Any) -> None:
    page.goto(server + "/")
    hex_link = page.locator('svg.hexmap a[data-code="E14001300"]')
    assert hex_link.count() == 1
    assert "Ilford North" in hex_link.locator("title").text_content()
    hex_link.hover()
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert "Ilford North" in tooltip.inner_text()
    shot(page, "home-hover-ilford-north")
    hex_link.click()
    page.wait_for_url("**/seat/E14001300")
    assert page.locator("h1").inner_text() == "Ilford North"
    assert page.locator("#majority").inner_text().startswith("528")
    shot(page, "seat-ilford-north")


def test_search_typo_reaches_ilford_north(server: str, page: Any, shot: Any) -> None:
    page.goto(server + "/")
    page.fill("#q", "ilferd")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=ilferd")
    shot(page, "search-ilferd")
    page.locator("ul.seats a", has_text="Ilford North").click()
    page.wait_for_url("**/seat/E14001300")
    assert page.locator("#majority").inner_text().startswith("528")


def test_map_recolours_by_census_share(server: str, page: Any, shot: Any) -> None:
    page.goto(server + "/map")
    page.select_option("#metric", "census:Muslim")
    page.wait_for_url("**metric=census%3AMuslim**")
    assert "632 seats in Great Britain" in page.locator("#map-caption").inner_text()
    shot(page, "map-census-muslim")


def test_sortable_results_table(server: str, page: Any, shot: Any) -> None:
    page.goto(server + "/seat/E14001300")
    votes_header = page.locator("#results thead th").nth(2)
    votes_header.click()  # ascending
    first = page.locator("#results tbody tr").first.locator("td").nth(2).inner_text()
    assert first == "1,088"  # Fraser Coppin (LD), the fewest votes


def test_scenario_changes_seat_totals(server: str, page: Any, shot: Any) -> None:
    page.goto(server + "/scenario")
    page.fill("#shares", "Lab=34,Con=24,RUK=15,LD=12,Green=7")
    page.click("#run")
    page.wait_for_selector("#seat-totals")
    con = page.locator('#seat-totals tr[data-party="Con"] td.seats')
    before = int(con.inner_text())
    shot(page, "scenario-first")
    page.fill("#shares", "Con=38,Lab=24,RUK=12,LD=12,Green=6")
    page.click("#run")
    page.wait_for_url("**Con%3D38**")
    after = int(page.locator('#seat-totals tr[data-party="Con"] td.seats').inner_text())
    assert after > before  # Con up 14 points, Lab down 10: Con gains seats
    assert page.locator("svg.hexmap a").count() == 650
    shot(page, "scenario-second")
