"""Back-test: project notional 2019 with the actual 2024 shares and compare seats.

For each model, the base is the notional 2019 result on the 2024 boundaries; the targets
are the actual 2024 shares of Con, Lab, LD, Reform UK, Green, SNP and Plaid Cymru *per
country* (England, Scotland, Wales), computed from the store; everything else is "other"
(:mod:`psephos.models.targets`). Great Britain only: the 18 Northern Ireland seats have
their own parties and are left out of the comparison (they keep the notional result in
the projection and are not counted). The error measure is the mean absolute seat error
over parties,

.. math:: \\mathrm{MAE} = \\frac{1}{|Q|} \\sum_{q \\in Q} |\\hat n_q - n_q|

where :math:`Q` is every party label with a seat in the actual result or in any model, and
also the share of seats whose winner the model called right.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from psephos.display import Display
from psephos.models import swing
from psephos.models import targets as tg
from psephos.models.base import load_base
from psephos.models.project import assemble, project_shares
from psephos.store.connect import connect

if TYPE_CHECKING:
    import pandas as pd

PARTIES = ("Con", "Lab", "LD", "RUK", "Green", "SNP", "PC")
GB_COUNTRIES = ("England", "Scotland", "Wales")


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class Backtest(Display):
    """Seats by party per model beside the actual 2024 result (Great Britain)."""

    table: pd.DataFrame  # party, actual, <model>...
    summary: pd.DataFrame  # model, mae, correct_winners, seats
    targets: dict[str, dict[str, float]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "base": "notional2019",
            "compared_with": "ge2024",
            "area": "GB",
            "seats": int(self.table["actual"].sum()),
            "targets": self.targets,
            "table": self.table.to_dict(orient="records"),
            "summary": self.summary.to_dict(orient="records"),
        }


def actual_shares(db: str | os.PathLike[str] | None = None) -> dict[str, dict[str, float]]:
    """The 2024 shares (percent) of :data:`PARTIES` per GB country, from the store."""
    rows = (
        connect(db)
        .cursor()
        .execute(
            """SELECT k.country, c.party_code, sum(c.votes) * 100.0 / any_value(t.total)
           FROM candidacies c JOIN constituencies k
             ON k.ons_code = c.ons_code AND k.boundary_set = '2024'
           JOIN (SELECT k2.country, sum(x.valid_votes) AS total FROM contests x
                 JOIN constituencies k2 ON k2.ons_code = x.ons_code AND k2.boundary_set = '2024'
                 WHERE x.election_id = 'ge2024' GROUP BY k2.country) t ON t.country = k.country
           WHERE c.election_id = 'ge2024' GROUP BY ALL"""
        )
        .fetchall()
    )
    out: dict[str, dict[str, float]] = {c: {} for c in GB_COUNTRIES}
    for country, party, pct in rows:
        if country in out and party in PARTIES:
            out[country][party] = float(pct)
    return out


def backtest(
    *, models: Sequence[str] = tuple(swing.MODELS), db: str | os.PathLike[str] | None = None
) -> Backtest:
    """Run every model from notional 2019 with the actual 2024 shares per country."""
    import pandas as pd

    targets = actual_shares(db)
    base = load_base("notional2019", db=db)
    actual_base = load_base("ge2024", db=db)
    plan = tg.plan(base, tg.normalise_targets(targets, [*PARTIES], db=db))
    gb = base.country != "Northern Ireland"
    actual = assemble(
        actual_base,
        tg.plan(actual_base, tg.normalise_targets(targets, [*PARTIES], db=db)),
        actual_base.shares,
        model="uns",
    )
    a_lab = _winners(actual, gb)
    cols: dict[str, dict[str, int]] = {"actual": _count(a_lab)}
    summary = []
    for m in models:
        proj = assemble(base, plan, project_shares(base, plan, m), model=m)
        labs = _winners(proj, gb)
        cols[m] = _count(labs)
        correct = sum(x == y for x, y in zip(labs, a_lab, strict=True))
        summary.append(
            {
                "model": m,
                "description": swing.DESCRIPTIONS[m],
                "correct_winners": correct,
                "seats": len(labs),
            }
        )
    parties = sorted({p for c in cols.values() for p in c}, key=lambda p: -cols["actual"].get(p, 0))
    table = pd.DataFrame(
        [{"party": p, **{k: v.get(p, 0) for k, v in cols.items()}} for p in parties]
    )
    for row in summary:
        m = str(row["model"])
        row["mae"] = float((table[m] - table["actual"]).abs().mean())
    cols_order = ["model", "description", "mae", "correct_winners", "seats"]
    return Backtest(table, pd.DataFrame(summary)[cols_order], targets)


def _winners(proj: Any, gb: Any) -> list[str]:
    """Winner label per GB seat; independents keep their own name so Ind ≠ Ind elsewhere."""
    import numpy as np

    b = proj.seat_info
    rows = np.arange(b.n_seats)
    out = []
    for s in rows[gb]:
        w = int(proj.winner[s])
        out.append(proj.labels[proj.label_of[s, w]])
    return out


def _count(labels: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for x in labels:
        out[x] = out.get(x, 0) + 1
    return out
