"""Decide and check the answer keys of the claims corpus from the raw official files.

Each story has a function below that states every claim of the story as an anchor, a truth
computed from the raw files (read by `_raw`, csv module only, never psephos code), and the
evidence: the files, rows and arithmetic. `True` is supported, `False` contradicted,
"depends" and None (not_checkable) are given with both readings or the reason.

usage (from the project root):
    python -m tests.claims_corpus.verify_keys            # print every claim, check the keys
    python -m tests.claims_corpus.verify_keys NAME ...   # only these stories
    python -m tests.claims_corpus.verify_keys --write    # (re)write NAME.expected.json

Checking fails (exit 1) when a key on disk differs from the one decided here, or an anchor is
not found exactly once, or two anchors overlap.
"""

from __future__ import annotations

import json
import sys

from ._key import HERE, STORIES, decide


def main(argv: list[str]) -> int:
    from . import stories  # noqa: F401 - registers the story functions

    write = "--write" in argv
    names = [a for a in argv if not a.startswith("--")] or sorted(STORIES)
    bad = 0
    for name in names:
        key = decide(name)
        print(f"== {name}: {len(key.items)} claims")
        for it in key.items:
            print(f"  {it['verdict']:13} {it['anchor']}\n                {it['evidence']}")
        for p in key.problems():
            print(f"  PROBLEM {p}")
            bad += 1
        path = HERE / f"{name}.expected.json"
        if write:
            path.write_text(json.dumps(key.items, indent=2, ensure_ascii=False) + "\n", "utf-8")
        elif not path.exists() or json.loads(path.read_text("utf-8")) != key.items:
            print(f"  PROBLEM {path.name} differs from the key decided here (run --write)")
            bad += 1
    print(f"{len(names)} stories, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
