"""The fitted seat model (``--model fitted``): each seat's change learnt from earlier elections.

The textbook swing models (:mod:`psephos.models.swing`) move every seat by one national rule.
This model predicts each party's share in each seat from the seat's own situation and
the change asked of its area, with coefficients fitted on earlier pairs of elections fought
on the same boundaries (notional 2005 → 2010, 2010 → 2015, 2015 → 2017, 2017 → 2019,
notional 2019 → 2024; a back-test uses only the pairs whose later election comes before its
target, :func:`training_pairs`). It is a log-linear model:

.. math::
    \\log \\hat s_{sp} = \\log s^0_{sp} + \\alpha_{c(s),p} + x_{sp}^\\top \\beta + \\text{row}_s

* :math:`s^0_{sp} = b_{sp} + \\tfrac12 \\max(0, D_{cp})` where *p* stands (the base share,
  seeded for a rising party so that it can gain where it had no votes, as Reform UK did
  where the Brexit Party stood down in 2019); :math:`D_{cp} = T_{cp} - B_{cp}` is the change
  of *p* asked of the seat's cell *c* (target minus base share there);
* :math:`x_{sp}` are the features of :data:`FEATURES`: how the party's change is shaped
  by its own strength (proportional for big changes, uniform for small ones), and tactical
  position: whether *p* is the seat's best-placed challenger (second at the base) or further
  behind, times the change asked of the seat's leading party, for the challenger also
  scaled by how close it is and by the vote of the parties behind it (the pool it can
  squeeze) relative to its own;
* optional seat features (:data:`EXTRA`, from :mod:`psephos.models.seatfacts`): in use,
  whether *p* gained the seat at a by-election in the parliament after the base; the
  sitting member standing again and census slopes are available (:data:`EXTRA_CHOICES`)
  but did not hold every back-test (docs/models.md);
* :math:`\\alpha` (one per cell and party) and :math:`\\text{row}` (one per seat) are not
  estimated: they are set by iterative proportional fitting (raking, :func:`rake`) so that
  every cell's vote-weighted shares equal its targets and every seat's shares add up to
  the vote not held by local candidates. The targets are therefore met exactly.

:math:`\\beta` is estimated by weighted least squares (statsmodels ``WLS``) on
:math:`y = \\log(s^1 + \\varepsilon) - \\log(s^0 + \\varepsilon)` after removing the mean of
each (pair, region, party) group (the within estimator, which absorbs :math:`\\alpha`),
with weights :math:`w_s \\sqrt{s^0_{sp}}` (valid votes times the root of the share: small
shares have noisy logs). Rows where a party stood at the base but not at the target (pacts,
withdrawals) are left out: a projection assumes that parties stand where they stood.
:attr:`FittedModel.summary` gives the coefficients with standard errors.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from psephos.errors import InputError, ModelError
from psephos.models.base import OTHER, Base
from psephos.models.pairs import Pair, all_pairs, load_pair, training_pairs

#: Floor added inside logs (half a point of the vote).
EPS = 0.005
#: Fraction of a rising party's change used to seed its start share.
SEED = 0.5
#: Scale (share of the vote) of the challenger's closeness to the leader.
CLOSE = 0.10
#: The features, in the order of :attr:`FittedModel.params`.
FEATURES: tuple[tuple[str, str], ...] = (
    (
        "shape_falling",
        "log(start/B) × min(0, log(T/B)): a falling party's loss in its strong seats "
        "relative to proportional (0) and uniform (< 0)",
    ),
    (
        "shape_rising",
        "log(start/B) × max(0, log(T/B)): a rising party's gain in its strong seats",
    ),
    (
        "challenger_x_leader_change",
        "1[p second at the base] × D of the seat's leading party",
    ),
    (
        "behind_x_leader_change",
        "1[p third or lower] × D of the seat's leading party (squeeze or unwinding)",
    ),
    (
        "challenger_x_leader_change_x_close",
        "1[p second] × D of the leader × exp(−gap/0.10), gap = leader's lead over p",
    ),
    (
        "challenger_x_leader_change_x_pool",
        "1[p second] × D of the leader × min(5, pool/share of p), pool = the base shares "
        "of the parties third or lower: the vote there is to squeeze, relative to p",
    ),
)
#: Cap of the pool-to-challenger ratio (a guard for a challenger with almost no votes).
POOL_CAP = 5.0
#: Parties given their own census slopes.
CENSUS_PARTIES: tuple[str, ...] = ("Con", "Lab", "LD", "RUK", "Green")
#: Optional seat features (:mod:`psephos.models.seatfacts`); each name adds the columns of
#: :func:`extra_columns`. The model card in docs/models.md gives each one's back-test.
EXTRA_CHOICES: dict[str, str] = {
    "byelection_gain": "1[p gained the seat at a by-election in the parliament]",
    "byelection_loss": "1[p held the seat at the base and lost it at a by-election]",
    "mp_stands": "1[p held the seat and its sitting MP stands again] (share π when unknown)",
    "mp_retires": "1[p held the seat and its sitting MP does not stand] (1 − π when unknown)",
    "holder_unknown": "1[p held the seat, whether its MP stands unknown] (training only)",
    "degree": "degree share of the seat (z-score) × 1[p = q], one column per census party",
    "age65": "share aged 65+ of the seat (z-score) × 1[p = q], one column per census party",
}
#: The optional features in use (those that held or improved every back-test).
EXTRA: tuple[str, ...] = ("byelection_gain",)


def extra_names(extra: Sequence[str]) -> list[tuple[str, str]]:
    """(name, description) of every column :func:`extra_columns` adds for ``extra``."""
    out = []
    for e in extra:
        if e in ("degree", "age65"):
            out += [(f"{e}_x_{q}", f"{e} z-score × 1[p = {q}]") for q in CENSUS_PARTIES]
        else:
            out.append((e, EXTRA_CHOICES[e]))
    return out


def extra_columns(
    facts: Any,
    parties: Sequence[str],
    shape: tuple[int, int],
    extra: Sequence[str],
    pi: float,
    *,
    training: bool = False,
) -> np.ndarray:
    """The (S, P, K) columns of the optional features ``extra`` from a
    :class:`~psephos.models.seatfacts.SeatFacts`. ``pi`` is the share of holders whose MP
    stood again in the training pairs: where that is unknown (a projection never reads
    the target's candidates) the MP columns take π and 1 − π, except in ``training`` with
    ``holder_unknown``, which then marks those rows instead."""
    s, p = shape
    cols: list[np.ndarray] = []
    if not extra:
        return np.zeros((s, p, 0))
    is_holder = np.zeros((s, p), bool)
    h = facts.holder
    ok = h >= 0
    is_holder[np.flatnonzero(ok), h[ok]] = True
    known = np.isfinite(facts.mp_stands)
    flag = training and "holder_unknown" in extra
    stands = np.where(known, facts.mp_stands, 0.0 if flag else pi)
    retires = np.where(known, 1 - facts.mp_stands, 0.0 if flag else 1 - pi)
    for e in extra:
        if e == "byelection_gain":
            cols.append(facts.by_gain.astype(float))
        elif e == "byelection_loss":
            cols.append(is_holder * facts.by_loss[:, None])
        elif e == "mp_stands":
            cols.append(is_holder * stands[:, None])
        elif e == "mp_retires":
            cols.append(is_holder * retires[:, None])
        elif e == "holder_unknown":
            cols.append(is_holder * (~known & flag)[:, None])
        elif e in ("degree", "age65"):
            z = np.nan_to_num(facts.census[:, 0 if e == "degree" else 1])
            for q in CENSUS_PARTIES:
                col = np.zeros((s, p))
                if q in parties:
                    col[:, list(parties).index(q)] = z
                cols.append(col)
    return np.stack(cols, axis=-1)


def features(
    b: np.ndarray,
    local: np.ndarray,
    base_area: np.ndarray,
    target: np.ndarray,
    st: np.ndarray,
    extra: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The feature tensor (S, P, F) and start shares (S, P).

    ``b`` (S, P) base shares of the moving columns, ``local`` (S, K) the local candidates'
    shares, ``base_area`` and ``target`` (S, P) the base and target share of each party in
    the seat's cell, ``st`` (S, P) where each party stands; ``extra`` (S, P, K) optional
    seat features (:func:`extra_columns`) appended after :data:`FEATURES`.
    """
    s, p = b.shape
    d = target - base_area
    start = np.where(st, b + SEED * np.maximum(d, 0.0), 0.0)
    full = np.concatenate([b, local], axis=1)
    order = np.argsort(-full, axis=1, kind="stable")
    lead, chal = order[:, 0], order[:, 1]
    rows = np.arange(s)
    lead_nat = lead < p
    lead_ix = np.minimum(lead, p - 1)
    d_lead = np.where(lead_nat, d[rows, lead_ix], 0.0)
    r = np.log((target + EPS) / (base_area + EPS))
    ell = np.log((start + EPS) / (base_area + EPS))
    is_lead = np.zeros((s, p), dtype=bool)
    is_lead[rows[lead_nat], lead[lead_nat]] = True
    is_chal = np.zeros((s, p), dtype=bool)
    chal_nat = chal < p
    is_chal[rows[chal_nat], chal[chal_nat]] = True
    behind = ~is_lead & ~is_chal & st
    gap = full[rows, lead] - full[rows, chal]
    close = np.exp(-gap / CLOSE)
    pool = (b * behind).sum(axis=1)
    ratio = np.minimum(pool / np.maximum(full[rows, chal], 0.02), POOL_CAP)
    x = np.stack(
        [
            ell * np.minimum(r, 0.0),
            ell * np.maximum(r, 0.0),
            is_chal * d_lead[:, None],
            behind * d_lead[:, None],
            is_chal * (d_lead * close)[:, None],
            is_chal * (d_lead * ratio)[:, None],
        ],
        axis=-1,
    )
    if extra is not None and extra.shape[-1]:
        x = np.concatenate([x, extra], axis=-1)
    return x * st[..., None], start


def rake(
    start: np.ndarray,
    weights: np.ndarray,
    cell: np.ndarray,
    targets: np.ndarray,
    rows: np.ndarray,
    *,
    iterations: int = 1000,
    tol: float = 1e-12,
) -> np.ndarray:
    """Iterative proportional fitting: scale columns within each cell to the cell's targets
    and rows to their sums, until both hold.

    ``start`` (S, P) ≥ 0, ``weights`` (S,) valid votes, ``cell`` (S,) cell id 0..C-1,
    ``targets`` (C, P) target shares of each cell, ``rows`` (S,) each seat's row sum. The
    result keeps zeros (a party that does not stand gets nothing) and ends on a row step,
    so every seat's shares add up exactly; the cells' targets are met to ``tol`` when the
    problem is feasible, and to about 1e-5 (0.001 points) in extreme cases (95 % of the
    vote named, where the zeros of parties not standing make the fit nearly infeasible).
    """
    x = np.array(start, dtype=float)
    n_cells = targets.shape[0]
    onehot = np.zeros((n_cells, x.shape[0]))
    onehot[cell, np.arange(x.shape[0])] = weights
    onehot /= onehot.sum(axis=1, keepdims=True)
    live = targets > 0
    safe_t = np.where(live, targets, 1.0)
    safe_rows = np.where(rows > 0, rows, 0.0)
    for i in range(iterations):
        got = onehot @ x
        f = np.where(
            live & (got > 0), safe_t / np.where(got > 0, got, 1.0), np.where(live, 1.0, 0.0)
        )
        x *= f[cell]
        sums = x.sum(axis=1)
        x *= (safe_rows / np.where(sums > 0, sums, 1.0))[:, None]
        if i % 5 == 4 and np.abs(onehot @ x - targets).max() < tol:
            break
    return x


@dataclass(frozen=True)
class FittedModel:
    """Coefficients of the fitted seat model and what they were fitted on."""

    pairs: tuple[str, ...]
    params: np.ndarray
    bse: np.ndarray
    n_obs: int
    r2: float
    extra: tuple[str, ...] = ()
    pi: float = float("nan")

    @property
    def names(self) -> list[tuple[str, str]]:
        return [*FEATURES, *extra_names(self.extra)]

    @property
    def summary(self) -> list[dict[str, Any]]:
        """One row per feature: name, description, coefficient, standard error."""
        return [
            {
                "feature": name,
                "description": desc,
                "coefficient": float(c),
                "std_error": float(e) if np.isfinite(e) else None,
            }
            for (name, desc), c, e in zip(self.names, self.params, self.bse, strict=True)
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "pairs": list(self.pairs),
            "n_obs": self.n_obs,
            "r2_within": self.r2,
            "coefficients": self.summary,
            "mp_stands_share": None if not np.isfinite(self.pi) else self.pi,
        }

    def predict(
        self,
        b: np.ndarray,
        local: np.ndarray,
        weights: np.ndarray,
        cell: np.ndarray,
        cell_targets: np.ndarray,
        st: np.ndarray,
        extra: np.ndarray | None = None,
    ) -> np.ndarray:
        """Shares (S, P) of the moving columns: the model's start, raked to the targets.

        ``cell`` (S,) cell ids 0..C-1 and ``cell_targets`` (C, P) as in :func:`rake`;
        ``extra`` the seats' :func:`extra_columns` for :attr:`extra`.
        """
        n_cells = cell_targets.shape[0]
        onehot = np.zeros((n_cells, b.shape[0]))
        onehot[cell, np.arange(b.shape[0])] = weights
        base_cell = onehot @ b / onehot.sum(axis=1)[:, None]
        if self.extra and extra is None:
            raise ModelError("This fitted model needs the seats' features (seatfacts).")
        x, start = features(b, local, base_cell[cell], cell_targets[cell], st, extra)
        guess = start * np.exp(np.clip(x @ self.params, -5.0, 5.0))
        new = (cell_targets[cell] > 0) & st & (guess <= 0)
        guess[new] = 1e-6  # a party given a target where it stands gets a foothold
        return rake(guess, weights, cell, cell_targets, b.sum(axis=1))


def _cells(region: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    names, ids = np.unique(region, return_inverse=True)
    return names, ids


def _stands(b: np.ndarray, country: np.ndarray) -> np.ndarray:
    st = np.zeros(b.shape, dtype=bool)
    for c in np.unique(country):
        rows = country == c
        st[rows] = b[rows].sum(axis=0) > 0
    return st


def pair_data(pair: Pair, db: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Aligned arrays of one pair (GB seats, the Speaker's left out)."""
    from psephos.models import seatfacts

    a, z = load_pair(pair, db)
    facts = (
        seatfacts.missing(a)
        if pair.base.startswith("hist")
        else seatfacts.seat_facts(a, pair.date, pair.target, db)
    )
    keep = (
        (a.country != "Northern Ireland")
        & ~(a.local_party == "Spk").any(axis=1)
        & ~(z.local_party == "Spk").any(axis=1)
    )
    return {
        "b0": a.shares[keep],
        "b1": z.shares[keep],
        "local0": a.local_shares[keep],
        "w": a.valid_votes[keep],
        "region": a.region[keep],
        "country": a.country[keep],
        "facts": facts.take(np.flatnonzero(keep)),
        "parties": a.parties,
    }


def _design(
    d: dict[str, Any], group: int, extra: tuple[str, ...] = (), pi: float = float("nan")
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    names, cell = _cells(d["region"])
    onehot = np.zeros((len(names), len(cell)))
    onehot[cell, np.arange(len(cell))] = d["w"]
    cw = onehot.sum(axis=1)[:, None]
    base_cell = (onehot @ d["b0"] / cw)[cell]
    tgt_cell = (onehot @ d["b1"] / cw)[cell]
    st = _stands(d["b0"], d["country"]) | ((tgt_cell > 0) & (base_cell == 0))
    ex = extra_columns(d["facts"], d["parties"], d["b0"].shape, extra, pi, training=True)
    x, start = features(d["b0"], d["local0"], base_cell, tgt_cell, st, ex)
    y = np.log(d["b1"] + EPS) - np.log(start + EPS)
    keep = st & (start > 0) & ~((d["b0"] > 0) & (d["b1"] == 0))
    wt = d["w"][:, None] * np.sqrt(start)
    g = (group * 1000 + cell)[:, None] * 100 + np.arange(d["b0"].shape[1])[None, :]
    return x[keep], y[keep], wt[keep], g[keep]


_DESIGNS: dict[tuple[Any, ...], tuple[np.ndarray, ...]] = {}


def _design_cached(
    pair: Pair,
    group: int,
    db: str | os.PathLike[str] | None,
    extra: tuple[str, ...] = (),
    pi: float = float("nan"),
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    from psephos import config

    path = config.default_db_path(db)
    key = (pair, str(path), path.stat().st_mtime if path.exists() else 0.0, extra, pi)
    if key not in _DESIGNS:
        if len(_DESIGNS) > 32:
            _DESIGNS.clear()
        _DESIGNS[key] = _design(_pair_data_cached(pair, db), 0, extra, pi)
    x, y, wt, g = _DESIGNS[key]
    return x, y, wt, g + group * 100_000


_DATA: dict[tuple[Any, ...], dict[str, Any]] = {}


def _pair_data_cached(pair: Pair, db: str | os.PathLike[str] | None) -> dict[str, Any]:
    from psephos import config

    path = config.default_db_path(db)
    key = (pair, str(path), path.stat().st_mtime if path.exists() else 0.0)
    if key not in _DATA:
        if len(_DATA) > 32:
            _DATA.clear()
        _DATA[key] = pair_data(pair, db)
    return _DATA[key]


def _stands_share(pairs: Sequence[Pair], db: str | os.PathLike[str] | None) -> float:
    """The share of seat holders whose sitting MP stood again, over the pairs that say."""
    known = [
        f.mp_stands[np.isfinite(f.mp_stands) & (f.holder >= 0)]
        for f in (_pair_data_cached(p, db)["facts"] for p in pairs)
    ]
    allk = np.concatenate(known) if known else np.zeros(0)
    return float(allk.mean()) if allk.size else float("nan")


def fit(
    pairs: Sequence[Pair],
    *,
    db: str | os.PathLike[str] | None = None,
    extra: Sequence[str] | None = None,
) -> FittedModel:
    """Estimate :math:`\\beta` on ``pairs`` (statsmodels WLS, within (pair, region, party));
    ``extra`` the optional features (default :data:`EXTRA`)."""
    from statsmodels.regression.linear_model import WLS

    if not pairs:
        raise ModelError(
            "The fitted model needs at least one earlier pair of elections to learn from.",
            hint="Back-tests start from 2015 → 2017; build the full store (psephos build).",
        )
    ex = tuple(EXTRA if extra is None else extra)
    unknown = {"mp_stands", "mp_retires"} & set(ex)
    pi = _stands_share(pairs, db) if unknown else float("nan")
    if unknown and not np.isfinite(pi):
        pi = 0.0  # no pair knows its candidates: the MP columns are then all 0 in training
    parts = [_design_cached(p, i, db, ex, pi) for i, p in enumerate(pairs)]
    x = np.concatenate([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    wt = np.concatenate([p[2] for p in parts])
    g = np.concatenate([p[3] for p in parts])
    _, gid = np.unique(g, return_inverse=True)
    sw = np.bincount(gid, weights=wt)
    ym = np.bincount(gid, weights=wt * y) / sw
    xm = np.stack([np.bincount(gid, weights=wt * x[:, k]) / sw for k in range(x.shape[1])], 1)
    xd = x - xm[gid]
    # a feature that never varies in these pairs (no by-election changed hands in them)
    # cannot be estimated: it gets 0 (no effect) and no standard error
    live = np.abs(xd).max(axis=0) > 0
    res = WLS(y - ym[gid], xd[:, live], weights=wt / wt.mean()).fit()
    params = np.zeros(x.shape[1])
    bse = np.full(x.shape[1], np.nan)
    params[live] = np.asarray(res.params, dtype=float)
    bse[live] = np.asarray(res.bse, dtype=float)
    return FittedModel(
        pairs=tuple(p.label for p in pairs),
        params=params,
        bse=bse,
        n_obs=int(res.nobs),
        r2=float(res.rsquared),
        extra=ex,
        pi=pi,
    )


_FITS: dict[tuple[Any, ...], FittedModel] = {}


def fitted_for(
    before: str | None = None, *, db: str | os.PathLike[str] | None = None
) -> FittedModel:
    """The model fitted on :func:`training_pairs` ``(before)``, cached per store file."""
    from psephos import config

    path = config.default_db_path(db)
    pairs = training_pairs(before, db=db)
    key = (str(path), path.stat().st_mtime if path.exists() else 0.0, tuple(pairs), EXTRA)
    if key not in _FITS:
        if len(_FITS) > 16:
            _FITS.clear()
        _FITS[key] = fit(pairs, db=db)
    return _FITS[key]


def fitted_shares(
    base: Base,
    cells: Sequence[tuple[np.ndarray, np.ndarray]],
    stands: Sequence[np.ndarray],
    model: FittedModel,
    facts: Any = None,
) -> np.ndarray:
    """National-column shares (S, P) of ``base`` with every cell ``(mask, targets)`` raked
    to its targets; seats in no cell keep the base. ``facts`` are the seats'
    :class:`~psephos.models.seatfacts.SeatFacts`, needed when the model has extra features."""
    out = base.shares.copy()
    if not cells:
        return out
    in_cell = np.zeros(base.n_seats, dtype=bool)
    cell = np.zeros(base.n_seats, dtype=np.int64)
    st = np.zeros(out.shape, dtype=bool)
    for i, ((mask, _), s) in enumerate(zip(cells, stands, strict=True)):
        if (in_cell & mask).any():
            raise InputError("Cells overlap.")
        in_cell |= mask
        cell[mask] = i
        st[mask] = s
    targets = np.stack([t for _, t in cells])
    rows = np.flatnonzero(in_cell)
    extra = None
    if model.extra:
        if facts is None:
            raise ModelError("This fitted model needs the seats' features (seatfacts).")
        extra = extra_columns(
            facts.take(rows), base.parties, (rows.size, out.shape[1]), model.extra, model.pi
        )
    out[rows] = model.predict(
        base.shares[rows],
        base.local_shares[rows],
        base.valid_votes[rows],
        cell[rows],
        targets,
        st[rows],
        extra,
    )
    return out


__all__ = [
    "EPS",
    "FEATURES",
    "OTHER",
    "FittedModel",
    "Pair",
    "all_pairs",
    "features",
    "fit",
    "fitted_for",
    "fitted_shares",
    "rake",
    "training_pairs",
]
