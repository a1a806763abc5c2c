"""east-of-england-reform-breakthrough-regional: a regional daily (no year printed) on the East
of England at the 2024 election: seats against the notional 2019 result, Reform's gains and
second places, regional shares, narrowest and largest majorities, turnout."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, notional2019, notional_winner, pseph_name, seats_won, share_of, totals

NAME = "east-of-england-reform-breakthrough-regional"
REGION = "East of England"


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    f = pseph_name(2024)
    east = [s for s in g.values() if s.region == REGION]
    w = seats_won(2024, region=REGION)
    nw = Counter(notional_winner(s.name) for s in east)
    w19 = seats_won(2019, region=REGION)
    k.claim(
        "Labour won 27 of the region's 61 seats",
        len(east) == 61 and w["Lab"] == 27,
        f"{f}: {len(east)} rows in the East of England; winners {dict(w)}.",
    )
    k.claim(
        "up from five on the notional figures for the new boundaries",
        nw["Lab"] == 5,
        f"PSEPH 58 notional 2019, East of England seats: leaders {dict(nw)} (actual 2019 on the "
        f"old boundaries: {dict(w19)}).",
    )
    k.claim(
        "The Conservatives held 23, down from 55",
        w["Con"] == 23 and nw["Con"] == 55,
        f"{f}: Con first in {w['Con']}; notional 2019 {nw['Con']} (actual 2019: {w19['Con']} of "
        f"{sum(w19.values())} on the old boundaries).",
    )
    k.claim(
        "The Liberal Democrats won seven, Reform UK three and the Greens one",
        w["LD"] == 7 and w["RUK"] == 3 and w["Green"] == 1,
        f"{f}: East of England winners {dict(w)}.",
    )
    res = Counter(s.result for s in east if s.first == "LD")
    k.claim(
        "the Liberal Democrats' seven seats were all gains from the Conservatives",
        res == Counter({"LD gain from Con": 7}),
        f"{f}: LD results in the East {dict(res)}: St Albans was a hold.",
    )
    k.claim(
        "at the eighth attempt",
        None,
        "Farage's earlier candidacies include by-elections and elections before 2010 (and a "
        "European candidacy); the files cannot count them all",
    )
    cl = g["Clacton"]
    k.claim(
        "won Clacton with 21,225 votes, a majority of 8,405 over Giles Watling",
        cl.ranked()[0].surname == "Farage"
        and cl.ranked()[0].votes == 21225
        and cl.majority == 8405
        and cl.place("Watling") == 2,
        f"{f}: {cl.line()}.",
    )
    ncl = notional2019()["Clacton"]
    k.claim(
        "overturning a Conservative majority of more than 25,000",
        notional_winner("Clacton") == "Con" and int(ncl["_majority"]) > 25000,
        f"PSEPH 58 notional 2019 Clacton: Con {ncl['Con']:,}, Lab {ncl['Lab']:,}, majority "
        f"{ncl['_majority']:,}.",
    )
    ruk_top = sorted(east, key=lambda s: -s.share("RUK"))
    k.claim(
        "His 46.2 per cent was Reform's best share in the region",
        ruk_top[0].name == "Clacton" and round(100 * cl.share("RUK"), 1) == 46.2,
        f"{f}: RUK shares in the East: "
        + ", ".join(f"{s.name} {pct(s.share('RUK'))}" for s in ruk_top[:3])
        + ".",
    )
    k.claim(
        "a milkshake thrown on the seafront in the first week",
        None,
        "a campaign event; not in the results files",
    )
    gy = g["Great Yarmouth"]
    k.claim(
        "Rupert Lowe won by 1,426 and Labour's Keir Cozens came second",
        gy.result == "RUK gain from Con" and gy.majority == 1426 and gy.place("Cozens") == 2,
        f"{f}: {gy.line()}.",
    )
    sb = g["South Basildon and East Thurrock"]
    k.claim(
        "James McMurdock won South Basildon and East Thurrock by 98 votes",
        sb.first == "RUK" and sb.majority == 98,
        f"{f}: {sb.line()}.",
    )
    second = sorted(s.name for s in east if s.ranked()[1].party == "RUK")
    k.claim(
        "Reform finished second in six seats in the East",
        len(second) == 6,
        f"{f}: RUK second in {len(second)} East of England seats: {', '.join(second)}.",
    )
    cp = g["Castle Point"]
    k.claim(
        "Castle Point, where Rebecca Harris held on by 3,251",
        cp.result == "Con hold" and cp.majority == 3251 and cp.ranked()[1].party == "RUK",
        f"{f}: {cp.line()}.",
    )
    t = totals(2024, region=REGION)
    ruk, ld, gr = share_of(t, "RUK"), share_of(t, "LD"), share_of(t, "Green")
    k.claim(
        "Reform UK took 17.5 per cent across the region, more than the Liberal Democrats and "
        "Greens combined",
        round(100 * ruk, 1) == 17.5 and ruk > ld + gr,
        f"{f}: East of England RUK {pct(ruk)}; LD {pct(ld)} + Green {pct(gr)} = {pct(ld + gr)}.",
    )
    con, lab = share_of(t, "Con"), share_of(t, "Lab")
    top = max((p for p in t if not p.startswith("_")), key=lambda p: t[p])
    k.claim(
        "The Conservatives still topped the regional vote with 30.6 per cent, just ahead of Labour "
        "on 29.4",
        top == "Con" and round(100 * con, 1) == 30.6 and round(100 * lab, 1) == 29.4,
        f"{f}: East of England Con {t['Con']:,} ({pct(con)}), Lab {t['Lab']:,} ({pct(lab)}) of "
        f"{t['_valid']:,}.",
    )
    narrow = sorted(east, key=lambda s: s.majority)
    bb = g["Basildon and Billericay"]
    k.claim(
        "Richard Holden clung on in Basildon and Billericay by just 20 votes, the narrowest result "
        "in the East",
        bb.result == "Con hold" and bb.majority == 20 and narrow[0].name == bb.name,
        f"{f}: {bb.line()}; next narrowest in the East {narrow[1].name} {narrow[1].majority}.",
    )
    nwc = g["North West Cambridgeshire"]
    k.claim(
        "Shailesh Vara lost North West Cambridgeshire by 39",
        nwc.place("Vara") == 2 and nwc.majority == 39,
        f"{f}: {nwc.line()}.",
    )
    pb = g["Peterborough"]
    k.claim(
        "in Peterborough Andrew Pakes won by 181 votes",
        pb.winner_name == "Andrew Pakes" and pb.majority == 181,
        f"{f}: {pb.line()}: majority {pb.majority}, not 181.",
    )
    ee = g["Ely and East Cambridgeshire"]
    k.claim(
        "Lucy Frazer lost Ely and East Cambridgeshire by 495 votes to the Liberal Democrats",
        ee.result == "LD gain from Con" and ee.place("Frazer") == 2 and ee.majority == 495,
        f"{f}: {ee.line()}.",
    )
    wi = g["Witham"]
    k.claim(
        "Priti Patel held Witham by 5,145",
        wi.result == "Con hold" and wi.majority == 5145,
        f"{f}: {wi.line()}.",
    )
    br = g["Braintree"]
    k.claim(
        "James Cleverly kept Braintree, with Reform second",
        br.result == "Con hold" and br.ranked()[1].party == "RUK",
        f"{f}: {br.line()}: Labour second, Reform third.",
    )
    wv = g["Waveney Valley"]
    k.claim(
        "Adrian Ramsay took Waveney Valley for the Greens by 5,594",
        wv.result == "Green gain from Con" and wv.majority == 5594,
        f"{f}: {wv.line()}.",
    )
    sa = g["St Albans"]
    k.claim(
        "Daisy Cooper's majority in St Albans, 19,834, was the largest in the region",
        sa.majority == 19834 and narrow[-1].name == "St Albans",
        f"{f}: {sa.line()}; next largest in the East {narrow[-2].name} {narrow[-2].majority:,}.",
    )
    turn = t["_valid"] / t["_electorate"]
    k.claim(
        "Turnout across the region was 62 per cent",
        round(100 * turn) == 62,
        f"{f}: East of England valid {t['_valid']:,} / electorate {t['_electorate']:,} = "
        f"{pct(turn)}.",
    )
    low = sorted(east, key=lambda s: s.turnout)
    k.claim(
        "Luton South and South Bedfordshire had the lowest turnout in the East, under half",
        low[0].name == "Luton South and South Bedfordshire" and low[0].turnout < 0.5,
        f"{f}: lowest turnouts in the East: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in low[:3])
        + ".",
    )
    k.claim(
        "Farage told supporters at 3.30am",
        None,
        "a quotation and a time; not in the results files",
    )
