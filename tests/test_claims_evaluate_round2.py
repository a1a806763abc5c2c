"""Evaluation paths added in round 2: the Speaker counted with their former party, a
seat's holder at dissolution after a by-election, composite census groups and counts
within the top N seats. True, false and out-of-data frames for each, built by hand.

Receipts (shared/data/results/ukparliament-psephology/results-by-parliament, "PSEPH NN" =
folder NN):

* PSEPH 58 general-election/constituencies.csv: Chorley (E14000637) 'Spk gain from Lab',
  Lindsay Hoyle; First party Lab in 202 rows, Con in 365. Brecon and Radnorshire
  (W07000068) 'Con hold', Fay Jones.
* PSEPH 57 general-election/constituencies.csv: Brecon and Radnorshire 'Con hold' (Chris
  Davies); PSEPH 57 by-elections/constituencies.csv: 01/08/2019 Brecon and Radnorshire
  'LD gain from Con' (Jane Dodds).
* PSEPH 58 by-elections/constituencies.csv: 06/05/2021 Hartlepool 'Con gain from Lab';
  PSEPH 59 general-election/constituencies.csv: Hartlepool 'Lab hold' (Jonathan Brash).
* PSEPH 55 general-election/constituencies.csv: Buckingham 'Spk gain from Con' (John
  Bercow); First party Con in 306 rows.
* census21_wpc_age.csv (ONS, counts): the ten 2024 seats with the highest share aged 65+
  (Christchurch 34.6% ... South Shropshire) were won in 2024 (PSEPH 59) by Con in six
  (Christchurch, New Forest West, Bexhill and Battle, Isle of Wight East, Louth and
  Horncastle, South Shropshire), LD in three, RUK in one (Clacton).
"""

from __future__ import annotations

from typing import Any

import pytest

from psephos.analysis.members import speaker_party
from psephos.claims.evaluate import evaluate
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import Stated


def S(value: float, low: float | None = None, high: float | None = None) -> Stated:
    lo = value if low is None else low
    hi = value if high is None else high
    return Stated(f"{value:g}", value, lo, hi, "test")


def party(code: str) -> Subject:
    return Subject("party", party=code)


@pytest.fixture(scope="module")
def seat(store_path: Any) -> Any:
    from psephos.analysis.names import find_seat

    def get(name: str, boundary_set: str = "2024") -> dict[str, Any]:
        ref = find_seat(name, boundary_set=boundary_set, db=store_path)
        return {"ons_code": ref.ons_code, "name": ref.name, "boundary_set": boundary_set}

    return get


# --------------------------------------------------------------------------- the Speaker


def test_speaker_former_party(store_path: Any) -> None:
    # Hoyle stood for Lab in 2017 (PSEPH 57); Bercow's seat was 'Spk gain from Con' (PSEPH 55)
    assert speaker_party("ge2019", db=store_path)["party"] == "Lab"
    assert speaker_party("ge2024", db=store_path)["party"] == "Lab"
    assert speaker_party("ge2010", db=store_path)["party"] == "Con"
    assert speaker_party("ge2017", db=store_path)["party"] == "Con"
    assert speaker_party("by-2021-05-06-hartlepool", db=store_path) is None  # no Speaker


def test_seat_total_with_the_speaker_depends(db: Any) -> None:
    uk = Scope("uk")
    official = evaluate(db, Frame("seats", party("Lab"), uk, "ge2019", stated=S(202)))
    assert official.verdict == "supported"  # the official count: 202
    counted = evaluate(db, Frame("seats", party("Lab"), uk, "ge2019", stated=S(203)))
    assert counted.verdict == "depends" and "Speaker" in counted.explanation
    assert {e.verdict for e in counted.evidence} == {"supported", "contradicted"}
    # 204 is wrong on either count; another party gets no Speaker
    assert evaluate(db, Frame("seats", party("Lab"), uk, "ge2019", stated=S(204))).verdict == (
        "contradicted"
    )
    assert evaluate(db, Frame("seats", party("Con"), uk, "ge2019", stated=S(366))).verdict == (
        "contradicted"
    )
    # the Speaker's seat (Chorley, North West) is not in Scotland
    # Lab won 1 Scottish seat (Edinburgh South); the Speaker's seat is in England
    scot = Frame("seats", party("Lab"), Scope("country", name="Scotland"), "ge2019", stated=S(2))
    assert evaluate(db, scot).verdict == "contradicted"
    wales = evaluate(
        db, Frame("seats", party("Lab"), Scope("country", name="Wales"), "ge2019", stated=S(23))
    )
    assert "Speaker" not in wales.explanation


def test_speaker_outside_the_data(db: Any) -> None:
    # the 1918-2005 series has no Speaker reading: never depends from it
    old = evaluate(db, Frame("seats", party("Lab"), Scope("uk"), "ge1997", stated=S(419)))
    assert old.verdict != "depends"


# --------------------------------------------------------------------------- dissolution


def test_won_back_after_a_by_election_loss_depends(db: Any, seat: Any) -> None:
    hartlepool = Scope("seat", seat=seat("Hartlepool"))
    back = evaluate(db, Frame("outcome", party("Lab"), hartlepool, "ge2024", outcome="won_back"))
    # official: Lab hold (notional Lab) -> not won back; at dissolution Con held it -> won back
    assert back.verdict == "depends"
    assert any("dissolution" in e.reading for e in back.evidence)
    # a party that did not win is false on every reading
    con = evaluate(db, Frame("outcome", party("Con"), hartlepool, "ge2024", outcome="held"))
    assert con.verdict == "contradicted"


def test_same_boundaries_by_election_between_general_elections(db: Any, seat: Any) -> None:
    brecon = Scope("seat", seat=seat("Brecon and Radnorshire", "2010"))
    gained = evaluate(db, Frame("outcome", party("Con"), brecon, "ge2019", outcome="gained"))
    assert gained.verdict == "depends"  # Con hold vs 2017, a gain from the LD by-election winner
    won = evaluate(db, Frame("outcome", party("Con"), brecon, "ge2019", outcome="won"))
    assert won.verdict == "supported"
    lost = evaluate(db, Frame("outcome", party("LD"), brecon, "ge2019", outcome="won"))
    assert lost.verdict == "contradicted"


def test_no_by_election_no_extra_reading(db: Any, seat: Any) -> None:
    clacton = Scope("seat", seat=seat("Clacton"))
    out = evaluate(db, Frame("outcome", party("RUK"), clacton, "ge2024", outcome="gained"))
    assert out.verdict == "supported"
    assert not any("dissolution" in e.reading for e in out.evidence)


# --------------------------------------------------------------------------- census groups


def test_count_within_the_top_ten_oldest_seats(db: Any) -> None:
    top = Scope("seats", where=["top 10 by census:Age65plus (most)"])
    six = Frame("count_seats", party("Con"), top, "ge2024", stated=S(6), condition=["winner=Con"])
    assert evaluate(db, six).verdict == "supported"
    eight = Frame("count_seats", party("Con"), top, "ge2024", stated=S(8), condition=["winner=Con"])
    assert evaluate(db, eight).verdict == "contradicted"
    old = Frame("count_seats", party("Con"), top, "ge1997", stated=S(6), condition=["winner=Con"])
    assert evaluate(db, old).verdict == "uncertain"  # no seat-level results for 1997


def test_superlative_on_a_composite_group(db: Any, seat: Any) -> None:
    gb = Scope("gb")
    top = Frame(
        "superlative",
        Subject("seat", seat=seat("Christchurch")),
        gb,
        "ge2024",
        comparator="most",
        metric="census:Age65plus",
    )
    assert evaluate(db, top).verdict == "supported"
    clacton = Frame(
        "rank",
        Subject("seat", seat=seat("Clacton")),
        Scope("country", name="England,Wales"),
        "ge2024",
        comparator="nth_most",
        metric="census:Age65plus",
        nth=5,
    )
    assert evaluate(db, clacton).verdict == "contradicted"  # sixth (32.02%)
    nope = Frame(
        "census",
        Subject("group", group="Age65plus"),
        Scope("seat", seat=seat("Belfast East")),
        "ge2024",
        stated=S(20, 19.5, 20.5),
        metric="census:Age65plus",
        unit="percent",
    )
    assert evaluate(db, nope).verdict == "uncertain"  # no census rows for Northern Ireland


# --------------------------------------------------------------------------- the guard


def test_party_placing_in_an_inferred_seat_is_not_called_false(db: Any, seat: Any) -> None:
    # Clacton 2024 (PSEPH 59): RUK first. "Reform came second in five more" read for the
    # last seat named is a guess; a named candidate carries their seat.
    clacton = Scope("seat", seat=seat("Clacton"))
    guessed = Frame("placing", party("RUK"), clacton, "ge2024", nth=2, inferred=["scope"])
    assert evaluate(db, guessed).verdict == "uncertain"
    named = Frame("placing", party("RUK"), clacton, "ge2024", nth=2)
    assert evaluate(db, named).verdict == "contradicted"
    farage = Subject("candidate", candidate={"name": "Nigel Farage"})
    person = Frame("placing", farage, clacton, "ge2024", nth=2, inferred=["scope"])
    assert evaluate(db, person).verdict == "contradicted"
    first = Frame("placing", party("RUK"), clacton, "ge2024", nth=1, inferred=["scope"])
    assert evaluate(db, first).verdict == "supported"


def test_open_party_change_in_an_inferred_seat_tries_the_nation(db: Any, seat: Any) -> None:
    # LD share 2019 (PSEPH 58): UK 3,696,419 / 32,014,110 = 11.55% vs 7.37% in 2017
    # (+4.18 points; GB, where every LD vote was cast, a little more); in East
    # Dunbartonshire 36.8% vs 40.6% (-3.8). "up more than four points" after a UK total
    # but read for the seat named later in the sentence is true nationally.
    ed = Scope("seat", seat=seat("East Dunbartonshire", "2010"))

    def up(v: float, inferred: list[str]) -> Frame:
        more = Stated(f"{v:g}", v, v, float("inf"), "more than")
        return Frame(
            "change", party("LD"), ed, "ge2019", comparator="up", stated=more,
            unit="points", metric="share", inferred=inferred,
        )  # fmt: skip

    assert evaluate(db, up(4, ["scope"])).verdict == "uncertain"
    assert evaluate(db, up(4, [])).verdict == "contradicted"  # the seat was named
    assert evaluate(db, up(6, ["scope"])).verdict == "contradicted"  # false everywhere around


# --------------------------------------------------------------------------- home nation


def _pct(v: float) -> Stated:
    return Stated(f"{v:g}", v, v - 0.5, v + 0.5, "rounded")


def _more(v: float) -> Stated:
    return Stated(f"{v:g}", v, v, float("inf"), "more than")


def test_single_nation_party_with_no_area_named_is_read_for_its_nation(db: Any) -> None:
    # PSEPH 59, Northern Ireland rows: SF 210,891 / 779,840 valid = 27.04%; DUP 22.06%;
    # PSEPH 58 notional NI: SF 22.76% (+4.28 points). UK-wide SF is 0.7%.
    unnamed = Scope("uk", how="no area named: the UK")
    sf = Frame("share", party("SF"), unnamed, "ge2024", stated=_pct(27), unit="percent")
    assert evaluate(db, sf).verdict == "supported"
    dup = Frame("share", party("DUP"), unnamed, "ge2024", stated=_pct(35), unit="percent")
    assert evaluate(db, dup).verdict == "contradicted"
    # 27 is Sinn Féin's figure: a DUP "27 per cent" is the number put to the wrong party
    # (round 3's guard), not called false
    dup.stated = _pct(27)
    assert evaluate(db, dup).verdict == "uncertain"
    up = Frame(
        "change", party("SF"), unnamed, "ge2024", comparator="up", stated=_more(4),
        unit="points", metric="share",
    )  # fmt: skip
    assert evaluate(db, up).verdict == "supported"
    # "the UK" said in so many words is the UK: 0.7% is not 27%, and so far off that the
    # number is taken for another quantity -> never contradicted, never supported
    named = Frame("share", party("SF"), Scope("uk", how="'the UK' in the claim"), "ge2024",
                  stated=_pct(27), unit="percent")  # fmt: skip
    assert evaluate(db, named).verdict == "uncertain"
    # a party standing in several nations keeps the UK reading (Lab 2024: 33.7% UK)
    lab = Frame("share", party("Lab"), unnamed, "ge2024", stated=_pct(33.7), unit="percent")
    assert evaluate(db, lab).verdict == "supported"


# --------------------------------------------------------------------------- turnout change


def test_turnout_change_in_an_area(db: Any) -> None:
    # NI valid / electorate: 2024 779,840 / 1,363,961 = 57.17%; notional 2019 61.67%,
    # actual 2019 61.75% (PSEPH 58/59); 2017 812,183 / 1,242,698 = 65.36% (PSEPH 57)
    ni = Scope("country", name="Northern Ireland")
    parl = Subject("parliament")

    def down(el: str, v: float) -> Frame:
        return Frame(
            "change", parl, ni, el, comparator="down", stated=_more(v), unit="points",
            metric="turnout",
        )  # fmt: skip

    assert evaluate(db, down("ge2024", 4)).verdict == "supported"  # -4.5 and -4.6
    assert evaluate(db, down("ge2019", 3)).verdict == "supported"  # -3.6
    assert evaluate(db, down("ge2024", 5)).verdict == "contradicted"
    # CBP-8647 NI (the file's turnout x electorate where its party columns lack votes):
    # 1992 69.72%, 1997 67.12%: down 2.6, not more than 5
    assert evaluate(db, down("ge1997", 5)).verdict == "contradicted"
    assert evaluate(db, down("ge1997", 2)).verdict == "supported"


# --------------------------------------------------------------------------- lost none


def _none() -> Stated:
    return Stated("none", 0.0, 0.0, 0.0, "none: zero")


def test_lost_none_is_gross_not_net(db: Any) -> None:
    # PSEPH 55 (2010), Scotland: no result "... gain from Lab" (Lab first in 41 of 59 and
    # regained Glasgow East and Dunfermline and West Fife: net +1); in England Lab lost
    # dozens of seats (e.g. 'Con gain from Lab' rows).
    scot = Scope("country", name="Scotland")
    lost_none = Frame("net_change", party("Lab"), scot, "ge2010", comparator="down",
                      stated=_none(), unit="seats")  # fmt: skip
    out = evaluate(db, lost_none)
    assert out.verdict == "supported" and out.evidence[0].value == 0
    eng = Scope("country", name="England")
    false = Frame("net_change", party("Lab"), eng, "ge2010", comparator="down",
                  stated=_none(), unit="seats")  # fmt: skip
    assert evaluate(db, false).verdict == "contradicted"
    old = Frame("net_change", party("Lab"), scot, "ge1997", comparator="down",
                stated=_none(), unit="seats")  # fmt: skip
    assert evaluate(db, old).verdict == "uncertain"  # no seat-by-seat results for 1997


# --------------------------------------------------------------------------- history


def _first(party_code: str, scope: Scope, election: str, outcome: str, since: int | None) -> Frame:
    cmp = "never" if since is None else "since"
    return Frame(
        "first_since", party(party_code), scope, election, comparator=cmp, since_year=since,
        outcome=outcome,
    )  # fmt: skip


def test_first_since_an_outcome_without_a_condition(db: Any) -> None:
    # CBP-8647 Wales: Con 0 seats in 1997 and 2001, 3 in 2005; PSEPH 59: 0 in 2024
    wales = Scope("country", name="Wales")
    assert evaluate(db, _first("Con", wales, "ge2024", "none", 2001)).verdict == "supported"
    assert evaluate(db, _first("Con", wales, "ge2024", "none", 1997)).verdict == "contradicted"
    # CBP-8647: no majority in February 1974 (Lab 301 of 635); every election from
    # October 1974 to 2005 a single-party majority; 2010 Con 306 of 650
    uk = Scope("uk")
    assert evaluate(db, _first("Con", uk, "ge2010", "hung", 1974)).verdict == "supported"
    assert evaluate(db, _first("Con", uk, "ge2010", "hung", 1929)).verdict == "contradicted"
    # Lab seats before 1945 at most 287 (1929, of 615); 1945 393 of 640
    assert evaluate(db, _first("Lab", uk, "ge1945", "majority", None)).verdict == "supported"
    # 1997 was not Labour's first majority (1966 363 of 630; October 1974 319 of 635)
    assert evaluate(db, _first("Lab", uk, "ge1997", "majority", None)).verdict == "contradicted"
    assert evaluate(db, _first("Lab", uk, "ge1997", "majority", 1974)).verdict == "supported"
    # outside the series' areas: a region has no long series
    ne = Scope("region", name="North East")
    assert evaluate(db, _first("Lab", ne, "ge2024", "none", 2001)).verdict == "uncertain"


def _biggest(election: str, since: int | None, cmp: str = "most") -> Frame:
    return Frame(
        "record", party("Lab"), Scope("uk"), election, comparator=cmp, since_year=since,
        metric="gov_majority",
    )  # fmt: skip


def test_commons_majority_record(db: Any) -> None:
    # 2 x largest party's seats - all seats: 1997 2x418-659 = 177, 2001 2x412-659 = 165,
    # 2005 2x355-646 = 64, 2015 2x330-650 = 10, 2019 2x365-650 = 80, 2024 2x411-650 = 172;
    # October 1974 2x319-635 = 3; 2010 and 2017 hung
    assert evaluate(db, _biggest("ge2024", 1997)).verdict == "supported"
    assert evaluate(db, _biggest("ge2024", 2001)).verdict == "contradicted"
    assert evaluate(db, _biggest("ge2015", 1974, "least")).verdict == "supported"
    assert evaluate(db, _biggest("ge2015", 1992, "least")).verdict == "contradicted"
    assert evaluate(db, _biggest("ge2017", 1992)).verdict == "uncertain"  # hung: no majority


# --------------------------------------------------------------------------- swing


def test_seat_swing_with_one_side_named(db: Any, seat: Any) -> None:
    # PSEPH 57 -> 58, Workington 'Con gain from Lab': Con 41.73% -> 49.25%, Lab 51.15% ->
    # 39.21%: Butler swing Lab to Con (7.52 + 11.94) / 2 = 9.73 points
    workington = Scope("seat", seat=seat("Workington", "2010"))

    def sw(value: float, low: float, high: float, who: Subject) -> Frame:
        stated = Stated(f"{value:g}", value, low, high, "test")
        return Frame("swing", who, workington, "ge2019", comparator="eq", stated=stated,
                     unit="points")  # fmt: skip

    assert evaluate(db, sw(9.7, 9.65, 9.75, party("Con"))).verdict == "supported"
    assert evaluate(db, sw(9.7, 9.65, 9.75, Subject("parliament"))).verdict == "supported"
    assert evaluate(db, sw(12, 11.5, 12.5, party("Con"))).verdict == "contradicted"
    # RUK took Clacton from Con; a swing "to Labour" there names neither side: not decidable
    clacton = Scope("seat", seat=seat("Clacton"))
    held = Frame("swing", party("Lab"), clacton, "ge2024", stated=Stated("5", 5, 4.5, 5.5, "t"),
                 unit="points")  # fmt: skip
    assert evaluate(db, held).verdict == "uncertain"


def test_lowest_share_for_a_majority_winner(db: Any) -> None:
    # CBP-8647 + PSEPH 56/59: shares of single-party majority winners - Lab 2005 35.2%,
    # Con 2015 36.8%, Lab 2024 33.7% (lower than every earlier one)
    def lowest(election: str, since: int | None) -> Frame:
        return Frame(
            "record", party("Lab"), Scope("uk"), election, comparator="least",
            since_year=since, metric="share", condition=["winner of a Commons majority"],
        )  # fmt: skip

    assert evaluate(db, lowest("ge2024", None)).verdict == "supported"
    assert evaluate(db, lowest("ge2015", 2005)).verdict == "supported"
    assert evaluate(db, lowest("ge2015", None)).verdict == "contradicted"  # 2005 was lower
    # a condition the record evaluator does not know is never ignored
    odd = Frame("record", party("Lab"), Scope("uk"), "ge2024", comparator="least",
                metric="share", condition=["in seats with a female candidate"])  # fmt: skip
    assert evaluate(db, odd).verdict == "uncertain"


# --------------------------------------------------------------------------- more paths


def test_series_turnout(db: Any) -> None:
    # CBP-8647 (votes / electorate over contested seats): 1950 83.89%, 1918 57.22%
    def t(election: str, v: float) -> Frame:
        return Frame("turnout", Subject("parliament"), Scope("uk"), election, metric="turnout",
                     stated=_pct(v) if v > 60 else Stated(f"{v:g}", v, v - 0.05, v + 0.05, "t"),
                     unit="percent")  # fmt: skip

    assert evaluate(db, t("ge1950", 83.9)).verdict == "supported"
    assert evaluate(db, t("ge1950", 78)).verdict == "contradicted"
    assert evaluate(db, t("ge1918", 57.2)).verdict == "supported"
    assert evaluate(db, t("ge1918", 57.8)).verdict == "uncertain"  # within the series' slack


def test_changed_hands_filter_for_the_narrowest_gain(db: Any, seat: Any) -> None:
    # PSEPH 59 rows 'Lab gain ...', smallest majorities: Hendon 15, Poole 18,
    # North West Cambridgeshire 39; Labour's holds are not gains
    gains = Scope("uk")

    def narrowest(name: str, hands: str) -> Frame:
        return Frame("superlative", Subject("seat", seat=seat(name)), gains, "ge2024",
                     comparator="least", metric="majority",
                     condition=["winner=Lab", f"changed_hands={hands}"])  # fmt: skip

    assert evaluate(db, narrowest("Hendon", "yes")).verdict == "supported"
    assert evaluate(db, narrowest("Poole", "yes")).verdict == "contradicted"
    assert evaluate(db, narrowest("Hendon", "no")).verdict == "uncertain"  # not a hold


def test_seat_change_on_the_named_previous_result(db: Any, seat: Any) -> None:
    # Leicester South Lab 68.19% notional 2019 (PSEPH 58 notional) -> 32.89% (PSEPH 59):
    # -35.3 points; Brighton Pavilion majority notional 19,630 -> 14,290 in 2024
    ls = Scope("seat", seat=seat("Leicester South"))

    def fell(baseline: str, v: float) -> Frame:
        return Frame("change", party("Lab"), ls, "ge2024", baseline=baseline, comparator="down",
                     stated=_pct(v), unit="points", metric="share")  # fmt: skip

    assert evaluate(db, fell("ge2019", 35)).verdict == "supported"
    assert evaluate(db, fell("ge2019", 25)).verdict == "contradicted"
    assert evaluate(db, fell("ge2017", 35)).verdict == "uncertain"  # not the comparison
    bp = Scope("seat", seat=seat("Brighton Pavilion"))
    down = Frame("change", party("Green"), bp, "ge2024", baseline="ge2019", comparator="down",
                 unit="votes", metric="majority")  # fmt: skip
    assert evaluate(db, down).verdict == "supported"
    up = Frame("change", party("Green"), bp, "ge2024", comparator="up", unit="votes",
               metric="majority")  # fmt: skip
    assert evaluate(db, up).verdict == "contradicted"


def test_a_nation_among_the_four(db: Any) -> None:
    # PSEPH 59 turnout (valid / electorate): Wales 56.2%, NI 57.2%, Scotland 59.2%,
    # England 60.0%; PSEPH 56: Scotland 71.0% highest
    def among(nation: str, election: str, cmp: str) -> Frame:
        return Frame("superlative", Subject("seats", text=nation),
                     Scope("uk", where=["among=nations"]), election, comparator=cmp,
                     metric="turnout")  # fmt: skip

    assert evaluate(db, among("Wales", "ge2024", "least")).verdict == "supported"
    assert evaluate(db, among("Scotland", "ge2024", "least")).verdict == "contradicted"
    assert evaluate(db, among("Scotland", "ge2015", "most")).verdict == "supported"
    assert evaluate(db, among("Scotland", "ge1997", "most")).verdict == "uncertain"


def test_party_placing_in_an_area(db: Any) -> None:
    # PSEPH 56 (2015) UK: seats Con 330, Lab 232, SNP 56, LD 8 (= DUP 8); votes Con
    # 11,299,609, Lab 9,347,273, UKIP 3,881,099, LD 2,415,916. PSEPH 59 Wales votes: Lab
    # 487,636, Con 240,003, RUK 223,018, PC 194,811.
    def placed(code: str, scope: Scope, election: str, nth: int, by: str) -> Frame:
        return Frame("placing", party(code), scope, election, nth=nth, metric=by)

    uk, wales = Scope("uk"), Scope("country", name="Wales")
    assert evaluate(db, placed("SNP", uk, "ge2015", 3, "seats")).verdict == "supported"
    assert evaluate(db, placed("LD", uk, "ge2015", 4, "votes")).verdict == "supported"
    assert evaluate(db, placed("LD", uk, "ge2015", 4, "seats")).verdict == "supported"  # tie
    assert evaluate(db, placed("Con", wales, "ge2024", 2, "votes")).verdict == "supported"
    assert evaluate(db, placed("RUK", wales, "ge2024", 2, "votes")).verdict == "contradicted"
    assert evaluate(db, placed("Lab", uk, "ge1997", 1, "seats")).verdict == "uncertain"
    unsaid = Frame("placing", party("Lab"), uk, "ge2024", nth=1)
    assert evaluate(db, unsaid).verdict == "uncertain"  # by seats or by votes?


def test_gains_counted_against_the_seats_held_at_dissolution(db: Any) -> None:
    # PSEPH 58 (2019), Wales: 'Con gain ...' in 6 rows (Bridgend, Clwyd South, Delyn, Vale
    # of Clwyd, Wrexham, Ynys Mon); Brecon and Radnorshire 'Con hold' although the LD won it
    # at the 01/08/2019 by-election (PSEPH 57 by-elections): 7 against dissolution
    wales = Scope("country", name="Wales")

    def gains(n: int) -> Frame:
        return Frame("gains_from", party("Con"), wales, "ge2019",
                     stated=Stated(str(n), n, n, n, "exact"), unit="seats")  # fmt: skip

    assert evaluate(db, gains(6)).verdict == "supported"
    assert evaluate(db, gains(7)).verdict == "depends"
    assert evaluate(db, gains(8)).verdict == "contradicted"


def test_an_mp_since_for_a_defeated_sitting_mp(db: Any, seat: Any) -> None:
    # maiden-speeches.csv: Dennis Skinner, 45th Parliament (1970), Bolsover; PSEPH 58
    # Bolsover 'Con gain from Lab' (Skinner second). Bill Wiggin, 53rd Parliament (2001),
    # Leominster; lost North Herefordshire in 2024 (PSEPH 59).
    def since(name: str, where: Scope, election: str, year: int) -> Frame:
        who = Subject("candidate", candidate={"name": name})
        return Frame("tenure", who, where, election, since_year=year, outcome="held_since")

    bolsover = Scope("seat", seat=seat("Bolsover", "2010"))
    assert evaluate(db, since("Dennis Skinner", bolsover, "ge2019", 1970)).verdict == "supported"
    assert evaluate(db, since("Dennis Skinner", bolsover, "ge2019", 1966)).verdict == (
        "contradicted"
    )
    # a later year may follow a break in service; Skinner had none (Bolsover Labour at
    # every election 1970-2017, CBP-8647 and PSEPH 55-57, his maiden speech in 1970): since
    # round 11 (CAUGHT11) the unbroken run decides, and "since 1974" is false
    assert evaluate(db, since("Dennis Skinner", bolsover, "ge2019", 1974)).verdict == (
        "contradicted"
    )
    nh = Scope("seat", seat=seat("North Herefordshire"))
    assert evaluate(db, since("Bill Wiggin", nh, "ge2024", 1997)).verdict == "contradicted"


def test_majority_more_than_halved(db: Any, seat: Any) -> None:
    # Holborn and St Pancras: notional 2019 majority 22,766 (PSEPH 58 notional), 2024 11,572
    # (PSEPH 59): -49.2%, just under half. Brighton Pavilion: 19,630 -> 14,290 (-27.2%).
    def cut(name: str, v: float) -> Frame:
        more = Stated(f"{v:g}", v, v, float("inf"), "more than")
        return Frame("change", party("Lab"), Scope("seat", seat=seat(name)), "ge2024",
                     comparator="down", stated=more, unit="percent", metric="majority")  # fmt: skip

    assert evaluate(db, cut("Holborn and St Pancras", 50)).verdict == "contradicted"
    assert evaluate(db, cut("Holborn and St Pancras", 45)).verdict == "supported"
    assert evaluate(db, cut("Brighton Pavilion", 25)).verdict == "supported"


def test_count_of_seats_ahead_of_another_party(db: Any) -> None:
    # PSEPH 59 (2024): RUK polled more than Con in 139 seats where both stood, plus
    # Rotherham, where no Conservative stood: 140
    def ahead(v: float) -> Frame:
        more = Stated(f"{v:g}", v, v, float("inf"), "more than")
        return Frame("count_seats", party("RUK"), Scope("uk"), "ge2024", comparator="gt",
                     stated=more, condition=["ahead_of=Con"], unit="seats")  # fmt: skip

    out = evaluate(db, ahead(130))
    assert out.verdict == "supported" and "140" in out.explanation
    assert evaluate(db, ahead(200)).verdict == "contradicted"


def test_an_mp_since_for_someone_who_did_not_stand_there(db: Any, seat: Any) -> None:
    # Daniel Kawczynski stood in Shrewsbury (PSEPH 59), not in Stoke-on-Trent North, whose
    # defeated sitting MP (Jonathan Gullis) was first elected in 2019: never read for him
    who = Subject("candidate", candidate={"name": "Daniel Kawczynski", "party": "Con"})
    stoke = Scope("seat", seat=seat("Stoke-on-Trent North"))
    wrong_seat = Frame("tenure", who, stoke, "ge2024", since_year=2005, outcome="held_since")
    assert evaluate(db, wrong_seat).verdict == "uncertain"
