"""supermac-third-term-1959-datablog: a data blog (years named) on the 1959 election, from CBP-8647
only (con includes the Ulster Unionists and the Speaker's seat, as the file records them)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "supermac-third-term-1959-datablog"
CBP = "CBP-8647"


def _maj(name: str, e: str = "1959") -> int:
    return hist_seat_at(name, e).majority


@story(NAME)
def key(k: Key) -> None:
    n, o = hist_national("1959"), hist_national("1955")
    k.claim(
        "the first party that century to manage it",
        None,
        "elections before 1918 are not in the files",
    )
    k.claim('"never had it so good"', None, "a quotation")
    con, seats = int(n["won_con"]), _nseats("1959")
    k.claim(
        "The Conservatives won 365 seats, a majority of 100",
        con == 365 and con - (seats - con) == 100,
        f"{CBP} 1959: con won {con} of {seats}; {con} - ({seats} - {con}) = {con - (seats - con)}.",
    )
    cs, cs0 = _share("1959", "con"), _share("1955", "con")
    k.claim(
        "Their share slipped slightly, to 49.4 per cent",
        round(100 * cs, 1) == 49.4 and 0 < cs0 - cs < 0.01,
        f"{CBP}: con {pct(cs0)} in 1955, {pct(cs)} in 1959.",
    )
    ls = _share("1959", "lab")
    k.claim(
        "Labour fell to 258 seats on 43.8 per cent",
        int(n["won_lab"]) == 258 and int(o["won_lab"]) > 258 and round(100 * ls, 1) == 43.8,
        f"{CBP}: lab won {int(o['won_lab'])} in 1955, {int(n['won_lab'])} in 1959; share {pct(ls)}.",
    )
    before = ELECTIONS[: ELECTIONS.index("1959")]
    lower = [e for e in before if _share(e, "lab") < ls]
    k.claim(
        "the party's lowest share since 1931",
        lower[-1] == "1931",
        f"{CBP}: earlier lab shares below {pct(ls)}: "
        + ", ".join(f"{e} {pct(_share(e, 'lab'))}" for e in lower)
        + f"; the lowest since {lower[-1]}.",
    )
    fewer = [e for e in before if hist_national(e)["lab"] < n["lab"]]
    k.claim(
        "its 12.2 million votes were its fewest since 1945",
        round(n["lab"] / 1e6, 1) == 12.2 and fewer[-1] == "1945",
        f"{CBP}: lab votes 1959 {int(n['lab']):,}; earlier elections with fewer: "
        + ", ".join(f"{e} {int(hist_national(e)['lab']):,}" for e in fewer[-2:])
        + ".",
    )
    old = {r.name: r.winner for r in history() if r.election == "1955"}
    moves = [(old[r.name], r.winner) for r in history() if r.election == "1959" and r.name in old]
    k.claim(
        "Labour lost 26 seats to the Conservatives and took six back",
        moves.count(("lab", "con")) == 26 and moves.count(("con", "lab")) == 6,
        f"{CBP}: seats lab in 1955 and con in 1959: {moves.count(('lab', 'con'))}; con to lab: "
        f"{moves.count(('con', 'lab'))} (same seat names; 1955 and 1959 share boundaries).",
    )
    t, t0 = _turnout("1959"), _turnout("1955")
    k.claim(
        "Turnout rose to 78.7 per cent, up 1.9 points",
        round(100 * t, 1) == 78.7 and round(100 * (t - t0), 1) == 1.9,
        f"{CBP}: total votes / electorate over contested seats {pct(t0)} in 1955, {pct(t)} in "
        "1959.",
    )
    k.claim(
        "the highest since 1951",
        _turnout("1951") > t and _turnout("1955") < t,
        f"{CBP}: turnout 1951 {pct(_turnout('1951'))}, 1955 {pct(t0)}, 1959 {pct(t)}.",
    )
    lb, lb0 = _share("1959", "lib"), _share("1955", "lib")
    k.claim(
        "the Liberals more than trebled their share, to 5.9 per cent",
        round(100 * lb, 1) == 5.9 and lb > 3 * lb0,
        f"{CBP}: lib {pct(lb0)} in 1955, {pct(lb)} in 1959 ({lb / lb0:.2f} times).",
    )
    k.claim(
        "still returned only six MPs",
        int(n["won_lib"]) == 6,
        f"{CBP} 1959: lib won {int(n['won_lib'])}.",
    )
    nd, nd0 = hist_seat_at("North Devon", "1959"), hist_seat_at("North Devon", "1955")
    k.claim(
        "Jeremy Thorpe took North Devon from the Conservatives by 362 votes",
        nd0.winner == "con" and nd.winner == "lib" and nd.majority == 362,
        f"{CBP} North Devon: 1955 {nd0.winner}; 1959 {nd.votes}, lib by {nd.majority}.",
    )
    libs = sorted(
        (r for r in history() if r.election == "1959" and r.total and r.winner == "lib"),
        key=lambda r: -r.majority,
    )
    k.claim(
        "Grimond's own majority in Orkney and Shetland, 8,612, was the largest of any Liberal",
        _maj("Orkney And Zetland") == 8612 and libs[0].name == "Orkney And Zetland",
        f"{CBP} 1959 Liberal wins by majority: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in libs)
        + ".",
    )
    ro, ro0 = hist_seat_at("Rochdale", "1959"), hist_seat_at("Rochdale", "1955")
    k.claim(
        "pushed the Liberals into second place as Labour gained the seat",
        ro0.winner == "con" and ro.winner == "lab" and sorted(ro.votes, key=lambda p: -ro.votes[p])[1]
        == "lib",
        f"{CBP} Rochdale: 1955 {ro0.winner}; 1959 {ro.votes}.",
    )  # fmt: skip
    to, to0 = hist_seat_at("Torrington", "1959"), hist_seat_at("Torrington", "1955")
    k.claim(
        "went back to the Conservatives by 2,265",
        "depends",
        f"{CBP} Torrington: 1955 {to0.winner} by {to0.majority:,}; 1959 {to.votes}, {to.winner} by "
        f"{to.majority:,}. A Conservative hold on the general-election files; 'went back' only "
        "against the Liberal gain at a 1958 by-election the files do not hold.",
    )
    sc = hist_national("1959", "Scotland")
    k.claim(
        "The Conservatives won more than half the Scottish vote",
        sc["con"] / sc["_total"] > 0.5,
        f"{CBP} Scotland 1959: con {int(sc['con']):,} / {int(sc['_total']):,} = "
        f"{pct(sc['con'] / sc['_total'])} (more votes than Labour's {int(sc['lab']):,}, but not "
        "half).",
    )
    k.claim(
        "only 31 Scottish seats to Labour's 38",
        int(sc["won_con"]) == 31 and int(sc["won_lab"]) == 38,
        f"{CBP} Scotland 1959: con {int(sc['won_con'])}, lab {int(sc['won_lab'])}.",
    )
    wa = hist_national("1959", "Wales")
    k.claim(
        "In Wales Labour held 27 of the 36 seats",
        int(wa["won_lab"]) == 27 and _nseats("1959", "Wales") == 36,
        f"{CBP} Wales 1959: lab won {int(wa['won_lab'])} of {_nseats('1959', 'Wales')}.",
    )
    ps, ps0 = _share("1959", "natSW", "Wales"), _share("1955", "natSW", "Wales")
    k.claim(
        "Plaid Cymru's share rose to 5.2 per cent",
        round(100 * ps, 1) == 5.2 and ps > ps0,
        f"{CBP} Wales natSW: {pct(ps0)} in 1955, {pct(ps)} in 1959.",
    )
    ni = hist_national("1959", "Northern Ireland")
    k.claim(
        "The Ulster Unionists won all 12 seats in Northern Ireland",
        int(ni["won_con"]) == 12 == _nseats("1959", "Northern Ireland"),
        f"{CBP} Northern Ireland 1959 (Unionists in the con column): con won "
        f"{int(ni['won_con'])} of {_nseats('1959', 'Northern Ireland')}.",
    )
    lo = hist_national("1959", "London")
    k.claim(
        "In London the Conservatives won 60 of the 102 seats",
        int(lo["won_con"]) == 60 and _nseats("1959", "London") == 102,
        f"{CBP} London 1959: con won {int(lo['won_con'])} of {_nseats('1959', 'London')}.",
    )
    rs = sorted(
        (r for r in history() if r.election == "1959" and r.total), key=lambda r: r.majority
    )
    k.claim(
        "The closest result in the country was in Birmingham All Saints, won by the Conservatives "
        "by 20 votes",
        rs[0].name == "Birmingham All Saints",
        f"{CBP} 1959 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in rs[:3])
        + ".",
    )
    k.claim(
        "Macmillan increased his own majority in Bromley by more than 2,000",
        2000 < _maj("Bromley") - _maj("Bromley", "1955") < 3000,
        f"{CBP} Bromley: con majority {_maj('Bromley', '1955'):,} in 1955, {_maj('Bromley'):,} in "
        "1959.",
    )
    k.claim("a 34-year-old Margaret Thatcher", None, "an age; the results files hold no ages")
    k.claim(
        "was elected for Finchley with a majority of 16,260",
        hist_seat_at("Finchley", "1959").winner == "con" and _maj("Finchley") == 16260,
        f"{CBP} Finchley 1959: {hist_seat_at('Finchley', '1959').votes}; con by "
        f"{_maj('Finchley'):,}.",
    )
    k.claim(
        "Aneurin Bevan's majority in Ebbw Vale topped 20,000",
        _maj("Ebbw Vale") > 20000,
        f"{CBP} Ebbw Vale 1959: lab majority {_maj('Ebbw Vale'):,}.",
    )
    k.claim(
        "Gaitskell's in Leeds South slipped to 11,486",
        _maj("Leeds South") == 11486 and _maj("Leeds South", "1955") > 11486,
        f"{CBP} Leeds South: lab majority {_maj('Leeds South', '1955'):,} in 1955, "
        f"{_maj('Leeds South'):,} in 1959.",
    )
    k.claim(
        "Harold Wilson's in Huyton more than doubled",
        _maj("Huyton") > 2 * _maj("Huyton", "1955"),
        f"{CBP} Huyton: lab majority {_maj('Huyton', '1955'):,} in 1955, {_maj('Huyton'):,} in "
        "1959.",
    )
    k.claim(
        "Tony Benn's majority in Bristol South East rose to 5,827",
        _maj("Bristol South East") == 5827
        and _maj("Bristol South East") > _maj("Bristol South East", "1955"),
        f"{CBP} Bristol South East: lab majority {_maj('Bristol South East', '1955'):,} in 1955, "
        f"{_maj('Bristol South East'):,} in 1959 (it fell).",
    )
