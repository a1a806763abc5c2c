"""portillo-moment-tory-rout-1997-feature: a feature (years named) on the Conservative seats
lost in 1997, from CBP-8647 only (votes by party group; seats matched by name)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_line, hist_national, hist_seat, hist_seat_at, history
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "portillo-moment-tory-rout-1997-feature"
CBP = "CBP-8647"


def _row(name: str, e: str) -> str:
    r = hist_seat_at(name, e)
    v = ", ".join(f"{p} {n:,}" for p, n in r.votes.items() if n)
    return f"{CBP} {name} {e}: {v}; total {r.total:,}; winner {r.winner}, majority {r.majority:,}"


@story(NAME)
def key(k: Key) -> None:
    es92, es97 = (
        hist_seat_at("Enfield Southgate", "1992"),
        hist_seat_at("Enfield Southgate", "1997"),
    )
    k.claim(
        "Stephen Twigg took Enfield Southgate from Michael Portillo by 1,433 votes",
        es92.winner == "con" and es97.winner == "lab" and es97.majority == 1433,
        f"{_row('Enfield Southgate', '1992')}. {_row('Enfield Southgate', '1997')}.",
    )

    def s(r: object, p: str) -> float:
        return r.votes[p] / r.total  # type: ignore[attr-defined]

    sw = ((s(es97, "lab") - s(es92, "lab")) - (s(es97, "con") - s(es92, "con"))) / 2
    k.claim(
        "on a swing of 17.4 per cent",
        round(100 * sw, 1) == 17.4,
        f"{CBP} Enfield Southgate: Lab {pct(s(es92, 'lab'))} -> {pct(s(es97, 'lab'))}, Con "
        f"{pct(s(es92, 'con'))} -> {pct(s(es97, 'con'))}; Butler swing Con to Lab {pct(sw)}.",
    )
    k.claim("Twigg, 30,", None, "an age; not in the results files")
    k.claim(
        "an Observer poll the weekend before had put Portillo only three points ahead",
        None,
        "an opinion poll; not in the results files",
    )
    k.claim(
        "Five years earlier Portillo had won the seat with a majority of 15,563",
        es92.winner == "con" and es92.majority == 15563,
        f"{_row('Enfield Southgate', '1992')}.",
    )
    k.claim(
        "This time his share fell below 40 per cent",
        s(es97, "con") < 0.40,
        f"{CBP} Enfield Southgate 1997: Con {es97.votes['con']:,} / {es97.total:,} = "
        f"{pct(s(es97, 'con'))}, not below 40 per cent.",
    )
    k.claim(
        "Labour's share in the seat rose by 18 points",
        round(100 * (s(es97, "lab") - s(es92, "lab"))) == 18,
        f"{CBP} Enfield Southgate: Lab {pct(s(es92, 'lab'))} in 1992, {pct(s(es97, 'lab'))} in "
        f"1997 ({100 * (s(es97, 'lab') - s(es92, 'lab')):+.2f} points).",
    )
    ep = hist_seat_at("Edinburgh Pentlands", "1997")
    k.claim(
        "Malcolm Rifkind, the foreign secretary, lost Edinburgh Pentlands to Labour by 4,862 votes",
        hist_seat_at("Edinburgh Pentlands", "1992").winner == "con"
        and ep.winner == "lab"
        and ep.majority == 4862,
        f"{_row('Edinburgh Pentlands', '1992')}. {_row('Edinburgh Pentlands', '1997')}.",
    )
    st92, st97 = hist_seat_at("Stirling", "1992"), hist_seat_at("Stirling", "1997")
    k.claim(
        "Michael Forsyth lost Stirling, a seat he had held by just 703 votes in 1992",
        st92.winner == "con" and st92.majority == 703 and st97.winner == "lab",
        f"{_row('Stirling', '1992')}. {_row('Stirling', '1997')}.",
    )
    sc92 = sorted(
        (h for h in history() if h.election == "1992" and h.country == "Scotland"
         and h.winner == "con"),
        key=lambda h: -h.majority,
    )  # fmt: skip
    k.claim(
        "Eastwood, the safest Conservative seat in Scotland at the previous election",
        sc92[0].name == "Eastwood",
        f"{CBP} 1992, Scottish seats won by con, largest majorities: "
        + ", ".join(f"{h.name} {h.majority:,}" for h in sc92[:3])
        + ".",
    )
    ew = hist_seat_at("Eastwood", "1997")
    k.claim(
        "fell to Labour by 3,236 votes",
        ew.winner == "lab" and ew.majority == 3236,
        f"{_row('Eastwood', '1997')}.",
    )
    sw97, wa97 = hist_national("1997", "Scotland"), hist_national("1997", "Wales")
    k.claim(
        "the Conservatives were left without a single MP in Scotland or Wales",
        sw97.get("won_con", 0) == 0 and wa97.get("won_con", 0) == 0,
        f"{CBP} 1997 seats won: Scotland "
        + ", ".join(f"{p[4:]} {int(v)}" for p, v in sw97.items() if p.startswith("won_"))
        + "; Wales "
        + ", ".join(f"{p[4:]} {int(v)}" for p, v in wa97.items() if p.startswith("won_"))
        + ".",
    )
    pu = hist_seat_at("Putney", "1997")
    k.claim(
        "David Mellor went down in Putney by 2,976 votes",
        hist_seat_at("Putney", "1992").winner == "con" and pu.winner == "lab"
        and pu.majority == 2976,
        f"{_row('Putney', '1992')}. {_row('Putney', '1997')}.",
    )  # fmt: skip
    k.claim(
        "Goldsmith's Referendum Party took 1,518 votes there",
        None,
        f"{CBP} gives other parties' votes only as one group (Putney 1997 oth "
        f"{pu.votes['oth']:,}); a single candidate's vote is not in the file.",
    )
    wi = hist_seat_at("Wimbledon", "1997")
    k.claim(
        "Labour won Wimbledon with a majority of 2,990",
        wi.winner == "lab" and wi.majority == 2990,
        f"{_row('Wimbledon', '1997')}.",
    )
    hv = hist_seat("Hove")
    k.claim(
        "took Hove for the first time",
        hist_seat_at("Hove", "1997").winner == "lab"
        and all(h.winner != "lab" for h in hv if ELECTIONS.index(h.election) < ELECTIONS.index("1997")),
        f"{CBP} Hove (first contested 1950): {hist_line(hv)}.",
    )  # fmt: skip
    ta = hist_seat_at("Tatton", "1997")
    k.claim(
        "beat Neil Hamilton by 12,283 votes",
        ta.winner == "oth" and ta.majority == 12283,
        f"{_row('Tatton', '1997')}: 30,515 - 18,277 = 12,238, not 12,283.",
    )
    k.claim(
        "Labour and the Liberal Democrats had stood aside for him",
        ta.votes["lab"] == 0 and ta.votes["lib"] == 0,
        f"{_row('Tatton', '1997')}: no Labour or Liberal Democrat votes.",
    )
    sh = hist_seat_at("Sheffield Hallam", "1997")
    k.claim(
        "Richard Allan took Sheffield Hallam from the Conservatives with a majority of 8,271",
        hist_seat_at("Sheffield Hallam", "1992").winner == "con"
        and sh.winner == "lib" and sh.majority == 8271,
        f"{_row('Sheffield Hallam', '1992')}. {_row('Sheffield Hallam', '1997')}.",
    )  # fmt: skip
    ex = hist_seat_at("Exeter", "1997")
    k.claim(
        "in Exeter Ben Bradshaw won with a majority of 11,705",
        ex.winner == "lab" and ex.majority == 11705,
        f"{_row('Exeter', '1997')}.",
    )
    h92, h97 = hist_national("1992"), hist_national("1997")
    k.claim(
        "the Conservatives were cut to 165 seats, from 336 in 1992",
        h97["won_con"] == 165 and h92["won_con"] == 336,
        f"{CBP}: con won {int(h92['won_con'])} in 1992, {int(h97['won_con'])} in 1997.",
    )
    k.claim("Labour won 418", h97["won_lab"] == 418, f"{CBP} 1997: lab won {int(h97['won_lab'])}.")
    cs = _share("1997", "con")
    k.claim(
        "The Conservative share, 30.7 per cent, was the lowest in the series since 1918",
        round(100 * cs, 1) == 30.7
        and all(_share(e, "con") > cs for e in ELECTIONS[: ELECTIONS.index("1997")]),
        f"{CBP}: con {pct(cs)} in 1997; lowest share before it "
        + f"{pct(min(_share(e, 'con') for e in ELECTIONS[: ELECTIONS.index('1997')]))}.",
    )
    lv = h97["lab"] - h92["lab"]
    k.claim(
        "Labour's vote rose by almost two million",
        1_900_000 <= lv < 2_000_000,
        f"{CBP}: lab {int(h92['lab']):,} in 1992, {int(h97['lab']):,} in 1997 (+{int(lv):,}).",
    )
    lw = sorted((h for h in history() if h.election == "1997" and h.winner == "lab"),
                key=lambda h: h.majority)  # fmt: skip
    k.claim(
        "Labour's narrowest win of the night came in Kettering, by 189 votes",
        lw[0].name == "Kettering" and lw[0].majority == 189,
        f"{CBP} 1997 seats won by lab, smallest majorities: "
        + ", ".join(f"{h.name} {h.majority}" for h in lw[:3])
        + ": Kettering is second.",
    )
    t = _turnout("1997")
    lower = [e for e in ELECTIONS[: ELECTIONS.index("1997")] if _turnout(e) < t]
    k.claim(
        "Turnout fell to 71.4 per cent, the lowest since 1970",
        round(100 * t, 1) == 71.4 and lower[-1] == "1970",
        f"{CBP} turnout (total votes / electorate, contested seats): 1997 {pct(t)}; earlier "
        "elections lower: "
        + ", ".join(f"{e} {pct(_turnout(e))}" for e in lower)
        + f": the lowest since {lower[-1]}, not 1970 ({pct(_turnout('1970'))}).",
    )
    e01, e05 = hist_seat_at("Enfield Southgate", "2001"), hist_seat_at("Enfield Southgate", "2005")
    k.claim(
        "Twigg held the seat in 2001 with a majority of 5,546",
        e01.winner == "lab" and e01.majority == 5546,
        f"{_row('Enfield Southgate', '2001')}.",
    )
    k.claim(
        "lost it in 2005 to David Burrowes by 1,747 votes",
        e05.winner == "con" and e05.majority == 1747,
        f"{_row('Enfield Southgate', '2005')}.",
    )
    k.claim(
        "at the Kensington and Chelsea by-election in 1999",
        None,
        "by-elections before 2010 are not in the files (PSEPH holds 2010 onwards)",
    )
