"""Plain JSON from what the library returns: shared by the CLI's ``--json``, the web app's
JSON twins and the Python API, so all three give the same shapes.

It sits below both interfaces (it imports nothing from psephos), so the web layer does not
depend on the command line.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any


def to_jsonable(obj: Any) -> Any:
    """Plain JSON types from what the library returns (dicts, dataclasses, frames, numpy).

    NaN and pandas' missing values become ``None``; dates become ISO strings; objects with a
    ``to_dict()`` (psephos results) are converted through it.
    """
    if obj is None or isinstance(obj, str | bool | int):
        return obj
    if isinstance(obj, float):
        return None if math.isnan(obj) else obj
    module = type(obj).__module__
    if module.startswith("pandas") and hasattr(obj, "columns"):  # a DataFrame
        return [to_jsonable(r) for r in obj.to_dict(orient="records")]
    if module.startswith("pandas") and hasattr(obj, "to_dict"):  # a Series
        return to_jsonable(obj.to_dict())
    if callable(getattr(obj, "to_dict", None)):  # psephos results: SeatProfile, Ranking, ...
        return to_jsonable(obj.to_dict())
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, dt.date | dt.datetime):
        return obj.isoformat()
    if isinstance(obj, Path):
        return str(obj)
    if hasattr(obj, "item"):  # numpy scalar
        return to_jsonable(obj.item())
    if obj.__class__.__name__ in ("NAType", "NaTType"):
        return None
    return str(obj)


def dumps(obj: Any) -> str:
    """``obj`` as indented JSON text (UTF-8 kept as is), through :func:`to_jsonable`."""
    return json.dumps(to_jsonable(obj), indent=2, ensure_ascii=False)
