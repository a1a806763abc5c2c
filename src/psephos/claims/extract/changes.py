"""Frame rules: changes, swings and ratios ("up four points", "doubled")."""

from __future__ import annotations

import re

from psephos.claims import lexicon as lx
from psephos.claims.extract.patterns import MACROS, Ctx, Draft, named_area, rule, uk_default
from psephos.claims.extract.tagging import MARK
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import Stated
from psephos.claims.round9_wrong11 import majority_follows, mark_ratio_word, ratio_comparator

# --- rules: changes, swing, ratios -------------------------------------------------------


def _possessive_area(ctx: Ctx, pos: int) -> Scope | None:
    """The area whose figure the clause is about when it names one possessively, nearest
    before ``pos`` ("London's turnout fell by nine points, and Scotland's fell by 8.9":
    the second change is Scotland's), else None."""
    areas = ctx.doc.tags_in(ctx.sent.start, pos, "area")
    if not areas:
        return None
    t = areas[-1]
    if not _POSSESSIVE.match(ctx.doc.folded, t.end) or ctx.doc.tags_in(t.end, pos, "seat"):
        return None
    return named_area(t)


_POSSESSIVE = re.compile(r"(?:'s?|\u2019s?)(?=\s)")


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
        r"\s*(?:on|than|from|compared with)\s+(?:in\s+)?(?:the\s+)?(?:[^.;,]{0,40}?)(\d{4})", after
    )
    scope: Scope | None
    prior = ctx.just_before(m.start(), "share", "votes", "turnout", within=25)
    if prior is not None and (what == "turnout") == (prior.frame.measure == "turnout"):
        # "on 11.5 per cent of the vote, up four points": the change of the figure before
        subj = prior.frame.subject if what != "turnout" else subj
        scope = prior.frame.scope
    elif subj is not None and subj.kind == "candidate":
        scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end) or Scope(level="seat")
    else:
        scope = (
            _possessive_area(ctx, m.start())
            or ctx.area_scope(ctx.sent.start, ctx.sent.end)
            or ctx.seat_near(m.start())
            or ctx.seat_scope(
                ctx.sent.start,
                ctx.sent.end,
                back=bool(re.search(r"\b(?:there|here|the seat|the island)\b", head)),
            )
            or ctx.inherit_scope()
        )
        if scope is None and ctx.paragraph_seat() is not None:
            t = ctx.paragraph_seat()
            assert t is not None
            scope = ctx.seat_scope_of(t, f"the paragraph is about {t.text}")
        scope = scope or uk_default()
    f = ctx.frame(
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
    out = [ctx.draft(m, f, n, rule_name="change")]
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
        or uk_default()
    )
    f = ctx.frame(
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
    return ctx.draft(m, f, y, rule_name="change_words")


@rule(
    r"\bswing\s+(?:from\s+(?:the\s+)?(?P<a>{P})\s+to\s+(?:the\s+)?(?P<b>{P}))?(?P<mid>[^.;:!?\n]{0,30}?)(?:was\s+|of\s+|,\s+)?(?:just\s+|only\s+)?{Q}(?P<n>{N}|{PCT})\s*(?:percentage\s+)?(?:points?|per\s*cent|%)?",
    r"(?P<a>{P})-to-(?P<b>{P})\s+swing(?P<mid>[^.;:!?\n]{0,40}?),?\s+{Q}(?P<n>{N})\s*(?:percentage\s+)?points?",
    r"\bswing\s+from\s+(?:the\s+)?(?P<a>{P})\s+to\s+(?:the\s+)?(?P<b>{P}),\s+{Q}(?P<n>{N})\s*points?",
    name="swing",
    needs="swing",
    # before the share rule: "on a swing of 39.3 per cent" is a swing, never a share
    priority=45,
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
        b_subj = ctx.subject_of(b, "'to' party of the swing")
    subj = b_subj
    other = ctx.subject_of(a, "'from' party of the swing") if a else None
    scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=False)
    if (
        scope is None
        and re.search(
            r"\b(?:of the parliament|at any by-election)\b", ctx.text(ctx.sent.start, ctx.sent.end)
        )
        # "X won by N on a swing of 26.3 per cent, the second-largest of the parliament":
        # the swing a winner won on is their seat's, ranked among the parliament's after
        and not re.search(r"\bon\s+a\s+swing\b", ctx.text(ctx.sent.start, m.start() + 10))
    ):
        scope = Scope(level="seats", where=["by-elections"], how="by-elections of the parliament")
    if scope is None:
        seat_cue = re.search(
            r"\b(?:the seat|the constituency|there)\b", ctx.text(ctx.sent.start, m.start())
        )
        scope = (
            (None if seat_cue else ctx.sentence_area())
            or ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
            if re.search(
                r"\bthe swing\b|\bon\s+a\s+swing\b|\b(?:the seat|the constituency|there)\b",
                ctx.text(ctx.sent.start, m.start() + 10),
            )
            and ctx.doc.last_before(ctx.sent.start, "seat", floor=max(0, ctx.sent.start - 300))
            else (ctx.sentence_area() or uk_default())
        )
    if other is None and (scope is None or scope.level != "seat"):
        # a seat's swing with one side named is answered from the seat's result
        unresolved.append("other: the party the swing is from is not named")
    f = ctx.frame(
        "swing",
        subj,
        other=other,
        scope=scope or uk_default(),
        number=n,
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
    return ctx.draft(m, f, n, rule_name="swing")


@rule(
    r"(?P<more>more\s+than\s+|almost\s+|nearly\s+)?(?P<r>{RATIO})\s+(?:(?:its|their|the\s+party's|his|her)\s+)?(?P<what>number\s+of\s+mps|tally\s+of\s+mps|share(?:\s+of\s+the\s+vote)?|vote|seats|mps|what\s+it\s+won)?(?:\s+(?:in|to)\s+(?P<n>{N}))?",
    r"{Q}(?P<k>{N})\s+times\s+as\s+many\s+(?P<what>seats|votes|mps)",
    name="ratio",
    needs="doubl|tripl|trebl|quadrupl|halved|twice|times",
)
def _ratio(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    g = m.groupdict()
    k = ctx.num(m, "k") if g.get("k") else None
    if g.get("r") and majority_follows(ctx.text(m.end("r"), min(ctx.sent.end, m.end("r") + 30))):
        return None  # "more than doubled his majority": the majority's move (round 9)
    if g.get("r") and any(
        d.rule == "majority_fold_last_time" and d.start <= m.start("r") < d.end for d in ctx.drafts
    ):
        return None  # "a majority that more than doubled Labour's last time" (round 10)
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
    what = _ratio_object(ctx, m.end("r") if g.get("r") else m.end()) or (
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
            ctx.subject_of(
                firsts[0], "the first party named in the sentence: the one compared with"
            )
            if firsts
            else None
        )
    q = (g.get("more") or "").strip()
    comp = {"more than": "gt", "almost": "nearly", "nearly": "nearly"}.get(
        " ".join(q.split()), "eq"
    )
    if k is not None and k.q is not None and k.q.qualifier:
        comp = ctx.comparator(k)
    comp = ratio_comparator(factor, comp)  # "more than halved": below one half (round 9)
    st = Stated(g.get("r") or (k.text if k else ""), factor, factor, factor, "a ratio as stated")
    f = ctx.frame(
        "ratio",
        subj,
        other=other,
        scope=ctx.sentence_area() or uk_default(),
        stated=st,
        comparator=comp,
        metric=what,
        unit="times",
    )
    _that_number_baseline(ctx, m, f)
    if g.get("r"):  # "halved", "more than doubled" with no figure of its own (round 9)
        mark_ratio_word(f, ctx.text(m.end("r"), min(ctx.sent.end, m.end("r") + 40)))
    out = [
        ctx.draft(
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
        f2 = ctx.frame(
            "seats", subj, scope=f.scope, stated=ctx.stated(n), comparator="eq", unit="seats"
        )
        out.append(ctx.draft(m, f2, n, rule_name="ratio_to", span=(m.start("n"), m.end("n"))))
    elif g.get("n"):
        out[0].numbers.append(m.start("n"))
    return out


#: the noun phrase a ratio verb acts on ("doubled their Welsh contingent", "nearly trebled
#: the Liberal share of four years before"): up to four words before its head noun
_RATIO_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?!and\b|but\b|while\b|to\b|in\b)"
    r"[\w'\u2019-]+\s+){0,4}?"
    r"(?P<head>seats?|mps|members|contingent|tally|haul|representation|number\s+of\s+(?:seats|mps)|"
    r"share|percentage|proportion|votes?)\b"
)
_OBJECT_METRIC = {
    "share": "share",
    "percentage": "share",
    "proportion": "share",
    "vote": "votes",
    "votes": "votes",
}


def _ratio_object(ctx: Ctx, end: int) -> str | None:
    """The metric a ratio's own object names ("doubled their Welsh contingent to four":
    seats; "trebled the Liberal share": share), or None when the words after the verb name
    none. The object decides before the rest of the sentence (round 6c: "It won eight
    seats and nearly trebled the Liberal share" is a share ratio, not a seat ratio)."""
    hit = _RATIO_OBJECT.match(ctx.doc.folded, end, min(ctx.sent.end, end + 60))
    if hit is None:
        return None
    head = hit.group("head")
    if head == "vote" and re.match(r"\s+share\b", ctx.doc.folded[hit.end() : hit.end() + 8]):
        return "share"  # "its vote share"
    return _OBJECT_METRIC.get(head, "seats")


#: "nearly twice that number", "three times that figure": the base is a figure stated before
_THAT_NUMBER = re.compile(
    r"\s+(?:that|this|the\s+same|the\s+earlier)\s+(?:number|figure|total|tally|many|amount|"
    r"count|share)\b"
)


def _that_number_baseline(ctx: Ctx, m: re.Match[str], f: Frame) -> None:
    """ "In 1992 there were just six Welsh Tory MPs; there are now nearly twice that number":
    the ratio's base is the figure stated before it, at the one year its sentence names
    (its baseline); with no year, or several, the base is not resolved (round 6b, WRONG-B:
    read against the previous election, a true ratio was called false)."""
    end = m.end("r") if m.groupdict().get("r") else m.end()
    if not _THAT_NUMBER.match(ctx.doc.folded, end):
        return
    years = {t.text for t in ctx.doc.tags_in(ctx.sent.start, m.start(), "year")}
    if len(years) == 1 and f.baseline is None:
        f.baseline = years.pop()
        f.notes.append(f"'that number': the figure stated for {f.baseline}")
    else:
        f.unresolved.append("baseline: 'that number' is a figure stated earlier, not dated")
