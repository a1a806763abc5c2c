"""tory-wipeout-wales-daily: a daily's report (dateline only) on Wales at the 2024 election:
the Conservatives' zero, seats and shares against 2019 (notional and actual), the fallen Welsh
secretaries, narrowest and largest majorities, Reform second places and turnout."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, notional2019, notional_winner, pseph_name, seats_won, share_of, totals

NAME = "tory-wipeout-wales-daily"


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    f, f19 = pseph_name(2024), pseph_name(2019)
    wales = [s for s in g.values() if s.country == "Wales"]
    w = seats_won(2024, country="Wales")
    w19 = seats_won(2019, country="Wales")
    nw = Counter(notional_winner(s.name) for s in wales)
    k.claim(
        "winning not one of Wales's 32 seats",
        len(wales) == 32 and w["Con"] == 0,
        f"{f}: {len(wales)} Welsh rows; winners {dict(w)}.",
    )
    k.claim("Labour took 27 of them", w["Lab"] == 27, f"{f}: Wales winners {dict(w)}.")
    k.claim(
        "Plaid Cymru won four and the Liberal Democrats one",
        w["PC"] == 4 and w["LD"] == 1,
        f"{f}: Wales winners {dict(w)}.",
    )
    n19 = sum(1 for s in general(2019).values() if s.country == "Wales")
    k.claim(
        "At the 2019 election the party had won 14 of Wales' 40 seats",
        w19["Con"] == 14 and n19 == 40,
        f"{f19}: {n19} Welsh rows; winners {dict(w19)}.",
    )
    k.claim(
        "Labour's 27 seats were up nine",
        "depends",
        f"Against the notional 2019 result (PSEPH 58 notional) Labour led in {nw['Lab']} of the "
        f"32 new seats: 27 - {nw['Lab']} = {27 - nw['Lab']}, true; against the 2019 result on the "
        f"old boundaries Labour won {w19['Lab']} of 40: 27 - {w19['Lab']} = {27 - w19['Lab']}.",
    )
    t, t19 = totals(2024, country="Wales"), totals(2019, country="Wales")
    n = notional2019()
    nt: Counter[str] = Counter()
    for s in wales:
        for p, v in n[s.name].items():
            if not p.startswith("_"):
                nt[p] += int(v)
            elif p == "_valid":
                nt["_valid"] += int(v)
    lab, lab19, labn = share_of(t, "Lab"), share_of(t19, "Lab"), share_of(nt, "Lab")
    k.claim(
        "its share slipped four points, to 37 per cent",
        round(100 * lab) == 37
        and round(100 * (lab19 - lab)) == 4
        and round(100 * (labn - lab)) == 4,
        f"{f}: Wales Lab {t['Lab']:,} / {t['_valid']:,} = {pct(lab)}; {f19} Wales "
        f"{pct(lab19)} (notional {pct(labn)}): down {100 * (lab19 - lab):.2f} "
        f"({100 * (labn - lab):.2f}) points.",
    )
    con, con19 = share_of(t, "Con"), share_of(t19, "Con")
    k.claim(
        "The Conservative share halved, to 18.2 per cent",
        round(100 * con, 1) == 18.2 and 0.45 <= con / con19 <= 0.55,
        f"{f}: Wales Con {pct(con)}; {f19} {pct(con19)}; ratio {con / con19:.3f} "
        f"(notional {pct(share_of(nt, 'Con'))}).",
    )
    ruk = share_of(t, "RUK")
    second_ruk = [s for s in wales if s.ranked()[1].party == "RUK"]
    k.claim(
        "Reform UK took almost 17 per cent and finished second in 13 Welsh seats",
        0.165 <= ruk < 0.17 and len(second_ruk) == 13,
        f"{f}: Wales RUK {t['RUK']:,} / {t['_valid']:,} = {pct(ruk)}; RUK second in "
        f"{len(second_ruk)} Welsh seats.",
    )
    k.claim(
        "Plaid's share rose to 14.8 per cent",
        round(100 * share_of(t, "PC"), 1) == 14.8 and share_of(t, "PC") > share_of(t19, "PC"),
        f"{f}: Wales PC {pct(share_of(t, 'PC'))}; {f19} {pct(share_of(t19, 'PC'))} (notional "
        f"{pct(share_of(nt, 'PC'))}).",
    )
    mo = g["Monmouthshire"]
    k.claim(
        "David TC Davies lost to Labour's Catherine Fookes by 3,338 votes",
        mo.result == "Lab gain from Con" and mo.majority == 3338 and mo.place("Davies") == 2,
        f"{f}: {mo.line()}.",
    )
    k.claim(
        "He is the first sitting Welsh secretary to lose his seat since the office was created in 1964",
        None,
        "ministerial offices are not in the results files",
    )
    con_top = sorted(wales, key=lambda s: -s.share("Con"))
    k.claim(
        "Even there the Tories took 34.8 per cent, their best share in Wales",
        round(100 * mo.share("Con"), 1) == 34.8 and con_top[0].name == "Monmouthshire",
        f"{f}: Con shares in Wales: "
        + ", ".join(f"{s.name} {pct(s.share('Con'))}" for s in con_top[:3])
        + ".",
    )
    mp = g["Mid and South Pembrokeshire"]
    k.claim(
        "Stephen Crabb lost Mid and South Pembrokeshire by 1,878",
        mp.place("Crabb") == 2 and mp.majority == 1878,
        f"{f}: {mp.line()}.",
    )
    cf = g["Caerfyrddin"]
    k.claim(
        "Simon Hart came second in Caerfyrddin as Plaid took the seat",
        cf.place("Hart") == 2 and cf.first == "PC",
        f"{f}: {cf.line()}: Hart third.",
    )
    vg = g["Vale of Glamorgan"]
    k.claim(
        "Alun Cairns was beaten in the Vale of Glamorgan by 4,261 votes",
        vg.place("Cairns") == 2 and vg.majority == 4261,
        f"{f}: {vg.line()}: majority {vg.majority:,}, not 4,261.",
    )
    mg = g["Montgomeryshire and Glyndŵr"]
    k.claim(
        "Craig Williams, the prime minister's former aide caught up in the betting row, came third",
        mg.place("Williams") == 3,
        f"{f}: {mg.line()}.",
    )
    narrow = sorted(wales, key=lambda s: s.majority)
    ym = g["Ynys Môn"]
    k.claim(
        "Ynys Môn produced the narrowest result in Wales, with Virginia Crosbie ousted by Plaid's "
        "Llinos Medi by 637 votes",
        narrow[0].name == "Ynys Môn"
        and ym.result == "PC gain from Con"
        and ym.place("Crosbie") == 2
        and ym.majority == 637,
        f"{f}: {ym.line()}; next narrowest in Wales {narrow[1].name} {narrow[1].majority:,}.",
    )
    cn = g["Clwyd North"]
    k.claim(
        "In Clwyd North, Darren Millar fell short by 1,169",
        cn.place("Millar") == 2 and cn.majority == 1169,
        f"{f}: {cn.line()}: majority {cn.majority:,}, not 1,169.",
    )
    dm = g["Dwyfor Meirionnydd"]
    k.claim(
        "Dwyfor Meirionnydd gave Liz Saville Roberts the largest majority in Wales, 15,876",
        narrow[-1].name == "Dwyfor Meirionnydd" and dm.majority == 15876,
        f"{f}: {dm.line()}; next largest in Wales {narrow[-2].name} {narrow[-2].majority:,}.",
    )
    ruk_top = sorted(wales, key=lambda s: -s.share("RUK"))
    ll = g["Llanelli"]
    k.claim(
        "Reform's strongest Welsh result came in Llanelli, where it came within 1,504 votes of "
        "Labour's Nia Griffith",
        ruk_top[0].name == "Llanelli" and ll.ranked()[1].party == "RUK" and ll.majority == 1504,
        f"{f}: {ll.line()}; RUK shares in Wales: "
        + ", ".join(f"{s.name} {pct(s.share('RUK'))}" for s in ruk_top[:3])
        + ".",
    )
    bj = g["Bridgend"]
    k.claim(
        "In Bridgend, Reform pushed the Conservatives into third",
        bj.ranked()[1].party == "RUK" and bj.ranked()[2].party == "Con",
        f"{f}: {bj.line()}.",
    )
    turn, turn19 = t["_valid"] / t["_electorate"], t19["_valid"] / t19["_electorate"]
    k.claim(
        "Turnout across Wales fell to 56.2 per cent, from 66.6 per cent five years earlier",
        round(100 * turn, 1) == 56.2 and round(100 * turn19, 1) == 66.6,
        f"{f}: Wales valid {t['_valid']:,} / electorate {t['_electorate']:,} = {pct(turn)}; "
        f"{f19}: {t19['_valid']:,} / {t19['_electorate']:,} = {pct(turn19)}.",
    )
    low = sorted(wales, key=lambda s: s.turnout)
    k.claim(
        "Merthyr Tydfil and Aberdare had the lowest turnout in Wales",
        low[0].name == "Merthyr Tydfil and Aberdare",
        f"{f}: lowest turnouts in Wales: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in low[:3])
        + ".",
    )
    k.claim(
        "Labour's 27 seats came on fewer than half a million votes",
        t["Lab"] < 500_000,
        f"{f}: Wales Lab votes {t['Lab']:,}.",
    )
    k.claim(
        "His party still holds 16 of the 60 seats in the Senedd",
        None,
        "Senedd seats; the files hold Westminster results only",
    )
