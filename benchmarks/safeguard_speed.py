"""How the safeguard's time grows with the text: the checks that look at the mentions over a
claim's clause (``area_elsewhere``, ``place_unread``) with the mentions as a plain list
(every mention scanned per claim) and as a :class:`psephos.claims.safeguard.MentionIndex`
(bisected, as the checker passes them).

usage: .venv/bin/python benchmarks/safeguard_speed.py DIR [SIZE_KB ...]

``DIR`` is a folder of saved reports (``benchmarks/safeguard_replay.py``). Their texts are
joined, with their claims and mentions moved to match, until the text is ``SIZE_KB``
kilobytes (default 100, 300, 1000); every simple claim is made to read no area, so both
checks run on every claim (the worst case: in a real report only contradicted claims are
checked). Prints the median of three runs of :func:`psephos.claims.safeguard.reason` over
every claim, per size, and whether the two ways gave the same reasons (the plain list is
timed once, and only up to 300 KB: it grows with claims x mentions).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def joined(folder: Path, size: int) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """A text of at least ``size`` characters made of the saved reports' texts, its claims
    (simple ones, set to read no area) and its mentions, offsets moved."""
    reports = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.json"))
        if not p.name.startswith("_")
    ]
    if not reports:
        raise SystemExit(f"no reports (*.json) in {folder}: write them with safeguard_replay.py")
    text, claims, mentions = "", [], []
    while len(text) < size:
        for r in reports:
            at = len(text)
            text += r["text"] + "\n\n"
            for m in r.get("mentions") or []:
                mentions.append({**m, "start": m["start"] + at, "end": m["end"] + at})
            for c in r["claims"]:
                for leaf in c.get("parts") or [c]:
                    frame = dict(leaf.get("frame") or {})
                    frame["scope"] = {"level": "uk", "how": "no area named: the UK"}
                    claims.append(
                        {
                            **leaf,
                            "start": leaf["start"] + at,
                            "end": leaf["end"] + at,
                            "frame": frame,
                        }
                    )
            if len(text) >= size:
                break
    return text, claims, mentions


def main(argv: list[str]) -> int:
    from psephos.claims import safeguard as sg

    if not argv:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    sizes = [int(x) for x in argv[1:]] or [100, 300, 1000]
    print(f"{'size':>8} {'claims':>7} {'mentions':>9} {'list s':>8} {'index s':>8} same")
    for kb in sizes:
        text, claims, mentions = joined(folder, kb * 1000)
        index = sg.MentionIndex(mentions)
        times: dict[str, list[float]] = {"list": [], "index": []}
        got: dict[str, list[str | None]] = {}
        ways = [("index", index)] * 3 + ([("list", mentions)] if kb <= 300 else [])
        for name, ms in ways:
            t0 = time.perf_counter()
            got[name] = [sg.reason(c, text, ms) for c in claims]
            times[name].append(time.perf_counter() - t0)
        plain = f"{statistics.median(times['list']):>8.2f}" if times["list"] else f"{'-':>8}"
        print(
            f"{len(text) // 1000:>6}KB {len(claims):>7} {len(mentions):>9} {plain} "
            f"{statistics.median(times['index']):>8.2f} "
            f"{got['list'] == got['index'] if 'list' in got else '-'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
