"""unionist-pact-uup-returns-belfast-daily: a Belfast daily (dateline only) on the 2015 election in
Northern Ireland, from PSEPH 56 with PSEPH 55 for 2010 (where the UUP-Conservative candidates
are labelled 'Ind')."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "unionist-pact-uup-returns-belfast-daily"
NI = "Northern Ireland"
P15, P10 = pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    ni = [s for s in g.values() if s.country == NI]
    w, w0 = seats_won(2015, country=NI), seats_won(2010, country=NI)
    k.claim(
        "The Ulster Unionists are back in the House of Commons",
        w["UUP"] > 0 and w0["UUP"] == 0,
        f"{P15}: UUP won {w['UUP']} in Northern Ireland; {P10}: {w0['UUP']} under that label.",
    )
    fst, fst0 = g["Fermanagh and South Tyrone"], g0["Fermanagh and South Tyrone"]
    k.claim(
        "Tom Elliott took Fermanagh and South Tyrone from Sinn Féin by 530 votes",
        fst.result == "UUP gain from SF" and fst.majority == 530,
        f"{P15} {fst.line()}",
    )
    sa = g["South Antrim"]
    k.claim(
        "Danny Kinahan won South Antrim from the DUP's William McCrea by 949",
        sa.result == "UUP gain from DUP" and sa.majority == 949,
        f"{P15} {sa.line()}",
    )
    k.claim(
        "an electoral pact between the two main unionist parties",
        None,
        "an agreement between parties; not in the files",
    )
    r = fst.ranked()
    k.claim(
        "Mr Elliott polled 23,608 votes to Michelle Gildernew's 23,078",
        (r[0].surname, r[0].votes, r[1].surname, r[1].votes)
        == ("Elliott", 23608, "Gildernew", 23078),
        f"{P15} {fst.line()}",
    )
    rs = sorted(ni, key=lambda s: s.majority)
    k.claim(
        "once again the closest contest in Northern Ireland",
        rs[0].name == "Fermanagh and South Tyrone"
        and min((s for s in g0.values() if s.country == NI), key=lambda s: s.majority).name
        == "Fermanagh and South Tyrone",
        f"{P15} NI smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in rs[:3])
        + f"; {P10}: Fermanagh and South Tyrone {fst0.majority} also the smallest.",
    )
    k.claim(
        "Ms Gildernew had held the seat by just four votes five years ago",
        fst0.first == "SF" and fst0.majority == 4,
        f"{P10} {fst0.line()}",
    )
    k.claim("which the returning officer refused", None, "a recount request; not in the files")
    k.claim('"This constituency is not a green constituency,"', None, "a quotation")
    t, t0 = totals(2015, country=NI), totals(2010, country=NI)
    k.claim(
        "The DUP remained the largest party with eight of the 18 seats",
        w["DUP"] == 8 and len(ni) == 18 and w.most_common(1)[0][0] == "DUP",
        f"{P15} NI seats: {dict(w)}.",
    )
    d, d0 = share_of(t, "DUP"), share_of(t0, "DUP")
    k.claim(
        "its share edged up to 25.7 per cent",
        round(100 * d, 1) == 25.7 and d > d0,
        f"NI DUP share: {P10} {pct(d0)}, {P15} {pct(d)}.",
    )
    be, be0 = g["Belfast East"], g0["Belfast East"]
    k.claim(
        "regained Belfast East, where Gavin Robinson beat Naomi Long of Alliance by 2,597 votes",
        be0.result == "APNI gain from DUP"
        and be.result == "DUP gain from APNI"
        and be.majority == 2597
        and be.place("Long") == 2,
        f"{P10} {be0.line()}; {P15} {be.line()}",
    )
    k.claim(
        "whose party had stood down none of its candidates",
        None,
        "candidate selection; not in the results files",
    )
    k.claim(
        "her share of the vote actually went up",
        be.share("APNI") > be0.share("APNI"),
        f"Belfast East APNI: {P10} {pct(be0.share('APNI'))}, {P15} {pct(be.share('APNI'))}.",
    )
    sf = share_of(t, "SF")
    k.claim(
        "Sinn Féin, down one to four seats, took 24.5 per cent of the vote",
        w["SF"] == 4 and w0["SF"] - w["SF"] == 1 and round(100 * sf, 1) == 24.5,
        f"NI: SF won {w0['SF']} ({P10}), {w['SF']} ({P15}); share {pct(sf)}.",
    )
    k.claim(
        "again topped the poll across Northern Ireland",
        t["SF"] > t["DUP"] and t0["SF"] > t0["DUP"],
        f"NI votes: {P10} SF {t0['SF']:,}, DUP {t0['DUP']:,}; {P15} SF {t['SF']:,}, DUP "
        f"{t['DUP']:,}: the DUP topped the poll this time.",
    )
    sd = sorted(s.name for s in ni if s.first == "SDLP")
    sd0 = sorted(s.name for s in g0.values() if s.country == NI and s.first == "SDLP")
    k.claim(
        "The SDLP held all three of its seats",
        sd == sd0 and len(sd) == 3,
        f"SDLP wins: {P10} {', '.join(sd0)}; {P15} {', '.join(sd)}.",
    )
    bs = g["Belfast South"]
    k.claim(
        "clung on in Belfast South by only 906 votes, the second-narrowest margin in Northern "
        "Ireland",
        bs.first == "SDLP" and bs.majority == 906 and rs[1].name == "Belfast South",
        f"{P15} {bs.line()}; NI order: " + ", ".join(f"{s.name} {s.majority:,}" for s in rs[:3]),
    )
    low = sorted(g.values(), key=lambda s: s.ranked()[0].votes / s.valid)
    k.claim(
        "His 24.5 per cent share was the lowest of any winning candidate anywhere in the UK",
        round(100 * bs.share("SDLP"), 1) == 24.5 and low[0].name == "Belfast South",
        f"{P15} lowest winning shares: "
        + ", ".join(f"{s.name} {pct(s.ranked()[0].votes / s.valid)}" for s in low[:3])
        + ".",
    )
    nd = g["North Down"]
    inds = [s.name for s in ni if s.first == "Ind"]
    k.claim(
        "the only independent in the Northern Ireland contingent, held North Down by 9,202",
        inds == ["North Down"] and nd.result == "Ind hold" and nd.majority == 9202,
        f"{P15} {nd.line()}; NI independents elected: {inds}.",
    )
    top = sorted(ni, key=lambda s: -s.majority)
    lv = g["Lagan Valley"]
    k.claim(
        "Jeffrey Donaldson's 13,000 in Lagan Valley was the biggest majority in Northern Ireland",
        lv.majority == 13000 and top[0].name == "Lagan Valley",
        f"{P15} NI largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in top[:3])
        + "; Mid Ulster's is the biggest.",
    )
    el = g["East Londonderry"]
    k.claim(
        "Gregory Campbell held East Londonderry by 7,408",
        el.result == "DUP hold" and el.majority == 7408,
        f"{P15} {el.line()}: 7,804, not 7,408.",
    )
    a, a0 = share_of(t, "APNI"), share_of(t0, "APNI")
    k.claim(
        "Alliance raised its share by more than two points to 8.6 per cent without winning a seat",
        round(100 * a, 1) == 8.6 and a - a0 > 0.02 and w["APNI"] == 0,
        f"NI APNI share: {P10} {pct(a0)}, {P15} {pct(a)}; seats {w['APNI']}.",
    )
    bw = g["Belfast West"]
    k.claim(
        "Gerry Carroll came second in West Belfast with 6,798 votes",
        bw.place("Carroll") == 2 and bw.votes("PBPA") == 6798,
        f"{P15} {bw.line()}",
    )
    ea = g["East Antrim"]
    uk = max(ni, key=lambda s: s.votes("UKIP"))
    k.claim(
        "UKIP's best showing was in East Antrim, where Noel Jordan finished third with 3,660",
        uk.name == "East Antrim" and ea.place("Jordan") == 3 and ea.votes("UKIP") == 3660,
        f"{P15} {ea.line()}: Jordan finished {ea.place('Jordan')}th.",
    )
    vt = t["_valid"] / t["_electorate"]
    inv = sum(s.invalid for s in ni)
    at = (t["_valid"] + inv) / t["_electorate"]
    vt0 = t0["_valid"] / t0["_electorate"]
    # 58.5 at one decimal: the valid-vote reading and the all-ballots reading decide it, and a
    # reading that fits only one of them is `depends`; rounded once (58.4486 is 58.4, not 58.5).
    fits = [round(100 * x, 1) == 58.5 for x in (vt, at)]
    k.claim(
        "Turnout was 58.5 per cent, a shade higher than in 2010",
        "depends" if fits[0] != fits[1] else fits[0] and vt > vt0,
        f"NI {P15}: valid {t['_valid']:,} / electorate {t['_electorate']:,} = {100 * vt:.4f}%; "
        f"with {inv:,} rejected ballots, {100 * at:.4f}%: neither is 58.5 at one decimal. "
        f"{P10} valid turnout {pct(vt0)}, so higher on either reading.",
    )
    k.claim("Mike Nesbitt, 57,", None, "an age; not in the files")
    k.claim("unionism's greatest victory in a decade", None, "an opinion; not in the files")
