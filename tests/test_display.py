"""Results in a REPL or notebook: a one-line repr and a bounded HTML view, for every result
the public API returns, named as in the JSON."""

from __future__ import annotations

import html.parser
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import psephos
from psephos.display import MAX_REPR, MAX_ROWS, Display, headline, render_html


def _results(db: Path) -> dict[str, Any]:
    return {
        "seat": lambda: psephos.seat("Ilford North", db=db),
        "summary": lambda: psephos.summary(election="ge2024", db=db),
        "rank": lambda: psephos.rank("majority", db=db),
        "relate": lambda: psephos.relate("change:Lab", "census:Muslim", db=db),
        "project": lambda: psephos.project({"Lab": 34.7, "Con": 24.4}, db=db),
        "whatif": lambda: psephos.whatif("Ilford North", db=db),
        "backtest": lambda: psephos.backtest(models=["uns"], db=db),
        "check_text": lambda: psephos.check_text("Labour held Ilford North by 528 votes.", db=db),
    }


class _Checker(html.parser.HTMLParser):
    """Counts table rows and checks tags balance."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.rows = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.stack.append(tag)
        self.rows += tag == "tr"

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"


@pytest.mark.parametrize("name", list(_results(Path("unused"))))
def test_every_result_has_a_short_repr_and_a_bounded_html_view(name: str, store_path: Path) -> None:
    result = _results(store_path)[name]()
    assert isinstance(result, Display)
    text = repr(result)
    assert text.startswith(f"<{type(result).__name__} ") and len(text) <= MAX_REPR + 40
    assert "\n" not in text
    # every name shown is a key of the JSON shape
    data = result.to_dict()
    shown = re.findall(r"(?:^<\w+ | )(\w+)=", text)
    assert shown and set(shown) <= set(data), (shown, list(data))
    page = result._repr_html_()
    checker = _Checker()
    checker.feed(page)
    assert not checker.stack
    tables = sum(1 for v in psephos.display.to_jsonable(data).values() if isinstance(v, list))
    assert checker.rows <= len(data) + tables * (MAX_ROWS + 1)
    assert len(page) < 60_000


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=60),
    lambda kids: (
        st.lists(kids, max_size=14) | st.dictionaries(st.text(max_size=12), kids, max_size=6)
    ),
    max_leaves=40,
)


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.text(max_size=20), json_values, max_size=20))
def test_views_of_any_json_shape_stay_bounded_and_escaped(data: dict[str, Any]) -> None:
    line = headline(data)
    assert len(line) <= MAX_REPR and "\n" not in line
    page = render_html("Result", data)
    checker = _Checker()
    checker.feed(page)
    assert not checker.stack  # user text never opens or closes a tag
    assert checker.rows <= len(data) + sum(isinstance(v, list) for v in data.values()) * (
        MAX_ROWS + 1
    )
