"""The share a party needs for a number of seats (``psephos target Lab --seats 326``).

For each model, the party's share in the area (GB by default) is varied while every other
party keeps its share *relative to the others* (the unnamed parties share the rest in
proportion to their base shares, :func:`psephos.models.targets.plan`), and

* ``share``: the smallest share at which the deterministic projection gives the party at
  least ``seats`` seats, found by bisection to 0.01 points (seat totals need not be
  strictly monotone in the share; the answer is the first crossing bisection finds between
  0 and the most the party can have);
* ``mc_p05``, ``mc_p50``, ``mc_p95``: the shares at which the Monte Carlo gives the party a
  5 %, 50 % and 95 % chance of at least ``seats`` seats. The draws use the regional and
  seat error sizes estimated from every pair of elections in the store
  (:mod:`psephos.models.calibrate`) and no national error: the share is taken as given.
  They are sought within :data:`WINDOW` of the deterministic share (None when the chance
  does not cross there).
  The same seed is used at every step (common random numbers), so the chance rises
  smoothly with the share.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from psephos.errors import InputError
from psephos.models import calibrate
from psephos.models import targets as tg
from psephos.models.base import load_base
from psephos.models.project import (
    DESCRIPTIONS,
    MODEL_NAMES,
    assemble,
    check_model,
    known_parties,
    project_shares,
)

TOL = 5e-4  # 0.05 points
WINDOW = 0.08  # the Monte Carlo shares are sought within 8 points of the deterministic one


@dataclass
class TargetResult:
    party: str
    seats: int
    area: str
    base: str
    rows: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "seats": self.seats,
            "area": self.area,
            "base": self.base,
            "models": self.rows,
            "notes": self.notes,
        }


def _bisect(f: Callable[[float], bool], lo: float, hi: float) -> float | None:
    """Smallest x in [lo, hi] with f(x) true (to :data:`TOL`), None if f(hi) is false."""
    if not f(hi):
        return None
    if lo <= 0 and f(lo):
        return lo
    while hi - lo > TOL:
        mid = (lo + hi) / 2
        if f(mid):
            hi = mid
        else:
            lo = mid
    return hi


def share_for_seats(
    party: str,
    seats: int,
    *,
    models: Sequence[str] = MODEL_NAMES,
    base: str = "ge2024",
    area: str = "GB",
    sims: int = 500,
    seed: int = 1,
    db: str | os.PathLike[str] | None = None,
) -> TargetResult:
    """The share of ``area``'s vote ``party`` needs for ``seats`` seats, per model."""
    for m in models:
        check_model(m)
    known = known_parties(db)
    code = tg.resolve_party(party, known, db=db)
    b = load_base(base, extra_parties=[code], db=db)
    if not 1 <= seats <= b.n_seats:
        raise InputError(f"--seats {seats} is out of range: expected 1 to {b.n_seats}.")
    name, mask, _ = tg.area_mask(b, area)
    col = b.column(code)
    if b.votes[mask, col].sum() <= 0 and b.votes[:, col].sum() > 0:
        raise InputError(f"{code} did not stand in {name} at the base: choose its own area.")
    v = b.valid_votes[mask]
    top = 1.0 - b.local_votes[mask].sum() / v.sum() - 1e-6
    label = code
    rows = []
    for m in models:
        sizes = calibrate.error_sizes(m, "9999-12-31", db=db)

        def run(share: float, sims_: int, m: str = m, sizes: Any = sizes) -> Any:
            plan = tg.plan(b, {name: {code: share * 100}})
            national = project_shares(b, plan, m, db=db)
            return assemble(
                b,
                plan,
                national,
                model=m,
                sims=sims_,
                seed=seed,
                sd=(0.0, sizes.regional, sizes.seat),
                shape_sd=sizes.shape,
                workers=1,
            )

        def seats_at(share: float) -> int:
            return run(share, 0).seat_totals().get(label, 0)

        det = _bisect(lambda s: seats_at(s) >= seats, 0.0, top)
        row: dict[str, Any] = {
            "model": m,
            "description": DESCRIPTIONS[m],
            "share": det,
            "seats_at_most": None if det is not None else seats_at(top),
            "mc_p05": None,
            "mc_p50": None,
            "mc_p95": None,
            "sd": {
                "national": 0.0,
                "regional": sizes.regional,
                "seat": sizes.seat,
                "shape": sizes.shape,
            },
            "sentence": "",
        }
        if sims:

            def chance(share: float) -> float:
                sim = run(share, sims).simulation
                return 0.0 if sim is None else sim.p_at_least(b.parties.index(code), seats)

            lo = 0.0 if det is None else max(0.0, det - WINDOW)
            hi = top if det is None else min(top, det + WINDOW)
            for key, q in (("mc_p05", 0.05), ("mc_p50", 0.5), ("mc_p95", 0.95)):

                def reached(share: float, q: float = q) -> bool:
                    return chance(share) >= q

                row[key] = _bisect(reached, lo, hi)
        row["sentence"] = _sentence(code, seats, name, row)
        rows.append(row)
    notes = [
        f"The other parties keep their shares relative to each other at the {base} base; "
        "local candidates (independents, the Speaker) keep theirs.",
    ]
    return TargetResult(code, seats, name, base, rows, notes)


def _sentence(party: str, seats: int, area: str, r: dict[str, Any]) -> str:
    m = r["model"]
    if r["share"] is None:
        return (
            f"Under {m}, {party} cannot reach {seats} seats: at the most it can have "
            f"({area}) it wins {r['seats_at_most']}."
        )
    out = f"Under {m}, {party} needs {r['share'] * 100:.1f} % of the {area} vote for {seats} seats"
    if r["mc_p50"] is None:
        return out + "."
    out += (
        f"; allowing for regional and seat variation it has an even chance at "
        f"{r['mc_p50'] * 100:.1f} %"
    )
    if r["mc_p05"] is not None and r["mc_p95"] is not None:
        out += f" (5 % chance at {r['mc_p05'] * 100:.1f} %, 95 % at {r['mc_p95'] * 100:.1f} %)"
    out += "."
    if abs(r["mc_p50"] - r["share"]) >= 0.005:
        side = "more" if r["mc_p50"] > r["share"] else "less"
        out += (
            f" The Monte Carlo needs {side} than the deterministic projection because the "
            "party's narrow leads and narrow deficits do not balance: the deterministic "
            "count wins every narrow lead."
        )
    return out


__all__ = ["TargetResult", "share_for_seats"]
