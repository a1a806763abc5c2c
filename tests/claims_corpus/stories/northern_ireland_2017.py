"""sdlp-uup-wiped-out-belfast-daily: Northern Ireland at the 2017 election (PSEPH 57, country
Northern Ireland), changes against 2015 on the same boundaries, no year printed."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "sdlp-uup-wiped-out-belfast-daily"
C = "Northern Ireland"


@story(NAME)
def key(k: Key) -> None:
    g, g15 = general(2017), general(2015)
    f, f15 = pseph_name(2017), pseph_name(2015)
    w, w15 = seats_won(2017, country=C), seats_won(2015, country=C)
    k.claim(
        "the SDLP and the Ulster Unionists lost every seat they held",
        w15["SDLP"] == 3 and w15["UUP"] == 2 and w["SDLP"] == 0 and w["UUP"] == 0,
        f"NI seats won: {f15} {dict(w15)}; {f} {dict(w)}.",
    )
    k.claim(
        "The DUP returns with 10 MPs and Sinn Féin with seven",
        w["DUP"] == 10 and w["SF"] == 7,
        f"{f}, NI: {dict(w)}.",
    )
    nd, ond = g["North Down"], g15["North Down"]
    k.claim(
        "the independent Lady Sylvia Hermon held North Down, though her majority shrank from "
        "more than 9,000 to 1,208",
        nd.result == "Ind hold" and 9000 < ond.majority < 10000 and nd.majority == 1208,
        f"{f15}: {ond.line()}; {f}: {nd.line()}.",
    )
    t, t15 = totals(2017, country=C), totals(2015, country=C)
    d = share_of(t, "DUP") - share_of(t15, "DUP")
    k.claim(
        "The DUP's share of the vote rose by more than ten points to 36 per cent",
        d > 0.10 and round(100 * share_of(t, "DUP")) == 36,
        f"NI DUP {f15} {pct(share_of(t15, 'DUP'))} -> {f} {pct(share_of(t, 'DUP'))} "
        f"({100 * d:+.2f}).",
    )
    d = share_of(t, "SF") - share_of(t15, "SF")
    k.claim(
        "Sinn Féin's went up by almost five points to 29.4 per cent",
        4.5 <= 100 * d < 5 and round(100 * share_of(t, "SF"), 1) == 29.4,
        f"NI SF {f15} {pct(share_of(t15, 'SF'))} -> {f} {pct(share_of(t, 'SF'))} ({100 * d:+.2f}).",
    )
    k.claim(
        "still well behind the DUP",
        share_of(t, "DUP") - share_of(t, "SF") > 0.05,
        f"NI: DUP {pct(share_of(t, 'DUP'))}, SF {pct(share_of(t, 'SF'))}.",
    )
    ni = [s for s in g.values() if s.country == C]
    v, inv, el = (sum(s.valid for s in ni), sum(s.invalid for s in ni),
                  sum(s.electorate for s in ni))  # fmt: skip
    k.claim(
        "Turnout was 65.6 per cent",
        "depends",
        f"{f}, NI's 18 rows: valid {v:,} / electorate {el:,} = {pct(v / el)} (65.4, the "
        f"definition used here); with {inv:,} rejected ballots {pct((v + inv) / el)} (65.6, the "
        "figure announced).",
    )
    close = sorted(ni, key=lambda s: s.majority)
    fo = g["Foyle"]
    k.claim(
        "The closest contest was in Foyle, where Elisha McCallion unseated the former SDLP "
        "leader Mark Durkan by 169 votes",
        close[0].name == "Foyle"
        and fo.result == "SF gain from SDLP"
        and fo.majority == 169
        and fo.place("Durkan") == 2,
        f"{f}: {fo.line()}; next closest in NI {close[1].name} {close[1].majority:,}.",
    )
    sd = g["South Down"]
    r = sd.ranked()
    k.claim(
        "Chris Hazzard polled more than 20,000 votes and finished some 2,500 clear of Margaret "
        "Ritchie",
        r[0].surname == "Hazzard"
        and r[0].votes > 20000
        and r[1].surname == "Ritchie"
        and 2400 <= sd.majority <= 2600,
        f"{f}: {sd.line()}.",
    )
    fst, ofst = g["Fermanagh and South Tyrone"], g15["Fermanagh and South Tyrone"]
    k.claim(
        "Michelle Gildernew won back the seat from the UUP's Tom Elliott by 875",
        fst.result == "SF gain from UUP"
        and fst.majority == 875
        and fst.place("Elliott") == 2
        and ofst.result == "UUP gain from SF",
        f"{f15}: {ofst.line()}; {f}: {fst.line()}.",
    )
    bs = g["Belfast South"]
    k.claim(
        "Emma Little Pengelly took Belfast South from Alasdair McDonnell by 1,996 votes",
        bs.result == "DUP gain from SDLP" and bs.majority == 1996 and bs.place("McDonnell") == 2,
        f"{f}: {bs.line()}.",
    )
    sa = g["South Antrim"]
    k.claim(
        "in South Antrim Paul Girvan unseated Danny Kinahan by 3,208",
        sa.result == "DUP gain from UUP" and sa.majority == 3208 and sa.place("Kinahan") == 2,
        f"{f}: {sa.line()}.",
    )
    bn = g["Belfast North"]
    k.claim(
        "Nigel Dodds held Belfast North by 2,081 over Sinn Féin's John Finucane",
        bn.result == "DUP hold" and bn.majority == 2081 and bn.ranked()[1].surname == "Finucane",
        f"{f}: {bn.line()}.",
    )
    be = g["Belfast East"]
    k.claim(
        "Naomi Long again finished second, this time 8,474 votes behind Gavin Robinson",
        be.place("Long") == 2 and g15["Belfast East"].place("Long") == 2 and be.majority == 8474,
        f"{f15}: {g15['Belfast East'].line()}; {f}: {be.line()}.",
    )
    k.claim(
        "Alliance's share across Northern Ireland slipped to under 8 per cent",
        share_of(t, "APNI") < 0.08 and share_of(t, "APNI") < share_of(t15, "APNI"),
        f"NI APNI {f15} {pct(share_of(t15, 'APNI'))} -> {f} {pct(share_of(t, 'APNI'))}.",
    )
    top = max((c for s in ni for c in s.cands), key=lambda c: c.votes)
    k.claim(
        "Paul Maskey's 27,107 votes in Belfast West were the most for any candidate in "
        "Northern Ireland",
        g["Belfast West"].votes("SF") == 27107 and top.surname == "Maskey",
        f"{f}: most votes in NI {top.name} ({top.party}) {top.votes:,}; Maskey 27,107.",
    )
    mu, omu = g["Mid Ulster"], g15["Mid Ulster"]
    k.claim(
        "In Mid Ulster, Francie Molloy won by 13,617",
        mu.majority == 13617,
        f"{f}: {mu.line()}; 13,617 was the {f15} majority ({omu.line()}).",
    )
    st = g["Strangford"]
    k.claim(
        "the former UUP leader Mike Nesbitt finished second with just 4,419 votes",
        st.place("Nesbitt") == 2 and st.votes("UUP") == 4419,
        f"{f}: {st.line()}: Nesbitt was third, behind Alliance's Kellie Armstrong.",
    )
    k.claim(
        "Arlene Foster called it a good night for the Union",
        None,
        "a quotation; not in the results files",
    )
    k.claim(
        "Sinn Féin said its MPs would not take their seats",
        None,
        "abstention; not in the results files",
    )
