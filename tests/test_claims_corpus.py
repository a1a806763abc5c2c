"""The claim checker on every keyed story: ../shared/articles/dev/*.txt and
tests/claims_corpus/*.txt (each with a ``.expected.json`` key, format in
../shared/articles/dev/README.md).

Scored as ../shared/tools/score_claims.py scores them (a checker claim answers a key when
their character spans overlap; a claim no key covers counts only if it is contradicted):

- on every story, nothing true is contradicted (the issue's bar: 0 wrongly contradicted);
- over the whole corpus, the share of checkable claims found and of verdicts right stay
  above floors set a little under the measured figures (docs/claims.md, "Corpus scores").

No story is skipped silently: a story without its key, or a key whose anchor is not in the
story exactly once, fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DIRS = [REPO.parent / "shared" / "articles" / "dev", REPO / "tests" / "claims_corpus"]
STORIES = sorted(p for d in DIRS for p in d.glob("*.txt"))

#: Corpus-wide floors (measured figures in docs/claims.md, less a margin).
# Measured at the round-5 merge (2026-11-30 21:31 UTC) over all 73 stories (8 dev + 65
# corpus, of which the newest 21 are the fifth and sixth held-out batches, the sixth scored
# blind at the merge): found 1540/1715 = 0.898, right 1119/1715 = 0.652, wrongly
# contradicted 0. The first 52 stories alone: found 1093/1178 = 0.928, right 847/1178 =
# 0.719 (round-4 merge: 1063/1178 = 0.902, 787/1178 = 0.668). The floors fell because the
# corpus grew by 21 harder, unseen stories, not because any story's score fell.
# Round 6 (2026-11-30 23:53 UTC, the claims worktree with all three roles' work, in-process
# scorer): found 1551/1715 = 0.904, right 1172/1715 = 0.683, wrongly contradicted 0.
# Round-6 merge (2026-12-01 00:33 UTC) over all 95 stories (8 dev + 87 corpus, of which the
# newest 22 are the seventh and eighth held-out batches, the eighth scored blind): found
# 1963/2247 = 0.874, right 1427/2247 = 0.635, wrongly contradicted 0; the first 73 alone:
# found 1551/1715 = 0.904, right 1179/1715 = 0.687. The floors fell because 22 harder,
# unseen stories joined, not because any story's score fell.
# Round 7 (2026-12-01 02:49 UTC, the claims8 worktree with EXTRACT's and EVALUATE's work,
# in-process scorer, 95 stories): found 1976/2247 = 0.879, right 1453/2247 = 0.647, wrongly
# contradicted 0.
# Round-7 merge (2026-12-01 03:15 UTC) over all 107 stories (the ninth held-out batch of 12
# joined, scored blind on main first): found 2215/2543 = 0.871, right 1616/2543 = 0.635,
# wrongly contradicted 0; the 95 earlier stories alone: found 1976/2247 = 0.879, right
# 1461/2247 = 0.650. RIGHT_FLOOR went back to 0.63 because the 12 harder stories joined.
# Round 8 (2026-12-01 05:38 UTC, the claims9 worktree with EXTRACT's and EVALUATE's work,
# in-process scorer, 107 stories): found 2225/2543 = 0.875, right 1633/2543 = 0.642, wrongly
# contradicted 0; RIGHT_FLOOR 0.635 (a little under).
# Round-8 merge (2026-12-01 06:10 UTC) over all 117 stories (the tenth held-out batch of 10
# joined, scored blind on main first: found 203/261, right 106/261, 19 wrongly
# contradicted): found 2431/2804 = 0.867, right 1745/2804 = 0.622, wrongly contradicted 0;
# the 107 earlier stories alone: found 2226/2543 = 0.875, right 1633/2543 = 0.642. The
# floors fell because 10 harder, unseen stories joined, not because any story's score fell.
# Round-9 merge (2026-12-02 08:00 UTC) over all 127 stories (the eleventh held-out batch of
# 10 joined, scored blind on main first: found 221/248, right 131/248, 12 wrongly
# contradicted): found 2687/3052 = 0.880, right 1998/3052 = 0.655, wrongly contradicted 0;
# the 117 earlier stories alone: found 2457/2804 = 0.876, right 1834/2804 = 0.654. The
# floors rose because every branch's classes raised the earlier stories and the merge's
# fixes the new batch; a little under the measured figures.
# Round-10 merge (2026-12-02 12:00 UTC) over all 137 stories (the twelfth held-out batch of
# 10 joined, scored blind on main first: found 164/222, right 90/222, 4 wrongly
# contradicted): found 2894/3274 = 0.884, right 2172/3274 = 0.663, wrongly contradicted 0;
# the 127 earlier stories alone: found 2727/3052 = 0.894, right 2075/3052 = 0.680. The
# floors rose a little: the branches' classes raised the earlier stories more than the
# harder new batch pulls the total down.
# Round-11 merge (2026-12-02 16:20 UTC) over all 147 stories (the thirteenth held-out batch
# of 10 joined, scored blind on main first: found 212/246, right 147/246, 6 wrongly
# contradicted; the seven branches that never read it: 212/246, right 147-151, 5-6 wrong):
# found 3136/3520 = 0.891, right 2430/3520 = 0.690, wrongly contradicted 0; the 137 earlier
# stories alone: found 2923/3274 = 0.893, right 2269/3274 = 0.693.
FOUND_FLOOR = 0.885
RIGHT_FLOOR = 0.685


def score(text: str, key: list[dict], claims: list[dict]) -> dict[str, int]:
    """The counts score_claims.py prints, for one story."""
    used: set[int] = set()
    out = {"checkable": 0, "found": 0, "right": 0, "false": 0, "caught": 0, "wrong": 0}
    for e in key:
        a = text.find(e["anchor"])
        assert a >= 0 and text.find(e["anchor"], a + 1) < 0, f"anchor not once: {e['anchor']!r}"
        b = a + len(e["anchor"])
        hits = [i for i, c in enumerate(claims) if c["start"] < b and c["end"] > a]
        used.update(hits)
        verdicts = sorted({claims[i]["verdict"] for i in hits})
        want = e["verdict"]
        if want != "not_checkable":
            out["checkable"] += 1
            out["found"] += any(v != "not_checkable" for v in verdicts)
            out["right"] += verdicts == [want]
        if want == "contradicted":
            out["false"] += 1
            out["caught"] += "contradicted" in verdicts
        elif "contradicted" in verdicts:
            out["wrong"] += 1
    out["wrong"] += sum(
        1 for i, c in enumerate(claims) if i not in used and c["verdict"] == "contradicted"
    )
    return out


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, dict[str, int]]:
    from psephos.claims import check_file

    assert STORIES, f"no stories in {DIRS}"
    out = {}
    for p in STORIES:
        key_path = p.with_suffix(".expected.json")
        assert key_path.exists(), f"{p.name} has no key {key_path.name}"
        key = json.loads(key_path.read_text(encoding="utf-8"))
        claims = check_file(p, db=store_path).to_dict()["claims"]
        out[p.name] = score(p.read_text(encoding="utf-8"), key, claims)
    return out


# Held-out stories on which the checker still calls a true claim false (strict xfails:
# when a fix lands, the mark must go). Zero is the bar; an entry here is an open defect,
# not an accepted one. The six of the second held-out batch were fixed as classes in round 3;
# the third held-out batch's four were fixed as classes in round 4, the last ("London's
# turnout fell ..., Scotland's fell by 8.9 points": the elided area read as the previous
# clause's) by the possessive-area rule of extract/changes.py (docs/claims.md); so were the
# fourth batch's six (twelve wrong contradictions on main's checker, scored before any
# checker engineer saw them).
# Open wrong contradictions found by the round-11 held-out batch (corpus13), measured on the
# checker as it was when the batch was written; strict, so fixing one fails here until removed.
STILL_WRONG: set[str] = set()  # round 11 (WRONG13) fixed the thirteenth batch's five


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            p.name,
            marks=[pytest.mark.xfail(strict=True, reason="open: a true claim called false")]
            if p.name in STILL_WRONG
            else [],
        )
        for p in STORIES
    ],
)
def test_nothing_true_is_contradicted(results: dict[str, dict[str, int]], name: str) -> None:
    assert results[name]["wrong"] == 0, results[name]


def test_corpus_floors(results: dict[str, dict[str, int]]) -> None:
    total = {k: sum(r[k] for r in results.values()) for k in next(iter(results.values()))}
    assert total["found"] / total["checkable"] >= FOUND_FLOOR, total
    assert total["right"] / total["checkable"] >= RIGHT_FLOOR, total
