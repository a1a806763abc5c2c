"""Candidates by seat: every candidacy of one election, read once per store and election.

The same rows as the candidate table of :func:`psephos.analysis.seat.seat_profile`
(``psephos seat``), for callers that ask about many seats at once (the claim checker
sweeping a story, a test sweeping every seat) without building a whole seat profile each
time. ``rank`` is the official finishing position; ``share`` is votes / valid votes.
"""

from __future__ import annotations

from typing import Any

from psephos.analysis.frame import DB
from psephos.store.connect import connect, memo

COLUMNS = (
    "name",
    "party_code",
    "party_name",
    "votes",
    "share",
    "rank",
    "elected",
    "sitting_mp",
    "member_id",
    "source_id",
)


def seat_candidates(election: str, ons_code: str, *, db: DB = None) -> list[dict[str, Any]]:
    """The candidates in ``ons_code`` at ``election`` (a general, notional or by-election
    id), first place first: dicts with :data:`COLUMNS`; empty when the seat was not
    contested then.

    Examples
    --------
    >>> [c["name"] for c in seat_candidates("ge2024", "E14001174")][:2]   # doctest: +SKIP
    ['Nigel Farage', 'Giles Watling']
    """
    con = connect(db)
    table = memo(con, f"analysis.candidates:{election}", lambda: _read(con, election))
    return [dict(r) for r in table.get(ons_code, [])]


def _read(con: Any, election: str) -> dict[str, list[dict[str, Any]]]:
    cur = con.execute(
        """SELECT ons_code,
                  trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) AS name,
                  party_code, party_name, votes, share, rank, elected, sitting_mp, member_id,
                  source_id
           FROM candidacies WHERE election_id = ? ORDER BY ons_code, rank, family_name""",
        [election],
    )
    names = [d[0] for d in cur.description]
    out: dict[str, list[dict[str, Any]]] = {}
    for row in cur.fetchall():
        rec = dict(zip(names, row, strict=True))
        out.setdefault(str(rec.pop("ons_code")), []).append(rec)
    return out
