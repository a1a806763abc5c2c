"""Evaluators for change claims: change in share, votes or seats against a baseline
election, net seat change, seats taken from another party (the gains matrix), ratios
("doubled", "14 times as many"), Butler swing and a government's parliamentary majority.

The baseline is the store's comparison election (:data:`psephos.analysis.frame.PREVIOUS`:
the notional 2019 result for 2024) unless the frame names one. For 2024 a seat count or
share change is also computed against the actual 2019 result; when the two readings
disagree on the claim the verdict is ``depends`` and both are given. Reform UK is compared
with the Brexit Party, its former name (:func:`psephos.analysis.frame.predecessor_map`).
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from psephos.claims.evaluate import (
    Ctx,
    Evaluation,
    Unanswerable,
    as_stated_scale,
    combine,
    evaluator,
    judge,
    quote,
)
from psephos.claims.evaluate_results import (
    SEAT_LEVEL,
    area_row,
    cached_summary,
    candidate_row,
    election_sources,
    is_series_election,
    profile,
    seat_command,
    seat_of,
)
from psephos.claims.evaluate_series_seat import series_majority_change
from psephos.claims.frame import Frame
from psephos.claims.model import Evidence, Verdict
from psephos.claims.round9_wrong11 import ratio_verdict

#: for 2024 a change is also read against the actual 2019 result
ACTUAL_BASELINE = {"ge2024": "ge2019", "ge2010": "2005"}


def _direction_ok(value: float, comparator: str) -> bool | None:
    if comparator == "up":
        return value > 0
    if comparator == "down":
        return value < 0
    return None


def _judge_change(ctx: Ctx, value: float, scaled: float) -> Verdict:
    """Verdict for a signed change: direction from the comparator, size from the stated
    interval (compared with the magnitude when a direction is given)."""
    f = ctx.frame
    ok = _direction_ok(value, f.comparator)
    if ok is False:
        return "contradicted"
    if f.stated is None:
        if ok is None:
            raise Unanswerable("the claim states neither a direction nor a size of change")
        return "supported"
    size = abs(scaled) if ok is not None else scaled
    saved = f.comparator
    try:
        f.comparator = "eq" if saved in ("up", "down") else saved
        return judge(size, f)
    finally:
        f.comparator = saved


def _change_reading(ctx: Ctx, baseline: str | None) -> tuple[float, float, str, str, list[str]]:
    """(change, change on the stated scale, what in words, command, sources) for the
    frame's party in its scope, against ``baseline`` (None: the comparison election)."""
    f = ctx.frame
    if (f.metric or "").split(":")[0] == "turnout":
        return _turnout_change(ctx, baseline)
    unit = f.unit or _unit_of_metric(f.metric)
    party = f.subject.party
    if f.subject.kind == "candidate" and f.subject.candidate:
        party = f.subject.candidate.get("party") or party
    if not party and not _seat_majority(f):
        raise Unanswerable("the claim names no party whose change to measure")
    seat = seat_of(f) if f.scope.level == "seat" else None
    if seat is None and _seat_majority(f) and is_series_election(ctx.election):
        return series_majority_change(ctx, baseline, unit)
    if seat is not None:
        majority = (f.metric or "").split(":")[0] == "majority"
        if unit not in ("points", None, "votes") and not (majority and unit == "percent"):
            raise Unanswerable(f"no seat-level change in {unit}")
        if baseline is not None and not _is_comparison(ctx, baseline):
            raise Unanswerable("seat changes are measured against the comparison election only")
        p = profile(ctx, seat)
        if majority and ctx.election.startswith("by-"):
            return _by_election_majority_change(ctx, p, unit)
        if (f.metric or "").split(":")[0] == "majority" and not ctx.election.startswith("by-"):
            # "the majority is down on 2019": the seat's majority now against then
            if not p.comparison or p.comparison.get("majority") is None:
                raise Unanswerable(f"no earlier majority for {p.seat['name']}")
            now, then = float(p.result["majority"]), float(p.comparison["majority"])
            what = f"The majority in {p.seat['name']} against {_prev_title(p)}"
            if unit == "percent":  # "more than halved", "doubled": relative change
                if not then:
                    raise Unanswerable(f"no earlier majority for {p.seat['name']}")
                value = now / then - 1
                return value, value * 100, what, seat_command(ctx, p), [p.result["source_id"]]
            value = now - then
            return value, value, what, seat_command(ctx, p), [p.result["source_id"]]
        row = candidate_row(p, f.subject)
        if ctx.election.startswith("by-"):
            return _by_election_change(ctx, p, row, unit)
        if unit == "votes":
            prev = _prev_party(p, row["party_code"])
            value = float(row["votes"]) - float(prev["votes"])
            scaled = value
        else:
            if row.get("change") is None:
                raise Unanswerable(
                    f"no comparison for {row['party_code']} in {p.seat['name']}: "
                    f"{row.get('change_note') or 'it did not stand before'}"
                )
            value = float(row["change"])
            scaled = value * 100
        what = f"{row['party_code']}'s change in {p.seat['name']} against {_prev_title(p)}"
        return value, scaled, what, seat_command(ctx, p), [row["source_id"]]
    if not party:  # only a seat's majority is measured without a party (above)
        raise Unanswerable("the claim names no party whose change to measure")
    if f.scope.level == "seats" and unit not in ("seats", "votes") and baseline is None:
        return _mean_seat_change(ctx, party)
    prow, _, area, cmd = area_row(ctx, party)
    if prow is None:
        raise Unanswerable(f"{party} has no result in {area} at {ctx.election}")
    if baseline is None and ctx.election not in SEAT_LEVEL:
        baseline = _previous_election(ctx)  # a series election: the series election before
    if baseline is None:
        if math.isnan(float(prow.get("prev_share", math.nan))):
            raise Unanswerable(f"{ctx.election} has no comparison election")
        prev = {
            "seats": prow["prev_seats"],
            "votes": prow["prev_votes"],
            "share": prow["prev_share"],
        }
        against = "the comparison election"
    else:
        sub = Ctx(ctx.db, f, baseline)
        before, _, _, _ = area_row(sub, _baseline_party(ctx, party, baseline))
        prev = (
            {"seats": 0, "votes": 0, "share": 0.0}
            if before is None
            else {k: before[k] for k in ("seats", "votes", "share")}
        )
        against = baseline
        cmd += f"; psephos summary --election {baseline} --by {'region' if f.scope.level == 'region' else 'country'}"
    if unit == "seats":
        value = float(prow["seats"]) - float(prev["seats"])
        scaled = value
    elif unit == "votes":
        value = float(prow["votes"]) - float(prev["votes"])
        scaled = value
    elif unit == "percent":
        base = float(prev["votes"])
        if not base:
            raise Unanswerable(f"{party} had no votes to compare with")
        value = float(prow["votes"]) / base - 1
        scaled = value * 100
    else:
        value = float(prow["share"]) - float(prev["share"])
        scaled = value * 100
    what = f"{party}'s change in {unit or 'share'} in {area} against {against}"
    return value, scaled, what, cmd, election_sources(ctx)


def _seat_majority(f: Frame) -> bool:
    """A change in a seat's majority ("saw his majority in X fall from 14,000 to 2,370",
    "her majority shrank"): the seat's majority is the winner's whoever the sentence names,
    so its change needs no party (the candidate may not be found in the gazetteer)."""
    return f.scope.level == "seat" and (f.metric or "").split(":")[0] == "majority"


def _is_comparison(ctx: Ctx, baseline: str) -> bool:
    """True when ``baseline`` is the seat's comparison election, or the actual election a
    notional comparison stands for ("on the 2019 result" for a 2024 seat)."""
    from psephos.analysis.frame import resolve_election
    from psephos.claims.evaluate import NOTIONAL_ACTUAL

    prev = resolve_election(ctx.election, db=ctx.db).previous
    return prev is not None and baseline in (prev, NOTIONAL_ACTUAL.get(prev))


def _turnout_change(ctx: Ctx, baseline: str | None) -> tuple[float, float, str, str, list[str]]:
    """The change in turnout (points) in the frame's seat or area against ``baseline``
    (None: the comparison election, notional 2019 for 2024)."""
    f = ctx.frame
    against = baseline or _previous_election(ctx)
    if against is None:
        raise Unanswerable(f"{ctx.election} has no comparison election for turnout")
    seat = seat_of(f) if f.scope.level == "seat" else None
    if seat is not None:
        from psephos.claims.evaluate_results import seat_row

        now_row = seat_row(ctx, seat)
        before_row = seat_row(Ctx(ctx.db, f, against), seat)
        now, before = float(now_row["turnout"]), float(before_row["turnout"])
        name = str(now_row["name"])
        cmd = f"psephos seat {quote(name)} --election {ctx.election}"
        sources = [str(now_row["source_id"]), str(before_row["source_id"])]
    else:
        from psephos.claims.evaluate_results import series_turnout

        _, totals, name, cmd = area_row(ctx, None)
        _, prev, _, _ = area_row(Ctx(ctx.db, f, against), None)
        now, before = float(totals["turnout"]), float(prev["turnout"])
        if math.isnan(now):
            now = series_turnout(ctx, ctx.election, name)
        if math.isnan(before):
            before = series_turnout(ctx, against, name)
        cmd += f"; psephos summary --election {against} --by country"
        sources = election_sources(ctx)
    if math.isnan(now) or math.isnan(before):
        raise Unanswerable(f"no turnout for {name} at {ctx.election} or {against}")
    value = now - before
    what = f"The turnout in {name} ({now:.1%}) against {against} ({before:.1%})"
    return value, value * 100, what, cmd, sources


def _previous_election(ctx: Ctx) -> str | None:
    """The comparison election: the store's (notional 2019 for 2024), or for an election of
    the 1918-2019 series the series election before it ("turnout rose by two points" in
    2005 is against 2001) (HISTORY)."""
    from psephos.analysis.frame import resolve_election
    from psephos.errors import PsephosError

    try:
        return resolve_election(ctx.election, db=ctx.db).previous
    except PsephosError:
        from psephos.analysis.records import election_id_of, election_order, series_key

        order = election_order(db=ctx.db)
        key = series_key(ctx.election)
        if key not in order or order.index(key) == 0:
            return None
        return election_id_of(order[order.index(key) - 1])


def _mean_seat_change(ctx: Ctx, party: str) -> tuple[float, float, str, str, list[str]]:
    """A party's mean change in share (points) over the seats of the scope's filter
    ("in heavily Muslim areas": ``census:Muslim>=20%``), against the comparison election."""
    from psephos.analysis.metrics import apply_filters, metric_values

    where = list(ctx.frame.scope.where)
    seats, universe = apply_filters(where, election=ctx.election, db=ctx.db)
    if seats.empty:
        raise Unanswerable(f"no seats match {' and '.join(where)}")
    change = metric_values(f"change:{party}", election=ctx.election, db=ctx.db)
    value = float(change.reindex(seats["ons_code"]).mean())
    what = f"{party}'s mean change in share over {universe}"
    cmd = f"psephos rank change:{party} --election {ctx.election}" + "".join(
        f" --where {quote(w)}" for w in where
    )
    return value, value * 100, what, cmd, election_sources(ctx)


def _by_election_majority_change(
    ctx: Ctx, p: Any, unit: str | None
) -> tuple[float, float, str, str, list[str]]:
    """A by-election's majority against the previous general election's in the seat
    ("Labour's majority rose to 3,266", "more than doubled"): not the party's vote change."""
    from psephos.analysis.seat import seat_profile
    from psephos.claims.evaluate_byelection import row_of

    row = row_of(ctx)
    prev_id = str(row["previous_general"])
    before = seat_profile(p.seat["ons_code"], election=prev_id, db=ctx.db)
    now, then = float(row["majority"]), float(before.result["majority"])
    what = f"The majority in {p.seat['name']} at the by-election against {prev_id}"
    sources = [str(row["source_id"]), str(before.result["source_id"])]
    if unit == "percent":  # "more than doubled": relative change
        if not then:
            raise Unanswerable(f"no earlier majority for {p.seat['name']}")
        value = now / then - 1
        return value, value * 100, what, seat_command(ctx, p), sources
    return now - then, now - then, what, seat_command(ctx, p), sources


def _by_election_change(
    ctx: Ctx, p: Any, row: dict[str, Any], unit: str | None
) -> tuple[float, float, str, str, list[str]]:
    """A party's change at a by-election against the previous general election in the seat."""
    from psephos.analysis.seat import seat_profile
    from psephos.claims.evaluate_byelection import row_of

    prev_id = str(row_of(ctx)["previous_general"])
    before = seat_profile(p.seat["ons_code"], election=prev_id, db=ctx.db)
    party = _baseline_party(ctx, row["party_code"], prev_id)
    prev = [c for c in before.candidates if c["party_code"] == party]
    key = "votes" if unit == "votes" else "share"
    was = sum(float(c[key]) for c in prev)
    value = float(row[key]) - was
    scaled = value if unit == "votes" else value * 100
    what = f"{row['party_code']}'s change in {p.seat['name']} against {prev_id}"
    return value, scaled, what, seat_command(ctx, p), [row["source_id"], before.result["source_id"]]


def _baseline_party(ctx: Ctx, party: str, baseline: str) -> str:
    from psephos.analysis.frame import party_votes, predecessor_map

    old = predecessor_map(db=ctx.db).get(party)
    if old and baseline in SEAT_LEVEL:
        stood = set(party_votes(baseline, db=ctx.db)["party_code"])
        if party not in stood and old in stood:
            return old
    return party


def _prev_party(p: Any, party: str) -> dict[str, Any]:
    if not p.comparison:
        raise Unanswerable(f"no comparison election for {p.seat['name']}")
    for r in p.comparison["parties"]:
        if r["party_code"] == party:
            return dict(r)
    return {"votes": 0, "share": 0.0}


def _prev_title(p: Any) -> str:
    return str(p.comparison["title"]) if p.comparison else "the previous election"


def _unit_of_metric(metric: str | None) -> str | None:
    if not metric:
        return None
    head = metric.split(":")[0]
    return {"seats": "seats", "votes": "votes", "share": "points", "change": "points"}.get(head)


def _display(value: float, unit: str | None) -> str:
    if unit in ("seats", "votes"):
        return f"{value:+,.0f} {unit}"
    if unit == "percent":
        return f"{value * 100:+.1f}%"
    return f"{value * 100:+.1f} points"


@evaluator("change", "net_change")
def change(ctx: Ctx) -> Evaluation:
    f = ctx.frame
    if f.measure == "net_change" and not f.unit:
        f.unit = "seats"
    unit = f.unit or _unit_of_metric(f.metric)
    if (
        unit == "seats"
        and f.comparator in ("up", "down")
        and f.stated is not None
        and f.stated.high == 0
        and f.baseline is None
        and f.scope.level not in ("seat", "seats")
    ):
        return _none_changed(ctx)
    readings = [f.baseline]
    alt = ACTUAL_BASELINE.get(ctx.election)
    if (
        f.baseline is None
        and alt
        and f.scope.level not in ("seat", "seats")
        and unit in ("seats", None, "points")
    ):
        readings.append(alt)
    evidence, whats, cmds = [], [], []
    for base in readings:
        value, scaled, what, cmd, sources = _change_reading(ctx, base)
        verdict = _judge_change(ctx, value, scaled)
        reading = f"{ctx.election} against {base or 'the comparison election'}"
        if base is None and ctx.election == "ge2024":
            reading = "2024 against the notional 2019 result on the 2024 boundaries"
        elif base in ACTUAL_BASELINE.values():
            reading = f"{ctx.election} against the actual {base} result (old boundaries)"
        evidence.append(
            Evidence(
                reading,
                value,
                _display(value, unit),
                verdict,
                sources,
                "psephos.analysis.summary.summary",
            )  # type: ignore[arg-type]
        )
        whats.append(f"{what}: {_display(value, unit)}")
        cmds.append(cmd)
    verdict = combine(evidence)
    tol = f.stated.rule if f.stated else f"direction only ({f.comparator})"
    text = "; ".join(whats) + "."
    if verdict == "depends":
        text += " The readings disagree on the claim."
    if verdict == "contradicted" and _series_near_miss(ctx, unit, evidence):
        verdict = "uncertain"
        for e in evidence:
            e.verdict = "uncertain"
        text += (
            " A change between two figures of the 1918-2019 party series can be that far "
            "from the official one (others lumped together, a few rows without party votes), "
            "so this near miss is not called false."
        )
    return Evaluation(verdict, text, evidence, tol, cmds[0])


def _series_near_miss(ctx: Ctx, unit: str | None, evidence: list[Evidence]) -> bool:
    """A change at an election of the 1918-2005 series, in the stated direction, whose size
    misses the stated one by no more than the series' slack (a point of share, a seat): the
    series' totals can be that far from the official ones (HISTORY)."""
    from psephos.claims.evaluate_results import SERIES_SLACK

    f = ctx.frame
    if ctx.election in SEAT_LEVEL or f.stated is None or unit not in ("points", "seats", None):
        return False
    slack = SERIES_SLACK["count"] if unit == "seats" else SERIES_SLACK["share"] * 100
    for e in evidence:
        value = float(e.value)
        scaled = value * 100 if unit != "seats" and abs(value) < 1 else value
        if (f.comparator == "down" and scaled > 0) or (f.comparator == "up" and scaled < 0):
            return False
        size = abs(scaled)
        low = f.stated.low if f.stated.low is not None else size
        high = f.stated.high if f.stated.high is not None else size
        if max(low - size, size - high, 0.0) > slack + 1e-9:
            return False
    return True


def _none_changed(ctx: Ctx) -> Evaluation:
    """ "Lost none", "gained none": no seat changed hands that way in the scope (gross, not
    net: Labour "lost none" in Scotland in 2010 although it also gained one back)."""
    from psephos.analysis.swing import changed_hands

    f = ctx.frame
    party = f.subject.party
    if not party:
        raise Unanswerable("the claim names no party")
    if ctx.election not in SEAT_LEVEL:
        raise Unanswerable(f"seat-by-seat results exist for 2010-2024 only, not {ctx.election}")
    moved = changed_hands(election=ctx.election, db=ctx.db)
    scope = f.scope
    if scope.level == "gb":
        moved = moved[moved["country"] != "Northern Ireland"]
    elif scope.level in ("country", "region") and scope.name:
        moved = moved[moved[scope.level].str.lower() == scope.name.lower()]
    elif scope.level != "uk":
        raise Unanswerable(f"no set of seats for a scope of level {scope.level}")
    lost = f.comparator == "down"
    hit = moved[moved["previous_winner" if lost else "winner"] == party]
    verdict: Verdict = "supported" if hit.empty else "contradicted"
    word = "lost" if lost else "gained"
    area = {"uk": "the UK", "gb": "Great Britain"}.get(scope.level, scope.name or "")
    names = ", ".join(f"{n} ({a} to {b})" for n, a, b in zip(
        hit["name"].head(5), hit["previous_winner"].head(5), hit["winner"].head(5), strict=True
    ))  # fmt: skip
    text = (
        f"{party} {word} {len(hit)} seat{'s' if len(hit) != 1 else ''} in {area} at {ctx.election}"
        + (f": {names}." if names else ".")
    )
    ev = Evidence(
        f"{ctx.election}, {area}: seats {word} by {party} (gross)",
        len(hit),
        str(len(hit)),
        verdict,
        election_sources(ctx),
        "psephos.analysis.swing.changed_hands",
    )
    return Evaluation(
        verdict, text, [ev], "none: zero seats", f"psephos gains --election {ctx.election}"
    )


@evaluator("gains_from")
def gains_from(ctx: Ctx) -> Evaluation:
    """Seats the subject party won that another party (or any other party) held at the
    comparison election: the gains matrix."""
    from psephos.analysis.swing import changed_hands

    f = ctx.frame
    party = f.subject.party
    if not party:
        raise Unanswerable("the claim names no party")
    if ctx.election not in SEAT_LEVEL and ctx.election.startswith("ge"):
        from psephos.claims.evaluate_series import series_gains

        return series_gains(ctx)  # a 1918-2005 election: the series' seat rows (HISTORY)
    if ctx.election not in SEAT_LEVEL:
        raise Unanswerable(f"seat-by-seat gains exist for 2010-2024 only, not {ctx.election}")
    changed = changed_hands(election=ctx.election, db=ctx.db)
    rows = changed[changed["winner"] == party]
    other = f.other.party if f.other else None
    if other:
        rows = rows[rows["previous_winner"] == other]
    rows = seats_in_scope(ctx, rows)
    value = float(len(rows))
    verdict = judge(value, f)
    names = ", ".join(rows["name"].head(12))
    more = "" if len(rows) <= 12 else f" and {len(rows) - 12} more"
    what = f"{party} gained {len(rows)} seats" + (f" from {other}" if other else "")
    ev = Evidence(
        f"{ctx.election} against the comparison election",
        value,
        f"{len(rows)} seats",
        verdict,
        election_sources(ctx),
        "psephos.analysis.swing.changed_hands",
    )
    out = Evaluation(
        verdict,
        f"{what} ({names}{more}).",
        [ev],
        f.stated.rule if f.stated else None,
        f"psephos gains --election {ctx.election}",
    )
    return _gains_at_dissolution(ctx, out, party, other) if verdict == "contradicted" else out


def seats_in_scope(ctx: Ctx, rows: Any) -> Any:
    """The seat rows (with ``ons_code``, ``country``, ``region``) inside the frame's scope:
    the UK, Great Britain, a nation or region, or a set of seats given by filters
    (``Scope(level="seats", where=["region=North East,North West"])``, the filters of
    :func:`psephos.analysis.metrics.apply_filters` at the frame's election)."""
    scope = ctx.frame.scope
    if scope.level in ("country", "region") and scope.name:
        return rows[rows[scope.level].str.lower() == scope.name.lower()]
    if scope.level == "gb":
        return rows[rows["country"] != "Northern Ireland"]
    if scope.level == "seats" and scope.where:
        from psephos.analysis.metrics import apply_filters

        chosen, _ = apply_filters(scope.where, election=ctx.election, db=ctx.db)
        return rows[rows["ons_code"].isin(set(chosen["ons_code"]))]
    if scope.level != "uk":
        raise Unanswerable(f"gains within a scope of level {scope.level} are not counted")
    return rows


def _gains_at_dissolution(ctx: Ctx, out: Evaluation, party: str, other: str | None) -> Evaluation:
    """A gains count false against the previous general election but true against the
    seats as held at dissolution (after by-elections) ``depends`` on the count meant."""
    from psephos.analysis.byelection_results import gains_at_dissolution

    f = ctx.frame
    moved = gains_at_dissolution(ctx.election, db=ctx.db)
    if moved is None:
        return out
    rows = moved[moved["winner"] == party]
    if other:
        rows = rows[rows["holder"] == other]
    rows = seats_in_scope(ctx, rows)
    if judge(float(len(rows)), f) != "supported":
        return out
    out.evidence.append(
        Evidence(
            f"{ctx.election} against the seats held at dissolution (after by-elections)",
            float(len(rows)),
            f"{len(rows)} seats",
            "supported",
            election_sources(ctx),
            "psephos.analysis.byelection_results.gains_at_dissolution",
        )
    )
    out.verdict = "depends"
    out.explanation += (
        f" Against the seats held at dissolution (after by-elections) {party} gained "
        f"{len(rows)} ({', '.join(rows['name'].head(12))}): the count depends on which is meant."
    )
    return out


def _figure(ctx: Ctx, subject: Any, metric: str | None, election: str) -> tuple[float, str]:
    """One figure for a ratio: seats, votes or share of a party (or candidate) in scope."""
    from psephos.claims.frame import Frame

    head = (metric or "votes").split(":")[0]
    f = ctx.frame
    sub = Frame(measure=head, subject=subject, scope=f.scope, election=election, unit=f.unit)
    sctx = Ctx(ctx.db, sub, election)
    seat = seat_of(sub) if f.scope.level == "seat" else None
    if seat is not None:
        p = profile(sctx, seat)
        row = candidate_row(p, subject)
        key = "share" if head == "share" else "votes"
        return float(row[key]), seat_command(sctx, p)
    party = subject.party
    if not party:
        raise Unanswerable("the claim names no party")
    prow, _, _, cmd = area_row(sctx, party)
    if prow is None:
        return 0.0, cmd
    key = {"seats": "seats", "share": "share"}.get(head, "votes")
    return float(prow[key]), cmd


@evaluator("ratio")
def ratio(ctx: Ctx) -> Evaluation:
    """``value / other's value`` when the claim names another side, else ``value now /
    value at the baseline``; the stated figure is the number of times."""
    f = ctx.frame
    a, cmd = _figure(ctx, f.subject, f.metric, ctx.election)
    if f.other is not None:
        b, _ = _figure(ctx, f.other, f.metric, ctx.election)
        against = f.other.party or f.other.text
    else:
        from psephos.analysis.frame import PREVIOUS

        base = f.baseline or PREVIOUS.get(ctx.election) or _previous_election(ctx)
        if base is None:
            raise Unanswerable(f"{ctx.election} has no comparison election")
        subject = f.subject
        if subject.party:
            subject = replace(subject, party=_baseline_party(ctx, subject.party, base))
        b, _ = _figure(ctx, subject, f.metric, base)
        against = base
    if not b:
        raise Unanswerable(f"the figure compared with ({against}) is zero")
    value = a / b
    verdict = ratio_verdict(value, f)  # a ratio word as copy rounds it (round 9)
    verdict = _series_ratio_verdict(ctx, verdict, a, b, str(against))
    ev = Evidence(
        f"{ctx.election}: {a:,.4g} against {b:,.4g} ({against})",
        value,
        f"{value:.2f} times",
        verdict,
        election_sources(ctx),
        "psephos.analysis.summary.summary",
    )
    what = f.metric or "votes"
    return Evaluation(
        verdict,
        f"The {what} ratio was {a:,.4g} / {b:,.4g} = {value:.2f}.",
        [ev],
        f.stated.rule if f.stated else None,
        cmd,
    )


def _series_ratio_verdict(ctx: Ctx, verdict: Verdict, a: float, b: float, against: str) -> Verdict:
    """A ratio of two figures of the 1918-2005 series ("more than doubled its share",
    "halved to six seats") with an election before 1950 that misses only by the series'
    slack (a point of share, a seat, a per cent of votes on either figure) is ``uncertain``,
    not ``contradicted``: two-member and university seats and unopposed returns make those
    totals that far from the official ones. From 1950 the series' figures are compared as
    published, as for records (HISTORY)."""
    import re

    from psephos.claims.evaluate_results import SERIES_SLACK

    f = ctx.frame
    years = [int(m.group()) for e in (ctx.election, against) if (m := re.search(r"\d{4}", e))]
    if verdict != "contradicted" or not years or min(years) >= 1950:
        return verdict
    head = (f.metric or "votes").split(":")[0]
    if head == "seats":
        da, db_ = SERIES_SLACK["count"], SERIES_SLACK["count"]
    elif head == "share":
        da, db_ = SERIES_SLACK["share"], SERIES_SLACK["share"]
    else:
        da, db_ = abs(a) * 0.01, abs(b) * 0.01
    lows, highs = (max(b - db_, 1e-9), b + db_), (max(a - da, 0.0), a + da)
    extremes = [x / y for x in highs for y in lows]
    for value in (min(extremes), max(extremes)):
        if judge(value, f) == "supported":
            return "uncertain"
    st = f.stated
    if (
        st is not None
        and st.low is not None
        and st.high is not None
        and st.low <= max(extremes)
        and st.high >= min(extremes)
    ):
        return "uncertain"  # any ratio between the extremes: the stated interval overlaps
    return verdict


@evaluator("swing")
def swing(ctx: Ctx) -> Evaluation:
    """Butler swing from ``other`` to ``subject`` (points), in a seat or an area."""
    from psephos.analysis.swing import butler_swing

    f = ctx.frame
    seat = seat_of(f) if f.scope.level == "seat" else None
    if (f.other is None or not f.other.party) and seat is not None:
        a, b = _seat_swing_parties(ctx, profile(ctx, seat))
    elif f.other is None or not f.other.party or not f.subject.party:
        raise Unanswerable("the claim does not name both parties of the swing")
    else:
        a, b = f.other.party, f.subject.party  # from a to b
    if seat is not None:
        p = profile(ctx, seat)
        sources = [p.result["source_id"]]
        if ctx.election.startswith("by-"):
            from psephos.claims import evaluate_byelection

            value, _ = evaluate_byelection.swing(ctx, a, b)
            cmd = seat_command(ctx, p)
        else:
            if not p.swing:
                raise Unanswerable(f"no swing for {p.seat['name']} at {ctx.election}")
            from psephos.analysis.metrics import metric_values

            series = metric_values(f"swing:{a}-{b}", election=ctx.election, db=ctx.db)
            value = float(series.get(p.seat["ons_code"], math.nan))
            cmd = (
                f"psephos rank swing:{a}-{b} --election {ctx.election} "
                f"--seat {quote(p.seat['name'])}"
            )
    else:
        ra, _, area, cmd = area_row(ctx, a)
        rb, _, _, _ = area_row(ctx, b)
        if ra is None or rb is None:
            raise Unanswerable(f"{a} or {b} has no result in {area}")
        value = float(butler_swing(ra["prev_share"], rb["prev_share"], ra["share"], rb["share"]))
        sources = election_sources(ctx)
    if math.isnan(value):
        raise Unanswerable("no swing could be computed (a party did not stand at both elections)")
    scaled = as_stated_scale(value, f.stated, "points") if f.stated else value * 100
    verdict = (
        _judge_change(ctx, value, scaled) if f.comparator in ("up", "down") else judge(scaled, f)
    )
    ev = Evidence(
        f"{ctx.election} against the comparison election",
        value,
        f"{value * 100:.1f} points",
        verdict,  # type: ignore[arg-type]
        sources,
        "psephos.analysis.swing.butler_swing",
    )
    return Evaluation(
        verdict,  # type: ignore[arg-type]
        f"The Butler swing from {a} to {b} was {value * 100:.1f} points.",
        [ev],
        f.stated.rule if f.stated else None,
        cmd,
    )


def _seat_swing_parties(ctx: Ctx, p: Any) -> tuple[str, str]:
    """The two parties of "a swing of N points" in a seat that names only one side (or
    none): from the party that held the seat to the party that took it ("Copeland went
    Conservative on a swing of 6.7 points"); when the seat did not change hands, from the
    winner to the party the sentence names. Unanswerable when neither applies."""
    f = ctx.frame
    winner = next((c for c in p.candidates if int(c["rank"]) == 1), None)
    if winner is None:
        raise Unanswerable(f"no winner recorded for {p.seat['name']}")
    won = str(winner["party_code"])
    if ctx.election.startswith("by-"):
        from psephos.claims.evaluate_byelection import row_of

        before = str(row_of(ctx)["previous_winner"])
    elif p.comparison:
        before = str(p.comparison["winner_party"])
    else:
        raise Unanswerable(f"no comparison election for {p.seat['name']}")
    before = _lineage_code(ctx, before)
    named = f.subject.party or (f.subject.candidate or {}).get("party")
    if before != won and named in (None, won, before):
        return before, won
    if before == won and named and named != won:
        return won, str(named)
    raise Unanswerable("the claim does not name both parties of the swing")


def _lineage_code(ctx: Ctx, party: str) -> str:
    from psephos.analysis.frame import predecessor_map

    renames = {old: new for new, old in predecessor_map(db=ctx.db).items()}
    return renames.get(party, party)


def _gm_facts(ctx: Ctx, election: str) -> tuple[Any, Any, int, Any]:
    """The UK figures :func:`gov_majority` reads from the election's summary: the largest
    party's code and seats (the first of the UK's rows by seats, descending), the seats of
    the UK and the Speaker's seats (None: no Speaker's row), once per store and election
    (round 10: the summary's filters were made per claim)."""
    from psephos.store.connect import connect, memo

    def build() -> tuple[Any, Any, int, Any]:
        s = cached_summary(ctx, election, "none")
        uk = s.table[s.table["area"] == "UK"].sort_values("seats", ascending=False)
        total = int(s.totals[s.totals["area"] == "UK"].iloc[0]["seats"])
        top = uk.iloc[0]
        spk = uk[uk["party_code"] == "Spk"]
        return top["party_code"], top["seats"], total, None if spk.empty else spk.iloc[0]["seats"]

    return memo(connect(ctx.db), f"claims.evaluate_change.gm_facts:{election}", build)


@evaluator("gov_majority")
def gov_majority(ctx: Ctx) -> Evaluation:
    """The largest party's seats minus all other seats, read two ways: over every seat,
    and as the Commons counts it with the Speaker (who does not vote) left out."""
    f = ctx.frame
    series = ctx.election not in SEAT_LEVEL
    election = ctx.election.removeprefix("ge") if series else ctx.election
    top_code, top_seats, total, spk_seats = _gm_facts(ctx, election)
    party = f.subject.party or str(top_code)
    if party != top_code:
        raise Unanswerable(f"{party} was not the largest party ({top_code} was)")
    largest = int(top_seats)
    if f.comparator == "down" and f.stated is not None:
        # "20 short of the 326 needed": the seats needed for a majority minus the seats won
        needed = total // 2 + 1
        short = needed - largest
        verdict = judge(float(short), replace(f, comparator="eq"))
        ev = Evidence(
            f"{largest} of {total} seats; {needed} needed for a majority",
            short,
            f"{short} short",
            verdict,
            election_sources(ctx),
            "psephos.analysis.summary.summary",
        )
        return Evaluation(
            verdict,
            f"{party} won {largest} of {total} seats: {short} short of the {needed} needed.",
            [ev],
            f.stated.rule,
            f"psephos summary --election {election} --by none",
        )
    plain = 2 * largest - total
    evidence = [_gm_evidence(ctx, plain, f"{largest} of {total} seats, all seats counted")]
    n_spk = int(spk_seats) if spk_seats is not None else 0
    if n_spk:
        commons = 2 * largest - (total - n_spk)
        evidence.append(
            _gm_evidence(ctx, commons, f"{largest} of {total - n_spk} seats, the Speaker left out")
        )
        from psephos.analysis.members import speaker_party

        former = speaker_party(ctx.election, db=ctx.db)
        if former is not None and former.get("party") == party:
            evidence.append(
                _gm_evidence(
                    ctx,
                    2 * (largest + 1) - total,
                    f"{largest + 1} of {total} seats, the Speaker ({former['name']}) counted "
                    f"with their former party",
                )
            )
    elif series:
        # the 1918-2019 series counts the Speaker's seat among "others" and does not say
        # which party they sat for before the Chair: the Commons reading (the Speaker left
        # out) and the reading that counts them with the largest party are both possible
        evidence.append(
            _gm_evidence(
                ctx,
                2 * largest - (total - 1),
                f"{largest} of {total - 1} seats, the Speaker left out",
            )
        )
        evidence.append(
            _gm_evidence(
                ctx,
                2 * (largest + 1) - total,
                f"{largest + 1} of {total} seats, the Speaker counted with {party} (the series "
                "does not record the Speaker's former party)",
            )
        )
    # the seats-over-all-others reading decides; the Commons reading (the Speaker does not
    # vote) can only turn a miss into "depends"
    first, others = evidence[0].verdict, [e.verdict for e in evidence[1:]]
    verdict = first if first == "supported" or "supported" not in others else "depends"
    text = "; ".join(f"{e.display} ({e.reading})" for e in evidence)
    return Evaluation(
        verdict,  # type: ignore[arg-type]
        f"{party}'s majority over all other parties: {text}.",
        evidence,
        f.stated.rule if f.stated else None,
        f"psephos summary --election {election} --by none",
    )


def _gm_evidence(ctx: Ctx, value: int, reading: str) -> Evidence:
    verdict = judge(float(value), ctx.frame)
    return Evidence(
        reading,
        value,
        f"{value:,}",
        verdict,
        election_sources(ctx),
        "psephos.analysis.summary.summary",
    )
