"""Fill the download cache with every pinned file, and say up front whether the data can be had.

:func:`fetch` is ``psephos fetch``: each registry file already in the cache is checked, each
missing one is downloaded from its pinned URL and kept only if its sha256 is right.
:func:`data_status` is the quick check ``make run`` does before installing anything: are the
files in the mirror or the cache, and if not, can the upstream host be reached at all? It
uses the standard library only, so it runs before the dependencies are installed.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from psephos import config
from psephos.display import Display
from psephos.sources.registry import REGISTRY, Source, get_source
from psephos.sources.resolve import (
    UPSTREAM,
    _check,
    _download,
    cached_path,
    how_to_get_data,
    mirror_root,
)

Progress = Callable[[str, int, int], None]


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class FetchReport(Display):
    """What :func:`fetch` did: per file, ``"cached"`` (already there, checked) or
    ``"downloaded"``; ``to_dict()`` is the ``psephos fetch --json`` shape."""

    cache: Path
    files: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def downloaded(self) -> int:
        return sum(f["status"] == "downloaded" for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        return {
            "cache": str(self.cache),
            "files": self.files,
            "downloaded": self.downloaded,
            "already_cached": len(self.files) - self.downloaded,
            "seconds": round(self.seconds, 3),
        }


def _selected(only: Iterable[str] | None) -> list[Source]:
    if not only:
        return list(REGISTRY)
    return [get_source(source_id) for source_id in only]


def fetch(
    *,
    only: Iterable[str] | None = None,
    cache: str | os.PathLike[str] | None = None,
    upstream: str | None = None,
    timeout: float = 60.0,
    progress: Progress | None = None,
) -> FetchReport:
    """Download every pinned file (or the ``only`` source ids) into the cache, checking each
    sha256; files already cached are checked, not downloaded again.

    The first failure stops the run with a :class:`~psephos.errors.SourceError` naming the
    file; what was fetched before it stays in the cache, so running again resumes.

    Examples
    --------
    >>> report = fetch(only=["ge2024-candidates"])  # doctest: +SKIP
    >>> report.to_dict()["files"][0]["status"]  # doctest: +SKIP
    'downloaded'
    """
    started = time.perf_counter()
    cache_root = Path(cache) if cache is not None else config.cache_dir()
    host = upstream or os.environ.get("PSEPHOS_UPSTREAM") or UPSTREAM
    report = FetchReport(cache_root)
    sources = _selected(only)
    for i, src in enumerate(sources, 1):
        if progress:
            progress(src.source_id, i, len(sources))
        path = cached_path(src, cache_root)
        if path.is_file():
            _check(src, path, "cache")
            status = "cached"
        else:
            _download(src, path, host, timeout)
            status = "downloaded"
        report.files.append(
            {
                "source_id": src.source_id,
                "url": src.url,
                "sha256": src.sha256,
                "path": str(path),
                "bytes": path.stat().st_size,
                "status": status,
            }
        )
    report.seconds = time.perf_counter() - started
    return report


def reachable(url: str, timeout: float = 5.0) -> bool:
    """Whether a TCP connection to ``url``'s host can be opened within ``timeout`` seconds.

    Name lookup runs in a daemon thread, since ``getaddrinfo`` ignores socket timeouts and
    can hang for long on a machine with no network.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    result: list[bool] = []

    def attempt() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                result.append(True)
        except OSError:
            result.append(False)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout)
    return bool(result and result[0])


@dataclass
class DataStatus:
    """Where the official files would come from if a build ran now."""

    mirror: Path | None
    cache: Path
    in_mirror: int
    in_cache: int
    missing: list[str]
    upstream: str
    network: bool | None  # None: not checked, as nothing is missing

    @property
    def problem(self) -> str | None:
        """One message saying why a build cannot get its files and how to get them, or None."""
        if not self.missing or self.network:
            return None
        where = (
            f"in neither the mirror {self.mirror} nor the cache {self.cache}"
            if self.mirror
            else f"not in the cache {self.cache} and no mirror is set"
        )
        return (
            f"No way to get the official files: {len(self.missing)} of {len(REGISTRY)} are "
            f"{where}, and {urlsplit(self.upstream).netloc} cannot be reached. "
            f"{how_to_get_data(self.cache)}"
        )


def data_status(
    *,
    mirror: str | os.PathLike[str] | None = None,
    cache: str | os.PathLike[str] | None = None,
    upstream: str | None = None,
    timeout: float = 5.0,
) -> DataStatus:
    """Count the registry files found in the mirror and the cache (by name, not hash: the
    build checks hashes), and only if some are missing, test whether upstream answers."""
    root = mirror_root(mirror)
    cache_root = Path(cache) if cache is not None else config.cache_dir()
    in_mirror = in_cache = 0
    missing: list[str] = []
    for src in REGISTRY:
        if root is not None and (root / src.mirror_path).is_file():
            in_mirror += 1
        elif cached_path(src, cache_root).is_file():
            in_cache += 1
        else:
            missing.append(src.source_id)
    host = upstream or os.environ.get("PSEPHOS_UPSTREAM") or UPSTREAM
    network = reachable(host, timeout) if missing else None
    return DataStatus(root, cache_root, in_mirror, in_cache, missing, host, network)
