"""Round 7 (evaluation): classes of verdicts, each tested over the store's seats, parties and
elections with invented sentences; expected figures from the raw official CSVs
(``tests/claims_corpus/_raw.py``) or the definitions cited at each test, never from psephos
code's own output.

- a census group written with hyphens for its spaces ("no-religion", "white-british") is the
  group of the lexicon, never an internal error (the tagger's alias regex accepts either).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from psephos.claims import lexicon as lx


def _claims(text: str, store_path: Path) -> list[dict[str, Any]]:
    from psephos.claims import check_text

    return check_text(text, db=store_path).to_dict()["claims"]


SPACED_GROUPS = sorted(g for g in lx.GROUPS if " " in g)


@pytest.mark.parametrize("group", SPACED_GROUPS)
@pytest.mark.parametrize("sep", ["-"])
def test_census_group_with_hyphens_is_read(group: str, sep: str, store_path: Path) -> None:
    written = group.replace(" ", sep)
    text = f"In Bradford West 30 per cent of residents are {written}. Labour won the seat in 2024."
    claims = _claims(text, store_path)  # an internal error (KeyError before round 7) fails here
    assert all(
        c["verdict"] in {"supported", "contradicted", "uncertain", "depends", "not_checkable"}
        for c in claims
    )
