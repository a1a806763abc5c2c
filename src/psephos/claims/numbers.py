"""Numbers as news text writes them: "528", "15,647", "23 per cent", "twenty-three",
"four in five", "a third", "more than 500".

:func:`parse_number` turns a number phrase into a float; :func:`stated` adds the interval
the wording allows (the tolerance a check must use): a figure rounded to a whole number
covers ±0.5 of its last digit, "more than N" is an open bound, and so on.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from psephos.claims import recache, round9_wrong
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
_UNIT_W = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_W = "|".join(sorted(_TENS, key=len, reverse=True))
_SCALE_W = "|".join(sorted(_SCALES, key=len, reverse=True))
#: one group of number words below a hundred ("twenty-three", "seven"), or a bare scale
_ATOM = rf"(?:(?:{_TENS_W})(?:[\s-]+(?:{_UNIT_W}))?|(?:{_UNIT_W})|(?:{_SCALE_W}))"
#: A number written as words ("twenty-three", "one hundred and five"): groups below a
#: hundred joined by scale words. Two groups side by side are two numbers (round 11:
#: "up from four two years ago" is four, then two years; it was read as six).
WORDS = (
    rf"(?:{_ATOM}(?:(?:[\s-]+|\s+and\s+)(?:{_SCALE_W})"
    rf"(?:(?:[\s-]+|\s+and\s+)(?:{_TENS_W})(?:[\s-]+(?:{_UNIT_W}))?|"
    rf"(?:[\s-]+|\s+and\s+)(?:{_UNIT_W}))?)*)"
)
#: A number written with digits ("528", "15,647", "30.6").
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
#: Any number phrase this module can parse.
NUMBER = rf"(?:{DIGITS}|{WORDS})"
# compiled once (these ran as re.fullmatch(str, ...) per number: a cache look-up each)
_WORD_SPLIT = re.compile(r"[\s-]+")
_DIGITS_RE = re.compile(DIGITS)
_NUMBER_I = recache.compile(NUMBER, re.I)
_NON_DIGIT = re.compile(r"\D")
_PCT_SUFFIX = re.compile(r"(?i)\s?(?:per\s?cent|percent|%|pc)$")
_SCALE_WORDS = re.compile(r"(?i)(.*?)[\s-]+(thousand|million|billion)")
_SCALED = recache.compile(rf"(?P<n>{DIGITS})\s?(?P<s>million|m|bn|billion|thousand|k)", re.I)
#: Words that qualify a number and widen (or open) its interval.
QUALIFIER = (
    r"(?:more than|over|at least|fewer than|less than|under|nearly|almost|about|around|"
    r"roughly|some|approximately|just over|just under)"
)
#: "four in five", "three out of four".
RATIO = rf"(?P<num>{NUMBER})\s+(?:in|out of)\s+(?P<den>{NUMBER})"

_ratio_re = recache.compile(RATIO, re.I)


def parse_words(text: str) -> int | None:
    """An integer from number words: ``parse_words("twenty-three") == 23``."""
    total, current, seen = 0, 0, False
    for word in _WORD_SPLIT.split(text.casefold().strip()):
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
    t = text.strip().casefold()
    if t in _FRACTIONS:
        return _FRACTIONS[t]
    m = _ratio_re.fullmatch(t)
    if m:
        num, den = parse_number(m["num"]), parse_number(m["den"])
        return num / den if num is not None and den else None
    if _DIGITS_RE.fullmatch(t):
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
    q = (qualifier or "").casefold().strip()
    half = _rounding_half(text)
    if exact and not q and half == 0.5 and "." not in text:
        return Stated(text, value, value, value, "exact count as written")
    return _qualified(text, value, value - half, value + half, q, half)


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


# --- Quantities in running text -------------------------------------------------------------
#
# :func:`find_quantities` finds every number or quantity word in a text with its offsets, its
# value, its unit and the qualifier before it, so extraction can type the text ("NUM", "PCT",
# "FRAC", "YEAR") and the report can say which numbers were examined.

_FRACTION_WORDS = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_FRAC_NUM = r"(?:a|one|two|three|four|five|six|seven|eight|nine)"
#: "a fifth", "two-thirds", "half" (bare), "three quarters".
FRACTION = (
    rf"(?:(?:{_FRAC_NUM})[\s-](?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|"
    r"ninths?|tenths?)|half)"
)
_SCALE = r"(?:\s?(?:million|m|bn|billion|thousand|k)\b)"
#: "one in five", "one vote in ten", "one in five residents", "three out of four".
#: a bare year left when "N in M" is not a ratio ("since 1935 in 1970")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
RATIO_LOOSE = (
    rf"(?P<rnum>{NUMBER})(?:\s+(?:vote|voter|resident|person|household|seat|adult|people)s?)?"
    rf"\s+(?:in|out of)\s+(?P<rden>{NUMBER})\b"
)
_QUAL_WORDS = (
    # round 8 (EXTRACT): a threshold said with a verb ("turnout topped 70 per cent", "the
    # majority passed 20,000", "fell short of 40 per cent"): a bound, as "more than" is
    "broke through",
    "went over",
    "went above",
    "went past",
    "fell short of",
    "failed to reach",
    "topped",
    "passed",
    "exceeded",
    "surpassed",
    "almost exactly",
    "more than",
    "less than",
    "fewer than",
    "no more than",
    "no fewer than",
    "at least",
    "at most",
    "just over",
    "just under",
    "well over",
    "well under",
    "a little over",
    "a little under",
    "close to",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "above",
    "below",
    "exactly",
    "precisely",
    "just",
    "only",
    "barely",
    "fully",
)
QUALIFIER_ANY = "(?:" + "|".join(q.replace(" ", r"\s+") for q in _QUAL_WORDS) + ")"
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_ORD_WORDS = (
    "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
)
ORDINALS = {w: i for i, w in enumerate(_ORD_WORDS.split("|"), 2)} | {"first": 1}

_Q_RE = recache.compile(
    "|".join(
        [
            # money: £1.2m, $500, 300 pounds
            rf"(?P<money>[£$€]\s?{DIGITS}{_SCALE}?|{DIGITS}{_SCALE}?\s(?:pounds|euros|dollars)\b)",
            # clock times and dates: 02:31, 1.45am, 7 May, May 7, 4 July 2024 (a dotted
            # figure is a time only with am/pm: "1.45 million", "30.55 per cent" are numbers)
            r"(?P<time>\b\d{1,2}:\d\d\b(?:\s?[ap]m)?|\b\d{1,2}\.\d\d\s?[ap]m\b)",
            rf"(?P<date>\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTH_NAMES})\b(?:\s(?:19|20)\d\d)?|"
            rf"\b(?:{_MONTH_NAMES})\s\d{{1,2}}(?:st|nd|rd|th)?\b(?!,\d)(?:,?\s(?:19|20)\d\d)?)",
            # ages: 23-year-old, aged 45
            rf"(?P<age>\b(?:{NUMBER})-year-old\b|\baged\s(?:{NUMBER})\b)",
            # ratios and fractions
            rf"(?P<ratio>\b{RATIO_LOOSE})",
            rf"(?P<frac>\b{FRACTION}\b)",
            # percentages: 23 per cent, 30.6%, twenty per cent
            rf"(?P<pct>(?:\b{DIGITS}|\b{WORDS})(?:\s?per\s?cent\b|\s?percent\b|%|\s?pc\b))",
            # years: 1918-2099 as a bare four-digit number (not 1,918)
            r"(?P<year>\b(?:19|20)\d\d\b(?![,.]?\d)(?:'s)?)",
            # ordinals: 20th, second, third ("first" is not counted: "the first time since")
            rf"(?P<ord>\b\d+(?:st|nd|rd|th)\b|\b(?:{_ORD_WORDS})\b)",
            # plain numbers with optional scale: 4 million, 15,647, four million, twenty-three
            rf"(?P<num>(?:\b{DIGITS}|\b{WORDS}\b){_SCALE}?)",
        ]
    ),
    re.I,
)
_QUAL_BEFORE = recache.compile(rf"\b(?P<q>{QUALIFIER_ANY})\s+$", re.I)
#: a verb of movement right before "up to": the "up" is the verb's ("edged up to", "rose up
#: to", "crept up to", "went up to")
_MOVED_UP = re.compile(
    r"\b(?:edg|ris|ros|climb|crept|creep|inch|tick|went|go|mov|jump|shot|push|crawl|"
    r"bounc|pick|crank|notch)\w*\s+$",
    re.I,
)


@dataclass(frozen=True)
class Quantity:
    """A number or quantity word in the text.

    ``kind``: ``num``, ``pct``, ``frac`` (a fifth, one in ten: ``value`` is a percentage),
    ``year``, ``ord`` (second, 20th: ``value`` is the position), ``money``, ``age``,
    ``date``, ``time``. ``qualifier`` is the word(s) before it ("more than"), with
    ``qstart`` its offset (== ``start`` when none).
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | None
    qualifier: str = ""
    qstart: int = -1

    @property
    def number_text(self) -> str:
        return self.text

    def stated(self, *, exact: bool | None = None) -> Stated | None:
        """The interval the wording allows (percent for ``pct`` and ``frac``); a count
        (``exact`` True, the default for ``num``) is exact unless round ("15,000", "four
        million"), a figure in points or per cent is read as rounded."""
        # a pure function of the fields it reads (Stated is frozen): kept, as the same
        # figure is read by several rules and recurs across a story
        key = (self.kind, self.text, self.value, self.qualifier, exact)
        got = _STATED.get(key, _UNSEEN)
        if got is _UNSEEN:
            if len(_STATED) >= _STATED_MAX:
                _STATED.clear()
            got = _STATED[key] = self._stated(exact)
        return got  # type: ignore[return-value]

    def _stated(self, exact: bool | None) -> Stated | None:
        """:meth:`stated` computed (the plain definition)."""
        if self.value is None or self.kind in ("money", "date", "time", "age"):
            return None
        q = _QUAL_CANON.get(" ".join(self.qualifier.casefold().split()), "")
        if self.kind == "frac":
            return _stated_fraction(self.text, self.value, q)
        if self.kind == "ord":
            return Stated(self.text, self.value, self.value, self.value, "a position")
        text = _PCT_SUFFIX.sub("", self.text).strip()
        base = _scaled(text)
        words = _SCALE_WORDS.fullmatch(text)
        if base is None and words and parse_words(text) is not None:
            unit = {"thousand": 1e3, "million": 1e6, "billion": 1e9}.get(words.group(2).casefold())
            if unit is not None:
                base = (float(parse_words(text) or 0), 0.5 * unit)
        if base is not None:
            value, half = base
            return _qualified(self.text, value, value - half, value + half, q, half)
        try:
            return stated(
                text, qualifier=q or None, exact=self.kind == "num" if exact is None else exact
            )
        except ValueError:
            return None


_STATED: dict[tuple[str, str, float | None, str, bool | None], object] = {}
_STATED_MAX = 65_536
_UNSEEN = object()

#: a threshold said with a verb: "turnout topped 70 per cent" is more than 70 (round 8)
THRESHOLD_VERBS = (
    "topped",
    "passed",
    "exceeded",
    "surpassed",
    "broke through",
    "went over",
    "went above",
    "went past",
)

# Qualifier words read as one of the comparators stated() knows.
_QUAL_CANON = {
    **dict.fromkeys(THRESHOLD_VERBS, "more than"),
    "fell short of": "fewer than",
    "failed to reach": "fewer than",
    "almost exactly": "almost exactly",
    "no more than": "at most",
    "at most": "at most",
    "up to": "at most",
    "no fewer than": "at least",
    "well over": "more than",
    "a little over": "just over",
    "above": "more than",
    "below": "fewer than",
    "well under": "fewer than",
    "a little under": "just under",
    "close to": "nearly",
    "barely": "just over",
    "exactly": "",
    "precisely": "",
    "just": "",
    "only": "",
    "fully": "",
}
_QUAL_CANON = {q: q for q in _QUAL_WORDS} | _QUAL_CANON


def _scaled(text: str) -> tuple[float, float] | None:
    """ "4 million" -> (4e6, 0.5e6); "four million" is handled by parse_words."""
    m = _SCALED.fullmatch(text)
    if not m:
        return None
    scale = {"million": 1e6, "m": 1e6, "bn": 1e9, "billion": 1e9, "thousand": 1e3, "k": 1e3}.get(
        m["s"].casefold()
    )
    if scale is None:  # a word only case-insensitive matching took for a scale word
        return None
    n = m["n"].replace(",", "")
    decimals = len(n.split(".")[1]) if "." in n else 0
    return float(n) * scale, 0.5 * scale * 10**-decimals


def _qualified(text: str, value: float, low: float, high: float, q: str, half: float) -> Stated:
    if q in ("more than", "over", "just over"):
        return Stated(text, value, value, float("inf"), f"'{q}': above {text}")
    if q == "at least":
        return Stated(text, value, value, float("inf"), f"'at least': {text} or more")
    if q in ("fewer than", "less than", "under", "just under"):
        return Stated(text, value, float("-inf"), value, f"'{q}': below {text}")
    if q == "at most":
        return Stated(text, value, float("-inf"), value, f"'at most': {text} or less")
    if q in ("nearly", "almost"):
        return Stated(text, value, value * 0.9, value, f"'{q}': within 10% below {text}")
    if q in ("about", "around", "roughly", "some", "approximately", "almost exactly"):
        spread = max(half, abs(value) * (0.02 if q == "almost exactly" else 0.05))
        return Stated(
            text,
            value,
            value - spread,
            value + spread,
            f"'{q}': ±{spread:g} (5% or the rounding, whichever is larger)"
            if q != "almost exactly"
            else f"'{q}': ±{spread:g} (2% or the rounding, whichever is larger)",
        )
    return Stated(text, value, low, high, f"as rounded in the text: {low:g} to {high:g}")


def _stated_fraction(text: str, pct: float, q: str) -> Stated:
    """A fraction or "one in N" as a percentage; plain, it is read as ±10% of its value
    ("a third" 30.0-36.7, "one in ten" 9-11); qualified, as a bound on the fraction itself
    ("more than a fifth": above 20)."""
    spread = pct * 0.1
    if q == "almost exactly":
        spread = pct * 0.02
    if q in ("", "about", "around", "roughly", "some", "approximately", "almost exactly"):
        return Stated(
            text,
            pct,
            pct - spread,
            pct + spread,
            f"'{text}' read as {pct - spread:.1f}% to {pct + spread:.1f}%",
        )
    return _qualified(text, pct, pct - spread, pct + spread, q, spread)


def _fraction_value(text: str) -> float | None:
    t = re.sub(r"[\s-]+", " ", text.casefold().strip())
    if t == "half":
        return 50.0
    parts = t.split()
    if len(parts) != 2:
        return None
    num = 1 if parts[0] in ("a", "one") else parse_words(parts[0])
    den = _FRACTION_WORDS.get(parts[1].rstrip("s"))
    if parts[1] == "halves":
        den = 2
    if num is None or den is None:
        return None
    return 100.0 * num / den


def _parse_any(text: str) -> float | None:
    t = text.strip()
    sc = _scaled(t)
    if sc is not None:
        return sc[0]
    return parse_number(t)


# --- the scanner's fast path ---------------------------------------------------------------
#
# ``_Q_RE.search`` tries its ten case-insensitive alternatives at every position of the text.
# Every match contains an *anchor* near its start: a digit or a number, fraction or ordinal
# word, at most ``_ANCHOR_REACH`` characters after the match's first character (a month
# name and a space before the day, "aged ", a currency sign, "a " before "third"). The
# anchors are found with one case-sensitive pattern over the lower-cased text, and the
# pattern is tried (``match``) only at the positions that can start a match (a digit,
# a currency sign, a letter starting a word) within reach before each anchor, in order:
# the first success is the leftmost match, i.e. what ``search`` would return.

# longest first; words of one length in alphabetical order, so the pattern is the same
# text in every process (a set's order is not) and claims.recache finds it
_ANCHOR_WORDS = sorted(
    sorted({*_UNITS, *_TENS, *_SCALES, *_ORD_WORDS.split("|"), *_FRACTION_WORDS}),
    key=len,
    reverse=True,
)
#: lower case; a number word in a match starts a word (after \b, a space or a hyphen)
_ANCHOR = recache.compile(r"\d|\b(?:" + "|".join(_ANCHOR_WORDS) + ")")
#: characters between a match's start and its first anchor: a month and a space
_ANCHOR_REACH = max(len(m) for m in _MONTH_NAMES.split("|")) + 1
#: characters that re.IGNORECASE matches to an ASCII letter but whose lower case is not
#: that letter (or is two characters): a text with one is scanned the plain way
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")
_CURRENCY = frozenset("£$€")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class _Scanner:
    """``search(pos)`` is ``_Q_RE.search(text, pos)``, by anchors (see above) unless
    ``plain`` or the text has a character whose case folding the anchors cannot see."""

    def __init__(self, text: str, *, plain: bool = False) -> None:
        self.text = text
        low = text.lower()
        self.plain = plain or len(low) != len(text) or bool(_CASE_ODD.search(text))
        self.anchors = [] if self.plain else [m.start() for m in _ANCHOR.finditer(low)]
        self.k = 0

    def search(self, pos: int) -> re.Match[str] | None:
        text = self.text
        if self.plain:
            return _Q_RE.search(text, pos)
        anchors, match = self.anchors, _Q_RE.match
        k = self.k if self.k == 0 or anchors[self.k - 1] < pos else 0  # pos went back
        k = self.k = bisect.bisect_left(anchors, pos, k)
        lo = pos
        while k < len(anchors):
            a = anchors[k]
            for s in range(max(lo, a - _ANCHOR_REACH), a + 1):
                c = text[s]
                if (
                    s == a
                    or c in _CURRENCY
                    or (c.isalpha() and (s == 0 or not _is_word(text[s - 1])))
                ) and (m := match(text, s)) is not None:
                    return m
            lo = a + 1
            k += 1
        return None


def find_quantities(text: str, *, _plain: bool = False) -> list[Quantity]:
    """Every number or quantity word in ``text`` (see :class:`Quantity`), in order.

    One linear scan with one compiled pattern, tried only near the digits and number words
    (:class:`_Scanner`; ``_plain``: at every position, the definition the tests compare
    with); the qualifier is read from the few words before each match.
    """
    out: list[Quantity] = []
    pos = 0
    scan = _Scanner(text, plain=_plain)
    while True:
        m = scan.search(pos)
        if m is None:
            break
        kind = m.lastgroup or "num"
        s, e = m.span()
        pos = e
        raw = text[s:e]
        value: float | None
        if kind == "ratio":
            num, den = parse_number(m["rnum"]), parse_number(m["rden"])
            if num is None or not den or num >= den or den > 100:
                # "411 seats in 2024" is not a ratio: the first number alone, then go on
                first = _NUMBER_I.match(raw)
                if not first:
                    continue
                e = s + first.end()
                pos = e
                raw = text[s:e]
                kind, value = "num", _parse_any(raw)
                if _YEAR_ALONE.fullmatch(raw):
                    kind = "year"  # "since 1935 in 1970": a year, not a count (HISTORY)
                if value is None:
                    continue
            else:
                kind, value = "frac", 100.0 * num / den
        elif kind == "frac":
            value = _fraction_value(raw)
        elif kind == "pct":
            value = parse_number(_PCT_SUFFIX.sub("", raw))
        elif kind == "year":
            value = float(raw[:4])
        elif kind == "ord":
            digits = _NON_DIGIT.sub("", raw)
            rank = ORDINALS.get(raw.casefold()) or (int(digits) if digits else None)
            if rank is None:  # a word only case-insensitive matching took for an ordinal
                continue
            value = float(rank)
        elif kind == "age":
            n = _NUMBER_I.search(raw.replace("-year-old", ""))
            value = parse_number(n.group()) if n else None
        elif kind in ("money", "date", "time"):
            value = None
        else:
            value = _parse_any(raw)
            if value is None:
                continue
            if round9_wrong.TIME_AGO.match(text, e) and round9_wrong.OF_BEFORE.search(
                text, max(0, s - 4), s
            ):
                # "the majority of five years ago": a time, never a count (round 9, WRONG)
                kind, value = "date", None
        qm = _QUAL_BEFORE.search(text, max(0, s - 30), s)
        q = qm["q"] if qm and kind not in ("year", "date", "time", "money") else ""
        if (
            q
            and qm
            and " ".join(q.lower().split()) == "up to"
            and _MOVED_UP.search(text, max(0, qm.start() - 20), qm.start())
        ):
            # "edged up to 21 per cent": "up" is the verb's, the figure is reached, not a
            # bound (round 10, UNCERTAIN: read "at most", a true 21.03% was undecided)
            q = ""
        out.append(Quantity(kind, raw, s, e, value, q, qm.start() if q and qm else s))
    return out
