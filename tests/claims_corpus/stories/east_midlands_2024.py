"""new-red-wall-east-midlands-regional: a regional daily (dateline only, no year) on the 2024
election in the East Midlands, from PSEPH 59 against the notional 2019 results (PSEPH 58
notional), with PSEPH 58 for the actual 2019 results, CBP-8647 for Rushcliffe's history and
maiden-speeches.csv for a member's first election."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import (
    general,
    hist_line,
    hist_seat,
    maiden,
    notional2019,
    notional_winner,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "new-red-wall-east-midlands-regional"
R = "East Midlands"
P24, P19 = pseph_name(2024), pseph_name(2019)
NOT = "PSEPH 58 notional 2019"


@story(NAME)
def key(k: Key) -> None:
    g, g19, n = general(2024), general(2019), notional2019()
    es = [s for s in g.values() if s.region == R]
    w = seats_won(2024, region=R)
    nw = Counter(notional_winner(s.name) for s in es)
    k.claim(
        "Labour now holds 29 of the region's 47 seats, up from eight on the notional results of the "
        "last election",
        w["Lab"] == 29 and len(es) == 47 and nw["Lab"] == 8,
        f"{P24} {R}: {dict(w)} of {len(es)}; {NOT}: {dict(nw)}.",
    )
    k.claim(
        "the Conservatives are down from 39 to 15",
        nw["Con"] == 39 and w["Con"] == 15,
        f"{NOT} {R}: Con {nw['Con']}; {P24}: {w['Con']}.",
    )
    k.claim(
        "Reform UK won two seats and an independent one",
        w["RUK"] == 2 and w["Ind"] == 1,
        f"{P24} {R}: RUK {w['RUK']}, Ind {w['Ind']}.",
    )
    t, uk = totals(2024, region=R), totals(2024)
    nt: Counter[str] = Counter()
    for s in es:
        for p, v in n[s.name].items():
            if p in ("_valid", "_electorate") or not p.startswith("_"):
                nt[p] += int(v)
    lab, uklab = share_of(t, "Lab"), share_of(uk, "Lab")
    k.claim(
        "Labour took 35.3 per cent of the vote in the region, above its 33.7 per cent across the UK",
        round(100 * lab, 1) == 35.3 and round(100 * uklab, 1) == 33.7,
        f"{P24}: Lab {R} {t['Lab']:,} / {t['_valid']:,} = {pct(lab)}; UK {pct(uklab)}.",
    )
    ruk, ukruk = share_of(t, "RUK"), share_of(uk, "RUK")
    k.claim(
        "Reform's 18.9 per cent was more than four points above its national share",
        round(100 * ruk, 1) == 18.9 and ruk - ukruk > 0.04,
        f"{P24}: RUK {R} {pct(ruk)}; UK {pct(ukruk)}.",
    )
    con, con0 = share_of(t, "Con"), nt["Con"] / nt["_valid"]
    k.claim(
        "The Conservative share halved, from 54.8 per cent to 29.4",
        round(100 * con0, 1) == 54.8 and round(100 * con, 1) == 29.4 and 0.45 <= con / con0 <= 0.55,
        f"{NOT} {R}: Con {nt['Con']:,} / {nt['_valid']:,} = {pct(con0)}; {P24}: {pct(con)} "
        f"({con / con0:.3f} of it).",
    )
    to, tuk = t["_valid"] / t["_electorate"], uk["_valid"] / uk["_electorate"]
    k.claim(
        "Turnout in the region was 60.8 per cent, a point higher than the UK's",
        round(100 * to, 1) == 60.8 and round(100 * (to - tuk)) == 1,
        f"{P24}: turnout (valid / electorate) {R} {pct(to)}, UK {pct(tuk)}.",
    )
    a = g["Ashfield"]
    k.claim(
        "Lee Anderson held on to his seat in Ashfield",
        "depends",
        f"{P24} {a.line()}; Anderson sitting: {a.ranked()[0].sitting}. He was the seat's sitting "
        "MP (elected a Conservative in 2019), so he held on; the official result is a Reform gain "
        "from the Conservatives.",
    )
    k.claim(
        "He received 17,062 votes, with Labour's Rhea Keehn second on 11,553",
        a.votes("RUK") == 17062
        and a.ranked()[1].surname == "Keehn"
        and a.ranked()[1].votes == 11553,
        f"{P24} {a.line()} (Keehn 11,554).",
    )
    b = g["Boston and Skegness"]
    k.claim(
        "Richard Tice took 38.4 per cent of the vote, with a majority over the Conservatives of 2,010",
        round(100 * b.share("RUK"), 1) == 38.4
        and b.ranked()[1].party == "Con"
        and b.majority == 2010,
        f"{P24} {b.line()}; RUK {pct(b.share('RUK'))}.",
    )
    k.claim(
        "Boston voted 75 per cent Leave in 2016, the highest anywhere",
        None,
        "The 2016 referendum was counted by council area, not by seat: not in the files (the "
        "census summary file's Leave figures are estimates for the 2024 seats).",
    )
    ls = g["Leicester South"]
    k.claim(
        "the independent Shockat Adam secured 14,739 votes to Jonathan Ashworth's 13,760",
        ls.result == "Ind gain from Lab"
        and ls.ranked()[0].votes == 14739
        and ls.ranked()[0].surname == "Adam"
        and ls.votes("Lab") == 13760,
        f"{P24} {ls.line()}.",
    )
    k.claim('"This is for Gaza," he said', None, "A quote: not in the files.")
    le = g["Leicester East"]
    con_gains = [s.name for s in g.values() if s.result.startswith("Con gain")]
    k.claim(
        "the Conservative Shivani Raja won Leicester East from Labour, the party's sole gain "
        "anywhere",
        le.result == "Con gain from Lab" and con_gains == ["Leicester East"],
        f"{P24} {le.line()}; Conservative gains in the UK: {con_gains}.",
    )
    k.claim(
        "beating Rajesh Agrawal into second place with a 4,426 majority",
        le.ranked()[1].surname == "Agrawal" and le.majority == 4426,
        f"{P24} {le.line()}.",
    )
    k.claim(
        "Zuffar Haq came third, and the two former MPs, Claudia Webbe and Keith Vaz, came fourth and "
        "fifth",
        [c.surname for c in le.ranked()[2:5]] == ["Haq", "Webbe", "Vaz"],
        f"{P24} Leicester East: "
        + ", ".join(f"{c.name} {c.votes:,}" for c in le.ranked()[:6])
        + ".",
    )
    rows = hist_seat("Rushcliffe")
    lab_years = [h.election for h in rows if h.winner == "lab"]
    rc = g["Rushcliffe"]
    k.claim(
        "Rushcliffe turned to Labour for the first time since 1966",
        rc.result == "Lab gain from Con" and lab_years[-1] == "1966",
        f"{P24} {rc.line()}; CBP-8647 Rushcliffe: {hist_line(rows)}.",
    )
    k.claim(
        "the first time the party has won in the constituency for 54 years",
        2024 - int(lab_years[-1]) == 54,
        f"CBP-8647 Rushcliffe: Labour's last win before 2024 was {lab_years[-1]}, "
        f"{2024 - int(lab_years[-1])} years earlier (54 years back is 1970, a Conservative win).",
    )
    ed = rc.ranked()[1]
    k.claim(
        "Ruth Edwards, who got 17,865 votes, 30.9 per cent",
        ed.surname == "Edwards"
        and ed.votes == 17865
        and round(100 * ed.votes / rc.valid, 1) == 30.9,
        f"{P24} Rushcliffe: {ed.name} {ed.votes:,} / {rc.valid:,} = {pct(ed.votes / rc.valid)}.",
    )
    k.claim(
        "Ms Edwards had won the seat with a majority of more than 7,600 last time",
        "depends",
        f"{P19} {g19['Rushcliffe'].line()}: more than 7,600 on the old boundaries; {NOT} "
        f"Rushcliffe majority {n['Rushcliffe']['_majority']:,}: not on the new.",
    )
    er = g["Erewash"]
    k.claim(
        "Labour's Adam Thompson won Erewash with 40.1 per cent",
        er.result == "Lab gain from Con" and round(100 * er.share("Lab"), 1) == 40.1,
        f"{P24} {er.line()}; Lab {pct(er.share('Lab'))}.",
    )
    mt = maiden("Maggie Throup")
    k.claim(
        "Maggie Throup had held the seat since 2010",
        mt[0]["Date"].endswith("2010") and mt[0]["Constituency"] == "Erewash"
        and er.ranked()[1].surname == "Throup",
        f"maiden-speeches.csv: Maggie Throup, {mt[0]['Constituency']}, {mt[0]['Date']}; {P24} "
        f"{er.line()}.",
    )  # fmt: skip
    dd = g["Derbyshire Dales"]
    low = min(es, key=lambda s: s.majority)
    k.claim(
        "Labour took Derbyshire Dales by 350 votes, the narrowest result in the region",
        dd.result == "Lab gain from Con" and dd.majority == 350 and low.name == dd.name,
        f"{P24} {dd.line()}; narrowest in {R}: {low.name}.",
    )
    dn = g19["Derby North"]
    k.claim(
        "Derby North, which Amanda Solloway had won last time with 21,259 votes and a majority of "
        "2,540",
        g["Derby North"].result == "Lab gain from Con"
        and dn.ranked()[0].surname == "Solloway"
        and dn.votes("Con") == 21259
        and dn.majority == 2540
        and n["Derby North"]["_majority"] == 2540,
        f"{P19} {dn.line()}; {NOT} majority {n['Derby North']['_majority']:,}; {P24} "
        f"{g['Derby North'].result}.",
    )
    sf, mf = g["Sherwood Forest"], g["Mansfield"]
    k.claim(
        "Mark Spencer lost Sherwood Forest",
        sf.result == "Lab gain from Con" and sf.ranked()[1].surname == "Spencer",
        f"{P24} {sf.line()}.",
    )
    k.claim(
        "lost Mansfield by 3,485",
        mf.ranked()[1].surname == "Bradley" and mf.majority == 3485,
        f"{P24} {mf.line()}.",
    )
    cons = sorted((s for s in es if s.first == "Con"), key=lambda s: -s.majority)
    sh = g["South Holland and The Deepings"]
    k.claim(
        "The Conservatives' biggest majority in the region was John Hayes's 6,856 in South Holland "
        "and The Deepings",
        sh.majority == 6856 and cons[0].name == sh.name,
        f"{P24} {R} Conservative seats by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in cons[:2])
        + ".",
    )
    r2 = [s.name for s in es if s.ranked()[1].party == "RUK"]
    k.claim(
        "Reform finished second in five seats",
        len(r2) == 5,
        f"{P24} {R}: Reform second in {', '.join(r2)}.",
    )
    big = max(es, key=lambda s: s.majority)
    ne = g["Nottingham East"]
    k.claim(
        "Nadia Whittome's 15,162 in Nottingham East was the largest majority of all",
        ne.majority == 15162 and big.name == ne.name,
        f"{P24} {R}: largest majority {big.name} {big.majority:,}.",
    )
    lt = min(es, key=lambda s: s.turnout)
    k.claim(
        "Leicester West had the lowest turnout, 47.8 per cent",
        lt.name == "Leicester West" and round(100 * g["Leicester West"].turnout, 1) == 47.8,
        f"{P24} {R}: lowest turnout {lt.name} {pct(lt.turnout)}; Leicester West "
        f"{pct(g['Leicester West'].turnout)}.",
    )
