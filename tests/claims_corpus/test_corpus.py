"""The corpus keys are well formed, agree with the raw files, and the README counts them."""

from __future__ import annotations

import json
import re

import pytest

from . import stories  # noqa: F401 - registers the story functions
from ._key import HERE, STORIES, decide

NAMES = sorted(p.stem for p in HERE.glob("*.txt"))
VERDICTS = {"supported", "contradicted", "depends", "not_checkable"}


def _expected(name: str) -> list[dict[str, str]]:
    return json.loads((HERE / f"{name}.expected.json").read_text("utf-8"))


def test_every_story_has_a_key_and_a_verifier() -> None:
    assert NAMES, "no stories found"
    assert sorted(STORIES) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_key_is_well_formed(name: str) -> None:
    text = (HERE / f"{name}.txt").read_text("utf-8")
    items = _expected(name)
    assert 15 <= len(items) <= 30
    spans = []
    for it in items:
        assert set(it) == {"anchor", "verdict", "evidence"}
        assert it["verdict"] in VERDICTS
        assert it["evidence"].strip()
        i = text.find(it["anchor"])
        assert i >= 0 and text.find(it["anchor"], i + 1) < 0, it["anchor"]
        spans.append((i, i + len(it["anchor"])))
    spans.sort()
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False)), "anchors overlap"
    verdicts = [it["verdict"] for it in items]
    checkable = [v for v in verdicts if v != "not_checkable"]
    assert "not_checkable" in verdicts
    # about a fifth of the checkable claims are false, as in the dev corpus
    assert 0.15 <= verdicts.count("contradicted") / len(checkable) <= 0.3


@pytest.mark.parametrize("name", NAMES)
def test_key_on_disk_is_the_key_decided_from_the_raw_files(name: str) -> None:
    key = decide(name)
    assert key.problems() == []
    assert _expected(name) == key.items


def test_readme_table_counts_every_story() -> None:
    readme = (HERE / "README.md").read_text("utf-8")
    for name in NAMES:
        m = re.search(rf"^\| `{re.escape(name)}` \|[^|]*\| (\d+) \| (\d+) \| (\d+) \| (\d+) \|",
                      readme, re.M)  # fmt: skip
        assert m, f"{name} missing from the README table"
        verdicts = [it["verdict"] for it in _expected(name)]
        want = (
            len(verdicts),
            len(verdicts) - verdicts.count("not_checkable"),
            verdicts.count("contradicted"),
            verdicts.count("depends"),
        )
        assert tuple(int(x) for x in m.groups()) == want, name


def test_readme_total_row_sums_the_table() -> None:
    readme = (HERE / "README.md").read_text("utf-8")
    m = re.search(r"^\| \*\*total \((\d+) stories\)\*\* \| \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \| "
                  r"\*\*(\d+)\*\* \| \*\*(\d+)\*\* \|", readme, re.M)  # fmt: skip
    assert m, "total row missing from the README table"
    verdicts = [[it["verdict"] for it in _expected(name)] for name in NAMES]
    want = (
        len(NAMES),
        sum(len(v) for v in verdicts),
        sum(len(v) - v.count("not_checkable") for v in verdicts),
        sum(v.count("contradicted") for v in verdicts),
        sum(v.count("depends") for v in verdicts),
    )
    assert tuple(int(x) for x in m.groups()) == want
