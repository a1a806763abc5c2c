"""Charts (Altair / Vega-Lite) from analysis results, saved offline as PNG or SVG.

* :func:`scatter_chart` — a :class:`~psephos.analysis.relate.Relation` as a scatter with the
  OLS line, points coloured by the seat's winner.
* :func:`bar_chart` — a :class:`~psephos.analysis.rank.Ranking` as ranked bars.
* :func:`history_chart` — party shares (or seats) 1918–2024 as lines.

Every chart has a title, labelled axes, party colours from the store and the source in a
caption. :func:`save` renders with vl-convert (no browser, no network).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB, party_colours
from psephos.errors import InputError

if TYPE_CHECKING:
    from psephos.analysis.rank import Ranking
    from psephos.analysis.relate import Relation

SOURCE = (
    "Source: House of Commons Library (CBP-10009, CBP-8749, CBP-8647), notional 2019 "
    "(Rallings & Thrasher), Census 2021/22 summaries; psephos."
)
GROUP_COLOURS = {
    "Con": "#0087DC",
    "Lab": "#E4003B",
    "Lib": "#FAA61A",
    "Nat": "#FDF38E",
    "Oth": "#AAAAAA",
}
WIDTH, HEIGHT = 640, 400


def _axis_format(unit: str) -> str:
    return ".0%" if unit in ("share", "points") else ",.0f"


def _scale(codes: list[str], db: DB) -> Any:
    import altair as alt

    colours = party_colours(db=db)
    domain = sorted({c for c in codes if isinstance(c, str)})
    return alt.Scale(domain=domain, range=[colours.get(c, "#AAAAAA") for c in domain])


def scatter_chart(relation: Relation, *, db: DB = None) -> Any:
    """Scatter of Y against the first X with the fitted OLS line."""
    import altair as alt

    xm, ym = relation.x[0], relation.y
    data = relation.data[["name", "winner", "y", xm.key, "fitted"]].rename(columns={xm.key: "x"})
    base = alt.Chart(data)
    points = base.mark_circle(size=28, opacity=0.75).encode(
        x=alt.X("x:Q", title=xm.label, axis=alt.Axis(format=_axis_format(xm.unit))),
        y=alt.Y("y:Q", title=ym.label, axis=alt.Axis(format=_axis_format(ym.unit))),
        color=alt.Color("winner:N", title="Winner", scale=_scale(list(data["winner"]), db)),
        tooltip=[
            "name",
            "winner",
            alt.Tooltip("x:Q", format=".3f"),
            alt.Tooltip("y:Q", format=".3f"),
        ],
    )
    line = base.mark_line(color="black", strokeWidth=2).encode(x="x:Q", y="fitted:Q")
    c = relation.correlation
    subtitle = [
        f"{relation.universe}; r = {c['pearson_r']:.2f} "
        f"(95% CI {c['ci_low']:.2f} to {c['ci_high']:.2f}), n = {relation.n}",
        SOURCE,
    ]
    return (points + line).properties(
        width=WIDTH,
        height=HEIGHT,
        title=alt.TitleParams(
            f"{ym.label} against {xm.label}", subtitle=subtitle, subtitleFontSize=10, anchor="start"
        ),
    )


def bar_chart(ranking: Ranking, *, db: DB = None) -> Any:
    """Horizontal bars of a ranking's rows, coloured by the seat's winner."""
    import altair as alt

    data = ranking.table[["rank", "name", "winner", "value"]].copy()
    data["label"] = data["rank"].astype(str) + ". " + data["name"]
    m = ranking.metric
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("label:N", sort=list(data["label"]), title=None),
            x=alt.X("value:Q", title=m.label, axis=alt.Axis(format=_axis_format(m.unit))),
            color=alt.Color("winner:N", title="Winner", scale=_scale(list(data["winner"]), db)),
            tooltip=["name", "winner", alt.Tooltip("value:Q", format=".4g")],
        )
        .properties(
            width=WIDTH,
            height=max(120, 22 * len(data)),
            title=alt.TitleParams(
                m.label,
                subtitle=[f"Universe: {ranking.universe}", SOURCE],
                subtitleFontSize=10,
                anchor="start",
            ),
        )
    )


def history_chart(*, measure: str = "share", area: str = "UK", db: DB = None) -> Any:
    """Lines of party-group share (or seats) at every general election 1918–2024."""
    import altair as alt

    from psephos.analysis.series import party_series

    if measure not in ("share", "seats", "votes"):
        raise InputError(f"measure must be share, seats or votes; got '{measure}'.")
    data = party_series(area=area, db=db)
    data["date"] = data["year"].astype(str) + data["election"].str[4:].map(
        {"F": "-02", "O": "-10"}
    ).fillna("-06")
    title = {"share": "Share of the vote", "seats": "Seats won", "votes": "Votes"}[measure]
    return (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("date:T", title="General election"),
            y=alt.Y(
                f"{measure}:Q",
                title=title,
                axis=alt.Axis(format=".0%" if measure == "share" else ",.0f"),
            ),
            color=alt.Color(
                "party:N",
                title="Party",
                scale=alt.Scale(domain=list(GROUP_COLOURS), range=list(GROUP_COLOURS.values())),
            ),
            tooltip=["election", "party", alt.Tooltip(f"{measure}:Q", format=".3g")],
        )
        .properties(
            width=WIDTH,
            height=HEIGHT,
            title=alt.TitleParams(
                f"{title} by party, {area}, 1918–2024",
                subtitle=[
                    "Lib = Liberal / Alliance / Liberal Democrat; Nat = SNP and Plaid Cymru; "
                    "Oth = all others. 1918–2005 party-level series, 2010–2024 candidate-level.",
                    SOURCE,
                ],
                subtitleFontSize=10,
                anchor="start",
            ),
        )
    )


def save(chart: Any, path: str | os.PathLike[str], *, scale: float = 2.0) -> Path:
    """Render ``chart`` to ``path`` (.png or .svg; .json writes the Vega-Lite spec)."""
    import vl_convert as vlc

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg", ".json"):
        raise InputError(
            f"Cannot save a chart as '{target.name}'.", hint="Use a .png, .svg or .json file name."
        )
    if target.is_dir():
        raise InputError(f"{target} is a folder.", hint="Give a file name inside it.")
    if not target.parent.is_dir():
        raise InputError(
            f"The folder {target.parent} does not exist.",
            hint="Create it first, or choose another path.",
        )
    spec = chart.to_json()
    existed = target.exists()
    try:
        if suffix == ".png":
            target.write_bytes(vlc.vegalite_to_png(spec, scale=scale))
        elif suffix == ".svg":
            target.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
        else:
            target.write_text(spec, encoding="utf-8")
    except OSError as exc:
        if not existed and target.is_file():
            target.unlink(missing_ok=True)
        raise InputError(
            f"Could not write {target}: {exc.strerror or exc}.",
            hint="Check the free space and the folder's permissions, or choose another path.",
        ) from None
    return target


def make_chart(
    kind: str,
    args: list[str],
    *,
    election: str = "ge2024",
    where: list[str] | tuple[str, ...] = (),
    top: int = 20,
    ascending: bool = False,
    measure: str = "share",
    area: str = "UK",
    db: DB = None,
) -> Any:
    """Build a chart by name: ``scatter`` (args Y X), ``bars`` (args METRIC) or ``history``."""
    if kind == "scatter":
        if len(args) != 2:
            raise InputError(
                "A scatter needs Y and X.", hint="e.g. chart scatter change:Lab census:Muslim"
            )
        from psephos.analysis.relate import relate

        return scatter_chart(
            relate(args[0], args[1], election=election, where=list(where), db=db), db=db
        )
    if kind == "bars":
        if len(args) != 1:
            raise InputError("Bars need one METRIC.", hint="e.g. chart bars majority --asc")
        from psephos.analysis.rank import rank

        return bar_chart(
            rank(
                args[0], election=election, where=list(where), top=top, ascending=ascending, db=db
            ),
            db=db,
        )
    if kind == "history":
        return history_chart(measure=measure, area=area, db=db)
    raise InputError(f"No chart kind '{kind}'.", hint="Use scatter, bars or history.")
