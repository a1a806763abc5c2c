"""The base result a projection starts from, as arrays.

A :class:`Base` holds one election on the 2024 boundaries (``ge2024`` or ``notional2019``)
as a seats × columns matrix of votes. Columns are of two kinds:

* **national columns**: the parties that stand across a country (:data:`NATIONAL`, plus any
  party a caller names) and ``Oth``, every other registered party's votes in the seat added
  together. Swing models move these.
* **local slots**: independents (``Ind``), the Speaker (``Spk``) and parties that stood in
  a single constituency at that election (``Ash``, ...). Each is a candidate of its own seat,
  never a national party: slot *k* of seat *s* is that seat's *k*-th largest local candidate,
  and models hold its share fixed.

The Brexit Party (``BRX``, notional 2019) is read into the ``RUK`` column, Reform UK being
the renamed Brexit Party (``parties.predecessor``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from psephos.errors import InputError
from psephos.store.connect import connect

#: Parties modelled as national columns by default (GB parties first, then Northern Ireland).
NATIONAL: tuple[str, ...] = (
    "Con",
    "Lab",
    "LD",
    "RUK",
    "Green",
    "SNP",
    "PC",
    "DUP",
    "SF",
    "SDLP",
    "UUP",
    "APNI",
    "TUV",
)
#: The column holding every other registered party's votes.
OTHER = "Oth"
#: Party codes that are always a local candidate, never a national column.
ALWAYS_LOCAL: frozenset[str] = frozenset({"Ind", "Spk"})
#: Elections a projection can start from (both on the 2024 boundaries).
BASES: dict[str, str] = {
    "ge2024": "the 2024 general election result",
    "notional2019": "the notional 2019 result on the 2024 boundaries (Rallings and Thrasher)",
}
#: Codes renamed when read (Reform UK is the renamed Brexit Party).
RENAME: dict[str, str] = {"BRX": "RUK"}


@dataclass(frozen=True)
class Base:
    """One election as arrays: ``S`` seats, ``P`` national columns, ``K`` local slots.

    Attributes
    ----------
    election_id : str
    ons_code, name, country, region : numpy.ndarray of str, shape (S,)
    electorate, valid_votes : numpy.ndarray of float, shape (S,)
    parties : tuple of str, length P (the national columns; ``Oth`` last)
    votes : numpy.ndarray, shape (S, P)
        Votes of each national column in each seat.
    local_votes : numpy.ndarray, shape (S, K)
        Votes of each seat's local candidates, largest first; 0 where the seat has fewer.
    local_party, local_name : numpy.ndarray of object, shape (S, K)
        Party code (``Ind``, ``Spk``, ...) and candidate name of each local slot ("" if empty).
    """

    election_id: str
    ons_code: np.ndarray
    name: np.ndarray
    country: np.ndarray
    region: np.ndarray
    electorate: np.ndarray
    valid_votes: np.ndarray
    parties: tuple[str, ...]
    votes: np.ndarray
    local_votes: np.ndarray
    local_party: np.ndarray
    local_name: np.ndarray
    _index: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def n_seats(self) -> int:
        return int(self.votes.shape[0])

    @property
    def shares(self) -> np.ndarray:
        """National-column shares of valid votes, shape (S, P)."""
        return self.votes / self.valid_votes[:, None]

    @property
    def local_shares(self) -> np.ndarray:
        """Local-slot shares of valid votes, shape (S, K)."""
        return self.local_votes / self.valid_votes[:, None]

    def column(self, party: str) -> int:
        """Index of a national column."""
        return self.parties.index(party)

    def seat_index(self, ons_code: str) -> int:
        if not self._index:
            self._index.update({c: i for i, c in enumerate(self.ons_code)})
        return self._index[ons_code]

    def subset(self, mask: np.ndarray) -> Base:
        """The seats where ``mask`` is true."""
        return Base(
            self.election_id,
            self.ons_code[mask],
            self.name[mask],
            self.country[mask],
            self.region[mask],
            self.electorate[mask],
            self.valid_votes[mask],
            self.parties,
            self.votes[mask],
            self.local_votes[mask],
            self.local_party[mask],
            self.local_name[mask],
        )


def load_base(
    election: str = "ge2024",
    *,
    extra_parties: Iterable[str] = (),
    db: str | os.PathLike[str] | None = None,
) -> Base:
    """Read ``election`` from the store into a :class:`Base`.

    Parameters
    ----------
    election : {"ge2024", "notional2019"}
    extra_parties : iterable of str
        Party codes to keep as national columns besides :data:`NATIONAL` (e.g. ``WPB``); a
        code absent from this election becomes a column of zeros.
    db : path, optional
        The store (default: ``$PSEPHOS_DB`` or the user data folder).
    """
    if election not in BASES:
        raise InputError(
            f"Unknown base election '{election}': expected one of {', '.join(BASES)}.",
            hint="Projections start from results on the 2024 boundaries.",
        )
    extras = tuple(p for p in extra_parties if p not in NATIONAL and p != OTHER)
    return _load(election, extras, str(db) if db is not None else None, ())


#: Extra renames for the fitted model's training pairs: UKIP (2005–2017) fills the column
#: of the Brexit Party and Reform UK, the right-populist challenger of its day.
FAMILY: dict[str, str] = {"UKIP": "RUK"}


def load_election(
    election: str,
    *,
    families: bool = True,
    db: str | os.PathLike[str] | None = None,
) -> Base:
    """Read any general or notional election (``ge2010`` … ``ge2024``, ``notional2005``,
    ``notional2019``) on its own boundaries into a :class:`Base`, for training and
    back-tests. With ``families``, UKIP is read into the ``RUK`` column (:data:`FAMILY`)."""
    rows = (
        connect(db)
        .cursor()
        .execute(
            "SELECT election_id FROM elections WHERE kind IN ('general', 'notional') ORDER BY date"
        )
        .fetchall()
    )
    known = [r[0] for r in rows]
    if election not in known:
        raise InputError(
            f"Unknown election '{election}': expected one of {', '.join(known)}.",
            hint="Rebuild the store (psephos build) if an election is missing.",
        )
    return _load(
        election, (), str(db) if db is not None else None, tuple(FAMILY.items()) if families else ()
    )


_CACHE: dict[tuple[Any, ...], Base] = {}


def _load(
    election: str, extras: tuple[str, ...], db: str | None, renames: tuple[tuple[str, str], ...]
) -> Base:
    from psephos import config

    path = config.default_db_path(db)
    key = (election, extras, renames, str(path), path.stat().st_mtime if path.exists() else 0.0)
    if key in _CACHE:
        return _CACHE[key]
    rename = {**RENAME, **dict(renames)}
    con = connect(db).cursor()
    seats = con.execute(
        """SELECT c.ons_code, k.name, k.country, k.region, c.electorate, c.valid_votes
           FROM contests c JOIN elections e USING (election_id) JOIN constituencies k
             ON k.ons_code = c.ons_code AND k.boundary_set = e.boundary_set
           WHERE c.election_id = ? ORDER BY c.ons_code""",
        [election],
    ).fetchall()
    rows = con.execute(
        """SELECT c.ons_code, c.party_code, c.votes,
                  trim(coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')),
                  count(DISTINCT c.ons_code) OVER (PARTITION BY c.party_code) AS n_seats
           FROM candidacies c WHERE c.election_id = ?
           ORDER BY c.ons_code, c.votes DESC""",
        [election],
    ).fetchall()
    parties = (*NATIONAL, *extras, OTHER)
    col = {p: i for i, p in enumerate(parties)}
    seat_ix = {r[0]: i for i, r in enumerate(seats)}
    votes = np.zeros((len(seats), len(parties)))
    locals_: list[list[tuple[float, str, str]]] = [[] for _ in seats]
    for ons, party, v, cand, n_seats in rows:
        party = rename.get(party, party)
        s = seat_ix[ons]
        if party in col:
            votes[s, col[party]] += v
        elif party in ALWAYS_LOCAL or n_seats == 1:
            locals_[s].append((float(v), party, cand or party))
        else:
            votes[s, col[OTHER]] += v
    k = max(1, max(len(x) for x in locals_))
    local_votes = np.zeros((len(seats), k))
    local_party = np.full((len(seats), k), "", dtype=object)
    local_name = np.full((len(seats), k), "", dtype=object)
    for s, cands in enumerate(locals_):
        for j, (v, party, cand) in enumerate(cands):
            local_votes[s, j], local_party[s, j], local_name[s, j] = v, party, cand
    arr = np.array(seats, dtype=object)
    base = Base(
        election_id=election,
        ons_code=arr[:, 0].astype(str),
        name=arr[:, 1].astype(str),
        country=arr[:, 2].astype(str),
        region=arr[:, 3].astype(str),
        electorate=arr[:, 4].astype(float),
        valid_votes=arr[:, 5].astype(float),
        parties=parties,
        votes=votes,
        local_votes=local_votes,
        local_party=local_party,
        local_name=local_name,
    )
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = base
    return base
