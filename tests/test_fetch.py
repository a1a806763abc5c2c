"""Getting the official files with no mirror: `psephos fetch`, the fast no-network failure,
the hint in the user's own terms, and `make run`'s preflight (tested before any install)."""

from __future__ import annotations

import functools
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.cli import cli
from psephos.errors import ChecksumError, SourceError
from psephos.sources import REGISTRY, resolve, sha256_file
from psephos.sources.fetch import data_status, fetch, reachable
from psephos.sources.resolve import cached_path

REPO = Path(__file__).resolve().parents[1]
SERVED = REGISTRY[:3]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def upstream(mirror: Path, tmp_path: Path) -> Iterator[str]:
    """A loopback HTTP server laid out like the upstream raw-file host, for SERVED."""
    root = tmp_path / "upstream"
    for src in SERVED:
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


@pytest.fixture()
def closed_port() -> str:
    """An upstream URL on loopback where nothing listens: a machine with no network."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _empty(tmp_path: Path, name: str = "empty") -> Path:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    return folder


def test_fetch_downloads_every_file_then_reuses_the_cache(upstream: str, tmp_path: Path) -> None:
    ids = [s.source_id for s in SERVED]
    first = fetch(only=ids, cache=tmp_path / "c", upstream=upstream)
    assert [f["status"] for f in first.files] == ["downloaded"] * len(ids)
    for src in SERVED:
        assert sha256_file(cached_path(src, tmp_path / "c")) == src.sha256
    again = fetch(only=ids, cache=tmp_path / "c", upstream=upstream)
    assert [f["status"] for f in again.files] == ["cached"] * len(ids)
    assert again.to_dict()["already_cached"] == len(ids) and again.downloaded == 0
    # and a build-time resolve with no mirror now finds them in the cache
    res = resolve(SERVED[0], mirror=_empty(tmp_path), cache=tmp_path / "c", upstream=upstream)
    assert res.origin == "cache"


def test_fetch_reports_a_corrupt_cached_file(upstream: str, tmp_path: Path) -> None:
    path = cached_path(SERVED[0], tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not the file")
    with pytest.raises(ChecksumError, match="Delete the cached copy"):
        fetch(only=[SERVED[0].source_id], cache=tmp_path, upstream=upstream)


def test_fetch_cli_json_shape(upstream: str, tmp_path: Path) -> None:
    ids = [s.source_id for s in SERVED[:2]]
    args = ["fetch", "--cache", str(tmp_path), "--json"]
    for source_id in ids:
        args += ["--only", source_id]
    res = CliRunner().invoke(cli, args, env={"PSEPHOS_UPSTREAM": upstream})
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert set(out) == {"cache", "files", "downloaded", "already_cached", "seconds"}
    assert [f["source_id"] for f in out["files"]] == ids and out["downloaded"] == 2
    assert set(out["files"][0]) == {"source_id", "url", "sha256", "path", "bytes", "status"}


def test_fetch_unknown_source_is_one_line(tmp_path: Path) -> None:
    res = CliRunner().invoke(
        cli, ["fetch", "--only", "ge2024-candidatez", "--cache", str(tmp_path)]
    )
    assert res.exit_code == 1 and "No source with id 'ge2024-candidatez'" in res.output
    assert "Did you mean: ge2024-candidates" in res.output
    assert "Traceback" not in res.output


@pytest.mark.parametrize("via, knob", [("cli", "--mirror DIR"), ("make", "make run MIRROR=")])
def test_no_network_fails_fast_saying_how_to_get_the_data(
    closed_port: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, via: str, knob: str
) -> None:
    monkeypatch.setenv("PSEPHOS_VIA", via)
    started = time.perf_counter()
    with pytest.raises(SourceError) as err:
        resolve(REGISTRY[0], mirror=_empty(tmp_path), cache=tmp_path / "c", upstream=closed_port)
    assert time.perf_counter() - started < 15  # the connect timeout, not the read timeout
    msg = str(err.value)
    assert knob in msg and ("make fetch" if via == "make" else "psephos fetch") in msg
    assert "psephos sources --json" in msg and REGISTRY[0].source_id in msg
    assert "\n" not in msg


@pytest.mark.parametrize("via, knob", [("cli", "--mirror DIR"), ("make", "make run MIRROR=")])
def test_a_named_mirror_that_is_not_a_folder_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, via: str, knob: str
) -> None:
    monkeypatch.setenv("PSEPHOS_VIA", via)
    with pytest.raises(SourceError, match="does not exist") as err:
        resolve(REGISTRY[0], mirror=tmp_path / "shared" / "dta", cache=tmp_path)
    assert knob in str(err.value) and str(tmp_path / "shared" / "dta") in str(err.value)


def test_data_status(mirror: Path, upstream: str, closed_port: str, tmp_path: Path) -> None:
    full = data_status(mirror=mirror, cache=tmp_path, upstream=closed_port)
    assert full.in_mirror == len(REGISTRY) and full.problem is None and full.network is None
    empty = _empty(tmp_path, "m")
    offline = data_status(mirror=empty, cache=tmp_path, upstream=closed_port, timeout=2)
    assert offline.missing == [s.source_id for s in REGISTRY] and offline.network is False
    assert offline.problem is not None and "fetch" in offline.problem
    online = data_status(mirror=empty, cache=tmp_path, upstream=upstream)
    assert online.network is True and online.problem is None
    assert reachable(upstream) and not reachable(closed_port, timeout=2)


def _preflight(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / "preflight.py"), *args],
        env={**os.environ, "PYTHONPATH": str(REPO / "src"), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_preflight_imports_only_the_standard_library() -> None:
    code = (
        "import sys; import psephos.sources.fetch; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pandas', 'numpy', 'httpx', 'duckdb', 'click', 'rich'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_preflight_one_line_when_no_data_and_no_network(closed_port: str, tmp_path: Path) -> None:
    env = {"PSEPHOS_UPSTREAM": closed_port, "PSEPHOS_CACHE": str(tmp_path / "c")}
    env["PSEPHOS_MIRROR"] = ""
    res = _preflight(["--via", "make"], env)
    assert res.returncode == 1 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "make run MIRROR=" in res.stderr
    typo = _preflight([], {**env, "PSEPHOS_MIRROR": str(REPO.parent / "nowhere")})
    assert typo.returncode == 2 and "does not exist" in typo.stderr and "--mirror" in typo.stderr


def test_make_run_with_a_mistyped_mirror_stops_before_installing(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    res = subprocess.run(
        ["make", "-C", str(REPO), "run", f"MIRROR={tmp_path / 'dta'}", f"VENV={venv}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode != 0 and "does not exist" in res.stderr
    assert "make run MIRROR=" in res.stderr
    assert not venv.exists()  # nothing installed, nothing to poison the next run
