"""`psephos check`'s table prints the story's words as written: text in square brackets
("[sic]", "[/]", "[bold]") is not read as rich markup (it vanished from the table, and a
closing tag with nothing to close stopped the report with an internal error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.cli import cli

#: markup-like insertions: a closing tag, a style, a tag pair, a link, an escaped bracket
BRACKETS = ["[/]", "[sic]", "[bold]", "[red]x[/red]", "[link=https://x.test]", "\\[b]"]


@pytest.mark.parametrize("inserted", BRACKETS)
def test_bracketed_text_is_printed_as_written(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, inserted: str
) -> None:
    monkeypatch.setenv("PSEPHOS_DB", str(store_path))
    story = (
        f"Jill Mortimer won Hartlepool {inserted} for the Conservatives with a majority "
        "of 6,940 in the 2021 by-election.\n"
    )
    res = CliRunner().invoke(cli, ["check", "-", "--width", "400"], input=story)
    assert res.exit_code == 0, res.output
    assert inserted in res.output
