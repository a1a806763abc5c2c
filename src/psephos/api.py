"""The Python face of the command line: every CLI option has a keyword of the same name.

Most public functions are the library functions the CLI calls, re-exported as they are
(see ``psephos.__init__``). The few here close the gaps where a command offers an option its
library function lacks, so ``psephos summary --area London`` and
``psephos.summary(area="London")`` are the same question::

    psephos.summary(area="London")                      # one area; regions found by name
    psephos.rank("census:Muslim", seat="Ilford North")  # where one seat ranks
    psephos.project(shares={"Lab": 34.7, "Con": 24.4})  # `--shares`; JSON calls them targets
    psephos.build(db="/tmp/psephos.duckdb")             # `--db`, as everywhere else

``tests/test_api_parity.py`` checks every command's options against these signatures.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from psephos.analysis.rank import Ranking
    from psephos.analysis.summary import Summary
    from psephos.models.project import Projection
    from psephos.models.whatif import WhatIf
    from psephos.store.build import BuildReport

DB = str | os.PathLike[str] | None
Shares = Mapping[str, Mapping[str, float]] | Mapping[str, float]


def summary(
    *,
    election: str | int = "ge2024",
    by: str = "country",
    area: str | None = None,
    all_parties: bool = True,
    compare: str | int | None = None,
    db: DB = None,
) -> Summary:
    """Seats, votes and shares by party and area (``psephos summary``).

    Parameters
    ----------
    election, by, compare, db
        As :func:`psephos.analysis.summary.summary` (``compare``: the election to compare
        with instead of the previous one).
    area : str, optional
        Keep one area (``"UK"``, ``"Scotland"``, ``"London"``...), matched without regard to
        case; a region is found whatever ``by`` says. An unknown name raises
        :class:`~psephos.errors.NotFoundError` with suggestions.
    all_parties : bool
        ``False`` keeps only parties with a seat or at least 1% of the vote in the area, as
        the CLI shows by default; the default ``True`` keeps every party.

    Examples
    --------
    >>> london = summary(area="London")                       # doctest: +SKIP
    >>> london.totals[["area", "seats"]].values.tolist()      # doctest: +SKIP
    [['London', 75]]
    """
    from psephos.analysis.summary import summary as _summary

    result = _summary(election=election, by=by, compare=compare, db=db)
    if area is not None:
        wanted = area.strip().lower()
        if wanted not in {str(a).lower() for a in result.totals["area"]}:
            result = _summary(election=election, by="all", compare=compare, db=db)
        names = list(dict.fromkeys(str(a) for a in result.totals["area"]))
        match = [a for a in names if a.lower() == wanted]
        if not match:
            from psephos._suggest import suggest
            from psephos.errors import NotFoundError

            raise NotFoundError(
                f"No area '{area}' in the {result.title} summary.",
                suggestions=suggest(area, names, limit=3),
                hint=None if suggest(area, names, limit=3) else "Areas: " + ", ".join(names),
            )
        totals = result.totals[result.totals["area"] == match[0]].drop_duplicates("area")
        kind = totals["area_type"].iloc[0]
        table = result.table[
            (result.table["area"] == match[0]) & (result.table["area_type"] == kind)
        ]
        result = dataclasses.replace(result, totals=totals, table=table)
    if not all_parties:
        keep = (result.table["seats"] > 0) | (result.table["share"] >= 0.01)
        result = dataclasses.replace(result, table=result.table[keep])
    return result


def rank(
    metric: str,
    *,
    election: str | int = "ge2024",
    where: Any = None,
    top: int | None = 20,
    ascending: bool = False,
    seat: str | None = None,
    db: DB = None,
) -> Ranking | dict[str, Any]:
    """Rank seats by ``metric`` (``psephos rank``); with ``seat``, where that seat ranks
    (:func:`psephos.analysis.rank.seat_rank`, a dict)."""
    from psephos.analysis import rank as _rank

    if seat is not None:
        return _rank.seat_rank(
            seat, metric, election=election, where=where, ascending=ascending, db=db
        )
    return _rank.rank(metric, election=election, where=where, top=top, ascending=ascending, db=db)


def _one_of(targets: Shares | None, shares: Shares | None) -> Shares | None:
    if targets is not None and shares is not None:
        from psephos.errors import InputError

        raise InputError("Give the vote shares once: as `targets` or as `shares`, not both.")
    return targets if targets is not None else shares


def project(
    targets: Shares | None = None, *, shares: Shares | None = None, **options: Any
) -> Projection:
    """Seats from vote shares (``psephos project``): ``shares`` is the CLI's name for
    ``targets`` (the JSON's); other keywords as :func:`psephos.models.project.project`."""
    from psephos.models.project import project as _project

    chosen = _one_of(targets, shares)
    if chosen is None:
        from psephos.errors import InputError

        raise InputError("project needs vote shares, e.g. shares={'Lab': 34.7, 'Con': 24.4}.")
    return _project(chosen, **options)


def whatif(seat: str, *, shares: Shares | None = None, **options: Any) -> WhatIf:
    """Votes and turnout to flip a seat (``psephos whatif``): ``shares`` is the CLI's name for
    ``targets``; other keywords as :func:`psephos.models.whatif.whatif`."""
    from psephos.models.whatif import whatif as _whatif

    targets = _one_of(options.pop("targets", None), shares)
    return _whatif(seat, targets=targets, **options)


def build(db_path: DB = None, *, db: DB = None, **options: Any) -> BuildReport:
    """Build the store (``psephos build``): ``db`` as everywhere else, or ``db_path``;
    other keywords as :func:`psephos.store.build.build`."""
    from psephos.store.build import build as _build

    if db_path is not None and db is not None:
        from psephos.errors import InputError

        raise InputError("Give the store once: as `db` or as `db_path`, not both.")
    return _build(db if db is not None else db_path, **options)


#: Wrappers that pass ``**options`` on: the function whose keywords they also take.
FORWARDS = {
    "project": "psephos.models.project:project",
    "whatif": "psephos.models.whatif:whatif",
    "build": "psephos.store.build:build",
}
