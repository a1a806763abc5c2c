"""psephos: an open, reproducible engine for UK Westminster election results.

The public API is re-exported here and imported lazily, so ``import psephos`` is cheap::

    import psephos
    psephos.fetch()                             # download every pinned file into the cache
    psephos.build(mirror="../shared/data")      # load the official files into the store
    profile = psephos.seat("Ilford North")      # a SeatProfile; .to_dict() is the JSON shape
    psephos.summary(area="London")              # every CLI option has a keyword of its name
    psephos.rank("majority", where="second=Ind", ascending=True)   # DataFrame inside
    psephos.relate("change:Lab", "census:Muslim", where="country=England,Wales")
    psephos.project(shares={"Lab": 34.7, "Con": 24.4}, model="stm")  # seats from poll shares
    psephos.whatif("Ilford North")              # votes and turnout to flip the seat
    psephos.check_file("story.txt")             # the claim checker
    con = psephos.connect()                     # a read-only DuckDB connection to the store

Results print as one line and show as tables in a notebook (:mod:`psephos.display`).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "build": "psephos.api:build",
    "fetch": "psephos.sources.fetch:fetch",
    "connect": "psephos.store.connect:connect",
    "seat": "psephos.analysis.seat:seat_profile",
    "seat_profile": "psephos.analysis.seat:seat_profile",
    "find_seat": "psephos.analysis.names:find_seat",
    "search_seats": "psephos.analysis.names:search_seats",
    "SeatProfile": "psephos.analysis.seat:SeatProfile",
    "summary": "psephos.api:summary",
    "rank": "psephos.api:rank",
    "seat_rank": "psephos.analysis.rank:seat_rank",
    "relate": "psephos.analysis.relate:relate",
    "seat_swing": "psephos.analysis.swing:seat_swing",
    "aggregate_swing": "psephos.analysis.swing:aggregate_swing",
    "gains_matrix": "psephos.analysis.swing:gains_matrix",
    "swing": "psephos.analysis.swing:swing_report",
    "gains": "psephos.analysis.swing:gains_report",
    "history": "psephos.analysis.history:history_report",
    "chart": "psephos.analysis.charts:make_chart",
    "save_chart": "psephos.analysis.charts:save",
    "sql": "psephos.analysis.sql:run_sql",
    "export": "psephos.analysis.export:export",
    "project": "psephos.api:project",
    "whatif": "psephos.api:whatif",
    "backtest": "psephos.models.backtest:backtest",
    "check_text": "psephos.claims.check:check_text",
    "check_file": "psephos.claims.check:check_file",
    "PsephosError": "psephos.errors:PsephosError",
    "SourceError": "psephos.errors:SourceError",
    "ChecksumError": "psephos.errors:ChecksumError",
    "SchemaError": "psephos.errors:SchemaError",
    "ValidationError": "psephos.errors:ValidationError",
    "StoreError": "psephos.errors:StoreError",
    "NotFoundError": "psephos.errors:NotFoundError",
    "InputError": "psephos.errors:InputError",
    "ModelError": "psephos.errors:ModelError",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'psephos' has no attribute {name!r}")
    module, attr = target.split(":")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
