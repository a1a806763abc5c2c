"""Response bodies with their gzip form, made where the CPU time is cheapest.

Compressing a 600 KB projection at gzip level 6 costs ~50 ms of CPU: done on the event
loop it would hold every other request back that long. So a heavy job (run in a worker
process at low priority, :class:`psephos.web.store.Jobs`) returns an :class:`Encoded`
body already compressed, and the server only copies bytes; bodies made in the server
itself are compressed off the event loop when large (:func:`encode_async`; zlib releases
the interpreter lock while it deflates).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from typing import Any

MIN_GZIP = 512  # bytes: smaller bodies are sent as they are
#: Bodies at least this large are compressed in a thread, not on the event loop.
OFF_LOOP = 16 * 1024


def gzip_of(body: bytes) -> bytes | None:
    """``body`` gzipped (level 6, no timestamp), or None when that would not be smaller
    or the body is under :data:`MIN_GZIP` bytes."""
    if len(body) < MIN_GZIP:
        return None
    gz = gzip.compress(body, compresslevel=6, mtime=0)
    return gz if len(gz) < len(body) else None


class Encoded:
    """A body and its gzip form (None when not worth sending compressed)."""

    __slots__ = ("body", "gz")

    def __init__(self, body: bytes, gz: bytes | None) -> None:
        self.body = body
        self.gz = gz

    @classmethod
    def of(cls, body: bytes) -> Encoded:
        return cls(body, gzip_of(body))

    @property
    def nbytes(self) -> int:
        return len(self.body) + len(self.gz or b"")

    def __len__(self) -> int:  # the weight of a cache entry
        return self.nbytes

    def __reduce__(self) -> tuple[Any, ...]:  # pickled from a worker process
        return (Encoded, (self.body, self.gz))


def encoded_job(fn: Callable[..., bytes], *args: Any) -> Encoded:
    """``fn(*args)`` and its gzip form, both computed here (in the worker process)."""
    return Encoded.of(fn(*args))


async def encode_async(body: bytes) -> bytes | None:
    """:func:`gzip_of` ``body``, in a worker thread when it is large."""
    if len(body) < OFF_LOOP:
        return gzip_of(body)
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(gzip_of, body)
