"""lib-dem-west-country-comeback-regional: the Liberal Democrats' 2024 South West seats as a
regional daily (no year; "nine years" after 2015); changes against the PSEPH 58 notional 2019
result on the 2024 boundaries; regional totals summed over the PSEPH rows of the South West."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import (
    general,
    hist_line,
    hist_seat,
    notional2019,
    notional_winner,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "lib-dem-west-country-comeback-regional"
SW = "South West"


@story(NAME)
def key(k: Key) -> None:
    g, g15 = general(2024), general(2015)
    f, f15 = pseph_name(2024), pseph_name(2015)
    N = notional2019()
    sw = [s for s in g.values() if s.region == SW]
    won = seats_won(2024, region=SW)
    nw = Counter(notional_winner(s.name) for s in sw)
    k.claim(
        "the Liberal Democrats won 22 of the South West's 58 seats, up from one",
        won["LD"] == 22 and len(sw) == 58 and nw["LD"] == 1,
        f"{f}: South West winners {dict(won)} of {len(sw)}; PSEPH 58 notional 2019: {dict(nw)}.",
    )
    k.claim(
        "Labour, with 23, edged them for the most seats",
        won["Lab"] == 23,
        f"{f}: South West Labour seats {won['Lab']}, not 23.",
    )
    k.claim(
        "the Conservatives held only 11, down from 50 on the notional figures for the new "
        "boundaries",
        won["Con"] == 11 and nw["Con"] == 50,
        f"{f}: Con {won['Con']}; notional 2019 Con {nw['Con']}.",
    )
    greens = [s.name for s in sw if s.first == "Green"]
    k.claim(
        "The Greens' one seat in the region is Bristol Central",
        greens == ["Bristol Central"],
        f"{f}: South West Green winners: {', '.join(greens)}.",
    )
    t = totals(2024, region=SW)
    ld, lab = share_of(t, "LD"), share_of(t, "Lab")
    k.claim(
        "the Lib Dems out-polled Labour across the South West, 24.7 per cent to 24.5",
        t["LD"] > t["Lab"] and round(100 * ld, 1) == 24.7 and round(100 * lab, 1) == 24.5,
        f"{f}: South West LD {t['LD']:,} ({pct(ld)}), Lab {t['Lab']:,} ({pct(lab)}) of "
        f"{t['_valid']:,} valid.",
    )
    con = share_of(t, "Con")
    top = max((p for p in t if not p.startswith("_")), key=lambda p: t[p])
    k.claim(
        "the Conservatives still topped the regional vote with 28.2 per cent",
        top == "Con" and round(100 * con, 1) == 28.2,
        f"{f}: South West Con {t['Con']:,} / {t['_valid']:,} = {pct(con)}, the most votes.",
    )
    k.claim(
        "Reform UK took 13.8 per cent",
        round(100 * share_of(t, "RUK"), 1) == 13.8,
        f"{f}: South West RUK {t['RUK']:,} / {t['_valid']:,} = {pct(share_of(t, 'RUK'))}.",
    )
    si, si15 = g["St Ives"], g15["St Ives"]
    lds = sorted((s for s in sw if s.first == "LD"), key=lambda s: -s.majority)
    k.claim(
        "Andrew George won back St Ives, which he lost in 2015, with the party's biggest majority "
        "in the region, 13,786",
        si.winner_name == "Andrew George" and si15.place("George") == 2
        and si15.result == "Con gain from LD" and si.majority == 13786 and lds[0] is si,
        f"{f15}: {si15.line()}; {f}: {si.line()}; largest LD majorities in the South West: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in lds[:3])
        + ".",
    )  # fmt: skip
    k.claim(
        "more than half the vote",
        si.share("LD") > 0.5,
        f"{f}: St Ives LD {si.votes('LD'):,} / {si.valid:,} = {pct(si.share('LD'))}.",
    )
    hy, y = hist_seat("Yeovil"), g["Yeovil"]
    k.claim(
        "Yeovil, Liberal Democrat from 1983 until 2015, was retaken by Adam Dance by 12,268",
        all(h.winner == "lib" for h in hy if "1983" <= h.election <= "2010")
        and next(h for h in hy if h.election == "2015").winner == "con"
        and y.result == "LD gain from Con" and y.winner_name == "Adam Dance" and y.majority == 12268,
        f"CBP-8647 Yeovil: {hist_line(hy)}; {f}: {y.line()}.",
    )  # fmt: skip
    tw = g["Taunton and Wellington"]
    k.claim(
        "Gideon Amos ousted Rebecca Pow in Taunton and Wellington by 11,939",
        tw.winner_name == "Gideon Amos" and tw.place("Pow") == 2 and tw.majority == 11939,
        f"{f}: {tw.line()}.",
    )
    w15, wm = g15["Wells"], g["Wells and Mendip Hills"]
    k.claim(
        "Tessa Munt, beaten in Wells nine years ago, is back with a majority of 11,121 in Wells "
        "and Mendip Hills",
        w15.place("Munt") == 2 and wm.winner_name == "Tessa Munt" and wm.majority == 11121,
        f"{f15}: {w15.line()}; {f}: {wm.line()}.",
    )
    ch = g["Cheltenham"]
    k.claim(
        "Max Wilkinson beat the justice secretary Alex Chalk by 7,210",
        ch.winner_name == "Max Wilkinson" and ch.place("Chalk") == 2 and ch.majority == 7210,
        f"{f}: {ch.line()} (his office is not in the files).",
    )

    def ld_change(name: str) -> float:
        n = N[name]
        return g[name].share("LD") - int(n.get("LD", 0)) / int(n["_valid"])

    hs = ld_change("Honiton and Sidmouth")
    k.claim(
        "In Honiton and Sidmouth the Lib Dem share rose by almost 36 points on the notional result",
        35 <= 100 * hs < 36,
        f"Honiton and Sidmouth LD share, notional 2019 -> {f}: {100 * hs:+.2f} points.",
    )
    nc = g["North Cornwall"]
    k.claim(
        "In North Cornwall Ben Maguire won by more than 10,000",
        nc.winner_name == "Ben Maguire" and nc.majority > 10000,
        f"{f}: {nc.line()}: 9,957.",
    )
    k.claim(
        "The narrowest Lib Dem win in the region was Mid Dorset and North Poole, by 1,352",
        lds[-1].name == "Mid Dorset and North Poole" and lds[-1].majority == 1352,
        f"{f}: narrowest LD wins in the South West: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in lds[::-1][:3])
        + ".",
    )
    fell = [s.name for s in lds if ld_change(s.name) < 0]
    uk_fell = [s.name for s in g.values() if s.first == "LD" and ld_change(s.name) < 0]
    bath = g["Bath"]
    k.claim(
        "Bath, held by Wera Hobhouse, was the only one of the party's seats where its share fell",
        "depends"
        if bath.result == "LD hold"
        and bath.winner_name == "Wera Hobhouse"
        and fell == ["Bath"]
        and len(uk_fell) > 1
        else False,
        f"{f}: {bath.line()}; LD share change on notional 2019 in the party's seats where it "
        "fell: "
        + ", ".join(f"{n} {100 * ld_change(n):+.2f}" for n in uk_fell)
        + ": the only one in the South West (true of the region the story is about), not the "
        "only one in the UK (false of all the party's seats).",
    )
    k.claim(
        "Bridgwater was the only Somerset seat to stay blue",
        None,
        "counties are not in the results files (the region is)",
    )
    nd = g["North Dorset"]
    k.claim(
        "Simon Hoare survived in North Dorset by 1,589",
        nd.result == "Con hold" and nd.winner_name == "Simon Hoare" and nd.majority == 1589,
        f"{f}: {nd.line()}.",
    )
    ex = g["Exmouth and Exeter East"]
    narrow = sorted(sw, key=lambda s: s.majority)
    k.claim(
        "David Reed held Exmouth and Exeter East by 121 votes, the narrowest result in the region",
        ex.majority == 121 and narrow[0] is ex,
        f"{f}: {ex.line()}; narrowest in the South West: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in narrow[:3])
        + ".",
    )
    sc = g["South Cotswolds"]
    hi = sorted(sw, key=lambda s: -s.turnout)
    k.claim(
        "South Cotswolds, taken by Roz Savage, had the highest turnout in the South West, 72.7 per "
        "cent",
        sc.winner_name == "Roz Savage" and hi[0] is sc and round(100 * sc.turnout, 1) == 72.7,
        f"{f}: highest turnouts (valid / electorate) in the South West: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in hi[:3])
        + ".",
    )
    uk = seats_won(2024)
    k.claim(
        "Nationally the party won 72 seats on 12.2 per cent of the vote",
        uk["LD"] == 72 and round(100 * share_of(totals(2024), "LD"), 1) == 12.2,
        f"{f}: LD seats {uk['LD']}; UK share {pct(share_of(totals(2024), 'LD'))}.",
    )
    by_region = Counter(s.region for s in g.values() if s.first == "LD")
    k.claim(
        "more seats in the South West than in any other region",
        by_region.most_common(1)[0][0] == SW,
        f"{f}: LD seats by region: {dict(by_region.most_common())}: the South East has more.",
    )
