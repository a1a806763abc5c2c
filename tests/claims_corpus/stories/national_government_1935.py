"""labour-revives-national-government-holds-1935-note: a history society note (years named) on
the 1935 general election, from CBP-8647 only (1935 against 1931 by seat name; party groups 'con',
'lab', 'lib', 'oth', National Labour being in 'oth'; seats won counted over single-member rows;
unopposed returns from the -1/-2 sentinels)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_turnout, history
from .._raw import hist_share as _share

NAME = "labour-revives-national-government-holds-1935-note"
CBP = "CBP-8647"
E, P = "1935", "1931"


def _v(e: str, p: str) -> int:
    return int(hist_national(e)[p])


def _won(e: str, p: str, c: str | None = None) -> int:
    return int(hist_national(e, c).get("won_" + p, 0))


def _rows(e: str) -> dict:
    return {h.name: h for h in history() if h.election == e}


@story(NAME)
def key(k: Key) -> None:
    sc, sc1 = _share(E, "con"), _share(P, "con")
    k.claim(
        "The Conservatives took just under 48 per cent of the vote, down more than seven points "
        "on 1931",
        0.47 <= sc < 0.48 and 100 * (sc1 - sc) > 7,
        f"{CBP} con share: {pct(sc1)} in 1931, {pct(sc)} in 1935.",
    )
    t, t1 = hist_turnout(E), hist_turnout(P)
    k.claim(
        "turnout fell to 71.1 per cent, down 5.3 points",
        round(100 * t, 1) == 71.1 and round(100 * (t1 - t), 1) == 5.3,
        f"{CBP} turnout (total / electorate, contested seats): 1931 {pct(t1)}, 1935 {pct(t)}, "
        f"down {100 * (t1 - t):.2f}.",
    )
    k.claim(
        "the last election at which a party or alliance won more than half of all the votes cast",
        None,
        "the National Government's alliance is not a party group of the file; not decided here",
    )
    k.claim(
        "led by Clement Attlee for barely a month",
        None,
        "party leadership; not in the files",
    )
    up = _v(E, "lab") - _v(P, "lab")
    k.claim(
        "Its vote rose by almost 1.9 million",
        1_800_000 <= up < 1_900_000,
        f"{CBP}: lab {_v(P, 'lab'):,} in 1931, {_v(E, 'lab'):,} in 1935, up {up:,}.",
    )
    sl = _share(E, "lab")
    prev = {e: _share(e, "lab") for e in ELECTIONS[: ELECTIONS.index(E)]}
    k.claim(
        "its 38 per cent share was the highest it had ever won",
        round(100 * sl) == 38 and all(sl > v for v in prev.values()),
        f"{CBP} lab shares: "
        + ", ".join(f"{e} {pct(v)}" for e, v in prev.items())
        + f", 1935 {pct(sl)}.",
    )
    k.claim(
        "Labour made a net gain of more than a hundred seats",
        _won(E, "lab") - _won(P, "lab") > 100,
        f"{CBP} single-member winners: lab {_won(P, 'lab')} in 1931, {_won(E, 'lab')} in 1935.",
    )
    L, S = "London", "Scotland"
    k.claim(
        "in London it almost quadrupled its tally",
        3.5 <= _won(E, "lab", L) / _won(P, "lab", L) < 4,
        f"{CBP} London: lab wins {_won(P, 'lab', L)} in 1931, {_won(E, 'lab', L)} in 1935.",
    )
    k.claim(
        "in Scotland it won 19 seats, up from seven",
        _won(E, "lab", S) == 19 and _won(P, "lab", S) == 7,
        f"{CBP} Scotland: lab wins {_won(P, 'lab', S)} in 1931, {_won(E, 'lab', S)} in 1935.",
    )
    r5, r1 = _rows(E), _rows(P)
    li, li1 = r5["Stepney Limehouse"], r1["Stepney Limehouse"]
    k.claim(
        "Attlee himself held Limehouse by 7,245",
        li.winner == "lab" and li.majority == 7245,
        f"{CBP} Stepney Limehouse 1935: {li.votes}; {li.winner} by {li.majority:,}.",
    )
    k.claim(
        "having scraped home there by 551 in 1931",
        li1.winner == "lab" and li1.majority == 551,
        f"{CBP} Stepney Limehouse 1931: {li1.votes}; {li1.winner} by {li1.majority}.",
    )
    se = r5["Durham Seaham"]
    k.claim(
        "lost Seaham to Manny Shinwell by more than 20,000 votes",
        se.winner == "lab" and r1["Durham Seaham"].winner == "oth" and se.majority > 20_000,
        f"{CBP} Durham Seaham: 1931 {r1['Durham Seaham'].winner} (the group holding National "
        f"Labour); 1935 {se.votes}, {se.winner} by {se.majority:,}.",
    )
    eb = r5["Monmouthshire Ebbw Vale"]
    k.claim(
        "returned unopposed four years earlier",
        r1["Monmouthshire Ebbw Vale"].unopposed == "lab",
        f"{CBP} Monmouthshire Ebbw Vale 1931: the lab cell holds the unopposed sentinel.",
    )
    k.claim(
        "held Ebbw Vale by 18,762",
        eb.winner == "lab" and eb.majority == 18_762,
        f"{CBP} Monmouthshire Ebbw Vale 1935: {eb.votes}; {eb.winner} by {eb.majority:,}.",
    )
    he = r5["Yorkshire (West Riding) Hemsworth"]
    k.claim(
        "Hemsworth gave Labour a majority of 21,266",
        he.winner == "lab" and he.majority == 21_266,
        f"{CBP} Yorkshire (West Riding) Hemsworth 1935: {he.votes}; {he.winner} by "
        f"{he.majority:,}.",
    )
    libc = [h for h in r5.values() if h.votes["lib"] > 0 or h.unopposed == "lib"]
    k.claim(
        "The party fielded only 161 candidates",
        len(libc) == 161,
        f"{CBP} 1935: {len(libc)} constituency rows with Liberal votes (a row is a constituency; "
        "the file does not count candidates).",
    )
    gains = [n for n, h in r5.items() if h.winner == "lib" and n in r1 and r1[n].winner != "lib"]
    k.claim(
        "recorded only two gains",
        len(gains) == 2,
        f"{CBP} seats lib in 1935 and not in 1931 (matched by name): {', '.join(gains)}.",
    )
    dw = r5["Lancashire Darwen"]
    k.claim(
        "lost Darwen by 1,157",
        dw.winner == "con" and r1["Lancashire Darwen"].winner == "lib" and dw.majority == 1157,
        f"{CBP} Lancashire Darwen: 1931 {r1['Lancashire Darwen'].winner}; 1935 {dw.votes}, "
        f"{dw.winner} by {dw.majority:,}.",
    )
    bo = r5["Cornwall Bodmin"]
    k.claim(
        "Isaac Foot lost Bodmin by 2,753",
        bo.winner == "con" and r1["Cornwall Bodmin"].winner == "lib" and bo.majority == 2753,
        f"{CBP} Cornwall Bodmin: 1931 {r1['Cornwall Bodmin'].winner}; 1935 {bo.votes}, "
        f"{bo.winner} by {bo.majority:,}.",
    )
    cb = r5["Caernarvon District Of Boroughs"]
    k.claim(
        "Lloyd George held Caernarvon Boroughs by 9,609",
        cb.winner == "lib" and cb.majority == 9609,
        f"{CBP} Caernarvon District Of Boroughs 1935: {cb.votes}; {cb.winner} by {cb.majority:,}.",
    )
    un = [h for h in r5.values() if h.unopposed]
    k.claim(
        "Forty MPs were returned unopposed",
        sum(h.seats for h in un) == 40,
        f"{CBP} 1935: {len(un)} unopposed rows, {sum(h.seats for h in un)} seats.",
    )
    k.claim(
        "Baldwin at Bewdley among them",
        r5["Worcestershire Bewdley"].unopposed == "con",
        f"{CBP} Worcestershire Bewdley 1935: the con cell holds the unopposed sentinel.",
    )
    k.claim("Winston Churchill, 60,", None, "an age; not in the files")
    ep, ep1 = r5["Essex Epping"], r1["Essex Epping"]
    k.claim(
        "increased his majority at Epping to more than 20,000",
        ep.winner == "con" and ep.majority > 20_000 and ep.majority > ep1.majority,
        f"{CBP} Essex Epping: con by {ep1.majority:,} in 1931, by {ep.majority:,} in 1935.",
    )
    single = sorted((h for h in r5.values() if h.total and h.seats == 1), key=lambda h: h.majority)
    k.claim(
        "The narrowest result in the country was Kingswinford, held by Labour by 16 votes",
        single[0].name == "Staffordshire Kingswinford"
        and single[0].winner == "lab"
        and single[0].majority == 16,
        f"{CBP} 1935 smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority}" for h in single[:3])
        + ".",
    )
    k.claim(
        "Blackpool returned the largest majority anywhere",
        single[-1].name == "Blackpool",
        f"{CBP} 1935 largest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority:,}" for h in single[-3:][::-1])
        + ".",
    )
