"""one-tory-in-scotland-none-in-wales-daily: a daily (dateline only, no year printed) on the 2001
election in Scotland and Wales against 1997, from CBP-8647 only (countries 'Scotland' and 'Wales';
'natSW' is the SNP or Plaid Cymru; the Speaker's Glasgow Springburn is in 'oth'; seat names as the
file spells them)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import HistRow, hist_national, hist_seat_at, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share

NAME = "one-tory-in-scotland-none-in-wales-daily"
CBP = "CBP-8647"
SC, W = "Scotland", "Wales"


def _won(e: str, p: str, c: str) -> int:
    return int(hist_national(e, c).get("won_" + p, 0))


def _rows(e: str, c: str | None) -> list[HistRow]:
    return [r for r in history() if r.election == e and (not c or r.country == c)]


def _turnout(e: str, c: str) -> float:
    h = hist_national(e, c)
    return h["_total_contested"] / h["_electorate_contested"]


@story(NAME)
def key(k: Key) -> None:
    ga0, ga = (
        hist_seat_at("Galloway & Upper Nithsdale", "1997"),
        hist_seat_at("Galloway & Upper Nithsdale", "2001"),
    )
    old = {r.name: r.winner for r in _rows("1997", SC)}
    changed = sorted(r.name for r in _rows("2001", SC) if old.get(r.name) != r.winner)
    k.claim(
        "Peter Duncan took Galloway and Upper Nithsdale from the SNP by 74 votes yesterday, the "
        "only Scottish seat to change hands",
        "depends"
        if ga0.winner == "natSW"
        and ga.winner == "con"
        and ga.majority == 74
        and changed == ["Galloway & Upper Nithsdale", "Glasgow Springburn"]
        else False,
        f"{CBP} Galloway & Upper Nithsdale: 1997 natSW; 2001 {ga.votes}, con by {ga.majority}. "
        f"Scottish seats whose top party group changed: {', '.join(changed)}. Glasgow "
        "Springburn was won by Labour's Michael Martin in 1997 and by Martin as Speaker ('oth') "
        "in 2001: the only change if the Speaker is counted with his former party, one of two "
        "if he is not.",
    )
    k.claim(
        "ended four years in which the Conservatives had no MP north of the border",
        _won("1997", "con", SC) == 0 and _won("2001", "con", SC) == 1,
        f"{CBP} Scotland con seats: 1997 {_won('1997', 'con', SC)}, 2001 "
        f"{_won('2001', 'con', SC)}.",
    )
    sp = hist_seat_at("Glasgow Springburn", "2001")
    l1 = _won("2001", "lab", SC)
    k.claim(
        "Labour retained its 56 Scottish seats",
        "depends",
        f"{CBP} Scotland: lab won {_won('1997', 'lab', SC)} in 1997 and {l1} in 2001; with the "
        f"Speaker's Glasgow Springburn ({sp.votes}, 'oth'), Michael Martin elected for Labour "
        f"in 1997, it is 56; without him, {l1}.",
    )
    s0, s1 = _share("1997", "lab", SC), _share("2001", "lab", SC)
    k.claim(
        "its share fell by more than two points to 43.3 per cent",
        s0 - s1 > 0.02 and round(100 * s1, 1) == 43.3,
        f"{CBP} Scotland lab: {pct(s0)} in 1997, {pct(s1)} in 2001 (the Speaker's votes are "
        "in 'oth').",
    )
    t0, t1 = _turnout("1997", SC), _turnout("2001", SC)
    h = hist_national("2001", SC)
    k.claim(
        "on a low turnout of 58.2 per cent, down 13 points",
        round(100 * t1, 1) == 58.2 and 0.125 <= t0 - t1 < 0.135,
        f"{CBP} Scotland, votes / electorate: {int(h['_total_contested']):,} / "
        f"{int(h['_electorate_contested']):,} = {pct(t1)} in 2001 (58.1, not the coverage's "
        f"58.2), {pct(t0)} in 1997.",
    )
    k.claim('"This has been a very disappointing night for us,"', None, "a quotation")
    c0, c1 = _share("1997", "con", SC), _share("2001", "con", SC)
    k.claim(
        "The party's share slipped by almost two points to 15.6 per cent",
        0.015 <= c0 - c1 < 0.02 and round(100 * c1, 1) == 15.6,
        f"{CBP} Scotland con: {pct(c0)} in 1997, {pct(c1)} in 2001.",
    )
    order = sorted(("con", "lab", "lib", "natSW"), key=lambda p: -h[p])
    k.claim(
        "it fell to fourth place in votes behind the Liberal Democrats",
        order[3] == "con" and order[2] == "lib",
        f"{CBP} Scotland 2001 votes: " + ", ".join(f"{p} {int(h[p]):,}" for p in order) + ".",
    )
    pe = hist_seat_at("Perth", "2001")
    uk = sorted((r for r in _rows("2001", None) if r.total), key=lambda r: r.majority)
    k.claim(
        "Elizabeth Smith lost Perth to the SNP by just 48 votes",
        pe.winner == "natSW"
        and pe.majority == 48
        and sorted(pe.votes, key=lambda p: -pe.votes[p])[1] == "con",
        f"{CBP} Perth 2001: {pe.votes}, natSW by {pe.majority} over con.",
    )
    k.claim(
        "the closest result anywhere in the UK",
        uk[0].name == "Perth",
        f"{CBP} 2001 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in uk[:3])
        + "; Cheadle's was the closest.",
    )
    ep0, ep = (
        hist_seat_at("Edinburgh Pentlands", "1997"),
        hist_seat_at("Edinburgh Pentlands", "2001"),
    )
    k.claim(
        "Sir Malcolm Rifkind cut Labour's majority in Edinburgh Pentlands from 4,862 to 1,742",
        ep0.winner == ep.winner == "lab" and ep0.majority == 4862 and ep.majority == 1742,
        f"{CBP} Edinburgh Pentlands: lab by {ep0.majority:,} in 1997, by {ep.majority:,} in 2001.",
    )
    ea0, ea = hist_seat_at("Eastwood", "1997"), hist_seat_at("Eastwood", "2001")
    k.claim(
        "Jim Murphy more than doubled Labour's majority",
        ea.winner == "lab" and ea.majority > 2 * ea0.majority,
        f"{CBP} Eastwood: lab by {ea0.majority:,} in 1997, by {ea.majority:,} in 2001.",
    )
    ay0, ay = hist_seat_at("Ayr", "1997"), hist_seat_at("Ayr", "2001")
    k.claim(
        "whose majority fell to 2,545",
        ay.winner == "lab" and ay.majority == 2545 and ay.majority < ay0.majority,
        f"{CBP} Ayr: lab by {ay0.majority:,} in 1997, by {ay.majority:,} in 2001.",
    )
    n0, n1 = _share("1997", "natSW", SC), _share("2001", "natSW", SC)
    k.claim(
        "The SNP, down to five MPs, saw its share fall by two points to 20.1 per cent",
        _won("2001", "natSW", SC) == 5
        and round(100 * (n0 - n1)) == 2
        and round(100 * n1, 1) == 20.1,
        f"{CBP} Scotland natSW: {_won('2001', 'natSW', SC)} seats; {pct(n0)} in 1997, {pct(n1)} "
        "in 2001.",
    )
    b0, b1 = _share("1997", "lib", SC), _share("2001", "lib", SC)
    k.claim(
        "The Liberal Democrats kept their 10 seats and put on more than three points, to 16.3 per "
        "cent",
        _won("1997", "lib", SC) == _won("2001", "lib", SC) == 10
        and b1 - b0 > 0.03
        and round(100 * b1, 1) == 16.3,
        f"{CBP} Scotland lib: {_won('2001', 'lib', SC)} seats; {pct(b0)} in 1997, {pct(b1)} in "
        "2001.",
    )
    top = sorted(_rows("2001", SC), key=lambda r: -r.majority)
    k.claim(
        "Gordon Brown's 15,063 in Dunfermline East was the largest majority in Scotland",
        top[0].name == "Dunfermline East"
        and hist_seat_at("Dunfermline East", "2001").majority == 15063,
        f"{CBP} Scotland 2001 largest majorities: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in top[:3])
        + "; Coatbridge & Chryston's is the largest.",
    )
    w = {p: _won("2001", p, W) for p in ("lab", "natSW", "lib", "con")}
    k.claim(
        "Labour held 34 of the 40 seats, Plaid Cymru four and the Liberal Democrats two, and for "
        "the second election running the Conservatives won none",
        w == {"lab": 34, "natSW": 4, "lib": 2, "con": 0}
        and _nseats("2001", W) == 40
        and _won("1997", "con", W) == 0,
        f"{CBP} Wales 2001: {w} of {_nseats('2001', W)}; con 1997 {_won('1997', 'con', W)}.",
    )
    cd = hist_seat_at("Carmarthen East & Dinefwr", "2001")
    ym = hist_seat_at("Ynys-Mon", "2001")
    wold = {r.name: r.winner for r in _rows("1997", W)}
    k.claim(
        "Plaid took Carmarthen East and Dinefwr from Labour by 2,590 but lost Ynys Môn to Labour by "
        "800",
        wold["Carmarthen East & Dinefwr"] == "lab"
        and cd.winner == "natSW"
        and cd.majority == 2590
        and wold["Ynys-Mon"] == "natSW"
        and ym.winner == "lab"
        and ym.majority == 800,
        f"{CBP} Carmarthen East & Dinefwr: 1997 lab; 2001 natSW by {cd.majority:,}. Ynys-Mon: "
        f"1997 natSW; 2001 lab by {ym.majority}.",
    )
    wl0, wl1 = _share("1997", "lab", W), _share("2001", "lab", W)
    wp0, wp1 = _share("1997", "natSW", W), _share("2001", "natSW", W)
    k.claim(
        "Labour's Welsh share fell by six points to 48.6 per cent while Plaid's rose by more than "
        "four, to 14.3 per cent",
        round(100 * (wl0 - wl1)) == 6
        and round(100 * wl1, 1) == 48.6
        and wp1 - wp0 > 0.04
        and round(100 * wp1, 1) == 14.3,
        f"{CBP} Wales: lab {pct(wl0)} to {pct(wl1)}, natSW {pct(wp0)} to {pct(wp1)}.",
    )
    wc = _share("2001", "con", W)
    k.claim(
        "The Conservatives edged up to 21 per cent",
        round(100 * wc) == 21 and wc > _share("1997", "con", W),
        f"{CBP} Wales con: {pct(_share('1997', 'con', W))} in 1997, {pct(wc)} in 2001.",
    )
    wr = sorted(_rows("2001", W), key=lambda r: r.majority)
    mo = hist_seat_at("Monmouth", "2001")
    k.claim(
        "Labour's Huw Edwards held on by 384, the narrowest result in Wales",
        mo.winner == "lab" and mo.majority == 384 and wr[0].name == "Monmouth",
        f"{CBP} Wales 2001 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in wr[:3])
        + ".",
    )
    wt0, wt1 = _turnout("1997", W), _turnout("2001", W)
    k.claim(
        "Welsh turnout fell by 12 points to 61.4 per cent",
        round(100 * (wt0 - wt1)) == 12 and round(100 * wt1, 1) == 61.4,
        f"{CBP} Wales, votes / electorate: {pct(wt0)} in 1997, {pct(wt1)} in 2001.",
    )
    gb = sorted(
        (r for r in _rows("2001", None) if r.country != "Northern Ireland"),
        key=lambda r: -r.majority,
    )
    k.claim(
        "Blaenau Gwent's 19,313 was the biggest majority in Britain",
        gb[0].name == "Blaenau Gwent",
        f"{CBP} 2001 largest majorities in Great Britain: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in gb[:3])
        + f"; Blaenau Gwent {hist_seat_at('Blaenau Gwent', '2001').majority:,} is the largest "
        "in Wales only.",
    )
    k.claim("Peter Duncan, 35,", None, "an age; not in the files")
    k.claim(
        '"the single biggest issue on the doorsteps"',
        None,
        "a quotation",
    )
