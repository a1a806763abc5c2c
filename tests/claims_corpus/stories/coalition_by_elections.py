"""coalition-midterm-by-elections-explainer: an explainer (years named) on the by-elections of the
2010-2015 parliament (PSEPH 55 by-elections), each against the 2010 general election in the same
seat (PSEPH 55 general election, matched on the ONS code)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import by_election, by_elections, hist_seat_at, previous_general, swing

NAME = "coalition-midterm-by-elections-explainer"
SRC = "PSEPH 55 by-elections"
GE = "PSEPH 55 (2010 general election)"


@story(NAME)
def key(k: Key) -> None:
    bs = by_elections(55)
    k.claim(
        "Between the 2010 and 2015 general elections there were 21 parliamentary by-elections",
        len(bs) == 21,
        f"{SRC}: {len(bs)} rows (" + ", ".join(s.name for s in bs) + ").",
    )
    k.claim(
        "after an election court threw out Phil Woolas's victory",
        None,
        "an election petition; not in the files",
    )
    oe = by_election("Oldham East and Saddleworth")
    _, oe0 = previous_general(oe)
    k.claim(
        "Labour's Debbie Abrahams turned a majority of just 103 into 3,558",
        oe0.first == "Lab" and oe0.majority == 103 and oe.majority == 3558,
        f"{GE} {oe0.line()}; {SRC} {oe.line()}",
    )
    k.claim(
        "with the Liberal Democrat Elwyn Watkins second",
        oe.place("Watkins") == 2,
        f"{SRC} {oe.line()}",
    )
    k.claim("Dan Jarvis, a former paratrooper", None, "a career; not in the files")
    bc = by_election("Barnsley Central")
    k.claim(
        "held Barnsley Central for Labour with a majority of 11,177",
        bc.result == "Lab hold" and bc.majority == 11177,
        f"{SRC} {bc.line()}: 11,771, not 11,177.",
    )
    k.claim(
        "UKIP's Jane Collins was runner-up",
        bc.place("Collins") == 2 and bc.ranked()[1].party == "UKIP",
        f"{SRC} {bc.line()}",
    )
    ls = by_election("Leicester South")
    _, ls0 = previous_general(ls)
    k.claim(
        "In Leicester South Jon Ashworth won by 12,078, more than double Labour's 2010 majority",
        ls.majority == 12078 and ls.majority > 2 * ls0.majority,
        f"{GE} Leicester South Lab majority {ls0.majority:,}; {SRC} {ls.majority:,} "
        f"({ls.majority / ls0.majority:.2f} times).",
    )
    bw = by_election("Belfast West")
    y2011 = sorted((s for s in bs if s.date.endswith("2011")), key=lambda s: s.turnout)
    k.claim(
        "Belfast West, where Sinn Féin's Paul Maskey won by 13,123, had the lowest turnout of any "
        "by-election that year",
        bw.majority == 13123 and y2011[0].name == "Belfast West",
        f"{SRC} 2011 turnouts (valid / electorate): "
        + ", ".join(f"{s.name} {pct(s.turnout)}" for s in y2011)
        + f"; Belfast West majority {bw.majority:,}.",
    )
    fh = by_election("Feltham and Heston")
    k.claim(
        "in Feltham and Heston in December only 28.7 per cent voted",
        fh.date.startswith("15/12") and round(100 * fh.turnout, 1) == 28.7,
        f"{SRC} Feltham and Heston ({fh.date}): {fh.valid:,} / {fh.electorate:,} = "
        f"{pct(fh.turnout)}.",
    )
    mc = by_election("Manchester Central")
    _, mc0 = previous_general(mc)
    k.claim(
        "vacated when Tony Lloyd stood for commissioner",
        None,
        "the cause of a vacancy; not in the files",
    )
    k.claim(
        "Lucy Powell took 69 per cent of the vote and a majority of 9,936",
        round(100 * mc.share("Lab")) == 69 and mc.majority == 9936,
        f"{SRC} {mc.line()}: Lab {pct(mc.share('Lab'))}.",
    )
    allby = sorted((s for p in range(55, 60) for s in by_elections(p)), key=lambda s: s.turnout)
    k.claim(
        "on a turnout of 18.2 per cent, the lowest at any by-election since 2010",
        round(100 * mc.turnout, 1) == 18.2 and allby[0] is mc,
        "PSEPH 55-59 by-elections, lowest turnouts: "
        + ", ".join(f"{s.name} {s.date} {pct(s.turnout)}" for s in allby[:3])
        + ".",
    )
    k.claim(
        "by most accounts, since the Second World War",
        None,
        "by-elections before 2010 are not in the files",
    )
    sw = swing(mc, mc0, "Lab", "LD")
    k.claim(
        "The swing from the Liberal Democrats to Labour was nearly 17 points",
        0.16 <= sw < 0.17,
        f"Manchester Central, {GE} to {SRC}: Butler swing LD to Lab {100 * sw:.2f} points.",
    )
    k.claim(
        "lost his deposit with 754 votes, five more than UKIP",
        mc.votes("Con") == 754
        and mc.votes("Con") / mc.valid < 0.05
        and mc.votes("Con") - mc.votes("UKIP") == 5,
        f"{SRC} Manchester Central: Con {mc.votes('Con')} ({pct(mc.share('Con'))}, under the 5% "
        f"deposit line), UKIP {mc.votes('UKIP')}.",
    )
    cs = by_election("Cardiff South and Penarth")
    _, cs0 = previous_general(cs)
    csw = swing(cs, cs0, "Lab", "Con")
    k.claim(
        "Stephen Doughty held the seat for Labour on a swing of more than eight points from the "
        "Conservatives",
        cs.result == "Lab hold" and csw > 0.08,
        f"Cardiff South and Penarth, {GE} to {SRC}: Butler swing Con to Lab {100 * csw:.2f}.",
    )
    co = by_election("Corby")
    _, co0 = previous_general(co)
    k.claim(
        "who quit to move to New York with her family",
        None,
        "a personal decision; not in the files",
    )
    k.claim(
        "had won it in 2010 by just under 2,000 votes",
        co0.first == "Con" and 1800 <= co0.majority < 2000,
        f"{GE} {co0.line()}",
    )
    csw2 = swing(co, co0, "Lab", "Con")
    k.claim(
        "Andy Sawford took it back for Labour with 48.4 per cent and a majority of 7,791, on a "
        "swing of 12.7 per cent",
        co.result == "Lab gain from Con"
        and hist_seat_at("Corby", "2005").winner == "lab"
        and round(100 * co.share("Lab"), 1) == 48.4
        and co.majority == 7791
        and round(100 * csw2, 1) == 12.7,
        f"CBP-8647 Corby 2005: {hist_seat_at('Corby', '2005').winner}; {SRC} {co.line()}; Lab "
        f"{pct(co.share('Lab'))}; Butler swing Con to Lab {100 * csw2:.2f}.",
    )
    gains = [s.name for s in bs if s.result.startswith("Lab gain")]
    k.claim(
        "Labour's only by-election gain of the parliament",
        gains == ["Corby"],
        f"{SRC} Labour gains: {', '.join(gains)}.",
    )
    k.claim(
        "Turnout was just under 45 per cent",
        0.44 <= co.turnout < 0.45 and 0.44 <= (co.valid + co.invalid) / co.electorate < 0.45,
        f"{SRC} Corby: valid / electorate {pct(co.turnout)}; with rejected ballots "
        f"{pct((co.valid + co.invalid) / co.electorate)}.",
    )
    ro = by_election("Rotherham")
    k.claim(
        "UKIP's Jane Collins came second again in Rotherham, with 4,648 votes, with Respect's "
        "Yvonne Ridley fourth",
        ro.place("Collins") == 2 and ro.votes("UKIP") == 4648 and ro.place("Ridley") == 4,
        f"{SRC} {ro.line()}",
    )
    mb = by_election("Middlesbrough")
    k.claim(
        "UKIP were runners-up in Middlesbrough the same day",
        mb.ranked()[1].party == "UKIP" and mb.date == ro.date,
        f"{SRC} {mb.line()} ({mb.date}; Rotherham {ro.date}).",
    )
    ss = by_election("South Shields")
    k.claim(
        "Richard Elvin was second once more in South Shields in May 2013 with 5,988",
        ss.place("Elvin") == 2 and ss.votes("UKIP") == 5988 and mb.place("Elvin") == 2,
        f"{SRC} {ss.line()} ({ss.date}); Elvin also second in Middlesbrough.",
    )
    second = [s.name for s in bs if s.ranked()[1].party == "UKIP"]
    k.claim(
        "In all UKIP finished second in seven by-elections of the parliament",
        len(second) == 7,
        f"{SRC} UKIP second: {', '.join(second)} ({len(second)}).",
    )
    wy = by_election("Wythenshawe and Sale East")
    k.claim(
        "Mike Kane held the seat for Labour by 8,960 on a turnout of 28 per cent",
        wy.result == "Lab hold" and wy.majority == 8960 and round(100 * wy.turnout) == 28,
        f"{SRC} {wy.line()}; turnout {pct(wy.turnout)}.",
    )
    ne = by_election("Newark")
    _, ne0 = previous_general(ne)
    k.claim(
        "Robert Jenrick held the seat with 45 per cent, but his majority was cut from 16,152 to "
        "7,403",
        ne.result == "Con hold"
        and round(100 * ne.share("Con")) == 45
        and ne0.majority == 16152
        and ne.majority == 7403,
        f"{GE} {ne0.line()}; {SRC} {ne.line()}",
    )
    u, u0 = ne.share("UKIP"), ne0.share("UKIP")
    nsw = swing(ne, ne0, "UKIP", "Con")
    k.claim(
        "came second for UKIP with 10,028 votes, his party's share up 22 points, a swing of 15.5 "
        "points from the Conservatives to UKIP",
        ne.place("Helmer") == 2
        and ne.votes("UKIP") == 10028
        and round(100 * (u - u0)) == 22
        and round(100 * nsw, 1) == 15.5,
        f"Newark UKIP: {GE} {pct(u0)}, {SRC} {pct(u)}; Butler swing Con to UKIP {100 * nsw:.2f}.",
    )
    k.claim(
        "The Liberal Democrats finished sixth with 1,004 votes",
        ne.place("Watts") == 6 and ne.votes("LD") == 1004,
        f"{SRC} Newark: LD {ne.votes('LD'):,}, placed {ne.place('Watts')}.",
    )
