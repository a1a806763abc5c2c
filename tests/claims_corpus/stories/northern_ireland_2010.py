"""robinson-falls-gildernew-by-four-belfast-daily: a Belfast daily (dateline only, no year) on the
2010 election in Northern Ireland, from PSEPH 55. CBP-8647 gives Northern Ireland's 2005 votes
only as 'oth', so claims against 2005 by party are not checkable. PSEPH 55 records the Ulster
Conservatives and Unionists' candidates (Empey, Ringland, Hamilton) as 'Ind'."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_national, pseph_name, seats_won, share_of, totals

NAME = "robinson-falls-gildernew-by-four-belfast-daily"
NI = "Northern Ireland"
P10 = pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    ni = [s for s in g.values() if s.country == NI]
    w = seats_won(2010, country=NI)
    t, uk = totals(2010, country=NI), totals(2010)
    h05 = hist_national("2005", NI)
    k.claim(
        "The First Minister lost the Westminster seat he had held since 1979",
        None,
        "Tenure since 1979: CBP-8647 gives Northern Ireland's votes only as 'oth', so the party "
        "and member are not in the files.",
    )
    k.claim(
        "With all 18 seats declared, the DUP have eight, Sinn Féin have five, the SDLP have "
        "three, the Alliance Party has one seat and one seat has been won by the independent, "
        "Lady Hermon",
        len(ni) == 18
        and (w["DUP"], w["SF"], w["SDLP"], w["APNI"], w["Ind"]) == (8, 5, 3, 1, 1)
        and g["North Down"].winner_name == "Sylvia Hermon",
        f"{P10} {NI}: {len(ni)} seats, won {dict(w)}; North Down: {g['North Down'].winner_name}.",
    )
    k.claim(
        "The DUP's eight is one down on five years ago",
        None,
        f"CBP-8647 2005 {NI}: all votes in 'oth' ({h05['oth']:,.0f} of {h05['_total']:,.0f}), "
        "so the DUP's 2005 seats are not in the files.",
    )
    be = g["Belfast East"]
    k.claim(
        "Naomi Long took 12,839 votes to Peter Robinson's 11,306, winning by about 1,500 votes",
        be.votes("APNI") == 12839 and be.votes("DUP") == 11306 and round(be.majority, -2) == 1500,
        f"{P10} {be.line()}.",
    )
    k.claim(
        "Ms Long achieved 37.2 per cent of the vote, ahead of Mr Robinson on 32.8 per cent",
        round(100 * be.share("APNI"), 1) == 37.2 and round(100 * be.share("DUP"), 1) == 32.8,
        f"{P10} Belfast East: APNI {pct(be.share('APNI'))}, DUP {pct(be.share('DUP'))}.",
    )
    ring = be.ranked()[2]
    k.claim(
        "Trevor Ringland third on 21.2 per cent",
        ring.surname == "Ringland" and round(100 * ring.votes / be.valid, 1) == 21.2,
        f"{P10} Belfast East: third {ring.name} {ring.votes:,} / {be.valid:,} = "
        f"{pct(ring.votes / be.valid)}.",
    )
    k.claim(
        "put the swing against the DUP leader at 22.9 per cent",
        None,
        "A swing on 2005: CBP-8647 gives 2005 Northern Ireland votes only as 'oth'.",
    )
    k.claim("Mr Robinson, aged 61", None, "An age: not in the files.")
    fst = g["Fermanagh and South Tyrone"]
    closest = min(g.values(), key=lambda s: s.majority)
    k.claim(
        "Michelle Gildernew beat the unity candidate Rodney Connor by four votes, the closest "
        "result in the whole of the UK",
        fst.majority == 4 and closest.name == fst.name,
        f"{P10} {fst.line()}; smallest majority in the UK: {closest.name}.",
    )
    allb = (fst.valid + fst.invalid) / fst.electorate
    k.claim(
        "Turnout there reached the high 70s",
        fst.turnout >= 0.765,
        f"{P10} Fermanagh and South Tyrone: valid {fst.valid:,} / electorate {fst.electorate:,} "
        f"= {pct(fst.turnout)}; with {fst.invalid} rejected ballots {pct(allb)}: the high 60s.",
    )
    sa = g["South Antrim"]
    k.claim(
        "lost to the DUP's William McCrea in South Antrim by 1,813 votes",
        sa.majority == 1813,
        f"{P10} {sa.line()} (1,183: digits transposed).",
    )
    nd = g["North Down"]
    k.claim(
        "Lady Hermon comfortably held her seat as an independent",
        "depends",
        f"{P10} {nd.line()}; Hermon sitting: {nd.ranked()[0].sitting}. The sitting MP kept her "
        "seat, but the official result is a gain from the Ulster Unionists, the party she was "
        "elected for: 'held' is true of the member, false of the seat's result.",
    )
    r1, r2 = nd.ranked()[:2]
    k.claim(
        "with a majority of 14,364 and more than three times the vote of her nearest rival",
        nd.majority == 14364 and r1.votes > 3 * r2.votes,
        f"{P10} North Down: {r1.votes:,} / {r2.votes:,} = {r1.votes / r2.votes:.2f} times.",
    )
    na = g["North Antrim"]
    k.claim(
        "held off the TUV leader Jim Allister by more than 12,000",
        na.ranked()[1].surname == "Allister" and na.majority > 12000,
        f"{P10} {na.line()}.",
    )
    tuv = share_of(t, "TUV")
    k.claim(
        "the TUV took 3.9 per cent and won no seat",
        round(100 * tuv, 1) == 3.9 and w["TUV"] == 0,
        f"{P10} {NI}: TUV {t['TUV']:,} / {t['_valid']:,} = {pct(tuv)}; seats {w['TUV']}.",
    )
    wt = g["West Tyrone"]
    k.claim(
        "Pat Doherty was returned in West Tyrone with over 18,000 votes",
        wt.result == "SF hold" and wt.votes("SF") > 18000,
        f"{P10} {wt.line()}.",
    )
    k.claim(
        "doubling his majority",
        None,
        "A change on 2005: CBP-8647 gives 2005 Northern Ireland votes only as 'oth'.",
    )
    bw = g["Belfast West"]
    ni_big = max(ni, key=lambda s: s.majority)
    k.claim(
        "Gerry Adams's majority of 17,579 in Belfast West was the largest in Northern Ireland",
        bw.majority == 17579 and ni_big.name == "Belfast West",
        f"{P10} {bw.line()}; largest in {NI}: {ni_big.name}.",
    )
    top = max(g.values(), key=lambda s: s.ranked()[0].votes / s.valid)
    k.claim(
        "his 71 per cent the highest share of any MP in the UK",
        round(100 * bw.share("SF")) == 71 and top.name == "Belfast West",
        f"{P10}: Belfast West SF {pct(bw.share('SF'))}; highest winning share in the UK: "
        f"{top.name} {pct(top.ranked()[0].votes / top.valid)}.",
    )
    mu = g["Mid Ulster"]
    k.claim(
        "Martin McGuinness won Mid Ulster by 15,363",
        mu.majority == 15363 and mu.ranked()[0].surname == "McGuinness",
        f"{P10} {mu.line()}.",
    )
    bn = g["Belfast North"]
    k.claim(
        "Nigel Dodds held Belfast North by 2,224 over Gerry Kelly",
        bn.result == "DUP hold" and bn.majority == 2224 and bn.ranked()[1].surname == "Kelly",
        f"{P10} {bn.line()}.",
    )
    fo = g["Foyle"]
    mc = fo.ranked()[3]
    k.claim(
        "Mark Durkan's majority was 4,824, with People Before Profit's Eamonn McCann fourth on "
        "2,936",
        fo.majority == 4824 and mc.surname == "McCann" and mc.votes == 2936,
        f"{P10} {fo.line()}.",
    )
    bs = g["Belfast South"]
    k.claim(
        "Alasdair McDonnell kept Belfast South with 41 per cent",
        bs.result == "SDLP hold" and round(100 * bs.share("SDLP")) == 41,
        f"{P10} {bs.line()}; SDLP {pct(bs.share('SDLP'))}.",
    )
    sd = g["South Down"]
    k.claim(
        "Margaret Ritchie won South Down by 8,412",
        sd.majority == 8412,
        f"{P10} {sd.line()}.",
    )
    ub = g["Upper Bann"]
    k.claim(
        "the independent unionist Harry Hamilton came third",
        ub.place("Hamilton") == 3,
        f"{P10} {ub.line()}: Hamilton is second.",
    )
    st = g["Strangford"]
    k.claim(
        "Jim Shannon kept Iris Robinson's old Strangford seat with a majority of 5,876",
        st.result == "DUP hold" and st.majority == 5876,
        f"{P10} {st.line()}.",
    )
    sf, dup = share_of(t, "SF"), share_of(t, "DUP")
    k.claim(
        "Sinn Féin topped the poll across Northern Ireland with 25.5 per cent, just ahead of the "
        "DUP's 25.0 per cent",
        round(100 * sf, 1) == 25.5 and round(100 * dup, 1) == 25.0 and sf > dup,
        f"{P10} {NI}: SF {t['SF']:,}, DUP {t['DUP']:,} of {t['_valid']:,}: {pct(sf)}, {pct(dup)}.",
    )
    sdlp, apni = share_of(t, "SDLP"), share_of(t, "APNI")
    k.claim(
        "the SDLP took 16.5 per cent and Alliance 6.3 per cent",
        round(100 * sdlp, 1) == 16.5 and round(100 * apni, 1) == 6.3,
        f"{P10} {NI}: SDLP {pct(sdlp)}, APNI {pct(apni)}.",
    )
    to, tuk = t["_valid"] / t["_electorate"], uk["_valid"] / uk["_electorate"]
    k.claim(
        "Turnout was 57.6 per cent, seven and a half points below the UK's 65.1 per cent",
        round(100 * to, 1) == 57.6
        and round(100 * tuk, 1) == 65.1
        and 7.25 <= 100 * (tuk - to) < 7.75,
        f"{P10}: {NI} valid / electorate {pct(to)}; UK {pct(tuk)}.",
    )
    low = min(ni, key=lambda s: s.turnout)
    k.claim(
        "South Antrim had the lowest turnout in Northern Ireland, at 50.7 per cent",
        low.name == "South Antrim" and round(100 * sa.turnout, 1) == 50.7,
        f"{P10} {NI}: lowest turnout {low.name} {pct(low.turnout)}; South Antrim "
        f"{pct(sa.turnout)}.",
    )
