"""sinn-fein-largest-party-ni-2024: Northern Ireland at the 2024 election, no year printed;
changes against the notional 2019 result on the 2024 boundaries."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, notional2019, notional_winner, pseph_name, seats_won, share_of, totals

NAME = "sinn-fein-largest-party-ni-2024"
NI = "Northern Ireland"
NOT = "PSEPH 58 notional (2019 on the 2024 boundaries)"


@story(NAME)
def key(k: Key) -> None:
    g, n = general(2024), notional2019()
    f24 = pseph_name(2024)
    ni = [s for s in g.values() if s.country == NI]
    w = seats_won(2024, country=NI)
    nw = Counter(notional_winner(s.name) for s in ni)
    k.claim(
        "Sinn Féin won seven seats, more than any other party in Northern Ireland",
        w["SF"] == 7 and all(v < 7 for p, v in w.items() if p != "SF"),
        f"{f24}, Country name Northern Ireland: {dict(w)}.",
    )
    past = {y: seats_won(y, country=NI) for y in (2010, 2015, 2017, 2019)}
    k.claim(
        "making it the largest Northern Ireland party at Westminster for the first time",
        None,
        "the files from 2010 never show Sinn Féin ahead ("
        + "; ".join(f"{y} DUP {c['DUP']} v SF {c['SF']}" for y, c in past.items())
        + "), but 'for the first time' reaches back before 2010, and CBP-8647 lumps every "
        "Northern Ireland party into 'oth'",
    )
    k.claim(
        "The Democratic Unionists fell to five, down three",
        w["DUP"] == 5 and nw["DUP"] - w["DUP"] == 3 and seats_won(2019, country=NI)["DUP"] == 8,
        f"{f24}: DUP first in {w['DUP']} NI rows; {NOT}: {nw['DUP']}; actual 2019 also 8.",
    )
    t = totals(2024, country=NI)
    nt: Counter[str] = Counter()
    for s in ni:
        for p, v in n[s.name].items():
            if not p.startswith("_") or p == "_valid":
                nt[p] += int(v)
    dsf = share_of(t, "SF") - share_of(nt, "SF")
    k.claim(
        "Sinn Féin's share rose by more than four points to 27 per cent",
        100 * dsf > 4 and round(100 * share_of(t, "SF")) == 27,
        f"NI SF {f24} {t['SF']:,} / {t['_valid']:,} = {pct(share_of(t, 'SF'))}; {NOT} "
        f"{nt['SF']:,} / {nt['_valid']:,} = {pct(share_of(nt, 'SF'))}; {100 * dsf:+.2f} points.",
    )
    dd = share_of(t, "DUP") - share_of(nt, "DUP")
    k.claim(
        "the DUP's fell by more than eight points to 22 per cent",
        100 * dd < -8 and round(100 * share_of(t, "DUP")) == 22,
        f"NI DUP {f24} {pct(share_of(t, 'DUP'))}; {NOT} {pct(share_of(nt, 'DUP'))}; "
        f"{100 * dd:+.2f} points.",
    )
    na = g["North Antrim"]
    k.claim(
        "Jim Allister defeated Ian Paisley by 450 votes",
        na.ranked()[0].surname == "Allister"
        and na.ranked()[1].surname == "Paisley"
        and na.majority == 450,
        f"{f24} {na.line()}.",
    )
    k.claim(
        "ending more than half a century of Paisley family representation",
        None,
        "CBP-8647 lumps every Northern Ireland party into 'oth' and names no candidates, and "
        "maiden-speeches.csv records first speeches, not continuous tenure",
    )
    k.claim(
        "overturning a notional DUP majority of almost 14,000",
        notional_winner("North Antrim") == "DUP"
        and 13500 <= int(n["North Antrim"]["_majority"]) < 14000,
        f"{NOT} North Antrim: DUP first, majority {int(n['North Antrim']['_majority']):,}.",
    )
    k.claim(
        "The TUV took 6 per cent of the vote across Northern Ireland",
        round(100 * share_of(t, "TUV")) == 6,
        f"{f24} NI: TUV {t['TUV']:,} / {t['_valid']:,} = {pct(share_of(t, 'TUV'))}.",
    )
    sa = g["South Antrim"]
    k.claim(
        "Robin Swann took South Antrim from the DUP, giving the UUP its only seat",
        sa.result == "UUP gain from DUP" and w["UUP"] == 1,
        f"{f24} {sa.line()}; UUP first in {w['UUP']} NI row.",
    )
    lv = g["Lagan Valley"]
    k.claim(
        "Sorcha Eastwood beat the DUP by 2,959 votes",
        lv.result == "APNI gain from DUP" and lv.majority == 2959,
        f"{f24} {lv.line()}.",
    )
    nd = g["North Down"]
    k.claim(
        "lost North Down to the independent unionist Alex Easton by more than 7,000",
        nd.result == "Ind gain from APNI" and 7000 < nd.majority < 8000,
        f"{f24} {nd.line()}.",
    )
    k.claim(
        "Its share fell to 15 per cent",
        round(100 * share_of(t, "APNI")) == 15 and share_of(t, "APNI") < share_of(nt, "APNI"),
        f"NI APNI {f24} {pct(share_of(t, 'APNI'))}; {NOT} {pct(share_of(nt, 'APNI'))}.",
    )
    be = g["Belfast East"]
    k.claim(
        "the DUP's Gavin Robinson held off Naomi Long by fewer than 2,000 votes",
        be.result == "DUP hold" and be.ranked()[1].surname == "Long" and be.majority < 2000,
        f"{f24} {be.line()}: 2,676, not fewer than 2,000.",
    )
    sdlp = [s for s in ni if s.first == "SDLP"]
    k.claim(
        "The SDLP held both its seats",
        len(sdlp) == 2 and all(s.result == "SDLP hold" for s in sdlp),
        f"{f24}: " + "; ".join(f"{s.name} '{s.result}'" for s in sdlp) + ".",
    )
    bs = g["Belfast South and Mid Down"]
    old = int(n[bs.name]["_majority"])
    k.claim(
        "Claire Hanna increased her majority in Belfast South and Mid Down",
        bs.majority > old,
        f"{f24} {bs.line()}; {NOT} majority {old:,}: it fell by {old - bs.majority:,}.",
    )
    fo = g["Foyle"]
    k.claim(
        "Colum Eastwood's majority in Foyle fell to 4,166",
        fo.majority == 4166 and int(n["Foyle"]["_majority"]) > 4166,
        f"{f24} {fo.line()}; {NOT} majority {int(n['Foyle']['_majority']):,}.",
    )
    el = g["East Londonderry"]
    k.claim(
        "Gregory Campbell held on for the DUP by 179 votes",
        el.result == "DUP hold" and el.majority == 179,
        f"{f24} {el.line()}.",
    )
    uk = sorted(g.values(), key=lambda s: s.majority)
    k.claim(
        "the narrowest result anywhere in the UK",
        uk[0].name == "East Londonderry",
        f"{f24}, smallest Majority of 650: "
        + ", ".join(f"{s.name} {s.majority}" for s in uk[:3])
        + f"; East Londonderry ({el.majority}) is the narrowest in Northern Ireland only.",
    )
    fs = g["Fermanagh and South Tyrone"]
    k.claim(
        "Pat Cullen won for Sinn Féin by 4,571 votes in a seat where its notional majority had "
        "been just 510",
        fs.majority == 4571
        and notional_winner(fs.name) == "SF"
        and int(n[fs.name]["_majority"]) == 510,
        f"{f24} {fs.line()}; {NOT} SF majority {int(n[fs.name]['_majority'])}.",
    )
    big = sorted(ni, key=lambda s: -s.majority)
    k.claim(
        "Órfhlaith Begley's majority of 15,917 in West Tyrone was the largest in Northern Ireland",
        big[0].name == "West Tyrone",
        f"{f24}, largest NI majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    to = t["_valid"] / t["_electorate"]
    nto = sum(int(n[s.name]["_valid"]) for s in ni) / sum(int(n[s.name]["_electorate"]) for s in ni)
    k.claim(
        "Turnout fell by more than four points to 57.2 per cent",
        round(100 * to, 1) == 57.2 and 100 * (nto - to) > 4,
        f"NI valid / electorate: {f24} {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}; "
        f"{NOT} {pct(nto)}; {100 * (to - nto):+.2f} points (actual 2019: 61.75%).",
    )
    k.claim(
        "unionism needed to",
        None,
        "statement; not in the results files",
    )
