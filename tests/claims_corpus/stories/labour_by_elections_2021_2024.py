"""labour-by-election-road-back-2021-2024-explainer: an explainer (years named) on by-elections of
the 2019 parliament (PSEPH 58 by-elections), compared with the 2019 general election in the same
seat (matched on ONS code); swing is Butler swing in shares of all valid votes."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import Seat, by_election, by_elections, previous_general, swing

NAME = "labour-by-election-road-back-2021-2024-explainer"
B = "PSEPH 58 by-elections"
G = "PSEPH 58 (2019 general election)"


def _by(name: str, year: str = "") -> tuple[Seat, Seat]:
    b = by_election(name, year)
    return b, previous_general(b)[1]


@story(NAME)
def key(k: Key) -> None:
    b, p = _by("Batley and Spen", "2021")
    k.claim("sister of the murdered MP Jo Cox", None, "family and events; not in the files")
    k.claim(
        "held Batley and Spen by 323 votes, down from 3,525, with 13,296 votes",
        b.first == "Lab" and b.majority == 323 and p.majority == 3525 and b.votes("Lab") == 13296,
        f"{B} {b.date} {b.line()}; {G} majority {p.majority:,}.",
    )
    gw = next(c for c in b.cands if c.surname == "Galloway")
    k.claim(
        "George Galloway came third with 8,264 votes",
        b.place("Galloway") == 3 and gw.votes == 8264,
        f"{B} {b.line()}",
    )
    k.claim(
        "taking more than a quarter of the vote",
        gw.votes / b.valid > 0.25,
        f"{B} Batley and Spen: Galloway {gw.votes:,} / {b.valid:,} = {pct(gw.votes / b.valid)}.",
    )
    k.claim(
        "Turnout was 47.6 per cent",
        "depends",
        f"{B} Batley and Spen: valid {b.valid:,} / electorate {b.electorate:,} = {pct(b.turnout)} "
        f"(47.5); with {b.invalid} rejected ballots, {b.valid + b.invalid:,} / {b.electorate:,} = "
        f"{pct((b.valid + b.invalid) / b.electorate)} (47.6, the council's figure).",
    )
    a, ap = _by("Airdrie and Shotts", "2021")
    k.claim(
        "The SNP held Airdrie and Shotts by 1,757, its share edging up",
        a.first == "SNP" and a.majority == 1757 and 0 < a.share("SNP") - ap.share("SNP") < 0.02,
        f"{B} {a.line()}; SNP {pct(ap.share('SNP'))} in 2019, {pct(a.share('SNP'))}.",
    )
    o, op = _by("Old Bexley and Sidcup")
    k.claim(
        "The Conservatives held Old Bexley and Sidcup by 4,478, their majority cut from almost "
        "19,000",
        o.first == "Con" and o.majority == 4478 and 18500 <= op.majority < 19000,
        f"{B} {o.line()}; {G} majority {op.majority:,}.",
    )
    k.claim(
        "Reform UK's Richard Tice came second",
        o.place("Tice") == 2,
        f"{B} {o.line()} (Tice third).",
    )
    k.claim("After the killing of Sir David Amess", None, "an event; not in the files")
    s, sp = _by("Southend West")
    k.claim(
        "the main parties stood aside",
        not any(c.party in ("Lab", "LD") for c in s.cands),
        f"{B} Southend West candidates: {', '.join(c.party for c in s.ranked())}.",
    )
    k.claim(
        "Anna Firth won with 86 per cent of the vote",
        round(100 * s.share("Con")) == 86,
        f"{B} {s.line()}; Con {pct(s.share('Con'))}.",
    )
    parl = by_elections(58)
    low = sorted(parl, key=lambda x: x.turnout)
    k.claim(
        "turnout was just 22 per cent, the lowest of any by-election of the parliament",
        round(100 * s.turnout) == 22 and low[0].name == "Southend West",
        f"{B} lowest turnouts (valid / electorate): "
        + ", ".join(f"{x.name} {pct(x.turnout)}" for x in low[:3])
        + ".",
    )
    k.claim(
        "more than 1,000 ballots were spoilt",
        s.invalid > 1000,
        f"{B} Southend West: {s.invalid:,} rejected ballots.",
    )
    e, ep = _by("Birmingham, Erdington")
    k.claim(
        "Labour's majority rose to 3,266",
        e.majority == 3266 and e.majority > ep.majority,
        f"{B} {e.line()}; {G} majority {ep.majority:,} (it fell).",
    )
    c, cp = _by("City of Chester")
    k.claim(
        "Samantha Dixon's majority more than doubled, to 10,974",
        c.majority == 10974 and c.majority > 2 * cp.majority,
        f"{B} City of Chester majority {c.majority:,}; {G} {cp.majority:,} "
        f"({c.majority / cp.majority:.2f} times).",
    )
    k.claim(
        "Labour took more than 60 per cent of the vote",
        c.share("Lab") > 0.6,
        f"{B} City of Chester Lab {pct(c.share('Lab'))}.",
    )
    st, _ = _by("Stretford and Urmston")
    k.claim(
        "Andrew Western took almost 70 per cent on a turnout of barely a quarter",
        0.68 <= st.share("Lab") < 0.7 and 0.25 <= st.turnout < 0.26,
        f"{B} {st.line()}; Lab {pct(st.share('Lab'))}; turnout {pct(st.turnout)}.",
    )
    w, wp = _by("West Lancashire")
    k.claim(
        "held the seat with a majority of 8,326, ten fewer than in 2019",
        w.majority == 8326 and wp.majority - w.majority == 10,
        f"{B} West Lancashire majority {w.majority:,}; {G} {wp.majority:,}.",
    )
    r, rp = _by("Rutherglen and Hamilton West")
    k.claim(
        "Michael Shanks won by 9,446, overturning an SNP majority of 5,230",
        r.first == "Lab" and r.majority == 9446 and rp.first == "SNP" and rp.majority == 5230,
        f"{B} {r.line()}; {G} {rp.line()}",
    )
    dl, ds = r.share("Lab") - rp.share("Lab"), r.share("SNP") - rp.share("SNP")
    k.claim(
        "Labour's share rose by 24 points and the SNP's fell by almost 17",
        round(100 * dl) == 24 and 0.16 <= -ds < 0.17,
        f"Rutherglen and Hamilton West: Lab {100 * dl:+.2f}, SNP {100 * ds:+.2f} on 2019.",
    )
    kw, kwp = _by("Kingswood")
    k.claim(
        "Damien Egan won Kingswood by 2,501 on a swing of 16.4 per cent",
        kw.first == "Lab" and kw.majority == 2501 and round(100 * swing(kw, kwp, "Lab", "Con"), 1)
        == 16.4,
        f"{B} {kw.line()}; Butler swing Con to Lab on 2019 {100 * swing(kw, kwp, 'Lab', 'Con'):.2f}.",
    )  # fmt: skip
    k.claim(
        "with Reform taking 10.4 per cent",
        round(100 * kw.share("RUK"), 1) == 10.4,
        f"{B} Kingswood RUK {pct(kw.share('RUK'))}.",
    )
    k.claim("after Peter Bone lost a recall petition", None, "a recall petition; not in the files")
    wb, wbp = _by("Wellingborough")
    k.claim(
        "Gen Kitchen won Wellingborough with 13,844 votes to Helen Harrison's 7,408 on a 28.5 per "
        "cent swing",
        wb.votes("Lab") == 13844 and wb.votes("Con") == 7408
        and round(100 * swing(wb, wbp, "Lab", "Con"), 1) == 28.5,
        f"{B} {wb.line()}; swing {100 * swing(wb, wbp, 'Lab', 'Con'):.2f}.",
    )  # fmt: skip
    k.claim(
        "overturning a majority of 18,540",
        wbp.first == "Con" and wbp.majority == 18540,
        f"{G} {wbp.line()}",
    )
    dc = wb.share("Con") - wbp.share("Con")
    k.claim(
        "The Tory share fell by 38 points",
        round(-100 * dc) == 38,
        f"Wellingborough Con {pct(wbp.share('Con'))} in 2019, {pct(wb.share('Con'))} "
        f"({100 * dc:+.2f}).",
    )
    lab_gains = sorted(
        ((previous_general(x)[1].majority, x.name) for x in parl
         if x.first == "Lab" and previous_general(x)[1].first == "Con"),
        reverse=True,
    )  # fmt: skip
    k.claim(
        "It was the third biggest Tory majority Labour has overturned at a by-election since the "
        "war, behind Mid Bedfordshire and Selby and Ainsty",
        [n for _, n in lab_gains[:3]] == ["Mid Bedfordshire", "Selby and Ainsty", "Wellingborough"],
        f"{B}, Labour gains from the Conservatives by the 2019 majority overturned: "
        + ", ".join(f"{n} {m:,}" for m, n in lab_gains)
        + ". Tamworth's majority was bigger, so Wellingborough is at best fourth since the war.",
    )
    k.claim('called them "fantastic results"', None, "a quotation")
    bl, blp = _by("Blackpool South")
    sw = {x.name: swing(x, previous_general(x)[1], "Lab", "Con") for x in parl}
    order = sorted(sw, key=lambda n: -sw[n])
    k.claim(
        "Chris Webb won by 7,607 on a swing of 26.3 per cent, the second-largest "
        "Conservative-to-Labour swing of the parliament after Wellingborough",
        bl.majority == 7607 and round(100 * sw["Blackpool South"], 1) == 26.3
        and order[:2] == ["Wellingborough", "Blackpool South"],
        f"{B} {bl.line()}; largest Butler swings Con to Lab on 2019: "
        + ", ".join(f"{n} {100 * sw[n]:.2f}" for n in order[:4])
        + ".",
    )  # fmt: skip
    gap = bl.votes("Con") - bl.votes("RUK")
    k.claim(
        "Reform came within 117 votes of pushing the Conservatives into third",
        gap == 117 and bl.place("Butcher") == 3,
        f"{B} {bl.line()}; Con - RUK = {gap}.",
    )
