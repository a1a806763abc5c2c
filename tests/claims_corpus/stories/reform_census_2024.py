"""reform-heartlands-census-note: Reform UK's 2024 seats against Census 2021 (ONS counts,
England and Wales: qualifications of residents 16+, age of all residents)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, general, pseph_name, share_of, totals

NAME = "reform-heartlands-census-note"
QUALS = "census21_wpc_quals.csv (E&W counts, residents 16+)"
AGE = "census21_wpc_age.csv (E&W counts)"


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    c = census_seat()  # census name -> 2024 result, joined on ONS code
    f24 = pseph_name(2024)
    q, a = census_counts("quals"), census_counts("age")
    nq_key = "No qualifications"
    l4_key = next(c for c in next(iter(q.values())) if c.startswith("Level 4"))
    old = [c for c in next(iter(a.values())) if c.startswith(("Aged 65", "Aged 7", "Aged 8"))]

    def nq(s: str) -> float:
        return q[s][nq_key] / q[s]["_total"]

    def l4(s: str) -> float:
        return q[s][l4_key] / q[s]["_total"]

    def o65(s: str) -> float:
        return sum(a[s][c] for c in old) / a[s]["_total"]

    ruk = sorted((s for s in g.values() if s.first == "RUK"), key=lambda s: s.name)
    k.claim(
        "Reform UK won five seats at the general election, all of them in the East of England and "
        "the East Midlands",
        len(ruk) == 5 and {s.region for s in ruk} == {"East of England", "East Midlands"},
        f"{f24}: First party RUK in {len(ruk)} rows: "
        + ", ".join(f"{s.name} ({s.region})" for s in ruk)
        + ".",
    )
    k.claim(
        "all five taken from the Conservatives",
        all(s.result == "RUK gain from Con" for s in ruk),
        f"{f24}: " + "; ".join(f"{s.name} '{s.result}'" for s in ruk) + ".",
    )
    t = totals(2024)
    k.claim(
        "The party took 14.3 per cent of the vote across the UK",
        round(100 * share_of(t, "RUK"), 1) == 14.3,
        f"{f24}: RUK {t['RUK']:,} / {t['_valid']:,} = {pct(share_of(t, 'RUK'))}.",
    )
    grad = sorted(q, key=l4)
    k.claim(
        "Boston and Skegness has the lowest share of graduates of any constituency in England and "
        "Wales",
        grad[0] == "Boston and Skegness",
        f"{QUALS}, Level 4 or above, lowest of 575: "
        + "; ".join(f"{s} {q[s][l4_key]:,} / {q[s]['_total']:,} = {pct(l4(s))}" for s in grad[:3])
        + ".",
    )
    k.claim(
        "Clacton and Great Yarmouth come second and third",
        set(grad[1:3]) == {"Clacton", "Great Yarmouth"},
        f"{QUALS}: second {grad[1]} {pct(l4(grad[1]))}, third {grad[2]} {pct(l4(grad[2]))}.",
    )
    bs = "Boston and Skegness"
    k.claim(
        "Almost three in ten adults in Boston and Skegness have no qualifications at all",
        0.27 <= nq(bs) < 0.3,
        f"{QUALS}: {bs} {q[bs][nq_key]:,} / {q[bs]['_total']:,} = {pct(nq(bs))}.",
    )
    ew = sum(d[nq_key] for d in q.values()) / sum(d["_total"] for d in q.values())
    k.claim(
        "fewer than one in five across England and Wales",
        ew < 0.2,
        f"{QUALS}: all 575 seats {sum(d[nq_key] for d in q.values()):,} / "
        f"{sum(d['_total'] for d in q.values()):,} = {pct(ew)}.",
    )
    east = sorted((s for s in q if c[s].region == "East of England"), key=lambda s: -nq(s))
    k.claim(
        "Clacton has the highest share of adults without qualifications in the East of England",
        east[0] == "Clacton",
        f"{QUALS}, seats with Region name East of England in {f24}, highest no-qualification "
        "shares: " + ", ".join(f"{s} {pct(nq(s))}" for s in east[:3]) + ".",
    )
    ten = grad[:10]
    won = [s for s in ten if c[s].first == "RUK"]
    second = [s for s in ten if c[s].second == "RUK"]
    k.claim(
        "Of the ten seats with the fewest graduates, Reform won three and came second in five more",
        len(won) == 3 and len(second) == 5,
        f"{QUALS} ten lowest Level 4 shares and {f24} first/second: "
        + ", ".join(f"{s} {c[s].first}/{c[s].second}" for s in ten)
        + f": RUK first in {len(won)}, second in {len(second)}.",
    )
    noq = sorted(q, key=lambda s: -nq(s))
    k.claim(
        "The seat with the largest share of adults with no qualifications is not a Reform seat at "
        "all: it is Leicester East",
        noq[0] == "Leicester East" and g["Leicester East"].first != "RUK",
        f"{QUALS}, highest no-qualification shares: "
        + ", ".join(f"{s} {pct(nq(s))}" for s in noq[:3])
        + f"; {f24} Leicester East won by {g['Leicester East'].first}.",
    )
    top = sorted(q, key=lambda s: -l4(s))
    k.claim(
        "Battersea has the highest share of graduates, almost two-thirds",
        top[0] == "Battersea" and 0.63 <= l4("Battersea") < 2 / 3,
        f"{QUALS}, highest Level 4 shares: "
        + ", ".join(f"{s} {pct(l4(s))}" for s in top[:3])
        + ".",
    )
    k.claim(
        "Labour won all five of the most graduate-heavy seats",
        all(c[s].first == "Lab" for s in top[:5]),
        f"{QUALS} five highest Level 4 shares and {f24} winners: "
        + ", ".join(f"{s} {c[s].first}" for s in top[:5])
        + ". Richmond Park went to the Liberal Democrats.",
    )
    oldest = sorted(a, key=lambda s: -o65(s))
    k.claim(
        "Clacton, where almost a third of residents are 65 or over, is the fifth-oldest seat in "
        "England and Wales",
        oldest[4] == "Clacton" and 0.3 <= o65("Clacton") < 1 / 3,
        f"{AGE}, aged 65 and over, highest shares: "
        + "; ".join(f"{i + 1} {s} {pct(o65(s))}" for i, s in enumerate(oldest[:6]))
        + ". Clacton is sixth, not fifth.",
    )
    cl = g["Clacton"]
    best = sorted(g.values(), key=lambda s: -s.share("RUK"))
    k.claim(
        "Nigel Farage won Clacton with a majority of 8,405 and 46.2 per cent of the vote, Reform's "
        "best share anywhere",
        cl.majority == 8405 and round(100 * cl.share("RUK"), 1) == 46.2 and best[0] is cl,
        f"{f24} {cl.line()}; RUK {pct(cl.share('RUK'))}; next best RUK shares: "
        + ", ".join(f"{s.name} {pct(s.share('RUK'))}" for s in best[1:3])
        + ".",
    )
    k.claim(
        "Richard Tice won Boston and Skegness by 2,010 votes",
        g[bs].majority == 2010 and g[bs].ranked()[0].surname == "Tice",
        f"{f24} {g[bs].line()}.",
    )
    ash = g["Ashfield"]
    k.claim(
        "Lee Anderson, who defected from the Conservatives, won Ashfield by more than 6,000 votes",
        ash.majority > 6000,
        f"{f24} {ash.line()}: 5,508, not more than 6,000.",
    )
    gy = g["Great Yarmouth"]
    k.claim(
        "Rupert Lowe took Great Yarmouth by 1,426 votes, pushing the Conservatives into third",
        gy.majority == 1426 and gy.ranked()[2].party == "Con",
        f"{f24} {gy.line()}.",
    )
    sb = g["South Basildon and East Thurrock"]
    k.claim(
        "James McMurdock won South Basildon and East Thurrock by 98 votes, the party's narrowest "
        "win",
        sb.majority == 98 and min(ruk, key=lambda s: s.majority) is sb,
        f"{f24} {sb.line()}; RUK majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in ruk)
        + ".",
    )
    sec = [s for s in g.values() if s.second == "RUK"]
    k.claim(
        "Reform came second in 98 seats, 89 of them won by Labour",
        len(sec) == 98 and sum(s.first == "Lab" for s in sec) == 89,
        f"{f24}: Second party RUK in {len(sec)} rows; First party Lab in "
        f"{sum(s.first == 'Lab' for s in sec)} of them.",
    )
    by_region: dict[str, int] = {}
    for s in sec:
        by_region[s.region] = by_region.get(s.region, 0) + 1
    regions = sorted(by_region.items(), key=lambda x: -x[1])
    k.claim(
        "most of them in the North East",
        regions[0][0] == "North East",
        f"{f24}, RUK second places by Region name: "
        + ", ".join(f"{r} {n}" for r, n in regions[:3])
        + ".",
    )
    near = min(sec, key=lambda s: s.majority)
    k.claim(
        "Its nearest miss was Llanelli, where it finished 1,504 votes behind Labour",
        near.name == "Llanelli" and near.majority == 1504 and near.first == "Lab",
        f"{f24}, smallest majority where RUK was second: {near.line()}.",
    )
    k.claim(
        "Survey evidence suggests Reform voters",
        None,
        "a survey of voters; not in the results or census files",
    )
