"""The claim-checker page over psephos.claims.check_text, in-process.

The article in shared/articles reports Ilford North's 2024 result; the library's own
tests establish the verdicts, so here we check the page and the JSON twin agree and that
the JSON twin is the `psephos check --json` shape.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

STORY = (
    "Wes Streeting held Ilford North for Labour by 528 votes, ahead of the independent "
    "Leanne Mohamad. Turnout was 60%."
)


def test_check_json_is_the_cli_shape(client: Any, store_path: Path) -> None:
    from psephos.claims import check_text
    from psephos.commands._common import to_jsonable

    body = client.post("/check.json", json={"text": STORY}).json()
    assert body == to_jsonable(check_text(STORY, db=store_path).to_dict())
    assert set(body) >= {
        "election", "assumptions", "counts", "claims", "mentions", "unresolved", "text",
    }  # fmt: skip
    assert sum(body["counts"].values()) == len(body["claims"]) > 0


def test_check_page_shows_the_same_verdicts(client: Any) -> None:
    assert 'id="check-form"' in client.get("/check").text
    html = client.post("/check", data={"text": STORY}).text
    body = client.post("/check.json", json={"text": STORY}).json()
    assert html.count("<tr data-verdict=") == len(body["claims"])
    for verdict, n in body["counts"].items():
        assert f"{verdict.replace('_', ' ')}: {n}" in html


@pytest.mark.parametrize(
    ("body", "status"),
    [({"text": ""}, 422), ({}, 422), ({"text": "x" * 50_001}, 422),
     ({"text": "hi", "election": "ge1066"}, 404)],
)  # fmt: skip
def test_bad_check_requests(client: Any, body: dict[str, Any], status: int) -> None:
    assert client.post("/check.json", json=body).status_code == status


def test_empty_form_post_is_422(client: Any) -> None:
    assert client.post("/check", data={"text": ""}).status_code == 422
