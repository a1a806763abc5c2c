"""quiet-landslide-apathy-2001-analysis: an analysis of the 2001 election (years named), from
CBP-8647 only; 1997 and 2001 share boundaries, so seats are matched by name. The Speaker's seat
is in 'oth' (Glasgow Springburn in 2001, West Bromwich West in 1997); 'oth' also lumps every
other party and independent."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import ELECTIONS, HistRow, hist_national, history
from .._raw import hist_turnout as _turnout

NAME = "quiet-landslide-apathy-2001-analysis"
CBP = "CBP-8647"
E, E0 = "2001", "1997"


def _rows(e: str, region: str | None = None) -> list[HistRow]:
    return [h for h in history() if h.election == e and (not region or h.country == region)]


def _seat(name: str, e: str = E) -> HistRow:
    return next(h for h in _rows(e) if h.name == name)


def _rturn(region: str, e: str = E) -> float:
    rows = _rows(e, region)
    return sum(h.total for h in rows) / sum(h.electorate for h in rows)


def _changes() -> list[tuple[str, str, str, str]]:
    old = {h.name: h for h in _rows(E0)}
    return [(h.name, h.country, old[h.name].winner, h.winner) for h in _rows(E)
            if old[h.name].winner != h.winner]  # fmt: skip


@story(NAME)
def key(k: Key) -> None:
    k.claim(
        "the first Labour prime minister to win a second full term",
        None,
        "terms of office are not in the results files",
    )
    n, o = hist_national(E), hist_national(E0)
    lab, lab0 = int(n["won_lab"]), int(o["won_lab"])
    k.claim(
        "Labour won 413 seats, losing a net six",
        "depends",
        f"{CBP}: lab first in {lab0} rows in {E0} and {lab} in {E} (a net {lab0 - lab}); 413 only "
        "with the Speaker (Michael Martin, Glasgow Springburn, in 'oth' in 2001) counted with "
        "Labour.",
    )
    ch = _changes()
    gb = [h for h in _rows(E) if h.country != "Northern Ireland"]
    gbch = [c for c in ch if c[1] != "Northern Ireland"]
    k.claim(
        "620 of the 641 seats in Great Britain stayed with the same party as in 1997",
        "depends",
        f"{CBP}: {len(gb)} GB rows, {len(gb) - len(gbch)} with the same winning group in {E0} "
        "and " + E + "; 620 if the Speaker's seats are counted with Labour (Glasgow Springburn lab "
        "-> oth and West Bromwich West oth -> lab are Speaker changes, not party changes).",
    )
    con, con0 = int(n["won_con"]), int(o["won_con"])
    k.claim(
        "made a net gain of one seat",
        con - con0 == 1,
        f"{CBP}: con first in {con0} rows in {E0}, {con} in {E}.",
    )
    lib, lib0 = int(n["won_lib"]), int(o["won_lib"])
    k.claim(
        "The Liberal Democrats rose to 52, up six",
        lib == 52 and lib - lib0 == 6,
        f"{CBP}: lib first in {lib0} rows in {E0}, {lib} in {E}.",
    )
    t, t0 = _turnout(E), _turnout(E0)
    k.claim(
        "It fell by 12 points to 59.4 per cent",
        round(100 * (t0 - t)) == 12 and round(100 * t, 1) == 59.4,
        f"{CBP} contested seats: {E0} {pct(t0)}, {E} {pct(t)}.",
    )
    lower = [e for e in ELECTIONS if e < E and _turnout(e) < t]
    k.claim(
        "the lowest since 1918",
        lower == ["1918"],
        f"{CBP} turnouts before {E} below {pct(t)}: "
        + ", ".join(f"{e} {pct(_turnout(e))}" for e in lower)
        + ".",
    )
    k.claim(
        "Labour's vote fell by nearly three million",
        2_500_000 < o["lab"] - n["lab"] < 3_000_000,
        f"{CBP}: lab {o['lab']:,.0f} in {E0}, {n['lab']:,.0f} in {E}; "
        f"{o['lab'] - n['lab']:,.0f} fewer.",
    )
    el = sum(h.electorate for h in _rows(E))
    k.claim(
        "only one in five of those entitled to vote backed the governing party",
        round(5 * n["lab"] / el) == 1 and abs(n["lab"] / el - 0.2) < 0.025,
        f"{CBP} {E}: lab {n['lab']:,.0f} / electorate {el:,} = {pct(n['lab'] / el)}, about one "
        "in four.",
    )
    c = [h for h in _rows(E) if h.total]
    low = sorted(c, key=lambda h: h.total / h.electorate)[:2]
    k.claim(
        "Manchester Central had the lowest turnout in the country, 34.1 per cent",
        low[0].name == "Manchester Central",
        f"{CBP} {E} lowest turnouts: "
        + ", ".join(f"{h.name} {pct(h.total / h.electorate)}" for h in low)
        + "; 34.1 is Liverpool Riverside's.",
    )
    regs = sorted({h.country for h in _rows(E)} - {"University"})
    rt = {r: _rturn(r) for r in regs}
    gbr = {r: v for r, v in rt.items() if r != "Northern Ireland"}
    k.claim(
        "London recorded the lowest turnout of any region, and the South West the highest in "
        "Britain",
        min(rt, key=lambda r: rt[r]) == "London" and max(gbr, key=lambda r: gbr[r]) == "South West",
        f"{CBP} {E} turnout (votes / electorate) by region: "
        + ", ".join(f"{r} {pct(v)}" for r, v in rt.items())
        + ".",
    )
    gbc = [h for h in c if h.country != "Northern Ireland"]
    top = max(gbc, key=lambda h: h.total / h.electorate)
    k.claim(
        "Winchester, with more than 72 per cent, was the highest in Britain",
        top.name == "Winchester" and top.total / top.electorate > 0.72,
        f"{CBP} {E} highest turnout in a GB row: {top.name} {pct(top.total / top.electorate)}.",
    )
    rose = [r for r in regs if _rturn(r) > _rturn(r, E0)]
    best = max(c, key=lambda h: h.total / h.electorate)
    k.claim(
        "Northern Ireland was the only part of the UK where turnout rose, and Mid Ulster topped the "
        "whole country",
        rose == ["Northern Ireland"] and best.name == "Mid Ulster",
        f"{CBP} turnout rose {E0}->{E} in: "
        + ", ".join(f"{r} {pct(_rturn(r, E0))} -> {pct(_rturn(r))}" for r in rose)
        + f"; highest row {best.name} {pct(best.total / best.electorate)}.",
    )

    def rv(e: str, p: str) -> int:
        return sum(h.votes[p] for h in _rows(e, "Eastern"))

    k.claim(
        "The Conservatives polled more votes than Labour in the Eastern region",
        rv(E, "con") > rv(E, "lab"),
        f"{CBP} {E} Eastern: con {rv(E, 'con'):,}, lab {rv(E, 'lab'):,}.",
    )
    k.claim(
        "which Labour had narrowly carried in votes four years earlier",
        rv(E0, "lab") > rv(E0, "con"),
        f"{CBP} {E0} Eastern: con {rv(E0, 'con'):,}, lab {rv(E0, 'lab'):,}; the Conservatives "
        "led there in 1997 too.",
    )
    east = sorted(x[0] for x in ch if x[1] == "Eastern" and x[2] == "lab" and x[3] == "con")
    k.claim(
        "took Castle Point and North West Norfolk there",
        east == ["Castle Point", "North West Norfolk"],
        f"{CBP} Eastern rows changing lab -> con {E0}-{E}: {east}.",
    )
    ldn = sorted(x[0] for x in ch if x[1] == "London" and x[3] == "con")
    k.claim(
        "gained Romford and Upminster, their only gains in the capital",
        ldn == ["Romford", "Upminster"],
        f"{CBP} London rows won by con in {E} and not in {E0}: {ldn}.",
    )
    tat0 = [h for h in history() if h.name == "Tatton" and h.election in ("1992", E0, E)]
    k.claim(
        "They also won back Tatton",
        [h.winner for h in tat0] == ["con", "oth", "con"],
        f"{CBP} Tatton: " + ", ".join(f"{h.election} {h.winner}" for h in tat0) + ".",
    )
    labg = [x for x in ch if x[2] == "con" and x[3] == "lab"]
    sd = _seat("South Dorset")
    k.claim(
        "South Dorset was Labour's only gain from the Conservatives, by 153 votes",
        [x[0] for x in labg] == ["South Dorset"] and sd.majority == 153,
        f"{CBP} rows changing con -> lab: {[x[0] for x in labg]}; South Dorset lab "
        f"{sd.votes['lab']:,}, con {sd.votes['con']:,}, majority {sd.majority}.",
    )
    gains = [x for x in ch if x[3] == "lib"]
    losses = [x for x in ch if x[2] == "lib"]
    k.claim(
        "made eight gains and suffered two losses",
        len(gains) == 8 and len(losses) == 2,
        f"{CBP} {E0}-{E}: lib gains {[x[0] for x in gains]}; losses {[x[0] for x in losses]}.",
    )
    ch_ = _seat("Cheadle")
    k.claim(
        "took Cheadle by just 33 votes, the narrowest result in the country",
        ch_.winner == "lib" and ch_.majority == 33 and min(c, key=lambda h: h.majority) is ch_,
        f"{CBP} {E} Cheadle: lib {ch_.votes['lib']:,}, con {ch_.votes['con']:,}, majority "
        f"{ch_.majority}; the smallest of any row.",
    )
    cf = ("Chesterfield", "East Midlands", "lab", "lib")
    k.claim(
        "the party won Chesterfield from Labour",
        cf in ch,
        f"{CBP} Chesterfield: lab in {E0}, lib in {E} (lib {_seat('Chesterfield').votes['lib']:,}, "
        f"lab {_seat('Chesterfield').votes['lab']:,}).",
    )
    sw = Counter(h.winner for h in _rows(E, "South West"))
    k.claim(
        "In the South West the Liberal Democrats won more seats than Labour",
        sw["lib"] > sw["lab"],
        f"{CBP} {E} South West rows: {dict(sw)}.",
    )
    ta = _seat("Taunton")
    k.claim(
        "they lost Taunton by 235 votes",
        _seat("Taunton", E0).winner == "lib" and ta.winner == "con" and ta.majority == 235,
        f"{CBP} Taunton: {E0} lib; {E} con {ta.votes['con']:,}, lib {ta.votes['lib']:,}, "
        f"majority {ta.majority}.",
    )
    sc = Counter(h.winner for h in _rows(E, "Scotland"))
    ga = _seat("Galloway & Upper Nithsdale")
    k.claim(
        "the Conservatives' only seat was Galloway and Upper Nithsdale, taken from the SNP by 74 "
        "votes",
        sc["con"] == 1
        and ga.winner == "con"
        and ga.majority == 74
        and _seat("Galloway & Upper Nithsdale", E0).winner == "natSW",
        f"{CBP} {E} Scotland winners {dict(sc)}; Galloway & Upper Nithsdale con "
        f"{ga.votes['con']:,}, natSW {ga.votes['natSW']:,}, majority {ga.majority}; natSW in {E0}.",
    )
    pe = _seat("Perth")
    k.claim(
        "the SNP held Perth by 84 votes",
        pe.winner == "natSW" and pe.majority == 84,
        f"{CBP} {E} Perth: natSW {pe.votes['natSW']:,}, con {pe.votes['con']:,}, majority "
        f"{pe.majority} (84 transposes it).",
    )
    wa = Counter(h.winner for h in _rows(E, "Wales"))
    k.claim(
        "Plaid Cymru gained Carmarthen East and Dinefwr but lost Ynys Mon to Labour, and finished "
        "with four seats",
        ("Carmarthen East & Dinefwr", "Wales", "lab", "natSW") in ch
        and ("Ynys-Mon", "Wales", "natSW", "lab") in ch
        and wa["natSW"] == 4,
        f"{CBP} {E0}-{E}: Carmarthen East & Dinefwr lab -> natSW, Ynys-Mon natSW -> lab; {E} "
        f"Wales winners {dict(wa)}.",
    )
    wf = _seat("Wyre Forest")
    k.claim(
        "unseated a government minister",
        None,
        f"{CBP} {E} Wyre Forest: oth {wf.votes['oth']:,}, lab {wf.votes['lab']:,}; 'oth' lumps "
        "every other candidate and the files name no ministers.",
    )
    k.claim(
        "the British National Party leader took 16 per cent",
        None,
        f"{CBP} lumps the BNP into 'oth' (Oldham West and Royton oth "
        f"{pct(_seat('Oldham West & Royton').votes['oth'] / _seat('Oldham West & Royton').total)}"
        ", with every other minor candidate).",
    )
