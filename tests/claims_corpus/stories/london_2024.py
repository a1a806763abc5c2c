"""london-results-evening-paper: London at the 2024 election; changes against the notional 2019
result on the 2024 boundaries, the actual 2019 result where it differs."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import (
    general,
    maiden,
    notional2019,
    notional_winner,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "london-results-evening-paper"
L = "London"
NOT = "PSEPH 58 notional (2019 on the 2024 boundaries)"


@story(NAME)
def key(k: Key) -> None:
    g, n = general(2024), notional2019()
    f24, f19 = pseph_name(2024), pseph_name(2019)
    ld = [s for s in g.values() if s.region == L]
    w = seats_won(2024, region=L)
    nw = Counter(notional_winner(s.name) for s in ld)
    w19 = seats_won(2019, region=L)
    k.claim(
        "Labour won 59 of London's 75 seats, up from 52 notionally",
        w["Lab"] == 59 and len(ld) == 75 and nw["Lab"] == 52,
        f"{f24}, Region name London: {dict(w)} of {len(ld)}; {NOT}: {dict(nw)}.",
    )
    k.claim(
        "the Conservatives were left holding nine",
        w["Con"] == 9,
        f"{f24} London: Con first in {w['Con']} rows.",
    )
    k.claim(
        "The Liberal Democrats doubled their London tally to six",
        w["LD"] == 6 and nw["LD"] == 3 and w19["LD"] == 3,
        f"{f24} London: LD first in {w['LD']} rows; {NOT}: {nw['LD']}; actual 2019 ({f19}): "
        f"{w19['LD']}.",
    )
    lab = [s.name for s in ld if s.result == "Lab gain from Con"]
    ldg = sorted(s.name for s in ld if s.result == "LD gain from Con")
    k.claim(
        "Labour took eight seats from the Conservatives",
        len(lab) == 8,
        f"{f24} London: 'Lab gain from Con' in {len(lab)} rows.",
    )
    k.claim(
        "the Liberal Democrats three: Carshalton and Wallington, Sutton and Cheam, and Wimbledon",
        ldg == ["Carshalton and Wallington", "Sutton and Cheam", "Wimbledon"],
        f"{f24} London: 'LD gain from Con' in {len(ldg)} rows: {', '.join(ldg)}.",
    )
    wi = g["Wimbledon"]
    k.claim(
        "Paul Kohler won with a majority of 12,610",
        wi.ranked()[0].surname == "Kohler" and wi.majority == 12610,
        f"{f24} {wi.line()}.",
    )
    k.claim(
        "In all the Conservatives lost 11 seats in London",
        "depends",
        f"{NOT}: Con first in {nw['Con']} of the 75 London seats; 2024: {w['Con']}; "
        f"{nw['Con']} - {w['Con']} = {nw['Con'] - w['Con']}. At the actual 2019 election "
        f"({f19}, 73 London seats) the Conservatives won {w19['Con']}, a loss of "
        f"{w19['Con'] - w['Con']}. True on the new boundaries, not on the old.",
    )
    uk = sorted(g.values(), key=lambda s: s.majority)
    k.claim(
        "The closest result anywhere in the country came in Hendon, which Labour took by 15 votes",
        uk[0].name == "Hendon" and uk[0].majority == 15 and uk[0].result == "Lab gain from Con",
        f"{f24}, smallest Majority of 650: "
        + ", ".join(f"{s.name} {s.majority}" for s in uk[:3])
        + f"; {uk[0].line()}.",
    )
    cf = g["Chelsea and Fulham"]
    k.claim(
        "In Chelsea and Fulham, Greg Hands lost by 152",
        cf.ranked()[1].surname == "Hands" and cf.majority == 152,
        f"{f24} {cf.line()}.",
    )
    holds = sorted((s for s in g.values() if s.result == "Con hold"), key=lambda s: s.majority)
    bb = g["Bromley and Biggin Hill"]
    k.claim(
        "The Conservatives' Peter Fortune held Bromley and Biggin Hill by 302 votes",
        bb.result == "Con hold" and bb.majority == 302,
        f"{f24} {bb.line()}.",
    )
    k.claim(
        "the party's narrowest hold in the country",
        holds[0].name == "Bromley and Biggin Hill",
        f"{f24} 'Con hold' rows, smallest majorities: "
        + ", ".join(f"{s.name} {s.majority}" for s in holds[:3])
        + "; Bromley and Biggin Hill is the narrowest in London only.",
    )
    hs = g["Holborn and St Pancras"]
    k.claim(
        "Sir Keir Starmer held Holborn and St Pancras with a majority of 11,572, with the "
        "independent Andrew Feinstein second",
        hs.result == "Lab hold"
        and hs.majority == 11572
        and hs.ranked()[1].surname == "Feinstein"
        and hs.second == "Ind",
        f"{f24} {hs.line()}.",
    )
    old = int(n["Holborn and St Pancras"]["_majority"])
    k.claim(
        "his majority was more than halved",
        hs.majority < old / 2,
        f"{NOT} Holborn and St Pancras majority {old:,}; half is {old / 2:,.0f}; 2024 "
        f"{hs.majority:,}, so it fell by {100 * (1 - hs.majority / old):.1f}%, just under half.",
    )
    ids = maiden("Iain Duncan Smith")
    k.claim(
        "Iain Duncan Smith, first elected in 1992, held Chingford and Woodford Green",
        ids[0]["Parliament"].startswith("1992")
        and g["Chingford and Woodford Green"].result == "Con hold",
        f"maiden-speeches.csv: Iain Duncan Smith, {ids[0]['Constituency']}, parliament "
        f"{ids[0]['Parliament']}. {f24} {g['Chingford and Woodford Green'].line()}.",
    )
    ar, ro = maiden("Andrew Rosindell"), g["Romford"]
    k.claim(
        "Andrew Rosindell, the MP since 2001, held on by 1,463 votes",
        ar[0]["Parliament"].startswith("2001") and ro.result == "Con hold" and ro.majority == 1463,
        f"maiden-speeches.csv: Andrew Rosindell, {ar[0]['Constituency']}, parliament "
        f"{ar[0]['Parliament']}. {f24} {ro.line()}.",
    )
    t = totals(2024, region=L)
    nt: Counter[str] = Counter()
    for s in ld:
        for p, v in n[s.name].items():
            if not p.startswith("_") or p == "_valid":
                nt[p] += int(v)
    dl = share_of(t, "Lab") - share_of(nt, "Lab")
    k.claim(
        "Labour's share of the vote in London fell by five points to 43 per cent",
        round(100 * dl) == -5 and round(100 * share_of(t, "Lab")) == 43,
        f"London Lab {f24} {t['Lab']:,} / {t['_valid']:,} = {pct(share_of(t, 'Lab'))}; {NOT} "
        f"{nt['Lab']:,} / {nt['_valid']:,} = {pct(share_of(nt, 'Lab'))}; {100 * dl:+.2f} points.",
    )
    gr, gr19 = share_of(t, "Green"), share_of(nt, "Green")
    k.claim(
        "The Greens took 10 per cent across the capital, more than treble their share last time",
        round(100 * gr) == 10 and gr > 3 * gr19,
        f"London Green {f24} {pct(gr)}; {NOT} {pct(gr19)}; ratio {gr / gr19:.2f}.",
    )
    gs = [s for s in ld if s.second == "Green"]
    hn = g["Hackney North and Stoke Newington"]
    k.claim(
        "finished second in 18 seats, including Hackney North and Stoke Newington, where Diane "
        "Abbott's majority was 15,080",
        len(gs) == 18 and hn.second == "Green" and hn.majority == 15080,
        f"{f24} London: Second party Green in {len(gs)} rows. {hn.line()}.",
    )
    rs = [s for s in ld if s.second == "RUK"]
    hu = g["Hornchurch and Upminster"]
    k.claim(
        "Reform UK came second in four London seats, among them Hornchurch and Upminster, where "
        "it finished 1,943 votes behind the Conservatives",
        len(rs) == 4 and hu.second == "RUK" and hu.first == "Con" and hu.majority == 1943,
        f"{f24} London: Second party RUK in {len(rs)} rows ({', '.join(s.name for s in rs)}). "
        f"{hu.line()}.",
    )
    big = sorted(ld, key=lambda s: -s.majority)
    k.claim(
        "Munira Wilson's majority of 21,457 in Twickenham was the biggest in London",
        big[0].name == "Twickenham",
        f"{f24} London, largest Majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ". Hornsey and Friern Barnet's is 18 votes larger.",
    )
    to = t["_valid"] / t["_electorate"]
    tu = totals(2024)
    k.claim(
        "Turnout in the capital was 58.4 per cent, below the national figure",
        round(100 * to, 1) == 58.4 and to < tu["_valid"] / tu["_electorate"],
        f"{f24} London valid / electorate {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}; UK "
        f"{pct(tu['_valid'] / tu['_electorate'])}.",
    )
    tl = sorted(ld, key=lambda s: s.turnout)
    k.claim(
        "It was lowest in Barking, at under 46 per cent",
        tl[0].name == "Barking" and tl[0].turnout < 0.46,
        f"{f24} London, lowest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in tl[:3])
        + ".",
    )
    k.claim(
        "highest in Richmond Park",
        tl[-1].name == "Richmond Park",
        f"{f24} London, highest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in reversed(tl[-3:]))
        + ".",
    )
    k.claim(
        "the expansion of the ultra-low emission zone had not been a factor",
        None,
        "a claim about voters' motives; not in the results files",
    )
