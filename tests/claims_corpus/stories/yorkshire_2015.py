"""yorkshire-balls-falls-clegg-clings-on-daily: a regional daily (dateline only, no year) on the
2015 election in Yorkshire and the Humber, from PSEPH 56 against PSEPH 55 (2010). Coverage
read: The East Anglian Daily Times, May 2015 (Balls "beaten by 422 votes in his Yorkshire seat
of Morley and Outwood"); Resolve Public Affairs, "The General Election 2015: The Results"
(West and South Yorkshire seats to watch)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "yorkshire-balls-falls-clegg-clings-on-daily"
R = "Yorkshire and The Humber"
P15, P10 = pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    yh = [s for s in g.values() if s.region == R]
    w = seats_won(2015, region=R)
    t, t0 = totals(2015, region=R), totals(2010, region=R)
    k.claim(
        "Labour won 33 of Yorkshire and the Humber's 54 seats, the Conservatives 19 and the "
        "Liberal Democrats two",
        w["Lab"] == 33 and w["Con"] == 19 and w["LD"] == 2 and len(yh) == 54,
        f"{P15} {R}: {dict(w)} of {len(yh)}.",
    )
    k.claim("Shadow chancellor", None, "A front-bench job: not in the files.")
    mo = g["Morley and Outwood"]
    nar = sorted(yh, key=lambda s: s.majority)
    k.claim(
        "Ed Balls lost Morley and Outwood to the Conservative Andrea Jenkyns by 422 votes",
        mo.result.startswith("Con gain") and mo.majority == 422 and mo.place("Balls") == 2,
        f"{P15} {mo.line()}.",
    )
    k.claim(
        "the narrowest result in the region",
        nar[0].name == mo.name,
        f"{P15} {R} smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in nar[:3])
        + ".",
    )
    hx, hx0 = g["Halifax"], g0["Halifax"]
    k.claim(
        "Holly Lynch held on for Labour by 428 votes, down from 1,472",
        hx.result == "Lab hold" and hx.majority == 428 and hx0.majority == 1472,
        f"{P15} {hx.line()}; {P10} {hx0.line()}.",
    )
    lg = [s.name for s in yh if s.result.startswith("Lab gain from Con")]
    dw = g["Dewsbury"]
    k.claim(
        "Labour's only gain from the Conservatives in the region came in Dewsbury, where Paula "
        "Sherriff won by 1,451",
        lg == ["Dewsbury"] and dw.majority == 1451,
        f"{P15} {R} Labour gains from Con: {lg}; {dw.line()}.",
    )
    be, be0 = g["Bradford East"], g0["Bradford East"]
    k.claim(
        "Imran Hussain ousted David Ward with a majority of 7,084, overturning the Liberal "
        "Democrat's majority of 365",
        be.result == "Lab gain from LD"
        and be.place("Ward") == 2
        and be.majority == 7084
        and be0.majority == 365,
        f"{P15} {be.line()}; {P10} {be0.line()}.",
    )
    sh, sh0 = g["Sheffield, Hallam"], g0["Sheffield, Hallam"]
    k.claim(
        "Nick Clegg held Sheffield Hallam by 2,353 votes over Labour's Oliver Coppard, his "
        "majority slashed from 15,284",
        sh.majority == 2353 and sh.ranked()[1].surname == "Coppard" and sh0.majority == 15284,
        f"{P15} {sh.line()}; {P10} {sh0.line()}.",
    )
    byt = sorted(yh, key=lambda s: s.turnout)
    k.claim(
        "Hallam also had the highest turnout in the region, 76.7 per cent",
        byt[-1].name == sh.name and round(100 * sh.turnout, 1) == 76.7,
        f"{P15} {R} highest turnout (valid / electorate): {byt[-1].name} "
        f"{pct(byt[-1].turnout)}, next {byt[-2].name} {pct(byt[-2].turnout)}.",
    )
    ln = g["Leeds North West"]
    k.claim(
        "Greg Mulholland survived by 2,907, so the Liberal Democrats are left with two Yorkshire "
        "seats",
        ln.majority == 2907 and ln.first == "LD" and w["LD"] == 2,
        f"{P15} {ln.line()}; {R} LD seats {w['LD']} ({P10}: {seats_won(2010, region=R)['LD']}).",
    )
    ld, ld0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "the Liberal Democrat share fell from 22.9 per cent to 7.1 per cent",
        round(100 * ld0, 1) == 22.9 and round(100 * ld, 1) == 7.1,
        f"{R} LD: {P10} {pct(ld0)}; {P15} {t['LD']:,} / {t['_valid']:,} = {pct(ld)}.",
    )
    uk, uk0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "UKIP took 16.0 per cent, up from 2.8",
        round(100 * uk, 1) == 16.0 and round(100 * uk0, 1) == 2.8,
        f"{R} UKIP: {P10} {pct(uk0)}; {P15} {pct(uk)}.",
    )
    u2 = [s.name for s in yh if s.ranked()[1].party == "UKIP"]
    k.claim(
        "finished second in 15 seats",
        len(u2) == 15,
        f"{P15} {R}: UKIP second in {len(u2)} seats.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's share rose 4.8 points to 39.1 per cent",
        round(100 * (lab - lab0), 1) == 4.8 and round(100 * lab, 1) == 39.1,
        f"{R} Lab: {P10} {pct(lab0)}; {P15} {pct(lab)}.",
    )
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "the Conservatives' share edged up to 32.6 per cent",
        con > con0 and round(100 * con, 1) == 32.6,
        f"{R} Con: {P10} {pct(con0)}; {P15} {pct(con)} (down, not up).",
    )
    to = t["_valid"] / t["_electorate"]
    k.claim(
        "Turnout was 63.3 per cent",
        round(100 * to, 1) == 63.3,
        f"{P15} {R}: {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}.",
    )
    rv, rv0 = g["Rother Valley"], g0["Rother Valley"]
    k.claim(
        "Kevin Barron's majority was cut to 7,297",
        rv.majority == 7297 and rv.majority < rv0.majority,
        f"{P10} {rv0.line()}; {P15} {rv.line()} (up from 5,866, not cut).",
    )
    pu, pu0 = g["Pudsey"], g0["Pudsey"]
    k.claim(
        "Stuart Andrew increased his majority in Pudsey to 4,501 from 1,659",
        pu.majority == 4501 and pu0.majority == 1659,
        f"{P15} {pu.line()}; {P10} {pu0.line()}.",
    )
    ke = g["Keighley"]
    k.claim(
        "Kris Hopkins held Keighley by 3,530",
        ke.result == "Con hold" and ke.majority == 3530,
        f"{P15} {ke.line()} (3,053, not 3,530).",
    )
    k.claim("succeeding Austin Mitchell", None, "A retiring MP's tenure: not in the files.")
    gg, gg0 = g["Great Grimsby"], g0["Great Grimsby"]
    k.claim(
        "won by 4,540, more than six times the 714 by which Labour held the seat last time",
        gg.majority == 4540 and gg0.majority == 714 and gg.majority > 6 * gg0.majority,
        f"{P15} {gg.line()}; {P10} {gg0.line()}.",
    )
    bs = g["Batley and Spen"]
    k.claim(
        "Jo Cox held Batley and Spen for Labour by 6,057",
        bs.first == "Lab" and bs.majority == 6057 and bs.winner_name.endswith("Cox"),
        f"{P15} {bs.line()}.",
    )
    sc, sc0 = g["Sheffield Central"], g0["Sheffield Central"]
    k.claim(
        "In Sheffield Central the Greens finished second, and Paul Blomfield's majority rose to "
        "17,309 from just 165",
        sc.ranked()[1].party == "Green" and sc.majority == 17309 and sc0.majority == 165,
        f"{P15} {sc.line()}; {P10} {sc0.line()}.",
    )
    big = sorted(yh, key=lambda s: -s.majority)
    ri = g["Richmond (Yorks)"]
    k.claim(
        "Rishi Sunak won Richmond with a majority of 19,550",
        ri.majority == 19550 and ri.winner_name.endswith("Sunak"),
        f"{P15} {ri.line()}.",
    )
    k.claim(
        "the largest in the region",
        big[0].name == ri.name,
        f"{P15} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    he = g["Kingston upon Hull East"]
    k.claim(
        "Kingston upon Hull East had the lowest turnout, 53.5 per cent",
        byt[0].name == he.name and round(100 * he.turnout, 1) == 53.5,
        f"{P15} {R} lowest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in byt[:3])
        + ".",
    )
