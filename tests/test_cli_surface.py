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
