"""Benchmark the foundation: build time and peak memory, seat profile latency.

Targets (issue #2): build under 5 s; seat profile under 20 ms in-process and under 0.5 s as
a CLI process. Run:  .venv/bin/python benchmarks/build.py [--mirror DIR] [--runs N]
Prints medians; the machine is shared, so compare figures from one run.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import median_ms  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def _child_build(db: str, mirror: str) -> str:
    code = (
        "import resource, time; from psephos.store.build import build; "
        f"t = time.perf_counter(); build({db!r}, mirror={mirror!r}); "
        "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--mirror", default=os.environ.get("PSEPHOS_MIRROR", str(REPO.parent / "shared" / "data"))
    )
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="psephos-bench-"))
    db = str(tmp / "bench.duckdb")

    secs, peaks = [], []
    for _ in range(args.runs):  # each build in a fresh process: honest start-up and peak RSS
        t, rss = _child_build(db, args.mirror).split()
        secs.append(float(t))
        peaks.append(int(rss) / 1024)
    secs.sort()
    peaks.sort()
    print(
        f"build from mirror        median {secs[len(secs) // 2]:.2f} s  "
        f"(min {secs[0]:.2f}, max {secs[-1]:.2f}; {args.runs} runs)   target < 5 s"
    )
    print(f"build peak memory (RSS)  median {peaks[len(peaks) // 2]:.0f} MiB")

    from psephos.analysis.seat import seat_profile

    seat_profile("Ilford North", db=db)
    ms = median_ms(lambda: seat_profile("Ilford North", db=db), repeat=200)
    print(
        f"seat profile in-process  median {ms:.1f} ms  (200 calls, warm connection)   "
        "target < 20 ms"
    )
    env = {**os.environ, "PSEPHOS_DB": db}
    exe = str(Path(sys.executable).with_name("psephos"))
    cmd = [exe if Path(exe).exists() else sys.executable, "seat", "Ilford North", "--json"]
    if cmd[0] == sys.executable:
        cmd.insert(1, "-m")
        cmd.insert(2, "psephos.cli")
    cli_ms = median_ms(
        lambda: subprocess.run(cmd, env=env, check=True, capture_output=True), repeat=15
    )
    print(
        f"seat profile CLI process median {cli_ms:.0f} ms  (15 runs, cold process)   "
        "target < 500 ms"
    )
    code = (
        "import sys, time; t = time.perf_counter(); import psephos.cli, psephos.analysis.seat;"
        " print(sorted(m for m in ('pandas', 'statsmodels', 'fastapi', 'altair', 'numpy')"
        " if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    print(f"heavy modules imported by the seat command: {loaded.strip()}")
    import time

    res = time.get_clock_info("perf_counter").resolution
    print(f"timer: time.perf_counter, resolution {res:.0e} s")
    print(
        f"(python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"max RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB)"
    )


if __name__ == "__main__":
    main()
