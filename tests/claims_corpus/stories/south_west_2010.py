"""west-country-blue-and-yellow-2010-regional: a regional daily (no year printed) on the 2010
election in the South West, from PSEPH 55 (gains against notional 2005, as its result column
states them). Counties (Cornwall, Dorset) are not in the files."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, pseph_name, share_of, totals

NAME = "west-country-blue-and-yellow-2010-regional"
P = pseph_name(2010)
R = "South West"


@story(NAME)
def key(k: Key) -> None:
    g = general(2010)
    sw = [s for s in g.values() if s.region == R]
    won = Counter(s.first for s in sw)
    cg = [s for s in sw if s.result.startswith("Con gain")]
    k.claim(
        "The Conservatives won 36 of the region's 55 seats, gaining 12, eight of them from Labour",
        won["Con"] == 36
        and len(sw) == 55
        and len(cg) == 12
        and sum(s.result.endswith("from Lab") for s in cg) == 8,
        f"{P} {R}: winners {dict(won)} of {len(sw)}; Con gains: "
        + ", ".join(f"{s.name} ({s.result})" for s in cg)
        + ".",
    )
    lost = [s.name for s in sw if s.result == "Con gain from LD"]
    ldg = [s.name for s in sw if s.result.startswith("LD gain")]
    k.claim(
        "finished with 15 seats: they lost four to the Conservatives and gained only Wells",
        won["LD"] == 15 and len(lost) == 4 and ldg == ["Wells"],
        f"{P} {R}: LD first in {won['LD']}; Con gains from LD {lost}; LD gains {ldg}.",
    )
    lab = sorted(s.name for s in sw if s.first == "Lab")
    k.claim(
        "Labour was left with four seats in the region, all of them in Bristol, Exeter and Plymouth",
        len(lab) == 4 and all(n.split(",")[0].split()[-1] in ("Bristol", "Exeter", "Plymouth")
                              or n.startswith(("Bristol", "Exeter", "Plymouth")) for n in lab),
        f"{P} {R} Labour winners: {lab}.",
    )  # fmt: skip
    t = totals(2010, region=R)
    k.claim(
        "The Conservatives took 42.8 per cent of the regional vote, the Liberal Democrats 34.7 and "
        "Labour less than one in six votes",
        round(100 * share_of(t, "Con"), 1) == 42.8
        and round(100 * share_of(t, "LD"), 1) == 34.7
        and share_of(t, "Lab") < 1 / 6,
        f"{P} {R}: Con {pct(share_of(t, 'Con'))}, LD {pct(share_of(t, 'LD'))}, Lab "
        f"{pct(share_of(t, 'Lab'))}.",
    )
    sec = Counter(s.ranked()[1].party for s in sw)
    k.claim(
        "The Liberal Democrats were second in 27 seats",
        sec["LD"] == 27,
        f"{P} {R} second places: {dict(sec)}.",
    )
    regs = {s.region for s in g.values()}
    rt = {r: totals(2010, region=r)["_valid"] / totals(2010, region=r)["_electorate"] for r in regs}
    k.claim(
        "Turnout in the South West was 69 per cent, the highest of any region",
        round(100 * rt[R]) == 69 and max(rt, key=lambda r: rt[r]) == R,
        f"{P} valid / electorate by region: "
        + ", ".join(f"{r} {pct(v)}" for r, v in sorted(rt.items(), key=lambda x: -x[1]))
        + ".",
    )
    k.claim(
        "Cornwall split down the middle, three seats each to the Conservatives and the Liberal "
        "Democrats",
        None,
        "counties are not in the results files (the region is the smallest area they give)",
    )
    k.claim(
        "with the Lib Dems winning slightly more Cornish votes",
        None,
        "counties are not in the results files",
    )
    cr = g["Camborne and Redruth"]
    cl = sorted((s for s in g.values() if s.result == "Con gain from LD"),
                key=lambda s: s.majority)  # fmt: skip
    k.claim(
        "George Eustice beat Julia Goldsworthy by 66 votes, the narrowest Conservative gain from "
        "the Liberal Democrats anywhere",
        cr.ranked()[1].surname == "Goldsworthy" and cr.majority == 66 and cl[0] is cr,
        f"{P} {cr.line()}; narrowest Con gains from LD: "
        + ", ".join(f"{s.name} {s.majority}" for s in cl[:3])
        + ".",
    )

    def seat(anchor: str, name: str, winner: str, loser: str, maj: int, sitting: bool) -> None:
        s = g[name]
        r = s.ranked()
        ok = r[0].surname == winner and r[1].surname == loser and s.majority == maj
        if sitting:
            ok = ok and r[1].sitting
        k.claim(anchor, ok, f"{P} {s.line()}" + (" (runner-up sitting)." if sitting else "."))

    seat("Sarah Newton took Truro and Falmouth by 435", "Truro and Falmouth", "Newton",
         "Teverson", 435, False)  # fmt: skip
    seat("Annette Brooke held Mid Dorset and North Poole by 269 votes",
         "Mid Dorset and North Poole", "Brooke", "King", 269, False)  # fmt: skip
    sd = g["South Dorset"]
    big = max(cg, key=lambda s: s.majority)
    k.claim(
        "Richard Drax defeated the minister Jim Knight in South Dorset by 7,443, the largest "
        "majority of any Conservative gain in the region",
        sd.ranked()[0].surname == "Drax"
        and sd.ranked()[1].surname == "Knight"
        and sd.majority == 7443
        and big is sd,
        f"{P} {sd.line()}; largest Con-gain majority in {R}: {big.name} {big.majority:,} "
        "(ministerial posts are not in the files).",
    )
    seat("Anne Marie Morris beat Richard Younger-Ross in Newton Abbot by 523", "Newton Abbot",
         "Morris", "Younger-Ross", 523, False)  # fmt: skip
    seat("Tessa Munt ousted David Heathcoat-Amory in Wells by 800", "Wells", "Munt",
         "Heathcoat-Amory", 800, True)  # fmt: skip
    k.claim(
        "at her third attempt",
        None,
        "earlier candidacies in Wells (2005 and before) are not in the candidate files",
    )
    ld = sorted((s for s in g.values() if s.first == "LD"), key=lambda s: -s.majority)
    k.claim(
        "David Laws's majority of 13,036 in Yeovil was the largest for any Liberal Democrat "
        "outside Nick Clegg's Sheffield Hallam",
        g["Yeovil"].majority == 13036
        and ld[0].name == "Sheffield, Hallam"
        and ld[1].name == "Yeovil",
        f"{P} largest LD majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in ld[:3])
        + ".",
    )
    seat("Richard Graham won by 2,240", "Gloucester", "Graham", "Dhanda", 2240, False)
    st = g["Stroud"]
    hi = max(sw, key=lambda s: s.turnout)
    k.claim(
        "Neil Carmichael beat David Drew by 1,299 in the seat with the highest turnout in the region",
        st.majority == 1299 and st.ranked()[1].surname == "Drew" and hi is st,
        f"{P} {st.line()}; turnout {pct(st.turnout)}; highest in {R}: {hi.name} {pct(hi.turnout)}.",
    )
    seat("Chris Skidmore took Kingswood from Roger Berry by 2,445", "Kingswood", "Skidmore",
         "Berry", 2445, True)  # fmt: skip
    seat("Justin Tomlinson won North Swindon by 7,060", "North Swindon", "Tomlinson", "Agarwal",
         7060, False)  # fmt: skip
    ps = g["Plymouth, Sutton and Devonport"]
    lo = min(sw, key=lambda s: s.turnout)
    k.claim(
        "Oliver Colvile took Sutton and Devonport by 1,149, in the seat with the lowest turnout in "
        "the region",
        ps.majority == 1149 and lo is ps,
        f"{P} {ps.line()}; turnout {pct(ps.turnout)}; lowest in {R}: {lo.name} {pct(lo.turnout)}.",
    )
    bg = max(sw, key=lambda s: s.majority)
    k.claim(
        "Christchurch had the largest majority in the region",
        bg.name == "Christchurch",
        f"{P} largest {R} majority: {bg.name} {bg.majority:,} (Christchurch "
        f"{g['Christchurch'].majority:,}).",
    )
    uk = max(sw, key=lambda s: s.share("UKIP"))
    k.claim(
        "UKIP's best share, 8.5 per cent, was also there",
        uk.name == "Christchurch" and round(100 * uk.share("UKIP"), 1) == 8.5,
        f"{P} highest UKIP share in {R}: {uk.name} {pct(uk.share('UKIP'))}.",
    )
    k.claim('"It\'s been a long night,"', None, "a quotation")
