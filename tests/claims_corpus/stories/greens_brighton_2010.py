"""greens-first-mp-brighton-pavilion-feature: a feature (years named) on the first Green MP,
Brighton Pavilion 2010 (changes against the notional 2005 result, PSEPH 54), the party's 2010
national figures, and the seat's later results to 2024."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, seats_won, share_of, totals
from .cleggmania_2010 import N05, _notional2005

NAME = "greens-first-mp-brighton-pavilion-feature"


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    f = pseph_name(2010)
    bp = g["Brighton, Pavilion"]
    n = _notional2005()[bp.code]
    nv = sum(n.values())
    n_share = {p: v / nv for p, v in n.items()}
    first_green = [s.name for s in g.values() if s.first == "Green"]
    k.claim(
        "the Green Party had its first MP",
        None,
        f"{f}: Green first only in {first_green}; but before 2010 the files reach only CBP-8647, "
        "which lumps every minor party into 'oth', so 'first ever' is beyond the files.",
    )
    k.claim(
        "Caroline Lucas won the seat with a majority of 1,252 over Labour's Nancy Platts",
        bp.result == "Green gain from Lab" and bp.majority == 1252 and bp.place("Platts") == 2,
        f"{f}: {bp.line()}.",
    )
    sw = ((bp.share("Green") - n_share["Green"]) - (bp.share("Lab") - n_share["Lab"])) / 2
    k.claim(
        "on a swing of 8.4 per cent from Labour",
        round(100 * sw, 1) == 8.4,
        f"{f} against {N05}: Green {pct(n_share['Green'])} -> {pct(bp.share('Green'))}, Lab "
        f"{pct(n_share['Lab'])} -> {pct(bp.share('Lab'))}; Butler swing Lab to Green "
        f"{pct(sw)}.",
    )
    nmaj = n["Lab"] - max(v for p, v in n.items() if p != "Lab")
    h05 = next(h for h in hist_seat("Brighton Pavilion") if h.election == "2005")
    k.claim(
        "On the new boundaries Labour had been defending a majority of more than 5,000",
        nmaj > 5000,
        f"{N05} Brighton, Pavilion: {n}; Lab {n['Lab']:,} - Con {n['Con']:,} = {nmaj:,} "
        f"(CBP-8647 2005, old boundaries: lab {h05.votes['lab']:,}, con {h05.votes['con']:,}).",
    )
    order = sorted((p for p in n if p != "NA"), key=lambda p: -n[p])
    k.claim(
        "the Greens had been third there five years before",
        order.index("Green") == 2,
        f"{N05}: {', '.join(f'{p} {n[p]:,}' for p in order)}: Green third (CBP-8647 2005 "
        "lumps the Greens into 'oth').",
    )
    k.claim(
        "Lucas took 31.3 per cent of the vote",
        round(100 * bp.share("Green"), 1) == 31.3,
        f"{f}: Green {bp.votes('Green'):,} / valid {bp.valid:,} = {pct(bp.share('Green'))}.",
    )
    r = bp.ranked()
    k.claim(
        "the Conservatives' Charlotte Vere came third with 12,275 votes",
        r[2].surname == "Vere" and r[2].votes == 12275,
        f"{f}: {bp.line()}.",
    )
    k.claim(
        "the Liberal Democrats finished fourth with 7,195",
        r[3].party == "LD" and r[3].votes == 7195,
        f"{f}: {bp.line()}: LD fourth with {r[3].votes:,}, not 7,195.",
    )
    lab_ch = bp.share("Lab") - n_share["Lab"]
    k.claim(
        "Labour's share fell by 7.5 points",
        round(100 * lab_ch, 1) == -7.5,
        f"{f} against {N05}: Lab {pct(n_share['Lab'])} -> {pct(bp.share('Lab'))} "
        f"({100 * lab_ch:+.2f} points).",
    )
    k.claim(
        "Turnout in the seat was 70 per cent",
        round(100 * bp.turnout) == 70,
        f"{f}: valid {bp.valid:,} / electorate {bp.electorate:,} = {pct(bp.turnout)}.",
    )
    k.claim("said Lucas, then 49,", None, "an age; the results files hold no ages")
    k.claim(
        "who gave up her seat in the European Parliament",
        None,
        "a European Parliament seat; the files hold Westminster results only",
    )
    hb = hist_seat("Brighton Pavilion")
    con_run = [h.election for h in hb if h.election < "1997"]
    first_lab = next(h.election for h in hb if h.winner == "lab")
    k.claim(
        "Brighton Pavilion had been Conservative at every election from 1950 until Labour took it "
        "in 2001",
        all(h.winner == "con" for h in hb if h.election < first_lab)
        and con_run[0] == "1950"
        and first_lab == "2001",
        f"CBP-8647 'Brighton Pavilion': {hist_line(hb)}: Labour first won it in {first_lab}, "
        "not 2001.",
    )
    greens = [c for s in g.values() if s.country != "Northern Ireland" for c in s.cands
              if c.party == "Green"]  # fmt: skip
    t = totals(2010)
    k.claim(
        "The party fielded more than 300 candidates across Britain",
        len(greens) > 300,
        f"{f}: {len(greens)} candidacies with party 'Green' outside Northern Ireland (Green "
        "Party and Scottish Green Party).",
    )
    k.claim(
        "took fewer than 300,000 votes, under 1 per cent of the total",
        t["Green"] < 300_000 and share_of(t, "Green") < 0.01,
        f"{f}: Green {t['Green']:,} / valid {t['_valid']:,} = {pct(share_of(t, 'Green'))} "
        "(UK, all 'Green' candidacies).",
    )
    best = sorted((s for s in g.values() if s.votes("Green")), key=lambda s: -s.share("Green"))
    ns = g["Norwich South"]
    k.claim(
        "Its next best result was in Norwich South, where Adrian Ramsay took 14.9 per cent but "
        "finished fourth",
        best[1].name == "Norwich South"
        and round(100 * ns.share("Green"), 1) == 14.9
        and ns.place("Ramsay") == 4,
        f"{f}: Green shares: "
        + ", ".join(f"{s.name} {pct(s.share('Green'))}" for s in best[:4])
        + f"; {ns.line()}.",
    )
    ld = g["Lewisham, Deptford"]
    k.claim(
        "In Lewisham Deptford, another target, Darren Johnson came third",
        ld.place("Johnson") == 3,
        f"{f}: {ld.line()}: Johnson fourth.",
    )
    y15, y17, y19 = (general(y)["Brighton, Pavilion"] for y in (2015, 2017, 2019))
    f15, f17, f19 = (pseph_name(y) for y in (2015, 2017, 2019))
    k.claim(
        "In 2015 her majority grew more than six times over, to 7,967",
        y15.majority == 7967 and y15.majority > 6 * bp.majority,
        f"{f15}: {y15.line()}; {y15.majority:,} / {bp.majority:,} = "
        f"{y15.majority / bp.majority:.2f}.",
    )
    k.claim(
        "with 41.8 per cent of the vote",
        round(100 * y15.share("Green"), 1) == 41.8,
        f"{f15}: Green {y15.votes('Green'):,} / {y15.valid:,} = {pct(y15.share('Green'))}.",
    )
    k.claim(
        "Two years later it almost doubled again, to 14,699",
        y17.majority == 14699 and 1.75 <= y17.majority / y15.majority < 2,
        f"{f17}: {y17.line()}; {y17.majority:,} / {y15.majority:,} = "
        f"{y17.majority / y15.majority:.2f}.",
    )
    k.claim(
        "in 2019 she won with a majority of 19,490",
        y19.majority == 19490,
        f"{f19}: {y19.line()}: majority {y19.majority:,}, not 19,490.",
    )
    only = {y: seats_won(y)["Green"] for y in (2015, 2017, 2019)}
    k.claim(
        "She remained the party's only MP through three more elections",
        all(v == 1 for v in only.values())
        and all(
            general(y)["Brighton, Pavilion"].winner_name == "Caroline Lucas" for y in only
        ),  # fmt: skip
        f"Green seats won: {only} (PSEPH 56-58), each Brighton, Pavilion, Caroline Lucas.",
    )
    g24 = general(2024)
    b24 = g24["Brighton Pavilion"]
    k.claim(
        "Siân Berry held the seat in 2024 with a majority of 14,290",
        b24.result == "Green hold" and b24.majority == 14290 and b24.winner_name == "Siân Berry",
        f"{pseph_name(2024)}: {b24.line()}.",
    )
    k.claim(
        "the party won four seats in all",
        seats_won(2024)["Green"] == 4,
        f"{pseph_name(2024)}: Green first in {seats_won(2024)['Green']} rows.",
    )
    top = sorted(g24.values(), key=lambda s: -s.share("Green"))
    k.claim(
        "Berry's 55 per cent was the party's highest share in the country",
        round(100 * b24.share("Green")) == 55 and top[0].name == "Brighton Pavilion",
        f"{pseph_name(2024)}: Green shares: "
        + ", ".join(f"{s.name} {pct(s.share('Green'))}" for s in top[:3])
        + ": Bristol Central was higher.",
    )
    k.claim("about £250,000", None, "campaign spending; not in the results files")
