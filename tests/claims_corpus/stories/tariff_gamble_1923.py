"""baldwins-tariff-gamble-1923-column: a newspaper column (years named) on the 1923 general
election, from CBP-8647 only (1923 against 1922 by seat name; party groups 'con', 'lab', 'lib',
'oth', the National Liberals of 1922 being in 'oth'; seats won counted over single-member rows),
with the third-party shares of 2024 from PSEPH 59."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_turnout, history, pseph_name, totals
from .._raw import hist_share as _share

NAME = "baldwins-tariff-gamble-1923-column"
CBP = "CBP-8647"
E, P = "1923", "1922"


def _v(e: str, p: str) -> int:
    return int(hist_national(e)[p])


def _won(e: str, p: str, c: str | None = None) -> int:
    return int(hist_national(e, c).get("won_" + p, 0))


def _rows(e: str) -> dict:
    return {h.name: h for h in history() if h.election == e}


@story(NAME)
def key(k: Key) -> None:
    k.claim("after 209 days in office", None, "a premiership's length; not in the files")
    k.claim(
        "inherited a Commons majority of 75",
        None,
        "the state of the parties at dissolution (after by-elections); not in the files",
    )
    k.claim(
        "the last poll held so late in the year until 2019",
        None,
        "polling dates; not in the files",
    )
    wc, wl, wb = _won(E, "con"), _won(E, "lab"), _won(E, "lib")
    k.claim(
        "The Conservatives still won the most seats, more than Labour and the Liberals combined",
        wc > wl and wc > wb and wc > wl + wb,
        f"{CBP} 1923 single-member winners: con {wc}, lab {wl}, lib {wb} (lab + lib {wl + wb}).",
    )
    r3, r2 = _rows(E), _rows(P)
    single = [h for h in r3.values() if h.total and h.seats == 1]

    def took(a: str, b: str) -> int:
        return sum(1 for h in single if h.winner == a and h.name in r2 and r2[h.name].winner == b)

    k.claim(
        "The Liberals took more seats from the Conservatives than Labour did",
        took("lib", "con") > took("lab", "con"),
        f"{CBP} contested single-member seats con in 1922 (matched by name): lib in 1923 "
        f"{took('lib', 'con')}, lab in 1923 {took('lab', 'con')}.",
    )
    sc, sc2 = _share(E, "con"), _share(P, "con")
    k.claim(
        "the party held 38 per cent of the vote, down less than a point on 1922",
        round(100 * sc) == 38 and 0 < sc2 - sc < 0.01,
        f"{CBP} con share: {pct(sc2)} in 1922, {pct(sc)} in 1923.",
    )
    k.claim(
        "Labour won 191 seats",
        "depends",
        f"{CBP} 1923: lab wins {wl} single-member seats; the file gives party votes, not "
        "winners, for two-member and university seats, which the coverage's 191 counts. True "
        "with them, false on the single-member count.",
    )
    up = _v(E, "lab") - _v(P, "lab")
    k.claim(
        "nearly 200,000 more votes than a year earlier",
        180_000 <= up < 200_000,
        f"{CBP}: lab {_v(P, 'lab'):,} in 1922, {_v(E, 'lab'):,} in 1923, up {up:,}.",
    )
    sb = _share(E, "lib")
    k.claim(
        "on 29.7 per cent",
        round(100 * sb, 1) == 29.7,
        f"{CBP} 1923: lib {_v(E, 'lib'):,} of {int(hist_national(E)['_total']):,} = {pct(sb)}.",
    )
    gap = _v(E, "lab") - _v(E, "lib")
    k.claim(
        "trailed Labour by fewer than 170,000 votes",
        0 < gap < 170_000,
        f"{CBP} 1923: lab {_v(E, 'lab'):,} less lib {_v(E, 'lib'):,} = {gap:,}.",
    )
    later = ELECTIONS[ELECTIONS.index(E) + 1 :]
    third = {
        e: sorted((_share(e, p) for p in ("con", "lab", "lib", "natSW")), reverse=True)[2]
        for e in later
    }
    t24 = totals(2024)
    s24 = sorted((v for p, v in t24.items() if not p.startswith("_")), reverse=True)[2]
    top = max(third, key=lambda e: third[e])
    k.claim(
        "one no third party has exceeded at any general election since",
        sb > third[top] and sb > s24 / t24["_valid"],
        f"{CBP}: third-largest group share 1924-2019 peaks at {top} {pct(third[top])} (against "
        f"1923's lib {pct(sb)}); {pseph_name(2024)}: third-largest party share "
        f"{pct(s24 / t24['_valid'])}.",
    )
    k.claim(
        "In the South West the Liberals won 25 seats against 14 for the Conservatives",
        _won(E, "lib", "South West") == 25 and _won(E, "con", "South West") == 14,
        f"{CBP} South West 1923: lib {_won(E, 'lib', 'South West')}, con "
        f"{_won(E, 'con', 'South West')}.",
    )
    L = "London"
    k.claim(
        "in London Labour more than doubled its tally of MPs",
        _won(E, "lab", L) > 2 * _won(P, "lab", L),
        f"{CBP} London: lab wins {_won(P, 'lab', L)} in 1922, {_won(E, 'lab', L)} in 1923.",
    )
    t, t2 = hist_turnout(E), hist_turnout(P)
    k.claim(
        "Turnout was 71.1 per cent, down almost two points",
        round(100 * t, 1) == 71.1 and 1.5 <= 100 * (t2 - t) < 2,
        f"{CBP} turnout (total / electorate, contested seats): 1922 {pct(t2)}, 1923 {pct(t)}.",
    )
    un = [h for h in r3.values() if h.unopposed]
    k.claim(
        "No fewer than 50 MPs were returned unopposed",
        sum(h.seats for h in un) == 50,
        f"{CBP} 1923: {len(un)} unopposed rows, {sum(h.seats for h in un)} seats.",
    )
    bw = r3["Worcestershire Bewdley"]
    k.claim(
        "Baldwin held Bewdley by 6,369",
        bw.winner == "con" and bw.majority == 6369,
        f"{CBP} Worcestershire Bewdley 1923: {bw.votes}; {bw.winner} by {bw.majority:,}.",
    )
    ab = r3["Glamorganshire Aberavon"]
    k.claim(
        "Ramsay MacDonald won Aberavon by 3,152",
        ab.winner == "lab" and ab.majority == 3152,
        f"{CBP} Glamorganshire Aberavon 1923: {ab.votes}; {ab.winner} by {ab.majority:,}.",
    )
    bn = r3["Battersea North"]
    k.claim(
        "Labour lost Battersea North by 186",
        r2["Battersea North"].winner == "lab" and bn.winner != "lab" and bn.majority == 186,
        f"{CBP} Battersea North: 1922 {r2['Battersea North'].winner}; 1923 {bn.votes}, "
        f"{bn.winner} by {bn.majority}.",
    )
    rows = sorted(single, key=lambda h: h.majority)
    k.claim(
        "Sedgefield, held by the Conservatives by six votes, was the closest result in the country",
        rows[0].name == "Durham Sedgefield",
        f"{CBP} 1923 smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority}" for h in rows[:3])
        + ".",
    )
    k.claim(
        "Rhondda East returned the largest majority in the country, almost 13,000, for Labour",
        rows[-1].name == "Rhondda East",
        f"{CBP} 1923 largest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority:,}" for h in rows[-3:][::-1])
        + ".",
    )
    k.claim("it lasted ten months", None, "a government's length; not in the files")
