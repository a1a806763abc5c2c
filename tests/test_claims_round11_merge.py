"""Round 11's merge: classes the branches' tests showed once they met.

- A party's national vote total at a 1918-2005 election that equals the CBP-8647 file's sum
  plus the "others" of the Speaker's seat is how published tables count it (the Speaker
  with the party he sat for: February 1974's "Conservatives 11,872,180", the file's sum
  11,834,346, Wirral's others 38,452): never called false; a figure well beyond it still
  is. Sums are read from the raw file (``tests/claims_corpus/_raw.py``, CBP-8647 columns
  con/lab and oth); the Speakers' seats and parties are UK Parliament's list ("Speakers of
  the House of Commons").
- "N years ago X won by M" is read at the election N years back once, not moved back a
  second time by the reading of "a majority overturned" (``test_claims_round11_history``
  holds the sweep; here one story per year gap).
"""

from __future__ import annotations

from typing import Any

import pytest

from psephos.claims.check import check_text
from tests.claims_corpus._raw import hist_national, hist_seat_at

#: (series election, how a story names it, the Speaker's seat in CBP-8647 - where the file
#: counts his votes among "others" - his party before the chair, its column and how copy
#: names it) - UK Parliament, "Speakers of the House of
#: Commons"
SPEAKERS = [
    ("1955", "1955", "Cirencester And Tewkesbury", "con", "The Conservatives"),
    ("1966", "1966", "Southamptonitchen", "lab", "Labour"),
    ("1970", "1970", "Southamptonitchen", "lab", "Labour"),
    ("1974F", "February 1974", "Wirral", "con", "The Conservatives"),
    ("1997", "1997", "West Bromwich West", "lab", "Labour"),
    ("2001", "2001", "Glasgow Springburn", "lab", "Labour"),
    ("2005", "2005", "Glasgow North East", "lab", "Labour"),
]


@pytest.mark.parametrize(("election", "said", "seat", "col", "party"), SPEAKERS)
def test_national_votes_counting_the_speaker(
    store_path: Any, monkeypatch: pytest.MonkeyPatch, election: str, said: str, seat: str,
    col: str, party: str
) -> None:  # fmt: skip
    monkeypatch.setenv("PSEPHOS_DB", str(store_path))
    file_sum = int(hist_national(election)[col])
    speaker = hist_seat_at(seat, election).votes["oth"]
    assert speaker > 0  # the file puts the Speaker among "others" in these years
    story = "The {said} general election\n\n{party} polled {n:,} votes across the country.\n"
    with_speaker = check_text(story.format(said=said, party=party, n=file_sum + speaker))
    got = sorted({c.verdict for c in with_speaker.claims})
    assert "contradicted" not in got, (election, got)
    beyond = file_sum + speaker + file_sum // 20  # 5 per cent more: no reading gives it
    far = check_text(story.format(said=said, party=party, n=beyond))
    assert "supported" not in {c.verdict for c in far.claims}


@pytest.mark.parametrize(
    ("gap", "back"),
    [("two years ago", 2017), ("four years ago", 2015)],
)
def test_years_ago_majority_is_moved_back_once(
    store_path: Any, monkeypatch: pytest.MonkeyPatch, gap: str, back: int
) -> None:
    """Aberconwy, Guto Bebb (Con) won in 2015 by 3,999 and in 2017 by 635 (PSEPH 56 and 57,
    first minus second): in a 2019 story, the other year's majority is never supported."""
    monkeypatch.setenv("PSEPHOS_DB", str(store_path))
    majority = {2015: 3999, 2017: 635}
    for year, m in majority.items():
        text = (
            "The 2019 general election\n\nHow the 2019 general election went.\n\n"
            f"In Aberconwy, {gap} Guto Bebb won by {m:,}.\n"
        )
        got = {c.verdict for c in check_text(text).claims}
        if year == back:
            assert "contradicted" not in got, (gap, year, got)
        else:
            assert "supported" not in got, (gap, year, got)
