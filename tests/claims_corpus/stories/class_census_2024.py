"""class-map-of-the-new-commons-census-note: a briefing note (no year printed) ranking the 2024
seats of England and Wales by Census 2021 NS-SeC (census21_wpc_nssec.csv, 'Does not apply'
dropped; the three-class grouping of the Commons Library: L1-L6 managerial, administrative and
professional, L7-L9 intermediate, L10-L13 routine and manual), with the 2024 result (PSEPH 59)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, general, hist_line, hist_seat, pseph_name

NAME = "class-map-of-the-new-commons-census-note"
SRC = "census21_wpc_nssec.csv"
P24 = pseph_name(2024)
CBP = "CBP-8647"
GROUPS = {
    "mgr": ("L1 and L2", "L3:", "L4, L5 and L6"),
    "int": ("L7:", "L8 and L9"),
    "rout": ("L10 and L11", "L12:", "L13:"),
    "nw": ("L14.1", "L14.2"),
    "stu": ("L15:",),
}


def _share(g: str, name: str) -> float:
    d = census_counts("nssec")[name]
    return sum(v for k, v in d.items() if k.startswith(GROUPS[g])) / d["_total"]


def _ew(g: str) -> float:
    c = census_counts("nssec")
    n = sum(v for d in c.values() for k, v in d.items() if k.startswith(GROUPS[g]))
    return n / sum(d["_total"] for d in c.values())


def _ranked(g: str, region: str | None = None, outside: str | None = None) -> list[str]:
    cs = census_seat()
    names = [
        n for n in census_counts("nssec")
        if (not region or cs[n].region == region) and (not outside or cs[n].region != outside)
    ]  # fmt: skip
    return sorted(names, key=lambda n: -_share(g, n))


def _top(g: str, names: list[str], k: int = 3) -> str:
    return ", ".join(f"{n} {pct(_share(g, n))}" for n in names[:k])


@story(NAME)
def key(k: Key) -> None:
    cs = census_seat()
    m, i, r = _ew("mgr"), _ew("int"), _ew("rout")
    k.claim(
        "Across England and Wales, one third of adults were in managerial, administrative and "
        "professional occupations, making it the most common category",
        0.32 <= m < 0.345 and m > max(i, r),
        f"{SRC}, England and Wales: L1-L6 {pct(m)}, L7-L9 {pct(i)}, L10-L13 {pct(r)}.",
    )
    k.claim(
        "29 per cent were in routine and manual occupations and 22 per cent in intermediate ones",
        round(100 * r) == 29 and round(100 * i) == 22,
        f"{SRC}, England and Wales: L10-L13 {pct(r)}, L7-L9 {pct(i)}.",
    )
    k.claim(
        "while many people were still on furlough",
        None,
        "employment status on Census Day; not in the seat files",
    )
    mg = _ranked("mgr")
    rp = cs["Richmond Park"]
    k.claim(
        "Richmond Park has the highest share, 55.7 per cent",
        mg[0] == "Richmond Park" and round(100 * _share("mgr", mg[0]), 1) == 55.7,
        f"{SRC} L1-L6 share, highest: {_top('mgr', mg, 5)}.",
    )
    k.claim(
        "Sarah Olney held it for the Liberal Democrats by more than 17,000",
        rp.result == "LD hold" and rp.ranked()[0].surname == "Olney" and rp.majority > 17000,
        f"{P24} {rp.line()}",
    )
    k.claim(
        "Battersea comes next",
        mg[1] == "Battersea",
        f"{SRC} L1-L6 share: {_top('mgr', mg)}.",
    )
    k.claim(
        "Hampstead and Highgate, at 53.6 per cent, is second",
        mg[1] == "Hampstead and Highgate",
        f"{SRC} L1-L6 share: {_top('mgr', mg)}; Hampstead and Highgate is third.",
    )
    top5 = mg[:5]
    lds = [n for n in top5 if cs[n].first == "LD"]
    k.claim(
        "All of the top five are in London, and the Liberal Democrats hold three of them",
        all(cs[n].region == "London" for n in top5) and len(lds) == 3,
        f"{SRC} top five: {_top('mgr', top5, 5)}; {P24} winners: "
        + ", ".join(f"{n} {cs[n].first}" for n in top5)
        + ".",
    )
    ol = _ranked("mgr", outside="London")
    wk = cs["Wokingham"]
    k.claim(
        "Outside London the most professional seat is Wokingham, at 51.6 per cent, one the Liberal "
        "Democrats took from the Conservatives",
        ol[0] == "Wokingham"
        and round(100 * _share("mgr", "Wokingham"), 1) == 51.6
        and wk.result == "LD gain from Con",
        f"{SRC} L1-L6 outside London: {_top('mgr', ol)}; {P24} {wk.line()}",
    )
    wm = _ranked("mgr", region="West Midlands")
    ks = cs["Kenilworth and Southam"]
    k.claim(
        "In the West Midlands Kenilworth and Southam, where Jeremy Wright held on, just edges out "
        "Sutton Coldfield",
        wm[:2] == ["Kenilworth and Southam", "Sutton Coldfield"] and ks.result == "Con hold",
        f"{SRC} L1-L6 in the West Midlands: {_top('mgr', wm)}; {P24} {ks.line()}",
    )
    ne = _ranked("mgr", region="North East")
    ne_con = [s.name for s in cs.values() if s.region == "North East" and s.first == "Con"]
    k.claim(
        "Stockton West, the only Conservative seat in the North East, tops that region",
        ne_con == ["Stockton West"] and ne[0] == "Stockton West",
        f"{SRC} L1-L6 in the North East: {_top('mgr', ne)}; {P24} North East Conservative "
        f"seats: {ne_con}. Newcastle upon Tyne North tops it.",
    )
    le = cs["Leicester East"]
    k.claim(
        "Leicester East has the smallest professional share of any seat, 17 per cent",
        mg[-1] == "Leicester East" and round(100 * _share("mgr", mg[-1])) == 17,
        f"{SRC} L1-L6 share, lowest: "
        + ", ".join(f"{n} {pct(_share('mgr', n))}" for n in mg[::-1][:3])
        + ".",
    )
    gains = [s.name for s in general(2024).values() if s.result == "Con gain from Lab"]
    k.claim(
        "It was also the one seat the Conservatives gained from Labour",
        gains == ["Leicester East"] and le.result == "Con gain from Lab",
        f"{P24} 'Con gain from Lab' across the UK: {gains}.",
    )
    ro = _ranked("rout")
    gg = cs["Great Grimsby and Cleethorpes"]
    k.claim(
        "Routine and manual work is most common in Great Grimsby and Cleethorpes, at 46 per cent",
        ro[0] == "Great Grimsby and Cleethorpes" and round(100 * _share("rout", ro[0])) == 46,
        f"{SRC} L10-L13 share, highest: {_top('rout', ro, 5)}.",
    )
    k.claim(
        "which Labour won back from the Conservatives with Reform second",
        gg.result == "Lab gain from Con"
        and gg.ranked()[1].party == "RUK"
        and [h.winner for h in hist_seat("Great Grimsby")][-2:] == ["lab", "con"],
        f"{P24} {gg.line()}; {CBP} Great Grimsby (the main predecessor): "
        + hist_line(hist_seat("Great Grimsby")[-4:])
        + ".",
    )
    bs = cs["Boston and Skegness"]
    k.claim(
        "Boston and Skegness, won by Reform UK's Richard Tice, is fourth",
        ro.index("Boston and Skegness") == 3
        and bs.first == "RUK"
        and bs.ranked()[0].surname == "Tice",
        f"{SRC} L10-L13 share: {_top('rout', ro, 5)}; {P24} {bs.line()}",
    )
    k.claim(
        "Bristol Central has the smallest routine and manual share of any seat",
        ro[-1] == "Bristol Central",
        f"{SRC} L10-L13 share, lowest: "
        + ", ".join(f"{n} {pct(_share('rout', n))}" for n in ro[::-1][:3])
        + "; Richmond Park's is the smallest.",
    )
    nw = _ranked("nw")
    k.claim(
        "In Bradford West more than one in five adults have never worked or are long-term "
        "unemployed, the highest share in England and Wales",
        nw[0] == "Bradford West" and _share("nw", nw[0]) > 0.2,
        f"{SRC} L14 share, highest: {_top('nw', nw)}.",
    )
    st = _ranked("stu")
    k.claim(
        "Leeds Central and Headingley has the most full-time students, 43 per cent of adults, with "
        "Sheffield Central second",
        st[:2] == ["Leeds Central and Headingley", "Sheffield Central"]
        and round(100 * _share("stu", st[0])) == 43,
        f"{SRC} L15 share, highest: {_top('stu', st)}.",
    )
    k.claim(
        "Nigel Farage's Clacton has the fewest students of any seat",
        st[-1] == "Clacton",
        f"{SRC} L15 share, lowest: "
        + ", ".join(f"{n} {pct(_share('stu', n))}" for n in st[::-1][:3])
        + "; North Norfolk has the fewest.",
    )
    k.claim('"Class has not gone away; it has moved,"', None, "a quotation")
    k.claim("who is 34", None, "an age; not in the files")
