"""Benchmarks for psephos.models: run ``python benchmarks/models.py [--db PATH]``.

Prints medians for (1) one deterministic projection of 650 seats (the swing models and the
fitted seat model, already fitted), (2) 10,000 Monte Carlo draws on 1 and 2 threads and
(3) peak memory for 1,000 and 1,000,000 draws, each beside a naive per-draw Python loop on
the same input (run on fewer draws and scaled), as the ratio to beat.
Targets (issue 10): (1) fitted < 20 ms, (2) < 1 s and >= 50x the naive loop, (3) < 1 GB.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

import numpy as np

TARGETS = {"GB": {"Lab": 30.0, "Con": 28.0, "RUK": 18.0, "LD": 12.0, "Green": 7.0}}


def _diff_sd(mc) -> float:
    return float(np.sqrt(2 * (mc.NATIONAL_SD**2 + mc.REGIONAL_SD**2 + mc.SEAT_SD**2)))


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def naive_projection(
    shares: list[list[float]], weights: list[float], targets: list[float], n_local: int
) -> list[int]:
    """UNS and winners with plain Python loops (the ratio to beat)."""
    p = len(targets)
    total = sum(weights)
    base = [
        sum(w * row[j] for w, row in zip(weights, shares, strict=True)) / total for j in range(p)
    ]
    winners = []
    for row in shares:
        new = [max(0.0, row[j] + targets[j] - base[j]) for j in range(p)] + row[p : p + n_local]
        winners.append(max(range(len(new)), key=new.__getitem__))
    return winners


def naive_draws(
    x: np.ndarray, seat: np.ndarray, n_seats: int, draws: int, sd: float, seed: int
) -> list[list[int]]:
    """Per-draw Python loop over seats and candidates (seat noise only: already slower)."""
    import random

    rnd = random.Random(seed)
    xs, ss = x.tolist(), seat.tolist()
    out = []
    for _ in range(draws):
        best = [-1e9] * n_seats
        arg = [0] * n_seats
        for m, (xm, s) in enumerate(zip(xs, ss, strict=True)):
            y = xm + rnd.gauss(0.0, sd)
            if y > best[s]:
                best[s], arg[s] = y, m
        out.append(arg)
    return out


def peak_child(db: str | None, draws: int) -> float:
    """Peak resident memory (MB) of a fresh process running ``draws`` draws."""
    code = (
        "import resource, sys\n"
        "from psephos.models import project\n"
        f"project({TARGETS!r}, sims={draws}, seed=1, db={db!r})\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=os.environ.get("PSEPHOS_DB"))
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()

    from psephos.models import montecarlo, project
    from psephos.models import targets as tg
    from psephos.models.base import load_base
    from psephos.models.project import known_parties, project_shares

    db = args.db
    clean = tg.normalise_targets(TARGETS, known_parties(db))
    base = load_base("ge2024", db=db)
    plan = tg.plan(base, clean)
    project(TARGETS, db=db)  # warm the caches

    print(f"psephos.models benchmarks (median of {args.repeat}; {os.cpu_count()} CPUs)")
    # 1. deterministic projection
    from psephos.models.fitted import fitted_for

    t = time.perf_counter()
    fitted_for(db=db)
    print(
        f"  fitting the seat model on every pair (once, cached): {time.perf_counter() - t:6.2f} s"
    )
    from psephos.models.stack import blend_choice

    t = time.perf_counter()
    w = blend_choice(db=db).weight
    print(
        f"  stacking weight on every pair (once, cached; w = {w}): {time.perf_counter() - t:6.2f} s"
    )
    for model in ("uns", "stm", "fitted"):
        t_vec = _median(
            lambda m=model: project_shares(base, plan, m, db=db).argmax(axis=1), args.repeat
        )
        print(f"  projection 650 seats, {model:<6} shares+winners: {t_vec * 1e3:8.3f} ms")
    t_full = _median(lambda: project(TARGETS, db=db), args.repeat)
    print(f"  project() end to end (targets, cells, seats):  {t_full * 1e3:8.3f} ms")
    cell = plan.cells[0]
    sh = np.concatenate([base.shares, base.local_shares], axis=1)[cell.mask].tolist()
    w = base.valid_votes[cell.mask].tolist()
    t_naive = _median(
        lambda: naive_projection(sh, w, list(cell.targets), base.local_votes.shape[1]), args.repeat
    )
    t_uns = _median(lambda: project_shares(base, plan, "uns").argmax(axis=1), args.repeat)
    print(
        f"  naive Python loop, uns:                        {t_naive * 1e3:8.3f} ms"
        f"  (vectorised is {t_naive / t_uns:.1f}x faster)"
    )

    # 2. Monte Carlo
    proj = project(TARGETS, db=db)
    v = base.valid_votes
    nat = montecarlo.own_area_shares(proj.shares[:, : len(base.parties)], v)
    _, region_id = np.unique(base.region, return_inverse=True)
    slots = montecarlo.pack(
        proj.shares, len(base.parties), proj.label_of, region_id, nat, len(proj.labels)
    )
    pruned_n = montecarlo.prune(slots, _diff_sd(montecarlo)).x.shape[0]
    for workers in (1, 2):
        t_mc = _median(
            lambda wk=workers: montecarlo.simulate(slots, 10_000, seed=1, workers=wk),
            max(3, args.repeat // 2),
        )
        print(
            f"  Monte Carlo 10,000 draws, {workers} thread(s):          {t_mc:8.3f} s"
            f"  ({pruned_n} of {slots.x.shape[0]} candidate slots drawn)"
        )
    # the back-tests also draw a shape error (one slope per draw and party)
    from psephos.models.project import shape_dev

    dev = shape_dev(proj.shares, len(base.parties), v, base.region)
    shaped = montecarlo.pack(
        proj.shares, len(base.parties), proj.label_of, region_id, nat, len(proj.labels), dev
    )
    t_shape = _median(
        lambda: montecarlo.simulate(shaped, 10_000, seed=1, shape_sd=1.0, workers=2),
        max(3, args.repeat // 2),
    )
    print(f"  Monte Carlo 10,000 draws, 2 threads, shape error:  {t_shape:8.3f} s")
    n_naive = 200
    pruned = montecarlo.prune(slots, _diff_sd(montecarlo))
    t_nv = _median(
        lambda: naive_draws(
            pruned.x, pruned.seat, pruned.n_seats, n_naive, montecarlo.SEAT_SD / 100, 1
        ),
        3,
    )
    per_draw = t_nv / n_naive
    print(
        f"  naive per-draw Python loop (same slots, seat noise only): {per_draw * 1e3:.3f} ms/draw -> 10,000 draws "
        f"{per_draw * 1e4:.2f} s  (vectorised is {per_draw * 1e4 / t_mc:.0f}x faster)"
    )

    # 3. memory
    if not args.skip_memory:
        t = time.perf_counter()
        small = peak_child(db, 1_000)
        big = peak_child(db, 1_000_000)
        took = time.perf_counter() - t
        print(f"  peak RSS, 1,000 draws:      {small:8.1f} MB")
        print(
            f"  peak RSS, 1,000,000 draws:  {big:8.1f} MB  (both runs {took:.1f} s; "
            f"chunks of {montecarlo.CHUNK} draws)"
        )
        naive_mb = 1_000_000 * slots.x.shape[0] * 8 / 2**20
        print(
            f"  naive: keeping all draws x slots as float64 would need {naive_mb:,.0f} MB "
            f"({naive_mb / big:.0f}x)"
        )
    print(
        f"  (ru_maxrss of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
    )


if __name__ == "__main__":
    main()
