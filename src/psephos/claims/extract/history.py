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
    if scope is None or scope.level == "uk":
        # "the party's first win in Putney since 2001": a seat named inside the claim
        inside = ctx.doc.tags_in(m.start(), m.end(), "seat")
        if inside:
            scope = ctx.seat_scope_of(inside[0], "named in the claim")
    scope = scope or Scope(level="uk")
    outcome = "won"
    if re.search(
        r"\bwithout\b|\bno\s+(?:mps?|seats?)\b|wiped out|not a single seat"
        r"|\blost\s+(?:every\s+one\s+of|each\s+of|all(?:\s+of)?)\s+(?:their|its|the\s+party's)\b",
        seg,
    ):
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


def _noun_metric(noun: str) -> str | None:
    """The metric a record's noun names, by its first metric word: "the lowest share on
    which any party won a Commons majority" is a record in share, not in majorities."""
    n = noun.lower()
    best: tuple[int, int, str] | None = None
    for k, v in lx.SUPERLATIVE_NOUNS.items():
        hit = re.search(rf"\b{re.escape(k)}\b", n)
        if hit and (best is None or (hit.start(), -len(k)) < best[:2]):
            best = (hit.start(), -len(k), v)
    if best is None and re.search(r"\bvotes?\b", n):
        return "votes"
    return best[2] if best else None


def _record_segment(ctx: Ctx, m: re.Match[str]) -> str:
    """The text a record with no metric word guesses its metric from: its sentence, or only
    the part before it when a bare count ends that part ("they reached 62, the most since
    1923, on 22 per cent of the vote": the record is of the 62, not of the share after it)."""
    before = ctx.text(ctx.sent.start, m.start())
    if re.search(r"\b\d[\d,]*\s*,?\s*$", before):
        return before
    return ctx.text(ctx.sent.start, ctx.sent.end)


_COPULA_END = re.compile(
    r"\b(?:was|were|is|are|(?:has|have|had)\s+been)(?:\s+(?:also|still|now|then))?\s*$"
)


def _copula_head_metric(ctx: Ctx, m: re.Match[str]) -> str | None:
    """The metric a record with no noun takes from the head of its clause when the record
    is what that head "was": "The swing from Labour, 5.2 per cent, was the largest since
    1945" is a record in swing, not in the share its figure is written as; "Turnout, at 76
    per cent, was the highest since 1959" in turnout. None when the record does not follow
    a copula or the head names no metric."""
    if m.groupdict().get("noun"):
        return None
    before = ctx.text(ctx.sent.start, m.start())
    if not _COPULA_END.search(before):
        return None
    head = re.split(r"[,;(]|\s(?:was|were|is|are|has|have|had)\s", before, maxsplit=1)[0]
    return _noun_metric(head)


_WITH_FIGURE = re.compile(
    r"^[^.;:]{0,25}?,?\s*(?:with|on|after\s+(?:winning|taking))\s+(?:just\s+|only\s+|some\s+)?"
    r"(?:under\s+|over\s+|about\s+|almost\s+|nearly\s+)?[\d.,]+\s*(?P<u>per\s*cent|%|seats|mps)"
)


def _figure_after_metric(ctx: Ctx, m: re.Match[str]) -> str | None:
    """The metric of the figure that follows a record with a generic noun ("their worst
    result since 1935 in 1970, with 43.0 per cent of the vote": share; "..., with 269
    seats": seats), when no figure came before it (HISTORY)."""
    hit = _WITH_FIGURE.match(ctx.doc.text[m.end() : ctx.sent.end].lower())
    if hit is None:
        return None
    return "seats" if hit.group("u") in ("seats", "mps") else "share"


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
    from psephos.claims.extract.round8b_b import still_never

    still_never(ctx, m, f)  # round 8b (B): "which has never had a Labour MP"
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


# how a record is bounded: "since 1983", "since the war", "ever", "at any election since
# 1918" (a range: "the highest at any election since 1918" is the highest of them all),
# "in any post-war election"
_SINCE_WAR = r"since\s+(?:the\s+)?(?P<war>(?:(?:second|{O})\s+world\s+)?war\b)"
_RANGE = (
    r"(?P<range>(?:at|in)\s+any\s+(?:other\s+)?(?P<pw>post-?war\s+)?(?:(?:general|westminster|uk|british)\s+)?elections?"
    r"(?:\s+(?:since\s+(?P<ry>{Y})|in\s+the\s+series))?)"
)
_BOUND = (
    rf"(?:{_RANGE}|since\s+(?:the\s+)?(?P<y>{{Y}})(?:\s+(?:general\s+)?election)?|{_SINCE_WAR}|ever|in\s+the\s+(?:whole\s+)?series|"
    r"in\s+its\s+history|on\s+record)"
)
# "apart from four years ago", "except 1983", "other than in 2001"
_EXCEPT = (
    r"(?:\s*,?\s*(?:apart\s+from|except(?:\s+for)?|other\s+than|bar|save\s+for)\s+(?:in\s+|at\s+)?"
    r"(?P<ex>{Y}|(?:{N}|\w+)\s+years\s+(?:ago|earlier|before)|the\s+(?:last|previous)\s+(?:general\s+)?election))?"
)


@rule(
    r"\b(?:its|their|the\s+party's|his|her|the)\s+(?:(?P<n>{O})[\s-]+)?(?P<sup>{SUP})\s+"
    r"(?P<noun>(?:(?:[\w'-]+|{P}|{FR}|(?<=\bin\s){A})\s+){0,10}?)" + _BOUND + _EXCEPT,
    r"\b(?P<sup>{SUP})\s+since\s+(?:the\s+)?(?P<y>{Y})(?:\s+(?:general\s+)?election)?" + _EXCEPT,
    r"\b(?P<cmp>lower|higher|fewer|more|worse|better|smaller|bigger|larger)\s+than\s+"
    + _RANGE.replace("(?:at|in)", "(?:at|in)?\\s*(?:at|in)"),
    r"\b(?:equalling|matching|equalled|matched|beating|beat)\s+(?:its|their)\s+(?P<sup>best|worst)\s+(?:ever\s+)?(?P<noun>result|showing|performance|haul|tally)",
    name="record",
    needs="since|ever|series|history|record|at any|in any|equall|match|beat",
)
def _record(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = m.groupdict()
    y = ctx.tag(m, "y") if g.get("y") else (ctx.tag(m, "ry") if g.get("ry") else None)
    cmp_word = g.get("cmp")
    sup = m.group("sup") if g.get("sup") else None
    if cmp_word:
        # "lower than at any election since 1918": the lowest of the range
        sup = "lowest" if cmp_word in ("lower", "fewer", "worse", "smaller") else "highest"
    sup = sup or "highest"
    direction = lx.SUPERLATIVES.get(sup, ("most", None))[0]
    noun = (g.get("noun") or "").strip()
    noun_words = (
        re.sub(r"[^\w\s'-]", " ", ctx.text(m.start("noun"), m.end("noun"))) if g.get("noun") else ""
    )
    seg = _record_segment(ctx, m)
    generic = re.fullmatch(
        r"(?:\w+\s+)?(?:result|showing|performance|night|total)(?:\s+(?:there|here|yet|nationally))?",
        noun,
    )
    # the figure the sentence gave just before ("fell to 27.6 per cent, the party's lowest
    # since 1918"; "won 13 seats, their best result since 1983")
    prior = ctx.just_before(m.start(), "seats", "share", "votes", "turnout", within=60)
    prior_metric = prior.frame.measure if prior is not None else None
    # "62 seats, the most won by a third party": the count just before is the measure
    right_before = re.search(
        r"\b(?P<u>seats|mps|per\s*cent|%|votes)\s*,?\s*$",
        ctx.text(max(ctx.sent.start, m.start() - 25), m.start()),
    )
    unit = right_before.group("u") if right_before else ""
    unit_metric = {"seats": "seats", "mps": "seats", "votes": "votes"}.get(
        unit, "share" if unit else None
    )
    change = re.search(r"\b(?:increase|rise|gain|jump|surge|fall|drop|decline|loss)\b", noun_words)
    if unit_metric == "share" and "turnout" in ctx.text(ctx.sent.start, m.start()):
        unit_metric = "turnout"
    metric = (
        (prior_metric if prior_metric and (generic or not noun) else None)
        or (unit_metric if generic or not _noun_metric(noun_words) else None)
        or _noun_metric(noun_words)
        or _copula_head_metric(ctx, m)
        or (
            "votes"
            if re.search(r"\bvotes?\b", noun)
            else ("share" if re.search(r"\bshare\b", noun) else None)
        )
        or prior_metric
        or ("turnout" if "turnout" in seg else None)
        or (
            "seats"
            if re.search(r"\bseats\b|\bmps\b", seg)
            else ("share" if re.search(r"share|per cent|%", seg) else None)
        )
    )
    if metric == "majority" and prior_metric:
        metric = prior_metric  # "their best result since": the figure just given
    elif generic and metric == "majority":
        metric = _figure_after_metric(ctx, m) or metric
    if change and metric in ("share", "seats", "votes", "turnout"):
        # "the party's biggest increase since 1945": a record of the change on the
        # election before
        metric = f"change:{metric}"
        if re.search(r"fall|drop|decline|loss", change.group()):
            # "the biggest fall": the lowest change
            direction = {"most": "least", "least": "most", "nth_most": "nth_least"}.get(
                direction, "nth_most"
            )
    subj = _party_in(ctx, m) or ctx.subject_before(m.start(), "party")
    scope = ctx.sentence_area() or Scope(level="uk")
    nth_t = ctx.num(m, "n") if g.get("n") else None
    nth = int(nth_t.q.value) if nth_t and nth_t.q and nth_t.q.value else None
    if nth and nth > 1:
        direction = "nth_most" if direction == "most" else "nth_least"
    since = int(y.q.value) if y and y.q and y.q.value else None
    notes = [f"'{sup} {' '.join(noun_words.split())}'".replace(" '", "'")]
    ranged = bool(g.get("range")) or bool(g.get("war"))
    if g.get("war") or g.get("pw"):
        since = 1945
        notes.append("post-war: from 1945 (or 1950)")
    if ranged:
        notes.append("range: of every election since the year")
    if re.search(r"\bany\s+(?:single\s+)?party\b", ctx.text(m.start(), m.end())):
        notes.append("any party")
    elif re.search(r"\b(?:a|the)\s+third\s+party\b", ctx.text(m.start(), m.end())):
        notes.append("third party")
    ex = ctx.tag(m, "ex") if g.get("ex") and ctx.tag(m, "ex") is not None else None
    if g.get("ex"):
        ex_text = ctx.text(m.start("ex"), m.end("ex"))
        yr = re.fullmatch(r"((?:19|20)\d\d)", ex_text.strip())
        ago = re.match(r"(\w+)\s+years", ex_text)
        if yr:
            notes.append(f"except {yr.group(1)}")
        elif ago:
            from psephos.claims.numbers import parse_number

            k = parse_number(ago.group(1))
            if k:
                notes.append(f"except {int(k)} years before")
        elif "election" in ex_text:
            notes.append("except the previous election")
    f = ctx.frame(
        "record",
        subj if metric != "turnout" else Subject("parliament", how="turnout"),
        scope=scope,
        comparator=direction,
        metric=metric,
        nth=nth,
        since_year=since,
        notes=notes,
    )
    if re.search(r"equall|match", ctx.text(max(ctx.sent.start, m.start() - 20), m.end())):
        f.notes.append("equals the record (a tie)")
    if metric is None:
        f.unresolved.append("metric: what the record is in is not said")
    if re.search(
        r"\bwinning\s+a\s+(?:commons\s+|overall\s+)?majority|\bfor\s+a\s+party\s+winning"
        r"|\b(?:won|win|winning|forming)\s+(?:a|an)\s+(?:commons\s+|overall\s+|parliamentary\s+)?"
        r"majority(?:\s+government)?",
        noun_words,
    ):
        f.condition.append("winner of a Commons majority")
    if f.condition or "any party" in f.notes or "third party" in f.notes:
        f.unresolved = [u for u in f.unresolved if not u.startswith("subject")]
    extra = [t for t in (ex,) if t is not None]
    if g.get("noun"):
        # "won by a third party": the fraction mark inside the noun is not a figure
        extra += ctx.doc.tags_in(m.start("noun"), m.end("noun"), "frac")
    if g.get("war"):
        extra += ctx.doc.tags_in(m.start("war"), m.end("war"), "ord")  # "the Second World War"
    return ctx.draft(m, f, y, nth_t, *extra, rule_name="record")


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
    from psephos.claims.extract.round8b_b import appositive_person

    named = appositive_person(ctx, m)  # round 8b (B): "over A, the town's MP since 2017"
    if named is not None:
        subj = ctx.subject_of(named, "the name the tenure is in apposition to")
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
