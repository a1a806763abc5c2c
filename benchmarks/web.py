"""Load test of ``psephos serve`` on loopback, against a bare Starlette app in the same run.

Run:  .venv/bin/python benchmarks/web.py [--db PATH] [--requests 4000] [--seconds 20]
          [--scenarios 10000] [--scenario-seconds 300] [--cache-mb 16]

Both servers run as subprocesses: ``psephos serve --port 0 --json`` itself (the entry point
users run; the port is read from its JSON line) and, as the baseline, a bare Starlette app
under uvicorn with the same settings that answers every path with the same seat JSON bytes.
The client is a minimal HTTP/1.1 keep-alive client on asyncio streams (a full client such as
httpx costs more CPU per request than the server does, and both share the same 2 cores).
Timing uses ``time.perf_counter``; latencies print in ms to 0.01 ms; p50 is the median.

What it measures (issue #11 targets in brackets):
1. seat JSON at concurrency 1 on one kept-alive connection [p50 < 2 ms] and at concurrency
   10 [>= 1,500 req/s, and within 3x of the bare baseline];
2. home page and seat JSON latency while 10 clients keep requesting new projections
   [p99 < 100 ms];
3. a 100 MB chunked upload [refused within 1 s, server memory growth < 50 MB];
4. ``--scenarios`` distinct scenario requests with a ``--cache-mb`` cap [the cache stays
   under its cap], stopping early at ``--scenario-seconds`` (a projection costs ~0.1 s of
   CPU, so 10,000 take minutes);
5. 0 responses >= 500 in all of the above.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

SEATS = ["E14001300", "E14001301", "S14000107", "W07000081", "N05000001", "E14001063"]


def _store(db: str | None) -> str:
    if db:
        return db
    mirror = os.environ.get("PSEPHOS_MIRROR") or str(
        Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    from psephos.store.build import build

    path = Path(tempfile.mkdtemp()) / "bench.duckdb"
    build(path, mirror=mirror, cache=Path(tempfile.mkdtemp()))
    return str(path)


def _load() -> str:
    """The 1, 5 and 15-minute load averages (other users share the cores)."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str, gzip: bool = False
) -> tuple[int, bytes]:
    """One HTTP/1.1 keep-alive GET: (status, body), asking for gzip as browsers do if
    ``gzip`` (the seat JSON comparison with the bare app does not: same bytes both ways)."""
    extra = "Accept-Encoding: gzip\r\n" if gzip else ""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        int(v) for k, _, v in (x.partition(":") for x in lines[1:]) if k.lower() == "content-length"
    )
    return status, await reader.readexactly(length)


class Load:
    """Latencies and status counts of one scenario."""

    def __init__(self) -> None:
        self.lat: list[float] = []
        self.errors = 0  # responses >= 500 or not 200
        self.wall = 0.0

    def line(self, name: str) -> str:
        lat = sorted(self.lat)
        if not lat:
            return f"{name:44s} no requests"
        p50 = 1000 * statistics.median(lat)
        p99 = 1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))]
        return (
            f"{name:44s} n={len(lat):5d} bad={self.errors} p50={p50:7.2f} ms "
            f"p99={p99:7.2f} ms {len(lat) / self.wall:8.1f} req/s"
        )

    @property
    def p50_ms(self) -> float:
        return 1000 * statistics.median(self.lat) if self.lat else float("inf")

    @property
    def p99_ms(self) -> float:
        lat = sorted(self.lat)
        return 1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("inf")

    @property
    def rps(self) -> float:
        return len(self.lat) / self.wall if self.wall else 0.0


async def load(
    port: int,
    urls: list[str],
    total: int,
    seconds: float,
    conc: int,
    stop: Any = None,
    gzip: bool = False,
) -> Load:
    """``total`` GETs (at most ``seconds``, or until ``stop`` is set) from ``conc``
    keep-alive connections, after one warm-up request per URL."""
    out = Load()
    counter = iter(range(total))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for u in urls:
        await _get(reader, writer, u)
    writer.close()
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for i in counter:
                if time.perf_counter() > deadline or (stop is not None and stop.is_set()):
                    return
                t0 = time.perf_counter()
                status, _ = await _get(reader, writer, urls[i % len(urls)], gzip)
                out.lat.append(time.perf_counter() - t0)
                out.errors += status != 200
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(conc)))
    out.wall = time.perf_counter() - t0
    return out


async def projections(port: int, clients: int, stop: asyncio.Event, start: int) -> Load:
    """``clients`` connections each requesting new (never cached) projections until stop."""
    out = Load()
    seq = iter(range(start, 10**9))

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while not stop.is_set():
                i = next(seq)
                lab = 30 + (i % 1000) / 100
                t0 = time.perf_counter()
                status, _ = await _get(
                    reader, writer, f"/scenario.json?shares=Lab={lab:.2f},Con=24,RUK=16&seed={i}"
                )
                out.lat.append(time.perf_counter() - t0)
                out.errors += status != 200
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    out.wall = time.perf_counter() - t0
    return out


async def under_projections(port: int, seconds: float) -> tuple[Load, Load, Load]:
    stop = asyncio.Event()
    heavy = asyncio.create_task(projections(port, 10, stop, 0))
    await asyncio.sleep(1.0)  # let the heavy jobs start
    home, seat = await asyncio.gather(
        load(port, ["/"], 10**6, seconds, 1, gzip=True),
        load(port, [f"/seat/{s}.json" for s in SEATS], 10**6, seconds, 1, gzip=True),
    )
    stop.set()
    return home, seat, await heavy


async def chunked_upload(port: int, megabytes: int) -> tuple[float, int, int]:
    """Stream ``megabytes`` MB of chunked body to /check.json: (seconds to the answer,
    status, bytes sent before it came)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        b"POST /check.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"x" * 65536
    frame = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
    sent = 0
    t0 = time.perf_counter()
    answer = asyncio.create_task(reader.readuntil(b"\r\n\r\n"))
    try:
        while sent < megabytes * 1024 * 1024 and not answer.done():
            writer.write(frame)
            await writer.drain()
            sent += len(chunk)
    except (ConnectionError, OSError):
        pass
    head = await asyncio.wait_for(answer, 5)
    elapsed = time.perf_counter() - t0
    writer.close()
    return elapsed, int(head.split()[1]), sent


class Server:
    """A server subprocess: ``psephos serve`` or the bare baseline."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, env=env, text=True)
        assert self.proc.stdout is not None
        text = ""
        while True:  # the JSON line(s) printed once the server listens
            line = self.proc.stdout.readline()
            if not line:
                self.proc.kill()
                raise SystemExit(f"server did not start: {' '.join(argv)}")
            text += line
            try:
                self.port = int(json.loads(text)["port"])
                break
            except json.JSONDecodeError:
                continue

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


BARE = textwrap.dedent(
    """
    import json, sys, uvicorn
    from starlette.applications import Starlette
    from starlette.responses import Response
    from starlette.routing import Route
    body = open(sys.argv[1], "rb").read()
    async def seat(request):
        return Response(body, media_type="application/json")
    app = Starlette(routes=[Route("/{path:path}", seat)])
    class S(uvicorn.Server):
        async def startup(self, sockets=None):
            await super().startup(sockets)
            port = self.servers[0].sockets[0].getsockname()[1]
            print(json.dumps({"port": port}), flush=True)
    S(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False,
                     lifespan="off")).run()
    """
)


def status(port: int) -> dict[str, Any]:
    import httpx

    return httpx.get(f"http://127.0.0.1:{port}/status.json", timeout=10).json()  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db")
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--scenarios", type=int, default=10000)
    ap.add_argument("--scenario-seconds", type=float, default=300.0)
    ap.add_argument("--cache-mb", type=int, default=16)
    args = ap.parse_args()
    db = _store(args.db)
    env = {**os.environ, "PSEPHOS_DB": db}
    psephos = str(Path(sys.executable).with_name("psephos"))
    served = Server(
        [psephos, "serve", "--port", "0", "--json", "--cache-mb", str(args.cache_mb)], env
    )
    bare = None
    bad = 0
    try:
        body = Path(tempfile.mkdtemp()) / "seat.json"
        import httpx

        body.write_bytes(
            httpx.get(f"http://127.0.0.1:{served.port}/seat/{SEATS[0]}.json", timeout=30).content
        )
        bare = Server([sys.executable, "-c", BARE, str(body)], env)
        jobs = status(served.port)["heavy_jobs"]["limit"]
        print(
            f"psephos web load test: psephos serve on 127.0.0.1:{served.port} ({jobs} heavy-job "
            f"worker(s)), bare Starlette on 127.0.0.1:{bare.port}; {os.cpu_count()} CPUs; "
            f"timer resolution {time.get_clock_info('perf_counter').resolution * 1e9:.0f} ns; "
            f"load average {_load()} at the start"
        )
        seat_urls = [f"/seat/{s}.json" for s in SEATS]
        n = args.requests
        r1 = asyncio.run(load(served.port, seat_urls, n, args.seconds, 1))
        b1 = asyncio.run(load(bare.port, [f"/seat/{SEATS[0]}.json"], n, args.seconds, 1))
        r10 = asyncio.run(load(served.port, seat_urls, 3 * n, args.seconds, 10))
        b10 = asyncio.run(load(bare.port, [f"/seat/{SEATS[0]}.json"], 3 * n, args.seconds, 10))
        bad += r1.errors + r10.errors
        print(r1.line("seat JSON, psephos serve, concurrency 1"))
        print(b1.line("seat JSON, bare Starlette, concurrency 1"))
        print(r10.line("seat JSON, psephos serve, concurrency 10"))
        print(b10.line("seat JSON, bare Starlette, concurrency 10"))
        ratio = b10.rps / r10.rps if r10.rps else float("inf")
        print(
            f"  target p50 < 2 ms at c=1: {'met' if r1.p50_ms < 2 else 'MISSED'}; "
            f">= 1,500 req/s at c=10: {'met' if r10.rps >= 1500 else 'MISSED'}; "
            f"bare/psephos = {ratio:.2f}x (target <= 3x): {'met' if ratio <= 3 else 'MISSED'}"
        )

        home, seat, heavy = asyncio.run(under_projections(served.port, min(args.seconds, 15)))
        bad += home.errors + seat.errors + heavy.errors
        print(home.line("home page (gzip) while 10 clients project"))
        print(seat.line("seat JSON (gzip) while 10 clients project"))
        print(heavy.line("  the new projections themselves"))
        ok = home.p99_ms < 100 and seat.p99_ms < 100
        print(f"  target p99 < 100 ms for both: {'met' if ok else 'MISSED'}")

        before = _rss_mb(served.proc.pid)
        took, code, sent = asyncio.run(chunked_upload(served.port, 100))
        grew = _rss_mb(served.proc.pid) - before
        ok = code == 413 and took < 1 and grew < 50
        print(
            f"100 MB chunked upload: HTTP {code} after {took * 1000:.1f} ms and "
            f"{sent / 1e6:.1f} MB sent; server RSS {before:.0f} -> {before + grew:.0f} MB "
            f"({grew:+.1f} MB)  [refused < 1 s, growth < 50 MB: {'met' if ok else 'MISSED'}]"
        )

        cap = args.cache_mb * 1024 * 1024
        done = 0
        peak = 0

        async def scenarios() -> Load:
            nonlocal done, peak
            out = Load()
            reader, writer = await asyncio.open_connection("127.0.0.1", served.port)
            readers = [(reader, writer)]
            for _ in range(1):
                readers.append(await asyncio.open_connection("127.0.0.1", served.port))
            deadline = time.perf_counter() + args.scenario_seconds
            seq = iter(range(args.scenarios))

            async def worker(rw: Any) -> None:
                nonlocal done
                for i in seq:
                    if time.perf_counter() > deadline:
                        return
                    t0 = time.perf_counter()
                    status_code, _ = await _get(
                        rw[0], rw[1], f"/scenario?shares=Lab={20 + i / 1000:.3f},Con=26,RUK=18"
                    )
                    out.lat.append(time.perf_counter() - t0)
                    out.errors += status_code != 200
                    done += 1

            t0 = time.perf_counter()
            await asyncio.gather(*(worker(rw) for rw in readers))
            out.wall = time.perf_counter() - t0
            for _, w in readers:
                w.close()
            return out

        rss0 = _rss_mb(served.proc.pid)
        sc = asyncio.run(scenarios())
        bad += sc.errors
        st = status(served.port)
        peak = st["cache"]["bytes"]
        print(sc.line(f"distinct scenario pages (cap {args.cache_mb} MiB)"))
        print(
            f"  {done} distinct scenarios; cache {peak / 2**20:.2f} MiB in "
            f"{st['cache']['entries']} entries of a {cap / 2**20:.0f} MiB cap; server RSS "
            f"{rss0:.0f} -> {_rss_mb(served.proc.pid):.0f} MB  "
            f"[under the cap: {'met' if peak <= cap else 'MISSED'}"
            f"{'' if done >= args.scenarios else f'; stopped at {args.scenario_seconds:g} s'}]"
        )
        print(f"responses >= 500 or not 200 in all of the above: {bad}")
        print(f"load average {_load()} at the end (1, 5 and 15 minutes)")
    finally:
        served.stop()
        if bare is not None:
            bare.stop()


if __name__ == "__main__":
    main()
