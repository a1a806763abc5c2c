"""lib-dem-returners-clegg-falls-daily: a daily (dateline 'Friday', no year) on the Liberal
Democrats at the 2017 election; changes against 2015 on the same boundaries."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    by_election,
    general,
    hist_line,
    hist_seat,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "lib-dem-returners-clegg-falls-daily"


@story(NAME)
def key(k: Key) -> None:
    g, g15 = general(2017), general(2015)
    f, f15 = pseph_name(2017), pseph_name(2015)
    sh, sh15 = g["Sheffield, Hallam"], g15["Sheffield, Hallam"]
    k.claim(
        "Nick Clegg lost Sheffield Hallam to Labour's Jared O'Mara by 2,125 votes, 21,881 to "
        "19,756",
        sh.result == "Lab gain from LD"
        and [(c.surname, c.votes) for c in sh.ranked()[:2]] == [("O'Mara", 21881), ("Clegg", 19756)]
        and sh.majority == 2125,
        f"{f} {sh.line()}.",
    )
    k.claim(
        "had held the seat by 2,353 last time",
        sh15.result == "LD hold" and sh15.majority == 2353,
        f"{f15} {sh15.line()}.",
    )
    d = sh.share("LD") - sh15.share("LD")
    k.claim(
        "his share fell by 5.6 points",
        round(100 * d, 1) == -5.6,
        f"Sheffield, Hallam LD: {f15} {pct(sh15.share('LD'))}, {f} {pct(sh.share('LD'))} "
        f"({100 * d:+.2f}), a fall of 5.4, not 5.6.",
    )
    k.claim(
        "on a turnout of 77.6 per cent",
        round(100 * sh.turnout, 1) == 77.6,
        f"{f} Sheffield, Hallam: valid {sh.valid:,} / electorate {sh.electorate:,} = "
        f"{pct(sh.turnout)}.",
    )
    k.claim(
        '"In politics you live by the sword and you die by the sword," he said',
        None,
        "a quotation",
    )
    tw, tw15 = g["Twickenham"], g15["Twickenham"]
    k.claim(
        "Vince Cable won back Twickenham with a majority of 9,752",
        tw.result == "LD gain from Con" and tw15.result == "Con gain from LD"
        and tw.majority == 9752,
        f"{f15} {tw15.line()}. {f} {tw.line()}: 34,969 - 25,207 = 9,762, not 9,752.",
    )  # fmt: skip
    ks = g["Kingston and Surbiton"]
    k.claim(
        "Ed Davey regained Kingston and Surbiton by 4,124",
        ks.result == "LD gain from Con" and g15[ks.name].result == "Con gain from LD"
        and ks.majority == 4124,
        f"{f15} {g15[ks.name].line()}. {f} {ks.line()}.",
    )  # fmt: skip
    ed = g["East Dunbartonshire"]
    k.claim(
        "Jo Swinson took 40.6 per cent of the vote in East Dunbartonshire, unseating the SNP's "
        "John Nicolson",
        round(100 * ed.share("LD"), 1) == 40.6 and ed.result == "LD gain from SNP"
        and ed.ranked()[1].surname == "Nicolson",
        f"{f} {ed.line()}: LD {pct(ed.share('LD'))}.",
    )  # fmt: skip
    fs = [s.name for s in g.values() if s.result == "LD gain from SNP"]
    k.claim(
        "The party gained three seats from the SNP in Scotland in all",
        len(fs) == 3,
        f"{f} rows 'LD gain from SNP': {', '.join(fs)}.",
    )
    ow, ow15 = g["Oxford West and Abingdon"], g15["Oxford West and Abingdon"]
    k.claim(
        "Layla Moran took Oxford West and Abingdon by 816",
        ow.result == "LD gain from Con" and ow.majority == 816,
        f"{f} {ow.line()}.",
    )
    k.claim(
        "overturning a Conservative majority of more than 9,500",
        ow15.first == "Con" and 9500 < ow15.majority < 10000,
        f"{f15} {ow15.line()}.",
    )
    ba = g["Bath"]
    k.claim(
        "Wera Hobhouse won Bath by 5,694",
        ba.result == "LD gain from Con" and ba.majority == 5694,
        f"{f} {ba.line()}.",
    )
    eb = g["Eastbourne"]
    k.claim(
        "Stephen Lloyd won back Eastbourne by 1,609",
        eb.result == "LD gain from Con" and g15["Eastbourne"].result == "Con gain from LD"
        and eb.majority == 1609,
        f"{f15} {g15['Eastbourne'].line()}. {f} {eb.line()}.",
    )  # fmt: skip
    ln = g["Leeds North West"]
    k.claim(
        "Greg Mulholland lost Leeds North West to Labour's Alex Sobel by more than 4,000",
        ln.result == "Lab gain from LD" and 4000 < ln.majority < 5000,
        f"{f} {ln.line()}.",
    )
    ce = g["Ceredigion"]
    k.claim(
        "Mark Williams lost Ceredigion to Plaid Cymru by 104",
        ce.result == "PC gain from LD" and ce.majority == 104,
        f"{f} {ce.line()}.",
    )
    sp = hist_seat("Southport")
    k.claim(
        "held by the party since 1997",
        all(h.winner == "lib" for h in sp if "1997" <= h.election <= "2015")
        and next(h for h in sp if h.election == "1992").winner != "lib",
        f"CBP-8647 Southport: {hist_line(sp)}.",
    )
    so = g["Southport"]
    k.claim(
        "the Liberal Democrats came third",
        so.ranked()[2].party == "LD",
        f"{f} {so.line()}.",
    )
    rb = by_election("Richmond Park")
    k.claim(
        "the winner of last year's by-election",
        rb.ranked()[0].surname == "Olney" and rb.date.endswith("2016"),
        f"PSEPH 56 by-elections, Richmond Park ({rb.date}): {rb.line()}.",
    )
    rp = g["Richmond Park"]
    k.claim(
        "lost Richmond Park by 45 votes",
        rp.ranked()[1].surname == "Olney" and rp.majority == 45,
        f"{f} {rp.line()}.",
    )
    le = g["Lewes"]
    k.claim(
        "In Lewes the party finished second, more than 6,000 behind",
        le.second == "LD" and le.majority > 6000,
        f"{f} {le.line()}: 5,508 behind.",
    )
    wl, wl15 = g["Westmorland and Lonsdale"], g15["Westmorland and Lonsdale"]
    k.claim(
        "saw his majority in Westmorland and Lonsdale slashed from almost 9,000 to 777",
        8500 <= wl15.majority < 9000 and wl.majority == 777 and wl.result == "LD hold",
        f"{f15} {wl15.line()}. {f} {wl.line()}.",
    )
    cw = g["Carshalton and Wallington"]
    k.claim(
        "Tom Brake held on in Carshalton and Wallington by 1,369",
        cw.result == "LD hold" and cw.majority == 1369,
        f"{f} {cw.line()}.",
    )
    nn = g["North Norfolk"]
    k.claim(
        "Norman Lamb's majority in North Norfolk was cut to 3,512",
        nn.majority == 3512 and nn.majority < g15["North Norfolk"].majority,
        f"{f15} North Norfolk majority {g15['North Norfolk'].majority:,}; {f} {nn.line()}.",
    )
    os_, os15 = g["Orkney and Shetland"], g15["Orkney and Shetland"]
    k.claim(
        "Alistair Carmichael's majority grew more than sixfold",
        os_.majority > 6 * os15.majority,
        f"Orkney and Shetland majority: {f15} {os15.majority:,}, {f} {os_.majority:,} "
        f"(x{os_.majority / os15.majority:.2f}), not more than six times.",
    )
    nar = sorted(g.values(), key=lambda s: s.majority)[:3]
    k.claim(
        "In North East Fife the SNP held on by just two votes, the narrowest result in the country",
        nar[0].name == "North East Fife" and nar[0].majority == 2 and nar[0].result == "SNP hold",
        f"{f} smallest majorities: " + ", ".join(f"{s.name} {s.majority}" for s in nar) + ".",
    )
    k.claim("The exit poll had given the party 14 seats", None, "an exit-poll projection")
    s17, s15 = seats_won(2017), seats_won(2015)
    k.claim(
        "it won 12, up from eight",
        s17["LD"] == 12 and s15["LD"] == 8,
        f"{f} LD won {s17['LD']}; {f15} {s15['LD']}.",
    )
    t, t15 = totals(2017), totals(2015)
    k.claim(
        "its share slipped to 7.4 per cent",
        round(100 * share_of(t, "LD"), 1) == 7.4 and share_of(t, "LD") < share_of(t15, "LD"),
        f"LD share: {f15} {pct(share_of(t15, 'LD'))}, {f} {pct(share_of(t, 'LD'))}.",
    )
    k.claim(
        "though it polled more votes than last time",
        t["LD"] > t15["LD"],
        f"LD votes: {f15} {t15['LD']:,}, {f} {t['LD']:,}: fewer, not more.",
    )
