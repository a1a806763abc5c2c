"""Facts built from the store, kept between processes in the cache folder.

A new process that checks a story first builds the lookup tables the checker reads the
store through (:func:`psephos.store.connect.memo`): the 1918-2005 series' seat results
with their winners and corrections, the indexes of its seat names, the party series, the
gazetteer of seats, people and parties. For a short story that is most of the work (about
1.4 s of CPU of a 2 s cold check). :func:`kept` is :func:`~psephos.store.connect.memo`
for such a fact whose value is also written to the cache folder
(:func:`psephos.config.cache_dir`, ``facts/STORE-CODE/KEY.pickle``) and read from there by
the next process, instead of computed again.

Never served stale:

- ``STORE`` is a checksum (BLAKE2b) of the store file's bytes, read through the file the
  connection has open: its identity and modification time are checked against those the
  connection was opened with (:func:`psephos.store.connect.opened`), so a store rebuilt
  or replaced since is never taken for the one the connection reads (nothing is kept or
  read then: the fact is computed, as before). A rebuilt store, or another one, has other
  bytes, so another folder.
- ``CODE`` is a checksum of the source of every module of the running psephos and of the
  versions of Python, pandas, numpy and DuckDB: a fact computed by other code is not read.
- A file that is missing, unreadable, damaged or of the wrong type is ignored (the fact is
  computed and the file written again); a folder that cannot be written only means
  nothing is kept. Files are written whole or not at all (a temporary file renamed).
- Only the store folders used last are kept (:data:`KEEP`); older ones are removed when a
  new one is made.

The files are Python pickles: like the rest of the cache folder (the compiled patterns of
:mod:`psephos.claims.recache`), they are trusted as the user's own files; the folder is
made readable by its owner only. ``PSEPHOS_FACTS=0`` turns the keeping off (every fact is
computed, as before).

``tests/test_claims_perf_round10_o.py`` checks each kept fact read back against the one
computed, and that a rebuilt, changed or other store, or other code, is not answered from
the folder.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import duckdb

T = TypeVar("T")

#: store folders kept (the stores used last: the user's, a test's, one being rebuilt)
KEEP = 4
_SUFFIX = ".pickle"
_touched: set[Path] = set()


def kept(con: duckdb.DuckDBPyConnection, key: str, compute: Callable[[], T], kind: type) -> T:
    """``memo(con, key, compute)`` whose value, an instance of ``kind``, is also kept in the
    cache folder for the next process (see the module's notes): read from there when this
    store's and this code's file holds it, else computed and written."""
    from psephos.store.connect import memo

    def load() -> T:
        folder = _folder(con)
        if folder is None:
            return compute()
        path = folder / (hashlib.blake2b(key.encode(), digest_size=16).hexdigest() + _SUFFIX)
        try:
            value = pickle.loads(path.read_bytes())
        except Exception:  # noqa: BLE001 - missing, unreadable or damaged: computed again
            value = None
        if (
            isinstance(value, tuple)
            and len(value) == 2
            and value[0] == key
            and isinstance(value[1], kind)
        ):
            return value[1]  # type: ignore[no-any-return,return-value]
        got = compute()
        _write(folder, path, (key, got))
        return got

    return memo(con, key, load)


_SUSPENDED = [0]


@contextlib.contextmanager
def suspended() -> Iterator[None]:
    """Nothing is kept or read inside the block (the build reads its new store before its
    derived tables are written: facts kept then would name bytes no store keeps)."""
    _SUSPENDED[0] += 1
    try:
        yield
    finally:
        _SUSPENDED[0] -= 1


def enabled() -> bool:
    """Facts are kept unless ``PSEPHOS_FACTS`` is ``0`` (or ``no``, ``off``, ``false``) or
    inside :func:`suspended`."""
    if _SUSPENDED[0]:
        return False
    return os.environ.get("PSEPHOS_FACTS", "1").strip().lower() not in ("0", "no", "off", "false")


def _folder(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The folder of this store's and this code's facts, or None (keeping off, the store
    not a file this process opened, or changed since it was opened)."""
    if not enabled():
        return None
    from psephos.config import cache_dir
    from psephos.store.connect import memo

    store = memo(con, "store.facts.checksum", lambda: _store_checksum(con))
    if store is None:
        return None
    try:
        root = cache_dir()
    except (RuntimeError, KeyError, OSError):  # no home folder to find the cache in
        return None
    folder = root / "facts" / f"{store[:32]}-{code_checksum()[:16]}"
    if folder not in _touched:  # used now: one of the folders _prune keeps
        _touched.add(folder)
        with contextlib.suppress(OSError):
            os.utime(folder)
    return folder


def _store_checksum(con: duckdb.DuckDBPyConnection) -> str | None:
    """A checksum of the bytes of the store file ``con`` reads, or None when the file at
    its path is not the one the connection opened (rebuilt or replaced since)."""
    from psephos.store.connect import opened

    at = opened(con)
    if at is None:
        return None
    path, stat = at
    digest = hashlib.blake2b(digest_size=32)
    try:
        with open(path, "rb") as fh:
            now = os.fstat(fh.fileno())
            if (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != stat:
                return None
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
            now = os.fstat(fh.fileno())
    except OSError:
        return None
    if (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != stat:
        return None  # written to while read
    return digest.hexdigest()


@functools.cache
def code_checksum() -> str:
    """A checksum of the running psephos: every module's source (names included), the
    Python version, and the installed versions of the libraries the facts are made with
    and pickled by (their ``dist-info`` folders, found without importing them)."""
    import importlib.util
    import sys

    import psephos

    digest = hashlib.blake2b(digest_size=32)
    digest.update(sys.version.encode())
    for name in ("pandas", "numpy", "duckdb"):
        spec = importlib.util.find_spec(name)
        where = Path(spec.origin).parent if spec is not None and spec.origin else None
        found = sorted(p.name for p in where.parent.glob(f"{name}-*.dist-info")) if where else []
        digest.update(f"\0{name}|{where}|{'|'.join(found)}".encode())
    root = Path(psephos.__file__).parent
    for f in sorted(root.rglob("*.py")):
        digest.update(b"\0" + str(f.relative_to(root)).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


def _write(folder: Path, path: Path, value: Any) -> None:
    """``value`` pickled into ``path``, whole or not at all; nothing when it cannot be."""
    import tempfile

    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - a value that does not pickle is not kept
        return
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _prune(folder)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)  # two processes writing: one whole file wins
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return


def _prune(new: Path) -> None:
    """Remove the store folders beside ``new`` but the :data:`KEEP` used last."""
    import shutil

    try:
        others = [p for p in new.parent.iterdir() if p.is_dir() and p != new]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in others[KEEP - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
