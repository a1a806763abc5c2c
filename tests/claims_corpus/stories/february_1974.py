"""hung-parliament-february-1974-datablog: a data blog (years named) on February 1974 from
CBP-8647 only, with changes against 1970 (seats matched by name where they are named)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, history
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "hung-parliament-february-1974-datablog"
CBP = "CBP-8647"
F, S = "1974F", "1970"


def _won(e: str, country: str | None = None) -> dict[str, int]:
    return {k[4:]: int(v) for k, v in hist_national(e, country).items() if k.startswith("won_")}


def _row(name: str, e: str) -> str:
    r = hist_seat_at(name, e)
    v = ", ".join(f"{p} {n:,}" for p, n in r.votes.items() if n)
    return f"{CBP} {name} {e}: {v}; winner {r.winner}, majority {r.majority:,}"


@story(NAME)
def key(k: Key) -> None:
    h, h70 = hist_national(F), hist_national(S)
    w, w70 = _won(F), _won(S)
    n = sum(r.seats for r in history() if r.election == F)
    k.claim(
        "three weeks into a three-day week",
        None,
        "events before the election; not in the results files",
    )
    k.claim(
        "Labour won 301 seats, 17 short of an overall majority in a House of 635",
        w["lab"] == 301 and n == 635 and (n // 2 + 1) - w["lab"] == 17,
        f"{CBP} {F}: lab won {w['lab']} of {n} seats; a majority needs {n // 2 + 1}.",
    )
    wir = hist_seat_at("Wirral", F)
    k.claim(
        "The Conservatives had 297",
        "depends",
        f"{CBP} {F}: con won {w['con']}; the Speaker, Selwyn Lloyd, elected for Wirral as "
        f"Speaker, is coded 'oth' ({_row('Wirral', F)}, no con votes). Counting the Speaker "
        f"with his former party gives {w['con'] + 1} (true); counting him with no party gives "
        f"{w['con']} (false). Wirral's 'oth' votes: {wir.votes['oth']:,}.",
    )
    since = [e for e in ELECTIONS[: ELECTIONS.index(F)]]

    def hung(e: str) -> bool:
        m = sum(r.seats for r in history() if r.election == e)
        return max(_won(e).values()) * 2 <= m

    hung_before = [e for e in since if hung(e)]
    k.claim(
        "It was the first hung parliament since 1929",
        "depends",
        f"{CBP}: no party group won more than half the seats in {', '.join(hung_before)} before "
        f"{F}. On the file's party groups the last was 1951 (con {_won('1951')['con']} of "
        f"{sum(r.seats for r in history() if r.election == '1951')}, their National Liberal "
        f"allies being in the 'oth' group, which won {_won('1951')['oth']}): false. Counting "
        "those allies with the Conservatives, as the parties then did, 1951 had a majority and "
        "the last hung parliament was 1929: true.",
    )
    d = h["con"] - h["lab"]
    k.claim(
        "The Conservatives won more votes than Labour, by about 200,000, but fewer seats",
        190_000 <= d < 210_000 and w["con"] < w["lab"],
        f"{CBP} {F}: con {int(h['con']):,}, lab {int(h['lab']):,} (difference {int(d):,}); "
        f"seats con {w['con']}, lab {w['lab']}.",
    )
    cs, cs70 = _share(F, "con"), _share(S, "con")
    k.claim(
        "Their share, 37.9 per cent",
        round(100 * cs, 1) == 37.9,
        f"{CBP} {F}: con {int(h['con']):,} / {int(h['_total']):,} = {pct(cs)}, not 37.9 "
        "(a figure on another basis in some coverage).",
    )
    k.claim(
        "was down more than eight points on 1970",
        cs70 - cs > 0.08,
        f"{CBP}: con {pct(cs70)} in 1970, {pct(cs)} in {F} ({100 * (cs - cs70):+.2f}).",
    )
    ls = _share(F, "lab")
    lower = [e for e in since if _share(e, "lab") < ls]
    k.claim(
        "Labour's share, just over 37 per cent, was its lowest since 1931",
        0.37 < ls < 0.375 and lower[-1] == "1931",
        f"{CBP}: lab {pct(ls)} in {F}; earlier lower shares: "
        + ", ".join(f"{e} {pct(_share(e, 'lab'))}" for e in lower)
        + ".",
    )
    lb = _share(F, "lib")
    higher = [e for e in since if _share(e, "lib") > lb]
    k.claim(
        "took more than six million votes, 19.3 per cent, their best share since 1929",
        h["lib"] > 6_000_000 and round(100 * lb, 1) == 19.3 and higher[-1] == "1929",
        f"{CBP} {F}: lib {int(h['lib']):,} = {pct(lb)}; earlier higher shares: "
        + ", ".join(f"{e} {pct(_share(e, 'lib'))}" for e in higher)
        + ".",
    )
    r = h["lib"] / h70["lib"]
    k.claim(
        "Their vote almost trebled on 1970",
        2.7 <= r < 3,
        f"{CBP}: lib {int(h70['lib']):,} in 1970, {int(h['lib']):,} in {F} (x{r:.2f}).",
    )
    k.claim(
        "they won only 14 seats, up from six",
        w["lib"] == 14 and w70["lib"] == 6,
        f"{CBP}: lib won {w70['lib']} in 1970, {w['lib']} in {F}.",
    )
    per_lib, per_lab = h["lib"] / w["lib"], h["lab"] / w["lab"]
    k.claim(
        "one MP for every 430,000 Liberal votes",
        round(per_lib, -4) == 430_000,
        f"{CBP} {F}: {int(h['lib']):,} / {w['lib']} = {per_lib:,.0f}.",
    )
    k.claim(
        "Labour needed only about 39,000 votes for each of its MPs",
        round(per_lab, -3) == 39_000,
        f"{CBP} {F}: {int(h['lab']):,} / {w['lab']} = {per_lab:,.0f}.",
    )
    nd70, nd = hist_seat_at("North Devon", S), hist_seat_at("Devon North", F)
    k.claim(
        "who had scraped home by 369 votes in 1970",
        nd70.winner == "lib" and nd70.majority == 369,
        f"{_row('North Devon', S)}.",
    )
    k.claim(
        "won North Devon by more than 11,000",
        nd.winner == "lib" and 11_000 < nd.majority < 12_000,
        f"{_row('Devon North', F)} (the file names the seat 'Devon North' in {F}).",
    )
    sc, sc70 = _won(F, "Scotland"), _won(S, "Scotland")
    k.claim(
        "In Scotland the SNP won seven seats, up from one",
        sc["natSW"] == 7 and sc70["natSW"] == 1,
        f"{CBP} Scotland natSW (SNP) won {sc70['natSW']} in 1970, {sc['natSW']} in {F}.",
    )
    k.claim(
        "Plaid Cymru took two in Wales",
        _won(F, "Wales")["natSW"] == 2,
        f"{CBP} Wales natSW (Plaid Cymru) won {_won(F, 'Wales')['natSW']} in {F}.",
    )
    ni, ni70 = _won(F, "Northern Ireland"), _won(S, "Northern Ireland")
    k.claim(
        "In Northern Ireland all 12 seats went to local parties",
        ni == {"oth": 12},
        f"{CBP} Northern Ireland {F} winners: {ni}.",
    )
    k.claim(
        "who had won eight seats in 1970 as the Conservatives' allies",
        ni70.get("con") == 8,
        f"{CBP} Northern Ireland 1970 winners: {ni70} (the Ulster Unionists in the con group).",
    )
    k.claim("broke with Heath over Sunningdale", None, "politics; not in the results files")
    eng = [r for r in history() if r.election == F and r.country not in
           ("Scotland", "Wales", "Northern Ireland", "University", "Ireland")]  # fmt: skip
    ec = sum(r.winner == "con" for r in eng)
    el = sum(r.winner == "lab" for r in eng)
    k.claim(
        "Even in England, Labour won more seats than the Conservatives",
        el > ec,
        f"{CBP} {F}, seats in the English regions ({len(eng)}): con {ec}, lab {el}.",
    )
    k.claim("Heath, 57,", None, "an age; not in the results files")
    sd = hist_seat_at("Sidcup", F)
    k.claim(
        "held Sidcup by almost 10,000 votes",
        sd.winner == "con" and 9_500 <= sd.majority < 10_000,
        f"{_row('Sidcup', F)}.",
    )
    hu = hist_seat_at("Huyton", F)
    k.claim(
        "Harold Wilson's majority in Huyton was cut to 15,035",
        hu.majority == 15035 and hu.majority < hist_seat_at("Huyton", S).majority,
        f"{_row('Huyton', S)}. {_row('Huyton', F)}: 31,767 - 16,462 = 15,305, not 15,035.",
    )
    li = hist_seat_at("Lincoln", F)
    k.claim(
        "Dick Taverne held Lincoln by 1,293 votes",
        li.winner == "oth" and li.majority == 1293,
        f"{_row('Lincoln', F)} (Taverne in the 'oth' group).",
    )
    bl = hist_seat_at("Blyth", F)
    k.claim(
        "Eddie Milne won Blyth by more than 6,000",
        bl.winner == "oth" and hist_seat_at("Blyth", S).winner == "lab" and bl.majority > 6000,
        f"{_row('Blyth', S)}. {_row('Blyth', F)}.",
    )
    t, t70 = _turnout(F), _turnout(S)
    k.claim(
        "Turnout was 78.8 per cent, up 6.8 points on 1970",
        round(100 * t, 1) == 78.8 and round(100 * (t - t70), 1) == 6.8,
        f"{CBP} turnout (total votes / electorate, contested seats): 1970 {pct(t70)}, {F} "
        f"{pct(t)}.",
    )
    hi = [e for e in since if _turnout(e) >= t]
    k.claim(
        "the highest since 1959",
        hi[-1] == "1959",
        f"{CBP} turnouts at or above {pct(t)} before {F}: "
        + ", ".join(f"{e} {pct(_turnout(e))}" for e in hi)
        + f"; 1959 was {pct(_turnout('1959'))}, so it was the highest since {hi[-1]}.",
    )
