"""north-east-labour-sweep-regional: the North East at the 2024 election, no year printed;
changes against the notional 2019 result; ranks within the region (turnout, deprivation from
parl25_imd.csv joined through ukparl.2025.csv, qualifications from the ONS counts)."""

from __future__ import annotations

import csv

from .._key import Key, pct, story
from .._raw import (
    MIRROR,
    by_election,
    census_counts,
    census_seat,
    general,
    hist_line,
    hist_seat,
    maiden,
    notional_winner,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "north-east-labour-sweep-regional"
NE = "North East"
NOT = "PSEPH 58 notional (2019 on the 2024 boundaries)"


def _imd() -> dict[str, float]:
    """PCON24 code -> composite IMD score (higher = more deprived)."""
    with (MIRROR / "geo" / "ukparl.2025.csv").open(encoding="utf-8-sig", newline="") as f:
        code = {r["UKPARL.2025"]: r["PCON24CD"] for r in csv.DictReader(f)}
    with (MIRROR / "demographics" / "parl25_imd.csv").open(encoding="utf-8-sig") as f:
        return {code[r["parl25"]]: float(r["parl25-deprivation-score"]) for r in csv.DictReader(f)}


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    f24 = pseph_name(2024)
    ne = [s for s in g.values() if s.region == NE]
    w = seats_won(2024, region=NE)
    gains = [s.name for s in ne if s.result == "Lab gain from Con"]
    k.claim(
        "winning 26 of the region's 27 seats and taking eight from the Conservatives",
        w["Lab"] == 26 and len(ne) == 27 and len(gains) == 8,
        f"{f24}, Region name North East: {dict(w)} of {len(ne)}; 'Lab gain from Con' in "
        f"{len(gains)} rows ({', '.join(sorted(gains))}): seven, not eight.",
    )
    sw = g["Stockton West"]
    k.claim(
        "Only Stockton West stayed blue, where Matt Vickers held on by 2,139 votes",
        w["Con"] == 1 and sw.result == "Con hold" and sw.majority == 2139,
        f"{f24} {sw.line()}.",
    )
    narrow = sorted(ne, key=lambda s: s.majority)
    k.claim(
        "The tightest contest in the region was Middlesbrough South and East Cleveland",
        narrow[0].name == "Middlesbrough South and East Cleveland",
        f"{f24} North East, smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in narrow[:3])
        + ".",
    )
    ms = g["Middlesbrough South and East Cleveland"]
    sc = maiden("Simon Clarke")
    k.claim(
        "Luke Myer beat Simon Clarke, first elected in 2017, by 214 votes",
        ms.ranked()[0].surname == "Myer"
        and ms.ranked()[1].surname == "Clarke"
        and ms.majority == 214
        and sc[0]["Parliament"].startswith("2017"),
        f"{f24} {ms.line()}. maiden-speeches.csv: Simon Clarke, {sc[0]['Constituency']}, "
        f"parliament {sc[0]['Parliament']}.",
    )
    k.claim(
        "The broadcaster Rod Liddle, standing for the SDP, finished fourth",
        ms.place("Liddle") == 4 and ms.ranked()[3].party == "SDP",
        f"{f24} Middlesbrough South and East Cleveland fourth: {ms.ranked()[3].name} "
        f"{ms.ranked()[3].party} {ms.ranked()[3].votes:,}.",
    )
    hx = g["Hexham"]
    hh = hist_seat("Northumberland Hexham", "Hexham")
    k.claim(
        "In Hexham, which had never elected a Labour MP",
        all(h.winner != "lab" for h in hh),
        f"CBP-8647 Northumberland Hexham / Hexham 1918-2019: {hist_line(hh)} (the 2024 seat is "
        "redrawn; its notional 2019 winner is Con).",
    )
    go = maiden("Guy Opperman")
    k.claim(
        "Joe Morris beat Guy Opperman, first elected in 2015, by 3,713 votes",
        go[0]["Parliament"].startswith("2015") and hx.majority == 3713,
        f"maiden-speeches.csv: Guy Opperman, {go[0]['Constituency']}, parliament "
        f"{go[0]['Parliament']}: first elected in 2010, not 2015. {f24} {hx.line()}.",
    )
    hp, hb = g["Hartlepool"], by_election("Hartlepool")
    k.claim(
        "Labour won back Hartlepool, which it lost at the 2021 by-election",
        "depends",
        f"PSEPH 58 by-elections {hb.date}: {hb.line()}. {f24} {hp.line()}. Labour did take the "
        f"seat back from the sitting Conservative MP, but the official Result is "
        f"'{hp.result}', measured against the notional 2019 result ({NOT}: "
        f"{notional_winner('Hartlepool')} first), in which Labour held it.",
    )
    k.claim(
        "Jonathan Brash taking a majority of 7,698 and the sitting Conservative MP Jill Mortimer "
        "finishing third",
        hp.majority == 7698
        and hp.place("Mortimer") == 3
        and next(c for c in hp.cands if c.surname == "Mortimer").sitting,
        f"{f24} {hp.line()}; Mortimer flagged Sitting MP.",
    )
    da = g["Darlington"]
    k.claim(
        "Lola McEvoy won Darlington by more than 3,000",
        da.ranked()[0].surname == "McEvoy" and da.majority > 3000,
        f"{f24} {da.line()}: 2,298, not more than 3,000.",
    )
    ba = g["Bishop Auckland"]
    k.claim(
        "in Bishop Auckland Sam Rushworth won by 6,672, with Reform UK third",
        ba.majority == 6672 and ba.ranked()[2].party == "RUK",
        f"{f24} {ba.line()}.",
    )
    bp = maiden("Bridget Phillipson")
    hs = g["Houghton and Sunderland South"]
    k.claim(
        "Bridget Phillipson, an MP since 2010, held Houghton and Sunderland South with a majority "
        "of 7,169",
        bp[0]["Parliament"].startswith("2010") and hs.result == "Lab hold" and hs.majority == 7169,
        f"maiden-speeches.csv: Bridget Phillipson, parliament {bp[0]['Parliament']}. "
        f"{f24} {hs.line()}.",
    )
    t = totals(2024, region=NE)
    k.claim(
        "Reform UK's 19.9 per cent of the regional vote left it narrowly behind the "
        "Conservatives' 20.2 per cent",
        round(100 * share_of(t, "RUK"), 1) == 19.9 and round(100 * share_of(t, "Con"), 1) == 20.2,
        f"{f24} North East: RUK {t['RUK']:,} / {t['_valid']:,} = {pct(share_of(t, 'RUK'))}; Con "
        f"{t['Con']:,} = {pct(share_of(t, 'Con'))}.",
    )
    to = t["_valid"] / t["_electorate"]
    tu = totals(2024)
    k.claim(
        "Turnout across the region was 56.6 per cent, below the national figure",
        round(100 * to, 1) == 56.6 and to < tu["_valid"] / tu["_electorate"],
        f"{f24} North East valid / electorate {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}; "
        f"UK {pct(tu['_valid'] / tu['_electorate'])}.",
    )
    low = sorted(ne, key=lambda s: s.turnout)
    k.claim(
        "It was lowest in Middlesbrough and Thornaby East, at 45.8 per cent",
        low[0].name == "Middlesbrough and Thornaby East" and round(100 * low[0].turnout, 1) == 45.8,
        f"{f24} North East, lowest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in low[:4])
        + ".",
    )
    imd = _imd()
    dep = sorted(ne, key=lambda s: -imd[s.code])
    k.claim(
        "which is also the most deprived constituency in the North East",
        dep[0].name == "Middlesbrough and Thornaby East",
        "parl25_imd.csv (mySociety composite UK IMD, joined through ukparl.2025.csv), highest "
        "deprivation scores in the North East: "
        + ", ".join(f"{s.name} {imd[s.code]:.1f}" for s in dep[:3])
        + ".",
    )
    k.claim(
        "Hartlepool had the second-lowest turnout in the region",
        low[1].name == "Hartlepool",
        f"{f24} North East turnout order: 1 {low[0].name} {pct(low[0].turnout)}, 2 {low[1].name} "
        f"{pct(low[1].turnout)}, 3 {low[2].name} {pct(low[2].turnout)}: Hartlepool is third.",
    )
    k.claim(
        "Hexham the highest",
        low[-1].name == "Hexham",
        f"{f24} North East, highest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in reversed(low[-2:]))
        + ".",
    )
    q, cs = census_counts("quals"), census_seat()
    nes = sorted(
        (x for x in q if cs[x].region == NE),
        key=lambda x: -q[x]["No qualifications"] / q[x]["_total"],
    )
    e = nes[0]
    k.claim(
        "Easington has the largest share of adults without any qualifications in the North East, "
        "more than a quarter",
        e == "Easington" and q[e]["No qualifications"] / q[e]["_total"] > 0.25,
        "census21_wpc_quals.csv (E&W counts, residents 16+), North East, highest no-qualification "
        "shares: "
        + ", ".join(f"{x} {pct(q[x]['No qualifications'] / q[x]['_total'])}" for x in nes[:3])
        + ".",
    )
    k.claim(
        "The region's mayor said the result showed voters wanted",
        None,
        "statement; not in the results files",
    )
