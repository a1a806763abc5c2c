"""wilsons-high-tide-wales-scotland-1966-feature: an anniversary feature (years named) on the 1966
election in Wales and Scotland, from CBP-8647 only (Wales and Scotland rows; 1966 against 1964 by
seat name; party groups con, lib, lab, natSW, oth; by-elections are not in the file)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, HistRow, hist_line, hist_national, hist_seat, hist_share, history

NAME = "wilsons-high-tide-wales-scotland-1966-feature"
CBP = "CBP-8647"
W, S = "Wales", "Scotland"


def _rows(e: str, c: str) -> dict[str, HistRow]:
    return {h.name: h for h in history() if h.election == e and h.country == c}


def _to(h: dict[str, float]) -> float:
    return h["_total_contested"] / h["_electorate_contested"]


def _sh(h: HistRow, p: str) -> float:
    return h.votes[p] / h.total


@story(NAME)
def key(k: Key) -> None:
    w66, w64 = hist_national("1966", W), hist_national("1964", W)
    s66, s64 = hist_national("1966", S), hist_national("1964", S)
    w59 = hist_national("1959", W)
    rw, rw0 = _rows("1966", W), _rows("1964", W)
    rs, rs0 = _rows("1966", S), _rows("1964", S)
    wlab = {e: int(hist_national(e, W).get("won_lab", 0)) for e in ELECTIONS}
    later = ELECTIONS[ELECTIONS.index("1966") + 1 :]
    k.claim(
        "Labour won 32 of Wales's 36 seats, a tally the party has never matched in Wales since",
        wlab["1966"] == 32 and len(rw) == 36 and all(wlab[e] < 32 for e in later),
        f"{CBP} Wales won_lab: " + ", ".join(f"{e} {wlab[e]}" for e in ELECTIONS[13:]) + ".",
    )
    lab, lab0 = hist_share("1966", "lab", W), hist_share("1964", "lab", W)
    allsh = {e: hist_share(e, "lab", W) for e in ELECTIONS}
    k.claim(
        "with 60.7 per cent of the Welsh vote, up three points on 1964 and its highest share there "
        "in any election since 1918",
        round(100 * lab, 1) == 60.7
        and round(100 * (lab - lab0)) == 3
        and max(allsh, key=lambda e: allsh[e]) == "1966",
        f"{CBP} Wales lab share: 1964 {pct(lab0)}, 1966 {pct(lab)}; highest of 1918-2019: "
        f"{max(allsh, key=lambda e: allsh[e])}.",
    )
    con_w = sorted(n for n, h in rw.items() if h.winner == "con")
    k.claim(
        "The Conservatives were left with three Welsh seats, down from six: Barry, Denbigh and West "
        "Flintshire",
        w66["won_con"] == 3
        and w64["won_con"] == 6
        and con_w == ["Barry", "Denbigh", "West Flintshire"],
        f"{CBP} Wales con seats 1964 {w64['won_con']:.0f}, 1966 {w66['won_con']:.0f}: {con_w}.",
    )
    mo = rw["Montgomery"]
    k.claim(
        "Montgomery stayed Liberal",
        mo.winner == "lib" and rw0["Montgomery"].winner == "lib",
        f"{CBP} Montgomery: 1964 {rw0['Montgomery'].winner}, 1966 {mo.winner}.",
    )
    gains = sorted(n for n in rw if rw0[n].winner != "lab" and rw[n].winner == "lab")
    k.claim(
        "Labour took four Welsh seats: Cardiff North, Conway, Monmouth and Cardigan",
        gains == ["Cardiff North", "Cardigan", "Conway", "Monmouth"],
        f"{CBP} Wales, Labour in 1966 and not in 1964: {gains}.",
    )
    cg = hist_seat("Cardiganshire", "Cardigan")
    before = [h for h in cg if ELECTIONS.index(h.election) < ELECTIONS.index("1966")]
    k.claim(
        "Liberal at every election from 1918 to 1964",
        None
        if any(h.winner == "oth" for h in before)
        else len(before) == ELECTIONS.index("1966") and all(h.winner == "lib" for h in before),
        f"{CBP} Cardiganshire (to 1950) and Cardigan: {hist_line(cg)}: the 1918-1923 winners are "
        "in 'oth' (where the file puts Coalition and other Liberal splinters), so the party "
        "cannot be told from the file.",
    )
    k.claim(
        "Elystan Morgan won by 523 votes",
        rw["Cardigan"].winner == "lab" and rw["Cardigan"].majority == 523,
        f"{CBP} Cardigan 1966: {rw['Cardigan'].votes}; majority {rw['Cardigan'].majority:,}.",
    )
    k.claim(
        "Conway fell by 581",
        rw["Conway"].majority == 581,
        f"{CBP} Conway 1966: {rw['Conway'].votes}.",
    )
    k.claim(
        "Cardiff North by 627",
        rw["Cardiff North"].majority == 627,
        f"{CBP} Cardiff North 1966: {rw['Cardiff North'].votes}; majority "
        f"{rw['Cardiff North'].majority} (672: digits transposed).",
    )
    gb = [
        h for h in history() if h.election == "1966" and h.total and h.country != "Northern Ireland"
    ]
    best = max(gb, key=lambda h: _sh(h, "lab"))
    k.claim(
        "Abertillery gave Labour 88 per cent, its best share anywhere in Britain",
        best.name == "Abertillery" and round(100 * _sh(best, "lab")) == 88,
        f"{CBP} 1966, Great Britain: highest lab share {best.name} {pct(_sh(best, 'lab'))}.",
    )
    big = max(rw.values(), key=lambda h: h.majority)
    k.claim(
        "Ogmore had the largest majority in Wales, 26,673",
        big.name == "Ogmore" and big.majority == 26673,
        f"{CBP} Wales 1966 largest majority: {big.name} {big.majority:,}.",
    )
    pc = hist_share("1966", "natSW", W)
    pbest = max(rw.values(), key=lambda h: _sh(h, "natSW"))
    k.claim(
        "Plaid Cymru took 4.3 per cent of the Welsh vote, its best showing in Caernarvon with 21.7 "
        "per cent",
        round(100 * pc, 1) == 4.3
        and pbest.name == "Caernarvon"
        and round(100 * _sh(pbest, "natSW"), 1) == 21.7,
        f"{CBP} Wales 1966 natSW {pct(pc)}; best {pbest.name} {pct(_sh(pbest, 'natSW'))}.",
    )
    ca = rw["Carmarthen"]
    place = sorted(ca.votes, key=lambda p: -ca.votes[p]).index("natSW") + 1
    k.claim(
        "Gwynfor Evans, third in Carmarthen",
        place == 3,
        f"{CBP} Carmarthen 1966: {ca.votes}: natSW placed {place}.",
    )
    k.claim(
        "would win the seat at a by-election four months later",
        None,
        "A by-election: CBP-8647 holds general elections only.",
    )
    k.claim(
        "Welsh turnout was 79.0 per cent, down from 80.3 per cent in 1959",
        round(100 * _to(w66), 1) == 79.0 and round(100 * _to(w59), 1) == 80.3,
        f"{CBP} Wales turnout (votes / electorate, contested seats): 1959 {pct(_to(w59))}, 1964 "
        f"{pct(_to(w64))}, 1966 {pct(_to(w66))}: 80.3 is 1964's.",
    )
    k.claim(
        "where all 71 seats were contested, Labour won 46, three more than in 1964",
        len(rs) == 71 and all(h.total and not h.unopposed for h in rs.values())
        and s66["won_lab"] == 46 and s66["won_lab"] - s64["won_lab"] == 3,
        f"{CBP} Scotland 1966: {len(rs)} rows, unopposed "
        f"{[n for n, h in rs.items() if h.unopposed]}; lab {s66['won_lab']:.0f} (1964 "
        f"{s64['won_lab']:.0f}).",
    )  # fmt: skip
    slab = {e: hist_share(e, "lab", S) for e in ELECTIONS}
    k.claim(
        "with 49.9 per cent of the vote, its highest Scottish share before or since",
        round(100 * slab["1966"], 1) == 49.9 and max(slab, key=lambda e: slab[e]) == "1966",
        f"{CBP} Scotland lab share 1966 {pct(slab['1966'])}; next highest "
        f"{sorted(slab, key=lambda e: -slab[e])[1]} {pct(sorted(slab.values())[-2])}.",
    )
    uk = hist_share("1966", "lab")
    k.claim(
        "Scotland's 49.9 per cent compared with Labour's 48.0 across the UK",
        round(100 * uk, 1) == 48.0,
        f"{CBP} 1966 UK lab share {pct(uk)} (47.9 in the file; coverage's 48.0 is another count).",
    )
    con = hist_share("1966", "con", S)
    k.claim(
        "The Conservatives fell to 20, down four, on 37.6 per cent",
        s66["won_con"] == 20
        and s64["won_con"] - s66["won_con"] == 4
        and round(100 * con, 1) == 37.6,
        f"{CBP} Scotland con seats 1964 {s64['won_con']:.0f}, 1966 {s66['won_con']:.0f}; share "
        f"{pct(con)}.",
    )
    k.claim(
        "the Liberals won five",
        s66["won_lib"] == 5,
        f"{CBP} Scotland 1966 lib seats {s66['won_lib']:.0f}.",
    )
    cs = rs["Caithness And Sutherland"]
    low = min(rs.values(), key=lambda h: h.majority)
    k.claim(
        "Caithness and Sutherland was won from the Liberals by 64 votes, the narrowest result in "
        "Scotland",
        rs0[cs.name].winner == "lib"
        and cs.winner == "lab"
        and cs.majority == 64
        and low.name == cs.name,
        f"{CBP} Caithness And Sutherland 1964 {rs0[cs.name].winner}, 1966 {cs.votes}; narrowest "
        f"in Scotland: {low.name} {low.majority}.",
    )
    pe = rs["Edinburgh Pentlands"]
    k.claim(
        "the Conservatives held Edinburgh Pentlands by 44",
        pe.winner == "con" and rs0[pe.name].winner == "con" and pe.majority == 44,
        f"{CBP} Edinburgh Pentlands 1966: {pe.votes}.",
    )
    sb = max(rs.values(), key=lambda h: h.majority)
    k.claim(
        "Aberdeen North's 20,031 was the largest Scottish majority",
        sb.name == "Aberdeen North" and sb.majority == 20031,
        f"{CBP} Scotland 1966 largest majority: {sb.name} {sb.majority:,}.",
    )
    rx = "Roxburgh Selkirk And Peebles"
    k.claim(
        "David Steel held Roxburgh, Selkirk and Peebles for the Liberals",
        "depends",
        f"{CBP} {rx}: 1964 {rs0[rx].winner}, 1966 {rs[rx].winner}. Steel won the seat at the 1965 "
        "by-election (not in the file), so he held it as the sitting member; against the previous "
        "general election it is a Liberal gain from the Conservatives.",
    )
    snp = [h for h in rs.values() if h.votes["natSW"]]
    sbest = max(snp, key=lambda h: _sh(h, "natSW"))
    n66, n64 = hist_share("1966", "natSW", S), hist_share("1964", "natSW", S)
    k.claim(
        "The SNP stood in 23 seats and more than doubled its share to 5.0 per cent",
        len(snp) == 23 and n66 > 2 * n64 and round(100 * n66, 1) == 5.0,
        f"{CBP} Scotland natSW: {len(snp)} seats with votes; share 1964 {pct(n64)}, 1966 "
        f"{pct(n66)}.",
    )
    k.claim(
        "its best result was West Lothian, 35.3 per cent",
        sbest.name == "West Lothian" and round(100 * _sh(sbest, "natSW"), 1) == 35.3,
        f"{CBP} Scotland 1966 best natSW share: {sbest.name} {pct(_sh(sbest, 'natSW'))}.",
    )
    k.claim(
        "Scottish turnout, at 75.9 per cent, was three points below the Welsh",
        round(100 * _to(s66), 1) == 75.9 and round(100 * (_to(w66) - _to(s66))) == 3,
        f"{CBP} 1966 turnout: Scotland {pct(_to(s66))}, Wales {pct(_to(w66))}.",
    )
