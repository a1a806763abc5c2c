"""Benchmark the claim checker on the article in shared/articles.

Target (issue #6): checking the article takes under 2 s including start-up. Prints the
median wall time of `psephos check ARTICLE --json` as a fresh process (start-up, imports,
store open, gazetteer build, checks), and the median in-process time once warm.
Run:  .venv/bin/python benchmarks/claims.py [--db PATH] [--runs N]
(without --db a store is built from ../shared/data into a temporary folder first).
Timer: time.perf_counter (resolution printed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import median_ms  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO.parent / "shared" / "articles" / "ilford-north-the-national-2024-07.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None)
    ap.add_argument("--mirror", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--article", default=str(ARTICLE))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db
    if db is None:
        from psephos.store.build import build

        db = str(Path(tmp.name) / "psephos.duckdb")
        build(db, mirror=args.mirror, cache=Path(tmp.name) / "cache")
    exe = str(Path(sys.executable).with_name("psephos"))
    env = {**os.environ, "PSEPHOS_DB": db}
    times = []
    for _ in range(args.runs + 1):
        t = time.perf_counter()
        subprocess.run(
            [exe, "check", args.article, "--json"], check=True, env=env, stdout=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - t)
    cold = statistics.median(times[1:])

    from psephos.claims import check_file

    report = check_file(args.article, db=db)
    warm = median_ms(lambda: check_file(args.article, db=db), repeat=args.runs)
    res = time.get_clock_info("perf_counter").resolution
    print(f"claims found: {len(report.claims)}  verdicts: {report.counts}")
    print(
        f"psephos check (new process, incl. start-up): median {cold:.3f} s over {args.runs} "
        f"runs; target < 2 s; ratio to target {cold / 2:.2f}"
    )
    print(f"check_file in-process (warm): median {warm:.1f} ms over {args.runs} runs")
    print(f"timer: time.perf_counter, resolution {res:.0e} s")
    tmp.cleanup()


if __name__ == "__main__":
    main()
