"""Extraction, round 2: the phrasing families added for the claim corpus and the seat sweep.

Every sentence here is invented (not copied from a corpus story). Each family is tested
with several wordings, and with a case that must NOT give the frame (the out-of-data or
different-meaning wording), so a rule written for one sentence would fail. Only frames
are checked (what the checker reads), not verdicts.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def read(store_path: Path):  # noqa: ANN201
    from psephos.claims.check import read_text

    def go(text: str, **kw: str):  # noqa: ANN202
        return read_text(text, db=store_path, **kw)

    return go


def of(reading, measure: str) -> list:  # noqa: ANN001
    return [c.frame for c in reading.claims if c.frame.measure == measure]


def one(reading, measure: str):  # noqa: ANN001, ANN201
    found = of(reading, measure)
    assert len(found) == 1, [(c.kind, c.text) for c in reading.claims]
    return found[0]


# --- seat names with an apostrophe or a bracketed qualifier ---------------------------------


@pytest.mark.parametrize(
    "text, seat",
    [
        ("The Greens were second in Queen's Park and Maida Vale.", "Queen's Park and Maida Vale"),
        ("Labour came third in Richmond (Yorks) in 2017.", "Richmond (Yorks)"),
    ],
)
def test_seat_names_with_punctuation(read, text: str, seat: str) -> None:  # noqa: ANN001
    f = one(read(text), "placing")
    assert f.scope.level == "seat" and f.scope.name == seat


def test_article_in_party_alias(read) -> None:  # noqa: ANN001
    # "the Brexit Party" is listed with its article; the party is still typed
    f = one(read("In Hartlepool in 2019 the Brexit Party took 26 per cent."), "share")
    assert f.subject.party == "BRX"


# --- majorities and margins --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jo Bloggs beat the Greens in Hendon by a margin of 312 votes.",
        "Labour held Hendon by a narrow majority of 312.",
        "Labour won Hendon by a majority of just 312 votes.",
    ],
)
def test_by_a_margin_of(read, text: str) -> None:  # noqa: ANN001
    f = one(read(text), "majority")
    assert f.scope.name == "Hendon" and f.stated.value == 312


@pytest.mark.parametrize(
    "text, who, other",
    [
        ("In Hendon, Labour finished 312 votes ahead of the Conservatives.", "Lab", "Con"),
        ("In Hendon the Greens were 95 votes clear of the Liberal Democrats.", "Green", "LD"),
    ],
)
def test_votes_ahead_of_is_a_margin(read, text: str, who: str, other: str) -> None:  # noqa: ANN001
    f = one(read(text), "margin")
    assert (f.subject.party, f.other.party, f.scope.name) == (who, other, "Hendon")
    assert f.stated.value in (312, 95)


def test_over_the_party_names_the_other_side(read) -> None:  # noqa: ANN001
    f = one(read("Labour held Hendon by 312 votes over the Brexit Party."), "majority")
    assert f.other is not None and f.other.party == "BRX"


def test_relative_clause_figure_belongs_to_its_antecedent(read) -> None:  # noqa: ANN001
    r = read("Labour held Hendon by 312 votes over the Greens, which took almost 20 per cent.")
    assert one(r, "share").subject.party == "Green"


def test_outcome_not_folded_across_a_relative_clause(read) -> None:  # noqa: ANN001
    text = (
        "Jo Bloggs won back Hendon, which her party had lost by 42 votes in 2017, "
        "with a majority of 3,000."
    )
    r = read(text)
    spans = {text[c.start : c.end] for c in r.claims if c.frame.measure == "majority"}
    assert "with a majority of 3,000" in {s.split(", ")[-1] for s in spans}
    # no claim's span takes in both figures
    assert not any("42" in s and "3,000" in s for s in spans)


# --- results-sheet wording ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, outcome, other",
    [
        ("Hendon was a Labour gain from the Conservatives.", "gained", "Con"),
        ("Hendon was a narrow Labour hold.", "held", None),
        ("It was a Green gain from Labour in Hendon.", "gained", "Lab"),
    ],
)
def test_gain_and_hold_nouns(read, text: str, outcome: str, other: str | None) -> None:  # noqa: ANN001
    f = one(read(text), "outcome")
    assert f.outcome == outcome and f.scope.name == "Hendon"
    assert (f.other.party if f.other else None) == other


def test_gain_without_a_seat_is_not_an_outcome(read) -> None:  # noqa: ANN001
    assert not of(read("It was a Labour gain of historic size."), "outcome")


# --- shares, turnout and votes in seat wording ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Labour share in Hendon was 41 per cent.",
        "Labour's share of the vote in Hendon was 41 per cent.",
    ],
)
def test_party_share_in_a_seat(read, text: str) -> None:  # noqa: ANN001
    f = one(read(text), "share")
    assert (f.subject.party, f.scope.name, f.stated.value) == ("Lab", "Hendon", 41)


@pytest.mark.parametrize(
    "text",
    [
        "In Hendon, 61 per cent of the electorate voted.",
        "In Hendon 61 per cent of registered voters turned out.",
    ],
)
def test_turnout_as_share_of_electorate(read, text: str) -> None:  # noqa: ANN001
    f = one(read(text), "turnout")
    assert f.scope.name == "Hendon" and f.stated.value == 61


def test_share_of_voters_who_backed_is_not_turnout(read) -> None:  # noqa: ANN001
    assert not of(read("In Hendon, 61 per cent of voters backed Labour."), "turnout")


def test_backing_of_n_voters(read) -> None:  # noqa: ANN001
    f = one(read("Labour won the backing of 17,123 voters in Hendon."), "votes")
    assert f.stated.value == 17123 and f.scope.name == "Hendon"


def test_unknown_place_is_not_read_as_national(read) -> None:  # noqa: ANN001
    f = one(read("The Conservatives won 51 per cent of the vote in Llanfairnowhere."), "share")
    assert any(u.startswith("scope") for u in f.unresolved)
    g = one(read("The Conservatives won 24 per cent of the vote in July."), "share")
    assert not g.unresolved


# --- scope carried within a sentence --------------------------------------------------------


def test_share_after_a_seat_total_is_the_totals_scope(read) -> None:  # noqa: ANN001
    r = read(
        "The Greens won four seats on 6.7 per cent of the vote, up more than four points, "
        "but their candidate lost Hendon."
    )
    assert one(r, "share").scope.level == "uk"
    ch = one(r, "change")
    assert ch.scope.level == "uk" and ch.subject.party == "Green"


def test_seat_in_the_same_clause_still_scopes(read) -> None:  # noqa: ANN001
    f = one(read("The Greens took 9 per cent in Hendon, up four points."), "change")
    assert f.scope.name == "Hendon"


@pytest.mark.parametrize(
    "text, ranged",
    [
        ("Turnout stayed above 70 per cent at every general election until 1997.", True),
        ("Turnout was above 70 per cent in each post-war election.", True),
        ("Turnout was 70 per cent at the 1997 general election.", False),
    ],
)
def test_figure_over_a_run_of_elections_is_unresolved(read, text: str, ranged: bool) -> None:  # noqa: ANN001
    f = one(read(text), "turnout")
    assert any(u.startswith("election") for u in f.unresolved) == ranged


# --- seat counts said with losing, keeping and emptying verbs ------------------------------


@pytest.mark.parametrize(
    "text, measure, party, value, level",
    [
        ("The Greens, meanwhile, lost 12 seats.", "net_change", "Green", 12, "uk"),
        ("In all the Conservatives lost 14 seats in Wales.", "net_change", "Con", 14, "country"),
        (
            "Labour won 27 seats. In Wales the Liberal Democrats lost none.",
            "net_change",
            "LD",
            0,
            "country",
        ),
        ("Plaid Cymru held its three seats.", "seats", "PC", 3, "uk"),
        ("The SNP kept its six, and Labour won two.", "seats", "SNP", 6, "uk"),
        ("The DUP held both its seats.", "seats", "DUP", 2, "uk"),
        ("In Scotland the Conservatives lost all of their seats.", "seats", "Con", 0, "country"),
        ("The Greens were left without a seat in Wales.", "seats", "Green", 0, "country"),
    ],
)
def test_seat_counts_with_losing_and_keeping_verbs(  # noqa: PLR0913
    read,  # noqa: ANN001
    text: str,
    measure: str,
    party: str,
    value: float,
    level: str,
) -> None:
    f = [x for x in of(read(text), measure) if x.subject.party == party][0]
    assert f.stated.value == value and f.scope.level == level
    if measure == "net_change":
        assert f.comparator == "down" and f.unit == "seats"


@pytest.mark.parametrize(
    "text",
    [
        "Labour lost 5,000 votes in Hendon.",  # votes, not seats
        "The Greens lost their deposit in Hendon.",
        "Labour were wiped out in the polls of 1983, a figure of speech.",
    ],
)
def test_not_seat_losses(read, text: str) -> None:  # noqa: ANN001
    r = read(text)
    assert not of(r, "net_change") and not [f for f in of(r, "seats") if f.stated.value == 0]


def test_change_after_a_seat_total(read) -> None:  # noqa: ANN001
    r = read("At the 2019 election the SNP won 48 seats, up13, and the Greens won one seat.")
    assert not of(r, "net_change")  # "up13" is not a change phrase
    r = read("At the 2019 election the Liberal Democrats won 11 seats, down two.")
    f = one(r, "net_change")
    assert (f.subject.party, f.comparator, f.stated.value) == ("LD", "down", 2)


def test_lost_to_is_the_winners_gain(read) -> None:  # noqa: ANN001
    f = one(read("Across the country Labour lost four seats to the Greens."), "gains_from")
    assert (f.subject.party, f.other.party, f.stated.value) == ("Green", "Lab", 4)


@pytest.mark.parametrize(
    "text, other",
    [
        ("In Wales, Labour won 27 seats, taking nine from the Conservatives.", "Con"),
        ("Plaid won four seats, all four taken from Labour.", "Lab"),
        ("In Scotland the Conservatives won 13 seats, taking 12 of them from the SNP.", "SNP"),
    ],
)
def test_gains_from_without_a_seat_noun(read, text: str, other: str) -> None:  # noqa: ANN001
    f = one(read(text), "gains_from")
    assert f.other.party == other


def test_gains_scope_is_not_a_list_of_areas(read) -> None:  # noqa: ANN001
    r = read("Plaid won four seats, all of them in Wales and Scotland, all four taken from Labour.")
    assert one(r, "gains_from").scope.level == "uk"


# --- a majority's move ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, direction",
    [
        ("In Hendon, Labour's majority grew to 4,321.", 4321, "up"),
        ("Jo Bloggs cut her majority in Hendon to 1,234.", 1234, "down"),
        ("The Labour majority in Hendon was slashed to 98.", 98, "down"),
        ("Labour increased its majority in Hendon.", None, "up"),
    ],
)
def test_majority_moves(read, text: str, value: float | None, direction: str) -> None:  # noqa: ANN001
    r = read(text)
    ch = one(r, "change")
    assert ch.metric == "majority" and ch.comparator == direction and ch.scope.name == "Hendon"
    if value is None:
        assert not of(r, "majority")
    else:
        assert one(r, "majority").stated.value == value


def test_majority_halved_is_a_relative_change(read) -> None:  # noqa: ANN001
    ch = one(read("In Hendon, Labour's majority was more than halved."), "change")
    assert ch.unit == "percent" and ch.stated.low == 50 and ch.comparator == "down"


def test_government_majority_move_is_not_a_seat_majority(read) -> None:  # noqa: ANN001
    r = read("Labour's Commons majority fell to 150.")
    assert not of(r, "majority") and one(r, "gov_majority").stated.value == 150


# --- superlatives said of a seat, with the measure carried from the paragraph ---------------


@pytest.mark.parametrize(
    "text, seat, comparator, level",
    [
        (
            "Turnout in Wales was 56 per cent. It was lowest in Cardiff East, at 44 per cent.",
            "Cardiff East",
            "least",
            "country",
        ),
        (
            "Turnout in Wales was 56 per cent. Ceredigion Preseli had the highest in Wales.",
            "Ceredigion Preseli",
            "most",
            "country",
        ),
        (
            "Turnout in Wales was 56 per cent. Cardiff East had the lowest turnout in Wales, "
            "and Ceredigion Preseli the highest.",
            "Ceredigion Preseli",
            "most",
            "country",
        ),
    ],
)
def test_elliptical_superlative_takes_the_paragraphs_measure(  # noqa: PLR0913
    read,  # noqa: ANN001
    text: str,
    seat: str,
    comparator: str,
    level: str,
) -> None:
    sups = [f for f in of(read(text), "superlative") if f.subject.text == seat]
    assert sups and sups[-1].metric == "turnout" and sups[-1].comparator == comparator
    assert sups[-1].scope.level == level


def test_superlative_figure_is_the_seats_turnout(read) -> None:  # noqa: ANN001
    r = read("Turnout in Wales was 56 per cent. It was lowest in Cardiff East, at 44 per cent.")
    seat_turnout = [f for f in of(r, "turnout") if f.scope.level == "seat"]
    assert seat_turnout and seat_turnout[0].stated.value == 44


def test_elliptical_superlative_without_a_measure_is_not_read(read) -> None:  # noqa: ANN001
    assert not of(read("The weather was worst in Cardiff East."), "superlative")


@pytest.mark.parametrize(
    "text, condition",
    [
        (
            "Jo Bloggs took Hendon from the Conservatives by 15 votes, the narrowest Labour "
            "gain of the night.",
            ["winner=Lab", "changed_hands=yes"],
        ),
        (
            "In Hendon, Labour won by 15 votes, the narrowest of its 411 wins.",
            ["winner=Lab"],
        ),
        ("Hendon was the closest contest in the country.", []),
    ],
)
def test_superlative_restricted_to_a_party(read, text: str, condition: list[str]) -> None:  # noqa: ANN001
    f = one(read(text), "superlative")
    assert f.metric == "majority" and f.condition == condition and f.subject.text == "Hendon"


def test_apposition_superlative_reads_the_claim_before(read) -> None:  # noqa: ANN001
    r = read("Labour held Hendon with a majority of 9,000, the biggest in London.")
    f = one(r, "superlative")
    assert (f.metric, f.scope.name, f.subject.text) == ("majority", "London", "Hendon")


# --- census shares, counts within a ranked set, firsts, gains --------------------------------


@pytest.mark.parametrize(
    "text, group, value",
    [
        ("In Hendon, which is 19 per cent Jewish, Labour won.", "Jewish", 19),
        ("Hendon is not a heavily Hindu seat: about one resident in ten is Hindu.", "Hindu", 10),
        ("Almost two in ten adults in Hendon have no qualifications.", "NoQuals", 20),
    ],
)
def test_census_share_phrasings(read, text: str, group: str, value: float) -> None:  # noqa: ANN001
    f = one(read(text), "census")
    assert f.metric == f"census:{group}" and f.scope.name == "Hendon"
    assert f.stated.low <= value <= f.stated.high


def test_census_share_compared_with_an_area(read) -> None:  # noqa: ANN001
    r = read("Two in ten adults in Hendon have no qualifications, against one in six in England.")
    areas = [f for f in of(r, "census") if f.scope.level == "country"]
    assert areas and areas[0].metric == "census:NoQuals" and areas[0].scope.name == "England"


def test_census_words_in_a_vote_are_not_a_census_share(read) -> None:  # noqa: ANN001
    assert not of(read("In Hendon 40 per cent of Jewish voters backed Labour."), "census")


@pytest.mark.parametrize(
    "text, conditions, values",
    [
        (
            "Of the 20 seats with the most pensioners, the Conservatives won 11 and came "
            "second in six more.",
            [["winner=Con"], ["second=Con"]],
            [11, 6],
        ),
        ("Of the five most Sikh seats, Labour held all but one.", [["winner=Lab"]], [4]),
    ],
)
def test_count_within_a_ranked_set(read, text: str, conditions, values) -> None:  # noqa: ANN001
    fs = of(read(text), "count_seats")
    assert [f.condition for f in fs] == conditions
    assert [f.stated.value for f in fs] == values
    assert all(f.scope.level == "seats" and f.scope.where[0].startswith("top ") for f in fs)


@pytest.mark.parametrize(
    "text",
    [
        "Hendon elected a Green for the first time.",
        "It was the first time the north London seat of Hendon had elected a Green MP.",
    ],
)
def test_first_time_a_seat_elected_a_party(read, text: str) -> None:  # noqa: ANN001
    f = one(read(text), "first_since")
    assert (f.comparator, f.subject.party, f.scope.name) == ("never", "Green", "Hendon")


def test_first_time_since_is_not_never(read) -> None:  # noqa: ANN001
    f = one(read("Hendon elected a Green MP for the first time since 1945."), "first_since")
    assert f.comparator != "never"


@pytest.mark.parametrize(
    "text, n, level",
    [
        ("Across Wales the Greens made three gains.", 3, "country"),
        ("Labour made just one gain, in Hendon.", 1, "uk"),
    ],
)
def test_made_n_gains(read, text: str, n: int, level: str) -> None:  # noqa: ANN001
    f = one(read(text), "gains_from")
    assert f.stated.value == n and f.other is None and f.scope.level == level


def test_first_elected_to_the_commons(read) -> None:  # noqa: ANN001
    f = one(read("Jo Bloggs, first elected to the Commons in 2010, held Hendon."), "tenure")
    assert f.since_year == 2010


@pytest.mark.parametrize(
    "text, metric",
    [
        ("The Greens have four seats, their best result ever.", "seats"),
        ("In Wales Plaid won four seats, their best result there since 1974.", "seats"),
        ("The Greens took 7 per cent, their best share since 1989.", "share"),
    ],
)
def test_record_after_a_seat_total_is_in_seats(read, text: str, metric: str) -> None:  # noqa: ANN001
    assert one(read(text), "record").metric == metric


def test_seat_swing_with_one_side_is_resolved(read) -> None:  # noqa: ANN001
    f = one(read("In Hendon the Greens won on a swing of 16 points."), "swing")
    assert f.scope.name == "Hendon" and not [u for u in f.unresolved if u.startswith("other")]
    g = one(read("Nationally the Greens gained on a swing of 6 points."), "swing")
    assert [u for u in g.unresolved if u.startswith("other")]


@pytest.mark.parametrize(
    "text, claims",
    [
        ("In Hendon Labour topped the poll with 41 per cent.", 1),
        ("Labour came top of the poll in Hendon with 41 per cent.", 1),
        ("A poll put Labour on 41 per cent in Hendon.", 0),
        ("Labour's 41 per cent in Hendon matched the final poll.", 0),
    ],
)
def test_topped_the_poll_is_not_a_poll(read, text: str, claims: int) -> None:  # noqa: ANN001
    assert len(of(read(text), "share")) == claims


@pytest.mark.parametrize(
    "text, measure",
    [
        ("In 2017 Hendon fell by 865 votes.", "majority"),
        ("Hendon went to Labour by 15 votes.", "majority"),
        ("Labour's vote in Hendon fell by 865 votes.", None),
    ],
)
def test_seat_fell_by_n_votes(read, text: str, measure: str | None) -> None:  # noqa: ANN001
    r = read(text)
    assert len(of(r, "majority")) == (1 if measure else 0)


def test_majority_at_the_previous_election(read) -> None:  # noqa: ANN001
    r = read("Labour won Hendon, where its majority at the general election had been 4,000.")
    f = [x for x in of(r, "majority") if x.stated and x.stated.value == 4000][0]
    assert f.scope.name == "Hendon"


@pytest.mark.parametrize(
    "text, condition",
    [
        ("The Greens lost their deposit in 120 seats.", "share:Green<5%"),
        ("The Greens saved their deposit in 500 seats.", "share:Green>=5%"),
    ],
)
def test_deposits_are_a_count_of_seats(read, text: str, condition: str) -> None:  # noqa: ANN001
    assert condition in one(read(text), "count_seats").condition


def test_turnout_carried_by_it_and_dated_by_when(read) -> None:  # noqa: ANN001
    r = read(
        "Turnout stayed above 75 per cent at every election until 1970, when it dipped to "
        "72.0 per cent. It then stayed above 70 per cent until plunging to 59.4 per cent."
    )
    moved = [f for f in of(r, "turnout") if f.stated.value in (72.0, 59.4)]
    assert len(moved) == 2
    assert [f.election for f in moved if f.stated.value == 72.0] == ["ge1970"]


def test_it_fell_to_is_not_turnout_without_turnout(read) -> None:  # noqa: ANN001
    r = read("Labour's share was 35 per cent in 2005. In 2010 it fell to 29 per cent.")
    assert not of(r, "turnout")
