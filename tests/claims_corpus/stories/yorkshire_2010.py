"""tory-trophies-across-yorkshire-regional: a regional daily (dateline only, no year) on the 2010
election in Yorkshire and the Humber, from PSEPH 55 (gains as its result column states them,
against notional 2005 results the files do not hold), with CBP-8647 for Harrogate's history."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, seats_won, share_of, totals

NAME = "tory-trophies-across-yorkshire-regional"
R = "Yorkshire and The Humber"
P10 = pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    ys = [s for s in g.values() if s.region == R]
    w = seats_won(2010, region=R)
    t, uk = totals(2010, region=R), totals(2010)
    con_gains = sorted(s.name for s in ys if s.result.startswith("Con gain"))
    from_lab = [n for n in con_gains if g[n].result == "Con gain from Lab"]
    k.claim(
        "The Conservatives gained ten seats across Yorkshire and the Humber overnight, eight of "
        "them from Labour",
        len(con_gains) == 10 and len(from_lab) == 8,
        f"{P10} {R}: Conservative gains {con_gains}; from Labour {len(from_lab)}.",
    )
    k.claim(
        "Labour still won 32 of the region's 54 seats, against 19 for the Conservatives and three "
        "for the Liberal Democrats",
        (w["Lab"], w["Con"], w["LD"], len(ys)) == (32, 19, 3, 54),
        f"{P10} {R}: Lab {w['Lab']}, Con {w['Con']}, LD {w['LD']} of {len(ys)}.",
    )
    k.claim("the Communities Minister Shahid Malik", None, "An office: not in the files.")
    dw = g["Dewsbury"]
    k.claim(
        "with a majority of 1,526",
        dw.result == "Con gain from Lab" and dw.majority == 1526 and dw.place("Malik") == 2,
        f"{P10} {dw.line()}.",
    )
    pu = g["Pudsey"]
    k.claim(
        "Stuart Andrew took Pudsey by 1,569",
        pu.result == "Con gain from Lab" and pu.majority == 1569,
        f"{P10} {pu.line()} (1,659, not 1,569).",
    )
    kg = g["Keighley"]
    k.claim(
        "Kris Hopkins won Keighley by 2,940",
        kg.result == "Con gain from Lab" and kg.majority == 2940,
        f"{P10} {kg.line()}.",
    )
    cv = g["Colne Valley"]
    k.claim(
        "where the Liberal Democrats came third",
        cv.ranked()[2].party == "LD",
        f"{P10} {cv.line()} (the Liberal Democrats second, Labour third).",
    )
    k.claim(
        "Jason McCartney won by 4,837",
        cv.result == "Con gain from Lab" and cv.majority == 4837,
        f"{P10} {cv.line()}.",
    )
    gains = sorted((g[n] for n in con_gains), key=lambda s: -s.majority)
    k.claim(
        "Craig Whittaker's 6,431 in Calder Valley was the biggest majority of any Conservative "
        "gain in the region",
        gains[0].name == "Calder Valley" and gains[0].majority == 6431,
        f"{P10} {R} Conservative gains by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in gains[:3])
        + ".",
    )
    hk = g["Harrogate and Knaresborough"]
    rows = hist_seat("Harrogate & Knaresborough", "Harrogate")
    before = [h for h in rows if h.election in ("1997", "2001", "2005")]
    k.claim(
        "Andrew Jones regained Harrogate and Knaresborough with a slender majority of 1,039",
        hk.result == "Con gain from LD" and hk.majority == 1039,
        f"{P10} {hk.line()}.",
    )
    k.claim(
        "the Conservatives' first win there since 1992",
        all(h.winner == "lib" for h in before)
        and next(h for h in rows if h.election == "1992").winner == "con",
        f"CBP-8647 Harrogate / Harrogate & Knaresborough: {hist_line(rows)}.",
    )
    k.claim(
        "on a turnout of 71.1 per cent",
        round(100 * hk.turnout, 1) == 71.1,
        f"{P10} Harrogate and Knaresborough: valid {hk.valid:,} / electorate {hk.electorate:,} = "
        f"{pct(hk.turnout)}.",
    )
    k.claim("one of the Tories' top targets", None, "A campaign target list: not in the files.")
    mo = g["Morley and Outwood"]
    k.claim(
        "squeaked home in Morley and Outwood with a majority of 1,101",
        mo.result == "Lab hold" and mo.majority == 1101,
        f"{P10} {mo.line()}.",
    )
    k.claim(
        "down from a notional 8,000",
        None,
        "A notional 2005 majority on the new boundaries: PSEPH 55 states no notional figures.",
    )
    be = g["Bradford East"]
    ld_gains = [s.name for s in ys if s.result.startswith("LD gain")]
    k.claim(
        "The Liberal Democrats' only gain was Bradford East, where David Ward beat Labour by 365",
        ld_gains == ["Bradford East"] and be.result == "LD gain from Lab" and be.majority == 365,
        f"{P10} {R}: Lib Dem gains {ld_gains}; {be.line()}.",
    )
    sh = g["Sheffield, Hallam"]
    bt = sorted(ys, key=lambda s: -s.turnout)
    k.claim(
        "Nick Clegg held Sheffield Hallam with a majority of 15,284",
        sh.result == "LD hold" and sh.majority == 15284,
        f"{P10} {sh.line()}.",
    )
    k.claim(
        "Hallam had the highest turnout in the region, 74.3 per cent",
        bt[0].name == sh.name and round(100 * sh.turnout, 1) == 74.3,
        f"{P10} {R} turnout (valid / electorate): "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in bt[:2])
        + ".",
    )
    sc = g["Sheffield Central"]
    nar = sorted(ys, key=lambda s: s.majority)
    k.claim(
        "the closest contest in Yorkshire was next door in Sheffield Central, where Labour's Paul "
        "Blomfield held on by 165 votes",
        nar[0].name == sc.name and sc.result == "Lab hold" and sc.majority == 165,
        f"{P10} {sc.line()}; next: {nar[1].name} {nar[1].majority}.",
    )
    hn = g["Kingston upon Hull North"]
    k.claim(
        "Diana Johnson kept out the Liberal Democrats by 641",
        hn.majority == 641 and hn.ranked()[1].party == "LD",
        f"{P10} {hn.line()}.",
    )
    gg = g["Great Grimsby"]
    k.claim(
        "Austin Mitchell clung on in Great Grimsby by 714",
        gg.result == "Lab hold" and gg.majority == 714,
        f"{P10} {gg.line()}.",
    )
    ri = g["Richmond (Yorks)"]
    bm = sorted(ys, key=lambda s: -s.majority)
    ukm = sorted(g.values(), key=lambda s: -s.majority)
    k.claim(
        "William Hague's 23,336 in Richmond was the biggest majority in the region and the "
        "third-largest in the country",
        bm[0].name == ri.name and ri.majority == 23336 and ukm[2].name == ri.name,
        f"{P10} {ri.line()}; UK largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in ukm[:4])
        + ".",
    )
    k.claim("the Energy Secretary", None, "An office: not in the files.")
    dn = g["Doncaster North"]
    k.claim(
        "held Doncaster North by 10,909",
        dn.majority == 10909 and dn.winner_name.endswith("Miliband"),
        f"{P10} {dn.line()}.",
    )
    lab, con, ld = share_of(t, "Lab"), share_of(t, "Con"), share_of(t, "LD")
    k.claim(
        "Labour took 34.4 per cent of the vote, barely 1.5 points ahead of the Conservatives' 32.8 "
        "per cent, with the Liberal Democrats on 22.9 per cent",
        round(100 * lab, 1) == 34.4
        and round(100 * (lab - con), 1) == 1.5
        and round(100 * con, 1) == 32.8
        and round(100 * ld, 1) == 22.9,
        f"{P10} {R}: valid {t['_valid']:,}; Lab {pct(lab)}, Con {pct(con)}, LD {pct(ld)}.",
    )
    uklab = share_of(uk, "Lab")
    k.claim(
        "Labour's share here was more than six points above its national figure",
        lab - uklab > 0.06,
        f"{P10}: Lab {R} {pct(lab)}; UK {uk['Lab']:,} / {uk['_valid']:,} = {pct(uklab)}; "
        f"difference {100 * (lab - uklab):.2f} points.",
    )
    to, ukto = t["_valid"] / t["_electorate"], uk["_valid"] / uk["_electorate"]
    k.claim(
        "Turnout in the region was 62.9 per cent, below the UK's 65.1 per cent",
        round(100 * to, 1) == 62.9 and round(100 * ukto, 1) == 65.1,
        f"{P10}: {R} valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)}; UK "
        f"{pct(ukto)}.",
    )
    k.claim(
        "Leeds Central had the lowest, 46.0 per cent",
        bt[-1].name == "Leeds Central" and round(100 * bt[-1].turnout, 1) == 46.0,
        f"{P10} {R} lowest turnout: {bt[-1].name} {pct(bt[-1].turnout)}, {bt[-2].name} "
        f"{pct(bt[-2].turnout)}.",
    )
    bnp = sorted(ys, key=lambda s: -s.share("BNP"))
    k.claim(
        "The BNP's best result in the region was in Rotherham, 10.4 per cent",
        bnp[0].name == "Rotherham" and round(100 * bnp[0].share("BNP"), 1) == 10.4,
        f"{P10} {R} BNP shares: "
        + ", ".join(f"{s.name} {pct(s.share('BNP'))}" for s in bnp[:2])
        + ".",
    )
    ukip = sorted(ys, key=lambda s: -s.share("UKIP"))
    k.claim(
        "UKIP's in Kingston upon Hull East, 8.0 per cent",
        ukip[0].name == "Kingston upon Hull East",
        f"{P10} {R} UKIP shares: "
        + ", ".join(f"{s.name} {pct(s.share('UKIP'))}" for s in ukip[:2])
        + " (Hull East second).",
    )
