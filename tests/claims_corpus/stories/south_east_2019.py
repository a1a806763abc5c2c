"""home-counties-hold-firm-regional: a regional paper (no year of the election printed in the
results) on the 2019 election in the South East, from PSEPH 58 against PSEPH 57 (2017), with
maiden-speeches.csv for a member's first election. The Speaker's 2017 seat (Buckingham) is 'Spk'
in PSEPH 57."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, maiden, pseph_name, seats_won, share_of, totals

NAME = "home-counties-hold-firm-regional"
R = "South East"
P19, P17 = pseph_name(2019), pseph_name(2017)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2019), general(2017)
    es = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2019, region=R), seats_won(2017, region=R)
    k.claim(
        "The Conservatives now hold 74 of the South East's 84 seats, two more than in 2017",
        w["Con"] == 74 and len(es) == 84 and w["Con"] - w0["Con"] == 2,
        f"{P19} {R}: {dict(w)} of {len(es)}; {P17}: {dict(w0)}.",
    )
    gains = [(s.name, s.result) for s in es if s.result.startswith("Con gain")]
    k.claim(
        "Their only gain was Eastbourne",
        "depends",
        f"{P19} {R}: Conservative gains {gains}. Buckingham was the Speaker's seat: if the "
        "Speaker is counted as no party, Eastbourne is the only gain from another party (true); "
        "the results file records Buckingham as a gain too (false).",
    )
    eb = g["Eastbourne"]
    k.claim(
        "Caroline Ansell beat Stephen Lloyd by 4,331",
        eb.majority == 4331 and eb.ranked()[1].surname == "Lloyd",
        f"{P19} {eb.line()}.",
    )
    lab = [s for s in es if s.first == "Lab"]
    k.claim(
        "Labour held all eight of its seats",
        len(lab) == 8 and w0["Lab"] == 8 and all(s.result == "Lab hold" for s in lab),
        f"{P19} {R}: Labour seats {len(lab)}, all holds: {[s.name for s in lab]}.",
    )
    ld = [s.name for s in es if s.first == "LD"]
    k.claim(
        "the Lib Dems were left with one, Oxford West and Abingdon",
        ld == ["Oxford West and Abingdon"],
        f"{P19} {R}: Lib Dem seats {ld}; {P17}: {w0['LD']}.",
    )
    t, t0, uk = totals(2019, region=R), totals(2017, region=R), totals(2019)
    con, con0, ukcon = share_of(t, "Con"), share_of(t0, "Con"), share_of(uk, "Con")
    k.claim(
        "The Conservative share edged up to 54.0 per cent, against 43.6 across the UK",
        con > con0 and round(100 * con, 1) == 54.0 and round(100 * ukcon, 1) == 43.6,
        f"{P19} {R}: Con {pct(con)} ({P17} {pct(con0)}); UK {pct(ukcon)}.",
    )
    lb, lb0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's fell more than seven points to 22.1",
        lb0 - lb > 0.07 and round(100 * lb, 1) == 22.1,
        f"{P19} {R}: Lab {pct(lb)}; {P17} {pct(lb0)}: down {100 * (lb0 - lb):.2f} points.",
    )
    d, d0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "the Liberal Democrats were up 7.7 points to 18.2",
        round(100 * (d - d0), 1) == 7.7 and round(100 * d, 1) == 18.2,
        f"{P19} {R}: LD {pct(d)}; {P17} {pct(d0)}.",
    )
    ld2 = sum(s.ranked()[1].party == "LD" for s in es)
    lab2 = sum(s.ranked()[1].party == "Lab" for s in es)
    k.claim(
        "finishing second in 35 seats against Labour's 39",
        ld2 == 35 and lab2 == 39,
        f"{P19} {R} second places: LD {ld2}, Lab {lab2}.",
    )
    brx = share_of(t, "BRX")
    k.claim(
        "took just 0.3 per cent across the region",
        round(100 * brx, 1) == 0.3,
        f"{P19} {R}: BRX {t['BRX']:,} / {t['_valid']:,} = {pct(brx)}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout in the region was 70.2 per cent, down a point",
        round(100 * to, 1) == 70.2 and round(100 * (to0 - to)) == 1,
        f"{P19} {R}: valid / electorate {pct(to)}; {P17} {pct(to0)}.",
    )
    wi, wi0 = g["Winchester"], g0["Winchester"]
    low = min(es, key=lambda s: s.majority)
    k.claim(
        "Steve Brine's majority was whittled down to 985, the narrowest in the region, from 9,999",
        wi.majority == 985 and low.name == "Winchester" and wi0.majority == 9999,
        f"{P17} {wi0.line()}; {P19} {wi.line()}; narrowest in {R}: {low.name}.",
    )
    top = max(g.values(), key=lambda s: s.turnout)
    k.claim(
        "Winchester had the highest turnout in the country, 77.9 per cent",
        top.name == "Winchester" and round(100 * wi.turnout, 1) == 77.9,
        f"{P19}: highest turnout in the UK {top.name} {pct(top.turnout)}; Winchester "
        f"{pct(wi.turnout)} (the highest in the region).",
    )
    ew, ew0 = g["Esher and Walton"], g0["Esher and Walton"]
    k.claim(
        "Dominic Raab held Esher and Walton by 2,743, his majority cut by more than 20,000 as the "
        "Lib Dem share rose almost 28 points",
        ew.majority == 2743
        and ew0.majority - ew.majority > 20000
        and 27 < 100 * (ew.share("LD") - ew0.share("LD")) < 28,
        f"{P17} majority {ew0.majority:,}; {P19} {ew.line()}; LD {pct(ew0.share('LD'))} -> "
        f"{pct(ew.share('LD'))}.",
    )
    gu = g["Guildford"]
    k.claim(
        "Angela Richardson held on by 3,337",
        gu.result == "Con hold" and gu.majority == 3337,
        f"{P19} {gu.line()}.",
    )
    k.claim(
        "the former Conservative MP Anne Milton, standing as an independent, pushed Labour into "
        "fourth",
        gu.place("Milton") == 3 and gu.ranked()[3].party == "Lab",
        f"{P19} Guildford: "
        + ", ".join(f"{c.name} {c.party} {c.votes:,}" for c in gu.ranked())
        + ": Milton is fourth, 159 behind Labour.",
    )
    wk, wk0 = g["Wokingham"], g0["Wokingham"]
    k.claim(
        "John Redwood's majority in Wokingham fell to 7,383 from 18,798, with Phillip Lee second "
        "for the Lib Dems",
        wk.majority == 7383 and wk0.majority == 18798 and wk.ranked()[1].surname == "Lee"
        and wk.ranked()[1].party == "LD",
        f"{P17} majority {wk0.majority:,}; {P19} {wk.line()}.",
    )  # fmt: skip
    bc, bc0 = g["Beaconsfield"], g0["Beaconsfield"]
    k.claim(
        "Joy Morrissey beat Dominic Grieve by 15,712, somewhat less than Mr Grieve's own 24,543 "
        "majority in 2017",
        bc.majority == 15712 and bc.ranked()[1].surname == "Grieve" and bc0.majority == 24543,
        f"{P17} {bc0.line()}; {P19} {bc.line()}.",
    )
    k.claim(
        "Turnout there was up 2.2 points, roughly three-quarters of those eligible",
        round(100 * (bc.turnout - bc0.turnout), 1) == 2.2
        and round(100 * bc.turnout) in (74, 75, 76),
        f"{P17}/{P19} Beaconsfield turnout (valid / electorate) {pct(bc0.turnout)} -> "
        f"{pct(bc.turnout)}.",
    )
    k.claim(
        "the first December general election since 1923",
        None,
        "Election dates before 2010 are not in the files.",
    )
    lost = [c for c in bc.cands if 20 * c.votes <= bc.valid]
    k.claim(
        "two of the five candidates lost their £500 deposits",
        len(bc.cands) == 5 and len(lost) == 2,
        f"{P19} Beaconsfield: {len(bc.cands)} candidates; at or under 5 per cent: "
        f"{[c.name for c in lost]}.",
    )
    ca, ca0 = g["Canterbury"], g0["Canterbury"]
    k.claim(
        "Rosie Duffield increased her majority in Canterbury to 1,836 from 187, polling 29,018 "
        "votes to Anna Firth's 27,182",
        ca.majority == 1836 and ca0.majority == 187 and ca.votes("Lab") == 29018
        and ca.votes("Con") == 27182,
        f"{P17} {ca0.line()}; {P19} {ca.line()}.",
    )  # fmt: skip
    k.claim(
        '"We\'ve bucked the national trend here once again," she said',
        None,
        "A quote: not in the files.",
    )
    dv, dv0 = g["Dover"], g0["Dover"]
    k.claim(
        "Natalie Elphicke nearly doubled her husband's majority, from 6,437 to 12,278",
        dv0.majority == 6437 and dv.majority == 12278 and 1.8 <= dv.majority / dv0.majority < 2,
        f"{P17} {dv0.line()}; {P19} {dv.line()} ({dv.majority / dv0.majority:.2f} times).",
    )
    me = maiden("Charlie Elphicke")
    k.claim(
        "Charlie Elphicke had held the seat since 2010",
        me[0]["Constituency"] == "Dover" and me[0]["Date"].endswith("2010"),
        f"maiden-speeches.csv: Charlie Elphicke, {me[0]['Constituency']}, {me[0]['Date']}.",
    )
    si, si0 = g["Southampton, Itchen"], g0["Southampton, Itchen"]
    k.claim(
        "Royston Smith, who won Southampton Itchen by 13 votes two years ago, won by 4,498",
        si0.winner_name == "Royston Smith" and si0.majority == 13 and si.majority == 4498,
        f"{P17} {si0.line()} (31, not 13); {P19} {si.line()}.",
    )
    hr, hr0 = g["Hastings and Rye"], g0["Hastings and Rye"]
    k.claim(
        "Sally-Ann Hart turned Amber Rudd's 346-vote majority in Hastings and Rye into 4,043",
        hr0.winner_name == "Amber Rudd" and hr0.majority == 346 and hr.majority == 4043,
        f"{P17} {hr0.line()}; {P19} {hr.line()}.",
    )
    bu = g["Buckingham"]
    k.claim(
        "Greg Smith took the Speaker's old seat of Buckingham by 20,411",
        g0["Buckingham"].first == "Spk" and bu.majority == 20411,
        f"{P17} Buckingham: {g0['Buckingham'].result}; {P19} {bu.line()}.",
    )
    big = max(es, key=lambda s: s.majority)
    k.claim(
        "Suella Braverman's 26,086 in Fareham was the largest majority in the region",
        g["Fareham"].majority == 26086 and big.name == "Fareham",
        f"{P19} {R}: largest majority {big.name} {big.majority:,}; Fareham "
        f"{g['Fareham'].majority:,}.",
    )
    lt = min(es, key=lambda s: s.turnout)
    k.claim(
        "Slough had the lowest turnout, 58.8 per cent",
        lt.name == "Slough" and round(100 * lt.turnout, 1) == 58.8,
        f"{P19} {R}: lowest turnout {lt.name} {pct(lt.turnout)}.",
    )
