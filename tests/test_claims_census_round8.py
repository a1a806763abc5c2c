"""Census groups and the census shares that are not one seat's (round 8, EXTRACT).

- every census group the lexicon names is a metric the store holds (a name the checker reads
  but cannot evaluate would be a claim with no answer), and an ethnic group is read only
  when written with a capital;
- a census share said as the condition of a set of seats ("in seats where more than 10 per
  cent of the population identify as Muslim"), of an area's people ("of the United
  Kingdom's population") or opening a paragraph that names no seat is never checked against
  the seat named before it: swept over seats where that reading would be false (shares from
  the ONS count files, ``tests/claims_corpus/_raw.py``).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from psephos.claims import lexicon as lx
from tests.claims_corpus._raw import census_counts, census_seat


def _share(seat: str, cat: str) -> float:
    d = census_counts("religion")[seat]
    return d[cat] / d["_total"]


def _seats_below(cat: str, share: float, k: int) -> list[str]:
    """k seats (fixed seed) whose share of ``cat`` is well below ``share`` (the count files):
    a claim read as the seat's own share would be false there."""
    names = census_seat()
    low = sorted(s for s in census_counts("religion") if _share(s, cat) < share / 2)
    return [names[s].name for s in random.Random(20261201).sample(low, k)]


def test_every_lexicon_group_is_a_census_metric_the_store_holds(store_path: Path) -> None:
    from psephos.analysis.metrics import parse_metric
    from psephos.claims.lexicon_census9 import COUNT_GROUPS

    for word, group in lx.GROUPS.items():
        m = parse_metric(f"census:{group}", db=store_path)
        # population density (round 9) is people per hectare, a count
        assert m.unit == ("count" if group in COUNT_GROUPS else "share"), (word, group, m)


def test_capital_groups_are_lexicon_groups_and_need_the_capital(store_path: Path) -> None:
    from psephos.claims import check_text

    assert set(lx.GROUPS) >= lx.CAPITAL_GROUPS
    for word in ("indian", "white british", "chinese", "arab", "bangladeshi"):
        text = "At the 2024 general election Labour held Leicester East.\n\n" + "\n\n".join(
            f"In Leicester East, 5 per cent of residents are {w}." for w in (word, word.title())
        )
        claims = check_text(text, db=store_path).to_dict()["claims"]
        census = [c for c in claims if (c.get("frame") or {}).get("measure") == "census"]
        # only the capitalised one is a census group ("indian" in lower case is another word)
        assert len(census) == 1 and census[0]["start"] > text.index(word.title()) - 60, (
            word,
            census,
        )
        assert census[0]["frame"]["metric"] == f"census:{lx.GROUPS[word]}"


CASES = [
    "{S} was among the seats Labour lost. Its vote fell in seats where more than 10 per cent "
    "of the population identify as Muslim.",
    "{S} was among the seats Labour lost. Five of its losses came in areas where over a "
    "quarter of the population was Muslim.",
    "In {S} the party held on. Some 3.9 million Muslims make up 6.5 per cent of the United "
    "Kingdom's population.",
    "In {S} the party held on.\n\nSome 6.5 per cent of residents are Muslim.",
]


@pytest.mark.parametrize("case", CASES, ids=["seats_where", "areas_where", "uk_people", "para"])
def test_a_share_that_is_not_the_seats_is_never_checked_against_it(
    store_path: Path, case: str
) -> None:
    from psephos.claims import check_text

    seats = _seats_below("Muslim", 0.065, 12)
    text = "At the 2024 general election Labour won.\n\n" + "\n\n".join(
        case.format(S=s) for s in seats
    )
    claims = check_text(text, db=store_path).to_dict()["claims"]
    census = [c for c in claims if (c.get("frame") or {}).get("measure") == "census"]
    assert census, "the share is read (found), with the reason it is not checked"
    wrong = [c["text"] for c in census if c["verdict"] != "uncertain"]
    assert not wrong, wrong[:3]
