"""Frame rules: superlatives, ranks, census shares and counts of seats."""

from __future__ import annotations

import re
from dataclasses import replace

from psephos.claims import lexicon as lx
from psephos.claims import round9_wrong
from psephos.claims.extract.patterns import (
    MACROS,
    Ctx,
    Draft,
    _expand,
    named_area,
    rule,
    uk_default,
)
from psephos.claims.extract.tagging import Tag
from psephos.claims.frame import NIGHT_HOW, NO_AREA_IN_STORY, NO_AREA_NAMED, Scope, Subject
from psephos.claims.model import Stated

_AMONG_REGIONS = re.compile(
    r"\b(?:of|among)\s+(?:any|all|the)\s+(?:the\s+)?(?:english\s+)?regions?\b"
)
_PARTY_RANKED_HEADS = frozenset(
    (
        "seat",
        "seats",
        "constituency",
        "constituencies",
        "win",
        "victory",
        "majority",
        "margin",
        "hold",
        "holds",
        "gain",
        "gains",
    )
)


def _party_of_superlative(ctx: Ctx, m: re.Match[str]) -> list[str]:
    """The party whose seats a superlative ranks, when a party word qualifies its noun
    ("the narrowest Lib Dem win", "the fourth-safest SNP seat", "Labour's biggest
    majority", "the narrowest of the six Tory gains from Labour"): winner=P, and for
    gains "from Q" previous_winner=Q. Nothing when no party qualifies the noun."""
    lo, hi = m.start("sup"), m.end("head")
    inside = ctx.doc.tags_in(m.start(), hi, "party")
    t = inside[0] if inside else None
    if t is None:
        # "Labour's biggest majority": a possessive party right before the superlative
        before = ctx.doc.last_before(m.start(), "party", floor=max(ctx.sent.start, m.start() - 30))
        if before is not None and re.fullmatch(
            r"(?:'s?|\u2019s?)\s*(?:the\s+)?(?:(?:\w+)[\s-]+)?",
            ctx.doc.folded[before.end : lo],
        ):
            t = before
    if t is None:
        return []
    cond = [f"winner={t.ref['code']}"]
    head = m.group("head")
    if head.startswith("gain"):
        cond.append("changed_hands=yes")
        frm = _expand(r"\s+from\s+(?:the\s+)?(?P<q>{P})").match(ctx.doc.typed, hi)
        if frm is not None:
            q = ctx.doc.at.get(frm.start("q"))
            if q is not None and q.kind == "party":
                cond.append(f"previous_winner={q.ref['code']}")
    elif head.startswith("hold"):
        cond.append("changed_hands=no")
    return cond


# --- rules: superlatives, ranks, census, counts -------------------------------------------


# where a superlative's own clause ends: another clause joined by 'while', 'whereas', 'but'
# or a semicolon
_OTHER_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but)\b|\b(?:while|whereas)\b")


@rule(
    r"(?:\b(?:the|the\s+party's|its|their)|{P}(?:'s?|\u2019s?))\s+(?:(?P<n>{O})[\s-]+)?(?P<sup>{SUP})\s+(?P<noun>(?:(?:[\w'-]+|{G}|{P}|{A})\s+){0,4}?)(?P<head>seat|seats|constituency|constituencies|result|results|win|victory|majority|turnout|turnouts|electorate|share|margin|proportion|population|percentage|contest|contests|race|races|hold|holds|gain|gains)\b(?P<tail>(?:(?!,?\s+and\s+(?:the|its|their)\s+(?:\w+\s+)?{SUP}\s)[^.;:!?\n]){0,60})",
    r"(?:\b(?:was|is|were|are|remains|remained)|,)\s+the\s+(?P<sup>{SUP})\b(?P<tail>\s+(?:in|of|anywhere|across|among)\b[^.;:!?\n]{0,50})",
    r"(?<!the )(?<!-)\b(?P<sup>{SUP})\s+(?P<head>turnout|share)\b(?P<tail>[^.;:!?\n]{0,40})",
    r"\bthe\s+(?:(?P<n>{O})[\s-]+)?(?P<sup>{SUP})\s+(?P<noun>{G})(?P<tail>(?!\s+(?:seat|seats|constituenc|share|proportion|population|residents))[^.;:!?\n]{0,40})",
    r"\bthe\s+(?:(?P<n>{O})[\s-]+)?(?P<sup>whitest)\s+(?P<head>seat|constituency)\b(?P<tail>[^.;:!?\n]{0,60})",
    r"\bthe\s+(?:(?P<n>{O})[\s-]+)?(?P<sup>most|fewest|least)\s+(?P<noun>(?:people|residents|adults|households|voters)\s+(?:[\w'-]+\s+){0,3}?{G})(?P<tail>[^.;:!?\n]{0,40})",
    r"(?:\b(?:was|is|were|are|remains|remained)|,)\s+the\s+(?P<n>{O})[\s-]+(?P<sup>{SUP})(?=\s*[,.;]|\s+(?:in|of|anywhere|across|among)\b)(?P<tail>[^.;:!?\n]{0,50})",
    r"(?:\b(?:was|is|were|are|remains|remained)|,)\s+the\s+(?P<sup>oldest|youngest|whitest|healthiest|unhealthiest|sickest|least\s+healthy|most\s+healthy)(?=\s*[,.;])(?P<tail>)",
    name="superlative",
    needs="narrowest|closest|tightest|slimmest|smallest|lowest|least|fewest|worst|weakest|biggest|largest|highest|most|greatest|best|strongest|safest|widest|heaviest|oldest|youngest|whitest|healthiest|healthy|sickest",
)
def _superlative(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = m.groupdict()
    sup = " ".join(m.group("sup").split())  # "least  healthy" as the lexicon spells it
    direction, implied = lx.SUPERLATIVES[sup]
    noun = (g.get("noun") or "").strip()
    head = m.group("head") or ""
    tail = g.get("tail") or ""
    second = re.match(r"\s*(turnouts?|majority|majorities|electorate)\b", tail)
    if head in ("seat", "seats", "constituency") and second:
        # "the lowest seat turnout": 'seat' qualifies the measure that follows
        head = second.group(1)
    tail = re.split(r"[,;]|\b(?:and|but|while|as|although)\b", tail, maxsplit=1)[0]
    if re.search(
        r"\b(?:since|ever|in the series|in (?:its|their) history|at any (?:\w+ )?election)\b",
        tail + noun,
    ):
        return None  # a record, read by 'record'
    if not head:
        prev = [
            d
            for d in ctx.drafts
            if d.end <= m.start()
            and d.frame.measure in ("majority", "turnout", "share", "electorate", "census")
        ]
        seg_before = ctx.text(ctx.sent.start, m.start())
        # the measure of the superlative's own clause first: "X took 60 per cent, and Y's
        # majority of N in SEAT was the largest of any P" ranks the majority, not the share
        # of an earlier clause (typed text: a seat name's commas are inside its tag)
        own = re.split(r"[,;:]|\b(?:and|but|while)\b", ctx.doc.typed[ctx.sent.start : m.start()])
        own_measure = re.search(r"\b(turnout|majority)\b", own[-1] if own else "")
        head = (
            own_measure.group(1)
            if own_measure
            else "turnout"
            if "turnout" in seg_before
            else prev[-1].frame.measure
            if prev
            else "majority"
            if "majority" in seg_before
            else ""
        )
        if not head and not implied and not ctx.doc.tags_in(m.start(), m.end(), "group"):
            return None
    seg_all = ctx.text(ctx.sent.start, ctx.sent.end)
    # a census group the superlative ranks is named in its own clause: "X has the highest
    # share belonging to the Church of Scotland, while in Y most have no religion" - the
    # group of the clause after 'while'/'but'/';' is not this share's (round 10, merge)
    lo = m.start("tail") if m.start("tail") >= 0 else m.end()
    cut = _OTHER_CLAUSE.search(ctx.text(lo, ctx.sent.end))
    clause_end = lo + cut.start() if cut is not None else ctx.sent.end
    groups = ctx.doc.tags_in(m.start(), min(m.end(), clause_end), "group")
    if head == "census":
        # "In Brent West the figure is 62 per cent, the highest of any seat": the census
        # share just stated
        prev_census = [d for d in ctx.drafts if d.frame.measure == "census" and d.end <= m.start()]
        head = "share"
        if prev_census and prev_census[-1].frame.subject.group and not groups:
            g0 = prev_census[-1].frame.subject
            groups = [Tag("group", g0.start, g0.end, g0.text, {"group": g0.group}, "")]
    nth_t = ctx.num(m, "n") if g.get("n") else None
    metric: str | None
    if groups:
        metric = f"census:{groups[0].ref['group']}"
    elif head in ("share", "proportion", "percentage", "population") and not groups:
        # the group the share is of is named in the superlative's own clause: "X has the
        # highest share belonging to the Church of Scotland, while in Y most have no
        # religion" - a group of the next clause is not this share's
        ahead = ctx.doc.tags_in(m.start(), clause_end, "group")
        of_people = re.match(
            r"\s*of\s+(?!the\s+vote|votes|the\s+popular)(?:\w+\s+){0,2}?(?:adults|residents|people|"
            r"households|pupils|workers|voters)",
            tail,
        )
        belonging = re.match(
            r"\s*(?:belonging\s+to|who\s+(?:are|were|say|said|identif(?:y|ied))|"
            r"identifying|describing|born\b|speaking\b|with\s+no\b)",
            tail,
        )
        metric = (
            f"census:{ahead[0].ref['group']}"
            if ahead
            else None
            if of_people or belonging
            else "share"
        )
    else:
        metric = ctx.noun_metric(noun + " " + head) or implied or ctx.noun_metric(head)
    if (
        (metric is None or metric == "share")
        and not groups
        and re.fullmatch(r"(?:(?:of|in)\s+(?:any|all)(?:\s+the)?)?", noun.strip())
        and not ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "party")
    ):
        # "the figure is 62 per cent, the highest of any seat": the census share just stated
        stated_census = [
            d
            for d in ctx.drafts
            if d.frame.measure == "census" and d.end <= m.start() and d.frame.metric
        ]
        if stated_census:
            metric = stated_census[-1].frame.metric
    if head == "majority" and re.match(
        r"\s*(?:ever\s+)?(?:overturned|overcome|wiped\s+out|reversed|erased|toppled|overhauled)\b",
        g.get("tail") or "",
    ):
        # "the largest majority overturned at any by-election": the seat's majority at the
        # election before, among the seats that changed hands
        metric = "previous_majority"
    if head == "majority" and re.search(r"commons|overall|parliamentary|working", noun):
        return None  # a government majority record, read by 'record'
    if metric in ("gov_majority",):
        return None
    # scope
    tail_end = m.start("tail") + len(tail) if m.start("tail") >= 0 else m.end()
    scope = ctx.area_scope(m.start("sup"), tail_end)
    if scope is None and (
        re.search(r"\b(?:in|among|across|of)\s+the\s+region(?:'s)?\b", tail)
        or re.match(
            r"\s*(?:in|across|throughout)\s+the\s+region\b[^,;]{0,40},?\s*$",
            ctx.text(ctx.sent.start, m.start()),
        )
    ):
        # the last REGION named ("Its best result in the country ..." between does not
        # unmake the story's region: round 9b)
        reg = ctx._last_area(m.start(), "region")
        if reg is not None:
            scope = Scope(level="region", name=reg.ref["name"], how=f"'the region' is {reg.text}")
    outside = re.search(r"\boutside\s+", tail)
    if outside and scope is not None:
        scope = Scope(
            level="seats",
            where=[f"{'region' if scope.level == 'region' else 'country'}!={scope.name}"],
            how=f"outside {scope.name}",
        )
    if scope is None:
        if re.search(
            r"\b(?:in the country|nationally|in the uk|anywhere|of any seat|in britain)\b",
            tail,
        ):
            scope = Scope(level="uk", how="'in the country'")
        elif re.search(r"\b(?:of the night|of the (?:general )?election|in the election)\b", tail):
            # the night's count: the UK's, or, in a regional paper, its region's
            # (frame.NIGHT_HOW)
            scope = Scope(level="uk", how=NIGHT_HOW)
        elif re.search(r"of the parliament|at any by-election", tail):
            scope = Scope(
                level="seats", where=["by-elections"], how="by-elections of the parliament"
            )
        else:
            scope = Scope(level="uk", how=_no_area(ctx))
            para = max(ctx.doc.text.rfind("\n\n", 0, ctx.sent.start), 0)
            before = _paragraph_superlative(ctx, para, m.start())
            if (
                before is not None
                and before[0] == metric
                and before[1] is not None
                and before[1].level in ("region", "country")
            ):
                # "X is the oldest seat in the North West ... Y, the second-oldest": the
                # ranking the paragraph set up, in its area
                scope = Scope(
                    level=before[1].level,
                    name=before[1].name,
                    how=f"the area of the paragraph's ranking ({before[1].name})",
                )
            same = [
                d.frame.scope
                for d in ctx.drafts
                if ctx.sent.start <= d.start
                and d.end <= m.start()
                and d.frame.measure in ("superlative", "rank")
                and d.frame.scope.level in ("uk", "gb", "region", "country")
                and not d.frame.scope.where
                and d.frame.scope.how not in (NO_AREA_NAMED, NO_AREA_IN_STORY)
            ]
            if scope.how in (NO_AREA_NAMED, NO_AREA_IN_STORY) and same:
                # "The narrowest result in Britain was X, and the largest majority was in
                # Y": a superlative coordinated with one before it in the sentence ranks
                # in the area that one named
                scope = replace(same[-1], how=f"the area of the ranking before ({same[-1].how})")
    nations = re.search(r"four nations|of the nations|home nations", tail + seg_all)
    # subject: the seat this is said of
    seat_before = ctx.doc.last_before(m.start(), "seat", floor=ctx.sent.start)
    subj: Subject | None = None
    regions = _AMONG_REGIONS.search(tail)
    region_before = [
        t
        for t in ctx.doc.tags_in(ctx.sent.start, m.start(), "area")
        if t.ref["level"] in ("region", "country") and "," not in str(t.ref["name"])
    ]
    over_run = re.search(r"\b(?:every|each|since|until)\b|\bfrom\s+\d{4}", g.get("tail") or "")
    if (
        regions
        and region_before
        and seat_before is None
        and metric in ("turnout", "share")
        and not over_run  # "at every election from 2010 to 2019": a run, not one election
    ):
        # "The South West had the highest turnout of any region": the region among the
        # regions and nations (evaluation: psephos summary --by region)
        t = region_before[-1]
        subj = Subject("seats", str(t.ref["name"]), t.start, t.end, how="the region compared")
        scope = Scope(level="uk", where=["among=regions"], how="among the regions")
        if metric == "share":
            ps = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "party")
            if not ps:
                return None
            metric = f"share:{ps[0].ref['code']}"
        f = ctx.frame(
            "superlative",
            subj,
            scope=scope,
            comparator="most" if direction == "most" else "least",
            metric=metric,
        )
        return ctx.draft(
            m, f, rule_name="superlative", span=(m.start(), max(m.start() + 1, tail_end))
        )
    if nations:
        a = ctx.doc.tags_in(ctx.sent.start, m.start(), "area")
        subj = (
            Subject(
                "seats",
                a[0].text if a else "",
                a[0].start if a else -1,
                a[0].end if a else -1,
                how="the nation compared",
                resolved=bool(a),
            )
            if a
            else None
        )
        scope = Scope(level="uk", where=["among=nations"], how="among the UK's four nations")
        if metric == "share" and not ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "pct"):
            metric = "turnout" if "turnout" in seg_all else metric
        if "turnout" in seg_all:
            metric = "turnout"
    elif m.end("head") > 0 and re.match(
        r",?\s*(?:(?:is|was|remains|remained)\s+)?" + MACROS["S"],
        ctx.doc.typed[m.end("head") : m.end("head") + 60],
    ):
        t = ctx.doc.tags_in(m.end("head"), m.end("head") + 60, "seat")[0]
        subj = ctx.subject_of(t, "the seat named after the superlative")
    elif (
        seat_before is not None
        and m.end("head") > 0
        and re.search(r"[,;]|\band\b|\bbut\b", ctx.doc.folded[seat_before.end : m.start()])
        and (after_seat := _seat_after_verb(ctx, m.end("head"))) is not None
    ):
        # "Livingston returned the largest majority, and the SNP's best share was in
        # Aberdeen North": the seat after the superlative's verb is its subject; the one
        # before belongs to an earlier clause
        subj = ctx.subject_of(after_seat, "the seat named after the superlative")
    elif seat_before is not None and _person_after_break(ctx, seat_before.end, m.start()):
        # "X's Jane Smith had the largest majority, and Y's John Brown gave Labour its
        # highest share" with Y not read as a seat: the member after the clause break is
        # the subject, not the seat of the earlier clause (round 9b)
        subj = None
    elif seat_before is not None:
        subj = ctx.subject_of(seat_before, "the seat named before the superlative")
        if ctx.doc.folded[seat_before.end : m.start()].count(",") == 1 and re.search(
            r",\s*the\s*$", ctx.doc.folded[seat_before.end : m.start() + 4]
        ):
            subj.how = "the seat in apposition"
    else:
        back = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
        if (
            back is not None
            and back.seat is not None
            and (
                re.search(r"\b(?:it|there|the seat|this)\b", ctx.text(ctx.sent.start, m.start()))
                or ctx.paragraph_seat() is not None
            )
        ):
            subj = Subject("seat", back.name or "", seat=back.seat, how=back.how)
    named_owner = _possessive_party(ctx, m.start("sup"))  # "the Brexit Party's best share"
    if named_owner is not None and metric == "share":
        metric = f"share:{named_owner}"
    elif (
        re.search(
            r"\bparty's\b|\bits\b|\btheir\b",
            # up to the superlative: "where the BNP took its best Welsh share" (the match
            # itself may open on 'its')
            ctx.text(max(ctx.sent.start, m.start() - 15), m.start("sup")),
        )
        and metric == "share"
    ):
        p = ctx.subject_before(m.start(), "party")
        if p is not None and p.party:
            metric = f"share:{p.party}"
    elif metric == "share":
        ps = _share_parties(ctx, m)
        if ps:
            metric = f"share:{ps[0].ref['code']}"
    condition: list[str] = []
    lead = ctx.doc.at.get(m.start())  # "Labour's biggest majority": the possessive party
    if lead is not None and lead.kind != "party":
        lead = None
    owned = re.search(
        r"\b(?:the\s+party's|its|their)\s+$",
        ctx.text(max(ctx.sent.start, m.start() - 2), m.start("sup")),
    ) or re.match(r"\s*(?:the\s+party's|its|their)\b", ctx.text(m.start(), m.start("sup")))
    among_at = m.start()
    among = re.search(
        r"\b(?:of|among)\s+(?:(?:the|its|their|any|all(?:\s+the)?)\s+(?:\S+\s+)?)?"
        r"(?P<p>\ue001\ue000*|independent)(?:'s?|\u2019s?)?\s+"
        r"(?P<k>wins?|victories|victory|gains?|holds?|winners?|mps|seats?)\b",
        ctx.doc.typed[m.start() : ctx.sent.end],
    )
    if among is None and metric in ("majority", "previous_majority"):
        # "N was the largest of any Lib Dem in Scotland": a majority among the party's
        # winners, the noun left out (a share keeps its own reading: "the highest of any
        # Labour candidate" is the party's share, not a condition on the winner)
        among = re.match(
            r"\s+(?:of|among)\s+(?:any|all(?:\s+the)?)\s+(?P<p>\ue001\ue000*)(?:'s?|\u2019s?)?"
            r"(?P<k>)(?=\s*(?:$|[,.;]|\s(?:in|across|anywhere|at|since)\b|\s+(?:mp|candidate)s?\b))",
            ctx.doc.typed[m.end("sup") : ctx.sent.end],
        )
        if among is not None:
            among_at = m.end("sup")
    if among:
        pt = ctx.doc.at.get(among_at + among.start("p"))
        party = pt.ref["code"] if pt is not None and pt.kind == "party" else "Ind"
        condition = [f"winner={party}"]
        if among.group("k").startswith(("gain", "hold")):
            # "the largest majority of any Labour gain": among the party's gains only
            condition.append(
                f"changed_hands={'yes' if among.group('k').startswith('gain') else 'no'}"
            )
            frm = _expand(r"\s+from\s+(?:the\s+)?(?P<q>{P})").match(
                ctx.doc.typed, among_at + among.end("k")
            )
            q = ctx.doc.at.get(frm.start("q")) if frm is not None else None
            if among.group("k").startswith("gain") and q is not None and q.kind == "party":
                # "the narrowest of the six Tory gains from Labour": gains from that party
                condition.append(f"previous_winner={q.ref['code']}")
    elif re.search(
        r"\bof\s+(?:its|their|the\s+party's)\s+(?:\S+\s+)?(?:wins|victories|gains|holds)\b",
        ctx.doc.typed[m.start() : ctx.sent.end],
    ):
        owner1 = ctx.subject_before(m.start(), "party")
        if owner1 is None or not owner1.party:
            return None
        condition = [f"winner={owner1.party}"]
    elif (owned or lead is not None) and head in (
        "win",
        "wins",
        "victory",
        "majority",
        "result",
        "results",
        "seat",
        "seats",
        "constituency",
    ):
        owner0 = (
            ctx.subject_of(lead, "the party whose superlative it is")
            if lead is not None
            else ctx.subject_before(m.start(), "party")
        )
        if owner0 is None or not owner0.party:
            return None
        if head in ("result", "results") and metric in ("majority", None):
            metric = f"share:{owner0.party}"  # "the party's best result": its best share
        else:
            condition = [f"winner={owner0.party}"]
    if head in ("hold", "holds", "gain", "gains"):
        # "the narrowest Labour gain", "the party's narrowest hold": among the seats the
        # party won that changed hands (gain) or did not (hold)
        noun_party = ctx.doc.tags_in(m.start(), m.start("head"), "party")
        owner = (
            ctx.subject_of(noun_party[0], "the party of the gain or hold")
            if noun_party
            else ctx.subject_before(m.start(), "party")
        )
        if owner is None or not owner.party:
            return None
        condition = [
            f"winner={owner.party}",
            f"changed_hands={'yes' if head.startswith('gain') else 'no'}",
        ]
        frm = _expand(r"\s+from\s+(?:the\s+)?(?P<q>{P})").match(ctx.doc.typed, m.end("head"))
        q = ctx.doc.at.get(frm.start("q")) if frm is not None else None
        if head.startswith("gain") and q is not None and q.kind == "party":
            # "the narrowest Conservative gain from the Liberal Democrats": gains from
            # that party only (without it the ranking is among every gain of the party)
            condition.append(f"previous_winner={q.ref['code']}")
    if not condition and (
        head in _PARTY_RANKED_HEADS
        or (head in ("result", "results", "contest", "race") and metric == "majority")
    ):
        # "the narrowest Conservative result in Wales": a margin among the party's winners
        condition = _party_of_superlative(ctx, m)
        if metric == "previous_majority":
            # "the largest Conservative majority overturned": the party that lost the seat
            condition = [
                c.replace("winner=", "previous_winner=", 1)
                for c in condition
                if c.startswith("winner=")
            ]
    among_kind = _AMONG_THE_AREAS.search(tail)
    if among_kind is not None and not any(c.startswith("changed_hands=") for c in condition):
        # "the largest Conservative majority among the region's gains": among the seats
        # that changed hands (gains) or did not (holds)
        condition.append(
            f"changed_hands={'yes' if among_kind.group(1).startswith('gain') else 'no'}"
        )
    if subj is None and head and m.end("head") > 0:
        # "The narrowest Lib Dem win in the region was Mid Dorset": the seat after the verb
        after = _expand(
            r"[^,.;:!?\n]{0,40}?\b(?:is|was|remains|remained)\s+" + _WHOSE_FIGURE_IN + r"(?P<s>{S})"
        ).match(ctx.doc.typed, m.end("head"), ctx.sent.end)
        if (
            after is None
            and scope.how not in (NO_AREA_NAMED, NO_AREA_IN_STORY)
            and _plain_ranking(ctx, m, noun, condition)
        ):
            # "... came in Hendon", "... was in Sleaford", "... went to Liverpool Walton"
            after = _expand(_SUBJECT_AFTER).match(ctx.doc.typed, m.end("head"), ctx.sent.end)
        if after is not None:
            named = ctx.doc.at.get(after.start("s"))
            if named is not None and named.kind == "seat":
                subj = ctx.subject_of(named, "the seat named after the superlative")
    if subj is None and head and m.end("head") > 0:
        subj = _seat_after_unsaid_area(ctx, m, noun, metric, condition)
    if subj is None:
        subj = _apposed_figure_subject(ctx, m.start())
    if subj is None and not (g.get("head") or "") and groups:
        return None  # "the ten seats with the most private renters": a set, not a claim
    if (
        subj is None
        and head in ("seats", "constituencies")
        and re.search(r"\bof\s*$", ctx.text(max(ctx.sent.start, m.start() - 4), m.start()))
    ):
        return None  # "four of the six oldest seats": the ranked set of a count, not a claim
    comparator = "most" if direction == "most" else "least"
    nth = int(nth_t.q.value) if nth_t and nth_t.q and nth_t.q.value else None
    behind = _ranked_behind(ctx, m.start("tail") if m.start("tail") >= 0 else m.end(), tail_end)
    if behind == 1:
        nth = (nth or 1) + 1
    if nth and nth > 1:
        comparator = "nth_most" if direction == "most" else "nth_least"
    measure = "superlative" if not nth or nth == 1 else "rank"
    f = ctx.frame(measure, subj, scope=scope, comparator=comparator, metric=metric, nth=nth)
    f.condition.extend(condition)
    if behind == -1:
        f.unresolved.append("rank: 'after'/'behind' others, how many is not said")
    if metric is None:
        f.unresolved.append("metric: what is most or least is not said")
    if metric == "share" or (metric or "").startswith("share") and subj is None:
        pass
    return ctx.draft(
        m, f, nth_t, rule_name="superlative", span=(m.start(), max(m.start() + 1, tail_end))
    )


@rule(
    r"\b(?:one|{N})\s+of\s+the\s+(?P<n>{N})\s+(?P<sup>{SUP})\s+(?P<head>turnouts|majorities|seats|results|shares)(?P<tail>[^.;:!?\n]{0,30})",
    r"\b(?P<pos>just\s+outside|outside|in|among|inside|within)\s+the\s+top\s+(?P<n>{N})(?P<tail>[^.;:!?\n]{0,80})",
    name="top_n",
    needs="top|\\bone\\b|\\ue006",
)
def _top_n(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    metric: str | None
    n = ctx.num(m)
    if n is None or n.q is None or not n.q.value:
        return None
    g = m.groupdict()
    seg = ctx.text(m.start(), ctx.sent.end)
    groups = ctx.doc.tags_in(m.start(), ctx.sent.end, "group")
    if groups:
        metric = f"census:{groups[0].ref['group']}"
    else:
        metric = ctx.noun_metric(g.get("head") or "") or (
            "turnout" if "turnout" in ctx.text(ctx.sent.start, ctx.sent.end) else None
        )
    direction = lx.SUPERLATIVES.get(g.get("sup") or "highest", ("most", None))[0]
    if re.search(r"\b(?:lowest|smallest|least|fewest)\b", seg):
        direction = "least"
    scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
    subj = (
        Subject("seat", scope.name or "", seat=scope.seat, how=scope.how)
        if scope and scope.seat
        else None
    )
    pos = (g.get("pos") or "in").strip()
    k = int(n.q.value)
    lo, hi = (
        (k + 1, k + 5)
        if pos.startswith("just outside")
        else (k + 1, 10**6)
        if pos == "outside"
        else (1, k)
    )
    st = Stated(
        n.text,
        k,
        lo,
        hi,
        f"'{pos} the top {k}'" if g.get("pos") else f"'one of the {k}': rank 1-{k}",
    )
    f = ctx.frame(
        "rank",
        subj,
        scope=Scope(level="uk", how="every seat"),
        comparator="nth_most" if direction == "most" else "nth_least",
        metric=metric,
        stated=st,
        nth=k,
    )
    if metric is None:
        f.unresolved.append("metric: the ranking is not said")
    return ctx.draft(m, f, n, rule_name="top_n")


@rule(
    r"(?P<n>{SHARE})\s+of\s+(?:its\s+|the\s+)?(?:residents|households|people|the\s+population|the\s+public|adults)(?P<tail>[^.;:!?\n]{0,60})",
    r"(?P<n>{FR})\s+(?:residents?|households?|people|adults)(?P<tail>[^.;:!?\n]{0,60})",
    r"(?P<g>{G})\s+(?:population|residents)\s+(?:share\s+)?of\s+{Q}(?P<n>{SHARE})",
    r"(?P<g>{G})s?\s+(?:make\s+up|account\s+for|are|form)\s+{Q}(?P<n>{SHARE})",
    r"\bat\s+{Q}(?P<n>{FR})\s+(?:residents?|households?|people)",
    r"(?P<n>{FR})\s+(?:is|are|was|were)\s+(?P<g>{G})",
    r"\b(?:is|are|was|were)\s+{Q}(?P<n>{PCT})\s+(?P<g>{G})",
    r"(?P<n>{SHARE})\s+of\s+(?:the\s+)?(?:adults|residents|people)(?:\s+in\s+{S})?\s+(?:have|had|hold|held)\s+(?P<g>{G})",
    r"\bthe\s+(?P<fig>figure|share|proportion)\s+(?:is|was|stands\s+at|stood\s+at|reaches|reached)\s+{Q}(?P<n>{SHARE})",
    r",\s+at\s+{Q}(?P<n>{SHARE})(?!\s+of\s+the\s+vote)",
    priority=30,
    name="census_share",
    needs="[\ue005\ue007\ue008]",
)
def _census(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None:
        return None
    g = m.groupdict()
    gt = ctx.tag(m, "g") if g.get("g") else None
    at = m.group(0).startswith(",")
    if gt is None and (g.get("fig") or at):
        # "In Brent West the figure is 62 per cent": the group of the census claim just
        # before; ", at more than two-thirds" after "the most Asian": that superlative's
        prev = [d for d in ctx.drafts if d.frame.metric and d.frame.metric.startswith("census:")]
        if at and not (prev and 0 <= m.start() - prev[-1].end <= 3):
            return None
        back = prev[-1].frame.subject if prev else None
        if back is None or back.kind != "group":
            t = ctx.doc.last_before(m.start(), "group", floor=max(0, ctx.sent.start - 400))
            back = (
                Subject("group", t.text, t.start, t.end, group=t.ref["group"], how="")
                if t is not None
                else _born_abroad(ctx, max(0, ctx.sent.start - 400), m.start())
            )
        if back is None or back.kind != "group" or not back.group:
            return None
        gt = Tag("group", back.start, back.end, back.text, {"group": back.group}, "")
    if gt is None:
        near = ctx.doc.tags_in(m.start(), ctx.sent.end, "group") or ctx.doc.tags_in(
            ctx.sent.start, m.start(), "group"
        )
        gt = near[0] if near else None
    if gt is None:
        born = _born_abroad(ctx, m.start(), ctx.sent.end)
        if born is not None:
            gt = Tag("group", born.start, born.end, born.text, {"group": "BornAbroad"}, "")
    if gt is None:
        return None
    if re.search(
        r"\bvoters?\b|\bbacked\b|\bsupport\b", ctx.text(ctx.sent.start, ctx.sent.end)
    ) and not re.search(r"resident|household|population", ctx.text(ctx.sent.start, ctx.sent.end)):
        return None
    tail = ctx.text(m.end(), ctx.sent.end)
    cond = re.search(
        r"\bin\s+(?:only\s+|just\s+|more\s+than\s+|fewer\s+than\s+)?(\S+)\s+(?:seats|constituencies)\b",
        tail,
    )
    if cond:
        return None  # a count of seats with that share: read by 'count_seats'
    scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
    areas = [
        t
        for t in ctx.doc.tags_in(ctx.sent.start, m.start(), "area")
        if t.ref["level"] in ("country", "region")
    ]
    if areas and not ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "seat"):
        # "Across England and Wales, one in six residents ...": the area's share
        t = areas[-1]
        scope = named_area(t)
    subj = Subject(
        "group", gt.text, gt.start, gt.end, group=gt.ref["group"], how="census group named"
    )
    f = ctx.frame(
        "census",
        subj,
        scope=scope or Scope(level="seat"),
        number=n,
        metric=f"census:{gt.ref['group']}",
        unit="percent",
    )
    if scope is None:
        f.unresolved.append("scope: no seat found for the census share")
    end = m.start("tail") if m.start("tail") >= 0 else m.end()
    return ctx.draft(m, f, n, rule_name="census", span=(m.start(), max(end, n.end)))


@rule(
    r"(?P<v>came|come|comes|coming|finished|finish|finishes|finishing|placed|ended\s+up|were|was)\s+(?P<o>{O})\s+in\s+{Q}(?P<n>{N}|{FR})(?:\s+of)?\s+(?:the\s+)?(?:(?:region's\s+|(?P<a>{A})(?:'s?|\u2019s?)?\s+))?(?:(?P<tot>{N})\s+)?(?:seats|constituencies|of\s+them)",
    r"(?P<v>ahead\s+of)\s+(?:the\s+)?(?P<p>{P})\s+in\s+{Q}(?P<n>{N})\s+(?:of\s+them|seats|constituencies)",
    r"(?P<v>fielded|stood|ran)\s+(?:candidates\s+)?in\s+{Q}(?P<n>{N})\s+(?:seats|constituencies)",
    r"(?P<v>at\s+least|more\s+than|over|under|fewer\s+than|less\s+than)\s+(?P<t>{PCT}|{FR})\s+(?:of\s+the\s+vote\s+|of\s+residents\s+|residents\s+)?in\s+{Q}(?P<n>{N})\s+(?:seats|constituencies)",
    r"(?P<t>{PCT}|{FR})(?:\s+of\s+the\s+vote|\s+residents)?\s+in\s+(?:only\s+|just\s+)?{Q}(?P<n>{N})\s+(?:seats|constituencies)",
    priority=20,
    name="count_seats",
    needs="seats|constituencies|of them",
)
def _count_seats(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n = ctx.num(m)
    if n is None:
        return None
    g = m.groupdict()
    v = " ".join((g.get("v") or "").split())
    subj = ctx.subject_before(m.start(), "party", "person")
    cond: list[str] = []
    no_region = False
    scope = ctx.area_scope(m.start(), min(ctx.sent.end, m.end() + 15))
    if g.get("o"):
        o = ctx.num(m, "o")
        place = int(o.q.value) if o and o.q and o.q.value else 0
        code = subj.party if subj else None
        cond.append(
            f"{'second' if place == 2 else 'winner' if place == 1 else f'place{place}'}={code}"
        )
        won_by = _expand(r"\s+won\s+by\s+(?:the\s+)?(?P<p>{P})").match(
            ctx.doc.typed[m.end() : m.end() + 40]
        )
        if won_by:
            t = ctx.doc.at.get(m.end() + won_by.start("p"))
            if t:
                cond.append(f"winner={t.ref['code']}")
        if "region's" in ctx.text(m.start(), m.end()):
            back = ctx.doc.last_before(m.start(), "area", floor=max(0, ctx.sent.start - 200))
            if back:
                scope = Scope(
                    level=back.ref["level"],
                    name=back.ref["name"],
                    how=f"'the region' is {back.text}",
                )
            else:  # round 10 (WRONG12): "the region's" with no region named is not the UK
                no_region = True
    elif v == "ahead of":
        p = ctx.tag(m, "p")
        cond.append(f"ahead_of={p.ref['code'] if p else '?'}")
    elif v in ("fielded", "stood", "ran"):
        cond.append(f"standing={subj.party if subj else '?'}")
    else:
        t = ctx.num(m, "t")
        st = ctx.stated(t)
        op = {
            "at least": ">=",
            "more than": ">",
            "over": ">",
            "under": "<",
            "fewer than": "<",
            "less than": "<",
        }.get(v, ">=")
        groups = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "group")
        what = (
            f"census:{groups[0].ref['group']}"
            if groups
            else (f"share:{subj.party}" if subj and subj.party else "share")
        )
        val = st.value if st else None
        cond.append(f"{what}{op}{val:g}%" if val is not None else what)
        if groups:
            subj = Subject(
                "group",
                groups[0].text,
                groups[0].start,
                groups[0].end,
                group=groups[0].ref["group"],
            )
    f = ctx.frame(
        "count_seats",
        subj,
        scope=scope or Scope(level="uk"),
        condition=cond,
        number=n,
        unit="percent" if n.kind == "frac" else "seats",
    )
    if n.kind == "frac":
        f.notes.append("the count is stated as a share of the seats in scope (percent)")
    if any("?" in c or c.endswith("=None") for c in cond):
        f.unresolved.append("condition: the party is not known")
    if no_region:
        f.unresolved.append("scope: 'the region's' with no region named before it")
    span_start = m.start()
    return ctx.draft(
        m,
        f,
        n,
        ctx.num(m, "t") if g.get("t") else None,
        ctx.num(m, "o") if g.get("o") else None,
        rule_name="count_seats",
        span=(span_start, m.end()),
    )


@rule(
    r"(?P<p>{P})\s+won\s+{Q}(?P<n>{N})\s+of\s+the\s+(?P<k>{N})\s+(?P<tail>[^.;:!?,\n]{0,80}?\b(?:most|highest|largest|lowest|fewest|least)\b[^.;:!?,\n]{0,40})",
    r"\bof\s+the\s+(?P<k>{N})\s+(?P<tail>(?:most|least)\s+[^.;:!?,\n]{0,40}?),\s+(?:the\s+)?(?P<p>{P})\s+won\s+{Q}(?P<n>{N})",
    priority=10,
    name="won_n_of_top",
    needs="\\bof the\\b",
)
def _won_of_top(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    n, k = ctx.num(m), ctx.num(m, "k")
    p = ctx.tag(m, "p")
    if n is None or k is None or p is None or k.q is None:
        return None
    tail = m.group("tail")
    groups = ctx.doc.tags_in(m.start("tail"), m.end("tail"), "group")
    metric = f"census:{groups[0].ref['group']}" if groups else ctx.noun_metric(tail)
    direction = "least" if re.search(r"\b(?:lowest|fewest|least)\b", tail) else "most"
    scope = ctx.area_scope(m.start(), m.end())
    where = [f"top {int(k.q.value or 0)} by {metric} ({direction})"]
    if scope is not None and scope.name:
        where.append(f"{scope.level}={scope.name}")
    f = ctx.frame(
        "count_seats",
        ctx.subject_of(p, "the party named"),
        scope=Scope(level="seats", where=where, how="the seats ranked by the measure named"),
        condition=[f"winner={p.ref['code']}"],
        number=n,
        metric=metric,
        unit="seats",
        nth=int(k.q.value or 0),
    )
    if metric is None:
        f.unresolved.append("metric: the ranking is not said")
    return ctx.draft(m, f, n, k, rule_name="won_n_of_top")


@rule(
    r"{Q}(?P<n>{N})\s+(?:seats\s+)?short\s+of\s+(?:the\s+(?P<k>{N})\s+needed|an?\s+(?:overall\s+|working\s+)?majority)",
    name="short_of",
    needs="short of",
)
def _short_of(ctx: Ctx, m: re.Match[str]) -> Draft:
    n = ctx.num(m)
    k = ctx.num(m, "k") if m.groupdict().get("k") else None
    subj = ctx.subject_before(m.start(), "party")
    st = ctx.stated(n)
    f = ctx.frame(
        "gov_majority",
        subj,
        stated=st,
        comparator="down",
        unit="seats",
        notes=["'N short of the M needed': seats below a Commons majority"],
    )
    return ctx.draft(m, f, n, k, rule_name="short_of")


@rule(
    r"{Q}(?P<n>{N})\s+(?P<dir>fewer|more)\s+(?:seats\s+)?than\s+(?:at\s+the\s+last\s+election|in\s+(?P<y>{Y})|last\s+time)",
    r"(?:won|took|had)\s+(?P<n>{N})\s+(?P<dir>more|fewer)\s+seats\s+than\s+(?:at\s+the\s+last\s+election|in\s+(?P<y>{Y})|last\s+time)",
    r"(?P<dir>fewer|more)\s+votes\s+(?:in\s+(?P<y0>{Y})\s+)?than\s+in\s+(?P<y>{Y})",
    r"\band\s+(?P<dir>fewer|more)\s+than\s+in\s+(?P<y>{Y})",
    name="fewer_than_in",
    needs="\\bthan\\b",
)
def _fewer_than_in(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    g = m.groupdict()
    n = ctx.num(m) if g.get("n") else None
    y = ctx.tag(m, "y") if g.get("y") else None
    y0 = ctx.tag(m, "y0") if g.get("y0") else None
    seg = ctx.text(ctx.sent.start, m.end())
    what = "votes" if "votes" in ctx.text(m.start(), m.end()) else "seats"
    if not n and "votes" in seg:
        what = "votes"
    prev = [d for d in ctx.drafts if d.frame.measure in ("seats", "change") and d.end <= m.start()]
    subj = (
        prev[-1].frame.subject
        if prev and what == "seats" and g.get("n") is None
        else ctx.subject_before(m.start(), "party")
    )
    if prev and prev[-1].frame.measure == "seats":
        subj = prev[-1].frame.subject
    f = ctx.frame(
        "change",
        subj,
        scope=(prev[-1].frame.scope if prev else Scope(level="uk")),
        stated=ctx.stated(n) if n else None,
        comparator="up" if g["dir"] == "more" else "down",
        metric=what,
        unit=what,
    )
    f.baseline = ctx.doc.text[y.start : y.start + 4] if y else "previous"
    if y0 is not None:
        f.election = ctx.doc.text[y0.start : y0.start + 4]
    return ctx.draft(m, f, n, y, y0, rule_name="fewer_than_in")


@rule(
    r"\b(?P<dir>higher|lower|more|fewer|larger|smaller|bigger)\s+than\s+(?:the\s+(?P<n>{PCT}|{N})\s+(?:(?:[\w'-]+|{C}|{P})\s+){0,6}?in\s+(?P<y>{Y})|in\s+(?:either\s+)?(?P<y1>{Y})(?:\s+or\s+(?P<y2>{Y}))?)",
    name="than_in",
    needs="\\bthan\\b",
)
def _than_in(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    g = m.groupdict()
    prev = sorted((d for d in ctx.drafts if d.start < m.start()), key=lambda d: d.start)
    seg = ctx.text(ctx.sent.start, m.start())
    if g.get("n"):
        n = ctx.num(m)
        y = ctx.tag(m, "y")
        subj = ctx.subject_before(m.start(), "party")
        f = ctx.frame(
            "share" if n and n.kind == "pct" else "seats",
            subj,
            scope=Scope(level="uk"),
            number=n,
            unit="percent",
            election=ctx.doc.text[y.start : y.start + 4] if y else None,
        )
        return [ctx.draft(m, f, n, y, rule_name="than_in", span=(m.start("n"), m.end()))]
    if prev and prev[-1].frame.measure == "change":
        return None
    what = "turnout" if "turnout" in seg else ("swing" if "swing" in seg else None)
    if what is None:
        return None
    ys = [ctx.tag(m, k) for k in ("y1", "y2") if g.get(k)]
    out = []
    base = prev[-1].frame if prev else None
    up = g["dir"] in ("higher", "more", "larger", "bigger")
    for y in ys:
        if y is None:
            continue
        if what == "swing" and base is not None and base.measure == "swing":
            f = ctx.frame(
                "swing",
                base.subject,
                other=base.other,
                scope=base.scope,
                metric=base.metric,
                comparator="gt" if up else "lt",
                unit="points",
                notes=["compared with the swing at the baseline election"],
            )
        else:
            f = ctx.frame(
                "change",
                base.subject if base else Subject("parliament"),
                scope=base.scope if base else Scope(level="uk"),
                comparator="up" if up else "down",
                metric=what,
                unit="points",
            )
        f.baseline = ctx.doc.text[y.start : y.start + 4]
        out.append(ctx.draft(m, f, y, rule_name="than_in"))
    return out or None


@rule(
    r"\bthe\s+(?P<k>{N})\s+(?P<tail>(?:most|least)\s+(?:(?:[\w'-]+|{G})\s+){0,2}?(?:seats|constituencies)(?:\s+in\s+(?P<in>{A}))?)\s+(?:are|were)\s+all\s+in\s+(?:the\s+)?(?P<a>{A})",
    name="all_in",
    needs="all in",
    priority=10,
)
def _all_in(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    k = ctx.num(m, "k")
    a = ctx.tag(m, "a")
    if k is None or k.q is None or a is None:
        return None
    tail = m.group("tail")
    groups = ctx.doc.tags_in(m.start("tail"), m.end("tail"), "group")
    metric = f"census:{groups[0].ref['group']}" if groups else ctx.noun_metric(tail)
    direction = "least" if tail.startswith("least") else "most"
    where = [f"top {int(k.q.value or 0)} by {metric} ({direction})"]
    inn = ctx.tag(m, "in") if m.group("in") else None
    if inn is not None:
        where.append(
            f"{'country' if inn.ref['level'] in ('gb', 'uk') else inn.ref['level']}={inn.ref['name']}"
        )
    st = Stated(k.text, k.q.value or 0, k.q.value or 0, k.q.value or 0, "all of them")
    f = ctx.frame(
        "count_seats",
        Subject("seats", how="the seats ranked"),
        comparator="eq",
        stated=st,
        scope=Scope(level="seats", where=where, how="the seats ranked by the measure named"),
        condition=[f"{a.ref['level']}={a.ref['name']}"],
        metric=metric,
        unit="seats",
        nth=int(k.q.value or 0),
        notes=["'are all in': every one of the top N meets the condition"],
    )
    return ctx.draft(m, f, k, rule_name="all_in")


@rule(
    r"\bthe\s+only\s+(?:seat|constituency)\s+(?:that\s+|which\s+)?(?:the\s+)?(?P<p>{P})\s+(?P<v>gained|won|held|took|lost)(?P<tail>[^.;:!?,\n]{0,40})",
    name="only_seat",
    needs="only",
    priority=10,
)
def _only_seat(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    p = ctx.tag(m, "p")
    if p is None:
        return None
    v = m.group("v")
    code = p.ref["code"]
    cond = {
        "gained": [f"winner={code}", f"previous_winner!={code}"],
        "took": [f"winner={code}", f"previous_winner!={code}"],
        "won": [f"winner={code}"],
        "held": [f"winner={code}", f"previous_winner={code}"],
        "lost": [f"previous_winner={code}", f"winner!={code}"],
    }[v]
    tail = m.group("tail") or ""
    scope = ctx.area_scope(m.start("tail"), m.end("tail")) if tail else None
    seat = ctx.doc.last_before(m.start(), "seat", floor=ctx.sent.start)
    if seat is None:
        back = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
        subj = (
            Subject("seat", back.name or "", seat=back.seat, how=back.how)
            if back and back.seat
            else None
        )
    else:
        subj = ctx.subject_of(seat, "the seat the sentence is about")
    st = Stated("only", 1, 1, 1, "'the only seat': exactly one")
    f = ctx.frame(
        "count_seats",
        subj,
        scope=scope or Scope(level="uk"),
        condition=cond,
        stated=st,
        comparator="eq",
        unit="seats",
        other=ctx.subject_of(p, "the party"),
        notes=["'the only seat': exactly one seat meets the condition, and it is the subject"],
    )
    y = ctx.doc.tags_in(m.start(), m.end(), "year")
    return ctx.draft(m, f, *(y[:1]), rule_name="only_seat")


@rule(
    r"\b(?P<dir>up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+{Q}(?P<n>{N}|{PCT})(?:\s+(?:seats|mps|per\s*cent))?\s+(?:(?:in|at)\s+(?P<y>{Y})|at\s+the\s+last\s+(?:general\s+)?election|last\s+time|(?P<ago>\w+\s+years\s+(?:earlier|before|ago)))",
    name="up_from",
    needs="\\bfrom\\b",
    priority=60,
)
def _up_from(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    subj: Subject | None
    n = ctx.num(m)
    prev = [
        d
        for d in ctx.drafts
        if d.end <= m.start()
        and d.frame.measure in ("seats", "share", "votes", "count_seats", "turnout")
    ]
    if n is None:
        return None
    if prev:
        base = prev[-1].frame
        measure, subj, scope, cond, unit = (
            base.measure,
            base.subject,
            base.scope,
            list(base.condition),
            base.unit,
        )
    else:
        head = ctx.text(ctx.sent.start, m.start())
        measure = "turnout" if "turnout" in head else "share" if n.kind == "pct" else "seats"
        subj = ctx.subject_before(m.start(), "party")
        scope, cond, unit = ctx.sentence_area() or Scope(level="uk"), [], "seats"
    y = ctx.tag(m, "y") if m.group("y") else None
    f = ctx.frame(
        measure,
        subj or Subject("parliament"),
        scope=scope,
        condition=cond,
        number=n,
        unit=unit,
        notes=["'up/down from N': the figure at the earlier election"],
    )
    f.election = ctx.doc.text[y.start : y.start + 4] if y else "previous"
    if m.group("ago"):
        f.notes.append(m.group("ago"))
    return ctx.draft(m, f, n, y, rule_name="up_from")


#: "the largest in Scotland after it", "the second-narrowest behind Gower", "the biggest
#: bar Glasgow's": a superlative its own words rank below something else
_BEHIND = re.compile(
    r"\b(?:after|behind|next\s+to|bar|except\s+for|apart\s+from|only\s+to)\s+"
    r"(?:(?P<one>it|that|this|that\s+one|this\s+one)\b|\S)"
)


def _ranked_behind(ctx: Ctx, lo: int, hi: int) -> int:
    """How many places a superlative's own words put it below the top: "Motherwell North's
    18,910 was the biggest majority in Scotland, just ahead of Gordon Brown's 17,444 in
    Dunfermline East, the largest in Scotland after it": "it" points at the seat of a
    first-place superlative read just before, so one place below (1: second); "after
    Glasgow Provan", "behind them", "bar two" (-1: below others whose place is not read
    here, so the position is left unresolved); 0: nothing said. Round 6b (WRONG-B): read
    as first, the runner-up was called false."""
    mm = _BEHIND.search(ctx.doc.text, lo, hi)
    if mm is None:
        return 0
    para = ctx.doc.text.rfind("\n\n", 0, lo)
    top = [
        d
        for d in ctx.drafts
        if para <= d.start < lo
        and d.frame.measure == "superlative"
        and d.frame.comparator in ("most", "least")
    ]
    return 1 if mm.group("one") and top else -1


def _apposed_figure_subject(ctx: Ctx, pos: int) -> Subject | None:
    """ "Byron Davies won by just 27 votes, the smallest majority in the country", "Ruth
    Cadbury won by 465 votes, the narrowest of Labour's gains": a superlative in apposition
    right after a seat figure is said of that figure's seat (or candidate, whose seat
    resolution finds)."""
    if not re.search(r",\s*$", ctx.doc.folded[max(ctx.sent.start, pos - 4) : pos]):
        return None
    prev = [
        d
        for d in ctx.drafts
        if d.end <= pos
        and d.frame.measure in ("majority", "margin", "turnout", "share", "votes")
        and re.fullmatch(r"(?:\s+votes?)?\s*,\s*", ctx.doc.folded[d.end : pos])
    ]
    if not prev:
        return None
    f = prev[-1].frame
    if f.scope.level == "seat" and f.scope.seat:
        return Subject(
            "seat", f.scope.name or "", seat=f.scope.seat, how="the seat of the figure before"
        )
    if f.subject.kind in ("candidate", "seat") and f.subject.resolved:
        sub = Subject(**{**f.subject.__dict__})
        sub.how = f"the {f.subject.kind} of the figure before ({f.subject.text})"
        return sub
    return None


_AMONG_THE_AREAS = re.compile(
    r"^\s*(?:among|of)\s+(?:the\s+)?(?:region|nation|country|[a-z]+)(?:'s|\u2019s)\s+"
    r"(?:\w+\s+)?(gains|holds)\b"
)


def _person_after_break(ctx: Ctx, lo: int, hi: int) -> bool:
    """Whether a person is named after a clause break (", and", "; ", ", while") between
    ``lo`` and ``hi`` with no seat after the break."""
    breaks = list(re.finditer(r"[;]|,\s+(?:and|while|but|whereas)\b", ctx.doc.folded[lo:hi]))
    if not breaks:
        return False
    brk = breaks[-1]
    return bool(ctx.doc.tags_in(lo + brk.end(), hi, "person")) and not ctx.doc.tags_in(
        lo + brk.end(), hi, "seat"
    )


def _no_area(ctx: Ctx) -> str:
    """How a ranking with no area in its sentence is scoped: every seat either way, but a
    story that names a region or nation anywhere may mean its own area (evaluation does not
    call it false where the seat holds the position there)."""
    if ctx.doc.tags_in(0, len(ctx.doc.text), "area"):
        return NO_AREA_NAMED
    return NO_AREA_IN_STORY


def _plain_ranking(ctx: Ctx, m: re.Match[str], noun: str, condition: list[str]) -> bool:
    """Whether a superlative ranks every seat by a measure its words name, so a seat
    named after "came in" / "was in" / "went to" is its subject: not "the most dramatic
    result" (no measure), nor one after a party qualifier the frame did not read ("On
    the Conservative side, the biggest majority was in ...": among that party's seats).
    The caller also wants the ranking's area said ("in the country", "in Wales"): "Its
    best result was in Barnsley South" in a story on one region ranks within it."""
    sup = " ".join(m.group("sup").split())
    words = [w for w in re.findall(r"[a-z'-]+", noun.lower()) if w not in ("the", "of")]
    if sup in ("most", "least", "more", "less") and words and ctx.noun_metric(noun) is None:
        return False
    return not ctx.doc.tags_in(ctx.sent.start, m.start("sup"), "party") and not any(
        c.startswith("winner=") for c in condition
    )


def _seat_after_unsaid_area(
    ctx: Ctx, m: re.Match[str], noun: str, metric: str | None, condition: list[str]
) -> Subject | None:
    """Round 8: the seat after a superlative's verb ("The closest contest was at
    Faversham", "Labour's highest winning share was in Bootle", "Its best result came in
    Llanelli") when :func:`_plain_ranking` left it: the ranking's area is not said, or a
    party qualifies it. The seat is the subject when the words name the measure and every
    party before the superlative is one the frame reads (its metric ``share:P`` or a
    ``winner=``/``previous_winner=`` condition): "On the Conservative side, the biggest
    majority was in ..." (a party the frame did not read) stays unread. With no area said,
    the frame keeps the every-seat scope, and evaluation does not call a seat false that
    holds the position in its own region or nation (``evaluate_scope._own_area_holds``)."""
    sup = " ".join(m.group("sup").split())
    words = [w for w in re.findall(r"[a-z'-]+", noun.lower()) if w not in ("the", "of")]
    if metric is None or (
        sup in ("most", "least", "more", "less") and words and ctx.noun_metric(noun) is None
    ):
        return None
    if m.groupdict().get("n") or (
        metric.startswith("share:") and lx.SUPERLATIVES[sup][0] != "most"
    ):
        # an ordinal ("third-lowest") or a party's LOWEST share: other rules read those
        # (the seats where the party did not stand are not its lowest), measured on
        # tests/test_claims_sweep_ranks.py party_rank
        return None
    read = {metric.split(":", 1)[1]} if metric.startswith("share:") else set()
    read |= {c.split("=", 1)[1] for c in condition if c.startswith(("winner=", "previous_winner="))}
    before = {t.ref.get("code") for t in ctx.doc.tags_in(ctx.sent.start, m.start("sup"), "party")}
    if not before <= read:
        return None
    owner = re.search(r"\b(?:its|their)\s+$", ctx.doc.folded[ctx.sent.start : m.start("sup")])
    if read - before and owner is None:
        # the party the frame ranks is neither said before the superlative nor its owner
        # ("The lowest winning share of any MP was in X, where Labour took ...": the
        # party after is the seat's winner, not the ranking's)
        return None
    named = _seat_after_verb(ctx, m.end("head"))
    if named is None:
        return None
    for pm in _UNKNOWN_PLACE_BEFORE.finditer(ctx.doc.text, ctx.sent.start, m.start()):
        if not ctx.doc.tags_in(pm.start(1), pm.end(1)):
            # "Across Leeds, the closest contest was in ...", "In Kent, ...": the ranking
            # is within a place the store does not hold (a city, a county), so the seat
            # is not read as first of every seat
            return None
    return ctx.subject_of(named, "the seat named after the superlative")


#: a capitalised place after "in/across/around/throughout" (a city or county the checker
#: may not know): the area of a superlative that follows in the sentence
_UNKNOWN_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Aa]round|[Tt]hroughout)\s+(?!the\b|The\b)([A-Z][\w'\u2019-]+)"
)


#: "the biggest majority was Jane Smith's 25,499 in Seatown", "was Jane Smith's, in
#: Seatown", "was Jane Smith in Seatown": the member (and her figure) before the seat the
#: superlative is said of (round 9b)
_WHOSE_FIGURE_IN = (
    r"(?:{C}(?:'s?|\u2019s?)?,?\s+(?:(?:of\s+)?(?:{N}|{PCT})(?:\s+votes)?,?\s+)?"
    r"(?:in|at|for)\s+(?:the\s+seat\s+of\s+)?)?"
)


#: the seat a superlative is said of, named after its verb: "The narrowest win in the region
#: was Mid Dorset", "The closest result came in Hendon", "the biggest majority was in
#: Sleaford", "the tightest contest had been Hampstead", "The highest share went not to
#: Knowsley but to Liverpool Walton"
_SUBJECT_AFTER = (
    r"[^,.;:!?\n]{0,40}?\b(?:(?:is|was|remains|remained|had\s+been|has\s+been)\s+(?:in\s+|at\s+)?"
    r"|(?:came|comes|come)\s+(?:in|at)\s+|belonged\s+to\s+"
    r"|(?:went|goes|go)\s+(?:not\s+to\s+[^,.;:!?\n]{0,40}?\s+but\s+)?to\s+)"
    r"(?:the\s+)?" + _WHOSE_FIGURE_IN + r"(?P<s>{S})"
)


def _seat_after_verb(ctx: Ctx, pos: int) -> Tag | None:
    """The seat named after a superlative's verb ("... was in Sleaford", "... came in
    Hendon", "... is Mid Dorset") right after ``pos`` in the sentence, or None."""
    after = _expand(_SUBJECT_AFTER).match(ctx.doc.typed, pos, ctx.sent.end)
    if after is None:
        return None
    named = ctx.doc.at.get(after.start("s"))
    return named if named is not None and named.kind == "seat" else None


_AT_FIGURE = r"(?P<at>,?\s+(?:at|with|on)\s+(?:just\s+|only\s+)?{Q}(?P<n>{PCT}))?"


@rule(
    r"\b(?P<sup>{SUP})\s+in\s+(?P<s>{S})" + _AT_FIGURE,
    r"(?P<s>{S})\s+(?:had|has|recorded|saw|posted|returned|was|is)\s+the\s+(?P<sup>{SUP})"
    r"(?:\s+in\s+(?:the\s+)?(?P<a>{A}|region|country|nation|capital))?"
    + _AT_FIGURE
    + r"(?=\s*[,.;:]|\s+and\b|\s*$)",
    r"\band\s+(?P<s>{S})\s+the\s+(?P<sup>{SUP})" + _AT_FIGURE + r"(?=\s*[,.;:]|\s*$)",
    r"\band\s+the\s+(?P<sup>{SUP})\s+(?P<s>{S})" + _AT_FIGURE + r"(?=\s*[,.;:]|\s*$)",
    name="sup_in_seat",
    needs="\ue002",
    priority=25,
)
def _sup_in_seat(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """The superlative said elliptically of a seat, its measure carried from the
    paragraph: "Turnout ... was lowest in X, at 43 per cent", "Y had the highest in the
    West Midlands, at 71 per cent", "..., and Z the highest". With no measure in the
    sentence or the one before (turnout, majority), nothing is read."""
    s = ctx.tag(m, "s")
    sup = m.group("sup")
    if s is None or sup not in lx.SUPERLATIVES:
        return None
    direction, _ = lx.SUPERLATIVES[sup]
    prior = [d for d in ctx.drafts if d.frame.measure in ("superlative", "rank")]
    para = max(ctx.doc.text.rfind("\n\n", 0, ctx.sent.start), 0)
    prev_sent = ctx.doc.sentences[ctx.index - 1].start if ctx.index > 0 else ctx.sent.start
    context = ctx.text(max(para, prev_sent), m.start())
    metric: str | None
    carried = _paragraph_superlative(ctx, para, m.start())
    if prior and prior[-1].frame.metric:
        metric = prior[-1].frame.metric
    elif carried is not None:
        metric = carried[0]
    elif re.search(r"\bturnouts?\b|\bvoted\b", context):
        metric = "turnout"
    elif re.search(r"\bmajorit|\bcontests?\b|\bmargins?\b", context):
        metric = "majority"
    else:
        return None
    # scope: the area said, else the one of the superlative before, else the paragraph's
    a = ctx.tag(m, "a") if m.group("a") and ctx.tag(m, "a") else None
    where = m.group("a") or ""
    scope: Scope | None = None
    if a is not None and a.kind == "area":
        scope = named_area(a)
    elif where == "country":
        scope = Scope(level="uk", how="'in the country'")
    elif prior:
        scope = prior[-1].frame.scope
    elif carried is not None and carried[0] == metric and carried[1] is not None:
        scope = carried[1]  # the scope the paragraph's superlative ranked in
    inferred = False
    if scope is None or (where in ("region", "capital", "nation") and scope.level == "uk"):
        area = ctx.doc.last_before(m.start(), "area", floor=para)
        how = "the area the paragraph is about"
        if area is None:
            # a story about one region: "lowest in X" ranks X within it
            area = ctx.doc.last_before(m.start(), "area")
            how, inferred = "refers to the last area named", True
        if area is not None and area.ref["level"] == "country" and not _seat_in_nation(s, area):
            area = None  # a seat outside the last nation named is not ranked within it
        if area is not None and area.ref["level"] != "uk":
            scope = Scope(
                level=area.ref["level"], name=area.ref["name"], how=f"{how} ({area.text})"
            )
    scope = scope or Scope(level="uk", how=_no_area(ctx))
    f = ctx.frame(
        "superlative",
        ctx.subject_of(s, "the seat the superlative is said of"),
        scope=scope,
        comparator="most" if direction == "most" else "least",
        metric=metric,
    )
    f.notes.append(f"'{sup}': the measure ({metric}) carried from the paragraph")
    if inferred:
        f.inferred.append("scope")
    end = m.end("s") if m.start("s") > m.start("sup") else m.end("sup")
    out = [ctx.draft(m, f, rule_name="sup_in_seat", span=(m.start(), end))]
    n = ctx.num(m) if m.group("n") else None
    if n is not None and metric in ("turnout",):
        g = ctx.frame(
            "turnout",
            Subject("seat", how="the electorate in scope"),
            scope=ctx.seat_scope_of(s, "the seat of the superlative"),
            number=n,
            unit="percent",
            metric="turnout",
        )
        out.append(ctx.draft(m, g, n, rule_name="sup_in_seat", span=(m.start("at"), m.end())))
    elif n is not None and metric.startswith("census:"):
        # "X has the lowest, at 7.5 per cent": the seat's share of the census group ranked
        group = metric.split(":", 1)[1]
        g = ctx.frame(
            "census",
            Subject("group", group, group=group, how="the census measure of the superlative"),
            scope=ctx.seat_scope_of(s, "the seat of the superlative"),
            number=n,
            metric=metric,
            unit="percent",
        )
        out.append(ctx.draft(m, g, n, rule_name="sup_in_seat", span=(m.start("at"), m.end())))
    return out


_SUP_PHRASE = r"(?P<sup>{SUP})(?P<noun>(?:[\s-]+(?:[\w'-]+|{G})){0,6})"
_SET_BEFORE = _expand(r"\bthe\s+{N}\s+$")
_CLAUSE_STOP = re.compile(r"[,;:.!?\n]")
_EVERY_SEAT = re.compile(
    r"\b(?:of\s+any\s+(?:seat|constituency)|anywhere|in\s+the\s+(?:country|uk)|nationally|"
    r"in\s+(?:great\s+)?britain|in\s+any\s+(?:seat|constituency))\b"
)


_NATION_CODE = {"England": "E", "Scotland": "S", "Wales": "W", "Northern Ireland": "N"}


def _seat_in_nation(seat: Tag, area: Tag) -> bool:
    """Whether the seat's ONS codes place it in the nation ``area`` names (True when
    either is not known: only a known mismatch says no)."""
    want = _NATION_CODE.get(str(area.ref.get("name")))
    codes = {str(c)[:1] for c in (seat.ref.get("codes") or {}).values() if c}
    return want is None or not codes or want in codes


#: how far back "the region" looks for the region it means (characters)
_REGION_REACH = 20_000


def _paragraph_superlative(ctx: Ctx, para: int, pos: int) -> tuple[str, Scope | None, str] | None:
    """The measure of the last superlative with a noun in the paragraph before ``pos``
    ("Christchurch has the highest share of households that own outright. ... X has the
    lowest": the share owning outright; "the oldest seat ...; Y is the youngest": aged
    65+), with the scope it ranked in when it says one (an area in its clause; "of any
    seat", "anywhere": every seat), or None when no superlative before names its measure."""
    found: tuple[str, Scope | None, str] | None = None
    for sm in _expand(_SUP_PHRASE).finditer(ctx.doc.typed, para, pos):
        sup = " ".join(sm.group("sup").split())
        if sup not in lx.SUPERLATIVES or _SET_BEFORE.search(
            ctx.doc.typed, max(para, sm.start() - 30), sm.start()
        ):
            continue  # "nine of the ten highest-turnout seats": a set, not a ranking said
        groups = ctx.doc.tags_in(sm.start("noun"), sm.end("noun"), "group")
        noun = ctx.text(sm.start("noun"), sm.end("noun"))
        named = ctx.noun_metric(noun)
        if not groups and named == "share":
            from psephos.claims.extract.census_phrasings import share_group_before

            groups = share_group_before(ctx, para, sm.start())  # round 8
        metric = (
            f"census:{groups[0].ref['group']}"
            if groups
            else named
            if named not in (None, "share", "seats", "gov_majority", "swing")
            else lx.SUPERLATIVES[sup][1]
        )
        if metric is None:
            if named is not None and not groups:
                # "the highest share of any seat" of a group or party not read: a later
                # ranking continues THIS one, whose measure is unknown, not an earlier one
                found = None
            continue
        stop = _CLAUSE_STOP.search(ctx.doc.folded, sm.end("sup"), min(pos, sm.end("sup") + 80))
        end = stop.start() if stop else min(pos, sm.end("sup") + 80)
        area = ctx.area_scope(sm.start(), end) or round9_wrong.opening_area(ctx, sm.start(), para)
        if area is None and re.search(r"\bin\s+the\s+region\b", ctx.text(sm.start(), end)):
            # the region named last before ("the country" after it is no region: round 11)
            regions = [
                t
                for t in ctx.doc.tags_in(max(0, sm.start() - _REGION_REACH), sm.start(), "area")
                if t.ref.get("level") == "region"
            ]
            reg = regions[-1] if regions else None
            if reg is not None and reg.ref["level"] == "region":
                area = Scope(
                    level="region", name=reg.ref["name"], how=f"'the region' is {reg.text}"
                )
        scope = (
            area
            if area is not None
            else Scope(level="uk", how="'of any seat'")
            if _EVERY_SEAT.search(ctx.text(sm.start(), end))
            else None
        )
        if scope is None and found is not None and found[0] == metric:
            scope = found[1]  # "the second-oldest" after "the oldest seat in the North West"
        found = (metric, scope, lx.SUPERLATIVES[sup][0])
    return found


@rule(
    r"\b(?:against|compared\s+with|versus|vs\.?|and)\s+{Q}(?P<n>{SHARE})\s+(?:across|in|for)\s+(?:the\s+|all\s+of\s+)?(?P<a>{A})",
    name="census_area",
    needs="\ue004",
    priority=31,
)
def _census_area(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "three in ten adults in X have no qualifications, against fewer than one in five
    across England and Wales": the same census share for the area compared."""
    prior = ctx.just_before(m.start(), "census", within=60)
    n, a = ctx.num(m), ctx.tag(m, "a")
    if prior is None or n is None or a is None:
        return None
    f = ctx.frame(
        "census",
        prior.frame.subject,
        scope=named_area(a),
        number=n,
        metric=prior.frame.metric,
        unit="percent",
        notes=["the census share compared, for the area named"],
    )
    return ctx.draft(m, f, n, rule_name="census_area")


@rule(
    r"\bof\s+the\s+(?P<k>{N})\s+(?P<tail>(?:seats\s+with\s+the\s+|constituencies\s+with\s+the\s+)?"
    r"(?:most|least|fewest|highest|lowest|largest|smallest|biggest)\s+[^.;:!?,\n]{0,50}?),\s+"
    r"(?:the\s+)?(?P<p>{P})\s+(?P<v>won|held|took|kept|retained|gained|holds|wins)\s+"
    r"(?:(?P<allbut>all\s+but)\s+)?{Q}(?P<n>{N})"
    r"(?P<more>\s+and\s+(?:came|finished|was|were)\s+(?P<o>{O})\s+in\s+(?:a\s+further\s+|another\s+)?"
    r"{Q}(?P<n2>{N})(?:\s+(?:more|others|of\s+the\s+rest))?)?",
    priority=9,
    name="of_the_top_set",
    needs="\\bof the\\b",
)
def _of_the_top_set(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """A count within a ranked set: "Of the ten seats with the fewest graduates, Reform
    won three and came second in five more", "Of the ten most Muslim seats, Labour held
    all but two" (= eight)."""
    n, k, p = ctx.num(m), ctx.num(m, "k"), ctx.tag(m, "p")
    if n is None or k is None or p is None or k.q is None or n.q is None:
        return None
    size = int(k.q.value or 0)
    tail = m.group("tail")
    groups = ctx.doc.tags_in(m.start("tail"), m.end("tail"), "group")
    metric = f"census:{groups[0].ref['group']}" if groups else ctx.noun_metric(tail)
    if metric is None:
        return None
    direction = "least" if re.search(r"\b(?:least|fewest|lowest|smallest)\b", tail) else "most"
    area = ctx.area_scope(m.start(), m.end()) or ctx.only_area()
    where = [f"top {size} by {metric} ({direction})"]
    if area is not None and area.name and area.level in ("country", "region"):
        where.append(f"{area.level}={area.name}")
    scope = Scope(level="seats", where=where, how="the seats ranked by the measure named")
    party = p.ref["code"]
    stated = ctx.stated(n)
    if m.group("allbut") and stated is not None:
        left = size - (n.q.value or 0)
        stated = Stated(f"all but {n.text}", left, left, left, f"all but {n.text} of {size}")
    f = ctx.frame(
        "count_seats",
        ctx.subject_of(p, "the party named"),
        scope=scope,
        condition=[f"winner={party}"],
        stated=stated,
        comparator=ctx.comparator(n),
        metric=metric,
        unit="seats",
        nth=size,
    )
    end = m.start("more") if m.group("more") else m.end()
    out = [ctx.draft(m, f, n, k, rule_name="of_the_top_set", span=(m.start(), end))]
    o, n2 = ctx.num(m, "o"), ctx.num(m, "n2")
    if m.group("more") and o is not None and n2 is not None and o.q and o.q.value:
        g = ctx.frame(
            "count_seats",
            ctx.subject_of(p, "the party named"),
            scope=scope,
            condition=[f"{_PLACE_WORD.get(int(o.q.value), 'placed')}={party}"],
            number=n2,
            metric=metric,
            unit="seats",
            nth=size,
        )
        out.append(ctx.draft(m, g, o, n2, rule_name="of_the_top_set", span=m.span("more")))
    return out


_PLACE_WORD = {1: "winner", 2: "second", 3: "third"}


@rule(
    r"(?P<v>lost|losing|loses|lose|forfeited|forfeits|kept|keeping|saved|saving)\s+(?:its|their|his|her|the\s+party's)?\s*deposits?\s+in\s+{Q}(?P<n>{N})\s+(?:of\s+(?:the|its|their)\s+{N}\s+)?(?:seats|constituencies|places)",
    name="deposits",
    needs="deposit",
    priority=15,
)
def _deposits(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "It lost its deposit in fewer than 50 seats" (or "in more than 160 of the 275 seats
    it fought", round 8b): the seats where the party's share was under 5 per cent (the
    deposit threshold); "kept/saved its deposit" at least 5."""
    n = ctx.num(m)
    subj = ctx.subject_before(m.start(), "party")
    if n is None or subj is None or not subj.party:
        return None
    lost = m.group("v").startswith(("los", "forf"))
    cond = f"share:{subj.party}{'<' if lost else '>='}5%"
    f = ctx.frame(
        "count_seats",
        subj,
        scope=ctx.only_area() or uk_default(),
        condition=[cond, f"standing={subj.party}"],
        number=n,
        unit="seats",
        notes=["a deposit is lost under 5 per cent of the valid vote"],
    )
    return ctx.draft(m, f, n, rule_name="deposits")


_BORN_ABROAD = re.compile(
    r"\bborn\s+(?:abroad|overseas|outside\s+(?:the\s+uk|the\s+united\s+kingdom|britain|the\s+country)"
    r"|in\s+(?:another|other)\s+countr(?:y|ies))\b"
)


def _born_abroad(ctx: Ctx, lo: int, hi: int) -> Subject | None:
    """ "born outside the UK" where the area name was typed first: the census group of
    residents born abroad."""
    m = _BORN_ABROAD.search(ctx.doc.folded, lo, hi)
    if m is None:
        return None
    return Subject(
        "group", m.group(), m.start(), m.end(), group="BornAbroad", how="census group named"
    )


_MARGIN_CMP = {
    "under": "<",
    "fewer than": "<",
    "less than": "<",
    "below": "<",
    "over": ">",
    "more than": ">",
    "above": ">",
}


@rule(
    r"{Q}(?P<n>{N})\s+(?:seats|mps|constituencies|members)\s+(?:were\s+|was\s+)?(?:won\s+|held\s+|returned\s+|"
    r"elected\s+|decided\s+)?(?:with|by|on)\s+(?:majorities|margins)\s+of\s+(?P<cmp>under|fewer\s+than|less\s+than|"
    r"below|over|more\s+than|above)\s+(?P<t>{N})(?:\s+votes)?",
    r"(?P<v>won|held|took|gained|lost|kept|retained)\s+{Q}(?P<n>{N})\s+(?:seats|constituencies)\s+"
    r"(?:with|by|on)\s+(?:majorities\s+of\s+|margins\s+of\s+)?(?P<cmp>under|fewer\s+than|less\s+than|below|over|"
    r"more\s+than|above)\s+(?P<t>{N})\s+votes?",
    name="count_by_margin",
    needs="majorities|margins|votes",
    priority=15,
)
def _count_by_margin(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "30 MPs were returned with majorities of under 1,000", "Labour won 12 seats by
    fewer than 1,000 votes": the seats in scope whose majority meets the bound."""
    n, t = ctx.num(m), ctx.num(m, "t")
    if n is None or t is None or n.kind != "num" or t.kind != "num" or t.q is None:
        return None
    op = _MARGIN_CMP[" ".join(m.group("cmp").split())]
    cond = [f"majority{op}{t.q.value:g}"]
    subj: Subject | None = Subject("parliament", how="every seat in scope")
    v = m.groupdict().get("v")
    if v:
        subj = ctx.subject_before(m.start(), "party")
        if subj is None or not subj.party:
            return None
        if v == "lost":
            cond.append(f"previous_winner={subj.party}")
            cond.append(f"winner!={subj.party}")
        else:
            cond.append(f"winner={subj.party}")
    f = ctx.frame(
        "count_seats",
        subj,
        scope=ctx.only_area() or uk_default(),
        condition=cond,
        number=n,
        unit="seats",
        notes=["a count of seats whose majority meets the bound"],
    )
    return ctx.draft(m, f, n, t, rule_name="count_by_margin")


_TOP_SET = (
    r"(?P<tail>(?:[\w'-]+[\s-]+){0,2}?(?P<sup>{SUP})(?:[\s-]+(?:{G}|[\w'-]+)){0,3}?)"
    r"[\s-]+(?:seats|constituencies)\b"
)


@rule(
    r"(?P<n>{N})\s+of\s+(?:the|its|their)\s+(?P<k>{N})\s+"
    + _TOP_SET
    + r"(?P<rest>[^.;:!?\n]{0,80})",
    r"\ball\s+(?P<n>{N})\s+of\s+(?:the|its|their)\s+" + _TOP_SET + r"(?P<rest>[^.;:!?\n]{0,80})",
    priority=9,
    name="count_of_top",
    needs="\\bof (?:the|its|their)\\b",
)
def _count_of_top(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """A count within a ranked set said with the set first: "Four of the six oldest seats
    re-elected Conservatives", "All ten of the youngest seats returned Labour MPs", "Nine
    of the ten highest-turnout seats changed hands, eight of them Lib Dem gains": the
    seats among the top K by the measure of the superlative that meet the predicate
    (winner=P, changed_hands=yes). A predicate not understood ("are in London": the area
    would be ranked within, not after) gives no claim."""
    n = ctx.num(m)
    k = ctx.num(m, "k") if m.group("k") else n
    if n is None or k is None or n.q is None or k.q is None or not k.q.value:
        return None
    sup = m.group("sup")
    if sup not in lx.SUPERLATIVES:
        return None
    direction, implied = lx.SUPERLATIVES[sup]
    groups = ctx.doc.tags_in(m.start("tail"), m.end("tail"), "group")
    noun = ctx.text(m.end("sup"), m.end("tail"))
    metric = (
        f"census:{groups[0].ref['group']}"
        if groups
        else ctx.noun_metric(noun)
        if noun.strip()
        else implied
    )
    if metric is None or metric in ("share", "seats", "gov_majority", "swing"):
        return None
    pred = _set_predicate(ctx, m.start("rest"))
    if pred is None:
        return None
    cond, pred_end = pred
    size = int(k.q.value)
    where = [f"top {size} by {metric} ({direction})"]
    area = ctx.area_scope(m.start(), m.start("rest"))
    if area is not None and area.name and area.level in ("country", "region"):
        where.append(f"{area.level}={area.name}")
    scope = Scope(level="seats", where=where, how="the seats ranked by the measure named")
    subj = _predicate_subject(ctx, m.start("rest"), pred_end)
    f = ctx.frame(
        "count_seats",
        subj,
        scope=scope,
        condition=cond,
        number=n,
        metric=metric,
        unit="seats",
        nth=size,
    )
    nums = [n] if k is n else [n, k]
    out = [ctx.draft(m, f, *nums, rule_name="count_of_top", span=(m.start(), pred_end))]
    # ", eight of them Lib Dem gains": a count within the same set, with its own predicate
    more = _expand(r",?\s+(?:and\s+)?{Q}(?P<n>{N})\s+of\s+them\s+(?:were\s+|are\s+)?").match(
        ctx.doc.typed, pred_end
    )
    pred2 = _set_predicate(ctx, more.end(), bare=True) if more else None
    if more and pred2 is not None:
        n2 = ctx.doc.at.get(more.start("n"))
        if n2 is not None and n2.q is not None and n2.end <= ctx.sent.end:
            merged = list(dict.fromkeys([*cond, *pred2[0]]))
            g = ctx.frame(
                "count_seats",
                _predicate_subject(ctx, more.end(), pred2[1]),
                scope=scope,
                condition=merged,
                number=n2,
                metric=metric,
                unit="seats",
                nth=size,
            )
            out.append(
                ctx.draft(m, g, n2, rule_name="count_of_top", span=(more.start("n"), pred2[1]))
            )
    return out


_PRED_WIN = (
    r"(?:re-?elected|returned|elected|went\s+to|voted|backed|chose|fell\s+to|"
    r"(?:were|are)\s+(?:won|held|taken|gained|kept)\s+by)\s+(?:an?\s+|the\s+)?(?P<p>{P})"
    r"(?:\s+(?:mps?|members|candidates?))?"
)
_PRED_KIND = r"(?:the\s+)?(?P<p>{P})(?:'s)?\s+(?P<kind>gains?|holds?|seats?|wins?)\b"
_PREDICATES = (
    (r"\s+(?:all\s+|both\s+)?" + _PRED_WIN, False),
    (r"\s+(?:all\s+|both\s+)?changed\s+hands\b", False),
    (r"\s+(?:were|are)\s+(?:all\s+|both\s+)?" + _PRED_KIND, False),
    (_PRED_KIND, True),
    (r"(?:won|held|taken|gained|kept)\s+by\s+(?:the\s+)?(?P<p>{P})", True),
)


def _set_predicate(ctx: Ctx, pos: int, *, bare: bool = False) -> tuple[list[str], int] | None:
    """What the counted seats of a ranked set did, read at ``pos``: conditions in the
    metric language and where the predicate ends. "re-elected Conservatives", "returned
    Labour MPs", "were won by P" -> winner=P; "changed hands" -> changed_hands=yes; "(were)
    Lib Dem gains/holds" -> winner=P with changed_hands yes/no. ``bare``: after "N of them"
    ("eight of them Lib Dem gains"). Anything else: None (no claim is read)."""
    for pat, for_bare in _PREDICATES:
        if for_bare and not bare:
            continue
        pm = _expand(pat).match(ctx.doc.typed, pos)
        if pm is None or pm.end() > ctx.sent.end:
            continue
        cond: list[str] = []
        gd = pm.groupdict()
        if gd.get("p"):
            t = ctx.doc.at.get(pm.start("p"))
            if t is None or t.kind != "party":
                return None
            cond.append(f"winner={t.ref['code']}")
        kind = gd.get("kind") or ""
        if "changed" in pm.group(0) or kind.startswith("gain"):
            cond.append("changed_hands=yes")
        elif kind.startswith("hold"):
            cond.append("changed_hands=no")
        return cond, pm.end()
    return None


def _predicate_subject(ctx: Ctx, lo: int, hi: int) -> Subject:
    """The party of a set predicate ("returned Labour MPs"), else every seat of the set
    (a count of seats that changed hands is said of no party)."""
    ps = ctx.doc.tags_in(lo, hi, "party")
    if ps:
        return ctx.subject_of(ps[0], "the party of the predicate")
    return Subject("parliament", how="every seat of the ranked set")


@rule(
    r"(?P<s>{S}),\s+(?:the\s+)?(?P<n>{O})(?:\s+on\s+(?:that|this|the\s+same)\s+(?:measure|list|"
    r"ranking|score|count)|\s+on\s+the\s+list)?,",
    r"(?P<s>{S})(?:,\s+[^,.;:!?\n]{0,60},)?\s+(?:ranks|ranked|comes|came|sits|is|was)\s+(?P<n>{O})"
    r"\s+on\s+(?:that|this|the\s+same)\s+(?:measure|list|ranking|score)",
    r"\bwith\s+(?P<s>{S})\s+(?P<n>{O})(?=\s*[,.;:]|\s*$)",
    # round 9 (WRONG): "..., with B second and C third": each seat its own place
    r"\bwith\s+(?P<s>{S})\s+(?P<n>{O})(?=\s+and\s+{S}\s+{O}(?:\s*[,.;:]|\s*$))",
    r"\bwith\s+{S}\s+{O}\s+and\s+(?P<s>{S})\s+(?P<n>{O})(?=\s*[,.;:]|\s*$)",
    name="ordinal_in_ranking",
    needs="\ue002",
    priority=26,
)
def _ordinal_in_ranking(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """A seat's place in the ranking the paragraph has set up, said with an ordinal alone:
    "X is the oldest seat in the North West. Y, the second-oldest ... Z, third on the list,
    ...", "W ranks fourth on that measure", "..., with V second": a rank by the measure
    (and in the area) of the paragraph's last superlative. With no superlative before it
    in the paragraph, nothing is read (the ordinal may be a placing)."""
    s, n = ctx.tag(m, "s"), ctx.num(m)
    if s is None or n is None or n.q is None or not n.q.value or n.q.value < 2:
        return None
    para = max(ctx.doc.text.rfind("\n\n", 0, ctx.sent.start), 0)
    before = _paragraph_superlative(ctx, para, m.start())
    if before is not None:
        from psephos.claims.round11_wrong13 import carried_or_own

        before = carried_or_own(ctx, m.start(), before)  # the sentence's census group (r11)
    if before is None:
        return None
    metric, scope, direction = before
    nth = int(n.q.value)
    f = ctx.frame(
        "rank",
        ctx.subject_of(s, "the seat the ordinal is said of"),
        scope=scope or Scope(level="uk", how="the paragraph's ranking names no area"),
        comparator="nth_most" if direction == "most" else "nth_least",
        metric=metric,
        nth=nth,
        notes=[f"the ranking ({metric}) carried from the paragraph's superlative"],
    )
    return ctx.draft(m, f, n, rule_name="ordinal_in_ranking")


@rule(
    r",?\s+and\s+(?:the\s+)?(?P<x>{A}|{S})\s+the\s+(?P<sup>{SUP})(?=\s*[,.;]|\s*$)",
    name="elided_coordinate_superlative",
    needs="narrowest|closest|tightest|slimmest|smallest|lowest|least|fewest|worst|weakest|biggest|largest|highest|most|greatest|best|strongest|safest|widest|heaviest",
    priority=60,
)
def _elided_coordinate_superlative(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """A superlative elided in a coordinate clause, its verb and measure taken from the
    superlative of the clause before in the same sentence: "The South West had the highest
    turnout of any region, 64.9 per cent, and Yorkshire and the Humber the lowest", "X had
    the largest majority in Wales, and Y the smallest". The new subject must be of the same
    kind as the first one (a region or nation compared among the regions or nations; a
    seat ranked among seats), and the frame keeps the first one's measure, scope and
    conditions with the direction of the new word."""
    x = ctx.tag(m, "x")
    sup = " ".join(m.group("sup").split())
    if x is None or sup not in lx.SUPERLATIVES:
        return None
    prev = [
        d
        for d in ctx.drafts
        if d.end <= m.start() and d.frame.measure == "superlative" and d.frame.metric
    ]
    if not prev:
        return None
    p = prev[-1].frame
    among = [w for w in (p.scope.where or []) if w.startswith("among=")]
    if x.kind == "area":
        if (
            not among
            or p.subject.kind != "seats"
            or x.ref.get("level") not in ("region", "country")
        ):
            return None
        if "," in str(x.ref.get("name")):
            return None
        subj = Subject(
            "seats", str(x.ref["name"]), x.start, x.end, how="the area compared (elided clause)"
        )
    elif x.kind == "seat":
        if among or p.subject.kind != "seat":
            return None
        subj = ctx.subject_of(x, "the seat of the elided superlative")
    else:
        return None
    direction = lx.SUPERLATIVES[sup][0]
    f = ctx.frame(
        "superlative",
        subj,
        scope=p.scope,
        comparator="most" if direction == "most" else "least",
        metric=p.metric,
        condition=list(p.condition or []),
        notes=["the measure and scope of the superlative before it in the sentence"],
    )
    return ctx.draft(m, f, rule_name="elided_coordinate_superlative")


#: a clause break after a superlative: a party named past it is another clause's ("the
#: highest share of any winning candidate, and a majority of 20,575, with the Greens second")
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|with|while|whereas)\s")


def _share_parties(ctx: Ctx, m: re.Match[str]) -> list[Tag]:
    """The party tags whose share a superlative "the highest share" ranks: those named in the
    sentence up to the end of the superlative, else those after it in its own clause."""
    ps = ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "party")
    before = [p for p in ps if p.start < m.end()]
    if before:
        return before
    brk = _CLAUSE_BREAK.search(ctx.doc.text, m.end(), ctx.sent.end)
    stop = brk.start() if brk else ctx.sent.end
    return [p for p in ps if p.start < stop]


_POSSESSIVE = re.compile(r"['\u2019]s?\s+(?:own\s+)?")


def _possessive_party(ctx: Ctx, at: int) -> str | None:
    """The party whose possessive stands right before a superlative ("the Brexit Party's
    best share"): its code; None when no party is named so. Read before the "party's"
    anaphora, which would otherwise take the party named before it (round 9: a sentence
    the poll filter had dropped, "a quarter of the poll and the Brexit Party's best share",
    read as Labour's best share)."""
    ps = ctx.doc.tags_in(max(ctx.sent.start, at - 60), at, "party")
    if not ps or not _POSSESSIVE.fullmatch(ctx.text(ps[-1].end, at)):
        return None
    return str(ps[-1].ref["code"])
