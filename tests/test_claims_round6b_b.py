"""Round 6b (WRONG-B): classes of TRUE claims the eighth held-out batch saw called false,
each tested as a class over elections, areas, seats and parties. Every value comes from the
raw official CSVs through ``tests/claims_corpus/_raw.py`` (never psephos code); the
sentences are invented.

- "won N seats, K more than five years ago": the years name the change's baseline;
- "SEAT's N, the largest in AREA after it": second, after the top read just before;
- "P fell N votes short of taking SEAT from Q's X": the gap to X, and no outcome claimed;
- "In AREA turnout was X per cent": the area the clause opens on;
- a no-area turnout in a story on one nation, true there counting rejected ballots;
- "their mark of YEAR, when they took N seats": the year dates the "when" clause;
- "The closest contest in the country was SEAT" in a story on a nation;
- "in YEAR there were N ...; there are now nearly twice that number";
- "improved on its share of K years before, to X per cent";
- "its best result was in SEAT, with X per cent": the seat's share.

A true sentence is never ``contradicted``; its false twin (a figure or seat changed) is.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims_corpus._raw import Seat, general, seats_won, totals
from tests.test_claims_sweep import PARTY
from tests.test_claims_sweep_wide import AREA, _in

WORDS = {2: "two", 5: "five"}


def _verdicts(text: str, sentence: str, db: Any) -> list[str]:
    from psephos.claims import check_text

    a = text.index(sentence)
    b = a + len(sentence)
    claims = check_text(text, db=db).to_dict()["claims"]
    return sorted({c["verdict"] for c in claims if c["start"] < b and c["end"] > a})


def _story(year: int, sentence: str, lead: str = "") -> str:
    return f"The {year} general election\n\n{lead}How the {year} general election went.\n\n{sentence}\n"


def _check(cases: list[tuple[bool, str, str]], db: Any, supported: bool = False) -> None:
    """``cases``: (true?, story, sentence). True: never contradicted; false: caught (a
    tenth may be left uncertain: the guard excuses a near miss true of another area)."""
    wrong, missed = [], []
    for true, story, sentence in cases:
        v = _verdicts(story, sentence, db)
        if true and ("contradicted" in v or supported and "supported" not in v):
            wrong.append((sentence, v))
        if not true and "contradicted" not in v:
            missed.append((sentence, v))
    assert not wrong, wrong
    assert len(missed) <= len(cases) // 10, missed


def _cap(words: str) -> str:
    return words[0].upper() + words[1:]


def _majority(s: Seat) -> int:
    r = s.ranked()
    return r[0].votes - r[1].votes


def test_more_than_n_years_ago_is_the_baseline(store_path: Any) -> None:
    cases = []
    for year, back in ((2015, 5), (2017, 2), (2019, 2)):
        for area in ("UK", "Scotland", "Wales"):
            now = seats_won(year, None if area == "UK" else area)
            then = seats_won(year - back, None if area == "UK" else area)
            for party in ("Con", "Lab", "LD", "SNP"):
                k = now[party] - then[party]
                if k == 0 or now[party] == 0 or party == "SNP" and area == "Wales":
                    continue
                where = "" if area == "UK" else f"In {area} "
                name = PARTY[party][0] if area != "UK" else _cap(PARTY[party][0])
                word = "more" if k > 0 else "fewer"
                for true, kk in ((True, abs(k)), (False, abs(k) + 2)):
                    s = (
                        f"{where}{name} won {now[party]} seats, {kk} {word} than "
                        f"{WORDS[back]} years ago."
                    )
                    cases.append((true, _story(year, s), s))
    assert len(cases) >= 24
    _check(cases, store_path)


def test_the_largest_after_it_is_second(store_path: Any) -> None:
    cases = []
    for year in (2015, 2017, 2019, 2024):
        for area in ("Scotland", "Wales", "Northern Ireland"):
            seats = [s for s in general(year).values() if _in(s, area)]
            for sup, after, rev in (("biggest", "largest", True), ("narrowest", "smallest", False)):
                order = sorted(seats, key=lambda s: _majority(s), reverse=rev)
                a, b, c = order[:3]
                if len({_majority(a), _majority(b), _majority(c)}) < 3 or any(
                    "," in x.name for x in (a, b, c)
                ):
                    continue
                for true, x in ((True, b), (False, c)):
                    s = (
                        f"{a.name}'s {_majority(a):,} was the {sup} majority in {area}, and "
                        f"{x.name}'s {_majority(x):,} was the {after} in {area} after it."
                    )
                    cases.append((true, _story(year, s), s))
    assert len(cases) >= 16
    _check(cases, store_path)


def test_votes_short_of_taking_a_seat(store_path: Any) -> None:
    cases = []
    for year in (2015, 2017, 2019, 2024):
        close = sorted(
            (
                s
                for s in general(year).values()
                if s.country != "Northern Ireland"
                and {c.party for c in s.ranked()[:2]} <= set(PARTY)
                and s.ranked()[0].party != s.ranked()[1].party
            ),
            key=_majority,
        )[:4]
        for s in close:
            win, run = s.ranked()[:2]
            for true, n in ((True, _majority(s)), (False, _majority(s) + 100)):
                sent = (
                    f"{PARTY[run.party][0][0].upper()}{PARTY[run.party][0][1:]} fell {n:,} "
                    f"votes short of taking {s.name} from {PARTY[win.party][1]} MP {win.name}."
                )
                cases.append((true, _story(year, sent), sent))
    assert len(cases) >= 24
    _check(cases, store_path)


def _turnout(year: int, area: str, rejected: bool = False) -> float:
    seats = [s for s in general(year).values() if _in(s, area)]
    votes = sum(s.valid + (s.invalid if rejected else 0) for s in seats)
    return 100 * votes / sum(s.electorate for s in seats)


def _round_safe(x: float) -> bool:
    """Not within 0.01 of a rounding edge (so a one-decimal figure is unambiguous)."""
    return abs((x * 10) % 1 - 0.5) > 0.1


def test_turnout_in_the_area_the_clause_opens_on(store_path: Any) -> None:
    cases = []
    for year in (2010, 2015, 2019, 2024):
        for area in ("Scotland", "Wales", "North East", "London", "South West"):
            t = _turnout(year, area)
            if not _round_safe(t):
                continue
            for true, x in ((True, t), (False, t + 2)):
                s = f"In {AREA[area]} turnout was {x:.1f} per cent."
                cases.append((true, _story(year, s), s))
    assert len(cases) >= 30
    _check(cases, store_path, supported=True)


def test_no_area_turnout_true_counting_rejected_ballots(store_path: Any) -> None:
    """A story on Northern Ireland that names no area at its turnout: true in Northern
    Ireland counting rejected ballots is not called false; a plain wrong figure is."""
    cases = []
    for year in (2010, 2015, 2017, 2019, 2024):
        valid, every = _turnout(year, "Northern Ireland"), _turnout(year, "Northern Ireland", True)
        if round(valid, 1) == round(every, 1) or not _round_safe(every):
            continue
        lead = "Belfast, Friday. The DUP and Sinn Féin shared most of the seats.\n\n"
        for true, x in ((True, every), (False, every - 4)):
            s = f"Turnout was {x:.1f} per cent."
            cases.append((true, _story(year, s, lead), s))
    assert len(cases) >= 6
    _check(cases, store_path)


def test_year_when_they_took_n_seats(store_path: Any) -> None:
    cases = []
    for year, then in ((2019, 2010), (2019, 2015), (2024, 2017), (2024, 2015)):
        for party in ("Con", "Lab", "LD"):
            n = seats_won(then)[party]
            # the false twin is a copy error (two seats out): a figure far off on a reading
            # whose subject is a pronoun is left uncertain by the safeguard (round 7)
            for true, x in ((True, n), (False, n + 2)):
                s = f"That was well below their mark of {then}, when they took {x} seats."
                story = _story(year, s, f"{_cap(PARTY[party][0])} had a poor night.\n\n")
                cases.append((true, story, s))
    assert len(cases) >= 20
    _check(cases, store_path)


def test_the_country_in_a_story_on_a_nation(store_path: Any) -> None:
    cases = []
    for year in (2015, 2017, 2019, 2024):
        for area in ("Scotland", "Wales"):
            seats = sorted((s for s in general(year).values() if _in(s, area)), key=_majority)
            lead = f"{area} went to the polls with the rest of the UK.\n\n"
            for true, x in ((True, seats[0]), (False, seats[2])):
                s = f"The closest contest in the country was {x.name}."
                cases.append((true, _story(year, s, lead), s))
    _check(cases, store_path)


#: (low, high, the words that are true, the words that are false): "nearly" allows 10% below
RATIO_WORDS = (
    (1.82, 1.98, "nearly twice", "more than twice"),
    (2.02, 2.9, "more than twice", "nearly twice"),
)


def test_twice_that_number(store_path: Any) -> None:
    cases = []
    regions = sorted({s.region for s in general(2019).values() if s.country == "England"})
    for year in (2015, 2017, 2019, 2024):
        for then in (2010, 2015, 2017, 2019):
            if then >= year:
                continue
            for area in ("Scotland", "Wales", None, *regions):
                country = area if area in ("Scotland", "Wales") else None
                region = area if area in regions else None
                for party in ("Con", "Lab", "LD", "SNP"):
                    a = seats_won(then, country, region)[party]
                    b = seats_won(year, country, region)[party]
                    if not a or not b:
                        continue
                    hit = [w for w in RATIO_WORDS if w[0] <= b / a < w[1]]
                    if not hit:
                        continue
                    where = AREA[area] if area else "the UK"
                    for true, w in ((True, hit[0][2]), (False, hit[0][3])):
                        s = (
                            f"In {then} there were {a} {PARTY[party][1]} MPs from {where}; "
                            f"there are now {w} that number."
                        )
                        cases.append((true, _story(year, s), s))
    assert len(cases) >= 8
    _check(cases, store_path)


def test_share_of_n_years_before_to_x(store_path: Any) -> None:
    cases = []
    for year, back in ((2015, 5), (2017, 2), (2019, 2)):
        t = totals(year)
        for party in ("Con", "Lab", "LD"):
            share = 100 * t[party] / t["_valid"]
            if not _round_safe(share):
                continue
            for true, x in ((True, share), (False, share + 2)):
                s = (
                    f"{_cap(PARTY[party][0])} changed their share of {WORDS[back]} years "
                    f"before, to {x:.1f} per cent."
                )
                cases.append((true, _story(year, s), s))
    assert len(cases) >= 12
    _check(cases, store_path)


@pytest.mark.parametrize("year", (2015, 2017, 2019, 2024))
def test_best_result_in_seat_with_share(year: int, store_path: Any) -> None:
    cases = []
    for area in ("Scotland", "Wales", "North East", "South West"):
        for party in ("Con", "Lab", "LD"):
            seats = [s for s in general(year).values() if _in(s, area) and s.votes(party)]
            best = max(seats, key=lambda s: s.share(party))
            share = 100 * best.share(party)
            if "," in best.name or not _round_safe(share):
                continue
            lead = f"{_cap(PARTY[party][0])} stood everywhere. "
            for true, x in ((True, share), (False, share + 3)):
                s = (
                    f"It polled well across {AREA[area]}, and its best result was in "
                    f"{best.name}, with {x:.1f} per cent."
                )
                cases.append((true, _story(year, lead + s), s))
    assert len(cases) >= 12
    _check(cases, store_path)
