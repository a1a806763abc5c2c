"""swinson-ousted-lib-dem-surge-stalls-daily: a daily's report (no year printed) on the 2019
Liberal Democrats: Swinson's defeat, the seat total against 2017, gains, losses and near misses."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import by_election, general, maiden, pseph_name, seats_won, share_of, totals

NAME = "swinson-ousted-lib-dem-surge-stalls-daily"


@story(NAME)
def key(k: Key) -> None:
    g, g17 = general(2019), general(2017)
    f, f17 = pseph_name(2019), pseph_name(2017)
    ed = g["East Dunbartonshire"]
    k.claim(
        "lost East Dunbartonshire to the SNP by just 149 votes",
        ed.result == "SNP gain from LD" and ed.majority == 149 and ed.place("Swinson") == 2,
        f"{f}: {ed.line()}.",
    )
    k.claim(
        "Amy Callaghan took 19,672 votes to Ms Swinson's 19,523",
        ed.ranked()[0].votes == 19672 and ed.ranked()[1].votes == 19523,
        f"{f}: {ed.line()}.",
    )
    ed17 = g17["East Dunbartonshire"]
    k.claim(
        "overturning a majority of 5,339",
        ed17.first == "LD" and ed17.majority == 5339,
        f"{f17}: {ed17.line()}.",
    )
    k.claim(
        "The Conservatives' Pam Gosal came third with 7,455",
        ed.ranked()[2].surname == "Gosal" and ed.ranked()[2].votes == 7455,
        f"{f}: {ed.line()}.",
    )
    all_votes = ed.valid + ed.invalid
    k.claim(
        "Turnout in the seat was 80.38 per cent",
        "depends",
        f"{f}: East Dunbartonshire valid {ed.valid:,} / electorate {ed.electorate:,} = "
        f"{pct(ed.turnout)} (the project's definition: not 80.38); counting the {ed.invalid} "
        f"rejected ballots, {all_votes:,} / {ed.electorate:,} = {pct(all_votes / ed.electorate)}.",
    )
    k.claim("Ms Swinson, 39,", None, "an age; the results files hold no ages")
    ms = maiden("Jo Swinson")
    k.claim(
        "who was first elected for the seat in 2005",
        ms[0]["Parliament"] == "2005-10" and ms[0]["Constituency"] == "East Dunbartonshire",
        f"maiden-speeches.csv: Jo Swinson, {ms[0]['Constituency']}, {ms[0]['Date']} "
        f"(parliament {ms[0]['Parliament']}).",
    )
    k.claim(
        "The exit poll had given her a 95 per cent chance of losing",
        None,
        "an exit-poll forecast; not in the results files",
    )
    s19, s17 = seats_won(2019), seats_won(2017)
    k.claim(
        "the party finished with 11 seats, one fewer than two years earlier",
        s19["LD"] == 11 and s17["LD"] == 12,
        f"{f}: LD first in {s19['LD']} rows; {f17}: {s17['LD']}.",
    )
    t, t17 = totals(2019), totals(2017)
    k.claim(
        "its share of the vote rose to 11.5 per cent from 7.4 per cent",
        round(100 * share_of(t, "LD"), 1) == 11.5 and round(100 * share_of(t17, "LD"), 1) == 7.4,
        f"{f}: LD {t['LD']:,} / valid {t['_valid']:,} = {pct(share_of(t, 'LD'))}; {f17}: "
        f"{t17['LD']:,} / {t17['_valid']:,} = {pct(share_of(t17, 'LD'))}.",
    )
    k.claim(
        "It polled nearly 3.7 million votes",
        3_600_000 < t["LD"] < 3_700_000,
        f"{f}: LD votes summed over all seats {t['LD']:,}.",
    )
    rise = t["LD"] - t17["LD"]
    k.claim(
        "up by more than 1.5 million",
        rise > 1_500_000,
        f"{f} LD {t['LD']:,} - {f17} LD {t17['LD']:,} = {rise:,}, not more than 1.5 million.",
    )
    rp, rp17 = g["Richmond Park"], g17["Richmond Park"]
    rpb = by_election("Richmond Park")
    k.claim(
        "Sarah Olney won back Richmond Park, where Zac Goldsmith had clung on with a majority of 45",
        rp.result == "LD gain from Con"
        and rp17.first == "Con"
        and rp17.majority == 45
        and rp17.place("Olney") == 2
        and rpb.ranked()[0].surname == "Olney",
        f"{f}: {rp.line()}; {f17}: {rp17.line()}; PSEPH 56 by-elections {rpb.date}: "
        f"{rpb.line()}, hence 'won back'.",
    )
    k.claim(
        "this time she beat him by 7,766 votes",
        rp.majority == 7766 and rp.place("Goldsmith") == 2,
        f"{f}: {rp.line()}.",
    )
    sa = g["St Albans"]
    k.claim(
        "Daisy Cooper took St Albans from the Conservatives with a majority of 6,392",
        sa.result == "LD gain from Con" and sa.majority == 6392,
        f"{f}: {sa.line()}: majority {sa.majority:,}, not 6,392.",
    )
    nf, nf17 = g["North East Fife"], g17["North East Fife"]
    k.claim(
        "where the SNP had held on by two votes two years earlier, fell to Wendy Chamberlain",
        nf17.first == "SNP" and nf17.majority == 2 and nf.result == "LD gain from SNP",
        f"{f17}: {nf17.line()}; {f}: {nf.line()}.",
    )
    ld_wins = sorted((s for s in g.values() if s.first == "LD"), key=lambda s: s.majority)
    cs = g["Caithness, Sutherland and Easter Ross"]
    k.claim(
        "Jamie Stone clung on in Caithness, Sutherland and Easter Ross by 204 votes, the party's "
        "narrowest win anywhere",
        cs.result == "LD hold" and cs.majority == 204 and ld_wins[0].name == cs.name,
        f"{f}: {cs.line()}; LD wins by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in ld_wins[:3])
        + ".",
    )
    ew = g["Edinburgh West"]
    k.claim(
        "Christine Jardine kept Edinburgh West with a majority of 3,769",
        ew.result == "LD hold" and ew.majority == 3769,
        f"{f}: {ew.line()}.",
    )
    lost = sorted(s.name for s in g.values() if s.result == "Con gain from LD")
    k.claim(
        "The party lost three seats to the Conservatives: Carshalton and Wallington, Eastbourne "
        "and North Norfolk",
        lost == ["Carshalton and Wallington", "Eastbourne", "North Norfolk"],
        f"{f}: 'Con gain from LD' in {len(lost)} rows: {', '.join(lost)}.",
    )
    cw = g["Carshalton and Wallington"]
    k.claim(
        "Tom Brake lost Carshalton and Wallington by 926 votes",
        cw.majority == 926 and cw.place("Brake") == 2,
        f"{f}: {cw.line()}: majority {cw.majority}, not 926.",
    )
    mb = maiden("Tom Brake")
    k.claim(
        "after 22 years as its MP",
        mb[0]["Parliament"] == "1997-01" and 2019 - 1997 == 22,
        f"maiden-speeches.csv: Tom Brake, {mb[0]['Constituency']}, {mb[0]['Date']} (parliament "
        f"{mb[0]['Parliament']}): elected 1997, 2019 - 1997 = 22 years.",
    )
    tw = g["Twickenham"]
    by_share = sorted((s for s in g.values() if s.first == "LD"), key=lambda s: -s.share("LD"))
    k.claim(
        "Twickenham, its safest seat, returned Munira Wilson with 56.1 per cent of the vote",
        ld_wins[-1].name == "Twickenham"
        and by_share[0].name == "Twickenham"
        and round(100 * tw.share("LD"), 1) == 56.1,
        f"{f}: {tw.line()}: LD {pct(tw.share('LD'))}; the largest LD majority and share "
        f"(next by majority {ld_wins[-2].name} {ld_wins[-2].majority:,}, by share "
        f"{by_share[1].name} {pct(by_share[1].share('LD'))}).",
    )
    sc, ldn = seats_won(2019, country="Scotland")["LD"], seats_won(2019, region="London")["LD"]
    k.claim(
        "Four of the party's 11 seats were in Scotland, twice as many as in London",
        sc == 4 and ldn * 2 == sc,
        f"{f}: LD won {sc} seats in Scotland and {ldn} in London (not half of four).",
    )
    sh = g["Sheffield, Hallam"]
    k.claim(
        "In Sheffield Hallam Laura Gordon fell short by 712 votes",
        sh.place("Gordon") == 2 and sh.majority == 712,
        f"{f}: {sh.line()}.",
    )
    ch = g["Cheltenham"]
    k.claim(
        "in Cheltenham the Lib Dems came within 981 votes of Alex Chalk",
        ch.first == "Con" and ch.ranked()[1].party == "LD" and ch.majority == 981,
        f"{f}: {ch.line()}.",
    )
    second = [s for s in g.values() if s.ranked()[1].party == "LD"]
    k.claim(
        "The party came second in 91 seats",
        len(second) == 91,
        f"{f}: LD second by votes in {len(second)} rows.",
    )
    k.claim("cost £10 million to build", None, "money spent; not in the results files")
