"""One test per claim type with invented sentences: true, false and out of the data,
including typos, capitals, possessives and numbers written as words.

Facts used (ge2024, from the official results in the store; see test_claims_article.py):
Ilford North: Streeting (Lab) 15,647 = 33.37% of 46,888 valid votes, Mohamad (Ind) 15,119,
Rizvi (Con) 9,619 (3rd); electorate 78,657 -> turnout 46,888 / 78,657 = 59.61%.
Independents won 6 seats (Perry Barr, Blackburn, Dewsbury and Batley, Islington North,
Leicester South, North Down); Labour 411 (Commons Library CBP-10009).
Bradford West is unchanged (old and new seat identical), c21Muslim 58.7.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def check(store_path: Path):  # noqa: ANN201
    from psephos.claims import check_text

    def run(text: str) -> list[tuple[str, str]]:
        return [(c.claim.kind, c.verdict) for c in check_text(text, db=store_path).claims]

    return run


CASES = [
    # margin
    ("Wes Streeting held Ilford North by a majority of 528.", "margin", "supported"),
    ("Wes Streeting won by a majority of 5,280.", "margin", "contradicted"),
    (
        "Leanne Mohamed came within five hundred and twenty-eight votes of defeating Wes Streting.",
        "margin",
        "supported",
    ),  # typos in both names, number in words
    ("WES STREETING’s majority of 528 was slim.", "margin", "supported"),  # capitals, possessive
    # votes
    ("Wes Streeting won 15,647 votes.", "votes", "supported"),
    ("Wes Streeting won 14,000 votes.", "votes", "contradicted"),  # 13,500-14,500
    # share
    ("Wes Streeting won 33 per cent of the vote.", "share", "supported"),  # 33.37 in 32.5-33.5
    ("Wes Streeting won thirty per cent of the vote.", "share", "contradicted"),
    # turnout
    ("Turnout in Ilford North was 59.6%.", "turnout", "supported"),
    ("Turnout in Ilford North was 65 per cent.", "turnout", "contradicted"),
    # seat counts
    ("Independents won six seats.", "seat_count", "supported"),
    ("Labour won 411 seats.", "seat_count", "supported"),
    ("Labour won 400 seats.", "seat_count", "contradicted"),
    # tenure: Corbyn's run reaches 2010, where candidate-level data start -> out of data
    # Corbyn (member 185) won Islington North at every general election 2010–2024, and his
    # maiden speech was in the 49th Parliament, elected 9 June 1983, as member for Islington
    # North (maiden-speeches.csv): held since 1983, assuming unbroken service.
    ("In Islington North, Jeremy Corbyn has held the seat since 1983.", "tenure", "supported"),
    ("In Ilford North, Wes Streeting has held the seat since 2010.", "tenure", "contradicted"),
    # outcomes and parties
    ("Labour was beaten by Jeremy Corbyn.", "outcome_beaten", "supported"),
    ("Labour was beaten by Kaz Rizvi.", "outcome_beaten", "contradicted"),  # Rizvi came 3rd
    ("Leanne Mohamad, who stood as an independent, came second.", "candidate_party", "supported"),
    ("Wes Streeting, who ran as an independent, won.", "candidate_party", "contradicted"),
    # census shares: published figure on 2024 boundaries, estimate on the old ones
    ("Ilford North has a Muslim population of 30.6 per cent.", "demographic_share", "supported"),
    (
        "Bradford West has a Muslim population of forty per cent.",
        "demographic_share",
        "contradicted",
    ),  # 58.7 on both boundary sets (the seat did not change)
    ("Belfast West has a Muslim population of 2 per cent.", "demographic_share", "uncertain"),
    # ranks: Ilford North is 20th of 632 (2024) and 21st by the old-seat estimate
    (
        "Ilford North is in the top 5 seats with the highest share of Muslims.",
        "demographic_rank",
        "contradicted",
    ),
    (
        "Ilford North is in the top twenty seats with the highest share of Muslims.",
        "demographic_rank",
        "depends",
    ),
    # national statements
    ("Labour suffered a loss of support in heavily Muslim areas.", "group_change", "supported"),
    ("Labour enjoyed a surge in support in heavily Muslim areas.", "group_change", "contradicted"),
    # not checkable from results
    ("Labour was backed by three out of four Hindus.", "group_vote", "not_checkable"),
    ("Mr Smith, 45, said he voted.", "age", "not_checkable"),
]


@pytest.mark.parametrize(("text", "kind", "verdict"), CASES)
def test_claim(check, text: str, kind: str, verdict: str) -> None:  # noqa: ANN001
    assert (kind, verdict) in check(text)


def test_title_without_a_name_is_not_guessed(store_path: Path) -> None:
    from psephos.claims import check_text

    r = check_text("Mr Streeting won 15,647 votes.", db=store_path)
    assert [c.verdict for c in r.claims] == ["uncertain"]
    (m,) = r.unresolved
    assert m.text == "Mr Streeting" and m.ref["suggestions"] == ["Wes Streeting"]


def test_role_needs_a_tie(store_path: Path) -> None:
    from psephos.claims import check_text

    untied = check_text("The Health Secretary won 15,647 votes.", db=store_path)
    assert [m.kind for m in untied.unresolved] == ["role"]
    tied = check_text(
        "The Health Secretary, Wes Streeting, won 15,647 votes. The Health Secretary was relieved.",
        db=store_path,
    )
    assert not tied.unresolved
    assert ("votes", "supported") in [(c.claim.kind, c.verdict) for c in tied.claims]


def test_quotes_are_not_checked(check) -> None:  # noqa: ANN001
    assert check("“Wes Streeting won 14,000 votes,” he said.") == []


def test_deterministic(store_path: Path) -> None:
    from psephos.claims import check_text

    text = "Wes Streeting won 15,647 votes. Labour won 411 seats."
    assert check_text(text, db=store_path).to_dict() == check_text(text, db=store_path).to_dict()


def test_errors(store_path: Path) -> None:
    from psephos.claims import check_text
    from psephos.errors import InputError, NotFoundError

    with pytest.raises(InputError):
        check_text("   ", db=store_path)
    with pytest.raises(NotFoundError, match="ge2029"):
        check_text("Labour won.", election="ge2029", db=store_path)
