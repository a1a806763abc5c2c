"""A seat's census share in the phrasings copy uses beyond "N of residents are G" (round 8).

Published coverage states a census group's share of a seat in shapes the census family of
:mod:`psephos.claims.extract.ranks` (``census_share``) did not read; each rule here matches
the figure and the people it is a share of, then hands the match to that family's handler
(:func:`psephos.claims.extract.ranks._census`: the group named nearest after the figure in
the sentence, else before it; the seat of the sentence; no claim in a sentence about
voters), so that one definition decides every phrasing:

- the people named otherwise: "half of all residents are of Pakistani heritage", "62.4% of
  constituents identify as Muslim", "one in 14 usual residents were born outside the UK",
  "23 per cent of the constituency's population were aged 65 or over", "a third of the
  population of North Norfolk is aged 65 and over", "one in six people living in Leicester
  East are Hindu";
- the group said by identity: "with 58.7% identifying as Muslim in Bradford West", "62 per
  cent identify as Christian";
- a figure in apposition: "Leicester East, 37.6 per cent Hindu, elected ...";
- a majority: "a majority of households own their home", "Muslims are a majority" (the
  share is above half: ``gt`` 50).

Sweep: ``tests/test_claims_sweep_census.py`` (every phrasing filled from the ONS count files
over a fixed-seed sample of the seats of England and Wales).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from psephos.claims.extract.patterns import Draft, rule
from psephos.claims.extract.tagging import Tag
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import Stated

if TYPE_CHECKING:
    from psephos.claims.extract.patterns import Ctx

# the people a census share is of, as copy names them beyond "residents/people/adults"
_PEOPLE = (
    r"(?:constituents|usual\s+residents|inhabitants|locals|"
    r"all\s+(?:the\s+)?(?:residents|people|adults|households|constituents)|"
    r"(?:the\s+)?(?:seat|constituency|area|town|city|borough)'s\s+"
    r"(?:population|residents|households|adults|people)|"
    r"(?:{S}|{A})'s\s+(?:population|residents|households|adults|people)|"
    r"the\s+(?:population|residents|households|adults|people)\s+of\s+(?:the\s+(?:seat|constituency)|{S})|"
    r"(?:people|residents|adults|households)\s+(?:living\s+|who\s+live\s+)?in\s+{S}|"
    r"people\s+living\s+there)"
)


@rule(
    r"(?P<n>{SHARE})\s+of\s+" + _PEOPLE + r"(?P<tail>[^.;:!?\n]{0,60})",
    r"(?P<n>{FR})\s+" + _PEOPLE + r"(?P<tail>[^.;:!?\n]{0,60})",
    r"\bwith\s+{Q}(?P<n>{SHARE})\s+(?:of\s+(?:the\s+)?(?:residents|people|population|adults)\s+)?"
    r"(?:identifying|identified|describing\s+themselves|recorded)\s+as\s+(?P<g>{G})"
    r"(?P<tail>[^.;:!?\n]{0,40})",
    r"(?P<n>{PCT})\s+(?:identify|identified|describe\s+themselves|described\s+themselves)\s+"
    r"as\s+(?P<g>{G})(?P<tail>[^.;:!?\n]{0,40})",
    priority=30,
    name="census_share_of",
    needs="[\ue005\ue007\ue008]",
)
def _census_of(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """The census share of a seat with the people named as copy names them (module doc)."""
    from psephos.claims.extract.ranks import _census

    got = _census(ctx, m)
    return got if isinstance(got, Draft) else None


# "S, 37.6 per cent Hindu, ..." / "S (44 per cent Muslim)": a figure and a group in apposition
@rule(
    r"{S}\s*(?:,|\()\s*{Q}(?P<n>{PCT})\s+(?P<g>{G})(?=\s*[,;)])(?P<tail>)",
    priority=30,
    name="census_share_apposed",
    needs="[\ue005\ue007]",
)
def _census_apposed(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Leicester East, 37.6 per cent Hindu, elected a Conservative": the seat's share."""
    from psephos.claims.extract.ranks import _census

    got = _census(ctx, m)
    return got if isinstance(got, Draft) else None


_MAJORITY = Stated("a majority", 50.0, 50.0, math.inf, "'a majority': more than half")


@rule(
    r"\b(?:an?\s+(?:clear\s+|narrow\s+|slim\s+|small\s+)?|the\s+)?majority\s+of\s+"
    r"(?:the\s+|its\s+|all\s+)?(?:residents|people|households|adults|constituents|population)"
    r"(?:\s+(?:in|of)\s+{S})?\s+(?:(?:are|were|is|was|have|had|own|owned|rent|rented|"
    r"identify|identified|live|lived)\b|(?={G}))(?P<tail>[^.;:!?\n]{0,50})",
    r"(?P<g>{G})\s+(?:are|were|form|formed|make\s+up|made\s+up)\s+(?:a|the)\s+"
    r"(?:clear\s+|narrow\s+|slim\s+|small\s+)?majority\b(?P<tail>[^.;:!?\n]{0,40})",
    priority=30,
    name="census_majority",
    needs="majority",
)
def _census_majority(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "a majority of households own their home", "Muslims are a majority (of the
    population)": the group's census share of the seat is above half."""
    g = m.groupdict()
    gt = ctx.tag(m, "g") if g.get("g") else None
    if gt is None:
        after = ctx.doc.tags_in(m.start(), min(ctx.sent.end, m.end()), "group")
        gt = after[0] if after else None
    if gt is None:
        from psephos.claims.extract.ranks import _born_abroad

        # "born outside the UK": the area name was typed first
        born = _born_abroad(ctx, m.start(), ctx.sent.end)
        if born is None:
            return None
        gt = Tag("group", born.start, born.end, born.text, {"group": "BornAbroad"}, "")
    sent = ctx.text(ctx.sent.start, ctx.sent.end)
    if _VOTERS.search(sent) and not _PEOPLE_WORDS.search(sent):
        return None  # "a majority of voters backed ...": votes, not residents
    scope = ctx.seat_scope(ctx.sent.start, ctx.sent.end, back=True)
    subj = Subject(
        "group", gt.text, gt.start, gt.end, group=gt.ref["group"], how="census group named"
    )
    f = ctx.frame(
        "census",
        subj,
        scope=scope or Scope(level="seat"),
        metric=f"census:{gt.ref['group']}",
        unit="percent",
        stated=_MAJORITY,
        comparator="gt",
    )
    if scope is None:
        f.unresolved.append("scope: no seat found for the census share")
    end = m.start("tail") if m.start("tail") >= 0 else m.end()
    return ctx.draft(m, f, rule_name="census", span=(m.start(), end))


_VOTERS = re.compile(r"\bvoters?\b|\bbacked\b|\bsupport\b|\bvoted\b")
_PEOPLE_WORDS = re.compile(r"resident|household|population")


# "in seats where more than 10 per cent of the population identify as Muslim": the figure is
# the condition of a set of seats, not one seat's share
_SEATS_WHERE = re.compile(
    r"\b(?:seats|constituencies|areas|places|parts\s+of\s+\w+|wards|neighbourhoods|"
    r"communities|towns|cities)\s+(?:where|in\s+which|with)\b[^.;:!?]{0,40}$"
)


def census_scope(ctx: Ctx) -> None:
    """A census share a rule read as a seat's that is not one seat's (in place):

    - said as the condition of a set of seats ("seats where more than 10 per cent of the
      population identify as Muslim", "areas where over a quarter ... was Muslim");
    - said of an area's people ("6.5 per cent of the United Kingdom's population", "a
      quarter of London's residents") while a seat elsewhere in the sentence took the scope;
    - in a sentence that names no seat, the last seat named being in an earlier paragraph
      ("Some 0.11 per cent of residents ticked the Gypsy or Irish Traveller box" opening a
      paragraph: England and Wales's share, not the seat before).

    Either is ``uncertain`` with the reason, never checked against the seat."""
    folded = ctx.doc.folded
    for d in ctx.drafts:
        f = d.frame
        if f.measure != "census" or f.scope.level != "seat":
            continue
        lo = max(ctx.sent.start, d.start - 60)
        if _SEATS_WHERE.search(folded[lo : d.start]):
            f.unresolved.append(
                "scope: the share is the condition of a set of seats ('seats where ...'), "
                "not one seat's"
            )
            continue
        if f.scope.how.startswith("the sentence names no seat") and _other_paragraph(ctx, f):
            f.unresolved.append(
                "scope: the sentence names no seat and the last seat named is in an earlier "
                "paragraph (the share may be the whole area's)"
            )
            continue
        near = ctx.doc.tags_in(d.start, min(ctx.sent.end, d.end + 40), "area")
        owned = [t for t in near if folded.startswith("'s", t.end) or folded.startswith("'", t.end)]
        if owned and (f.scope.name or "").casefold() not in folded[d.start : d.end + 40]:
            f.unresolved.append(f"scope: the share is of {owned[0].text}'s people, not the seat's")


def _other_paragraph(ctx: Ctx, f: Frame) -> bool:
    """The frame's seat was last named before the sentence's paragraph."""
    para = ctx.doc.text.rfind("\n\n", 0, ctx.sent.start)
    para = 0 if para < 0 else para
    return ctx.doc.last_before(ctx.sent.start, "seat", floor=para) is None


def settle(ctx: Ctx) -> None:
    """The checks of this module on a sentence's drafts (in place)."""
    census_scope(ctx)
    carried_share(ctx)


def carried_share(ctx: Ctx) -> None:
    """ "Some 0.11 per cent of residents ticked the Gypsy or Irish Traveller box. The highest
    share is in Weald of Kent": a bare "share" ranked in a sentence that names no party,
    right after a sentence of the same paragraph that states a census group's share and
    names no party, is that group's share, not the winner's vote share."""
    if ctx.index == 0 or ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "party", "group"):
        return
    prev = ctx.doc.sentences[ctx.index - 1]
    if "\n\n" in ctx.doc.text[prev.end : ctx.sent.start]:
        return  # another paragraph
    groups = ctx.doc.tags_in(prev.start, prev.end, "group")
    if len({t.ref["group"] for t in groups}) != 1 or ctx.doc.tags_in(prev.start, prev.end, "party"):
        return
    if not _SHARE_OF_PEOPLE.search(ctx.doc.folded, prev.start, prev.end):
        return
    for d in ctx.drafts:
        f = d.frame
        if f.measure not in ("superlative", "rank") or f.metric not in ("share", "winner_share"):
            continue
        words = ctx.doc.folded[d.start : d.end]
        if not re.search(r"\bshare\b", words) or re.search(r"\bvotes?\b", words):
            continue
        group = groups[0].ref["group"]
        f.metric = f"census:{group}"
        f.notes.append(
            f"'share' is the share of {groups[0].text} the sentence before states (a census "
            "group), not a vote share"
        )


# the sentence before states a share of people: "N per cent of residents", "one in five adults"
_SHARE_OF_PEOPLE = re.compile(
    r"\b(?:per\s*cent|percent|%|in\s+\w+|half|third|quarter|fifth)\s+(?:of\s+)?(?:all\s+)?"
    r"(?:the\s+)?(?:residents|people|adults|households|population|constituents)\b"
)


def share_group_before(ctx: Ctx, para: int, pos: int) -> list[Tag]:
    """ "half of all residents are of Pakistani heritage, the highest share of any seat":
    the census group a bare "share" superlative at ``pos`` ranks, when its own sentence
    states one group's share of people before it and names no party (else none)."""
    lo = max(para, ctx.doc.text.rfind(". ", para, pos) + 1)
    groups = ctx.doc.tags_in(lo, pos, "group")
    if len({t.ref["group"] for t in groups}) != 1 or ctx.doc.tags_in(lo, pos, "party"):
        return []
    if not _SHARE_OF_PEOPLE.search(ctx.doc.folded, lo, pos):
        return []
    return groups[-1:]
