"""Evaluators for claims about seats within a scope: ranks and superlatives ("the
narrowest win in Wales", "the second-lowest turnout in the North East", "the most Hindu
seat"), census shares, and counts of seats meeting a condition ("came second in 18 of the
region's 27 seats").

Rankings come from :func:`psephos.analysis.rank.rank` (``psephos rank``), counts from
:func:`psephos.analysis.metrics.apply_filters`, census shares from
:func:`psephos.analysis.metrics.metric_values`. Ties share the best rank, as in
``psephos rank``; every rank names its universe.
"""

from __future__ import annotations

import math
from typing import Any

from psephos.claims.evaluate import (
    Ctx,
    Evaluation,
    Unanswerable,
    evaluator,
    is_share,
    quote,
    result,
)
from psephos.claims.evaluate_results import (
    SEAT_LEVEL,
    election_sources,
    is_series_election,
    scope_filters,
    seat_of,
    where_args,
)
from psephos.claims.frame import NO_AREA_NAMED
from psephos.claims.model import Evidence, Verdict

#: census figures are for the 2024 seats: a census claim is answered on them
CENSUS_ELECTION = "ge2024"


def _metric(ctx: Ctx) -> str:
    f = ctx.frame
    if f.metric == "share" and f.measure in ("rank", "superlative"):
        # "the highest share in the capital": said of a party, that party's share in each
        # seat; said of a seat, the winning candidate's share
        if f.subject.kind == "party" and f.subject.party:
            return f"share:{f.subject.party}"
        if f.subject.kind == "seat":
            return "winner_share"
        raise Unanswerable("the claim does not say whose share is ranked")
    if f.metric:
        return f.metric
    if f.subject.group:
        return f"census:{f.subject.group}"
    if f.measure in ("census",):
        raise Unanswerable("the claim names no census group")
    raise Unanswerable("the claim names no measure to rank by")


def _election_for(ctx: Ctx, metric: str) -> str:
    if metric.startswith("census") and ctx.election not in ("ge2024", "notional2019"):
        raise Unanswerable(
            f"census figures are for the 2024 seats, and the claim is about {ctx.election}"
        )
    if ctx.election not in SEAT_LEVEL:
        raise Unanswerable(f"seat rankings exist for 2010-2024 only, not {ctx.election}")
    return ctx.election


def _series_rank(ctx: Ctx, metric: str) -> Evaluation:
    """A seat's place by majority or turnout among the contested single-member seats of an
    area at a 1918-2005 election (:func:`psephos.analysis.records.series_seat_table`).

    ``contradicted`` only when at least ``nth`` seats are strictly ahead on figures that are
    two candidates' votes; ``supported`` only when exactly ``nth - 1`` are, none ties it and
    (for majorities) no seat's group figures lump other parties (``Oth``) that could hide a
    different order; otherwise ``uncertain``."""
    from psephos.analysis.rank import ordinal
    from psephos.analysis.records import series_key, series_seat_result, series_seat_table
    from psephos.claims.evaluate_results import named_seat
    from psephos.errors import PsephosError

    f = ctx.frame
    winner = _series_winner_group(f, metric)  # round 8: "the narrowest Labour win"
    from psephos.claims.round11_caught11 import series_gain_group, series_gains

    gain = series_gain_group(f, metric)  # round 11: "the narrowest Conservative gain"
    if (f.condition and winner is None and gain is None) or f.scope.where:
        raise Unanswerable("a condition on a series ranking is not read")
    name = None
    if f.subject.kind == "seat" and f.subject.seat and f.subject.seat.get("name"):
        name = str(f.subject.seat["name"])
    name = name or named_seat(f)
    if name is None:
        raise Unanswerable("the claim names no seat holding the rank")
    try:
        table = series_seat_table(ctx.election, db=ctx.db)
        mine = series_seat_result(name, ctx.election, db=ctx.db)
    except PsephosError as exc:
        raise Unanswerable(exc.message) from exc
    scope = f.scope
    if scope.level == "gb":
        table = table[table["country"] != "Northern Ireland"]
        area = "Great Britain"
    elif scope.level in ("country", "region") and scope.name:
        col = scope.level
        table = table[table[col].astype(str).str.lower() == scope.name.lower()]
        area = scope.name
    elif scope.level == "uk":
        area = "the UK"
    else:
        raise Unanswerable(f"no series ranking for a scope of level {scope.level}")
    if winner is not None:
        table = _series_won_by(table, *winner, f.comparator in ("least", "nth_least"))
        area = f"{area}, seats won by {winner[0]}"
    elif gain is not None:
        ascending = f.comparator in ("least", "nth_least")
        table, gained = series_gains(table, *gain, ascending, ctx.election, ctx.db)
        if mine["name"] not in gained:
            raise Unanswerable(f"{mine['name']} is not a {gain[0]} gain in the series")
        area = f"{area}, seats {gain[0]} gained"
    key = series_key(ctx.election)
    here = table[table["name"] == mine["name"]]
    if here.empty:
        raise Unanswerable(f"{mine['name']} is not among the ranked seats of {area} at {key}")
    column = "majority" if metric == "majority" else "turnout"
    value = float(here.iloc[0][column])
    if math.isnan(value):
        raise Unanswerable(f"no {column} recorded for {mine['name']} at {key}")
    ascending = f.comparator in ("least", "nth_least")
    nth = f.nth if f.nth is not None else 1
    if f.measure == "rank" and f.nth is None and f.stated is not None:
        nth = int(f.stated.value)
    others = table[table["name"] != mine["name"]].dropna(subset=[column])
    vals = others[column].astype(float)
    if column == "majority":
        lo, hi = others["majority_low"].astype(float), others["majority_high"].astype(float)
    else:
        lo, hi = vals, vals
    if ascending:  # sure ahead: below the seat whatever the lumping; maybe: could be
        sure, maybe = hi < value, lo <= value
    else:
        sure, maybe = lo > value, hi >= value
    n_sure_ahead = int(sure.sum())
    n_ahead = int((vals < value).sum() if ascending else (vals > value).sum())
    # the seat's own figure must be two candidates' gap; the UK set has no Northern Ireland
    # seats (Oth in the series), so a UK first place is never confirmed
    own_exact = column == "turnout" or bool(here.iloc[0]["exact"])
    shaky = not own_exact or (scope.level == "uk" and not (winner and winner[0] != "Con"))
    order = "lowest" if ascending else "highest"
    top = others.assign(v=vals).sort_values("v", ascending=ascending).head(3)
    shown = "; ".join(
        f"{r['name']} {r['v']:,.0f}" if column == "majority" else f"{r['name']} {r['v']:.1%}"
        for _, r in top.iterrows()
    )
    got = n_ahead + 1
    if own_exact and (n_sure_ahead >= nth or int(maybe.sum()) < nth - 1):
        # at least nth seats surely ahead, or too few could be: not nth either way
        verdict: Verdict = "contradicted"
    elif n_sure_ahead == nth - 1 and int(maybe.sum()) == nth - 1 and not shaky:
        verdict = "supported"
    else:
        verdict = "uncertain"
    from psephos.claims.evaluate_round9 import published_series_place  # round 9

    published = None
    if verdict == "uncertain" and scope.how:  # not an area only the guard tries
        published = published_series_place(own_exact, n_ahead, nth, int((vals == value).sum()))
        verdict = "supported" if published else verdict
    own_area = False
    if verdict == "contradicted" and scope.how == NO_AREA_NAMED:
        own = _series_own_area_holds(ctx, mine["name"], column, value, ascending, nth)
        verdict = "uncertain" if own else verdict
        own_area = own
    text = (
        f"{mine['name']} is {ordinal(got)} {order} by {column} of {len(table)} contested "
        f"single-member seats in {area} at {key} (1918-2005 series groups; others: {shown})."
    )
    if own_area:
        text += (
            " Not called false: no area is named, and in its own region or nation it may "
            "hold that place (the story may mean its own area)."
        )
    elif verdict == "uncertain":
        text += (
            " Not decided: a tie, or seats whose group figures sum other parties (Oth) "
            "could change the order."
        )
    elif published:
        text += f"{published}."
    ev = Evidence(
        f"{area} at {key}",
        got,
        f"{ordinal(got)} {order}",
        verdict,
        [str(mine["source_id"])],
        "psephos.analysis.records.series_seat_table",
    )
    cmd = f"psephos sql \"SELECT * FROM history_1918_2019 WHERE election = '{key}'\""
    return Evaluation(verdict, text, [ev], f"position {ordinal(nth)} {order}", cmd)


def _series_winner_group(f: Any, metric: str) -> tuple[str, str | None] | None:
    """Round 8: the series group (and the one nation it is that party alone in) of a
    majority ranking's single ``winner=P`` condition ("Labour's narrowest win", "the
    safest Conservative seat in Scotland", "the biggest Liberal majority"), or None (no
    such condition, another condition with it, or a party the series does not group)."""
    from psephos.claims.evaluate_results import SERIES_GROUP

    if metric != "majority" or len(f.condition) != 1 or not f.condition[0].startswith("winner="):
        return None
    return SERIES_GROUP.get(f.condition[0].split("=", 1)[1])


def _series_won_by(table: Any, group: str, only: str | None, ascending: bool) -> Any:
    """The seats of a series table the group won (within ``only``, the nation where the
    group is one party: Nat is the SNP in Scotland), plus the seats won by others (Oth),
    which may hide a candidate of the party (the series lumps minor and allied labels
    there, National Liberals in 1950): those can be ahead of the seat (their own figure)
    but never surely (the bound on the other side is open). Northern Ireland's Oth seats
    are left out for a group that never won there (Lab, Lib, Nat)."""
    import pandas as pd

    if only is not None:
        table = table[table["country"] == only]
    mine = table[table["winner"] == group]
    lumped = table[table["winner"] == "Oth"].copy()
    if group != "Con":
        lumped = lumped[lumped["country"] != "Northern Ireland"]
    lumped[("majority_high" if ascending else "majority_low")] = (
        math.inf if ascending else -math.inf
    )
    lumped["exact"] = False
    return pd.concat([mine, lumped])


def _series_own_area_holds(
    ctx: Ctx, name: str, column: str, value: float, ascending: bool, nth: int
) -> bool:
    """Round 8: whether a 1918-2005 seat ranked over every seat (the sentence names no
    area, the story does) could hold the stated place within its own region or nation:
    fewer than ``nth`` seats there are surely ahead of it (majorities at their most
    favourable bound). The series' counterpart of :func:`_own_area_holds`: "The closest
    contest was at X" in a story on one nation ranks within it."""
    from psephos.analysis.records import series_seat_table

    table = series_seat_table(ctx.election, db=ctx.db)
    here = table[table["name"] == name]
    if here.empty:
        return False
    for col in ("region", "country"):
        area = here.iloc[0][col]
        if not isinstance(area, str) or not area:
            continue
        others = table[(table[col] == area) & (table["name"] != name)].dropna(subset=[column])
        if column == "majority":
            bound = others["majority_high" if ascending else "majority_low"].astype(float)
        else:
            bound = others[column].astype(float)
        ahead = int((bound < value).sum() if ascending else (bound > value).sum())
        if ahead < nth:
            return True
    return False


@evaluator("rank", "superlative")
def rank_or_superlative(ctx: Ctx) -> Evaluation:
    """Whether the subject seat holds the stated position (1 for a superlative) within
    the scope when ranked by the frame's metric."""
    from psephos.analysis.rank import ordinal, ranked_seats

    f = ctx.frame
    if "among=nations" in f.scope.where:
        return _among_nations(ctx)
    if "among=regions" in f.scope.where:
        return _among_regions(ctx)
    metric = _metric(ctx)
    if is_series_election(ctx.election) and metric in ("majority", "turnout"):
        return _series_rank(ctx, metric)
    election = _election_for(ctx, metric)
    seat = seat_of(f) if f.subject.kind in ("seat", "candidate") else None
    if seat is None and f.subject.seat:
        seat = f.subject.seat
    if seat is None:
        raise Unanswerable("the claim names no seat holding the rank")
    if not seat.get("ons_code"):
        # round 11 (WRONGRISK): a 1918-2005 seat ("Warley West") in a story dated to
        # 2010-2024 or undated has no code at the ranked election (it raised a KeyError)
        raise Unanswerable(f"{seat.get('name')} is not a seat at {election}")
    ascending = f.comparator in ("least", "nth_least")
    nth = f.nth if f.nth is not None else 1
    if f.measure == "rank" and f.nth is None and f.stated is not None:
        nth = int(f.stated.value)
    where, area = scope_filters(ctx)
    where = [*where, *f.condition]
    ranked = ranked_seats(metric, election=election, where=where, ascending=ascending, db=ctx.db)
    r, hit = ranked.ranking, ranked.seat(seat["ons_code"])  # (rank, rank_text, name, value)
    order = "lowest" if ascending else "highest"
    cmd = (
        f"psephos rank {metric} --election {election}{where_args(where)}"
        + (" --asc" if ascending else "")
        + f" --top {max(nth, 1) + 2}"
    )
    top = [row for row in ranked.rows[:6] if row[0] <= max(nth, 1) + 1]  # rows are in rank order
    listing = "; ".join(
        f"{ordinal(int(rk))} {name} {_show(float(v), r.metric.unit)}" for rk, _, name, v in top
    )
    if hit is None:
        # the seat is not in the universe: it may be outside the scope, or have no value
        raise Unanswerable(
            f"{seat.get('name') or seat['ons_code']} is not among the ranked seats ({r.universe})"
        )
    got = int(hit[0])
    tied = str(hit[1]).startswith("=")
    verdict = "supported" if got == nth else "contradicted"
    if f.measure == "rank" and f.stated is not None and f.stated.low != f.stated.high:
        # "one of the ten highest", "just outside the top 20": a range of positions
        verdict = "supported" if f.stated.low <= got <= f.stated.high else "contradicted"
    value = float(hit[3])
    undecided = None
    if metric.startswith("census"):  # published rounded: a tie there is the rounding's
        size = sum(1 for row in ranked.rows if row[0] == got)
        undecided = _tie_undecided(size, got, tied, nth, f.stated if f.measure == "rank" else None)
    if verdict == "contradicted" and not undecided and f.scope.how == NO_AREA_NAMED:
        undecided = _own_area_holds(ctx, metric, election, seat, ascending, nth)
    if undecided:
        verdict = "uncertain"
    text = (
        f"{hit[2]} is {'joint ' if tied else ''}{ordinal(got)} {order} by "
        f"{r.metric.label} of {r.universe}, at {_show(value, r.metric.unit)} (top: {listing})."
        + (f" {undecided}" if undecided else "")
    )
    ev = Evidence(
        r.universe,
        got,
        f"{'=' if tied else ''}{ordinal(got)} {order}",
        verdict,  # type: ignore[arg-type]
        election_sources(Ctx(ctx.db, f, election)),
        "psephos.analysis.rank.rank",
    )
    out = Evaluation(
        verdict,  # type: ignore[arg-type]
        text,
        [ev],
        f"position {ordinal(nth)} {order} exactly (ties share the best rank)",
        cmd,
    )
    if verdict == "contradicted" and metric.startswith("census") and not where:
        old = _old_seat(ctx, seat, metric)
        if old is not None:
            lo, hi = (f.stated.low, f.stated.high) if f.stated is not None else (nth, nth)
            v: Verdict = "supported" if lo <= old["rank"] <= hi else "contradicted"
            out = _with_old(out, old, v, f"rank {old['rank']} of {old['universe']} (estimate)")
    return out


def _own_area_holds(
    ctx: Ctx, metric: str, election: str, seat: dict[str, Any], ascending: bool, nth: int
) -> str | None:
    """Why a superlative that names no area is not called false, or None: the seat holds
    the stated position within its own region or nation. "The tightest Lib Dem gain was
    North East Hampshire" in a story on the South East means the region's, and a story's
    area is not always said in the sentence; ranked in every seat, it is second."""
    from psephos.analysis.rank import ordinal, ranked_seats
    from psephos.store.connect import connect

    stated = ctx.frame.stated
    if ctx.frame.measure != "superlative" and stated is not None and stated.low != stated.high:
        return None  # a range of positions ("one of the ten highest"): read as said
    row = (
        connect(ctx.db)
        .execute(
            "SELECT region, country FROM constituencies WHERE ons_code = ? LIMIT 1",
            [seat["ons_code"]],
        )
        .fetchone()
    )
    if row is None:
        return None
    for level, name in (("region", row[0]), ("country", row[1])):
        if not name:
            continue
        where = [f"{level}={name}", *ctx.frame.condition]
        ranked = ranked_seats(
            metric, election=election, where=where, ascending=ascending, db=ctx.db
        )
        hit = ranked.seat(seat["ons_code"])
        if hit is not None and int(hit[0]) == nth:
            return (
                f"No area is named, and it is {ordinal(nth)} in {name}: the story may "
                f"mean its own area, so the claim is not called false."
            )
    return None


def _tie_undecided(size: int, got: int, tied: bool, nth: int, stated: Any) -> str | None:
    """Why the position cannot be decided, or None: the seat is tied with others at the
    figure as published (a census summary share to one decimal), so the tie's positions
    ``got .. got + size - 1`` (``size``: the seats ranked ``got``) are all the seat's on
    that figure, and the stated position (or range) falls among them without covering
    them all."""
    if not tied:
        return None
    lo, hi = (stated.low, stated.high) if stated is not None else (nth, nth)
    last = got + size - 1
    if size < 2 or hi < got or lo > last or (lo <= got and hi >= last):
        return None
    return (
        f"It is tied with {size - 1} other seat{'s' if size > 2 else ''} at the published "
        f"figure, which cannot tell positions {got} to {last} apart."
    )


def _ahead_of(ctx: Ctx, frame: Any, universe: str, others: list[str]) -> tuple[Any, str]:
    """The seats of ``frame`` where the subject party polled more votes than each party in
    ``others`` ("finished ahead of the Conservatives in more than 130 seats"); a party that
    did not stand in a seat has no votes there."""
    from psephos.analysis.metrics import metric_values
    from psephos.analysis.parties import party_code

    party = ctx.frame.subject.party
    if not party:
        raise Unanswerable("the claim names no party to be ahead")
    mine = metric_values(f"votes:{party}", election=ctx.election, db=ctx.db)
    mine = mine.reindex(frame["ons_code"]).fillna(0.0)
    keep = mine > 0
    for other in others:
        code = party_code(other, db=ctx.db)
        theirs = metric_values(f"votes:{code}", election=ctx.election, db=ctx.db)
        keep &= mine > theirs.reindex(frame["ons_code"]).fillna(0.0)
        universe += f" where {party} polled more than {code}"
    return frame[keep.to_numpy()], universe


NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")


def _among_nations(ctx: Ctx) -> Evaluation:
    """ "Turnout in Wales was the lowest of the UK's four nations", "Labour's best share of
    the nations was in Wales": the nation's position among the four by turnout or a
    party's share (``psephos summary --by country``)."""
    from psephos.analysis.rank import ordinal
    from psephos.claims.evaluate_results import cached_summary

    f = ctx.frame
    nation = (f.subject.text or f.scope.name or "").strip()
    if nation.lower() not in {n.lower() for n in NATIONS}:
        raise Unanswerable("the claim names no nation to place among the four")
    head, _, party = (f.metric or "").partition(":")
    if ctx.election not in SEAT_LEVEL:
        raise Unanswerable(f"figures by nation exist for 2010-2024 only, not {ctx.election}")
    s = cached_summary(ctx, ctx.election, "country")
    if head == "turnout":
        t = s.totals[s.totals["area"].isin(NATIONS)]
        values = dict(zip(t["area"], t["turnout"].astype(float), strict=True))
    elif head == "share" and party:
        t = s.table[s.table["area"].isin(NATIONS) & (s.table["party_code"] == party)]
        values = {a: 0.0 for a in NATIONS} | dict(
            zip(t["area"], t["share"].astype(float), strict=True)
        )
    else:
        raise Unanswerable(f"no figure by nation for '{f.metric}'")
    ascending = f.comparator in ("least", "nth_least")
    nth = f.nth or 1
    order = sorted(values, key=lambda a: values[a], reverse=not ascending)
    name = next(a for a in order if a.lower() == nation.lower())
    got = 1 + sum(
        1 for a in order if (values[a] < values[name] if ascending else values[a] > values[name])
    )
    verdict: Verdict = "supported" if got == nth else "contradicted"
    word = "lowest" if ascending else "highest"
    listing = "; ".join(f"{a} {values[a] * 100:.1f}%" for a in order)
    ev = Evidence(
        f"{ctx.election}, the four nations",
        got,
        f"{ordinal(got)} {word}",
        verdict,
        election_sources(ctx),
        "psephos.analysis.summary.summary",
    )
    text = f"{name} is {ordinal(got)} {word} of the four nations by {f.metric} ({listing})."
    return Evaluation(
        verdict,
        text,
        [ev],
        f"position {ordinal(nth)} {word}",
        f"psephos summary --election {ctx.election} --by country",
    )


def _area_values(ctx: Ctx, by: str) -> dict[str, float]:
    """Turnout or a party's share (the frame's metric) of every area of the summary ``by``
    (``country`` or ``region``) at the frame's election."""
    from psephos.claims.evaluate_results import cached_summary

    f = ctx.frame
    head, _, party = (f.metric or "").partition(":")
    if ctx.election not in SEAT_LEVEL:
        raise Unanswerable(f"figures by {by} exist for 2010-2024 only, not {ctx.election}")
    s = cached_summary(ctx, ctx.election, by)
    if head == "turnout":
        t = s.totals[s.totals["area_type"] == by]
        return dict(zip(t["area"], t["turnout"].astype(float), strict=True))
    if head == "share" and party:
        areas = list(s.totals.loc[s.totals["area_type"] == by, "area"])
        t = s.table[(s.table["area_type"] == by) & (s.table["party_code"] == party)]
        return {a: 0.0 for a in areas} | dict(zip(t["area"], t["share"].astype(float), strict=True))
    raise Unanswerable(f"no figure by {by} for '{f.metric}'")


def _position(values: dict[str, float], name: str, ascending: bool) -> int:
    return 1 + sum(
        1 for v in values.values() if (v < values[name] if ascending else v > values[name])
    )


def _among_regions(ctx: Ctx) -> Evaluation:
    """ "The South West had the highest turnout of any region": the region's position by
    turnout or a party's share (``psephos summary --by region``) among the twelve regions
    and nations, and, for an English region, among England's nine. When the two fields
    give different answers the claim depends on which is meant."""
    from psephos.analysis.rank import ordinal

    f = ctx.frame
    region = (f.subject.text or f.scope.name or "").strip()
    values = _area_values(ctx, "region")
    name = next((a for a in values if a.lower() == region.lower()), None)
    if name is None:
        raise Unanswerable("the claim names no region to place among the regions")
    ascending = f.comparator in ("least", "nth_least")
    nth = f.nth or 1
    word = "lowest" if ascending else "highest"
    fields = [("the twelve regions and nations", values)]
    if name not in NATIONS:
        english = {a: v for a, v in values.items() if a not in NATIONS}
        fields.append((f"England's {len(english)} regions", english))
    evidence = []
    for label, field in fields:
        got = _position(field, name, ascending)
        v: Verdict = "supported" if got == nth else "contradicted"
        evidence.append(
            Evidence(
                f"{ctx.election}, {label}",
                got,
                f"{ordinal(got)} {word}",
                v,
                election_sources(ctx),
                "psephos.analysis.summary.summary",
            )
        )
    verdicts = {e.verdict for e in evidence}
    verdict: Verdict = evidence[0].verdict if len(verdicts) == 1 else "depends"
    order = sorted(values, key=lambda a: values[a], reverse=not ascending)
    listing = "; ".join(f"{a} {values[a] * 100:.1f}%" for a in order)
    text = "; ".join(
        f"{name} is {e.display} of {label}" for e, (label, _) in zip(evidence, fields, strict=True)
    )
    text += f" by {f.metric} ({listing})."
    if verdict == "depends":
        text += " The claim depends on whether Scotland, Wales and Northern Ireland count."
    return Evaluation(
        verdict,
        text,
        evidence,
        f"position {ordinal(nth)} {word}",
        f"psephos summary --election {ctx.election} --by region",
    )


def _show(value: float, unit: str) -> str:
    if math.isnan(value):
        return "n/a"
    if unit == "share":
        return f"{value * 100:.1f}%"
    if unit == "points":
        return f"{value * 100:+.1f} points"
    return f"{value:,.0f}"


@evaluator("census")
def census(ctx: Ctx) -> Evaluation:
    """A census group's share of a seat's residents (Census 2021, Scotland 2022)."""
    from psephos.analysis.metrics import metric_values, parse_metric

    f = ctx.frame
    metric = _metric(ctx)
    if not metric.startswith("census"):
        metric = f"census:{metric}"
    seat = seat_of(f)
    if seat is None:
        raise Unanswerable("census shares are checked for one seat; the claim names none")
    m = parse_metric(metric, db=ctx.db)
    values = metric_values(m, election=CENSUS_ELECTION, db=ctx.db)
    value = float(values.get(seat["ons_code"], math.nan))  # type: ignore[arg-type]
    if math.isnan(value):
        raise Unanswerable(f"no census figure {m.label} for {seat.get('name')}")
    name = seat.get("name") or seat["ons_code"]
    out = result(
        ctx,
        float(value),
        kind="share" if m.unit == "share" else "count",
        what=f"{m.label} in {name}",
        reading=f"Census 2021/22, {name} (2024 boundaries)",
        sources=["census-2024-summary"],
        query="psephos.analysis.metrics.metric_values",
        command=f"psephos rank {m.key} --seat {quote(name)}",
    )
    if out.verdict != "contradicted":
        return out
    old = _old_seat(ctx, seat, m.key)
    if old is None or f.stated is None:
        return out
    lo, hi = f.stated.low, f.stated.high
    if is_share(f.stated, f.unit):
        lo, hi = lo * 100, hi * 100
    if lo <= old["share"] <= hi:
        v: Verdict = "supported"
    elif hi < old["low"] or lo > old["high"]:
        v = "contradicted"
    else:
        v = "uncertain"
    return _with_old(
        out, old, v, f"{old['share']:.1f}% (bounds {old['low']:.1f}-{old['high']:.1f}%)"
    )


def _old_seat(ctx: Ctx, seat: dict[str, Any], metric: str) -> dict[str, Any] | None:
    """The group's estimated share and rank in the 2010-2019 seat that a 2024 seat mostly
    replaced (areal interpolation, :mod:`psephos.claims.demography`), or None."""
    from psephos.analysis.tenure import predecessor
    from psephos.claims import demography
    from psephos.store.connect import connect

    group = metric.split(":")[-1].split("/")[-1].lower()
    if group not in demography.GROUPS or seat.get("boundary_set", "2024") != "2024":
        return None
    con = connect(ctx.db)
    pred = predecessor(con, seat["ons_code"])
    if pred is None:
        return None
    got = demography.old_seat(con, pred[0], group)
    if got is not None:
        got["name"] = pred[1]
    return got


def _with_old(out: Evaluation, old: dict[str, Any], verdict: Verdict, shown: str) -> Evaluation:
    """Add the 2010-2019 seat reading: a claim false on the 2024 seat but not ruled out on
    the old seat (the story may mean the seat as it was) depends on which is meant."""
    ev = Evidence(
        f"{old['name']}, 2010-2019 boundaries (estimate)",
        old["share"] if "rank" not in shown else old["rank"],
        shown,
        verdict,
        old["source_ids"],
        "psephos.claims.demography.old_seat",
        estimate=True,
        method=old["method"],
    )
    out.evidence.append(ev)
    if verdict in ("supported", "uncertain"):
        out.verdict = "depends"
        out.explanation += (
            f" On the seat as it was before 2024 ({old['name']}, estimated) it is {verdict}: "
            "the claim depends on which seat is meant."
        )
    return out


@evaluator("count_seats")
def count_seats(ctx: Ctx) -> Evaluation:
    """The number of seats in scope meeting every condition of ``Frame.condition``."""
    from psephos.analysis.metrics import apply_filters, filter_rows

    f = ctx.frame
    if not f.condition:
        raise Unanswerable("the claim gives no condition the counted seats meet")
    from psephos.claims.evaluate_placings import is_series_placing, series_placing_count

    if is_series_placing(ctx):
        return series_placing_count(ctx)
    if ctx.election not in SEAT_LEVEL:
        raise Unanswerable(f"seat-by-seat results exist for 2010-2024 only, not {ctx.election}")
    where, area = scope_filters(ctx)
    ahead = [c.split("=", 1)[1].strip() for c in f.condition if c.startswith("ahead_of=")]
    where = [*where, *(c for c in f.condition if not c.startswith("ahead_of="))]
    if ahead:
        frame, universe = apply_filters(where, election=ctx.election, db=ctx.db)
        frame, universe = _ahead_of(ctx, frame, universe, ahead)
    else:  # only counted: the seats' row numbers, not a copy of the seats
        frame, universe = filter_rows(where, election=ctx.election, db=ctx.db)
    total, _ = filter_rows(scope_filters(ctx)[0], election=ctx.election, db=ctx.db)
    if f.stated is not None and (f.unit == "percent" or is_share(f.stated, f.unit)):
        # "more than half of the region's seats": a share of the seats in scope
        return result(
            ctx,
            len(frame) / len(total) if len(total) else math.nan,
            kind="share",
            what=f"The share of the {len(total)} seats in {area} meeting the condition "
            f"({len(frame)} seats)",
            reading=universe,
            sources=election_sources(ctx),
            query="psephos.analysis.metrics.apply_filters",
            command=f"psephos rank majority --election {ctx.election}{where_args(where)} --top 0",
        )
    out = result(
        ctx,
        float(len(frame)),
        kind="count",
        what=f"The number of {universe}",
        reading=universe,
        sources=election_sources(ctx),
        query="psephos.analysis.metrics.apply_filters",
        command=f"psephos rank majority --election {ctx.election}{where_args(where)} --top 0",
    )
    if f.scope.level in ("region", "country"):
        out.explanation += f" ({len(frame)} of {len(total)} seats in {area}.)"
    return out
