"""Round 5b: true by-election claims the sixth held-out batch saw called false, by class.

Each class is swept over every by-election of 2010-2026 (or every region and nation at two
general elections), on invented sentences whose figures come from the raw official files
(``tests/claims_corpus/_raw.py``: the csv module, never psephos code):

1. a paragraph dated by a seat's by-election ("SEAT, February 2023.") whose claim compares
   with an earlier year ("a majority of M, N fewer than in 2019"): the comparison year does
   not re-date the claim;
2. a seat named only as what the claim is compared with ("a closer result than OTHER") is
   not the seat the figure is measured in;
3. "P came within N votes of pushing Q into third": the gap between Q (second) and P
   (third), and no claim that Q finished third;
4. "won N of the M seats with X per cent of the vote": a seat tally and its share are two
   results, so a wrong share does not make the true tally false.

True sentences must never be contradicted; the same sentence with a wrong figure stays
caught.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from psephos.claims.model import CheckedClaim
from tests.claims_corpus._raw import (
    Seat,
    by_elections,
    previous_general,
    seats_won,
    totals,
)

MONTHS = [date(2000, m, 1).strftime("%B") for m in range(1, 13)]
#: how a story names a party (only by-elections whose parties are all here are used)
NAMES = {
    "Con": "the Conservatives",
    "Lab": "Labour",
    "LD": "the Liberal Democrats",
    "SNP": "the SNP",
    "Green": "the Greens",
    "UKIP": "UKIP",
    "RUK": "Reform UK",
    "PC": "Plaid Cymru",
}
PARLIAMENTS = (55, 56, 57, 58, 59)


def _majority(s: Seat) -> int:
    """First minus second from the candidates' votes (the file's majority column is wrong
    for a few by-elections: the store keeps them in data_notes)."""
    r = s.ranked()
    return r[0].votes - r[1].votes


def _header(s: Seat) -> str:
    """ "Hartlepool, May 2021." from the by-election's dd/mm/yyyy date."""
    return f"{s.name}, {MONTHS[int(s.date[3:5]) - 1]} {s.date[6:10]}."


def _leaves(text: str, store: Path, measure: str) -> list[tuple[int, CheckedClaim]]:
    from psephos.claims import check_text

    return [
        (c.claim.start, c) for c in check_text(text, db=store).leaves() if c.claim.kind == measure
    ]


def _story(paras: list[str]) -> tuple[str, list[int]]:
    """A by-election explainer: the headline, then one paragraph per by-election; returns
    the text and where each paragraph starts."""
    text = "By-elections of the parliament: the contests, one by one\n\n"
    starts = []
    for p in paras:
        starts.append(len(text))
        text += p + "\n\n"
    return text, starts


def _in(starts: list[int], i: int, text: str, pos: int) -> bool:
    end = starts[i + 1] if i + 1 < len(starts) else len(text)
    return starts[i] <= pos < end


# --- 1. a comparison year does not re-date a by-election claim -----------------------------


def _compared_year_cases(parl: int, wrong: bool) -> tuple[str, list[int], list[int]]:
    paras, stated = [], []
    for s in by_elections(parl):
        year, before = previous_general(s)
        d = _majority(s) - _majority(before)
        if d == 0 or not s.winner_name.strip() or (wrong and _majority(s) < 2000):
            continue
        verb = "held" if "hold" in s.result.lower() else "won"
        m = _majority(s) + (1000 if wrong else 0)  # a wrong thousands digit: a near miss
        paras.append(
            f"{_header(s)} {s.winner_name} {verb} the seat with a majority of {m:,}, "
            f"{abs(d):,} {'fewer' if d < 0 else 'more'} than in {year}."
        )
        stated.append(m)
    text, starts = _story(paras)
    return text, starts, stated


@pytest.mark.parametrize("parl", PARLIAMENTS)
def test_a_comparison_year_does_not_re_date_a_by_election_majority(
    store_path: Path, parl: int
) -> None:
    # the majority M is the by-election's (PSEPH {parl} by-elections, column majority); the
    # "N fewer than in YEAR" is against the general election before it in the same seat
    text, starts, stated = _compared_year_cases(parl, wrong=False)
    got = _leaves(text, store_path, "majority")
    verdicts = []
    for i, m in enumerate(stated):
        mine = [c for pos, c in got if _in(starts, i, text, pos) and f"{m:,}" in c.claim.text]
        assert mine, text[starts[i] : starts[i] + 200]
        assert all(c.verdict != "contradicted" for c in mine), [c.explanation for c in mine]
        verdicts += [c.verdict for c in mine]
    # the frame is right, not only excused: nearly every one is checked true
    assert verdicts.count("supported") >= 0.9 * len(verdicts), verdicts


@pytest.mark.parametrize("parl", PARLIAMENTS)
def test_a_wrong_by_election_majority_with_a_comparison_year_is_still_caught(
    store_path: Path, parl: int
) -> None:
    text, starts, stated = _compared_year_cases(parl, wrong=True)
    if not stated:
        pytest.skip("no by-election majority of 2,000 or more in this parliament")
    got = _leaves(text, store_path, "majority")
    verdicts = [
        c.verdict
        for i, m in enumerate(stated)
        for pos, c in got
        if _in(starts, i, text, pos) and f"{m:,}" in c.claim.text
    ]
    assert "supported" not in verdicts
    assert verdicts.count("contradicted") >= 0.9 * len(stated), verdicts


# --- 2. a seat the claim is compared with is not its seat ----------------------------------


@pytest.mark.parametrize("parl", PARLIAMENTS)
@pytest.mark.parametrize("word", ["than", "after"])
def test_a_seat_named_as_the_comparison_is_not_the_claims_seat(
    store_path: Path, parl: int, word: str
) -> None:
    races = [s for s in by_elections(parl) if s.winner_name.strip()]
    if len(races) < 2:
        pytest.skip("fewer than two by-elections")
    paras, stated = [], []
    for s in races:
        # another by-election of the parliament with a bigger majority, named as the foil
        other = max(races, key=_majority)
        if other is s:
            continue
        foil = (
            f"a closer result than {other.name}"
            if word == "than"
            else f"the tightest of the month after {other.name}"
        )
        paras.append(f"{_header(s)} {s.winner_name} won by {_majority(s):,}, {foil}.")
        stated.append((s, _majority(s)))
    text, starts = _story(paras)
    got = _leaves(text, store_path, "majority")
    n_ok = 0
    for i, (_s, m) in enumerate(stated):
        mine = [c for pos, c in got if _in(starts, i, text, pos) and f"{m:,}" in c.claim.text]
        assert all(c.verdict != "contradicted" for c in mine), [c.explanation for c in mine]
        assert mine, paras[i]
        # true only when measured in the paragraph's seat (the foil's majority is bigger)
        n_ok += all(c.verdict == "supported" for c in mine)
    assert n_ok >= 0.9 * len(stated), (n_ok, len(stated))


# --- 3. "came within N votes of pushing Q into third" --------------------------------------


def _pushing_cases() -> list[tuple[Seat, int]]:
    out = []
    for parl in PARLIAMENTS:
        for s in by_elections(parl):
            r = s.ranked()
            if len(r) < 3 or r[1].party not in NAMES or r[2].party not in NAMES:
                continue
            if r[1].party == r[2].party or r[1].votes == r[2].votes:
                continue
            out.append((s, r[1].votes - r[2].votes))
    return out


@pytest.mark.parametrize("verb", ["pushing", "knocking"])
def test_within_n_votes_of_pushing_a_party_into_third_is_the_gap_between_them(
    store_path: Path, verb: str
) -> None:
    cases = _pushing_cases()
    assert len(cases) >= 20  # most by-elections have two named parties behind the winner
    paras = []
    for s, gap in cases:
        r = s.ranked()
        who, pushed = NAMES[r[2].party], NAMES[r[1].party]
        paras.append(
            f"{_header(s)} {s.winner_name} won the seat. {who[0].upper()}{who[1:]} came "
            f"within {gap:,} votes of {verb} {pushed} into third."
        )
    text, starts = _story(paras)
    from psephos.claims import check_text

    leaves = check_text(text, db=store_path).leaves()
    supported = 0
    for i, (_s, gap) in enumerate(cases):
        mine = [c for c in leaves if _in(starts, i, text, c.claim.start)]
        within = [c for c in mine if f"{gap:,} votes" in c.claim.text]
        assert within, paras[i]
        # the second-placed party was not third: no placing is read from the counterfactual
        assert not [c for c in mine if c.claim.kind == "placing"], paras[i]
        assert all(c.verdict != "contradicted" for c in within), [c.explanation for c in within]
        supported += all(c.verdict == "supported" for c in within)
    assert supported >= 0.9 * len(cases), (supported, len(cases))


def test_a_wrong_gap_to_the_party_pushed_into_third_is_still_caught(store_path: Path) -> None:
    cases = [(s, gap) for s, gap in _pushing_cases() if gap >= 200]
    paras = []
    for s, gap in cases:
        r = s.ranked()
        who, pushed = NAMES[r[2].party], NAMES[r[1].party]
        paras.append(
            f"{_header(s)} {s.winner_name} won the seat. {who[0].upper()}{who[1:]} came "
            f"within {gap * 6 // 5:,} votes of pushing {pushed} into third."
        )  # a copy error a fifth out: a figure far off on a seat read from the sentence
        # before is left uncertain by the safeguard (round 7)
    text, starts = _story(paras)
    from psephos.claims import check_text

    leaves = check_text(text, db=store_path).leaves()
    caught = 0
    for i, (_s, gap) in enumerate(cases):
        within = [
            c
            for c in leaves
            if _in(starts, i, text, c.claim.start) and f"{gap * 6 // 5:,} votes" in c.claim.text
        ]
        assert all(c.verdict != "supported" for c in within), paras[i]
        caught += any(c.verdict == "contradicted" for c in within)
    assert caught >= 0.9 * len(cases), (caught, len(cases))


# --- 4. a seat tally and the share it was won on are two results ---------------------------

AREAS = [
    ("region", "North East"),
    ("region", "North West"),
    ("region", "London"),
    ("region", "South West"),
    ("region", "East Midlands"),
    ("country", "Scotland"),
    ("country", "Wales"),
]


@pytest.mark.parametrize("year", [2019, 2024])
@pytest.mark.parametrize(("level", "area"), AREAS)
def test_a_wrong_share_does_not_make_a_true_seat_tally_false(
    store_path: Path, year: int, level: str, area: str
) -> None:
    from psephos.claims import check_text

    kw = {"country": area} if level == "country" else {"region": area}
    won, votes = seats_won(year, **kw), totals(year, **kw)  # PSEPH general-election CSVs
    party, n = won.most_common(1)[0]
    if party not in NAMES:
        pytest.skip(f"{party} has no name in this test")
    share = 100 * votes[party] / votes["_valid"]
    name = NAMES[party][0].upper() + NAMES[party][1:]
    for stated_share, want_share in ((share, "supported"), (share + 9.0, "contradicted")):
        text = (
            f"How the {year} general election was won\n\n"
            f"In {area}, {name} won {n} of the {sum(won.values())} seats with "
            f"{stated_share:.1f} per cent of the vote."
        )
        report = check_text(text, db=store_path)
        tally = [c for c in report.claims if f"won {n} of" in c.claim.text]
        assert tally, text
        # the tally is its own statement: true whatever the share
        assert [c.verdict for c in tally] == ["supported"], [c.explanation for c in tally]
        shares = [c for c in report.leaves() if c.claim.kind == "share"]
        # the share itself: true, or not called true (a wrong share may be excused as the
        # area's top seat's, evaluate_guard._extreme_seat)
        got = [c.verdict for c in shares]
        assert got == ["supported"] if want_share == "supported" else "supported" not in got


# --- 5. a by-election majority's change is against the previous general election's --------


@pytest.mark.parametrize("parl", PARLIAMENTS)
def test_a_by_election_majority_change_is_against_the_previous_general_majority(
    store_path: Path, parl: int
) -> None:
    from psephos.claims import check_text

    # the direction is the sign of (by-election majority - previous general election's
    # majority in the same seat), both first minus second from the raw candidates' votes
    cases = []
    for s in by_elections(parl):
        d = _majority(s) - _majority(previous_general(s)[1])
        if d and s.winner_name.strip():
            cases.append((s, d))
    for flip, want in ((False, "supported"), (True, "contradicted")):
        paras = [
            f"{_header(s)} {s.winner_name}'s majority in {s.name} "
            f"{'rose' if (d > 0) != flip else 'fell'} to {_majority(s):,}."
            for s, d in cases
        ]
        text, starts = _story(paras)
        leaves = check_text(text, db=store_path).leaves()
        hits = 0
        for i in range(len(cases)):
            moves = [
                c
                for c in leaves
                if _in(starts, i, text, c.claim.start) and c.claim.kind == "change"
            ]
            assert moves, paras[i]
            other = "contradicted" if want == "supported" else "supported"
            assert all(c.verdict != other for c in moves), [c.explanation for c in moves]
            hits += all(c.verdict == want for c in moves)
        assert hits >= 0.9 * len(cases), (want, hits, len(cases))
