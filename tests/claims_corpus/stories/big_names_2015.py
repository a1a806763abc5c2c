"""big-names-fall-balls-cable-wire: a wire round-up (dateline only, no year) of the 2015
election's best-known losers; changes against 2010 on the same boundaries, tenure from
maiden-speeches.csv."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, maiden, pseph_name, seats_won

NAME = "big-names-fall-balls-cable-wire"


@story(NAME)
def key(k: Key) -> None:
    g, g10 = general(2015), general(2010)
    f, f10 = pseph_name(2015), pseph_name(2010)

    def ms(member: str) -> str:
        r = maiden(member)[0]
        return (
            f"maiden-speeches.csv: {member}, {r['Constituency']}, parliament {r['Parliament']}, "
            f"{r['Date']}"
        )

    mo, mo10 = g["Morley and Outwood"], g10["Morley and Outwood"]
    k.claim(
        "Ed Balls lost Morley and Outwood to the Conservative Andrea Jenkyns by 422 votes",
        mo.result.startswith("Con gain")
        and mo.ranked()[0].surname == "Jenkyns"
        and mo.ranked()[1].surname == "Balls"
        and mo.majority == 422,
        f"{f} {mo.line()}.",
    )
    k.claim(
        "18,776 votes to 18,354",
        [c.votes for c in mo.ranked()[:2]] == [18776, 18354],
        f"{f} {mo.line()}.",
    )
    k.claim(
        "overturning a majority of 1,101",
        mo10.majority == 1101 and mo10.first == "Lab",
        f"{f10} {mo10.line()}.",
    )
    k.claim(
        "Mr Balls, an MP since 2005",
        maiden("Ed Balls")[0]["Parliament"].startswith("2005"),
        f"{ms('Ed Balls')} (Normanton, the predecessor seat).",
    )
    d = mo.share("Lab") - mo10.share("Lab")
    k.claim(
        "saw his own share actually rise by 0.4 points",
        round(100 * d, 1) == 0.4,
        f"{f10} Morley and Outwood Lab {pct(mo10.share('Lab'))}; {f} {pct(mo.share('Lab'))} "
        f"({100 * d:+.2f}).",
    )
    dw = next(c for c in mo.cands if c.surname == "Dews")
    k.claim(
        "UKIP's David Dews came third with 7,951",
        mo.place("Dews") == 3 and dw.party == "UKIP" and dw.votes == 7951,
        f"{f} {mo.line()}.",
    )
    k.claim("at about 7.30am", None, "time of a speech; not in the results files")
    tw, tw10 = g["Twickenham"], g10["Twickenham"]
    k.claim(
        "Vince Cable was ousted from Twickenham by Tania Mathias, 25,580 votes to 23,563",
        tw.result == "Con gain from LD"
        and [(c.surname, c.votes) for c in tw.ranked()[:2]]
        == [("Mathias", 25580), ("Cable", 23563)],
        f"{f} {tw.line()}.",
    )
    k.claim(
        "wiping out a majority of more than 12,000 from five years ago",
        12000 < tw10.majority < 13000,
        f"{f10} {tw10.line()}.",
    )
    ks, ks10 = g["Kingston and Surbiton"], g10["Kingston and Surbiton"]
    k.claim(
        "Ed Davey lost Kingston and Surbiton by 2,834 votes",
        ks.result == "Con gain from LD"
        and ks.ranked()[1].surname == "Davey"
        and ks.majority == 2834,
        f"{f} {ks.line()}.",
    )
    k.claim(
        "his majority last time had been 7,650",
        ks10.majority == 7650,
        f"{f10} {ks10.line()}: 28,428 - 20,868 = 7,560, not 7,650.",
    )
    hu = maiden("Simon Hughes")[0]
    k.claim(
        "Simon Hughes, first elected at a by-election in 1983",
        hu["Date"].endswith("1983") or hu["Date"].startswith("1983"),
        f"{ms('Simon Hughes')} (a speech in the 1979-83 parliament, after the February 1983 "
        "Bermondsey by-election).",
    )
    bo = g["Bermondsey and Old Southwark"]
    k.claim(
        "lost Bermondsey and Old Southwark to Labour's Neil Coyle by 4,489",
        bo.result == "Lab gain from LD" and bo.ranked()[0].surname == "Coyle"
        and bo.ranked()[1].surname == "Hughes" and bo.majority == 4489,
        f"{f} {bo.line()}.",
    )  # fmt: skip
    ca = g["Cambridge"]
    k.claim(
        "In Cambridge, Julian Huppert was beaten by 599 votes",
        ca.ranked()[1].surname == "Huppert" and ca.majority == 599,
        f"{f} {ca.line()}.",
    )
    hw = g["Hornsey and Wood Green"]
    k.claim(
        "Lynne Featherstone lost Hornsey and Wood Green by more than 12,000",
        hw.ranked()[1].surname == "Featherstone" and 12000 < hw.majority < 13000,
        f"{f} {hw.line()}: 11,058, not more than 12,000.",
    )
    sh, sh10 = g["Sheffield, Hallam"], g10["Sheffield, Hallam"]
    k.claim(
        "Nick Clegg clung on in Sheffield Hallam by 2,353, down from 15,284",
        sh.result == "LD hold" and sh.majority == 2353 and sh10.majority == 15284,
        f"{f} {sh.line()}. {f10} {sh10.line()}.",
    )
    s15, s10 = seats_won(2015), seats_won(2010)
    k.claim(
        "The party was reduced to eight seats, from 57",
        s15["LD"] == 8 and s10["LD"] == 57,
        f"{f} LD won {s15['LD']}; {f10} LD won {s10['LD']}.",
    )
    k.claim('a fight "to the last drop"', None, "a quotation")
    bw, bw10 = g["Bradford West"], g10["Bradford West"]
    k.claim(
        "was beaten by Naz Shah, 19,977 votes to 8,557",
        [(c.surname, c.votes) for c in bw.ranked()[:2]] == [("Shah", 19977), ("Galloway", 8557)],
        f"{f} {bw.line()}.",
    )
    k.claim(
        "a majority that more than doubled Labour's in the seat last time",
        bw.majority > 2 * bw10.majority and bw10.first == "Lab",
        f"{f} Bradford West majority {bw.majority:,}; {f10} {bw10.line()}: "
        f"{bw.majority:,} / {bw10.majority:,} = {bw.majority / bw10.majority:.2f}, not more than "
        "double. (The 2012 by-election, which Galloway won, is not the general election.)",
    )
    inv = g["Inverness, Nairn, Badenoch and Strathspey"]
    k.claim(
        "lost to the SNP's Drew Hendry by 10,809 votes",
        inv.result == "SNP gain from LD" and inv.ranked()[1].surname == "Alexander"
        and inv.majority == 10809,
        f"{f} {inv.line()}.",
    )  # fmt: skip
    k.claim("Mhairi Black, 20", None, "an age; not in the results files")
    pa = g["Paisley and Renfrewshire South"]
    k.claim(
        "Douglas Alexander, Labour's election chief, lost Paisley and Renfrewshire South by 5,684",
        pa.ranked()[0].surname == "Black" and pa.ranked()[1].surname == "Alexander"
        and pa.majority == 5684,
        f"{f} {pa.line()}.",
    )  # fmt: skip
    er = g["East Renfrewshire"]
    top = sorted(g.values(), key=lambda s: -s.turnout)[:3]
    k.claim(
        "where turnout was 81.1 per cent, the highest in the UK",
        round(100 * er.turnout, 1) == 81.1 and top[0].name == "East Renfrewshire",
        f"{f} turnout (valid / electorate), highest: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in top)
        + ": East Renfrewshire is second.",
    )
    k.claim(
        "Charles Kennedy, an MP since 1983",
        maiden("Charles Kennedy")[0]["Parliament"].startswith("1983"),
        f"{ms('Charles Kennedy')}.",
    )
    rs = g["Ross, Skye and Lochaber"]
    k.claim(
        "lost Ross, Skye and Lochaber to Ian Blackford by 5,124 votes",
        rs.ranked()[0].surname == "Blackford" and rs.ranked()[1].surname == "Kennedy"
        and rs.majority == 5124,
        f"{f} {rs.line()}.",
    )  # fmt: skip
    dc = g["Dumfriesshire, Clydesdale and Tweeddale"]
    sc = seats_won(2015, country="Scotland")
    k.claim(
        "David Mundell, now the only Conservative MP in Scotland, held on by 798",
        sc["Con"] == 1 and dc.result == "Con hold" and dc.majority == 798,
        f"{f} Scotland seats won {dict(sc)}; {dc.line()}.",
    )
    nar = sorted(g.values(), key=lambda s: s.majority)[:3]
    k.claim(
        "The narrowest result in the country came in Derby North",
        nar[0].name == "Derby North",
        f"{f} smallest majorities: "
        + ", ".join(f"{s.name} ({s.country}) {s.majority}" for s in nar)
        + ": Gower was narrower.",
    )
    n = len(g)
    k.claim(
        "the Conservatives won 330 seats, a majority of 12",
        "depends",
        f"{f}: Con won {s15['Con']} of {n}; the Speaker (John Bercow, 'Spk') is not counted "
        f"with any party. Counted among the other members: {s15['Con']} - {n - s15['Con']} = "
        f"{2 * s15['Con'] - n} (false); counted with his former party, as much coverage did: "
        f"{s15['Con'] + 1} - {n - s15['Con'] - 1} = {2 * s15['Con'] + 2 - n} (true).",
    )
    k.claim("Labour 232", s15["Lab"] == 232, f"{f}: Lab won {s15['Lab']}.")
