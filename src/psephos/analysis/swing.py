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
    party_votes,
    predecessor_map,
    resolve_election,
    seat_frame,
)
from psephos.errors import InputError, NotFoundError

if TYPE_CHECKING:
    import pandas as pd


def butler_swing(a1: Any, b1: Any, a2: Any, b2: Any) -> Any:
    """Butler swing from party A to party B: ``((b2 - b1) + (a1 - a2)) / 2``.

    Works on floats, numpy arrays or pandas Series of shares (fractions of all votes).

    Examples
    --------
    Ilford North, Labour to Conservative, notional 2019 to 2024 (shares of valid votes):

    >>> round(butler_swing(28024 / 51761, 18994 / 51761, 15647 / 46888, 9619 / 46888), 4)
    0.0229
    """
    return ((b2 - b1) + (a1 - a2)) / 2


def steed_swing(a1: Any, b1: Any, a2: Any, b2: Any) -> Any:
    """Steed (two-party) swing from A to B: ``b2/(a2+b2) - b1/(a1+b1)``."""
    return b2 / (a2 + b2) - b1 / (a1 + b1)


def parse_pair(pair: str) -> tuple[str, str]:
    """``"Con-Lab"`` (or ``Con>Lab``, ``Con,Lab``) -> ``("Con", "Lab")``: swing from Con to Lab."""
    for sep in (">", "-", ",", ":"):
        if sep in pair:
            a, _, b = pair.partition(sep)
            if a.strip() and b.strip():
                if a.strip().lower() == b.strip().lower():
                    raise InputError(
                        f"'{pair}' names the same party twice: swing is between two parties.",
                        hint="Write the swing as FROM-TO with two parties, e.g. Con-Lab.",
                    )
                return a.strip(), b.strip()
    raise InputError(
        f"'{pair}' is not a pair of parties.",
        hint="Write the swing as FROM-TO, e.g. Con-Lab (from Conservative to Labour).",
    )


def share_table(election: str | int, *, db: DB = None) -> pd.DataFrame:
    """Wide shares per seat for ``election``: index ons_code, one column per party code
    (a copy of a per-process cache; the store is read-only)."""
    from psephos.store.connect import connect, memo

    con = connect(db)
    eid = resolve_election(election, db=db).election_id

    def compute() -> pd.DataFrame:
        votes = party_votes(eid, db=db)
        wide = votes.pivot_table(
            index="ons_code", columns="party_code", values="share", aggfunc="sum", fill_value=0.0
        )
        wide.columns.name = None
        return wide

    return memo(con, f"analysis.swing.share_table:{eid}", compute).copy()


SPEAKER = "Spk"


def speaker_seats(election: str | int, *, db: DB = None) -> dict[str, str]:
    """The seats where the Speaker stood at ``election`` or at its comparison election:
    ``{ons_code: name}`` (names on the boundaries of ``election``).

    >>> speaker_seats("ge2010")  # doctest: +SKIP
    {'E14000608': 'Buckingham', 'S14000032': 'Glasgow North East'}
    """
    from psephos.store.connect import connect, memo

    el = resolve_election(election, db=db)

    def compute() -> dict[str, str]:
        codes: set[str] = set()
        for eid in (el.election_id, el.previous):
            if eid:
                codes |= _seats_by_party(eid, db).get(SPEAKER, frozenset())
        names = seat_frame(el.election_id, db=db).set_index("ons_code")["name"]
        found = [c for c in codes if c in names.index]
        return {c: str(names[c]) for c in sorted(found, key=lambda c: str(names[c]))}

    return dict(memo(connect(db), f"analysis.swing.speaker_seats:{el.election_id}", compute))


def _seats_by_party(eid: str, db: DB) -> dict[str, frozenset[str]]:
    """Party code -> the seats it stood in at ``eid`` (cached per store)."""
    from psephos.store.connect import connect, memo

    def compute() -> dict[str, frozenset[str]]:
        pv = party_votes(eid, db=db)
        return {str(p): frozenset(g["ons_code"]) for p, g in pv.groupby("party_code", sort=False)}

    return memo(connect(db), f"analysis.swing.seats_by_party:{eid}", compute)


def speaker_note(seats: dict[str, str]) -> str:
    """``"excluding the Speaker's seat (Chorley)"``, or ``""`` when there is none."""
    if not seats:
        return ""
    noun = "seat" if len(seats) == 1 else "seats"
    return f"excluding the Speaker's {noun} ({', '.join(seats.values())})"


def with_speaker_excluded(universe: str, seats: dict[str, str], n: int) -> str:
    """Restate a universe (``"650 seats in the UK (General election 2010)"``) once the
    Speaker's seats are left out: ``"648 seats in the UK, excluding the Speaker's seats
    (Buckingham, Glasgow North East) (General election 2010)"``."""
    if not seats:
        return universe
    head, sep, tail = universe.partition(" in ")
    body, _, title = tail.rpartition(" (")
    noun = "seat" if n == 1 else "seats"
    return f"{n} {noun}{sep}{body}, {speaker_note(seats)} ({title}"


def check_stood(
    parties: list[str] | tuple[str, ...],
    *,
    election: str | int,
    seats: set[str] | None = None,
    universe: str | None = None,
    db: DB = None,
) -> None:
    """Raise :class:`NotFoundError` if a party stood in none of ``seats`` (default: every
    seat) at ``election`` or at its comparison election (its former name counting there):
    a change or swing for it would be a column of zeros."""
    el = resolve_election(election, db=db)
    lineage = predecessor_map(db=db)
    renames = {old: new for new, old in lineage.items()}
    now = _seats_by_party(el.election_id, db)
    before = _seats_by_party(el.previous, db) if el.previous else {}
    before = {renames.get(p, p): s for p, s in before.items()}

    def stood_in(p: str, within: set[str] | None) -> bool:
        for table in (now, before):
            got = table.get(p, frozenset())
            if got and (within is None or not got.isdisjoint(within)):
                return True
        return False

    anywhere = {p for p in parties if stood_in(p, None)}
    stood = {p for p in parties if stood_in(p, seats)}
    for p in parties:
        if p in stood:
            continue
        both = f"{el.title}" + (f" or {el.previous_title}" if el.previous_title else "")
        where = ""
        if p in anywhere:
            where = f" in any of the seats asked for ({universe or 'the filters given'})"
        hint = None
        old = lineage.get(p)
        new = renames.get(p)
        if old and old in now:
            hint = f"{p} stood as {old} (its former name) then: try {old}."
        elif new and (new in now or new in before):
            hint = f"{p} was renamed {new}: try {new}."
        raise NotFoundError(
            f"{p} did not stand at {both}{where}: its change and swing would all be zero.",
            hint=hint or "Choose a party that stood (see `psephos summary`).",
        )


def previous_shares(election: str | int, *, db: DB = None) -> pd.DataFrame:
    """Shares in the comparison election, columns renamed to today's codes (BRX -> RUK)."""
    el = resolve_election(election, db=db)
    if el.previous is None:
        raise InputError(
            f"{el.title} has no earlier election on the same boundaries to compare with.",
            hint="Use ge2010–ge2024.",
        )
    prev = share_table(el.previous, db=db)
    renames = {old: new for new, old in predecessor_map(db=db).items() if new not in prev}
    return prev.rename(columns=renames)


def seat_swing(
    from_party: str, to_party: str, *, election: str | int = "ge2024", db: DB = None
) -> pd.DataFrame:
    """Butler and Steed swing from ``from_party`` to ``to_party`` in every seat.

    Seats where the Speaker stood at either election are left out (see
    :func:`speaker_seats`); a party that stood at neither election raises NotFoundError.

    Returns
    -------
    DataFrame
        ons_code, name, country, region, winner, a_prev, b_prev, a_now, b_now, butler,
        steed (shares as fractions; rows sorted by Butler swing, largest first).
    """
    import pandas as pd

    a, b = _codes(from_party, to_party, election, db)
    check_stood((a, b), election=election, db=db)
    now = share_table(election, db=db)
    prev = previous_shares(election, db=db)
    base = seat_frame(election, db=db).set_index("ons_code")
    base = base.drop(index=list(speaker_seats(election, db=db)))
    out = pd.DataFrame(index=base.index)
    out["name"], out["country"], out["region"] = base["name"], base["country"], base["region"]
    out["winner"] = base["winner"]
    out["a_prev"] = prev.get(a, pd.Series(0.0, index=prev.index)).reindex(out.index)
    out["b_prev"] = prev.get(b, pd.Series(0.0, index=prev.index)).reindex(out.index)
    out["a_now"] = now.get(a, pd.Series(0.0, index=now.index)).reindex(out.index).fillna(0.0)
    out["b_now"] = now.get(b, pd.Series(0.0, index=now.index)).reindex(out.index).fillna(0.0)
    out["butler"] = butler_swing(out["a_prev"], out["b_prev"], out["a_now"], out["b_now"])
    out["steed"] = steed_swing(out["a_prev"], out["b_prev"], out["a_now"], out["b_now"])
    return out.reset_index().sort_values("butler", ascending=False, ignore_index=True)


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
    from psephos.analysis.metrics import apply_filters

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
    el = resolve_election(election, db=db)
    if el.previous is None:
        raise InputError(f"{el.title} has no comparison election.", hint="Use ge2010–ge2024.")
    now = seat_frame(el.election_id, db=db)
    prev = seat_frame(el.previous, db=db)[["ons_code", "winner"]]
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


def _codes(a: str, b: str, election: str | int, db: DB) -> tuple[str, str]:
    from psephos.analysis.parties import party_code

    ca, cb = party_code(a, db=db), party_code(b, db=db)
    lineage = predecessor_map(db=db)
    if ca == cb or lineage.get(ca) == cb or lineage.get(cb) == ca:
        same = ca if ca == cb else f"{ca} (formerly {cb})" if lineage.get(ca) == cb else cb
        raise InputError(
            f"'{a}' and '{b}' are the same party ({same}): swing is between two parties.",
            hint="Name two different parties, e.g. Con-Lab.",
        )
    return ca, cb


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
