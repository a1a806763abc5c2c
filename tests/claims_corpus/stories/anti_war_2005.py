"""anti-war-vote-bites-campaign-blog: a campaign blog (dateline only; '2001' named) on seats of the
2005 general election, from CBP-8647 only (2005 against 2001 matched by seat name, as the file
spells it; party groups 'con', 'lab', 'lib', 'natSW', 'oth', Respect being in 'oth')."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import hist_national, hist_seat_at, hist_turnout, history
from .._raw import hist_share as _share

NAME = "anti-war-vote-bites-campaign-blog"
CBP = "CBP-8647"
E, P = "2005", "2001"


def _rows(e: str) -> dict:
    return {h.name: h for h in history() if h.election == e}


@story(NAME)
def key(k: Key) -> None:
    sl, sc, sd = _share(E, "lab"), _share(E, "con"), _share(E, "lib")
    k.claim(
        "Labour finished on 35.2 per cent of the vote",
        round(100 * sl, 1) == 35.2,
        f"{CBP} 2005: lab {pct(sl)}.",
    )
    k.claim(
        "the Tories on 32.3 per cent",
        round(100 * sc, 1) == 32.3,
        f"{CBP} 2005: con {int(hist_national(E)['con']):,} of "
        f"{int(hist_national(E)['_total']):,} = {pct(sc)}.",
    )
    k.claim(
        "the Liberal Democrats on 22 per cent",
        round(100 * sd) == 22,
        f"{CBP} 2005: lib {pct(sd)}.",
    )
    moved = {p: _share(E, p) - _share(P, p) for p in ("con", "lab", "lib")}
    k.claim(
        "the only one of the three to make real progress",
        moved["lib"] > 0.03 and moved["con"] < 0.01 and moved["lab"] < 0,
        f"{CBP} share change on 2001: "
        + ", ".join(f"{p} {100 * d:+.2f}" for p, d in moved.items())
        + ".",
    )
    t, t1 = hist_turnout(E), hist_turnout(P)
    k.claim(
        "Turnout was just over 61 per cent, up two points on 2001",
        0.61 <= t < 0.615 and 1.5 <= 100 * (t - t1) < 2.5,
        f"{CBP} turnout (total / electorate): 2001 {pct(t1)}, 2005 {pct(t)}.",
    )
    k.claim(
        "the BBC/ITV exit poll's forecast of a majority of 66",
        None,
        "an exit poll's forecast; not in the files",
    )
    r5, r1 = _rows(E), _rows(P)
    bg, bg1 = r5["Bethnal Green & Bow"], r1["Bethnal Green & Bow"]
    k.claim(
        "Respect's George Galloway ousted Labour's Oona King in Bethnal Green and Bow",
        bg.winner == "oth" and bg1.winner == "lab",
        f"{CBP} Bethnal Green & Bow: 2001 {bg1.votes} ({bg1.winner}); 2005 {bg.votes} "
        f"({bg.winner}, the group holding Respect).",
    )
    k.claim(
        "a seat Labour had won by more than 10,000 four years earlier",
        bg1.winner == "lab" and bg1.majority > 10_000,
        f"{CBP} Bethnal Green & Bow 2001: lab by {bg1.majority:,}.",
    )
    d = bg1.votes["lab"] - bg.votes["lab"]
    k.claim(
        "Labour's vote there fell by more than 4,000",
        d > 4000,
        f"{CBP} Bethnal Green & Bow lab: {bg1.votes['lab']:,} in 2001, {bg.votes['lab']:,} in "
        f"2005, down {d:,}.",
    )
    k.claim('"This is for Iraq," Galloway told the count', None, "a quote; not in the files")

    def gain(name: str, maj: int, frm: str = "lab") -> tuple[bool, str]:
        h, o = r5[name], r1[name]
        ok = h.winner == "lib" and o.winner == frm and h.majority == maj
        return (
            ok,
            f"{CBP} {name}: 2001 {o.winner} by {o.majority:,}; 2005 {h.votes}, {h.winner} by {h.majority:,}.",
        )

    ok, ev = gain("Manchester Withington", 667)
    k.claim("Manchester Withington fell by 667", ok, ev)
    mw1 = r1["Manchester Withington"]
    k.claim(
        "overturning a Labour majority of more than 11,000",
        mw1.winner == "lab" and mw1.majority > 11_000,
        f"{CBP} Manchester Withington 2001: {mw1.votes}; lab by {mw1.majority:,}.",
    )
    ok, ev = gain("Hornsey & Wood Green", 2395)
    k.claim("Lynne Featherstone won Hornsey and Wood Green by 2,395", ok, ev)
    hw1 = r1["Hornsey & Wood Green"]
    k.claim(
        "wiping out a Labour majority of 10,614",
        hw1.winner == "lab" and hw1.majority == 10_614,
        f"{CBP} Hornsey & Wood Green 2001: {hw1.votes}; lab by {hw1.majority:,}.",
    )
    ok, ev = gain("Cambridge", 4339)
    k.claim("Cambridge went Lib Dem by 4,339", ok, ev)
    ok, ev = gain("Rochdale", 424)
    k.claim("Rochdale by 424", ok, ev)
    bw, bw1 = r5["Bristol West"], r1["Bristol West"]
    place = sorted(bw1.votes, key=lambda p: -bw1.votes[p]).index("lib") + 1
    k.claim(
        "in Bristol West the party won by leapfrogging from third place",
        bw.winner == "lib" and place == 3,
        f"{CBP} Bristol West 2001: {bw1.votes} (lib placed {place}, 39 votes ahead of con); "
        f"2005 {bw.votes}, {bw.winner}.",
    )
    cg = sorted(
        (h for n, h in r5.items() if h.winner == "lib" and n in r1 and r1[n].winner == "con"),
        key=lambda h: h.majority,
    )
    k.claim(
        "took three seats from the Conservatives",
        len(cg) == 3,
        f"{CBP} seats lib in 2005 and con in 2001 (matched by name): "
        + ", ".join(f"{h.name} {h.majority}" for h in cg)
        + ".",
    )
    ok, ev = gain("Taunton", 573, "con")
    k.claim("Taunton by 573", ok, ev)
    ok, ev = gain("Westmorland & Lonsdale", 267, "con")
    k.claim("Tim Farron won by 267", ok, ev)
    allg = sorted(
        (h for n, h in r5.items() if h.winner == "lib" and n in r1 and r1[n].winner != "lib"),
        key=lambda h: h.majority,
    )
    k.claim(
        "Solihull, by 279, the party's narrowest gain of the night",
        allg[0].name == "Solihull" and r5["Solihull"].majority == 279,
        f"{CBP} lib gains on 2001 by majority: "
        + "; ".join(f"{h.name} {h.majority}" for h in allg[:3])
        + ".",
    )
    lost = [
        (n, h.winner)
        for n, h in r5.items()
        if n in r1 and r1[n].winner == "lib" and h.winner != "lib"
    ]
    k.claim(
        "The Lib Dems lost five seats, all of them to the Conservatives",
        len(lost) == 5 and all(w == "con" for _, w in lost),
        f"{CBP} seats lib in 2001 and not in 2005 (matched by name): "
        + ", ".join(f"{n} to {w}" for n, w in lost)
        + ".",
    )
    gf = r5["Guildford"]
    k.claim(
        "Guildford by 347 among them",
        gf.winner == "con" and gf.majority == 347 and r1["Guildford"].winner == "lib",
        f"{CBP} Guildford: 2001 {r1['Guildford'].winner}; 2005 {gf.votes}, con by {gf.majority}.",
    )
    ls, ls1 = r5["Leicester South"], r1["Leicester South"]
    k.claim(
        "Labour won back Leicester South, by 3,717",
        "depends",
        f"{CBP} Leicester South: 2001 {ls1.winner} by {ls1.majority:,}; 2005 {ls.votes}, "
        f"{ls.winner} by {ls.majority:,}. The 2004 by-election (a Liberal Democrat gain) is not in "
        "the file: 'won back' is true counting it, false against 2001 (a hold).",
    )
    pt = r5["Putney"]
    k.claim(
        "the Tories took Putney by 1,766",
        pt.winner == "con" and r1["Putney"].winner == "lab" and pt.majority == 1766,
        f"{CBP} Putney: 2001 {r1['Putney'].winner}; 2005 {pt.votes}, {pt.winner} by {pt.majority:,}.",
    )
    es = r5["Enfield Southgate"]
    k.claim(
        "Michael Portillo's old seat, by 1,747",
        es.winner == "con" and r1["Enfield Southgate"].winner == "lab" and es.majority == 1747,
        f"{CBP} Enfield Southgate: 2001 {r1['Enfield Southgate'].winner}; 2005 {es.votes}, "
        f"{es.winner} by {es.majority:,}.",
    )
    md = r5["Medway"]
    k.claim(
        "hung on by 213 votes",
        md.winner == "lab" and md.majority == 213,
        f"{CBP} Medway 2005: {md.votes}; {md.winner} by {md.majority}.",
    )
    bb, bb1 = r5["Blackburn"], r1["Blackburn"]
    k.claim(
        "Blackburn majority fell by more than 1,000",
        bb1.majority - bb.majority > 1000 and bb.winner == "lab",
        f"{CBP} Blackburn: lab by {bb1.majority:,} in 2001, by {bb.majority:,} in 2005.",
    )
    de = hist_seat_at("Dundee East", E)
    k.claim(
        "the SNP took Dundee East from Labour by 838",
        de.winner == "natSW"
        and de.majority == 838
        and hist_seat_at("Dundee East", P).winner == "lab",
        f"{CBP} Dundee East: 2001 {hist_seat_at('Dundee East', P).winner}; 2005 {de.votes}, "
        f"{de.winner} by {de.majority}.",
    )
