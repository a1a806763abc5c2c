"""london-as-you-were-2019-local: London at the 2019 election as a local paper (no year
printed); changes against 2017 on the same boundaries, tenure from maiden-speeches.csv."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    by_election,
    general,
    hist_line,
    hist_seat,
    maiden,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "london-as-you-were-2019-local"
R = "London"


@story(NAME)
def key(k: Key) -> None:
    g, g17 = general(2019), general(2017)
    f, f17 = pseph_name(2019), pseph_name(2017)
    ldn = [s for s in g.values() if s.region == R]
    changed = [s.name for s in ldn if "gain" in s.result]
    k.claim(
        "only four of the capital's 73 seats changed hands",
        len(changed) == 4 and len(ldn) == 73,
        f"{f}: {len(ldn)} rows in region London, 'gain' in {len(changed)}: {', '.join(changed)}.",
    )
    w, w17 = seats_won(2019, region=R), seats_won(2017, region=R)
    k.claim(
        "the final London tally was exactly what it had been two years ago: Labour 49, "
        "Conservatives 21, Liberal Democrats three",
        w == w17 and (w["Lab"], w["Con"], w["LD"]) == (49, 21, 3),
        f"London seats won: {f} {dict(w)}; {f17} {dict(w17)}.",
    )
    pt, opt = g["Putney"], g17["Putney"]
    k.claim(
        "Fleur Anderson took the seat from the Conservatives by 4,774 votes",
        pt.result == "Lab gain from Con" and pt.majority == 4774,
        f"{f}: {pt.line()}.",
    )
    labg = [s.name for s in g.values() if s.result.startswith("Lab gain")]
    k.claim(
        "It was the only seat Labour gained anywhere in the country",
        labg == ["Putney"],
        f"{f}: 'Lab gain ...' in {len(labg)} row(s): {', '.join(labg)}.",
    )
    hp = hist_seat("Putney")
    k.claim(
        "the party's first win in Putney since 2001",
        [h.election for h in hp if h.winner == "lab"][-2] == "2001",
        f"CBP-8647 Putney: {hist_line(hp)}.",
    )
    ms = maiden("Justine Greening")
    k.claim(
        "Justine Greening, who had held the seat since 2005",
        ms[0]["Parliament"] == "2005-10" and g17["Putney"].winner_name == "Justine Greening",
        f"maiden-speeches.csv: Justine Greening, {ms[0]['Constituency']}, {ms[0]['Date']}; "
        f"{f17}: {opt.line()}.",
    )
    k.claim(
        "stood down after losing the Conservative whip",
        None,
        "party discipline and retirement; not in the results files",
    )
    tv, ta = pt.turnout, (pt.valid + pt.invalid) / pt.electorate
    k.claim(
        "Turnout was 77.4 per cent, up from 72.1 per cent two years ago",
        round(100 * tv, 1) == 77.4 and round(100 * opt.turnout, 1) == 72.1,
        f"{f} Putney: valid {pt.valid:,} / electorate {pt.electorate:,} = {pct(tv)} (with "
        f"{pt.invalid} rejected ballots {pct(ta)}), not 77.4; {f17}: {pct(opt.turnout)}.",
    )
    k.claim(
        "More than 700 volunteers were out canvassing",
        None,
        "campaign activity; not in the results files",
    )
    ke, oke = g["Kensington"], g17["Kensington"]
    k.claim(
        "the Conservative Felicity Buchan won by 150 votes",
        ke.result == "Con gain from Lab" and ke.majority == 150,
        f"{f}: {ke.line()}.",
    )
    k.claim(
        "overturning the Labour majority of just 20 from last time",
        oke.first == "Lab" and oke.majority == 20,
        f"{f17}: {oke.line()}.",
    )
    k.claim(
        "with the former Conservative minister Sam Gyimah, now a Liberal Democrat, third",
        ke.place("Gyimah") == 3 and ke.ranked()[2].party == "LD",
        f"{f}: {ke.line()} (his earlier party and office are not in the files).",
    )
    rp, orp = g["Richmond Park"], g17["Richmond Park"]
    rb = by_election("Richmond Park")
    k.claim(
        "Sarah Olney won back Richmond Park from Zac Goldsmith with a majority of 7,766",
        rp.result == "LD gain from Con"
        and rp.majority == 7766
        and rp.place("Goldsmith") == 2
        and rb.result == "LD gain from Con"
        and rb.winner_name == "Sarah Olney",
        f"{f}: {rp.line()}; by-election {rb.date}: {rb.line()}.",
    )
    k.claim(
        "having lost it to him by 45 votes two years ago",
        orp.winner_name == "Zac Goldsmith" and orp.majority == 45 and orp.place("Olney") == 2,
        f"{f17}: {orp.line()}.",
    )
    cw = g["Carshalton and Wallington"]
    mb = maiden("Tom Brake")
    k.claim(
        "Tom Brake was ousted after 22 years by 629 votes",
        cw.result == "Con gain from LD" and cw.majority == 629 and mb[0]["Parliament"] == "1997-01",
        f"{f}: {cw.line()}; maiden-speeches.csv: Tom Brake, {mb[0]['Date']} (elected 1997; "
        "2019 - 1997 = 22).",
    )
    cg, ocg = g["Chingford and Woodford Green"], g17["Chingford and Woodford Green"]
    k.claim(
        "Iain Duncan Smith clung on in Chingford and Woodford Green by 1,262 votes",
        cg.result == "Con hold" and cg.majority == 1262,
        f"{f}: {cg.line()}.",
    )
    k.claim(
        "his majority more than halved",
        cg.majority < ocg.majority / 2,
        f"{f17} majority {ocg.majority:,} -> {f} {cg.majority:,} ({pct(cg.majority / ocg.majority)}"
        " of it): almost, not more than, halved.",
    )
    cb = g["Chipping Barnet"]
    k.claim(
        "Theresa Villiers held Chipping Barnet by 1,212",
        cb.result == "Con hold" and cb.majority == 1212,
        f"{f}: {cb.line()}.",
    )
    bt, obt = g["Battersea"], g17["Battersea"]
    k.claim(
        "Marsha de Cordova increased her majority in Battersea from 2,416 to 5,668",
        obt.majority == 2416 and bt.majority == 5668 and bt.result == "Lab hold",
        f"{f17}: {obt.line()}; {f}: {bt.line()}.",
    )
    tt, ott = g["Tooting"], g17["Tooting"]
    k.claim(
        "Rosena Allin-Khan kept Tooting with a slightly smaller majority of 14,307",
        tt.majority == 14307 and tt.majority < ott.majority and tt.result == "Lab hold",
        f"{f17} majority {ott.majority:,}; {f}: {tt.line()}.",
    )
    st = g["Streatham"]
    k.claim(
        "Bell Ribeiro-Addy won with 30,796 votes",
        st.votes("Lab") == 30796,
        f"{f}: {st.line()}: 30,976, not 30,796.",
    )
    k.claim(
        "a 54.8 per cent share",
        round(100 * st.share("Lab"), 1) == 54.8,
        f"{f}: {st.votes('Lab'):,} / {st.valid:,} = {pct(st.share('Lab'))}.",
    )
    k.claim(
        "the Liberal Democrat Helen Thompson pushed the Conservatives into third place",
        st.ranked()[1].party == "LD" and st.ranked()[2].party == "Con",
        f"{f}: {st.line()}.",
    )
    bg = g["Bethnal Green and Bow"]
    top = sorted(ldn, key=lambda s: -s.share(s.first))
    k.claim(
        "Rushanara Ali's 72.7 per cent was the highest share in the capital",
        round(100 * bg.share("Lab"), 1) == 72.7 and top[0].name == "Bethnal Green and Bow",
        f"{f}: winners' shares in London, highest first: "
        + ", ".join(f"{s.name} {pct(s.share(s.first))}" for s in top[:4])
        + ".",
    )
    ux = g["Uxbridge and South Ruislip"]
    k.claim(
        "Boris Johnson held Uxbridge and South Ruislip with 25,351 votes, a majority of 7,210",
        ux.result == "Con hold" and ux.votes("Con") == 25351 and ux.majority == 7210,
        f"{f}: {ux.line()}.",
    )
    cs = g["Croydon South"]
    k.claim(
        "Chris Philp kept Croydon South by 12,339",
        cs.result == "Con hold" and cs.majority == 12339,
        f"{f}: {cs.line()}.",
    )
    t, t17 = totals(2019, region=R), totals(2017, region=R)
    d = share_of(t, "Lab") - share_of(t17, "Lab")
    k.claim(
        "Labour's share fell by more than six points to 48 per cent",
        d < -0.06 and round(100 * share_of(t, "Lab")) == 48,
        f"London Lab {f17} {pct(share_of(t17, 'Lab'))} -> {f} {pct(share_of(t, 'Lab'))} "
        f"({100 * d:+.2f}).",
    )
    k.claim(
        "the Liberal Democrats' rose to almost 15 per cent",
        0.14 <= share_of(t, "LD") < 0.15 and share_of(t, "LD") > share_of(t17, "LD"),
        f"London LD {f17} {pct(share_of(t17, 'LD'))} -> {f} {pct(share_of(t, 'LD'))}.",
    )
    k.claim(
        "Milk supplies at the Chelsea and Fulham count ran out",
        None,
        "an anecdote from the count; not in the results files",
    )
