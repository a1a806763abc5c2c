"""The values a hex map can be coloured by, read from the store (no analysis here).

A metric is named by a short key: ``winner``, ``majority``, ``majority_share``,
``turnout``, ``share:PARTY`` (e.g. ``share:Lab``), ``census:CATEGORY`` (a census summary
category, e.g. ``census:Muslim``). Keys served by the analysis library (changes in share,
swings) are added by :mod:`psephos.web.metrics` when that library provides them.
Every query is parameterised; party codes and census categories are checked against the
store before use.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect

DB = str | os.PathLike[str] | None
Kind = Literal["party", "sequential", "diverging"]
MAX_METRIC = 80
_KEY = re.compile(r"^[A-Za-z0-9_]+(?::[A-Za-z0-9_ .+-]+)?$")

UNIVERSE_UK = "650 seats in the United Kingdom"
_UNIVERSES = {
    632: "632 seats in Great Britain",
    575: "575 seats in England and Wales",
    650: UNIVERSE_UK,
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


def _party_colours(con: Any) -> tuple[dict[str, str], dict[str, str]]:
    rows = con.execute("SELECT party_code, colour, short_name FROM parties").fetchall()
    return {r[0]: r[1] for r in rows}, {r[0]: r[2] for r in rows}


def _winner(con: Any, election: str) -> MapMetric:
    rows = con.execute(
        "SELECT ons_code, winner_party, source_id FROM contests WHERE election_id = ?", [election]
    ).fetchall()
    colours, labels = _party_colours(con)
    return MapMetric(
        "winner",
        f"Winning party, {election}",
        "party",
        "",
        {r[0]: r[1] for r in rows},
        universe_text(len(rows)),
        sorted({r[2] for r in rows}),
        colours,
        labels,
    )


def _contest_column(con: Any, election: str, key: str) -> MapMetric:
    expr, title, unit = {
        "majority": ("majority", "Majority (votes)", ""),
        "majority_share": ("100.0 * majority / valid_votes", "Majority (% of valid votes)", "%"),
        "turnout": ("100.0 * turnout", "Turnout (valid votes / electorate)", "%"),
    }[key]
    rows = con.execute(
        f"SELECT ons_code, {expr}, source_id FROM contests "  # noqa: S608 - fixed
        "WHERE election_id = ?",
        [election],
    ).fetchall()
    return MapMetric(
        key,
        f"{title}, {election}",
        "sequential",
        unit,
        {r[0]: r[1] for r in rows},
        universe_text(len(rows)),
        sorted({r[2] for r in rows}),
    )


def _share(con: Any, election: str, party: str) -> MapMetric:
    colours, labels = _party_colours(con)
    if party not in colours:
        raise NotFoundError(
            f"No party with the code '{party}'.",
            hint="Use a code from docs/store.md, e.g. Lab, Con, LD, RUK, Green.",
        )
    rows = con.execute(
        """SELECT t.ons_code, 100.0 * coalesce(sum(k.share), 0),
                  coalesce(any_value(k.source_id), any_value(t.source_id))
           FROM contests t LEFT JOIN candidacies k ON k.election_id = t.election_id
                AND k.ons_code = t.ons_code AND k.party_code = ?
           WHERE t.election_id = ? GROUP BY t.ons_code""",
        [party, election],
    ).fetchall()
    return MapMetric(
        f"share:{party}",
        f"{labels[party]} share of the vote, {election}",
        "sequential",
        "%",
        {r[0]: r[1] for r in rows},
        universe_text(len(rows)),
        sorted({r[2] for r in rows}),
        note="Seats the party did not contest count as 0%.",
    )


def _census(con: Any, category: str) -> MapMetric:
    rows = con.execute(
        "SELECT ons_code, 100.0 * share, source_id FROM census WHERE "
        "topic = 'summary' AND category = ? AND share IS NOT NULL",
        [category],
    ).fetchall()
    if not rows:
        known = [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT category FROM census WHERE topic = 'summary' AND share IS NOT NULL "
                "ORDER BY 1"
            ).fetchall()
        ]
        from rapidfuzz import process

        close = [m[0] for m in process.extract(category, known, limit=3, score_cutoff=50)]
        raise NotFoundError(f"No census summary category '{category}'.", suggestions=close)
    return MapMetric(
        f"census:{category}",
        f"Census 2021: {category} (% of residents)",
        "sequential",
        "%",
        {r[0]: r[1] for r in rows},
        universe_text(len(rows)),
        sorted({r[2] for r in rows}),
        note="Northern Ireland has no row in the census summary file.",
    )


def census_categories(db: DB = None) -> list[str]:
    """Census summary categories that have shares (for the map's picker)."""
    con = connect(db)
    return [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT category FROM census WHERE topic = 'summary' AND share IS NOT NULL "
            "ORDER BY 1"
        ).fetchall()
    ]


def store_metric(key: str, *, election: str = "ge2024", db: DB = None) -> MapMetric:
    """The per-seat values of the store-backed metric ``key`` (see the module docstring).

    Raises
    ------
    InputError
        when ``key`` is malformed or too long.
    NotFoundError
        for an unknown metric, party or census category.
    """
    key = key.strip()
    if len(key) > MAX_METRIC or not _KEY.match(key):
        raise InputError(
            f"The map metric '{key[:MAX_METRIC]}' is not a valid key.",
            hint="Use e.g. winner, majority, share:Lab or census:Muslim.",
        )
    con = connect(db)
    if not con.execute(
        "SELECT 1 FROM elections WHERE election_id = ? AND boundary_set = '2024' "
        "AND kind <> 'by-election'",
        [election],
    ).fetchone():
        raise NotFoundError(
            f"No map for election '{election}': the hex map has the 2024 boundaries.",
            hint="Try ge2024 or notional2019.",
        )
    name, _, arg = key.partition(":")
    if name == "winner" and not arg:
        return _winner(con, election)
    if name in ("majority", "majority_share", "turnout") and not arg:
        return _contest_column(con, election, name)
    if name == "share" and arg:
        return _share(con, election, arg)
    if name == "census" and arg:
        return _census(con, arg)
    raise NotFoundError(
        f"No map metric '{key}'.",
        hint="Try winner, majority, majority_share, turnout, share:Lab or census:Muslim.",
    )
