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
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from psephos import __version__, config
from psephos.display import Display
from psephos.errors import StoreError
from psephos.sources import REGISTRY, Source, parser_for, resolve
from psephos.store.assemble import assemble
from psephos.store.connect import READ_CONFIG
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
    parents: bool = False,
) -> BuildReport:
    """Build the store at ``db_path`` (default: :func:`psephos.config.default_db_path`).

    The folder of an explicit ``db_path`` (or ``$PSEPHOS_DB``) must exist unless
    ``parents`` is true; the default folder under the user's data folder is always
    created. Temporary files of earlier builds that were killed are removed first, and a
    failed build removes its own.

    Raises
    ------
    StoreError
        if the folder is missing, not writable or full (naming the path and the reason).
    SourceError, SchemaError, ValidationError
        if a file is missing, malformed or breaks a validation rule.
    """
    started = time.perf_counter()
    target = _prepare_target(db_path, parents=parents)
    _clean_stale(target)
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
        con = _open_new(tmp, target)
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
        except (duckdb.IOException, duckdb.OutOfMemoryException) as exc:
            raise _write_error(target, exc) from None
        finally:
            con.close()
        try:
            from psephos.store.connect import release
            from psephos.store.derived import write

            if progress:
                progress("deriving tables", len(srcs), len(srcs))
            report.rows.update(write(tmp, release))
        except (duckdb.IOException, duckdb.OutOfMemoryException) as exc:
            raise _write_error(target, exc) from None
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _write_error(target, exc) from None
    except BaseException:
        _remove(tmp)
        raise
    _clean_stale(target)
    report.seconds = time.perf_counter() - started
    return report


def _prepare_target(db_path: str | os.PathLike[str] | None, *, parents: bool) -> Path:
    """The store's path, its folder created if that is the default or ``parents`` is set."""
    explicit = db_path is not None or bool(os.environ.get("PSEPHOS_DB"))
    target = config.default_db_path(db_path)
    if target.is_dir():
        raise StoreError(
            f"--db {target} is a folder.", hint="Give a file path, e.g. --db ./psephos.duckdb."
        )
    if target.exists() and not _replaceable(target):
        raise StoreError(
            f"{target} exists and is not a DuckDB store: refusing to replace it.",
            hint="Choose another --db path, or delete the file first if it is yours.",
        )
    folder = target.parent
    if not folder.is_dir():
        if explicit and not parents:
            raise StoreError(
                f"The folder {folder} for the store does not exist.",
                hint="Create it, choose another --db, or pass --parents to create it.",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _write_error(target, exc) from None
    try:  # fail now, not after a minute of parsing, if nothing can be written there
        with tempfile.TemporaryFile(dir=folder, prefix=f".{target.name}.probe-"):
            pass
    except OSError as exc:
        raise _write_error(target, exc) from None
    return target


def _replaceable(path: Path) -> bool:
    """An existing ``path`` may be replaced by a new store: a regular file that is empty
    or a DuckDB database (its bytes 8 to 12 are the magic "DUCK")."""
    if not path.is_file():
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except OSError:
        return False
    return len(head) == 0 or head[8:12] == b"DUCK"


def _open_new(tmp: Path, target: Path) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(tmp), config=READ_CONFIG)
    except (duckdb.Error, OSError) as exc:
        raise _write_error(target, exc) from None


def _write_error(target: Path, exc: BaseException) -> StoreError:
    """A StoreError for a failed write (full disk, read-only file system, ...)."""
    reason = getattr(exc, "strerror", None) or " ".join(str(exc).split()) or type(exc).__name__
    return StoreError(
        f"Cannot write the store at {target}: {reason}.",
        hint="Free some space or choose a writable folder with --db PATH; "
        "the previous store, if any, is unchanged.",
    )


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
