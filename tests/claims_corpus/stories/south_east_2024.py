"""south-east-blue-wall-crumbles-regional: a regional daily (dateline only, no year) on the South
East in 2024, from PSEPH 59 against the notional 2019 result (PSEPH 58 notional)."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, notional2019, notional_winner, pseph_name, seats_won, share_of, totals

NAME = "south-east-blue-wall-crumbles-regional"
P = pseph_name(2024)
N = "PSEPH 58 notional 2019"
REGION = "South East"


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    se = [s for s in g.values() if s.region == REGION]
    won = seats_won(2024, region=REGION)
    nw = Counter(notional_winner(s.name) for s in se)
    k.claim(
        "They held just 30 of the region's 91 seats, down from 81 notionally",
        won["Con"] == 30 and len(se) == 91 and nw["Con"] == 81,
        f"{P} South East: {dict(won)} of {len(se)}; {N}: {dict(nw)}.",
    )
    k.claim(
        "Labour won 36 and the Liberal Democrats 24, with one Green",
        won["Lab"] == 36 and won["LD"] == 24 and won["Green"] == 1,
        f"{P} South East: {dict(won)}.",
    )
    moves = Counter((notional_winner(s.name), s.first) for s in se)
    k.claim(
        "Labour gained 28 seats from the Conservatives and the Lib Dems 23",
        moves[("Con", "Lab")] == 28 and moves[("Con", "LD")] == 23,
        f"{P} vs {N}, South East changes: "
        + ", ".join(f"{a}->{b} {c}" for (a, b), c in moves.items() if a != b)
        + ".",
    )
    k.claim(
        "Labour's 36 seats were more than five times its notional eight",
        nw["Lab"] == 8 and won["Lab"] > 5 * nw["Lab"],
        f"South East Lab: {nw['Lab']} notional, {won['Lab']} in 2024 "
        f"({won['Lab'] / nw['Lab']:.1f} times).",
    )
    t = totals(2024, region=REGION)
    nt: Counter[str] = Counter()
    n = notional2019()
    for s in se:
        for kk, v in n[s.name].items():
            if kk in ("_valid", "_electorate") or not kk.startswith("_"):
                nt[kk] += int(v)
    cs, ncs = share_of(t, "Con"), nt["Con"] / nt["_valid"]
    k.claim(
        "The Tory share of the vote collapsed from 54 per cent notionally to under 31",
        round(100 * ncs) == 54 and cs < 0.31,
        f"South East Con {pct(ncs)} notional, {pct(cs)} in 2024.",
    )
    k.claim(
        "Reform UK took 14 per cent",
        round(100 * share_of(t, "RUK")) == 14,
        f"{P} South East RUK {t['RUK']:,} / {t['_valid']:,} = {pct(share_of(t, 'RUK'))}.",
    )
    ch = g["Chichester"]
    k.claim(
        "lost by more than 12,000 votes to the Liberal Democrats",
        ch.first == "LD" and ch.majority > 12000 and ch.ranked()[1].surname == "Keegan",
        f"{P} {ch.line()}",
    )
    k.claim(
        "overturning a notional Tory majority of almost 20,000",
        notional_winner("Chichester") == "Con"
        and 19000 <= int(n["Chichester"]["_majority"]) < 20000,
        f"{N} Chichester: Con majority {n['Chichester']['_majority']:,}.",
    )
    k.claim('"throw in the towel"', None, "a quotation")
    le = g["Lewes"]
    k.claim(
        "Maria Caulfield lost Lewes by 12,624",
        le.first != "Con" and le.majority == 12624 and le.ranked()[1].surname == "Caulfield",
        f"{P} {le.line()}",
    )
    eb = g["Eastbourne"]
    k.claim(
        "Josh Babarinde took more than twice the Conservative vote",
        eb.votes("LD") > 2 * eb.votes("Con"),
        f"{P} Eastbourne: LD {eb.votes('LD'):,}, Con {eb.votes('Con'):,} "
        f"({eb.votes('LD') / eb.votes('Con'):.2f} times).",
    )
    sh = g["Surrey Heath"]
    k.claim(
        "fell to the Lib Dems by 6,540",
        sh.first == "LD" and sh.majority == 6540,
        f"{P} {sh.line()} (5,640, not 6,540).",
    )
    ld_gains = sorted(
        (s for s in se if s.first == "LD" and notional_winner(s.name) != "LD"),
        key=lambda s: s.majority,
    )
    nh = g["North East Hampshire"]
    k.claim(
        "Ranil Jayawardena lost by 634, the narrowest Lib Dem gain in the region",
        nh.majority == 634 and ld_gains[0].name == nh.name,
        "South East Lib Dem gains by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in ld_gains[:3])
        + ".",
    )
    gi = g["Gillingham and Rainham"]
    k.claim(
        "Naushabah Khan won Gillingham and Rainham with 15,562 votes to Rehman Chishti's 11,590, "
        "with Reform third on 8,792",
        gi.votes("Lab") == 15562 and gi.votes("Con") == 11590 and gi.ranked()[2].votes == 8792
        and gi.ranked()[2].party == "RUK",
        f"{P} {gi.line()}",
    )  # fmt: skip
    ash = g["Ashford"]
    k.claim(
        "Damian Green lost Ashford by 1,779",
        ash.majority == 1779 and ash.ranked()[1].surname == "Green",
        f"{P} {ash.line()}",
    )
    k.claim(
        "overturning a notional majority of more than 17,000",
        notional_winner("Ashford") == "Con" and int(n["Ashford"]["_majority"]) > 17000,
        f"{N} Ashford: Con majority {n['Ashford']['_majority']:,}.",
    )
    ew = g["East Worthing and Shoreham"]
    k.claim(
        "Tom Rutland scored 22,126 votes",
        ew.votes("Lab") == 22126,
        f"{P} {ew.line()} (22,120, not 22,126).",
    )
    k.claim(
        "45 per cent of the vote",
        round(100 * ew.share("Lab")) == 45,
        f"{P} East Worthing and Shoreham Lab {ew.votes('Lab'):,} / {ew.valid:,} = "
        f"{pct(ew.share('Lab'))}.",
    )
    k.claim("the Father of the House", None, "a parliamentary title; not in the files")
    ww = g["Worthing West"]
    k.claim(
        "took 32.5 per cent",
        round(100 * ww.share("Con"), 1) == 32.5 and ww.ranked()[1].surname == "Bottomley",
        f"{P} Worthing West Con {ww.votes('Con'):,} / {ww.valid:,} = {pct(ww.share('Con'))}.",
    )
    hr, ca = g["Hastings and Rye"], g["Canterbury"]
    k.claim(
        "Hastings and Rye and Canterbury were both won by exactly 8,653 votes",
        hr.majority == ca.majority == 8653,
        f"{P} {hr.line()} / {ca.line()}",
    )
    bp = g["Brighton Pavilion"]
    k.claim(
        "Siân Berry holding it by 14,290",
        bp.first == "Green" and bp.majority == 14290 and bp.result.endswith("hold"),
        f"{P} {bp.line()}",
    )
    top = sorted(se, key=lambda s: -s.majority)
    k.claim(
        "Peter Kyle's majority of 19,791 in Hove and Portslade was the largest in the region",
        top[0].name == "Hove and Portslade" and top[0].majority == 19791,
        "South East largest: " + ", ".join(f"{s.name} {s.majority:,}" for s in top[:3]) + ".",
    )
    sv = g["Sevenoaks"]
    k.claim(
        "Laura Trott held Sevenoaks by 5,440, with the Lib Dems second",
        sv.first == "Con" and sv.majority == 5440 and sv.second == "LD",
        f"{P} {sv.line()}",
    )
    low = sorted(se, key=lambda s: s.majority)
    k.claim(
        "Alan Mak clung on in Havant by 92, the narrowest result in the South East",
        low[0].name == "Havant" and low[0].majority == 92 and low[0].first == "Con",
        "South East narrowest: " + ", ".join(f"{s.name} {s.majority:,}" for s in low[:3]) + ".",
    )
    seconds = [s.name for s in se if s.second == "RUK"]
    k.claim(
        "Reform came second in three seats",
        len(seconds) == 3,
        f"{P} South East seats with RUK second: {', '.join(seconds)}.",
    )
    best = sorted(se, key=lambda s: -s.share("RUK"))
    k.claim(
        "its best share in the region was in Folkestone and Hythe",
        best[0].name == "Folkestone and Hythe",
        "South East RUK shares: "
        + ", ".join(f"{s.name} {pct(s.share('RUK'))}" for s in best[:3])
        + ".",
    )
    tt, nto = t["_valid"] / t["_electorate"], nt["_valid"] / nt["_electorate"]
    k.claim(
        "Turnout across the region was 64.6 per cent, down from 70.1 notionally",
        round(100 * tt, 1) == 64.6 and round(100 * nto, 1) == 70.1,
        f"South East valid / electorate: {pct(nto)} notional 2019, {pct(tt)} in 2024.",
    )
    to = sorted(se, key=lambda s: s.turnout)
    k.claim(
        "It was lowest in Sittingbourne and Sheppey, at under 52 per cent",
        to[0].name == "Sittingbourne and Sheppey" and to[0].turnout < 0.52,
        "South East lowest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in to[:3])
        + ".",
    )
    es = g["Esher and Walton"]
    k.claim(
        "Esher and Walton, where turnout reached 72.8 per cent, had the highest in the region",
        round(100 * es.turnout, 1) == 72.8 and to[-1].name == es.name,
        "South East highest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in to[::-1][:3])
        + ".",
    )
