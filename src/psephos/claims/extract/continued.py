"""Frame rules (round 6): a ranking CONTINUED after a superlative, its measure carried.

Coverage names the runners-up of a ranking without saying the measure again: "Rhondda had
the highest share with no religion; Blaenau Gwent came second in Wales", "It was highest in
Twickenham, with Oxford West and Abingdon close behind", "It is followed by X and Y",
"South Cotswolds is second only to Bristol Central on the same measure", "with Exeter second
at almost a quarter", "with Leeds Central the second-lowest", "The lowest was Glasgow North
East", "X and Y come second and third". Each reads the seat's position (a ``rank`` frame, or
a ``superlative`` for first place) with the measure, direction, scope and party condition of
the superlative the words continue: the last one in the sentence, else the last one in the
paragraph that names its measure (:func:`psephos.claims.extract.ranks._paragraph_superlative`).
Nothing is read when no superlative before names the measure, or when the carried one was
qualified by a party the carried reading cannot see ("the biggest Conservative majority ...
Next came X": among that party's seats): no claim rather than a wrong ranking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from psephos.claims import lexicon as lx
from psephos.claims.extract.patterns import Ctx, Draft, _expand, named_area, rule
from psephos.claims.extract.ranks import _no_area, _paragraph_superlative
from psephos.claims.extract.tagging import Tag
from psephos.claims.frame import Scope, Subject
from psephos.claims.model import Stated

#: how far back (characters) a continued ranking looks for the superlative it continues
_REACH = 600


@dataclass
class _Ranking:
    """The ranking a continuation carries: measure, direction, scope, party condition and
    the position of the seat named with it (1 for a superlative)."""

    metric: str
    direction: str  # most | least
    scope: Scope | None
    condition: list[str] = field(default_factory=list)
    nth: int = 1
    how: str = ""


def _carried(ctx: Ctx, pos: int) -> _Ranking | None:
    """The superlative or rank the words at ``pos`` continue: the last one read in this
    sentence, else the last one with a named measure in the paragraph (and at most
    :data:`_REACH` characters back)."""
    if _FILTER_SAID.search(ctx.doc.folded, ctx.sent.start, pos):
        # round 11 (FOUND11): "Outside the capital, X comes top, followed by Y": the ranking
        # is over the seats a filter keeps, which the carried reading cannot apply
        return None
    prior = [
        d
        for d in ctx.drafts
        if d.end <= pos + 1 and d.frame.measure in ("superlative", "rank") and d.frame.metric
    ]
    if prior:
        f = prior[-1].frame
        direction = "least" if f.comparator in ("least", "nth_least") else "most"
        if f.comparator not in ("most", "least", "nth_most", "nth_least"):
            return None
        if f.stated is not None and f.measure == "rank" and f.stated.low != f.stated.high:
            return None  # "one of the ten highest": no single position to continue from
        return _Ranking(
            str(f.metric),
            direction,
            f.scope,
            list(f.condition),
            int(f.nth or 1),
            "the ranking said before in the sentence",
        )
    from psephos.claims.round11_wrong13 import sentence_group

    # round 11 (WRONG13): a census group of this sentence ranks in it, or nothing is carried
    said = sentence_group(ctx, pos)
    if said is False:
        return None
    if isinstance(said, tuple):
        return _Ranking(said[0], said[1], None, [], 1, "the census group ranked in the sentence")
    para = ctx.doc.text.rfind("\n\n", 0, ctx.sent.start)
    para = max(para, 0, ctx.sent.start - _REACH)
    # round 11 (FOUND11, WRONG13): the superlative may be in this very sentence, read by a
    # rule that runs after this one ("X has the lowest share of graduates ..., and Y and Z
    # come second and third"; "X had the highest turnout, 72.0 per cent; Y the lowest"): the
    # paragraph is read up to the clause break before the continuation
    found = _paragraph_superlative(ctx, para, _own_clause_end(ctx, pos))
    if found is None:
        return _named_nearby(ctx, para, pos)
    metric, scope, direction = found
    # the superlative's own sentence: a party there may qualify the ranking ("Labour's
    # safest seat", "On the Conservative side, the biggest majority"): not carried blind
    sup_at = _last_superlative_at(ctx, para, _own_clause_end(ctx, pos))
    if sup_at is not None:
        lo = ctx.doc.text.rfind(". ", para, sup_at)
        lo = para if lo < 0 else lo
        parties = ctx.doc.tags_in(lo, sup_at + 40, "party")
        if sup_at >= ctx.sent.start:  # in this sentence: not a party in a closed relative
            inner = ctx.clauses(sup_at)  # clause ("Hexham, where ... for the Conservatives,")
            parties = [t for t in parties if not any(a <= t.start < b for a, b in inner)]
        if parties:
            return None
    return _Ranking(metric, direction, scope, [], 1, "the superlative said before in the paragraph")


#: a filter said in the sentence before a continuation ("Outside the capital", "excluding
#: the Speaker's seat"): the ranking continued is not the one carried
_FILTER_SAID = re.compile(
    r"\b(?:outside|excluding|except|apart\s+from|other\s+than|leaving\s+aside)\b"
)


def _own_clause_end(ctx: Ctx, pos: int) -> int:
    """Where the search for a continued superlative ends: the clause break (";", or a
    comma) before ``pos`` in this sentence, so that the words of the continuation itself
    are not read as the superlative it continues; the sentence start when there is none."""
    cut = max(ctx.doc.text.rfind(p, ctx.sent.start, pos + 1) for p in ";,")
    return cut if cut > ctx.sent.start else ctx.sent.start


_SUP_ANY = _expand(r"{SUP}")
#: the measure words a superlative without a noun leaves to its sentence ("Turnout rose to
#: 68.8 per cent. It was highest in Twickenham"): the seat measures that rank seats
_NEARBY_MEASURE = (
    (re.compile(r"\bturnouts?\b"), "turnout"),
    (re.compile(r"\bmajorit(?:y|ies)\b"), "majority"),
    # round 11 (FOUND11): "Electorates vary ... X had just 21,325 registered voters, the
    # smallest in the UK, and Y was the next smallest"
    (re.compile(r"\b(?:electorates?|registered\s+voters|registered\s+electors)\b"), "electorate"),
)


def _named_nearby(ctx: Ctx, para: int, pos: int) -> _Ranking | None:
    """:func:`_named_nearby_upto` with the superlative looked for up to the continuation
    itself (round 11), else, as before, up to the start of its sentence."""
    return _named_nearby_upto(ctx, para, pos, pos) or _named_nearby_upto(
        ctx, para, pos, ctx.sent.start
    )


def _named_nearby_upto(ctx: Ctx, para: int, pos: int, upto: int) -> _Ranking | None:
    """A superlative with no noun in the paragraph ("It was highest in Twickenham") whose
    sentence, or the one before it, names exactly one seat measure: that measure, ranked
    over every seat (no scope said). Round 11 (FOUND11): the superlative may be earlier in
    the continuation's own sentence ("X had 21,325 registered voters, the smallest in the
    UK, and Y was the next smallest")."""
    sup_at = _last_superlative_at(ctx, para, upto)
    if sup_at is None:
        return None
    sm = _SUP_ANY.match(ctx.doc.typed, sup_at)
    word = " ".join(sm.group().split()) if sm else ""
    if word not in lx.SUPERLATIVES or lx.SUPERLATIVES[word][1]:
        return None
    # the superlative's own noun: the words right after it, up to three ("share of any")
    after = re.match(r"(?:[\s-]+[\w'-]+){1,3}", ctx.text(sm.end(), sm.end() + 40)) if sm else None
    if after is not None and ctx.noun_metric(after.group()) is not None:
        # "the highest share of any seat" of a group or party not read: the last ranking
        # names its own measure; a measure of an earlier sentence is not carried past it
        return None
    if ctx.doc.tags_in(para, pos, "party", "group"):
        return None  # a party's or a census group's ranking: not carried blind
    lo = para
    for sent in ctx.doc.sentences:
        if sent.start <= sup_at < sent.end:
            break
        if sent.end <= sup_at:
            lo = max(para, sent.start)
    text = ctx.text(lo, min(pos, max(ctx.sent.start, sup_at)))
    named = {v for rx, v in _NEARBY_MEASURE if rx.search(text)}
    if len(named) != 1:
        return None
    return _Ranking(
        named.pop(),
        lx.SUPERLATIVES[word][0],
        None,
        [],
        1,
        "the superlative and measure said before in the paragraph",
    )


def _last_superlative_at(ctx: Ctx, lo: int, hi: int) -> int | None:
    last = None
    for m in _SUP_ANY.finditer(ctx.doc.typed, lo, hi):
        last = m.start()
    return last


def _seat(t: Tag | None) -> bool:
    return t is not None and t.kind == "seat"


def _ord(t: Tag | None) -> int | None:
    if t is None or t.kind != "ord" or t.q is None or not t.q.value:
        return None
    v = int(t.q.value)
    return v if 1 <= v <= 650 else None


def _frame_for(
    ctx: Ctx,
    seat: Tag,
    r: _Ranking,
    *,
    nth: int,
    direction: str | None = None,
    area: Tag | None = None,
    stated: Stated | None = None,
    note: str,
    end: int = -1,
) -> Draft | None:
    direction = direction or r.direction
    scope: Scope
    if area is not None and area.kind == "area":
        scope = named_area(area)
    elif r.scope is not None:
        scope = r.scope
    else:
        para = max(ctx.doc.text.rfind("\n\n", 0, ctx.sent.start), 0)
        named = {t.ref["name"]: t for t in ctx.doc.tags_in(para, seat.start, "area")}
        if len(named) > 1:
            return None  # the paragraph names several areas: which one ranks is not said
        if named:
            scope = named_area(next(iter(named.values())))
            scope.how = f"the area the paragraph is about ({scope.name})"
        else:
            scope = Scope(level="uk", how=_no_area(ctx))
    if nth == 1 and stated is None:
        measure, comparator = "superlative", direction
    else:
        measure = "rank"
        comparator = "nth_most" if direction == "most" else "nth_least"
    f = ctx.frame(
        measure,
        ctx.subject_of(seat, "the seat the continued ranking names"),
        scope=scope,
        comparator=comparator,
        metric=r.metric,
        nth=nth,
        stated=stated,
    )
    f.condition.extend(r.condition)
    f.notes.append(f"{note}: the measure ({r.metric}) from {r.how}")
    if area is None and r.scope is None:
        f.inferred.append("scope")
    return Draft(f, seat.start, max(seat.end, end))


def _figure(ctx: Ctx, seat: Tag, r: _Ranking, n: Tag | None) -> Draft | None:
    """The seat's own figure said with its position ("came second, with 39,883"; "second
    at almost a quarter"), read in the carried measure when it is a seat figure."""
    if n is None or n.q is None:
        return None
    scope = ctx.seat_scope_of(seat, "the seat of the continued ranking")
    f = None
    if r.metric == "turnout" and n.kind == "pct":
        f = ctx.frame(
            "turnout",
            Subject("seat", how="the electorate in scope"),
            scope=scope,
            number=n,
            unit="percent",
            metric="turnout",
        )
    elif r.metric == "majority" and n.kind == "num":
        f = ctx.frame(
            "majority",
            Subject("seat", how="the seat's winner"),
            scope=scope,
            number=n,
            unit="votes",
        )
    elif r.metric.startswith("census:") and n.kind in ("pct", "frac"):
        group = r.metric.split(":", 1)[1]
        f = ctx.frame(
            "census",
            Subject("group", group, group=group, how="the census measure of the ranking"),
            scope=scope,
            number=n,
            metric=r.metric,
            unit="percent",
        )
    if f is None:
        return None
    return Draft(f, n.start, n.end, [n.start])


def _finish(ctx: Ctx, m: re.Match[str], drafts: list[Draft | None], name: str) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        if d is None:
            continue
        full = ctx.draft(m, d.frame, rule_name=name, span=(d.start, d.end))
        full.numbers = d.numbers
        out.append(full)
    return out


_TAIL = r"(?=\s*[,.;:)]|\s+(?:with|at|on|behind|after|and)\b|\s*$)"
_FIG = r"(?:,?\s+(?:with|at|on)\s+{Q}(?P<n>{ANYN}))?"


@rule(
    # "Blaenau Gwent and Rhymney came second in Wales", "X and Y come second and third",
    # "East Ham came second, with 39,883"
    r"(?P<s>{S})(?:\s+and\s+(?P<s2>{S}))?\s+(?:came|comes|come|was|is|were|are|ranked|ranks|"
    r"finished|placed)\s+(?P<o>{O})(?:\s+and\s+(?P<o2>{O}))?"
    r"(?:\s+(?:in|across)\s+(?:the\s+)?(?P<a>{A}))?" + _TAIL + _FIG,
    # "with Exeter second at almost a quarter"
    r"\bwith\s+(?P<s>{S})\s+(?P<o>{O})(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?" + _TAIL + _FIG,
    name="continued_rank",
    needs="\ue002",
    priority=33,
)
def _continued_rank(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    s, o = ctx.tag(m, "s"), ctx.num(m, "o")
    nth = _ord(o)
    if not _seat(s) or nth is None or s is None:
        return None
    # "came second in Wales" with a party's candidate named before it is a placing
    if ctx.doc.tags_in(ctx.clause_start(m.start()), m.start(), "party", "person"):
        return None
    r = _carried(ctx, m.start())
    if r is None:
        return None
    a = ctx.tag(m, "a") if m.group("a") else None
    s2 = ctx.tag(m, "s2") if m.group("s2") else None
    end = max(m.end("o2"), m.end("o"), m.end("a"))
    first = _frame_for(ctx, s, r, nth=nth, area=a, note=f"'{o.text}'", end=end)  # type: ignore[union-attr]
    out: list[Draft | None] = [first]
    if _seat(s2) and s2 is not None:
        nth2 = _ord(ctx.num(m, "o2")) if m.group("o2") else None
        if nth2 is None:
            return None  # "X and Y came second": which is which is not said
        if first is not None:
            first.end = s.end  # type: ignore[union-attr]
        out.append(_frame_for(ctx, s2, r, nth=nth2, area=a, note="the second seat named", end=end))
    if m.group("n") and not m.group("s2"):
        out.append(_figure(ctx, s, r, ctx.num(m)))
    return _finish(ctx, m, out, "continued_rank")


@rule(
    # "Hampstead and Highgate and Richmond Park are close behind", "with X close behind"
    r"(?:\bwith\s+)?(?P<s>{S})(?:\s+and\s+(?P<s2>{S}))?\s+(?:(?:is|was|are|were|came|come|"
    r"finished)\s+)?(?:close|closely|just|narrowly|not\s+far)\s+behind(?!\s+(?:the\s+)?[\ue000-\ue00f])"
    + _TAIL,
    # "It is followed by Vauxhall and Camberwell Green and Hackney South",
    # ", followed by Rayleigh and Wickford, where it was exactly 31,000"
    r"\bfollowed\s+(?:closely\s+)?by\s+(?P<f>)(?P<s>{S})(?:(?:\s+and|,)\s+(?P<s2>{S}))?"
    r"(?:,\s+where\s+it\s+was\s+{Q}(?P<n>{ANYN}))?",
    name="continued_behind",
    needs="behind|followed",
    priority=33,
)
def _continued_behind(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    s = ctx.tag(m, "s")
    if not _seat(s) or s is None:
        return None
    r = _carried(ctx, m.start())
    if r is None:
        return None
    s2 = ctx.tag(m, "s2") if m.group("s2") else None
    base = r.nth
    followed = m.group("f") is not None
    out: list[Draft | None] = []
    seats = [s] + ([s2] if _seat(s2) and s2 is not None else [])
    for i, t in enumerate(seats):
        if followed:
            nth = base + 1 + i
            st = None
            note = "'followed by'"
        else:
            # "close behind": the next places after the ranking's seat, in the order named,
            # read as an interval (a seat one place further down is still "close behind")
            nth = base + 1 + i
            st = Stated(
                "close behind",
                nth,
                base + 1,
                base + len(seats) + 1,
                f"'close behind': position {base + 1} to {base + len(seats) + 1}",
            )
            note = "'close behind'"
        last = i == len(seats) - 1
        out.append(
            _frame_for(
                ctx,
                t,
                r,
                nth=nth,
                stated=st,
                note=note,
                end=(m.end("s2") if followed else m.end())
                if last and len(seats) > 1
                else (m.end("s") if followed or len(seats) > 1 else m.end()),
            )
        )
    if m.group("n") and len(seats) == 1:
        out.append(_figure(ctx, s, r, ctx.num(m)))
    return _finish(ctx, m, out, "continued_behind")


@rule(
    # "South Cotswolds is second only to Bristol Central on the same measure"
    r"(?P<s>{S})\s+(?:is|was|came|comes|ranks|ranked)\s+(?P<o>{O})\s+only\s+to\s+(?:the\s+)?(?P<s0>{S})",
    name="second_only_to",
    needs="only",
    priority=33,
)
def _second_only_to(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    s = ctx.tag(m, "s")
    if not _seat(s) or s is None or _ord(ctx.num(m, "o")) != 2:
        return None
    r = _carried(ctx, m.start())
    if r is None:
        return None
    area = ctx.doc.tags_in(ctx.sent.start, m.start(), "area")
    a = area[-1] if area else None
    return _finish(
        ctx,
        m,
        [_frame_for(ctx, s, r, nth=2, area=a, note="'second only to'", end=m.end())],
        "second_only_to",
    )


#: an area said at the head of a clause ("In Wales the highest is X", "Across Scotland, the
#: lowest was Y")
_AREA_HEAD = _expand(r"\b(?:in|across|within)\s+(?:the\s+)?(?P<a>{A})\s*,?\s*(?=the\b)")


@rule(
    # "with Leeds Central the second-lowest", "and Cardiff South and Penarth the youngest
    # in Wales": a seat and a superlative with no noun, the measure carried
    r"(?:\bwith|\band|;)\s+(?P<s>{S})\s+(?:was\s+|is\s+)?the\s+(?:(?P<o>{O})[\s-]+)?(?P<sup>{SUP})"
    r"(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?(?=\s*[,.;:]|\s*$)",
    # "Leicester West was the second-lowest."
    r"(?:^|(?<=[.;:]\s))(?P<s>{S})\s+(?:was|is)\s+the\s+(?:(?P<o>{O})[\s-]+)?(?P<sup>{SUP})"
    r"(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?(?=\s*[,.;:]|\s*$)",
    # "Manchester Central, at 55.1 per cent, was the third-lowest"
    r"(?P<s>{S}),\s+(?:with|at|on)\s+{Q}(?P<n>{ANYN}),\s+(?:was|is)\s+the\s+(?:(?P<o>{O})[\s-]+)?"
    r"(?P<sup>{SUP})(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?(?=\s*[,.;:]|\s*$)",
    # "The lowest was Glasgow North East, at 53.0 per cent"
    r"\bthe\s+(?:(?P<o>{O})[\s-]+)?(?P<sup>{SUP})\s+(?:(?:in|of)\s+(?:the\s+)?(?P<a>{A})\s+)?"
    r"(?:was|is|came\s+in|went\s+to)\s+(?P<s>{S})(?=\s*[,.;:]|\s+with\b|\s*$)" + _FIG,
    name="continued_superlative",
    needs="\ue002",
    priority=33,
)
def _continued_superlative(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    s = ctx.tag(m, "s")
    sup = " ".join(m.group("sup").split())
    if not _seat(s) or s is None or sup not in lx.SUPERLATIVES:
        return None
    direction, implied = lx.SUPERLATIVES[sup]
    r = _carried(ctx, m.start())
    if r is None:
        return None
    if implied and implied != r.metric:
        return None  # "the oldest" after a turnout ranking: its own measure, not carried
    nth = _ord(ctx.num(m, "o")) if m.group("o") else 1
    if nth is None:
        return None
    a = ctx.tag(m, "a") if m.group("a") else None
    if a is None:
        # round 11 (FOUND11): "In Wales the highest is Swansea West": the area said at the
        # head of the clause is the ranking's
        head = _AREA_HEAD.search(ctx.doc.typed, ctx.clause_start(m.start()), m.start() + 5)
        if head is not None and head.end() == m.start():
            a = ctx.tag(head, "a")
    out: list[Draft | None] = [
        _frame_for(
            ctx,
            s,
            r,
            nth=nth,
            direction=direction,
            area=a,
            note=f"'{sup}'",
            end=max(m.end("sup"), m.end("a"), m.end("s")),
        )
    ]
    if out[0] is not None:
        out[0].start = min(out[0].start, m.start())
    if m.group("n"):
        out.append(_figure(ctx, s, r, ctx.num(m)))
    return _finish(ctx, m, out, "continued_superlative")
