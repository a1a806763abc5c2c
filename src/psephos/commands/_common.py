"""Helpers shared by every CLI command: JSON output, error handling, the store option."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def to_jsonable(obj: Any) -> Any:
    """Plain JSON types from what the library returns (dicts, dataclasses, frames, numpy)."""
    if obj is None or isinstance(obj, str | bool | int):
        return obj
    if isinstance(obj, float):
        return None if math.isnan(obj) else obj
    module = type(obj).__module__
    if module.startswith("pandas") and hasattr(obj, "columns"):  # a DataFrame
        return [to_jsonable(r) for r in obj.to_dict(orient="records")]
    if module.startswith("pandas") and hasattr(obj, "to_dict"):  # a Series
        return to_jsonable(obj.to_dict())
    if callable(getattr(obj, "to_dict", None)):  # psephos results: SeatProfile, Ranking, ...
        return to_jsonable(obj.to_dict())
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, dt.date | dt.datetime):
        return obj.isoformat()
    if isinstance(obj, Path):
        return str(obj)
    if hasattr(obj, "item"):  # numpy scalar
        return to_jsonable(obj.item())
    if obj.__class__.__name__ in ("NAType", "NaTType"):
        return None
    return str(obj)


def dumps(obj: Any) -> str:
    return json.dumps(to_jsonable(obj), indent=2, ensure_ascii=False)


def echo_json(obj: Any) -> None:
    click.echo(dumps(obj))


def handle_errors(func: F) -> F:
    """Turn :class:`PsephosError` into one red line and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from psephos.errors import PsephosError

        try:
            return func(*args, **kwargs)
        except PsephosError as exc:
            ctx = click.get_current_context(silent=True)
            as_json = bool(ctx and ctx.params.get("as_json"))
            if as_json:
                click.echo(dumps(exc.to_dict()), err=True)
            else:
                click.secho(f"Error: {' '.join(str(exc).split())}", fg="red", err=True)
            raise SystemExit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


db_option = click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    envvar="PSEPHOS_DB",
    help="The store (default: $PSEPHOS_DB or ~/.local/share/psephos/psephos.duckdb).",
)
json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print the documented JSON shape."
)


def console(width: int | None = None) -> Any:
    from rich.console import Console

    return Console(width=width, highlight=False, soft_wrap=False)
