"""The web app as an HTTP service: HEAD, Allow, ETag/304, compression, redirects from the
configured origin, streaming body limits, form limits, byte-bounded caches, single-flight
bounded heavy jobs, and no global lock (a quick page is answered while a slow one runs)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.web.service import MAX_BODY
from psephos.web.store import ByteCache, Jobs


def run_async(main: Any) -> Any:
    """``asyncio.run(main())`` in a thread of its own: the browser tests' Playwright keeps an
    event loop running in the main thread of the same pytest worker."""
    out: list[Any] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            out.append(asyncio.run(main()))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            errors.append(exc)

    t = threading.Thread(target=target)
    t.start()
    t.join()
    if errors:
        raise errors[0]
    return out[0]


GET_URLS = [
    "/",
    "/map?metric=majority",
    "/seat/E14001300",
    "/seat/E14001300.json",
    "/search?q=ilford",
    "/rank.csv?top=5",
    "/sources.json",
    "/static/style.css",
    "/openapi.json",
    "/favicon.ico",
]


@pytest.mark.parametrize("url", GET_URLS)
def test_head_answers_every_get_with_the_same_headers(client: Any, url: str) -> None:
    get = client.get(url, headers={"accept-encoding": "identity"})
    head = client.head(url, headers={"accept-encoding": "identity"})
    assert get.status_code == head.status_code == 200
    assert head.content == b""
    for name in ("content-type", "content-length", "etag"):
        assert head.headers.get(name) == get.headers.get(name), name


def test_head_on_every_get_route_in_the_schema(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, ops in paths.items():
        if "get" in ops and "{" not in path:
            assert client.head(path).status_code != 405, path


@pytest.mark.parametrize(
    ("method", "url", "allow"),
    [
        ("PUT", "/check", "GET, HEAD, POST"),
        ("GET", "/check.json", "POST"),
        ("DELETE", "/seat/E14001300", "GET, HEAD"),
        ("POST", "/", "GET, HEAD"),
    ],
)
def test_405_says_what_is_allowed(client: Any, method: str, url: str, allow: str) -> None:
    r = client.request(method, url)
    assert r.status_code == 405
    assert r.headers["allow"] == allow


def test_etag_gives_304_and_changes_with_the_build(store_path: Path, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from psephos.web import create_app

    db = tmp_path / "copy.duckdb"
    shutil.copyfile(store_path, db)
    with TestClient(create_app(db)) as c:
        first = c.get("/seat/E14001300.json")
        etag = first.headers["etag"]
        assert first.headers["cache-control"] == "no-cache"
        again = c.get("/seat/E14001300.json", headers={"if-none-match": etag})
        assert again.status_code == 304 and again.content == b""
        other = c.get("/seat/E14001301.json", headers={"if-none-match": etag})
        assert other.status_code == 200  # another URL has another tag
        st_ = db.stat()
        os.utime(db, ns=(st_.st_atime_ns, st_.st_mtime_ns + 5_000_000_000))  # "a rebuild"
        after = c.get("/seat/E14001300.json", headers={"if-none-match": etag})
        assert after.status_code == 200
        assert after.headers["etag"] != etag
        assert after.json() == first.json()


def test_compression_when_accepted(client: Any) -> None:
    plain = client.get("/map.json", headers={"accept-encoding": "identity"})
    gz = client.get("/map.json", headers={"accept-encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert gz.headers["content-encoding"] == "gzip"
    assert int(gz.headers["content-length"]) < len(plain.content) / 3
    assert gz.content == plain.content  # httpx decompresses
    assert "Accept-Encoding" in gz.headers["vary"]
    err = client.get("/seat/nowhere-at-all", headers={"accept-encoding": "gzip"})
    assert err.status_code == 404  # error pages are compressed too, and never cached
    assert err.headers["content-encoding"] == "gzip" and "etag" not in err.headers


def test_redirects_use_the_configured_origin(store_path: Path) -> None:
    from starlette.testclient import TestClient

    from psephos.web import create_app

    app = create_app(store_path, origin="https://results.example.org/")
    with TestClient(app) as c:
        r = c.get(
            "/seat/ilford%20north?election=ge2024",
            headers={"host": "evil.example"},
            follow_redirects=False,
        )
    assert r.status_code == 307
    assert r.headers["location"] == "https://results.example.org/seat/E14001300?election=ge2024"


@pytest.mark.parametrize("origin", ["results.example.org", "https://x.org/app", "ftp://x.org"])
def test_a_bad_origin_is_refused_clearly(store_path: Path, origin: str) -> None:
    from psephos.errors import InputError
    from psephos.web import create_app

    with pytest.raises(InputError, match="scheme and host"):
        create_app(store_path, origin=origin)


def test_redirects_without_an_origin_are_relative(client: Any) -> None:
    r = client.get(
        "/search?q=Ilford%20North", headers={"host": "evil.example"}, follow_redirects=False
    )
    assert r.status_code == 303
    assert r.headers["location"] == "/seat/E14001300"


def test_search_lists_equal_matches_instead_of_jumping(client: Any) -> None:
    r = client.get("/search?q=ilford", follow_redirects=False)
    assert r.status_code == 200
    assert "Ilford North" in r.text and "Ilford South" in r.text


def test_chunked_body_is_cut_off_while_streaming(client: Any) -> None:
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        chunk = b"x" * 65536
        for _ in range(64):  # 4 MiB, no Content-Length
            sent += len(chunk)
            yield chunk

    r = client.post("/check.json", content=body(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["message"].startswith("The request body is longer than")


def test_declared_oversized_body_is_refused_unread(client: Any) -> None:
    r = client.post("/check", content=b"text=" + b"a" * (MAX_BODY + 10))
    assert r.status_code == 413
    assert "connection" in {k.lower() for k in r.headers}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("text=a&text=b", "more than once"),
        ("text=a&election=ge2024&x=1", "Unknown form field"),
        ("&".join(f"f{i}=1" for i in range(50)), "more than 4 fields"),
        ("text=" + "a" * 50_001, "the limit is 50,000"),
        ("text=", "empty"),
        ("text=x&election=ge%20%3Cscript%3E", "Unknown election"),
    ],
)
def test_check_form_limits_are_4xx_with_a_message(client: Any, body: str, message: str) -> None:
    r = client.post(
        "/check",
        content=body.encode(),
        headers={"content-type": "application/x-www-form-urlencoded", "accept": "application/json"},
    )
    assert r.status_code == 422, r.text[:200]
    assert message in r.json()["message"]


def test_check_text_over_the_cap_is_a_clear_422(client: Any) -> None:
    r = client.post("/check.json", json={"text": "x" * 50_001})
    assert r.status_code == 422
    assert "50000" in r.json()["message"]


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3000)), max_size=200))
@settings(max_examples=60, deadline=None)
def test_byte_cache_never_passes_its_cap(puts: list[tuple[int, int]]) -> None:
    cache = ByteCache(8000)
    for key, size in puts:
        cache.put(key, b"x" * size)
        assert cache.nbytes <= 8000
    for key, _size in puts[-3:]:
        got = cache.get(key)
        assert got is None or len(got) <= 8000 // 8


def test_response_cache_stays_under_its_cap(store_path: Path) -> None:
    from starlette.testclient import TestClient

    from psephos.web import create_app

    cap = 1024 * 1024
    with TestClient(create_app(store_path, cache_bytes=cap)) as c:
        for i in range(40):  # distinct searches and maps: more than the cap holds
            assert c.get(f"/search?q=a{i}").status_code == 200
            assert c.get("/map.json", params={"metric": ["majority", "turnout"][i % 2]})
        status = c.get("/status.json").json()
    assert 0 < status["cache"]["bytes"] <= cap == status["cache"]["max_bytes"]


def test_jobs_single_flight_and_bounded() -> None:
    jobs = Jobs(limit=2)
    calls: dict[str, int] = {}
    running = 0
    peak = 0
    lock = threading.Lock()

    def work(key: str) -> str:
        nonlocal running, peak
        with lock:
            calls[key] = calls.get(key, 0) + 1
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return key.upper()

    async def main() -> list[str]:
        same = [jobs.run("a", lambda: work("a")) for _ in range(5)]
        other = [jobs.run(k, lambda k=k: work(k)) for k in "bcdef"]
        return await asyncio.gather(*same, *other)

    out = run_async(main)
    assert out == ["A"] * 5 + list("BCDEF")
    assert calls["a"] == 1  # five callers, one computation
    assert peak <= 2
    assert jobs.running == 0


def test_jobs_share_a_failure_and_recover() -> None:
    jobs = Jobs(limit=1)
    n = 0

    def boom() -> None:
        nonlocal n
        n += 1
        raise ValueError("no")

    async def main() -> list[Any]:
        return await asyncio.gather(
            *(jobs.run("k", boom) for _ in range(3)), return_exceptions=True
        )

    assert all(isinstance(e, ValueError) for e in run_async(main))
    assert n == 1


def test_quick_pages_are_not_queued_behind_a_projection(store_path: Path) -> None:
    """With one heavy slot busy on a Monte Carlo projection, cached and quick pages still
    answer: no global lock, and heavy jobs have their own limiter."""
    import httpx

    from psephos.web import create_app

    app = create_app(store_path, heavy_jobs=1)

    async def main() -> tuple[bool, int, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            assert (await c.get("/seat/E14001300.json")).status_code == 200  # warm
            slow = asyncio.create_task(
                c.get("/scenario.json", params={"shares": "Lab=31,Con=27", "sims": 2000})
            )
            await asyncio.sleep(0.05)
            quick = await c.get("/seat/E14001300.json")
            fresh = await c.get("/seat/E14001301.json")  # not cached: runs in a thread
            pending = not slow.done()
            await slow
            return pending, quick.status_code, fresh.status_code

    pending, quick, fresh = run_async(main)
    assert (quick, fresh) == (200, 200)
    assert pending  # both answered while the projection was still running


def _serve(store_path: Path, *args: str) -> subprocess.Popen[str]:
    exe = Path(sys.executable).with_name("psephos")
    env = {**os.environ, "PSEPHOS_DB": str(store_path)}
    return subprocess.Popen(
        [str(exe), "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


def test_serve_port_0_reports_the_bound_port(store_path: Path) -> None:
    import httpx

    proc = _serve(store_path, "--port", "0", "--json")
    try:
        assert proc.stdout is not None
        text = ""
        while True:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else ""
            text += line
            try:
                info = json.loads(text)
                break
            except json.JSONDecodeError:
                continue
        assert info["port"] > 0 and info["url"] == f"http://127.0.0.1:{info['port']}/"
        r = httpx.get(info["url"] + "seat/ilford%20north", follow_redirects=False, timeout=30)
        assert r.headers["location"] == info["url"] + "seat/E14001300"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_on_a_busy_port_is_one_clear_line(store_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = _serve(store_path, "--port", str(port))
        out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert f"Cannot listen on 127.0.0.1:{port}" in err
    assert "Traceback" not in err


def test_a_full_heavy_queue_is_a_503_with_retry_after(store_path: Path) -> None:
    """Past ``max_waiting`` distinct waiting jobs the answer is 503 with ``Retry-After``
    (whole seconds, at least 1) and the JSON error shape; the running job still finishes."""
    import httpx

    from psephos.web import create_app

    app = create_app(store_path, heavy_jobs=1)
    app.state.store.jobs.max_waiting = 0

    async def main() -> tuple[httpx.Response, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            slow = asyncio.create_task(
                c.get("/scenario.json", params={"shares": "Lab=32,Con=26", "sims": 2000})
            )
            while app.state.store.jobs.running == 0:
                await asyncio.sleep(0.01)
            refused = await c.get("/scenario.json", params={"shares": "Lab=33,Con=26"})
            return refused, (await slow).status_code

    refused, slow = run_async(main)
    assert slow == 200
    assert refused.status_code == 503
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.json()["status"] == 503 and "busy" in refused.json()["message"]


def test_heavy_results_carry_their_own_gzip(store_path: Path) -> None:
    """A projection's gzip form is made with it (in the worker) and is the same JSON: for
    several scenarios, the gzipped answer decodes to the plain one."""
    from fastapi.testclient import TestClient

    from psephos.web import create_app

    with TestClient(create_app(store_path)) as c:
        for lab in (25, 30, 35):
            url = f"/scenario.json?shares=Lab={lab},Con=25,RUK=18"
            plain = c.get(url, headers={"accept-encoding": "identity"})
            packed = c.get(url, headers={"accept-encoding": "gzip"})
            assert plain.status_code == packed.status_code == 200
            assert "content-encoding" not in plain.headers
            assert packed.headers["content-encoding"] == "gzip"
            # httpx decodes the gzip; the raw bytes are the smaller gzip stream
            assert packed.content == plain.content
            assert int(packed.headers["content-length"]) < len(plain.content)


@pytest.mark.parametrize("cores", [1, 2, 3, 4, 5, 8, 64])
def test_default_heavy_jobs_leaves_a_core_to_the_event_loop(
    cores: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from psephos.web import store

    monkeypatch.setattr(store.os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    # one core for the event loop and quick pages, the rest for heavy jobs, 1 to 4
    expected = {1: 1, 2: 1, 3: 2, 4: 3, 5: 4, 8: 4, 64: 4}[cores]
    assert store.default_heavy_jobs() == expected


def test_heavy_workers_run_at_the_lowest_priority() -> None:
    """The worker initializer lowers the process's priority to nice 19, so the server's
    event loop wins a busy core (Linux caps nice at 19)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from psephos.web.store import warm_worker

    if not hasattr(os, "nice"):
        pytest.skip("no os.nice on this platform")
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=warm_worker, initargs=(None,)) as ex:
        assert ex.submit(os.nice, 0).result(timeout=60) == 19
