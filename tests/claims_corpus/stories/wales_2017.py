"""wales-labour-turns-back-tory-tide-weekly: a Welsh weekly on the 2017 election (no year
printed: 'last Thursday's election', 'two years ago'), from PSEPH 57 against PSEPH 56 (2015),
with the Welsh party shares over time from CBP-8647 (Wales rows)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, general, hist_national, pseph_name, seats_won, share_of, swing, totals

NAME = "wales-labour-turns-back-tory-tide-weekly"
P17, P15 = pseph_name(2017), pseph_name(2015)
CBP = "CBP-8647"


def _wsh(e: str, p: str) -> float:
    h = hist_national(e, "Wales")
    return h[p] / h["_total"]


@story(NAME)
def key(k: Key) -> None:
    g, o = general(2017), general(2015)
    old = {s.code: s for s in o.values()}
    wales = [s for s in g.values() if s.country == "Wales"]

    def prev(name: str):  # noqa: ANN202 - a Seat
        return old[g[name].code]

    k.claim(
        "the polls put the Conservatives on course for their best night in Wales in a century",
        None,
        "opinion polls; not in the files",
    )
    sw, so = seats_won(2017, "Wales"), seats_won(2015, "Wales")
    k.claim(
        "Labour won 28 of Wales's 40 seats, three more than two years ago",
        sw["Lab"] == 28 and len(wales) == 40 and sw["Lab"] - so["Lab"] == 3,
        f"{P17} Wales: Lab won {sw['Lab']} of {len(wales)}; {P15}: {so['Lab']}.",
    )
    three = ["Gower", "Cardiff North", "Vale Of Clwyd"]
    k.claim(
        "taking back Gower, Cardiff North and the Vale of Clwyd from the Conservatives",
        all(g[n].first == "Lab" and prev(n).first == "Con" for n in three),
        f"{P15}/{P17}: " + "; ".join(f"{n} {prev(n).first} -> {g[n].first}" for n in three) + ".",
    )
    k.claim(
        "The Tories are down to eight seats from 11",
        sw["Con"] == 8 and so["Con"] == 11,
        f"{P15} Wales Con {so['Con']}; {P17} {sw['Con']}.",
    )
    gw, gw0 = g["Gower"], prev("Gower")
    k.claim(
        "which the Conservatives had won by 27 votes",
        gw0.first == "Con" and gw0.majority == 27,
        f"{P15} {gw0.line()}",
    )
    k.claim(
        "Tonia Antoniazzi took it back for Labour with a majority of 3,269",
        gw.first == "Lab" and gw.majority == 3269,
        f"{P17} {gw.line()}",
    )
    d = gw.share("Lab") - gw0.share("Lab")
    k.claim(
        "Labour's share there rose by almost 13 points",
        0.12 <= d < 0.13,
        f"Gower Lab {pct(gw0.share('Lab'))} in 2015, {pct(gw.share('Lab'))} in 2017 "
        f"({100 * d:+.2f}).",
    )
    cn, cn0 = g["Cardiff North"], prev("Cardiff North")
    k.claim(
        "Anna McMorrin took more than half the vote",
        cn.share("Lab") > 0.5,
        f"{P17} Cardiff North: Lab {cn.votes('Lab'):,} / {cn.valid:,} = {pct(cn.share('Lab'))}.",
    )
    k.claim(
        "overturning a Conservative majority of 2,137",
        cn0.first == "Con" and cn0.majority == 2137,
        f"{P15} {cn0.line()}",
    )
    swings = sorted(((swing(s, old[s.code], "Lab", "Con"), s.name) for s in wales), reverse=True)
    s_cn = swing(cn, cn0, "Lab", "Con")
    k.claim(
        "the 6.1-point swing to Labour there was the largest in Wales",
        round(100 * s_cn, 1) == 6.1 and swings[0][1] == "Cardiff North",
        "Butler swing Con to Lab 2015-2017, largest in Wales: "
        + ", ".join(f"{n} {100 * v:.2f}" for v, n in swings[:4])
        + f"; Cardiff North {100 * s_cn:.2f}.",
    )
    vc, vc0 = g["Vale Of Clwyd"], prev("Vale Of Clwyd")
    rl = [c for c in vc0.cands if c.surname == "Ruane"]
    k.claim(
        "won back the seat he lost two years ago",
        vc.winner_name.endswith("Ruane") and len(rl) == 1 and rl[0].sitting and vc0.first != "Lab",
        f"{P15} Vale of Clwyd: Chris Ruane (Lab, sitting: {rl[0].sitting if rl else None}) lost to "
        f"{vc0.winner_name}; {P17} won by {vc.winner_name}.",
    )
    k.claim(
        "overturning a Tory majority of 273",
        vc0.first == "Con" and vc0.majority == 273,
        f"{P15} {vc0.line()} (237, not 273).",
    )
    wx, wx0 = g["Wrexham"], prev("Wrexham")
    k.claim(
        "Ian Lucas held Wrexham by 1,832, one vote more than his margin last time",
        wx.first == "Lab" and wx.majority == 1832 and wx.majority - wx0.majority == 1,
        f"{P15} Wrexham majority {wx0.majority:,}; {P17} {wx.line()}",
    )
    bg, bg0 = g["Bridgend"], prev("Bridgend")
    k.claim(
        "Madeleine Moon's majority more than doubled to 4,700",
        bg.majority == 4700 and bg.majority > 2 * bg0.majority,
        f"Bridgend Lab majority {bg0.majority:,} in 2015, {bg.majority:,} in 2017.",
    )
    pp = g["Preseli Pembrokeshire"]
    cons = sorted((s for s in wales if s.first == "Con"), key=lambda s: s.majority)
    k.claim(
        "Stephen Crabb clung on in Preseli Pembrokeshire by 314 votes, the narrowest "
        "Conservative result in Wales",
        pp.first == "Con" and pp.majority == 314 and cons[0].name == pp.name,
        "Conservative wins in Wales by majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in cons[:3])
        + ".",
    )
    mo, mo0 = g["Monmouth"], prev("Monmouth")
    k.claim(
        "David Davies's majority was cut to 8,206, from more than 11,000",
        mo.majority == 8206 and mo0.majority > 11000,
        f"Monmouth Con majority {mo0.majority:,} in 2015 (not more than 11,000), "
        f"{mo.majority:,} in 2017.",
    )
    k.claim(
        "Plaid Cymru won four seats, one more than in 2015",
        sw["PC"] == 4 and so["PC"] == 3,
        f"Wales PC seats: {so['PC']} in 2015, {sw['PC']} in 2017.",
    )
    pc = _wsh("2017", "natSW")
    earlier = ELECTIONS[ELECTIONS.index("1997") : ELECTIONS.index("2017")]
    k.claim(
        "its share of the Welsh vote fell to 10.4 per cent, its lowest since 1997",
        round(100 * pc, 1) == 10.4
        and _wsh("1997", "natSW") < pc
        and all(_wsh(e, "natSW") > pc for e in earlier[1:]),
        f"{CBP} Wales natSW (Plaid Cymru) share: "
        + ", ".join(f"{e} {pct(_wsh(e, 'natSW'))}" for e in earlier + ["2017"])
        + ".",
    )
    wales_by_maj = sorted(wales, key=lambda s: s.majority)
    ar = g["Arfon"]
    k.claim(
        "Hywel Williams held Arfon by just 92 votes, the narrowest result in Wales",
        ar.first == "PC" and ar.majority == 92 and wales_by_maj[0].name == "Arfon",
        "Narrowest in Wales: "
        + ", ".join(f"{s.name} {s.majority}" for s in wales_by_maj[:3])
        + ".",
    )
    k.claim("Ben Lake, 24,", None, "an age; the results files hold no ages")
    ce, ce0 = g["Ceredigion"], prev("Ceredigion")
    k.claim(
        "took the seat from the Liberal Democrats by 104 votes, overturning a majority of more "
        "than 3,000",
        ce.first == "PC" and ce0.first == "LD" and ce.majority == 104 and ce0.majority > 3000,
        f"{P15} Ceredigion LD majority {ce0.majority:,}; {P17} {ce.line()}",
    )
    ca = g["Carmarthen East and Dinefwr"]
    k.claim(
        "Jonathan Edwards's majority was cut to 3,908, with the Conservatives second",
        ca.majority == 3908 and ca.second == "Con",
        f"{P17} {ca.line()} (Labour second).",
    )
    t, t0 = totals(2017, "Wales"), totals(2015, "Wales")
    ls, ls0 = share_of(t, "Lab"), share_of(t0, "Lab")
    k.claim(
        "Labour's share of the vote in Wales was 48.9 per cent, up 12 points",
        round(100 * ls, 1) == 48.9 and round(100 * (ls - ls0)) == 12,
        f"{P17}/{P15} Wales Lab {pct(ls0)} -> {pct(ls)}.",
    )
    lab_e = [e for e in earlier[1:] if _wsh(e, "lab") >= _wsh("2017", "lab")]
    k.claim(
        "its highest since 1997",
        not lab_e and _wsh("1997", "lab") > _wsh("2017", "lab"),
        f"{CBP} Wales lab share: "
        + ", ".join(f"{e} {pct(_wsh(e, 'lab'))}" for e in earlier + ["2017"])
        + ".",
    )
    cs = share_of(t, "Con")
    post = ELECTIONS[ELECTIONS.index("1945") : ELECTIONS.index("2017")]
    best = max(post, key=lambda e: _wsh(e, "con"))
    k.claim(
        "on 33.6 per cent, recorded their highest share in Wales at any election since the war",
        round(100 * cs, 1) == 33.6 and _wsh(best, "con") < _wsh("2017", "con"),
        f"{P17} Wales Con {pct(cs)}; {CBP} Wales con 2017 {pct(_wsh('2017', 'con'))}, best "
        f"1945-2015 {best} {pct(_wsh(best, 'con'))}.",
    )
    top = sorted(wales, key=lambda s: -s.majority)
    k.claim(
        "Cardiff South and Penarth, with 14,864, gave Labour the biggest majority in Wales",
        top[0].name == "Cardiff South and Penarth",
        "Largest in Wales: " + ", ".join(f"{s.name} {s.majority:,}" for s in top[:4]) + ".",
    )
    rh, rh0 = g["Rhondda"], prev("Rhondda")
    r = rh.majority / rh0.majority
    k.claim(
        "Chris Bryant's majority in the Rhondda almost doubled",
        1.75 <= r < 2,
        f"Rhondda Lab majority {rh0.majority:,} in 2015, {rh.majority:,} in 2017 ({r:.2f} times).",
    )
    ym, ym0 = g["Ynys Môn"], prev("Ynys Môn")
    k.claim(
        "Albert Owen, who scraped home by 229 votes last time, won by more than 5,000, with Plaid "
        "Cymru pushed into third",
        ym0.majority == 229
        and ym.majority > 5000
        and [c.party for c in ym.ranked()].index("PC") == 2,
        f"{P15} Ynys Môn majority {ym0.majority}; {P17} {ym.line()}",
    )
    tt, tt0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout across Wales was 68.6 per cent, up about three points",
        round(100 * tt, 1) == 68.6 and round(100 * (tt - tt0)) == 3,
        f"Wales valid / electorate {pct(tt0)} in 2015, {pct(tt)} in 2017.",
    )
    k.claim('called the result "fantastic"', None, "a quotation")
