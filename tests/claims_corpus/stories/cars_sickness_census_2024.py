"""car-free-and-long-term-sick-census-note: a research note (no year of the election printed) on
the 2024 seats of England and Wales by Census 2021 car ownership, long-term sickness, health,
students and household language, from the GB census summary file (percentages to one decimal
place; Scotland's rows have no such columns) with PSEPH 59 for who won and by how much (joined
on the ONS code)."""

from __future__ import annotations

from .._key import Key, story
from .._raw import census_summary, general, pseph_name

NAME = "car-free-and-long-term-sick-census-note"
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

    def val(name: str, col: str) -> float:
        return float(cs[name][col])

    def show(v: list[tuple[float, str]], n: int) -> str:
        return ", ".join(f"{name} {x}" for x, name in v[:n])

    cars = ranked("c21CarsNone")
    k.claim(
        "Seven in ten households in Holborn and St Pancras have no car or van, 70.3 per cent, the "
        "highest share of any seat in England and Wales",
        cars[0][1] == "Holborn and St Pancras" and cars[0][0] == 70.3 and cars[1][0] < 70.3,
        f"{SUM} c21CarsNone ({len(cars)} seats of England and Wales): {show(cars, 2)}.",
    )
    k.claim(
        "It is the prime minister's constituency",
        None,
        "An office: not in the files.",
    )
    hsp = seat("Holborn and St Pancras")
    k.claim(
        "where his majority was 11,572",
        hsp.majority == 11572,
        f"{P24} {hsp.line()}.",
    )
    k.claim(
        "Islington South and Finsbury is second, on 69.3 per cent",
        cars[1][1] == "Islington South and Finsbury" and cars[1][0] == 69.3,
        f"{SUM} c21CarsNone: {show(cars, 3)}.",
    )
    ten = [name for _, name in cars[:10]]
    k.claim(
        "The ten seats with the fewest cars are all in London, and every one of them returned a "
        "Labour MP",
        cars[9][0] > cars[10][0]
        and all(cs[n]["Region"] == "London" for n in ten)
        and all(seat(n).first == "Lab" for n in ten),
        f"{SUM} c21CarsNone top ten: "
        + ", ".join(f"{n} ({cs[n]['Region']}, {seat(n).first})" for n in ten)
        + f"; eleventh {cars[10][1]} {cars[10][0]}.",
    )
    out = ranked("c21CarsNone", lambda r: r["Region"] != "London")
    k.claim(
        "Outside the capital, Liverpool Riverside comes top, with more than half of households "
        "car-free",
        out[0][1] == "Liverpool Riverside" and out[0][0] > 50,
        f"{SUM} c21CarsNone outside London: {show(out, 3)}.",
    )
    k.claim(
        "followed by Manchester Rusholme",
        out[1][1] == "Manchester Rusholme",
        f"{SUM} c21CarsNone outside London: {show(out, 3)}: Ladywood is second.",
    )
    wal = ranked("c21CarsNone", lambda r: r["Country"] == "Wales")
    k.claim(
        "In Wales the highest is Swansea West, 31.3 per cent",
        wal[0][1] == "Swansea West" and wal[0][0] == 31.3,
        f"{SUM} c21CarsNone, Wales: {show(wal, 2)}.",
    )
    few = ranked("c21CarsNone", low=True)
    neh = seat("North East Hampshire")
    k.claim(
        "North East Hampshire, which the Liberal Democrats took from the Conservatives by 634 "
        "votes, has the fewest car-free households, 7.6 per cent",
        neh.result == "LD gain from Con"
        and neh.majority == 634
        and few[0][1] == "North East Hampshire"
        and few[0][0] == 7.6
        and few[1][0] > 7.6,
        f"{P24} {neh.line()}; {SUM} c21CarsNone lowest: {show(few, 4)}.",
    )
    two = ranked("c21CarsTwo")
    k.claim(
        "It also has the highest share of households with two cars, 40.7 per cent",
        two[0][1] == "North East Hampshire" and two[0][0] == 40.7 and two[1][0] < 40.7,
        f"{SUM} c21CarsTwo: {show(two, 2)}.",
    )
    low3 = [n for _, n in few[:3]]
    k.claim(
        "The Conservatives hold two of the three seats where car-free households are rarest",
        few[2][0] < few[3][0] and sum(seat(n).first == "Con" for n in low3) == 2,
        f"{SUM} c21CarsNone lowest three: "
        + ", ".join(f"{n} ({seat(n).first})" for n in low3)
        + ".",
    )
    k.claim(
        "Wokingham, with 8.7 per cent, is third-lowest",
        val("Wokingham", "c21CarsNone") == 8.7 and few[2][1] == "Wokingham",
        f"{SUM} c21CarsNone lowest: {show(few, 4)}: Wokingham is fourth.",
    )
    sick = ranked("c21InactiveLongTermSick")
    k.claim(
        "In Blaenau Gwent and Rhymney, 9.7 per cent of residents aged 16 and over are out of work "
        "through long-term sickness, the highest in England and Wales",
        sick[0][1] == "Blaenau Gwent and Rhymney" and sick[0][0] == 9.7 and sick[1][0] < 9.7,
        f"{SUM} c21InactiveLongTermSick: {show(sick, 2)}.",
    )
    six = [n for _, n in sick[:6]]
    welsh = sum(cs[n]["Country"] == "Wales" for n in six)
    k.claim(
        "five of the six seats with the highest shares are in Wales",
        sick[5][0] > sick[6][0] and welsh == 5,
        f"{SUM} c21InactiveLongTermSick top six: "
        + ", ".join(f"{n} ({cs[n]['Country']})" for n in six)
        + f": {welsh} in Wales.",
    )
    eng = ranked("c21InactiveLongTermSick", lambda r: r["Country"] == "England")
    k.claim(
        "Liverpool Walton has the highest share in England, 8.9 per cent",
        "depends",
        f"{SUM} c21InactiveLongTermSick, England: {show(eng, 3)}: Liverpool Walton and Knowsley "
        "tie at 8.9 in the one-decimal file, so Walton is joint highest (true) but not the "
        "highest alone (false); the count files hold no economic-activity table to break it.",
    )
    vb = ranked("c21HealthVeryBad")
    k.claim(
        "Blaenau Gwent and Rhymney also has the highest share of residents in very bad health, "
        "2.5 per cent",
        vb[0][1] == "Blaenau Gwent and Rhymney" and vb[0][0] == 2.5 and vb[1][0] < 2.5,
        f"{SUM} c21HealthVeryBad: {show(vb, 2)}.",
    )
    st = ranked("c21InactiveFTStudent")
    k.claim(
        "In Leeds Central and Headingley, 31.2 per cent of residents aged 16 and over are "
        "full-time students outside the labour market, the most in England and Wales",
        st[0][1] == "Leeds Central and Headingley" and st[0][0] == 31.2 and st[1][0] < 31.2,
        f"{SUM} c21InactiveFTStudent: {show(st, 2)}.",
    )
    k.claim(
        "Nottingham South comes second",
        st[1][1] == "Nottingham South",
        f"{SUM} c21InactiveFTStudent: {show(st, 3)}: Sheffield Central is second.",
    )
    bc = seat("Bristol Central")
    green_from_lab = [s.name for s in general(2024).values() if s.result == "Green gain from Lab"]
    k.claim(
        "Bristol Central, the Greens' only gain from Labour, is fifth at 22.3 per cent",
        green_from_lab == ["Bristol Central"]
        and st[4][1] == "Bristol Central"
        and st[4][0] == 22.3,
        f"{P24}: Green gains from Labour: {green_from_lab}; {SUM} c21InactiveFTStudent: "
        f"{show(st, 6)}.",
    )
    k.claim(
        "was won by 10,407 votes",
        bc.majority == 10407,
        f"{P24} {bc.line()}.",
    )
    en = ranked("c21EnglishNone")
    k.claim(
        "In Leicester East a quarter of households have no one who speaks English as a main "
        "language, the highest share in England and Wales",
        en[0][1] == "Leicester East" and en[0][0] == 25.0 and en[1][0] < 25.0,
        f"{SUM} c21EnglishNone (households with no one whose main language is English): "
        f"{show(en, 2)}.",
    )
    le = seat("Leicester East")
    con_from_lab = [s.name for s in general(2024).values() if s.result == "Con gain from Lab"]
    k.claim(
        "It was the only seat the Conservatives gained from Labour anywhere, by 4,426 votes",
        con_from_lab == ["Leicester East"] and le.majority == 4426,
        f"{P24}: Conservative gains from Labour: {con_from_lab}; {le.line()}.",
    )
    k.claim(
        "Brent West is next on 22.9 per cent",
        en[1][1] == "Brent West" and en[1][0] == 22.9,
        f"{SUM} c21EnglishNone: {show(en, 3)}.",
    )
    k.claim(
        "Scotland's census, held a year later, asked about cars too",
        None,
        "The questions of Scotland's census: not in the files (its summary-file car columns are "
        "empty).",
    )
