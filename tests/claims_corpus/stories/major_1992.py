"""major-fourth-term-1992-datablog: a data blog (years named) on the 1992 election, from
CBP-8647 only (party votes by seat; 'lib' is the Liberal Democrats in 1992 and the Alliance in
1987; 'natSW' is the SNP in Scotland and Plaid Cymru in Wales)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, general, hist_national, hist_seat_at, history

NAME = "major-fourth-term-1992-datablog"
CBP = "CBP-8647"


@story(NAME)
def key(k: Key) -> None:
    h92, h87 = hist_national("1992"), hist_national("1987")
    rows = [h for h in history() if h.election == "1992"]
    n = sum(h.seats for h in rows)
    con = int(h92["won_con"])
    k.claim(
        "The polls had pointed to a hung parliament",
        None,
        "opinion polls; not in the results files",
    )
    k.claim(
        "John Major's Conservatives won 336 seats in April 1992, an overall majority of 21 in a "
        "Commons of 651",
        con == 336 and n == 651 and con - (n - con) == 21,
        f"{CBP} 1992: con won {con} of {n} seats; {con} - ({n} - {con}) = {con - (n - con)}.",
    )
    share = h92["con"] / h92["_total"]
    k.claim(
        "The Conservatives polled 14.09 million votes",
        round(h92["con"] / 1e6, 2) == 14.09,
        f"{CBP} 1992: con {int(h92['con']):,}.",
    )
    best = max(
        ((int(hist_national(e)[p]), e, p) for e in ELECTIONS for p in ("con", "lab", "lib")),
    )
    g24 = general(2024)
    v24 = {p: sum(s.votes(p) for s in g24.values()) for p in ("Con", "Lab")}
    k.claim(
        "the most any party had ever won at a British general election",
        best[1:] == ("1992", "con") and all(v < best[0] for v in v24.values()),
        f"{CBP}: largest party vote 1918-2019 is {best[2]} {best[1]} {best[0]:,} (next: con "
        f"2019 {int(hist_national('2019')['con']):,}, lab 1951 {int(hist_national('1951')['lab']):,}); "
        f"PSEPH 59 (2024): {v24}.",
    )
    share87 = h87["con"] / h87["_total"]
    k.claim(
        "Their share, 41.9 per cent, was barely down on 1987",
        round(100 * share, 1) == 41.9 and 0 < share87 - share < 0.01,
        f"{CBP}: con {pct(share)} in 1992, {pct(share87)} in 1987.",
    )
    lost = int(h87["won_con"]) - con
    k.claim(
        "the party still lost 40 seats",
        lost == 40,
        f"{CBP}: con won {int(h87['won_con'])} in 1987, {con} in 1992: {lost} fewer.",
    )
    lower = [
        (e, hist_national(e)["con"] / hist_national(e)["_total"])
        for e in ELECTIONS[ELECTIONS.index("1945") + 1 : ELECTIONS.index("1992")]
    ]
    lower = [(e, s) for e, s in lower if s < share]
    k.claim(
        "the Conservatives' share was their lowest since 1945",
        not lower,
        f"{CBP}: con shares below 1992's {pct(share)} between 1945 and 1992: "
        + ", ".join(f"{e} {pct(s)}" for e, s in lower)
        + ".",
    )
    lab, lab87 = int(h92["won_lab"]), int(h87["won_lab"])
    ls, ls87 = h92["lab"] / h92["_total"], h87["lab"] / h87["_total"]
    k.claim(
        "Neil Kinnock's party won 271 seats, a gain of 42",
        lab == 271 and lab - lab87 == 42,
        f"{CBP}: lab won {lab87} in 1987, {lab} in 1992.",
    )
    k.claim(
        "its share rose by three and a half points to 34.4 per cent",
        round(100 * ls, 1) == 34.4 and round(100 * (ls - ls87) * 2) / 2 == 3.5,
        f"{CBP}: lab {pct(ls87)} in 1987, {pct(ls)} in 1992 ({100 * (ls - ls87):+.2f} points).",
    )
    since = [
        e for e in ELECTIONS[: ELECTIONS.index("1992")] if hist_national(e)["lab"] > h92["lab"]
    ]
    k.claim(
        "It polled 11.6 million votes, its most since 1966",
        round(h92["lab"] / 1e6, 1) == 11.6 and since[-1] == "1966",
        f"{CBP}: lab 1992 {int(h92['lab']):,}; the last election with more Labour votes was "
        f"{since[-1]} ({int(hist_national(since[-1])['lab']):,}), so its most since February 1974, not 1966.",
    )
    more = [e for e in ELECTIONS[: ELECTIONS.index("1992")] if hist_national(e)["won_lab"] > lab]
    k.claim(
        "its 271 seats were its most since October 1974",
        more[-1] == "1974O",
        f"{CBP}: lab seats 1974O {int(hist_national('1974O')['won_lab'])}, 1979 "
        f"{int(hist_national('1979')['won_lab'])}, 1983 {int(hist_national('1983')['won_lab'])}, "
        f"1987 {lab87}, 1992 {lab}.",
    )
    k.claim("Kinnock resigned within days", None, "a resignation; not in the results files")
    lib, lib87 = int(h92["won_lib"]), int(h87["won_lib"])
    lbs, lbs87 = h92["lib"] / h92["_total"], h87["lib"] / h87["_total"]
    k.claim(
        "fell to 20 seats, two fewer than the Alliance won in 1987",
        lib == 20 and lib87 - lib == 2,
        f"{CBP}: lib won {lib87} in 1987 (Alliance), {lib} in 1992.",
    )
    k.claim(
        "their share dropped by almost five points to 17.9 per cent",
        round(100 * lbs, 1) == 17.9 and 4.5 <= 100 * (lbs87 - lbs) < 5,
        f"{CBP}: lib {pct(lbs87)} in 1987, {pct(lbs)} in 1992 ({100 * (lbs - lbs87):+.2f}).",
    )
    bath, bath87 = hist_seat_at("Bath", "1992"), hist_seat_at("Bath", "1987")
    k.claim(
        "the Liberal Democrats won by 3,678 votes to unseat the Conservative chairman",
        bath.winner == "lib" and bath87.winner == "con" and bath.majority == 3678,
        f"{CBP} Bath 1992: {bath.votes}: lib by {bath.majority:,}, not 3,678 (1987 {bath87.winner}).",
    )
    ch, ch87 = hist_seat_at("Cheltenham", "1992"), hist_seat_at("Cheltenham", "1987")
    k.claim(
        "Cheltenham, by 1,668",
        ch.winner == "lib" and ch87.winner == "con" and ch.majority == 1668,
        f"{CBP} Cheltenham 1992: {ch.votes} (1987 {ch87.winner}).",
    )
    turn = h92["_total_contested"] / h92["_electorate_contested"]
    prior = {e: hist_national(e)["_total_contested"] / hist_national(e)["_electorate_contested"]
             for e in ELECTIONS[: ELECTIONS.index("1992")]}  # fmt: skip
    last_higher = [e for e, t in prior.items() if t > turn][-1]
    k.claim(
        "At 77.7 per cent, turnout was the highest since February 1974",
        round(100 * turn, 1) == 77.7 and last_higher == "1974F",
        f"{CBP}: total votes / electorate over contested seats {pct(turn)}; last higher "
        f"{last_higher} {pct(prior[last_higher])}; 1974O {pct(prior['1974O'])}, 1979 "
        f"{pct(prior['1979'])}, 1983 {pct(prior['1983'])}, 1987 {pct(prior['1987'])}.",
    )
    k.claim(
        "some 33.6 million people voted",
        round(h92["_total"] / 1e6, 1) == 33.6,
        f"{CBP} 1992: total votes {int(h92['_total']):,}.",
    )
    sc, sc87 = hist_national("1992", "Scotland"), hist_national("1987", "Scotland")
    k.claim(
        "gained a seat there to finish with 11, on 25.7 per cent of the vote",
        sc["won_con"] == 11
        and sc87["won_con"] == 10
        and round(100 * sc["con"] / sc["_total"], 1) == 25.7,
        f"{CBP} Scotland: con won {int(sc87['won_con'])} in 1987, {int(sc['won_con'])} in 1992; "
        f"share {pct(sc['con'] / sc['_total'])}.",
    )
    k.claim(
        "In Scotland, Labour won 50 seats",
        sc["won_lab"] == 50,
        f"{CBP} Scotland: lab won {int(sc['won_lab'])} in 1992 (50 was 1987's figure: "
        f"{int(sc87['won_lab'])}).",
    )
    k.claim(
        "the SNP won three",
        sc["won_natSW"] == 3,
        f"{CBP} Scotland 1992: natSW (SNP) won {int(sc['won_natSW'])}.",
    )
    wa = hist_national("1992", "Wales")
    k.claim(
        "Plaid Cymru won four seats in Wales",
        wa["won_natSW"] == 4,
        f"{CBP} Wales 1992: natSW (Plaid Cymru) won {int(wa['won_natSW'])}.",
    )
    by_maj = sorted((h for h in rows if h.total), key=lambda h: h.majority)
    vg = hist_seat_at("Vale Of Glamorgan", "1992")
    k.claim(
        "The narrowest result in the country was in the Vale of Glamorgan, where the "
        "Conservatives won by just 19 votes",
        by_maj[0].name == "Vale Of Glamorgan" and vg.winner == "con" and vg.majority == 19,
        f"{CBP} 1992: Vale Of Glamorgan {vg.votes}; next {by_maj[1].name} {by_maj[1].majority}.",
    )
    bs = hist_seat_at("Basildon", "1992")
    k.claim(
        "stayed Conservative with a majority of 1,480",
        bs.winner == "con"
        and hist_seat_at("Basildon", "1987").winner == "con"
        and bs.majority == 1480,
        f"{CBP} Basildon 1992: {bs.votes}; majority {bs.majority:,}.",
    )
    kw = hist_seat_at("Kingswood", "1992")
    k.claim(
        "Labour took Kingswood by 2,370",
        kw.winner == "lab"
        and hist_seat_at("Kingswood", "1987").winner == "con"
        and kw.majority == 2370,
        f"{CBP} Kingswood 1992: {kw.votes} (1987 con).",
    )
    gb = sorted(
        (h for h in rows if h.country != "Northern Ireland" and h.total), key=lambda h: h.majority
    )
    hu = hist_seat_at("Huntingdon", "1992")
    k.claim(
        "The Prime Minister's own majority in Huntingdon, 36,230, was the largest in Great Britain",
        gb[-1].name == "Huntingdon" and hu.majority == 36230,
        f"{CBP} 1992: Huntingdon {hu.votes}, majority {hu.majority:,}; next in Great Britain "
        f"{gb[-2].name} {gb[-2].majority:,} (Northern Ireland rows lump parties into 'oth').",
    )
