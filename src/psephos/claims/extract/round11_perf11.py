"""Round 11 (PERF11): the longer-name reading of a story re-reads only what it changes.

A story about another election that writes a 1918-2005 seat's longer name ("Bristol South
East", where the gazetteer found today's "Bristol South") is typed a second time with that
name (:func:`psephos.claims.series_seats.longer_series_names`) and its frames are found
again. Before round 11 every sentence was read again: a third reading of a 1 MB story. The
two typings differ only in a few tags, so the frames of most sentences are those already
found. :class:`Reread` finds the frames of the first typing while watching which sentences
could see the difference, and then those of the second by reading again only them.

What a sentence's frames can depend on (the rules read the document only through
:class:`~psephos.claims.extract.tagging.Doc`):

- the text, the folded text, the sentences and the quotations: the reading applies only
  when they are the same in both typings (they are: the typings differ in mentions
  alone); otherwise (:func:`Reread.make` returns None) every sentence is read again;
- the tags, which differ at a few starts (a tag at a start in one typing and not the
  other, or another tag there: "Bristol South East" for "Bristol South"): reached only
  through ``tags_in``, ``last_before``, ``at`` and the sentence topics. The first typing
  is read through a :class:`_Watched` document, which marks a sentence whose rules looked
  up a changed start or a range holding one (for ``last_before``, the range from the tag
  found, or the floor, to the position). A sentence never marked was given the same
  tags as the second typing would give it, in the same order, up to its end (the rules
  are deterministic), so its frames are the same; the topics are compared sentence by
  sentence;
- the typed text, which differs over a changed tag's span (a longer name's filler): read
  by the rules with patterns, which cannot be watched. A rule reads the typed text of its
  own sentence, of the sentences just before it back to its paragraph's start, and a few
  dozen characters past its end; every sentence of the paragraphs within 600 characters
  of a changed span, and three sentences more on each side, is read again.

The second reading is the plain one's for every sentence it reads; the test module
(``tests/test_claims_round11_perf11.py``) compares the two on every story of the corpus
and on generated texts.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from psephos.claims.extract.patterns import Draft
from psephos.claims.extract.tagging import Doc, Tag

#: characters of typed text read around a changed span (see the module)
_WINDOW = 600
#: sentences read again on each side of that window
_MARGIN = 3


class _WatchedAt(dict[int, Tag]):
    """``Doc.at`` that marks the sentence being read when a changed tag is looked up."""

    __slots__ = ("_watch",)

    def __init__(self, at: dict[int, Tag], watch: Reread) -> None:
        super().__init__(at)
        self._watch = watch

    def __getitem__(self, k: int) -> Tag:
        self._watch.saw_at(k)
        return super().__getitem__(k)

    def get(self, k: int, default: Any = None) -> Any:
        self._watch.saw_at(k)
        return super().get(k, default)

    def __contains__(self, k: object) -> bool:
        if isinstance(k, int):
            self._watch.saw_at(k)
        return super().__contains__(k)


class _Watched(Doc):
    """The first typing, read through the methods that reach a tag's content: each marks
    the sentence being read when it hands out a changed tag (see the module)."""

    _watch: Reread

    def tags_in(self, start: int, end: int, *kinds: str) -> list[Tag]:
        self._watch.saw_range(start, end)
        return Doc.tags_in(self, start, end, *kinds)

    def last_before(self, pos: int, *kinds: str, floor: int = 0) -> Tag | None:
        got = Doc.last_before(self, pos, *kinds, floor=floor)
        # the tag found, or one the other typing has after it (or after the floor)
        self._watch.saw_range(floor if got is None else got.start, pos)
        return got


class Reread:
    """The frames of two typings of one text that differ in a few tags (the module)."""

    def __init__(self, old: Doc, new: Doc, changed: list[int], typed: set[int]) -> None:
        self.old, self.new = old, new
        self.changed = changed  # sorted starts of the tags whose content differs
        self._set = set(changed)
        self.dirty: set[int] = set(typed)  # sentences read again
        self._now = -1
        self._old_frames: list[tuple[int, Draft]] | None = None

    @classmethod
    def make(cls, old: Doc, new: Doc) -> Reread | None:
        """The reading of ``new`` after ``old``, or None when the two typings differ in
        more than the content of tags at the same starts (every sentence is then read)."""
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
        typed = _near(old, spans)
        for i in range(len(old.sentences)):
            if not (
                _same(old.topics, new.topics, i) and _same(old.seat_topics, new.seat_topics, i)
            ):
                typed.update((i, i + 1))
        return cls(old, new, changed, typed)

    # --- watching the first typing ------------------------------------------------------

    def saw_at(self, pos: int) -> None:
        if pos in self._set:
            self.dirty.add(self._now)

    def saw_range(self, start: int, end: int) -> None:
        j = bisect.bisect_left(self.changed, start)
        if j < len(self.changed) and self.changed[j] < end:
            self.dirty.add(self._now)

    def _reading(self, i: int) -> None:
        self._now = i

    def old_frames(self) -> list[tuple[int, Draft]]:
        """The frames of the first typing (as :func:`find_frames` finds them), watched."""
        from psephos.claims.extract.driver import find_frames

        watched = _Watched.__new__(_Watched)
        watched.__dict__.update(self.old.__dict__)
        watched.at = _WatchedAt(self.old.at, self)
        watched._watch = self
        got = list(find_frames(watched, before=self._reading))
        self._now = -1
        self._old_frames = got
        return got

    def new_frames(self) -> list[tuple[int, Draft]]:
        """The frames of the second typing: the first typing's for every sentence that
        could not see the difference, read again for the others."""
        from psephos.claims.extract.driver import find_frames

        if self._old_frames is None:
            return list(find_frames(self.new))
        dirty = {i for i in self.dirty if 0 <= i < len(self.new.sentences)}
        fresh = list(find_frames(self.new, only=dirty))
        return list(_merge(self._old_frames, fresh, dirty))


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
        lo = text.rfind("\n\n", 0, max(0, s - _WINDOW))
        lo = max(lo, 0)
        hi = text.find("\n\n", min(len(text), e + _WINDOW))
        hi = len(text) if hi < 0 else hi
        first = max(0, bisect.bisect_right(starts, lo) - 1 - _MARGIN)
        last = min(len(starts) - 1, bisect.bisect_right(starts, hi) - 1 + _MARGIN)
        out.update(range(first, last + 1))
    return out


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
