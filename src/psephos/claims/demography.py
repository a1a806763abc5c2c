"""Census shares and ranks for a seat, on the 2024 boundaries (published) and on the
2010-2019 boundaries (estimated).

Census 2021 figures exist only for the 2024 seats. For an old seat *o* the count of a group
is estimated from the new seats *n* it overlaps, assuming each new seat's composition is
uniform across its parts (areal-weighting by population, as in Goodchild & Lam 1980):

.. math::  \\hat M_o = \\sum_n w_{on} M_n, \\qquad \\hat P_o = \\sum_n w_{on} P_n,
           \\qquad \\hat s_o = \\hat M_o / \\hat P_o

with :math:`w_{on}` the share of new seat *n*'s population that lived in old seat *o*
(``overlaps.pop_share_of_new``). Because the uniformity assumption can be far off, the
estimate carries hard bounds: the part of *n* in *o* (population :math:`p = w_{on}P_n`)
holds at least :math:`\\max(0, M_n - (P_n - p))` and at most :math:`\\min(M_n, p)` members
of the group, whatever the composition.

References
----------
Goodchild, M. F. and Lam, N. S.-N. (1980). Areal interpolation: a variant of the
traditional spatial problem. *Geo-Processing* 1, 297-312.
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


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Found:
    """Run ``sql`` on a cursor of ``con``; the rows as dicts and the query as shown."""
    cur = con.cursor()
    try:
        res = cur.execute(sql, params or [])
        cols = [d[0] for d in res.description]
        rows = [dict(zip(cols, r, strict=True)) for r in res.fetchall()]
    finally:
        cur.close()
    shown = sql
    for p in params or []:
        shown = shown.replace("?", repr(p) if isinstance(p, str) else str(p), 1)
    return Found(rows, " ".join(shown.split()))


#: Words for groups the census counts -> (census_summary column, religion category).
GROUPS: dict[str, tuple[str, str | None]] = {
    "muslim": ("c21Muslim", "Muslim"),
    "muslims": ("c21Muslim", "Muslim"),
    "islamic": ("c21Muslim", "Muslim"),
    "hindu": ("c21Hindu", "Hindu"),
    "hindus": ("c21Hindu", "Hindu"),
    "sikh": ("c21Sikh", "Sikh"),
    "sikhs": ("c21Sikh", "Sikh"),
    "jewish": ("c21Jewish", "Jewish"),
    "jews": ("c21Jewish", "Jewish"),
    "christian": ("c21Christian", "Christian"),
    "christians": ("c21Christian", "Christian"),
    "buddhist": ("c21Buddhist", "Buddhist"),
    "buddhists": ("c21Buddhist", "Buddhist"),
    "asian": ("c21EthnicityAsian", None),
    "black": ("c21EthnicityBlack", None),
    "white": ("c21EthnicityWhite", None),
}

# Count and population per 2024 GB seat: ONS religion counts (England and Wales) where the
# group is a religion, else the summary file's percentage x population (Scotland, ethnicity).
_COUNTS_SQL = """WITH s AS (SELECT ons_code, {col} / 100.0 * c21Population AS m,
  c21Population AS p FROM census_summary WHERE {col} IS NOT NULL),
r AS (SELECT ons_code, sum(count) FILTER (WHERE category = ?) AS m, sum(count) AS p
  FROM census WHERE topic = 'religion' GROUP BY ons_code)
SELECT s.ons_code, coalesce(r.m, s.m) AS m, coalesce(r.p, s.p) AS p,
  CASE WHEN r.m IS NULL THEN 'census-summary-2024' ELSE 'census2021-religion' END AS source_id
FROM s LEFT JOIN r USING (ons_code)"""

_NEW_RANK_SQL = """SELECT ons_code, {col} AS pct, rank() OVER (ORDER BY {col} DESC) AS rank,
  count(*) OVER () AS universe FROM census_summary WHERE {col} IS NOT NULL"""

_OLD_SQL = """WITH n AS ({counts}),
pieces AS (SELECT o.old_code, o.old_name, o.pop_share_of_new * n.p AS pp,
  o.pop_share_of_new * n.m AS pm, n.m, n.p FROM boundary_overlaps o JOIN n ON n.ons_code = o.new_code),
est AS (SELECT old_code, any_value(old_name) AS name, sum(pm) / sum(pp) AS share,
  sum(greatest(0, m - (p - pp))) / sum(pp) AS low, sum(least(m, pp)) / sum(pp) AS high
  FROM pieces GROUP BY old_code)
SELECT *, rank() OVER (ORDER BY share DESC) AS rank, count(*) OVER () AS universe FROM est"""


def _group(group: str) -> tuple[str, str]:
    col, cat = GROUPS[group.lower()]
    return col, cat or "__none__"


def new_seat(con: duckdb.DuckDBPyConnection, ons_code: str, group: str) -> dict[str, Any] | None:
    """The group's share (0-100) and rank in a 2024 seat, from the census summary file."""
    col, cat = _group(group)
    found = run(
        con, f"SELECT * FROM ({_NEW_RANK_SQL.format(col=col)}) WHERE ons_code = ?", [ons_code]
    )
    if not found.rows:
        return None
    row = found.rows[0]
    return {
        "share": float(row["pct"]),
        "rank": int(row["rank"]),
        "universe": int(row["universe"]),
        "query": found.query,
        "source_ids": ["census-summary-2024"],
        "universe_text": f"{int(row['universe'])} seats in Great Britain (2024 boundaries)",
    }


def old_seat(con: duckdb.DuckDBPyConnection, old_code: str, group: str) -> dict[str, Any] | None:
    """Estimated share (0-100), bounds and rank of the group in a 2010-2019 seat."""
    col, cat = _group(group)
    sql = _OLD_SQL.format(counts=_COUNTS_SQL.format(col=col))
    found = run(con, f"SELECT * FROM ({sql}) WHERE old_code = ?", [cat, old_code])
    if not found.rows:
        return None
    row = found.rows[0]
    return {
        "share": 100 * float(row["share"]),
        "low": 100 * float(row["low"]),
        "high": 100 * float(row["high"]),
        "rank": int(row["rank"]),
        "universe": int(row["universe"]),
        "query": found.query,
        "source_ids": ["census2021-religion", "census-summary-2024", "overlaps-2010-2024"],
        "universe_text": f"{int(row['universe'])} seats in Great Britain "
        "(2010-2019 boundaries, estimated)",
        "method": "population-weighted areal interpolation from the 2024 seats "
        "(overlaps.pop_share_of_new), assuming each 2024 seat is uniform; "
        f"hard bounds {100 * row['low']:.1f}-{100 * row['high']:.1f}%",
    }


_CHANGE_SQL = """WITH g AS (SELECT ons_code, {col} AS pct FROM census_summary),
a AS (SELECT ons_code, sum(share) AS share FROM candidacies
  WHERE election_id = ? AND party_code = ? GROUP BY ons_code),
b AS (SELECT ons_code, sum(share) AS share FROM candidacies
  WHERE election_id = ? AND party_code = ? GROUP BY ons_code)
SELECT g.pct >= ? AS in_group, count(*) AS seats, avg(a.share - coalesce(b.share, 0)) AS mean_change,
  median(a.share - coalesce(b.share, 0)) AS median_change,
  sum(CASE WHEN a.share < coalesce(b.share, 0) THEN 1 ELSE 0 END) AS seats_lost_share
FROM g JOIN a USING (ons_code) LEFT JOIN b USING (ons_code) GROUP BY 1 ORDER BY 1 DESC"""


def change_by_group(
    con: duckdb.DuckDBPyConnection,
    group: str,
    party: str,
    *,
    election: str,
    base: str,
    threshold: float,
) -> dict[str, Any]:
    """A party's mean share change (points) in seats where the group is at least
    ``threshold`` per cent of residents, and in the other GB seats (one row per seat: the
    party's candidates summed; independents are not a party and are refused by the
    caller)."""
    col, _ = _group(group)
    found = run(con, _CHANGE_SQL.format(col=col), [election, party, base, party, threshold])
    by = {bool(r["in_group"]): r for r in found.rows}
    return {"in": by.get(True), "out": by.get(False), "query": found.query}
