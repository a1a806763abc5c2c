"""Round 11 (PERF11): the reading with a 1918-2005 seat's longer names re-reads only the
sentences that may see the changed tags (``claims.extract.round11_perf11.Reread``); it
finds the frames the plain reading of every sentence finds (no timings here: speed is
measured by ``benchmarks/claims.py`` and in ``docs/claims.md``).

- on every story of both corpora, the first typing read through the watched document
  finds the plain reading's frames, and the second typing's frames (today's mentions
  then the longer old names, and today's mentions then every 1918-2005 name, a typing
  differing in many more tags) are the plain reading's;
- on texts made of the corpora's sentences in any order with sentences naming old seats
  whose name today's seat only begins ("Salford North", "Walthamstow West": found in the
  store, every such seat) put anywhere, the same;
- the whole check of such texts gives the same report with the re-reading as without.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psephos.claims.entities import find_mentions
from psephos.claims.extract import find_frames, tag
from psephos.claims.extract import round11_perf11 as r11
from psephos.claims.extract.patterns import Draft
from psephos.claims.series_seats import longer_series_names, series_mentions
from psephos.claims.text import sentences

ROOT = Path(__file__).resolve().parent
STORIES = sorted((ROOT.parents[1] / "shared" / "articles" / "dev").glob("*.txt"))
STORIES += sorted((ROOT / "claims_corpus").glob("*.txt"))

_COMPASS = ("North", "South", "East", "West", "Central")
#: claims about an old seat, dated to a 1918-2005 election, in several phrasings
_CLAIMS = (
    "In 1955 Labour held {seat} by {n:,} votes.",
    "At the 1966 election the Conservatives won {seat} with a majority of {n:,}.",
    "{seat} fell to the Liberals in February 1974 by {n} votes, and turnout was 71%.",
    "The party lost {seat} by {n:,} in 1950, its narrowest defeat that year.",
)


def _key(frames: list[tuple[int, Draft]]) -> list[tuple[Any, ...]]:
    """The frames as comparable values (every slot of the frame, its span, numbers, rule)."""
    return [(i, d.start, d.end, list(d.numbers), d.rule, repr(d.frame)) for i, d in frames]


@pytest.fixture(scope="module")
def gaz(store_path: Path) -> Any:
    from psephos.claims.gazetteer import gazetteer
    from psephos.store.connect import connect

    return gazetteer(connect(store_path))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_text() for p in STORIES]


@pytest.fixture(scope="module")
def old_seats(store_path: Path, gaz: Any) -> list[str]:
    """Every 1918-2005 seat name that is a seat of today's gazetteer and a compass word
    ("Salford North"), whose longer name the checker reads (``longer_series_names``)."""
    from psephos.analysis.records import name_key
    from psephos.claims.series_seats import series_name_keys

    keys = series_name_keys(store_path)
    out = []
    for seat in sorted(set(gaz.seat_names.values())):
        for w in _COMPASS:
            name = f"{seat} {w}"
            if name_key(name) not in keys or name_key(name) == name_key(seat):
                continue
            text = f"In 1955 Labour held {name} by 1,234 votes."
            mentions = find_mentions(text, gaz, election="ge2024")
            if longer_series_names(text, mentions, store_path) is not mentions:
                out.append(name)
    assert len(out) >= 20, out  # the class, not a few seats
    return out


def _both(text: str, gaz: Any, db: Path, *, every: bool = False) -> bool:
    """The watched first reading and the re-read second are the plain readings; whether
    some sentence was not read again."""
    mentions = find_mentions(text, gaz, election="ge2024")
    other = (series_mentions if every else longer_series_names)(text, mentions, db)
    if other is mentions:
        return False
    first, second = tag(text, mentions, gaz), tag(text, other, gaz)
    reread = r11.Reread(first)
    assert _key(reread.frames) == _key(list(find_frames(first)))
    dirty = reread.dirty(second)
    assert dirty is not None  # the typings of one text differ in tags alone
    assert _key(reread.again(second)) == _key(list(find_frames(tag(text, other, gaz))))
    return len(dirty) < len(first.sentences)


def test_reread_is_the_plain_reading_on_every_story(
    texts: list[str], gaz: Any, store_path: Path
) -> None:
    partly = 0
    for text in texts:
        partly += _both(text, gaz, store_path)
        partly += _both(text, gaz, store_path, every=True)
    assert partly >= 5  # the stories exercise the re-reading, not only the whole reading


def test_reread_on_every_old_seat(old_seats: list[str], gaz: Any, store_path: Path) -> None:
    """Each old seat in each phrasing, after and before a story's sentences naming other
    seats (the topics carried past it differ)."""
    lead = "Labour held Bolton North East by 378 votes. Turnout in the seat was 61.2%."
    for k, seat in enumerate(old_seats):
        claim = _CLAIMS[k % len(_CLAIMS)].format(seat=seat, n=100 + 37 * k)
        text = f"{lead}\n\n{claim} It was the seat's closest result.\n\n{lead}"
        _both(text, gaz, store_path)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.integers(1, 6), st.integers(2, 40))
def test_reread_on_mixed_texts(
    texts: list[str],
    old_seats: list[str],
    gaz: Any,
    store_path: Path,
    rnd: random.Random,
    n_old: int,
    n_sent: int,
) -> None:
    pool = [t[s.start : s.end] for t in texts[:40] for s in sentences(t)]
    parts = rnd.sample(pool, n_sent)
    for _ in range(n_old):
        claim = rnd.choice(_CLAIMS).format(seat=rnd.choice(old_seats), n=rnd.randint(10, 20000))
        parts.insert(rnd.randint(0, len(parts)), claim)
    glue = [rnd.choice([" ", "\n\n", "\n"]) for _ in parts]
    text = "".join(p + g for p, g in zip(parts, glue, strict=True)).strip()
    _both(text, gaz, store_path)


def test_check_text_same_report_with_and_without(
    texts: list[str], old_seats: list[str], store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole check's report, with the re-reading and with every sentence read again."""
    from psephos.claims.check import check_text

    rnd = random.Random(11)
    stories = []
    for k in range(3):
        claims = " ".join(
            rnd.choice(_CLAIMS).format(seat=rnd.choice(old_seats), n=rnd.randint(10, 20000))
            for _ in range(3)
        )
        stories.append(f"{texts[k]}\n\n{claims}\n\n{texts[k + 3]}")
    seen = []
    calls: list[bool] = []  # per re-reading, whether some sentence was not read again
    dirty = r11.Reread.dirty

    def watched(self: r11.Reread, new: Any) -> set[int] | None:
        got = dirty(self, new)
        calls.append(got is not None and len(got) < len(new.sentences))
        return got

    for text in stories:
        with monkeypatch.context() as m:
            m.setattr(r11.Reread, "dirty", watched)
            fast = json.dumps(check_text(text, db=store_path).to_dict(), sort_keys=True)
        with monkeypatch.context() as m:
            m.setattr(r11.Reread, "dirty", lambda self, new: None)
            plain = json.dumps(check_text(text, db=store_path).to_dict(), sort_keys=True)
        assert fast == plain
        seen.append(fast)
    assert len(set(seen)) == len(seen)
    assert sum(calls) >= len(stories)  # every story was partly re-read
