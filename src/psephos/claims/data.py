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


def boundary_set(con: duckdb.DuckDBPyConnection, election: str) -> str:
    """The boundary set ("2010" or "2024") ``election`` was fought (or estimated) on."""
    from psephos.store.connect import memo

    sets = memo(
        con,
        "claims.boundary_sets",
        lambda: {
            eid: str(bset)
            for eid, bset in con.execute(
                "SELECT election_id, boundary_set FROM elections"
            ).fetchall()
        },
    )
    return sets.get(election, "2024")


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


#: Parties whose candidates are not one party: each independent stands on their own, so
#: "the independent share" in a seat is not compared across elections.
NOT_A_PARTY = frozenset({"Ind"})

# One row per seat: the party's candidates summed at each election (two independents in a
# seat are two rows of candidacies; summing is only meaningful for a party, hence the
# NOT_A_PARTY guard in party_change).
PARTY_CHANGE_SQL = """WITH a AS (SELECT sum(share) AS share, min(source_id) AS source_id
  FROM candidacies WHERE election_id = ? AND ons_code = ? AND party_code = ?),
b AS (SELECT sum(share) AS share FROM candidacies
  WHERE election_id = ? AND ons_code = ? AND party_code = ?)
SELECT a.share - coalesce(b.share, 0) AS change, a.share AS share, b.share AS before,
  a.source_id FROM a, b WHERE a.share IS NOT NULL"""


def party_change(
    con: duckdb.DuckDBPyConnection,
    election: str,
    base: str,
    ons_code: str,
    party: str,
    base_party: str,
) -> Found:
    """A party's share change in one seat against ``base`` (notional 2019 for ge2024): one
    row (none when the party did not stand at ``election``), shares summed over the
    party's candidates. Independents are never compared (raises InputError)."""
    from psephos.errors import InputError

    if {party, base_party} & NOT_A_PARTY:
        raise InputError(
            "Independents are not a party: each stands on their own, so an 'independent "
            "share' is not compared across elections.",
            hint="Compare a named candidate's votes instead.",
        )
    return run(con, PARTY_CHANGE_SQL, [election, ons_code, party, base, ons_code, base_party])
