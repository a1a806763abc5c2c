"""Text plumbing: folding that keeps offsets, sentences, quotations and capitalised runs.

Every function returns character offsets into the original text, so a claim found in the
folded text can be highlighted in the original.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from psephos.claims.spans import once_per_text

_QUOTE_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower case, accents and curly quotes removed, *same length* as ``text``.

    One C-level ``str.translate`` over a table of the text's distinct characters, each
    folded once (and kept, up to :data:`_FOLD_CACHE` characters): linear in the text."""
    t = text.translate(_QUOTE_MAP)
    if t.isascii():
        return t.lower()  # ASCII lower case never changes the length
    new = {ord(c) for c in set(t)}.difference(_FOLDED)
    if not new:
        return t.translate(_FOLDED)
    add = {o: _fold_char(chr(o)) for o in new}
    if len(_FOLDED) + len(add) <= _FOLD_CACHE:
        _FOLDED.update(add)
        return t.translate(_FOLDED)
    return t.translate({**_FOLDED, **add})  # hostile text with many scripts: not kept


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


#: code point -> its folded character (always one character), for :func:`fold`
_FOLDED: dict[int, str] = {}
_FOLD_CACHE = 1 << 16


@functools.lru_cache(maxsize=65536)
def key(name: str) -> str:
    """A matching key for names: folded, '&' as 'and', punctuation dropped, spaces single."""
    t = fold(name).replace("&", " and ")
    t = _KEY_PUNCT.sub(" ", t)
    t = _KEY_POSSESSIVE.sub("", t)
    return " ".join(t.replace("-", " ").split())


# compiled once: ``re.sub`` with a string pattern looks the pattern up in re's cache on
# every call (a third of ``key``'s cost when the gazetteer keys its 20,000 names)
_KEY_PUNCT = re.compile(r"[^\w\s'-]")
_KEY_POSSESSIVE = re.compile(r"'s\b")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Sentences with offsets: split after ., ! or ? (and a closing quote) before a capital,
    and at line breaks."""
    out: list[Span] = []
    for para in _LINE.finditer(text):
        p, base = para.group(), para.start()
        cuts = [m.end() for m in _CUT.finditer(p)]
        start = 0
        for cut in [*cuts, len(p)]:
            chunk = p[start:cut]
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if body:
                s = base + start + lead
                out.append(Span(s, s + len(body), body))
            start = cut
    return out


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: “...” or "..." (an unclosed quote runs to the paragraph end)."""
    spans = Spans()
    for para in _LINE.finditer(text):
        p, base = para.group(), para.start()
        i = 0
        while True:
            m = _OPEN_QUOTE.search(p, i)
            if not m:
                break
            s = m.start()
            close = _CLOSE_QUOTE.search(p, s + 1)
            e = close.end() if close else len(p)
            spans.append((base + s, base + e))
            i = e
    return spans


class Spans(list[tuple[int, int]]):
    """Spans sorted by start and not overlapping (as :func:`quotations` returns them):
    :func:`in_spans` finds a position in them by binary search."""


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (binary search on :class:`Spans`)."""
    if isinstance(spans, Spans):
        i = bisect.bisect_right(spans, (pos, math.inf)) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]
    return any(s <= pos < e for s, e in spans)


_LINE = re.compile(r"[^\n]+")
_CUT = re.compile(r"[.!?][\"”’]?(?=\s+[\"“‘(]?[A-Z0-9])")
_OPEN_QUOTE = re.compile(r"[“\"]")
_CLOSE_QUOTE = re.compile(r"[”\"]")
_POSSESSIVE = ("'s", "’s")


_CONNECT = {"and", "of", "upon", "on", "the", "de", "van", "der", "von", "le", "la", "with"}
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ](?:[\w\-]|['’](?=\w))*")


def capitalised_runs(text: str) -> list[Span]:
    """Runs of capitalised words (joined by 'and', 'of', 'upon', ...), possessive 's dropped.

    "the UK’s new Health Secretary, Wes Streeting" gives "UK", "Health Secretary",
    "Wes Streeting"; "Newcastle upon Tyne Central" stays one run.
    """
    runs: list[Span] = []
    cur: list[re.Match[str]] = []

    def flush() -> None:
        while cur and cur[-1].group().lower() in _CONNECT:
            cur.pop()
        if cur:
            s, e = cur[0].start(), cur[-1].end()
            word = text[s:e]
            stripped = word[:-2] if word.endswith(_POSSESSIVE) else word
            runs.append(Span(s, s + len(stripped), stripped))
        cur.clear()

    # flush() runs only when a run is open (it does nothing on an empty one): most words
    # are lower case and close nothing
    prev_end = -1
    connect = _CONNECT
    for m in _TOKEN.finditer(text):
        start = m.start()
        word = m.group()
        if word[0].isupper():
            if cur and not (
                prev_end >= 0 and "\n" not in (gap := text[prev_end:start]) and not gap.strip()
            ):
                flush()
            cur.append(m)
        elif cur:
            if (
                prev_end >= 0
                and word.lower() in connect
                and "\n" not in (gap := text[prev_end:start])
                and not gap.strip()
            ):
                cur.append(m)
            else:
                flush()
        prev_end = m.end()
        if word.endswith(_POSSESSIVE):
            if cur:
                flush()
            prev_end = -1
    flush()
    return runs


#: :func:`capitalised_runs` of the last text: the gazetteer's pass and the 1918-2005 seat
#: names' pass (:mod:`psephos.claims.series_seats`) each read the runs of the same text
capitalised_runs_once = once_per_text(capitalised_runs)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while the block runs, and restored as it was
    (it stays off when it was off; nested and concurrent uses restore it once, when the
    first one ends). Extraction allocates hundreds of thousands of small objects (tags,
    mentions, frames) and no reference cycles of note; the collector's passes over them
    cost about a tenth of its time (measured with ``gc.callbacks``: 0.44 s of 3.8 s of
    CPU for 300 KB of text). What cycles there are are collected after the block."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


#: the young generation's threshold while checks run (gc_spared): the default 700 made a
#: collection every few hundred objects the evaluation kept (pandas frames, evidence)
_SPARED_THRESHOLD = (20_000, 20, 20)
_SPARED_LOCK = threading.Lock()
#: checks between spare() and their end; whether the first froze (it found nothing
#: frozen); the thresholds it found
_SPARED: dict[str, Any] = {"depth": 0, "owned": False, "threshold": None}


@contextlib.contextmanager
def gc_spared() -> Iterator[Callable[[], None]]:
    """For a block that first makes many long-lived objects with the collector paused and
    then works on them (a check: extraction, then the evaluation of its claims). The
    collector is paused on entry; the block calls the yielded ``spare()`` once the objects
    are made: every object then alive is moved to the collector's permanent generation
    (``gc.freeze``), the collection thresholds are raised (:data:`_SPARED_THRESHOLD`; a
    threshold of 0, automatic collection off, stays 0) and the collector is restored, so
    neither the first collection (which would scan every object extraction made, all of
    them still in the youngest generation) nor the later ones scan them again, and the
    evaluation's own objects are collected less often. When the last such block ends the
    objects are unfrozen (into the oldest generation: collected as usual from then on) and
    the thresholds restored; the collector is left as it was. Nothing is frozen when
    objects already were (another user of ``gc.freeze`` owns them). Objects are freed by
    their reference counts whether frozen or not: only reference cycles made before
    ``spare()`` wait for the block's end to be collected."""
    was = gc.isenabled()
    active = False

    def spare() -> None:
        nonlocal active
        if not active:
            with _SPARED_LOCK:
                if _SPARED["depth"] == 0:
                    _SPARED["owned"] = gc.get_freeze_count() == 0
                    _SPARED["threshold"] = gc.get_threshold()
                    gc.set_threshold(
                        *(
                            max(t, r) if t else 0
                            for t, r in zip(gc.get_threshold(), _SPARED_THRESHOLD, strict=True)
                        )
                    )
                if _SPARED["owned"]:
                    gc.freeze()  # a concurrent check's objects too
                _SPARED["depth"] += 1
                active = True
        if was:
            gc.enable()

    gc.disable()
    try:
        yield spare
    finally:
        if active:
            with _SPARED_LOCK:
                _SPARED["depth"] -= 1
                if _SPARED["depth"] == 0:
                    if _SPARED["owned"]:
                        gc.unfreeze()
                    gc.set_threshold(*_SPARED["threshold"])
        if was:
            gc.enable()
