"""yorkshire-red-rose-sweep-regional: a regional daily (no year printed) on Yorkshire and the
Humber in 2024; changes against the notional 2019 result on the 2024 boundaries."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, notional2019, notional_winner, pseph_name, seats_won, share_of, totals

NAME = "yorkshire-red-rose-sweep-regional"
R = "Yorkshire and The Humber"


@story(NAME)
def key(k: Key) -> None:
    g, n = general(2024), notional2019()
    f = pseph_name(2024)
    ys = [s for s in g.values() if s.region == R]
    won = seats_won(2024, region=R)
    nw = Counter(notional_winner(s.name) for s in ys)
    k.claim(
        "Labour won 43 of the region's 54 seats, up from 27 on the new boundaries",
        won["Lab"] == 43 and len(ys) == 54 and nw["Lab"] == 27,
        f"{f} {R}: {dict(won)} of {len(ys)}; PSEPH 58 notional 2019 winners {dict(nw)}.",
    )
    gains = [s for s in ys if s.result == "Lab gain from Con"]
    k.claim(
        "taking 17 seats from the Conservatives, who were reduced to nine",
        len(gains) == 17 and won["Con"] == 9,
        f"{f} {R}: {len(gains)} rows 'Lab gain from Con'; Con won {won['Con']}.",
    )
    k.claim(
        "which the exit poll had put on 49 per cent in Barnsley South",
        None,
        "an exit-poll projection; not in the results files",
    )
    k.claim(
        "won no seats in Yorkshire and the Humber at all",
        won["RUK"] == 0,
        f"{f} {R}: seats won {dict(won)}, none RUK.",
    )
    k.claim("Keir Mather, 26,", None, "an age; not in the results files")
    se = g["Selby"]
    k.claim(
        "held Selby",
        "depends",
        f"{f} {se.line()}: the official result is a gain from the Conservatives, the notional "
        f"2019 winner on the new boundaries (PSEPH 58 notional, {notional_winner('Selby')} "
        f"majority {int(n['Selby']['_majority']):,}); Mather had won the old Selby and Ainsty "
        "at the 2023 by-election, so he held his seat in person (true) while the party gained it "
        "(false).",
    )
    k.claim(
        "securing 22,788 votes and a majority of more than 10,000",
        se.ranked()[0].votes == 22788 and 10000 < se.majority < 11000,
        f"{f} {se.line()}.",
    )
    yo = g["York Outer"]
    k.claim(
        "Luke Charters overturned a notional Conservative majority of more than 10,000",
        yo.result == "Lab gain from Con" and notional_winner("York Outer") == "Con"
        and 10000 < int(n["York Outer"]["_majority"]) < 11000,
        f"{f} {yo.line()}; PSEPH 58 notional York Outer Con majority "
        f"{int(n['York Outer']['_majority']):,}.",
    )  # fmt: skip
    hk = g["Harrogate and Knaresborough"]
    k.claim(
        "Tom Gordon ousted the Conservatives in Harrogate and Knaresborough by 8,238 votes",
        hk.result == "LD gain from Con" and hk.majority == 8238,
        f"{f} {hk.line()}.",
    )
    lm = g["Leeds South West and Morley"]
    k.claim(
        "finished third in Leeds South West and Morley",
        lm.place("Jenkyns") == 3,
        f"{f} {lm.line()}: Jenkyns was second.",
    )
    k.claim(
        "Labour's Mark Sewards won by 8,423",
        lm.ranked()[0].surname == "Sewards" and lm.majority == 8423,
        f"{f} {lm.line()}.",
    )
    sp = g["Shipley"]
    k.claim(
        "Philip Davies lost Shipley by more than 8,600",
        sp.ranked()[1].surname == "Davies" and 8600 < sp.majority < 8700,
        f"{f} {sp.line()}.",
    )
    rv = g["Rother Valley"]
    k.claim(
        "in Rother Valley Jake Richards ousted Alexander Stafford by 998",
        rv.result == "Lab gain from Con" and rv.ranked()[1].surname == "Stafford"
        and rv.majority == 998,
        f"{f} {rv.line()}.",
    )  # fmt: skip
    k.claim(
        "expected to become the first woman to be chancellor",
        None,
        "an office; not in the results files",
    )
    lw = g["Leeds West and Pudsey"]
    k.claim(
        "won Leeds West and Pudsey by 12,392",
        lw.ranked()[0].surname == "Reeves" and lw.majority == 12392,
        f"{f} {lw.line()}.",
    )
    big = sorted(ys, key=lambda s: -s.majority)
    k.claim(
        "Rachael Maskell's 19,154 in York Central was the biggest majority in the region",
        big[0].name == "York Central" and big[0].majority == 19154,
        f"{f} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    tm = g["Thirsk and Malton"]
    k.claim(
        "Kevin Hollinrake held Thirsk and Malton with 19,544 votes to Labour's 11,994",
        tm.result == "Con hold"
        and [(c.party, c.votes) for c in tm.ranked()[:2]] == [("Con", 19544), ("Lab", 11994)],
        f"{f} {tm.line()}.",
    )
    ki = g["Keighley and Ilkley"]
    k.claim(
        "Robbie Moore took 40 per cent of the vote in Keighley and Ilkley and held on by 1,625",
        round(100 * ki.share("Con")) == 40 and ki.result == "Con hold" and ki.majority == 1625,
        f"{f} {ki.line()}: Con {pct(ki.share('Con'))}.",
    )
    nar = sorted(ys, key=lambda s: s.majority)
    k.claim(
        "Graham Stuart clung on in Beverley and Holderness by 124 votes, the narrowest result in "
        "the region",
        nar[0].name == "Beverley and Holderness" and nar[0].majority == 124
        and nar[0].result == "Con hold",
        f"{f} {R} smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in nar[:3])
        + ".",
    )  # fmt: skip
    sec = Counter(s.second for s in ys)
    k.claim(
        "Reform finished second in 10 seats across the region",
        sec["RUK"] == 10,
        f"{f} {R} second places: {dict(sec)}: RUK {sec['RUK']}, not 10.",
    )
    best = max(ys, key=lambda s: s.share("RUK"))
    bs = g["Barnsley South"]
    k.claim(
        "Its best result was in Barnsley South, where it took 33 per cent",
        best.name == "Barnsley South" and round(100 * bs.share("RUK")) == 33,
        f"{f} {R} highest RUK share: {best.name} {pct(best.share('RUK'))}.",
    )
    k.claim(
        "David White still came within 4,000 votes of Labour's Stephanie Peacock",
        bs.ranked()[1].surname == "White" and bs.majority < 4000,
        f"{f} {bs.line()}: 4,748 behind, not within 4,000.",
    )
    gc = g["Great Grimsby and Cleethorpes"]
    k.claim(
        "In Great Grimsby and Cleethorpes Reform pushed the Conservatives into third",
        gc.second == "RUK" and gc.ranked()[2].party == "Con",
        f"{f} {gc.line()}.",
    )
    wr = g["Wakefield and Rothwell"]
    k.claim(
        "in Wakefield and Rothwell David Dews was second with 8,427",
        wr.ranked()[1].surname == "Dews" and wr.ranked()[1].votes == 8427,
        f"{f} {wr.line()}.",
    )
    k.claim(
        "The Greens were runners-up in six seats",
        sec["Green"] == 6,
        f"{f} {R} second places: Green {sec['Green']}.",
    )
    t = totals(2024, region=R)
    sh = {p: share_of(t, p) for p in ("Lab", "Con", "RUK", "Green", "LD")}
    k.claim(
        "Labour took 42 per cent of the vote in the region",
        round(100 * sh["Lab"]) == 42,
        f"{f} {R}: Lab {t['Lab']:,} / {t['_valid']:,} = {pct(sh['Lab'])}, not 42.",
    )
    k.claim(
        "the Conservatives 23 per cent and Reform almost 17 per cent",
        round(100 * sh["Con"]) == 23 and 0.16 <= sh["RUK"] < 0.17,
        f"{f} {R}: Con {pct(sh['Con'])}, RUK {pct(sh['RUK'])}.",
    )
    k.claim(
        "the Greens, on 7.5 per cent, outpolled the Liberal Democrats",
        round(100 * sh["Green"], 1) == 7.5 and t["Green"] > t["LD"],
        f"{f} {R}: Green {t['Green']:,} ({pct(sh['Green'])}), LD {t['LD']:,} ({pct(sh['LD'])}).",
    )
    to = t["_valid"] / t["_electorate"]
    k.claim(
        "Turnout across the region was just under 56 per cent",
        0.55 <= to < 0.56,
        f"{f} {R}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)}.",
    )
    low = sorted(ys, key=lambda s: s.turnout)
    dn = g["Doncaster North"]
    k.claim(
        "on 44.4 per cent, had the lowest turnout in the region",
        round(100 * dn.turnout, 1) == 44.4 and low[0].name == "Doncaster North",
        f"{f} {R} lowest turnouts (valid / electorate): "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in low[:3])
        + ".",
    )
