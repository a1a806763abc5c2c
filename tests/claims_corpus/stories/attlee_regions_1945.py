"""attlee-landslide-regions-1945-feature: a feature (years named) on the 1945 election region by
region, from CBP-8647 only. Seats are counted over single-member rows (the two-member boroughs
and universities are left out of the counts, as in `hist_national`); shares are over all rows of
a region (the file's country/region column)."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import HistRow, hist_national, hist_seat_at, history
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "attlee-landslide-regions-1945-feature"
CBP = "CBP-8647"
E = "1945"
ENGLISH = ("London", "North East", "North West", "Yorkshire and the Humber", "East Midlands",
           "West Midlands", "Eastern", "South East", "South West")  # fmt: skip


def _rows(e: str, region: str | None = None) -> list[HistRow]:
    return [h for h in history() if h.election == e and (not region or h.country == region)]


def _won(e: str, region: str) -> Counter[str]:
    return Counter(h.winner for h in _rows(e, region) if h.seats == 1 and (h.total or h.unopposed))


def _rshare(region: str, party: str, e: str = E) -> float:
    rows = _rows(e, region)
    # a blank total cell (City of London, Oldham, Stockport in 1945) counts its party cells
    return sum(h.votes[party] for h in rows) / sum(h.total or sum(h.votes.values()) for h in rows)


@story(NAME)
def key(k: Key) -> None:
    n = hist_national(E)
    k.claim(
        "counted three weeks after polling day",
        None,
        "polling and declaration dates are not in the results files",
    )
    k.claim(
        "just under half of the votes cast",
        0.45 < _share(E, "lab") < 0.5,
        f"{CBP} {E}: lab {n['lab']:,.0f} / {n['_total']:,.0f} = {pct(_share(E, 'lab'))}.",
    )
    k.claim(
        "more than 11.5 million of them",
        n["lab"] > 11_500_000,
        f"{CBP} {E}: lab votes summed over all rows {n['lab']:,.0f}.",
    )
    k.claim(
        "the Liberals had returned only 12 MPs",
        int(n["won_lib"]) == 12,
        f"{CBP} {E}: lib first in {int(n['won_lib'])} single-member rows.",
    )
    ld, ld35 = _won(E, "London"), _won("1935", "London")
    k.claim(
        "Labour won 86 seats in the capital against 24 for the Conservatives",
        ld["lab"] == 86 and ld["con"] == 24,
        f"{CBP} {E} London single-member rows: {dict(ld)}.",
    )
    k.claim(
        "more than double the 34 it had held there in 1935",
        ld35["lab"] == 34 and ld["lab"] > 2 * 34,
        f"{CBP} London single-member rows: lab first in {ld35['lab']} in 1935, {ld['lab']} in {E}.",
    )
    k.claim(
        "took more than half of the London vote",
        _rshare("London", "lab") > 0.5,
        f"{CBP} {E} London rows: lab {pct(_rshare('London', 'lab'))} of votes.",
    )
    single = [h for h in _rows(E) if h.seats == 1 and h.total]
    best = max(single, key=lambda h: h.votes["lab"] / h.total)
    sil = hist_seat_at("West Ham Silvertown", E)
    k.claim(
        "In West Ham Silvertown more than nine in ten voters backed Labour, the party's best share "
        "anywhere",
        sil.votes["lab"] / sil.total > 0.9 and best.name == "West Ham Silvertown",
        f"{CBP} {E} West Ham Silvertown: lab {sil.votes['lab']:,} / {sil.total:,} = "
        f"{pct(sil.votes['lab'] / sil.total)}; highest lab share of any single-member row: "
        f"{best.name}.",
    )
    lh = hist_seat_at("Stepney Limehouse", E)
    k.claim(
        "held Limehouse with a majority of 6,780 on a turnout of barely 61 per cent",
        lh.winner == "lab" and lh.majority == 6780 and 0.60 < lh.total / lh.electorate < 0.615,
        f"{CBP} {E} Stepney Limehouse: lab {lh.votes['lab']:,}, con {lh.votes['con']:,}, majority "
        f"{lh.majority:,}; {lh.total:,} / {lh.electorate:,} = {pct(lh.total / lh.electorate)}.",
    )
    regs = {r: _rshare(r, "lab") for r in (*ENGLISH, "Scotland", "Wales")}
    k.claim(
        "it won almost six in ten votes, its best share anywhere in Britain",
        0.57 < regs["North East"] < 0.6 and max(regs, key=lambda r: regs[r]) == "North East",
        f"{CBP} {E} lab share by region: "
        + ", ".join(f"{r} {pct(v)}" for r, v in regs.items())
        + ".",
    )
    yk = _won(E, "Yorkshire and the Humber")
    k.claim(
        "Labour won 45 of the 56 seats there",
        yk["lab"] == 45 and len(_rows(E, "Yorkshire and the Humber")) == 56,
        f"{CBP} {E}, {len(_rows(E, 'Yorkshire and the Humber'))} Yorkshire and the Humber rows: "
        f"{dict(yk)}; Labour won {yk['lab']}, not 45.",
    )
    wm = _won(E, "West Midlands")
    k.claim(
        "In the West Midlands it took 34 of the 50 seats",
        wm["lab"] == 34 and len(_rows(E, "West Midlands")) == 50,
        f"{CBP} {E}, {len(_rows(E, 'West Midlands'))} West Midlands rows: {dict(wm)}.",
    )
    se35 = _rows("1935", "South East")
    one = [h for h in se35 if h.seats == 1]
    two = [h for h in se35 if h.seats > 1]
    k.claim(
        "where they had won every seat ten years earlier",
        "depends" if all(h.winner == "con" for h in one) else False,
        f"{CBP} 1935 South East: con first in all {len(one)} single-member rows (true on seats "
        "counted over single-member seats); the two-member rows "
        + ", ".join(f"{h.name} (top group {h.winner})" for h in two)
        + " are not all con, so false if every seat of the region is meant.",
    )
    se = _won(E, "South East")
    k.claim(
        "Labour took 14 seats there this time",
        se["lab"] == 14,
        f"{CBP} {E} South East single-member rows: {dict(se)}.",
    )
    conwins = [r for r in ENGLISH if _rshare(r, "con") > _rshare(r, "lab")]
    k.claim(
        "the South East was the only English region where the Conservatives polled more votes "
        "than Labour",
        conwins == ["South East"],
        f"{CBP} {E} con vs lab share by English region where con led: "
        + ", ".join(f"{r} {pct(_rshare(r, 'con'))} vs {pct(_rshare(r, 'lab'))}" for r in conwins)
        + ".",
    )
    sw = _won(E, "South West")
    k.claim(
        "In the South West they held 22 of the 43 seats",
        sw["con"] == 22 and len(_rows(E, "South West")) == 43,
        f"{CBP} {E}, {len(_rows(E, 'South West'))} South West rows: {dict(sw)}.",
    )
    sc = _won(E, "Scotland")
    k.claim(
        "In Scotland Labour won 35 seats",
        sc["lab"] == 35,
        f"{CBP} {E} Scotland single-member rows: {dict(sc)}.",
    )
    k.claim(
        "the Conservatives 27",
        sc["con"] == 27,
        f"{CBP} {E} Scotland single-member rows: con first in {sc['con']}, not 27.",
    )
    cs = hist_seat_at("Caithness And Sutherland", E)
    k.claim(
        "lost Caithness and Sutherland by 64 votes",
        cs.votes["con"] - cs.votes["lib"] == 64,
        f"{CBP} {E} Caithness and Sutherland: con {cs.votes['con']:,}, lab {cs.votes['lab']:,}, "
        f"lib {cs.votes['lib']:,}; the Liberal was {cs.votes['con'] - cs.votes['lib']} behind the "
        "winner.",
    )
    k.claim(
        "just six votes separated the Conservative winner from Labour",
        cs.winner == "con" and cs.votes["con"] - cs.votes["lab"] == 6,
        f"{CBP} {E} Caithness and Sutherland: {cs.votes['con']:,} - {cs.votes['lab']:,} = "
        f"{cs.votes['con'] - cs.votes['lab']}.",
    )
    closest = sorted(single, key=lambda h: h.majority)[:3]
    k.claim(
        "the narrowest result in the country",
        closest[0].name == "Caithness And Sutherland",
        f"{CBP} {E} smallest majorities (single-member rows): "
        + ", ".join(f"{h.name} {h.majority}" for h in closest)
        + ".",
    )
    k.claim(
        "Worcester, where the Conservatives held on by just four votes, the closest result of the "
        "election",
        closest[0].name == "Worcester" and closest[0].majority == 4 and closest[0].winner == "con",
        f"{CBP} {E} Worcester: con majority {hist_seat_at('Worcester', E).majority}; smallest of "
        "any single-member row.",
    )
    wa = _won(E, "Wales")
    k.claim(
        "Labour won 24 of the 35 Welsh seats on almost three in five votes",
        wa["lab"] == 24 and len(_rows(E, "Wales")) == 35 and 0.57 < _rshare("Wales", "lab") < 0.6,
        f"{CBP} {E}, {len(_rows(E, 'Wales'))} Welsh rows: {dict(wa)}; lab share "
        f"{pct(_rshare('Wales', 'lab'))}.",
    )
    cm, cm35 = (
        hist_seat_at("Carmarthenshire Carmarthen", E),
        hist_seat_at("Carmarthenshire Carmarthen", "1935"),
    )
    k.claim(
        "took Carmarthen from Labour by 1,279 votes",
        cm35.winner == "lab" and cm.winner == "lib" and cm.majority == 1279,
        f"{CBP} Carmarthenshire Carmarthen: 1935 {cm35.winner}; {E} lib {cm.votes['lib']:,}, lab "
        f"{cm.votes['lab']:,}, majority {cm.majority:,}.",
    )
    nd, nd35 = hist_seat_at("Dorset Northern", E), hist_seat_at("Dorset Northern", "1935")
    k.claim(
        "gained North Dorset from the Conservatives with a majority of almost 2,000",
        nd35.winner == "con" and nd.winner == "lib" and 1900 <= nd.majority < 2000,
        f"{CBP} Dorset Northern: 1935 {nd35.winner}; {E} lib {nd.votes['lib']:,}, con "
        f"{nd.votes['con']:,}, majority {nd.majority:,}.",
    )
    bw = hist_seat_at("Northumberland Berwick Upon Tweed", E)
    k.claim(
        "finished nearly 2,000 votes behind the Conservative in Berwick-upon-Tweed",
        bw.winner == "con" and 1900 <= bw.votes["con"] - bw.votes["lib"] < 2000,
        f"{CBP} {E} Northumberland Berwick Upon Tweed: con {bw.votes['con']:,}, lib "
        f"{bw.votes['lib']:,}; {bw.votes['con'] - bw.votes['lib']:,} behind.",
    )
    wf = hist_seat_at("Woodford", E)
    k.claim(
        "Churchill held Woodford with a majority of more than 17,000",
        wf.winner == "con" and wf.majority > 17000,
        f"{CBP} {E} Woodford: con {wf.votes['con']:,}, oth {wf.votes['oth']:,}, majority "
        f"{wf.majority:,}.",
    )
    t, t35 = _turnout(E), _turnout("1935")
    k.claim(
        "Turnout across the country was 72.8 per cent, up from 71.1 per cent in 1935",
        round(100 * t, 1) == 72.8 and round(100 * t35, 1) == 71.1,
        f"{CBP} contested seats: 1935 {pct(t35)}, {E} {pct(t)}.",
    )
    k.claim(
        "polling was held a fortnight late because of the local wakes weeks",
        None,
        "polling dates are not in the results files",
    )
    k.claim('"We are the masters at the moment,"', None, "a quotation")
