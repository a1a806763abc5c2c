"""wafer-thin-majorities-2010-2024-explainer: an explainer (years named) on the narrowest results
of the 2010-2024 general elections, from PSEPH 55-59 (majority = first - second, as the
constituency rows give it)."""

from __future__ import annotations

from .._key import Key, story
from .._raw import Seat, general, pseph_name

NAME = "wafer-thin-majorities-2010-2024-explainer"
YEARS = (2010, 2015, 2017, 2019, 2024)


def _under(year: int, n: int) -> list[Seat]:
    return sorted((s for s in general(year).values() if s.majority < n), key=lambda s: s.majority)


def _names(seats: list[Seat]) -> str:
    return ", ".join(f"{s.name} {s.first} {s.majority}" for s in seats)


@story(NAME)
def key(k: Key) -> None:
    u = {y: _under(y, 100) for y in YEARS}
    counts = ", ".join(f"{y} {len(u[y])}" for y in YEARS)
    k.claim(
        "In 2024, seven seats were decided by fewer than 100 votes",
        len(u[2024]) == 7,
        f"{pseph_name(2024)}: majorities under 100: {_names(u[2024])}.",
    )
    k.claim(
        "up from just one in 2019",
        len(u[2019]) == 1,
        f"{pseph_name(2019)}: majorities under 100: {_names(u[2019])}.",
    )
    k.claim(
        "the most in any election since 2010",
        all(len(u[y]) < 7 for y in YEARS[:-1]),
        f"PSEPH 55-59, seats won by under 100: {counts} (2017 had more).",
    )
    g = general(2024)
    h = g["Hendon"]
    k.claim(
        "The closest was Hendon, where Labour's David Pinto-Duschinsky won by 15 votes",
        u[2024][0].name == "Hendon" and h.first == "Lab" and h.majority == 15,
        f"{pseph_name(2024)} {h.line()}",
    )
    p = g["Poole"]
    k.claim(
        "unseated the veteran Sir Robert Syms in Poole by 18",
        p.first == "Lab"
        and p.majority == 18
        and any(c.surname == "Syms" and c.sitting for c in p.cands),
        f"{pseph_name(2024)} {p.line()}; Syms sitting: "
        f"{[c.sitting for c in p.cands if c.surname == 'Syms']}.",
    )
    k.claim(
        "the Conservative chairman parachuted into Essex", None, "a party office; not in the files"
    )
    b = g["Basildon and Billericay"]
    k.claim(
        "held Basildon and Billericay by 20 votes",
        b.first == "Con" and b.majority == 20,
        f"{pseph_name(2024)} {b.line()}",
    )
    sb = g["South Basildon and East Thurrock"]
    k.claim(
        "Reform UK took South Basildon and East Thurrock by 98",
        sb.first == "RUK" and sb.majority == 98,
        f"{pseph_name(2024)} {sb.line()}",
    )
    nw = g["North West Cambridgeshire"]
    k.claim(
        "Shailesh Vara lost North West Cambridgeshire by 39",
        nw.first != "Con" and nw.majority == 39 and nw.ranked()[1].surname == "Vara",
        f"{pseph_name(2024)} {nw.line()}",
    )
    hv = g["Havant"]
    k.claim(
        "Alan Mak clung on in Havant by 92",
        hv.first == "Con" and hv.majority == 92 and hv.winner_name.endswith("Mak"),
        f"{pseph_name(2024)} {hv.line()}",
    )
    cons = sorted((s for s in g.values() if s.first == "Con"), key=lambda s: s.majority)
    k.claim(
        "Central Devon, where Mel Stride survived by 61, was the narrowest Conservative hold in "
        "the country",
        g["Central Devon"].majority == 61 and cons[0].name == "Central Devon",
        f"{pseph_name(2024)} narrowest Conservative wins: {_names(cons[:3])} "
        "(Basildon and Billericay was narrower).",
    )
    parties = [s.first for s in u[2024]]
    k.claim(
        "Labour and the Conservatives won three each",
        parties.count("Lab") == 3 and parties.count("Con") == 3,
        f"{pseph_name(2024)} winners of the seats under 100: {parties}.",
    )
    t = {y: sum(s.majority < 1000 for s in general(y).values()) for y in YEARS}
    k.claim(
        "in 2024, 51 seats were won by fewer than 1,000 votes, the same number as in 2017",
        t[2024] == 51 and t[2017] == 51,
        "PSEPH 55-59, seats won by under 1,000: " + ", ".join(f"{y} {t[y]}" for y in YEARS) + ".",
    )
    k.claim(
        "nine seats were won by fewer than 100 votes",
        len(u[2017]) == 9,
        f"{pseph_name(2017)}: majorities under 100 ({len(u[2017])}): {_names(u[2017])}.",
    )
    g17 = general(2017)
    nf = g17["North East Fife"]
    k.claim(
        "North East Fife went to the SNP by two votes",
        nf.first == "SNP" and nf.majority == 2,
        f"{pseph_name(2017)} {nf.line()}",
    )
    k.claim("after three recounts", None, "recounts; not in the files")
    si = g17["Southampton, Itchen"]
    k.claim(
        "In Southampton Itchen the Conservatives held on by 31",
        si.first == "Con" and si.majority == 31 and si.result.endswith("hold"),
        f"{pseph_name(2017)} {si.line()}",
    )
    g10 = general(2010)
    fe = g10["Fermanagh and South Tyrone"]
    k.claim(
        "the smallest margin belonged to Fermanagh and South Tyrone, which Sinn Féin held by four "
        "votes over an independent unionist",
        u[2010][0].name == fe.name and fe.first == "SF" and fe.majority == 4 and fe.second == "Ind",
        f"{pseph_name(2010)} {fe.line()}",
    )
    k.claim("the former actress", None, "an occupation; not in the files")
    hk = g10["Hampstead and Kilburn"]
    r = hk.ranked()
    k.claim(
        "held Hampstead and Kilburn by 42 votes, with the Liberal Democrats less than 900 behind "
        "in third",
        hk.first == "Lab" and hk.majority == 42 and r[2].party == "LD"
        and r[0].votes - r[2].votes < 900,
        f"{pseph_name(2010)} {hk.line()}; Lab - LD = {r[0].votes - r[2].votes}.",
    )  # fmt: skip
    nwk = g10["North Warwickshire"]
    k.claim(
        "Labour's Mike O'Brien lost North Warwickshire by 54",
        nwk.second == "Lab" and nwk.majority == 54,
        f"{pseph_name(2010)} {nwk.line()}",
    )
    cr = g10["Camborne and Redruth"]
    k.claim(
        "the Lib Dems lost Camborne and Redruth to Labour by 66",
        cr.first == "Lab" and cr.second == "LD" and cr.majority == 66,
        f"{pseph_name(2010)} {cr.line()} (lost to the Conservatives).",
    )
    th, bw = g10["Thurrock"], g10["Bolton West"]
    k.claim(
        "Thurrock and Bolton West were both decided by 92 votes",
        th.majority == bw.majority == 92,
        f"{pseph_name(2010)} {th.line()} / {bw.line()}",
    )
    k.claim(
        "Only three seats were won by fewer than 100 votes in 2015",
        len(u[2015]) == 3,
        f"{pseph_name(2015)}: majorities under 100: {_names(u[2015])}.",
    )
    g19 = general(2019)
    f19 = g19["Fermanagh and South Tyrone"]
    k.claim(
        "the one sub-100 result was again Fermanagh and South Tyrone, held by Sinn Féin by 57 votes",
        u[2019] == [f19] and f19.first == "SF" and f19.majority == 57,
        f"{pseph_name(2019)} {f19.line()}",
    )
    gb = sorted(
        (s for s in g19.values() if s.country != "Northern Ireland"), key=lambda s: s.majority
    )
    k.claim(
        "Bury North, won by the Conservatives by 105, was the narrowest result in Britain",
        gb[0].name == "Bury North" and gb[0].first == "Con" and gb[0].majority == 105,
        f"{pseph_name(2019)} narrowest outside Northern Ireland: {_names(gb[:3])}.",
    )
    bd = g19["Bedford"]
    k.claim(
        "Labour held Bedford by 154",
        bd.first == "Lab" and bd.majority == 154,
        f"{pseph_name(2019)} {bd.line()} (145, not 154).",
    )
    ke, ke17 = g19["Kensington"], g17["Kensington"]
    k.claim(
        "Kensington changed hands again, the Conservatives winning it back by 150",
        ke17.first == "Lab" and ke.first == "Con" and ke.majority == 150,
        f"{pseph_name(2017)} Kensington {ke17.first} by {ke17.majority}; {pseph_name(2019)} "
        f"{ke.line()}",
    )
    k.claim(
        "a full recount of a typical seat takes three to four hours",
        None,
        "count procedure; not in the files",
    )
