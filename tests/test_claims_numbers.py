"""Numbers as news text writes them (digits, words, ratios) and the interval each allows."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.claims.numbers import parse_number, parse_words, stated, stated_ratio


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-three", 23),
        ("twenty three", 23),
        ("one hundred and five", 105),
        ("five hundred and twenty-eight", 528),
        ("six", 6),
        ("fifteen thousand", 15000),
        ("two thousand and twenty-four", 2024),
    ],
)
def test_words(text: str, value: int) -> None:
    assert parse_words(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("15,647", 15647),
        ("30.6", 30.6),
        ("four in five", 0.8),
        ("three out of four", 0.75),
        ("a third", 1 / 3),
        ("half", 0.5),
        ("Twenty-Three", 23),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert math.isclose(parse_number(text) or -1, value)


def test_not_a_number() -> None:
    assert parse_number("several") is None
    with pytest.raises(ValueError):
        stated("several")


def test_rounding_intervals() -> None:
    # "23 per cent" means 22.5-23.5 (the rule); one decimal place halves it again.
    assert (stated("23").low, stated("23").high) == (22.5, 23.5)
    assert stated("30.6").contains(30.61) and not stated("30.6").contains(30.66)
    assert (stated("twenty-three").low, stated("twenty-three").high) == (22.5, 23.5)
    # A count ending in three zeros is read as rounded to the thousand.
    assert (stated("15,000", exact=True).low, stated("15,000", exact=True).high) == (14500, 15500)
    # A count given to the unit is exact.
    assert (stated("528", exact=True).low, stated("528", exact=True).high) == (528, 528)


def test_qualifiers() -> None:
    assert stated("500", qualifier="more than").contains(528)
    assert not stated("500", qualifier="fewer than").contains(528)
    assert stated("530", qualifier="nearly").contains(528)  # 477-530
    assert stated("500", qualifier="about").contains(520)  # 475-525
    assert stated("500", qualifier="more than").to_dict()["high"] is None  # JSON-safe
    # "at most N" is a bound even on an exact count (it used to be read as exactly N)
    assert not stated("40", qualifier="at most", exact=True).contains(41)
    assert stated("40", qualifier="at most", exact=True).contains(12)
    # "almost exactly 50": 2% of 50 = 1 (wider than the rounding, 0.5), so 49-51
    s = stated("50", qualifier="almost exactly", exact=True)
    assert (s.low, s.high) == (49, 51)


def test_ratio_interval() -> None:
    # "four in five" read as rounded to fifths: 3.5/5 to 4.5/5.
    r = stated_ratio("four in five")
    assert (r.value, r.low, r.high) == (0.8, 0.7, 0.9)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("won 2.35 million votes", "num", 2_350_000.0),
        ("a share of 41.25 per cent", "pct", 41.25),
        ("declared at 3.10am", "time", None),
        ("declared at 03:10", "time", None),
    ],
)
def test_dotted_figure_is_a_time_only_with_am_pm(text: str, kind: str, value: float | None) -> None:
    from psephos.claims.numbers import find_quantities

    qs = [q for q in find_quantities(text) if q.kind != "num" or q.value != 1_000_000]
    assert [q.kind for q in qs] == [kind]
    assert qs[0].value == value


# Characters that Python's case-insensitive matching equates with an ASCII letter although
# their lower case is not that letter: LATIN SMALL LETTER LONG S ('ſ' ~ 's'), KELVIN SIGN
# ('K' ~ 'k'), LATIN CAPITAL LETTER I WITH DOT ABOVE ('İ' ~ 'i'). A word the scanner
# matches with one of them must be read like its ASCII spelling, never crash the check
# (hostile or OCR'd text; before the fix "came ſixth" ended in an internal error).
_ODD = {"s": "\u017f", "k": "\u212a", "i": "\u0130"}


def _ascii_words() -> list[str]:
    from psephos.claims.numbers import ORDINALS

    words = [w for w in ORDINALS if w.isalpha()]
    return words + ["six thousand", "two million", "a third", "sixty-six", "half", "five"]


@pytest.mark.parametrize("letter", sorted(_ODD))
def test_odd_case_letters_read_like_ascii(letter: str) -> None:
    from psephos.claims.numbers import find_quantities

    odd = _ODD[letter]
    for word in _ascii_words():
        if letter not in word:
            continue
        text = f"Labour came {word} with 1,234 votes."
        want = [(q.kind, q.value) for q in find_quantities(text)]
        got = [(q.kind, q.value) for q in find_quantities(text.replace(letter, odd))]
        assert got == want or len(got) <= len(want), (word, got, want)


@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 ,.-%sixthkoneIK") + list(_ODD.values())),
        max_size=40,
    )
)
@settings(max_examples=300, deadline=None)
def test_find_quantities_never_raises(text: str) -> None:
    from psephos.claims.numbers import find_quantities

    for q in find_quantities(text):
        assert q.value is None or math.isfinite(q.value)
