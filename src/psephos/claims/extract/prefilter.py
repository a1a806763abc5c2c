"""Cheap necessary conditions for the rule patterns: skip a regex on a sentence when a
substring every match must contain is absent.

Python's ``re`` tries a pattern of alternatives at every position of the sentence; the
driver runs about 90 rule patterns and 40 ``needs`` patterns on every sentence, and most
find nothing. :func:`requirement` reads a compiled pattern's parse tree once and returns
up to three *conjuncts*, each a set of strings at least one of which any match contains
(a run of literal characters, one of a character class's characters, the union over the
branches of an alternation, ...). :func:`may_match` checks them with ``in`` (a C-level
substring search); only when every conjunct is met does the driver run the regex. The
condition is necessary, never sufficient, so the frames found are exactly those without
the filter (``tests/test_claims_fastpaths.py`` checks it on random sentences).

Patterns with case-insensitive parts give no condition (always run).

:func:`compile_filter` turns the conditions of many patterns into one generated function
that answers "which of these may match in this sentence" with no Python call per pattern.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Callable
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

Conjunct = frozenset[str]

_CACHE: dict[re.Pattern[str], tuple[Conjunct, ...]] = {}
#: a character class of more characters than this gives no condition
_MAX_CLASS = 12
_KEEP = 3


def requirement(rx: re.Pattern[str]) -> tuple[Conjunct, ...]:
    """Up to three sets of strings; every match of ``rx`` contains one string of each."""
    got = _CACHE.get(rx)
    if got is None:
        got = conjuncts(rx)[:_KEEP]
        _CACHE[rx] = got
    return got


def conjuncts(rx: re.Pattern[str]) -> tuple[Conjunct, ...]:
    """Every set of strings of which each match of ``rx`` contains one, most selective
    first (:func:`requirement` keeps the first three)."""
    got = _ALL.get(rx)
    if got is None:
        try:
            tree = _parser.parse(rx.pattern, rx.flags & ~re.UNICODE)
            got = () if tree.state.flags & re.IGNORECASE else _best(_seq(list(tree)), None)
        except Exception:  # noqa: BLE001 - an unreadable tree: no condition, run the regex
            got = ()
        _ALL[rx] = got
    return got


_ALL: dict[re.Pattern[str], tuple[Conjunct, ...]] = {}
_LETTERS = re.compile("[a-z]+")
#: the words whose needles a rule filter keeps (then starts again)
_MAX_WORDS = 200_000


class RuleFilter:
    """Which rules may match in a text: ``f(text)`` (see :func:`compile_filter`).
    ``f(text, image)`` takes the text's :attr:`image` already made (the driver makes the
    image of the whole typed text once and slices it per sentence). :meth:`each` answers
    for every sentence of a text at once."""

    __slots__ = ("_conds", "_fn", "_letters", "_others", "_words", "image")

    def __init__(
        self,
        fn: Callable[[str], list[int]],
        image: Callable[[str], str],
        conds: list[list[tuple[str, ...]]] | None = None,
    ) -> None:
        self._fn, self.image = fn, image
        needles = {a for rule in conds or () for conj in rule for a in conj}
        # the whole-text filter needs one-byte needles (codes of their characters)
        self._conds = conds if all(ord(c) < 256 for a in needles for c in a) else None
        #: the needles of letters only, numbered; the other needles
        self._letters = {a: k for k, a in enumerate(sorted(filter(_LETTERS.fullmatch, needles)))}
        self._others = sorted(needles - self._letters.keys())
        #: each word seen: the letter needles it holds (bounded)
        self._words: dict[str, tuple[int, ...]] = {}

    def __call__(self, text: str, image: str | None = None) -> list[int]:
        return self._fn(self.image(text) if image is None else image)

    def each(self, image: str, spans: list[tuple[int, int]]) -> list[list[int]]:
        """``[self(text[s:e], image[s:e]) for s, e in spans]`` for the :attr:`image` of a
        whole text, computed string by string instead of sentence by sentence: a string of
        letters is in a span when one of the span's words (runs of letters) holds it (the
        strings each distinct word holds are found once, by looking up its substrings,
        and kept); a string of one to three characters is found at every place at once
        (numpy codes of the text); a longer one with ``str.find``, jumping to the next
        span after a hit. A conjunct holds in the spans of any of its strings, a rule in
        the spans where all its conjuncts hold (boolean arrays). The same answer as the
        per-span filter (``tests/test_claims_fastpaths.py``) at about half the cost
        (there is no Python test per rule and sentence). Spans must be in order and not
        overlap (sentences); otherwise each span is filtered on its own."""
        n = len(spans)
        conds = self._conds
        if conds is None or any(
            spans[i][1] > spans[i + 1][0] or spans[i][0] > spans[i][1] for i in range(n - 1)
        ):
            return [self._fn(image[s:e]) for s, e in spans]
        import numpy as np  # noqa: PLC0415 - only the whole-text filter needs it

        try:
            raw = np.frombuffer(image.encode("latin-1"), dtype=np.uint8)
        except UnicodeEncodeError:  # not a one-byte image (too many wide needle characters)
            return [self._fn(image[s:e]) for s, e in spans]
        starts = [s for s, _e in spans]
        ends = [e for _s, e in spans]
        first = np.asarray(starts, dtype=np.int64)
        last = np.asarray(ends, dtype=np.int64)
        # the text as codes of 1, 2 and 3 characters at each position: a needle that short
        # is found at every place at once (such needles are in most sentences)
        codes: list[Any] = [raw.astype(np.uint32)]
        codes.append((codes[0][:-1] << 8) | codes[0][1:])
        codes.append((codes[1][:-1] << 8) | codes[0][2:])
        rows: dict[str, Any] = {}
        # needles of letters only: one held in a span is inside one of its words (runs of
        # letters), so the needles a span holds are those its distinct words hold, each
        # word's needles found once (every substring looked up) and kept
        letters = self._letters
        if letters:
            longest = max(map(len, letters))
            known = self._words
            if len(known) > _MAX_WORDS:
                known.clear()
            which: list[int] = []
            held_by: list[int] = []
            words = _LETTERS.findall
            for i, (s, e) in enumerate(spans):
                for w in set(words(image, s, e)):
                    got = known.get(w)
                    if got is None:
                        size = len(w)
                        got = known[w] = tuple(
                            {
                                letters[w[x:y]]
                                for x in range(size)
                                for y in range(x + 1, min(size, x + longest) + 1)
                                if w[x:y] in letters
                            }
                        )
                    if got:
                        which += got
                        held_by += [i] * len(got)
            grid = np.zeros((len(letters), n), dtype=bool)
            grid[which, held_by] = True
            for a, k in letters.items():
                rows[a] = grid[k]
        find = image.find
        for needle in self._others:
            row = np.zeros(n, dtype=bool)
            size = len(needle)
            if size <= len(codes):
                code = 0
                for ch in needle:
                    code = (code << 8) | ord(ch)
                at = np.flatnonzero(codes[size - 1] == code)
                span_of = np.searchsorted(first, at, side="right") - 1
                inside = span_of >= 0
                inside[inside] = at[inside] + size <= last[span_of[inside]]
                row[span_of[inside]] = True
                rows[needle] = row
                continue
            p = find(needle)
            while p >= 0:
                j = bisect.bisect_right(starts, p) - 1
                if j >= 0 and p + size <= ends[j]:
                    row[j] = True
                # a later hit inside span j would end past it too (it starts after p)
                if j + 1 >= n:
                    break
                p = find(needle, starts[j + 1])
            rows[needle] = row
        every = np.ones(n, dtype=bool)
        table = np.empty((len(conds), n), dtype=bool)
        held: dict[tuple[str, ...], Any] = {}
        for r, rule in enumerate(conds):
            keep = every
            for conj in rule:
                have = held.get(conj)
                if have is None:
                    have = held[conj] = np.logical_or.reduce([rows[a] for a in conj])
                keep = keep & have
            table[r] = keep
        sent, rule_ids = np.nonzero(table.T)
        cuts = np.searchsorted(sent, np.arange(n + 1)).tolist()
        ids = rule_ids.tolist()
        return [ids[cuts[i] : cuts[i + 1]] for i in range(n)]


def one_byte_image(needles: set[str]) -> Callable[[str], str]:
    """A map ``f``, character by character, into a one-byte string: each character
    wider than Latin-1 that some needle holds (the tag marks of the typed text) goes to
    a control character no needle holds, every other wide character to "?". Being
    character by character, ``s in t`` implies ``f(s) in f(t)``: a filter of ``f(s) in
    f(t)`` tests is still a necessary condition. Why: ``in`` on a two-byte string (any
    text with a tag mark) converts a one-byte needle first, a copy per test; on the
    image no test copies (about a third less time). The identity when the needles hold
    more wide characters than there are free control characters."""
    used = {c for s in needles for c in s}
    wide = sorted(c for c in used if ord(c) > 0xFF)
    # control characters, not the white space ones (\t, \n, ...) a text may hold
    free = [chr(i) for i in (*range(1, 9), *range(14, 32)) if chr(i) not in used]
    if len(wide) > len(free):
        return _same
    table = {ord(c): f for c, f in zip(wide, free, strict=False)}
    # the same map as a numpy look-up over the code points below 0x10000 (any code point
    # above goes to "?"): one array pass instead of a dict look-up per character
    lut: Any = None

    def image(text: str) -> str:
        nonlocal lut
        if text.isascii():
            return text.translate(table)
        if len(text) < _ARRAY_FROM:
            out = text.translate(table)
            return out if out.isascii() else out.encode("latin-1", "replace").decode("latin-1")
        import numpy as np  # noqa: PLC0415 - only long texts need it

        if lut is None:
            made = np.arange(0x10000, dtype=np.uint32)
            made[0x100:] = ord("?")
            for o, f in table.items():
                if o < 0x10000:
                    made[o] = ord(f)
            lut = made.astype(np.uint8)
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        small = points < 0x10000
        codes = np.full(len(points), ord("?"), dtype=np.uint8)
        codes[small] = lut[points[small]]
        return codes.tobytes().decode("latin-1")

    return image


#: texts at least this long are imaged with numpy (below, str.translate is as quick)
_ARRAY_FROM = 2_000


def _same(text: str) -> str:
    return text


def compile_filter(rules: list[list[re.Pattern[str]]]) -> RuleFilter:
    """One function that takes a sentence and returns, in order, the indices ``r`` of
    ``rules`` for which every pattern of ``rules[r]`` may match in it (by the conditions
    of :func:`conjuncts`, all of them, each checked with ``in``): what
    ``all(any(s in t for s in c) for rx in rules[r] for c in conjuncts(rx))`` gives, or
    more rules (the tests run on the sentence's :func:`one_byte_image`, where a test can
    only pass more often).

    The function is generated as Python source, one ``if`` per rule, so a sentence costs
    C-level substring searches and no Python call per rule: a rule's conjuncts are tested
    cheapest first (fewest strings) and stop at the first that fails, and a conjunct
    shared by several rules is computed at most once per sentence (a local variable set
    on first use)."""
    stored = _stored_conjuncts([rx for pats in rules for rx in pats])
    image = one_byte_image({a for pats in rules for rx in pats for c in conjuncts(rx) for a in c})
    stored.save()
    ids: dict[Conjunct, int] = {}
    body: list[str] = []
    # per rule, its conjuncts' strings as imaged (what RuleFilter.each searches for)
    imaged: list[list[tuple[str, ...]]] = []
    for r, pats in enumerate(rules):
        conds = {c for rx in pats for c in conjuncts(rx)}
        imaged.append([tuple(sorted(image(a) for a in c)) for c in conds])
        terms = []
        for conj in sorted(conds, key=lambda c: (len(c), sorted(c))):
            k = ids.setdefault(conj, len(ids))
            test = " or ".join(
                f"{image(a)!r} in t" for a in sorted(conj, key=lambda a: (-_weight(a), a))
            )
            terms.append(f"(c{k} if c{k} is not None else (c{k} := ({test})))")
        if terms:
            body.append(f"    if {' and '.join(terms)}:")
            body.append(f"        add({r})")
        else:
            body.append(f"    add({r})")
    lines = [
        "def _filter(t):",
        "    out = []",
        "    add = out.append",
        *(f"    c{k} = None" for k in range(len(ids))),
        *body,
        "    return out",
    ]
    scope: dict[str, Any] = {}
    exec("\n".join(lines), scope)  # noqa: S102 - source built above from repr() of strings
    fn: Callable[[str], list[int]] = scope["_filter"]
    return RuleFilter(fn, image, imaged)


class _Stored:
    """The conjuncts of a list of patterns kept in a file of the cache folder
    (:func:`psephos.config.cache_dir`), so a new process does not parse and read every
    rule pattern again (about 0.3 s of CPU, most of building the rule filter). The file is
    named by a hash of the patterns and flags, this module's source and the Python version:
    any change to them is a new file, never a stale answer. Unreadable or malformed, it is
    ignored; unwritable, nothing is saved."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        import hashlib
        import sys
        from pathlib import Path

        from psephos.config import cache_dir

        self.patterns = patterns
        self.loaded = False
        self.path: Path | None = None
        h = hashlib.sha256()
        h.update(sys.version.encode())
        for rx in patterns:
            h.update(repr((rx.pattern, rx.flags)).encode())
        try:  # no source to read, no home folder to find (HOME unset): nothing is kept
            h.update(Path(__file__).read_bytes())
            self.path = cache_dir() / "claims" / f"conjuncts-{h.hexdigest()[:32]}.json"
        except (RuntimeError, KeyError, OSError):
            pass

    def load(self) -> None:
        import json

        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not (
            isinstance(data, list)
            and len(data) == len(self.patterns)
            and all(
                isinstance(conj, list)
                and all(isinstance(c, list) and all(type(a) is str for a in c) for c in conj)
                for conj in data
            )
        ):
            return
        for rx, conj in zip(self.patterns, data, strict=True):
            _ALL.setdefault(rx, tuple(frozenset(c) for c in conj))
        self.loaded = True

    def save(self) -> None:
        if self.loaded or self.path is None:
            return
        import json
        import os
        import tempfile

        data = [[sorted(c) for c in conjuncts(rx)] for rx in self.patterns]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
            os.replace(tmp, self.path)  # whole or not at all, if two processes write
        except OSError:
            return


def _stored_conjuncts(patterns: list[re.Pattern[str]]) -> _Stored:
    """The conjuncts of ``patterns`` read from the cache folder where a file holds them
    (:class:`_Stored`; :meth:`_Stored.save` writes them after they are computed)."""
    stored = _Stored(patterns)
    if any(rx not in _ALL for rx in patterns):
        stored.load()
    else:
        stored.loaded = True
    return stored


def may_match(rx: re.Pattern[str], text: str) -> bool:
    """False only when ``rx`` cannot match anywhere in ``text``."""
    for alts in requirement(rx):
        for s in alts:
            if s in text:
                break
        else:
            return False
    return True


def _best(conj: list[Conjunct], keep: int | None = _KEEP) -> tuple[Conjunct, ...]:
    """The most selective conjuncts: longest shortest string (a tag mark, a private-use
    character, counts as a word: tags are rare), then fewest alternatives."""
    uniq = {c for c in conj if c and all(c)}
    ranked = sorted(uniq, key=lambda c: (-min(map(_weight, c)), len(c), sorted(c)))
    return tuple(ranked[:keep])


def _weight(s: str) -> int:
    return 5 if len(s) == 1 and "\ue000" <= s <= "\uf8ff" else len(s)


def _seq(items: list[Any]) -> list[Conjunct]:
    """The conjuncts of a sequence of parse-tree items (all must match, in order)."""
    out: list[Conjunct] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run and op in (_c.SUBPATTERN, _c.BRANCH):
            # "w(?:on|ins)": the run and the group's beginnings are contiguous
            heads = _heads([(op, av)])
            if heads:
                out.append(frozenset("".join(run) + h for h in heads))
        flush()
        out.extend(_item(op, av))
    flush()
    return out


def _heads(items: list[Any]) -> set[str] | None:
    """The literal strings every match of a sequence starts with one of (its leading
    literal run, through groups and alternations); None when some way through it starts
    otherwise (an empty alternative, a class, a flag)."""
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            break
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            return None if add_flags & re.IGNORECASE else _heads(list(sub))
        if op is _c.BRANCH:
            union: set[str] = set()
            for b in av[1]:
                h = _heads(list(b))
                if not h:
                    return None
                union |= h
            return union
        return None
    return {"".join(run)} if run else None


def _item(op: Any, av: Any) -> list[Conjunct]:
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return []
        return _seq(list(sub))
    if op is _c.ATOMIC_GROUP:
        return _seq(list(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _seq(list(sub)) if lo >= 1 else []
    if op is _c.BRANCH:
        _, branches = av
        union: set[str] = set()
        for b in branches:
            best = _best(_seq(list(b)))
            if not best:
                return []  # a branch with no condition: the alternation gives none
            union |= best[0]
        return [frozenset(union)]
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < _MAX_CLASS:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:  # NEGATE, CATEGORY, a wide range: any character may do
                return []
        return [frozenset(chars)] if 0 < len(chars) <= _MAX_CLASS else []
    # AT, ANY, NOT_LITERAL, ASSERT, ASSERT_NOT, GROUPREF, CATEGORY...: no condition
    return []
