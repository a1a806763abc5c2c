"""The ``psephos`` command line: a thin layer over the library.

Commands live in :mod:`psephos.commands` and are imported only when run, so that
``psephos seat`` does not pay for pandas, statsmodels or the web stack. Each command
parses its options, calls one library function and formats the result (a rich table, or
the documented JSON shape with ``--json``). Errors derived from
:class:`~psephos.errors.PsephosError` become one red line and exit code 1 or 2.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

# name -> "module:attribute"; add a command here and in psephos/commands/.
COMMANDS: dict[str, str] = {
    "build": "psephos.commands.core:build_cmd",
    "candidate": "psephos.commands.core:candidate_cmd",
    "elections": "psephos.commands.core:elections_cmd",
    "check": "psephos.commands.claims:check_cmd",
    "seat": "psephos.commands.core:seat_cmd",
    "serve": "psephos.commands.web:serve_cmd",
    "sources": "psephos.commands.core:sources_cmd",
    "summary": "psephos.commands.analysis:summary_cmd",
    "rank": "psephos.commands.analysis:rank_cmd",
    "relate": "psephos.commands.analysis:relate_cmd",
    "swing": "psephos.commands.analysis:swing_cmd",
    "gains": "psephos.commands.analysis:gains_cmd",
    "history": "psephos.commands.history:history_cmd",
    "sql": "psephos.commands.data:sql_cmd",
    "export": "psephos.commands.data:export_cmd",
    "chart": "psephos.commands.history:chart_cmd",
    "project": "psephos.commands.models:project_cmd",
    "whatif": "psephos.commands.models:whatif_cmd",
    "backtest": "psephos.commands.models:backtest_cmd",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        cmd: click.Command = getattr(importlib.import_module(module), attr)
        return cmd

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and name not in COMMANDS and not name.startswith("-"):
            from psephos._suggest import suggest

            match = suggest(name, COMMANDS, limit=1)
            hint = f" Did you mean '{match[0]}'?" if match else ""
            ctx.fail(f"No such command '{name}'.{hint} See `psephos --help`.")
        return super().resolve_command(ctx, args)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="psephos")
def cli() -> None:
    """psephos: UK Westminster election results, computed from the official data.

    \b
    Start with:
      psephos build                  # load the official files into the store
      psephos seat "Ilford North"    # a seat profile
    """


def main(argv: list[str] | None = None) -> Any:
    from psephos.errors import PsephosError

    try:
        return cli.main(args=argv, prog_name="psephos", standalone_mode=True)
    except PsephosError as exc:  # pragma: no cover - standalone_mode handles most
        click.secho(f"Error: {exc}", fg="red", err=True)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
