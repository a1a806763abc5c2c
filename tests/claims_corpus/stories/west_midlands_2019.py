"""black-country-turns-blue-west-midlands-weekly: a regional weekly (no year but 'on 2017') on the
West Midlands at the 2019 general election, PSEPH 58 against PSEPH 57, CBP-8647 for seat
history (seats matched by name)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, seats_won, share_of, totals

NAME = "black-country-turns-blue-west-midlands-weekly"
R = "West Midlands"
P19, P17 = pseph_name(2019), pseph_name(2017)
CBP = "CBP-8647"


@story(NAME)
def key(k: Key) -> None:
    g, o = general(2019), general(2017)
    w19, w17 = seats_won(2019, region=R), seats_won(2017, region=R)
    n = sum(w19.values())
    k.claim(
        "Labour lost nine seats across the region",
        w17["Lab"] - w19["Lab"] == 9,
        f"{P17}/{P19} West Midlands seats won: Lab {w17['Lab']} -> {w19['Lab']}.",
    )
    k.claim(
        "the Conservatives finished with 44 of the 59",
        w19["Con"] == 44 and n == 59,
        f"{P19} West Midlands: Con {w19['Con']} of {n} seats.",
    )
    k.claim(
        "a Labour seat at every election in living memory",
        None,
        "'living memory' is not a stated span; the files cannot decide it",
    )
    s = g["Stoke-On-Trent Central"]
    k.claim(
        "Jo Gideon, who secured a majority of 670",
        s.first == "Con" and s.majority == 670,
        f"{P19} {s.line()}.",
    )
    s17, s = o["Newcastle-Under-Lyme"], g["Newcastle-Under-Lyme"]
    k.claim(
        "Paul Farrelly had a majority of just 30 votes at the last election",
        s17.first == "Lab" and s17.majority == 30,
        f"{P17} {s17.line()}.",
    )
    k.claim(
        "Aaron Bell turned the seat blue with a majority of 7,446",
        s.first == "Con" and s.majority == 7446,
        f"{P19} {s.line()}.",
    )
    s17, s = o["Wolverhampton North East"], g["Wolverhampton North East"]
    k.claim(
        "Jane Stevenson overturned a majority of 4,587 to win by 4,080",
        s17.majority == 4587 and s.first == "Con" and s.majority == 4080,
        f"{P17} majority {s17.majority:,} ({s17.first}); {P19} {s.line()}.",
    )
    rows = hist_seat("Wolverhampton North East")
    last_other = max(h.election for h in rows if h.winner != "lab" and h.election < "2019")
    k.claim(
        "the first time the seat has gone to any party but Labour since 1992",
        last_other == "1992",
        f"{CBP} Wolverhampton North East: {hist_line(rows)}; the last non-Labour win before 2019 "
        f"is {last_other}, not 1992.",
    )
    e17 = o["West Bromwich East"]
    k.claim(
        "Tom Watson's old seat of West Bromwich East",
        e17.winner_name == "Tom Watson",
        f"{P17} West Bromwich East winner: {e17.winner_name} ({e17.first}).",
    )
    e = g["West Bromwich East"]
    k.claim(
        "overturned a majority of 7,713 to win by 1,593",
        e17.majority == 7713 and e.first == "Con" and e.majority == 1593,
        f"{P17} majority {e17.majority:,}; {P19} {e.line()}.",
    )
    w = g["West Bromwich West"]
    k.claim(
        "Shaun Bailey won West Bromwich West with a majority of 3,799",
        w.first == "Con" and w.majority == 3799,
        f"{P19} {w.line()}.",
    )
    rows = hist_seat("West Bromwich West")
    k.claim(
        "the first Conservative ever to represent it",
        all(h.winner != "con" for h in rows if h.election != "2019"),
        f"{CBP} West Bromwich West (created February 1974): {hist_line(rows)} (1997 'oth' is "
        "the Speaker); no Conservative win before 2019.",
    )
    s = g["Wolverhampton South West"]
    k.claim(
        "Stuart Anderson edged out Labour's Eleanor Smith in Wolverhampton South West by 1,616",
        s.first == "Con" and s.majority == 1616,
        f"{P19} {s.line()}; the majority is {s.majority:,}, not 1,616.",
    )
    rows = hist_seat("Dudley North")
    k.claim(
        "Dudley North, Labour since its creation",
        all(h.winner == "lab" for h in rows if h.election != "2019"),
        f"{CBP} Dudley North (created 1997): {hist_line(rows)}.",
    )
    d = g["Dudley North"]
    k.claim(
        "fell to Marco Longhi with a majority of 11,533",
        d.first == "Con" and d.majority == 11533,
        f"{P19} {d.line()}.",
    )
    rows = hist_seat("Birmingham Northfield")
    last = max(h.election for h in rows if h.winner == "con" and h.election < "2019")
    k.claim(
        "the first Conservative win there since 1987",
        g["Birmingham, Northfield"].first == "Con" and last == "1987",
        f"{CBP} Birmingham Northfield: {hist_line(rows)}; {P19} "
        f"{g['Birmingham, Northfield'].line()}.",
    )
    rows = hist_seat("Walsall North")
    k.claim(
        "Labour for decades until 2017",
        rows[-2].election == "2017" and rows[-2].winner == "con"
        and all(h.winner == "lab" for h in rows[:-2]),
        f"{CBP} Walsall North: {hist_line(rows)}.",
    )  # fmt: skip
    s17, s = o["Walsall North"], g["Walsall North"]
    k.claim(
        "his majority soar from 2,601 to 11,965",
        s17.majority == 2601 and s.majority == 11965,
        f"{P17} majority {s17.majority:,}; {P19} {s.line()}.",
    )
    k.claim(
        "a 63.8% share of the vote",
        round(100 * s.share("Con"), 1) == 63.8,
        f"{P19} Walsall North: Con {s.votes('Con'):,} / {s.valid:,} = {pct(s.share('Con'))}.",
    )
    c17, c = o["Cannock Chase"], g["Cannock Chase"]
    k.claim(
        "19,879, was more than double the 8,391 she had two years earlier",
        c.majority == 19879 and c17.majority == 8391 and c.majority > 2 * c17.majority,
        f"{P17} Cannock Chase majority {c17.majority:,}; {P19} {c.majority:,} "
        f"(2 x 8,391 = 16,782).",
    )
    con = sorted((s for s in g.values() if s.region == R and s.first == "Con"),
                 key=lambda s: -s.majority)  # fmt: skip
    k.claim(
        "Nigel Huddleston's 28,018 in Mid Worcestershire was the largest majority of any "
        "Conservative in the region",
        con[0].name == "Mid Worcestershire",
        f"{P19} West Midlands Conservative majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in con[:3]) + ".",
    )  # fmt: skip
    eng = sorted((s for s in g.values() if s.country == "England"), key=lambda s: s.majority)
    k.claim(
        "Taiwo Owatemi kept Coventry North West by 208 votes, the tightest result anywhere in "
        "England",
        eng[0].name == "Coventry North West" and g["Coventry North West"].majority == 208,
        f"{P19} smallest majorities in England: "
        + "; ".join(f"{s.name} {s.majority}" for s in eng[:3]) + ".",
    )  # fmt: skip
    s = g["Coventry South"]
    k.claim(
        "Zarah Sultana held Coventry South by 401",
        s.first == "Lab" and s.majority == 401,
        f"{P19} {s.line()}.",
    )
    s = g["Warwick and Leamington"]
    k.claim(
        "Matt Western clung on in Warwick and Leamington by 789",
        s.first == "Lab" and s.majority == 789 and s.result.endswith("hold"),
        f"{P19} {s.line()}.",
    )
    big = sorted((s for s in g.values() if s.region == R), key=lambda s: -s.majority)
    k.claim(
        "Liam Byrne's majority of 28,655 in Hodge Hill was the biggest in the region",
        big[0].name == "Birmingham, Hodge Hill" and big[0].majority == 28655,
        f"{P19} West Midlands largest majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in big[:3]) + ".",
    )  # fmt: skip
    t, t7 = totals(2019, region=R), totals(2017, region=R)
    c19, c17s = share_of(t, "Con"), share_of(t7, "Con")
    k.claim(
        "the Conservatives took 53.4 per cent of the vote, up more than four points",
        round(100 * c19, 1) == 53.4 and c19 - c17s > 0.04,
        f"{P17}/{P19} West Midlands Con share {pct(c17s)} -> {pct(c19)}.",
    )
    l19, l17 = share_of(t, "Lab"), share_of(t7, "Lab")
    k.claim(
        "Labour's share fell by more than ten points",
        l17 - l19 > 0.10,
        f"{P17}/{P19} West Midlands Lab share {pct(l17)} -> {pct(l19)}, down "
        f"{100 * (l17 - l19):.2f} points.",
    )
    b = share_of(t, "BRX")
    k.claim(
        "The Brexit Party managed barely 1.4 per cent",
        round(100 * b, 1) == 1.4,
        f"{P19} West Midlands BRX {t['BRX']:,} / {t['_valid']:,} = {pct(b)}.",
    )
    tu, tu7 = t["_valid"] / t["_electorate"], t7["_valid"] / t7["_electorate"]
    k.claim(
        "Turnout was 64.7 per cent, down more than two points on 2017",
        round(100 * tu, 1) == 64.7 and tu7 - tu > 0.02,
        f"{P17}/{P19} West Midlands turnout (valid / electorate): {pct(tu7)} -> {pct(tu)}.",
    )
    k.claim("one returning Conservative MP said on Friday", None, "a quote; not in the files")
