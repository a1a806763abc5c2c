"""quiet-by-elections-cameron-seat-explainer: an explainer (years named) on the by-elections of
the 2015-2017 and 2017-2019 parliaments (PSEPH 56 and 57 by-elections) that the other stories
leave out, each against the general election before it in the same seat (matched on ONS code),
with maiden-speeches.csv for a member's first election."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    by_election,
    by_elections,
    general,
    maiden,
    previous_general,
    pseph_name,
    swing,
)

NAME = "quiet-by-elections-cameron-seat-explainer"
BY = "PSEPH 56/57 by-elections"
FAMOUS = {
    "Richmond Park",
    "Copeland",
    "Stoke-on-Trent Central",
    "Batley and Spen",
    "Peterborough",
    "Brecon and Radnorshire",
}


def _prev(name: str) -> str:
    s = by_election(name)
    year, o = previous_general(s)
    return f"{pseph_name(year)} {o.line()}"


@story(NAME)
def key(k: Key) -> None:
    allby = by_elections(56) + by_elections(57)
    nine = [s for s in allby if s.name not in FAMOUS]
    k.claim(
        "Between the 2015 and 2019 general elections there were 15 by-elections",
        len(allby) == 15,
        f"{BY}: {len(allby)} by-elections ({len(by_elections(56))} + {len(by_elections(57))}).",
    )
    lab = [s for s in nine if previous_general(s)[1].first == "Lab"]
    k.claim(
        "Labour defended six of them and held every one",
        len(nine) == 9 and len(lab) == 6 and all(s.result == "Lab hold" for s in lab),
        f"{BY}: the nine left: "
        + ", ".join(f"{s.name} ({previous_general(s)[1].first}; {s.result})" for s in nine)
        + ".",
    )
    ow = by_election("Oldham West and Royton")
    _, ow0 = previous_general(ow)
    k.claim(
        "Jim McMahon won by 10,722, with 62.1 per cent of the vote, up more than seven points on "
        "the general election",
        ow.majority == 10722
        and round(100 * ow.share("Lab"), 1) == 62.1
        and ow.share("Lab") - ow0.share("Lab") > 0.07,
        f"{BY} {ow.line()}; Lab {pct(ow.share('Lab'))}; {_prev(ow.name)}; Lab "
        f"{pct(ow0.share('Lab'))}.",
    )
    k.claim(
        "UKIP's John Bickley was second, as UKIP had been in May",
        ow.ranked()[1].surname == "Bickley" and ow0.ranked()[1].party == "UKIP",
        f"{BY} {ow.line()}; {_prev(ow.name)}.",
    )
    k.claim(
        "with 23.4 per cent, more than double its general election share",
        round(100 * ow.share("UKIP"), 1) == 23.4 and ow.share("UKIP") > 2 * ow0.share("UKIP"),
        f"UKIP {pct(ow0.share('UKIP'))} at the general election, {pct(ow.share('UKIP'))} at "
        f"the by-election ({ow.share('UKIP') / ow0.share('UKIP'):.2f} times).",
    )
    allb = (ow.valid + ow.invalid) / ow.electorate
    k.claim(
        "Turnout was just under 40 per cent",
        0.38 <= ow.turnout < 0.40 and allb < 0.40,
        f"{BY} Oldham West and Royton: valid / electorate {pct(ow.turnout)}; all ballots "
        f"{pct(allb)}.",
    )
    og = by_election("Ogmore")
    k.claim(
        "Chris Elmore held Ogmore by 8,575, with Plaid Cymru pushed into third by UKIP",
        og.result == "Lab hold"
        and og.majority == 8575
        and [c.party for c in og.ranked()[1:3]] == ["UKIP", "PC"],
        f"{BY} {og.line()}.",
    )
    sb = by_election("Sheffield, Brightside and Hillsborough")
    k.claim(
        "Gill Furniss held Brightside and Hillsborough by 9,590 with two-thirds of the vote",
        sb.majority == 9590 and round(100 * sb.share("Lab")) in (66, 67),
        f"{BY} {sb.line()}; Lab {pct(sb.share('Lab'))}.",
    )
    sball = (sb.valid + sb.invalid) / sb.electorate
    k.claim(
        "Turnout was 33.2 per cent",
        "depends",
        f"{BY} Sheffield, Brightside and Hillsborough: valid {sb.valid:,} / electorate "
        f"{sb.electorate:,} = {pct(sb.turnout)} (33.0); with {sb.invalid} rejected ballots "
        f"{pct(sball)} (33.2): true only on all ballots.",
    )
    low = min(by_elections(56), key=lambda s: s.turnout)
    k.claim(
        "the lowest of any by-election in the parliament",
        low.name == sb.name,
        f"{BY} 2015-2017: lowest turnout {low.name} {low.date} {pct(low.turnout)}; Brightside "
        f"{pct(sb.turnout)}.",
    )
    to = by_election("Tooting")
    _, to0 = previous_general(to)
    k.claim(
        "Rosena Allin-Khan more than doubled Sadiq Khan's majority, to 6,357",
        to0.winner_name == "Sadiq Khan" and to.majority == 6357 and to.majority > 2 * to0.majority,
        f"{_prev(to.name)}; {BY} {to.line()} ({to.majority / to0.majority:.2f} times).",
    )
    lost = [c for c in to.cands if c.votes / to.valid < 0.05]
    k.claim(
        "Tooting had 14 candidates, and 12 of them lost their deposits",
        len(to.cands) == 14 and len(lost) == 12,
        f"{BY} Tooting: {len(to.cands)} candidates, {len(lost)} under 5 per cent of valid votes.",
    )
    wi = by_election("Witney")
    _, wi0 = previous_general(wi)
    k.claim(
        "Robert Courts won by 5,702, the Tory majority cut from more than 25,000",
        wi.majority == 5702 and wi0.majority > 25000,
        f"{BY} {wi.line()}; {_prev(wi.name)}.",
    )
    k.claim(
        "with the Conservative share falling from 60 per cent to 45",
        round(100 * wi0.share("Con")) == 60 and round(100 * wi.share("Con")) == 45,
        f"Witney Con {pct(wi0.share('Con'))} -> {pct(wi.share('Con'))}.",
    )
    k.claim(
        "Liz Leffman's Lib Dems rose from 7 per cent to 30 on a 19.3 per cent swing from the "
        "Conservatives",
        round(100 * wi0.share("LD")) == 7
        and round(100 * wi.share("LD")) == 30
        and round(100 * swing(wi, wi0, "LD", "Con"), 1) == 19.3,
        f"Witney LD {pct(wi0.share('LD'))} -> {pct(wi.share('LD'))}; Butler swing Con to LD "
        f"{100 * swing(wi, wi0, 'LD', 'Con'):.2f}.",
    )
    k.claim(
        "in a seat where they finished a distant fourth the year before",
        [c.party for c in wi0.ranked()].index("LD") == 3,
        f"{_prev(wi.name)}.",
    )
    k.claim(
        "Mr Courts's total of 17,313 was less than half the 35,201 votes David Cameron managed",
        wi.votes("Con") == 17313 and wi0.votes("Con") == 35201 and 2 * 17313 < 35201,
        f"Witney Con votes {wi0.votes('Con'):,} (2015) and {wi.votes('Con'):,} (by-election).",
    )
    k.claim(
        "Labour's Duncan Enright fell to third with just under 15 per cent, down from 17",
        wi.place("Enright") == 3
        and 0.14 <= wi.share("Lab") < 0.15
        and round(100 * wi0.share("Lab")) == 17,
        f"Witney Lab {pct(wi0.share('Lab'))} -> {pct(wi.share('Lab'))}; Enright placed "
        f"{wi.place('Enright')}.",
    )
    g15 = pseph_name(2015)
    safe = sorted(
        (s for s in general(2015).values() if s.first == "Con"), key=lambda s: -s.majority
    )
    rank = [s.name for s in safe].index("Witney") + 1
    by_share = sorted(
        (s for s in general(2015).values() if s.first == "Con"), key=lambda s: -s.share("Con")
    )
    srank = [s.name for s in by_share].index("Witney") + 1
    k.claim(
        "the tenth safest Tory seat in the country",
        rank == 10 or srank == 10,
        f"{g15}: Witney is Conservative seat number {rank} by majority and {srank} by share "
        "(neither tenth).",
    )
    k.claim("Mr Cameron, prime minister for six years", None, "An office: not in the files.")
    sl = by_election("Sleaford and North Hykeham")
    _, sl0 = previous_general(sl)
    k.claim(
        "Caroline Johnson held the seat by 13,144",
        sl.result == "Con hold" and sl.majority == 13144,
        f"{BY} {sl.line()}.",
    )
    k.claim(
        "her 53.5 per cent was up on 2015",
        round(100 * sl.share("Con"), 1) == 53.5 and sl.share("Con") > sl0.share("Con"),
        f"Sleaford Con {pct(sl0.share('Con'))} (2015) -> {pct(sl.share('Con'))}.",
    )
    k.claim(
        "UKIP came second and the Lib Dems third, while Labour, second in 2015, fell to fourth",
        [c.party for c in sl.ranked()[1:4]] == ["UKIP", "LD", "Lab"]
        and sl0.ranked()[1].party == "Lab",
        f"{BY} {sl.line()}; {_prev(sl.name)}.",
    )
    wt = by_election("West Tyrone")
    k.claim(
        "Órfhlaith Begley held the seat for Sinn Féin by 7,956, with the DUP's Thomas Buchanan "
        "second",
        wt.result == "SF hold" and wt.majority == 7956 and wt.ranked()[1].surname == "Buchanan",
        f"{BY} {wt.line()}.",
    )
    le = by_election("Lewisham East")
    _, le0 = previous_general(le)
    k.claim(
        "Janet Daby won with 50.2 per cent, down 17.7 points on the year before",
        round(100 * le.share("Lab"), 1) == 50.2
        and round(100 * (le0.share("Lab") - le.share("Lab")), 1) == 17.7,
        f"{BY} {le.line()}; Lab {pct(le0.share('Lab'))} (2017) -> {pct(le.share('Lab'))}.",
    )
    k.claim(
        "a majority of 5,269",
        le.majority == 5269,
        f"{BY} Lewisham East majority {le.majority:,} (5,629: digits transposed).",
    )
    k.claim(
        "the Lib Dems climbed more than 20 points into second",
        le.ranked()[1].party == "LD" and le.share("LD") - le0.share("LD") > 0.20,
        f"Lewisham East LD {pct(le0.share('LD'))} -> {pct(le.share('LD'))}.",
    )
    nw = by_election("Newport West")
    _, nw0 = previous_general(nw)
    k.claim(
        "Ruth Jones held the seat by 1,951, down from Paul Flynn's 5,658",
        nw.result == "Lab hold" and nw.majority == 1951 and nw0.winner_name == "Paul Flynn"
        and nw0.majority == 5658,
        f"{BY} {nw.line()}; {_prev(nw.name)}.",
    )  # fmt: skip
    third = nw.ranked()[2]
    k.claim(
        "Neil Hamilton third for UKIP on 8.6 per cent",
        third.surname == "Hamilton" and third.party == "UKIP"
        and round(100 * third.votes / nw.valid, 1) == 8.6,
        f"{BY} Newport West: third {third.name} {third.party} {pct(third.votes / nw.valid)}.",
    )  # fmt: skip
    fl = maiden("Paul Flynn")
    first = int(fl[0]["Date"][-4:])
    k.claim(
        "Flynn had been the seat's MP for 32 years",
        fl[0]["Constituency"] == "Newport West" and int(nw.date[-4:]) - first == 32,
        f"maiden-speeches.csv: Paul Flynn, {fl[0]['Constituency']}, {fl[0]['Date']} (elected "
        f"{first}); by-election {nw.date}.",
    )
