"""heath-confounds-the-polls-1970-feature: a feature (years named) on the 1970 election, from
CBP-8647 only (con includes the Ulster Unionists and the Speaker's seat, as the file records them;
natSW is the SNP in Scotland and Plaid Cymru in Wales)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, hist_seat_at, history
from .._raw import hist_seat_count as _nseats
from .._raw import hist_share as _share
from .._raw import hist_turnout as _turnout

NAME = "heath-confounds-the-polls-1970-feature"
CBP = "CBP-8647"


def _swing(a: str, b: str) -> float:
    """Butler swing from lab to con between elections a and b, national shares."""
    return ((_share(b, "con") - _share(a, "con")) - (_share(b, "lab") - _share(a, "lab"))) / 2


def _seat(
    name: str, e: str, winner: str, majority: int, frm: str | None = None
) -> tuple[bool, str]:
    r, o = hist_seat_at(name, e), hist_seat_at(name, "1966")
    ok = r.winner == winner and r.majority == majority and (frm is None or o.winner == frm)
    return (
        ok,
        f"{CBP} {name}: 1966 {o.winner} by {o.majority:,}; 1970 {r.votes}, {r.winner} by {r.majority:,}.",
    )


@story(NAME)
def key(k: Key) -> None:
    n, o = hist_national("1970"), hist_national("1966")
    k.claim("one of them by 12 points", None, "an opinion poll; not in the files")
    k.claim("Edward Heath, 53,", None, "an age; the results files hold no ages")
    seats, con = _nseats("1970"), int(n["won_con"])
    k.claim(
        "The Conservatives won 330 seats, a majority of 30 in a House of 630",
        con == 330 and seats == 630 and con - (seats - con) == 30,
        f"{CBP} 1970: con won {con} of {seats}; {con} - ({seats} - {con}) = {con - (seats - con)}.",
    )
    lab = int(n["won_lab"])
    k.claim(
        "Labour fell to 287, a loss of 76",
        lab == 287 and int(o["won_lab"]) - lab == 76,
        f"{CBP}: lab won {int(o['won_lab'])} in 1966, {lab} in 1970.",
    )
    cs, cs0 = _share("1970", "con"), _share("1966", "con")
    k.claim(
        "The Conservative share rose to 46.4 per cent, up four and a half points",
        round(100 * cs, 1) == 46.4 and round(2 * 100 * (cs - cs0)) / 2 == 4.5,
        f"{CBP}: con {pct(cs0)} in 1966, {pct(cs)} in 1970.",
    )
    since = ELECTIONS[ELECTIONS.index("1955") + 1 : ELECTIONS.index("1970")]
    higher = [e for e in since if _share(e, "con") >= cs]
    k.claim(
        "their highest share since 1955",
        not higher and _share("1955", "con") > cs,
        f"{CBP}: con shares after 1955 at or above {pct(cs)}: "
        + ", ".join(f"{e} {pct(_share(e, 'con'))}" for e in higher)
        + " - the highest since 1959, not 1955.",
    )
    ls, ls0 = _share("1970", "lab"), _share("1966", "lab")
    k.claim(
        "Labour's dropped to 43.0 per cent, down almost five points",
        round(100 * ls, 1) == 43.0 and 0.045 <= ls0 - ls < 0.05,
        f"{CBP}: lab {pct(ls0)} in 1966, {pct(ls)} in 1970.",
    )
    post = ELECTIONS[ELECTIONS.index("1945") : ELECTIONS.index("1970")]
    pairs = list(zip(post, post[1:], strict=False))
    sw = _swing("1966", "1970")
    bigger = [(a, b) for a, b in pairs if abs(_swing(a, b)) >= sw]
    k.claim(
        "The national swing of 4.7 points from Labour to the Conservatives was the largest since "
        "1945",
        round(100 * sw, 1) == 4.7 and not bigger and abs(_swing("1935", "1945")) > sw,
        f"{CBP} national Butler swings (lab to con, positive): "
        + ", ".join(f"{a}-{b} {100 * _swing(a, b):+.2f}" for a, b in pairs)
        + f", 1966-1970 {100 * sw:+.2f}; 1935-1945 {100 * _swing('1935', '1945'):+.2f}.",
    )
    old = {r.name: r.winner for r in history() if r.election == "1966"}
    moves = [(old[r.name], r.winner) for r in history() if r.election == "1970" and r.name in old]
    k.claim(
        "The Conservatives took 75 seats from Labour",
        moves.count(("lab", "con")) == 75,
        f"{CBP}: seats lab in 1966 and con in 1970: {moves.count(('lab', 'con'))} (same seat "
        "names; 1966 and 1970 share boundaries).",
    )
    k.claim(
        "six from the Liberals",
        moves.count(("lib", "con")) == 6,
        f"{CBP}: seats lib in 1966 and con in 1970: {moves.count(('lib', 'con'))}.",
    )
    rs = sorted(
        (r for r in history() if r.election == "1970" and r.total), key=lambda r: r.majority
    )
    ip = hist_seat_at("Ipswich", "1970")
    k.claim(
        "Ipswich, which the Conservatives won by 13 votes, the closest result in the country",
        ip.winner == "con" and ip.majority == 13 and rs[0].name == "Ipswich",
        f"{CBP} 1970 smallest majorities: "
        + ", ".join(f"{r.name} {r.winner} {r.majority}" for r in rs[:3])
        + ".",
    )
    gains = [
        r for r in rs if r.winner == "con" and old.get(r.name) not in (None, "con")
    ]  # fmt: skip
    k.claim(
        "Brighouse and Spenborough fell by 59 votes, the narrowest Conservative gain",
        gains[0].name == "Brighouse And Spenborough",
        f"{CBP} 1970 Conservative gains by majority: "
        + ", ".join(f"{r.name} {r.majority} (from {old[r.name]})" for r in gains[:3])
        + ".",
    )
    ok, ev = _seat("Belper", "1970", "con", 2124, "lab")
    k.claim("George Brown, Labour's deputy leader, who lost Belper by 2,124", ok, ev)
    k.claim(
        "the seat he had held since 1945",
        None,
        "a member's tenure before 2010; CBP-8647 has no candidate names (and no Belper row "
        "before 1955)",
    )
    wv, wv0 = (
        hist_seat_at("Wolverhampton South West", "1970"),
        hist_seat_at("Wolverhampton South West", "1966"),
    )
    k.claim(
        "saw his majority in Wolverhampton South West more than double to 14,467",
        wv.majority == 14467 and wv.majority > 2 * wv0.majority,
        f"{CBP} Wolverhampton South West: con majority {wv0.majority:,} in 1966, "
        f"{wv.majority:,} in 1970.",
    )
    bx, bx0 = hist_seat_at("Bexley", "1970"), hist_seat_at("Bexley", "1966")
    k.claim(
        "Heath's own majority in Bexley more than tripled, to 8,058",
        bx.majority == 8058 and bx.majority > 3 * bx0.majority,
        f"{CBP} Bexley: con majority {bx0.majority:,} in 1966, {bx.majority:,} in 1970 "
        f"({bx.majority / bx0.majority:.2f} times).",
    )
    lib, lib0 = int(n["won_lib"]), int(o["won_lib"])
    k.claim(
        "They were halved to six seats on 7.5 per cent of the vote",
        lib == 6 and lib0 == 12 and round(100 * _share("1970", "lib"), 1) == 7.5,
        f"{CBP}: lib won {lib0} in 1966, {lib} in 1970; share {pct(_share('1970', 'lib'))}.",
    )
    ok, ev = _seat("Orpington", "1970", "con", 1322, "lib")
    k.claim("lost Orpington by 1,322", ok, ev)
    ok, ev = _seat("Colne Valley", "1970", "lab", 856, "lib")
    k.claim("Richard Wainwright lost Colne Valley to Labour by 856", ok, ev)
    la = hist_seat_at("Birmingham Ladywood", "1970")
    la0 = hist_seat_at("Birmingham Ladywood", "1966")
    k.claim(
        "Labour regained Birmingham Ladywood by 980",
        "depends",
        f"{CBP} Birmingham Ladywood: 1966 {la0.winner} by {la0.majority:,}; 1970 {la.votes}, "
        f"{la.winner} by {la.majority:,}. A Labour hold on the general-election files; a regain "
        "only against the Liberal win at a 1969 by-election the files do not hold.",
    )
    nd = hist_seat_at("North Devon", "1970")
    k.claim(
        "Thorpe held North Devon by 396 votes",
        nd.winner == "lib" and nd.majority == 396,
        f"{CBP} North Devon 1970: {nd.votes}; lib by {nd.majority} (not 396).",
    )
    ok, ev = _seat("North Cornwall", "1970", "lib", 630)
    k.claim("John Pardoe held North Cornwall by 630", ok, ev)
    rx, rx0 = (hist_seat_at("Roxburgh Selkirk And Peebles", e) for e in ("1970", "1966"))
    k.claim(
        "David Steel's majority fell to 550, a quarter of what it had been",
        rx.winner == "lib" and rx.majority == 550 and round(4 * rx.majority / rx0.majority) == 1,
        f"{CBP} Roxburgh Selkirk and Peebles: lib majority {rx0.majority:,} in 1966, "
        f"{rx.majority} in 1970 ({rx.majority / rx0.majority:.3f}).",
    )
    sc, sc0 = hist_national("1970", "Scotland"), hist_national("1966", "Scotland")
    k.claim(
        "Labour won 44 of the 71 seats and the Conservatives 23, up three",
        int(sc["won_lab"]) == 44
        and _nseats("1970", "Scotland") == 71
        and int(sc["won_con"]) == 23
        and int(sc["won_con"] - sc0["won_con"]) == 3,
        f"{CBP} Scotland: lab {int(sc0['won_lab'])} -> {int(sc['won_lab'])}, con "
        f"{int(sc0['won_con'])} -> {int(sc['won_con'])} of {_nseats('1970', 'Scotland')}.",
    )
    ss, ss0 = _share("1970", "natSW", "Scotland"), _share("1966", "natSW", "Scotland")
    k.claim(
        "The SNP more than doubled its Scottish share, to 11.4 per cent",
        round(100 * ss, 1) == 11.4 and ss > 2 * ss0,
        f"{CBP} Scotland natSW: {pct(ss0)} in 1966, {pct(ss)} in 1970.",
    )
    wi = hist_seat_at("Western Isles", "1970")
    k.claim(
        "took the Western Isles by 726 for its only seat",
        wi.winner == "natSW" and wi.majority == 726 and int(sc["won_natSW"]) == 1,
        f"{CBP} Western Isles 1970: {wi.votes}, natSW by {wi.majority}; natSW seats in Scotland "
        f"{int(sc['won_natSW'])}.",
    )
    ws, ws0 = _share("1970", "natSW", "Wales"), _share("1966", "natSW", "Wales")
    wa = hist_national("1970", "Wales")
    k.claim(
        "Plaid Cymru more than trebled its share to 11.5 per cent but won no seat",
        round(100 * ws, 1) == 11.5 and ws > 3 * ws0 and not wa.get("won_natSW"),
        f"{CBP} Wales natSW: {pct(ws0)} in 1966, {pct(ws)} in 1970 ({ws / ws0:.2f} times, not "
        f"more than three); seats {int(wa.get('won_natSW', 0))}.",
    )
    t, t0 = _turnout("1970"), _turnout("1966")
    k.claim(
        "Turnout, at 72.0 per cent, was down almost four points",
        round(100 * t, 1) == 72.0 and 0.035 <= t0 - t < 0.04,
        f"{CBP}: total votes / electorate over contested seats {pct(t0)} in 1966, {pct(t)} in "
        "1970.",
    )
    between = ELECTIONS[ELECTIONS.index("1935") + 1 : ELECTIONS.index("1970")]
    k.claim(
        "the lowest since 1935",
        all(_turnout(e) > t for e in between) and _turnout("1935") < t,
        f"{CBP} turnout: 1935 {pct(_turnout('1935'))}; "
        + ", ".join(f"{e} {pct(_turnout(e))}" for e in between)
        + f"; 1970 {pct(t)}.",
    )
    k.claim(
        "the first general election at which 18-year-olds could vote",
        None,
        "the franchise; not in the files",
    )
