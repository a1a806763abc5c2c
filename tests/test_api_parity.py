"""The Python API and the command line ask the same questions with the same words: every
option of every command is a keyword of the Python function it stands for."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import click
import pytest

import psephos
from psephos import api
from psephos.cli import COMMANDS, cli

# command -> the public function it stands for
PYTHON_FOR = {
    "backtest": "backtest",
    "build": "build",
    "chart": "chart",
    "check": "check_file",
    "export": "export",
    "fetch": "fetch",
    "gains": "gains",
    "history": "history",
    "project": "project",
    "rank": "rank",
    "relate": "relate",
    "seat": "seat",
    "sql": "sql",
    "summary": "summary",
    "swing": "swing",
    "whatif": "whatif",
}
NOT_A_FUNCTION = {
    "serve": "runs a web server until Ctrl+C; in Python, psephos.web.create_app(db)",
    "sources": "no options besides --json; in Python, psephos.sources.REGISTRY",
    "candidate": "in Python, psephos.analysis.candidates.find_candidate(name)",
    "elections": "in Python, psephos.analysis.elections.list_elections(kind=, since=)",
    "target": "in Python, psephos.models.target.share_for_seats(...)",
}
# Options that only shape what the terminal shows or where it is written.
PRESENTATION = {
    "as_json": "every command: --json prints the to_dict() shape",
    "check.as_html": "render with psephos.claims.html.render_html(report)",
    "check.width": "terminal width",
    "sql.fmt": "table/csv/json printing of the DataFrame psephos.sql returns",
    "sql.as_csv": "CSV printing of the DataFrame psephos.sql returns",
    "sql.parquet_path": "writing the DataFrame psephos.sql returns: DataFrame.to_parquet",
    "sql.all_rows": "the terminal's row limit; psephos.sql returns every row",
    "project.show_seats": "how many seat rows to print; the result holds them all",
    "gains.as_list": "prints the 'changed' records the result always holds",
    "relate.chart_path": "writing a chart: psephos.chart('scatter', ...) and psephos.save_chart",
    "chart.path": "writing the chart: psephos.save_chart(chart, path)",
}


def _command(name: str) -> click.Command:
    cmd = cli.get_command(click.Context(cli), name)
    assert cmd is not None
    return cmd


def _keywords(func_name: str) -> set[str]:
    names = set(inspect.signature(getattr(psephos, func_name)).parameters)
    if func_name in api.FORWARDS:
        module, attr = api.FORWARDS[func_name].split(":")
        names |= set(inspect.signature(getattr(importlib.import_module(module), attr)).parameters)
    return names


def test_every_command_is_mapped() -> None:
    unmapped = set(COMMANDS) - set(PYTHON_FOR) - set(NOT_A_FUNCTION)
    assert not unmapped, f"say which Python function each of {sorted(unmapped)} stands for"


@pytest.mark.parametrize("name", sorted(PYTHON_FOR))
def test_every_option_is_a_python_keyword(name: str) -> None:
    func = PYTHON_FOR[name]
    keywords = _keywords(func)
    missing = [
        f"--{p.name}"
        for p in _command(name).params
        if isinstance(p, click.Option)
        and p.name not in PRESENTATION
        and f"{name}.{p.name}" not in PRESENTATION
        and p.name not in keywords
    ]
    assert not missing, f"psephos {name} has {missing}; psephos.{func} lacks the keyword"


def test_summary_area_and_all_parties(store_path: Path) -> None:
    london = psephos.summary(area="london", db=store_path)
    assert london.totals["area"].tolist() == ["London"]
    # 75 London constituencies from 2024 (Boundary Commission for England, 2023 review)
    assert int(london.totals["seats"].iloc[0]) == 75
    assert int(london.table["seats"].sum()) == 75
    everyone = psephos.summary(area="UK", db=store_path)
    shown = psephos.summary(area="UK", all_parties=False, db=store_path)
    assert len(shown.table) < len(everyone.table)
    assert ((shown.table["seats"] > 0) | (shown.table["share"] >= 0.01)).all()
    with pytest.raises(psephos.NotFoundError, match="Londn") as err:
        psephos.summary(area="Londn", db=store_path)
    assert "London" in str(err.value)


def test_rank_with_seat_and_shares_alias(store_path: Path) -> None:
    placed = psephos.rank("census:Muslim", seat="Ilford North", db=store_path)
    assert isinstance(placed, dict) and placed["name"] == "Ilford North"
    a = psephos.project(shares={"Lab": 34.7, "Con": 24.4}, db=store_path).to_dict()
    b = psephos.project({"Lab": 34.7, "Con": 24.4}, db=store_path).to_dict()
    assert a["national"] == b["national"]
    with pytest.raises(psephos.InputError):
        psephos.project({"Lab": 30}, shares={"Lab": 30}, db=store_path)
    with pytest.raises(psephos.InputError):
        psephos.build("a.duckdb", db="b.duckdb")
