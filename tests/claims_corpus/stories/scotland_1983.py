"""scotland-votes-labour-gets-thatcher-1983-feature: a feature (years named) on the 1983 election
in Scotland against 1979, from CBP-8647 only (country 'Scotland'; 'lib' is the Liberals in 1979
and the SDP-Liberal Alliance in 1983; 'natSW' the SNP; seat names as the file spells them)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share

NAME = "scotland-votes-labour-gets-thatcher-1983-feature"
CBP = "CBP-8647"
SC = "Scotland"


def _won(e: str, p: str, c: str | None = SC) -> int:
    return int(hist_national(e, c).get("won_" + p, 0))


@story(NAME)
def key(k: Key) -> None:
    uk = _won("1983", "con", None)
    n = _nseats("1983")
    k.claim(
        "Margaret Thatcher won 387 seats out of 650",
        uk == 387 and n == 650,
        f"{CBP} 1983: con won {uk} of {n}, not 387.",
    )
    k.claim(
        "a majority of 144",
        uk - (n - uk) == 144,
        f"{CBP} 1983: {uk} - ({n} - {uk}) = {uk - (n - uk)}.",
    )
    l0, l1 = _won("1979", "lab"), _won("1983", "lab")
    k.claim(
        "Labour won 41 of Scotland's 72 seats, three fewer than in 1979",
        l1 == 41 and _nseats("1983", SC) == 72 and l0 - l1 == 3,
        f"{CBP} Scotland: lab won {l0} in 1979, {l1} of {_nseats('1983', SC)} in 1983.",
    )
    s0, s1 = _share("1979", "lab", SC), _share("1983", "lab", SC)
    k.claim(
        "its share fell by six and a half points to 35.1 per cent",
        round(100 * s1, 1) == 35.1 and 0.0625 <= s0 - s1 < 0.0675,
        f"{CBP} Scotland: lab {pct(s0)} in 1979, {pct(s1)} in 1983 ({100 * (s1 - s0):+.2f}).",
    )
    h = hist_national("1983", SC)
    k.claim(
        "It still polled almost a million Scottish votes",
        950_000 <= h["lab"] < 1_000_000,
        f"{CBP} Scotland 1983: lab {int(h['lab']):,}.",
    )
    c1 = _share("1983", "con", SC)
    k.claim(
        "finished 6.7 points clear of the Conservatives",
        round(100 * (s1 - c1), 1) == 6.7,
        f"{CBP} Scotland 1983: lab {pct(s1)} - con {pct(c1)} = {100 * (s1 - c1):.2f} points.",
    )
    cs0, cs1 = _won("1979", "con"), _won("1983", "con")
    k.claim(
        "The Conservatives slipped to 21 seats, losing only one on 1979, on 28.4 per cent",
        cs1 == 21 and cs0 - cs1 == 1 and round(100 * c1, 1) == 28.4,
        f"{CBP} Scotland: con won {cs0} in 1979, {cs1} in 1983; share {pct(c1)}.",
    )
    best = max(ELECTIONS[: ELECTIONS.index("1983")], key=lambda e: _won(e, "con"))
    k.claim(
        "their Scottish high-water mark of 1955, when they took 36 seats",
        "depends",
        f"{CBP} Scotland con: "
        + ", ".join(
            f"{e} {_won(e, 'con')} seats {pct(_share(e, 'con', SC))}" for e in ("1931", "1955")
        )
        + f"; 1955 ({_won('1955', 'con')} seats) is the high-water mark by share (the only "
        f"Scottish share above half) and since the war, but {best} had more seats.",
    )
    later = [e for e in ELECTIONS[ELECTIONS.index("1987") :] if _won(e, "con") > 20]
    k.claim(
        "the last time they would win more than 20 Scottish seats",
        not later,
        f"{CBP} Scotland con seats 1987-2019: "
        + ", ".join(f"{e} {_won(e, 'con')}" for e in ELECTIONS[ELECTIONS.index("1987") :])
        + ".",
    )
    a0, a1 = _share("1979", "lib", SC), _share("1983", "lib", SC)
    k.claim(
        "It won eight seats and nearly trebled the Liberal share of four years before, to 24.5 "
        "per cent",
        _won("1983", "lib") == 8 and 2.6 <= a1 / a0 < 3 and round(100 * a1, 1) == 24.5,
        f"{CBP} Scotland: lib won {_won('1983', 'lib')} in 1983; {pct(a0)} in 1979, {pct(a1)} "
        f"in 1983 ({a1 / a0:.2f} times).",
    )
    k.claim(
        "ending up within 100,000 votes of the Conservatives",
        0 < h["con"] - h["lib"] <= 100_000,
        f"{CBP} Scotland 1983: con {int(h['con']):,} - lib {int(h['lib']):,} = "
        f"{int(h['con'] - h['lib']):,}.",
    )
    gh = hist_seat_at("Glasgow Hillhead", "1983")
    gh0 = hist_seat_at("Glasgow Hillhead", "1979")
    k.claim(
        "held Glasgow Hillhead by 1,164",
        "depends" if gh.winner == "lib" and gh.majority == 1164 and gh0.winner == "con" else False,
        f"{CBP} Glasgow Hillhead: 1979 {gh0.winner}; 1983 {gh.votes}, {gh.winner} by "
        f"{gh.majority:,}. The majority is right; 'held' is true of the seat Jenkins won at the "
        "1982 by-election (not in the files), but against the 1979 general election it is an "
        "Alliance gain from the Conservatives.",
    )
    go = hist_seat_at("Gordon", "1983")
    k.claim(
        "In Gordon, Malcolm Bruce won by 850",
        go.winner == "lib" and go.majority == 850,
        f"{CBP} Gordon 1983: {go.votes}, {go.winner} by {go.majority:,}.",
    )
    rs = sorted(
        (r for r in history() if r.election == "1983" and r.country == SC), key=lambda r: r.majority
    )
    ew = hist_seat_at("Edinburgh West", "1983")
    second = sorted(ew.votes, key=lambda p: -ew.votes[p])[1]
    k.claim(
        "The closest contest in the country was Edinburgh West, where the Conservatives beat the "
        "Alliance by 498 votes",
        rs[0].name == "Edinburgh West"
        and ew.winner == "con"
        and second == "lib"
        and ew.majority == 498,
        f"{CBP} Scotland 1983 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in rs[:3])
        + f"; Edinburgh West {ew.votes}.",
    )
    sn = sorted(r.name for r in rs if r.winner == "natSW")
    sn0 = sorted(
        r.name
        for r in history()
        if r.election == "1979" and r.country == SC and r.winner == "natSW"
    )
    de, de0 = hist_seat_at("Dundee East", "1983"), hist_seat_at("Dundee East", "1979")
    k.claim(
        "The Scottish National Party held on to its two seats",
        sn == sn0 and len(sn) == 2,
        f"{CBP} Scotland natSW wins: 1979 {', '.join(sn0)}; 1983 {', '.join(sn)}.",
    )
    k.claim(
        "where Gordon Wilson's majority rose to 5,016",
        de.majority == 5016 and de.majority > de0.majority,
        f"{CBP} Dundee East natSW by {de0.majority:,} in 1979, by {de.majority:,} in 1983.",
    )
    n1 = _share("1983", "natSW", SC)
    prev = ELECTIONS[: ELECTIONS.index("1983")]
    lower = [e for e in prev if _share(e, "natSW", SC) <= n1]
    k.claim(
        "its share sank to 11.8 per cent, the lowest since 1970",
        round(100 * n1, 1) == 11.8 and lower[-1] == "1970",
        f"{CBP} Scotland natSW: "
        + ", ".join(f"{e} {pct(_share(e, 'natSW', SC))}" for e in ELECTIONS[13:19])
        + f"; the last at or below before 1983 is {lower[-1]}.",
    )
    top = sorted(rs, key=lambda r: -r.majority)
    gs = hist_seat_at("Glasgow Springburn", "1983")
    k.claim(
        "Labour's biggest majority in Scotland was in Glasgow Springburn, at 17,599",
        gs.majority == 17599 and top[0].name == "Glasgow Springburn",
        f"{CBP} Scotland 1983 largest majorities: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in top[:3])
        + "; Motherwell North's is the biggest.",
    )
    k.claim("Tam Dalyell, then 51,", None, "an age; not in the files")
    li = hist_seat_at("Linlithgow", "1983")
    k.claim(
        "held Linlithgow comfortably, by 11,361",
        li.winner == "lab" and li.majority == 11361,
        f"{CBP} Linlithgow 1983: {li.votes}, {li.winner} by {li.majority:,}.",
    )
    t0 = hist_national("1979", SC)
    to0 = t0["_total_contested"] / t0["_electorate_contested"]
    to1 = h["_total_contested"] / h["_electorate_contested"]
    k.claim(
        "Turnout in Scotland was 72.7 per cent, down four points on 1979",
        round(100 * to1, 1) == 72.7 and 0.035 <= to0 - to1 < 0.045,
        f"{CBP} Scotland, votes / electorate: {int(h['_total_contested']):,} / "
        f"{int(h['_electorate_contested']):,} = {pct(to1)} in 1983 (the coverage's 72.7 is not "
        f"the file's), {pct(to0)} in 1979: down {100 * (to0 - to1):.2f} points, five not four.",
    )
    k.claim(
        "Scotland's 72 seats would not have influenced the outcome either way",
        None,
        "a counterfactual about a different parliament; not decided here",
    )
