"""labour-southern-surprises-live: Labour's 2017 gains in southern and eastern England as an
election-night live blog (times only, no year); changes against 2015 on the same boundaries."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, maiden, pseph_name, swing

NAME = "labour-southern-surprises-live"
SOUTH = ("London", "South East", "South West", "East of England")


@story(NAME)
def key(k: Key) -> None:
    g, g15, g10 = general(2017), general(2015), general(2010)
    f, f15, f10 = pseph_name(2017), pseph_name(2015), pseph_name(2010)
    ps, ops = g["Portsmouth South"], g15["Portsmouth South"]
    k.claim(
        "Councillor Stephen Morgan has taken the seat for Labour with 18,290 votes",
        ps.result == "Lab gain from Con" and ps.votes("Lab") == 18290,
        f"{f}: {ps.line()}.",
    )
    d = ps.share("Lab") - ops.share("Lab")
    k.claim(
        "his party's share up 21.5 points",
        round(100 * d, 1) == 21.5,
        f"Lab {pct(ops.share('Lab'))} ({f15}) -> {pct(ps.share('Lab'))} ({f}): {100 * d:+.2f}.",
    )
    k.claim(
        "He overturned Flick Drummond's majority of 14,585",
        ops.majority == 14585,
        f"{f15}: {ops.line()}: majority {ops.majority:,}; 14,585 was Drummond's vote.",
    )
    k.claim(
        "Labour came third here last time",
        ops.ranked()[2].party == "Lab",
        f"{f15}: {ops.line()}.",
    )
    hp = hist_seat("Portsmouth South")
    k.claim(
        "until 2015 this was a Liberal Democrat seat",
        g10["Portsmouth South"].first == "LD" and ops.result == "Con gain from LD",
        f"{f10}: {g10['Portsmouth South'].line()}; {f15} '{ops.result}'; CBP-8647: "
        f"{hist_line(hp)}.",
    )
    k.claim(
        "the first Labour MP for Portsmouth South since the seat was created in 1918",
        hp[0].election == "1918" and all(h.winner != "lab" for h in hp if h.election < "2017"),
        f"CBP-8647 Portsmouth South: {hist_line(hp)}.",
    )
    k.claim(
        "Turnout 63.9 per cent",
        round(100 * ps.turnout, 1) == 63.9,
        f"{f}: {ps.valid:,} / {ps.electorate:,} = {pct(ps.turnout)}.",
    )
    k.claim(
        "Morgan was only elected to the city council last summer",
        None,
        "local council elections; not in the results files",
    )
    gains = [s for s in g.values() if s.result.startswith("Lab gain")]
    by_maj = sorted(gains, key=lambda s: -s.majority)
    bk = g["Brighton, Kemptown"]
    k.claim(
        "Lloyd Russell-Moyle wins by 9,868 votes, the largest majority of any Labour gain",
        bk.majority == 9868 and by_maj[0].name == "Brighton, Kemptown",
        f"{f}: {bk.line()}; next largest Labour gain {by_maj[1].name} {by_maj[1].majority:,}.",
    )
    sws = sorted(
        ((swing(s, g15[s.name], "Lab", g15[s.name].first), s.name) for s in gains),
        reverse=True,
    )
    k.claim(
        "on a swing of almost 11 points, the biggest of any Labour gain",
        sws[0][1] == "Brighton, Kemptown",
        f"Butler swing to Labour from the 2015 winner ({f15} -> {f}), Labour gains, largest "
        "first: " + ", ".join(f"{n} {100 * v:.2f}" for v, n in sws[:5]) + "; Kemptown "
        f"{100 * swing(bk, g15[bk.name], 'Lab', 'Con'):.2f}.",
    )
    re, ore = g["Reading East"], g15["Reading East"]
    k.claim(
        "Matt Rodda, beaten here two years ago",
        ore.place("Rodda") == 2,
        f"{f15}: {ore.line()}.",
    )
    k.claim(
        "now wins with a majority of 3,479",
        re.majority == 3479,
        f"{f}: {re.line()}: 3,749, not 3,479.",
    )
    cc, occ = g["Croydon Central"], g15["Croydon Central"]
    k.claim(
        "Sarah Jones ousts the housing minister Gavin Barwell by 5,652",
        cc.result == "Lab gain from Con" and cc.majority == 5652 and cc.place("Barwell") == 2,
        f"{f}: {cc.line()} (his office is not in the files).",
    )
    k.claim(
        "two years after losing to him by 165",
        occ.winner_name == "Gavin Barwell" and occ.place("Jones") == 2 and occ.majority == 165,
        f"{f15}: {occ.line()}.",
    )
    pl, opl = g["Plymouth, Sutton and Devonport"], g15["Plymouth, Sutton and Devonport"]
    k.claim(
        "Luke Pollard overturns Oliver Colvile's majority of 523 to win Sutton and Devonport by "
        "6,807",
        opl.majority == 523
        and opl.winner_name == "Oliver Colvile"
        and pl.result == "Lab gain from Con"
        and pl.majority == 6807,
        f"{f15}: {opl.line()}; {f}: {pl.line()}.",
    )
    st, ost, st10 = g["Stroud"], g15["Stroud"], g10["Stroud"]
    ms = maiden("David Drew")
    k.claim(
        "David Drew wins back Stroud, the seat he lost in 2010, by 687 votes",
        st.result == "Lab gain from Con"
        and st.majority == 687
        and st10.result == "Con gain from Lab"
        and st10.place("Drew") == 2
        and ms[0]["Constituency"] == "Stroud",
        f"{f10}: {st10.line()}; maiden-speeches.csv: David Drew, Stroud, {ms[0]['Date']}; "
        f"{f}: {st.line()}.",
    )
    k.claim(
        "two years after falling short by almost 5,000",
        ost.place("Drew") == 2 and 4500 <= ost.majority < 5000,
        f"{f15}: {ost.line()}.",
    )
    ip = g["Ipswich"]
    k.claim(
        "Ipswich falls by 831",
        ip.result == "Lab gain from Con" and ip.majority == 831,
        f"{f}: {ip.line()}.",
    )
    east = sorted((s for s in gains if s.region == "East of England"), key=lambda s: s.majority)
    k.claim(
        "Bedford by 789, the narrowest of Labour's gains in the East of England",
        g["Bedford"].majority == 789 and east[0].name == "Bedford",
        f"{f}: Labour gains in the East of England by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in east)
        + ".",
    )
    dn, odn = g["Derby North"], g15["Derby North"]
    k.claim(
        "Derby North returns to Chris Williamson, who lost it by 41 votes two years ago",
        dn.winner_name == "Chris Williamson"
        and odn.place("Williamson") == 2
        and odn.majority == 41,
        f"{f15}: {odn.line()}; {f}: {dn.line()}.",
    )
    k.claim("his majority now is 2,015", dn.majority == 2015, f"{f}: {dn.line()}.")
    es = g["Enfield, Southgate"]
    k.claim(
        "Enfield, Southgate goes to Bambos Charalambous by 4,355",
        es.result == "Lab gain from Con" and es.majority == 4355,
        f"{f}: {es.line()}.",
    )
    k.claim(
        "twenty years after Michael Portillo lost there",
        None,
        "a 1997 candidate by name; CBP-8647 has party votes, not candidates",
    )
    south = [
        s.name for s in g.values() if s.region in SOUTH and s.result.startswith("Lab gain from Con")
    ]
    k.claim(
        "across London, the South East, the South West and the East of England, Labour has "
        "taken 14 seats from the Conservatives",
        len(south) == 14,
        f"{f}: 'Lab gain from Con' in {', '.join(SOUTH)}: {len(south)} ({', '.join(south)}).",
    )
