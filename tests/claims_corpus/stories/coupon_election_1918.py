"""coupon-election-khaki-landslide-1918-feature: an anniversary feature (years named) on the
1918 general election, from CBP-8647 only (party groups 'con', 'lab', 'lib' (the uncouponed
Liberals), 'oth' (Coalition Liberals, Sinn Féin and the rest); seats won counted over
single-member rows; turnout as total / electorate over contested seats), with PSEPH 59 for 2024's
turnout."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_share, hist_turnout, history, pseph_name, totals

NAME = "coupon-election-khaki-landslide-1918-feature"
CBP = "CBP-8647"
E = "1918"


def _rows() -> dict:
    return {h.name: h for h in history() if h.election == E}


@story(NAME)
def key(k: Key) -> None:
    k.claim(
        "the soldiers' ballots kept the counting waiting until 28 December",
        None,
        "the date of the count; not in the files",
    )
    k.claim("Contemporaries spoke of a majority of 262", None,
            f"{CBP} puts the Coalition Liberals in 'oth' with Sinn Féin and the rest, so the "
            "coalition's seats cannot be counted from it")  # fmt: skip
    h = hist_national(E)
    k.claim(
        "The Conservatives polled just over four million votes",
        4_000_000 < h["con"] < 4_100_000,
        f"{CBP} 1918 con votes {int(h['con']):,}.",
    )
    sc = hist_share(E, "con")
    k.claim(
        "38.4 per cent of the total",
        round(100 * sc, 1) == 38.4,
        f"{CBP} 1918: con {int(h['con']):,} / {int(h['_total']):,} = {pct(sc)} (the coverage's "
        "38.4 is another source's count).",
    )
    sl = hist_share(E, "lab")
    k.claim(
        "won more than two million votes, over a fifth of all those cast",
        h["lab"] > 2_000_000 and sl > 0.2,
        f"{CBP} 1918: lab {int(h['lab']):,} / {int(h['_total']):,} = {pct(sl)}.",
    )
    multi = [
        r for r in _rows().values() if r.seats > 1 and (r.votes["lab"] or r.unopposed == "lab")
    ]
    k.claim(
        "came back with 57 seats",
        "depends",
        f"{CBP} 1918: lab wins {int(h['won_lab'])} single-member seats; the file gives party "
        "votes, not winners, for two-member seats where Labour stood ("
        + ", ".join(r.name for r in multi)
        + "), which the coverage's 57 counts. True with them, false on the single-member count.",
    )
    k.claim(
        "Asquith's followers won fewer seats than Labour",
        h["won_lib"] < h["won_lab"],
        f"{CBP} 1918 single-member wins: lib {int(h['won_lib'])}, lab {int(h['won_lab'])}.",
    )
    r = _rows()
    fe = r["Fife Eastern"]
    k.claim(
        "Asquith himself lost East Fife to a Conservative by some 2,000 votes",
        fe.winner == "con" and fe.votes["lib"] > 0 and 1900 <= fe.majority <= 2100,
        f"{CBP} Fife Eastern 1918: {fe.votes}; {fe.winner} by {fe.majority:,}.",
    )
    k.claim("He would be back within fourteen months, at the Paisley by-election", None,
            "by-elections before 2010 are not in the files")  # fmt: skip
    p = r["Paisley"]
    k.claim(
        "his party had held off Labour by 106 votes in December",
        p.winner == "lib" and p.votes["lib"] - p.votes["lab"] == 106,
        f"{CBP} Paisley 1918: {p.votes}; {p.winner} by {p.majority:,} over lab.",
    )
    gc = r["Glasgow Central"]
    k.claim(
        "Bonar Law took Glasgow Central with more than 80 per cent of the vote",
        gc.votes["con"] / gc.total > 0.8,
        f"{CBP} Glasgow Central 1918: {gc.votes}; con {gc.votes['con']:,} / {gc.total:,} = "
        f"{pct(gc.votes['con'] / gc.total)} (a share, which 'oth' lumping cannot change).",
    )
    wf = r["Fife Western"]
    k.claim(
        "William Adamson held West Fife for Labour with a majority of more than 6,000",
        wf.winner == "lab" and wf.majority > 6000,
        f"{CBP} Fife Western 1918: {wf.votes}; {wf.winner} by {wf.majority:,}.",
    )
    cb = r["Caernarvon District Of Boroughs"]
    k.claim(
        "Lloyd George was returned unopposed in Caernarvon Boroughs",
        cb.unopposed is not None,
        f"{CBP} Caernarvon District Of Boroughs 1918: votes {cb.votes}, total {cb.total:,} "
        "(no unopposed sentinel: the seat was contested).",
    )
    bb = r["Poplar Bow And Bromley"]
    k.claim(
        "George Lansbury lost Bow and Bromley by under 900 votes",
        bb.winner != "lab" and bb.votes["lab"] and bb.votes[bb.winner] - bb.votes["lab"] < 900,
        f"{CBP} Poplar Bow And Bromley 1918: {bb.votes}; {bb.winner} by {bb.majority:,}.",
    )
    t = hist_turnout(E)
    later = {e: hist_turnout(e) for e in ELECTIONS if e != E}
    t24 = totals(2024)
    tu24 = t24["_valid"] / t24["_electorate"]
    low = min(later, key=lambda e: later[e])
    k.claim(
        "Turnout was just 57.2 per cent, the lowest at any general election in the century that "
        "followed",
        round(100 * t, 1) == 57.2 and t < later[low] and t < tu24,
        f"{CBP} turnout (total / electorate, contested seats): 1918 {pct(t)}; the lowest of "
        f"1922-2019 is {low} {pct(later[low])}; {pseph_name(2024)} {pct(tu24)}.",
    )
    un = [x for x in r.values() if x.unopposed]
    k.claim(
        "107 MPs were returned without a contest",
        sum(x.seats for x in un) == 107,
        f"{CBP} 1918: {len(un)} unopposed rows, {sum(x.seats for x in un)} seats.",
    )
    single = [x for x in r.values() if x.total and x.seats == 1 and not x.unopposed]
    gb = sorted((x for x in single if x.country != "Ireland" and x.electorate),
                key=lambda x: x.total / x.electorate)  # fmt: skip
    k.claim(
        "The lowest turnout in Britain was in Kennington, where fewer than three in ten electors "
        "voted",
        gb[0].name == "Lambeth Kennington" and gb[0].total / gb[0].electorate < 0.3,
        f"{CBP} 1918 lowest turnouts outside Ireland: "
        + "; ".join(f"{x.name} {pct(x.total / x.electorate)}" for x in gb[:3]) + ".",
    )  # fmt: skip
    allt = sorted((x for x in single if x.electorate), key=lambda x: -x.total / x.electorate)
    k.claim(
        "the highest, almost 90 per cent, was in Fermanagh North",
        allt[0].name == "Fermanagh North" and 0.88 <= allt[0].total / allt[0].electorate < 0.9,
        f"{CBP} 1918 highest turnouts: "
        + "; ".join(f"{x.name} {pct(x.total / x.electorate)}" for x in allt[:3]) + ".",
    )  # fmt: skip
    sh = r["Glasgow Shettleston"]
    k.claim(
        "In Glasgow Shettleston the Conservatives held off Labour by 74 votes",
        sh.votes["oth"] == 0 and sh.winner == "con" and sh.votes["con"] - sh.votes["lab"] == 74,
        f"{CBP} Glasgow Shettleston 1918: {sh.votes}; con by {sh.majority} over lab (no 'oth').",
    )
    wi = r["Lancashire Widnes"]
    k.claim(
        "in Widnes the Conservatives beat Labour by fewer than 3,000 votes",
        wi.votes["oth"] == 0 and wi.winner == "con" and wi.votes["con"] - wi.votes["lab"] < 3000,
        f"{CBP} Lancashire Widnes 1918: {wi.votes}; con by {wi.majority:,} over lab (no 'oth').",
    )
    ra = r["Dublin Rathmines"]
    k.claim(
        "the unionists held Rathmines with barely half the vote",
        ra.winner == "con" and 0.5 < ra.votes["con"] / ra.total < 0.51,
        f"{CBP} Dublin Rathmines 1918: {ra.votes}; con {ra.votes['con']:,} / {ra.total:,} = "
        f"{pct(ra.votes['con'] / ra.total)}, so it won whatever 'oth' holds (its 54 'majority' "
        "over the whole 'oth' group is not a majority over a candidate).",
    )
    k.claim(
        "Sinn Féin, which took 73 seats",
        None,
        f"{CBP} puts Sinn Féin in 'oth' with the Irish Parliamentary Party and others; its seats "
        "cannot be counted from the file",
    )
    w = hist_national(E, "Wales")
    k.claim(
        "Labour polled more votes there than the Conservatives and the Asquith Liberals put "
        "together",
        w["lab"] > w["con"] + w["lib"],
        f"{CBP} Wales 1918: lab {int(w['lab']):,}; con {int(w['con']):,} + lib "
        f"{int(w['lib']):,} = {int(w['con'] + w['lib']):,}.",
    )
    k.claim(
        "The first woman elected to the Commons, Constance Markievicz",
        None,
        "candidates' sex and names are not in CBP-8647",
    )
