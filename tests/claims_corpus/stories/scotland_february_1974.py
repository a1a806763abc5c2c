"""its-scotlands-oil-february-1974-feature: a feature (years named) on the February 1974 election
in Scotland from CBP-8647 only (Scotland rows, against 1970 by seat name; the November 1973 Govan
by-election is not in the series)."""

from __future__ import annotations

from .._key import Key, story
from .._raw import ELECTIONS, HistRow, hist_line, hist_national, hist_seat, history

NAME = "its-scotlands-oil-february-1974-feature"
SC = "Scotland"
CBP = "CBP-8647 Scotland"


def _share(h: HistRow, party: str) -> float:
    return h.votes[party] / h.total


def _second(h: HistRow) -> str:
    return sorted(h.votes, key=lambda p: -h.votes[p])[1]


@story(NAME)
def key(k: Key) -> None:
    rows = [h for h in history() if h.election == "1974F" and h.country == SC]
    r70 = {h.name: h for h in history() if h.election == "1970" and h.country == SC}
    by = {h.name: h for h in rows}
    n, n0 = hist_national("1974F", SC), hist_national("1970", SC)

    def sh(h: dict[str, float], p: str) -> float:
        return h[p] / h["_total"]

    snp, snp0 = sh(n, "natSW"), sh(n0, "natSW")
    k.claim(
        "the SNP had seven MPs, up from one in 1970",
        n["won_natSW"] == 7 and n0["won_natSW"] == 1,
        f"{CBP} 1974F: natSW won {int(n['won_natSW'])}; 1970: {int(n0['won_natSW'])}.",
    )
    k.claim(
        "its share of the Scottish vote had almost doubled, from 11.4 per cent to 21.9 per cent",
        round(100 * snp0, 1) == 11.4 and round(100 * snp, 1) == 21.9 and 1.8 < snp / snp0 < 2,
        f"{CBP}: natSW 1970 {int(n0['natSW']):,} / {int(n0['_total']):,} = {100 * snp0:.2f}%; "
        f"1974F {int(n['natSW']):,} / {int(n['_total']):,} = {100 * snp:.2f}% "
        f"({snp / snp0:.2f} times).",
    )
    k.claim(
        "The party polled 633,180 votes",
        int(n["natSW"]) == 633180,
        f"{CBP} 1974F: natSW {int(n['natSW']):,} (not 633,180).",
    )
    before = ELECTIONS[: ELECTIONS.index("1974F")]
    best = max(hist_national(e, SC)["natSW"] for e in before)
    k.claim(
        "its best showing at any general election to that date",
        n["natSW"] > best,
        f"{CBP}: natSW 1974F {int(n['natSW']):,}; best before, 1918-1970: {int(best):,}.",
    )
    k.claim(
        "Labour remained the largest party in Scotland with 40 of the 71 seats, four fewer than in "
        "1970",
        n["won_lab"] == 40 and len(rows) == 71 and n0["won_lab"] - n["won_lab"] == 4,
        f"{CBP}: lab won 1974F {int(n['won_lab'])} of {len(rows)}; 1970 {int(n0['won_lab'])}.",
    )
    lab = sh(n, "lab")
    lab_hist = {e: sh(hist_national(e, SC), "lab") for e in before}
    last_lower = max((e for e, v in lab_hist.items() if v <= lab), key=ELECTIONS.index)
    k.claim(
        "its share fell to 36.6 per cent, its lowest in Scotland since 1935",
        round(100 * lab, 1) == 36.6 and last_lower == "1935",
        f"{CBP}: lab 1974F {100 * lab:.2f}%; 1935 {100 * lab_hist['1935']:.2f}%, 1931 "
        f"{100 * lab_hist['1931']:.2f}%: the last lower share was {last_lower}.",
    )
    con = sh(n, "con")
    con_hist = {e: sh(hist_national(e, SC), "con") for e in before}
    con_last = max((e for e, v in con_hist.items() if v <= con), key=ELECTIONS.index)
    k.claim(
        "The Conservatives won 21 seats on 32.9 per cent, their lowest Scottish share since 1923",
        n["won_con"] == 21 and round(100 * con, 1) == 32.9 and con_last == "1923",
        f"{CBP}: con won {int(n['won_con'])}, {100 * con:.2f}%; 1923 {100 * con_hist['1923']:.2f}%, "
        f"1924-1970 all higher; the last lower share was {con_last}.",
    )
    k.claim(
        "The Liberals held their three seats",
        n["won_lib"] == 3 and n0["won_lib"] == 3,
        f"{CBP}: lib won 1970 {int(n0['won_lib'])}, 1974F {int(n['won_lib'])}.",
    )
    to = n["_total_contested"] / n["_electorate_contested"]
    to0 = n0["_total_contested"] / n0["_electorate_contested"]
    k.claim(
        "Turnout rose 4.9 points to 78.9 per cent",
        round(100 * (to - to0), 1) == 4.9 and round(100 * to, 1) == 78.9,
        f"{CBP}: votes / electorate, 1970 {100 * to0:.2f}%, 1974F {100 * to:.2f}%.",
    )
    mn = by["Moray And Nairn"]
    k.claim(
        "Winnie Ewing took Moray and Nairn from the Conservatives by 1,817 votes",
        mn.winner == "natSW" and r70[mn.name].winner == "con" and mn.majority == 1817,
        f"{CBP} Moray and Nairn: 1970 {r70[mn.name].winner}; 1974F {mn.votes}, majority "
        f"{mn.majority:,}.",
    )
    ar = hist_seat("Argyll")
    since = [h for h in ar if ELECTIONS.index("1924") <= ELECTIONS.index(h.election) < 15]
    k.claim(
        "Conservative at every election since 1924",
        all(h.winner == "con" for h in since)
        and next(h for h in ar if h.election == "1923").winner != "con",
        f"{CBP} Argyll: {hist_line(ar)}.",
    )
    a = by["Argyll"]
    k.claim(
        "Iain MacCormick won by 3,288",
        a.winner == "natSW" and a.majority == 3288,
        f"{CBP} Argyll 1974F: {a.votes}, majority {a.majority:,}.",
    )
    de = by["Dundee East"]
    k.claim(
        "Gordon Wilson took Dundee East from Labour by 2,966",
        de.winner == "natSW" and r70[de.name].winner == "lab" and de.majority == 2966,
        f"{CBP} Dundee East: 1970 {r70[de.name].winner}; 1974F {de.votes}, majority "
        f"{de.majority:,}.",
    )
    wi, wi0 = by["Western Isles"], r70["Western Isles"]
    top = sorted(rows, key=lambda h: -_share(h, "natSW"))
    k.claim(
        "turned his majority of 726 in the Western Isles into 7,200",
        wi0.winner == "natSW" and wi0.majority == 726 and wi.majority == 7200,
        f"{CBP} Western Isles: 1970 {wi0.votes}, majority {wi0.majority}; 1974F {wi.votes}, "
        f"majority {wi.majority:,}.",
    )
    k.claim(
        "winning 67.1 per cent of the vote, the SNP's highest share anywhere",
        top[0].name == "Western Isles" and round(100 * _share(wi, "natSW"), 1) == 67.1,
        f"{CBP} 1974F natSW shares: "
        + ", ".join(f"{h.name} {100 * _share(h, 'natSW'):.2f}%" for h in top[:2])
        + ".",
    )
    gv = by["Glasgow Govan"]
    k.claim(
        "who had won Glasgow Govan at a by-election only months before",
        None,
        "The November 1973 by-election: CBP-8647 holds general elections only.",
    )
    k.claim(
        "lost it by 543 votes",
        gv.winner == "lab" and _second(gv) == "natSW" and gv.majority == 543,
        f"{CBP} Glasgow Govan 1974F: {gv.votes}, majority {gv.majority}.",
    )
    k.claim(
        "Labour won back the seat",
        "depends",
        f"{CBP} Glasgow Govan: {hist_line(hist_seat('Glasgow Govan'))}: Labour won it at the 1970 "
        "and February 1974 general elections, so against the last general election it was a "
        "hold; it won the seat back only from the 1973 by-election winner, which the series does "
        "not hold.",
    )
    nar = sorted(rows, key=lambda h: h.majority)
    k.claim(
        "Govan was the narrowest result in Scotland",
        nar[0].name == "Glasgow Govan",
        f"{CBP} 1974F smallest majorities: "
        + ", ".join(f"{h.name} {h.majority}" for h in nar[:3])
        + ".",
    )
    sec = [h.name for h in rows if _second(h) == "natSW"]
    k.claim(
        "The SNP finished second in 19 seats",
        len(sec) == 19,
        f"{CBP} 1974F natSW second: {len(sec)} ({', '.join(sec)}).",
    )
    wl, wl0 = by["West Lothian"], r70["West Lothian"]
    k.claim(
        "Tam Dalyell's majority was more than halved, from 13,740 to 6,422, as the SNP took 35 per "
        "cent of the vote",
        wl0.majority == 13740
        and wl.majority == 6422
        and wl.majority < wl0.majority / 2
        and round(100 * _share(wl, "natSW")) == 35,
        f"{CBP} West Lothian: 1970 majority {wl0.majority:,}; 1974F {wl.votes}, majority "
        f"{wl.majority:,}; natSW {100 * _share(wl, 'natSW'):.2f}%.",
    )
    be, be0 = by["Berwick And East Lothian"], r70["Berwick And East Lothian"]
    k.claim(
        "John Mackintosh lost Berwick and East Lothian to the Conservatives, who overturned his "
        "majority of 641",
        be.winner == "con" and be0.winner == "lab" and be0.majority == 641,
        f"{CBP} Berwick and East Lothian: 1970 {be0.votes}, majority {be0.majority}; 1974F "
        f"{be.votes}, majority {be.majority}.",
    )
    big = sorted(rows, key=lambda h: -h.majority)
    k.claim(
        "Glasgow Provan gave Labour the largest majority in Scotland, 15,787",
        big[0].name == "Glasgow Provan" and big[0].winner == "lab" and big[0].majority == 15787,
        f"{CBP} 1974F largest majorities: "
        + ", ".join(f"{h.name} {h.majority:,}" for h in big[:2])
        + ".",
    )
    k.claim("where David Steel was returned", None, "A candidate's name: not in CBP-8647.")
    tos = sorted(rows, key=lambda h: -h.total / h.electorate)
    k.claim(
        "had the highest turnout, 86.0 per cent, and Glasgow Central the lowest, 63.0 per cent",
        tos[0].name == "Roxburgh Selkirk And Peebles"
        and round(100 * tos[0].total / tos[0].electorate, 1) == 86.0
        and tos[-1].name == "Glasgow Central"
        and round(100 * tos[-1].total / tos[-1].electorate, 1) == 63.0,
        f"{CBP} 1974F turnout (votes / electorate): highest {tos[0].name} "
        f"{100 * tos[0].total / tos[0].electorate:.2f}%, {tos[1].name} "
        f"{100 * tos[1].total / tos[1].electorate:.2f}%; lowest {tos[-1].name} "
        f"{100 * tos[-1].total / tos[-1].electorate:.2f}%.",
    )
