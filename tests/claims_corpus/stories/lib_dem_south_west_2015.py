"""lib-dem-west-country-wipeout-regional: the Liberal Democrats' 2015 losses in the South West
as a regional daily (no year; "five years ago" is 2010); changes against 2010 on the same
boundaries, regional totals summed over the PSEPH rows of the South West."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, seats_won, share_of, totals

NAME = "lib-dem-west-country-wipeout-regional"
SW = "South West"


@story(NAME)
def key(k: Key) -> None:
    g, g10 = general(2015), general(2010)
    f, f10 = pseph_name(2015), pseph_name(2010)
    held = [s.name for s in g10.values() if s.region == SW and s.first == "LD"]
    after = {n: g[n].result for n in held}
    k.claim(
        "The Liberal Democrats lost every one of the 15 seats they held in the South West",
        len(held) == 15 and all(" gain from LD" in r for r in after.values()),
        f"{f10}: LD won {len(held)} South West seats; {f}: "
        + ", ".join(f"{n} '{r}'" for n, r in after.items())
        + ".",
    )
    to_con = [n for n, r in after.items() if r == "Con gain from LD"]
    k.claim(
        "14 of them to the Conservatives and the other, Bristol West, to Labour",
        len(to_con) == 14 and after["Bristol West"] == "Lab gain from LD",
        f"{f}: {len(to_con)} 'Con gain from LD'; Bristol West '{after['Bristol West']}'.",
    )
    won = seats_won(2015, region=SW)
    n_sw = sum(won.values())
    k.claim(
        "The Tories now hold 51 of the region's 55 seats and Labour the remaining four",
        won["Con"] == 51 and n_sw == 55 and won["Lab"] == 4,
        f"{f}: South West winners {dict(won)} of {n_sw} seats.",
    )
    t, t10 = totals(2015, region=SW), totals(2010, region=SW)
    ld, ld10 = share_of(t, "LD"), share_of(t10, "LD")
    k.claim(
        "crashed from 34.7 per cent five years ago to 15.1 per cent",
        round(100 * ld10, 1) == 34.7 and round(100 * ld, 1) == 15.1,
        f"South West LD votes / valid: {t10['LD']:,} / {t10['_valid']:,} = {pct(ld10)} ({f10}); "
        f"{t['LD']:,} / {t['_valid']:,} = {pct(ld)} ({f}).",
    )
    k.claim(
        "UKIP took 13.6 per cent",
        round(100 * share_of(t, "UKIP"), 1) == 13.6,
        f"{f}: South West UKIP {t['UKIP']:,} / {t['_valid']:,} = {pct(share_of(t, 'UKIP'))}.",
    )
    c, c10 = share_of(t, "Con"), share_of(t10, "Con")
    k.claim(
        "the Conservatives climbed nearly four points to 46.5 per cent",
        3.5 <= 100 * (c - c10) < 4 and round(100 * c, 1) == 46.5,
        f"South West Con {pct(c10)} ({f10}) -> {pct(c)} ({f}): {100 * (c - c10):+.2f} points.",
    )
    y, y10 = g["Yeovil"], g10["Yeovil"]
    k.claim(
        "David Laws was toppled by Marcus Fysh by 5,313 votes",
        y.result == "Con gain from LD" and y.place("Laws") == 2 and y.majority == 5313,
        f"{f}: {y.line()}.",
    )
    hy = hist_seat("Yeovil")
    since = [h.election for h in hy if h.winner == "lib"]
    k.claim(
        "ending a Liberal hold on the seat that had lasted since 1983",
        since[0] == "1983"
        and all(h.winner == "lib" for h in hy if "1983" <= h.election <= "2010")
        and hy[hy.index(next(h for h in hy if h.election == "1983")) - 1].winner != "lib",
        f"CBP-8647 Yeovil: {hist_line(hy)}.",
    )
    k.claim(
        "Paddy Ashdown, who represented it for 18 years",
        None,
        "a former MP by name and his tenure before 2010; CBP-8647 has party votes only, and "
        "the quote is not in the files",
    )
    k.claim(
        "The Lib Dem share in Yeovil more than halved",
        y.share("LD") < y10.share("LD") / 2,
        f"Yeovil LD {pct(y10.share('LD'))} ({f10}) -> {pct(y.share('LD'))} ({f}): down by "
        f"{100 * (1 - y.share('LD') / y10.share('LD')):.1f} per cent of itself, not half.",
    )
    hb = hist_seat("Bath")
    k.claim(
        "Bath, Liberal Democrat since 1992",
        all(h.winner == "lib" for h in hb if "1992" <= h.election <= "2010")
        and next(h for h in hb if h.election == "1987").winner != "lib",
        f"CBP-8647 Bath: {hist_line(hb)}.",
    )
    b = g["Bath"]
    k.claim(
        "went to Ben Howlett by 3,833",
        b.winner_name == "Ben Howlett" and b.majority == 3833,
        f"{f}: {b.line()}.",
    )
    ty = g["Thornbury and Yate"]
    gains = sorted((s for s in g.values() if s.region == SW and s.result.startswith("Con gain")),
                   key=lambda s: s.majority)  # fmt: skip
    k.claim(
        "Steve Webb, the pensions minister, fell short in Thornbury and Yate by 1,495 votes, the "
        "narrowest of the Conservative gains in the region",
        ty.place("Webb") == 2 and ty.majority == 1495 and gains[0].name == "Thornbury and Yate",
        f"{f}: {ty.line()}; Conservative gains in the South West by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in gains[:3])
        + f": {gains[0].name} ('{gains[0].result}') is narrower (his office is not in the files).",
    )
    si = g["St Ives"]
    k.claim(
        "Andrew George was ousted by 2,469",
        si.result == "Con gain from LD" and si.place("George") == 2 and si.majority == 2469,
        f"{f}: {si.line()}.",
    )
    td, td10 = g["Taunton Deane"], g10["Taunton Deane"]
    k.claim(
        "Rebecca Pow turned a Lib Dem majority of 3,993 into a Conservative one of 15,491",
        td10.first == "LD" and td10.majority == 3993 and td.first == "Con" and td.majority == 15491,
        f"{f10}: {td10.line()}; {f}: {td.line()}.",
    )
    k.claim(
        "Somerton and Frome fell by 20,268, the largest majority of any Conservative gain in the "
        "South West",
        g["Somerton and Frome"].majority == 20268 and gains[-1].name == "Somerton and Frome",
        f"{f}: Conservative gains in the South West, largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in gains[::-1][:3])
        + ".",
    )
    ch = g["Chippenham"]
    k.claim(
        "Michelle Donelan took Chippenham with a majority of more than 12,000",
        ch.winner_name == "Michelle Donelan" and ch.result == "Con gain from LD"
        and ch.majority > 12000,
        f"{f}: {ch.line()}: 10,076.",
    )  # fmt: skip
    bw = g["Bristol West"]
    k.claim(
        "In Bristol West the Greens finished second, pushing Stephen Williams into third",
        bw.ranked()[1].party == "Green" and bw.place("Williams") == 3,
        f"{f}: {bw.line()}.",
    )
    lab_gains = [s.name for s in g.values() if s.region == SW and s.result.startswith("Lab gain")]
    lab10 = seats_won(2010, region=SW)["Lab"]
    k.claim(
        "Labour gained a seat in the region",
        "depends",
        f"{f}: Labour gains in the South West: {', '.join(lab_gains)} (one gain, so true of "
        f"gross gains); but it lost Plymouth, Moor View, and its seats went {lab10} ({f10}) -> "
        f"{won['Lab']} (net no change, so false of the net count).",
    )
    pm, pm10 = g["Plymouth, Moor View"], g10["Plymouth, Moor View"]
    k.claim(
        "Plymouth, Moor View, which it held last time, went to Johnny Mercer by 1,026 votes",
        pm10.first == "Lab" and pm.result == "Con gain from Lab" and pm.majority == 1026,
        f"{f10}: {pm10.line()}; {f}: {pm.line()}.",
    )
    ex = g["Exeter"]
    k.claim(
        "Ben Bradshaw held Exeter with a majority of 7,813",
        ex.result == "Lab hold" and ex.majority == 7813,
        f"{f}: {ex.line()}: 7,183, not 7,813.",
    )
    ukip2 = [s.name for s in g.values() if s.region == SW and s.ranked()[1].party == "UKIP"]
    k.claim(
        "UKIP was runner-up in 11 seats across the region",
        len(ukip2) == 11,
        f"{f}: South West seats with UKIP second: {len(ukip2)} ({', '.join(ukip2)}).",
    )
    tu, tuk = t["_valid"] / t["_electorate"], totals(2015)["_valid"] / totals(2015)["_electorate"]
    k.claim(
        "Turnout in the South West was 69.5 per cent, above the UK figure of 66.2 per cent",
        round(100 * tu, 1) == 69.5 and round(100 * tuk, 1) == 66.2,
        f"{f}: valid / electorate, South West {t['_valid']:,} / {t['_electorate']:,} = "
        f"{pct(tu)}; UK {pct(tuk)}.",
    )
    uk, uk10 = seats_won(2015), seats_won(2010)
    k.claim(
        "Nationally the party was reduced from 57 MPs to eight",
        uk10["LD"] == 57 and uk["LD"] == 8,
        f"{f10}: LD won {uk10['LD']}; {f}: {uk['LD']}.",
    )
    k.claim(
        "its share below 8 per cent",
        share_of(totals(2015), "LD") < 0.08,
        f"{f}: UK LD {pct(share_of(totals(2015), 'LD'))} of valid votes.",
    )
    sh = g["Sheffield, Hallam"]
    k.claim(
        "Nick Clegg clung on in Sheffield, Hallam by 2,353 votes",
        sh.result == "LD hold" and sh.winner_name == "Nick Clegg" and sh.majority == 2353,
        f"{f}: {sh.line()}.",
    )
    k.claim(
        "resigned as leader by lunchtime",
        None,
        "a party office and an event; not in the results files",
    )
    tw = g["Twickenham"]
    k.claim(
        "Vince Cable lost Twickenham by more than 3,000",
        tw.place("Cable") == 2 and tw.majority > 3000,
        f"{f}: {tw.line()}: 2,017.",
    )
    mo, mo10 = g["Morley and Outwood"], g10["Morley and Outwood"]
    k.claim(
        "Ed Balls lost Morley and Outwood by 422 votes",
        mo.place("Balls") == 2 and mo.majority == 422,
        f"{f}: {mo.line()} (his office is not in the files).",
    )
    k.claim(
        "having held on there by 1,101 five years ago",
        mo10.winner_name == "Ed Balls" and mo10.majority == 1101,
        f"{f10}: {mo10.line()}.",
    )
