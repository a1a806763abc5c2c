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


# --- "held SEAT by N votes": the majority and the hold are one statement ---------------------


def _held_cases() -> list[tuple[str, str, int, str]]:
    """(winner, seat, majority, verdict) at 2024 for seats won by their sitting MP (raw PSEPH
    59): an official gain (on the notional result: an MP who changed party, a seat whose
    notional winner was another party) makes "held" true on one reading only (depends); an
    official hold keeps it supported."""
    from tests.claims_corpus._raw import general

    gains, holds = [], []
    for s in sorted(general(2024).values(), key=lambda s: s.name):
        top = s.ranked()[0]
        if not top.sitting:
            continue
        (gains if "gain" in s.result else holds).append((top.name, s.name, s.majority))
    return [(*g, "depends") for g in gains[::7][:6]] + [(*h, "supported") for h in holds[::90][:4]]


@pytest.mark.parametrize(("who", "seat", "majority", "want"), _held_cases())
def test_a_hold_said_with_its_majority_depends_when_the_readings_of_the_hold_disagree(
    store_path: object, who: str, seat: str, majority: int, want: str
) -> None:
    from psephos.claims import check_text

    text = f"At the 2024 general election {who} held {seat} by {majority:,} votes."
    claims = [c for c in check_text(text, db=store_path).leaves() if c.claim.kind == "majority"]
    assert claims, text
    assert {c.verdict for c in claims} == {want}, [(c.verdict, c.explanation) for c in claims]
    wrong = f"At the 2024 general election {who} held {seat} by {majority * 3 // 2 + 1:,} votes."
    got = {c.verdict for c in check_text(wrong, db=store_path).leaves()}
    assert not got & {"supported", "depends"}, (wrong, got)


# --- a story split between elections: an exact seat figure dates its own claim --------------


def _split_pairs() -> list[tuple[str, str, int, str, str, int]]:
    """(winner, seat, majority) at 2024 and at 2010 for a sample of seats (raw PSEPH 59, 55)."""
    from tests.claims_corpus._raw import general

    # a round figure ("14,000") allows a range, not one election's count: left out
    g24 = sorted((s for s in general(2024).values() if s.majority % 100), key=lambda s: s.name)
    g10 = sorted((s for s in general(2010).values() if s.majority % 100), key=lambda s: s.name)
    return [
        (a.winner_name, a.name, a.majority, b.winner_name, b.name, b.majority)
        for a, b in zip(g24[7::90], g10[31::90], strict=False)
    ][:6]


@pytest.mark.parametrize(("w24", "s24", "m24", "w10", "s10", "m10"), _split_pairs())
def test_an_exact_seat_majority_dates_itself_in_a_story_split_between_elections(
    store_path: object, w24: str, s24: str, m24: int, w10: str, s10: str, m10: int
) -> None:
    from psephos.claims import check_text

    def story(d: int) -> str:
        return (
            "Close calls at the 2010 and 2024 general elections.\n\nThe 2010 general election "
            "and the 2024 general election both left some seats on a knife edge.\n\n"
            f"{w24} won {s24} by {m24 + d:,} votes. {w10} won {s10} by {m10 + d:,} votes."
        )

    true = [c for c in check_text(story(0), db=store_path).leaves() if c.claim.kind == "majority"]
    assert [c.verdict for c in true] == ["supported", "supported"], [c.explanation for c in true]
    assert "read at ge2024" in true[0].explanation and "read at ge2010" in true[1].explanation
    # one vote off: no election fits, and a split story never refutes against a guess
    off = [c for c in check_text(story(1), db=store_path).leaves() if c.claim.kind == "majority"]
    assert off and {c.verdict for c in off} == {"uncertain"}, [c.explanation for c in off]


# --- a majority said to be a candidate's who lost at that election -------------------------


def _defeated_mps() -> list[tuple[str, str, int, str, int]]:
    """(2017 winner defeated in 2019, seat, their 2017 majority, 2019 winner, 2019 majority)
    for a sample of seats that changed hands in 2019 (raw PSEPH 57 and 58)."""
    from tests.claims_corpus._raw import general

    g17, g19 = general(2017), general(2019)
    out = []
    for name, s in sorted(g19.items()):
        old = g17.get(name)
        if old is None or "gain" not in s.result or s.majority % 100 == 0:
            continue
        if old.winner_name in {c.name for c in s.cands} and old.majority != s.majority:
            out.append((old.winner_name, name, old.majority, s.winner_name, s.majority))
    return out[::9][:6]


@pytest.mark.parametrize(("loser", "seat", "old", "winner", "new"), _defeated_mps())
def test_a_majority_given_to_the_defeated_candidate_is_not_that_elections(
    store_path: object, loser: str, seat: str, old: int, winner: str, new: int
) -> None:
    from psephos.claims import check_text

    def verdicts(text: str) -> set[str]:
        return {c.verdict for c in check_text(text, db=store_path).leaves()}

    head = "At the 2019 general election"
    # the loser's majority of 2017, read at 2019: never called false
    assert "contradicted" not in verdicts(f"{head} {loser} had a majority of {old:,} in {seat}.")
    # the winner's own majority is still checked both ways
    assert "supported" in verdicts(f"{head} {winner} had a majority of {new:,} in {seat}.")
    assert "contradicted" in verdicts(f"{head} {winner} had a majority of {new + 37:,} in {seat}.")
