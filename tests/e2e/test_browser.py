"""End-to-end tests in headless Chromium against ``psephos serve`` on loopback, each at a
desktop size and on a 390 px phone (the ``size`` fixture), with screenshots kept in
``test-artifacts/`` and an axe-core accessibility scan that must find nothing.

Golden numbers: Ilford North's 2024 majority is 528 (House of Commons Library, CBP-10009;
Streeting 15,647 − Mohamad 15,119); the fewest votes there were Fraser Coppin's (LD), 1,088.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

SCENARIO = "/scenario?shares=Lab%3D34%2CCon%3D24%2CRUK%3D15%2CLD%3D12%2CGreen%3D7"
#: Every kind of page: the scan and the layout checks run on each.
PAGES = {
    "home": "/",
    "map": "/map?metric=majority",
    "seat": "/seat/E14001300",
    "speaker-seat": "/seat/Chorley",
    # a seat whose member changed at a by-election (current member, by-election links)
    "by-election-seat": "/seat/Runcorn%20and%20Helsby",
    "by-election-result": "/seat/Runcorn%20and%20Helsby?election=by",
    "search": "/search?q=ilford",
    "rank": "/rank",
    "relate": "/relate",
    "scenario": SCENARIO,
    "check": "/check",
    "sources": "/sources",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_is_accessible_and_fits_the_screen(
    server: str, page: Any, size: str, shot: Any, axe: Any, name: str
) -> None:
    resp = page.goto(server + PAGES[name])
    assert resp is not None and resp.status == 200
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} is {overflow}px wider than the {size} screen"
    shot(page, f"{name}-{size}")
    assert axe(page) == []


def test_home_map_tooltip_and_seat_bar(server: str, page: Any, size: str, shot: Any) -> None:
    page.goto(server + "/")
    bar = page.locator("svg.seatbar")
    assert "Majority: 326" in bar.text_content()
    assert "Lab 411" in bar.get_attribute("aria-label")  # official 2024 seat total
    hex_link = page.locator('svg.hexmap a[data-code="E14001300"]')
    assert hex_link.count() == 1
    hex_link.hover()
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert "Ilford North" in tooltip.inner_text()
    assert "majority 528 over Independent" in tooltip.inner_text()
    shot(page, f"home-hover-ilford-north-{size}")
    hex_link.click()
    page.wait_for_url("**/seat/E14001300")
    assert page.locator("h1").inner_text() == "Ilford North"
    assert page.locator("#majority").inner_text().startswith("528")


def test_sortable_results_table(server: str, page: Any) -> None:
    page.goto(server + "/seat/E14001300")
    page.locator("#results thead th").nth(2).click()  # ascending by votes
    first = page.locator("#results tbody tr").first.locator("td").nth(2).inner_text()
    assert first == "1,088"


def test_search_lists_every_equal_match(server: str, page: Any, size: str, shot: Any) -> None:
    page.goto(server + "/")
    if size == "phone":
        page.click("button.menu")  # the search box is under the collapsed menu's row
    page.fill("#q", "ilford")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=ilford")
    seats = page.locator("ul.seats a").all_inner_texts()
    assert {"Ilford North", "Ilford South"} <= set(seats)
    shot(page, f"search-ilford-{size}")
    page.fill("#q2", "ilferd")
    page.press("#q2", "Enter")
    page.locator("ul.seats a", has_text="Ilford North").click()
    page.wait_for_url("**/seat/E14001300")


def test_rankings_and_csv_link(server: str, page: Any) -> None:
    page.goto(server + "/rank?metric=majority&order=asc&top=10")
    rows = page.locator("#ranking tbody tr")
    assert rows.count() == 10
    assert page.locator("a[download]").get_attribute("href").startswith("/rank.csv?")


def test_relationships_axes_in_percent(server: str, page: Any) -> None:
    page.goto(server + "/relate?y=change:Lab&x=census:Muslim")
    ticks = page.locator("svg.scatter text.tick").all_text_contents()
    assert any(t.endswith("%") for t in ticks), ticks  # census shares
    assert any(t.endswith("pts") for t in ticks), ticks  # changes in Labour's share


def test_scenario_changes_seat_totals(server: str, page: Any, size: str, shot: Any) -> None:
    page.goto(server + "/scenario")
    page.fill("#shares", "Lab=34,Con=24,RUK=15,LD=12,Green=7")
    page.click("#run")
    page.wait_for_selector("#seat-totals")
    con = page.locator('#seat-totals tr[data-party="Con"] td.seats')
    before = int(con.inner_text())
    assert "Majority: 326" in page.locator("svg.seatbar").text_content()
    shot(page, f"scenario-first-{size}")
    page.fill("#shares", "Con=38,Lab=24,RUK=12,LD=12,Green=6")
    page.click("#run")
    page.wait_for_url("**Con%3D38**")
    after = int(page.locator('#seat-totals tr[data-party="Con"] td.seats').inner_text())
    assert after > before  # Con up 14 points, Lab down 10: Con gains seats
    assert page.locator("svg.hexmap a").count() == 650


def test_claim_check(server: str, page: Any, size: str, shot: Any, axe: Any) -> None:
    page.goto(server + "/check")
    page.fill(
        "#text",
        "Labour won 411 seats at the 2024 general election. "
        "Wes Streeting's majority in Ilford North was 528.",
    )
    page.click("#check")
    page.wait_for_selector("#claims")
    assert page.locator("#claims tbody tr").count() >= 1
    shot(page, f"check-results-{size}")
    assert axe(page) == []


def test_keyboard_colour_selector_and_skip_links(server: str, page: Any) -> None:
    page.goto(server + "/map")
    url = page.url
    page.focus("#metric")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)
    assert page.url == url  # arrow keys move through the options without reloading
    page.click(".map-controls button")
    page.wait_for_url("**metric=**")
    assert "metric=winner" not in page.url
    page.goto(server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.focus("a.skip-map")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "after-map"  # past the 650 hexes


def test_map_recolours_by_census_share(server: str, page: Any) -> None:
    page.goto(server + "/map")
    page.select_option("#metric", "census:Muslim")
    page.click(".map-controls button")
    page.wait_for_url("**metric=census%3AMuslim**")
    assert "632 seats in Great Britain" in page.locator("#map-caption").inner_text()


def test_phone_menu_collapses(server: str, page: Any, size: str) -> None:
    page.goto(server + "/")
    nav = page.locator("#nav")
    if size == "desktop":
        assert nav.is_visible() and not page.locator("button.menu").is_visible()
        return
    assert not nav.is_visible()
    page.click("button.menu")
    assert nav.is_visible()
    assert page.locator("button.menu").get_attribute("aria-expanded") == "true"
