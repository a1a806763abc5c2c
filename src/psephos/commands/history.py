"""CLI commands for the long view: ``history`` (1918–2024 records) and ``chart``."""

from __future__ import annotations

import click

from psephos.commands._common import console, db_option, echo_json, handle_errors, json_option
from psephos.commands.analysis import _table, election_option, where_option
from psephos.commands.data import _cell


@click.command("history")
@click.argument(
    "question",
    type=click.Choice(["overturned", "swings", "independents", "minor", "series", "where"]),
)
@click.option("--top", "-n", type=int, default=15, show_default=True)
@click.option("--since", type=int, default=None, help="Only elections from this year.")
@click.option("--area", default="UK", show_default=True, help="For series: UK, GB, England...")
@click.option(
    "--value", type=float, default=None, help="For where: the value to place (a share, e.g. 0.174)."
)
@click.option(
    "--column",
    default="prev_majority_share",
    show_default=True,
    help="For where: prev_majority_share, swing_to_winner, majority_share, turnout.",
)
@db_option
@json_option
@handle_errors
def history_cmd(
    question: str,
    top: int,
    since: int | None,
    area: str,
    value: float | None,
    column: str,
    db: str | None,
    as_json: bool,
) -> None:
    """How unusual is a result? Records from 1918 to 2024.

    QUESTION: overturned (largest majorities overturned), swings (largest swings to a
    gaining party), independents / minor (best shares, 2010–2024), series (party shares
    by election), where (where --value ranks).

    \b
    Example:
      psephos history overturned --top 10
      psephos history where --value 0.1745   # a 17.4% majority overturned: how rare?
    """
    from psephos.analysis.history import history_report

    report = history_report(
        question, top=top, since=since, area=area, value=value, column=column, db=db
    )
    if as_json:
        echo_json(report)
        return
    out = console(width=200)
    if question == "where":
        out.print(report["result"]["text"])
        return
    rows = report["rows"]
    if not rows:
        out.print("No rows.")
        return
    cols = [c for c in report["columns"] if c in rows[0]]
    out.print(
        _table(report["title"], cols, [[_cell(r[c]) for c in cols] for r in rows], report["note"])
    )


@click.command("chart")
@click.argument("kind", type=click.Choice(["scatter", "bars", "history"]))
@click.argument("args", nargs=-1)
@click.option(
    "--to",
    "path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file: .png, .svg (or .json for the Vega-Lite spec).",
)
@election_option
@where_option
@click.option("--top", "-n", type=int, default=20, show_default=True, help="Bars to draw.")
@click.option("--asc", "ascending", is_flag=True, help="Bars: smallest first.")
@click.option(
    "--measure",
    type=click.Choice(["share", "seats", "votes"]),
    default="share",
    help="History: what to plot.",
)
@click.option("--area", default="UK", help="History: UK, GB, England, Scotland, Wales...")
@db_option
@json_option
@handle_errors
def chart_cmd(
    kind: str,
    args: tuple[str, ...],
    path: str,
    election: str,
    where: tuple[str, ...],
    top: int,
    ascending: bool,
    measure: str,
    area: str,
    db: str | None,
    as_json: bool,
) -> None:
    """Save a chart offline: scatter Y X (with fit), bars METRIC, or history.

    \b
    Example:
      psephos chart scatter change:Lab census:Muslim -w country=England,Wales --to lab.png
      psephos chart bars majority -w second=Ind --asc --to close.svg
      psephos chart history --measure seats --to seats.png
    """
    from psephos.analysis.charts import make_chart, save

    chart = make_chart(
        kind,
        list(args),
        election=election,
        where=list(where),
        top=top,
        ascending=ascending,
        measure=measure,
        area=area,
        db=db,
    )
    saved = save(chart, path)
    info = {"path": str(saved), "kind": kind, "bytes": saved.stat().st_size}
    if as_json:
        echo_json(info)
    else:
        console().print(f"Wrote {kind} chart to {saved} ({info['bytes']:,} bytes).")
