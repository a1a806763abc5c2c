"""The size of an ELECTORATE, swept over every seat and area of 2010-2024 (round 7).

Coverage gives the number on the register in several shapes (``claims/extract/
electorates.py``); each phrasing below is taken from published coverage (the source is named
next to it) and filled with electorates read independently from the raw PSEPH constituency
files (``tests/claims_corpus/_raw.py``: the csv module, never psephos code): a seat's
electorate column, or an area's sum of it. Seats are a fixed-seed sample of every general
election 2010-2024 (both boundary sets); areas are every nation and English region. Stated
exactly, or "around" the figure rounded to the thousand (to the hundred thousand for an
area). Perturbed: the figure 12 per cent higher (rounded the same way), outside what the
words allow.

The bars are those of the other sweeps: a true sentence is never ``contradicted`` (nor
anything outside the sentences), a perturbed one never ``supported``; found / right /
caught stay above floors measured on this checker. ``python -m
tests.test_claims_sweep_electorates`` prints the rates per phrasing (``-v``: failures).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.claims_corpus._raw import GE_PARLIAMENT, general
from tests.test_claims_sweep import verdicts
from tests.test_claims_sweep_phrasing import print_rates
from tests.test_claims_sweep_series import C, Phrasing, _ph
from tests.test_claims_sweep_wide import AREA, _compose, _in, areas

SEED = 20261201
FAMILY = "electorate"
PER_PHRASING = 9  # each phrasing used about nine times (every third one perturbed)

# Sources (real coverage in the project's stored pages; the wording, not the sentence):
HOCL = "House of Commons Library, 'Constituency data: electorates' ('Arfon, had 38,864 voters')"
WIKI = "Wikipedia, 'Na h-Eileanan an Iar' ('With around 21,000 registered voters, it has ...')"
WIKI2 = "Wikipedia, 'Na h-Eileanan an Iar' ('Electorate: 21,177')"
HOCL2 = "House of Commons Library, electorates ('70,858 people registered to vote in ...')"
ONEL = "OnElections, UK-HC-2017 ('000.0 million persons were registered to vote')"
VOB = "Vision of Britain, 'Persons registered to vote' (Total Electorate)"

PHRASINGS: list[Phrasing] = [
    _ph(FAMILY, "H had N voters", HOCL)(
        lambda c: f"At the {c['E']} general election {c['H']} had {c['N']} voters."
    ),
    _ph(FAMILY, "H had N registered voters", WIKI)(
        lambda c: f"{c['Hc']} had {c['N']} registered voters at the {c['E']} general election."
    ),
    _ph(FAMILY, "with around N registered voters", WIKI)(
        lambda c: (
            f"With around {c['R']} registered voters, {c['H']} went to the polls at the "
            f"{c['E']} general election."
        )
    ),
    _ph(FAMILY, "an electorate of N", WIKI2)(
        lambda c: f"At the {c['E']} general election {c['H']} had an electorate of {c['N']}."
    ),
    _ph(FAMILY, "N people were registered to vote in H", HOCL2)(
        lambda c: (
            f"At the {c['E']} general election, {c['N']} people were registered to vote in "
            f"{c['H']}."
        )
    ),
    _ph(FAMILY, "the electorate in H was N", VOB)(
        lambda c: f"At the {c['E']} general election the electorate in {c['H']} was {c['N']}."
    ),
    _ph(FAMILY, "there were N registered voters in H", ONEL)(
        lambda c: (
            f"At the {c['E']} general election there were {c['N']} registered voters in {c['H']}."
        )
    ),
    _ph(FAMILY, "H's electorate stood at N", VOB)(
        lambda c: f"At the {c['E']} general election {c['Hp']} electorate stood at {c['N']}."
    ),
]


def _round(n: int, area: bool) -> str:
    step = 100_000 if area else 1_000
    r = round(n / step) * step
    return f"{r / 1e6:.1f} million" if area and r >= 1_000_000 else f"{r:,}"


def _item(name: str, n: int, year: int, area: bool) -> C:
    wrong = round(n * 1.12)
    poss = name + ("'" if name.endswith("s") else "'s")
    return {"H": name, "Hc": name[0].upper() + name[1:], "Hp": poss,
            "E": str(year), "N": f"{n:,}", "R": _round(n, area),
            "moved": {"N": f"{wrong:,}", "R": _round(wrong, area)}}  # fmt: skip


@cache
def items() -> tuple[C, ...]:
    """Seats of every general election 2010-2024 (a sample) and every nation and English
    region, with the electorate read from the constituency files."""
    rng = random.Random(SEED)
    seats: list[C] = []
    area_items: list[C] = []
    for year in GE_PARLIAMENT:
        every = general(year)
        seats += [_item(s.name, s.electorate, year, False)
                  for s in rng.sample(sorted(every.values(), key=lambda s: s.name), 12)]  # fmt: skip
        for area in areas(year):
            if area in ("UK", "England"):
                continue
            total = sum(s.electorate for s in every.values() if _in(s, area))
            area_items.append(_item(AREA[area], total, year, True))
    rng.shuffle(seats)
    rng.shuffle(area_items)
    mixed = [c for pair in zip(seats, area_items, strict=False) for c in pair]
    return tuple(mixed + seats[len(area_items) :])


def _key_span(made: str, moved: dict[str, str]) -> tuple[int, int] | None:
    for value in moved.values():
        m = list(re.finditer(rf"(?<![\w,.]){re.escape(value)}(?![\w]|[,.]\d)", made))
        if len(m) == 1:
            return m[0].start(), m[0].end()
    return None


@cache
def story() -> tuple[str, tuple[Any, ...], tuple[str, ...], tuple[tuple[int, int], ...]]:
    """One text: each phrasing in turn, every third use of a phrasing perturbed."""
    used: Counter[str] = Counter()
    paragraphs: list[list[tuple[str, bool, str, str]]] = [[]]
    pids: list[str] = []
    spans: list[tuple[int, int] | None] = []
    for c in items():
        if len(pids) >= PER_PHRASING * len(PHRASINGS):
            break
        ph = sorted(PHRASINGS, key=lambda ph: (used[ph.pid], PHRASINGS.index(ph)))[0]
        true = used[ph.pid] % 3 != 1
        made = ph.make(c if true else c | c["moved"])
        if made is None:
            continue
        used[ph.pid] += 1
        if len(paragraphs[-1]) == 3:
            paragraphs.append([])
        paragraphs[-1].append((FAMILY, true, made, FAMILY))
        pids.append(ph.pid)
        spans.append(None if true else _key_span(made, c["moved"]))
    head = "Who was on the register\n\nElectorates at the general elections of 2010 to 2024.\n"
    text, sents = _compose(head, paragraphs)
    keys = tuple((s.start + sp[0], s.start + sp[1]) if sp else (s.start, s.end)
                 for s, sp in zip(sents, spans, strict=True))  # fmt: skip
    return text, tuple(sents), tuple(pids), keys


def _stats() -> dict[str, Any]:
    return {"true": 0, "found": 0, "right": 0, "false": 0, "caught": 0, "wrong": [],
            "passed": []}  # fmt: skip


def measure(db: Path | None = None) -> dict[str, Any]:
    from psephos.claims import check_text

    fam: dict[str, dict[str, Any]] = defaultdict(_stats)
    phr: dict[tuple[str, str], dict[str, Any]] = defaultdict(_stats)
    text, sents, pids, keys = story()
    claims = check_text(text, db=db).to_dict()["claims"]
    at_key = verdicts(claims, tuple(replace(s, start=a, end=b) for s, (a, b) in
                                    zip(sents, keys, strict=True)))  # fmt: skip
    for s, pid, whole, key in zip(sents, pids, verdicts(claims, sents), at_key, strict=True):
        vs = whole if s.true else key
        for st in (fam[FAMILY], phr[FAMILY, pid]):
            if s.true:
                st["true"] += 1
                st["found"] += any(v != "not_checkable" for v in vs)
                st["right"] += vs == {"supported"}
                if "contradicted" in vs:
                    st["wrong"].append(s.text)
            else:
                st["false"] += 1
                st["caught"] += "contradicted" in vs
                if "supported" in vs:
                    st["passed"].append(s.text)
    covered = [(s.start, s.end) for s in sents]
    stray = [c["text"] for c in claims if c["verdict"] == "contradicted"
             and not any(c["start"] < b and c["end"] > a for a, b in covered)]  # fmt: skip
    return {"families": dict(fam), "phrasings": dict(phr), "stray": stray}


#: measured on this checker (python -m tests.test_claims_sweep_electorates, 1 Dec 2026 01:55
#: UTC: 48 true found 100% right 97.9%, 24 perturbed caught 100%; without the rules of
#: extract/electorates.py 0% / 0% / 0%), less about five points
FLOORS = {"found": 0.95, "right": 0.92, "caught": 0.95}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, Any]:
    return measure(store_path)


def test_every_phrasing_is_used_true_and_perturbed_on_seats_and_areas() -> None:
    text, sents, pids, keys = story()
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert all(s.start <= a < b <= s.end for s, (a, b) in zip(sents, keys, strict=True))
    true = Counter(p for s, p in zip(sents, pids, strict=True) if s.true)
    false = Counter(p for s, p in zip(sents, pids, strict=True) if not s.true)
    assert len(PHRASINGS) >= 8
    for ph in PHRASINGS:
        assert true[ph.pid] >= 3 and false[ph.pid] >= 2, ph.pid
    assert {y for y in re.findall(r"\b(20[12]\d)\b", text)} >= {str(y) for y in GE_PARLIAMENT}
    assert any(AREA[a] in text for a in ("Wales", "Scotland", "the North East"))


def test_true_electorates_are_never_contradicted(results: dict[str, Any]) -> None:
    wrong = results["families"][FAMILY]["wrong"]
    assert not wrong, f"{len(wrong)} true sentences contradicted, e.g. {wrong[:3]}"


def test_nothing_outside_the_claims_is_contradicted(results: dict[str, Any]) -> None:
    assert not results["stray"], results["stray"][:5]


def test_perturbed_electorates_are_never_supported(results: dict[str, Any]) -> None:
    passed = results["families"][FAMILY]["passed"]
    assert not passed, f"{len(passed)} perturbed sentences supported, e.g. {passed[:3]}"


def test_rates_stay_above_the_measured_floors(results: dict[str, Any]) -> None:
    st = results["families"][FAMILY]
    assert st["true"] >= 40 and st["false"] >= 20, st
    assert st["found"] / st["true"] >= FLOORS["found"], st
    assert st["right"] / st["true"] >= FLOORS["right"], st
    assert st["caught"] / st["false"] >= FLOORS["caught"], st


def main(argv: list[str]) -> int:
    """Print the measured rates per phrasing (-v: failing sentences)."""
    import time

    t0 = time.perf_counter()
    if "--text" in argv:
        print(story()[0])
        return 0
    print_rates(measure(), "-v" in argv, {FAMILY: PHRASINGS}, 64)
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
