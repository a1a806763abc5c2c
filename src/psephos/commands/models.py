"""``psephos project``, ``psephos whatif`` and ``psephos backtest``: thin wrappers over
:mod:`psephos.models`."""

from __future__ import annotations

from typing import Any

import click

from psephos.commands._common import console, db_option, echo_json, handle_errors, json_option

_MODELS = ["uns", "proportional", "transition", "stm"]


def _pct(x: float | None, digits: int = 1) -> str:
    return "" if x is None else f"{x * 100:.{digits}f}"


@click.command("project")
@click.option("--shares", "shares", multiple=True, required=True, metavar="[AREA:]P=PCT,...",
              help='Target shares in percent, for GB unless prefixed by an area '
                   '("Scotland: SNP=30,Lab=35"). Repeat for more areas.')
@click.option("--model", type=click.Choice(_MODELS), default="uns", show_default=True,
              help="Swing model (see docs/models.md).")
@click.option("--base", type=click.Choice(["ge2024", "notional2019"]), default="ge2024",
              show_default=True, help="Result the swing starts from.")
@click.option("--tactical", multiple=True, metavar="FROM->AGAINST=PCT",
              help="PCT % of FROM's voters back the best-placed challenger of AGAINST.")
@click.option("--sims", type=int, default=0, show_default=True, help="Monte Carlo draws.")
@click.option("--seed", type=int, default=None, help="Seed for repeatable draws.")
@click.option("--seats", "show_seats", is_flag=True, help="Also list the seats that change hands.")
@db_option
@json_option
@handle_errors
def project_cmd(shares: tuple[str, ...], model: str, base: str, tactical: tuple[str, ...],
                sims: int, seed: int | None, show_seats: bool, db: str | None,
                as_json: bool) -> None:
    """Project target vote shares onto the 650 seats.

    \b
    Examples:
      psephos project --shares "Lab=34.7,Con=24.4,RUK=14.3,LD=12.2,Green=6.7"
      psephos project --shares "Lab=30,Con=30" --shares "Scotland: SNP=35" --model stm
      psephos project --shares "Lab=30,Con=28,RUK=18" --sims 10000 --seed 1 --json
    """
    from psephos.models.project import project
    from psephos.models.targets import parse_scoped

    proj = project(parse_scoped(list(shares)), model=model, base=base, tactical=tactical,
                   sims=sims, seed=seed, db=db)
    if as_json:
        echo_json(proj.to_dict())
        return
    _print_projection(proj.to_dict(), show_seats)


def _print_projection(d: dict[str, Any], show_seats: bool) -> None:
    from rich.table import Table

    con = console()
    sim = {r["party"]: r for r in (d["simulation"] or {}).get("parties", [])}
    t = Table(title=f"Projection ({d['model_description']}, from {d['base']})")
    for c in ("party", "base %", "share %", "base seats", "seats", "change"):
        t.add_column(c, justify="left" if c == "party" else "right")
    if sim:
        t.add_column("5–95 %", justify="right")
        t.add_column("P(majority)", justify="right")
    for r in d["national"]:
        row = [r["party"], _pct(r["base_share"]), _pct(r["share"]), str(r["base_seats"]),
               str(r["seats"]), f"{r['change']:+d}"]
        if sim:
            s = sim.get(r["party"])
            row += [f"{s['p05']}–{s['p95']}", f"{s['p_majority']:.1%}"] if s else ["", ""]
        t.add_row(*row)
    con.print(t)
    for note in d["notes"]:
        con.print(f"[dim]• {note}[/dim]")
    if show_seats:
        g = Table(title="Seats changing hands")
        for c in ("seat", "from", "to", "majority %"):
            g.add_column(c)
        for s in d["seats"]:
            if s["gain"]:
                g.add_row(s["name"], s["base_winner"], s["winner"], _pct(s["majority"]))
        con.print(g)
