"""tory-heartland-gains-midlands-north-weekly: the six Conservative gains from Labour at the 2017
general election, and Labour's narrow holds, as a regional weekly (no year; "a February
by-election" is Copeland's of 23 Feb 2017); changes against 2015 on the same boundaries."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    by_election,
    general,
    hist_line,
    hist_seat,
    maiden,
    pseph_name,
    seats_won,
    share_of,
    swing,
    totals,
)

NAME = "tory-heartland-gains-midlands-north-weekly"


@story(NAME)
def key(k: Key) -> None:
    g, g15 = general(2017), general(2015)
    f, f15 = pseph_name(2017), pseph_name(2015)
    con = sorted(
        (s for s in g.values() if s.result == "Con gain from Lab"), key=lambda s: s.majority
    )
    lab = [s for s in g.values() if s.result.startswith("Lab gain from Con")]
    k.claim(
        "The Conservatives took six seats from Labour",
        len(con) == 6,
        f"{f}: 'Con gain from Lab': " + ", ".join(s.name for s in con) + ".",
    )
    k.claim(
        "against 28 that went the other way",
        len(lab) == 28,
        f"{f}: {len(lab)} results 'Lab gain from Con' (and Lab Coop).",
    )
    won, won15 = seats_won(2017), seats_won(2015)
    k.claim(
        "ended the night with 318 MPs",
        won["Con"] == 318,
        f"{f}: Con won {won['Con']} seats ({f15}: {won15['Con']}); 317, not 318.",
    )
    m, m15 = g["Mansfield"], g15["Mansfield"]
    k.claim(
        "Ben Bradley won Mansfield by 1,057 votes",
        m.winner_name == "Ben Bradley" and m.majority == 1057,
        f"{f}: {m.line()}.",
    )
    k.claim(
        "overturning a Labour majority of more than 5,000",
        m15.first == "Lab" and m15.majority > 5000,
        f"{f15}: {m15.line()}.",
    )
    hm = hist_seat("Nottinghamshire Mansfield", "Mansfield")
    k.claim(
        "in a seat Labour had held since 1922",
        all(h.winner == "lab" for h in hm if "1922" <= h.election <= "2015"),
        f"CBP-8647 Nottinghamshire Mansfield (1918-1951), Mansfield (1955-): {hist_line(hm)}: "
        "Labour since 1923; 1922 was a Liberal win.",
    )
    k.claim(
        "He is the first Conservative ever to represent Mansfield",
        m.first == "Con" and all(h.winner != "con" for h in hm if h.election < "2017"),
        f"CBP-8647 Mansfield and its predecessor: {hist_line(hm)}; {f}: '{m.result}'.",
    )
    k.claim("Bradley, 27", None, "a candidate's age; not in the files")
    ms = maiden("Alan Meale")
    k.claim(
        "Sir Alan Meale, MP since 1987",
        ms[0]["Constituency"] == "Mansfield" and ms[0]["Date"].endswith("1987")
        and m.place("Meale") == 2,
        f"maiden-speeches.csv: Alan Meale, Mansfield, {ms[0]['Date']}; {f}: {m.line()}.",
    )  # fmt: skip
    dc = m.share("Con") - m15.share("Con")
    k.claim(
        "The Conservative share rose by more than 18 points",
        dc > 0.18,
        f"Mansfield Con {pct(m15.share('Con'))} ({f15}) -> {pct(m.share('Con'))} ({f}): "
        f"{100 * dc:+.2f}.",
    )
    k.claim(
        "UKIP's vote fell from a quarter to about one in twenty",
        0.24 <= m15.share("UKIP") <= 0.26 and 0.045 <= m.share("UKIP") <= 0.055,
        f"Mansfield UKIP {pct(m15.share('UKIP'))} ({f15}) -> {pct(m.share('UKIP'))} ({f}).",
    )
    sws = sorted(((swing(s, g15[s.name], "Con", "Lab"), s.name) for s in con), reverse=True)
    k.claim(
        "It was also the biggest swing of the six, at 6.7 points",
        sws[0][1] == "Mansfield" and round(100 * sws[0][0], 1) == 6.7,
        "Butler swing Lab to Con, 2015 -> 2017, the six gains: "
        + ", ".join(f"{n} {100 * v:.2f}" for v, n in sws)
        + ".",
    )
    ss = g["Stoke-On-Trent South"]
    k.claim(
        "Jack Brereton took Stoke-on-Trent South by 663 votes, the narrowest of the six Tory "
        "gains from Labour",
        ss.winner_name == "Jack Brereton" and ss.majority == 663 and con[0] is ss,
        f"{f}: {ss.line()}; the six by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in con)
        + ".",
    )
    stoke = {n: hist_seat(n) for n in ("Stoke On Trent Burslem", "Stoke On Trent Hanley",
             "Stoke On Trent Stoke", "Stoke On Trent Central", "Stoke On Trent North",
             "Stoke On Trent South", "Stoke-On-Trent Central", "Stoke-On-Trent North",
             "Stoke-On-Trent South")}  # fmt: skip
    last = max((h.election for rows in stoke.values() for h in rows
                if h.winner == "con" and h.election < "2017"), key=str)  # fmt: skip
    k.claim(
        "becomes the city's first Conservative MP since 1935",
        "depends",
        "CBP-8647 Stoke-on-Trent seats: "
        + "; ".join(
            f"{n}: {hist_line(r)}" for n, r in stoke.items() if r and r[0].election < "1950"
        )
        + f"; the last Conservative wins were in {last} (Hanley and Stoke): true if 'since 1935' "
        "means since the MPs elected in 1931 sat (until 1935), false if it means since a "
        "Conservative was elected in 1935 (none was).",
    )
    w, w15 = g["Walsall North"], g15["Walsall North"]
    k.claim(
        "Eddie Hughes took Walsall North with 18,919 votes",
        w.result == "Con gain from Lab" and w.votes("Con") == 18919,
        f"{f}: {w.line()}.",
    )
    k.claim(
        "overturning a Labour majority of 1,937",
        w15.first == "Lab" and w15.majority == 1937,
        f"{f15}: {w15.line()}.",
    )
    mw = maiden("David Winnick")
    k.claim(
        "David Winnick, first elected to the Commons in 1966 for another seat",
        mw[0]["Date"].endswith("1966") and mw[0]["Constituency"] != "Walsall North",
        f"maiden-speeches.csv: David Winnick, {mw[0]['Constituency']}, {mw[0]['Date']}.",
    )
    dw = w.share("Lab") - w15.share("Lab")
    k.claim(
        "actually raised his share by 3.8 points",
        round(100 * dw, 1) == 3.8,
        f"Walsall North Lab {pct(w15.share('Lab'))} ({f15}) -> {pct(w.share('Lab'))} ({f}): "
        f"{100 * dw:+.2f}.",
    )
    k.claim(
        "Turnout was 57 per cent",
        round(100 * w.turnout) == 57,
        f"{f}: Walsall North {w.valid:,} / {w.electorate:,} = {pct(w.turnout)}.",
    )
    nd = g["North East Derbyshire"]
    me = maiden("Natascha Engel")
    k.claim(
        "Lee Rowley ousted Natascha Engel, the seat's MP since 2005, by 2,860",
        nd.result == "Con gain from Lab" and nd.place("Engel") == 2 and nd.majority == 2860
        and me[0]["Constituency"] == "North East Derbyshire" and me[0]["Date"].endswith("2005"),
        f"{f}: {nd.line()}; maiden-speeches.csv: Natascha Engel, {me[0]['Constituency']}, "
        f"{me[0]['Date']}.",
    )  # fmt: skip
    mb = g["Middlesbrough South and East Cleveland"]
    k.claim(
        "Simon Clarke won Middlesbrough South and East Cleveland by 1,200",
        mb.winner_name == "Simon Clarke" and mb.majority == 1200,
        f"{f}: {mb.line()}: 1,020, not 1,200.",
    )
    cp, cby = g["Copeland"], by_election("Copeland")
    k.claim(
        "Trudy Harrison, who won Copeland at a February by-election, held it with a majority of "
        "1,695",
        "depends",
        f"PSEPH 56 by-elections: Copeland {cby.date}: {cby.line()}; {f}: {cp.line()}: the "
        "majority is right and she held what she won in February (true), but the official "
        "result is 'Con gain from Lab', counted against the 2015 general election (false).",
    )
    nu = g["Newcastle-Under-Lyme"]
    k.claim(
        "Paul Farrelly survived in Newcastle-under-Lyme by 30 votes",
        nu.result == "Lab hold" and nu.winner_name == "Paul Farrelly" and nu.majority == 30,
        f"{f}: {nu.line()}.",
    )
    dn = g["Dudley North"]
    k.claim(
        "Ian Austin held on by just 22 votes in Dudley North",
        dn.result == "Lab hold" and dn.winner_name == "Ian Austin" and dn.majority == 22,
        f"{f}: {dn.line()}.",
    )
    ba = g["Bishop Auckland"]
    k.claim(
        "Helen Goodman held Bishop Auckland by 205",
        ba.result == "Lab hold" and ba.majority == 205,
        f"{f}: {ba.line()}: 502, not 205.",
    )
    bo, bo15 = g["Bolsover"], g15["Bolsover"]
    k.claim(
        "Dennis Skinner's majority in Bolsover more than halved",
        bo.majority < bo15.majority / 2,
        f"Bolsover majority {bo15.majority:,} ({f15}) -> {bo.majority:,} ({f}).",
    )
    cn = g["Crewe and Nantwich"]
    k.claim(
        "Laura Smith took Crewe and Nantwich from Edward Timpson by 84 votes",
        cn.result == "Lab gain from Con" and cn.place("Timpson") == 2 and cn.majority == 84,
        f"{f}: {cn.line()}: 48, not 84.",
    )
    bx = g["Broxtowe"]
    k.claim(
        "Anna Soubry clung on in Broxtowe by 863",
        bx.result == "Con hold" and bx.majority == 863,
        f"{f}: {bx.line()}.",
    )
    r, r15 = g["Rushcliffe"], g15["Rushcliffe"]
    k.claim(
        "Ken Clarke saw his Rushcliffe majority cut by more than 5,000",
        r.result == "Con hold" and r15.majority - r.majority > 5000,
        f"Rushcliffe majority {r15.majority:,} ({f15}) -> {r.majority:,} ({f}): "
        f"{r15.majority - r.majority:,} less.",
    )
    em = totals(2017, region="East Midlands")
    k.claim(
        "Across the East Midlands the Conservatives won more than half the vote",
        share_of(em, "Con") > 0.5,
        f"{f}: East Midlands Con {em['Con']:,} / {em['_valid']:,} = {pct(share_of(em, 'Con'))}.",
    )
