"""Export a table of the store, or the result of a read-only query, to CSV, Parquet or JSON.

Queries run in the SQL sandbox of :mod:`psephos.analysis.sql` (no files, URLs or
extensions; a time and memory limit). A write that fails part-way (a full disk, a
read-only folder) removes the half-written file and raises :class:`InputError` naming the
path and the reason.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB
from psephos.analysis.sql import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, run_sql
from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect

if TYPE_CHECKING:
    import pandas as pd

FORMATS = {".csv": "csv", ".parquet": "parquet", ".json": "json"}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def output_format(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """``fmt`` (csv, parquet, json) or the format implied by ``path``'s extension."""
    target = Path(path)
    kind = fmt.lower() if fmt else FORMATS.get(target.suffix.lower())
    if kind is None or kind not in FORMATS.values():
        raise InputError(
            f"Cannot tell the format of '{target.name or path}'.",
            hint="Use a .csv, .parquet or .json file name, or --format.",
        )
    return kind


def check_target(path: str | os.PathLike[str]) -> Path:
    """``path`` if a file can be written there: its folder exists and it is not a folder."""
    target = Path(path)
    if not str(path).strip():
        raise InputError("No output file given.", hint="e.g. --to contests.csv")
    if target.is_dir():
        raise InputError(f"{target} is a folder.", hint="Give a file name inside it.")
    parent = target.parent
    if not parent.is_dir():
        raise InputError(
            f"The folder {parent} does not exist.",
            hint="Create it first, or choose another path.",
        )
    return target


def write_frame(frame: pd.DataFrame, path: str | os.PathLike[str], kind: str) -> dict[str, Any]:
    """Write ``frame`` to ``path`` as ``kind``; returns ``{"path", "format", "rows",
    "columns"}``. A failed write leaves no partial file behind (unless ``path`` is not a
    regular file, such as a device)."""
    target = check_target(path)
    existed = target.exists()
    try:
        if kind == "csv":
            frame.to_csv(target, index=False)
        elif kind == "parquet":
            frame.to_parquet(target, index=False)
        else:
            frame.to_json(target, orient="records", date_format="iso", force_ascii=False, indent=1)
    except OSError as exc:
        if not existed and target.is_file():
            with contextlib.suppress(OSError):
                target.unlink()
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise InputError(
            f"Could not write {target}: {reason}.",
            hint="Check the free space and the folder's permissions, or choose another path.",
        ) from None
    except (ValueError, TypeError) as exc:  # e.g. a column type the format cannot hold
        if not existed and target.is_file():
            with contextlib.suppress(OSError):
                target.unlink()
        first = " ".join(str(exc).split())[:200]
        raise InputError(
            f"The result cannot be written as {kind}: {first}",
            hint="Cast the odd column in the query (e.g. CAST(x AS VARCHAR)) or use another format.",
        ) from None
    return {
        "path": str(target),
        "format": kind,
        "rows": int(len(frame)),
        "columns": [str(c) for c in frame.columns],
    }


def export(
    table_or_query: str,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    db: DB = None,
) -> dict[str, Any]:
    """Write a table (by name) or a read-only query's result to ``path``.

    The format is ``fmt`` or follows the extension (.csv, .parquet, .json; JSON is a list
    of records). Every row is written. Returns ``{"path", "format", "rows", "columns"}``.
    """
    kind = output_format(path, fmt)
    check_target(path)
    text = (table_or_query or "").strip()
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
    frame = run_sql(query, limit=None, timeout=timeout, memory_mb=memory_mb, db=db)
    return write_frame(frame, path, kind)
