"""The harness the claim sweeps share (round 7): one family's story, the tally of verdicts.

A one-family sweep (``tests/test_claims_sweep_held_since.py``, ``_seats_of``,
``_electorates``, ``_totals``) fills its phrasings with items read independently from the raw
files, then: :func:`family_story` writes them into one text (each phrasing in turn, every
third use of a phrasing perturbed, three sentences a paragraph), :func:`measure_family` checks
it once and counts per family and per phrasing, :func:`check_story` and :func:`check_rates`
hold the bars every sweep shares, and :func:`main_family` prints the rates. :func:`tally` and
:func:`stray` are the counting the many-story sweeps (``test_claims_sweep_series.py``) use
too. Assertions here are rewritten by pytest (``tests/conftest.py`` registers this module).
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from tests.test_claims_sweep import verdicts
from tests.test_claims_sweep_phrasing import print_rates
from tests.test_claims_sweep_wide import _compose

#: text, its sentences, the phrasing id of each, and the span of each that its verdict is read
#: at (a perturbed sentence: the moved value; a true one: the whole sentence)
FamilyStory = tuple[str, tuple[Any, ...], tuple[str, ...], tuple[tuple[int, int], ...]]


def stats() -> dict[str, Any]:
    """Empty counts for one family or one phrasing."""
    return {"true": 0, "found": 0, "right": 0, "false": 0, "caught": 0, "wrong": [],
            "passed": []}  # fmt: skip


def key_span(made: str, moved: dict[str, str]) -> tuple[int, int] | None:
    """Where the first moved value that stands once in ``made`` stands (None: none does)."""
    for value in moved.values():
        if not value:
            continue  # no false twin in this shape (a phrasing's maker then gives None)
        m = list(re.finditer(rf"(?<![\w,.]){re.escape(value)}(?![\w]|[,.]\d)", made))
        if len(m) == 1:
            return m[0].start(), m[0].end()
    return None


def family_story(
    items: Sequence[dict[str, Any]],
    phrasings: Sequence[Any],
    family: str,
    per_phrasing: int,
    head: str,
) -> FamilyStory:
    """One text: each phrasing in turn (the least used first), every third use of a phrasing
    perturbed (the item with its ``moved`` values), until each is used ``per_phrasing``
    times on average."""
    used: Counter[str] = Counter()
    paragraphs: list[list[tuple[str, bool, str, str]]] = [[]]
    pids: list[str] = []
    spans: list[tuple[int, int] | None] = []
    order = list(phrasings)
    for c in items:
        if len(pids) >= per_phrasing * len(order):
            break
        ph = sorted(order, key=lambda ph: (used[ph.pid], order.index(ph)))[0]
        true = used[ph.pid] % 3 != 1
        made = ph.make(c if true else c | c["moved"])
        if made is None:
            continue
        used[ph.pid] += 1
        if len(paragraphs[-1]) == 3:
            paragraphs.append([])
        paragraphs[-1].append((family, true, made, family))
        pids.append(ph.pid)
        spans.append(None if true else key_span(made, c["moved"]))
    text, sents = _compose(head, paragraphs)
    keys = tuple((s.start + sp[0], s.start + sp[1]) if sp else (s.start, s.end)
                 for s, sp in zip(sents, spans, strict=True))  # fmt: skip
    return text, tuple(sents), tuple(pids), keys


def tally(
    fam: dict[str, dict[str, Any]],
    phr: dict[tuple[str, str], dict[str, Any]],
    claims: list[dict[str, Any]],
    sents: Sequence[Any],
    pids: Sequence[str],
    keys: Sequence[tuple[int, int]],
    name: str | None = None,
) -> None:
    """Count each sentence's verdicts into its family's and its phrasing's stats: a true one
    read over the whole sentence, a perturbed one at its key span. Failing sentences are
    listed as their text (``[name] text`` with a story ``name``)."""
    at_key = verdicts(claims, tuple(replace(s, start=a, end=b) for s, (a, b) in
                                    zip(sents, keys, strict=True)))  # fmt: skip
    for s, pid, whole, key in zip(sents, pids, verdicts(claims, sents), at_key, strict=True):
        vs = whole if s.true else key
        label = s.text if name is None else f"[{name}] {s.text}"
        for st in (fam[s.family], phr[s.family, pid]):
            if s.true:
                st["true"] += 1
                st["found"] += any(v != "not_checkable" for v in vs)
                st["right"] += vs == {"supported"}
                if "contradicted" in vs:
                    st["wrong"].append(label)
            else:
                st["false"] += 1
                st["caught"] += "contradicted" in vs
                if "supported" in vs:
                    st["passed"].append(label)


def stray(claims: list[dict[str, Any]], sents: Sequence[Any], name: str | None = None) -> list[str]:
    """The contradictions outside every sentence (``[name] text`` with a story ``name``)."""
    covered = [(s.start, s.end) for s in sents]
    prefix = "" if name is None else f"[{name}] "
    return [prefix + c["text"] for c in claims if c["verdict"] == "contradicted"
            and not any(c["start"] < b and c["end"] > a for a, b in covered)]  # fmt: skip


def measure_family(story: FamilyStory, db: Path | None = None) -> dict[str, Any]:
    """Check the story once; counts and failing sentences per family and per phrasing, and
    the contradictions outside every sentence."""
    from psephos.claims import check_text

    fam: dict[str, dict[str, Any]] = defaultdict(stats)
    phr: dict[tuple[str, str], dict[str, Any]] = defaultdict(stats)
    text, sents, pids, keys = story
    claims = check_text(text, db=db).to_dict()["claims"]
    tally(fam, phr, claims, sents, pids, keys)
    return {"families": dict(fam), "phrasings": dict(phr), "stray": stray(claims, sents)}


def check_story(
    story: FamilyStory, phrasings: Sequence[Any], least_true: int, least_false: int
) -> None:
    """The sentences stand where the story says, each key span inside its sentence, and every
    phrasing (at least eight) is used ``least_true`` times true, ``least_false`` perturbed."""
    text, sents, pids, keys = story
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert all(s.start <= a < b <= s.end for s, (a, b) in zip(sents, keys, strict=True))
    true = Counter(p for s, p in zip(sents, pids, strict=True) if s.true)
    false = Counter(p for s, p in zip(sents, pids, strict=True) if not s.true)
    assert len(phrasings) >= 8
    for ph in phrasings:
        assert true[ph.pid] >= least_true and false[ph.pid] >= least_false, ph.pid


def check_rates(
    st: dict[str, Any], floors: dict[str, float], least_true: int, least_false: int
) -> None:
    """Enough sentences were checked, and found / right / caught stay above the floors."""
    assert st["true"] >= least_true and st["false"] >= least_false, st
    assert st["found"] / st["true"] >= floors["found"], st
    assert st["right"] / st["true"] >= floors["right"], st
    assert st["caught"] / st["false"] >= floors["caught"], st


def main_family(
    argv: list[str],
    story: Callable[[], FamilyStory],
    measure: Callable[[], dict[str, Any]],
    family: str,
    phrasings: Sequence[Any],
) -> int:
    """Print the measured rates per phrasing (-v: failing sentences; --text: the story)."""
    t0 = time.perf_counter()
    if "--text" in argv:
        print(story()[0])
        return 0
    print_rates(measure(), "-v" in argv, {family: list(phrasings)}, 64)
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0
