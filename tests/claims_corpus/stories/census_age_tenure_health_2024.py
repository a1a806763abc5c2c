"""grey-vote-homes-health-census-note: 2024 seats of England and Wales ranked by Census 2021 age,
tenure and general health (the count files, 'Does not apply' dropped; tenure counts households,
the others usual residents), set against the 2024 results joined on the ONS code. "Britain"
also reads the GB census summary file (Scotland from its 2022 census)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, census_summary, pseph_name

NAME = "grey-vote-homes-health-census-note"
OLD = ("Aged 65 to 69 years", "Aged 70 to 74 years", "Aged 75 to 79 years",
       "Aged 80 to 84 years", "Aged 85 years and over")  # fmt: skip
SUMMARY_OLD = ("c21Age65to69", "c21Age70to74", "c21Age75to79", "c21Age80to84", "c21Age85plus")


def _ranked(topic: str, cats: tuple[str, ...]) -> tuple[dict[str, float], list[str]]:
    d = census_counts(topic)
    share = {n: sum(v[c] for c in cats) / v["_total"] for n, v in d.items()}
    return share, sorted(share, key=lambda n: -share[n])


@story(NAME)
def key(k: Key) -> None:
    cs, f = census_seat(), pseph_name(2024)
    old, r = _ranked("age", OLD)
    S = census_summary()
    gb = {n: sum(float(row[c]) for c in SUMMARY_OLD) for n, row in S.items()
          if row[SUMMARY_OLD[0]] not in ("", "NA")}  # fmt: skip
    gbr = sorted(gb, key=lambda n: -gb[n])
    k.claim(
        "Christchurch is the oldest seat in Britain",
        r[0] == "Christchurch" and gbr[0] == "Christchurch",
        "census21_wpc_age.csv, share aged 65+: "
        + ", ".join(f"{n} {pct(old[n])}" for n in r[:3])
        + "; GB summary file (65+ bands summed, Scotland included): "
        + ", ".join(f"{n} {gb[n]:.1f}%" for n in gbr[:3])
        + ".",
    )
    k.claim(
        "more than a third of its residents aged 65 or over",
        old["Christchurch"] > 1 / 3,
        f"census21_wpc_age.csv: Christchurch 65+ {pct(old['Christchurch'])}.",
    )
    ch = cs["Christchurch"]
    k.claim(
        "the Conservatives held it by 7,455",
        ch.result == "Con hold" and ch.majority == 7455,
        f"{f}: {ch.line()}.",
    )
    nn = cs["North Norfolk"]
    k.claim(
        "North Norfolk, the second oldest, went to the Liberal Democrats",
        r[1] == "North Norfolk" and nn.first == "LD",
        f"census21_wpc_age.csv 65+ rank 2: {r[1]} {pct(old[r[1]])}; {f}: {nn.line()}.",
    )
    six = [(n, cs[n].first) for n in r[:6]]
    k.claim(
        "Four of the six oldest seats re-elected Conservatives",
        sum(p == "Con" for _, p in six) == 4,
        "census21_wpc_age.csv six highest 65+ shares and 2024 winners: "
        + ", ".join(f"{n} {pct(old[n])} {p}" for n, p in six)
        + ": three Conservative.",
    )
    k.claim(
        "Clacton, where Reform UK won, is the fifth oldest",
        cs["Clacton"].first == "RUK" and r.index("Clacton") == 4,
        f"census21_wpc_age.csv 65+ rank of Clacton: {r.index('Clacton') + 1} "
        f"({pct(old['Clacton'])}); fifth is {r[4]} {pct(old[r[4]])}.",
    )
    k.claim(
        "in Poplar and Limehouse fewer than one resident in twenty is 65 or over, the lowest share "
        "anywhere",
        old["Poplar and Limehouse"] < 0.05 and r[-1] == "Poplar and Limehouse",
        "census21_wpc_age.csv lowest 65+ shares: "
        + ", ".join(f"{n} {pct(old[n])}" for n in r[::-1][:3])
        + ".",
    )
    young = r[::-1][:10]
    k.claim(
        "All ten of the youngest seats returned Labour MPs",
        all(cs[n].first == "Lab" for n in young),
        f"census21_wpc_age.csv ten lowest 65+ shares and {f} winners: "
        + ", ".join(f"{n} {cs[n].first}" for n in young)
        + ".",
    )
    k.claim(
        "eight of them are in London",
        sum(cs[n].region == "London" for n in young) == 8,
        "regions of the ten: " + ", ".join(f"{n} ({cs[n].region})" for n in young) + ".",
    )
    own, ro = _ranked("tenure", ("Owned: Owns outright",))
    k.claim(
        "Christchurch also has the highest share of households that own outright, just over half",
        ro[0] == "Christchurch" and 0.5 < own["Christchurch"] < 0.55,
        "census21_wpc_tenure.csv, owned outright / households: "
        + ", ".join(f"{n} {pct(own[n])}" for n in ro[:3])
        + ".",
    )
    k.claim(
        "Bethnal Green and Stepney has the lowest, at 7.5 per cent",
        ro[-1] == "Bethnal Green and Stepney" and round(100 * own[ro[-1]], 1) == 7.5,
        f"census21_wpc_tenure.csv lowest owned outright: {ro[-1]} {pct(own[ro[-1]])}, "
        f"{ro[-2]} {pct(own[ro[-2]])}.",
    )
    bc = cs["Bristol Central"]
    k.claim(
        "Bristol Central, won by the Greens with a majority of 10,407",
        bc.first == "Green" and bc.majority == 10407,
        f"{f}: {bc.line()}.",
    )
    pr, rp = _ranked("tenure", ("Private rented: Private landlord or letting agency",))
    k.claim(
        "has the highest share of households renting from a private landlord, more than four in "
        "ten, ahead of Sheffield Central",
        rp[0] == "Bristol Central" and pr[rp[0]] > 0.4 and rp[1] == "Sheffield Central",
        "census21_wpc_tenure.csv, private landlord or letting agency / households: "
        + ", ".join(f"{n} {pct(pr[n])}" for n in rp[:3])
        + ": Sheffield Central is third.",
    )
    cl, rc = _ranked("tenure", ("Social rented: Rents from council or Local Authority",))
    k.claim(
        "Peckham has the most council tenants, a third of households",
        rc[0] == "Peckham" and round(3 * cl["Peckham"], 1) == 1.0,
        "census21_wpc_tenure.csv, rents from council / households: "
        + ", ".join(f"{n} {pct(cl[n])}" for n in rc[:3])
        + ".",
    )
    pk = cs["Peckham"]
    k.claim(
        "Labour's majority there was 15,228",
        pk.first == "Lab" and pk.majority == 15228,
        f"{f}: {pk.line()}.",
    )
    k.claim(
        "In Ribble Valley fewer than one household in a hundred rents from the council",
        cl["Ribble Valley"] < 0.01,
        f"census21_wpc_tenure.csv: Ribble Valley {pct(cl['Ribble Valley'])} (lowest: {rc[-1]}).",
    )
    bad, rb = _ranked("health", ("Bad health", "Very bad health"))
    k.claim(
        "Blaenau Gwent and Rhymney has the highest share of residents in bad or very bad health, "
        "almost one in ten, ahead of Rhondda and Ogmore",
        rb[0] == "Blaenau Gwent and Rhymney" and 0.09 <= bad[rb[0]] < 0.10
        and rb[1] == "Rhondda and Ogmore",
        "census21_wpc_health.csv, bad + very bad / residents: "
        + ", ".join(f"{n} {pct(bad[n])}" for n in rb[:3])
        + ".",
    )  # fmt: skip
    six_h = rb[:6]
    k.claim(
        "Five of the six least healthy seats are in Wales",
        sum(cs[n].country == "Wales" for n in six_h) == 5,
        "census21_wpc_health.csv six highest: "
        + ", ".join(f"{n} ({cs[n].country})" for n in six_h)
        + ": four in Wales.",
    )
    changed = [n for n in six_h if "gain" in cs[n].result]
    k.claim(
        "Blackpool South was the only one of those six that changed hands, a Labour gain from the "
        "Conservatives",
        changed == ["Blackpool South"] and cs["Blackpool South"].result == "Lab gain from Con",
        f"{f}: " + ", ".join(f"{n} '{cs[n].result}'" for n in six_h) + ".",
    )
    k.claim(
        "Wokingham is the healthiest",
        rb[-1] == "Wokingham",
        "census21_wpc_health.csv lowest bad + very bad: "
        + ", ".join(f"{n} {pct(bad[n])}" for n in rb[::-1][:3])
        + ".",
    )
    k.claim(
        "older voters are more likely to turn out",
        None,
        "turnout by age of voter is survey evidence; the files give turnout by seat only",
    )
