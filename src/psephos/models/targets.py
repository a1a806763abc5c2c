"""Target shares: parsing, validation, and the cells a model runs on.

A caller gives target shares (percentages, 0–100) for one or more *areas*: ``UK``, ``GB``,
a country (``England``, ``Scotland``, ``Wales``, ``Northern Ireland``) or an English region
(``London``, ...). Areas nest (region ⊂ country ⊂ GB ⊂ UK). The seats are split into
*cells*: each area's seats that no more specific area claims. A cell's target for a named
party is what is left of its area's target once the more specific areas inside it have
taken theirs, weighting by base valid votes:

.. math:: \\tau_{c,p} = \\bigl(t_{A,p} V_A - \\sum_{c' \\subset A} \\tau_{c',p} V_{c'}
          - X_{A,p}\\bigr) / V_c

where :math:`V` are base valid votes and :math:`X_{A,p}` the votes of *p* in seats held
fixed (the Speaker's). Parties not named in a cell share what remains (after the fixed vote
of local candidates) in proportion to their base shares there: "the rest is other". Seats
outside every area (Northern Ireland when only GB is given) keep their base result.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from psephos._suggest import suggest
from psephos.errors import InputError, NotFoundError
from psephos.models.base import ALWAYS_LOCAL, NATIONAL, OTHER, RENAME, Base
from psephos.models.shares import parse_scoped, parse_shares  # noqa: F401 - they lived here

COUNTRIES = ("England", "Scotland", "Wales", "Northern Ireland")
_AREA_ALIASES = {
    "uk": "UK",
    "united kingdom": "UK",
    "gb": "GB",
    "great britain": "GB",
    "britain": "GB",
    "ni": "Northern Ireland",
}


def resolve_party(
    name: str, known: list[str] | tuple[str, ...], *, db: str | os.PathLike[str] | None = None
) -> str:
    """A canonical party code from a code or name (:func:`psephos.analysis.parties.party_code`:
    ``Lab``, ``labour``, ``Sinn Féin``, ``Reform UK``...), for a projection.

    The Brexit Party (``BRX``, ``Brexit``) is read as Reform UK (``RUK``), its new name, as
    the bases do (:data:`~psephos.models.base.RENAME`). Independents and the Speaker cannot
    have a national share (InputError); a party outside ``known`` is NotFoundError.
    """
    from psephos.analysis.parties import party_code

    key = name.strip()
    try:
        code = party_code(key, db=db)
    except NotFoundError as exc:
        raise NotFoundError(
            f"Unknown party '{key}'. Expected a party code or name such as "
            f"{', '.join(NATIONAL[:7])}.",
            suggestions=[RENAME.get(c, c) for c in exc.suggestions],
        ) from None
    code = RENAME.get(code, code)
    if code in ALWAYS_LOCAL:
        raise InputError(
            f"'{key}' cannot have a national share: independents and the Speaker are "
            "candidates of their own seat, and the models hold their votes fixed per seat.",
            hint="Leave them out; whatever you do not assign goes to other parties.",
        )
    if code not in known:
        raise NotFoundError(
            f"Unknown party '{key}' ({code}) for this projection.",
            suggestions=suggest(code, known),
        )
    return code


def area_mask(base: Base, area: str) -> tuple[str, np.ndarray, int]:
    """(canonical name, seat mask, level) of an area; level 0 UK, 1 GB, 2 country, 3 region."""
    key = _AREA_ALIASES.get(area.strip().lower(), area.strip())
    if key == "UK":
        return "UK", np.ones(base.n_seats, dtype=bool), 0
    if key == "GB":
        return "GB", base.country != "Northern Ireland", 1
    for c in COUNTRIES:
        if c.lower() == key.lower():
            return c, base.country == c, 2
    for r in sorted(set(base.region.tolist())):
        if r.lower() == key.lower():
            return r, base.region == r, 3
    choices = ["UK", "GB", *COUNTRIES, *sorted(set(base.region.tolist()) - set(COUNTRIES))]
    raise NotFoundError(
        f"Unknown area '{area}'. Expected UK, GB, a country or an English region.",
        suggestions=suggest(area, choices),
    )


@dataclass
class Cell:
    """Seats that share one set of targets."""

    area: str
    mask: np.ndarray
    targets: np.ndarray  # (P,) shares of the cell's valid votes, national columns


@dataclass
class Plan:
    """How a set of area targets maps onto cells of a base."""

    targets: dict[str, dict[str, float]]
    cells: list[Cell]
    fixed: np.ndarray  # seats kept at base (outside every area, or the Speaker's)
    notes: list[str] = field(default_factory=list)
    #: (area, party) → the area share the cells' targets give the party: the target asked,
    #: or less when the named shares were scaled to leave room for local candidates
    effective: dict[tuple[str, str], float] = field(default_factory=dict)


def normalise_targets(
    targets: Mapping[str, Mapping[str, float]] | Mapping[str, float],
    known: list[str] | tuple[str, ...],
    *,
    db: str | os.PathLike[str] | None = None,
) -> dict[str, dict[str, float]]:
    """Validate party names (:func:`resolve_party`, against the store ``db``) and values;
    return ``{area: {code: percent}}``."""
    scoped: Mapping[str, Any] = targets
    if targets and all(isinstance(v, int | float) for v in targets.values()):
        scoped = {"GB": dict(targets)}
    out: dict[str, dict[str, float]] = {}
    for area, shares in scoped.items():
        if not isinstance(shares, Mapping):
            raise InputError(f"Targets for '{area}' must map party codes to percentages.")
        clean: dict[str, float] = {}
        for name, value in shares.items():
            code = resolve_party(str(name), known, db=db)
            v = float(value)
            if not np.isfinite(v) or v < 0 or v > 100:
                raise InputError(
                    f"The share for {code} in {area} is {value}; a share must be 0–100 "
                    "(percent of valid votes)."
                )
            if code in clean:
                raise InputError(f"{code} is given twice for {area}.")
            clean[code] = v
        total = sum(clean.values())
        if total > 100 + 1e-6:
            raise InputError(
                f"The shares for {area} add up to {total:.1f} %, more than 100 %.",
                hint="Check for a typo; leave out parties you do not want to set.",
            )
        out[area] = clean
    if not out:
        raise InputError("No target shares given.", hint='Try --shares "Lab=34.7,Con=24.4".')
    return out


def _fill_unnamed(
    tau: np.ndarray, named: np.ndarray, base_cell: np.ndarray, oth: int, rest: float
) -> tuple[np.ndarray, str]:
    """Targets of the columns not named: they share ``rest`` (what the named parties and
    the local candidates leave) in proportion to their base shares, so the parties not
    named keep their shares *relative to each other* (``Oth`` included); a user who wants
    the rest to go to "other" names ``Oth``."""
    tau = tau.copy()
    free = ~named
    if not free.any():
        return tau, ""
    pool = np.where(free, base_cell, 0.0)
    if pool.sum() <= 0:
        if rest > 1e-9 and not named[oth]:
            tau[free] = 0.0
            tau[oth] = rest
            return tau, f"the rest ({rest * 100:.1f} %) goes to other parties (Oth)."
        tau[free] = 0.0
        return tau, ""
    tau[free] = pool[free] / pool.sum() * rest
    factor = rest / pool.sum()
    return tau, (
        f"the {int((free & (base_cell > 0)).sum())} parties not named share the rest ({rest * 100:.1f} % of the "
        f"vote, after local candidates) in proportion to their base shares (each × "
        f"{factor:.2f})."
    )


def make_room(b: Base, targets: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """``targets`` with each area's named shares scaled down, where needed, to leave room
    for the local candidates (independents, ...) the models hold at their base share: when
    the parties named took more of the vote at the target than the base's local
    candidates left them (2017 in Wales: 99.8 % against 0.6 % of independents in 2015)."""
    out: dict[str, dict[str, float]] = {}
    for area, shares in targets.items():
        name, mask, _ = area_mask(b, area)
        local = b.local_votes[mask].sum() / b.valid_votes[mask].sum() * 100
        room = 100.0 - local - 0.05
        total = sum(shares.values())
        f = room / total if total > room else 1.0
        out[area] = {p: v * f for p, v in shares.items()}
    return out


def _refuse_outside(base: Base, area: str, mask: np.ndarray, code: str, p: int, pct: float) -> None:
    """A party with votes at the base only outside ``area`` (an NI party given a GB share,
    the SNP in Wales) cannot have a share there."""
    if pct <= 0 or base.votes[mask, p].sum() > 0 or base.votes[:, p].sum() <= 0:
        return
    where = sorted(set(base.country[base.votes[:, p] > 0].tolist()))
    raise InputError(
        f"{code} stands only in {', '.join(where)}, not in {area}: it cannot have a "
        f"{pct:g} % share there.",
        hint=f'Give its share for its own area, e.g. --shares "{where[0]}: {code}={pct:g}".',
    )


def plan(base: Base, targets: dict[str, dict[str, float]]) -> Plan:
    """Cells and their targets for validated ``targets`` on ``base``."""
    areas = []
    for area, shares in targets.items():
        name, mask, level = area_mask(base, area)
        areas.append((level, name, mask, shares))
    names = [a[1] for a in areas]
    if len(set(names)) != len(names):
        raise InputError(f"An area is given twice: {', '.join(names)}.")
    speaker = (base.local_party == "Spk").any(axis=1)
    in_any = np.zeros(base.n_seats, dtype=bool)
    for _, _, mask, _ in areas:
        in_any |= mask
    fixed = speaker | ~in_any
    v = base.valid_votes
    col = {p: i for i, p in enumerate(base.parties)}
    local = base.local_votes.sum(axis=1)
    assigned = fixed.copy()
    cells: list[Cell] = []
    notes: list[str] = []
    effective: dict[tuple[str, str], float] = {}
    for _level, name, mask, shares in sorted(areas, key=lambda a: -a[0]):
        cmask = mask & ~assigned
        if not cmask.any():
            continue
        v_cell = v[cmask].sum()
        tau = np.full(len(base.parties), np.nan)
        other_votes: dict[str, float] = {}
        for code, pct in shares.items():
            p = col[code]
            _refuse_outside(base, name, mask, code, p, pct)
            want = pct / 100 * v[mask].sum()
            taken = sum(c.targets[p] * v[c.mask].sum() for c in cells if (c.mask & mask).any())
            held = base.votes[mask & fixed, p].sum()
            tau[p] = (want - taken - held) / v_cell
            other_votes[code] = taken + held
            if tau[p] < -1e-9:
                raise InputError(
                    f"The targets imply a negative {code} share ({tau[p] * 100:.1f} %) in "
                    f"{name} outside the smaller areas given.",
                    hint="Check that the area shares are consistent with each other.",
                )
        named = ~np.isnan(tau)
        tau[named] = np.maximum(tau[named], 0.0)
        fixed_share = local[cmask].sum() / v_cell
        rest = 1.0 - tau[named].sum() - fixed_share
        if rest < -1e-9:
            # e.g. a poll summing to 100 %: its "others" include the independents, whom
            # the models hold at their base share; scale the named shares to make room.
            factor = (1.0 - fixed_share) / tau[named].sum()
            tau[named] *= factor
            rest = 0.0
            notes.append(
                f"{name}: the named shares leave {max(0.0, 1 - tau[named].sum() / factor) * 100:.1f} % "
                f"but local candidates (independents, ...) held {fixed_share * 100:.1f} % at "
                f"the base and the models keep them, so the named shares are scaled by "
                f"{factor:.4f} to fit."
            )
        for code, got in other_votes.items():
            effective[(name, code)] = float((tau[col[code]] * v_cell + got) / v[mask].sum())
        base_cell = base.votes[cmask].sum(axis=0) / v_cell
        tau, note = _fill_unnamed(tau, named, base_cell, col[OTHER], max(rest, 0.0))
        cells.append(Cell(name, cmask, tau))
        assigned |= cmask
        if note:
            notes.append(f"{name}: the named parties total {sum(shares.values()):.1f} %; {note}")
    if (~in_any).any():
        kept = sorted(set(base.country[~in_any].tolist()))
        notes.append(f"Seats outside the areas given ({', '.join(kept)}) keep the base result.")
    if speaker.any():
        notes.append("The Speaker's seat keeps the base result (parties do not stand there).")
    return Plan(targets=targets, cells=cells, fixed=fixed, notes=notes, effective=effective)
