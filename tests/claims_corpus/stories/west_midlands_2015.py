"""stalemate-in-the-west-midlands-weekly: a regional weekly (no year printed) on the 2015 election
in the West Midlands, from PSEPH 56 against PSEPH 55 (2010), with maiden-speeches.csv for a
member's first election."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, maiden, pseph_name, seats_won, share_of, totals

NAME = "stalemate-in-the-west-midlands-weekly"
R = "West Midlands"
P15, P10 = pseph_name(2015), pseph_name(2010)
BIRMINGHAM = (
    "Birmingham, Edgbaston", "Birmingham, Erdington", "Birmingham, Hall Green",
    "Birmingham, Hodge Hill", "Birmingham, Ladywood", "Birmingham, Northfield",
    "Birmingham, Perry Barr", "Birmingham, Selly Oak", "Birmingham, Yardley", "Sutton Coldfield",
)  # fmt: skip


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    ws = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2015, region=R), seats_won(2010, region=R)
    gains = sorted((s.result, s.name) for s in ws if "gain" in s.result)
    k.claim(
        "The Conservatives picked up two seats, one apiece from Labour and the Liberal Democrats",
        sorted(r for r, _ in gains if r.startswith("Con"))
        == ["Con gain from LD", "Con gain from Lab"],
        f"{P15} {R} gains: {gains}.",
    )
    k.claim(
        "Labour's results exactly mirrored them: a gain from each",
        sorted(r for r, _ in gains if r.startswith("Lab"))
        == ["Lab gain from Con", "Lab gain from LD"],
        f"{P15} {R} gains: {gains}.",
    )
    k.claim(
        "The Conservatives now hold 34 of the region's 59 seats and Labour 25",
        w["Con"] == 34 and len(ws) == 59 and w["Lab"] == 25,
        f"{P15} {R}: {dict(w)} of {len(ws)}; {P10}: {dict(w0)}.",
    )
    k.claim(
        "The Liberal Democrats have been ousted from their only two seats in the region",
        w0["LD"] == 2 and w["LD"] == 0,
        f"{P10} {R}: LD {w0['LD']}; {P15}: {w['LD']}.",
    )
    ya = g["Birmingham, Yardley"]
    k.claim(
        "John Hemming lost to Labour's Jess Phillips by 6,595",
        ya.result == "Lab gain from LD"
        and ya.ranked()[1].surname == "Hemming"
        and ya.majority == 6595,
        f"{P15} {ya.line()}.",
    )
    so, so0 = g["Solihull"], g0["Solihull"]
    k.claim(
        "Lorely Burt, who had won with a 175-vote majority five years ago",
        so0.ranked()[0].surname == "Burt" and so0.majority == 175,
        f"{P10} {so0.line()}.",
    )
    k.claim(
        "who took a 12,902 majority with 26,952 votes to her 14,054",
        so.majority == 12902 and so.votes("Con") == 26952 and so.votes("LD") == 14054,
        f"{P15} {so.line()} (26,956, not 26,952).",
    )
    k.claim(
        "It represents a 17.2 point loss for the Lib Dems",
        round(100 * (so0.share("LD") - so.share("LD")), 1) == 17.2,
        f"Solihull LD {pct(so0.share('LD'))} -> {pct(so.share('LD'))}.",
    )
    k.claim("Mrs Burt, 60", None, "An age: not in the files.")
    wolv = [s for s in g.values() if s.name.startswith("Wolverhampton")]
    sw = g["Wolverhampton South West"]
    k.claim(
        "Labour claimed Wolverhampton South West from the Conservatives to complete a clean sweep of "
        "the city's three seats",
        sw.result == "Lab gain from Con" and len(wolv) == 3 and all(s.first == "Lab" for s in wolv),
        f"{P15}: " + ", ".join(f"{s.name} {s.result}" for s in wolv) + ".",
    )
    mm = maiden("Rob Marris")
    k.claim(
        "Rob Marris, first elected there in 2001, won by 801",
        mm[0]["Date"].endswith("2001") and mm[0]["Constituency"] == sw.name and sw.majority == 801,
        f"maiden-speeches.csv: Rob Marris, {mm[0]['Constituency']}, {mm[0]['Date']}; {P15} "
        f"{sw.line()}.",
    )
    te = g["Telford"]
    low = min(ws, key=lambda s: s.majority)
    k.claim(
        "Telford fell to Lucy Allan by 730, the narrowest result in the region",
        te.result == "Con gain from Lab" and te.majority == 730 and low.name == "Telford",
        f"{P15} {te.line()}; narrowest in {R}: {low.name} {low.majority}.",
    )
    bham = [g[n] for n in BIRMINGHAM]
    k.claim(
        "Labour now holds nine of the ten seats",
        sum(s.first == "Lab" for s in bham) == 9,
        f"{P15} Birmingham's ten seats: " + ", ".join(f"{s.name} {s.first}" for s in bham) + ".",
    )
    la, hh = g["Birmingham, Ladywood"], g["Birmingham, Hodge Hill"]
    la0, hh0 = g0["Birmingham, Ladywood"], g0["Birmingham, Hodge Hill"]
    k.claim(
        "Shabana Mahmood and Liam Byrne more than doubled their majorities in Ladywood and Hodge Hill",
        la.majority > 2 * la0.majority and hh.majority > 2 * hh0.majority,
        f"Ladywood {la0.majority:,} -> {la.majority:,}; Hodge Hill {hh0.majority:,} -> "
        f"{hh.majority:,} ({P10}, {P15}).",
    )
    hg, hg0 = g["Birmingham, Hall Green"], g0["Birmingham, Hall Green"]
    k.claim(
        "Roger Godsiff's majority in Hall Green rocketed from less than 4,000 to almost 20,000",
        hg0.majority < 4000 and 19000 <= hg.majority < 20000,
        f"Hall Green majority {hg0.majority:,} ({P10}) -> {hg.majority:,} ({P15}).",
    )
    dn, dn0 = g["Dudley North"], g0["Dudley North"]
    k.claim(
        "UKIP, who finished second",
        dn.ranked()[1].party == "UKIP",
        f"{P15} {dn.line()}: UKIP third.",
    )
    k.claim(
        "in Dudley North, increasing his majority to 4,181",
        dn.majority == 4181 and dn.majority > dn0.majority,
        f"Dudley North majority {dn0.majority:,} ({P10}) -> {dn.majority:,} ({P15}).",
    )
    me, me0 = g["Meriden"], g0["Meriden"]
    k.claim(
        "Caroline Spelman's majority in Meriden rose from 16,253 to 18,795",
        me0.majority == 16253 and me.majority == 18795,
        f"Meriden majority {me0.majority:,} ({P10}) -> {me.majority:,} ({P15}).",
    )
    t, t0, uk = totals(2015, region=R), totals(2010, region=R), totals(2015)
    uk15, uk10 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "UKIP took 15.7 per cent of the regional vote, nearly four times its share of five years ago",
        round(100 * uk15, 1) == 15.7 and 3.5 <= uk15 / uk10 < 4,
        f"{R} UKIP: {P10} {pct(uk10)}, {P15} {pct(uk15)} ({uk15 / uk10:.2f} times).",
    )
    u2 = [s.name for s in ws if s.ranked()[1].party == "UKIP"]
    k.claim(
        "finished second in eight seats",
        len(u2) == 8,
        f"{P15} {R}: UKIP second in {', '.join(u2)}.",
    )
    ub = max(ws, key=lambda s: s.share("UKIP"))
    k.claim(
        "its best was West Bromwich West, with a quarter of the vote",
        ub.name == "West Bromwich West" and round(100 * ub.share("UKIP")) == 25,
        f"{P15} {R}: best UKIP share {ub.name} {pct(ub.share('UKIP'))}.",
    )
    ld, ld0, gr = share_of(t, "LD"), share_of(t0, "LD"), share_of(t, "Green")
    k.claim(
        "The Lib Dems fell from 20.5 per cent to 5.5, behind the Greens",
        round(100 * ld0, 1) == 20.5 and round(100 * ld, 1) == 5.5 and gr > ld,
        f"{R} LD {pct(ld0)} -> {pct(ld)}; Green {pct(gr)} in {P15}.",
    )
    two = share_of(t, "Con") + share_of(t, "Lab")
    uktwo = share_of(uk, "Con") + share_of(uk, "Lab")
    k.claim(
        "The Conservatives and Labour took 74.7 per cent of the vote between them, against 67.3 per "
        "cent across the UK",
        round(100 * two, 1) == 74.7 and round(100 * uktwo, 1) == 67.3,
        f"{P15}: Con + Lab {R} {pct(two)}; UK {pct(uktwo)}.",
    )
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "the Conservative share rose 2.2 points to 41.8 per cent",
        round(100 * (con - con0), 1) == 2.2 and round(100 * con, 1) == 41.8,
        f"{R} Con {pct(con0)} ({P10}) -> {pct(con)} ({P15}).",
    )
    big = max(ws, key=lambda s: s.majority)
    k.claim(
        "Liam Byrne's majority of 23,362 was the largest in the region",
        big.name == "Birmingham, Hodge Hill" and big.majority == 23362,
        f"{P15} {R}: largest majority {big.name} {big.majority:,}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout was 64.1 per cent, up on five years ago",
        round(100 * to, 1) == 64.1 and to > to0,
        f"{R} turnout (valid / electorate): {P10} {pct(to0)}, {P15} {pct(to)}.",
    )
    by_t = sorted(ws, key=lambda s: s.turnout)
    k.claim(
        "highest in Kenilworth and Southam at 76.3 per cent and lowest in Stoke-on-Trent Central "
        "at 51.3 per cent",
        by_t[-1].name == "Kenilworth and Southam"
        and round(100 * by_t[-1].turnout, 1) == 76.3
        and by_t[0].name == "Stoke-On-Trent Central"
        and round(100 * by_t[0].turnout, 1) == 51.3,
        f"{P15} {R}: highest {by_t[-1].name} {pct(by_t[-1].turnout)}, lowest {by_t[0].name} "
        f"{pct(by_t[0].turnout)}.",
    )
