"""Helpers for the web tests: JSON shapes and the snapshots they are compared with."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SNAPSHOTS = Path(__file__).parent / "snapshots"


def shape(obj: Any) -> Any:
    """Keys and value types of a JSON document (first item of each list)."""
    if isinstance(obj, dict):
        return {k: shape(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [shape(obj[0])] if obj else []
    if obj is None:
        return "null"
    return type(obj).__name__


def snapshot(name: str) -> Any:
    """The JSON document ``tests/snapshots/<name>``."""
    return json.loads((SNAPSHOTS / name).read_text())
