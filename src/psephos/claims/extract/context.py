"""Sentence-level checks run after every rule has read a sentence: slots a rule filled from
the wrong place, found by looking at the other frames of the sentence and at the words
around them (round 6b, the eighth held-out batch; docs/claims.md, "Eighth held-out batch").

Each function takes the sentence's :class:`~psephos.claims.extract.patterns.Ctx` once its
drafts are complete and either fills a slot from a better source (a figure attached to an
outcome takes the outcome's seat) or records the slot as unresolved, so that a claim the
checker cannot be sure it read right is ``uncertain``, never ``contradicted``:

- :func:`figure_after_outcome`: "Andy Sawford took it back for Labour with 48.4 per cent",
  "X held the seat with 45 per cent": the share or vote figure qualifying an outcome is the
  winner's figure IN THAT SEAT (and at that seat's contest), not the party's national share
  or the candidate's figure at another election.
- :func:`unknown_group_subject`: "The Unionists, fighting their last election ..., fell to 24
  seats": a sentence whose subject is a capitalised group the tagger does not know is not
  about the party of the previous sentence; a pronoun or the story's party is not used.
- :func:`later_clause_seat`: "X fell to them by 2,136 and Y by 1,470": a seat named in a
  LATER coordinate clause belongs to that clause's figure, not the one before it.
- :func:`by_election_record`: "the lowest at any by-election since 2010" is a record among
  by-elections, which the general-election series cannot judge.
- :func:`unknown_share_qualifier`: "the highest Chinese share", "the largest White Irish
  share", "half of all residents are of Pakistani heritage, the highest share of any seat":
  a share qualified by a group the census lexicon does not hold is not the winner's vote
  share, nor a broader census group's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from psephos.claims.frame import Subject, SubjectKind

if TYPE_CHECKING:
    from psephos.claims.extract.patterns import Ctx, Draft

# a clause break or a conjunction between two frames: they are two statements
_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|which|who|where)\b")
#: a scope the share rule took for lack of a seat in its own words
_FALLBACK_SCOPE = re.compile(
    r"^no (?:area|seat)|candidate's seat|last seat named|sentence names no seat|"
    r"paragraph is about",
    re.I,
)
#: a subject taken from outside the sentence's own words (a pronoun, the story's party)
_BORROWED_SUBJECT = re.compile(
    r"refers to the party|refers to the last|no subject in the sentence|the story's party|"
    r"the story is on",
    re.I,
)
# "The Unionists, ..." / "The Nationalists fell ..." : a capitalised plural opening the
# sentence (the text as written: capitals matter)
_OPENING_GROUP = re.compile(r"\s*The\s+(?P<g>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s)\b(?=\s*[,\w])")
# a residents' figure: the sentence is about people, not votes
_RESIDENTS = re.compile(
    r"\b(?:residents|of\s+(?:all\s+)?(?:the\s+)?(?:people|population|adults|households)|"
    r"heritage|identify|identified|ethnic|born\s+(?:in|abroad|outside))\b",
    re.I,
)
#: a paragraph break between two sentences
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: a sentence opening on "it"/"its" (after a connective)
_OPENS_IT = re.compile(
    r"\s*(?:(?:but|and|yet|so|still|however|meanwhile|instead)\s*,?\s+)?(?:it|its)\b"
)
_TURNOUT = re.compile(r"\bturnouts?\b")
#: measures whose share metric becomes the turnout's when 'it' is turnout
_TURNOUT_MEASURES = {"change", "record", "first_since", "superlative", "rank"}
#: a party subject a pronoun or "the party" took from earlier text (patterns.Ctx.anaphor,
#: Ctx.subject_before)
_PRONOUN_HOW = re.compile(
    r"refers to the party (?:the story|the sentence) is|no subject in the sentence: the story's"
)
#: a party named as the object of a comparison or a transfer
_PARTY_AS_OBJECT = re.compile(r"\b(?:from|against|than|over|behind|by|to)\s+(?:the\s+)?$")
_GENERIC_QUALIFIER = re.compile(
    r"^(?:vote|votes|voting|party|parties|seat|seat's|winning|winner's|winners'|overall|"
    r"total|combined|national|regional|local|popular|own|their|its|his|her|the|of|in|"
    r"any|all|candidate's|party's|percentage|point|points|election|electoral|poll)$",
    re.I,
)


def settle(ctx: Ctx) -> None:
    """Run every check on the sentence's drafts (in place)."""
    turnout_antecedent(ctx)
    two_party_antecedent(ctx)
    figure_after_outcome(ctx)
    unknown_group_subject(ctx)
    later_clause_seat(ctx)
    by_election_record(ctx)
    unknown_share_qualifier(ctx)


def _previous_sentence(ctx: Ctx) -> tuple[int, int] | None:
    """The span of the sentence before ``ctx``'s in the same paragraph, or None."""
    if ctx.index <= 0:
        return None
    prev = ctx.doc.sentences[ctx.index - 1]
    if _PARAGRAPH_BREAK.search(ctx.doc.text, prev.end, ctx.sent.start):
        return None
    return prev.start, prev.end


def _borrowed_party(ctx: Ctx, d: Draft) -> bool:
    """Whether ``d``'s subject is a party that a pronoun or "the party" took from before
    the sentence (its own words name none)."""
    s = d.frame.subject
    return (
        s.kind == "party"
        and bool(s.party)
        and 0 <= s.start < ctx.sent.start
        and _PRONOUN_HOW.search(s.how or "") is not None
    )


def turnout_antecedent(ctx: Ctx) -> None:
    """ "The striking figure was turnout. It fell by 12 points to 59.4 per cent, the lowest
    since 1918": a sentence opening on "it"/"its" right after a sentence that names turnout
    and no party or person is about turnout, not about the party named before that. The
    party's share, its change and its records are read as the turnout's; any other figure
    borrowed from that party is left unresolved (round 6c: read as the Liberal Democrats'
    share, a true record was called false)."""
    prev = _previous_sentence(ctx)
    if prev is None or not _OPENS_IT.match(ctx.doc.folded, ctx.sent.start, ctx.sent.end):
        return
    p0, p1 = prev
    if not _TURNOUT.search(ctx.doc.folded, p0, p1) or ctx.doc.tags_in(p0, p1, "party", "person"):
        return
    for d in ctx.drafts:
        if not _borrowed_party(ctx, d):
            continue
        f = d.frame
        how = "'it' refers to turnout, named in the sentence before (which names no party)"
        kind: SubjectKind = "seat" if f.scope.level == "seat" else "parliament"
        if f.measure == "share" and f.unit != "electorate":
            f.measure, f.metric, f.unit = "turnout", "turnout", "percent"
        elif f.measure in _TURNOUT_MEASURES and f.metric in ("share", None):
            # "It was the lowest since 1918": a record in what 'it' is
            f.metric = "turnout"
            f.unresolved = [u for u in f.unresolved if not u.startswith("metric:")]
        else:
            f.unresolved.append(f"subject: {how}, not {f.subject.text}")
            continue
        f.subject = Subject(kind, how=how)
        # a doubt about which party was meant no longer applies
        f.unresolved = [u for u in f.unresolved if not u.startswith("subject:")]
        f.notes.append("the figure is the turnout's ('it' = turnout)")


def two_party_antecedent(ctx: Ctx) -> None:
    """ "Labour took 14 seats there, and the South East was the only English region where
    the Conservatives polled more votes than Labour. In the South West they held 22 of the
    43 seats": a pronoun after a sentence that names two parties may mean either; the
    sentence's first party is only a guess. With exactly one other party named there, the
    claim carries both candidates (evaluation reads it both ways:
    ``evaluate._either_party``: true of both, or a tight figure true of one and false of
    the other, is ``supported``; anything else ``uncertain``); with more, the subject is
    unresolved (round 6c: read as Labour's, the Conservatives' 22 seats were called
    false)."""
    prev = _previous_sentence(ctx)
    if prev is None:
        return
    p0, p1 = prev
    named = {
        str(t.ref.get("code"))
        for t in ctx.doc.tags_in(p0, p1, "party")
        if t.ref.get("code")
        # "more votes than Labour", "seats won by Labour": an object, not a candidate
        and not _PARTY_AS_OBJECT.search(ctx.doc.folded, max(p0, t.start - 12), t.start)
    }
    if len(named) < 2:
        return
    for d in ctx.drafts:
        if not _borrowed_party(ctx, d) or d.frame.unresolved:
            continue
        s = d.frame.subject
        if ctx.doc.tags_in(ctx.sent.start, d.start, "party"):
            continue  # the sentence names a party of its own before the claim
        others = sorted(named - {str(s.party)})
        if len(others) == 1:
            d.frame.unresolved.append(
                f"subject: '{s.text}' or the other party named in the sentence before "
                f"({others[0]}): the pronoun does not say which"
            )
        else:
            d.frame.unresolved.append(
                f"subject: the sentence before names {len(named)} parties "
                f"({', '.join(sorted(named))}); the pronoun does not say which"
            )


def figure_after_outcome(ctx: Ctx) -> None:
    """A share or vote figure joined to an outcome by a short phrase with no clause break
    ("took it back for Labour with 48.4 per cent", "held the seat with 45 per cent") is
    measured in the outcome's seat, when its own words name no seat."""
    outcomes = [
        d
        for d in ctx.drafts
        if d.frame.measure == "outcome" and d.frame.scope.level == "seat" and d.frame.scope.seat
    ]
    for d in ctx.drafts:
        if d.frame.measure not in ("share", "votes") or not d.numbers:
            continue
        if d.frame.scope.level == "seat" and not _FALLBACK_SCOPE.search(d.frame.scope.how or ""):
            continue
        if ctx.doc.tags_in(d.start, d.end, "seat", "area"):
            continue
        for o in outcomes:
            gap = ctx.doc.folded[o.end : d.start]
            if not 0 <= d.start - o.end <= 40 or _BREAK.search(gap) or len(gap.split()) > 4:
                continue
            if ctx.doc.tags_in(o.end, d.start, "seat", "area"):
                continue
            d.frame.scope = replace(
                o.frame.scope,
                how=f"the seat of the outcome it qualifies ({o.frame.scope.name})",
            )
            d.frame.notes.append("a figure qualifying an outcome: the winner's in that seat")
            break


def unknown_group_subject(ctx: Ctx) -> None:
    """A sentence opening on a capitalised group the tagger does not know ("The Unionists,
    fighting their last election as a separate party, fell to 24 seats") is about that
    group: a party subject borrowed from earlier text is left unresolved."""
    raw = ctx.doc.text[ctx.sent.start : ctx.sent.end]
    m = _OPENING_GROUP.match(raw)
    if m is None:
        return
    g0 = ctx.sent.start + m.start("g")
    g1 = ctx.sent.start + m.end("g")
    if ctx.doc.tags_in(g0, g1, "party", "person", "seat", "area", "group"):
        return
    for d in ctx.drafts:
        s = d.frame.subject
        if s.kind != "party" or not _BORROWED_SUBJECT.search(s.how or ""):
            continue
        if s.start >= ctx.sent.start:
            continue  # a party the sentence names itself
        d.frame.unresolved.append(
            f"subject: the sentence is about '{m.group('g')}', which names no party the "
            f"store holds ('{s.text}' was named earlier)"
        )


def later_clause_seat(ctx: Ctx) -> None:
    """A margin whose seat was found only AFTER it, across "and" or a comma ("X fell to
    them by 2,136 and Y by 1,470"): that seat is the later clause's; the margin's own seat
    is unknown."""
    for d in ctx.drafts:
        sc = d.frame.scope
        if d.frame.measure != "majority" or sc.level != "seat" or not sc.seat:
            continue
        names = {_plain(sc.name or ""), _plain(str(sc.seat.get("name") or ""))}
        seats = [
            t
            for t in ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "seat")
            if _plain(t.text) in names
        ]
        if not seats or any(t.start < d.end for t in seats):
            continue
        first = seats[0]
        if not _BREAK.search(ctx.doc.folded[d.end : first.start]):
            continue
        d.frame.unresolved.append(
            f"scope: the seat named after the figure ({first.text}) belongs to a later clause"
        )


def by_election_record(ctx: Ctx) -> None:
    """ "the lowest at any by-election since 2010": a record among by-elections, not among
    general elections."""
    for d in ctx.drafts:
        if d.frame.measure not in ("record", "first_since"):
            continue
        words = ctx.doc.folded[d.start : d.end] + " " + " ".join(d.frame.notes)
        if re.search(r"\bby-?elections?\b", words, re.I):
            d.frame.unresolved.append(
                "election: a record among by-elections, which the general-election series "
                "does not rank"
            )


def unknown_share_qualifier(ctx: Ctx) -> None:
    """A superlative or rank of a "share" qualified by words that name no party, area or
    census group the checker holds ("the highest Chinese share", "the largest White Irish
    share"), or said of residents ("half of all residents are of Pakistani heritage, the
    highest share of any seat"): the share is of a group the checker does not know."""
    raw = ctx.doc.text
    for d in ctx.drafts:
        f = d.frame
        if f.measure not in ("superlative", "rank") or f.metric is None:
            continue
        if not (f.metric == "share" or f.metric.startswith("census:")):
            continue
        span = raw[d.start : d.end]
        m = re.search(r"\b(?:share|proportion|percentage)\b", span)
        if m is None:
            continue
        # the words between the superlative and "share"
        head = span[: m.start()].split()
        qual = [w for w in head[-3:] if w[:1].isupper() and not _GENERIC_QUALIFIER.match(w)]
        known = ctx.doc.tags_in(d.start, d.start + m.start(), "party", "area", "seat", "person")
        groups = ctx.doc.tags_in(d.start, d.start + m.start(), "group")
        unknown = [
            w
            for w in qual
            if not any(w in t.text for t in [*known, *groups]) and not w.startswith("The")
        ]
        reason = None
        if unknown:
            reason = f"'{' '.join(unknown)}' names a group the census files here do not hold"
        elif f.metric == "share" and not ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "party"):
            before = ctx.doc.folded[ctx.sent.start : d.start]
            if _RESIDENTS.search(before) and not ctx.doc.tags_in(
                ctx.sent.start, ctx.sent.end, "group"
            ):
                reason = "the share is of residents of a group the census lexicon does not hold"
        if reason:
            f.unresolved.append(f"metric: {reason}")


def _plain(name: str) -> str:
    """A seat name without case or punctuation ("Plymouth, Sutton and Devonport")."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())
