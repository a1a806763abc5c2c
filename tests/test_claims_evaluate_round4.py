"""Evaluation paths added in round 4: the guard's readings for a candidate named with
another seat's figure, and for an area's figure that is the top or bottom seat's. True,
false and other-reading cases for each; the frames are invented for these tests.

Receipts (shared/data/results/ukparliament-psephology/results-by-parliament, "PSEPH NN" =
folder NN, general-election/constituencies.csv; turnout = valid votes / electorate):

* PSEPH 57 (2017), the 29 North East rows: valid 1,280,066 / electorate 1,938,346 =
  66.04%; highest Hexham 46,224 / 61,053 = 75.71%, lowest Easington 36,364 / 62,385 =
  58.29%.
* PSEPH 58 (2019), the 40 Wales rows: 1,544,357 / 2,319,826 = 66.57%; highest Cardiff North
  52,666 / 68,438 = 76.95%, lowest Merthyr Tydfil and Rhymney 32,246 / 56,322 = 57.25%.
* PSEPH 56 -> 57 (2015 -> 2017) Conservative share: Angus (S14000004) 12,900 / 44,485 =
  29.00% -> 18,148 / 40,192 = 45.15%; Banff and Buchan (S14000007) 13,148 / 45,629 = 28.82%
  -> 19,976 / 41,643 = 47.97%. PSEPH 57 candidacies.csv: Kirstene Hair stood for the
  Conservatives in Angus, not in Banff and Buchan.
"""

from __future__ import annotations

from typing import Any

import pytest

from psephos.claims.evaluate import evaluate
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import Stated


def pct(value: float) -> Stated:
    """A share written to one decimal: +-0.05."""
    return Stated(f"{value:g}", value, value - 0.05, value + 0.05, "test")


@pytest.mark.parametrize(
    ("level", "area", "election", "value", "verdict"),
    [
        # the top and bottom seats' turnouts, read for the area: said of that seat
        ("region", "North East", "ge2017", 75.7, "uncertain"),
        ("region", "North East", "ge2017", 58.3, "uncertain"),
        ("country", "Wales", "ge2019", 77.0, "uncertain"),
        ("country", "Wales", "ge2019", 57.3, "uncertain"),
        # nobody's figure: the area's turnout is wrong
        ("region", "North East", "ge2017", 70.0, "contradicted"),
        ("country", "Wales", "ge2019", 60.0, "contradicted"),
        # the area's own figure
        ("region", "North East", "ge2017", 66.0, "supported"),
        ("country", "Wales", "ge2019", 66.6, "supported"),
    ],
)
def test_an_areas_turnout_that_is_its_top_or_bottom_seats(
    db: Any, level: Any, area: str, election: str, value: float, verdict: str
) -> None:
    frame = Frame(
        "turnout",
        Subject("parliament", how="the electorate in scope"),
        Scope(level, area, how=f"'{area}' in the claim"),
        election,
        stated=pct(value),
        metric="turnout",
    )
    out = evaluate(db, frame)
    assert out.verdict == verdict, out.explanation


HAIR = {
    "name": "Kirstene Hair",
    "key": "kirstene hair",
    "election": "ge2017",
    "ons_code": "S14000004",
    "party": "Con",
}


@pytest.mark.parametrize(
    ("seat", "ons_code", "comparator", "verdict"),
    [
        # she stood in Angus, where the Conservative share rose: "fell" is false
        ("Angus", "S14000004", "down", "contradicted"),
        ("Angus", "S14000004", "up", "supported"),
        # Banff and Buchan's share rose too, but she did not stand there: the seat is
        # another name's in the sentence, so her "fell" is not called false there
        ("Banff and Buchan", "S14000007", "down", "uncertain"),
    ],
)
def test_a_candidates_change_read_in_a_seat_she_did_not_contest(
    db: Any, seat: str, ons_code: str, comparator: str, verdict: str
) -> None:
    frame = Frame(
        "change",
        Subject("candidate", "Kirstene Hair", candidate=dict(HAIR)),
        Scope(
            "seat",
            seat,
            seat={"name": seat, "ons_code": ons_code, "boundary_set": "2010"},
            how="named in the claim",
        ),
        "ge2017",
        comparator=comparator,
        metric="share",
    )
    out = evaluate(db, frame)
    assert out.verdict == verdict, out.explanation


# ------------------------------------------------------------- series shares: the votes cast


def test_series_shares_divide_by_the_votes_cast(store_path: Any) -> None:
    """CBP-8647 (shared/data/results/hoc-cbp8647-1918-2019), the 659 rows of 1997:
    total_votes 31,286,284; Lab 13,518,167 (43.208%), Con 9,591,085 (30.656%). The 18
    Northern Ireland rows give total_votes 790,762 but party columns for only some of those
    votes (oth 532,413), so the columns add up to 258,349 fewer than were cast; the
    Commons Library's published 1997 shares are Lab 43.2%, Con 30.7%."""
    from psephos.analysis.series import history_summary, party_series

    s = party_series(area="UK", db=store_path)
    y97 = s[s["election"] == "1997"].set_index("party")
    assert y97.loc["Lab", "share"] == pytest.approx(13_518_167 / 31_286_284, abs=1e-9)
    assert y97.loc["Con", "share"] == pytest.approx(9_591_085 / 31_286_284, abs=1e-9)
    # the same definition in the summary of one series election
    t = history_summary(election="1997", db=store_path).table
    lab = t[(t["area"] == "UK") & (t["party_code"] == "Lab")]
    assert float(lab["share"].iloc[0]) == pytest.approx(13_518_167 / 31_286_284, abs=1e-9)
    # where the columns add up to the total (every row of 1992), shares sum to one
    y92 = s[s["election"] == "1992"]
    assert float(y92["share"].sum()) == pytest.approx(1.0, abs=1e-9)


# ------------------------------------------------------------- a far-off count of a named seat


ANGUS_2010 = {"name": "Angus", "ons_code": "S14000004", "boundary_set": "2010"}


@pytest.mark.parametrize(
    ("value", "how", "verdict"),
    [
        # PSEPH 57 Angus (2017): Con 18,148, SNP 15,503, majority 2,645
        (2_645, "named in the claim", "supported"),
        # Kirstene Hair's own votes read as the majority: another number of the seat, so a
        # figure far from the majority is not called false
        (18_148, "named in the claim", "uncertain"),
        # 9,500 (3.6 times the majority) is no number of Angus at all: none of its
        # electorates, valid or rejected totals, majorities, candidates' votes or gaps
        # between two candidates in PSEPH 55-58 general-election constituencies.csv and
        # candidacies.csv, nor in PSEPH 54 notional-general-election (notional 2005:
        # electorate 63,093, valid 38,145, candidates 12,840, 11,239, 6,850, 6,660, 556)
        (9_500, "named in the claim", "contradicted"),
        (9_500, "the seat named in the sentence", "contradicted"),
        # the same figure in a seat taken from earlier text may be another seat's
        (9_500, "the nearest seat named before the claim", "uncertain"),
        (9_500, "the candidate's seat at that election", "uncertain"),
    ],
)
def test_a_far_off_majority_of_a_named_seat(db: Any, value: int, how: str, verdict: str) -> None:
    frame = Frame(
        "majority",
        Subject("candidate", "Kirstene Hair", candidate=dict(HAIR)),
        Scope("seat", "Angus", seat=dict(ANGUS_2010), how=how),
        "ge2017",
        stated=Stated(f"{value:,}", value, value, value, "exact count as written"),
    )
    out = evaluate(db, frame)
    assert out.verdict == verdict, out.explanation


# ------------------------------------------------------------- a region among the regions


@pytest.mark.parametrize(
    ("region", "comparator", "nth", "verdict"),
    [
        # PSEPH 59 (2024) general-election/constituencies.csv, valid / electorate by region:
        # South West 2,785,430 / 4,293,725 = 64.87%, South East 4,351,416 / 6,735,447 =
        # 64.60%, ... North West 56.74%, North East 1,111,540 / 1,965,068 = 56.57%, Wales
        # 1,319,076 / 2,348,540 = 56.17%, Yorkshire and The Humber 2,221,947 / 3,992,294 =
        # 55.66% (lowest of the twelve)
        ("South West", "most", None, "supported"),
        ("South East", "most", None, "contradicted"),
        ("Yorkshire and The Humber", "least", None, "supported"),
        ("Wales", "nth_least", 2, "supported"),
        # second-lowest of England's nine regions, third of the twelve with the nations
        ("North East", "nth_least", 2, "depends"),
        ("North West", "nth_least", 2, "contradicted"),
    ],
)
def test_a_regions_turnout_among_the_regions(
    db: Any, region: str, comparator: str, nth: int | None, verdict: str
) -> None:
    frame = Frame(
        "superlative" if nth is None else "rank",
        Subject("seats", region),
        Scope("uk", where=["among=regions"]),
        "ge2024",
        comparator=comparator,
        nth=nth,
        metric="turnout",
    )
    out = evaluate(db, frame)
    assert out.verdict == verdict, out.explanation


def test_among_the_regions_out_of_data(db: Any) -> None:
    frame = Frame(
        "superlative",
        Subject("seats", "Atlantis"),
        Scope("uk", where=["among=regions"]),
        "ge2024",
        comparator="most",
        metric="turnout",
    )
    assert evaluate(db, frame).verdict == "uncertain"
    frame = Frame(
        "superlative",
        Subject("seats", "London"),
        Scope("uk", where=["among=regions"]),
        "1997",
        comparator="most",
        metric="turnout",
    )
    assert evaluate(db, frame).verdict == "uncertain"


# ------------------------------------------------------------- a seat majority with no subject


@pytest.mark.parametrize(
    ("value", "unresolved", "verdict"),
    [
        # PSEPH 57 Angus (2017): majority 2,645 ("held Angus by 2,645 votes", no name found)
        (2_645, ["subject: no party, person or seat found for this claim"], "supported"),
        # any other figure may be a third-placed candidate's gap: the subject is needed
        (3_000, ["subject: no party, person or seat found for this claim"], "uncertain"),
        # another unresolved slot is not excused
        (2_645, ["election: no general election in 2021"], "uncertain"),
    ],
)
def test_a_seat_majority_needs_no_subject_to_be_supported(
    db: Any, value: int, unresolved: list[str], verdict: str
) -> None:
    frame = Frame(
        "majority",
        Subject("parliament"),
        Scope("seat", "Angus", seat=dict(ANGUS_2010), how="named in the claim"),
        "ge2017",
        stated=Stated(f"{value:,}", value, value, value, "exact count as written"),
        unresolved=list(unresolved),
    )
    out = evaluate(db, frame)
    assert out.verdict == verdict, out.explanation


# ------------------------------------------------------------- guesses the guard does not refute

FALKIRK_2010 = {"name": "Falkirk", "ons_code": "S14000028", "boundary_set": "2010"}


@pytest.mark.parametrize(
    ("subject", "scope_how", "verdict"),
    [
        # PSEPH 58 Falkirk (2019): SNP hold, majority 14,948: "more than 20,000" is false
        (
            Subject("party", "SNP", party="SNP", how="named before the claim in the sentence"),
            "named in the claim",
            "contradicted",
        ),
        # "... and about one seat in five had a majority of more than 20,000": the seat is
        # the last one named and the party the story's: an open figure is not refuted then
        (
            Subject(
                "party", "their", party="SNP", how="'their' refers to the party the story is on"
            ),
            "the sentence names no seat: the last seat named (Falkirk)",
            "uncertain",
        ),
        # a named party in the last seat named is still checked there
        (
            Subject("party", "SNP", party="SNP", how="named before the claim in the sentence"),
            "the sentence names no seat: the last seat named (Falkirk)",
            "contradicted",
        ),
    ],
)
def test_an_open_figure_with_neither_seat_nor_party_named(
    db: Any, subject: Subject, scope_how: str, verdict: str
) -> None:
    frame = Frame(
        "majority",
        subject,
        Scope("seat", "Falkirk", seat=dict(FALKIRK_2010), how=scope_how),
        "ge2019",
        comparator="gt",
        stated=Stated("20,000", 20_000, 20_000, float("inf"), "'more than'"),
    )
    out = evaluate(db, frame)
    assert out.verdict == verdict, out.explanation


@pytest.mark.parametrize(
    ("other", "how", "verdict"),
    [
        # PSEPH 58 (2019) constituencies.csv results: 'Con gain from LD' in 3 rows, none
        # 'Con gain from SNP'
        ("LD", "named in the sentence", "supported"),
        ("SNP", "named in the sentence", "contradicted"),
        # "the party lost three seats to the Conservatives" with "the party" taken to be
        # the SNP: another party makes it true, so the guess is not refuted
        ("SNP", "'the party' refers to the party the sentence is about (SNP)", "uncertain"),
    ],
)
def test_gains_from_an_inferred_party_try_the_others(
    db: Any, other: str, how: str, verdict: str
) -> None:
    frame = Frame(
        "gains_from",
        Subject("party", "Conservatives", party="Con", how="the party the seats were lost to"),
        Scope("uk", how="no area named: the UK"),
        "ge2019",
        stated=Stated("three", 3, 3, 3, "exact count as written"),
        other=Subject("party", other, party=other, how=how),
    )
    out = evaluate(db, frame)
    assert out.verdict == verdict, out.explanation


# ------------------------------------------------------------- the two elections of 1974


@pytest.mark.parametrize(
    ("election", "party", "value", "verdict"),
    [
        # CBP-8647 (hoc-cbp8647-1918-2019), rows topped by each group: October 1974 (1974O)
        # Lab 319, Con 277; February 1974 (1974F) Lab 301
        ("ge1974oct", "Lab", 319, "supported"),
        ("ge1974oct", "Con", 277, "supported"),
        ("ge1974feb", "Lab", 301, "supported"),
        ("ge1974oct", "Lab", 301, "contradicted"),  # February's figure, not October's
    ],
)
def test_the_two_1974_elections_by_month(
    db: Any, election: str, party: str, value: int, verdict: str
) -> None:
    frame = Frame(
        "seats",
        Subject("party", party, party=party, how="named before the claim in the sentence"),
        Scope("uk", how="no area named: the UK"),
        election,
        stated=Stated(str(value), value, value, value, "exact count as written"),
    )
    frame.election_how = f"the story's election ({election}: score 30 against 0 for the next)"
    out = evaluate(db, frame)
    assert out.verdict == verdict, out.explanation
