"""derby-north-by-41-east-midlands-regional: a regional daily (dateline only; '2010' once) on
the East Midlands at the 2015 general election, PSEPH 56 against PSEPH 55."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "derby-north-by-41-east-midlands-regional"
R = "East Midlands"
P15, P10 = pseph_name(2015), pseph_name(2010)
LINCS = {"Boston and Skegness", "Louth and Horncastle", "South Holland and The Deepings",
         "Grantham and Stamford", "Gainsborough", "Lincoln", "Sleaford and North Hykeham"}  # fmt: skip


def _ratio(a: int, b: int) -> str:
    return f"{b:,} -> {a:,} ({a / b:.2f} times)"


@story(NAME)
def key(k: Key) -> None:
    g, o = general(2015), general(2010)
    em = [s for s in g.values() if s.region == R]
    d, d10 = g["Derby North"], o["Derby North"]
    uk = sorted(g.values(), key=lambda s: s.majority)
    k.claim(
        "Amanda Solloway took Derby North from Labour at the second recount, overturning a "
        "majority of 613",
        d.first == "Con" and d10.first == "Lab" and d10.majority == 613,
        f"{P10} Derby North {d10.first} by {d10.majority}; {P15} {d.line()}.",
    )
    k.claim(
        "in the second-closest result in the UK",
        uk[1].name == "Derby North",
        f"{P15} smallest majorities: "
        + "; ".join(f"{s.name} {s.majority}" for s in uk[:3]) + ".",
    )  # fmt: skip
    changed = [s.name for s in em if s.first != o[s.name].first]
    k.claim(
        "the only seat in the region to change hands",
        changed == ["Derby North"],
        f"{P10}/{P15} East Midlands seats whose winning party changed: {changed}.",
    )
    w, w10 = seats_won(2015, region=R), seats_won(2010, region=R)
    k.claim(
        "That gave the Conservatives 32 of the East Midlands' 46 seats, one more than last time",
        w["Con"] == 32 and len(em) == 46 and w["Con"] - w10["Con"] == 1,
        f"{P10}/{P15} East Midlands Con seats {w10['Con']} -> {w['Con']} of {len(em)}.",
    )
    b, b10 = g["Broxtowe"], o["Broxtowe"]
    k.claim(
        "In Broxtowe Anna Soubry's majority of 389 grew more than ten-fold, to 4,287",
        b10.majority == 389 and b.majority == 4287 and b.majority > 10 * 389,
        f"{P10}/{P15} Broxtowe majority {_ratio(b.majority, b10.majority)}.",
    )
    s, s10 = g["Sherwood"], o["Sherwood"]
    k.claim(
        "Mark Spencer's majority in Sherwood, 214 five years ago, is now more than twenty times "
        "bigger",
        s10.majority == 214 and s.majority > 20 * 214,
        f"{P10}/{P15} Sherwood majority {_ratio(s.majority, s10.majority)}.",
    )
    a, a10 = g["Amber Valley"], o["Amber Valley"]
    k.claim(
        "Nigel Mills saw his in Amber Valley rise almost eight times over",
        7.5 <= a.majority / a10.majority < 8,
        f"{P10}/{P15} Amber Valley majority {_ratio(a.majority, a10.majority)}.",
    )
    li, li10 = g["Lincoln"], o["Lincoln"]
    k.claim(
        "Karl McCartney held on by 1,443, up from 1,058",
        li.first == "Con" and li.majority == 1443 and li10.majority == 1058,
        f"{P10}/{P15} Lincoln majority {li10.majority:,} -> {li.majority:,}.",
    )
    c, c10 = g["Chesterfield"], o["Chesterfield"]
    k.claim(
        "Toby Perkins's majority in Chesterfield, 549 last time, is now more than 25 times bigger",
        c10.majority == 549 and c.majority > 25 * 549,
        f"{P10}/{P15} Chesterfield majority {_ratio(c.majority, c10.majority)}.",
    )
    n, n10 = g["Nottingham South"], o["Nottingham South"]
    k.claim(
        "Lilian Greenwood almost quadrupled hers in Nottingham South",
        3.7 <= n.majority / n10.majority < 4,
        f"{P10}/{P15} Nottingham South majority {_ratio(n.majority, n10.majority)}.",
    )
    lab = sorted((x for x in em if x.first == "Lab"), key=lambda x: -x.majority)
    k.claim(
        "Keith Vaz's majority of 18,352 in Leicester East was the biggest of any Labour MP in the "
        "region",
        lab[0].name == "Leicester East" and lab[0].majority == 18352,
        f"{P15} East Midlands Labour majorities: "
        + "; ".join(f"{x.name} {x.majority:,}" for x in lab[:3]) + ".",
    )  # fmt: skip
    bo, bo10 = g["Bolsover"], o["Bolsover"]
    k.claim(
        "Dennis Skinner's majority in Bolsover went up",
        bo.majority > bo10.majority,
        f"{P10}/{P15} Bolsover majority {bo10.majority:,} -> {bo.majority:,}.",
    )
    ash, ash10 = g["Ashfield"], o["Ashfield"]
    r = ash.ranked()
    k.claim(
        "where Gloria De Piero held on by 192 in 2010, UKIP came within 500 votes of second place",
        ash10.majority == 192 and r[2].party == "UKIP" and r[1].votes - r[2].votes < 500,
        f"{P10} Ashfield majority {ash10.majority}; {P15} {ash.line()}.",
    )
    t, t10 = totals(2015, region=R), totals(2010, region=R)
    u, u10 = share_of(t, "UKIP"), share_of(t10, "UKIP")
    k.claim(
        "Its vote was almost five times what it had been, at 15.8 per cent",
        4.5 <= t["UKIP"] / t10["UKIP"] < 5 and round(100 * u, 1) == 15.8,
        f"{P10}/{P15} East Midlands UKIP votes {t10['UKIP']:,} -> {t['UKIP']:,}; share "
        f"{pct(u10)} -> {pct(u)}.",
    )
    sec = sorted(x.name for x in em if x.second == "UKIP")
    k.claim(
        "it finished second in six seats, all of them in Lincolnshire",
        len(sec) == 6 and all(x in LINCS for x in sec),
        f"{P15} East Midlands seats with UKIP second: {sec} (Wellingborough is in "
        "Northamptonshire, Rutland and Melton in Rutland and Leicestershire).",
    )
    best = max(em, key=lambda x: x.share("UKIP"))
    k.claim(
        "Its best result was in Boston and Skegness, where it took more than a third of the vote",
        best.name == "Boston and Skegness" and best.share("UKIP") > 1 / 3,
        f"{P15} best UKIP share in the East Midlands: {best.name} {pct(best.share('UKIP'))}.",
    )
    ld, ld10 = share_of(t, "LD"), share_of(t10, "LD")
    k.claim(
        "Their share fell by more than 16 points, to 5.6 per cent",
        ld10 - ld > 0.16 and round(100 * ld, 1) == 5.6,
        f"{P10}/{P15} East Midlands LD share {pct(ld10)} -> {pct(ld)}.",
    )
    la, la10 = share_of(t, "Lab"), share_of(t10, "Lab")
    k.claim(
        "Labour's rose by almost two points to 31.6",
        0.015 <= la - la10 < 0.02 and round(100 * la, 1) == 31.6,
        f"{P10}/{P15} East Midlands Lab share {pct(la10)} -> {pct(la)}.",
    )
    big = max(em, key=lambda x: x.majority)
    k.claim(
        "Andrea Leadsom's 26,416 in South Northamptonshire was the largest majority in the East "
        "Midlands",
        big.name == "South Northamptonshire" and big.majority == 26416,
        f"{P15} largest East Midlands majority: {big.name} {big.majority:,}.",
    )
    tu, tu10 = t["_valid"] / t["_electorate"], t10["_valid"] / t10["_electorate"]
    k.claim(
        "Turnout across the region edged down, to 66.5 per cent",
        tu < tu10 and round(100 * tu, 1) == 66.5,
        f"{P10}/{P15} East Midlands turnout (valid / electorate) {pct(tu10)} -> {pct(tu)}.",
    )
    tt = sorted(em, key=lambda x: x.turnout)
    k.claim(
        "Nottingham North had the lowest turnout in the region",
        tt[0].name == "Nottingham North",
        f"{P15} East Midlands lowest turnouts: "
        + "; ".join(f"{x.name} {pct(x.turnout)}" for x in tt[:3]) + ".",
    )  # fmt: skip
    k.claim(
        "Derbyshire Dales the highest",
        tt[-1].name == "Derbyshire Dales",
        f"{P15} East Midlands highest turnouts: "
        + "; ".join(f"{x.name} {pct(x.turnout)}" for x in tt[-3:][::-1]) + ".",
    )  # fmt: skip
    nn = g["Nottingham North"]
    k.claim(
        "Even there UKIP took 18.5 per cent, though the Conservatives held on to second place",
        round(100 * nn.share("UKIP"), 1) == 18.5 and nn.second == "Con",
        f"{P15} {nn.line()}; UKIP {pct(nn.share('UKIP'))}.",
    )
    k.claim("is now the longest-serving MP in the Commons", None,
            "length of service before 2010 is not in the files")  # fmt: skip
