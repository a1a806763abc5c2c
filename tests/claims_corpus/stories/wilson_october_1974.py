"""wilson-majority-of-three-october-1974-feature: a feature (years named) on the October 1974
election, from CBP-8647 only (1974F / 1974O; 'natSW' is the SNP in Scotland and Plaid Cymru in
Wales; 'oth' lumps all other parties, including every Northern Ireland party)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, history
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "wilson-majority-of-three-october-1974-feature"
CBP = "CBP-8647"


@story(NAME)
def key(k: Key) -> None:
    o, fb = hist_national("1974O"), hist_national("1974F")
    k.claim(
        "the second election in eight months",
        None,
        "election dates; CBP-8647 names the elections but holds no dates",
    )
    k.claim("With inflation above 17 per cent", None, "inflation; not in the results files")
    seats = {e: sum(h.seats for h in history() if h.election == e) for e in ELECTIONS}
    lab = int(o["won_lab"])
    k.claim(
        "Labour won 319 seats, a majority of three over all other parties combined",
        lab == 319 and lab - (seats["1974O"] - lab) == 3,
        f"{CBP} 1974O: lab won {lab} of {seats['1974O']}; {lab} - ({seats['1974O']} - {lab}) = "
        f"{lab - (seats['1974O'] - lab)}.",
    )
    k.claim(
        "It was up 18 on February",
        lab - int(fb["won_lab"]) == 18,
        f"{CBP}: lab won {int(fb['won_lab'])} in 1974F, {lab} in 1974O.",
    )
    ls, lsf = _share("1974O", "lab"), _share("1974F", "lab")
    k.claim(
        "Labour's share was just over 39 per cent, up two points",
        0.39 <= ls < 0.395 and round(100 * (ls - lsf)) == 2,
        f"{CBP}: lab {pct(lsf)} in 1974F, {pct(ls)} in 1974O ({100 * (ls - lsf):+.2f}).",
    )
    before = ELECTIONS[: ELECTIONS.index("1974O")]
    more = [e for e in before if hist_national(e)["won_lab"] > lab]
    k.claim(
        "its 319 seats were its most since 1945",
        more[-1] == "1945",
        f"{CBP}: elections before 1974O with more Labour seats: "
        + ", ".join(f"{e} {int(hist_national(e)['won_lab'])}" for e in more)
        + f": the most since {more[-1]}, not 1945.",
    )
    cs = _share("1974O", "con")
    k.claim(
        "Edward Heath's Conservatives fell to 277 seats",
        int(o["won_con"]) == 277 and o["won_con"] < fb["won_con"],
        f"{CBP}: con won {int(fb['won_con'])} in 1974F, {int(o['won_con'])} in 1974O.",
    )
    lower = [e for e in before if _share(e, "con") <= cs]
    k.claim(
        "on under 36 per cent of the vote, the party's lowest share at any election since 1918",
        cs < 0.36 and not lower,
        f"{CBP}: con {pct(cs)} in 1974O; lowest earlier shares "
        + ", ".join(
            f"{e} {pct(_share(e, 'con'))}"
            for e in sorted(before, key=lambda e: _share(e, "con"))[:3]
        )
        + ".",
    )
    k.claim("Wilson, 58,", None, "an age; the results files hold no ages")
    lib, libf = int(o["won_lib"]), int(fb["won_lib"])
    k.claim(
        "The Liberals won 13 seats, one fewer than in February, on 18.3 per cent",
        lib == 13 and libf == 14 and round(100 * _share("1974O", "lib"), 1) == 18.3,
        f"{CBP}: lib won {libf} in 1974F, {lib} in 1974O; share {pct(_share('1974O', 'lib'))}.",
    )
    ni = [h for h in history() if h.election == "1974O" and h.country == "Northern Ireland"]
    k.claim(
        "None of Northern Ireland's 12 seats went to the main British parties",
        len(ni) == 12 and all(h.winner == "oth" for h in ni),
        f"{CBP} 1974O Northern Ireland: {len(ni)} rows, winners {sorted({h.winner for h in ni})}.",
    )
    sc, scf = hist_national("1974O", "Scotland"), hist_national("1974F", "Scotland")
    k.claim(
        "The SNP won 11 seats, up from seven in February",
        sc["won_natSW"] == 11 and scf["won_natSW"] == 7,
        f"{CBP} Scotland: natSW (SNP) won {int(scf['won_natSW'])} in 1974F, "
        f"{int(sc['won_natSW'])} in 1974O.",
    )
    later = ELECTIONS[ELECTIONS.index("1974O") + 1 :]
    snp = {e: int(hist_national(e, "Scotland").get("won_natSW", 0)) for e in later}
    first_beat = next(e for e in later if snp[e] > 11)
    k.claim(
        "a tally it would not beat until 2015",
        first_beat == "2015",
        f"{CBP} Scotland natSW seats after 1974O: {snp}.",
    )
    ss = sc["natSW"] / sc["_total"]
    k.claim(
        "took nearly a third of the Scottish vote, 30.4 per cent",
        round(100 * ss, 1) == 30.4 and 0.3 <= ss < 1 / 3,
        f"{CBP} Scotland 1974O: natSW {int(sc['natSW']):,} / {int(sc['_total']):,} = {pct(ss)}.",
    )
    k.claim(
        "The Conservatives were reduced to 21 seats in Scotland",
        sc["won_con"] == 21,
        f"{CBP} Scotland: con won {int(scf['won_con'])} in 1974F and {int(sc['won_con'])} in "
        "1974O (21 is February's figure).",
    )
    k.claim(
        "on under a quarter of the vote there",
        sc["con"] / sc["_total"] < 0.25,
        f"{CBP} Scotland 1974O: con {pct(sc['con'] / sc['_total'])}.",
    )
    k.claim(
        "while Labour won 41",
        sc["won_lab"] == 41,
        f"{CBP} Scotland 1974O: lab won {int(sc['won_lab'])}.",
    )
    wa, waf = hist_national("1974O", "Wales"), hist_national("1974F", "Wales")
    k.claim(
        "In Wales, Plaid Cymru won two seats",
        wa["won_natSW"] == 2,
        f"{CBP} Wales: natSW (Plaid Cymru) won {int(waf['won_natSW'])} in 1974F and "
        f"{int(wa['won_natSW'])} in 1974O.",
    )
    t, tf = _turnout("1974O"), _turnout("1974F")
    k.claim(
        "Turnout fell to 72.8 per cent, down six points on February",
        round(100 * t, 1) == 72.8 and round(100 * (tf - t)) == 6,
        f"{CBP}: total votes / electorate over contested seats {pct(tf)} in 1974F, {pct(t)} in "
        "1974O.",
    )
    lower_t = [e for e in ELECTIONS[ELECTIONS.index("1945") + 1 : ELECTIONS.index("1974O")]
               if _turnout(e) < t]  # fmt: skip
    k.claim(
        "the lowest since 1945",
        not lower_t,
        f"{CBP}: turnouts below {pct(t)} between 1945 and 1974O: "
        + ", ".join(f"{e} {pct(_turnout(e))}" for e in lower_t)
        + f"; 1945 {pct(_turnout('1945'))}.",
    )
    k.claim(
        "Some 29.2 million votes were cast",
        round(o["_total"] / 1e6, 1) == 29.2,
        f"{CBP} 1974O: total votes {int(o['_total']):,}.",
    )
