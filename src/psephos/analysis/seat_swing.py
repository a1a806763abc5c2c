"""Seat-level swing and the pieces every swing and change measure shares: Butler and Steed
swing, party pairs, wide share tables, the comparison election's shares, the Speaker's seats
and the check that a party stood. :mod:`psephos.analysis.metrics` (``swing:A-B``,
``change:P``) and :mod:`psephos.analysis.swing` (aggregates, gains) both build on this
module, which imports neither of them.

Butler swing from A to B is the average of B's gain and A's loss in shares of all votes;
Steed (two-party) swing is the change in B's share of the two-party vote::

    butler = ((B2 - B1) + (A1 - A2)) / 2
    steed  = b2 - b1,  with b = B / (A + B)

See :mod:`psephos.analysis.swing` for the references.
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
