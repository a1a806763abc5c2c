"""Rankings and the home page's national summary, in-process.

Golden numbers (House of Commons Library, CBP-10009, 2024): Ilford North has the smallest
majority of the seats where an independent came second (528 votes); Labour won 411 seats
with 9,708,716 votes (33.7% of valid votes).
"""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from tests._web import shape, snapshot


def test_rank_json_shape_and_golden_row(client: Any) -> None:
    params = {"metric": "majority", "where": "second=Ind", "order": "asc", "top": 3}
    body = client.get("/rank.json", params=params).json()
    assert shape(body) == snapshot("web_rank.json")
    first = body["rows"][0]
    assert (first["name"], first["value"], first["rank"]) == ("Ilford North", 528, 1)
    assert "where second = Ind" in body["universe"]


def test_rank_page_and_csv_agree(client: Any) -> None:
    params = {"metric": "census:Muslim", "top": 5}
    html = client.get("/rank", params=params).text
    assert 'id="ranking"' in html and "Universe:" in html and "632" in html
    r = client.get("/rank.csv", params=params)
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 5
    assert rows[0]["rank_text"] == "1st of 632"
    assert rows[0]["name"] in html


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"metric": "bogus"}, 404),
        ({"where": "zzz"}, 422),
        ({"order": "up"}, 422),
        ({"top": 0}, 422),
        ({"top": 651}, 422),
    ],
)
def test_bad_rank_requests(client: Any, params: dict[str, Any], status: int) -> None:
    assert client.get("/rank.json", params=params).status_code == status


def test_home_has_national_summary_and_map(client: Any) -> None:
    html = client.get("/").text
    assert 'id="summary"' in html
    assert '<tr data-party="Lab"><td>Labour</td><td class="num">411</td>' in html
    assert "9,708,716" in html and "33.7%" in html
    body = client.get("/index.json").json()
    assert set(body) == {"summary", "map"}
    uk_lab = next(
        r for r in body["summary"]["parties"] if r["area"] == "UK" and r["party_code"] == "Lab"
    )
    assert (uk_lab["seats"], uk_lab["votes"]) == (411, 9708716)
