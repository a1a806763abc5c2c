"""lancashire-cheshire-tory-gains-2010-regional: a regional daily (no year printed) on the 2010
general election in the North West, from PSEPH 55 (gains as its result column gives them, against
notional 2005) with CBP-8647 for 2005 and the seat histories (predecessors named)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, hist_seat_at, pseph_name, seats_won, totals

NAME = "lancashire-cheshire-tory-gains-2010-regional"
P10 = pseph_name(2010)
CBP = "CBP-8647"
R = "North West"


def _share(party: str) -> float:
    t = totals(2010, region=R)
    return t[party] / t["_valid"]


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    NW = [s for s in g.values() if s.region == R]
    w = seats_won(2010, region=R)
    k.claim(
        "The Conservatives won 22 of the North West's 75 seats",
        w["Con"] == 22 and len(NW) == 75,
        f"{P10} North West: {dict(w)} of {len(NW)}.",
    )
    k.claim(
        "with Labour on 47 and the Liberal Democrats on six",
        w["Lab"] == 47 and w["LD"] == 6,
        f"{P10} North West: {dict(w)}.",
    )
    gains = sorted((s for s in NW if s.result == "Con gain from Lab"), key=lambda s: s.majority)
    k.claim(
        "made 12 gains from Labour in the region",
        len(gains) == 12,
        f"{P10} North West 'Con gain from Lab': {', '.join(s.name for s in gains)}.",
    )
    k.claim(
        "Labour kept 39.4 per cent of the regional vote against the Conservatives' 31.7 per cent",
        round(100 * _share("Lab"), 1) == 39.4 and round(100 * _share("Con"), 1) == 31.7,
        f"{P10} North West: Lab {pct(_share('Lab'))}, Con {pct(_share('Con'))}.",
    )
    k.claim(
        "The BNP took more than 2 per cent across the region",
        _share("BNP") > 0.02,
        f"{P10} North West: BNP {pct(_share('BNP'))}.",
    )
    t = totals(2010, region=R)
    k.claim(
        "Turnout in the North West was 62.3 per cent",
        round(100 * t["_valid"] / t["_electorate"], 1) == 62.3,
        f"{P10} North West: valid {t['_valid']:,} / electorate {t['_electorate']:,} = "
        f"{pct(t['_valid'] / t['_electorate'])}.",
    )
    lf = g["Lancaster and Fleetwood"]
    k.claim(
        "taken by Eric Ollerenshaw by 333 votes",
        lf.result == "Con gain from Lab" and lf.majority == 333 and gains[0].name == lf.name,
        f"{P10}: {lf.line()}; the narrowest North West Con gain.",
    )
    north = sorted(
        (
            s
            for s in g.values()
            if s.region in ("North East", R, "Yorkshire and The Humber")
            and s.result.startswith("Con gain")
        ),
        key=lambda s: s.majority,
    )
    k.claim(
        "the narrowest Conservative gain anywhere in the north of England",
        north[0].name == "Lancaster and Fleetwood",
        f"{P10} Con gains in the North East, North West and Yorkshire by majority: "
        + "; ".join(f"{s.name} ({s.region}) {s.majority}" for s in north[:2])
        + ".",
    )
    mo = g["Morecambe and Lunesdale"]
    k.claim(
        "David Morris took 18,035 votes to Geraldine Smith's 17,169",
        mo.ranked()[0].votes == 18_035 and mo.ranked()[1].votes == 17_169,
        f"{P10}: {mo.line()}.",
    )
    k.claim(
        '"This has been as much a test of character as of policies,"',
        None,
        "a quote; not in the files",
    )
    bp = g["Blackpool North and Cleveleys"]
    k.claim(
        "won Blackpool North and Cleveleys by 2,150",
        bp.first == "Con" and bp.majority == 2150,
        f"{P10}: {bp.line()}.",
    )
    for anchor, name, maj in (
        ("Jake Berry won Rossendale and Darwen by 4,493", "Rossendale and Darwen", 4493),
        ("Lorraine Fullbrook took South Ribble by 5,554", "South Ribble", 5554),
        ("Andrew Stephenson won Pendle by 3,855", "Pendle", 3855),
    ):
        s = g[name]
        k.claim(anchor, s.first == "Con" and s.majority == maj, f"{P10}: {s.line()}.")
    ca = g["Carlisle"]
    k.claim(
        "John Stevenson took Carlisle by 853 votes",
        ca.result == "Con gain from Lab" and ca.majority == 853,
        f"{P10}: {ca.line()}.",
    )
    hc = hist_seat("Carlisle")
    run = [h for h in hc if "1945" <= h.election <= "2005"]
    k.claim(
        "a seat Labour had held at every election since 1945",
        all(h.winner == "lab" for h in run),
        f"{CBP} Carlisle: {hist_line(hc)}; not lab in "
        + ", ".join(h.election for h in run if h.winner != "lab")
        + ".",
    )
    cn = g["Crewe and Nantwich"]
    k.claim(
        "held the seat by 6,046",
        "depends",
        f"{P10}: {cn.line()}. The result column (against notional 2005) says gain; Timpson won "
        "the 2008 by-election, which the 2010 file does not record: 'held' is true of the "
        "sitting member, false against the official gain.",
    )
    bu = g["Burnley"]
    k.claim(
        "Gordon Birtwistle took Burnley by 1,818",
        bu.result == "LD gain from Lab" and bu.majority == 1818,
        f"{P10}: {bu.line()}.",
    )
    hb = hist_seat("Burnley")
    k.claim(
        "the first time Labour had lost the seat since 1935",
        [h.election for h in hb if h.winner != "lab" and h.election < "2010"] == ["1931"],
        f"{CBP} Burnley: {hist_line(hb)}.",
    )
    wl, w5 = g["Westmorland and Lonsdale"], hist_seat_at("Westmorland & Lonsdale", "2005")
    k.claim(
        "Tim Farron turned his 267-vote majority of 2005 in Westmorland and Lonsdale into one of "
        "12,264",
        w5.winner == "lib" and w5.majority == 267 and wl.first == "LD" and wl.majority == 12_264,
        f"{CBP} Westmorland & Lonsdale 2005: {w5.votes}, lib by {w5.majority}; {P10}: {wl.line()}.",
    )
    k.claim("where John Hutton had stood down", None, "a retirement; not in the files")
    ba = g["Barrow and Furness"]
    k.claim(
        "Labour held Barrow and Furness",
        ba.result == "Lab hold",
        f"{P10}: {ba.line()}.",
    )
    k.claim(
        "by 5,208",
        ba.majority == 5208,
        f"{P10}: Barrow and Furness majority {ba.majority:,}.",
    )
    bl, b5 = g["Blackburn"], hist_seat_at("Blackburn", "2005")
    k.claim(
        "Jack Straw increased his majority in Blackburn to 9,856",
        bl.majority == 9856 and bl.majority > b5.majority,
        f"{CBP} Blackburn 2005: lab by {b5.majority:,}; {P10}: {bl.line()}.",
    )
    cons = sorted((s for s in NW if s.first == "Con"), key=lambda s: -s.majority)
    k.claim(
        "Ribble Valley's Nigel Evans had the largest Conservative majority in the North West, "
        "14,769",
        cons[0].name == "Ribble Valley",
        f"{P10} North West Con majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in cons[:3])
        + ".",
    )
