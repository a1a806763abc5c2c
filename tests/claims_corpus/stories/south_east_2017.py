"""rudd-survives-by-346-south-east-live: a live blog (times only, no year) on the South East at
the 2017 general election, PSEPH 57 against PSEPH 56 (and PSEPH 55 for Eastbourne), CBP-8647
for Canterbury's history. The Speaker (Buckingham, 'Spk') is counted with no party."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, hist_line, hist_seat, pseph_name, seats_won, share_of, totals

NAME = "rudd-survives-by-346-south-east-live"
R = "South East"
P17, P15 = pseph_name(2017), pseph_name(2015)
CBP = "CBP-8647"


@story(NAME)
def key(k: Key) -> None:
    g, o = general(2017), general(2015)
    se = [s for s in g.values() if s.region == R]
    w, w15 = seats_won(2017, region=R), seats_won(2015, region=R)
    k.claim(
        "The Conservatives won 73 of the region's 84 seats",
        "depends",
        f"{P17} South East: {dict(w)} of {len(se)}: Con {w['Con']}, or {w['Con'] + w['Spk']} "
        "counting the Speaker's Buckingham with his former party.",
    )
    k.claim(
        "six fewer than last time",
        w15["Con"] - w["Con"] == 6,
        f"{P15}/{P17} South East Con seats {w15['Con']} -> {w['Con']} (the Speaker apart in both).",
    )
    k.claim(
        "Labour doubled its tally to eight",
        w["Lab"] == 8 and w15["Lab"] == 4,
        f"{P15}/{P17} South East Lab seats {w15['Lab']} -> {w['Lab']}.",
    )
    k.claim(
        "The Liberal Democrats are back with two seats",
        w["LD"] == 2 and w15["LD"] == 0,
        f"{P15}/{P17} South East LD seats {w15['LD']} -> {w['LD']}.",
    )
    t, t15 = totals(2017, region=R), totals(2015, region=R)
    c, c15 = share_of(t, "Con"), share_of(t15, "Con")
    k.claim(
        "The Conservatives took 53.8 per cent of the vote in the South East, up three points",
        round(100 * c, 1) == 53.8 and round(100 * (c - c15)) == 3,
        f"{P15}/{P17} South East Con share {pct(c15)} -> {pct(c)}.",
    )
    la, la15 = share_of(t, "Lab"), share_of(t15, "Lab")
    k.claim(
        "Labour's share rose by more than ten points",
        la - la15 > 0.10,
        f"{P15}/{P17} South East Lab share {pct(la15)} -> {pct(la)}.",
    )
    u, u15 = share_of(t, "UKIP"), share_of(t15, "UKIP")
    k.claim(
        "UKIP's vote collapsed from almost 15 per cent to just over two",
        0.14 <= u15 < 0.15 and 0.02 < u < 0.025,
        f"{P15}/{P17} South East UKIP share {pct(u15)} -> {pct(u)}.",
    )
    tu = t["_valid"] / t["_electorate"]
    k.claim("Turnout was above 72 per cent", tu > 0.72,
            f"{P17} South East turnout (valid / electorate) {pct(tu)}.")  # fmt: skip
    rows = hist_seat("Kent Canterbury", "Canterbury")
    ca, ca15 = g["Canterbury"], o["Canterbury"]
    k.claim(
        "a seat that had returned a Conservative at every election since 1918",
        all(
            h.winner == "con"
            for h in rows
            if h.election <= "2015" and h.election[:2] in ("19", "20")
        )
        and ca.first == "Lab",
        f"{CBP} Kent Canterbury / Canterbury: {hist_line(rows)}.",
    )
    k.claim("Rosie Duffield won by 187 votes", ca.first == "Lab" and ca.majority == 187,
            f"{P17} {ca.line()}.")  # fmt: skip
    k.claim(
        "Labour's share in the city rose by more than 20 points",
        ca.share("Lab") - ca15.share("Lab") > 0.20,
        f"{P15}/{P17} Canterbury Lab share {pct(ca15.share('Lab'))} -> {pct(ca.share('Lab'))}.",
    )
    big = sorted(se, key=lambda s: -s.majority)
    k.claim(
        "Theresa May is comfortably re-elected in Maidenhead with a majority of 26,457, the "
        "largest in the region",
        g["Maidenhead"].majority == 26457 and big[0].name == "Maidenhead",
        f"{P17} South East largest majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in big[:3]) + ".",
    )  # fmt: skip
    h, h15 = g["Hastings and Rye"], o["Hastings and Rye"]
    k.claim(
        "Amber Rudd has held Hastings and Rye by 346 votes",
        h.first == "Con" and h.majority == 346,
        f"{P17} {h.line()}.",
    )
    k.claim("after two recounts", None, "recounts are not in the files")
    k.claim("Her majority last time was 4,796", h15.majority == 4796,
            f"{P15} {h15.line()}.")  # fmt: skip
    k.claim(
        "she actually increased her share of the vote",
        h.share("Con") > h15.share("Con"),
        f"{P15}/{P17} Hastings and Rye Con share {pct(h15.share('Con'))} -> {pct(h.share('Con'))}.",
    )
    k.claim(
        "Turnout in Hastings and Rye was just over 70 per cent",
        "depends",
        f"{P17} Hastings and Rye: valid {h.valid:,} / electorate {h.electorate:,} = "
        f"{pct(h.valid / h.electorate)} (just under 70); with the {h.invalid} rejected ballots "
        f"{pct((h.valid + h.invalid) / h.electorate)} (just over).",
    )
    ox, ox15 = g["Oxford West and Abingdon"], o["Oxford West and Abingdon"]
    k.claim(
        "Layla Moran has taken Oxford West and Abingdon by 816, overturning a Conservative "
        "majority of more than 10,000",
        ox.first == "LD" and ox.majority == 816 and ox15.first == "Con" and ox15.majority > 10000,
        f"{P15} Oxford West and Abingdon Con by {ox15.majority:,}; {P17} {ox.line()}.",
    )
    e15, e10 = o["Eastbourne"], general(2010)["Eastbourne"]
    k.claim(
        "Stephen Lloyd reclaimed Eastbourne, the seat he lost two years ago by 733 votes",
        g["Eastbourne"].winner_name == "Stephen Lloyd" and e10.winner_name == "Stephen Lloyd"
        and e15.first == "Con" and e15.majority == 733,
        f"{pseph_name(2010)} Eastbourne winner {e10.winner_name}; {P15} {e15.line()}; {P17} "
        f"{g['Eastbourne'].line()}.",
    )  # fmt: skip
    it = g["Southampton, Itchen"]
    eng = sorted((s for s in g.values() if s.country == "England"), key=lambda s: s.majority)
    k.claim(
        "Royston Smith has held Southampton Itchen for the Conservatives by 31 votes, the closest "
        "result in England tonight",
        it.first == "Con" and it.majority == 31 and eng[0].name == "Southampton, Itchen",
        f"{P17} smallest majorities in England: "
        + "; ".join(f"{s.name} {s.majority}" for s in eng[:3]) + ".",
    )  # fmt: skip
    km, km15 = g["Brighton, Kemptown"], o["Brighton, Kemptown"]
    k.claim(
        "overturning a majority of 690 to win by 9,868",
        km15.majority == 690 and km.first == "Lab" and km.majority == 9868,
        f"{P15} Brighton, Kemptown majority {km15.majority}; {P17} {km.line()}.",
    )
    hv, hv15 = g["Hove"], o["Hove"]
    k.claim(
        "Peter Kyle's majority in Hove has gone from 1,236 to 18,757, more than fifteen times "
        "bigger",
        hv15.majority == 1236 and hv.majority == 18757 and hv.majority > 15 * hv15.majority,
        f"{P15}/{P17} Hove majority {hv15.majority:,} -> {hv.majority:,} "
        f"({hv.majority / hv15.majority:.2f} times).",
    )
    bp, bp15 = g["Brighton, Pavilion"], o["Brighton, Pavilion"]
    k.claim(
        "Caroline Lucas almost doubled her majority in Pavilion",
        1.8 <= bp.majority / bp15.majority < 2,
        f"{P15}/{P17} Brighton, Pavilion majority {bp15.majority:,} -> {bp.majority:,}.",
    )
    le, le15 = g["Lewes"], o["Lewes"]
    k.claim(
        "Maria Caulfield has increased her majority more than five-fold",
        le.majority > 5 * le15.majority,
        f"{P15}/{P17} Lewes majority {le15.majority:,} -> {le.majority:,}.",
    )
    mk = [g["Milton Keynes South"], g["Milton Keynes North"]]
    k.claim(
        "Both Milton Keynes seats stay Conservative, each by fewer than 2,000 votes",
        all(s.first == "Con" and s.majority < 2000 for s in mk),
        f"{P17} " + "; ".join(s.line() for s in mk) + ".",
    )
    iw = g["Isle Of Wight"]
    gr = sorted((s for s in g.values() if s.votes("Green")), key=lambda s: -s.share("Green"))
    k.claim(
        "On the Isle of Wight the Greens took more than 17 per cent, their best showing outside "
        "Brighton",
        iw.share("Green") > 0.17 and [s.name for s in gr if not s.name.startswith("Brighton")][0]
        == "Isle Of Wight",
        f"{P17} highest Green shares: "
        + "; ".join(f"{s.name} {pct(s.share('Green'))}" for s in gr[:4]) + ".",
    )  # fmt: skip
    sw = g["South West Surrey"]
    k.claim(
        "Jeremy Hunt holds South West Surrey by 21,590",
        sw.first == "Con" and sw.majority == 21590,
        f"{P17} {sw.line()}.",
    )
    k.claim(
        "came second with more than 12,000 votes",
        sw.ranked()[1].party == "NHAP" and sw.ranked()[1].votes > 12000,
        f"{P17} South West Surrey second: {sw.ranked()[1].name} {sw.ranked()[1].party} "
        f"{sw.ranked()[1].votes:,}.",
    )
    sl, sl15 = g["Slough"], o["Slough"]
    k.claim(
        "Tan Dhesi has held the seat for Labour with a majority of almost 17,000, more than treble "
        "last time",
        sl.first == "Lab" and 16500 <= sl.majority < 17000 and sl.majority > 3 * sl15.majority,
        f"{P15}/{P17} Slough majority {sl15.majority:,} -> {sl.majority:,}.",
    )
    k.claim("a Conservative agent tells us at the Guildford count", None, "a quote")
