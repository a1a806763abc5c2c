"""Round 11 (WRONG13): classes of true claims the thirteenth held-out batch saw called false.

Read right (docs/claims.md, "Round 11: wrong13"):

- *a majority turned into another*: "turned a Liberal Democrat majority of almost 7,000
  into a Conservative majority of more than 5,500", "converting a majority of 3,272 into one
  of 6,453", "Esther McVey's majority of 2,436 was turned into a Labour majority of 417": the
  first majority is the seat's at the general election before the one the claim is read at
  (its previous winner's), the second the claim's own (:func:`turned_into`);
- *a pronoun subject*: "Its share reached 30.4 per cent, only six points less than
  Labour's, and it polled 839,617 votes": "it" is the party the sentence is about (its
  grammatical subject, or the story's party when the sentence opens with a pronoun), never
  the party named only as the object of "than"/"from"/"against"; when another party named
  nearer is a subject of its own, the pronoun is ambiguous and the claim is left unresolved
  (:func:`pronoun_subject`, :func:`ambiguous_pronouns`).
"""

from __future__ import annotations

import re
from typing import Any

# --- a majority turned into another ---------------------------------------------------------

#: a verb of turning, then the majority turned, up to the figure: "turned a Liberal Democrat
#: majority of almost", "converting the Tories' majority of", "transformed his majority of"
_TURN_HEAD = re.compile(
    r"\b(?:turn|convert|transform|chang|flipp?)(?:s|ed|ing|e|es)?\s+"
    r"(?:[\w'\u2019.-]+\s+){0,5}?(?:majority|lead)\s+(?:of\s+)?(?:[a-z-]+\s+){0,3}$"
)
#: "a 2,000-vote majority" after a verb of turning: the figure before the noun
_TURN_HEAD_ADJ = re.compile(
    r"\b(?:turn|convert|transform|chang|flipp?)(?:s|ed|ing|e|es)?\s+"
    r"(?:[\w'\u2019.-]+\s+){0,3}?(?:[a-z-]+\s+){0,2}$"
)
#: after the figure: "(votes) (in Colchester) into": the first of the pair
_INTO_AFTER = re.compile(
    r"(?:[\s-]*votes?)?(?:\s*-?\s*vote)?(?:\s+(?:\w+\s+)?majority)?"
    r"(?:\s+(?:in|at|for|over)\s+[^,.;:\n]{1,50}?)?\s+into\b"
)
#: the passive: "a majority of 2,436 (in Wirral West) was turned into"
_PASSIVE_AFTER = re.compile(
    r"(?:\s+votes?)?(?:\s+(?:in|at|for|over)\s+[^,.;:\n]{1,50}?)?\s+"
    r"(?:was|were|is|has\s+been|had\s+been|got|been)\s+(?:\w+\s+)?"
    r"(?:turned|converted|transformed|changed|flipped)\s+into\b"
)
_MAJORITY_BEFORE = re.compile(r"\bmajority\s+(?:of\s+)?(?:[a-z-]+\s+){0,3}$")
#: a year of the figure's own in the words before it ("his 2010 majority of"): already dated
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")

TURNED_NOTE = "a majority turned into another: the seat's majority at the election before"


def turned_first(folded: str, at: int, end: int, lo: int) -> bool:
    """Whether the figure at ``folded[at:end]`` is the first majority of a pair turned one
    into the other ("turned a majority of N into ...", "a majority of N was turned into"),
    reading back no further than ``lo`` (the sentence start)."""
    head = folded[max(lo, at - 90) : at]
    cut = max(head.rfind(p) for p in ".;:\n")
    head = head[cut + 1 :]
    after = folded[end : end + 90]
    if _YEAR.search(head[-40:]):
        return False  # "his 2010 majority of 4,078": the figure names its own election
    if _TURN_HEAD.search(head) and _INTO_AFTER.match(after):
        return True
    if _TURN_HEAD_ADJ.search(head) and re.match(
        r"[\s-]*votes?\s*(?:[a-z]+\s+)?majority\s+into\b|-vote\s+(?:[a-z]+\s+)?majority\s+into\b",
        after,
    ):
        return True
    return bool(_MAJORITY_BEFORE.search(head) and _PASSIVE_AFTER.match(after))


def turned_into(claims: list[Any], folded: str, info: dict[str, Any], sentences: Any) -> None:
    """Move the first majority of "turned A into B" to the general election before the one
    it was read at (the frame's election, in place): A was the seat's majority before the
    change. Across new boundaries (the old seat's majority, or the notional one?) the claim
    is left unresolved. A majority already read at an earlier election is left alone."""
    general = info["general"]
    order = sorted(general, key=lambda k: str(general[k]))
    for c in claims:
        f = c.frame
        if f is None or f.measure != "majority" or f.stated is None or f.baseline is not None:
            continue
        if f.scope.seat is None or f.election not in order or "a majority" in " ".join(f.notes):
            continue
        at = folded.find(f.stated.text.lower(), c.start, c.end)
        if at < 0:
            continue
        m = _FIGURE.match(folded, at)
        end = m.end() if m else at + len(f.stated.text)
        lo = next((s.start for s in sentences if s.start <= at < s.end), 0)
        if not turned_first(folded, at, end, lo):
            continue
        i = order.index(f.election)
        if i == 0:
            f.unresolved.append("election: a majority turned into another, before the first")
            continue
        prev = order[i - 1]
        if info["bsets"].get(prev) != info["bsets"].get(f.election):
            f.unresolved.append(
                f"election: a majority turned into another, at {prev}: the old seat's or the "
                "notional one"
            )
            continue
        f.election = prev
        f.outcome = None
        f.election_how = "the election before (a majority turned into another)"
        f.notes.append(TURNED_NOTE)
        c.params["election"] = {"id": prev, "how": f.election_how}


# --- a pronoun subject ---------------------------------------------------------------------

#: "it"/"they" as the subject right before the claim's verb ("and it polled", "they also won")
_IT_BEFORE = re.compile(
    r"\b(?:it|they)\s+(?:(?:also|still|only|then|now|too|even|eventually|alone|had|has|have)\s+)"
    r"{0,2}$"
)
AMBIGUOUS = "ambiguous"


def pronoun_subject(ctx: Any, pos: int) -> Any:
    """The party "it"/"they" right before ``pos`` refers to: the sentence's topic (its first
    party that is not the object of "than"/"from"/"against"..., else the story's party when
    the sentence opens with a pronoun). None when the words before are no such pronoun or no
    topic is known. When another party named nearer is not such an object, the pronoun
    could be either: the topic is returned with a ``how`` that says so
    (:func:`ambiguous_pronouns` leaves such a claim unresolved)."""
    from psephos.claims.extract.patterns import subject_of

    near = ctx.doc.folded[max(ctx.sent.start, pos - 30) : pos]
    pm = _IT_BEFORE.search(near)
    if pm is None:
        return None
    topic = ctx.sentence_topic(pos)
    if topic is None:
        return None
    at = max(ctx.sent.start, pos - 30) + pm.start()
    inner = ctx.clauses(at)
    named = [
        t
        for t in ctx.doc.tags_in(ctx.sent.start, at, "party")
        if not any(a <= t.start < b for a, b in inner)
    ]
    key = topic.ref.get("code")
    # parties named nearer as subjects of their own (not "than Labour's", "from the SNP")
    others = [t for t in named if not _is_object(ctx, t) and t.ref.get("code") != key]
    word = pm.group().split()[0]
    if others:
        return subject_of(
            topic,
            f"'{word}' refers to the party the sentence is about ({topic.text}); "
            f"{AMBIGUOUS}: {others[-1].text} is named nearer",
        )
    return subject_of(topic, f"'{word}' refers to the party the sentence is about ({topic.text})")


def _is_object(ctx: Any, t: Any) -> bool:
    from psephos.claims.extract.patterns import _OBJECT_OF

    return bool(_OBJECT_OF.search(ctx.doc.folded, max(ctx.sent.start, t.start - 12), t.start))


def ambiguous_pronouns(claims: list[Any]) -> None:
    """A claim whose party came from an ambiguous pronoun (:func:`pronoun_subject`) is left
    unresolved: a wrong antecedent must not make a contradiction."""
    for c in claims:
        f = c.frame
        if f is None or AMBIGUOUS not in (f.subject.how or ""):
            continue
        f.unresolved.append(f"subject: {f.subject.how}")


# --- a census group named in the continuing sentence -----------------------------------------


def sentence_group(ctx: Any, pos: int) -> tuple[str, str] | bool | None:
    """The ranking a continuation at ``pos`` ("with Liverpool Riverside second") continues
    when its own sentence names a census group before it: ``(metric, direction)`` when a
    superlative follows the group ("Younger people living alone are most common in X, with
    Y second"), ``False`` when none does (the group is the sentence's, so a ranking carried
    from an earlier sentence is not this one's: no claim), None when the sentence names no
    group."""
    from psephos.claims import lexicon as lx
    from psephos.claims.extract.continued import _SUP_ANY

    groups = [g for g in ctx.doc.tags_in(ctx.sent.start, pos, "group") if g.end <= pos]
    if not groups:
        return None
    g = groups[-1]
    for sm in _SUP_ANY.finditer(ctx.doc.typed, g.end, pos):
        word = " ".join(sm.group().split())
        if word in lx.SUPERLATIVES and lx.SUPERLATIVES[word][1] is None:
            return f"census:{g.ref['group']}", lx.SUPERLATIVES[word][0]
    return False


def carried_or_own(ctx: Any, pos: int, before: tuple[str, Any, str]) -> tuple[str, Any, str] | None:
    """A ranking carried from the paragraph (``(metric, scope, direction)``), checked
    against the census group the continuing sentence names (:func:`sentence_group`): the
    sentence's own group and superlative when it has them, None (no claim) when it names a
    group with no superlative, ``before`` unchanged otherwise."""
    said = sentence_group(ctx, pos)
    if said is None:
        return before
    if not isinstance(said, tuple):
        return None
    if said[0] == before[0]:
        return before
    return said[0], None, said[1]


# --- a story's own turnout ------------------------------------------------------------------


def _uk_turnout_false(c: Any) -> bool:
    """A turnout, or a change in it, said of the election with no area and called false
    for the UK (:func:`psephos.claims.round10_uncertain._turnout` takes the ``uncertain``
    ones)."""
    from psephos.claims.evaluate_guard import _default_scope

    f = c.claim.frame
    if c.verdict != "contradicted" or f is None or f.unresolved or f.stated is None:
        return False
    if f.subject.kind != "parliament" or not f.election or not _default_scope(f):
        return False
    return f.measure == "turnout" or (f.measure == "change" and f.metric == "turnout")


def story_turnout(
    con: Any,
    text: str,
    checked: list[Any],
    mentions: Any,
    story_election: str | None,
    reread: Any,
) -> list[Any]:
    """ "Turnout was up slightly on five years ago, at 67.6 per cent" in a story about the
    East of England, said with no area and false for the UK: read for the story's one nation
    or region (:func:`psephos.claims.evaluate_round9.story_area`) - ``supported`` when true
    there, ``contradicted`` only when false there too, else ``uncertain``. A claim whose
    sentence names another area or the country stays as it was."""
    import dataclasses

    from psephos.claims import evaluate_round9 as r9
    from psephos.claims.round10_uncertain import elsewhere

    todo = [i for i, c in enumerate(checked) if _uk_turnout_false(c)]
    if not todo:
        return checked
    area = r9.story_area(con, text, mentions, story_election) or _seats_area(
        con, text, mentions, story_election
    )
    if area is None:
        return checked
    seats = [m for m in mentions if m.kind == "seat"]
    parties = [m for m in mentions if m.kind == "party"]
    out = list(checked)
    for i in todo:
        c = out[i]
        if elsewhere(text, c, area, seats, parties):
            continue
        got = reread(c, dataclasses.replace(c.claim.frame, scope=area.scope()))
        said = f"Read for {area.name}, the story's area ({area.how}): "
        if got.verdict in ("supported", "contradicted"):
            out[i] = dataclasses.replace(
                got, explanation=f"{said}{got.explanation} (For the UK: {c.explanation})"
            )
        else:
            out[i] = dataclasses.replace(
                c,
                verdict="uncertain",
                explanation=f"Not called false: the story is about {area.name} and the "
                f"turnout names no area; {area.name}: {got.explanation} (For the UK: "
                f"{c.explanation})",
            )
    return out


def _seats_area(con: Any, text: str, mentions: Any, election: str | None) -> Any:
    """The region the story's seats are in, when its opening names no nation or region it
    reads ("The political map of the East", the East of England): at least three seats
    placed, two-thirds or more of them in one region (else None)."""
    from psephos.claims import evaluate_round9 as r9

    seats = [m for m in mentions if m.kind == "seat"]
    head, lede = r9.opening(text)
    if r9._areas_in(text, head[0], head[1], seats) + r9._areas_in(text, lede[0], lede[1], seats):
        return None  # an area named: story_area has decided
    placed = [p for p in (r9._place(con, s, election) for s in seats if s.resolved) if p]
    if len(placed) < 3:
        return None
    regions = [region for region, _ in placed if region]
    top = max(set(regions), key=regions.count) if regions else None
    if top is None or regions.count(top) < r9._MOST * len(placed):
        return None
    return r9.StoryArea(
        "region",
        top,
        f"the opening names no area it reads, and {regions.count(top)} of the "
        f"{len(placed)} seats the story names are in {top}",
    )


# --- a majority's direction in a seat the sentence names -----------------------------------

#: how extraction says it found a seat in the claim's own sentence
_IN_SENTENCE = re.compile(
    r"^(?:the nearest seat named before the claim|named in the claim|the seat named in the "
    r"sentence|the seat named after the claim in the sentence)$"
)


SEAT_IN_CLAUSE = "round 11: the seat is named in the claim's own clause"
#: a break between two clauses that may be about two seats (", and in Ayr ...")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\b|;|\s(?:but|while|whereas)\s|\u2014")


def seat_in_clause(claims: list[Any], folded: str, sentences: Any) -> None:
    """Mark a seat's change with no figure of its own whose seat is named earlier in its
    own clause ("In Blackpool South, Gordon Marsden's majority is cut to 2,585"): no clause
    break (", and", ";", "but", "while") between the seat's name and the claim. In "In
    Eastwood, ... Murphy doubled the majority, and in Ayr ... whose majority fell" the
    nearest seat named is another clause's and stays a guess. ``folded``: the story in
    lower case, positions as in the text."""
    for c in claims:
        f = c.frame
        if f is None or f.measure != "change" or f.stated is not None:
            continue
        if f.scope.level != "seat" or not _IN_SENTENCE.match(f.scope.how or ""):
            continue
        name = str(f.scope.name or "").lower()
        lo = next((s.start for s in sentences if s.start <= c.start < s.end), 0)
        at = folded.rfind(name, lo, c.start) if name else -1
        if at < 0 or _CLAUSE_BREAK.search(folded, at + len(name), c.start):
            continue
        f.notes.append(SEAT_IN_CLAUSE)


def named_in_sentence(frame: Any) -> bool:
    """Whether a seat's change with no figure of its own ("In Weaver Vale Graham Evans's
    majority rose": it fell) is in a seat named in its own clause (:func:`seat_in_clause`):
    then the seat is no guess from earlier text, and the direction is checked."""
    return frame.measure == "change" and SEAT_IN_CLAUSE in frame.notes
