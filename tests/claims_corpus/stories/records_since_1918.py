"""turnout-and-records-since-1918-datablog: 2024 against the CBP-8647 series 1918-2019."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, general, hist_national, history, pseph_name, seats_won, totals
from .._raw import hist_turnout as _turnout

NAME = "turnout-and-records-since-1918-datablog"
POSTWAR = ELECTIONS[ELECTIONS.index("1945") :]


def _share(e: str, party: str) -> float:
    h = hist_national(e)
    return h[party] / h["_total"]


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    f24, f19 = pseph_name(2024), pseph_name(2019)
    t, t19 = totals(2024), totals(2019)
    to, to19 = t["_valid"] / t["_electorate"], t19["_valid"] / t19["_electorate"]
    tt = {e: _turnout(e) for e in ELECTIONS}
    series = "CBP-8647 turnout (total votes / electorate, contested seats): " + ", ".join(
        f"{e} {pct(v)}" for e, v in tt.items()
    )
    k.claim(
        "Turnout at the 2024 general election was 59.7 per cent",
        round(100 * to, 1) == 59.7,
        f"{f24}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)}.",
    )
    k.claim(
        "down more than seven points on 2019",
        100 * (to19 - to) > 7,
        f"{f19}: {pct(to19)}; 2024 {pct(to)}; {100 * (to - to19):+.2f} points.",
    )
    below = sorted([e for e in POSTWAR if tt[e] < to])
    k.claim(
        "the second-lowest since the Second World War",
        below == ["2001"],
        f"{series}. Since 1945 only 2001 ({pct(tt['2001'])}) is below 2024 ({pct(to)}).",
    )
    k.claim(
        "The highest turnout since the war was 83.9 per cent in 1950",
        max(POSTWAR, key=lambda e: tt[e]) == "1950" and round(100 * tt["1950"], 1) == 83.9,
        f"{series}.",
    )
    k.claim(
        "Turnout remained above 75 per cent at every post-war general election until 1970",
        "depends",
        f"CBP-8647: 1945 {pct(tt['1945'])}; 1950-1966 "
        + ", ".join(f"{e} {pct(tt[e])}" for e in ELECTIONS[8:14])
        + "; 1970 "
        + pct(tt["1970"])
        + ". True if 'post-war' starts in 1950 (the July 1945 election was held before the war "
        "with Japan ended); false if it includes 1945, when turnout was under 75%.",
    )
    k.claim(
        "when it dipped to 72.0 per cent",
        round(100 * tt["1970"], 1) == 72.0,
        f"CBP-8647 1970: {pct(tt['1970'])}.",
    )
    mid = ELECTIONS[ELECTIONS.index("1974F") : ELECTIONS.index("2001")]
    k.claim(
        "It then stayed above 70 per cent at every election until plunging to 59.4 per cent in "
        "2001",
        all(tt[e] > 0.7 for e in mid) and round(100 * tt["2001"], 1) == 59.4,
        "CBP-8647: " + ", ".join(f"{e} {pct(tt[e])}" for e in [*mid, "2001"]) + ".",
    )
    after = ELECTIONS[ELECTIONS.index("2005") :]
    k.claim(
        "since then it has never been above 70 per cent",
        all(tt[e] < 0.7 for e in after) and to < 0.7,
        "CBP-8647: " + ", ".join(f"{e} {pct(tt[e])}" for e in after) + f"; {f24} {pct(to)}.",
    )
    k.claim(
        "The lowest turnout in the whole series came in 1918, at 57.2 per cent",
        min(tt, key=lambda e: tt[e]) == "1918"
        and round(100 * tt["1918"], 1) == 57.2
        and to > tt["1918"],
        f"{series}; 2024 {pct(to)}.",
    )
    low = sorted(g.values(), key=lambda s: s.turnout)
    k.claim(
        "the lowest turnout in the country was in Manchester Rusholme, where only two in five "
        "electors voted",
        low[0].name == "Manchester Rusholme" and abs(low[0].turnout - 0.4) < 0.01,
        f"{f24}, valid / electorate, lowest: "
        + ", ".join(f"{s.name} {s.valid:,} / {s.electorate:,} = {pct(s.turnout)}" for s in low[:3])
        + ".",
    )
    k.claim(
        "Winchester had the highest, at more than 75 per cent",
        low[-1].name == "Winchester" and low[-1].turnout > 0.75,
        f"{f24}, highest: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in reversed(low[-3:]))
        + ". Harpenden and Berkhamsted was highest; Winchester was under 75%.",
    )
    w = seats_won(2024)
    lab = {e: int(hist_national(e).get("won_lab", 0)) for e in ELECTIONS}
    more = {e: v for e, v in lab.items() if v >= w["Lab"]}
    k.claim(
        "Labour's 411 seats were its second-best total ever, behind only the 418 of 1997",
        w["Lab"] == 411 and list(more) == ["1997"],
        f"{f24}: Lab first in {w['Lab']} rows. CBP-8647 Lab seats at or above 411: "
        + ", ".join(f"{e} {v}" for e, v in more.items())
        + ". 2001 (412) was also higher, so 411 is third.",
    )
    majorities = {}
    for e in ELECTIONS:
        h = hist_national(e)
        seats = sum(r.seats for r in history() if r.election == e)
        won = {p[4:]: v for p, v in h.items() if p.startswith("won_")}
        top = max(won, key=lambda p: won[p])
        if won[top] > seats / 2:
            majorities[e] = (top, h[top] / h["_total"])
    low_maj = sorted(majorities.items(), key=lambda x: x[1][1])[:3]
    lab_share = t["Lab"] / t["_valid"]
    k.claim(
        "its 33.7 per cent was the lowest share won by any party forming a majority government at "
        "any election since 1918",
        round(100 * lab_share, 1) == 33.7 and all(v[1] > lab_share for v in majorities.values()),
        f"{f24}: Lab {t['Lab']:,} / {t['_valid']:,} = {pct(lab_share)}. CBP-8647 elections where "
        "the largest party won more than half the seats, lowest shares: "
        + ", ".join(f"{e} {p} {pct(s)}" for e, (p, s) in low_maj)
        + ".",
    )
    k.claim(
        "its 9.7 million votes were fewer than it won in defeat in both 2017 and 2019",
        round(t["Lab"] / 1e6, 1) == 9.7
        and t["Lab"] < totals(2017)["Lab"]
        and t["Lab"] < t19["Lab"],
        f"Lab votes: {f24} {t['Lab']:,}; PSEPH 57 (2017) {totals(2017)['Lab']:,}; "
        f"{f19} {t19['Lab']:,}.",
    )
    con = {e: _share(e, "con") for e in ELECTIONS}
    c24 = t["Con"] / t["_valid"]
    k.claim(
        "The Conservatives fell to 23.7 per cent, lower than at any election since 1918",
        round(100 * c24, 1) == 23.7 and min(con.values()) > c24,
        f"{f24}: Con {pct(c24)}. CBP-8647 Con share, lowest: "
        + ", ".join(f"{e} {pct(v)}" for e, v in sorted(con.items(), key=lambda x: x[1])[:3])
        + ".",
    )
    two = {e: _share(e, "con") + _share(e, "lab") for e in ELECTIONS}
    two24 = (t["Con"] + t["Lab"]) / t["_valid"]
    k.claim(
        "Together the two big parties took 57.4 per cent, also lower than at any election since "
        "1918",
        round(100 * two24, 1) == 57.4 and min(two.values()) > two24,
        f"{f24}: (Con + Lab) / valid = {pct(two24)}. CBP-8647 Con + Lab, lowest: "
        + ", ".join(f"{e} {pct(v)}" for e, v in sorted(two.items(), key=lambda x: x[1])[:3])
        + ".",
    )
    peak = max(two, key=lambda e: two[e])
    k.claim(
        "Their combined share peaked at 97 per cent in 1951",
        peak == "1951" and round(100 * two["1951"]) == 97,
        f"CBP-8647 Con + Lab: 1951 {pct(two['1951'])}, 1955 {pct(two['1955'])} (the peak), "
        f"1959 {pct(two['1959'])}.",
    )
    h51, h74 = hist_national("1951"), hist_national("1974F")
    k.claim(
        "In 1951 Labour won a bigger share of the vote than the Conservatives but fewer seats",
        h51["lab"] > h51["con"] and h51["won_lab"] < h51["won_con"],
        f"CBP-8647 1951: Lab {pct(_share('1951', 'lab'))}, {int(h51['won_lab'])} seats; Con "
        f"{pct(_share('1951', 'con'))}, {int(h51['won_con'])} seats.",
    )
    k.claim(
        "in February 1974 the Conservatives won more votes than Labour but fewer seats",
        h74["con"] > h74["lab"] and h74["won_con"] < h74["won_lab"],
        f"CBP-8647 1974F: Con {int(h74['con']):,} votes, {int(h74['won_con'])} seats; Lab "
        f"{int(h74['lab']):,} votes, {int(h74['won_lab'])} seats.",
    )
    lib = {e: int(hist_national(e).get("won_lib", 0)) for e in ELECTIONS}
    k.claim(
        "The Liberal Democrats' 72 seats were the most for the third party since 1923, when the "
        "Liberals won more than 150",
        w["LD"] == 72 and lib["1923"] > 150 and all(v < 72 for e, v in lib.items() if e > "1923"),
        f"{f24}: LD first in {w['LD']} rows. CBP-8647 Liberal/Alliance/LD seats: 1923 "
        f"{lib['1923']}; highest since: {max(v for e, v in lib.items() if e > '1923')} (2005).",
    )
    k.claim(
        "The Greens' 6.7 per cent was the best in the party's history",
        None,
        f"{f24}: Green {pct(t['Green'] / t['_valid'])}; but CBP-8647 counts the Greens in 'oth', "
        "so no file here holds their earlier national shares.",
    )
    second = [s for s in g.values() if s.second == "RUK"]
    k.claim(
        "Reform UK came second in more than 100 seats",
        len(second) > 100,
        f"{f24}: Second party RUK in {len(second)} rows, not more than 100.",
    )
