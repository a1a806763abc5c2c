"""Read-only SQL against the store, in a sandbox.

A query runs in its own DuckDB instance that attaches the store read-only and then locks
itself down before the first user statement:

- ``enable_external_access = false``: no file, URL or extension can be read, so
  ``read_text``, ``read_blob``, ``read_csv``, ``read_parquet``/``parquet_scan``,
  ``read_json``, ``glob``, ``'file.csv'`` scans, ``ATTACH``, ``COPY`` and ``INSTALL``/
  ``LOAD`` all fail;
- ``autoinstall_known_extensions`` and ``autoload_known_extensions`` off, so nothing is
  fetched from the network;
- ``memory_limit`` (default 1 GB) with spilling to disk disabled, and a time limit
  (default 30 s) enforced by interrupting the query;
- ``lock_configuration = true``, so no statement can undo any of the above.

On top of that, :func:`check_sql` accepts exactly one statement, and only a query
(SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE) or EXPLAIN, as parsed by
DuckDB itself, so a mistyped or writing command fails with a clear message.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from psephos import config
from psephos.analysis.frame import DB
from psephos.errors import InputError
from psephos.store.connect import connect

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

DEFAULT_LIMIT = 1000  # rows printed by `psephos sql` unless --limit or --all
DEFAULT_TIMEOUT = 30.0  # seconds
MIN_TIMEOUT, MAX_TIMEOUT = 0.01, 3600.0
DEFAULT_MEMORY_MB = 1024
MAX_QUERY_CHARS = 100_000  # a query longer than this is refused before parsing
_STORE = "store"
_LOCKED: dict[str, Any] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "temp_directory": "",  # never spill to disk: the memory limit is a real limit
    "threads": 2,
}
_EXAMPLE = 'e.g. psephos sql "SELECT * FROM elections"'


@dataclass
class QueryResult:
    """Rows of one query, at most ``limit`` of them; ``truncated`` says whether the query
    had more. ``frame`` is a DataFrame (DuckDB's own conversion) unless the query was run
    with ``as_frame=False``, when ``rows`` holds plain Python tuples (no pandas needed)."""

    columns: list[str]
    truncated: bool
    limit: int | None
    frame_: pd.DataFrame | None = None
    rows: list[tuple[Any, ...]] | None = None

    @property
    def frame(self) -> pd.DataFrame:
        if self.frame_ is None:
            import pandas as pd

            self.frame_ = pd.DataFrame.from_records(self.rows or [], columns=self.columns)
        return self.frame_

    def records(self) -> list[dict[str, Any]]:
        if self.rows is not None:
            return [dict(zip(self.columns, r, strict=True)) for r in self.rows]
        return self.frame.to_dict(orient="records")  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self.rows) if self.rows is not None else len(self.frame)

    def to_dict(self) -> dict[str, Any]:
        return {
            "columns": self.columns,
            "rows": self.records(),
            "row_count": len(self),
            "truncated": self.truncated,
            "limit": self.limit,
        }


def _strip(query: str) -> str:
    text = re.sub(r"--[^\n]*", " ", query)
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return text.strip().rstrip(";").strip()


def check_sql(query: str, con: duckdb.DuckDBPyConnection | None = None) -> str:
    """The query, trimmed, if it is exactly one read-only query; otherwise InputError.

    ``con`` parses it (a sandbox cursor, so a command opens no other DuckDB instance);
    without it, DuckDB's default connection does."""
    import duckdb

    if len(query or "") > MAX_QUERY_CHARS:
        raise InputError(
            f"The SQL is {len(query):,} characters long; the limit is {MAX_QUERY_CHARS:,}.",
            hint="Shorten the query, or query the store from Python with duckdb.",
        )
    if "\x00" in (query or ""):
        raise InputError("The SQL contains a NUL character.", hint=_EXAMPLE)
    text = (query or "").strip()
    if not _strip(text):
        raise InputError("No SQL given.", hint=_EXAMPLE)
    try:
        statements = (con or duckdb).extract_statements(text)
    except duckdb.Error as exc:
        raise InputError(f"The SQL does not parse: {_first_line(exc)}", hint=_EXAMPLE) from None
    if not statements:
        raise InputError("No SQL given.", hint=_EXAMPLE)
    if len(statements) > 1:
        raise InputError(
            f"Only one SQL statement at a time is allowed; found {len(statements)}.",
            hint="Remove the extra statements (each ';' ends one).",
        )
    kind = statements[0].type
    if kind not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
        word = text.split(None, 1)[0].upper()
        raise InputError(
            f"'{word}' statements are not allowed: the store is read-only and the SQL "
            "sandbox runs queries only.",
            hint="Use SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN.",
        )
    return text


def _first_line(exc: BaseException) -> str:
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return lines[0] if lines else type(exc).__name__


_sandboxes: dict[tuple[str, float, int], duckdb.DuckDBPyConnection] = {}
_lock = threading.Lock()


def sandbox(db: DB = None, *, memory_mb: int = DEFAULT_MEMORY_MB) -> duckdb.DuckDBPyConnection:
    """A locked-down DuckDB connection with the store attached read-only as ``store``.

    Cached per store file (path and modification time) and memory limit; use
    ``.cursor()`` for each query.
    """
    import duckdb

    connect(db)  # the store exists and has this psephos's schema, else StoreError
    path = config.default_db_path(db).resolve()
    key = (str(path), path.stat().st_mtime, memory_mb)
    with _lock:
        con = _sandboxes.get(key)
        if con is not None:
            return con
        con = duckdb.connect(":memory:", config={**_LOCKED, "memory_limit": f"{memory_mb}MB"})
        quoted = str(path).replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS {_STORE} (READ_ONLY)")
        con.execute(f"USE {_STORE}")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        for old in [k for k in _sandboxes if k[0] == key[0]]:
            _sandboxes.pop(old).close()
        _sandboxes[key] = con
        return con


def _check_limits(limit: int | None, timeout: float, memory_mb: int) -> None:
    if limit is not None and (isinstance(limit, bool) or limit < 0):
        raise InputError(f"--limit must be 0 or more; got {limit}.", hint="Or use --all.")
    if not (
        isinstance(timeout, int | float)
        and math.isfinite(timeout)
        and MIN_TIMEOUT <= timeout <= MAX_TIMEOUT
    ):
        raise InputError(
            f"--timeout must be a number of seconds from {MIN_TIMEOUT:g} to {MAX_TIMEOUT:g}; "
            f"got {timeout}.",
            hint=f"The default is {DEFAULT_TIMEOUT:g}.",
        )
    if not (isinstance(memory_mb, int) and 16 <= memory_mb <= 65536):
        raise InputError(
            f"--memory must be a whole number of MB between 16 and 65536; got {memory_mb}.",
            hint=f"The default is {DEFAULT_MEMORY_MB}.",
        )


def run_query(
    query: str,
    *,
    limit: int | None = DEFAULT_LIMIT,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    db: DB = None,
    as_frame: bool = True,
) -> QueryResult:
    """Run one read-only query in the sandbox; at most ``limit`` rows (``None``: all), as
    a DataFrame, or as tuples with ``as_frame=False``.

    Raises
    ------
    InputError
        if the statement is not one read-only query, it fails (with DuckDB's message),
        or it runs past ``timeout`` seconds or ``memory_mb`` MB.
    StoreError
        if there is no usable store.
    """
    import duckdb

    _check_limits(limit, timeout, memory_mb)
    cursor = sandbox(db, memory_mb=memory_mb).cursor()
    try:
        text = check_sql(query, cursor)
    except InputError:
        cursor.close()
        raise
    cursor.execute(f"USE {_STORE}")  # each cursor starts in the (empty) in-memory catalog
    timer = threading.Timer(timeout, cursor.interrupt)
    timer.daemon = True
    timer.start()
    try:
        rel = cursor.sql(text)
        if rel is None:
            raise InputError("The statement returned no rows.", hint=_EXAMPLE)
        if limit is not None:
            rel = rel.limit(limit + 1)
        columns = [str(c) for c in rel.columns]
        frame = rel.df() if as_frame else None
        rows = None if as_frame else rel.fetchall()
    except duckdb.InterruptException:
        raise InputError(
            f"The query ran longer than the time limit of {timeout:g} s and was stopped.",
            hint="Narrow it with WHERE or LIMIT, or raise the limit with --timeout SECONDS.",
        ) from None
    except duckdb.OutOfMemoryException:
        raise InputError(
            f"The query needed more than the memory limit of {memory_mb:,} MB and was stopped.",
            hint="Narrow it with WHERE, LIMIT or fewer columns, or raise --memory MB.",
        ) from None
    except duckdb.PermissionException as exc:
        raise InputError(
            f"Refused by the SQL sandbox: {_first_line(exc)}",
            hint="psephos sql reads the store only: no files, URLs or extensions.",
        ) from None
    except duckdb.Error as exc:
        raise InputError(
            f"The SQL failed: {_first_line(exc)}",
            hint='List tables with `psephos sql "SHOW TABLES"`; see docs/store.md.',
        ) from None
    except MemoryError:
        raise InputError(
            "The query's result does not fit in memory.",
            hint="Narrow it with WHERE, LIMIT or fewer columns.",
        ) from None
    finally:
        timer.cancel()
        cursor.close()
    if frame is not None:
        truncated = limit is not None and len(frame) > limit
        return QueryResult(columns, truncated, limit, frame_=frame.iloc[:limit])
    rows = rows or []
    truncated = limit is not None and len(rows) > limit
    return QueryResult(columns, truncated, limit, rows=rows[:limit])


def run_sql(
    query: str,
    *,
    limit: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    db: DB = None,
) -> pd.DataFrame:
    """Run one read-only query in the sandbox and return its rows as a DataFrame
    (at most ``limit`` rows; all by default). See :func:`run_query`."""
    return run_query(query, limit=limit, timeout=timeout, memory_mb=memory_mb, db=db).frame
