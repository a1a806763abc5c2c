"""The driver: every rule tried on every sentence, numbers used once, outcomes folded into
the numeric claim of the same clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from psephos.claims import lexicon as lx
from psephos.claims import recache, round9_wrong
from psephos.claims.extract import round7b_a, round7b_b
from psephos.claims.extract.context import settle
from psephos.claims.extract.patterns import (
    _NEEDS,
    RULES,
    Ctx,
    Draft,
)
from psephos.claims.extract.prefilter import RuleFilter, compile_filter
from psephos.claims.extract.tagging import Doc
from psephos.claims.text import Span, in_spans

# --- the driver ----------------------------------------------------------------------------


def find_frames(
    doc: Doc,
    *,
    only: Collection[int] | None = None,
    before: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, Draft]]:
    """Every frame in ``doc``: (sentence index, draft), in text order. Quoted speech is
    skipped; a number used by an earlier rule is not used again; a frame with no number
    that overlaps a frame with one (an outcome inside a margin claim) is dropped.
    ``only``: the sentences read (all when None); ``before``: called with each sentence's
    index before it is read (round 11, :mod:`psephos.claims.extract.round11_perf11`)."""
    rules = _rule_filter()
    typed = doc.typed
    spans = [(s.start, s.end) for s in doc.sentences]
    polls = poll_sentences(doc)
    # the rules' matches in a sentence are a function of its typed text alone (the rules
    # run on the sentence's slice): found once per distinct typed sentence and kept for
    # the text (:func:`_matches_memo`; the second reading of an unsettled story retypes
    # only the sentences that name a 1918-2005 seat). The rules each sentence not yet
    # seen may match are found for all of them at once (the per-sentence filter's answers)
    memo = _matches_memo(rules, doc.text)
    todo = [
        k
        for k, (s, e) in enumerate(spans)
        if not polls[k] and (only is None or k in only) and typed[s:e] not in memo
    ]
    if todo:
        image = rules.image(typed)
        for k, kept in zip(todo, rules.each(image, [spans[k] for k in todo]), strict=True):
            s, e = spans[k]
            memo[typed[s:e]] = rule_matches(typed[s:e], kept)
    for i, sent in enumerate(doc.sentences):
        if only is not None and i not in only:
            continue
        if before is not None:
            before(i)
        yield from (
            (i, d)
            for d in _sentence_frames(
                doc, i, sent, poll=polls[i], found=memo.get(typed[sent.start : sent.end])
            )
        )


Found = tuple[tuple[int, tuple[re.Match[str], ...]], ...]


def rule_matches(typed: str, kept: list[int]) -> Found:
    """For a typed sentence and the rules the filter keeps for it (:class:`RuleFilter`),
    in order, each rule that matches, with its matches in the sentence (``finditer``):
    the rules whose ``needs`` pattern is not in the sentence are not run."""
    out: list[tuple[int, tuple[re.Match[str], ...]]] = []
    needed: dict[str, bool] = {}
    for r in kept:
        name, rx, _fn = RULES[r]
        need = _NEEDS.get(name)
        if need is not None:
            ok = needed.get(name)
            if ok is None:
                ok = needed[name] = need.search(typed) is not None
            if not ok:
                continue
        found = tuple(rx.finditer(typed))
        if found:
            out.append((r, found))
    return tuple(out)


def _matches_memo(rules: RuleFilter, text: str) -> dict[str, Found]:
    """The rules' matches (:func:`rule_matches`) per typed sentence, kept for the last text
    read (and the rule set ``rules``): a pure function of the typed sentence, so whatever
    the dict holds is right for any text; it is dropped for a new text only to bound it."""
    got = _MEMO[0] if _MEMO else None  # one tuple, swapped whole: thread-safe
    if got is None or got[0] is not rules or not (got[1] is text or got[1] == text):
        got = (rules, text, {})
        _MEMO[:] = [got]
    return got[2]


_MEMO: list[tuple[RuleFilter, str, dict[str, Found]]] = []


_POLL = lx.POLL_RE


def _rule_filter() -> RuleFilter:
    """The rules that may match in a typed sentence, in order (built once per rule set:
    a rule is tried only when the sentence holds a string of each conjunct of its pattern
    and of its ``needs`` pattern, ``prefilter.py``)."""
    key = (
        tuple((name, id(rx)) for name, rx, _fn in RULES),
        tuple((name, id(rx)) for name, rx in _NEEDS.items()),
    )
    got = _FILTERS.get(key)
    if got is None:
        got = compile_filter(
            [[rx, _NEEDS[name]] if name in _NEEDS else [rx] for name, rx, _fn in RULES]
        )
        _FILTERS.clear()
        _FILTERS[key] = got
        recache.save()  # every rule is registered: keep their compiled patterns
    return got


_FILTERS: dict[tuple[tuple[tuple[str, int], ...], ...], RuleFilter] = {}
_POLL_FILTER = compile_filter([[_POLL]])


def poll_sentences(doc: Doc) -> list[bool]:
    """For each sentence of ``doc``, whether the poll pattern (``lexicon.POLL_RE``) finds a
    poll or survey word in it: searched only in the sentences the poll filter keeps (every
    string a match needs is in them), the rest cannot match. A function of the folded text
    and the sentences alone: kept for the last text (the extraction of an unsettled story
    and its second reading, and the unexamined numbers, ask for the same text)."""
    spans = [(s.start, s.end) for s in doc.sentences]
    folded = doc.folded
    got = _POLLS[0] if _POLLS else None  # one tuple, swapped whole: thread-safe
    if got is None or not (got[0] is folded or got[0] == folded) or got[1] != spans:
        keep = _POLL_FILTER.each(_POLL_FILTER.image(folded), spans)
        found = [
            bool(k) and _POLL.search(folded[s:e]) is not None
            for (s, e), k in zip(spans, keep, strict=True)
        ]
        got = (folded, spans, found)
        _POLLS[:] = [got]
    return list(got[2])


_POLLS: list[tuple[str, list[tuple[int, int]], list[bool]]] = []


def _sentence_frames(
    doc: Doc,
    i: int,
    sent: Span,
    rules: RuleFilter | None = None,
    image: str | None = None,
    kept: list[int] | None = None,
    poll: bool | None = None,
    found: Found | None = None,
) -> list[Draft]:
    """The frames of one sentence; ``image``: the sentence's slice of ``rules.image`` of
    the whole typed text (made here when not given); ``kept``: the rules ``rules`` keeps
    for the sentence and ``poll``: whether the poll filter keeps it, when already found
    for the whole text (:meth:`RuleFilter.each`); ``found``: the rules' matches in the
    sentence (:func:`rule_matches`), when already found."""
    ctx = Ctx(doc, sent, i, [])
    folded = doc.folded[sent.start : sent.end]
    if (_POLL_FILTER(folded) if poll is None else poll) and _POLL.search(folded):
        return []  # a poll or survey figure: no results file can check it
    used: set[int] = set()
    if found is None:
        typed = doc.typed[sent.start : sent.end]
        found = rule_matches(
            typed, (rules or _rule_filter())(typed, image) if kept is None else kept
        )
    for r, matches in found:
        fn = RULES[r][2]
        for m0 in matches:
            s = sent.start + m0.start()
            if in_spans(s, doc.quotes):
                continue
            m = _Shifted(m0, sent.start)
            try:
                res = fn(ctx, m)  # type: ignore[arg-type]
            except (KeyError, IndexError, AttributeError, TypeError, ValueError):
                continue
            if res is None:
                continue
            for d in res if isinstance(res, list) else [res]:
                if any(n in used for n in d.numbers):
                    continue
                if not d.numbers and any(
                    x.start < d.end and d.start < x.end and x.frame.measure == d.frame.measure
                    for x in ctx.drafts
                ):
                    continue
                if in_spans(d.start, doc.quotes):
                    continue
                used.update(d.numbers)
                ctx.drafts.append(d)
    settle(ctx)  # slots read from the wrong place (claims.extract.context)
    round7b_b.run(ctx)  # a later part's own area, a superlative's figure (round 7b)
    round7b_a.run(ctx)  # a majority's own time, an indefinite party (round 7b, A)
    round9_wrong.story_set_ranking(ctx)  # "the highest of the six contests" (round 9)
    # an outcome in the same sentence as a majority about the same seat is folded into it:
    # "X holds Y for the Greens with a majority of N" is one claim, read both ways
    for d in list(ctx.drafts):
        if d.frame.measure != "outcome" or d.frame.outcome == "stood":
            continue
        seat = d.frame.scope.name
        for x in ctx.drafts:
            if (
                x.frame.measure == "majority"
                and x.frame.scope.name == seat
                and seat
                and x.frame.election != "previous"
                and 0 <= x.start - d.end <= 60
                # never across another claim ("won back Foyle, which it had lost by 169
                # votes, with a majority of 17,170": the span would take in the 169)
                and not any(d.end <= y.start and y.end <= x.start for y in ctx.drafts)
                and not _RELATIVE.search(doc.folded, d.end, x.start)
                # "lost A and B to P, A by N": the outcome is about two seats (round 7b)
                and not round7b_b.several_seats(doc, d.start, x.start)
            ):
                x.frame.outcome = x.frame.outcome or d.frame.outcome
                x.start = min(x.start, d.start)
                ctx.drafts.remove(d)
                break
    # outcomes that overlap a numeric claim are folded into it (one verdict per clause)
    numeric = [d for d in ctx.drafts if d.numbers]
    out = [
        d
        for d in ctx.drafts
        if d.numbers
        or not any(x.start < d.end and d.start < x.end for x in numeric)
        or d.frame.measure not in ("outcome", "placing")
    ]
    return sorted(out, key=lambda d: d.start)


_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose|where)\b")


class _Shifted:
    """A match whose offsets are shifted into the whole text. A named group the pattern
    does not have reads as not taking part (-1, None); group spans are read from
    ``Match.regs`` (one tuple look-up instead of a method call per offset)."""

    __slots__ = ("_b", "_groups", "_m", "_regs")

    def __init__(self, m: re.Match[str], base: int) -> None:
        self._m, self._b = m, base
        self._groups = m.re.groupindex
        self._regs = m.regs

    # start, end and span each resolve the group inline: they run several times per match
    # of every rule, and a helper call each was a tenth of the driver's time
    def start(self, g: str | int = 0) -> int:
        if isinstance(g, str):
            i = self._groups.get(g, -1)
            if i < 0:
                return -1
        elif g < 0 or g >= len(self._regs):
            raise IndexError("no such group")
        else:
            i = g
        s = self._regs[i][0]
        return s + self._b if s >= 0 else -1

    def end(self, g: str | int = 0) -> int:
        if isinstance(g, str):
            i = self._groups.get(g, -1)
            if i < 0:
                return -1
        elif g < 0 or g >= len(self._regs):
            raise IndexError("no such group")
        else:
            i = g
        e = self._regs[i][1]
        return e + self._b if e >= 0 else -1

    def span(self, g: str | int = 0) -> tuple[int, int]:
        if isinstance(g, str):
            i = self._groups.get(g, -1)
            if i < 0:
                return -1, -1
        elif g < 0 or g >= len(self._regs):
            raise IndexError("no such group")
        else:
            i = g
        s, e = self._regs[i]
        b = self._b
        return (s + b if s >= 0 else -1), (e + b if e >= 0 else -1)

    def group(self, g: str | int = 0) -> str:
        if isinstance(g, str) and g not in self._groups:
            return None  # type: ignore[return-value]
        return self._m.group(g)

    def groupdict(self) -> dict[str, str | None]:
        return self._m.groupdict()

    def __getitem__(self, g: str | int) -> str:
        return self.group(g)
