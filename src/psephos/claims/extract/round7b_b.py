"""Round 7b (WRONG-B): sentence-level checks for three classes of true claims the ninth
held-out batch saw called false (docs/claims.md, "Ninth held-out batch, WRONG-B").

- :func:`own_part_area`: "In the North West, by contrast, Labour now has more seats than
  the Conservatives, 39 to 37, and in the North East Labour's share reached 49 per cent":
  a figure in a later part of the sentence that opens on an area of its own ("and in the
  North East", "while across Wales") is that area's, not the area the sentence opened on.
- :func:`superlative_figure`: "Ross and Cromarty had the lowest turnout in the country, at
  under 58 per cent": the figure given with a superlative's noun is the figure of the
  superlative's subject (the seat), not of the area the superlative ranks in.
- :func:`several_seats` (used by the driver's fold of an outcome into a majority): "Labour
  lost Battersea and Walthamstow to the Conservatives, Battersea by 587" is two statements;
  an outcome naming several seats is not folded into the majority of one of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from psephos.claims.extract.patterns import named_area, seat_scope_of
from psephos.claims.frame import Subject

if TYPE_CHECKING:
    from psephos.claims.extract.patterns import Ctx, Draft
    from psephos.claims.extract.tagging import Doc

#: the words before an area that opens a later part of a sentence: a break (comma,
#: semicolon, colon, dash) or a conjunction, then "in", "across", "throughout"
_OPENS_PART = re.compile(
    r"(?:[,;:\u2013\u2014]\s*(?:(?:and|but|while|whereas|yet)\s+)?|"
    r"\b(?:and|but|while|whereas|yet)\s+)"
    r"(?:in|across|throughout|all\s+over)\s+(?:the\s+)?$"
)
#: the words before an area that opens the sentence ("In Scotland ...", "Across Wales")
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:and|but|yet)\s+)?(?:in|across|throughout)\s+(?:the\s+)?")
#: scope levels an area can set
_AREA_LEVELS = ("uk", "gb", "country", "region")
#: a clause break between an area and the claim: the area opens an earlier part
_PART_BREAK = re.compile(r"[;:\u2013\u2014]|,\s*(?:and|but|while|whereas|yet)\b")


def run(ctx: Ctx) -> None:
    """Every check of this module on the sentence's drafts (in place)."""
    own_part_area(ctx)
    superlative_figure(ctx)
    where_clause_figure(ctx)
    elliptical_seat_margin(ctx)
    pronoun_holder(ctx)


def own_part_area(ctx: Ctx) -> None:
    """A claim in a later part of its sentence that opens on an area of its own takes
    that area, when its scope is another area named earlier in the sentence (or the UK
    by default): "..., and in the North East Labour's share reached 49 per cent". A
    claim read for the UK by default in a sentence that opens on an area ("In Scotland
    the Conservatives polled 1,108,321 votes") takes that area."""
    doc = ctx.doc
    lo = ctx.sent.start
    for d in ctx.drafts:
        f = d.frame
        if f.scope.level not in _AREA_LEVELS:
            continue
        areas = doc.tags_in(lo, d.start, "area")
        if not areas:
            continue
        t = areas[-1]
        opening = _OPENS_SENTENCE.fullmatch(doc.folded, lo, t.start) is not None
        if not opening and not _OPENS_PART.search(doc.folded, max(lo, t.start - 40), t.start):
            continue
        if doc.tags_in(t.end, d.start, "seat") or _PART_BREAK.search(doc.folded, t.end, d.start):
            continue
        if doc.tags_in(d.start, d.end, "area"):
            continue  # the claim names its own area
        name = t.ref.get("name")
        if f.scope.name == name and f.scope.level == t.ref.get("level"):
            continue
        earlier = {a.ref.get("name") for a in areas[:-1]}
        default = f.scope.level in ("uk", "gb") and (f.scope.how or "").startswith("no ")
        if not default and (opening or f.scope.name not in earlier):
            continue  # an area named on purpose, or from elsewhere
        scope = named_area(t)
        scope.how = f"'{t.text}' opens the claim's part of the sentence"
        f.scope = scope


#: a superlative's subject a figure "at N" after it belongs to
_AT_FIGURE = re.compile(r"^\s*,?\s*(?:at|of|with|on)\s+$")


def superlative_figure(ctx: Ctx) -> None:
    """ "SEAT had the lowest turnout in the country, at under 58 per cent": a turnout,
    share or vote figure whose words lie inside a superlative's (or rank's) span, or run
    on from its end by "at"/"of"/"with", is the figure of the seat the sentence names
    before the superlative as its subject; the figure's scope becomes that seat. Other
    superlatives ("P's highest share in AREA was X per cent, in SEAT") are left as they are
    read (the guard compares an area's figure with its top and bottom seats'): measured,
    leaving their figure unresolved lost catches of the ranks sweep (party_figure_rank
    14.1% -> 8.2%)."""
    sups = [d for d in ctx.drafts if d.frame.measure in ("superlative", "rank")]
    if not sups:
        return
    for d in ctx.drafts:
        f = d.frame
        if f.measure not in ("turnout", "share", "votes") or f.scope.level == "seat":
            continue
        for s in sups:
            if not (s.start <= d.start < s.end or _runs_on(ctx.doc, s, d)):
                continue
            subj = s.frame.subject
            if subj.kind != "seat" or not subj.seat or not 0 <= subj.start < s.start:
                break
            t = next(iter(ctx.doc.tags_in(subj.start, subj.end, "seat")), None)
            if t is None:
                f.unresolved.append(
                    f"scope: the figure is {subj.text}'s (the superlative's subject), "
                    "whose seat was not tagged"
                )
                break
            f.scope = seat_scope_of(t, "the seat named in the sentence")
            if f.measure == "turnout":
                f.subject = Subject("seat", how="the electorate in scope")
            f.notes.append("the figure is the superlative's subject's")
            break


#: the words between a seat and a figure in the seat's own relative clause ("SEAT, where
#: the Greens took"): ", where" and words with no break
_WHERE_CLAUSE = re.compile(r"^\s*,\s*where\s+[^,;:.()\u2013\u2014]{0,60}$")


def where_clause_figure(ctx: Ctx) -> None:
    """ "Waveney Valley, where the Greens took 41.7 per cent, was the Greens' best seat in
    the East of England": a share, turnout or vote figure in a ", where ..." clause right
    after a seat is that seat's, not the area's the sentence goes on to name (the area
    the seat ranks in). Read for the area, a true seat figure was called false."""
    doc = ctx.doc
    for d in ctx.drafts:
        f = d.frame
        if f.measure not in ("turnout", "share", "votes") or f.scope.level == "seat":
            continue
        seats = [t for t in doc.tags_in(ctx.sent.start, d.start, "seat") if t.end <= d.start]
        if not seats or not _WHERE_CLAUSE.match(doc.folded[seats[-1].end : d.start]):
            continue
        if doc.tags_in(seats[-1].end, d.start, "area"):
            continue  # an area named inside the clause ("where in Wales ...")
        f.scope = seat_scope_of(seats[-1], "the seat the ', where' clause is about")
        if f.measure == "turnout":
            f.subject = Subject("seat", how="the electorate in scope")
        f.notes.append("the figure is in the seat's ', where' clause")


def _runs_on(doc: Doc, s: Draft, d: Draft) -> bool:
    """Whether ``d`` follows ``s`` with only ", at" / ", of" / ", with" between them."""
    return 0 <= d.start - s.end <= 8 and bool(_AT_FIGURE.match(doc.folded[s.end : d.start]))


#: a break before the repeated seat: a comma, or "and" after a figure ("... by 2,922 and
#: SEAT by 3,301")
_COMMA_BEFORE = re.compile(r"(?:,|\d\s+and)\s*$")
_BY_AFTER = re.compile(r"\s+by\b")


def elliptical_seat_margin(ctx: Ctx) -> None:
    """ "Labour lost Battersea and Walthamstow to the Conservatives, Battersea by 587": the
    margin is said of the seat repeated after the comma ("SEAT by N"), so the claim's span
    starts there; the outcome before the comma (two seats lost) is a statement of its own,
    judged apart. Likewise "Galloway was taken with a majority of 2,922 and Perth and East
    Perthshire by 3,301": the second margin starts at its seat."""
    doc = ctx.doc
    for d in ctx.drafts:
        f = d.frame
        if f.measure != "majority" or f.scope.level != "seat" or not f.scope.name:
            continue
        seats = doc.tags_in(d.start + 1, d.end, "seat")
        if not seats:
            continue
        t = seats[-1]
        if t.ref.get("name") != f.scope.name or not _BY_AFTER.match(doc.folded, t.end):
            continue
        if not _COMMA_BEFORE.search(doc.folded, d.start, t.start):
            continue
        d.start = t.start
        f.notes.append(f"'{t.text} by N' after a comma: the margin of that seat alone")


#: "he had held", "she narrowly won": a personal pronoun right before the claim's verb
_PERSON_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?$")


def pronoun_holder(ctx: Ctx) -> None:
    """ "Asquith himself lost Paisley to Labour by 2,282, a seat he had held by 1,746 the
    year before": the majority's winner is "he" (a person), not the party named before the
    pronoun. A majority whose verb follows "he"/"she" and whose subject is a party is left
    with its subject unresolved: evaluation then reads the seat's majority whoever won it
    (``evaluate._seat_majority_without_subject``), never the party's."""
    doc = ctx.doc
    for d in ctx.drafts:
        f = d.frame
        if f.measure != "majority" or f.subject.kind != "party" or f.scope.level != "seat":
            continue
        if f.subject.start >= d.start:
            continue  # the winner is named in the claim's own words
        if not _PERSON_PRONOUN.search(doc.folded, max(ctx.sent.start, d.start - 30), d.start):
            continue
        why = f"'he'/'she' holds the seat, not {f.subject.text} (named before it)"
        f.subject = Subject("party", how=why, resolved=False)
        f.unresolved.append(f"subject: {why}")


def several_seats(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the words from an outcome to the majority after it (``lo`` to ``hi``) name
    more than one seat ("lost Battersea and Walthamstow to the Conservatives, ...")."""
    names = {t.ref.get("name") for t in doc.tags_in(lo, hi, "seat")}
    return len(names) > 1
