"""northern-ireland-nationalist-majority-regional: Northern Ireland at the 2019 election,
written with a dateline and no year."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "northern-ireland-nationalist-majority-regional"
NI = "Northern Ireland"


@story(NAME)
def key(k: Key) -> None:
    g, g17 = general(2019), general(2017)
    f19, f17 = pseph_name(2019), pseph_name(2017)
    w, w17 = seats_won(2019, country=NI), seats_won(2017, country=NI)
    k.claim(
        "will send more nationalist than unionist MPs to Westminster for the first time",
        None,
        f"{f19}: SF {w['SF']} + SDLP {w['SDLP']} = 9 against DUP {w['DUP']} (the 2010-2017 files "
        "never show more nationalists), but 'for the first time' reaches back before 2010, and "
        "CBP-8647 lumps every Northern Ireland party into 'oth', so no file here can decide it.",
    )
    k.claim(
        "The DUP finished with eight seats, down from ten",
        w["DUP"] == 8 and w17["DUP"] == 10,
        f"{f19}, Country name Northern Ireland: {dict(w)}; {f17}: {dict(w17)}.",
    )
    k.claim(
        "Sinn Fein kept its seven",
        w["SF"] == 7 and w17["SF"] == 7,
        f"{f19}: SF first in {w['SF']} NI rows; {f17}: {w17['SF']}.",
    )
    k.claim(
        "the SDLP won two, returning to the Commons after two years without an MP",
        w["SDLP"] == 2 and w17["SDLP"] == 0,
        f"{f19}: SDLP first in {w['SDLP']} rows (Belfast South, Foyle); {f17}: SDLP first in "
        f"{w17['SDLP']} rows.",
    )
    k.claim(
        "The Ulster Unionists were left without a seat for the second election running",
        w["UUP"] == 0 and w17["UUP"] == 0,
        f"{f19}: UUP first in {w['UUP']} rows; {f17}: {w17['UUP']} rows (2015: "
        f"{seats_won(2015, country=NI)['UUP']}).",
    )
    bn = g["Belfast North"]
    k.claim(
        "Nigel Dodds was beaten by Sinn Fein's John Finucane by 1,943 votes",
        bn.ranked()[0].surname == "Finucane"
        and bn.ranked()[1].surname == "Dodds"
        and bn.majority == 1943,
        f"{f19} {bn.line()}.",
    )
    bs = g["Belfast South"]
    k.claim(
        "Claire Hanna of the SDLP took more than 60 per cent of the vote",
        bs.share("SDLP") > 0.6,
        f"{f19} Belfast South: Hanna {bs.votes('SDLP'):,} / {bs.valid:,} = "
        f"{pct(bs.share('SDLP'))}, not more than 60%.",
    )
    k.claim(
        "unseated Emma Little Pengelly with a majority of 15,401",
        bs.majority == 15401 and bs.result == "SDLP gain from DUP",
        f"{f19} {bs.line()}.",
    )
    fo, fo17 = g["Foyle"], g17["Foyle"]
    k.claim(
        "which his party had lost by 169 votes two years ago",
        fo17.result == "SF gain from SDLP" and fo17.majority == 169,
        f"{f17} {fo17.line()}.",
    )
    k.claim(
        "with a majority of 17,170",
        fo.majority == 17170,
        f"{f19} {fo.line()}: Eastwood 26,881 - McCallion 9,771 = 17,110, not 17,170.",
    )
    ni = sorted((s for s in g.values() if s.country == NI), key=lambda s: -s.majority)
    k.claim(
        "the biggest in Northern Ireland",
        ni[0].name == "Foyle",
        f"{f19}, 18 NI rows, largest Majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in ni[:3])
        + ".",
    )
    nd, nd17 = g["North Down"], g17["North Down"]
    k.claim(
        "the seat vacated by the independent Lady Sylvia Hermon",
        nd17.first == "Ind" and nd17.winner_name.endswith("Hermon"),
        f"{f17} North Down: '{nd17.result}', member {nd17.winner_name} (Ind).",
    )
    apni = {
        y: [s.name for s in general(y).values() if s.first == "APNI"] for y in (2010, 2015, 2017)
    }
    k.claim(
        "by just under 3,000 votes, giving the party its first MP since 2010",
        2900 <= nd.majority < 3000 and not apni[2015] and not apni[2017] and apni[2010],
        f"{f19} {nd.line()}. APNI first: 2010 {apni[2010]}, 2015 {apni[2015]}, 2017 {apni[2017]}.",
    )
    seconds = [s.name for s in g.values() if s.country == NI and s.second == "APNI"]
    k.claim(
        "Alliance finished second in five other seats",
        len(seconds) == 5,
        f"{f19}: Second party APNI in {len(seconds)} NI rows: {', '.join(sorted(seconds))}.",
    )
    be = g["Belfast East"]
    k.claim(
        "Naomi Long came within 1,000 votes of Gavin Robinson",
        be.majority < 1000,
        f"{f19} {be.line()}: 1,819 behind, not within 1,000.",
    )
    uk = sorted(g.values(), key=lambda s: s.majority)
    fst = g["Fermanagh and South Tyrone"]
    k.claim(
        "Fermanagh and South Tyrone was the closest contest in the UK",
        uk[0].name == fst.name,
        f"{f19} smallest Majority of 650 rows: "
        + ", ".join(f"{s.name} {s.majority}" for s in uk[:3])
        + ".",
    )
    k.claim(
        "Michelle Gildernew held it for Sinn Fein by 57 votes over the UUP's Tom Elliott",
        fst.result == "SF hold" and fst.majority == 57 and fst.ranked()[1].surname == "Elliott",
        f"{f19} {fst.line()}.",
    )
    t, t17 = totals(2019, country=NI), totals(2017, country=NI)
    d = share_of(t, "DUP") - share_of(t17, "DUP")
    k.claim(
        "The DUP's share of the vote fell by more than five points to 30.6 per cent",
        100 * d < -5 and round(100 * share_of(t, "DUP"), 1) == 30.6,
        f"NI totals: {f19} DUP {t['DUP']:,} / {t['_valid']:,} = {pct(share_of(t, 'DUP'))}; "
        f"{f17} {t17['DUP']:,} / {t17['_valid']:,} = {pct(share_of(t17, 'DUP'))}; "
        f"{100 * d:+.2f} points.",
    )
    k.claim(
        "Sinn Fein's vote dropped by more than 50,000 to 22.8 per cent",
        t17["SF"] - t["SF"] > 50000 and round(100 * share_of(t, "SF"), 1) == 22.8,
        f"NI SF votes {f17} {t17['SF']:,}, {f19} {t['SF']:,} (down {t17['SF'] - t['SF']:,}); "
        f"share {pct(share_of(t, 'SF'))}.",
    )
    k.claim(
        "Alliance more than doubled its share",
        share_of(t, "APNI") > 2 * share_of(t17, "APNI"),
        f"NI APNI share {f17} {pct(share_of(t17, 'APNI'))} -> {f19} {pct(share_of(t, 'APNI'))}.",
    )
    to, to17 = t["_valid"] / t["_electorate"], t17["_valid"] / t17["_electorate"]
    k.claim(
        "Turnout fell by more than three points",
        100 * (to17 - to) > 3,
        f"NI valid / electorate: {f17} {t17['_valid']:,} / {t17['_electorate']:,} = {pct(to17)}; "
        f"{f19} {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}; {100 * (to - to17):+.2f}.",
    )
    k.claim(
        "in line with the party's long-standing policy of abstention",
        None,
        "party policy; not in the results files",
    )
    ub = g["Upper Bann"]
    k.claim(
        "Carla Lockhart held the seat for the DUP with a majority of more than 8,000",
        ub.result == "DUP hold" and 8000 < ub.majority < 9000,
        f"{f19} {ub.line()}.",
    )
