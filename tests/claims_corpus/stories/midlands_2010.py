"""midlands-turn-blue-tory-gains-weekly: a regional weekly (no year printed) on the
Conservative gains of 2010 in the West and East Midlands. PSEPH 55's result column states
gains against the notional 2005 result on the 2010 boundaries; tenure from maiden-speeches.csv."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, maiden, pseph_name, seats_won, share_of, totals

NAME = "midlands-turn-blue-tory-gains-weekly"
WM, EM = "West Midlands", "East Midlands"


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    f = pseph_name(2010)
    wm = [s for s in g.values() if s.region == WM]
    em = [s for s in g.values() if s.region == EM]
    rw, re_ = Counter(s.result for s in wm), Counter(s.result for s in em)
    sw, se = seats_won(2010, region=WM), seats_won(2010, region=EM)

    def ms(member: str) -> str:
        r = maiden(member)[0]
        return f"maiden-speeches.csv: {member}, {r['Constituency']}, parliament {r['Parliament']}"

    k.claim(
        "The Conservatives won 33 of the West Midlands' 59 seats, taking 14 from Labour, which "
        "was left with 24",
        sw["Con"] == 33 and len(wm) == 59 and rw["Con gain from Lab"] == 14 and sw["Lab"] == 24,
        f"{f} {WM}: seats won {dict(sw)} of {len(wm)}; results {dict(rw)}.",
    )
    k.claim(
        "the Conservatives took another 12 seats from Labour and now hold 31 of the region's 46",
        re_["Con gain from Lab"] == 12 and se["Con"] == 31 and len(em) == 46,
        f"{f} {EM}: seats won {dict(se)} of {len(em)}; results {dict(re_)}.",
    )
    gains = sorted((s for s in wm if s.result.startswith("Con gain")), key=lambda s: s.majority)
    nw = g["North Warwickshire"]
    k.claim(
        "The narrowest gain in the West Midlands came in North Warwickshire, where Dan Byles beat "
        "the minister Mike O'Brien by just 54 votes",
        gains[0].name == "North Warwickshire" and nw.majority == 54
        and nw.ranked()[1].surname == "O'Brien",
        f"{f} {WM} Conservative gains, smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in gains[:3])
        + f". {nw.line()}.",
    )  # fmt: skip
    k.claim("after two recounts", None, "the count's conduct; not in the results files")
    wo = g["Wolverhampton South West"]
    k.claim(
        "In Wolverhampton South West Paul Uppal won by 691",
        wo.result == "Con gain from Lab" and wo.majority == 691,
        f"{f} {wo.line()}.",
    )
    hr = g["Halesowen and Rowley Regis"]
    k.claim(
        "Halesowen and Rowley Regis fell by 2,023",
        hr.result == "Con gain from Lab" and hr.majority == 2023,
        f"{f} {hr.line()}.",
    )
    st = g["Stourbridge"]
    k.claim(
        "Margot James took Stourbridge by 5,146",
        st.result == "Con gain from Lab" and st.majority == 5146,
        f"{f} {st.line()}: 20,153 - 14,989 = 5,164, not 5,146.",
    )
    k.claim(
        "an MP since 1997",
        maiden("Jacqui Smith")[0]["Parliament"].startswith("1997"),
        f"{ms('Jacqui Smith')}.",
    )
    rd = g["Redditch"]
    k.claim(
        "lost Redditch by 5,821 votes",
        rd.result == "Con gain from Lab" and rd.ranked()[1].surname == "Smith"
        and rd.majority == 5821,
        f"{f} {rd.line()}.",
    )  # fmt: skip
    k.claim(
        "lost by David Cameron when he stood there in 1997",
        None,
        "a candidate's 1997 defeat; CBP-8647 gives votes by party group, not candidates",
    )
    sf = g["Stafford"]
    k.claim(
        "went to Jeremy Lefroy with 22,047 votes and a majority of 5,460",
        sf.result == "Con gain from Lab" and sf.ranked()[0].votes == 22047
        and sf.majority == 5460,
        f"{f} {sf.line()}.",
    )  # fmt: skip
    big = sorted(gains, key=lambda s: -s.majority)
    k.claim(
        "Burton produced the largest Conservative majority among the region's gains, 6,304",
        big[0].name == "Burton" and big[0].majority == 6304,
        f"{f} {WM} Conservative gains, largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    ta = g["Tamworth"]
    k.claim(
        "Tamworth was won by more than 6,000",
        ta.result == "Con gain from Lab" and 6000 < ta.majority < 7000,
        f"{f} {ta.line()}.",
    )
    dn = g["Dudley North"]
    k.claim(
        "Ian Austin hung on in Dudley North by 649 votes",
        dn.result == "Lab hold" and dn.majority == 649,
        f"{f} {dn.line()}.",
    )
    k.claim(
        "who had won Solihull in 2005",
        maiden("Lorely Burt")[0]["Parliament"].startswith("2005"),
        f"{ms('Lorely Burt')}.",
    )
    so = g["Solihull"]
    k.claim(
        "held on there for the Liberal Democrats by 175 votes",
        "depends",
        f"{f} {so.line()}: the official result is a Liberal Democrat gain, the seat being "
        "notionally Conservative on the 2010 boundaries (PSEPH 54 notional); Burt was the "
        "sitting MP, so 'held on' is true of her old seat and false against the official result.",
    )
    k.claim(
        "Richard Taylor, MP since 1997",
        maiden("Richard Taylor")[0]["Parliament"].startswith("1997"),
        f"{ms('Richard Taylor')}: first elected in 2001, not 1997.",
    )
    wf = g["Wyre Forest"]
    k.claim(
        "lost to the Conservatives by 2,643",
        wf.result.startswith("Con gain") and wf.ranked()[1].surname == "Taylor"
        and wf.majority == 2643,
        f"{f} {wf.line()}.",
    )  # fmt: skip
    he = g["Hereford and South Herefordshire"]
    k.claim(
        "in Hereford and South Herefordshire Jesse Norman took the seat from the Liberal Democrats",
        he.result == "Con gain from LD" and he.ranked()[0].surname == "Norman",
        f"{f} {he.line()}.",
    )
    eg = sorted((s for s in em if s.result.startswith("Con gain")), key=lambda s: s.majority)
    bx = g["Broxtowe"]
    k.claim(
        "Anna Soubry took Broxtowe by 389 votes",
        bx.result == "Con gain from Lab" and bx.majority == 389,
        f"{f} {bx.line()}.",
    )
    k.claim(
        "the narrowest Conservative gain in the East Midlands",
        eg[0].name == "Broxtowe",
        f"{f} {EM} Conservative gains, smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in eg[:3])
        + ": Sherwood was narrower.",
    )
    co = g["Corby"]
    k.claim(
        "the novelist Louise Bagshawe won Corby by 1,895",
        co.result == "Con gain from Lab" and co.majority == 1895,
        f"{f} {co.line()}.",
    )
    lg = [s for s in wm + em if s.result.startswith("Lab gain")]
    ch = g["Chesterfield"]
    k.claim(
        "Labour's only gain anywhere in the Midlands came in Chesterfield, taken from the Liberal "
        "Democrats by 549 votes",
        [s.name for s in lg] == ["Chesterfield"] and ch.result == "Lab gain from LD"
        and ch.majority == 549,
        f"{f} {WM} and {EM} rows 'Lab gain ...': {[s.name for s in lg]}; {ch.line()}.",
    )  # fmt: skip
    t = totals(2010, region=WM)
    k.claim(
        "the Conservatives took 39.5 per cent of the vote, Labour under 31 per cent and the "
        "Liberal Democrats one in five",
        round(100 * share_of(t, "Con"), 1) == 39.5 and share_of(t, "Lab") < 0.31
        and round(100 * share_of(t, "LD")) == 20,
        f"{f} {WM}: Con {pct(share_of(t, 'Con'))}, Lab {pct(share_of(t, 'Lab'))}, LD "
        f"{pct(share_of(t, 'LD'))}.",
    )  # fmt: skip
    bnp = sorted(wm, key=lambda s: -s.share("BNP"))
    k.claim(
        "The BNP's best share in the region came in Nuneaton",
        bnp[0].name == "Nuneaton",
        f"{f} {WM} highest BNP shares: "
        + ", ".join(f"{s.name} {pct(s.share('BNP'))}" for s in bnp[:3])
        + f"; Nuneaton {pct(g['Nuneaton'].share('BNP'))}.",
    )
    te = totals(2010, region=EM)
    tw_, te_ = t["_valid"] / t["_electorate"], te["_valid"] / te["_electorate"]
    k.claim(
        "Turnout in the West Midlands, 64.7 per cent, was lower than in the East Midlands",
        round(100 * tw_, 1) == 64.7 and tw_ < te_,
        f"{f} turnout (valid / electorate): {WM} {pct(tw_)}, {EM} {pct(te_)}.",
    )
    k.claim("Mr Cameron, 43,", None, "an age; not in the results files")
