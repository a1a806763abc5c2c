"""hung-parliament-snap-election-wire: the 2017 election as a wire report with a dateline and no
year."""

from __future__ import annotations

import csv

from .._key import Key, pct, story
from .._raw import (
    BYPARL,
    ELECTIONS,
    by_election,
    general,
    hist_line,
    hist_national,
    hist_seat,
    maiden,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "hung-parliament-snap-election-wire"


def _declared(year_parl: int) -> list[tuple[str, str]]:
    """(sortable declaration time, seat) from S-CON column 7 'dd/mm/yyyy hh:mm'."""
    path = BYPARL / str(year_parl) / "general-election" / "constituencies.csv"
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return sorted((f"{r[7][6:10]}-{r[7][3:5]}-{r[7][:2]} {r[7][11:]}", r[2]) for r in rows)


@story(NAME)
def key(k: Key) -> None:
    g, g15 = general(2017), general(2015)
    f17, f15 = pseph_name(2017), pseph_name(2015)
    w, w15 = seats_won(2017), seats_won(2015)
    k.claim(
        "the Conservatives had 317 seats, 13 fewer than at the last election and nine short of "
        "the 326 needed for a majority",
        w["Con"] == 317 and w15["Con"] - w["Con"] == 13 and 326 - w["Con"] == 9,
        f"{f17}: First party Con in {w['Con']} of 650 rows; {f15}: {w15['Con']}; "
        f"326 is a bare majority of 650; 326 - {w['Con']} = {326 - w['Con']}.",
    )
    k.claim(
        "May said she would form a government with the support of Northern Ireland's "
        "Democratic Unionist Party",
        None,
        "statement about forming a government; not in the results files",
    )
    k.claim(
        "Labour won 262 seats, up 30",
        w["Lab"] == 262 and w["Lab"] - w15["Lab"] == 30,
        f"{f17}: Lab first in {w['Lab']} rows; {f15}: {w15['Lab']}; +{w['Lab'] - w15['Lab']}.",
    )
    t, t15 = totals(2017), totals(2015)
    d = share_of(t, "Lab") - share_of(t15, "Lab")
    rises = {}
    for a, b in zip(ELECTIONS[:-3], ELECTIONS[1:-2], strict=False):  # changes up to 2015
        ha, hb = hist_national(a), hist_national(b)
        rises[b] = hb["lab"] / hb["_total"] - ha["lab"] / ha["_total"]
    bigger = {e: v for e, v in rises.items() if v >= d}
    k.claim(
        "Its share of the vote rose by almost 10 points to 40 per cent, the party's biggest "
        "increase since 1945",
        9 < 100 * d < 10 and round(100 * share_of(t, "Lab")) == 40 and max(bigger) == "1945",
        f"{f17} Lab {t['Lab']:,} / {t['_valid']:,} = {pct(share_of(t, 'Lab'))}; {f15} "
        f"{pct(share_of(t15, 'Lab'))}; {100 * d:+.2f} points. CBP-8647 Lab share changes at "
        f"least as large: "
        + ", ".join(f"{e} {100 * v:+.2f}" for e, v in bigger.items())
        + f"; the largest since 1945 was 1997 ({100 * rises['1997']:+.2f}).",
    )
    con = {e: hist_national(e)["con"] / hist_national(e)["_total"] for e in ELECTIONS[18:-1]}
    k.claim(
        "The Conservatives took 42.3 per cent, their highest share since 1983",
        round(100 * share_of(t, "Con"), 1) == 42.3
        and con["1983"] > share_of(t, "Con")
        and all(v < share_of(t, "Con") for e, v in con.items() if "1983" < e < "2017"),
        f"{f17} Con {t['Con']:,} / {t['_valid']:,} = {pct(share_of(t, 'Con'))}. CBP-8647 Con: "
        + ", ".join(f"{e} {pct(v)}" for e, v in con.items())
        + "; 1983 is the last higher.",
    )
    k.claim(
        "The Scottish National Party won 35 seats, losing 21",
        w["SNP"] == 35 and w15["SNP"] - w["SNP"] == 21,
        f"{f17}: SNP first in {w['SNP']} rows; {f15}: {w15['SNP']}.",
    )
    k.claim(
        "the Liberal Democrats won 12, four more than two years ago",
        w["LD"] == 12 and w["LD"] - w15["LD"] == 4,
        f"{f17}: LD first in {w['LD']} rows; {f15}: {w15['LD']}.",
    )
    k.claim(
        "The UK Independence Party lost its only seat, Clacton",
        w15["UKIP"] == 1 and g15["Clacton"].first == "UKIP" and g["Clacton"].first != "UKIP",
        f"{f15}: UKIP first in {w15['UKIP']} row (Clacton, '{g15['Clacton'].result}'); "
        f"{f17} Clacton '{g['Clacton'].result}'; UKIP first in {w['UKIP']} rows.",
    )
    k.claim(
        "its vote share collapsed from 12.6 per cent to 1.8 per cent",
        round(100 * share_of(t15, "UKIP"), 1) == 12.6
        and round(100 * share_of(t, "UKIP"), 1) == 1.8,
        f"UKIP {f15} {t15['UKIP']:,} / {t15['_valid']:,} = {pct(share_of(t15, 'UKIP'))}; "
        f"{f17} {t['UKIP']:,} / {t['_valid']:,} = {pct(share_of(t, 'UKIP'))}.",
    )
    to = t["_valid"] / t["_electorate"]
    past = {
        e: hist_national(e)["_total_contested"] / hist_national(e)["_electorate_contested"]
        for e in ELECTIONS[20:-2]
    }
    k.claim(
        "Turnout was 68.8 per cent, the highest since 1997",
        round(100 * to, 1) == 68.8
        and past["1997"] > to
        and all(v < to for e, v in past.items() if e > "1997"),
        f"{f17}: {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}. CBP-8647 turnout: "
        + ", ".join(f"{e} {pct(v)}" for e, v in past.items())
        + ".",
    )
    from_con = [s.name for s in g.values() if s.result == "Lab gain from Con"]
    k.claim(
        "Labour gained 30 seats from the Conservatives",
        len(from_con) == 30,
        f"{f17}: Result 'Lab gain from Con' in {len(from_con)} rows, not 30 (30 is Labour's net "
        "change in seats, 232 -> 262).",
    )
    cb = hist_seat("Kent Canterbury", "Canterbury")
    k.claim(
        "It won Canterbury, which had voted Conservative at every election since 1918, by 187 "
        "votes",
        all(h.winner == "con" for h in cb if h.election < "2017")
        and g["Canterbury"].first == "Lab"
        and g["Canterbury"].majority == 187,
        f"CBP-8647 Kent Canterbury / Canterbury: {hist_line(cb)}. {f17} {g['Canterbury'].line()}.",
    )
    k.claim(
        "took Crewe and Nantwich by 48",
        g["Crewe and Nantwich"].result == "Lab gain from Con"
        and g["Crewe and Nantwich"].majority == 48,
        f"{f17} {g['Crewe and Nantwich'].line()}.",
    )
    last = _declared(57)[-1]
    k.claim(
        "Kensington, the last seat to declare, went to Labour by 20 votes",
        last[1] == "Kensington"
        and g["Kensington"].first == "Lab"
        and g["Kensington"].majority == 20,
        f"{f17} constituencies, Declaration time: latest is {last[1]} at {last[0]}. "
        f"{g['Kensington'].line()}.",
    )
    k.claim("after three recounts", None, "recounts are not recorded in the results files")
    kn = hist_seat("Kensington")
    rpk = hist_seat("Regent'S Park & Kensington North")
    north = hist_seat("Kensington North")
    k.claim(
        "It was the first time the west London seat had elected a Labour MP",
        "depends",
        f"CBP-8647 'Kensington' ({', '.join(h.election for h in kn)}): {hist_line(kn)}, so the "
        "seat of that name never elected Labour before 2017. But the 2010 Kensington seat took in "
        f"wards of Regent's Park & Kensington North ({hist_line(rpk)}), and Kensington North "
        f"was Labour from 1945 to 1970 ({hist_line(north)}). True of the seat's name, false of "
        "its predecessors.",
    )
    mf = hist_seat("Nottinghamshire Mansfield", "Mansfield")
    k.claim(
        "In Mansfield, which had returned Labour MPs at every election since 1918",
        all(h.winner == "lab" for h in mf if h.election < "2017"),
        f"CBP-8647 Nottinghamshire Mansfield / Mansfield: {hist_line(mf)}. The Liberals won it in 1922, so Labour's run "
        "began in 1923.",
    )
    k.claim(
        "the Conservatives won by 1,057 votes",
        g["Mansfield"].result == "Con gain from Lab" and g["Mansfield"].majority == 1057,
        f"{f17} {g['Mansfield'].line()}.",
    )
    sc = {e: int(hist_national(e, "Scotland").get("won_con", 0)) for e in ELECTIONS[17:-2]}
    ws = seats_won(2017, country="Scotland")
    from_snp = [s.name for s in g.values() if s.result == "Con gain from SNP"]
    k.claim(
        "In Scotland the Conservatives won 13 seats, their best result there since 1983",
        ws["Con"] == 13 and sc["1983"] > 13 and all(v < 13 for e, v in sc.items() if e > "1983"),
        f"{f17}, Country name Scotland: Con first in {ws['Con']} rows. CBP-8647 Scotland Con "
        "seats: " + ", ".join(f"{e} {v}" for e, v in sc.items()) + ".",
    )
    k.claim(
        "taking 12 of them from the SNP",
        len(from_snp) == 12,
        f"{f17}: Result 'Con gain from SNP' in {len(from_snp)} rows.",
    )
    sm = maiden("Alex Salmond")
    k.claim(
        "Alex Salmond lost Gordon by 2,607 votes",
        g["Gordon"].ranked()[1].surname == "Salmond" and g["Gordon"].majority == 2607,
        f"{f17} {g['Gordon'].line()} (Salmond's maiden speech: {sm[0]['Parliament']}).",
    )
    k.claim(
        "Angus Robertson lost Moray by more than 5,000",
        g["Moray"].majority > 5000,
        f"{f17} {g['Moray'].line()}: 4,159, not more than 5,000.",
    )
    uk = sorted(g.values(), key=lambda s: s.majority)
    k.claim(
        "The SNP held North East Fife by two votes, the narrowest result in the country",
        uk[0].name == "North East Fife" and uk[0].majority == 2 and uk[0].result == "SNP hold",
        f"{f17} smallest Majority of 650: "
        + ", ".join(f"{s.name} {s.majority}" for s in uk[:3])
        + f"; {uk[0].line()}.",
    )
    scot = sorted((s for s in g.values() if s.country == "Scotland"), key=lambda s: s.majority)
    k.claim(
        "Pete Wishart clung on in Perth and North Perthshire by 21 votes, the narrowest result in "
        "Scotland",
        scot[0].name == "Perth and North Perthshire",
        f"{f17}, 59 Scottish rows, smallest Majority: "
        + ", ".join(f"{s.name} {s.majority}" for s in scot[:3])
        + ". Perth (21) was second to North East Fife (2).",
    )
    cl = maiden("Nick Clegg")
    sh = g["Sheffield, Hallam"]
    k.claim(
        "Nick Clegg, first elected in 2005, lost Sheffield Hallam to Labour by 2,125 votes",
        cl[0]["Parliament"].startswith("2005") and sh.first == "Lab" and sh.majority == 2125,
        f"maiden-speeches.csv: Nick Clegg, {cl[0]['Constituency']}, parliament "
        f"{cl[0]['Parliament']}. {f17} {sh.line()}.",
    )
    rp, rpb = g["Richmond Park"], by_election("Richmond Park")
    k.claim(
        "Zac Goldsmith won back Richmond Park for the Conservatives by 45 votes",
        rp.first == "Con" and rp.majority == 45 and rpb.first == "LD",
        f"PSEPH 56 by-elections ({rpb.date}): {rpb.line()}. {f17} {rp.line()}.",
    )
    hr = g["Hastings and Rye"]
    k.claim(
        "Amber Rudd held Hastings and Rye by 346 votes",
        hr.result == "Con hold" and hr.majority == 346,
        f"{f17} {hr.line()}.",
    )
    k.claim(
        "Sterling fell more than 1.5 per cent against the dollar",
        None,
        "currency markets; not in the results files",
    )
