"""Evaluators for by-elections: one by-election against the previous general election in
its seat (holds, gains, swing, change), and the by-elections of a whole parliament
(``Frame.election`` ``by:ge2019``: every by-election after the 2019 general election and
before the next) for counts, gains and superlatives.

Values come from :func:`psephos.analysis.byelection_results.by_elections` and
:func:`psephos.analysis.byelection_results.by_election_swing`.
"""

from __future__ import annotations

import math
import re
from typing import Any

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable, judge, result
from psephos.claims.model import Evidence, Verdict

_TEXT = re.compile(r"^\s*(?P<key>[a-z_]+)\s*(?P<op>!=|=)\s*(?P<value>[\w,]+)\s*$")
TEXT_KEYS = ("winner", "second", "previous_winner", "changed_hands")
SET_METRICS = ("majority", "previous_majority", "turnout", "valid_votes", "electorate")


def parliament(ctx: Ctx) -> str | None:
    """``ge2019`` for a frame about the by-elections of the 2019 parliament, else None."""
    e = ctx.election
    return e[3:] if e.startswith("by:") else None


def parliament_of(ctx: Ctx) -> str:
    """``by:geYYYY``: the parliament of the frame's by-election (the general election
    before it)."""
    row = row_of(ctx)
    prev = row["previous_general"]
    if not isinstance(prev, str) or not prev:
        raise Unanswerable(f"no general election before the {row['name']} by-election")
    return f"by:{prev}"


def row_of(ctx: Ctx) -> dict[str, Any]:
    """The by-election of the frame (``Frame.election`` a by-election id)."""
    from psephos.analysis.byelection_results import by_elections

    t = by_elections(db=ctx.db)
    hit = t[t["election_id"] == ctx.election]
    if hit.empty:
        raise Unanswerable(f"no by-election '{ctx.election}' in the store")
    return dict(hit.iloc[0])


def _table(ctx: Ctx) -> Any:
    from psephos.analysis.byelection_results import by_elections

    p = parliament(ctx)
    assert p is not None
    table = by_elections(parliament=p, db=ctx.db)
    for cond in [*ctx.frame.scope.where, *ctx.frame.condition]:
        if cond == "by-elections":  # the set itself, not a condition on it
            continue
        m = _TEXT.match(cond)
        if not m or m["key"] not in TEXT_KEYS:
            raise Unanswerable(
                f"the condition '{cond}' cannot be applied to by-elections (use "
                + ", ".join(f"{k}=..." for k in TEXT_KEYS)
                + ")"
            )
        key, value = m["key"], m["value"]
        if key == "changed_hands":
            mask = table[key] == (value.lower() in ("true", "yes", "1"))
        else:
            mask = table[key].isin([v.strip() for v in value.split(",")])
        table = table[mask if m["op"] == "=" else ~mask]
    return table


def _universe(ctx: Ctx, n: int) -> str:
    conds = [c for c in [*ctx.frame.scope.where, *ctx.frame.condition] if c != "by-elections"]
    where = (" where " + " and ".join(conds)) if conds else ""
    return f"{n} by-elections after {parliament(ctx)}{where}"


def _sources(table: Any) -> list[str]:
    return sorted({str(s) for s in table["source_id"].dropna()})


def set_count(ctx: Ctx) -> Evaluation:
    """How many by-elections of the parliament meet the conditions."""
    table = _table(ctx)
    names = ", ".join(table["name"].head(12))
    out = result(
        ctx,
        float(len(table)),
        kind="count",
        what=f"The number of {_universe(ctx, len(table))}",
        reading=_universe(ctx, len(table)),
        sources=_sources(table),
        query="psephos.analysis.byelection_results.by_elections",
        command="psephos seat NAME  # each by-election is listed with its seat",
    )
    out.explanation += f" ({names})."
    return out


def set_gains(ctx: Ctx) -> Evaluation:
    """Seats the subject party took (from ``other``) at the parliament's by-elections."""
    f = ctx.frame
    if not f.subject.party:
        raise Unanswerable("the claim names no party")
    table = _table(ctx)
    table = table[(table["winner"] == f.subject.party) & table["changed_hands"]]
    if f.other is not None and f.other.party:
        table = table[table["previous_winner"] == f.other.party]
    value = float(len(table))
    verdict = judge(value, f)
    ev = Evidence(
        f"by-elections after {parliament(ctx)} against the previous general election",
        value,
        f"{len(table)} seats",
        verdict,
        _sources(table),
        "psephos.analysis.byelection_results.by_elections",
    )
    return Evaluation(
        verdict,
        f"{f.subject.party} gained {len(table)} seats"
        + (f" from {f.other.party}" if f.other and f.other.party else "")
        + f" at by-elections after {parliament(ctx)} ({', '.join(table['name'])}).",
        [ev],
        f.stated.rule if f.stated else None,
        "psephos seat NAME  # each by-election is listed with its seat",
    )


def set_rank(ctx: Ctx) -> Evaluation:
    """Whether the subject seat's by-election holds the stated position among the
    parliament's by-elections by the frame's metric (``majority``, ``previous_majority``,
    ``turnout``, ``swing:A-B``).

    "The largest majority at any by-election" is read two ways when the metric is a plain
    ``majority``: the majority won, and the majority overturned (the previous general
    election's, among the by-elections where the seat changed hands). The claim is
    supported when either reading supports it and contradicted only when both refute it.
    """
    from psephos.claims.evaluate_results import seat_of

    f = ctx.frame
    seat = seat_of(f)
    if seat is None:
        raise Unanswerable("the claim names no seat")
    metric = f.metric or ""
    table = _table(ctx)
    readings = [_rank_one(ctx, seat, metric, table)]
    if metric == "majority":
        gains = table[table["changed_hands"].astype(bool)]
        if seat["ons_code"] in set(gains["ons_code"]):
            readings.append(_rank_one(ctx, seat, "previous_majority", gains, "overturned"))
    verdicts = {r[0] for r in readings}
    verdict: Verdict = "supported" if "supported" in verdicts else "contradicted"
    return Evaluation(
        verdict,
        " ".join(r[1] for r in readings),
        [r[2] for r in readings],
        f"position {ordinal_of(f.nth or 1)} exactly",
        None,
    )


def ordinal_of(n: int) -> str:
    from psephos.analysis.rank import ordinal

    return str(ordinal(n))


def _rank_one(
    ctx: Ctx, seat: dict[str, Any], metric: str, table: Any, word: str = ""
) -> tuple[Verdict, str, Evidence]:
    from psephos.analysis.byelection_results import by_election_swing
    from psephos.analysis.rank import ordinal

    f = ctx.frame
    table = table.copy()
    if metric.startswith("swing:"):
        a, _, b = metric[6:].partition("-")
        table["value"] = [by_election_swing(e, a, b, db=ctx.db) for e in table["election_id"]]
    elif metric in SET_METRICS:
        table["value"] = table[metric].astype(float)
    else:
        raise Unanswerable(f"by-elections are not ranked by '{metric}'")
    ascending = f.comparator in ("least", "nth_least")
    table = table.dropna(subset=["value"]).sort_values("value", ascending=ascending)
    universe = _universe(ctx, len(table)) + (f" won on a gain ({word})" if word else "")
    hit = table[table["ons_code"] == seat["ons_code"]]
    if hit.empty:
        raise Unanswerable(f"{seat.get('name')} is not among the {universe}")
    value = float(hit.iloc[0]["value"])
    better = table[(table["value"] < value) if ascending else (table["value"] > value)]
    got = len(better) + 1
    nth = f.nth or 1
    verdict: Verdict = "supported" if got == nth else "contradicted"
    shown = [
        f"{n} {_fmt(v, metric)}"
        for n, v in zip(table["name"].head(5), table["value"].head(5), strict=True)
    ]
    text = (
        f"{hit.iloc[0]['name']} is {ordinal(got)} {'lowest' if ascending else 'highest'} by "
        f"{metric} of the {universe}: {'; '.join(shown)}."
    )
    ev = Evidence(
        universe,
        got,
        ordinal(got),
        verdict,
        _sources(table),
        "psephos.analysis.byelection_results.by_elections",
    )
    return verdict, text, ev


def _fmt(v: float, metric: str) -> str:
    if metric.startswith("swing") or metric == "turnout":
        return f"{v * 100:.1f}" + (" points" if metric.startswith("swing") else "%")
    return f"{v:,.0f}"


def outcome(ctx: Ctx, what: str, party: str, won: bool, p: Any) -> Evaluation:
    """Held/gained/lost at a by-election, against the previous general election."""
    row = row_of(ctx)
    before = row["previous_winner"]
    if before is None or (isinstance(before, float) and math.isnan(before)):
        raise Unanswerable(f"no previous general election result for {row['name']}")
    if what in ("held", "retained"):
        ok = won and before == party
    elif what in ("gained", "won_back"):
        ok = won and before != party
    elif what == "lost":
        ok = before == party and row["winner"] != party
    else:
        ok = won
    verdict: Verdict = "supported" if ok else "contradicted"
    text = (
        f"{row['name']} by-election ({row['date']}): {row['winner']} won, official result "
        f"'{row['result_text']}'; {before} won it at {row['previous_general']}."
    )
    ev = Evidence(
        f"against {row['previous_general']} in the same seat",
        ok,
        str(row["result_text"]),
        verdict,
        [str(row["source_id"])],
        "psephos.analysis.byelection_results.by_elections",
    )
    return Evaluation(verdict, text, [ev], "the result as recorded", None)


def swing(ctx: Ctx, a: str, b: str) -> tuple[float, str]:
    """Butler swing from ``a`` to ``b`` at the frame's by-election, and its reading."""
    from psephos.analysis.byelection_results import by_election_swing

    row = row_of(ctx)
    return (
        by_election_swing(ctx.election, a, b, db=ctx.db),
        f"{row['name']} by-election against {row['previous_general']}",
    )
