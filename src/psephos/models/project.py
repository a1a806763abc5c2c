"""Projection: target shares → seats, with optional tactical voting and Monte Carlo.

:func:`project` is the one entry point the CLI (``psephos project``) and the web app call.
It loads the base, turns area targets into cells (:mod:`psephos.models.targets`), runs a
swing model per cell (:mod:`psephos.models.swing`), applies tactical voting, counts seats
and, with ``sims > 0``, runs the Monte Carlo (:mod:`psephos.models.montecarlo`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from psephos.display import Display
from psephos.errors import InputError, ModelError
from psephos.models import montecarlo, swing
from psephos.models import targets as tg
from psephos.models.base import BASES, NATIONAL, OTHER, Base, load_base

if TYPE_CHECKING:
    import pandas as pd

MAJORITY_OF = 650

#: Every ``--model`` choice: the swing models and the fitted seat model.
MODEL_NAMES: tuple[str, ...] = (*swing.MODELS, "fitted")
#: One line per model, for help texts and JSON.
DESCRIPTIONS: dict[str, str] = {
    **swing.DESCRIPTIONS,
    "fitted": "fitted seat model (log-linear, learnt from earlier elections, raked to "
    "targets; stacked with the transition model at a weight chosen on earlier elections)",
}


def check_model(model: str) -> None:
    """Refuse an unknown model name with the list of choices."""
    if model not in MODEL_NAMES:
        raise InputError(
            f"Unknown model '{model}': expected one of {', '.join(MODEL_NAMES)}.",
            hint="See docs/models.md for what each model does.",
        )


@dataclass(frozen=True)
class Tactic:
    """``fraction`` (0–1) of ``from_party``'s voters back the best-placed challenger of
    ``against`` in every seat where that challenger is ahead of ``from_party``."""

    from_party: str
    against: str
    fraction: float

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.from_party, "against": self.against, "fraction": self.fraction}


_TACTIC = re.compile(r"^\s*([^>\-=]+?)\s*-?>\s*([^=]+?)\s*=\s*([0-9.]+)\s*%?\s*$")


def parse_tactical(text: str) -> Tactic:
    """``"LD->Con=30"``: 30 % of Lib Dem voters back the best-placed challenger to Con."""
    m = _TACTIC.match(text)
    if not m:
        raise InputError(
            f"Cannot read tactical voting '{text}': expected FROM->AGAINST=PERCENT.",
            hint='For example --tactical "LD->Con=30" (30 % of Lib Dems vote against Con).',
        )
    try:
        pct = float(m.group(3))
    except ValueError:
        raise InputError(
            f"'{m.group(3)}' in tactical voting '{text}' is not a number.",
            hint='For example --tactical "LD->Con=30".',
        ) from None
    if not 0 <= pct <= 100:
        raise InputError(f"Tactical share {pct} in '{text}' is outside 0–100 %.")
    return Tactic(m.group(1), m.group(2), pct / 100)


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class Projection(Display):
    """The result of :func:`project`. ``to_dict()`` is the ``psephos project --json`` shape."""

    model: str
    base: str
    targets: dict[str, dict[str, float]]
    tactical: list[Tactic]
    notes: list[str]
    labels: list[str]
    shares: np.ndarray  # (S, C) national columns then local slots
    label_of: np.ndarray  # (S, C) label id
    seat_info: Base
    winner: np.ndarray  # (S,) column index
    base_winner: np.ndarray  # (S,) column index at base
    base_shares: np.ndarray  # (S, C)
    target_check: list[dict[str, Any]]
    simulation: montecarlo.Simulation | None = None
    slots: montecarlo.Slots | None = None
    seed: int | None = None
    sd: tuple[float, float, float] = (
        montecarlo.NATIONAL_SD,
        montecarlo.REGIONAL_SD,
        montecarlo.SEAT_SD,
    )
    shape_sd: float = 0.0
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    # ---- derived tables -------------------------------------------------------------
    def seat_totals(self, *, base: bool = False) -> dict[str, int]:
        """Seats won by each party label (independents counted under ``Ind``)."""
        win = self.base_winner if base else self.winner
        ids = self.label_of[np.arange(len(win)), win]
        counts = np.bincount(ids, minlength=len(self.labels))
        return {lab: int(n) for lab, n in zip(self.labels, counts, strict=True) if n}

    def national(self) -> pd.DataFrame:
        """Per party label: base and projected UK share, base seats, seats, change."""
        import pandas as pd

        v = self.seat_info.valid_votes

        def by_label(sh: np.ndarray) -> np.ndarray:
            out = np.zeros(len(self.labels))
            np.add.at(out, self.label_of.ravel(), (sh * v[:, None]).ravel())
            return out / v.sum()

        base_sh, proj_sh = by_label(self.base_shares), by_label(self.shares)
        bs, ps = self.seat_totals(base=True), self.seat_totals()
        rows = []
        for i, lab in enumerate(self.labels):
            if not bs.get(lab) and not ps.get(lab) and max(base_sh[i], proj_sh[i]) < 0.001:
                continue  # single-seat parties with no seat either way
            rows.append(
                {
                    "party": lab,
                    "base_share": float(base_sh[i]),
                    "share": float(proj_sh[i]),
                    "base_seats": bs.get(lab, 0),
                    "seats": ps.get(lab, 0),
                    "change": ps.get(lab, 0) - bs.get(lab, 0),
                }
            )
        df = pd.DataFrame(rows)
        return df.sort_values(["seats", "share"], ascending=False, ignore_index=True)

    def share_bands(self, z: float = 1.6448536269514722) -> tuple[np.ndarray, np.ndarray]:
        """Per-seat 90 % bands (S, C) of each candidate's share: the projected share ±
        ``z`` standard deviations of the Monte Carlo's error for that candidate,

        sd = √((σ_nat·h(X))² + (σ_reg·h(X))² + (σ_seat·h(x))² + (100·σ_shape·(x − X_r))²) / 100

        with X the party's share in its own area, X_r its share in the seat's region
        (national, regional and shape error apply to national columns only), clipped to
        [0, 1]. The error sizes are this projection's
        ``sd`` (those of its Monte Carlo, or the defaults when it has none)."""
        b = self.seat_info
        p = len(b.parties)
        x = self.shares
        own = montecarlo.own_area_shares(x[:, :p], b.valid_votes)
        h_area = np.zeros(x.shape)
        h_area[:, :p] = montecarlo._h(own)[None, :]
        var = (self.sd[0] ** 2 + self.sd[1] ** 2) * h_area**2 + (self.sd[2] * montecarlo._h(x)) ** 2
        var = var + (self.shape_sd * 100 * shape_dev(x, p, b.valid_votes, b.region)) ** 2
        half = z * np.sqrt(var) / 100
        stands = x > 0
        lo = np.where(stands, np.clip(x - half, 0.0, 1.0), 0.0)
        hi = np.where(stands, np.clip(x + half, 0.0, 1.0), 0.0)
        return lo, hi

    def _candidates(self, s: int, bands: tuple[np.ndarray, np.ndarray]) -> list[dict[str, Any]]:
        b = self.seat_info
        p = len(b.parties)
        out = []
        for c in np.argsort(-self.shares[s], kind="stable"):
            if self.shares[s, c] <= 0:
                continue
            name = None if c < p else str(b.local_name[s, c - p]) or None
            out.append(
                {
                    "party": self.labels[self.label_of[s, c]],
                    "name": name,
                    "share": float(self.shares[s, c]),
                    "band": [float(bands[0][s, c]), float(bands[1][s, c])],
                }
            )
        return out

    def seats(self) -> pd.DataFrame:
        """One row per seat: winner, base winner, gain, majority (share points), candidates."""
        import pandas as pd

        b = self.seat_info
        p = len(b.parties)
        rows = np.arange(b.n_seats)
        top2 = -np.sort(-self.shares, axis=1)[:, :2]
        win_lab = self.label_of[rows, self.winner]
        base_lab = self.label_of[rows, self.base_winner]
        win_prob = self.win_probabilities()
        bands = self.share_bands()
        data = []
        for s in rows:
            w = int(self.winner[s])
            data.append(
                {
                    "ons_code": str(b.ons_code[s]),
                    "name": str(b.name[s]),
                    "country": str(b.country[s]),
                    "region": str(b.region[s]),
                    "winner": self.labels[win_lab[s]],
                    "winner_name": None if w < p else str(b.local_name[s, w - p]),
                    "base_winner": self.labels[base_lab[s]],
                    "gain": bool(w != self.base_winner[s]),
                    "majority": float(top2[s, 0] - top2[s, 1]),
                    "candidates": self._candidates(int(s), bands),
                    "win_probability": None if win_prob is None else win_prob[s],
                }
            )
        return pd.DataFrame(data)

    def win_probabilities(self) -> list[dict[str, float]] | None:
        """Per seat, each party label's share of the Monte Carlo draws it won (None
        without a simulation)."""
        sim, sl = self.simulation, self.slots
        if sim is None or sl is None:
            return None
        out: list[dict[str, float]] = [{} for _ in range(sl.n_seats)]
        for m in np.flatnonzero(sim.slot_wins):
            lab = self.labels[sl.label[m]]
            d = out[sl.seat[m]]
            d[lab] = d.get(lab, 0.0) + float(sim.slot_wins[m] / sim.draws)
        return out

    def simulation_summary(self) -> dict[str, Any] | None:
        sim = self.simulation
        if sim is None:
            return None
        need = self.seat_info.n_seats // 2 + 1
        parties: list[dict[str, Any]] = []
        for i, lab in enumerate(self.labels):
            if sim.seat_hist[i, 1:].sum() == 0:
                continue
            parties.append(
                {
                    "party": lab,
                    "mean": sim.mean(i),
                    "median": sim.quantile(i, 0.5),
                    "p05": sim.quantile(i, 0.05),
                    "p95": sim.quantile(i, 0.95),
                    "p_majority": sim.p_at_least(i, need),
                }
            )
        parties.sort(key=lambda r: -float(r["mean"]))
        det = self.seat_totals()
        sentences = []
        for r in parties:
            r["deterministic"] = det.get(str(r["party"]), 0)
            sentence = _differs(r)
            if sentence:
                sentences.append(sentence)
        return {
            "draws": sim.draws,
            "seed": self.seed,
            "entropy": str(sim.entropy),
            "sd": {
                "national": sim.sd[0],
                "regional": sim.sd[1],
                "seat": sim.sd[2],
                "shape": sim.shape_sd,
            },
            "majority": need,
            "parties": parties,
            "differences": sentences,
        }

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (docs/models.md, "JSON: project")."""
        return {
            "model": self.model,
            "model_description": DESCRIPTIONS[self.model],
            "base": self.base,
            "base_description": BASES[self.base],
            "targets": self.targets,
            "tactical": [t.to_dict() for t in self.tactical],
            "notes": self.notes,
            "target_check": self.target_check,
            "national": self.national().to_dict(orient="records"),
            "seats": self.seats().to_dict(orient="records"),
            "simulation": self.simulation_summary(),
        }


def shape_dev(x: np.ndarray, p: int, weights: np.ndarray, region: np.ndarray) -> np.ndarray:
    """(S, C): each national column's share minus its vote-weighted share in the seat's
    region, where it stands; 0 for local candidates and where it does not stand."""
    out = np.zeros(x.shape)
    names, rid = np.unique(region, return_inverse=True)
    onehot = np.zeros((len(names), x.shape[0]))
    onehot[rid, np.arange(x.shape[0])] = weights
    reg = onehot @ x[:, :p] / onehot.sum(axis=1)[:, None]
    out[:, :p] = np.where(x[:, :p] > 0, x[:, :p] - reg[rid], 0.0)
    return out


def _differs(r: dict[str, Any]) -> str:
    """A sentence when the deterministic seat count and the Monte Carlo disagree: outside
    the 5–95 % range, or at least 5 seats from the median."""
    d, med, lo, hi = r["deterministic"], r["median"], r["p05"], r["p95"]
    if lo <= d <= hi and abs(d - med) < 5:
        return ""
    where = "above" if d > med else "below"
    out = (
        f"{r['party']}: the deterministic projection gives {d} seats, {where} the Monte Carlo "
        f"median of {med} (5–95 %: {lo}–{hi})"
    )
    if d > hi or d < lo:
        out += ", outside its 90 % range"
    reason = (
        "many of its seats are narrow leads, which the draws split"
        if d > med
        else "it trails narrowly in many seats, which the draws split"
    )
    return f"{out}: {reason}."


def known_parties(db: str | os.PathLike[str] | None = None) -> list[str]:
    """Every party code in the store plus the national columns and ``Oth``."""
    from psephos.store.connect import connect

    rows = connect(db).cursor().execute("SELECT party_code FROM parties").fetchall()
    return sorted({*NATIONAL, OTHER, *(r[0] for r in rows)})


def stands_matrix(base: Base, cell_mask: np.ndarray, tau: np.ndarray) -> np.ndarray:
    """Where each national column may receive votes in a cell: the countries where it stood
    at the base; a column with no votes anywhere in the cell but a positive target is new
    and stands in every seat of the cell."""
    sub_country = base.country[cell_mask]
    sub_votes = base.votes[cell_mask]
    st = np.zeros(sub_votes.shape, dtype=bool)
    for c in np.unique(sub_country):
        rows = sub_country == c
        st[rows] = sub_votes[rows].sum(axis=0) > 0
    new = (sub_votes.sum(axis=0) == 0) & (tau > 0)
    st[:, new] = True
    return st


def project_shares(
    base: Base,
    plan: tg.Plan,
    model: str,
    *,
    before: str | None = None,
    db: str | os.PathLike[str] | None = None,
) -> np.ndarray:
    """National-column shares (S, P) after running ``model`` in every cell of ``plan``.

    For ``fitted``, the model is fitted on the pairs of elections before the date ``before``
    (every pair in the store ``db`` when None; :func:`psephos.models.fitted.training_pairs`)
    and stacked with the transition model at the weight those pairs choose
    (:func:`psephos.models.stack.blend_choice`).
    """
    check_model(model)
    if model == "fitted":
        from psephos.models import fitted
        from psephos.models.stack import blend_choice

        fm = fitted.fitted_for(before, db=db)
        stands = [stands_matrix(base, c.mask, c.targets) for c in plan.cells]
        facts = None
        if fm.extra:
            from psephos.models.seatfacts import seat_facts

            facts = seat_facts(base, before, None, db)
        out = fitted.fitted_shares(
            base, [(c.mask, c.targets) for c in plan.cells], stands, fm, facts
        )
        w = blend_choice(before, db=db).weight
        if w < 1.0:
            out = w * out + (1 - w) * project_shares(base, plan, "transition", db=db)
        return out
    fn = swing.MODELS[model]
    out = base.shares.copy()
    for cell in plan.cells:
        b = out[cell.mask]
        st = stands_matrix(base, cell.mask, cell.targets)
        try:
            out[cell.mask] = fn(b, base.valid_votes[cell.mask], cell.targets, stands=st)
        except ModelError as exc:
            raise ModelError(f"{cell.area}: {exc.message}", hint=exc.hint) from None
    return out


def project(
    targets: Mapping[str, Mapping[str, float]] | Mapping[str, float],
    *,
    model: str = "uns",
    base: str = "ge2024",
    tactical: Sequence[Tactic | str] = (),
    sims: int = 0,
    seed: int | None = None,
    national_sd: float = montecarlo.NATIONAL_SD,
    regional_sd: float = montecarlo.REGIONAL_SD,
    seat_sd: float = montecarlo.SEAT_SD,
    workers: int = 2,
    db: str | os.PathLike[str] | None = None,
) -> Projection:
    """Project target shares onto seats.

    Parameters
    ----------
    targets : mapping
        ``{"GB": {"Lab": 34.7, "Con": 24.4}, "Scotland": {"SNP": 30}}`` (percent of valid
        votes per area), or just ``{"Lab": 34.7, ...}`` for GB. Unnamed parties share the
        rest in proportion to their base shares, after local candidates (held fixed).
    model : {"uns", "proportional", "transition", "stm", "fitted"}
    base : {"ge2024", "notional2019"}
    tactical : sequence of Tactic or "FROM->AGAINST=PCT"
        Applied after the model, in order.
    sims : int
        Monte Carlo draws (0 for none); ``seed`` makes them repeatable.
    national_sd, regional_sd, seat_sd : float
        Error sizes (points, for a party at 50 %): see :mod:`psephos.models.montecarlo`.

    Returns
    -------
    Projection
        ``.to_dict()`` gives the ``psephos project --json`` shape.

    Examples
    --------
    >>> p = project({"Lab": 30, "Con": 30, "RUK": 15, "LD": 12, "Green": 6}, model="stm")
    >>> p.seat_totals()["Lab"]  # doctest: +SKIP
    """
    check_model(model)
    known = known_parties(db)
    clean = tg.normalise_targets(targets, known, db=db)
    tactics = [parse_tactical(t) if isinstance(t, str) else t for t in tactical]
    tactics = [
        Tactic(
            tg.resolve_party(t.from_party, known, db=db),
            tg.resolve_party(t.against, known, db=db),
            t.fraction,
        )
        for t in tactics
    ]
    for t in tactics:
        if t.from_party == t.against:
            raise InputError(
                f"Tactical voting {t.from_party}->{t.against}: a party's voters cannot vote "
                "tactically against their own party.",
                hint='Name two parties, e.g. --tactical "LD->Con=30".',
            )
    named = {p for shares in clean.values() for p in shares}
    named |= {t.from_party for t in tactics} | {t.against for t in tactics}
    b = load_base(base, extra_parties=sorted(named - {OTHER}), db=db)
    plan = tg.plan(b, clean)
    national = project_shares(b, plan, model, db=db)
    return assemble(
        b,
        plan,
        national,
        model=model,
        tactics=tactics,
        sims=sims,
        seed=seed,
        sd=(national_sd, regional_sd, seat_sd),
        workers=workers,
    )


def assemble(
    b: Base,
    plan: tg.Plan,
    national: np.ndarray,
    *,
    model: str,
    tactics: Sequence[Tactic] = (),
    sims: int = 0,
    seed: int | None = None,
    sd: tuple[float, float, float] = (
        montecarlo.NATIONAL_SD,
        montecarlo.REGIONAL_SD,
        montecarlo.SEAT_SD,
    ),
    workers: int = 2,
    shape_sd: float = 0.0,
) -> Projection:
    """Combine projected national columns with the fixed local slots and count seats."""
    p = len(b.parties)
    local_labels = sorted({str(x) for x in b.local_party.ravel() if x})
    labels = [*b.parties, *[x for x in local_labels if x not in b.parties]]
    lab_ix = {x: i for i, x in enumerate(labels)}
    label_of = np.empty((b.n_seats, p + b.local_votes.shape[1]), dtype=np.int64)
    label_of[:, :p] = np.arange(p)
    label_of[:, p:] = np.vectorize(lambda x: lab_ix.get(x, lab_ix[OTHER]), otypes=[np.int64])(
        b.local_party
    )
    base_shares = np.concatenate([b.shares, b.local_shares], axis=1)
    shares = np.concatenate([national, b.local_shares], axis=1)
    for t in tactics:
        if t.from_party not in b.parties or t.against not in b.parties:
            raise InputError(
                f"Tactical voting needs national parties; got {t.from_party} and {t.against}."
            )
        moved = swing.tactical(shares, b.column(t.from_party), b.column(t.against), t.fraction)
        shares = np.where(plan.fixed[:, None], shares, moved)
    check: list[dict[str, Any]] = []
    v = b.valid_votes
    for area, tgts in plan.targets.items():
        _, mask, _ = tg.area_mask(b, area)
        for party, pct in tgts.items():
            c = b.column(party)
            check.append(
                {
                    "area": area,
                    "party": party,
                    "target": pct / 100,
                    "share": float(v[mask] @ shares[mask, c] / v[mask].sum()),
                }
            )
    notes = list(plan.notes)
    for row in check:
        # against what the cells were asked: a poll summing to 100 % was scaled to leave
        # room for local candidates (plan.notes says so), which is not a miss of the model
        asked = plan.effective.get((row["area"], row["party"]), row["target"])
        if abs(row["share"] - asked) > 0.0005:
            notes.append(
                f"{row['area']}: {DESCRIPTIONS[model]} cannot reach the target for "
                f"{row['party']}: {asked * 100:.1f} % asked"
                + (f" (scaled from {row['target'] * 100:.1f} %)" if asked != row["target"] else "")
                + f", {row['share'] * 100:.1f} % "
                "reached" + (" after tactical voting." if tactics else " (see target_check).")
            )
    proj = Projection(
        model=model,
        base=b.election_id,
        targets=plan.targets,
        tactical=list(tactics),
        notes=notes,
        labels=labels,
        shares=shares,
        label_of=label_of,
        seat_info=b,
        winner=shares.argmax(axis=1),
        base_winner=base_shares.argmax(axis=1),
        base_shares=base_shares,
        target_check=check,
        seed=seed,
        sd=(float(sd[0]), float(sd[1]), float(sd[2])),
        shape_sd=float(shape_sd),
    )
    if sims:
        region_names, region_id = np.unique(b.region, return_inverse=True)
        nat = montecarlo.own_area_shares(national, v)
        dev = shape_dev(shares, p, v, b.region) if shape_sd > 0 else None
        slots = montecarlo.pack(shares, p, label_of, region_id, nat, len(labels), dev)
        proj.slots = slots
        proj.simulation = montecarlo.simulate(
            slots,
            sims,
            seed=seed,
            national_sd=sd[0],
            regional_sd=sd[1],
            seat_sd=sd[2],
            shape_sd=shape_sd,
            workers=workers,
        )
    return proj
