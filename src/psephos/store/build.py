"""Build the store: resolve and parse every source, assemble, write a new DuckDB file,
validate it, then swap it into place.

The new store is written beside the old one under a temporary name and renamed over it
only after validation passes (``os.replace`` is atomic on one file system), so a failed or
interrupted build leaves the previous store intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from psephos import __version__, config
from psephos.display import Display
from psephos.errors import StoreError
from psephos.sources import REGISTRY, Source, parser_for, resolve
from psephos.store.assemble import assemble
from psephos.store.schema import SCHEMA_VERSION, VIEWS
from psephos.store.validate import collect_notes, validate

Progress = Callable[[str, int, int], None]


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class BuildReport(Display):
    """What a build did: where it wrote, rows per table, where each file came from, time."""

    db_path: Path
    rows: dict[str, int] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    notes: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "db": str(self.db_path),
            "rows": self.rows,
            "origins": self.origins,
            "notes": self.notes,
            "seconds": round(self.seconds, 3),
        }


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        if p.exists():
            p.unlink()


def build(
    db_path: str | os.PathLike[str] | None = None,
    *,
    mirror: str | os.PathLike[str] | None = None,
    cache: str | os.PathLike[str] | None = None,
    upstream: str | None = None,
    sources: Iterable[Source] = REGISTRY,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the store at ``db_path`` (default: :func:`psephos.config.default_db_path`)."""
    import duckdb

    started = time.perf_counter()
    target = config.default_db_path(db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    report = BuildReport(target)
    srcs = list(sources)
    frames: dict[str, list[pd.DataFrame]] = {}
    source_rows: list[dict[str, object]] = []
    for i, src in enumerate(srcs, 1):
        if progress:
            progress(src.source_id, i, len(srcs))
        res = resolve(src, mirror=mirror, cache=cache, upstream=upstream)
        report.origins[src.source_id] = res.origin
        parsed = parser_for(src)(res)
        n = 0
        for table, frame in parsed.items():
            frames.setdefault(table, []).append(frame)
            n = max(n, len(frame))
        source_rows.append(
            {
                "source_id": src.source_id,
                "title": src.title,
                "publisher": src.publisher,
                "licence": src.licence,
                "url": src.url,
                "sha256": src.sha256,
                "file": src.mirror_path,
                "rows": n,
            }
        )
    if progress:
        progress("assembling tables", len(srcs), len(srcs))
    tables = assemble(frames)
    tables["sources"] = pd.DataFrame(source_rows)
    tables["meta"] = pd.DataFrame(
        [
            {
                "schema_version": SCHEMA_VERSION,
                "psephos_version": __version__,
                "built_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            }
        ]
    )

    tmp = target.with_name(f".{target.name}.building-{os.getpid()}")
    _remove(tmp)
    try:
        con = duckdb.connect(str(tmp))
        try:
            for name, frame in tables.items():
                if frame.empty:
                    continue
                con.register("_frame", frame)
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _frame')
                con.unregister("_frame")
                report.rows[name] = len(frame)
            for sql in VIEWS:
                con.execute(sql)
            if progress:
                progress("validating", len(srcs), len(srcs))
            validate(con)
            report.notes = collect_notes(con)
            report.rows["data_notes"] = report.notes
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, target)
    except BaseException:
        _remove(tmp)
        raise
    _clean_stale(target)
    report.seconds = time.perf_counter() - started
    return report


def _clean_stale(target: Path) -> None:
    """Remove temporary files left by builds that were killed."""
    for stale in target.parent.glob(f".{target.name}.building-*"):
        pid = stale.name.rsplit("-", 1)[-1].split(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                stale.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def require_store(path: Path) -> None:
    if not path.exists():
        raise StoreError(
            f"No store at {path}.", hint="Build it first: `psephos build` (or `make run`)."
        )
