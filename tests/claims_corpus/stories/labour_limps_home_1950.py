"""labour-limps-home-record-poll-feature: a London daily (dateline only, no year printed) on the
1950 general election, from CBP-8647 only (party groups as the file gives them: 'con', 'lab',
'lib', 'oth'; seat names as the file spells them)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, hist_turnout, history
from .._raw import hist_share as _share

NAME = "labour-limps-home-record-poll-feature"
CBP = "CBP-8647"
E = "1950"


def _v(e: str, p: str) -> int:
    return int(hist_national(e)[p])


def _won(e: str, p: str) -> int:
    return int(hist_national(e).get("won_" + p, 0))


def _contested(e: str) -> list:
    return [h for h in history() if h.election == e and h.total]


@story(NAME)
def key(k: Key) -> None:
    lab = _v(E, "lab")
    k.claim(
        "Labour had polled 13,226,176 votes",
        lab == 13_226_176,
        f"{CBP} 1950: lab {lab:,} votes (the coverage's 13,226,176 is not the file's figure).",
    )
    earlier = ELECTIONS[: ELECTIONS.index(E)]
    best = max((_v(e, p), e, p) for e in earlier for p in ("con", "lab", "lib"))
    k.claim(
        "the largest number any party has ever recorded at a British general election",
        lab > best[0],
        f"{CBP}: lab {lab:,} in 1950; the largest earlier party vote since 1918 is "
        f"{best[2]} {best[0]:,} in {best[1]}.",
    )
    won = _won(E, "lab")
    seats = sum(h.seats for h in history() if h.election == E)
    k.claim(
        "an overall majority of five",
        "depends",
        f"{CBP} 1950: the lab group wins {won} of {seats} seats, an overall majority of "
        f"{2 * won - seats}; the coverage counts 315 Labour MPs, a majority of 5. True on the "
        "coverage's count, false on the file's party group.",
    )
    up = lab - _v("1945", "lab")
    k.claim(
        "Labour's vote rose by more than 1.7 million on 1945",
        up > 1_700_000,
        f"{CBP}: lab {_v('1945', 'lab'):,} in 1945, {lab:,} in 1950, up {up:,}.",
    )
    s = _share(E, "lab")
    k.claim(
        "its share reached 46.1 per cent",
        round(100 * s, 1) == 46.1,
        f"{CBP} 1950: lab {lab:,} of {int(hist_national(E)['_total']):,} votes = {pct(s)}.",
    )
    cup = _v(E, "con") - _v("1945", "con")
    k.claim(
        "they added almost 2.8 million votes",
        2_700_000 <= cup < 2_800_000,
        f"{CBP}: con {_v('1945', 'con'):,} in 1945, {_v(E, 'con'):,} in 1950, up {cup:,}.",
    )
    k.claim(
        "the new postal vote alone was worth ten seats to them",
        None,
        "an estimate of the postal vote's effect; not in the files",
    )
    lead = lab - _v(E, "con")
    k.claim(
        "Labour polled one and a half million more than the Tories",
        1_400_000 <= lead < 1_600_000,
        f"{CBP} 1950: lab {lab:,} less con {_v(E, 'con'):,} = {lead:,}, nearer 1.75 million.",
    )
    t = hist_turnout(E)
    k.claim(
        "Turnout was 83.9 per cent",
        round(100 * t, 1) == 83.9,
        f"{CBP} 1950: total votes / electorate over contested seats = {pct(t)}.",
    )
    others = {e: hist_turnout(e) for e in ELECTIONS if e != E}
    top = max(others, key=lambda e: others[e])
    k.claim(
        "the highest at any general election since 1918",
        t > others[top],
        f"{CBP} turnout: 1950 {pct(t)}; the highest of every other election 1918-2019 is "
        f"{top} {pct(others[top])}.",
    )
    t45 = hist_turnout("1945")
    k.claim(
        "up more than 11 points on 1945",
        100 * (t - t45) > 11,
        f"{CBP} turnout: 1945 {pct(t45)}, 1950 {pct(t)}, up {100 * (t - t45):.2f} points.",
    )
    dc = 100 * (_share(E, "con") - _share("1945", "con"))
    dl = 100 * (_share(E, "lab") - _share("1945", "lab"))
    sw = (dc - dl) / 2
    k.claim(
        "The swing of 3.3 per cent from Labour to the Conservatives",
        round(sw, 1) == 3.3,
        f"{CBP} 1945 to 1950 (shares of all votes): con {dc:+.2f}, lab {dl:+.2f}; Butler swing "
        f"to con = ({dc:.2f} + {-dl:.2f}) / 2 = {sw:.2f}.",
    )
    k.claim("The Conservative leader, 75,", None, "an age; not in the files")
    w = hist_seat_at("Woodford", E)
    k.claim(
        "returned in Woodford by 18,499 votes",
        w.winner == "con" and w.majority == 18_499,
        f"{CBP} Woodford 1950: {w.votes}; {w.winner} by {w.majority:,}.",
    )
    lw = _won(E, "lib")
    k.claim(
        "won nine seats on 9.1 per cent of the vote",
        lw == 9 and round(100 * _share(E, "lib"), 1) == 9.1,
        f"{CBP} 1950: lib wins {lw} seats; lib {pct(_share(E, 'lib'))} of the votes.",
    )
    per = _v(E, "lib") / lw
    k.claim(
        "it took almost 300,000 votes to elect each Liberal MP",
        270_000 <= per < 300_000,
        f"{CBP} 1950: lib {_v(E, 'lib'):,} votes / {lw} seats = {per:,.0f}.",
    )
    pl, pc = lab / won, _v(E, "con") / _won(E, "con")
    k.claim(
        "Labour and the Conservatives needed about 60,000 votes for each of theirs",
        abs(pl - 60_000) < 5_000 and abs(pc - 60_000) < 5_000,
        f"{CBP} 1950: lab {lab:,} / {won} = {pl:,.0f}; con {_v(E, 'con'):,} / "
        f"{_won(E, 'con')} = {pc:,.0f}; both nearer 40,000 (about 42,000 on 315 Labour seats).",
    )
    c = hist_seat_at("Carmarthenshire Carmarthen", E)
    k.claim(
        "In Carmarthen the Liberals clung on by 187 votes over Labour",
        c.winner == "lib"
        and c.majority == 187
        and sorted(c.votes, key=lambda p: c.votes[p])[-2] == "lab",
        f"{CBP} Carmarthenshire Carmarthen 1950: {c.votes}; {c.winner} by {c.majority}.",
    )
    rows = sorted(_contested(E), key=lambda h: h.majority)
    k.claim(
        "The closest contest in the country was Stroud and Thornbury, held by the Conservatives "
        "by 28 votes",
        rows[0].name == "Gloucestershire Stroud And Thornbury"
        and rows[0].winner == "con"
        and rows[0].majority == 28,
        f"{CBP} 1950, smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority}" for h in rows[:3])
        + ".",
    )
    k.claim("after two recounts", None, "recounts are not in the files")
    labs = [h for h in rows if h.winner == "lab"]
    k.claim(
        "Labour's narrowest win was Manchester Blackley, by 42",
        labs[0].name == "Manchester Blackley" and labs[0].majority == 42,
        f"{CBP} 1950, smallest lab majorities: "
        + "; ".join(f"{h.name} {h.majority}" for h in labs[:2])
        + ".",
    )
    b = hist_seat_at("Bexley", E)
    k.claim(
        "took the seat by 133 votes",
        b.winner == "con" and b.majority == 133,
        f"{CBP} Bexley 1950: {b.votes}; {b.winner} by {b.majority}.",
    )
    big = rows[-1]
    k.claim(
        "Hemsworth gave Labour a majority of 37,680, the largest anywhere",
        big.name.endswith("Hemsworth") and big.winner == "lab" and big.majority == 37_680,
        f"{CBP} 1950, largest majority: {big.name} {big.winner} {big.majority:,}; next "
        f"{rows[-2].name} {rows[-2].majority:,}.",
    )
    ww = hist_seat_at("Walthamstow West", E)
    k.claim(
        "majority in Walthamstow West was 21,095",
        ww.majority == 21_095,
        f"{CBP} Walthamstow West 1950: {ww.votes}; lab by {ww.majority:,} (21,095 is the "
        "Labour vote).",
    )
    tt = sorted((h for h in _contested(E) if h.electorate), key=lambda h: h.total / h.electorate)
    hi, lo = tt[-1], tt[0]
    k.claim(
        "Fermanagh and South Tyrone had the highest turnout, more than 92 per cent",
        hi.name == "Fermanagh And South Tyrone" and hi.total / hi.electorate > 0.92,
        f"{CBP} 1950 turnout (total / electorate): highest {hi.name} "
        f"{pct(hi.total / hi.electorate)}, next {tt[-2].name} {pct(tt[-2].total / tt[-2].electorate)}.",
    )
    k.claim(
        "the Western Isles the lowest, under 56 per cent",
        lo.name.endswith("Western Isles") and lo.total / lo.electorate < 0.56,
        f"{CBP} 1950 turnout: lowest {lo.name} {pct(lo.total / lo.electorate)}.",
    )
    k.claim(
        "cost Labour between 20 and 30 seats",
        None,
        "an estimate of the boundary changes' effect; not in the files",
    )
    k.claim(
        "the first general election to be covered on television",
        None,
        "broadcasting history; not in the files",
    )
