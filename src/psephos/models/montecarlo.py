"""Monte Carlo around a projection: national, regional and seat error.

Draw *d* perturbs the projected share :math:`x_{sc}` of every candidate column *c* standing
in seat *s* (:math:`x_{sc} > 0`):

.. math::
    y^{(d)}_{sc} = x_{sc} + \\mathbb 1[c \\text{ national}]\\,(\\epsilon^{(d)}_{c}
                   + \\eta^{(d)}_{r(s),c}) + \\sigma_{\\text{seat}}\\, h(x_{sc})\\, z^{(d)}_{sc}

* national error :math:`\\epsilon_c \\sim N(0, (\\sigma_{\\text{nat}} h(X_c))^2)`, then
  centred, :math:`\\epsilon_c \\leftarrow \\epsilon_c - X_c \\sum_j \\epsilon_j / \\sum_j X_j`,
  so the errors of all parties add to zero (what one party gains in the polls' miss another
  loses: errors are negatively correlated through that constraint);
* regional error :math:`\\eta_{r,c}`, the same form with :math:`\\sigma_{\\text{reg}}`, one per
  region (the 9 English regions, Scotland, Wales, Northern Ireland);
* seat noise :math:`z_{sc} \\sim N(0, 1)`, independent, for national and local candidates.

:math:`h(x) = \\sqrt{x(1-x)} / 0.5` scales an error quoted for a party at 50 % down for
smaller ones (binomial-like), so a 2 % party is not given a ±2.5-point national error. The
winner of a draw is the largest :math:`y` (shares below 0 lose; rescaling a seat's row to
sum 1 would not change its winner, so it is skipped).

Only candidates standing in a seat are drawn: the (seat, column) pairs with a positive
share are packed into one vector of slots (about 6 per seat), so a chunk of draws is a
(draws × slots) array of normal draws, worked on seat-major in cache-sized blocks
(:class:`_Layout`) with a few vectorised numpy operations. Draws run
in chunks of fixed size, each from its own child of one :class:`numpy.random.SeedSequence`
(results do not depend on the number of threads), and only bounded accumulators are kept:
win counts per slot and, per party, a histogram of seat totals (0..S). Memory is therefore
the same for 10,000 draws as for 10 million.

Default sizes (percentage points, for a party at 50 %; see docs/models.md):
national 2.5 (final-poll errors on party shares in British elections have had a mean
absolute error of about 2 points, i.e. a normal s.d. of about 2.5, Jennings and Wlezien
2018; Sturgis et al. 2016), regional 3.5 and seat 6.0: the medians, over Con, Lab, LD,
Reform and Green, of the spread of 2019 (notional) → 2024 changes in share of the English
regions, Scotland and Wales around the GB change (5.1, 5.5, 2.6, 3.5, 1.1) and of seats
around their region's change (6.5, 9.1, 5.8, 6.1, 4.0), computed from the store (the
recipe is in docs/models.md). 2024 was an unusually uneven election, so these err on the
wide side.

References
----------
.. [1] W. Jennings and C. Wlezien, "Election polling errors across time and space",
   *Nature Human Behaviour* 2, 276–283, 2018.
.. [2] P. Sturgis et al., *Report of the Inquiry into the 2015 British general election
   opinion polls*, British Polling Council and Market Research Society, 2016.
.. [3] J. Curtice and D. Firth, "Exit polling in a cold climate: the BBC–ITV experience in
   Britain in 2005", *JRSS A* 171(3), 509–539, 2008 (seat-level variation around swing).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from psephos.errors import InputError

NATIONAL_SD = 2.5
REGIONAL_SD = 3.5
SEAT_SD = 6.0
CHUNK = 250
#: Draws worked on at once inside a chunk (a cache-sized block; results do not depend on it).
BLOCK = 64
MAX_DRAWS = 100_000_000


@dataclass(frozen=True)
class Slots:
    """The candidates standing in each seat, packed by seat.

    seat, col, label, region : (M,) int arrays; x : (M,) projected shares;
    national : (P,) projected national shares of the national columns (``col < P``;
    local candidates have ``col == P``); starts : (S,) first slot of each seat.
    """

    seat: np.ndarray
    col: np.ndarray
    label: np.ndarray
    region: np.ndarray
    x: np.ndarray
    national: np.ndarray
    starts: np.ndarray
    n_seats: int
    n_labels: int
    n_regions: int
    keep: np.ndarray | None = None  # indices into the unpruned slots, once pruned
    dev: np.ndarray | None = None  # (M,) share minus the party's regional share (shape error)


def pack(
    shares: np.ndarray,
    n_national: int,
    labels: np.ndarray,
    region: np.ndarray,
    national: np.ndarray,
    n_labels: int,
    dev: np.ndarray | None = None,
) -> Slots:
    """Pack a (S, C) share matrix (national columns first) into :class:`Slots`.

    ``labels`` (S, C) gives each column's party label id in each seat; ``region`` (S,) a
    region id per seat; ``national`` (n_national,) the national shares; ``dev`` (S, C),
    optional, each share minus its party's share in the seat's region (0 for local
    candidates), which the shape error multiplies.
    """
    s_idx, c_idx = np.nonzero(shares > 0)
    seats = shares.shape[0]
    if np.unique(s_idx).size != seats:
        raise InputError("Every seat needs at least one candidate with votes.")
    col = np.where(c_idx < n_national, c_idx, n_national)
    starts = np.searchsorted(s_idx, np.arange(seats))
    return Slots(
        seat=s_idx,
        col=col,
        label=labels[s_idx, c_idx].astype(np.int64),
        region=np.asarray(region)[s_idx].astype(np.int64),
        x=shares[s_idx, c_idx],
        national=np.asarray(national, dtype=float),
        starts=starts,
        n_seats=seats,
        n_labels=n_labels,
        n_regions=int(np.max(region)) + 1,
        dev=None if dev is None else np.asarray(dev, dtype=float)[s_idx, c_idx],
    )


#: Candidates further behind their seat's leader than this many standard deviations of a
#: difference between two shares are not drawn (probability of winning below 1e-9).
PRUNE_SDS = 6.0


def prune(sl: Slots, diff_sd_points: float) -> Slots:
    """Drop slots that cannot realistically win: more than :data:`PRUNE_SDS` standard
    deviations of their difference with the seat's leader behind it. ``diff_sd_points`` is
    that s.d. for two parties at 50 % (scaled by :func:`_h` for each). Their win counts
    stay 0; every seat keeps its leader."""
    leader = np.maximum.reduceat(sl.x, sl.starts)[sl.seat]
    sd = np.sqrt(_h(leader) ** 2 + _h(sl.x) ** 2) * diff_sd_points / np.sqrt(2) / 100
    keep = sl.x >= leader - PRUNE_SDS * sd
    if keep.all():
        return sl
    seat = sl.seat[keep]
    return Slots(
        seat=seat,
        col=sl.col[keep],
        label=sl.label[keep],
        region=sl.region[keep],
        x=sl.x[keep],
        national=sl.national,
        starts=np.searchsorted(seat, np.arange(sl.n_seats)),
        n_seats=sl.n_seats,
        n_labels=sl.n_labels,
        n_regions=sl.n_regions,
        keep=np.flatnonzero(keep),
        dev=None if sl.dev is None else sl.dev[keep],
    )


def own_area_shares(shares: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Each column's vote-weighted share over the seats where it has votes: the size of a
    party's national and regional errors is set by its share *in its own area* (the SNP's
    in Scotland, Plaid's in Wales, the DUP's in Northern Ireland), not over the UK."""
    x = np.asarray(shares, dtype=float)
    w = np.asarray(weights, dtype=float)
    stand = x > 0
    area = w @ stand
    return np.divide(w @ x, area, out=np.zeros(x.shape[1]), where=area > 0)


def _h(x: np.ndarray) -> np.ndarray:
    return np.sqrt(np.clip(x, 0, 1) * (1 - np.clip(x, 0, 1))) / 0.5


def _centred(e: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Subtract each draw's total error, shared in proportion to ``weight``."""
    total = weight.sum()
    if total <= 0:
        return e
    return e - e.sum(axis=-1, keepdims=True) * (weight / total)


@dataclass(frozen=True)
class _Layout:
    """Per-slot constants of one simulation, computed once rather than once per chunk.

    The draws are worked on in a dense (seats × ``width`` × draws) array, ``width`` the
    most candidates drawn in any seat, padded with −∞: a seat's winner is then a maximum
    over a short middle axis, which numpy vectorises across the draws (a segmented
    ``maximum.reduceat`` over the packed slots is several times slower).
    """

    x: np.ndarray  # (M, 1) float32 projected shares
    seat_sd: np.ndarray  # (M, 1) float32 seat-noise s.d.
    area: np.ndarray  # (M,) row of the slot in the (regions × (P + 1)) area errors
    dev: np.ndarray | None  # (M, 1) float32 shape-error multiplier
    width: int  # most slots in one seat
    dense: np.ndarray  # (M,) position of each slot in the (S × width) grid
    by_label: np.ndarray  # (M,) grid positions of the slots, grouped by party label
    first: np.ndarray  # first row of each label's group in ``by_label``
    used: np.ndarray  # the labels that have slots
    unused: np.ndarray  # labels with no slot (0 seats in every draw)


def _layout(sl: Slots, seat_sd_points: float) -> _Layout:
    f32 = np.float32
    p = sl.national.shape[0]
    within = np.arange(sl.x.shape[0]) - sl.starts[sl.seat]
    width = int(within.max()) + 1
    dense = sl.seat * width + within
    order = np.argsort(sl.label, kind="stable")
    used, first = np.unique(sl.label[order], return_index=True)
    return _Layout(
        x=sl.x.astype(f32)[:, None],
        seat_sd=(seat_sd_points / 100 * _h(sl.x)).astype(f32)[:, None],
        area=sl.region * (p + 1) + sl.col,
        dev=None if sl.dev is None else sl.dev.astype(f32)[:, None],
        width=width,
        dense=dense,
        by_label=dense[order],
        first=first,
        used=used,
        unused=np.setdiff1d(np.arange(sl.n_labels), used),
    )


def _chunk(
    sl: Slots,
    n: int,
    seed: np.random.SeedSequence,
    sd: tuple[float, float, float],
    shape_sd: float = 0.0,
    lay: _Layout | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """One chunk of ``n`` draws: win counts per slot and the (labels, seats + 1) histogram.

    The random numbers are drawn in the same order and shape as always (draws × slots),
    then worked on seat-major in cache-sized blocks of :data:`BLOCK` draws (see
    :class:`_Layout`); the arithmetic is the same float32 sequence as the draw-major
    version, so a seed gives the same results.
    """
    rng = np.random.default_rng(seed)
    if lay is None:
        lay = _layout(sl, sd[2])
    p = sl.national.shape[0]
    f32 = np.float32
    nat_sd = (sd[0] / 100 * _h(sl.national)).astype(f32)
    reg_sd = (sd[1] / 100 * _h(sl.national)).astype(f32)
    e_nat = _centred(rng.standard_normal((n, p), dtype=f32) * nat_sd, sl.national)
    e_reg = _centred(rng.standard_normal((n, sl.n_regions, p), dtype=f32) * reg_sd, sl.national)
    # national + regional error per (region, column), slot-major: (regions × (P + 1), n)
    e_area = np.zeros((sl.n_regions, p + 1, n), f32)
    e_area[:, :p, :] = (e_reg + e_nat[:, None, :]).transpose(1, 2, 0)
    e_flat = e_area.reshape(-1, n)
    z = rng.standard_normal((n, sl.x.shape[0]), dtype=f32)
    g = None
    if shape_sd > 0 and lay.dev is not None:
        # shape error: per draw and party, a slope γ on the seat's distance from the
        # party's regional share (its strong seats move together, its weak ones the other way)
        g = rng.standard_normal((n, p + 1), dtype=f32) * f32(shape_sd)
        g[:, p] = 0
    s_n, k_n, n_used = sl.n_seats, lay.width, lay.used.size
    grid_wins = np.zeros(s_n * k_n, np.int64)
    part = np.zeros(n_used * (s_n + 1), np.int64)
    offset = ((s_n + 1) * np.arange(n_used))[:, None]
    for lo in range(0, n, BLOCK):
        hi = min(n, lo + BLOCK)
        b = hi - lo
        y = np.multiply(z[lo:hi].T, lay.seat_sd, order="C")  # (M, b)
        y += lay.x
        y += np.take(e_flat[:, lo:hi], lay.area, axis=0)
        if g is not None and lay.dev is not None:
            y += np.take(g[lo:hi].T, sl.col, axis=0) * lay.dev
        grid = np.full((s_n * k_n, b), -np.inf, f32)
        grid[lay.dense] = y
        grid3 = grid.reshape(s_n, k_n, b)
        win = grid3 == grid3.max(axis=1)[:, None, :]  # (S, width, b): seat winners
        grid_wins += win.sum(axis=2, dtype=np.int64).ravel()
        totals = np.add.reduceat(  # (labels, b): seats won per party label and draw
            win.reshape(-1, b)[lay.by_label], lay.first, axis=0, dtype=np.int64
        )
        totals += offset
        part += np.bincount(totals.ravel(), minlength=part.size)
    hist = np.zeros((sl.n_labels, s_n + 1), np.int64)
    hist[lay.used] = part.reshape(n_used, s_n + 1)
    hist[lay.unused, 0] = n  # labels never drawn: 0 seats
    return grid_wins[lay.dense], hist


@dataclass(frozen=True)
class Simulation:
    """Accumulated results of N draws.

    slot_wins : (M,) wins per slot; seat_hist : (L, S+1) draws with k seats per party label.
    """

    draws: int
    entropy: int
    sd: tuple[float, float, float]
    slot_wins: np.ndarray
    seat_hist: np.ndarray
    shape_sd: float = 0.0

    def quantile(self, label: int, q: float) -> int:
        cdf = np.cumsum(self.seat_hist[label]) / self.draws
        return int(np.searchsorted(cdf, q - 1e-12))

    def mean(self, label: int) -> float:
        k = np.arange(self.seat_hist.shape[1])
        return float(self.seat_hist[label] @ k / self.draws)

    def p_at_least(self, label: int, seats: int) -> float:
        return float(self.seat_hist[label, seats:].sum() / self.draws)


def simulate(
    slots: Slots,
    draws: int,
    *,
    seed: int | None = None,
    national_sd: float = NATIONAL_SD,
    regional_sd: float = REGIONAL_SD,
    seat_sd: float = SEAT_SD,
    shape_sd: float = 0.0,
    chunk: int = CHUNK,
    workers: int = 2,
) -> Simulation:
    """Run ``draws`` draws in chunks of ``chunk`` on ``workers`` threads.

    Parameters
    ----------
    slots : Slots
        From :func:`pack`.
    draws : int
        Number of draws (1 … 10^8).
    seed : int, optional
        Seed of the :class:`numpy.random.SeedSequence`; ``None`` draws fresh entropy, which
        is returned as :attr:`Simulation.entropy` so the run can be repeated.
    national_sd, regional_sd, seat_sd : float
        Error sizes in percentage points for a party at 50 % (module docstring).
    shape_sd : float
        Standard deviation of the shape slope γ (a fraction, 0 for none; needs
        ``slots.dev``): :mod:`psephos.models.calibrate`.
    """
    if not 1 <= draws <= MAX_DRAWS:
        raise InputError(f"--sims {draws} is out of range: expected 1 to {MAX_DRAWS:,}.")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise InputError(
            f"--seed {seed} is not a valid seed: expected a whole number of 0 or more.",
            hint="For example --seed 1; the same seed gives the same draws.",
        )
    if not all(np.isfinite([national_sd, regional_sd, seat_sd, shape_sd])):
        raise InputError("Error sizes must be numbers.")
    if min(national_sd, regional_sd, seat_sd, shape_sd) < 0:
        raise InputError("Error sizes must not be negative.")
    n_slots = slots.x.shape[0]
    # the shape error moves a slot by γ·dev; |dev| < 0.5, so it adds at most 50·shape_sd
    # points for a party at 50 %
    shape_pts = 50.0 * shape_sd if slots.dev is not None else 0.0
    slots = prune(
        slots,
        float(np.sqrt(2 * (national_sd**2 + regional_sd**2 + seat_sd**2 + shape_pts**2))),
    )
    ss = np.random.SeedSequence(seed)
    sizes = [chunk] * (draws // chunk) + ([draws % chunk] if draws % chunk else [])
    children = ss.spawn(len(sizes))
    sd = (national_sd, regional_sd, seat_sd)
    slot_wins = np.zeros(slots.x.shape[0], np.int64)
    hist = np.zeros((slots.n_labels, slots.n_seats + 1), np.int64)
    lay = _layout(slots, seat_sd)
    if workers <= 1 or len(sizes) == 1:
        results = (
            _chunk(slots, n, c, sd, shape_sd, lay) for n, c in zip(sizes, children, strict=True)
        )
        for w, h in results:
            slot_wins += w
            hist += h
    else:
        jobs = list(zip(sizes, children, strict=True))
        window = 4 * workers  # bounded number of chunk results alive at once
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for i in range(0, len(jobs), window):
                for w, h in pool.map(
                    lambda a: _chunk(slots, a[0], a[1], sd, shape_sd, lay), jobs[i : i + window]
                ):
                    slot_wins += w
                    hist += h
    if slots.keep is not None:
        full = np.zeros(n_slots, np.int64)
        full[slots.keep] = slot_wins
        slot_wins = full
    entropy = ss.entropy if isinstance(ss.entropy, int) else 0
    return Simulation(draws, entropy, sd, slot_wins, hist, shape_sd)
