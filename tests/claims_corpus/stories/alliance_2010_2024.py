"""alliance-long-road-westminster-feature: the Alliance Party at five general elections,
2010-2024, as a Belfast feature (years named); Northern Ireland totals summed over the PSEPH
rows of the country; 2024 changes against the notional 2019 result where it is the one meant."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, notional2019, pseph_name, share_of, totals

NAME = "alliance-long-road-westminster-feature"
NI = "Northern Ireland"


def _seconds(year: int) -> list[str]:
    return [
        s.name for s in general(year).values() if s.country == NI and s.ranked()[1].party == "APNI"
    ]


@story(NAME)
def key(k: Key) -> None:
    g10, g15, g17, g19, g24 = (general(y) for y in (2010, 2015, 2017, 2019, 2024))
    f10, f15, f17, f19, f24 = (pseph_name(y) for y in (2010, 2015, 2017, 2019, 2024))
    be10 = g10["Belfast East"]
    k.claim(
        "then the party's deputy leader",
        None,
        "a party office; not in the results files",
    )
    k.claim(
        "ousted Peter Robinson in Belfast East by 1,533 votes",
        be10.result == "APNI gain from DUP" and be10.place("Robinson") == 2
        and be10.majority == 1533,
        f"{f10}: {be10.line()}.",
    )  # fmt: skip
    k.claim(
        "taking 37.2 per cent of the vote",
        round(100 * be10.share("APNI"), 1) == 37.2,
        f"{f10}: Belfast East APNI {be10.votes('APNI'):,} / {be10.valid:,} = "
        f"{pct(be10.share('APNI'))}.",
    )
    t10, t15, t17, t19, t24 = (totals(y, country=NI) for y in (2010, 2015, 2017, 2019, 2024))
    k.claim(
        "Across Northern Ireland the party took just over 6 per cent",
        0.06 <= share_of(t10, "APNI") < 0.065,
        f"{f10}: NI APNI {t10['APNI']:,} / {t10['_valid']:,} = {pct(share_of(t10, 'APNI'))}.",
    )
    be15 = g15["Belfast East"]
    k.claim(
        "In 2015 Gavin Robinson won the seat back for the DUP by 2,597",
        be15.result == "DUP gain from APNI" and be15.winner_name == "Gavin Robinson"
        and be15.majority == 2597,
        f"{f15}: {be15.line()}.",
    )  # fmt: skip
    k.claim(
        "Long's own vote rose by more than 4,000",
        be15.votes("APNI") - be10.votes("APNI") > 4000,
        f"Belfast East APNI {be10.votes('APNI'):,} ({f10}) -> {be15.votes('APNI'):,} ({f15}).",
    )
    k.claim(
        "Even as its share fell in 2015",
        share_of(t15, "APNI") < share_of(t10, "APNI"),
        f"NI APNI share {pct(share_of(t10, 'APNI'))} ({f10}) -> {pct(share_of(t15, 'APNI'))} "
        f"({f15}): it rose.",
    )
    s17 = _seconds(2017)
    k.claim(
        "Two years later Alliance came second in three seats",
        len(s17) == 3,
        f"{f17}: APNI second in {len(s17)}: {', '.join(s17)}.",
    )
    be17 = g17["Belfast East"]
    k.claim(
        "Robinson's majority in Belfast East grew to 8,474",
        be17.winner_name == "Gavin Robinson" and be17.majority == 8474 > be15.majority,
        f"{f15}: majority {be15.majority:,}; {f17}: {be17.line()}.",
    )
    nd17 = g17["North Down"]
    k.claim(
        "in North Down Sylvia Hermon clung on by 1,208 votes over the DUP's Alex Easton",
        nd17.winner_name == "Sylvia Hermon" and nd17.majority == 1208
        and nd17.ranked()[1].surname == "Easton" and nd17.ranked()[1].party == "DUP",
        f"{f17}: {nd17.line()}.",
    )  # fmt: skip
    k.claim(
        "After Hermon retired",
        None,
        "a retirement is an event; the files only show that she did not stand in 2019",
    )
    nd19 = g19["North Down"]
    k.claim(
        "Stephen Farry took North Down by 2,968",
        nd19.result == "APNI gain from Ind" and nd19.winner_name == "Stephen Farry"
        and nd19.majority == 2968,
        f"{f19}: {nd19.line()}.",
    )  # fmt: skip
    k.claim(
        "winning more than half the vote there",
        nd19.share("APNI") > 0.5,
        f"{f19}: North Down APNI {nd19.votes('APNI'):,} / {nd19.valid:,} = "
        f"{pct(nd19.share('APNI'))}.",
    )
    a17, a19 = share_of(t17, "APNI"), share_of(t19, "APNI")
    k.claim(
        "Alliance's share across Northern Ireland more than doubled, to 16.8 per cent, on "
        "134,115 votes",
        a19 > 2 * a17 and round(100 * a19, 1) == 16.8 and t19["APNI"] == 134115,
        f"NI APNI {pct(a17)} ({f17}) -> {t19['APNI']:,} / {t19['_valid']:,} = {pct(a19)} ({f19}).",
    )
    s19 = _seconds(2019)
    k.claim(
        "The party finished second in four seats, including Lagan Valley",
        len(s19) == 4 and "Lagan Valley" in s19,
        f"{f19}: APNI second in {len(s19)}: {', '.join(s19)}.",
    )
    be19 = g19["Belfast East"]
    k.claim(
        "Long came within 1,819 votes of regaining Belfast East",
        be19.place("Long") == 2 and be19.majority == 1819,
        f"{f19}: {be19.line()}.",
    )
    lv = g24["Lagan Valley"]
    k.claim(
        "Sorcha Eastwood won Lagan Valley with 18,618 votes, a majority of 2,959 over the DUP's "
        "Jonathan Buckley",
        lv.result == "APNI gain from DUP" and lv.votes("APNI") == 18618 and lv.majority == 2959
        and lv.ranked()[1].surname == "Buckley",
        f"{f24}: {lv.line()}.",
    )  # fmt: skip
    n = notional2019()["Lagan Valley"]
    lv19 = g19["Lagan Valley"]
    k.claim(
        "The DUP had won the seat by more than 7,000 last time",
        "depends",
        f"PSEPH 58 notional 2019 (2024 boundaries): Lagan Valley DUP {n['DUP']:,}, APNI "
        f"{n['APNI']:,}, majority {n['_majority']:,} (true); {f19} on the old boundaries: "
        f"{lv19.line()} (false).",
    )
    k.claim(
        "Robbie Butler of the Ulster Unionists came third with more than 11,000",
        lv.place("Butler") == 3 and lv.votes("UUP") > 11000,
        f"{f24}: {lv.line()}.",
    )
    ni24 = sorted((s for s in g24.values() if s.country == NI), key=lambda s: -s.share("APNI"))
    k.claim(
        "Eastwood's 37.9 per cent was Alliance's best share anywhere in Northern Ireland",
        round(100 * lv.share("APNI"), 1) == 37.9 and ni24[0] is lv,
        f"{f24}: APNI shares, highest first: "
        + ", ".join(f"{s.name} {pct(s.share('APNI'))}" for s in ni24[:3])
        + ".",
    )
    k.claim(
        "on a turnout of 60 per cent",
        round(100 * lv.turnout) == 60,
        f"{f24}: Lagan Valley {lv.valid:,} / {lv.electorate:,} = {pct(lv.turnout)}.",
    )
    nd24 = g24["North Down"]
    k.claim(
        "Farry lost North Down to Easton, now standing as an independent, by 7,305",
        nd24.result == "Ind gain from APNI" and nd24.winner_name == "Alex Easton"
        and nd24.place("Farry") == 2 and nd24.majority == 7305,
        f"{f24}: {nd24.line()}.",
    )  # fmt: skip
    be24 = g24["Belfast East"]
    k.claim(
        "Long fell short in Belfast East again, by 2,767",
        be24.place("Long") == 2 and be24.majority == 2767,
        f"{f24}: {be24.line()}: 2,676, not 2,767.",
    )
    a24 = share_of(t24, "APNI")
    k.claim(
        "Alliance's share slipped to 15.0 per cent",
        round(100 * a24, 1) == 15.0 and a24 < a19,
        f"NI APNI {pct(a19)} ({f19}) -> {t24['APNI']:,} / {t24['_valid']:,} = {pct(a24)} ({f24}).",
    )
    s24 = _seconds(2024)
    k.claim(
        "it was second in five seats",
        len(s24) == 5,
        f"{f24}: APNI second in {len(s24)}: {', '.join(s24)}.",
    )
    bs = g24["Belfast South and Mid Down"]
    k.claim(
        "Kate Nicholl was runner-up to Claire Hanna in Belfast South and Mid Down",
        bs.winner_name == "Claire Hanna" and bs.place("Nicholl") == 2,
        f"{f24}: {bs.line()}.",
    )
    st = g24["Strangford"]
    k.claim(
        "in Strangford Michelle Guy finished 5,131 behind Jim Shannon",
        st.winner_name == "Jim Shannon" and st.place("Guy") == 2 and st.majority == 5131,
        f"{f24}: {st.line()}.",
    )
    k.claim(
        'Long says the party will "go again" in Belfast East',
        None,
        "a quote about the future; not in the files",
    )
