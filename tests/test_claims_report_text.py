"""``psephos check``'s table written line by line (``claims/report_text.py``) is the text
rich prints for the same table: checked on every story of both corpora at several widths,
on generated tables (words longer than a cell, blank lines, runs of spaces, non-ASCII
one-cell characters, bracketed text, one row or several) and, part by part, against
rich's line breaker and ``Text.wrap``. Tables holding a character rich measures otherwise
(wide, zero-width, tab, control) are left to rich and are the same by construction."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich._wrap import divide_line
from rich.console import Console
from rich.text import Text

from psephos.claims.model import VERDICTS, CheckedClaim, CheckReport, Claim
from psephos.claims.report_text import (
    breaks,
    cell_lines,
    claims_table,
    print_claims_table,
    simple,
)

REPO = Path(__file__).resolve().parents[1]
DIRS = [REPO.parent / "shared" / "articles" / "dev", REPO / "tests" / "claims_corpus"]
STORIES = sorted(p for d in DIRS for p in d.glob("*.txt"))
WIDTHS = [40, 80, 137, 300]


def _console(width: int) -> Console:
    """The console ``psephos check`` prints on (commands._common.console) writing to a
    string, not a terminal: plain text."""
    return Console(file=StringIO(), width=width, highlight=False, soft_wrap=False)


def both(report: CheckReport, election: str | None, width: int) -> tuple[str, str]:
    """(rich's table, the fast writer's) for ``report`` at ``width``."""
    plain, fast = _console(width), _console(width)
    plain.print(claims_table(report, election))
    print_claims_table(report, election, fast)
    return plain.file.getvalue(), fast.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_every_story_prints_rich_s_table(store_path: Path, path: Path) -> None:
    from psephos.claims import check_text

    assert STORIES, "no stories found"
    report = check_text(path.read_text(encoding="utf-8"), db=store_path)
    for width in WIDTHS:
        want, got = both(report, None, width)
        assert got == want, (path.name, width)


# one-cell characters of the stories (letters, digits, punctuation, curly quotes, dashes,
# the pound sign, a no-break space, the ellipsis rich itself writes), spaces and newlines,
# and brackets rich would read as markup
_SIMPLE = st.sampled_from(
    list("abcXYZ019 ,.;:'()-/%£éü\u2019\u201c\u2013\u00a0\u2026[]") + [" "] * 6
)
_WORDS = st.text(_SIMPLE, max_size=40).map(lambda s: s.replace("[", "[/").replace("]", "]"))
_LONG = st.text(st.sampled_from("abcdefgh"), min_size=30, max_size=90)  # wider than a cell
_CELL = st.lists(st.one_of(_WORDS, _LONG, st.just("\n"), st.just("  ")), max_size=8).map("".join)
# characters rich measures otherwise: wide, zero-width, tab, control, line separators
_ODD = st.sampled_from(["\u4e2d", "\U0001f600", "\u0301", "\u200d", "\t", "\x07", "\r", "\u2028"])


@st.composite
def reports(draw: st.DrawFn, odd: bool = False) -> CheckReport:
    n = draw(st.integers(min_value=0 if odd else 1, max_value=6))
    claims = []
    for _ in range(n):
        text = draw(_CELL)
        explanation = draw(_CELL)
        if odd and draw(st.booleans()):
            k = draw(st.integers(min_value=0, max_value=len(explanation)))
            explanation = explanation[:k] + draw(_ODD) + explanation[k:]
        claim = Claim(draw(st.integers(min_value=1, max_value=10**6)), "votes", text, 0, 1, 0)
        tolerance = draw(st.one_of(st.none(), st.just(""), _CELL))
        claims.append(CheckedClaim(claim, draw(st.sampled_from(VERDICTS)), explanation, tolerance))
    return CheckReport("", "ge2024", claims, [], [])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(), width=st.integers(min_value=40, max_value=220), dated=st.booleans())
def test_generated_tables_print_as_rich_prints_them(
    report: CheckReport, width: int, dated: bool
) -> None:
    want, got = both(report, "ge2019" if dated else None, width)
    assert got == want


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(odd=True), width=st.integers(min_value=40, max_value=160))
def test_tables_with_other_characters_are_left_to_rich(report: CheckReport, width: int) -> None:
    want, got = both(report, None, width)
    assert got == want


@given(line=_CELL.map(lambda s: s.replace("\n", " ")), width=st.integers(1, 60))
def test_breaks_are_rich_s(line: str, width: int) -> None:
    assert breaks(line, width) == divide_line(line, width, fold=False)


@given(cell=_CELL, width=st.integers(1, 60), right=st.booleans())
def test_cell_lines_are_rich_s_wrap(cell: str, width: int, right: bool) -> None:
    lines = Text(cell).wrap(
        _console(80), width, justify="right" if right else "left", overflow="ellipsis"
    )
    assert cell_lines(cell, width, right) == [line.plain for line in lines]


def test_simple_is_one_cell_each() -> None:
    assert simple(set("Labour’s 6,940 – £1.5m\u00a0…\n"))
    for odd in ["\u4e2d", "\U0001f600", "\u0301", "\u200d", "\t", "\x07", "\r", "\x85", "\u2028"]:
        assert not simple({"a", odd}), repr(odd)
