"""The ``psephos`` command line: a thin layer over the library.

Commands live in :mod:`psephos.commands` and are imported only when run, so that
``psephos seat`` does not pay for pandas, statsmodels or the web stack. Each command
parses its options, calls one library function and formats the result (a rich table, or
the documented JSON shape with ``--json``).

There is one error path (:meth:`LazyGroup.main`): an error derived from
:class:`~psephos.errors.PsephosError` becomes one ``Error:`` line and its exit code (1 or
2); a usage error (unknown option, missing argument, a value of the wrong type) becomes one
``Error:`` line naming the option and exit code 2; anything unexpected becomes one
``Error:`` line saying so and exit code 3. Never a traceback (set ``PSEPHOS_DEBUG=1`` to
see one).
"""

from __future__ import annotations

import errno
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

# name -> "module:attribute"; add a command here and in psephos/commands/.
COMMANDS: dict[str, str] = {
    "build": "psephos.commands.core:build_cmd",
    "candidate": "psephos.commands.core:candidate_cmd",
    "elections": "psephos.commands.core:elections_cmd",
    "check": "psephos.commands.claims:check_cmd",
    "fetch": "psephos.commands.core:fetch_cmd",
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
    "target": "psephos.commands.models:target_cmd",
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

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; in standalone mode every failure ends as one ``Error:``
        line on stderr and a non-zero exit code."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        argv = list(sys.argv[1:] if args is None else args)
        too_long = next((a for a in argv if len(a) > MAX_ARG_CHARS), None)
        if too_long is not None:
            error_line(
                f"An argument is {len(too_long):,} characters long (it starts "
                f"{too_long[:40]!r}); the limit is {MAX_ARG_CHARS:,}. Put long text in a "
                "file (e.g. `psephos check story.txt`)."
            )
            sys.exit(2)
        code = run(
            lambda: super(LazyGroup, self).main(argv, prog_name, complete_var, False, **extra)
        )
        sys.exit(code)


INTERNAL_EXIT = 3
MAX_ARG_CHARS = 100_000  # any one command-line argument (an SQL query is the longest)


def one_line(text: str) -> str:
    """``text`` on one line: runs of whitespace (newlines included) become one space."""
    return " ".join(str(text).split())


def error_line(message: str) -> None:
    click.secho(f"Error: {one_line(message)}", fg="red", err=True)


def _store_damage(exc: BaseException) -> bool:
    """A DuckDB error that means the store file cannot be read (not a bug in a query)."""
    return type(exc).__module__.lstrip("_").startswith("duckdb") and type(exc).__name__ in (
        "IOException",
        "SerializationException",
        "FatalException",
    )


def run(call: Any) -> int:
    """Call ``call()`` (click's main, not standalone) and turn its outcome into an exit
    code, printing one ``Error:`` line for any failure."""
    from psephos.errors import PsephosError

    try:
        rv = call()
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "psephos"
        error_line(f"{exc.format_message()} See `{where} --help`.")
        return exc.exit_code
    except click.ClickException as exc:
        error_line(exc.format_message())
        return exc.exit_code
    except click.Abort:
        error_line("Aborted.")
        return 1
    except PsephosError as exc:
        error_line(str(exc))
        return exc.exit_code
    except SystemExit as exc:  # raised by commands after printing their own error
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except KeyboardInterrupt:
        error_line("Interrupted.")
        return 130
    except MemoryError:
        error_line("Out of memory. Try a smaller input or fewer rows.")
        return INTERNAL_EXIT
    except OSError as exc:
        if exc.errno == errno.EPIPE:  # output piped into `head`: not an error
            return 1
        if os.environ.get("PSEPHOS_DEBUG"):
            raise
        where = f" ({exc.filename})" if exc.filename else ""
        error_line(
            f"{exc.strerror or type(exc).__name__}{where}. "
            "Check the path, its permissions and the free space, then try again."
        )
        return 1
    except Exception as exc:
        if os.environ.get("PSEPHOS_DEBUG"):
            raise
        if _store_damage(exc):
            error_line(
                f"The store could not be read ({type(exc).__name__}: "
                f"{one_line(str(exc))[:200]}). It may be damaged or cut short: rebuild it "
                "with `psephos build`."
            )
            return 2
        error_line(
            f"Unexpected internal error ({type(exc).__name__}: {one_line(str(exc))[:300]}). "
            "This is a bug in psephos: please report it with the command you ran "
            "(PSEPHOS_DEBUG=1 shows the traceback)."
        )
        return INTERNAL_EXIT
    return rv if isinstance(rv, int) else 0


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
    return cli.main(args=argv, prog_name="psephos", standalone_mode=True)


if __name__ == "__main__":
    main()
