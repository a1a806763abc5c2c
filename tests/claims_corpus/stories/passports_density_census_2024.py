"""passport-map-and-crowded-seats-datablog: a data blog (no year of the election printed) on the
2024 seats of Great Britain by Census passports held and (England and Wales) population density,
from the GB census summary file (percentages and people per hectare to one decimal place) with
PSEPH 59 for who won and by how much (joined on the ONS code)."""

from __future__ import annotations

from collections import Counter

from .._key import Key, story
from .._raw import Seat, census_summary, general, pseph_name, seats_won

NAME = "passport-map-and-crowded-seats-datablog"
P24 = pseph_name(2024)
SUM = "census summary file"


@story(NAME)
def key(k: Key) -> None:
    cs = census_summary()
    by_code = {s.code: s for s in general(2024).values()}

    def ranked(col: str, keep=lambda r: True, low: bool = False) -> list[tuple[float, str]]:  # noqa: ANN001
        v = [(float(r[col]), n) for n, r in cs.items() if r[col] not in ("", "NA") and keep(r)]
        return sorted(v, key=lambda x: x[0] if low else -x[0])

    def seat(name: str) -> Seat:
        return by_code[cs[name]["ONSConstID"]]

    def show(v: list[tuple[float, str]], n: int) -> str:
        return ", ".join(f"{name} {x}" for x, name in v[:n])

    none = ranked("c21PassportNone")
    wi = seat("Na h-Eileanan an Iar")
    k.claim(
        "More than one in four residents of the Western Isles hold no passport at all, the highest "
        "share of any of the 632 constituencies in Britain",
        none[0][1] == "Na h-Eileanan an Iar" and none[0][0] > 25 and len(none) == 632,
        f"{SUM} c21PassportNone ({len(none)} seats of Great Britain): {show(none, 3)}.",
    )
    k.claim(
        "In Na h-Eileanan an Iar, 28.9 per cent have no passport",
        float(cs["Na h-Eileanan an Iar"]["c21PassportNone"]) == 28.9,
        f"{SUM} Na h-Eileanan an Iar c21PassportNone {cs['Na h-Eileanan an Iar']['c21PassportNone']}.",
    )
    k.claim(
        "The seat was taken from the SNP by Labour's Torcuil Crichton with a majority of 3,836",
        wi.result == "Lab gain from SNP" and wi.majority == 3836,
        f"{P24} {wi.line()}.",
    )
    top5 = [(x, n, cs[n]["Country"]) for x, n in none[:5]]
    k.claim(
        "Four of the five seats with the most residents lacking a passport are in Scotland; the "
        "exception is Blaenau Gwent and Rhymney, on 25.8 per cent",
        [c for *_, c in top5].count("Scotland") == 4
        and [n for _, n, c in top5 if c != "Scotland"] == ["Blaenau Gwent and Rhymney"]
        and float(cs["Blaenau Gwent and Rhymney"]["c21PassportNone"]) == 25.8,
        f"{SUM} c21PassportNone top five: " + ", ".join(f"{n} ({c}) {x}" for x, n, c in top5) + ".",
    )
    top10 = [n for _, n in none[:10]]
    countries = Counter(cs[n]["Country"] for n in top10)
    winners = Counter(seat(n).first for n in top10)
    k.claim(
        "Of the ten seats at the top of the list, six are Scottish",
        countries["Scotland"] == 6 and none[9][0] > none[10][0],
        f"{SUM} c21PassportNone top ten (10th {none[9][0]}, 11th {none[10][0]}) by country: "
        f"{dict(countries)}.",
    )
    k.claim(
        "Labour won four of them while Reform UK won two",
        winners["Lab"] == 4 and winners["RUK"] == 2,
        f"{P24} winners of the top ten: {dict(winners)} (Reform one, Great Yarmouth, not two).",
    )
    eng = ranked("c21PassportNone", keep=lambda r: r["Country"] == "England")
    gy = seat("Great Yarmouth")
    k.claim(
        "Great Yarmouth, one of Reform's five seats, has the highest share without a passport, 25.1 "
        "per cent, level with Louth and Horncastle",
        gy.first == "RUK"
        and seats_won(2024)["RUK"] == 5
        and {n for x, n in eng if x == eng[0][0]} == {"Great Yarmouth", "Louth and Horncastle"}
        and eng[0][0] == 25.1,
        f"{SUM} c21PassportNone, England: {show(eng, 3)}; {P24} {gy.line()}; Reform seats "
        f"{seats_won(2024)['RUK']}.",
    )
    low = ranked("c21PassportNone", low=True)
    k.claim(
        "only 2.6 per cent of people in the Cities of London and Westminster have no passport, with "
        "Kensington and Bayswater next on 2.7 per cent",
        low[0] == (2.6, "Cities of London and Westminster")
        and low[1] == (2.7, "Kensington and Bayswater"),
        f"{SUM} c21PassportNone lowest: {show(low, 3)}.",
    )
    k.claim(
        "The census counted expired passports too", None, "A census definition: not in the files."
    )
    uk = ranked("c21PassportUK")
    top_uk = [seat(n).first for _, n in uk[:5]]
    rw = seat("Rayleigh and Wickford")
    k.claim(
        "The highest share holding a UK passport is in Rayleigh and Wickford, 88.5 per cent",
        uk[0] == (88.5, "Rayleigh and Wickford"),
        f"{SUM} c21PassportUK: {show(uk, 3)}.",
    )
    k.claim(
        "Mark Francois, who held the seat by 5,621, is the only Conservative among the top five",
        rw.result == "Con hold" and rw.majority == 5621 and top_uk.count("Con") == 1,
        f"{P24} {rw.line()}; winners of the top five: "
        + ", ".join(f"{n} {seat(n).first}" for _, n in uk[:5])
        + ".",
    )
    uk_low = ranked("c21PassportUK", low=True)
    k.claim(
        "Brent West has the lowest share of UK passport holders, 60.3 per cent",
        uk_low[0][1] == "Brent West" and uk_low[0][0] == 60.3,
        f"{SUM} c21PassportUK lowest: {show(uk_low, 3)}.",
    )
    eu = ranked("c21PassportEU")
    k.claim(
        "where more than one in five residents, 22.1 per cent, hold one, followed by Tottenham",
        eu[0] == (22.1, "West Ham and Beckton") and eu[1][1] == "Tottenham",
        f"{SUM} c21PassportEU: {show(eu, 4)} (Brent West second, Tottenham third).",
    )
    pb = seat("Peterborough")
    out_ldn = [n for _, n in eu[:5] if cs[n]["Region"] != "London"]
    k.claim(
        "Peterborough, on 19.3 per cent, is the only seat outside London in the top five",
        out_ldn == ["Peterborough"] and float(cs["Peterborough"]["c21PassportEU"]) == 19.3,
        f"{SUM} c21PassportEU top five: "
        + ", ".join(f"{n} ({cs[n]['Region']}) {x}" for x, n in eu[:5])
        + ".",
    )
    k.claim(
        "Labour took it by just 118 votes",
        pb.result == "Lab gain from Con" and pb.majority == 118,
        f"{P24} {pb.line()}.",
    )
    ie = ranked("c21PassportIreland")
    k.claim(
        "Irish passports are most common in Brent East, 2.9 per cent",
        ie[0] == (2.9, "Brent East") and ie[1][0] < 2.9,
        f"{SUM} c21PassportIreland: {show(ie, 2)}.",
    )
    asia = ranked("c21PassportMiddleEastAndAsia")
    le = seat("Leicester East")
    con_from_lab = [s.name for s in general(2024).values() if s.result == "Con gain from Lab"]
    k.claim(
        "East Ham has the highest share holding a passport from the Middle East or Asia, 11.1 per "
        "cent",
        asia[0] == (11.1, "East Ham"),
        f"{SUM} c21PassportMiddleEastAndAsia: {show(asia, 4)}.",
    )
    k.claim(
        "Leicester East, the one seat the Conservatives gained from Labour, has 10.2 per cent",
        con_from_lab == ["Leicester East"]
        and float(cs["Leicester East"]["c21PassportMiddleEastAndAsia"]) == 10.2,
        f"{P24}: Conservative gains from Labour {con_from_lab}; {le.line()}; {SUM} "
        f"c21PassportMiddleEastAndAsia {cs['Leicester East']['c21PassportMiddleEastAndAsia']}.",
    )
    af = ranked("c21PassportAfrica")
    et = seat("Erith and Thamesmead")
    k.claim(
        "African passports are most common in Erith and Thamesmead, 5.5 per cent, where Abena "
        "Oppong-Asare's majority was 16,302",
        af[0] == (5.5, "Erith and Thamesmead") and et.majority == 16302,
        f"{SUM} c21PassportAfrica: {show(af, 2)}; {P24} {et.line()}.",
    )
    den = ranked("c21PopulationDensity")
    hx = float(cs["Hexham"]["c21PopulationDensity"])
    k.claim(
        "The most crowded seat in England and Wales is Bethnal Green and Stepney, with 186.0 people "
        "per hectare, more than 600 times the density of Hexham, on 0.3",
        den[0] == (186.0, "Bethnal Green and Stepney") and hx == 0.3 and den[0][0] / hx > 600,
        f"{SUM} c21PopulationDensity ({len(den)} seats of England and Wales): {show(den, 2)}; "
        f"Hexham {hx}; {den[0][0]} / {hx} = {den[0][0] / hx:.0f}.",
    )
    bg = seat("Bethnal Green and Stepney")
    k.claim(
        "Rushanara Ali held Bethnal Green by 1,689 over an independent",
        bg.result == "Lab hold" and bg.majority == 1689 and bg.ranked()[1].party == "Ind",
        f"{P24} {bg.line()}.",
    )
    ten = [n for _, n in den[:10]]
    in_ldn = sum(cs[n]["Region"] == "London" for n in ten)
    k.claim(
        "Seven of the ten most densely populated seats are in London",
        in_ldn == 7,
        f"{SUM} c21PopulationDensity top ten: {', '.join(ten)}; in London: {in_ldn} (all ten).",
    )
    isl = seat("Islington North")
    k.claim(
        "Islington North, which returned Jeremy Corbyn as an independent, is fourth",
        ten[3] == "Islington North" and isl.first == "Ind" and isl.winner_name.endswith("Corbyn"),
        f"{SUM} c21PopulationDensity: {show(den, 5)}; {P24} {isl.line()}.",
    )
    dlow = ranked("c21PopulationDensity", low=True)
    lowest = sorted(n for x, n in dlow if x == dlow[0][0])
    br = seat("Brecon, Radnor and Cwm Tawe")
    k.claim(
        "Hexham shares the lowest density in England and Wales with Brecon, Radnor and Cwm Tawe, a "
        "seat the Liberal Democrats won",
        lowest == ["Brecon, Radnor and Cwm Tawe", "Hexham"] and br.first == "LD",
        f"{SUM} c21PopulationDensity lowest: {show(dlow, 4)}; {P24} {br.line()}.",
    )
