"""four-million-votes-one-seat-2015-datablog: votes against seats in 2015, UKIP and the Greens."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import by_election, general, maiden, pseph_name, seats_won, share_of, totals

NAME = "four-million-votes-one-seat-2015-datablog"


@story(NAME)
def key(k: Key) -> None:
    g, g10 = general(2015), general(2010)
    f15, f10 = pseph_name(2015), pseph_name(2010)
    w, t, t10 = seats_won(2015), totals(2015), totals(2010)
    k.claim(
        "won 3,881,099 votes, 12.6 per cent of the total, and one seat",
        t["UKIP"] == 3881099 and round(100 * share_of(t, "UKIP"), 1) == 12.6 and w["UKIP"] == 1,
        f"{f15} candidacies: UKIP {t['UKIP']:,} / {t['_valid']:,} = {pct(share_of(t, 'UKIP'))}; "
        f"First party UKIP in {w['UKIP']} row.",
    )
    k.claim(
        "The Greens took 1,157,630 votes, 3.8 per cent, and also won a single seat",
        t["Green"] == 1157630 and round(100 * share_of(t, "Green"), 1) == 3.8 and w["Green"] == 1,
        f"{f15}: Green {t['Green']:,} / {t['_valid']:,} = {pct(share_of(t, 'Green'))}; "
        f"First party Green in {w['Green']} row.",
    )
    ratio = share_of(t, "UKIP") / share_of(t10, "UKIP")
    k.claim(
        "UKIP's share more than quadrupled from 3.1 per cent in 2010",
        ratio > 4 and round(100 * share_of(t10, "UKIP"), 1) == 3.1,
        f"UKIP {f10} {t10['UKIP']:,} / {t10['_valid']:,} = {pct(share_of(t10, 'UKIP'))}; "
        f"2015 {pct(share_of(t, 'UKIP'))}; ratio {ratio:.2f}.",
    )
    k.claim(
        "Under a proportional system it would have been entitled to around 80 MPs",
        None,
        "a counterfactual under another electoral system; no results file can decide it",
    )
    k.claim(
        "Sir David Butler called it the harshest treatment",
        None,
        "quotation; not in the results files",
    )
    per = {p: t[p] / w[p] for p in ("SNP", "Con", "Lab", "LD")}
    k.claim(
        "1.45 million votes won it 56 seats, roughly 26,000 votes for each MP",
        round(t["SNP"] / 1e6, 2) == 1.45 and w["SNP"] == 56 and abs(per["SNP"] - 26000) < 500,
        f"{f15}: SNP {t['SNP']:,} votes, first in {w['SNP']} rows; {t['SNP']:,} / 56 = "
        f"{per['SNP']:,.0f}.",
    )
    k.claim(
        "It took about 40,000 votes to elect each Conservative MP and about 34,000 for each "
        "Labour MP",
        abs(per["Con"] - 40000) < 1000 and abs(per["Lab"] - 34000) < 1000,
        f"{f15}: Con {t['Con']:,} / {w['Con']} = {per['Con']:,.0f}; Lab {t['Lab']:,} / "
        f"{w['Lab']} = {per['Lab']:,.0f}. The figures are the wrong way round.",
    )
    k.claim(
        "The Liberal Democrats' 2.4 million votes returned only eight MPs, more than 300,000 "
        "votes apiece",
        round(t["LD"] / 1e6, 1) == 2.4 and w["LD"] == 8 and per["LD"] > 300000,
        f"{f15}: LD {t['LD']:,} votes, first in {w['LD']} rows; {per['LD']:,.0f} per MP.",
    )
    k.claim(
        "The Conservatives, with an overall majority of 12",
        "depends",
        f"{f15}: First party Con in {w['Con']} rows and Spk in {w['Spk']} (Buckingham, John "
        f"Bercow, elected Speaker as a Conservative). Counting the Speaker with the "
        f"Conservatives, 331 - 319 = 12; on the file's party count, {w['Con']} - "
        f"{650 - w['Con']} = {2 * w['Con'] - 650}.",
    )
    k.claim(
        "formed the first single-party government since 2005",
        None,
        "who formed a government (the 2010 coalition) is not in the results files; seat counts "
        "alone cannot show a coalition",
    )
    stood = [s for s in g.values() if s.votes("UKIP")]
    second = [s for s in g.values() if s.second == "UKIP"]
    k.claim(
        "UKIP stood in 624 seats and finished second in 120 of them",
        len(stood) == 624 and len(second) == 120,
        f"{f15} candidacies: a UKIP candidate in {len(stood)} seats; constituencies: Second "
        f"party UKIP in {len(second)} rows.",
    )
    lost = [s for s in stood if s.share("UKIP") < 0.05]
    k.claim(
        "It lost its deposit in fewer than 50 seats",
        len(lost) < 50,
        f"{f15}: UKIP under 5% of valid votes (the deposit threshold) in {len(lost)} seats, "
        "not fewer than 50.",
    )
    cm = maiden("Douglas Carswell")
    cl = g["Clacton"]
    k.claim(
        "Douglas Carswell, first elected to the Commons in 2005",
        cm[0]["Parliament"].startswith("2005"),
        f"maiden-speeches.csv: Douglas Carswell, {cm[0]['Constituency']}, parliament "
        f"{cm[0]['Parliament']}.",
    )
    k.claim(
        "held Clacton with 44.4 per cent of the vote and a majority of 3,437",
        round(100 * cl.share("UKIP"), 1) == 44.4 and cl.majority == 3437,
        f"{f15} {cl.line()}; {cl.votes('UKIP'):,} / {cl.valid:,} = {pct(cl.share('UKIP'))}.",
    )
    best = sorted(g.values(), key=lambda s: -s.share("UKIP"))
    k.claim(
        "Its next best result was in Boston and Skegness, at 33.8 per cent",
        best[1].name == "Boston and Skegness" and round(100 * best[1].share("UKIP"), 1) == 33.8,
        f"{f15} UKIP share, highest: "
        + ", ".join(f"{s.name} {pct(s.share('UKIP'))}" for s in best[:3])
        + ".",
    )
    st = g["South Thanet"]
    k.claim(
        "Nigel Farage finished second in South Thanet, 2,812 votes behind the Conservatives",
        st.place("Farage") == 2 and st.first == "Con" and st.majority == 2812,
        f"{f15} {st.line()}.",
    )
    rs, rsb = g["Rochester and Strood"], by_election("Rochester and Strood")
    k.claim(
        "Mark Reckless, who had won Rochester and Strood for UKIP at a by-election, lost it by "
        "more than 7,000 votes",
        rsb.first == "UKIP" and rs.ranked()[1].surname == "Reckless" and 7000 < rs.majority < 8000,
        f"PSEPH 55 by-elections ({rsb.date}): {rsb.line()}. {f15} {rs.line()}.",
    )
    th = g["Thurrock"]
    k.claim(
        "In Thurrock, UKIP's Tim Aker finished a close second",
        th.place("Aker") == 2,
        f"{f15} {th.line()}: Aker (UKIP) was third, {th.ranked()[0].votes - th.votes('UKIP'):,} "
        "votes behind the winner.",
    )
    k.claim(
        "less than 1,000 votes behind the winner",
        th.ranked()[0].votes - th.votes("UKIP") < 1000,
        f"{f15} Thurrock: {th.ranked()[0].votes:,} - {th.votes('UKIP'):,} = "
        f"{th.ranked()[0].votes - th.votes('UKIP'):,}.",
    )
    hm, hmb = g["Heywood and Middleton"], by_election("Heywood and Middleton")
    k.claim(
        "where UKIP had come within 617 votes of Labour at the by-election",
        hmb.second == "UKIP" and hmb.majority == 617,
        f"PSEPH 55 by-elections ({hmb.date}): {hmb.line()}.",
    )
    k.claim(
        "Labour's majority grew to 5,299",
        hm.first == "Lab" and hm.majority == 5299 and hm.majority > hmb.majority,
        f"{f15} {hm.line()}.",
    )
    regions = {r: totals(2015, region=r) for r in {s.region for s in g.values()}}
    ranked = sorted(regions, key=lambda r: -share_of(regions[r], "UKIP"))
    k.claim(
        "UKIP's strongest region was the East of England",
        ranked[0] == "East of England",
        f"{f15}, UKIP share by Region name: "
        + ", ".join(f"{r} {pct(share_of(regions[r], 'UKIP'))}" for r in ranked[:3])
        + ". The North East was stronger.",
    )
    k.claim(
        "In Scotland it took just 1.6 per cent",
        round(100 * share_of(regions["Scotland"], "UKIP"), 1) == 1.6,
        f"{f15}, Scotland: UKIP {regions['Scotland']['UKIP']:,} / "
        f"{regions['Scotland']['_valid']:,} = {pct(share_of(regions['Scotland'], 'UKIP'))}.",
    )
    bp, bp10 = g["Brighton, Pavilion"], g10["Brighton, Pavilion"]
    k.claim(
        "Caroline Lucas increased her majority in Brighton Pavilion to 7,967",
        bp.first == "Green" and bp.majority == 7967 and bp10.majority < bp.majority,
        f"{f10} {bp10.line()}. {f15} {bp.line()}.",
    )
    gs = [s for s in g.values() if s.second == "Green"]
    k.claim(
        "The party finished second in four seats, including Bristol West, where it took 26.8 "
        "per cent",
        len(gs) == 4
        and g["Bristol West"].second == "Green"
        and round(100 * g["Bristol West"].share("Green"), 1) == 26.8,
        f"{f15}: Second party Green in {len(gs)} rows ({', '.join(sorted(s.name for s in gs))}); "
        f"Bristol West Green {g['Bristol West'].votes('Green'):,} / {g['Bristol West'].valid:,} = "
        f"{pct(g['Bristol West'].share('Green'))}.",
    )
