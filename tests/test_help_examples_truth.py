"""Every example in the --help of the seat, summary, rank, swing, gains, history, elections
and candidate commands runs against the session store and prints something."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.cli import cli

COMMANDS = ("seat", "summary", "rank", "swing", "gains", "history", "elections", "candidate")


def _examples(name: str) -> list[list[str]]:
    text = CliRunner().invoke(cli, [name, "--help"]).output
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith(f"psephos {name}"):
            out.append(shlex.split(line)[1:])
    return out


@pytest.mark.parametrize("name", COMMANDS)
def test_help_examples_run(store_path: Path, name: str) -> None:
    examples = _examples(name)
    assert examples, f"psephos {name} --help has no example"
    for args in examples:
        result = CliRunner().invoke(cli, [*args, "--db", str(store_path)])
        assert result.exit_code == 0, (args, result.output)
        assert result.output.strip(), args
        assert "Traceback" not in result.output


@pytest.mark.parametrize("election", ["ge2015", "ge2024"])
def test_gains_counts_changed_seats_without_list(store_path: Path, election: str) -> None:
    from psephos.analysis.swing import changed_hands

    n = len(changed_hands(election=election, db=store_path))
    out = CliRunner().invoke(cli, ["gains", "--election", election, "--db", str(store_path)])
    assert out.exit_code == 0
    assert f"{n} seats changed hands" in out.output
