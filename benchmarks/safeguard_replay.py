"""Save the checker's report (the ``psephos check --json`` shape) on each story, for
``benchmarks/safeguard_score.py`` to score and to replay the safeguard on.

Whichever ``psephos`` is first on the path does the checking, so an old checker is run
from a detached checkout of its commit with this project's virtualenv::

    git worktree add --detach /tmp/old-SHA SHA
    PYTHONPATH=/tmp/old-SHA/src PSEPHOS_DB=/tmp/old-SHA/psephos.duckdb \\
        .venv/bin/python -m psephos.cli build          # that checker's own store
    PYTHONPATH=/tmp/old-SHA/src PSEPHOS_DB=/tmp/old-SHA/psephos.duckdb \\
        .venv/bin/python benchmarks/safeguard_replay.py --out /tmp/reports/b3 \\
        --merge d87fbe9                                 # the batch that merge added

``--merge M`` takes the stories the merge commit M added (``git diff --name-only M^1 M --
tests/claims_corpus/*.txt``), read from this worktree (the texts as they are now, keyed
by their final ``.expected.json``); any other arguments are story files. Each report is
written as ``OUT/<story>.json``; the checker that wrote them is named in ``OUT/_meta.json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def batch_stories(merge: str) -> list[Path]:
    """The corpus stories merge commit ``merge`` added (by name, read from this tree)."""
    out = subprocess.run(
        ["git", "diff", "--name-only", f"{merge}^1", merge, "--", "tests/claims_corpus/*.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [ROOT / name for name in out]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path, help="folder for the JSON reports")
    ap.add_argument("--merge", action="append", default=[], help="a batch's merge commit")
    ap.add_argument("stories", nargs="*", type=Path, help="story .txt files")
    args = ap.parse_args(argv)
    stories = [p for m in args.merge for p in batch_stories(m)] + list(args.stories)
    if not stories:
        ap.error("give --merge COMMIT or story files")
    import psephos
    from psephos.claims.check import check_text

    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    for p in stories:
        report = check_text(p.read_text(encoding="utf-8"))
        (args.out / f"{p.stem}.json").write_text(
            json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8"
        )
    meta = {"checker": str(Path(psephos.__file__).parent), "stories": [str(p) for p in stories]}
    (args.out / "_meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    print(f"{len(stories)} reports in {args.out} ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
