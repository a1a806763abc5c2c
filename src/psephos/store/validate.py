"""Build-time validation: each rule raises a :class:`ValidationError` naming the file, row
and column at fault and what to try.

Rules run against the new store before it replaces the old one, so a store that breaks
them is never swapped in.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from psephos.errors import ValidationError
from psephos.sources.registry import REGISTRY

# Seats won at the 2024 general election, by party: House of Commons Library, CBP-10009,
# "General election 2024 results", Table 1 (UK seats by party).
OFFICIAL_2024_SEATS = {
    "Lab": 411,
    "Con": 121,
    "LD": 72,
    "SNP": 9,
    "SF": 7,
    "Ind": 6,
    "RUK": 5,
    "DUP": 5,
    "Green": 4,
    "PC": 4,
    "SDLP": 2,
    "APNI": 1,
    "UUP": 1,
    "TUV": 1,
    "Spk": 1,
}
GB_SEATS_2024 = 632
FIX = "Restore the official copy of the file (or fix the mirror) and run `psephos build` again."


def _file(source_id: str) -> str:
    for src in REGISTRY:
        if src.source_id == source_id:
            return src.mirror_path
    return source_id


def _first(con: duckdb.DuckDBPyConnection, sql: str) -> tuple | None:
    return con.execute(sql).fetchone()


def _one(con: duckdb.DuckDBPyConnection, sql: str) -> tuple:
    row = con.execute(sql).fetchone()
    if row is None:  # aggregate queries always return a row; this guards the types
        raise ValidationError(f"query returned no row: {sql}")
    return row


def check_seat_counts(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute("""
        SELECT e.election_id, count(c.ons_code) AS n, any_value(c.source_id)
        FROM elections e LEFT JOIN contests c USING (election_id)
        WHERE e.kind IN ('general', 'notional') GROUP BY 1 HAVING n <> 650 ORDER BY 1
    """).fetchall()
    for election, n, source_id in rows:
        raise ValidationError(
            f"{election} has {n} seats, expected 650.",
            file=_file(source_id or election),
            column="ONS ID",
            hint="The file may be truncated or have lost rows. " + FIX,
        )
    missing = _first(
        con,
        """
        SELECT c.election_id, c.ons_code, c.source_id, c.source_row FROM contests c
        ANTI JOIN candidacies k USING (election_id, ons_code) LIMIT 1""",
    )
    if missing:
        election, code, source_id, row = missing
        raise ValidationError(
            f"{election} seat {code} has no candidates.",
            file=_file(source_id),
            row=row,
            column="ONS ID",
            hint="The candidate file may be truncated. " + FIX,
        )


def check_unique_rows(con: duckdb.DuckDBPyConnection) -> None:
    dup = _first(
        con,
        """
        SELECT election_id, ons_code, any_value(source_id), list(source_row ORDER BY source_row)
        FROM contests GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 1""",
    )
    if dup:
        raise ValidationError(
            f"{dup[0]} seat {dup[1]} appears {len(dup[3])} times "
            f"(rows {', '.join(map(str, dup[3]))}).",
            file=_file(dup[2]),
            row=dup[3][1],
            column="ONS ID",
            hint="Delete the duplicated row. " + FIX,
        )
    dup = _first(
        con,
        """
        SELECT election_id, ons_code, party_code, coalesce(given_name, ''), coalesce(family_name, ''),
               any_value(source_id), list(source_row ORDER BY source_row)
        FROM candidacies WHERE party_code <> 'Ind' OR given_name IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1 LIMIT 1""",
    )
    if dup:
        who = f"{dup[3]} {dup[4]} ({dup[2]})".strip()
        raise ValidationError(
            f"{dup[0]} seat {dup[1]}: candidate {who} appears "
            f"{len(dup[6])} times (rows {', '.join(map(str, dup[6]))}).",
            file=_file(dup[5]),
            row=dup[6][1],
            column="Candidate surname",
            hint="Delete the duplicated row. " + FIX,
        )


def check_votes_add_up(con: duckdb.DuckDBPyConnection) -> None:
    bad = _first(
        con,
        """
        SELECT c.election_id, c.ons_code, c.valid_votes, sum(k.votes) AS total, c.source_id,
               c.source_row, any_value(k.source_id)
        FROM contests c JOIN candidacies k USING (election_id, ons_code)
        WHERE c.election_id NOT LIKE 'by-%'
        GROUP BY ALL HAVING total <> c.valid_votes ORDER BY 1, 2 LIMIT 1""",
    )
    if bad:
        election, code, valid, total, src, row, cand_src = bad
        raise ValidationError(
            f"{election} seat {code}: candidate votes add up to {total:,} but valid votes are "
            f"{valid:,} (candidates in {_file(cand_src)}).",
            file=_file(src),
            row=row,
            column="Valid votes",
            hint="A candidate row may be missing, duplicated or mistyped. " + FIX,
        )


def check_majorities(con: duckdb.DuckDBPyConnection) -> None:
    bad = _first(
        con,
        """
        WITH top AS (  -- first and second by position, so a tie gives a gap of 0
          SELECT election_id, ons_code, max(votes) AS v1,
                 (list(votes ORDER BY votes DESC))[2] AS v2
          FROM candidacies GROUP BY 1, 2)
        SELECT c.election_id, c.ons_code, c.official_majority, t.v1 - coalesce(t.v2, 0),
               c.source_id, c.source_row
        FROM contests c JOIN top t USING (election_id, ons_code)
        WHERE c.official_majority IS NOT NULL
          AND c.official_majority <> t.v1 - coalesce(t.v2, 0)
          AND c.election_id NOT LIKE 'by-%'
        ORDER BY 1, 2 LIMIT 1""",
    )
    if bad:
        election, code, majority, gap, src, row = bad
        raise ValidationError(
            f"{election} seat {code}: majority is {majority:,} but first minus second is {gap:,}.",
            file=_file(src),
            row=row,
            column="Majority",
            hint=FIX,
        )


def check_one_winner(con: duckdb.DuckDBPyConnection) -> None:
    bad = _first(
        con,
        """
        SELECT election_id, ons_code, count(*) AS n, any_value(source_id), min(source_row)
        FROM candidacies WHERE rank = 1 GROUP BY 1, 2 HAVING n <> 1 LIMIT 1""",
    )
    if bad:
        raise ValidationError(
            f"{bad[0]} seat {bad[1]} has {bad[2]} candidates tied first: "
            "exactly one winner is expected.",
            file=_file(bad[3]),
            row=bad[4],
            column="Votes",
            hint=FIX,
        )


def check_2024_totals(con: duckdb.DuckDBPyConnection) -> None:
    got = dict(
        con.execute("""
        SELECT party_code, count(*) FROM candidacies
        WHERE election_id = 'ge2024' AND elected GROUP BY 1""").fetchall()
    )
    if got != OFFICIAL_2024_SEATS:
        diff = sorted(set(got) | set(OFFICIAL_2024_SEATS))
        parts = [
            f"{p} {got.get(p, 0)} (official {OFFICIAL_2024_SEATS.get(p, 0)})"
            for p in diff
            if got.get(p, 0) != OFFICIAL_2024_SEATS.get(p, 0)
        ]
        raise ValidationError(
            "2024 seats by party differ from the official totals: " + "; ".join(parts) + ".",
            file=_file("ge2024-candidates"),
            column="Votes",
            hint=FIX,
        )


def check_2024_joins(con: duckdb.DuckDBPyConnection) -> None:
    checks = [
        (
            "census_summary",
            "census-summary-2024",
            "ONSConstID",
            "country <> 'Northern Ireland'",
            GB_SEATS_2024,
        ),
        ("hexes", "hexmap-2024", "hexes", "TRUE", 650),
        ("boundary_overlaps", "overlaps-2010-2024", "to code", "TRUE", 650),
    ]
    for table, source_id, column, where, expected in checks:
        key = "new_code" if table == "boundary_overlaps" else "ons_code"
        joined, example = _one(
            con,
            f"""
            SELECT count(*) FILTER (WHERE t.{key} IS NOT NULL),
                   min(k.ons_code) FILTER (WHERE t.{key} IS NULL)
            FROM constituencies k LEFT JOIN (SELECT DISTINCT {key} FROM "{table}") t
              ON t.{key} = k.ons_code
            WHERE k.boundary_set = '2024' AND {where}""",
        )
        if joined != expected:
            raise ValidationError(
                f"{joined} of the 2024 seats join a row of {table}, expected {expected}"
                + (f" (first missing: {example})" if example else "")
                + ".",
                file=_file(source_id),
                column=column,
                hint=FIX,
            )


RULES: tuple[Callable[[duckdb.DuckDBPyConnection], None], ...] = (
    check_unique_rows,
    check_seat_counts,
    check_votes_add_up,
    check_one_winner,
    check_majorities,
    check_2024_totals,
    check_2024_joins,
)


def validate(con: duckdb.DuckDBPyConnection) -> None:
    """Run every rule; the first that fails raises."""
    for rule in RULES:
        rule(con)


NOTES_SQL = """
    WITH top AS (
      SELECT election_id, ons_code, sum(votes) AS total,
             max(votes) - coalesce((list(votes ORDER BY votes DESC))[2], 0) AS gap
      FROM candidacies GROUP BY 1, 2)
    SELECT c.election_id, c.ons_code, c.source_id, c.source_row, 'Valid votes' AS column_name,
           CASE WHEN c.valid_votes = t.total
                THEN format('the constituency row gives valid votes {:,}, but the candidate votes '
                            'add up to {:,} and their published shares use that total, which '
                            'psephos uses', c.official_valid_votes, t.total)
                ELSE format('candidate votes add up to {:,} but the file gives valid votes {:,}; '
                            'shares use the file''s valid votes', t.total, c.valid_votes)
           END AS note
    FROM contests c JOIN top t USING (election_id, ons_code)
    WHERE c.election_id LIKE 'by-%' AND t.total <> c.official_valid_votes
    UNION ALL
    SELECT c.election_id, c.ons_code, c.source_id, c.source_row, 'Majority',
           format('the file gives majority {:,}; first minus second is {:,}, which psephos uses',
                  c.official_majority, t.gap)
    FROM contests c JOIN top t USING (election_id, ons_code)
    WHERE c.election_id LIKE 'by-%' AND c.official_majority <> t.gap
    ORDER BY 1, 5"""


def collect_notes(con: duckdb.DuckDBPyConnection) -> int:
    """Record, in ``data_notes``, discrepancies in by-election files that the strict
    general-election rules would reject; returns how many there are."""
    con.execute("CREATE TABLE data_notes AS " + NOTES_SQL)
    return int(_one(con, "SELECT count(*) FROM data_notes")[0])
