"""``psephos project``, ``psephos whatif`` and ``psephos backtest``: thin wrappers over
:mod:`psephos.models`."""

from __future__ import annotations

from typing import Any

import click

from psephos.commands._common import console, db_option, echo_json, handle_errors, json_option

# psephos.models.project.MODEL_NAMES, spelt out so that --help does not import numpy.
_MODELS = ["uns", "proportional", "transition", "stm", "fitted"]


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
@click.option(
    "--seed", type=click.IntRange(0), default=None, help="Seed for repeatable draws (0 or more)."
)
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
@click.option("--seed", type=click.IntRange(0), default=None, help="Seed (0 or more).")
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
    help="Models to test (default: all). Repeat for several.",
)
@click.option(
    "--area",
    "areas",
    multiple=True,
    type=click.Choice(["country", "region"]),
    help="Targets per country or per region (default: both).",
)
@click.option(
    "--sims",
    type=click.IntRange(1, 1_000_000),
    default=2000,
    show_default=True,
    help="Monte Carlo draws per model and back-test.",
)
@click.option("--seed", type=click.IntRange(0), default=1, show_default=True)
@click.option(
    "--tactical-sweep",
    "tactical_sweep",
    is_flag=True,
    help="Also show how the seat error varies with the --tactical knob (a diagnostic).",
)
@db_option
@json_option
@handle_errors
def backtest_cmd(
    models: tuple[str, ...],
    areas: tuple[str, ...],
    sims: int,
    seed: int,
    tactical_sweep: bool,
    db: str | None,
    as_json: bool,
) -> None:
    """Honest back-tests: 2017 from 2015, 2019 from 2017, 2024 from notional 2019.

    Each model is told the actual shares (per country or per region) and fitted and
    calibrated only on elections before the target; seats are compared in Great Britain.

    \b
    Examples:
      psephos backtest
      psephos backtest --model fitted --area region --json
      psephos backtest --model fitted --model uns --area region --tactical-sweep
    """
    from psephos.models.backtest import AREAS, backtest

    res = backtest(
        models=models or _MODELS,
        areas=areas or AREAS,
        sims=sims,
        seed=seed,
        tactical_sweep=tactical_sweep,
        db=db,
    )
    if as_json:
        echo_json(res.to_dict())
        return
    _print_backtest(res)


def _print_backtest(res: Any) -> None:
    from rich.table import Table

    from psephos.models.backtest import MAE_PARTIES

    con = console()
    for run in res.runs:
        models = list(run.models)
        t = Table(
            title=f"{run.target} from {run.base}, shares per {run.area} "
            f"({run.seats} GB seats; trained on {len(run.training_pairs)} earlier pairs)"
        )
        t.add_column("party")
        t.add_column("actual", justify="right")
        for m in models:
            t.add_column(m, justify="right")
        parties = list(
            dict.fromkeys([*run.actual, *(p for m in models for p in run.models[m].seats)])
        )
        for p in parties:
            t.add_row(
                p, str(run.actual.get(p, 0)), *[str(run.models[m].seats.get(p, 0)) for m in models]
            )
        rows = [
            (f"mean abs. seat error ({', '.join(MAE_PARTIES)})", "mae", "{:.1f}"),
            ("winners right", "winners_right", "{}"),
            ("Brier score", "brier", "{:.3f}"),
            ("90 % seat intervals holding the actual", "interval_coverage", "{:.0%}"),
            ("actual shares inside 90 % seat bands", "seat_band_coverage", "{:.1%}"),
        ]
        for label, key, fmt in rows:
            vals = [getattr(run.models[m], key) for m in models]
            t.add_row(f"[bold]{label}[/bold]", "", *[_fmt(v, fmt) for v in vals])
        con.print(t)
    for sw in res.tactical:
        t = Table(
            title=f"Diagnostic, not a score: {sw.model}, {sw.target} from {sw.base} per "
            f"{sw.area}, with --tactical X->{sw.against}=S for X in {', '.join(sw.donors)}"
        )
        for c in ("strength %", "MAE", "winners right", *MAE_PARTIES):
            t.add_column(c, justify="right")
        for r in sw.rows:
            t.add_row(
                f"{r['strength']:.0f}",
                f"{r['mae']:.1f}",
                str(r["winners_right"]),
                *[str(r["seats"][q]) for q in MAE_PARTIES],
            )
        con.print(t)


def _fmt(v: float, fmt: str) -> str:
    return "" if v != v else fmt.format(v)  # NaN: not simulated


@click.command("target")
@click.argument("party")
@click.option(
    "--seats",
    "seats",
    type=click.IntRange(1, 650),
    default=326,
    show_default=True,
    help="Seats wanted (326 is a majority of 650).",
)
@click.option(
    "--model",
    "models",
    multiple=True,
    type=click.Choice(_MODELS),
    help="Models to ask (default: all). Repeat for several.",
)
@click.option(
    "--base",
    type=click.Choice(["ge2024", "notional2019"]),
    default="ge2024",
    show_default=True,
    help="Result the swing starts from.",
)
@click.option(
    "--area", default="GB", show_default=True, help="Area whose share is varied (GB or UK)."
)
@click.option(
    "--sims",
    type=click.IntRange(0, 100_000),
    default=500,
    show_default=True,
    help="Monte Carlo draws per step (0: deterministic only).",
)
@click.option("--seed", type=click.IntRange(0), default=1, show_default=True)
@db_option
@json_option
@handle_errors
def target_cmd(
    party: str,
    seats: int,
    models: tuple[str, ...],
    base: str,
    area: str,
    sims: int,
    seed: int,
    db: str | None,
    as_json: bool,
) -> None:
    """The share PARTY needs for --seats seats, under each model, with its uncertainty.

    The other parties keep their relative shares at the base (they shrink or grow in
    proportion as PARTY's share moves).

    \b
    Examples:
      psephos target Lab --seats 326
      psephos target Con --seats 200 --model fitted --json
    """
    from psephos.models.target import share_for_seats

    res = share_for_seats(
        party, seats, models=models or _MODELS, base=base, area=area, sims=sims, seed=seed, db=db
    )
    if as_json:
        echo_json(res.to_dict())
        return
    from rich.table import Table

    d = res.to_dict()
    con = console()
    t = Table(title=f"{d['party']}: share of the {d['area']} vote needed for {d['seats']} seats")
    for c in ("model", "deterministic %", "50 % chance at %", "5 % – 95 % chance at %"):
        t.add_column(c, justify="left" if c == "model" else "right")
    for r in d["models"]:
        t.add_row(
            r["model"],
            _pct(r["share"]),
            _pct(r["mc_p50"]),
            f"{_pct(r['mc_p05'])} – {_pct(r['mc_p95'])}" if r["mc_p05"] is not None else "",
        )
    con.print(t)
    for r in d["models"]:
        if r["sentence"]:
            con.print(f"• {r['sentence']}")
    for note in d["notes"]:
        con.print(f"[dim]• {note}[/dim]")
