"""renters-and-graduates-london-yorkshire-census-note: a think-tank note (election year not
printed) on the 2024 seats of London and Yorkshire and the Humber by Census 2021 tenure
(households) and qualifications (usual residents aged 16 and over), from the count files;
ranks within the region named, seats joined to the 2024 results on ONS codes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, pseph_name

NAME = "renters-and-graduates-london-yorkshire-census-note"
TEN = "census21_wpc_tenure.csv (households)"
QUA = "census21_wpc_quals.csv (residents 16+)"
LON, YH = "London", "Yorkshire and The Humber"


def _soc(d: dict[str, int]) -> float:
    return (
        d["Social rented: Rents from council or Local Authority"]
        + d["Social rented: Other social rented"]
    ) / d["_total"]


def _priv(d: dict[str, int]) -> float:
    return (
        d["Private rented: Private landlord or letting agency"]
        + d["Private rented: Other private rented or lives rent free"]
    ) / d["_total"]


def _outright(d: dict[str, int]) -> float:
    return d["Owned: Owns outright"] / d["_total"]


def _own(d: dict[str, int]) -> float:
    return (
        d["Owned: Owns outright"] + d["Owned: Owns with a mortgage or loan or shared ownership"]
    ) / d["_total"]


def _deg(d: dict[str, int]) -> float:
    return next(v for c, v in d.items() if c.startswith("Level 4")) / d["_total"]


def _noq(d: dict[str, int]) -> float:
    return d["No qualifications"] / d["_total"]


@story(NAME)
def key(k: Key) -> None:
    T, Q, cs = census_counts("tenure"), census_counts("quals"), census_seat()
    f = pseph_name(2024)

    def rank(
        data: dict[str, dict[str, int]], fn: Callable[[dict[str, int]], float], region: str | None
    ) -> list[str]:
        names = [n for n in data if region is None or cs[n].region == region]
        return sorted(names, key=lambda n: -fn(data[n]))

    def show(data: dict[str, dict[str, int]], fn: Callable[[dict[str, int]], float],
             names: list[str]) -> str:  # fmt: skip
        return ", ".join(f"{n} {pct(fn(data[n]))}" for n in names)

    def summed(region: str | None) -> dict[str, int]:
        c: Counter[str] = Counter()
        for n, d in T.items():
            if region is None or cs[n].region == region:
                c.update(d)
        return dict(c)

    ew, lon = summed(None), summed(LON)
    k.claim(
        "more than three in five households own their home",
        _own(ew) > 0.6,
        f"{TEN}, England and Wales: owned outright or with a mortgage or shared ownership "
        f"{pct(_own(ew))}.",
    )
    k.claim(
        "one in five rents privately and 17 per cent rent from a social landlord",
        round(100 * _priv(ew)) == 20 and round(100 * _soc(ew)) == 17,
        f"{TEN}, England and Wales: private rented {pct(_priv(ew))}, social rented "
        f"{pct(_soc(ew))}.",
    )
    k.claim(
        "fewer than half of the capital's households own their home",
        _own(lon) < 0.5,
        f"{TEN}, London's 75 seats summed: owned {pct(_own(lon))}.",
    )
    k.claim(
        "nearly a quarter rent from a council or housing association",
        0.22 <= _soc(lon) < 0.25,
        f"{TEN}, London: social rented {pct(_soc(lon))}.",
    )
    soc_all = rank(T, _soc, None)
    k.claim(
        "Peckham has the highest share of social renters in the country: nearly half of its "
        "households",
        soc_all[0] == "Peckham" and 0.45 <= _soc(T["Peckham"]) < 0.5,
        f"{TEN}, England and Wales, highest social rented: {show(T, _soc, soc_all[:3])}.",
    )
    k.claim(
        "more than double the London average",
        _soc(T["Peckham"]) > 2 * _soc(lon),
        f"{TEN}: Peckham {pct(_soc(T['Peckham']))}, London {pct(_soc(lon))} "
        f"(x{_soc(T['Peckham']) / _soc(lon):.2f}).",
    )
    k.claim(
        "It is followed by Vauxhall and Camberwell Green and Hackney South and Shoreditch",
        soc_all[1:3] == ["Vauxhall and Camberwell Green", "Hackney South and Shoreditch"],
        f"{TEN}, second and third: {show(T, _soc, soc_all[1:3])}.",
    )
    top10 = soc_all[:10]
    k.claim(
        "The ten seats with the most social renters are all in London, and all ten elected "
        "Labour MPs",
        all(cs[n].region == LON for n in top10) and all(cs[n].first == "Lab" for n in top10),
        f"{TEN} top ten, with the {f} winner: "
        + ", ".join(f"{n} ({cs[n].region}, {cs[n].first})" for n in top10)
        + ": Islington North elected an independent.",
    )
    soc_lon = rank(T, _soc, LON)
    k.claim(
        "fewer than one in ten households rent socially in Wimbledon, the lowest in London",
        soc_lon[-1] == "Wimbledon" and _soc(T["Wimbledon"]) < 0.1,
        f"{TEN}, London, lowest social rented: {show(T, _soc, soc_lon[-3:])}.",
    )
    priv_lon, priv_all = rank(T, _priv, LON), rank(T, _priv, None)
    cw = "Cities of London and Westminster"
    k.claim(
        "The capital's highest share of private renters is in Cities of London and Westminster, "
        "47.1 per cent",
        priv_lon[0] == cw and round(100 * _priv(T[cw]), 1) == 47.1,
        f"{TEN}, London, highest private rented: {show(T, _priv, priv_lon[:2])}.",
    )
    k.claim(
        "the highest in England and Wales",
        priv_all[0] == cw,
        f"{TEN}, England and Wales, highest private rented: {show(T, _priv, priv_all[:3])}: "
        "Bristol Central is higher.",
    )
    k.claim(
        "a seat Labour gained from the Conservatives",
        cs[cw].result == "Lab gain from Con",
        f"{f} {cs[cw].line()}.",
    )
    out_lon = rank(T, _outright, LON)
    k.claim(
        "Orpington has the most households owning outright in London, 38 per cent",
        out_lon[0] == "Orpington" and round(100 * _outright(T["Orpington"])) == 38,
        f"{TEN}, London, highest owned outright: {show(T, _outright, out_lon[:2])}.",
    )
    k.claim(
        "it stayed Conservative",
        cs["Orpington"].result == "Con hold",
        f"{f} {cs['Orpington'].line()}.",
    )
    own_lon = rank(T, _own, LON)
    k.claim(
        "In Old Bexley and Sidcup, more than three-quarters of households own their home, the "
        "highest in London",
        own_lon[0] == "Old Bexley and Sidcup" and _own(T["Old Bexley and Sidcup"]) > 0.75,
        f"{TEN}, London, highest owned: {show(T, _own, own_lon[:2])}.",
    )
    k.claim(
        "Hackney South and Shoreditch has the fewest outright owners, under 8 per cent",
        out_lon[-1] == "Hackney South and Shoreditch"
        and _outright(T["Hackney South and Shoreditch"]) < 0.08,
        f"{TEN}, London, lowest owned outright: {show(T, _outright, out_lon[-2:])}: Bethnal "
        "Green and Stepney is lower.",
    )
    k.claim(
        "passed £2,000 a month in 2023",
        None,
        "rents from a property portal; not in the files",
    )
    deg_all = rank(Q, _deg, None)
    k.claim(
        "Battersea is the most-graduate seat in England and Wales: 65 per cent of residents",
        deg_all[0] == "Battersea" and round(100 * _deg(Q["Battersea"])) == 65,
        f"{QUA}, Level 4 or above, highest: {show(Q, _deg, deg_all[:3])}.",
    )
    k.claim(
        "Hampstead and Highgate and Richmond Park are close behind",
        deg_all[1:3] == ["Hampstead and Highgate", "Richmond Park"],
        f"{QUA}, second and third: {show(Q, _deg, deg_all[1:3])}.",
    )
    d10 = deg_all[:10]
    k.claim(
        "All ten of the most-graduate seats are in London",
        all(cs[n].region == LON for n in d10),
        f"{QUA} top ten: " + ", ".join(f"{n} ({cs[n].region})" for n in d10) + ".",
    )
    k.claim(
        "all but one of them elected a Labour MP",
        sum(cs[n].first != "Lab" for n in d10) == 1,
        f"{f} winners of the top ten: " + ", ".join(f"{n} {cs[n].first}" for n in d10)
        + ": two Liberal Democrats.",
    )  # fmt: skip
    noq_lon = rank(Q, _noq, LON)
    ew_ = "Edmonton and Winchmore Hill"
    k.claim(
        "Edmonton and Winchmore Hill has the highest share with no qualifications in London, "
        "nearly a quarter",
        noq_lon[0] == ew_ and 0.23 <= _noq(Q[ew_]) < 0.25,
        f"{QUA}, London, highest no qualifications: {show(Q, _noq, noq_lon[:2])}.",
    )
    deg_yh = rank(Q, _deg, YH)
    k.claim(
        "The most-graduate seat in Yorkshire and the Humber is Sheffield Hallam, where more than "
        "half of residents over 16 have a degree",
        deg_yh[0] == "Sheffield Hallam" and _deg(Q["Sheffield Hallam"]) > 0.5,
        f"{QUA}, {YH}, highest Level 4: {show(Q, _deg, deg_yh[:2])}.",
    )
    k.claim(
        "in Kingston upon Hull East it is under one in five",
        _deg(Q["Kingston upon Hull East"]) < 0.2,
        f"{QUA}: Kingston upon Hull East Level 4 {pct(_deg(Q['Kingston upon Hull East']))}.",
    )
    sc, lc = "Sheffield Central", "Leeds Central and Headingley"
    k.claim(
        "In Sheffield Central and in Leeds Central and Headingley, around 45 per cent of "
        "households rent privately",
        round(100 * _priv(T[sc])) == 45 and round(100 * _priv(T[lc])) == 45,
        f"{TEN}: {show(T, _priv, [sc, lc])}.",
    )
    soc_yh = rank(T, _soc, YH)
    sbh = "Sheffield Brightside and Hillsborough"
    k.claim(
        "Sheffield Brightside and Hillsborough leads the region for social renting, at more than "
        "a third of households",
        soc_yh[0] == sbh and _soc(T[sbh]) > 1 / 3,
        f"{TEN}, {YH}, highest social rented: {show(T, _soc, soc_yh[:2])}.",
    )
    noq_yh = rank(Q, _noq, YH)
    k.claim(
        "Bradford East has the highest share of residents with no qualifications in the region",
        noq_yh[0] == "Bradford East",
        f"{QUA}, {YH}, highest no qualifications: {show(Q, _noq, noq_yh[:2])}: Bradford West "
        "is first.",
    )
    own_yh = rank(T, _own, YH)
    k.claim(
        "York Outer, the seat in the region with the most home owners, switched to Labour",
        own_yh[0] == "York Outer" and cs["York Outer"].result == "Lab gain from Con",
        f"{TEN}, {YH}, highest owned: {show(T, _own, own_yh[:2])}; {f} {cs['York Outer'].line()}.",
    )
    k.claim(
        '"Housing is the dividing line in British politics now," one pollster told us',
        None,
        "a quotation",
    )
