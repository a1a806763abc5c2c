"""east-anglia-three-labour-gains-wire: a wire report (dateline only, no year) on the 2017
election in the East of England, from PSEPH 57 against PSEPH 56 (2015) and PSEPH 55 (2010), with
CBP-8647 for Peterborough's history."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    general,
    hist_line,
    hist_seat,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "east-anglia-three-labour-gains-wire"
R = "East of England"
P17, P15, P10 = pseph_name(2017), pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2017), general(2015)
    ee = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2017, region=R), seats_won(2015, region=R)
    t, t0 = totals(2017, region=R), totals(2015, region=R)
    k.claim(
        "The Conservatives won 50 of the 58 seats in the East of England, two fewer than two years "
        "ago",
        w["Con"] == 50 and len(ee) == 58 and w0["Con"] - w["Con"] == 2,
        f"{P17} {R}: Con {w['Con']} of {len(ee)}; {P15}: Con {w0['Con']}.",
    )
    lab_gains = sorted(s.name for s in ee if s.result == "Lab gain from Con")
    k.claim(
        "Labour took Peterborough, Bedford and Ipswich and finished with seven seats, up from four",
        lab_gains == ["Bedford", "Ipswich", "Peterborough"] and w["Lab"] == 7 and w0["Lab"] == 4,
        f"{P17} {R}: Labour gains {lab_gains}; Lab {w0['Lab']} -> {w['Lab']}.",
    )
    pb = g["Peterborough"]
    rows = hist_seat("Peterborough")
    last_lab = max(h.election for h in rows if h.winner == "lab" and h.election < "2017")
    k.claim(
        "Fiona Onasanya ousted Stewart Jackson by 607 votes",
        pb.result == "Lab gain from Con" and pb.majority == 607 and pb.place("Jackson") == 2,
        f"{P17} {pb.line()}.",
    )
    k.claim(
        "Labour's first win there since 1997",
        last_lab == "1997",
        f"CBP-8647 Peterborough: {hist_line(rows)} (the last Labour win before 2017 was "
        f"{last_lab}).",
    )
    bd = g["Bedford"]
    k.claim(
        "Mohammad Yasin took Bedford by 789",
        bd.result == "Lab gain from Con" and bd.majority == 789,
        f"{P17} {bd.line()}.",
    )
    k.claim(
        "the Cabinet Office minister credited with writing the Conservative manifesto",
        None,
        "An office and a role: not in the files.",
    )
    ip = g["Ipswich"]
    k.claim(
        "by 831",
        ip.result == "Lab gain from Con" and ip.majority == 831 and ip.place("Gummer") == 2,
        f"{P17} {ip.line()}.",
    )
    cl, cl0, cl10 = g["Clacton"], g0["Clacton"], general(2010)["Clacton"]
    k.claim(
        "The Conservatives won back Clacton, where Giles Watling took UKIP's only seat with a "
        "majority of 15,828",
        cl.result == "Con gain from UKIP"
        and cl10.first == "Con"
        and seats_won(2015)["UKIP"] == 1
        and cl0.first == "UKIP"
        and cl.majority == 15828,
        f"{P10} {cl10.line()}; {P15} {cl0.line()} (UKIP's only seat); {P17} {cl.line()}.",
    )
    k.claim(
        "UKIP's share there fell to 7.6 per cent",
        round(100 * cl.share("UKIP"), 1) == 7.6 and cl.share("UKIP") < cl0.share("UKIP"),
        f"{P17} Clacton: UKIP {cl.votes('UKIP'):,} / {cl.valid:,} = {pct(cl.share('UKIP'))}; "
        f"{P15} {pct(cl0.share('UKIP'))}.",
    )
    th = g["Thurrock"]
    best = sorted(g.values(), key=lambda s: -s.share("UKIP"))
    k.claim(
        "Its best result in the country came in Thurrock, where Tim Aker took 20.1 per cent",
        best[0].name == "Thurrock" and round(100 * th.share("UKIP"), 1) == 20.1,
        f"{P17} UKIP shares: "
        + ", ".join(f"{s.name} {pct(s.share('UKIP'))}" for s in best[:2])
        + ".",
    )
    nar = sorted(ee, key=lambda s: s.majority)
    k.claim(
        "Jackie Doyle-Price held on for the Conservatives by 345 votes, the narrowest result in "
        "the region",
        th.result == "Con hold" and th.majority == 345 and nar[0].name == "Thurrock",
        f"{P17} {th.line()}; next: {nar[1].name} {nar[1].majority}.",
    )
    nn, nn0 = g["Norwich North"], g0["Norwich North"]
    k.claim(
        "Chloe Smith saw her majority in Norwich North cut from 4,463 to 507",
        nn0.majority == 4463 and nn.majority == 507,
        f"{P15} {nn0.line()}; {P17} {nn.line()}.",
    )
    nf = g["North Norfolk"]
    k.claim(
        "Norman Lamb kept North Norfolk by 3,512, the only Liberal Democrat seat in the region",
        nf.result == "LD hold" and nf.majority == 3512 and w["LD"] == 1,
        f"{P17} {nf.line()}; {R} LD seats {w['LD']}.",
    )
    wa, wa0 = g["Watford"], g0["Watford"]
    k.claim(
        "Richard Harrington's majority in Watford was slashed from 9,794 to 2,902",
        wa0.majority == 9794 and wa.majority == 2902,
        f"{P15} {wa0.line()}; {P17} {wa.line()} (2,092, not 2,902).",
    )
    cb, cb0 = g["Cambridge"], g0["Cambridge"]
    k.claim(
        "Daniel Zeichner turned a majority of 599 into 12,661, more than 20 times as large",
        cb0.majority == 599 and cb.majority == 12661 and cb.majority > 20 * cb0.majority,
        f"{P15} {cb0.line()}; {P17} {cb.line()}; {cb.majority / cb0.majority:.1f} times.",
    )
    ns, ns0 = g["Norwich South"], g0["Norwich South"]
    k.claim(
        "Clive Lewis more than doubled his majority in Norwich South to 15,596",
        ns.majority == 15596 and ns.majority > 2 * ns0.majority,
        f"{P15} {ns0.line()}; {P17} {ns.line()}.",
    )
    co, co0 = g["Colchester"], g0["Colchester"]
    k.claim(
        "where the former Liberal Democrat MP Bob Russell came third",
        co.place("Russell") == 3 and co.ranked()[2].party == "LD",
        f"{P17} {co.line()}.",
    )
    k.claim(
        "Will Quince's majority edged up from 5,575 to 5,677",
        co0.majority == 5575 and co.majority == 5677,
        f"{P15} {co0.line()}; {P17} {co.line()}.",
    )
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "the Conservative share rose 5.6 points to 54.6 per cent and Labour's 10.7 points to 32.7 "
        "per cent",
        round(100 * (con - con0), 1) == 5.6
        and round(100 * con, 1) == 54.6
        and round(100 * (lab - lab0), 1) == 10.7
        and round(100 * lab, 1) == 32.7,
        f"{R}: Con {P15} {pct(con0)}, {P17} {pct(con)}; Lab {pct(lab0)} -> {pct(lab)}.",
    )
    uk, uk0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "UKIP's fell from 16.2 per cent to 2.5 per cent",
        round(100 * uk0, 1) == 16.2 and round(100 * uk, 1) == 2.5,
        f"{R}: UKIP {P15} {pct(uk0)}, {P17} {pct(uk)}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    bt = sorted(ee, key=lambda s: -s.turnout)
    k.claim(
        "Turnout rose 2.2 points to 69.8 per cent",
        round(100 * (to - to0), 1) == 2.2 and round(100 * to, 1) == 69.8,
        f"{R}: valid / electorate {P15} {pct(to0)}, {P17} {t['_valid']:,} / "
        f"{t['_electorate']:,} = {pct(to)}.",
    )
    k.claim(
        "with St Albans the highest at 78.3 per cent and Great Yarmouth the lowest at 61.8 per cent",
        bt[0].name == "St Albans"
        and round(100 * bt[0].turnout, 1) == 78.3
        and bt[-1].name == "Great Yarmouth"
        and round(100 * bt[-1].turnout, 1) == 61.8,
        f"{P17} {R} turnout: highest {bt[0].name} {pct(bt[0].turnout)}, {bt[1].name} "
        f"{pct(bt[1].turnout)}; lowest {bt[-1].name} {pct(bt[-1].turnout)}.",
    )
    bm = sorted(ee, key=lambda s: -s.majority)
    k.claim(
        "Brentwood and Ongar's 24,002 was the largest majority in the region",
        bm[0].name == "Brentwood and Ongar",
        f"{P17} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in bm[:3])
        + ".",
    )
    bc = sorted(ee, key=lambda s: -s.share("Con"))
    k.claim(
        "Castle Point gave the Conservatives their highest share, 67.3 per cent",
        bc[0].name == "Castle Point",
        f"{P17} {R} Conservative shares: "
        + ", ".join(f"{s.name} {pct(s.share('Con'))}" for s in bc[:2])
        + ".",
    )
