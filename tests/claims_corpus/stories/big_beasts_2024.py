"""tory-big-beasts-fall-live-blog: the 2024 election night as a live blog; changes against the
notional 2019 result on the 2024 boundaries."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    general,
    hist_line,
    hist_national,
    hist_seat,
    maiden,
    notional2019,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "tory-big-beasts-fall-live-blog"


@story(NAME)
def key(k: Key) -> None:
    g, g19, n = general(2024), general(2019), notional2019()
    f24, f19 = pseph_name(2024), pseph_name(2019)

    def ms(member: str) -> str:
        r = maiden(member)[0]
        return f"maiden-speeches.csv: {member}, {r['Constituency']}, parliament {r['Parliament']}"

    sw = g["South West Norfolk"]
    k.claim(
        "Liz Truss has lost South West Norfolk to Labour's Terry Jermy by 630 votes",
        sw.ranked()[0].surname == "Jermy"
        and sw.ranked()[1].surname == "Truss"
        and sw.majority == 630,
        f"{f24} {sw.line()}.",
    )
    k.claim(
        "overturning the 26,195 majority she won last time",
        "depends",
        f"{f19} (old boundaries) {g19['South West Norfolk'].line()}: 26,195 is the majority she "
        f"actually won. On the 2024 boundaries the notional 2019 majority is "
        f"{int(n['South West Norfolk']['_majority']):,} (PSEPH 58 notional), the basis of the "
        "official 2024 comparison.",
    )
    mk = next(c for c in sw.cands if c.surname == "McKenzie")
    k.claim(
        "Reform UK's Toby McKenzie was third with almost 10,000 votes",
        sw.place("McKenzie") == 3 and mk.party == "RUK" and 9500 <= mk.votes < 10000,
        f"{f24} South West Norfolk: {mk.name} {mk.party} {mk.votes:,}, third.",
    )
    k.claim(
        "left the count without making a speech",
        None,
        "event; not in the results files",
    )
    ns = g["North East Somerset and Hanham"]
    k.claim(
        "Jacob Rees-Mogg, first elected in 2010",
        maiden("Jacob Rees-Mogg")[0]["Parliament"].startswith("2010"),
        f"{ms('Jacob Rees-Mogg')}.",
    )
    k.claim(
        "has lost North East Somerset and Hanham to Labour's Dan Norris by more than 6,000 votes",
        ns.ranked()[0].surname == "Norris" and ns.majority > 6000,
        f"{f24} {ns.line()}: 5,319, not more than 6,000.",
    )
    rn = g["Richmond and Northallerton"]
    k.claim(
        "Rishi Sunak holds Richmond and Northallerton with a majority of more than 12,000",
        rn.result == "Con hold" and 12000 < rn.majority < 13000,
        f"{f24} {rn.line()}.",
    )
    ch = g["Chichester"]
    k.claim(
        "The Liberal Democrats take Chichester from the education secretary Gillian Keegan with a "
        "majority of 12,172",
        ch.result == "LD gain from Con"
        and ch.ranked()[1].surname == "Keegan"
        and ch.majority == 12172,
        f"{f24} {ch.line()}.",
    )
    hc = hist_seat("Sussex (West) Chichester", "Chichester")
    k.claim(
        "a seat the Conservatives had held at every election since 1924",
        all(h.winner == "con" for h in hc if h.election >= "1924")
        and next(h for h in hc if h.election == "1923").winner != "con",
        f"CBP-8647 Sussex (West) Chichester / Chichester: {hist_line(hc)}; notional 2019 on the "
        f"2024 boundaries also Con (PSEPH 58 notional, majority "
        f"{int(n['Chichester']['_majority']):,}).",
    )
    ga = g["Godalming and Ash"]
    k.claim(
        "Jeremy Hunt clings on in Godalming and Ash by 981 votes",
        ga.result == "Con hold" and ga.majority == 981,
        f"{f24} {ga.line()}: 23,293 - 22,402 = 891, not 981.",
    )
    cf = g["Chelsea and Fulham"]
    lg = sorted(
        (s for s in g.values() if s.result.startswith("Lab gain")), key=lambda s: s.majority
    )
    k.claim(
        "Greg Hands loses Chelsea and Fulham to Labour by 152 votes",
        cf.result == "Lab gain from Con" and cf.majority == 152,
        f"{f24} {cf.line()}.",
    )
    k.claim(
        "the narrowest Labour gain of the night",
        lg[0].name == "Chelsea and Fulham",
        f"{f24} rows 'Lab gain ...' with the smallest majorities: "
        + ", ".join(f"{s.name} {s.majority}" for s in lg[:4])
        + ".",
    )
    nso = g["North Somerset"]
    k.claim(
        "Liam Fox, an MP since 1987, loses North Somerset by 639 votes",
        maiden("Liam Fox")[0]["Parliament"].startswith("1987")
        and nso.majority == 639
        and nso.ranked()[1].surname == "Fox",
        f"{ms('Liam Fox')}: first elected in 1992, not 1987. {f24} {nso.line()}.",
    )
    k.claim(
        "the Liberal Democrats win Witney, David Cameron's old seat, and Maidenhead",
        g["Witney"].result == "LD gain from Con" and g["Maidenhead"].result == "LD gain from Con",
        f"{f24} {g['Witney'].line()}. {g['Maidenhead'].line()}.",
    )
    ux = g["Uxbridge and South Ruislip"]
    k.claim(
        "Labour takes Boris Johnson's old seat of Uxbridge and South Ruislip by 587 votes",
        ux.result == "Lab gain from Con" and ux.majority == 587,
        f"{f24} {ux.line()}.",
    )
    wh = g["Welwyn Hatfield"]
    k.claim(
        "Grant Shapps, an MP since 2005, loses Welwyn Hatfield by 3,799 votes",
        maiden("Grant Shapps")[0]["Parliament"].startswith("2005")
        and wh.majority == 3799
        and wh.ranked()[1].surname == "Shapps",
        f"{ms('Grant Shapps')}. {f24} {wh.line()}.",
    )
    pn = g["Portsmouth North"]
    k.claim(
        "Penny Mordaunt loses Portsmouth North by fewer than 1,000",
        pn.ranked()[1].surname == "Mordaunt" and pn.majority < 1000,
        f"{f24} {pn.line()}.",
    )
    ee = g["Ely and East Cambridgeshire"]
    k.claim(
        "Lucy Frazer loses Ely and East Cambridgeshire to the Liberal Democrats by 495",
        ee.result == "LD gain from Con"
        and ee.ranked()[1].surname == "Frazer"
        and ee.majority == 495,
        f"{f24} {ee.line()}.",
    )
    ks = g["Kingston and Surbiton"]
    k.claim(
        "Sir Ed Davey holds Kingston and Surbiton by more than 17,000 votes",
        ks.result == "LD hold" and ks.ranked()[0].surname == "Davey" and ks.majority > 17000,
        f"{f24} {ks.line()}.",
    )
    k.claim(
        "falling off a paddleboard in Windermere",
        None,
        "campaign event; not in the results files",
    )
    w, t = seats_won(2024), totals(2024)
    from_con = [s for s in g.values() if s.result == "Lab gain from Con"]
    k.claim(
        "Labour has won 411 seats on 33.7 per cent of the vote, taking 182 seats from the "
        "Conservatives",
        w["Lab"] == 411 and round(100 * share_of(t, "Lab"), 1) == 33.7 and len(from_con) == 182,
        f"{f24}: First party Lab in {w['Lab']} rows; Lab {t['Lab']:,} / {t['_valid']:,} = "
        f"{pct(share_of(t, 'Lab'))}; Result 'Lab gain from Con' in {len(from_con)} rows.",
    )
    con = {e: int(hist_national(e).get("won_con", 0)) for e in ELECTIONS}
    k.claim(
        "The Conservatives have 121 seats, the fewest at any general election since 1918",
        w["Con"] == 121 and min(con.values()) > 121,
        f"{f24}: Con first in {w['Con']} rows. CBP-8647 Con seats 1918-2019, lowest: "
        + ", ".join(f"{e} {v}" for e, v in sorted(con.items(), key=lambda x: x[1])[:3])
        + ".",
    )
    lib = {e: int(hist_national(e).get("won_lib", 0)) for e in ELECTIONS}
    k.claim(
        "The Liberal Democrats have 72 seats, their best result since 1923",
        w["LD"] == 72 and lib["1923"] > 72 and all(v < 72 for e, v in lib.items() if e > "1923"),
        f"{f24}: LD first in {w['LD']} rows. CBP-8647 Liberal/Alliance/LD seats: 1923 "
        f"{lib['1923']}, then at most {max(v for e, v in lib.items() if e > '1923')} "
        f"(1929 {lib['1929']}, 2005 {lib['2005']}).",
    )
    k.claim(
        "more than six times the 11 they won last time",
        seats_won(2019)["LD"] == 11 and w["LD"] > 6 * 11,
        f"{f19}: LD first in {seats_won(2019)['LD']} rows; 72 / 11 = {72 / 11:.2f}.",
    )
    ldg = [s for s in g.values() if s.result.startswith("LD gain")]
    k.claim(
        "all of their gains came from the Conservatives",
        all(s.result == "LD gain from Con" for s in ldg),
        f"{f24}: {len(ldg)} rows 'LD gain ...': "
        f"{sum(s.result == 'LD gain from Con' for s in ldg)} from Con and "
        f"{sum(s.result == 'LD gain from SNP' for s in ldg)} from the SNP.",
    )
    nt: dict[str, int] = {}
    for d in n.values():
        for p, v in d.items():
            if not p.startswith("_") or p == "_valid":
                nt[p] = nt.get(p, 0) + int(v)
    ld19 = nt["LD"] / nt["_valid"]
    k.claim(
        "Their share, 12.2 per cent, was up by less than a point",
        round(100 * share_of(t, "LD"), 1) == 12.2 and 0 < share_of(t, "LD") - ld19 < 0.01,
        f"{f24}: LD {t['LD']:,} / {t['_valid']:,} = {pct(share_of(t, 'LD'))}; notional 2019 "
        f"(PSEPH 58 notional, all 650 seats) {nt['LD']:,} / {nt['_valid']:,} = {pct(ld19)}; "
        f"actual 2019 {pct(share_of(totals(2019), 'LD'))}; up under a point either way.",
    )
    k.claim(
        "Reform UK won more than four million votes and five seats",
        t["RUK"] > 4_000_000 and w["RUK"] == 5,
        f"{f24}: RUK {t['RUK']:,} votes; first in {w['RUK']} rows.",
    )
    to = t["_valid"] / t["_electorate"]
    past = {
        e: hist_national(e)["_total_contested"] / hist_national(e)["_electorate_contested"]
        for e in ELECTIONS[21:]
    }
    k.claim(
        "Turnout was 59.7 per cent, the lowest since 2001",
        round(100 * to, 1) == 59.7
        and past["2001"] < to
        and all(v > to for e, v in past.items() if e > "2001"),
        f"{f24}: {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}. CBP-8647 turnout: "
        + ", ".join(f"{e} {pct(v)}" for e, v in past.items())
        + ".",
    )
    k.claim(
        "A record number of cabinet ministers lost their seats",
        None,
        "ministerial posts are not in the results files",
    )
