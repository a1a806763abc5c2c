"""blue-north-east-seat-by-seat-weekly: a regional weekly (no year printed) on the 2019 general
election in the North East, against 2017, from PSEPH 58 and 57 (region 'North East')."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, totals

NAME = "blue-north-east-seat-by-seat-weekly"
P19, P17 = pseph_name(2019), pseph_name(2017)
R = "North East"


def _seats() -> list:
    return [s for s in general(2019).values() if s.region == R]


def _share(year: int, party: str) -> float:
    t = totals(year, region=R)
    return t[party] / t["_valid"]


@story(NAME)
def key(k: Key) -> None:
    ne = _seats()
    w19, w17 = seats_won(2019, region=R), seats_won(2017, region=R)
    k.claim(
        "now hold ten of the North East's 29 seats",
        w19["Con"] == 10 and len(ne) == 29,
        f"{P19} North East: {dict(w19)} of {len(ne)} seats.",
    )
    k.claim(
        "up from four two years ago",
        w17["Con"] == 4,
        f"{P17} North East: {dict(w17)}.",
    )
    l19, l17 = _share(2019, "Lab"), _share(2017, "Lab")
    k.claim(
        "Labour still took 42.6 per cent of the region's vote",
        round(100 * l19, 1) == 42.6,
        f"{P19} North East: Lab {totals(2019, region=R)['Lab']:,} of "
        f"{totals(2019, region=R)['_valid']:,} valid votes = {pct(l19)}.",
    )
    k.claim(
        "its share fell by more than 15 points",
        100 * (l17 - l19) > 15,
        f"North East Lab share: {pct(l17)} in 2017 ({P17}), {pct(l19)} in 2019, down "
        f"{100 * (l17 - l19):.2f}.",
    )
    c19 = _share(2019, "Con")
    k.claim(
        "the Conservatives finished on just over 38 per cent",
        0.38 <= c19 < 0.385,
        f"{P19} North East: Con {pct(c19)}.",
    )
    b = _share(2019, "BRX")
    k.claim(
        "the Brexit Party on 8.1 per cent",
        round(100 * b, 1) == 8.1,
        f"{P19} North East: BRX {pct(b)}.",
    )
    v = sum(s.valid for s in ne)
    i = sum(s.invalid for s in ne)
    e = sum(s.electorate for s in ne)
    k.claim(
        "Turnout across the region was 64.4 per cent",
        "depends",
        f"{P19} North East: valid {v:,} / electorate {e:,} = {pct(v / e)}; with {i:,} rejected "
        f"ballots, {pct((v + i) / e)}. True counting all ballots, false on valid votes.",
    )
    ne17 = [s for s in general(2017).values() if s.region == R]
    v17 = sum(s.valid for s in ne17) / sum(s.electorate for s in ne17)
    k.claim(
        "down almost two points",
        1.5 <= 100 * (v17 - v / e) < 2,
        f"North East turnout (valid / electorate): {pct(v17)} in 2017, {pct(v / e)} in 2019.",
    )
    g = general(2019)
    g17 = general(2017)
    by = sorted(ne, key=lambda s: s.majority)
    bv = g["Blyth Valley"]
    k.claim(
        "the narrowest result in the region: Ian Levy took it by 712 votes",
        by[0].name == "Blyth Valley" and bv.first == "Con" and bv.majority == 712,
        f"{P19}: {bv.line()}; next narrowest {by[1].name} {by[1].majority}.",
    )
    sf = g["Sedgefield"]
    k.claim(
        "Paul Howell won by 4,513",
        sf.first == "Con" and sf.majority == 4513,
        f"{P19}: {sf.line()}.",
    )
    k.claim(
        "overturning a Labour majority of 6,059",
        g17["Sedgefield"].first == "Lab" and g17["Sedgefield"].majority == 6059,
        f"{P17}: {g17['Sedgefield'].line()}.",
    )
    k.claim(
        "who had been canvassing since 1983",
        None,
        "a party member's canvassing history; not in the files",
    )
    ba = g["Bishop Auckland"]
    k.claim(
        "Dehenna Davison took Bishop Auckland with 24,067 votes",
        ba.first == "Con" and ba.ranked()[0].votes == 24_067,
        f"{P19}: {ba.line()}.",
    )
    k.claim(
        "in a seat Labour had held by 502 last time",
        g17["Bishop Auckland"].first == "Lab" and g17["Bishop Auckland"].majority == 502,
        f"{P17}: {g17['Bishop Auckland'].line()}.",
    )
    da, da17 = g["Darlington"], g17["Darlington"]
    k.claim(
        "Darlington fell to Peter Gibson by 3,294",
        da.first == "Con" and da.majority == 3294,
        f"{P19}: {da.line()}.",
    )
    k.claim(
        "Labour's previous majority of 3,280",
        da17.first == "Lab" and da17.majority == 3280,
        f"{P17}: {da17.line()}.",
    )
    rc = g["Redcar"]
    k.claim(
        "Jacob Young won by 3,257",
        rc.first == "Con" and rc.majority == 3257,
        f"{P19}: {rc.line()}.",
    )
    ss, ss17 = g["Stockton South"], g17["Stockton South"]
    k.claim(
        "Matt Vickers won by 5,260 in a seat Labour had taken by 888",
        ss.first == "Con" and ss.majority == 5260 and ss17.first == "Lab" and ss17.majority == 888,
        f"{P19}: {ss.line()}. {P17}: {ss17.line()}.",
    )
    nw = g["North West Durham"]
    k.claim(
        "lost North West Durham by 1,144",
        nw.first == "Con" and nw.majority == 1144 and nw.place("Pidcock") == 2,
        f"{P19}: {nw.line()}.",
    )
    mc, mc17 = (
        g["Middlesbrough South and East Cleveland"],
        g17["Middlesbrough South and East Cleveland"],
    )
    k.claim(
        "scraped home by 1,020 votes",
        mc17.first == "Con" and mc17.majority == 1020,
        f"{P17}: {mc17.line()}.",
    )
    k.claim(
        "won by 11,626",
        mc.first == "Con" and mc.majority == 11_626,
        f"{P19}: {mc.line()}.",
    )
    cons = sorted((s for s in ne if s.first == "Con"), key=lambda s: -s.majority)
    k.claim(
        "majority of 14,835 in Berwick-upon-Tweed is now the largest held by any Conservative in "
        "the region",
        cons[0].name == "Berwick-Upon-Tweed" and cons[0].majority == 14_835,
        f"{P19} North East Con majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in cons[:3])
        + ".",
    )
    k.claim(
        "Newcastle upon Tyne East, at 15,463, remains the safest seat in the North East",
        by[-1].name == "Newcastle Upon Tyne East" and by[-1].majority == 15_463,
        f"{P19} North East largest majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in by[-3:][::-1])
        + ".",
    )
    labs = [s for s in by if s.first == "Lab"]
    k.claim(
        "Stockton North, held by 1,027, was Labour's narrowest hold in the region",
        labs[0].name == "Stockton North",
        f"{P19} North East Lab holds by majority: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in labs[:3])
        + ".",
    )
    hs, hs17 = g["Houghton and Sunderland South"], g17["Houghton and Sunderland South"]
    k.claim(
        "majority fell from 12,341 to 3,115",
        hs17.majority == 12_341 and hs.majority == 3115 and hs.first == "Lab",
        f"{P17}: {hs17.line()}. {P19}: {hs.line()}.",
    )
    hp = g["Hartlepool"]
    k.claim(
        "Hartlepool stayed Labour by 3,595",
        hp.first == "Lab" and hp.majority == 3595,
        f"{P19}: {hp.line()}.",
    )
    tice = next(c for c in hp.cands if c.surname == "Tice")
    best = max(ne, key=lambda s: s.share("BRX"))
    k.claim(
        "Richard Tice took more than 10,000 votes there, more than a quarter of the poll and the "
        "Brexit Party's best share in the region",
        tice.votes > 10_000 and hp.share("BRX") > 0.25 and best.name == "Hartlepool",
        f"{P19}: Tice {tice.votes:,} = {pct(hp.share('BRX'))} in Hartlepool; next best BRX share "
        f"{sorted(ne, key=lambda s: -s.share('BRX'))[1].name}.",
    )
    seconds = [s.name for s in ne if s.ranked()[1].party == "BRX"]
    k.claim(
        "did not finish second anywhere in the North East",
        seconds == [],
        f"{P19} North East: seats with BRX second: {seconds or 'none'}.",
    )
    tt = sorted(ne, key=lambda s: s.turnout)
    k.claim(
        "Hexham had the highest turnout in the region, 75.3 per cent",
        tt[-1].name == "Hexham" and round(100 * tt[-1].turnout, 1) == 75.3,
        f"{P19} North East turnout (valid / electorate): highest {tt[-1].name} "
        f"{pct(tt[-1].turnout)}, next {tt[-2].name} {pct(tt[-2].turnout)}.",
    )
    k.claim(
        "Easington had the lowest",
        tt[0].name == "Easington",
        f"{P19} North East turnout: lowest "
        + "; ".join(f"{s.name} {pct(s.turnout)}" for s in tt[:3])
        + ".",
    )
