"""midlands-faith-and-swing-regional: the East and West Midlands at the 2024 election, no year
printed; census religion ranks within the Midlands (ONS counts), notional 2019 baseline."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import (
    by_election,
    census_counts,
    census_seat,
    general,
    maiden,
    notional_winner,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "midlands-faith-and-swing-regional"
WM, EM = "West Midlands", "East Midlands"
REL = "census21_wpc_religion.csv (E&W counts)"
NOT = "PSEPH 58 notional (2019 on the 2024 boundaries)"


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    f24 = pseph_name(2024)
    wm = [s for s in g.values() if s.region == WM]
    em = [s for s in g.values() if s.region == EM]
    w, nw = seats_won(2024, region=WM), Counter(notional_winner(s.name) for s in wm)
    gains = [s for s in wm if s.result == "Lab gain from Con"]
    k.claim(
        "Labour won 38 of the West Midlands' 57 seats, taking 25 from the Conservatives",
        w["Lab"] == 38 and len(wm) == 57 and len(gains) == 25,
        f"{f24}, Region name West Midlands: {dict(w)} of {len(wm)}; 'Lab gain from Con' in "
        f"{len(gains)} rows.",
    )
    k.claim(
        "who were reduced to 15 in the region from 43 notionally",
        w["Con"] == 15 and nw["Con"] == 43,
        f"{f24} West Midlands: Con first in {w['Con']} rows; {NOT}: {dict(nw)}.",
    )
    we = seats_won(2024, region=EM)
    k.claim(
        "In the East Midlands Labour won 29 of the 47 seats",
        we["Lab"] == 29 and len(em) == 47,
        f"{f24}, Region name East Midlands: {dict(we)} of {len(em)}.",
    )
    k.claim(
        "the most religiously diverse part of the country outside London",
        None,
        "'religiously diverse' has no single measure in the census files; the claim is an "
        "interpretation, not a figure",
    )
    rel, cs = census_counts("religion"), census_seat()
    mid = [x for x in rel if cs[x].region in (WM, EM)]

    def top(group: str) -> list[str]:
        return sorted(mid, key=lambda x: -rel[x][group] / rel[x]["_total"])

    def show(group: str, seats: list[str]) -> str:
        return ", ".join(f"{x} {pct(rel[x][group] / rel[x]['_total'])}" for x in seats)

    hindu = top("Hindu")
    k.claim(
        "Leicester East, the most Hindu seat in the Midlands, went Conservative",
        hindu[0] == "Leicester East" and g["Leicester East"].first == "Con",
        f"{REL}, Hindu share, East and West Midlands seats: {show('Hindu', hindu[:3])}. {f24} "
        f"{g['Leicester East'].line()}.",
    )
    k.claim(
        "Leicester South, the second most Hindu seat in the Midlands, was taken by an independent",
        hindu[1] == "Leicester South" and g["Leicester South"].result == "Ind gain from Lab",
        f"{REL}: second {hindu[1]}. {f24} {g['Leicester South'].line()}.",
    )
    sikh = top("Sikh")
    ww = g["Wolverhampton West"]
    k.claim(
        "Wolverhampton West, the most Sikh seat in the Midlands, was taken from the Conservatives "
        "by Labour's Warinder Juss with a majority of 7,868",
        sikh[0] == "Wolverhampton West"
        and ww.result == "Lab gain from Con"
        and ww.majority == 7868,
        f"{REL}, Sikh share: {show('Sikh', sikh[:3])}. {f24} {ww.line()}.",
    )
    mus = top("Muslim")
    k.claim(
        "Birmingham Hall Green and Moseley, the most Muslim seat in the Midlands, stayed Labour",
        mus[0] == "Birmingham Hall Green and Moseley"
        and g["Birmingham Hall Green and Moseley"].result == "Lab hold",
        f"{REL}, Muslim share: {show('Muslim', mus[:3])}. {f24} "
        f"{g['Birmingham Hall Green and Moseley'].line()}.",
    )
    nore = top("No religion")
    k.claim(
        "Erewash, where more than half of residents say they have no religion, is the least "
        "religious seat in the Midlands",
        nore[0] == "Erewash" and rel["Erewash"]["No religion"] / rel["Erewash"]["_total"] > 0.5,
        f"{REL}, 'No religion' share: {show('No religion', nore[:3])}.",
    )
    mf, li = maiden("Michael Fabricant"), g["Lichfield"]
    k.claim(
        "Michael Fabricant, first elected in 1992, lost Lichfield by 810 votes",
        mf[0]["Parliament"].startswith("1992")
        and li.ranked()[1].surname == "Fabricant"
        and li.majority == 810,
        f"maiden-speeches.csv: Michael Fabricant, {mf[0]['Constituency']}, parliament "
        f"{mf[0]['Parliament']}. {f24} {li.line()}.",
    )
    sn = g["Stoke-on-Trent North"]
    k.claim(
        "Jonathan Gullis lost Stoke-on-Trent North by 5,082",
        sn.ranked()[1].surname == "Gullis" and sn.majority == 5082,
        f"{f24} {sn.line()}.",
    )
    dk, sh = maiden("Daniel Kawczynski"), g["Shrewsbury"]
    k.claim(
        "Daniel Kawczynski, an MP since 2005, lost Shrewsbury by more than 11,000",
        dk[0]["Parliament"].startswith("2005")
        and sh.ranked()[1].surname == "Kawczynski"
        and 11000 < sh.majority < 12000,
        f"maiden-speeches.csv: Daniel Kawczynski, {dk[0]['Constituency']}, parliament "
        f"{dk[0]['Parliament']}. {f24} {sh.line()}.",
    )
    sc = g["Sutton Coldfield"]
    k.claim(
        "Andrew Mitchell held Sutton Coldfield by fewer than 2,000 votes",
        sc.result == "Con hold" and sc.majority < 2000,
        f"{f24} {sc.line()}: 2,543, not fewer than 2,000.",
    )
    tb, tw = by_election("Tamworth"), g["Tamworth"]
    k.claim(
        "Sarah Edwards, who had won the seat at the October by-election, held it by 1,382 votes",
        "depends",
        f"PSEPH 58 by-elections {tb.date}: {tb.line()}. {f24} {tw.line()}: Edwards, the sitting "
        f"MP, kept the seat (majority 1,382), but the official Result is '{tw.result}', measured "
        f"against the notional 2019 result ({NOT}: {notional_winner('Tamworth')} first).",
    )
    narrow = sorted(em, key=lambda s: s.majority)
    k.claim(
        "The narrowest result in the East Midlands was Derbyshire Dales, which Labour took by 350 "
        "votes",
        narrow[0].name == "Derbyshire Dales"
        and narrow[0].majority == 350
        and narrow[0].result == "Lab gain from Con",
        f"{f24} East Midlands, smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in narrow[:3])
        + ".",
    )
    big = sorted(wm, key=lambda s: -s.majority)
    k.claim(
        "Helen Morgan's majority of 15,311 in North Shropshire was the biggest in the West "
        "Midlands",
        big[0].name == "North Shropshire" and big[0].majority == 15311,
        f"{f24} West Midlands, largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
    t = totals(2024, region=WM)
    k.claim(
        "Reform UK took more than a fifth of the vote in the West Midlands",
        share_of(t, "RUK") > 0.2,
        f"{f24} West Midlands: RUK {t['RUK']:,} / {t['_valid']:,} = {pct(share_of(t, 'RUK'))}, "
        "under a fifth.",
    )
    rs = [s.name for s in wm if s.second == "RUK"]
    k.claim(
        "finished second in seven of its seats, including Telford",
        len(rs) == 7 and "Telford" in rs,
        f"{f24} West Midlands: Second party RUK in {len(rs)} rows: {', '.join(rs)}; six, not "
        "seven.",
    )
    low = sorted(wm, key=lambda s: s.turnout)
    uk = sorted(g.values(), key=lambda s: s.turnout)
    k.claim(
        "Turnout was lowest in Tipton and Wednesbury, at 43 per cent",
        low[0].name == "Tipton and Wednesbury" and round(100 * low[0].turnout) == 43,
        f"{f24} West Midlands, lowest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in low[:3])
        + ".",
    )
    k.claim(
        "the lowest turnout in the country",
        uk[0].name == "Tipton and Wednesbury",
        f"{f24}, lowest turnout of 650: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in uk[:3])
        + "; Tipton and Wednesbury is lowest in the West Midlands only.",
    )
    k.claim(
        "Kenilworth and Southam had the highest in the West Midlands, at 71 per cent",
        low[-1].name == "Kenilworth and Southam" and round(100 * low[-1].turnout) == 71,
        f"{f24} West Midlands, highest turnout: "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in reversed(low[-2:]))
        + ".",
    )
    k.claim(
        "the region had",
        None,
        "statement; not in the results files",
    )
