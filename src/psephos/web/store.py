"""The web app's view of the store: no lock, caches bounded in bytes, heavy work bounded.

- **Reads** go through :meth:`WebStore.call`, which passes the store path to a library
  function; :func:`psephos.store.connect.connect` hands each thread its own read-only cursor,
  so requests never wait on one another for the store.
- **Caches** hold encoded bytes (JSON bodies, rendered pages) in a byte-bounded LRU
  (:class:`cachetools.LRUCache` weighed by ``len``), keyed by the store's build id, so a
  rebuilt store is picked up on the next request and nothing stale is served. A few fixed
  lookups (party colours, the hex layout, the candidate index) that do not depend on the
  request are kept once per build.
- **Heavy work** (projections, Monte Carlo, claim checks, regressions) runs in worker
  threads through :class:`Jobs`: one computation per cache key however many clients ask at
  once (single flight), and at most ``heavy_jobs`` at a time, on a limiter of their own, so
  the quick pages are never queued behind them.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import math
import os
import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import anyio
from cachetools import LRUCache

from psephos import config
from psephos.errors import StoreError
from psephos.store.connect import connect
from psephos.web.encoded import Encoded, encoded_job

T = TypeVar("T")
#: The default byte cap of the body cache (``psephos serve --cache-mb``).
CACHE_BYTES = 64 * 1024 * 1024
#: The CPU priority of the heavy-job worker processes (``nice`` 19, the lowest).
WORKER_NICE = 19


def default_heavy_jobs() -> int:
    """One heavy job per core this process may use, less one left for the event loop and
    the quick pages (so one on 2 cores), at most 4.

    Measured on 2 cores (docs/web.md): with 2 workers a busy core is always left to
    the event loop's competitors, and home-page p99 while 10 clients project was ~2x
    that with 1."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(4, cores - 1))


#: The default number of heavy jobs that may run at once (``psephos serve --heavy-jobs``).
HEAVY_JOBS = default_heavy_jobs()


class ServerBusy(StoreError):
    """Too many distinct heavy jobs are waiting: HTTP 503 with ``Retry-After``."""

    def __init__(self, message: str, *, retry_after: int, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class _Entry:
    __slots__ = ("nbytes", "value")

    def __init__(self, value: Any, nbytes: int) -> None:
        self.value = value
        self.nbytes = nbytes


class ByteCache:
    """A thread-safe LRU whose entries' sizes in bytes add up to at most ``max_bytes``.

    Each value is stored with its size (``len`` of a ``bytes`` value, else the size the
    caller states: the bytes of the encoded bodies it holds). A value larger than an eighth
    of the cap is not kept (it would evict most others)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._lru: LRUCache[Hashable, _Entry] = LRUCache(
            maxsize=max_bytes, getsizeof=lambda e: e.nbytes
        )
        self._lock = threading.Lock()  # cachetools' caches are not thread-safe

    def get(self, key: Hashable) -> Any | None:
        with self._lock:
            entry = self._lru.get(key)
        return None if entry is None else entry.value

    def put(self, key: Hashable, value: Any, nbytes: int | None = None) -> None:
        size = len(value) if nbytes is None else nbytes
        if size > self.max_bytes // 8:
            return
        with self._lock:
            self._lru[key] = _Entry(value, size + 64)  # + the key and entry, roughly

    @property
    def nbytes(self) -> int:
        """The bytes held now (always at most :attr:`max_bytes`)."""
        with self._lock:
            return int(self._lru.currsize)

    def __len__(self) -> int:
        with self._lock:
            return len(self._lru)


class Jobs:
    """Heavy computations off the event loop: single flight per key, bounded concurrency.

    With ``processes=True`` (what ``psephos serve`` uses) the jobs run in a pool of
    ``limit`` worker processes, so a projection's Python work never competes with the
    event loop for the interpreter lock; otherwise in at most ``limit`` threads. A job is
    a module-level function and its arguments (picklable), so either works. More than
    ``max_waiting`` distinct jobs waiting is answered with a 503 ("busy", with a
    ``Retry-After`` of the recent jobs' mean wait), not a queue that grows without bound.
    """

    def __init__(
        self, limit: int = HEAVY_JOBS, *, processes: bool = False, max_waiting: int = 64
    ) -> None:
        self.limit = max(1, limit)
        self.mean_seconds = 1.0  # recent jobs' mean wait (queue included), for Retry-After
        self.processes = processes
        self.max_waiting = max_waiting
        self._limiter: anyio.CapacityLimiter | None = None
        self._pool: Any = None
        self._running: dict[Hashable, asyncio.Future[Any]] = {}

    @property
    def running(self) -> int:
        """Distinct heavy computations in progress or waiting for a slot."""
        return len(self._running)

    def start(self, db: str | None = None) -> None:
        """Start the worker processes now (not at the first heavy request), each warming
        its caches on ``db`` in the background (:func:`warm_worker`)."""
        if self.processes:
            pool = self._executor(db)
            for _ in range(self.limit):
                pool.submit(os.getpid)  # one task per worker: spawns them all

    def _executor(self, db: str | None = None) -> Any:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the parent holds threads and an open DuckDB connection
            ctx = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.limit,
                mp_context=ctx,
                initializer=warm_worker,
                initargs=(db,),
            )
        return self._pool

    def close(self) -> None:
        """Stop the worker processes (if any)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    async def run(self, key: Hashable, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker; callers asking with the same key share one run.

        Raises
        ------
        StoreError
            (HTTP 503) when more than ``max_waiting`` distinct jobs are already waiting.
        """
        pending = self._running.get(key)
        if pending is not None:
            result: T = await asyncio.shield(pending)
            return result
        if len(self._running) >= self.limit + self.max_waiting:
            wait = math.ceil(self.mean_seconds)
            raise ServerBusy(
                f"The server is busy with {len(self._running)} projections and checks.",
                retry_after=max(1, wait),
                hint=f"Try again in {max(1, wait)} s.",
            )
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._running[key] = fut
        started = time.monotonic()
        try:
            call = functools.partial(fn, *args)
            if self.processes:
                value = await asyncio.get_running_loop().run_in_executor(self._executor(), call)
            else:
                if self._limiter is None:  # created lazily: it belongs to the running loop
                    self._limiter = anyio.CapacityLimiter(self.limit)
                value = await anyio.to_thread.run_sync(call, limiter=self._limiter)
        except BaseException as exc:
            fut.set_exception(exc)
            fut.exception()  # mark as retrieved when nobody else was waiting
            raise
        else:
            fut.set_result(value)
            # the whole wait, queue included: what a job asked for now may expect
            self.mean_seconds = 0.8 * self.mean_seconds + 0.2 * (time.monotonic() - started)
            return value
        finally:
            del self._running[key]


def warm_worker(db: str | None) -> None:
    """A worker process's first task: lower its CPU priority to ``nice`` 19 (the lowest:
    when the cores are busy, the server's event loop wins them at once), then import the models, the
    regression and the claim checker and fill their per-store caches with one small call
    each, so the first user's projection does not pay for them. Failures are logged, never
    raised: a real request then reports the problem properly."""
    import logging

    if hasattr(os, "nice"):
        os.nice(WORKER_NICE)
    if db is None:
        return
    try:
        from psephos.analysis.relate import relate
        from psephos.claims import check_text
        from psephos.models.project import project
        from psephos.models.targets import parse_scoped

        project(parse_scoped(["Lab=30,Con=25"]), db=db, workers=1)
        relate("change:Lab", "census:Muslim", db=db)
        check_text("Labour won 411 seats.", db=db)
    except Exception:  # noqa: BLE001 - warming is best effort
        logging.getLogger("psephos.web").warning("warming a worker failed", exc_info=True)


class WebStore:
    """The store at ``db`` (default: ``$PSEPHOS_DB`` or the user data folder)."""

    def __init__(
        self,
        db: str | os.PathLike[str] | None = None,
        *,
        cache_bytes: int = CACHE_BYTES,
        heavy_jobs: int = HEAVY_JOBS,
        processes: bool = False,
    ) -> None:
        self.path = str(config.default_db_path(db))
        self.bodies = ByteCache(cache_bytes)
        self.jobs = Jobs(heavy_jobs, processes=processes)
        self._fixed: dict[Hashable, Any] = {}
        self._fixed_build = ""
        self._build: tuple[tuple[int, int], str] | None = None
        self._lock = threading.Lock()

    def check(self) -> None:
        """Open the store once (raises :class:`~psephos.errors.StoreError` if unusable)."""
        connect(self.path)

    def build_id(self) -> str:
        """A short id of the store build: changes whenever the store file is rebuilt."""
        try:
            st = os.stat(self.path)
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = (0, 0)
        cached = self._build
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            row = connect(self.path).execute("SELECT built_at FROM meta").fetchone()
        except Exception:  # noqa: BLE001 - a missing store raises on the next real read
            row = None
        digest = hashlib.blake2b(f"{stamp}|{row}".encode(), digest_size=8).hexdigest()
        self._build = (stamp, digest)
        return digest

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(*args, db=path, **kwargs)`` (the library opens a per-thread cursor)."""
        return fn(*args, db=self.path, **kwargs)

    def fixed(self, key: Hashable, make: Callable[[], T]) -> T:
        """A lookup that does not depend on the request, made once per store build.

        Only for a fixed set of keys chosen by the code, never keys from user input."""
        build = self.build_id()
        with self._lock:
            if self._fixed_build != build:
                self._fixed = {}
                self._fixed_build = build
            if key in self._fixed:
                return self._fixed[key]  # type: ignore[no-any-return]
        value = make()
        with self._lock:
            if self._fixed_build == build:
                self._fixed[key] = value
        return value

    def peek(self, key: Hashable) -> Any | None:
        """The cached value for ``key`` under the current build, or None (never computes)."""
        return self.bodies.get((self.build_id(), key))

    def cached(
        self, key: Hashable, make: Callable[[], T], size: Callable[[T], int] | None = None
    ) -> T:
        """The value for ``key`` under the current build, from the cache or ``make()``.

        ``size(value)`` is its weight in bytes (default ``len``: for ``bytes`` values)."""
        full = (self.build_id(), key)
        hit = self.bodies.get(full)
        if hit is not None:
            return hit  # type: ignore[no-any-return]
        value = make()
        self.bodies.put(full, value, (size or len)(value))  # type: ignore[arg-type]
        return value

    async def heavy(self, key: Hashable, fn: Callable[..., bytes], *args: Any) -> Encoded:
        """The body for ``key`` from the cache, or ``fn(*args)`` run as a heavy job
        (:class:`Jobs`), gzipped there too (:func:`~psephos.web.encoded.encoded_job`),
        and then cached."""
        hit = self.peek(key)
        if hit is not None:
            return hit  # type: ignore[no-any-return]
        build = self.build_id()
        value = await self.jobs.run((build, key), encoded_job, fn, *args)
        self.bodies.put((build, key), value, value.nbytes)
        return value

    def sql(self, query: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows of a fixed, parameterised query (never user SQL)."""
        return connect(self.path).execute(query, params or []).fetchall()
