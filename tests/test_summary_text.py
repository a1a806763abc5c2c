"""The text summary states national turnout (valid votes / electorate, the definition in
docs/README.md) for every election whose totals have it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.cli import cli


@pytest.mark.parametrize("election", ["ge2010", "ge2015", "ge2017", "ge2019", "ge2024"])
def test_text_summary_states_uk_turnout(election: str, store_path: Path) -> None:
    env = {"PSEPHOS_DB": str(store_path), "COLUMNS": "200"}
    data = json.loads(
        CliRunner()
        .invoke(cli, ["summary", "-e", election, "--by", "none", "--json"], env=env)
        .output
    )
    uk = next(t for t in data["totals"] if t["area"] == "UK")
    expected = uk["valid_votes"] / uk["electorate"]  # the definition, recomputed here
    text = CliRunner().invoke(cli, ["summary", "-e", election, "--by", "none"], env=env).output
    found = re.findall(r"turnout (\d+\.\d)% of ([\d,]+)", text)
    assert found, text
    share, electorate = found[0]
    assert float(share) == pytest.approx(expected * 100, abs=0.05)
    assert int(electorate.replace(",", "")) == uk["electorate"]
