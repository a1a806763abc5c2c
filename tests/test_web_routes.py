"""The web app in-process: every route as HTML and JSON, errors, limits and JSON shapes.

Golden numbers come from the official 2024 results (House of Commons Library, CBP-10009):
Ilford North (E14001300), Labour hold, Wes Streeting 15,647 votes, Leanne Mohamad (Ind)
15,119, so majority 15,647 − 15,119 = 528; seats won: Lab 411, Con 121, LD 72, SNP 9.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests._web import shape, snapshot

PAGES = [
    "/",
    "/map",
    "/map?metric=majority",
    "/map?metric=share:Green",
    "/map?metric=census:Muslim",
    "/map?metric=turnout&election=notional2019",
    "/seat/E14001300",
    "/seat/E14001300?election=notional2019",
    "/search",
    "/search?q=ilferd",
    "/search?q=Streeting",
    "/sources",
]
TWINS = [
    "/index.json",
    "/map.json",
    "/map.json?metric=majority_share",
    "/map.json?metric=census:Muslim",
    "/seat/E14001300.json",
    "/search.json?q=ilferd",
    "/sources.json",
]


@pytest.mark.parametrize("url", PAGES)
def test_html_pages(client: Any, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    assert "Where these numbers come from" in r.text
    assert "Traceback" not in r.text


@pytest.mark.parametrize("url", TWINS)
def test_json_twins(client: Any, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"] == "application/json"
    assert r.json()


def test_every_page_links_its_json_twin(client: Any) -> None:
    for url in ("/", "/map?metric=majority", "/seat/E14001300", "/search?q=x", "/sources"):
        html = client.get(url).text
        assert 'rel="alternate" type="application/json"' in html, url


def test_static_assets_ship_with_the_package(client: Any) -> None:
    for url in ("/static/style.css", "/static/app.js"):
        assert client.get(url).status_code == 200
    html = client.get("/").text
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html


def test_seat_json_is_the_cli_shape(client: Any, store_path: Path) -> None:
    from psephos.analysis.seat import seat_profile
    from psephos.commands._common import to_jsonable

    body = client.get("/seat/E14001300.json").json()
    assert body == json.loads(
        json.dumps(to_jsonable(seat_profile("E14001300", db=store_path).to_dict()))
    )
    assert {k: type(v).__name__ for k, v in body.items()} == snapshot("web_seat_top.json")


def test_ilford_north_page_shows_the_official_majority(client: Any) -> None:
    html = client.get("/seat/E14001300").text
    assert "Ilford North" in html
    assert 'id="majority" data-value="528"' in html
    assert "15,647" in html and "15,119" in html  # Streeting, Mohamad
    assert "<svg" in html  # the history chart


def test_seat_by_name_redirects_to_its_code(client: Any) -> None:
    r = client.get("/seat/ilford%20north", follow_redirects=False)
    assert r.status_code == 307
    assert r.headers["location"].endswith("/seat/E14001300")


def test_unknown_seat_is_404_with_suggestions(client: Any) -> None:
    r = client.get("/seat/Ilferd%20North.json")
    assert r.status_code == 404
    body = r.json()
    assert shape(body) == snapshot("web_error.json")
    assert body["suggestions"][:2] == ["Ilford North", "Ilford South"]
    html = client.get("/seat/Ilferd%20North")
    assert html.status_code == 404
    assert 'href="/seat/Ilford%20North"' in html.text


def test_winner_map_counts_match_official_seat_totals(client: Any) -> None:
    body = client.get("/map.json").json()
    assert shape(body) == snapshot("web_map.json")
    counts = {item["label"]: item["count"] for item in body["legend"]}
    assert counts["Labour"] == 411
    assert counts["Conservative"] == 121
    assert counts["Liberal Democrat"] == 72
    assert counts["SNP"] == 9
    assert sum(counts.values()) == 650
    assert body["universe"] == "650 seats in the United Kingdom"
    ilford = next(s for s in body["seats"] if s["ons_code"] == "E14001300")
    assert ilford["value"] == "Lab"


def test_majority_map_value_and_svg_titles(client: Any) -> None:
    body = client.get("/map.json?metric=majority").json()
    ilford = next(s for s in body["seats"] if s["ons_code"] == "E14001300")
    assert ilford["value"] == 528
    assert ilford["label"] == "528"
    html = client.get("/map?metric=majority").text
    assert html.count("<title>") >= 650  # one title per hex (plus the page title)
    assert "<title>Ilford North: 528. Labour, majority 528 over Independent</title>" in html
    winner = client.get("/map").text
    assert "<title>Ilford North: Labour, majority 528 over Independent</title>" in winner
    assert 'href="/seat/E14001300"' in html


def test_census_map_states_its_universe(client: Any) -> None:
    body = client.get("/map.json?metric=census:Muslim").json()
    assert body["universe"] == "632 seats in Great Britain"
    missing = next(i for i in body["legend"] if i["label"] == "no data")
    assert missing["count"] == 18  # Northern Ireland's 18 seats have no census summary row


def test_search_finds_ilford_north_from_a_typo(client: Any) -> None:
    body = client.get("/search.json?q=ilferd%20north").json()
    assert shape(body)["seats"] == snapshot("web_search.json")["seats"]
    assert body["seats"][0]["name"] == "Ilford North"
    cands = client.get("/search.json?q=wes%20streting").json()["candidates"]
    assert shape(cands[:1]) == snapshot("web_search.json")["candidates"]
    assert cands[0]["name"] == "Wes Streeting"
    assert cands[0]["election_id"] == "ge2024"


def test_exact_seat_search_goes_to_the_seat(client: Any) -> None:
    r = client.get("/search?q=Ilford%20North", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/seat/E14001300"


def test_sources_json_shape(client: Any) -> None:
    body = client.get("/sources.json").json()
    assert shape(body) == snapshot("web_sources.json")
    assert any(s["source_id"] == "hexmap-2024" for s in body)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/map.json?metric=" + "x" * 200, 422),
        ("/search.json?q=" + "a" * 201, 422),
        ("/seat/" + "a" * 201 + ".json", 422),
        ("/map.json?metric=nope", 404),
        ("/map.json?metric=share:NOPE", 404),
        ("/map.json?metric=census:Muslm", 404),
        ("/map.json?election=ge2019", 404),
        ("/map.json?metric=a;drop%20table%20x", 404),
        ("/seat/E14001300.json?election=ge1066", 422),
        ("/no/such/page.json", 404),
    ],
)
def test_bad_requests_are_4xx_json_without_traceback(client: Any, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status, r.text[:300]
    body = r.json()
    assert body["status"] == status
    assert body["message"]
    assert "Traceback" not in r.text


def test_bad_request_as_html(client: Any) -> None:
    r = client.get("/map?metric=nope")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "No metric" in r.text


def test_oversized_body_and_url_are_refused(client: Any) -> None:
    assert client.post("/check.json", content=b"x" * (1100 * 1024)).status_code == 413
    assert client.get("/search.json?q=" + "a" * 5000).status_code == 414


def test_no_sql_over_http(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert not any("sql" in p for p in paths)
    assert all(p.endswith((".json", ".csv")) for p in paths)
