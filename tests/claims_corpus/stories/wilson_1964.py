"""wilson-thirteen-years-end-1964-feature: a feature (years named) on the 1964 election, from
CBP-8647 only (party groups con/lab/lib/natSW/oth; con includes the Speaker's seat as the file
records it, as every CBP-8647 story here does)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, history
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "wilson-thirteen-years-end-1964-feature"
CBP = "CBP-8647"


def _seat_share(e: str, name: str, p: str) -> float:
    r = hist_seat_at(name, e)
    return r.votes[p] / r.total


@story(NAME)
def key(k: Key) -> None:
    n, o = hist_national("1964"), hist_national("1959")
    k.claim("Harold Wilson, 48,", None, "an age; the results files hold no ages")
    seats = sum(h.seats for h in history() if h.election == "1964")
    lab = int(n["won_lab"])
    k.claim(
        "Labour won 317 seats, an overall majority of just four",
        lab == 317 and lab - (seats - lab) == 4,
        f"{CBP} 1964: lab won {lab} of {seats}; {lab} - ({seats} - {lab}) = {lab - (seats - lab)}.",
    )

    def _won(e: str) -> str:
        h = hist_national(e)
        return max((kk for kk in h if kk.startswith("won_")), key=lambda kk: h[kk])[4:]

    prior = ELECTIONS[: ELECTIONS.index("1964")]
    last = [e for e in prior if _won(e) == "lab"]
    k.claim(
        "its first victory since 1945",
        last[-1] == "1945",
        f"{CBP}: elections before 1964 where lab won the most seats: {', '.join(last)} "
        f"(1950: lab {int(hist_national('1950')['won_lab'])}, con "
        f"{int(hist_national('1950')['won_con'])}); the first since 1950, not 1945.",
    )
    k.claim(
        "It was a gain of 59 seats on 1959",
        lab - int(o["won_lab"]) == 59,
        f"{CBP}: lab won {int(o['won_lab'])} in 1959, {lab} in 1964.",
    )
    con = int(n["won_con"])
    k.claim(
        "Conservatives fell to 304, a loss of 61",
        con == 304 and int(o["won_con"]) - con == 61,
        f"{CBP}: con won {int(o['won_con'])} in 1959, {con} in 1964.",
    )
    cs = _share("1964", "con")
    k.claim(
        "their share of the vote dropped to 43.4 per cent",
        round(100 * cs, 1) == 43.4 and cs < _share("1959", "con"),
        f"{CBP}: con {pct(_share('1959', 'con'))} in 1959, {pct(cs)} in 1964.",
    )
    after45 = ELECTIONS[ELECTIONS.index("1945") + 1 : ELECTIONS.index("1964")]
    lower = [e for e in after45 if _share(e, "con") <= cs]
    k.claim(
        "the party's lowest share since 1945",
        not lower,
        f"{CBP}: con shares after 1945 at or below {pct(cs)}: "
        + ", ".join(f"{e} {pct(_share(e, 'con'))}" for e in lower)
        + f"; 1945 {pct(_share('1945', 'con'))}. The lowest since 1950, not 1945.",
    )
    ls = _share("1964", "lab")
    k.claim(
        "Labour's share of 44.1 per cent was less than a point ahead of the Tories",
        round(100 * ls, 1) == 44.1 and 0 < ls - cs < 0.01,
        f"{CBP} 1964: lab {pct(ls)}, con {pct(cs)}; gap {100 * (ls - cs):.2f} points.",
    )
    k.claim(
        "polled fewer votes than it had in 1959",
        n["lab"] < o["lab"],
        f"{CBP}: lab votes {int(o['lab']):,} in 1959, {int(n['lab']):,} in 1964.",
    )
    lead = n["lab"] - n["con"]
    k.claim(
        "Its national lead over the Conservatives was fewer than 200,000 votes out of more "
        "than 27 million cast",
        0 < lead < 200_000 and n["_total"] > 27e6,
        f"{CBP} 1964: lab {int(n['lab']):,} - con {int(n['con']):,} = {int(lead):,}; total "
        f"votes {int(n['_total']):,}.",
    )
    k.claim("under Jo Grimond", None, "a party leader; not in the results files")
    lib, libo = _share("1964", "lib"), _share("1959", "lib")
    k.claim(
        "They nearly doubled their share to 11.2 per cent",
        round(100 * lib, 1) == 11.2 and 1.75 <= lib / libo < 2,
        f"{CBP}: lib {pct(libo)} in 1959, {pct(lib)} in 1964 ({lib / libo:.2f} times).",
    )
    k.claim(
        "won nine seats, up three",
        int(n["won_lib"]) == 9 and int(n["won_lib"]) - int(o["won_lib"]) == 3,
        f"{CBP}: lib won {int(o['won_lib'])} in 1959, {int(n['won_lib'])} in 1964.",
    )
    inv, inv0 = hist_seat_at("Inverness", "1964"), hist_seat_at("Inverness", "1959")
    k.claim(
        "In Inverness the Liberals took the seat from the Conservatives by 2,163 votes",
        inv.winner == "lib" and inv0.winner == "con" and inv.majority == 2163,
        f"{CBP} Inverness: 1959 {inv0.winner}; 1964 {inv.votes}, {inv.winner} by "
        f"{inv.majority:,} (not 2,163, a transposition).",
    )
    nd = hist_seat_at("North Devon", "1964")
    k.claim(
        "Jeremy Thorpe's majority in North Devon grew to more than 6,000",
        nd.winner == "lib" and nd.majority > 6000,
        f"{CBP} North Devon 1964: {nd.votes}; lib majority {nd.majority:,}, not more than 6,000 "
        f"(1959: {hist_seat_at('North Devon', '1959').majority:,}).",
    )
    t, to = _turnout("1964"), _turnout("1959")
    k.claim(
        "Turnout slipped to 77.1 per cent, down from 78.7 per cent",
        round(100 * t, 1) == 77.1 and round(100 * to, 1) == 78.7,
        f"{CBP}: total votes / electorate over contested seats {pct(to)} in 1959, {pct(t)} in "
        "1964.",
    )
    sc = hist_national("1964", "Scotland")
    nsc = sum(h.seats for h in history() if h.election == "1964" and h.country == "Scotland")
    k.claim(
        "Labour took 43 of Scotland's 71 seats",
        int(sc["won_lab"]) == 43 and nsc == 71,
        f"{CBP} Scotland 1964: lab won {int(sc['won_lab'])} of {nsc}.",
    )
    k.claim(
        "the Conservatives were held to 24",
        int(sc["won_con"]) == 24,
        f"{CBP} Scotland 1964: con won {int(sc['won_con'])}.",
    )
    wa = hist_national("1964", "Wales")
    nwa = sum(h.seats for h in history() if h.election == "1964" and h.country == "Wales")
    k.claim(
        "Labour won 28 of the 36 seats",
        int(wa["won_lab"]) == 28 and nwa == 36,
        f"{CBP} Wales 1964: lab won {int(wa['won_lab'])} of {nwa}.",
    )
    ws = wa["lab"] / wa["_total"]
    k.claim(
        "with more than 60 per cent of the vote",
        ws > 0.6,
        f"{CBP} Wales 1964: lab {int(wa['lab']):,} / {int(wa['_total']):,} = {pct(ws)}.",
    )
    sm, sm0 = hist_seat_at("Smethwick", "1964"), hist_seat_at("Smethwick", "1959")
    k.claim(
        "the Conservatives took the seat from Labour with a majority of 1,774",
        sm.winner == "con" and sm0.winner == "lab" and sm.majority == 1774,
        f"{CBP} Smethwick: 1959 {sm0.votes} ({sm0.winner}); 1964 {sm.votes}, con by "
        f"{sm.majority:,}.",
    )
    k.claim(
        "overturning a Labour majority of 3,544",
        sm0.winner == "lab" and sm0.majority == 3544,
        f"{CBP} Smethwick 1959: lab majority {sm0.majority:,}.",
    )
    sw = (
        (_seat_share("1964", "Smethwick", "con") - _seat_share("1959", "Smethwick", "con"))
        - (_seat_share("1964", "Smethwick", "lab") - _seat_share("1959", "Smethwick", "lab"))
    ) / 2
    k.claim(
        "on a swing of more than seven points",
        sw > 0.07,
        f"{CBP} Smethwick: Butler swing lab to con 1959-1964 = {100 * sw:.2f} points.",
    )
    k.claim(
        "lost the seat he had held since 1945",
        None,
        "a member's tenure before 2010; CBP-8647 holds no candidate names",
    )
    cv = hist_seat_at("Colne Valley", "1964")
    k.claim(
        "Labour held Colne Valley by just 187 votes over the Liberals",
        cv.winner == "lab"
        and cv.majority == 187
        and cv.votes["lib"] == sorted(cv.votes.values())[-2],
        f"{CBP} Colne Valley 1964: {cv.votes}; lab over lib by {cv.majority}.",
    )
    be, be0 = hist_seat_at("Belper", "1964"), hist_seat_at("Belper", "1959")
    k.claim(
        "increased his majority in Belper to 6,312",
        be.winner == "lab" and be.majority == 6312 and be.majority > be0.majority,
        f"{CBP} Belper: lab majority {be0.majority:,} in 1959, {be.majority:,} in 1964.",
    )
    hu, hu0 = hist_seat_at("Huyton", "1964"), hist_seat_at("Huyton", "1959")
    k.claim(
        "Wilson's own majority more than tripled, to 19,273",
        hu.majority == 19273 and hu.majority > 3 * hu0.majority,
        f"{CBP} Huyton: lab majority {hu0.majority:,} in 1959, {hu.majority:,} in 1964 "
        f"({hu.majority / hu0.majority:.2f} times).",
    )
    bx, bx0 = hist_seat_at("Bexley", "1964"), hist_seat_at("Bexley", "1959")
    k.claim(
        "Edward Heath's majority in Bexley was cut to 2,589",
        bx.winner == "con" and bx.majority == 2589,
        f"{CBP} Bexley: con majority {bx0.majority:,} in 1959, {bx.majority:,} in 1964 (not "
        "2,589).",
    )
    k.claim("a balance of payments deficit put at £800 million", None, "money; not in the files")
    k.claim("within 18 months", None, "an election date; CBP-8647 holds no dates")
