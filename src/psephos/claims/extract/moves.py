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


_FOLD = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
}


@rule(
    r"\bmajority(?:\s+in\s+(?P<s>{S}))?\s+(?:(?:has|had)\s+)?(?:grew|grown|rose|risen|increased|jumped|swelled|soared|"
    r"went\s+up)\s+(?P<q>more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
    r"(?P<k>two|three|four|five|six|seven|eight|nine|ten|twenty|\ue006\ue000*)[\s-]?fold\b",
    name="majority_fold",
    needs="fold",
    priority=30,
)
def _majority_fold(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Alistair Carmichael's majority grew more than sixfold", "rose nearly six-fold": the
    majority now against the previous election's, as a relative change (k-fold = +(k-1)x100
    per cent; "more than" opens the upper bound, "nearly" allows 90 per cent of k)."""
    word = m.group("k")
    t = ctx.num(m, "k") if word.startswith("\ue006") else None
    k = float(t.q.value) if t is not None and t.q is not None and t.q.value else _FOLD.get(word)
    if not k or k < 2:
        return None
    q = (m.group("q") or "").strip()
    lo, hi = {
        "more than": (k, float("inf")),
        "nearly": (0.9 * k, k),
        "almost": (0.9 * k, k),
    }.get(q, (0.9 * k, 1.1 * k))
    stated = Stated(
        f"{q + ' ' if q else ''}{word}-fold",
        (k - 1) * 100,
        (lo - 1) * 100,
        (hi - 1) * 100 if hi != float("inf") else float("inf"),
        f"'{q + ' ' if q else ''}{k:g}-fold': the majority {lo:g} to {hi:g} times the previous one",
    )
    subj = ctx.subject_before(m.start() + 1, "person", "party")
    s = ctx.tag(m, "s") if m.group("s") else None
    scope = (
        ctx.seat_scope_of(s, "named in the claim")
        if s is not None
        else ctx.seat_near(m.start(), back=True)
    )
    f = ctx.frame(
        "change",
        subj,
        scope=scope or Scope(level="seat"),
        comparator="up",
        stated=stated,
        metric="majority",
        unit="percent",
        notes=["'k-fold': the majority's relative change against the previous election"],
    )
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return ctx.draft(m, f, t, rule_name="majority_fold")


@rule(
    r"\bit\s+(?:had\s+|has\s+)?(?P<dir>grew|grown|rose|risen|increased|jumped|fell|fallen|shrank|dropped|"
    r"was\s+cut|was\s+reduced|went\s+up|went\s+down)\s+by\s+(?:just\s+|only\s+|some\s+)?{Q}(?P<n>{N})"
    r"(?!\s*(?:points?|per\b|%|seats|percentage|pc\b))",
    name="majority_it_moved_by",
    needs="majorit",
    priority=30,
)
def _majority_it_moved_by(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "his majority had been 34,655 two years earlier, so it grew by more than 8,000":
    "it" is the majority named just before in the sentence, and "grew by N" its change in
    votes against the previous election (not the majority's level)."""
    head = ctx.text(ctx.sent.start, m.start())
    last = head.rfind("majority")
    if last < 0 or re.search(r"\b(?:turnout|share|vote|votes|electorate)\b", head[last:]):
        return None
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    up = m.group("dir").split()[-1] in (
        "grew",
        "grown",
        "rose",
        "risen",
        "increased",
        "jumped",
        "up",
    )
    subj = ctx.subject_before(ctx.sent.start + last, "person", "party")
    scope = ctx.seat_near(m.start(), back=True)
    f = ctx.frame(
        "change",
        subj,
        scope=scope or Scope(level="seat"),
        number=n,
        metric="majority",
        unit="votes",
        notes=["'it grew by N' after a majority: the majority's change in votes"],
    )
    f.comparator = "up" if up else "down"
    # "had been N two years earlier, so it grew by M": the time words date the majority
    # before, not the change, which is the story's (resolution reads "story" as unset)
    f.election = "story"
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return ctx.draft(m, f, n, rule_name="majority_it_moved_by")
