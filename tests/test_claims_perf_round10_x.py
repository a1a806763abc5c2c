"""Round 10's extraction speed changes (PERFX) give the answers of the computations they
replace (no timings here: speed is measured by ``benchmarks/claims.py`` and in
``docs/claims.md``):

- ``tagging.tag`` finds what does not depend on the mentions (the folded text, the
  gazetteer's multi-word seat names, the lexicons' parties, areas and census groups, the
  sentences and quotations) once per text and gazetteer (``tagging._lexical``): the Doc is
  the one ``tag`` made before (kept below as the definition, ``_tag_reference``), for
  every story of both corpora read with today's mentions and with the 1918-2005 seat
  names added, and for any sequence of texts (repeated, or differing in one character)
  and gazetteers;
- ``driver.rule_matches`` (the rules the filter keeps whose ``needs`` pattern is in the
  sentence, each with its matches) is what running every rule on the sentence finds;
- ``driver.find_frames`` keeps those matches per typed sentence for the text
  (``driver._matches_memo``): the frames of a text are those found with the memo
  emptied first, whatever texts were read before (the same text retyped with other
  mentions, as the second reading of an unsettled story does, or its sentences in another
  order).
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psephos.claims import lexicon as lx
from psephos.claims import round9_wrong
from psephos.claims.extract.tagging import (
    _AREA_RE,
    _CAPITAL_GROUPS,
    _CAPITAL_NEXT,
    _GROUP_RE,
    _LOWER_OK_AREAS,
    _POSSESSIVE,
    _THE_EAST,
    _WORD,
    FILL,
    MARK,
    Doc,
    Tag,
    _alias_regex,
    _party_regex,
    _quantities,
    _seat_ngrams,
    _seat_prefixes,
    _topics,
)
from psephos.claims.model import Mention
from psephos.claims.text import fold, quotations, sentences

ROOT = Path(__file__).resolve().parent
STORIES = sorted((ROOT.parents[1] / "shared" / "articles" / "dev").glob("*.txt"))
STORIES += sorted((ROOT / "claims_corpus").glob("*.txt"))


# --- the definition: tag() before round 10 ----------------------------------------------


def _tag_reference(text: str, mentions: list[Mention], gaz: Any) -> Doc:
    """``tagging.tag`` at e040e8a (main before round 10) with FOUND's leader parties (round
    10), every scan made per call."""
    folded = fold(text)
    tags: list[Tag] = []
    taken = bytearray(len(text) + 1)

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def add(t: Tag) -> None:
        if t.end <= t.start or not free(t.start, t.end):
            return
        tags.append(t)
        taken[t.start : t.end] = b"\x01" * (t.end - t.start)

    # round 10 (FOUND, merged after this definition was taken): a leader's party, first
    from psephos.claims.lexicon_leaders import leader_party_spans

    for a, b, name in leader_party_spans(text, folded):
        code = gaz.parties.get(name)
        if code:
            add(Tag("party", a, b, text[a:b], {"code": code}, "the party of its leader, named"))
    for mn in mentions:
        if mn.kind == "seat":
            add(Tag("seat", mn.start, mn.end, mn.text, dict(mn.ref), mn.how))
        elif mn.kind == "party" and mn.ref.get("series"):
            # a party as the 1918-2005 series names it ("the Liberals", the 1983 Alliance):
            # claims.series_seats, in a story about a series election only
            add(Tag("party", mn.start, mn.end, mn.text, {"code": mn.ref["party_code"]}, mn.how))
        elif mn.kind in ("person", "role") and (mn.resolved or mn.kind == "person"):
            add(
                Tag(
                    "person" if mn.resolved else "person",
                    mn.start,
                    mn.end,
                    mn.text,
                    {**mn.ref, "resolved": mn.resolved},
                    mn.how,
                )
            )
    for a, b, k in _seat_ngrams(text, folded, gaz):
        raw = text[a:b]
        if free(a, b):
            rows = gaz.seats[k]
            add(
                Tag(
                    "seat",
                    a,
                    b,
                    raw,
                    {
                        "name": rows[0]["name"],
                        "codes": {r["boundary_set"]: r["ons_code"] for r in rows},
                    },
                    "seat name with punctuation",
                )
            )
    # surnames of people named in full, alone ("Denyer tells the count")
    full = [t for t in tags if t.kind == "person" and t.ref.get("resolved") and t.ref.get("key")]
    if full:
        by_surname: dict[str, Tag] = {}
        for t in full:
            by_surname.setdefault(t.ref["key"].split()[-1], t)
        rx = _alias_regex(list(by_surname), keep=False)  # this text's people
        for m in rx.finditer(folded):
            if not text[m.start()].isupper():
                continue
            first = by_surname[m.group()]
            if m.start() < first.start:
                continue
            add(
                Tag(
                    "person",
                    m.start(),
                    m.end(),
                    text[m.start() : m.end()],
                    dict(first.ref),
                    f"surname of {first.ref.get('name')}, named earlier",
                )
            )
    for m in _party_regex(gaz).finditer(folded):
        start, name = m.start(), m.group()
        if not text[start].isupper() and name.startswith("the "):
            # an alias listed with its article ("the Brexit Party"): the name after it
            start, name = start + 4, name[4:]
        raw = text[start : m.end()]
        if not raw[:1].isupper():
            continue
        code = gaz.parties.get(" ".join(name.replace("-", " ").split()))
        if code:
            add(Tag("party", start, m.end(), raw, {"code": code}, "party name or nickname"))
    # round 11 (FOUND11, merged after this definition was taken): an area inside a census
    # group ("born in England") is the group's word
    in_group = [(g.start(), g.end()) for g in _GROUP_RE.finditer(folded)]
    for m in _AREA_RE.finditer(folded):
        raw = text[m.start() : m.end()]
        k = " ".join(m.group().replace("-", " ").split())
        if k not in lx.AREAS:
            k = m.group()
        if not raw[:1].isupper() and k not in _LOWER_OK_AREAS:
            continue
        if (g := _GROUP_RE.match(folded, m.start())) and g.end() > m.end():
            continue  # "UK passport": a census group that starts with an area (round 9)
        if any(a < m.start() and m.end() <= b for a, b in in_group):
            continue
        level, name = lx.AREAS.get(k, lx.AREAS.get(m.group(), ("uk", "UK")))
        add(Tag("area", m.start(), m.end(), raw, {"level": level, "name": name}, "area name"))
    # round 9 (WRONG): "the nationalists" in a story on Scotland (the SNP) or Wales (Plaid)
    for s, e, code in round9_wrong.nationalist_tags(text, folded, tags):
        add(
            Tag(
                "party", s, e, text[s:e], {"code": code}, "'the nationalists' of the story's nation"
            )
        )
    for m in _THE_EAST.finditer(folded):
        # "the narrowest result in the East": the East of England (capitalised; the East
        # Midlands, the East End and seats such as East Ham are tagged or refused first)
        if text[m.start("e")].isupper() and not _CAPITAL_NEXT.match(text, m.end()):
            add(
                Tag(
                    "area",
                    m.start(),
                    m.end(),
                    text[m.start() : m.end()],
                    {"level": "region", "name": "East of England"},
                    "'the East': the East of England region",
                )
            )
    for m in _GROUP_RE.finditer(folded):
        raw = text[m.start() : m.end()]
        if m.group() in _CAPITAL_GROUPS and not raw[:1].isupper():
            continue
        # the alias regex matches a space as spaces or hyphens ("no-religion"): the key as listed
        key = " ".join(m.group().replace("-", " ").split())
        group = lx.GROUPS.get(key, lx.GROUPS.get(m.group()))
        if group is None:
            continue
        add(Tag("group", m.start(), m.end(), raw, {"group": group}, "census group"))
    for q in _quantities(text):
        kind = {"money": "other", "date": "other", "time": "other", "age": "other"}.get(
            q.kind, q.kind
        )
        add(Tag(kind, q.start, q.end, q.text, {"kind": q.kind}, "number", q))
    tags.sort(key=lambda t: t.start)
    # the tags do not overlap (add() keeps the first): the typed text is built in pieces
    typed: list[str] = []
    prev = 0
    for t in tags:
        typed += (folded[prev : t.start], MARK[t.kind], FILL * (t.end - t.start - 1))
        prev = t.end
    typed.append(folded[prev:])
    sents = sentences(text)
    doc = Doc(
        text,
        folded,
        "".join(typed),
        sents,
        quotations(text),
        tags,
        mentions,
        {t.start: t for t in tags},
    )
    doc.starts = [t.start for t in tags]
    doc.topics = _topics(doc, "party")
    doc.seat_topics = _topics(doc, "seat")
    return doc


def _view(doc: Doc) -> tuple[Any, ...]:
    """Everything a Doc holds that extraction reads."""
    return (
        doc.text,
        doc.folded,
        doc.typed,
        doc.sentences,
        type(doc.quotes),
        list(doc.quotes),
        doc.tags,
        doc.mentions,
        doc.at,
        doc.starts,
        doc.topics,
        doc.seat_topics,
    )


@pytest.fixture(scope="module")
def gaz(store_path: Path) -> Any:
    from psephos.claims.gazetteer import gazetteer
    from psephos.store.connect import connect

    return gazetteer(connect(store_path))


@pytest.fixture(scope="module")
def readings(store_path: Path, gaz: Any) -> list[tuple[str, list[Mention], list[Mention]]]:
    """Each story with today's mentions and with the 1918-2005 seat names added."""
    from psephos.claims.entities import find_mentions
    from psephos.claims.series_seats import series_mentions

    out = []
    for p in STORIES:
        text = p.read_text(encoding="utf-8")
        mentions = find_mentions(text, gaz, election="ge2024")
        out.append((text, mentions, series_mentions(text, mentions, store_path)))
    assert len(out) >= 120  # the dev articles and the claims corpus
    return out


def test_tag_is_the_definition_on_every_story(readings: list[Any], gaz: Any) -> None:
    from psephos.claims.extract.tagging import tag

    differ = 0
    for text, mentions, more in readings:
        assert _view(tag(text, mentions, gaz)) == _view(_tag_reference(text, mentions, gaz))
        # the second reading: the same text, its candidates kept from the first
        assert _view(tag(text, more, gaz)) == _view(_tag_reference(text, more, gaz))
        differ += more is not mentions
    assert differ >= 10  # stories that name a 1918-2005 seat: typed twice


def test_tag_never_serves_another_texts_candidates(readings: list[Any], gaz: Any) -> None:
    """Any sequence of texts: the same one again, another, or one that differs in a
    single character (same length), and a gazetteer that lacks a seat."""
    from psephos.claims.extract.tagging import tag

    small = [r for r in readings if len(r[0]) < 6000][:12]
    fewer = copy.copy(gaz)
    fewer.seats = dict(gaz.seats)
    for k in [k for k in fewer.seats if " " in k][:400]:
        del fewer.seats[k]  # multi-word names: the n-gram candidates differ

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.lists(
            st.tuples(
                st.integers(0, len(small) - 1),
                st.booleans(),
                st.integers(0, 10_000),
                st.booleans(),
            ),
            min_size=1,
            max_size=6,
        )
    )
    def one(calls: list[tuple[int, bool, int, bool]]) -> None:
        for k, second, at, other in calls:
            text, mentions, more = small[k]
            if at % 3 == 0:  # one character changed: another text of the same length
                i = at % len(text)
                text = text[:i] + ("Q" if text[i] != "Q" else "q") + text[i + 1 :]
            g = fewer if other else gaz
            ms = more if second else mentions
            assert _view(tag(text, ms, g)) == _view(_tag_reference(text, ms, g))

    one()


# --- the driver's rule matches ---------------------------------------------------------------


def _regs(found: Any) -> list[tuple[int, list[Any]]]:
    return [(r, [(m.re.pattern, m.regs) for m in ms]) for r, ms in found]


def _every_rule(typed: str) -> list[tuple[int, list[Any]]]:
    """Every rule run on the sentence (no filter): those whose ``needs`` pattern is in it
    and that match, with their matches."""
    from psephos.claims.extract.patterns import _NEEDS, RULES

    out = []
    for r, (name, rx, _fn) in enumerate(RULES):
        need = _NEEDS.get(name)
        if need is not None and need.search(typed) is None:
            continue
        ms = list(rx.finditer(typed))
        if ms:
            out.append((r, ms))
    return _regs(out)


def test_rule_matches_is_every_rule(readings: list[Any], gaz: Any) -> None:
    from psephos.claims.extract.driver import _rule_filter, rule_matches
    from psephos.claims.extract.tagging import tag

    rules = _rule_filter()
    rng = random.Random(10)
    seen = hits = 0
    for text, mentions, _more in readings[::4]:
        doc = tag(text, mentions, gaz)
        sents = doc.sentences if len(doc.sentences) <= 40 else rng.sample(doc.sentences, 40)
        for s in sents:
            typed = doc.typed[s.start : s.end]
            got = _regs(rule_matches(typed, rules(typed)))
            assert got == _every_rule(typed)
            seen += 1
            hits += bool(got)
    assert seen > 300 and hits > 100


def _frames(doc: Doc) -> list[str]:
    from psephos.claims.extract import find_frames

    return [f"{i} {d!r}" for i, d in find_frames(doc)]


def _cold(doc: Doc) -> list[str]:
    from psephos.claims.extract import driver

    driver._MEMO.clear()
    return _frames(doc)


def test_find_frames_with_the_memo_is_without(readings: list[Any], gaz: Any) -> None:
    """Both readings of every story that is typed twice: the second with the memo the
    first left, against the memo emptied."""
    from psephos.claims.extract.tagging import tag

    n = 0
    for text, mentions, more in readings:
        if more is mentions:
            continue
        first, second = tag(text, mentions, gaz), tag(text, more, gaz)
        cold = _cold(second)
        _cold(first)
        assert _frames(second) == cold  # the memo holds the first reading's sentences
        n += 1
    assert n >= 10


def test_find_frames_memo_by_sentence_text(readings: list[Any], gaz: Any) -> None:
    """A text made of another's sentences in another order (and one repeated): each
    sentence's matches are found at its new place as at its old one."""
    from psephos.claims.entities import find_mentions
    from psephos.claims.extract.tagging import tag

    small = [r for r in readings if len(r[0]) < 5000][:8]

    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.integers(0, len(small) - 1), st.randoms(use_true_random=False))
    def one(k: int, rnd: random.Random) -> None:
        text, mentions, _more = small[k]
        paras = text.split("\n\n")
        rnd.shuffle(paras)
        other = "\n\n".join([*paras, paras[0]])
        doc = tag(text, mentions, gaz)
        doc2 = tag(other, find_mentions(other, gaz, election="ge2024"), gaz)
        cold = _cold(doc2)
        from psephos.claims.extract import driver

        _cold(doc)  # the memo now holds the first text's sentences
        rules, _text, memo = driver._MEMO[0]
        # the second text's reading starts from the first's matches (a pure function of
        # the typed sentence): its sentences found there are served from them
        driver._MEMO[:] = [(rules, other, dict(memo))]
        assert set(memo) & {doc2.typed[s.start : s.end] for s in doc2.sentences}
        assert _frames(doc2) == cold

    one()


# --- tagging._seat_ngrams: only capitalised words visited ------------------------------------


def _seat_ngrams_reference(text: str, folded: str, gaz: Any) -> Iterator[tuple[int, int, str]]:
    """``tagging._seat_ngrams`` at e040e8a: every word visited."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
    prefixes = _seat_prefixes(gaz)
    longest = max(2, gaz.max_seat_words)
    i = 0
    while i < len(words):
        s0 = words[i][0]
        if not text[s0].isupper():
            i += 1
            continue
        # the gazetteer's keys drop possessives ("Queen's Park" -> "queen park")
        k = _POSSESSIVE.sub("", folded[s0 : words[i][1]])
        hit = None
        for n in range(2, min(longest, len(words) - i) + 1):
            if k not in prefixes:
                break
            j = i + n - 2
            gap = folded[words[j][1] : words[j + 1][0]]
            if gap.strip(" ,-(") or len(gap) > 3:
                break  # every longer n-gram has this gap too
            a, b = words[j + 1]
            k = f"{k} {_POSSESSIVE.sub('', folded[a:b])}"
            if k in gaz.seats:
                hit = (n, k)
        if hit:
            n, k = hit
            end = words[i + n - 1][1]
            # a bracketed qualifier closes the name: "Richmond (Yorks)"
            if "(" in folded[s0:end] and folded[end : end + 1] == ")":
                end += 1
            yield (s0, end, k)
            i += n
        else:
            i += 1


_WORDS = ["the", "and", "of", "upon", "North", "South", "East", "West", "Central", "Park", "won"]


def test_seat_ngrams_is_the_definition(gaz: Any) -> None:
    """Texts of real seat names (multi-word, with commas, hyphens, possessives and
    brackets) among other words, in any case: the same names at the same places."""
    names = sorted(k for k in gaz.seats if " " in k)
    pool = names[:: max(1, len(names) // 300)]
    assert len(pool) > 100

    def cased(name: str, how: int) -> str:
        if how == 0:
            return " ".join(w.capitalize() for w in name.split())
        if how == 1:
            return ", ".join(w.capitalize() for w in name.split())
        if how == 2:
            return "-".join(w.capitalize() for w in name.split())
        return name  # lower case: opens no name

    piece = st.one_of(
        st.tuples(st.sampled_from(pool), st.integers(0, 3)).map(lambda p: cased(*p)),
        st.sampled_from(_WORDS),
        st.sampled_from(["(Yorks)", "Queen's", "St", "'s", ",", ".", "\n\n", "42"]),
    )

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(piece, max_size=25))
    def one(pieces: list[str]) -> None:
        from psephos.claims.extract.tagging import _seat_ngrams

        text = " ".join(pieces)
        folded = fold(text)
        assert list(_seat_ngrams(text, folded, gaz)) == list(
            _seat_ngrams_reference(text, folded, gaz)
        )

    one()
    # and on every story of both corpora
    for p in STORIES:
        from psephos.claims.extract.tagging import _seat_ngrams

        text = p.read_text(encoding="utf-8")
        folded = fold(text)
        assert list(_seat_ngrams(text, folded, gaz)) == list(
            _seat_ngrams_reference(text, folded, gaz)
        )


def test_poll_sentences_is_the_search(readings: list[Any], gaz: Any) -> None:
    """``driver.poll_sentences`` (kept for the last folded text and sentences) is the poll
    pattern searched in every sentence, whatever text was asked about before."""
    from psephos.claims.extract.driver import _POLL, poll_sentences
    from psephos.claims.extract.tagging import tag

    order = [r for r in readings if "poll" in r[0].lower()][:6] + readings[:4]
    assert len(order) >= 8
    for text, mentions, more in order + order[::-1]:
        for ms in (mentions, more):
            doc = tag(text, ms, gaz)
            want = [_POLL.search(doc.folded[s.start : s.end]) is not None for s in doc.sentences]
            assert poll_sentences(doc) == want
    assert any(poll_sentences(tag(*order[0][:2], gaz)))  # a story with a poll figure


# --- patterns.closed_clauses: kept for the last folded text ------------------------------------


def _closed_clauses_reference(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """``patterns.closed_clauses`` at e040e8a: computed at every call."""
    from psephos.claims.extract.patterns import _CLAUSE

    found = [(start + m.start(), start + m.end()) for m in _CLAUSE.finditer(folded[start:end])]
    return sorted(found + round9_wrong.side_clauses(folded, start, end))


_CLAUSY = [
    "Labour, which won the seat in 1997, held it",
    "Battersea - which Labour first won in 1997 - went to the Tories",
    "the SNP won back the seat they lost in 2019, by 1,747",
    "Jane Smith, first elected in 2015, (a former teacher) kept",
    "who defected in March,",
    ". ",
    "\n\n",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_CLAUSY), min_size=1, max_size=5),
            st.integers(-5, 200),
            st.integers(-5, 200),
            st.booleans(),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_closed_clauses_is_the_computation(calls: list[tuple[list[str], int, int, bool]]) -> None:
    """Any sequence of texts (repeated, or another) and stretches, negative ends included;
    a caller that changes the list it got does not change the next caller's."""
    from psephos.claims.extract.patterns import closed_clauses

    for pieces, start, end, spoil in calls:
        folded = fold(" ".join(pieces))
        got = closed_clauses(folded, start, end)
        assert got == _closed_clauses_reference(folded, start, end)
        if spoil:
            got.append((0, 0))
        assert closed_clauses(folded, start, end) == _closed_clauses_reference(folded, start, end)
