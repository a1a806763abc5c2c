"""Swing models: national target shares → shares in every seat.

Every model here is a pure function of the same four arrays and returns a new array:

``shares`` (S, P)
    base shares of the *moving* columns in each seat (fractions of valid votes). A row may
    sum to less than 1: the rest belongs to local candidates, which stay fixed.
``weights`` (S,)
    valid votes per seat, so that the national base share is
    :math:`B_p = \\sum_s w_s b_{sp} / \\sum_s w_s`.
``targets`` (P,)
    the national target shares :math:`T_p`, with :math:`\\sum_p T_p = \\sum_p B_p` (the
    fixed local vote is already taken out).
``stands`` (S, P) bool, optional
    where party *p* may receive votes (default: everywhere). A party does not stand in a
    country where it had no votes at the base (the SNP in England).

Each model keeps every seat's row sum, never returns a negative share, and returns the base
unchanged when ``targets`` equal the base national shares.

References
----------
.. [1] D. Butler and D. Stokes, *Political Change in Britain*, 2nd ed., Macmillan, 1974,
   ch. 6 (uniform swing).
.. [2] M. Baxter, "Transition Model 2004", Electoral Calculus,
   https://www.electoralcalculus.co.uk/blogs/newmodel.html
.. [3] M. Baxter, "Strong Transition Model 2007", Electoral Calculus,
   https://electoralcalculus.co.uk/blogs/strongmodel.html
.. [4] J. Curtice and M. Steed, "Electoral choice and the production of government",
   *British Journal of Political Science* 12(3), 1982 (proportional vs uniform change).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from psephos.errors import ModelError

#: Share of valid votes up to which a party's supporters are "weak" in the STM [3]_.
STM_THRESHOLD = 0.20

_TOL = 1e-9


def national_shares(shares: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Vote-weighted national shares :math:`B_p = \\sum_s w_s b_{sp} / \\sum_s w_s`."""
    return np.asarray(weights @ shares / weights.sum())


def _prepare(
    shares: np.ndarray, weights: np.ndarray, targets: np.ndarray, stands: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    b = np.asarray(shares, dtype=float)
    w = np.asarray(weights, dtype=float)
    t = np.asarray(targets, dtype=float)
    if b.ndim != 2 or w.shape != (b.shape[0],) or t.shape != (b.shape[1],):
        raise ModelError(
            f"Shapes do not fit: shares {b.shape}, weights {w.shape}, targets {t.shape}; "
            "expected (S, P), (S,) and (P,)."
        )
    if (t < -_TOL).any() or (b < -_TOL).any():
        raise ModelError("Shares and targets must not be negative.")
    base = national_shares(b, w)
    if abs(t.sum() - base.sum()) > 1e-6:
        raise ModelError(
            f"The targets add up to {t.sum():.6f} but the base columns to {base.sum():.6f}; "
            "a swing model moves votes between columns and cannot create or remove them.",
            hint="Give the rest to 'Oth' (psephos.models.targets does this).",
        )
    st = np.ones(b.shape, dtype=bool) if stands is None else np.asarray(stands, dtype=bool)
    if st.shape != b.shape:
        raise ModelError(f"stands has shape {st.shape}; expected {b.shape}.")
    return b, w, t, base, st


def _renormalise(out: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Rescale rows whose sum drifted from ``rows`` (after flooring) back to ``rows``."""
    sums = out.sum(axis=1)
    drift = np.abs(sums - rows) > 1e-12
    if drift.any():
        scale = np.divide(
            rows[drift], sums[drift], out=np.zeros(int(drift.sum())), where=sums[drift] > 0
        )
        out[drift] *= scale[:, None]
    # rescaling can leave a share one rounding step above 1 (a seat with one party left)
    np.clip(out, 0.0, 1.0, out=out)
    return out


def uniform_swing(
    shares: np.ndarray,
    weights: np.ndarray,
    targets: np.ndarray,
    *,
    stands: np.ndarray | None = None,
) -> np.ndarray:
    """Uniform national swing (UNS): every seat moves by the national change.

    :math:`\\hat s_{sp} = b_{sp} + \\delta_p`, with :math:`\\delta_p = (T_p - B_p) / f_p`
    where :math:`f_p` is the vote-weighted fraction of the area in which *p* stands (1 for a
    party standing everywhere), so a party confined to Scotland swings only there.

    Shares that would go negative are floored at 0 and the seat's row is rescaled to its
    original sum (the other columns give up the excess in proportion to their shares). The
    national targets are met exactly when no share is floored; otherwise the achieved
    shares differ by the floored amount, and :func:`psephos.models.project` reports them.

    References
    ----------
    .. [1] Butler and Stokes (1974), ch. 6; Electoral Calculus, "Transition Model 2004",
       section 2 (additive model).
    """
    b, w, t, base, st = _prepare(shares, weights, targets, stands)
    frac = (w @ st) / w.sum()
    delta = np.divide(t - base, frac, out=np.zeros_like(t), where=frac > 0)
    if (delta == 0).all():
        return b.copy()
    out = np.where(st, b + delta, b)
    np.maximum(out, 0.0, out=out)
    return _renormalise(out, b.sum(axis=1))


def proportional_swing(
    shares: np.ndarray,
    weights: np.ndarray,
    targets: np.ndarray,
    *,
    stands: np.ndarray | None = None,
) -> np.ndarray:
    """Proportional swing: every seat's share is multiplied by the national ratio.

    :math:`\\hat s_{sp} = b_{sp} \\, T_p / B_p`, then each seat's row is rescaled to its
    original sum. National targets are met before that rescaling; after it they are met
    approximately (the rescaling pulls strong seats of a growing party back). A party with
    no votes at the base cannot gain any (:class:`~psephos.errors.ModelError`).

    References
    ----------
    .. [1] Curtice and Steed (1982); Electoral Calculus, "Transition Model 2004".
    """
    b, w, t, base, _ = _prepare(shares, weights, targets, stands)
    bad = (base <= 0) & (t > _TOL)
    if bad.any():
        raise ModelError(
            "Proportional swing cannot give votes to a column with no votes at the base "
            f"(columns {np.flatnonzero(bad).tolist()}).",
            hint="Use --model uns or transition for a party that did not stand before.",
        )
    ratio = np.divide(t, base, out=np.ones_like(t), where=base > 0)
    if (ratio == 1.0).all():
        return b.copy()
    out = b * ratio
    return _renormalise(out, b.sum(axis=1))


def _distribute_gains(
    released: np.ndarray, gains: np.ndarray, w: np.ndarray, st: np.ndarray
) -> np.ndarray:
    """Share each seat's released votes among the gaining columns standing there.

    Seat *s* gives gainer *q* the part :math:`r_s a_q m_{sq} / \\sum_j a_j m_{sj}`; the
    weights :math:`a_q` are found by iterative proportional fitting so that every gainer's
    national gain is exactly :math:`g_q` (with :math:`a_q = g_q`, one step, when every
    gainer stands everywhere).
    """
    out = np.zeros((released.shape[0], gains.shape[0]))
    gq = gains > 0
    if not gq.any():
        return out
    m = st[:, gq].astype(float)
    g = gains[gq]
    a = g.copy()
    total_w = w.sum()
    for _ in range(500):
        denom = m @ a
        part = np.divide(released, denom, out=np.zeros_like(released), where=denom > 0)
        alloc = part[:, None] * m * a[None, :]
        achieved = w @ alloc / total_w
        if np.allclose(achieved, g, rtol=0, atol=1e-13):
            break
        a = a * np.divide(g, achieved, out=np.ones_like(g), where=achieved > 0)
        # only the ratios of the weights matter; when a gain cannot be met (a party
        # standing in one country asked for more than its seats release: PC or the SNP
        # given a GB share) its weight grows without bound, so keep the largest at 1:
        # the limit is the whole released vote where it stands, and target_check and the
        # notes then show the shortfall instead of overflowing to NaN
        # (floored far below any real weight, so a divided share cannot overflow)
        a = np.maximum(a / a.max(), 1e-200)
    out[:, gq] = alloc
    return out


def transition(
    shares: np.ndarray,
    weights: np.ndarray,
    targets: np.ndarray,
    *,
    stands: np.ndarray | None = None,
) -> np.ndarray:
    """Electoral Calculus's transition model (2004): proportional loss, shared gain.

    A party falling nationally (:math:`T_p < B_p`) keeps the fraction :math:`T_p/B_p` of
    its vote in every seat; the votes it releases in a seat,
    :math:`r_s = \\sum_{p \\,\\text{losing}} b_{sp}(1 - T_p/B_p)`, go to the parties gaining
    nationally in proportion to their national gains :math:`g_q = T_q - B_q`:
    :math:`\\hat s_{sq} = b_{sq} + r_s g_q / \\sum_j g_j`. Shares stay in [0, 1], row sums
    are kept, and the national targets are met exactly.

    References
    ----------
    .. [1] M. Baxter, "Transition Model 2004", Electoral Calculus, section 3.
    """
    b, w, t, base, st = _prepare(shares, weights, targets, stands)
    losing = t < base
    keep = np.divide(t, base, out=np.ones_like(t), where=losing)
    lost = b * (1.0 - keep)
    return _transfer(b, lost, t - base, w, st)


def strong_transition(
    shares: np.ndarray,
    weights: np.ndarray,
    targets: np.ndarray,
    *,
    stands: np.ndarray | None = None,
    threshold: float = STM_THRESHOLD,
) -> np.ndarray:
    """Electoral Calculus's strong transition model (STM, 2007).

    A party's vote in a seat is split into *weak* supporters, up to ``threshold`` (20 %) of
    the valid vote, :math:`k_{sp} = \\min(b_{sp}, \\theta)`, and *strong* supporters,
    :math:`b_{sp} - k_{sp}`. A party losing :math:`D_p = B_p - T_p` nationally loses weak
    supporters first, in proportion: with national weak share :math:`K_p`,

    * if :math:`D_p \\le K_p`: loss :math:`l_{sp} = k_{sp} D_p / K_p`;
    * else all weak supporters go, and strong ones in proportion:
      :math:`l_{sp} = k_{sp} + (b_{sp}-k_{sp})(D_p - K_p)/(B_p - K_p)`.

    Released votes go to gaining parties as in :func:`transition`. The model behaves like
    uniform swing where a party is strong and proportionally where it is weak; the national
    targets are met exactly and shares stay in [0, 1].

    References
    ----------
    .. [1] M. Baxter, "Strong Transition Model 2007", Electoral Calculus,
       https://electoralcalculus.co.uk/blogs/strongmodel.html
    """
    b, w, t, base, st = _prepare(shares, weights, targets, stands)
    weak = np.minimum(b, threshold)
    strong = b - weak
    k_nat = national_shares(weak, w)
    s_nat = base - k_nat
    d = np.where(t < base, base - t, 0.0)
    first = d <= k_nat
    weak_frac = np.where(first, np.divide(d, k_nat, out=np.zeros_like(d), where=k_nat > 0), 1.0)
    strong_frac = np.where(
        first, 0.0, np.divide(d - k_nat, s_nat, out=np.zeros_like(d), where=s_nat > 0)
    )
    lost = weak * weak_frac + strong * np.minimum(strong_frac, 1.0)
    return _transfer(b, lost, t - base, w, st)


def _transfer(
    b: np.ndarray, lost: np.ndarray, change: np.ndarray, w: np.ndarray, st: np.ndarray
) -> np.ndarray:
    if not (change != 0).any():
        return b.copy()
    released = lost.sum(axis=1)
    gained = _distribute_gains(released, np.where(change > 0, change, 0.0), w, st)
    out = b - lost + gained
    np.maximum(out, 0.0, out=out)
    return _renormalise(out, b.sum(axis=1))


Model = Callable[..., np.ndarray]

#: The models by name (the ``--model`` choices).
MODELS: dict[str, Model] = {
    "uns": uniform_swing,
    "proportional": proportional_swing,
    "transition": transition,
    "stm": strong_transition,
}

#: One line per model, for help texts and JSON.
DESCRIPTIONS: dict[str, str] = {
    "uns": "uniform national swing (additive), floored at 0",
    "proportional": "proportional swing (multiplicative)",
    "transition": "Electoral Calculus transition model (2004)",
    "stm": "Electoral Calculus strong transition model (2007)",
}


def tactical(shares: np.ndarray, from_col: int, against_col: int, fraction: float) -> np.ndarray:
    """Move ``fraction`` of one party's voters to the party best placed to beat another.

    Only in seats that ``against_col`` leads: there the challenger is the runner-up (the
    highest share other than ``against_col``, local candidates included), and
    the fraction f of the donor's share moves to it unless the ``from_col`` party is itself the
    runner-up. Where ``against_col`` does not lead, nothing moves: voting against it
    there would only help whoever already leads. ``shares`` is the full (S, C) matrix of a
    projection, rows summing to 1; a new matrix is returned.
    """
    if not 0.0 <= fraction <= 1.0:
        raise ModelError(f"Tactical fraction {fraction} is outside [0, 1].")
    out = np.array(shares, dtype=float, copy=True)
    rows = np.arange(out.shape[0])
    leads = out.argmax(axis=1) == against_col
    masked = out.copy()
    masked[:, against_col] = -np.inf
    runner_up = masked.argmax(axis=1)
    move = leads & (runner_up != from_col) & (out[:, from_col] > 0)
    moved = np.where(move, fraction * out[:, from_col], 0.0)
    out[:, from_col] -= moved
    out[rows, runner_up] += moved
    return out
