"""snp-eleven-october-1974-feature: a feature (years named) on the October 1974 election in
Scotland and Wales, from CBP-8647 only (Scotland and Wales rows; seats counted over single-member
rows; the SNP and Plaid Cymru are the file's natSW group). Coverage read: The National, Oct 2024,
"General election: the SNP came of age"; Rose and Shephard, "The Long and the Short of the SNP
Breakthrough" ("In October 1974 the SNP won 11 seats and its share of the Scottish vote reached
30%, only six percentage points less than the Labour vote"); Jaensch, "The Scottish Vote 1974"
("less than a quarter of the Scottish vote in October 1974")."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_line, hist_national, hist_seat, hist_share, history

NAME = "snp-eleven-october-1974-feature"
CBP = "CBP-8647"
E, F = "1974O", "1974F"


def _rows(election: str, country: str) -> list:
    return [h for h in history() if h.election == election and h.country == country]


def _at(name: str, election: str):
    return next(h for h in hist_seat(name) if h.election == election)


@story(NAME)
def key(k: Key) -> None:
    sc, sf = hist_national(E, "Scotland"), hist_national(F, "Scotland")
    rows = _rows(E, "Scotland")
    k.claim(
        "The party won 11 of Scotland's 71 seats, up from seven in February",
        sc["won_natSW"] == 11 and len(rows) == 71 and sf["won_natSW"] == 7,
        f"{CBP} Scotland natSW seats: {F} {sf['won_natSW']:.0f}, {E} {sc['won_natSW']:.0f} of "
        f"{len(rows)} rows.",
    )
    k.claim(
        "a record that would stand for four decades",
        max(hist_national(e, "Scotland").get("won_natSW", 0) for e in ELECTIONS[17:25]) < 11
        and hist_national("2015", "Scotland")["won_natSW"] > 11,
        f"{CBP} Scotland natSW seats 1979-2015: "
        + ", ".join(f"{e} {hist_national(e, 'Scotland').get('won_natSW', 0):.0f}"
                    for e in ELECTIONS[17:26])
        + ".",
    )  # fmt: skip
    snp, lab = hist_share(E, "natSW", "Scotland"), hist_share(E, "lab", "Scotland")
    k.claim(
        "Its share of the Scottish vote reached 30.4 per cent, only six percentage points less "
        "than Labour's",
        round(100 * snp, 1) == 30.4 and round(100 * (lab - snp)) == 6,
        f"{CBP} {E} Scotland: natSW {sc['natSW']:,.0f} / {sc['_total']:,.0f} = {pct(snp)}; "
        f"lab {pct(lab)}.",
    )
    k.claim(
        "it polled 839,617 votes",
        sc["natSW"] == 839617,
        f"{CBP} {E} Scotland natSW votes {sc['natSW']:,.0f}.",
    )
    sec = [h.name for h in rows if sorted(h.votes, key=lambda p: -h.votes[p])[1] == "natSW"]
    k.claim(
        "The SNP finished second in 42 seats",
        len(sec) == 42,
        f"{CBP} {E} Scotland: natSW second in {len(sec)} rows.",
    )
    k.claim(
        "Labour won 41 Scottish seats, up one on February",
        sc["won_lab"] == 41 and sf["won_lab"] == 40,
        f"{CBP} Scotland lab seats: {F} {sf['won_lab']:.0f}; {E} {sc['won_lab']:.0f}.",
    )
    labf = hist_share(F, "lab", "Scotland")
    k.claim(
        "its Scottish share edged up to 36.3 per cent",
        lab > labf and round(100 * lab, 1) == 36.3,
        f"{CBP} Scotland lab share: {F} {pct(labf)}; {E} {pct(lab)} (down, not up).",
    )
    con = hist_share(E, "con", "Scotland")
    k.claim(
        "down from 21 seats to 16, their share fell to 24.7 per cent",
        sf["won_con"] == 21 and sc["won_con"] == 16 and round(100 * con, 1) == 24.7,
        f"{CBP} Scotland con: {F} {sf['won_con']:.0f} seats, {E} {sc['won_con']:.0f}, share "
        f"{pct(con)}.",
    )
    earlier = {e: hist_share(e, "con", "Scotland") for e in ELECTIONS[: ELECTIONS.index(E)]}
    k.claim(
        "the party's lowest in Scotland since 1918",
        con < 0.25 and all(v > con for v in earlier.values()),
        f"{CBP} Scotland con shares: "
        + ", ".join(f"{e} {pct(v)}" for e, v in earlier.items() if v < 0.34)
        + f"; {E} {pct(con)}.",
    )
    k.claim(
        "The Liberals held on to their three seats",
        sc["won_lib"] == 3 and sf["won_lib"] == 3,
        f"{CBP} Scotland lib seats: {F} {sf['won_lib']:.0f}; {E} {sc['won_lib']:.0f}.",
    )
    de = _at("Dunbartonshire East", E)
    nar = sorted(rows, key=lambda h: h.majority)
    k.claim(
        "Margaret Bain took East Dunbartonshire from the Conservatives by 22 votes, the narrowest "
        "result in Scotland",
        de.winner == "natSW"
        and _at("Dunbartonshire East", F).winner == "con"
        and de.majority == 22
        and nar[0].name == de.name,
        f"{CBP} Dunbartonshire East {F} {_at('Dunbartonshire East', F).winner}, {E} {de.votes}; "
        "narrowest: " + ", ".join(f"{h.name} {h.majority:,}" for h in nar[:3]) + ".",
    )
    ga = _at("Galloway", E)
    k.claim(
        "George Thompson won Galloway by 30",
        ga.winner == "natSW" and ga.majority == 30,
        f"{CBP} Galloway {E}: {ga.votes}.",
    )
    k.claim(
        "the seat Sir Alec Douglas-Home had held as prime minister",
        None,
        "A former MP's career: not in the files.",
    )
    kw = _at("Kinross And West Perthshire", E)
    k.claim(
        "the Conservatives clung on by just 53 votes over the Nationalists",
        kw.winner == "con"
        and kw.majority == 53
        and sorted(kw.votes, key=lambda p: -kw.votes[p])[1] == "natSW",
        f"{CBP} Kinross And West Perthshire {E}: {kw.votes}.",
    )
    cs = _at("Clackmannan And Stirlingshire East", E)
    k.claim(
        "George Reid won Clackmannan and East Stirlingshire with a majority of 7,431 and more "
        "than half the vote",
        cs.winner == "natSW" and cs.majority == 7431 and cs.votes["natSW"] / cs.total > 0.5,
        f"{CBP} Clackmannan And Stirlingshire East {E}: {cs.votes}, total {cs.total:,}; "
        f"majority {cs.majority:,} (7,341, not 7,431).",
    )
    dd = _at("Dundee East", E)
    k.claim(
        "Gordon Wilson held Dundee East by 6,983",
        dd.winner == "natSW" and _at("Dundee East", F).winner == "natSW" and dd.majority == 6983,
        f"{CBP} Dundee East {F} {_at('Dundee East', F).winner}; {E} {dd.votes}.",
    )
    wi = hist_seat("Western Isles")
    w70 = _at("Western Isles", "1970")
    k.claim(
        "who had first taken the Western Isles for the SNP in 1970",
        w70.winner == "natSW" and all(h.winner != "natSW" for h in wi if h.election < "1970"),
        f"{CBP} Western Isles: {hist_line(wi)}.",
    )
    wie = _at("Western Isles", E)
    best = max((h for h in rows if h.winner == "natSW"), key=lambda h: h.votes["natSW"] / h.total)
    k.claim(
        "won 61.4 per cent there, the party's best share anywhere",
        round(100 * wie.votes["natSW"] / wie.total, 1) == 61.4 and best.name == "Western Isles",
        f"{CBP} {E} Western Isles natSW {wie.votes['natSW']:,} / {wie.total:,}; best natSW "
        f"share: {best.name}.",
    )
    mn, mnf = _at("Moray And Nairn", E), _at("Moray And Nairn", F)
    k.claim(
        "Winnie Ewing's majority in Moray and Nairn fell to 367 from 1,817 in February",
        mn.winner == mnf.winner == "natSW" and mn.majority == 367 and mnf.majority == 1817,
        f"{CBP} Moray And Nairn: {F} {mnf.votes}; {E} {mn.votes}.",
    )
    k.claim(
        "The party's slogan, \"It's Scotland's oil\", had been coined for the February campaign",
        None,
        "A campaign slogan: not in the files.",
    )
    # turnout over contested Scottish rows
    tof = sf["_total_contested"] / sf["_electorate_contested"]
    toe = sc["_total_contested"] / sc["_electorate_contested"]
    k.claim(
        "Turnout in Scotland fell by more than five points, to 74.8 per cent",
        tof - toe > 0.05 and round(100 * toe, 1) == 74.8,
        f"{CBP} Scotland votes / electorate: {F} {pct(tof)}; {E} {pct(toe)} (down "
        f"{100 * (tof - toe):.2f} points).",
    )
    wa = hist_national(E, "Wales")
    k.claim(
        "In Wales, Plaid Cymru won three seats",
        wa["won_natSW"] == 3,
        f"{CBP} {E} Wales natSW seats {wa['won_natSW']:.0f}.",
    )
    ca, caf = _at("Carmarthen", E), _at("Carmarthen", F)
    k.claim(
        "Gwynfor Evans took Carmarthen by 3,640 votes, having lost it by just three votes in "
        "February",
        ca.winner == "natSW" and ca.majority == 3640 and caf.winner == "lab" and caf.majority == 3,
        f"{CBP} Carmarthen: {F} {caf.votes}; {E} {ca.votes}.",
    )
    pc = hist_share(E, "natSW", "Wales")
    k.claim(
        "Plaid's share of the Welsh vote rose to 11.8 per cent",
        round(100 * pc, 1) == 11.8,
        f"{CBP} Wales natSW: {F} {pct(hist_share(F, 'natSW', 'Wales'))}; {E} {pct(pc)}.",
    )
    wrows = _rows(E, "Wales")
    wl = hist_share(E, "lab", "Wales")
    k.claim(
        "Labour won 23 of the 36 Welsh seats with 49.5 per cent of the vote",
        wa["won_lab"] == 23 and len(wrows) == 36 and round(100 * wl, 1) == 49.5,
        f"{CBP} {E} Wales: lab {wa['won_lab']:.0f} of {len(wrows)} rows, share {pct(wl)}.",
    )
