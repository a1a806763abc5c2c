"""north-west-red-wall-rebuilt-regional: a regional news site (no year printed) on the 2024
election in the North West, from PSEPH 59 against the notional 2019 result (PSEPH 58), with the
2024 by-elections (PSEPH 58) and CBP-8647 for a seat's history."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import (
    by_election,
    general,
    hist_line,
    hist_seat,
    notional_winner,
    pseph_name,
    share_of,
    totals,
)

NAME = "north-west-red-wall-rebuilt-regional"
P = pseph_name(2024)
R = "North West"


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    nw = [s for s in g.values() if s.region == R]
    won = Counter(s.first for s in nw)
    was = Counter(notional_winner(s.name) for s in nw)
    k.claim(
        "The region now has 65 Labour MPs, up from 41 notionally",
        won["Lab"] == 65 and was["Lab"] == 41,
        f"{P} {R} winners {dict(won)}; notional 2019 (PSEPH 58) {dict(was)}.",
    )
    k.claim(
        "the Conservatives and the Liberal Democrats have three each and there is one independent",
        won["Con"] == won["LD"] == 3 and won["Ind"] == 1,
        f"{P} {R} winners {dict(won)}.",
    )
    k.claim(
        "Chorley's Lindsay Hoyle, the Speaker, is the 73rd",
        len(nw) == 73 and g["Chorley"].first == "Spk",
        f"{P}: {len(nw)} {R} seats; Chorley won by {g['Chorley'].winner_name} "
        f"({g['Chorley'].first}).",
    )
    k.claim(
        "The Conservatives had notionally held 31",
        was["Con"] == 31,
        f"PSEPH 58 notional 2019 winners in the {len(nw)} {R} seats: {dict(was)}.",
    )
    t = totals(2024, region=R)
    k.claim(
        "Labour took 44 per cent of the regional vote",
        round(100 * share_of(t, "Lab")) == 44,
        f"{P} {R}: Lab {t['Lab']:,} / {t['_valid']:,} = {pct(share_of(t, 'Lab'))}.",
    )
    k.claim(
        "Reform UK outpolled the Conservatives in the region",
        t["RUK"] > t["Con"],
        f"{P} {R}: RUK {t['RUK']:,} ({pct(share_of(t, 'RUK'))}), Con {t['Con']:,} "
        f"({pct(share_of(t, 'Con'))}).",
    )
    sec = Counter(s.ranked()[1].party for s in nw)
    k.claim(
        "finished second in 28 seats, one fewer than the Tories",
        sec["RUK"] == 28 and sec["Con"] == 29,
        f"{P} {R} second places: {dict(sec)}.",
    )
    k.claim(
        "Turnout across the North West was 56.7 per cent",
        round(100 * t["_valid"] / t["_electorate"], 1) == 56.7,
        f"{P} {R}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = "
        f"{pct(t['_valid'] / t['_electorate'])}.",
    )

    def shares(name: str) -> tuple[list[float], str]:
        s = g[name]
        r = s.ranked()
        return [round(100 * c.votes / s.valid, 1) for c in r[:3]], f"{P} {s.line()}."

    v, ev = shares("Barrow and Furness")
    r = g["Barrow and Furness"].ranked()
    k.claim(
        "Michelle Scrogham won Barrow and Furness with 43.9 per cent of the vote, with Simon Fell "
        "second on 31.3 per cent and Reform on 16.7",
        v == [43.9, 31.3, 16.7] and r[1].surname == "Fell" and r[2].party == "RUK",
        ev + f" Shares {v}.",
    )
    v, ev = shares("Carlisle")
    r = g["Carlisle"].ranked()
    k.claim(
        "Julie Minns took Carlisle with 39.4 per cent, John Stevenson second on 28.1 and Reform "
        "third with 20.2",
        v == [39.4, 28.1, 20.2] and r[0].surname == "Minns" and r[2].party == "RUK",
        ev + f" Shares {v}.",
    )
    v, ev = shares("Penrith and Solway")
    k.claim(
        "Markus Campbell-Savours won 40.6 per cent to Mark Jenkinson's 29.9",
        v[:2] == [40.6, 29.9] and g["Penrith and Solway"].ranked()[1].surname == "Jenkinson",
        ev + f" Shares {v}.",
    )
    wl = g["Westmorland and Lonsdale"]
    big = sorted(nw, key=lambda s: -s.majority)[:2]
    k.claim(
        "gave him a majority of more than 21,000, the largest in the region",
        wl.majority > 21000 and big[0] is wl,
        f"{P} {wl.line()}; largest {R} majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big)
        + ".",
    )
    rv = g["Ribble Valley"]
    lg = sorted((s for s in nw if s.result.startswith("Lab gain")), key=lambda s: s.majority)
    k.claim(
        "lost Ribble Valley by 856 votes, Labour's narrowest gain in the region",
        rv.majority == 856 and rv.ranked()[1].surname == "Evans" and lg[0] is rv,
        f"{P} {rv.line()}; narrowest Labour gains: "
        + ", ".join(f"{s.name} {s.majority}" for s in lg[:2])
        + " (the deputy speakership is not in the files).",
    )
    k.claim(
        "Pendle and Clitheroe went by 902",
        g["Pendle and Clitheroe"].majority == 902,
        f"{P} {g['Pendle and Clitheroe'].line()}.",
    )
    sp = hist_seat("Southport")
    k.claim(
        "Southport elected its first Labour MP",
        g["Southport"].first == "Lab" and all(h.winner != "lab" for h in sp),
        f"{P} {g['Southport'].line()}; CBP-8647 Southport: {hist_line(sp)}.",
    )
    by = by_election("Blackpool South")
    bs = g["Blackpool South"]
    k.claim(
        "held the seat with a majority of 6,848",
        "depends",
        f"{P} {bs.line()}: the official result is a gain from the notional 2019 Conservative "
        f"seat; {by.date} by-election (PSEPH 58): {by.line()}; 'held' is true against the "
        "by-election, false against the official result.",
    )
    al = g["Altrincham and Sale West"]
    hi = max(nw, key=lambda s: s.turnout)
    k.claim(
        "had the highest turnout in the region",
        hi is al,
        f"{P} {R} highest turnout {hi.name} {pct(hi.turnout)}; Altrincham and Sale West "
        f"{pct(al.turnout)}.",
    )
    bs_ = g["Bury South"]
    k.claim(
        "won Bury South by 9,361",
        bs_.ranked()[0].surname == "Wakeford" and bs_.majority == 9361,
        f"{P} {bs_.line()} (crossing the floor is not in the files).",
    )
    bn = g["Bury North"]
    k.claim(
        "James Frith won back Bury North",
        bn.ranked()[0].surname == "Frith"
        and general(2017)["Bury North"].winner_name == "James Frith"
        and general(2019)["Bury North"].winner_name != "James Frith",
        f"{P} {bn.line()}; PSEPH 57 (2017) won by {general(2017)['Bury North'].winner_name}, "
        f"PSEPH 58 (2019) by {general(2019)['Bury North'].winner_name}.",
    )
    ch = g["Cheadle"]
    k.claim(
        "Tom Morrison took Cheadle for the Liberal Democrats by 12,235",
        ch.first == "LD" and ch.majority == 12235 and "gain" in ch.result,
        f"{P} {ch.line()}.",
    )
    ro = g["Rochdale"]
    k.claim(
        "Paul Waugh beat George Galloway by 1,440 votes",
        ro.ranked()[0].surname == "Waugh"
        and ro.ranked()[1].surname == "Galloway"
        and ro.majority == 1440,
        f"{P} {ro.line()}.",
    )
    rb = by_election("Rochdale")
    k.claim(
        "92 days after",
        None,
        f"the general election's date is not in the PSEPH 59 rows (the by-election's is {rb.date})",
    )
    k.claim(
        "Mr Galloway's by-election victory there by 5,697",
        rb.ranked()[0].surname == "Galloway" and rb.majority == 5697,
        f"PSEPH 58 by-election {rb.date}: {rb.line()}.",
    )
    bb = g["Blackburn"]
    low = min(nw, key=lambda s: s.majority)
    k.claim(
        "won Blackburn by 132 votes, the narrowest result in the region",
        bb.first == "Ind" and bb.majority == 132 and low is bb,
        f"{P} {bb.line()}; smallest {R} majority {low.name}.",
    )
    ch_ = sorted((s for s in nw if s.result == "Con hold"), key=lambda s: s.majority)
    k.claim(
        "Fylde was the Conservatives' narrowest hold, by 561",
        ch_[0].name == "Fylde" and ch_[0].majority == 561,
        f"{P} {R} Con holds: " + ", ".join(f"{s.name} {s.majority:,}" for s in ch_) + ".",
    )
    k.claim(
        "Esther McVey kept Tatton by 1,316",
        g["Tatton"].ranked()[0].surname == "McVey" and g["Tatton"].majority == 1316,
        f"{P} {g['Tatton'].line()} (1,316 transposes the majority).",
    )
    rk = max(nw, key=lambda s: s.share("RUK"))
    k.claim(
        "Reform's best share in the region came in Makerfield, at almost 32 per cent",
        rk.name == "Makerfield" and 0.31 <= rk.share("RUK") < 0.32,
        f"{P} {R} highest RUK share {rk.name} {pct(rk.share('RUK'))}.",
    )
