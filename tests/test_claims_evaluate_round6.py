"""Evaluation, round 6: classes of found claims whose verdict was wrong or undecided.

Every expected figure is read by the test from the raw PSEPH files
(``tests/claims_corpus/_raw.py``, csv module), never from the checker or the store.
"""

from __future__ import annotations

import pytest

from tests.claims_corpus._raw import seats_won, share_of, totals

# --- "the party" with two candidates, settled by a tight figure -----------------------------

NAMES = {
    "LD": "The Liberal Democrats",
    "SNP": "the SNP",
    "Lab": "Labour",
    "Con": "the Conservatives",
}
PAIRS = [("LD", "SNP"), ("SNP", "Lab"), ("Lab", "LD"), ("Con", "LD")]  # (story's, named later)


def _story(year: int, story: str, later: str, body: str) -> str:
    return (
        f"{NAMES[story][0].upper()}{NAMES[story][1:]} had a difficult night at the {year} "
        f"general election.\n\nElsewhere {NAMES[later]} gained seats.\n\n{body}"
    )


def _tight_cases() -> list[tuple[int, str, str, int, str]]:
    out = []
    for year in (2015, 2017, 2019, 2024):
        won = seats_won(year)  # PSEPH totals from the raw CSVs
        for story, later in PAIRS:
            a, b = won[story], won[later]
            if a == b:
                continue
            out.append((year, story, later, a, "supported"))  # the story's party's total
            out.append((year, story, later, b, "supported"))  # the other party's total
            # a figure of neither (between them, or above both): not called either way
            n = (a + b) // 2 if abs(a - b) > 2 else max(a, b) + 7
            out.append((year, story, later, n, "uncertain"))
    return out


@pytest.mark.parametrize(("year", "story", "later", "n", "want"), _tight_cases())
def test_a_tight_figure_of_one_of_the_two_parties_says_which_is_meant(
    store_path: object, year: int, story: str, later: str, n: int, want: str
) -> None:
    from psephos.claims import check_text

    text = _story(year, story, later, f"Nationally the party won {n} seats.")
    claims = [c for c in check_text(text, db=store_path).leaves() if c.claim.kind == "seats"]
    assert claims, text
    assert {c.verdict for c in claims} == {want}, [(c.verdict, c.explanation) for c in claims]
    if want == "supported":
        meant = story if seats_won(year)[story] == n else later
        assert all(f"so the sentence is about {meant}" in c.explanation for c in claims)


def _share(year: int, party: str) -> float:
    """A party's share in per cent as a national claim reads it: the SNP's in Scotland (the
    one nation it stands in), any other's in the UK."""
    t = totals(year, country="Scotland") if party == "SNP" else totals(year)
    return 100 * share_of(t, party)


def _paragraph_cases() -> list[tuple[int, str, str, float, str]]:
    out = []
    for year in (2015, 2017, 2019, 2024):
        for story, later in PAIRS:
            mine, theirs = _share(year, story), _share(year, later)
            if abs(mine - theirs) < 3:
                continue
            # an open share below the story's party's (true of it): supported once the
            # paragraph's seat total settled the party; one above it: never called false
            out.append((year, story, later, int(mine) - 1, "supported"))
            out.append((year, story, later, int(mine) + 2, "uncertain"))
    return out


@pytest.mark.parametrize(("year", "story", "later", "pct", "want"), _paragraph_cases())
def test_the_paragraph_keeps_the_party_its_figures_settled(
    store_path: object, year: int, story: str, later: str, pct: int, want: str
) -> None:
    from psephos.claims import check_text

    n = seats_won(year)[story]
    text = _story(
        year,
        story,
        later,
        f"Nationally the party won {n} seats. Its share of the vote was more than {pct} per cent.",
    )
    claims = [c for c in check_text(text, db=store_path).leaves() if c.claim.kind == "share"]
    assert claims, text
    assert {c.verdict for c in claims} == {want}, [(c.verdict, c.explanation) for c in claims]
    if want == "supported":
        # settled by the paragraph, or true of both parties anyway (the SNP's share is read
        # for Scotland, where it stood)
        why = ("the party this paragraph's figures are about", "Either way the claim is true")
        assert all(any(w in c.explanation for w in why) for c in claims)


def test_the_settled_party_does_not_cross_a_paragraph(store_path: object) -> None:
    from psephos.claims import check_text

    year, story, later = 2017, "LD", "Lab"
    # LD 7.4%, Lab 40.0% in 2017: "less than" the figure is true of LD only
    n, pct = seats_won(year)[story], int(_share(year, story)) + 2
    text = _story(
        year,
        story,
        later,
        f"Nationally the party won {n} seats.\n\nIts share of the vote was less than {pct} per cent.",
    )
    claims = [c for c in check_text(text, db=store_path).leaves() if c.claim.kind == "share"]
    assert claims and all(c.verdict == "uncertain" for c in claims), [
        (c.verdict, c.explanation) for c in claims
    ]


@pytest.mark.parametrize("year", [2017, 2019])
def test_the_settled_party_reads_a_figure_true_of_it_only(store_path: object, year: int) -> None:
    from psephos.claims import check_text

    story, later = "LD", "Lab"  # LD under 12%, Lab over 30% in 2017 and 2019 (raw totals)
    n, pct = seats_won(year)[story], int(_share(year, story)) + 2
    assert _share(year, later) > pct
    text = _story(
        year,
        story,
        later,
        f"Nationally the party won {n} seats. Its share of the vote was less than {pct} per cent.",
    )
    claims = [c for c in check_text(text, db=store_path).leaves() if c.claim.kind == "share"]
    assert claims and all(c.verdict == "supported" for c in claims)
    assert all("the party this paragraph's figures are about" in c.explanation for c in claims)


# --- a seat's majority change needs no party ------------------------------------------------


def _majority_moves() -> list[tuple[int, str, int, int]]:
    """(year, seat, majority then, majority now) for a sample of seats held by the same
    person at two successive elections on the 2010 boundaries (raw PSEPH files)."""
    from tests.claims_corpus._raw import general

    out = []
    for year, prev in ((2015, 2010), (2017, 2015), (2019, 2017)):
        now, before = general(year), general(prev)
        same = [
            s
            for name, s in sorted(now.items())
            if name in before
            and before[name].code == s.code
            and before[name].winner_name == s.winner_name
            and abs(s.majority - before[name].majority) >= 500
            and s.country == "England"
        ]
        out += [(year, s.name, before[s.name].majority, s.majority) for s in same[::60][:5]]
    return out


@pytest.mark.parametrize(("year", "seat", "then", "now"), _majority_moves())
def test_a_seat_majority_change_is_judged_without_a_party(
    store_path: object, year: int, seat: str, then: int, now: int
) -> None:
    """A short name ("Ed Miliband saw his majority in X fall"): the person is known but not matched to a
    candidacy (a short form of the name), so the subject has no party; the seat's majority
    is the winner's whoever is named, so its change is still judged."""
    from dataclasses import replace

    from psephos.claims import check_text
    from psephos.claims.evaluate import evaluate
    from psephos.claims.frame import Subject

    right, wrong = ("rose", "fell") if now > then else ("fell", "rose")
    for verb, want in ((right, "supported"), (wrong, "contradicted")):
        text = f"At the {year} general election the majority in {seat} {verb} to {now:,}."
        frames = [c.claim.frame for c in check_text(text, db=store_path).leaves()]
        changes = [f for f in frames if f is not None and f.measure == "change"]
        assert changes, text
        for f in changes:
            who = Subject(kind="candidate", text="A. N. Other", candidate={"name": "A. N. Other"})
            f = replace(f, subject=who, unresolved=[])
            got = evaluate(str(store_path), f)
            assert got.verdict == want, (text, got.explanation)
