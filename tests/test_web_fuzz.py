"""Fuzz the JSON API from its own OpenAPI document: no input may cause a 5xx.

Schemathesis turns every operation in ``/openapi.json`` into a hypothesis strategy of
requests (valid and invalid values, unicode, over-long strings), which are sent to the
app in-process. (Schemathesis's own pytest plugin is not used: it does not load under
this pytest version, so the strategies are driven with ``hypothesis.given`` directly.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

EXAMPLES = 40
OPERATIONS = [
    "GET /map.json",
    "GET /index.json",
    "GET /seat/{seat}.json",
    "GET /search.json",
    "GET /sources.json",
    "GET /scenario.json",
    "GET /rank.json",
    "GET /rank.csv",
    "POST /check.json",
    "GET /relate.json",
    "GET /status.json",
]


@pytest.fixture(scope="session")
def web_schema(store_path: Path) -> Any:
    from psephos.web import create_app

    return schemathesis.openapi.from_asgi("/openapi.json", create_app(store_path))


def _operations(schema: Any) -> dict[str, Any]:
    ops = {}
    for result in schema.get_all_operations():
        op = result.ok()
        ops[f"{op.method.upper()} {op.path}"] = op
    return ops


def test_every_json_operation_is_fuzzed(web_schema: Any) -> None:
    assert set(_operations(web_schema)) <= set(OPERATIONS) | _extra_operations()
    assert set(OPERATIONS) <= set(_operations(web_schema))


def _extra_operations() -> set[str]:
    """Operations from pages added later are fuzzed by the parametrised test too."""
    return set()


@pytest.mark.parametrize("label", OPERATIONS)
def test_api_never_answers_5xx(web_schema: Any, label: str) -> None:
    op = _operations(web_schema)[label]

    @given(case=op.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def run(case: Any) -> None:
        response = case.call()
        assert response.status_code < 500, (response.status_code, case.as_curl_command())
        content_type = response.headers.get("content-type") or [""]
        expected = (
            "text/csv"
            if response.status_code == 200 and label.endswith(".csv")
            else ("application/json")
        )
        assert content_type[0].startswith(expected), content_type
        assert "Traceback" not in response.text

    run()
