"""born-abroad-diverse-seats-census-briefing: 2024 seats of England and Wales by country of
birth and ethnic group (census21_wpc_birth.csv and census21_wpc_ethnicity5.csv counts, joined
to the 2024 results on the ONS code; 'Does not apply' dropped), no year printed."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, pseph_name

NAME = "born-abroad-diverse-seats-census-briefing"
W = "White"
A = "Asian, Asian British or Asian Welsh"
B = "Black, Black British, Black Welsh, Caribbean or African"
F_BIRTH = "census21_wpc_birth.csv"
F_ETH = "census21_wpc_ethnicity5.csv"


def _abroad(d: dict[str, int]) -> float:
    """Share born outside the UK: every category not under 'Europe: United Kingdom'."""
    out = sum(
        v for k, v in d.items() if k != "_total" and not k.startswith("Europe: United Kingdom")
    )
    return out / d["_total"]


@story(NAME)
def key(k: Key) -> None:
    cs, f = census_seat(), pseph_name(2024)
    birth, eth = census_counts("birth"), census_counts("ethnicity5")
    k.claim(
        "the 575 seats of England and Wales",
        len(birth) == len(eth) == 575,
        f"{F_BIRTH} and {F_ETH}: {len(birth)} and {len(eth)} constituencies.",
    )
    tot = sum(d["_total"] for d in birth.values())
    ab = sum(_abroad(d) * d["_total"] for d in birth.values())
    k.claim(
        "Across England and Wales, roughly one in six residents was born outside the UK",
        abs(ab / tot - 1 / 6) < 0.01,
        f"{F_BIRTH}: {ab:,.0f} / {tot:,} = {pct(ab / tot)} (one in six is 16.67%).",
    )
    rb = sorted(birth, key=lambda n: -_abroad(birth[n]))
    k.claim(
        "In Brent West the figure is 62 per cent, the highest of any seat",
        rb[0] == "Brent West" and round(100 * _abroad(birth["Brent West"])) == 62,
        f"{F_BIRTH}, born outside the UK, highest first: "
        + ", ".join(f"{n} {pct(_abroad(birth[n]))}" for n in rb[:3])
        + ".",
    )
    bw = cs["Brent West"]
    k.claim(
        "Barry Gardiner held it for Labour by 3,793 votes",
        bw.result == "Lab hold" and bw.majority == 3793,
        f"{f}: {bw.line()}.",
    )
    top10 = rb[:10]
    k.claim(
        "All ten seats with the most residents born abroad are in London",
        all(cs[n].region == "London" for n in top10),
        f"{F_BIRTH} top ten: " + ", ".join(f"{n} ({cs[n].region})" for n in top10) + ".",
    )
    won = {n: cs[n].first for n in top10}
    k.claim(
        "Labour won nine of them; the exception, Harrow East, stayed Conservative",
        sum(v == "Lab" for v in won.values()) == 9
        and won.get("Harrow East") == "Con"
        and cs["Harrow East"].result == "Con hold",
        f"{f} winners of the ten: " + ", ".join(f"{n} {p}" for n, p in won.items()) + ".",
    )
    he = cs["Harrow East"]
    k.claim(
        "Bob Blackman re-elected by 11,680 votes",
        he.winner_name == "Bob Blackman" and he.majority == 11680,
        f"{f}: {he.line()}.",
    )
    out = [n for n in rb if cs[n].region != "London"]
    k.claim(
        "Outside the capital, Leicester East has the highest share born abroad, just over half",
        out[0] == "Leicester East" and 0.5 < _abroad(birth["Leicester East"]) < 0.52,
        f"{F_BIRTH}, outside London: "
        + ", ".join(f"{n} {pct(_abroad(birth[n]))}" for n in out[:3])
        + ".",
    )
    k.claim(
        "where two in five residents were born outside the UK",
        round(_abroad(birth["Leicester South"]), 2) == 0.40,
        f"{F_BIRTH}: Leicester South {pct(_abroad(birth['Leicester South']))}.",
    )
    ls = cs["Leicester South"]
    k.claim(
        "the independent Shockat Adam unseated Labour's Jonathan Ashworth by 979 votes",
        ls.result == "Ind gain from Lab" and ls.majority == 979 and ls.place("Ashworth") == 2,
        f"{f}: {ls.line()}.",
    )
    least = rb[-1]
    k.claim(
        "Easington has the smallest share of residents born abroad in England and Wales, fewer "
        "than three in a hundred",
        least == "Easington" and _abroad(birth["Easington"]) < 0.03,
        f"{F_BIRTH}, lowest first: "
        + ", ".join(f"{n} {100 * _abroad(birth[n]):.3f}%" for n in rb[::-1][:4])
        + "; Easington is fourth lowest.",
    )

    def sh(n: str, g: str) -> float:
        return eth[n][g] / eth[n]["_total"]

    lw = sorted(eth, key=lambda n: sh(n, W))
    k.claim(
        "Leicester East is also the least White seat in England and Wales, with barely one in "
        "five residents White",
        lw[0] == "Leicester East" and 0.2 <= sh("Leicester East", W) < 0.21,
        f"{F_ETH}, White share, lowest first: "
        + ", ".join(f"{n} {pct(sh(n, W))}" for n in lw[:3])
        + ".",
    )
    asn = sorted(eth, key=lambda n: -sh(n, A))
    k.claim(
        "the most Asian, at more than two-thirds",
        asn[0] == "Leicester East" and sh("Leicester East", A) > 2 / 3,
        f"{F_ETH}, Asian share: " + ", ".join(f"{n} {pct(sh(n, A))}" for n in asn[:2]) + ".",
    )
    k.claim(
        "Birmingham Perry Barr, won by an independent, is the third least White",
        lw[2] == "Birmingham Perry Barr" and cs["Birmingham Perry Barr"].first == "Ind",
        f"{F_ETH}: third lowest White share {lw[2]} {pct(sh(lw[2], W))}; {f}: "
        f"{cs['Birmingham Perry Barr'].line()}.",
    )
    bl = sorted(eth, key=lambda n: -sh(n, B))
    k.claim(
        "Peckham has the highest share of Black residents, just over a third",
        bl[0] == "Peckham" and 1 / 3 < sh("Peckham", B) < 0.35,
        f"{F_ETH}, Black share: {bl[0]} {pct(sh(bl[0], B))}.",
    )
    k.claim(
        "with Croydon West second",
        bl[1] == "Croydon West",
        f"{F_ETH}, Black share: "
        + ", ".join(
            f"{n} {eth[n][B]:,} / {eth[n]['_total']:,} = {100 * sh(n, B):.3f}%" for n in bl[1:3]
        )  # fmt: skip
        + "; Erith and Thamesmead is second by the counts.",
    )
    wh = sorted(eth, key=lambda n: -sh(n, W))
    k.claim(
        "The whitest seat is Dwyfor Meirionnydd",
        wh[0] == "Dwyfor Meirionnydd",
        f"{F_ETH}, White share, highest first (all 98.2% to one decimal; the counts break the "
        "tie): " + ", ".join(f"{n} {100 * sh(n, W):.4f}%" for n in wh[:3]) + ".",
    )
    dm = cs["Dwyfor Meirionnydd"]
    k.claim(
        "Liz Saville Roberts won by 15,876 votes",
        dm.first == "PC" and dm.majority == 15876,
        f"{f}: {dm.line()}.",
    )
    ruk = [n for n in eth if cs[n].first == "RUK"]
    k.claim(
        "Reform UK's five seats are all more than 90 per cent White",
        len(ruk) == 5 and all(sh(n, W) > 0.9 for n in ruk),
        f"{f} RUK winners, {F_ETH} White share: "
        + ", ".join(f"{n} {pct(sh(n, W))}" for n in ruk)
        + ".",
    )
    cl = cs["Clacton"]
    k.claim(
        "In Clacton, where Nigel Farage won by 8,405 votes, 96 per cent of residents are White",
        cl.winner_name == "Nigel Farage"
        and cl.majority == 8405
        and round(100 * sh("Clacton", W)) == 96,
        f"{f}: {cl.line()}; {F_ETH}: {pct(sh('Clacton', W))}.",
    )
    bs = cs["Boston and Skegness"]
    k.claim(
        "Boston and Skegness, which Richard Tice took by 2,010 votes",
        bs.result == "RUK gain from Con" and bs.majority == 2010,
        f"{f}: {bs.line()}.",
    )
    x = _abroad(birth["Boston and Skegness"])
    k.claim(
        "about one in six residents was born abroad",
        abs(x - 1 / 6) < 0.01,
        f"{F_BIRTH}: Boston and Skegness {pct(x)} (one in six is 16.67%).",
    )
    bc = cs["Bristol Central"]
    k.claim(
        "Bristol Central, which the Greens took from Labour by 10,407 votes",
        bc.result == "Green gain from Lab" and bc.majority == 10407,
        f"{f}: {bc.line()} (the result is against the notional 2019 Labour win).",
    )
    x = _abroad(birth["Bristol Central"])
    k.claim(
        "about a quarter of its residents were born in another country",
        abs(x - 0.25) < 0.015,
        f"{F_BIRTH}: Bristol Central {pct(x)}.",
    )
    k.claim(
        "turnout among recent arrivals was low, though no official figures exist",
        None,
        "turnout by country of birth is not published; not in the files",
    )
