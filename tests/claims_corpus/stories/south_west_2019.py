"""west-country-stays-true-blue-regional: a regional daily (dateline only; '2017' once) on the
South West at the 2019 general election, PSEPH 58 against PSEPH 57."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "west-country-stays-true-blue-regional"
R = "South West"
P19, P17 = pseph_name(2019), pseph_name(2017)


@story(NAME)
def key(k: Key) -> None:
    g, o = general(2019), general(2017)
    sw = [s for s in g.values() if s.region == R]
    w = seats_won(2019, region=R)
    k.claim(
        "winning 48 of the region's 55 seats",
        w["Con"] == 48 and len(sw) == 55,
        f"{P19} South West: {dict(w)} of {len(sw)}.",
    )
    st, st17 = g["Stroud"], o["Stroud"]
    changed = [s.name for s in sw if s.first != o[s.name].first]
    k.claim(
        "Stroud, where Siobhan Baillie overturned a Labour majority of 687, was the only seat in "
        "the region to change hands",
        st17.first == "Lab"
        and st17.majority == 687
        and st.first == "Con"
        and changed == ["Stroud"],
        f"{P17} Stroud {st17.first} by {st17.majority}; {P19} {st.line()}; seats whose winning "
        f"party changed: {changed}.",
    )
    m, m17 = g["Plymouth, Moor View"], o["Plymouth, Moor View"]
    k.claim(
        "Johnny Mercer's majority of 12,897 over Labour was up from 5,019 at the last election, a "
        "rise of nearly 8,000",
        m.majority == 12897 and m.second == "Lab" and m17.majority == 5019
        and 7500 <= m.majority - m17.majority < 8000,
        f"{P17}/{P19} Plymouth, Moor View majority {m17.majority:,} -> {m.majority:,}.",
    )  # fmt: skip
    n, n17 = g["Newton Abbot"], o["Newton Abbot"]
    k.claim(
        "beat the Liberal Democrats in Newton Abbot by 17,501 votes, 341 more than her majority "
        "two years ago",
        n.second == "LD" and n.majority == 17501 and n.majority - n17.majority == 341,
        f"{P17}/{P19} Newton Abbot majority {n17.majority:,} -> {n.majority:,}.",
    )
    k.claim(
        "on a turnout up by half a point",
        round(100 * (n.turnout - n17.turnout), 1) == 0.5,
        f"{P17}/{P19} Newton Abbot turnout (valid / electorate) {pct(n17.turnout)} -> "
        f"{pct(n.turnout)}.",
    )
    e = g["East Devon"]
    k.claim(
        "She polled 25,869 votes, 6,708 behind Simon Jupp",
        e.ranked()[1].party == "Ind" and e.ranked()[1].votes == 25869 and e.majority == 6708,
        f"{P19} {e.line()}.",
    )
    k.claim("a seat that has returned a Conservative since 1835", None,
            "before 1918 the files do not reach")  # fmt: skip
    t, t17 = g["Totnes"], o["Totnes"]
    wol = next(c for c in t.cands if c.surname == "Wollaston")
    k.claim(
        "The Conservatives took Totnes back from Sarah Wollaston",
        "depends",
        f"{P19} Totnes '{t.result}' ({P17}: {t17.winner_name} {t17.first}); Wollaston stood as "
        f"{wol.party}, sitting={wol.sitting}: a hold on the election results, a win back from the "
        "sitting MP on the other reading.",
    )
    k.claim(
        "She came second with 28.8 per cent, and Anthony Mangnall won by 12,724",
        t.place("Wollaston") == 2 and round(100 * wol.votes / t.valid, 1) == 28.8
        and t.majority == 12724,
        f"{P19} {t.line()}; Wollaston {wol.votes:,} / {t.valid:,} = {pct(wol.votes / t.valid)}.",
    )  # fmt: skip
    lab = [s.name for s in sw if s.first == "Lab"]
    w17 = seats_won(2017, region=R)
    k.claim(
        "Labour kept six seats, one fewer than in 2017, all of them in Bristol and Plymouth",
        len(lab) == 6 and w17["Lab"] == 7
        and all(x.startswith(("Bristol", "Plymouth")) for x in lab),
        f"{P17}/{P19} South West Lab seats {w17['Lab']} -> {len(lab)}: {lab}.",
    )  # fmt: skip
    ex, ex17 = g["Exeter"], o["Exeter"]
    d = ex17.votes("Lab") - ex.votes("Lab")
    k.claim(
        "Ben Bradshaw held Exeter but polled 4,500 fewer votes than last time",
        ex.first == "Lab" and round(d, -2) == 4500,
        f"{P17}/{P19} Exeter Lab votes {ex17.votes('Lab'):,} -> {ex.votes('Lab'):,}, down {d:,}.",
    )
    p, p17 = g["Plymouth, Sutton and Devonport"], o["Plymouth, Sutton and Devonport"]
    d = p17.votes("Lab") - p.votes("Lab")
    k.claim(
        "Luke Pollard kept Plymouth Sutton and Devonport with 1,800 fewer",
        p.first == "Lab" and round(d, -2) == 1800,
        f"{P17}/{P19} Plymouth, Sutton and Devonport Lab votes {p17.votes('Lab'):,} -> "
        f"{p.votes('Lab'):,}, down {d:,}.",
    )
    big = sorted(sw, key=lambda s: -s.majority)
    k.claim(
        "Thangam Debbonaire's majority of 28,219 in Bristol West, over the Greens, was the "
        "largest in the region",
        big[0].name == "Bristol West" and big[0].majority == 28219 and big[0].second == "Green",
        f"{P19} South West largest majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in big[:3]) + ".",
    )  # fmt: skip
    b, b17 = g["Bath"], o["Bath"]
    k.claim(
        "Wera Hobhouse more than doubled her majority in Bath",
        b.first == "LD" and b.majority > 2 * b17.majority,
        f"{P17}/{P19} Bath LD majority {b17.majority:,} -> {b.majority:,}.",
    )
    ldg = [s.name for s in sw if s.first == "LD" and o[s.name].first != "LD"]
    k.claim("but the party gained nothing", not ldg,
            f"{P19} South West LD gains: {ldg or 'none'}.")  # fmt: skip
    small = sorted(sw, key=lambda s: s.majority)
    k.claim(
        "Cheltenham, where Alex Chalk held on by 981 votes, was the tightest result in the region",
        small[0].name == "Cheltenham" and small[0].majority == 981,
        f"{P19} South West smallest majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in small[:3]) + ".",
    )  # fmt: skip
    k.claim(
        "followed by Stroud and St Ives",
        [s.name for s in small[1:3]] == ["Stroud", "St Ives"],
        f"{P19} South West smallest majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in small[:4]) + ".",
    )  # fmt: skip
    si, si17 = g["St Ives"], o["St Ives"]
    k.claim(
        "in St Ives Derek Thomas's majority of 312 grew more than fifteen times over",
        si17.majority == 312 and si.majority > 15 * 312,
        f"{P17}/{P19} St Ives majority {si17.majority} -> {si.majority:,}.",
    )
    tt, tt17 = totals(2019, region=R), totals(2017, region=R)
    k.claim(
        "the Conservatives took 52.8 per cent of the vote",
        round(100 * share_of(tt, "Con"), 1) == 52.8,
        f"{P19} South West Con share {pct(share_of(tt, 'Con'))}.",
    )
    dl = share_of(tt17, "Lab") - share_of(tt, "Lab")
    k.claim(
        "Labour's share fell by almost six points",
        0.055 <= dl < 0.06,
        f"{P17}/{P19} South West Lab share {pct(share_of(tt17, 'Lab'))} -> "
        f"{pct(share_of(tt, 'Lab'))}.",
    )
    k.claim(
        "the Liberal Democrats rose to 18.2 per cent",
        round(100 * share_of(tt, "LD"), 1) == 18.2 and share_of(tt, "LD") > share_of(tt17, "LD"),
        f"{P17}/{P19} South West LD share {pct(share_of(tt17, 'LD'))} -> "
        f"{pct(share_of(tt, 'LD'))}.",
    )
    k.claim(
        "took well under one per cent",
        share_of(tt, "BRX") < 0.01,
        f"{P19} South West BRX {tt['BRX']:,} / {tt['_valid']:,} = {pct(share_of(tt, 'BRX'))}.",
    )
    con = sorted((s for s in sw if s.first == "Con"), key=lambda s: -s.majority)
    over = [s for s in con if s.majority > 20000]
    k.claim("Twelve Conservative majorities topped 20,000", len(over) == 12,
            f"{P19} South West Con majorities over 20,000: {len(over)}.")  # fmt: skip
    k.claim(
        "Christopher Chope's in Christchurch was the biggest of them",
        con[0].name == "Christchurch",
        f"{P19} South West largest Con majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in con[:3]) + ".",
    )  # fmt: skip
    regs = {s.region for s in g.values() if s.country == "England"}
    tu = {r: totals(2019, region=r)["_valid"] / totals(2019, region=r)["_electorate"] for r in regs}
    k.claim(
        "Turnout in the South West, at 72.0 per cent, was the highest of any English region",
        round(100 * tu[R], 1) == 72.0 and max(tu, key=lambda r: tu[r]) == R,
        f"{P19} turnout (valid / electorate) by region: "
        + "; ".join(f"{r} {pct(v)}" for r, v in sorted(tu.items(), key=lambda x: -x[1])[:3]) + ".",
    )  # fmt: skip
    k.claim("became the seat's first woman MP", None, "candidates' sex is not in the files")
