"""east-midlands-red-cities-blue-towns-weekly: a regional weekly (no year) on the 2017 election
in the East Midlands, from PSEPH 57 against PSEPH 56 (2015). Coverage read: BBC News, 9 Jun 2017,
"Tories take Mansfield after a century of Labour"; Derby Telegraph, Jun 2017, on Derby North
("a majority of just 41"); Lincolnshire Echo, Jun 2017, on Lincoln."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "east-midlands-red-cities-blue-towns-weekly"
R = "East Midlands"
P17, P15 = pseph_name(2017), pseph_name(2015)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2017), general(2015)
    em = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2017, region=R), seats_won(2015, region=R)
    lg = sorted(s.name for s in em if s.result == "Lab gain from Con")
    cg = sorted(s.name for s in em if s.result == "Con gain from Lab")
    k.claim(
        "Labour took three seats from the Conservatives across the East Midlands, but lost two of "
        "its own",
        len(lg) == 3 and len(cg) == 2,
        f"{P17} {R}: Lab gains {lg}; Con gains {cg}.",
    )
    k.claim(
        "leaving the Tories with 31 of the region's 46 seats, down one on two years ago",
        w["Con"] == 31 and len(em) == 46 and w0["Con"] == 32,
        f"{P17} {R}: {dict(w)} of {len(em)}; {P15}: {dict(w0)}.",
    )
    dn, dn0 = g["Derby North"], g0["Derby North"]
    k.claim(
        "Chris Williamson won his old seat back by 2,015 votes, overturning Amanda Solloway's "
        "majority of just 41",
        dn.result == "Lab gain from Con"
        and dn.majority == 2015
        and dn0.majority == 41
        and dn0.winner_name == "Amanda Solloway",
        f"{P17} {dn.line()}; {P15} {dn0.line()}.",
    )
    li, li0 = g["Lincoln"], g0["Lincoln"]
    k.claim(
        "Karen Lee took Lincoln by 1,538, overturning a Conservative majority of 1,443",
        li.result == "Lab gain from Con" and li.majority == 1538 and li0.majority == 1443,
        f"{P17} {li.line()}; {P15} {li0.line()}.",
    )
    hp, hp0 = g["High Peak"], g0["High Peak"]
    k.claim(
        "Ruth George won High Peak by 2,322, wiping out a Tory lead of 4,894",
        hp.result == "Lab gain from Con" and hp.majority == 2322 and hp0.majority == 4894,
        f"{P17} {hp.line()}; {P15} {hp0.line()}.",
    )
    cities = [s for s in em if s.name.split()[0] in ("Derby", "Leicester", "Nottingham")]
    k.claim(
        "Labour now holds every seat in Derby, Leicester and Nottingham",
        len(cities) == 8 and all(s.first == "Lab" for s in cities),
        f"{P17}: " + ", ".join(f"{s.name} {s.first}" for s in cities) + ".",
    )
    k.claim(
        "the Conservatives gained Mansfield and North East Derbyshire",
        cg == ["Mansfield", "North East Derbyshire"],
        f"{P17} {R} Con gains: {cg}.",
    )
    k.claim("Ben Bradley, 27", None, "An age: not in the files.")
    ma = g["Mansfield"]
    k.claim(
        "unseated Sir Alan Meale in Mansfield by 1,057 votes",
        ma.place("Meale") == 2 and ma.majority == 1057 and ma.first == "Con",
        f"{P17} {ma.line()}.",
    )
    ash, ash0 = g["Ashfield"], g0["Ashfield"]
    nar = sorted(em, key=lambda s: s.majority)
    k.claim(
        "Gloria De Piero held on by 441 votes, down from 8,820, the narrowest result in the region",
        ash.result == "Lab hold"
        and ash.majority == 441
        and ash0.majority == 8820
        and nar[0].name == "Ashfield",
        f"{P17} {ash.line()}; {P15} {ash0.line()}; smallest: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in nar[:3])
        + ".",
    )
    holds = sorted((s for s in em if s.result == "Con hold"), key=lambda s: s.majority)
    k.claim(
        "Michael Ellis survived in Northampton North by 807, the closest Conservative hold",
        holds[0].name == "Northampton North" and holds[0].majority == 807,
        f"{P17} {R} narrowest Con holds: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in holds[:3])
        + ".",
    )
    bx, bx0 = g["Broxtowe"], g0["Broxtowe"]
    k.claim(
        "Anna Soubry's majority in Broxtowe fell to 863",
        bx.majority == 863 and bx0.majority > 863,
        f"{P15} {bx0.line()}; {P17} {bx.line()}.",
    )
    t, t0 = totals(2017, region=R), totals(2015, region=R)
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "the Conservatives took 50.7 per cent of the vote, up 7.3 points",
        round(100 * con, 1) == 50.7 and round(100 * (con - con0), 1) == 7.3,
        f"{R} Con: {P15} {pct(con0)}; {P17} {t['Con']:,} / {t['_valid']:,} = {pct(con)}.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's share rose more than nine points",
        lab - lab0 > 0.09,
        f"{R} Lab: {P15} {pct(lab0)}; {P17} {pct(lab)} (up {100 * (lab - lab0):.2f}).",
    )
    uk, uk0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "UKIP's share collapsed from 15.8 per cent to 3.4 per cent",
        round(100 * uk0, 1) == 15.8 and round(100 * uk, 1) == 3.4,
        f"{R} UKIP: {P15} {pct(uk0)}; {P17} {pct(uk)} (2.4, not 3.4).",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout rose 2.5 points to 69.0 per cent",
        round(100 * (to - to0), 1) == 2.5 and round(100 * to, 1) == 69.0,
        f"{R} valid / electorate: {P15} {pct(to0)}; {P17} {t['_valid']:,} / "
        f"{t['_electorate']:,} = {pct(to)}.",
    )
    bo, bo0 = g["Bolsover"], g0["Bolsover"]
    k.claim(
        "Dennis Skinner's majority in Bolsover was more than halved, to 5,288",
        bo.majority == 5288 and bo.majority < bo0.majority / 2,
        f"{P15} {bo0.line()}; {P17} {bo.line()}.",
    )
    ba, ba0 = g["Bassetlaw"], g0["Bassetlaw"]
    k.claim(
        "John Mann's in Bassetlaw fell by almost 4,000",
        3800 <= ba0.majority - ba.majority < 4000,
        f"{P15} {ba0.line()}; {P17} {ba.line()} (down {ba0.majority - ba.majority:,}).",
    )
    cb, cb0 = g["Corby"], g0["Corby"]
    k.claim(
        "Tom Pursglove increased his majority in Corby to 2,690 from 2,412",
        cb.majority == 2690 and cb0.majority == 2412,
        f"{P17} {cb.line()}; {P15} {cb0.line()}.",
    )
    ge, ge0 = g["Gedling"], g0["Gedling"]
    k.claim(
        "Vernon Coaker's in Gedling rose to 4,694",
        ge.majority == 4694 and ge.majority > ge0.majority,
        f"{P15} {ge0.line()}; {P17} {ge.line()}.",
    )
    er = g["Erewash"]
    k.claim(
        "Maggie Throup held Erewash by 4,354",
        er.result == "Con hold" and er.majority == 4354,
        f"{P17} {er.line()} (4,534, not 4,354).",
    )
    rc, rc0 = g["Rushcliffe"], g0["Rushcliffe"]
    byt = sorted(em, key=lambda s: s.turnout)
    k.claim(
        "where Ken Clarke's majority fell to 8,010 from 13,829",
        rc.majority == 8010 and rc0.majority == 13829,
        f"{P17} {rc.line()}; {P15} {rc0.line()}.",
    )
    k.claim(
        "had the highest turnout in the region, 78.0 per cent",
        byt[-1].name == "Rushcliffe" and round(100 * rc.turnout, 1) == 78.0,
        f"{P17} {R} highest turnout (valid / electorate): {byt[-1].name} "
        f"{pct(byt[-1].turnout)}, next {byt[-2].name} {pct(byt[-2].turnout)}.",
    )
    k.claim(
        "Leicester West had the lowest, 57.9 per cent",
        byt[0].name == "Leicester West" and round(100 * g["Leicester West"].turnout, 1) == 57.9,
        f"{P17} {R} lowest turnout: {byt[0].name} {pct(byt[0].turnout)}, next {byt[1].name} "
        f"{pct(byt[1].turnout)}.",
    )
    big = sorted(em, key=lambda s: -s.majority)
    ls = g["Leicester South"]
    bys = sorted(em, key=lambda s: -s.share("Lab"))
    k.claim(
        "Jon Ashworth's 73.6 per cent in Leicester South was Labour's best share",
        bys[0].name == ls.name and round(100 * ls.share("Lab"), 1) == 73.6,
        f"{P17} {R} Lab shares: "
        + ", ".join(f"{s.name} {pct(s.share('Lab'))}" for s in bys[:2])
        + ".",
    )
    k.claim(
        "Sleaford and North Hykeham had the largest majority in the region, 25,237",
        big[0].name == "Sleaford and North Hykeham"
        and g["Sleaford and North Hykeham"].majority == 25237,
        f"{P17} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    byc = sorted(em, key=lambda s: -s.share("Con"))
    k.claim(
        "the highest Tory share was in South Holland and the Deepings, 69.9 per cent",
        byc[0].name == "South Holland and The Deepings" and round(100 * byc[0].share("Con"), 1) == 69.9,
        f"{P17} {R} Con shares: "
        + ", ".join(f"{s.name} {pct(s.share('Con'))}" for s in byc[:2])
        + ".",
    )  # fmt: skip
