"""Error sizes for the Monte Carlo, estimated from earlier elections only.

For a model and a cut-off date, every training pair of elections before that date
(:func:`psephos.models.fitted.training_pairs`) is projected with the model from its base,
given the actual shares of its later election per region. Then, in points for a party at
50 % (errors are scaled by :math:`h(x) = \\sqrt{x(1-x)}/0.5` as in
:mod:`psephos.models.montecarlo`):

* **seat** error: the root mean square of (actual − projected share) / h(projected) over
  every seat and main party standing in both elections: the error left when the regional
  shares are known exactly;
* **regional** error: the root mean square of (region's change − its country's change) /
  h(country's share) over regions and main parties: the error of assuming a country's
  change in every region (used when targets are given per country or for GB);
* **shape** error: per pair and main party, the slope γ of (actual − projected share) on
  (projected share − the party's projected share in the seat's region), vote-weighted over
  the seats where it stands; the root mean square of γ over pairs and parties. It is the
  error of a model that spreads a party's change wrongly between its strong and weak seats
  (2024's Conservatives lost more where they were strongest than any swing model said); in
  the Monte Carlo every draw gives each party a slope γ ~ N(0, shape²), which moves its
  strong seats together and leaves its regional share unchanged on average;
* **national** error is not estimated here: it is the error of the user's shares (a poll's
  miss), sized from published polling errors (:data:`psephos.models.montecarlo.NATIONAL_SD`),
  and 0 in a back-test, whose shares are the actual ones.

For the fitted model the projections of each training pair come from a fit on the *other*
training pairs (leave one pair out), so its seat error is not flattered by its own fit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from psephos.models.fitted import fit
from psephos.models.pairs import Pair, load_pair, training_pairs

#: Parties whose errors are measured (the main GB parties).
MAIN: tuple[str, ...] = ("Con", "Lab", "LD", "RUK", "Green", "SNP", "PC")


def h(x: np.ndarray) -> np.ndarray:
    """:math:`\\sqrt{x(1-x)}/0.5`, floored so tiny shares do not blow up a ratio."""
    x = np.clip(x, 0.01, 0.99)
    return np.sqrt(x * (1 - x)) / 0.5


@dataclass(frozen=True)
class ErrorSizes:
    """Standard deviations in points for a party at 50 %, and where they came from."""

    national: float
    regional: float
    seat: float
    pairs: tuple[str, ...]
    shape: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "national": self.national,
            "regional": self.regional,
            "seat": self.seat,
            "shape": self.shape,
            "pairs": list(self.pairs),
        }


def _region_targets(base: Any, target: Any) -> dict[str, dict[str, float]]:
    gb = base.country != "Northern Ireland"
    out: dict[str, dict[str, float]] = {}
    for region in np.unique(base.region[gb]):
        m = base.region == region
        v = target.valid_votes[m].sum()
        out[str(region)] = {
            p: float(target.votes[m, target.column(p)].sum() / v * 100)
            for p in MAIN
            if target.votes[m, target.column(p)].sum() > 0
        }
    return out


def project_pair(
    pair: Pair,
    model: str,
    targets: dict[str, dict[str, float]] | None = None,
    *,
    fitted_on: tuple[Pair, ...] | None = None,
    db: str | os.PathLike[str] | None = None,
) -> tuple[Any, Any, np.ndarray]:
    """(base, actual, projected national-column shares) of ``pair`` under ``model`` with
    ``targets`` (default: the actual shares per region)."""
    from psephos.models import fitted
    from psephos.models import targets as tg
    from psephos.models.project import project_shares, stands_matrix

    base, actual = load_pair(pair, db)
    plan = tg.plan(
        base, tg.make_room(base, targets if targets is not None else _region_targets(base, actual))
    )
    if model == "fitted":
        fm = fit(list(fitted_on or ()), db=db)
        stands = [stands_matrix(base, c.mask, c.targets) for c in plan.cells]
        shares = fitted.fitted_shares(base, [(c.mask, c.targets) for c in plan.cells], stands, fm)
    else:
        shares = project_shares(base, plan, model, db=db)
    return base, actual, shares


_SIZES: dict[tuple[Any, ...], ErrorSizes] = {}


def error_sizes(
    model: str,
    before: str,
    *,
    national: float = 0.0,
    db: str | os.PathLike[str] | None = None,
) -> ErrorSizes:
    """Regional and seat error of ``model`` from the training pairs before ``before``."""
    from psephos import config

    pairs = training_pairs(before, db=db)
    path = config.default_db_path(db)
    key = (model, tuple(pairs), str(path), path.stat().st_mtime if path.exists() else 0.0)
    if key in _SIZES:
        s = _SIZES[key]
        return ErrorSizes(national, s.regional, s.seat, s.pairs, s.shape)
    seat_sq: list[np.ndarray] = []
    reg_sq: list[np.ndarray] = []
    slopes: list[float] = []
    for pair in pairs:
        others = tuple(p for p in pairs if p != pair)
        if model == "fitted" and not others:
            continue
        base, actual, shares = project_pair(pair, model, fitted_on=others, db=db)
        gb = (base.country != "Northern Ireland") & ~(base.local_party == "Spk").any(axis=1)
        cols = [base.column(p) for p in MAIN]
        x, y = shares[gb][:, cols], actual.shares[gb][:, cols]
        both = (x > 0) & (y > 0) & (base.shares[gb][:, cols] > 0)
        seat_sq.append((((y - x) / h(x))[both]) ** 2)
        reg_sq.append(_regional_sq(base, actual, cols))
        slopes.extend(_slopes(base, actual, shares, gb, cols))
    seat = float(np.sqrt(np.concatenate(seat_sq).mean()) * 100) if seat_sq else 6.0
    regional = float(np.sqrt(np.concatenate(reg_sq).mean()) * 100) if reg_sq else 3.5
    shape = float(np.sqrt(np.mean(np.square(slopes)))) if slopes else 0.0
    out = ErrorSizes(national, regional, seat, tuple(p.label for p in pairs), shape)
    _SIZES[key] = out
    return out


def _slopes(
    base: Any, actual: Any, shares: np.ndarray, gb: np.ndarray, cols: list[int]
) -> list[float]:
    from psephos.models.project import shape_dev

    p = len(base.parties)
    dev = shape_dev(shares, p, base.valid_votes, base.region)
    out = []
    w = base.valid_votes[gb]
    for c in cols:
        x, y, d = shares[gb, c], actual.shares[gb, c], dev[gb, c]
        ok = (x > 0) & (y > 0) & (base.shares[gb, c] > 0)
        den = float(w[ok] @ (d[ok] ** 2))
        if ok.sum() >= 30 and den > 0:
            out.append(float(w[ok] @ (d[ok] * (y[ok] - x[ok]))) / den)
    return out


def _regional_sq(base: Any, actual: Any, cols: list[int]) -> np.ndarray:
    out = []
    for country in ("England", "Scotland", "Wales"):
        cm = base.country == country
        if not cm.any():
            continue
        vb, va = base.valid_votes, actual.valid_votes
        c0 = vb[cm] @ base.shares[cm][:, cols] / vb[cm].sum()
        c1 = va[cm] @ actual.shares[cm][:, cols] / va[cm].sum()
        for region in np.unique(base.region[cm]):
            m = base.region == region
            if m.sum() == cm.sum():
                continue  # a country that is one region (Scotland, Wales)
            r0 = vb[m] @ base.shares[m][:, cols] / vb[m].sum()
            r1 = va[m] @ actual.shares[m][:, cols] / va[m].sum()
            ok = (c0 > 0.005) & (c1 > 0.005)
            out.append(((((r1 - r0) - (c1 - c0)) / h(c1))[ok]) ** 2)
    return np.concatenate(out) if out else np.zeros(0)
