"""forty-thousand-club-london-evening-paper: a London evening paper (no year printed) on the 2017
general election in London, against 2015, from PSEPH 57 and 56 (region 'London'), with the 2016
Richmond Park by-election from PSEPH 56's by-elections."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import by_election, general, pseph_name, seats_won, totals

NAME = "forty-thousand-club-london-evening-paper"
P17, P15 = pseph_name(2017), pseph_name(2015)
R = "London"


def _share(year: int, party: str) -> float:
    t = totals(year, region=R)
    return t[party] / t["_valid"]


@story(NAME)
def key(k: Key) -> None:
    g, g15 = general(2017), general(2015)
    L = [s for s in g.values() if s.region == R]
    w, w15 = seats_won(2017, region=R), seats_won(2015, region=R)
    k.claim(
        "Labour now holds 49 of London's 73 seats, up four",
        w["Lab"] == 49 and len(L) == 73 and w["Lab"] - w15["Lab"] == 4,
        f"{P17} London: {dict(w)} of {len(L)}; {P15}: {dict(w15)}.",
    )
    rp = by_election("Richmond Park")
    k.claim(
        "the Conservatives on 21, down five",
        "depends",
        f"{P17} London: Con {w['Con']}; {P15}: Con {w15['Con']}, down {w15['Con'] - w['Con']}. "
        f"The Richmond Park by-election of {rp.date} ({rp.result}) left the party 26 on the eve "
        "of the poll: true against that, false against the 2015 general election.",
    )
    k.claim(
        "the Liberal Democrats on three",
        w["LD"] == 3,
        f"{P17} London: LD {w['LD']}.",
    )
    gains = [s for s in L if s.result.startswith("Lab gain from Con")]
    k.claim(
        "Labour took four seats from the Conservatives",
        len(gains) == 4,
        f"{P17} London 'Lab gain from Con': {', '.join(s.name for s in gains)}.",
    )
    lab, l15 = _share(2017, "Lab"), _share(2015, "Lab")
    k.claim(
        "54.5 per cent of the London vote, up almost 11 points",
        round(100 * lab, 1) == 54.5 and 10 <= 100 * (lab - l15) < 11,
        f"London Lab share: {pct(l15)} in 2015 ({P15}), {pct(lab)} in 2017 ({P17}).",
    )
    c, c15 = _share(2017, "Con"), _share(2015, "Con")
    k.claim(
        "the Tory share in the capital fell by more than three points",
        100 * (c15 - c) > 3,
        f"London Con share: {pct(c15)} in 2015, {pct(c)} in 2017, down {100 * (c15 - c):.2f}.",
    )
    k.claim(
        "UKIP's vote collapsed to 1.3 per cent",
        round(100 * _share(2017, "UKIP"), 1) == 1.3,
        f"London UKIP share: {pct(_share(2015, 'UKIP'))} in 2015, {pct(_share(2017, 'UKIP'))} "
        "in 2017.",
    )
    t, t15 = totals(2017, region=R), totals(2015, region=R)
    tv, tv15 = t["_valid"] / t["_electorate"], t15["_valid"] / t15["_electorate"]
    k.claim(
        "Turnout in London was 70.1 per cent, up almost five points",
        round(100 * tv, 1) == 70.1 and 4 <= 100 * (tv - tv15) < 5,
        f"London turnout (valid / electorate): {pct(tv15)} in 2015, {pct(tv)} in 2017.",
    )
    k.claim(
        "72 per cent turnout among 18-to-24-year-olds",
        None,
        "a pollster's estimate by age; not in the files",
    )
    ke = g["Kensington"]
    k.claim(
        "Emma Dent Coad won by just 20 votes",
        ke.first == "Lab" and ke.majority == 20,
        f"{P17}: {ke.line()}.",
    )
    uk = sorted(g.values(), key=lambda s: s.majority)
    k.claim(
        "the closest result in the country",
        uk[0].name == "Kensington",
        f"{P17} smallest majorities in the UK: "
        + "; ".join(f"{s.name} {s.majority}" for s in uk[:3])
        + ".",
    )
    k.claim(
        "Victoria Borwick had defended a majority of more than 7,000",
        g15["Kensington"].first == "Con" and g15["Kensington"].majority > 7000,
        f"{P15}: {g15['Kensington'].line()}.",
    )
    ba, ba15 = g["Battersea"], g15["Battersea"]
    k.claim(
        "Marsha De Cordova took Battersea with a majority of 2,416",
        ba.first == "Lab" and ba.majority == 2416,
        f"{P17}: {ba.line()}.",
    )
    k.claim(
        "overturning Jane Ellison's 7,938",
        ba15.first == "Con" and ba15.majority == 7938,
        f"{P15}: {ba15.line()}.",
    )
    es = g["Enfield, Southgate"]
    k.claim(
        "Bambos Charalambous won Enfield Southgate by 4,355",
        es.first == "Lab" and es.majority == 4355,
        f"{P17}: {es.line()}.",
    )
    L15 = sorted((s for s in g15.values() if s.region == R), key=lambda s: s.majority)
    k.claim(
        "who had been defending the smallest majority in the city",
        L15[0].name == "Croydon Central",
        f"{P15} London smallest majorities: "
        + "; ".join(f"{s.name} {s.majority}" for s in L15[:2])
        + ".",
    )
    cc = g["Croydon Central"]
    k.claim(
        "lost Croydon Central by 5,562",
        cc.first == "Lab" and cc.majority == 5562,
        f"{P17}: {cc.line()}.",
    )
    tw = g["Twickenham"]
    k.claim(
        "Sir Vince Cable won back Twickenham with a majority of nearly 10,000",
        tw.first == "LD" and g15["Twickenham"].first == "Con" and 9000 <= tw.majority < 10_000,
        f"{P17}: {tw.line()}; {P15}: {g15['Twickenham'].result}.",
    )
    ks = g["Kingston and Surbiton"]
    k.claim(
        "Sir Ed Davey took Kingston and Surbiton by 4,124",
        ks.first == "LD" and ks.majority == 4124,
        f"{P17}: {ks.line()}.",
    )
    rk = g["Richmond Park"]
    k.claim(
        "Zac Goldsmith won Richmond Park back by 45 votes",
        "depends",
        f"{P17}: {rk.line()}; {P15}: Con (Goldsmith) by {g15['Richmond Park'].majority:,}; the "
        f"by-election of {rp.date}: {rp.result}. 'Won back' is true counting the by-election, "
        "false against 2015 (a Conservative hold, as the result column says).",
    )
    tt = sorted(L, key=lambda s: s.turnout)
    k.claim(
        "Richmond Park had the highest turnout in London, 79.1 per cent",
        tt[-1].name == "Richmond Park" and round(100 * rk.turnout, 1) == 79.1,
        f"{P17} London turnout (valid / electorate): "
        + "; ".join(f"{s.name} {pct(s.turnout)}" for s in tt[-2:][::-1])
        + ".",
    )
    pu, pu15 = g["Putney"], g15["Putney"]
    k.claim(
        "majority was cut from more than 10,000 to about 1,500",
        pu15.majority > 10_000 and 1400 <= pu.majority < 1600 and pu.first == "Con",
        f"{P15}: Putney Con by {pu15.majority:,}; {P17}: {pu.line()}.",
    )
    cb = g["Chipping Barnet"]
    k.claim(
        "Theresa Villiers held on by 353",
        cb.first == "Con" and cb.majority == 353,
        f"{P17}: {cb.line()}.",
    )
    ea, ea15 = g["Ealing Central and Acton"], g15["Ealing Central and Acton"]
    k.claim(
        "who scraped home by 274 last time, won Ealing Central and Acton by 13,807",
        ea15.majority == 274 and ea.majority == 13_807 and ea.first == "Lab",
        f"{P15}: Ealing Central and Acton Lab by {ea15.majority}; {P17}: {ea.line()}.",
    )
    hk = g["Hampstead and Kilburn"]
    k.claim(
        "majority in Hampstead and Kilburn rose to 15,560",
        hk.majority == 15_560 and hk.majority > g15["Hampstead and Kilburn"].majority,
        f"{P15}: Lab by {g15['Hampstead and Kilburn'].majority:,}; {P17}: {hk.line()}.",
    )
    st = g["Streatham"]
    k.claim(
        "majority in Streatham rose to 26,285",
        st.majority == 26_285 and st.majority > g15["Streatham"].majority,
        f"{P15}: Lab by {g15['Streatham'].majority:,}; {P17}: {st.line()}.",
    )
    club = [s for s in L if s.first == "Lab" and s.ranked()[0].votes > 40_000]
    k.claim(
        "No fewer than 13 London Labour MPs polled more than 40,000 votes",
        len(club) == 13,
        f"{P17} London Lab winners over 40,000 votes: "
        + ", ".join(f"{s.name} {s.ranked()[0].votes:,}" for s in club)
        + ".",
    )
    eh = g["East Ham"]
    top = eh.ranked()[0]
    k.claim(
        "Stephen Timms polled 47,124 votes in East Ham, 83.2 per cent of the total",
        top.votes == 47_124 and round(100 * top.votes / eh.valid, 1) == 83.2,
        f"{P17}: {eh.line()}; {pct(top.votes / eh.valid)}.",
    )
    most = max((c.votes, s.name) for s in g.values() for c in s.cands)
    k.claim(
        "the most votes of any candidate in the country",
        most[1] == "East Ham",
        f"{P17}: the most votes for any candidate: {most[1]} {most[0]:,} (East Ham {top.votes:,}).",
    )
    isl = g["Islington North"]
    k.claim(
        "Jeremy Corbyn took 40,086 in Islington North, 73 per cent of the vote",
        isl.ranked()[0].votes == 40_086 and round(100 * isl.share("Lab")) == 73,
        f"{P17}: {isl.line()}; Lab {pct(isl.share('Lab'))}.",
    )
