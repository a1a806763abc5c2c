"""CLI commands for getting data out: ``sql`` (read-only) and ``export``."""

from __future__ import annotations

import click

from psephos.commands._common import console, db_option, echo_json, handle_errors, json_option
from psephos.commands.render import cell as _cell
from psephos.commands.render import table as _table


@click.command("sql")
@click.argument("query")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@db_option
@json_option
@handle_errors
def sql_cmd(query: str, fmt: str, limit: int | None, db: str | None, as_json: bool) -> None:
    """Run one read-only SQL statement against the store.

    \b
    Example:
      psephos sql "SELECT party_code, count(*) FROM candidacies WHERE election_id = 'ge2024' GROUP BY 1"
      psephos sql "SHOW TABLES" --format csv
    """
    from psephos.analysis.sql import run_sql

    frame = run_sql(query, limit=limit, db=db)
    if as_json or fmt == "json":
        echo_json({"columns": [str(c) for c in frame.columns], "rows": frame})
    elif fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    else:
        out = console(width=200)
        out.print(
            _table(
                "",
                [str(c) for c in frame.columns],
                [[_cell(v) for v in row] for row in frame.itertuples(index=False)],
                f"{len(frame)} rows",
            )
        )


@click.command("export")
@click.argument("table_or_query")
@click.option(
    "--to",
    "path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file: .csv, .parquet or .json.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "parquet", "json"]),
    default=None,
    help="Override the format implied by the extension.",
)
@db_option
@json_option
@handle_errors
def export_cmd(
    table_or_query: str, path: str, fmt: str | None, db: str | None, as_json: bool
) -> None:
    """Export a store table, or a read-only query's result, to CSV, Parquet or JSON.

    \b
    Example:
      psephos export contests --to contests.parquet
      psephos export "SELECT * FROM results WHERE election_id = 'ge2024'" --to ge2024.csv
    """
    from psephos.analysis.export import export

    info = export(table_or_query, path, fmt=fmt, db=db)
    if as_json:
        echo_json(info)
    else:
        console().print(
            f"Wrote {info['rows']:,} rows × {len(info['columns'])} columns to "
            f"{info['path']} ({info['format']})."
        )
