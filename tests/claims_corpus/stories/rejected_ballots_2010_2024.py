"""spoilt-papers-bigger-than-majorities-datablog: a data blog (years named) on rejected ballots at
the general elections of 2010-2024 (the 'invalid' column of PSEPH 55-59 constituencies) and at
by-elections (PSEPH by-elections); turnout on valid votes and on all ballots."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import GE_PARLIAMENT, by_election, by_elections, general, previous_general, pseph_name

NAME = "spoilt-papers-bigger-than-majorities-datablog"
YEARS = sorted(GE_PARLIAMENT)


def _rate(year: int, country: str | None = None) -> tuple[int, float]:
    ss = [s for s in general(year).values() if not country or s.country == country]
    inv = sum(s.invalid for s in ss)
    return inv, inv / (inv + sum(s.valid for s in ss))


def _turnouts(year: int, country: str | None = None) -> tuple[float, float]:
    ss = [s for s in general(year).values() if not country or s.country == country]
    e = sum(s.electorate for s in ss)
    v = sum(s.valid for s in ss)
    return v / e, (v + sum(s.invalid for s in ss)) / e


@story(NAME)
def key(k: Key) -> None:
    P15, P10, P24 = pseph_name(2015), pseph_name(2010), pseph_name(2024)
    g = general(2015)
    inv15, r15 = _rate(2015)
    inv10, r10 = _rate(2010)
    k.claim(
        "A total of 102,639 ballots were rejected at the 2015 general election",
        inv15 == 102639,
        f"{P15}: rejected (invalid) ballots summed over 650 seats = {inv15:,}.",
    )
    k.claim(
        "0.33 per cent of all the papers counted and up from 81,879 in 2010",
        round(100 * r15, 2) == 0.33 and inv10 == 81879,
        f"{P15}: {inv15:,} / (valid + rejected) = {100 * r15:.3f}%; {P10}: {inv10:,}.",
    )
    over = sorted(s.name for s in g.values() if s.invalid > s.majority)
    k.claim(
        "In three seats the rejected papers outnumbered the winner's majority: Gower, Derby North "
        "and City of Chester",
        over == sorted(["Gower", "Derby North", "City Of Chester"]),
        f"{P15} seats with rejected > majority: "
        + ", ".join(f"{n} ({g[n].invalid} > {g[n].majority})" for n in over)
        + ".",
    )
    go = g["Gower"]
    k.claim(
        "In Gower, won by 27 votes, 57 ballots were rejected",
        go.majority == 27 and go.invalid == 57,
        f"{P15} Gower: majority {go.majority}, rejected {go.invalid}.",
    )
    dn = g["Derby North"]
    k.claim(
        "Derby North was won by 41, with 173 papers thrown out",
        dn.majority == 41 and dn.invalid == 173,
        f"{P15} Derby North: majority {dn.majority}, rejected {dn.invalid} (137, not 173).",
    )
    top = sorted(g.values(), key=lambda s: -s.invalid)
    k.claim(
        "had the most rejected ballots in 2015, 1,289, ahead of Foyle with 526",
        [(s.name, s.invalid) for s in top[:2]] == [("Buckingham", 1289), ("Foyle", 526)],
        f"{P15} most rejected: "
        + ", ".join(f"{s.name} {s.invalid:,}" for s in top[:3])
        + "; Leicester East, not Foyle, is second.",
    )
    k.claim(
        "265 were rejected because voters had marked more than one candidate",
        None,
        "the reasons for rejection are not in the results files",
    )
    rates = {c: _rate(2015, c)[1] for c in ("England", "Scotland", "Wales", "Northern Ireland")}
    order = sorted(rates, key=lambda c: rates[c])
    k.claim(
        "The rejection rate was highest in Northern Ireland, at 0.66 per cent",
        order[-1] == "Northern Ireland" and round(100 * rates["Northern Ireland"], 2) == 0.66,
        f"{P15} rejection rates: " + ", ".join(f"{c} {100 * rates[c]:.3f}%" for c in order) + ".",
    )
    k.claim(
        "lowest in Wales",
        order[0] == "Wales",
        f"{P15} rejection rates: "
        + ", ".join(f"{c} {100 * rates[c]:.3f}%" for c in order)
        + "; Scotland's is the lowest.",
    )
    ni = [s for s in g.values() if s.country == "Northern Ireland"]
    beat = sorted(s.name for s in ni if s.invalid > min(c.votes for c in s.cands))
    k.claim(
        "In eight Northern Ireland constituencies the spoilt papers outnumbered the votes of at "
        "least one candidate",
        len(beat) == 8,
        f"{P15} NI seats where rejected ballots exceed the lowest candidate's votes: "
        f"{', '.join(beat)} ({len(beat)}).",
    )
    v15, a15 = _turnouts(2015)
    k.claim(
        "On valid votes UK turnout in 2015 was 66.2 per cent",
        round(100 * v15, 1) == 66.2,
        f"{P15}: valid / electorate = {pct(v15)}.",
    )
    k.claim(
        "counting every paper in the ballot box it was 66.4 per cent",
        round(100 * a15, 1) == 66.4,
        f"{P15}: (valid + rejected) / electorate = {pct(a15)}.",
    )
    sv10, sa10 = _turnouts(2010, "Scotland")
    sv15, sa15 = _turnouts(2015, "Scotland")
    k.claim(
        "In Scotland turnout jumped from 63.9 per cent in 2010 to 71.1 per cent",
        "depends",
        f"Scotland, valid / electorate: {P10} {pct(sv10)}, {P15} {pct(sv15)} (63.8 to 71.0); "
        f"with rejected ballots: {pct(sa10)} to {pct(sa15)} (63.9 to 71.1, the coverage's "
        "figures). True on all ballots, not on the valid-vote turnout used elsewhere.",
    )
    rr = {y: _rate(y) for y in YEARS}
    low = min(YEARS, key=lambda y: rr[y][1])
    k.claim(
        "The rate fell to 0.23 per cent in 2017, the lowest of the five elections",
        low == 2017 and round(100 * rr[2017][1], 2) == 0.23,
        "Rejected ballots by election (PSEPH 55-59): "
        + ", ".join(f"{y} {rr[y][0]:,} ({100 * rr[y][1]:.3f}%)" for y in YEARS)
        + ".",
    )
    most = max(YEARS, key=lambda y: rr[y][0])
    k.claim(
        "The 2024 election saw the most rejected ballots of any election since 2010",
        most == 2024,
        "Rejected ballots by election: "
        + ", ".join(f"{y} {rr[y][0]:,}" for y in YEARS)
        + f"; the most is {most}.",
    )
    k.claim(
        "its rejection rate of 0.40 per cent was the highest",
        max(YEARS, key=lambda y: rr[y][1]) == 2024 and round(100 * rr[2024][1], 2) == 0.40,
        "Rejection rates: " + ", ".join(f"{y} {100 * rr[y][1]:.3f}%" for y in YEARS) + ".",
    )
    g24 = general(2024)
    over24 = sorted(s.name for s in g24.values() if s.invalid > s.majority)
    k.claim(
        "Last July rejected papers outnumbered the winning majority in 13 seats",
        len(over24) == 13,
        f"{P24} seats with rejected > majority: {', '.join(over24)} ({len(over24)}).",
    )
    he, po, bb = g24["Hendon"], g24["Poole"], g24["Basildon and Billericay"]
    k.claim(
        "Hendon, won by 15 votes with 190 papers rejected",
        he.majority == 15 and he.invalid == 190,
        f"{P24} Hendon: majority {he.majority}, rejected {he.invalid}.",
    )
    k.claim(
        "Poole, won by 18, where 148 were rejected",
        po.majority == 18 and po.invalid == 148,
        f"{P24} Poole: majority {po.majority}, rejected {po.invalid}.",
    )
    k.claim(
        "In Basildon and Billericay, held by 20 votes, 167 ballots were rejected",
        bb.majority == 20 and bb.invalid == 167 and bb.result.endswith("hold"),
        f"{P24} {bb.line()}; rejected {bb.invalid} (176, not 167).",
    )
    t24 = sorted((s for s in g24.values() if s.first != "Spk"), key=lambda s: -s.invalid)
    k.claim(
        "Outside the Speaker's Chorley, Cheltenham had the most rejected ballots, 986",
        t24[0].name == "Cheltenham"
        and t24[0].invalid == 986
        and max(g24.values(), key=lambda s: s.invalid).name == "Chorley",
        f"{P24} most rejected: Chorley {g24['Chorley'].invalid:,} (the Speaker), then "
        + ", ".join(f"{s.name} {s.invalid:,}" for s in t24[:2])
        + ".",
    )
    fe = min(g24.values(), key=lambda s: s.invalid)
    k.claim(
        "North Cornwall had the fewest: just 47",
        fe.name == "North Cornwall" and fe.invalid == 47,
        f"{P24} fewest rejected: {fe.name} {fe.invalid}.",
    )
    sw = by_election("Southend West")
    _, sw0 = previous_general(sw)
    k.claim(
        "after the murder of Sir David Amess",
        None,
        "the cause of a vacancy; not in the files",
    )
    tv, ta = sw.valid / sw.electorate, (sw.valid + sw.invalid) / sw.electorate
    k.claim(
        "turnout was just 24 per cent",
        "depends",
        f"PSEPH 58 by-elections, Southend West ({sw.date}): valid {sw.valid:,} / electorate "
        f"{sw.electorate:,} = {pct(tv)} (22 per cent); with {sw.invalid:,} rejected ballots "
        f"{pct(ta)} (24 per cent).",
    )
    k.claim(
        "Anna Firth was elected with 86.1 per cent of the vote",
        sw.ranked()[0].surname == "Firth" and round(100 * sw.share("Con"), 1) == 86.1,
        f"PSEPH 58 by-elections {sw.line()}: Con {pct(sw.share('Con'))}.",
    )
    k.claim(
        "The number of spoilt ballot papers rose four-fold on the 2019 general election to 1,084",
        sw.invalid == 1084 and 3.75 <= sw.invalid / sw0.invalid < 4.5,
        f"Southend West rejected ballots: {pseph_name(2019)} {sw0.invalid}; by-election "
        f"{sw.invalid:,} ({sw.invalid / sw0.invalid:.2f} times).",
    )
    others = max(c.votes for c in sw.ranked()[1:])
    k.claim(
        "more than any minor party or independent candidate polled",
        sw.invalid > others,
        f"Southend West by-election: rejected {sw.invalid:,}; the best of the rest polled "
        f"{others:,}.",
    )
    allby = sorted((s for p in range(55, 60) for s in by_elections(p)), key=lambda s: -s.invalid)
    k.claim(
        "the most at any by-election in the files since 2010",
        allby[0] is sw,
        "PSEPH 55-59 by-elections, most rejected: "
        + ", ".join(f"{s.name} {s.date} {s.invalid:,}" for s in allby[:3])
        + ".",
    )
    bs = by_election("Batley and Spen", "2016")
    k.claim(
        "At the Batley and Spen by-election of 2016, held in similar circumstances, there were "
        "just 171",
        bs.invalid == 171,
        f"PSEPH by-elections, Batley and Spen ({bs.date}): rejected {bs.invalid}.",
    )
    k.claim('"Boris do a Brexit - get out"', None, "a message on a ballot paper; a quotation")
