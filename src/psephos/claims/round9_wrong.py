"""Round 9 (WRONG): classes of true claims the held-out batches saw called false.

Each helper here reads one class of phrasing; the hooks that call them are a line or two
in the extraction and resolution code (see docs/claims.md, "Round 9: classes of true
claims called false").
"""

from __future__ import annotations

import re
from typing import Any

#: a seat's earlier loss named inside a win-back sentence: "won back the seat they lost in
#: 1997", "regained Erewash, lost in 1997", "took back the seat that Labour had lost to the
#: Tories in 2019". The year and the verb are the loss's, never the claim's: the margin
#: after "by" and the claim's election are the win-back's (the story's election).
_WIN_BACK = re.compile(
    r"\b(?:won|win|wins|winning|took|take|takes|taking)\s+(?:[\w'-]+\s+){0,6}?back\b|"
    r"\b(?:regain\w*|recaptur\w*|retook|retak\w*|reclaim\w*)\b"
)
_LOSS_CLAUSE = re.compile(
    r"(?:\bthe\s+(?:seat|constituency)\b|\bwhich\b|\bthat\b|,)"
    r"\s*(?:[\w'-]+\s+){0,3}?(?:had\s+|has\s+)?(?:narrowly\s+)?(?:lost|surrendered|ceded)"
    r"(?:\s+(?:it|the\s+seat))?(?:\s+to\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
    r"\s+(?:in|at\s+the)\s+(?:19|20)\d\d\b"
)


#: a relative clause or apposition set off by dashes or brackets: "Battersea - which Labour
#: first won in 1997 - went to ...", "Stroud (a seat Labour won in 1997) ...": its year and
#: figures are the clause's, as with commas (patterns._CLAUSE)
_SIDE_CLAUSE = re.compile(
    r"\s[-\u2013\u2014]+\s*(?:which|who|where|whose|once|first|won|held|taken|lost|a\s+seat)\b"
    r"[^-\u2013\u2014.;:!?\n]{0,80}\s[-\u2013\u2014]+(?=\s)"
    r"|\((?:which|who|where|whose|once|first|won|held|taken|lost|a\s+seat)\b[^()\n]{0,80}\)"
)


def side_clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Relative clauses and appositions set off by dashes or brackets in
    ``folded[start:end]``, with the earlier-loss clauses of a win-back sentence
    (:func:`loss_clauses`): a claim's verb, subject and date are not taken from inside them."""
    found = [(start + m.start(), start + m.end()) for m in _SIDE_CLAUSE.finditer(folded[start:end])]
    return found + loss_clauses(folded, start, end)


def claim_inside(folded: str, start: int, end: int, a: int, b: int) -> bool:
    """Whether a claim at ``start..end`` lies inside the side clause ``a..b`` (the clause
    found up to its first comma may stop inside the claim's own figure: "which Labour won
    in 1997 with a majority of 5,000,"), so that the clause's year dates it."""
    return a <= start < b and (end <= b or re.fullmatch(r"\d[\d,]*", folded[b:end]) is not None)


def loss_clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The earlier-loss clauses ("the seat they lost in 1997") in ``folded[start:end]``
    that follow a win-back verb in the same stretch: a claim's verb and date are not
    taken from inside them."""
    text = folded[start:end]
    first = _WIN_BACK.search(text)
    if first is None:
        return []
    return [(start + m.start(), start + m.end()) for m in _LOSS_CLAUSE.finditer(text, first.end())]


# --- 5. a relative baseline: "on five years ago" ------------------------------------------------

#: a count followed by "years ago" / "years earlier" / "years before": a time said back
#: from the story, not a figure ("the Conservative majority of five years ago")
TIME_AGO = re.compile(r"\s+years?\s+(?:ago|earlier|before|previously)\b", re.I)
#: ... said right after "of" (the noun's time: "the majority of five years ago"); elsewhere
#: ("apart from four years ago") the count is left to the rules that read it
OF_BEFORE = re.compile(r"\bof\s+$", re.I)


# --- 3. a turnout "from X (to Y)": each figure is its own election's ---------------------------

#: the figure comes right after "from" ("rose from 63.9 per cent", "up from 58.2 per cent")
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:about|around|nearly|almost|just\s+(?:over|under)|some|roughly)\s+)?$"
)
#: what may follow the "from" figure before its end figure: "... per cent in 2010 to 71.1"
_TO_AFTER = re.compile(
    r"(?:\s*(?:per\s?cent|percent|%))?(?:\s+(?:in|at)\s+(?P<y>(?:19|20)\d\d))?"
    r"(?:\s*,)?\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$"
)
#: "from X in 2010" with no end figure after it
_YEAR_AFTER = re.compile(r"(?:\s*(?:per\s?cent|percent|%))?\s+(?:in|at)\s+(?P<y>(?:19|20)\d\d)\b")


def turnout_from(ctx: Any, m: re.Match[str], n: Any, make: Any) -> list[Any] | None:
    """A turnout figure right after "from": the start of a change, said of the earlier
    election ("Turnout in Wales was up from 66.6 per cent", "rose from 63.9 per cent in
    2010 to 71.1 per cent"). With an end figure after "to", that figure is the turnout at
    the claim's own election and the "from" figure the previous election's; with none, the
    "from" figure is the previous election's. A year named with the "from" figure dates it
    (and the end figure is then left unread: the sentence gives it no election of its own). ``make(tag,
    election, span)`` builds the turnout draft of one figure. None: not this class."""
    folded = ctx.doc.folded
    if not _FROM_BEFORE.search(folded, max(ctx.sent.start, n.start - 40), n.start):
        return _to_then_from(ctx, m, n, make)
    after = ctx.clause_end(n.end, 60)
    end_tag = None
    year = None
    for t in ctx.doc.tags_in(n.end, after, "pct", "num"):
        got = _TO_AFTER.fullmatch(folded, n.end, t.start)
        if got is not None:
            end_tag, year = t, got.group("y")
        break
    if end_tag is None:
        got = _YEAR_AFTER.match(folded, n.end)
        year = got.group("y") if got is not None else None
    years = [t for t in ctx.doc.tags_in(n.end, n.end + 12, "year") if year and t.text == year]
    first = make(n, year or "previous", (m.start(), years[0].end if years else n.end))
    if end_tag is None or year:
        # "from 63.9 per cent in 2010 to 71.1 per cent": the end figure is left unread (its
        # election is the story's, which may be split; the year would date it wrongly)
        return [first]
    return [make(end_tag, None, (m.start(), end_tag.end)), first]


#: "cut to 61.8 per cent from 67.4 per cent": the end figure first, the start after "from"
_FROM_AFTER = re.compile(
    r"(?:\s*(?:per\s?cent|percent|%))?\s*,?\s+(?:down\s+|up\s+)?from\s+"
    r"(?:(?:about|around|nearly|almost|just\s+(?:over|under)|some|roughly)\s+)?$"
)


def _to_then_from(ctx: Any, m: re.Match[str], n: Any, make: Any) -> list[Any] | None:
    """ "Turnout was cut to 61.8 per cent from 67.4 per cent": the figure after "from"
    (said right after the turnout's own figure) is the previous election's (or the year's
    named with it: "from 67.4 per cent in 2019")."""
    after = ctx.clause_end(n.end, 50)
    for t in ctx.doc.tags_in(n.end, after, "pct", "num"):
        if not _FROM_AFTER.fullmatch(ctx.doc.folded, n.end, t.start):
            return None
        if t.q is None or not 0 < t.q.value <= 100:
            return None
        got = _YEAR_AFTER.match(ctx.doc.folded, t.end)
        year = got.group("y") if got is not None else None
        span_end = got.end() if got is not None else t.end
        return [make(n), make(t, year or "previous", (t.start, span_end))]
    return None


# --- 2. a ranking within the contests the story covers ("the highest of the six contests") ----

_COUNT_WORDS = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|twenty|dozen)"
)
#: "of the six contests", "of the six", "of these five seats", "of the day's contests", "of
#: those by-elections": a set the story has in view, not every seat of the country
_STORY_SET = re.compile(
    r"\b(?:of|among)\s+(?:(?:the|these|those|its|all)\s+)?"
    r"(?:(?:" + _COUNT_WORDS + r")(?:\s+(?:contests?|seats?|by-?elections?|constituencies|"
    r"races?|polls?|counts?|results?))?\b"
    r"|(?:(?:day|night|week|year)'s\s+)?(?:contests|by-?elections|races))"
    r"(?!\s+(?:in|across|of)\s)"
)
#: a superlative word right before such a set, within one clause
_SUP_WORD = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|narrowest|closest|tightest|widest|"
    r"greatest|best|worst|strongest|weakest|safest|slimmest|most|least|fewest)\b"
)


def story_set_ranking(ctx: Any) -> None:
    """A superlative or rank read over every seat of the country, said "of the six
    contests" / "of the six" / "of these by-elections" (or carried from a superlative said
    so earlier in the paragraph): the ranking is within the contests the story covers,
    which the checker does not list, so the scope is left unresolved (never the country's
    650 seats, where a true "the highest turnout of the six" was called false)."""
    folded = ctx.doc.folded
    para = max(ctx.doc.text.rfind("\n\n", 0, ctx.sent.start), 0)
    for d in ctx.drafts:
        f = d.frame
        if f.measure not in ("superlative", "rank") or f.scope.name is not None:
            continue
        if f.scope.level not in ("uk", "gb") or f.scope.where or f.condition:
            continue  # "the narrowest of the six Tory gains from Labour": a set it reads
        hi = ctx.clause_end(d.end, 50)
        lo = para if any("carried from the paragraph" in n for n in f.notes) else d.start
        hit = None
        for sm in _SUP_WORD.finditer(folded, lo, hi):
            got = _STORY_SET.search(folded, sm.end(), min(hi, sm.end() + 45))
            if got is not None:
                hit = got
        if hit is None:
            continue
        f.unresolved.append(
            f"scope: ranked '{hit.group().strip()}' - the contests the story covers, which "
            "the checker does not list, not every seat in the country"
        )


# --- 4. a ranked list's area said before its superlative ("In Wales the biggest ... , with B
# second") ----------------------------------------------------------------------------------

_OPENS = re.compile(
    r"(?:^|[.!?\n]\s*|,\s*)(?:(?:and|but|while)\s+)?(?:in|across|throughout)\s+(?:the\s+)?$"
)


def opening_area(ctx: Any, pos: int, para: int) -> Any:
    """The area the sentence of a superlative at ``pos`` opens on ("In Wales the biggest
    majority was in Dwyfor Meirionnydd"), with no seat named between: the ranking's area,
    carried to a later "with B second". None when there is none."""
    from psephos.claims.extract.patterns import named_area

    text = ctx.doc.folded
    cut = max(text.rfind(". ", para, pos), text.rfind("\n", para, pos), para)
    for t in reversed(ctx.doc.tags_in(cut, pos, "area")):
        if ctx.doc.tags_in(t.end, pos, "seat", "area"):
            return None
        if not _OPENS.search(text, max(cut, t.start - 30), t.start):
            return None
        return named_area(t)
    return None


# --- 8. "the nationalists": the nationalist party of the story's nation ------------------------

#: "the nationalists" in lower case: the common noun journalists use for the party; a
#: capitalised "the Nationalists" is a name the checker does not know (a historical group)
_NATIONALISTS = re.compile(r"\bthe\s+(nationalists)\b")
#: the nation's nationalist party, by the first letter of an ONS seat code or a nation's name
_NATIONALIST_OF = {"S": "SNP", "W": "PC"}


def nationalist_tags(text: str, folded: str, tags: list[Any]) -> list[tuple[int, int, str]]:
    """(start, end, party code) of "the nationalists" (lower case) read as the nationalist
    party of the one nation the story is about: Scotland (seats with S codes,
    "Scotland") the SNP, Wales Plaid Cymru. A story naming seats or areas of both, or of
    Northern Ireland (where Sinn Fein and the SDLP are both nationalists), gets none."""
    nations: set[str] = set()
    for t in tags:
        if t.kind == "seat":
            nations.update(str(c)[:1] for c in t.ref.get("codes", {}).values())
            code = t.ref.get("ons_code")
            if code:
                nations.add(str(code)[:1])
        elif t.kind == "area" and t.ref.get("name") in ("Scotland", "Wales", "Northern Ireland"):
            nations.add({"Scotland": "S", "Wales": "W", "Northern Ireland": "N"}[t.ref["name"]])
    nations &= {"S", "W", "N"}
    if len(nations) != 1 or next(iter(nations)) not in _NATIONALIST_OF:
        return []
    code = _NATIONALIST_OF[next(iter(nations))]
    return [
        (m.start(1), m.end(1), code)
        for m in _NATIONALISTS.finditer(folded)
        if text[m.start(1)].islower()
    ]


# --- 9. a capitalised run opening on a function word ("In Sutton", "At Hartlepool") ------------

#: words capitalised only because they open a sentence or heading: never the first word of
#: a person's name in a typo-tolerant match ("In Sutton" is not "Ian Sutton")
FUNCTION_WORDS = frozenset(
    [
        "in",
        "at",
        "on",
        "by",
        "for",
        "from",
        "to",
        "of",
        "as",
        "with",
        "into",
        "across",
        "after",
        "before",
        "since",
        "under",
        "over",
        "near",
        "around",
        "outside",
        "inside",
        "beyond",
        "between",
        "among",
        "against",
        "during",
        "until",
        "via",
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "where",
        "although",
        "though",
        "despite",
        "then",
        "now",
        "also",
        "only",
        "even",
        "both",
        "neither",
        "nor",
        "not",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "his",
        "her",
        "their",
        "our",
        "we",
        "they",
        "he",
        "she",
    ]
)


def without_opening_word(run: Any) -> Any:
    """``run`` (a capitalised run, :class:`psephos.claims.text.Span`) without a function word
    it opens with ("In Sutton" -> "Sutton"), or unchanged; None when nothing is left."""
    from psephos.claims.text import Span

    first, _, rest = run.text.partition(" ")
    if first.lower() not in FUNCTION_WORDS:
        return run
    stripped = rest.lstrip()
    if not stripped:
        return None
    start = run.end - len(stripped)
    return Span(start, run.end, stripped)
