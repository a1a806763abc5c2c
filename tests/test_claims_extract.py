"""Extraction: text -> typed tokens -> frames, the story's election, unexamined numbers.

These tests check what the checker *reads* (the frame's measure, subject, scope, election,
comparator and stated interval), not verdicts (tests/test_claims_evaluate*.py). Each
family is tested over several phrasings, and generic properties over generated text
(hypothesis): the typed text keeps the original's length, every number is either in a
claim or reported unexamined, and no input raises anything but a clear InputError.

Facts the sentences rely on (official results in the store): Clacton ge2024 Farage (RUK)
majority 8,405 (21,225 - 12,820; results file, Clacton row); Boston and Skegness ge2024
Tice (RUK) majority 2,010; Brighton Pavilion ge2010 Lucas (Green) majority 1,252;
Fermanagh and South Tyrone ge2010 Gildernew (SF) majority 4.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def read(store_path: Path):  # noqa: ANN201
    from psephos.claims.check import read_text

    def go(text: str, **kw: str):  # noqa: ANN202
        return read_text(text, db=store_path, **kw)

    return go


def frames(reading):  # noqa: ANN001, ANN201
    return [c.frame for c in reading.claims]


def one(reading, measure: str):  # noqa: ANN001, ANN201
    found = [c.frame for c in reading.claims if c.frame.measure == measure]
    assert len(found) == 1, [(c.kind, c.text) for c in reading.claims]
    return found[0]


# --- margins in every phrasing: the majority is the winner's ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nigel Farage won Clacton with a majority of 8,405.",
        "Nigel Farage romped home in Clacton by 8,405 votes.",
        "In Clacton, Nigel Farage beat the Conservatives by 8,405 votes.",
        "Nigel Farage held Clacton by 8,405 votes.",
        "Nigel Farage's majority of 8,405 in Clacton was comfortable.",
        "The Conservatives lost Clacton to Nigel Farage by 8,405 votes.",
    ],
)
def test_majority_phrasings(read, text: str) -> None:  # noqa: ANN001
    f = one(read(text), "majority")
    assert f.scope.level == "seat" and f.scope.name == "Clacton"
    assert f.stated.low == f.stated.high == 8405
    assert f.election == "ge2024"  # the figure matches ge2024 only
    assert f.subject.kind == "candidate" and f.subject.candidate["name"] == "Nigel Farage"


def test_majority_with_a_defeated_candidate(read) -> None:  # noqa: ANN001
    f = one(
        read("Richard Tice unseated Tory Matt Warman in Boston and Skegness by 2,010 votes."),
        "majority",
    )
    assert f.subject.candidate["name"] == "Richard Tice" and f.scope.name == "Boston and Skegness"


def test_overturned_majority_is_the_previous_election(read) -> None:  # noqa: ANN001
    f = one(
        read("Nigel Farage overturned a notional Conservative majority of 25,000 in Clacton."),
        "majority",
    )
    assert f.subject.party == "Con" and f.election == "notional2019" and f.comparator == "eq"


@pytest.mark.parametrize(
    ("text", "comparator", "low", "high"),
    [
        ("Nigel Farage won Clacton by more than 8,000 votes.", "gt", 8000, float("inf")),
        ("Nigel Farage won Clacton by fewer than 9,000 votes.", "lt", float("-inf"), 9000),
        ("Nigel Farage won Clacton by almost 8,500 votes.", "nearly", 7650, 8500),
        ("Nigel Farage won Clacton by nearly nine thousand votes.", "nearly", 8100, 9000),
    ],
)
def test_comparators(read, text: str, comparator: str, low: float, high: float) -> None:  # noqa: ANN001
    f = one(read(text), "majority")
    assert f.comparator == comparator
    assert f.stated.low == pytest.approx(low) and f.stated.high == pytest.approx(high)


# --- seats, shares, turnout with scope ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party", "level", "name", "value"),
    [
        ("Labour won 411 seats.", "Lab", "uk", None, 411),
        ("The SNP won 9 of Scotland's 57 seats.", "SNP", "country", "Scotland", 9),
        ("The Conservatives won eight seats in Wales.", "Con", "country", "Wales", 8),
        ("Reform UK bagged five MPs.", "RUK", "uk", None, 5),
        ("With 72 MPs, the Lib Dems are back.", "LD", "uk", None, 72),
    ],
)
def test_seat_totals(read, text, party, level, name, value) -> None:  # noqa: ANN001
    f = one(read(text), "seats")
    assert (f.subject.party, f.scope.level, f.scope.name, f.stated.value) == (
        party,
        level,
        name,
        value,
    )


@pytest.mark.parametrize(
    ("text", "party", "level", "low", "high"),
    [
        ("Labour took 33.7 per cent of the vote.", "Lab", "uk", 33.65, 33.75),
        (
            "In Scotland, Reform got fewer than one vote in twenty.",
            "RUK",
            "country",
            float("-inf"),
            5,
        ),
        ("The Greens took one in ten votes in London.", "Green", "region", 9, 11),
        ("Labour won a third of the vote in Wales.", "Lab", "country", 30, 36.67),
        (
            "Reform took more than a fifth of the vote in the North East.",
            "RUK",
            "region",
            20,
            float("inf"),
        ),
    ],
)
def test_shares(read, text, party, level, low, high) -> None:  # noqa: ANN001
    f = one(read(text), "share")
    assert f.subject.party == party and f.scope.level == level
    assert f.stated.low == pytest.approx(low, abs=0.01) and f.stated.high == pytest.approx(
        high, abs=0.01
    )


@pytest.mark.parametrize(
    ("text", "level", "name"),
    [
        ("Turnout was 59.7 per cent.", "uk", None),
        ("Turnout in Scotland was 71 per cent.", "country", "Scotland"),
        ("In Clacton, turnout fell to 58 per cent.", "seat", "Clacton"),
        ("Nigel Farage won Clacton. Turnout there was 58%.", "seat", "Clacton"),
    ],
)
def test_turnout_scope(read, text, level, name) -> None:  # noqa: ANN001
    f = one(read(text), "turnout")
    assert (f.scope.level, f.scope.name) == (level, name)


# --- changes, swing, ratios, placings, records --------------------------------------------


def test_change_and_level_are_two_frames(read) -> None:  # noqa: ANN001
    r = read("Labour's share fell by more than six points to 29 per cent.")
    ch, sh = one(r, "change"), one(r, "share")
    assert ch.comparator == "down" and ch.stated.low == 6 and ch.unit == "points"
    assert sh.stated.value == 29 and sh.subject.party == ch.subject.party == "Lab"


def test_swing_names_both_parties(read) -> None:  # noqa: ANN001
    f = one(read("The swing from Labour to the Conservatives was almost 16 points."), "swing")
    assert f.metric == "swing:Lab-Con" and f.comparator == "nearly"


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("The Greens have quadrupled their number of MPs.", 4),
        ("Plaid Cymru doubled its tally of MPs.", 2),
    ],
)
def test_ratio(read, text: str, factor: float) -> None:  # noqa: ANN001
    f = one(read(text), "ratio")
    assert f.stated.value == factor and f.metric == "seats"


@pytest.mark.parametrize(
    ("text", "who", "nth"),
    [
        ("In Great Yarmouth, Rupert Lowe won, pushing Labour into third.", "Lab", 3),
        ("In Clacton, Reform UK finished first and Labour came third.", "Lab", 3),
    ],
)
def test_placing(read, text: str, who: str, nth: int) -> None:  # noqa: ANN001
    fs = [f for f in frames(read(text)) if f.measure == "placing"]
    assert any(f.subject.party == who and f.nth == nth and f.scope.name for f in fs), fs


@pytest.mark.parametrize(
    ("text", "measure", "comparator", "year"),
    [
        ("It was Labour's first win there since 1945.", "first_since", "since", 1945),
        ("Wycombe elected its first Labour MP since 1950.", "first_since", "since", 1950),
        ("Aylesbury had never elected a Labour MP.", "first_since", "never", None),
        (
            "Macclesfield had returned a Conservative at every general election since 1918.",
            "first_since",
            "every_since",
            1918,
        ),
        ("Labour's share was its lowest since 1983.", "record", "least", 1983),
    ],
)
def test_history(read, text, measure, comparator, year) -> None:  # noqa: ANN001
    f = one(read(text), measure)
    assert f.comparator == comparator and f.since_year == year


@pytest.mark.parametrize(
    ("text", "metric", "comparator", "level"),
    [
        ("Ynys Môn had the narrowest result in Wales.", "majority", "least", "country"),
        (
            "Leicester East is the most Hindu constituency in Great Britain.",
            "census:Hindu",
            "most",
            "gb",
        ),
        (
            "Ynys Môn has the smallest electorate of any seat in the UK.",
            "electorate",
            "least",
            "uk",
        ),
    ],
)
def test_superlatives(read, text, metric, comparator, level) -> None:  # noqa: ANN001
    f = one(read(text), "superlative")
    assert (f.metric, f.comparator, f.scope.level) == (metric, comparator, level)
    assert f.subject.kind == "seat"


def test_census_share_in_words(read) -> None:  # noqa: ANN001
    f = one(read("In Finchley and Golders Green, one in five residents is Jewish."), "census")
    assert f.metric == "census:Jewish" and f.scope.name == "Finchley and Golders Green"
    assert f.stated.low == pytest.approx(18) and f.stated.high == pytest.approx(22)


def test_tenure(read) -> None:  # noqa: ANN001
    f = one(read("Oliver Dowden, first elected in 2015, held Hertsmere."), "tenure")
    assert f.since_year == 2015 and f.subject.candidate["name"] == "Oliver Dowden"


# --- the story's election -----------------------------------------------------------------


def test_dateline_and_figures_settle_the_election(read) -> None:  # noqa: ANN001
    r = read("LONDON, May 7 - Caroline Lucas won Brighton Pavilion by 1,252 votes.")
    assert r.inference.election == "ge2010"
    assert any("dateline" in e for e in r.inference.evidence)
    assert one(r, "majority").election == "ge2010"


def test_a_claim_naming_its_year_overrides(read) -> None:  # noqa: ANN001
    r = read("Nigel Farage won Clacton by 8,405 votes. In 2019, Labour won 202 seats.")
    assert r.inference.election == "ge2024" and one(r, "seats").election == "ge2019"


def test_comparisons_are_not_the_election(read) -> None:  # noqa: ANN001
    r = read("Labour won 411 seats, up from 202 in 2019.")
    seats = sorted((f.election, f.stated.value) for f in frames(r) if f.measure == "seats")
    assert seats == [("ge2019", 202), ("ge2024", 411)]


def test_split_evidence_is_not_guessed(read) -> None:  # noqa: ANN001
    r = read(
        "Caroline Lucas won Brighton Pavilion by 1,252 votes. "
        "Nigel Farage won Clacton by 8,405 votes. Labour won 300 seats."
    )
    assert r.inference.election is None and "split" in r.inference.how
    assert any(u.startswith("election") for u in one(r, "seats").unresolved)


def test_by_election_from_the_date(read) -> None:  # noqa: ANN001
    f = one(read("In May 2021 Jill Mortimer took Hartlepool with a majority of 6,940."), "majority")
    assert f.election == "by-2021-05-06-hartlepool"


# --- nothing missed silently --------------------------------------------------------------


def test_unexamined_reasons(read) -> None:  # noqa: ANN001
    r = read(
        'Nigel Farage, 60, won Clacton by 8,405 votes. "We got 4 million votes," he said. '
        "A poll suggests 40 per cent of voters agree. The campaign cost £2m."
    )
    reasons = {u.text: u.reason for u in r.unexamined}
    assert reasons["60"] == "age" and reasons["4 million"] == "quote"
    assert reasons["40 per cent"] == "poll" and reasons["£2m"] == "money"
    assert [c.params["numbers"] for c in r.claims] == [["8,405"]]


_WORDS = st.sampled_from(
    ["Labour", "won", "411", "seats", "in", "Clacton", "by", "8,405", "votes", "the", "Tories",
     "per cent", "a third", "one in five", "2019", "turnout", "fell", "“", "”", ",", ".", "\n"]
)  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_WORDS, min_size=1, max_size=40))
def test_every_number_is_accounted_for(read, words: list[str]) -> None:  # noqa: ANN001
    from psephos.claims.numbers import find_quantities

    text = " ".join(words)
    if not text.strip():
        return
    r = read(text)
    n = len(find_quantities(text))
    in_claims = sum(len(c.params["numbers"]) for c in r.claims)
    assert in_claims + len(r.unexamined) == n
    for c in r.claims:
        assert 0 <= c.start < c.end <= len(text) and c.text == text[c.start : c.end]


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_typed_text_keeps_offsets(text: str) -> None:
    from psephos.claims.extract import tag
    from psephos.claims.gazetteer import Gazetteer

    gaz = Gazetteer(parties={"labour": "Lab", "tories": "Con"})
    doc = tag(text, [], gaz)
    assert len(doc.typed) == len(text)
    for t in doc.tags:
        assert text[t.start : t.end] == t.text


# --- bounded input ------------------------------------------------------------------------


def test_cap_is_refused_quickly(store_path: Path) -> None:
    import io

    from psephos.claims.check import MAX_BYTES, check_text, read_bounded
    from psephos.errors import InputError

    with pytest.raises(InputError, match="larger than 5 MB"):
        read_bounded(io.BytesIO(b"x" * (MAX_BYTES + 10)), "big.txt")
    with pytest.raises(InputError, match="at most"):
        check_text("x" * (MAX_BYTES + 1), db=store_path)


def test_dev_zero_is_a_clear_error(store_path: Path) -> None:
    from psephos.claims import check_file
    from psephos.errors import InputError

    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(InputError, match="not a regular file"):
        check_file("/dev/zero", db=store_path)
