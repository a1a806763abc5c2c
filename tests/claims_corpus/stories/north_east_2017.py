"""teesside-swap-north-east-regional: a regional daily (dateline only, no year) on the 2017
election in the North East, from PSEPH 57 against PSEPH 56 (2015), with CBP-8647 for the
history of two Teesside seats."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, seats_won, share_of, totals

NAME = "teesside-swap-north-east-regional"
R = "North East"
P17, P15 = pseph_name(2017), pseph_name(2015)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2017), general(2015)
    ne = [s for s in g.values() if s.region == R]
    w = seats_won(2017, region=R)
    t, t0 = totals(2017, region=R), totals(2015, region=R)
    changed = [s.name for s in ne if "gain" in s.result]
    k.claim(
        "Only two seats changed hands in the North East overnight, both on Teesside",
        sorted(changed) == ["Middlesbrough South and East Cleveland", "Stockton South"],
        f"{P17} {R}: gains {changed}.",
    )
    k.claim(
        "Labour still holds 26 of the region's 29 seats to the Conservatives' three",
        w["Lab"] == 26 and len(ne) == 29 and w["Con"] == 3,
        f"{P17} {R}: Lab {w['Lab']}, Con {w['Con']} of {len(ne)}.",
    )
    st, st0 = g["Stockton South"], g0["Stockton South"]
    k.claim(
        "where GP Paul Williams ousted the Conservative James Wharton by 888 votes",
        st.result == "Lab gain from Con" and st.majority == 888 and st.place("Wharton") == 2,
        f"{P17} {st.line()}.",
    )
    k.claim("after a recount", None, "A count event: not in the files.")
    k.claim(
        "who had a majority of more than 6,000",
        st0.majority > 6000,
        f"{P15} {st0.line()} (5,046).",
    )
    wh, wh0 = st.ranked()[1], st0.ranked()[0]
    k.claim(
        "actually polled more votes than when he won the seat two years ago",
        wh.surname == wh0.surname == "Wharton" and wh.votes > wh0.votes,
        f"Wharton: {P15} {wh0.votes:,}; {P17} {wh.votes:,}.",
    )
    rows = hist_seat("Stockton South")
    labw = [h.election for h in rows if h.winner == "lab" and h.election not in ("2017", "2019")]
    k.claim(
        "It is back in Labour hands for the first time since 2005",
        max(labw) == "2005",
        f"CBP-8647 Stockton South: {hist_line(rows)}.",
    )
    ms, ms0 = (
        g["Middlesbrough South and East Cleveland"],
        g0["Middlesbrough South and East Cleveland"],
    )
    k.claim(
        "Simon Clarke beating Labour's Tracy Harvey by 1,020 to overturn a Labour majority of 2,268",
        ms.result == "Con gain from Lab" and ms.majority == 1020 and ms0.majority == 2268,
        f"{P17} {ms.line()}; {P15} {ms0.line()}.",
    )
    mrows = hist_seat(
        "Middlesbrough South & Cleveland East", "Middlesbrough South & East Cleveland"
    )
    before = [h for h in mrows if h.election not in ("2017", "2019")]
    k.claim(
        "It is the first time the Tories have won the seat",
        all(h.winner == "lab" for h in before) and g0[ms.name].first == "Lab",
        f"CBP-8647 Middlesbrough South & (East) Cleveland: {hist_line(mrows)}; {P15}: "
        f"{g0[ms.name].first}.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's share of the vote rose 8.6 points to 55.4 per cent",
        round(100 * (lab - lab0), 1) == 8.6 and round(100 * lab, 1) == 55.4,
        f"{P17} {R}: Lab {t['Lab']:,} / {t['_valid']:,} = {pct(lab)}; {P15}: {pct(lab0)}.",
    )
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "up 9.1 points to 34.4 per cent",
        round(100 * (con - con0), 1) == 9.1 and round(100 * con, 1) == 34.4,
        f"{P17} {R}: Con {pct(con)}; {P15}: {pct(con0)}.",
    )
    uk, uk0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    gr, gr0 = share_of(t, "Green"), share_of(t0, "Green")
    k.claim(
        "UKIP collapsed from 16.7 per cent to 3.9, and the Greens more than halved to 1.3",
        round(100 * uk0, 1) == 16.7
        and round(100 * uk, 1) == 3.9
        and gr < gr0 / 2
        and round(100 * gr, 1) == 1.3,
        f"{R}: UKIP {P15} {pct(uk0)}, {P17} {pct(uk)}; Green {pct(gr0)} -> {pct(gr)}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout was 66.0 per cent, up 4.3 points",
        round(100 * to, 1) == 66.0 and round(100 * (to - to0), 1) == 4.3,
        f"{P17} {R}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)}; "
        f"{P15}: {pct(to0)}.",
    )
    ba = g["Bishop Auckland"]
    nar = sorted(ne, key=lambda s: s.majority)
    k.claim(
        "Helen Goodman clung on in Bishop Auckland by 502, the narrowest result in the region",
        ba.result == "Lab hold" and ba.majority == 502 and nar[0].name == ba.name,
        f"{P17} {ba.line()}; next: {nar[1].name} {nar[1].majority:,}.",
    )
    da, da0 = g["Darlington"], g0["Darlington"]
    k.claim(
        "Jenny Chapman increased her majority to 3,280",
        da.majority == 3280 and da.majority > da0.majority,
        f"{P15} {da0.line()}; {P17} {da.line()}.",
    )
    k.claim("the seat Tony Blair once held", None, "A former MP before 2010: not in the files.")
    se = g["Sedgefield"]
    k.claim(
        "Phil Wilson's majority slipped to 6,059",
        se.majority == 6059 and se.majority < g0["Sedgefield"].majority,
        f"{P15} {g0['Sedgefield'].line()}; {P17} {se.line()}.",
    )
    hp, hp0 = g["Hartlepool"], g0["Hartlepool"]
    k.claim(
        "where UKIP finished second last time",
        hp0.ranked()[1].party == "UKIP",
        f"{P15} {hp0.line()}.",
    )
    k.claim(
        "held the seat by 7,650, more than doubling Labour's majority of 3,024; UKIP slipped to "
        "third",
        hp.majority == 7650
        and hp0.majority == 3024
        and hp.majority > 2 * hp0.majority
        and hp.ranked()[2].party == "UKIP",
        f"{P17} {hp.line()}.",
    )
    bv, bv0 = g["Blyth Valley"], g0["Blyth Valley"]
    k.claim(
        "Ronnie Campbell's majority fell from 9,229 to 7,915",
        bv0.majority == 9229 and bv.majority == 7915,
        f"{P15} {bv0.line()}; {P17} {bv.line()}.",
    )
    hs = g["Houghton and Sunderland South"]
    k.claim(
        "was once again among the fastest in the country", None, "A count time: not in the files."
    )
    k.claim("won by 12,431", hs.majority == 12431, f"{P17} {hs.line()} (12,341).")
    bym = sorted(ne, key=lambda s: -s.majority)
    k.claim(
        "North Tyneside's Mary Glindon had the largest majority in the region, 19,284",
        bym[0].name == "North Tyneside" and bym[0].majority == 19284,
        f"{P17} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in bym[:3])
        + ".",
    )
    bys = sorted(ne, key=lambda s: -s.share("Lab"))
    k.claim(
        "Newcastle East's Nick Brown gave Labour its highest share, 67.6 per cent",
        bys[0].name == "Newcastle Upon Tyne East" and round(100 * bys[0].share("Lab"), 1) == 67.6,
        f"{P17} {R} Labour shares: "
        + ", ".join(f"{s.name} {pct(s.share('Lab'))}" for s in bys[:3])
        + ".",
    )
    byt = sorted(ne, key=lambda s: s.turnout)
    k.claim(
        "Middlesbrough had the lowest turnout, 58.4 per cent",
        byt[0].name == "Middlesbrough" and round(100 * g["Middlesbrough"].turnout, 1) == 58.4,
        f"{P17} {R} lowest turnout (valid / electorate): "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in byt[:3])
        + ".",
    )
    bw, bw0 = g["Berwick-Upon-Tweed"], g0["Berwick-Upon-Tweed"]
    k.claim(
        "more than doubled her majority in Berwick-upon-Tweed, from 4,914 to 11,781",
        bw0.majority == 4914 and bw.majority == 11781 and bw.majority > 2 * bw0.majority,
        f"{P15} {bw0.line()}; {P17} {bw.line()}.",
    )
    hx, hx0 = g["Hexham"], g0["Hexham"]
    k.claim(
        "which had the highest turnout in the North East at 75.7 per cent",
        byt[-1].name == "Hexham" and round(100 * hx.turnout, 1) == 75.7,
        f"{P17} {R} highest turnout: {byt[-1].name} {pct(byt[-1].turnout)}, next "
        f"{byt[-2].name} {pct(byt[-2].turnout)}.",
    )
    k.claim(
        "Guy Opperman saw his majority cut from 12,031 to 9,326",
        hx0.majority == 12031 and hx.majority == 9326,
        f"{P15} {hx0.line()}; {P17} {hx.line()} (9,236, not 9,326).",
    )
