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


def candidacy_seat(con: duckdb.DuckDBPyConnection, election: str, *, member_id: int | None,
                   name: str) -> Found:
    """The seat(s) a person stood in at ``election`` (by member id, else by name)."""
    if member_id is not None:
        return run(con, "SELECT ons_code, party_code, rank, votes FROM candidacies "
                        "WHERE election_id = ? AND member_id = ?", [election, member_id])
    return run(con, "SELECT ons_code, party_code, rank, votes FROM results "
                    "WHERE election_id = ? AND lower(candidate) = lower(?)", [election, name])


HELD_SQL = """SELECT e.election_id, year(e.date) AS year, c.ons_code, c.member_id,
  c.family_name, c.source_id FROM candidacies c JOIN elections e USING (election_id)
  WHERE e.kind = 'general' AND c.rank = 1 AND c.ons_code IN ({codes}) ORDER BY e.date DESC"""

PRED_SQL = """SELECT old_code, old_name, pop_share_of_new, source_id FROM boundary_overlaps
  WHERE new_code = ? ORDER BY pop_share_of_new DESC LIMIT 1"""


def held_since(con: duckdb.DuckDBPyConnection, member_id: int, ons_code: str,
               election: str) -> dict[str, Any]:
    """The first general election of the unbroken run in which ``member_id`` won this seat
    or its predecessor (the old seat contributing most population), as in DESIGN.md."""
    pred = run(con, PRED_SQL, [ons_code])
    codes = [ons_code] + [r["old_code"] for r in pred.rows]
    sql = HELD_SQL.format(codes=", ".join("?" * len(codes)))
    wins = run(con, sql, codes)
    date_rows = run(con, "SELECT date FROM elections WHERE election_id = ?", [election]).rows
    cutoff = date_rows[0]["date"].year if date_rows else 9999
    since, reaches_start, sources = None, False, {"overlaps-2010-2024"} if pred.rows else set()
    for row in wins.rows:
        if row["year"] > cutoff:
            continue
        if row["member_id"] != member_id:
            break
        since = row["year"]
        sources.add(row["source_id"])
        reaches_start = row["election_id"] == "ge2010"
    return {
        "since": since, "reaches_2010": reaches_start,
        "predecessor": pred.rows[0] if pred.rows else None,
        "queries": [pred.query, wins.query], "source_ids": sorted(sources),
    }


def seat_count(con: duckdb.DuckDBPyConnection, election: str, party: str) -> Found:
    """Seats won by ``party`` (independents counted one by one; the Speaker excluded)."""
    return run(con, "SELECT count(*) AS seats, any_value(source_id) AS source_id FROM contests "
                    "WHERE election_id = ? AND winner_party = ?", [election, party])


def national_share(con: duckdb.DuckDBPyConnection, election: str, party: str) -> Found:
    return run(con, "SELECT sum(votes) FILTER (WHERE party_code = ?) / sum(votes) AS share, "
                    "any_value(source_id) AS source_id FROM candidacies WHERE election_id = ?",
               [party, election])


def national_turnout(con: duckdb.DuckDBPyConnection, election: str) -> Found:
    return run(con, "SELECT sum(valid_votes) / sum(electorate) AS turnout, "
                    "any_value(source_id) AS source_id FROM contests WHERE election_id = ?",
               [election])


PARTY_CHANGE_SQL = """SELECT a.share - coalesce(b.share, 0) AS change, a.share AS share,
  b.share AS before, a.source_id FROM candidacies a LEFT JOIN candidacies b
  ON b.election_id = ? AND b.ons_code = a.ons_code AND b.party_code = ?
  WHERE a.election_id = ? AND a.ons_code = ? AND a.party_code = ?"""


def party_change(con: duckdb.DuckDBPyConnection, election: str, base: str, ons_code: str,
                 party: str, base_party: str) -> Found:
    """A party's share change in one seat against ``base`` (notional 2019 for ge2024)."""
    return run(con, PARTY_CHANGE_SQL, [base, base_party, election, ons_code, party])
