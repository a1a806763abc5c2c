"""One test per claim type with invented sentences: true, false and out of the data,
including typos, capitals, possessives and numbers written as words.

Facts used (ge2024, from the official results in the store; see test_claims_article.py):
Ilford North: Streeting (Lab) 15,647 = 33.37% of 46,888 valid votes, Mohamad (Ind) 15,119,
Rizvi (Con) 9,619 (3rd); electorate 78,657 -> turnout 46,888 / 78,657 = 59.61%.
Labour won 411 seats (Commons Library CBP-10009). Islington North ge2024: Corbyn (Ind)
24,120 first, Nargund (Lab) second; Kaz Rizvi (Con) third in Ilford North.
Bradford West is unchanged (old and new seat identical), c21Muslim 58.7.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def check(store_path: Path):  # noqa: ANN201
    from psephos.claims import check_text

    def run(text: str) -> list[tuple[str, str]]:
        # the sentences are about 2024 and name no year: the caller gives the election
        # (without it an undated text is only assumed to be about ge2024 and nothing in it
        # can be called false; test_undated_text_is_never_refuted below)
        return [
            (c.claim.kind, c.verdict)
            for c in check_text(text, election="ge2024", db=store_path).claims
        ]

    return run


CASES = [
    # majority (the winner's, whoever the sentence names)
    ("Wes Streeting held Ilford North by a majority of 528.", "majority", "supported"),
    (
        "Leanne Mohamed came within five hundred and twenty-eight votes of defeating Wes Streting.",
        "majority",
        "supported",
    ),  # typos in both names, number in words
    ("WES STREETING’s majority of 528 in Ilford North was slim.", "majority", "supported"),
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
    ("Labour won 411 seats.", "seats", "supported"),
    ("Labour won 400 seats.", "seats", "contradicted"),
    # outcomes
    ("Labour was beaten by Jeremy Corbyn.", "outcome", "supported"),
    # census shares on the 2024 seats
    ("Bradford West has a Muslim population of forty per cent.", "census", "contradicted"),
    (
        "Ilford North is in the top 5 seats with the highest share of Muslims.",
        "rank",
        "contradicted",
    ),
]


@pytest.mark.parametrize(("text", "kind", "verdict"), CASES)
def test_claim(check, text: str, kind: str, verdict: str) -> None:  # noqa: ANN001
    assert (kind, verdict) in check(text)


def test_title_without_a_name_is_not_guessed(store_path: Path) -> None:
    from psephos.claims import check_text

    r = check_text("Mr Streeting won 15,647 votes.", db=store_path)
    assert [c.verdict for c in r.claims] == ["uncertain"]
    assert any(
        u.startswith("subject") or "subject" in u for u in r.claims[0].claim.frame.unresolved
    ) or (not r.claims[0].claim.frame.subject.resolved)
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


def test_ages_polls_and_money_are_reported_not_checked(store_path: Path) -> None:
    from psephos.claims import check_text

    r = check_text(
        "Mr Smith, 45, said he voted. Labour was backed by three out of four Hindus, a poll "
        "suggests. The campaign cost £3m.",
        db=store_path,
    )
    assert r.claims == []
    assert {u.reason for u in r.unexamined} == {"age", "poll", "money"}


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


def test_undated_text_is_never_refuted(store_path) -> None:  # noqa: ANN001
    """Without --election, a text that nothing dates is read against ge2024 as an assumption:
    a true figure is still supported, a false one is uncertain with the reason, and naming
    the election makes it refutable. Labour won 411 seats in 2024 (official 2024 results,
    Commons Library CBP-10009) and did not win 400."""
    from psephos.claims import check_text

    assumed = check_text("Labour won 400 seats.", db=store_path).claims
    assert [c.verdict for c in assumed] == ["uncertain"]
    assert "only the default" in assumed[0].explanation
    assert [c.verdict for c in check_text("Labour won 411 seats.", db=store_path).claims] == [
        "supported"
    ]
    given = check_text("Labour won 400 seats.", election="ge2024", db=store_path).claims
    assert [c.verdict for c in given] == ["contradicted"]
