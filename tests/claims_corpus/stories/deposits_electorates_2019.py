"""lost-deposits-and-giant-electorates-datablog: a data blog (year named) on lost deposits and
electorate sizes at the 2019 election, from PSEPH 58 against PSEPH 57 (2017). A deposit is lost
when a candidate's votes are no more than one twentieth of the valid votes."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import general, maiden, pseph_name

NAME = "lost-deposits-and-giant-electorates-datablog"
P19, P17 = pseph_name(2019), pseph_name(2017)


def _lost(year: int) -> tuple[Counter[str], Counter[str]]:
    lost: Counter[str] = Counter()
    stood: Counter[str] = Counter()
    for s in general(year).values():
        for c in s.cands:
            stood[c.party] += 1
            if 20 * c.votes <= s.valid:
                lost[c.party] += 1
    return lost, stood


@story(NAME)
def key(k: Key) -> None:
    g = general(2019)
    lost, stood = _lost(2019)
    lost0, _ = _lost(2017)
    n, n0 = sum(lost.values()), sum(stood.values())
    k.claim(
        "In 2019, 1,273 candidates lost a total of £636,500",
        n == 1273 and 500 * n == 636500,
        f"{P19}: {n:,} of {n0:,} candidates at or under 5 per cent of valid votes "
        f"(£{500 * n:,}); the coverage's 1,273 was counted before the last count was complete.",
    )
    k.claim(
        "More than a third of all candidates forfeited their money",
        n / n0 > 1 / 3,
        f"{P19}: {n:,} / {n0:,} = {pct(n / n0)}.",
    )
    top = max(lost, key=lambda p: lost[p])
    k.claim(
        "The Green Party was the biggest deposit loser, failing to meet the 5 per cent threshold in "
        "more than 460 constituencies, up from 456 two years earlier",
        top == "Green" and lost["Green"] > 460 and lost0["Green"] == 456,
        f"{P19}: most lost deposits {top} {lost[top]}; {P17}: Green {lost0['Green']}.",
    )
    k.claim(
        "The Liberal Democrats kept their deposits in more seats than in 2017, with the tally down "
        "to 136 from 375",
        lost["LD"] == 136 and lost0["LD"] == 375,
        f"Lib Dem lost deposits: {P17} {lost0['LD']}, {P19} {lost['LD']}.",
    )
    k.claim(
        "they lost a deposit in more than one seat in five",
        lost["LD"] / stood["LD"] > 0.2,
        f"{P19}: LD {lost['LD']} of {stood['LD']} = {pct(lost['LD'] / stood['LD'])}.",
    )
    k.claim(
        "lost its deposit in more than 160 of the 275 seats it fought",
        lost["BRX"] > 160 and stood["BRX"] == 275,
        f"{P19}: BRX lost {lost['BRX']} of {stood['BRX']}.",
    )
    k.claim(
        "Labour lost just 12, the Conservatives four and the SNP none",
        (lost["Lab"], lost["Con"], lost["SNP"]) == (12, 4, 0),
        f"{P19} lost deposits: Lab {lost['Lab']}, Con {lost['Con']}, SNP {lost['SNP']}.",
    )
    ux = g["Uxbridge and South Ruislip"]

    def sh(seat: str, surname: str) -> float:
        s = g[seat]
        return next(c.votes for c in s.cands if c.surname == surname) / s.valid

    k.claim(
        "where Boris Johnson's majority was 7,210",
        ux.majority == 7210 and ux.ranked()[0].surname == "Johnson",
        f"{P19} {ux.line()}.",
    )
    k.claim(
        "Count Binface polled 0.14 per cent and Lord Buckethead 0.26 per cent, both below 1 per cent",
        round(100 * sh(ux.name, "Binface"), 2) == 0.14
        and round(100 * sh(ux.name, "Buckethead"), 2) == 0.26,
        f"{P19} Uxbridge and South Ruislip: Binface {pct(sh(ux.name, 'Binface'))}, Buckethead "
        f"{pct(sh(ux.name, 'Buckethead'))}.",
    )
    dn = g["Derby North"]
    last = dn.ranked()[-1]
    k.claim(
        "Chris Williamson finished a distant last in Derby North with 635 votes (1.35 per cent)",
        last.surname == "Williamson"
        and last.votes == 635
        and round(100 * last.votes / dn.valid, 2) == 1.35,
        f"{P19} Derby North: last {last.name} {last.votes} / {dn.valid:,} = "
        f"{pct(last.votes / dn.valid)}.",
    )
    ml = maiden("Christopher Leslie")
    k.claim(
        "first elected in 1997",
        ml[0]["Date"].endswith("1997"),
        f"maiden-speeches.csv: Christopher Leslie, {ml[0]['Constituency']}, {ml[0]['Date']}.",
    )
    ne = g["Nottingham East"]
    cl = next(c for c in ne.cands if c.surname == "Leslie")
    k.claim(
        "mustered only 1,447 votes (3.36 per cent) in Nottingham East",
        cl.votes == 1447 and round(100 * cl.votes / ne.valid, 2) == 3.36,
        f"{P19} Nottingham East: Leslie {cl.votes:,} / {ne.valid:,} = {pct(cl.votes / ne.valid)} "
        "(3.36 is the Brexit Party's share).",
    )
    bp = g["Brighton, Pavilion"]
    k.claim(
        "Caroline Lucas achieved a record majority of 19,940 (34.6 per cent) in Brighton Pavilion",
        bp.majority == 19940 and round(100 * bp.majority / bp.valid, 1) == 34.6,
        f"{P19} {bp.line()}: {pct(bp.majority / bp.valid)} of valid votes.",
    )
    by_e = sorted(g.values(), key=lambda s: -s.electorate)
    iw, na = g["Isle Of Wight"], g["Na h-Eileanan An Iar"]
    k.claim(
        "with more than 110,000 voters",
        "depends",
        f"{P19} Isle of Wight: electorate {iw.electorate:,} (true of registered voters), valid "
        f"votes {iw.valid:,} (false of those who voted).",
    )
    k.claim(
        "had the largest electorate in the UK, 113,021, more than five times that of Na h-Eileanan "
        "an Iar, the smallest on 21,106",
        by_e[0] is iw and iw.electorate == 113021 and by_e[-1] is na and na.electorate == 21106
        and iw.electorate > 5 * na.electorate,
        f"{P19}: largest {by_e[0].name} {by_e[0].electorate:,}, smallest {by_e[-1].name} "
        f"{by_e[-1].electorate:,} ({iw.electorate / na.electorate:.2f} times).",
    )  # fmt: skip
    k.claim(
        "West Ham was second-largest",
        by_e[1].name == "West Ham",
        f"{P19} electorates: " + ", ".join(f"{s.name} {s.electorate:,}" for s in by_e[:3]) + ".",
    )

    def smallest(country: str):  # noqa: ANN202
        return min((s for s in g.values() if s.country == country), key=lambda s: s.electorate)

    en, wa = smallest("England"), smallest("Wales")
    k.claim(
        "The smallest electorate in England was Stoke-on-Trent Central's 55,419",
        en.name == "Stoke-On-Trent Central" and en.electorate == 55419,
        f"{P19} England smallest: {en.name} {en.electorate:,}.",
    )
    k.claim(
        "in Wales Arfon's 42,215",
        wa.name == "Arfon" and wa.electorate == 42215,
        f"{P19} Wales smallest: {wa.name} {wa.electorate:,}.",
    )
    sc = max((s for s in g.values() if s.country == "Scotland"), key=lambda s: s.electorate)
    k.claim(
        "In Scotland the largest was Linlithgow and East Falkirk, 87,044",
        sc.name == "Linlithgow and East Falkirk" and sc.electorate == 87044,
        f"{P19} Scotland largest: {sc.name} {sc.electorate:,}.",
    )
    big = [s for s in g.values() if s.electorate > 80000]
    avg = sum(s.electorate for s in g.values()) / len(g)
    k.claim(
        "140 seats had more than 80,000 electors",
        len(big) == 140,
        f"{P19}: {len(big)} seats with electorates above 80,000.",
    )
    k.claim(
        "the average seat had about 73,000",
        round(avg, -3) == 73000,
        f"{P19}: {sum(s.electorate for s in g.values()):,} / {len(g)} = {avg:,.0f}.",
    )
    k.claim(
        "which has never had a Labour MP",
        None,
        "CBP-8647 Isle of Wight 1918-2019 shows no Labour win, but 'never' reaches before 1918: "
        "not checkable from the files.",
    )
    io = general(2017)["Isle Of Wight"]
    k.claim(
        "Labour's vote share rose by 1.3 points while the Green Vix Lowthion fell 2.1 points but "
        "kept her deposit",
        round(100 * (iw.share("Lab") - io.share("Lab")), 1) == 1.3
        and round(100 * (io.share("Green") - iw.share("Green")), 1) == 2.1
        and 20 * iw.votes("Green") > iw.valid,
        f"{P17}/{P19} Isle of Wight: Lab {pct(io.share('Lab'))} -> {pct(iw.share('Lab'))}, Green "
        f"{pct(io.share('Green'))} -> {pct(iw.share('Green'))}.",
    )
    k.claim(
        "Bob Seely's majority was 23,737",
        iw.majority == 23737,
        f"{P19} {iw.line()}.",
    )
