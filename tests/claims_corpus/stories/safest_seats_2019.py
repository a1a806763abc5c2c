"""safest-seats-lowest-turnout-2019-datablog: a data blog (year named once) on the 2019 election's
largest majorities and shares, the narrowest results and turnout extremes (turnout = valid votes
/ electorate; "safest" read by majority or by share)."""

from __future__ import annotations

from collections.abc import Callable

from .._key import Key, pct, story
from .._raw import Seat, general, pseph_name

NAME = "safest-seats-lowest-turnout-2019-datablog"


@story(NAME)
def key(k: Key) -> None:
    g, g17 = general(2019), general(2017)
    f, f17 = pseph_name(2019), pseph_name(2017)
    by_maj = sorted(g.values(), key=lambda s: -s.majority)
    by_share = sorted(g.values(), key=lambda s: -s.share(s.first))
    by_pct = sorted(g.values(), key=lambda s: -s.majority / s.valid)
    kn = g["Knowsley"]

    def lst(seats: list[Seat], fmt: Callable[[Seat], str]) -> str:
        return ", ".join(f"{s.name} {fmt(s)}" for s in seats)

    k.claim(
        "Knowsley returned Labour's George Howarth with a majority of 39,942, the largest in the "
        "country",
        kn.result == "Lab hold" and kn.majority == 39942 and by_maj[0].name == "Knowsley",
        f"{f}: {kn.line()}; next {by_maj[1].name} {by_maj[1].majority:,}.",
    )
    k.claim(
        "making it the safest seat in Britain",
        "depends",
        f"{f}: by majority in votes Knowsley is first ({kn.majority:,}); by the winner's share "
        f"({lst(by_share[:2], lambda s: pct(s.share(s.first)))}) or majority as a share of the "
        f"vote ({lst(by_pct[:2], lambda s: pct(s.majority / s.valid))}) Liverpool, Walton is.",
    )
    k.claim(
        "Howarth took 80.8 per cent of the vote",
        round(100 * kn.share("Lab"), 1) == 80.8,
        f"{f}: Lab {kn.votes('Lab'):,} / {kn.valid:,} = {pct(kn.share('Lab'))}.",
    )
    kn17 = g17["Knowsley"]
    k.claim(
        "his majority was down from 42,214 two years earlier",
        kn17.majority == 42214 and kn17.winner_name == kn.winner_name,
        f"{f17}: {kn17.line()}.",
    )
    lr = g["Liverpool, Riverside"]
    k.claim(
        "Liverpool Riverside's majority was 37,043",
        lr.majority == 37043,
        f"{f}: {lr.line()}.",
    )
    top5 = by_maj[:5]
    ldn = [s.name for s in top5 if s.region == "London"]
    k.claim(
        "Three of the five largest majorities were in London",
        len(ldn) == 3,
        f"{f}: five largest majorities: {lst(top5, lambda s: f'{s.majority:,} ({s.region})')}: "
        f"{len(ldn)} in London.",
    )
    bg = g["Bethnal Green and Bow"]
    k.claim(
        "Bethnal Green and Bow, where Rushanara Ali's majority of 37,524 was the second-largest",
        bg.majority == 37524 and by_maj[1].name == bg.name,
        f"{f}: {bg.line()}; largest majorities {lst(by_maj[:3], lambda s: f'{s.majority:,}')}.",
    )
    top10 = by_maj[:10]
    k.claim(
        "Labour held all ten of the largest majorities in the country",
        all(s.first == "Lab" for s in top10),
        f"{f}: ten largest majorities: {lst(top10, lambda s: f'{s.first} {s.majority:,}')}.",
    )
    wa = g["Liverpool, Walton"]
    k.claim(
        "The highest share went not to Knowsley but to Liverpool Walton, where Dan Carden won 84.7 "
        "per cent",
        by_share[0].name == wa.name and round(100 * wa.share("Lab"), 1) == 84.7,
        f"{f}: highest winning shares {lst(by_share[:3], lambda s: pct(s.share(s.first)))}.",
    )
    k.claim(
        "Knowsley had voted Leave in 2016, by about 52 per cent by some estimates",
        None,
        "the 2016 referendum; not in the results files",
    )
    con = sorted((s for s in g.values() if s.first == "Con"), key=lambda s: -s.majority)
    k.claim(
        "the biggest majority was in Sleaford and North Hykeham, 32,565",
        con[0].name == "Sleaford and North Hykeham" and con[0].majority == 32565,
        f"{f}: largest Conservative majorities {lst(con[:3], lambda s: f'{s.majority:,}')}.",
    )
    k.claim(
        "followed by Rayleigh and Wickford, where it was exactly 31,000",
        con[1].name == "Rayleigh and Wickford" and con[1].majority == 31000,
        f"{f}: {g['Rayleigh and Wickford'].line()}.",
    )
    snp = sorted((s for s in g.values() if s.first == "SNP"), key=lambda s: -s.majority)
    k.claim(
        "The SNP's biggest majority was in Falkirk, 14,948",
        snp[0].name == "Falkirk" and snp[0].majority == 14948,
        f"{f}: largest SNP majorities {lst(snp[:3], lambda s: f'{s.majority:,}')}.",
    )
    snp_share = sorted((s for s in g.values() if s.first == "SNP"), key=lambda s: -s.share("SNP"))
    k.claim(
        "its highest share came in Dundee East",
        snp_share[0].name == "Dundee East",
        f"{f}: highest SNP shares {lst(snp_share[:3], lambda s: pct(s.share('SNP')))}.",
    )
    half = [s for s in g.values() if s.share(s.first) > 0.5]
    k.claim(
        "Nearly two-thirds of MPs won more than half the vote in their seats",
        0.6 <= len(half) / len(g) < 2 / 3,
        f"{f}: winner above 50% in {len(half)} of {len(g)} seats = {pct(len(half) / len(g))}.",
    )
    big = [s for s in g.values() if s.majority > 20000]
    k.claim(
        "about one seat in five had a majority of more than 20,000",
        round(5 * len(big) / len(g), 1) == 1.0,
        f"{f}: majority > 20,000 in {len(big)} of {len(g)} seats = {pct(len(big) / len(g))}.",
    )
    narrow = sorted(g.values(), key=lambda s: s.majority)
    fst = g["Fermanagh and South Tyrone"]
    k.claim(
        "Fermanagh and South Tyrone, held by Sinn Féin by 57 votes, was the closest result in the UK",
        fst.result == "SF hold" and fst.majority == 57 and narrow[0].name == fst.name,
        f"{f}: {fst.line()}; next {narrow[1].name} {narrow[1].majority}.",
    )
    gb = [s for s in narrow if s.country != "Northern Ireland"]
    bn = g["Bury North"]
    k.claim(
        "In Britain the narrowest was Bury North, where the Conservatives won by 105",
        gb[0].name == "Bury North" and bn.first == "Con" and bn.majority == 105,
        f"{f}: {bn.line()}; next in Britain {gb[1].name} {gb[1].majority}.",
    )
    bd = g["Bedford"]
    k.claim(
        "Labour held Bedford by 154 votes",
        bd.result == "Lab hold" and bd.majority == 154,
        f"{f}: {bd.line()}: majority {bd.majority}, not 154.",
    )
    low = sorted(g.values(), key=lambda s: s.turnout)
    he = g["Kingston upon Hull East"]
    k.claim(
        "Kingston upon Hull East had the lowest turnout in the country, just under half",
        low[0].name == he.name and 0.48 <= he.turnout < 0.5,
        f"{f}: lowest turnouts {lst(low[:5], lambda s: pct(s.turnout))}.",
    )
    k.claim(
        "it was the only seat where fewer than half the electorate voted",
        sum(1 for s in g.values() if s.turnout < 0.5) == 1,
        f"{f}: turnout below 50% in {sum(1 for s in g.values() if s.turnout < 0.5)} seat(s); "
        f"next lowest {low[1].name} {pct(low[1].turnout)}.",
    )
    ch = g["Chorley"]
    k.claim(
        "Chorley, the Speaker's seat, had the second-lowest",
        ch.first == "Spk" and low[1].name == "Chorley",
        f"{f}: {ch.line()}; lowest turnouts {lst(low[:3], lambda s: pct(s.turnout))}.",
    )
    hull = [s.name for s in low[:5] if s.name.startswith("Kingston upon Hull")]
    k.claim(
        "all three Hull seats were among the five lowest",
        len(hull) == 3,
        f"{f}: five lowest turnouts {lst(low[:5], lambda s: pct(s.turnout))}.",
    )
    high = low[::-1]
    ed = g["East Dunbartonshire"]
    k.claim(
        "East Dunbartonshire had the highest turnout, 80.3 per cent",
        high[0].name == ed.name and round(100 * ed.turnout, 1) == 80.3,
        f"{f}: highest turnouts {lst(high[:3], lambda s: pct(s.turnout))}.",
    )
    k.claim(
        "with Richmond Park second",
        high[1].name == "Richmond Park",
        f"{f}: highest turnouts {lst(high[:3], lambda s: pct(s.turnout))}.",
    )
    eng = [s for s in high if s.country == "England"]
    k.claim(
        "Rushcliffe, Ken Clarke's old seat, had the second-highest turnout in England",
        eng[1].name == "Rushcliffe" and g17["Rushcliffe"].winner_name.endswith("Clarke"),
        f"{f}: highest turnouts in England {lst(eng[:3], lambda s: pct(s.turnout))} (East "
        f"Dunbartonshire, first in the UK, is in Scotland); {f17}: {g17['Rushcliffe'].line()}.",
    )
