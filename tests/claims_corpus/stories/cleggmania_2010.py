"""cleggmania-fizzles-magazine: the Liberal Democrats at the 2010 election, no year printed;
changes against the 2005 result (CBP-8647) and the notional 2005 result (PSEPH 54)."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict

from .._key import Key, pct, story
from .._raw import BYPARL, general, hist_national, pseph_name, seats_won, share_of, totals

NAME = "cleggmania-fizzles-magazine"
N05 = "PSEPH 54 notional (2005 on the 2010 boundaries)"


def _notional2005() -> dict[str, dict[str, int]]:
    path = BYPARL / "54" / "notional-general-election" / "results.csv"
    out: dict[str, dict[str, int]] = defaultdict(dict)
    with path.open(encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            d = out[r["constituency_id"]]
            d[r["mnis_party_abbrev"]] = d.get(r["mnis_party_abbrev"], 0) + int(r["votes"])
    return dict(out)


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    f10 = pseph_name(2010)
    n05 = _notional2005()
    w = seats_won(2010)
    h05 = hist_national("2005")
    k.claim(
        "polls that at one point put his party ahead of Labour",
        None,
        "opinion polls; not in the results files",
    )
    k.claim(
        "the Liberal Democrats ended election night with 57 seats, five fewer than five years ago",
        w["LD"] == 57 and int(h05["won_lib"]) - w["LD"] == 5,
        f"{f10}: LD first in {w['LD']} rows. CBP-8647 2005: Lib won {int(h05['won_lib'])}; "
        f"{N05}: LD first in {Counter(max(d, key=lambda p: d[p]) for d in n05.values())['LD']}.",
    )
    t = totals(2010)
    d05 = h05["lib"] / h05["_total"]
    k.claim(
        "Their share of the vote, 23 per cent, was up only one point",
        round(100 * share_of(t, "LD")) == 23 and round(100 * (share_of(t, "LD") - d05)) == 1,
        f"{f10}: LD {t['LD']:,} / {t['_valid']:,} = {pct(share_of(t, 'LD'))}; CBP-8647 2005 Lib "
        f"{pct(d05)}; {100 * (share_of(t, 'LD') - d05):+.2f} points.",
    )
    sh = g["Sheffield, Hallam"]
    k.claim(
        "Clegg himself was re-elected in Sheffield Hallam with a majority of more than 20,000",
        sh.majority > 20000,
        f"{f10} {sh.line()}: 15,284, not more than 20,000.",
    )
    gains = [s for s in g.values() if s.result.startswith("LD gain")]
    lost = [s for s in g.values() if s.result == "Con gain from LD"]
    k.claim(
        "The party gained eight seats but lost 12 to the Conservatives",
        len(gains) == 8 and len(lost) == 12,
        f"{f10}: Result 'LD gain ...' in {len(gains)} rows "
        f"({dict(Counter(s.result for s in gains))}); 'Con gain from LD' in {len(lost)} rows.",
    )
    for anchor, seat, loser, maj in (
        ("Evan Harris lost Oxford West and Abingdon by 176 votes", "Oxford West and Abingdon",
         "Harris", 176),
        ("Lembit Opik was beaten in Montgomeryshire by 1,184", "Montgomeryshire", "Opik", 1184),
        ("Susan Kramer lost Richmond Park to Zac Goldsmith by 4,091", "Richmond Park", "Kramer",
         4091),
    ):  # fmt: skip
        s = g[seat]
        k.claim(
            anchor,
            s.ranked()[1].surname == loser and s.majority == maj,
            f"{f10} {s.line()}.",
        )
    cr = g["Camborne and Redruth"]
    k.claim(
        "Julia Goldsworthy lost Camborne and Redruth by just 66 votes",
        cr.ranked()[1].surname == "Goldsworthy" and cr.majority == 66,
        f"{f10} {cr.line()}.",
    )
    eng = sorted((s for s in g.values() if s.country == "England"), key=lambda s: s.majority)
    k.claim(
        "the narrowest result in England",
        eng[0].name == "Camborne and Redruth",
        f"{f10}, English rows, smallest Majority: "
        + ", ".join(f"{s.name} {s.majority}" for s in eng[:3])
        + ".",
    )
    rc = g["Redcar"]

    def sw(s_name: str) -> float:
        s = g[s_name]
        d = n05[s.code]
        tot = sum(d.values())
        return (
            (s.share("LD") - d.get("LD", 0) / tot) - (s.share("Lab") - d.get("Lab", 0) / tot)
        ) / 2

    both = [s.name for s in g.values() if s.votes("LD") and s.votes("Lab") and s.code in n05]
    top = sorted(both, key=lambda x: -sw(x))
    k.claim(
        "Ian Swales took Redcar with a majority of 5,214",
        rc.result == "LD gain from Lab" and rc.majority == 5214,
        f"{f10} {rc.line()}.",
    )
    k.claim(
        "on the biggest swing from Labour to the Liberal Democrats anywhere, almost 22 points",
        top[0] == "Redcar" and 21.5 <= 100 * sw("Redcar") < 22,
        f"Butler swing Lab->LD, {N05} -> {f10}, highest: "
        + ", ".join(f"{x} {100 * sw(x):.2f}" for x in top[:3])
        + " points.",
    )
    ns = g["Norwich South"]
    gr = next(c for c in ns.cands if c.party == "Green")
    k.claim(
        "Charles Clarke lost by 310 votes, with the Greens' Adrian Ramsay fourth on almost 15 per "
        "cent",
        ns.ranked()[1].surname == "Clarke"
        and ns.majority == 310
        and ns.place("Ramsay") == 4
        and 0.14 <= gr.votes / ns.valid < 0.15,
        f"{f10} {ns.line()}; Ramsay {gr.votes:,} / {ns.valid:,} = {pct(gr.votes / ns.valid)}.",
    )
    be = g["Bradford East"]
    k.claim(
        "David Ward won Bradford East by 365",
        be.ranked()[0].surname == "Ward" and be.majority == 365,
        f"{f10} {be.line()}.",
    )
    eb = g["Eastbourne"]
    k.claim(
        "Stephen Lloyd took Eastbourne by more than 4,000",
        eb.majority > 4000,
        f"{f10} {eb.line()}: 3,435, not more than 4,000.",
    )
    bc = g["Brent Central"]
    r = bc.ranked()
    k.claim(
        "a contest between two sitting MPs, Sarah Teather beat Labour's Dawn Butler by 1,345 votes",
        r[0].sitting and r[1].sitting and r[0].surname == "Teather" and bc.majority == 1345,
        f"{f10} {bc.line()}; Sitting MP: Teather {r[0].sitting}, Butler {r[1].sitting}.",
    )
    best = sorted(g.values(), key=lambda s: -s.share("LD"))
    k.claim(
        "The party's best share anywhere was in Westmorland and Lonsdale, at 60 per cent",
        best[0].name == "Westmorland and Lonsdale" and round(100 * best[0].share("LD")) == 60,
        f"{f10}, LD share highest: "
        + ", ".join(f"{s.name} {pct(s.share('LD'))}" for s in best[:3])
        + ".",
    )
    sw_ = seats_won(2010, region="South West")
    k.claim(
        "In the South West it won 15 seats, far more than Labour's four",
        sw_["LD"] == 15 and sw_["Lab"] == 4,
        f"{f10}, Region name South West: {dict(sw_)}.",
    )
    lab05 = Counter(max(d, key=lambda p: d[p]) for d in n05.values())["Lab"]
    k.claim(
        "Labour, meanwhile, lost 90 seats",
        "depends",
        f"{N05}: Lab first in {lab05} seats; {f10}: {w['Lab']}; {lab05} - {w['Lab']} = "
        f"{lab05 - w['Lab']}. Against the actual 2005 result (CBP-8647: Lab won "
        f"{int(h05['won_lab'])}) the loss is {int(h05['won_lab']) - w['Lab']}.",
    )
    sc = [s for s in g.values() if s.country == "Scotland"]
    k.claim(
        "In Scotland it lost none",
        not [s for s in sc if s.result.endswith("from Lab")],
        f"{f10}, Country name Scotland: no Result '... gain from Lab'; Lab first in "
        f"{sum(s.first == 'Lab' for s in sc)} of 59.",
    )
    k.claim(
        "it won back Glasgow East, lost at a by-election two years earlier",
        None,
        f"{f10} {g['Glasgow East'].line()}. The official result is 'Lab hold' against 2005; the "
        "2008 by-election is outside every file here (the by-election files start in 2010).",
    )
    bnp = [s for s in g.values() if s.votes("BNP")]
    top_bnp = sorted(bnp, key=lambda s: -s.share("BNP"))
    ba = g["Barking"]
    k.claim(
        "the British National Party won more than half a million votes but no seats",
        t["BNP"] > 500000 and w["BNP"] == 0,
        f"{f10}: BNP {t['BNP']:,} votes; first in {w['BNP']} rows.",
    )
    k.claim(
        "Nick Griffin finished third in Barking with 14.6 per cent, the party's best result",
        ba.place("Griffin") == 3
        and round(100 * ba.share("BNP"), 1) == 14.6
        and top_bnp[0].name == "Barking",
        f"{f10} {ba.line()}; BNP share highest: "
        + ", ".join(f"{s.name} {pct(s.share('BNP'))}" for s in top_bnp[:3])
        + ".",
    )
    k.claim(
        "UKIP took 3.1 per cent",
        round(100 * share_of(t, "UKIP"), 1) == 3.1,
        f"{f10}: UKIP {t['UKIP']:,} / {t['_valid']:,} = {pct(share_of(t, 'UKIP'))}.",
    )
