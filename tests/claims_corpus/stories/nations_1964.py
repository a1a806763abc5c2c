"""celtic-fringe-carries-wilson-1964-feature: a feature (years named) on the 1964 election in
Scotland and Wales against 1959, from CBP-8647 only (countries 'Scotland' and 'Wales'; England is
the English regions; 'natSW' is the SNP in Scotland and Plaid Cymru in Wales; seat names as the
file spells them)."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import ELECTIONS, HistRow, hist_national, hist_seat_at, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share

NAME = "celtic-fringe-carries-wilson-1964-feature"
CBP = "CBP-8647"
SC, W = "Scotland", "Wales"
NOT_ENGLAND = {"Scotland", "Wales", "Northern Ireland", "Ireland", "University"}


def _won(e: str, p: str, c: str | None) -> int:
    return int(hist_national(e, c).get("won_" + p, 0))


def _rows(e: str, c: str) -> list[HistRow]:
    return [r for r in history() if r.election == e and r.country == c]


def _turnout(e: str, c: str) -> float:
    h = hist_national(e, c)
    return h["_total_contested"] / h["_electorate_contested"]


@story(NAME)
def key(k: Key) -> None:
    eng = Counter(
        r.winner
        for r in history()
        if r.election == "1964" and r.country not in NOT_ENGLAND and r.seats == 1
    )
    k.claim(
        "In England the Conservatives still won more seats than Labour",
        eng["con"] > eng["lab"],
        f"{CBP} 1964, English regions: con {eng['con']}, lab {eng['lab']}, lib {eng['lib']}.",
    )
    k.claim(
        "it was Scotland and Wales that turned a narrow defeat into a narrow victory",
        None,
        "a counterfactual about a parliament without Scottish and Welsh seats; not decided here",
    )
    l0, l1 = _won("1959", "lab", SC), _won("1964", "lab", SC)
    ls = _share("1964", "lab", SC)
    k.claim(
        "Labour won 43 of the 71 Scottish seats, five more than in 1959, with 48.7 per cent of the "
        "vote",
        l1 == 43 and _nseats("1964", SC) == 71 and l1 - l0 == 5 and round(100 * ls, 1) == 48.7,
        f"{CBP} Scotland: lab won {l0} in 1959, {l1} of {_nseats('1964', SC)} in 1964; share "
        f"{pct(ls)}.",
    )
    uk0, uk1 = hist_national("1959"), hist_national("1964")
    s0, s1 = hist_national("1959", SC), hist_national("1964", SC)
    k.claim(
        "where Labour polled fewer votes than five years earlier, its Scottish vote went up",
        uk1["lab"] < uk0["lab"] and s1["lab"] > s0["lab"],
        f"{CBP} lab votes: UK {int(uk0['lab']):,} (1959), {int(uk1['lab']):,} (1964); Scotland "
        f"{int(s0['lab']):,}, {int(s1['lab']):,}.",
    )
    c0, c1 = _won("1959", "con", SC), _won("1964", "con", SC)
    cs0, cs1 = _share("1959", "con", SC), _share("1964", "con", SC)
    k.claim(
        "fell to 24 seats, losing seven, and their share dropped almost seven points to 40.6 per "
        "cent",
        c1 == 24 and c0 - c1 == 7 and 0.06 <= cs0 - cs1 < 0.07 and round(100 * cs1, 1) == 40.6,
        f"{CBP} Scotland con: {c0} seats {pct(cs0)} in 1959, {c1} seats {pct(cs1)} in 1964.",
    )
    old = {r.name: r.winner for r in _rows("1959", SC)}
    cl = sorted(r.name for r in _rows("1964", SC) if old.get(r.name) == "con" and r.winner == "lab")
    k.claim(
        "Labour took five seats from the Unionists, four of them in Glasgow itself",
        len(cl) == 5 and sum(n.startswith("Glasgow") for n in cl) == 4,
        f"{CBP} Scotland, con in 1959 and lab in 1964: {', '.join(cl)}.",
    )
    gp = hist_seat_at("Glasgow Pollok", "1964")
    k.claim(
        "Glasgow Pollok was taken by just 296 votes",
        old["Glasgow Pollok"] == "con" and gp.winner == "lab" and gp.majority == 296,
        f"{CBP} Glasgow Pollok: 1959 con; 1964 {gp.votes}, lab by {gp.majority}.",
    )
    rs = sorted((r for r in _rows("1964", SC) if r.total), key=lambda r: r.majority)
    k.claim(
        "The closest Scottish result, though, was Berwick and East Lothian, held by the Unionists "
        "by 625",
        rs[0].name == "Berwick And East Lothian",
        f"{CBP} Scotland 1964 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in rs[:3])
        + "; Glasgow Pollok is the closest.",
    )
    b0, b1 = _won("1959", "lib", SC), _won("1964", "lib", SC)
    gains = sorted(r.name for r in _rows("1964", SC) if r.winner == "lib" and old[r.name] != "lib")
    k.claim(
        "winning four Scottish seats, three more than in 1959, and gaining Inverness, Ross and "
        "Cromarty, and Caithness and Sutherland",
        b1 == 4
        and b1 - b0 == 3
        and gains == ["Caithness And Sutherland", "Inverness", "Ross And Cromarty"],
        f"{CBP} Scotland lib: {b0} in 1959, {b1} in 1964; gains: {', '.join(gains)} (Caithness "
        f"And Sutherland was 'oth' in 1959).",
    )
    inv, rc = hist_seat_at("Inverness", "1964"), hist_seat_at("Ross And Cromarty", "1964")
    k.claim(
        "Inverness fell to them by 2,136",
        inv.winner == "lib" and inv.majority == 2136,
        f"{CBP} Inverness 1964: {inv.votes}, lib by {inv.majority:,}.",
    )
    k.claim(
        "Ross and Cromarty by 1,470",
        rc.winner == "lib" and rc.majority == 1470,
        f"{CBP} Ross And Cromarty 1964: {rc.votes}, lib by {rc.majority:,}, not 1,470.",
    )
    libs = sorted((r for r in rs if r.winner == "lib"), key=lambda r: -r.majority)
    k.claim(
        "Jo Grimond's 7,900 in Orkney and Zetland remained the biggest Liberal majority in Scotland",
        libs[0].name == "Orkney And Zetland" and libs[0].majority == 7900,
        f"{CBP} Scotland 1964 lib majorities: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in libs)
        + ".",
    )
    sn = _share("1964", "natSW", SC)
    k.claim(
        "The SNP polled 64,044 votes, 2.4 per cent",
        int(s1["natSW"]) == 64044 and round(100 * sn, 1) == 2.4,
        f"{CBP} Scotland 1964: natSW {int(s1['natSW']):,} ({pct(sn)}).",
    )
    bn = max(rs, key=lambda r: r.votes["natSW"])
    k.claim(
        "its best result was in West Lothian, where William Wolfe took more than 15,000 votes",
        bn.name == "West Lothian" and bn.votes["natSW"] > 15000,
        f"{CBP} Scotland 1964 best natSW vote: {bn.name} {bn.votes['natSW']:,}.",
    )
    top = max(rs, key=lambda r: r.majority)
    k.claim(
        "Aberdeen North's 17,478 was the largest majority in Scotland",
        top.name == "Aberdeen North" and top.majority == 17478,
        f"{CBP} Scotland 1964 largest majority: {top.name} {top.majority:,}.",
    )
    t = _turnout("1964", SC)
    k.claim(
        "Turnout was 77.6 per cent",
        round(100 * t, 1) == 77.6,
        f"{CBP} Scotland 1964, votes / electorate over contested seats: {pct(t)}.",
    )
    w1 = _won("1964", "lab", W)
    before = ELECTIONS[: ELECTIONS.index("1964")]
    k.claim(
        "Labour won 28 of the 36 seats, the most it had ever won there",
        w1 == 28 and _nseats("1964", W) == 36 and all(_won(e, "lab", W) < 28 for e in before),
        f"{CBP} Wales lab seats: "
        + ", ".join(f"{e} {_won(e, 'lab', W)}" for e in before + ["1964"])
        + ".",
    )
    w0v, w1v = hist_national("1959", W), hist_national("1964", W)
    k.claim(
        "yet it polled fewer Welsh votes than in 1959",
        w1v["lab"] < w0v["lab"],
        f"{CBP} Wales lab votes: 1959 {int(w0v['lab']):,}, 1964 {int(w1v['lab']):,}.",
    )
    wl = _share("1964", "lab", W)
    k.claim(
        "Its share was 57.7 per cent",
        round(100 * wl, 1) == 57.7,
        f"{CBP} Wales 1964: lab {pct(wl)}.",
    )
    k.claim(
        "the Conservatives took 425,022 votes and six seats",
        int(w1v["con"]) == 425022 and _won("1964", "con", W) == 6,
        f"{CBP} Wales 1964: con {int(w1v['con']):,} votes (the coverage's 425,022 is not the "
        f"file's), {_won('1964', 'con', W)} seats.",
    )
    wold = {r.name: r.winner for r in _rows("1959", W)}
    ch = [r for r in _rows("1964", W) if wold.get(r.name) != r.winner]
    sw = hist_seat_at("Swansea West", "1964")
    k.claim(
        "Only one Welsh seat changed hands: Swansea West, which Labour took from the Conservatives "
        "by 2,637",
        [r.name for r in ch] == ["Swansea West"]
        and wold["Swansea West"] == "con"
        and sw.winner == "lab"
        and sw.majority == 2637,
        f"{CBP} Wales, winner changed 1959 to 1964: "
        + ", ".join(f"{r.name} ({wold.get(r.name)} to {r.winner}, {r.majority:,})" for r in ch)
        + ".",
    )
    wr = sorted(_rows("1964", W), key=lambda r: r.majority)
    k.claim(
        "Merioneth, held by Labour by 1,249, was the closest contest in Wales",
        wr[0].name == "Merioneth" and wr[0].winner == "lab" and wr[0].majority == 1249,
        f"{CBP} Wales 1964 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority:,}" for r in wr[:3])
        + ".",
    )
    k.claim(
        "The Liberals held on to Cardigan and Montgomery",
        all(wold[n] == "lib" and hist_seat_at(n, "1964").winner == "lib"
            for n in ("Cardigan", "Montgomery")),
        f"{CBP} Cardigan and Montgomery: lib in 1959 and 1964.",
    )  # fmt: skip
    p0, p1 = _share("1959", "natSW", W), _share("1964", "natSW", W)
    k.claim(
        "Plaid Cymru's share slipped to 4.8 per cent",
        round(100 * p1, 1) == 4.8 and p1 < p0,
        f"{CBP} Wales natSW: {pct(p0)} in 1959, {pct(p1)} in 1964.",
    )
    bp = max(wr, key=lambda r: r.votes["natSW"])
    k.claim(
        "its best showing was in Caernarvon, with almost 7,000 votes",
        bp.name == "Caernarvon" and 6500 <= bp.votes["natSW"] < 7000,
        f"{CBP} Wales 1964 best natSW vote: {bp.name} {bp.votes['natSW']:,}.",
    )
    k.claim(
        "Ogmore's 23,928 was the biggest majority in Wales",
        wr[-1].name == "Ogmore" and hist_seat_at("Ogmore", "1964").majority == 23928,
        f"{CBP} Wales 1964 largest majorities: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in wr[::-1][:3])
        + "; Llanelli's is the biggest.",
    )
    t0, t1 = _turnout("1959", W), _turnout("1964", W)
    k.claim(
        "Welsh turnout was 80.3 per cent, down more than two points",
        round(100 * t1, 1) == 80.3 and t0 - t1 > 0.02,
        f"{CBP} Wales, votes / electorate: {pct(t0)} in 1959, {pct(t1)} in 1964.",
    )
    k.claim("Wilson, at 48,", None, "an age; not in the files")
    k.claim(
        "the youngest prime minister since Lord Rosebery",
        None,
        "prime ministers' ages; not in the files",
    )
