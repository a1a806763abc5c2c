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

import contextlib
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB, Election, _seat_frame, resolve_election
from psephos.analysis.metrics import (
    Metric,
    Where,
    _where_key,
    filter_rows,
    metric_values,
    parse_metric,
)
from psephos.display import Display
from psephos.errors import InputError
from psephos.store.connect import connect, memo

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
    if top is not None and top < 1:
        raise InputError(f"--top must be at least 1; got {top}.")
    full = _whole(metric, election, where, ascending, db).ranking
    table = full.table if top is None else full.table.iloc[:top]
    return replace(full, table=table.reset_index(drop=True), notes=list(full.notes))


@dataclass(frozen=True)
class RankedSeats:
    """A whole ranking (:func:`rank` with ``top=None``) as plain values, for looking many
    seats up in it (the claim checker's superlatives and ranks): no table is copied.

    Attributes
    ----------
    ranking : Ranking
        The whole ranking; shared, read only (``rank`` hands out copies).
    rows : list of (rank, rank_text, name, value)
        Its table's rows, in its order.
    """

    ranking: Ranking
    rows: list[tuple[int, str, str, float]]
    _at: dict[str, int]

    def seat(self, ons_code: str) -> tuple[int, str, str, float] | None:
        """The seat's row, or None when it is not among the seats ranked."""
        i = self._at.get(ons_code)
        return None if i is None else self.rows[i]


def ranked_seats(
    metric: str,
    *,
    election: str | int = "ge2024",
    where: Where = None,
    ascending: bool = False,
    db: DB = None,
) -> RankedSeats:
    """:func:`rank` of every seat (``top=None``) as :class:`RankedSeats`, remembered with
    the ranking itself (the same ranks, names, values and universe)."""
    return _whole(metric, election, where, ascending, db)


def _whole(metric: str, election: str | int, where: Where, ascending: bool, db: DB) -> RankedSeats:
    # the whole ranking (every seat, in order) is computed once per store, election,
    # metric, filters and order, and each call takes its ``top`` rows from it: the claim
    # checker asks for the same rankings of many seats (a superlative within an area, the
    # guard's readings in each nation)
    el = resolve_election(election, db=db)
    m = parse_metric(metric, db=db)
    cache: OrderedDict[tuple[str, str, str, bool], RankedSeats] = memo(
        connect(db), "analysis.rank.rankings", OrderedDict
    )
    key = (el.election_id, m.key, repr(_where_key(where)), bool(ascending))
    hit = cache.get(key)
    if hit is not None:
        with contextlib.suppress(KeyError):  # another thread may trim too
            cache.move_to_end(key)
        return hit
    full = _rank_all(m, el, where, ascending, db)
    t = full.table
    rows = list(
        zip(
            (int(x) for x in t["rank"]),
            (str(x) for x in t["rank_text"]),
            t["name"].tolist(),
            t["value"].tolist(),
            strict=True,
        )
    )
    hit = RankedSeats(full, rows, {str(c): i for i, c in enumerate(t["ons_code"])})
    cache[key] = hit
    with contextlib.suppress(KeyError):
        while len(cache) > RANK_CACHE:
            cache.popitem(last=False)
    return hit


#: how many whole rankings :func:`rank` keeps per store (the most recently used)
RANK_CACHE = 2048


def _rank_all(m: Metric, el: Election, where: Where, ascending: bool, db: DB) -> Ranking:
    """Every seat of ``el`` passing ``where`` ranked by ``m``: :func:`rank` with
    ``top=None`` (the one definition of a ranking; :func:`rank` slices it). Worked on
    arrays of the few columns it needs (the seats' row numbers, codes, countries and the
    order of their names), and the table is taken from the seat frame once, in order."""
    import numpy as np
    import pandas as pd

    eid = el.election_id
    rows, universe = filter_rows(where, election=eid, db=db)
    cols = _rank_columns(eid, db)
    codes = cols["ons_code"][rows]
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
            ons = set(codes)
            speaker = {c: n for c, n in speaker_seats(eid, db=db).items() if c in ons}
            if speaker:
                keep = ~np.isin(codes, list(speaker))
                rows, codes = rows[keep], codes[keep]
            universe = with_speaker_excluded(universe, speaker, len(rows))
        check_stood(parties, election=eid, seats=set(codes), universe=universe, db=db)
    values = metric_values(m, election=eid, db=db)
    value = values.reindex(codes).to_numpy(dtype=float)
    has = ~np.isnan(value)
    missing = int((~has).sum())
    if missing:
        country = cols["country"][rows]
        dropped_countries = set(country[~has])
        rows, value = rows[has], value[has]
        universe = _shrink(
            universe, len(rows) + missing, len(rows), dropped_countries, set(country[has])
        )
    # competition ranking on the values as published: round away floating-point noise so
    # that equal figures (e.g. sums of one-decimal percentages) tie
    ranks = pd.Series(value).round(9).rank(method="min", ascending=ascending).astype(int)
    n = len(rows)
    # the order (rank, then name): the names' places in the sorted list of the election's
    # names break the ties (a stable sort, as sorting the two columns)
    ranks_np = ranks.to_numpy()
    order = np.lexsort((cols["name_order"][rows], ranks_np))
    tied = ranks.duplicated(keep=False).to_numpy()
    shown: dict[str, Any] = {
        "rank": ranks_np[order],
        "rank_text": _rank_texts(ranks_np[order].tolist(), tied[order].tolist(), n),
        "value": value[order],
    }
    taken = cols["taken"]
    if taken is None:  # a column pandas holds in an extension array: taken as a frame
        table = _seat_frame(connect(db), eid)[_TAKEN].take(rows[order])
        for c in ("rank", "rank_text", "value"):
            table.insert(COLUMNS.index(c), c, shown[c])
    else:  # one frame built from the columns' arrays (a take and three inserts cost 4x)
        pick = rows[order]
        table = pd.DataFrame(
            {
                c: shown[c] if c in shown else pd.Series(a := taken[c][pick], dtype=a.dtype)
                for c in COLUMNS
            }
        )
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
        eid,
        el.previous if kind in ("change", "prev_share", "swing", "steed") else None,
        universe,
        n,
        ascending,
        table.reset_index(drop=True),
        missing,
        notes,
    )


def _rank_texts(ranks: list[int], tied: list[bool], n: int) -> list[str]:
    """``=3rd of 650`` for each rank (``=`` when tied): each distinct rank's text once."""
    texts: dict[int, str] = {}
    out = []
    for r, t in zip(ranks, tied, strict=True):
        text = texts.get(r)
        if text is None:
            text = texts[r] = f"{ordinal(r)} of {n}"
        out.append("=" + text if t else text)
    return out


#: the seat frame's columns a ranking shows as they are (the rest are computed)
_TAKEN = [c for c in COLUMNS if c not in ("rank", "rank_text", "value")]


def _rank_columns(eid: str, db: DB) -> dict[str, Any]:
    """Per store and election, as numpy arrays in the seat frame's order: the codes, the
    countries and each seat's place in the sorted list of names (equal names share it)."""
    import numpy as np

    def read() -> dict[str, Any]:
        seats = _seat_frame(connect(db), eid)
        names = seats["name"].to_numpy(dtype=object)
        _, name_order = np.unique(names, return_inverse=True)
        out: dict[str, Any] = {
            "ons_code": seats["ons_code"].to_numpy(dtype=object),
            "country": seats["country"].to_numpy(dtype=object),
            "name_order": name_order.reshape(-1),
        }
        for a in out.values():
            a.flags.writeable = False
        # the shown columns as numpy arrays (None when one is not numpy-backed: its dtype
        # would not survive the array)
        numpy_backed = all(isinstance(seats[c].dtype, np.dtype) for c in _TAKEN)
        out["taken"] = {c: seats[c].to_numpy() for c in _TAKEN} if numpy_backed else None
        return out

    return memo(connect(db), f"analysis.rank.columns:{eid}", read)


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
