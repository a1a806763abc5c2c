"""Benchmark the claim checker: the corpus, linear growth with text size, memory, the cap.

Targets (issue 9): a 1 MB story in under 5 s; input above the cap (5 MB) refused in under
1 s with bounded memory. Prints, with time.perf_counter (resolution printed):

- corpus: total in-process time to check every story in ../shared/articles/dev/*.txt and
  tests/claims_corpus/*.txt (warm: gazetteer built once before timing), then the same
  again with the store's facts warm but no evaluation kept (the cost of new stories), and
  the time per distinct frame evaluated;
- growth: for texts of 10 KB, 100 KB and 1 MB (the corpus stories repeated, separated by
  blank lines), the time of extraction alone (typing + frames) and of the whole check, and
  each per KB; the evaluations kept from earlier checks are dropped before each whole
  check, but within one check identical frames are evaluated once, so repeated stories
  cost less to evaluate than new ones would — the extraction figure is the one that shows
  linearity;
- distinct: a text of DISTINCT frames (``--distinct-kb``, default 1 MB): the corpus
  stories again and again, each repeat with its seats renamed to other seats (round the
  whole list of 2010 and 2024 seat names) and its counts shifted (years kept), so nearly
  every claim asks a new question and the memo does not hide the evaluation cost, as in a
  real new story; prints extraction (``read_text``) and the whole check, and the CPU per
  distinct frame evaluated;
- cold: ``psephos check --json`` of the 1 MB distinct text and of the 1 MB repeated text
  as a subprocess (a new interpreter: what a user's ``psephos check big.txt`` pays, with
  every store fact built on first use), wall clock and the child's CPU time
  (``resource.getrusage(RUSAGE_CHILDREN)``);
- start-up: ``psephos check --json`` of one short corpus story in a new process (mostly
  start-up: imports and the store facts), with the facts kept between processes
  (``psephos.store.facts``) off, with an empty cache folder (built and written) and again
  (read back), child CPU; and the output alone: ``report_json`` of the 1 MB distinct
  text's report in this process (round 10);
- peak memory (tracemalloc) of checking the 1 MB text;
- the cap: time to refuse 6 MB of text and /dev/zero through the CLI's reader in this
  process, and through the command line itself (``psephos check``: a new interpreter,
  which reads and refuses before importing the checker).

Every time is printed as wall clock and as this process's CPU time (time.process_time): on
a shared machine the wall clock includes waiting for a core, the CPU time is close to what
a quiet machine takes.

Run:  .venv/bin/python benchmarks/claims.py [--db PATH] [--distinct-kb N] [--cold-only]
(without --db a store is built from ../shared/data into a temporary folder first).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "articles" / "dev"
CORPUS = REPO / "tests" / "claims_corpus"


def stories() -> list[Path]:
    return sorted(DEV.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


def sized(texts: list[str], size: int) -> str:
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        t = texts[i % len(texts)] + "\n\n"
        out.append(t)
        n += len(t.encode())
        i += 1
    return "".join(out)[:size]


def distinct(texts: list[str], size: int, db: str) -> str:
    """``size`` bytes of the stories repeated with seats renamed and counts shifted on every
    repeat after the first (years kept): text whose claims are mostly new questions."""
    from psephos.claims.entities import find_mentions
    from psephos.claims.gazetteer import gazetteer
    from psephos.store.connect import connect

    gaz = gazetteer(connect(db))
    names = sorted(set(gaz.seat_names.values()))
    seats = [
        [(m.start, m.end) for m in find_mentions(t, gaz, election="ge2024") if m.kind == "seat"]
        for t in texts
    ]

    def shift(m: re.Match[str], r: int) -> str:
        v = int(m.group().replace(",", ""))
        if 1900 <= v <= 2030:  # a year: kept, so the claims stay dated
            return m.group()
        v += r if v < 100 else 37 * r
        return f"{v:,}" if "," in m.group() else str(v)

    out: list[str] = []
    n = i = k = 0
    while n < size:
        j, r = i % len(texts), i // len(texts)
        t = texts[j]
        if r:
            parts, last = [], 0
            for a, b in seats[j]:
                parts += [t[last:a], names[k % len(names)]]
                k, last = k + 7, b
            t = "".join([*parts, t[last:]])
            t = re.sub(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b", lambda m, r=r: shift(m, r), t)
        t += "\n\n"
        out.append(t)
        n += len(t.encode())
        i += 1
    return "".join(out)[:size]


def cold_check(exe: Path, story: Path, db: str, **env_extra: str) -> tuple[float, float, int]:
    """(wall s, CPU s of the child, exit code) of ``psephos check --json STORY`` in a new
    process reading the store ``db`` (``env_extra``: more environment variables)."""
    env = {**os.environ, "PSEPHOS_DB": str(db), **env_extra}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    res = subprocess.run(
        [str(exe), "check", "--json", str(story)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
    )
    took = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu, res.returncode


def cold_lines(texts: list[str], size: int, db: str, tmp: Path) -> None:
    """The cold lines alone: ``psephos check --json`` in a new process of ``size`` bytes of
    distinct text and of 1 MB of the stories repeated, with the load average around each
    (on a shared machine the wall clock is mostly waiting for a core)."""
    exe = Path(sys.executable).with_name("psephos")
    for what, body in (
        (f"distinct frames, {size / 1024:.0f} KB", distinct(texts, size, db)),
        ("corpus repeated, 1024 KB", sized(texts, 1024 * 1024)),
    ):
        story = tmp / "cold.txt"
        story.write_text(body, encoding="utf-8")
        load = os.getloadavg()[0]
        took, cpu, code = cold_check(exe, story, db)
        print(
            f"cold `psephos check --json` (new process), {what}: {took:.2f} s wall, "
            f"CPU {cpu:.2f} s (exit {code}; load average {load:.1f} -> {os.getloadavg()[0]:.1f})",
            flush=True,
        )


def startup_lines(story: Path, db: str, tmp: Path) -> None:
    """A short story's cold check with the kept facts off, built and written, read back."""
    exe = Path(sys.executable).with_name("psephos")
    cache = tmp / "startup-cache"
    for what, env in (
        ("facts off", {"PSEPHOS_FACTS": "0"}),
        ("facts built and written", {"PSEPHOS_CACHE": str(cache)}),
        ("facts read back", {"PSEPHOS_CACHE": str(cache)}),
    ):
        load = os.getloadavg()[0]
        took, cpu, code = cold_check(exe, story, db, **env)
        print(
            f"start-up: `psephos check --json {story.name}` (new process), {what}: "
            f"{took:.2f} s wall, CPU {cpu:.2f} s (exit {code}; load average {load:.1f})",
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None)
    ap.add_argument("--mirror", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument(
        "--distinct-kb", type=int, default=1024, help="size of the distinct-frames text (KB)"
    )
    ap.add_argument(
        "--cold-only",
        action="store_true",
        help="only the two cold lines (1 MB distinct and repeated, each in a new process)",
    )
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or os.environ.get("PSEPHOS_DB")
    if db is None:
        from psephos.store.build import build

        db = str(Path(tmp.name) / "psephos.duckdb")
        build(db, mirror=args.mirror, cache=Path(tmp.name) / "cache")

    from psephos.claims import check_text
    from psephos.claims.check import MAX_BYTES, _evaluations, _frame_key, read_bounded, read_text
    from psephos.claims.entities import find_mentions
    from psephos.claims.extract import find_frames, tag
    from psephos.claims.gazetteer import gazetteer
    from psephos.errors import InputError
    from psephos.store.connect import connect

    files = stories()
    texts = [p.read_text(encoding="utf-8") for p in files]
    if args.cold_only:
        startup_lines(files[0], db, Path(tmp.name))
        cold_lines(texts, args.distinct_kb * 1024, db, Path(tmp.name))
        tmp.cleanup()
        return
    check_text(texts[0], db=db)  # warm: gazetteer and store facts
    evaluations = _evaluations(connect(db))
    evaluations.clear()
    t, c = time.perf_counter(), time.process_time()
    claims = 0
    for text in texts:
        claims += len(check_text(text, db=db).claims)
    total, cpu = time.perf_counter() - t, time.process_time() - c
    kb = sum(len(x.encode()) for x in texts) / 1024
    print(
        f"corpus: {len(files)} stories, {kb:.1f} KB, {claims} claims, total {total:.2f} s "
        f"(CPU {cpu:.2f} s)"
    )
    evaluations.clear()
    t, c = time.perf_counter(), time.process_time()
    reports = [check_text(text, db=db) for text in texts]
    again, cpu = time.perf_counter() - t, time.process_time() - c
    frames = len({_frame_key(c.claim.frame) for r in reports for c in r.claims if c.claim.frame})
    print(
        f"corpus again, store facts warm, no evaluation kept: {again:.2f} s (CPU {cpu:.2f} s; "
        f"{frames} distinct frames, {cpu / max(frames, 1) * 1000:.1f} ms CPU per frame "
        f"including extraction)"
    )

    gaz = gazetteer(connect(db))

    def extract(text: str) -> int:
        doc = tag(text, find_mentions(text, gaz, election="ge2024"), gaz)
        return sum(1 for _ in find_frames(doc))

    for size in (10 * 1024, 100 * 1024, 1024 * 1024):
        text = sized(texts, size)
        t, c = time.perf_counter(), time.process_time()
        n = extract(text)
        ex, ex_cpu = time.perf_counter() - t, time.process_time() - c
        evaluations.clear()
        t, c = time.perf_counter(), time.process_time()
        check_text(text, db=db)
        full, full_cpu = time.perf_counter() - t, time.process_time() - c
        k = size / 1024
        print(
            f"{k:>6.0f} KB: extraction {ex:.2f} s, CPU {ex_cpu:.2f} s "
            f"({ex_cpu / k * 1000:.2f} ms/KB CPU, {n} frames); whole check {full:.2f} s, "
            f"CPU {full_cpu:.2f} s ({full_cpu / k * 1000:.2f} ms/KB CPU)"
        )

    size = args.distinct_kb * 1024
    text = distinct(texts, size, db)
    t, c = time.perf_counter(), time.process_time()
    reading = read_text(text, db=db)
    ex, ex_cpu = time.perf_counter() - t, time.process_time() - c
    frames = len({_frame_key(x.frame) for x in reading.claims if x.frame})
    evaluations.clear()
    t, c = time.perf_counter(), time.process_time()
    report = check_text(text, db=db)
    full, full_cpu = time.perf_counter() - t, time.process_time() - c
    k = size / 1024
    print(
        f"distinct frames, {k:.0f} KB ({len(report.claims)} claims, {frames} distinct frames): "
        f"extraction {ex:.2f} s, CPU {ex_cpu:.2f} s; whole check {full:.2f} s, CPU "
        f"{full_cpu:.2f} s ({full_cpu / k * 1000:.2f} ms/KB CPU; evaluation "
        f"{max(full_cpu - ex_cpu, 0) / max(frames, 1) * 1000:.2f} ms CPU per distinct frame)"
    )

    exe = Path(sys.executable).with_name("psephos")
    if exe.exists():
        for what, body in (
            (f"distinct frames, {k:.0f} KB", text),
            ("corpus repeated, 1024 KB", sized(texts, 1024 * 1024)),
        ):
            story = Path(tmp.name) / "cold.txt"
            story.write_text(body, encoding="utf-8")
            took, cpu, code = cold_check(exe, story, db)
            print(
                f"cold `psephos check --json` (new process), {what}: {took:.2f} s wall, "
                f"CPU {cpu:.2f} s (exit {code})"
            )

    from psephos.claims.report_json import report_json

    report = check_text(text, db=db)
    t, c = time.perf_counter(), time.process_time()
    size = len(report_json(report))
    print(
        f"output: report_json of the distinct text's report ({size / 2**20:.0f} MB): "
        f"{time.perf_counter() - t:.2f} s (CPU {time.process_time() - c:.2f} s)"
    )
    startup_lines(files[0], db, Path(tmp.name))

    text = sized(texts, 1024 * 1024)
    evaluations.clear()
    tracemalloc.start()
    check_text(text, db=db)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory (tracemalloc) checking 1 MB: {peak / 2**20:.1f} MB")

    big = io.BytesIO(b"a" * (6 * 1024 * 1024))
    t = time.perf_counter()
    with contextlib.suppress(InputError):
        read_bounded(big, "6 MB text")
    print(f"refuse 6 MB (cap {MAX_BYTES // 2**20} MB): {(time.perf_counter() - t) * 1000:.1f} ms")
    if Path("/dev/zero").exists():
        t = time.perf_counter()
        with open("/dev/zero", "rb") as fh, contextlib.suppress(InputError):
            read_bounded(fh, "/dev/zero")
        print(f"refuse /dev/zero: {(time.perf_counter() - t) * 1000:.1f} ms")
    if exe.exists():
        six = Path(tmp.name) / "six-mb.txt"
        six.write_bytes(b"Labour won 411 seats. " * (6 * 1024 * 1024 // 22 + 1))
        for what, cmd, stdin in (
            ("6 MB file", [str(exe), "check", str(six)], None),
            ("6 MB on stdin", [str(exe), "check", "-"], six),
            ("/dev/zero", [str(exe), "check", "/dev/zero"], None),
        ):
            if what == "/dev/zero" and not Path("/dev/zero").exists():
                continue
            t = time.perf_counter()
            with open(stdin or os.devnull, "rb") as fh:
                res = subprocess.run(cmd, stdin=fh, capture_output=True, check=False)
            took = time.perf_counter() - t
            print(
                f"CLI refuses {what}: {took * 1000:.0f} ms wall (exit {res.returncode}, "
                "new interpreter included)"
            )
    print(
        f"timer: time.perf_counter, resolution {time.get_clock_info('perf_counter').resolution:.0e} s"
    )
    tmp.cleanup()


if __name__ == "__main__":
    main()
