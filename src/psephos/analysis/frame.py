"""Seat-level frames: one row per seat of an election, the shape every analysis starts from.

:func:`seat_frame` joins each contest to its constituency and adds the derived measures
(majority as a share, winner and runner-up shares); :func:`party_votes` gives votes and
shares by party per seat; :func:`census_frame` gives the census measures per seat. They
are read once per store and election and cached (the store is read-only), so a ranking
or a regression over 650 seats costs a few milliseconds.

Definitions follow ``docs/store.md``: share = votes / valid votes, majority = votes of
first − votes of second, turnout = valid votes / electorate.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from psephos._suggest import suggest
from psephos.errors import NotFoundError
from psephos.store.connect import connect, memo

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

DB = str | os.PathLike[str] | None

# The comparison used for "change": the previous general election on the same
# boundaries, or the notional result when the boundaries changed.
PREVIOUS: dict[str, str] = {
    "ge2010": "notional2005",
    "ge2015": "ge2010",
    "ge2017": "ge2015",
    "ge2019": "ge2017",
    "ge2024": "notional2019",
}
SEAT_ELECTIONS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024", "notional2005", "notional2019")
_YEAR = re.compile(r"^(?:ge)?(\d{4})$", re.IGNORECASE)


@dataclass(frozen=True)
class Election:
    """A seat-level election in the store and the one it is compared with."""

    election_id: str
    title: str
    boundary_set: str
    previous: str | None
    previous_title: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "election_id": self.election_id,
            "title": self.title,
            "boundary_set": self.boundary_set,
            "previous": self.previous,
            "previous_title": self.previous_title,
        }


def resolve_election(election: str | int, *, db: DB = None) -> Election:
    """The election named ``election`` (``ge2024``, ``2024``, ``notional2019``).

    Raises
    ------
    NotFoundError
        when the store has no seat-level results for it, listing the ones it has.
    """
    con = connect(db)
    text = str(election).strip().lower()
    match = _YEAR.match(text)
    eid = f"ge{match.group(1)}" if match else text
    table = _elections(con)
    titles = {k: v[0] for k, v in table.items()}
    if eid not in SEAT_ELECTIONS or eid not in titles:
        what = (
            "No election given" if not text else f"No seat-level results for election '{election}'"
        )
        if text.startswith("by-"):
            what = f"'{election}' is a by-election; by-elections cannot be ranked or summarised"
        raise NotFoundError(
            what + ".",
            suggestions=suggest(text, SEAT_ELECTIONS)
            if text and not text.startswith("by-")
            else (),
            hint="Seat-level results exist for "
            + ", ".join(SEAT_ELECTIONS)
            + " (or a year, 2010–2024); the party-level series gives summaries for 1918–2005 "
            "(e.g. `psephos summary --election 1997`); `psephos seat NAME` shows a seat's "
            "by-elections.",
        )
    prev = PREVIOUS.get(eid)
    return Election(
        eid, titles[eid], str(table[eid][1] or ""), prev, titles.get(prev) if prev else None
    )


def _elections(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    def read() -> dict[str, tuple[str, str]]:
        rows = con.execute("SELECT election_id, title, boundary_set FROM elections").fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    return memo(con, "analysis.frame.elections", read)


def seat_frame(election: str | int = "ge2024", *, db: DB = None) -> pd.DataFrame:
    """One row per seat: ons_code, name, country, region, electorate, valid_votes, turnout,
    majority, majority_share, winner, second, winner_name, second_name, winner_share,
    second_share, candidates, source_id, invalid_votes (rejected ballots, where the results
    file gives them) (a copy; safe to modify)."""
    con = connect(db)
    eid = resolve_election(election, db=db).election_id
    return _seat_frame(con, eid).copy(deep=False)  # copy-on-write: safe to modify


def party_votes(election: str | int = "ge2024", *, db: DB = None) -> pd.DataFrame:
    """Votes and share by party per seat: ons_code, party_code, votes, share, candidates,
    best_rank (independents are summed under ``Ind`` here)."""
    con = connect(db)
    eid = resolve_election(election, db=db).election_id
    return _party_votes(con, eid).copy(deep=False)  # copy-on-write: safe to modify


def census_frame(topic: str = "summary", *, db: DB = None) -> pd.DataFrame:
    """Census shares per 2024 seat, wide: index ons_code, one column per category
    (shares in [0, 1]; ``Population`` and ``PopulationDensity`` as counts)."""
    con = connect(db)
    topics = _census_topics(con)
    if topic not in topics:
        raise NotFoundError(f"No census topic '{topic}'.", suggestions=suggest(topic, topics))
    return _census_wide(con, topic).copy(deep=False)  # copy-on-write: safe to modify


def census_categories(*, db: DB = None) -> dict[str, list[str]]:
    """Census topic -> its categories."""
    con = connect(db)
    return {t: list(_census_wide(con, t).columns) for t in _census_topics(con)}


def predecessor_map(*, db: DB = None) -> dict[str, str]:
    """Party code -> the code it was known by before (``RUK`` -> ``BRX``)."""
    con = connect(db)
    return _predecessors(con)


def party_names(*, db: DB = None) -> dict[str, str]:
    """Party code -> short name."""
    con = connect(db)
    return dict(_party_dict(con, "short_name"))


def party_colours(*, db: DB = None) -> dict[str, str]:
    """Party code -> colour (hex)."""
    con = connect(db)
    return dict(_party_dict(con, "colour"))


def _party_dict(con: duckdb.DuckDBPyConnection, column: str) -> dict[str, str]:
    def read() -> dict[str, str]:
        frame = _parties(con)
        return dict(zip(frame["party_code"], frame[column], strict=True))

    return memo(con, f"analysis.frame.party_dict:{column}", read)


def plain_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its text columns held as Python strings (``object``), in place.

    pandas 3 reads DuckDB's text as arrow-backed ``str`` columns, whose per-call cost
    (``take``, boolean masks, iteration) is three to four times an object column's on the
    650-row frames every analysis filters thousands of times; the frames read once per
    store are converted once here. Values are unchanged (a missing text stays ``NaN``, as
    in the ``str`` column): ``tests/test_claims_perf_eval.py`` compares the two."""
    import pandas as pd

    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.StringDtype):
            frame[column] = frame[column].astype(object)
    return frame


def _seat_frame(con: duckdb.DuckDBPyConnection, eid: str) -> pd.DataFrame:
    import pandas as pd

    from psephos.store.facts import kept

    read = lambda: _read_seat_frame(con, eid)  # noqa: E731
    return kept(con, f"analysis.frame.seat_frame:{eid}", read, pd.DataFrame)


def _read_seat_frame(con: duckdb.DuckDBPyConnection, eid: str) -> pd.DataFrame:
    frame = con.execute(
        """
        WITH ranked AS (
            SELECT ons_code,
                   max(CASE WHEN rank = 1 THEN coalesce(trim(concat_ws(' ', given_name,
                       family_name)), party_name) END) AS winner_name,
                   max(CASE WHEN rank = 2 THEN coalesce(trim(concat_ws(' ', given_name,
                       family_name)), party_name) END) AS second_name,
                   max(CASE WHEN rank = 1 THEN share END) AS winner_share,
                   max(CASE WHEN rank = 2 THEN share END) AS second_share,
                   count(*) AS candidates
            FROM candidacies WHERE election_id = $e GROUP BY ons_code)
        SELECT c.ons_code, k.name, k.country, k.region, c.electorate, c.valid_votes,
               c.turnout, c.majority, c.majority / c.valid_votes AS majority_share,
               c.winner_party AS winner, c.second_party AS second,
               nullif(r.winner_name, '') AS winner_name,
               nullif(r.second_name, '') AS second_name,
               r.winner_share, r.second_share, r.candidates, c.source_id, c.invalid_votes
        FROM contests c
        JOIN elections e USING (election_id)
        JOIN constituencies k ON k.ons_code = c.ons_code AND k.boundary_set = e.boundary_set
        JOIN ranked r ON r.ons_code = c.ons_code
        WHERE c.election_id = $e
        ORDER BY k.name
        """,
        {"e": eid},
    ).df()
    return plain_strings(frame)


def _party_votes(con: duckdb.DuckDBPyConnection, eid: str) -> pd.DataFrame:
    import pandas as pd

    from psephos.store.facts import kept

    read = lambda: _read_party_votes(con, eid)  # noqa: E731
    return kept(con, f"analysis.frame.party_votes:{eid}", read, pd.DataFrame)


def _read_party_votes(con: duckdb.DuckDBPyConnection, eid: str) -> pd.DataFrame:
    frame = con.execute(
        """
        SELECT ons_code, party_code, sum(votes)::BIGINT AS votes, sum(share) AS share,
               count(*) AS candidates, min(rank) AS best_rank
        FROM candidacies WHERE election_id = $e
        GROUP BY ons_code, party_code
        ORDER BY ons_code, party_code
        """,
        {"e": eid},
    ).df()
    return plain_strings(frame)


def _census_topics(con: duckdb.DuckDBPyConnection) -> tuple[str, ...]:
    def read() -> tuple[str, ...]:
        sql = "SELECT DISTINCT topic FROM census ORDER BY topic = 'summary' DESC, topic"
        return tuple(r[0] for r in con.execute(sql).fetchall())

    return memo(con, "analysis.frame.census_topics", read)


def _census_wide(con: duckdb.DuckDBPyConnection, topic: str) -> pd.DataFrame:
    return memo(con, f"analysis.frame.census_wide:{topic}", lambda: _read_census(con, topic))


def _read_census(con: duckdb.DuckDBPyConnection, topic: str) -> pd.DataFrame:
    long = con.execute(
        "SELECT ons_code, category, coalesce(share, count) AS value FROM census "
        "WHERE topic = ? AND boundary_set = '2024'",
        [topic],
    ).df()
    wide = long.pivot_table(index="ons_code", columns="category", values="value", aggfunc="first")
    wide.columns.name = None
    return wide


def _parties(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    sql = "SELECT party_code, short_name, colour, predecessor FROM parties"
    return memo(con, "analysis.frame.parties", lambda: plain_strings(con.execute(sql).df()))


def _predecessors(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    def read() -> dict[str, str]:
        frame = _parties(con)
        frame = frame[frame["predecessor"].notna()]
        return dict(zip(frame["party_code"], frame["predecessor"], strict=True))

    return memo(con, "analysis.frame.predecessors", read)
