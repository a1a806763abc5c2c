"""Derived tables: facts computed from the store at ``psephos build`` and written into it, so
a new process reads them in one query per kind instead of computing them on first use.

Each derived table is a pure function of the store's own tables, computed by the same
analysis function every reader uses (one definition of each measure), and written in the
same atomic build (a store is renamed into place only with them). Today: the summaries
(:func:`psephos.analysis.summary.summary`) of every general election, notional result and
1918-2005 series election, by country, by region and for the UK and Great Britain only,
as ``derived_summaries`` (one row per summary: its scalars and notes, and the dtypes of
its columns), ``derived_summary_parties`` (its ``table``) and ``derived_summary_totals``
(its ``totals``), keyed by ``(election, by)`` as the caller names them (``ge2024``,
``1983``, ``1974F``).

A summary that cannot be computed at build (a store built from some files only) is not
written: :func:`psephos.analysis.summary.summary` computes it, and raises, as before. A
store built before derived tables existed has none, and every summary is computed.

The tables are written with the fingerprint of the code that computed them
(``derived_info``: a sha256 of the analysis package's source and this module's). They are
read only while the running code has the same fingerprint: after psephos is upgraded or
edited, a store built before is still answered right (every summary computed, as before)
until the next ``psephos build`` writes them again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from psephos.analysis.summary_table import Summary

#: the groupings written for each election (``all`` is ``country`` and ``region`` joined;
#: an ``area`` or ``compare`` summary is always computed)
SUMMARY_BY = ("country", "region", "none")
TABLES = ("derived_summaries", "derived_summary_parties", "derived_summary_totals")
#: one row: the fingerprint of the code that wrote the derived tables
INFO = "derived_info"


@functools.cache
def code_fingerprint() -> str:
    """A sha256 of the source of the code the derived tables are computed by (every module
    of :mod:`psephos.analysis`, and this one), file names included."""
    import psephos.analysis

    digest = hashlib.sha256()
    here = Path(__file__)
    files = sorted(Path(psephos.analysis.__file__).parent.glob("*.py")) + [here]
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()


def summary_keys(db: str | os.PathLike[str]) -> list[str]:
    """The election names summaries are written under: every general election and notional
    result the store holds candidate by candidate, and every election of the 1918-2005
    series by its key."""
    from psephos.analysis.frame import SEAT_ELECTIONS
    from psephos.analysis.series import history_elections

    keys = list(SEAT_ELECTIONS)
    # a store without the series (built from some files only): the seat-level ones only
    with contextlib.suppress(Exception):
        keys += [str(y) for y in history_elections(db=db)]
    return keys


def compute_summaries(db: str | os.PathLike[str]) -> dict[str, pd.DataFrame]:
    """The three summary tables for the store at ``db`` (read through the analysis
    functions, as every reader does)."""
    import pandas as pd

    from psephos.analysis.summary import summary

    heads: list[dict[str, Any]] = []
    parts: list[pd.DataFrame] = []
    totals: list[pd.DataFrame] = []
    for election in summary_keys(db):
        for by in SUMMARY_BY:
            try:
                s = summary(election=election, by=by, db=db)
            except Exception:  # noqa: BLE001 - not written: computed (and raised) on use
                continue
            n = len(heads)
            heads.append(
                {
                    "key": n,
                    "election_key": election,
                    "by": by,
                    "election": s.election,
                    "title": s.title,
                    "compared_with": s.compared_with,
                    "compared_title": s.compared_title,
                    "level": s.level,
                    "notes": json.dumps(list(s.notes)),
                    "table_dtypes": json.dumps({c: str(t) for c, t in s.table.dtypes.items()}),
                    "totals_dtypes": json.dumps({c: str(t) for c, t in s.totals.dtypes.items()}),
                    "table_rows": len(s.table),
                    "totals_rows": len(s.totals),
                }
            )
            parts.append(_keyed(s.table, n))
            totals.append(_keyed(s.totals, n))
    if not heads:
        return {}
    return {
        "derived_summaries": pd.DataFrame(heads),
        "derived_summary_parties": pd.concat(parts, ignore_index=True),
        "derived_summary_totals": pd.concat(totals, ignore_index=True),
    }


def _keyed(frame: pd.DataFrame, key: int) -> pd.DataFrame:
    out = frame.reset_index(drop=True)
    out.insert(0, "_row", range(len(out)))
    out.insert(0, "_key", key)
    return out


def write(path: Path, release: Callable[[Path], None]) -> dict[str, int]:
    """Compute the derived tables of the (closed, complete) store file at ``path`` and
    write them into it; ``release(path)`` closes the read-only connection the analysis
    functions opened, before the file is opened for writing. Returns rows per table."""
    import duckdb

    from psephos.store.connect import READ_CONFIG
    from psephos.store.facts import suspended

    try:
        with suspended():  # this file's bytes change below: nothing kept for them
            tables = compute_summaries(path)
    finally:
        release(path)
    if not tables:
        return {}
    con = duckdb.connect(str(path), config=READ_CONFIG)
    try:
        for name, frame in tables.items():
            con.register("_frame", frame)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _frame')
            con.unregister("_frame")
        con.execute(f'CREATE TABLE "{INFO}" (fingerprint VARCHAR)')
        con.execute(f'INSERT INTO "{INFO}" VALUES (?)', [code_fingerprint()])
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return {name: len(frame) for name, frame in tables.items()}


class _Stored:
    """The derived summaries of one store, read in one query per table."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        heads = con.execute(f"SELECT * FROM {TABLES[0]} ORDER BY key").fetchall()
        names = [d[0] for d in con.description]
        rows = (dict(zip(names, h, strict=True)) for h in heads)
        self.heads = {(r["election_key"], r["by"]): r for r in rows}
        self.parties = con.execute(f"SELECT * FROM {TABLES[1]} ORDER BY _key, _row").df()
        self.totals = con.execute(f"SELECT * FROM {TABLES[2]} ORDER BY _key, _row").df()
        self.at_parties = _starts(self.parties["_key"].to_numpy())
        self.at_totals = _starts(self.totals["_key"].to_numpy())

    def get(self, election: str, by: str) -> Summary | None:
        from psephos.analysis.summary_table import Summary

        head = self.heads.get((election, by))
        if head is None:
            return None
        k = int(head["key"])
        table = _frame(self.parties, self.at_parties, k, head["table_dtypes"])
        totals = _frame(self.totals, self.at_totals, k, head["totals_dtypes"])
        return Summary(
            head["election"],
            head["title"],
            head["compared_with"],
            head["compared_title"],
            head["level"],
            table,
            totals,
            list(json.loads(head["notes"])),
        )


def _starts(keys: Any) -> dict[int, tuple[int, int]]:
    """The row range of each key in a table sorted by key."""
    import numpy as np

    out: dict[int, tuple[int, int]] = {}
    if len(keys) == 0:
        return out
    edges = np.flatnonzero(np.diff(keys)) + 1
    lo = np.concatenate([[0], edges])
    hi = np.concatenate([edges, [len(keys)]])
    for a, b in zip(lo.tolist(), hi.tolist(), strict=True):
        out[int(keys[a])] = (a, b)
    return out


def _frame(rows: pd.DataFrame, at: dict[int, tuple[int, int]], key: int, dtypes: str) -> Any:
    """One summary's frame: its rows, with its columns in their order and dtypes."""
    types: dict[str, str] = json.loads(dtypes)
    lo, hi = at.get(key, (0, 0))
    part = rows.iloc[lo:hi][list(types)]
    return part.astype(types).reset_index(drop=True)


def stored_summary(db: Any, election: str, by: str) -> Summary | None:
    """The summary written at build for ``(election, by)`` (the names the caller used), or
    None when the store holds none (then the caller computes it)."""
    from psephos.store.connect import connect, memo

    con = connect(db)
    stored = memo(con, "store.derived.summaries", lambda: load(con))
    return None if stored is None else stored.get(election, by)


def load(con: duckdb.DuckDBPyConnection) -> _Stored | None:
    """The store's derived summaries, or None when it holds none or they were written by
    other code than the running one (then every summary is computed)."""
    found = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'derived_%'"
        ).fetchall()
    }
    if not set(TABLES) <= found or INFO not in found:
        return None
    written = con.execute(f'SELECT fingerprint FROM "{INFO}"').fetchall()
    if [r[0] for r in written] != [code_fingerprint()]:
        return None
    return _Stored(con)
