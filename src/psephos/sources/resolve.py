"""Find an official file's bytes: mirror, then user cache, then the pinned upstream URL.

The sha256 is checked whichever way the file was found; a mismatch is a
:class:`~psephos.errors.ChecksumError` naming the file, both hashes and what to do.
The mirror is only ever read. Downloads go to a temporary file in the cache folder and
are renamed into place only once their hash is right, so a failed download leaves nothing
half-written behind.

A mirror that is named but is not a folder is an error (a typo must not turn into a
download), and when a file can be had neither from the mirror, nor the cache, nor the
network, the error says every way to get the official files (:func:`how_to_get_data`),
in the words of how the user started (``make run MIRROR=...`` or ``--mirror``).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from psephos import config
from psephos.errors import ChecksumError, SourceError
from psephos.sources.registry import Source

UPSTREAM = "https://raw.githubusercontent.com"


@dataclass(frozen=True)
class Resolved:
    """A verified local copy of a source file, and how it was found."""

    source: Source
    path: Path
    origin: str  # "mirror", "cache" or "download"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def mirror_knob() -> str:
    """How the user points psephos at a mirror, in the terms of how they started it."""
    if config.started_via() == "make":
        return "`make run MIRROR=/path/to/data`"
    return "`--mirror DIR` (or PSEPHOS_MIRROR=DIR)"


def how_to_get_data(cache: str | os.PathLike[str] | None = None) -> str:
    """Every way to get the official files, as one sentence for an error message."""
    cache_root = Path(cache) if cache is not None else config.cache_dir()
    fetch = "`make fetch`" if config.started_via() == "make" else "`psephos fetch`"
    return (
        f"To get the official files: point at a copy laid out like shared/data with "
        f"{mirror_knob()}; or, where a network exists, run {fetch}, which downloads every "
        f"file from its pinned URL and checks its sha256 into {cache_root}; or download the "
        f"pinned URLs (`psephos sources --json`; README, 'Getting the data') into "
        f"{cache_root}/<first 12 hex digits of the sha256>/<file name>."
    )


def mirror_root(mirror: str | os.PathLike[str] | None = None) -> Path | None:
    """The mirror folder in use (argument, then ``$PSEPHOS_MIRROR``), checked to exist."""
    root = config.mirror_dir(mirror)
    if root is not None and not root.is_dir():
        given = (
            "MIRROR= or PSEPHOS_MIRROR"
            if config.started_via() == "make"
            else "--mirror or PSEPHOS_MIRROR"
        )
        raise SourceError(
            f"The mirror folder {root} (given as {given}) does not exist.",
            hint=f"Correct the path ({mirror_knob()}, a folder laid out like shared/data, "
            "with results/, demographics/ and geo/), or leave it out to use the cache and "
            "the pinned URLs.",
        )
    return root


def cached_path(src: Source, cache: str | os.PathLike[str] | None = None) -> Path:
    """Where ``src`` lives in the download cache (whether or not it is there yet)."""
    cache_root = Path(cache) if cache is not None else config.cache_dir()
    return cache_root / src.sha256[:12] / src.filename


def _check(src: Source, path: Path, origin: str) -> None:
    actual = sha256_file(path)
    if actual != src.sha256:
        hint = {
            "mirror": "The mirror copy differs from the pinned file: restore it from the upstream "
            f"commit ({src.url}) or point {mirror_knob()} at a correct mirror.",
            "cache": f"Delete the cached copy ({path}) and run the build again to fetch it anew.",
            "download": "The upstream file is not the pinned one; check your network or proxy, "
            f"or use a mirror ({mirror_knob()}).",
        }[origin]
        raise ChecksumError(
            f"{src.source_id}: {origin} file {path} has sha256 {actual}, expected {src.sha256}.",
            hint=hint,
        )


def _download(
    src: Source, dest: Path, upstream: str, timeout: float, mirror: Path | None = None
) -> None:
    import httpx  # lazy: only a download needs it

    url = src.url.replace(UPSTREAM, upstream.rstrip("/"), 1)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=dest.name + ".", suffix=".part")
    # A missing network fails within the connect timeout, not after a long read timeout.
    limits = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    try:
        with (
            os.fdopen(fd, "wb") as out,
            httpx.stream("GET", url, timeout=limits, follow_redirects=True) as resp,
        ):
            if resp.status_code != 200:
                raise SourceError(
                    f"{src.source_id}: download from {url} failed with HTTP {resp.status_code}.",
                    hint=f"Use a local mirror ({mirror_knob()}) or try again later.",
                )
            for chunk in resp.iter_bytes():
                out.write(chunk)
        _check(src, Path(tmp), "download")
        os.replace(tmp, dest)
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise SourceError(
            f"{src.source_id} is in neither the mirror ({mirror or 'none set'}) nor the cache "
            f"({dest.parent.parent}), and {url} cannot be reached ({exc}).",
            hint=how_to_get_data(dest.parent.parent),
        ) from exc
    except httpx.HTTPError as exc:
        raise SourceError(
            f"{src.source_id}: could not download {url}: {exc}.",
            hint=f"Check the network, or build from a local mirror with {mirror_knob()}.",
        ) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def resolve(
    src: Source,
    *,
    mirror: str | os.PathLike[str] | None = None,
    cache: str | os.PathLike[str] | None = None,
    upstream: str | None = None,
    timeout: float = 60.0,
    on_event: Callable[[str], None] | None = None,
) -> Resolved:
    """Return a verified local copy of ``src``: from the mirror, the cache or a download.

    ``upstream`` replaces the host of the pinned URL (``$PSEPHOS_UPSTREAM``; tests point it
    at a loopback server).
    """
    root = mirror_root(mirror)
    missing = ""
    if root is not None:
        candidate = root / src.mirror_path
        if candidate.is_file():
            _check(src, candidate, "mirror")
            return Resolved(src, candidate, "mirror")
        missing = f"the file is missing from the mirror (looked for {candidate})"
    cached = cached_path(src, cache)
    if cached.is_file():
        _check(src, cached, "cache")
        return Resolved(src, cached, "cache")
    if on_event:
        on_event(f"downloading {src.source_id} from {src.url}")
    upstream = upstream or os.environ.get("PSEPHOS_UPSTREAM") or UPSTREAM
    try:
        _download(src, cached, upstream, timeout, root)
    except ChecksumError:
        raise
    except SourceError as exc:
        if not missing:
            raise
        detail = exc.message.removeprefix(f"{src.source_id}: ")
        raise SourceError(
            f"{src.source_id}: {missing}, it is not in the cache ({cached}), and then: {detail}",
            hint=f"Restore {src.mirror_path} in the mirror. "
            + how_to_get_data(cached.parent.parent),
        ) from exc
    except OSError as exc:
        raise SourceError(
            f"{src.source_id}: cannot write the download cache at {cached.parent}: "
            f"{exc.strerror or exc}.",
            hint="Choose a writable cache folder with --cache DIR (or PSEPHOS_CACHE).",
        ) from None
    return Resolved(src, cached, "download")
