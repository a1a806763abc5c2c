"""The store queries behind each check. Each function returns its value(s) together with the
SQL it ran (kept in the evidence, so a reader can re-run it with ``psephos sql``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb


@dataclass
class Found:
    """Rows from one query, with the query (parameters inlined for display)."""

    rows: list[dict[str, Any]]
    query: str


def _inline(sql: str, params: list[Any]) -> str:
    out = sql
    for p in params:
        out = out.replace("?", repr(p) if isinstance(p, str) else str(p), 1)
    return " ".join(out.split())


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Found:
    cur = con.cursor()
    try:
        res = cur.execute(sql, params or [])
        cols = [d[0] for d in res.description]
        rows = [dict(zip(cols, r, strict=True)) for r in res.fetchall()]
    finally:
        cur.close()
    return Found(rows, _inline(sql, params or []))


CONTEST_SQL = """SELECT r.candidate, r.party_code, r.votes, r.share, r.rank, r.member_id,
  r.sitting_mp, r.constituency, r.ons_code, r.valid_votes, r.electorate, r.turnout,
  r.majority, r.source_id FROM results r WHERE r.election_id = ? AND r.ons_code = ?
  ORDER BY r.rank"""


def contest(con: duckdb.DuckDBPyConnection, election: str, ons_code: str) -> Found:
    """Every candidate in one seat at one election, winner first."""
    return run(con, CONTEST_SQL, [election, ons_code])


def candidacy_seat(
    con: duckdb.DuckDBPyConnection, election: str, *, member_id: int | None, name: str
) -> Found:
    """The seat(s) a person stood in at ``election`` (by member id, else by name)."""
    if member_id is not None:
        return run(
            con,
            "SELECT ons_code, party_code, rank, votes FROM candidacies "
            "WHERE election_id = ? AND member_id = ?",
            [election, member_id],
        )
    return run(
        con,
        "SELECT ons_code, party_code, rank, votes FROM results "
        "WHERE election_id = ? AND lower(candidate) = lower(?)",
        [election, name],
    )


def held_since(
    con: duckdb.DuckDBPyConnection, member_id: int, ons_code: str, election: str
) -> dict[str, Any]:
    """Since when ``member_id`` has held ``ons_code``: the project's one definition,
    :func:`psephos.analysis.tenure.held_since` (DESIGN.md "held since"), in the shape the
    checks use; the function call stands in the evidence where a query would."""
    from psephos.analysis.tenure import held_since as tenure_since
    from psephos.analysis.tenure import predecessor

    tenure = tenure_since(con, ons_code, member_id, election_id=election)
    pred = predecessor(con, ons_code)
    return {
        "since": tenure.held_since,
        "exact": tenure.exact,
        "basis": tenure.basis,
        "open_ended": tenure.open_ended,
        "reaches_2010": "ge2010" in tenure.elections_won,
        "predecessor": (
            {"old_code": pred[0], "old_name": pred[1], "pop_share_of_new": pred[2]}
            if pred
            else None
        ),
        "queries": [
            f"psephos.analysis.tenure.held_since(con, {ons_code!r}, {member_id}, "
            f"election_id={election!r})"
        ],
        "source_ids": sorted(set(tenure.source_ids)),
    }


def seat_count(con: duckdb.DuckDBPyConnection, election: str, party: str) -> Found:
    """Seats won by ``party`` (independents counted one by one; the Speaker excluded)."""
    return run(
        con,
        "SELECT count(*) AS seats, any_value(source_id) AS source_id FROM contests "
        "WHERE election_id = ? AND winner_party = ?",
        [election, party],
    )


def national_share(con: duckdb.DuckDBPyConnection, election: str, party: str) -> Found:
    return run(
        con,
        "SELECT sum(votes) FILTER (WHERE party_code = ?) / sum(votes) AS share, "
        "any_value(source_id) AS source_id FROM candidacies WHERE election_id = ?",
        [party, election],
    )


def national_turnout(con: duckdb.DuckDBPyConnection, election: str) -> Found:
    return run(
        con,
        "SELECT sum(valid_votes) / sum(electorate) AS turnout, "
        "any_value(source_id) AS source_id FROM contests WHERE election_id = ?",
        [election],
    )


PARTY_CHANGE_SQL = """SELECT a.share - coalesce(b.share, 0) AS change, a.share AS share,
  b.share AS before, a.source_id FROM candidacies a LEFT JOIN candidacies b
  ON b.election_id = ? AND b.ons_code = a.ons_code AND b.party_code = ?
  WHERE a.election_id = ? AND a.ons_code = ? AND a.party_code = ?"""


def party_change(
    con: duckdb.DuckDBPyConnection,
    election: str,
    base: str,
    ons_code: str,
    party: str,
    base_party: str,
) -> Found:
    """A party's share change in one seat against ``base`` (notional 2019 for ge2024)."""
    return run(con, PARTY_CHANGE_SQL, [base, base_party, election, ons_code, party])
