"""snp-tide-returns-scotland-daily: a Scottish daily (dateline only, no year printed) on the
2019 election in Scotland, from PSEPH 58 with PSEPH 57 for "two years ago" and CBP-8647
(Scotland rows, single-member seats) for the series since 1918."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import ELECTIONS, general, history, pseph_name, share_of, totals

NAME = "snp-tide-returns-scotland-daily"
P = pseph_name(2019)
SC = "Scotland"


@story(NAME)
def key(k: Key) -> None:
    g, g7 = general(2019), general(2017)
    sc = [s for s in g.values() if s.country == SC]
    now = Counter(s.first for s in sc)
    was = Counter(s.first for s in g7.values() if s.country == SC)
    k.claim(
        "won 48 of Scotland's 59 seats, a gain of 13 on two years ago, and more than four in five "
        "Scottish seats",
        now["SNP"] == 48
        and len(sc) == 59
        and now["SNP"] - was["SNP"] == 13
        and now["SNP"] / len(sc) > 0.8,
        f"{P} Scotland winners {dict(now)} of {len(sc)}; PSEPH 57 (2017) {dict(was)}; "
        f"{now['SNP']}/{len(sc)} = {pct(now['SNP'] / len(sc))}.",
    )
    best = {}
    for e in ELECTIONS:
        rows = [h for h in history() if h.election == e and h.country == SC]
        c = Counter(h.winner for h in rows if h.seats == 1 and (h.total or h.unopposed))
        party, won = c.most_common(1)[0]
        best[e] = (won / len(rows), party)
    order = sorted(best, key=lambda e: -best[e][0])
    k.claim(
        "it is the second-highest share of Scotland's seats won by any party since 1918",
        order[:2] == ["2015", "2019"],
        "CBP-8647 Scotland, the largest party's share of the rows: "
        + ", ".join(f"{e} {best[e][1]} {pct(best[e][0])}" for e in order[:4])
        + ".",
    )
    t, t7 = totals(2019, country=SC), totals(2017, country=SC)

    def sh(p: str) -> tuple[float, float]:
        return share_of(t, p), share_of(t7, p)

    s, s7 = sh("SNP")
    k.claim(
        "The SNP took 45 per cent of the vote, up 8.1 points",
        round(100 * s) == 45 and round(100 * (s - s7), 1) == 8.1,
        f"{P} Scotland SNP {pct(s)}; 2017 {pct(s7)}.",
    )
    gains = [x for x in sc if x.result.startswith("SNP gain")]
    frm = Counter(x.result.split(" from ")[1].replace(" Coop", "") for x in gains)
    k.claim(
        "It took eight seats from the Conservatives and six from Labour",
        frm["Con"] == 8 and frm["Lab"] == 6,
        f"{P} Scotland SNP gains by former holder: {dict(frm)} ("
        + ", ".join(x.name for x in gains)
        + ").",
    )
    k.claim('"exceptionally good night"', None, "a quotation")
    cs, cs7 = sh("Con")
    k.claim(
        "The Conservatives lost more than half their seats, down from 13 to six",
        was["Con"] == 13 and now["Con"] == 6,
        f"Scotland Con seats: 2017 {was['Con']}, 2019 {now['Con']}.",
    )
    k.claim(
        "their share fell 3.5 points to 25.1 per cent",
        round(100 * (cs7 - cs), 1) == 3.5 and round(100 * cs, 1) == 25.1,
        f"{P} Scotland Con {pct(cs)}; 2017 {pct(cs7)}.",
    )
    lab = [x.name for x in sc if x.first == "Lab"]
    la, la7 = sh("Lab")
    k.claim(
        "Labour was reduced to a single seat, Edinburgh South, its share down more than eight "
        "points",
        lab == ["Edinburgh South"] and la7 - la > 0.08,
        f"{P} Scotland Lab seats {lab}; share {pct(la7)} -> {pct(la)}.",
    )
    k.claim(
        "its lowest in Scotland at a Westminster election since December 1910",
        None,
        "elections before 1918 are not in the files (CBP-8647 Scotland lab shares 1918-2017 are "
        f"all above {pct(la)}).",
    )
    ld, ld7 = sh("LD")
    k.claim(
        "The Liberal Democrats kept four seats with no net change, their share up 2.8 points",
        now["LD"] == was["LD"] == 4 and round(100 * (ld - ld7), 1) == 2.8,
        f"Scotland LD seats {was['LD']} -> {now['LD']}; share {pct(ld7)} -> {pct(ld)}.",
    )
    k.claim(
        "the Brexit Party won less than half of one per cent",
        share_of(t, "BRX") < 0.005,
        f"{P} Scotland BRX {t['BRX']:,} / {t['_valid']:,} = {pct(share_of(t, 'BRX'))}.",
    )
    to, to7 = t["_valid"] / t["_electorate"], t7["_valid"] / t7["_electorate"]
    k.claim(
        "Turnout in Scotland rose by 1.6 points to 68.1 per cent",
        round(100 * (to - to7), 1) == 1.6 and round(100 * to, 1) == 68.1,
        f"Scotland valid / electorate: 2017 {pct(to7)}, 2019 {pct(to)}.",
    )
    u = totals(2019)
    uk = u["_valid"] / u["_electorate"]
    k.claim(
        "slightly higher than the UK's 67.2 per cent",
        round(100 * uk, 1) == 67.2,
        f"{P} UK valid {u['_valid']:,} / electorate {u['_electorate']:,} = {pct(uk)}.",
    )
    rh = g["Rutherglen and Hamilton West"]
    k.claim(
        "Margaret Ferrier won back Rutherglen and Hamilton West, polling 23,775 votes for a "
        "majority of 5,230",
        rh.ranked()[0].votes == 23775
        and rh.majority == 5230
        and "gain" in rh.result
        and general(2015)[rh.name].ranked()[0].surname == "Ferrier",
        f"{P} {rh.line()} (her 2015 win: PSEPH 56 {general(2015)[rh.name].winner_name}).",
    )
    an, an7 = g["Angus"], g7["Angus"]
    k.claim(
        "Dave Doogan defeated Kirstene Hair, who had won the seat two years ago",
        an.ranked()[0].surname == "Doogan"
        and an.ranked()[1].surname == "Hair"
        and an7.ranked()[0].surname == "Hair"
        and "gain" in an7.result,
        f"{P} {an.line()}; PSEPH 57 {an7.line()}.",
    )
    kc = g["Kirkcaldy and Cowdenbeath"]
    k.claim(
        "beat the shadow Scottish secretary Lesley Laird in Kirkcaldy and Cowdenbeath by 1,423",
        kc.majority == 1423,
        f"{P} {kc.line()} (1,423 transposes the majority; jobs are not in the files).",
    )
    go = g["Gordon"]
    snpg = sorted(gains, key=lambda x: x.majority)
    k.claim(
        "Richard Thomson took Gordon by 819 votes, the SNP's narrowest gain",
        go.majority == 819 and snpg[0].name == "Gordon",
        f"{P} SNP gains by majority: "
        + ", ".join(f"{x.name} {x.majority:,}" for x in snpg[:3])
        + ".",
    )
    st = g["Stirling"]
    k.claim(
        "Alyn Smith won Stirling with a majority of more than 9,000, the largest of any SNP gain",
        st.majority > 9000 and snpg[-1].name == "Stirling",
        f"{P} {st.line()}; largest SNP-gain majority: {snpg[-1].name} {snpg[-1].majority:,}.",
    )
    ab = g["Aberdeen South"]
    k.claim(
        "Stephen Flynn took Aberdeen South by 3,990",
        ab.ranked()[0].surname == "Flynn" and ab.majority == 3990 and "gain" in ab.result,
        f"{P} {ab.line()}.",
    )
    losses = [x.name for x in sc if x.result.endswith("from SNP")]
    k.claim(
        "The party's one loss was North East Fife",
        losses == ["North East Fife"],
        f"{P} Scotland seats gained from the SNP: {losses}.",
    )
    low7 = min(g7.values(), key=lambda x: x.majority)
    k.claim(
        "the most marginal seat in the UK last time",
        low7.name == "North East Fife",
        f"PSEPH 57 (2017) smallest majority: {low7.name} {low7.majority}.",
    )
    nf = g["North East Fife"]
    k.claim(
        "Wendy Chamberlain won for the Liberal Democrats by 1,316",
        nf.first == "LD" and nf.majority == 1316,
        f"{P} {nf.line()}.",
    )
    conh = sorted((x for x in sc if x.result == "Con hold"), key=lambda x: x.majority)
    k.claim(
        "The Conservatives' narrowest hold was Moray, where Douglas Ross survived by 513 votes",
        conh[0].name == "Moray" and conh[0].majority == 513,
        f"{P} Scotland Con holds by majority: "
        + ", ".join(f"{x.name} {x.majority:,}" for x in conh[:3])
        + ".",
    )
    big = sorted(sc, key=lambda x: -x.majority)[:2]
    k.claim(
        "Livingston returned the largest majority in Scotland",
        big[0].name == "Livingston",
        f"{P} Scotland largest majorities: "
        + ", ".join(f"{x.name} {x.majority:,}" for x in big)
        + ".",
    )
    top = max(sc, key=lambda x: x.share("SNP"))
    k.claim(
        "the SNP's best share was in Aberdeen North, at 54 per cent",
        top.name == "Aberdeen North" and round(100 * top.share("SNP")) == 54,
        f"{P} highest SNP share: {top.name} {pct(top.share('SNP'))}.",
    )
