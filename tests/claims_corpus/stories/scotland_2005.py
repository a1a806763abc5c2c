"""fewer-seats-same-story-scotland-2005-daily: a Scottish daily (dateline only) on Scotland at
the 2005 general election, from CBP-8647 only (Scotland rows; 2005 against 2001 as national
figures, the seats being redrawn; the Speaker's Glasgow North East is in 'oth'; 'natSW' is the
SNP; turnout as total / electorate)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_count, hist_share, history

NAME = "fewer-seats-same-story-scotland-2005-daily"
CBP = "CBP-8647"
E, P = "2005", "2001"
S = "Scotland"


def _won(e: str) -> dict[str, int]:
    h = hist_national(e, S)
    return {p: int(h.get("won_" + p, 0)) for p in ("con", "lab", "lib", "natSW", "oth")}


@story(NAME)
def key(k: Key) -> None:
    w, w1 = _won(E), _won(P)
    n, n1 = hist_seat_count(E, S), hist_seat_count(P, S)
    k.claim(
        "Scotland sent 59 MPs to Westminster this time, down from 72, and Labour took 40 of them",
        n == 59 and n1 == 72 and w["lab"] == 40,
        f"{CBP} Scotland: {n1} seats in 2001, {n} in 2005; 2005 wins {w}.",
    )
    k.claim(
        "Counting the Speaker, Michael Martin, who sat as a Labour member until he took the "
        "chair, the party won 41",
        "depends",
        f"{CBP} Scotland 2005: lab {w['lab']}; the Speaker's Glasgow North East is 'oth' "
        f"({w['oth']}). 41 with the Speaker counted with his former party, 40 without.",
    )
    sl, sl1 = hist_share(E, "lab", S), hist_share(P, "lab", S)
    k.claim(
        "Labour's share of the vote fell to 38.9 per cent, down more than four points",
        round(100 * sl, 1) == 38.9 and sl1 - sl > 0.04,
        f"{CBP} Scotland lab share {pct(sl1)} (2001) -> {pct(sl)} (2005).",
    )
    sb, ss = hist_share(E, "lib", S), hist_share(E, "natSW", S)
    sb1, ss1 = hist_share(P, "lib", S), hist_share(P, "natSW", S)
    k.claim(
        "overtook the SNP to come second in votes in Scotland, with 22.6 per cent",
        sb1 < ss1 and sb > ss and round(100 * sb, 1) == 22.6
        and sb == sorted(hist_share(E, p, S) for p in ("con", "lab", "lib", "natSW"))[-2],
        f"{CBP} Scotland: lib {pct(sb1)} and natSW {pct(ss1)} in 2001; lib {pct(sb)} and natSW "
        f"{pct(ss)} in 2005.",
    )  # fmt: skip
    series = {e: _won(e)["lib"] for e in ELECTIONS[: ELECTIONS.index(E)]}
    since = max((e for e in series if series[e] >= w["lib"]), default=None)
    k.claim(
        "won 11 seats, its best tally north of the border since 1923",
        w["lib"] == 11 and since == "1923",
        f"{CBP} Scotland lib wins: "
        + ", ".join(f"{e} {v}" for e, v in series.items() if v >= 8)
        + f"; 2005 {w['lib']}; last at least as many: {since}.",
    )
    r = {h.name: h for h in history() if h.election == E and h.country == S}
    ed = r["East Dunbartonshire"]
    k.claim("Jo Swinson won by 4,061", ed.winner == "lib" and ed.majority == 4061,
            f"{CBP} East Dunbartonshire 2005: {ed.votes}; {ed.winner} by {ed.majority:,}.")  # fmt: skip
    iv = r["Inverness Nairn Badenoch & Strathspey"]
    k.claim(
        "the Lib Dems won by more than 4,000",
        iv.winner == "lib" and iv.majority > 4000,
        f"{CBP} Inverness Nairn Badenoch & Strathspey 2005: {iv.winner} by {iv.majority:,}.",
    )
    es = r["Edinburgh South"]
    k.claim(
        "Labour held on there by just 405",
        es.winner == "lab" and es.majority == 405,
        f"{CBP} Edinburgh South 2005: {es.votes}; {es.winner} by {es.majority}.",
    )
    k.claim(
        "The SNP won six seats, one more than last time",
        w["natSW"] == 6 and w1["natSW"] == 5,
        f"{CBP} Scotland natSW wins {w1['natSW']} (2001) -> {w['natSW']} (2005).",
    )
    k.claim(
        "its share fell by more than three points",
        ss1 - ss > 0.03,
        f"{CBP} Scotland natSW share {pct(ss1)} -> {pct(ss)}, down {100 * (ss1 - ss):.2f} points.",
    )
    m = sorted(r.values(), key=lambda h: h.majority)
    k.claim(
        "Its gain in Dundee East, by 383 votes, was the narrowest result in Scotland",
        m[0].name == "Dundee East" and m[0].winner == "natSW" and m[0].majority == 383,
        f"{CBP} Scotland 2005 smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority}" for h in m[:3]) + ".",
    )  # fmt: skip
    wi = r["Na H-Eileanan An Iar"]
    k.claim(
        "Angus MacNeil took Na h-Eileanan an Iar by 1,441",
        wi.winner == "natSW" and wi.majority == 1441,
        f"{CBP} Na H-Eileanan An Iar 2005: {wi.votes}; {wi.winner} by {wi.majority:,}.",
    )
    oc = r["Ochil & South Perthshire"]
    k.claim(
        "Labour held off the SNP in Ochil and South Perthshire by 688",
        oc.winner == "lab" and oc.votes["lab"] - oc.votes["natSW"] == 688,
        f"{CBP} Ochil & South Perthshire 2005: {oc.votes}; {oc.winner} by {oc.majority}.",
    )
    k.claim(
        "The Conservatives still have only one Scottish MP",
        w["con"] == 1 and w1["con"] == 1,
        f"{CBP} Scotland con wins {w1['con']} (2001), {w['con']} (2005).",
    )
    dc = r["Dumfriesshire Clydesdale & Tweeddale"]
    k.claim(
        "David Mundell won Dumfriesshire, Clydesdale and Tweeddale by 1,738",
        dc.winner == "con" and dc.majority == 1738,
        f"{CBP} Dumfriesshire Clydesdale & Tweeddale 2005: {dc.votes}; {dc.winner} by "
        f"{dc.majority:,}.",
    )
    sc, sc1 = hist_share(E, "con", S), hist_share(P, "con", S)
    k.claim(
        "the party's share edged up to 15.8 per cent",
        round(100 * sc, 1) == 15.8 and 0 < sc - sc1 < 0.01,
        f"{CBP} Scotland con share {pct(sc1)} -> {pct(sc)}.",
    )
    big = m[::-1]
    k.claim(
        "Michael Martin's majority of 18,380 in Glasgow North East was the biggest in Scotland",
        big[0].name == "Glasgow North East",
        f"{CBP} Scotland 2005 largest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority:,}" for h in big[:3]) + ".",
    )  # fmt: skip
    lab = [h for h in big if h.winner == "lab"]
    k.claim(
        "Gordon Brown's 18,216 in Kirkcaldy and Cowdenbeath was the second-biggest of any Labour "
        "MP in Scotland",
        lab[1].name == "Kirkcaldy & Cowdenbeath" and lab[1].majority == 18216,
        f"{CBP} Scotland 2005 largest Labour majorities: "
        + "; ".join(f"{h.name} {h.majority:,}" for h in lab[:3]) + ".",
    )  # fmt: skip
    h, h1 = hist_national(E, S), hist_national(P, S)
    t = h["_total_contested"] / h["_electorate_contested"]
    t1 = h1["_total_contested"] / h1["_electorate_contested"]
    k.claim(
        "Turnout rose to just over 60 per cent, from 58.1 per cent four years ago",
        0.60 < t < 0.61 and round(100 * t1, 1) == 58.1,
        f"{CBP} Scotland turnout (total / electorate): 2001 {pct(t1)}, 2005 {pct(t)}.",
    )
    tu = sorted(r.values(), key=lambda x: x.total / x.electorate)
    k.claim(
        "Glasgow Central recorded the lowest turnout in Scotland, at 44 per cent",
        tu[0].name == "Glasgow Central" and round(100 * tu[0].total / tu[0].electorate) == 44,
        f"{CBP} Scotland 2005 lowest turnouts: "
        + "; ".join(f"{x.name} {pct(x.total / x.electorate)}" for x in tu[:3]) + ".",
    )  # fmt: skip
    k.claim(
        "East Renfrewshire the highest",
        tu[-1].name == "East Renfrewshire",
        f"{CBP} Scotland 2005 highest turnouts: "
        + "; ".join(f"{x.name} {pct(x.total / x.electorate)}" for x in tu[-3:][::-1]) + ".",
    )  # fmt: skip
    k.claim("becomes the youngest MP in the new House of Commons", None,
            "ages are not in the files")  # fmt: skip
