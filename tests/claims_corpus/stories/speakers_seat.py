"""speakers-seat-no-choice-feature: a feature (years named) on the Speaker's seat, Buckingham
(2010-2017) and Chorley (2019-2024), from PSEPH 55-59 (rejected ballots from the constituency
rows' invalid-vote column) and CBP-8647 for Buckingham before 2010."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import Seat, general, hist_seat, hist_seat_at, pseph_name

NAME = "speakers-seat-no-choice-feature"
CBP = "CBP-8647"


def _most_invalid(year: int) -> list[Seat]:
    return sorted(general(year).values(), key=lambda s: -s.invalid)


def _top_invalid(year: int) -> str:
    return ", ".join(f"{s.name} {s.invalid:,}" for s in _most_invalid(year)[:3])


@story(NAME)
def key(k: Key) -> None:
    lab = [h.election for h in hist_seat("Buckingham") if h.winner == "lab"]
    k.claim(
        "Labour, which last won Buckingham in 1966, held it twice in the 1960s",
        lab and lab[-1] == "1966" and [e for e in lab if e.startswith("196")] == ["1964", "1966"],
        f"{CBP} Buckingham: Labour wins {', '.join(lab)}.",
    )
    b5 = hist_seat_at("Buckingham", "2005")
    k.claim(
        "John Bercow was winning it for the Conservatives with 57.4 per cent of the vote",
        b5.winner == "con" and round(100 * b5.votes["con"] / b5.total, 1) == 57.4,
        f"{CBP} Buckingham 2005: {b5.votes}; con {pct(b5.votes['con'] / b5.total)}.",
    )
    b10 = general(2010)["Buckingham"]
    k.claim(
        "Bercow won 22,860 votes, 47.3 per cent, against ten challengers",
        b10.votes("Spk") == 22860 and round(100 * b10.share("Spk"), 1) == 47.3
        and len(b10.cands) == 11,
        f"{pseph_name(2010)} {b10.line()}; {len(b10.cands)} candidates.",
    )  # fmt: skip
    k.claim("a former Conservative MEP", None, "a career; not in the files")
    k.claim(
        "was second with 10,331",
        b10.ranked()[1].surname == "Stevens" and b10.ranked()[1].votes == 10331,
        f"{pseph_name(2010)} {b10.line()}",
    )
    k.claim(
        "was injured in a plane crash on polling day",
        None,
        "an event; not in the files",
    )
    fa = next(c for c in b10.cands if c.surname == "Farage")
    k.claim(
        "finished third with 8,410",
        b10.place("Farage") == 3 and fa.votes == 8410,
        f"{pseph_name(2010)} Buckingham: Farage third with {fa.votes:,} (not 8,410).",
    )
    k.claim(
        "Bercow's majority was 12,529",
        b10.majority == 12529,
        f"{pseph_name(2010)} {b10.line()}",
    )
    k.claim(
        "More ballots were spoilt in Buckingham, 1,067, than in any other seat in the country",
        b10.invalid == 1067 and _most_invalid(2010)[0].name == "Buckingham",
        f"{pseph_name(2010)} most rejected ballots: {_top_invalid(2010)}.",
    )
    b15 = general(2015)["Buckingham"]
    k.claim(
        "In 2015 Bercow took 34,617 votes, almost two thirds of the total",
        b15.votes("Spk") == 34617 and 0.63 <= b15.share("Spk") < 2 / 3,
        f"{pseph_name(2015)} {b15.line()}; Speaker {pct(b15.share('Spk'))}.",
    )
    r15 = b15.ranked()
    k.claim(
        "with UKIP's Dave Fowler second on 11,675 and the Greens third",
        r15[1].party == "UKIP" and r15[1].votes == 11675 and r15[2].party == "Green",
        f"{pseph_name(2015)} {b15.line()}",
    )
    k.claim(
        "The 1,289 spoilt ballot papers were the most in the country",
        b15.invalid == 1289 and _most_invalid(2015)[0].name == "Buckingham",
        f"{pseph_name(2015)} most rejected ballots: {_top_invalid(2015)}.",
    )
    k.claim(
        "turnout was 71 per cent",
        "depends",
        f"{pseph_name(2015)} Buckingham: valid {b15.valid:,} / electorate {b15.electorate:,} = "
        f"{pct(b15.turnout)}; with the {b15.invalid:,} rejected ballots "
        f"{pct((b15.valid + b15.invalid) / b15.electorate)}.",
    )
    b17 = general(2017)["Buckingham"]
    k.claim(
        "In 2017 he won 65 per cent of the vote and a majority of more than 25,000, with UKIP "
        "second",
        round(100 * b17.share("Spk")) == 65 and b17.majority > 25000 and b17.second == "UKIP",
        f"{pseph_name(2017)} {b17.line()}; Speaker {pct(b17.share('Spk'))} (the Greens second, "
        "UKIP fourth).",
    )
    nxt = _most_invalid(2017)[1]
    k.claim(
        "The 1,967 rejected ballots were six times as many as in any other seat",
        b17.invalid == 1967 and _most_invalid(2017)[0].name == "Buckingham"
        and round(b17.invalid / nxt.invalid) == 6,
        f"{pseph_name(2017)} most rejected ballots: {_top_invalid(2017)} "
        f"({b17.invalid / nxt.invalid:.2f} times the next).",
    )  # fmt: skip
    c17 = general(2017)["Chorley"]
    k.claim(
        "Chorley had been a Labour seat, held by Hoyle with a majority of 7,512 in 2017",
        c17.first == "Lab" and c17.majority == 7512 and c17.winner_name.endswith("Hoyle"),
        f"{pseph_name(2017)} {c17.line()}",
    )
    c19 = general(2019)["Chorley"]
    k.claim(
        "In 2019 he won 26,831 votes, 67.3 per cent, against an independent and a Green",
        c19.votes("Spk") == 26831 and round(100 * c19.share("Spk"), 1) == 67.3
        and sorted(c.party for c in c19.cands) == ["Green", "Ind", "Spk"],
        f"{pseph_name(2019)} {c19.line()}",
    )  # fmt: skip
    k.claim(
        "no seat had more rejected ballots, 1,303",
        c19.invalid == 1303 and _most_invalid(2019)[0].name == "Chorley",
        f"{pseph_name(2019)} most rejected ballots: {_top_invalid(2019)}.",
    )
    eng = sorted(
        (s for s in general(2019).values() if s.country == "England"), key=lambda s: s.turnout
    )
    k.claim(
        "Chorley's turnout of 51.7 per cent was the lowest in England",
        round(100 * c19.turnout, 1) == 51.7 and eng[0].name == "Chorley",
        f"{pseph_name(2019)} lowest turnouts in England: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in eng[:3])
        + ".",
    )
    g24 = general(2024)
    c24 = g24["Chorley"]
    best = sorted(g24.values(), key=lambda s: -s.share(s.first))
    k.claim(
        "In 2024 Hoyle took 74.3 per cent, the highest share of any winning candidate in the UK",
        round(100 * c24.share("Spk"), 1) == 74.3 and best[0].name == "Chorley",
        f"{pseph_name(2024)} highest winning shares: "
        + ", ".join(f"{s.name} {pct(s.share(s.first))}" for s in best[:3])
        + ".",
    )
    k.claim(
        "a majority of 20,575, with the Greens second",
        c24.majority == 20575 and c24.second == "Green",
        f"{pseph_name(2024)} {c24.line()}",
    )
    k.claim(
        "Turnout fell to 45.4 per cent",
        round(100 * c24.turnout, 1) == 45.4 and c24.turnout < c19.turnout,
        f"Chorley valid / electorate: {pct(c19.turnout)} in 2019, {pct(c24.turnout)} in 2024.",
    )
    k.claim(
        "Chorley again had the most rejected ballots, 1,198",
        c24.invalid == 1198 and _most_invalid(2024)[0].name == "Chorley",
        f"{pseph_name(2024)} most rejected ballots: {_top_invalid(2024)}.",
    )
    k.claim(
        "the Speaker should sit for a notional seat",
        None,
        "a reform proposal; not in the files",
    )
