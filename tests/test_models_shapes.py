"""JSON shapes of project, whatif and backtest against hand-written snapshots.

A snapshot (tests/snapshots/models_*.json, written by hand from docs/models.md) gives a
type name ("str", "int", "float", "bool", "null", alternatives joined by "|"), a dict of
shapes (every key required, no extra keys; the single key "*" means a map with any keys),
or a one-element list (every item has that shape).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from psephos.commands._common import dumps
from psephos.models import project
from psephos.models.whatif import whatif
from tests._models import backtest_for

SNAPSHOTS = Path(__file__).parent / "snapshots"
_TYPES = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "null": (type(None),),
}


def load(name: str) -> Any:
    return json.loads((SNAPSHOTS / name).read_text())


def check(value: Any, shape: Any, path: str = "$") -> None:
    if isinstance(shape, str):
        kinds = shape.split("|")
        ok = any(
            isinstance(value, _TYPES[k]) and not (k in ("int", "float") and isinstance(value, bool))
            for k in kinds
        )
        assert ok, f"{path}: expected {shape}, got {type(value).__name__} {value!r:.60}"
    elif isinstance(shape, list):
        assert isinstance(value, list), f"{path}: expected a list"
        for i, item in enumerate(value):
            check(item, shape[0], f"{path}[{i}]")
    else:
        assert isinstance(value, dict), f"{path}: expected an object, got {value!r:.60}"
        if list(shape) == ["*"]:
            for k, v in value.items():
                check(v, shape["*"], f"{path}.{k}")
            return
        assert set(value) == set(shape), f"{path}: keys {sorted(value)} != {sorted(shape)}"
        for k, v in value.items():
            check(v, shape[k], f"{path}.{k}")


def _json(obj: Any) -> Any:
    return json.loads(dumps(obj.to_dict()))


def test_project_json_shape(store_path) -> None:
    p = project(
        {"GB": {"Lab": 30, "Con": 28}}, tactical=["LD->Con=20"], sims=200, seed=1, db=store_path
    )
    check(_json(p), load("models_project.json"))


def test_whatif_json_shape(store_path) -> None:
    w = whatif(
        "Ilford North",
        group="Muslim",
        group_change=-0.1,
        group_split={"Ind": 0.6, "Lab": 0.3},
        targets={"Lab": 30, "Con": 28},
        sims=100,
        seed=1,
        db=store_path,
    )
    check(_json(w), load("models_whatif.json"))


def test_backtest_json_shape(store_path) -> None:
    check(_json(backtest_for(store_path)), load("models_backtest.json"))
