"""tories-best-in-wales-since-1983-weekly: a Welsh weekly (no year printed) on the 2015 election in
Wales, from PSEPH 56 against PSEPH 55 (2010), with CBP-8647 Wales for earlier elections (seat
counts by party group; UKIP before 2010 is inside 'oth')."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    general,
    hist_national,
    hist_share,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "tories-best-in-wales-since-1983-weekly"
W = "Wales"
P15, P10 = pseph_name(2015), pseph_name(2010)
CBP = "CBP-8647"


def _cbp_con(e: str) -> int:
    return int(hist_national(e, W).get("won_con", 0))


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    ws = [s for s in g.values() if s.country == W]
    w, w0 = seats_won(2015, country=W), seats_won(2010, country=W)
    since = ELECTIONS[ELECTIONS.index("1983") : ELECTIONS.index("2010")]
    k.claim(
        "The Conservatives have had their best general election in Wales since 1983, winning 11 of "
        "the 40 seats, three more than five years ago",
        w["Con"] == 11
        and len(ws) == 40
        and w["Con"] - w0["Con"] == 3
        and _cbp_con("1983") > 11
        and all(_cbp_con(e) < 11 for e in since[1:]),
        f"{P15} Wales: Con {w['Con']} of {len(ws)}; {P10}: {w0['Con']}; {CBP} Wales con: "
        + ", ".join(f"{e} {_cbp_con(e)}" for e in since)
        + ".",
    )
    k.claim(
        "in 1992, there were just six Welsh Tory MPs; there are now nearly twice that number",
        _cbp_con("1992") == 6 and 1.7 <= w["Con"] / 6 < 2,
        f"{CBP} Wales 1992: con {_cbp_con('1992')}; {P15}: {w['Con']}.",
    )
    gw = g["Gower"]
    uk = min(g.values(), key=lambda s: s.majority)
    k.claim(
        "The night's upset came in Gower, which the Conservatives captured by 27 votes, the "
        "narrowest result anywhere in Britain",
        gw.result == "Con gain from Lab" and gw.majority == 27 and uk.name == "Gower",
        f"{P15} {gw.line()}; smallest majority in the UK: {uk.name}.",
    )
    vc = g["Vale Of Clwyd"]
    k.claim(
        "They also took Vale of Clwyd from Labour by 273",
        vc.result == "Con gain from Lab" and vc.majority == 273,
        f"{P15} {vc.line()}: 237, not 273.",
    )
    br = g["Brecon and Radnorshire"]
    k.claim(
        "Brecon and Radnorshire from the Liberal Democrats, where Chris Davies beat Roger Williams "
        "by 5,102",
        br.result == "Con gain from LD" and br.majority == 5102 and br.place("Williams") == 2,
        f"{P15} {br.line()}",
    )
    cn, cn0 = g["Cardiff North"], g0["Cardiff North"]
    k.claim(
        "lift the Conservative majority from under 200 to more than 1,500",
        cn0.first == "Con" and cn0.majority < 200 and cn.first == "Con" and cn.majority > 1500,
        f"{P10} {cn0.line()}; {P15} {cn.line()}",
    )
    k.claim('"This is Wales, this is meant to be Labour\'s pasture,"', None, "a quotation")
    pp = g["Preseli Pembrokeshire"]
    k.claim(
        "held Preseli Pembrokeshire by 4,969",
        pp.result == "Con hold" and pp.majority == 4969,
        f"{P15} {pp.line()}",
    )
    mo, mo0 = g["Montgomeryshire"], g0["Montgomeryshire"]
    k.claim(
        "Glyn Davies's majority in Montgomeryshire rose to 5,325",
        mo.majority == 5325 and mo.majority > mo0.majority,
        f"{P10} Montgomeryshire majority {mo0.majority:,}; {P15} {mo.line()}",
    )
    k.claim(
        "Labour remains the biggest party, with 25 seats, down one",
        w["Lab"] == 25 and w0["Lab"] - w["Lab"] == 1 and w.most_common(1)[0][0] == "Lab",
        f"Wales Lab seats: {P10} {w0['Lab']}, {P15} {w['Lab']}.",
    )
    cc = g["Cardiff Central"]
    k.claim(
        "Jo Stevens ousted Jenny Willott with a majority of 4,981",
        cc.result == "Lab gain from LD" and cc.majority == 4981 and cc.place("Willott") == 2,
        f"{P15} {cc.line()}",
    )
    t, t0 = totals(2015, country=W), totals(2010, country=W)
    k.claim(
        "its share barely moved: 37 per cent, against 36 per cent five years ago",
        round(100 * share_of(t, "Lab")) == 37 and round(100 * share_of(t0, "Lab")) == 36,
        f"Wales Lab share: {P10} {pct(share_of(t0, 'Lab'))}, {P15} {pct(share_of(t, 'Lab'))}.",
    )
    c, c0 = share_of(t, "Con"), share_of(t0, "Con")
    k.claim(
        "The Conservatives were on 27 per cent, up a point",
        round(100 * c) == 27 and 0.005 <= c - c0 < 0.015,
        f"Wales Con share: {P10} {pct(c0)}, {P15} {pct(c)}.",
    )
    ld, ld0 = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "Their share fell from 20 per cent to six and a half",
        round(100 * ld0) == 20 and 0.0625 <= ld < 0.0675,
        f"Wales LD share: {P10} {pct(ld0)}, {P15} {pct(ld)}.",
    )
    ce, ce0 = g["Ceredigion"], g0["Ceredigion"]
    lds = [s.name for s in ws if s.first == "LD"]
    k.claim(
        "they held only Ceredigion, where Mark Williams's majority of 3,067 over Plaid Cymru was "
        "more than halved",
        lds == ["Ceredigion"]
        and ce.majority == 3067
        and ce.ranked()[1].party == "PC"
        and ce.majority < ce0.majority / 2,
        f"{P10} Ceredigion LD majority {ce0.majority:,}; {P15} {ce.line()}",
    )
    pcs = sorted(s.name for s in ws if s.first == "PC")
    pcs0 = sorted(s.name for s in g0.values() if s.country == W and s.first == "PC")
    k.claim(
        "Plaid Cymru kept its three seats but made no breakthrough",
        pcs == pcs0 and len(pcs) == 3,
        f"Wales PC wins: {P10} {', '.join(pcs0)}; {P15} {', '.join(pcs)}.",
    )
    ar, ar0 = g["Arfon"], g0["Arfon"]
    k.claim(
        "Hywel Williams more than doubled his majority in Arfon",
        ar.majority > 2 * ar0.majority,
        f"Arfon PC majority: {P10} {ar0.majority:,}, {P15} {ar.majority:,}.",
    )
    cd = g["Carmarthen East and Dinefwr"]
    k.claim(
        "Jonathan Edwards held Carmarthen East and Dinefwr by 5,959",
        cd.result == "PC hold" and cd.majority == 5959,
        f"{P15} {cd.line()}: 5,599, not 5,959.",
    )
    ym = g["Ynys Môn"]
    k.claim(
        "Plaid fell just 229 votes short of taking Ynys Môn from Labour's Albert Owen",
        ym.result == "Lab hold" and ym.majority == 229 and ym.ranked()[1].party == "PC",
        f"{P15} {ym.line()}",
    )
    k.claim(
        "becomes the party's first woman MP",
        None,
        "the sex of earlier MPs is not in the results files",
    )
    u, u0 = share_of(t, "UKIP"), share_of(t0, "UKIP")
    oth = {e: hist_share(e, "oth", W) for e in ("1997", "2001", "2005")}
    k.claim(
        "took 13.6 per cent of the Welsh vote, its best ever share in Wales, up from 2 per cent",
        round(100 * u, 1) == 13.6 and round(100 * u0) == 2 and all(v < u for v in oth.values()),
        f"Wales UKIP share: {P10} {pct(u0)}, {P15} {pct(u)}; {CBP} Wales, all 'oth' parties "
        "together (UKIP included): " + ", ".join(f"{e} {pct(v)}" for e, v in oth.items()) + ".",
    )
    k.claim(
        "moved ahead of Plaid Cymru in votes",
        t["UKIP"] > t["PC"] and t0["UKIP"] < t0["PC"],
        f"Wales votes: {P15} UKIP {t['UKIP']:,}, PC {t['PC']:,}; {P10} UKIP {t0['UKIP']:,}, PC "
        f"{t0['PC']:,}.",
    )
    sec = sorted(s.name for s in ws if s.ranked()[1].party == "UKIP")
    k.claim(
        "It came second in eight seats",
        len(sec) == 8,
        f"{P15} Wales seats with UKIP second: {', '.join(sec)} ({len(sec)}).",
    )
    best = max(ws, key=lambda s: s.share("UKIP"))
    k.claim(
        "its best result was in Islwyn, with almost 20 per cent",
        best.name == "Islwyn" and 0.19 <= best.share("UKIP") < 0.20,
        f"{P15} Wales best UKIP share: {best.name} {pct(best.share('UKIP'))}.",
    )
    top = sorted(ws, key=lambda s: -s.majority)
    k.claim(
        "Labour's safest Welsh seat is now Blaenau Gwent, where the majority was 12,703",
        top[0].name == "Blaenau Gwent" and g["Blaenau Gwent"].majority == 12703,
        f"{P15} Wales largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in top[:3])
        + "; Ogmore's is the largest.",
    )
    to, to0 = t["_valid"] / t["_electorate"], t0["_valid"] / t0["_electorate"]
    k.claim(
        "Turnout in Wales was 65.7 per cent, up almost a point",
        round(100 * to, 1) == 65.7 and 0.007 <= to - to0 < 0.01,
        f"Wales valid / electorate: {P10} {pct(to0)}, {P15} {pct(to)}.",
    )
    k.claim("Leanne Wood, 43,", None, "an age; not in the files")
