"""second-landslides-1966-2001-datablog: Labour's re-elections of 1966 and 2001 from CBP-8647
only (years named). Seat totals are winners of single-member seats; shares are of all votes
cast; turnout is all votes / electorate over contested seats (shared/articles/dev/README.md)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, share_of, totals

NAME = "second-landslides-1966-2001-datablog"


def _h(e: str) -> dict[str, float]:
    h = dict(hist_national(e))
    h["_share_lab"] = h["lab"] / h["_total"]
    h["_share_con"] = h["con"] / h["_total"]
    h["_turnout"] = h["_total_contested"] / h["_electorate_contested"]
    h["_seats"] = sum(v for kk, v in h.items() if kk.startswith("won_"))
    return h


@story(NAME)
def key(k: Key) -> None:
    H = {e: _h(e) for e in ELECTIONS}
    c = "CBP-8647"
    k.claim(
        "Harold Wilson called the election after just 17 months in office",
        None,
        "a prime minister's tenure and decision; not in the files",
    )
    h66, h64 = H["1966"], H["1964"]
    k.claim(
        "Labour won 363 of the 630 seats, a Commons majority of 96, up from 317 seats in 1964",
        h66["won_lab"] == 363 and h66["_seats"] == 630 and 2 * 363 - 630 == 96
        and h64["won_lab"] == 317,
        f"{c} 1966: Labour won {int(h66['won_lab'])} of {int(h66['_seats'])} seats "
        f"(363 - 267 others = 96); 1964: {int(h64['won_lab'])}.",
    )  # fmt: skip
    since = [e for e in ELECTIONS if e < "1966" and H[e]["_share_lab"] > h66["_share_lab"]]
    k.claim(
        "Its 47.9 per cent of the vote was the party's best share since 1951",
        round(100 * h66["_share_lab"], 1) == 47.9 and since[-1] == "1951",
        f"{c} Labour share of all votes: "
        + ", ".join(f"{e} {pct(H[e]['_share_lab'])}" for e in ("1945", "1950", "1951", "1955",
                                                               "1959", "1964", "1966"))
        + ".",
    )  # fmt: skip
    later = {e: H[e]["_share_lab"] for e in ELECTIONS if e > "1966"}
    later.update({str(y): share_of(totals(y), "Lab") for y in (2024,)})
    top = max(later.items(), key=lambda kv: kv[1])
    k.claim(
        "no Labour share since has matched it",
        top[1] < h66["_share_lab"],
        f"{c} 1970-2019 and PSEPH 59 (2024): Labour's best share after 1966 is {top[0]} "
        f"{pct(top[1])}.",
    )
    most = max(ELECTIONS, key=lambda e: H[e]["lab"])
    k.claim(
        "Its 13.1 million votes were the most the party had ever won",
        round(h66["lab"] / 1e6, 1) == 13.1
        and all(H[e]["lab"] < h66["lab"] for e in ELECTIONS if e < "1966"),
        f"{c} Labour votes: 1966 {int(h66['lab']):,}; 1950 {int(H['1950']['lab']):,}; 1951 "
        f"{int(H['1951']['lab']):,} (more); the most in the file: {most}.",
    )
    fewest = [e for e in ELECTIONS if e < "1966" and H[e].get("won_con", 0) <= h66["won_con"]]
    k.claim(
        "The Conservatives fell to 253 seats, their fewest since 1945",
        h66["won_con"] == 253 and fewest[-1] == "1945",
        f"{c} Conservative seats: "
        + ", ".join(f"{e} {int(H[e]['won_con'])}" for e in ("1945", "1950", "1951", "1955", "1959",
                                                          "1964", "1966"))
        + ".",
    )  # fmt: skip
    k.claim(
        "The Liberals doubled their seats to 12",
        h66["won_lib"] == 12 and h64["won_lib"] * 2 <= 12,
        f"{c} Liberal seats: 1964 {int(h64['won_lib'])}, 1966 {int(h66['won_lib'])}: up a third.",
    )
    k.claim(
        "Turnout, at 75.8 per cent, was down on 1964",
        round(100 * h66["_turnout"], 1) == 75.8 and h66["_turnout"] < h64["_turnout"],
        f"{c} turnout (all votes / electorate, contested seats): 1964 {pct(h64['_turnout'])}, "
        f"1966 {pct(h66['_turnout'])}.",
    )
    k.claim(
        "the Conservatives won 330 seats in 1970",
        H["1970"]["won_con"] == 330,
        f"{c} 1970: Conservative seats {int(H['1970']['won_con'])}.",
    )
    k.claim(
        "almost a carbon copy of the first",
        None,
        "an opinion; not a figure",
    )
    h01, h97 = H["2001"], H["1997"]
    k.claim(
        "Labour won 412 seats, just six fewer than in 1997",
        h01["won_lab"] == 412 and h97["won_lab"] - h01["won_lab"] == 6,
        f"{c}: Labour seats 1997 {int(h97['won_lab'])}, 2001 {int(h01['won_lab'])}.",
    )
    others = int(h01["_seats"] - h01["won_lab"])
    k.claim(
        "for a majority of 167",
        "depends",
        f"{c} 2001: Labour {int(h01['won_lab'])} of {int(h01['_seats'])}; the Speaker (Michael "
        f"Martin, Glasgow Springburn) is in 'oth': 412 - {others} = {412 - others} with him among "
        f"the others; {412 - (others - 1)} without him; 413 - {others - 1} = {413 - others + 1} "
        "if he is counted with Labour, his former party (the figure usually quoted).",
    )
    k.claim(
        "The Conservatives gained a single seat, rising from 165 to 166",
        h97["won_con"] == 165 and h01["won_con"] == 166,
        f"{c}: Conservative seats 1997 {int(h97['won_con'])}, 2001 {int(h01['won_con'])}.",
    )
    k.claim(
        "the Conservative share slipped again",
        h01["_share_con"] < h97["_share_con"],
        f"{c}: Conservative share of all votes 1997 {pct(h97['_share_con'])}, 2001 "
        f"{pct(h01['_share_con'])}: it rose.",
    )
    d = h97["_share_lab"] - h01["_share_lab"]
    k.claim(
        "Labour's share fell 2.5 points to 40.7 per cent",
        round(100 * d, 1) == 2.5 and round(100 * h01["_share_lab"], 1) == 40.7,
        f"{c}: Labour {pct(h97['_share_lab'])} (1997) -> {pct(h01['_share_lab'])} (2001): "
        f"{-100 * d:+.2f}.",
    )
    dv = h97["lab"] - h01["lab"]
    k.claim(
        "its vote fell by nearly 2.8 million",
        2.7e6 <= dv < 2.8e6,
        f"{c}: Labour votes {int(h97['lab']):,} (1997) -> {int(h01['lab']):,} (2001): "
        f"{int(dv):,} fewer.",
    )
    more = [e for e in ELECTIONS if e < "2001" and H[e]["won_lib"] >= h01["won_lib"]]
    k.claim(
        "The Liberal Democrats won 52 seats, the most for the Liberals or their successors since "
        "1929",
        h01["won_lib"] == 52 and more[-1] == "1929",
        f"{c} 'lib' seats: " + ", ".join(f"{e} {int(H[e]['won_lib'])}" for e in
                                        ("1923", "1929", "1931", "1983", "1997", "2001")) + ".",
    )  # fmt: skip
    low = [e for e in ELECTIONS if e < "2001" and H[e]["_turnout"] < h01["_turnout"]]
    k.claim(
        "59.4 per cent, the lowest since 1918",
        round(100 * h01["_turnout"], 1) == 59.4 and low == ["1918"],
        f"{c} turnout: 1918 {pct(H['1918']['_turnout'])}, 2001 {pct(h01['_turnout'])}; every "
        "other election before 2001 higher.",
    )
    dt = h97["_turnout"] - h01["_turnout"]
    k.claim(
        "down more than 15 points on four years earlier",
        dt > 0.15,
        f"{c} turnout 1997 {pct(h97['_turnout'])} -> 2001 {pct(h01['_turnout'])}: "
        f"{-100 * dt:+.2f} points.",
    )
    k.claim(
        'One minister called the apathy "a wake-up call for all of us"',
        None,
        "a quote; not in the files",
    )
