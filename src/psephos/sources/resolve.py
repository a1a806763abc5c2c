"""Find an official file's bytes: mirror, then user cache, then the pinned upstream URL.

The sha256 is checked whichever way the file was found; a mismatch is a
:class:`~psephos.errors.ChecksumError` naming the file, both hashes and what to do.
The mirror is only ever read. Downloads go to a temporary file in the cache folder and
are renamed into place only once their hash is right, so a failed download leaves nothing
half-written behind.
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


def _check(src: Source, path: Path, origin: str) -> None:
    actual = sha256_file(path)
    if actual != src.sha256:
        hint = {
            "mirror": "The mirror copy differs from the pinned file: restore it from the upstream "
            f"commit ({src.url}) or point --mirror / PSEPHOS_MIRROR at a correct mirror.",
            "cache": f"Delete the cached copy ({path}) and run the build again to fetch it anew.",
            "download": "The upstream file is not the pinned one; check your network or proxy, "
            "or use a mirror (--mirror DIR).",
        }[origin]
        raise ChecksumError(
            f"{src.source_id}: {origin} file {path} has sha256 {actual}, expected {src.sha256}.",
            hint=hint,
        )


def _download(src: Source, dest: Path, upstream: str, timeout: float) -> None:
    import httpx  # lazy: only a download needs it

    url = src.url.replace(UPSTREAM, upstream.rstrip("/"), 1)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=dest.name + ".", suffix=".part")
    try:
        with (
            os.fdopen(fd, "wb") as out,
            httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as resp,
        ):
            if resp.status_code != 200:
                raise SourceError(
                    f"{src.source_id}: download from {url} failed with HTTP {resp.status_code}.",
                    hint="Use a local mirror (--mirror DIR or PSEPHOS_MIRROR) or try again later.",
                )
            for chunk in resp.iter_bytes():
                out.write(chunk)
        _check(src, Path(tmp), "download")
        os.replace(tmp, dest)
    except httpx.HTTPError as exc:
        raise SourceError(
            f"{src.source_id}: could not download {url}: {exc}.",
            hint="Check the network, or build from a local mirror with --mirror DIR.",
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
    mirror_root = config.mirror_dir(mirror)
    missing = ""
    if mirror_root is not None:
        candidate = mirror_root / src.mirror_path
        if candidate.is_file():
            _check(src, candidate, "mirror")
            return Resolved(src, candidate, "mirror")
        missing = (
            f"the mirror folder {mirror_root} does not exist"
            if not mirror_root.is_dir()
            else f"the file is missing from the mirror (looked for {candidate})"
        )
    cache_root = Path(cache) if cache is not None else config.cache_dir()
    cached = cache_root / src.sha256[:12] / src.filename
    if cached.is_file():
        _check(src, cached, "cache")
        return Resolved(src, cached, "cache")
    if on_event:
        on_event(f"downloading {src.source_id} from {src.url}")
    try:
        _download(src, cached, upstream or os.environ.get("PSEPHOS_UPSTREAM") or UPSTREAM, timeout)
    except ChecksumError:
        raise
    except SourceError as exc:
        if not missing:
            raise
        detail = exc.message.removeprefix(f"{src.source_id}: ")
        raise SourceError(
            f"{src.source_id}: {missing}, it is not in the cache ({cached}), and then: {detail}",
            hint=f"Restore {src.mirror_path} in the mirror (--mirror / PSEPHOS_MIRROR), "
            "or check the network.",
        ) from exc
    except OSError as exc:
        raise SourceError(
            f"{src.source_id}: cannot write the download cache at {cached.parent}: "
            f"{exc.strerror or exc}.",
            hint="Choose a writable cache folder with --cache DIR (or PSEPHOS_CACHE).",
        ) from None
    return Resolved(src, cached, "download")
