"""Round 8b (A): classes of true claims the checker called false on a held-out batch.

Each check is one class of wording, asked of a claim already called ``contradicted``; a
check either reads the words the way they say (and gives that verdict) or, where the
checker cannot be sure what the words measure, makes the claim ``uncertain`` and says why.
They run after :func:`psephos.claims.safeguard.safeguard_all` (docs/claims.md, "Round 8b").

Read right:

- *not standing*: "did not stand in 21 of the 54 seats" counts the seats of the area where
  the party had no candidate, not the seats it won (:func:`not_stood`);
- *a past holder's tenure*: "X had held the seat since 2010", said of a person who did not
  stand at the story's election, is the person's own run of wins, not the seat's holder
  now (:func:`past_holder`);
- *"the region" after a seat*: "Turnout in the region was 66.4 per cent, up 3.1 points",
  in a paragraph about one seat: the figures are of the region that seat lies in
  (:func:`region_words`).

- *a share in a census paragraph*: "Bury South ... has the highest share anywhere outside
  London", after the paragraph named a census group: that group's share
  (:func:`census_share`).
- *another census definition of the group*: "31.2 per cent of residents aged 16 and over
  are full-time students outside the labour market" is the census's economically inactive
  students, not every full-time student: a census share the group's other definitions
  (the summary measures sharing its last word: ``NSSECFulltimeStudent``,
  ``InactiveFTStudent``, ``EmployedFTStudent`` ...) make true is ``uncertain``
  (:func:`census_sibling`).

Left uncertain (the words measure something the reading did not see):

- *a share of no one named*: a seat "has the highest share" with no party, candidate or
  vote in its sentence (a census share, a share of households) (:func:`unnamed_share`);
- *a share of a population*: a figure said of households, residents, people aged ...
  (:func:`population_share`);
- *a seat's rank*: "Bristol Central ... is fifth at 22.3 per cent", "Wokingham is
  third-lowest": an ordinal said of a seat ranks it among seats, it is no placing of a
  candidate in it (:func:`seat_rank`);
- *a set with a condition*: "two of the three seats where car-free households are rarest"
  (:func:`conditioned_set`);
- *a seat named after the figure*: "Hallam had the highest turnout, 77.6 per cent, with
  York Outer second": the seat read is the one ranked after the figure (:func:`seat_after`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims.compound import rejoin
from psephos.claims.frame import Scope
from psephos.claims.model import CheckedClaim, Evidence, Mention
from psephos.claims.safeguard import sentence_span, shaped_mentions

ClaimDict = Mapping[str, Any]
Reeval = Callable[[CheckedClaim, Any], CheckedClaim]

_PREFIX = "Not called false: "

#: words that make a share a share of votes
_VOTE_WORDS = re.compile(
    r"\b(?:votes?|voters|vot(?:ed|ing)|won|wins?|winners?|winning|majority|poll(?:ed)?|"
    r"turnout|elected|ballots?|seats?)\b",
    re.I,
)
#: populations a census counts (a share of them is no share of votes)
_POPULATION = re.compile(
    r"\b(?:households?|homes|dwellings|residents|population|inhabitants|adults|people|"
    r"pupils|children|workers|employees|students|pensioners|families|aged\s+\d+)\b",
    re.I,
)
_ORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))"
)
#: a seat-rank verb phrase: "is fifth", "comes second", "ranks third-lowest", "next"
_RANK_VERB = re.compile(
    r"\s*(?:,[^,.;]{1,80},\s*)?(?:is|was|comes|came|ranks|ranked|sits|stands|lies)\s+"
    r"(?:(?:only|just|a|in)\s+)?" + _ORD + r"(?:[-\s](?:highest|lowest|largest|smallest|"
    r"most|fewest|biggest))?\b",
    re.I,
)
_ORD_SUPERLATIVE = re.compile(
    _ORD + r"-(?:highest|lowest|largest|smallest|most|fewest|biggest)\b", re.I
)
_CONDITION_AFTER = re.compile(r"\s*(?:where|in\s+which|that|which|whose)\b", re.I)
_NOT_STOOD = re.compile(
    r"\b(?:did\s+not|didn't|failed\s+to|chose\s+not\s+to)\s+(?:stand|field\s+(?:a\s+)?"
    r"candidates?|put\s+up\s+(?:a\s+)?candidates?|contest)\s+(?:in\s+)?$|"
    r"\b(?:stood\s+aside|had\s+no\s+candidates?|fielded\s+no\s+candidates?)\s+(?:in\s+)?$",
    re.I,
)
_AFTER_SEAT = re.compile(r"^\W{0,3}(?:was\s+|is\s+|came\s+|comes\s+)?(?:" + _ORD + r"|next|"
                         r"behind|runner-up)\b", re.I)  # fmt: skip


def _frame(claim: ClaimDict) -> Mapping[str, Any]:
    return claim.get("frame") or {}


def _mentions_in(
    mentions: Sequence[Mapping[str, Any]], a: int, b: int, kinds: tuple[str, ...]
) -> list[Mapping[str, Any]]:
    """The mentions of ``kinds`` lying within ``[a, b]``, in the list's order (the mentions
    indexed by start once per list and bisected: the same as scanning the whole list)."""
    starts, order = _by_start(mentions)
    lo = bisect.bisect_left(starts, a)
    hi = bisect.bisect_right(starts, b)
    picked = sorted(order[lo:hi])
    return [
        m
        for m in (mentions[i] for i in picked)
        if m["kind"] in kinds and a <= m["start"] and m["end"] <= b
    ]


#: the last list indexed and its (starts, order), one tuple swapped whole (thread-safe)
_INDEX: tuple[Any, list[int], list[int]] = (None, [], [])


def _by_start(mentions: Sequence[Mapping[str, Any]]) -> tuple[list[int], list[int]]:
    global _INDEX
    index = _INDEX
    if index[0] is not mentions:
        order = sorted(range(len(mentions)), key=lambda i: mentions[i]["start"])
        index = (mentions, [mentions[i]["start"] for i in order], order)
        _INDEX = index
    return index[1], index[2]


# --- checks that leave the claim uncertain ------------------------------------------------


def _census_read(f: Mapping[str, Any]) -> bool:
    """The frame already reads a census group (its metric, subject or area)."""
    where = " ".join(str(w) for w in (f.get("scope") or {}).get("where") or [])
    return (
        str(f.get("metric") or "").startswith("census")
        or f.get("measure") == "census"
        or bool((f.get("subject") or {}).get("group"))
        or "census" in where
    )


def unnamed_share(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """A seat ranked by "share" (its subject a seat) in a sentence that names no party, no
    candidate and no vote: the share of what is not said (a census share)."""
    f = _frame(claim)
    if f.get("measure") not in ("superlative", "rank") or f.get("metric") != "share":
        return None
    if (f.get("subject") or {}).get("kind") != "seat":
        return None
    a, b = sentence_span(text, claim["start"], claim["end"])
    if _mentions_in(mentions, a, b, ("party", "person")) or _VOTE_WORDS.search(text, a, b):
        return None
    return "the sentence does not say whose share it is (no party, candidate or vote)"


def population_share(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """A percentage said of a population the census counts ("the highest share of
    households with two cars, 40.7 per cent", "9.7 per cent of residents aged 16 and
    over"), read as a share of votes: the figure is of that population."""
    f = _frame(claim)
    if f.get("measure") not in ("share", "superlative", "rank", "turnout", "change"):
        return None
    if _census_read(f):
        return None  # the reading is of a census group already
    a, b = sentence_span(text, claim["start"], claim["end"])
    after = re.match(r"\s*(?:per\s*cent|%)?\s*of\s+(?:all\s+|the\s+)?(\w+(?:\s+\w+)?)",
                     text[claim["end"] : b], re.I)  # fmt: skip
    if after and _POPULATION.match(after.group(1)):
        return f"the figure is a share of {after.group(1)}, not of votes"
    for m in _POPULATION.finditer(text, a, claim["start"]):
        gap = (m.end(), claim["start"])
        if _mentions_in(mentions, *gap, ("party", "person")) or _VOTE_WORDS.search(text, *gap):
            continue
        if re.search(r"[;:]", text[gap[0] : gap[1]]):
            continue
        return f"the figure follows '{m.group(0)}' with no vote between: a share of them"
    return None


def _seat_rank_spans(
    text: str, a: int, b: int, mentions: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """Stretches of a sentence where an ordinal ranks a seat: from the ordinal to the end of
    the figure after it ("is fifth at 22.3 per cent"), or an ordinal superlative."""
    spans = []
    for m in _mentions_in(mentions, a, b, ("seat",)):
        r = _RANK_VERB.match(text, m["end"], b)
        if r is None:
            continue
        tail = re.match(r"[\s,]*(?:at|on|with)?\s*[\d.,]+\s*(?:per\s*cent|%)?", text[r.end() : b])
        spans.append((r.start(), r.end() + (tail.end() if tail else 0)))
    spans += [(m.start(), m.end()) for m in _ORD_SUPERLATIVE.finditer(text, a, b)]
    return spans


def seat_rank(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """An ordinal said of a seat ("Bristol Central, the Greens' only gain from Labour, is
    fifth at 22.3 per cent"; "is third-lowest") ranks the seat among seats on some measure;
    read as a candidate's placing in the seat (or the figure after it as a vote share) it
    answers another question."""
    f = _frame(claim)
    if f.get("measure") not in ("placing", "share") or _census_read(f):
        return None
    a, b = sentence_span(text, claim["start"], claim["end"])
    for s, e in _seat_rank_spans(text, a, b, mentions):
        if s < claim["end"] and claim["start"] < e:
            return "the ordinal ranks a seat among seats, not a candidate in it"
    return None


def conditioned_set(
    claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]
) -> str | None:
    """ "Two of the three seats where car-free households are rarest": the set of seats is
    defined by a condition the reading did not use."""
    f = _frame(claim)
    if f.get("measure") not in ("seats", "count_seats", "gains", "losses", "gains_from"):
        return None
    if not re.search(r"\bseats?\s*$", text[claim["start"] : claim["end"]], re.I):
        return None
    if _CONDITION_AFTER.match(text, claim["end"]):
        return "the seats are those of a condition the reading did not use"
    return None


def seat_after(claim: ClaimDict, text: str, mentions: Sequence[Mapping[str, Any]]) -> str | None:
    """The seat read is named only after the claim, ranked behind it ("..., 77.6 per cent,
    with York Outer second"): the figure is another seat's."""
    f = _frame(claim)
    names = {
        str(s.get("name"))
        for s in ((f.get("subject") or {}).get("seat"), (f.get("scope") or {}).get("seat"))
        if s
    }
    if not names:
        return None
    a, b = sentence_span(text, claim["start"], claim["end"])
    seats = _mentions_in(mentions, a, b, ("seat",))
    used = [m for m in seats if str((m.get("ref") or {}).get("name", m["text"])) in names
            or m["text"] in names]  # fmt: skip
    if not used or any(m["start"] < claim["end"] for m in used):
        return None
    if all(_AFTER_SEAT.match(text[m["end"] : b]) for m in used):
        return "the seat read is named after the figure, ranked behind it"
    return None


UNCERTAIN: dict[str, Callable[[ClaimDict, str, Sequence[Mapping[str, Any]]], str | None]] = {
    "unnamed_share": unnamed_share,
    "population_share": population_share,
    "seat_rank": seat_rank,
    "conditioned_set": conditioned_set,
    "seat_after": seat_after,
}


# --- checks that read the words right -------------------------------------------------------


def not_stood(con: Any, c: CheckedClaim, text: str) -> CheckedClaim | None:
    """ "did not stand in 21 of the 54 seats": the seats of the area with no candidate of
    the party at the election (seats contested counted from the candidacies)."""
    f = c.claim.frame
    if f.measure != "seats" or f.subject.kind != "party" or not f.subject.party:
        return None
    a, _ = sentence_span(text, c.claim.start, c.claim.end)
    if f.stated is None:
        return None
    own = text[c.claim.start : c.claim.end]
    cut = own.find(f.stated.text)
    head = text[a : c.claim.start] + (own[:cut] if cut >= 0 else "")
    if not _NOT_STOOD.search(head.rstrip() + " "):
        return None
    level = f.scope.level
    where, params = "", [str(f.election)]
    if level == "region" and f.scope.name:
        where, params = " AND s.region = ?", [*params, f.scope.name]
    elif level == "country" and f.scope.name and "," not in f.scope.name:
        where, params = " AND s.country = ?", [*params, f.scope.name]
    elif level not in ("uk",):
        return _uncertain(c, "the seats not stood in are counted only for an area")
    sql = (
        "SELECT count(DISTINCT k.ons_code) AS seats, count(DISTINCT k.ons_code) FILTER "
        "(WHERE k.party_code = ?) AS stood FROM candidacies k JOIN constituencies s "
        "ON s.ons_code = k.ons_code WHERE k.election_id = ?" + where
    )
    row = con.execute(sql, [f.subject.party, *params]).fetchone()
    if not row or not row[0] or f.stated is None:
        return None
    seats, stood = int(row[0]), int(row[1])
    value = seats - stood
    ok = f.stated.low <= value <= f.stated.high
    shown = sql.replace("?", "'{}'").format(f.subject.party, *params)
    expl = (
        f"{f.subject.party} had no candidate in {value} of the {seats} seats of "
        f"{f.scope.name or 'the UK'} ({stood} contested), "
        f"{'within' if ok else 'outside'} what '{f.stated.text}' allows."
    )
    ev = Evidence(
        reading=f"seats of the area with no {f.subject.party} candidate",
        value=value,
        display=str(value),
        verdict="supported" if ok else "contradicted",
        source_ids=["general-elections"],
        query=shown,
    )
    return dataclasses.replace(
        c,
        verdict="supported" if ok else "contradicted",
        explanation=expl,
        evidence=[ev],
    )


def past_holder(con: Any, c: CheckedClaim, text: str) -> CheckedClaim | None:
    """ "X had held the seat since 2010" of a person who did not stand in it at the story's
    election: the person won it at that year's general election and at every later one
    they fought before it (supported); any other record leaves it uncertain."""
    f = c.claim.frame
    if f.measure != "tenure" or f.subject.kind != "candidate" or not f.since_year:
        return None
    mid = (f.subject.candidate or {}).get("member_id")
    if mid is None or not f.election:
        return None
    rows = con.execute(
        "SELECT e.election_id, year(e.date) AS y, k.elected FROM candidacies k JOIN elections e "
        "USING (election_id) WHERE k.member_id = ? AND e.kind = 'general' AND e.date <= "
        "(SELECT date FROM elections WHERE election_id = ?) ORDER BY e.date",
        [int(mid), str(f.election)],
    ).fetchall()
    if any(r[0] == str(f.election) for r in rows):
        return None  # stood at the story's election: the seat's evaluator reads it
    name = (f.subject.candidate or {}).get("name", "the person")
    since = [r for r in rows if r[1] >= f.since_year]
    before = [r for r in rows if r[1] < f.since_year]
    if (
        since
        and since[0][1] == f.since_year
        and all(r[2] for r in since)
        and not (before and before[-1][2])
    ):
        years = ", ".join(str(r[1]) for r in since)
        return dataclasses.replace(
            c,
            verdict="supported",
            explanation=f"{name} did not stand at {f.election}; won every general election "
            f"fought from {f.since_year} ({years}), not before: held since {f.since_year}.",
        )
    return _uncertain(c, f"{name} did not stand at {f.election}: the tenure is theirs, not "
                      "the seat's holder now")  # fmt: skip


_THE_AREA = re.compile(r"\b(?:in|across|throughout|for)\s+the\s+(?:region|area)\b", re.I)


def region_words(con: Any, c: CheckedClaim, text: str, reeval: Reeval) -> CheckedClaim | None:
    """ "Turnout in the region was 66.4 per cent, up 3.1 points", read for the seat the
    paragraph is about: "the region" is the region that seat lies in, and the figures are
    the region's."""
    f = c.claim.frame
    if f.scope.level != "seat" or not (f.scope.how or "").startswith("the paragraph is about"):
        return None
    code = (f.scope.seat or {}).get("ons_code")
    a, _ = sentence_span(text, c.claim.start, c.claim.end)
    if not code or not _THE_AREA.search(text, a, c.claim.end):
        return None
    row = con.execute("SELECT region FROM constituencies WHERE ons_code = ?", [code]).fetchone()
    if not row or not row[0]:
        return _uncertain(c, "the sentence says 'the region', not the seat")
    scope = Scope(level="region", name=str(row[0]), seat=None, where=[],
                  how=f"'the region' in the sentence: the region of {f.scope.name}")  # fmt: skip
    alt = dataclasses.replace(f, scope=scope)
    got = reeval(c, alt)
    if got.verdict in ("supported", "contradicted"):
        return dataclasses.replace(
            got,
            claim=dataclasses.replace(c.claim, frame=alt),
            explanation=f"'The region' read as {row[0]}, the region of {f.scope.name}: "
            + got.explanation,
        )
    return _uncertain(c, "the sentence says 'the region', not the seat")


_GROUP_WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(lx.GROUPS, key=len, reverse=True)) + r")\b",
    re.I,
)


def census_share(
    c: CheckedClaim, text: str, shaped: Sequence[Mapping[str, Any]], reeval: Reeval
) -> CheckedClaim | None:
    """A seat with "the highest share" and no party, candidate or vote in its sentence
    (:func:`unnamed_share`), in a paragraph that names a census group before it ("Jewish
    ... Bury South, at 15.8 per cent, has the highest share anywhere outside London"): the
    share is that group's, the last one the paragraph named."""
    d = c.to_dict()
    if unnamed_share(d, text, shaped) is None:
        return None
    para = text.rfind("\n\n", 0, c.claim.start)
    found = list(_GROUP_WORD.finditer(text, para + 1 if para >= 0 else 0, c.claim.start))
    if not found:
        return None
    group = lx.GROUPS[found[-1].group(0).lower()]
    alt = dataclasses.replace(c.claim.frame, metric=f"census:{group}")
    got = reeval(c, alt)
    if got.verdict not in ("supported", "contradicted"):
        return None
    return dataclasses.replace(
        got,
        claim=dataclasses.replace(c.claim, frame=alt),
        explanation=f"'Share' read as the share of {found[-1].group(0)}, the census group the "
        f"paragraph names: {got.explanation}",
    )


#: last words of census measures that name a value, not a group ("CarsNone", "QualLevel1")
_NOT_A_GROUP = frozenset({"None", "One", "Other", "Only", "Specified"})


def _last_word(category: str) -> str | None:
    words = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+\w*", category)
    if not words or words[-1][0].isdigit() or words[-1] in _NOT_A_GROUP:
        return None
    return words[-1].removesuffix("s")


def census_sibling(con: Any, c: CheckedClaim, reeval: Reeval) -> CheckedClaim | None:
    """A census share called false that another definition of the same group makes true:
    the summary measures whose names end in the same word ("...Student(s)": all full-time
    students, the economically inactive ones, the employed ones, all-student households)
    are the census's several definitions of one group, and copy that says "students outside
    the labour market" means one of them. ``uncertain``, naming the definition that fits."""
    metric = c.claim.frame.metric if c.claim.frame is not None else None
    if not metric or not metric.startswith("census:"):
        return None
    group = metric.partition(":")[2]
    word = _last_word(group)
    if word is None:
        return None
    rows = con.execute(
        "SELECT DISTINCT category FROM census WHERE topic = 'summary' ORDER BY category"
    ).fetchall()
    for (other,) in rows:
        if other == group or _last_word(other) != word:
            continue
        got = reeval(c, dataclasses.replace(c.claim.frame, metric=f"census:{other}"))
        if got.verdict == "supported":
            return _uncertain(
                c,
                f"the census defines this group more than one way, and its {other} measure "
                f"gives the stated figure ({got.explanation})",
            )
    return None


def _uncertain(c: CheckedClaim, why: str) -> CheckedClaim:
    return dataclasses.replace(
        c, verdict="uncertain", explanation=f"{_PREFIX}{why}. {c.explanation}"
    )


# --- the pass --------------------------------------------------------------------------------


def _one(
    con: Any,
    c: CheckedClaim,
    text: str,
    shaped: Sequence[Mapping[str, Any]],
    leaves: Sequence[CheckedClaim],
    reeval: Reeval,
) -> CheckedClaim:
    safeguarded = c.verdict == "uncertain" and "Not called false: " in c.explanation
    if (
        c.verdict != "contradicted"
        and not safeguarded
        and not (c.parts and c.verdict == "uncertain")
    ):
        return c
    if c.parts:
        parts = [_one(con, p, text, shaped, leaves, reeval) for p in c.parts]
        return rejoin(c, parts)
    if c.claim.frame is None:
        return c
    if c.verdict != "contradicted":  # the guard or safeguard's doubt: only the area re-read,
        got = region_words(con, c, text, reeval)  # and only when it makes the claim true
        return got if got is not None and got.verdict == "supported" else c
    for read in (
        lambda: not_stood(con, c, text),
        lambda: past_holder(con, c, text),
        lambda: region_words(con, c, text, reeval),
        lambda: census_share(c, text, shaped, reeval),
        lambda: census_sibling(con, c, reeval),
    ):
        got = read()
        if got is not None:
            return got
    d = c.to_dict()
    for check in UNCERTAIN.values():
        why = check(d, text, shaped)
        if why:
            return _uncertain(c, why)
    return c


def review(
    con: Any,
    text: str,
    checked: Sequence[CheckedClaim],
    mentions: Sequence[Mention],
    reeval: Reeval,
) -> list[CheckedClaim]:
    """Every ``contradicted`` claim of a report through the round 8b (A) classes."""
    if not any(c.verdict == "contradicted" for c in checked):
        return list(checked)
    shaped = shaped_mentions(mentions)  # the safeguard's, made once per text
    leaves = [leaf for c in checked for leaf in c.leaves()]
    return [_one(con, c, text, shaped, leaves, reeval) for c in checked]
