"""What is known about each seat of a base election before the next one: the features the
fitted seat model (:mod:`psephos.models.fitted`) may add to the seat's shares.

* **holder**: the base winner's column (−1 for a local candidate);
* **by-election changes of hands** in the parliament after the base (strictly between the
  base's date and the target's): the party that gained the seat (``by_gain``), and
  whether the holder lost it (``by_loss``). By-elections on the 2010–2019 boundaries are
  carried onto the 2024 seats through ``boundary_overlaps``: a 2024 seat takes the
  by-elections of its main predecessor (the old seat that gave it most of its people);
* **the sitting member standing again** (``mp_stands``): 1 when a candidate of the holding
  party at the *target* election is flagged ``sitting_mp`` in the seat, 0 when none is,
  NaN when unknown: the 1918–2019 series has no candidates, and a projection does not read
  the target's candidates (a back-test deletes them), so it is unknown there;
* **census characteristics** (``census``, (S, 2)): the share of adults with a degree
  (level 4 qualifications) and of people aged 65 or over, census 2021 (Scotland 2022, which
  has no qualifications column: NaN there), standardised over the seats of the boundary
  set. The 2024 seats read the census summary file directly; the 2010–2019 seats get
  population-weighted averages of the 2024 seats overlapping them (the estimate of
  :func:`psephos.claims.demography.old_seat`); the 1983–2005 seats have none (NaN).

Nothing here reads a result of the target election but, for training pairs only, its
candidates' ``sitting_mp`` flags.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from psephos.models.base import FAMILY, Base
from psephos.store.connect import connect

#: Census columns (percent of the population), in the order of :attr:`SeatFacts.census`.
CENSUS = ("degree", "age65")
_AGE65 = (
    "c21Age65to69",
    "c21Age70to74",
    "c21Age75to79",
    "c21Age80to84",
    "c21Age85plus",
)


@dataclass(frozen=True)
class SeatFacts:
    holder: np.ndarray  # (S,) int column of the base winner, -1 for a local candidate
    by_gain: np.ndarray  # (S, P) bool: p gained the seat at a by-election
    by_loss: np.ndarray  # (S,) bool: the holder lost it at a by-election
    mp_stands: np.ndarray  # (S,) float: 1 / 0 / NaN unknown
    census: np.ndarray  # (S, 2) float z-scores, NaN when missing

    def take(self, rows: np.ndarray) -> SeatFacts:
        return SeatFacts(
            self.holder[rows],
            self.by_gain[rows],
            self.by_loss[rows],
            self.mp_stands[rows],
            self.census[rows],
        )


def missing(base: Base) -> SeatFacts:
    """Facts of seats about which nothing is known (the 1918–2019 series)."""
    s, p = base.shares.shape
    return SeatFacts(
        _holder(base),
        np.zeros((s, p), bool),
        np.zeros(s, bool),
        np.full(s, np.nan),
        np.full((s, len(CENSUS)), np.nan),
    )


def _holder(base: Base) -> np.ndarray:
    full = np.concatenate([base.shares, base.local_shares], axis=1)
    w = full.argmax(axis=1)
    return np.where(w < len(base.parties), w, -1)


_CACHE: dict[tuple[Any, ...], SeatFacts] = {}


def seat_facts(
    base: Base,
    before: str | None,
    target: str | None = None,
    db: str | os.PathLike[str] | None = None,
) -> SeatFacts:
    """The facts of ``base``'s seats for an election on the date ``before`` (None: no end);
    ``target`` names that election when its candidates may be read (training pairs)."""
    from psephos import config

    path = config.default_db_path(db)
    key = (
        base.election_id,
        before,
        target,
        str(path),
        path.stat().st_mtime if path.exists() else 0.0,
        base.ons_code.tobytes(),
    )
    if key not in _CACHE:
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[key] = _seat_facts(base, before, target, db)
    return _CACHE[key]


def _seat_facts(
    base: Base, before: str | None, target: str | None, db: str | os.PathLike[str] | None
) -> SeatFacts:
    cur = connect(db).cursor()
    row = cur.execute(
        "SELECT CAST(date AS DATE) FROM elections WHERE election_id = ?", [base.election_id]
    ).fetchone()
    if row is None:
        return missing(base)
    after = str(row[0])
    s, p = base.shares.shape
    index = {c: i for i, c in enumerate(base.ons_code.tolist())}
    holder = _holder(base)
    # the 2024 seats' main predecessor among the 2010–2019 seats
    heir: dict[str, list[int]] = {}
    for new, old in cur.execute(
        "SELECT new_code, arg_max(old_code, pop_share_of_new) FROM boundary_overlaps "
        "GROUP BY new_code"
    ).fetchall():
        if new in index:
            heir.setdefault(old, []).append(index[new])
    by_gain = np.zeros((s, p), bool)
    by_loss = np.zeros(s, bool)
    rows = cur.execute(
        "SELECT c.ons_code, c.winner_party FROM elections e JOIN contests c USING (election_id) "
        "WHERE e.kind = 'by-election' AND CAST(e.date AS DATE) > CAST(? AS DATE) "
        "AND (CAST(? AS DATE) IS NULL OR CAST(e.date AS DATE) < CAST(? AS DATE)) "
        "ORDER BY e.date",
        [after, before, before],
    ).fetchall()
    latest: dict[int, str] = {}
    for code, winner in rows:
        seats = [index[code]] if code in index else heir.get(code, [])
        for i in seats:
            latest[i] = FAMILY.get(winner, winner)
    for i, winner in latest.items():
        w = base.parties.index(winner) if winner in base.parties else -2
        if w != holder[i]:
            by_loss[i] = holder[i] >= 0
            if w >= 0:
                by_gain[i, w] = True
    stands = np.full(s, np.nan)
    if target is not None:
        flagged = {
            (code, FAMILY.get(party, party))
            for code, party in cur.execute(
                "SELECT ons_code, party_code FROM candidacies WHERE election_id = ? AND sitting_mp",
                [target],
            ).fetchall()
        }
        known = cur.execute(
            "SELECT count(*) FROM candidacies WHERE election_id = ? AND sitting_mp", [target]
        ).fetchone()
        if known and known[0]:
            for i, code in enumerate(base.ons_code.tolist()):
                if holder[i] >= 0:
                    stands[i] = float((code, base.parties[holder[i]]) in flagged)
    return SeatFacts(holder, by_gain, by_loss, stands, _census(base, cur))


def _census(base: Base, cur: Any) -> np.ndarray:
    cols = ["c21QualLevel4", " + ".join(_AGE65)]
    new = {
        r[0]: (r[1], np.array(r[2:], dtype=float))
        for r in cur.execute(
            f"SELECT ons_code, c21Population, {', '.join(cols)} FROM census_summary"
        ).fetchall()
        if r[1]
    }
    codes = base.ons_code.tolist()
    out = np.full((len(codes), len(CENSUS)), np.nan)
    if sum(c in new for c in codes) > len(codes) / 2:  # the 2024 seats
        for i, c in enumerate(codes):
            if c in new:
                out[i] = new[c][1]
    else:
        num: dict[str, np.ndarray] = {}
        den: dict[str, np.ndarray] = {}
        for old, nc, share in cur.execute(
            "SELECT old_code, new_code, pop_share_of_new FROM boundary_overlaps"
        ).fetchall():
            if nc not in new or share is None:
                continue
            pop, vals = new[nc]
            w = share * pop * np.isfinite(vals)
            num[old] = num.get(old, 0) + w * np.nan_to_num(vals)
            den[old] = den.get(old, 0) + w
        for i, c in enumerate(codes):
            if c in num:
                with np.errstate(invalid="ignore", divide="ignore"):
                    out[i] = np.where(den[c] > 0, num[c] / np.where(den[c] > 0, den[c], 1), np.nan)
    mean = np.nanmean(out, axis=0) if np.isfinite(out).any() else np.zeros(len(CENSUS))
    sd = np.nanstd(out, axis=0) if np.isfinite(out).any() else np.ones(len(CENSUS))
    return (out - mean) / np.where(sd > 0, sd, 1.0)
