"""coalfield-turns-blue-east-midlands-regional: a regional daily (no year printed but "2017" as
last time) on the 2019 election in the East Midlands, from PSEPH 58 and 57 (region 'East
Midlands'), CBP-8647 for seat history and maiden-speeches.csv for tenure."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    general,
    hist_line,
    hist_seat,
    maiden,
    pseph_name,
    seats_won,
    share_of,
    swing,
    totals,
)

NAME = "coalfield-turns-blue-east-midlands-regional"
R = "East Midlands"
P19, P17, P15 = pseph_name(2019), pseph_name(2017), pseph_name(2015)
CBP = "CBP-8647"


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2019), general(2017)
    em = [s for s in g.values() if s.region == R]
    w = seats_won(2019, region=R)
    gains = sorted(s.name for s in em if s.result == "Con gain from Lab")
    k.claim(
        "The Conservatives took six seats from Labour across the East Midlands",
        len(gains) == 6,
        f"{P19} East Midlands 'Con gain from Lab': {', '.join(gains)} ({len(gains)}).",
    )
    k.claim(
        "leaving them with 38 of the region's 46 constituencies",
        w["Con"] == 38 and len(em) == 46,
        f"{P19} East Midlands seats: {dict(w)} of {len(em)}.",
    )
    lab = sorted(s.name for s in em if s.first == "Lab")
    city = [n for n in lab if n.split()[0] in ("Derby", "Leicester", "Nottingham")]
    k.claim(
        "Labour was reduced to eight, seven of them in Derby, Leicester and Nottingham",
        len(lab) == 8 and len(city) == 7,
        f"{P19} East Midlands Labour wins: {', '.join(lab)}.",
    )
    bo = g["Bolsover"]
    sk = maiden("Dennis Skinner")
    k.claim(
        "Dennis Skinner, first elected in 1970, was beaten by 5,299 votes after 49 years",
        bo.result == "Con gain from Lab"
        and bo.majority == 5299
        and bo.place("Skinner") == 2
        and sk[0]["Parliament"].startswith("1970"),
        f"{P19} {bo.line()}; maiden-speeches.csv: Dennis Skinner, parliament "
        f"{sk[0]['Parliament']}; 1970 to 2019 is 49 years.",
    )
    ba, ba0 = g["Bassetlaw"], g0["Bassetlaw"]
    hist = hist_seat("Nottinghamshire Bassetlaw", "Bassetlaw")
    before = [h for h in hist if h.election != "2019"]
    i35 = [h.election for h in before].index("1935")
    k.claim(
        "Bassetlaw, which Labour had held since 1935",
        all(h.winner == "lab" for h in before[i35:]) and before[i35 - 1].winner != "lab",
        f"{CBP} Nottinghamshire Bassetlaw / Bassetlaw: {hist_line(hist)} (1931 'oth' is "
        "National Labour).",
    )
    sw = swing(ba, ba0, "Con", "Lab")
    k.claim(
        "fell by 14,013 on a swing of more than 18 points",
        ba.result == "Con gain from Lab" and ba.majority == 14013 and sw > 0.18,
        f"{P19} {ba.line()}; Butler swing Lab to Con on {P17}: {100 * sw:.2f} points.",
    )
    ge = g["Gedling"]
    vc = maiden("Vernon Coaker")
    k.claim(
        "Vernon Coaker, Gedling's MP since 1997, lost by 679 votes",
        ge.result == "Con gain from Lab"
        and ge.majority == 679
        and ge.place("Coaker") == 2
        and vc[0]["Parliament"].startswith("1997"),
        f"{P19} {ge.line()}; maiden-speeches.csv: Vernon Coaker, parliament {vc[0]['Parliament']}.",
    )
    k.claim('"It is no disgrace for me to stand here,"', None, "a quotation")
    rs = sorted(em, key=lambda s: s.majority)
    hp = g["High Peak"]
    k.claim(
        "In High Peak Robert Largan won by 590, the narrowest result in the region",
        hp.majority == 590 and rs[0].name == "High Peak",
        f"{P19} East Midlands smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in rs[:3])
        + ".",
    )
    a, a0 = g["Ashfield"], g0["Ashfield"]
    k.claim(
        "won by 5,733, with Jason Zadrozny of the Ashfield Independents second and Labour pushed "
        "into third",
        a.majority == 5733 and a.place("Zadrozny") == 2 and a.place("Fleet") == 3,
        f"{P19} {a.line()}",
    )
    ah = hist_seat("Ashfield")
    k.claim(
        "It is the first time the Conservatives have won Ashfield at a general election since the "
        "seat was created in 1955",
        ah[0].election == "1955"
        and all(h.winner != "con" for h in ah if h.election != "2019")
        and ah[-1].winner == "con",
        f"{CBP} Ashfield: {hist_line(ah)} (the 1977 by-election is not in the files).",
    )
    k.claim(
        "Gloria De Piero had held it by just 441 votes two years ago",
        a0.first == "Lab" and a0.majority == 441,
        f"{P17} {a0.line()}",
    )
    dn, dn0, dn15 = g["Derby North"], g0["Derby North"], general(2015)["Derby North"]
    k.claim(
        "Amanda Solloway won back Derby North by 2,540",
        dn.majority == 2540
        and dn0.first == "Lab"
        and dn15.first == "Con"
        and dn15.ranked()[0].surname == "Solloway",
        f"{P15} {dn15.line()}; {P17} Lab; {P19} {dn.line()}",
    )
    li, li0 = g["Lincoln"], g0["Lincoln"]
    k.claim(
        "Karl McCartney regained Lincoln with a majority of 3,514",
        li.majority == 3514
        and li.result == "Con gain from Lab"
        and general(2015)["Lincoln"].ranked()[0].surname == "McCartney",
        f"{P15} McCartney Con; {P17} {li0.result}; {P19} {li.line()}",
    )
    ma, ma0 = g["Mansfield"], g0["Mansfield"]
    k.claim(
        "Ben Bradley's majority soared to more than 16,000",
        ma0.result == "Con gain from Lab" and ma.first == "Con" and 16000 < ma.majority < 17000,
        f"{P17} {ma0.line()}; {P19} {ma.line()}",
    )
    t, t0 = totals(2019, region=R), totals(2017, region=R)
    c, c0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "the Conservative share topped 54 per cent, up four points",
        0.54 < c < 0.55 and 0.035 <= c - c0 < 0.045,
        f"East Midlands Con share: {P17} {pct(c0)}, {P19} {pct(c)}.",
    )
    lb, lb0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's fell by nine points to 31.7 per cent",
        round(100 * lb, 1) == 31.7 and 0.085 <= lb0 - lb < 0.095,
        f"East Midlands Lab share: {P17} {pct(lb0)}, {P19} {pct(lb)}.",
    )
    ld, ld0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "The Liberal Democrats nearly doubled their share",
        1.7 <= ld / ld0 < 2,
        f"East Midlands LD share: {P17} {pct(ld0)}, {P19} {pct(ld)} ({ld / ld0:.2f} times).",
    )
    ds, ds0 = g["Derby South"], g0["Derby South"]
    k.claim(
        "In Derby South Margaret Beckett's majority was more than halved",
        ds.majority < ds0.majority / 2,
        f"Derby South Lab majority: {P17} {ds0.majority:,}, {P19} {ds.majority:,} "
        f"({ds.majority / ds0.majority:.2f} of it: cut, not halved).",
    )
    k.claim("the 23-year-old Nadia Whittome", None, "an age; not in the files")
    ne, ne0 = g["Nottingham East"], g0["Nottingham East"]
    k.claim(
        "won by 17,393",
        ne.majority == 17393 and ne.ranked()[0].surname == "Whittome",
        f"{P19} {ne.line()}",
    )
    k.claim(
        "Chris Leslie, who stood for Change UK, finished fourth with 1,447 votes",
        ne0.ranked()[0].surname == "Leslie" and ne.place("Leslie") == 4 and ne.votes("IGC") == 1447,
        f"{P17} Nottingham East won by Leslie; {P19} {ne.line()}",
    )
    bx = g["Broxtowe"]
    k.claim(
        "In Broxtowe Anna Soubry came third with 4,668",
        bx.place("Soubry") == 3 and bx.votes("IGC") == 4668,
        f"{P19} {bx.line()}",
    )
    top = sorted(em, key=lambda s: -s.majority)
    k.claim(
        "The Tories' biggest win in the region was Sleaford and North Hykeham, by 32,565",
        top[0].name == "Sleaford and North Hykeham" and top[0].majority == 32565,
        f"{P19} East Midlands largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in top[:3])
        + ".",
    )
    bs = g["Boston and Skegness"]
    uk = sorted(g.values(), key=lambda s: -s.share("Con"))
    k.claim(
        "Boston and Skegness gave them 76.7 per cent of the vote, their highest share anywhere in "
        "the country",
        round(100 * bs.share("Con"), 1) == 76.7 and uk[0].name == "Boston and Skegness",
        f"{P19} highest Con shares: "
        + ", ".join(f"{s.name} {pct(s.share('Con'))}" for s in uk[:3])
        + "; Castle Point is the highest in the country (Boston and Skegness the highest in "
        "the region).",
    )
    bx_best = max(em, key=lambda s: s.share("BRX"))
    k.claim(
        "The Brexit Party's best result in the East Midlands was in Bolsover, with 9 per cent",
        bx_best.name == "Bolsover" and round(100 * bo.share("BRX")) == 9,
        f"{P19} East Midlands best BRX share: {bx_best.name} {pct(bx_best.share('BRX'))}.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout in the region was 67.2 per cent, down almost two points on 2017",
        round(100 * to, 1) == 67.2 and 0.015 <= to0 - to < 0.02,
        f"East Midlands valid / electorate: {P17} {pct(to0)}, {P19} {pct(to)}.",
    )
    tt = sorted(em, key=lambda s: s.turnout)
    k.claim(
        "Rushcliffe, at 78.5 per cent, was the highest",
        tt[-1].name == "Rushcliffe" and round(100 * tt[-1].turnout, 1) == 78.5,
        f"{P19} East Midlands highest turnout: {tt[-1].name} {pct(tt[-1].turnout)}.",
    )
    k.claim(
        "Leicester West the lowest",
        tt[0].name == "Leicester West",
        f"{P19} East Midlands lowest turnouts: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in tt[:2])
        + "; Nottingham North is the lowest.",
    )
    k.claim(
        "Labour's worst result since the 1930s",
        None,
        "a quoted judgement; not decided here",
    )
