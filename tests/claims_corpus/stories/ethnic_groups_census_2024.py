"""pakistani-bangladeshi-traveller-seats-census-note: a research note (no year printed) ranking the
2024 seats of England and Wales by the detailed Census 2021 ethnic groups
(census21_wpc_ethnicity19.csv, 'Does not apply' dropped, shares of usual residents), with the 2024
result (PSEPH 59) of the seats named."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, pseph_name

NAME = "pakistani-bangladeshi-traveller-seats-census-note"
SRC = "census21_wpc_ethnicity19.csv"
PK = "Asian, Asian British or Asian Welsh: Pakistani"
BD = "Asian, Asian British or Asian Welsh: Bangladeshi"
IN = "Asian, Asian British or Asian Welsh: Indian"
CN = "Asian, Asian British or Asian Welsh: Chinese"
IR = "White: Irish"
GT = "White: Gypsy or Irish Traveller"
RO = "White: Roma"
AR = "Other ethnic group: Arab"
WB = "White: English, Welsh, Scottish, Northern Irish or British"
P24 = pseph_name(2024)


def _share(cat: str) -> dict[str, float]:
    return {n: d[cat] / d["_total"] for n, d in census_counts("ethnicity19").items()}


def _ranked(cat: str, region: str | None = None, outside: str | None = None) -> list[str]:
    cs = census_seat()
    sh = _share(cat)
    names = [
        n for n in sh
        if (not region or cs[n].region == region) and (not outside or cs[n].region != outside)
    ]  # fmt: skip
    return sorted(names, key=lambda n: -sh[n])


def _top(cat: str, names: list[str], k: int = 3) -> str:
    sh = _share(cat)
    return ", ".join(f"{n} {pct(sh[n])}" for n in names[:k])


@story(NAME)
def key(k: Key) -> None:
    c = census_counts("ethnicity19")
    cs = census_seat()
    total = sum(d["_total"] for d in c.values())

    def ew(cat: str) -> float:
        return sum(d[cat] for d in c.values()) / total

    asian = [IN, PK, BD, CN, "Asian, Asian British or Asian Welsh: Other Asian"]
    k.claim(
        "Across England and Wales 2.7 per cent of residents identify as Pakistani and 3.1 per cent "
        "as Indian, the largest of the Asian groups",
        round(100 * ew(PK), 1) == 2.7
        and round(100 * ew(IN), 1) == 3.1
        and max(asian, key=ew) == IN,
        f"{SRC}, England and Wales: "
        + ", ".join(f"{a.split(': ')[1]} {pct(ew(a))}" for a in asian)
        + ".",
    )
    pk = _ranked(PK)
    sh = _share(PK)
    k.claim(
        "In Bradford West half of all residents are of Pakistani heritage, the highest share of "
        "any seat in England and Wales",
        pk[0] == "Bradford West" and 0.49 <= sh["Bradford West"] < 0.52,
        f"{SRC} Pakistani share, highest: {_top(PK, pk)}.",
    )
    bw = cs["Bradford West"]
    k.claim(
        "Naz Shah held on by just 707 votes over an independent",
        bw.result == "Lab hold" and bw.majority == 707 and bw.ranked()[1].party == "Ind",
        f"{P24} {bw.line()}",
    )
    k.claim(
        "Birmingham Hall Green and Moseley is second at 38.5 per cent",
        pk[1] == "Birmingham Hall Green and Moseley" and round(100 * sh[pk[1]], 1) == 38.5,
        f"{SRC} Pakistani share: {_top(PK, pk)}.",
    )
    k.claim(
        "Bradford East third at 36 per cent",
        pk[2] == "Bradford East" and round(100 * sh[pk[2]]) == 36,
        f"{SRC} Pakistani share: {_top(PK, pk)}.",
    )
    quarter = [n for n in pk if sh[n] > 0.25]
    k.claim(
        "In six seats more than one in four residents are Pakistani",
        len(quarter) == 6,
        f"{SRC} seats with a Pakistani share above 25%: {_top(PK, quarter, 8)}.",
    )
    lost = [n for n in quarter if cs[n].result.startswith("Ind gain from Lab")]
    k.claim(
        "Labour lost two of them to independents",
        len(lost) == 2,
        f"{P24} results of those six: "
        + ", ".join(f"{n} '{cs[n].result}'" for n in quarter)
        + f"; Labour lost {len(lost)} ({', '.join(lost)}), Blackburn being seventh.",
    )
    k.claim("campaigning on Gaza", None, "a campaign theme; not in the files")
    db = cs["Dewsbury and Batley"]
    k.claim(
        "in Dewsbury and Batley, Iqbal Mohamed won by 6,934",
        db.result == "Ind gain from Lab" and db.majority == 6934,
        f"{P24} {db.line()}",
    )
    nw = _ranked(PK, region="North West")
    bb = cs["Blackburn"]
    k.claim(
        "Blackburn, the most Pakistani seat in the North West, went to Adnan Hussain by 132 votes",
        nw[0] == "Blackburn" and bb.majority == 132 and bb.ranked()[0].surname == "Hussain",
        f"{SRC} North West Pakistani share: {_top(PK, nw)}; {P24} {bb.line()}",
    )
    pb = cs["Birmingham Perry Barr"]
    k.claim(
        "in Birmingham Perry Barr Ayoub Khan beat Khalid Mahmood by 507",
        pb.majority == 507 and pb.place("Khan") == 1 and pb.place("Mahmood") == 2,
        f"{P24} {pb.line()}",
    )
    k.claim(
        "Bradford as a district has more Pakistani residents than anywhere else in England and "
        "Wales",
        None,
        "local authority districts are not in the constituency files",
    )
    bd = _ranked(BD)
    sb = _share(BD)
    bg = cs["Bethnal Green and Stepney"]
    k.claim(
        "In Bethnal Green and Stepney two in five residents are Bangladeshi",
        bd[0] == "Bethnal Green and Stepney" and 0.38 <= sb[bd[0]] < 0.43,
        f"{SRC} Bangladeshi share: {_top(BD, bd)}.",
    )
    k.claim(
        "Rushanara Ali held on by 1,689",
        bg.result == "Lab hold" and bg.majority == 1689,
        f"{P24} {bg.line()}",
    )
    k.claim(
        "Poplar and Limehouse is second, at almost 30 per cent",
        bd[1] == "Poplar and Limehouse" and 0.28 <= sb[bd[1]] < 0.30,
        f"{SRC} Bangladeshi share: {_top(BD, bd)}.",
    )
    ol = _ranked(BD, outside="London")
    k.claim(
        "Outside London the most Bangladeshi seat is Oldham West, Chadderton and Royton, at 16.6 "
        "per cent",
        ol[0] == "Oldham West, Chadderton and Royton" and round(100 * sb[ol[0]], 1) == 16.6,
        f"{SRC} Bangladeshi share outside London: {_top(BD, ol)}.",
    )
    k.claim(
        "with Luton South and South Bedfordshire second",
        ol[1] == "Luton South and South Bedfordshire",
        f"{SRC} Bangladeshi share outside London: {_top(BD, ol)}; Birmingham Perry Barr is second.",
    )
    cn = _ranked(CN)
    k.claim(
        "Sheffield Central has the highest Chinese share, about one in 20",
        cn[0] == "Sheffield Central" and 0.045 <= _share(CN)[cn[0]] < 0.055,
        f"{SRC} Chinese share: {_top(CN, cn)}.",
    )
    k.claim("a reflection of its two universities", None, "an explanation; not in the files")
    ir = _ranked(IR)
    k.claim(
        "Brent East has the largest White Irish share, 3.7 per cent, just ahead of Islington North",
        ir[:2] == ["Brent East", "Islington North"] and round(100 * _share(IR)[ir[0]], 1) == 3.7,
        f"{SRC} White Irish share: {_top(IR, ir)}.",
    )
    isn = cs["Islington North"]
    k.claim(
        "where Jeremy Corbyn was re-elected as an independent",
        "depends",
        f"{P24} {isn.line()}: Corbyn, the sitting MP (elected for Labour in 2019), kept his seat "
        f"(re-elected), but the official result is '{isn.result}', a gain, not a re-election "
        "of the independent.",
    )
    ar = _ranked(AR)
    k.claim(
        "Queen's Park and Maida Vale, 8 per cent Arab, tops that list",
        ar[0] == "Queen's Park and Maida Vale" and round(100 * _share(AR)[ar[0]]) == 8,
        f"{SRC} Arab share: {_top(AR, ar)}.",
    )
    k.claim(
        "Some 0.11 per cent of residents ticked the Gypsy or Irish Traveller box",
        round(100 * ew(GT), 2) == 0.11,
        f"{SRC}, England and Wales: {sum(d[GT] for d in c.values()):,} / {total:,} = "
        f"{100 * ew(GT):.3f}%.",
    )
    gt = _ranked(GT)
    sg = _share(GT)
    k.claim(
        "The highest share is in Weald of Kent, at about 1 per cent, with Sittingbourne and Sheppey "
        "second",
        gt[:2] == ["Weald of Kent", "Sittingbourne and Sheppey"] and round(100 * sg[gt[0]]) == 1,
        f"{SRC} Gypsy or Irish Traveller share: {_top(GT, gt)}.",
    )
    wa = _ranked(GT, region="Wales")
    rank = gt.index("Mid and South Pembrokeshire") + 1
    k.claim(
        "Mid and South Pembrokeshire has the highest share in Wales, 0.56 per cent, the third "
        "highest in England and Wales",
        wa[0] == "Mid and South Pembrokeshire" and round(100 * sg[wa[0]], 2) == 0.56 and rank == 3,
        f"{SRC} Gypsy or Irish Traveller share: {_top(GT, gt, 4)}; Mid and South Pembrokeshire "
        f"is {rank}th.",
    )
    k.claim(
        "56.8 per cent of people who identified as Gypsy or Irish Traveller had no qualifications",
        None,
        "a cross-tabulation of ethnic group by qualifications; not in the seat files",
    )
    ro = sum(d[RO] for d in c.values())
    k.claim(
        "About 100,000 people identified as Roma",
        95_000 <= ro < 105_000,
        f"{SRC}, England and Wales: Roma {ro:,}.",
    )
    rr = sorted(c, key=lambda n: -c[n][RO])
    k.claim(
        "Sheffield Brightside and Hillsborough has more Roma residents than any other seat, over "
        "1,500",
        rr[0] == "Sheffield Brightside and Hillsborough" and c[rr[0]][RO] > 1500,
        f"{SRC} Roma residents: " + ", ".join(f"{n} {c[n][RO]:,}" for n in rr[:3]) + ".",
    )
    wb = _ranked(WB)
    sw = _share(WB)
    k.claim(
        "East Ham is the seat where fewest residents identify as White British: fewer than one in "
        "ten",
        wb[-1] == "East Ham" and sw["East Ham"] < 0.1,
        f"{SRC} White British share, lowest: "
        + ", ".join(f"{n} {pct(sw[n])}" for n in wb[::-1][:3])
        + ".",
    )
    k.claim(
        "Easington, where 96.8 per cent are White British, tops the list",
        wb[0] == "Easington" and round(100 * sw["Easington"], 1) == 96.8,
        f"{SRC} White British share, highest: {_top(WB, wb)}; Whitehaven and Workington tops it.",
    )
