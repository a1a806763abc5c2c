"""thatcher-majority-of-43-1979-datablog: a data blog (years named) on the 1979 election, from
CBP-8647 only, with changes against October 1974 (same boundaries; seats matched by name, the
seat's earlier names listed where they differ) and "first elected" from maiden-speeches.csv."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    hist_line,
    hist_national,
    hist_seat,
    hist_seat_at,
    history,
    maiden,
)
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "thatcher-majority-of-43-1979-datablog"
CBP = "CBP-8647"


@story(NAME)
def key(k: Key) -> None:
    h, o = hist_national("1979"), hist_national("1974O")
    rows = [r for r in history() if r.election == "1979"]
    n = sum(r.seats for r in rows)
    con = int(h["won_con"])
    k.claim(
        "After the winter of discontent and a lost confidence vote in March",
        None,
        "events in Parliament; not in the results files",
    )
    k.claim(
        "The Conservatives won 339 seats, an overall majority of 43",
        con == 339 and con - (n - con) == 43,
        f"{CBP} 1979: con won {con} of {n}; {con} - ({n} - {con}) = {con - (n - con)}.",
    )
    k.claim(
        "Margaret Thatcher became the first woman to be prime minister",
        None,
        "offices are not in the results files",
    )
    cs, cso = _share("1979", "con"), _share("1974O", "con")
    k.claim(
        "The Conservatives took 43.9 per cent of the vote, up eight points on October 1974",
        round(100 * cs, 1) == 43.9 and round(100 * (cs - cso)) == 8,
        f"{CBP}: con {pct(cso)} in 1974O, {pct(cs)} in 1979 ({100 * (cs - cso):+.2f}).",
    )
    before = ELECTIONS[: ELECTIONS.index("1979")]
    higher = [e for e in before if _share(e, "con") > cs]
    k.claim(
        "their highest share since 1959",
        higher[-1] == "1959",
        f"{CBP}: con shares above 1979's {pct(cs)} before it: "
        + ", ".join(f"{e} {pct(_share(e, 'con'))}" for e in higher[-3:])
        + f": the highest since {higher[-1]}, not 1959.",
    )

    def swing(a: str, b: str) -> float:
        return ((_share(b, "con") - _share(a, "con")) - (_share(b, "lab") - _share(a, "lab"))) / 2

    sw = {b: swing(a, b) for a, b in zip(ELECTIONS, ELECTIONS[1:], strict=False)}
    since45 = [e for e in ELECTIONS[ELECTIONS.index("1950") : ELECTIONS.index("1979")]]
    k.claim(
        "The swing from Labour, 5.2 per cent, was the largest since 1945",
        round(100 * sw["1979"], 1) == 5.2 and all(abs(sw[e]) < sw["1979"] for e in since45),
        f"{CBP}: Butler swing Lab to Con 1974O-1979 {pct(sw['1979'])}; earlier swings (+ to "
        "Con): " + ", ".join(f"{e} {100 * sw[e]:+.2f}" for e in since45) + f"; 1945 "
        f"{100 * sw['1945']:+.2f}.",
    )
    k.claim(
        "They polled more than 14 million votes",
        h["con"] > 14_000_000,
        f"{CBP} 1979: con {int(h['con']):,}.",
    )
    lab, ls = int(h["won_lab"]), _share("1979", "lab")
    k.claim(
        "James Callaghan's party fell to 269 seats on just under 37 per cent",
        lab == 269 and lab < o["won_lab"] and 0.365 <= ls < 0.37,
        f"{CBP}: lab won {int(o['won_lab'])} in 1974O, {lab} in 1979; share {pct(ls)}.",
    )
    lower = [e for e in before if _share(e, "lab") <= ls]
    k.claim(
        "Labour's lowest share since 1931",
        lower[-1] == "1931",
        f"{CBP}: lab shares at or below 1979's {pct(ls)}: "
        + ", ".join(f"{e} {pct(_share(e, 'lab'))}" for e in lower)
        + f"; 1935 {pct(_share('1935', 'lab'))}, 1974F {pct(_share('1974F', 'lab'))}.",
    )
    was = {r.name: r for r in history() if r.election == "1974O"}
    took = [r.name for r in rows if r.name in was and was[r.name].winner == "lab"
            and r.winner == "con"]  # fmt: skip
    k.claim(
        "The Conservatives took more than 50 seats from Labour",
        len(took) > 50,
        f"{CBP}: seats with the same name won by lab in 1974O and con in 1979: {len(took)}.",
    )
    gc, gco = hist_seat_at("Glasgow Cathcart", "1979"), hist_seat_at("Glasgow Cathcart", "1974O")
    k.claim(
        "lost to Labour by 1,600 votes",
        gco.winner == "con" and gc.winner == "lab" and gc.majority == 1600,
        f"{CBP} Glasgow Cathcart: 1974O {gco.votes}; 1979 {gc.votes}.",
    )
    lib = int(h["won_lib"])
    k.claim(
        "fell to 11 seats on 13.8 per cent",
        lib == 11 and lib < o["won_lib"] and round(100 * _share("1979", "lib"), 1) == 13.8,
        f"{CBP}: lib won {int(o['won_lib'])} in 1974O, {lib} in 1979; share "
        f"{pct(_share('1979', 'lib'))}.",
    )
    nd = hist_seat("North Devon", "Devon North")
    ms = maiden("Jeremy Thorpe")
    run = [r for r in nd if "1959" <= r.election <= "1974O"]
    k.claim(
        "Jeremy Thorpe, who had held North Devon since 1959",
        all(r.winner == "lib" for r in run) and ms[0]["Parliament"] == "1959-64",
        f"{CBP} 'North Devon' / 'Devon North': {hist_line(nd)}; maiden-speeches.csv: Jeremy "
        f"Thorpe, {ms[0]['Constituency']}, parliament {ms[0]['Parliament']}.",
    )
    dn = hist_seat_at("Devon North", "1979")
    k.claim(
        "lost it to the Conservatives by more than 8,000 votes",
        dn.winner == "con" and dn.majority > 8000,
        f"{CBP} Devon North 1979: {dn.votes}; majority {dn.majority:,}.",
    )
    mg, mgo = hist_seat_at("Montgomery", "1979"), hist_seat_at("Montgomery", "1974O")
    k.claim(
        "the Conservatives also took Montgomery from the Liberals",
        mgo.winner == "lib" and mg.winner == "con",
        f"{CBP} Montgomery: 1974O {mgo.votes}; 1979 {mg.votes}.",
    )
    sc, sco = hist_national("1979", "Scotland"), hist_national("1974O", "Scotland")
    snp = sorted(r.name for r in rows if r.country == "Scotland" and r.winner == "natSW")
    k.claim(
        "was reduced from 11 seats to two, Dundee East and the Western Isles",
        sco["won_natSW"] == 11 and sc["won_natSW"] == 2 and snp == ["Dundee East", "Western Isles"],
        f"{CBP} Scotland: natSW (SNP) won {int(sco['won_natSW'])} in 1974O, "
        f"{int(sc['won_natSW'])} in 1979: {', '.join(snp)}.",
    )
    k.claim(
        "its share of the Scottish vote fell to 17.3 per cent",
        round(100 * _share("1979", "natSW", "Scotland"), 1) == 17.3,
        f"{CBP} Scotland: natSW {pct(_share('1974O', 'natSW', 'Scotland'))} in 1974O, "
        f"{pct(_share('1979', 'natSW', 'Scotland'))} in 1979.",
    )
    k.claim(
        "In Scotland the Conservatives won 22 seats and Labour 44",
        sc["won_con"] == 22 and sc["won_lab"] == 44,
        f"{CBP} Scotland 1979: con won {int(sc['won_con'])}, lab {int(sc['won_lab'])}.",
    )
    wa, wao = hist_national("1979", "Wales"), hist_national("1974O", "Wales")
    k.claim(
        "Plaid Cymru held all three of its seats",
        wao["won_natSW"] == 3 and wa["won_natSW"] == 3,
        f"{CBP} Wales: natSW (Plaid Cymru) won {int(wao['won_natSW'])} in 1974O and "
        f"{int(wa['won_natSW'])} in 1979 (Carmarthen lost).",
    )
    ca, cao = hist_seat_at("Carmarthen", "1979"), hist_seat_at("Carmarthen", "1974O")
    k.claim(
        "Labour took Carmarthen back from Plaid by 1,978 votes",
        cao.winner == "natSW" and ca.winner == "lab" and ca.majority == 1978,
        f"{CBP} Carmarthen: 1974O {cao.votes}; 1979 {ca.votes}.",
    )
    t, to = _turnout("1979"), _turnout("1974O")
    k.claim(
        "Turnout was 76 per cent, up three points on October 1974",
        round(100 * t) == 76 and round(100 * (t - to)) == 3,
        f"{CBP}: total votes / electorate over contested seats {pct(to)} in 1974O, {pct(t)} in "
        "1979.",
    )
    gb = sorted(
        (r for r in rows if r.total and r.country != "Northern Ireland"), key=lambda h: h.majority
    )
    pn = hist_seat_at("Preston North", "1979")
    k.claim(
        "The narrowest result in Britain was Preston North, where the Conservatives won by 29 votes",
        gb[0].name == "Preston North" and pn.winner == "con" and pn.majority == 29,
        f"{CBP} 1979: Preston North {pn.votes}; next in Britain {gb[1].name} {gb[1].majority}.",
    )
    rh = hist_seat_at("Rhondda", "1979")
    k.claim(
        "the largest majority was in Rhondda, 31,481",
        gb[-1].name == "Rhondda" and rh.majority == 31481,
        f"{CBP} 1979, largest majorities in Britain: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in gb[-3:][::-1])
        + ": Rhondda is third.",
    )
    k.claim("Mrs Thatcher, 53,", None, "an age; the results files hold no ages")
    fi, fio = hist_seat_at("Finchley", "1979"), hist_seat_at("Finchley", "1974O")
    k.claim(
        "more than doubled her own majority in Finchley, to 7,878",
        fi.winner == "con" and fi.majority == 7878 and fi.majority > 2 * fio.majority,
        f"{CBP} Finchley: majority {fio.majority:,} in 1974O, {fi.majority:,} in 1979.",
    )
