"""Round 10 (FOUND): two parties compared in an area ("the Conservatives won more seats than
Labour in England", "Reform UK outpolled the Conservatives in the region", "Labour won a
bigger share of the vote than the Conservatives"), measure ``versus``.

Each party's figure is read with the same summary rows as a party's own seats, votes or
share (:func:`psephos.claims.evaluate_results.area_row`) over the same area, and the claim
holds when the first is above (``gt``) or below (``lt``) the second. Left uncertain: a
party the area's rows cannot tell apart, two parties read in different areas (a nation's
party in a UK claim), a seat count within one of a tie (the Speaker may be counted with
a party), and at a 1918-2005 election a vote or share within 1 per cent of a tie or a seat
count within two (the series groups parties and counts two-member seats once).
"""

from __future__ import annotations

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable, display, evaluator
from psephos.claims.evaluate_results import SEAT_LEVEL, area_row, election_sources
from psephos.claims.model import Evidence, Verdict

_COLUMN = {"seats": "seats", "votes": "votes", "share": "share"}


@evaluator("versus")
def versus(ctx: Ctx) -> Evaluation:
    f = ctx.frame
    p = f.subject.party
    q = f.other.party if f.other is not None else None
    if not p or not q:
        raise Unanswerable("the comparison names two parties, and one is not resolved")
    if p == q:
        raise Unanswerable("the comparison names one party twice")
    metric = f.metric or ""
    col = _COLUMN.get(metric)
    if col is None or f.comparator not in ("gt", "lt"):
        raise Unanswerable(f"no comparison of two parties by '{metric}'")
    prow, _, area, cmd = area_row(ctx, p)
    qrow, _, qarea, _ = area_row(ctx, q)
    if area != qarea:
        raise Unanswerable(f"{p} and {q} are read in different areas ({area}, {qarea})")
    if prow is None and qrow is None:
        raise Unanswerable(f"neither {p} nor {q} has a figure in {area}")
    a = 0.0 if prow is None else float(prow[col])
    b = 0.0 if qrow is None else float(qrow[col])
    kind = "share" if col == "share" else "count"
    series = ctx.election not in SEAT_LEVEL
    gap = abs(a - b)
    if col == "seats" and gap <= (2 if series else 1):
        raise Unanswerable(
            f"{p} {display(a, kind)} and {q} {display(b, kind)} seats in {area}: within "
            "the Speaker's seat (or a two-member seat) of a tie"
        )
    if series and col != "seats" and gap <= 0.01 * max(a, b):
        raise Unanswerable(
            f"{p} and {q} within 1 per cent of each other in {area} in the 1918-2005 series"
        )
    holds = a > b if f.comparator == "gt" else a < b
    verdict: Verdict = "supported" if holds else "contradicted"
    word = "more" if f.comparator == "gt" else "fewer"
    if col == "share":
        word = "a higher" if f.comparator == "gt" else "a lower"
    reading = f"{ctx.election}, {area}"
    ev = [
        Evidence(f"{reading}, {p}", a, display(a, kind), verdict, election_sources(ctx),
                 "psephos.analysis.summary.summary"),
        Evidence(f"{reading}, {q}", b, display(b, kind), verdict, election_sources(ctx),
                 "psephos.analysis.summary.summary"),
    ]  # fmt: skip
    explanation = (
        f"{p}'s {metric} in {area} were {display(a, kind)} against {q}'s {display(b, kind)}: "
        f"the claim that {p} had {word} {metric} is {'true' if holds else 'false'}."
    )
    return Evaluation(verdict, explanation, ev, "the order of the two figures", cmd)


@evaluator("unopposed")
def unopposed(ctx: Ctx) -> Evaluation:
    """Members returned unopposed at a 1918-2005 election: the seats the series places as
    unopposed returns (a two-member seat returned unopposed counts its members), over the
    UK or the nation named. The 2010-2024 files hold no unopposed return."""
    from psephos.analysis.records import series_key
    from psephos.analysis.series import history_seats
    from psephos.claims.evaluate import result

    if ctx.election in SEAT_LEVEL:
        raise Unanswerable("the 2010-2024 files record no seat returned unopposed")
    scope = ctx.frame.scope
    h = history_seats(db=ctx.db)
    h = h[(h["election"].astype(str).str.upper() == series_key(ctx.election).upper())]
    h = h[h["level"] == "party"]
    area = "the UK"
    if scope.level == "country" and scope.name:
        h = h[h["country"].astype(str).str.lower() == scope.name.lower()]
        area = scope.name
    elif scope.level == "gb":
        h = h[h["country"] != "Northern Ireland"]
        area = "Great Britain"
    elif scope.level != "uk":
        raise Unanswerable(
            f"unopposed returns are counted for the UK or a nation, not a {scope.level}"
        )
    if h.empty:
        raise Unanswerable(f"no series rows for {ctx.election}")
    rows = h[h["placed"].astype(str) == "unopposed"]
    # every member the row returned, those no group can be given (a two-member seat split
    # between a group and an unplaced member, Stockport 1918) included
    value = float(rows["seats"].sum())
    return result(
        ctx,
        value,
        kind="count",
        what=f"Members returned unopposed in {area}",
        reading=f"{ctx.election}, {area} ({len(rows)} seats unopposed)",
        sources=election_sources(ctx),
        query="psephos.analysis.series.history_seats",
        command=f"psephos history --election {ctx.election}",
    )
