"""by-election-upsets-2012-2025-explainer: by-elections of the 2010, 2015, 2017 and 2024
parliaments, changes measured against the previous general election in the same seat."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import Seat, by_election, by_elections, hist_line, hist_seat, previous_general

NAME = "by-election-upsets-2012-2025-explainer"


def _cite(s: Seat) -> str:
    return f"PSEPH by-elections {s.date}: {s.line()}"


def _prev(s: Seat) -> tuple[str, Seat]:
    year, o = previous_general(s)
    return f"general election {year} (PSEPH, same ONS code): {o.line()}", o


@story(NAME)
def key(k: Key) -> None:
    bw = by_election("Bradford West")
    pbw, obw = _prev(bw)
    sw = ((bw.share("Res") - obw.share("Res")) - (bw.share("Lab") - obw.share("Lab"))) / 2
    k.claim(
        "George Galloway took the seat for Respect with a majority of 10,140",
        bw.result == "Res gain from Lab" and bw.majority == 10140,
        f"{_cite(bw)}.",
    )
    k.claim(
        "on a swing from Labour of more than 36 points",
        100 * sw > 36,
        f"Res {pct(obw.share('Res'))} -> {pct(bw.share('Res'))}, Lab {pct(obw.share('Lab'))} -> "
        f"{pct(bw.share('Lab'))} ({pbw}); Butler swing Lab->Res {100 * sw:.2f} points.",
    )
    k.claim(
        "He called it the most sensational result in British by-election history",
        None,
        "quotation; not in the results files",
    )
    el = by_election("Eastleigh")
    k.claim(
        "The Liberal Democrats held on by 1,771 votes, with UKIP pushing the Conservatives into "
        "third place",
        el.result == "LD hold"
        and el.majority == 1771
        and el.second == "UKIP"
        and el.ranked()[2].party == "Con",
        f"{_cite(el)}.",
    )
    cl = by_election("Clacton", "2014")
    k.claim(
        "won Clacton for UKIP with almost two-thirds of the vote",
        0.63 <= cl.share("UKIP") < 2 / 3,
        f"{_cite(cl)}: {cl.votes('UKIP'):,} / {cl.valid:,} = {pct(cl.share('UKIP'))}, under 60%, "
        "not almost two-thirds (66.7%).",
    )
    k.claim("a majority of 12,404", cl.majority == 12404, f"{_cite(cl)}.")
    hm = by_election("Heywood and Middleton")
    k.claim(
        "Labour held Heywood and Middleton by just 617 votes",
        hm.result == "Lab hold" and hm.majority == 617,
        f"{_cite(hm)}.",
    )
    rs = by_election("Rochester and Strood")
    k.claim(
        "won for UKIP by more than 3,000 votes",
        rs.first == "UKIP" and rs.majority > 3000,
        f"{_cite(rs)}: majority 2,920, under 3,000.",
    )
    rp = by_election("Richmond Park")
    prp, orp = _prev(rp)
    k.claim(
        "overturned Zac Goldsmith's general election majority of more than 23,000, beating him "
        "by 1,872 votes",
        orp.majority > 23000
        and orp.ranked()[0].surname == "Goldsmith"
        and rp.majority == 1872
        and rp.ranked()[1].surname == "Goldsmith",
        f"{prp}. {_cite(rp)}.",
    )
    k.claim(
        "stood as an independent",
        rp.ranked()[1].party == "Ind",
        f"{_cite(rp)}: Goldsmith's party abbreviation is {rp.ranked()[1].party}.",
    )
    co = by_election("Copeland")
    pco, oco = _prev(co)
    k.claim(
        "the first by-election gain by a governing party since 1982",
        None,
        "the by-election files start in 2010 (PSEPH 55); none of them records a governing-party "
        "gain before Copeland, but 1982 lies outside every file here",
    )
    ch = hist_seat("Cumberland Whitehaven", "Whitehaven", "Copeland")
    k.claim(
        "had voted Labour at every general election since 1935",
        all(h.winner == "lab" for h in ch if "1935" <= h.election <= "2015")
        and ch[ch.index(next(h for h in ch if h.election == "1931"))].winner != "lab",
        f"CBP-8647 Cumberland Whitehaven / Whitehaven / Copeland: {hist_line(ch)}.",
    )
    d = co.share("Con") - oco.share("Con")
    k.claim(
        "She took 44.3 per cent of the vote, up more than eight points",
        round(100 * co.share("Con"), 1) == 44.3 and 100 * d > 8,
        f"{_cite(co)}: {co.votes('Con'):,} / {co.valid:,} = {pct(co.share('Con'))}; {pco}: Con "
        f"{pct(oco.share('Con'))}; {100 * d:+.2f} points.",
    )
    csw = (d - (co.share("Lab") - oco.share("Lab"))) / 2
    k.claim(
        "overturned a Labour majority of 2,564 to win by 2,147, on a swing of 6.7 points",
        oco.majority == 2564 and co.majority == 2147 and round(100 * csw, 1) == 6.7,
        f"{pco}. {_cite(co)}. Butler swing Lab->Con ({100 * d:+.2f} Con, "
        f"{100 * (co.share('Lab') - oco.share('Lab')):+.2f} Lab) = {100 * csw:.2f} points.",
    )
    st = by_election("Stoke-on-Trent Central")
    k.claim(
        "Labour's Gareth Snell held the seat with a majority of 2,620 on a turnout of 38 per cent",
        st.result == "Lab hold" and st.majority == 2620 and round(100 * st.turnout) == 38,
        f"{_cite(st)}; turnout {st.valid:,} / {st.electorate:,} = {pct(st.turnout)}.",
    )
    r = st.ranked()
    k.claim(
        "UKIP leader Paul Nuttall came second, just 79 votes ahead of the Conservatives",
        r[1].surname == "Nuttall" and r[2].party == "Con" and r[1].votes - r[2].votes == 79,
        f"{_cite(st)}: {r[1].votes:,} - {r[2].votes:,} = {r[1].votes - r[2].votes}.",
    )
    pb = by_election("Peterborough")
    ppb, opb = _prev(pb)
    k.claim(
        "Labour held Peterborough by 683 votes over the Brexit Party, which took almost 29 per cent",
        pb.result == "Lab hold"
        and pb.majority == 683
        and pb.ranked()[1].party == "BRX"
        and 0.28 <= pb.share("BRX") < 0.29,
        f"{_cite(pb)}; BRX {pb.votes('BRX'):,} / {pb.valid:,} = {pct(pb.share('BRX'))}.",
    )
    dl = pb.share("Lab") - opb.share("Lab")
    k.claim(
        "Labour's share fell by more than 20 points",
        100 * dl < -20,
        f"Peterborough Lab {pct(opb.share('Lab'))} ({ppb}) -> {pct(pb.share('Lab'))} at the "
        f"by-election: {100 * dl:+.2f} points, not more than 20.",
    )
    br = by_election("Brecon and Radnorshire")
    pbr, obr = _prev(br)
    k.claim(
        "overturning a Conservative majority of more than 8,000 to win by 1,425",
        obr.first == "Con"
        and obr.majority > 8000
        and br.majority == 1425
        and br.result == "LD gain from Con",
        f"{pbr}. {_cite(br)}.",
    )
    lab = [c for c in br.ranked() if c.party == "Lab"][0]
    k.claim(
        "Labour finished fourth with less than 5 per cent of the vote",
        br.place(lab.surname) == 4 and lab.votes / br.valid < 0.05,
        f"{_cite(br)}: Labour ({lab.name}) fourth with {lab.votes:,} / {br.valid:,} = "
        f"{pct(lab.votes / br.valid)}, not less than 5%.",
    )
    ru = by_election("Runcorn and Helsby")
    pru, oru = _prev(ru)
    allb = sorted((s for p in range(55, 60) for s in by_elections(p)), key=lambda s: s.majority)
    k.claim(
        "Reform UK's Sarah Pochin won by six votes, the smallest majority at any by-election since "
        "2010",
        ru.first == "RUK" and ru.majority == 6 and allb[0] is ru,
        f"{_cite(ru)}. Smallest majorities in PSEPH 55-59 by-elections: "
        + ", ".join(f"{s.name} {s.date} {s.majority}" for s in allb[:3])
        + ".",
    )
    k.claim(
        "Labour's majority at the general election ten months earlier had been 14,696",
        oru.first == "Lab" and oru.majority == 14696,
        f"{pru}.",
    )
    k.claim(
        "Turnout was 46 per cent",
        round(100 * ru.turnout) == 46,
        f"Runcorn and Helsby by-election: {ru.valid:,} / {ru.electorate:,} = {pct(ru.turnout)}.",
    )
