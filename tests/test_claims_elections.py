"""The election a claim is checked against: a year or election the text names, else the
default (claims/when.py). Invented sentences; expected values worked out from the store:

Seats won (``SELECT election_id, winner_party, count(*) FROM contests GROUP BY ALL``):
  ge2010: Con 306, Lab 258, LD 57 (the official 2010 figures); ge2019: Con 365, Lab 202;
  ge2024: Lab 411. So "Labour won 258 seats" is true of 2010 and false of 2024.
Islington North (``SELECT * FROM results WHERE constituency = 'Islington North'``):
  ge2010 (2010 seat E14000763): Corbyn (Lab) 24,276 votes, valid 44,554, electorate 68,119
    -> turnout 44,554 / 68,119 = 65.41%;
  ge2019 (E14000763): Corbyn (Lab) 34,603, Wakeling (LD) 8,415 -> majority 26,188;
    34,603 / 53,805 valid = 64.31% share;
  ge2017: Corbyn (Lab) 40,086, 1st -> "Labour was beaten by Jeremy Corbyn" is false in 2017;
  ge2024 (2024 seat E14001305): Corbyn (Ind) 24,120, 1st, Nargund (Lab) 2nd.
Dewsbury and Batley is a 2024 seat only (constituencies.boundary_set = '2024').
General elections in the store: 2010, 2015, 2017, 2019, 2024 (notional2005 and
notional2019 are notional, not general), so 1997, 2005 and 2030 have none.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def run(store_path: Path):  # noqa: ANN201
    from psephos.claims import check_text

    def go(text: str, **kw: str):  # noqa: ANN202
        return check_text(text, db=store_path, **kw).claims

    return go


def _one(claims, kind: str):  # noqa: ANN001, ANN202
    found = [c for c in claims if c.claim.kind == kind]
    assert len(found) == 1, [(c.claim.kind, c.claim.text) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "election", "verdict", "value"),
    [
        # the reviewer's case: 258 is Labour's 2010 total (411 in 2024)
        ("At the 2010 general election, Labour won 258 seats.", "ge2010", "supported", 258),
        (
            "At the 2010 general election, the Conservatives won 306 seats.",
            "ge2010",
            "supported",
            306,
        ),
        ("At the 2010 general election, the Lib Dems won 57 seats.", "ge2010", "supported", 57),
        ("At the 2010 general election, Labour won 411 seats.", "ge2010", "contradicted", 258),
        ("In 2019, the Tories won 365 seats.", "ge2019", "supported", 365),  # bare "in 2019"
        ("Labour won 202 seats in the 2019 election.", "ge2019", "supported", 202),
        ("In the general election of 2019, Labour won 202 seats.", "ge2019", "supported", 202),
        ("Labour won 202 seats at ge2019.", "ge2019", "supported", 202),
        (
            "At the December 2019 general election, Labour won 202 seats.",
            "ge2019",
            "supported",
            202,
        ),
        # no year: the default, ge2024 (411)
        ("Labour won 411 seats.", "ge2024", "supported", 411),
        ("At the general election, Labour won 411 seats.", "ge2024", "supported", 411),
        # a comparison or a starting point is not the election the figure is about
        ("Labour won 411 seats, up from 202 at the 2019 election.", "ge2024", "supported", 411),
        ("Labour won 411 seats, more than in 2019.", "ge2024", "supported", 411),
    ],
)
def test_seat_count_year(run, text: str, election: str, verdict: str, value: int) -> None:  # noqa: ANN001
    c = _one(run(text), "seat_count")
    assert c.verdict == verdict, c.explanation
    assert c.evidence[0].value == value and c.evidence[0].reading == election
    assert c.claim.params["election"]["id"] == election
    if election != "ge2024":
        assert f"Checked against {election}" in c.explanation


def test_default_option_still_applies_without_a_year(run) -> None:  # noqa: ANN001
    c = _one(run("Labour won 202 seats.", election="ge2019"), "seat_count")
    assert c.verdict == "supported" and c.evidence[0].reading == "ge2019"
    # ... but a year in the text wins over the option
    c = _one(run("In 2010, Labour won 258 seats.", election="ge2019"), "seat_count")
    assert c.verdict == "supported" and c.evidence[0].reading == "ge2010"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("At the 1997 general election, Labour won 418 seats.", "no general election in 1997"),
        ("At the 2005 general election, Labour won 355 seats.", "no general election in 2005"),
        ("In 2030, Labour won 400 seats.", "no general election in 2030"),
        ("At the 2022 local elections, Labour won 100 seats.", "not a UK general election"),
        ("Labour won 411 seats before the Rochdale by-election.", "by-election"),
    ],
)
def test_election_not_in_store_is_not_checked(run, text: str, why: str) -> None:  # noqa: ANN001
    c = _one(run(text), "seat_count")
    assert c.verdict == "not_checkable" and why in c.explanation, c.explanation
    assert not c.evidence  # never checked against ge2024 (or any other election)
    assert c.claim.params["election"]["id"] is None


def test_several_elections_in_a_sentence_are_not_guessed(run) -> None:  # noqa: ANN001
    c = _one(
        run("Between the 2017 and the 2019 general elections, Labour won 262 seats."), "seat_count"
    )
    assert c.verdict == "uncertain" and "several elections" in c.explanation
    assert not c.evidence


def test_paragraph_context(run) -> None:  # noqa: ANN001
    text = (
        "The 2010 general election was close. Labour won 258 seats. Jeremy Corbyn won "
        "24,276 votes. Turnout in Islington North was 65.4%.\n\n"
        "Labour won 411 seats."  # a new paragraph: the default again
    )
    claims = run(text)
    kinds = [(c.claim.kind, c.verdict, c.claim.params["election"]["id"]) for c in claims]
    assert kinds == [
        ("seat_count", "supported", "ge2010"),  # 258 in 2010
        ("votes", "supported", "ge2010"),  # Corbyn 24,276 in 2010
        ("turnout", "supported", "ge2010"),  # 65.41% in 2010, 2010 seat E14000763
        ("seat_count", "supported", "ge2024"),  # 411 in 2024
    ]
    assert "earlier in the paragraph" in claims[0].claim.params["election"]["how"]
    assert claims[2].evidence[0].reading == "Islington North ge2010"


def test_candidate_claims_use_the_named_election(run) -> None:  # noqa: ANN001
    claims = run(
        "At the 2019 general election, Jeremy Corbyn won 34,603 votes, a majority of 26,188. "
        "Jeremy Corbyn won 64 per cent of the vote."
    )
    assert [(c.claim.kind, c.verdict) for c in claims] == [
        ("votes", "supported"),  # 34,603
        ("margin", "supported"),  # 34,603 - 8,415 = 26,188
        ("share", "supported"),  # 64.31% in 63.5-64.5, year from the previous sentence
    ]
    assert all(c.evidence[0].reading.endswith("ge2019") for c in claims)
    # 2017: Corbyn won Islington North for Labour, so Labour was not beaten by him
    c = _one(run("In the 2017 election Labour was beaten by Jeremy Corbyn."), "outcome_beaten")
    assert c.verdict == "contradicted" and c.evidence[0].reading == "Islington North ge2017"
    # 2024 (the default): he beat Labour as an independent
    c = _one(run("Labour was beaten by Jeremy Corbyn."), "outcome_beaten")
    assert c.verdict == "supported"


def test_seat_on_the_wrong_boundaries(run) -> None:  # noqa: ANN001
    c = _one(
        run("At the 2019 general election, turnout in Dewsbury and Batley was 60%."), "turnout"
    )
    assert c.verdict == "uncertain"
    assert "not a seat on the 2010-2019 boundaries ge2019 was fought on" in c.explanation


def test_census_claims_ignore_the_year(run) -> None:  # noqa: ANN001
    # census figures are Census 2021 whatever election the sentence names
    c = _one(
        run("In 2019, Bradford West had a Muslim population of 59 per cent."), "demographic_share"
    )
    assert "election" not in c.claim.params and c.verdict == "supported"  # 58.7 in 58.5-59.5


def test_group_change_needs_2024_seats(run) -> None:  # noqa: ANN001
    c = _one(
        run(
            "At the 2019 general election, Labour suffered a loss of support in heavily Muslim areas."
        ),
        "group_change",
    )
    assert (
        c.verdict == "uncertain" and "census group figures are for the 2024 seats" in c.explanation
    )


def test_refs() -> None:
    from psephos.claims.text import fold
    from psephos.claims.when import find_refs

    def refs(t: str) -> list[tuple[int | None, str, bool]]:
        return [(r.year, r.kind, r.strong) for r in find_refs(t, fold(t))]

    assert refs("the 2010 general election") == [(2010, "general", True)]
    assert refs("2019’s election") == [(2019, "general", True)]
    assert refs("the general election of 2017") == [(2017, "general", True)]
    assert refs("in May 2015") == [(2015, "general", False)]
    assert refs("the 2019 European elections") == [(2019, "other", True)]
    assert refs("the 2017 and 2019 elections") == [(2017, "general", True), (2019, "general", True)]
    assert refs("the 2015, 2017 and 2019 local elections") == [
        (2015, "other", True),
        (2017, "other", True),
        (2019, "other", True),
    ]
    assert refs("has held the seat since the 2015 election") == []
    assert refs("has held the seat since 2015") == []
    assert refs("down from 262 in 2017") == []
    assert refs("forced out of their homes in 1948") == [(1948, "general", False)]
