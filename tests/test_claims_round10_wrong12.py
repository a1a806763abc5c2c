"""Round 10 (WRONG12): classes of TRUE claims the twelfth held-out batch saw called false,
each tested as a class over areas, elections and parties. Every value comes from the raw
official CSVs through ``tests/claims_corpus/_raw.py`` (never psephos code); the sentences
are invented.

- "came second in N of AREA's [M] seats", "finished third in N of the M seats in AREA": a
  count of the seats where the party placed so, not a count of seats won;
- "won more than half the seats", "took two-thirds of AREA's seats": a share of the seats,
  not of the vote;
- "PARTY overtook OTHER ..., with N per cent": the share is the subject's, never the
  share of the party overtaken;
- "PARTY took SEAT back from its former MP" where the MP had left the party: on the
  official result a hold, on the other reading a gain - ``depends``, never false.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims_corpus._raw import general, hist_share, seats_won, totals
from tests.test_claims_sweep import PARTY


def _claims(text: str, sentence: str, db: Any) -> list[dict[str, Any]]:
    from psephos.claims import check_text

    a = text.index(sentence)
    b = a + len(sentence)
    claims = check_text(text, db=db).to_dict()["claims"]
    return [c for c in claims if c["start"] < b and c["end"] > a]


def _verdicts(text: str, sentence: str, db: Any) -> set[str]:
    return {c["verdict"] for c in _claims(text, sentence, db)}


# --- "came second in N of AREA's seats" -------------------------------------------------------

ORD = {2: "second"}


def _placed(year: int, country: str, party: str, place: int) -> tuple[int, int]:
    """Seats in ``country`` where ``party`` placed ``place`` (PSEPH S-CON's second-party
    column), and the country's seats."""
    seats = [s for s in general(year).values() if s.country == country]
    assert place == 2
    return sum(s.second == party for s in seats), len(seats)


#: (year, country, party, place): a count of places that is not tiny (the guard's 'another
#: quantity' doubt never applies) and where the party won fewer seats than it placed so
PLACED = (
    (2024, "Wales", "RUK", 2),
    (2024, "Wales", "Con", 2),
    (2017, "Scotland", "Lab", 2),
    (2019, "Scotland", "Con", 2),
    (2019, "Wales", "Con", 2),
    (2024, "England", "Green", 2),
)
FORMS = (
    "{p} came {o} in {n} of {c}'s {m} seats.",
    "{p} finished {o} in {n} of the {m} seats in {c}.",
    "{p} came {o} in {n} of {c}'s seats.",
)


@pytest.mark.parametrize("year,country,party,place", PLACED)
@pytest.mark.parametrize("form", FORMS)
def test_placed_in_n_of_areas_seats(
    store_path: Any, year: int, country: str, party: str, place: int, form: str
) -> None:
    n, m = _placed(year, country, party, place)
    assert n >= 4 and seats_won(year, country=country)[party] != n  # the class's premise
    name = PARTY[party][0]
    name = name[0].upper() + name[1:]
    for stated, want in ((n, {"supported"}), (n + 3, {"contradicted"})):
        s = form.format(p=name, o=ORD[place], n=stated, c=country, m=m)
        text = f"Results of the {year} general election, nation by nation.\n\n{s}"
        assert _verdicts(text, s, store_path) == want, s


@pytest.mark.parametrize(
    "sentence",
    (
        # seat-by-seat results exist from 2010: a placing count before that is not checked
        "Results of the 1997 general election.\n\nLabour came second in 13 of Wales's 40 seats.",
        # a county the checker does not know as an area
        "Results of the 2019 general election.\n\nLabour came second in four of Cornwall's six seats.",
        # a third place is not counted by the store's metrics: left uncertain, whatever N
        "Results of the 2024 general election.\n\nLabour came third in 13 of Scotland's 57 seats.",
        # "the region's" with no region named
        "Results of the 2019 general election.\n\n"
        "The Liberal Democrats came second in 9 of the region's 30 seats.",
    ),
)
def test_placed_out_of_data_not_false(store_path: Any, sentence: str) -> None:
    s = sentence.split("\n\n", 1)[1]
    assert "contradicted" not in _verdicts(sentence, s, store_path)


# --- a share of the seats, not of the vote ----------------------------------------------------


def _seat_share(year: int, country: str, party: str) -> tuple[float, int]:
    """The party's seats over the country's seats (PSEPH S-CON's first-party column)."""
    total = sum(1 for s in general(year).values() if s.country == country)
    return seats_won(year, country=country)[party] / total, total


#: (year, country, party): a seat share not near the stated bounds, and on the other side of
#: one half from the party's vote share where the class bites (2019 Wales: 55% of the seats
#: on 41% of the vote; 2017 Scotland: 59% on 37%); within a factor of two of the stated
#: figure (further off, the guard's 'another quantity' doubt holds a share back)
SEAT_SHARES = (
    (2019, "Wales", "Lab"),
    (2017, "Scotland", "SNP"),
    (2010, "England", "Con"),
    (2024, "Scotland", "Lab"),
    (2019, "Wales", "Con"),
    (2017, "England", "Lab"),
    (2015, "England", "Lab"),
)
SEAT_FORMS = (
    "{p} won {q} half the seats in {c}.",
    "{p} took {q} half of {c}'s {m} seats.",
    "In {c}, {p} won {q} half of the seats.",
)


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


@pytest.mark.parametrize("year,country,party", SEAT_SHARES)
@pytest.mark.parametrize("form", SEAT_FORMS)
def test_half_the_seats(store_path: Any, year: int, country: str, party: str, form: str) -> None:
    share, total = _seat_share(year, country, party)
    assert abs(share - 0.5) > 0.04  # the class's premise: not a near miss
    for q, true in (("more than", share > 0.5), ("less than", share < 0.5)):
        s = form.format(p=PARTY[party][0], q=q, c=country, m=total)
        s = _cap(s)
        text = f"Results of the {year} general election, nation by nation.\n\n{s}"
        want = {"supported"} if true else {"contradicted"}
        assert _verdicts(text, s, store_path) == want, (s, share)


@pytest.mark.parametrize("year,country,party", SEAT_SHARES)
def test_per_cent_of_the_seats(store_path: Any, year: int, country: str, party: str) -> None:
    share, _ = _seat_share(year, country, party)
    pct = round(share * 100)
    for stated, want in ((pct, {"supported"}), (pct - 12, {"contradicted"})):
        s = _cap(f"{PARTY[party][0]} won about {stated} per cent of the seats in {country}.")
        text = f"Results of the {year} general election, nation by nation.\n\n{s}"
        assert _verdicts(text, s, store_path) == want, (s, share)


@pytest.mark.parametrize(
    "sentence",
    (
        # a county the checker does not know as an area: never read as the UK
        "Results of the 2019 general election.\n\n"
        "The Liberal Democrats won more than half the seats in Cornwall.",
        "Results of the 2015 general election.\n\nLabour won less than half the seats in Kent.",
        # "the vote in N seats" is a share of the vote, not of the seats
        "Results of the 2019 general election.\n\nLabour won more than half the vote in 40 seats.",
    ),
)
def test_seat_share_out_of_data_not_false(store_path: Any, sentence: str) -> None:
    s = sentence.split("\n\n", 1)[1]
    assert "contradicted" not in _verdicts(sentence, s, store_path)


# --- the party overtaken ----------------------------------------------------------------------


def _vote_share(year: int, country: str, party: str) -> float:
    """The party's share of the valid vote in the country, in per cent to one decimal
    (PSEPH candidacies summed over the country's seats)."""
    t = totals(year, country=country)
    return round(100 * t[party] / t["_valid"], 1)


#: (year, country, subject, object): the subject passed the object in votes in the country
OVERTOOK = (
    (2017, "Scotland", "Con", "Lab"),
    (2015, "Wales", "UKIP", "PC"),
    (2024, "Scotland", "Lab", "SNP"),
    (2015, "England", "UKIP", "LD"),
    (2024, "Wales", "Con", "RUK"),
)
PASSING_FORMS = (
    "{s} overtook {o} to come second in {c}, with {v} per cent.",
    "{s} pushed {o} into third place in {c}, with {v} per cent.",
    "{s} finished ahead of {o} in {c} with {v} per cent.",
    "{s} beat {o} in {c}, with {v} per cent.",
)


def _share_claims(text: str, sentence: str, db: Any) -> set[str]:
    return {c["verdict"] for c in _claims(text, sentence, db) if "per cent" in c["text"]}


@pytest.mark.parametrize("year,country,subject,obj", OVERTOOK)
@pytest.mark.parametrize("form", PASSING_FORMS)
def test_share_of_the_party_that_passed(
    store_path: Any, year: int, country: str, subject: str, obj: str, form: str
) -> None:
    mine, theirs = _vote_share(year, country, subject), _vote_share(year, country, obj)
    assert mine > theirs and abs(mine - theirs) >= 1.0  # the class's premise
    # the subject's figure is true; a figure neither party had is false; the object's own
    # figure is never supported as the subject's (the guard may hold it back as another
    # reading of the sentence: not false either way)
    for v, want in (
        (mine, {"supported"}),
        (round(mine + 4.0, 1), {"contradicted"}),
        (theirs, {"contradicted", "uncertain"}),
    ):
        s = _cap(form.format(s=PARTY[subject][0], o=PARTY[obj][0], c=country, v=v))
        text = f"Results of the {year} general election, nation by nation.\n\n{s}"
        got = _share_claims(text, s, store_path)
        assert got and got <= want, (s, got)


@pytest.mark.parametrize("year,country,subject,obj", OVERTOOK)
def test_passed_party_given_its_own_figure(
    store_path: Any, year: int, country: str, subject: str, obj: str
) -> None:
    """ "... overtook OTHER, which took N per cent": the relative clause's figure is the
    object's own."""
    theirs = _vote_share(year, country, obj)
    s = _cap(
        f"In {country}, {PARTY[subject][0]} overtook {PARTY[obj][0]}, which took {theirs} per cent."
    )
    text = f"Results of the {year} general election, nation by nation.\n\n{s}"
    assert _share_claims(text, s, store_path) == {"supported"}, s


@pytest.mark.parametrize("year,country,subject,obj", OVERTOOK)
def test_figure_next_to_the_passed_party(
    store_path: Any, year: int, country: str, subject: str, obj: str
) -> None:
    """ "finished ahead of OTHER on N per cent": a figure right after the object is the
    object's; "overtook OTHER with N per cent" may be either's: never false."""
    mine, theirs = _vote_share(year, country, subject), _vote_share(year, country, obj)
    s = _cap(
        f"In {country}, {PARTY[subject][0]} finished ahead of {PARTY[obj][0]} on {theirs} per cent."
    )
    text = f"Results of the {year} general election, nation by nation.\n\n{s}"
    assert _share_claims(text, s, store_path) == {"supported"}, s
    for v in (mine, theirs):
        s = _cap(f"In {country}, {PARTY[subject][0]} overtook {PARTY[obj][0]} with {v} per cent.")
        text = f"Results of the {year} general election, nation by nation.\n\n{s}"
        assert "contradicted" not in _share_claims(text, s, store_path), s


@pytest.mark.parametrize("v", ("22.6", "17.7", "30.0"))
def test_passer_named_through_its_leader(store_path: Any, v: str) -> None:
    """The party that passed is named through its leader ("Charles Kennedy's party", the
    Liberal Democrats since round 10's FOUND): the figure is the passer's, never the share
    of the party passed. CBP-8647 2005, Scotland: lib 22.6 %, natSW (SNP) 17.7 %."""
    lib = f"{100 * hist_share('2005', 'lib', 'Scotland'):.1f}"
    snp = f"{100 * hist_share('2005', 'natSW', 'Scotland'):.1f}"
    assert (lib, snp) == ("22.6", "17.7")
    s = f"Charles Kennedy's party overtook the SNP to come second in Scotland, with {v} per cent."
    text = f"Results of the 2005 general election in Scotland.\n\n{s}"
    got = _share_claims(text, s, store_path)
    if v == lib:
        assert "contradicted" not in got and "supported" in got, got
    else:
        assert "supported" not in got, got  # the SNP's 17.7 is not read for the SNP


# --- a seat won back from its defecting MP ----------------------------------------------------


def _defections() -> list[tuple[int, str, str, str, str]]:
    """(year, seat, party, MP, MP's new party): the party held the seat (PSEPH S-CON
    'hold') against the MP it had elected there at the previous election (the previous
    winner's name), who stood as the sitting MP for another party (S-CAND sitting flag)."""
    out = []
    for year, prev in ((2019, 2017), (2017, 2015)):
        before = general(prev)
        for name, s in general(year).items():
            if name not in before or before[name].first != s.first:
                continue
            moved = [c for c in s.cands if c.sitting and c.party != s.first]
            if len(moved) == 1 and before[name].winner_name.strip() == moved[0].name:
                out.append((year, name, s.first, moved[0].name, moved[0].party))
    return out


DEFECTIONS = _defections()[:6]


def test_defections_found() -> None:
    assert len(DEFECTIONS) >= 4  # Totnes, Broxtowe, Eddisbury ... in 2019 (PSEPH 57-58)


@pytest.mark.parametrize("year,seat,party,mp,new", DEFECTIONS)
def test_won_back_from_defector(
    store_path: Any, year: int, seat: str, party: str, mp: str, new: str
) -> None:
    name = _cap(PARTY[party][0])
    head = f"Results of the {year} general election, seat by seat.\n\n"
    for s, want in (
        # officially a hold, a gain from the MP sitting at dissolution: depends
        (f"{name} took {seat} back from {mp}.", {"depends"}),
        (f"{name} won back {seat} from its former MP.", {"depends"}),
        # a hold on either reading
        (f"{name} held {seat}.", {"supported"}),
    ):
        assert _verdicts(head + s, s, store_path) == want, s
    # the MP's new party did not gain it on any reading
    if new in PARTY:
        s = f"{_cap(PARTY[new][0])} gained {seat}."
        assert _verdicts(head + s, s, store_path) == {"contradicted"}, s


def test_won_back_out_of_data(store_path: Any) -> None:
    """A seat the store does not hold at that election is never called false."""
    s = "Labour took Glasgow Shettleston back from its former MP."
    text = f"Results of the 2019 general election.\n\n{s}"
    assert "contradicted" not in _verdicts(text, s, store_path)
