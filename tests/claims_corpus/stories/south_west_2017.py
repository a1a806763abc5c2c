"""labour-island-in-a-blue-sea-west-country-daily: a West Country daily (dateline only, no year)
on the 2017 election in the South West, from PSEPH 57 against PSEPH 56 (2015), with PSEPH 55
and CBP-8647 for Stroud's history."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    general,
    hist_line,
    hist_seat,
    hist_seat_at,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "labour-island-in-a-blue-sea-west-country-daily"
R = "South West"
P17, P15, P10 = pseph_name(2017), pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2017), general(2015)
    sw = [s for s in g.values() if s.region == R]
    sw0 = [s for s in g0.values() if s.region == R]
    w, w0 = seats_won(2017, region=R), seats_won(2015, region=R)
    t, t0 = totals(2017, region=R), totals(2015, region=R)
    k.claim(
        "The Conservatives won 47 of the region's 55 seats overnight, four fewer than two years ago",
        w["Con"] == 47 and len(sw) == 55 and w0["Con"] - w["Con"] == 4,
        f"{P17} {R}: Con {w['Con']} of {len(sw)}; {P15}: Con {w0['Con']}.",
    )
    k.claim(
        "Labour went from four seats to seven and the Liberal Democrats returned to the map with one",
        w0["Lab"] == 4 and w["Lab"] == 7 and w0["LD"] == 0 and w["LD"] == 1,
        f"{R}: Lab {P15} {w0['Lab']}, {P17} {w['Lab']}; LD {w0['LD']} -> {w['LD']}.",
    )
    gains = sorted(s.name for s in sw if s.result.startswith("Lab gain"))
    k.claim(
        "Labour's three gains came in Plymouth, Sutton and Devonport, Bristol North West and Stroud",
        gains == ["Bristol North West", "Plymouth, Sutton and Devonport", "Stroud"],
        f"{P17} {R}: Labour gains {gains}.",
    )
    ps, ps0 = g["Plymouth, Sutton and Devonport"], g0["Plymouth, Sutton and Devonport"]
    k.claim(
        "Luke Pollard polled 23,808 votes",
        ps.ranked()[0].votes == 23808,
        f"{P17} {ps.line()} (27,283, not 23,808).",
    )
    k.claim("an MP for seven years", None, "A tenure from 2010: the files give no start date.")
    small = min(sw0, key=lambda s: s.majority)
    k.claim(
        "whose majority of 523 last time was the smallest in the West Country",
        ps0.majority == 523 and small.name == ps0.name,
        f"{P15} {ps0.line()}; {R} smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in sorted(sw0, key=lambda s: s.majority)[:3])
        + ".",
    )
    k.claim(
        "Labour is now more than 6,000 votes ahead there",
        ps.majority > 6000 and ps.first == "Lab",
        f"{P17} {ps.line()}.",
    )
    st, st10 = g["Stroud"], general(2010)["Stroud"]
    rows = hist_seat("Stroud")
    k.claim(
        "David Drew won by 687 votes",
        st.result == "Lab gain from Con" and st.majority == 687,
        f"{P17} {st.line()}.",
    )
    k.claim(
        "taking back the seat he had lost in 2005",
        hist_seat_at("Stroud", "2005").winner != "lab",
        f"CBP-8647 Stroud: {hist_line(rows)}; {P10} {st10.line()}: Drew lost in 2010, not 2005.",
    )
    ba = g["Bath"]
    k.claim(
        "Wera Hobhouse took Bath for the Liberal Democrats with a majority of 5,694, the party's "
        "only seat in the region",
        ba.result == "LD gain from Con" and ba.majority == 5694 and w["LD"] == 1,
        f"{P17} {ba.line()}.",
    )
    si = g["St Ives"]
    nar = sorted(sw, key=lambda s: s.majority)
    ukn = sorted(g.values(), key=lambda s: s.majority)
    k.claim(
        "The narrowest result of the night was in St Ives",
        "depends",
        f"{P17}: St Ives {si.majority} is the narrowest in the {R} (next {nar[1].name} "
        f"{nar[1].majority:,}), but not in the UK, where the narrowest were "
        + ", ".join(f"{s.name} {s.majority}" for s in ukn[:3])
        + ": true of the region, false of the country.",
    )
    k.claim(
        "held off the former Liberal Democrat MP Andrew George by just 312",
        nar[0].name == "St Ives" and si.majority == 312 and si.ranked()[1].surname == "George",
        f"{P17} {si.line()}.",
    )
    cr = g["Camborne and Redruth"]
    k.claim(
        "George Eustice clung on in Camborne and Redruth by 1,577",
        cr.result == "Con hold" and cr.majority == 1577,
        f"{P17} {cr.line()}.",
    )
    tf, tf0 = g["Truro and Falmouth"], g0["Truro and Falmouth"]
    k.claim(
        "Sarah Newton's majority in Truro and Falmouth was slashed from 14,000 to 3,792",
        tf0.majority == 14000 and tf.majority == 3792,
        f"{P15} {tf0.line()}; {P17} {tf.line()}.",
    )
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "the Conservative share rose 4.8 points to 51.4 per cent",
        round(100 * (con - con0), 1) == 4.8 and round(100 * con, 1) == 51.4,
        f"{P17} {R}: Con {t['Con']:,} / {t['_valid']:,} = {pct(con)}; {P15}: {pct(con0)}.",
    )
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's jumped 11.5 points to 29.1 per cent",
        round(100 * (lab - lab0), 1) == 11.5 and round(100 * lab, 1) == 29.1,
        f"{P17} {R}: Lab {pct(lab)}; {P15}: {pct(lab0)}.",
    )
    ld, ld0 = share_of(t, "LD"), share_of(t0, "LD")
    uk, uk0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "The Liberal Democrats were down 0.2 points on 14.9 per cent, and UKIP fell from 13.6 per "
        "cent to 1.1",
        round(100 * (ld0 - ld), 1) == 0.2
        and round(100 * ld, 1) == 14.9
        and round(100 * uk0, 1) == 13.6
        and round(100 * uk, 1) == 1.1,
        f"{R}: LD {P15} {pct(ld0)}, {P17} {pct(ld)}; UKIP {pct(uk0)} -> {pct(uk)}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout rose 2.3 points to 71.8 per cent",
        round(100 * (to - to0), 1) == 2.3 and round(100 * to, 1) == 71.8,
        f"{P17} {R}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)}; "
        f"{P15}: {pct(to0)}.",
    )
    ex, ex0 = g["Exeter"], g0["Exeter"]
    k.claim(
        "Ben Bradshaw more than doubled his majority in Exeter",
        ex.majority > 2 * ex0.majority,
        f"{P15} {ex0.line()}; {P17} {ex.line()}.",
    )
    bl = sorted(sw, key=lambda s: -s.share("Lab"))
    k.claim(
        "his 62.0 per cent was Labour's best share in the region",
        round(100 * ex.share("Lab"), 1) == 62.0 and bl[0].name == "Exeter",
        f"{P17} {R} Labour shares: "
        + ", ".join(f"{s.name} {pct(s.share('Lab'))}" for s in bl[:3])
        + ".",
    )
    bm = sorted(sw, key=lambda s: -s.majority)
    bw = g["Bristol West"]
    k.claim(
        "Thangam Debbonaire's 37,336 in Bristol West was the largest majority in the South West, "
        "with the Green MEP Molly Scott Cato third",
        bm[0].name == bw.name and bw.majority == 37336 and bw.ranked()[2].party == "Green",
        f"{P17} {bw.line()}; next: {bm[1].name} {bm[1].majority:,}.",
    )
    ed = g["East Devon"]
    wr = ed.ranked()[1]
    k.claim(
        "the independent Claire Wright took 35.2 per cent and 21,270 votes, finishing second to "
        "Sir Hugo Swire, who won by 8,036",
        wr.surname == "Wright"
        and wr.party == "Ind"
        and wr.votes == 21270
        and round(100 * wr.votes / ed.valid, 1) == 35.2
        and ed.majority == 8036,
        f"{P17} {ed.line()}; Wright {wr.votes:,} / {ed.valid:,} = {pct(wr.votes / ed.valid)}.",
    )
    mv, mv0 = g["Plymouth, Moor View"], g0["Plymouth, Moor View"]
    k.claim(
        "Johnny Mercer's majority in Plymouth, Moor View rose from 1,026 to 5,019",
        mv0.majority == 1026 and mv.majority == 5019,
        f"{P15} {mv0.line()}; {P17} {mv.line()}.",
    )
    tb, tb0 = g["Torbay"], g0["Torbay"]
    k.claim(
        "Kevin Foster's more than quadrupled to 14,283",
        tb.majority == 14283 and tb.majority > 4 * tb0.majority,
        f"{P15} Torbay majority {tb0.majority:,}; {P17} {tb.line()} "
        f"({tb.majority / tb0.majority:.2f} times).",
    )
    bc = sorted((s for s in sw if s.first == "Con"), key=lambda s: -s.share("Con"))
    k.claim(
        "Christopher Chope's 69.6 per cent in Christchurch was the highest Conservative share in "
        "the region",
        bc[0].name == "Christchurch" and round(100 * bc[0].share("Con"), 1) == 69.6,
        f"{P17} {R} Conservative shares: "
        + ", ".join(f"{s.name} {pct(s.share('Con'))}" for s in bc[:3])
        + ".",
    )
    cm = sorted((s for s in sw if s.first == "Con"), key=lambda s: -s.majority)
    k.claim(
        "the biggest Tory majority was Geoffrey Clifton-Brown's 25,499 in The Cotswolds",
        cm[0].name == "The Cotswolds" and g["The Cotswolds"].majority == 25499,
        f"{P17} {R} Conservative majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in cm[:3])
        + ".",
    )
    bt = sorted(sw, key=lambda s: -s.turnout)
    k.claim(
        "Central Devon had the highest turnout, 77.8 per cent, and Bournemouth West the lowest, "
        "60.8 per cent",
        bt[0].name == "Central Devon"
        and round(100 * bt[0].turnout, 1) == 77.8
        and bt[-1].name == "Bournemouth West"
        and round(100 * bt[-1].turnout, 1) == 60.8,
        f"{P17} {R} turnout (valid / electorate): highest {bt[0].name} {pct(bt[0].turnout)}, "
        f"{bt[1].name} {pct(bt[1].turnout)}; lowest {bt[-1].name} {pct(bt[-1].turnout)}, "
        f"{bt[-2].name} {pct(bt[-2].turnout)}.",
    )
