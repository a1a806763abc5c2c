"""Latency of a ranking and a regression over the 650 seats of 2024, in process.

Run:  .venv/bin/python benchmarks/analysis.py [--db PATH] [--repeat N]
Without --db (or $PSEPHOS_DB) it builds a store from the mirror into a temporary folder.
Prints the median, min and max of N warm calls (after one cold call, which also reads the
store into the per-process cache) and the timer resolution. Target: under 50 ms each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def _time(fn, repeat: int) -> tuple[float, list[float]]:
    start = time.perf_counter()
    fn()
    cold = time.perf_counter() - start
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return cold, runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("PSEPHOS_DB"))
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    db = args.db
    if not db:
        from psephos.store.build import build

        mirror = os.environ.get("PSEPHOS_MIRROR") or str(
            Path(__file__).resolve().parents[1].parent / "shared" / "data"
        )
        db = str(Path(tempfile.mkdtemp()) / "bench.duckdb")
        build(db, mirror=mirror)

    from psephos.analysis.rank import rank
    from psephos.analysis.relate import relate

    cases = {
        "rank majority (650 seats, all rows)": lambda: rank("majority", top=None, db=db),
        "rank majority where second=Ind, ascending": lambda: rank(
            "majority", where=["second=Ind"], ascending=True, db=db
        ),
        "rank change:Lab where country=England,Wales": lambda: rank(
            "change:Lab", where=["country=England,Wales"], top=None, db=db
        ),
        "relate change:Lab ~ census:Muslim (E&W, 575 seats)": lambda: relate(
            "change:Lab", "census:Muslim", where="country=England,Wales", db=db
        ),
        "relate majority_share ~ census:Muslim (GB, 632 seats)": lambda: relate(
            "majority_share", "census:Muslim", db=db
        ),
    }
    print(
        f"timer resolution: {time.get_clock_info('perf_counter').resolution * 1e9:.0f} ns; "
        f"{args.repeat} warm runs each"
    )
    print(f"{'case':<56} {'cold ms':>8} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name, fn in cases.items():
        cold, runs = _time(fn, args.repeat)
        med = statistics.median(runs)
        flag = "ok" if med < 0.050 else "SLOW"
        print(
            f"{name:<56} {cold * 1e3:8.1f} {med * 1e3:10.2f} {min(runs) * 1e3:8.2f} "
            f"{max(runs) * 1e3:8.2f}  {flag}"
        )


if __name__ == "__main__":
    main()
