"""scottish-labour-heartlands-return-daily: Scotland at the 2017 election (Labour's six gains
from the SNP), as a Scottish daily that never prints the year; changes against 2015 on the same
boundaries, history from CBP-8647 (country Scotland)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, general, hist_national, pseph_name, seats_won, share_of, swing, totals

NAME = "scottish-labour-heartlands-return-daily"
PARTIES = ["SNP", "Con", "Lab", "LD", "UKIP", "Green", "PC"]


@story(NAME)
def key(k: Key) -> None:
    g, g15, g10 = general(2017), general(2015), general(2010)
    f, f15, f10 = pseph_name(2017), pseph_name(2015), pseph_name(2010)
    rh, orh = g["Rutherglen and Hamilton West"], g15["Rutherglen and Hamilton West"]
    k.claim(
        "Ged Killen took Rutherglen and Hamilton West from the SNP's Margaret Ferrier by 265 votes",
        rh.result == "Lab gain from SNP" and rh.majority == 265 and rh.place("Ferrier") == 2,
        f"{f}: {rh.line()}.",
    )
    sw = swing(rh, orh, "Lab", "SNP")
    k.claim(
        "on a swing of 8.9 per cent",
        round(100 * sw, 1) == 8.9,
        f"Butler swing SNP->Lab, {f15} -> {f}: SNP {pct(orh.share('SNP'))} -> "
        f"{pct(rh.share('SNP'))}, Lab {pct(orh.share('Lab'))} -> {pct(rh.share('Lab'))}: "
        f"{100 * sw:.2f}.",
    )
    d = rh.share("SNP") - orh.share("SNP")
    k.claim(
        "The SNP's share of the vote in the seat fell by 16 points",
        round(-100 * d) == 16,
        f"SNP {pct(orh.share('SNP'))} ({f15}) -> {pct(rh.share('SNP'))} ({f}): "
        f"{100 * d:+.2f} points.",
    )
    k.claim(
        "Ms Ferrier had won it by 9,975 votes last time",
        orh.majority == 9975 and orh.first == "SNP",
        f"{f15}: {orh.line()}.",
    )
    gne, ogne = g["Glasgow North East"], g15["Glasgow North East"]
    k.claim(
        "Paul Sweeney ousted Anne McLaughlin by 242 votes",
        gne.result == "Lab gain from SNP" and gne.majority == 242,
        f"{f}: {gne.line()}.",
    )
    swings = sorted(
        (
            (swing(s, g10[n], a, b), n, a, b)
            for n, s in g15.items()
            if n in g10
            for a in PARTIES
            for b in PARTIES
            if a != b
        ),
        reverse=True,
    )
    top = swings[0]
    k.claim(
        "she had captured the seat on a swing of 39.3 per cent, the largest in the UK",
        top[1] == "Glasgow North East" and round(100 * top[0], 1) == 39.3,
        f"Butler swings {f10} -> {f15} between any two of {', '.join(PARTIES)}, seats with the "
        "same name in both files, largest first: "
        + "; ".join(f"{n} {b}->{a} {100 * v:.2f}" for v, n, a, b in swings[:3])
        + f". {f15}: {ogne.line()}.",
    )
    k.claim(
        "Mr Sweeney, a shipbuilding campaigner, said voters had been offered a vision of hope",
        None,
        "a job and a quotation; not in the results files",
    )
    kc = g["Kirkcaldy and Cowdenbeath"]
    k.claim(
        "Lesley Laird regained Gordon Brown's old seat of Kirkcaldy and Cowdenbeath by 259 votes",
        kc.result == "Lab gain from SNP"
        and kc.majority == 259
        and g10["Kirkcaldy and Cowdenbeath"].winner_name == "Gordon Brown",
        f"{f}: {kc.line()}; {f10}: {g10['Kirkcaldy and Cowdenbeath'].line()}.",
    )
    k.claim(
        "daughter of the party's deputy leader Alex Rowley",
        None,
        "family and party office; not in the results files",
    )
    ml = g["Midlothian"]
    k.claim(
        "won Midlothian by 885",
        ml.result == "Lab gain from SNP" and ml.majority == 885,
        f"{f}: {ml.line()}.",
    )
    cc = g["Coatbridge, Chryston and Bellshill"]
    k.claim(
        "Hugh Gaffney took Coatbridge, Chryston and Bellshill",
        cc.result == "Lab gain from SNP" and cc.winner_name == "Hugh Gaffney",
        f"{f}: {cc.line()}.",
    )
    el = g["East Lothian"]
    k.claim(
        "Martin Whitfield won East Lothian, where the Conservatives came second",
        el.first == "Lab" and el.ranked()[1].party == "Con",
        f"{f}: {el.line()}: the SNP was second, the Conservatives third.",
    )
    w, w15 = seats_won(2017, country="Scotland"), seats_won(2015, country="Scotland")
    lab15 = [s.name for s in g15.values() if s.country == "Scotland" and s.first == "Lab"]
    k.claim(
        "Ian Murray, Labour's only Scottish MP in the last parliament",
        lab15 == ["Edinburgh South"],
        f"{f15}: Lab first in Scotland only in {', '.join(lab15)} "
        f"({g15['Edinburgh South'].line()}).",
    )
    es, oes = g["Edinburgh South"], g15["Edinburgh South"]
    ratio = es.majority / oes.majority
    k.claim(
        "saw his majority in Edinburgh South rise nearly six-fold to 15,514",
        es.majority == 15514 and 5.5 <= ratio < 6,
        f"{f15} majority {oes.majority:,} -> {f} {es.majority:,}: x{ratio:.2f}.",
    )
    d = es.share("Lab") - oes.share("Lab")
    k.claim(
        "his share up by almost 16 points",
        15 <= 100 * d < 16,
        f"Lab {pct(oes.share('Lab'))} -> {pct(es.share('Lab'))}: {100 * d:+.2f} points.",
    )
    pr, opr = g["Paisley and Renfrewshire South"], g15["Paisley and Renfrewshire South"]
    k.claim(
        "the SNP's Mhairi Black held on but saw her majority over Labour more than halved",
        pr.result == "SNP hold"
        and pr.ranked()[1].party == opr.ranked()[1].party == "Lab"
        and pr.majority < opr.majority / 2,
        f"{f15}: {opr.line()}; {f}: {pr.line()}; {pr.majority:,} < {opr.majority:,} / 2.",
    )
    ge, gsw = g["Glasgow East"], g["Glasgow South West"]
    k.claim(
        "Labour fell short by just 60 votes in Glasgow East",
        ge.ranked()[1].party == "Lab" and ge.majority == 60,
        f"{f}: {ge.line()}; the 60-vote miss was Glasgow South West ({gsw.line()}).",
    )
    ai = g["Airdrie and Shotts"]
    k.claim(
        "by 195 in Airdrie and Shotts",
        ai.ranked()[1].party == "Lab" and ai.majority == 195,
        f"{f}: {ai.line()}.",
    )
    k.claim(
        "Labour won seven seats in Scotland, up from one",
        w["Lab"] == 7 and w15["Lab"] == 1,
        f"{f}: Lab first in {w['Lab']} Scottish rows; {f15}: {w15['Lab']}.",
    )
    gains = [s for s in g.values() if s.result.startswith("Lab gain")]
    scot = [s.name for s in gains if s.country == "Scotland"]
    k.claim(
        "Scotland provided six of the party's 36 gains across the UK",
        len(scot) == 6 and len(gains) == 36,
        f"{f}: 'Lab gain ...' in {len(gains)} rows, {len(scot)} in Scotland: {', '.join(scot)}.",
    )
    t, t15 = totals(2017, country="Scotland"), totals(2015, country="Scotland")
    d = share_of(t, "Lab") - share_of(t15, "Lab")
    k.claim(
        "Its 27.1 per cent of the Scottish vote was up more than five points",
        round(100 * share_of(t, "Lab"), 1) == 27.1 and d > 0.05,
        f"Scotland Lab {f15} {pct(share_of(t15, 'Lab'))} -> {f} {pct(share_of(t, 'Lab'))}: "
        f"{100 * d:+.2f} points.",
    )
    order = sorted(("SNP", "Con", "Lab", "LD"), key=lambda p: -t[p])
    k.claim(
        "it finished third in votes behind the Conservatives",
        order.index("Lab") == 2 and order.index("Con") == 1,
        f"{f} Scotland votes: " + ", ".join(f"{p} {t[p]:,}" for p in order) + ".",
    )
    con = {e: hist_national(e, "Scotland")["con"] / hist_national(e, "Scotland")["_total"]
           for e in ELECTIONS[15:-1]}  # fmt: skip
    last_higher = max(e for e, v in con.items() if v > share_of(t, "Con"))
    k.claim(
        "whose 28.6 per cent was their best share in Scotland since 1983",
        round(100 * share_of(t, "Con"), 1) == 28.6 and last_higher == "1983",
        f"{f} Scotland Con {t['Con']:,} / {t['_valid']:,} = {pct(share_of(t, 'Con'))}. CBP-8647 "
        "Scotland Con share: "
        + ", ".join(f"{e} {pct(v)}" for e, v in con.items())
        + f"; 1983 was lower, the last higher was {last_higher}.",
    )
    cg = sorted((s for s in g.values() if s.country == "Scotland" and s.result.startswith("Con gain")),
                key=lambda s: s.majority)  # fmt: skip
    k.claim(
        "Stephen Kerr took Stirling by 148 votes, the narrowest of the Conservative gains north "
        "of the border",
        cg[0].name == "Stirling" and cg[0].majority == 148,
        f"{f}: Conservative gains in Scotland by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in cg[:3])
        + ".",
    )
    d = share_of(t, "SNP") - share_of(t15, "SNP")
    k.claim(
        "The SNP fell from 56 seats to 35 as its share dropped by 13 points",
        w15["SNP"] == 56 and w["SNP"] == 35 and round(-100 * d) == 13,
        f"SNP first in {w15['SNP']} ({f15}) and {w['SNP']} ({f}) Scottish rows; share "
        f"{pct(share_of(t15, 'SNP'))} -> {pct(share_of(t, 'SNP'))} ({100 * d:+.2f}).",
    )
    ed, oed = g["East Dunbartonshire"], g15["East Dunbartonshire"]
    k.claim(
        "Jo Swinson won back East Dunbartonshire for the Liberal Democrats by 5,339 votes, two "
        "years after losing it",
        ed.result == "LD gain from SNP"
        and ed.majority == 5339
        and oed.result == "SNP gain from LD"
        and oed.place("Swinson") == 2,
        f"{f15}: {oed.line()}; {f}: {ed.line()}.",
    )
    to, to15 = t["_valid"] / t["_electorate"], t15["_valid"] / t15["_electorate"]
    k.claim(
        "Turnout in Scotland fell to 66.4 per cent from 71 per cent",
        round(100 * to, 1) == 66.4 and round(100 * to15) == 71,
        f"Scotland valid / electorate: {f15} {pct(to15)}, {f} {pct(to)}.",
    )
    k.claim(
        "Kezia Dugdale said every seat in Scotland was now a contender",
        None,
        "a quotation; not in the results files",
    )
