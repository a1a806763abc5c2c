"""brexit-party-runs-labour-close-yorkshire-regional: the 2019 election in Yorkshire and the
Humber and the Brexit Party's best seats, as a regional daily with a dateline and no year."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, seats_won, share_of, totals

NAME = "brexit-party-runs-labour-close-yorkshire-regional"
REGION = "Yorkshire and The Humber"


@story(NAME)
def key(k: Key) -> None:
    g, g17 = general(2019), general(2017)
    f, f17 = pseph_name(2019), pseph_name(2017)
    bc, be = g["Barnsley Central"], g["Barnsley East"]
    k.claim(
        "Dan Jarvis held Barnsley Central with 14,804 votes to the 11,233 won by the Brexit "
        "Party's Victoria Felton",
        bc.result == "Lab hold" and bc.votes("Lab") == 14804 and bc.votes("BRX") == 11233,
        f"{f}: {bc.line()}.",
    )
    k.claim(
        "Stephanie Peacock kept Barnsley East by 3,217",
        be.result == "Lab hold" and be.majority == 3217,
        f"{f}: {be.line()}.",
    )
    cuts = {n: 1 - g[n].majority / g17[n].majority for n in ("Barnsley Central", "Barnsley East")}
    k.claim(
        "Both saw the majorities they had won two years ago slashed by around three quarters",
        all(0.7 <= c <= 0.8 for c in cuts.values()),
        f"{f17} -> {f} majorities: Barnsley Central {g17['Barnsley Central'].majority:,} -> "
        f"{bc.majority:,} (-{pct(cuts['Barnsley Central'])}), Barnsley East "
        f"{g17['Barnsley East'].majority:,} -> {be.majority:,} (-{pct(cuts['Barnsley East'])}).",
    )
    r = be.ranked()
    k.claim(
        "In Barnsley East the Conservatives finished third, only a few hundred votes behind the "
        "Brexit Party",
        r[1].party == "BRX" and r[2].party == "Con" and 100 <= r[1].votes - r[2].votes < 1000,
        f"{f}: {be.line()}; BRX - Con = {r[1].votes - r[2].votes:,}.",
    )
    k.claim(
        "Mr Jarvis said the campaign had been fought almost entirely on Brexit",
        None,
        "a quotation; not in the results files",
    )
    k.claim(
        "a town that voted 68 per cent to leave",
        None,
        "the 2016 referendum; not in the results files",
    )
    brx = sorted((s for s in g.values() if s.votes("BRX")), key=lambda s: -s.share("BRX"))
    k.claim(
        "Ms Felton's 30.4 per cent in Barnsley Central was the Brexit Party's best result "
        "anywhere in the country",
        round(100 * bc.share("BRX"), 1) == 30.4 and brx[0].name == "Barnsley Central",
        f"{f}: BRX share, highest first: "
        + ", ".join(f"{s.name} {pct(s.share('BRX'))}" for s in brx[:3])
        + f" ({len(brx)} seats contested).",
    )
    second = [s for s in g.values() if s.cands and s.ranked()[1].party == "BRX"]
    won = [s for s in g.values() if s.first == "BRX"]
    k.claim(
        "the party came second in only three seats across Britain, all of them held by Labour, "
        "and won none",
        len(second) == 3 and all(s.result == "Lab hold" for s in second) and not won,
        f"{f}: BRX second in "
        + "; ".join(f"{s.name} ('{s.result}')" for s in second)
        + f"; BRX first in {len(won)} rows.",
    )
    dn, odn = g["Doncaster North"], g17["Doncaster North"]
    k.claim(
        "Ed Miliband saw his majority in Doncaster North fall from more than 14,000 to 2,370",
        14000 < odn.majority < 15000 and dn.majority == 2370 and dn.result == "Lab hold",
        f"{f17}: {odn.line()}; {f}: {dn.line()}.",
    )
    npc = g["Normanton, Pontefract and Castleford"]
    onpc = g17["Normanton, Pontefract and Castleford"]
    k.claim(
        "Yvette Cooper clung on in Normanton, Pontefract and Castleford by a wafer-thin 1,276 "
        "votes",
        npc.result == "Lab hold" and npc.majority == 1276,
        f"{f}: {npc.line()}.",
    )
    k.claim(
        "her majority cut by more than 90 per cent",
        1 - npc.majority / onpc.majority > 0.9,
        f"{f17} majority {onpc.majority:,} -> {f} {npc.majority:,}: "
        f"-{pct(1 - npc.majority / onpc.majority)}.",
    )
    wd = g["Wentworth and Dearne"]
    k.claim(
        "John Healey held Wentworth and Dearne by 2,615",
        wd.majority == 2615,
        f"{f}: {wd.line()}; majority {wd.majority:,}, not 2,615.",
    )
    he = g["Kingston upon Hull East"]
    k.claim(
        "Karl Turner kept Hull East by 1,239 votes with the Brexit Party's Marten Hall second",
        he.majority == 1239 and he.ranked()[1].party == "BRX",
        f"{f}: {he.line()}: the Conservative Rachel Storer was second, Hall third.",
    )
    k.claim("the former Apprentice winner", None, "a television career; not in the files")
    hw = g["Kingston upon Hull West and Hessle"]
    k.claim(
        "took almost 18 per cent for the party in Hull West and Hessle",
        0.17 <= hw.share("BRX") < 0.18,
        f"{f}: {hw.line()}; BRX {hw.votes('BRX'):,} / {hw.valid:,} = {pct(hw.share('BRX'))}.",
    )
    w, w17 = seats_won(2019, region=REGION), seats_won(2017, region=REGION)
    n = sum(1 for s in g.values() if s.region == REGION)
    lost = [
        s.name
        for s in g.values()
        if s.region == REGION and s.result.startswith("Con gain from Lab")
    ]
    k.claim(
        "Labour lost nine seats to the Conservatives and now holds 28 of the region's 54",
        len(lost) == 9 and w["Lab"] == 28 and n == 54,
        f"{f}, region '{REGION}' ({n} rows): Lab first in {w['Lab']} (2017: {w17['Lab']}); "
        f"'Con gain from Lab...' in {len(lost)}: {', '.join(lost)}.",
    )
    rv = g["Rother Valley"]
    k.claim(
        "Rother Valley fell by 6,318 votes",
        rv.result == "Con gain from Lab" and rv.majority == 6318,
        f"{f}: {rv.line()}.",
    )
    wk = hist_seat("Wakefield")
    k.claim(
        "Wakefield went Conservative for the first time since 1931",
        g["Wakefield"].first == "Con"
        and [h.election for h in wk if h.winner == "con"][-2] == "1931",
        f"CBP-8647 Wakefield: {hist_line(wk)}; {f}: {g['Wakefield'].line()}.",
    )
    ps = g["Penistone and Stocksbridge"]
    k.claim(
        "In Penistone and Stocksbridge the Brexit Party came fourth",
        [c.party for c in ps.ranked()].index("BRX") == 3,
        f"{f}: {ps.line()}.",
    )
    gains = sorted(
        (s for s in g.values() if s.region == REGION and s.result.startswith("Con gain")),
        key=lambda s: s.majority,
    )
    k.claim(
        "Keighley, taken by 2,218 votes, was the narrowest of the Conservative gains in the region",
        gains[0].name == "Keighley" and g["Keighley"].majority == 2218,
        f"{f}, Conservative gains in {REGION} by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in gains[:3])
        + "; Dewsbury was narrower.",
    )
    t, t17 = totals(2019, region=REGION), totals(2017, region=REGION)
    d = share_of(t, "Lab") - share_of(t17, "Lab")
    k.claim(
        "Labour's share of the vote in the region fell by ten points",
        round(-100 * d) == 10,
        f"{REGION}: Lab {f17} {pct(share_of(t17, 'Lab'))} -> {f} {pct(share_of(t, 'Lab'))} "
        f"({100 * d:+.2f} points).",
    )
    k.claim(
        "the Conservatives took 43 per cent",
        round(100 * share_of(t, "Con")) == 43,
        f"{f} {REGION}: Con {t['Con']:,} / {t['_valid']:,} = {pct(share_of(t, 'Con'))}.",
    )
    stood = [s for s in g.values() if s.region == REGION and s.votes("BRX")]
    k.claim(
        "which stood in 37 of the 54 seats",
        len(stood) == 37,
        f"{f}: a BRX candidate in {len(stood)} of the {n} rows in {REGION}.",
    )
    uk = totals(2019)
    ratio = share_of(t, "BRX") / share_of(uk, "BRX")
    k.claim(
        "won about 6 per cent across the region, more than three times its national share of "
        "2 per cent",
        round(100 * share_of(t, "BRX")) == 6
        and round(100 * share_of(uk, "BRX")) == 2
        and ratio > 3,
        f"{f}: BRX {REGION} {pct(share_of(t, 'BRX'))}, UK {uk['BRX']:,} / {uk['_valid']:,} = "
        f"{pct(share_of(uk, 'BRX'))}; ratio {ratio:.2f}, under three.",
    )
    to, tuk = t["_valid"] / t["_electorate"], uk["_valid"] / uk["_electorate"]
    k.claim(
        "Turnout in the region was 64.3 per cent, three points below the figure for the UK as "
        "a whole",
        round(100 * to, 1) == 64.3 and round(100 * (tuk - to)) == 3,
        f"{f}: {REGION} {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}; UK "
        f"{uk['_valid']:,} / {uk['_electorate']:,} = {pct(tuk)}; difference "
        f"{100 * (tuk - to):.2f} points.",
    )
