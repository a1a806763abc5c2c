"""Pairs of elections a model can learn from: the same seats at two elections.

Two sources, both read from the store:

* **candidate-level results** (``elections`` and ``candidacies``): consecutive general (or
  notional) elections on one boundary set: notional 2005 → 2010, 2010 → 2015, 2015 →
  2017, 2017 → 2019 (2010 boundaries) and notional 2019 → 2024 (2024 boundaries);
* **the 1918–2019 series** (``history_1918_2019``: votes for Con, Liberal/Alliance/Lib
  Dem, Lab, SNP/Plaid and others per seat): 1983 → 1987 → 1992 and 1997 → 2001 (seats
  matched by id and name within a boundary set), and, as an approximation, 1992 → 1997 and
  2001 → 2005 (England and Wales) over the seats whose *name* is unchanged across the
  boundary review (459 of 659 and 533 seats): their boundaries may have moved a little.
  These bring the elections of heavy anti-Conservative tactical voting (1997, 2001) into
  the record. The series has no UKIP or Green column: their votes are in "other".

A pair is usable for a back-test of an election when its later election is strictly
earlier (:func:`training_pairs`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from psephos.errors import ModelError
from psephos.models.base import NATIONAL, OTHER, Base, load_election
from psephos.store.connect import connect

#: Pairs taken from the 1918–2019 series: (base year, target year, match, countries).
HISTORY_PAIRS: tuple[tuple[int, int, str, tuple[str, ...]], ...] = (
    (1983, 1987, "id", ("England", "Scotland", "Wales")),
    (1987, 1992, "id", ("England", "Scotland", "Wales")),
    (1992, 1997, "name", ("England", "Scotland", "Wales")),
    (1997, 2001, "id", ("England", "Scotland", "Wales")),
    (2001, 2005, "name", ("England", "Wales")),
)
_REGION = {"Eastern": "East of England", "Yorkshire and the Humber": "Yorkshire and The Humber"}


@dataclass(frozen=True)
class Pair:
    """Two elections over the same seats: ``base`` then ``target`` (held on ``date``)."""

    base: str
    target: str
    date: str

    @property
    def label(self) -> str:
        return f"{self.base}→{self.target}"


_PAIRS: dict[tuple[str, float], list[Pair]] = {}


def all_pairs(db: str | os.PathLike[str] | None = None) -> list[Pair]:
    """Every pair in the store, oldest first (cached per store file)."""
    from psephos import config

    path = config.default_db_path(db)
    key = (str(path), path.stat().st_mtime if path.exists() else 0.0)
    if key not in _PAIRS:
        if len(_PAIRS) > 8:
            _PAIRS.clear()
        _PAIRS[key] = _all_pairs(db)
    return list(_PAIRS[key])


def _all_pairs(db: str | os.PathLike[str] | None) -> list[Pair]:
    cur = connect(db).cursor()
    rows = cur.execute(
        "SELECT election_id, kind, CAST(date AS DATE), boundary_set FROM elections "
        "WHERE kind IN ('general', 'notional') ORDER BY boundary_set, date, kind DESC"
    ).fetchall()
    out = []
    for prev, cur_ in zip(rows, rows[1:], strict=False):
        if prev[3] == cur_[3] and cur_[1] == "general" and str(cur_[2]) > str(prev[2]):
            out.append(Pair(prev[0], cur_[0], str(cur_[2])))
    dates = {
        int(str(d)[:4]): str(d)
        for (d,) in cur.execute("SELECT CAST(election_date AS DATE) FROM parliaments").fetchall()
        if d is not None
    }
    years = {
        int(y)
        for (y,) in cur.execute("SELECT DISTINCT year FROM history_1918_2019").fetchall()
        if y is not None
    }
    for y0, y1, _, _ in HISTORY_PAIRS:
        if y0 in years and y1 in years and y1 in dates:
            out.append(Pair(f"hist{y0}", f"hist{y1}", dates[y1]))
    return sorted(out, key=lambda p: p.date)


def training_pairs(
    before: str | None = None, *, db: str | os.PathLike[str] | None = None
) -> list[Pair]:
    """The pairs whose later election is strictly before the date ``before`` (YYYY-MM-DD),
    or every pair. A back-test of an election trains on the pairs before its date, so
    nothing from the target election or later can enter a fit."""
    return [p for p in all_pairs(db) if before is None or p.date < before]


_CACHE: dict[tuple[Any, ...], tuple[Base, Base]] = {}


def load_pair(pair: Pair, db: str | os.PathLike[str] | None = None) -> tuple[Base, Base]:
    """The two elections of ``pair`` as :class:`~psephos.models.base.Base` over the same
    seats in the same order (cached per store file)."""
    if pair.base.startswith("hist"):
        from psephos import config

        path = config.default_db_path(db)
        key = (pair, str(path), path.stat().st_mtime if path.exists() else 0.0)
        if key not in _CACHE:
            if len(_CACHE) > 32:
                _CACHE.clear()
            _CACHE[key] = _history_pair(pair, db)
        return _CACHE[key]
    a = load_election(pair.base, db=db)
    z = load_election(pair.target, db=db)
    if a.parties != z.parties or not np.array_equal(a.ons_code, z.ons_code):
        raise ModelError(f"{pair.label}: the two elections do not cover the same seats.")
    return a, z


def _history_pair(pair: Pair, db: str | os.PathLike[str] | None) -> tuple[Base, Base]:
    y0, y1 = int(pair.base[4:]), int(pair.target[4:])
    spec = next((h for h in HISTORY_PAIRS if h[0] == y0 and h[1] == y1), None)
    if spec is None:
        raise ModelError(f"No pair {pair.label} in the 1918–2019 series.")
    key = "a.constituency_id = b.constituency_id AND " if spec[2] == "id" else ""
    rows = (
        connect(db)
        .cursor()
        .execute(
            f"""SELECT a.constituency_name, a.country_region, a.electorate,
                   a.con_votes, a.lib_votes, a.lab_votes, a.natsw_votes, a.oth_votes,
                   a.total_votes, b.electorate,
                   b.con_votes, b.lib_votes, b.lab_votes, b.natsw_votes, b.oth_votes,
                   b.total_votes
            FROM history_1918_2019 a JOIN history_1918_2019 b
              ON {key} a.constituency_name = b.constituency_name
            WHERE a.year = ? AND b.year = ? AND a.election = CAST(a.year AS VARCHAR)
              AND b.election = CAST(b.year AS VARCHAR)
            ORDER BY a.constituency_name""",
            [y0, y1],
        )
        .fetchall()
    )
    names = [r[0] for r in rows]
    keep = [
        i
        for i, r in enumerate(rows)
        if names.count(r[0]) == 1
        and _country(r[1]) in spec[3]
        and r[8]
        and r[15]
        and (r[3] or 0) > 0
        and (r[5] or 0) > 0  # the Speaker's seat has neither
    ]
    rows = [rows[i] for i in keep]
    return _base(pair.base, rows, 0), _base(pair.target, rows, 7)


def _country(region: str) -> str:
    return region if region in ("Scotland", "Wales", "Northern Ireland") else "England"


def _base(election: str, rows: list[Any], off: int) -> Base:
    parties = (*NATIONAL, OTHER)
    col = {p: i for i, p in enumerate(parties)}
    n = len(rows)
    votes = np.zeros((n, len(parties)))
    country = np.array([_country(r[1]) for r in rows], dtype=str)
    for s, r in enumerate(rows):
        con, lib, lab, nat, oth = (float(x or 0) for x in r[3 + off : 8 + off])
        votes[s, col["Con"]] = con
        votes[s, col["Lab"]] = lab
        votes[s, col["LD"]] = lib
        votes[s, col["SNP" if country[s] == "Scotland" else "PC"]] = nat
        votes[s, col[OTHER]] = oth
    valid = votes.sum(axis=1)
    return Base(
        election_id=election,
        ons_code=np.array([r[0] for r in rows], dtype=str),
        name=np.array([r[0] for r in rows], dtype=str),
        country=country,
        region=np.array([_REGION.get(r[1], r[1]) for r in rows], dtype=str),
        electorate=np.array([float(r[2 + off] or 0) for r in rows]),
        valid_votes=valid,
        parties=parties,
        votes=votes,
        local_votes=np.zeros((n, 1)),
        local_party=np.full((n, 1), "", dtype=object),
        local_name=np.full((n, 1), "", dtype=object),
    )
