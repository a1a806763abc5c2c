"""Evaluation, round 5: a rank that rests on a tie at the published (rounded) figure."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from psephos.claims.evaluate_scope import _tie_undecided

# ranks as analysis.rank gives them (ties share the best rank): seats 2 and 3 tie at "2nd"
TABLE = pd.DataFrame({"rank": [1, 2, 2, 4, 5]})


@pytest.mark.parametrize(
    ("got", "tied", "nth", "stated", "undecided"),
    [
        (2, True, 3, None, True),  # "the third": 2nd or 3rd on the rounded figure
        (2, True, 2, None, True),  # "the second": the same tie, the same doubt
        (2, True, 4, None, False),  # outside the tie: decided (false) on any order
        (2, True, 1, None, False),  # above it: decided
        (2, True, 2, SimpleNamespace(low=2, high=3), False),  # "in the top three": every order
        (2, True, 2, SimpleNamespace(low=3, high=10), True),  # "3rd to 10th": 2nd or 3rd
        (1, False, 1, None, False),  # no tie
    ],
)
def test_a_tie_at_the_rounded_figure_leaves_positions_inside_it_undecided(
    got: int, tied: bool, nth: int, stated: object, undecided: bool
) -> None:
    why = _tie_undecided(TABLE, got, tied, nth, stated)
    assert (why is not None) == undecided
    if why:
        assert "positions 2 to 3" in why
