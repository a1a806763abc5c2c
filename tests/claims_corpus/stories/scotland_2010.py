"""scotland-stands-still-labour-holds-daily: a Scottish daily (dateline only, no year) on Scotland
in 2010, from PSEPH 55, with the 2005 comparisons from CBP-8647 (Scotland's boundaries were the
same in 2005 and 2010; the Speaker's Glasgow North East is in CBP-8647's 'oth' column in 2005)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_national, hist_seat_at, pseph_name, seats_won, share_of, totals

NAME = "scotland-stands-still-labour-holds-daily"
P = pseph_name(2010)
CBP = "CBP-8647"


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    sc = [s for s in g.values() if s.country == "Scotland"]
    won = seats_won(2010, "Scotland")
    h5 = hist_national("2005", "Scotland")
    k.claim(
        "Labour won 41 of Scotland's 59 seats",
        won["Lab"] == 41 and len(sc) == 59,
        f"{P} Scotland: {dict(won)} of {len(sc)}.",
    )
    k.claim(
        "exactly as many as five years ago",
        "depends",
        f"{CBP} Scotland 2005: lab won {int(h5['won_lab'])}, with Glasgow North East, the "
        "Speaker's seat, in the 'oth' column; 41 if the Speaker (elected as Labour) is counted with "
        f"Labour, 40 if not. {P} records Glasgow North East as '{g['Glasgow North East'].result}'.",
    )
    k.claim(
        "with the Liberal Democrats on 11, the SNP on six and the Conservatives on one",
        won["LD"] == 11 and won["SNP"] == 6 and won["Con"] == 1,
        f"{P} Scotland: {dict(won)}.",
    )
    k.claim("Alex Salmond had set the SNP a target of 20 seats", None, "a party target")
    t = totals(2010, "Scotland")
    k.claim(
        "the Nationalists finished second in votes, ahead of the Liberal Democrats, but won only six "
        "seats",
        sorted(("Lab", "SNP", "LD", "Con"), key=lambda p: -t[p])[1] == "SNP" and won["SNP"] == 6,
        f"{P} Scotland votes: Lab {t['Lab']:,}, SNP {t['SNP']:,}, LD {t['LD']:,}, Con {t['Con']:,}.",
    )
    ls, ls5 = share_of(t, "Lab"), h5["lab"] / h5["_total"]
    k.claim(
        "Labour's share of the Scottish vote rose to 42 per cent",
        round(100 * ls) == 42 and ls > ls5,
        f"{P} Scotland Lab {pct(ls)}; {CBP} Scotland 2005 lab {pct(ls5)}.",
    )
    k.claim(
        "up 2.5 points",
        round(100 * (ls - ls5), 1) == 2.5,
        f"{P} Scotland Lab {pct(ls)} against {CBP} 2005 {pct(ls5)}: {100 * (ls - ls5):+.2f} "
        "points, not 2.5.",
    )
    k.claim(
        "The Conservatives managed 16.7 per cent",
        round(100 * share_of(t, "Con"), 1) == 16.7,
        f"{P} Scotland Con {t['Con']:,} / {t['_valid']:,} = {pct(share_of(t, 'Con'))}.",
    )
    tt = t["_valid"] / t["_electorate"]
    t5 = h5["_total_contested"] / h5["_electorate_contested"]
    k.claim(
        "turnout rose to 63.8 per cent, up more than three points",
        round(100 * tt, 1) == 63.8 and 0.03 < tt - t5 < 0.04,
        f"{P} Scotland valid / electorate {pct(tt)}; {CBP} Scotland 2005 {pct(t5)}.",
    )
    k.claim("the two seats it had lost at by-elections", None, "by-elections before 2010")
    ge = g["Glasgow East"]
    k.claim(
        "Margaret Curran defeated John Mason, the SNP's by-election winner, by 11,840 votes",
        ge.first == "Lab"
        and ge.majority == 11840
        and any(c.surname == "Mason" and c.sitting and c.party == "SNP" for c in ge.cands),
        f"{P} {ge.line()}; Mason sitting: {[c.sitting for c in ge.cands if c.surname == 'Mason']}.",
    )
    dw = g["Dunfermline and West Fife"]
    k.claim(
        "Thomas Docherty unseated the Liberal Democrat Willie Rennie by 5,470",
        dw.first == "Lab"
        and dw.majority == 5470
        and any(c.surname == "Rennie" and c.sitting and c.party == "LD" for c in dw.cands),
        f"{P} {dw.line()}",
    )
    top = sorted(sc, key=lambda s: -s.majority)
    k.claim(
        "Gordon Brown's majority of 23,009 in Kirkcaldy and Cowdenbeath was the largest in Scotland",
        top[0].name == "Kirkcaldy and Cowdenbeath" and top[0].majority == 23009,
        "Scotland largest: " + ", ".join(f"{s.name} {s.majority:,}" for s in top[:3]) + ".",
    )
    low = sorted(sc, key=lambda s: s.majority)
    k.claim(
        "Ian Murray held Edinburgh South for Labour by 316 votes, the narrowest result in Scotland",
        low[0].name == "Edinburgh South" and low[0].majority == 316,
        "Scotland narrowest: " + ", ".join(f"{s.name} {s.majority:,}" for s in low[:3]) + ".",
    )
    k.claim("the Chancellor", None, "a government office; not in the files")
    es = g["Edinburgh South West"]
    k.claim(
        "held Edinburgh South West by 8,447, with the SNP second",
        es.majority == 8447 and es.second == "SNP",
        f"{P} {es.line()} (the Conservatives second).",
    )
    gc, gc5 = g["Glasgow Central"], hist_seat_at("Glasgow Central", "2005")
    k.claim(
        "Anas Sarwar's majority more than doubled, to 10,551",
        gc.majority == 10551 and gc.majority > 2 * gc5.majority,
        f"{CBP} Glasgow Central 2005 majority {gc5.majority:,}; {P} {gc.majority:,} "
        f"({gc.majority / gc5.majority:.2f} times).",
    )
    k.claim(
        "The SNP held all six of its seats",
        all(s.result == "SNP hold" for s in sc if s.first == "SNP") and won["SNP"] == 6,
        f"{P} Scotland SNP winners: {', '.join(s.name + ' ' + repr(s.result) for s in sc if s.first == 'SNP')}.",
    )
    de, de5 = g["Dundee East"], hist_seat_at("Dundee East", "2005")
    k.claim(
        "Stewart Hosie's majority in Dundee East rose to 1,821 from 383",
        de.majority == 1821 and de5.majority == 383,
        f"{CBP} Dundee East 2005: {de5.winner} by {de5.majority}; {P} {de.line()}",
    )
    mo = g["Moray"]
    k.claim(
        "Angus Robertson held Moray by 5,590, with Douglas Ross second",
        mo.first == "SNP" and mo.majority == 5590 and mo.place("Ross") == 2,
        f"{P} {mo.line()}",
    )
    snp = sorted((s for s in sc if s.first == "SNP"), key=lambda s: -s.majority)
    k.claim(
        "Eilidh Whiteford held on by 4,027, the SNP's largest majority",
        g["Banff and Buchan"].majority == 4027 and snp[0].name == "Banff and Buchan",
        "SNP majorities in Scotland: " + ", ".join(f"{s.name} {s.majority:,}" for s in snp) + ".",
    )
    ed, ed5 = g["East Dunbartonshire"], hist_seat_at("East Dunbartonshire", "2005")
    d = ed.share("LD") - ed5.votes["lib"] / ed5.total
    k.claim(
        "Jo Swinson held East Dunbartonshire by 2,184, her share down more than three points",
        ed.first == "LD" and ed.majority == 2184 and -0.04 < d < -0.03,
        f"{P} {ed.line()}; LD {pct(ed.share('LD'))} against {CBP} 2005 lib "
        f"{pct(ed5.votes['lib'] / ed5.total)} ({100 * d:+.2f}).",
    )
    go = g["Gordon"]
    k.claim(
        "Malcolm Bruce held Gordon with a majority of 6,748, with the SNP third",
        go.majority == 6748 and [c.party for c in go.ranked()].index("SNP") == 2,
        f"{P} {go.line()} (the SNP second).",
    )
    ok = g["Orkney and Shetland"]
    k.claim(
        "Alistair Carmichael took more than 60 per cent of the vote in Orkney and Shetland",
        ok.share("LD") > 0.6,
        f"{P} Orkney and Shetland LD {pct(ok.share('LD'))}.",
    )
    lds = sorted((s for s in sc if s.first == "LD"), key=lambda s: -s.majority)
    k.claim(
        "Charles Kennedy's majority of 13,070 in Ross, Skye and Lochaber was the largest of any Lib "
        "Dem in Scotland",
        lds[0].name == "Ross, Skye and Lochaber" and lds[0].majority == 13070,
        "Lib Dem majorities in Scotland: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in lds[:3])
        + ".",
    )
    dc = g["Dumfriesshire, Clydesdale and Tweeddale"]
    k.claim(
        "David Mundell remains Scotland's only Conservative MP, with a majority of 4,194",
        won["Con"] == 1 and dc.first == "Con" and dc.majority == 4194,
        f"{P} {dc.line()}",
    )
    to = sorted(sc, key=lambda s: s.turnout)
    k.claim(
        "Turnout was lowest in Glasgow North East, at just 49.1 per cent",
        to[0].name == "Glasgow North East" and round(100 * to[0].turnout, 1) == 49.1,
        "Scotland lowest turnout: " + ", ".join(f"{s.name} {pct(s.turnout)}" for s in to[:2]) + ".",
    )
    k.claim(
        "highest in East Renfrewshire, at 77.3 per cent",
        to[-1].name == "East Renfrewshire" and round(100 * to[-1].turnout, 1) == 77.3,
        "Scotland highest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in to[::-1][:2])
        + ".",
    )
