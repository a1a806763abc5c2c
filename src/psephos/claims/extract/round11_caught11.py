"""Round 11 (CAUGHT11): extraction rules for false claims the checker missed.

- **"up from N two years ago"** after a seat total ("The Conservatives now hold ten of the
  North East's 29 seats, up from four two years ago"): the total at the previous general
  election, as ``sets.seats_up_from`` reads "up from four" alone; the words "N years
  ago/earlier/before" (at most five: within one parliament, as
  :meth:`psephos.claims.extract.patterns.Ctx.earlier` reads them) or "last time" ended
  the figure, so it was not read at all.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.extract.sets import _count

_BACK = (
    r"(?:(?P<k>{N})\s+years?\s+(?:ago|earlier|before|previously)|"
    r"last\s+time|at\s+the\s+(?:last|previous)\s+(?:general\s+)?election)"
)


@rule(
    r",\s+(?P<dir>up|down)\s+from\s+{Q}(?P<n>{N})\s+(?P<back>" + _BACK + r")"
    r"(?=\s*(?:[,.;:]|$|\s+(?:and|but|while)\b))",
    name="seats_up_from_years_back",
    needs="\\bfrom\\b",
    priority=58,
)
def _seats_up_from_back(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "ten of the region's 29 seats, up from four two years ago": the seat total just
    stated, at the previous general election."""
    base = ctx.just_before(m.start(), "seats", within=3)
    n = ctx.num(m)
    if base is None or _count(ctx, n) is None or base.frame.election == "previous":
        return None
    if m.group("k") is not None and not 1 <= (_count(ctx, ctx.num(m, "k")) or 0) <= 5:
        return None  # further back than one parliament: not the previous election
    f = ctx.frame(
        "seats",
        base.frame.subject,
        scope=base.frame.scope,
        number=n,
        unit="seats",
        election="previous",
        notes=[
            "'up/down from N' (N years ago, last time) after a seat total: the total at "
            "the previous election"
        ],
    )
    return ctx.draft(m, f, n, rule_name="seats_up_from_years_back", span=(m.start("dir"), m.end()))


@rule(
    r"\bmajority(?:\s+in\s+(?P<s>{S}))?(?:\s+of\s+{N})?\s+(?:(?:has|had)\s+)?"
    r"(?:grew|grown|rose|risen|increased|jumped|swelled|soared|went\s+up)\s+"
    r"(?:(?P<q>more\s+than\s+|nearly\s+|almost\s+)"
    r"(?P<k>two|three|four|five|six|seven|eight|nine|ten|twenty|\ue006\ue000*)\s+times(?:\s+over)?|"
    r"(?P<q2>)(?P<k2>\ue006\ue000*)\s+times\s+over)\b"
    # "grew more than six times over, to 7,967": the move to a figure, read elsewhere
    r"(?![\s,]*(?:over[\s,]*)?to\s)",
    name="majority_times_over",
    needs="\\btimes\\b",
    priority=30,
)
def _majority_times_over(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "Derek Thomas's majority of 312 grew more than fifteen times over", "rose nearly
    six times": the k-fold move of ``moves.majority_fold`` said with "times" (the figure
    before, "of 312", is the majority's own claim). "grew three times" with neither a
    qualifier nor "over" may count occasions and is not read; "..., to N" after it is
    left to the rules that read the move to a figure."""
    from psephos.claims.extract.moves import _majority_fold

    if m.group("k") is None:
        # "K times over" with no qualifier: read as the k-fold rule reads an exact k
        span = {"k": m.span("k2"), "q": m.span("q2")}
        m = _Shifted(m, span)  # type: ignore[assignment]
    return _majority_fold(ctx, m)


class _Shifted:
    """A match whose groups ``k`` and ``q`` are other groups' spans (the second branch of
    :func:`_majority_times_over`'s pattern), every other call passed through."""

    def __init__(self, m: re.Match[str], spans: dict[str, tuple[int, int]]) -> None:
        self._m, self._spans = m, spans

    def group(self, name: str | int = 0) -> str | None:
        if isinstance(name, str) and name in self._spans:
            a, b = self._spans[name]
            return self._m.string[a:b] if a >= 0 else None
        return self._m.group(name)

    def start(self, name: str | int = 0) -> int:
        if isinstance(name, str) and name in self._spans:
            return self._spans[name][0]
        return self._m.start(name)

    def end(self, name: str | int = 0) -> int:
        if isinstance(name, str) and name in self._spans:
            return self._spans[name][1]
        return self._m.end(name)

    def span(self, name: str | int = 0) -> tuple[int, int]:
        return self.start(name), self.end(name)

    def __getattr__(self, attr: str) -> object:
        return getattr(self._m, attr)
