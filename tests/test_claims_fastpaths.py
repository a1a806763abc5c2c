"""The claim checker's fast paths give the same answers as the plain definitions they
replace (property-based: hypothesis draws the texts).

- ``text.fold``: one ``str.translate`` over a table of the text's characters, against the
  character-by-character definition (NFKD first character, lower case if that stays one
  character);
- ``text.in_spans`` on :class:`text.Spans` (binary search) against a scan;
- ``text.key`` works word by word, which ``entities.find_mentions`` relies on to skip
  starts whose first word begins no name;
- ``entities.best_matches`` (batched ``cdist``) against ``process.extractOne``.
- the driver's generated rule filter against the conjuncts it is built from (and never
  dropping a rule whose pattern matches); ``_Shifted`` against the match's own offsets;
- ``Ctx.clauses`` (the sentence's clauses found once, cut at the position) against
  ``closed_clauses`` on the sentence cut there, and ``Ctx.clause_start`` (its breaks found
  once) against the scan of the cut sentence;
- ``numbers.find_quantities`` (anchored) against the plain scan, and the characters it
  sends to the plain scan against every code point;
- ``tagging._alias_regex`` (grouped by first character) against the flat alternation;
- ``text.capitalised_runs`` (words that change no run skipped) against its first form;
- ``prefilter.one_byte_image`` keeps every needle found in the text;
- ``when.full_dates`` (searched only before years) against ``_FULL_DATE.finditer``;
- ``recache.compile`` (patterns built from the cache folder's opcodes) against
  ``re.compile`` for every rule pattern, and its damaged files and unwritable folders;
- ``settle_paragraphs``' paragraph index (binary search) against counting the breaks.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.claims import text as tx

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _fold_reference(text: str) -> str:
    out = []
    for ch in text.translate(_QUOTES):
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


_NEWS = st.text(
    alphabet=st.sampled_from(list("abcXYZ '’‘“”-–—&.,;\n0123456789éÉçÇßİﬁ½ŁøØ")),
    max_size=60,
)


@given(st.one_of(_NEWS, st.text(max_size=40)))
@settings(max_examples=300, deadline=None)
def test_fold_matches_the_definition(text: str) -> None:
    got = tx.fold(text)
    assert got == _fold_reference(text)
    assert len(got) == len(text)


def test_fold_every_character() -> None:
    # every code point at once (the cache is bounded: a text with more distinct
    # characters than it keeps is folded from a copy of the table)
    text = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert tx.fold(text) == _fold_reference(text)
    assert len(tx._FOLDED) <= tx._FOLD_CACHE


@given(st.text(alphabet=st.sampled_from(list('ab "“”\n')), max_size=80), st.integers(-2, 90))
@settings(max_examples=300, deadline=None)
def test_in_spans_binary_search_matches_scan(text: str, pos: int) -> None:
    spans = tx.quotations(text)
    assert isinstance(spans, tx.Spans)
    assert tx.in_spans(pos, spans) == any(s <= pos < e for s, e in list(spans))
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # sorted, apart


@given(st.lists(st.text(alphabet=st.sampled_from(list("abAB's’-&.,()éÉ\"İß")), min_size=1)))
@settings(max_examples=300, deadline=None)
def test_key_works_word_by_word(words: list[str]) -> None:
    joined = " ".join(words)
    assert tx.key(joined) == " ".join(k for k in map(tx.key, words) if k)


_NAMES = [
    "keir starmer",
    "rishi sunak",
    "ed davey",
    "carla denyer",
    "adrian ramsay",
    "jeremy corbyn",
    "jeremy hunt",
    "kier starmer",
    "nigel farage",
]


@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("abcdeijkmnorstuy ")), max_size=16), max_size=30
    ),
    st.sampled_from([90.0, 75.0, 50.0]),
)
@settings(max_examples=200, deadline=None)
def test_best_matches_is_extract_one(queries: list[str], cutoff: float) -> None:
    from rapidfuzz import fuzz, process

    from psephos.claims.entities import best_matches

    queries = [*queries, *_NAMES, "keir starmr", "jermy hunt"]
    got = best_matches(queries, _NAMES, cutoff)
    for q in queries:
        want = process.extractOne(q, _NAMES, scorer=fuzz.ratio, score_cutoff=cutoff)
        assert got[q] == (None if want is None else (want[0], want[1]))


def test_best_matches_ties_take_the_first_choice() -> None:
    from psephos.claims.entities import best_matches

    # "ab" is equally close (ratio 80) to "abc" and "abd": the first listed wins
    assert best_matches(["ab"], ["xyz", "abc", "abd"], 75.0)["ab"] == ("abc", 80.0)
    assert best_matches(["ab"], ["xyz"], 75.0)["ab"] is None


def _rule_words() -> list[str]:
    """Words and tag marks the rule patterns are made of (so random sentences hit them)."""
    import re

    import psephos.claims.extract  # noqa: F401 - registers the rules
    from psephos.claims.extract.patterns import _NEEDS, RULES

    words: set[str] = set()
    for rx in [r[1] for r in RULES] + list(_NEEDS.values()):
        words.update(re.findall(r"[a-z]{2,}", rx.pattern))
        words.update(re.findall(r"[\ue000-\ue0ff]", rx.pattern))
    return sorted(words)


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_prefilter_never_skips_a_match(data: st.DataObject) -> None:
    import psephos.claims.extract  # noqa: F401
    from psephos.claims.extract.patterns import _NEEDS, RULES
    from psephos.claims.extract.prefilter import may_match

    words = _rule_words()
    pieces = data.draw(
        st.lists(
            st.one_of(st.sampled_from(words), st.sampled_from([" ", ", ", "-", "'s ", "."])),
            max_size=25,
        )
    )
    sentence = " ".join(pieces)
    for rx in [r[1] for r in RULES] + list(_NEEDS.values()):
        if not may_match(rx, sentence):
            assert rx.search(sentence) is None, (rx.pattern[:80], sentence)


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_compiled_filter_is_the_conjuncts_and_never_skips_a_match(data: st.DataObject) -> None:
    """The generated per-sentence filter the driver uses answers exactly "every conjunct of
    every pattern of the rule has a string in the sentence", so it never drops a rule
    whose pattern (and needs pattern) matches."""
    import psephos.claims.extract  # noqa: F401
    from psephos.claims.extract.driver import _rule_filter
    from psephos.claims.extract.patterns import _NEEDS, RULES
    from psephos.claims.extract.prefilter import conjuncts

    words = _rule_words()
    pieces = data.draw(
        st.lists(
            st.one_of(st.sampled_from(words), st.sampled_from([" ", ", ", "-", "'s ", "."])),
            max_size=25,
        )
    )
    sentence = " ".join(pieces)
    got = _rule_filter()(sentence)
    want = []
    for r, (name, rx, _fn) in enumerate(RULES):
        pats = [rx, _NEEDS[name]] if name in _NEEDS else [rx]
        if all(any(a in sentence for a in c) for p in pats for c in conjuncts(p)):
            want.append(r)
        elif all(p.search(sentence) for p in pats):
            raise AssertionError((name, rx.pattern[:80], sentence))
    assert got == want


def test_compiled_filter_small_cases() -> None:
    import re

    from psephos.claims.extract.prefilter import compile_filter

    won = re.compile(r"\ue001\s+(?:won|held)\s+\ue006")
    quote = re.compile(r"it's \"x\"|\\")  # strings that need escaping in the source
    anything = re.compile(r"\d*")
    f = compile_filter([[won], [quote], [anything], [won, anything]])
    assert f("\ue001 held \ue006") == [0, 2, 3]
    assert f("\ue001 lost \ue006") == [2]
    assert f('it\'s "x"') == [1, 2]
    assert f("\\") == [1, 2]
    assert compile_filter([])("anything") == []


def test_prefilter_conditions() -> None:
    import re

    from psephos.claims.extract.prefilter import may_match, requirement

    rx = re.compile(r"(?P<a>\ue001)\s+(?:won|held)\s+[\ue006\ue007]+")
    assert set(map(frozenset, requirement(rx))) >= {frozenset({"won", "held"})}
    assert may_match(rx, "\ue001 held \ue006") and rx.search("\ue001 held \ue006")
    assert not may_match(rx, "\ue001 lost \ue006")
    # optional parts, lookarounds and case-insensitive patterns give no condition
    assert requirement(re.compile(r"(?:won)?x?(?=held)")) == ()
    assert requirement(re.compile(r"won", re.I)) == ()
    assert requirement(re.compile(r"(?i:won)")) == ()
    # a branch without a condition: the alternation gives none
    assert requirement(re.compile(r"won|\d+")) == ()


def test_evaluations_are_kept_per_store_and_bounded(store_path, monkeypatch) -> None:  # noqa: ANN001
    """The same claim in another check is answered from the store's cache, with the same
    verdict; the cache keeps at most EVAL_CACHE evaluations (oldest dropped)."""
    from psephos.claims import check as ck
    from psephos.claims import check_text
    from psephos.store.connect import connect

    text = "Labour won 411 seats at the 2024 general election."
    first = check_text(text, db=store_path)
    cache = ck._evaluations(connect(store_path))
    assert len(cache) >= 1
    again = check_text("Some words first. " + text, db=store_path)  # other offsets
    assert [c.verdict for c in again.claims] == [c.verdict for c in first.claims]
    assert again.claims[0].claim.start != first.claims[0].claim.start
    monkeypatch.setattr(ck, "EVAL_CACHE", 2)
    check_text("The Conservatives won 121 seats in 2024. Turnout was 60 per cent.", db=store_path)
    check_text("The Liberal Democrats won 72 seats in 2024.", db=store_path)
    assert len(cache) <= 2


def test_frame_key_keeps_what_evaluation_reads() -> None:
    """Two frames that differ only in how a slot was filled (named or inferred) or in the
    stated wording are different questions; offsets alone are not."""
    from psephos.claims.check import _frame_key
    from psephos.claims.frame import Frame, Subject
    from psephos.claims.model import Stated

    def frame(how: str, text: str, start: int) -> Frame:
        f = Frame("seats", Subject(kind="party", text="Labour", party="Lab", start=start))
        f.scope.how = how
        f.stated = Stated(text, 0.5, 0.45, 0.55, "test")
        return f

    assert _frame_key(frame("named", "half", 10)) == _frame_key(frame("named", "half", 99))
    assert _frame_key(frame("named", "half", 10)) != _frame_key(frame("inferred", "half", 10))
    assert _frame_key(frame("named", "half", 10)) != _frame_key(frame("named", "0.5", 10))


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=60))
@settings(max_examples=300, deadline=None)
def test_disjoint_spans_free_matches_scan(pairs: list[tuple[int, int]]) -> None:
    from psephos.claims.when import DisjointSpans

    kept = DisjointSpans()
    plain: list[tuple[int, int]] = []
    for s, n in pairs:
        e = s + n
        free = not any(a < e and s < b for a, b in plain)
        assert kept.free(s, e) == free
        if free:
            kept.add(s, e)
            plain.append((s, e))
    assert kept.spans == sorted(plain)


# --- the number scanner ----------------------------------------------------------------------

_NUMBER_PIECES = [
    *"0123456789",
    "15,647",
    "30.6",
    "1.45",
    "02:31",
    "7",
    "1918",
    "2024",
    "20th",
    "3rd",
    "1990s",
    "one",
    "Twenty",
    "twenty-three",
    "hundred",
    "thousand",
    "million",
    "four million",
    "fourteen",
    "Seventy",
    "eight",
    "nineteen",
    "zero",
    "5m",
    "£1.2m",
    "$500",
    "€ 3",
    "pounds",
    "per cent",
    "percent",
    "%",
    "pc",
    "points",
    "-year-old",
    "aged",
    "Aged",
    "a third",
    "two-thirds",
    "half",
    "a quarter",
    "three quarters",
    "a fifth",
    "tenth",
    "one in five",
    "one vote in ten",
    "four out of five",
    "in",
    "out of",
    "and",
    "May",
    "may",
    "September",
    "sept",
    "Jan",
    "december",
    "st",
    "nd",
    "th",
    "second",
    "Third",
    "first",
    "more than",
    "nearly",
    "about",
    "just over",
    "some",
    "someone",
    "often",
    "weight",
    "tone",
    "Ninety",
    "Kelvin K",
    "ſix",
    "İ",
    "ı",
    "a",
    "an",
    "the",
    "x",
    "_",
    "é",
    "’",
    "'s",
    "-",
    ",",
    ".",
    ":",
    "(",
    ")",
    "\n",
]


@given(
    st.lists(
        st.tuples(st.sampled_from(_NUMBER_PIECES), st.sampled_from(["", " ", "  ", "-", ", "])),
        max_size=30,
    )
)
@settings(max_examples=500, deadline=None)
def test_number_scanner_is_the_plain_scan(pieces: list[tuple[str, str]]) -> None:
    """The anchored scanner finds exactly the quantities of the plain scan (the pattern
    tried at every position)."""
    from psephos.claims.numbers import find_quantities

    text = "".join(a + b for a, b in pieces)
    assert find_quantities(text) == find_quantities(text, _plain=True)


@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-£%aeinorstuvwxyMSJ")), max_size=60))
@settings(max_examples=300, deadline=None)
def test_number_scanner_is_the_plain_scan_on_noise(text: str) -> None:
    from psephos.claims.numbers import find_quantities

    assert find_quantities(text) == find_quantities(text, _plain=True)


def test_number_scanner_case_folding_exceptions() -> None:
    """The scanner's anchors are read on ``text.lower()``; the only characters for which
    that differs from what re.IGNORECASE matches (an ASCII letter matched by a character
    whose lower case is not that letter, or a lower case of two characters) are the ones
    ``_CASE_ODD`` sends to the plain scan, and lower-casing keeps word characters word
    characters (the anchors' \\b)."""
    import re
    import string

    from psephos.claims.numbers import _CASE_ODD

    letter = re.compile("[a-z]", re.I)

    def is_word(c: str) -> bool:
        return c.isalnum() or c == "_"

    def folds_oddly(c: str) -> bool:
        low = c.lower()
        if len(low) != 1:
            return True
        return (
            bool(letter.fullmatch(c))
            and low not in string.ascii_lowercase
            or (is_word(low) != is_word(c))
        )

    odd = [chr(i) for i in range(128, 0x110000) if folds_oddly(chr(i))]
    assert odd and all(_CASE_ODD.fullmatch(c) for c in odd)


@given(st.text(alphabet=st.sampled_from(list("ab c")), max_size=30), st.integers(0, 40))
@settings(max_examples=300, deadline=None)
def test_shifted_match_offsets(text: str, base: int) -> None:
    """The driver's shifted match reads group offsets from ``Match.regs``: the same as the
    match's own, shifted; a group the pattern lacks (or that did not take part) is -1/None."""
    import re

    import pytest

    from psephos.claims.extract.driver import _Shifted

    for m in re.finditer(r"(?P<x>a+)?(?P<y>b)|(c)", text):
        sh = _Shifted(m, base)
        for g in ("x", "y", 0, 1, 2, 3):
            s, e = m.span(g)
            assert sh.span(g) == (s + base if s >= 0 else -1, e + base if e >= 0 else -1)
            assert (sh.start(g), sh.end(g)) == sh.span(g)
            assert sh.group(g) == m.group(g) == sh[g]
        assert sh.span("missing") == (-1, -1) and sh.group("missing") is None
        assert sh.start("missing") == sh.end("missing") == -1
        assert sh.groupdict() == m.groupdict()
        for bad in (4, -1):
            for read in (sh.start, sh.end, sh.span):
                with pytest.raises(IndexError):
                    read(bad)


_CLAUSE_WORDS = st.sampled_from(
    ["", " ", ",", ", ", ", who", ", which", " the", " a", "an", " aged", ";", ":", " won", "x"]
)


@given(
    st.lists(_CLAUSE_WORDS, max_size=40),
    st.integers(0, 6),
    st.integers(-3, 200),
    st.integers(1, 4),
)
@settings(max_examples=400, deadline=None)
def test_sentence_clauses_cut_is_closed_clauses(
    words: list[str], start: int, pos: int, pad: int
) -> None:
    """``Ctx.clauses`` finds the sentence's closed clauses once and keeps those that end by
    the cut: the same as ``closed_clauses`` on the sentence cut at ``pos + 2``, for every
    cut (a clause runs to its first comma after the opening one, so a cut drops exactly the
    clauses that end past it). Long runs of words reach the clause's 80-character limit."""
    from psephos.claims.extract.patterns import Ctx, closed_clauses
    from psephos.claims.text import Span

    body = "".join(w * (pad if w == "x" else 1) for w in words)
    text = "q" * start + body + ". next, which is, here,"
    sent = Span(start, start + len(body), body)

    class _Doc:
        folded = text

    ctx = Ctx(_Doc(), sent, 0, [])  # type: ignore[arg-type]
    for p in (pos, *range(start - 3, sent.end + 2)):
        want = closed_clauses(text, sent.start, min(sent.end, p + 2))
        assert ctx.clauses(p) == want


_ALIASES = [
    "lib dem",
    "lib dems",
    "labour",
    "lab",
    "liberal democrats",
    "green",
    "greens",
    "the greens",
    "reform uk",
    "reform",
    "snp",
    "sinn fein",
    "sinn-fein",
    "plaid",
    "plaid cymru",
    "tories",
    "tory",
    "conservative",
    "conservatives",
    "-x",
    " y",
    "1st",
]


@given(
    st.lists(st.sampled_from(_ALIASES), min_size=1, max_size=12, unique=True),
    st.lists(
        st.sampled_from([*_ALIASES, " ", "  ", "-", ",", "'s", "x", "the ", "\n"]), max_size=25
    ),
)
@settings(max_examples=300, deadline=None)
def test_alias_regex_is_the_flat_alternation(names: list[str], pieces: list[str]) -> None:
    """Names grouped by first character match exactly where the flat longest-first
    alternation does."""
    import re

    from psephos.claims.extract.tagging import _alias_regex

    alts = sorted(set(names), key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"[\s-]+") for a in alts)
    flat = re.compile(rf"(?<![\w\-])(?:{body})(?![\w])")
    text = "".join(pieces)
    got = [m.span() for m in _alias_regex(names).finditer(text)]
    assert got == [m.span() for m in flat.finditer(text)]


def _capitalised_runs_reference(text: str) -> list[tuple[int, int, str]]:
    """``text.capitalised_runs`` as first written: every word closes or extends the run."""
    connect, possessive = tx._CONNECT, tx._POSSESSIVE
    runs: list[tuple[int, int, str]] = []
    cur: list = []  # type: ignore[type-arg]

    def flush() -> None:
        while cur and cur[-1].group().lower() in connect:
            cur.pop()
        if cur:
            s, e = cur[0].start(), cur[-1].end()
            word = text[s:e]
            stripped = word[:-2] if word.endswith(possessive) else word
            runs.append((s, s + len(stripped), stripped))
        cur.clear()

    prev_end = -1
    for m in tx._TOKEN.finditer(text):
        gap = text[prev_end : m.start()] if prev_end >= 0 else " "
        word = m.group()
        joined = prev_end >= 0 and gap.strip() == "" and "\n" not in gap
        if word[0].isupper():
            if not joined:
                flush()
            cur.append(m)
        elif word.lower() in connect and cur and joined:
            cur.append(m)
        else:
            flush()
        prev_end = m.end()
        if word.endswith(possessive):
            flush()
            prev_end = -1
    flush()
    return runs


_RUN_PIECES = st.sampled_from(
    ["Ab", "and", "of", "The", "the", "Upon", "upon", "De", "x", "ab'c", "O'Neill"]
    + [" ", "  ", "\n", "\t", "\u00a0", ",", "-", "9", "'", "'s", "’s", "×", "Ü", "é"]
)


@given(st.lists(_RUN_PIECES, max_size=30))
@settings(max_examples=500, deadline=None)
def test_capitalised_runs_is_the_reference(pieces: list[str]) -> None:
    """The runs are the same when only words that can close or extend a run are looked at
    (a lower-case word with no run open is skipped); "×" makes an empty gap between two
    words, "\\u00a0" a gap of other white space."""
    text = "".join(pieces)
    got = [(r.start, r.end, r.text) for r in tx.capitalised_runs(text)]
    assert got == _capitalised_runs_reference(text)


_BREAK_WORDS = st.sampled_from(
    [" ", "  ", ",", ", ", ", and", ", but ", " while ", " though", ";", ":", "x", "and", "\n"]
)


@given(st.lists(_BREAK_WORDS, max_size=30), st.integers(0, 5))
@settings(max_examples=400, deadline=None)
def test_clause_start_is_the_scan(words: list[str], start: int) -> None:
    """``Ctx.clause_start`` reads the sentence's clause breaks found once: the same as
    scanning the sentence cut at the position, for every position in and around it (a
    break across the cut, ", and  " cut in its spaces, falls back to the scan)."""
    from psephos.claims.extract.patterns import _CLAUSE_BREAK, Ctx
    from psephos.claims.text import Span

    body = "".join(words)
    text = "q" * start + body + ", and then; more"
    sent = Span(start, start + len(body), body)

    class _Doc:
        folded = text

    ctx = Ctx(_Doc(), sent, 0, [])  # type: ignore[arg-type]
    for p in range(start - 2, len(text) + 2):
        want = sent.start
        for m in _CLAUSE_BREAK.finditer(text, sent.start, p):
            want = m.end()
        assert ctx.clause_start(p) == want


_IMAGE_CHARS = st.sampled_from(list("ab ?\t\n\x01\x06£é’\ue001\ue006\ue00a€ł"))


@given(
    st.lists(st.text(alphabet=_IMAGE_CHARS, min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet=_IMAGE_CHARS, max_size=40),
)
@settings(max_examples=400, deadline=None)
def test_one_byte_image_keeps_every_substring(needles: list[str], text: str) -> None:
    """The rule filter tests needles on a one-byte image of the sentence: the image keeps
    the length, is one byte a character, and every needle found in the text is found (as
    its image) in the text's image, so the filter never drops a rule it would keep."""
    from psephos.claims.extract.prefilter import one_byte_image

    image = one_byte_image(set(needles))
    got = image(text)
    assert len(got) == len(text) and all(ord(c) <= 0xFF for c in got)
    for s in needles:
        if s in text:
            assert image(s) in got
    # the needles' own wide characters stay apart (the marks keep their selectivity)
    wide = {c for s in needles for c in s if ord(c) > 0xFF}
    assert len({image(c) for c in wide}) == len(wide)


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_whole_text_filter_is_the_per_sentence_filter(data: st.DataObject) -> None:
    """``RuleFilter.each`` (the rules of every sentence of a text, needle by needle) gives
    what the per-sentence filter gives on each sentence, for the driver's rule filter and
    for small filters of letter, mark, punctuation and multi-word needles; spans that
    overlap or run backwards are filtered one by one."""
    import re

    import psephos.claims.extract  # noqa: F401
    from psephos.claims.extract.driver import _POLL_FILTER, _rule_filter
    from psephos.claims.extract.prefilter import compile_filter

    words = _rule_words()
    pieces = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(words),
                st.sampled_from([" ", ", ", "-", "'s ", ".", "é", "\u2019", "\ue001x"]),
                st.text(alphabet="abtheons ,\ue006", max_size=6),
            ),
            max_size=60,
        )
    )
    text = " ".join(pieces)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=12)))
    spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    if data.draw(st.booleans()) and spans:
        spans.append(spans[0])  # out of order: the per-span path
    small = compile_filter(
        [
            [re.compile(r"\ue001\s+(?:won|held)\s+\ue006")],
            [re.compile(r"more than|of the\b")],
            [re.compile(r"[,;]\s*th(?:e|ey)")],
            [re.compile(r"-biggest|\u2019s")],
        ]
    )
    for f in (_rule_filter(), _POLL_FILTER, small):
        image = f.image(text)
        assert f.each(image, spans) == [f(text[s:e]) for s, e in spans], spans


def test_gc_paused_restores_the_collector() -> None:
    """Extraction pauses the cyclic collector and leaves it as it found it: on when it
    was on (also after an error and after nested pauses), off when it was off."""
    import gc

    from psephos.claims.text import gc_paused

    was = gc.isenabled()
    try:
        gc.enable()
        with gc_paused():
            assert not gc.isenabled()
            with gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
        try:
            with gc_paused():
                raise ValueError("boom")
        except ValueError:
            pass
        assert gc.isenabled()
        gc.disable()
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def _noun_metric_reference(noun: str) -> str | None:
    import re

    from psephos.claims import lexicon as lx

    n = noun.lower().strip()
    for k, v in sorted(lx.SUPERLATIVE_NOUNS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(k)}\b", n):
            return v
    return None


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_noun_metric_and_outcome_word_are_the_plain_scans(data: st.DataObject) -> None:
    """``Ctx.noun_metric`` (compiled patterns made once, a substring test first) is the
    plain scan of the lexicon's nouns longest first; ``Ctx.outcome_word`` (compiled
    patterns) reads the same outcome as the patterns tried as strings."""
    import re

    from psephos.claims import lexicon as lx
    from psephos.claims.extract.patterns import _OUTCOME_WORDS, Ctx

    nouns = sorted(lx.SUPERLATIVE_NOUNS)
    pieces = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(nouns),
                st.sampled_from(["won back", "held", "lost", "gains", "home", "the", "x"]),
                st.text(alphabet="aesty -", max_size=5),
            ),
            max_size=6,
        )
    )
    noun = " ".join(pieces)
    assert Ctx.noun_metric(noun) == _noun_metric_reference(noun)
    t = " ".join(noun.lower().split())
    want = next((w for rx, w in _OUTCOME_WORDS if re.search(rx.pattern, t)), None)
    assert Ctx.outcome_word(noun) == want


@given(
    st.lists(st.text(alphabet=_IMAGE_CHARS, min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(
        alphabet=st.one_of(_IMAGE_CHARS, st.sampled_from(["\U0001f600", "\u2019"])), max_size=60
    ),
    st.integers(1, 80),
)
@settings(max_examples=200, deadline=None)
def test_one_byte_image_of_a_long_text_is_its_characters_images(
    needles: list[str], piece: str, times: int
) -> None:
    """A long text is imaged with a numpy look-up table: the same string as imaging it
    character by character (the ``str.translate`` path of short texts)."""
    from psephos.claims.extract.prefilter import one_byte_image

    image = one_byte_image(set(needles))
    text = piece * times + "x" * 2_000
    assert image(text) == "".join(image(c) for c in text)


@given(
    st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["seat", "party", "num", "area"]))),
    st.integers(-5, 200),
    st.integers(-5, 200),
    st.lists(st.sampled_from(["seat", "party", "num", "area", "year"]), max_size=3),
)
@settings(max_examples=300, deadline=None)
def test_tags_in_and_last_before_by_kind_are_the_scans(
    steps: list[tuple[int, str]], start: int, end: int, kinds: list[str]
) -> None:
    """``Doc.tags_in`` of one kind (a search in that kind's own tags) returns the tags
    the plain search-and-filter over every tag returns, in the same order; ``last_before``
    (a search in each kind's tags) the tag the plain scan back finds."""
    import bisect

    from psephos.claims.extract.tagging import Doc, Tag

    tags, pos = [], 0
    for gap, kind in steps:
        pos += gap
        tags.append(Tag(kind, pos, pos + 1, "x"))
        pos += 1
    doc = Doc("", "", "", [], [], tags, [], {t.start: t for t in tags})
    doc.starts = [t.start for t in tags]
    want = [t for t in tags if start <= t.start < end and (not kinds or t.kind in kinds)]
    assert doc.tags_in(start, end, *kinds) == want
    assert doc.tags_in(start, end, *kinds) == want  # again, from the kept index
    # last_before: the plain scan back over every tag
    floor = max(0, start)
    i = bisect.bisect_left(doc.starts, end) - 1
    last = None
    while i >= 0 and tags[i].start >= floor:
        if tags[i].kind in kinds:
            last = tags[i]
            break
        i -= 1
    assert doc.last_before(end, *kinds, floor=floor) is last


@given(
    st.lists(
        st.sampled_from(
            ["more than ", "nearly ", "about ", "", "15,000", "23", "4.5 per cent", "two-thirds"]
            + ["four million", "528", "a fifth", "third", "20th", "12.5%", "3,000 votes", " "]
        ),
        max_size=12,
    ),
    st.sampled_from([None, True, False]),
)
@settings(max_examples=300, deadline=None)
def test_stated_kept_is_the_plain_reading(pieces: list[str], exact: bool | None) -> None:
    """``Quantity.stated`` (kept per kind, text, value, qualifier and ``exact``) gives
    what the plain reading gives, asked once or twice, for every quantity of a text."""
    from psephos.claims.numbers import find_quantities

    for q in find_quantities(" ".join(pieces)):
        want = q._stated(exact)
        assert q.stated(exact=exact) == want
        assert q.stated(exact=exact) == want


def _earlier_reference(ctx, f, start: int, end: int) -> None:  # noqa: ANN001
    """Round 4's ``Ctx.earlier`` (no early return when the window holds no cue word)."""
    from psephos.claims.extract import patterns as pt
    from psephos.claims.numbers import parse_number

    lo = max(ctx.clause_start(start), start - 60)
    hi = min(ctx.clause_break(end), end + 40)
    inner = ctx.clauses(end)
    before = pt._LAST_TIME_ANY.search(ctx.doc.folded, lo, start)
    if before is not None and any(a <= before.start() < b for a, b in inner):
        before = None
    if f.measure not in pt._AGAINST_BASELINE and (
        before is not None or pt._LAST_TIME.match(ctx.doc.folded, end, hi)
    ):
        f.election = "previous"
        f.notes.append("'last time': the previous election")
        return
    if ctx.doc.folded.find("year", lo, start) < 0:
        return
    inner = ctx.clauses(start)
    cue = None
    for mm in pt._YEARS_BACK.finditer(ctx.doc.folded, lo, start):
        if not any(a <= mm.start() < b for a, b in inner):
            cue = mm if mm.group("w") != "after" else None
    after = pt._YEARS_AFTER.search(ctx.doc.folded, max(lo, start - 30), start)
    hit = after or cue
    if hit is None:
        return
    if any(
        not any(a <= y.start < b for a, b in ctx.clauses(end))
        for y in ctx.doc.tags_in(ctx.clause_start(start), ctx.clause_break(end), "year")
    ):
        return
    word = hit.group("n")
    k = parse_number(word)
    if k is not None and 0 < k <= 5:
        f.election = "previous"
        f.notes.append(f"'{word} years' before the story's election: the previous election")
    else:
        f.unresolved.append(
            f"election: said of an earlier election ('{word} years' back), not the story's"
        )


_CUE_WORDS = st.sampled_from(
    ["last time", "at the last election", "the time before", "two years ago", "3 years",
     "years after", "year", "after", "earlier", "won", "held", "the seat", ", which", ",",
     "; but", "in the previous general election", "time", "elections", "twelve", "ago"]
)  # fmt: skip


@given(st.lists(_CUE_WORDS, max_size=14), st.integers(0, 200), st.integers(0, 40))
@settings(max_examples=400, deadline=None)
def test_earlier_early_return_is_the_full_reading(words: list[str], at: int, width: int) -> None:
    """``Ctx.earlier`` returning at once when its window holds none of "time", "election",
    "year" leaves every frame as round 4's full reading does."""
    from psephos.claims.extract.patterns import Ctx
    from psephos.claims.extract.tagging import Doc
    from psephos.claims.frame import Frame, Subject
    from psephos.claims.text import Span

    text = " ".join(words) + "."
    start = min(at, len(text))
    end = min(start + width, len(text))
    doc = Doc(text, text, text, [Span(0, len(text), text)], [], [], [], {})
    for measure in ("share", "change"):
        got = Frame(measure=measure, subject=Subject("party"))
        want = Frame(measure=measure, subject=Subject("party"))
        Ctx(doc, doc.sentences[0], 0, []).earlier(got, start, end)
        _earlier_reference(Ctx(doc, doc.sentences[0], 0, []), want, start, end)
        assert got == want, (text, start, end)


def test_stored_conjuncts_are_the_computed_ones(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """The rule filter's conjuncts read back from the cache folder are those computed from
    the patterns' parse trees, for every rule; a damaged or foreign file is ignored and an
    unwritable folder only means nothing is saved."""
    import psephos.claims.extract  # noqa: F401 - registers the rules
    from psephos.claims.extract import prefilter as pf
    from psephos.claims.extract.patterns import _NEEDS, RULES

    pats = [rx for _n, rx, _f in RULES] + list(_NEEDS.values())
    want = {rx: pf.conjuncts(rx) for rx in pats}
    monkeypatch.setenv("PSEPHOS_CACHE", str(tmp_path))
    stored = pf._Stored(pats)
    stored.save()
    assert stored.path.is_file()
    monkeypatch.setattr(pf, "_ALL", {})
    again = pf._stored_conjuncts(pats)
    assert again.loaded
    assert {rx: pf._ALL[rx] for rx in pats} == want
    # a file cut short, of another length or of the wrong types: ignored, computed again
    for bad in ("[[[", "[]", '[[["a", 1]]]', "{}"):
        stored.path.write_text(bad, encoding="utf-8")
        monkeypatch.setattr(pf, "_ALL", {})
        assert not pf._stored_conjuncts(pats).loaded
        assert {rx: pf.conjuncts(rx) for rx in pats} == want
    # another pattern list is another file
    assert pf._Stored(pats[:-1]).path != stored.path
    # an unwritable cache folder: no error
    monkeypatch.setenv("PSEPHOS_CACHE", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    pf._Stored(pats).save()
    # no cache folder at all (no home folder to find): computed, nothing kept, no error
    monkeypatch.delenv("PSEPHOS_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr("pathlib.Path.home", lambda: (_ for _ in ()).throw(RuntimeError("no home")))
    monkeypatch.setattr(pf, "_ALL", {})
    homeless = pf._stored_conjuncts(pats)
    assert homeless.path is None and not homeless.loaded
    homeless.save()
    assert {rx: pf.conjuncts(rx) for rx in pats} == want


# pieces of full dates and their near misses: days with and without suffixes, months in
# any case, years of every width, commas, words run together, other digits
_DATE_PIECES = st.sampled_from(
    [
        "1",
        "3",
        "12",
        "31",
        "012",
        "st",
        "nd",
        "th",
        "rd",
        " ",
        " ",
        ",",
        "May",
        "june",
        "SEPTEMBER",
        "Sept",
        "may",
        "1979",
        "2024",
        "19790",
        "2019",
        "20",
        "19",
        "201",
        "x",
        "since ",
        "\n",
        "-",
        "\u0661\u0669\u0667\u0669",
    ]  # fmt: skip
)


@given(st.lists(_DATE_PIECES, max_size=40))
@settings(max_examples=500, deadline=None)
def test_full_dates_are_the_plain_scan(pieces: list[str]) -> None:
    from psephos.claims.when import _FULL_DATE, full_dates

    text = "".join(pieces)
    want = [(m.span(), m.groupdict()) for m in _FULL_DATE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in full_dates(text)] == want


def test_full_dates_on_the_stories() -> None:
    from psephos.claims.when import _FULL_DATE, full_dates

    repo = Path(__file__).resolve().parents[1]
    dirs = [repo.parent / "shared" / "articles" / "dev", repo / "tests" / "claims_corpus"]
    texts = [p.read_text(encoding="utf-8") for d in dirs for p in sorted(d.glob("*.txt"))]
    assert texts
    whole = "\n\n".join(texts)
    found = [m.span() for m in full_dates(whole)]
    assert found == [m.span() for m in _FULL_DATE.finditer(whole)]
    assert found  # the stories give full dates ("4 July 2024")
    # the longest forms, at the start of the text and after other text
    for date in ["September 30th, 2024", "30th September 2024", "December 12th 2019"]:
        for text in [date, f"on {date} and", f"x{date}", f"{date}5", f"1{date}"]:
            want = [m.span() for m in _FULL_DATE.finditer(text)]
            assert [m.span() for m in full_dates(text)] == want, text


def _fresh_recache(monkeypatch, cache: Path) -> Any:  # noqa: ANN001, ANN401
    """``claims.recache`` with nothing loaded or compiled yet, keeping files in ``cache``."""
    from psephos.claims import recache

    monkeypatch.setenv("PSEPHOS_CACHE", str(cache))
    monkeypatch.setattr(recache, "_LOADED", None)
    monkeypatch.setattr(recache, "_USED", {})
    monkeypatch.setattr(recache, "_MISSED", [False])
    return recache


def test_recache_builds_re_compile_s_patterns(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import re

    from psephos.claims import numbers
    from psephos.claims.extract.patterns import _NEEDS, RULES

    every = [(rx.pattern, rx.flags) for _, rx, _ in RULES] + [
        (rx.pattern, rx.flags) for rx in _NEEDS.values()
    ]
    every += [(rx.pattern, rx.flags) for rx in (numbers._Q_RE, numbers._QUAL_BEFORE)]
    every += [("(?P<a>x)|(?P<b>y)?(?i:z)", re.I), ("[", 0)]  # groups, inline flags, an error
    wanted: list[Any] = []
    for p, f in every:
        try:
            wanted.append(re.compile(p, f & ~re.UNICODE))
        except re.error:
            wanted.append(None)
    for run in ("miss", "hit"):
        rc = _fresh_recache(monkeypatch, tmp_path)
        for (p, f), want in zip(every, wanted, strict=True):
            if want is None:
                with pytest.raises(re.error):
                    rc.compile(p, f & ~re.UNICODE)
                continue
            got = rc.compile(p, f & ~re.UNICODE)
            assert got == want and got.groupindex == want.groupindex, (run, p[:80])
        if run == "miss":
            assert rc._MISSED[0]
            rc.save()
            assert list((tmp_path / "claims").glob("regex-*.marshal"))
        else:  # every pattern came from the file
            for (p, f), want in zip(every, wanted, strict=True):
                assert (want is None) != (f"{int(f & ~re.UNICODE)}:{p}" in rc._loaded())


def test_recache_ignores_damaged_files_and_unwritable_folders(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import marshal
    import re

    rc = _fresh_recache(monkeypatch, tmp_path)
    rc.compile(r"\bwon\s+(\d+)")
    rc.save()
    (path,) = (tmp_path / "claims").glob("regex-*.marshal")
    good = marshal.loads(path.read_bytes())
    (key,) = good
    flags, code, groups, gi, ig = good[key]
    for damaged in [
        b"not marshal at all",
        marshal.dumps([1, 2]),
        marshal.dumps({key: (flags, ["x"], groups, gi, ig)}),
        marshal.dumps({key: (flags, [10**6, 3, 4], groups, gi, ig)}),  # code the engine refuses
        marshal.dumps({key: (flags, code, groups, {"g": "x"}, ig)}),
    ]:
        path.write_bytes(damaged)
        rc = _fresh_recache(monkeypatch, tmp_path)
        assert rc.compile(r"\bwon\s+(\d+)") == re.compile(r"\bwon\s+(\d+)")
    # a cache folder that cannot be made: nothing kept, no error
    blocked = tmp_path / "file"
    blocked.write_text("x")
    rc = _fresh_recache(monkeypatch, blocked)
    assert rc.compile("abc") == re.compile("abc")
    rc.save()
    assert blocked.read_text() == "x"
    assert not list(tmp_path.glob("**/*.tmp"))


def test_gc_spared_freezes_until_the_block_ends() -> None:
    """A check pauses the collector for extraction, freezes what it made (``spare()``)
    and unfreezes it at the end; the collector is left as it was found, after an error
    too; objects someone else froze are left frozen and nothing more is frozen."""
    import gc

    from psephos.claims.text import gc_spared

    was, threshold = gc.isenabled(), gc.get_threshold()
    assert gc.get_freeze_count() == 0
    try:
        gc.enable()
        gc.set_threshold(700, 10, 10)
        with gc_spared() as spare:
            assert not gc.isenabled()
            made = [[i] for i in range(1000)]
            spare()
            assert gc.isenabled()
            assert gc.get_freeze_count() >= len(made)
            assert gc.get_threshold() == (20_000, 20, 20)
            with gc_spared() as inner:  # a second check meanwhile (another thread's)
                inner()
            assert gc.get_freeze_count() >= len(made)
            assert gc.get_threshold() == (20_000, 20, 20)
        assert gc.get_freeze_count() == 0 and gc.isenabled()
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(0, 10, 10)  # automatic collection off: stays off
        with gc_spared() as spare:
            spare()
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold() == (0, 10, 10)
        gc.set_threshold(700, 10, 10)
        with pytest.raises(ValueError), gc_spared():
            raise ValueError("boom")
        assert gc.get_freeze_count() == 0 and gc.isenabled()
        gc.disable()
        with gc_spared() as spare:
            spare()
            assert not gc.isenabled()
        assert gc.get_freeze_count() == 0 and not gc.isenabled()
        gc.enable()
        gc.freeze()  # another user's frozen objects
        theirs = gc.get_freeze_count()
        with gc_spared() as spare:
            more = [[i] for i in range(1000)]
            spare()
            # nothing added (frozen objects freed by their counts leave it)
            assert 0 < gc.get_freeze_count() <= theirs and more
        assert 0 < gc.get_freeze_count() <= theirs
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        (gc.enable if was else gc.disable)()


def test_recache_keeps_other_processes_patterns_unless_mostly_stale(tmp_path, monkeypatch) -> None:  # noqa: ANN001, E501
    """A pattern another process compiled on first use (a rule handler's) stays in the
    file when this process writes it; when the file's other patterns outnumber this
    process's, they are dropped (patterns the code no longer makes)."""
    rc = _fresh_recache(monkeypatch, tmp_path)
    rc.compile("first")
    rc.save()
    rc = _fresh_recache(monkeypatch, tmp_path)
    rc.compile("first")
    rc.compile("second")  # missed: the file is written again
    rc.save()
    rc = _fresh_recache(monkeypatch, tmp_path)
    assert {"0:first", "0:second"} <= rc._loaded().keys()
    rc.compile("third")  # two others against one of this process's: dropped
    rc.save()
    rc = _fresh_recache(monkeypatch, tmp_path)
    assert set(rc._loaded()) == {"0:third"}


def test_cached_patterns_are_the_same_text_in_every_process(tmp_path) -> None:  # noqa: ANN001
    """``claims.recache`` finds a pattern by its text: every pattern the checker compiles
    through it must be the same text whatever the process's string hash seed (a pattern
    made from a set's order was compiled again in every process)."""
    import subprocess
    import sys

    code = (
        "from psephos.claims import recache\n"
        "from psephos.claims.extract.driver import _rule_filter\n"
        "_rule_filter()\n"
        "print(len(recache._USED))\n"
        "print('\\n'.join(sorted(map(repr, recache._USED))))\n"
    )
    got = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PSEPHOS_CACHE": str(tmp_path / seed)}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        got.append(out.stdout)
    assert int(got[0].split("\n", 1)[0]) > 100
    assert got[0] == got[1] == got[2]


@given(st.text(st.sampled_from(list("ab \n.")), max_size=80), st.integers(-1, 85))
@settings(max_examples=300, deadline=None)
def test_settle_paragraph_index_is_the_count_of_breaks(text: str, start: int) -> None:
    """``settle_paragraphs`` numbers a claim's paragraph by a binary search in the breaks;
    the definition is the count of paragraph breaks that end at or before the claim."""
    import bisect

    from psephos.claims.settle import _PARAGRAPH

    breaks = [m.end() for m in _PARAGRAPH.finditer(text)]
    assert bisect.bisect_right(breaks, start) == sum(1 for b in breaks if b <= start)
