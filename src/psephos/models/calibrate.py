"""Error sizes for the Monte Carlo, estimated from earlier elections only.

For a model and a cut-off date, every training pair of elections before that date
(:func:`psephos.models.fitted.training_pairs`) is projected with the model from its base,
given the actual shares of its later election per region. Then, in points for a party at
50 % (errors are scaled by :math:`h(x) = \\sqrt{x(1-x)}/0.5` as in
:mod:`psephos.models.montecarlo`):

Each pair has a **volatility** V (:func:`volatility`, a Pedersen index of the regional
shares: 0.03 in 2001, 0.23 in 2024), and the errors that matter grow with it:

* **regional** error: the root mean square of (region's change − its country's change) /
  h(country's share) over regions and main parties: the error of assuming a country's
  change in every region (used when targets are given per country or for GB);
* **shape** error σ_shape = k·V: in the Monte Carlo every draw gives each party a slope
  γ ~ N(0, σ_shape²) on (share − the party's share in the seat's region), which moves its
  strong seats together and leaves its regional share unchanged on average: the error of
  a model that spreads a party's change wrongly between its strong and weak seats, and
  the one that moves seat totals. k is the smallest value of :data:`SHAPE_GRID` at which
  every earlier pair, drawn with σ_shape = k·V of its own V, has its actual seat totals
  (Con, Lab, LD, RUK, SNP) inside the 5–95 % intervals in all but 10 % of cases;
* **seat** error σ_seat² = a² + (b·V)²: per pair, the σ at which the 90 % per-seat bands
  (with that pair's shape error) hold 90 % of the actual shares of the main parties, then
  a and b by non-negative least squares: the error left when the regional shares are
  known exactly;
* **national** error is not estimated here: it is the error of the user's shares (a poll's
  miss), sized from published polling errors (:data:`psephos.models.montecarlo.NATIONAL_SD`),
  and 0 in a back-test, whose shares are the actual ones.

:meth:`ErrorSizes.at` gives the seat and shape σ for a projection's own volatility, so an
upheaval like 2024 gets wide intervals and a quiet year narrow ones.

For the fitted model the projections of each training pair come from a fit on the *other*
training pairs (leave one pair out), so its errors are not flattered by its own fit.
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
    """Standard deviations in points for a party at 50 %, and where they came from.

    ``seat`` and ``shape`` are the sizes at the training pairs' mean ``volatility``;
    :meth:`at` gives them for the volatility of a projection: σ_seat² = a² + (b·V)²
    (``seat_fixed`` a, ``seat_per_volatility`` b) and σ_shape = k·V
    (``shape_per_volatility`` k), V the volatility (:func:`volatility`, a fraction)."""

    national: float
    regional: float
    seat: float
    pairs: tuple[str, ...]
    shape: float = 0.0
    seat_fixed: float = 0.0
    seat_per_volatility: float = 0.0
    shape_per_volatility: float = 0.0
    volatility: float = 0.0

    def at(self, volatility: float) -> tuple[float, float]:
        """(seat σ in points, shape σ) for a projection of volatility ``volatility``;
        the flat ``seat`` and ``shape`` when the sizes were not fitted on volatility."""
        if self.seat_fixed == 0 and self.seat_per_volatility == 0:
            return self.seat, self.shape
        v = max(float(volatility), 0.0)
        seat = float(np.hypot(self.seat_fixed, self.seat_per_volatility * v))
        return seat, float(self.shape_per_volatility * v)

    def to_dict(self) -> dict[str, Any]:
        return {
            "national": self.national,
            "regional": self.regional,
            "seat": self.seat,
            "shape": self.shape,
            "seat_fixed": self.seat_fixed,
            "seat_per_volatility": self.seat_per_volatility,
            "shape_per_volatility": self.shape_per_volatility,
            "volatility": self.volatility,
            "pairs": list(self.pairs),
        }


def volatility(base: Any, shares: np.ndarray, rows: np.ndarray | None = None) -> float:
    """How much the vote moves: in every region, half the sum over parties of the absolute
    change of their vote-weighted shares from ``base`` to ``shares`` (national columns; a
    Pedersen index), averaged over the regions weighted by base valid votes. 0.05 is a
    quiet election (1987, 2001), 0.20 and more an upheaval (2015, 2024). Only the shares
    asked of each region enter, never a seat's result."""
    m = np.ones(base.n_seats, dtype=bool) if rows is None else rows
    names, rid = np.unique(base.region[m], return_inverse=True)
    w = base.valid_votes[m]
    b, x = base.shares[m], shares[m]
    tot = 0.0
    for r in range(len(names)):
        k = rid == r
        d = w[k] @ (x[k] - b[k]) / w[k].sum()
        tot += float(w[k].sum() * 0.5 * np.abs(d).sum())
    return tot / float(w.sum()) if w.sum() > 0 else 0.0


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
    blend: float = 1.0,
    db: str | os.PathLike[str] | None = None,
) -> tuple[Any, Any, np.ndarray]:
    """(base, actual, projected national-column shares) of ``pair`` under ``model`` with
    ``targets`` (default: the actual shares per region); for ``fitted``, fitted on
    ``fitted_on`` and stacked with the transition model at weight ``blend``
    (:mod:`psephos.models.stack`)."""
    base, actual, shares, _ = _project_pair(
        pair, model, targets, fitted_on=fitted_on, blend=blend, db=db
    )
    return base, actual, shares


#: Fitted-model projections of a pair with its actual regional shares, per set of pairs
#: fitted on (the stacking weight and the error sizes both need them).
_PAIR_SHARES: dict[tuple[Any, ...], np.ndarray] = {}


def _project_pair(
    pair: Pair,
    model: str,
    targets: dict[str, dict[str, float]] | None = None,
    *,
    fitted_on: tuple[Pair, ...] | None = None,
    blend: float = 1.0,
    db: str | os.PathLike[str] | None = None,
) -> tuple[Any, Any, np.ndarray, Any]:
    from psephos import config
    from psephos.models import fitted
    from psephos.models import targets as tg
    from psephos.models.project import project_shares, stands_matrix

    base, actual = load_pair(pair, db)
    plan = tg.plan(
        base, tg.make_room(base, targets if targets is not None else _region_targets(base, actual))
    )
    path = config.default_db_path(db)
    stamp = path.stat().st_mtime if path.exists() else 0.0
    key = (pair, tuple(fitted_on or ()), str(path), stamp, fitted.EXTRA)
    if model == "fitted" and targets is None and key in _PAIR_SHARES:
        shares = _PAIR_SHARES[key]
    elif model == "fitted":
        fm = fit(list(fitted_on or ()), db=db)
        stands = [stands_matrix(base, c.mask, c.targets) for c in plan.cells]
        facts = None
        if fm.extra:  # what was known before the pair's later election, as in a projection
            from psephos.models import seatfacts

            facts = (
                seatfacts.missing(base)
                if pair.base.startswith("hist")
                else seatfacts.seat_facts(base, pair.date, None, db)
            )
        shares = fitted.fitted_shares(
            base, [(c.mask, c.targets) for c in plan.cells], stands, fm, facts
        )
        if targets is None:
            if len(_PAIR_SHARES) > 64:
                _PAIR_SHARES.clear()
            _PAIR_SHARES[key] = shares
    else:
        shares = project_shares(base, plan, model, db=db)
    if model == "fitted" and blend < 1.0:
        shares = blend * shares + (1 - blend) * project_shares(base, plan, "transition", db=db)
    return base, actual, shares, plan


_SIZES: dict[tuple[Any, ...], ErrorSizes] = {}
#: Monte Carlo draws per training pair when sizing the shape error, and their seed.
CAL_DRAWS = 400
CAL_SEED = 0
#: Candidate values of k (shape σ = k × volatility), smallest first.
SHAPE_GRID: tuple[float, ...] = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)
#: The share of (pair, party) seat totals the 5–95 % intervals must hold, and of seats'
#: shares the 90 % bands must hold, in the training pairs.
TARGET_COVERAGE = 0.90


@dataclass
class _PairFit:
    label: str
    base: Any
    actual: Any
    shares: np.ndarray
    plan: Any
    gb: np.ndarray
    cols: list[int]
    volatility: float


def error_sizes(
    model: str,
    before: str,
    *,
    national: float = 0.0,
    db: str | os.PathLike[str] | None = None,
) -> ErrorSizes:
    """Regional, seat and shape error of ``model`` from the training pairs before
    ``before``, each pair projected by a model that never saw it (leave one pair out).

    * regional: as in the module docstring;
    * shape, k in σ_shape = k·V: the smallest k of :data:`SHAPE_GRID` at which the Monte
      Carlo's 5–95 % seat-total intervals miss the actual total in at most 1 −
      :data:`TARGET_COVERAGE` of (pair, main party) cases (rounded to a whole case), each
      pair drawn with its own volatility V (:func:`volatility`): so a big-shift year gets
      wider intervals;
    * seat, σ_seat² = a² + (b·V)²: per pair the σ at which the 90 % per-seat bands (with
      that pair's shape error) hold 90 % of actual shares, then a and b by non-negative
      least squares over the pairs."""
    from psephos import config

    pairs = training_pairs(before, db=db)
    path = config.default_db_path(db)
    key = (model, tuple(pairs), str(path), path.stat().st_mtime if path.exists() else 0.0)
    if key in _SIZES:
        s = _SIZES[key]
        return ErrorSizes(
            national,
            s.regional,
            s.seat,
            s.pairs,
            s.shape,
            s.seat_fixed,
            s.seat_per_volatility,
            s.shape_per_volatility,
            s.volatility,
        )
    seat_sq: list[np.ndarray] = []
    reg_sq: list[np.ndarray] = []
    fits: list[_PairFit] = []
    blend = 1.0
    if model == "fitted":  # the stacking weight of the cut-off (from these pairs only)
        from psephos.models.stack import blend_choice

        blend = blend_choice(before, db=db).weight
    for pair in pairs:
        others = tuple(p for p in pairs if p != pair)
        if model == "fitted" and not others:
            continue
        base, actual, shares, plan = _project_pair(
            pair, model, fitted_on=others, blend=blend, db=db
        )
        gb = (base.country != "Northern Ireland") & ~(base.local_party == "Spk").any(axis=1)
        cols = [base.column(p) for p in MAIN]
        x, y = shares[gb][:, cols], actual.shares[gb][:, cols]
        both = (x > 0) & (y > 0) & (base.shares[gb][:, cols] > 0)
        seat_sq.append((((y - x) / h(x))[both]) ** 2)
        reg_sq.append(_regional_sq(base, actual, cols))
        fits.append(
            _PairFit(pair.label, base, actual, shares, plan, gb, cols, volatility(base, shares, gb))
        )
    seat = float(np.sqrt(np.concatenate(seat_sq).mean()) * 100) if seat_sq else 6.0
    regional = float(np.sqrt(np.concatenate(reg_sq).mean()) * 100) if reg_sq else 3.5
    if len(fits) < 2:  # too few pairs to relate the errors to volatility: flat sizes
        out = ErrorSizes(national, regional, seat, tuple(p.label for p in pairs), 0.0)
        _SIZES[key] = out
        return out
    # 1. seat σ per pair without shape error, then k, then seat σ again given k
    a, b = _fit_seat(fits, 0.0)
    k = _fit_shape(fits, model, a, b)
    a, b = _fit_seat(fits, k)
    mean_v = float(np.mean([f.volatility for f in fits]))
    out = ErrorSizes(
        national,
        regional,
        float(np.hypot(a, b * mean_v)),
        tuple(p.label for p in pairs),
        k * mean_v,
        a,
        b,
        k,
        mean_v,
    )
    _SIZES[key] = out
    return out


def _band_coverage(f: _PairFit, seat_sd: float, shape_sd: float) -> float:
    from psephos.models.project import shape_dev

    p = len(f.base.parties)
    dev = shape_dev(f.shares, p, f.base.valid_votes, f.base.region)[f.gb][:, f.cols]
    x, y = f.shares[f.gb][:, f.cols], f.actual.shares[f.gb][:, f.cols]
    both = (x > 0) & (y > 0) & (f.base.shares[f.gb][:, f.cols] > 0)
    sd = np.sqrt((seat_sd * h(x)) ** 2 + (100 * shape_sd * dev) ** 2) / 100
    return float((np.abs(y - x) <= 1.6448536269514722 * sd)[both].mean())


def _fit_seat(fits: list[_PairFit], k: float) -> tuple[float, float]:
    """a, b of σ_seat² = a² + (b·V)² from each pair's σ at 90 % band coverage."""
    from scipy.optimize import nnls

    v2, s2 = [], []
    for f in fits:
        lo, hi = 0.0, 30.0
        for _ in range(40):  # bisection on σ: coverage rises with it
            mid = (lo + hi) / 2
            if _band_coverage(f, mid, k * f.volatility) < TARGET_COVERAGE:
                lo = mid
            else:
                hi = mid
        v2.append(f.volatility**2)
        s2.append(hi**2)
    coef, _ = nnls(np.column_stack([np.ones(len(v2)), v2]), np.asarray(s2))
    return float(np.sqrt(coef[0])), float(np.sqrt(coef[1]))


def _fit_shape(fits: list[_PairFit], model: str, a: float, b: float) -> float:
    """The smallest k of :data:`SHAPE_GRID` whose intervals hold enough seat totals."""
    from psephos.models.project import assemble

    for k in SHAPE_GRID:
        hits: list[bool] = []
        for i, f in enumerate(fits):
            # at most 5 cases per pair are left: with more misses than even that many cases
            # allow, this k has failed whatever they hold (the same k, found sooner)
            if len(hits) - sum(hits) > _allowed_misses(len(hits) + 5 * (len(fits) - i)):
                break
            sd_seat = float(np.hypot(a, b * f.volatility))
            proj = assemble(
                f.base,
                f.plan,
                f.shares,
                model=model,
                sims=CAL_DRAWS,
                seed=CAL_SEED,
                sd=(0.0, 0.0, sd_seat),
                shape_sd=k * f.volatility,
                workers=1,
            )
            hits.extend(_total_hits(proj, f))
        if hits and len(hits) - sum(hits) <= _allowed_misses(len(hits)):
            return k
    return SHAPE_GRID[-1]


def _allowed_misses(n: int) -> int:
    """At most 10 % of ``n`` cases missed, rounded to the nearest whole case (with 28
    cases, 3 misses are allowed, not 2: 89.3 % is as near 90 % as 28 cases get)."""
    return round((1 - TARGET_COVERAGE) * n)


def _total_hits(proj: Any, f: _PairFit) -> list[bool]:
    sim = proj.simulation
    full = np.concatenate([f.actual.shares, f.actual.local_shares], axis=1)[f.gb]
    won = full.argmax(axis=1)
    out = []
    for q in ("Con", "Lab", "LD", "RUK", "SNP"):
        c = f.base.column(q)
        n = int((won == c).sum())
        lo, hi = sim.quantile(c, 0.05), sim.quantile(c, 0.95)
        if n == 0 and hi == 0:
            continue
        out.append(lo <= n <= hi)
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
