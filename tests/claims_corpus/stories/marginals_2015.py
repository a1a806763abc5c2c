"""marginals-under-a-thousand-guide: a polling-day guide (2017) to the seats won by fewer than
1,000 votes at the 2015 election; a few claims are about 2010 and about the 2017 candidates."""

from __future__ import annotations

from .._key import Key, story
from .._raw import general, hist_line, hist_seat, maiden, pseph_name

NAME = "marginals-under-a-thousand-guide"


@story(NAME)
def key(k: Key) -> None:
    g, g10, g17 = general(2015), general(2010), general(2017)
    f, f10, f17 = pseph_name(2015), pseph_name(2010), pseph_name(2017)
    under = [s for s in g.values() if s.majority < 1000]
    k.claim(
        "30 MPs were returned with majorities of under 1,000",
        len(under) == 30,
        f"{f}: majority < 1,000 in {len(under)} of {len(g)} rows.",
    )
    by_maj = sorted(g.values(), key=lambda s: s.majority)
    gw = g["Gower"]
    k.claim(
        "The Conservative Byron Davies won by just 27 votes, the smallest majority in the "
        "country, with Labour second",
        gw.result == "Con gain from Lab"
        and gw.majority == 27
        and by_maj[0].name == "Gower"
        and gw.ranked()[1].party == "Lab",
        f"{f}: {gw.line()}; next smallest {by_maj[1].name} {by_maj[1].majority}.",
    )
    hg = hist_seat("Glamorganshire Gower", "Gower")
    k.claim(
        "Labour had held the seat for almost 100 years before that night",
        all(h.winner == "lab" for h in hg if h.election < "2015") and hg[0].election == "1918",
        f"CBP-8647 'Glamorganshire Gower' / 'Gower': {hist_line(hg)}: Labour at every election "
        "1918-2010 (97 years to 2015; the files start in 1918).",
    )
    dn = g["Derby North"]
    eng_gains = sorted(
        (s for s in g.values() if s.country == "England" and s.result.startswith("Con gain")),
        key=lambda s: s.majority,
    )
    k.claim(
        "Amanda Solloway took the seat from Labour by 41 votes, the narrowest Conservative "
        "gain in England",
        dn.result == "Con gain from Lab"
        and dn.majority == 41
        and eng_gains[0].name == "Derby North",
        f"{f}: {dn.line()}; Conservative gains in England by majority: "
        + ", ".join(f"{s.name} {s.majority}" for s in eng_gains[:3])
        + ".",
    )
    ch = g["City Of Chester"]
    k.claim(
        "Chris Matheson won for Labour with a majority of 93, the Conservatives coming second",
        ch.first == "Lab" and ch.majority == 93 and ch.ranked()[1].party == "Con",
        f"{f}: {ch.line()}.",
    )
    cc = g["Croydon Central"]
    k.claim(
        "Gavin Barwell held on for the Conservatives by 165 votes, with Labour runner-up",
        cc.result == "Con hold" and cc.majority == 165 and cc.ranked()[1].party == "Lab",
        f"{f}: {cc.line()}.",
    )
    ym = g["Ynys Môn"]
    k.claim(
        "Labour's Albert Owen kept the island seat with a 229-vote majority over Plaid Cymru",
        ym.result == "Lab hold" and ym.majority == 229 and ym.ranked()[1].party == "PC",
        f"{f}: {ym.line()} (Anglesey is Ynys Môn).",
    )
    vc = g["Vale Of Clwyd"]
    k.claim(
        "Tory candidate James Davies won by 237 votes",
        vc.first == "Con" and vc.majority == 237,
        f"{f}: {vc.line()}.",
    )
    ms = maiden("Chris Ruane")
    k.claim(
        "Chris Ruane, who had held the seat for 18 years, came second",
        vc.place("Ruane") == 2 and ms[0]["Parliament"] == "1997-01" and 2015 - 1997 == 18,
        f"maiden-speeches.csv: Chris Ruane, Vale of Clwyd, {ms[0]['Date']} (parliament "
        f"{ms[0]['Parliament']}): elected 1997, 2015 - 1997 = 18 years; {f}: {vc.line()}.",
    )
    ea = g["Ealing Central and Acton"]
    k.claim(
        "Rupa Huq won by 274 votes, defeating Angie Bray",
        ea.result == "Lab gain from Con" and ea.majority == 274 and ea.place("Bray") == 2,
        f"{f}: {ea.line()}.",
    )
    hist_ea = hist_seat("Ealing Central And Acton")
    k.claim(
        "who had held the seat since 2005",
        hist_ea[0].election <= "2005"
        and g10["Ealing Central and Acton"].winner_name == "Angie Bray",
        f"{f10}: {g10['Ealing Central and Acton'].line()}: the seat was first fought in 2010 "
        f"(CBP-8647 rows: {hist_line(hist_ea)}), so Bray held it from 2010, not 2005.",
    )
    br = g["Berwickshire, Roxburgh and Selkirk"]
    r = br.ranked()
    k.claim(
        "Calum Kerr of the SNP won with a 328-vote majority, the Tories second and the former "
        "Liberal Democrat MP, Michael Moore, a distant third",
        br.first == "SNP"
        and br.majority == 328
        and r[1].party == "Con"
        and r[2].surname == "Moore"
        and r[2].party == "LD"
        and g10[br.name].winner_name == "Michael Moore",
        f"{f}: {br.line()}; {f10}: {g10[br.name].line()}.",
    )
    br17 = g17[br.name]
    k.claim(
        "UKIP, who picked up 1,316 votes, are not fielding a candidate this time",
        br.votes("UKIP") == 1316
        and not br17.votes("UKIP")
        and all(c.party != "UKIP" for c in br17.cands),
        f"{f}: UKIP {br.votes('UKIP'):,}; {f17}: candidates "
        f"{', '.join(c.party for c in br17.ranked())}, no UKIP.",
    )
    bn = g["Bury North"]
    k.claim(
        "The Conservative David Nuttall held on by 378 votes",
        bn.result == "Con hold" and bn.majority == 378,
        f"{f}: {bn.line()}.",
    )
    ww = g["Wirral West"]
    k.claim(
        "Margaret Greenwood of Labour won by 417 votes, ousting the minister Esther McVey",
        ww.result == "Lab gain from Con"
        and ww.majority == 417
        and g10["Wirral West"].winner_name == "Esther McVey",
        f"{f}: {ww.line()}; {f10}: {g10['Wirral West'].line()}.",
    )
    tat = g17["Tatton"]
    k.claim(
        "who is now standing in George Osborne's old seat",
        g["Tatton"].winner_name == "George Osborne"
        and any(c.surname == "McVey" for c in tat.cands),
        f"{f}: Tatton won by {g['Tatton'].winner_name}; {f17}: {tat.line()}.",
    )
    mo = g["Morley and Outwood"]
    k.claim(
        "Ed Balls lost by 422 votes",
        mo.result.startswith("Con gain") and mo.majority == 422 and mo.place("Balls") == 2,
        f"{f}: {mo.line()}.",
    )
    k.claim("the biggest scalp of the night", None, "a judgement; not in the results files")
    hx = g["Halifax"]
    k.claim(
        "Holly Lynch held the seat for Labour by 482 votes",
        hx.majority == 482,
        f"{f}: {hx.line()}: majority {hx.majority}, not 482.",
    )
    ldn = sorted(
        (s for s in g.values() if s.region == "London" and s.result.startswith("Lab gain")),
        key=lambda s: s.majority,
    )
    k.claim(
        "Ruth Cadbury won by 465 votes, the narrowest of Labour's gains in London",
        g["Brentford and Isleworth"].majority == 465 and ldn[0].name == "Brentford and Isleworth",
        f"{f}: Labour gains in London by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in ldn)
        + ".",
    )
    pl = g["Plymouth, Sutton and Devonport"]
    k.claim(
        "Oliver Colvile kept the seat for the Conservatives by 523 votes",
        pl.result == "Con hold" and pl.majority == 523,
        f"{f}: {pl.line()}.",
    )
    took = [s.name for s in g.values() if s.result.startswith("Lab gain from Con")]
    lost = [s.name for s in g.values() if s.result.startswith("Con gain from Lab")]
    k.claim(
        "Labour took twelve seats from the Conservatives that night, while losing eight to them",
        len(took) == 12 and len(lost) == 8,
        f"{f}: 'Lab gain from Con' in {len(took)} rows ({', '.join(took)}); 'Con gain from "
        f"Lab' in {len(lost)}.",
    )
    eng10 = sorted((s for s in g10.values() if s.country == "England"), key=lambda s: s.majority)
    hk = g10["Hampstead and Kilburn"]
    k.claim(
        "the tightest contest in England had been Hampstead and Kilburn, where Glenda Jackson "
        "survived by 42 votes",
        eng10[0].name == "Hampstead and Kilburn" and hk.majority == 42 and hk.result == "Lab hold",
        f"{f10}: {hk.line()}; next in England {eng10[1].name} {eng10[1].majority}.",
    )
    k.claim(
        "She is retiring this time",
        None,
        "a decision to stand down; the results files list candidates, not retirements",
    )
