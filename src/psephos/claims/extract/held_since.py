"""Frame rules (round 7): a SEAT held by a PARTY since a year.

Coverage says a party's unbroken run in a seat in many shapes, none with "at every
election": "Blyth Valley, a Labour seat since 1950", "Leigh, Labour since 1922", "seats that
have been held by Labour since 1979", "held by Labour without interruption since 1950",
"these two seats have been Labour since the general election of 1945", "which has been
Labour since it was created in 1950", "had been a Labour stronghold since 1922", "a seat
Labour had held since 1997", "ending a Liberal hold on the seat that had lasted since 1983",
"in Conservative hands since 1924". Each is the party's run in the seat from the year up to
the story's election: the ``first_since`` frame with comparator ``every_since`` that "won the
seat at every election since YEAR" gives (:func:`psephos.claims.evaluate_history.first_since`
checks every general election from the year to the one before the claim's).

A person's tenure ("held the seat since 1997" of an MP, "an MP since 2005") is the
``tenure`` rule of :mod:`psephos.claims.extract.history`; these rules need a party word
where the holder is named. A run with an exception ("since 1935, apart from 1974-83", "for
all but four years since") is not read: the words say it was broken.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.frame import Scope, Subject

# the year the run starts: "since 1922", "since the general election of 1945", "since its
# creation in 1950", "since it was created in 1950", "ever since 1997"
_SINCE = (
    r"(?:ever\s+)?since\s+(?:the\s+(?:general\s+)?election\s+(?:of|in)\s+|its\s+creation\s+in\s+|"
    r"(?:it|the\s+seat|the\s+constituency)\s+was\s+(?:created|formed|established)\s+in\s+)?"
    r"(?P<y>{Y})"
)
_UNBROKEN = r"(?:\s+(?:continuously|uninterruptedly|without\s+(?:a\s+)?(?:break|interruption)))?"
# a party named by a word that points back ("the party", "it", "they")
_PARTY_BACK = r"(?P<pw>the\s+party|it|they|them)"
_KIND = r"(?:\s+(?:seat|stronghold|constituency|fortress|heartland)|-held(?:\s+seat)?)?"
# the run is said to be broken: not read
_EXCEPT = re.compile(
    r"^[^.;:]{0,40}?\b(?:apart\s+from|except|save\s+for|but\s+for|bar\s+|barring|other\s+than|"
    r"with\s+(?:the\s+|a\s+|one\s+|two\s+)?(?:exception|break|interruption|gap))"
)
_ALL_BUT = re.compile(r"\b(?:all\s+but|for\s+most\s+of|mostly|largely|almost\s+(?:always|every))\b")


@rule(
    # "held by Labour since 1922", "represented by the Conservatives without a break since 1950"
    r"\b(?:held|represented|controlled)\s+by\s+(?:(?:the\s+)?(?P<p>{P})|" + _PARTY_BACK + r")" + _UNBROKEN
    + r"\s+" + _SINCE,
    # "which Labour had held since 1997", "a seat it had held since 1922"
    r"\b(?:which|that|a\s+seat|the\s+seat)\s+(?:(?:the\s+)?(?P<p>{P})|" + _PARTY_BACK + r")\s+(?P<v>(?:had|has|have)"
    r"(?:\s+(?:held|represented|won|kept)))" + _UNBROKEN + r"\s+" + _SINCE,
    # "Labour had held Leigh since 1922", "the Liberals had held it without a break since"
    r"(?P<p>{P})\s+(?:had|has|have)\s+(?:held|represented|kept)\s+(?:it|the\s+seat|the\s+constituency|(?P<s>{S}))"
    + _UNBROKEN + r"\s+" + _SINCE,
    # "has been Labour since 1945", "had been a Labour stronghold since 1922"
    r"\b(?:has|had|have)\s+been\s+(?:an?\s+)?(?P<p>{P})" + _KIND + _UNBROKEN + r"\s+" + _SINCE,
    # "Leigh, Labour since 1922", "Blyth Valley, a Labour seat since 1950"
    r"(?P<s>{S}),\s+(?:an?\s+)?(?P<p>{P})" + _KIND + r"\s+" + _SINCE + r"(?=\s*(?:[,;.)]|\u2014|-|$))",
    # "a Labour seat since 1950" (after the seat it describes)
    r"\b(?:an?|the)\s+(?P<p>{P})(?:\s+(?:seat|stronghold)|-held\s+seat)\s+" + _SINCE,
    # "a Liberal hold on the seat that had lasted since 1983", "Labour's grip on Leigh since"
    r"(?P<p>{P})\s+(?:hold|grip)\s+on\s+(?:the\s+seat|the\s+constituency|it|(?P<s>{S}))"
    r"(?:\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:lasted|stretched|run|gone\s+on))?\s+" + _SINCE,
    # "in Conservative hands since 1924"
    r"\bin\s+(?:the\s+)?(?P<p>{P})(?:'s?)?\s+hands" + _UNBROKEN + r"\s+" + _SINCE,
    name="seat_held_since",
    needs="since",
    priority=40,
)  # fmt: skip
def _held_since(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """A party's unbroken run in a seat from a year to the story's election."""
    g = m.groupdict()
    y = ctx.tag(m, "y")
    if y is None or y.q is None or not y.q.value:
        return None
    tail = ctx.text(m.end(), ctx.sent.end)
    head = ctx.text(max(ctx.sent.start, m.start() - 30), m.start())
    if _EXCEPT.match(tail) or _ALL_BUT.search(head):
        return None  # "since 1935, apart from ...": the run was broken
    subj: Subject | None
    if g.get("p"):
        pt = ctx.tag(m, "p")
        if pt is None or pt.kind != "party":
            return None
        subj = ctx.subject_of(pt, "the party named")
    else:
        subj = _pointed_party(ctx, m)
        if subj is None or subj.kind != "party":
            return None
    scope: Scope | None
    if g.get("s"):
        st = ctx.tag(m, "s")
        if st is None or st.kind != "seat":
            return None
        scope = ctx.seat_scope_of(st, "named in the claim")
    else:
        scope = ctx.seat_near(m.start(), back=True)
    if scope is None or scope.level != "seat":
        return None
    # an area named between the seat and the claim is what "has been Labour" is said of
    if not g.get("s") and ctx.doc.tags_in(ctx.clause_start(m.start()), m.start(), "area"):
        return None
    f = ctx.frame(
        "first_since",
        subj,
        scope=scope,
        comparator="every_since",
        since_year=int(y.q.value),
        outcome="won",
        notes=["'held by P since YEAR': the party won the seat at every election from YEAR"],
    )
    if not g.get("p"):
        f.inferred.append("subject")
    span = None
    if g.get("v") and re.match(r"(?:a|the)\s+seat\b", ctx.text(m.start(), m.end())):
        # "a majority of 5,000 in a seat Labour had held since 1922": the run is its own
        # statement, not a phrase of the majority's (compound.py joins short gaps)
        span = (m.start("v"), m.end())
    return ctx.draft(m, f, y, rule_name="seat_held_since", span=span)


def _pointed_party(ctx: Ctx, m: re.Match[str]) -> Subject | None:
    """The party "the party"/"it"/"they" points at: in an apposition before the main
    clause ("in Southport, held by the party since 1997, the Liberal Democrats came
    third") the main clause's party after it; else the party before (or the story's)."""
    before = ctx.text(max(ctx.sent.start, m.start() - 2), m.start())
    after = ctx.doc.tags_in(m.end(), ctx.sent.end, "party", "person")
    if before.startswith(",") and ctx.text(m.end(), m.end() + 1) == "," and after:
        t = after[0]
        if t.kind == "party":
            return ctx.subject_of(t, "the party of the main clause the apposition is on")
        return None
    return ctx.subject_before(m.end("pw"), "party")
