"""london-results-night-live-blog: an election-night live blog (times only, no year) on the 2015
results in London, from PSEPH 56 against PSEPH 55 (2010)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "london-results-night-live-blog"
R = "London"
P15, P10 = pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    ld = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2015, region=R), seats_won(2010, region=R)
    t, t0 = totals(2015, region=R), totals(2010, region=R)

    def pair(name: str) -> tuple:  # noqa: ANN202 - (2015, 2010) rows of one seat
        return g[name], g0[name]

    ea = g["Ealing Central and Acton"]
    k.claim(
        "Labour's Rupa Huq has taken Ealing Central and Acton from the Conservatives by 274 votes",
        ea.result == "Lab gain from Con" and ea.majority == 274,
        f"{P15} {ea.line()}.",
    )
    il, il0 = pair("Ilford North")
    k.claim(
        "Wes Streeting wins Ilford North by 589, overturning Lee Scott's majority of 5,404",
        il.result == "Lab gain from Con" and il.majority == 589 and il0.majority == 5404,
        f"{P15} {il.line()}; {P10} {il0.line()}.",
    )
    en, en0 = pair("Enfield North")
    k.claim(
        "Joan Ryan wins back Enfield North, the seat she lost five years ago, by 1,086 votes",
        en.result == "Lab gain from Con"
        and en.majority == 1086
        and en0.ranked()[1].surname == "Ryan",
        f"{P15} {en.line()}; {P10} {en0.line()} (Ryan second).",
    )
    bi = g["Brentford and Isleworth"]
    k.claim(
        "Ruth Cadbury takes Brentford and Isleworth from Mary MacLeod by 465",
        bi.result == "Lab gain from Con" and bi.majority == 465 and bi.place("MacLeod") == 2,
        f"{P15} {bi.line()}.",
    )
    cc = g["Croydon Central"]
    nar = sorted(ld, key=lambda s: s.majority)
    holds = sorted((s for s in g.values() if s.result == "Con hold"), key=lambda s: s.majority)
    k.claim(
        "Gavin Barwell holds Croydon Central by 165 votes",
        cc.result == "Con hold" and cc.majority == 165,
        f"{P15} {cc.line()}.",
    )
    k.claim("after a recount", None, "A count event: not in the files.")
    k.claim(
        "the narrowest result in London and the tightest Conservative hold anywhere in the country",
        nar[0].name == cc.name and holds[0].name == cc.name,
        f"{P15} {R} narrowest: {nar[0].name} {nar[0].majority}, {nar[1].name} {nar[1].majority}; "
        f"UK Conservative holds: " + ", ".join(f"{s.name} {s.majority}" for s in holds[:3]) + ".",
    )
    hk, hk0 = pair("Hampstead and Kilburn")
    k.claim(
        "Tulip Siddiq holds Hampstead and Kilburn for Labour by 1,138",
        hk.result == "Lab hold" and hk.majority == 1138,
        f"{P15} {hk.line()}.",
    )
    k.claim(
        "Glenda Jackson held it by just 42 last time",
        hk0.majority == 42 and hk0.winner_name.endswith("Jackson"),
        f"{P10} {hk0.line()}.",
    )
    tw, tw0 = pair("Twickenham")
    k.claim(
        "Tania Mathias takes Twickenham for the Conservatives by 2,017, wiping out Cable's majority "
        "of 12,140",
        tw.result == "Con gain from LD" and tw.majority == 2017 and tw0.majority == 12140,
        f"{P15} {tw.line()}; {P10} {tw0.line()}.",
    )
    ks, ks0 = pair("Kingston and Surbiton")
    k.claim(
        "Ed Davey, who had a majority of 12,140, loses Kingston and Surbiton by 2,834",
        ks0.majority == 12140 and ks.result == "Con gain from LD" and ks.majority == 2834,
        f"{P10} {ks0.line()} (7,560; 12,140 was Cable's in Twickenham); {P15} {ks.line()}.",
    )
    k.claim(
        "the Bermondsey MP since 1983",
        None,
        "A tenure from a 1983 by-election: by-elections before 2010 are not in the files.",
    )
    bo = g["Bermondsey and Old Southwark"]
    k.claim(
        "loses Bermondsey and Old Southwark to Labour's Neil Coyle by 4,489",
        bo.result == "Lab gain from LD" and bo.majority == 4489,
        f"{P15} {bo.line()}.",
    )
    hw = g["Hornsey and Wood Green"]
    k.claim(
        "Lynne Featherstone is out in Hornsey and Wood Green, where Catherine West wins by 11,058",
        hw.result == "Lab gain from LD" and hw.majority == 11058,
        f"{P15} {hw.line()}.",
    )
    bc, bc0 = pair("Brent Central")
    k.claim(
        "Dawn Butler, beaten here by Sarah Teather five years ago, takes Brent Central with a "
        "majority of 19,649",
        bc0.ranked()[0].surname == "Teather"
        and bc0.ranked()[1].surname == "Butler"
        and bc.majority == 19649,
        f"{P10} {bc0.line()}; {P15} {bc.line()}.",
    )
    cw = g["Carshalton and Wallington"]
    k.claim(
        "Tom Brake, who clung on in Carshalton and Wallington by 1,510, is now the only Liberal "
        "Democrat MP left in London",
        cw.result == "LD hold" and cw.majority == 1510 and w["LD"] == 1,
        f"{P15} {cw.line()}; {R} LD seats {w['LD']}.",
    )
    k.claim("the Mayor of London", None, "An office: not in the files.")
    ux = g["Uxbridge and South Ruislip"]
    k.claim(
        "is elected in Uxbridge and South Ruislip by 10,695",
        ux.majority == 10695 and ux.winner_name.endswith("Johnson"),
        f"{P15} {ux.line()}.",
    )
    rp, rp0 = pair("Richmond Park")
    k.claim(
        "Zac Goldsmith's majority in Richmond Park rockets from 4,091 to 23,015, more than five "
        "times as big",
        rp0.majority == 4091 and rp.majority == 23015 and rp.majority > 5 * rp0.majority,
        f"{P10} {rp0.line()}; {P15} {rp.line()}; {rp.majority / rp0.majority:.2f} times.",
    )
    eh = g["East Ham"]
    top = sorted(g.values(), key=lambda s: -s.majority)
    k.claim(
        "Stephen Timms has 77.6 per cent of the vote in East Ham and a majority of 34,252, the "
        "largest in the country",
        round(100 * eh.share("Lab"), 1) == 77.6 and eh.majority == 34252 and top[0].name == eh.name,
        f"{P15} {eh.line()}; Lab {pct(eh.share('Lab'))}; UK largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in top[:2])
        + ".",
    )
    dr = g["Dagenham and Rainham"]
    uk = sorted(ld, key=lambda s: -s.share("UKIP"))
    k.claim(
        "UKIP's best result in London is in Dagenham and Rainham, where it came second with 29.8 "
        "per cent",
        uk[0].name == dr.name
        and dr.ranked()[1].party == "UKIP"
        and round(100 * dr.share("UKIP"), 1) == 29.8,
        f"{P15} {dr.line()}; {R} UKIP shares: "
        + ", ".join(f"{s.name} {pct(s.share('UKIP'))}" for s in uk[:3])
        + ".",
    )
    bx = g["Bexleyheath and Crayford"]
    k.claim(
        "In Bexleyheath and Crayford, too, UKIP came second",
        bx.ranked()[1].party == "UKIP",
        f"{P15} {bx.line()} (UKIP third).",
    )
    k.claim("Green leader Natalie Bennett", None, "A party office: not in the files.")
    hs = g["Holborn and St Pancras"]
    k.claim(
        "finished third in Holborn and St Pancras with 7,013 votes",
        hs.place("Bennett") == 3 and hs.ranked()[2].votes == 7013,
        f"{P15} {hs.line()}.",
    )
    k.claim(
        "Labour 45 seats, up seven; the Conservatives 27, down one; the Lib Dems one, down six",
        (w["Lab"], w["Con"], w["LD"]) == (45, 27, 1)
        and (w["Lab"] - w0["Lab"], w["Con"] - w0["Con"], w["LD"] - w0["LD"]) == (7, -1, -6),
        f"{R}: {P15} Lab {w['Lab']}, Con {w['Con']}, LD {w['LD']}; {P10} Lab {w0['Lab']}, "
        f"Con {w0['Con']}, LD {w0['LD']}.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "Labour took 43.7 per cent of the London vote, up 7.1 points, and the Conservatives 34.9 "
        "per cent, up 0.3",
        round(100 * lab, 1) == 43.7
        and round(100 * (lab - lab0), 1) == 7.1
        and round(100 * con, 1) == 34.9
        and round(100 * (con - con0), 1) == 0.3,
        f"{R}: Lab {P10} {pct(lab0)}, {P15} {pct(lab)}; Con {pct(con0)} -> {pct(con)}.",
    )
    lds, lds0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "The Lib Dem share collapsed from 22.1 per cent to 7.7",
        round(100 * lds0, 1) == 22.1 and round(100 * lds, 1) == 7.7,
        f"{R}: LD {P10} {pct(lds0)}, {P15} {pct(lds)}.",
    )
    to = t["_valid"] / t["_electorate"]
    k.claim(
        "Turnout across the capital was 65.4 per cent",
        round(100 * to, 1) == 65.4,
        f"{P15} {R}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)}.",
    )
    bt = sorted(ld, key=lambda s: -s.turnout)
    k.claim(
        "Twickenham had the highest turnout in London, 77.3 per cent",
        bt[0].name == "Twickenham" and round(100 * bt[0].turnout, 1) == 77.3,
        f"{P15} {R} turnout (valid / electorate): "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in bt[:2])
        + ".",
    )
    k.claim(
        "Ilford South the lowest",
        bt[-1].name == "Ilford South",
        f"{P15} {R} lowest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in bt[::-1][:2])
        + ".",
    )
