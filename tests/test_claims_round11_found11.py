"""Round 11 (FOUND11): classes of phrasing the checker never found (docs/claims.md, "Round
11: found11"), each tested with invented sentences over several seats, measures and
elections. Every figure comes from the raw official files through
``tests/claims_corpus/_raw.py`` (the PSEPH result files; the 2024 census summary file's
``c21...`` columns, which are percentages), never from psephos code.

For each class: a true sentence is found (a claim covers its figure or seat) and is
``supported`` (a tenth may be left uncertain), never ``contradicted``; the same sentence
made false (a figure moved, a place swapped) is caught; a sentence out of the data (a
Scottish seat the car and language tables do not cover, an election not held) is found but
left ``uncertain``.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from tests.claims_corpus._raw import census_summary, general, totals
from tests.test_claims_round10_found import (
    PAIRS,
    Case,
    _false,
    _gains,
    _judge,
    _n,
    _poss,
    _same_winner,
)
from tests.test_claims_sweep import PARTY

SEED = 20261211


def _verdicts_on(text: str, words: str) -> list[str]:
    """The verdicts of the checker's claims whose span overlaps ``words`` (their last
    occurrence in ``text``)."""
    from psephos.claims.check import check_text

    at = text.rfind(words)
    assert at >= 0, (words, text)
    claims = check_text(text).to_dict()["claims"]
    return sorted(
        {
            c["verdict"]
            for c in claims
            if c["start"] < at + len(words) and c["end"] > at and c["verdict"] != "not_checkable"
        }
    )


# --- census measures the lexicon lacked -------------------------------------------------------

#: summary column -> how copy says it, after "N per cent of households (residents)"
_MEASURES = {
    "c21CarsNone": "of households have no car or van",
    "c21EnglishNone": "of households have no one who speaks English as a main language",
    "c21BornEngland": "of residents were born in England",
    "c21BornWales": "of residents were born in Wales",
}


def _has(r: dict[str, str], column: str) -> bool:
    """The summary file writes a figure it does not hold as 'NA' (Scotland's cars, language)."""
    return r[column].strip() not in ("", "NA")


def _wrong(v: float) -> float:
    """A false twin of a census share: a quarter more (less, above 50), close enough that
    the checker judges it rather than reading it as another quantity."""
    return round(v * 1.25 if v < 50 else v * 0.8, 1)


def _ew_rows(column: str) -> list[tuple[str, float]]:
    """(seat, value) of the England and Wales seats with a value of at least 5 per cent in
    ``column`` (a smaller share's false twin is too far off to be judged)."""
    return [
        (name, float(r[column]))
        for name, r in census_summary().items()
        if r["Country"] in ("England", "Wales") and _has(r, column) and float(r[column]) >= 5
    ]


def _census_cases() -> list[Case]:
    cases: list[Case] = []
    for column, words in _MEASURES.items():
        rows = _ew_rows(column)
        random.Random(f"{SEED}-{column}").shuffle(rows)
        for name, v in rows[:6]:
            say = f"In {name}, {{}} per cent {words}."
            cases.append(("true", say.format(f"{v:.1f}"), f"{v:.1f} per cent"))
            wrong = _wrong(v)
            cases.append(("false", say.format(f"{wrong:.1f}"), f"{wrong:.1f} per cent"))
    return cases


def test_census_measures_the_lexicon_lacked(store_path: Any) -> None:
    """ "In S, N per cent of households have no car or van" (no one speaking English as a
    main language; residents born in England or Wales): the seat's census share."""
    _judge(_census_cases())


def test_census_bare_share(store_path: Any) -> None:
    """ "In S, N per cent have no passport" / "... have no religion": the group right after
    the verb, no population noun before it."""
    cases: list[Case] = []
    for column, words in (
        ("c21PassportNone", "have no passport"),
        ("c21NoReligion", "have no religion"),
    ):
        rows = [(n, float(r[column])) for n, r in census_summary().items() if r[column].strip()]
        random.Random(f"{SEED}-bare-{column}").shuffle(rows)
        for name, v in rows[:6]:
            wrong = _wrong(v)
            cases.append(("true", f"In {name}, {v:.1f} per cent {words}.", f"{v:.1f} per cent"))
            cases.append(
                ("false", f"In {name}, {wrong:.1f} per cent {words}.", f"{wrong:.1f} per cent")
            )
    _judge(cases)


def test_census_out_of_data(store_path: Any) -> None:
    """A Scottish seat: the summary file has no car or language figure for it."""
    scottish = sorted(
        n
        for n, r in census_summary().items()
        if r["Country"] == "Scotland" and not _has(r, "c21CarsNone")
    )
    assert scottish  # the file leaves these blank for Scotland
    cases: list[Case] = [
        ("out", f"In {scottish[0]}, 30.0 per cent of households have no car or van.", "30.0 per cent"),
        ("out", f"In {scottish[-1]}, 4.0 per cent of households have no one who speaks English as a main language.", "4.0 per cent"),
    ]  # fmt: skip
    _judge(cases)


def test_born_in_england_is_a_group_not_a_place(store_path: Any) -> None:
    """The area inside a census group ("born in England", "no one who speaks English as a
    main language") is the group's word: no area is typed there."""
    from psephos.claims.extract import tag
    from psephos.claims.gazetteer import gazetteer
    from psephos.store.connect import connect

    gaz = gazetteer(connect(store_path))
    for text, group in (
        ("One in five residents was born in England.", "BornEngland"),
        ("A quarter have no one who speaks English as a main language.", "EnglishNone"),
        ("More than two in five were born in Wales.", "BornWales"),
    ):
        doc = tag(text, [], gaz)
        assert [t.ref["group"] for t in doc.tags if t.kind == "group"] == [group], text
        assert not [t for t in doc.tags if t.kind == "area"], text


# --- a ranking continued: "is second, on N", "comes next", "X and Y come second and third" ----


def _ranked(column: str, country: tuple[str, ...], *, most: bool) -> list[tuple[str, float]]:
    rows = [
        (n, float(r[column]))
        for n, r in census_summary().items()
        if r["Country"] in country and _has(r, column)
    ]
    return sorted(rows, key=lambda x: -x[1] if most else x[1])


_RANKINGS = (
    ("c21CarsNone", "households with no car or van", True),
    ("c21EnglishNone", "households with no one who speaks English as a main language", True),
    ("c21NoReligion", "residents with no religion", True),
    ("c21CarsNone", "households with no car or van", False),
)


@pytest.mark.parametrize(("column", "words", "most"), _RANKINGS)
def test_ranking_continued(store_path: Any, column: str, words: str, most: bool) -> None:
    """ "X has the highest share of W of any seat in England and Wales. Y is second, on N per
    cent. Z comes next.": places 2 and 3 of the ranking the paragraph set up; with Y and Z
    swapped, both are caught."""
    top = _ranked(column, ("England", "Wales"), most=most)[:8]
    (a, _), (b, vb), (c, vc) = top[:3]
    (f, vf), (g, _) = top[5], top[7]  # sixth and eighth: well away from the places said
    assert len({vb, vc, vf}) == 3, "a tie: pick another measure"
    sup = "highest" if most else "lowest"
    # dated: an undated story's rankings are on the default election, which only uncertain
    # verdicts may rest on
    lead = (
        f"The census, mapped onto the seats of the 2024 general election. "
        f"{a} has the {sup} share of {words} of any seat in England and Wales."
    )
    true = f"{lead} {b} is second, on {vb:.1f} per cent. {c} comes next."
    assert _verdicts_on(true, f"{b} is second") == ["supported"]
    assert _verdicts_on(true, f"{vb:.1f} per cent") == ["supported"]
    assert _verdicts_on(true, f"{c} comes next") == ["supported"]
    pair = f"{lead} {b} and {c} come second and third."
    assert _verdicts_on(pair, f"{b}") == ["supported"]
    assert _verdicts_on(pair, f"{c} come") == ["supported"]
    false = f"{lead} {f} is second, on {vf:.1f} per cent. {g} comes next."
    assert "contradicted" in _verdicts_on(false, f"{f} is second")
    assert "contradicted" in _verdicts_on(false, f"{g} comes next")


def test_ranking_in_a_nation_said_at_the_head(store_path: Any) -> None:
    """ "In Wales the highest is X": the nation said before the superlative is the ranking's
    (not the paragraph's England-and-Wales one)."""
    (ew, _), *_ = _ranked("c21CarsNone", ("England", "Wales"), most=True)
    (w1, v1), (w2, _), *_ = _ranked("c21CarsNone", ("Wales",), most=True)
    lead = f"{ew} has the highest share of households with no car or van of any seat in England and Wales."
    assert _verdicts_on(f"{lead} In Wales the highest is {w1}, {v1:.1f} per cent.", w1) == [
        "supported"
    ]
    assert "contradicted" in _verdicts_on(f"{lead} In Wales the highest is {w2}.", w2)


def test_ranking_filter_is_not_carried(store_path: Any) -> None:
    """ "Outside the capital, X comes top, followed by Y": the ranking is over the seats the
    filter keeps, which the carried reading cannot apply: Y is not judged on the national
    ranking (no claim, or uncertain)."""
    (a, _), (b, _), (c, _), *_ = _ranked("c21CarsNone", ("England", "Wales"), most=True)
    text = (
        f"{a} has the highest share of households with no car or van of any seat in England "
        f"and Wales. Outside the capital, {c} comes top, followed by {b}."
    )
    assert "contradicted" not in _verdicts_on(text, f"followed by {b}")


def test_next_smallest_electorate(store_path: Any) -> None:
    """ "X had just N registered voters, the smallest in the UK, and Y was the next
    smallest": the electorate ranking set up in the same sentence (PSEPH 2024
    constituencies.csv column 14)."""
    seats = sorted(general(2024).values(), key=lambda s: s.electorate)
    a, b, c = seats[0], seats[1], seats[2]
    assert len({a.electorate, b.electorate, c.electorate}) == 3
    lead = f"At the 2024 general election {a.name} had just {_n(a.electorate)} registered voters, the smallest in the UK, and"
    assert _verdicts_on(f"{lead} {b.name} was the next smallest.", f"{b.name} was") == ["supported"]
    assert "contradicted" in _verdicts_on(
        f"{lead} {c.name} was the next smallest.", f"{c.name} was"
    )


# --- a majority's move said with a base form or "gone from" ---------------------------------------


def _base_cases() -> list[Case]:
    cases: list[Case] = []
    for before, after in PAIRS:
        for i, (s0, s1) in enumerate(_same_winner(before, after)):
            w = s1.ranked()[0]
            up = s1.majority > s0.majority
            verb = (
                ("soar", "rocket", "surge")[i % 3] if up else ("plunge", "tumble", "narrow")[i % 3]
            )
            say = f"At the {after} general election {w.name} saw {_poss(PARTY[w.party][0])} majority in {s1.name} {verb} from {_n(s0.majority)} to "
            cases.append(("true", say + _n(s1.majority) + ".", _n(s1.majority)))
            cases.append(("false", say + _n(_false(s1.majority)) + ".", _n(_false(s1.majority))))
            gone = f"At the {after} general election {_poss(w.name)} majority in {s1.name} has gone from {_n(s0.majority)} to "
            cases.append(("true", gone + _n(s1.majority) + ".", _n(s1.majority)))
            cases.append(("true", gone + _n(s1.majority) + ".", _n(s0.majority)))
            cases.append(("false", gone + _n(_false(s1.majority)) + ".", _n(_false(s1.majority))))
    return cases  # fmt: skip


def test_majority_moved_base_forms(store_path: Any) -> None:
    """ "W saw P's majority in S soar (plunge) from M to N", "W's majority in S has gone from M
    to N": the new majority, and the old one at the election before."""
    _judge(_base_cases())


def test_majority_moved_base_out_of_data(store_path: Any) -> None:
    cases: list[Case] = [
        ("out", "At the 2029 general election Labour saw its majority in Leeds Central soar from 9,100 to 19,800.", "19,800"),
        ("out", "At the 2017 general election Labour's majority has gone from 9,100 to 4,200.", "4,200"),
    ]  # fmt: skip
    _judge(cases)


# --- a party's share: "managed N per cent", "P fell from A per cent to B" ----------------------


def _uk_share(year: int, party: str) -> float:
    t = totals(year)
    return round(100 * t[party] / t["_valid"], 1)


def test_share_managed_and_party_from_to(store_path: Any) -> None:
    """ "P managed N per cent"; "P rose (fell) from A per cent to B": the party's UK share, and
    the share at the election before (PSEPH candidacies summed over every seat)."""
    cases: list[Case] = []
    for before, after in PAIRS:
        for party in ("LD", "Green", "Lab", "Con"):
            name = PARTY[party][0]
            cap = name[0].upper() + name[1:]
            v0, v1 = _uk_share(before, party), _uk_share(after, party)
            if v0 == v1:
                continue
            verb = "rose" if v1 > v0 else "fell"
            for say, fig in (
                (f"At the {after} general election {name} managed {{}} per cent.", v1),
                (
                    f"At the {after} general election {cap} {verb} from {v0:.1f} per cent to {{}}.",
                    v1,
                ),
            ):
                wrong = round(fig * 1.2, 1)  # close enough to be judged, not read as another figure
                cases.append(("true", say.format(f"{fig:.1f}"), f"{fig:.1f}"))
                cases.append(("false", say.format(f"{wrong:.1f}"), f"{wrong:.1f}"))
    _judge(cases)


def test_share_managed_barely_is_not_judged(store_path: Any) -> None:
    """ "managed barely N per cent" is "only about N" where "barely" elsewhere reads "just
    over": left uncertain, never contradicted."""
    v = _uk_share(2019, "Green")
    text = f"At the 2019 general election the Greens managed barely {v:.1f} per cent."
    assert _verdicts_on(text, f"{v:.1f}") == ["uncertain"]


# --- a seat's majority: "edged out", "was thrown out of", "decided by" ---------------------------


def _beat_cases() -> list[Case]:
    cases: list[Case] = []
    for before, after in PAIRS:
        for i, (s0, s1) in enumerate(_gains(before, after)):
            w, runner = s1.ranked()[0], s1.ranked()[1]
            loser = s0.ranked()[0]
            m = s1.majority
            sayings = (
                f"At the {after} general election {w.name} edged out {runner.name} in {s1.name} by {{}}.",
                f"At the {after} general election {loser.name} was thrown out of {s1.name} by {{}} votes.",
                f"At the {after} general election {s1.name} was decided by {{}} votes.",
            )
            say = sayings[i % 3]
            cases.append(("true", say.format(_n(m)), _n(m)))
            cases.append(("false", say.format(_n(_false(m))), _n(_false(m))))
    return cases


def test_majority_more_verbs(store_path: Any) -> None:
    """ "W edged out R in S by N", "L was thrown out of S by N", "S was decided by N votes":
    the seat's majority."""
    _judge(_beat_cases())


def test_majority_more_verbs_out_of_data(store_path: Any) -> None:
    cases: list[Case] = [
        ("out", "At the 2029 general election Jo Bloggs edged out Sam Smith in Leeds Central by 1,234.", "1,234"),
        ("out", "At the 2029 general election Leeds Central was decided by 1,234 votes.", "1,234"),
    ]  # fmt: skip
    _judge(cases)


# --- a seat count with its noun elided -----------------------------------------------------------

_NATIONS = (("Scotland", ("Lab", "SNP", "Con", "LD")), ("Wales", ("Lab", "Con", "PC", "LD")))


def test_elided_seat_total(store_path: Any) -> None:
    """ "In Scotland, P won N seats, and Q won M": Q's seats in Scotland (the noun elided after
    another party's total); "..., while R took K in Wales": the area the claim names. Seat
    totals are the winners counted in PSEPH constituencies.csv (column 11) by country."""
    from tests.claims_corpus._raw import seats_won

    cases: list[Case] = []
    for year in (2015, 2017, 2019):
        for nation, parties in _NATIONS:
            won = seats_won(year, country=nation)
            p, q = [x for x in parties if won[x] > 0 and x in PARTY][:2]
            other = "Wales" if nation == "Scotland" else "Scotland"
            r = next(x for x in ("PC", "SNP") if seats_won(year, country=other)[x] > 0)
            lead = f"At the {year} general election, in {nation}, {PARTY[p][0]} won {won[p]} seats, and {PARTY[q][0]} won "
            cases.append(("true", f"{lead}{won[q]}.", f"won {won[q]}."))
            cases.append(("false", f"{lead}{won[q] + 2}.", f"won {won[q] + 2}."))
            k = seats_won(year, country=other)[r]
            tail = f", while {PARTY[r][0]} took {{}} in {other}."
            say = f"At the {year} general election, in {nation}, {PARTY[p][0]} won {won[p]} seats"
            cases.append(("true", say + tail.format(k), f"took {k} in"))
            cases.append(("false", say + tail.format(k + 2), f"took {k + 2} in"))
    _judge(cases, at=_verdicts_on)


def test_elided_seat_total_needs_a_total_before(store_path: Any) -> None:
    """No seat total before it in the sentence (a share, a majority): the bare number is not
    read as seats."""
    from psephos.claims.check import check_text

    for text in (
        "At the 2019 general election Labour won 32.1 per cent, and the SNP won three.",
        "At the 2019 general election Labour won Leeds Central by 9,000, and the SNP won three.",
    ):
        claims = check_text(text).to_dict()["claims"]
        assert not [c for c in claims if c["params"].get("rule") == "elided_seats"], text
