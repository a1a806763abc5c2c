"""The analysis commands: --help with an example, and --json shapes against hand-written
snapshots in tests/snapshots/analysis_*.json (keys and types, not values)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.cli import cli

SNAPSHOTS = Path(__file__).parent / "snapshots"
COMMANDS = ["summary", "rank", "relate", "swing", "gains", "history", "sql", "export", "chart"]


def _check(value, shape, where="$"):
    """Assert ``value`` has ``shape``: a dict of keys, a one-element list of the item shape,
    or a type name (str, int, number, bool; a trailing ? allows null)."""
    if isinstance(shape, dict):
        assert isinstance(value, dict), f"{where}: expected an object"
        missing = set(shape) - set(value)
        assert not missing, f"{where}: missing keys {sorted(missing)}"
        for key, sub in shape.items():
            _check(value[key], sub, f"{where}.{key}")
    elif isinstance(shape, list):
        assert isinstance(value, list), f"{where}: expected a list"
        for i, item in enumerate(value):
            _check(item, shape[0], f"{where}[{i}]")
    else:
        optional = shape.endswith("?")
        kind = shape.rstrip("?")
        if value is None:
            assert optional, f"{where}: null where {kind} expected"
            return
        ok = {
            "str": isinstance(value, str),
            "bool": isinstance(value, bool),
            "int": isinstance(value, int) and not isinstance(value, bool),
            "number": isinstance(value, int | float) and not isinstance(value, bool),
        }[kind]
        assert ok, f"{where}: {value!r} is not {kind}"


def _run(args, store_path):
    result = CliRunner().invoke(cli, [*args, "--db", str(store_path)])
    return result


def _snapshot(name):
    return json.loads((SNAPSHOTS / f"analysis_{name}.json").read_text())


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"psephos {command}" in result.output
    assert "--json" in result.output


@pytest.mark.parametrize(
    ("snapshot", "args"),
    [
        ("summary", ["summary", "--json"]),
        ("rank", ["rank", "majority", "--where", "second=Ind", "--asc", "--json"]),
        ("rank_seat", ["rank", "census:Muslim", "--seat", "Ilford North", "--json"]),
        (
            "relate",
            ["relate", "change:Lab", "census:Muslim", "-w", "country=England,Wales", "--json"],
        ),
        ("swing", ["swing", "Con-Lab", "--json"]),
        ("gains", ["gains", "--json"]),
        ("history", ["history", "overturned", "--since", "2010", "--json"]),
        ("sql", ["sql", "SELECT election_id, count(*) AS n FROM contests GROUP BY 1", "--json"]),
    ],
)
def test_json_shape(store_path, snapshot, args):
    result = _run(args, store_path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    _check(data, _snapshot(snapshot))


def test_rank_json_values(store_path):
    data = json.loads(
        _run(
            ["rank", "majority", "--where", "second=Ind", "--asc", "--top", "2", "--json"],
            store_path,
        ).output
    )
    assert [r["name"] for r in data["rows"]] == ["Ilford North", "Bradford West"]


def test_export_and_chart_json(store_path, tmp_path):
    out = _run(["export", "elections", "--to", str(tmp_path / "e.csv"), "--json"], store_path)
    assert out.exit_code == 0, out.output
    _check(json.loads(out.output), _snapshot("export"))
    out = _run(["chart", "history", "--to", str(tmp_path / "h.svg"), "--json"], store_path)
    assert out.exit_code == 0, out.output
    _check(json.loads(out.output), _snapshot("chart"))


def test_errors_are_one_line_and_json(store_path):
    result = _run(["rank", "majrity"], store_path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "Did you mean: majority" in result.output
    result = _run(["rank", "majrity", "--json"], store_path)
    _check(json.loads(result.output), _snapshot("error"))
    result = _run(["sql", "DROP TABLE contests"], store_path)
    assert result.exit_code == 2 and "read-only" in result.output


def test_tables_render(store_path):
    for args in (
        ["summary", "--area", "Wales"],
        ["relate", "change:Lab", "census:Muslim"],
        ["gains", "--list"],
        ["history", "where", "--value", "0.17"],
        ["swing", "Con-RUK", "-n", "3"],
        ["sql", "SHOW TABLES"],
    ):
        result = _run(args, store_path)
        assert result.exit_code == 0, (args, result.output)
        assert result.output.strip()
