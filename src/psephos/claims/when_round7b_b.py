"""Round 7b (WRONG-B): "the year before" dates a claim one year back.

"Asquith himself lost Paisley to Labour by 2,282, a seat he had held by 1,746 the year
before" (1924; the 1,746 is 1923's) and "Labour polled ... half a million more than it had
managed the year before" (1951 against 1950): "the year before", "a year earlier", "the
previous year" after a figure date it to the general election one year before the claim's,
as "five years earlier" dates it five years back (``check.resolve``). After a comparison
("more than ... the year before") it is the comparison's baseline instead. When no general
election was held that year the election is left unresolved: a figure is never checked
against a guessed year.
"""

from __future__ import annotations

import re
from typing import Any

#: "the year before", "a year earlier", "the previous year", "the year previously" right
#: after a claim (a comma allowed)
_YEAR_BEFORE = re.compile(
    r"\s*,?\s*(?:(?:the|a)\s+year\s+(?:before|earlier|previously)|(?:in\s+)?the\s+previous\s+year)\b"
)


def year_before(folded: str, end: int) -> str | None:
    """The words "the year before" (or a variant) right after ``end``, else None."""
    m = _YEAR_BEFORE.match(folded, end, end + 40)
    return m.group().strip(" ,") if m else None


def year_of(eid: str, info: dict[str, Any]) -> int | None:
    """The year of election ``eid`` (the store's date, else the year in its id)."""
    if eid in info.get("general", {}):
        y = str(info["general"][eid])[:4]
        return int(y) if y.isdigit() else None
    m = re.search(r"(\d{4})", eid)
    return int(m.group(1)) if m else None
