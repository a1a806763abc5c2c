"""plaid-cymru-four-seats-analysis: Plaid Cymru at the general elections of 2010-2024 as an
analysis (years named); Welsh totals summed over the PSEPH rows of Wales; records against
CBP-8647's Wales rows (Plaid is the natSW column in Wales; shares of all votes cast)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    general,
    hist_national,
    maiden,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "plaid-cymru-four-seats-analysis"
W = "Wales"


def _hist(e: str) -> tuple[int, float, float, int]:
    """CBP-8647 Wales: Plaid seats, Plaid share of all votes, turnout, Conservative seats."""
    h = hist_national(e, W)
    return (int(h.get("won_natSW", 0)), h["natSW"] / h["_total"],
            h["_total_contested"] / h["_electorate_contested"], int(h.get("won_con", 0)))  # fmt: skip


@story(NAME)
def key(k: Key) -> None:
    years = (2010, 2015, 2017, 2019, 2024)
    g = {y: general(y) for y in years}
    f = {y: pseph_name(y) for y in years}
    t = {y: totals(y, country=W) for y in years}
    won = {y: seats_won(y, country=W) for y in years}
    hist = {e: _hist(e) for e in ELECTIONS}
    k.claim(
        "Plaid Cymru came out of the 2024 election with four MPs, matching its best ever tally",
        won[2024]["PC"] == 4 == max(max(h[0] for h in hist.values()), *(won[y]["PC"] for y in years)),
        f"{f[2024]}: PC won {won[2024]['PC']}; CBP-8647 Wales, Plaid seats: "
        + ", ".join(f"{e} {h[0]}" for e, h in hist.items() if h[0])
        + f"; 2010-2019 (PSEPH): {', '.join(str(won[y]['PC']) for y in years[:-1])}.",
    )  # fmt: skip
    k.claim(
        "194,811 votes",
        t[2024]["PC"] == 194811,
        f"{f[2024]}: Wales PC votes {t[2024]['PC']:,}.",
    )
    s24 = share_of(t[2024], "PC")
    best = max(hist.items(), key=lambda kv: kv[1][1])
    k.claim(
        "Its 14.8 per cent of the Welsh vote was the party's highest share at any Westminster "
        "election",
        round(100 * s24, 1) == 14.8 and s24 > best[1][1],
        f"{f[2024]}: Wales PC {t[2024]['PC']:,} / {t[2024]['_valid']:,} = {pct(s24)}; best in "
        f"CBP-8647 Wales: {best[0]} {pct(best[1][1])}.",
    )
    pc_gains = [s.name for s in g[2024].values() if s.result == "PC gain from Con"]
    k.claim(
        "Two of the four were gains from the Conservatives",
        len(pc_gains) == 2,
        f"{f[2024]}: 'PC gain from Con': {', '.join(pc_gains)}.",
    )
    ca = g[2024]["Caerfyrddin"]
    k.claim(
        "Ann Davies won by 4,535, pushing the former Welsh secretary Simon Hart into third",
        ca.winner_name == "Ann Davies" and ca.majority == 4535 and ca.place("Hart") == 3,
        f"{f[2024]}: {ca.line()} (his office is not in the files).",
    )
    ym = g[2024]["Ynys Môn"]
    k.claim(
        "Llinos Medi took Ynys Môn by 637",
        ym.result == "PC gain from Con" and ym.winner_name == "Llinos Medi" and ym.majority == 637,
        f"{f[2024]}: {ym.line()}.",
    )
    big = sorted((s for s in g[2024].values() if s.country == W), key=lambda s: -s.majority)
    dm = g[2024]["Dwyfor Meirionnydd"]
    k.claim(
        "Liz Saville Roberts's majority of 15,876 in Dwyfor Meirionnydd was the largest in Wales",
        dm.majority == 15876 and big[0] is dm,
        f"{f[2024]}: largest majorities in Wales: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    cp = g[2024]["Ceredigion Preseli"]
    k.claim(
        "Ben Lake held Ceredigion Preseli by 14,789",
        cp.result == "PC hold" and cp.winner_name == "Ben Lake" and cp.majority == 14789,
        f"{f[2024]}: {cp.line()}.",
    )
    sec = {y: [s.name for s in g[y].values() if s.country == W and s.ranked()[1].party == "PC"]
           for y in years}  # fmt: skip
    k.claim(
        "Plaid was runner-up in five more seats",
        len(sec[2024]) == 5,
        f"{f[2024]}: PC second in {len(sec[2024])}: {', '.join(sec[2024])}.",
    )
    con0 = [e for e, h in hist.items() if h[3] == 0]
    k.claim(
        "The Conservatives lost every one of their Welsh seats, for the first time since 1997",
        won[2024]["Con"] == 0 and won[2019]["Con"] > 0 and con0[-1] == "1997",
        f"Wales Conservative seats: {f[2019]} {won[2019]['Con']}, {f[2024]} {won[2024]['Con']}; "
        f"CBP-8647 Wales elections with none: {', '.join(con0)}: the last before 2024 was 2001.",
    )
    k.claim(
        "Labour won 28 of the 32",
        won[2024]["Lab"] == 28 and sum(won[2024].values()) == 32,
        f"{f[2024]}: Wales {dict(won[2024])}.",
    )
    tu = t[2024]["_valid"] / t[2024]["_electorate"]
    low = min(hist.items(), key=lambda kv: kv[1][2])
    lowest = tu < low[1][2] and all(t[y]["_valid"] / t[y]["_electorate"] > tu for y in years[:-1])
    k.claim(
        "Welsh turnout, 56.2 per cent, was the lowest at any general election since 1918",
        "depends" if round(100 * tu, 1) == 56.2 and lowest else False,
        f"{f[2024]}: Wales {t[2024]['_valid']:,} / {t[2024]['_electorate']:,} = {pct(tu)}; "
        f"CBP-8647 Wales (all votes / electorate, contested seats): 1918 "
        f"{pct(hist['1918'][2])}, lowest {low[0]} {pct(low[1][2])}: the lowest of every "
        "election in the files from 1918 on (true), but not the lowest since an election of "
        "1918 that was lower still (false: 1918 was higher).",
    )
    s10 = share_of(t[2010], "PC")
    k.claim(
        "In 2010 Plaid won three seats on 11.3 per cent",
        won[2010]["PC"] == 3 and round(100 * s10, 1) == 11.3,
        f"{f[2010]}: Wales PC seats {won[2010]['PC']}; {t[2010]['PC']:,} / "
        f"{t[2010]['_valid']:,} = {pct(s10)}.",
    )
    hw = maiden("Hywel Williams")
    k.claim(
        "Hywel Williams, an MP since 2001",
        hw[0]["Date"].endswith("2001"),
        f"maiden-speeches.csv: Hywel Williams, {hw[0]['Constituency']}, {hw[0]['Date']}.",
    )
    ar10 = g[2010]["Arfon"]
    k.claim(
        "taking Arfon from Labour by 1,455",
        ar10.result == "PC gain from Lab" and ar10.majority == 1455,
        f"{f[2010]}: {ar10.line()}.",
    )
    s15 = share_of(t[2015], "PC")
    k.claim(
        "Five years later its share rose to 12.1 per cent but the tally stayed at three",
        s15 > s10 and round(100 * s15, 1) == 12.1 and won[2015]["PC"] == 3,
        f"Wales PC {pct(s10)} ({f[2010]}) -> {pct(s15)} ({f[2015]}); seats {won[2015]['PC']}.",
    )
    k.claim(
        "with Plaid second in six seats",
        len(sec[2015]) == 6,
        f"{f[2015]}: PC second in {', '.join(sec[2015])}.",
    )
    ce = g[2017]["Ceredigion"]
    narrow17 = sorted((s for s in g[2017].values() if s.country == W), key=lambda s: s.majority)
    k.claim(
        "Ben Lake won Ceredigion from the Liberal Democrat Mark Williams by just 104 votes, the "
        "narrowest result in Wales that year",
        ce.result == "PC gain from LD" and ce.place("Williams") == 2 and ce.majority == 104
        and narrow17[0] is ce,
        f"{f[2017]}: {ce.line()}; narrowest in Wales: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in narrow17[:3])
        + ".",
    )  # fmt: skip
    ar17 = g[2017]["Arfon"]
    k.claim(
        "Arfon was held by only 92",
        ar17.result == "PC hold" and ar17.majority == 92,
        f"{f[2017]}: {ar17.line()}.",
    )
    s19 = share_of(t[2019], "PC")
    below = [e for e, h in hist.items() if h[1] < s19 and e < "2019"]
    k.claim(
        "In 2019 Plaid's share fell below 10 per cent, its lowest since 1992",
        s19 < 0.10 and below[-1] == "1992" and all(share_of(t[y], "PC") > s19 for y in years[:3]),
        f"{f[2019]}: Wales PC {pct(s19)}; CBP-8647 Wales Plaid shares: "
        + ", ".join(f"{e} {pct(hist[e][1])}" for e in ("1987", "1992", "1997", "2001"))
        + f"; 2010-2017: {', '.join(pct(share_of(t[y], 'PC')) for y in years[:3])}.",
    )  # fmt: skip
    ce19 = g[2019]["Carmarthen East and Dinefwr"]
    k.claim(
        "Jonathan Edwards's majority in Carmarthen East and Dinefwr was cut to 1,809",
        ce19.majority == 1809 and g[2017]["Carmarthen East and Dinefwr"].majority > 1809,
        f"{f[2017]}: majority {g[2017]['Carmarthen East and Dinefwr'].majority:,}; {f[2019]}: "
        f"{ce19.line()}.",
    )
    k.claim(
        "That year Plaid finished second nowhere",
        not sec[2019],
        f"{f[2019]}: Welsh seats with PC second: none.",
    )
    k.claim(
        "Party strategists now talk of Llanelli and Caerphilly as the next targets",
        None,
        "plans and targets; not in the files",
    )
