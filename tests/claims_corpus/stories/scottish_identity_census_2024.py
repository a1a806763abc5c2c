"""scottish-only-seats-labour-sweep-census-note: a research note (no year but '2014') on the 57
Scottish seats of 2024 by the census summary file's one-decimal Scotland's Census columns
(c21IdentityScottishOnly, c21IdentityBritishOnly, c21Catholic, c21ChurchofScotland,
c21NoReligion, c21BornEngland; ScotRefYes, the file's 2014 referendum estimate) with the file's
Winner24/Second24/SNP24/Majority24 and PSEPH 59 for votes."""

from __future__ import annotations

from .._key import Key, story
from .._raw import census_summary, general, pseph_name, seats_won

NAME = "scottish-only-seats-labour-sweep-census-note"
CS = "census summary file"
P24 = pseph_name(2024)
ID = "c21IdentityScottishOnly"


def _sc() -> list[dict[str, str]]:
    return [r for r in census_summary().values() if r["Country"] == "Scotland"]


def _f(r: dict[str, str], col: str) -> float:
    return float(r[col])


def _top(col: str, low: bool = False) -> list[dict[str, str]]:
    return sorted(_sc(), key=lambda r: _f(r, col) if low else -_f(r, col))


def _line(rows: list[dict[str, str]], col: str, n: int = 3) -> str:
    return "; ".join(f"{r['ConstituencyName']} {r[col]} ({r['Winner24']})" for r in rows[:n])


@story(NAME)
def key(k: Key) -> None:
    sc = _sc()
    w = seats_won(2024, country="Scotland")
    k.claim(
        "Labour won 37 of Scotland's 57 seats, the SNP nine",
        w["Lab"] == 37 and len(sc) == 57 and w["SNP"] == 9,
        f"{P24} Scotland: {dict(w)}; {CS}: {len(sc)} Scottish rows.",
    )
    top = _top(ID)
    k.claim(
        "Coatbridge and Bellshill, where almost four in five describe themselves as Scottish only, "
        "the highest share in Scotland, went Labour",
        top[0]["ConstituencyName"] == "Coatbridge and Bellshill" and 75 <= _f(top[0], ID) < 80
        and top[0]["Winner24"] == "Lab",
        f"{CS} Scotland by {ID}: {_line(top, ID)}.",
    )  # fmt: skip
    ca = _top("c21Catholic")
    k.claim(
        "It is also the most Catholic seat in Scotland, with almost two in five",
        ca[0]["ConstituencyName"] == "Coatbridge and Bellshill"
        and 37 <= _f(ca[0], "c21Catholic") < 40,
        f"{CS} Scotland by c21Catholic: {_line(ca, 'c21Catholic')}.",
    )
    k.claim(
        "The three most Scottish-identifying seats, Coatbridge and Bellshill, Glenrothes and Mid "
        "Fife and West Dunbartonshire, all went Labour",
        [r["ConstituencyName"] for r in top[:3]]
        == ["Coatbridge and Bellshill", "Glenrothes and Mid Fife", "West Dunbartonshire"]
        and all(r["Winner24"] == "Lab" for r in top[:3])
        and _f(top[2], ID) > _f(top[3], ID),
        f"{CS} Scotland by {ID}: {_line(top, ID, 4)}.",
    )
    ten = top[:10]
    k.claim(
        'not every one of the ten most "Scottish only" seats did',
        not all(r["Winner24"] == "Lab" for r in ten) and _f(top[9], ID) > _f(top[10], ID),
        f"{CS} ten highest {ID}: {_line(top, ID, 10)}.",
    )
    low = _top(ID, low=True)
    k.claim(
        "Edinburgh South has the lowest share saying Scottish only, 44 per cent",
        low[0]["ConstituencyName"] == "Edinburgh South" and round(_f(low[0], ID)) == 44,
        f"{CS} lowest {ID}: {_line(low, ID, 5)}.",
    )
    k.claim(
        "the four lowest are all in the capital",
        all(r["ConstituencyName"].startswith("Edinburgh") for r in low[:4])
        and _f(low[3], ID) < _f(low[4], ID),
        f"{CS} lowest {ID}: {_line(low, ID, 5)}.",
    )  # fmt: skip
    k.claim(
        "Edinburgh West, at 53.2 per cent, is fifth-lowest",
        "depends",
        f"{CS} lowest {ID}: {_line(low, ID, 6)}: Edinburgh West ties with Aberdeen South at 53.2; "
        "fifth-lowest on one order of the tie, sixth on the other (no count file breaks it).",
    )
    g = general(2024)
    scs = [s for s in g.values() if s.country == "Scotland"]
    bv = max(scs, key=lambda s: s.majority)
    bs = max(sc, key=lambda r: _f(r, "Majority24"))
    es = census_summary()["Edinburgh South"]
    k.claim(
        "Ian Murray's majority in Edinburgh South was the biggest in Scotland",
        "depends",
        f"{P24}: the largest majority in votes is {bv.name} {bv.majority:,}; {CS} Majority24 (per "
        f"cent of the vote): {bs['ConstituencyName']} {_f(bs, 'Majority24'):.1f}, Edinburgh South "
        f"{_f(es, 'Majority24'):.1f}. True in votes, false as a share.",
    )
    yes = _top("ScotRefYes")
    dc = census_summary()["Dundee Central"]
    k.claim(
        "Dundee Central, estimated to have been the most Yes-voting seat in the 2014 referendum, "
        "was one of the SNP's nine, held by under two points",
        yes[0] is dc and dc["Winner24"] == "SNP" and _f(dc, "Majority24") < 2,
        f"{CS} by ScotRefYes: {_line(yes, 'ScotRefYes')}; Dundee Central Majority24 "
        f"{_f(dc, 'Majority24'):.2f}.",
    )
    snp = _top("SNP24")
    k.claim(
        "the SNP's best share anywhere was in Dundee Central",
        snp[0] is dc,
        f"{CS} Scotland by SNP24: "
        + "; ".join(f"{r['ConstituencyName']} {_f(r, 'SNP24'):.1f}" for r in snp[:3]) + ".",
    )  # fmt: skip
    ab = census_summary()["Arbroath and Broughty Ferry"]
    fifteen = [r["ConstituencyName"] for r in top[:15] if r["Winner24"] == "SNP"]
    k.claim(
        "Arbroath and Broughty Ferry, the one SNP seat among the fifteen most Scottish-identifying, "
        "was held by 1.9 points over Labour",
        fifteen == ["Arbroath and Broughty Ferry"] and _f(top[14], ID) > _f(top[15], ID) and round(_f(ab, "Majority24"), 1) == 1.9
        and ab["Second24"] == "Lab",
        f"{CS}: SNP winners among the fifteen highest {ID}: {fifteen}; Arbroath and Broughty Ferry "
        f"Majority24 {_f(ab, 'Majority24'):.3f}, second {ab['Second24']}.",
    )  # fmt: skip
    bo = _top("c21IdentityBritishOnly")
    k.claim(
        "Argyll, Bute and South Lochaber has the highest share of people who say they are British "
        "only, almost one in five",
        bo[0]["ConstituencyName"] == "Argyll, Bute and South Lochaber"
        and 19 <= _f(bo[0], "c21IdentityBritishOnly") < 20,
        f"{CS} Scotland by c21IdentityBritishOnly: {_line(bo, 'c21IdentityBritishOnly')}.",
    )  # fmt: skip
    be = _top("c21BornEngland")
    k.claim(
        "Berwickshire, Roxburgh and Selkirk has the highest share born in England",
        be[0]["ConstituencyName"] == "Berwickshire, Roxburgh and Selkirk",
        f"{CS} Scotland by c21BornEngland: {_line(be, 'c21BornEngland', 4)}.",
    )
    ok = census_summary()["Orkney and Shetland"]
    k.claim(
        "In Orkney and Shetland one in five residents was born in England",
        round(100 / _f(ok, "c21BornEngland")) == 5,
        f"{CS}: Orkney and Shetland c21BornEngland {ok['c21BornEngland']} (one in five = 20.0, one in six = 16.7).",
    )
    cs_ = _top("c21ChurchofScotland")
    k.claim(
        "Na h-Eileanan an Iar has the highest share belonging to the Church of Scotland, more "
        "than a third",
        cs_[0]["ConstituencyName"] == "Na h-Eileanan an Iar"
        and _f(cs_[0], "c21ChurchofScotland") > 100 / 3,
        f"{CS} Scotland by c21ChurchofScotland: {_line(cs_, 'c21ChurchofScotland')}.",
    )  # fmt: skip
    nr = _top("c21NoReligion")
    k.claim(
        "in Glenrothes and Mid Fife nearly two-thirds have no religion, the highest in Scotland",
        nr[0]["ConstituencyName"] == "Glenrothes and Mid Fife" and 63 <= _f(nr[0], "c21NoReligion")
        < 2 / 3 * 100,
        f"{CS} Scotland by c21NoReligion: {_line(nr, 'c21NoReligion')}.",
    )  # fmt: skip
    k.claim("The Scottish census was held a year late, in 2022", None,
            "the census date is not in the files")  # fmt: skip
