"""Round 10b (COUNTS): counts of seats over or under a threshold said as the subject, and
second parts of a compound claim. Every value comes from the raw PSEPH files through
``tests/claims_corpus/_raw.py`` (never psephos code); the sentences are invented.

- "In AREA, N PARTY majorities topped T", "N seats had a turnout above T per cent", "N
  PARTY MPs won by fewer than T votes", "In N seats PARTY took more than T per cent of the
  vote": the number of seats in the area meeting the bound. A true count is never
  contradicted; its false twin (the count two off) is caught; at an election before 2010
  (no seat-by-seat results in the store) the count is never called false.
- "PARTY won N seats, a net gain of K" / "a net loss of K": the change after a seat total
  is its own claim against the election before; with the total true and the change false
  the sentence is caught, not supported on its first part. An election the store does not
  have (1910) is never called false.
- "PARTY won N seats, K of them in AREA" / "all of them in AREA" / "none of them in AREA":
  the party's seats in the area, its own claim after the (true) UK total.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.claims_corpus._raw import Seat, general, seats_won
from tests.test_claims_round7b_b import _check, _story, _verdicts
from tests.test_claims_sweep import PARTY
from tests.test_claims_sweep_wide import AREA

YEARS = (2015, 2017, 2019)
#: regions and nations (the store's spelling: the raw file's) with their words in a story
AREAS = {k: v for k, v in AREA.items() if k != "UK"}
NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
          9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}  # fmt: skip


def _n(k: int) -> str:
    return _WORDS.get(k, f"{k:,}")


def _seats(year: int, area: str) -> list[Seat]:
    return [s for s in general(year).values() if area in (s.region, s.country)]


def _cases(
    pick: Callable[[Seat], bool], say: Callable[[str, str], str], years: tuple[int, ...] = YEARS
) -> list[tuple[bool, str, str]]:
    """For each election and area: the true count (where it is at least two) said by
    ``say(area words, count words)``, and the count two higher (false)."""
    cases = []
    for year in years:
        for area, words in AREAS.items():
            seats = _seats(year, area)
            if not seats:
                continue
            k = sum(1 for s in seats if pick(s))
            if k < 2:
                continue
            for n, true in ((k, True), (k + 2, False)):
                sentence = say(words, _n(n))
                cases.append((true, _story(year, sentence), sentence))
    return cases


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def test_count_of_party_majorities_topped(store_path: Any) -> None:
    """ "In Wales, nine Labour majorities topped 10,000": seats the party won by more."""
    for party, bound in (("Con", 20_000), ("Lab", 10_000)):
        adj = PARTY[party][1]
        cases = _cases(
            lambda s, p=party, b=bound: s.first == p and s.majority > b,
            lambda a, n, adj=adj, b=bound: f"In {a}, {n} {adj} majorities topped {b:,}.",
        )
        assert sum(not t for t, _, _ in cases) >= 8
        _check(cases, store_path)


def test_count_of_majorities_under(store_path: Any) -> None:
    """ "In the North West, six majorities were under 2,000": any party's seats."""
    cases = _cases(
        lambda s: s.majority < 2_000,
        lambda a, n: f"In {a}, {n} majorities were under 2,000.",
    )
    assert sum(not t for t, _, _ in cases) >= 8
    _check(cases, store_path)


def test_count_of_mps_won_by(store_path: Any) -> None:
    """ "In London, four Labour MPs won by fewer than 5,000 votes"."""
    cases = _cases(
        lambda s: s.first == "Lab" and s.majority < 5_000,
        lambda a, n: f"In {a}, {n} Labour MPs won by fewer than 5,000 votes.",
    )
    assert sum(not t for t, _, _ in cases) >= 8
    _check(cases, store_path)


def test_count_said_after_in_n_seats(store_path: Any) -> None:
    """ "In Wales, in 13 seats the majority was under 5,000", "..., in 20 seats turnout was
    above 65 per cent", "nine Labour MPs had majorities of more than 5,000"."""
    for pick, say in (
        (
            lambda s: s.majority < 5_000,
            lambda a, n: f"In {a}, in {n} seats the majority was under 5,000.",
        ),
        (
            lambda s: s.turnout > 0.65,
            lambda a, n: f"In {a}, in {n} seats turnout was above 65 per cent.",
        ),
        (
            lambda s: s.first == "Lab" and s.majority > 5_000,
            lambda a, n: f"In {a}, {n} Labour MPs had majorities of more than 5,000.",
        ),
    ):
        cases = _cases(pick, say)
        assert sum(not t for t, _, _ in cases) >= 8
        _check(cases, store_path)


def test_count_of_turnouts_above(store_path: Any) -> None:
    """ "In the South East, 30 seats had a turnout above 70 per cent" (valid votes over the
    electorate, the store's turnout)."""
    cases = _cases(
        lambda s: s.turnout > 0.70,
        lambda a, n: f"In {a}, {n} seats had a turnout above 70 per cent.",
    )
    assert sum(not t for t, _, _ in cases) >= 8
    _check(cases, store_path)


def test_count_of_party_shares_above(store_path: Any) -> None:
    """ "In Scotland, in 12 seats the Liberal Democrats took more than a fifth of the
    vote"; the party's share over the seat's valid votes."""
    for party, frac, words in (("LD", 0.2, "a fifth"), ("Con", 0.5, "half")):
        name = PARTY[party][0]
        cases = _cases(
            lambda s, p=party, f=frac: s.share(p) > f,
            lambda a, n, name=name, w=words: (
                f"In {a}, in {n} seats {name} took more than {w} of the vote."
            ),
        )
        assert sum(not t for t, _, _ in cases) >= 8
        _check(cases, store_path)


def test_count_before_seat_results_is_not_called_false(store_path: Any) -> None:
    """At 1997 or 1983 the store has no seat-by-seat results: the count is left uncertain,
    whatever the number."""
    for year in (1983, 1997, 2001):
        for sentence in (
            "In Scotland, twelve Labour majorities topped 10,000.",
            "In Wales, three seats had a turnout above 80 per cent.",
            "Five Conservative MPs won by fewer than 100 votes.",
        ):
            v = _verdicts(_story(year, sentence), sentence, store_path)
            assert "contradicted" not in v and "supported" not in v, (year, sentence, v)


@settings(max_examples=12, deadline=None)
@given(
    year=st.sampled_from(YEARS),
    area=st.sampled_from(sorted(AREAS)),
    bound=st.sampled_from((1_000, 5_000, 10_000, 15_000, 25_000)),
    off=st.integers(min_value=-3, max_value=3),
)
def test_count_of_majorities_any_bound(
    store_path: Any, year: int, area: str, bound: int, off: int
) -> None:
    """Any area, bound and count: the count is called false only when it is not the
    number of the area's seats with a bigger majority, and never when it is."""
    k = sum(1 for s in _seats(year, area) if s.majority > bound)
    n = k + off
    if n < 0:
        return
    sentence = f"In {AREAS[area]}, {_n(n)} majorities topped {bound:,}."
    v = _verdicts(_story(year, sentence), sentence, store_path)
    if off == 0:
        assert "contradicted" not in v, (sentence, v)
    else:
        assert "supported" not in v, (sentence, v)


# --- the second part: "won N seats, a net gain of K" -----------------------------------------

#: (election, the general election before it on the same boundaries)
PAIRS = ((2015, 2010), (2017, 2015), (2019, 2017))


def _won(year: int, area: str) -> Any:
    if area in NATIONS:
        return seats_won(year, country=area)
    return seats_won(year, region=area)


def _gain_cases() -> list[tuple[bool, str, str]]:
    """Each party whose seat total in an area moved: the true total with the true change
    (said as a gain or a loss), and with the change two off (false)."""
    cases = []
    for year, before in PAIRS:
        for area, words in AREAS.items():
            now, then = _won(year, area), _won(before, area)
            for party in ("Con", "Lab", "LD", "SNP"):
                k = now[party] - then[party]
                if k == 0 or now[party] == 0 or party not in PARTY:
                    continue
                word = "gain" if k > 0 else "loss"
                name = PARTY[party][0]
                for said, true in ((abs(k), True), (abs(k) + 2, False)):
                    sentence = (
                        f"In {words}, {name} won {_n(now[party])} seats, a net {word} of "
                        f"{_n(said)}."
                    )
                    cases.append((true, _story(year, sentence), sentence))
    return cases


def test_seat_total_then_net_gain(store_path: Any) -> None:
    """The total is true in every case: a false change must be caught on its own."""
    cases = _gain_cases()
    assert sum(not t for t, _, _ in cases) >= 20
    _check(cases, store_path)


def test_seat_total_then_gain_without_net(store_path: Any) -> None:
    """ "won N of the M seats, a gain of K" (no "net"): the same change."""
    cases = []
    for year, before in PAIRS:
        for area, words in (("Wales", "Wales"), ("Scotland", "Scotland"), ("London", "London")):
            now, then = _won(year, area), _won(before, area)
            total = sum(now.values())
            for party in ("Con", "Lab"):
                k = now[party] - then[party]
                if k <= 0:
                    continue
                for said, true in ((k, True), (k + 1, False)):
                    sentence = (
                        f"In {words}, {PARTY[party][0]} won {now[party]} of the {total} seats, "
                        f"a gain of {_n(said)}."
                    )
                    cases.append((true, _story(year, sentence), sentence))
    assert sum(not t for t, _, _ in cases) >= 3
    _check(cases, store_path)


def test_seat_change_out_of_data_not_called_false(store_path: Any) -> None:
    """December 1910 is before the store's elections: neither part is called false."""
    for sentence in (
        "In Wales, Labour won five seats, a net gain of two.",
        "In Scotland, the Conservatives won nine seats, a net loss of three.",
    ):
        v = _verdicts(_story(1910, sentence), sentence, store_path)
        assert "contradicted" not in v, (sentence, v)


# --- the second part: "won N seats, K of them in AREA" ---------------------------------------

_WHERE_PARTIES = ("Con", "Lab", "LD", "SNP", "PC")


def _where_cases() -> list[tuple[bool, str, str]]:
    cases = []
    for year in YEARS:
        uk = seats_won(year)
        for party in _WHERE_PARTIES:
            total, name = uk[party], PARTY[party][0]
            if total < 2:
                continue
            head = f"{_cap(name)} won {_n(total)} seats"
            for area, words in AREAS.items():
                k = _won(year, area)[party]
                if k == total:  # every seat in the one area
                    cases.append((True, f"{head}, all of them in {words}.", year))
                elif k > 0:
                    cases.append((False, f"{head}, all of them in {words}.", year))
                    cases.append((True, f"{head}, {_n(k)} of them in {words}.", year))
                    cases.append((False, f"{head}, {_n(k + 2)} of them in {words}.", year))
                    cases.append((False, f"{head}, none of them in {words}.", year))
                else:
                    cases.append((True, f"{head}, none of them in {words}.", year))
                    cases.append((False, f"{head}, two of them in {words}.", year))
    return [(t, _story(y, s), s) for t, s, y in cases]


def test_seat_total_then_where(store_path: Any) -> None:
    """The UK total is true in every case; where the seats are decides."""
    cases = _where_cases()
    assert sum(t for t, _, _ in cases) >= 30
    assert sum(not t for t, _, _ in cases) >= 60
    assert any(t and "all of them" in s for t, _, s in cases)
    _check(cases, store_path)


def test_seat_total_then_where_out_of_data(store_path: Any) -> None:
    """December 1910, before the store's elections: never called false."""
    for sentence in (
        "The Liberals won 272 seats, all of them in England.",
        "Labour won 42 seats, none of them in Wales.",
        "The Conservatives won 271 seats, 20 of them in Scotland.",
    ):
        v = _verdicts(_story(1910, sentence), sentence, store_path)
        assert "contradicted" not in v, (sentence, v)


def test_seat_total_then_where_two_parties_named(store_path: Any) -> None:
    """A sentence naming two parties before the total: the part is not tied to one of
    them (the guard may still try the other), and a true part is never called false."""
    cases = []
    for year in YEARS:
        won = seats_won(year)
        for area, words in AREAS.items():
            k = _won(year, area)["Lab"]
            if k:
                sentence = (
                    f"Labour, well behind the Conservatives, won {won['Lab']} seats, "
                    f"{_n(k)} of them in {words}."
                )
                cases.append((True, _story(year, sentence), sentence))
    assert len(cases) >= 30
    _check(cases, store_path)
