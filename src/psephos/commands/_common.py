"""Helpers shared by every CLI command: JSON output, error handling, the store option."""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

# Re-exported: these moved to psephos.jsonable, below the CLI and the web app.
from psephos.jsonable import dumps, to_jsonable

__all__ = [
    "console",
    "FiniteFloatRange",
    "FolderPath",
    "db_option",
    "dumps",
    "echo_json",
    "handle_errors",
    "json_option",
    "to_jsonable",
]

F = TypeVar("F", bound=Callable[..., Any])


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


class FiniteFloatRange(click.FloatRange):
    """A float option within ``[min, max]`` that also refuses NaN (which click's range
    lets through, since every comparison with NaN is false) and infinities."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        rv = super().convert(value, param, ctx)
        if not math.isfinite(rv):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return rv


class FolderPath(click.Path):
    """A folder option: it need not exist yet, but an existing path that is not a folder
    (a file, a device such as /dev/null) is refused at once, not when first written to."""

    def __init__(self) -> None:
        super().__init__(file_okay=False)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        rv = super().convert(value, param, ctx)
        if os.path.exists(rv) and not os.path.isdir(rv):
            self.fail(f"{os.fsdecode(rv)!r} exists and is not a folder.", param, ctx)
        return rv


def console(width: int | None = None) -> Any:
    from rich.console import Console

    return Console(width=width, highlight=False, soft_wrap=False)
