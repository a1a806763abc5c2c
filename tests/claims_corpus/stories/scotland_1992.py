"""tory-free-zone-that-never-was-scottish-daily: a Scottish daily (dateline only, no year printed
except "1987" and "1988") on the 1992 election in Scotland, from CBP-8647 only (country
'Scotland'; 'natSW' the SNP, 'lib' the Liberal Democrats; seat names as the file spells them; the
file holds no by-elections)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, HistRow, hist_national, hist_seat_at, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share

NAME = "tory-free-zone-that-never-was-scottish-daily"
CBP = "CBP-8647"
SC = "Scotland"


def _won(e: str, p: str) -> int:
    return int(hist_national(e, SC).get("won_" + p, 0))


def _rows(e: str) -> list[HistRow]:
    return [r for r in history() if r.election == e and r.country == SC]


def _turnout(e: str) -> float:
    h = hist_national(e, SC)
    return h["_total_contested"] / h["_electorate_contested"]


@story(NAME)
def key(k: Key) -> None:
    c0, c1 = _won("1987", "con"), _won("1992", "con")
    s0, s1 = _share("1987", "con", SC), _share("1992", "con", SC)
    k.claim(
        "the Conservatives finished yesterday's election with 11 of Scotland's 72 seats, one more "
        "than last time",
        c1 == 11 and _nseats("1992", SC) == 72 and c1 - c0 == 1,
        f"{CBP} Scotland: con won {c0} in 1987, {c1} of {_nseats('1992', SC)} in 1992.",
    )
    k.claim(
        "with their share up more than a point and a half to over a quarter of the vote",
        s1 - s0 > 0.015 and s1 > 0.25,
        f"{CBP} Scotland con: {pct(s0)} in 1987, {pct(s1)} in 1992.",
    )
    k.claim("one Herald poll had the party on just 15 per cent", None, "an opinion poll")
    old = {r.name: r.winner for r in _rows("1987")}
    gains = sorted(r.name for r in _rows("1992") if r.winner == "con" and old.get(r.name) != "con")
    k.claim(
        "The Tories took two seats",
        "depends",
        f"{CBP} Scotland, con in 1992 and not in 1987: {', '.join(gains)} ({len(gains)}). One "
        "against the 1987 result; two against the seats held at dissolution, since Kincardine & "
        "Deeside (con in 1987 and 1992 in the file) was lost at a 1991 by-election the files do "
        "not hold.",
    )
    ab = hist_seat_at("Aberdeen South", "1992")
    k.claim(
        "Aberdeen South was won from Labour by 1,517 votes",
        old["Aberdeen South"] == "lab" and ab.winner == "con" and ab.majority == 1517,
        f"{CBP} Aberdeen South: 1987 lab; 1992 {ab.votes}, con by {ab.majority:,}.",
    )
    kd = hist_seat_at("Kincardine & Deeside", "1992")
    k.claim(
        "Kincardine and Deeside was recaptured with a majority of 4,495",
        "depends" if kd.winner == "con" and kd.majority == 4495 else False,
        f"{CBP} Kincardine & Deeside 1992: {kd.votes}, con by {kd.majority:,}. The majority is "
        f"right; 'recaptured' is true against the 1991 by-election loss (not in the files), but "
        f"the seat was {old['Kincardine & Deeside']} in 1987 too: a hold on the general "
        "elections.",
    )
    st, st0 = hist_seat_at("Stirling", "1992"), hist_seat_at("Stirling", "1987")
    k.claim(
        "Michael Forsyth held Stirling by 703, down from 948",
        st.winner == st0.winner == "con" and st.majority == 703 and st0.majority == 948,
        f"{CBP} Stirling: con by {st0.majority} in 1987, by {st.majority} in 1992.",
    )
    ga = hist_seat_at("Galloway & Upper Nithsdale", "1992")
    second = sorted(ga.votes, key=lambda p: -ga.votes[p])[1]
    k.claim(
        "kept Galloway and Upper Nithsdale by 2,468 over the SNP",
        ga.winner == "con" and ga.majority == 2468 and second == "natSW",
        f"{CBP} Galloway & Upper Nithsdale 1992: {ga.votes}, con by {ga.majority:,} over {second}.",
    )
    ea, ea0 = hist_seat_at("Eastwood", "1992"), hist_seat_at("Eastwood", "1987")
    cons = sorted((r for r in _rows("1992") if r.winner == "con"), key=lambda r: -r.majority)
    k.claim(
        "Allan Stewart more than doubled his majority to 11,688, the safest Conservative seat in "
        "Scotland",
        ea.majority == 11688 and ea.majority > 2 * ea0.majority and cons[0].name == "Eastwood",
        f"{CBP} Eastwood: con by {ea0.majority:,} in 1987, {ea.majority:,} in 1992 "
        f"({ea.majority / ea0.majority:.2f} times); largest con majorities: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in cons[:2])
        + ".",
    )
    ep = hist_seat_at("Edinburgh Pentlands", "1992")
    k.claim(
        "Malcolm Rifkind won Edinburgh Pentlands by 4,290",
        ep.winner == "con" and ep.majority == 4290,
        f"{CBP} Edinburgh Pentlands 1992: {ep.votes}, con by {ep.majority:,}.",
    )
    uk = sorted(
        (r for r in history() if r.election == "1992" and r.total), key=lambda r: r.majority
    )
    ay = hist_seat_at("Ayr", "1992")
    k.claim(
        "where Phil Gallie held on by 85 votes, the narrowest result in Britain",
        ay.winner == "con" and ay.majority == 85 and uk[0].name == "Ayr",
        f"{CBP} 1992 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in uk[:4])
        + "; Ayr is the narrowest in Scotland, not in Britain.",
    )
    l0, l1 = _won("1987", "lab"), _won("1992", "lab")
    ls0, ls1 = _share("1987", "lab", SC), _share("1992", "lab", SC)
    k.claim(
        "Labour won 49 seats, one fewer than in 1987",
        l1 == 49 and l0 - l1 == 1,
        f"{CBP} Scotland: lab won {l0} in 1987, {l1} in 1992.",
    )
    lower = [e for e in ELECTIONS[: ELECTIONS.index("1992")] if _share(e, "lab", SC) <= ls1]
    k.claim(
        "its share fell by more than three points to 39 per cent, its lowest in Scotland since 1979",
        ls0 - ls1 > 0.03 and round(100 * ls1) == 39 and lower[-1] == "1979",
        f"{CBP} Scotland lab: "
        + ", ".join(f"{e} {pct(_share(e, 'lab', SC))}" for e in ("1979", "1983", "1987", "1992"))
        + f"; the last at or below before 1992 is {lower[-1]}.",
    )
    gv, gv0 = hist_seat_at("Glasgow Govan", "1992"), hist_seat_at("Glasgow Govan", "1987")
    k.claim(
        "Labour won back Govan, where Jim Sillars lost the seat he had taken in the 1988 "
        "by-election",
        "depends",
        f"{CBP} Glasgow Govan: lab in 1987 ({gv0.majority:,}) and in 1992: a hold against the "
        "general election; 'won back' from the SNP, who held it after the 1988 by-election the "
        "files do not hold.",
    )
    k.claim(
        "Ian Davidson's majority was 4,125",
        gv.winner == "lab" and gv.majority == 4125,
        f"{CBP} Glasgow Govan 1992: {gv.votes}, lab by {gv.majority:,}.",
    )
    n0, n1 = _share("1987", "natSW", SC), _share("1992", "natSW", SC)
    k.claim(
        "The SNP's share rose by seven and a half points to 21.5 per cent, but it still won only "
        "three seats",
        0.0725 <= n1 - n0 < 0.0775 and round(100 * n1, 1) == 21.5 and _won("1992", "natSW") == 3,
        f"{CBP} Scotland natSW: {pct(n0)} in 1987, {pct(n1)} in 1992; seats "
        f"{_won('1992', 'natSW')}.",
    )
    ae = hist_seat_at("Angus East", "1992")
    k.claim(
        "Andrew Welsh held Angus East by just 954",
        ae.winner == "natSW" and ae.majority == 954,
        f"{CBP} Angus East 1992: {ae.votes}, natSW by {ae.majority}.",
    )
    h = hist_national("1992", SC)
    k.claim(
        "The SNP outpolled the Conservatives across Scotland",
        h["natSW"] > h["con"],
        f"{CBP} Scotland 1992: natSW {int(h['natSW']):,}, con {int(h['con']):,}.",
    )
    k.claim(
        "ended with eight fewer MPs",
        c1 - _won("1992", "natSW") == 8,
        f"{CBP} Scotland 1992: con {c1}, natSW {_won('1992', 'natSW')}.",
    )
    b0, b1 = _share("1987", "lib", SC), _share("1992", "lib", SC)
    k.claim(
        "The Liberal Democrats kept their nine seats even though their share fell by six points to "
        "13.1 per cent",
        _won("1987", "lib") == _won("1992", "lib") == 9
        and 0.055 <= b0 - b1 < 0.065
        and round(100 * b1, 1) == 13.1,
        f"{CBP} Scotland lib: {_won('1987', 'lib')} seats {pct(b0)} in 1987 (the Alliance), "
        f"{_won('1992', 'lib')} seats {pct(b1)} in 1992.",
    )
    go = hist_seat_at("Gordon", "1992")
    k.claim(
        "Malcolm Bruce held Gordon by 274",
        go.winner == "lib" and go.majority == 274,
        f"{CBP} Gordon 1992: {go.votes}, lib by {go.majority}.",
    )
    inl = hist_seat_at("Inverness Nairn & Lochaber", "1992")
    k.claim(
        "Sir Russell Johnston kept Inverness, Nairn and Lochaber by 548",
        inl.winner == "lib" and inl.majority == 548,
        f"{CBP} Inverness Nairn & Lochaber 1992: {inl.votes}, lib by {inl.majority}, not 548.",
    )
    top = sorted(_rows("1992"), key=lambda r: -r.majority)
    k.claim(
        "Motherwell North's 18,910 was the biggest majority in Scotland",
        top[0].name == "Motherwell North" and top[0].majority == 18910,
        f"{CBP} Scotland 1992 largest majorities: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in top[:3])
        + ".",
    )
    k.claim(
        "Gordon Brown's 17,444 in Dunfermline East, the largest in Scotland after it",
        top[1].name == "Dunfermline East" and top[1].majority == 17444,
        f"{CBP} Scotland 1992 largest majorities: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in top[:3])
        + ".",
    )
    t0, t1 = _turnout("1987"), _turnout("1992")
    k.claim(
        "Turnout was just over 75 per cent, a little up on 1987",
        0.75 <= t1 < 0.76 and 0 < t1 - t0 < 0.01,
        f"{CBP} Scotland, votes / electorate: {pct(t0)} in 1987, {pct(t1)} in 1992.",
    )
    k.claim('"ninety-minute patriots"', None, "a quotation")
