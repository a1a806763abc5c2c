"""red-wall-landslide-2019-analysis: the 2019 Conservative landslide and Labour's losses."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    general,
    hist_line,
    hist_national,
    hist_seat,
    maiden,
    pseph_name,
    seats_won,
    share_of,
    swing,
    totals,
)

NAME = "red-wall-landslide-2019-analysis"


@story(NAME)
def key(k: Key) -> None:
    g, g17 = general(2019), general(2017)
    f19, f17 = pseph_name(2019), pseph_name(2017)
    won = seats_won(2019)
    others = 650 - won["Con"]
    k.claim(
        "a Commons majority of 80",
        won["Con"] - others == 80,
        f"{f19}: First party Con in {won['Con']} of 650 rows; all others {others} "
        f"(including the Speaker); {won['Con']} - {others} = {won['Con'] - others}.",
    )
    hist_con = {e: int(hist_national(e).get("won_con", 0)) for e in ELECTIONS[-9:-1]}
    k.claim(
        "the Conservatives won 365 seats, their biggest haul since Margaret Thatcher's third "
        "victory in 1987",
        won["Con"] == 365
        and hist_con["1987"] >= 365
        and all(v < 365 for e, v in hist_con.items() if e > "1987"),
        f"{f19}: Con first in {won['Con']} rows. CBP-8647 Con seats: "
        + ", ".join(f"{e} {v}" for e, v in hist_con.items())
        + "; 1987 is the last election with more.",
    )
    k.claim(
        "Labour won 203 seats",
        "depends",
        f"{f19}: First party Lab in {won['Lab']} rows; Chorley is 'Spk gain from Lab' "
        f"(Lindsay Hoyle, Speaker, formerly Labour). 203 counts the Speaker with Labour, as "
        f"some broadcasters' tallies did; the official party count is {won['Lab']}.",
    )
    lab_seats = {e: int(hist_national(e).get("won_lab", 0)) for e in ELECTIONS[6:-1]}
    k.claim(
        "its fewest since 1935",
        lab_seats["1935"] < 202 and all(v > 203 for e, v in lab_seats.items() if e != "1935"),
        "CBP-8647 Lab seats won: "
        + ", ".join(f"{e} {v}" for e, v in lab_seats.items())
        + f"; 2019 {won['Lab']} (203 with the Speaker) is below every election after 1935.",
    )
    k.claim(
        "said he would not lead the party into another election",
        None,
        "statement of intent; not in the results files",
    )
    t, t17 = totals(2019), totals(2017)
    shares = {
        e: max(hist_national(e)[p] / hist_national(e)["_total"] for p in ("con", "lab"))
        for e in ELECTIONS[17:-1]
    }
    k.claim(
        "The Conservatives took 43.6 per cent of the vote, the highest share for any party since "
        "1979",
        round(100 * share_of(t, "Con"), 1) == 43.6
        and shares["1979"] > share_of(t, "Con")
        and all(v < share_of(t, "Con") for e, v in shares.items() if e != "1979"),
        f"{f19} candidacies: Con {t['Con']:,} / {t['_valid']:,} = {pct(share_of(t, 'Con'))}. "
        "CBP-8647 largest party share: "
        + ", ".join(f"{e} {pct(v)}" for e, v in shares.items())
        + "; only 1979 is higher.",
    )
    d_lab = share_of(t, "Lab") - share_of(t17, "Lab")
    k.claim(
        "Labour's share fell by almost eight points to 32.1 per cent",
        round(100 * share_of(t, "Lab"), 1) == 32.1 and -8 < 100 * d_lab < -7.5,
        f"{f19}: Lab {t['Lab']:,} / {t['_valid']:,} = {pct(share_of(t, 'Lab'))}; "
        f"{f17}: {pct(share_of(t17, 'Lab'))}; change {100 * d_lab:+.2f} points.",
    )
    bv = hist_seat("Blyth", "Blyth Valley")
    k.claim(
        "Blyth Valley, which had never returned a Conservative MP, fell by 712 votes",
        all(h.winner != "con" for h in bv[:-1]) and g["Blyth Valley"].majority == 712,
        f"CBP-8647 Blyth (1950-79) and Blyth Valley (1983-2017) winners: {hist_line(bv)}. "
        f"{f19} {g['Blyth Valley'].line()}.",
    )
    sk = maiden("Dennis Skinner")
    k.claim(
        "Dennis Skinner, an MP since 1970, was beaten by 5,299 votes",
        sk[0]["Parliament"] == "1970-74" and g["Bolsover"].majority == 5299,
        f"maiden-speeches.csv: Dennis Skinner, Bolsover, parliament {sk[0]['Parliament']} "
        f"(speech {sk[0]['Date']}). {f19} {g['Bolsover'].line()}.",
    )
    fl = maiden("Caroline Flint")
    k.claim(
        "Caroline Flint, first elected in 1997, lost Don Valley by 3,630 votes",
        fl[0]["Parliament"].startswith("1997") and g["Don Valley"].majority == 3630,
        f"maiden-speeches.csv: Caroline Flint, Don Valley, parliament {fl[0]['Parliament']}. "
        f"{f19} {g['Don Valley'].line()}.",
    )
    w = swing(g["Workington"], g17["Workington"], "Con", "Lab")
    k.claim(
        "went blue on a swing of almost 10 points",
        9 <= 100 * w < 10 and g["Workington"].result.startswith("Con gain"),
        f"Workington, {f17} -> {f19}: Con {pct(g17['Workington'].share('Con'))} -> "
        f"{pct(g['Workington'].share('Con'))}, Lab {pct(g17['Workington'].share('Lab'))} -> "
        f"{pct(g['Workington'].share('Lab'))}; Butler swing Lab->Con {100 * w:.2f} points; "
        f"'{g['Workington'].result}'.",
    )
    both = [n for n in g if g17[n].votes("Con") and g17[n].votes("Lab") and g[n].votes("Lab")]
    ranked = sorted(both, key=lambda n: -swing(g[n], g17[n], "Con", "Lab"))
    top = ", ".join(f"{n} {100 * swing(g[n], g17[n], 'Con', 'Lab'):.2f}" for n in ranked[:3])
    k.claim(
        "Bassetlaw saw the biggest swing from Labour to the Conservatives anywhere, more than 18 "
        "points",
        ranked[0] == "Bassetlaw"
        and 100 * swing(g["Bassetlaw"], g17["Bassetlaw"], "Con", "Lab") > 18,
        f"Butler swing Lab->Con {f17} -> {f19}, every seat both parties fought: {top} points.",
    )
    gg = hist_seat("Grimsby", "Great Grimsby")
    k.claim(
        "Great Grimsby, which had voted Labour at every election since 1935",
        all(h.winner == "lab" for h in gg if "1935" <= h.election <= "2017"),
        f"CBP-8647 Grimsby (to 1979) and Great Grimsby winners: {hist_line(gg)}. Grimsby was "
        "Conservative in 1935; Labour's run began in 1945.",
    )
    s = swing(g["Great Grimsby"], g17["Great Grimsby"], "Con", "Lab")
    k.claim(
        "fell on a swing of almost 15 points",
        14 <= 100 * s < 15,
        f"Great Grimsby Butler swing Lab->Con {f17} -> {f19}: {100 * s:.2f} points; "
        f"{g['Great Grimsby'].line()}.",
    )
    ba = hist_seat("Durham Bishop Auckland", "Bishop Auckland")
    k.claim(
        "Bishop Auckland elected a Conservative for the first time",
        all(h.winner != "con" for h in ba[:-1]) and g["Bishop Auckland"].first == "Con",
        f"CBP-8647 Durham Bishop Auckland / Bishop Auckland winners 1918-2019: {hist_line(ba)} "
        f"('oth' in 1931 is not Conservative). {f19} {g['Bishop Auckland'].line()}.",
    )
    k.claim(
        "Sedgefield, Tony Blair's old seat, went Conservative by more than 5,000 votes",
        g["Sedgefield"].majority > 5000,
        f"{f19} {g['Sedgefield'].line()}: majority 4,513, not more than 5,000.",
    )
    from_lab = [
        s for s in g.values() if s.result in ("Con gain from Lab", "Con gain from Lab Coop")
    ]
    k.claim(
        "the Conservatives took 54 seats from Labour",
        len(from_lab) == 54,
        f"{f19}: Result 'Con gain from Lab' in "
        f"{sum(s.result == 'Con gain from Lab' for s in from_lab)} rows and 'Con gain from Lab "
        f"Coop' in {sum(s.result.endswith('Coop') for s in from_lab)}: {len(from_lab)}.",
    )
    lab_gains = [s.name for s in g.values() if s.result.startswith("Lab gain")]
    k.claim(
        "Labour made just one gain, in Putney",
        lab_gains == ["Putney"],
        f"{f19}: Result beginning 'Lab gain' in {len(lab_gains)} row(s): {', '.join(lab_gains)} "
        f"({g['Putney'].result}).",
    )
    ne, ne17 = seats_won(2019, region="North East"), seats_won(2017, region="North East")
    k.claim(
        "the Conservatives won 10 of the 29 seats, up from two",
        ne["Con"] == 10 and sum(ne.values()) == 29 and ne17["Con"] == 2,
        f"{f19}, Region name North East: {dict(ne)} of {sum(ne.values())}; {f17}: {dict(ne17)}, "
        "so up from three, not two.",
    )
    tn, tn17 = totals(2019, region="North East"), totals(2017, region="North East")
    dn = share_of(tn, "Lab") - share_of(tn17, "Lab")
    k.claim(
        "Labour's vote there fell by more than 15 points",
        100 * dn < -15,
        f"North East Lab share {f17} {tn17['Lab']:,} / {tn17['_valid']:,} = "
        f"{pct(share_of(tn17, 'Lab'))}; {f19} {tn['Lab']:,} / {tn['_valid']:,} = "
        f"{pct(share_of(tn, 'Lab'))}; change {100 * dn:+.2f} points, not more than 15.",
    )
    wm = seats_won(2019, region="West Midlands")
    k.claim(
        "the Conservatives now hold 44 seats to Labour's 15",
        wm["Con"] == 44 and wm["Lab"] == 15,
        f"{f19}, Region name West Midlands: {dict(wm)}.",
    )
    k.claim(
        "Kensington, which Labour had won by 20 votes two years earlier, went back to the "
        "Conservatives by 150",
        g17["Kensington"].majority == 20
        and g17["Kensington"].first == "Lab"
        and g["Kensington"].majority == 150
        and g["Kensington"].first == "Con",
        f"{f17} {g17['Kensington'].line()}. {f19} {g['Kensington'].line()}.",
    )
    con_gains = sorted(
        (s for s in g.values() if s.result.startswith("Con gain")), key=lambda s: s.majority
    )
    k.claim(
        "the narrowest Conservative gain of the night",
        con_gains[0].name == "Kensington",
        f"{f19} rows with Result 'Con gain ...', smallest majorities: "
        + ", ".join(f"{s.name} {s.majority}" for s in con_gains[:3])
        + ". Bury North (105) was narrower than Kensington (150).",
    )
    gb = sorted(
        (s for s in g.values() if s.country != "Northern Ireland"), key=lambda s: s.majority
    )
    k.claim(
        "Bury North fell by 105 votes, the smallest majority in Britain",
        gb[0].name == "Bury North" and gb[0].majority == 105,
        f"{f19}, 632 seats in England, Scotland and Wales, smallest Majority: "
        + ", ".join(f"{s.name} {s.majority}" for s in gb[:3])
        + " (Fermanagh and South Tyrone, 57, is in Northern Ireland, outside Britain).",
    )
    ld = share_of(t, "LD") - share_of(t17, "LD")
    k.claim(
        "the Liberal Democrats won 11 seats on 11.5 per cent of the vote, up more than four points",
        won["LD"] == 11 and round(100 * share_of(t, "LD"), 1) == 11.5 and 100 * ld > 4,
        f"{f19}: LD first in {won['LD']} rows; LD {t['LD']:,} / {t['_valid']:,} = "
        f"{pct(share_of(t, 'LD'))}; 2017 {pct(share_of(t17, 'LD'))}; {100 * ld:+.2f} points.",
    )
    ed = g["East Dunbartonshire"]
    k.claim(
        "Jo Swinson lost East Dunbartonshire to the SNP by 149 votes",
        ed.first == "SNP" and ed.ranked()[1].surname == "Swinson" and ed.majority == 149,
        f"{f19} {ed.line()}.",
    )
    k.claim(
        "The Brexit Party won more than 640,000 votes and no seats",
        t["BRX"] > 640000 and won["BRX"] == 0,
        f"{f19} candidacies: BRX votes sum {t['BRX']:,}; First party BRX in {won['BRX']} rows.",
    )
    to, to17 = t["_valid"] / t["_electorate"], t17["_valid"] / t17["_electorate"]
    k.claim(
        "Turnout was 67.3 per cent, down one and a half points",
        round(100 * to, 1) == 67.3 and abs(100 * (to17 - to) - 1.5) < 0.1,
        f"{f19}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(to)}; "
        f"{f17}: {t17['_valid']:,} / {t17['_electorate']:,} = {pct(to17)}; "
        f"{100 * (to - to17):+.2f} points.",
    )
    k.claim(
        "Dehenna Davison, the 26-year-old",
        None,
        "age; not in the results files",
    )
