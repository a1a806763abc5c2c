"""A seat's figure that is not the story's own result (round 10b, ELECTION).

A story about election E quotes earlier results as comparisons: "held on by 192 in 2010",
"her majority, 549 last time, ...", "Soubry's majority of 389 grew ten-fold",
"overturning a majority of 613", "up from 1,058". Read as evidence for the story's own
election, such a figure votes for the earlier election, and a story that gives several of
them split its evidence and went unchecked (an East Midlands 2015 story with three 2010
baselines: 2 of 23 right).

:func:`figure_role` reads the syntactic role of the figure a claim states:

``"dated"``
    the figure carries its own time ("in 2010", "at the last election", "last time",
    "five years ago", "previously") or is in a pluperfect clause ("had"): it is about that
    time, not the story's election, and is no evidence for the story's election;
``"baseline"``
    the figure is the starting point of a change ("from 1,058", "overturning/defending a
    majority of 613", "a majority of 389 grew/fell/was cut ..."): the result it matches is the
    election *before* the story's, so it counts (less than a figure of the story's own) for the
    next general election after it (:func:`psephos.claims.when.infer_document`'s
    ``baselines``);
``None``
    the story's own figure (as before).
"""

from __future__ import annotations

import re
from typing import Any

#: a time of its own right after the figure: "192 in 2010", "549 last time", "214 five years
#: ago", "at the 2017 election", "at the last election", "previously"
_OWN_AFTER = re.compile(
    r"\s*(?:votes?\s+)?,?\s*(?:"
    r"(?:in|at|during)\s+(?:the\s+)?(?:(?:19|20)\d\d\b|(?:last|previous)\s+(?:general\s+)?"
    r"(?:election|poll|contest)\b)"
    r"|(?:last|previous)\s+time\b"
    r"|(?:\w+|\d+)\s+years?\s+(?:ago|earlier|before)\b"
    r"|previously\b"
    r"|back\s+then\b"
    r")"
)
#: the same relative time earlier in the figure's clause ("her majority last time was 549"),
#: with no "this time"/"now" after it. (Not a year: "In 2015 Bercow took 34,617 votes" opens
#: a chronicle's paragraph as often as a comparison, and a chronicle's evidence must stay
#: split across its years.)
_OWN_HEAD = re.compile(
    r"(?:\b(?:last|previous)\s+time\b|\b(?:\w+|\d+)\s+years?\s+ago\b"
    r"|\bat\s+the\s+(?:last|previous)\s+(?:general\s+)?election\b|\bpreviously\b|\bhad\b)"
    r"(?:(?!\bthis\s+time\b|\bnow\b|\bon\s+thursday\b)[^,.;:\n])*$"
)
#: a starting point before the figure: "from 1,058", "overturning a majority of 613",
#: "defending Labour's majority of 2,000", "wiped out a lead of 300"
_BASE_HEAD = re.compile(
    r"(?:\bfrom\s+"
    r"|\b(?:overturn(?:ing|ed|s)?|overc(?:ame|oming|omes?)|wip(?:ing|ed|es?)\s+out|"
    r"defend(?:ing|ed|s)?|overhaul(?:ing|ed|s)?|eras(?:ing|ed|es?)|"
    r"turn(?:ing|ed|s)?\s+over)\s+(?:[\w'’-]+\s+){0,3}?(?:majority|lead)\s+(?:of\s+)?)$"
)
#: a change of the figure after it: "389 grew more than ten-fold", "of 4,000 was cut to 900",
#: "of 613 was overturned", "has risen"
_BASE_AFTER = re.compile(
    r"\s*(?:votes\s+)?(?:(?:has|had|have)\s+(?:been\s+)?|was\s+|were\s+)?(?:\w+\s+){0,2}?"
    r"(?:grew|grown|rose|risen|fell|fallen|increased|decreased|doubled|trebled|tripled|"
    r"quadrupled|halved|shrank|shrunk|swelled|swollen|climbed|dropped|jumped|soared|"
    r"collapsed|narrowed|widened|went\s+(?:up|down)|gone\s+(?:up|down)|cut|slashed|"
    r"overturned|wiped\s+out|reduced|multiplied)\b"
    # (not "a majority of 5,000 reduced from 8,000": the figure after the change)
    r"(?![^,.;:]{0,30}\bfrom\b)"
)
#: the figure (not a comma after it: "by 7,305, and Long fell short" is no change of it)
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def figure_role(folded: str, start: int, end: int, numbers: list[int]) -> str | None:
    """The role of the figure a claim over ``folded[start:end]`` states (``numbers``: the
    starts of the numbers it uses; the figure is the last of them): ``"dated"``,
    ``"baseline"`` or None (module docstring)."""
    at = max((n for n in numbers if start <= n < max(end, start + 1)), default=None)
    if at is None:
        return None
    m = _NUMBER.match(folded, at)
    num_end = m.end() if m else at
    # the rest of the claim and 40 characters after it, from the figure on
    after = folded[num_end : max(end, num_end) + 40]
    head = folded[max(0, at - 60) : at]
    if _OWN_AFTER.match(after) or _OWN_HEAD.search(head):
        return "dated"
    if _BASE_HEAD.search(head) or _BASE_AFTER.match(after):
        return "baseline"
    return None


def next_election(eid: str, general: dict[str, object]) -> str | None:
    """The general election after ``eid`` among ``general`` (id -> polling date), or None."""
    order = sorted(general, key=lambda k: str(general[k]))
    if eid not in order:
        return None
    i = order.index(eid)
    return order[i + 1] if i + 1 < len(order) else None


#: how a claim got the story's (or its paragraph's or subheading's) election, not its own
_INFERRED = re.compile(r"^the story's election|earlier in the paragraph$|^the subheading's")


def starting_points(claims: list[Any], folded: str, info: dict[str, Any]) -> None:
    """ "Soubry's majority of 389 grew more than ten-fold" (no year of its own): a seat's
    majority followed by its change (:data:`_BASE_AFTER`) is the starting point, the
    seat's majority at the general election before the one the claim was read at, when
    that election was inferred (the story's, the paragraph's, the subheading's) and the
    one before is on the same boundaries; across new boundaries (a 2019 starting point in
    a 2024 story: the old seat's or the notional majority?) the claim is left unresolved.
    Run after :func:`psephos.claims.round9_caught11.earlier_majority`, which moves a
    defeated member's majority itself (its claims no longer read as inferred). The frame's
    election is moved in place."""
    general = info["general"]
    for c in claims:
        f = c.frame
        if f is None or f.measure != "majority" or f.stated is None or f.baseline is not None:
            continue
        if f.scope.seat is None or f.election not in general:
            continue
        if not _INFERRED.search(f.election_how or ""):
            continue
        at = folded.find(f.stated.text.lower(), c.start, c.end)
        if at < 0:
            continue
        m = _NUMBER.match(folded, at)
        num_end = m.end() if m else at
        if not _BASE_AFTER.match(folded, num_end, num_end + 60):
            continue
        order = sorted(general, key=lambda k: str(general[k]))
        i = order.index(f.election)
        prev = order[i - 1] if i > 0 else None
        if prev is None:
            continue
        if info["bsets"].get(prev) != info["bsets"].get(f.election):
            f.unresolved.append(
                f"election: a starting point at {prev}, on the old seat or the notional one"
            )
            continue
        f.election = prev
        f.election_how = "the election before the story's (a starting point)"
        f.notes.append("a starting point: the majority at the election before")
        c.params["election"] = {"id": prev, "how": f.election_how}
