"""Round 10 (CAUGHT): classes of false claims the checker read but did not call false.

- **A k-fold move said in words** ("her majority more than doubled, to N", "his majority
  grew more than sixfold", "nearly doubled his majority"): the ``change`` frame states
  the factor as a relative change (+100%, +500%) read from a word, not a figure copied
  from anywhere. The guard's doubt that a far-off figure "belongs to another quantity"
  has no figure to doubt: a move of +24% against "more than doubled" is the move being
  other than said. (Round 9 made the same exception for the ``ratio`` frame's words.)
"""

from __future__ import annotations

import re

from psephos.claims.frame import Frame

#: the stated rule of a k-fold word read as a relative change (``extract/margins.py``'s
#: "'more than doubled': a change of more than 100%", ``extract/moves.py``'s
#: "'more than 6-fold': the majority 6 to inf times the previous one")
_FOLD_RULE = re.compile(
    r"^'(?:(?:more\s+than|almost|nearly|about|some)\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|halved|more\s+than\s+halved|[\d.]+-fold)'",
    re.I,
)


def fold_in_words(frame: Frame) -> bool:
    """A relative change stated by a k-fold word alone (no figure of its own)."""
    s = frame.stated
    return (
        frame.measure == "change"
        and frame.unit == "percent"
        and s is not None
        and not re.search(r"\d", s.text)
        and _FOLD_RULE.match(s.rule or "") is not None
    )
