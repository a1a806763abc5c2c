"""scotland-labour-returns-herald: Scotland at the 2024 election; changes against the notional
2019 result on the 2024 boundaries (57 seats) and, where it differs, the actual 2019 result
(59 seats)."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, notional2019, notional_winner, pseph_name, seats_won, share_of, totals

NAME = "scotland-labour-returns-herald"
S = "Scotland"
NOT = "PSEPH 58 notional (2019 on the 2024 boundaries)"


@story(NAME)
def key(k: Key) -> None:
    g, n = general(2024), notional2019()
    f24, f19 = pseph_name(2024), pseph_name(2019)
    sc = [s for s in g.values() if s.country == S]
    w = seats_won(2024, country=S)
    nw = Counter(notional_winner(s.name) for s in sc)
    w19 = seats_won(2019, country=S)
    k.claim(
        "winning 37 of Scotland's 57 seats",
        w["Lab"] == 37 and len(sc) == 57,
        f"{f24}, Country name Scotland: {dict(w)} of {len(sc)}.",
    )
    snp = {y: seats_won(y, country=S)["SNP"] for y in (2010, 2015, 2017, 2019)}
    k.claim(
        "The SNP was reduced to nine seats, its fewest since 2010",
        w["SNP"] == 9 and snp[2010] <= 9 and all(v > 9 for y, v in snp.items() if y > 2010),
        f"{f24}: SNP first in {w['SNP']} Scottish rows. PSEPH SNP seats: "
        + ", ".join(f"{y} {v}" for y, v in snp.items())
        + ".",
    )
    k.claim(
        "losing 39",
        nw["SNP"] - w["SNP"] == 39,
        f"{NOT}: SNP first in {nw['SNP']} of 57 Scottish seats; 2024 {w['SNP']}; "
        f"{nw['SNP']} - {w['SNP']} = {nw['SNP'] - w['SNP']} (actual 2019: {w19['SNP']} of 59, "
        "the same loss).",
    )
    t = totals(2024, country=S)
    nt: Counter[str] = Counter()
    for s in sc:
        for p, v in n[s.name].items():
            if not p.startswith("_") or p == "_valid":
                nt[p] += int(v)
    ds = share_of(t, "SNP") - share_of(nt, "SNP")
    k.claim(
        "Its share of the vote fell to 30 per cent, down 15 points",
        round(100 * share_of(t, "SNP")) == 30 and round(100 * ds) == -15,
        f"Scotland SNP {f24} {t['SNP']:,} / {t['_valid']:,} = {pct(share_of(t, 'SNP'))}; "
        f"{NOT} {nt['SNP']:,} / {nt['_valid']:,} = {pct(share_of(nt, 'SNP'))}; "
        f"{100 * ds:+.2f} points.",
    )
    dl = share_of(t, "Lab") - share_of(nt, "Lab")
    k.claim(
        "Labour's rose by almost 17 points to 35.3 per cent",
        16 <= 100 * dl < 17 and round(100 * share_of(t, "Lab"), 1) == 35.3,
        f"Scotland Lab {f24} {pct(share_of(t, 'Lab'))}; {NOT} {pct(share_of(nt, 'Lab'))}; "
        f"{100 * dl:+.2f} points.",
    )
    from_snp = [s.name for s in sc if s.result == "Lab gain from SNP"]
    k.claim(
        "Labour took 36 seats directly from the SNP",
        len(from_snp) == 36,
        f"{f24}: Result 'Lab gain from SNP' in {len(from_snp)} rows.",
    )
    glas = [s for s in sc if s.name.startswith("Glasgow")]
    k.claim(
        "where it now holds all seven",
        len(glas) == 7 and all(s.first == "Lab" for s in glas),
        f"{f24}: {len(glas)} Glasgow seats, all Lab ({', '.join(s.name for s in glas)}): six, "
        "not seven.",
    )
    k.claim(
        "John Swinney said the party would need to",
        None,
        "statement; not in the results files",
    )
    k.claim(
        "The Liberal Democrats won six seats, up from two",
        "depends",
        f"{f24}: LD first in {w['LD']} Scottish rows. {NOT}: LD first in {nw['LD']} of 57, so "
        f"'up from two' is right on the new boundaries; at the actual 2019 election ({f19}) "
        f"the Liberal Democrats won {w19['LD']} of 59 Scottish seats, so it was up from four.",
    )
    k.claim(
        "the Conservatives five, down from six",
        w["Con"] == 5 and nw["Con"] == 6 and w19["Con"] == 6,
        f"{f24}: Con first in {w['Con']} Scottish rows; {NOT}: {nw['Con']}; actual 2019: "
        f"{w19['Con']}.",
    )
    k.claim(
        "Reform UK took 7 per cent of the Scottish vote",
        round(100 * share_of(t, "RUK")) == 7,
        f"{f24} Scotland: RUK {t['RUK']:,} / {t['_valid']:,} = {pct(share_of(t, 'RUK'))}.",
    )
    am = g["Aberdeenshire North and Moray East"]
    k.claim(
        "Douglas Ross lost Aberdeenshire North and Moray East to the SNP by 942 votes",
        am.first == "SNP" and am.ranked()[1].surname == "Ross" and am.majority == 942,
        f"{f24} {am.line()}.",
    )
    ab = g["Aberdeen South"]
    k.claim(
        "Stephen Flynn, the SNP's Westminster leader, held Aberdeen South by 3,758",
        ab.result == "SNP hold" and ab.majority == 3758,
        f"{f24} {ab.line()}.",
    )
    narrow = sorted(sc, key=lambda s: s.majority)
    k.claim(
        "In Dundee Central, Chris Law held on by 675 votes, the narrowest result in Scotland",
        narrow[0].name == "Dundee Central" and narrow[0].majority == 675,
        f"{f24}, 57 Scottish rows, smallest Majority: "
        + ", ".join(f"{s.name} {s.majority}" for s in narrow[:3])
        + ".",
    )
    k.claim(
        "Ian Murray's majority of 17,251 in Edinburgh South was the biggest in Scotland",
        narrow[-1].name == "Edinburgh South" and narrow[-1].majority == 17251,
        f"{f24}, largest Scottish Majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in reversed(narrow[-3:]))
        + ".",
    )
    ew = g["Edinburgh West"]
    k.claim(
        "Christine Jardine held Edinburgh West for the Liberal Democrats by more than 20,000",
        ew.result == "LD hold" and ew.majority > 20000,
        f"{f24} {ew.line()}: 16,470, not more than 20,000.",
    )
    st = g["Stirling and Strathallan"]
    k.claim(
        "the SNP's Alyn Smith lost by fewer than 1,000 votes",
        st.ranked()[1].surname == "Smith" and st.majority < 1000,
        f"{f24} {st.line()}: 1,394, not fewer than 1,000.",
    )
    nh = g["Na h-Eileanan an Iar"]
    k.claim(
        "Angus MacNeil, standing as an independent, finished third",
        nh.place("MacNeil") == 3 and nh.ranked()[2].party == "Ind",
        f"{f24} {nh.line()}.",
    )
    md = g["Mid Dunbartonshire"]
    k.claim(
        "The Liberal Democrats' Susan Murray beat the SNP's Amy Callaghan by 9,673 votes in Mid "
        "Dunbartonshire",
        md.first == "LD" and md.ranked()[1].surname == "Callaghan" and md.majority == 9673,
        f"{f24} {md.line()}.",
    )
    gb = sorted(
        (s for s in g.values() if s.country != "Northern Ireland"), key=lambda s: -s.turnout
    )
    k.claim(
        "which recorded the highest turnout in Britain",
        gb[0].name == "Mid Dunbartonshire",
        f"{f24} valid / electorate, highest in Great Britain: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in gb[:3])
        + f"; Mid Dunbartonshire {pct(md.turnout)} is the highest in Scotland only.",
    )
    os_ = g["Orkney and Shetland"]
    k.claim(
        "Alistair Carmichael held Orkney and Shetland with a majority of more than 7,800",
        os_.result == "LD hold" and 7800 < os_.majority < 7900,
        f"{f24} {os_.line()}.",
    )
    to = t["_valid"] / t["_electorate"]
    t19 = totals(2019, country=S)
    to19 = t19["_valid"] / t19["_electorate"]
    nv = sum(int(n[s.name]["_valid"]) for s in sc)
    ne = sum(int(n[s.name]["_electorate"]) for s in sc)
    k.claim(
        "Turnout across Scotland fell to 59.2 per cent",
        round(100 * to, 1) == 59.2 and to < to19,
        f"Scotland valid / electorate: {f24} {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}.",
    )
    k.claim(
        "down almost nine points",
        "depends",
        f"Against the actual 2019 result ({f19}, 59 seats) {t19['_valid']:,} / "
        f"{t19['_electorate']:,} = {pct(to19)}, a fall of {100 * (to19 - to):.2f} points (almost "
        f"nine); against the notional 2019 result on the 2024 boundaries ({NOT}) {nv:,} / "
        f"{ne:,} = {pct(nv / ne)}, a fall of {100 * (nv / ne - to):.2f} points, closer to eight.",
    )
    low = min(sc, key=lambda s: s.turnout)
    k.claim(
        "was lowest in Glasgow North East, at 47 per cent",
        low.name == "Glasgow North East" and round(100 * low.turnout) == 47,
        f"{f24}, lowest Scottish turnout: {low.name} {low.valid:,} / {low.electorate:,} = "
        f"{pct(low.turnout)}.",
    )
