"""east-anglia-bluer-still-regional: a regional news site (no year printed) on the 2019 election
in the East of England, from PSEPH 58 against PSEPH 57 (2017), the 2019 Peterborough by-election
(PSEPH 57 by-elections), PSEPH 56 for Clacton 2015 and CBP-8647 for North Norfolk's history."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    by_election,
    general,
    hist_line,
    hist_seat,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "east-anglia-bluer-still-regional"
R = "East of England"
P19, P17, P15 = pseph_name(2019), pseph_name(2017), pseph_name(2015)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2019), general(2017)
    es = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2019, region=R), seats_won(2017, region=R)
    t, t0, uk = totals(2019, region=R), totals(2017, region=R), totals(2019)
    k.claim(
        "They now hold 52 of the region's 58 seats, two more than before, while Labour is down "
        "to five",
        w["Con"] == 52 and len(es) == 58 and w["Con"] - w0["Con"] == 2 and w["Lab"] == 5,
        f"{P19} {R}: {dict(w)} of {len(es)}; {P17}: {dict(w0)}.",
    )
    con, con0, ukcon = share_of(t, "Con"), share_of(t0, "Con"), share_of(uk, "Con")
    k.claim(
        "The Conservative share of the vote in the region rose by two and a half points to 57.2 "
        "per cent, against 43.6 per cent across the UK as a whole",
        2.25 <= 100 * (con - con0) < 2.75 and round(100 * con, 1) == 57.2
        and round(100 * ukcon, 1) == 43.6,
        f"{P19} {R}: Con {t['Con']:,} / {t['_valid']:,} = {pct(con)}; {P17}: {pct(con0)}; "
        f"UK {pct(ukcon)}.",
    )  # fmt: skip
    lab, lab0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's share fell by more than eight points to 24.4 per cent",
        lab0 - lab > 0.08 and round(100 * lab, 1) == 24.4,
        f"{P19} {R}: Lab {pct(lab)}; {P17}: {pct(lab0)}.",
    )
    ld, ld0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "the Liberal Democrats were up 5.5 points to 13.4 per cent",
        round(100 * (ld - ld0), 1) == 5.5 and round(100 * ld, 1) == 13.4,
        f"{P19} {R}: LD {pct(ld)}; {P17}: {pct(ld0)}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout in the region was 68.2 per cent, down one and a half points",
        round(100 * to, 1) == 68.2 and 1.25 <= 100 * (to0 - to) < 1.75,
        f"{P19} {R}: valid / electorate {pct(to)}; {P17}: {pct(to0)}.",
    )
    lab_gains = sorted(s.name for s in es if s.result == "Con gain from Lab")
    k.claim(
        "Ipswich and Peterborough were key Tory gains from Labour",
        lab_gains == ["Ipswich", "Peterborough"],
        f"{P19} {R}: Conservative gains from Labour: {', '.join(lab_gains)}.",
    )
    ip, ip0 = g["Ipswich"], g0["Ipswich"]
    k.claim(
        "Tom Hunt won by a majority of 5,479 over Sandy Martin, the town's MP since 2017",
        ip.majority == 5479
        and ip.ranked()[1].surname == "Martin"
        and ip0.result == "Lab gain from Con"
        and ip0.ranked()[0].surname == "Martin",
        f"{P19} {ip.line()}; {P17} {ip0.line()}.",
    )
    pb, by = g["Peterborough"], by_election("Peterborough")
    k.claim(
        "Paul Bristow received 22,334 votes and took the seat from Lisa Forbes, who had won the "
        "summer by-election by 683 votes",
        pb.votes("Con") == 22334
        and pb.result == "Con gain from Lab"
        and by.ranked()[0].surname == "Forbes"
        and by.majority == 683,
        f"{P19} {pb.line()}; by-election {by.date}: {by.line()}.",
    )
    k.claim(
        "the Conservatives jumped from third place at that by-election to first",
        by.place("Bristow") == 3 and pb.ranked()[0].party == "Con",
        f"By-election {by.date}: Bristow placed {by.place('Bristow')}; {P19}: first.",
    )
    k.claim("Mr Bristow, 40", None, "An age: not in the files.")
    nn = g["North Norfolk"]
    rows = hist_seat("North Norfolk")
    n15 = general(2015)["North Norfolk"]
    k.claim(
        "held by the Liberal Democrats since 2001",
        [h.winner for h in rows if h.election in ("1997", "2001", "2005", "2010")]
        == ["con", "lib", "lib", "lib"]
        and n15.first == "LD"
        and g0["North Norfolk"].first == "LD",
        f"CBP-8647 North Norfolk: {hist_line(rows)}; {P15}: {n15.result}; {P17}: "
        f"{g0['North Norfolk'].result}.",
    )
    k.claim(
        "Duncan Baker won it by 14,395",
        nn.result == "Con gain from LD" and nn.majority == 14395,
        f"{P19} {nn.line()}.",
    )
    bd, bd0 = g["Bedford"], g0["Bedford"]
    lab_holds = sorted((s for s in g.values() if s.result == "Lab hold"), key=lambda s: s.majority)
    k.claim(
        "with its majority reduced from 789 to just 145 votes, the narrowest Labour hold in the "
        "country",
        bd0.majority == 789 and bd.majority == 145 and lab_holds[0].name == "Bedford",
        f"{P17} {bd0.line()}; {P19} {bd.line()}; next Labour hold: {lab_holds[1].name} "
        f"{lab_holds[1].majority}.",
    )
    sa = g["St Albans"]
    k.claim(
        "The Liberal Democrats gained St Albans from the Conservatives, Daisy Cooper winning by "
        "6,923",
        sa.result == "LD gain from Con" and sa.majority == 6923,
        f"{P19} {sa.line()} (6,293: digits transposed).",
    )
    cb, cb0 = g["Cambridge"], g0["Cambridge"]
    k.claim(
        "his majority was reduced by about 3,000 votes",
        round(cb0.majority - cb.majority, -3) == 3000,
        f"{P17} Cambridge majority {cb0.majority:,}; {P19} {cb.majority:,}.",
    )
    a19, a17 = (cb.valid + cb.invalid) / cb.electorate, (cb0.valid + cb0.invalid) / cb0.electorate
    k.claim(
        "There was a dip in turnout in Cambridge, to 67.4 per cent from 71.2 per cent two years "
        "earlier",
        (round(100 * cb.turnout, 1), round(100 * cb0.turnout, 1)) == (67.4, 71.2)
        or (round(100 * a19, 1), round(100 * a17, 1)) == (67.4, 71.2),
        f"{P19}/{P17} Cambridge: valid / electorate {pct(cb.turnout)} and {pct(cb0.turnout)}; "
        f"all ballots {pct(a19)} and {pct(a17)}: 67.4 is the all-ballots figure, 71.2 the "
        "valid-vote one; no one reading gives both.",
    )
    ns = g["Norwich South"]
    k.claim(
        "Clive Lewis held Norwich South by 12,760",
        ns.result == "Lab hold" and ns.majority == 12760,
        f"{P19} {ns.line()}.",
    )
    ss = g["South Suffolk"]
    k.claim(
        "James Cartlidge was re-elected for South Suffolk with a majority of 22,897",
        ss.majority == 22897 and ss.ranked()[0].sitting,
        f"{P19} {ss.line()}; Cartlidge sitting: {ss.ranked()[0].sitting}.",
    )
    k.claim(
        "a record for the seat",
        None,
        "CBP-8647 gives majorities only between party groups, and the seat's predecessors "
        "before 1997 are not named in the files: the record is not checkable.",
    )
    cs, cs0 = g["Central Suffolk and North Ipswich"], g0["Central Suffolk and North Ipswich"]
    k.claim(
        "Dr Dan Poulter increased his majority by more than 5,000 votes, securing 35,253 votes "
        "and a majority of 23,391",
        cs.majority - cs0.majority > 5000 and cs.votes("Con") == 35253 and cs.majority == 23391,
        f"{P17} majority {cs0.majority:,}; {P19} {cs.line()}.",
    )
    th, th0 = g["Thurrock"], g0["Thurrock"]
    k.claim(
        "Jackie Doyle-Price had scraped home by 354 votes two years ago",
        th0.majority == 354,
        f"{P17} {th0.line()} (345: digits transposed).",
    )
    k.claim(
        "her majority was 11,482",
        th.majority == 11482,
        f"{P19} {th.line()}.",
    )
    low = min(es, key=lambda s: s.turnout)
    thall = (th.valid + th.invalid) / th.electorate
    k.claim(
        "Thurrock had the lowest turnout in the region, 59.8 per cent",
        "depends",
        f"{P19} {R}: lowest turnout {low.name}; valid / electorate {pct(th.turnout)} (59.6), "
        f"all ballots ({th.invalid} rejected) {pct(thall)} (59.8): true only on all ballots.",
    )
    cl, cl15 = g["Clacton"], general(2015)["Clacton"]
    k.claim(
        "In Clacton, the seat UKIP won in 2015, Giles Watling's majority was 24,702",
        cl15.first == "UKIP" and cl.majority == 24702,
        f"{P15} Clacton: {cl15.result}; {P19} {cl.line()}.",
    )
    big = max(es, key=lambda s: s.majority)
    k.claim(
        "John Whittingdale's 30,041 in Maldon was the largest majority in the region",
        g["Maldon"].majority == 30041 and big.name == "Maldon",
        f"{P19} {R}: largest majority {big.name} {big.majority:,}; Maldon "
        f"{g['Maldon'].majority:,}.",
    )
    top = max((s for s in es if s.first == "Con"), key=lambda s: s.share("Con"))
    nec = g["North East Cambridgeshire"]
    k.claim(
        "Stephen Barclay's 72.5 per cent in North East Cambridgeshire the highest Conservative "
        "share",
        round(100 * nec.share("Con"), 1) == 72.5 and top.name == nec.name,
        f"{P19} {R}: highest Con share {top.name} {pct(top.share('Con'))}; North East "
        f"Cambridgeshire {pct(nec.share('Con'))}.",
    )
    hi = max(es, key=lambda s: s.turnout)
    k.claim(
        "St Albans had the highest turnout, 78.1 per cent",
        hi.name == "St Albans" and round(100 * hi.turnout, 1) == 78.1,
        f"{P19} {R}: highest turnout {hi.name} {pct(hi.turnout)}.",
    )
    brx = [s for s in es if s.votes("BRX")]
    bb = max(brx, key=lambda s: s.share("BRX"))
    k.claim(
        "The Brexit Party stood in only eight of the 58 seats; its best was Peterborough, with "
        "4.4 per cent",
        len(brx) == 8 and bb.name == "Peterborough" and round(100 * bb.share("BRX"), 1) == 4.4,
        f"{P19} {R}: Brexit Party candidates {len(brx)}; best {bb.name} {pct(bb.share('BRX'))}.",
    )
    ld2 = [s.name for s in es if s.ranked()[1].party == "LD"]
    k.claim(
        "The Liberal Democrats finished second in seven seats",
        len(ld2) == 7,
        f"{P19} {R}: Lib Dem second places: {', '.join(ld2)}.",
    )
    wf = g["Watford"]
    k.claim(
        "Dean Russell winning by 4,433",
        wf.result == "Con hold" and wf.majority == 4433,
        f"{P19} {wf.line()}.",
    )
