"""Frame rules (round 11, HISTORY11): when a party last won a seat, and when it lost it.

Stories date a seat's change of hands from the other end of the gap: "Labour gained Putney, a
seat it last won in 2001", "which it had last held in 1987", "a seat the Tories had not held
since 1992", "last won by the Liberals in 1923" (the party's last win before the story's
election was at YEAR), and "won back Stroud, the seat it lost in 2010", "regained St Ives,
which he lost in 2015", "taking back the seat he had lost in 2005" (the party held the seat
going into YEAR and did not win it then). Neither says anything of the story's own result,
so neither needs the party to have won now: "Labour failed to take Putney, a seat it last won
in 2001" is checked as the same fact.

Both give a ``first_since`` frame on the seat with a comparator of their own
(:data:`LAST_WON`, :data:`LOST_IN`) that :mod:`psephos.claims.round11_history` evaluates over
the seat's lineage (the 1918-2019 series by name, the candidate-level results from 2010).
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.frame import Scope, Subject

#: comparator: the party's last general-election win in the seat before the frame's
#: election was at ``Frame.since_year``
LAST_WON = "last_won"
#: comparator: the party held the seat going into the general election of
#: ``Frame.since_year`` and lost it there
LOST_IN = "lost_in"

# who: a party named, or a word pointing back at one (or at a person: "he", "she")
_WHO = r"(?:(?:the\s+)?(?P<p>{P})|(?P<pw>it|they|the\s+party|he|she))"
_WHO2 = r"(?:(?:the\s+)?(?P<p2>{P})|(?P<pw2>it|they|the\s+party|he|she))"
# "a seat", "the seat", "which", "that", "Putney,"
_REL = r"\b(?:(?:a|the)\s+(?:seat|constituency)(?:\s+(?:that|which))?|which|that)"
_HELD = r"(?:won|held|taken|took|captured|represented)"

_LAST = (
    # "a seat it last won in 2001", "which Labour had last held in 1987"
    _REL + r"\s+" + _WHO + r"\s+(?:had\s+|has\s+)?last\s+" + _HELD + r"\s+in\s+(?P<y>{Y})",
    # "a seat the Tories had not held since 1992", "which it had not won since 1997"
    _REL + r"\s+" + _WHO + r"\s+(?:had|has|have)\s+(?:not|never)\s+(?:won|held|taken)\s+"
    r"since\s+(?P<y>{Y})",
    # "last won by the Liberals in 1923", "last held by Labour in 2005"
    r"\blast\s+(?:won|held|taken)\s+by\s+(?:the\s+)?(?P<p>{P})\s+in\s+(?P<y>{Y})",
    # "Labour last won Putney in 2001", "the party last held the seat in 1987"
    _WHO + r"\s+(?:had\s+)?last\s+(?:won|held|took)\s+(?:it|the\s+seat|the\s+constituency|"
    r"(?P<s>{S}))\s+in\s+(?P<y>{Y})",
)
_LOST = (
    # "the seat it lost in 2019", "which he lost in 2015", "the seat he had lost in 2005"
    _REL
    + r"\s+"
    + _WHO
    + r"\s+(?:had\s+)?lost(?:\s+to\s+(?:the\s+)?(?P<o>{P}))?\s+in\s+(?P<y>{Y})",
    # "lost by Labour in 2019"
    r"\b(?:a\s+seat\s+|which\s+(?:it\s+)?(?:was|had\s+been)\s+)?lost\s+by\s+(?:the\s+)?(?P<p>{P})"
    r"(?:\s+to\s+(?:the\s+)?(?P<o>{P}))?\s+in\s+(?P<y>{Y})",
    # "Labour lost Stroud in 2010", "the party lost the seat to the Tories in 2019"
    _WHO + r"\s+(?:had\s+)?lost\s+(?:it|the\s+seat|the\s+constituency|(?P<s>{S}))"
    r"(?:\s+to\s+(?:the\s+)?(?P<o>{P}))?\s+in\s+(?P<y>{Y})",
)
# the year is one of a run or a range ("lost in 2015 and 2017", "in 2010-15"), or a margin
# follows ("Labour lost Bexley in 1970 by 8,058 votes": the margin rules read it): not read
_AFTER_YEAR = re.compile(
    r"^\s*(?:-|\u2013|and\s+\d|or\s+\d|,\s*\d|by\s+(?:(?:a|just|only|some)\s+)?\d)"
)
# an hypothesis or a quotation of intent: "hopes to win back the seat it lost in"
_HOPE = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|target(?:s|ed|ing)?|bid(?:s|ding)?|"
    r"tr(?:y|ies|ied|ying)|fail(?:s|ed)?\s+to|want(?:s|ed)?|need(?:s|ed)?|could|would|might|"
    r"will)\b[^.;]{0,40}$"
)


def _who(ctx: Ctx, m: re.Match[str], p: str, pw: str) -> Subject | None:
    """The party (or person) the claim is of: named, or pointed at by a pronoun."""
    g = m.groupdict()
    if g.get(p):
        t = ctx.tag(m, p)
        if t is None or t.kind != "party":
            return None
        return ctx.subject_of(t, "the party named")
    if g.get(pw):
        word = g[pw].lower()
        kinds = ("person",) if word in ("he", "she") else ("party", "person")
        return ctx.subject_before(m.start(pw), *kinds)
    return ctx.subject_before(m.start(), "party", "person")


def _scope(ctx: Ctx, m: re.Match[str]) -> Scope | None:
    if m.groupdict().get("s"):
        st = ctx.tag(m, "s")
        if st is None or st.kind != "seat":
            return None
        return ctx.seat_scope_of(st, "named in the claim")
    sc = ctx.seat_near(m.start(), back=True)
    if sc is None or sc.level != "seat":
        return None
    return sc


def _draft(ctx: Ctx, m: re.Match[str], comparator: str, note: str) -> Draft | None:
    y = ctx.tag(m, "y")
    if y is None or y.q is None or not y.q.value:
        return None
    if _AFTER_YEAR.match(ctx.text(m.end(), min(ctx.sent.end, m.end() + 20))):
        return None
    if _HOPE.search(ctx.text(max(ctx.sent.start, m.start() - 60), m.start())):
        return None
    subj = _who(ctx, m, "p", "pw")
    if subj is None or subj.kind not in ("party", "candidate"):
        return None
    scope = _scope(ctx, m)
    if scope is None:
        return None
    notes = [note]
    if m.groupdict().get("o"):
        o = ctx.tag(m, "o")
        if o is not None and o.kind == "party":
            other = ctx.subject_of(o, "the party named")
            if other.party:
                notes.append(f"lost to {other.party}")
    f = ctx.frame(
        "first_since",
        subj,
        scope=scope,
        comparator=comparator,
        since_year=int(y.q.value),
        outcome="won",
        notes=notes,
    )
    if not m.groupdict().get("p"):
        f.inferred.append("subject")
    return ctx.draft(m, f, y, rule_name=f"seat_{comparator}")


@rule(*_LAST, name="seat_last_won", needs=r"\blast\b|\bsince\b", priority=38)
def _last_won(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """The party's last win in the seat before the story's election was at YEAR."""
    return _draft(
        ctx, m, LAST_WON, "'a seat P last won in YEAR': P's last win before this election"
    )


@rule(*_LOST, name="seat_lost_in", needs=r"\blost\b", priority=38)
def _lost_in(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """The party held the seat going into YEAR and lost it there."""
    return _draft(ctx, m, LOST_IN, "'the seat P lost in YEAR': P held it before YEAR, not at YEAR")


#: the note a frame dated from the seat's creation carries ("since its creation", "since the
#: seat was created in 1955"): the run or the first win counts from the seat's first election
CREATED = "since the seat's creation"

_CREATED = (
    r"since\s+(?:its\s+creation|(?:it|the\s+seat|the\s+constituency)\s+was\s+(?:first\s+)?"
    r"(?:created|formed|established|drawn\s+up|contested))(?:\s+in\s+(?P<y>{Y}))?"
)
_EVERY = r"(?:\s+at\s+every\s+(?:general\s+)?election|\s+continuously|\s+without\s+(?:a\s+)?break)?"


@rule(
    # "Dudley North, Labour since its creation", "Blyth, a Labour seat ever since it was created"
    r"(?P<s>{S}),\s+(?:an?\s+)?(?P<p>{P})(?:\s+(?:seat|stronghold)|-held\s+seat)?\s+(?:ever\s+)?"
    + _CREATED,
    # "had voted Conservative at every election since it was created in 1974", "has been
    # Labour since its creation", "has returned a Labour MP since it was created"
    r"\b(?:has|had|have)\s+(?:been\s+(?:an?\s+)?|voted\s+|returned\s+an?\s+|elected\s+an?\s+)"
    r"(?P<p>{P})(?:\s+(?:mp|member|seat|stronghold))?" + _EVERY + r"\s+(?:ever\s+)?" + _CREATED,
    # "held by Labour since its creation"
    r"\b(?:held|represented)\s+by\s+(?:the\s+)?(?P<p>{P})" + _EVERY + r"\s+(?:ever\s+)?" + _CREATED,
    name="seat_every_since_created",
    needs=r"creat|formed|establish|drawn|contested",
    priority=38,
)
def _every_since_created(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """A party's run in a seat from the seat's first election to the story's."""
    return _created(ctx, m, "every_since")


@rule(
    # "the first Labour MP for Portsmouth South since the seat was created in 1918", "the
    # first time the Conservatives have won Ashfield since its creation"
    r"\bfirst\s+(?:(?:[\w'-]+|{P})\s+){0,3}?(?:win|victory|mp|member|time|gain)s?\b"
    r"(?P<mid>[^.;:!?\n]{0,60}?)\b" + _CREATED,
    name="seat_first_since_created",
    needs=r"creat|formed|establish|drawn|contested",
    priority=38,
)
def _first_since_created(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """The party's win now is its first in the seat since the seat's first election."""
    return _created(ctx, m, "never")


def _created(ctx: Ctx, m: re.Match[str], comparator: str) -> Draft | None:
    g = m.groupdict()
    y = ctx.tag(m, "y") if g.get("y") else None
    year = int(y.q.value) if y is not None and y.q is not None and y.q.value else None
    inside = [t for t in ctx.doc.tags_in(m.start(), m.end(), "party")]
    if g.get("p"):
        pt = ctx.tag(m, "p")
        if pt is None or pt.kind != "party":
            return None
        subj: Subject | None = ctx.subject_of(pt, "the party named")
    elif inside:
        subj = ctx.subject_of(inside[0], "the party named in the claim")
    else:
        subj = ctx.subject_before(m.start(), "party")
    if subj is None or subj.kind != "party":
        return None
    scope = _scope(ctx, m)
    if scope is None:
        seats = ctx.doc.tags_in(m.start(), m.end(), "seat")
        scope = ctx.seat_scope_of(seats[0], "named in the claim") if seats else None
    if scope is None or scope.level != "seat":
        return None
    f = ctx.frame(
        "first_since",
        subj,
        scope=scope,
        comparator=comparator,
        since_year=year,
        outcome="won",
        notes=[CREATED],
    )
    return ctx.draft(m, f, *([y] if y is not None else []), rule_name=f"seat_{comparator}_created")


@rule(
    # "who has held Orkney and Shetland for the Liberal Democrats since 2001", "had held the
    # seat for Labour since 1997", "has represented it as a Conservative since 2010"
    r"\b(?:has\s+|had\s+|who\s+)?(?:held|represented)\s+(?:the\s+seat|the\s+constituency|it|{S})\s+"
    r"(?:for\s+(?:the\s+)?{P}|as\s+an?\s+{P}(?:\s+mp)?)\s+since\s+(?P<y>{Y})",
    name="tenure_party_words",
    needs=r"since",
    priority=38,
)
def _tenure_party_words(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """A member's tenure said with the party they sit for ("for the Liberal Democrats"):
    the member's unbroken run in the seat, as the ``tenure`` rule reads it. ("First elected
    as a Liberal in 1983" is not read: a member who changed party was first elected for
    another, and the maiden speeches do not say for which.)"""
    from psephos.claims.extract.round8b_b import appositive_person

    y = ctx.tag(m, "y")
    if y is None or y.q is None or not y.q.value:
        return None
    subj = ctx.subject_before(m.start(), "person")
    named = appositive_person(ctx, m)
    if named is not None:
        subj = ctx.subject_of(named, "the name the tenure is in apposition to")
    if subj is None or subj.kind != "candidate":
        return None
    scope = ctx.seat_scope(m.start(), m.end(), back=False) or ctx.seat_near(m.start(), back=True)
    f = ctx.frame(
        "tenure",
        subj,
        scope=scope or Scope(level="seat", how="the member's seat"),
        since_year=int(y.q.value),
        outcome="held_since",
    )
    return ctx.draft(m, f, y, rule_name="tenure_party_words")


#: comparator: the seat changed hands at every general election from ``Frame.since_year``
CHANGED_HANDS = "changed_hands"


@rule(
    # "Bury North has changed hands at every election since 2010", "the seat, which has
    # switched parties at every general election since 2005"
    r"\b(?:has|had|have)\s+(?:changed\s+hands|switched\s+(?:parties|sides|hands)|"
    r"gone\s+to\s+a\s+different\s+party)\s+at\s+(?:every|each)\s+(?:general\s+)?election\s+"
    r"since\s+(?P<y>{Y})",
    name="seat_changed_hands_every",
    needs=r"hands|switched|different",
    priority=38,
)
def _changed_hands_every(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """The seat changed hands at every general election from YEAR to the story's."""
    y = ctx.tag(m, "y")
    if y is None or y.q is None or not y.q.value:
        return None
    scope = ctx.seat_near(m.start(), back=True)
    if scope is None or scope.level != "seat" or not scope.name:
        return None
    subj = Subject("seat", scope.name, seat=scope.seat, how="the seat the claim is about")
    f = ctx.frame(
        "first_since",
        subj,
        scope=scope,
        comparator=CHANGED_HANDS,
        since_year=int(y.q.value),
        outcome="won",
        notes=["'changed hands at every election since YEAR': a new winner at each"],
    )
    return ctx.draft(m, f, y, rule_name="seat_changed_hands_every")
