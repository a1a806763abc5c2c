"""gaza-independents-muslim-seats-analysis: the 2024 independent wins, Labour's falls on the
notional 2019 result, and Census 2021 Muslim shares (ONS counts, England and Wales)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    Seat,
    by_election,
    census_counts,
    census_summary,
    general,
    maiden,
    notional2019,
    pseph_name,
)

NAME = "gaza-independents-muslim-seats-analysis"
REL = "census21_wpc_religion.csv (E&W counts)"


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    f24 = pseph_name(2024)
    n = notional2019()
    rel = census_counts("religion")

    def mus(seat: str) -> float:
        return rel[seat]["Muslim"] / rel[seat]["_total"]

    def musline(seat: str) -> str:
        return f"{seat} {rel[seat]['Muslim']:,} / {rel[seat]['_total']:,} = {pct(mus(seat))}"

    def lab_change(s: Seat) -> tuple[float, str]:
        d = n[s.name]
        old = int(d.get("Lab", 0)) / int(d["_valid"])
        return s.share("Lab") - old, (
            f"Lab {pct(old)} notional 2019 (PSEPH 58 notional, {d.get('Lab'):,} / "
            f"{int(d['_valid']):,}) -> {pct(s.share('Lab'))} in 2024 ({f24}): "
            f"{100 * (s.share('Lab') - old):+.2f} points"
        )

    ranked = sorted(rel, key=lambda s: -mus(s))
    ind_from_lab = [s.name for s in g.values() if s.result == "Ind gain from Lab"]
    k.claim(
        "it lost five to independent candidates",
        len(ind_from_lab) == 5,
        f"{f24}: Result 'Ind gain from Lab' in {len(ind_from_lab)} rows: "
        f"{', '.join(sorted(ind_from_lab))}.",
    )
    ind = [s for s in g.values() if s.first == "Ind"]
    k.claim(
        "All five were taken from Labour",
        all(s.result.endswith("from Lab") for s in ind if s.name in ind_from_lab),
        f"{f24}: the five rows read 'Ind gain from Lab' (the sixth independent winner, North "
        f"Down, is '{g['North Down'].result}' and not one of them).",
    )
    isl = g["Islington North"]
    jc = maiden("Jeremy Corbyn")
    k.claim(
        "Jeremy Corbyn, who held Islington North",
        "depends",
        f"{f24} {isl.line()}. Corbyn, the sitting MP, kept his seat, so 'held' is right of the "
        "man; the official Result is 'Ind gain from Lab', because the seat was Labour's at the "
        "notional 2019 result (PSEPH 58 notional, Lab first), so it is a gain for his label.",
    )
    k.claim(
        "the seat he had represented since 1983, by 7,247 votes",
        jc[0]["Parliament"].startswith("1983") and isl.majority == 7247,
        f"maiden-speeches.csv: Jeremy Corbyn, {jc[0]['Constituency']}, parliament "
        f"{jc[0]['Parliament']}. {f24}: majority {isl.majority:,}.",
    )
    k.claim(
        "only about one resident in eight is Muslim",
        abs(mus("Islington North") - 1 / 8) < 0.01,
        f"{REL}: {musline('Islington North')}; one in eight is 12.5%.",
    )
    ls = g["Leicester South"]
    k.claim(
        "where almost half of residents are Muslim",
        0.45 <= mus("Leicester South") < 0.5,
        f"{REL}: {musline('Leicester South')}: about a third, not almost half.",
    )
    k.claim(
        "the optician Shockat Adam",
        None,
        "occupation; not in the results files",
    )
    k.claim(
        "beat the shadow cabinet minister Jonathan Ashworth by 979 votes",
        ls.ranked()[0].surname == "Adam"
        and ls.ranked()[1].surname == "Ashworth"
        and ls.majority == 979,
        f"{f24} {ls.line()}.",
    )
    d, ev = lab_change(ls)
    k.claim(
        "as Labour's share fell by 35 points on the 2019 result",
        round(100 * d) == -35,
        f"Leicester South {ev}.",
    )
    bb = g["Blackburn"]
    k.claim(
        "the fourth most Muslim seat in England and Wales",
        ranked[3] == "Blackburn",
        f"{REL}, Muslim share, highest of 575: "
        + "; ".join(f"{i + 1} {musline(s)}" for i, s in enumerate(ranked[:6]))
        + ". Blackburn is fifth; East Ham is fourth.",
    )
    narrow = sorted((g[s] for s in ind_from_lab), key=lambda s: s.majority)
    k.claim(
        "Adnan Hussain won by 132 votes, the narrowest of the five independent wins",
        narrow[0].name == "Blackburn" and narrow[0].majority == 132,
        f"{f24} majorities of the five: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in narrow)
        + ".",
    )
    cm = next(c for c in bb.cands if c.surname == "Murray")
    k.claim(
        "The Workers Party's Craig Murray took more than 7,000 votes there",
        cm.party == "WPB" and cm.votes > 7000,
        f"{f24} Blackburn: Craig Murray {cm.party} {cm.votes:,}.",
    )
    pb = g["Birmingham Perry Barr"]
    km = maiden("Khalid Mahmood")
    k.claim(
        "Ayoub Khan beat Khalid Mahmood, Perry Barr's MP since 2001, by 507 votes",
        km[0]["Parliament"].startswith("2001")
        and pb.majority == 507
        and pb.ranked()[1].surname == "Mahmood",
        f"maiden-speeches.csv: Khalid Mahmood, {km[0]['Constituency']}, parliament "
        f"{km[0]['Parliament']}. {f24} {pb.line()}.",
    )
    db = g["Dewsbury and Batley"]
    k.claim(
        "which is 44 per cent Muslim",
        round(100 * mus("Dewsbury and Batley")) == 44,
        f"{REL}: {musline('Dewsbury and Batley')}.",
    )
    k.claim(
        "Iqbal Mohamed won by almost 7,000 votes",
        6500 <= db.majority < 7000,
        f"{f24} {db.line()}.",
    )
    d, ev = lab_change(db)
    k.claim(
        "Labour's share fell by more than 40 points",
        100 * d < -40,
        f"Dewsbury and Batley {ev}: not more than 40.",
    )
    cs = census_summary()
    gb = sorted((r for r in cs.values() if r["c21Muslim"] not in ("", "NA")),
                key=lambda r: -float(r["c21Muslim"]))  # fmt: skip
    k.claim(
        "In Bradford West, the most Muslim constituency in Britain",
        gb[0]["ConstituencyName"] == "Bradford West" and ranked[0] == "Bradford West",
        "census summary file (632 GB seats, Scotland from its 2022 census) c21Muslim highest: "
        + ", ".join(f"{r['ConstituencyName']} {r['c21Muslim']}" for r in gb[:3])
        + f"; {REL}: {musline('Bradford West')}.",
    )
    bw = g["Bradford West"]
    k.claim(
        "Naz Shah held on by 707 votes",
        bw.result == "Lab hold" and bw.majority == 707,
        f"{f24} {bw.line()}.",
    )
    by = g["Birmingham Yardley"]
    k.claim(
        "Jess Phillips held Birmingham Yardley by 693 votes over the Workers Party",
        by.result == "Lab hold" and by.majority == 693 and by.second == "WPB",
        f"{f24} {by.line()}.",
    )
    bl = g["Birmingham Ladywood"]
    k.claim(
        "Shabana Mahmood's majority in Birmingham Ladywood was cut to 3,421",
        bl.majority == 3421 and int(n[bl.name]["_majority"]) > 3421,
        f"{f24} {bl.line()}; notional 2019 majority {int(n[bl.name]['_majority']):,} "
        "(PSEPH 58 notional).",
    )
    d, ev = lab_change(bl)
    k.claim(
        "as Labour's vote there fell by 40 points",
        round(100 * d) == -40,
        f"Birmingham Ladywood {ev}.",
    )
    bg = g["Bethnal Green and Stepney"]
    k.claim(
        "Rushanara Ali held Bethnal Green and Stepney by fewer than 1,000 votes",
        bg.majority < 1000,
        f"{f24} {bg.line()}: 1,689, not fewer than 1,000.",
    )
    top10 = [(s, g[s].first) for s in ranked[:10]]
    k.claim(
        "Of the ten most Muslim seats, Labour held all but two",
        sum(1 for _, w in top10 if w != "Lab") == 2,
        f"{REL} ten most Muslim seats and {f24} winners: "
        + ", ".join(f"{s} {w}" for s, w in top10)
        + f": Labour lost {sum(1 for _, w in top10 if w != 'Lab')}, not two.",
    )
    second = [s.name for s in g.values() if s.second == "Ind"]
    k.claim(
        "Independents finished second in 12 seats",
        len(second) == 12,
        f"{f24}: Second party Ind in {len(second)} rows: {', '.join(sorted(second))}.",
    )
    rb, rg = by_election("Rochdale"), g["Rochdale"]
    k.claim(
        "George Galloway, who had won Rochdale at a by-election in February, lost it to Labour by "
        "1,440 votes",
        rb.first == "WPB"
        and rb.date.endswith("02/2024")
        and rg.first == "Lab"
        and rg.majority == 1440
        and rg.ranked()[1].surname == "Galloway",
        f"PSEPH 58 by-elections {rb.date}: {rb.line()}. {f24} {rg.line()}.",
    )
    cw = g["Chingford and Woodford Green"]
    r = cw.ranked()
    k.claim(
        "finished third, 79 votes behind the Labour candidate",
        r[2].surname == "Shaheen" and r[1].party == "Lab" and r[1].votes - r[2].votes == 79,
        f"{f24} {cw.line()}: {r[1].votes:,} - {r[2].votes:,} = {r[1].votes - r[2].votes}.",
    )
    k.claim(
        "Mr Corbyn said his campaign had been a positive one",
        None,
        "statement; not in the results files",
    )
