"""Round 10 (CAUGHT): classes of false claims the checker read but did not call false.

- **A k-fold move said in words** ("her majority more than doubled, to N", "his majority
  grew more than sixfold", "nearly doubled his majority"): the ``change`` frame states
  the factor as a relative change (+100%, +500%) read from a word, not a figure copied
  from anywhere. The guard's doubt that a far-off figure "belongs to another quantity"
  has no figure to doubt: a move of +24% against "more than doubled" is the move being
  other than said. (Round 9 made the same exception for the ``ratio`` frame's words.)
"""

from __future__ import annotations

import re
from typing import Any

from psephos.claims.frame import Frame

#: the stated rule of a k-fold word read as a relative change (``extract/margins.py``'s
#: "'more than doubled': a change of more than 100%", ``extract/moves.py``'s
#: "'more than 6-fold': the majority 6 to inf times the previous one")
_FOLD_RULE = re.compile(
    r"^'(?:(?:more\s+than|almost|nearly|about|some)\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|halved|more\s+than\s+halved|[\d.]+-fold)'",
    re.I,
)


def fold_in_words(frame: Frame) -> bool:
    """A relative change stated by a k-fold word alone (no figure of its own)."""
    s = frame.stated
    return (
        frame.measure == "change"
        and frame.unit == "percent"
        and s is not None
        and not re.search(r"\d", s.text)
        and _FOLD_RULE.match(s.rule or "") is not None
    )


#: the default the story's election falls back to when nothing in the text dates it
_UNDATED = "the story's election (no evidence in the text: the default (ge2024))"
#: an area the claim's own words name ("in Wales", "in England and Wales", "the region")
_NAMED_AREA = re.compile(r"in the claim$|^'the region' is |^the area of the paragraph's ranking")


def _new_seat_named(mentions: list[Any]) -> str | None:
    """The first seat the story names that exists only on the 2024 boundaries (a seat
    mention whose codes hold no 2010-2019 code), or None."""
    for m in mentions:
        if getattr(m, "kind", None) != "seat" or not getattr(m, "resolved", False):
            continue
        codes = (m.ref or {}).get("codes") or {}
        if codes and set(codes) == {"2024"}:
            return str(m.ref.get("name") or m.text)
    return None


def census_boundaries(claims: list[Any], mentions: list[Any]) -> None:
    """A census ranking ("X has the lowest share of social renters in the region", "the
    second-oldest seat in England and Wales") in a story nothing dates is left uncertain by
    the guard ("ge2024 is only the default"), as the story may mean the 2010-2019 seats
    (Census 2021 was published on both). When the story names a seat that exists only on
    the 2024 boundaries, it uses the 2024 seats, and the census of the 2024 seats is the
    same whichever election on them is meant: the frame's election is resolved to them.
    Only for a 2024 seat ranked in an area the claim's words set (a named area, "the
    region", the paragraph's ranking), with no condition ("of any Labour seat"), so the
    area misreads a weak story keeps uncertain stay uncertain."""
    new = None
    for c in claims:
        f = c.frame
        if f is None or f.measure not in ("superlative", "rank") or f.condition:
            continue
        if not (f.metric or "").startswith("census:") or f.election_how != _UNDATED:
            continue
        seat = f.subject.seat if f.subject.kind == "seat" else None
        if not seat or str(seat.get("boundary_set") or "") != "2024":
            continue
        if f.scope.level not in ("region", "country", "gb", "uk") or not _NAMED_AREA.search(
            f.scope.how or ""
        ):
            continue
        new = new or _new_seat_named(mentions)
        if new is None:
            return
        f.election_how = (
            f"the 2024 seats: the story names {new}, a seat only the 2024 boundaries have, "
            "and Census 2021 on them is the same at any election fought on them"
        )


# --- "N seats were won by fewer than M votes" ------------------------------------------------

from psephos.claims.extract import ranks  # noqa: E402 - the rules register on import
from psephos.claims.extract.patterns import Ctx, Draft, rule  # noqa: E402
from psephos.claims.frame import Scope  # noqa: E402
from psephos.claims.model import Stated  # noqa: E402

_UNDER = r"(?P<cmp>under|fewer\s+than|less\s+than)"


@rule(
    r"{Q}(?P<n>{N})\s+(?:seats|constituencies|contests|races)\s+(?:were|was|had\s+been)\s+"
    r"(?:won|held|decided|settled|taken)\s+by\s+" + _UNDER + r"\s+(?P<t>{N})(?:\s+votes)?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?{Y})?",
    name="count_won_by_under",
    needs="fewer|under|less",
    priority=15,
)
def _count_won_by_under(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "51 seats were won by fewer than 1,000 votes", "seven seats were decided by fewer
    than 100 votes": a count of the seats in scope whose majority is under the bound (the
    words "majorities of" left out); read as the last seat's majority before, a true count
    was supported on a guess, a false one never refuted."""
    d = ranks._count_by_margin(ctx, m)
    return d if isinstance(d, Draft) else None


@rule(
    r",?\s+and\s+(?:(?P<dozen>a\s+dozen)|{Q}(?P<n>{N}))\s+by\s+" + _UNDER + r"\s+(?P<t>{N})"
    r"(?:\s+votes)?(?=\s*[,.;:]|\s*$)",
    name="count_won_by_under_gapped",
    needs="fewer|under|less",
    priority=16,
)
def _count_won_by_under_gapped(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "51 seats were won by fewer than 1,000 votes, and a dozen by fewer than 100": the
    second count of the gapped clause, in the first one's scope. Only after such a count in
    the same sentence; "a dozen" is twelve (no qualifier: "about a dozen" is not read)."""
    prior = [
        d
        for d in ctx.drafts
        if ctx.sent.start <= d.start
        and d.end <= m.start()
        and d.frame.measure == "count_seats"
        and any(c.startswith("majority<") for c in d.frame.condition)
    ]
    t = ctx.num(m, "t")
    if not prior or t is None or t.kind != "num" or t.q is None:
        return None
    before = prior[-1].frame
    n = ctx.num(m) if m.group("n") else None
    if m.group("dozen"):
        stated = Stated("a dozen", 12.0, 12.0, 12.0, "'a dozen': twelve")
    elif n is not None and n.kind == "num" and ctx.stated(n) is not None:
        stated = ctx.stated(n)  # type: ignore[assignment]
    else:
        return None
    f = ctx.frame(
        "count_seats",
        before.subject,
        scope=before.scope,
        condition=[c for c in before.condition if not c.startswith("majority<")]
        + [f"majority<{t.q.value:g}"],
        stated=stated,
        unit="seats",
        notes=["a count of seats whose majority meets the bound (the clause before's verb)"],
    )
    if before.election is not None:
        f.election = before.election
        f.election_how = before.election_how
    return ctx.draft(m, f, n, t, rule_name="count_won_by_under_gapped")


# --- "with the Brexit Party's Marten Hall second" ----------------------------------------------


@rule(
    r"\bwith\s+(?:the\s+)?(?P<who>{P})(?:'s?|\u2019s?)\s+(?P<c>{C})\s+"
    r"(?:a\s+(?:distant|close|strong|poor)\s+)?(?P<n>{O})(?P<v>)(?!-|\s+(?:largest|biggest|time|"
    r"successive|highest|lowest|most|least|term|round|place\s+in\b))",
    name="placing_party_candidate",
    needs="\ue00a",
)
def _placing_party_candidate(ctx: Ctx, m: re.Match[str]) -> Any:
    """ "..., with the Brexit Party's Marten Hall second": a placing whose candidate is
    named with a party's possessive and no "in" before the ordinal. Read as "with Labour's
    X in second" is (:func:`psephos.claims.extract.outcomes._placing`: the candidate
    placed); before, nothing was read and a wrong place went unchecked."""
    from psephos.claims.extract import outcomes

    return outcomes._placing(ctx, m)


# --- "a majority that more than doubled Labour's last time", "nearly double last time" ---------

_FOLD_WORD = {"doubl": ("doubled", 100.0), "trebl": ("trebled", 200.0), "tripl": ("tripled", 200.0)}


@rule(
    r"(?P<q>more\s+than\s+|nearly\s+|almost\s+)?(?P<r>doubl(?:ed|e|ing)|trebl(?:ed|e|ing)|"
    r"tripl(?:ed|e|ing))\s+(?:(?:the\s+)?{P}(?:'s?|\u2019s?)\s+(?:majority\s+)?(?:in\s+the\s+seat\s+)?|"
    r"that\s+of\s+|the\s+majority\s+)?(?:last\s+time|at\s+the\s+last\s+election|"
    r"at\s+the\s+previous\s+election)\b",
    name="majority_fold_last_time",
    needs="doubl|trebl|tripl",
    priority=20,
)
def _majority_fold_last_time(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "won by 11,420, a majority that more than doubled Labour's in the seat last time",
    "saw his majority in Islwyn swell to 22,947, nearly double last time": the seat's
    majority now against the one at the election before (a relative change, as "more than
    doubled his majority" is read), when the sentence has spoken of a majority or a win "by
    N" before the words. Read before as a ratio of the party's share or votes, with no
    party to read it for."""
    before = ctx.text(ctx.sent.start, m.start())
    if not re.search(r"\bmajority\b|\b(?:won|held|took|kept|gained)\b[^,;]{0,60}\bby\s", before):
        return None
    word, pct = _FOLD_WORD[m.group("r")[:5]]
    q = " ".join((m.group("q") or "").split())
    more, nearly = q == "more than", q in ("nearly", "almost")
    d = f"{q + ' ' if q else ''}{word}"
    stated = Stated(
        d,
        pct,
        pct if more else pct * 0.75 if nearly else pct * 0.9,
        float("inf") if more else pct if nearly else pct * 1.1,
        f"'{d}': a change of {'more than ' if more else 'almost ' if nearly else 'about '}{pct:g}%",
    )
    scope = ctx.seat_near(m.start(), back=True)
    f = ctx.frame(
        "change",
        ctx.subject_before(m.start() + 1, "person", "party"),
        scope=scope or Scope(level="seat"),
        comparator="up",
        stated=stated,
        metric="majority",
        unit="percent",
        notes=[f"'{d} ... last time': the majority's move against the previous election"],
    )
    if scope is None:
        f.unresolved.append("scope: no seat found for the majority")
    return ctx.draft(m, f, rule_name="majority_fold_last_time")


# --- "The Lib Dem share in Yeovil more than halved" ---------------------------------------------


@rule(
    r"\b(?:vote\s+)?share(?:\s+of\s+the\s+vote)?(?:\s+in\s+(?:the\s+)?(?:{S}|{A}))?\s+"
    r"(?:was\s+|has\s+|had\s+)?(?P<more>more\s+than\s+|almost\s+|nearly\s+)?(?P<r>{RATIO})"
    r"(?=\s*[,.;:]|\s*$|\s+(?:from|to|in|at|since|on)\b)",
    name="share_ratio_intransitive",
    needs="doubl|tripl|trebl|quadrupl|halved",
    priority=45,
)
def _share_ratio_intransitive(ctx: Ctx, m: re.Match[str]) -> Any:
    """ "The Lib Dem share in Yeovil more than halved", "Labour's share of the vote
    doubled": the share is the subject of the ratio word (read before only as its object,
    "more than halved their share in Yeovil"); read as that ratio is
    (:func:`psephos.claims.extract.changes._ratio`: the party named before the share)."""
    from psephos.claims.extract import changes

    return changes._ratio(ctx, m)


# --- "West Ham was second-largest" ------------------------------------------------------------


@rule(
    # "West Ham was second-largest.": the ordinal superlative with no article
    r"(?:^|(?<=[.;:]\s))(?P<s>{S})\s+(?:was|is)\s+(?P<o>{O})[\s-]+(?P<sup>{SUP})"
    r"(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?(?=\s*[,.;:]|\s*$)(?P<n>)",
    name="continued_superlative_bare",
    needs="\ue002",
    priority=33,
)
def _continued_superlative_bare(ctx: Ctx, m: re.Match[str]) -> Any:
    """ "The Isle of Wight had the largest electorate in the UK ... West Ham was
    second-largest": a runner-up said without "the", read as "West Ham was the
    second-largest" is (:func:`psephos.claims.extract.continued._continued_superlative`:
    the measure and area of the superlative before it in the paragraph)."""
    from psephos.claims.extract import continued

    return continued._continued_superlative(ctx, m)
