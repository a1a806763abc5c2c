"""eden-increased-majority-daily: a daily's report (dateline only, no year printed) of the 1955
election, from CBP-8647 only (con includes the Ulster Unionists; the Speaker's Cirencester and
Tewkesbury is in 'oth')."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import ELECTIONS, HistRow, hist_national, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "eden-increased-majority-daily"
CBP = "CBP-8647"
E = "1955"
P = ("con", "lab", "lib", "natSW", "oth")


def _rows(e: str, region: str | None = None) -> list[HistRow]:
    return [h for h in history() if h.election == e and (not region or h.country == region)]


def _won(e: str, region: str) -> Counter[str]:
    return Counter(h.winner for h in _rows(e, region) if h.total or h.unopposed)


def _seat(name: str) -> HistRow:
    return next(h for h in _rows(E) if h.name == name)


@story(NAME)
def key(k: Key) -> None:
    n = hist_national(E)
    con, seats = int(n["won_con"]), _nseats(E)
    k.claim(
        "was returned to Downing Street today with 345 seats",
        "depends",
        f"{CBP} {E}: con first in {con} of {seats} rows; 345 only if the Speaker's Cirencester "
        "and Tewkesbury (in 'oth', a former Conservative) is counted with them.",
    )
    k.claim(
        "the first in a century to ask the country for a fresh mandate and come back stronger",
        None,
        "elections before 1918 are not in the files",
    )
    cs = _share(E, "con")
    k.claim(
        "The Conservatives took almost 50 per cent of the vote",
        0.49 <= cs < 0.5,
        f"{CBP} {E}: con {n['con']:,.0f} / {n['_total']:,.0f} = {pct(cs)}.",
    )
    before = [(e, p, _share(e, p)) for e in ELECTIONS if e < E for p in P]
    higher = [(e, p, v) for e, p, v in before if v > cs]
    k.claim(
        "the highest share for any party since 1931",
        higher and higher[-1][0] == "1931",
        f"{CBP}: party shares above {pct(cs)} before {E}: "
        + ", ".join(f"{e} {p} {pct(v)}" for e, p, v in higher)
        + f"; the best since: {max((v, e, p) for e, p, v in before if e > '1931')}.",
    )
    lab51 = _share("1951", "lab")
    k.claim(
        "more than Labour managed four years ago",
        cs > lab51,
        f"{CBP}: con {E} {pct(cs)} against lab 1951 {pct(lab51)}.",
    )
    ls = _share(E, "lab")
    k.claim(
        "Labour fell to 277 seats on 46.4 per cent",
        int(n["won_lab"]) == 277 and round(100 * ls, 1) == 46.4,
        f"{CBP} {E}: lab first in {int(n['won_lab'])} rows; share {pct(ls)}.",
    )
    o = hist_national("1951")
    d = o["lab"] - n["lab"]
    k.claim(
        "polled some 1.5 million fewer votes than four years ago",
        round(d / 1e6, 1) == 1.5,
        f"{CBP}: lab 1951 {o['lab']:,.0f}, {E} {n['lab']:,.0f}; {d:,.0f} fewer (about 1.35 "
        "million).",
    )
    lib = [h for h in _rows(E) if h.winner == "lib"]
    k.claim(
        "The Liberals held their six seats on 2.7 per cent of the poll",
        len(lib) == 6 and round(100 * _share(E, "lib"), 1) == 2.7,
        f"{CBP} {E}: lib first in {len(lib)} rows ({', '.join(h.name for h in lib)}); share "
        f"{pct(_share(E, 'lib'))}.",
    )
    with_con = [h.name for h in lib if h.votes["con"] > 0]
    k.claim(
        "the one Liberal seat with a Conservative opponent",
        with_con == ["Orkney And Zetland"],
        f"{CBP} {E}, Liberal-won rows with con votes: {with_con}.",
    )
    ok = _seat("Orkney And Zetland")
    k.claim(
        "he won with a majority of nearly 8,000",
        7500 <= ok.majority < 8000,
        f"{CBP} {E} Orkney And Zetland: lib {ok.votes['lib']:,}, con {ok.votes['con']:,}, "
        f"majority {ok.majority:,}.",
    )
    wl = [h.name for h in lib if h.country == "Wales"]
    k.claim(
        "Three of the six Liberal seats are in Wales",
        len(wl) == 3,
        f"{CBP} {E}: Liberal-won rows in Wales: {wl}.",
    )
    sc = _share(E, "con", "Scotland")
    over = [(e, p, _share(e, p, "Scotland")) for e in ELECTIONS for p in P
            if _share(e, p, "Scotland") > 0.5]  # fmt: skip
    k.claim(
        "the Unionists won more than half the votes, the only time since 1918 that any party has "
        "managed it",
        [(e, p) for e, p, _ in over] == [(E, "con")],
        f"{CBP} Scotland: con {E} {pct(sc)}; party shares above half at any election 1918-2019: "
        + ", ".join(f"{e} {p} {pct(v)}" for e, p, v in over)
        + f" (nearest: 1966 lab {pct(_share('1966', 'lab', 'Scotland'))}, 2015 natSW "
        f"{pct(_share('2015', 'natSW', 'Scotland'))}).",
    )
    ws = _won(E, "Scotland")
    k.claim(
        "took 36 of Scotland's 71 seats",
        ws["con"] == 36 and len(_rows(E, "Scotland")) == 71,
        f"{CBP} {E}, {len(_rows(E, 'Scotland'))} Scottish rows: {dict(ws)}.",
    )
    ldn = {e: _won(e, "London") for e in ELECTIONS if e <= E}
    last = [e for e in ldn if e < E and ldn[e]["con"] > ldn[e]["lab"]]
    k.claim(
        "In London the Conservatives won more seats than Labour for the first time since 1935",
        ldn[E]["con"] > ldn[E]["lab"] and last[-1] == "1935",
        f"{CBP} London rows, con vs lab first: "
        + ", ".join(
            f"{e} {ldn[e]['con']}-{ldn[e]['lab']}" for e in ("1935", "1945", "1950", "1951", E)
        )  # fmt: skip
        + ".",
    )
    wa = _won(E, "Wales")
    k.claim(
        "Labour won 27 of the 36 Welsh seats",
        wa["lab"] == 27 and len(_rows(E, "Wales")) == 36,
        f"{CBP} {E}, {len(_rows(E, 'Wales'))} Welsh rows: {dict(wa)}.",
    )
    contested = [h for h in _rows(E) if h.total and not h.unopposed]
    close = sorted(contested, key=lambda h: h.majority)[:3]
    fv = _seat("Faversham")
    k.claim(
        "Faversham, where Labour held on by just 59 votes, the narrowest result in the country",
        fv.winner == "lab" and fv.majority == 59 and close[0].name == "Faversham",
        f"{CBP} {E} smallest majorities: "
        + ", ".join(f"{h.name} {h.winner} {h.majority}" for h in close)
        + ".",  # fmt: skip
    )
    bn = _seat("Bradford North")
    k.claim(
        "at Bradford North the Conservatives won by 96 votes",
        bn.winner == "con" and bn.majority == 96,
        f"{CBP} {E} Bradford North: con {bn.votes['con']:,}, lab {bn.votes['lab']:,}, majority "
        f"{bn.majority} (not 96).",
    )
    big = sorted(contested, key=lambda h: -h.majority)[:3]
    hw = _seat("Hemsworth")
    k.claim(
        "the Labour majority was 34,042, returned the largest majority in the country",
        hw.majority == 34042 and big[0].name == "Hemsworth",
        f"{CBP} {E} largest majorities: "
        + ", ".join(f"{h.name} {h.winner} {h.majority:,}" for h in big)
        + ".",  # fmt: skip
    )
    nd = _seat("Down North")
    k.claim(
        "North Down elected an Ulster Unionist by 48,678 votes",
        nd.winner == "con" and nd.majority == 48678,
        f"{CBP} {E} Down North: con {nd.votes['con']:,}, next {sorted(nd.votes.values())[-2]:,}, "
        f"majority {nd.majority:,}.",
    )
    t, t0 = _turnout(E), _turnout("1951")
    k.claim(
        "Turnout was 76.8 per cent, down almost six points",
        round(100 * t, 1) == 76.8 and 0.05 < t0 - t < 0.06,
        f"{CBP} contested seats: 1951 {pct(t0)}, {E} {pct(t)}.",
    )
    hi = max(contested, key=lambda h: h.total / h.electorate)
    fst = _seat("Fermanagh And South Tyrone")
    k.claim(
        "It was highest in Fermanagh and South Tyrone, at more than 92 per cent",
        hi.name == "Fermanagh And South Tyrone" and fst.total / fst.electorate > 0.92,
        f"{CBP} {E} Fermanagh And South Tyrone: {fst.total:,} / {fst.electorate:,} = "
        f"{pct(fst.total / fst.electorate)}; the highest of any contested row.",
    )
    k.claim(
        "Sinn Fein won the seat from prison",
        None,
        f"{CBP} lumps Sinn Fein into 'oth' ({fst.winner} first) and says nothing of candidates.",
    )
    wl_ = _seat("Warwick And Leamington")
    k.claim(
        "had a majority of more than 13,000 at Warwick and Leamington",
        wl_.winner == "con" and 13000 < wl_.majority < 14000,
        f"{CBP} {E} Warwick And Leamington: con {wl_.votes['con']:,}, lab {wl_.votes['lab']:,}, "
        f"majority {wl_.majority:,}.",
    )
    ww = _seat("Wanstead And Woodford")
    k.claim(
        "kept Wanstead and Woodford with a majority of nearly 16,000",
        ww.winner == "con" and 15500 <= ww.majority < 16000,
        f"{CBP} {E} Wanstead And Woodford: con {ww.votes['con']:,}, lab {ww.votes['lab']:,}, "
        f"majority {ww.majority:,}.",
    )
    ev = _seat("Ebbw Vale")
    k.claim(
        "had a majority of more than 20,000 at Ebbw Vale",
        ev.majority > 20000,
        f"{CBP} {E} Ebbw Vale: lab {ev.votes['lab']:,}, con {ev.votes['con']:,}, majority "
        f"{ev.majority:,}.",
    )
    wt = _seat("Walthamstow West")
    k.claim(
        "held Walthamstow West by 9,520",
        wt.majority == 9520,
        f"{CBP} {E} Walthamstow West: lab {wt.votes['lab']:,}, con {wt.votes['con']:,}, majority "
        f"{wt.majority:,} (9,520 transposes it).",
    )
    k.claim('"It is better than I had dared hope,"', None, "a quotation")
