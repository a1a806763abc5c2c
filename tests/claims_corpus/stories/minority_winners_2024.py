"""minority-winners-electorates-2024-datablog: a data blog (year named) on the winners' shares,
placings and electorates of the 2024 election, from PSEPH 59 only (share = votes / valid; the
Speaker's Chorley is counted as a seat with its own winner, 'Spk')."""

from __future__ import annotations

from collections import Counter

from .._key import Key, pct, story
from .._raw import Seat, general, pseph_name

NAME = "minority-winners-electorates-2024-datablog"
P = pseph_name(2024)


def _w(s: Seat) -> float:
    return s.ranked()[0].votes / s.valid


@story(NAME)
def key(k: Key) -> None:
    g = general(2024)
    S = list(g.values())
    over = [s for s in S if _w(s) > 0.5]
    k.claim(
        "Just 96 of the 650 MPs were elected with more than half the votes in their constituency",
        len(over) == 96 and len(S) == 650,
        f"{P}: winner's votes / valid above half in {len(over)} of {len(S)} seats, by winner "
        f"{dict(Counter(s.first for s in over))}.",
    )
    con = [s.name for s in over if s.first == "Con"]
    k.claim(
        "Harrow East was the only seat where a Conservative won more than half",
        con == ["Harrow East"],
        f"{P}: Conservative winners above half: {con}.",
    )
    under = [s for s in S if _w(s) < 0.5]
    k.claim(
        "In 554 constituencies more people voted for losing candidates than for the winner",
        len(under) == 554,
        f"{P}: winner below half of valid votes in {len(under)} seats.",
    )
    lose = sum(s.valid - s.ranked()[0].votes for s in S)
    valid = sum(s.valid for s in S)
    k.claim(
        "across the country 58 per cent of voters backed someone who lost",
        round(100 * lose / valid) == 58,
        f"{P}: votes for losers {lose:,} / valid {valid:,} = {pct(lose / valid)}.",
    )
    u30 = [s for s in S if _w(s) < 0.3]
    by = Counter(s.country for s in u30)
    k.claim(
        "At least 10 seats were won with less than 30 per cent of the vote",
        len(u30) >= 10,
        f"{P}: {len(u30)} winners below 30%: "
        + ", ".join(f"{s.name} {pct(_w(s))}" for s in u30)
        + ".",
    )
    k.claim(
        "four of them in Northern Ireland",
        by["Northern Ireland"] == 4,
        f"{P}: of those, by country {dict(by)}.",
    )
    k.claim("two in Wales", by["Wales"] == 2, f"{P}: of those, by country {dict(by)}.")
    low = sorted(S, key=_w)[:3]
    sw = g["South West Norfolk"]
    k.claim(
        "The lowest winning share of any MP was in South West Norfolk, where Labour took Liz "
        "Truss's seat with 26.7 per cent",
        low[0] is sw
        and round(100 * _w(sw), 1) == 26.7
        and sw.result == "Lab gain from Con"
        and sw.ranked()[1].surname == "Truss"
        and sw.ranked()[1].sitting,
        f"{P} {sw.line()}; {pct(_w(sw))}; lowest winning shares: "
        + ", ".join(f"{s.name} {pct(_w(s))}" for s in low)
        + ".",
    )
    bb = g["Blackburn"]
    k.claim(
        "Blackburn, where an independent took 27 per cent, came next",
        low[1] is bb and bb.first == "Ind" and round(100 * _w(bb)) == 27,
        f"{P} {bb.line()}; {pct(_w(bb))}.",
    )
    el = g["East Londonderry"]
    k.claim(
        "in East Londonderry the DUP held on with 27.9 per cent",
        el.result == "DUP hold" and round(100 * _w(el), 1) == 27.9,
        f"{P} {el.line()}; {pct(_w(el))}.",
    )
    cons = sorted((s for s in S if s.first == "Con"), key=_w)
    k.claim(
        "Sittingbourne and Sheppey had the lowest winning share of any Conservative",
        cons[0].name == "Sittingbourne and Sheppey",
        f"{P}: lowest Conservative winning share {cons[0].name} {pct(_w(cons[0]))}; "
        f"Sittingbourne and Sheppey was won by {g['Sittingbourne and Sheppey'].first}.",
    )
    lab = sorted((s for s in S if s.first == "Lab"), key=_w)
    k.claim(
        "Labour's highest winning share was in Bootle, at 70.6 per cent",
        lab[-1].name == "Bootle",
        f"{P}: highest Labour winning shares {lab[-1].name} {pct(_w(lab[-1]))}, {lab[-2].name} "
        f"{pct(_w(lab[-2]))}.",
    )
    ch = g["Chorley"]
    k.claim(
        "higher even than the Speaker's in Chorley",
        _w(lab[-1]) > _w(ch),
        f"{P} Chorley (Speaker) {pct(_w(ch))} against Labour's best {pct(_w(lab[-1]))}.",
    )
    ld = max((s for s in S if s.first == "LD"), key=_w)
    k.claim(
        "Tim Farron's 62.7 per cent in Westmorland and Lonsdale was the best for the Liberal "
        "Democrats",
        ld.name == "Westmorland and Lonsdale" and round(100 * _w(ld), 1) == 62.7,
        f"{P}: highest LD winning share {ld.name} {pct(_w(ld))} ({ld.winner_name}).",
    )
    u35 = [s for s in lab if _w(s) < 0.35]
    k.claim(
        "Labour won more than 50 of its seats with less than 35 per cent of the vote",
        len(u35) > 50,
        f"{P}: {len(u35)} of {len(lab)} Labour winners below 35%.",
    )
    ruk = [s for s in S if s.first == "RUK"]
    best = max(ruk, key=_w)
    k.claim(
        "None of Reform UK's five winners took half the vote: its best share was Clacton's 46.2 "
        "per cent",
        len(ruk) == 5
        and all(_w(s) < 0.5 for s in ruk)
        and best.name == "Clacton"
        and round(100 * _w(best), 1) == 46.2,
        f"{P} RUK winners: " + ", ".join(f"{s.name} {pct(_w(s))}" for s in ruk) + ".",
    )
    sb = g["South Basildon and East Thurrock"]
    k.claim(
        "South Basildon and East Thurrock was won by just 98 votes",
        sb.first == "RUK" and sb.majority == 98,
        f"{P} {sb.line()}.",
    )
    second = Counter(s.ranked()[1].party for s in S)
    rs = [s for s in S if s.ranked()[1].party == "RUK"]
    k.claim(
        "The party finished second in 98 seats, 89 of them won by Labour",
        len(rs) == 98 and sum(s.first == "Lab" for s in rs) == 89,
        f"{P}: RUK second in {len(rs)} seats, winners {dict(Counter(s.first for s in rs))}.",
    )
    gr = [s for s in S if s.first == "Green"]
    k.claim(
        "Two of the Greens' four winners, in Brighton Pavilion and Bristol Central, took more than "
        "half the vote",
        len(gr) == 4
        and sorted(s.name for s in gr if _w(s) > 0.5) == ["Brighton Pavilion", "Bristol Central"],
        f"{P} Green winners: " + ", ".join(f"{s.name} {pct(_w(s))}" for s in gr) + ".",
    )
    k.claim(
        "the party was second in 40 seats",
        second["Green"] == 40,
        f"{P}: Green second in {second['Green']} seats.",
    )
    k.claim(
        "The Conservatives were second in 293",
        second["Con"] == 293,
        f"{P}: Con second in {second['Con']} seats.",
    )
    small = sorted(S, key=lambda s: s.electorate)
    k.claim(
        "Na h-Eileanan an Iar had just 21,325 registered voters, the smallest in the UK",
        small[0].name == "Na h-Eileanan an Iar" and small[0].electorate == 21325,
        f"{P} smallest electorates: "
        + ", ".join(f"{s.name} {s.electorate:,}" for s in small[:3])
        + ".",
    )
    k.claim(
        "Orkney and Shetland was the next smallest",
        small[1].name == "Orkney and Shetland",
        f"{P}: second smallest {small[1].name} {small[1].electorate:,}.",
    )
    big = small[-1]
    k.claim(
        "Manchester Central, with 85,204, had the largest, almost four times as many",
        big.name == "Manchester Central"
        and big.electorate == 85204
        and 3.8 <= big.electorate / small[0].electorate < 4,
        f"{P} largest electorate {big.name} {big.electorate:,}; {big.electorate:,} / "
        f"{small[0].electorate:,} = {big.electorate / small[0].electorate:.3f}.",
    )
    eng = min((s for s in S if s.country == "England"), key=lambda s: s.electorate)
    k.claim(
        "Isle of Wight West was the smallest electorate in England",
        eng.name == "Isle of Wight West",
        f"{P} smallest English electorate: {eng.name} {eng.electorate:,}.",
    )
    avg = sum(s.electorate for s in S) / len(S)
    k.claim(
        "the average seat had about 74,000 voters",
        round(avg, -3) == 74000,
        f"{P}: electorate {sum(s.electorate for s in S):,} / {len(S)} = {avg:,.0f}.",
    )
    lt = min(S, key=lambda s: s.turnout)
    k.claim(
        "Manchester Rusholme had the lowest turnout, under 40 per cent",
        lt.name == "Manchester Rusholme" and lt.turnout < 0.4,
        f"{P}: lowest valid / electorate {lt.name} {pct(lt.turnout)}.",
    )
    k.claim(
        '"This was the most disproportional general election on record,"',
        None,
        "a quotation; disproportionality indices are not in the files",
    )
    k.claim(
        "has campaigned for proportional representation since 1884",
        None,
        "the history of a campaign group is not in the files",
    )
