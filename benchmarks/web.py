"""Bounded load test of the web app on loopback: seat JSON and map page latency and throughput.

Run:  .venv/bin/python benchmarks/web.py [--db PATH] [--requests 2000] [--seconds 15]
          [--concurrency 8]

The server runs in its own process (uvicorn, one worker, 127.0.0.1, a free port) so the
client does not share its interpreter. The client is a minimal HTTP/1.1 keep-alive client
on asyncio streams (a full client such as httpx costs more CPU per request than the server
does, and both share the same 2 cores). Each scenario first warms up (one request per URL,
which fills the per-build caches), then sends a fixed number of requests from
``--concurrency`` connections, stopping early at ``--seconds``. It prints the median
(p50) and 99th percentile (p99) latency and the requests per second. Timing uses
``time.perf_counter`` (sub-microsecond resolution on Linux); latencies are printed in ms
to 0.01 ms.

Targets (issue #5): seat JSON p50 < 20 ms and >= 300 requests/s on 2 cores; map page
p50 < 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEATS = ["E14001300", "E14001301", "S14000107", "W07000081", "N05000001", "E14001063"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str
) -> int:
    """One HTTP/1.1 keep-alive GET; returns the status (body read and discarded)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        int(v) for k, _, v in (x.partition(":") for x in lines[1:]) if k.lower() == "content-length"
    )
    await reader.readexactly(length)
    return status


async def _load(port: int, urls: list[str], total: int, seconds: float, conc: int) -> dict:
    """``total`` GETs (at most ``seconds``) from ``conc`` keep-alive connections."""
    lat: list[float] = []
    errors = 0
    host = f"127.0.0.1:{port}"
    counter = iter(range(total))

    async def worker(warm: bool) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            if warm:
                for u in urls:
                    await _get(reader, writer, host, u)
                return
            for i in counter:
                if time.perf_counter() > deadline:
                    return
                t0 = time.perf_counter()
                status = await _get(reader, writer, host, urls[i % len(urls)])
                lat.append(time.perf_counter() - t0)
                errors += status != 200
        finally:
            writer.close()

    await worker(warm=True)
    deadline = time.perf_counter() + seconds
    t0 = time.perf_counter()
    await asyncio.gather(*(worker(warm=False) for _ in range(conc)))
    wall = time.perf_counter() - t0
    lat.sort()
    return {
        "n": len(lat),
        "errors": errors,
        "p50_ms": 1000 * statistics.median(lat),
        "p99_ms": 1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))],
        "rps": len(lat) / wall,
        "wall_s": wall,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--concurrency", type=int, default=4)
    args = ap.parse_args()
    db = _store(args.db)
    port = _free_port()
    code = (
        "import uvicorn, sys; from psephos.web import create_app; "
        f"uvicorn.run(create_app({db!r}), host='127.0.0.1', port={port}, "
        "log_level='warning', access_log=False)"
    )
    server = subprocess.Popen([sys.executable, "-c", code])
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(200):
            try:
                httpx.get(base + "/sources.json", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        print(
            f"psephos web load test: {base}, {os.cpu_count()} CPUs, "
            f"{args.requests} requests max, {args.seconds:g} s max, "
            f"concurrency {args.concurrency}; timer resolution "
            f"{time.get_clock_info('perf_counter').resolution * 1e9:.0f} ns"
        )
        scenarios = [
            ("seat JSON /seat/{code}.json", [f"/seat/{s}.json" for s in SEATS], 20.0, 300.0),
            (
                "map page /map",
                ["/map", "/map?metric=majority", "/map?metric=change:Lab"],
                100.0,
                None,
            ),
        ]
        for name, urls, p50_target, rps_target in scenarios:
            res = asyncio.run(_load(port, urls, args.requests, args.seconds, args.concurrency))
            ok = res["p50_ms"] < p50_target and (rps_target is None or res["rps"] >= rps_target)
            target = f"p50 < {p50_target:g} ms" + (
                f", >= {rps_target:g} req/s" if rps_target else ""
            )
            print(
                f"{name:30s} n={res['n']:5d} errors={res['errors']} "
                f"p50={res['p50_ms']:7.2f} ms  p99={res['p99_ms']:7.2f} ms  "
                f"{res['rps']:7.1f} req/s  [{target}: {'met' if ok else 'MISSED'}]"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
