"""Evaluator for outcome claims: a party or candidate won, held, gained or lost a seat.

Two readings where they can differ:

- the official result, against the store's comparison election (for 2024 the notional
  2019 result on the new boundaries: the official "Lab gain from Con");
- the seat as it was: for 2024 the actual 2019 winner of the predecessor seat (the 2010-set
  seat contributing most of the population, :func:`psephos.analysis.tenure.predecessor`),
  and for a named candidate whether they were the sitting MP.

When the two readings disagree on the claim the verdict is ``depends`` and both are given
(an MP who "held" a seat the official result calls a gain).
"""

from __future__ import annotations

from typing import Any

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable, combine, evaluator
from psephos.claims.evaluate_results import (
    candidate_row,
    is_series_election,
    profile,
    seat_command,
    seat_of,
)
from psephos.claims.model import Evidence

OUTCOMES = ("won", "held", "retained", "gained", "lost", "won_back", "stood")


def _lineage(ctx: Ctx) -> dict[str, str]:
    from psephos.analysis.frame import predecessor_map

    return {old: new for new, old in predecessor_map(db=ctx.db).items()}


def _actual_previous(ctx: Ctx, p: Any) -> tuple[str | None, str, str | None]:
    """(winner party, reading, source id) of the seat as it was at the previous general
    election on its own boundaries; (None, why, None) when there is no such reading."""
    from psephos.analysis.seat import seat_profile
    from psephos.analysis.tenure import predecessor
    from psephos.store.connect import connect

    if ctx.election != "ge2024":
        return None, "same boundaries", None
    pred = predecessor(connect(ctx.db), p.seat["ons_code"])
    if pred is None:
        return None, "no predecessor seat", None
    code, name, share = pred
    old = seat_profile(code, election="ge2019", db=ctx.db)
    winner = next((c for c in old.candidates if c.get("elected")), None)
    if winner is None:
        return None, "no 2019 winner", None
    party = _lineage(ctx).get(winner["party_code"], winner["party_code"])
    return (
        party,
        f"the actual 2019 result in {name}, the predecessor seat ({share:.0%} of the new "
        f"seat's population): {winner['name']} ({winner['party_code']})",
        winner["source_id"],
    )


def _at_dissolution(ctx: Ctx, p: Any) -> tuple[str, str, str] | None:
    """(party, reading, source id) of the seat as it stood at dissolution when a
    by-election in the previous parliament (in the seat, or across a boundary change its
    main predecessor) left it with another holder than the previous general election's:
    "Labour won back Hartlepool, which it lost at the 2021 by-election"."""
    from psephos.analysis import _lookups as lookups
    from psephos.analysis.byelections import later_by_elections
    from psephos.analysis.tenure import predecessor
    from psephos.store.connect import connect

    con = connect(ctx.db)
    elections = lookups.elections(con)
    me = elections.get(ctx.election)
    if me is None or me["kind"] != "general":
        return None
    before = sorted(
        (v["date"], k)
        for k, v in elections.items()
        if v["kind"] == "general" and v["date"] < me["date"]
    )
    if not before:
        return None
    prev = before[-1][1]
    code, name = p.seat["ons_code"], p.seat["name"]
    if elections[prev]["boundary_set"] != me["boundary_set"]:
        pred = predecessor(con, code)
        if pred is None:
            return None
        code, name = pred[0], pred[1]
    held = later_by_elections(con, code, prev)
    if not held:
        return None
    last = held[-1]
    winner = str(last["winner_party"])
    party = _lineage(ctx).get(winner, winner)
    return (
        party,
        f"the seat at dissolution: {name} after the {last['date']:%d %B %Y} by-election "
        f"({last['text']}, {last['name']})",
        last["source_id"],
    )


@evaluator("outcome")
def outcome(ctx: Ctx) -> Evaluation:
    f = ctx.frame
    what = f.outcome
    if what not in OUTCOMES:
        raise Unanswerable(f"the outcome '{what}' is not one of {', '.join(OUTCOMES)}")
    if is_series_election(ctx.election):
        from psephos.claims.evaluate_series import series_outcome  # SERIES: 1918-2005

        return series_outcome(ctx)
    seat = seat_of(f)
    if seat is None:
        raise Unanswerable("the claim names no seat")
    p = profile(ctx, seat)
    row = candidate_row(p, f.subject)
    party = row["party_code"]
    won = int(row["rank"]) == 1
    winner = next((c for c in p.candidates if int(c["rank"]) == 1), row)
    renames = _lineage(ctx)
    title = p.election["title"]
    evidence: list[Evidence] = []
    if what == "stood":
        # "who ran as an independent": the candidate stood, for the party stated
        want = f.subject.party or (f.subject.candidate or {}).get("party")
        ok = want is None or want == party
        verdict = "supported" if ok else "contradicted"
        evidence.append(_ev(f"{title}", party, verdict, row, f"stood for {party}"))
        return _done(ctx, p, f"{row['name']} stood in {p.seat['name']} for {party}.", evidence)
    if what == "won":
        verdict = "supported" if won else "contradicted"
        evidence.append(_ev(f"{title}", won, verdict, row, f"finished {row['rank']}"))
        return _done(ctx, p, f"{row['name']} ({party}) finished {row['rank']}.", evidence)
    if ctx.election.startswith("by-"):
        from psephos.claims import evaluate_byelection

        out = evaluate_byelection.outcome(ctx, what, party, won, p)
        out.command = seat_command(ctx, p)
        return out
    comp = p.comparison
    if comp is None:
        raise Unanswerable(f"{title} has no comparison election for {p.seat['name']}")
    before = renames.get(comp["winner_party"], comp["winner_party"])
    official = _reading(what, won, party, before, winner["party_code"])
    evidence.append(
        _ev(
            f"against {comp['title']} (official): {before} won it then",
            official,
            "supported" if official else "contradicted",
            row,
            p.result.get("text") or "",
        )
    )
    actual, how, src = _actual_previous(ctx, p)
    if actual is not None:
        ok = _reading(what, won, party, actual, winner["party_code"])
        evidence.append(_ev(how, ok, "supported" if ok else "contradicted", row, "", src))
    dissolved = _at_dissolution(ctx, p)
    if dissolved is not None and dissolved[0] != (actual or before):
        then, how, src = dissolved
        ok = _reading(what, won, party, then, winner["party_code"])
        evidence.append(_ev(how, ok, "supported" if ok else "contradicted", row, "", src))
    if what in ("gained", "won_back") and not official:
        from psephos.claims.round10_wrong12 import defector_reading  # round 10 (WRONG12)

        defected = defector_reading(ctx, p, party, won)
        if defected is not None:
            evidence.append(_ev(defected[0], True, "supported", row, "", defected[1]))
    if f.subject.kind == "candidate" and what in ("held", "retained", "lost"):
        sitting: bool | None = bool(row.get("sitting_mp"))
        if what != "lost" and not sitting:
            # "Siân Berry held the seat": a new candidate holds it for the party; only a
            # sitting MP's hold is a reading of its own (against a notional gain)
            sitting = None
        ok = (won and sitting) if what != "lost" else (sitting and not won)
        if sitting is not None:
            evidence.append(
                _ev(
                    f"{row['name']} was {'the' if sitting else 'not the'} sitting MP",
                    ok,
                    "supported" if ok else "contradicted",
                    row,
                    "",
                )
            )
    verdict = combine(evidence)
    text = (
        f"{p.seat['name']} at {title}: {winner['name']} ({winner['party_code']}) won; "
        f"official result '{p.result.get('text') or '?'}'. "
        + " ".join(f"Reading '{e.reading}': {e.verdict}." for e in evidence)
    )
    if what == "won_back":
        text += " ('Won back' is checked as a gain; the earlier tenure is not checked.)"
    return _done(ctx, p, text, evidence, verdict)


def _reading(what: str, won: bool, party: str, before: str, winner: str) -> bool:
    if what in ("held", "retained"):
        return won and before == party
    if what in ("gained", "won_back"):
        return won and before != party
    if what == "lost":
        return before == party and winner != party
    return won


def _ev(
    reading: str,
    value: Any,
    verdict: str,
    row: dict[str, Any],
    display: str,
    source: str | None = None,
) -> Evidence:
    return Evidence(
        reading,
        value,
        display or ("yes" if value else "no"),
        verdict,  # type: ignore[arg-type]
        [source or row["source_id"]],
        "psephos.analysis.seat.seat_profile",
    )


def _done(
    ctx: Ctx, p: Any, text: str, evidence: list[Evidence], verdict: str | None = None
) -> Evaluation:
    v = verdict or combine(evidence)
    if v == "depends":
        text += " The readings disagree, so the claim depends on which is meant."
    return Evaluation(v, text, evidence, "the result as recorded", seat_command(ctx, p))  # type: ignore[arg-type]
