"""north-east-labour-holds-ukip-second-regional: a regional daily (dateline only, no year) on
the 2015 election in the North East, from PSEPH 56 against PSEPH 55 (2010). Coverage read:
BBC News, 8 May 2015, "Election 2015: Sunderland wins race to declare" (the Lib Dems' "791 from
7,191", UKIP's "more than seven-fold"); The Northern Echo, May 2015, on North West Durham
("up from 7,600 to more than 10,000")."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "north-east-labour-holds-ukip-second-regional"
R = "North East"
P15, P10 = pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    ne = [s for s in g.values() if s.region == R]
    w = seats_won(2015, region=R)
    t, t0 = totals(2015, region=R), totals(2010, region=R)
    k.claim(
        "Labour held 26 of the North East's 29 seats overnight",
        w["Lab"] == 26 and len(ne) == 29,
        f"{P15} {R}: {dict(w)} of {len(ne)}.",
    )
    rc, rc0 = g["Redcar"], g0["Redcar"]
    k.claim(
        "winning back Redcar from the Liberal Democrats",
        rc.result == "Lab gain from LD",
        f"{P15} {rc.line()}.",
    )
    cg = [s.name for s in ne if s.result.startswith("Con gain")]
    k.claim(
        "the Conservatives' only gain in the region",
        cg == ["Berwick-Upon-Tweed"],
        f"{P15} {R} Conservative gains: {cg}.",
    )
    k.claim(
        "Anna Turley won with a majority of 10,388, overturning the Liberal Democrats' 5,214-vote "
        "lead",
        rc.majority == 10388 and rc0.majority == 5214 and rc0.first == "LD",
        f"{P15} {rc.line()}; {P10} {rc0.line()}.",
    )
    bw = g["Berwick-Upon-Tweed"]
    k.claim(
        "Anne-Marie Trevelyan took the seat from the Liberal Democrats by 4,914 votes",
        bw.result == "Con gain from LD" and bw.majority == 4914,
        f"{P15} {bw.line()}.",
    )
    k.claim(
        "had been represented by Sir Alan Beith since a by-election in 1973",
        None,
        "A by-election before 2010: not in the files.",
    )
    ukip2 = [s.name for s in ne if s.ranked()[1].party == "UKIP"]
    k.claim(
        "finished second in ten of the region's seats",
        len(ukip2) == 10,
        f"{P15} {R}: UKIP second in {len(ukip2)}: {', '.join(ukip2)}.",
    )
    uk, uk0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "rose from 2.7 per cent to 16.7 per cent",
        round(100 * uk0, 1) == 2.7 and round(100 * uk, 1) == 16.7,
        f"{R} UKIP: {P10} {t0['UKIP']:,} / {t0['_valid']:,} = {pct(uk0)}; {P15} {t['UKIP']:,} / "
        f"{t['_valid']:,} = {pct(uk)}.",
    )
    ld, ld0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "collapsed from 23.6 per cent to 6.5 per cent",
        round(100 * ld0, 1) == 23.6 and round(100 * ld, 1) == 6.5,
        f"{R} LD: {P10} {pct(ld0)}; {P15} {pct(ld)}.",
    )
    lost = [s.name for s in ne if s.votes("LD") / s.valid < 0.05]
    k.claim(
        "they lost their deposit in 16 of the 29 seats",
        len(lost) == 16,
        f"{P15} {R}: LD under 5% of valid votes in {len(lost)} seats.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's own share rose 3.3 points to 46.9 per cent",
        round(100 * (lab - lab0), 1) == 3.3 and round(100 * lab, 1) == 46.9,
        f"{R} Lab: {P10} {pct(lab0)}; {P15} {t['Lab']:,} / {t['_valid']:,} = {pct(lab)}.",
    )
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "the Conservatives edged up to 25.3 per cent",
        con > con0 and round(100 * con, 1) == 25.3,
        f"{R} Con: {P10} {pct(con0)}; {P15} {pct(con)}.",
    )
    gr = share_of(t, "Green")
    k.claim(
        "The Greens' share rose to 4.6 per cent",
        round(100 * gr, 1) == 4.6,
        f"{R} Green: {P10} {pct(share_of(t0, 'Green'))}; {P15} {t['Green']:,} / {t['_valid']:,} "
        f"= {pct(gr)} (3.6, not 4.6).",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout across the region was 61.8 per cent, up 0.7 points",
        round(100 * to, 1) == 61.8 and round(100 * (to - to0), 1) == 0.7,
        f"{R} valid / electorate: {P15} {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}; "
        f"{P10} {pct(to0)}.",
    )
    hp, hp0 = g["Hartlepool"], g0["Hartlepool"]
    k.claim(
        "Iain Wright held on by 3,024 votes over UKIP, down from 5,509",
        hp.majority == 3024 and hp.ranked()[1].party == "UKIP" and hp0.majority == 5509,
        f"{P15} {hp.line()}; {P10} {hp0.line()}.",
    )
    nar = sorted(ne, key=lambda s: s.majority)
    k.claim(
        "the tightest contest in the North East",
        nar[0].name == "Hartlepool",
        f"{P15} {R} smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in nar[:3])
        + ".",
    )
    ms, ms0 = (
        g["Middlesbrough South and East Cleveland"],
        g0["Middlesbrough South and East Cleveland"],
    )
    k.claim(
        "Tom Blenkinsop increased his majority in Middlesbrough South and East Cleveland to 2,268 "
        "from 1,677",
        ms.majority == 2268 and ms0.majority == 1677,
        f"{P15} {ms.line()}; {P10} {ms0.line()}.",
    )
    st, st0 = g["Stockton South"], g0["Stockton South"]
    k.claim(
        "James Wharton turned his 332-vote majority in Stockton South into one of 5,046, more "
        "than fifteen times as large",
        st0.majority == 332 and st.majority == 5046 and st.majority > 15 * st0.majority,
        f"{P10} {st0.line()}; {P15} {st.line()}; 5,046 / 332 = {st.majority / st0.majority:.1f}.",
    )
    k.claim(
        "was once again the first seat in the country to declare",
        None,
        "A declaration time: not in the files.",
    )
    hs, hs0 = g["Houghton and Sunderland South"], g0["Houghton and Sunderland South"]
    k.claim(
        "Bridget Phillipson won by 12,938 votes",
        hs.majority == 12938,
        f"{P15} {hs.line()}.",
    )
    k.claim(
        "UKIP leapfrogged the Conservatives into second place, increasing its vote more than "
        "seven-fold",
        hs.ranked()[1].party == "UKIP"
        and hs0.ranked().index(next(c for c in hs0.cands if c.party == "UKIP"))
        > hs0.ranked().index(next(c for c in hs0.cands if c.party == "Con"))
        and hs.votes("UKIP") > 7 * hs0.votes("UKIP"),
        f"{P15} {hs.line()}; {P10} {hs0.line()}; UKIP {hs0.votes('UKIP'):,} -> "
        f"{hs.votes('UKIP'):,}.",
    )
    k.claim(
        "the Lib Dems' vote dropped to 791 from 7,191",
        hs.votes("LD") == 791 and hs0.votes("LD") == 7191,
        f"Houghton and Sunderland South LD: {P15} {hs.votes('LD'):,}; {P10} "
        f"{hs0.votes('LD'):,} (5,292, not the coverage's 7,191).",
    )
    sc = g["Sunderland Central"]
    k.claim(
        "Julie Elliott held Sunderland Central by 11,719 votes",
        sc.result == "Lab hold" and sc.majority == 11719,
        f"{P15} {sc.line()} (11,179, not 11,719).",
    )
    nw, nw0 = g["North West Durham"], g0["North West Durham"]
    k.claim(
        "Pat Glass increased her majority from 7,600 to more than 10,000",
        round(nw0.majority, -2) == 7600 and nw.majority > 10000,
        f"{P10} {nw0.line()}; {P15} {nw.line()}.",
    )
    ncl = [g[n] for n in g if n.startswith("Newcastle Upon Tyne")]
    k.claim(
        "In all three Newcastle seats the Liberal Democrats were pushed into fourth place behind "
        "the Conservatives and UKIP",
        len(ncl) == 3
        and all([c.party for c in s.ranked()][1:4] == ["Con", "UKIP", "LD"] for s in ncl),
        f"{P15}: " + "; ".join(s.line() for s in ncl) + ".",
    )
    big = sorted(ne, key=lambda s: -s.majority)
    k.claim(
        "Mary Glindon's majority of 17,194 in North Tyneside was the largest in the region",
        big[0].name == "North Tyneside" and big[0].majority == 17194,
        f"{P15} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    bys = sorted(ne, key=lambda s: -s.share("Lab"))
    k.claim(
        "Grahame Morris's 61.0 per cent in Easington was Labour's best share",
        bys[0].name == "Easington" and round(100 * bys[0].share("Lab"), 1) == 61.0,
        f"{P15} {R} Labour shares: "
        + ", ".join(f"{s.name} {pct(s.share('Lab'))}" for s in bys[:3])
        + ".",
    )
    hx, hx0 = g["Hexham"], g0["Hexham"]
    k.claim(
        "Guy Opperman more than doubled his majority in Hexham to 12,031",
        hx.majority == 12031 and hx.majority > 2 * hx0.majority,
        f"{P10} {hx0.line()}; {P15} {hx.line()}.",
    )
    byt = sorted(ne, key=lambda s: s.turnout)
    k.claim(
        "Hexham also had the highest turnout in the region, 72.6 per cent",
        byt[-1].name == "Hexham" and round(100 * hx.turnout, 1) == 72.6,
        f"{P15} {R} highest turnout (valid / electorate): {byt[-1].name} "
        f"{pct(byt[-1].turnout)}, next {byt[-2].name} {pct(byt[-2].turnout)}.",
    )
    ws = g["Washington and Sunderland West"]
    k.claim(
        "Washington and Sunderland West had the lowest turnout in the region, 54.6 per cent",
        byt[0].name == ws.name and round(100 * ws.turnout, 1) == 54.6,
        f"{P15} {R} lowest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in byt[:3])
        + ".",
    )
