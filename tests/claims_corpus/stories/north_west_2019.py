"""north-west-red-wall-falls-regional: a regional daily (no year printed) on the 2019 election
in the North West, from PSEPH 58 with PSEPH 57 and 56 for "last time" and CBP-8647 for a seat's
history. Counties (Greater Manchester, Merseyside, Cheshire) are not in the files."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, share_of, swing, totals

NAME = "north-west-red-wall-falls-regional"
R = "North West"
P = pseph_name(2019)


@story(NAME)
def key(k: Key) -> None:
    g, g7, g5 = general(2019), general(2017), general(2015)
    nw = [s for s in g.values() if s.region == R]
    gains = [s for s in nw if s.result.startswith("Con gain from Lab")]
    now, before = Counter(s.first for s in nw), Counter(s.first for s in g7.values()
                                                         if s.region == R)  # fmt: skip
    k.claim(
        "The Conservatives won 12 seats from Labour across the region",
        len(gains) == 12,
        f"{P} {R}: 'Con gain from Lab'/'Lab Coop' in {len(gains)} seats: "
        + ", ".join(s.name for s in gains)
        + ".",
    )
    k.claim(
        "taking their tally to 32, up from 20",
        now["Con"] == 32 and before["Con"] == 20,
        f"{P} {R} winners {dict(now)}; PSEPH 57 (2017) {dict(before)}.",
    )
    k.claim(
        "Labour, which won 54 of the region's 75 seats two years ago, is down to 41",
        before["Lab"] == 54 and len(nw) == 75 and now["Lab"] == 41,
        f"{R}: {len(nw)} seats; Lab first in {before['Lab']} in 2017, {now['Lab']} in 2019.",
    )
    t, t7 = totals(2019, region=R), totals(2017, region=R)
    ls, ls7 = share_of(t, "Lab"), share_of(t7, "Lab")
    k.claim(
        "its share of the regional vote fell by more than ten points, to 46.5 per cent",
        ls7 - ls > 0.10 and round(100 * ls, 1) == 46.5,
        f"{R} Lab votes / valid: 2017 {pct(ls7)}, 2019 {pct(ls)}; a fall of "
        f"{100 * (ls7 - ls):.2f} points.",
    )
    k.claim(
        "Turnout across the region was 65.6 per cent",
        round(100 * t["_valid"] / t["_electorate"], 1) == 65.6,
        f"{P} {R}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = "
        f"{pct(t['_valid'] / t['_electorate'])}.",
    )
    le = hist_seat("Leigh")
    k.claim(
        "Leigh, Labour since 1922",
        [h.election for h in le if h.winner != "lab" and h.election < "2019"] == ["1918"]
        and le[1].election == "1922",
        "CBP-8647 Leigh: " + hist_line(le) + f"; {P}: {g['Leigh'].result}.",
    )
    sl = g["Leigh"]
    k.claim(
        "James Grundy won with a 1,965 majority",
        sl.ranked()[0].surname == "Grundy" and sl.majority == 1965,
        f"{P} {sl.line()}.",
    )
    sw = swing(sl, g7["Leigh"], "Con", "Lab")
    k.claim(
        "on a swing of 12 per cent",
        round(100 * sw) == 12,
        f"Leigh Lab to Con, Butler swing on 2017 (PSEPH 57): {100 * sw:.2f} points.",
    )
    k.claim(
        "Andy Burnham had a 14,000 majority there as recently as 2015",
        round(g5["Leigh"].majority, -3) == 14000,
        f"PSEPH 56 (2015) {g5['Leigh'].line()}.",
    )
    k.claim(
        '"expecting to lose with dignity"',
        None,
        "a quotation",
    )
    low = sorted(g.values(), key=lambda s: s.majority)[:2]
    k.claim(
        "Bury North, won by just 105 votes after a recount, was the narrowest result in the "
        "country",
        g["Bury North"].majority == 105 and low[0].name == "Bury North",
        f"{P} {g['Bury North'].line()}; smallest UK majorities: "
        + ", ".join(f"{s.name} {s.majority}" for s in low)
        + " (the narrowest in Britain, not the UK; recounts are not in the files).",
    )
    bs = g["Bury South"]
    k.claim(
        "Christian Wakeford won by 848 votes",
        bs.majority == 848,
        f"{P} {bs.line()} (848 is the Green candidate's vote).",
    )
    bn = g["Bolton North East"]
    k.claim(
        "Mark Logan polled 19,759 votes to take Bolton North East by 378",
        bn.ranked()[0].votes == 19759 and bn.majority == 378 and "gain" in bn.result,
        f"{P} {bn.line()}.",
    )
    hm = g["Heywood and Middleton"]
    k.claim(
        "in Heywood and Middleton Chris Clarkson's majority was 663",
        hm.ranked()[0].surname == "Clarkson" and hm.majority == 663,
        f"{P} {hm.line()}.",
    )
    ws = g["Warrington South"]
    k.claim(
        "Andy Carter's winning tally of 28,187 took Warrington South",
        ws.ranked()[0].votes == 28187 and "gain" in ws.result,
        f"{P} {ws.line()}.",
    )
    cn = g["Crewe and Nantwich"]
    k.claim(
        "in Crewe and Nantwich the Conservative majority was more than 8,000",
        cn.first == "Con" and cn.majority > 8000,
        f"{P} {cn.line()}.",
    )
    bp = hist_seat("Blackpool South")
    k.claim(
        "Blackpool South, which Labour had held since 1997",
        [h.winner for h in bp if "1997" <= h.election < "2019"] == ["lab"] * 6
        and bp[[h.election for h in bp].index("1997") - 1].winner == "con",
        "CBP-8647 Blackpool South: " + hist_line(bp) + ".",
    )
    bps = g["Blackpool South"]
    k.claim(
        "fell to Scott Benton with a majority of 3,960",
        bps.majority == 3960,
        f"{P} {bps.line()} (3,960 transposes the majority).",
    )
    k.claim(
        "Gordon Marsden had a majority of 2,523 there two years ago",
        g7["Blackpool South"].majority == 2523,
        f"PSEPH 57 (2017) {g7['Blackpool South'].line()}.",
    )
    hy = g["Hyndburn"]
    k.claim(
        "won Hyndburn by nearly 3,000 votes",
        2800 <= hy.majority < 3000,
        f"{P} {hy.line()}.",
    )
    bu = g["Burnley"]
    k.claim(
        "Burnley went Conservative by a majority of more than 1,300",
        bu.first == "Con" and bu.majority > 1300,
        f"{P} {bu.line()}.",
    )
    k.claim(
        "where John Woodcock held on by a mere 209 votes last time",
        g7["Barrow and Furness"].majority == 209,
        f"PSEPH 57 (2017) {g7['Barrow and Furness'].line()}.",
    )
    ba = g["Barrow and Furness"]
    k.claim(
        "Simon Fell won at the third attempt with a majority of almost 6,000",
        ba.ranked()[0].surname == "Fell" and 5500 <= ba.majority < 6000,
        f"{P} {ba.line()} (earlier attempts: PSEPH 56 and 57 place him "
        f"{g5['Barrow and Furness'].place('Fell')} and {g7['Barrow and Furness'].place('Fell')}).",
    )
    wk = g["Workington"]
    k.claim(
        "Mark Jenkinson took Workington by 4,176",
        wk.ranked()[0].surname == "Jenkinson" and wk.majority == 4176 and "gain" in wk.result,
        f"{P} {wk.line()}.",
    )
    k.claim(
        "Labour held all 14 of its seats there",
        None,
        "counties (Merseyside) are not in the results files",
    )
    big = sorted(g.values(), key=lambda s: -s.majority)[:2]
    k.claim(
        "Liverpool Riverside, with a majority of 37,043, returned the largest majority in the "
        "country",
        big[0].name == "Liverpool, Riverside",
        f"{P} largest majorities: " + ", ".join(f"{s.name} {s.majority:,}" for s in big) + ".",
    )
    best = max(nw, key=lambda s: s.share("BRX"))
    k.claim(
        "The Brexit Party's best result in the region was in Wigan, at more than 13 per cent",
        best.name == "Wigan" and best.share("BRX") > 0.13,
        f"{P} {R} highest BRX share: {best.name} {pct(best.share('BRX'))}.",
    )
    wl = g["Westmorland and Lonsdale"]
    hi = max(nw, key=lambda s: s.turnout)
    k.claim(
        "the region's only Liberal Democrat seat, where turnout was the highest in the North West",
        now["LD"] == 1 and wl.first == "LD" and hi is wl,
        f"{P} {R}: LD first in {now['LD']} ({wl.name}); highest turnout {hi.name} "
        f"{pct(hi.turnout)}.",
    )
    lo = min(nw, key=lambda s: s.turnout)
    k.claim(
        "Chorley, the Speaker's seat, had the lowest",
        lo.name == "Chorley" and g["Chorley"].first == "Spk",
        f"{P} {R} lowest turnout: {lo.name} {pct(lo.turnout)} ({lo.first}).",
    )
