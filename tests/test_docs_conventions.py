"""One sign convention for swing in every document: swing from A to B is positive when votes
moved from A to B (Butler: ((B₂ − B₁) + (A₁ − A₂)) / 2; Steed: b₂ − b₁, b = B / (A + B)),
as :func:`psephos.analysis.swing.butler_swing` computes it."""

from __future__ import annotations

import re
from pathlib import Path

from psephos.analysis.swing import butler_swing, steed_swing

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
BUTLER = re.compile(r"\(\((\w)[₂2] − (\w)[₁1]\) \+ \((\w)[₁1] − (\w)[₂2]\)\) / 2")
STEED = re.compile(r"(\w)[₂2] − (\w)[₁1]`? with `?(\w) = (\w) / \((\w) \+ (\w)\)")
FROM_TO = re.compile(
    r"from\s+(?:the\s+[\w-]+\s+)?\(?([A-Z])\)?\s+to\s+(?:the\s+[\w-]+\s+)?\(?([A-Z])\)?"
)


def _formulas() -> list[tuple[str, str, re.Match[str]]]:
    found = []
    for path in DOCS:
        text = path.read_text()
        for kind, pattern in (("butler", BUTLER), ("steed", STEED)):
            found += [(f"{path.name}:{kind}", text, m) for m in pattern.finditer(text)]
    return found


def test_every_swing_formula_in_the_docs_reads_from_a_to_b() -> None:
    formulas = _formulas()
    assert len(formulas) >= 4  # README, docs/README, analysis, seat
    for where, text, m in formulas:
        before = text[max(0, m.start() - 200) : m.start()]
        stated = FROM_TO.findall(before)
        assert stated, f"{where}: say 'from A to B' before {m.group(0)}"
        source, target = stated[-1]
        if where.endswith("butler"):
            to_up, to_down, from_down, from_up = m.groups()
            assert to_up == to_down == target and from_down == from_up == source, (where, m[0])
        else:
            measured, measured_again, share, numer, d1, d2 = m.groups()
            assert measured == measured_again == share == target.lower() and numer == target, (
                where,
                m[0],
            )
            assert {d1, d2} == {source, target}


def test_the_code_uses_the_documented_sign() -> None:
    # A falls from 50% to 40%, B rises from 30% to 40%: votes moved from A to B.
    assert butler_swing(0.5, 0.3, 0.4, 0.4) > 0 and steed_swing(0.5, 0.3, 0.4, 0.4) > 0
    assert butler_swing(0.5, 0.3, 0.4, 0.4) == (0.1 + 0.1) / 2  # by hand
