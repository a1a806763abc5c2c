"""Numbers as news text writes them: "528", "15,647", "23 per cent", "twenty-three",
"four in five", "a third", "more than 500".

:func:`parse_number` turns a number phrase into a float; :func:`stated` adds the interval
the wording allows (the tolerance a check must use): a figure rounded to a whole number
covers ±0.5 of its last digit, "more than N" is an open bound, and so on.
"""

from __future__ import annotations

import re

from psephos.claims.model import Stated

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a fifth": 0.2,
    "one fifth": 0.2,
}
_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
#: A number written as words ("twenty-three", "one hundred and five").
WORDS = rf"(?:(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*)"
#: A number written with digits ("528", "15,647", "30.6").
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
#: Any number phrase this module can parse.
NUMBER = rf"(?:{DIGITS}|{WORDS})"
#: Words that qualify a number and widen (or open) its interval.
QUALIFIER = (
    r"(?:more than|over|at least|fewer than|less than|under|nearly|almost|about|around|"
    r"roughly|some|approximately|just over|just under)"
)
#: "four in five", "three out of four".
RATIO = rf"(?P<num>{NUMBER})\s+(?:in|out of)\s+(?P<den>{NUMBER})"

_ratio_re = re.compile(RATIO, re.I)


def parse_words(text: str) -> int | None:
    """An integer from number words: ``parse_words("twenty-three") == 23``."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if word == "and" or not word:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """A float from digits, number words, a simple fraction or a ratio ("four in five" is 0.8)."""
    t = text.strip().lower()
    if t in _FRACTIONS:
        return _FRACTIONS[t]
    m = _ratio_re.fullmatch(t)
    if m:
        num, den = parse_number(m["num"]), parse_number(m["den"])
        return num / den if num is not None and den else None
    if re.fullmatch(DIGITS, t):
        return float(t.replace(",", ""))
    words = parse_words(t)
    return float(words) if words is not None else None


def _rounding_half(text: str) -> float:
    """Half a unit of the last significant digit as written ("23" -> 0.5, "30.6" -> 0.05,
    "15,000" -> 500)."""
    t = text.replace(",", "")
    if "." in t:
        return 0.5 * 10 ** -len(t.split(".")[1])
    if t.isdigit():
        trailing = len(t) - len(t.rstrip("0"))
        return 0.5 * 10**trailing if trailing >= 3 else 0.5
    return 0.5


def stated(text: str, *, qualifier: str | None = None, exact: bool = False) -> Stated:
    """The interval a stated number allows.

    Parameters
    ----------
    text : the number phrase as written ("23", "twenty-three", "15,000").
    qualifier : a word before it ("more than", "nearly", ...), if any.
    exact : a count given to the unit ("528 votes") is taken as exact unless it ends in
        three or more zeros (then it is read as rounded) or is qualified.
    """
    value = parse_number(text)
    if value is None:
        raise ValueError(f"not a number: {text!r}")
    q = (qualifier or "").lower().strip()
    half = _rounding_half(text)
    if q in ("more than", "over", "just over"):
        return Stated(text, value, value, float("inf"), f"'{q}': above {text}")
    if q == "at least":
        return Stated(text, value, value, float("inf"), f"'at least': {text} or more")
    if q in ("fewer than", "less than", "under", "just under"):
        return Stated(text, value, float("-inf"), value, f"'{q}': below {text}")
    if q in ("nearly", "almost"):
        return Stated(text, value, value * 0.9, value, f"'{q}': within 10% below {text}")
    if q in ("about", "around", "roughly", "some", "approximately"):
        spread = max(half, abs(value) * 0.05)
        return Stated(
            text,
            value,
            value - spread,
            value + spread,
            f"'{q}': ±{spread:g} (5% or the rounding, whichever is larger)",
        )
    if exact and half == 0.5 and "." not in text:
        return Stated(text, value, value, value, "exact count as written")
    return Stated(
        text,
        value,
        value - half,
        value + half,
        f"as rounded in the text: {value - half:g} to {value + half:g}",
    )


def stated_ratio(text: str) -> Stated:
    """ "four in five" → 0.8, read as rounded to the denominator: (3.5/5, 4.5/5)."""
    m = _ratio_re.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not a ratio: {text!r}")
    num, den = parse_number(m["num"]), parse_number(m["den"])
    if num is None or not den:
        raise ValueError(f"not a ratio: {text!r}")
    return Stated(
        text,
        num / den,
        (num - 0.5) / den,
        (num + 0.5) / den,
        f"'{text}' read as rounded: {(num - 0.5) / den:.2f} to {(num + 0.5) / den:.2f}",
    )
