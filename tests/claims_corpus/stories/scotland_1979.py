"""snp-eleven-become-two-scottish-daily: a Scottish daily (dateline only, no year printed) on the
1979 election in Scotland, from CBP-8647 only (country 'Scotland'; 'natSW' is the SNP there;
seat names as the file spells them)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share

NAME = "snp-eleven-become-two-scottish-daily"
CBP = "CBP-8647"
SC = "Scotland"


def _won(e: str, p: str) -> int:
    return int(hist_national(e, SC).get("won_" + p, 0))


def _rows(e: str) -> list:
    return [r for r in history() if r.election == e and r.country == SC]


@story(NAME)
def key(k: Key) -> None:
    k.claim(
        "the March confidence vote that was carried by a single vote",
        None,
        "a Commons division; not in the files",
    )
    k.claim(
        "lost nine of its 11 seats",
        _won("1974O", "natSW") == 11 and _won("1979", "natSW") == 2,
        f"{CBP} Scotland: natSW won {_won('1974O', 'natSW')} in October 1974, "
        f"{_won('1979', 'natSW')} in 1979.",
    )
    s0, s1 = _share("1974O", "natSW", SC), _share("1979", "natSW", SC)
    k.claim(
        "fell from 30.4 per cent in October 1974 to 17.3 per cent",
        round(100 * s0, 1) == 30.4 and round(100 * s1, 1) == 17.3,
        f"{CBP} Scotland: natSW {pct(s0)} in October 1974, {pct(s1)} in 1979.",
    )
    v = int(hist_national("1979", SC)["natSW"])
    k.claim(
        "on just over half a million votes",
        500_000 <= v < 550_000,
        f"{CBP} Scotland 1979: natSW {v:,} votes.",
    )
    prev = ELECTIONS[ELECTIONS.index("1966") : ELECTIONS.index("1979")]
    lower = [e for e in prev if _share(e, "natSW", SC) <= s1]
    k.claim(
        "its worst showing since 1966",
        lower[-1:] == ["1966"],
        f"{CBP} Scotland natSW shares: "
        + ", ".join(f"{e} {pct(_share(e, 'natSW', SC))}" for e in prev + ["1979"])
        + "; the last lower is 1970, not 1966.",
    )
    wi = hist_seat_at("Western Isles", "1979")
    k.claim(
        "held the Western Isles with a majority of 3,063",
        wi.winner == "natSW" and wi.majority == 3063,
        f"{CBP} Western Isles 1979: {wi.votes}, {wi.winner} by {wi.majority:,}.",
    )
    de = hist_seat_at("Dundee East", "1979")
    k.claim(
        "returned for Dundee East by 2,159",
        de.winner == "natSW" and de.majority == 2159,
        f"{CBP} Dundee East 1979: {de.votes}, {de.winner} by {de.majority:,}.",
    )
    k.claim(
        "Labour won 44 of Scotland's 71 seats, three more than in October",
        _won("1979", "lab") == 44
        and _nseats("1979", SC) == 71
        and _won("1979", "lab") - _won("1974O", "lab") == 3,
        f"{CBP} Scotland: lab won {_won('1974O', 'lab')} in October 1974, "
        f"{_won('1979', 'lab')} of {_nseats('1979', SC)} in 1979.",
    )
    ls = _share("1979", "lab", SC)
    k.claim(
        "with 41.5 per cent of the vote",
        round(100 * ls, 1) == 41.5,
        f"{CBP} Scotland 1979: lab {pct(ls)}.",
    )
    since = ELECTIONS[ELECTIONS.index("1950") : ELECTIONS.index("1979")]
    more = [e for e in since if _won(e, "lab") > 44]
    k.claim(
        "the party's best tally north of the border since 1966",
        "depends",
        f"{CBP} Scotland lab seats: "
        + ", ".join(f"{e} {_won(e, 'lab')}" for e in since)
        + f"; the last above 44 is {more[-1]}, so no later tally was higher (true), but 1970 "
        "equalled it, so 1979 was not the best since 1966 alone (1970 shares it).",
    )
    old = {r.name: r.winner for r in _rows("1974O")}
    cl = sorted(r.name for r in _rows("1979") if old.get(r.name) == "con" and r.winner == "lab")
    k.claim(
        "Labour took Glasgow Cathcart from Teddy Taylor",
        "Glasgow Cathcart" in cl,
        f"{CBP} Glasgow Cathcart: con in October 1974, "
        f"{hist_seat_at('Glasgow Cathcart', '1979').winner} in 1979.",
    )
    k.claim(
        "the only seat it gained from the Conservatives in Scotland",
        cl == ["Glasgow Cathcart"],
        f"{CBP} Scotland, con in October 1974 and lab in 1979: {', '.join(cl)}.",
    )
    k.claim("Mr Taylor, 42,", None, "an age; not in the files")
    k.claim("tipped for up to 25 Scottish seats", None, "a forecast; not in the files")
    c0, c1 = _won("1974O", "con"), _won("1979", "con")
    k.claim(
        "finished with 22, a net gain of six",
        c1 == 22 and c1 - c0 == 6,
        f"{CBP} Scotland: con won {c0} in October 1974, {c1} in 1979.",
    )
    cs0, cs1 = _share("1974O", "con", SC), _share("1979", "con", SC)
    k.claim(
        "their share rose by almost seven points to 31.4 per cent",
        round(100 * cs1, 1) == 31.4 and 0.06 <= cs1 - cs0 < 0.07,
        f"{CBP} Scotland: con {pct(cs0)} in October 1974, {pct(cs1)} in 1979 "
        f"({100 * (cs1 - cs0):+.2f}).",
    )
    h = hist_national("1979", SC)
    k.claim(
        "They won more votes than the SNP and the Liberals together",
        h["con"] > h["natSW"] + h["lib"],
        f"{CBP} Scotland 1979: con {int(h['con']):,}; natSW {int(h['natSW']):,} + lib "
        f"{int(h['lib']):,} = {int(h['natSW'] + h['lib']):,}.",
    )
    rs = sorted((r for r in _rows("1979") if r.total), key=lambda r: r.majority)
    mn = hist_seat_at("Moray And Nairn", "1979")
    k.claim(
        "Moray and Nairn fell by 422 votes, the closest result in Scotland",
        old.get("Moray And Nairn") == "natSW"
        and mn.winner == "con"
        and mn.majority == 422
        and rs[0].name == "Moray And Nairn",
        f"{CBP} Scotland 1979 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in rs[:3])
        + "; Moray And Nairn natSW in October 1974.",
    )
    ea = hist_seat_at("East Aberdeenshire", "1979")
    k.claim(
        "East Aberdeenshire by 558",
        old.get("East Aberdeenshire") == "natSW" and ea.winner == "con" and ea.majority == 558,
        f"{CBP} East Aberdeenshire: natSW in October 1974; 1979 {ea.winner} by {ea.majority:,}.",
    )
    ga = hist_seat_at("Galloway", "1979")
    k.claim(
        "Galloway was taken with a majority of 2,922",
        old.get("Galloway") == "natSW" and ga.winner == "con" and ga.majority == 2922,
        f"{CBP} Galloway: natSW in October 1974; 1979 {ga.winner} by {ga.majority:,}.",
    )
    pe = hist_seat_at("Perth And East Perthshire", "1979")
    k.claim(
        "Perth and East Perthshire by 3,301",
        pe.winner == "con" and pe.majority == 3301,
        f"{CBP} Perth And East Perthshire 1979: {pe.votes}, {pe.winner} by {pe.majority:,}, "
        "not 3,301.",
    )
    l0 = sorted(r.name for r in _rows("1974O") if r.winner == "lib")
    l1 = sorted(r.name for r in _rows("1979") if r.winner == "lib")
    k.claim(
        "The Liberals held all three of the seats they were defending",
        l0 == l1 and len(l1) == 3,
        f"{CBP} Scotland lib wins: October 1974 {', '.join(l0)}; 1979 {', '.join(l1)}.",
    )
    ork = hist_seat_at("Orkney And Shetland", "1979")
    k.claim(
        "Jo Grimond's majority stood at 6,810",
        ork.winner == "lib" and ork.majority == 6810,
        f"{CBP} Orkney And Shetland 1979: {ork.votes}, {ork.winner} by {ork.majority:,}.",
    )
    top = sorted(_rows("1979"), key=lambda r: -r.majority)
    an = hist_seat_at("Aberdeen North", "1979")
    k.claim(
        "Aberdeen North's 19,114 was the biggest in Scotland",
        an.majority == 19114 and top[0].name == "Aberdeen North",
        f"{CBP} Scotland 1979 largest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority:,}" for r in top[:3])
        + "; West Lothian's was the biggest.",
    )
    gp = hist_seat_at("Glasgow Provan", "1979")
    k.claim(
        "ahead of Glasgow Provan's 18,844",
        gp.majority == 18844 and an.majority > gp.majority,
        f"{CBP} Glasgow Provan 1979: {gp.winner} by {gp.majority:,}; Aberdeen North "
        f"{an.majority:,}.",
    )
    t0, t1 = (hist_national(e, SC) for e in ("1974O", "1979"))
    to0 = t0["_total_contested"] / t0["_electorate_contested"]
    to1 = t1["_total_contested"] / t1["_electorate_contested"]
    k.claim(
        "Turnout in Scotland was 76.8 per cent, up by two points on October",
        round(100 * to1, 1) == 76.8 and 0.015 <= to1 - to0 < 0.025,
        f"{CBP} Scotland, votes / electorate over contested seats: {pct(to0)} in October "
        f"1974, {pct(to1)} in 1979.",
    )
    k.claim(
        "a majority of 77,435 for an assembly",
        None,
        "the 1979 devolution referendum; not in the election files",
    )
