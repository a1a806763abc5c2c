"""Round 11 (PERF11): a second typing of a story re-reads only the sentences it changes.

A story whose election is not settled is typed again with the 1918-2005 seat and party
names (:func:`psephos.claims.series_seats.series_mentions`), and a story about another
election that writes an old seat's longer name ("Bristol South East", where the gazetteer
found today's "Bristol South") is typed again with that name
(:func:`~psephos.claims.series_seats.longer_series_names`); each typing's frames were found
by reading every sentence again: three readings of a 1 MB story. The typings differ only
in a few tags, so most sentences' frames are those already found. :class:`Reread` finds
the frames of the first typing noting, per sentence, which tags its rules looked at, and
then those of another typing by reading again only the sentences that may differ.

What a sentence's frames can depend on (the rules read the document only through
:class:`~psephos.claims.extract.tagging.Doc`):

- the text, the folded text, the sentences and the quotations: the re-reading applies
  only when they are the same in both typings (they are: the typings differ in mentions
  alone); otherwise (:meth:`Reread.dirty` returns None) every sentence is read again;
- the tags, which differ at a few starts (a tag at a start in one typing and not the
  other, or another tag there: "Bristol South East" for "Bristol South"): reached only
  through ``tags_in``, ``last_before``, ``at`` and the sentence topics. The first typing
  is read through a :class:`_Watched` document, which notes for each sentence the range
  of starts each look-up covered (for ``last_before``, from the tag found, or the floor,
  to the position). A sentence none of whose ranges holds a changed start was given the
  same tags as the other typing would give it, in the same order, up to its end (the
  rules are deterministic), so its frames are the same; the topics (the party and the
  seat a sentence carries on) are compared sentence by sentence;
- the typed text, which differs over a changed tag's span: read by the rules with
  patterns, which cannot be watched. A rule reads the typed text of its own sentence, of
  the sentences before it back to its paragraph's start (or to its previous sentence's
  paragraph, or two sentences back), and past its end only as far as its patterns'
  bounded repeats go (tens of characters, and white space); the paragraph's later
  sentences are reached through ``tags_in`` (watched). So every sentence within 300
  characters other than white space of a changed span, every later one to the end of
  its paragraph, and three sentences more on each side, is read again. This is the one
  bound taken from reading the rules (their ``doc.typed`` reads), not watched.

The frames of a sentence read again are the plain reading's (the same driver); the test
module (``tests/test_claims_round11_perf11.py``) compares the two on every story of the
corpora, on generated texts and on whole reports.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from psephos.claims.extract.patterns import Draft
from psephos.claims.extract.tagging import Doc, Tag

#: characters (other than white space) of typed text read around a changed span (module)
_WINDOW = 300
#: sentences read again on each side of that window
_MARGIN = 2


class _WatchedAt(dict[int, Tag]):
    """``Doc.at`` that notes each look-up of the sentence being read."""

    __slots__ = ("_note",)

    def __init__(self, at: dict[int, Tag], note: list[int]) -> None:
        super().__init__(at)
        self._note = note

    def __getitem__(self, k: int) -> Tag:
        self._note += (k, k + 1)
        return super().__getitem__(k)

    def get(self, k: int, default: Any = None) -> Any:
        self._note += (k, k + 1)
        return super().get(k, default)

    def __contains__(self, k: object) -> bool:
        if isinstance(k, int):
            self._note += (k, k + 1)
        return super().__contains__(k)


class _Watched(Doc):
    """The first typing, read through the methods that reach a tag: each notes the range
    of starts it looked at (see the module)."""

    _note: list[int]

    def tags_in(self, start: int, end: int, *kinds: str) -> list[Tag]:
        self._note += (start, end)
        return Doc.tags_in(self, start, end, *kinds)

    def last_before(self, pos: int, *kinds: str, floor: int = 0) -> Tag | None:
        got = Doc.last_before(self, pos, *kinds, floor=floor)
        # the tag found, or one another typing has after it (or after the floor)
        self._note += (floor if got is None else got.start, pos)
        return got


class Reread:
    """The first typing's frames, read with every sentence's look-ups at the tags noted,
    and those of other typings of the same text found from them (see the module)."""

    def __init__(self, doc: Doc) -> None:
        from psephos.claims.extract.driver import find_frames

        self.doc = doc
        #: per sentence read, the ranges of tag starts its rules looked at (flat pairs)
        self.reads: dict[int, list[int]] = {}
        self._now = -1
        watched = _Watched.__new__(_Watched)
        watched.__dict__.update(doc.__dict__)
        note: list[int] = []
        watched._note = note
        watched.at = _WatchedAt(doc.at, note)

        def reading(i: int) -> None:
            if note:
                self.reads[self._now] = note[:]
                note.clear()
            self._now = i

        self.frames = list(find_frames(watched, before=reading))
        if note:
            self.reads[self._now] = note[:]

    def again(self, new: Doc) -> list[tuple[int, Draft]]:
        """The frames of ``new``, another typing of the text: the first typing's for every
        sentence that cannot see the difference, read again for the others (every
        sentence when the typings differ in more than their tags)."""
        from psephos.claims.extract.driver import find_frames

        dirty = self.dirty(new)
        if dirty is None:
            return list(find_frames(new))
        fresh = list(find_frames(new, only=dirty))
        return list(_merge(self.frames, fresh, dirty))

    def dirty(self, new: Doc) -> set[int] | None:
        """The sentences to read again in ``new`` (None: every one)."""
        old = self.doc
        if not (old.text is new.text or old.text == new.text):
            return None
        if old.sentences != new.sentences or list(old.quotes) != list(new.quotes):
            return None
        # the tags do not overlap: one per start in each typing
        was = {t.start: t for t in old.tags}
        now = {t.start: t for t in new.tags}
        if len(was) != len(old.tags) or len(now) != len(new.tags):
            return None
        changed = sorted(k for k in was.keys() | now.keys() if was.get(k) != now.get(k))
        spans: list[tuple[int, int]] = []  # the changed tags' spans, overlapping ones merged
        for k in changed:
            e = max(t.end for t in (was.get(k), now.get(k)) if t is not None)
            if spans and k < spans[-1][1]:
                spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
            else:
                spans.append((k, e))
        # the typed texts are the same outside the changed tags' spans
        last = 0
        for s, e in spans:
            if old.typed[last:s] != new.typed[last:s]:
                return None
            last = e
        if old.typed[last:] != new.typed[last:] or len(old.typed) != len(new.typed):
            return None
        out = _near(old, spans)
        for i in range(len(old.sentences)):
            if not (
                _same(old.topics, new.topics, i) and _same(old.seat_topics, new.seat_topics, i)
            ):
                out.update((i, i + 1))
        # the sentences whose rules looked at a changed start
        for i, note in self.reads.items():
            if i in out:
                continue
            for j in range(0, len(note), 2):
                k = bisect.bisect_left(changed, note[j])
                if k < len(changed) and changed[k] < note[j + 1]:
                    out.add(i)
                    break
        return {i for i in out if 0 <= i < len(old.sentences)}


def _same(a: list[Tag | None], b: list[Tag | None], i: int) -> bool:
    x = a[i] if i < len(a) else None
    y = b[i] if i < len(b) else None
    return x == y


def _near(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences whose rules may read the typed text over ``spans`` (see the module)."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    out: set[int] = set()
    for s, e in spans:
        lo = _past(text, s, -1)
        hi = text.find("\n\n", e)
        hi = max(len(text) if hi < 0 else hi, _past(text, e, 1))
        first = max(0, bisect.bisect_right(starts, lo) - 1 - _MARGIN)
        last = min(len(starts) - 1, bisect.bisect_right(starts, hi) - 1 + _MARGIN)
        out.update(range(first, last + 1))
    return out


def _past(text: str, at: int, step: int) -> int:
    """The position :data:`_WINDOW` characters other than white space from ``at``, back
    (``step`` -1) or on (1): a pattern's ``\\s+`` reads any run of white space."""
    n, i = 0, at
    if step < 0:
        while i > 0 and n < _WINDOW:
            i -= 1
            n += not text[i].isspace()
        return i
    while i < len(text) and n < _WINDOW:
        n += not text[i].isspace()
        i += 1
    return i


def _merge(
    old: list[tuple[int, Draft]], fresh: list[tuple[int, Draft]], dirty: set[int]
) -> Iterator[tuple[int, Draft]]:
    """``old`` with the frames of the ``dirty`` sentences taken from ``fresh``, in
    sentence order (each list is in sentence order)."""
    kept = [x for x in old if x[0] not in dirty]
    i = j = 0
    while i < len(kept) or j < len(fresh):
        if j >= len(fresh) or (i < len(kept) and kept[i][0] < fresh[j][0]):
            yield kept[i]
            i += 1
        else:
            yield fresh[j]
            j += 1
