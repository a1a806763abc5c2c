"""Export a table of the store, or the result of a read-only query, to CSV, Parquet or JSON."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from psephos.analysis.frame import DB
from psephos.analysis.sql import run_sql
from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect

FORMATS = {".csv": "csv", ".parquet": "parquet", ".json": "json"}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def export(
    table_or_query: str, path: str | os.PathLike[str], *, fmt: str | None = None, db: DB = None
) -> dict[str, Any]:
    """Write a table (by name) or a read-only query's result to ``path``.

    The format is ``fmt`` or follows the extension (.csv, .parquet, .json; JSON is a list
    of records). Returns ``{"path", "format", "rows", "columns"}``.
    """
    target = Path(path)
    kind = fmt.lower() if fmt else FORMATS.get(target.suffix.lower())
    if kind not in FORMATS.values():
        raise InputError(
            f"Cannot tell the format of '{target.name}'.",
            hint="Use a .csv, .parquet or .json file name, or --format.",
        )
    text = table_or_query.strip()
    if _NAME.match(text):
        tables = {
            r[0]
            for r in connect(db)
            .execute("SELECT table_name FROM information_schema.tables")
            .fetchall()
        }
        if text not in tables:
            from psephos._suggest import suggest

            close = suggest(text, sorted(tables))
            raise NotFoundError(f"No table '{text}' in the store.", suggestions=close)
        query = f'SELECT * FROM "{text}"'
    else:
        query = text
    frame = run_sql(query, db=db)
    if not target.parent.exists():
        raise InputError(
            f"The folder {target.parent} does not exist.",
            hint="Create it first, or choose another path.",
        )
    if kind == "csv":
        frame.to_csv(target, index=False)
    elif kind == "parquet":
        frame.to_parquet(target, index=False)
    else:
        frame.to_json(target, orient="records", date_format="iso", force_ascii=False, indent=1)
    return {
        "path": str(target),
        "format": kind,
        "rows": int(len(frame)),
        "columns": [str(c) for c in frame.columns],
    }
