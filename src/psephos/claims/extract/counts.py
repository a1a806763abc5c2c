"""Frame rules: votes, shares, seat totals, gains and turnout."""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.frame import Scope, Subject

# --- rules: votes, shares, seats ---------------------------------------------------------


@rule(
    r"{Q}(?P<n>{N})\s+(?P<dir>more|fewer)\s+votes\s+than\s+(?:the\s+)?(?P<o>{WHO})",
    name="more_votes_than",
    needs="votes than",
)
def _more_votes(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    subj = ctx.subject_before(m.start(), "party", "person")
    o = ctx.tag(m, "o")
    scope = ctx.area_scope(ctx.sent.start, ctx.sent.end) or Scope(
        level="uk", how="no area named: the UK"
    )
    f = ctx.frame(
        "margin",
        subj,
        other=ctx.subject_of(o, "named after 'than'") if o else None,
        scope=scope,
        number=n,
        unit="votes",
        metric="votes",
        notes=[f"'{m.group('dir')} votes than': subject's votes minus the other's"],
    )
    if m.group("dir") == "fewer":
        f.comparator = "down"
    return ctx.draft(m, f, n, rule_name="more_votes_than")


@rule(
    r"(?:{GET}|total\s+vote,?|total\s+of|vote\s+of|votes?\s+(?:was|were|stood\s+at|reached))\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?P<unit>\s+votes)?",
    r"(?P<n>{N})\s+votes\b",
    r"(?:the\s+)?(?:backing|support|votes)\s+of\s+{Q}(?P<n>{N})\s+(?P<unit>voters|people|electors)\b",
    name="votes",
    needs="vote|\ue006",
)
def _votes(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind != "num" or n.q is None or (n.q.value or 0) < 100:
        return None
    after = ctx.text(m.end(), min(ctx.sent.end, m.end() + 20))
    if (
        not m.group("unit")
        and not re.match(r"\s*(?:votes?\b|,|\s*$)", after)
        and "vote" not in ctx.text(m.start(), m.end())
    ):
        return None
    if re.match(r"\s*(?:seats|mps|points|per|%)", after):
        return None
    subj = ctx.subject_before(m.start(), "person", "party")
    if subj is None:
        return None
    scope: Scope | None
    if subj.kind == "candidate":
        scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end) or Scope(
            level="seat", how="the candidate's seat"
        )
    else:
        scope = ctx.area_scope(m.start(), ctx.sent.end) or ctx.seat_scope(
            m.start(), m.end(), back=False
        )
        scope = scope or Scope(level="uk", how="no area or seat named: the UK")
    f = ctx.frame("votes", subj, scope=scope, number=n, unit="votes")
    return ctx.draft(m, f, n, rule_name="votes")


@rule(
    r"(?P<v>{GET}|{WIN}|{HOLD}|left\s+with|reduced\s+to|down\s+to|up\s+to|make\s+it)?\s*(?:just\s+|only\s+)?{Q}(?P<n>{N})\s+of\s+(?:the\s+)?(?:(?P<a>{A})(?:'s?)?\s+)?(?P<m>{N})\s+(?:\w+\s+)?(?:seats|constituencies|mps)",
    r"(?P<v>{GET}|{WIN}|{HOLD}|left\s+with|reduced\s+to|make\s+it|bagged)\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?{Q}(?P<n>{N})\s+(?:(?P<a>{A})\s+)?(?:(?!more\b|fewer\b|less\b|extra\b|additional\b)\w+\s+)?{SEATN}\b",
    r"(?P<v>reduced|down|up)\s+from\s+{Q}(?P<n0>{N})\s+(?:seats\s+|mps\s+)?to\s+{Q}(?P<n>{N})",
    r"\bwith\s+{Q}(?P<n>{N})\s+(?:seats|mps),?\s+(?:the\s+)?(?P<p>{P})",
    r"(?P<v>{GET}|{WIN}|left\s+with|reduced\s+to)\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?=\s*(?::|,|\.|$|\s+(?:seats|mps)|\s+and\b))",
    name="seats_of",
    needs="\ue006",
)
def _seats(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    n = ctx.num(m)
    if n is None or n.kind != "num" or (n.q and (n.q.value or 0) > 650):
        return None
    groups = m.groupdict()
    bare = (
        "v" in groups
        and groups.get("m") is None
        and not re.search(r"seats|mps|constituenc", ctx.text(m.start(), m.end()))
        and not groups.get("n0")
    )
    if (
        bare
        and not any(d.frame.measure == "seats" for d in ctx.drafts)
        and not re.search(r"\bseats?\b|\bmps\b", ctx.text(max(0, ctx.sent.start - 200), m.start()))
    ):
        return None
    if bare and re.match(r"\s*of\s+the\s+", ctx.text(ctx.sent.start, m.start())):
        return None  # "Of the ten seats with ..., Reform won three": a count within a set
    p = ctx.tag(m, "p") if groups.get("p") else None
    subj = (
        ctx.subject_of(p, "named with the seats") if p else ctx.subject_before(m.start(), "party")
    )
    if subj is None:
        return None
    if subj.kind == "candidate":
        return None
    a = ctx.tag(m, "a") if groups.get("a") else None
    scope = (
        Scope(level=a.ref["level"], name=a.ref["name"], how=f"'{a.text}' in the claim")
        if a
        else ctx.area_scope(m.end(), ctx.clause_end(m.end(), 20))
        or ctx.area_scope(ctx.sent.start, m.start())
    )
    if scope is None and groups.get("m"):
        back = ctx.doc.last_before(ctx.sent.start, "area", floor=max(0, ctx.sent.start - 600))
        if back is not None:
            scope = Scope(
                level=back.ref["level"],
                name=back.ref["name"],
                how=f"'of the N seats' refers to the last area named ({back.text})",
            )
    if scope is None:
        prev = [d for d in ctx.drafts if d.frame.measure == "seats"]
        scope = prev[-1].frame.scope if prev else Scope(level="uk", how="no area named: the UK")
    out = []
    f = ctx.frame("seats", subj, scope=scope, number=n, unit="seats")
    if groups.get("m"):
        f.notes.append(f"of {ctx.doc.text[m.start('m') : m.end('m')]} seats in the scope")
    nums = [n]
    if groups.get("n0"):
        n0 = ctx.num(m, "n0")
        f0 = ctx.frame(
            "seats",
            subj,
            scope=scope,
            number=n0,
            unit="seats",
            election="previous",
            notes=["'from N to M': N at the previous election"],
        )
        out.append(ctx.draft(m, f0, n0, rule_name="seats_from", span=(m.start("n0"), m.end("n0"))))
    out.append(ctx.draft(m, f, *nums, rule_name="seats"))
    return out


@rule(
    r"(?:,|\band)\s+(?:the\s+)?(?P<p>{P})\s+{Q}(?P<n>{N})(?!\s*(?:per|%|points|votes))",
    r"(?:but|and)\s+(?:only\s+|just\s+)?(?P<n>{N})\s+in\s+(?P<a>{A})",
    name="list_seats",
    needs="\ue006",
)
def _list_seats(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    prev = [
        d for d in ctx.drafts if d.frame.measure in ("seats", "gains_from") and d.end <= m.start()
    ]
    if not prev:
        return None
    base = prev[-1].frame
    n = ctx.num(m)
    p = ctx.tag(m, "p") if m.groupdict().get("p") else None
    a = ctx.tag(m, "a") if m.groupdict().get("a") else None
    subj = ctx.subject_of(p, "named in the list") if p else base.subject
    scope = Scope(level=a.ref["level"], name=a.ref["name"], how=f"'{a.text}'") if a else base.scope
    f = ctx.frame(
        base.measure,
        subj,
        scope=scope,
        other=base.other,
        number=n,
        unit="seats",
        notes=["a list continuing the seat count before it"],
    )
    return ctx.draft(m, f, n, rule_name="list_seats")


@rule(
    r"(?P<v>{WIN})\s+{Q}(?P<n>{N})\s+(?:\w+\s+)?(?:seats|constituencies)\s+(?:directly\s+)?from\s+(?:the\s+)?(?P<o>{P}|[a-z ]{3,40}?(?=[,.;]|\s+at\b|\s+in\b|$))",
    priority=10,
    name="gains_from",
    needs="\\bfrom\\b",
)
def _gains_from(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    subj = ctx.subject_before(m.start(), "party")
    o = ctx.first(m, "o", "party")
    other = (
        ctx.subject_of(o, "the party the seats were taken from")
        if o
        else Subject(
            "party",
            ctx.doc.text[m.start("o") : m.end("o")],
            m.start("o"),
            m.end("o"),
            resolved=False,
            how="not a party name",
        )
    )
    scope = ctx.area_scope(m.end(), ctx.sent.end) or Scope(level="uk")
    f = ctx.frame(
        "gains_from",
        subj,
        other=other,
        scope=scope,
        number=n,
        unit="seats",
    )
    if o is None:
        f.unresolved.append(f"other: '{other.text}' is not a party name")
    if re.search(r"by-?elections?", ctx.text(m.end(), ctx.sent.end)):
        f.scope = Scope(level="seats", where=["by-elections"], how="'at by-elections'")
        f.election = "by-elections"
    return ctx.draft(m, f, n, rule_name="gains_from")


@rule(
    r"(?P<v>{GET}|won\s+on|with|on|at|to|of|polled|,)\s+(?:just\s+|only\s+)?{Q}(?P<n>{SHARE})(?P<of>\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:votes?|vote\s+share|votes\s+cast|ballots))?",
    r"(?P<n>{SHARE})\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:votes?\b|vote\s+share|votes\s+cast)",
    r"\bshare(?:\s+of\s+the\s+(?:\w+\s+)?vote)?(?:\s+in\s+(?:{A}|{S}))?,?\s+(?:(?:was|is|stood\s+at|of|at|reached|to)\s+)?{Q}(?P<n>{PCT})",
    r"(?P<who>{WHO})\s+{Q}(?P<n>{PCT})",
    name="share",
    needs="[\ue007\ue008]",
)
def _share(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.kind not in ("pct", "frac"):
        return None
    seg = ctx.text(ctx.sent.start, m.end() + 40)
    if re.search(r"\bturnout\b", ctx.text(max(ctx.sent.start, m.start() - 40), m.end())):
        return None
    if re.search(
        r"\b(?:residents?|households?|population|people|voters under|adults)\b",
        ctx.text(m.end(), min(ctx.sent.end, m.end() + 25)),
    ):
        return None
    if re.search(
        r"\bin\s+(?:more\s+than\s+|over\s+|fewer\s+than\s+)?\S+\s+seats\b",
        ctx.text(m.end(), ctx.sent.end),
    ):
        return None  # a condition on a seat count ("at least 5 per cent in 400 seats")
    if not m.groupdict().get("of") and not re.search(r"\bvote|share|poll|backed", seg):
        # a bare percentage after a getting verb is a share only for a party or candidate
        pass
    subj = ctx.subject_before(m.start(), "person", "party")
    if subj is None:
        return None
    scope: Scope | None
    total = ctx.just_before(m.start(), "seats", within=12)
    if total is not None and total.frame.subject.party == subj.party:
        # "won 11 seats on 11.5 per cent": the share is the seat total's (UK, region...)
        scope = total.frame.scope
    elif subj.kind == "candidate":
        scope = ctx.seat_near(m.start()) or Scope(level="seat", how="the candidate's seat")
    else:
        scope = ctx.area_scope(ctx.sent.start, ctx.sent.end)
        if scope is None:
            scope = ctx.seat_near(
                m.start(),
                back=bool(
                    re.search(r"\b(?:there|here|the seat|the constituency|the island)\b", seg)
                ),
            )
        if scope is None and ctx.paragraph_seat() is not None:
            t = ctx.paragraph_seat()
            assert t is not None
            scope = ctx.seat_scope_of(t, f"the paragraph is about {t.text}")
        scope = (
            scope or ctx.inherit_scope() or Scope(level="uk", how="no area or seat named: the UK")
        )
    f = ctx.frame(
        "share",
        subj,
        scope=scope,
        number=n,
        unit="percent",
    )
    return ctx.draft(m, f, n, rule_name="share")


@rule(
    r"\bturnout\b(?P<mid>[^.;:!?\n]{0,60}?)(?:\b(?:was|of|at|to|stood at|reached|hit|rose to|fell to|dropped to|climbed to)\s+)?{Q}(?P<n>{PCT})",
    r"(?P<n>{PCT})\s+turnout",
    r"(?P<n>{PCT})\s+of\s+(?:the\s+|those\s+|all\s+)?(?:(?:registered|eligible)\s+)?(?:electorate|electors|voters|registered\s+voters)\s+(?:(?:had\s+)?(?:voted|turned\s+out|cast\s+(?:a\s+)?(?:their\s+)?(?:ballots?|votes?))|went\s+to\s+the\s+polls)",
    name="turnout",
    needs="turnout|electorate|electors|voters",
)
def _turnout(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None:
        return None
    seg = ctx.text(ctx.sent.start, m.end())
    area = ctx.area_scope(m.start(), m.end())
    seat_word = re.search(
        r"\b(?:here|there|on the island|in the seat|in the constituency|the town|locally)\b", seg
    )
    scope: Scope | None = area
    if scope is None:
        scope = ctx.seat_scope(ctx.sent.start, m.end(), back=bool(seat_word))
    if scope is None:
        para = ctx.doc.text.rfind("\n\n", 0, ctx.sent.start)
        t = ctx.doc.last_before(ctx.sent.start, "seat", floor=max(0, para))
        if t is not None and not re.search(r"\b(?:national|overall|across|nationwide|uk)\b", seg):
            scope = ctx.seat_scope_of(t, f"the paragraph is about {t.text}")
    scope = scope or Scope(level="uk", how="no seat or area named: the UK")
    f = ctx.frame(
        "turnout",
        Subject("seat" if scope.level == "seat" else "parliament", how="the electorate in scope"),
        scope=scope,
        number=n,
        unit="percent",
        metric="turnout",
    )
    return ctx.draft(m, f, n, rule_name="turnout")
