""" "P went from X to Y seats": the words tie Y to the party's seat total, so a Y far from
the true total (more than twice it, or under half) is called false rather than excused as
"another quantity" by the guard's factor-of-two rule. Every sentence is invented here.

Published seat totals (House of Commons Library, General election results 2015/2017/2024
briefings, CBP-7186, CBP-7979, CBP-10009; also the candidate-level files in
shared/data/results):

* Conservatives in Scotland: 1 (2015), 13 (2017).
* SNP: 6 (2010), 56 (2015).
* Conservatives, UK: 330 (2015), 317 (2017).
* Liberal Democrats in Scotland: 4 (2017), 4 (2019).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from psephos.claims import check_text


def _end_verdicts(store_path: Path, text: str, figure: str) -> set[str]:
    """The verdicts of the seat-total claims whose span holds ``figure``."""
    out = set()
    for c in check_text(text, db=store_path).leaves():  # the parts of a compound claim
        if c.claim.kind == "seats" and figure in text[c.claim.start : c.claim.end]:
            out.add(c.verdict)
    return out


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # true end figures
        (
            "At the 2017 general election the Conservatives went from 1 to 13 seats in Scotland.",
            "13",
            "supported",
        ),
        ("At the 2015 general election the SNP went from 6 to 56 seats.", "56", "supported"),
        (
            "At the 2017 general election the Conservatives' seat tally fell from 330 to 317.",
            "317",
            "supported",
        ),
        # far-off end figures: more than twice, or under half, the true total
        (
            "At the 2017 general election the Conservatives went from 1 to 40 seats in Scotland.",
            "40",
            "contradicted",
        ),
        (
            "At the 2015 general election the SNP went from 6 to 19 seats in Scotland.",
            "19",
            "contradicted",
        ),
        (
            "At the 2017 general election, across the UK, the Conservatives' seat tally fell "
            "from 330 to 150.",
            "150",
            "contradicted",
        ),
        (
            "At the 2019 general election the Liberal Democrats went from 4 to 11 seats in "
            "Scotland.",
            "11",
            "contradicted",
        ),
    ],
)
def test_the_end_figure_of_went_from_x_to_y_seats(
    store_path: Path, text: str, figure: str, want: str
) -> None:
    assert _end_verdicts(store_path, text, figure) == {want}


def test_an_area_not_named_in_the_sentence_keeps_the_excuse(store_path: Path) -> None:
    # the area is a default (UK) or taken from earlier text: the figure may be another
    # area's total, so the factor-of-two rule still holds the verdict back
    text = "At the 2015 general election the SNP went from 6 to 19 seats."
    assert "contradicted" not in _end_verdicts(store_path, text, "19")


def test_a_far_off_seat_total_without_from_is_still_excused(store_path: Path) -> None:
    # no 'from X to Y': the figure may belong to another quantity (the guard's old rule)
    text = "At the 2017 general election the Conservatives won 40 seats in Scotland."
    assert "contradicted" not in _end_verdicts(store_path, text, "40")
