"""Honest back-tests: each model told the actual shares, fitted only on what came before.

Three back-tests (:data:`BACKTESTS`): 2017 from 2015 and 2019 from 2017 (2010–2019
boundaries), and 2024 from the notional 2019 result (2024 boundaries). Each runs twice,
with the actual shares of :data:`TARGET_PARTIES` per **country** (England, Scotland,
Wales) and per **region** (England's nine regions, Scotland, Wales); the rest of the vote
is "other" (:mod:`psephos.models.targets`). Great Britain only: Northern Ireland's 18
seats have their own parties and are not compared.

Honesty: the fitted model is estimated on :func:`psephos.models.fitted.training_pairs`
of the target's date (pairs whose later election comes strictly before it), and the
Monte Carlo's error sizes come from the same pairs (:mod:`psephos.models.calibrate`). The
only input from the target election is its shares; ``tests/test_models_honest.py`` checks
that the projections are identical with the target's constituency results removed.

Scores per model (:func:`score`):

* ``seats``: seats per party label in Great Britain; ``mae``: mean absolute seat error
  over :data:`MAE_PARTIES` (Con, Lab, LD, RUK, SNP; the Speaker's fixed seat is not a
  party here), :math:`\\frac{1}{5}\\sum_q |\\hat n_q - n_q|`;
* ``winners_right``: seats whose winner the deterministic projection calls right;
* ``brier``: mean over seats of :math:`\\sum_k (p_k - o_k)^2`, the Monte Carlo win
  probabilities against the actual winner (0 is perfect; always backing the winner with
  probability 1 scores 0, a coin between two parties 0.5);
* ``interval_coverage``: the share of :data:`MAE_PARTIES` with a seat in the actual result
  or the model whose actual seat total lies in the Monte Carlo 5–95 % interval;
* ``seat_band_coverage``: the share of (seat, main party) pairs, the party standing at
  both elections, whose actual share lies inside the seat's 90 % band
  (:func:`psephos.models.project.share_bands`).

In the 2010–2019 back-tests the ``RUK`` column holds UKIP (2015, 2017) and the Brexit
Party (2019): the right-populist challenger of each election (``base.FAMILY``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from psephos.display import Display
from psephos.errors import InputError
from psephos.models import calibrate
from psephos.models import targets as tg
from psephos.models.base import Base, load_election
from psephos.models.project import MODEL_NAMES, Projection, assemble, project_shares
from psephos.store.connect import connect

#: (target, base) of each back-test.
BACKTESTS: tuple[tuple[str, str], ...] = (
    ("ge2017", "ge2015"),
    ("ge2019", "ge2017"),
    ("ge2024", "notional2019"),
)
AREAS: tuple[str, ...] = ("country", "region")
#: Parties whose shares are given as targets.
TARGET_PARTIES: tuple[str, ...] = ("Con", "Lab", "LD", "RUK", "Green", "SNP", "PC")
#: Parties averaged in the mean absolute seat error.
MAE_PARTIES: tuple[str, ...] = ("Con", "Lab", "LD", "RUK", "SNP")
GB_COUNTRIES: tuple[str, ...] = ("England", "Scotland", "Wales")
#: Monte Carlo draws per model in a back-test, and the seed.
DRAWS = 2000
SEED = 1
Z90 = 1.6448536269514722  # the 95th percentile of N(0, 1): a central 90 % band


@dataclass
class ModelScore:
    seats: dict[str, int]
    mae: float
    winners_right: int
    brier: float
    interval_coverage: float
    seat_band_coverage: float
    intervals: dict[str, tuple[int, int]] = field(default_factory=dict)
    sd: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seats": self.seats,
            "mae": self.mae,
            "winners_right": self.winners_right,
            "brier": self.brier,
            "interval_coverage": self.interval_coverage,
            "seat_band_coverage": self.seat_band_coverage,
        }


@dataclass
class BacktestRun:
    """One back-test: a target, a base, an area level, and each model's score."""

    target: str
    base: str
    area: str
    targets: dict[str, dict[str, float]]
    actual: dict[str, int]
    models: dict[str, ModelScore]
    training_pairs: list[str]
    seats: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "base": self.base,
            "area": self.area,
            "actual": self.actual,
            "models": {m: s.to_dict() for m, s in self.models.items()},
        }


@dataclass
class TacticalSweep:
    """The tactical-strength diagnostic of one back-test, model and area level: the
    seat error at each strength of the ``--tactical`` knob (a scenario, never part of the
    back-test's scores)."""

    target: str
    base: str
    area: str
    model: str
    against: str
    donors: list[str]
    rows: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "base": self.base,
            "area": self.area,
            "model": self.model,
            "against": self.against,
            "donors": self.donors,
            "rows": self.rows,
        }


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class Backtest(Display):
    """Every back-test run; ``to_dict()`` is the ``psephos backtest --json`` shape, with
    ``tactical_diagnostic`` when the sweep was asked for."""

    runs: list[BacktestRun]
    tactical: list[TacticalSweep] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"backtests": [r.to_dict() for r in self.runs]}
        if self.tactical:
            out["tactical_diagnostic"] = [t.to_dict() for t in self.tactical]
        return out

    def run(self, target: str, area: str) -> BacktestRun:
        for r in self.runs:
            if r.target == target and r.area == area:
                return r
        raise KeyError((target, area))


def election_date(election: str, db: str | os.PathLike[str] | None = None) -> str:
    row = (
        connect(db)
        .cursor()
        .execute("SELECT CAST(date AS DATE) FROM elections WHERE election_id = ?", [election])
        .fetchone()
    )
    if row is None:
        raise InputError(f"Election '{election}' is not in the store.")
    return str(row[0])


def actual_shares(
    target: str, area: str = "country", db: str | os.PathLike[str] | None = None
) -> dict[str, dict[str, float]]:
    """The shares (percent) of :data:`TARGET_PARTIES` in ``target`` per GB country or per
    region (England's regions, Scotland, Wales), from the store."""
    if area not in AREAS:
        raise InputError(f"Unknown area level '{area}': expected one of {', '.join(AREAS)}.")
    b = load_election(target, db=db)
    key = b.country if area == "country" else b.region
    out: dict[str, dict[str, float]] = {}
    for name in sorted(set(key[b.country != "Northern Ireland"].tolist())):
        m = key == name
        v = b.valid_votes[m].sum()
        out[str(name)] = {
            p: float(b.votes[m, b.column(p)].sum() / v * 100)
            for p in TARGET_PARTIES
            if b.votes[m, b.column(p)].sum() > 0
        }
    return out


def project_backtest(
    target: str,
    base: str,
    targets: Mapping[str, Mapping[str, float]],
    model: str,
    *,
    area: str,
    sims: int = DRAWS,
    seed: int = SEED,
    db: str | os.PathLike[str] | None = None,
) -> Projection:
    """The projection of one back-test: ``base`` with ``targets`` under ``model``, fitted
    and calibrated on the pairs before ``target``'s date. Nothing else of ``target`` is
    read, so the result is the same with its constituency results removed (only its date,
    from the ``elections`` table, is needed)."""
    before = election_date(target, db)
    b = load_election(base, db=db)
    plan = tg.plan(b, tg.make_room(b, targets))
    shares = project_shares(b, plan, model, before=before, db=db)
    sizes = calibrate.error_sizes(model, before, db=db)
    regional = sizes.regional if area != "region" else 0.0
    gb = b.country != "Northern Ireland"
    seat_sd, shape_sd = sizes.at(calibrate.volatility(b, shares, gb))
    return assemble(
        b,
        plan,
        shares,
        model=model,
        sims=sims,
        seed=seed,
        sd=(0.0, regional, seat_sd),
        shape_sd=shape_sd,
        workers=1,
    )


#: Strengths (percent of each donor party's voters) of the tactical diagnostic.
TACTICAL_STRENGTHS: tuple[float, ...] = (0.0, 10.0, 20.0, 30.0, 40.0, 50.0)


def tactical_diagnostic(
    target: str,
    base: str,
    model: str,
    *,
    area: str = "region",
    strengths: Sequence[float] = TACTICAL_STRENGTHS,
    db: str | os.PathLike[str] | None = None,
) -> TacticalSweep:
    """How the back-test's seat error varies with the ``--tactical`` knob: against the
    party that won most Great Britain seats at the base, every other party of
    :data:`TARGET_PARTIES` standing in Great Britain gives the strength's share of its
    voters to the best-placed challenger (``psephos project --tactical``: only in seats
    the party leads, never when the donor is itself the challenger). Deterministic
    projections, fitted and shaped as the back-test; a diagnostic, never a score: the
    strength that would have been best is known only after the election."""
    from psephos.models.project import Tactic

    if not strengths or not all(np.isfinite(x) and 0 <= x <= 100 for x in strengths):
        raise InputError("Tactical strengths must be percentages from 0 to 100.")
    before = election_date(target, db)
    actual = load_election(target, db=db)
    b = load_election(base, db=db)
    gb = (b.country != "Northern Ireland").astype(bool)
    plan = tg.plan(b, tg.make_room(b, actual_shares(target, area, db)))
    shares = project_shares(b, plan, model, before=before, db=db)
    full = np.concatenate([b.shares, b.local_shares], axis=1)[gb]
    won = np.bincount(full.argmax(axis=1), minlength=full.shape[1])[: len(b.parties)]
    against = b.parties[int(won.argmax())]
    donors = [q for q in TARGET_PARTIES if q != against and b.votes[gb, b.column(q)].sum() > 0]
    rows = []
    for x in strengths:
        tactics = [Tactic(q, against, x / 100) for q in donors] if x > 0 else []
        proj = assemble(b, plan, shares, model=model, tactics=tactics, sims=0)
        sc = score(proj, actual, gb)
        rows.append(
            {
                "strength": float(x),
                "mae": sc.mae,
                "winners_right": sc.winners_right,
                "seats": {q: sc.seats.get(q, 0) for q in MAE_PARTIES},
            }
        )
    return TacticalSweep(target, base, area, model, against, donors, rows)


def _labels(proj: Projection, mask: np.ndarray) -> list[str]:
    rows = np.flatnonzero(mask)
    return [proj.labels[proj.label_of[s, proj.winner[s]]] for s in rows]


def _actual(actual: Base, mask: np.ndarray) -> tuple[list[str], dict[str, int]]:
    full = np.concatenate([actual.shares, actual.local_shares], axis=1)
    p = len(actual.parties)
    out = []
    for s in np.flatnonzero(mask):
        w = int(full[s].argmax())
        out.append(actual.parties[w] if w < p else str(actual.local_party[s, w - p]))
    counts: dict[str, int] = {}
    for x in out:
        counts[x] = counts.get(x, 0) + 1
    return out, counts


def score(proj: Projection, actual: Base, gb: np.ndarray) -> ModelScore:
    """The scores of :mod:`this module's docstring <psephos.models.backtest>`."""
    got = _labels(proj, gb)
    want, actual_seats = _actual(actual, gb)
    seats: dict[str, int] = {}
    for x in got:
        seats[x] = seats.get(x, 0) + 1
    mae = float(np.mean([abs(seats.get(q, 0) - actual_seats.get(q, 0)) for q in MAE_PARTIES]))
    right = sum(x == y for x, y in zip(got, want, strict=True))
    brier = float("nan")
    coverage = float("nan")
    intervals: dict[str, tuple[int, int]] = {}
    probs = proj.win_probabilities()
    if probs is not None and proj.simulation is not None:
        rows = np.flatnonzero(gb)
        b_sum = 0.0
        for s, w in zip(rows, want, strict=True):
            p = probs[s]
            b_sum += sum(v * v for k, v in p.items() if k != w) + (1 - p.get(w, 0.0)) ** 2
        brier = b_sum / len(rows)
        gb_hist = _gb_intervals(proj, gb)
        hits = []
        for q in MAE_PARTIES:
            lo, hi = gb_hist.get(q, (0, 0))
            n = actual_seats.get(q, 0)
            if n == 0 and hi == 0:
                continue
            intervals[q] = (lo, hi)
            hits.append(lo <= n <= hi)
        coverage = float(np.mean(hits)) if hits else float("nan")
    band = _band_coverage(proj, actual, gb)
    return ModelScore(
        seats=dict(sorted(seats.items(), key=lambda kv: -kv[1])),
        mae=mae,
        winners_right=int(right),
        brier=brier,
        interval_coverage=coverage,
        seat_band_coverage=band,
        intervals=intervals,
    )


def _gb_intervals(proj: Projection, gb: np.ndarray) -> dict[str, tuple[int, int]]:
    """5–95 % of each party's GB seats. Seats outside GB keep their base winner in every
    draw (they are fixed), so GB seats are the simulated totals less those fixed wins."""
    sim = proj.simulation
    out: dict[str, tuple[int, int]] = {}
    if sim is None:
        return out
    rows = np.arange(proj.seat_info.n_seats)
    fixed_lab = proj.label_of[rows, proj.winner][~gb]
    for i, lab in enumerate(proj.labels):
        if sim.seat_hist[i].sum() == 0:
            continue
        off = int((fixed_lab == i).sum())
        out[lab] = (sim.quantile(i, 0.05) - off, sim.quantile(i, 0.95) - off)
    return out


def _band_coverage(proj: Projection, actual: Base, gb: np.ndarray) -> float:
    lo, hi = proj.share_bands()
    base = proj.seat_info
    hits = 0
    n = 0
    for party in TARGET_PARTIES:
        c = base.column(party)
        a = actual.shares[:, c]
        ok = gb & (base.shares[:, c] > 0) & (a > 0) & (proj.shares[:, c] > 0)
        hits += int(((a >= lo[:, c]) & (a <= hi[:, c]))[ok].sum())
        n += int(ok.sum())
    return hits / n if n else float("nan")


def backtest(
    *,
    models: Sequence[str] = MODEL_NAMES,
    backtests: Sequence[tuple[str, str]] = BACKTESTS,
    areas: Sequence[str] = AREAS,
    sims: int = DRAWS,
    seed: int = SEED,
    tactical_sweep: bool = False,
    db: str | os.PathLike[str] | None = None,
) -> Backtest:
    """Run every back-test in ``backtests`` × ``areas`` for every model in ``models``;
    with ``tactical_sweep``, also :func:`tactical_diagnostic` for each of them."""
    from psephos.models.fitted import training_pairs
    from psephos.models.project import check_model

    for m in models:
        check_model(m)
    runs = []
    for target, base in backtests:
        actual = load_election(target, db=db)
        b = load_election(base, db=db)
        if not np.array_equal(actual.ons_code, b.ons_code):
            raise InputError(f"{base} and {target} are not on the same boundaries.")
        gb = (b.country != "Northern Ireland").astype(bool)
        _, actual_seats = _actual(actual, gb)
        pairs = [p.label for p in training_pairs(election_date(target, db), db=db)]
        for area in areas:
            tgts = actual_shares(target, area, db)
            scores = {}
            for m in models:
                proj = project_backtest(
                    target, base, tgts, m, area=area, sims=sims, seed=seed, db=db
                )
                sc = score(proj, actual, gb)
                sim = proj.simulation
                sc.sd = (
                    {}
                    if sim is None
                    else {
                        **dict(zip(("national", "regional", "seat"), sim.sd, strict=True)),
                        "shape": sim.shape_sd,
                    }
                )
                scores[m] = sc
            runs.append(
                BacktestRun(
                    target=target,
                    base=base,
                    area=area,
                    targets=tgts,
                    actual=dict(sorted(actual_seats.items(), key=lambda kv: -kv[1])),
                    models=scores,
                    training_pairs=pairs,
                    seats=int(gb.sum()),
                )
            )
    sweeps = (
        [
            tactical_diagnostic(t, b_, m, area=a, db=db)
            for t, b_ in backtests
            for a in areas
            for m in models
        ]
        if tactical_sweep
        else []
    )
    return Backtest(runs, sweeps)
