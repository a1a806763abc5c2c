"""Every election in the store: general elections, notional results and by-elections.

:func:`list_elections` is ``psephos elections``: one row per election with its id (the id
``psephos seat NAME --election ID`` takes), kind, polling date, boundary set, parliament,
title and the number of contests; a by-election row also names its seat and result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from psephos.analysis.frame import DB
from psephos.errors import InputError
from psephos.store.connect import connect

if TYPE_CHECKING:
    import pandas as pd

KINDS = ("general", "notional", "by-election")
COLUMNS = [
    "election_id",
    "kind",
    "date",
    "boundary_set",
    "parliament",
    "title",
    "contests",
    "seat",
    "result",
    "source_id",
]


#: The first Parliament of the United Kingdom met in 1801: no Westminster election is older.
FIRST_POSSIBLE_YEAR = 1801


def check_since(since: int | None, first: int, last: int, what: str) -> None:
    """Refuse a ``--since`` year that cannot select anything: after ``last`` (the latest
    year of ``what`` in the store) or before any Westminster election. A year before
    ``first`` but after 1801 is allowed: it selects everything from ``first``.

    Raises
    ------
    InputError
        naming the store's range of years and a year to try.
    """
    if since is None:
        return
    if since > last or since < FIRST_POSSIBLE_YEAR:
        why = "selects nothing" if since > last else "is not a year of Westminster elections"
        raise InputError(
            f"--since {since} {why}: the store's {what} run from {first} to {last}.",
            hint=f"Give a year from {first} to {last}, e.g. --since {max(first, last - 10)}.",
        )


def list_elections(
    *, kind: str | None = None, since: int | None = None, db: DB = None
) -> pd.DataFrame:
    """Every election, oldest first.

    Parameters
    ----------
    kind : {"general", "notional", "by-election"}, optional
        Only elections of this kind.
    since : int, optional
        Only elections held in or after this year.

    Returns
    -------
    DataFrame
        columns :data:`COLUMNS`; ``seat`` and ``result`` are filled for by-elections only.

    Examples
    --------
    >>> list_elections(kind="by-election").tail(1)["election_id"]   # doctest: +SKIP
    'by-2026-08-13-clacton'
    """
    if kind is not None and kind not in KINDS:
        raise InputError(f"--kind must be one of {', '.join(KINDS)}; got '{kind}'.")
    con = connect(db)
    frame = con.execute(
        """
        SELECT e.election_id, e.kind, e.date, e.boundary_set, e.parliament, e.title,
               count(t.ons_code) AS contests,
               CASE WHEN any_value(e.kind) = 'by-election' THEN any_value(c.name) END AS seat,
               CASE WHEN any_value(e.kind) = 'by-election' THEN any_value(t.result_text)
               END AS result,
               e.source_id
        FROM elections e
        LEFT JOIN contests t USING (election_id)
        LEFT JOIN constituencies c ON c.ons_code = t.ons_code AND c.boundary_set = e.boundary_set
        GROUP BY e.election_id, e.kind, e.date, e.boundary_set, e.parliament, e.title,
                 e.source_id
        ORDER BY e.date, e.election_id
        """
    ).df()
    if kind is not None:
        frame = frame[frame["kind"] == kind]
    if since is not None and len(frame):
        years = frame["date"].map(lambda d: d.year)
        what = f"{kind} elections" if kind else "elections"
        check_since(since, int(years.min()), int(years.max()), what)
        frame = frame[frame["date"].map(lambda d: d.year) >= since]
    frame["parliament"] = frame["parliament"].astype("Int64")
    frame["contests"] = frame["contests"].astype(int)
    return frame[COLUMNS].reset_index(drop=True)
