"""``psephos check --json`` written straight from the report (``claims/report_json.py``) is
byte for byte the plain definition: the standard library's encoder over
``CheckReport.to_dict()`` through ``to_jsonable`` (``psephos.jsonable.dumps``).

Checked on every keyed story (both corpora) and on generated reports whose values are the
awkward ones: floats of every magnitude (orjson writes ``1e-05`` as ``0.00001``), infinite
and missing numbers, control and non-ASCII characters, lone surrogates, numpy scalars,
dates, keys that are not strings, dataclasses where plain values are expected, frames with
attributes that are not fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import (
    CheckedClaim,
    CheckReport,
    Claim,
    Evidence,
    Mention,
    Stated,
    Unexamined,
)
from psephos.claims.report_json import _python_floats, plain_json, report_json

REPO = Path(__file__).resolve().parents[1]
DIRS = [REPO.parent / "shared" / "articles" / "dev", REPO / "tests" / "claims_corpus"]
STORIES = sorted(p for d in DIRS for p in d.glob("*.txt"))


def same(report: CheckReport) -> None:
    """``report_json`` equals the plain definition, or both refuse alike."""
    try:
        want = plain_json(report)
    except (UnicodeEncodeError, ValueError, TypeError) as exc:
        with pytest.raises(type(exc)):
            report_json(report)
        return
    assert report_json(report) == want


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_every_story_is_written_as_the_plain_definition(store_path: Path, path: Path) -> None:
    from psephos.claims import check_text

    assert STORIES, "no stories found"
    same(check_text(path.read_text(encoding="utf-8"), db=store_path))


@dataclasses.dataclass
class _Odd:
    """A dataclass with no ``to_dict``: ``to_jsonable`` writes it as its ``str``."""

    a: int = 1


@dataclasses.dataclass
class _Private:
    """A dataclass with a private field (orjson would skip it)."""

    a: int = 1
    _b: int = 2


floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=1e-10, max_value=1e-3),
    st.floats(min_value=-1e-3, max_value=-1e-10),
    st.sampled_from([1e-05, 1e-07, 9.921000000000001e-05, 1e16, 1e22, -0.0, 5e-324]),
)
texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\x00\x1f\x7f", "\u2028", "re-elected 1e-5", "0.00001", '"a": 1', "\ud800"]),
)
leaves: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    floats,
    texts,
    floats.map(np.float64),
    st.integers(-1000, 1000).map(np.int64),
    st.dates(),
    st.datetimes(),
    st.just(Path("/tmp/x")),
    st.just(_Odd()),
    st.just(_Private()),
    st.just(Stated("5", 5.0, 4.5, math.inf, "more than")),
)
values = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(texts, inner, max_size=3),
        st.dictionaries(st.integers(0, 3), inner, max_size=2),
    ),
    max_leaves=6,
)


@st.composite
def reports(draw: st.DrawFn) -> CheckReport:
    def subject() -> Subject:
        return Subject(
            draw(st.sampled_from(["party", "seat", "candidate"])),
            draw(texts),
            draw(st.integers(-1, 99)),
            draw(st.integers(-1, 99)),
            party=draw(st.none() | texts),
            candidate=draw(st.none() | st.dictionaries(texts, values, max_size=3)),
            seat=draw(st.none() | st.dictionaries(texts, values, max_size=3)),
        )

    def stated() -> Stated | None:
        return draw(st.none() | st.builds(Stated, texts, floats, floats, floats, texts))

    def frame() -> Frame:
        f = Frame(
            draw(texts),
            subject(),
            Scope(draw(st.sampled_from(["seat", "uk"])), draw(st.none() | texts), seat=None),
            election=draw(st.none() | texts),
            stated=stated(),
            other=draw(st.none() | st.just(None).map(lambda _: subject())),
            nth=draw(st.none() | st.integers(1, 5)),
            condition=draw(st.lists(texts, max_size=2)),
        )
        if draw(st.booleans()) and draw(st.booleans()):
            setattr(f, draw(st.sampled_from(["extra", "_extra"])), draw(values))
        return f

    def claim(depth: int) -> CheckedClaim:
        params = draw(
            st.one_of(
                st.fixed_dictionaries(
                    {
                        "rule": texts,
                        "numbers": st.lists(texts, max_size=2),
                        "election": st.dictionaries(
                            st.just("id") | st.just("how"), st.none() | texts | floats
                        ),
                    }
                ),
                st.dictionaries(texts, values, max_size=3),
            )
        )
        c = Claim(
            draw(st.integers(1, 9)),
            draw(texts),
            draw(texts),
            0,
            5,
            0,
            params,
            stated(),
            draw(st.none() | st.just(None).map(lambda _: frame())),
        )
        evidence = [
            Evidence(draw(texts), draw(values), draw(texts), "supported", [draw(texts)], "q")
            for _ in range(draw(st.integers(0, 2)))
        ]
        parts = [claim(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 1 else 0)))]
        return CheckedClaim(
            c,
            draw(st.sampled_from(["supported", "contradicted", "uncertain"])),
            draw(texts),
            draw(st.none() | texts),
            evidence,
            draw(st.none() | texts),
            parts,
        )

    mentions = [
        Mention("seat", draw(texts), 0, 3, draw(st.dictionaries(texts, values, max_size=2)), "x")
        for _ in range(draw(st.integers(0, 2)))
    ]
    unexamined = [Unexamined(draw(texts), 0, 1, "quote") for _ in range(draw(st.integers(0, 2)))]
    return CheckReport(
        draw(texts),
        "ge2024",
        [claim(0) for _ in range(draw(st.integers(0, 3)))],
        mentions,
        ["an assumption"],
        unexamined,
        draw(st.dictionaries(texts, values, max_size=2)),
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_generated_reports_are_written_as_the_plain_definition(report: CheckReport) -> None:
    same(report)


@given(floats)
def test_every_float_is_written_as_python_writes_it(x: float) -> None:
    import json

    import orjson

    if math.isfinite(x):
        out = orjson.dumps({"a": [x, {"b": x}]}, option=orjson.OPT_INDENT_2)
        assert _python_floats(out) == json.dumps({"a": [x, {"b": x}]}, indent=2).encode()


def test_odd_numbers_in_strings_are_left_alone() -> None:
    text = "1e-5 and 0.00001 and 3e-7\n0.00001\n" + "0.0000" * 2000 + "1e-5"
    inference = {"a": 1e-05, "b": [2.5e-06, 0.0001, 1e-05], "c": "0.00001"}
    report = CheckReport(text, "ge2024", [], [], [], [], inference)
    out = report_json(report)
    assert b'"a": 1e-05' in out and b"    2.5e-06,\n" in out and b'"c": "0.00001"' in out
    assert out == plain_json(report)


def test_dates_and_numpy_are_written_through_to_jsonable() -> None:
    report = CheckReport(
        "t",
        "ge2024",
        [],
        [Mention("seat", "X", 0, 1, {"d": dt.date(2024, 7, 4), "n": np.int64(3)}, "exact")],
        [],
    )
    out = report_json(report)
    assert b'"d": "2024-07-04"' in out and b'"n": 3' in out
    assert out == plain_json(report)


def test_check_json_without_orjson_writes_the_same_bytes(store_path: Path) -> None:
    """An environment installed before orjson became a dependency (a stale virtualenv) still
    answers `psephos check --json`, with the same bytes, only through the plain encoder."""
    import os
    import subprocess
    import sys

    story = STORIES[0]
    run = [sys.executable, "-c"]
    call = "from psephos.cli import main; main(['check', '--json', sys.argv[1]])"
    env = {**os.environ, "PSEPHOS_DB": str(store_path)}
    with_orjson = subprocess.run(
        [*run, "import sys; " + call, str(story)], capture_output=True, env=env, check=False
    )
    without = subprocess.run(
        [*run, "import sys; sys.modules['orjson'] = None; " + call, str(story)],
        capture_output=True,
        env=env,
        check=False,
    )
    assert with_orjson.returncode == 0, with_orjson.stderr.decode()
    assert without.returncode == 0, without.stderr.decode()
    assert without.stdout == with_orjson.stdout
