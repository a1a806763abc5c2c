"""The relationships page over psephos.analysis.relate, in-process.

Census measures exist for the 632 seats of Great Britain, so a relation with a census X
over all 650 seats uses n = 632 (Northern Ireland's 18 seats have no census summary row).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def test_relate_json_is_the_cli_shape(client: Any, store_path: Path) -> None:
    from psephos.analysis.relate import relate
    from psephos.commands._common import to_jsonable

    body = client.get("/relate.json", params={"y": "change:Lab", "x": "census:Muslim"}).json()
    expected = to_jsonable(relate("change:Lab", "census:Muslim", db=store_path).to_dict())
    assert body.keys() == expected.keys()
    assert body["n"] == expected["n"] == 632
    assert body["correlation"]["pearson_r"] == pytest.approx(expected["correlation"]["pearson_r"])


def test_relate_page_draws_every_seat_and_the_fit(client: Any) -> None:
    html = client.get("/relate", params={"y": "change:Lab", "x": "census:Muslim"}).text
    assert html.count("<circle") == 632
    assert 'stroke="#440154"' in html  # the fitted line
    assert "Universe:" in html and "Pearson r" in html


@pytest.mark.parametrize(
    ("params", "status"),
    [({"y": "bogus"}, 404), ({"x": "majority", "where": "name=Ilford North"}, 422),
     ({"where": "zzz"}, 422), ({"y": "x" * 81}, 422)],
)  # fmt: skip
def test_bad_relate_requests(client: Any, params: dict[str, Any], status: int) -> None:
    assert client.get("/relate.json", params=params).status_code == status
