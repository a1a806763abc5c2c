"""safest-seats-snap-election-2017-datablog: a data blog (2017 named) on the extremes of the
2017 result: majorities, winning shares and turnout (valid votes / electorate)."""

from __future__ import annotations

from collections.abc import Callable

from .._key import Key, pct, story
from .._raw import Seat, general, maiden, pseph_name, totals

NAME = "safest-seats-snap-election-2017-datablog"


@story(NAME)
def key(k: Key) -> None:
    g, g15 = general(2017), general(2015)
    f, f15 = pseph_name(2017), pseph_name(2015)
    seats = list(g.values())
    by_maj = sorted(seats, key=lambda s: -s.majority)

    def top(lst: list[Seat], fn: Callable[[Seat], str], n: int = 3) -> str:
        return ", ".join(f"{s.name} {fn(s)}" for s in lst[:n])

    kn, kn15 = g["Knowsley"], g15["Knowsley"]
    k.claim(
        "Knowsley had the biggest majority in the country, 42,214",
        by_maj[0].name == "Knowsley" and kn.majority == 42214,
        f"{f} largest majorities: {top(by_maj, lambda s: f'{s.majority:,}')}.",
    )
    mh = maiden("George Howarth")[0]
    k.claim(
        "the Labour MP there since 1986",
        mh["Date"].endswith("1986"),
        f"maiden-speeches.csv: George Howarth, {mh['Constituency']} (the predecessor seat), "
        f"{mh['Date']}, parliament {mh['Parliament']}.",
    )
    k.claim(
        "took 47,351 votes",
        kn.ranked()[0].surname == "Howarth" and kn.ranked()[0].votes == 47351,
        f"{f} {kn.line()}.",
    )
    k.claim(
        "his majority had been 34,655 two years earlier",
        kn15.majority == 34655,
        f"{f15} {kn15.line()}.",
    )
    k.claim(
        "so it grew by more than 8,000",
        kn.majority - kn15.majority > 8000,
        f"{kn.majority:,} - {kn15.majority:,} = {kn.majority - kn15.majority:,}, not more than "
        "8,000.",
    )
    k.claim(
        "East Ham came second, with 39,883",
        by_maj[1].name == "East Ham" and by_maj[1].majority == 39883,
        f"{f} second-largest majority: {by_maj[1].name} {by_maj[1].majority:,}.",
    )
    six = by_maj[:6]
    k.claim(
        "Five of the six biggest majorities were in London",
        sum(s.region == "London" for s in six) == 5,
        f"{f} six largest: " + ", ".join(f"{s.name} ({s.region})" for s in six)
        + f": {sum(s.region == 'London' for s in six)} in London.",
    )  # fmt: skip
    k.claim(
        "every one of the top 30 was a Labour seat",
        all(s.first == "Lab" for s in by_maj[:30]),
        f"{f} winners of the 30 largest majorities: "
        f"{sorted({s.first for s in by_maj[:30]})}; 31st {by_maj[30].name} ({by_maj[30].first}).",
    )
    con = [s for s in by_maj if s.first == "Con"]
    k.claim(
        "The biggest Conservative majority was North East Hampshire's 27,772",
        con[0].name == "North East Hampshire" and con[0].majority == 27772,
        f"{f} largest Con majorities: {top(con, lambda s: f'{s.majority:,}')}.",
    )
    k.claim(
        "Theresa May's Maidenhead, with 26,457, was second",
        con[1].name == "Maidenhead" and con[1].majority == 26457,
        f"{f} {g['Maidenhead'].line()}.",
    )
    snp = [s for s in by_maj if s.first == "SNP"]
    k.claim(
        "The SNP's biggest was in Kilmarnock and Loudoun, 6,269",
        snp[0].name == "Kilmarnock and Loudoun" and snp[0].majority == 6269,
        f"{f} largest SNP majorities: {top(snp, lambda s: f'{s.majority:,}', 2)}: Kilmarnock "
        "and Loudoun is second.",
    )
    ld = [s for s in by_maj if s.first == "LD"]
    k.claim(
        "the Liberal Democrats' safest seat was Twickenham, where Vince Cable won by 9,762",
        ld[0].name == "Twickenham" and ld[0].majority == 9762,
        f"{f} largest LD majorities: {top(ld, lambda s: f'{s.majority:,}', 2)}.",
    )

    def win(s: Seat) -> float:
        return s.ranked()[0].votes / s.valid

    by_share = sorted(seats, key=lambda s: -win(s))
    lw = g["Liverpool, Walton"]
    k.claim(
        "Dan Carden won 85.7 per cent, the highest share of any winner",
        by_share[0].name == "Liverpool, Walton" and round(100 * win(lw), 1) == 85.7,
        f"{f} highest winning shares: {top(by_share, lambda s: pct(win(s)))}.",
    )
    by_pct = sorted(seats, key=lambda s: -s.majority / s.valid)
    k.claim(
        "was the safest seat in the country",
        "depends",
        f"{f}: by majority as a share of the vote Liverpool, Walton is first "
        f"({top(by_pct, lambda s: pct(s.majority / s.valid), 2)}): true; by majority in votes "
        f"Knowsley is first ({kn.majority:,} against {lw.majority:,}): false.",
    )
    k.claim(
        "The top four winning shares were all in the North West",
        all(s.region == "North West" for s in by_share[:4]),
        f"{f} four highest winning shares: "
        + ", ".join(f"{s.name} ({s.region}) {pct(win(s))}" for s in by_share[:4])
        + ".",
    )
    k.claim(
        "Bootle's winner on 84 per cent",
        round(100 * win(g["Bootle"])) == 84,
        f"{f} {g['Bootle'].line()}: {pct(win(g['Bootle']))}.",
    )
    low = sorted(seats, key=win)
    k.claim(
        "Ceredigion's winner took just 29.2 per cent, the lowest winning share",
        low[0].name == "Ceredigion" and round(100 * win(low[0]), 1) == 29.2,
        f"{f} lowest winning shares: {top(low, lambda s: pct(win(s)))}.",
    )
    n20 = sum(s.majority > 20000 for s in seats)
    k.claim(
        "113 seats were won by more than 20,000 votes, more than one in six",
        n20 == 113 and n20 / len(seats) > 1 / 6,
        f"{f}: {n20} of {len(seats)} majorities above 20,000 ({pct(n20 / len(seats))}).",
    )
    half = sum(win(s) > 0.5 for s in seats)
    k.claim(
        "nearly three in four winners took more than half the vote",
        0.7 <= half / len(seats) < 0.75,
        f"{f}: {half} of {len(seats)} winners above 50% ({pct(half / len(seats))}).",
    )
    n1k, n100 = sum(s.majority < 1000 for s in seats), sum(s.majority < 100 for s in seats)
    k.claim(
        "51 seats were won by fewer than 1,000 votes",
        n1k == 51,
        f"{f}: {n1k} majorities below 1,000.",
    )
    k.claim(
        "a dozen by fewer than 100",
        n100 == 12,
        f"{f}: {n100} majorities below 100, not 12.",
    )
    t, t15 = totals(2017), totals(2015)
    to, to15 = t["_valid"] / t["_electorate"], t15["_valid"] / t15["_electorate"]
    k.claim(
        "Turnout rose to 68.8 per cent, up more than two points on 2015",
        round(100 * to, 1) == 68.8 and to - to15 > 0.02,
        f"turnout (valid / electorate): {f15} {pct(to15)}, {f} {pct(to)}.",
    )
    hi = sorted(seats, key=lambda s: -s.turnout)
    k.claim(
        "It was highest in Twickenham, 79.5 per cent",
        hi[0].name == "Twickenham" and round(100 * hi[0].turnout, 1) == 79.5,
        f"{f} highest turnouts: {top(hi, lambda s: pct(s.turnout))}.",
    )
    k.claim(
        "with Oxford West and Abingdon close behind",
        hi[1].name == "Oxford West and Abingdon",
        f"{f} second-highest turnout: {hi[1].name} {pct(hi[1].turnout)}.",
    )
    lo = sorted(seats, key=lambda s: s.turnout)
    k.claim(
        "The lowest was Glasgow North East, at 53.0 per cent",
        lo[0].name == "Glasgow North East" and round(100 * lo[0].turnout, 1) == 53.0,
        f"{f} lowest turnouts: {top(lo, lambda s: pct(s.turnout), 5)}.",
    )
    k.claim(
        "Leeds Central the second-lowest",
        lo[1].name == "Leeds Central",
        f"{f} second-lowest turnout: {lo[1].name} {pct(lo[1].turnout)}.",
    )
    mc = g["Manchester Central"]
    k.claim(
        "Manchester Central, at 55.1 per cent, was the third-lowest",
        round(100 * mc.turnout, 1) == 55.1 and lo[2].name == "Manchester Central",
        f"{f} lowest turnouts: {top(lo, lambda s: pct(s.turnout), 5)}: Manchester Central is "
        f"fifth.",
    )
    k.claim(
        "A record 32 per cent of MPs elected were women",
        None,
        "candidates' sex is not in the results files",
    )
