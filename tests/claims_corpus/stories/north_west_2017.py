"""red-north-west-election-column: a regional newspaper column (no year) on the 2017 election in
the North West, from PSEPH 57 against PSEPH 56 (2015), with the February 2017 Copeland
by-election from PSEPH 56 by-elections."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import by_election, general, pseph_name, seats_won, share_of, totals

NAME = "red-north-west-election-column"
R = "North West"
P17, P15 = pseph_name(2017), pseph_name(2015)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2017), general(2015)
    nw = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2017, region=R), seats_won(2015, region=R)
    t, t0 = totals(2017, region=R), totals(2015, region=R)
    k.claim(
        "Labour would lose a dozen seats in this region",
        None,
        "A forecast: not in the files.",
    )
    lab_gains = sorted(s.name for s in nw if s.result.startswith("Lab gain"))
    k.claim(
        "Labour now holds 54 of the North West's 75 seats",
        w["Lab"] == 54 and len(nw) == 75,
        f"{P17} {R}: Lab {w['Lab']} of {len(nw)}.",
    )
    k.claim(
        "having made five gains",
        len(lab_gains) == 5,
        f"{P17} {R}: Labour gains {lab_gains} ({len(lab_gains)}; High Peak is in the East "
        "Midlands).",
    )
    k.claim(
        "the Conservatives are down to 17",
        w["Con"] == 17,
        f"{P17} {R}: Con {w['Con']} (from {w0['Con']} in 2015).",
    )
    cn = g["Crewe and Nantwich"]
    nar = sorted(nw, key=lambda s: s.majority)
    k.claim(
        "Laura Smith took Crewe and Nantwich from Edward Timpson by 48 votes, the narrowest result "
        "in the region",
        cn.result == "Lab gain from Con"
        and cn.majority == 48
        and cn.place("Timpson") == 2
        and nar[0].name == cn.name,
        f"{P17} {cn.line()}; next narrowest: {nar[1].name} {nar[1].majority}.",
    )
    wv = g["Weaver Vale"]
    k.claim(
        "Mike Amesbury won Weaver Vale with 26,066 votes and a majority of 3,928 on a turnout of "
        "73.3 per cent",
        wv.ranked()[0].votes == 26066
        and wv.majority == 3928
        and round(100 * wv.turnout, 1) == 73.3,
        f"{P17} {wv.line()}; turnout {wv.valid:,} / {wv.electorate:,} = {pct(wv.turnout)}.",
    )
    k.claim("the mayor of Warrington", None, "A civic office: not in the files.")
    ws = g["Warrington South"]
    k.claim(
        "took Warrington South by 2,549",
        ws.result == "Lab gain from Con" and ws.majority == 2549,
        f"{P17} {ws.line()}.",
    )
    bn, bn0 = g["Bury North"], g0["Bury North"]
    k.claim(
        "James Frith won by 4,375, overturning a Conservative majority of 378",
        bn.result == "Lab gain from Con" and bn.majority == 4375 and bn0.majority == 378,
        f"{P17} {bn.line()}; {P15} {bn0.line()}.",
    )
    bf = g["Barrow and Furness"]
    k.claim(
        "held on in Barrow and Furness by 290",
        bf.result == "Lab hold" and bf.majority == 290,
        f"{P17} {bf.line()} (209, not 290).",
    )
    cp, cb = g["Copeland"], by_election("Copeland")
    k.claim(
        "Trudy Harrison held Copeland, the seat she won at February's by-election, by 1,695",
        "depends",
        f"PSEPH 56 by-elections {cb.date}: {cb.line()}. {P17} {cp.line()}: Harrison, the sitting "
        f"MP, kept the seat (majority {cp.majority:,}), but the official Result is '{cp.result}', "
        "measured against the 2015 general election.",
    )
    sp = g["Southport"]
    k.claim(
        "Damien Moore took Southport from the Liberal Democrats, who slipped to third",
        sp.result == "Con gain from LD" and sp.ranked()[2].party == "LD",
        f"{P17} {sp.line()}.",
    )
    bw, bw0 = g["Bolton West"], g0["Bolton West"]
    k.claim(
        "Chris Green increased his majority in Bolton West from 801 to 936",
        bw0.majority == 801 and bw.majority == 936,
        f"{P15} {bw0.line()}; {P17} {bw.line()}.",
    )
    wl, wl0 = g["Westmorland and Lonsdale"], g0["Westmorland and Lonsdale"]
    k.claim(
        "Tim Farron clung on in Westmorland and Lonsdale by 777, his majority of 8,949 all but "
        "wiped out, leaving him the last Liberal Democrat MP in the region",
        wl.result == "LD hold" and wl.majority == 777 and wl0.majority == 8949 and w["LD"] == 1,
        f"{P15} {wl0.line()}; {P17} {wl.line()}; {R} LD seats {w['LD']}.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "Labour's share of the vote in the North West rose 10.2 points to 54.9 per cent",
        round(100 * (lab - lab0), 1) == 10.2 and round(100 * lab, 1) == 54.9,
        f"{P17} {R}: Lab {t['Lab']:,} / {t['_valid']:,} = {pct(lab)}; {P15}: {pct(lab0)}.",
    )
    k.claim(
        "the Conservatives' rose 5.0 points to 36.2 per cent",
        round(100 * (con - con0), 1) == 5.0 and round(100 * con, 1) == 36.2,
        f"{P17} {R}: Con {pct(con)}; {P15}: {pct(con0)}.",
    )
    uk, uk0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "UKIP, which took 13.6 per cent here two years ago, fell to 1.9",
        round(100 * uk0, 1) == 13.6 and round(100 * uk, 1) == 1.9,
        f"{R}: UKIP {P15} {pct(uk0)}, {P17} {pct(uk)}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout rose from 64.3 per cent to 67.8 per cent",
        round(100 * to0, 1) == 64.3 and round(100 * to, 1) == 67.8,
        f"{R}: {P15} {pct(to0)}; {P17} valid {t['_valid']:,} / electorate "
        f"{t['_electorate']:,} = {pct(to)}.",
    )
    bt = sorted(nw, key=lambda s: -s.turnout)
    k.claim(
        "Wirral West had the highest turnout in the region, 78.5 per cent, and Manchester Central "
        "the lowest, 55.1 per cent",
        bt[0].name == "Wirral West"
        and round(100 * bt[0].turnout, 1) == 78.5
        and bt[-1].name == "Manchester Central"
        and round(100 * bt[-1].turnout, 1) == 55.1,
        f"{P17} {R} turnout (valid / electorate): highest {bt[0].name} {pct(bt[0].turnout)}, "
        f"{bt[1].name} {pct(bt[1].turnout)}; lowest {bt[-1].name} {pct(bt[-1].turnout)}.",
    )
    kn = g["Knowsley"]
    top = sorted(g.values(), key=lambda s: -s.majority)
    k.claim(
        "George Howarth, whose Knowsley majority of 42,414 is the largest in the country",
        kn.majority == 42414 and top[0].name == kn.name,
        f"{P17} {kn.line()} (42,214); UK largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in top[:2])
        + ".",
    )
    lw = g["Liverpool, Walton"]
    best = sorted(((s.ranked()[0].votes / s.valid, s.name) for s in g.values()), reverse=True)
    k.claim(
        "Dan Carden, whose 85.7 per cent in Liverpool Walton was the highest share anywhere",
        best[0][1] == lw.name and round(100 * best[0][0], 1) == 85.7,
        f"{P17} winners' shares: " + ", ".join(f"{n} {100 * x:.2f}%" for x, n in best[:3]) + ".",
    )
    mg = g["Manchester, Gorton"]
    k.claim(
        "Afzal Khan, who won Manchester Gorton by 31,730 with George Galloway, standing as an "
        "independent, third",
        mg.majority == 31730 and mg.place("Galloway") == 3 and mg.ranked()[2].party == "Ind",
        f"{P17} {mg.line()}.",
    )
    k.claim("George Osborne's old seat", None, "A former MP: not in the files' 2017 rows.")
    ta = g["Tatton"]
    k.claim(
        "Esther McVey held on by 14,787",
        ta.result == "Con hold" and ta.majority == 14787,
        f"{P17} {ta.line()}.",
    )
    pe, pe0 = g["Pendle"], g0["Pendle"]
    k.claim(
        "Andrew Stephenson's majority was cut from 5,453 to 1,279",
        pe0.majority == 5453 and pe.majority == 1279,
        f"{P15} {pe0.line()}; {P17} {pe.line()}.",
    )
