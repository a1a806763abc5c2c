"""Read-only SQL against the store.

The store connection is already opened read-only; on top of that, :func:`run_sql` accepts
one statement that starts with SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, VALUES or
FROM, so a mistyped command fails with a clear message rather than a database error.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from psephos.analysis.frame import DB
from psephos.errors import InputError
from psephos.store.connect import connect

if TYPE_CHECKING:
    import pandas as pd

ALLOWED = ("select", "with", "describe", "show", "summarize", "explain", "values", "from", "table")
FORBIDDEN = re.compile(
    r"\b(insert|update|delete|create|drop|alter|attach|detach|copy|pragma|"
    r"install|load|set|call|export|import|checkpoint|vacuum|use)\b",
    re.I,
)
MAX_ROWS = 1_000_000


def _strip(query: str) -> str:
    text = re.sub(r"--[^\n]*", " ", query)
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return text.strip().rstrip(";").strip()


def check_sql(query: str) -> str:
    """The query, trimmed, if it is one read-only statement; otherwise InputError."""
    text = _strip(query or "")
    if not text:
        raise InputError("No SQL given.", hint='e.g. psephos sql "SELECT * FROM elections"')
    # string literals may contain any character; look at the statement outside them
    bare = re.sub(r"'(?:[^']|'')*'", "''", text)
    if ";" in bare:
        raise InputError(
            "Only one SQL statement at a time is allowed; found a ';' inside.",
            hint="Remove the extra statements.",
        )
    first = text.split(None, 1)[0].lower()
    if first not in ALLOWED:
        raise InputError(
            f"'{first.upper()}' statements are not allowed: the store is read-only.",
            hint="Use SELECT, WITH, DESCRIBE, SHOW or SUMMARIZE.",
        )
    if first == "explain" and FORBIDDEN.search(bare.split(None, 1)[1] if " " in bare else ""):
        raise InputError("EXPLAIN is allowed on read-only statements only.")
    return text


def run_sql(query: str, *, limit: int | None = None, db: DB = None) -> pd.DataFrame:
    """Run one read-only statement and return its result as a DataFrame.

    Raises
    ------
    InputError
        if the statement is not read-only, or the SQL is malformed (with DuckDB's message).
    """
    import duckdb

    text = check_sql(query)
    if limit is not None and limit < 0:
        raise InputError(f"--limit must be positive; got {limit}.")
    cursor = connect(db).cursor()
    try:
        rel = cursor.sql(text)
        if rel is None:
            raise InputError("The statement returned no rows.")
        frame = rel.limit(limit).df() if limit is not None else rel.df()
    except duckdb.Error as exc:
        raise InputError(
            f"The SQL failed: {str(exc).splitlines()[0]}",
            hint='List tables with `psephos sql "SHOW TABLES"`; see docs/store.md.',
        ) from None
    finally:
        cursor.close()
    return frame
