"""Build-time validation: each rule raises a :class:`ValidationError` naming the file, row
and column at fault and what to try.

Rules run against the new store before it replaces the old one, so a store that breaks
them is never swapped in.
"""

from __future__ import annotations

import re
import unicodedata
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


# Published shares (the candidate files' Share column) are rounded to six decimals, so a
# share agrees with votes / valid votes when they differ by at most one unit in the sixth
# decimal (rounding allows half a unit; the other half absorbs float error).
SHARE_TOLERANCE = 1e-6
_RESULT = re.compile(
    r"^\s*(?P<winner>.+?)\s+(?:(?P<hold>hold)|gain\s+from\s+(?P<loser>.+?))\s*$", re.I
)


def _squash(text: str) -> str:
    """Letters and digits only, lower case, accents dropped: "Sinn Féin" -> "sinnfein"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^0-9a-z]", "", plain)


def _abbreviates(abbr: str, name: str) -> bool:
    """``abbr`` is an abbreviation of ``name``: its letters appear in order in the name,
    starting with the name's first letter ("Lab Coop" ~ "Labour and Co-operative",
    "KHHC" ~ "Kidderminster Hospital and Health Concern", "Respect" ~ "Respect Party")."""
    a, n = _squash(abbr), _squash(name)
    if not a or not n or a[0] != n[0]:
        return False
    rest = iter(n)
    return all(ch in rest for ch in a)


class _Parties:
    """Says whether a party as written in a results file (a code, or an abbreviation the
    store does not know) is the party of a candidate (code and name)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        rows = con.execute("SELECT party_code, predecessor FROM parties").fetchall()
        self.codes = {code.lower(): code for code, _ in rows if code}
        self.lineage = {code: pred for code, pred in rows if code and pred}

    def same(self, written: str, code: str, name: str | None) -> bool:
        known = self.codes.get(written.strip().lower())
        if known is not None:
            return (
                known == code or self.lineage.get(known) == code or self.lineage.get(code) == known
            )
        return _abbreviates(written, name or "") or _abbreviates(written, code)


def check_declared_winner(con: duckdb.DuckDBPyConnection) -> None:
    """The winner a constituency file declares (its 'First party' column and the party
    in its 'Result' text) is the party of the candidate with the most votes."""
    parties = _Parties(con)
    rows = con.execute("""
        SELECT c.election_id, c.ons_code, c.winner_party, c.result_text, c.source_id,
               c.source_row, k.party_code, k.party_name, k.votes, k.source_id
        FROM contests c JOIN candidacies k
          ON k.election_id = c.election_id AND k.ons_code = c.ons_code AND k.rank = 1
        JOIN elections e ON e.election_id = c.election_id
        WHERE e.kind <> 'notional'
        ORDER BY 1, 2""").fetchall()
    for election, code, declared, text, src, row, party, name, votes, cand_src in rows:
        found = _RESULT.match(text or "")
        checks = [("First party", declared)]
        if found:
            checks.append(("Result", found["winner"]))
        for column, written in checks:
            if written and not parties.same(written, party, name):
                raise ValidationError(
                    f"{election} seat {code}: the declared winner is {written}, but the "
                    f"candidate with the most votes ({votes:,}, in {_file(cand_src)}) "
                    f"is {party}.",
                    file=_file(src),
                    row=row,
                    column=column,
                    hint="Votes may have been swapped or mistyped in one of the two files. " + FIX,
                )


def check_hold_gain(con: duckdb.DuckDBPyConnection) -> None:
    """'X hold' follows a win by X at the seat's previous general election (on the same
    boundaries, or the notional result where boundaries changed; by-elections in between
    do not count, as in the Commons Library's files: Bradford West 2015 is a Labour hold
    after Respect won the 2012 by-election). 'X gain from Y' follows a win by someone
    other than X, and Y is that winner's party or the party of a sitting member standing
    again (Blaenau Gwent 2010 is a gain from the party of the 2006 by-election's winner)."""
    parties = _Parties(con)
    rows = con.execute("""
        WITH cur AS (
          SELECT c.election_id, c.ons_code, c.result_text, c.source_id, c.source_row,
                 e.boundary_set, e.date
          FROM contests c JOIN elections e USING (election_id)),
        general AS (
          SELECT c.election_id, c.ons_code, e.boundary_set, e.date
          FROM contests c JOIN elections e USING (election_id)
          WHERE e.kind IN ('general', 'notional')),
        c AS (
          SELECT cur.*, g.election_id AS previous
          FROM cur ASOF JOIN general g
            ON g.ons_code = cur.ons_code AND g.boundary_set = cur.boundary_set
           AND cur.date > g.date),
        sitting AS (
          SELECT election_id, ons_code, list(DISTINCT party_code) AS codes,
                 list(DISTINCT coalesce(party_name, party_code)) AS names
          FROM candidacies WHERE sitting_mp GROUP BY 1, 2)
        SELECT c.election_id, c.ons_code, c.result_text, c.source_id, c.source_row,
               c.previous, w.party_code, w.party_name, s.codes, s.names
        FROM c JOIN candidacies w
          ON w.election_id = c.previous AND w.ons_code = c.ons_code AND w.rank = 1
        LEFT JOIN sitting s ON s.election_id = c.election_id AND s.ons_code = c.ons_code
        WHERE c.previous IS NOT NULL
        ORDER BY 1, 2""").fetchall()
    for election, code, text, src, row, previous, party, name, s_codes, s_names in rows:
        found = _RESULT.match(text or "")
        if not found:
            continue
        if found["hold"]:
            ok, claim = parties.same(found["winner"], party, name), "a hold"
        else:
            members = list(zip(s_codes or [], s_names or [], strict=False))
            loser = found["loser"]
            ok = not parties.same(found["winner"], party, name) and (
                parties.same(loser, party, name)
                or any(parties.same(loser, c, n) for c, n in members)
            )
            claim = f"a gain from {loser}"
        if not ok:
            raise ValidationError(
                f"{election} seat {code}: the result '{text.strip()}' says {claim}, but "
                f"{party} won the seat at {previous}.",
                file=_file(src),
                row=row,
                column="Result",
                hint="The winner or the result text may be wrong in this file. " + FIX,
            )


def check_shares(con: duckdb.DuckDBPyConnection) -> None:
    """Each published share (the candidate files' 'Share' column) agrees with votes /
    valid votes within :data:`SHARE_TOLERANCE`, at general elections and notional results.
    (By-election files publish shares on other totals; their differences are kept in
    data_notes when the totals differ.)"""
    bad = _first(
        con,
        f"""
        SELECT k.election_id, k.ons_code, k.party_code, k.votes, c.valid_votes,
               k.official_share, k.share, k.source_id, k.source_row
        FROM candidacies k JOIN contests c USING (election_id, ons_code)
        JOIN elections e USING (election_id)
        WHERE e.kind <> 'by-election' AND k.official_share IS NOT NULL
          AND abs(k.official_share - k.share) > {SHARE_TOLERANCE}
        ORDER BY abs(k.official_share - k.share) DESC LIMIT 1""",
    )
    if bad:
        election, code, party, votes, valid, official, share, src, row = bad
        raise ValidationError(
            f"{election} seat {code}: {party}'s share is given as {official:.6f}, but "
            f"{votes:,} votes of {valid:,} valid votes is {share:.6f}.",
            file=_file(src),
            row=row,
            column="Share",
            hint="The share, the votes or the valid votes may be mistyped. " + FIX,
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
    check_declared_winner,
    check_hold_gain,
    check_shares,
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
