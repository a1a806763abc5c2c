"""law-topples-labour-valleys-welsh-daily: a Welsh daily (dateline only, no year printed) on the
2005 election in Wales, from CBP-8647 only (country 'Wales'; 'natSW' is Plaid Cymru, 'lib' the
Liberal Democrats; an independent is in 'oth'; seat names as the file spells them)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, history
from .._raw import hist_share as _share

NAME = "law-topples-labour-valleys-welsh-daily"
CBP = "CBP-8647"
W = "Wales"


def _won(e: str, p: str) -> int:
    return int(hist_national(e, W).get("won_" + p, 0))


def _rows(e: str) -> list:
    return [r for r in history() if r.election == e and r.country == W]


def _turnout(e: str) -> float:
    h = hist_national(e, W)
    return h["_total_contested"] / h["_electorate_contested"]


@story(NAME)
def key(k: Key) -> None:
    bg0, bg1 = hist_seat_at("Blaenau Gwent", "2001"), hist_seat_at("Blaenau Gwent", "2005")
    top01 = max(_rows("2001"), key=lambda r: r.majority)
    k.claim(
        "taking Blaenau Gwent as an independent",
        bg0.winner == "lab" and bg1.winner == "oth",
        f"{CBP} Blaenau Gwent: 2001 {bg0.winner}; 2005 {bg1.votes} ('oth' holds the "
        f"independent), {bg1.winner} first.",
    )
    k.claim(
        "overturning a Labour majority of 19,313, the largest in Wales four years ago",
        bg0.majority == 19313 and top01.name == "Blaenau Gwent",
        f"{CBP} 2001: Blaenau Gwent {bg0.votes}, lab by {bg0.majority:,}; the largest Welsh "
        f"majority is {top01.name} {top01.majority:,}.",
    )
    k.claim(
        "Maggie Jones polled 11,384 votes",
        bg1.votes["lab"] == 11384,
        f"{CBP} Blaenau Gwent 2005: lab {bg1.votes['lab']:,}.",
    )
    k.claim(
        "her party had taken 72 per cent of the vote last time",
        round(100 * bg0.votes["lab"] / bg0.total) == 72,
        f"{CBP} Blaenau Gwent 2001: lab {bg0.votes['lab']:,} / {bg0.total:,} = "
        f"{pct(bg0.votes['lab'] / bg0.total)}.",
    )
    t = bg1.total / bg1.electorate
    k.claim(
        "Turnout in the constituency was 66 per cent",
        round(100 * t) == 66,
        f"{CBP} Blaenau Gwent 2005: {bg1.total:,} / {bg1.electorate:,} = {pct(t)}.",
    )
    k.claim("Mr Law, 57,", None, "an age; not in the files")
    k.claim("surgery for a brain tumour", None, "a personal event; not in the files")
    l0, l1 = _won("2001", "lab"), _won("2005", "lab")
    k.claim(
        "Labour lost five of the 34 seats it was defending and finished with 29",
        l0 == 34 and l1 == 29,
        f"{CBP} Wales: lab won {l0} in 2001, {l1} in 2005.",
    )
    prev = ELECTIONS[: ELECTIONS.index("2005")]
    fewer = [e for e in prev if _won(e, "lab") <= l1]
    k.claim(
        "its fewest since 1992",
        fewer[-1:] == ["1992"],
        f"{CBP} Wales lab seats: "
        + ", ".join(f"{e} {_won(e, 'lab')}" for e in ("1987", "1992", "1997", "2001", "2005"))
        + f"; the last at or below 29 before 2005 is {fewer[-1]}.",
    )
    s0, s1 = _share("2001", "lab", W), _share("2005", "lab", W)
    k.claim(
        "Its share of the Welsh vote fell by almost six points to 42.7 per cent",
        round(100 * s1, 1) == 42.7 and 0.05 <= s0 - s1 < 0.06,
        f"{CBP} Wales: lab {pct(s0)} in 2001, {pct(s1)} in 2005 ({100 * (s1 - s0):+.2f}).",
    )
    k.claim(
        "who had been without a Welsh MP since 1997",
        _won("1992", "con") > 0 and _won("1997", "con") == 0 and _won("2001", "con") == 0,
        f"{CBP} Wales con seats: 1992 {_won('1992', 'con')}, 1997 {_won('1997', 'con')}, "
        f"2001 {_won('2001', 'con')}.",
    )
    old = {r.name: r.winner for r in _rows("2001")}
    gains = {
        r.name: r.majority for r in _rows("2005") if r.winner == "con" and old.get(r.name) != "con"
    }
    k.claim(
        "won three seats: Monmouth by 4,527 votes, Preseli Pembrokeshire by 607 and Clwyd West by "
        "133",
        gains == {"Monmouth": 4527, "Preseli Pembrokeshire": 607, "Clwyd West": 133},
        f"{CBP} Wales 2005, con wins (none in 2001): {gains}.",
    )
    rs = sorted(_rows("2005"), key=lambda r: r.majority)
    k.claim(
        "the narrowest result anywhere in Wales",
        rs[0].name == "Clwyd West",
        f"{CBP} Wales 2005 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in rs[:3])
        + ".",
    )
    c0, c1 = _share("2001", "con", W), _share("2005", "con", W)
    k.claim(
        "Their share of the vote rose by three points",
        0.025 <= c1 - c0 < 0.035,
        f"{CBP} Wales: con {pct(c0)} in 2001, {pct(c1)} in 2005 ({100 * (c1 - c0):+.2f}: up "
        "by a third of a point, not three).",
    )
    k.claim(
        "Monmouth was the biggest of their three majorities",
        max(gains, key=lambda n: gains[n]) == "Monmouth",
        f"{CBP} Wales 2005 con majorities: {gains}.",
    )
    b0, b1 = _won("2001", "lib"), _won("2005", "lib")
    k.claim(
        "The Liberal Democrats doubled their Welsh contingent to four",
        b1 == 4 and b1 == 2 * b0,
        f"{CBP} Wales: lib won {b0} in 2001, {b1} in 2005.",
    )
    more = [e for e in prev if _won(e, "lib") >= b1]
    k.claim(
        "their best haul in Wales since 1945",
        more[-1:] == ["1945"],
        f"{CBP} Wales lib seats: "
        + ", ".join(f"{e} {_won(e, 'lib')}" for e in ("1945", "1950", "1951", "1955"))
        + f"; the last at or above four before 2005 is {more[-1]}, not 1945.",
    )
    cc = hist_seat_at("Cardiff Central", "2005")
    k.claim(
        "took Cardiff Central from Labour with a majority of 5,593",
        old["Cardiff Central"] == "lab" and cc.winner == "lib" and cc.majority == 5593,
        f"{CBP} Cardiff Central: 2001 {old['Cardiff Central']}; 2005 {cc.votes}, {cc.winner} "
        f"by {cc.majority:,}.",
    )
    ce0, ce1 = hist_seat_at("Ceredigion", "2001"), hist_seat_at("Ceredigion", "2005")
    k.claim(
        "seized Ceredigion from Plaid Cymru by just 219 votes",
        ce0.winner == "natSW" and ce1.winner == "lib" and ce1.majority == 219,
        f"{CBP} Ceredigion: 2001 {ce0.winner}; 2005 {ce1.votes}, {ce1.winner} by {ce1.majority:,}.",
    )
    k.claim(
        "overturning a Plaid majority of 3,944 from last time",
        ce0.winner == "natSW" and ce0.majority == 3944,
        f"{CBP} Ceredigion 2001: {ce0.votes}, {ce0.winner} by {ce0.majority:,}.",
    )
    p0, p1 = _share("2001", "natSW", W), _share("2005", "natSW", W)
    k.claim(
        "left with three MPs and a share that slipped by almost two points to 12.6 per cent",
        _won("2005", "natSW") == 3 and round(100 * p1, 1) == 12.6 and 0.015 <= p0 - p1 < 0.02,
        f"{CBP} Wales: natSW won {_won('2005', 'natSW')} in 2005; {pct(p0)} in 2001, "
        f"{pct(p1)} in 2005 ({100 * (p1 - p0):+.2f}).",
    )
    ym = hist_seat_at("Ynys Môn", "2005")
    ym0 = hist_seat_at("Ynys-Mon", "2001")
    second = sorted(ym.votes, key=lambda p: -ym.votes[p])[1]
    k.claim(
        "where Labour's Albert Owen held on by 1,242 votes",
        ym0.winner == "lab" and ym.winner == "lab" and ym.majority == 1242 and second == "natSW",
        f"{CBP} Ynys-Mon 2001: {ym0.winner}; Ynys Môn 2005: {ym.votes}, {ym.winner} by "
        f"{ym.majority:,} over {second}.",
    )
    k.claim(
        "who he said had cost Plaid the seat",
        None,
        "a counterfactual about how votes would have gone; not in the files",
    )
    cd = hist_seat_at("Carmarthen East & Dinefwr", "2005")
    cd0 = hist_seat_at("Carmarthen East & Dinefwr", "2001")
    k.claim(
        "where his majority rose to 7,618",
        cd.winner == "natSW" and cd.majority == 7618 and cd.majority > cd0.majority,
        f"{CBP} Carmarthen East & Dinefwr: natSW by {cd0.majority:,} in 2001, by "
        f"{cd.majority:,} in 2005, not 7,618.",
    )
    lab = sorted((r for r in _rows("2005") if r.winner == "lab"), key=lambda r: -r.majority)
    isl = hist_seat_at("Islwyn", "2005")
    k.claim(
        "Islwyn's 15,740 is now the biggest Labour majority in Wales",
        isl.majority == 15740 and lab[0].name == "Islwyn",
        f"{CBP} Wales 2005 largest Labour majorities: "
        + ", ".join(f"{r.name} {r.majority:,}" for r in lab[:3])
        + "; Rhondda's is the biggest.",
    )
    t0, t1 = _turnout("2001"), _turnout("2005")
    k.claim(
        "Turnout across Wales rose by a point to 62.4 per cent",
        round(100 * t1, 1) == 62.4 and 0.005 <= t1 - t0 < 0.015,
        f"{CBP} Wales, votes / electorate over contested seats: {pct(t0)} in 2001, "
        f"{pct(t1)} in 2005.",
    )
    t97 = _turnout("1997")
    k.claim(
        "the 73.5 per cent recorded eight years ago",
        round(100 * t97, 1) == 73.5,
        f"{CBP} Wales 1997: {pct(t97)}.",
    )
    k.claim('"a kick in the teeth"', None, "a quotation")
