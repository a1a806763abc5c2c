"""Round 11 (REAL11): a by-election dated by the story's headline.

Published by-election copy often dates the contest only in its headline ("Hartlepool
by-election, 6 May 2021", "The 2021 Chesham and Amersham by-election") and then reports the
figures undated ("Jill Mortimer won with 15,529 votes"). :func:`check._by_election` picks a
seat's by-election from the years and months of the claim's own paragraph; when that
paragraph names no year, the headline's date is used instead, provided the headline is about
a by-election and nothing in the story is later than the headline's year (a general election
story that recalls a by-election in its headline names the later election somewhere).
"""

from __future__ import annotations

import functools
import re

_BY_ELECTION = re.compile(r"\bby-?\s?elections?\b")
_GENERAL = re.compile(r"\bgeneral elections?\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
#: a headline is the text's first line, short, standing alone before a blank line
_HEADLINE_MAX = 160


def headline_date(folded: str) -> tuple[list[int], list[str]]:
    """See :func:`_headline_date` (read once per story: the claims of a long story ask it in
    turn; copies, so a caller's change never reaches the cache)."""
    years, months = _headline_date(folded)
    return list(years), list(months)


@functools.lru_cache(maxsize=4)
def _headline_date(folded: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """(years, months) of the headline of the (case-folded) story when it dates a
    by-election: the first line, followed by a blank line, at most 160 characters, naming a
    by-election and not a general election, with one year (months as named); ``([], [])``
    otherwise, or when any year the story names is later than the headline's."""
    end = folded.find("\n\n")
    if end <= 0 or end > _HEADLINE_MAX:
        return (), ()
    head = folded[:end]
    if "\n" in head.strip() or not _BY_ELECTION.search(head) or _GENERAL.search(head):
        return (), ()
    years = {int(y) for y in _YEAR.findall(head)}
    if len(years) != 1:
        return (), ()
    year = years.pop()
    if any(int(y) > year for y in _YEAR.findall(folded)):
        return (), ()
    return (year,), tuple(_MONTH.findall(head))
