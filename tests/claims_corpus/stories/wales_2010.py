"""welsh-tories-five-gains-opik-falls-daily: a Welsh daily (dateline only, no year) on Wales in 2010,
from PSEPH 55 (gains as its result column states them, against the notional 2005 result), with
2005 and earlier comparisons from CBP-8647 (Wales rows)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    general,
    hist_national,
    hist_seat,
    hist_seat_at,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "welsh-tories-five-gains-opik-falls-daily"
P = pseph_name(2010)
CBP = "CBP-8647"


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    wales = [s for s in g.values() if s.country == "Wales"]
    won = seats_won(2010, "Wales")
    h5 = hist_national("2005", "Wales")
    gains = [s for s in wales if s.result.startswith("Con gain")]
    k.claim(
        "taking five seats and winning eight in all, up from three five years ago",
        len(gains) == 5 and won["Con"] == 8 and int(h5["won_con"]) == 3,
        f"{P} Wales Conservative gains: {', '.join(s.name for s in gains)}; seats {won['Con']}; "
        f"{CBP} Wales 2005 con {int(h5['won_con'])}.",
    )
    since = ELECTIONS[ELECTIONS.index("1987") + 1 : ELECTIONS.index("2010")]
    k.claim(
        "more MPs in Wales than at any time since 1987",
        all(hist_national(e, "Wales").get("won_con", 0) < 8 for e in since)
        and hist_national("1987", "Wales")["won_con"] >= 8,
        f"{CBP} Wales con seats: "
        + ", ".join(
            f"{e} {int(hist_national(e, 'Wales').get('won_con', 0))}" for e in ["1987"] + since
        )
        + f"; {P} 8.",
    )
    t = totals(2010, "Wales")
    k.claim(
        "finished with 28 of the 40 Welsh seats",
        won["Lab"] == 28 and len(wales) == 40,
        f"{P} Wales: {dict(won)} of {len(wales)} (Labour 26).",
    )
    k.claim(
        "36 per cent of the vote, against the Conservatives' 26 per cent",
        round(100 * share_of(t, "Lab")) == 36 and round(100 * share_of(t, "Con")) == 26,
        f"{P} Wales Lab {pct(share_of(t, 'Lab'))}, Con {pct(share_of(t, 'Con'))}.",
    )
    k.claim('"a huge anti-Tory majority in Wales"', None, "a quotation")
    mo = g["Montgomeryshire"]
    mo5 = hist_seat_at("Montgomeryshire", "2005")
    k.claim(
        "Lembit Opik lost to the Conservative",
        mo.first == "Con" and mo.ranked()[1].surname == "Opik",
        f"{P} {mo.line()}",
    )
    k.claim("Glyn Davies, 66,", None, "an age; the results files hold no ages")
    sw = (
        (mo.share("Con") - mo5.votes["con"] / mo5.total)
        - (mo.share("LD") - mo5.votes["lib"] / mo5.total)
    ) / 2
    k.claim(
        "by 1,184 votes on a swing of more than 13 per cent",
        mo.majority == 1184 and sw > 0.13,
        f"{P} Montgomeryshire majority {mo.majority:,}; Butler swing LD to Con against {CBP} 2005 "
        f"({mo5.votes}) = {100 * sw:.2f} points.",
    )
    last_con = [h.election for h in hist_seat("Montgomery", "Montgomeryshire") if h.winner == "con"]
    last_con = [e for e in last_con if ELECTIONS.index(e) < ELECTIONS.index("2010")]
    k.claim(
        "The Conservatives had last won the seat in 1979",
        last_con and last_con[-1] == "1979",
        f"{CBP} Montgomery and Montgomeryshire, Conservative wins before 2010: "
        f"{', '.join(last_con)}.",
    )
    cn = g["Cardiff North"]
    low = sorted(wales, key=lambda s: s.majority)
    k.claim(
        "Jonathan Evans beat Julie Morgan by just 194 votes",
        cn.first == "Con" and cn.majority == 194 and cn.ranked()[1].surname == "Morgan",
        f"{P} {cn.line()}",
    )
    k.claim("after a recount", None, "recounts; not in the files")
    k.claim(
        "the narrowest result in Wales",
        low[0].name == "Cardiff North",
        "Wales narrowest: " + ", ".join(f"{s.name} {s.majority:,}" for s in low[:3]) + ".",
    )
    vg, ab, cw = (
        g["Vale Of Glamorgan"],
        g["Aberconwy"],
        g["Carmarthen West and South Pembrokeshire"],
    )
    k.claim(
        "Alun Cairns took the Vale of Glamorgan by 4,307",
        vg.first == "Con" and vg.majority == 4307,
        f"{P} {vg.line()}",
    )
    k.claim(
        "Guto Bebb won Aberconwy by 3,398",
        ab.first == "Con" and ab.majority == 3398,
        f"{P} {ab.line()}",
    )
    k.claim(
        "Simon Hart captured Carmarthen West and South Pembrokeshire by 3,243",
        cw.first == "Con" and cw.majority == 3243,
        f"{P} {cw.line()} (3,423, not 3,243).",
    )
    bg = g["Blaenau Gwent"]
    k.claim(
        "It took back Blaenau Gwent, lost to an independent five years ago, with a majority of more "
        "than 10,000",
        bg.first == "Lab" and "gain" in bg.result and bg.majority > 10000
        and hist_seat_at("Blaenau Gwent", "2005").winner == "oth",
        f"{P} {bg.line()}; {CBP} Blaenau Gwent 2005 winner "
        f"{hist_seat_at('Blaenau Gwent', '2005').winner} (an independent).",
    )  # fmt: skip
    swm = g["Swansea West"]
    k.claim(
        "Geraint Davies held off the Liberal Democrats in Swansea West by 504",
        swm.first == "Lab" and swm.second == "LD" and swm.majority == 504,
        f"{P} {swm.line()}",
    )
    ym, ym5 = g["Ynys Môn"], hist_seat_at("Ynys Môn", "2005")
    k.claim(
        "Albert Owen increased Labour's majority on Anglesey, with Plaid Cymru second",
        ym.first == "Lab" and ym.majority > ym5.majority and ym.second == "PC",
        f"{CBP} Ynys Môn 2005 lab majority {ym5.majority:,}; {P} {ym.line()}",
    )
    k.claim(
        "The Liberal Democrats ended with three Welsh seats",
        won["LD"] == 3,
        f"{P} Wales: {dict(won)}.",
    )
    ce, ce5 = g["Ceredigion"], hist_seat_at("Ceredigion", "2005")
    k.claim(
        "Mark Williams was re-elected in Ceredigion with exactly half the vote and a majority of "
        "more than 8,000, against just 219 five years ago",
        round(100 * ce.share("LD")) == 50 and ce.majority > 8000 and ce5.majority == 219,
        f"{P} {ce.line()}; LD {pct(ce.share('LD'))}; {CBP} Ceredigion 2005 lib majority "
        f"{ce5.majority}.",
    )
    ar = g["Arfon"]
    k.claim(
        "Hywel Williams took Arfon from Labour by 1,455",
        ar.result == "PC gain from Lab" and ar.majority == 1455,
        f"{P} {ar.line()}",
    )
    pcs = [s.name for s in wales if s.second == "PC"]
    k.claim(
        "the party finished second in seven seats",
        len(pcs) == 7,
        f"{P} Wales seats with Plaid Cymru second: {', '.join(pcs)}.",
    )
    ps, ps5 = share_of(t, "PC"), h5["natSW"] / h5["_total"]
    k.claim(
        "its Welsh share dipped to 11.3 per cent",
        round(100 * ps, 1) == 11.3 and ps < ps5,
        f"{P} Wales PC {pct(ps)}; {CBP} Wales 2005 natSW {pct(ps5)}.",
    )
    top = sorted(wales, key=lambda s: -s.majority)
    k.claim(
        "Ogmore gave Labour its largest Welsh majority, 13,246",
        top[0].name == "Ogmore" and top[0].majority == 13246,
        "Wales largest: " + ", ".join(f"{s.name} {s.majority:,}" for s in top[:3]) + ".",
    )
    tt = t["_valid"] / t["_electorate"]
    t5 = h5["_total_contested"] / h5["_electorate_contested"]
    k.claim(
        "Turnout across Wales was 64.8 per cent, up more than three points",
        round(100 * tt, 1) == 64.8 and 0.03 < tt - t5 < 0.04,
        f"{P} Wales valid / electorate {pct(tt)}; {CBP} Wales 2005 {pct(t5)}.",
    )
    to = sorted(wales, key=lambda s: s.turnout)
    bnp = sorted(wales, key=lambda s: -s.share("BNP"))
    k.claim(
        "lowest in Swansea East, where the BNP took its best Welsh share, more than 5 per cent",
        to[0].name == "Swansea East"
        and bnp[0].name == "Swansea East"
        and bnp[0].share("BNP") > 0.05,
        f"{P} Wales lowest turnout: {to[0].name} {pct(to[0].turnout)}; BNP best: "
        + ", ".join(f"{s.name} {pct(s.share('BNP'))}" for s in bnp[:2])
        + ".",
    )
