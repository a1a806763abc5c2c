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
    size = int((TABLE["rank"] == got).sum())  # the seats ranked `got`
    why = _tie_undecided(size, got, tied, nth, stated)
    assert (why is not None) == undecided
    if why:
        assert "positions 2 to 3" in why


# --- "the party" that may be either of two: true only when true of both --------------------

NAMES = {
    "LD": "The Liberal Democrats",
    "SNP": "the SNP",
    "Lab": "Labour",
    "Con": "the Conservatives",
}
PAIRS = [("LD", "SNP"), ("SNP", "Lab"), ("Lab", "LD")]  # (the story's party, the one named later)


def _either_cases() -> list[tuple[int, str, str, int, str]]:
    from tests.claims_corpus._raw import seats_won

    out = []
    for year in (2015, 2017, 2019, 2024):
        won = seats_won(year)  # PSEPH totals from the raw CSVs (csv module, not psephos)
        for story, later in PAIRS:
            low, high = sorted((won[story], won[later]))
            if low < 2 or high - low < 4:
                continue
            out.append((year, story, later, low - 1, "supported"))  # true of both
            out.append((year, story, later, (low + high) // 2, "uncertain"))  # of one only
            out.append((year, story, later, high + 5, "uncertain"))  # of neither: not called
    return out


@pytest.mark.parametrize(("year", "story", "later", "n", "want"), _either_cases())
def test_the_party_of_two_readings_is_true_only_when_true_of_both(
    store_path: object, year: int, story: str, later: str, n: int, want: str
) -> None:
    from psephos.claims import check_text

    text = (
        f"{NAMES[story][0].upper()}{NAMES[story][1:]} had a difficult night at the {year} "
        f"general election.\n\nElsewhere {NAMES[later]} gained seats.\n\n"
        f"Nationally the party won more than {n} seats."
    )
    claims = [c for c in check_text(text, db=store_path).leaves() if c.claim.kind == "seats"]
    assert claims, text
    assert {c.verdict for c in claims} == {want}, [(c.verdict, c.explanation) for c in claims]
    # the two readings were the ones tried (not a subject guessed either way)
    how = "Either way the claim is true" if want == "supported" else "or the story's party"
    assert all(how in c.explanation for c in claims), [c.explanation for c in claims]
