"""CLI commands over psephos.analysis: summary, rank, relate, swing, gains. Each parses
options, calls one library function and formats the result. (history and chart are in
:mod:`psephos.commands.history`, sql and export in :mod:`psephos.commands.data`.)"""

from __future__ import annotations

from typing import Any

import click

from psephos.commands._common import console, db_option, echo_json, handle_errors, json_option
from psephos.commands.render import fmt_value as _fmt
from psephos.commands.render import table as _table

where_option = click.option(
    "--where",
    "-w",
    "where",
    multiple=True,
    help="Filter KEY OP VALUE (repeatable): country=England,Wales  region=London  winner=Lab  "
    "second=Ind  standing=RUK  majority<1000  census:Muslim>=20%.",
)
election_option = click.option(
    "--election",
    "-e",
    default="ge2024",
    show_default=True,
    help="ge2010 … ge2024, notional2019, or 1918–2005 for summaries.",
)


@click.command("summary")
@election_option
@click.option(
    "--by",
    type=click.Choice(["country", "region", "all", "none"]),
    default="country",
    show_default=True,
    help="Areas after the UK and GB rows.",
)
@click.option("--area", default=None, help="Show one area only (e.g. Scotland, London, UK).")
@click.option(
    "--compare",
    default=None,
    help="Change against this election instead of the previous one (e.g. 2005 vs 1945).",
)
@click.option(
    "--all-parties",
    is_flag=True,
    help="List every party, not only those with seats or at least 1% of the vote.",
)
@db_option
@json_option
@handle_errors
def summary_cmd(
    election: str,
    by: str,
    area: str | None,
    compare: str | None,
    all_parties: bool,
    db: str | None,
    as_json: bool,
) -> None:
    """Seats, votes and shares by party, with change on the previous election.

    \b
    Example:
      psephos summary --election ge2024 --by country
      psephos summary --area London
      psephos summary --election 2005 --compare 1945 --area UK
      psephos summary --election 1997 --json
    """
    from psephos.analysis.summary import summary

    result = summary(election=election, by=by, area=area, compare=compare, db=db)
    if as_json:
        echo_json(result)
        return
    out = console()
    for area_name in result.totals["area"]:
        part = result.table[result.table["area"] == area_name]
        if not all_parties:
            part = part[(part["seats"] > 0) | (part["share"] >= 0.01)]
        tot = result.totals[result.totals["area"] == area_name].iloc[0]
        rows = [
            [
                r.party_code,
                str(r.party_name),
                f"{r.seats}",
                _signed(r.seat_change),
                _fmt(r.votes, "votes"),
                _fmt(r.share, "share"),
                _fmt(r.share_change, "points"),
            ]
            for r in part.itertuples()
        ]
        turnout = (
            f", turnout {_fmt(tot.turnout, 'share')} of {tot.electorate:,.0f}"
            if tot.turnout == tot.turnout and tot.electorate == tot.electorate  # not NaN
            else ""
        )
        caption = f"{int(tot.seats)} seats, {tot.valid_votes:,.0f} valid votes{turnout}" + (
            f"; change vs {result.compared_title}" if result.compared_with else ""
        )
        out.print(
            _table(
                f"{result.title}: {area_name}",
                ["party", "name", "seats", "±", "votes", "share", "± pts"],
                rows,
                caption,
            )
        )
    for note in result.notes:
        out.print(f"[dim]{note}[/dim]")


def _signed(value: Any) -> str:
    import math

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{int(value):+d}"


@click.command("rank")
@click.argument("metric")
@election_option
@where_option
@click.option("--top", "-n", type=int, default=20, show_default=True, help="Rows to show.")
@click.option("--asc", "ascending", is_flag=True, help="Smallest first (e.g. closest seats).")
@click.option("--seat", default=None, help="Only say where this seat ranks.")
@db_option
@json_option
@handle_errors
def rank_cmd(
    metric: str,
    election: str,
    where: tuple[str, ...],
    top: int,
    ascending: bool,
    seat: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Rank seats by METRIC within a stated universe.

    METRIC: majority, majority_share, turnout, share:Lab, change:Lab, votes:RUK,
    swing:Con-Lab, steed:Con-Lab, census:Muslim, census:religion/Muslim, ...

    \b
    Example (the closest seats where an independent came second):
      psephos rank majority --where second=Ind --asc --top 5
      psephos rank census:Muslim --seat "Ilford North"
    """
    if seat:
        from psephos.analysis.rank import seat_rank

        found = seat_rank(
            seat, metric, election=election, where=list(where), ascending=ascending, db=db
        )
        if as_json:
            echo_json(found)
        else:
            unit = found["metric"]["unit"]
            console().print(
                f"{found['name']}: {found['metric']['label']} "
                f"{_fmt(found['value'], unit)}, {found['text']}"
            )
        return
    from psephos.analysis.rank import rank

    result = rank(metric, election=election, where=list(where), top=top, ascending=ascending, db=db)
    if as_json:
        echo_json(result)
        return
    unit = result.metric.unit
    rows = [
        [r.rank_text, r.name, r.country, str(r.winner), str(r.second), _fmt(r.value, unit)]
        for r in result.table.itertuples()
    ]
    caption = f"Universe: {result.universe}. " + " ".join(result.notes)
    console().print(
        _table(
            f"{result.metric.label}",
            ["rank", "seat", "country", "1st", "2nd", "value"],
            rows,
            caption,
        )
    )


@click.command("relate")
@click.argument("y")
@click.argument("x", nargs=-1, required=True)
@election_option
@where_option
@click.option(
    "--bins", default=None, help="Bands of X: a count (quantiles) or edges '0,0.05,0.1,0.2,1'."
)
@click.option("--top", type=int, default=5, show_default=True, help="Seats above/below the fit.")
@click.option(
    "--chart",
    "chart_path",
    default=None,
    type=click.Path(dir_okay=False),
    help="Also save a scatter with the fit line (.png or .svg).",
)
@db_option
@json_option
@handle_errors
def relate_cmd(
    y: str,
    x: tuple[str, ...],
    election: str,
    where: tuple[str, ...],
    bins: str | None,
    top: int,
    chart_path: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Correlation and OLS regression of Y on X across seats.

    \b
    Example (Labour's change vs notional 2019 against Muslim share, England and Wales):
      psephos relate change:Lab census:Muslim --where country=England,Wales
    """
    from psephos.analysis.relate import relate

    parsed_bins: Any = None
    if bins:
        from psephos.errors import InputError

        try:
            parsed_bins = int(bins) if "," not in bins else [float(b) for b in bins.split(",")]
        except ValueError:
            raise InputError(
                f"--bins '{bins}' is neither a count nor comma-separated edges.",
                hint="e.g. --bins 5 or --bins 0,0.05,0.1,0.2,1",
            ) from None
    result = relate(
        y, list(x), election=election, where=list(where), bins=parsed_bins, top=top, db=db
    )
    if chart_path:
        from psephos.analysis.charts import save, scatter_chart

        save(scatter_chart(result, db=db), chart_path)
    if as_json:
        echo_json(result)
        return
    out = console()
    c = result.correlation
    out.print(f"[bold]{result.y.label}[/bold] against [bold]{result.x[0].label}[/bold]")
    out.print(f"Universe: {result.universe}; n = {result.n}")
    out.print(
        f"Pearson r = {c['pearson_r']:.3f} (95% CI {c['ci_low']:.3f} to "
        f"{c['ci_high']:.3f}, p = {c['p_value']:.2g}); Spearman rho = "
        f"{c['spearman_rho']:.3f}; R² = {result.fit['r_squared']:.3f}"
    )
    rows = [
        [
            r.term,
            f"{r.coef:.4g}",
            f"{r.std_err:.3g}",
            f"[{r.ci_low:.4g}, {r.ci_high:.4g}]",
            f"{r.p_value:.2g}",
        ]
        for r in result.coefficients.itertuples()
    ]
    out.print(_table("OLS", ["term", "coef", "se", "95% CI", "p"], rows, left=1))
    for label, frame in (
        ("Furthest above the fit", result.above),
        ("Furthest below the fit", result.below),
    ):
        rows = [
            [
                r.name,
                _fmt(r.y, result.y.unit),
                _fmt(r.fitted, result.y.unit),
                _fmt(r.residual, "points" if result.y.unit in ("share", "points") else ""),
            ]
            for r in frame.itertuples()
        ]
        out.print(_table(label, ["seat", "y", "fitted", "residual"], rows, left=1))
    rows = [
        [str(r.band), str(r.n), _fmt(r.mean_y, result.y.unit), _fmt(r.median_y, result.y.unit)]
        for r in result.bins.itertuples()
    ]
    out.print(
        _table(
            f"{result.y.label} by band of {result.x[0].key}",
            ["band", "seats", "mean", "median"],
            rows,
            left=1,
        )
    )


@click.command("swing")
@click.argument("pair")
@election_option
@where_option
@click.option(
    "--top",
    "-n",
    type=int,
    default=10,
    show_default=True,
    help="Seats with the largest swing to show.",
)
@db_option
@json_option
@handle_errors
def swing_cmd(
    pair: str, election: str, where: tuple[str, ...], top: int, db: str | None, as_json: bool
) -> None:
    """Butler and Steed swing FROM-TO, in aggregate and seat by seat.

    \b
    Example (swing from Conservative to Labour, 2024 vs notional 2019, in England):
      psephos swing Con-Lab --where country=England
    """
    from psephos.analysis.swing import parse_pair, swing_report

    a, b = parse_pair(pair)
    report = swing_report(a, b, election=election, where=list(where), top=top, db=db)
    if as_json:
        echo_json(report)
        return
    agg = report["aggregate"]
    out = console(width=120)
    out.print(f"Swing from {agg['from']} to {agg['to']}, {agg['universe']}")
    out.print(
        f"Butler swing {agg['butler'] * 100:+.2f} points; Steed swing "
        f"{agg['steed'] * 100:+.2f}; mean of seat Butler swings "
        f"{agg['mean_butler'] * 100:+.2f}, median {agg['median_butler'] * 100:+.2f}."
    )
    out.print(f"[dim]{agg['note']}[/dim]")
    rows = [
        [r["name"], str(r["winner"]), _fmt(r["butler"], "points"), _fmt(r["steed"], "points")]
        for r in report["seats"]
    ]
    out.print(_table("Largest swings", ["seat", "winner", "Butler", "Steed"], rows))


@click.command("gains")
@election_option
@click.option("--list", "as_list", is_flag=True, help="List every seat that changed hands.")
@db_option
@json_option
@handle_errors
def gains_cmd(election: str, as_list: bool, db: str | None, as_json: bool) -> None:
    """Seats that changed hands: gains and losses by party, and the from/to matrix.

    \b
    Example (2024 against the notional 2019 result):
      psephos gains --election ge2024 --list
    """
    from psephos.analysis.swing import gains_report

    report = gains_report(election=election, db=db)
    if as_json:
        echo_json(report)
        return
    out = console(width=200)
    rows = [
        [
            r["party_code"],
            r["seats"],
            r["previous_seats"],
            f"+{r['gains']}",
            f"-{r['losses']}",
            _signed(r["net"]),
        ]
        for r in report["parties"]
    ]
    out.print(
        _table(
            f"Gains and losses, {report['election']} vs {report['compared_with']}",
            ["party", "seats", "before", "gains", "losses", "net"],
            rows,
            left=1,
        )
    )
    matrix = report["matrix"]
    cols = [c for c in matrix[0] if c != "previous"] if matrix else []
    out.print(
        _table(
            "Previous winner (rows) → winner now (columns)",
            ["previous"] + cols,
            [[m["previous"]] + [m[c] for c in cols] for m in matrix],
            left=1,
        )
    )
    n_changed = len(report["changed"])
    out.print(
        f"{n_changed} seat{'' if n_changed == 1 else 's'} changed hands"
        + ("" if as_list else " (--list names them).")
    )
    if as_list:
        rows = [
            [r["name"], r["previous_winner"], r["winner"], _fmt(r["majority"], "votes")]
            for r in report["changed"]
        ]
        out.print(
            _table(
                f"{len(rows)} seats changed hands", ["seat", "from", "to", "majority"], rows, left=3
            )
        )
