"""The web app's view of the store: one read-only path, one lock, results cached per build.

The store is read-only and a rebuild changes its modification time, so any result can be
cached under ``(path, mtime, arguments)``: a rebuilt store is picked up on the next request
and nothing stale is served. Library calls go through :meth:`WebStore.call`, which holds a
lock because one DuckDB connection is shared by the library functions.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from psephos import config
from psephos.store.connect import connect

T = TypeVar("T")


class WebStore:
    """The store at ``db`` (default: ``$PSEPHOS_DB`` or the user data folder)."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *, cache_size: int = 4096):
        self.path = str(config.default_db_path(db))
        self.lock = threading.RLock()
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_size = cache_size

    def check(self) -> None:
        """Open the store once (raises :class:`~psephos.errors.StoreError` if unusable)."""
        with self.lock:
            connect(self.path)

    def mtime(self) -> float:
        try:
            return os.stat(self.path).st_mtime
        except OSError:
            return 0.0

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(*args, db=path, **kwargs)`` under the store lock."""
        with self.lock:
            return fn(*args, db=self.path, **kwargs)

    def peek(self, key: Hashable) -> Any | None:
        """The cached value for ``key`` under the current build, or None (never computes).

        Lock-free (a dict lookup is atomic), so the event loop never waits on a long
        computation holding the lock."""
        return self._cache.get((self.mtime(), key))

    def cached(self, key: Hashable, make: Callable[[], T]) -> T:
        """The cached value for ``key`` under the current build, made by ``make()`` once."""
        full = (self.mtime(), key)
        with self.lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]  # type: ignore[no-any-return]
            value = make()
            self._cache[full] = value
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return value

    def sql(self, query: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows of a fixed, parameterised query (never user SQL)."""
        with self.lock:
            return connect(self.path).execute(query, params or []).fetchall()
