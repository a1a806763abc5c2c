"""Frame rules: placings and outcomes ("came third", "held", "took X from P")."""

from __future__ import annotations

import re

from psephos.claims import lexicon as lx
from psephos.claims.extract.patterns import Ctx, Draft, _expand, rule
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import Stated

# --- rules: placings and outcomes ---------------------------------------------------------


_SUP_WORD = re.compile(
    r"\b(?:biggest|largest|smallest|narrowest|highest|lowest|safest|closest|most|fewest)\b"
)


#: words before a placing that say it did not happen ("came within N votes of pushing X
#: into third", "nearly relegated X to fourth", "failed to push X into second")
_COUNTERFACTUAL = re.compile(
    r"\b(?:within\s+(?:\S+\s+){1,3}?of|nearly|almost|close\s+to|failed\s+to|short\s+of|"
    r"threatened\s+to|bid\s+to|tried\s+to|hoped\s+to|could\s+have|would\s+have)\s+$"
)


def _clause_seat(ctx: Ctx, start: int, end: int) -> Scope | None:
    """In a sentence naming several seats, the seat of the placing's own clause (the
    nearest before it in the clause, else the first after): "X lost Leeds North West ...,
    and in Southport, held by the party since 1997, the Liberal Democrats came third"."""
    seats = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "seat")
    if len({t.ref.get("name") for t in seats}) < 2:
        return None
    if _SUP_WORD.search(ctx.doc.folded, ctx.sent.start, start):
        return None  # "The biggest majority was X's; Y, with N, was second": a ranking
    here = ctx.doc.tags_in(ctx.clause_start(start), ctx.clause_break(end), "seat")
    if not here:
        return None
    before = [t for t in here if t.start < start]
    t = before[-1] if before else here[0]
    return ctx.seat_scope_of(t, "the seat named in the placing's clause")


@rule(
    r"\b(?P<v>{PLACE})\s+(?:a\s+(?:distant|close|strong|poor)\s+|a\s+)?(?P<n>{O})(?:\s+place)?",
    r"(?:{PUSH})\s+(?:the\s+)?(?P<who>{WHO})\s+(?:in)?to\s+(?P<n>{O})(?:\s+place)?",
    r"(?:with|and)\s+(?P<who>{WHO})(?:'s?\s+(?P<c>{C}))?\s+in\s+(?P<n>{O})(?:\s+place)?",
    r"(?:\bwith|,)\s+(?:the\s+)?(?P<who>{WHO})\s+(?:a\s+(?:distant|close|strong|poor|respectable|creditable|narrow)\s+)?(?P<n>{O})(?!-|\s+(?:largest|biggest|time|successive|highest|lowest|most|least|term|round))",
    r"(?P<who>{WHO})\s+(?:is|was|are|were)\s+(?:now\s+)?the\s+(?P<n>{O})-(?:largest|biggest)\s+party",
    name="placing",
    needs="\ue00a",
)
def _placing(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    from psephos.claims.extract.round8b_b import paired_placing

    pair = paired_placing(ctx, m)  # round 8b (B): "A and B came fourth and fifth"
    if pair is not None:
        return pair
    n = ctx.num(m)
    who = ctx.tag(m, "who")
    if who is None and m.group("v"):
        sb = ctx.subject_before(m.start(), "person", "party")
        who = ctx.doc.at.get(sb.start) if sb is not None and sb.start >= 0 else None
    if n is None or who is None or n.q is None:
        return None
    if _COUNTERFACTUAL.search(ctx.text(max(ctx.sent.start, m.start() - 60), m.start())):
        return None  # "came within 117 votes of pushing X into third": X was not third
    c = ctx.tag(m, "c") if m.groupdict().get("c") else None
    subj = ctx.subject_of(c or who, "the candidate or party placed")
    mid = ctx.text(*m.span("mid")) if m.groupdict().get("mid") else ""
    if (
        mid
        and re.search(r"[,;]\s*$", mid)
        and ctx.doc.tags_in(m.start("mid"), m.end("mid"), "person", "party", "seat")
    ):
        # "X, who ..., finished fourth" is fine; "X won Y, and Z finished" is not X
        last = ctx.doc.tags_in(m.start("mid"), m.end("mid"), "person", "party")
        if last:
            subj = ctx.subject_of(last[-1], "the nearest candidate or party before the placing")
    after = ctx.text(m.end(), min(ctx.sent.end, m.end() + 60))
    before = ctx.text(ctx.sent.start, m.start())
    national = re.search(
        r"popular vote|nationally|at westminster|largest party|biggest party",
        after + ctx.text(m.start(), m.end()),
    ) or (
        # "third, behind Labour and the Lib Dems" is national only when no seat is named in
        # the sentence ("In SEAT the Tories finished third, 300 votes behind" is the seat's)
        re.search(r"^[\s,]*(?:\w+\s+){0,3}behind\s", after)
        and not re.search(r"\bvotes?\s+behind\b", after)
        and not ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "seat")
    )
    if national:
        scope = ctx.area_scope(m.start(), ctx.sent.end) or Scope(level="uk")
        metric = (
            "seats"
            if re.search(r"largest|biggest|at westminster", ctx.text(m.start(), m.end()) + after)
            else "votes"
        )
    else:
        scope = (
            _clause_seat(ctx, m.start(), m.end())
            or ctx.seat_scope(ctx.sent.start, ctx.sent.end)
            or Scope(level="seat", how="no seat named")
        )
        metric = "votes"
    f = ctx.frame(
        "placing", subj, scope=scope, nth=int(n.q.value or 0), comparator="eq", metric=metric
    )
    if scope.level == "seat" and scope.seat is None:
        f.unresolved.append("scope: no seat found for the placing")
    del before
    return ctx.draft(
        m,
        f,
        n,
        rule_name="placing",
        span=(min(m.start(), who.start) if who.start >= m.start() - 2 else m.start(), m.end()),
    )


@rule(
    r"\b(?P<v>{WIN}|{HOLD}|{LOSE})\s+(?:(?:it|the\s+seat|the\s+constituency)\b|(?:(?:its|their|his|her)\s+(?:only\s+|sole\s+|last\s+)?seat,?\s+|the\s+(?={S}\s+by-?elections?\b))?(?P<s>{S})(?:\s+by-?election)?)(?P<rest>\s+(?:from|for|to)\s+(?:the\s+)?(?P<o>{P}|{C}))?",
    r"(?P<s>{S})\s+(?P<v>goes|went|fell\s+to|falls\s+to|turned|swung\s+to)\s+(?:to\s+)?(?:the\s+)?(?P<who>{P})",
    r"(?P<v>unseat\w*|oust\w*|topp\w*|defeat\w*)\s+(?:(?:the\s+)?(?P<op>{P})\s+)?(?P<who>{C})",
    name="outcome",
    needs="[\\ue002]|\\bit\\b|seat|constituency|unseat|oust|topp|defeat",
)
def _outcome(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    outcome: str | None
    who = ctx.tag(m, "who")
    if who is None:
        sb = ctx.subject_before(m.start(), "person", "party")
        if sb is None or sb.start < 0:
            return None
        who = ctx.doc.at.get(sb.start)
        if who is None:
            return None
    v = " ".join(m.group("v").split())
    if _COUNTERFACTUAL.search(ctx.doc.folded, max(ctx.sent.start, m.start("v") - 40), m.start("v")):
        return None  # "fell 229 votes short of taking X", "nearly took X": it did not happen
    if _FIRST_WIN.search(ctx.doc.folded, max(ctx.sent.start, m.start("v") - 12), m.start("v")):
        return None  # "when Alan Meale first won the seat": a tenure's start, read with its year
    g = m.groupdict()
    s = ctx.tag(m, "s") if g.get("s") else None
    if g.get("mid") and re.search(r"[.;]|\bwho\b.*\b(?:had|has)\b", ctx.text(*m.span("mid"))):
        pass
    scope = ctx.seat_scope_of(s, "named in the claim") if s else ctx.seat_scope(m.start(), m.end())
    subj = ctx.subject_of(who, "the winner or loser named")
    if (
        v.startswith(("unseat", "oust", "topp", "defeat"))
        or _expand("{LOSE}").fullmatch(v)
        and g.get("s") is not None
        and not v.startswith(("fell", "falls", "went"))
    ):
        outcome = "lost"
    elif (
        v in ("goes", "went", "turned", "swung to")
        or v.startswith(("fell", "falls"))
        and g.get("s")
        and not g.get("mid")
    ):
        outcome = "won"
    else:
        outcome = ctx.outcome_word(v)
    o = ctx.tag(m, "o") if g.get("o") else None
    rest = (g.get("rest") or "").strip()
    other = None
    if o is not None and rest.startswith("from"):
        other = ctx.subject_of(o, "the party or candidate it was taken from")
        if outcome == "won":
            outcome = "gained"
    elif o is not None and rest.startswith("for") and o.kind == "party":
        subj = (
            Subject(
                "candidate",
                who.text,
                who.start,
                who.end,
                candidate=subj.candidate,
                party=o.ref["code"],
                how=f"{subj.how}; standing for {o.text}",
                resolved=subj.resolved,
            )
            if who.kind == "person"
            else ctx.subject_of(o, "named after 'for'")
        )
    elif o is not None and rest.startswith("to") and outcome == "lost":
        other = ctx.subject_of(o, "the winner it was lost to")
    if _TENURE_AFTER.match(ctx.doc.folded, m.end()):
        return None  # "had held the seat for 18 years", "held it since 1997": a tenure
    f = ctx.frame("outcome", subj, other=other, scope=scope or Scope(level="seat"), outcome=outcome)
    if scope is None:
        f.unresolved.append("scope: no seat found")
    return ctx.draft(m, f, rule_name="outcome", span=(m.start(), m.end()))


#: "first" just before a winning verb: the start of a tenure ("Sir Alan Meale, MP since
#: 1987, first won the seat"), not the outcome at the claim's election; the tenure rules
#: (extract/history.py) read it when it gives its year
_FIRST_WIN = re.compile(r"\bfirst\s+$")

#: a length of time after a winning/holding verb: a tenure, not one election's outcome
_TENURE_AFTER = re.compile(
    r"(?:\s+(?:for|by)\s+(?:the\s+\w+\s+)?\w+)?\s+(?:for\s+(?:(?:almost|nearly|more\s+than|over|"
    r"some|about|just\s+under|just\s+over)\s+)?(?:\S+\s+)?(?:years?|decades?|terms?|parliaments?)\b"
    r"|since\s+\S)"
)


@rule(
    r"\b(?:had\s+|has\s+)?(?:stood|ran|standing|running)\s+(?:for|as)\s+(?:the\s+|an?\s+)?(?:(?P<p>{P})|(?P<ind>independent))(?P<tail>[^.;:!?,\n]{0,40})",
    name="stood_for",
    needs="\\bstood\\b|\\bran\\b|standing|running",
)
def _stood_for(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    subj = ctx.subject_before(m.start(), "person")
    if subj is None or subj.kind != "candidate":
        return None
    p = ctx.tag(m, "p") if m.group("p") else None
    code = p.ref["code"] if p else "Ind"
    subj.party = code
    tail = m.group("tail") or ""
    here = re.search(r"\b(?:here|there|in the seat|in the constituency)\b", tail)
    scope = (
        ctx.seat_scope(m.start(), m.start() + len(m.group(0)), back=bool(here))
        if here or ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "seat")
        else None
    )
    f = ctx.frame(
        "outcome",
        subj,
        scope=scope or Scope(level="seat", how="any seat"),
        outcome="stood",
        notes=[f"stood for {p.text if p else 'no party (independent)'}"],
    )
    y = ctx.doc.tags_in(m.start(), m.end(), "year")
    if y:
        f.election = ctx.doc.text[y[0].start : y[0].start + 4]
    return ctx.draft(
        m,
        f,
        *(y[:1]),
        rule_name="stood_for",
        span=(m.start(), m.start() + len(m.group(0).rstrip())),
    )


@rule(
    r"\b(?P<v>lost|losing|loses)\s+(?:every\s+(?:one|{N})\s+of|all(?:\s+of)?|each\s+of)\s+(?:their|its|the)\s+(?:(?P<n>{N})\s+)?(?:seats|mps)(?:\s+(?:they|it|she|he)\s+(?:had\s+)?(?:held|had|won))?",
    r"\bwithout\s+(?:a\s+single|any)\s+(?:seat|mp)s?\b",
    r"\b(?P<wiped>wiped\s+out)(?:\s+in\s+(?P<a>{A}))?",
    r"\bleft\s+without\s+an?\s+(?:single\s+)?(?:mp|seat)\b",
    r"\b(?P<v>lost|losing|loses)\s+(?:every|each|all(?:\s+the)?)\s+(?:(?:one|{N})\s+of\s+the\s+)?(?:\w+\s+)?"
    r"(?:seats?|mps?)\s+(?:that\s+)?(?:they|it|she|he)\s+(?:had\s+)?(?:held|had|won|was\s+defending|were\s+defending)\b",
    name="lost_all",
    needs="every|\\ball\\b|each|without|wiped",
    priority=45,
)
def _lost_all(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "lost every seat they held", "left without an MP", "wiped out in Scotland": no
    seats in the area ("wiped out" allows one survivor: it is said of near-total losses)."""
    subj = ctx.subject_before(m.start(), "party")
    if subj is None:
        return None
    wiped = bool(m.groupdict().get("wiped"))
    scope = ctx.area_scope(m.start(), ctx.sent.end) or ctx.area_scope(ctx.sent.start, m.start())
    if scope is None:
        back = ctx.doc.last_before(ctx.sent.start, "area", floor=max(0, ctx.sent.start - 300))
        scope = (
            Scope(
                level=back.ref["level"],
                name=back.ref["name"],
                how=f"the area named before ({back.text})",
            )
            if back
            else None
        )
    if scope is None:
        return None
    st = (
        Stated("wiped out", 0, 0, 1, "'wiped out': no seats, or all but one")
        if wiped
        else Stated("none", 0, 0, 0, "no seats")
    )
    f = ctx.frame(
        "seats",
        subj,
        scope=scope,
        stated=st,
        comparator="eq",
        unit="seats",
        notes=["'lost every seat' / 'without a seat': no seats in the scope"],
    )
    n = ctx.num(m, "n") if m.group("n") else None
    out = [ctx.draft(m, f, n, rule_name="lost_all")]
    # "the SDLP and the Ulster Unionists lost every seat": each party named in the subject
    for t in _co_subjects(ctx, subj):
        f1 = Frame(
            **{
                **f.__dict__,
                "subject": ctx.subject_of(t, "named with the other party of the claim"),
                "notes": list(f.notes),
                "unresolved": list(f.unresolved),
            }
        )
        out.append(Draft(f1, t.start, t.end, [], "lost_all"))  # its own span: one claim each
    more = _expand(r"\s+in\s+{A}(?:\s*(?:,|or|and)\s+(?P<b>{A}))+").match(
        ctx.doc.typed[m.end() : ctx.sent.end]
    )
    if more:
        for t in ctx.doc.tags_in(m.end(), m.end() + more.end(), "area")[1:]:
            f2 = Frame(
                **{
                    **f.__dict__,
                    "scope": Scope(level=t.ref["level"], name=t.ref["name"], how=f"'{t.text}'"),
                    "notes": list(f.notes),
                    "unresolved": list(f.unresolved),
                }
            )
            out.append(Draft(f2, m.start(), m.end() + more.end(), [], "lost_all"))
        out[0].end = m.end() + more.end()
    return out


@rule(
    r"(?P<p>{P})\s+(?:was|were|had\s+been|has\s+been)\s+(?P<v>beaten|defeated|ousted|unseated|toppled)\b(?P<where>[^.;:!?,\n]{0,40}?)\s+by\s+(?P<mid>[^.;:!?\n]{0,60}?)(?P<w>{C}|{P})",
    name="beaten_by",
    needs="beaten|defeated|ousted|unseated|toppled",
    priority=40,
)
def _beaten_by(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    p, w = ctx.tag(m, "p"), ctx.tag(m, "w")
    if p is None or w is None:
        return None
    scope = ctx.seat_scope(m.start(), m.end(), back=False)
    f = ctx.frame(
        "outcome",
        ctx.subject_of(p, "the party beaten"),
        other=ctx.subject_of(w, "the winner named after 'by'"),
        scope=scope or Scope(level="seat", how="the winner's seat"),
        outcome="lost",
    )
    where = (m.group("where") or "").strip()
    if where:
        f.notes.append(f"where: '{where}'")
    return ctx.draft(m, f, rule_name="beaten_by")


@rule(
    r"\b(?P<dir>loss|losses|fall|drop|decline|collapse|slump|rise|gain|gains|increase|surge)\s+(?:of|in)\s+(?:its\s+|their\s+)?(?:support|vote\s+share|votes?|share\s+of\s+the\s+vote)\s+in\s+(?P<deg>heavily|predominantly|mainly|largely|strongly|overwhelmingly)?\s*(?P<g>{G})\s+(?:areas|seats|constituencies|communities|neighbourhoods)",
    name="group_change",
    needs="\ue005",
    priority=40,
)
def _group_change(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = ctx.tag(m, "g")
    subj = ctx.subject_before(m.start(), "party")
    if g is None or subj is None:
        return None
    deg = m.group("deg") or ""
    threshold = lx.GROUP_AREA_THRESHOLD.get(deg, lx.GROUP_AREA_THRESHOLD[""])
    where = [f"census:{g.ref['group']}>={threshold:g}%"]
    down = m.group("dir") in ("loss", "losses", "fall", "drop", "decline", "collapse", "slump")
    f = ctx.frame(
        "change",
        subj,
        scope=Scope(
            level="seats",
            where=where,
            how=f"'{(deg + ' ' + g.text).strip()} areas': seats with at least {threshold:g}% {g.ref['group']}",
        ),
        comparator="down" if down else "up",
        metric="share",
        unit="points",
        notes=[f"'{m.group('dir')}': the party's share change across those seats"],
    )
    return ctx.draft(m, f, rule_name="group_change")


@rule(
    r"(?P<s>{S})\s+(?:was|is|became|proved|ended\s+up\s+as)\s+(?:an?\s+|the\s+)?(?:(?:comfortable|narrow|easy|shock|surprise|notable|rare|clear|solid|safe)\s+)?(?P<who>{P})\s+(?P<v>gain|hold|win|loss)(?:\s+from\s+(?:the\s+)?(?P<o>{P}))?",
    r"(?P<who>{P})\s+(?P<v>gain|hold)\s+(?:from\s+(?:the\s+)?(?P<o>{P})\s+)?(?:in|of|at)\s+(?P<s>{S})",
    name="result_noun",
    needs="gain|hold|win|loss",
)
def _result_noun(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """The results-sheet wording: "Hendon was a Labour gain from the Conservatives",
    "Clacton was a Reform hold", "a Green gain from Labour in Bristol Central"."""
    s, who = ctx.tag(m, "s"), ctx.tag(m, "who")
    if s is None or who is None:
        return None
    v = m.group("v")
    outcome = {"gain": "gained", "hold": "held", "win": "won", "loss": "lost"}[v]
    o = ctx.tag(m, "o") if m.group("o") else None
    f = ctx.frame(
        "outcome",
        ctx.subject_of(who, f"the party of the '{v}'"),
        other=ctx.subject_of(o, "the party it was gained from") if o else None,
        scope=ctx.seat_scope_of(s, "named in the claim"),
        outcome=outcome,
    )
    return ctx.draft(m, f, rule_name="result_noun")


def _co_subjects(ctx: Ctx, subj: Subject) -> list:  # type: ignore[type-arg]
    """Parties joined to ``subj`` by "and" just before it ("the SDLP and the Ulster
    Unionists"), nearest last."""
    out = []
    pos = subj.start
    while pos > ctx.sent.start:
        prev = ctx.doc.last_before(pos, "party", floor=ctx.sent.start)
        if prev is None or not re.fullmatch(
            r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", ctx.doc.folded[prev.end : pos]
        ):
            break
        out.append(prev)
        pos = prev.start
    return out
