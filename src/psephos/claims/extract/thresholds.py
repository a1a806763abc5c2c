"""A seat majority said against a threshold with a verb (round 8): "Labour's majority in
Bristol South topped 20,000", "her majority fell short of 5,000".

The verb is read as the figure's qualifier (``claims/numbers.py``: "topped", "passed",
"exceeded" ... above; "fell short of", "failed to reach" below); this rule gives the
majority family's handler (:func:`psephos.claims.extract.margins._majority_of`) the slot its
own patterns lack, so the seat, the subject and the government-majority reading are decided
as for "a majority of N". Sweep: ``tests/test_claims_sweep_thresholds.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from psephos.claims.extract.patterns import Draft, rule

if TYPE_CHECKING:
    import re

    from psephos.claims.extract.patterns import Ctx

_VERBS = (
    r"(?:topped|passed|exceeded|surpassed|broke\s+through|went\s+(?:over|above|past)|"
    r"fell\s+short\s+of|failed\s+to\s+reach)"
)


@rule(
    r"(?P<head>(?P<pos>\b(?:his|her|their|its)\s+)?(?:\w+\s+){0,2}?)majority"
    r"(?:\s+in\s+{S})?\s+(?:(?:had|has)\s+)?" + _VERBS + r"\s+(?P<n>{N})(?!\s*(?:per\s*cent|%))",
    name="majority_threshold",
    needs="majorit",
)
def _majority_threshold(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour's majority in X topped 20,000": the seat's majority above (below) a bound."""
    from psephos.claims.extract.margins import _majority_of

    got = _majority_of(ctx, m)
    return got if isinstance(got, Draft) else None
