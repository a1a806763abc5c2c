"""retired-jobless-factory-seats-census-note: a research note (no year printed) on the 2024 seats
of England and Wales by Census 2021 economic activity, living alone and industry, from the GB
census summary file (percentages to one decimal place; Scotland's rows have no such columns)
with PSEPH 59 for who won and by how much (joined on the ONS code). Coverage read: ONS, "Language
in England and Wales: 2011" and Nomis TS024 for the census-note style; BBC News, Jan 2013,
"Census reveals language use detail"."""

from __future__ import annotations

from .._key import Key, story
from .._raw import census_summary, general, pseph_name

NAME = "retired-jobless-factory-seats-census-note"
P24 = pseph_name(2024)
SUM = "census summary file"


@story(NAME)
def key(k: Key) -> None:
    cs = census_summary()
    by_code = {s.code: s for s in general(2024).values()}

    def ranked(col: str, keep=lambda r: True, low: bool = False) -> list[tuple[float, str]]:
        v = [(float(r[col]), n) for n, r in cs.items() if r[col] not in ("", "NA") and keep(r)]
        return sorted(v, key=lambda x: x[0] if low else -x[0])

    def seat(name: str):  # noqa: ANN202 - the PSEPH 59 row of a census-file seat
        return by_code[cs[name]["ONSConstID"]]

    def show(v: list[tuple[float, str]], n: int) -> str:
        return ", ".join(f"{name} {x}" for x, name in v[:n])

    ret = ranked("c21InactiveRetired")
    k.claim(
        "Christchurch has the highest share of retired adults of any seat in England and Wales, "
        "39.4 per cent",
        ret[0] == (39.4, "Christchurch") and ret[1][0] < 39.4,
        f"{SUM} c21InactiveRetired ({len(ret)} seats of England and Wales): {show(ret, 3)}.",
    )
    ch = seat("Christchurch")
    k.claim(
        "It stayed Conservative, Sir Christopher Chope holding on by 7,455 votes",
        ch.result == "Con hold" and ch.majority == 7455 and ch.winner_name.endswith("Chope"),
        f"{P24} {ch.line()}.",
    )
    nn = seat("North Norfolk")
    k.claim(
        "North Norfolk is second on 38.3 per cent, a seat the Liberal Democrats won back from the "
        "Conservatives",
        ret[1] == (38.3, "North Norfolk") and nn.result == "LD gain from Con",
        f"{SUM} c21InactiveRetired: {show(ret, 3)}; {P24} {nn.line()}.",
    )
    cl = seat("Clacton")
    k.claim(
        "Clacton, where Nigel Farage won for Reform UK, is third",
        cl.first == "RUK" and cl.winner_name == "Nigel Farage" and ret[2][1] == "Clacton",
        f"{SUM} c21InactiveRetired: {show(ret, 4)} (Clacton fourth); {P24} {cl.line()}.",
    )
    k.claim(
        "Poplar and Limehouse has the lowest share, 5.2 per cent",
        ret[-1] == (5.2, "Poplar and Limehouse"),
        f"{SUM} c21InactiveRetired lowest: {show(ret[::-1], 3)}.",
    )
    alone = ranked("c21HouseholdOnePerson66plus")
    k.claim(
        "Clacton also has the most pensioners living on their own: more than one in five "
        "households there, 20.8 per cent",
        alone[0] == (20.8, "Clacton"),
        f"{SUM} c21HouseholdOnePerson66plus: {show(alone, 3)}.",
    )
    young = ranked("c21HouseholdOnePersonOther")
    k.claim(
        "Younger people living alone are most common in Cities of London and Westminster, 35.6 "
        "per cent of households, with Liverpool Riverside second",
        young[0] == (35.6, "Cities of London and Westminster")
        and young[1][1] == "Liverpool Riverside",
        f"{SUM} c21HouseholdOnePersonOther: {show(young, 3)}.",
    )
    k.claim(
        "the ONS has warned that the pandemic coloured the labour-market questions",
        None,
        "A statistical caveat and the census date: not in the files.",
    )
    un = ranked("c21Unemployed")
    bl = seat("Birmingham Ladywood")
    k.claim(
        "Birmingham Ladywood has the highest unemployment rate, 6.0 per cent, and Shabana "
        "Mahmood held it by 3,421 votes",
        un[0] == (6.0, "Birmingham Ladywood")
        and bl.result == "Lab hold"
        and bl.majority == 3421
        and bl.winner_name.endswith("Mahmood"),
        f"{SUM} c21Unemployed: {show(un, 3)}; {P24} {bl.line()}.",
    )
    pb = seat("Birmingham Perry Barr")
    k.claim(
        "Birmingham Perry Barr is next on 5.9 per cent; there the independent Ayoub Khan unseated "
        "Labour by 507",
        un[1] == (5.9, "Birmingham Perry Barr")
        and pb.result == "Ind gain from Lab"
        and pb.majority == 507,
        f"{SUM} c21Unemployed: {show(un, 3)}; {P24} {pb.line()}.",
    )
    k.claim(
        "York Outer has the lowest rate, 1.4 per cent",
        un[-1] == (1.4, "York Outer") and un[-2][0] > 1.4,
        f"{SUM} c21Unemployed lowest: {show(un[::-1], 3)}.",
    )
    emp = ranked("c21Employed")
    k.claim(
        "Clapham and Brixton Hill has the highest share of adults in employment, 59.5 per cent",
        emp[0] == (59.5, "Clapham and Brixton Hill"),
        f"{SUM} c21Employed: {show(emp, 3)}.",
    )
    five = [n for _, n in emp[:5]]
    k.claim(
        "Basingstoke is the only seat outside London among the five highest",
        emp[4][0] > emp[5][0]
        and [n for n in five if cs[n]["Region"] != "London"] == ["Basingstoke"],
        f"{SUM} c21Employed top five: " + ", ".join(f"{n} ({cs[n]['Region']})" for n in five) + ".",
    )
    se = ranked("c21SelfEmployedwithoutEmployees")
    k.claim(
        "Hornsey and Friern Barnet has the most self-employed people without staff, 14.3 per cent",
        se[0] == (14.3, "Hornsey and Friern Barnet"),
        f"{SUM} c21SelfEmployedwithoutEmployees: {show(se, 3)}.",
    )
    mf = ranked("c21IndustryManufacturing")
    cgain = [s.name for s in by_code.values() if s.result.startswith("Con gain")]
    le = seat("Leicester East")
    k.claim(
        "Leicester East has the largest share of workers in manufacturing, 20.6 per cent",
        mf[0] == (20.6, "Leicester East"),
        f"{SUM} c21IndustryManufacturing: {show(mf, 3)}.",
    )
    k.claim(
        "was the only seat the Conservatives gained, with a majority of 4,426",
        le.result == "Con gain from Lab" and le.majority == 4426 and cgain == [le.name],
        f"{P24} {le.line()}; Conservative gains: {cgain}.",
    )
    k.claim(
        "Scunthorpe, home of the steelworks, follows with one worker in five",
        mf[1] == (20.0, "Scunthorpe"),
        f"{SUM} c21IndustryManufacturing: {show(mf, 3)}.",
    )
    ag = ranked("c21IndustryAgriculture")
    cp = seat("Ceredigion Preseli")
    k.claim(
        "Farming is most important in Ceredigion Preseli, 8.4 per cent, held by Plaid Cymru's Ben "
        "Lake",
        ag[0] == (8.4, "Ceredigion Preseli") and cp.result == "PC hold" and cp.winner_name == "Ben Lake",
        f"{SUM} c21IndustryAgriculture: {show(ag, 3)}; {P24} {cp.line()}.",
    )  # fmt: skip
    nh = seat("North Herefordshire")
    k.claim(
        "North Herefordshire, which elected a Green MP, is third",
        nh.first == "Green" and ag[2][1] == "North Herefordshire",
        f"{SUM} c21IndustryAgriculture: {show(ag, 3)} (second, not third); {P24} {nh.line()}.",
    )
    fi = ranked("c21IndustryFinance")
    k.claim(
        "Finance peaks in Cities of London and Westminster, at 16.1 per cent",
        fi[0] == (16.1, "Cities of London and Westminster"),
        f"{SUM} c21IndustryFinance: {show(fi, 3)}.",
    )
    mi = ranked("c21IndustryMining")
    k.claim(
        "Mining and quarrying employs the largest share in Redcar",
        mi[0][1] == "Redcar",
        f"{SUM} c21IndustryMining: {show(mi, 3)}.",
    )
    wl = seat("Westmorland and Lonsdale")
    k.claim(
        "Westmorland and Lonsdale, on 1.5 per cent",
        float(cs["Westmorland and Lonsdale"]["c21Unemployed"]) == 1.5,
        f"{SUM} c21Unemployed Westmorland and Lonsdale "
        f"{cs['Westmorland and Lonsdale']['c21Unemployed']}; lowest: {show(un[::-1], 4)}.",
    )
    k.claim(
        "where Tim Farron won with a majority of 21,472",
        wl.first == "LD" and wl.winner_name == "Tim Farron" and wl.majority == 21472,
        f"{P24} {wl.line()}.",
    )
