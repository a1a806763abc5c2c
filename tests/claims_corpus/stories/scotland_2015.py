"""nationalist-tsunami-one-mp-each-scottish-daily: a Scottish daily (dateline only, the year
named once as "2010") on the 2015 election in Scotland, from PSEPH 56 against PSEPH 55 (2010),
with CBP-8647 Scotland rows for the series before 2010."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    general,
    hist_national,
    pseph_name,
    seats_won,
    share_of,
    swing,
    totals,
)

NAME = "nationalist-tsunami-one-mp-each-scottish-daily"
SC = "Scotland"
P15, P10 = pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    sc = [s for s in g.values() if s.country == SC]
    w, w0 = seats_won(2015, country=SC), seats_won(2010, country=SC)
    t, t0 = totals(2015, country=SC), totals(2010, country=SC)
    k.claim(
        "The SNP won 56 of Scotland's 59 seats overnight, up from six five years ago",
        w["SNP"] == 56 and len(sc) == 59 and w0["SNP"] == 6,
        f"{P15} Scotland: SNP {w['SNP']} of {len(sc)}; {P10}: SNP {w0['SNP']}.",
    )
    k.claim(
        "leaving Labour, the Conservatives and the Liberal Democrats with a single MP apiece",
        w["Lab"] == 1 and w["Con"] == 1 and w["LD"] == 1,
        f"{P15} Scotland: Lab {w['Lab']}, Con {w['Con']}, LD {w['LD']}.",
    )
    lab_held = [s.name for s in sc if g0[s.name].first == "Lab"]
    kept = [n for n in lab_held if g[n].first == "Lab"]
    k.claim(
        "Labour lost 40 of the 41 seats it had been defending",
        len(lab_held) == 41 and len(lab_held) - len(kept) == 40,
        f"{P10} Scotland: Labour won {len(lab_held)}; {P15}: Labour kept {kept}.",
    )
    snp, snp0 = share_of(t, "SNP"), share_of(t0, "SNP")
    k.claim(
        "The nationalists took 50.0 per cent of the vote, up 30.0 points",
        round(100 * snp, 1) == 50.0 and round(100 * (snp - snp0), 1) == 30.0,
        f"{P15} Scotland: SNP {t['SNP']:,} / {t['_valid']:,} = {pct(snp)}; {P10}: {pct(snp0)}; "
        f"change {100 * (snp - snp0):+.2f}.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour slumped to 24.3 per cent, down 17.7 points",
        round(100 * lab, 1) == 24.3 and round(100 * (lab0 - lab), 1) == 17.7,
        f"{P15} Scotland: Lab {pct(lab)}; {P10}: {pct(lab0)}; change {100 * (lab - lab0):+.2f}.",
    )
    ld, ld0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "The Liberal Democrat share was more than halved, to 7.5 per cent",
        ld < ld0 / 2 and round(100 * ld, 1) == 7.5,
        f"{P15} Scotland: LD {t['LD']:,} / {t['_valid']:,} = {pct(ld)}; {P10}: {pct(ld0)}.",
    )
    con = share_of(t, "Con")
    hist = {e: hist_national(e, SC) for e in ELECTIONS if e != "2015" and e != "2017"}
    hist = {e: h for e, h in hist.items() if e != "2019"}
    con_hist = {e: h["con"] / h["_total"] for e, h in hist.items()}
    lower = [e for e, v in con_hist.items() if v <= con]
    k.claim(
        "recorded their lowest share in Scotland since 2001",
        round(100 * con, 1) == 14.9 and lower == ["2001"],
        f"{P15} Scotland: Con {pct(con)}; CBP-8647 Scotland Conservative shares 1918-2010: "
        f"2001 {pct(con_hist['2001'])}, 2005 {pct(con_hist['2005'])}, 2010 "
        f"{pct(con_hist['2010'])}, lowest of the series {min(con_hist.values()):.2%}; elections "
        f"at or below 2015: {lower or 'none'} (the lowest since 1918, not since 2001).",
    )
    best = max(
        ((h[p], e, p) for e, h in hist.items() for p in ("con", "lab", "lib", "natSW")),
    )
    k.claim(
        "The SNP's 1,454,436 votes were the most any party has won in Scotland",
        t["SNP"] == 1454436 and t["SNP"] > best[0],
        f"{P15} Scotland: SNP {t['SNP']:,}; CBP-8647 Scotland 1918-2010 best party total: "
        f"{best[2]} {int(best[0]):,} in {best[1]}.",
    )
    inv = sum(s.invalid for s in sc)
    to, to_all = t["_valid"] / t["_electorate"], (t["_valid"] + inv) / t["_electorate"]
    k.claim(
        "Turnout climbed to 71.1 per cent",
        "depends",
        f"{P15} Scotland: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)} "
        f"(71.0); with {inv:,} rejected ballots, {pct(to_all)} (71.1): true of all ballots, "
        "false of valid votes.",
    )
    to0 = t0["_valid"] / t0["_electorate"]
    k.claim(
        "more than seven points higher than in 2010",
        to - to0 > 0.07,
        f"{P10} Scotland: valid {t0['_valid']:,} / electorate {t0['_electorate']:,} = "
        f"{pct(to0)}; {P15} {pct(to)}; rise {100 * (to - to0):.2f} points.",
    )
    k.claim(
        "a legacy of last September's referendum", None, "A cause and an event: not in the files."
    )
    er, er0 = g["East Renfrewshire"], g0["East Renfrewshire"]
    k.claim(
        "Kirsten Oswald, who won by 3,718 votes; he had been defending a majority of 10,420",
        er.result == "SNP gain from Lab" and er.majority == 3718 and er0.majority == 10420,
        f"{P15} {er.line()}; {P10} {er0.line()}.",
    )
    pr, pr0 = g["Paisley and Renfrewshire South"], g0["Paisley and Renfrewshire South"]
    sw = swing(pr, pr0, "SNP", "Lab")
    k.claim(
        "lost to 20-year-old student Mhairi Black by 5,684 on a swing of almost 27 per cent",
        pr.majority == 5684 and 0.26 < sw < 0.27,
        f"{P15} {pr.line()}; Lab {pct(pr0.share('Lab'))} -> {pct(pr.share('Lab'))}, SNP "
        f"{pct(pr0.share('SNP'))} -> {pct(pr.share('SNP'))}; Lab to SNP swing {100 * sw:.2f}.",
    )
    kc, kc0 = g["Kirkcaldy and Cowdenbeath"], g0["Kirkcaldy and Cowdenbeath"]
    lab10 = sorted(
        (s for s in g0.values() if s.country == SC and s.first == "Lab"), key=lambda s: -s.majority
    )
    k.claim(
        "Labour's majority of 23,009 there five years ago was the largest it held anywhere in "
        "Scotland",
        kc0.majority == 23009 and lab10[0].name == kc.name,
        f"{P10} {kc0.line()}; next Labour majorities in Scotland: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in lab10[1:3])
        + ".",
    )
    k.claim(
        "Roger Mullin took the seat by 9,974",
        kc.result == "SNP gain from Lab" and kc.majority == 9974,
        f"{P15} {kc.line()}.",
    )
    gl = [s for s in sc if s.name.startswith("Glasgow")]
    k.claim(
        "The SNP won all seven Glasgow seats",
        len(gl) == 7 and all(s.first == "SNP" for s in gl),
        f"{P15}: " + ", ".join(f"{s.name} {s.first}" for s in gl) + ".",
    )
    sws = sorted(
        ((swing(s, g0[s.name], "SNP", "Lab"), s.name) for s in sc if g0[s.name].first == "Lab"),
        reverse=True,
    )
    k.claim(
        "the largest swing of the night, 39.3 points, came in Glasgow North East",
        sws[0][1] == "Glasgow North East" and round(100 * sws[0][0], 1) == 39.3,
        f"{P15}/{P10} Scotland, Lab to SNP swing in the seats Labour held: "
        + ", ".join(f"{n} {100 * v:.2f}" for v, n in sws[:3])
        + ".",
    )
    es = g["Edinburgh South"]
    k.claim(
        "Only Ian Murray clung on for Labour, holding Edinburgh South by 2,637",
        es.result == "Lab hold" and es.majority == 2637 and w["Lab"] == 1,
        f"{P15} {es.line()}.",
    )
    dc = g["Dumfriesshire, Clydesdale and Tweeddale"]
    k.claim(
        "David Mundell kept Dumfriesshire, Clydesdale and Tweeddale for the Conservatives by 817",
        dc.result == "Con hold" and dc.majority == 817,
        f"{P15} {dc.line()} (798; 817 was Orkney and Shetland's).",
    )
    os_, os0 = g["Orkney and Shetland"], g0["Orkney and Shetland"]
    k.claim(
        "his majority slashed from 9,928 to 817",
        os0.majority == 9928 and os_.majority == 817,
        f"{P10} {os0.line()}; {P15} {os_.line()}.",
    )
    br = g["Berwickshire, Roxburgh and Selkirk"]
    narrow = min(sc, key=lambda s: s.majority)
    k.claim(
        "The narrowest result in Scotland was in Berwickshire, Roxburgh and Selkirk, where the "
        "SNP's Calum Kerr won by 328",
        narrow.name == br.name and br.majority == 328,
        f"{P15} {br.line()}; next narrowest: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in sorted(sc, key=lambda s: s.majority)[1:3])
        + ".",
    )
    k.claim(
        "former Scottish secretary Michael Moore second",
        br.place("Moore") == 2,
        f"{P15} {br.line()}: Moore (LD) placed {br.place('Moore')}, behind the Conservative "
        "Lamont.",
    )
    k.claim(
        "Charles Kennedy, an MP since 1983",
        None,
        "A career before 2010 under other seat names: not stated by the files.",
    )
    rs = g["Ross, Skye and Lochaber"]
    k.claim(
        "lost Ross, Skye and Lochaber by 5,214",
        rs.result == "SNP gain from LD" and rs.majority == 5214,
        f"{P15} {rs.line()} (5,124, not 5,214).",
    )
    iv = g["Inverness, Nairn, Badenoch and Strathspey"]
    k.claim(
        "was ousted in Inverness, Nairn, Badenoch and Strathspey by 10,809",
        iv.result == "SNP gain from LD" and iv.majority == 10809 and iv.place("Alexander") == 2,
        f"{P15} {iv.line()}.",
    )
    gd = g["Gordon"]
    k.claim(
        "Alex Salmond returned to Westminster in Gordon with a majority of 8,687",
        gd.ranked()[0].surname == "Salmond" and gd.majority == 8687,
        f"{P15} {gd.line()}.",
    )
    bym = sorted(sc, key=lambda s: -s.majority)
    k.claim(
        "Falkirk's 19,701 was the biggest majority in Scotland",
        bym[0].name == "Falkirk" and bym[0].majority == 19701,
        f"{P15} Scotland largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in bym[:3])
        + ".",
    )
    top = max((c.votes, c.name, s.name) for s in sc for c in s.cands)
    kl = g["Kilmarnock and Loudoun"]
    k.claim(
        "polled 30,000 votes, the most for any candidate in the country",
        kl.ranked()[0].votes == 30000 and top[2] == kl.name,
        f"{P15} {kl.line()}; most votes for a candidate in Scotland: {top[1]} ({top[2]}) "
        f"{top[0]:,}.",
    )
    bys = sorted(sc, key=lambda s: -s.share("SNP"))
    k.claim(
        "Dundee West gave the SNP its highest share, 61.9 per cent",
        bys[0].name == "Dundee West" and round(100 * bys[0].share("SNP"), 1) == 61.9,
        f"{P15} Scotland SNP shares: "
        + ", ".join(f"{s.name} {pct(s.share('SNP'))}" for s in bys[:3])
        + ".",
    )
    ed = g["East Dunbartonshire"]
    byt = sorted(sc, key=lambda s: -s.turnout)
    k.claim(
        "where Jo Swinson lost by 2,167, had the highest turnout in Scotland at 81.9 per cent",
        ed.majority == 2167
        and ed.place("Swinson") == 2
        and byt[0].name == ed.name
        and round(100 * ed.turnout, 1) == 81.9,
        f"{P15} {ed.line()}; turnout (valid / electorate): "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in byt[:3])
        + ".",
    )
