"""two-nations-thatcher-third-term-sunday-analysis: a Sunday paper (dateline only, no year) on the
1987 general election by nation and region, from CBP-8647 only (1987 against 1983 by seat name;
the file's 'country' column, e.g. 'Scotland', 'South East', 'Eastern'; 'natSW' is the SNP in
Scotland and Plaid Cymru in Wales; Northern Ireland's parties are all 'oth')."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import hist_national, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share

NAME = "two-nations-thatcher-third-term-sunday-analysis"
CBP = "CBP-8647"
E, P = "1987", "1983"
SC, WA = "Scotland", "Wales"


def _won(e: str, p: str, c: str | None = None) -> int:
    return int(hist_national(e, c).get("won_" + p, 0))


def _rows(e: str) -> dict:
    return {h.name: h for h in history() if h.election == e}


def _turnout(c: str) -> float:
    h = hist_national(E, c)
    return h["_total_contested"] / h["_electorate_contested"]


@story(NAME)
def key(k: Key) -> None:
    k.claim(
        "a feat no premier had managed since Lord Liverpool",
        None,
        "nineteenth-century history; the files begin in 1918",
    )
    uk = _share(E, "con")
    sp = _rows(E)["Croydon North East"].votes["con"]
    tot = hist_national(E)
    k.claim(
        "The Conservatives took 42.2 per cent of the vote across the UK",
        "depends",
        f"{CBP} 1987: con {int(tot['con']):,} of {int(tot['_total']):,} = {pct(uk)}, counting "
        f"the Speaker's {sp:,} in Croydon North East in the con group; without them "
        f"{pct((tot['con'] - sp) / tot['_total'])}. True without the Speaker, false with him.",
    )
    k.claim(
        "cut from 21 Scottish seats to ten",
        _won(P, "con", SC) == 21 and _won(E, "con", SC) == 10,
        f"{CBP} Scotland: con wins {_won(P, 'con', SC)} in 1983, {_won(E, 'con', SC)} in 1987.",
    )
    s = _share(E, "con", SC)
    k.claim(
        "their Scottish share fell to 24 per cent",
        round(100 * s) == 24 and s < _share(P, "con", SC),
        f"{CBP} Scotland con share: {pct(_share(P, 'con', SC))} in 1983, {pct(s)} in 1987.",
    )
    k.claim(
        "Labour took 50 of Scotland's 72 seats",
        _won(E, "lab", SC) == 50 and _nseats(E, SC) == 72,
        f"{CBP} Scotland 1987: lab wins {_won(E, 'lab', SC)} of {_nseats(E, SC)}.",
    )
    k.claim(
        "on 42.4 per cent of the vote there",
        round(100 * _share(E, "lab", SC), 1) == 42.4,
        f"{CBP} Scotland 1987: lab {pct(_share(E, 'lab', SC))}.",
    )
    r7, r3 = _rows(E), _rows(P)
    for name, anchor in (
        ("Edinburgh South", "Edinburgh South"),
        ("Edinburgh Central", "Edinburgh Central"),
    ):
        h, o = r7[name], r3[name]
        k.claim(
            anchor,
            o.winner == "con" and h.winner != "con",
            f"{CBP} {name}: 1983 {o.winner} by {o.majority:,}; 1987 {h.votes}, {h.winner} by "
            f"{h.majority:,}.",
        )
    scot = sorted((h for h in r7.values() if h.country == SC), key=lambda h: h.majority)
    k.claim(
        "Stirling, held by 948, was the closest result in Scotland",
        scot[0].name == "Stirling" and r7["Stirling"].majority == 948,
        f"{CBP} Scotland 1987 smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority}" for h in scot[:3])
        + ".",
    )
    k.claim(
        "The SNP finished with three seats, one more than last time",
        _won(E, "natSW", SC) == 3 and _won(P, "natSW", SC) == 2,
        f"{CBP} Scotland natSW wins: {_won(P, 'natSW', SC)} in 1983, {_won(E, 'natSW', SC)} in "
        "1987.",
    )
    held = [n for n, h in r3.items() if h.country == SC and h.winner == "natSW"]
    k.claim(
        "it lost both the seats it held, Dundee East and the Western Isles, to Labour",
        sorted(held) == ["Dundee East", "Western Isles"]
        and all(r7[n].winner == "lab" for n in held),
        f"{CBP} Scotland natSW seats in 1983: {', '.join(held)}; 1987 winners: "
        + ", ".join(f"{n} {r7[n].winner} by {r7[n].majority:,}" for n in held)
        + ".",
    )
    bb = r7["Banff & Buchan"]
    k.claim(
        "taken from the Conservatives by 2,441",
        bb.winner == "natSW" and r3["Banff & Buchan"].winner == "con" and bb.majority == 2441,
        f"{CBP} Banff & Buchan: 1983 {r3['Banff & Buchan'].winner}; 1987 {bb.votes}, natSW by "
        f"{bb.majority:,}.",
    )
    k.claim(
        "The Conservatives lost six of their 14 Welsh seats",
        _won(P, "con", WA) == 14 and _won(E, "con", WA) == 8,
        f"{CBP} Wales: con wins {_won(P, 'con', WA)} in 1983, {_won(E, 'con', WA)} in 1987.",
    )
    d = 100 * (_share(E, "lab", WA) - _share(P, "lab", WA))
    k.claim(
        "Labour won 24 of the 38 with its Welsh share up more than seven points",
        _won(E, "lab", WA) == 24 and _nseats(E, WA) == 38 and d > 7,
        f"{CBP} Wales 1987: lab wins {_won(E, 'lab', WA)} of {_nseats(E, WA)}; lab share "
        f"{pct(_share(P, 'lab', WA))} in 1983, {pct(_share(E, 'lab', WA))} in 1987, up {d:.2f}.",
    )
    ym = r7["Ynys Mon"]
    k.claim(
        "Plaid Cymru took Ynys Mon by 4,298",
        ym.winner == "natSW" and r3["Ynys Mon"].winner == "con" and ym.majority == 4298,
        f"{CBP} Ynys Mon: 1983 {r3['Ynys Mon'].winner}; 1987 {ym.votes}, natSW by {ym.majority:,}.",
    )
    br, br3 = r7["Brecon & Radnor"], r3["Brecon & Radnor"]
    k.claim(
        "the Alliance held on by just 56 votes",
        "depends",
        f"{CBP} Brecon & Radnor: 1983 {br3.winner} by {br3.majority:,}; 1987 {br.votes}, "
        f"{br.winner} by {br.majority}. 'Held' is true counting the 1985 by-election (not in the "
        "file), false against 1983, when it was a Conservative seat.",
    )
    gb = sorted(
        (h for h in r7.values() if h.country != "Northern Ireland" and h.total),
        key=lambda h: -h.majority,
    )
    k.claim(
        "Rhondda, with a Labour majority of 30,586, was the largest in Britain",
        gb[0].name == "Rhondda" and gb[0].majority == 30_586 and gb[0].winner == "lab",
        f"{CBP} 1987 largest majorities outside Northern Ireland: "
        + "; ".join(f"{h.name} {h.winner} {h.majority:,}" for h in gb[:2])
        + ".",
    )
    regions = sorted({h.country for h in r7.values()})
    tt = sorted(regions, key=_turnout)
    k.claim(
        "Turnout in Wales, 78.9 per cent, was the highest of any nation or region",
        tt[-1] == WA and round(100 * _turnout(WA), 1) == 78.9,
        f"{CBP} 1987 turnout (total / electorate, contested seats): "
        + "; ".join(f"{c} {pct(_turnout(c))}" for c in tt[::-1])
        + ".",
    )
    k.claim(
        "In the South East the Conservatives won 76 of the 77 seats",
        _won(E, "con", "South East") == 76 and _nseats(E, "South East") == 77,
        f"{CBP} South East 1987: con wins {_won(E, 'con', 'South East')} of "
        f"{_nseats(E, 'South East')}.",
    )
    k.claim(
        "in the Eastern region 50 of 51",
        _won(E, "con", "Eastern") == 50 and _nseats(E, "Eastern") == 51,
        f"{CBP} Eastern 1987: con wins {_won(E, 'con', 'Eastern')} of {_nseats(E, 'Eastern')}.",
    )
    south = ["South East", "Eastern", "London", "South West", "West Midlands", "East Midlands"]
    ch = {c: 100 * (_share(E, "con", c) - _share(P, "con", c)) for c in south}
    k.claim(
        "The Tory share rose in every English region south of the Trent",
        all(v > 0 for v in ch.values()),
        f"{CBP} con share change 1983 to 1987: "
        + ", ".join(f"{c} {v:+.2f}" for c, v in ch.items())
        + ".",
    )
    nw = "North West"
    k.claim(
        "Labour now has more seats than the Conservatives, 39 to 37",
        _won(E, "lab", nw) == 39 and _won(E, "con", nw) == 37,
        f"{CBP} North West 1987: lab {_won(E, 'lab', nw)}, con {_won(E, 'con', nw)} (1983: lab "
        f"{_won(P, 'lab', nw)}, con {_won(P, 'con', nw)}).",
    )
    k.claim(
        "in the North East Labour's share reached 49 per cent",
        round(100 * _share(E, "lab", "North East")) == 49,
        f"{CBP} North East 1987: lab {pct(_share(E, 'lab', 'North East'))}.",
    )
    Y = "Yorkshire & The Humber"
    k.claim(
        "Labour gained seven seats in Yorkshire and Humberside",
        _won(E, "lab", Y) - _won(P, "lab", Y) == 7,
        f"{CBP} {Y}: lab wins {_won(P, 'lab', Y)} in 1983, {_won(E, 'lab', Y)} in 1987.",
    )
    k.claim(
        "Labour lost Battersea and Walthamstow to the Conservatives",
        all(r3[n].winner == "lab" and r7[n].winner == "con" for n in ("Battersea", "Walthamstow")),
        f"{CBP} 1983 to 1987: Battersea {r3['Battersea'].winner} to {r7['Battersea'].winner}; "
        f"Walthamstow {r3['Walthamstow'].winner} to {r7['Walthamstow'].winner}.",
    )
    k.claim(
        "Battersea by 587",
        r7["Battersea"].majority == 587,
        f"{CBP} Battersea 1987: {r7['Battersea'].votes}; con by {r7['Battersea'].majority}.",
    )
    k.claim(
        "turnout in the capital, at 70.7 per cent, was the lowest of any region in the UK",
        tt[0] == "London" and round(100 * _turnout("London"), 1) == 70.7,
        f"{CBP} 1987 lowest turnouts: {tt[0]} {pct(_turnout(tt[0]))}, {tt[1]} "
        f"{pct(_turnout(tt[1]))}.",
    )
    wm = [
        n
        for n, h in r7.items()
        if h.country == "West Midlands" and n in r3 and r3[n].winner != h.winner
    ]
    k.claim(
        "In the West Midlands only two seats changed hands",
        len(wm) == 2,
        f"{CBP} West Midlands seats with a different winner group from 1983 (matched by name): "
        f"{', '.join(wm)}.",
    )
