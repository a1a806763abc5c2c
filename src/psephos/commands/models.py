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
@click.option(
    "--shares",
    "shares",
    multiple=True,
    required=True,
    metavar="[AREA:]P=PCT,...",
    help="Target shares in percent, for GB unless prefixed by an area "
    '("Scotland: SNP=30,Lab=35"). Repeat for more areas.',
)
@click.option(
    "--model",
    type=click.Choice(_MODELS),
    default="uns",
    show_default=True,
    help="Swing model (see docs/models.md).",
)
@click.option(
    "--base",
    type=click.Choice(["ge2024", "notional2019"]),
    default="ge2024",
    show_default=True,
    help="Result the swing starts from.",
)
@click.option(
    "--tactical",
    multiple=True,
    metavar="FROM->AGAINST=PCT",
    help="PCT % of FROM's voters back the best-placed challenger of AGAINST.",
)
@click.option("--sims", type=int, default=0, show_default=True, help="Monte Carlo draws.")
@click.option("--seed", type=int, default=None, help="Seed for repeatable draws.")
@click.option("--seats", "show_seats", is_flag=True, help="Also list the seats that change hands.")
@db_option
@json_option
@handle_errors
def project_cmd(
    shares: tuple[str, ...],
    model: str,
    base: str,
    tactical: tuple[str, ...],
    sims: int,
    seed: int | None,
    show_seats: bool,
    db: str | None,
    as_json: bool,
) -> None:
    """Project target vote shares onto the 650 seats.

    \b
    Examples:
      psephos project --shares "Lab=34.7,Con=24.4,RUK=14.3,LD=12.2,Green=6.7"
      psephos project --shares "Lab=30,Con=30" --shares "Scotland: SNP=35" --model stm
      psephos project --shares "Lab=30,Con=28,RUK=18" --sims 10000 --seed 1 --json
    """
    from psephos.models.project import project
    from psephos.models.shares import parse_scoped

    proj = project(
        parse_scoped(list(shares)),
        model=model,
        base=base,
        tactical=tactical,
        sims=sims,
        seed=seed,
        db=db,
    )
    if as_json:
        echo_json(proj.to_dict())
        return
    _print_projection(proj.to_dict(), show_seats)


def _print_projection(d: dict[str, Any], show_seats: bool) -> None:
    from rich.table import Table

    con = console()
    sim = {r["party"]: r for r in (d["simulation"] or {}).get("parties", [])}
    t = Table(title=f"Projection ({d['model_description']}, from {d['base']})")
    for c in ("party", "base % UK", "share % UK", "base seats", "seats", "change"):
        t.add_column(c, justify="left" if c == "party" else "right")
    if sim:
        t.add_column("5–95 %", justify="right")
        t.add_column("P(majority)", justify="right")
    for r in d["national"]:
        row = [
            r["party"],
            _pct(r["base_share"]),
            _pct(r["share"]),
            str(r["base_seats"]),
            str(r["seats"]),
            f"{r['change']:+d}",
        ]
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


@click.command("whatif")
@click.argument("seat")
@click.option("--election", default="ge2024", show_default=True, help="Election to start from.")
@click.option("--group", default=None, help='Census group for differential turnout ("Muslim").')
@click.option(
    "--group-change",
    type=float,
    default=None,
    help="Relative turnout change of the group, e.g. -0.2 (a fifth stay home).",
)
@click.option(
    "--group-split",
    default=None,
    metavar="P=FRAC,...",
    help="Assumed vote split of the group by party, e.g. Ind=0.6,Lab=0.3.",
)
@click.option(
    "--shares",
    "shares",
    multiple=True,
    metavar="[AREA:]P=PCT,...",
    help="Re-run the seat under these target shares (as in psephos project).",
)
@click.option("--model", type=click.Choice(_MODELS), default="uns", show_default=True)
@click.option("--tactical", multiple=True, metavar="FROM->AGAINST=PCT")
@click.option("--sims", type=int, default=0, show_default=True, help="Monte Carlo draws.")
@click.option("--seed", type=int, default=None)
@db_option
@json_option
@handle_errors
def whatif_cmd(
    seat: str,
    election: str,
    group: str | None,
    group_change: float | None,
    group_split: str | None,
    shares: tuple[str, ...],
    model: str,
    tactical: tuple[str, ...],
    sims: int,
    seed: int | None,
    db: str | None,
    as_json: bool,
) -> None:
    """What would have flipped SEAT: votes, turnout, groups and model scenarios.

    \b
    Examples:
      psephos whatif "Ilford North"
      psephos whatif "Ilford North" --group Muslim --group-split Ind=0.6,Lab=0.3 --group-change -0.1
      psephos whatif "Ilford North" --shares "Lab=30,Con=28,RUK=18" --model stm --json
    """
    from psephos.models.shares import parse_scoped, parse_shares
    from psephos.models.whatif import whatif

    split = {k: v for k, v in parse_shares(group_split).items()} if group_split else None
    res = whatif(
        seat,
        election=election,
        group=group,
        group_change=group_change,
        group_split=split,
        targets=parse_scoped(list(shares)) if shares else None,
        model=model,
        tactical=tactical,
        sims=sims,
        seed=seed,
        db=db,
    )
    if as_json:
        echo_json(res.to_dict())
        return
    _print_whatif(res.to_dict())


def _print_whatif(d: dict[str, Any]) -> None:
    from rich.table import Table

    con = console()
    t = Table(title=f"{d['seat']['name']}, {d['election']}: what it would have taken")
    for c in (
        "candidate",
        "party",
        "votes",
        "behind",
        "extra votes",
        "switchers",
        "winner's voters at home",
    ):
        t.add_column(c, justify="left" if c in ("candidate", "party") else "right")
    w = d["winner"]
    t.add_row(w["name"] or "", w["party"], f"{w['votes']:,}", "", "", "", "")
    for c in d["challengers"]:
        t.add_row(
            c["name"] or "",
            c["party"],
            f"{c['votes']:,}",
            f"{c['behind']:,}",
            f"{c['extra_votes_to_win']:,}",
            f"{c['switchers_to_win']:,}",
            f"{c['winner_voters_staying_home']:,} ({c['winner_turnout_fall']:.1%})",
        )
    con.print(t)
    con.print(d["turnout_scenarios"]["text"])
    con.print(f"[dim]{d['turnout_scenarios']['uniform_fall']}[/dim]")
    if d["group"]:
        con.print(d["group"]["text"])
        if d["group"].get("winner"):
            g = d["group"]["winner"]
            con.print(
                f"With a {d['group']['turnout_change']:+.0%} turnout change in the group: "
                f"{g['name'] or g['party']} wins by {d['group']['majority']:,.0f} votes."
            )
    s = d["scenario"]
    if s:
        top = s["candidates"][:2]
        line = (
            f"Scenario ({s['model']}): {top[0]['name'] or top[0]['party']} "
            f"{top[0]['share']:.1%}, {top[1]['name'] or top[1]['party']} {top[1]['share']:.1%}"
            f" → {s['winner_name'] or s['winner']} by {s['majority_votes']:,} votes"
        )
        con.print(line)
        if s["win_probability"]:
            probs = ", ".join(
                f"{k} {v:.0%}"
                for k, v in sorted(s["win_probability"].items(), key=lambda kv: -kv[1])
            )
            con.print(f"Win probability: {probs}")


@click.command("backtest")
@click.option(
    "--model",
    "models",
    multiple=True,
    type=click.Choice(_MODELS),
    help="Models to test (default: all).",
)
@db_option
@json_option
@handle_errors
def backtest_cmd(models: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Back-test the swing models: notional 2019 + actual 2024 shares vs actual 2024 seats.

    \b
    Examples:
      psephos backtest
      psephos backtest --model stm --json
    """
    from psephos.models.backtest import backtest

    res = backtest(models=models or _MODELS, db=db)
    if as_json:
        echo_json(res.to_dict())
        return
    from rich.table import Table

    con = console()
    d = res.to_dict()
    t = Table(title="Great Britain 2024: actual seats and each model from notional 2019")
    cols = list(d["table"][0])
    for c in cols:
        t.add_column(c, justify="left" if c == "party" else "right")
    for r in d["table"]:
        t.add_row(*[str(r[c]) for c in cols])
    con.print(t)
    s = Table(title="Error per model")
    for c in ("model", "mean abs. seat error", "winners right"):
        s.add_column(c)
    for r in d["summary"]:
        s.add_row(r["model"], f"{r['mae']:.1f}", f"{r['correct_winners']} of {r['seats']}")
    con.print(s)
