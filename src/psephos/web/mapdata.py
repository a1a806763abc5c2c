"""The values a hex map can be coloured by: the winner, or any seat metric of the analysis
library (:mod:`psephos.analysis.metrics`): ``majority``, ``turnout``, ``share:Lab``,
``change:Lab``, ``swing:Con-Lab``, ``census:Muslim`` ... Nothing is computed here; this
module only chooses the colour scale (diverging for changes and swings) and states the
universe (the seats with a value) and the sources.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any, Literal

from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect

DB = str | os.PathLike[str] | None
Kind = Literal["party", "sequential", "diverging"]
MAX_METRIC = 80
MAP_ELECTIONS = ("ge2024", "notional2019")

_UNIVERSES = {
    650: "650 seats in the United Kingdom",
    632: "632 seats in Great Britain",
    575: "575 seats in England and Wales",
    57: "57 seats in Scotland",
    32: "32 seats in Wales",
}


@dataclass
class MapMetric:
    """Per-seat values of one metric, with what they mean and where they come from."""

    key: str
    title: str
    kind: Kind
    unit: str
    values: dict[str, Any]
    universe: str
    source_ids: list[str]
    colours: dict[str, str] = field(default_factory=dict)  # party code -> colour
    labels: dict[str, str] = field(default_factory=dict)  # party code -> name
    note: str | None = None


def universe_text(n: int) -> str:
    """'632 seats in Great Britain' for the common universes, else 'N seats'."""
    return _UNIVERSES.get(n, f"{n} seats")


def _sources(con: Any, election: str, key: str) -> list[str]:
    kind = key.partition(":")[0]
    ids = [election]
    if kind in ("change", "prev_share", "swing", "steed") and election == "ge2024":
        ids.append("notional2019")
    rows = con.execute(
        "SELECT DISTINCT source_id FROM contests WHERE list_contains(?, election_id) "
        "UNION SELECT DISTINCT source_id FROM candidacies WHERE list_contains(?, election_id)",
        [ids, ids],
    ).fetchall()
    out = {r[0] for r in rows}
    if kind == "census":
        out |= {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT source_id FROM census WHERE topic = 'summary'"
            ).fetchall()
        }
    return sorted(out)


def _winner(con: Any, election: str) -> MapMetric:
    rows = con.execute(
        "SELECT ons_code, winner_party, source_id FROM contests WHERE election_id = ?",
        [election],
    ).fetchall()
    parties = con.execute("SELECT party_code, colour, short_name FROM parties").fetchall()
    return MapMetric(
        "winner",
        f"Winning party, {election}",
        "party",
        "",
        {r[0]: r[1] for r in rows},
        universe_text(len(rows)),
        sorted({r[2] for r in rows}),
        {p[0]: p[1] for p in parties},
        {p[0]: p[2] for p in parties},
    )


def map_metric(key: str, *, election: str = "ge2024", db: DB = None) -> MapMetric:
    """The per-seat values of ``key`` (``winner`` or an analysis metric) at ``election``.

    Shares, changes and swings come from the library as fractions and are shown in
    percent or percentage points.

    Raises
    ------
    InputError
        when ``key`` is empty or too long.
    NotFoundError
        for an unknown metric, party or census category (with suggestions), or an
        election the 2024 hex map cannot show.
    """
    from psephos.analysis.metrics import metric_values, parse_metric

    key = key.strip()
    if not key or len(key) > MAX_METRIC:
        raise InputError(
            f"The map metric must be 1 to {MAX_METRIC} characters; got {len(key)}.",
            hint="Use e.g. winner, majority, share:Lab, change:Lab, swing:Con-Lab or "
            "census:Muslim.",
        )
    if election not in MAP_ELECTIONS:
        raise NotFoundError(
            f"No map for election '{election[:40]}': the hex map has the 2024 boundaries.",
            hint="Try ge2024 or notional2019.",
        )
    con = connect(db)
    if key.lower() == "winner":
        return _winner(con, election)
    m = parse_metric(key, db=db)
    series = metric_values(m, election=election, db=db)
    scale = 100.0 if m.unit in ("share", "points") else 1.0
    values = {
        str(code): (None if v is None or math.isnan(v) else float(v) * scale)
        for code, v in series.items()
    }
    n = sum(1 for v in values.values() if v is not None)
    kind: Kind = "diverging" if m.unit == "points" else "sequential"
    unit = {"share": "%", "points": "pts"}.get(m.unit, "")
    note = None
    if m.key.startswith(("change:", "swing:", "steed:")) and election == "ge2024":
        note = "Compared with the notional 2019 result on the 2024 boundaries."
        if "RUK" in m.key:
            note += " Reform UK is compared with the Brexit Party, its former name."
    if n < len(values):
        extra = f"{len(values) - n} seats have no value (e.g. Northern Ireland for census)."
        note = f"{note} {extra}" if note else extra
    return MapMetric(
        m.key,
        f"{m.label}, {election}",
        kind,
        unit,
        values,
        universe_text(n),
        _sources(con, election, m.key),
        note=note,
    )


def census_categories(db: DB = None) -> list[str]:
    """Census summary categories that are shares of residents (for the map's picker)."""
    from psephos.analysis.frame import census_categories as cats

    counts = {"Population", "PopulationDensity"}
    return sorted(c for c in cats(db=db).get("summary", []) if c not in counts)


def result_lines(election: str, *, db: DB = None) -> dict[str, str]:
    """Per seat at ``election``: "Labour, majority 528 over Independent" (the stored
    winner, runner-up and majority of the ``contests`` table), for the map's tooltips."""
    con = connect(db)
    names = {
        str(code): str(short or code)
        for code, short in con.execute("SELECT party_code, short_name FROM parties").fetchall()
    }
    rows = con.execute(
        "SELECT ons_code, winner_party, second_party, majority FROM contests WHERE election_id = ?",
        [election],
    ).fetchall()
    out: dict[str, str] = {}
    for code, first, second, majority in rows:
        if not first:
            continue
        text = names.get(first, first)
        if majority is not None:
            text += f", majority {int(majority):,}"
            if second:
                text += f" over {names.get(second, second)}"
        out[str(code)] = text
    return out
