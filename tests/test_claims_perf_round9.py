"""Round 9's speed changes give the answers of the scans they replace (no timings here:
speed is measured by ``benchmarks/claims.py``):

- ``spans.SpanIndex``: the pairs overlapping or within a stretch, and whether any overlaps,
  are those a scan of every pair finds, in the list's order, for unsorted, repeated, empty
  and reversed pairs;
- ``series_seats.series_mentions`` and ``series_party_mentions`` (the mentions over a
  candidate span by bisection) return the mentions the per-candidate scans of every
  mention returned (the scans are kept below as the definition), on stories made of real
  1918-2005 seat names, today's seat names, people and parties, with generated mentions
  over them;
- ``safeguard.shape`` (the safeguard's and review's read-only JSON shape of a mention) is
  ``Mention.to_dict()`` (``dataclasses.asdict``), keys in order, for every mention the
  checker finds in every story of both corpora (today's and the series' seats);
- ``evaluate_results.series_turnout`` (the record's rows by election, once per area) gives
  the filter of the record it replaced, for every election of the series and the areas;
- ``evaluate_round7b_b._published`` (once per store, election, area and group) gives the
  computation's answer, for every series election, area and group;
- ``spans.once_per_text`` (the numbers and capitalised runs of the last text, kept) gives
  the function's answer for any sequence of texts, repeated or not, and a caller that
  changes its list does not change the next caller's; ``reconsider._baseline_years`` (one
  pass of the baseline pattern per text) gives, for every year, the starts the pass per
  year found;
- ``spans.NearestFirst`` (the reconsideration's seats nearest a claim first, lazily) is the
  order of the sort it replaced, ties included.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psephos.claims.model import Mention
from psephos.claims.spans import SpanIndex

pairs = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=40
)  # (start, end): unsorted, repeated, empty and reversed ones among them


@settings(max_examples=300, deadline=None)
@given(pairs, st.integers(-5, 65), st.integers(-5, 65))
def test_span_index_is_the_scan(ps: list[tuple[int, int]], s: int, e: int) -> None:
    index = SpanIndex(ps)
    over = [i for i, (a, b) in enumerate(ps) if a < e and b > s]
    inside = [i for i, (a, b) in enumerate(ps) if s <= a and b <= e]
    assert index.overlapping(s, e) == over
    assert index.within(s, e) == inside
    assert index.any_overlapping(s, e) == bool(over)


def test_span_index_examples() -> None:
    # hand-made: [0,5) and [3,9) overlap [4,6); [10,10) is empty and overlaps nothing but
    # lies within [10,12); (7,2) reversed overlaps [4,6) by the definition (7 > 4, 2 < 6 fails)
    ps = [(0, 5), (3, 9), (10, 10), (7, 2)]
    index = SpanIndex(ps)
    assert index.overlapping(4, 6) == [0, 1]
    assert index.within(10, 12) == [2]
    assert index.within(0, 9) == [0, 1, 3]
    assert not index.any_overlapping(9, 10)


# --- the scans the indexes replace (series_seats at c62760d), as the definition ----------


def _free_scan(mentions: list[Mention], s: int, e: int) -> bool:
    from psephos.claims.series_seats import _weaker

    for m in mentions:
        if m.end <= s or m.start >= e:
            continue
        if m.kind == "seat" and s <= m.start and m.end <= e and (m.start, m.end) != (s, e):
            continue
        if _weaker(m) and s <= m.start and m.end <= e and m.how.startswith("typo-tolerant"):
            continue
        return False
    return True


def _series_mentions_scan(text: str, mentions: list[Mention], db: Path) -> list[Mention]:
    from psephos.analysis.records import name_key
    from psephos.claims.lexicon import AREAS
    from psephos.claims.series_seats import (
        _MAX_WORDS,
        _ends_name,
        _run_of,
        _single_word_ok,
        _tokens,
        _weaker,
        series_exact_keys,
        series_name_keys,
    )

    keys = series_name_keys(db)
    exact = series_exact_keys(db)
    parties = {m.start for m in mentions if m.kind == "party"}
    out = list(mentions)
    added: list[Mention] = []
    # runs parted only by a comma are one group (round 10b: "Roxburgh, Selkirk and Peebles")
    for toks in _tokens(text):
        i = 0
        while i < len(toks):
            hit = None
            for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
                s, e = toks[i][0], toks[i + n - 1][1]
                raw = text[s:e].rstrip(",.;:")
                e = s + len(raw)
                if not raw or not raw[0].isupper() or not toks[i + n - 1][2][0].isupper():
                    continue
                if raw.lower() in AREAS or name_key(raw) not in keys:
                    continue
                last = toks[i + n - 1]
                if last[3] != toks[i][3] and (
                    len(name_key(raw)) < 3
                    or name_key(raw) not in exact
                    or not _ends_name(toks, i + n - 1, parties)
                ):
                    continue
                if n == 1 and not _single_word_ok(text, _run_of(toks, i), toks[i][4], parties):
                    continue
                if not _free_scan(out, s, e):
                    continue
                hit = (n, s, e, raw)
                break
            if hit is None:
                i += 1
                continue
            n, s, e, raw = hit
            out = [m for m in out if not (_weaker(m) and s <= m.start and m.end <= e)]
            added.append(
                Mention(
                    "seat",
                    raw,
                    s,
                    e,
                    {"name": raw, "codes": {}, "series": True},
                    "a seat of the 1918-2005 series, by its name then",
                )
            )
            i += n
    if not added:
        return mentions
    return sorted([*out, *added], key=lambda m: m.start)


def _party_mentions_scan(text: str, mentions: list[Mention], election: str) -> list[Mention]:
    from psephos.claims import series_seats as ss

    spans = [(m.start(), m.end()) for m in ss._LIBERALS.finditer(text)]
    if election in ss._ALLIANCE_ELECTIONS:
        spans += [(m.start(), m.end()) for m in ss._FULL_ALLIANCE.finditer(text)]
    if (
        election in ss._ALLIANCE_ELECTIONS
        and re.search(r"\bSDP\b|\bLiberals?\b", text)
        and not ss._NI.search(text)
    ):
        spans += [
            (m.start(), m.end())
            for m in ss._ALLIANCE.finditer(text)
            if not any(s <= m.start() < e for s, e in spans)
        ]
    if not spans:
        return mentions
    keep = [
        m
        for m in mentions
        if not (m.kind == "party" and any(m.start < e and s < m.end for s, e in spans))
    ]
    if any(m.kind != "party" and m.start < e and s < m.end for m in keep for s, e in spans):
        spans = [
            (s, e)
            for s, e in spans
            if not any(m.kind != "party" and m.start < e and s < m.end for m in keep)
        ]
    added = [
        Mention(
            "party",
            text[s:e],
            s,
            e,
            {"party_code": "Lib", "name": "Liberal", "series": True},
            "the Liberals or the Liberal-SDP Alliance, the 1918-2005 series' Lib group",
        )
        for s, e in spans
    ]
    return sorted([*keep, *added], key=lambda m: m.start)


# --- stories of real names with generated mentions ------------------------------------------

_FILLERS = (
    "In {a}, the Liberals held on.",
    "{a} and {b} fell to Labour.",
    "{a}, the safest seat in the county, stayed with the Liberal-SDP Alliance",
    "The Alliance took {a} from {b}.",
    "Voters in {a} {b} backed the Liberal Party.",
    "{a}",
)
_KINDS = ("seat", "person", "party", "election", "role")
_HOWS = ("exact name", "typo-tolerant match (score 91)", "title + surname")


def _series_names(db: Path) -> list[str]:
    """Every 1918-2005 seat name, a few of them with a county word (``Kent Dover``)."""
    from psephos.analysis.records import _series_names as rows

    old, _, _ = rows(db)
    return sorted(set(old["name"]))


@st.composite
def _story(draw: st.DrawFn, names: list[str]) -> tuple[str, list[Mention]]:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        f = draw(st.sampled_from(_FILLERS))
        parts.append(f.format(a=draw(st.sampled_from(names)), b=draw(st.sampled_from(names))))
    text = " ".join(parts)
    mentions: list[Mention] = []
    for _ in range(draw(st.integers(0, 25))):
        s = draw(st.integers(0, max(0, len(text) - 1)))
        e = draw(st.integers(s, min(len(text), s + 30)))
        mentions.append(
            Mention(
                draw(st.sampled_from(_KINDS)),
                text[s:e],
                s,
                e,
                draw(st.sampled_from(({}, {"series": True}, {"party_code": "Con"}))),
                draw(st.sampled_from(_HOWS)),
            )
        )
    mentions.sort(key=lambda m: m.start)  # as find_mentions gives them
    return text, mentions


#: today's seats, people and words that are seats only in a series story (or never)
_OTHERS = [
    "Ilford North",
    "Preston",
    "Barrow and Furness",
    "Dundee East",
    "Finchley",
    "Barry Jones",
    "John Newton",
    "Reading",
    "Down",
    "Scotland",
]


def test_series_mentions_is_the_scan(store_path: Path) -> None:
    names = _series_names(store_path)
    assert len(names) > 1000  # the series' 1918-2005 seats (CBP-8647)
    pool = names[:: max(1, len(names) // 400)] + _OTHERS

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_story(pool))
    def one(story: tuple[str, list[Mention]]) -> None:
        from psephos.claims.series_seats import series_mentions

        text, mentions = story
        assert series_mentions(text, mentions, store_path) == _series_mentions_scan(
            text, mentions, store_path
        )

    one()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _story(["Bolton West", "Orkney", "Liberals", "SDP", "Alliance", "Ulster", "Leeds"]),
    st.sampled_from(["ge1983", "ge1987", "ge1979", ""]),
)
def test_series_party_mentions_is_the_scan(story: tuple[str, list[Mention]], e: str) -> None:
    from psephos.claims.series_seats import series_party_mentions

    text, mentions = story
    assert series_party_mentions(text, mentions, e) == _party_mentions_scan(text, mentions, e)


STORIES = sorted(
    (Path(__file__).resolve().parents[2] / "shared" / "articles" / "dev").glob("*.txt")
)
STORIES += sorted((Path(__file__).resolve().parent / "claims_corpus").glob("*.txt"))


def test_shape_is_to_dict(store_path: Path) -> None:
    from psephos.claims.entities import find_mentions
    from psephos.claims.gazetteer import gazetteer
    from psephos.claims.safeguard import shape
    from psephos.claims.series_seats import series_mentions, series_party_mentions
    from psephos.store.connect import connect

    gaz = gazetteer(connect(store_path))
    n = 0
    for p in STORIES:
        text = p.read_text(encoding="utf-8")
        found = find_mentions(text, gaz, election="ge2024")
        found = series_party_mentions(text, series_mentions(text, found, store_path), "ge1983")
        for m in found:
            got, want = shape(m), m.to_dict()
            assert got == want
            assert list(got) == list(want)
            assert got["ref"] is not m.ref  # a reader's change does not reach the mention
            n += 1
    assert n > 1000  # every story's mentions, not a sample


_AREAS = ("UK", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "London")


def _series_elections(db: Path) -> list[str]:
    from psephos.analysis.records import _series_names

    old, _, _ = _series_names(db)
    return sorted({str(e) for e in old["election"]})


def test_series_turnout_is_the_filter(store_path: Path) -> None:
    import math

    from psephos.analysis.records import series_key, turnout_record
    from psephos.claims.evaluate import Ctx
    from psephos.claims.evaluate_results import series_turnout
    from psephos.errors import PsephosError

    elections = [f"ge{e.lower()}" for e in _series_elections(store_path)]
    elections = [e.replace("1974f", "1974feb").replace("1974o", "1974oct") for e in elections]
    assert "ge1979" in elections and "ge1974oct" in elections
    seen = 0
    for area in _AREAS:
        try:
            rec = turnout_record(area=area, db=store_path)
        except PsephosError:
            rec = None
        for e in [*elections, "ge2024", "ge1900"]:
            ctx = Ctx(store_path, None, e)  # type: ignore[arg-type] - only the store is read
            got = series_turnout(ctx, e, area)
            if rec is None:
                assert math.isnan(got)
                continue
            hit = rec[rec["election"].astype(str).str.upper() == series_key(e).upper()]
            want = float(hit["value"].iloc[0]) if len(hit) else float("nan")
            assert got == want or (math.isnan(got) and math.isnan(want)), (area, e)
            seen += not math.isnan(want)
    assert seen > 100


def test_published_is_the_computation(store_path: Path) -> None:
    from psephos.claims.evaluate import Ctx
    from psephos.claims.evaluate_round7b_b import _published, _published_in

    elections = ["ge1918", "ge1945", "ge1974feb", "ge1974oct", "ge1983", "ge1987", "ge2005"]
    answered = 0
    for e in elections:
        ctx = Ctx(store_path, None, e)  # type: ignore[arg-type] - only the store is read
        for area in (*_AREAS, "Nowhere"):
            for group in ("Con", "Lab", "Lib", "Oth"):
                want = _published_in(store_path, e, area, group)
                assert _published(ctx, area, group) == want
                assert _published(ctx, area, group) == want  # the remembered answer
                answered += want is not None
    assert answered > 100


_WORDS = st.sampled_from(
    [
        "Labour",
        "won",
        "12,345",
        "votes",
        "in",
        "2019",
        "from",
        "than",
        "since",
        "1997",
        "2024.",
        "Newcastle upon Tyne Central",
        "the",
        "UK's",
        "Health Secretary",
        "43.2%",
        "of",
        "\n",
        "compared with",
        "3.5",
    ]
)
_TEXTS = st.lists(_WORDS, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXTS, min_size=1, max_size=5), st.data())
def test_once_per_text_is_the_function(texts: list[str], data: st.DataObject) -> None:
    from psephos.claims.extract.tagging import _quantities
    from psephos.claims.numbers import find_quantities
    from psephos.claims.text import capitalised_runs, capitalised_runs_once

    # each text asked once or more, in any order, copies (equal, not identical) among them
    asked = data.draw(st.lists(st.sampled_from(texts), min_size=1, max_size=8))
    for t in asked:
        copy = "".join(list(t))
        for text in (t, copy):
            runs = capitalised_runs_once(text)
            assert runs == capitalised_runs(text)
            runs.clear()  # the caller's own list
            assert capitalised_runs_once(text) == capitalised_runs(text)
            assert _quantities(text) == find_quantities(text)


def test_once_per_text_examples() -> None:
    from psephos.claims.text import capitalised_runs_once

    # hand-made: "Wes Streeting" and "Ilford North" are the runs, by position
    a = capitalised_runs_once("he met Wes Streeting in Ilford North")
    assert [(r.start, r.end, r.text) for r in a] == [
        (7, 20, "Wes Streeting"),
        (24, 36, "Ilford North"),
    ]
    assert capitalised_runs_once("no capitals here") == []
    assert [r.text for r in capitalised_runs_once("he met Wes Streeting in Ilford North")] == [
        "Wes Streeting",
        "Ilford North",
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_baseline_years_is_the_pass_per_year(text: str) -> None:
    from psephos.claims.reconsider import _BASELINE, _baseline_years

    got = _baseline_years(text)
    for year in {*re.findall(r"\d{4}", text), "2019", "1997", "2024", "1950"}:
        want = {m.start(1) for m in _BASELINE.finditer(text) if m.group(1) == year}
        assert got.get(year, set()) == want


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=40), st.integers(-3, 45))
def test_nearest_first_is_the_sort(xs: list[int], p: int) -> None:
    from psephos.claims.spans import NearestFirst

    want = sorted(range(len(xs)), key=lambda i: (xs[i] > p, abs(xs[i] - p)))
    assert list(NearestFirst(xs).order(p)) == want


def test_nearest_first_example() -> None:
    from psephos.claims.spans import NearestFirst

    # hand-made: at 10, the seats at 10 (indices 1, 3 in list order), then 4, then 2 before
    # it; then 11 and 30 after it
    assert list(NearestFirst([2, 10, 30, 10, 11, 4]).order(10)) == [1, 3, 5, 0, 4, 2]
