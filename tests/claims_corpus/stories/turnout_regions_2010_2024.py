"""turnout-regions-2010-2024-datablog: turnout by region at the general elections of 2010-2024
as a data blog (years named). Turnout = valid votes / electorate summed over the PSEPH rows of
the area; 2024 changes against the PSEPH 58 notional 2019 result (and the actual 2019 result
where the two readings differ); seat records against CBP-8647 (all votes / electorate)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, history, notional2019, pseph_name, totals

NAME = "turnout-regions-2010-2024-datablog"
YEARS = (2010, 2015, 2017, 2019, 2024)


def _t(year: int, region: str | None = None) -> float:
    t = totals(year, region=region)
    return t["_valid"] / t["_electorate"]


@story(NAME)
def key(k: Key) -> None:
    f = {y: pseph_name(y) for y in YEARS}
    g = general(2024)
    regions = sorted({s.region for s in g.values()})
    T = {y: {r: _t(y, r) for r in regions} for y in YEARS}
    uk = {y: _t(y) for y in YEARS}
    N = notional2019()

    def notional(r: str) -> float:
        seats = [s for s in g.values() if s.region == r]
        return sum(int(N[s.name]["_valid"]) for s in seats) / sum(
            int(N[s.name]["_electorate"]) for s in seats
        )

    n19 = {r: notional(r) for r in regions}
    fall = {r: n19[r] - T[2024][r] for r in regions}
    k.claim(
        "Turnout at the 2024 general election was 59.7 per cent, down from 67.3 per cent in 2019",
        round(100 * uk[2024], 1) == 59.7 and round(100 * uk[2019], 1) == 67.3,
        f"valid / electorate, UK: {f[2019]} {pct(uk[2019])}; {f[2024]} {pct(uk[2024])}.",
    )
    r24 = sorted(regions, key=lambda r: -T[2024][r])
    line24 = ", ".join(f"{r} {pct(T[2024][r])}" for r in r24)
    k.claim(
        "The South West had the highest turnout of any region, 64.9 per cent",
        r24[0] == "South West" and round(100 * T[2024]["South West"], 1) == 64.9,
        f"{f[2024]}, valid / electorate by region: {line24}.",
    )
    k.claim(
        "Yorkshire and the Humber the lowest, 55.7 per cent",
        r24[-1] == "Yorkshire and The Humber" and round(100 * T[2024][r24[-1]], 1) == 55.7,
        f"{f[2024]}: lowest {r24[-1]} {pct(T[2024][r24[-1]])}, then {r24[-2]} "
        f"{pct(T[2024][r24[-2]])}.",
    )
    k.claim(
        "Turnout was lowest in Wales, at 56.2 per cent",
        r24[-1] == "Wales" and round(100 * T[2024]["Wales"], 1) == 56.2,
        f"{f[2024]}: Wales {pct(T[2024]['Wales'])} is second lowest; lowest {r24[-1]}.",
    )
    k.claim(
        "Turnout fell in every region on the notional 2019 figures",
        all(v > 0 for v in fall.values()),
        "PSEPH 58 notional 2019 -> 2024, turnout change by region: "
        + ", ".join(f"{r} {-100 * fall[r]:+.2f}" for r in regions)
        + ".",
    )
    by_fall = sorted(regions, key=lambda r: -fall[r])
    k.claim(
        "Wales saw the biggest fall, more than ten points",
        by_fall[0] == "Wales" and fall["Wales"] > 0.10,
        f"largest falls on notional 2019: {by_fall[0]} {100 * fall[by_fall[0]]:.2f}, "
        f"{by_fall[1]} {100 * fall[by_fall[1]]:.2f}.",
    )
    k.claim(
        "Northern Ireland the smallest, 4.5 points",
        by_fall[-1] == "Northern Ireland" and round(100 * fall["Northern Ireland"], 1) == 4.5,
        f"smallest fall on notional 2019: {by_fall[-1]} {100 * fall[by_fall[-1]]:.2f}.",
    )
    k.claim(
        "London's turnout fell by more than nine points",
        fall["London"] > 0.09 and T[2019]["London"] - T[2024]["London"] > 0.09,
        f"London: notional 2019 {pct(n19['London'])}, {f[2019]} {pct(T[2019]['London'])}, "
        f"{f[2024]} {pct(T[2024]['London'])}.",
    )
    sc = "Scotland"
    k.claim(
        "Scotland's fell by 8.9 points",
        "depends",
        f"Scotland: {f[2019]} {pct(T[2019][sc])} -> {f[2024]} {pct(T[2024][sc])}: "
        f"{100 * (T[2019][sc] - T[2024][sc]):.2f} points against the actual 2019 result (true); "
        f"notional 2019 {pct(n19[sc])}: {100 * fall[sc]:.2f} against the notional figures the "
        "paragraph uses (false).",
    )
    top = sorted(g.values(), key=lambda s: -s.turnout)
    hb = g["Harpenden and Berkhamsted"]
    k.claim(
        "Harpenden and Berkhamsted had the highest turnout of any seat, 75.2 per cent, and went "
        "to the Liberal Democrats",
        top[0] is hb and round(100 * hb.turnout, 1) == 75.2 and hb.first == "LD",
        f"{f[2024]}: {hb.line()}; turnout {pct(hb.turnout)}; next {top[1].name} "
        f"{pct(top[1].turnout)}.",
    )
    ten = top[:10]
    changed = [s for s in ten if "gain" in s.result]
    k.claim(
        "Nine of the ten highest-turnout seats changed hands, eight of them Lib Dem gains",
        len(changed) == 9 and sum(s.result.startswith("LD gain") for s in changed) == 8,
        f"{f[2024]}: ten highest turnouts: "
        + ", ".join(f"{s.name} {pct(s.turnout)} '{s.result}'" for s in ten)
        + f"; eleventh {top[10].name} {pct(top[10].turnout)}: seven Lib Dem gains.",
    )
    mr = g["Manchester Rusholme"]
    k.claim(
        "Manchester Rusholme was the lowest at 40.0 per cent",
        top[-1] is mr and round(100 * mr.turnout, 1) == 40.0,
        f"{f[2024]}: lowest turnouts {top[-1].name} {pct(top[-1].turnout)}, {top[-2].name} "
        f"{pct(top[-2].turnout)}.",
    )
    hist = sorted(
        (h.total / h.electorate, h.election, h.name) for h in history() if h.total and h.electorate
    )
    k.claim(
        "the lowest turnout recorded in any seat at a general election",
        hist[0][0] > mr.turnout,
        "CBP-8647 seat turnouts (all votes / electorate), lowest: "
        + ", ".join(f"{e} {n} {pct(x)}" for x, e, n in hist[:3])
        + f"; Manchester Rusholme 2024 {pct(mr.turnout)} is not the lowest.",
    )
    peak = max(YEARS, key=lambda y: uk[y])
    k.claim(
        "Turnout peaked in 2017, at 68.8 per cent, the highest of the five elections",
        peak == 2017 and round(100 * uk[2017], 1) == 68.8,
        "UK valid / electorate: " + ", ".join(f"{y} {pct(uk[y])}" for y in YEARS) + ".",
    )
    k.claim(
        "London's turnout topped 70 per cent",
        T[2017]["London"] > 0.70,
        f"{f[2017]}: London {pct(T[2017]['London'])}.",
    )
    k.claim(
        "Scotland's was 59.2 per cent in 2024, nine years after it reached 71 per cent",
        round(100 * T[2024][sc], 1) == 59.2 and round(100 * T[2015][sc]) == 71,
        f"Scotland: {f[2015]} {pct(T[2015][sc])}; {f[2024]} {pct(T[2024][sc])}.",
    )
    k.claim(
        "in the wake of the independence referendum",
        None,
        "a cause; the referendum is not in the files",
    )
    best = {y: max(regions, key=lambda r: T[y][r]) for y in YEARS}
    k.claim(
        "The South West has had the highest turnout of any region at every election since 2010",
        all(b == "South West" for b in best.values()),
        "highest region by election: "
        + ", ".join(f"{y} {best[y]} {pct(T[y][best[y]])}" for y in YEARS)
        + f"; South West 2015 {pct(T[2015]['South West'])}.",
    )
    worst = {y: min(regions, key=lambda r: T[y][r]) for y in YEARS}
    k.claim(
        "Northern Ireland had the lowest turnout of any region at every election from 2010 to 2019",
        all(worst[y] == "Northern Ireland" for y in YEARS[:-1]),
        "lowest region by election: "
        + ", ".join(f"{y} {worst[y]} {pct(T[y][worst[y]])}" for y in YEARS)
        + ".",
    )
    g19 = sorted(general(2019).values(), key=lambda s: s.turnout)
    k.claim(
        "In 2019 the lowest seat turnout was Kingston upon Hull East, at 49.3 per cent",
        g19[0].name == "Kingston upon Hull East" and round(100 * g19[0].turnout, 1) == 49.3,
        f"{f[2019]}: lowest {g19[0].name} {pct(g19[0].turnout)}, next {g19[1].name} "
        f"{pct(g19[1].turnout)}.",
    )
    k.claim(
        "the highest East Dunbartonshire, at 80.3 per cent",
        g19[-1].name == "East Dunbartonshire" and round(100 * g19[-1].turnout, 1) == 80.3,
        f"{f[2019]}: highest {g19[-1].name} {pct(g19[-1].turnout)}, next {g19[-2].name} "
        f"{pct(g19[-2].turnout)}.",
    )
    k.claim(
        "The Electoral Commission is reviewing whether the new voter ID rules kept people away",
        None,
        "an inquiry and a cause; not in the files",
    )
