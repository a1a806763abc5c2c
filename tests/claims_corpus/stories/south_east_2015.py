"""south-east-lib-dems-swept-away-wire: a wire report (dateline "May 8", 2010 named once) on the
2015 election in the South East, from PSEPH 56 against PSEPH 55 (2010). Coverage read:
ConservativeHome, 2015, "Battlegrounds revisited" series; BBC News, 8 May 2015, on South
Thanet; The News, Portsmouth, May 2015, on Portsmouth South."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import general, pseph_name, seats_won, share_of, totals

NAME = "south-east-lib-dems-swept-away-wire"
R = "South East"
P15, P10 = pseph_name(2015), pseph_name(2010)


@story(NAME)
def key(k: Key) -> None:
    g, g0 = general(2015), general(2010)
    se = [s for s in g.values() if s.region == R]
    w = seats_won(2015, region=R)
    ld0 = [s.name for s in g0.values() if s.region == R and s.first == "LD"]
    k.claim(
        "The Conservatives won 78 of the South East's 84 seats",
        w["Con"] == 78 and len(se) == 84,
        f"{P15} {R}: {dict(w)} of {len(se)}.",
    )
    k.claim(
        "taking every one of the four seats the Liberal Democrats held in the region",
        len(ld0) == 4 and all(g[n].result == "Con gain from LD" for n in ld0),
        f"{P10} {R} LD seats: {ld0}; {P15}: " + ", ".join(f"{n} '{g[n].result}'" for n in ld0) + ".",
    )  # fmt: skip
    k.claim(
        "Labour won four and the Greens kept their only MP",
        w["Lab"] == 4 and w["Green"] == 1 and g["Brighton, Pavilion"].result == "Green hold",
        f"{P15} {R}: {dict(w)}.",
    )
    eb = g["Eastbourne"]
    k.claim(
        "Caroline Ansell beat Stephen Lloyd by 733 votes",
        eb.ranked()[1].surname == "Lloyd" and eb.majority == 733 and eb.first == "Con",
        f"{P15} {eb.line()}.",
    )
    k.claim("a minister until last year", None, "A ministerial career: not in the files.")
    lw, lw0 = g["Lewes"], g0["Lewes"]
    k.claim(
        "lost to Maria Caulfield by 1,083, overturning a Lib Dem majority of 7,647",
        lw.place("Baker") == 2 and lw.majority == 1083 and lw0.majority == 7647,
        f"{P15} {lw.line()}; {P10} {lw0.line()}.",
    )
    el = g["Eastleigh"]
    k.claim(
        "Mims Davies took Eastleigh",
        el.result == "Con gain from LD" and el.winner_name == "Mims Davies",
        f"{P15} {el.line()}.",
    )
    k.claim(
        "by 9,147 votes",
        el.majority == 9147,
        f"{P15} Eastleigh majority {el.majority:,}.",
    )
    ps = g["Portsmouth South"]
    k.claim(
        "Flick Drummond won by 5,241, with the Lib Dems' Gerald Vernon-Jackson pushed into third",
        ps.majority == 5241 and ps.place("Vernon-Jackson") == 3,
        f"{P15} {ps.line()} (Vernon-Jackson second).",
    )
    hv = g["Hove"]
    lg = [s.name for s in se if s.result.startswith("Lab gain")]
    k.claim(
        "Labour's only gain in the region was Hove, where Peter Kyle won by 1,236",
        lg == ["Hove"] and hv.majority == 1236,
        f"{P15} {R} Labour gains: {lg}; {hv.line()}.",
    )
    si, si0 = g["Southampton, Itchen"], g0["Southampton, Itchen"]
    k.claim(
        "It lost Southampton Itchen to the Conservative Royston Smith by 2,316, having held the "
        "seat by 192 votes in 2010",
        si.result == "Con gain from Lab" and si.majority == 2316 and si0.majority == 192,
        f"{P15} {si.line()}; {P10} {si0.line()}.",
    )
    st = g["South Thanet"]
    k.claim(
        "Nigel Farage finished second in South Thanet, 2,812 votes behind the Conservative Craig "
        "Mackinlay",
        st.place("Farage") == 2 and st.majority == 2812 and st.first == "Con",
        f"{P15} {st.line()}.",
    )
    ur = sorted(se, key=lambda s: -s.share("UKIP"))
    uu = sorted(g.values(), key=lambda s: -s.share("UKIP"))
    k.claim(
        "His 32.4 per cent was UKIP's best share in the South East",
        ur[0].name == "South Thanet" and round(100 * st.share("UKIP"), 1) == 32.4,
        f"{P15} {R} UKIP shares: "
        + ", ".join(f"{s.name} {pct(s.share('UKIP'))}" for s in ur[:2])
        + ".",
    )
    k.claim(
        "the party's second-best anywhere in the country",
        uu[1].name == "South Thanet",
        f"{P15} UKIP shares (UK): "
        + ", ".join(f"{s.name} {pct(s.share('UKIP'))}" for s in uu[:3])
        + " (third, not second).",
    )
    k.claim("Farage said he would stand down as leader", None, "A statement: not in the files.")
    u2 = [s for s in se if s.ranked()[1].party == "UKIP"]
    l2 = [s for s in se if s.ranked()[1].party == "Lab"]
    k.claim(
        "UKIP finished second in more seats than Labour did",
        len(u2) > len(l2),
        f"{P15} {R} second places: UKIP {len(u2)}, Lab {len(l2)} (level, not more).",
    )
    t, t0 = totals(2015, region=R), totals(2010, region=R)
    ld, ldp = share_of(t, "LD"), share_of(t0, "LD")
    k.claim(
        "The Lib Dem share fell from 26.2 per cent to 9.4 per cent",
        round(100 * ldp, 1) == 26.2 and round(100 * ld, 1) == 9.4,
        f"{R} LD: {P10} {pct(ldp)}; {P15} {t['LD']:,} / {t['_valid']:,} = {pct(ld)}.",
    )
    uk, gr = share_of(t, "UKIP"), share_of(t, "Green")
    k.claim(
        "UKIP's rose to 14.7 per cent and the Greens reached 5.2 per cent",
        round(100 * uk, 1) == 14.7 and uk > share_of(t0, "UKIP") and round(100 * gr, 1) == 5.2,
        f"{P15} {R}: UKIP {pct(uk)} ({P10} {pct(share_of(t0, 'UKIP'))}); Green {pct(gr)}.",
    )
    con = share_of(t, "Con")
    k.claim(
        "The Conservatives won more than half the vote",
        con > 0.5,
        f"{P15} {R} Con {t['Con']:,} / {t['_valid']:,} = {pct(con)}.",
    )
    to = t["_valid"] / t["_electorate"]
    k.claim(
        "Turnout was 68.6 per cent",
        round(100 * to, 1) == 68.6,
        f"{P15} {R} valid / electorate: {t['_valid']:,} / {t['_electorate']:,} = {pct(to)}.",
    )
    bp, bp0 = g["Brighton, Pavilion"], g0["Brighton, Pavilion"]
    k.claim(
        "Caroline Lucas increased her majority in Brighton Pavilion from 1,252 to 7,967, more than "
        "six times as large",
        bp0.majority == 1252 and bp.majority == 7967 and bp.majority > 6 * bp0.majority,
        f"{P10} {bp0.line()}; {P15} {bp.line()}.",
    )
    bk = g["Brighton, Kemptown"]
    nar = sorted(se, key=lambda s: s.majority)
    k.claim(
        "Simon Kirby held on by 690, the narrowest result in the region",
        bk.result == "Con hold" and bk.majority == 690 and nar[0].name == bk.name,
        f"{P15} {R} smallest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in nar[:3])
        + ".",
    )
    ow, ow0 = g["Oxford West and Abingdon"], g0["Oxford West and Abingdon"]
    byt = sorted(se, key=lambda s: s.turnout)
    k.claim(
        "who won Oxford West and Abingdon by 176 votes five years ago, held it by 9,582",
        ow0.majority == 176 and ow.majority == 9582 and ow.result == "Con hold",
        f"{P10} {ow0.line()}; {P15} {ow.line()}.",
    )
    k.claim(
        "the seat had the highest turnout in the region, 75.2 per cent",
        byt[-1].name == ow.name and round(100 * ow.turnout, 1) == 75.2,
        f"{P15} {R} highest turnout (valid / electorate): {byt[-1].name} "
        f"{pct(byt[-1].turnout)}, next {byt[-2].name} {pct(byt[-2].turnout)}.",
    )
    k.claim(
        "Slough had the lowest, 55.9 per cent",
        byt[0].name == "Slough" and round(100 * byt[0].turnout, 1) == 55.9,
        f"{P15} {R} lowest turnout: {byt[0].name} {pct(byt[0].turnout)}, next {byt[1].name} "
        f"{pct(byt[1].turnout)}.",
    )
    hr, hr0 = g["Hastings and Rye"], g0["Hastings and Rye"]
    k.claim(
        "Amber Rudd more than doubled her majority in Hastings and Rye, to 4,796",
        hr.majority == 4796 and hr.majority > 2 * hr0.majority,
        f"{P10} {hr0.line()}; {P15} {hr.line()}.",
    )
    big = sorted(se, key=lambda s: -s.majority)
    k.claim(
        "majority of 29,059 in Maidenhead was the largest in the region",
        big[0].name == "Maidenhead" and g["Maidenhead"].majority == 29059,
        f"{P15} {R} largest majorities: "
        + ", ".join(f"{s.name} {s.majority:,}" for s in big[:3])
        + ".",
    )
