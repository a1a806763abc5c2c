"""The registry and resolution: mirror, cache, download (from a loopback server), sha256."""

from __future__ import annotations

import dataclasses
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from psephos.errors import ChecksumError, SourceError
from psephos.sources import REGISTRY, resolve, sha256_file
from psephos.sources.resolve import UPSTREAM


def _empty(tmp_path: Path) -> Path:
    """A mirror folder that exists but holds no files (every lookup falls through)."""
    folder = tmp_path / "empty-mirror"
    folder.mkdir(exist_ok=True)
    return folder


def test_every_registry_entry_matches_its_mirror_file(mirror: Path) -> None:
    for src in REGISTRY:
        path = mirror / src.mirror_path
        assert path.is_file(), f"{src.source_id}: {path} missing"
        assert sha256_file(path) == src.sha256, src.source_id


def test_registry_ids_unique_and_urls_pinned() -> None:
    ids = [s.source_id for s in REGISTRY]
    assert len(ids) == len(set(ids))
    for s in REGISTRY:
        assert s.url.startswith(UPSTREAM + "/")
        assert len(s.commit) == 40 and s.commit in s.url
        assert s.licence and s.publisher


def test_issue_sources_are_registered() -> None:
    ids = {s.source_id for s in REGISTRY}
    for year in ("2010", "2015", "2017", "2019", "2024"):
        assert {f"ge{year}-candidates", f"ge{year}-constituencies"} <= ids
    assert {
        "notional2019",
        "notional2005",
        "history-1918-2019",
        "overlaps-2010-2024",
        "census-summary-2024",
        "census2021-religion",
        "imd-2024",
        "hexmap-2024",
        "party-registrations",
        "maiden-speeches",
    } <= ids
    assert sum(s.source_id.startswith("by-elections-") for s in REGISTRY) == 10


def test_first_release_2024_files_stay_out_of_the_store() -> None:
    assert not any("first-release" in s.mirror_path for s in REGISTRY)


def test_resolve_prefers_the_mirror(mirror: Path, tmp_path: Path) -> None:
    res = resolve(REGISTRY[0], mirror=mirror, cache=tmp_path)
    assert res.origin == "mirror" and res.path == mirror / REGISTRY[0].mirror_path
    assert not any(tmp_path.iterdir())  # nothing written to the cache


def test_mirror_checksum_mismatch_names_file_and_both_hashes(mirror: Path, tmp_path: Path) -> None:
    src = dataclasses.replace(REGISTRY[0], sha256="0" * 64)
    with pytest.raises(ChecksumError) as err:
        resolve(src, mirror=mirror, cache=tmp_path)
    msg = str(err.value)
    assert src.mirror_path.split("/")[-1] in msg and "0" * 64 in msg
    assert REGISTRY[0].sha256 in msg and "mirror" in msg


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def upstream(mirror: Path, tmp_path: Path) -> Iterator[str]:
    """A loopback HTTP server laid out like raw.githubusercontent.com for two sources."""
    root = tmp_path / "upstream"
    for src in REGISTRY[:2]:
        dest = root / src.repo / src.commit / src.repo_path
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes((mirror / src.mirror_path).read_bytes())
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_download_then_cache(upstream: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    src = REGISTRY[0]
    first = resolve(src, mirror=_empty(tmp_path), cache=cache, upstream=upstream)
    assert first.origin == "download" and sha256_file(first.path) == src.sha256
    second = resolve(src, mirror=_empty(tmp_path), cache=cache, upstream=upstream)
    assert second.origin == "cache" and second.path == first.path


def test_download_with_wrong_hash_leaves_nothing_behind(upstream: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    src = dataclasses.replace(REGISTRY[1], sha256="f" * 64)
    with pytest.raises(ChecksumError, match="download"):
        resolve(src, mirror=_empty(tmp_path), cache=cache, upstream=upstream)
    assert not [p for p in cache.rglob("*") if p.is_file()]


def test_download_404_is_a_clear_error(upstream: str, tmp_path: Path) -> None:
    src = REGISTRY[5]  # not served by the fixture
    with pytest.raises(SourceError, match="HTTP 404") as err:
        resolve(src, mirror=_empty(tmp_path), cache=tmp_path / "cache", upstream=upstream)
    assert "--mirror" in str(err.value)


def test_corrupt_cache_file_is_reported(mirror: Path, tmp_path: Path) -> None:
    src = REGISTRY[0]
    cached = tmp_path / src.sha256[:12] / src.filename
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"not the file")
    with pytest.raises(ChecksumError, match="Delete the cached copy"):
        resolve(src, mirror=_empty(tmp_path), cache=tmp_path)
