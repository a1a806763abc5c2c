"""labour-tightens-grip-on-yorkshire-regional: a regional daily (dateline only, no year) on the
2017 election in Yorkshire and the Humber, from PSEPH 57 against PSEPH 56 (2015), with CBP-8647
for Sheffield Hallam's history."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, seats_won, share_of, totals

NAME = "labour-tightens-grip-on-yorkshire-regional"
R = "Yorkshire and The Humber"
P17, P15 = pseph_name(2017), pseph_name(2015)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2017), general(2015)
    ys = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2017, region=R), seats_won(2015, region=R)
    t, t0, uk = totals(2017, region=R), totals(2015, region=R), totals(2017)
    k.claim(
        "Labour took 37 of the region's 54 seats, four more than two years ago",
        w["Lab"] == 37 and len(ys) == 54 and w["Lab"] - w0["Lab"] == 4,
        f"{P17} {R}: Lab {w['Lab']} of {len(ys)}; {P15}: Lab {w0['Lab']}.",
    )
    con_gains = [s.name for s in ys if s.result.startswith("Con gain")]
    k.claim(
        "the Conservatives gained nothing in Yorkshire and the Humber and were left with 17",
        not con_gains and w["Con"] == 17,
        f"{P17} {R}: Conservative gains {con_gains or 'none'}; Con seats {w['Con']}.",
    )
    k.claim(
        "The Liberal Democrats lost both their seats",
        w0["LD"] == 2 and w["LD"] == 0,
        f"{P15} {R}: LD {w0['LD']}; {P17}: LD {w['LD']}.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's share of the vote across the region climbed 9.9 points to 59.0 per cent",
        round(100 * (lab - lab0), 1) == 9.9 and round(100 * lab, 1) == 59.0,
        f"{P17} {R}: Lab {t['Lab']:,} / {t['_valid']:,} = {pct(lab)}; {P15}: {pct(lab0)}; "
        f"change {100 * (lab - lab0):+.2f} (the share is 49.0, not 59.0).",
    )
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "the Conservative share rose by 7.8 points to 40.5 per cent",
        round(100 * (con - con0), 1) == 7.8 and round(100 * con, 1) == 40.5,
        f"{P17} {R}: Con {pct(con)}; {P15}: {pct(con0)}; change {100 * (con - con0):+.3f}.",
    )
    rel_share, rel_votes = lab / lab0, t["Lab"] / t0["Lab"]
    k.claim(
        "Labour's total vote was up by a quarter",
        "depends",
        f"{P17}/{P15} {R}: Labour's share {pct(lab0)} -> {pct(lab)} is up by a quarter "
        f"({rel_share:.3f} times), but its votes {t0['Lab']:,} -> {t['Lab']:,} rose by a third "
        f"({rel_votes:.3f} times): true of the share, false of the vote.",
    )
    ukip, ukip0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "UKIP, which took 16 per cent of the Yorkshire vote last time, fell to under 3 per cent",
        round(100 * ukip0) == 16 and ukip < 0.03,
        f"{P15} {R}: UKIP {pct(ukip0)}; {P17}: {pct(ukip)}.",
    )
    no_ukip = [s for s in ys if s.votes("UKIP") == 0]
    k.claim(
        "did not stand in 21 of the 54 seats",
        len(no_ukip) == 21,
        f"{P17} {R}: seats with no UKIP candidate: {len(no_ukip)} of {len(ys)}.",
    )
    best = max(ys, key=lambda s: s.share("UKIP"))
    bc = g["Barnsley Central"]
    k.claim(
        "Its best showing in the region was in Barnsley Central, with 8.7 per cent",
        best.name == "Barnsley Central" and round(100 * bc.share("UKIP"), 1) == 8.7,
        f"{P17} {R}: highest UKIP share {best.name} {pct(best.share('UKIP'))}; Barnsley "
        f"Central {pct(bc.share('UKIP'))}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout in the region was 66.4 per cent, up 3.1 points",
        round(100 * to, 1) == 66.4 and round(100 * (to - to0), 1) == 3.1,
        f"{P17} {R}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)}; "
        f"{P15}: {pct(to0)}.",
    )
    uklab = share_of(uk, "Lab")
    k.claim(
        "Labour's 49 per cent here compares with 40.0 per cent across the UK",
        round(100 * lab) == 49 and round(100 * uklab, 1) == 40.0,
        f"{P17}: Lab {R} {pct(lab)}; UK {uk['Lab']:,} / {uk['_valid']:,} = {pct(uklab)}.",
    )
    kg = g["Keighley"]
    k.claim(
        "John Grogan won the seat back with a majority of just 249",
        kg.result == "Lab gain from Con" and kg.majority == 249,
        f"{P17} {kg.line()} (239, not 249).",
    )
    cv = g["Colne Valley"]
    k.claim(
        "a majority of 915 for Labour's Thelma Walker over the sitting Conservative MP",
        cv.majority == 915 and cv.ranked()[0].surname == "Walker" and cv.ranked()[1].sitting,
        f"{P17} {cv.line()}; runner-up sitting: {cv.ranked()[1].sitting}.",
    )
    k.claim("a former head teacher aged 59", None, "A career and an age: not in the files.")
    ln = g["Leeds North West"]
    k.claim(
        "took Leeds North West from Greg Mulholland with a majority of 4,224 and 44 per cent of "
        "the vote",
        ln.result == "Lab gain from LD"
        and ln.majority == 4224
        and round(100 * ln.share("Lab")) == 44,
        f"{P17} {ln.line()}; Lab share {pct(ln.share('Lab'))}.",
    )
    rise = {s.name: s.electorate / g0[s.name].electorate for s in ys}
    top = max(rise, key=lambda n: rise[n])
    k.claim(
        "the biggest increase of registered voters in the region, with the roll up 16 per cent "
        "to 68,152",
        top == "Leeds North West" and ln.electorate == 68152 and round(100 * (rise[top] - 1)) == 16,
        f"{P17}/{P15}: largest electorate rise in {R}: {top}, {g0[top].electorate:,} -> "
        f"{g[top].electorate:,} (+{100 * (rise[top] - 1):.1f}%, not 16%).",
    )
    k.claim(
        "Nick Clegg, deputy prime minister for five years", None, "An office: not in the files."
    )
    sh = g["Sheffield, Hallam"]
    rows = hist_seat("Sheffield, Hallam")
    k.claim(
        "was beaten by 2,125 votes, Labour's first victory in the seat since 1918",
        sh.result == "Lab gain from LD"
        and sh.majority == 2125
        and all(h.winner != "lab" for h in rows if h.election != "2019" and h.election != "2017"),
        f"{P17} {sh.line()}; CBP-8647 Sheffield, Hallam: {hist_line(rows)}.",
    )
    by_t = sorted(ys, key=lambda s: -s.turnout)
    k.claim(
        "the highest turnout in the region, 77.6 per cent, with York Outer second on 75.7 per cent",
        by_t[0].name == "Sheffield, Hallam"
        and round(100 * by_t[0].turnout, 1) == 77.6
        and by_t[1].name == "York Outer"
        and round(100 * by_t[1].turnout, 1) == 75.7,
        f"{P17} {R} turnout (valid / electorate): "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in by_t[:3])
        + ".",
    )
    k.claim(
        "where Theresa May launched the Tory manifesto", None, "A campaign event: not in the files."
    )
    hx, hx0 = g["Halifax"], g0["Halifax"]
    k.claim(
        "Holly Lynch increased her share of the vote from 40 per cent to 52.8 per cent, taking her "
        "2015 majority of 428 to 5,376",
        round(100 * hx0.share("Lab")) == 40
        and round(100 * hx.share("Lab"), 1) == 52.8
        and hx0.majority == 428
        and hx.majority == 5376,
        f"{P15} {hx0.line()}; {P17} {hx.line()}; Lab {pct(hx0.share('Lab'))} -> "
        f"{pct(hx.share('Lab'))}.",
    )
    dw, dw0 = g["Dewsbury"], g0["Dewsbury"]
    k.claim(
        "Dewsbury, with its 1,451 Labour majority",
        dw0.first == "Lab" and dw0.majority == 1451,
        f"{P15} {dw0.line()}.",
    )
    k.claim(
        "Paula Sherriff came home by 3,231",
        dw.majority == 3231,
        f"{P17} {dw.line()} (3,321: digits transposed).",
    )
    wk = g["Wakefield"]
    k.claim(
        "Mary Creagh held Wakefield by 2,176",
        wk.result == "Lab hold" and wk.majority == 2176,
        f"{P17} {wk.line()}.",
    )
    ps, ps0 = g["Penistone and Stocksbridge"], g0["Penistone and Stocksbridge"]
    k.claim(
        "Angela Smith's majority was cut from 6,723 to 1,322",
        ps0.majority == 6723 and ps.majority == 1322,
        f"{P15} {ps0.line()}; {P17} {ps.line()}.",
    )
    con_holds = sorted((s for s in ys if s.result == "Con hold"), key=lambda s: s.majority)
    pu = g["Pudsey"]
    k.claim(
        "Stuart Andrew held Pudsey by 331 votes, the narrowest Conservative hold in the region",
        pu.majority == 331 and con_holds[0].name == "Pudsey",
        f"{P17} {pu.line()}; Conservative holds in {R} by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in con_holds[:2])
        + ".",
    )
    cd = g["Calder Valley"]
    k.claim(
        "Craig Whittaker's majority fell to 906",
        cd.majority == 906,
        f"{P17} {cd.line()} (609).",
    )
    ri = g["Richmond (Yorks)"]
    con_seats = sorted((s for s in ys if s.first == "Con"), key=lambda s: -s.majority)
    k.claim(
        "Rishi Sunak's 23,108 in Richmond was the largest Conservative majority in Yorkshire",
        ri.majority == 23108 and con_seats[0].name == "Richmond (Yorks)",
        f"{P17} {ri.line()}; next Conservative: {con_seats[1].name} {con_seats[1].majority:,}.",
    )
    by_m = sorted(ys, key=lambda s: -s.majority)
    k.claim(
        "Sheffield Central's 27,748, with Leeds Central next on 23,698",
        by_m[0].name == "Sheffield Central"
        and by_m[0].majority == 27748
        and by_m[1].name == "Leeds Central"
        and by_m[1].majority == 23698,
        f"{P17} {R} largest majorities: "
        + ", ".join(f"{s.name} ({s.first}) {s.majority:,}" for s in by_m[:3])
        + ".",
    )
    ld2 = [s.name for s in ys if s.ranked()[1].party == "LD"]
    k.claim(
        "The Liberal Democrats finished second in only three seats in the region",
        len(ld2) == 3,
        f"{P17} {R}: Lib Dem second places: {', '.join(ld2)}.",
    )
