"""lib-dem-seats-boom-and-bust-1992-2024-datablog: a data blog (years named) on Liberal Democrat
seats and shares at every general election 1992-2019 (CBP-8647, 'lib' group) and 2024 (PSEPH
59), with 2019 from PSEPH 58 where the two are compared."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import (
    ELECTIONS,
    hist_line,
    hist_national,
    hist_seat,
    history,
    pseph_name,
    seats_won,
    share_of,
    totals,
)

NAME = "lib-dem-seats-boom-and-bust-1992-2024-datablog"
CBP = "CBP-8647"


def _share(e: str) -> float:
    h = hist_national(e)
    return h["lib"] / h["_total"]


def _won(e: str) -> int:
    return int(hist_national(e).get("won_lib", 0))


def _seats(e: str) -> int:
    return sum(r.seats for r in history() if r.election == e)


def _before(e: str) -> list[str]:
    return ELECTIONS[: ELECTIONS.index(e)]


@story(NAME)
def key(k: Key) -> None:
    k.claim(
        "in 1992, the Liberal Democrats won 20 seats on 17.8 per cent of the vote",
        _won("1992") == 20 and round(100 * _share("1992"), 1) == 17.8,
        f"{CBP} 1992: lib won {_won('1992')}, {int(hist_national('1992')['lib']):,} votes = "
        f"{pct(_share('1992'))} of all votes, not 17.8.",
    )
    k.claim(
        "In 1997 they more than doubled their seats, to 46",
        _won("1997") == 46 and _won("1997") > 2 * _won("1992"),
        f"{CBP}: lib won {_won('1992')} in 1992, {_won('1997')} in 1997.",
    )
    k.claim(
        "even though their share fell by more than a point",
        _share("1992") - _share("1997") > 0.01,
        f"{CBP}: lib {pct(_share('1992'))} in 1992, {pct(_share('1997'))} in 1997.",
    )
    more = [e for e in _before("1997") if _won(e) >= _won("1997")]
    k.claim(
        "it was the most for the party since 1929",
        more[-1] == "1929",
        f"{CBP} lib seats at or above 46 before 1997: "
        + ", ".join(f"{e} {_won(e)}" for e in more)
        + f"; 1931 {_won('1931')}.",
    )
    k.claim(
        '"We will be fighting every second, every minute, every hour," Paddy Ashdown promised',
        None,
        "a quotation",
    )
    hi01 = [e for e in _before("2001") if _share(e) >= _share("2001")]
    k.claim(
        "In 2001 they won 52 seats, on their best share since 1983",
        _won("2001") == 52 and hi01[-1] == "1983",
        f"{CBP}: lib won {_won('2001')}, {pct(_share('2001'))}; earlier shares at or above it: "
        + ", ".join(f"{e} {pct(_share(e))}" for e in hi01[-3:])
        + ": the best since 1987, not 1983.",
    )
    more05 = [e for e in _before("2005") if _won(e) >= _won("2005")]
    k.claim(
        "Under Charles Kennedy in 2005 they reached 62, the most since 1923",
        _won("2005") == 62 and more05[-1] == "1923",
        f"{CBP}: lib won {_won('2005')} in 2005; earlier totals at or above it: "
        + ", ".join(f"{e} {_won(e)}" for e in more05)
        + f"; 1929 {_won('1929')}.",
    )
    k.claim(
        "on 22 per cent of the vote",
        round(100 * _share("2005")) == 22,
        f"{CBP} 2005: lib {pct(_share('2005'))}.",
    )
    n05 = _seats("2005")
    k.claim(
        "fewer than one seat in ten",
        _won("2005") / n05 < 0.1,
        f"{CBP} 2005: {_won('2005')} of {n05} seats ({pct(_won('2005') / n05)}).",
    )
    k.claim(
        "22.6 per cent, in 1987, and been rewarded with just 22 seats",
        round(100 * _share("1987"), 1) == 22.6 and _won("1987") == 22,
        f"{CBP} 1987 (lib group = the Alliance): {pct(_share('1987'))}, won {_won('1987')}.",
    )
    gains = ("Manchester Withington", "Leeds North West", "Birmingham Yardley")

    def at(name: str, e: str) -> str:
        return next(h.winner for h in hist_seat(name) if h.election == e)

    k.claim(
        "The 2005 gains from Labour included Manchester Withington, Leeds North West and "
        "Birmingham Yardley",
        all(at(n, "2001") == "lab" and at(n, "2005") == "lib" for n in gains),
        f"{CBP}: " + "; ".join(f"{n} 2001 {at(n, '2001')}, 2005 {at(n, '2005')}" for n in gains)
        + ".",
    )  # fmt: skip
    k.claim(
        "the party took Ceredigion from Plaid Cymru",
        at("Ceredigion", "2001") == "natSW" and at("Ceredigion", "2005") == "lib",
        f"{CBP} Ceredigion: {hist_line(hist_seat('Ceredigion'))}.",
    )
    d10 = _share("2010") - _share("2005")
    hi10 = [e for e in _before("2010") if _share(e) >= _share("2010")]
    k.claim(
        "In 2010 the share rose by about a point, to 23 per cent, the party's best since 1983",
        0.008 <= d10 < 0.012 and round(100 * _share("2010")) == 23 and hi10[-1] == "1983",
        f"{CBP}: lib {pct(_share('2005'))} in 2005, {pct(_share('2010'))} in 2010 "
        f"({100 * d10:+.2f}); earlier shares at or above it: "
        + ", ".join(f"{e} {pct(_share(e))}" for e in hi10[-2:])
        + ".",
    )
    k.claim(
        "yet it won five fewer seats, 57",
        _won("2010") == 57 and _won("2005") - _won("2010") == 5,
        f"{CBP}: lib won {_won('2005')} in 2005, {_won('2010')} in 2010.",
    )
    k.claim(
        "treble tuition fees to £9,000",
        None,
        "policy and money; not in the results files",
    )
    fewer = [e for e in _before("2015") if _won(e) <= _won("2015")]
    k.claim(
        "it was reduced to eight seats, its fewest since 1970",
        _won("2015") == 8 and fewer[-1] == "1970",
        f"{CBP}: lib won {_won('2015')} in 2015; earlier totals at or below it: "
        + ", ".join(f"{e} {_won(e)}" for e in fewer)
        + ".",
    )
    k.claim(
        "on under 8 per cent of the vote",
        _share("2015") < 0.08,
        f"{CBP} 2015: lib {pct(_share('2015'))}.",
    )
    k.claim(
        "In 2017 it won 12 seats on 7.4 per cent",
        _won("2017") == 12 and round(100 * _share("2017"), 1) == 7.4,
        f"{CBP} 2017: lib won {_won('2017')}, {pct(_share('2017'))}.",
    )
    low = [e for e in _before("2017") if _share(e) <= _share("2017")]
    k.claim(
        "its lowest share since 1970",
        low[-1] == "1970",
        f"{CBP}: lib {pct(_share('2017'))} in 2017; 1970 {pct(_share('1970'))} was higher; "
        "earlier shares at or below it: "
        + ", ".join(f"{e} {pct(_share(e))}" for e in low)
        + f": the lowest since {low[-1]}.",
    )
    k.claim(
        "In 2019 its share rose by more than four points",
        _share("2019") - _share("2017") > 0.04,
        f"{CBP}: lib {pct(_share('2017'))} in 2017, {pct(_share('2019'))} in 2019.",
    )
    h17, h19 = hist_national("2017"), hist_national("2019")
    k.claim(
        "it won more than a million more votes than in 2017",
        h19["lib"] - h17["lib"] > 1_000_000,
        f"{CBP}: lib {int(h17['lib']):,} in 2017, {int(h19['lib']):,} in 2019.",
    )
    k.claim(
        "but it won one seat fewer, 11",
        _won("2019") == 11 and _won("2017") - _won("2019") == 1,
        f"{CBP}: lib won {_won('2017')} in 2017, {_won('2019')} in 2019.",
    )
    f24, f19 = pseph_name(2024), pseph_name(2019)
    t24, t19 = totals(2024), totals(2019)
    s24, s19 = seats_won(2024)["LD"], seats_won(2019)["LD"]
    k.claim(
        "In 2024 the party won 72 seats on 12.2 per cent",
        s24 == 72 and round(100 * share_of(t24, "LD"), 1) == 12.2,
        f"{f24}: LD won {s24}, {t24['LD']:,} votes = {pct(share_of(t24, 'LD'))}.",
    )
    k.claim(
        "with fewer votes than in 2019",
        t24["LD"] < t19["LD"],
        f"LD votes: {f19} {t19['LD']:,}, {f24} {t24['LD']:,}.",
    )
    k.claim(
        "more than seven times as many seats as five years before",
        s24 > 7 * s19,
        f"LD seats: {f19} {s19}, {f24} {s24} (x{s24 / s19:.2f}), not more than seven times.",
    )
