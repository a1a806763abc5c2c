"""`psephos check`: JSON shape (snapshot written by hand from docs/claims.md), HTML, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.cli import cli

SNAP = json.loads((Path(__file__).parent / "snapshots" / "claims_report.json").read_text())
TEXT = (
    "Wes Streeting, 41, won Ilford North by a majority of 528. "
    "Labour was beaten by Jeremy Corbyn. Mr Starmer won 411 seats.\n"
)
TYPES = {
    "str": str,
    "int": int,
    "float": (int, float),
    "bool": bool,
    "list": list,
    "dict": dict,
    "null": type(None),
}


def _conforms(obj: dict, shape: dict) -> None:
    assert set(obj) == set(shape), set(obj) ^ set(shape)
    for k, t in shape.items():
        if t == "any":
            continue
        allowed = tuple(
            x
            for name in t.split("|")
            for x in (TYPES[name] if isinstance(TYPES[name], tuple) else (TYPES[name],))
        )
        assert isinstance(obj[k], allowed), (k, obj[k])


@pytest.fixture()
def runner(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("PSEPHOS_DB", str(store_path))
    return CliRunner()


def test_json_shape(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", "-", "--json"], input=TEXT)
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    _conforms(out, SNAP["report"])
    _conforms(out["counts"], SNAP["counts"])
    assert out["claims"]
    for c in out["claims"]:
        _conforms(c, SNAP["claim"])
        if c["stated"]:
            _conforms(c["stated"], SNAP["stated"])
        for e in c["evidence"]:
            _conforms(e, SNAP["evidence"])
    for m in out["mentions"]:
        _conforms(m, SNAP["mention"])


def test_table(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", "-", "--width", "120"], input=TEXT)
    assert res.exit_code == 0, res.output
    assert "supported" in res.output and "Mr Starmer" in res.output


def test_html(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(cli, ["check", str(story), "--html"])
    assert res.exit_code == 0, res.output
    html = res.output
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    assert "<mark" in html and 'href="#c1"' in html and "<script" not in html


def test_errors(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(cli, ["check", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2
    res = runner.invoke(cli, ["check", "-"], input="  \n")
    assert res.exit_code == 2 and "empty" in res.output
    res = runner.invoke(cli, ["check", "-", "--json", "--html"], input=TEXT)
    assert res.exit_code == 2


def test_help_has_example(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", "--help"])
    assert res.exit_code == 0 and "psephos check story.txt" in res.output
