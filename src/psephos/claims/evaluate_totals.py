"""Evaluator (round 7): the total number of votes cast in an area at an election.

"Some 29.2 million votes were cast", "there were 30,698,210 votes cast", "1,498,433 people
voted in Wales": the valid votes of the frame's area (the UK, Great Britain, a nation or a
region), read from the totals row of the ``summary`` command
(:func:`psephos.claims.evaluate_results.area_row`), the same figure ``psephos summary``
prints, for 2010-2024 and for the 1918-2019 series alike. A seat's total is the seat's
valid votes from its profile. Rejected ballots are not counted: a figure false on valid
votes and true with them is not called false.
"""

from __future__ import annotations

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable, evaluator, result


@evaluator("total_votes")
def total_votes(ctx: Ctx) -> Evaluation:
    from psephos.claims.evaluate_results import (
        area_row,
        election_sources,
        profile,
        seat_of,
        seat_result,
    )

    f = ctx.frame
    if f.scope.level == "seat":
        seat = seat_of(f)
        if seat is None:
            raise Unanswerable("the claim names no seat the store holds at this election")
        p = profile(ctx, seat)
        value = p.result.get("valid_votes")
        if value is None:
            raise Unanswerable(f"no valid votes recorded for {p.seat['name']}")
        out = seat_result(ctx, p, float(value), what=f"The valid votes cast in {p.seat['name']}")
        invalid = p.result.get("invalid_votes")
        if out.verdict == "contradicted" and invalid and invalid == invalid:
            out = _with_rejected(ctx, out, float(value) + float(invalid))
        return out
    _, totals, area, cmd = area_row(ctx, None)
    value = float(totals["valid_votes"])
    if value != value:
        raise Unanswerable(f"no vote total for {area} at {ctx.election}")
    out = result(
        ctx,
        value,
        kind="count",
        what=f"The valid votes cast in {area}",
        reading=f"{ctx.election}, {area} (valid votes)",
        sources=election_sources(ctx),
        query="psephos.analysis.summary.summary",
        command=cmd,
    )
    return _near_miss(ctx, out, value)


#: how far an exact total may be from the official valid votes and still not be called
#: false: rejected ballots (about 0.3 per cent of all) counted in, or another count's
#: vintage (published totals differ by a few hundred in 30 million)
NEAR = 0.01


def _near_miss(ctx: Ctx, out: Evaluation, value: float) -> Evaluation:
    """A contradicted total within :data:`NEAR` of the valid votes: ``uncertain``."""
    s = ctx.frame.stated
    if out.verdict != "contradicted" or s is None or not value:
        return out
    if abs(s.value - value) / value > NEAR:
        return out
    for e in out.evidence:
        e.verdict = "uncertain"
    return Evaluation(
        "uncertain",
        out.explanation + " Within 1 per cent: the words may count the rejected ballots too, "
        "or another count of the same votes, so this is not called false.",
        out.evidence,
        out.tolerance,
        out.command,
    )


def _with_rejected(ctx: Ctx, out: Evaluation, ballots: float) -> Evaluation:
    """A seat total false on valid votes but true counting the rejected ballots too: the
    words may mean every ballot cast, so not called false."""
    from psephos.claims.evaluate import judge

    if judge(ballots, ctx.frame) != "supported":
        return out
    return Evaluation(
        "uncertain",
        out.explanation + f" Counting the rejected ballots, {ballots:,.0f} ballots were cast, "
        "which the words allow: not called false.",
        out.evidence,
        out.tolerance,
        out.command,
    )
