"""tory-free-scotland-and-wales-daily: a Scottish daily (dateline only; '1992' once) on Scotland
and Wales at the 1997 general election, from CBP-8647 only (Scotland and Wales rows; 1997
against 1992 by seat name where the name is unchanged; 'natSW' is the SNP in Scotland and Plaid
Cymru in Wales)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_count, hist_share, history

NAME = "tory-free-scotland-and-wales-daily"
CBP = "CBP-8647"
E, P = "1997", "1992"
S, W = "Scotland", "Wales"


def _rows(e: str, c: str) -> dict:
    return {h.name: h for h in history() if h.election == e and h.country == c}


def _won(e: str, c: str) -> dict[str, int]:
    h = hist_national(e, c)
    return {p: int(h.get("won_" + p, 0)) for p in ("con", "lab", "lib", "natSW", "oth")}


@story(NAME)
def key(k: Key) -> None:
    ws, ww = _won(E, S), _won(E, W)
    k.claim(
        "The Conservatives woke up this morning without a single MP in Scotland or Wales",
        ws["con"] == 0 and ww["con"] == 0,
        f"{CBP} 1997 wins: Scotland {ws}; Wales {ww}.",
    )
    before = {e: _won(e, S)["con"] for e in ELECTIONS[: ELECTIONS.index(E)]}
    k.claim(
        "not once since 1918 has Scotland been without a Tory at Westminster",
        min(before.values()) > 0,
        f"{CBP} Scotland con wins 1918-1992: min {min(before.values())} "
        f"({min(before, key=lambda e: before[e])}).",
    )
    k.claim("three Cabinet ministers fell", None, "ministerial offices are not in the files")
    r, o = _rows(E, S), _rows(P, S)
    st, st2 = r["Stirling"], o["Stirling"]
    k.claim(
        "whose majority in Stirling had been just 703, lost the seat to Labour by more than 6,000",
        st2.winner == "con" and st2.majority == 703 and st.winner == "lab" and st.majority > 6000,
        f"{CBP} Stirling: 1992 {st2.winner} by {st2.majority}; 1997 {st.votes}, {st.winner} by "
        f"{st.majority:,}.",
    )
    pe = r["Edinburgh Pentlands"]
    k.claim(
        "Malcolm Rifkind was thrown out of Edinburgh Pentlands by almost 5,000",
        o["Edinburgh Pentlands"].winner == "con" and pe.winner == "lab"
        and 4700 <= pe.majority < 5000,
        f"{CBP} Edinburgh Pentlands: 1992 con; 1997 {pe.votes}, {pe.winner} by {pe.majority:,}.",
    )  # fmt: skip
    ga = r["Galloway & Upper Nithsdale"]
    k.claim(
        "Ian Lang lost Galloway and Upper Nithsdale to the SNP by more than 5,000",
        o["Galloway & Upper Nithsdale"].winner == "con" and ga.winner == "natSW"
        and ga.majority > 5000,
        f"{CBP} Galloway & Upper Nithsdale: 1992 con; 1997 {ga.votes}, {ga.winner} by "
        f"{ga.majority:,}.",
    )  # fmt: skip
    con92 = sorted((h for h in o.values() if h.winner == "con"), key=lambda h: -h.majority)
    k.claim(
        "Eastwood, the Tories' safest seat in Scotland five years ago, which fell to Labour",
        con92[0].name == "Eastwood" and r["Eastwood"].winner == "lab",
        f"{CBP} 1992 largest Conservative majorities in Scotland: "
        + "; ".join(f"{h.name} {h.majority:,}" for h in con92[:3])
        + f"; Eastwood 1997 {r['Eastwood'].winner} by {r['Eastwood'].majority:,}.",
    )
    ay, ay2 = r["Ayr"], o["Ayr"]
    k.claim(
        "Ayr, held by 85 votes last time, went Labour by more than 6,500",
        ay2.winner == "con" and ay2.majority == 85 and ay.winner == "lab" and ay.majority > 6500,
        f"{CBP} Ayr: 1992 {ay2.winner} by {ay2.majority}; 1997 {ay.winner} by {ay.majority:,}.",
    )
    ew = r["Edinburgh West"]
    k.claim(
        "The Liberal Democrats took Edinburgh West by more than 7,500",
        o["Edinburgh West"].winner == "con" and ew.winner == "lib" and ew.majority > 7500,
        f"{CBP} Edinburgh West: 1992 {o['Edinburgh West'].winner}; 1997 {ew.winner} by "
        f"{ew.majority:,}.",
    )
    k.claim(
        "was in effect a hold",
        "depends",
        f"{CBP} Perth & Kinross 1992 {o['Perth & Kinross'].winner}, Perth 1997 "
        f"{r['Perth'].winner}: a gain from the Conservatives on the general-election results; "
        "a hold of the seat the SNP had won at a by-election (not in the files) on the other "
        "reading.",
    )
    sh = {p: hist_share(E, p, S) for p in ("con", "lab", "lib", "natSW")}
    sh2 = hist_share(P, "con", S)
    order = sorted(sh, key=lambda p: -sh[p])
    k.claim(
        "The Conservatives finished third in Scotland on 17.5 per cent, down more than eight "
        "points",
        order[2] == "con" and round(100 * sh["con"], 1) == 17.5 and sh2 - sh["con"] > 0.08,
        f"{CBP} Scotland 1997 shares: "
        + ", ".join(f"{p} {pct(sh[p])}" for p in order)
        + f"; con 1992 {pct(sh2)}.",
    )
    w2s = _won(P, S)
    n = hist_seat_count(E, S)
    k.claim(
        "Labour won 56 of the 72 seats on 45.6 per cent, a net gain of seven",
        ws["lab"] == 56 and n == 72 and round(100 * sh["lab"], 1) == 45.6
        and ws["lab"] - w2s["lab"] == 7,
        f"{CBP} Scotland: lab wins {w2s['lab']} (1992) -> {ws['lab']} (1997) of {n}; share "
        f"{pct(sh['lab'])}.",
    )  # fmt: skip
    k.claim(
        "The SNP came second in votes with 22 per cent but doubled its seats only to six",
        order[1] == "natSW" and round(100 * sh["natSW"]) == 22 and ws["natSW"] == 6
        and w2s["natSW"] == 3,
        f"{CBP} Scotland natSW share {pct(sh['natSW'])}; wins {w2s['natSW']} -> {ws['natSW']}.",
    )  # fmt: skip
    k.claim(
        "the Liberal Democrats, on 13 per cent, won ten seats, a net gain of two",
        round(100 * sh["lib"]) == 13 and ws["lib"] == 10 and ws["lib"] - w2s["lib"] == 2,
        f"{CBP} Scotland lib share {pct(sh['lib'])}; wins {w2s['lib']} -> {ws['lib']} (a net "
        f"gain of {ws['lib'] - w2s['lib']}).",
    )
    m = sorted(r.values(), key=lambda h: h.majority)
    k.claim(
        "The narrowest result north of the border was Inverness East",
        m[0].name.startswith("Inverness East"),
        f"{CBP} Scotland 1997 smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority:,}" for h in m[:3]) + ".",
    )  # fmt: skip
    ts, tw = hist_national(E, S), hist_national(E, W)
    tus = ts["_total_contested"] / ts["_electorate_contested"]
    tuw = tw["_total_contested"] / tw["_electorate_contested"]
    k.claim(
        "Turnout in Scotland was 71.3 per cent, lower than in Wales",
        round(100 * tus, 1) == 71.3 and tus < tuw,
        f"{CBP} 1997 turnout (total / electorate): Scotland {pct(tus)}, Wales {pct(tuw)}.",
    )
    w2w = _won(P, W)
    nw = hist_seat_count(E, W)
    slw = hist_share(E, "lab", W)
    k.claim(
        "Labour won 34 of the 40 seats, a gain of eight, on almost 55 per cent of the vote",
        ww["lab"] == 34 and nw == 40 and ww["lab"] - w2w["lab"] == 8 and 0.54 <= slw < 0.55,
        f"{CBP} Wales: lab wins {w2w['lab']} of {hist_seat_count(P, W)} (1992) -> {ww['lab']} "
        f"of {nw} (1997), up {ww['lab'] - w2w['lab']}; share {pct(slw)}.",
    )
    cw, cw2 = hist_share(E, "con", W), hist_share(P, "con", W)
    k.claim(
        "the Conservative share fell by nine points to under a fifth",
        round(100 * (cw2 - cw)) == 9 and cw < 0.2,
        f"{CBP} Wales con share {pct(cw2)} (1992) -> {pct(cw)} (1997).",
    )
    rw, ow = _rows(E, W), _rows(P, W)
    vg, vg2 = rw["Vale Of Glamorgan"], ow["Vale Of Glamorgan"]
    k.claim(
        "The Vale of Glamorgan, where the Conservative majority in 1992 had been 19, went Labour "
        "by more than 10,000",
        vg2.winner == "con" and vg2.majority == 19 and vg.winner == "lab" and vg.majority > 10000,
        f"{CBP} Vale Of Glamorgan: 1992 {vg2.winner} by {vg2.majority}; 1997 {vg.winner} by "
        f"{vg.majority:,}.",
    )
    k.claim(
        "Monmouth fell too",
        ow["Monmouth"].winner == "con" and rw["Monmouth"].winner == "lab",
        f"{CBP} Monmouth: 1992 {ow['Monmouth'].winner} by {ow['Monmouth'].majority:,}; 1997 "
        f"{rw['Monmouth'].winner} by {rw['Monmouth'].majority:,}.",
    )
    mw = sorted(rw.values(), key=lambda h: h.majority)
    k.claim(
        "Conwy, where Labour won by 1,596, was the tightest result in Wales",
        mw[0].name == "Conwy" and mw[0].winner == "lab" and mw[0].majority == 1596,
        f"{CBP} Wales 1997 smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority:,}" for h in mw[:3]) + ".",
    )  # fmt: skip
    k.claim(
        "Blaenau Gwent's majority of 28,035 was the largest",
        mw[-1].name == "Blaenau Gwent" and mw[-1].majority == 28035,
        f"{CBP} Wales 1997 largest majorities: "
        + "; ".join(f"{h.name} {h.majority:,}" for h in mw[-3:][::-1]) + ".",
    )  # fmt: skip
    k.claim("one defeated candidate said at the Stirling count", None, "a quote")
