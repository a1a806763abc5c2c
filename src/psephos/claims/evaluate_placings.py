"""Placings at a 1918-2005 general election: "the Liberals finished second in 80 seats
across the UK in 1964" and "Labour came second in Glasgow Pollok in 1979", read from the
party-level series through :func:`psephos.analysis.placings.placing_count` and
:func:`psephos.analysis.placings.series_placings` (the same definition the 2010-2024 counts
use, with the series' quirks stated there).

Verdicts: a group's place in a seat is a range (``Oth`` sums several parties; a two-member
seat, a blank total or a corrected result leaves it open), so a count is a range too.
A stated count (or its interval: "more than 80", "about 80") that misses the whole range is
``contradicted``; one that holds every value of the range is ``supported``; otherwise
``uncertain``, naming the seats whose placing is unclear. A party the series counts among
others, or the SNP or Plaid outside their nation, is ``uncertain``; so is Northern Ireland
(the series puts the Ulster Unionists with the Conservatives until 1970).
"""

from __future__ import annotations

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable, interval
from psephos.claims.model import Evidence, Verdict

_FUNC = "psephos.analysis.placings.placing_count"


def _place_of(condition: list[str], party: str | None) -> int | None:
    """The place a count's condition asks for: ``second=P`` -> 2, ``winner=P`` -> 1."""
    for c in condition:
        k, _, v = c.partition("=")
        if k.strip() in ("second", "runner_up") and (party is None or v.strip() == party):
            return 2
    return None


def is_series_placing(ctx: Ctx) -> bool:
    """A 'P came second in N seats' count (condition ``second=P``) at a 1918-2005 election."""
    from psephos.claims.series_seats import is_series_id

    f = ctx.frame
    return (
        is_series_id(ctx.election)
        and len(f.condition) == 1
        and _place_of(f.condition, f.subject.party) is not None
    )


def _area(ctx: Ctx) -> str:
    s = ctx.frame.scope
    if s.level == "uk":
        return "UK"
    if s.level == "gb":
        return "GB"
    if s.level in ("country", "region") and s.name:
        if s.name.lower() == "northern ireland":
            raise Unanswerable(
                "the series groups Northern Ireland's unionists with the Conservatives to "
                "1970 and its other parties as others (Oth)"
            )
        return s.name
    raise Unanswerable(f"placings are counted in the UK, a nation or a region, not a {s.level}")


def series_placing_count(ctx: Ctx) -> Evaluation:
    """'P came second in N seats (in AREA)' at a 1918-2005 election (see the module)."""
    from psephos.analysis.placings import placing_count
    from psephos.analysis.rank import ordinal
    from psephos.errors import PsephosError

    f = ctx.frame
    party = f.subject.party
    if not party:
        raise Unanswerable("the claim names no party for the placing")
    place = _place_of(f.condition, party)
    if place is None:
        raise Unanswerable("the claim's condition is not a placing")
    area = _area(ctx)
    try:
        got = placing_count(ctx.election, party, place, area=area, db=ctx.db)
    except PsephosError as e:
        raise Unanswerable(str(e).splitlines()[0]) from e
    lo, hi = got["low"], got["high"]
    a, b = interval(f)
    eps = 1e-9
    verdict: Verdict
    if hi < a - eps or lo > b + eps:
        verdict = "contradicted"
    elif a - eps <= lo and hi <= b + eps:
        verdict = "supported"
    else:
        verdict = "uncertain"
    where = "the UK" if got["area"] == "UK" else got["area"]
    shown = f"{lo}" if lo == hi else f"{lo} to {hi}"
    text = (
        f"At {ctx.election}, the series group {got['group']} was {ordinal(place)} in "
        f"{shown} seats in {where} (1918-2005 series, one candidate per named group)."
    )
    if got["unclear"]:
        listed = "; ".join(f"{n}: {r}" for n, r in got["unclear"][:5])
        more = f" and {len(got['unclear']) - 5} more" if len(got["unclear"]) > 5 else ""
        text += f" Unclear in {len(got['unclear'])} seat(s) ({listed}{more})."
    if verdict == "uncertain":
        text += " The stated figure is inside that range, so the series cannot settle it."
    ev = Evidence(
        f"{ctx.election}, {where}, seats where {got['group']} was {ordinal(place)}",
        lo if lo == hi else [lo, hi],
        shown,
        verdict,
        got["source_ids"][:5],
        _FUNC,
    )
    cmd = (
        f'python -c "from psephos.analysis.placings import placing_count; '
        f"print(placing_count('{ctx.election}', '{party}', {place}, area='{got['area']}'))\""
    )
    return Evaluation(verdict, text, [ev], "the count of seats, exactly", cmd)


def series_seat_place(ctx: Ctx, nth: int, name: str) -> Evaluation:
    """'P came second in SEAT' / 'P was runner-up in SEAT' at a 1918-2005 election: the
    group's place in the seat's row of the series (a range, see the module). A place outside
    the range is ``contradicted`` only when the claim's own sentence (or the story) dates it;
    a year carried from earlier text leaves it ``uncertain``."""
    from psephos.analysis.placings import UNCLEAR, series_seat_placing
    from psephos.analysis.rank import ordinal
    from psephos.claims.evaluate_series import _dated_here
    from psephos.errors import PsephosError

    f = ctx.frame
    party = f.subject.party or (f.subject.candidate or {}).get("party")
    if not party:
        raise Unanswerable("the claim names no party for the placing at a 1918-2005 election")
    try:
        got = series_seat_placing(name, ctx.election, party, db=ctx.db)
    except PsephosError as e:
        raise Unanswerable(str(e).splitlines()[0]) from e
    where = f"{got['name']} at {got['election']}"
    lo, hi = got["low"], got["high"]
    order = "; ".join(f"{g} {v:,.0f}" for g, v in got["votes"].items())
    if lo == 0:
        shown = "no votes"
        text = f"{where}: {got['group']} polled no votes ({order})."
        verdict: Verdict = "contradicted"
    else:
        shown = (
            ordinal(lo)
            if lo == hi
            else "unclear"
            if hi >= UNCLEAR
            else f"{ordinal(lo)} to {ordinal(hi)}"
        )
        text = f"{where}: {got['group']} was {shown} ({order}; 1918-2005 series groups)."
        ok = lo <= nth <= hi if f.comparator != "le" else lo <= nth
        exact = lo == hi or (f.comparator == "le" and hi <= nth)
        verdict = "supported" if ok and exact else "uncertain" if ok else "contradicted"
        if verdict == "uncertain":
            text += f" The order is unclear: {got['reason']}."
    if verdict == "contradicted" and not _dated_here(f.election_how):
        verdict = "uncertain"
        text += (
            f" Not called false: the election ({got['election']}) is carried from earlier "
            f"text ({f.election_how or 'not said'}), not named in the sentence."
        )
    ev = Evidence(
        f"{got['election']}, {got['name']} (1918-2005 series)",
        lo if lo == hi else [lo, hi],
        shown,
        verdict,
        [str(got["source_id"])],
        "psephos.analysis.placings.series_seat_placing",
    )
    cmd = (
        f"psephos sql \"SELECT * FROM history_1918_2019 WHERE election = '{got['election']}' "
        f"AND trim(constituency_name) = '{got['name']}'\""
    )
    return Evaluation(verdict, text, [ev], f"position {ordinal(nth)} exactly", cmd)
