"""six-by-elections-since-2024-explainer: an explainer (years named) on the six by-elections of
the 2024 parliament in PSEPH 59 by-elections, each against the 2024 general election in the
same seat (PSEPH 59, matched on the ONS code)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import Seat, by_election, by_elections, previous_general, pseph_name

NAME = "six-by-elections-since-2024-explainer"
PB = "PSEPH 59 by-elections"
P24 = pseph_name(2024)


def _chg(b: Seat, o: Seat, party: str) -> float:
    return 100 * (b.share(party) - o.share(party))


@story(NAME)
def key(k: Key) -> None:
    allb = by_elections(59)
    rh = by_election("Runcorn and Helsby")
    _, rh0 = previous_general(rh)
    first = min(allb, key=lambda b: (b.date[6:], b.date[3:5], b.date[:2]))
    k.claim(
        "The first by-election of the parliament came in Runcorn and Helsby on 1 May 2025",
        first.name == rh.name and rh.date == "01/05/2025",
        f"{PB}: dates " + ", ".join(f"{b.name} {b.date}" for b in allb) + ".",
    )
    k.claim("following an assault conviction", None, "A court case: not in the files.")
    k.claim(
        "Reform UK's Sarah Pochin won by six votes, 12,645 to 12,639",
        rh.result == "RUK gain from Lab"
        and rh.majority == 6
        and rh.ranked()[0].votes == 12645
        and rh.ranked()[1].votes == 12639,
        f"{PB} {rh.line()}.",
    )
    k.claim(
        "overturning a Labour majority of 14,696",
        rh0.first == "Lab" and rh0.majority == 14696,
        f"{P24} {rh0.line()}.",
    )
    every = [b for p in range(55, 60) for b in by_elections(p)]
    nxt = sorted(every, key=lambda b: b.majority)[:3]
    k.claim(
        "It was the narrowest by-election result since 2010",
        nxt[0].name == rh.name and nxt[1].majority > rh.majority,
        "PSEPH 55-59 by-elections, smallest majorities: "
        + ", ".join(f"{b.name} ({b.date}) {b.majority:,}" for b in nxt)
        + ".",
    )
    k.claim(
        "Reform called it the closest by-election since the war",
        None,
        "A quote, and by-elections before 2010 are not in the files.",
    )
    k.claim(
        "Reform's share rose by 20.6 points while Labour's fell by 14.2",
        round(_chg(rh, rh0, "RUK"), 1) == 20.6 and round(-_chg(rh, rh0, "Lab"), 1) == 14.2,
        f"{PB}/{P24} Runcorn and Helsby: RUK {pct(rh0.share('RUK'))} -> {pct(rh.share('RUK'))} "
        f"({_chg(rh, rh0, 'RUK'):+.2f}); Lab {pct(rh0.share('Lab'))} -> "
        f"{pct(rh.share('Lab'))} ({_chg(rh, rh0, 'Lab'):+.2f}).",
    )
    all_t = (rh.valid + rh.invalid) / rh.electorate
    k.claim(
        "Turnout was 46.3 per cent",
        "depends",
        f"{PB} Runcorn and Helsby: valid {rh.valid:,} / electorate {rh.electorate:,} = "
        f"{pct(rh.turnout)} (46.2); with {rh.invalid} rejected ballots {pct(all_t)} (46.3): true "
        "of all ballots, false of valid votes.",
    )
    r = rh.ranked()
    k.claim(
        "The Conservatives slipped to third with 7.2 per cent, only 27 votes ahead of the Greens",
        r[2].party == "Con"
        and round(100 * rh.share("Con"), 1) == 7.2
        and r[3].party == "Green"
        and r[2].votes - r[3].votes == 27,
        f"{PB} {rh.line()}: Con {pct(rh.share('Con'))}; {r[2].votes:,} - {r[3].votes:,} = "
        f"{r[2].votes - r[3].votes}.",
    )
    gd = by_election("Gorton and Denton")
    _, gd0 = previous_general(gd)
    k.claim(
        "where Labour had a majority of 13,413 at the general election",
        gd0.first == "Lab" and gd0.majority == 13413,
        f"{P24} {gd0.line()}.",
    )
    k.claim("a plumber and councillor", None, "Jobs: not in the files.")
    k.claim(
        "won with 14,980 votes and 40.6 per cent of the vote",
        gd.ranked()[0].votes == 14980 and round(100 * gd.share("Green"), 1) == 40.6,
        f"{PB} {gd.line()}: Green {gd.votes('Green'):,} / {gd.valid:,} = "
        f"{pct(gd.share('Green'))} (40.7, not 40.6).",
    )
    k.claim(
        "a majority of 4,402 over Reform's Matt Goodwin",
        gd.majority == 4402 and gd.ranked()[1].surname == "Goodwin",
        f"{PB} {gd.line()}.",
    )
    g = gd.ranked()
    k.claim(
        "Labour was pushed into third, 5,616 votes behind the winner, its share down 25.3 points",
        g[2].party == "Lab"
        and g[0].votes - g[2].votes == 5616
        and round(-_chg(gd, gd0, "Lab"), 1) == 25.3,
        f"{PB} {gd.line()}: {g[0].votes:,} - {g[2].votes:,} = {g[0].votes - g[2].votes:,}; Lab "
        f"{pct(gd0.share('Lab'))} -> {pct(gd.share('Lab'))}.",
    )
    k.claim(
        "The Green share rose by 27.5 points",
        round(_chg(gd, gd0, "Green"), 1) == 27.5,
        f"{PB}/{P24} Gorton and Denton: Green {pct(gd0.share('Green'))} -> "
        f"{pct(gd.share('Green'))}.",
    )
    k.claim(
        "Turnout was under half, at 47.5 per cent",
        gd.turnout < 0.5 and round(100 * gd.turnout, 1) == 47.5,
        f"{PB} Gorton and Denton: valid {gd.valid:,} / electorate {gd.electorate:,} = "
        f"{pct(gd.turnout)}.",
    )
    mk = by_election("Makerfield")
    _, mk0 = previous_general(mk)
    k.claim(
        "Three contests fell on 18 June",
        sum(b.date == "18/06/2026" for b in allb) == 3,
        f"{PB}: " + ", ".join(b.name for b in allb if b.date == "18/06/2026") + " on 18/06/2026.",
    )
    k.claim("the Greater Manchester mayor Andy Burnham", None, "An office outside Westminster.")
    b0 = mk.ranked()[0]
    k.claim(
        "returned to the Commons with 24,937 votes, 54.8 per cent of the total and up 9.6 points "
        "on Labour's showing in 2024",
        b0.votes == 24937
        and round(100 * mk.share("Lab"), 1) == 54.8
        and round(_chg(mk, mk0, "Lab"), 1) == 9.6,
        f"{PB} {mk.line()}: Lab {pct(mk.share('Lab'))}; {P24} Lab {pct(mk0.share('Lab'))}; "
        f"(the file has {b0.votes:,}, not 24,937).",
    )
    kn, kn0 = mk.ranked()[1], mk0.ranked()[1]
    k.claim(
        "second for the second time, added almost 3,000 votes to his 2024 tally",
        kn.surname == kn0.surname == "Kenyon" and 2800 <= kn.votes - kn0.votes < 3000,
        f"{P24} {mk0.line()}; {PB} {mk.line()}: {kn.votes:,} - {kn0.votes:,} = "
        f"{kn.votes - kn0.votes:,}.",
    )
    k.claim(
        "Labour's majority more than doubled, to 9,231",
        mk.majority == 9231 and mk.majority > 2 * mk0.majority,
        f"{P24} majority {mk0.majority:,}; {PB} {mk.majority:,} ({mk.majority / mk0.majority:.2f} "
        "times).",
    )
    m = mk.ranked()
    k.claim(
        "Restore Britain came third with 6.8 per cent, and the Conservatives, fourth, polled fewer "
        "than 1,000 votes",
        m[2].party == "RB"
        and round(100 * m[2].votes / mk.valid, 1) == 6.8
        and m[3].party == "Con"
        and m[3].votes < 1000,
        f"{PB} {mk.line()}.",
    )
    byt = sorted(allb, key=lambda b: -b.turnout)
    k.claim(
        "Makerfield also had the highest turnout of the six contests, 58.7 per cent",
        len(allb) == 6 and byt[0].name == mk.name and round(100 * mk.turnout, 1) == 58.7,
        f"{PB} turnout (valid / electorate): "
        + ", ".join(f"{b.name} {pct(b.turnout)}" for b in byt)
        + ".",
    )
    ab = by_election("Aberdeen South")
    _, ab0 = previous_general(ab)
    k.claim(
        "took the seat from the SNP with a majority of 6,050, more than doubling his party's share "
        "to 49.5 per cent",
        ab.result == "Con gain from SNP"
        and ab.majority == 6050
        and ab.share("Con") > 2 * ab0.share("Con")
        and round(100 * ab.share("Con"), 1) == 49.5,
        f"{PB} {ab.line()}; Con {pct(ab0.share('Con'))} -> {pct(ab.share('Con'))}.",
    )
    k.claim(
        "Stephen Flynn had held it by 3,758 two years earlier",
        ab0.winner_name.endswith("Flynn") and ab0.majority == 3758,
        f"{P24} {ab0.line()}.",
    )
    k.claim(
        "Turnout there, at 38.0 per cent, was the lowest of the six",
        round(100 * ab.turnout, 1) == 38.0 and byt[-1].name == ab.name,
        f"{PB} Aberdeen South {pct(ab.turnout)}; lowest: {byt[-1].name} {pct(byt[-1].turnout)}.",
    )
    ar = by_election("Arbroath and Broughty Ferry")
    _, ar0 = previous_general(ar)
    k.claim(
        "Labour, second at the general election, fell to fourth",
        ar0.ranked()[1].party == "Lab" and ar.ranked()[3].party == "Lab",
        f"{P24} {ar0.line()}; {PB} {ar.line()}.",
    )
    cl = by_election("Clacton", "2026")
    _, cl0 = previous_general(cl)
    k.claim(
        "with 63.3 per cent of the vote, up 17.2 points, against a field of 34 candidates, the most "
        "at any by-election since 2010",
        round(100 * cl.share("RUK"), 1) == 63.3
        and round(_chg(cl, cl0, "RUK"), 1) == 17.2
        and len(cl.cands) == 34
        and all(len(b.cands) < 34 for p in range(55, 60) for b in by_elections(p) if b is not cl),
        f"{PB} {cl.line()}: RUK {pct(cl.share('RUK'))}; {P24} {pct(cl0.share('RUK'))}; "
        f"{len(cl.cands)} candidates, most at any by-election in PSEPH 55-59: "
        f"{max(len(b.cands) for p in range(55, 60) for b in by_elections(p) if b is not cl)} "
        "elsewhere.",
    )
    k.claim(
        "His majority grew from 8,405 to 12,784, with Count Binface second on 9,455",
        cl0.majority == 8405 and cl.majority == 12784 and cl.ranked()[1].votes == 9455,
        f"{P24} {cl0.line()}; {PB} {cl.line()}.",
    )
    k.claim(
        "The Conservatives, second in the seat in 2024, did not stand",
        cl0.ranked()[1].party == "Con" and cl.votes("Con") == 0,
        f"{P24} {cl0.line()}; {PB} Clacton 2026: no Con candidate.",
    )
