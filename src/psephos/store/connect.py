"""Opening the store for reading.

Analysis, models, the CLI and the web app all read the store through :func:`connect`,
which opens it read-only, checks it was built by a compatible psephos, and caches one
connection per path so repeated calls in one process cost nothing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from psephos import config
from psephos.errors import StoreError
from psephos.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    import duckdb

T = TypeVar("T")
# Never fetch or load an extension when opening a store: a foreign file (SQLite, ...) must
# be refused, not make DuckDB download a scanner from the network.
READ_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}
# A DuckDB file is a 12 KiB header (a main header and two database headers of 4 KiB each)
# followed by its blocks; pragma_database_size() gives the block size and count.
_HEADER_BYTES = 3 * 4096
_lock = threading.Lock()
_open: dict[tuple[str, float], duckdb.DuckDBPyConnection] = {}
_local = threading.local()  # per thread: {store key: cursor}
_base: dict[int, int] = {}  # id(cursor) -> id(its connection), for memo
# path as given -> its resolved form (a file is rebuilt in place: the mtime in the key
# still changes; a symlink moved to another file changes the mtime as well)
_real: dict[str, str] = {}
# id(connection) -> (its resolved path, (device, inode, size, mtime in ns) of the file when
# it was opened), for the facts kept between processes (psephos.store.facts)
_stats: dict[int, tuple[str, tuple[int, int, int, int]]] = {}
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def connect(db: str | os.PathLike[str] | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the store at ``db`` (default: ``$PSEPHOS_DB`` or the
    user data folder), private to the calling thread (a cursor of one shared connection).
    A rebuilt store is picked up: connections are keyed by path and modification time
    (checked on every call, except inside :func:`pinned`)."""
    pins: dict[object, duckdb.DuckDBPyConnection | None] | None = getattr(_local, "pins", None)
    if pins:
        key = db if db is None or isinstance(db, str) else os.fspath(db)
        cur = pins.get(key)
        if cur is None:
            # the first call inside the block with this ``db`` opens (or fails) as usual;
            # another spelling of a store (the checker's evaluators pass the store's path,
            # read back from the connection, where the block was opened with None) is
            # pinned from its first call on too: a stat and a path resolution per query
            # were 8% of a 1 MB check
            cur = pins[key] = _cursor(db)
        return cur
    return _cursor(db)


def _cursor(db: str | os.PathLike[str] | None) -> duckdb.DuckDBPyConnection:
    import duckdb

    path = config.default_db_path(db)
    try:
        st = os.stat(path)  # one system call: this runs for every query
    except OSError as exc:
        if exc.errno not in _MISSING:  # as Path.exists: these mean "no such file"
            raise
        raise StoreError(
            f"No store at {path}.", hint="Build it first with `psephos build` (or `make run`)."
        ) from None
    real = _real.get(str(path))
    if real is None:
        real = _real[str(path)] = str(path.resolve())
    key = (real, st.st_mtime)
    with _lock:
        con = _open.get(key)
        if con is None:
            try:
                con = duckdb.connect(str(path), read_only=True, config=READ_CONFIG)
            except duckdb.Error as exc:
                raise StoreError(
                    f"Cannot open the store at {path}: {' '.join(str(exc).split())}",
                    hint="It is not a psephos store, or it is damaged: rebuild it with "
                    "`psephos build`.",
                ) from None
            except OSError as exc:
                raise StoreError(
                    f"Cannot open the store at {path}: {exc.strerror or exc}.",
                    hint="Check the file's permissions, or rebuild it with `psephos build`.",
                ) from None
            try:
                _check_complete(con, path)
                _check_version(con, path)
            except StoreError:
                con.close()
                raise
            for old in [k for k in _open if k[0] == key[0]]:
                stale = _open.pop(old)
                gone = {id(stale)} | {c for c, b in list(_base.items()) if b == id(stale)}
                for m in [m for m in list(_memo) if m[0] in gone]:
                    _memo.pop(m, None)
                for c in gone:
                    _base.pop(c, None)
                _stats.pop(id(stale), None)
                stale.close()
            _open[key] = con
            _watch(con)
            _stats[id(con)] = (real, (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    cursors: dict[tuple[str, float], duckdb.DuckDBPyConnection] | None = getattr(
        _local, "cursors", None
    )
    if cursors is None:
        cursors = _local.cursors = {}
    cur = cursors.get(key)
    if cur is None:
        for old in [k for k in cursors if k[0] == key[0]]:
            del cursors[old]
        cur = cursors[key] = con.cursor()
        _watch(cur)
        _base[id(cur)] = id(con)
    return cur


@contextlib.contextmanager
def pinned(db: str | os.PathLike[str] | None = None) -> Iterator[None]:
    """Within the block, :func:`connect` with the same ``db`` on this thread returns the
    cursor its first call inside the block returned, without resolving the path or a
    ``stat`` per call (the first call opens the store, or fails, as outside). Any other
    ``db`` connected to inside the block is pinned the same way from its first call.

    For one unit of work that makes thousands of queries (a claim check: about 16,000
    ``connect`` calls per 100 KB of text); a store rebuilt during the block is picked up
    by the next call outside it. Blocks nest; each restores the pins it found."""
    saved = getattr(_local, "pins", None)
    key = db if db is None or isinstance(db, str) else os.fspath(db)
    _local.pins = {**(saved or {}), key: None}
    try:
        yield
    finally:
        _local.pins = saved


def release(db: str | os.PathLike[str] | None = None) -> None:
    """Close this process's connection to the store at ``db`` and forget its cursors and
    remembered facts (for the build, which reads a new store through the analysis
    functions before it writes the derived tables into it and renames it)."""
    path = config.default_db_path(db)
    real = _real.pop(str(path), None) or str(path.resolve())
    with _lock:
        for key in [k for k in _open if k[0] == real]:
            stale = _open.pop(key)
            gone = {id(stale)} | {c for c, b in list(_base.items()) if b == id(stale)}
            for m in [m for m in list(_memo) if m[0] in gone]:
                _memo.pop(m, None)
            for c in gone:
                _base.pop(c, None)
            _stats.pop(id(stale), None)
            stale.close()
    cursors: dict[tuple[str, float], duckdb.DuckDBPyConnection] = getattr(_local, "cursors", {})
    for key in [k for k in cursors if k[0] == real]:
        del cursors[key]


_memo: dict[tuple[int, str], object] = {}
#: ids of the live connections and cursors whose state above is forgotten when collected
_watched: set[int] = set()


def _watch(con: object) -> None:
    """Forget everything kept under ``id(con)`` when ``con`` is collected.

    The tables above are keyed by ``id``: a connection that is never released (one the
    build or a caller opened with ``duckdb.connect``) would otherwise leave its facts
    behind, and the next object given the same id (a new cursor) would be answered with
    them: another store's facts, or "no folder" for the facts kept between processes."""
    ident = id(con)
    if ident in _watched:
        return
    import weakref

    try:
        done = weakref.finalize(con, _forget, ident)
    except TypeError:  # cannot be watched: nothing is kept for it past this call's needs
        return
    done.atexit = False
    _watched.add(ident)


def _forget(ident: int) -> None:
    """Drop what is kept under ``ident`` (its object is gone: the id may be reused)."""
    _watched.discard(ident)
    for m in [m for m in list(_memo) if m[0] == ident]:
        _memo.pop(m, None)
    _base.pop(ident, None)
    _stats.pop(ident, None)


def opened(con: duckdb.DuckDBPyConnection) -> tuple[str, tuple[int, int, int, int]] | None:
    """The resolved path of the store file ``con`` (a connection or cursor of
    :func:`connect`) reads and its (device, inode, size, modification time in ns) when it
    was opened; None for a connection :func:`connect` did not open."""
    return _stats.get(_base.get(id(con), id(con)))


def memo(con: duckdb.DuckDBPyConnection, key: str, compute: Callable[[], T]) -> T:
    """``compute()`` once per connection and key: for small lookup tables that many calls
    need (the store is read-only, so they cannot go stale while the connection lives)."""
    mine = (id(con), key)
    if mine in _memo:
        return _memo[mine]  # type: ignore[return-value]
    _watch(con)
    shared = (_base.get(id(con), id(con)), key)  # computed once for all threads' cursors
    if shared not in _memo:
        _memo[shared] = compute()
    _memo[mine] = _memo[shared]  # the same object, found by this cursor too
    return _memo[shared]  # type: ignore[return-value]


def _check_complete(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """StoreError if the file is shorter than the blocks its header promises (a store cut
    short by a failed copy or a full disk reads fine at first and fails later)."""
    try:
        row = con.execute(
            "SELECT block_size, total_blocks FROM pragma_database_size() LIMIT 1"
        ).fetchone()
    except Exception:  # noqa: BLE001 - reported by the version check as "not a store"
        return
    if row is None or not row[0]:
        return
    expected = _HEADER_BYTES + int(row[0]) * int(row[1])
    size = path.stat().st_size
    if size < expected:
        raise StoreError(
            f"The store at {path} is truncated: {size:,} bytes, expected at least {expected:,}.",
            hint="Rebuild it with `psephos build`.",
        )


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        row = con.execute("SELECT schema_version FROM meta").fetchone()
    except Exception:  # noqa: BLE001 - any failure means "not a psephos store"
        row = None
    if row is None or row[0] != SCHEMA_VERSION:
        found = "none" if row is None else row[0]
        raise StoreError(
            f"The store at {path} has schema version {found}; this psephos needs {SCHEMA_VERSION}.",
            hint="Rebuild it with `psephos build`.",
        )
