"""CLI commands for getting data out: ``sql`` (read-only, sandboxed) and ``export``."""

from __future__ import annotations

import datetime as dt
import decimal
import math
from typing import Any

import click

from psephos.commands._common import console, db_option, echo_json, handle_errors, json_option
from psephos.commands.render import cell as _cell  # noqa: F401 - used by commands.history

timeout_option = click.option(
    "--timeout",
    type=float,
    default=30.0,
    show_default=True,
    help="Stop the query after this many seconds.",
)
memory_option = click.option(
    "--memory",
    "memory_mb",
    type=int,
    default=1024,
    show_default=True,
    help="Stop the query if it needs more than this many MB.",
)


def _plain(value: Any) -> str | None:
    """``value`` written exactly, or None for a float/decimal left to :func:`exact_column`."""
    kind = type(value)  # fast paths for the common cells (a table can have 100,000)
    if kind is str:
        return str(value)
    if kind is int:
        return str(value)
    if kind is float:
        return None
    if value is None:
        return "–"
    if isinstance(value, float | decimal.Decimal):
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):  # numpy scalar
        return _plain(value.item()) if not isinstance(value.item(), float) else None
    if value.__class__.__name__ in ("NAType", "NaTType"):
        return "–"
    return str(value)


def _positional(value: float | decimal.Decimal) -> str:
    """``value`` in positional notation with the digits of its shortest exact form: a
    float's ``repr`` is the shortest string that reads back as the same float, written out
    without an exponent (1e-05 -> 0.00001), trailing zeros dropped (2.0 -> 2). Same text
    as numpy's ``format_float_positional(x, trim="-")`` without importing numpy."""
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    text = format(decimal.Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def exact_column(values: list[Any]) -> list[str]:
    """Cells of one column written exactly: every number keeps all its digits (50.5 stays
    50.5; 0.333… keeps the 16 or 17 significant digits that identify it), and a column's
    numbers are padded so that their decimal points line up."""
    plain = [_plain(v) for v in values]
    numbers: list[float | decimal.Decimal | None] = []
    for v, p in zip(values, plain, strict=True):
        if p is not None:
            numbers.append(None)
            continue
        x = v.item() if hasattr(v, "item") and not isinstance(v, decimal.Decimal) else v
        numbers.append(x)
    texts = {
        i: _positional(x)
        for i, x in enumerate(numbers)
        if x is not None and not (isinstance(x, float) and not math.isfinite(x))
    }
    decimals = max((len(t.partition(".")[2]) for t in texts.values()), default=0)
    out: list[str] = []
    for i, (p, x) in enumerate(zip(plain, numbers, strict=True)):
        if p is not None:
            out.append(p)
        elif i in texts:  # decimal points aligned; padded with spaces, never false zeros
            whole, dot, frac = texts[i].partition(".")
            out.append(whole + (dot + frac).ljust(decimals + 1 if decimals else 0))
        else:
            out.append("–" if x is None or x != x else str(x))  # NaN, inf, -inf
    return out


def plain_table(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """Rows as aligned plain text: a header, a rule and one line per row, numbers
    right-aligned and written exactly (:func:`exact_column`), nothing cut short."""
    from rich.cells import cell_len

    if not columns:
        return ""
    raw = [[_value(r[i]) for r in rows] for i in range(len(columns))]
    cells = [exact_column(col) for col in raw]
    right = [
        bool(col)
        and all(v is None or _is_number(v) for v in col)
        and any(_is_number(v) for v in col)
        for col in raw
    ]

    def width(text: str) -> int:
        return len(text) if text.isascii() else cell_len(text)

    widths = [
        max([width(n)] + [width(v) for v in col]) for n, col in zip(columns, cells, strict=True)
    ]

    def line(values: list[str]) -> str:
        parts = []
        for v, w, r in zip(values, widths, right, strict=True):
            pad = " " * (w - width(v))
            parts.append(pad + v if r else v + pad)
        return "  ".join(parts).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out.extend(line([col[i] for col in cells]) for i in range(len(rows)))
    return "\n".join(out)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float | decimal.Decimal) and not isinstance(v, bool)


def _value(v: Any) -> Any:
    """A value as the table shows it: dates and times in ISO form, text on one line."""
    kind = type(v)
    if v is None or kind is int or kind is float:
        return v
    if kind is str:
        return v.replace("\n", " ").replace("\r", " ") if "\n" in v or "\r" in v else v
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date | dt.time):
        return v.isoformat()
    if isinstance(v, str):
        return v.replace("\n", " ").replace("\r", " ")
    if isinstance(v, bytes | bytearray):
        return v.hex()
    return v


@click.command("sql")
@click.argument("query")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="How to print the rows (--csv and --json are short for csv and json).",
)
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
@click.option(
    "--parquet",
    "parquet_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the rows to this Parquet file instead of printing them.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help="At most this many rows (default 1000).",
)
@click.option("--all", "all_rows", is_flag=True, help="Every row, however many.")
@timeout_option
@memory_option
@db_option
@json_option
@handle_errors
def sql_cmd(
    query: str,
    fmt: str,
    as_csv: bool,
    parquet_path: str | None,
    limit: int | None,
    all_rows: bool,
    timeout: float,
    memory_mb: int,
    db: str | None,
    as_json: bool,
) -> None:
    """Run one read-only SQL query against the store, in a sandbox.

    The query cannot read files, URLs or extensions, stops after --timeout seconds or
    --memory MB, and prints at most 1000 rows unless --limit N or --all is given.

    \b
    Example:
      psephos sql "SELECT party_code, count(*) FROM candidacies WHERE election_id = 'ge2024' GROUP BY 1"
      psephos sql "SHOW TABLES" --csv
      psephos sql "SELECT * FROM results" --all --parquet results.parquet
    """
    from psephos.analysis.sql import DEFAULT_LIMIT, run_query
    from psephos.errors import InputError

    if all_rows and limit is not None:
        raise InputError("Give --limit N or --all, not both.")
    chosen = [
        name
        for name, on in (
            ("--json", as_json or fmt == "json"),
            ("--csv", as_csv or fmt == "csv"),
            ("--parquet", parquet_path is not None),
        )
        if on
    ]
    if len(chosen) > 1:
        raise InputError(f"Choose one output: {' or '.join(chosen)}.")
    if parquet_path is not None and not parquet_path.lower().endswith(".parquet"):
        raise InputError(
            f"--parquet {parquet_path!r} does not end in .parquet.",
            hint="e.g. --parquet results.parquet",
        )
    result = run_query(
        query,
        limit=None if all_rows else (DEFAULT_LIMIT if limit is None else limit),
        timeout=timeout,
        memory_mb=memory_mb,
        db=db,
        as_frame=parquet_path is not None,  # the other outputs need no pandas
    )
    more = "; more rows not shown (--limit N or --all for more)" if result.truncated else ""
    if parquet_path is not None:
        from psephos.analysis.export import write_frame

        info = write_frame(result.frame, parquet_path, "parquet")
        console().print(f"Wrote {info['rows']:,} rows to {info['path']} (parquet){more}.")
    elif chosen == ["--json"]:
        echo_json(result.to_dict())
    elif chosen == ["--csv"]:
        import csv
        import io

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows or [])
        click.echo(buf.getvalue(), nl=False)
        if result.truncated:
            click.echo(f"First {len(result):,} rows only{more}.", err=True)
    else:
        text = plain_table(result.columns, result.rows or [])
        if text:
            click.echo(text)
        click.echo(f"{len(result):,} rows{more}")


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
@timeout_option
@memory_option
@db_option
@json_option
@handle_errors
def export_cmd(
    table_or_query: str,
    path: str,
    fmt: str | None,
    timeout: float,
    memory_mb: int,
    db: str | None,
    as_json: bool,
) -> None:
    """Export a store table, or a read-only query's result, to CSV, Parquet or JSON.

    Queries run in the same sandbox as `psephos sql` (no files, URLs or extensions; a
    time and memory limit), and every row is written.

    \b
    Example:
      psephos export contests --to contests.parquet
      psephos export "SELECT * FROM results WHERE election_id = 'ge2024'" --to ge2024.csv
    """
    from psephos.analysis.export import export

    info = export(table_or_query, path, fmt=fmt, timeout=timeout, memory_mb=memory_mb, db=db)
    if as_json:
        echo_json(info)
    else:
        console().print(
            f"Wrote {info['rows']:,} rows × {len(info['columns'])} columns to "
            f"{info['path']} ({info['format']})."
        )
