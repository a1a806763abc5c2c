"""Frame rules (round 5): a figure's move said with both ends or in votes.

"Labour's share of the vote rose from 30.4 per cent to 40.0 per cent", "the SNP's share slid
from 50 per cent to under 37", "UKIP's vote crashed from 12.6 per cent five years ago to 1.8
per cent": the share now AND the share at the earlier election (the previous one, or the year
named), each checked as a share. "Labour's vote rose by more than 3.5 million", "Long's own
vote fell by 4,000": a change in votes (unit ``votes``), not in points. "Labour's 262 seats
were up 30": the seat total and its net change.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule, uk_default
from psephos.claims.extract.tagging import Tag
from psephos.claims.frame import Scope, Subject
from psephos.claims.model import Stated

_SHARE_NOUN = r"(?:vote\s+share|share(?:\s+of\s+the\s+(?:\w+\s+)?(?:vote|poll))?|vote|support)"
#: when the earlier figure was: "five years ago", "in 2015", "at the last election"
_WHEN = (
    r"(?:\s+(?:(?P<ago>\w+\s+years\s+(?:ago|earlier|before))|(?:in|at)\s+(?P<y>{Y})|"
    r"at\s+the\s+(?:last|previous)\s+(?:general\s+)?election|last\s+time|in\s+the\s+previous\s+election))?"
)


def _pct(ctx: Ctx, t: Tag) -> Stated | None:
    """A share as written: "40.0 per cent" as the tag states it; a bare "37" after "to"
    in a sentence about shares is rounded like a percentage (36.5-37.5), not an exact count."""
    if t.q is None:
        return None
    if t.kind == "pct":
        return ctx.stated(t)
    if t.kind == "num" and t.q.value is not None and 0 < t.q.value <= 100:
        return t.q.stated(exact=False)
    return None


def _scope_for(ctx: Ctx, pos: int, subj: Subject) -> Scope:
    """Where a party's (or candidate's) share or votes are measured: the candidate's seat;
    an area in the sentence; a seat named near; the seat the paragraph is on; else the UK
    (which the paragraph's area may still replace: ``Ctx.draft``)."""
    if subj.kind == "candidate":
        return ctx.seat_near(pos, back=True) or Scope(level="seat", how="the candidate's seat")
    scope = ctx.area_scope(ctx.sent.start, ctx.sent.end) or ctx.seat_near(pos)
    if scope is None:
        t = ctx.paragraph_seat()
        if t is not None:
            scope = ctx.seat_scope_of(t, f"the paragraph is about {t.text}")
    return scope or uk_default()


@rule(
    _SHARE_NOUN
    + r"(?P<mid>(?:\s+[\w'-]+){0,3}?)\s+(?:{RISE}|{FALL}|slid|slides|sliding|edged|shrank|went|moved)"
    r"(?:\s+(?:up|down|back|sharply|slightly))?(?:\s+by\s+[^.;:!?\n]{1,30}?)?"
    r"\s+from\s+{Q}(?P<n0>{PCT}|{N})(?:\s*(?:per\s*cent|%))?"
    + _WHEN
    + r"\s+to\s+{Q}(?P<n>{PCT}|{N})",
    name="share_from_to",
    needs="\\bfrom\\b",
    priority=30,
)
def _share_from_to(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "Labour's share rose from 30.4 per cent to 40.0 per cent": the share now (the
    claim's election) and the share "from" (the previous election, or the year named)."""
    n0, n = ctx.num(m, "n0"), ctx.num(m)
    if n0 is None or n is None:
        return None
    if "pct" not in (n0.kind, n.kind):
        return None  # "from 37 to 28": seats or votes, not a share
    if re.search(r"\bturnout\b", ctx.text(max(ctx.sent.start, m.start() - 30), m.end())):
        return None
    s0, s1 = _pct(ctx, n0), _pct(ctx, n)
    if s0 is None or s1 is None:
        return None
    subj = ctx.subject_before(m.start(), "party", "person")
    if subj is None or subj.kind not in ("party", "candidate"):
        return None
    scope = _scope_for(ctx, m.start(), subj)
    now = ctx.frame(
        "share",
        subj,
        scope=scope,
        stated=s1,
        comparator=ctx.comparator(n),
        unit="percent",
        notes=["'from X to Y': Y is the share at the claim's election"],
    )
    y = ctx.tag(m, "y") if m.group("y") else None
    before = ctx.frame(
        "share",
        subj,
        scope=scope,
        stated=s0,
        comparator=ctx.comparator(n0),
        unit="percent",
        election=ctx.doc.text[y.start : y.start + 4] if y is not None else "previous",
        notes=["'from X to Y': X is the share at the earlier election"],
    )
    if m.group("ago"):
        before.notes.append(m.group("ago"))
    # the year belongs to the earlier figure, which names its election itself; listed with
    # the share now, it is not read as that share's own date (resolution skips the years
    # a claim uses)
    return [
        ctx.draft(m, before, n0, rule_name="share_from_to", span=(m.start(), m.end("n0"))),
        ctx.draft(m, now, n, y, rule_name="share_from_to", span=(m.start("n"), m.end())),
    ]


@rule(
    r"\b(?:vote|votes|vote\s+tally|tally\s+of\s+votes|number\s+of\s+votes|total\s+vote)(?P<mid>(?:\s+[\w'-]+){0,2}?)\s+"
    r"(?P<dir>{RISE}|{FALL}|slid|went\s+up|went\s+down)\s+by\s+(?:just\s+|only\s+|some\s+)?{Q}(?P<n>{N})"
    r"(?!\s*(?:points?|per\b|%|seats|percentage|pc\b))",
    name="votes_change",
    needs="\\bby\\b",
    priority=30,
)
def _votes_change(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour's vote rose by more than 3.5 million", "Long's own vote rose by 4,000": the
    change in the party's (candidate's) votes against the previous election."""
    n = ctx.num(m)
    if n is None or n.kind != "num" or n.q is None or not n.q.value:
        return None
    if re.search(r"\bshare\b", ctx.text(m.start(), m.end())):
        return None
    subj = ctx.subject_before(m.start(), "party", "person")
    if subj is None or subj.kind not in ("party", "candidate"):
        return None
    d = m.group("dir").split()[-1]
    from psephos.claims import lexicon as lx

    direction = "down" if d in lx.FALL or d in ("slid", "down") else "up"
    f = ctx.frame(
        "change",
        subj,
        scope=_scope_for(ctx, m.start(), subj),
        number=n,
        comparator=direction,
        unit="votes",
        metric="votes",
        notes=[f"'vote {m.group('dir')} by N': a change in votes, not in points"],
    )
    f.comparator = direction
    if n.q.qualifier:
        f.notes.append(f"qualifier '{n.q.qualifier}' bounds the size of the change")
    return ctx.draft(m, f, n, rule_name="votes_change")


@rule(
    r"(?P<p>{P})(?:'s?|\u2019s?)\s+{Q}(?P<n>{N})\s+(?:seats|mps)\s+(?:were|was)\s+(?P<dir>up|down)\s+(?:by\s+)?{Q}(?P<k>{N})"
    r"(?!\s*(?:points?|per\b|%|votes))",
    name="seats_were_up",
    needs="\\bup\\b|\\bdown\\b",
    priority=30,
)
def _seats_were_up(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "Labour's 27 seats were up nine": the party's seat total and its net change (in
    the area the sentence or paragraph is on)."""
    n, k, p = ctx.num(m), ctx.num(m, "k"), ctx.tag(m, "p")
    if n is None or k is None or p is None or n.kind != "num" or k.kind != "num":
        return None
    subj = ctx.subject_of(p, "named with the seats")
    scope = ctx.area_scope(ctx.sent.start, ctx.sent.end) or uk_default()
    total = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
    change = ctx.frame(
        "net_change",
        subj,
        scope=scope,
        stated=ctx.stated(k),
        comparator=m.group("dir"),
        unit="seats",
        notes=["'its N seats were up K': the net change of the total"],
    )
    return [
        ctx.draft(m, total, n, rule_name="seats_were_up", span=(m.start(), m.end("n"))),
        ctx.draft(m, change, k, rule_name="seats_were_up", span=(m.start("dir"), m.end())),
    ]
