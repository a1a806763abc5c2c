"""Round 9 (WRONG11): classes of TRUE claims the eleventh held-out batch saw called false
(:mod:`psephos.claims.round9_wrong11`), each tested as a class over areas, elections and
parties. Every value comes from the raw official CSVs through ``tests/claims_corpus/_raw.py``
(never psephos code); the sentences are invented.

- ratio words: "more than halved" (a ratio below one half), "halved", "nearly halved",
  "doubled", "more than doubled", "nearly trebled", "more than trebled" of a party's share
  in a region or nation between two general elections, and of a party's share in a seat;
- an area's turnout with a seat named after it in another clause ("..., with SEAT the
  highest at N per cent", "...; SEAT had the lowest");
- a winner's share (and superlative) in the clause or sentence that names its own seat or
  winner, after another seat was named;
- passports held (none, UK, EU, Irish, African, Middle East or Asian) as census shares that
  rank seats, and the figure after them the group's share, not a vote share;
- population density ("the most densely populated", "the most crowded", "the lowest
  population density") ranking the seats of England and of Wales.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims_corpus._raw import census_summary, general, totals
from tests.test_claims_round8b_a import _result_2024
from tests.test_claims_sweep import PARTY

PAIRS = ((2010, 2015), (2015, 2017), (2017, 2019))
AREAS = (
    ("region", "North East", "the North East"),
    ("region", "North West", "the North West"),
    ("region", "Yorkshire and The Humber", "Yorkshire"),
    ("region", "East Midlands", "the East Midlands"),
    ("region", "West Midlands", "the West Midlands"),
    ("region", "East of England", "the East of England"),
    ("region", "London", "London"),
    ("region", "South East", "the South East"),
    ("region", "South West", "the South West"),
    ("country", "Wales", "Wales"),
    ("country", "Scotland", "Scotland"),
)


def _claims(text: str, sentence: str, db: Any) -> list[dict[str, Any]]:
    from psephos.claims import check_text

    a = text.index(sentence)
    b = a + len(sentence)
    claims = check_text(text, db=db).to_dict()["claims"]
    return [c for c in claims if c["start"] < b and c["end"] > a]


def _verdicts(text: str, sentence: str, db: Any) -> set[str]:
    return {c["verdict"] for c in _claims(text, sentence, db)}


# --- ratio words ------------------------------------------------------------------------------


def _share(year: int, level: str, area: str, party: str) -> float:
    """The party's share of the valid vote in the area (PSEPH 55-58 candidacies summed)."""
    t = totals(year, **{level: area})
    return t[party] / t["_valid"]


#: (word, factor, comparator): how copy says a ratio
WORDS = (
    ("more than halved", 0.5, "lt"),
    ("nearly halved", 0.5, "nearly"),
    ("halved", 0.5, "eq"),
    ("doubled", 2.0, "eq"),
    ("nearly doubled", 2.0, "nearly"),
    ("more than doubled", 2.0, "gt"),
    ("nearly trebled", 3.0, "nearly"),
    ("more than trebled", 3.0, "gt"),
)


def _truth(r: float, k: float, cmp: str) -> bool | None:
    """Is a ratio ``r`` said rightly as the word (``k``, ``cmp``)? True, False, or None
    where copy's rounding makes it unclear (kept out of the sweep). Hand rules: "more than"
    strict beyond the factor (below it for a fall); a plain word within 10 per cent of the
    factor (false beyond 25 per cent); "nearly" from 90 per cent of the way to the factor
    up to it (false when short by more than 25 per cent or past it by more than 10)."""
    frac = r / k if k >= 1 else k / r  # 1: reached the factor; below 1: short of it
    if cmp == "gt":
        return r > k * 1.02 if abs(r / k - 1) > 0.02 else None
    if cmp == "lt":
        return r < k / 1.02 if abs(r / k - 1) > 0.02 else None
    if cmp == "nearly":
        if 0.92 <= frac <= 0.99:
            return True
        return False if (frac < 0.7 or frac > 1.15) else None
    d = max(frac, 1 / frac)
    return True if d <= 1.08 else False if d >= 1.3 else None


def _ratio_cases() -> list[tuple[int, int, str, str, str, str, float, bool]]:
    out = []
    for before, now in PAIRS:
        for level, area, said in AREAS:
            for party in ("Con", "Lab", "LD", "UKIP", "Green"):
                a, b = _share(now, level, area, party), _share(before, level, area, party)
                if a < 0.005 or b < 0.005:
                    continue
                r = a / b
                for word, k, cmp in WORDS:
                    truth = _truth(r, k, cmp)
                    if truth is not None:
                        out.append((before, now, level, said, party, word, r, truth))
    return out


RATIO_CASES = _ratio_cases()


def test_the_ratio_sweep_has_true_and_false_cases() -> None:
    true = [c for c in RATIO_CASES if c[-1]]
    words = {c[5] for c in true}
    assert len(true) >= 30 and len(RATIO_CASES) - len(true) >= 100
    assert {"more than halved", "more than doubled", "halved", "doubled"} <= words


@pytest.mark.parametrize(
    ("before", "now", "level", "said", "party", "word", "r", "truth"),
    [c for c in RATIO_CASES if c[-1]] + [c for c in RATIO_CASES if not c[-1]][::6],
)
def test_ratio_words_over_areas_and_elections(
    store_path: Any, before: int, now: int, level: str, said: str, party: str, word: str, r: float,
    truth: bool,
) -> None:  # fmt: skip
    """ "In the North East the Greens more than halved their share of the vote" (2017 on
    2015): true when the party's share now over its share at the election before is below
    one half (0.43 is true, not false); the other ratio words by the rules of
    :func:`_truth`. True variants are never called false; false ones are caught."""
    name = PARTY[party][0]
    sentence = f"In {said} {name} {word} their share of the vote."
    text = f"Results of the {now} general election, region by region.\n\n{sentence}"
    got = _verdicts(text, sentence, store_path)
    if truth:
        assert "contradicted" not in got, (sentence, now, r, got)
    else:
        assert got == {"contradicted"}, (sentence, now, r, got)


# --- an area's figure with a seat named after it, in another clause --------------------------

REGIONS = [a for a in AREAS if a[0] == "region"]


def _turnout(seats: list[Any]) -> float:
    """Valid votes over electorate, in per cent (the checker's turnout: README, 'turnout')."""
    return 100 * sum(s.valid for s in seats) / sum(s.electorate for s in seats)


def _clear(x: float) -> bool:
    """Not within 0.01 of a rounding edge at one decimal (a hand rule for sweep figures)."""
    return abs((x * 10) % 1 - 0.5) > 0.1


def _later_seat_cases() -> list[tuple[int, str, str, str, str, bool]]:
    """(year, region as said, story sentence, the sentence tested, kind, true) for every
    English region at 2010-2019: the region's turnout (PSEPH 55-58, valid / electorate)
    with its highest- or lowest-turnout seat named after it, and the same with the figure
    2.3 points off (false)."""
    out = []
    for year in (2010, 2015, 2017, 2019):
        seats = list(general(year).values())
        for _, region, said in REGIONS:
            here = [s for s in seats if s.region == region]
            t = _turnout(here)
            ranked = sorted(here, key=lambda s: _turnout([s]))
            low, high = ranked[0], ranked[-1]
            for off, true in ((0.0, True), (2.3, False)):
                v = t + off
                if not _clear(v):
                    continue
                out += [
                    (year, said, f"Turnout across the region was {v:.1f} per cent, with "
                     f"{high.name} the highest at {_turnout([high]):.1f} per cent.", "with", true),
                    (year, said, f"Turnout in the region was {v:.1f} per cent; {low.name} had "
                     f"the lowest, {_turnout([low]):.1f} per cent.", "semicolon", true),
                ]  # fmt: skip
                out[-2:] = [(y, s, txt, k, true) for y, s, txt, k, _ in out[-2:]]
    return out


LATER = _later_seat_cases()


@pytest.mark.parametrize(("year", "said", "sentence", "kind", "true"), LATER)
def test_an_area_figure_is_not_the_seat_named_after_it(
    store_path: Any, year: int, said: str, sentence: str, kind: str, true: bool
) -> None:
    """ "Turnout across the region was 63.2 per cent, with Sheffield, Hallam the highest at
    74.3 per cent": the region's turnout, not the seat's (true never called false; 2.3
    points off the region's still caught)."""
    head = f"How {said} voted at the {year} general election.\n\n"
    text = f"{head}In {said} the results came in overnight. {sentence}"
    claims = _claims(text, sentence, store_path)
    first = [c for c in claims if c["text"].startswith("Turnout")]
    assert first, (sentence, claims)
    got = {c["verdict"] for c in first}
    if true:
        assert got == {"supported"}, (sentence, [c["explanation"] for c in first])
    else:
        assert got == {"contradicted"}, (sentence, [c["explanation"] for c in first])


# --- a winner's share in the clause that names its own seat ----------------------------------


def _clause_cases() -> list[tuple[int, str, str, bool]]:
    """(year, region as said, sentence, true) for every English region at 2015-2019: the
    seat with the region's largest majority and, in the next clause (or the next sentence,
    by its winner's name alone), the seat where the winner's share was highest (PSEPH
    56-58: votes / valid), when the two differ; the share 3.1 points off is false."""
    out = []
    for year in (2015, 2017, 2019):
        seats = list(general(year).values())
        for _, region, said in REGIONS:
            here = [s for s in seats if s.region == region]
            big = max(here, key=lambda s: s.majority)
            best = max(here, key=lambda s: max(c.votes for c in s.cands) / s.valid)
            if big.name == best.name or "," in big.name + best.name:
                continue
            share = 100 * max(c.votes for c in best.cands) / best.valid
            party = PARTY.get(best.first, (best.first,))[0]
            for off, true in ((0.0, True), (3.1, False)):
                if _clear(share + off):
                    out.append(
                        (
                            year,
                            said,
                            f"{big.name}'s {big.winner_name} had the largest "
                            f"majority in the region, {big.majority:,}, and {best.name}'s "
                            f"{best.winner_name} gave {party} its highest share, "
                            f"{share + off:.1f} per cent.",
                            true,
                        )
                    )
                    # the seat in the sentence before, the winner in this one
                    out.append((year, said, f"{big.winner_name} held {big.name} by "
                                f"{big.majority:,}. {best.winner_name} gave {party} its "
                                f"highest share in the region, {share + off:.1f} per cent.",
                                true))  # fmt: skip
    return out


@pytest.mark.parametrize(("year", "said", "sentence", "true"), _clause_cases())
def test_a_share_is_the_seat_its_own_clause_names(
    store_path: Any, year: int, said: str, sentence: str, true: bool
) -> None:
    """ "North Tyneside's Mary Glindon had the largest majority in the region, 19,284, and
    Newcastle East's Nick Brown gave Labour its highest share, 67.6 per cent"; "Mary
    Glindon held North Tyneside by 19,284. Nicholas Brown gave Labour its highest share in
    the region, 67.6 per cent": the share (and the superlative) is the seat of the
    clause's own subject, not the seat named before."""
    text = f"How {said} voted at the {year} general election.\n\n{sentence}"
    last = sentence.split(". ")[-1]
    shares = [c for c in _claims(text, last, store_path) if "share" in c["text"] or
              "per cent" in c["text"]]  # fmt: skip
    assert shares, sentence
    got = {c["verdict"] for c in shares if "per cent" in c["text"] or true}
    if true:
        assert "contradicted" not in got, (sentence, [c["explanation"] for c in shares])
    else:
        assert "supported" not in got, (sentence, [c["explanation"] for c in shares])


# --- passports held: named, ranked and read as the census's, never as votes ----------------

#: census summary columns (2024 seats, Census 2021 TS005 / Scotland 2022 UV205) and ways
#: copy says them after "the highest share"
PASSPORTS = {
    "c21PassportNone": ("without a passport", "with no passport"),
    "c21PassportUK": ("holding a UK passport", "with a British passport"),
    "c21PassportEU": ("holding an EU passport", "with EU passports"),
    "c21PassportIreland": ("holding an Irish passport", "with Irish passports"),
    "c21PassportAfrica": ("holding an African passport", "with a passport from Africa"),
    "c21PassportMiddleEastAndAsia": (
        "holding a passport from the Middle East or Asia",
        "with Middle Eastern or Asian passports",
    ),
}


def _census_ranked(col: str, country: str) -> list[tuple[str, float]]:
    """Seats of a country by a census summary column, highest first (the raw file)."""
    rows = [(n, float(r[col])) for n, r in census_summary().items()
            if r["Country"] == country and r[col] not in ("", "NA")]  # fmt: skip
    return sorted(rows, key=lambda x: (-x[1], x[0]))


def _passport_cases() -> list[tuple[str, str, str, str, float, bool]]:
    """(column, phrase, country, seat, figure, true): the top seat of England and of
    Wales with its share (true), and the fourth seat said to be the highest with its own
    share (false: three seats have more), for every passport column and phrasing."""
    out = []
    for col, phrases in PASSPORTS.items():
        for country in ("England", "Wales"):
            ranked = _census_ranked(col, country)
            (top, x), (fourth, y) = ranked[0], ranked[3]
            if ranked[1][1] == x or y == ranked[2][1]:
                continue  # a tie at the top or at the fourth's share: no clear case
            for phrase in phrases:
                out.append((col, phrase, country, top, x, True))
                out.append((col, phrase, country, fourth, y, False))
    return out


@pytest.mark.parametrize(("col", "phrase", "country", "seat", "pct", "true"), _passport_cases())
def test_passport_shares_are_census_measures(
    store_path: Any, col: str, phrase: str, country: str, seat: str, pct: float, true: bool
) -> None:
    """ "Rayleigh and Wickford has the highest share holding a UK passport in England,
    88.5 per cent": the census's passports-held share, ranked among the country's seats;
    the figure after it is the group's share, not a party's vote share. The fourth seat
    said to be the highest is caught."""
    s24 = general(2024).get(seat)
    held = f", held by {PARTY.get(s24.first, (s24.first,))[0]}," if s24 else ""
    sentence = f"{seat}{held} has the highest share {phrase} in {country}, {pct:.1f} per cent."
    head = "A census note on passports held in the seats of the 2024 general election."
    text = f"{head} {_result_2024(seat)}\n\n{sentence}"
    claims = _claims(text, sentence, store_path)
    assert any(c["frame"] and (c["frame"].get("metric") or "").startswith("census:Passport")
               for c in claims), (sentence, claims)  # fmt: skip
    got = {c["verdict"] for c in claims}
    if true:
        assert "contradicted" not in got and "supported" in got, (sentence, claims)
    else:
        assert "contradicted" in got, (sentence, [c["explanation"] for c in claims])


# --- population density: named and ranked like the census groups -----------------------------


def _density_cases() -> list[tuple[str, str, str, bool]]:
    """(country, seat, sentence, true): the most and least densely populated seats of England
    and of Wales (census summary file, c21PopulationDensity, people per hectare), and the
    fourth of each end said to be the end (false), in three phrasings."""
    out = []
    for country in ("England", "Wales"):
        ranked = _census_ranked("c21PopulationDensity", country)
        for top, fourth, most, least in (
            (ranked[0], ranked[3], "most", "highest"),
            (ranked[-1], ranked[-4], "least", "lowest"),
        ):
            if top[1] in (ranked[1][1], ranked[-2][1]) or fourth[1] == top[1]:
                continue  # ties at the published figure: no clear case
            for (seat, _), true in ((top, True), (fourth, False)):
                out += [
                    (country, seat, f"{seat} is the {most} densely populated seat in {country}.",
                     true),
                    (country, seat, f"{seat} has the {least} population density in {country}.",
                     true),
                    (country, seat, f"The {most} crowded seat in {country} is {seat}.", true),
                ]  # fmt: skip
    return out


@pytest.mark.parametrize(("country", "seat", "sentence", "true"), _density_cases())
def test_population_density_ranks_seats(
    store_path: Any, country: str, seat: str, sentence: str, true: bool
) -> None:
    """ "Bethnal Green and Stepney is the most densely populated seat in England": ranked
    by the census's people per hectare; the fourth seat said to be the end is caught."""
    text = f"A census note on the 2024 seats. {_result_2024(seat)}\n\n{sentence}"
    claims = _claims(text, sentence, store_path)
    dense = [c for c in claims
             if (c["frame"] or {}).get("metric") == "census:PopulationDensity"]  # fmt: skip
    assert dense, (sentence, claims)
    got = {c["verdict"] for c in dense}
    assert got == ({"supported"} if true else {"contradicted"}), (
        sentence, [c["explanation"] for c in dense])  # fmt: skip


# --- a ratio said of a seat -------------------------------------------------------------------


def _seat_share(year: int, seat: str, party: str) -> float:
    """The party's share of the seat's valid vote (PSEPH 55-58 candidacies)."""
    s = general(year)[seat]
    return sum(c.votes for c in s.cands if c.party == party) / s.valid


def _seat_ratio_cases() -> list[tuple[int, str, str, str, float, bool]]:
    """(year, seat, party, word, ratio, true): seats on the 2010 boundaries where the party
    stood at 2015 and 2010 with over 1 per cent each time; "more than doubled" true above
    2.1 times and false below 1.8, "more than halved" true below 0.45 and false above 0.6."""
    out = []
    for seat in sorted(general(2015)):
        if "," in seat or seat not in general(2010):
            continue
        for party in ("UKIP", "Green", "LD"):
            a, b = _seat_share(2015, seat, party), _seat_share(2010, seat, party)
            if a < 0.01 or b < 0.01:
                continue
            r = a / b
            for word, true in (("more than doubled", r > 2.1), ("more than halved", r < 0.45)):
                if (
                    true
                    or (word == "more than doubled" and r < 1.8)
                    or (word == "more than halved" and r > 0.6)
                ):
                    out.append((2015, seat, party, word, r, true))
    return out[::25]


@pytest.mark.parametrize(("year", "seat", "party", "word", "r", "true"), _seat_ratio_cases())
def test_a_ratio_said_of_a_seat_is_the_seats(
    store_path: Any, year: int, seat: str, party: str, word: str, r: float, true: bool
) -> None:
    """ "At the 2015 general election UKIP more than doubled their share of the vote in
    Thurrock": the party's share in the seat against 2010, not across the UK."""
    name = PARTY[party][0]
    sentence = f"{name[0].upper()}{name[1:]} {word} their share of the vote in {seat}."
    text = f"How the seats voted at the {year} general election.\n\n{sentence}"
    got = _verdicts(text, sentence, store_path)
    assert got == ({"supported"} if true else {"contradicted"}), (sentence, r, got)
