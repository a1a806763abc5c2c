"""By-elections: each result against the previous general election in the same seat.

A by-election is compared with the latest general election held before it on the same
boundaries (so a 2021 by-election with the 2019 general election). Change and swing are
in shares of valid votes; Reform UK is compared with the Brexit Party, its former name;
"changed hands" means the winning party differs from the general-election winner (the
official result text, "Con gain from Lab", says the same).

>>> t = by_elections(parliament="ge2019")                   # doctest: +SKIP
>>> t.loc[t["name"] == "Hartlepool", ["winner", "previous_winner", "majority"]]  # doctest: +SKIP
  winner previous_winner  majority
0    Con             Lab      6940
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB, predecessor_map, seat_frame
from psephos.analysis.swing import butler_swing
from psephos.errors import NotFoundError
from psephos.store.connect import connect, memo

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

GENERAL = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")
COLUMNS = [
    "election_id",
    "date",
    "ons_code",
    "name",
    "country",
    "region",
    "winner",
    "second",
    "majority",
    "valid_votes",
    "electorate",
    "turnout",
    "result_text",
    "previous_general",
    "previous_winner",
    "previous_majority",
    "changed_hands",
    "source_id",
]


def by_elections(*, parliament: str | None = None, db: DB = None) -> pd.DataFrame:
    """Every by-election in the store with the previous general election in its seat.

    Parameters
    ----------
    parliament : a general election id (``ge2019``): only the by-elections held after it
        and before the next general election. None: all.

    Returns
    -------
    DataFrame
        columns :data:`COLUMNS`, in date order. ``turnout`` is valid votes / electorate;
        ``previous_*`` come from ``previous_general`` in the same seat (NaN when the seat
        was not contested then).
    """
    con = connect(db)
    table = memo(con, "analysis.byelections.table", lambda: _table(con, db)).copy()
    if parliament is None:
        return table
    if parliament not in GENERAL:
        raise NotFoundError(
            f"No parliament elected at '{parliament}'.",
            hint="Use a general election id: " + ", ".join(GENERAL) + ".",
        )
    return table[table["previous_general"] == parliament].reset_index(drop=True)


def _table(con: duckdb.DuckDBPyConnection, db: DB) -> pd.DataFrame:
    import pandas as pd

    elections = con.execute(
        "SELECT election_id, kind, date, boundary_set FROM elections ORDER BY date"
    ).fetchall()
    generals = [(e, pd.Timestamp(d), b) for e, k, d, b in elections if e in GENERAL]
    rows = con.execute(
        """SELECT c.election_id, e.date, c.ons_code, s.name, s.country, s.region,
                  c.winner_party AS winner, c.second_party AS second, c.majority,
                  c.valid_votes, c.electorate, c.result_text, c.source_id, e.boundary_set
           FROM contests c JOIN elections e USING (election_id)
           LEFT JOIN constituencies s ON s.ons_code = c.ons_code
                AND s.boundary_set = e.boundary_set
           WHERE e.kind = 'by-election' ORDER BY e.date, c.election_id"""
    ).df()
    renames = {old: new for new, old in predecessor_map(db=db).items()}
    prev_general, prev_winner, prev_majority = [], [], []
    frames = {e: seat_frame(e, db=db).set_index("ons_code") for e, _, _ in generals}
    for date, code, bset in zip(rows["date"], rows["ons_code"], rows["boundary_set"], strict=True):
        when = pd.Timestamp(str(date))
        before = [e for e, d, b in generals if d < when and str(b) == str(bset)]
        eid = before[-1] if before else None
        prev_general.append(eid)
        seat: dict[str, Any] | None = (
            {str(k): v for k, v in frames[eid].loc[str(code)].items()}
            if eid and code in frames[eid].index
            else None
        )
        winner = str(seat["winner"]) if seat is not None else None
        prev_winner.append(renames.get(winner, winner) if winner else None)
        prev_majority.append(float(seat["majority"]) if seat is not None else float("nan"))
    rows["previous_general"] = prev_general
    rows["previous_winner"] = prev_winner
    rows["previous_majority"] = prev_majority
    rows["turnout"] = rows["valid_votes"] / rows["electorate"]
    rows["changed_hands"] = rows["previous_winner"].notna() & (
        rows["winner"] != rows["previous_winner"]
    )
    rows["date"] = pd.to_datetime(rows["date"]).dt.date
    return rows[COLUMNS]


def by_election_swing(election_id: str, from_party: str, to_party: str, *, db: DB = None) -> float:
    """Butler swing from ``from_party`` to ``to_party`` at a by-election against the
    previous general election in the same seat (shares of valid votes; a fraction).

    Raises
    ------
    NotFoundError
        when ``election_id`` is not a by-election in the store, or has no previous general
        election in its seat.
    """
    table = by_elections(db=db)
    hit = table[table["election_id"] == election_id]
    if hit.empty:
        raise NotFoundError(f"No by-election '{election_id}'.")
    row = hit.iloc[0]
    if row["previous_general"] is None:
        raise NotFoundError(f"{election_id} has no previous general election in its seat.")
    renames = {old: new for new, old in predecessor_map(db=db).items()}

    def shares(eid: str) -> dict[str, float]:
        from psephos.analysis.seat import seat_profile

        out: dict[str, float] = {}
        for c in seat_profile(str(row["ons_code"]), election=eid, db=db).candidates:
            code = renames.get(c["party_code"], c["party_code"])
            out[code] = out.get(code, 0.0) + float(c["share"])
        return out

    before, after = shares(str(row["previous_general"])), shares(election_id)
    return float(
        butler_swing(
            before.get(from_party, 0.0),
            before.get(to_party, 0.0),
            after.get(from_party, 0.0),
            after.get(to_party, 0.0),
        )
    )


def gains_at_dissolution(election: str, *, db: DB = None) -> pd.DataFrame | None:
    """The seats that changed hands at general election ``election`` against the party
    holding each seat at dissolution (the previous general election's winner, or the
    winner of the last by-election since): the count some tallies use ("the Conservatives
    made seven gains in Wales" in 2019, counting Brecon and Radnorshire, won by the Liberal
    Democrats at a by-election, although its official result is a hold).

    Returns
    -------
    DataFrame or None
        ons_code, name, country, region, holder (at dissolution), winner; None when the
        previous general election used other boundaries (no seat-by-seat holder then) or
        ``election`` has no previous general election in the store.

    Computed once per store and election and handed out as a shallow copy (copy-on-write:
    a caller that changes its copy changes nothing for the next).
    """
    table = memo(
        connect(db),
        f"analysis.byelections.gains_at_dissolution:{election}",
        lambda: _gains_at_dissolution(election, db),
    )
    return None if table is None else table.copy(deep=False)


def _gains_at_dissolution(election: str, db: DB) -> pd.DataFrame | None:
    """:func:`gains_at_dissolution` computed."""
    from psephos.analysis.frame import PREVIOUS

    prev = PREVIOUS.get(election)
    if prev not in GENERAL:
        return None
    now = seat_frame(election, db=db)
    before = seat_frame(prev, db=db)
    holder: dict[str, str] = {
        str(c): str(w) for c, w in zip(before["ons_code"], before["winner"], strict=True)
    }
    later = by_elections(parliament=prev, db=db).sort_values("date")
    for code, winner in zip(later["ons_code"], later["winner"], strict=True):
        holder[str(code)] = str(winner)
    renames = {str(old): str(new) for new, old in predecessor_map(db=db).items()}
    at_end = {c: renames.get(w, w) for c, w in holder.items()}
    held = [at_end.get(str(c), "") for c in now["ons_code"]]
    out = now.assign(holder=held)
    out = out[(out["holder"] != "") & (out["holder"] != out["winner"])]
    return out[["ons_code", "name", "country", "region", "holder", "winner"]].reset_index(drop=True)
