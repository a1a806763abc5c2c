"""blue-wall-by-elections-explainer: by-elections of the 2019 parliament (PSEPH 58), changes
measured against the 2019 general election in the same seat (ONS code), history from CBP-8647."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import Seat, by_election, by_elections, hist_line, hist_seat, previous_general, swing

NAME = "blue-wall-by-elections-explainer"


def _cite(s: Seat) -> str:
    return f"PSEPH 58 by-elections {s.date}: {s.line()}"


def _prev(s: Seat) -> tuple[str, Seat]:
    year, o = previous_general(s)
    return f"general election {year} (PSEPH 58, same ONS code): {o.line()}", o


@story(NAME)
def key(k: Key) -> None:
    ca = by_election("Chesham and Amersham")
    pca, oca = _prev(ca)
    k.claim(
        "Sarah Green polled 21,517 votes to the Conservative Peter Fleet's 13,489, a majority "
        "of 8,028",
        ca.result == "LD gain from Con"
        and ca.votes("LD") == 21517
        and ca.votes("Con") == 13489
        and ca.majority == 8028,
        f"{_cite(ca)}.",
    )
    k.claim(
        "She took 56.7 per cent of the vote",
        round(100 * ca.share("LD"), 1) == 56.7,
        f"{_cite(ca)}: {ca.votes('LD'):,} / {ca.valid:,} = {pct(ca.share('LD'))}.",
    )
    sw = swing(ca, oca, "LD", "Con")
    k.claim(
        "on a swing of about 25 points from the Conservatives",
        round(100 * sw) == 25,
        f"LD {pct(oca.share('LD'))} -> {pct(ca.share('LD'))}, Con {pct(oca.share('Con'))} -> "
        f"{pct(ca.share('Con'))} ({pca}); Butler swing Con->LD {100 * sw:.2f} points.",
    )
    k.claim(
        "overturned the majority of 16,233 that Dame Cheryl Gillan had won",
        oca.majority == 16233,
        f"{pca}: majority {oca.majority:,}, not 16,233.",
    )
    ch = hist_seat("Chesham & Amersham")
    k.claim(
        "a seat that had voted Conservative at every election since it was created in 1974",
        ch[0].election == "1974F" and all(h.winner == "con" for h in ch),
        f"CBP-8647 'Chesham & Amersham' (first row 1974F): {hist_line(ch)}.",
    )
    k.claim(
        "Turnout was just over 52 per cent",
        0.52 <= ca.turnout < 0.525,
        f"{_cite(ca)}: valid {ca.valid:,} / electorate {ca.electorate:,} = {pct(ca.turnout)}.",
    )
    r = ca.ranked()
    k.claim(
        "The Greens came third and Labour, with 622 votes, trailed in fourth",
        r[2].party == "Green" and r[3].party == "Lab" and r[3].votes == 622,
        f"{_cite(ca)}.",
    )
    k.claim(
        "Ed Davey said he had visited the constituency 16 times",
        None,
        "campaign visits; not in the results files",
    )
    ns = by_election("North Shropshire")
    pns, ons = _prev(ns)
    k.claim(
        "who had come third there with barely a tenth of the vote two years earlier",
        ons.place("Morgan") == 3 and 0.09 <= ons.share("LD") <= 0.10,
        f"{pns}: Helen Morgan third, {ons.votes('LD'):,} / {ons.valid:,} = {pct(ons.share('LD'))}.",
    )
    k.claim(
        "won by 5,925 votes",
        ns.result == "LD gain from Con" and ns.majority == 5925,
        f"{_cite(ns)}.",
    )
    sw = swing(ns, ons, "LD", "Con")
    k.claim(
        "overturning a Conservative majority of almost 23,000 on a swing of 34 points",
        22000 <= ons.majority < 23000 and round(100 * sw) == 34,
        f"{pns}: majority {ons.majority:,}. Butler swing Con->LD: LD {pct(ons.share('LD'))} -> "
        f"{pct(ns.share('LD'))}, Con {pct(ons.share('Con'))} -> {pct(ns.share('Con'))}: "
        f"{100 * sw:.2f} points.",
    )
    k.claim(
        "Labour's Ben Wood came third with 3,686 votes",
        ns.place("Wood") == 3 and ns.votes("Lab") == 3686,
        f"{_cite(ns)}.",
    )
    t_valid = ns.turnout
    t_all = (ns.valid + ns.invalid) / ns.electorate
    k.claim(
        "turnout was 46.3 per cent",
        "depends",
        f"{_cite(ns)}, electorate {ns.electorate:,}, rejected {ns.invalid}: valid votes / "
        f"electorate = {pct(t_valid)} (46.2, the definition used here); all ballots "
        f"({ns.valid + ns.invalid:,}) / electorate = {pct(t_all)} (46.3, as the returning "
        "officer announced).",
    )
    sh = hist_seat("Shropshire Oswestry", "Oswestry", "Shropshire North", "North Shropshire")
    k.claim(
        "The seat and its predecessor had returned a Conservative at every election since 1918",
        all(h.winner == "con" for h in sh) and sh[0].election == "1918",
        f"CBP-8647 'Shropshire Oswestry' / 'Oswestry' / 'Shropshire North' / 'North "
        f"Shropshire': {hist_line(sh)}.",
    )
    k.claim(
        "the area had been Tory for nearly two centuries",
        None,
        "before 1918; the CBP-8647 series starts in 1918",
    )
    th = by_election("Tiverton and Honiton")
    pth, oth = _prev(th)
    k.claim(
        "Richard Foord took Tiverton and Honiton for the Liberal Democrats by 6,144 votes",
        th.result == "LD gain from Con" and th.majority == 6144,
        f"{_cite(th)}.",
    )
    k.claim("wiping out a majority of 24,239", oth.majority == 24239, f"{pth}.")
    overturned = {}
    for b in by_elections(58):
        if "gain" in b.result:
            overturned[b.name] = previous_general(b)[1].majority
    big = max(overturned, key=lambda n: overturned[n])
    k.claim(
        "the largest majority overturned at any by-election of the parliament",
        big == "Tiverton and Honiton",
        "PSEPH 58 by-elections won on a gain, previous (2019) majority: "
        + ", ".join(f"{n} {m:,}" for n, m in sorted(overturned.items(), key=lambda x: -x[1]))
        + f"; the largest is {big}.",
    )
    sf = by_election("Somerton and Frome")
    k.claim(
        "Sarah Dyke won Somerton and Frome with a majority of 11,008",
        sf.result == "LD gain from Con" and sf.majority == 11008,
        f"{_cite(sf)}.",
    )
    k.claim(
        "taking more than 60 per cent of the vote",
        sf.share("LD") > 0.6,
        f"{_cite(sf)}: {sf.votes('LD'):,} / {sf.valid:,} = {pct(sf.share('LD'))}, not over 60%.",
    )
    sa = by_election("Selby and Ainsty")
    psa, osa = _prev(sa)
    k.claim(
        "Labour toppled a majority of 20,137 in Selby and Ainsty",
        sa.result == "Lab gain from Con" and osa.majority == 20137,
        f"{_cite(sa)}; {psa}.",
    )
    k.claim(
        "Keir Mather, at 25, became the youngest MP in the Commons",
        None,
        "an age; not in the results files",
    )
    ux = by_election("Uxbridge and South Ruislip")
    k.claim(
        "the Conservatives clung on in Uxbridge and South Ruislip by just 495 votes",
        ux.result == "Con hold" and ux.majority == 495,
        f"{_cite(ux)}.",
    )
    mb = by_election("Mid Bedfordshire")
    pmb, omb = _prev(mb)
    hb = hist_seat("Bedfordshire Mid", "Mid-Bedfordshire", "Mid Bedfordshire")
    k.claim(
        "held by the Conservatives since 1924",
        all(h.winner == "con" for h in hb if h.election >= "1924"),
        f"CBP-8647 'Bedfordshire Mid' / 'Mid-Bedfordshire' / 'Mid Bedfordshire': "
        f"{hist_line(hb)}; Liberal in 1929, Conservative since 1931.",
    )
    k.claim(
        "Alistair Strathern overturned a majority of 24,664 and won by 1,192 votes",
        mb.result == "Lab gain from Con" and omb.majority == 24664 and mb.majority == 1192,
        f"{_cite(mb)}; {pmb}.",
    )
    k.claim(
        "the Liberal Democrats a strong third on 9,420",
        mb.ranked()[2].party == "LD" and mb.votes("LD") == 9420,
        f"{_cite(mb)}.",
    )
    tw = by_election("Tamworth")
    k.claim(
        "Sarah Edwards won by 1,613 votes",
        tw.majority == 1613,
        f"{_cite(tw)}: majority {tw.majority:,}, not 1,613.",
    )
    bys = by_elections(58)
    ld = [b.name for b in bys if b.result == "LD gain from Con"]
    lab = [b.name for b in bys if b.result == "Lab gain from Con"]
    k.claim(
        "the Liberal Democrats had gained four seats from the Conservatives at by-elections, "
        "and Labour had taken seven",
        len(ld) == 4 and len(lab) == 7,
        f"PSEPH 58 by-elections, result 'LD gain from Con': {', '.join(ld)}; 'Lab gain from "
        f"Con': {', '.join(lab)}.",
    )
    wk = by_election("Wakefield")
    pwk, owk = _prev(wk)
    k.claim(
        "won back Wakefield by 4,925 votes",
        wk.result == "Lab gain from Con"
        and owk.result == "Con gain from Lab"
        and wk.majority == 4925,
        f"{_cite(wk)}; {pwk}.",
    )
    con = [b for b in bys if b.result.startswith("Con gain")]
    k.claim(
        "The only Conservative gain at a by-election in the whole parliament was Hartlepool, "
        "taken from Labour in 2021 with a majority of 6,940",
        [b.name for b in con] == ["Hartlepool"]
        and con[0].result == "Con gain from Lab"
        and con[0].majority == 6940,
        "PSEPH 58 by-elections with a Conservative gain: " + "; ".join(_cite(b) for b in con) + ".",
    )
