"""north-west-census-ranks-who-won-note: the 73 North West seats of 2024 ranked within the region
by Census 2021 count files (age, tenure, qualifications, religion, health, country of birth;
'Does not apply' dropped; tenure counts households, the others usual residents, qualifications
residents aged 16+), set against the 2024 result joined on the ONS code. No year printed."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, notional_winner, pseph_name

NAME = "north-west-census-ranks-who-won-note"
OLD = ("Aged 65 to 69 years", "Aged 70 to 74 years", "Aged 75 to 79 years",
       "Aged 80 to 84 years", "Aged 85 years and over")  # fmt: skip
SOCIAL = (
    "Social rented: Rents from council or Local Authority",
    "Social rented: Other social rented",
)
PRIVATE = ("Private rented: Private landlord or letting agency",
           "Private rented: Other private rented or lives rent free")  # fmt: skip


@story(NAME)
def key(k: Key) -> None:
    cs, f = census_seat(), pseph_name(2024)
    nw = [n for n, s in cs.items() if s.region == "North West"]

    def ranked(topic: str, cats: tuple[str, ...]) -> tuple[dict[str, float], list[str]]:
        d = census_counts(topic)
        share = {n: sum(d[n][c] for c in cats) / d[n]["_total"] for n in nw}
        return share, sorted(nw, key=lambda n: -share[n])

    def top(share: dict[str, float], r: list[str], n: int = 3) -> str:
        return ", ".join(f"{x} {pct(share[x])}" for x in r[:n])

    def bottom(share: dict[str, float], r: list[str], n: int = 3) -> str:
        return ", ".join(f"{x} {pct(share[x])}" for x in r[-n:])

    k.claim(
        "The region's 73 Westminster seats",
        len(nw) == 73,
        f"{f}: {len(nw)} rows with region 'North West' (joined to the census count files).",
    )
    old, ro = ranked("age", OLD)
    src = "census21_wpc_age.csv, share aged 65+ in the North West"
    k.claim(
        "Wirral West is the oldest seat in the North West, with 28.1 per cent of residents aged 65 "
        "or over",
        ro[0] == "Wirral West" and round(100 * old["Wirral West"], 1) == 28.1,
        f"{src}: {top(old, ro)}.",
    )
    wl = cs["Westmorland and Lonsdale"]
    k.claim(
        "Westmorland and Lonsdale, the second-oldest",
        ro[1] == "Westmorland and Lonsdale",
        f"{src}: {top(old, ro)}.",
    )
    k.claim(
        "was held by Tim Farron for the Liberal Democrats",
        "depends",
        f"{f}: {wl.line()}: Farron, the sitting MP, kept his seat, but the "
        f"official result is a gain against the notional 2019 result (notional winner "
        f"{notional_winner('Westmorland and Lonsdale')}).",
    )
    fy = cs["Fylde"]
    k.claim(
        "Fylde, third on the list, stayed Conservative",
        ro[2] == "Fylde" and fy.result == "Con hold",
        f"{src}: {top(old, ro)}; {f}: {fy.line()}.",
    )
    k.claim(
        "Manchester Rusholme is the youngest: just 8.9 per cent are 65 or over",
        ro[-1] == "Manchester Rusholme" and round(100 * old["Manchester Rusholme"], 1) == 8.9,
        f"{src}: lowest {bottom(old, ro)}: Rusholme is the youngest but 8.9% is Manchester "
        "Central's figure.",
    )
    outright, rout = ranked("tenure", ("Owned: Owns outright",))
    k.claim(
        "In Sefton Central nearly half of households own their home outright, the highest share in "
        "the region",
        rout[0] == "Sefton Central" and 0.45 <= outright["Sefton Central"] < 0.5,
        f"census21_wpc_tenure.csv, households owned outright in the North West: "
        f"{top(outright, rout)}.",
    )
    soc, rsoc = ranked("tenure", SOCIAL)
    tsrc = "census21_wpc_tenure.csv, households socially rented in the North West"
    k.claim(
        "Liverpool Riverside has the largest share of social renters in the North West, more than "
        "a third of households",
        rsoc[0] == "Liverpool Riverside" and soc["Liverpool Riverside"] > 1 / 3,
        f"{tsrc}: {top(soc, rsoc)}.",
    )
    ratio = soc["Liverpool Riverside"] / soc["Southport"]
    k.claim(
        "more than five times the share in Southport",
        ratio > 5,
        f"{tsrc}: Liverpool Riverside {pct(soc['Liverpool Riverside'])} / Southport "
        f"{pct(soc['Southport'])} = {ratio:.2f}.",
    )
    k.claim(
        "Cheadle has the lowest share of social renters in the region",
        rsoc[-1] == "Cheadle",
        f"{tsrc}: lowest {bottom(soc, rsoc)}: Ribble Valley is lowest.",
    )
    priv, rpriv = ranked("tenure", PRIVATE)
    k.claim(
        "Manchester Central has the region's highest share of private renters, about four in ten "
        "households",
        rpriv[0] == "Manchester Central" and round(10 * priv["Manchester Central"]) == 4,
        f"census21_wpc_tenure.csv, households privately rented in the North West: "
        f"{top(priv, rpriv)}.",
    )
    qcats = tuple(census_counts("quals")["Knowsley"])
    level4 = tuple(c for c in qcats if c.startswith("Level 4"))
    l4, rl4 = ranked("quals", level4)
    qsrc = "census21_wpc_quals.csv, residents 16+ with Level 4 or above in the North West"
    k.claim(
        "Manchester Withington is the most qualified seat in the region: more than half of "
        "residents aged 16 and over hold a degree-level qualification",
        rl4[0] == "Manchester Withington" and l4["Manchester Withington"] > 0.5,
        f"{qsrc}: {top(l4, rl4)}.",
    )
    asw = cs["Altrincham and Sale West"]
    k.claim(
        "Altrincham and Sale West, second on that measure, was a Labour gain from the Conservatives",
        rl4[1] == "Altrincham and Sale West" and asw.result == "Lab gain from Con",
        f"{qsrc}: {top(l4, rl4)}; {f}: {asw.line()}.",
    )
    tt = cs["Tatton"]
    k.claim(
        "Tatton, third, is where the Conservatives held on",
        rl4[2] == "Tatton" and tt.result == "Con hold",
        f"{qsrc}: {top(l4, rl4)}; {f}: {tt.line()}.",
    )
    noq, rnoq = ranked("quals", ("No qualifications",))
    nsrc = "census21_wpc_quals.csv, residents 16+ with no qualifications in the North West"
    k.claim(
        "Knowsley has the highest share of residents with no qualifications at all, more than one "
        "in four",
        rnoq[0] == "Knowsley" and noq["Knowsley"] > 0.25,
        f"{nsrc}: {top(noq, rnoq, 4)}.",
    )
    bb = cs["Blackburn"]
    k.claim(
        "Blackburn, where an independent ousted Labour, ranks fourth on that measure",
        rnoq[3] == "Blackburn" and bb.result == "Ind gain from Lab",
        f"{nsrc}: {top(noq, rnoq, 4)}; {f}: {bb.line()}.",
    )
    mus, rmus = ranked("religion", ("Muslim",))
    rsrc = "census21_wpc_religion.csv, share Muslim in the North West"
    k.claim(
        "Blackburn is also the region's most Muslim seat, where nearly half of residents gave their "
        "religion as Muslim",
        rmus[0] == "Blackburn" and 0.45 <= mus["Blackburn"] < 0.5,
        f"{rsrc}: {top(mus, rmus)}.",
    )
    k.claim(
        "Manchester Rusholme, the second most Muslim, is about a third Muslim",
        rmus[1] == "Manchester Rusholme" and round(3 * mus["Manchester Rusholme"], 1) == 1.0,
        f"{rsrc}: {top(mus, rmus)}.",
    )
    nor, rnor = ranked("religion", ("No religion",))
    k.claim(
        "Manchester Withington has the most people with no religion",
        rnor[0] == "Manchester Withington",
        f"census21_wpc_religion.csv, share with no religion in the North West: {top(nor, rnor)}.",
    )
    chr_, rchr = ranked("religion", ("Christian",))
    k.claim(
        "Sefton Central is the most Christian seat in the North West",
        rchr[0] == "Sefton Central",
        f"census21_wpc_religion.csv, share Christian in the North West: {top(chr_, rchr)}.",
    )
    bad, rbad = ranked("health", ("Bad health", "Very bad health"))
    hsrc = "census21_wpc_health.csv, bad or very bad health in the North West"
    k.claim(
        "Blackpool South has the highest share of residents in bad or very bad health, more than "
        "one in ten",
        rbad[0] == "Blackpool South" and bad["Blackpool South"] > 0.1,
        f"{hsrc}: {top(bad, rbad)}: under one in ten.",
    )
    k.claim("with Knowsley second", rbad[1] == "Knowsley", f"{hsrc}: {top(bad, rbad)}.")
    birth = census_counts("birth")
    uk = tuple(c for c in birth["Knowsley"] if c.startswith("Europe: United Kingdom"))
    ukb, _ = ranked("birth", uk)
    abroad = {n: 1 - v for n, v in ukb.items()}
    rab = sorted(nw, key=lambda n: -abroad[n])
    k.claim(
        "Manchester Central has the highest share born outside the UK",
        rab[0] == "Manchester Central",
        f"census21_wpc_birth.csv, share born outside the UK in the North West: {top(abroad, rab)}.",
    )
    k.claim(
        "Our briefing costs nothing; the census tables are free from the ONS",
        None,
        "prices; not in the results or census files",
    )
    k.claim(
        "These are not the two Englands of the old cliché but dozens of them",
        None,
        "a quotation; a judgement",
    )
