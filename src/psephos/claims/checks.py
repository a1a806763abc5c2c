"""Checking each kind of claim against the store: one function per kind, each returning a
:class:`CheckedClaim` with the computed value, the tolerance and the evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from psephos.claims import data
from psephos.claims.gazetteer import PARTY_ALIASES
from psephos.claims.model import CheckedClaim, Claim, Evidence, Verdict
from psephos.claims.text import key

if TYPE_CHECKING:
    import duckdb

Checker = Callable[["duckdb.DuckDBPyConnection", Claim, str], CheckedClaim]
CHECKERS: dict[str, Checker] = {}
HEAVY = 20.0  # "heavily Muslim" etc.: at least this per cent of residents


def checker(kind: str) -> Callable[[Checker], Checker]:
    def deco(fn: Checker) -> Checker:
        CHECKERS[kind] = fn
        return fn

    return deco


def check(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    """Check ``claim`` against the election in ``claim.params["election"]`` (set by
    :func:`psephos.claims.when.election_for`), else against ``election``."""
    fn = CHECKERS.get(claim.kind)
    if fn is None:
        return CheckedClaim(claim, "not_checkable", f"No check for claims of kind {claim.kind}.")
    when = claim.params.get("election")
    if when is None:
        return fn(con, claim, election)
    if when["id"] is None:
        return CheckedClaim(claim, when["verdict"], f"Not checked: {when['how']}.", _tol(claim))
    out = fn(con, claim, when["id"])
    if when["from_text"]:
        out.explanation += f" (Checked against {when['id']}: {when['how']}.)"
    return out


def combine(evidence: list[Evidence]) -> Verdict:
    """One verdict from several readings: published figures first, estimates second.

    Supported (contradicted) on every reading -> supported (contradicted); supported on one
    reading and contradicted on another, or contradicted on the published figures but not
    ruled out by the estimate -> depends; otherwise uncertain.
    """
    verdicts = [e.verdict for e in evidence]
    published = [e.verdict for e in evidence if not e.estimate]
    if verdicts and all(v == "supported" for v in verdicts):
        return "supported"
    if verdicts and all(v == "contradicted" for v in verdicts):
        return "contradicted"
    if "supported" in verdicts and "contradicted" in verdicts:
        return "depends"
    if "contradicted" in published and "uncertain" in verdicts:
        return "depends"
    if "supported" in published and "contradicted" not in verdicts:
        return "supported"
    return "uncertain"


def _in(claim: Claim, x: float) -> Verdict:
    assert claim.stated is not None  # patterns that build these claims always state a number
    return "supported" if claim.stated.contains(x) else "contradicted"


def _tol(claim: Claim) -> str | None:
    return claim.stated.rule if claim.stated else None


def _party_code(word: str) -> str | None:
    return PARTY_ALIASES.get(key(word).removeprefix("the "))


def _candidacy(person: dict[str, Any] | None, election: str) -> dict[str, Any] | None:
    """The person's one candidacy at ``election`` (None when there is none, or when
    several candidates of that name stood then: not guessed)."""
    if not person or not person.get("resolved", True):
        return None
    found = [c for c in person.get("candidacies", []) if c["election_id"] == election]
    return found[0] if len(found) == 1 else None


def seat_code(
    con: duckdb.DuckDBPyConnection, seat: dict[str, Any], election: str
) -> tuple[str | None, str]:
    """The seat's ONS code on the boundaries ``election`` was fought on (2010-2019 seats
    for ge2010 to ge2019, 2024 seats for ge2024), and that boundary set."""
    bset = data.boundary_set(con, election)
    return seat["codes"].get(bset), bset


def _no_seat(claim: Claim, seat: dict[str, Any], bset: str, election: str) -> CheckedClaim:
    years = "2010-2019" if bset == "2010" else bset
    return _unresolved(
        claim, f"{seat['name']} is not a seat on the {years} boundaries {election} was fought on"
    )


def _unresolved(claim: Claim, what: str) -> CheckedClaim:
    return CheckedClaim(claim, "uncertain", f"Cannot check: {what}.", _tol(claim))


@checker("margin")
def _margin(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    p = claim.params
    win = _candidacy(p.get("winner"), election)
    if win is None:
        return _unresolved(claim, f"the winner is not a resolved candidate in {election}")
    rows = data.contest(con, election, win["ons_code"])
    by_rank = {r["rank"]: r for r in rows.rows}
    winner = next(r for r in rows.rows if r["candidate"] == win["name"])
    run = _candidacy(p.get("runner_up"), election)
    other = next((r for r in rows.rows if run and r["candidate"] == run["name"]), by_rank.get(2))
    if other is None:
        return _unresolved(claim, "the seat has a single candidate")
    gap = winner["votes"] - other["votes"]
    within = claim.text.lower().startswith("within")
    assert claim.stated is not None
    if winner["rank"] != 1:
        verdict: Verdict = "contradicted"
        why = f"{winner['candidate']} did not win {winner['constituency']} (came {winner['rank']})."
    elif claim.stated.contains(gap) or (within and 0 < gap <= claim.stated.high):
        verdict, why = (
            "supported",
            (
                f"{winner['candidate']} ({winner['party_code']}) {winner['votes']:,} votes, "
                f"{other['candidate']} ({other['party_code']}) {other['votes']:,}: "
                f"a gap of {gap:,} in {winner['constituency']}, {election}."
            ),
        )
    else:
        verdict, why = (
            "contradicted",
            (
                f"The gap between {winner['candidate']} and {other['candidate']} was {gap:,}, "
                f"not {claim.stated.text}."
            ),
        )
    if run is None and p.get("runner_up") is None:
        why += " (The runner-up is not named; the gap to the runner-up was used.)"
    ev = Evidence(
        f"{winner['constituency']} {election}",
        gap,
        f"{gap:,} votes",
        verdict,
        [winner["source_id"]],
        rows.query,
    )
    tol = (_tol(claim) or "") + ("; 'within N' also holds for any smaller gap" if within else "")
    return CheckedClaim(claim, verdict, why, tol, [ev])


@checker("votes")
def _votes(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    c = _candidacy(claim.params.get("candidate"), election)
    if c is None:
        return _unresolved(claim, f"the candidate is not resolved in {election}")
    rows = data.contest(con, election, c["ons_code"])
    row = next(r for r in rows.rows if r["candidate"] == c["name"])
    v = _in(claim, row["votes"])
    ev = Evidence(
        f"{row['constituency']} {election}",
        row["votes"],
        f"{row['votes']:,} votes",
        v,
        [row["source_id"]],
        rows.query,
    )
    return CheckedClaim(
        claim,
        v,
        f"{row['candidate']} polled {row['votes']:,} votes in {row['constituency']}.",
        _tol(claim),
        [ev],
    )


@checker("share")
def _share(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    p = claim.params
    c = _candidacy(p.get("candidate"), election)
    if c is not None:
        rows = data.contest(con, election, c["ons_code"])
        row = next(r for r in rows.rows if r["candidate"] == c["name"])
        pct, where, src, q = 100 * row["share"], row["constituency"], row["source_id"], rows.query
    elif p.get("party") and p.get("seat"):
        code, bset = seat_code(con, p["seat"], election)
        if code is None:
            return _no_seat(claim, p["seat"], bset, election)
        rows = data.contest(con, election, code)
        prow = next((r for r in rows.rows if r["party_code"] == p["party"]), None)
        if prow is None:
            return _unresolved(claim, f"{p['party']} had no candidate in {p['seat']['name']}")
        pct, where, src, q = (
            100 * prow["share"],
            prow["constituency"],
            prow["source_id"],
            rows.query,
        )
    elif p.get("party"):
        f = data.national_share(con, election, p["party"])
        pct, where, src, q = 100 * f.rows[0]["share"], "UK", f.rows[0]["source_id"], f.query
    else:
        return _unresolved(claim, "no candidate or party is named before the share")
    v = _in(claim, pct)
    ev = Evidence(f"{where} {election}", pct, f"{pct:.1f}%", v, [src], q)
    return CheckedClaim(claim, v, f"Share of the vote in {where}: {pct:.1f}%.", _tol(claim), [ev])


@checker("turnout")
def _turnout(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    seat = claim.params.get("seat")
    if seat:
        code, bset = seat_code(con, seat, election)
        if code is None:
            return _no_seat(claim, seat, bset, election)
        rows = data.contest(con, election, code)
        if not rows.rows:
            return _unresolved(claim, f"no result for {seat['name']} at {election}")
        pct, src, q, where = (
            100 * rows.rows[0]["turnout"],
            rows.rows[0]["source_id"],
            rows.query,
            seat["name"],
        )
    else:
        f = data.national_turnout(con, election)
        pct, src, q, where = 100 * f.rows[0]["turnout"], f.rows[0]["source_id"], f.query, "UK"
    v = _in(claim, pct)
    ev = Evidence(f"{where} {election}", pct, f"{pct:.1f}%", v, [src], q)
    return CheckedClaim(
        claim, v, f"Turnout (valid votes / electorate) in {where}: {pct:.1f}%.", _tol(claim), [ev]
    )


@checker("seat_count")
def _seat_count(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    code = _party_code(claim.params["party_word"])
    if code is None:
        return _unresolved(claim, f"unknown party '{claim.params['party_word']}'")
    f = data.seat_count(con, election, code)
    n = int(f.rows[0]["seats"])
    v = _in(claim, n)
    ev = Evidence(election, n, f"{n} seats", v, [f.rows[0]["source_id"] or ""], f.query)
    return CheckedClaim(
        claim, v, f"{code} won {n} seats in {election} (Speaker not counted).", _tol(claim), [ev]
    )
