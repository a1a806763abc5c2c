"""chapel-and-pension-wales-south-west-census-note: a think-tank note (no election year printed)
ranking the 2024 seats of Wales and the South West by the Census 2021 count files (religion, age,
general health, NS-SeC; shares of each topic's total with 'Does not apply' dropped), with the
2024 winner from PSEPH 59 joined on the ONS code."""

from __future__ import annotations

from collections.abc import Callable

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, pseph_name

NAME = "chapel-and-pension-wales-south-west-census-note"
P = pseph_name(2024)
C = "Census 2021 (census21_wpc_{})"
O65 = ("Aged 65 to 69 years", "Aged 70 to 74 years", "Aged 75 to 79 years",
       "Aged 80 to 84 years", "Aged 85 years and over")  # fmt: skip
TOPJOBS = (
    "L1 and L2: Large employers and higher managerial and administrative occupations",
    "L3: Higher professional occupations",
)


def _share(topic: str, cats: tuple[str, ...]) -> Callable[[str], float]:
    c = census_counts(topic)
    return lambda n: sum(c[n][x] for x in cats) / c[n]["_total"]


def _rank(seats: list[str], f: Callable[[str], float], top: bool = True) -> list[str]:
    return sorted(seats, key=lambda n: -f(n) if top else f(n))


def _show(seats: list[str], f: Callable[[str], float], k: int = 3) -> str:
    cs = census_seat()
    return ", ".join(f"{n} {pct(f(n))} ({cs[n].first})" for n in seats[:k])


@story(NAME)
def key(k: Key) -> None:
    cs = census_seat()
    ew = list(cs)
    wales = [n for n in ew if cs[n].country == "Wales"]
    sw = [n for n in ew if cs[n].region == "South West"]
    norel = _share("religion", ("No religion",))
    chri = _share("religion", ("Christian",))
    old = _share("age", O65)
    bad = _share("health", ("Bad health", "Very bad health"))
    jobs = _share("nssec", TOPJOBS)
    stud = _share("nssec", ("L15: Full-time students",))
    cr, ca, ch, cn = C.format("religion"), C.format("age"), C.format("health"), C.format("nssec")

    r_ew, r_w, r_sw = _rank(ew, norel), _rank(wales, norel), _rank(sw, norel)
    k.claim(
        "In Rhondda and Ogmore more than three in five residents said they had no religion, the "
        "highest share of any seat in England and Wales",
        norel("Rhondda and Ogmore") > 0.6 and r_ew[0] == "Rhondda and Ogmore",
        f"{cr} no religion, England and Wales: {_show(r_ew, norel)}.",
    )
    k.claim(
        "Blaenau Gwent and Rhymney came second in Wales",
        r_w[1] == "Blaenau Gwent and Rhymney",
        f"{cr} no religion, Wales: {_show(r_w, norel)}.",
    )
    k.claim(
        "All ten of the least religious seats in Wales went to Labour",
        all(cs[n].first == "Lab" for n in r_w[:10]),
        f"{cr} no religion, Wales top ten, winners in {P}: {_show(r_w, norel, 10)}.",
    )
    low_w = _rank(wales, norel, top=False)
    k.claim(
        "Clwyd East has the smallest share with no religion in Wales",
        low_w[0] == "Clwyd East",
        f"{cr} no religion, Wales, lowest: {_show(low_w, norel)}.",
    )
    c_sw = _rank(sw, chri)
    k.claim(
        "Christchurch is the most Christian seat in the South West",
        c_sw[0] == "Christchurch",
        f"{cr} Christian, South West: {_show(c_sw, chri)}.",
    )
    k.claim(
        "Bristol Central is the least religious seat in the South West and third in England and "
        "Wales",
        r_sw[0] == "Bristol Central" and r_ew[2] == "Bristol Central",
        f"{cr} no religion: South West {_show(r_sw, norel, 2)}; England and Wales "
        f"{_show(r_ew, norel)}.",
    )
    k.claim(
        "fewer than a quarter of its residents call themselves Christian",
        chri("Bristol Central") < 0.25,
        f"{cr} Bristol Central Christian {pct(chri('Bristol Central'))}.",
    )
    k.claim(
        "more chapels had closed in the valleys in the last 40 years than in the century before",
        None,
        "places of worship; not in the files",
    )
    o_ew, o_sw, o_w = _rank(ew, old), _rank(sw, old), _rank(wales, old)
    k.claim(
        "Christchurch is the oldest seat in England and Wales, with more than a third of "
        "residents aged 65 or over",
        o_ew[0] == "Christchurch" and old("Christchurch") > 1 / 3,
        f"{ca} aged 65+: {_show(o_ew, old)}.",
    )
    k.claim(
        "it stayed Conservative",
        cs["Christchurch"].first == "Con" and cs["Christchurch"].result.endswith("hold"),
        f"{P} {cs['Christchurch'].line()}",
    )
    k.claim(
        "West Dorset, the second-oldest seat in England and Wales",
        o_ew[1] == "West Dorset",
        f"{ca} aged 65+, England and Wales: {_show(o_ew, old, 5)} (West Dorset is fifth).",
    )
    k.claim(
        "went to the Liberal Democrats",
        cs["West Dorset"].first == "LD",
        f"{P} {cs['West Dorset'].line()}",
    )
    k.claim(
        "of the five oldest seats in the South West the Lib Dems won four",
        [cs[n].first for n in o_sw[:5]].count("LD") == 4,
        f"{ca} aged 65+, South West: {_show(o_sw, old, 5)}.",
    )
    k.claim(
        "In Wales, Plaid Cymru won the three oldest seats",
        all(cs[n].first == "PC" for n in o_w[:3]),
        f"{ca} aged 65+, Wales: {_show(o_w, old, 4)}.",
    )
    y_sw, y_w = _rank(sw, old, top=False), _rank(wales, old, top=False)
    k.claim(
        "Bristol Central is the youngest seat in the region, with just 8 per cent over 65",
        y_sw[0] == "Bristol Central" and round(100 * old("Bristol Central")) == 8,
        f"{ca} aged 65+, South West, lowest: {_show(y_sw, old)}.",
    )
    k.claim(
        "Cardiff South and Penarth the youngest in Wales",
        y_w[0] == "Cardiff South and Penarth",
        f"{ca} aged 65+, Wales, lowest: {_show(y_w, old)}.",
    )
    b_ew = _rank(ew, bad)
    k.claim(
        "Blaenau Gwent and Rhymney has the highest share of residents in bad or very bad health of "
        "any seat in England and Wales, almost one in ten",
        b_ew[0] == "Blaenau Gwent and Rhymney" and 0.09 <= bad(b_ew[0]) < 0.1,
        f"{ch} bad or very bad health: {_show(b_ew, bad, 4)}.",
    )
    k.claim(
        "with Rhondda and Ogmore second",
        b_ew[1] == "Rhondda and Ogmore",
        f"{ch} bad or very bad health: {_show(b_ew, bad, 4)}.",
    )
    g_w, g_ew = _rank(wales, bad, top=False), _rank(ew, bad, top=False)
    k.claim(
        "Cardiff North is the healthiest seat in Wales",
        g_w[0] == "Cardiff North",
        f"{ch} bad or very bad health, Wales, lowest: {_show(g_w, bad)}.",
    )
    k.claim(
        "Bristol Central the healthiest seat in England and Wales",
        g_ew[0] == "Bristol Central",
        f"{ch} bad or very bad health, England and Wales, lowest: {_show(g_ew, bad)}.",
    )
    b_sw = _rank(sw, bad)
    k.claim(
        "bad health peaks in Torbay, where one in ten report it",
        b_sw[0] == "Torbay" and abs(bad("Torbay") - 0.1) < 0.01,
        f"{ch} bad or very bad health, South West: {_show(b_sw, bad)} (about one in 13).",
    )
    k.claim(
        "the Lib Dems held the seat",
        cs["Torbay"].first == "LD",
        f"{P} {cs['Torbay'].line()}",
    )
    j_w, j_sw = _rank(wales, jobs), _rank(sw, jobs)
    k.claim(
        "Cardiff North also has the highest share of adults in higher managerial and professional "
        "jobs in Wales, ahead of Monmouthshire, which Labour won",
        j_w[:2] == ["Cardiff North", "Monmouthshire"] and cs["Monmouthshire"].first == "Lab",
        f"{cn} L1-L3 share of residents 16+, Wales: {_show(j_w, jobs)}.",
    )
    k.claim(
        "South Cotswolds is second only to Bristol Central on the same measure",
        j_sw[:2] == ["Bristol Central", "South Cotswolds"],
        f"{cn} L1-L3, South West: {_show(j_sw, jobs)}.",
    )
    s_sw = _rank(sw, stud)
    k.claim(
        "Students make up nearly three in ten adults in Bristol Central, the highest share in the "
        "region",
        s_sw[0] == "Bristol Central" and 0.28 <= stud("Bristol Central") < 0.3,
        f"{cn} full-time students, South West: {_show(s_sw, stud)}.",
    )
    k.claim(
        "with Exeter second at almost a quarter",
        s_sw[1] == "Exeter" and 0.23 <= stud("Exeter") < 0.25,
        f"{cn} full-time students, South West: {_show(s_sw, stud)}.",
    )
    k.claim(
        "Cardiff South and Penarth, where almost a quarter of adults are full-time students, has a "
        "higher share than Bristol Central",
        0.23 <= stud("Cardiff South and Penarth") < 0.25
        and stud("Cardiff South and Penarth") > stud("Bristol Central"),
        f"{cn} full-time students: Cardiff South and Penarth "
        f"{pct(stud('Cardiff South and Penarth'))}, Bristol Central {pct(stud('Bristol Central'))}.",
    )
    k.claim(
        "when many students had gone home",
        None,
        "where students were on census day; not in the files",
    )
