"""Core commands: ``build``, ``fetch``, ``seat`` and ``sources``."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import click

from psephos.commands._common import (
    FiniteFloatRange,
    FolderPath,
    console,
    db_option,
    echo_json,
    handle_errors,
    json_option,
)


@contextlib.contextmanager
def _progress_bar(first: str, *, hidden: bool) -> Iterator[Callable[[str, int, int], None]]:
    """A transient progress bar on the console (none with ``--json``), yielding the
    ``progress(step, i, n)`` callback that build and fetch report to."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description:<40}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console(),
        transient=True,
        disable=hidden,
    ) as bar:
        task = bar.add_task(first, total=None)

        def progress(step: str, i: int, n: int) -> None:
            bar.update(task, description=step, completed=i, total=n)

        yield progress


@click.command("build")
@click.option(
    "--mirror",
    type=FolderPath(),
    default=None,
    envvar="PSEPHOS_MIRROR",
    help="A folder laid out like shared/data to read the official files from.",
)
@db_option
@click.option(
    "--cache",
    type=FolderPath(),
    default=None,
    envvar="PSEPHOS_CACHE",
    help="Where downloaded files are kept (default ~/.cache/psephos).",
)
@click.option(
    "--parents",
    is_flag=True,
    help="Create the folder of --db (and its parents) if it does not exist.",
)
@json_option
@handle_errors
def build_cmd(
    mirror: str | None, db: str | None, cache: str | None, parents: bool, as_json: bool
) -> None:
    """Load, check and join every official file into a new store.

    The new store is validated before it replaces the old one: a failed or interrupted
    build leaves the previous store intact, and leftovers of killed builds are removed.
    The folder of --db must exist unless --parents is given.

    \b
    Example:
      psephos build --mirror ../shared/data --db /tmp/psephos.duckdb
      psephos build --db ~/stores/new/psephos.duckdb --parents
    """
    from psephos.store.build import build

    out = console()
    with _progress_bar("resolving sources", hidden=as_json) as progress:
        report = build(db, mirror=mirror, cache=cache, progress=progress, parents=parents)
    if as_json:
        echo_json(report.to_dict())
        return
    from rich.table import Table

    origins: dict[str, int] = {}
    for origin in report.origins.values():
        origins[origin] = origins.get(origin, 0) + 1
    table = Table(title=f"Built {report.db_path}", show_edge=False)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, rows in sorted(report.rows.items()):
        table.add_row(name, f"{rows:,}")
    out.print(table)
    out.print(
        f"{len(report.origins)} sources ("
        + ", ".join(f"{n} from {o}" for o, n in sorted(origins.items()))
        + f") in {report.seconds:.2f} s."
    )
    if report.notes:
        out.print(
            f"{report.notes} discrepancies in by-election files kept in data_notes "
            '(`psephos sql "SELECT * FROM data_notes"`).'
        )


@click.command("seat")
@click.argument("name_or_code")
@click.option(
    "--election",
    default="ge2024",
    show_default=True,
    help="Election id: ge2010 … ge2024, notional2019, a by-election id (see `psephos "
    "elections`) or 'by' for the seat's latest by-election.",
)
@db_option
@json_option
@handle_errors
def seat_cmd(name_or_code: str, election: str, db: str | None, as_json: bool) -> None:
    """Profile one constituency: result, change, swing, member, predecessors, census.

    \b
    Examples:
      psephos seat "Ilford North"
      psephos seat E14001300 --json
      psephos seat "Ilford North" --election ge2019
      psephos seat Clacton --election by
    """
    from psephos.analysis.seat import seat_profile

    profile = seat_profile(name_or_code, election=election, db=db)
    if as_json:
        echo_json(profile.to_dict())
    else:
        from psephos.commands.render import render_seat

        render_seat(profile.to_dict(), console())


@click.command("sources")
@json_option
@handle_errors
def sources_cmd(as_json: bool) -> None:
    """List every official file the store is built from, with licence and pinned URL.

    \b
    Example:
      psephos sources --json
    """
    from psephos.sources.registry import REGISTRY

    rows: list[dict[str, Any]] = [
        {
            "source_id": s.source_id,
            "title": s.title,
            "publisher": s.publisher,
            "licence": s.licence,
            "url": s.url,
            "sha256": s.sha256,
            "file": s.mirror_path,
        }
        for s in REGISTRY
    ]
    if as_json:
        echo_json(rows)
        return
    from rich.table import Table

    table = Table(show_edge=False)
    for col in ("source_id", "title", "licence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["source_id"], r["title"], r["licence"])
    console().print(table)


@click.command("fetch")
@click.option(
    "--only",
    multiple=True,
    metavar="SOURCE_ID",
    help="Fetch only this source (repeatable); ids as in `psephos sources`.",
)
@click.option(
    "--cache",
    type=FolderPath(),
    default=None,
    envvar="PSEPHOS_CACHE",
    help="Where downloaded files are kept (default ~/.cache/psephos).",
)
@click.option(
    "--timeout",
    type=FiniteFloatRange(1, 3600),
    default=60.0,
    show_default=True,
    help="Seconds to wait for each file (1 to 3600).",
)
@json_option
@handle_errors
def fetch_cmd(only: tuple[str, ...], cache: str | None, timeout: float, as_json: bool) -> None:
    """Download every official file from its pinned URL into the cache, checking its sha256.

    Files already in the cache are checked, not downloaded again; after this, `psephos
    build` needs no mirror and no network.

    \b
    Example:
      psephos fetch
      psephos fetch --only ge2024-candidates --json
    """
    from psephos.sources.fetch import fetch

    with _progress_bar("fetching", hidden=as_json) as progress:
        report = fetch(only=only or None, cache=cache, timeout=timeout, progress=progress)
    if as_json:
        echo_json(report.to_dict())
        return
    done = report.to_dict()
    console().print(
        f"{len(report.files)} files in {report.cache}: {done['downloaded']} downloaded, "
        f"{done['already_cached']} already cached; every sha256 checked "
        f"({report.seconds:.1f} s)."
    )


@click.command("elections")
@click.option(
    "--kind",
    type=click.Choice(["general", "notional", "by-election"]),
    default=None,
    help="Only elections of this kind.",
)
@click.option("--since", type=int, default=None, help="Only elections from this year on.")
@db_option
@json_option
@handle_errors
def elections_cmd(kind: str | None, since: int | None, db: str | None, as_json: bool) -> None:
    """List every election in the store: general, notional and by-elections.

    The first column is the id that `psephos seat NAME --election ID` takes.

    \b
    Example:
      psephos elections --kind by-election --since 2024
    """
    from psephos.analysis.elections import list_elections

    frame = list_elections(kind=kind, since=since, db=db)
    if as_json:
        echo_json(frame)
        return
    from psephos.commands.render import table

    rows = [
        [
            r.election_id,
            r.kind,
            f"{r.date:%d %b %Y}",
            r.boundary_set,
            f"{r.contests:,}",
            r.result if isinstance(r.result, str) else "",
        ]
        for r in frame.itertuples()
    ]
    console(width=160).print(
        table(
            f"{len(rows)} elections",
            ["election", "kind", "date", "boundaries", "contests", "result"],
            rows,
            left=4,
        )
    )


@click.command("candidate")
@click.argument("name")
@click.option("--limit", type=int, default=20, show_default=True, help="People to show.")
@db_option
@json_option
@handle_errors
def candidate_cmd(name: str, limit: int, db: str | None, as_json: bool) -> None:
    """Where a candidate stood: every candidacy since 2010 (general and by-elections).

    \b
    Example:
      psephos candidate "George Galloway"
    """
    from psephos.analysis.candidates import find_candidate

    found = find_candidate(name, limit=limit, db=db)
    if as_json:
        echo_json(found)
        return
    from psephos.commands.render import fmt_value, table

    out = console(width=160)
    for person in found.people:
        rows = [
            [
                c["election_id"],
                c["constituency"],
                c["party_code"],
                fmt_value(c["votes"], "votes"),
                fmt_value(c["share"], "share"),
                "elected" if c["elected"] else f"{c['rank']}",
            ]
            for c in person.candidacies
        ]
        ident = f", member id {person.member_id}" if person.member_id is not None else ""
        out.print(
            table(
                f"{person.name}{ident}: stood {len(rows)}, elected {person.elected}",
                ["election", "seat", "party", "votes", "share", "place"],
                rows,
                left=3,
            )
        )
    out.print(f"[dim]{found.note}[/dim]")
