"""Frame rules: records, firsts since a year and tenure."""

from __future__ import annotations

import re

from psephos.claims import lexicon as lx
from psephos.claims.extract.patterns import Ctx, Draft, _expand, rule
from psephos.claims.frame import Frame, Scope, Subject

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
    f = ctx.frame(
        "first_since", subj, scope=scope, comparator=comp, since_year=year, outcome=outcome
    )
    return ctx.draft(m, f, y, rule_name="first_since")


def _party_in(ctx: Ctx, m: re.Match[str]) -> Subject | None:
    ps = ctx.doc.tags_in(m.start(), m.end(), "party")
    return ctx.subject_of(ps[0], "the party named in the claim") if ps else None


@rule(
    r"\b(?:had\s+|has\s+|have\s+)?never\s+(?:before\s+)?(?P<v>elected|returned|won|voted|sent|had)\s+(?:a\s+|an\s+)?(?P<p>{P})?",
    r"(?P<p>{P})\s+(?:had|has)\s+never\s+(?:won|held|taken)",
    r"\bwhich\s+(?P<p2>{P})\s+had\s+never\s+won",
    r"\b(?:elected|returned|chose|sent)\s+an?\s+(?P<p>{P})(?:\s+mp)?\s+for\s+the\s+first\s+time(?!\s+since)",
    r"\bfirst\s+time\s+(?:that\s+)?(?:the\s+)?(?:\S+\s+){0,3}?(?:(?:seat|constituency)(?:\s+of\s+{S})?|{S})\s+(?:had\s+)?(?:ever\s+)?(?:elected|returned)\s+an?\s+(?P<p2>{P})",
    r"\b(?:for|at)\s+every\s+(?:general\s+)?election\s+(?:since|from)\s+(?P<y>{Y})",
    r"\bevery\s+(?:general\s+)?election\s+since\s+(?P<y>{Y})",
    name="never",
    needs="never|every|first time",
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
    subj = ctx.subject_of(pt, "the party named") if pt else ctx.subject_before(m.start(), "party")
    scope = ctx.seat_near(m.start(), back=bool(re.search(r"\b(?:which|where|the seat|it)\b", seg)))
    if scope is None:
        scope = ctx.sentence_area() or Scope(level="uk")
    comp = "every_since" if y is not None else "never"
    year = int(y.q.value) if y and y.q and y.q.value else None
    until = re.search(r"\buntil\b[^.;]*?(\d{4})", ctx.text(m.end(), ctx.sent.end))
    f = ctx.frame("first_since", subj, scope=scope, comparator=comp, since_year=year, outcome="won")
    if until:
        f.notes.append(f"until {until.group(1)}")
    end = m.end()
    if until:
        end = m.end() + until.end()
    out = [ctx.draft(m, f, y, rule_name="never", span=(m.start(), end))]
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
                    "scope": ctx.seat_scope_of(t, "one of the seats listed"),
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
    total = ctx.just_before(m.start(), "seats", within=40)
    generic = re.fullmatch(
        r"(?:\w+\s+)?(?:result|showing|performance|night)(?:\s+(?:there|here|yet|nationally))?",
        noun,
    )
    metric = (
        # "won 13 seats, their best result since 1983": a record in seats
        ("seats" if total is not None and (generic or not noun) else None)
        or ctx.noun_metric(noun)
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
    f = ctx.frame(
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
    return ctx.draft(m, f, y, nth_t, rule_name="record")


@rule(
    r"\b(?:has\s+|had\s+|who\s+)?(?:held|represented)\s+(?:the\s+seat|the\s+constituency|it|{S})\s+since\s+(?P<y>{Y})",
    r"\b(?:an?\s+|the\s+)?mp(?:\s+for\s+{S})?\s+since\s+(?P<y>{Y})",
    r"\bfirst\s+(?:elected|won\s+(?:the\s+seat|it|{S}))(?:\s+(?:to|for)\s+(?:the\s+commons|parliament|westminster|the\s+house\s+of\s+commons|{S}))?(?:\s+(?:in|at))?\s+(?:the\s+)?(?P<y>{Y})",
    name="tenure",
    needs="since|first",
)
def _tenure(ctx: Ctx, m: re.Match[str]) -> Draft:
    y = ctx.tag(m, "y")
    subj = ctx.subject_before(m.start(), "person")
    scope = ctx.seat_scope(m.start(), m.end(), back=False) or ctx.seat_near(m.start(), back=True)
    txt = ctx.text(m.start(), m.end())
    outcome = "first_elected" if "first" in txt else "held_since"
    f = ctx.frame(
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
    return ctx.draft(m, f, y, rule_name="tenure")
