"""From text to frames: type the text, then match frame patterns over the typed text.

1. **Typing** (:func:`tag`): every entity and number becomes a typed token — seats of both
   boundary sets and seat anaphora ("the seat", "there"), people (full names, titles,
   surnames after a full mention), parties and nicknames, areas (nations, regions, GB, UK),
   census groups, and numbers (:func:`psephos.claims.numbers.find_quantities`: counts,
   percentages, fractions and "one in N", years, ordinals; ages, money and dates are typed
   so they are never read as results).
2. **The typed text** (:class:`Doc.typed`) is the folded text with each token's first
   character replaced by a type mark and the rest by a filler, so it has *exactly* the
   length of the original: a pattern's match offsets are the claim's offsets in the story.
3. **Frame patterns** (:data:`RULES`): regular patterns over the typed text, written with
   type macros (``{P}`` a party, ``{S}`` a seat, ``{N}`` a count, ``{PCT}`` a percentage,
   ``{WIN}`` any winning verb of :mod:`psephos.claims.lexicon` ...). Each gives a
   :class:`~psephos.claims.frame.Frame`; the subject, scope and election slots are filled
   from the tokens around the match by the rules in :class:`Ctx`, and each slot records how.

Quoted speech is never read as a claim. A number no frame uses is reported as unexamined
(:func:`unexamined`) with the reason.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.gazetteer import Gazetteer
from psephos.claims.model import Mention, Stated
from psephos.claims.numbers import QUALIFIER_ANY, Quantity, find_quantities
from psephos.claims.text import Span, fold, in_spans, quotations, sentences

FILL = "\ue000"
MARK = {
    "party": "\ue001",
    "seat": "\ue002",
    "person": "\ue003",
    "area": "\ue004",
    "group": "\ue005",
    "num": "\ue006",
    "pct": "\ue007",
    "frac": "\ue008",
    "year": "\ue009",
    "ord": "\ue00a",
    "other": "\ue00b",
    "role": "\ue00c",
}


@dataclass
class Tag:
    """A typed token: ``kind`` (a key of :data:`MARK`), its span and what it refers to."""

    kind: str
    start: int
    end: int
    text: str
    ref: dict[str, Any] = field(default_factory=dict)
    how: str = ""
    q: Quantity | None = None


@dataclass
class Doc:
    """A story prepared for extraction."""

    text: str
    folded: str
    typed: str
    sentences: list[Span]
    quotes: list[tuple[int, int]]
    tags: list[Tag]
    mentions: list[Mention]
    at: dict[int, Tag]
    #: per sentence, the party the story is about once the sentence is read (its first
    #: party, or the one before when it names none or opens with "it"/"the party")
    topics: list[Tag | None] = field(default_factory=list)
    #: per sentence, the seat the story is on (first seat named, else the one before)
    seat_topics: list[Tag | None] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)

    def tags_in(self, start: int, end: int, *kinds: str) -> list[Tag]:
        """Tags starting in ``start..end`` (binary search: no scan of the whole text)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        return [t for t in self.tags[lo:hi] if not kinds or t.kind in kinds]

    def last_before(self, pos: int, *kinds: str, floor: int = 0) -> Tag | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.tags[i].start >= floor:
            if self.tags[i].kind in kinds:
                return self.tags[i]
            i -= 1
        return None

    def sentence_of(self, pos: int) -> int:
        if not self._sent_starts:
            self._sent_starts = [s.start for s in self.sentences]
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)


# --- typing --------------------------------------------------------------------------------


def _alias_regex(names: list[str]) -> re.Pattern[str]:
    alts = sorted({n for n in names if n}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"[\s-]+") for a in alts)
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w])")


_AREA_RE = _alias_regex(list(lx.AREAS))
_GROUP_RE = _alias_regex(list(lx.GROUPS))
_LOWER_OK_AREAS = {
    "the country",
    "nationally",
    "the capital",
    "north of the border",
    "anywhere in the uk",
    "the uk",
}
_CAPITAL_GROUPS = {"asian", "black", "white"}


def _party_regex(gaz: Gazetteer) -> re.Pattern[str]:
    from psephos.store.connect import memo  # noqa: F401 - for the docs; cached on gaz below

    cached = getattr(gaz, "_party_re", None)
    if cached is None:
        names = [k for k in gaz.parties if len(k) >= 3 and k not in ("independent", "speaker")]
        cached = _alias_regex(names)
        gaz._party_re = cached  # type: ignore[attr-defined]
    return cached


_WORD = re.compile(r"[\w']+")


def _seat_ngrams(text: str, folded: str, gaz: Gazetteer) -> Iterator[tuple[int, int, str]]:
    """Seat names of two words or more whose words are separated by spaces, commas or
    hyphens ("Dumfriesshire, Clydesdale and Tweeddale"), which capitalised runs split:
    word n-grams looked up in the gazetteer, longest first (linear in the text)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
    longest = max(2, gaz.max_seat_words)
    i = 0
    while i < len(words):
        s0 = words[i][0]
        if not text[s0].isupper():
            i += 1
            continue
        hit = None
        for n in range(min(longest, len(words) - i), 1, -1):
            gaps = [folded[words[j][1] : words[j + 1][0]] for j in range(i, i + n - 1)]
            if any(g.strip(" ,-") or len(g) > 3 for g in gaps):
                continue
            k = " ".join(folded[a:b] for a, b in words[i : i + n])
            if k in gaz.seats:
                hit = (s0, words[i + n - 1][1], k)
                i += n
                break
        if hit:
            yield hit
        else:
            i += 1


def tag(text: str, mentions: list[Mention], gaz: Gazetteer) -> Doc:
    """Type ``text``: entities from ``mentions`` (seats, people, roles) and from the
    lexicons (parties, areas, census groups), then numbers; earlier kinds win overlaps."""
    folded = fold(text)
    tags: list[Tag] = []
    taken = bytearray(len(text) + 1)

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def add(t: Tag) -> None:
        if t.end <= t.start or not free(t.start, t.end):
            return
        tags.append(t)
        for i in range(t.start, t.end):
            taken[i] = 1

    for mn in mentions:
        if mn.kind == "seat":
            add(Tag("seat", mn.start, mn.end, mn.text, dict(mn.ref), mn.how))
        elif mn.kind in ("person", "role") and (mn.resolved or mn.kind == "person"):
            add(
                Tag(
                    "person" if mn.resolved else "person",
                    mn.start,
                    mn.end,
                    mn.text,
                    {**mn.ref, "resolved": mn.resolved},
                    mn.how,
                )
            )
    for a, b, k in _seat_ngrams(text, folded, gaz):
        raw = text[a:b]
        if free(a, b):
            rows = gaz.seats[k]
            add(
                Tag(
                    "seat",
                    a,
                    b,
                    raw,
                    {
                        "name": rows[0]["name"],
                        "codes": {r["boundary_set"]: r["ons_code"] for r in rows},
                    },
                    "seat name with punctuation",
                )
            )
    # surnames of people named in full, alone ("Denyer tells the count")
    full = [t for t in tags if t.kind == "person" and t.ref.get("resolved") and t.ref.get("key")]
    if full:
        by_surname: dict[str, Tag] = {}
        for t in full:
            by_surname.setdefault(t.ref["key"].split()[-1], t)
        rx = _alias_regex(list(by_surname))
        for m in rx.finditer(folded):
            if not text[m.start()].isupper():
                continue
            first = by_surname[m.group()]
            if m.start() < first.start:
                continue
            add(
                Tag(
                    "person",
                    m.start(),
                    m.end(),
                    text[m.start() : m.end()],
                    dict(first.ref),
                    f"surname of {first.ref.get('name')}, named earlier",
                )
            )
    for m in _party_regex(gaz).finditer(folded):
        raw = text[m.start() : m.end()]
        if not raw[:1].isupper():
            continue
        code = gaz.parties.get(" ".join(m.group().replace("-", " ").split()))
        if code:
            add(Tag("party", m.start(), m.end(), raw, {"code": code}, "party name or nickname"))
    for m in _AREA_RE.finditer(folded):
        raw = text[m.start() : m.end()]
        k = " ".join(m.group().replace("-", " ").split())
        if k not in lx.AREAS:
            k = m.group()
        if not raw[:1].isupper() and k not in _LOWER_OK_AREAS:
            continue
        level, name = lx.AREAS.get(k, lx.AREAS.get(m.group(), ("uk", "UK")))
        add(Tag("area", m.start(), m.end(), raw, {"level": level, "name": name}, "area name"))
    for m in _GROUP_RE.finditer(folded):
        raw = text[m.start() : m.end()]
        if m.group() in _CAPITAL_GROUPS and not raw[:1].isupper():
            continue
        add(Tag("group", m.start(), m.end(), raw, {"group": lx.GROUPS[m.group()]}, "census group"))
    for q in find_quantities(text):
        kind = {"money": "other", "date": "other", "time": "other", "age": "other"}.get(
            q.kind, q.kind
        )
        add(Tag(kind, q.start, q.end, q.text, {"kind": q.kind}, "number", q))
    tags.sort(key=lambda t: t.start)
    typed = list(folded)
    for t in tags:
        typed[t.start] = MARK[t.kind]
        for i in range(t.start + 1, t.end):
            typed[i] = FILL
    sents = sentences(text)
    doc = Doc(
        text,
        folded,
        "".join(typed),
        sents,
        quotations(text),
        tags,
        mentions,
        {t.start: t for t in tags},
    )
    doc.starts = [t.start for t in tags]
    doc.topics = _topics(doc, "party")
    doc.seat_topics = _topics(doc, "seat")
    return doc


_OPENS_WITH_ANAPHOR = re.compile(
    r"^(?:(?:but|and|yet|so|still|however|meanwhile|instead)\s*,?\s+)?"
    r"(?:(?:in|across|outside|beyond)\s+[^,]{1,40},\s+)?"
    r"(?:the party|it|its|they|their|them)\b"
)


def _topics(doc: Doc, kind: str) -> list[Tag | None]:
    out: list[Tag | None] = []
    cur: Tag | None = None
    i = 0
    for sent in doc.sentences:
        parties = []
        while i < len(doc.tags) and doc.tags[i].start < sent.end:
            if doc.tags[i].start >= sent.start and doc.tags[i].kind == kind:
                parties.append(doc.tags[i])
            i += 1
        if parties and not _OPENS_WITH_ANAPHOR.match(doc.folded[sent.start : sent.end]):
            cur = parties[0]
        out.append(cur)
    return out


# --- patterns ------------------------------------------------------------------------------


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return (
        "(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"
    )


MACROS = {
    "P": f"{MARK['party']}{FILL}*+",
    "S": f"{MARK['seat']}{FILL}*+",
    "C": f"{MARK['person']}{FILL}*+",
    "A": f"{MARK['area']}{FILL}*+",
    "G": f"{MARK['group']}{FILL}*+",
    "N": f"{MARK['num']}{FILL}*+",
    "PCT": f"{MARK['pct']}{FILL}*+",
    "FR": f"{MARK['frac']}{FILL}*+",
    "Y": f"{MARK['year']}{FILL}*+",
    "O": f"{MARK['ord']}{FILL}*+",
    "Q": rf"(?:{QUALIFIER_ANY}\s+)?",
    "WIN": _alt(lx.WIN),
    "HOLD": _alt(lx.HOLD),
    "LOSE": _alt(lx.LOSE),
    "PLACE": _alt(lx.PLACE),
    "PUSH": _alt(lx.PUSH),
    "RISE": _alt(lx.RISE),
    "FALL": _alt(lx.FALL),
    "GET": _alt(lx.GET),
    "SEATN": _alt(lx.SEAT_NOUNS),
    "VOTEN": _alt(lx.VOTE_NOUNS),
    "SUP": _alt(list(lx.SUPERLATIVES)),
    "RATIO": _alt(list(lx.RATIO)),
    "MO": r"(?:january|february|march|april|may|june|july|august|september|october|november|december)",
}
MACROS["WHO"] = f"(?:{MACROS['C']}|{MACROS['P']})"
MACROS["SHARE"] = rf"(?:{MACROS['PCT']}|{MACROS['FR']})"
MACROS["ANYN"] = rf"(?:{MACROS['N']}|{MACROS['PCT']}|{MACROS['FR']})"
# a short stretch inside one clause (no sentence punctuation)
MACROS["GAP"] = (
    r"(?:(?!\b(?:even\s+though|although|though|while|whereas|but|yet)\b)[^.;:!?\n]){0,60}?"
)
MACROS["GAPS"] = r"[^.;:!?,\n]{0,30}?"


@functools.cache
def _expand(template: str) -> re.Pattern[str]:
    out = template
    for _ in range(3):
        out = re.sub(r"\{([A-Z]+)\}", lambda m: MACROS.get(m.group(1), m.group(0)), out)
    return re.compile(out)


@dataclass
class Draft:
    """A frame found at a span, with the numbers it uses."""

    frame: Frame
    start: int
    end: int
    numbers: list[int] = field(default_factory=list)  # starts of the number tags used
    rule: str = ""


Handler = Callable[["Ctx", "re.Match[str]"], list[Draft] | Draft | None]
RULES: list[tuple[str, re.Pattern[str], Handler]] = []
_PRIORITY: dict[str, int] = {}


_NEEDS: dict[str, re.Pattern[str]] = {}


def rule(
    *templates: str, name: str = "", priority: int = 50, needs: str | None = None
) -> Callable[[Handler], Handler]:
    """Register a frame pattern (templates use :data:`MACROS`). Rules run by ``priority``
    (lower first; the more specific frame first), then in definition order; a number used
    by an earlier rule is not used again. ``needs``: a cheap pattern a sentence must contain
    for the rule to be tried at all (keeps long texts fast)."""

    def deco(fn: Handler) -> Handler:
        if needs:
            _NEEDS[name] = re.compile(needs)
        for t in templates:
            RULES.append((name, _expand(t), fn))
        _PRIORITY[name] = priority
        RULES.sort(key=lambda r: _PRIORITY.get(r[0], 50))
        return fn

    return deco


@dataclass
class Ctx:
    """One sentence being matched, with helpers that fill a frame's slots."""

    doc: Doc
    sent: Span
    index: int
    drafts: list[Draft]

    # -- tokens
    def tag(self, m: re.Match[str], group: str | int) -> Tag | None:
        try:
            s = m.start(group)
        except IndexError:
            return None
        if s < 0:
            return None
        return self.doc.at.get(s)

    def first(self, m: re.Match[str], group: str | int, kind: str) -> Tag | None:
        try:
            s, e = m.span(group)
        except IndexError:
            return None
        if s < 0:
            return None
        found = self.doc.tags_in(s, e, kind)
        return found[0] if found else None

    def num(self, m: re.Match[str], group: str | int = "n") -> Tag | None:
        try:
            s, e = m.span(group)
        except IndexError:
            return None
        if s < 0:
            return None
        found = self.doc.tags_in(s, e, "num", "pct", "frac", "ord")
        return found[0] if found else None

    def text(self, a: int, b: int) -> str:
        return self.doc.folded[a:b]

    # -- subjects
    def subject_before(self, pos: int, *kinds: str) -> Subject | None:
        """The nearest party/person/seat before ``pos`` in the sentence, skipping ones
        inside a closed relative clause or apposition (", who defected from the Tories,");
        a pronoun or "the party" points back to the story's current party or person."""
        kinds = kinds or ("party", "person")
        near = self.doc.folded[max(self.sent.start, pos - 22) : pos]
        if "party" in kinds and re.search(
            r"\b(?:the party'?s?|its|their)\s*(?:\w+\s+){0,3}$", near
        ):
            topic = self.sentence_topic(pos)
            if topic is not None:
                return subject_of(
                    topic,
                    f"'{_word(near)}' refers to the party the sentence is about ({topic.text})",
                )
        cands = [
            t
            for t in self.doc.tags_in(self.sent.start, pos, *kinds)
            if t.end <= pos or t.start < pos
        ]
        inner = self.clauses(pos)
        main = [t for t in cands if not any(a <= t.start < b for a, b in inner)]
        pick = (main or cands)[-1] if cands else None
        if pick is not None:
            return subject_of(pick, "named before the claim in the sentence")
        return self.anaphor(pos, kinds)

    def sentence_topic(self, pos: int) -> Tag | None:
        """The party a sentence is about at ``pos``: its first party (outside relative
        clauses) unless it opens with "it"/"the party", else the story's party so far."""
        prev = self.doc.topics[self.index - 1] if self.index > 0 and self.doc.topics else None
        if _OPENS_WITH_ANAPHOR.match(self.doc.folded[self.sent.start : self.sent.end]):
            return prev
        inner = self.clauses(pos)
        first = [
            t
            for t in self.doc.tags_in(self.sent.start, pos, "party")
            if not any(a <= t.start < b for a, b in inner)
        ]
        if first:
            return first[0]
        return prev

    def clauses(self, pos: int) -> list[tuple[int, int]]:
        """Closed relative clauses and appositions between the sentence start and ``pos``."""
        return closed_clauses(self.doc.folded, self.sent.start, min(self.sent.end, pos + 2))

    def anaphor(self, pos: int, kinds: tuple[str, ...]) -> Subject | None:
        head = self.doc.folded[self.sent.start : pos + 20]
        topic = self.doc.topics[self.index - 1] if self.index > 0 and self.doc.topics else None
        if "person" in kinds and re.search(r"\b(?:he|she|his|her|him)\b", head):
            t = self.doc.last_before(self.sent.start, "person")
            if t is not None:
                return subject_of(t, f"pronoun refers to the last person named ({t.text})")
        if (
            "party" in kinds
            and topic is not None
            and re.search(r"\b(?:the party|its|it|they|their|them)\b", head)
        ):
            return subject_of(
                topic, f"'{_word(head)}' refers to the party the story is on ({topic.text})"
            )
        if "party" in kinds and topic is not None and not head.strip(" ,"):
            return subject_of(
                topic, f"no subject in the sentence: the story's party ({topic.text})"
            )
        return None

    def seat_scope(self, lo: int, hi: int, *, back: bool = True) -> Scope | None:
        """The seat in ``lo..hi`` (nearest first), else in the sentence, else (``back``)
        the last seat named before the sentence when the sentence points back ("there",
        "the seat", "the island") or names no area."""
        here = self.doc.tags_in(lo, hi, "seat")
        if here:
            return seat_scope_of(here[0], "named in the claim")
        sent_seats = self.doc.tags_in(self.sent.start, self.sent.end, "seat")
        if len(sent_seats) >= 1:
            before = [t for t in sent_seats if t.start < hi]
            t = before[-1] if before else sent_seats[0]
            return seat_scope_of(t, "the seat named in the sentence")
        if not back:
            return None
        top: Tag | None = (
            self.doc.seat_topics[self.index - 1]
            if self.index > 0 and self.doc.seat_topics
            else None
        )
        t2 = top or self.doc.last_before(self.sent.start, "seat")
        if t2 is None:
            return None
        word = re.search(
            r"\b(?:the seat|the constituency|this seat|the division|the island|the town|"
            r"the city|there|here|it)\b",
            self.doc.folded[self.sent.start : self.sent.end],
        )
        how = (
            f"'{word.group()}' refers to the last seat named ({t2.text})"
            if word
            else f"the sentence names no seat: the last seat named ({t2.text})"
        )
        return seat_scope_of(t2, how)

    def paragraph_seat(self) -> Tag | None:
        """The seat the paragraph is on: a seat named earlier in the same paragraph (blocks
        between blank lines) when the paragraph names no area."""
        para = self.doc.text.rfind("\n\n", 0, self.sent.start)
        para = 0 if para < 0 else para
        end = self.doc.text.find("\n\n", self.sent.end)
        end = len(self.doc.text) if end < 0 else end
        if self.doc.tags_in(para, end, "area"):
            return None
        return self.doc.last_before(self.sent.start, "seat", floor=para)

    def seat_near(self, pos: int, *, back: bool = False) -> Scope | None:
        """The last seat named before ``pos`` in the sentence, else the first after it;
        else (``back``) the seat the story is on."""
        before = self.doc.tags_in(self.sent.start, pos, "seat")
        if before:
            return seat_scope_of(before[-1], "the nearest seat named before the claim")
        after = self.doc.tags_in(pos, self.sent.end, "seat")
        if after:
            return seat_scope_of(after[0], "the seat named after the claim in the sentence")
        return self.seat_scope(pos, pos, back=back) if back else None

    def area_scope(self, lo: int, hi: int) -> Scope | None:
        here = self.doc.tags_in(lo, hi, "area")
        if not here:
            return None
        t = here[0]
        return Scope(level=t.ref["level"], name=t.ref["name"], how=f"'{t.text}' in the claim")

    def sentence_area(self) -> Scope | None:
        return self.area_scope(self.sent.start, self.sent.end)

    def stated(self, t: Tag | None) -> Stated | None:
        if t is None or t.q is None:
            return None
        after = self.doc.folded[t.end : t.end + 20]
        rounded = re.match(r"\s*(?:percentage\s+)?(?:points?|per\s?cent|percent|%|pc\b)", after)
        return t.q.stated(exact=False if rounded else None)


_CLAUSE = re.compile(
    r",\s*(?:who|which|where|whose|then|a|an|the|now|once|first|in|despite|"
    r"still|standing|having|elected|aged|formerly|previously)\b[^,]{0,80},"
)


def closed_clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Closed relative clauses and appositions (", who defected in March,", ", first
    elected in 2015,") in ``folded[start:end]``: a claim's subject and date are not
    taken from inside them."""
    return [(start + m.start(), start + m.end()) for m in _CLAUSE.finditer(folded[start:end])]


def _word(head: str) -> str:
    m = re.search(r"\b(the party|its|it|they|their|them|the \w+ party)\b", head)
    return m.group() if m else head.strip()[:20]


def subject_of(t: Tag, how: str) -> Subject:
    if t.kind == "party":
        return Subject("party", t.text, t.start, t.end, party=t.ref["code"], how=how)
    if t.kind == "person":
        cand = {k: t.ref.get(k) for k in ("name", "key", "member_id") if t.ref.get(k) is not None}
        return Subject(
            "candidate",
            t.text,
            t.start,
            t.end,
            candidate=cand or {"name": t.text},
            how=f"{how}; {t.how}",
            resolved=bool(t.ref.get("resolved")),
        )
    if t.kind == "seat":
        return Subject("seat", t.text, t.start, t.end, seat=_seat_ref(t), how=how)
    if t.kind == "group":
        return Subject("group", t.text, t.start, t.end, group=t.ref["group"], how=how)
    return Subject("parliament", t.text, t.start, t.end, how=how)


def _seat_ref(t: Tag) -> dict[str, Any]:
    return {"name": t.ref.get("name"), "codes": t.ref.get("codes", {})}


def seat_scope_of(t: Tag, how: str) -> Scope:
    return Scope(level="seat", name=t.ref.get("name"), seat=_seat_ref(t), how=how)


def _frame(measure: str, subject: Subject | None, **kw: Any) -> Frame:
    unresolved = list(kw.pop("unresolved", []))
    if subject is None:
        subject = Subject("parliament", resolved=False, how="no subject found")
        if measure not in ("turnout", "electorate"):
            unresolved.append("subject: no party, person or seat found for this claim")
    return Frame(measure=measure, subject=subject, unresolved=unresolved, **kw)


def _draft(
    ctx: Ctx,
    m: re.Match[str],
    frame: Frame,
    *nums: Tag | None,
    rule_name: str = "",
    span: tuple[int, int] | None = None,
) -> Draft:
    s, e = span or m.span()
    return Draft(frame, s, e, [t.start for t in nums if t is not None], rule_name)


# --- rules: margins ------------------------------------------------------------------------


@rule(
    r"(?P<v>overturn(?:ed|ing|s)?|overcame|overcoming|wiped out|reversed|erased)\s+(?:a|an|the|her|his|its|their)\s+"
    r"(?P<notional>notional\s+)?(?:(?P<p>{P})(?:'s?)?\s+)?(?:notional\s+)?majority\s+(?:of\s+)?{Q}(?P<n>{N})"
    r"(?:\s+votes)?(?:\s+in\s+(?P<s>{S}))?",
    r"(?:had|held|with|enjoyed|defending)\s+(?:a|an)\s+(?P<notional>notional\s+)(?:(?P<p>{P})\s+)?majority\s+"
    r"of\s+{Q}(?P<n>{N})",
    name="majority_overturned",
    needs="majorit",
)
def _overturned(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    p = ctx.tag(m, "p")
    scope = ctx.seat_scope(m.start(), m.end())
    subj = subject_of(p, "the party named with the majority") if p else None
    if subj is None and scope is not None and scope.seat is not None:
        subj = Subject("seat", scope.name or "", seat=scope.seat, how="the seat's previous winner")
    f = _frame(
        "majority",
        subj,
        scope=scope or Scope(level="seat", how="no seat found"),
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="votes",
        notes=[
            "a majority overturned: the previous result in the seat"
            + (" (notional, on the new boundaries)" if m.group("notional") else "")
        ],
    )
    f.baseline = "notional" if m.group("notional") else "previous"
    f.election = "previous"
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return _draft(ctx, m, f, n, rule_name="majority_overturned")


@rule(
    r"within\s+{Q}(?P<n>{N})\s+votes?\s+of\s+(?:defeating|beating|unseating|winning|toppling|ousting)?"
    r"(?P<rest>{GAP}(?P<w>{C}|{P}))?",
    name="within",
    needs="\\bwithin\\b",
)
def _within(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    w = ctx.tag(m, "w")
    loser = ctx.subject_before(m.start(), "person", "party")
    subj = subject_of(w, "the candidate the runner-up came within N votes of") if w else None
    scope = ctx.seat_scope(m.start(), m.end())
    f = _frame(
        "majority",
        subj,
        other=loser,
        scope=scope or Scope(level="seat"),
        stated=ctx.stated(n),
        comparator="eq",
        unit="votes",
        notes=["'within N votes of': the winner's majority over the runner-up"],
    )
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return _draft(ctx, m, f, n, rule_name="within")


@rule(
    r"(?P<head>(?P<pos>\b(?:his|her|their|its)\s+)?(?:\w+\s+){0,2}?)majority(?:,)?\s+(?:of|was|is|stood at|at|cut to|reduced to|down to|up to)\s+"
    r"(?:just\s+|only\s+)?{Q}(?P<n>{N})",
    r"(?:with|on|by)\s+(?:a|an)\s+(?:\w+\s+){0,2}?majority\s+of\s+{Q}(?P<n>{N})",
    r"(?P<n>{N})\s+majority",
    name="majority_of",
    needs="majorit",
)
def _majority_of(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    before = ctx.text(ctx.sent.start, m.start())
    gov = re.search(
        r"\b(?:commons|parliamentary|overall|working)\s*$",
        ctx.text(m.start(), m.end() - len(n.text))[:40],
    )
    subj = ctx.subject_before(m.start("n"), "person", "party")
    if subj is None:
        subj = ctx.subject_before(m.start(), "seat")
    if gov:
        f = _frame(
            "gov_majority", subj, stated=ctx.stated(n), comparator=_comparator(n), unit="seats"
        )
        return _draft(ctx, m, f, n, rule_name="gov_majority")
    scope = ctx.seat_scope(m.start(), ctx.sent.end)
    f = _frame(
        "majority",
        subj,
        scope=scope or Scope(level="seat"),
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="votes",
    )
    f.outcome = _outcome_word(before)
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return _draft(ctx, m, f, n, rule_name="majority_of")


_VERB_RE = _expand(r"\b(?:{WIN}|{HOLD}|{LOSE})\b")


@rule(
    r"(?P<v>{WIN}|{HOLD}|{LOSE}|home|won it|it)\b(?P<mid>{GAP})\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?{Q}(?P<n>{N})"
    r"(?P<unit>\s+votes?)?(?!\s*(?:points|per|%|seats|percentage))(?P<over>\s+(?:over|from|ahead of)\s+(?P<o>{C}|(?:the\s+)?{P}))?",
    name="by_votes",
    needs="\\bby\\b",
)
def _by_votes(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    verb = m.group("v")
    # the verb nearest to "by" is the one the margin belongs to
    last = None
    for vm in _VERB_RE.finditer(ctx.doc.typed, m.end("v"), m.start("n")):
        if ctx.doc.typed[vm.start() - 1 : vm.start()].isspace():
            last = vm
    start = m.start()
    if last is not None:
        verb, start = last.group(), last.start()
    mid_s, mid_e = m.span("mid")
    # the winner: subject before the verb; for "lost (to Y)" the winner is Y
    lose = _expand("{LOSE}").fullmatch(verb) is not None
    subj: Subject | None
    outcome: str | None
    named_after = ctx.doc.tags_in(mid_s, mid_e, "person", "party")
    before = ctx.subject_before(m.start(), "person", "party")
    other = None
    if lose:
        to = re.search(r"\bto\s+(?:the\s+)?", ctx.text(mid_s, mid_e))
        winner_t = ctx.doc.tags_in(mid_s + to.end(), mid_e, "person", "party") if to else []
        if verb.endswith(" to") or verb.endswith("\tto"):
            winner_t = ctx.doc.tags_in(mid_s, mid_e, "person", "party")
            if before is None:
                pass
        if winner_t:
            subj = subject_of(winner_t[0], "the candidate or party it was lost to")
            other = before
            outcome = "won"
        else:
            subj, outcome = before, "lost"
    else:
        subj = before
        beaten = [t for t in named_after if t.kind in ("person", "party")]
        o = ctx.tag(m, "o")
        if o is not None:
            other = subject_of(o, "named after 'over'")
        elif beaten and re.search(
            r"\b(?:beat|beats|beating|defeat\w*|unseat\w*|oust\w*|topp\w*)\b",
            verb + ctx.text(mid_s, mid_e),
        ):
            other = subject_of(beaten[0], "the candidate or party beaten")
        outcome = _outcome_word(verb)
    scope = ctx.seat_scope(m.start(), m.end())
    f = _frame(
        "majority",
        subj,
        other=other,
        scope=scope or Scope(level="seat"),
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="votes",
    )
    f.outcome = outcome
    f.notes.append(f"'{verb} ... by N': the winner's majority in the seat")
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return [_draft(ctx, m, f, n, rule_name="by_votes", span=(start, m.end()))]


@rule(
    r"(?P<who>{WHO})(?P<mid>[^.;:!?\n]{0,25}?)\b{Q}(?P<n>{N})\s+votes?\s+(?:further\s+back|behind|adrift|short)",
    r"(?P<who>{WHO})\s+(?:finished|came|ended|trailed|were|was)\s+{Q}(?P<n>{N})\s+votes?\s+(?:further\s+back|behind|adrift|short)",
    name="behind",
    needs="behind|further back|adrift|short",
)
def _behind(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    who = ctx.tag(m, "who")
    if who is None or n is None:
        return None
    subj = subject_of(who, "the party or candidate said to be behind")
    prev = ctx.doc.last_before(who.start, "person", "party", floor=max(0, ctx.sent.start - 400))
    other = subject_of(prev, "the last party or candidate named before it") if prev else None
    scope = ctx.seat_scope(ctx.sent.start, m.end())
    f = _frame(
        "margin",
        subj,
        other=other,
        scope=scope or Scope(level="seat"),
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="votes",
        notes=["'N votes behind': the gap between the two, in votes"],
    )
    if other is None:
        f.unresolved.append("other: who they were behind is not named")
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return _draft(ctx, m, f, n, rule_name="behind", span=(who.start, m.end()))


# --- rules: votes, shares, seats ---------------------------------------------------------


@rule(
    r"{Q}(?P<n>{N})\s+(?P<dir>more|fewer)\s+votes\s+than\s+(?:the\s+)?(?P<o>{WHO})",
    name="more_votes_than",
    needs="votes than",
)
def _more_votes(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    subj = ctx.subject_before(m.start(), "party", "person")
    o = ctx.tag(m, "o")
    scope = ctx.area_scope(ctx.sent.start, ctx.sent.end) or Scope(
        level="uk", how="no area named: the UK"
    )
    f = _frame(
        "margin",
        subj,
        other=subject_of(o, "named after 'than'") if o else None,
        scope=scope,
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="votes",
        metric="votes",
        notes=[f"'{m.group('dir')} votes than': subject's votes minus the other's"],
    )
    if m.group("dir") == "fewer":
        f.comparator = "down"
    return _draft(ctx, m, f, n, rule_name="more_votes_than")


@rule(
    r"(?:{GET}|total\s+vote,?|total\s+of|vote\s+of|votes?\s+(?:was|were|stood\s+at|reached))\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?P<unit>\s+votes)?",
    r"(?P<n>{N})\s+votes\b",
    name="votes",
    needs="vote|\ue006",
)
def _votes(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num" or n.q is None or (n.q.value or 0) < 100:
        return None
    after = ctx.text(m.end(), min(ctx.sent.end, m.end() + 20))
    if (
        not m.group("unit")
        and not re.match(r"\s*(?:votes?\b|,|\s*$)", after)
        and "vote" not in ctx.text(m.start(), m.end())
    ):
        return None
    if re.match(r"\s*(?:seats|mps|points|per|%)", after):
        return None
    subj = ctx.subject_before(m.start(), "person", "party")
    if subj is None:
        return None
    scope: Scope | None
    if subj.kind == "candidate":
        scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end) or Scope(
            level="seat", how="the candidate's seat"
        )
    else:
        scope = ctx.area_scope(m.start(), ctx.sent.end) or ctx.seat_scope(
            m.start(), m.end(), back=False
        )
        scope = scope or Scope(level="uk", how="no area or seat named: the UK")
    f = _frame(
        "votes", subj, scope=scope, stated=ctx.stated(n), comparator=_comparator(n), unit="votes"
    )
    return _draft(ctx, m, f, n, rule_name="votes")


@rule(
    r"(?P<v>{GET}|{WIN}|{HOLD}|left\s+with|reduced\s+to|down\s+to|up\s+to|make\s+it)?\s*(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+of\s+(?:the\s+)?(?:(?P<a>{A})(?:'s?)?\s+)?(?P<m>{N})\s+(?:\w+\s+)?(?:seats|constituencies|mps)",
    r"(?P<v>{GET}|{WIN}|{HOLD}|left\s+with|reduced\s+to|make\s+it|bagged)\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?{Q}(?P<n>{N})\s+(?:(?P<a>{A})\s+)?(?:(?!more\b|fewer\b|less\b|extra\b|additional\b)\w+\s+)?{SEATN}\b",
    r"(?P<v>reduced|down|up)\s+from\s+{Q}(?P<n0>{N})\s+(?:seats\s+|mps\s+)?to\s+{Q}(?P<n>{N})",
    r"\bwith\s+{Q}(?P<n>{N})\s+(?:seats|mps),?\s+(?:the\s+)?(?P<p>{P})",
    r"(?P<v>{GET}|{WIN}|left\s+with|reduced\s+to)\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?=\s*(?::|,|\.|$|\s+(?:seats|mps)|\s+and\b))",
    name="seats_of",
    needs="\ue006",
)
def _seats(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    n = ctx.num(m)
    if n is None or n.kind != "num" or (n.q and (n.q.value or 0) > 650):
        return None
    groups = m.groupdict()
    bare = (
        "v" in groups
        and groups.get("m") is None
        and not re.search(r"seats|mps|constituenc", ctx.text(m.start(), m.end()))
        and not groups.get("n0")
    )
    if (
        bare
        and not any(d.frame.measure == "seats" for d in ctx.drafts)
        and not re.search(r"\bseats?\b|\bmps\b", ctx.text(max(0, ctx.sent.start - 200), m.start()))
    ):
        return None
    if bare and re.match(r"\s*of\s+the\s+", ctx.text(ctx.sent.start, m.start())):
        return None  # "Of the ten seats with ..., Reform won three": a count within a set
    p = ctx.tag(m, "p") if groups.get("p") else None
    subj = subject_of(p, "named with the seats") if p else ctx.subject_before(m.start(), "party")
    if subj is None:
        return None
    if subj.kind == "candidate":
        return None
    a = ctx.tag(m, "a") if groups.get("a") else None
    scope = (
        Scope(level=a.ref["level"], name=a.ref["name"], how=f"'{a.text}' in the claim")
        if a
        else ctx.area_scope(m.end(), _clause_end(ctx, m.end(), 20))
        or ctx.area_scope(ctx.sent.start, m.start())
    )
    if scope is None and groups.get("m"):
        back = ctx.doc.last_before(ctx.sent.start, "area", floor=max(0, ctx.sent.start - 600))
        if back is not None:
            scope = Scope(
                level=back.ref["level"],
                name=back.ref["name"],
                how=f"'of the N seats' refers to the last area named ({back.text})",
            )
    if scope is None:
        prev = [d for d in ctx.drafts if d.frame.measure == "seats"]
        scope = prev[-1].frame.scope if prev else Scope(level="uk", how="no area named: the UK")
    out = []
    f = _frame(
        "seats", subj, scope=scope, stated=ctx.stated(n), comparator=_comparator(n), unit="seats"
    )
    if groups.get("m"):
        f.notes.append(f"of {ctx.doc.text[m.start('m') : m.end('m')]} seats in the scope")
    nums = [n]
    if groups.get("n0"):
        n0 = ctx.num(m, "n0")
        f0 = _frame(
            "seats",
            subj,
            scope=scope,
            stated=ctx.stated(n0),
            comparator=_comparator(n0),
            unit="seats",
            election="previous",
            notes=["'from N to M': N at the previous election"],
        )
        out.append(
            _draft(ctx, m, f0, n0, rule_name="seats_from", span=(m.start("n0"), m.end("n0")))
        )
    out.append(_draft(ctx, m, f, *nums, rule_name="seats"))
    return out


@rule(
    r"(?:,|\band)\s+(?:the\s+)?(?P<p>{P})\s+{Q}(?P<n>{N})(?!\s*(?:per|%|points|votes))",
    r"(?:but|and)\s+(?:only\s+|just\s+)?(?P<n>{N})\s+in\s+(?P<a>{A})",
    name="list_seats",
    needs="\ue006",
)
def _list_seats(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    prev = [
        d for d in ctx.drafts if d.frame.measure in ("seats", "gains_from") and d.end <= m.start()
    ]
    if not prev:
        return None
    base = prev[-1].frame
    n = ctx.num(m)
    p = ctx.tag(m, "p") if m.groupdict().get("p") else None
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    subj = subject_of(p, "named in the list") if p else base.subject
    scope = Scope(level=a.ref["level"], name=a.ref["name"], how=f"'{a.text}'") if a else base.scope
    f = _frame(
        base.measure,
        subj,
        scope=scope,
        other=base.other,
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="seats",
        notes=["a list continuing the seat count before it"],
    )
    return _draft(ctx, m, f, n, rule_name="list_seats")


@rule(
    r"(?P<v>{WIN})\s+{Q}(?P<n>{N})\s+(?:\w+\s+)?(?:seats|constituencies)\s+(?:directly\s+)?from\s+(?:the\s+)?(?P<o>{P}|[a-z ]{3,40}?(?=[,.;]|\s+at\b|\s+in\b|$))",
    priority=10,
    name="gains_from",
    needs="\\bfrom\\b",
)
def _gains_from(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    subj = ctx.subject_before(m.start(), "party")
    o = ctx.first(m, "o", "party")
    other = (
        subject_of(o, "the party the seats were taken from")
        if o
        else Subject(
            "party",
            ctx.doc.text[m.start("o") : m.end("o")],
            m.start("o"),
            m.end("o"),
            resolved=False,
            how="not a party name",
        )
    )
    scope = ctx.area_scope(m.end(), ctx.sent.end) or Scope(level="uk")
    f = _frame(
        "gains_from",
        subj,
        other=other,
        scope=scope,
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="seats",
    )
    if o is None:
        f.unresolved.append(f"other: '{other.text}' is not a party name")
    if re.search(r"by-?elections?", ctx.text(m.end(), ctx.sent.end)):
        f.scope = Scope(level="seats", where=["by-elections"], how="'at by-elections'")
        f.election = "by-elections"
    return _draft(ctx, m, f, n, rule_name="gains_from")


@rule(
    r"(?P<v>{GET}|won\s+on|with|on|at|to|of|polled|,)\s+(?:just\s+|only\s+)?{Q}(?P<n>{SHARE})(?P<of>\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:votes?|vote\s+share|votes\s+cast|ballots))?",
    r"(?P<n>{SHARE})\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:votes?\b|vote\s+share|votes\s+cast)",
    r"\bshare(?:\s+of\s+the\s+(?:\w+\s+)?vote)?(?:\s+in\s+{A})?,?\s+(?:(?:was|is|stood\s+at|of|at|reached|to)\s+)?{Q}(?P<n>{PCT})",
    r"(?P<who>{WHO})\s+{Q}(?P<n>{PCT})",
    name="share",
    needs="[\ue007\ue008]",
)
def _share(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind not in ("pct", "frac"):
        return None
    seg = ctx.text(ctx.sent.start, m.end() + 40)
    if re.search(r"\bturnout\b", ctx.text(max(ctx.sent.start, m.start() - 40), m.end())):
        return None
    if re.search(
        r"\b(?:residents?|households?|population|people|voters under|adults)\b",
        ctx.text(m.end(), min(ctx.sent.end, m.end() + 25)),
    ):
        return None
    if re.search(
        r"\bin\s+(?:more\s+than\s+|over\s+|fewer\s+than\s+)?\S+\s+seats\b",
        ctx.text(m.end(), ctx.sent.end),
    ):
        return None  # a condition on a seat count ("at least 5 per cent in 400 seats")
    if not m.groupdict().get("of") and not re.search(r"\bvote|share|poll|backed", seg):
        # a bare percentage after a getting verb is a share only for a party or candidate
        pass
    subj = ctx.subject_before(m.start(), "person", "party")
    if subj is None:
        return None
    scope: Scope | None
    if subj.kind == "candidate":
        scope = ctx.seat_near(m.start()) or Scope(level="seat", how="the candidate's seat")
    else:
        scope = ctx.area_scope(ctx.sent.start, ctx.sent.end)
        if scope is None:
            scope = ctx.seat_near(
                m.start(),
                back=bool(
                    re.search(r"\b(?:there|here|the seat|the constituency|the island)\b", seg)
                ),
            )
        if scope is None and ctx.paragraph_seat() is not None:
            t = ctx.paragraph_seat()
            assert t is not None
            scope = seat_scope_of(t, f"the paragraph is about {t.text}")
        scope = (
            scope or _inherit_scope(ctx) or Scope(level="uk", how="no area or seat named: the UK")
        )
    f = _frame(
        "share", subj, scope=scope, stated=ctx.stated(n), comparator=_comparator(n), unit="percent"
    )
    return _draft(ctx, m, f, n, rule_name="share")


def _clause_end(ctx: Ctx, pos: int, limit: int) -> int:
    """The end of the clause at ``pos`` (the next comma, semicolon or colon), at most
    ``limit`` characters on."""
    m = re.search(r"[,;:]", ctx.doc.folded[pos : min(ctx.sent.end, pos + limit)])
    return pos + m.start() if m else min(ctx.sent.end, pos + limit)


def _inherit_scope(ctx: Ctx) -> Scope | None:
    prev = [
        d
        for d in ctx.drafts
        if d.frame.scope.level not in ("uk",) and d.frame.measure in ("seats", "share", "change")
    ]
    return prev[-1].frame.scope if prev else None


@rule(
    r"\bturnout\b(?P<mid>[^.;:!?\n]{0,60}?)(?:\b(?:was|of|at|to|stood at|reached|hit|rose to|fell to|dropped to|climbed to)\s+)?{Q}(?P<n>{PCT})",
    r"(?P<n>{PCT})\s+turnout",
    name="turnout",
    needs="turnout",
)
def _turnout(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None:
        return None
    seg = ctx.text(ctx.sent.start, m.end())
    area = ctx.area_scope(m.start(), m.end())
    seat_word = re.search(
        r"\b(?:here|there|on the island|in the seat|in the constituency|the town|locally)\b", seg
    )
    scope: Scope | None = area
    if scope is None:
        scope = ctx.seat_scope(ctx.sent.start, m.end(), back=bool(seat_word))
    if scope is None:
        para = ctx.doc.text.rfind("\n\n", 0, ctx.sent.start)
        t = ctx.doc.last_before(ctx.sent.start, "seat", floor=max(0, para))
        if t is not None and not re.search(r"\b(?:national|overall|across|nationwide|uk)\b", seg):
            scope = seat_scope_of(t, f"the paragraph is about {t.text}")
    scope = scope or Scope(level="uk", how="no seat or area named: the UK")
    f = _frame(
        "turnout",
        Subject("seat" if scope.level == "seat" else "parliament", how="the electorate in scope"),
        scope=scope,
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="percent",
        metric="turnout",
    )
    return _draft(ctx, m, f, n, rule_name="turnout")


# --- rules: changes, swing, ratios -------------------------------------------------------


@rule(
    r"\b(?P<what>share|vote|support|turnout|majority)(?P<mid>(?:\s+[\w']+){0,5}?)\s+(?P<dir>{RISE}|{FALL})\s+(?:by\s+)?(?:just\s+|only\s+)?{Q}(?P<n>{N}|{PCT})\s*(?:percentage\s+)?points?",
    r"\b(?P<dir>{RISE}|{FALL})\s+by\s+(?:just\s+|only\s+)?{Q}(?P<n>{N}|{PCT})\s*(?:percentage\s+)?points?",
    r"(?P<dir>up|down)\s+{Q}(?P<n>{N})\s*(?:percentage\s+)?points?",
    r"{Q}(?P<n>{N})\s*(?:percentage\s+)?points?\s+(?P<dir>higher|lower|up|down)",
    name="change_points",
    needs="point",
)
def _change(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    n = ctx.num(m)
    if n is None:
        return None
    d = m.group("dir").split()[0]
    direction = "up" if d in lx.RISE else "down"
    head = ctx.text(max(ctx.sent.start, m.start() - 80), m.end())
    what = "turnout" if "turnout" in head else ("swing" if "swing" in head else "share")
    if what == "swing":
        return None
    subj = ctx.subject_before(m.start(), "party", "person")
    after = ctx.text(m.end(), ctx.sent.end)
    base_year = re.match(
        r"\s*(?:on|than|from|compared with)\s+(?:in\s+)?(?:the\s+)?(?:[^.;]{0,40}?)(\d{4})", after
    )
    scope: Scope | None
    if subj is not None and subj.kind == "candidate":
        scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end) or Scope(level="seat")
    else:
        scope = (
            ctx.area_scope(ctx.sent.start, ctx.sent.end)
            or ctx.seat_near(m.start())
            or ctx.seat_scope(
                ctx.sent.start,
                ctx.sent.end,
                back=bool(re.search(r"\b(?:there|here|the seat|the island)\b", head)),
            )
            or _inherit_scope(ctx)
        )
        if scope is None and ctx.paragraph_seat() is not None:
            t = ctx.paragraph_seat()
            assert t is not None
            scope = seat_scope_of(t, f"the paragraph is about {t.text}")
        scope = scope or Scope(level="uk")
    f = _frame(
        "change",
        subj if what != "turnout" else Subject("parliament", how="turnout"),
        scope=scope,
        stated=ctx.stated(n),
        comparator=direction,
        unit="points",
        metric=what,
        notes=[f"'{m.group('dir')}': {direction}"],
    )
    if n.q and n.q.qualifier:
        f.notes.append(f"qualifier '{n.q.qualifier}' bounds the size of the change")
    if base_year:
        f.baseline = base_year.group(1)
    out = [_draft(ctx, m, f, n, rule_name="change")]
    either = re.match(r"\s*than\s+in\s+either\s+(\d{4})\s+or\s+(\d{4})", after)
    if either:
        f2 = Frame(**{**f.__dict__, "notes": list(f.notes), "unresolved": list(f.unresolved)})
        f2.baseline = either.group(2)
        out.append(Draft(f2, out[0].start, out[0].end, [], "change"))
        for yy in ctx.doc.tags_in(m.end(), m.end() + either.end(), "year"):
            out[0].numbers.append(yy.start)
    return out


@rule(
    r"(?P<what>share(?:\s+of\s+the\s+vote)?|majority|turnout|vote)\s+(?:\w+\s+){0,2}?(?P<dir>dipped|fell|rose|dropped|slipped|increased|decreased|is\s+down|is\s+up|was\s+down|was\s+up|went\s+up|went\s+down)(?:\s+(?:slightly|sharply|heavily))?(?:\s+on\s+(?P<y>{Y}))?",
    name="change_words",
    needs="share|majority|turnout|vote",
)
def _change_words(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    after = ctx.text(m.end(), min(ctx.sent.end, m.end() + 25))
    if re.match(r"\s*(?:by\s+)?\S*\s*(?:points|per|%)", after) or re.match(
        r"\s*(?:by|to)\s", after
    ):
        return None
    d = m.group("dir").split()[-1]
    direction = "up" if d in ("rose", "increased", "up") else "down"
    what = m.group("what").split()[0]
    subj = ctx.subject_before(m.start() + 1, "party", "person")
    scope = (
        ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
        or ctx.sentence_area()
        or Scope(level="uk")
    )
    f = _frame(
        "change",
        subj,
        scope=scope,
        comparator=direction,
        metric=what,
        unit="votes" if what == "majority" else "points",
        notes=[f"'{m.group('dir')}' with no size: the direction only"],
    )
    if m.group("y"):
        f.baseline = m.group("y")[:4] if False else ctx.doc.text[m.start("y") : m.start("y") + 4]
    y = ctx.tag(m, "y")
    return _draft(ctx, m, f, y, rule_name="change_words")


@rule(
    r"\bswing\s+(?:from\s+(?:the\s+)?(?P<a>{P})\s+to\s+(?:the\s+)?(?P<b>{P}))?(?P<mid>[^.;:!?\n]{0,30}?)(?:was\s+|of\s+|,\s+)?(?:just\s+|only\s+)?{Q}(?P<n>{N}|{PCT})\s*(?:percentage\s+)?(?:points?|per\s*cent|%)?",
    r"(?P<a>{P})-to-(?P<b>{P})\s+swing(?P<mid>[^.;:!?\n]{0,40}?),?\s+{Q}(?P<n>{N})\s*(?:percentage\s+)?points?",
    r"\bswing\s+from\s+(?:the\s+)?(?P<a>{P})\s+to\s+(?:the\s+)?(?P<b>{P}),\s+{Q}(?P<n>{N})\s*points?",
    name="swing",
    needs="swing",
)
def _swing(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None:
        return None
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    b = ctx.tag(m, "b") if m.groupdict().get("b") else None
    unresolved = []
    if a is None or b is None:
        # "took Burnley from Labour on a swing of ..." : from the party the seat was taken from
        # to the winner's party
        frm = re.search(
            r"\bfrom\s+(?:the\s+)?" + MACROS["P"], ctx.doc.typed[ctx.sent.start : m.start()]
        )
        if frm:
            a = ctx.doc.at.get(ctx.sent.start + frm.start() + frm.group().index(MARK["party"]))
        winner = ctx.subject_before(
            m.start() if not frm else ctx.sent.start + frm.start(), "party"
        ) or ctx.subject_before(m.start() if not frm else ctx.sent.start + frm.start(), "person")
        b_subj = winner
    else:
        b_subj = subject_of(b, "'to' party of the swing")
    subj = b_subj
    other = subject_of(a, "'from' party of the swing") if a else None
    if other is None:
        unresolved.append("other: the party the swing is from is not named")
    scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=False)
    if scope is None and re.search(
        r"\b(?:of the parliament|at any by-election)\b", ctx.text(ctx.sent.start, ctx.sent.end)
    ):
        scope = Scope(level="seats", where=["by-elections"], how="by-elections of the parliament")
    if scope is None:
        scope = (
            ctx.sentence_area() or ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
            if re.search(r"\bthe swing\b", ctx.text(ctx.sent.start, m.start() + 10))
            and ctx.doc.last_before(ctx.sent.start, "seat", floor=max(0, ctx.sent.start - 300))
            else (ctx.sentence_area() or Scope(level="uk"))
        )
    f = _frame(
        "swing",
        subj,
        other=other,
        scope=scope or Scope(level="uk"),
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="points",
        unresolved=unresolved,
    )
    if a is not None and subj is not None and subj.party:
        f.metric = f"swing:{a.ref['code']}-{subj.party}"
    sup = re.search(
        r"\b(biggest|largest|highest|smallest|lowest)\b", ctx.text(ctx.sent.start, m.start())
    )
    if sup:
        f.notes.append(f"'{sup.group()}' swing: also a superlative within the scope")
    return _draft(ctx, m, f, n, rule_name="swing")


@rule(
    r"(?P<more>more\s+than\s+|almost\s+|nearly\s+)?(?P<r>{RATIO})\s+(?:(?:its|their|the\s+party's|his|her)\s+)?(?P<what>number\s+of\s+mps|tally\s+of\s+mps|share(?:\s+of\s+the\s+vote)?|vote|seats|mps|what\s+it\s+won)?(?:\s+(?:in|to)\s+(?P<n>{N}))?",
    r"{Q}(?P<k>{N})\s+times\s+as\s+many\s+(?P<what>seats|votes|mps)",
    name="ratio",
    needs="doubl|tripl|trebl|quadrupl|halved|twice|times",
)
def _ratio(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    g = m.groupdict()
    k = ctx.num(m, "k") if g.get("k") else None
    if g.get("r"):
        factor = lx.RATIO[m.group("r").split()[0]]
    elif k is not None and k.q is not None and k.q.value:
        factor = k.q.value
    else:
        return None
    words = (
        ctx.text(m.start(), min(ctx.sent.end, m.end() + 30))
        + " "
        + ctx.text(ctx.sent.start, m.start())
    )
    what = (
        "seats"
        if re.search(r"\bmps\b|\bseats\b|tally", words)
        else (
            "votes"
            if re.search(r"\bvotes?\b|what it won|total vote", words) and "share" not in words
            else "share"
        )
    )
    subj = ctx.subject_before(m.start(), "party", "person")
    if (
        subj is not None
        and subj.kind == "candidate"
        and re.search(r"'s\s+party", ctx.text(subj.end, subj.end + 10))
    ):
        subj = Subject(
            "party",
            subj.text + "'s party",
            subj.start,
            subj.end,
            candidate=subj.candidate,
            how=f"the party of {subj.text}",
            resolved=True,
        )
    other = None
    if k is not None:
        firsts = [
            t
            for t in ctx.doc.tags_in(ctx.sent.start, m.start(), "party", "person")
            if subj is None or t.start != subj.start
        ]
        other = (
            subject_of(firsts[0], "the first party named in the sentence: the one compared with")
            if firsts
            else None
        )
    q = (g.get("more") or "").strip()
    comp = {"more than": "gt", "almost": "nearly", "nearly": "nearly"}.get(
        " ".join(q.split()), "eq"
    )
    if k is not None and k.q is not None and k.q.qualifier:
        comp = _comparator(k)
    st = Stated(g.get("r") or (k.text if k else ""), factor, factor, factor, "a ratio as stated")
    f = _frame(
        "ratio",
        subj,
        other=other,
        scope=ctx.sentence_area() or Scope(level="uk"),
        stated=st,
        comparator=comp,
        metric=what,
        unit="times",
    )
    out = [
        _draft(
            ctx,
            m,
            f,
            k,
            rule_name="ratio",
            span=(
                m.start(),
                m.end("what") if g.get("what") else m.end("r") if g.get("r") else m.end(),
            ),
        )
    ]
    n = ctx.num(m, "n") if g.get("n") else None
    if n is not None and what == "seats":
        f2 = _frame(
            "seats", subj, scope=f.scope, stated=ctx.stated(n), comparator="eq", unit="seats"
        )
        out.append(_draft(ctx, m, f2, n, rule_name="ratio_to", span=(m.start("n"), m.end("n"))))
    elif g.get("n"):
        out[0].numbers.append(m.start("n"))
    return out


# --- rules: placings and outcomes ---------------------------------------------------------


@rule(
    r"\b(?P<v>{PLACE})\s+(?:a\s+(?:distant|close|strong|poor)\s+|a\s+)?(?P<n>{O})(?:\s+place)?",
    r"(?:{PUSH})\s+(?:the\s+)?(?P<who>{WHO})\s+(?:in)?to\s+(?P<n>{O})(?:\s+place)?",
    r"(?:with|and)\s+(?P<who>{WHO})(?:'s?\s+(?P<c>{C}))?\s+in\s+(?P<n>{O})(?:\s+place)?",
    r"(?P<who>{WHO})\s+(?:is|was|are|were)\s+(?:now\s+)?the\s+(?P<n>{O})-(?:largest|biggest)\s+party",
    name="placing",
    needs="\ue00a",
)
def _placing(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    who = ctx.tag(m, "who")
    if who is None and m.group("v"):
        sb = ctx.subject_before(m.start(), "person", "party")
        who = ctx.doc.at.get(sb.start) if sb is not None and sb.start >= 0 else None
    if n is None or who is None or n.q is None:
        return None
    c = ctx.tag(m, "c") if m.groupdict().get("c") else None
    subj = subject_of(c or who, "the candidate or party placed")
    mid = ctx.text(*m.span("mid")) if m.groupdict().get("mid") else ""
    if (
        mid
        and re.search(r"[,;]\s*$", mid)
        and ctx.doc.tags_in(m.start("mid"), m.end("mid"), "person", "party", "seat")
    ):
        # "X, who ..., finished fourth" is fine; "X won Y, and Z finished" is not X
        last = ctx.doc.tags_in(m.start("mid"), m.end("mid"), "person", "party")
        if last:
            subj = subject_of(last[-1], "the nearest candidate or party before the placing")
    after = ctx.text(m.end(), min(ctx.sent.end, m.end() + 60))
    before = ctx.text(ctx.sent.start, m.start())
    national = re.search(
        r"popular vote|behind\s|nationally|at westminster|largest party|biggest party",
        after + ctx.text(m.start(), m.end()),
    )
    if national:
        scope = ctx.area_scope(m.start(), ctx.sent.end) or Scope(level="uk")
        metric = (
            "seats"
            if re.search(r"largest|biggest|at westminster", ctx.text(m.start(), m.end()) + after)
            else "votes"
        )
    else:
        scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end) or Scope(
            level="seat", how="no seat named"
        )
        metric = "votes"
    f = _frame(
        "placing", subj, scope=scope, nth=int(n.q.value or 0), comparator="eq", metric=metric
    )
    if scope.level == "seat" and scope.seat is None:
        f.unresolved.append("scope: no seat found for the placing")
    del before
    return _draft(
        ctx,
        m,
        f,
        n,
        rule_name="placing",
        span=(min(m.start(), who.start) if who.start >= m.start() - 2 else m.start(), m.end()),
    )


@rule(
    r"\b(?P<v>{WIN}|{HOLD}|{LOSE})\s+(?:(?:it|the\s+seat|the\s+constituency)\b|(?P<s>{S}))(?P<rest>\s+(?:from|for|to)\s+(?:the\s+)?(?P<o>{P}|{C}))?",
    r"(?P<s>{S})\s+(?P<v>goes|went|fell\s+to|falls\s+to|turned|swung\s+to)\s+(?:to\s+)?(?:the\s+)?(?P<who>{P})",
    r"(?P<v>unseat\w*|oust\w*|topp\w*|defeat\w*)\s+(?:(?:the\s+)?(?P<op>{P})\s+)?(?P<who>{C})",
    name="outcome",
    needs="[\\ue002]|\\bit\\b|seat|constituency|unseat|oust|topp|defeat",
)
def _outcome(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    outcome: str | None
    who = ctx.tag(m, "who")
    if who is None:
        sb = ctx.subject_before(m.start(), "person", "party")
        if sb is None or sb.start < 0:
            return None
        who = ctx.doc.at.get(sb.start)
        if who is None:
            return None
    v = " ".join(m.group("v").split())
    g = m.groupdict()
    s = ctx.tag(m, "s") if g.get("s") else None
    if g.get("mid") and re.search(r"[.;]|\bwho\b.*\b(?:had|has)\b", ctx.text(*m.span("mid"))):
        pass
    scope = seat_scope_of(s, "named in the claim") if s else ctx.seat_scope(m.start(), m.end())
    subj = subject_of(who, "the winner or loser named")
    if (
        v.startswith(("unseat", "oust", "topp", "defeat"))
        or _expand("{LOSE}").fullmatch(v)
        and g.get("s") is not None
        and not v.startswith(("fell", "falls", "went"))
    ):
        outcome = "lost"
    elif (
        v in ("goes", "went", "turned", "swung to")
        or v.startswith(("fell", "falls"))
        and g.get("s")
        and not g.get("mid")
    ):
        outcome = "won"
    else:
        outcome = _outcome_word(v)
    o = ctx.tag(m, "o") if g.get("o") else None
    rest = (g.get("rest") or "").strip()
    other = None
    if o is not None and rest.startswith("from"):
        other = subject_of(o, "the party or candidate it was taken from")
        if outcome == "won":
            outcome = "gained"
    elif o is not None and rest.startswith("for") and o.kind == "party":
        subj = (
            Subject(
                "candidate",
                who.text,
                who.start,
                who.end,
                candidate=subj.candidate,
                party=o.ref["code"],
                how=f"{subj.how}; standing for {o.text}",
                resolved=subj.resolved,
            )
            if who.kind == "person"
            else subject_of(o, "named after 'for'")
        )
    elif o is not None and rest.startswith("to") and outcome == "lost":
        other = subject_of(o, "the winner it was lost to")
    f = _frame("outcome", subj, other=other, scope=scope or Scope(level="seat"), outcome=outcome)
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return _draft(ctx, m, f, rule_name="outcome", span=(m.start(), m.end()))


@rule(
    r"\b(?:had\s+|has\s+)?(?:stood|ran|standing|running)\s+(?:for|as)\s+(?:the\s+|an?\s+)?(?:(?P<p>{P})|(?P<ind>independent))(?P<tail>[^.;:!?,\n]{0,40})",
    name="stood_for",
    needs="\\bstood\\b|\\bran\\b|standing|running",
)
def _stood_for(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    subj = ctx.subject_before(m.start(), "person")
    if subj is None or subj.kind != "candidate":
        return None
    p = ctx.tag(m, "p") if m.group("p") else None
    code = p.ref["code"] if p else "Ind"
    subj.party = code
    tail = m.group("tail") or ""
    here = re.search(r"\b(?:here|there|in the seat|in the constituency)\b", tail)
    scope = (
        ctx.seat_scope(m.start(), m.start() + len(m.group(0)), back=bool(here))
        if here or ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "seat")
        else None
    )
    f = _frame(
        "outcome",
        subj,
        scope=scope or Scope(level="seat", how="any seat"),
        outcome="stood",
        notes=[f"stood for {p.text if p else 'no party (independent)'}"],
    )
    y = ctx.doc.tags_in(m.start(), m.end(), "year")
    if y:
        f.election = ctx.doc.text[y[0].start : y[0].start + 4]
    return _draft(
        ctx,
        m,
        f,
        *(y[:1]),
        rule_name="stood_for",
        span=(m.start(), m.start() + len(m.group(0).rstrip())),
    )


@rule(
    r"\b(?P<v>lost|losing|loses)\s+(?:every\s+one\s+of|all(?:\s+of)?|each\s+of)\s+(?:their|its|the)\s+(?:(?P<n>{N})\s+)?(?:seats|mps)",
    r"\bwithout\s+(?:a\s+single|any)\s+(?:seat|mp)s?\b",
    r"\bwiped\s+out\s+in\s+(?P<a>{A})",
    r"\bleft\s+without\s+an?\s+(?:single\s+)?(?:mp|seat)\b",
    name="lost_all",
    needs="every one|\\ball\\b|each of|without|wiped",
)
def _lost_all(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    subj = ctx.subject_before(m.start(), "party")
    if subj is None:
        return None
    scope = ctx.area_scope(m.start(), ctx.sent.end) or ctx.area_scope(ctx.sent.start, m.start())
    if scope is None:
        back = ctx.doc.last_before(ctx.sent.start, "area", floor=max(0, ctx.sent.start - 300))
        scope = (
            Scope(
                level=back.ref["level"],
                name=back.ref["name"],
                how=f"the area named before ({back.text})",
            )
            if back
            else None
        )
    if scope is None:
        return None
    st = Stated("none", 0, 0, 0, "no seats")
    f = _frame(
        "seats",
        subj,
        scope=scope,
        stated=st,
        comparator="eq",
        unit="seats",
        notes=["'lost every seat' / 'without a seat': no seats in the scope"],
    )
    n = ctx.num(m, "n") if m.group("n") else None
    out = [_draft(ctx, m, f, n, rule_name="lost_all")]
    more = _expand(r"\s+in\s+{A}(?:\s*(?:,|or|and)\s+(?P<b>{A}))+").match(
        ctx.doc.typed[m.end() : ctx.sent.end]
    )
    if more:
        for t in ctx.doc.tags_in(m.end(), m.end() + more.end(), "area")[1:]:
            f2 = Frame(
                **{
                    **f.__dict__,
                    "scope": Scope(level=t.ref["level"], name=t.ref["name"], how=f"'{t.text}'"),
                    "notes": list(f.notes),
                    "unresolved": list(f.unresolved),
                }
            )
            out.append(Draft(f2, m.start(), m.end() + more.end(), [], "lost_all"))
        out[0].end = m.end() + more.end()
    return out


@rule(
    r"(?P<p>{P})\s+(?:was|were|had\s+been|has\s+been)\s+(?P<v>beaten|defeated|ousted|unseated|toppled)\b(?P<where>[^.;:!?,\n]{0,40}?)\s+by\s+(?P<mid>[^.;:!?\n]{0,60}?)(?P<w>{C}|{P})",
    name="beaten_by",
    needs="beaten|defeated|ousted|unseated|toppled",
    priority=40,
)
def _beaten_by(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    p, w = ctx.tag(m, "p"), ctx.tag(m, "w")
    if p is None or w is None:
        return None
    scope = ctx.seat_scope(m.start(), m.end(), back=False)
    f = _frame(
        "outcome",
        subject_of(p, "the party beaten"),
        other=subject_of(w, "the winner named after 'by'"),
        scope=scope or Scope(level="seat", how="the winner's seat"),
        outcome="lost",
    )
    where = (m.group("where") or "").strip()
    if where:
        f.notes.append(f"where: '{where}'")
    return _draft(ctx, m, f, rule_name="beaten_by")


@rule(
    r"\b(?P<dir>loss|losses|fall|drop|decline|collapse|slump|rise|gain|gains|increase|surge)\s+(?:of|in)\s+(?:its\s+|their\s+)?(?:support|vote\s+share|votes?|share\s+of\s+the\s+vote)\s+in\s+(?P<deg>heavily|predominantly|mainly|largely|strongly|overwhelmingly)?\s*(?P<g>{G})\s+(?:areas|seats|constituencies|communities|neighbourhoods)",
    name="group_change",
    needs="\ue005",
    priority=40,
)
def _group_change(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = ctx.tag(m, "g")
    subj = ctx.subject_before(m.start(), "party")
    if g is None or subj is None:
        return None
    deg = m.group("deg") or ""
    threshold = lx.GROUP_AREA_THRESHOLD.get(deg, lx.GROUP_AREA_THRESHOLD[""])
    where = [f"census:{g.ref['group']}>={threshold:g}%"]
    down = m.group("dir") in ("loss", "losses", "fall", "drop", "decline", "collapse", "slump")
    f = _frame(
        "change",
        subj,
        scope=Scope(
            level="seats",
            where=where,
            how=f"'{(deg + ' ' + g.text).strip()} areas': seats with at least {threshold:g}% {g.ref['group']}",
        ),
        comparator="down" if down else "up",
        metric="share",
        unit="points",
        notes=[f"'{m.group('dir')}': the party's share change across those seats"],
    )
    return _draft(ctx, m, f, rule_name="group_change")


# --- rules: records, history, tenure ------------------------------------------------------


@rule(
    r"\bfirst\s+(?P<what>(?:(?:[\w'-]+|{P})\s+){0,3}?)(?:win|victory|mp|member|time|seat|hung\s+parliament|gain|defeat)s?\b(?P<mid>[^.;:!?\n]{0,40}?)\bsince\s+(?:(?:{MO})\s+)?(?P<y>{Y})",
    r"\bfor\s+the\s+first\s+time\s+since\s+(?:(?:{MO})\s+)?(?P<y>{Y})",
    r"\b(?P<maj>won|secured|had|gained)\s+(?:an?\s+)?(?:overall|commons|working|parliamentary)\s+majority\s+for\s+the\s+first\s+time(?!\s+since)",
    r"\b(?:had\s+not|hadn't|has\s+not|hasn't|not)\s+happened\s+(?:at\s+any\s+(?:general\s+)?election\s+)?since\s+(?P<y>{Y})",
    name="first_since",
    needs="first",
)
def _first_since(ctx: Ctx, m: re.Match[str]) -> Draft:
    y = ctx.tag(m, "y")
    year = int(y.q.value) if y and y.q and y.q.value else None
    subj = _party_in(ctx, m) or ctx.subject_before(m.start(), "party")
    seg = ctx.text(ctx.sent.start, ctx.sent.end)
    scope = (
        ctx.area_scope(ctx.sent.start, ctx.sent.end)
        if "hung parliament" not in seg
        else Scope(level="uk", how="a hung parliament is UK-wide")
    )
    if scope is None and (
        re.search(r"\b(?:there|here|the seat|on the island|in the constituency|its first)\b", seg)
        or ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "seat")
    ):
        scope = ctx.seat_near(m.start(), back=True)
    if scope is None and "hung parliament" in seg:
        scope = Scope(level="uk", how="a hung parliament is UK-wide")
    scope = scope or Scope(level="uk")
    outcome = "won"
    if re.search(r"\bwithout\b|\bno\s+(?:mps?|seats?)\b|wiped out|not a single seat", seg):
        outcome = "none"
    if "hung parliament" in ctx.text(m.start(), m.end()):
        outcome = "hung"
    comp = "since"
    if m.group("maj"):
        outcome, comp, scope = "majority", "never", Scope(level="uk", how="a Commons majority")
    elif y is None:
        comp = "never"
    f = _frame("first_since", subj, scope=scope, comparator=comp, since_year=year, outcome=outcome)
    return _draft(ctx, m, f, y, rule_name="first_since")


def _party_in(ctx: Ctx, m: re.Match[str]) -> Subject | None:
    ps = ctx.doc.tags_in(m.start(), m.end(), "party")
    return subject_of(ps[0], "the party named in the claim") if ps else None


@rule(
    r"\b(?:had\s+|has\s+|have\s+)?never\s+(?:before\s+)?(?P<v>elected|returned|won|voted|sent|had)\s+(?:a\s+|an\s+)?(?P<p>{P})?",
    r"(?P<p>{P})\s+(?:had|has)\s+never\s+(?:won|held|taken)",
    r"\bwhich\s+(?P<p2>{P})\s+had\s+never\s+won",
    r"\b(?:for|at)\s+every\s+(?:general\s+)?election\s+(?:since|from)\s+(?P<y>{Y})",
    r"\bevery\s+(?:general\s+)?election\s+since\s+(?P<y>{Y})",
    name="never",
    needs="never|every",
)
def _never(ctx: Ctx, m: re.Match[str]) -> list[Draft]:
    g = m.groupdict()
    y = ctx.tag(m, "y") if g.get("y") else None
    pt = ctx.tag(m, "p") if g.get("p") else (ctx.tag(m, "p2") if g.get("p2") else None)
    seg = ctx.text(ctx.sent.start, ctx.sent.end)
    if pt is None:
        before = ctx.doc.tags_in(max(ctx.sent.start, m.start() - 30), m.start(), "party")
        after = ctx.doc.tags_in(m.start(), min(ctx.sent.end, m.end() + 30), "party")
        pt = before[-1] if before else after[0] if after else None
    subj = subject_of(pt, "the party named") if pt else ctx.subject_before(m.start(), "party")
    scope = ctx.seat_near(m.start(), back=bool(re.search(r"\b(?:which|where|the seat|it)\b", seg)))
    if scope is None:
        scope = ctx.sentence_area() or Scope(level="uk")
    comp = "every_since" if y is not None else "never"
    year = int(y.q.value) if y and y.q and y.q.value else None
    until = re.search(r"\buntil\b[^.;]*?(\d{4})", ctx.text(m.end(), ctx.sent.end))
    f = _frame("first_since", subj, scope=scope, comparator=comp, since_year=year, outcome="won")
    if until:
        f.notes.append(f"until {until.group(1)}")
    end = m.end()
    if until:
        end = m.end() + until.end()
    out = [_draft(ctx, m, f, y, rule_name="never", span=(m.start(), end))]
    # "Aylesbury and Basingstoke had never ...": one frame per seat of a list
    listed = _expand(r"(?P<a>{S})\s*(?:,\s*(?:{S})\s*)*(?:,?\s+and\s+)(?P<b>{S})\s*$").search(
        ctx.doc.typed[ctx.sent.start : m.start()].rstrip(" ,"),
    )
    if listed:
        seats = ctx.doc.tags_in(
            ctx.sent.start + listed.start(), ctx.sent.start + listed.end(), "seat"
        )
        for t in seats:
            if scope.seat is not None and t.ref.get("name") == scope.name:
                continue
            g2 = Frame(
                **{
                    **f.__dict__,
                    "scope": seat_scope_of(t, "one of the seats listed"),
                    "notes": list(f.notes),
                    "unresolved": list(f.unresolved),
                }
            )
            out.append(Draft(g2, m.start(), end, [], "never"))
    return out


@rule(
    r"\b(?:its|their|the\s+party's|his|her|the)\s+(?:(?P<n>{O})[\s-]+)?(?P<sup>{SUP})\s+(?P<noun>(?:[\w'-]+\s+){0,8}?)(?:since\s+(?P<y>{Y})|ever|in\s+the\s+series|in\s+its\s+history|on\s+record|at\s+any\s+(?:\w+\s+)?election)",
    r"\b(?P<sup>{SUP})\s+since\s+(?P<y>{Y})",
    r"\b(?:equalling|matching|equalled|matched|beating|beat)\s+(?:its|their)\s+(?P<sup>best|worst)\s+(?:ever\s+)?(?P<noun>result|showing|performance|haul|tally)",
    name="record",
    needs="since|ever|series|history|record|at any|equall|match|beat",
)
def _record(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = m.groupdict()
    y = ctx.tag(m, "y") if g.get("y") else None
    sup = m.group("sup")
    direction = lx.SUPERLATIVES.get(sup, ("most", None))[0]
    noun = (g.get("noun") or "").strip()
    seg = ctx.text(ctx.sent.start, ctx.sent.end)
    metric = (
        _noun_metric(noun)
        or ("turnout" if "turnout" in seg else None)
        or (
            "seats"
            if re.search(r"\bseats\b|\bmps\b", seg)
            else ("share" if re.search(r"share|per cent|%", seg) else None)
        )
    )
    subj = _party_in(ctx, m) or ctx.subject_before(m.start(), "party")
    scope = ctx.sentence_area() or Scope(level="uk")
    nth_t = ctx.num(m, "n") if g.get("n") else None
    nth = int(nth_t.q.value) if nth_t and nth_t.q and nth_t.q.value else None
    if nth and nth > 1:
        direction = "nth_most" if direction == "most" else "nth_least"
    f = _frame(
        "record",
        subj if metric != "turnout" else Subject("parliament", how="turnout"),
        scope=scope,
        comparator=direction,
        metric=metric,
        nth=nth,
        since_year=int(y.q.value) if y and y.q and y.q.value else None,
        notes=[f"'{sup} {noun}'".strip()],
    )
    if "equall" in ctx.text(m.start(), m.end()) or "match" in ctx.text(m.start(), m.end()):
        f.notes.append("equals the record (a tie)")
    if metric is None:
        f.unresolved.append("metric: what the record is in is not said")
    if re.search(
        r"\bwinning\s+a\s+(?:commons\s+|overall\s+)?majority|\bfor\s+a\s+party\s+winning", noun
    ):
        f.condition.append("winner of a Commons majority")
    return _draft(ctx, m, f, y, nth_t, rule_name="record")


def _noun_metric(noun: str) -> str | None:
    n = noun.lower().strip()
    for k, v in sorted(lx.SUPERLATIVE_NOUNS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(k)}\b", n):
            return v
    return None


@rule(
    r"\b(?:has\s+|had\s+|who\s+)?(?:held|represented)\s+(?:the\s+seat|the\s+constituency|it|{S})\s+since\s+(?P<y>{Y})",
    r"\b(?:an?\s+|the\s+)?mp(?:\s+for\s+{S})?\s+since\s+(?P<y>{Y})",
    r"\bfirst\s+(?:elected|won\s+(?:the\s+seat|it|{S}))(?:\s+(?:in|at))?\s+(?:the\s+)?(?P<y>{Y})",
    name="tenure",
    needs="since|first",
)
def _tenure(ctx: Ctx, m: re.Match[str]) -> Draft:
    y = ctx.tag(m, "y")
    subj = ctx.subject_before(m.start(), "person")
    scope = ctx.seat_scope(m.start(), m.end(), back=False) or ctx.seat_near(m.start(), back=True)
    txt = ctx.text(m.start(), m.end())
    outcome = "first_elected" if "first" in txt else "held_since"
    f = _frame(
        "tenure",
        subj,
        scope=scope or Scope(level="seat", how="the member's seat"),
        since_year=int(y.q.value) if y and y.q and y.q.value else None,
        outcome=outcome,
    )
    if subj is None and re.search(
        r"\bthe\s+(?:sitting|incumbent)\s+mp\b", ctx.text(ctx.sent.start, m.start())
    ):
        f.subject = Subject("candidate", "the sitting MP", how="the sitting MP of the seat")
        f.unresolved = [u for u in f.unresolved if not u.startswith("subject")]
    return _draft(ctx, m, f, y, rule_name="tenure")


# --- rules: superlatives, ranks, census, counts -------------------------------------------


@rule(
    r"\bthe\s+(?:(?P<n>{O})[\s-]+)?(?P<sup>{SUP})\s+(?P<noun>(?:(?:[\w'-]+|{G}|{P}|{A})\s+){0,4}?)(?P<head>seat|seats|constituency|constituencies|result|results|win|victory|majority|turnout|turnouts|electorate|share|margin|proportion|population|percentage)\b(?P<tail>[^.;:!?\n]{0,60})",
    r"\b(?:was|is|were|are|remains|remained)\s+the\s+(?P<sup>{SUP})\b(?P<tail>\s+(?:in|of|anywhere|across|among)\b[^.;:!?\n]{0,50})",
    r"(?<!the )\b(?P<sup>{SUP})\s+(?P<head>turnout|share)\b(?P<tail>[^.;:!?\n]{0,40})",
    name="superlative",
    needs="narrowest|closest|tightest|slimmest|smallest|lowest|least|fewest|worst|weakest|biggest|largest|highest|most|greatest|best|strongest|safest|widest|heaviest",
)
def _superlative(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = m.groupdict()
    sup = m.group("sup")
    direction, implied = lx.SUPERLATIVES[sup]
    noun = (g.get("noun") or "").strip()
    head = m.group("head") or ""
    tail = g.get("tail") or ""
    tail = re.split(r"[,;]|\b(?:and|but|while|as|although)\b", tail, maxsplit=1)[0]
    if re.search(
        r"\b(?:since|ever|in the series|in (?:its|their) history|at any (?:\w+ )?election)\b",
        tail + noun,
    ):
        return None  # a record, read by 'record'
    if not head:
        prev = [
            d
            for d in ctx.drafts
            if d.end <= m.start()
            and d.frame.measure in ("majority", "turnout", "share", "electorate")
        ]
        seg_before = ctx.text(ctx.sent.start, m.start())
        head = (
            "turnout"
            if "turnout" in seg_before
            else prev[-1].frame.measure
            if prev
            else "majority"
            if "majority" in seg_before
            else ""
        )
        if not head and not implied:
            return None
    seg_all = ctx.text(ctx.sent.start, ctx.sent.end)
    groups = ctx.doc.tags_in(m.start(), m.end(), "group")
    nth_t = ctx.num(m, "n") if g.get("n") else None
    metric: str | None
    if groups:
        metric = f"census:{groups[0].ref['group']}"
    elif head in ("share", "proportion", "percentage", "population") and not groups:
        ahead = ctx.doc.tags_in(m.start(), ctx.sent.end, "group")
        of_people = re.match(
            r"\s*of\s+(?!the\s+vote|votes|the\s+popular)(?:\w+\s+){0,2}?(?:adults|residents|people|"
            r"households|pupils|workers|voters)",
            tail,
        )
        metric = f"census:{ahead[0].ref['group']}" if ahead else None if of_people else "share"
    else:
        metric = _noun_metric(noun + " " + head) or implied or _noun_metric(head)
    if head == "majority" and re.search(r"commons|overall|parliamentary|working", noun):
        return None  # a government majority record, read by 'record'
    if metric in ("gov_majority",):
        return None
    # scope
    tail_end = m.start("tail") + len(tail) if m.start("tail") >= 0 else m.end()
    scope = ctx.area_scope(m.start("sup"), tail_end)
    if scope is None and re.search(r"\bin\s+the\s+region\b", tail):
        reg = ctx.doc.last_before(m.start(), "area")
        if reg is not None and reg.ref["level"] == "region":
            scope = Scope(level="region", name=reg.ref["name"], how=f"'the region' is {reg.text}")
    outside = re.search(r"\boutside\s+", tail)
    if outside and scope is not None:
        scope = Scope(
            level="seats",
            where=[f"{'region' if scope.level == 'region' else 'country'}!={scope.name}"],
            how=f"outside {scope.name}",
        )
    if scope is None:
        if re.search(
            r"\b(?:in the country|nationally|in the uk|anywhere|of any seat|in britain)\b", tail
        ):
            scope = Scope(level="uk", how="'in the country'")
        elif re.search(r"of the parliament|at any by-election", tail):
            scope = Scope(
                level="seats", where=["by-elections"], how="by-elections of the parliament"
            )
        else:
            scope = Scope(level="uk", how="no area named: every seat")
    nations = re.search(r"four nations|of the nations|home nations", tail + seg_all)
    # subject: the seat this is said of
    seat_before = ctx.doc.last_before(m.start(), "seat", floor=ctx.sent.start)
    subj: Subject | None = None
    if nations:
        a = ctx.doc.tags_in(ctx.sent.start, m.start(), "area")
        subj = (
            Subject(
                "seats",
                a[0].text if a else "",
                a[0].start if a else -1,
                a[0].end if a else -1,
                how="the nation compared",
                resolved=bool(a),
            )
            if a
            else None
        )
        scope = Scope(level="uk", where=["among=nations"], how="among the UK's four nations")
        if metric == "share" and not ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "pct"):
            metric = "turnout" if "turnout" in seg_all else metric
        if "turnout" in seg_all:
            metric = "turnout"
    elif m.end("head") > 0 and re.match(
        r",?\s*" + MACROS["S"], ctx.doc.typed[m.end("head") : m.end("head") + 60]
    ):
        t = ctx.doc.tags_in(m.end("head"), m.end("head") + 60, "seat")[0]
        subj = subject_of(t, "the seat named after the superlative")
    elif seat_before is not None:
        subj = subject_of(seat_before, "the seat named before the superlative")
        if ctx.doc.folded[seat_before.end : m.start()].count(",") == 1 and re.search(
            r",\s*the\s*$", ctx.doc.folded[seat_before.end : m.start() + 4]
        ):
            subj.how = "the seat in apposition"
    else:
        back = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
        if (
            back is not None
            and back.seat is not None
            and (
                re.search(r"\b(?:it|there|the seat|this)\b", ctx.text(ctx.sent.start, m.start()))
                or ctx.paragraph_seat() is not None
            )
        ):
            subj = Subject("seat", back.name or "", seat=back.seat, how=back.how)
    if (
        re.search(
            r"\bparty's\b|\bits\b|\btheir\b",
            ctx.text(max(ctx.sent.start, m.start() - 15), m.start()),
        )
        and metric == "share"
    ):
        p = ctx.subject_before(m.start(), "party")
        if p is not None and p.party:
            metric = f"share:{p.party}"
    elif metric == "share":
        ps = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "party")
        if ps:
            metric = f"share:{ps[0].ref['code']}"
    comparator = "most" if direction == "most" else "least"
    nth = int(nth_t.q.value) if nth_t and nth_t.q and nth_t.q.value else None
    if nth and nth > 1:
        comparator = "nth_most" if direction == "most" else "nth_least"
    measure = "superlative" if not nth or nth == 1 else "rank"
    f = _frame(measure, subj, scope=scope, comparator=comparator, metric=metric, nth=nth)
    if metric is None:
        f.unresolved.append("metric: what is most or least is not said")
    if metric == "share" or (metric or "").startswith("share") and subj is None:
        pass
    return _draft(
        ctx, m, f, nth_t, rule_name="superlative", span=(m.start(), max(m.start() + 1, tail_end))
    )


@rule(
    r"\b(?:one|{N})\s+of\s+the\s+(?P<n>{N})\s+(?P<sup>{SUP})\s+(?P<head>turnouts|majorities|seats|results|shares)(?P<tail>[^.;:!?\n]{0,30})",
    r"\b(?P<pos>just\s+outside|outside|in|among|inside|within)\s+the\s+top\s+(?P<n>{N})(?P<tail>[^.;:!?\n]{0,80})",
    name="top_n",
    needs="top|\\bone\\b|\\ue006",
)
def _top_n(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    metric: str | None
    n = ctx.num(m)
    if n is None or n.q is None or not n.q.value:
        return None
    g = m.groupdict()
    seg = ctx.text(m.start(), ctx.sent.end)
    groups = ctx.doc.tags_in(m.start(), ctx.sent.end, "group")
    if groups:
        metric = f"census:{groups[0].ref['group']}"
    else:
        metric = _noun_metric(g.get("head") or "") or (
            "turnout" if "turnout" in ctx.text(ctx.sent.start, ctx.sent.end) else None
        )
    direction = lx.SUPERLATIVES.get(g.get("sup") or "highest", ("most", None))[0]
    if re.search(r"\b(?:lowest|smallest|least|fewest)\b", seg):
        direction = "least"
    scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
    subj = (
        Subject("seat", scope.name or "", seat=scope.seat, how=scope.how)
        if scope and scope.seat
        else None
    )
    pos = (g.get("pos") or "in").strip()
    k = int(n.q.value)
    lo, hi = (
        (k + 1, k + 5)
        if pos.startswith("just outside")
        else (k + 1, 10**6)
        if pos == "outside"
        else (1, k)
    )
    st = Stated(
        n.text,
        k,
        lo,
        hi,
        f"'{pos} the top {k}'" if g.get("pos") else f"'one of the {k}': rank 1-{k}",
    )
    f = _frame(
        "rank",
        subj,
        scope=Scope(level="uk", how="every seat"),
        comparator="nth_most" if direction == "most" else "nth_least",
        metric=metric,
        stated=st,
        nth=k,
    )
    if metric is None:
        f.unresolved.append("metric: the ranking is not said")
    return _draft(ctx, m, f, n, rule_name="top_n")


@rule(
    r"(?P<n>{SHARE})\s+of\s+(?:its\s+|the\s+)?(?:residents|households|people|the\s+population|the\s+public|adults)(?P<tail>[^.;:!?\n]{0,60})",
    r"(?P<n>{FR})\s+(?:residents?|households?|people|adults)(?P<tail>[^.;:!?\n]{0,60})",
    r"(?P<g>{G})\s+(?:population|residents)\s+(?:share\s+)?of\s+{Q}(?P<n>{SHARE})",
    r"(?P<g>{G})s?\s+(?:make\s+up|account\s+for|are|form)\s+{Q}(?P<n>{SHARE})",
    r"\bat\s+{Q}(?P<n>{FR})\s+(?:residents?|households?|people)",
    priority=30,
    name="census_share",
    needs="[\ue005\ue007\ue008]",
)
def _census(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None:
        return None
    g = m.groupdict()
    gt = ctx.tag(m, "g") if g.get("g") else None
    if gt is None:
        near = ctx.doc.tags_in(m.start(), ctx.sent.end, "group") or ctx.doc.tags_in(
            ctx.sent.start, m.start(), "group"
        )
        gt = near[0] if near else None
    if gt is None:
        return None
    if re.search(
        r"\bvoters?\b|\bbacked\b|\bsupport\b", ctx.text(ctx.sent.start, ctx.sent.end)
    ) and not re.search(r"resident|household|population", ctx.text(ctx.sent.start, ctx.sent.end)):
        return None
    tail = ctx.text(m.end(), ctx.sent.end)
    cond = re.search(
        r"\bin\s+(?:only\s+|just\s+|more\s+than\s+|fewer\s+than\s+)?(\S+)\s+(?:seats|constituencies)\b",
        tail,
    )
    if cond:
        return None  # a count of seats with that share: read by 'count_seats'
    scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
    subj = Subject(
        "group", gt.text, gt.start, gt.end, group=gt.ref["group"], how="census group named"
    )
    f = _frame(
        "census",
        subj,
        scope=scope or Scope(level="seat"),
        stated=ctx.stated(n),
        comparator=_comparator(n),
        metric=f"census:{gt.ref['group']}",
        unit="percent",
    )
    if scope is None:
        f.unresolved.append("scope: no seat found for the census share")
    end = m.start("tail") if m.start("tail") >= 0 else m.end()
    return _draft(ctx, m, f, n, rule_name="census", span=(m.start(), max(end, n.end)))


@rule(
    r"(?P<v>came|come|comes|coming|finished|finish|finishes|finishing|placed|ended\s+up|were|was)\s+(?P<o>{O})\s+in\s+{Q}(?P<n>{N}|{FR})(?:\s+of)?\s+(?:(?:the\s+)?(?:region's\s+|(?P<a>{A})\s+))?(?:seats|constituencies|of\s+them)",
    r"(?P<v>ahead\s+of)\s+(?:the\s+)?(?P<p>{P})\s+in\s+{Q}(?P<n>{N})\s+(?:of\s+them|seats|constituencies)",
    r"(?P<v>fielded|stood|ran)\s+(?:candidates\s+)?in\s+{Q}(?P<n>{N})\s+(?:seats|constituencies)",
    r"(?P<v>at\s+least|more\s+than|over|under|fewer\s+than|less\s+than)\s+(?P<t>{PCT}|{FR})\s+(?:of\s+the\s+vote\s+|of\s+residents\s+|residents\s+)?in\s+{Q}(?P<n>{N})\s+(?:seats|constituencies)",
    r"(?P<t>{PCT}|{FR})(?:\s+of\s+the\s+vote|\s+residents)?\s+in\s+(?:only\s+|just\s+)?{Q}(?P<n>{N})\s+(?:seats|constituencies)",
    priority=20,
    name="count_seats",
    needs="seats|constituencies|of them",
)
def _count_seats(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None:
        return None
    g = m.groupdict()
    v = " ".join((g.get("v") or "").split())
    subj = ctx.subject_before(m.start(), "party", "person")
    cond: list[str] = []
    scope = ctx.area_scope(m.start(), min(ctx.sent.end, m.end() + 15))
    if g.get("o"):
        o = ctx.num(m, "o")
        place = int(o.q.value) if o and o.q and o.q.value else 0
        code = subj.party if subj else None
        cond.append(
            f"{'second' if place == 2 else 'winner' if place == 1 else f'place{place}'}={code}"
        )
        won_by = _expand(r"\s+won\s+by\s+(?:the\s+)?(?P<p>{P})").match(
            ctx.doc.typed[m.end() : m.end() + 40]
        )
        if won_by:
            t = ctx.doc.at.get(m.end() + won_by.start("p"))
            if t:
                cond.append(f"winner={t.ref['code']}")
        if "region's" in ctx.text(m.start(), m.end()):
            back = ctx.doc.last_before(m.start(), "area", floor=max(0, ctx.sent.start - 200))
            if back:
                scope = Scope(
                    level=back.ref["level"],
                    name=back.ref["name"],
                    how=f"'the region' is {back.text}",
                )
    elif v == "ahead of":
        p = ctx.tag(m, "p")
        cond.append(f"ahead_of={p.ref['code'] if p else '?'}")
    elif v in ("fielded", "stood", "ran"):
        cond.append(f"standing={subj.party if subj else '?'}")
    else:
        t = ctx.num(m, "t")
        st = ctx.stated(t)
        op = {
            "at least": ">=",
            "more than": ">",
            "over": ">",
            "under": "<",
            "fewer than": "<",
            "less than": "<",
        }.get(v, ">=")
        groups = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "group")
        what = (
            f"census:{groups[0].ref['group']}"
            if groups
            else (f"share:{subj.party}" if subj and subj.party else "share")
        )
        val = st.value if st else None
        cond.append(f"{what}{op}{val:g}%" if val is not None else what)
        if groups:
            subj = Subject(
                "group",
                groups[0].text,
                groups[0].start,
                groups[0].end,
                group=groups[0].ref["group"],
            )
    f = _frame(
        "count_seats",
        subj,
        scope=scope or Scope(level="uk"),
        condition=cond,
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit="percent" if n.kind == "frac" else "seats",
    )
    if n.kind == "frac":
        f.notes.append("the count is stated as a share of the seats in scope (percent)")
    if any("?" in c or c.endswith("=None") for c in cond):
        f.unresolved.append("condition: the party is not known")
    span_start = m.start()
    return _draft(
        ctx,
        m,
        f,
        n,
        ctx.num(m, "t") if g.get("t") else None,
        ctx.num(m, "o") if g.get("o") else None,
        rule_name="count_seats",
        span=(span_start, m.end()),
    )


@rule(
    r"(?P<p>{P})\s+won\s+{Q}(?P<n>{N})\s+of\s+the\s+(?P<k>{N})\s+(?P<tail>[^.;:!?,\n]{0,80}?\b(?:most|highest|largest|lowest|fewest|least)\b[^.;:!?,\n]{0,40})",
    r"\bof\s+the\s+(?P<k>{N})\s+(?P<tail>(?:most|least)\s+[^.;:!?,\n]{0,40}?),\s+(?:the\s+)?(?P<p>{P})\s+won\s+{Q}(?P<n>{N})",
    priority=10,
    name="won_n_of_top",
    needs="\\bof the\\b",
)
def _won_of_top(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n, k = ctx.num(m), ctx.num(m, "k")
    p = ctx.tag(m, "p")
    if n is None or k is None or p is None or k.q is None:
        return None
    tail = m.group("tail")
    groups = ctx.doc.tags_in(m.start("tail"), m.end("tail"), "group")
    metric = f"census:{groups[0].ref['group']}" if groups else _noun_metric(tail)
    direction = "least" if re.search(r"\b(?:lowest|fewest|least)\b", tail) else "most"
    scope = ctx.area_scope(m.start(), m.end())
    where = [f"top {int(k.q.value or 0)} by {metric} ({direction})"]
    if scope is not None and scope.name:
        where.append(f"{scope.level}={scope.name}")
    f = _frame(
        "count_seats",
        subject_of(p, "the party named"),
        scope=Scope(level="seats", where=where, how="the seats ranked by the measure named"),
        condition=[f"winner={p.ref['code']}"],
        stated=ctx.stated(n),
        comparator=_comparator(n),
        metric=metric,
        unit="seats",
        nth=int(k.q.value or 0),
    )
    if metric is None:
        f.unresolved.append("metric: the ranking is not said")
    return _draft(ctx, m, f, n, k, rule_name="won_n_of_top")


@rule(
    r"{Q}(?P<n>{N})\s+(?:seats\s+)?short\s+of\s+(?:the\s+(?P<k>{N})\s+needed|an?\s+(?:overall\s+|working\s+)?majority)",
    name="short_of",
    needs="short of",
)
def _short_of(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    k = ctx.num(m, "k") if m.groupdict().get("k") else None
    subj = ctx.subject_before(m.start(), "party")
    st = ctx.stated(n)
    f = _frame(
        "gov_majority",
        subj,
        stated=st,
        comparator="down",
        unit="seats",
        notes=["'N short of the M needed': seats below a Commons majority"],
    )
    return _draft(ctx, m, f, n, k, rule_name="short_of")


@rule(
    r"{Q}(?P<n>{N})\s+(?P<dir>fewer|more)\s+(?:seats\s+)?than\s+(?:at\s+the\s+last\s+election|in\s+(?P<y>{Y})|last\s+time)",
    r"(?:won|took|had)\s+(?P<n>{N})\s+(?P<dir>more|fewer)\s+seats\s+than\s+(?:at\s+the\s+last\s+election|in\s+(?P<y>{Y})|last\s+time)",
    r"(?P<dir>fewer|more)\s+votes\s+(?:in\s+(?P<y0>{Y})\s+)?than\s+in\s+(?P<y>{Y})",
    r"\band\s+(?P<dir>fewer|more)\s+than\s+in\s+(?P<y>{Y})",
    name="fewer_than_in",
    needs="\\bthan\\b",
)
def _fewer_than_in(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = m.groupdict()
    n = ctx.num(m) if g.get("n") else None
    y = ctx.tag(m, "y") if g.get("y") else None
    y0 = ctx.tag(m, "y0") if g.get("y0") else None
    seg = ctx.text(ctx.sent.start, m.end())
    what = "votes" if "votes" in ctx.text(m.start(), m.end()) else "seats"
    if not n and "votes" in seg:
        what = "votes"
    prev = [d for d in ctx.drafts if d.frame.measure in ("seats", "change") and d.end <= m.start()]
    subj = (
        prev[-1].frame.subject
        if prev and what == "seats" and g.get("n") is None
        else ctx.subject_before(m.start(), "party")
    )
    if prev and prev[-1].frame.measure == "seats":
        subj = prev[-1].frame.subject
    f = _frame(
        "change",
        subj,
        scope=(prev[-1].frame.scope if prev else Scope(level="uk")),
        stated=ctx.stated(n) if n else None,
        comparator="up" if g["dir"] == "more" else "down",
        metric=what,
        unit=what,
    )
    f.baseline = ctx.doc.text[y.start : y.start + 4] if y else "previous"
    if y0 is not None:
        f.election = ctx.doc.text[y0.start : y0.start + 4]
    return _draft(ctx, m, f, n, y, y0, rule_name="fewer_than_in")


@rule(
    r"\b(?P<dir>higher|lower|more|fewer|larger|smaller|bigger)\s+than\s+(?:the\s+(?P<n>{PCT}|{N})\s+(?:(?:[\w'-]+|{C}|{P})\s+){0,6}?in\s+(?P<y>{Y})|in\s+(?:either\s+)?(?P<y1>{Y})(?:\s+or\s+(?P<y2>{Y}))?)",
    name="than_in",
    needs="\\bthan\\b",
)
def _than_in(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    g = m.groupdict()
    prev = sorted((d for d in ctx.drafts if d.start < m.start()), key=lambda d: d.start)
    seg = ctx.text(ctx.sent.start, m.start())
    if g.get("n"):
        n = ctx.num(m)
        y = ctx.tag(m, "y")
        subj = ctx.subject_before(m.start(), "party")
        f = _frame(
            "share" if n and n.kind == "pct" else "seats",
            subj,
            scope=Scope(level="uk"),
            stated=ctx.stated(n),
            comparator=_comparator(n),
            unit="percent",
            election=ctx.doc.text[y.start : y.start + 4] if y else None,
        )
        return [_draft(ctx, m, f, n, y, rule_name="than_in", span=(m.start("n"), m.end()))]
    if prev and prev[-1].frame.measure == "change":
        return None
    what = "turnout" if "turnout" in seg else ("swing" if "swing" in seg else None)
    if what is None:
        return None
    ys = [ctx.tag(m, k) for k in ("y1", "y2") if g.get(k)]
    out = []
    base = prev[-1].frame if prev else None
    up = g["dir"] in ("higher", "more", "larger", "bigger")
    for y in ys:
        if y is None:
            continue
        if what == "swing" and base is not None and base.measure == "swing":
            f = _frame(
                "swing",
                base.subject,
                other=base.other,
                scope=base.scope,
                metric=base.metric,
                comparator="gt" if up else "lt",
                unit="points",
                notes=["compared with the swing at the baseline election"],
            )
        else:
            f = _frame(
                "change",
                base.subject if base else Subject("parliament"),
                scope=base.scope if base else Scope(level="uk"),
                comparator="up" if up else "down",
                metric=what,
                unit="points",
            )
        f.baseline = ctx.doc.text[y.start : y.start + 4]
        out.append(_draft(ctx, m, f, y, rule_name="than_in"))
    return out or None


@rule(
    r"\bthe\s+(?P<k>{N})\s+(?P<tail>(?:most|least)\s+(?:(?:[\w'-]+|{G})\s+){0,2}?(?:seats|constituencies)(?:\s+in\s+(?P<in>{A}))?)\s+(?:are|were)\s+all\s+in\s+(?:the\s+)?(?P<a>{A})",
    name="all_in",
    needs="all in",
    priority=10,
)
def _all_in(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    k = ctx.num(m, "k")
    a = ctx.tag(m, "a")
    if k is None or k.q is None or a is None:
        return None
    tail = m.group("tail")
    groups = ctx.doc.tags_in(m.start("tail"), m.end("tail"), "group")
    metric = f"census:{groups[0].ref['group']}" if groups else _noun_metric(tail)
    direction = "least" if tail.startswith("least") else "most"
    where = [f"top {int(k.q.value or 0)} by {metric} ({direction})"]
    inn = ctx.tag(m, "in") if m.group("in") else None
    if inn is not None:
        where.append(
            f"{'country' if inn.ref['level'] in ('gb', 'uk') else inn.ref['level']}={inn.ref['name']}"
        )
    st = Stated(k.text, k.q.value or 0, k.q.value or 0, k.q.value or 0, "all of them")
    f = _frame(
        "count_seats",
        Subject("seats", how="the seats ranked"),
        comparator="eq",
        stated=st,
        scope=Scope(level="seats", where=where, how="the seats ranked by the measure named"),
        condition=[f"{a.ref['level']}={a.ref['name']}"],
        metric=metric,
        unit="seats",
        nth=int(k.q.value or 0),
        notes=["'are all in': every one of the top N meets the condition"],
    )
    return _draft(ctx, m, f, k, rule_name="all_in")


@rule(
    r"\bthe\s+only\s+(?:seat|constituency)\s+(?:that\s+|which\s+)?(?:the\s+)?(?P<p>{P})\s+(?P<v>gained|won|held|took|lost)(?P<tail>[^.;:!?,\n]{0,40})",
    name="only_seat",
    needs="only",
    priority=10,
)
def _only_seat(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    p = ctx.tag(m, "p")
    if p is None:
        return None
    v = m.group("v")
    code = p.ref["code"]
    cond = {
        "gained": [f"winner={code}", f"previous_winner!={code}"],
        "took": [f"winner={code}", f"previous_winner!={code}"],
        "won": [f"winner={code}"],
        "held": [f"winner={code}", f"previous_winner={code}"],
        "lost": [f"previous_winner={code}", f"winner!={code}"],
    }[v]
    tail = m.group("tail") or ""
    scope = ctx.area_scope(m.start("tail"), m.end("tail")) if tail else None
    seat = ctx.doc.last_before(m.start(), "seat", floor=ctx.sent.start)
    if seat is None:
        back = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
        subj = (
            Subject("seat", back.name or "", seat=back.seat, how=back.how)
            if back and back.seat
            else None
        )
    else:
        subj = subject_of(seat, "the seat the sentence is about")
    st = Stated("only", 1, 1, 1, "'the only seat': exactly one")
    f = _frame(
        "count_seats",
        subj,
        scope=scope or Scope(level="uk"),
        condition=cond,
        stated=st,
        comparator="eq",
        unit="seats",
        other=subject_of(p, "the party"),
        notes=["'the only seat': exactly one seat meets the condition, and it is the subject"],
    )
    y = ctx.doc.tags_in(m.start(), m.end(), "year")
    return _draft(ctx, m, f, *(y[:1]), rule_name="only_seat")


@rule(
    r"\b(?P<dir>up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+{Q}(?P<n>{N}|{PCT})(?:\s+(?:seats|mps|per\s*cent))?\s+(?:(?:in|at)\s+(?P<y>{Y})|at\s+the\s+last\s+(?:general\s+)?election|last\s+time|(?P<ago>\w+\s+years\s+(?:earlier|before|ago)))",
    name="up_from",
    needs="\\bfrom\\b",
    priority=60,
)
def _up_from(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    subj: Subject | None
    n = ctx.num(m)
    prev = [
        d
        for d in ctx.drafts
        if d.end <= m.start()
        and d.frame.measure in ("seats", "share", "votes", "count_seats", "turnout")
    ]
    if n is None:
        return None
    if prev:
        base = prev[-1].frame
        measure, subj, scope, cond, unit = (
            base.measure,
            base.subject,
            base.scope,
            list(base.condition),
            base.unit,
        )
    else:
        head = ctx.text(ctx.sent.start, m.start())
        measure = "turnout" if "turnout" in head else "share" if n.kind == "pct" else "seats"
        subj = ctx.subject_before(m.start(), "party")
        scope, cond, unit = ctx.sentence_area() or Scope(level="uk"), [], "seats"
    y = ctx.tag(m, "y") if m.group("y") else None
    f = _frame(
        measure,
        subj or Subject("parliament"),
        scope=scope,
        condition=cond,
        stated=ctx.stated(n),
        comparator=_comparator(n),
        unit=unit,
        notes=["'up/down from N': the figure at the earlier election"],
    )
    f.election = ctx.doc.text[y.start : y.start + 4] if y else "previous"
    if m.group("ago"):
        f.notes.append(m.group("ago"))
    return _draft(ctx, m, f, n, y, rule_name="up_from")


# --- helpers -------------------------------------------------------------------------------


def _comparator(t: Tag | None) -> str:
    if t is None or t.q is None:
        return "eq"
    q = " ".join(t.q.qualifier.lower().split())
    return {
        "more than": "gt",
        "over": "gt",
        "above": "gt",
        "well over": "gt",
        "at least": "ge",
        "no fewer than": "ge",
        "fewer than": "lt",
        "less than": "lt",
        "under": "lt",
        "below": "lt",
        "well under": "lt",
        "at most": "le",
        "no more than": "le",
        "up to": "le",
        "nearly": "nearly",
        "almost": "nearly",
        "close to": "nearly",
        "just under": "nearly",
        "just over": "just_over",
        "a little over": "just_over",
        "about": "about",
        "around": "about",
        "roughly": "about",
        "approximately": "about",
        "some": "about",
        "almost exactly": "about",
    }.get(q, "eq")


def _outcome_word(text: str) -> str | None:
    t = " ".join(text.lower().split())
    if re.search(r"\b(?:won back|win back|wins back|took back|regain\w*|recaptur\w*|retook)\b", t):
        return "won_back"
    if re.search(r"\b(?:held|hold\w*|retain\w*|kept|keeps|clung|hung on|defend\w*|surviv\w*)\b", t):
        return "held"
    if re.search(r"\b(?:lost|los\w*|fell to|falls to)\b", t):
        return "lost"
    if re.search(
        r"\b(?:gain\w*|took|taken|takes|captur\w*|seiz\w*|snatch\w*|grab\w*|unseat\w*|oust\w*|overturn\w*)\b",
        t,
    ):
        return "gained"
    if re.search(
        r"\b(?:won|win\w*|romped|home|beat\w*|defeat\w*|clinch\w*|secur\w*|elected|returned|bagged)\b",
        t,
    ):
        return "won"
    return None


# --- the driver ----------------------------------------------------------------------------


def find_frames(doc: Doc) -> Iterator[tuple[int, Draft]]:
    """Every frame in ``doc``: (sentence index, draft), in text order. Quoted speech is
    skipped; a number used by an earlier rule is not used again; a frame with no number
    that overlaps a frame with one (an outcome inside a margin claim) is dropped."""
    for i, sent in enumerate(doc.sentences):
        yield from ((i, d) for d in _sentence_frames(doc, i, sent))


_POLL = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lx.POLL_WORDS) + r")\b")


def _sentence_frames(doc: Doc, i: int, sent: Span) -> list[Draft]:
    ctx = Ctx(doc, sent, i, [])
    if _POLL.search(doc.folded[sent.start : sent.end]):
        return []  # a poll or survey figure: no results file can check it
    used: set[int] = set()
    typed = doc.typed[sent.start : sent.end]
    present = {k for k, rx in _NEEDS.items() if rx.search(typed)}
    for name, rx, fn in RULES:
        if name in _NEEDS and name not in present:
            continue
        for m0 in rx.finditer(typed):
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


class _Shifted:
    """A match whose offsets are shifted into the whole text."""

    def __init__(self, m: re.Match[str], base: int) -> None:
        self._m, self._b = m, base

    def _has(self, g: str | int) -> bool:
        return not isinstance(g, str) or g in self._m.re.groupindex

    def start(self, g: str | int = 0) -> int:
        if not self._has(g):
            return -1
        s = self._m.start(g)
        return s + self._b if s >= 0 else -1

    def end(self, g: str | int = 0) -> int:
        if not self._has(g):
            return -1
        e = self._m.end(g)
        return e + self._b if e >= 0 else -1

    def span(self, g: str | int = 0) -> tuple[int, int]:
        return self.start(g), self.end(g)

    def group(self, g: str | int = 0) -> str:
        if not self._has(g):
            return None  # type: ignore[return-value]
        return self._m.group(g)

    def groupdict(self) -> dict[str, str | None]:
        return self._m.groupdict()

    def __getitem__(self, g: str | int) -> str:
        return self.group(g)
