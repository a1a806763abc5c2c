"""east-stays-true-blue-weekly: a regional weekly (no year) on the 2015 election in the East of
England, from PSEPH 56 against PSEPH 55 (2010). Coverage read: East Anglian Daily Times, May
2015, "East stays true blue after huge surge to Tories" ("a LibDem majority of 7,000 into a
Conservative majority of 5,500"); Lowestoft Journal, 8 May 2015, on Norwich South; Mid Norfolk
Times, 13 May 2015 (Truss "increased her majority by more than 1,700 votes", "25,515 votes -
1,762 more than her haul in 2010"); ConservativeHome, Jun 2015, "Battlegrounds revisited: East
of England"."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "east-stays-true-blue-weekly"
R = "East of England"
P15, P10 = pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    ee = [s for s in g.values() if s.region == R]
    w, w0 = seats_won(2015, region=R), seats_won(2010, region=R)
    t, t0 = totals(2015, region=R), totals(2010, region=R)
    k.claim(
        "The Conservatives won 52 of the region's 58 seats",
        w["Con"] == 52 and len(ee) == 58,
        f"{P15} {R}: {dict(w)} of {len(ee)}.",
    )
    k.claim(
        "Labour doubled its tally from two to four and UKIP and the Liberal Democrats won one "
        "apiece",
        w0["Lab"] == 2 and w["Lab"] == 4 and w["UKIP"] == 1 and w["LD"] == 1,
        f"{P10} {R}: {dict(w0)}; {P15}: {dict(w)}.",
    )
    lg = sorted(s.result for s in ee if s.result.startswith("Lab gain"))
    k.claim(
        "Labour's two gains both came from the Liberal Democrats",
        lg == ["Lab gain from LD", "Lab gain from LD"],
        f"{P15} {R} Labour gains: {lg}.",
    )
    cb, cb0 = g["Cambridge"], g0["Cambridge"]
    k.claim(
        "Daniel Zeichner beat Julian Huppert by 599 votes, overturning a majority of 6,792",
        cb.result == "Lab gain from LD"
        and cb.ranked()[1].surname == "Huppert"
        and cb.majority == 599
        and cb0.majority == 6792,
        f"{P15} {cb.line()}; {P10} {cb0.line()}.",
    )
    ns = g["Norwich South"]
    k.claim(
        "Clive Lewis won with 19,033 votes and a majority of 7,654",
        ns.ranked()[0].votes == 19033 and ns.majority == 7654,
        f"{P15} {ns.line()}.",
    )
    k.claim(
        "the Greens were a distant third and the sitting MP, Simon Wright, fell to fourth",
        ns.ranked()[2].party == "Green" and ns.place("Wright") == 4,
        f"{P15} {ns.line()}.",
    )
    k.claim(
        "Bookies had made Labour favourites to take Ipswich and Waveney",
        None,
        "Betting odds: not in the files.",
    )
    wv, wv0 = g["Waveney"], g0["Waveney"]
    k.claim(
        "Peter Aldous took his Waveney majority from 769 to 2,408",
        wv0.majority == 769 and wv.majority == 2408 and wv.first == "Con",
        f"{P10} {wv0.line()}; {P15} {wv.line()}.",
    )
    ip, ip0 = g["Ipswich"], g0["Ipswich"]
    k.claim(
        "Ben Gummer's majority in Ipswich rose to 3,733 from 2,079",
        ip.majority == 3733 and ip0.majority == 2079,
        f"{P15} {ip.line()}; {P10} {ip0.line()}.",
    )
    bd, bd0 = g["Bedford"], g0["Bedford"]
    k.claim(
        "Richard Fuller's majority was trimmed to 1,097",
        bd.majority == 1097 and bd.majority < bd0.majority,
        f"{P10} {bd0.line()}; {P15} {bd.line()}.",
    )
    co, co0 = g["Colchester"], g0["Colchester"]
    k.claim(
        "Will Quince turned a Liberal Democrat majority of almost 7,000 into a Conservative "
        "majority of more than 5,500",
        co0.first == "LD"
        and 6500 <= co0.majority < 7000
        and co.result == "Con gain from LD"
        and co.majority > 5500,
        f"{P10} {co0.line()}; {P15} {co.line()}.",
    )
    th = g["Thurrock"]
    nar = sorted(ee, key=lambda s: s.majority)
    k.claim(
        "Thurrock was the closest contest in the region",
        nar[0].name == "Thurrock",
        f"{P15} {R} smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in nar[:3])
        + ".",
    )
    k.claim(
        "Jackie Doyle-Price held on by 536 votes over Labour, with UKIP's Tim Aker close behind "
        "in third",
        th.result == "Con hold"
        and th.majority == 536
        and th.ranked()[1].party == "Lab"
        and th.ranked()[2].surname == "Aker",
        f"{P15} {th.line()}.",
    )
    cl = g["Clacton"]
    k.claim(
        "Douglas Carswell won Clacton by 3,437 votes",
        cl.first == "UKIP" and cl.majority == 3437,
        f"{P15} {cl.line()}.",
    )
    u2 = [s.name for s in ee if s.ranked()[1].party == "UKIP"]
    uk, uk0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    k.claim(
        "UKIP came second in 15 seats across the region and took 16.2 per cent of the vote, up "
        "from 4.3 per cent",
        len(u2) == 15 and round(100 * uk, 1) == 16.2 and round(100 * uk0, 1) == 4.3,
        f"{P15} {R}: UKIP second in {len(u2)}; share {t['UKIP']:,} / {t['_valid']:,} = "
        f"{pct(uk)}; {P10} {pct(uk0)}.",
    )
    nn, nn0 = g["North Norfolk"], g0["North Norfolk"]
    k.claim(
        "Norman Lamb held North Norfolk by 4,043, his majority cut from 11,626",
        nn.result == "LD hold" and nn.majority == 4043 and nn0.majority == 11626,
        f"{P15} {nn.line()}; {P10} {nn0.line()}.",
    )
    k.claim(
        "the Liberal Democrats' only seat in the East",
        w["LD"] == 1,
        f"{P15} {R}: LD {w['LD']}.",
    )
    ld, ld0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "fell from 24.1 per cent to 8.2 per cent",
        round(100 * ld0, 1) == 24.1 and round(100 * ld, 1) == 8.2,
        f"{R} LD: {P10} {pct(ld0)}; {P15} {t['LD']:,} / {t['_valid']:,} = {pct(ld)}.",
    )
    con, con0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "The Conservatives' share rose 1.9 points to 49.0 per cent",
        round(100 * (con - con0), 1) == 1.9 and round(100 * con, 1) == 49.0,
        f"{R} Con: {P10} {pct(con0)}; {P15} {pct(con)}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout was up slightly on five years ago, at 67.6 per cent",
        to > to0 and round(100 * to, 1) == 67.6,
        f"{R} valid / electorate: {P15} {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}; "
        f"{P10} {pct(to0)} (down, not up).",
    )
    sw, sw0 = g["South West Norfolk"], g0["South West Norfolk"]
    tv, tv0 = sw.ranked()[0].votes, sw0.ranked()[0].votes
    k.claim(
        "Elizabeth Truss took 25,515 votes in South West Norfolk, 1,762 more than last time",
        sw.ranked()[0].surname == sw0.ranked()[0].surname == "Truss"
        and tv == 25515
        and tv - tv0 == 1762,
        f"Truss: {P10} {tv0:,}; {P15} {tv:,}.",
    )
    k.claim(
        "increased her majority by more than 1,700 votes",
        sw.majority - sw0.majority > 1700,
        f"South West Norfolk majority: {P10} {sw0.majority:,}; {P15} {sw.majority:,} (up "
        f"{sw.majority - sw0.majority:,}).",
    )
    pb, pb0 = g["Peterborough"], g0["Peterborough"]
    k.claim(
        "Stewart Jackson held Peterborough by 1,925, down from 4,681",
        pb.result == "Con hold" and pb.majority == 1925 and pb0.majority == 4681,
        f"{P15} {pb.line()}; {P10} {pb0.line()} (4,861, not 4,681).",
    )
    ls, ls0 = g["Luton South"], g0["Luton South"]
    k.claim(
        "Gavin Shuker's majority rose to 5,711 from 2,329",
        ls.majority == 5711 and ls0.majority == 2329,
        f"{P15} {ls.line()}; {P10} {ls0.line()}.",
    )
    wa, wa0 = g["Watford"], g0["Watford"]
    k.claim(
        "Richard Harrington's majority rose to 9,794 from 1,425, more than seven times as large",
        wa.majority == 9794 and wa0.majority == 1425 and wa.majority > 7 * wa0.majority,
        f"{P15} {wa.line()}; {P10} {wa0.line()}; 9,794 / 1,425 = {wa.majority / wa0.majority:.2f}.",
    )
    big = sorted(ee, key=lambda s: -s.majority)
    k.claim(
        "Sir Alan Haselhurst's 24,991 in Saffron Walden was the largest majority in the region",
        big[0].name == "Saffron Walden" and g["Saffron Walden"].majority == 24991,
        f"{P15} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    byc = sorted(ee, key=lambda s: -s.share("Con"))
    k.claim(
        "John Whittingdale's 60.6 per cent in Maldon was the highest Conservative share",
        byc[0].name == "Maldon" and round(100 * byc[0].share("Con"), 1) == 60.6,
        f"{P15} {R} Con shares: "
        + ", ".join(f"{s.name} {pct(s.share('Con'))}" for s in byc[:3])
        + ".",
    )
    byt = sorted(ee, key=lambda s: s.turnout)
    k.claim(
        "Mid Bedfordshire had the highest turnout, 74.0 per cent",
        byt[-1].name == "Mid Bedfordshire" and round(100 * byt[-1].turnout, 1) == 74.0,
        f"{P15} {R} highest turnout (valid / electorate): {byt[-1].name} "
        f"{pct(byt[-1].turnout)}, next {byt[-2].name} {pct(byt[-2].turnout)}.",
    )
    k.claim(
        "Rochford and Southend East the lowest, 60.6 per cent",
        byt[0].name == "Rochford and Southend East" and round(100 * byt[0].turnout, 1) == 60.6,
        f"{P15} {R} lowest turnout: {byt[0].name} {pct(byt[0].turnout)}, next {byt[1].name} "
        f"{pct(byt[1].turnout)}.",
    )
