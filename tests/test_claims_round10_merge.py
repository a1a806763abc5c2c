"""Round 10, found at the merge on the twelfth held-out batch (scored blind): two classes of
TRUE claims called false. Sentences invented; seats from the raw 2024 results
(``tests/claims_corpus/_raw.py``), never from psephos code.

- A census superlative whose own clause names a group the lexicon does not know ("the
  highest share belonging to the Church of Scotland") took the known group of the clause
  after 'while'/'but'/';' ("... while in Y most have no religion") and was ranked on it: a
  true claim called false once the story's seats dated it. The group is read from the
  superlative's own clause only; the other clause's group is left to its own claim.
- "N MPs were returned unopposed" at a 1918-2005 election: a two-member seat the series
  gives a single sentinel (Stockport 1918: oth -1, seats 2) returned two members unopposed
  (tested with the class in ``tests/test_claims_round10_found.py``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims_corpus._raw import general

LEAD = "Census 2021 shows the pattern across the 2024 seats. "
UNKNOWN = {"Scotland": "the Church of Scotland", "Wales": "the Church in Wales"}
KNOWN = ("no religion", "Muslim")


def _seats(country: str, n: int) -> list[str]:
    names = sorted(s.name for s in general(2024).values() if s.country == country)
    return names[:: max(1, len(names) // n)][:n]


def _claims(text: str, db: Any) -> list[dict[str, Any]]:
    from psephos.claims import check_text

    return check_text(text, db=db).to_dict()["claims"]


@pytest.mark.parametrize("country", sorted(UNKNOWN))
def test_group_of_the_next_clause_is_not_the_superlatives(country: str, store_path: Any) -> None:
    """Every seat of the nation said to have 'the highest share belonging to' a group the
    census summary does not hold, with a known group in the clause after 'while': never
    contradicted, and never ranked on the other clause's group."""
    seats = _seats(country, 6)
    assert len(seats) == 6
    for a, b in zip(seats, seats[1:] + seats[:1], strict=True):
        for joint in (", while in {b} most have {g}", "; in {b} most have {g}"):
            for g in ("no religion",):
                text = (
                    LEAD
                    + f"{a} has the highest share belonging to {UNKNOWN[country]}"
                    + (joint.format(b=b, g=g) + ".")
                )
                first = [c for c in _claims(text, store_path) if c["start"] < text.index(a) + 80]
                for c in first:
                    assert c["verdict"] != "contradicted", (text, c["explanation"])
                    assert c["frame"]["metric"] != "census:NoReligion", text


def test_group_of_the_own_clause_is_still_read(store_path: Any) -> None:
    """The control: a known group in the superlative's own clause is the one ranked, with
    another clause after it."""
    for a, b in zip(_seats("England", 4), _seats("Wales", 4), strict=True):
        text = (
            LEAD
            + f"{a} has the highest share of Muslims in England, while in {b} most have no religion."
        )
        metrics = {
            c["frame"]["metric"] for c in _claims(text, store_path) if "Muslims" in c["text"]
        }
        assert metrics == {"census:Muslim"}, text
