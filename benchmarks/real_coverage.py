"""Run the claim checker over a folder of published excerpts and count its "false" verdicts.

Published election coverage is mostly right, so every ``contradicted`` the checker gives on
real copy is a likely wrong contradiction (or, rarely, a real error in the copy). This script
measures how often that happens on text the checker has never seen (issue 9, round 7).

The excerpts are NOT part of the repository (they are other people's copyright): collect
them yourself, one excerpt per ``*.txt`` file, the first line the address it came from, the
rest the excerpt as published. Prints:

- excerpts, claims and verdict counts, and ``contradicted`` per 100 excerpts;
- the contradicted claims by rule (``params.rule``) and by measure (``frame.measure``);
- the numbers no claim used, by reason (``unexamined``), per 100 excerpts: what the checker
  misses;
- with ``--tsv FILE``, one row per contradicted claim (excerpt, address, sentence, rule,
  measure, election, stated, actual) for triage; with ``--supported`` the supported claims
  too (to look for frames that were misread but happened to match).

Run:  .venv/bin/python benchmarks/real_coverage.py DIR [--db PATH] [--tsv FILE] [--supported]
      (``--db`` defaults to ``$PSEPHOS_DB``; build a store with ``psephos build`` first).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any


def _load(path: Path) -> tuple[str, str]:
    """(address, excerpt) of one file: the first line is the address, the rest the text."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    address, _, body = raw.partition("\n")
    return address.strip(), body.strip()


def _actual(claim: dict[str, Any]) -> str:
    """What the store holds, as the evidence displays it (first reading per verdict)."""
    shown = [e.get("display") or str(e.get("value")) for e in claim.get("evidence") or []]
    return " | ".join(s for s in shown if s)[:300]


def _leaves(claim: dict[str, Any]) -> list[dict[str, Any]]:
    return claim["parts"] or [claim]


def sweep(folder: Path, db: str | None) -> dict[str, Any]:
    """Check every excerpt in ``folder``; return the counts and the rows to triage."""
    from psephos.claims import check_text

    files = sorted(folder.glob("*.txt"))
    verdicts: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    by_measure: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    rows: list[dict[str, str]] = []
    with_false = 0
    t0 = time.perf_counter()
    for path in files:
        address, text = _load(path)
        if not text:
            continue
        report = check_text(text, db=db).to_dict()
        any_false = False
        for claim in report["claims"]:
            verdicts[claim["verdict"]] += 1
            for leaf in _leaves(claim):
                if leaf["verdict"] not in ("contradicted", "supported"):
                    continue
                frame = leaf.get("frame") or {}
                rule = (leaf.get("params") or {}).get("rule", "")
                if leaf["verdict"] == "contradicted":
                    any_false = True
                    by_rule[rule] += 1
                    by_measure[str(frame.get("measure"))] += 1
                rows.append(
                    {
                        "excerpt": path.stem,
                        "address": address,
                        "verdict": leaf["verdict"],
                        "sentence": " ".join(claim["text"].split())[:400],
                        "rule": rule,
                        "measure": str(frame.get("measure")),
                        "election": str(
                            ((leaf.get("params") or {}).get("election") or {}).get("id")
                        ),
                        "stated": str((leaf.get("stated") or {}).get("text", "")),
                        "actual": _actual(leaf),
                        "explanation": " ".join(str(leaf.get("explanation", "")).split())[:300],
                    }
                )
        with_false += any_false
        for u in report["unexamined"]:
            missed[u["reason"]] += 1
    return {
        "files": len(files),
        "seconds": time.perf_counter() - t0,
        "verdicts": verdicts,
        "by_rule": by_rule,
        "by_measure": by_measure,
        "missed": missed,
        "with_false": with_false,
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="folder of *.txt excerpts (first line: address)")
    ap.add_argument("--db", default=None, help="store (default: $PSEPHOS_DB)")
    ap.add_argument("--tsv", type=Path, default=None, help="write the claims to triage here")
    ap.add_argument("--supported", action="store_true", help="also write supported claims")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: not a folder; give a folder of *.txt excerpts", file=sys.stderr)
        return 2
    out = sweep(args.folder, args.db)
    n = max(out["files"], 1)
    v = out["verdicts"]
    false = sum(out["by_rule"].values())
    print(f"excerpts {out['files']}  claims {sum(v.values())}  ({out['seconds']:.0f} s)")
    print("verdicts: " + ", ".join(f"{k} {v[k]}" for k in sorted(v)))
    print(
        f"contradicted (simple claims) {false} = {100 * false / n:.1f} per 100 excerpts; "
        f"excerpts with any: {out['with_false']} ({100 * out['with_false'] / n:.1f}%)"
    )
    print("\ncontradicted by rule:")
    for rule, k in out["by_rule"].most_common():
        print(f"  {k:4d}  {rule}")
    print("\ncontradicted by measure:")
    for measure, k in out["by_measure"].most_common():
        print(f"  {k:4d}  {measure}")
    print("\nnumbers no claim used, by reason (per 100 excerpts):")
    for reason, k in out["missed"].most_common(15):
        print(f"  {k:5d} ({100 * k / n:6.1f})  {reason}")
    if args.tsv:
        keep = [r for r in out["rows"] if args.supported or r["verdict"] == "contradicted"]
        with args.tsv.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(
                fh, fieldnames=list(keep[0]) if keep else ["excerpt"], delimiter="\t"
            )
            w.writeheader()
            w.writerows(keep)
        print(f"\n{len(keep)} rows written to {args.tsv}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
