"""Rankings of seats by any metric, over a universe of seats that is always stated.

>>> r = rank("majority", where=["second=Ind"], ascending=True)   # doctest: +SKIP
>>> r.table[["rank", "name", "value"]].head(2)                  # doctest: +SKIP
   rank           name  value
0     1   Ilford North  528.0
1     2  Bradford West  707.0
>>> r.universe                                                  # doctest: +SKIP
'6 seats in the UK where second = Ind (General election 2024)'

Ties share the best rank ("=3rd"). Seats with no value for the metric (census measures in
Northern Ireland) are left out and the universe says how many.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB, resolve_election
from psephos.analysis.metrics import Metric, Where, apply_filters, metric_values, parse_metric
from psephos.display import Display
from psephos.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = [
    "rank",
    "rank_text",
    "ons_code",
    "name",
    "country",
    "region",
    "winner",
    "winner_name",
    "second",
    "second_name",
    "value",
    "majority",
    "majority_share",
    "source_id",
]


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class Ranking(Display):
    """A ranked table of seats.

    Attributes
    ----------
    metric : Metric
        What was ranked (key, label, unit).
    election, compared_with : str
        The election and, for change and swing metrics, the one it is compared with.
    universe : str
        The seats ranked, in words ("632 seats in the UK ... (General election 2024)").
    n : int
        How many seats were ranked (the denominator of every rank).
    ascending : bool
        Whether rank 1 is the smallest value.
    table : DataFrame
        One row per seat shown (``top`` rows), columns :data:`COLUMNS`.
    """

    metric: Metric
    election: str
    compared_with: str | None
    universe: str
    n: int
    ascending: bool
    table: pd.DataFrame
    excluded: int = 0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric.to_dict(),
            "election": self.election,
            "compared_with": self.compared_with,
            "universe": self.universe,
            "n": self.n,
            "order": "ascending" if self.ascending else "descending",
            "excluded_without_value": self.excluded,
            "notes": self.notes,
            "rows": self.table,
        }


def ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def rank(
    metric: str,
    *,
    election: str | int = "ge2024",
    where: Where = None,
    top: int | None = 20,
    ascending: bool = False,
    db: DB = None,
) -> Ranking:
    """Rank the seats of ``election`` that pass ``where`` by ``metric``.

    Parameters
    ----------
    metric : str
        A metric name (see :mod:`psephos.analysis.metrics`): ``majority``, ``turnout``,
        ``share:Lab``, ``change:Lab``, ``swing:Con-Lab``, ``census:Muslim`` ...
    election : str or int
        ``ge2024`` (default), ``2019``, ``notional2019`` ...
    where : str, list of str or mapping
        Filters such as ``["country=England", "second=Ind"]``.
    top : int or None
        How many rows to return (None for all); ranks are always out of every seat.
    ascending : bool
        Rank the smallest value first (e.g. the closest seats by ``majority``).

    Returns
    -------
    Ranking
        With ``.table`` (columns :data:`COLUMNS`) and ``.universe``.
    """
    import pandas as pd

    if top is not None and top < 1:
        raise InputError(f"--top must be at least 1; got {top}.")
    el = resolve_election(election, db=db)
    m = parse_metric(metric, db=db)
    seats, universe = apply_filters(where, election=el.election_id, db=db)
    kind, _, arg = m.key.partition(":")
    speaker: dict[str, str] = {}
    if kind in ("change", "swing", "steed"):
        from psephos.analysis.seat_swing import (
            check_stood,
            speaker_seats,
            with_speaker_excluded,
        )

        parties = arg.split("-", 1) if kind != "change" else [arg]
        if parties != ["Spk"]:
            ons = set(seats["ons_code"])
            speaker = {c: n for c, n in speaker_seats(el.election_id, db=db).items() if c in ons}
            seats = seats[~seats["ons_code"].isin(list(speaker))]
            universe = with_speaker_excluded(universe, speaker, len(seats))
        check_stood(
            parties,
            election=el.election_id,
            seats=set(seats["ons_code"]),
            universe=universe,
            db=db,
        )
    values = metric_values(m, election=el.election_id, db=db)
    seats = seats.assign(value=seats["ons_code"].map(values))
    has = seats["value"].notna()
    missing = int((~has).sum())
    if missing:
        dropped_countries = set(seats.loc[~has, "country"])
        seats = seats[has]
        universe = _shrink(
            universe, len(seats) + missing, len(seats), dropped_countries, set(seats["country"])
        )
    # competition ranking on the values as published: round away floating-point noise so
    # that equal figures (e.g. sums of one-decimal percentages) tie
    ranks = seats["value"].round(9).rank(method="min", ascending=ascending).astype(int)
    n = len(seats)
    # the order (rank, then name) is found on those two columns alone, and only the rows
    # shown are taken from the seats (sorting every column of every seat cost most of a
    # ranking that shows 20 rows)
    order = (
        pd.DataFrame({"rank": ranks, "name": seats["name"]})
        .reset_index(drop=True)
        .sort_values(["rank", "name"])
        .index.to_numpy()
    )
    shown = order if top is None else order[:top]
    tied = ranks.duplicated(keep=False).to_numpy()
    table = seats.iloc[shown].assign(rank=ranks.to_numpy()[shown])
    table["rank_text"] = [
        ("=" if t else "") + f"{ordinal(r)} of {n}"
        for r, t in zip(table["rank"], tied[shown], strict=True)
    ]
    table = table[COLUMNS]
    notes = []
    if speaker:
        notes.append(
            "The main parties traditionally do not stand against the Speaker, so the "
            "Speaker's seat is left out of change and swing."
        )
    if kind in ("change", "prev_share", "swing", "steed"):
        notes.append(f"Compared with {el.previous_title}.")
        from psephos.analysis.frame import party_names, predecessor_map

        names = party_names(db=db)
        for new, old in predecessor_map(db=db).items():
            if new in arg.split("-"):
                notes.append(
                    f"{names.get(new, new)} ({new}) is compared with {names.get(old, old)} "
                    f"({old}), its former name."
                )
    if kind in ("share", "votes") and m.key.endswith(":Ind"):
        notes.append("Ind sums every independent candidate in a seat.")
    return Ranking(
        m,
        el.election_id,
        el.previous if kind in ("change", "prev_share", "swing", "steed") else None,
        universe,
        n,
        ascending,
        table.reset_index(drop=True),
        missing,
        notes,
    )


def seat_rank(
    seat: str,
    metric: str,
    *,
    election: str | int = "ge2024",
    where: Where = None,
    ascending: bool = False,
    db: DB = None,
) -> dict[str, Any]:
    """Where one seat ranks on ``metric`` within the universe ``where``.

    Returns
    -------
    dict
        ons_code, name, metric, value, rank, n, universe, text (e.g. "21st of 632 seats in
        the UK (General election 2024)").
    """
    from psephos.analysis.names import find_seat

    el = resolve_election(election, db=db)
    ref = find_seat(seat, boundary_set=el.boundary_set, db=db)
    full = rank(metric, election=el.election_id, where=where, top=None, ascending=ascending, db=db)
    hit = full.table[full.table["ons_code"] == ref.ons_code]
    if hit.empty:
        raise InputError(
            f"{ref.name} is not among the ranked seats ({full.universe}).",
            hint="Widen the filters or choose a metric the seat has.",
        )
    row = hit.iloc[0]
    return {
        "ons_code": ref.ons_code,
        "name": ref.name,
        "metric": full.metric.to_dict(),
        "value": float(row["value"]),
        "rank": int(row["rank"]),
        "n": full.n,
        "universe": full.universe,
        "text": f"{'=' if str(row['rank_text']).startswith('=') else ''}"
        f"{ordinal(int(row['rank']))} of {full.universe}",
    }


def _shrink(
    universe: str, before: int, after: int, missing_countries: set[str], kept: set[str]
) -> str:
    """Restate the universe once seats without a value are dropped: name the countries
    left when whole countries drop out ("575 seats in England and Wales", never "575 seats
    in the UK"), else say how many were left out."""
    noun = "seat" if after == 1 else "seats"
    head, sep, tail = universe.partition(" in ")
    whole = {"England", "Scotland", "Wales", "Northern Ireland"}
    area = None
    if tail.startswith("the UK") or tail.startswith("Great Britain"):
        rest = tail[len("the UK") :] if tail.startswith("the UK") else tail[len("Great Britain") :]
        if kept == {"England", "Scotland", "Wales"}:
            area = "Great Britain"
        elif kept == {"England", "Wales"}:
            area = "England and Wales"
        elif len(kept) == 1 and kept <= whole:
            area = next(iter(kept))
        if area is not None and not (missing_countries & kept):
            return f"{after} {noun} in {area}{rest}"
    return f"{after} {noun}{sep}{tail}; {before - after} without a value left out"
