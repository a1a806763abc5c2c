"""Every command on the CLI has help with an example and a --json option, and the names in
DESIGN.md's command-line surface are all there."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from psephos.cli import COMMANDS, cli

DESIGN_COMMANDS = {
    "build",
    "seat",
    "rank",
    "summary",
    "relate",
    "project",
    "whatif",
    "check",
    "sql",
    "export",
    "serve",
}


def test_design_surface_is_complete() -> None:
    assert set(COMMANDS) >= DESIGN_COMMANDS


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_has_an_example_and_json(name: str) -> None:
    res = CliRunner().invoke(cli, [name, "--help"], env={"COLUMNS": "120"})
    assert res.exit_code == 0, res.output
    assert "Example" in res.output, f"{name} --help has no example"
    assert "--json" in res.output, f"{name} has no --json option"


def test_top_level_help_lists_every_command() -> None:
    res = CliRunner().invoke(cli, ["--help"], env={"COLUMNS": "120"})
    assert res.exit_code == 0
    for name in COMMANDS:
        assert name in res.output


def test_unknown_command_suggests() -> None:
    res = CliRunner().invoke(cli, ["sumary"])
    assert res.exit_code == 2 and "Did you mean 'summary'?" in res.output


def test_sources_json_shape() -> None:
    import json

    res = CliRunner().invoke(cli, ["sources", "--json"])
    assert res.exit_code == 0
    rows = json.loads(res.output)
    assert len(rows) == 43  # the registry: 10 GE files, 10 by-election files, 23 others
    assert set(rows[0]) == {"source_id", "title", "publisher", "licence", "url", "sha256", "file"}


def test_build_json_shape(mirror, tmp_path) -> None:  # noqa: ANN001
    import json

    res = CliRunner().invoke(
        cli, ["build", "--mirror", str(mirror), "--db", str(tmp_path / "s.duckdb"), "--json"]
    )
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert set(report) == {"db", "rows", "origins", "notes", "seconds"}
    # 5 general + 2 notional elections × 650 seats, + 65 by-elections (PROVENANCE.md row
    # counts of the five by-election constituency files: 21 + 10 + 5 + 23 + 6)
    assert report["rows"]["contests"] == 7 * 650 + 65 == 4615
    assert set(report["origins"].values()) == {"mirror"} and report["notes"] == 3
