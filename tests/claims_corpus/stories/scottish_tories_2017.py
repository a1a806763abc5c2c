"""scottish-tories-thirteen-seats-daily: the Scottish Conservatives' 13 seats at the 2017 general
election as a Scottish daily (no year; "two years ago" and "last time" are 2015); seat history
from CBP-8647 Scotland rows; tenure from maiden-speeches.csv."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_national, maiden, pseph_name, seats_won, share_of, swing, totals

NAME = "scottish-tories-thirteen-seats-daily"
SC = "Scotland"


@story(NAME)
def key(k: Key) -> None:
    g, g15 = general(2017), general(2015)
    f, f15 = pseph_name(2017), pseph_name(2015)
    won, won15 = seats_won(2017, country=SC), seats_won(2015, country=SC)
    k.claim(
        "The Conservatives won 13 of Scotland's 59 seats, up from one",
        won["Con"] == 13 and sum(won.values()) == 59 and won15["Con"] == 1,
        f"{f}: Scotland {dict(won)}; {f15}: {dict(won15)}.",
    )
    hist = {e: int(hist_national(e, SC).get("won_con", 0)) for e in
            ("1979", "1983", "1987", "1992", "1997", "2001", "2005", "2010", "2015")}  # fmt: skip
    line = ", ".join(f"{e} {n}" for e, n in hist.items())
    k.claim(
        "their best showing north of the border since 1983",
        hist["1983"] >= 13 and all(n < 13 for e, n in hist.items() if e > "1983"),
        f"CBP-8647 Scotland, Conservative seats won: {line}; 2017: {won['Con']}.",
    )
    k.claim(
        "the first time since 1992 that they have returned more than a single Scottish MP",
        hist["1992"] > 1 and all(n <= 1 for e, n in hist.items() if e > "1992"),
        f"CBP-8647 Scotland, Conservative seats won: {line}.",
    )
    gains = sorted((s for s in g.values() if s.country == SC and s.result.startswith("Con gain")),
                   key=lambda s: s.majority)  # fmt: skip
    k.claim(
        "Twelve of the gains were taken from the SNP",
        len(gains) == 12 and all(s.result == "Con gain from SNP" for s in gains),
        f"{f}: Scotland, Conservative gains: " + ", ".join(f"{s.name} '{s.result}'" for s in gains)
        + ".",
    )  # fmt: skip
    t, t15 = totals(2017, country=SC), totals(2015, country=SC)
    c, c15 = share_of(t, "Con"), share_of(t15, "Con")
    k.claim(
        "The Tory share almost doubled, to 28.6 per cent",
        1.8 <= c / c15 < 2 and round(100 * c, 1) == 28.6,
        f"Scotland Con {pct(c15)} ({f15}) -> {pct(c)} ({f}): x{c / c15:.2f}.",
    )
    order = sorted((p for p in t if not p.startswith("_")), key=lambda p: -t[p])
    k.claim(
        "their 757,949 votes put them second",
        t["Con"] == 757949 and order[1] == "Con",
        f"{f}: Scotland votes: " + ", ".join(f"{p} {t[p]:,}" for p in order[:4]) + ".",
    )
    s, s15 = share_of(t, "SNP"), share_of(t15, "SNP")
    k.claim(
        "The SNP's share slid from 50 per cent to under 37",
        round(100 * s15) == 50 and s < 0.37,
        f"Scotland SNP {pct(s15)} ({f15}) -> {pct(s)} ({f}).",
    )
    k.claim(
        "the party lost 21 seats",
        won15["SNP"] - won["SNP"] == 21,
        f"Scotland SNP seats {won15['SNP']} ({f15}) -> {won['SNP']} ({f}).",
    )
    lab = share_of(t, "Lab")
    k.claim(
        "Labour finished just behind the Tories on 27.1 per cent",
        round(100 * lab, 1) == 27.1 and order[2] == "Lab",
        f"{f}: Scotland Lab {t['Lab']:,} / {t['_valid']:,} = {pct(lab)}; third by votes.",
    )
    ld, ld15 = share_of(t, "LD"), share_of(t15, "LD")
    k.claim(
        "the Liberal Democrats, with four seats, edged up their share",
        won["LD"] == 4 and ld > ld15,
        f"Scotland LD seats {won['LD']}; share {pct(ld15)} ({f15}) -> {pct(ld)} ({f}): down.",
    )
    mo = g["Moray"]
    k.claim(
        "Douglas Ross unseated Angus Robertson by 4,159 votes",
        mo.result == "Con gain from SNP" and mo.place("Robertson") == 2 and mo.majority == 4159,
        f"{f}: {mo.line()}.",
    )
    k.claim(
        "Robertson, the SNP's leader at Westminster",
        None,
        "a party office and a quote; not in the results files",
    )
    go, go15 = g["Gordon"], g15["Gordon"]
    k.claim(
        "Colin Clark came from second place last time to beat Alex Salmond by 2,607",
        [c.party for c in go15.ranked()].index("Con") == 1
        and go.winner_name == "Colin Clark" and go.place("Salmond") == 2 and go.majority == 2607,
        f"{f15}: {go15.line()} (Conservatives third); {f}: {go.line()}.",
    )  # fmt: skip
    sc15 = [x for x in g15.values() if x.country == SC]
    snp15 = [x for x in sc15 if x.first == "SNP"]
    by_pct = sorted(snp15, key=lambda x: -x.majority / x.valid)
    by_votes = sorted(snp15, key=lambda x: -x.majority)
    bb, bb15 = g["Banff and Buchan"], g15["Banff and Buchan"]
    k.claim(
        "Banff and Buchan, the fourth-safest SNP seat in the country",
        "depends",
        f"{f15}: SNP seats by majority as a share of valid votes: "
        + ", ".join(f"{x.name} {100 * x.majority / x.valid:.1f}%" for x in by_pct[:4])
        + f" (fourth: true); by majority in votes Banff and Buchan ({bb15.majority:,}) is "
        f"{by_votes.index(bb15) + 1}th (false).",
    )
    sw = swing(bb, bb15, "Con", "SNP")
    k.claim(
        "fell to David Duguid on a swing of 20 points",
        bb.result == "Con gain from SNP" and round(100 * sw) == 20,
        f"{f}: {bb.line()}; Butler swing SNP to Con {100 * sw:.2f} (on {f15}).",
    )
    k.claim(
        "overturning an SNP majority of more than 14,000",
        bb15.first == "SNP" and bb15.majority > 14000,
        f"{f15}: {bb15.line()}.",
    )
    an, mw = g["Angus"], maiden("Mike Weir")
    k.claim(
        "Kirstene Hair ousted Mike Weir, who had held Angus since 2005, by 2,645 votes",
        an.result == "Con gain from SNP" and an.place("Weir") == 2 and an.majority == 2645
        and mw[0]["Constituency"] == "Angus" and mw[0]["Date"].endswith("2005"),
        f"{f}: {an.line()}; maiden-speeches.csv: Mike Weir, Angus, {mw[0]['Date']}: since 2001.",
    )  # fmt: skip
    oc = g["Ochil and South Perthshire"]
    k.claim(
        "Luke Graham defeated Tasmina Ahmed-Sheikh in Ochil and South Perthshire by 3,359",
        oc.winner_name == "Luke Graham" and oc.place("Ahmed-Sheikh") == 2 and oc.majority == 3359,
        f"{f}: {oc.line()}.",
    )
    br, br15 = g["Berwickshire, Roxburgh and Selkirk"], g15["Berwickshire, Roxburgh and Selkirk"]
    k.claim(
        "John Lamont's majority of 11,060 in Berwickshire, Roxburgh and Selkirk was the largest of "
        "the Tory gains in Scotland",
        br.majority == 11060 and gains[-1] is br,
        f"{f}: Conservative gains in Scotland by majority, largest first: "
        + ", ".join(f"{x.name} {x.majority:,}" for x in gains[::-1][:3])
        + ".",
    )
    k.claim(
        "in a seat the SNP had won by only 328 two years ago",
        br15.first == "SNP" and br15.majority == 328,
        f"{f15}: {br15.line()}.",
    )
    ab = g["Aberdeen South"]
    k.claim(
        "Ross Thomson took Aberdeen South by 5,752",
        ab.winner_name == "Ross Thomson" and ab.majority == 5752,
        f"{f}: {ab.line()}: 4,752, not 5,752.",
    )
    er, er15 = g["East Renfrewshire"], g15["East Renfrewshire"]
    k.claim(
        "in East Renfrewshire Paul Masterton overturned an SNP majority of 3,718",
        er.winner_name == "Paul Masterton" and er15.first == "SNP" and er15.majority == 3718,
        f"{f15}: {er15.line()}; {f}: {er.line()}.",
    )
    st = g["Stirling"]
    k.claim(
        "Stephen Kerr won Stirling by just 148",
        st.winner_name == "Stephen Kerr" and st.majority == 148,
        f"{f}: {st.line()}.",
    )
    dc, dc15 = (
        g["Dumfriesshire, Clydesdale and Tweeddale"],
        g15["Dumfriesshire, Clydesdale and Tweeddale"],
    )
    md = maiden("David Mundell")
    k.claim(
        "David Mundell, the party's lone Scottish MP for the last decade",
        md[0]["Date"].endswith("2005") and all(n == 1 for e, n in hist.items() if e in ("2005", "2010", "2015")),
        f"maiden-speeches.csv: David Mundell, {md[0]['Constituency']}, {md[0]['Date']}; CBP-8647 "
        f"Scotland Conservative seats 2005, 2010, 2015: {hist['2005']}, {hist['2010']}, "
        f"{hist['2015']}.",
    )  # fmt: skip
    k.claim(
        "saw his majority rise from 798 to 9,441",
        dc15.majority == 798 and dc.majority == 9441,
        f"{f15}: {dc15.line()}; {f}: {dc.line()}.",
    )
    pe = g["Perth and North Perthshire"]
    narrow = sorted((x for x in g.values() if x.country == SC), key=lambda x: x.majority)
    k.claim(
        "Pete Wishart clung on in Perth and North Perthshire by 21 votes, the narrowest result "
        "in Scotland",
        pe.winner_name == "Pete Wishart" and pe.majority == 21 and narrow[0] is pe,
        f"{f}: {pe.line()}; Scotland's narrowest: "
        + ", ".join(f"{x.name} {x.majority:,}" for x in narrow[:3])
        + ".",
    )
    es = g["Edinburgh South West"]
    k.claim(
        "Joanna Cherry held off Miles Briggs in Edinburgh South West by 1,097",
        es.result == "SNP hold" and es.place("Briggs") == 2 and es.majority == 1097,
        f"{f}: {es.line()}.",
    )
    tu, tu15 = t["_valid"] / t["_electorate"], t15["_valid"] / t15["_electorate"]
    k.claim(
        "Turnout across Scotland fell to 66.4 per cent, from 71 per cent last time",
        round(100 * tu, 1) == 66.4 and round(100 * tu15) == 71,
        f"Scotland valid / electorate: {pct(tu15)} ({f15}) -> {pct(tu)} ({f}).",
    )
