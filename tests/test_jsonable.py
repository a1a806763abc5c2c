"""psephos.jsonable: whatever the library returns becomes strict JSON (no NaN), the same for
the CLI's --json, the web app's JSON twins and the Python API."""

from __future__ import annotations

import datetime as dt
import json
import math

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from psephos.jsonable import dumps, to_jsonable

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_infinity=False),
    st.text(max_size=10),
    st.dates(),
    st.floats(allow_infinity=False, width=32).map(np.float32),
    st.integers(min_value=-(2**31), max_value=2**31).map(np.int64),
)
trees = st.recursive(
    leaves,
    lambda kids: st.one_of(
        st.lists(kids, max_size=4),
        st.tuples(kids, kids),
        st.dictionaries(st.text(max_size=5), kids, max_size=4),
    ),
    max_leaves=20,
)


@given(trees)
def test_any_tree_of_library_values_is_strict_json(tree: object) -> None:
    text = json.dumps(to_jsonable(tree), allow_nan=False)  # raises on NaN left behind
    assert json.loads(text) == to_jsonable(tree)


def test_frames_become_records_and_missing_values_none() -> None:
    frame = pd.DataFrame(
        {"seat": ["A", "B"], "share": [0.5, math.nan], "when": [dt.date(2024, 7, 4), None]}
    )
    frame["n"] = pd.array([1, None], dtype="Int64")
    assert to_jsonable(frame) == [
        {"seat": "A", "share": 0.5, "when": "2024-07-04", "n": 1},
        {"seat": "B", "share": None, "when": None, "n": None},
    ]
    assert json.loads(dumps({"rows": frame}))["rows"][1]["share"] is None
