"""north-west-election-night-live: a live blog (times only, no year) on the 2015 election in
the North West, from PSEPH 56 against PSEPH 55 (2010 and the Heywood and Middleton by-election
of 2014). Coverage read: Resolve Public Affairs, "The General Election 2015: The Results"
(North West and Greater Manchester seats to watch); The Independent and BBC live pages, 8 May
2015, on Wirral West and the City of Chester recount."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import by_election, general, pseph_name, seats_won, share_of, totals

NAME = "north-west-election-night-live"
R = "North West"
P15, P10 = pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    nw = [s for s in g.values() if s.region == R]
    hm, hb = g["Heywood and Middleton"], by_election("Heywood and Middleton")
    k.claim(
        "Liz McInnes holds Heywood and Middleton by 5,299 votes with UKIP second again, up from a "
        "majority of just 617 at last October's by-election",
        hm.majority == 5299
        and hm.ranked()[1].party == "UKIP"
        and hb.ranked()[1].party == "UKIP"
        and hb.majority == 617
        and hb.date.startswith("09/10/"),
        f"{P15} {hm.line()}; PSEPH 55 by-election {hb.date}: {hb.line()}.",
    )
    k.claim("A recount is under way", None, "A count event: not in the files.")
    bw, bw0 = g["Bolton West"], g0["Bolton West"]
    cg = [s.name for s in nw if s.result.startswith("Con gain from Lab")]
    k.claim(
        "Chris Green takes Bolton West from Labour by 801, overturning Julie Hilling's majority "
        "of 92",
        bw.result == "Con gain from Lab"
        and bw.majority == 801
        and bw0.majority == 92
        and bw0.winner_name.endswith("Hilling"),
        f"{P15} {bw.line()}; {P10} {bw0.line()}; Con gains from Lab in {R}: {cg}.",
    )
    ww = g["Wirral West"]
    byt = sorted(nw, key=lambda s: s.turnout)
    k.claim(
        "Margaret Greenwood beats the employment minister Esther McVey by 417 votes",
        ww.result == "Lab gain from Con" and ww.majority == 417 and ww.place("McVey") == 2,
        f"{P15} {ww.line()}.",
    )
    k.claim(
        "on a turnout of 75.6 per cent, the highest in the North West",
        byt[-1].name == ww.name and round(100 * ww.turnout, 1) == 75.6,
        f"{P15} {R} highest turnout (valid / electorate): {byt[-1].name} "
        f"{pct(byt[-1].turnout)}, next {byt[-2].name} {pct(byt[-2].turnout)}.",
    )
    mw = g["Manchester, Withington"]
    k.claim(
        "Jeff Smith ousts the Lib Dem John Leech with a majority of 14,873",
        mw.result == "Lab gain from LD" and mw.ranked()[1].surname == "Leech"
        and mw.majority == 14873,
        f"{P15} {mw.line()}.",
    )  # fmt: skip
    lf, lf0 = g["Lancaster and Fleetwood"], g0["Lancaster and Fleetwood"]
    k.claim(
        "Cat Smith gains Lancaster and Fleetwood for Labour by 1,265, overturning a Conservative "
        "majority of 333",
        lf.result == "Lab gain from Con" and lf.majority == 1265 and lf0.majority == 333,
        f"{P15} {lf.line()}; {P10} {lf0.line()}.",
    )
    ch = g["City Of Chester"]
    nar = sorted(nw, key=lambda s: s.majority)
    k.claim(
        "Chris Matheson wins the City of Chester for Labour by just 93 votes",
        ch.result == "Lab gain from Con" and ch.majority == 93,
        f"{P15} {ch.line()}.",
    )
    k.claim(
        "the narrowest result in the North West",
        nar[0].name == ch.name,
        f"{P15} {R} smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in nar[:3])
        + ".",
    )
    bu = g["Burnley"]
    k.claim(
        "Julie Cooper takes Burnley from the Liberal Democrats by 3,244",
        bu.result == "Lab gain from LD" and bu.majority == 3244,
        f"{P15} {bu.line()}.",
    )
    cd, hg = g["Cheadle"], g["Hazel Grove"]
    k.claim(
        "the Conservatives take Cheadle, where Mary Robinson wins by 6,453",
        cd.result == "Con gain from LD" and cd.majority == 6453,
        f"{P15} {cd.line()}.",
    )
    k.claim(
        "Hazel Grove, where William Wragg wins by 6,552",
        hg.result == "Con gain from LD" and hg.majority == 6552,
        f"{P15} {hg.line()}.",
    )
    sp = g["Southport"]
    w = seats_won(2015, region=R)
    k.claim(
        "John Pugh holds Southport by 1,322, so the Lib Dems are left with two seats in the region",
        sp.result == "LD hold" and sp.majority == 1322 and w["LD"] == 2,
        f"{P15} {sp.line()}; {R} LD seats {w['LD']}.",
    )
    big = sorted(g.values(), key=lambda s: -s.majority)
    k.claim(
        "George Howarth's majority in Knowsley is 34,655, the largest in the country",
        big[0].name == "Knowsley" and big[0].majority == 34655,
        f"{P15} largest majorities (UK): "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    bys = sorted(g.values(), key=lambda s: -s.share("Lab"))
    k.claim(
        "Steve Rotheram's 81.3 per cent in Liverpool Walton is Labour's best share anywhere",
        bys[0].name == "Liverpool, Walton" and round(100 * bys[0].share("Lab"), 1) == 81.3,
        f"{P15} Labour shares (UK): "
        + ", ".join(f"{s.name} {pct(s.share('Lab'))}" for s in bys[:3])
        + ".",
    )
    bf, bf0 = g["Barrow and Furness"], g0["Barrow and Furness"]
    k.claim(
        "John Woodcock holds on by 795, his majority cut from 5,208",
        bf.result == "Lab hold" and bf.majority == 795 and bf0.majority == 5208,
        f"{P15} {bf.line()}; {P10} {bf0.line()}.",
    )
    wv, wv0 = g["Weaver Vale"], g0["Weaver Vale"]
    k.claim(
        "In Weaver Vale Graham Evans increases his majority to 806",
        wv.majority == 806 and wv.majority > wv0.majority,
        f"{P10} {wv0.line()}; {P15} {wv.line()} (down from 991).",
    )
    bs, bs0 = g["Blackpool South"], g0["Blackpool South"]
    k.claim(
        "Gordon Marsden's majority is cut to 2,585",
        bs.majority == 2585 and bs.majority < bs0.majority,
        f"{P10} {bs0.line()}; {P15} {bs.line()} (up from 1,852).",
    )
    k.claim("the deputy speaker", None, "An office: not in the files.")
    co = g["Chorley"]
    k.claim(
        "holds Chorley by 4,350",
        co.result == "Lab hold" and co.majority == 4350,
        f"{P15} {co.line()} (4,530, not 4,350).",
    )
    oe, oe0 = g["Oldham East and Saddleworth"], g0["Oldham East and Saddleworth"]
    k.claim(
        "whose majority five years ago was 103, wins Oldham East and Saddleworth by 6,002, more "
        "than fifty times as many",
        oe0.majority == 103 and oe.majority == 6002 and oe.majority > 50 * oe0.majority,
        f"{P10} {oe0.line()}; {P15} {oe.line()}.",
    )
    k.claim(
        "Labour 51 seats, the Conservatives 22, the Lib Dems two",
        w["Lab"] == 51 and w["Con"] == 22 and w["LD"] == 2,
        f"{P15} {R}: {dict(w)}.",
    )
    t, t0 = totals(2015, region=R), totals(2010, region=R)
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "Labour's share is up more than five points on last time, the Conservative share has "
        "slipped slightly",
        lab - lab0 > 0.05 and 0 < con0 - con < 0.01,
        f"{R}: Lab {P10} {pct(lab0)} -> {P15} {pct(lab)}; Con {pct(con0)} -> {pct(con)}.",
    )
    uk = share_of(t, "UKIP")
    k.claim(
        "UKIP took almost 14 per cent",
        0.13 < uk < 0.14,
        f"{P15} {R} UKIP {t['UKIP']:,} / {t['_valid']:,} = {pct(uk)}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout was 64.3 per cent, up 2.0 points",
        round(100 * to, 1) == 64.3 and round(100 * (to - to0), 1) == 2.0,
        f"{R} valid / electorate: {P15} {pct(to)}; {P10} {pct(to0)}.",
    )
    k.claim(
        "Manchester Central had the lowest turnout in the region, 52.7 per cent",
        byt[0].name == "Manchester Central" and round(100 * byt[0].turnout, 1) == 52.7,
        f"{P15} {R} lowest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in byt[:3])
        + ".",
    )
