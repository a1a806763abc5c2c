"""london-bucks-the-swing-evening-paper: a London evening paper (no year printed) on the 2010
election in London, from PSEPH 55; gains and holds as its result column states them (against
the notional 2005 result)."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, history, pseph_name, share_of, totals

NAME = "london-bucks-the-swing-evening-paper"
P = pseph_name(2010)
R = "London"


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    ld = [s for s in g.values() if s.region == R]
    won = Counter(s.first for s in ld)
    cg = [s for s in ld if s.result.startswith("Con gain")]
    k.claim(
        "The Conservatives gained seven seats in the capital, six of them from Labour, taking "
        "their total to 28",
        len(cg) == 7 and sum(s.result.endswith("from Lab") for s in cg) == 6 and won["Con"] == 28,
        f"{P} London 'Con gain': "
        + ", ".join(f"{s.name} ({s.result})" for s in cg)
        + f"; Con first in {won['Con']}.",
    )
    k.claim(
        "Labour kept 38 of London's 73 seats",
        won["Lab"] == 38 and len(ld) == 73,
        f"{P} London winners {dict(won)} of {len(ld)}.",
    )
    t, u = totals(2010, region=R), totals(2010)
    k.claim(
        "won more votes than the Conservatives here, 36.6 per cent to 34.5",
        round(100 * share_of(t, "Lab"), 1) == 36.6 and round(100 * share_of(t, "Con"), 1) == 34.5,
        f"{P} London Lab {pct(share_of(t, 'Lab'))}, Con {pct(share_of(t, 'Con'))}.",
    )
    lead = share_of(u, "Con") - share_of(u, "Lab")
    k.claim(
        "a national picture in which the Conservatives led by seven points",
        round(100 * lead) == 7,
        f"{P} UK Con {pct(share_of(u, 'Con'))}, Lab {pct(share_of(u, 'Lab'))}; lead "
        f"{100 * lead:.2f}.",
    )
    k.claim(
        "The Liberal Democrats took 22 per cent and won eight seats",
        round(100 * share_of(t, "LD")) == 22 and won["LD"] == 8,
        f"{P} London LD {pct(share_of(t, 'LD'))}; LD first in {won['LD']} seats.",
    )
    hk = g["Hampstead and Kilburn"]
    low = sorted(g.values(), key=lambda s: s.majority)[:3]
    k.claim(
        "clung on by 42 votes after a recount, the narrowest result in the country",
        hk.majority == 42 and low[0] is hk,
        f"{P} {hk.line()}; smallest UK majorities: "
        + ", ".join(f"{s.name} {s.majority}" for s in low)
        + ".",
    )
    gains = sorted((s for s in g.values() if s.result.startswith("Con gain")),
                   key=lambda s: s.majority)  # fmt: skip
    k.claim(
        "The Conservatives took Hendon by 106 votes, the narrowest Conservative gain in the country",
        g["Hendon"].majority == 106 and gains[0].name == "Hendon",
        f"{P} narrowest Con gains: " + ", ".join(f"{s.name} {s.majority}" for s in gains[:2]) + ".",
    )
    ba = g["Battersea"]
    k.claim(
        "Jane Ellison took Battersea with a majority of 5,797",
        ba.majority == 5797,
        f"{P} {ba.line()} (5,797 transposes the majority).",
    )

    def won_by(seat: str, winner: str, loser: str, maj: int) -> tuple[bool, str]:
        s = g[seat]
        r = s.ranked()
        ok = r[0].surname == winner and r[1].surname == loser and s.majority == maj
        return ok, f"{P} {s.line()}."

    for anchor, seat, w, lo, m in (
        ("Bob Blackman unseated the former minister Tony McNulty in Harrow East by 3,403",
         "Harrow East", "Blackman", "McNulty", 3403),
        ("Angie Bray won Ealing Central and Acton by 3,716", "Ealing Central and Acton", "Bray",
         "Mahfouz", 3716),
        ("Mary Macleod beat Ann Keen in Brentford and Isleworth by 1,958",
         "Brentford and Isleworth", "Macleod", "Keen", 1958),
        ("Gavin Barwell won by 2,879", "Croydon Central", "Barwell", "Ryan", 2879),
    ):  # fmt: skip
        ok, ev = won_by(seat, w, lo, m)
        if "unseated" in anchor:  # the loser must have been the sitting MP
            ok = ok and g[seat].ranked()[1].sitting
            ev += " The runner-up was the sitting MP."
        k.claim(anchor, ok, ev)
    rp = g["Richmond Park"]
    ok, ev = won_by("Richmond Park", "Goldsmith", "Kramer", 4091)
    k.claim(
        "ousted the Liberal Democrat Susan Kramer in Richmond Park with a majority of 4,091",
        ok and rp.ranked()[1].sitting,
        ev,
    )
    hi, lo_ = max(ld, key=lambda s: s.turnout), min(ld, key=lambda s: s.turnout)
    k.claim(
        "more than three-quarters of the electorate voted, the highest turnout in London",
        rp.turnout > 0.75 and hi is rp,
        f"{P} Richmond Park valid / electorate {pct(rp.turnout)}; highest in London: {hi.name}.",
    )
    k.claim(
        "Kensington had the lowest",
        lo_.name == "Kensington",
        f"{P} lowest London turnout: {lo_.name} {pct(lo_.turnout)}.",
    )
    lt, ut = t["_valid"] / t["_electorate"], u["_valid"] / u["_electorate"]
    k.claim(
        "Turnout across the capital was 64.5 per cent, slightly below the figure for the UK as a "
        "whole",
        round(100 * lt, 1) == 64.5 and 0 < ut - lt < 0.02,
        f"{P} valid / electorate: London {pct(lt)}, UK {pct(ut)}.",
    )
    k.claim(
        "still waiting when the polls closed at 10pm",
        None,
        "events at polling stations are not in the files",
    )
    ldg = [s.name for s in ld if s.result.startswith("LD gain")]
    ok, ev = won_by("Brent Central", "Teather", "Butler", 1345)
    k.claim(
        "The Liberal Democrats had one gain: Sarah Teather beat Dawn Butler in Brent Central by "
        "1,345",
        ok and ldg == ["Brent Central"],
        ev + f" London LD gains: {ldg}.",
    )
    sc = g["Sutton and Cheam"]
    k.claim(
        "Paul Burstow held Sutton and Cheam by 1,608",
        sc.result == "LD hold" and sc.majority == 1608,
        f"{P} {sc.line()}.",
    )
    el = g["Eltham"]
    k.claim(
        "Clive Efford kept Eltham for Labour by 1,663",
        el.result == "Lab hold" and el.majority == 1663,
        f"{P} {el.line()}.",
    )
    hs = g["Holborn and St Pancras"]
    old = next(h for h in history() if h.name == "Holborn & St Pancras" and h.election == "2005")
    up = hs.votes("Lab") - old.votes["lab"]
    k.claim(
        "Frank Dobson added around 10,000 to his vote",
        hs.ranked()[0].surname == "Dobson" and 9500 <= up <= 10500,
        f"CBP-8647 2005 Holborn & St Pancras lab {old.votes['lab']:,}; {P} {hs.line()}; up "
        f"{up:,} (the 2005 seat had other boundaries).",
    )
    bg = g["Bethnal Green and Bow"]
    k.claim(
        "Rushanara Ali won Bethnal Green and Bow back from Respect with a majority of more than "
        "11,000",
        bg.result == "Lab gain from Res" and 11000 < bg.majority < 12000,
        f"{P} {bg.line()}.",
    )
    top = max(g.values(), key=lambda s: s.majority)
    k.claim(
        "majority of almost 28,000 in East Ham was the largest in the country",
        top.name == "East Ham" and 27500 <= top.majority < 28000,
        f"{P} largest majority: {top.name} {top.majority:,}.",
    )
    bk = g["Barking"]
    bnp = max(ld, key=lambda s: s.share("BNP"))
    k.claim(
        "who finished a distant third with 14.6 per cent, the BNP's best share in London",
        bk.place("Griffin") == 3 and round(100 * bk.share("BNP"), 1) == 14.6 and bnp is bk,
        f"{P} {bk.line()}; BNP {pct(bk.share('BNP'))}, highest in London.",
    )
