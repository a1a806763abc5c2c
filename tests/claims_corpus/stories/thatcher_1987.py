"""thatcher-third-term-alliance-stalls-daily: a daily report (dateline only, no year printed) on
the 1987 election, from CBP-8647 only ('lib' is the SDP-Liberal Alliance in 1983 and 1987; seat
names as the file spells them, e.g. 'Fife North East', 'Brecon & Radnor')."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "thatcher-third-term-alliance-stalls-daily"
CBP = "CBP-8647"


def _changed(name: str, frm: str, to: str, majority: int) -> tuple[bool, str]:
    a, b = hist_seat_at(name, "1983"), hist_seat_at(name, "1987")
    ok = a.winner == frm and b.winner == to and b.majority == majority
    return ok, f"{CBP} {name}: 1983 {a.winner}; 1987 {b.votes}, {b.winner} by {b.majority:,}."


@story(NAME)
def key(k: Key) -> None:
    n, o = hist_national("1987"), hist_national("1983")
    seats = _nseats("1987")
    k.claim(
        "the first prime minister since Lord Liverpool to win three elections in succession",
        None,
        "prime ministers and governments before 1918; not in the files",
    )
    con = int(n["won_con"])
    k.claim(
        "the Conservatives won 376 seats and a majority of 102",
        con == 376 and con - (seats - con) == 102,
        f"{CBP} 1987: con won {con} of {seats} (the Speaker's seat counted as the file has it); "
        f"{con} - ({seats} - {con}) = {con - (seats - con)}.",
    )
    k.claim(
        "The party was down 21 on its 1983 landslide",
        int(o["won_con"]) - con == 21,
        f"{CBP}: con won {int(o['won_con'])} in 1983, {con} in 1987.",
    )
    cs = _share("1987", "con")
    k.claim(
        "its share barely moved, at 42.3 per cent",
        round(100 * cs, 1) == 42.3 and abs(cs - _share("1983", "con")) < 0.005,
        f"{CBP}: con {pct(_share('1983', 'con'))} in 1983, {pct(cs)} in 1987.",
    )
    prev = ELECTIONS[: ELECTIONS.index("1987")]
    best = max((hist_national(e)[p], e, p) for e in prev for p in ("con", "lab", "lib"))
    k.claim(
        "Its 13.76 million votes were the highest vote any party had polled at a general election",
        round(n["con"] / 1e6, 2) == 13.76 and n["con"] > best[0],
        f"{CBP}: con {int(n['con']):,} in 1987; the largest earlier party group total is "
        f"{best[2]} {int(best[0]):,} in {best[1]}.",
    )
    lab = int(n["won_lab"])
    k.claim(
        "recovered to 229 seats, up 20",
        lab == 229 and lab - int(o["won_lab"]) == 20,
        f"{CBP}: lab won {int(o['won_lab'])} in 1983, {lab} in 1987.",
    )
    ls, lo = _share("1987", "lab"), _share("1983", "lab")
    k.claim(
        "Labour's share rose by more than three points to 30.8 per cent",
        round(100 * ls, 1) == 30.8 and ls - lo > 0.03,
        f"{CBP}: lab {pct(lo)} in 1983, {pct(ls)} in 1987 ({100 * (ls - lo):+.2f}).",
    )
    k.claim('"the abyss of division"', None, "a quotation")
    isl, isl0 = hist_seat_at("Islwyn", "1987"), hist_seat_at("Islwyn", "1983")
    k.claim(
        "saw his own majority in Islwyn swell to 22,947, nearly double last time",
        isl.majority == 22947 and 1.8 <= isl.majority / isl0.majority <= 2.05,
        f"{CBP} Islwyn: lab majority {isl0.majority:,} in 1983, {isl.majority:,} in 1987 "
        f"({isl.majority / isl0.majority:.2f} times: up by more than half, not nearly double).",
    )
    lib = int(n["won_lib"])
    k.claim(
        "It won 22 seats, one fewer than in 1983",
        lib == 22 and int(o["won_lib"]) - lib == 1,
        f"{CBP}: lib (Alliance) won {int(o['won_lib'])} in 1983, {lib} in 1987.",
    )
    al, alo = _share("1987", "lib"), _share("1983", "lib")
    k.claim(
        "on 22.6 per cent of the vote",
        round(100 * al, 1) == 22.6,
        f"{CBP} 1987: lib {pct(al)}.",
    )
    k.claim(
        "a fall of almost four points",
        0.035 <= alo - al < 0.04,
        f"{CBP}: lib {pct(alo)} in 1983, {pct(al)} in 1987: a fall of {100 * (alo - al):.2f} "
        "points, almost three, not four.",
    )
    ok, ev = _changed("Glasgow Hillhead", "lib", "lab", 3251)
    k.claim("Roy Jenkins lost Glasgow Hillhead to Labour by 3,251 votes", ok, ev)
    ok, ev = _changed("Cambridgeshire North East", "lib", "con", 1482)
    k.claim("Clement Freud went down in North East Cambridgeshire by 1,482", ok, ev + " Not 1,482.")
    ok, ev = _changed("Stockton South", "lib", "con", 774)
    k.claim("Ian Wrigglesworth lost Stockton South by 774", ok, ev)
    ok, ev = _changed("Isle Of Wight", "lib", "con", 6442)
    k.claim("fell to a Conservative majority of 6,442", ok, ev)
    old = {r.name: r.winner for r in history() if r.election == "1983"}
    gains = sorted(
        r.name for r in history()
        if r.election == "1987" and old.get(r.name) == "con" and r.winner == "lib"
    )  # fmt: skip
    k.claim(
        "The Liberals took just three seats from the Conservatives",
        "depends",
        f"{CBP}: seats won by con in 1983 and by lib (Alliance) in 1987: {', '.join(gains)} "
        f"({len(gains)}). Three on the Liberal gains the coverage names; four against the 1983 "
        "result, since Brecon & Radnor, won at a 1985 by-election the files do not hold, is a "
        "change on 1983.",
    )
    ok, ev = _changed("Southport", "con", "lib", 1849)
    k.claim("Southport, by 1,849", ok, ev)
    rs = sorted(
        (r for r in history() if r.election == "1987" and r.total), key=lambda r: r.majority
    )
    br, ma = hist_seat_at("Brecon & Radnor", "1987"), hist_seat_at("Mansfield", "1987")
    k.claim(
        "Brecon and Radnor and Mansfield were both decided by 56 votes, the narrowest results in "
        "the country",
        br.majority == ma.majority == 56 and rs[0].majority == 56 and rs[2].majority > 56,
        f"{CBP} 1987 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in rs[:4])
        + ".",
    )
    ayr = hist_seat_at("Ayr", "1987")
    cons = [r for r in rs if r.winner == "con"]
    k.claim(
        "In Ayr, the Conservatives held on by 182, their narrowest escape anywhere",
        ayr.winner == "con" and ayr.majority == 182 and cons[0].name == "Ayr",
        f"{CBP} 1987 narrowest Conservative wins: "
        + ", ".join(f"{r.name} {r.majority}" for r in cons[:3])
        + "; York, not Ayr, was the narrowest.",
    )
    ls0, ls1 = hist_seat_at("Leicester South", "1983"), hist_seat_at("Leicester South", "1987")
    k.claim(
        "Labour overturned a Conservative majority of just seven in Leicester South",
        ls0.winner == "con" and ls0.majority == 7 and ls1.winner == "lab",
        f"{CBP} Leicester South: 1983 {ls0.votes} con by {ls0.majority}; 1987 {ls1.winner} by "
        f"{ls1.majority:,}.",
    )
    moves = [(old[r.name], r.winner) for r in history() if r.election == "1987" and r.name in old]
    cl, lc = moves.count(("con", "lab")), moves.count(("lab", "con"))
    k.claim(
        "Labour took 22 seats from the Conservatives and lost five to them",
        cl == 22 and lc == 5,
        f"{CBP}: seats con in 1983 and lab in 1987: {cl}; lab to con: {lc} (same seat names, "
        "1983 and 1987 share boundaries).",
    )
    se = hist_national("1987", "South East")
    k.claim(
        "the Conservatives won every seat in the South East but one",
        int(se["won_con"]) == _nseats("1987", "South East") - 1,
        f"{CBP} 1987 South East (excluding London): con won {int(se['won_con'])} of "
        f"{_nseats('1987', 'South East')}; others { ({kk: int(v) for kk, v in se.items() if kk.startswith('won_') and kk != 'won_con'}) }.",
    )
    sc, sco = hist_national("1987", "Scotland"), hist_national("1983", "Scotland")
    k.claim(
        "The Scottish Conservatives were more than halved, to 10 seats from 21",
        int(sc["won_con"]) == 10
        and int(sco["won_con"]) == 21
        and sc["won_con"] < sco["won_con"] / 2,
        f"{CBP} Scotland: con won {int(sco['won_con'])} in 1983, {int(sc['won_con'])} in 1987.",
    )
    wa, wao = hist_national("1987", "Wales"), hist_national("1983", "Wales")
    k.claim(
        "Plaid Cymru doubled its tally to four",
        int(wa["won_natSW"]) == 4 and wao["won_natSW"] * 2 == wa["won_natSW"],
        f"{CBP} Wales: natSW (Plaid Cymru) won {int(wao['won_natSW'])} in 1983, "
        f"{int(wa['won_natSW'])} in 1987.",
    )
    k.claim("Mrs Thatcher, 61,", None, "an age; the results files hold no ages")
    fi, fi0 = hist_seat_at("Finchley", "1987"), hist_seat_at("Finchley", "1983")
    k.claim(
        "whose majority in Finchley slipped to 8,913",
        fi.majority == 8913 and fi.majority < fi0.majority,
        f"{CBP} Finchley: con majority {fi0.majority:,} in 1983, {fi.majority:,} in 1987.",
    )
    t, to = _turnout("1987"), _turnout("1983")
    k.claim(
        "Turnout was 75.3 per cent, up three and a half points",
        round(100 * t, 1) == 75.3 and round(2 * 100 * (t - to)) / 2 == 3.5,
        f"{CBP}: total votes / electorate over contested seats {pct(to)} in 1983, {pct(t)} in "
        "1987.",
    )
    k.claim(
        "the highest since 1979",
        _turnout("1979") > t and all(_turnout(e) < t for e in ("1983",)),
        f"{CBP}: turnout 1979 {pct(_turnout('1979'))}, 1983 {pct(to)}, 1987 {pct(t)}.",
    )
    k.claim("With unemployment just below three million", None, "unemployment; not in the files")
