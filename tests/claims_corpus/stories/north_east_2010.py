"""north-east-2010-labour-heartland-datablog: a data blog (years named) on the 2010 election in
the North East, from PSEPH 55 only (changes against the notional 2005 results are not in the
files). Coverage read: BBC News, May 2010, "North East scoreboard"
(http://news.bbc.co.uk/2/shared/election2010/results/region/4.stm: Labour "518,261 | 43.6 |
-9.3", "Turnout | 1,189,923 | 60.9")."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "north-east-2010-labour-heartland-datablog"
R = "North East"
P10 = pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    ne = [s for s in g.values() if s.region == R]
    w = seats_won(2010, region=R)
    t = totals(2010, region=R)
    k.claim(
        "Labour won 25 of the 29 seats, the Conservatives two and the Liberal Democrats two",
        w["Lab"] == 25 and len(ne) == 29 and w["Con"] == 2 and w["LD"] == 2,
        f"{P10} {R}: {dict(w)} of {len(ne)}.",
    )
    lab = share_of(t, "Lab")
    k.claim(
        "Labour polled 518,261 votes",
        t["Lab"] == 518261,
        f"{P10} {R} Lab votes summed over seats: {t['Lab']:,} (518,263, not the coverage's "
        "518,261).",
    )
    k.claim(
        "43.6 per cent of the total",
        round(100 * lab, 1) == 43.6,
        f"{P10} {R}: {t['Lab']:,} / {t['_valid']:,} = {pct(lab)}.",
    )
    k.claim(
        "9.3 points down on the notional result of 2005",
        None,
        "Notional 2005 regional shares on the 2010 boundaries are not in the files.",
    )
    con, ld = share_of(t, "Con"), share_of(t, "LD")
    k.claim(
        "The Conservatives took 23.7 per cent, just ahead of the Lib Dems on 23.6 per cent",
        round(100 * con, 1) == 23.7 and round(100 * ld, 1) == 23.6 and con > ld,
        f"{P10} {R}: Con {t['Con']:,} = {pct(con)}; LD {t['LD']:,} = {pct(ld)}.",
    )
    k.claim(
        "fewer than 2,000 votes separated the two parties across the region",
        0 < t["Con"] - t["LD"] < 2000,
        f"{P10} {R}: {t['Con']:,} - {t['LD']:,} = {t['Con'] - t['LD']:,}.",
    )
    bnp, uk = share_of(t, "BNP"), share_of(t, "UKIP")
    kept = [s.name for s in ne if s.votes("BNP") / s.valid >= 0.05]
    k.claim(
        "The BNP took 4.4 per cent, well ahead of UKIP's 2.7 per cent, and kept its deposit in "
        "ten seats",
        round(100 * bnp, 1) == 4.4 and round(100 * uk, 1) == 2.7 and len(kept) == 10,
        f"{P10} {R}: BNP {t['BNP']:,} = {pct(bnp)}; UKIP {t['UKIP']:,} = {pct(uk)}; BNP at 5% "
        f"or more in {len(kept)}: {', '.join(kept)}.",
    )
    to = t["_valid"] / t["_electorate"]
    k.claim(
        "Turnout was 60.9 per cent",
        round(100 * to, 1) == 60.9,
        f"{P10} {R} valid / electorate: {t['_valid']:,} / {t['_electorate']:,} = {pct(to)} "
        "(61.1, not the coverage's 60.9).",
    )
    rc = g["Redcar"]
    k.claim(
        "The Lib Dems' Ian Swales took Redcar from Labour with a majority of 5,214",
        rc.result == "LD gain from Lab" and rc.majority == 5214,
        f"{P10} {rc.line()}.",
    )
    k.claim(
        "the former solicitor general Vera Baird into second place",
        rc.place("Baird") == 2,
        f"{P10} {rc.line()} (the office is not in the files; the placing is).",
    )
    st = g["Stockton South"]
    nar = sorted(ne, key=lambda s: s.majority)
    k.claim(
        "James Wharton won Stockton South for the Conservatives by 332 votes, the narrowest result "
        "in the region",
        st.result == "Con gain from Lab" and st.majority == 332 and nar[0].name == st.name,
        f"{P10} {st.line()}; smallest: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in nar[:3])
        + ".",
    )
    ms = g["Middlesbrough South and East Cleveland"]
    k.claim(
        "Tom Blenkinsop held Middlesbrough South and East Cleveland for Labour by 1,677",
        ms.result == "Lab hold" and ms.majority == 1677,
        f"{P10} {ms.line()}.",
    )
    bw = g["Berwick-Upon-Tweed"]
    k.claim(
        "Sir Alan Beith held on by 2,690 over the Conservatives",
        bw.result == "LD hold" and bw.majority == 2690 and bw.ranked()[1].party == "Con",
        f"{P10} {bw.line()}.",
    )
    cd = g["City Of Durham"]
    k.claim(
        "Roberta Blackman-Woods beat the Liberal Democrats by 3,067",
        cd.majority == 3067 and cd.ranked()[1].party == "LD",
        f"{P10} {cd.line()}.",
    )
    l2 = [s for s in ne if s.ranked()[1].party == "LD"]
    c2 = [s for s in ne if s.ranked()[1].party == "Con"]
    k.claim(
        "The Liberal Democrats were runners-up in 13 seats and the Conservatives in 14",
        len(l2) == 13 and len(c2) == 14,
        f"{P10} {R} second places: LD {len(l2)}, Con {len(c2)}.",
    )
    hp = g["Hartlepool"]
    k.claim(
        "where Iain Wright held on by 5,509",
        hp.majority == 5509 and hp.result == "Lab hold",
        f"{P10} {hp.line()}.",
    )
    k.claim(
        "UKIP came second",
        hp.ranked()[1].party == "UKIP",
        f"{P10} {hp.line()} (UKIP fourth).",
    )
    nx = g["Newcastle Upon Tyne East"]
    k.claim(
        "Nick Brown won by 4,453 with the Conservatives second",
        nx.majority == 4453 and nx.ranked()[1].party == "Con",
        f"{P10} {nx.line()} (LD second).",
    )
    big = sorted(ne, key=lambda s: -s.majority)
    bys = sorted(ne, key=lambda s: -s.share("Lab"))
    k.claim(
        "Grahame Morris's majority of 14,982 in Easington was the largest in the region and his "
        "58.9 per cent Labour's highest share",
        big[0].name == "Easington"
        and big[0].majority == 14982
        and bys[0].name == "Easington"
        and round(100 * bys[0].share("Lab"), 1) == 58.9,
        f"{P10} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:4])
        + f"; Lab shares: {bys[0].name} {pct(bys[0].share('Lab'))}, {bys[1].name} "
        f"{pct(bys[1].share('Lab'))}.",
    )
    k.claim(
        "Ian Mearns's 12,549 in Gateshead was the second-largest majority",
        big[1].name == "Gateshead" and g["Gateshead"].majority == 12549,
        f"{P10} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:4])
        + " (Gateshead fourth).",
    )
    hx = g["Hexham"]
    byt = sorted(ne, key=lambda s: s.turnout)
    k.claim(
        "Guy Opperman held the seat for the Conservatives by 5,788",
        hx.result == "Con hold" and hx.majority == 5788,
        f"{P10} {hx.line()}.",
    )
    k.claim(
        "had the highest turnout, 72.0 per cent",
        byt[-1].name == "Hexham" and round(100 * hx.turnout, 1) == 72.0,
        f"{P10} {R} highest turnout (valid / electorate): {byt[-1].name} "
        f"{pct(byt[-1].turnout)}, next {byt[-2].name} {pct(byt[-2].turnout)}.",
    )
    k.claim(
        "Middlesbrough the lowest, just over 51 per cent",
        byt[0].name == "Middlesbrough" and 0.51 < byt[0].turnout < 0.52,
        f"{P10} {R} lowest turnout: {byt[0].name} {pct(byt[0].turnout)}, next {byt[1].name} "
        f"{pct(byt[1].turnout)}.",
    )
    k.claim("The foreign secretary", None, "An office: not in the files.")
    ss = g["South Shields"]
    k.claim(
        "David Miliband, held South Shields by 11,109",
        ss.result == "Lab hold" and ss.majority == 11109 and ss.winner_name == "David Miliband",
        f"{P10} {ss.line()}.",
    )
    k.claim("Tony Blair's seat until 2007", None, "A former MP before 2010: not in the files.")
    se = g["Sedgefield"]
    k.claim(
        "Phil Wilson won by 8,696",
        se.majority == 8696 and se.first == "Lab",
        f"{P10} {se.line()}.",
    )
