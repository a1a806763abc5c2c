"""scotland-oldest-youngest-seats-census-note: a briefing note (no year printed) on the 57 Scottish
seats of 2024 by age, English proficiency, population and country of birth, from the GB census
summary file (Scotland's rows come from Scotland's Census 2022; percentages to one decimal
place; age groups summed from the file's bands) with PSEPH 59 for who won (joined on the ONS
code). Coverage read: ONS, "Language in England and Wales: 2011" and Nomis TS024 (the style of
a census note); The National, Oct 2024, for Scottish coverage of results."""

from __future__ import annotations

from .._key import Key, story
from .._raw import census_summary, general, pseph_name

NAME = "scotland-oldest-youngest-seats-census-note"
P24 = pseph_name(2024)
SUM = "census summary file (Scotland rows)"
OLD = ["c21Age65to69", "c21Age70to74", "c21Age75to79", "c21Age80to84", "c21Age85plus"]
KIDS = ["c21Age0to4", "c21Age5to9", "c21Age10to15"]


@story(NAME)
def key(k: Key) -> None:
    cs = {n: r for n, r in census_summary().items() if r["Country"] == "Scotland"}
    by_code = {s.code: s for s in general(2024).values()}

    def val(name: str, cols: list[str]) -> float:
        return round(sum(float(cs[name][c]) for c in cols), 1)

    def ranked(cols: list[str]) -> list[tuple[float, str]]:
        return sorted(((val(n, cols), n) for n in cs), key=lambda x: -x[0])

    def seat(name: str):  # noqa: ANN202 - the PSEPH 59 row of a census-file seat
        return by_code[cs[name]["ONSConstID"]]

    def show(v: list[tuple[float, str]], n: int) -> str:
        return ", ".join(f"{name} {x}" for x, name in v[:n])

    k.claim(
        "Scotland's 57 constituencies",
        len(cs) == 57,
        f"{SUM}: {len(cs)} Scottish rows.",
    )
    k.claim(
        "Scotland's census was held a year later than those in England, Wales and Northern "
        "Ireland, because of the pandemic",
        None,
        "Census dates: not in the files.",
    )
    old = ranked(OLD)
    ab = seat("Argyll, Bute and South Lochaber")
    k.claim(
        "Argyll, Bute and South Lochaber has the highest share of residents aged 65 and over, 27.1 "
        "per cent",
        old[0] == (27.1, "Argyll, Bute and South Lochaber"),
        f"{SUM} 65+ (sum of c21Age65to69..c21Age85plus): {show(old, 3)}.",
    )
    k.claim(
        "Brendan O'Hara holding it by 6,232 votes",
        ab.result == "SNP hold" and ab.majority == 6232 and ab.winner_name == "Brendan O'Hara",
        f"{P24} {ab.line()}.",
    )
    dg = seat("Dumfries and Galloway")
    k.claim(
        "Dumfries and Galloway comes second on 26.9 per cent; there the Conservative John Cooper "
        "held on by 930",
        old[1] == (26.9, "Dumfries and Galloway") and dg.result == "Con hold" and dg.majority == 930,
        f"{SUM} 65+: {show(old, 3)}; {P24} {dg.line()}.",
    )  # fmt: skip
    five = [(n, seat(n).first) for _, n in old[:5]]
    k.claim(
        "Three of the five oldest seats returned Conservative MPs",
        old[4][0] > old[5][0] and sum(p == "Con" for _, p in five) == 3,
        f"{SUM} 65+ top five: "
        + ", ".join(f"{n} {x} ({seat(n).first})" for x, n in old[:5])
        + f"; sixth {old[5][1]} {old[5][0]}.",
    )
    over = [n for x, n in old if x > 25]
    k.claim(
        "more than a quarter of residents are of pensionable age in nine Scottish seats",
        len(over) == 9,
        f"{SUM} 65+ above 25%: {len(over)} seats.",
    )
    vo = ranked(["c21Age85plus"])
    md = seat("Mid Dunbartonshire")
    k.claim(
        "Mid Dunbartonshire has the largest share aged 85 and over, 3.6 per cent",
        vo[0] == (3.6, "Mid Dunbartonshire") and vo[1][0] < 3.6,
        f"{SUM} c21Age85plus: {show(vo, 3)}.",
    )
    k.claim(
        "Susan Murray won it from the SNP with a majority of 9,673",
        md.result == "LD gain from SNP" and md.majority == 9673,
        f"{P24} {md.line()}.",
    )
    k.claim(
        "Glasgow North has the smallest share aged 65 and over, 11.4 per cent, fewer than one in "
        "eight",
        old[-1] == (11.4, "Glasgow North") and 11.4 < 100 / 8,
        f"{SUM} 65+ lowest: {show(old[::-1], 3)}.",
    )
    yg = ranked(["c21Age20to24"])
    k.claim(
        "the largest share aged 20 to 24, 17.3 per cent",
        yg[0] == (17.3, "Glasgow North"),
        f"{SUM} c21Age20to24: {show(yg, 3)}.",
    )
    k.claim(
        "Dundee Central has the second-highest share in that age group",
        yg[1][1] == "Dundee Central",
        f"{SUM} c21Age20to24: {show(yg, 3)} (Dundee Central third).",
    )
    ch = ranked(KIDS)
    er = seat("East Renfrewshire")
    k.claim(
        "East Renfrewshire has the most children: one in five residents, 20.0 per cent, is under 16",
        ch[0] == (20.0, "East Renfrewshire") and ch[1][0] < 20.0,
        f"{SUM} under 16 (c21Age0to4 + c21Age5to9 + c21Age10to15): {show(ch, 3)}.",
    )
    k.claim(
        "Labour's Blair McDougall took it from the SNP with a majority of 8,421",
        er.result == "Lab gain from SNP" and er.majority == 8421,
        f"{P24} {er.line()}.",
    )
    k.claim(
        "Midlothian is second",
        ch[1][1] == "Midlothian",
        f"{SUM} under 16: {show(ch, 3)} (Midlothian third).",
    )
    ln = ranked(["c21LanguageLimitedtoNoEnglish"])
    k.claim(
        "Glasgow East has the largest share of people with limited or no English, 3.3 per cent, "
        "and the three highest shares are all in Glasgow seats",
        ln[0] == (3.3, "Glasgow East") and all(n.startswith("Glasgow") for _, n in ln[:3]),
        f"{SUM} c21LanguageLimitedtoNoEnglish: {show(ln, 4)}.",
    )
    k.claim(
        "Orkney and Shetland has the joint lowest, 0.5 per cent",
        val("Orkney and Shetland", ["c21LanguageLimitedtoNoEnglish"]) == 0.5 == ln[-1][0],
        f"{SUM} c21LanguageLimitedtoNoEnglish lowest: {show(ln[::-1], 3)}.",
    )
    pop = sorted(((int(cs[n]["c21Population"]), n) for n in cs), key=lambda x: x[0])
    k.claim(
        "Na h-Eileanan an Iar, with 26,140 residents, is by far the smallest seat in population",
        pop[0] == (26140, "Na h-Eileanan an Iar") and pop[1][0] > 1.5 * pop[0][0],
        f"{SUM} c21Population smallest: {pop[0][1]} {pop[0][0]:,}, {pop[1][1]} {pop[1][0]:,}.",
    )
    nh = seat("Na h-Eileanan an Iar")
    k.claim(
        "Labour's Torcuil Crichton won it from the SNP by 3,836 votes",
        nh.result == "Lab gain from SNP" and nh.majority == 3836,
        f"{P24} {nh.line()}.",
    )
    k.claim(
        "Orkney and Shetland, the next smallest, has 44,944",
        pop[1] == (44944, "Orkney and Shetland"),
        f"{SUM} c21Population: {pop[1][1]} {pop[1][0]:,}.",
    )
    k.claim(
        "The most populous is Edinburgh East and Musselburgh, with 113,742",
        pop[-1] == (113742, "Edinburgh East and Musselburgh"),
        f"{SUM} c21Population largest: {pop[-1][1]} {pop[-1][0]:,}, {pop[-2][1]} {pop[-2][0]:,}.",
    )
    eu = ranked(["c21BornOtherEurope"])
    k.claim(
        "Edinburgh North and Leith has the largest share of residents born elsewhere in Europe, "
        "14.0 per cent",
        eu[0] == (14.0, "Edinburgh North and Leith"),
        f"{SUM} c21BornOtherEurope: {show(eu, 3)}.",
    )
    k.claim(
        "with Aberdeen South second",
        eu[1][1] == "Aberdeen South",
        f"{SUM} c21BornOtherEurope: {show(eu, 3)} (Aberdeen South third).",
    )
