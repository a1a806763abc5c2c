"""Swing between two parties, per seat and in aggregate, and the seats that changed hands.

Butler swing from A to B is the average of B's gain and A's loss in shares of all votes;
Steed (two-party) swing is the change in B's share of the two-party vote::

    butler = ((B2 - B1) + (A1 - A2)) / 2
    steed  = b2 - b1,  with b = B / (A + B)

Shares are fractions of valid votes (0–1); swings are therefore fractions too (multiply by
100 for percentage points). Change is measured against the previous general election on
the same boundaries, or the notional result when boundaries changed (2024 against the
notional 2019 result on the 2024 boundaries). Reform UK is compared with the Brexit Party,
which it was renamed from (``parties.predecessor``).

The Speaker's seat is left out of every seat swing and aggregate: the main parties
traditionally do not stand against the Speaker, so a seat where the Speaker stood at either
election shows a "swing" that is an artefact of who stood (Glasgow North East and Buckingham
would top the Con-Lab swing of 2010). Every result that leaves it out says so.

References
----------
.. [1] Butler, D. E. & Stokes, D. (1969). *Political Change in Britain*. Macmillan
       (the "Butler swing").
.. [2] Steed, M. (1965). "An analysis of the results", in Butler, D. E. & King, A.
       *The British General Election of 1964*. Macmillan (two-party swing).
.. [3] Curtice, J. & Steed, M. (1982). "Electoral choice and the production of government".
       *British Journal of Political Science* 12(3), 249–298.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import (
    DB,
    Election,
    party_votes,
    predecessor_map,
    resolve_election,
    seat_frame,
)
from psephos.analysis.metrics import apply_filters
from psephos.analysis.seat_swing import (
    SPEAKER,
    _codes,
    butler_swing,
    check_stood,
    parse_pair,
    previous_shares,
    seat_swing,
    share_table,
    speaker_note,
    speaker_seats,
    steed_swing,
    with_speaker_excluded,
)
from psephos.errors import InputError

__all__ = [
    "SPEAKER",
    "aggregate_swing",
    "butler_swing",
    "changed_hands",
    "check_stood",
    "gains_matrix",
    "gains_report",
    "gains_summary",
    "parse_pair",
    "previous_shares",
    "seat_swing",
    "share_table",
    "speaker_note",
    "speaker_seats",
    "steed_swing",
    "swing_report",
    "with_speaker_excluded",
]

if TYPE_CHECKING:
    import pandas as pd


def aggregate_swing(
    from_party: str,
    to_party: str,
    *,
    election: str | int = "ge2024",
    db: DB = None,
    where: list[str] | tuple[str, ...] = (),
) -> dict[str, Any]:
    """Swing over a set of seats: Butler and Steed swing on the summed votes, and the mean
    and median of the seat swings.

    Returns
    -------
    dict
        from, to, election, compared_with, n_seats, universe, a_prev, b_prev, a_now,
        b_now (aggregate shares), butler, steed (on aggregate shares), mean_butler,
        median_butler, mean_steed, note.
    """
    return _aggregate(from_party, to_party, election=election, where=where, db=db)[0]


def _aggregate(
    from_party: str,
    to_party: str,
    *,
    election: str | int,
    where: list[str] | tuple[str, ...],
    db: DB,
) -> tuple[dict[str, Any], pd.DataFrame]:
    """aggregate_swing's dict and the per-seat swings of its universe (filters applied once)."""

    a, b = _codes(from_party, to_party, election, db)
    el = resolve_election(election, db=db)
    seats, universe = apply_filters(where, election=el.election_id, db=db)
    in_universe = set(seats["ons_code"])
    speaker = {c: n for c, n in speaker_seats(el.election_id, db=db).items() if c in in_universe}
    codes = in_universe - set(speaker)
    universe = with_speaker_excluded(universe, speaker, len(codes))
    check_stood((a, b), election=el.election_id, seats=codes, universe=universe, db=db)
    per_seat = seat_swing(a, b, election=el.election_id, db=db)
    per_seat = per_seat[per_seat["ons_code"].isin(codes)].reset_index(drop=True)

    def totals(eid: str, renames: dict[str, str]) -> tuple[float, float]:
        votes = party_votes(eid, db=db)
        votes = votes[votes["ons_code"].isin(codes)]
        total = float(votes["votes"].sum())
        party = votes["party_code"].replace(renames)
        return (
            float(votes.loc[party == a, "votes"].sum()) / total,
            float(votes.loc[party == b, "votes"].sum()) / total,
        )

    renames = {old: new for new, old in predecessor_map(db=db).items()}
    a1, b1 = totals(str(el.previous), renames)
    a2, b2 = totals(el.election_id, {})
    linked = [
        f"{new} is compared with {old}"
        for new, old in predecessor_map(db=db).items()
        if new in (a, b)
    ]
    if speaker:
        linked.append(
            "the Speaker's seat is left out (the main parties traditionally do not stand "
            "against the Speaker)"
        )
    agg = {
        "from": a,
        "to": b,
        "election": el.election_id,
        "compared_with": el.previous,
        "n_seats": int(len(per_seat)),
        "universe": universe,
        "a_prev": a1,
        "b_prev": b1,
        "a_now": a2,
        "b_now": b2,
        "butler": float(butler_swing(a1, b1, a2, b2)),
        "steed": float(steed_swing(a1, b1, a2, b2)),
        "mean_butler": float(per_seat["butler"].mean()),
        "median_butler": float(per_seat["butler"].median()),
        "mean_steed": float(per_seat["steed"].mean()),
        "note": "; ".join([f"Shares of valid votes; change vs {el.previous_title}"] + linked),
    }
    return agg, per_seat


def changed_hands(*, election: str | int = "ge2024", db: DB = None) -> pd.DataFrame:
    """Every seat whose winning party differs from the comparison election's winner.

    Returns
    -------
    DataFrame
        ons_code, name, country, region, previous_winner, winner, winner_name, majority,
        majority_share (for ge2024 the previous winner is the notional 2019 winner; Brexit
        Party is shown as its successor code RUK).
    """
    from psephos.store.connect import connect, memo

    el = resolve_election(election, db=db)
    if el.previous is None:
        raise InputError(f"{el.title} has no comparison election.", hint="Use ge2010–ge2024.")
    # computed once per store and election (the claim checker asks for it in every area a
    # gains claim may be about); callers get a copy, safe to modify
    table: pd.DataFrame = memo(
        connect(db), f"analysis.swing.changed_hands:{el.election_id}", lambda: _changed(el, db)
    )
    return table.copy()


def _changed(el: Election, db: DB) -> pd.DataFrame:
    now = seat_frame(el.election_id, db=db)
    prev = seat_frame(str(el.previous), db=db)[["ons_code", "winner"]]
    renames = {old: new for new, old in predecessor_map(db=db).items()}
    prev = prev.assign(winner=prev["winner"].replace(renames)).rename(
        columns={"winner": "previous_winner"}
    )
    merged = now.merge(prev, on="ons_code", how="left")
    out = merged[merged["previous_winner"] != merged["winner"]]
    cols = [
        "ons_code",
        "name",
        "country",
        "region",
        "previous_winner",
        "winner",
        "winner_name",
        "majority",
        "majority_share",
    ]
    return out[cols].sort_values(["winner", "name"], ignore_index=True)


def gains_matrix(*, election: str | int = "ge2024", db: DB = None) -> pd.DataFrame:
    """Seats by previous winner (rows) and new winner (columns), including holds on the
    diagonal, with ``Total`` margins. Also see :func:`gains_summary`."""
    import pandas as pd

    el = resolve_election(election, db=db)
    if el.previous is None:
        raise InputError(f"{el.title} has no comparison election.", hint="Use ge2010–ge2024.")
    now = seat_frame(el.election_id, db=db)[["ons_code", "winner"]]
    prev = seat_frame(el.previous, db=db)[["ons_code", "winner"]]
    renames = {old: new for new, old in predecessor_map(db=db).items()}
    prev = prev.assign(winner=prev["winner"].replace(renames))
    both = now.merge(prev, on="ons_code", suffixes=("", "_prev"))
    table = pd.crosstab(both["winner_prev"], both["winner"], margins=True, margins_name="Total")
    table.index.name, table.columns.name = "previous", "now"
    return table


def gains_summary(*, election: str | int = "ge2024", db: DB = None) -> pd.DataFrame:
    """Per party: seats now, seats before, gains, losses and net change.

    Returns
    -------
    DataFrame
        party_code, seats, previous_seats, gains, losses, net (sorted by seats).
    """
    import pandas as pd

    matrix = gains_matrix(election=election, db=db).drop(index="Total", columns="Total")
    parties = sorted(set(matrix.index) | set(matrix.columns))
    matrix = matrix.reindex(index=parties, columns=parties, fill_value=0)
    grid = matrix.to_numpy()
    rows = []
    for i, p in enumerate(parties):
        held = int(grid[i, i])
        seats, before = int(grid[:, i].sum()), int(grid[i, :].sum())
        rows.append(
            {
                "party_code": p,
                "seats": seats,
                "previous_seats": before,
                "gains": seats - held,
                "losses": before - held,
                "net": seats - before,
            }
        )
    return pd.DataFrame(rows).sort_values(
        ["seats", "previous_seats"], ascending=False, ignore_index=True
    )


def swing_report(
    from_party: str,
    to_party: str,
    *,
    election: str | int = "ge2024",
    where: list[str] | tuple[str, ...] = (),
    top: int = 10,
    db: DB = None,
) -> dict[str, Any]:
    """The ``psephos swing --json`` shape: ``{"aggregate": aggregate_swing(...),
    "seats": [the top seats by Butler swing: ons_code, name, winner, butler, steed]}``."""
    if isinstance(top, bool) or not isinstance(top, int) or top < 0:
        raise InputError(f"--top must be 0 or more; got {top}.", hint="e.g. --top 10")
    agg, per_seat = _aggregate(from_party, to_party, election=election, where=where, db=db)
    per_seat = per_seat.head(top)
    cols = ["ons_code", "name", "winner", "butler", "steed"]
    return {"aggregate": agg, "seats": per_seat[cols].to_dict(orient="records")}


def gains_report(*, election: str | int = "ge2024", db: DB = None) -> dict[str, Any]:
    """The ``psephos gains --json`` shape: election, compared_with, parties (gains_summary
    records), matrix (one record per previous winner: previous, then a count per winner
    now and Total), changed (changed_hands records)."""
    el = resolve_election(election, db=db)
    matrix = gains_matrix(election=el.election_id, db=db).reset_index()
    matrix.columns = [str(c) for c in matrix.columns]
    return {
        "election": el.election_id,
        "compared_with": el.previous,
        "parties": gains_summary(election=el.election_id, db=db).to_dict(orient="records"),
        "matrix": matrix.to_dict(orient="records"),
        "changed": changed_hands(election=el.election_id, db=db).to_dict(orient="records"),
    }
