"""Typing a story: every entity and number becomes a typed token, and the typed text
(the folded text with each token replaced by its type mark and filler, same length).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims import recache, round9_wrong
from psephos.claims.gazetteer import Gazetteer
from psephos.claims.lexicon_leaders import leader_party_spans
from psephos.claims.model import Mention
from psephos.claims.numbers import Quantity, find_quantities
from psephos.claims.spans import once_per_text
from psephos.claims.text import Span, Spans, fold, quotations, sentences

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
    #: per kind, the starts and tags of that kind (made on first use; see tags_in)
    _kinds: dict[str, tuple[list[int], list[Tag]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _kinds_of: tuple[int, int] = field(default=(0, -1), repr=False, compare=False)

    def tags_in(self, start: int, end: int, *kinds: str) -> list[Tag]:
        """Tags starting in ``start..end`` (binary search: no scan of the whole text).
        For one kind the search runs on that kind's tags alone (the same tags, in the
        same order, without filtering the other kinds out)."""
        if len(kinds) == 1:
            index = self._kind_index(kinds[0])
            lo = bisect.bisect_left(index[0], start)
            return index[1][lo : bisect.bisect_left(index[0], end, lo)]
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        return [t for t in self.tags[lo:hi] if not kinds or t.kind in kinds]

    def _kind_index(self, kind: str) -> tuple[list[int], list[Tag]]:
        if self._kinds_of != (id(self.tags), len(self.tags)):  # made again if tags change
            self._kinds.clear()
            self._kinds_of = (id(self.tags), len(self.tags))
        got = self._kinds.get(kind)
        if got is None:
            mine = [t for t in self.tags if t.kind == kind]
            got = self._kinds[kind] = ([t.start for t in mine], mine)
        return got

    def last_before(self, pos: int, *kinds: str, floor: int = 0) -> Tag | None:
        """The last tag of one of ``kinds`` that starts before ``pos`` (and at or after
        ``floor``): a binary search in each kind's own tags (a scan back over every tag
        ran as far as the kind's last tag: the whole story for a kind it seldom names)."""
        best: Tag | None = None
        for kind in kinds:
            starts, tags = self._kind_index(kind)
            j = bisect.bisect_left(starts, pos) - 1
            if j >= 0 and starts[j] >= floor and (best is None or starts[j] > best.start):
                best = tags[j]
        return best

    def sentence_of(self, pos: int) -> int:
        if not self._sent_starts:
            self._sent_starts = [s.start for s in self.sentences]
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)


# --- typing --------------------------------------------------------------------------------


def _alias_regex(names: list[str], *, keep: bool = True) -> re.Pattern[str]:
    """The names as whole words, longest first (a space matches spaces or hyphens). The
    alternation is grouped by first character, "(?:l(?:ib dem|abour)|g(?:reen))": the
    same names in the same order within each character (names of different first
    characters never match at the same place), so the matches are those of the flat list,
    but the engine tries one branch per character at each position instead of every name.
    (Names that start with a space or a sign are written flat.)"""
    # names of one length in alphabetical order: the pattern is the same text in every
    # process (a set's order is not), so claims.recache finds it
    alts = sorted(sorted({n for n in names if n}), key=len, reverse=True)
    if not all(a[0].isalnum() for a in alts):
        body = "|".join(re.escape(a).replace(r"\ ", r"[\s-]+") for a in alts)
    else:
        groups: dict[str, list[str]] = {}
        for a in alts:
            groups.setdefault(a[0], []).append(re.escape(a[1:]).replace(r"\ ", r"[\s-]+"))
        body = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())
    pattern = rf"(?<![\w\-])(?:{body})(?![\w])"
    # kept between processes (claims.recache) unless it is one text's own (``keep``)
    return recache.compile(pattern) if keep else re.compile(pattern)


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
_CAPITAL_GROUPS = lx.CAPITAL_GROUPS  # "Asian", "Indian", "White British" (round 8)
#: "the East" said of the East of England region (not "the East Midlands", "the East End",
#: "the East Riding", "the East Coast" ...)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")  # "the East Kilbride road": part of a longer name
_THE_EAST = re.compile(
    r"(?<![\w\-])the\s+(?P<e>east)(?![\w\-])(?!\s+(?:midlands|of\s+england|anglia|end|riding|coast|"
    r"sussex|kent|london|lothian|ayrshire|dunbartonshire|renfrewshire|yorkshire)\b)"
)


def _party_regex(gaz: Gazetteer) -> re.Pattern[str]:
    from psephos.store.connect import memo  # noqa: F401 - for the docs; cached on gaz below

    cached = getattr(gaz, "_party_re", None)
    if cached is None:
        names = [k for k in gaz.parties if len(k) >= 3 and k not in ("independent", "speaker")]
        cached = _alias_regex(names)
        gaz._party_re = cached  # type: ignore[attr-defined]
    return cached


_WORD = re.compile(r"[\w']+")
#: the text's numbers, found once per text (a text is tagged twice when its election is
#: not settled, with the same numbers)
_quantities = once_per_text(find_quantities)
_POSSESSIVE = re.compile(r"'s$")


def _seat_ngrams(text: str, folded: str, gaz: Gazetteer) -> Iterator[tuple[int, int, str]]:
    """Seat names of two words or more whose words are separated by spaces, commas or
    hyphens ("Dumfriesshire, Clydesdale and Tweeddale"), which capitalised runs split:
    word n-grams looked up in the gazetteer, longest first (linear in the text: an n-gram
    grows only while it is the start of some seat name)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
    prefixes = _seat_prefixes(gaz)
    longest = max(2, gaz.max_seat_words)
    # only a capitalised word opens a name: the others are skipped in one pass (round 10)
    after = 0  # the first word a name found so far does not take in
    for i in [i for i, (s0, _e) in enumerate(words) if text[s0].isupper()]:
        if i < after:
            continue
        s0 = words[i][0]
        # the gazetteer's keys drop possessives ("Queen's Park" -> "queen park")
        k = _POSSESSIVE.sub("", folded[s0 : words[i][1]])
        hit = None
        for n in range(2, min(longest, len(words) - i) + 1):
            if k not in prefixes:
                break
            j = i + n - 2
            gap = folded[words[j][1] : words[j + 1][0]]
            if gap.strip(" ,-(") or len(gap) > 3:
                break  # every longer n-gram has this gap too
            a, b = words[j + 1]
            k = f"{k} {_POSSESSIVE.sub('', folded[a:b])}"
            if k in gaz.seats:
                hit = (n, k)
        if hit:
            n, k = hit
            end = words[i + n - 1][1]
            # a bracketed qualifier closes the name: "Richmond (Yorks)"
            if "(" in folded[s0:end] and folded[end : end + 1] == ")":
                end += 1
            yield (s0, end, k)
            after = i + n


def _seat_prefixes(gaz: Gazetteer) -> frozenset[str]:
    """The first 1, 2, ... words of every seat key (kept on the gazetteer)."""
    cached = getattr(gaz, "_seat_prefixes", None)
    if cached is None or cached[0] != len(gaz.seats):
        pre: set[str] = set()
        for key in gaz.seats:
            words = key.split(" ")
            pre.update(" ".join(words[:m]) for m in range(1, len(words) + 1))
        cached = (len(gaz.seats), frozenset(pre))
        gaz._seat_prefixes = cached  # type: ignore[attr-defined]
    return cached[1]


@dataclass(frozen=True)
class _Lexical:
    """What typing finds in a text whatever its mentions: the folded text, the candidate
    tags of the gazetteer's multi-word seat names and of the lexicons (parties, areas,
    "the East", census groups), in the order :func:`tag` offers them, and the sentences
    and quotations. Each candidate is a tuple of the fields its tag is made from."""

    folded: str
    seats: tuple[tuple[int, int, str, str, tuple[tuple[str, str], ...]], ...]
    parties: tuple[tuple[int, int, str, str], ...]
    areas: tuple[tuple[int, int, str, str, str], ...]
    east: tuple[tuple[int, int, str], ...]
    groups: tuple[tuple[int, int, str, str], ...]
    sentences: tuple[Span, ...]
    quotes: tuple[tuple[int, int], ...]


def _lexical(text: str, gaz: Gazetteer) -> _Lexical:
    """:class:`_Lexical` of ``text``, kept for the last text and gazetteer: a text whose
    election is not settled is typed twice (once more with the 1918-2005 seat names,
    :func:`psephos.claims.check._read_text`), and only the mentions differ."""
    got = _LEXICAL[0] if _LEXICAL else None  # one tuple, swapped whole: thread-safe
    size = (len(gaz.seats), len(gaz.parties))
    if got is None or got[1] is not gaz or got[2] != size or not (got[0] is text or got[0] == text):
        got = (text, gaz, size, _scan(text, gaz))
        _LEXICAL[:] = [got]
    return got[3]


_LEXICAL: list[tuple[str, Gazetteer, tuple[int, int], _Lexical]] = []


def _scan(text: str, gaz: Gazetteer) -> _Lexical:
    """:class:`_Lexical` computed (the candidates :func:`tag` tries, in its order)."""
    folded = fold(text)
    seats = []
    for a, b, k in _seat_ngrams(text, folded, gaz):
        rows = gaz.seats[k]
        codes = tuple((r["boundary_set"], r["ons_code"]) for r in rows)
        seats.append((a, b, text[a:b], rows[0]["name"], codes))
    parties = []
    for m in _party_regex(gaz).finditer(folded):
        start, name = m.start(), m.group()
        if not text[start].isupper() and name.startswith("the "):
            # an alias listed with its article ("the Brexit Party"): the name after it
            start, name = start + 4, name[4:]
        raw = text[start : m.end()]
        if not raw[:1].isupper():
            continue
        code = gaz.parties.get(" ".join(name.replace("-", " ").split()))
        if code:
            parties.append((start, m.end(), raw, code))
    areas = []
    # round 11 (FOUND11): an area inside a census group ("born in England", "no one who
    # speaks English as a main language") is the group's word, not a place
    in_group = [(g.start(), g.end()) for g in _GROUP_RE.finditer(folded)]
    group_starts = [a for a, _ in in_group]
    # the group matches do not overlap (finditer), so the one starting last before an area
    # is the only one that can hold it: bisected, not every group for every area
    for m in _AREA_RE.finditer(folded):
        raw = text[m.start() : m.end()]
        k = " ".join(m.group().replace("-", " ").split())
        if k not in lx.AREAS:
            k = m.group()
        if not raw[:1].isupper() and k not in _LOWER_OK_AREAS:
            continue
        if (g := _GROUP_RE.match(folded, m.start())) and g.end() > m.end():
            continue  # "UK passport": a census group that starts with an area (round 9)
        i = bisect.bisect_left(group_starts, m.start()) - 1
        if i >= 0 and m.end() <= in_group[i][1]:
            continue
        level, name = lx.AREAS.get(k, lx.AREAS.get(m.group(), ("uk", "UK")))
        areas.append((m.start(), m.end(), raw, level, name))
    east = []
    for m in _THE_EAST.finditer(folded):
        # "the narrowest result in the East": the East of England (capitalised; the East
        # Midlands, the East End and seats such as East Ham are tagged or refused first)
        if text[m.start("e")].isupper() and not _CAPITAL_NEXT.match(text, m.end()):
            east.append((m.start(), m.end(), text[m.start() : m.end()]))
    groups = []
    for m in _GROUP_RE.finditer(folded):
        raw = text[m.start() : m.end()]
        if m.group() in _CAPITAL_GROUPS and not raw[:1].isupper():
            continue
        # the alias regex matches a space as spaces or hyphens ("no-religion"): the key as listed
        key = " ".join(m.group().replace("-", " ").split())
        group = lx.GROUPS.get(key, lx.GROUPS.get(m.group()))
        if group is None:
            continue
        groups.append((m.start(), m.end(), raw, group))
    return _Lexical(
        folded,
        tuple(seats),
        tuple(parties),
        tuple(areas),
        tuple(east),
        tuple(groups),
        tuple(sentences(text)),
        tuple(quotations(text)),
    )


def tag(text: str, mentions: list[Mention], gaz: Gazetteer) -> Doc:
    """Type ``text``: entities from ``mentions`` (seats, people, roles) and from the
    lexicons (parties, areas, census groups), then numbers; earlier kinds win overlaps.
    What does not depend on the mentions is found once per text (:func:`_lexical`)."""
    lex = _lexical(text, gaz)
    folded = lex.folded
    tags: list[Tag] = []
    taken = bytearray(len(text) + 1)

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def add(t: Tag) -> None:
        if t.end <= t.start or not free(t.start, t.end):
            return
        tags.append(t)
        taken[t.start : t.end] = b"\x01" * (t.end - t.start)

    # round 10 (FOUND): "Neil Kinnock's party" is the party he led (claims.lexicon_leaders),
    # typed before the people so the name is not read as a person
    for a, b, name in leader_party_spans(text, folded):
        code = gaz.parties.get(name)
        if code:
            add(Tag("party", a, b, text[a:b], {"code": code}, "the party of its leader, named"))
    for mn in mentions:
        if mn.kind == "seat":
            add(Tag("seat", mn.start, mn.end, mn.text, dict(mn.ref), mn.how))
        elif mn.kind == "party" and mn.ref.get("series"):
            # a party as the 1918-2005 series names it ("the Liberals", the 1983 Alliance):
            # claims.series_seats, in a story about a series election only
            add(Tag("party", mn.start, mn.end, mn.text, {"code": mn.ref["party_code"]}, mn.how))
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
    for a, b, raw, name, codes in lex.seats:
        if free(a, b):
            add(
                Tag(
                    "seat",
                    a,
                    b,
                    raw,
                    {"name": name, "codes": dict(codes)},
                    "seat name with punctuation",
                )
            )
    # surnames of people named in full, alone ("Denyer tells the count")
    full = [t for t in tags if t.kind == "person" and t.ref.get("resolved") and t.ref.get("key")]
    if full:
        by_surname: dict[str, Tag] = {}
        for t in full:
            by_surname.setdefault(t.ref["key"].split()[-1], t)
        rx = _alias_regex(list(by_surname), keep=False)  # this text's people
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
    for start, end, raw, code in lex.parties:
        add(Tag("party", start, end, raw, {"code": code}, "party name or nickname"))
    for start, end, raw, level, name in lex.areas:
        add(Tag("area", start, end, raw, {"level": level, "name": name}, "area name"))
    # round 9 (WRONG): "the nationalists" in a story on Scotland (the SNP) or Wales (Plaid)
    for s, e, code in round9_wrong.nationalist_tags(text, folded, tags):
        add(
            Tag(
                "party", s, e, text[s:e], {"code": code}, "'the nationalists' of the story's nation"
            )
        )
    for start, end, raw in lex.east:
        add(
            Tag(
                "area",
                start,
                end,
                raw,
                {"level": "region", "name": "East of England"},
                "'the East': the East of England region",
            )
        )
    for start, end, raw, group in lex.groups:
        add(Tag("group", start, end, raw, {"group": group}, "census group"))
    for q in _quantities(text):
        kind = {"money": "other", "date": "other", "time": "other", "age": "other"}.get(
            q.kind, q.kind
        )
        add(Tag(kind, q.start, q.end, q.text, {"kind": q.kind}, "number", q))
    tags.sort(key=lambda t: t.start)
    # the tags do not overlap (add() keeps the first): the typed text is built in pieces
    typed: list[str] = []
    prev = 0
    for t in tags:
        typed += (folded[prev : t.start], MARK[t.kind], FILL * (t.end - t.start - 1))
        prev = t.end
    typed.append(folded[prev:])
    doc = Doc(
        text,
        folded,
        "".join(typed),
        list(lex.sentences),
        Spans(lex.quotes),
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
