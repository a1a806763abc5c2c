"""wales-tory-gains-north-wales-weekly: Wales at the 2019 election, as a local weekly with no
year printed."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    by_election,
    general,
    hist_line,
    hist_national,
    hist_seat,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "wales-tory-gains-north-wales-weekly"
W = "Wales"


@story(NAME)
def key(k: Key) -> None:
    g, g17 = general(2019), general(2017)
    f19, f17 = pseph_name(2019), pseph_name(2017)
    wales = [s for s in g.values() if s.country == W]
    taken = ["Wrexham", "Ynys Môn", "Clwyd South", "Delyn", "Vale Of Clwyd"]  # file spelling
    k.claim(
        "the Conservatives took Wrexham, Ynys Môn, Clwyd South, Delyn and the Vale of Clwyd",
        all(g[n].result == "Con gain from Lab" for n in taken),
        f"{f19}: " + "; ".join(f"{n} '{g[n].result}'" for n in taken) + ".",
    )
    won, won17 = seats_won(2019, country=W), seats_won(2017, country=W)
    gains = [s.name for s in wales if s.result.startswith("Con gain")]
    bb = by_election("Brecon and Radnorshire")
    k.claim(
        "the Conservatives made seven gains",
        "depends",
        f"{f19}, Country name Wales: Result 'Con gain ...' in {len(gains)} rows "
        f"({', '.join(sorted(gains))}); Brecon and Radnorshire is '{g['Brecon and Radnorshire'].result}' "
        f"because the official result is measured against 2017, but the Liberal Democrats had "
        f"won the seat at the by-election of {bb.date} ({bb.result}), so against the seats held "
        "at dissolution the Conservatives gained seven. Six on the official basis, seven on the "
        "other.",
    )
    hist = {e: int(hist_national(e, W).get("won_con", 0)) for e in ELECTIONS[18:-1]}
    k.claim(
        "finishing with 14 seats, their best result since 1983",
        won["Con"] == 14
        and hist["1983"] >= 14
        and all(v < 14 for e, v in hist.items() if e > "1983"),
        f"{f19} Wales: {dict(won)}. CBP-8647 Wales Con seats: "
        + ", ".join(f"{e} {v}" for e, v in hist.items())
        + ".",
    )
    lab = {e: int(hist_national(e, W).get("won_lab", 0)) for e in ELECTIONS[:-1]}
    lower = {e: v for e, v in lab.items() if v < 22}
    k.claim(
        "Labour won 22, its lowest tally since the 1918 election",
        won["Lab"] == 22 and not [e for e in lower if e > "1918"],
        f"{f19} Wales: Lab first in {won['Lab']} rows. CBP-8647 Wales Lab seats below 22: "
        + ", ".join(f"{e} {v}" for e, v in lower.items())
        + "; 1983 (20) is more recent than 1918, so it was the lowest since 1983.",
    )
    k.claim(
        "Plaid Cymru held its four seats",
        won["PC"] == 4
        and won17["PC"] == 4
        and all(g[s.name].first == "PC" for s in g17.values() if s.first == "PC"),
        f"{f19} Wales: PC first in {won['PC']} rows, the same four as {f17} "
        "(Arfon, Carmarthen East and Dinefwr, Ceredigion, Dwyfor Meirionnydd).",
    )
    k.claim(
        "the Liberal Democrats were wiped out",
        won["LD"] == 0,
        f"{f19} Wales: LD first in {won['LD']} rows (Brecon and Radnorshire, won at the 2019 "
        f"by-election, went to the Conservatives).",
    )
    t, t17 = totals(2019, country=W), totals(2017, country=W)
    dl = share_of(t, "Lab") - share_of(t17, "Lab")
    k.claim(
        "Labour still topped the poll with 40.9 per cent of the vote, but that was down eight "
        "points on two years ago",
        round(100 * share_of(t, "Lab"), 1) == 40.9 and round(100 * dl) == -8,
        f"Wales Lab {f19} {t['Lab']:,} / {t['_valid']:,} = {pct(share_of(t, 'Lab'))}; "
        f"{f17} {pct(share_of(t17, 'Lab'))}; {100 * dl:+.2f} points.",
    )
    dc = share_of(t, "Con") - share_of(t17, "Con")
    k.claim(
        "The Conservatives took 36.1 per cent, up two and a half points",
        round(100 * share_of(t, "Con"), 1) == 36.1 and abs(100 * dc - 2.5) < 0.1,
        f"Wales Con {f19} {t['Con']:,} / {t['_valid']:,} = {pct(share_of(t, 'Con'))}; "
        f"{f17} {pct(share_of(t17, 'Con'))}; {100 * dc:+.2f} points.",
    )
    k.claim(
        "the Brexit Party won more than 100,000 votes in Wales",
        t["BRX"] > 100000,
        f"{f19} candidacies, Wales: BRX {t['BRX']:,} votes, not more than 100,000.",
    )
    k.claim(
        "Mark Drakeford said Welsh Labour would",
        None,
        "statement; not in the results files",
    )
    wx = hist_seat("Denbighshire Wrexham", "Wrexham")
    k.claim(
        "In Wrexham, a Labour seat at every election since 1935",
        all(h.winner == "lab" for h in wx if "1935" <= h.election <= "2017"),
        f"CBP-8647 Denbighshire Wrexham / Wrexham: {hist_line(wx)}.",
    )
    k.claim(
        "Sarah Atherton won with a majority of 2,131",
        g["Wrexham"].majority == 2131 and g["Wrexham"].ranked()[0].surname == "Atherton",
        f"{f19} {g['Wrexham'].line()}.",
    )
    k.claim(
        "delighted and privileged",
        None,
        "quotation, and a claim about every earlier Welsh MP's gender, which no file here "
        "covers before 2010",
    )
    ym = g["Ynys Môn"]
    k.claim(
        "Virginia Crosbie took Ynys Môn by 1,968 votes, with Plaid Cymru pushed into third place",
        ym.majority == 1968 and ym.ranked()[2].party == "PC",
        f"{f19} {ym.line()}.",
    )
    k.claim(
        "Delyn fell by 865 votes",
        g["Delyn"].result.startswith("Con gain") and g["Delyn"].majority == 865,
        f"{f19} {g['Delyn'].line()}.",
    )
    bg = g["Bridgend"]
    k.claim(
        "Jamie Wallis beat Madeleine Moon by 1,157 votes",
        bg.ranked()[0].surname == "Wallis"
        and bg.ranked()[1].surname == "Moon"
        and bg.majority == 1157,
        f"{f19} {bg.line()}.",
    )
    narrow = sorted(wales, key=lambda s: s.majority)
    k.claim(
        "Mark Tami clung on in Alyn and Deeside by 213 votes, the narrowest result in Wales",
        narrow[0].name == "Alyn and Deeside" and narrow[0].majority == 213,
        f"{f19}, 40 Welsh rows, smallest Majority: "
        + ", ".join(f"{s.name} {s.majority}" for s in narrow[:3])
        + ".",
    )
    k.claim(
        "Arfon, which Plaid won by just 92 votes two years ago",
        g17["Arfon"].first == "PC" and g17["Arfon"].majority == 92,
        f"{f17} {g17['Arfon'].line()}.",
    )
    small = sorted(wales, key=lambda s: s.electorate)
    k.claim(
        "which has the smallest electorate in Wales",
        small[0].name == "Arfon",
        f"{f19} Electorate, smallest in Wales: "
        + ", ".join(f"{s.name} {s.electorate:,}" for s in small[:3])
        + ".",
    )
    k.claim(
        "Hywel Williams extended his majority to almost 2,000",
        1800 <= g["Arfon"].majority < 2000,
        f"{f19} {g['Arfon'].line()}: 2,781, well over 2,000.",
    )
    big = sorted(wales, key=lambda s: -s.majority)
    k.claim(
        "Labour's Jo Stevens won Cardiff Central by 17,179 votes, the biggest majority in Wales",
        big[0].name == "Cardiff Central" and big[0].majority == 17179,
        f"{f19} largest Welsh Majority: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + f"; {big[0].line()}.",
    )
    to, to17 = t["_valid"] / t["_electorate"], t17["_valid"] / t17["_electorate"]
    k.claim(
        "Turnout across Wales was 66.6 per cent, down two points",
        round(100 * to, 1) == 66.6 and round(100 * (to - to17)) == -2,
        f"Wales valid / electorate: {f19} {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}; "
        f"{f17} {pct(to17)}; {100 * (to - to17):+.2f} points.",
    )
    turn = sorted(wales, key=lambda s: -s.turnout)
    k.claim(
        "Monmouth recorded the highest turnout in Wales",
        turn[0].name == "Monmouth",
        f"{f19} valid / electorate, highest in Wales: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in turn[:3])
        + ".",
    )
