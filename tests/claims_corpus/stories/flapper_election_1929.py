"""flapper-election-liberal-squeeze-history-note: a history society note (year named) on the 1929
general election, from CBP-8647 only (party groups 'con', 'lab', 'lib', 'oth'; seats won counted
over single-member rows; seat names as the file spells them)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, hist_turnout, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share

NAME = "flapper-election-liberal-squeeze-history-note"
CBP = "CBP-8647"
E = "1929"


def _v(e: str, p: str, c: str | None = None) -> int:
    return int(hist_national(e, c)[p])


def _won(e: str, p: str, c: str | None = None) -> int:
    return int(hist_national(e, c).get("won_" + p, 0))


def _single(e: str) -> list:
    return [h for h in history() if h.election == e and h.total and h.seats == 1]


@story(NAME)
def key(k: Key) -> None:
    k.claim(
        "the first general election at which women aged 21 to 29 could vote",
        None,
        "the franchise; not in the files",
    )
    el = {e: sum(h.electorate for h in history() if h.election == e) for e in ("1924", E)}
    k.claim(
        "the electorate grew by more than seven million on 1924",
        el[E] - el["1924"] > 7_000_000,
        f"{CBP} electorate summed over every row: 1924 {el['1924']:,}, 1929 {el[E]:,}, up "
        f"{el[E] - el['1924']:,}.",
    )
    earlier = ELECTIONS[: ELECTIONS.index(E)]
    first = all(_won(e, "lab") < max(_won(e, p) for p in ("con", "lib", "oth")) for e in earlier)
    k.claim(
        "emerged as the largest party in the Commons for the first time",
        _won(E, "lab") > max(_won(E, p) for p in ("con", "lib", "oth")) and first,
        f"{CBP} single-member winners 1929: lab {_won(E, 'lab')}, con {_won(E, 'con')}, lib "
        f"{_won(E, 'lib')}; lab below con in every election 1918-1924 ("
        + ", ".join(f"{e} {_won(e, 'lab')} vs {_won(e, 'con')}" for e in earlier)
        + ").",
    )
    lab, con = _v(E, "lab"), _v(E, "con")
    k.claim(
        "the Conservatives polled more votes",
        con > lab,
        f"{CBP} 1929: con {con:,}, lab {lab:,}.",
    )
    k.claim(
        "a lead of fewer than 200,000 votes",
        0 < con - lab < 200_000,
        f"{CBP} 1929: con {con:,} less lab {lab:,} = {con - lab:,}.",
    )
    sc, sl = _share(E, "con"), _share(E, "lab")
    k.claim(
        "38.1 per cent of the poll",
        round(100 * sc, 1) == 38.1,
        f"{CBP} 1929: con {con:,} of {int(hist_national(E)['_total']):,} = {pct(sc)}.",
    )
    k.claim(
        "Labour's 37.1 per cent",
        round(100 * sl, 1) == 37.1,
        f"{CBP} 1929: lab {pct(sl)}.",
    )
    t, t24 = hist_turnout(E), hist_turnout("1924")
    k.claim(
        "Turnout was 76.3 per cent, slightly down on 1924",
        round(100 * t, 1) == 76.3 and t < t24,
        f"{CBP} turnout (total / electorate, contested seats): 1924 {pct(t24)}, 1929 {pct(t)}.",
    )
    k.claim("Lloyd George, 66,", None, "an age; not in the files")
    lv, ls, ls24 = _v(E, "lib"), _share(E, "lib"), _share("1924", "lib")
    k.claim(
        "polled over five million votes",
        lv > 5_000_000,
        f"{CBP} 1929: lib {lv:,} votes.",
    )
    k.claim(
        "almost a quarter of the popular vote",
        0.22 <= ls < 0.25,
        f"{CBP} 1929: lib {pct(ls)}.",
    )
    k.claim(
        "its share up 5.8 points on 1924",
        round(100 * (ls - ls24), 1) == 5.8,
        f"{CBP}: lib {pct(ls24)} in 1924, {pct(ls)} in 1929, up {100 * (ls - ls24):.2f}.",
    )
    n = _nseats(E)
    k.claim(
        "won less than 10 per cent of the seats",
        _won(E, "lib") / n < 0.10 and 59 / n < 0.10,
        f"{CBP} 1929: lib wins {_won(E, 'lib')} single-member seats of {n} "
        f"({pct(_won(E, 'lib') / n)}); the coverage's 59 would be {pct(59 / n)}.",
    )
    k.claim(
        "a net gain of 19 seats to 59",
        "depends",
        f"{CBP}: lib wins {_won('1924', 'lib')} single-member seats in 1924 and {_won(E, 'lib')} "
        f"in 1929, a gain of {_won(E, 'lib') - _won('1924', 'lib')}; the file gives party votes, "
        "not winners, for two-member and university seats, which the coverage's 40 to 59 "
        "counts. True with them, false on the single-member count.",
    )
    d = hist_seat_at("Lancashire Darwen", E)
    k.claim(
        "returned for Darwen by 462 votes",
        d.winner == "lib" and d.majority == 462,
        f"{CBP} Lancashire Darwen 1929: {d.votes}; {d.winner} by {d.majority}.",
    )
    tt = sorted((h for h in _single(E) if h.electorate), key=lambda h: h.total / h.electorate)
    k.claim(
        "the highest turnout in the country, above 92 per cent",
        tt[-1].name == "Lancashire Darwen" and d.total / d.electorate > 0.92,
        f"{CBP} 1929 turnout (total / electorate): highest {tt[-1].name} "
        f"{pct(tt[-1].total / tt[-1].electorate)}; next {tt[-2].name} "
        f"{pct(tt[-2].total / tt[-2].electorate)}.",
    )
    b = hist_seat_at("Cornwall Bodmin", E)
    k.claim(
        "Isaac Foot took Bodmin by 1,914",
        b.winner == "lib" and b.majority == 1914,
        f"{CBP} Cornwall Bodmin 1929: {b.votes}; {b.winner} by {b.majority}.",
    )
    nc = hist_seat_at("Cornwall Northern", E)
    k.claim(
        "won North Cornwall by 2,491",
        nc.winner == "lib" and nc.majority == 2491,
        f"{CBP} Cornwall Northern 1929: {nc.votes}; {nc.winner} by {nc.majority:,}.",
    )
    cb = hist_seat_at("Caernarvon District Of Boroughs", E)
    k.claim(
        "majority in Caernarvon Boroughs was 16,647",
        cb.majority == 16_647,
        f"{CBP} Caernarvon District Of Boroughs 1929: {cb.votes}; lib by {cb.majority:,} "
        "(16,647 is the Liberal vote).",
    )
    best = max(_single(E), key=lambda h: h.votes["lib"] / h.total)
    k.claim(
        "The Liberals' best result anywhere was Caithness and Sutherland, where they took almost "
        "three-quarters of the vote",
        best.name == "Caithness And Sutherland" and 0.70 <= best.votes["lib"] / best.total < 0.75,
        f"{CBP} 1929, highest lib share: {best.name} {pct(best.votes['lib'] / best.total)}.",
    )
    W = "Wales"
    k.claim(
        "took 25 of the 35 Welsh seats",
        _won(E, "lab", W) == 25 and _nseats(E, W) == 35,
        f"{CBP} Wales 1929: lab wins {_won(E, 'lab', W)} of {_nseats(E, W)}.",
    )
    k.claim(
        "up from 19",
        _won("1924", "lab", W) == 19,
        f"{CBP} Wales 1924: lab wins {_won('1924', 'lab', W)}.",
    )
    k.claim(
        "the Conservatives were left with a single Welsh seat",
        _won(E, "con", W) == 1,
        f"{CBP} Wales 1929: con wins {_won(E, 'con', W)} (1924: {_won('1924', 'con', W)}).",
    )
    L = "London"
    k.claim(
        "Labour won more seats than the Conservatives for the first time",
        _won(E, "lab", L) > _won(E, "con", L)
        and all(_won(e, "lab", L) <= _won(e, "con", L) for e in earlier),
        f"{CBP} London: "
        + ", ".join(f"{e} lab {_won(e, 'lab', L)} con {_won(e, 'con', L)}" for e in earlier + [E])
        + ".",
    )
    rows = sorted(_single(E), key=lambda h: h.majority)
    k.claim(
        "The closest result anywhere was Northwich, held by the Conservatives by four votes",
        rows[0].name == "Cheshire Northwich" and rows[0].winner == "con" and rows[0].majority == 4,
        f"{CBP} 1929, smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority}" for h in rows[:3])
        + f"; Northwich was {hist_seat_at('Cheshire Northwich', '1924').winner} in 1924.",
    )
    l24, l29 = hist_seat_at("Birmingham Ladywood", "1924"), hist_seat_at("Birmingham Ladywood", E)
    k.claim(
        "held off Oswald Mosley by 77 votes at the previous election",
        l24.winner == "con"
        and l24.majority == 77
        and sorted(l24.votes, key=lambda p: l24.votes[p])[-2] == "lab",
        f"{CBP} Birmingham Ladywood 1924: {l24.votes}; {l24.winner} by {l24.majority}.",
    )
    k.claim(
        "fell to Labour by 11",
        l29.winner == "lab" and l29.majority == 11,
        f"{CBP} Birmingham Ladywood 1929: {l29.votes}; {l29.winner} by {l29.majority}.",
    )
    s = hist_seat_at("Durham Seaham", E)
    k.claim(
        "Seaham majority of 28,794 was the largest in the country",
        rows[-1].name == "Durham Seaham" and s.majority == 28_794,
        f"{CBP} 1929, largest majority: {rows[-1].name} {rows[-1].winner} {rows[-1].majority:,}; "
        f"next {rows[-2].name} {rows[-2].majority:,}.",
    )
    bw = hist_seat_at("Worcestershire Bewdley", E)
    k.claim(
        "Baldwin held Bewdley by more than 10,000",
        bw.winner == "con" and bw.majority > 10_000,
        f"{CBP} Worcestershire Bewdley 1929: {bw.votes}; {bw.winner} by {bw.majority:,}.",
    )
    k.claim(
        "it would last a little over two years",
        None,
        "the length of a government; not in the files",
    )
