"""Spans found by bisection instead of a scan of every span of the text.

A story's mentions, and the spans a pass marks, are a list as long as the text. A pass that
asks, for each of its candidates, which of them overlap or lie within a stretch of the text
scanned the whole list each time: quadratic in the text (round 9: the 1918-2005 seat names
of :mod:`psephos.claims.series_seats` were 28% of a cold 1 MB check's profile).
:class:`SpanIndex` sorts the spans' starts once and answers with the same indices, in the
same (list) order, as the scan would.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


class SpanIndex:
    """``(start, end)`` pairs indexed by start. The pairs may be unsorted, repeated, empty or
    reversed (``end < start``); answers are indices into ``pairs`` in ascending order.

    A span overlapping ``[s, e)`` has ``start < e`` and ``end > s``; since no span is longer
    than the longest, ``end > s`` needs ``start > s - longest``, so only the starts in
    ``(s - longest, e)`` are looked at."""

    def __init__(self, pairs: Sequence[tuple[int, int]]) -> None:
        self._pairs = list(pairs)
        self._order = sorted(range(len(self._pairs)), key=lambda i: self._pairs[i][0])
        self._starts = [self._pairs[i][0] for i in self._order]
        self._longest = max((max(0, e - s) for s, e in self._pairs), default=0)
        self._backwards = max((max(0, s - e) for s, e in self._pairs), default=0)

    def overlapping(self, s: int, e: int) -> list[int]:
        """The indices of the pairs with ``start < e and end > s``."""
        lo = bisect.bisect_right(self._starts, s - self._longest)
        hi = bisect.bisect_left(self._starts, e)
        return sorted(i for i in self._order[lo:hi] if self._pairs[i][1] > s)

    def within(self, s: int, e: int) -> list[int]:
        """The indices of the pairs with ``s <= start and end <= e`` (a pair starting after
        ``e + backwards`` ends after ``e``)."""
        lo = bisect.bisect_left(self._starts, s)
        hi = bisect.bisect_right(self._starts, e + self._backwards)
        return sorted(i for i in self._order[lo:hi] if self._pairs[i][1] <= e)

    def any_overlapping(self, s: int, e: int) -> bool:
        """Whether a pair has ``start < e and end > s``."""
        lo = bisect.bisect_right(self._starts, s - self._longest)
        hi = bisect.bisect_left(self._starts, e)
        return any(self._pairs[i][1] > s for i in self._order[lo:hi])


def once_per_text(fn: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
    """``fn(text)`` (a pure function of the text, giving a list of immutable items) remembered
    for the last text: the checker reads a text twice when its election is not settled (once
    more with the 1918-2005 seat names, :func:`psephos.claims.check._read_text`) and found its
    numbers and capitalised runs again each time. Each caller gets its own list."""
    last: list[tuple[str, list[T]]] = []

    @functools.wraps(fn)
    def wrapper(text: str) -> list[T]:
        got = last[0] if last else None  # one tuple, swapped whole: thread-safe
        if got is None or not (got[0] is text or got[0] == text):
            got = (text, fn(text))
            last[:] = [got]
        return list(got[1])

    return wrapper


class NearestFirst:
    """Positions ordered by nearness to a point, those at or before it first: the order of
    ``sorted(range(len(xs)), key=lambda i: (xs[i] > p, abs(xs[i] - p)))`` (ties in list
    order), given lazily from the positions sorted once - a caller that stops after a few
    (the reconsideration tries at most ``MAX_READINGS`` readings) no longer sorts every seat
    of the text per claim."""

    def __init__(self, xs: Sequence[int]) -> None:
        self._order = sorted(range(len(xs)), key=lambda i: xs[i])  # stable: ties in list order
        self._xs = [xs[i] for i in self._order]

    def order(self, p: int) -> Iterator[int]:
        xs, order = self._xs, self._order
        k = bisect.bisect_right(xs, p)
        j = k
        while j > 0:  # at or before p: the nearest first, each tie in list order
            i0 = bisect.bisect_left(xs, xs[j - 1], 0, j)
            yield from order[i0:j]
            j = i0
        yield from order[k:]  # after p: the nearest first, ties in list order
