"""carlton-club-revolt-bonar-law-1922-column: a newspaper column (years named) on the 1922
general election, from CBP-8647 only (party groups 'con', 'lab', 'lib' (Asquith's Liberals),
'oth' (National Liberals and the rest); seats won over single-member rows; 1918 for
comparisons, seats matched by name)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import hist_national, hist_seat_count, hist_share, hist_turnout, history

NAME = "carlton-club-revolt-bonar-law-1922-column"
CBP = "CBP-8647"
E, P = "1922", "1918"


def _rows(e: str) -> dict:
    return {h.name: h for h in history() if h.election == e}


def _won(e: str, party: str, pred) -> int:  # noqa: ANN001
    return sum(1 for h in history() if h.election == e and h.seats == 1 and (h.total or h.unopposed)
               and pred(h) and h.winner == party)  # fmt: skip


@story(NAME)
def key(k: Key) -> None:
    k.claim("People hardly know where they are, and I am one of them", None, "a quote")
    h, h8 = hist_national(E), hist_national(P)
    n = hist_seat_count(E)
    sc, sc8 = hist_share(E, "con"), hist_share(P, "con")
    k.claim(
        "The Conservatives won more than half the seats in a House shrunk to 615",
        n == 615 and h["won_con"] > n / 2,
        f"{CBP} 1922: {n} seats; con wins {int(h['won_con'])} single-member seats alone "
        f"(more than {n / 2}).",
    )
    k.claim(
        "on just under 39 per cent of the vote, a share barely changed on 1918",
        0.385 <= sc < 0.39 and abs(sc - sc8) < 0.005,
        f"{CBP} con share {pct(sc8)} in 1918, {pct(sc)} in 1922.",
    )
    k.claim("the first Conservative government on its own since 1905", None,
            "governments are not in the files")  # fmt: skip
    up = h["lab"] - h8["lab"]
    k.claim(
        "The party added close to 1.9 million votes to its 1918 tally",
        1_850_000 <= up < 1_900_000,
        f"{CBP} lab {int(h8['lab']):,} in 1918, {int(h['lab']):,} in 1922, up {int(up):,}.",
    )
    sl = hist_share(E, "lab")
    k.claim("took 29.7 per cent", round(100 * sl, 1) == 29.7,
            f"{CBP} 1922: lab {int(h['lab']):,} / {int(h['_total']):,} = {pct(sl)}.")  # fmt: skip
    k.claim(
        "more than doubled its number of MPs",
        h["won_lab"] > 2 * h8["won_lab"],
        f"{CBP} lab single-member wins: {int(h8['won_lab'])} in 1918, {int(h['won_lab'])} in 1922.",
    )
    k.claim(
        "Whether it had overtaken both Liberal wings together in votes",
        None,
        f"{CBP} counts the National Liberals in 'oth' with every other group (lab "
        f"{int(h['lab']):,}; lib {int(h['lib']):,}; oth {int(h['oth']):,}), so the two wings "
        "together cannot be counted",
    )
    sb = hist_share(E, "lib")
    k.claim("Asquith's Liberals took nearly a fifth of the vote", 0.18 <= sb < 0.2,
            f"{CBP} 1922 lib share {pct(sb)}.")  # fmt: skip

    def glas(x) -> bool:  # noqa: ANN001
        return x.name.startswith("Glasgow")

    g22, g18 = _won(E, "lab", glas), _won(P, "lab", glas)
    ng = sum(1 for x in _rows(E).values() if glas(x))
    k.claim(
        "Labour took ten of Glasgow's 15 seats, up from one four years earlier",
        g22 == 10 and ng == 15 and g18 == 1,
        f"{CBP} Glasgow rows: {ng}; lab wins {g18} in 1918, {g22} in 1922.",
    )
    s = hist_national(E, "Scotland")
    wins = {p: int(s.get("won_" + p, 0)) for p in ("con", "lab", "lib", "oth")}
    k.claim(
        "across Scotland it won more seats than any other party",
        wins["lab"] == max(wins.values()),
        f"{CBP} Scotland 1922 single-member wins: {wins} ('oth' lumps several groups; Dundee's "
        "two seats are not counted).",
    )
    w, w8 = hist_national(E, "Wales"), hist_national(P, "Wales")
    k.claim(
        "In Wales, Labour more than doubled its tally of MPs",
        w["won_lab"] > 2 * w8["won_lab"],
        f"{CBP} Wales lab wins: {int(w8['won_lab'])} in 1918, {int(w['won_lab'])} in 1922 "
        "(exactly double, not more).",
    )
    lo, lo8 = hist_national(E, "London"), hist_national(P, "London")
    k.claim(
        "in London its contingent rose from three to 16",
        lo8["won_lab"] == 3 and lo["won_lab"] == 16,
        f"{CBP} London lab wins: {int(lo8['won_lab'])} in 1918, {int(lo['won_lab'])} in 1922.",
    )
    r = _rows(E)
    li = r["Stepney Limehouse"]
    k.claim(
        "Clement Attlee won Limehouse with more than 60 per cent of the vote",
        li.votes["lab"] / li.total > 0.6,
        f"{CBP} Stepney Limehouse 1922: {li.votes}; lab {li.votes['lab']:,} / {li.total:,} = "
        f"{pct(li.votes['lab'] / li.total)}.",
    )
    gc = r["Glasgow Central"]
    k.claim(
        "Bonar Law held Glasgow Central with a majority of more than 5,000",
        gc.winner == "con" and gc.majority > 5000,
        f"{CBP} Glasgow Central 1922: {gc.votes}; {gc.winner} by {gc.majority:,}.",
    )
    cb, wf = r["Caernarvon District Of Boroughs"], r["Fife Western"]
    k.claim(
        "Lloyd George and Labour's William Adamson were both returned unopposed",
        cb.unopposed is not None and wf.unopposed == "lab",
        f"{CBP} 1922: Caernarvon District Of Boroughs unopposed ({cb.unopposed} sentinel); Fife "
        f"Western unopposed ({wf.unopposed} sentinel).",
    )
    pa = r["Paisley"]
    k.claim(
        "Asquith held Paisley by just 316 votes over Labour",
        pa.winner == "lib" and pa.votes["lib"] - pa.votes["lab"] == 316,
        f"{CBP} Paisley 1922: {pa.votes}; {pa.winner} by {pa.majority}.",
    )
    k.claim("finished fourth in Dundee", None,
            f"{CBP} gives Dundee (two seats) as party totals, not candidates")  # fmt: skip
    t, t8 = hist_turnout(E), hist_turnout(P)
    k.claim(
        "Turnout rose by more than 15 points on the khaki election",
        t - t8 > 0.15,
        f"{CBP} turnout (total / electorate, contested seats): 1918 {pct(t8)}, 1922 {pct(t)}.",
    )
    single = [x for x in r.values() if x.total and x.electorate and x.seats == 1]
    tu = sorted(single, key=lambda x: x.total / x.electorate)
    k.claim(
        "In Darwen over 91 per cent of electors voted",
        tu[-1].name == "Lancashire Darwen" and tu[-1].total / tu[-1].electorate > 0.91,
        f"{CBP} 1922 highest turnouts: "
        + "; ".join(f"{x.name} {pct(x.total / x.electorate)}" for x in tu[-3:][::-1]) + ".",
    )  # fmt: skip
    ok = r["Orkney And Shetland"]
    k.claim(
        "in Orkney and Shetland little more than a third did",
        tu[0].name == "Orkney And Shetland" and 1 / 3 < ok.total / ok.electorate < 0.4,
        f"{CBP} 1922 Orkney And Shetland {ok.total:,} / {ok.electorate:,} = "
        f"{pct(ok.total / ok.electorate)} (the lowest).",
    )
    un = [x for x in r.values() if x.unopposed]
    con_un = sum(x.seats for x in un if x.unopposed == "con")
    k.claim(
        "No fewer than 57 MPs were returned unopposed, 43 of them Conservatives",
        sum(x.seats for x in un) == 57 and con_un == 43,
        f"{CBP} 1922: {len(un)} unopposed rows, {sum(x.seats for x in un)} seats, {con_un} "
        "with the con sentinel.",
    )
    mc, sn = r["Manchester Clayton"], r["Salford North"]
    k.claim(
        "Manchester Clayton was held by the Conservatives by 11 votes",
        mc.votes["oth"] == 0 and mc.winner == "con" and mc.majority == 11,
        f"{CBP} Manchester Clayton 1922: {mc.votes}; {mc.winner} by {mc.majority} (no 'oth').",
    )
    k.claim(
        "Labour took Salford North by 91",
        sn.votes["oth"] == 0 and sn.winner == "lab" and sn.majority == 91,
        f"{CBP} Salford North 1922: {sn.votes}; {sn.winner} by {sn.majority} (no 'oth'), not 91.",
    )
    de = r["Derbyshire North Eastern"]
    k.claim(
        "In North East Derbyshire Labour won a three-way fight by just 15",
        de.winner == "lab" and de.majority == 15 and sorted(de.votes.values())[-3] > 0,
        f"{CBP} Derbyshire North Eastern 1922: {de.votes}; {de.winner} by {de.majority}.",
    )
    k.claim("would be gone within seven months", None, "a premiership's length; not in the files")
