"""The election a claim is checked against: a year, date or election the text names, else
the story's election (claims/when.py, claims/check.py). Invented sentences; expected values worked out from the store:

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
    from psephos.claims.check import read_text

    def go(text: str, **kw: str):  # noqa: ANN202
        return read_text(text, db=store_path, **kw).claims

    return go


def _one(claims, kind: str):  # noqa: ANN001, ANN202
    found = (
        [c for c in claims if c.claim.kind == kind]
        if claims and hasattr(claims[0], "claim")
        else [c for c in claims if c.kind == kind]
    )
    assert len(found) == 1, [(c.kind, c.text) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "election"),
    [
        ("At the 2010 general election, Labour won 258 seats.", "ge2010"),
        ("At the 2010 general election, the Conservatives won 306 seats.", "ge2010"),
        ("In 2019, the Tories won 365 seats.", "ge2019"),  # bare "in 2019"
        ("Labour won 202 seats in the 2019 election.", "ge2019"),
        ("In the general election of 2019, Labour won 202 seats.", "ge2019"),
        ("At the December 2019 general election, Labour won 202 seats.", "ge2019"),
        # no year and no other evidence: the default, ge2024
        ("Labour won 411 seats.", "ge2024"),
        ("At the general election, Labour won 411 seats.", "ge2024"),
        # a comparison or a starting point is not the election the figure is about
        ("Labour won 411 seats, more than in 2019.", "ge2024"),
        # elections before the candidate-level data are named for the 1918- series
        ("At the 1997 general election, Labour won 418 seats.", "ge1997"),
        ("In February 1974 Labour won 301 seats.", "ge1974feb"),
    ],
)
def test_seat_count_year(run, text: str, election: str) -> None:  # noqa: ANN001
    c = _one(run(text), "seats")
    assert c.frame.election == election, c.frame.election_how
    assert c.params["election"]["id"] == election


def test_default_option_applies_without_evidence(run) -> None:  # noqa: ANN001
    # (a party the 1918- series keeps apart: Labour's 202 seats would date it to 2019)
    c = _one(run("The Greens won 4 seats.", election="ge2019"), "seats")
    assert c.frame.election == "ge2019" and "the election given" in c.frame.election_how
    # ... but a year in the text wins over the option
    c = _one(run("In 2010, Labour won 258 seats.", election="ge2019"), "seats")
    assert c.frame.election == "ge2010"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("In 2030, Labour won 400 seats.", "no general election in 2030"),
        ("At the 2022 local elections, Labour won 100 seats.", "not a UK general election"),
    ],
)
def test_election_not_in_the_series_is_unresolved(run, text: str, why: str) -> None:  # noqa: ANN001
    c = _one(run(text), "seats")
    assert any(why in u for u in c.frame.unresolved), c.frame.unresolved


def test_paragraph_context(run) -> None:  # noqa: ANN001
    text = (
        "The 2010 general election was close. Labour won 258 seats. Jeremy Corbyn won "
        "24,276 votes. Turnout in Islington North was 65.4%.\n\n"
        "Labour won 411 seats."  # a new paragraph: the story's election, which is 2010 here
    )
    claims = run(text)
    got = [(c.kind, c.frame.election) for c in claims]
    assert got == [
        ("seats", "ge2010"),
        ("votes", "ge2010"),
        ("turnout", "ge2010"),
        ("seats", "ge2010"),
    ]
    assert "story's election" in claims[3].frame.election_how
    assert "earlier in the paragraph" in claims[0].frame.election_how
    # the seat on the boundaries of that election: the 2010-2019 Islington North
    assert claims[2].frame.scope.seat["ons_code"] == "E14000763"


def test_candidate_claims_use_the_named_election(run) -> None:  # noqa: ANN001
    claims = run(
        "At the 2019 general election, Jeremy Corbyn won 34,603 votes, a majority of 26,188. "
        "Jeremy Corbyn won 64 per cent of the vote."
    )
    assert [(c.kind, c.frame.election) for c in claims] == [
        ("votes", "ge2019"),
        ("majority", "ge2019"),
        ("share", "ge2019"),  # year from the previous sentence of the paragraph
    ]
    assert claims[0].frame.subject.candidate["ons_code"] == "E14000763"


def test_by_elections_by_date(run) -> None:  # noqa: ANN001
    text = (
        "In June 2022, Simon Lightwood won back Wakefield with a majority of 4,925. "
        "Turnout was below 40 per cent."
    )
    claims = run(text)
    assert {c.frame.election for c in claims} == {"by-2022-06-23-wakefield"}


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


@pytest.mark.parametrize(
    "phrase",
    [
        "down 3 points on the notional 2019 result",
        "the notional 2019 results",
        "on notional 2019 election figures",
        "what it notionally won at the 2019 election",
    ],
)
def test_a_notional_result_is_a_baseline_not_the_story_s_election(phrase: str) -> None:
    # a notional result (an earlier election recomputed on new boundaries) is what a change
    # is measured against; it never dates the story
    from psephos.claims.text import fold
    from psephos.claims.when import find_refs

    assert find_refs(phrase, fold(phrase)) == []


def test_a_story_full_of_notional_comparisons_keeps_its_named_election(run) -> None:  # noqa: ANN001
    # Every sentence compares with the notional 2019 result; the headline names 2024. The
    # figures are invented: only the dating is under test.
    text = "How the regions voted at the 2024 general election\n\n" + "\n\n".join(
        f"In the North East, the Greens' share was up {n} points on the notional 2019 result."
        for n in range(1, 8)
    )
    claims = run(text)
    assert claims and {c.frame.election for c in claims} == {"ge2024"}


@pytest.fixture(scope="module")
def polling_days_in_store(store_path: Path) -> list[tuple[object, str]]:
    """Every general election's polling day since 1918 from the parliaments table (the
    official list of parliaments: one row per parliament, its election date), with the
    id the checker gives that election (ge1974feb/ge1974oct for 1974)."""
    from psephos.claims.when import MONTHS, election_id
    from psephos.store.connect import connect

    rows = (
        connect(store_path)
        .execute(
            "SELECT election_date FROM parliaments WHERE election_date >= DATE '1918-01-01' "
            "ORDER BY election_date"
        )
        .fetchall()
    )
    out = [(d, election_id(d.year, {}, MONTHS[d.month - 1])) for (d,) in rows]
    return [(d, e) for d, e in out if e]


@pytest.mark.parametrize(
    ("template", "dated"),
    [
        ("Britain went to the polls on {d:%-d} {d:%B} {d:%Y}.", True),
        ("Voters turned out on {d:%B} {d:%-d}, {d:%Y}, in the rain.", True),
        ("Polling day was {d:%-d} {d:%B} {d:%Y}.", True),
        # a starting point, not the story's election
        ("It has been the party's best night since {d:%-d} {d:%B} {d:%Y}.", False),
        # a day that was no polling day
        ("The minister resigned on {d:%-d} {d:%B} {d:%Y}.", None),
    ],
)
def test_a_polling_day_in_the_body_dates_the_story(
    store_path: Path,
    polling_days_in_store,
    template: str,
    dated: bool | None,  # noqa: ANN001
) -> None:
    # Every general election since 1918, not one: a full date that is a polling day (the
    # parliaments table) dates an undated story; "since DATE" and other days do not.
    import datetime as dt

    from psephos.claims.check import read_text

    assert len(polling_days_in_store) >= 28  # 1918-2024: 29 general elections with 1974 twice
    for day, eid in polling_days_in_store:
        d = day if dated is not None else day + dt.timedelta(days=3)
        text = "What the figures say\n\n" + template.format(d=d)
        got = read_text(text, db=store_path).inference
        if dated:
            assert got.election == eid, (template, day, got.how)
        else:
            assert not any("polling day" in e for e in got.evidence), (template, day, got.evidence)
