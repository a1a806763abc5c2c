"""jewish-vote-seats-labour-returns-community-weekly: a community weekly (no year printed) on the
2024 results in the seats of England and Wales with the largest Jewish shares (Census 2021
religion counts, census21_wpc_religion.csv, 'Does not apply' dropped), from PSEPH 59 and the
PSEPH 58 notional 2019 results."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import census_counts, census_seat, general, notional2019, pseph_name

NAME = "jewish-vote-seats-labour-returns-community-weekly"
P24 = pseph_name(2024)
CEN = "census21_wpc_religion.csv"
NOT = "PSEPH 58 notional 2019"


def _share(name: str) -> float:
    d = census_counts("religion")[name]
    return d["Jewish"] / d["_total"]


@story(NAME)
def key(k: Key) -> None:
    rc = census_counts("religion")
    cs = census_seat(2024)
    g = general(2024)
    ranked = sorted(rc, key=lambda n: -_share(n))
    j = sum(d["Jewish"] for d in rc.values())
    t = sum(d["_total"] for d in rc.values())
    k.claim(
        "less than half a per cent",
        j / t < 0.005,
        f"{CEN}: Jewish {j:,} of {t:,} in England and Wales = {pct(j / t)}.",
    )
    top = " ; ".join(f"{n} {pct(_share(n))}" for n in ranked[:6])
    k.claim(
        "Finchley and Golders Green, where almost 21 per cent of residents are Jewish, has the "
        "highest share of any constituency in England and Wales",
        ranked[0] == "Finchley and Golders Green" and 0.20 <= _share(ranked[0]) < 0.21,
        f"{CEN}, Jewish share by seat: {top}.",
    )
    k.claim(
        "Hertsmere comes second at 16.9 per cent",
        ranked[1] == "Hertsmere" and round(100 * _share("Hertsmere"), 1) == 16.9,
        f"{CEN}, Jewish share by seat: {top}.",
    )
    outside = [n for n in ranked if cs[n].region != "London"]
    k.claim(
        "Bury South, at 15.8 per cent, has the highest share anywhere outside London",
        outside[0] == "Bury South" and round(100 * _share("Bury South"), 1) == 15.8,
        f"{CEN}, Jewish share outside London: "
        + "; ".join(f"{n} ({cs[n].region}) {pct(_share(n))}" for n in outside[:2])
        + ".",
    )
    k.claim(
        "Hendon is fourth",
        ranked[3] == "Hendon",
        f"{CEN}, Jewish share by seat: {top}.",
    )
    k.claim(
        "in Hackney North and Stoke Newington more than 12 per cent are Jewish",
        _share("Hackney North and Stoke Newington") > 0.12,
        f"{CEN}: Hackney North and Stoke Newington {pct(_share('Hackney North and Stoke Newington'))}.",
    )
    ten = [n for n in ranked if _share(n) > 0.10]
    k.claim(
        "Those are the five seats where more than one resident in ten is Jewish",
        len(ten) == 5,
        f"{CEN}: seats over 10 per cent Jewish: {', '.join(ten)}.",
    )
    won = [n for n in ten if cs[n].first == "Lab"]
    k.claim(
        "Labour won four of the five",
        len(won) == 4,
        f"{P24} winners: " + "; ".join(f"{n} {cs[n].first}" for n in ten) + ".",
    )
    fg = g["Finchley and Golders Green"]
    k.claim(
        "Mike Freer's old seat",
        None,
        "a former member's tenure on old boundaries; not decided here",
    )
    k.claim(
        "went to Labour's Sarah Sackman by 4,581",
        fg.first == "Lab" and fg.majority == 4581,
        f"{P24}: {fg.line()}.",
    )
    k.claim(
        "with more than half of the vote",
        fg.share("Lab") > 0.5,
        f"{P24} Finchley and Golders Green: Lab {pct(fg.share('Lab'))}.",
    )
    nf = notional2019()["Finchley and Golders Green"]
    order = sorted((p for p in nf if not p.startswith("_")), key=lambda p: -int(nf[p]))
    k.claim(
        "the Conservatives had a majority of 6,629 there, and Labour had been third",
        order[0] == "Con" and nf["_majority"] == 6629 and order.index("Lab") == 2,
        f"{NOT} Finchley and Golders Green: "
        + ", ".join(f"{p} {int(nf[p]):,}" for p in order[:3])
        + f"; majority {nf['_majority']:,}.",
    )
    k.claim(
        "23,000 Jewish voters were on the register",
        None,
        "an estimate of Jewish electors; the census counts residents, not voters",
    )
    he = g["Hendon"]
    k.claim(
        "David Pinto-Duschinsky won by just 15 votes",
        he.first == "Lab" and he.majority == 15,
        f"{P24}: {he.line()}.",
    )
    k.claim("after a recount that ran past dawn", None, "recounts are not in the files")
    nh = notional2019()["Hendon"]
    k.claim(
        "overturning a notional Conservative majority of 3,661",
        nh["_majority"] == 3661 and int(nh["Con"]) > int(nh["Lab"]),
        f"{NOT} Hendon: Con {int(nh['Con']):,}, Lab {int(nh['Lab']):,}, majority "
        f"{nh['_majority']:,}.",
    )
    bs = g["Bury South"]
    k.claim(
        "Christian Wakeford held Bury South for Labour by 9,361",
        "depends",
        f"{P24}: {bs.line()}. Elected as a Conservative in 2019 (notional 2019 Con majority "
        f"{notional2019()['Bury South']['_majority']}), Wakeford joined Labour in 2022: 'held for "
        "Labour' is true of the sitting member, false against the result column's gain.",
    )
    k.claim(
        "on a turnout of just 56 per cent",
        round(100 * bs.turnout) == 56,
        f"{P24} Bury South: valid {bs.valid:,} / electorate {bs.electorate:,} = {pct(bs.turnout)}.",
    )
    ht = g["Hertsmere"]
    k.claim(
        "Only Hertsmere stayed Conservative, where Oliver Dowden held on by 7,992",
        ht.first == "Con" and ht.result == "Con hold" and ht.majority == 7992,
        f"{P24}: {ht.line()}.",
    )
    cb = g["Chipping Barnet"]
    k.claim(
        "almost one in ten residents is Jewish",
        0.09 <= _share("Chipping Barnet") < 0.10,
        f"{CEN}: Chipping Barnet {pct(_share('Chipping Barnet'))}.",
    )
    k.claim(
        "saw Theresa Villiers lose by 2,914",
        cb.first == "Lab" and cb.majority == 2914 and cb.place("Villiers") == 2,
        f"{P24}: {cb.line()}.",
    )
    hh = g["Hampstead and Highgate"]
    k.claim(
        "where 8.6 per cent are Jewish",
        round(100 * _share("Hampstead and Highgate"), 1) == 8.6,
        f"{CEN}: Hampstead and Highgate {pct(_share('Hampstead and Highgate'))}.",
    )
    k.claim(
        "by 14,970",
        hh.first == "Lab" and hh.majority == 14_970,
        f"{P24}: {hh.line()}.",
    )
    hx = g["Harrow East"]
    k.claim(
        "Bob Blackman held Harrow East by 11,860",
        hx.first == "Con" and hx.majority == 11_860,
        f"{P24}: {hx.line()}.",
    )
    il = g["Ilford North"]
    k.claim(
        "Wes Streeting hung on by 528 against an independent",
        il.first == "Lab" and il.majority == 528 and il.ranked()[1].party == "Ind",
        f"{P24}: {il.line()}.",
    )
    k.claim("now the Mother of the House", None, "a parliamentary title; not in the files")
    hn = g["Hackney North and Stoke Newington"]
    k.claim(
        "a majority of 15,080",
        hn.first == "Lab" and hn.majority == 15_080,
        f"{P24}: {hn.line()}.",
    )
