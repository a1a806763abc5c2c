"""landslides-on-a-minority-1931-1983-datablog: the 1931 and 1983 landslides from CBP-8647
(party columns con/lab/lib/natSW/oth; seats counted over single-member seats, the README's
rule), set against 2017 and 2024 (PSEPH 57 and 59)."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, pseph_name, seats_won, share_of, totals
from .._raw import hist_share as _share

NAME = "landslides-on-a-minority-1931-1983-datablog"


def _won(e: str, p: str) -> int:
    return int(hist_national(e).get("won_" + p, 0))


@story(NAME)
def key(k: Key) -> None:
    h83 = hist_national("1983")
    rows83 = 650
    k.claim(
        "the Conservatives 397 seats on 42.4 per cent of the vote",
        _won("1983", "con") == 397 and round(100 * _share("1983", "con"), 1) == 42.4,
        f"CBP-8647 1983: con first in {_won('1983', 'con')} of {rows83} rows; con "
        f"{h83['con']:,.0f} / {h83['_total']:,.0f} = {pct(_share('1983', 'con'))}.",
    )
    maj = _won("1983", "con") - (rows83 - _won("1983", "con"))
    k.claim(
        "a majority of 144",
        maj == 144,
        f"CBP-8647 1983: {_won('1983', 'con')} - ({rows83} - {_won('1983', 'con')}) = {maj} "
        "(no Speaker stood as Speaker in 1983; Bernard Weatherill was elected as a "
        "Conservative and chosen Speaker afterwards).",
    )
    most = {e: max(_won(e, p) for p in ("con", "lab", "lib")) for e in ELECTIONS}
    bigger = [e for e in ELECTIONS if e < "1983" and most[e] > _won("1983", "con")]
    k.claim(
        "It was the most seats any party had won since 1931",
        bigger and bigger[-1] == "1931",
        "CBP-8647, largest party's seats before 1983: "
        + ", ".join(f"{e} {most[e]}" for e in ELECTIONS if e < "1983")
        + f"; the last above 397 was {bigger[-1] if bigger else 'none'}.",
    )
    d = _share("1983", "con") - _share("1979", "con")
    k.claim(
        "the Conservative share actually fell from 1979, by about 1.5 points",
        round(-100 * d, 1) in (1.4, 1.5, 1.6),
        f"CBP-8647 con share 1979 {pct(_share('1979', 'con'))} -> 1983 "
        f"{pct(_share('1983', 'con'))}: {100 * d:+.2f} points.",
    )
    d = _share("1983", "lab") - _share("1979", "lab")
    k.claim(
        "Labour's share dropped by more than nine points to 27.6 per cent",
        d < -0.09 and round(100 * _share("1983", "lab"), 1) == 27.6,
        f"CBP-8647 lab share 1979 {pct(_share('1979', 'lab'))} -> 1983 "
        f"{pct(_share('1983', 'lab'))}: {100 * d:+.2f} points.",
    )
    lower = [e for e in ELECTIONS if e < "1983" and _share(e, "lab") < _share("1983", "lab")]
    k.claim(
        "the party's lowest since 1918",
        lower == ["1918"],
        "CBP-8647 lab share before 1983: "
        + ", ".join(f"{e} {pct(_share(e, 'lab'))}" for e in ELECTIONS if e < "1983")
        + "; only 1918 is lower.",
    )
    k.claim(
        "it won 209 seats",
        _won("1983", "lab") == 209,
        f"CBP-8647 1983: lab first in {_won('1983', 'lab')} rows.",
    )
    fewer = [e for e in ELECTIONS if e < "1983" and _won(e, "lab") < 209]
    k.claim(
        "its lowest total since 1931",
        fewer[-1] == "1931",
        "CBP-8647 lab seats before 1983: "
        + ", ".join(f"{e} {_won(e, 'lab')}" for e in ELECTIONS if e < "1983")
        + f"; the last lower was {fewer[-1]} (153), so the lowest since 1935.",
    )
    k.claim(
        "One of its own MPs called the manifesto the longest suicide note in history",
        None,
        "a quotation; not in the results files",
    )
    gap = h83["lab"] - h83["lib"]
    k.claim(
        "The Liberal-SDP Alliance took 25.4 per cent, less than 700,000 votes behind Labour",
        round(100 * _share("1983", "lib"), 1) == 25.4 and gap < 700_000,
        f"CBP-8647 1983 lib (the Alliance) {h83['lib']:,.0f} / {h83['_total']:,.0f} = "
        f"{pct(_share('1983', 'lib'))}; lab {h83['lab']:,.0f}; gap {gap:,.0f}.",
    )
    k.claim(
        "but won only 23 seats, 186 fewer than Labour",
        _won("1983", "lib") == 23 and _won("1983", "lab") - _won("1983", "lib") == 186,
        f"CBP-8647 1983: lib first in {_won('1983', 'lib')} rows, lab {_won('1983', 'lab')}.",
    )
    k.claim(
        "The SNP and Plaid Cymru won six seats between them",
        _won("1983", "natSW") == 6,
        f"CBP-8647 1983: natSW (SNP and Plaid Cymru) first in {_won('1983', 'natSW')} rows, "
        "not six.",
    )
    k.claim(
        "the Alliance share slipped to 22.6 per cent, though it held on to all 23 seats",
        round(100 * _share("1987", "lib"), 1) == 22.6 and _won("1987", "lib") == 23,
        f"CBP-8647 1987: lib {pct(_share('1987', 'lib'))}, first in {_won('1987', 'lib')} "
        "rows (22, not 23).",
    )
    k.claim(
        "The Conservatives alone took 55 per cent of the vote",
        round(100 * _share("1931", "con")) == 55,
        f"CBP-8647 1931: con {pct(_share('1931', 'con'))}.",
    )
    best = max((_share(e, p), e, p) for e in ELECTIONS for p in ("con", "lab", "lib"))
    t24 = totals(2024)
    top24 = max(share_of(t24, p) for p in ("Lab", "Con", "LD", "RUK"))
    k.claim(
        "the highest share won by any party at any election since 1918",
        best[1:] == ("1931", "con") and top24 < best[0],
        f"CBP-8647 1918-2019, highest party share: {best[1]} {best[2]} {pct(best[0])}; "
        f"{pseph_name(2024)} highest {pct(top24)}.",
    )
    d = _share("1931", "lab") - _share("1929", "lab")
    k.claim(
        "Labour's share fell by more than ten points",
        d < -0.10,
        f"CBP-8647 lab 1929 {pct(_share('1929', 'lab'))} -> 1931 {pct(_share('1931', 'lab'))}: "
        f"{100 * d:+.2f} points, under eight.",
    )
    k.claim(
        "the Liberal vote collapsed to 7 per cent",
        round(100 * _share("1931", "lib")) == 7 and _share("1929", "lib") > 0.2,
        f"CBP-8647 lib 1929 {pct(_share('1929', 'lib'))} -> 1931 {pct(_share('1931', 'lib'))}.",
    )
    h31 = hist_national("1931")
    to = h31["_total_contested"] / h31["_electorate_contested"]
    k.claim(
        "Turnout was just over 76 per cent",
        0.76 <= to < 0.765,
        f"CBP-8647 1931, contested seats: {h31['_total_contested']:,.0f} / "
        f"{h31['_electorate_contested']:,.0f} = {pct(to)}.",
    )
    w24 = seats_won(2024)
    f24 = pseph_name(2024)
    k.claim(
        "Labour won 411 seats on just 33.7 per cent",
        w24["Lab"] == 411 and round(100 * share_of(t24, "Lab"), 1) == 33.7,
        f"{f24}: Lab first in {w24['Lab']} rows; {t24['Lab']:,} / {t24['_valid']:,} = "
        f"{pct(share_of(t24, 'Lab'))}.",
    )
    t17 = totals(2017)
    k.claim(
        "a lower share than it won in defeat in 2017",
        share_of(t24, "Lab") < share_of(t17, "Lab")
        and seats_won(2017)["Con"] > seats_won(2017)["Lab"],
        f"Lab {pseph_name(2017)} {pct(share_of(t17, 'Lab'))} (Con largest party) vs {f24} "
        f"{pct(share_of(t24, 'Lab'))}.",
    )
    k.claim(
        "Reform UK took 14.3 per cent and only five seats",
        round(100 * share_of(t24, "RUK"), 1) == 14.3 and w24["RUK"] == 5,
        f"{f24}: RUK {t24['RUK']:,} / {t24['_valid']:,} = {pct(share_of(t24, 'RUK'))}; first in "
        f"{w24['RUK']} rows.",
    )
