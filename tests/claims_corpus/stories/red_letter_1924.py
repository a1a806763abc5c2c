"""red-letter-landslide-1924-centenary-feature: a centenary feature (years named) on the 1924
general election, from CBP-8647 only (1924 against 1923 matched by seat name; party groups 'con',
'lab', 'lib', 'oth'; seats won counted over single-member rows; unopposed returns from the -1/-2
sentinels)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import hist_national, hist_turnout, history
from .._raw import hist_share as _share

NAME = "red-letter-landslide-1924-centenary-feature"
CBP = "CBP-8647"
E, P = "1924", "1923"


def _v(e: str, p: str) -> int:
    return int(hist_national(e)[p])


def _won(e: str, p: str, c: str | None = None) -> int:
    return int(hist_national(e, c).get("won_" + p, 0))


def _rows(e: str) -> dict:
    return {h.name: h for h in history() if h.election == e}


@story(NAME)
def key(k: Key) -> None:
    sc = _share(E, "con")
    k.claim(
        "Stanley Baldwin's Conservatives won 46.8 per cent of the vote",
        round(100 * sc, 1) == 46.8,
        f"{CBP} 1924: con {_v(E, 'con'):,} of {int(hist_national(E)['_total']):,} = {pct(sc)}.",
    )
    k.claim(
        "published by the Daily Mail four days before polling",
        None,
        "the letter's publication; not in the files",
    )
    up = _v(E, "lab") - _v(P, "lab")
    k.claim(
        "Labour's vote actually increased, by around one million on December 1923",
        900_000 <= up < 1_100_000,
        f"{CBP}: lab {_v(P, 'lab'):,} in 1923, {_v(E, 'lab'):,} in 1924, up {up:,}.",
    )
    sl = _share(E, "lab")
    k.claim(
        "its share rose to 33.4 per cent",
        round(100 * sl, 1) == 33.4 and sl > _share(P, "lab"),
        f"{CBP}: lab {pct(_share(P, 'lab'))} in 1923, {pct(sl)} in 1924.",
    )
    dl = _v(P, "lib") - _v(E, "lib")
    k.claim(
        "the Liberal vote, which fell by 1.3 million",
        1_250_000 <= dl < 1_350_000,
        f"{CBP}: lib {_v(P, 'lib'):,} in 1923, {_v(E, 'lib'):,} in 1924, down {dl:,}.",
    )
    uc = _v(E, "con") - _v(P, "con")
    k.claim(
        "whose party added more than two million votes",
        uc > 2_000_000,
        f"{CBP}: con {_v(P, 'con'):,} in 1923, {_v(E, 'con'):,} in 1924, up {uc:,}.",
    )
    r4, r3 = _rows(E), _rows(P)
    libc = [h for h in r4.values() if h.votes["lib"] > 0 or h.unopposed == "lib"]
    k.claim(
        "the Liberals fielded candidates in fewer than 340 constituencies",
        len(libc) < 340,
        f"{CBP} 1924: {len(libc)} of {len(r4)} constituency rows have Liberal votes or a Liberal "
        "unopposed return.",
    )
    k.claim(
        "They lost 118 seats",
        _won(P, "lib") - _won(E, "lib") == 118,
        f"{CBP} single-member winners: lib {_won(P, 'lib')} in 1923, {_won(E, 'lib')} in 1924, "
        f"down {_won(P, 'lib') - _won(E, 'lib')}.",
    )
    pa, pa3 = r4["Paisley"], r3["Paisley"]
    k.claim(
        "Asquith himself lost Paisley to Labour by 2,282",
        pa.winner == "lab" and pa.majority == 2282,
        f"{CBP} Paisley 1924: {pa.votes}; {pa.winner} by {pa.majority:,}.",
    )
    k.claim(
        "a seat he had held by 1,746 the year before",
        pa3.winner == "lib" and pa3.majority == 1746,
        f"{CBP} Paisley 1923: {pa3.votes}; {pa3.winner} by {pa3.majority:,}.",
    )
    cb = r4["Caernarvon District Of Boroughs"]
    k.claim(
        "his majority rose to more than 12,000",
        cb.winner == "lib"
        and cb.majority > 12_000
        and cb.majority > r3["Caernarvon District Of Boroughs"].majority,
        f"{CBP} Caernarvon District Of Boroughs: lib by "
        f"{r3['Caernarvon District Of Boroughs'].majority:,} in 1923, by {cb.majority:,} in 1924.",
    )
    single = [h for h in r4.values() if h.total and h.seats == 1]
    fl = sum(1 for h in single if h.winner == "con" and h.name in r3 and r3[h.name].winner == "lab")
    fb = sum(1 for h in single if h.winner == "con" and h.name in r3 and r3[h.name].winner == "lib")
    k.claim(
        "The Conservatives took 104 seats from Labour",
        fl == 104,
        f"{CBP} contested single-member seats con in 1924 (matched by name): {fl} were lab in "
        f"1923, {fb} were lib.",
    )
    k.claim(
        "Labour lost 40 seats overall",
        "depends",
        f"{CBP} single-member winners: lab {_won(P, 'lab')} in 1923, {_won(E, 'lab')} in 1924, "
        f"down {_won(P, 'lab') - _won(E, 'lab')}; the coverage's 191 to 151 (with two-member "
        "and university seats, whose winners the file does not give) is down 40.",
    )
    bw = r4["Worcestershire Bewdley"]
    k.claim(
        "Baldwin was returned unopposed at Bewdley",
        bw.unopposed == "con",
        f"{CBP} Worcestershire Bewdley 1924: the con cell holds the unopposed sentinel.",
    )
    un = [h for h in r4.values() if h.unopposed]
    k.claim(
        "one of 32 MPs returned without a contest",
        sum(h.seats for h in un) == 32,
        f"{CBP} 1924: {len(un)} unopposed rows, {sum(h.seats for h in un)} seats.",
    )
    ab = r4["Glamorganshire Aberavon"]
    k.claim(
        "Ramsay MacDonald held Aberavon by 2,100",
        ab.winner == "lab"
        and ab.majority == 2100
        and r3["Glamorganshire Aberavon"].winner == "lab",
        f"{CBP} Glamorganshire Aberavon 1924: {ab.votes}; {ab.winner} by {ab.majority:,}.",
    )
    ep = r4["Essex Epping"]
    k.claim(
        "took Epping by 9,763",
        ep.winner == "oth" and ep.majority == 9763,
        f"{CBP} Essex Epping 1924: {ep.votes}; {ep.winner} (the group holding "
        f"Constitutionalists) by {ep.majority:,}.",
    )
    k.claim(
        "after twenty years as a Liberal",
        None,
        "a politician's party history; not in the files",
    )
    ss = r4["Salford South"]
    k.claim(
        "a Conservative gain from Labour by 708",
        ss.winner == "con" and r3["Salford South"].winner == "lab" and ss.majority == 708,
        f"{CBP} Salford South: 1923 {r3['Salford South'].winner}; 1924 {ss.votes}, {ss.winner} "
        f"by {ss.majority}.",
    )
    ln = r4["Lambeth North"]
    k.claim(
        "in Lambeth North the Liberals clung on by 29 votes",
        ln.winner == "lib" and ln.majority == 29 and r3["Lambeth North"].winner == "lib",
        f"{CBP} Lambeth North: 1923 {r3['Lambeth North'].winner}; 1924 {ln.votes}, {ln.winner} "
        f"by {ln.majority}.",
    )
    rows = sorted(single, key=lambda h: h.majority)
    k.claim(
        "Lincoln, won by Labour by 39 votes, was the closest result of the election",
        rows[0].name == "Lincoln",
        f"{CBP} 1924 smallest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority}" for h in rows[:3])
        + ".",
    )
    k.claim(
        "Belfast North returned the largest majority in the UK, almost 33,000",
        rows[-1].name == "Belfast North" and 32_000 <= rows[-1].majority < 33_000,
        f"{CBP} 1924 largest majorities: "
        + "; ".join(f"{h.name} {h.winner} {h.majority:,}" for h in rows[-2:][::-1])
        + ".",
    )
    t, t3 = hist_turnout(E), hist_turnout(P)
    k.claim(
        "Turnout rose to 77 per cent",
        round(100 * t) == 77,
        f"{CBP} turnout (total / electorate, contested seats): 1924 {pct(t)}.",
    )
    k.claim(
        "up more than six points on 1923",
        100 * (t - t3) > 6,
        f"{CBP} turnout: 1923 {pct(t3)}, 1924 {pct(t)}, up {100 * (t - t3):.2f}.",
    )
    W = "Wales"
    k.claim(
        "the Liberals won ten seats in Wales, one more than the Conservatives there",
        _won(E, "lib", W) == 10 and _won(E, "con", W) == 9,
        f"{CBP} Wales 1924: lib {_won(E, 'lib', W)}, con {_won(E, 'con', W)}, lab "
        f"{_won(E, 'lab', W)}.",
    )
    k.claim(
        "in London the Conservatives took 64 seats",
        _won(E, "con", "London") == 64,
        f"{CBP} London 1924 single-member winners: con {_won(E, 'con', 'London')}.",
    )
