"""One row of the store, asked once per store (round 10, evaluation speed).

The evaluation's readings ask the store small questions per claim: the highest and lowest
seat's turnout in a region at a 1918-2005 election, the turnout counted on ballot papers,
a seat's name by its code, a member's maiden speech. On a 1 MB story the same question is
asked hundreds of times, and each DuckDB query costs a few milliseconds of CPU (the
query's planning and its threads), more than the reading around it. The store is
read-only while a connection lives (:func:`psephos.store.connect.memo`), so a query's row
is the same whenever it is asked: :func:`fetchone` remembers it per store connection,
keyed on the SQL and its parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: distinct (SQL, parameters) remembered per store; past it the oldest half is forgotten
#: (a 1 MB story asks about 1,300 distinct questions)
QUERY_CACHE = 20_000


def fetchone(con: Any, sql: str, args: Sequence[Any] = ()) -> tuple[Any, ...] | None:
    """``con.execute(sql, args).fetchone()``, remembered per store connection.

    ``args`` must be hashable values (strings, numbers, dates); the row returned is the
    one the query gave the first time (a tuple: callers cannot change it)."""
    from psephos.store.connect import memo

    cache: dict[tuple[str, tuple[Any, ...]], tuple[Any, ...] | None] = memo(
        con, "store.queries.fetchone", dict
    )
    key = (sql, tuple(args))
    try:
        return cache[key]
    except KeyError:
        pass
    row = con.execute(sql, list(args)).fetchone()
    if len(cache) >= QUERY_CACHE:
        for old in list(cache)[: QUERY_CACHE // 2]:
            cache.pop(old, None)
    cache[key] = row
    return row
