"""Round 11 (FOUND11): classes of phrasing no frame matched (docs/claims.md, "Round 11:
found11").

- ``continued_next``: a seat's place said with "next" in the ranking the words continue
  ("Brent West is next on 22.9 per cent", "Battersea comes next", "Orkney and Shetland was
  the next smallest"): the place after the ranking's last seat, read with the machinery of
  :mod:`psephos.claims.extract.continued` (measure, direction, scope, party condition).
- census measures the lexicon lacked (:mod:`psephos.claims.lexicon_census11`: no car or
  van, no one speaking English as a main language, born in England/Scotland/Wales/NI), so
  every census frame and ranking continuation reads them.
- ``census_bare_share``: a census share with no population noun, the group right after the
  verb ("In Na h-Eileanan an Iar, 28.9 per cent have no passport", "nearly two-thirds have
  no religion"): read by the census rule's own handler.
- ``majority_moved_base``: a majority's move said with a verb's base form after "saw"
  ("saw his majority soar from N to M") or with "gone from N to M"; read by the majority
  rule's own handler.
- ``share_managed`` / ``party_share_from_to``: a party's share said with "managed",
  "mustered", "scraped" ("The Brexit Party managed barely 1.4 per cent") or with the party
  as the subject of the move ("The Lib Dems fell from 20.5 per cent to 5.5").
- ``by_votes_more_verbs``: a seat's majority said with verbs the winning lexicon lacks
  ("edged out X in S by N", "was thrown out of S by N", "S was decided by N votes").

Every frame is judged by the metric functions every other frame of its measure uses; what
the paragraph or the sentence does not settle is left unresolved (uncertain).
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, _expand, named_area, rule
from psephos.claims.frame import Subject

# --- a seat's place said with "next" ------------------------------------------------------


def _next_place(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "Brent West is next on 22.9 per cent", "Battersea comes next", "Orkney and Shetland
    was the next smallest": the place after the last one said in the ranking the words
    continue (:mod:`psephos.claims.extract.continued`: its measure, direction, scope and
    party condition; the place one after the ranking's last seat). The figure said with it
    is the seat's, in that measure."""
    from psephos.claims import lexicon as lx
    from psephos.claims.extract import continued as cont

    s = ctx.tag(m, "s")
    if s is None or s.kind != "seat":
        return None
    if _SEAT_LIST_BEFORE.search(ctx.doc.typed, max(0, s.start - 80), s.start):
        return None  # "X and Y come next": which is which is not said
    r = cont._carried(ctx, m.start())
    if r is None:
        return None
    if m.groupdict().get("sup"):
        sup = " ".join(m.group("sup").split())
        if sup not in lx.SUPERLATIVES or lx.SUPERLATIVES[sup][0] != r.direction:
            return None  # "the next smallest" after a "highest": another ranking
    out: list[Draft | None] = [
        cont._frame_for(
            ctx, s, r, nth=_place_before(ctx, r.nth, m.start()) + 1, note="'next'", end=m.end("v")
        )
    ]
    if m.groupdict().get("n"):
        out.append(cont._figure(ctx, s, r, ctx.num(m)))
    return cont._finish(ctx, m, out, "continued_next")


#: a place said in a ranking continued: an ordinal ("is second"), or a place after the last
#: ("comes next", "followed by", "close behind")
_PLACE_SAID = _expand(r"(?P<o>{O})|\bnext\b|\bfollowed\s+by\b|\bclose\s+behind\b")


def _place_before(ctx: Ctx, nth: int, pos: int) -> int:
    """The last place said in the paragraph's ranking before ``pos``: the carried ranking's
    own (``nth``, 1 for a superlative), then each place said since its superlative in turn
    ("Y is second. Z comes next": Z is third)."""
    from psephos.claims.extract import continued as cont

    para = max(ctx.doc.text.rfind("\n\n", 0, ctx.sent.start), 0)
    sup_at = cont._last_superlative_at(ctx, para, pos)
    if sup_at is None:
        return nth
    k = nth
    for pm in _PLACE_SAID.finditer(ctx.doc.typed, sup_at, pos):
        if pm.group("o"):
            t = ctx.doc.at.get(pm.start())
            if t is not None and t.q is not None and t.q.value and 2 <= t.q.value <= 20:
                k = int(t.q.value)
        else:
            k += 1
    return k


#: a seat then "and" (or a comma) right before the seat read: a list of seats
_SEAT_LIST_BEFORE = _expand(r"{S}\s*(?:,|\band\b)\s*$")

rule(
    # "Brent West is next on 22.9 per cent", "Battersea comes next", "Blackburn, where an
    # independent took 27 per cent, came next"
    r"(?P<s>{S})(?:,\s+(?:where|which|whose|the)\b[^,.;:!?\n]{0,60},)?\s+"
    r"(?P<v>(?:is|was|comes|came|come|ranks|ranked)\s+next)"
    r"(?:,?\s+(?:on|at|with)\s+{Q}(?P<n>{ANYN}))?(?=\s*[,.;:]|\s*$)",
    # "Orkney and Shetland was the next smallest"
    r"(?P<s>{S})\s+(?P<v>(?:is|was)\s+(?:the\s+)?next[\s-]+(?P<sup>{SUP}))"
    r"(?:,?\s+(?:on|at|with)\s+{Q}(?P<n>{ANYN}))?(?=\s*[,.;:]|\s*$)",
    name="continued_next",
    needs="next",
    priority=33,
)(_next_place)


def _elided_rank(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "X is second at 38.5 per cent, and Bradford East third at 36 per cent": the verb of
    the place elided after "and"; read by the continued-ranking rule's own handler."""
    from psephos.claims.extract.continued import _continued_rank

    return _continued_rank(ctx, m)


rule(
    r",?\s+and\s+(?P<s>{S})(?P<s2>)\s+(?P<o>{O})(?P<o2>)(?P<a>)(?:,?\s+(?:at|on|with)\s+{Q}"
    r"(?P<n>{ANYN}))?(?=\s*[,.;:]|\s*$)",
    name="continued_rank_elided",
    needs="\ue002",
    priority=33,
)(_elided_rank)


# --- a census share with no population noun --------------------------------------------------


def _census_bare(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "In Na h-Eileanan an Iar, 28.9 per cent have no passport": the census rule's own
    handler, for a share whose group follows the verb with no "of residents" before it. A
    sentence about voters or a party is not a census one."""
    from psephos.claims.extract.ranks import _census

    if ctx.doc.tags_in(ctx.sent.start, ctx.sent.end, "party"):
        return None
    return _census(ctx, m)


rule(
    r"(?<!\S)(?:nearly\s+|almost\s+|about\s+|around\s+|some\s+|more\s+than\s+|over\s+|"
    r"under\s+|fewer\s+than\s+|less\s+than\s+|just\s+)?(?P<n>{SHARE})\s+(?:now\s+)?"
    r"(?:have|has|had|hold|held|are|were|is|was|identify\s+as|identified\s+as|"
    r"said\s+they\s+(?:have|had|were)|say\s+they\s+(?:have|are))\s+(?P<g>{G})",
    name="census_bare_share",
    needs="\ue005",
    priority=31,
)(_census_bare)


# --- a majority's move said with a base form ("saw his majority soar") -----------------------

_MAJ_UP_BASE = r"soar|rocket|surge|leap|balloon|swell|mushroom|shoot\s+up|edge\s+up|creep\s+up"
_MAJ_DOWN_BASE = r"plunge|plummet|tumble|collapse|crash|dip|narrow|shrivel|edge\s+down|dwindle"


def _majority_base(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "Eddie Hughes saw his majority soar from 2,601 to 11,965": read by the majority
    rule's handler; "his majority has gone from N to M": the direction from the figures."""
    from psephos.claims.extract import margins

    d = " ".join(m.group("dir").split())
    if d.startswith(("gone", "went", "go")):
        n0, n = ctx.num(m, "n0"), ctx.num(m)
        if n0 is None or n is None or n0.q is None or n.q is None:
            return None
        if n0.q.value is None or n.q.value is None or n0.q.value == n.q.value:
            return None
        word = "rose" if n.q.value > n0.q.value else "fell"
    else:
        word = "rose" if re.fullmatch(_MAJ_UP_BASE, d) else "fell"
    # the handler reads the direction from the verb: give it the verb's past form
    return margins._majority_moved(ctx, _Renamed(m, word))  # type: ignore[arg-type]


class _Renamed:
    """A match whose "dir" group reads as another verb (the handler's direction word), or
    whose start is moved past the subject (a handler that looks for the subject before the
    match's start)."""

    def __init__(
        self, m: re.Match[str], word: str | None, *, start: int | None = None, group: str = "dir"
    ) -> None:
        self._m, self._word, self._start, self._group = m, word, start, group

    def group(self, *names: str | int) -> str | None:
        if names == (self._group,) and self._word is not None:
            return self._word
        return self._m.group(*names)  # type: ignore[return-value]

    def start(self, *names: str | int) -> int:
        if not names and self._start is not None:
            return self._start
        return self._m.start(*names)

    def span(self, *names: str | int) -> tuple[int, int]:
        return (self.start(*names), self._m.end(*names))

    def __getattr__(self, name: str) -> object:
        return getattr(self._m, name)


rule(
    r"(?:saw|see|sees|seen|watched|watch)\s+(?:his|her|their|its|the\s+party's|"
    r"(?:the\s+)?(?P<p>{WHO})(?:'s?|\u2019s?)?)\s+(?:own\s+)?majority"
    r"(?:\s+in\s+(?:the\s+)?(?P<s>{S}))?\s+(?P<dir>" + _MAJ_UP_BASE + "|" + _MAJ_DOWN_BASE + r")"
    r"(?P<nb>)\s+from\s+{Q}(?P<n0>{N})\s+to\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})",
    r"\bmajority(?:\s+in\s+(?:the\s+)?(?P<s>{S}))?\s+(?:has\s+|had\s+)?(?P<dir>gone|went)(?P<p>)"
    r"(?P<nb>)\s+from\s+{Q}(?P<n0>{N})\s+to\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})",
    name="majority_moved_base",
    needs="majority",
    priority=40,
)(_majority_base)


# --- a party's share: "managed N per cent", "fell from A per cent to B" --------------------------


def _share_managed(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "The Brexit Party managed barely 1.4 per cent": the party's share, read by the share
    rule's own handler (as "took N per cent" is)."""
    from psephos.claims.extract.counts import _share

    d = _share(ctx, m)
    if isinstance(d, Draft) and _HARDLY.search(ctx.text(m.start(), m.start("n"))):
        # "managed barely 1.4 per cent" is "only about", where the qualifier's reading
        # elsewhere ("barely half the vote") is "just over": which one is not known
        d.frame.unresolved.append("'barely' after 'managed': at most or just over the figure")
    return d


_HARDLY = re.compile(r"\b(?:barely|scarcely|hardly)\s*$")


rule(
    r"(?P<who>{WHO})\s+(?:(?:only|just|still|also)\s+)?(?P<v>managed|manages|mustered|musters|"
    r"scraped(?:\s+together)?|scrapes|achieved|achieves|notched\s+up|chalked\s+up)\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+|barely\s+)?{Q}(?P<n>{PCT})",
    name="share_managed",
    needs="manag|muster|scrap|achiev|notched|chalked",
    priority=30,
)(_share_managed)


def _party_from_to(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "The Lib Dems fell from 20.5 per cent to 5.5": the share-move rule's own handler, the
    party being the subject of the verb (no "share" noun)."""
    from psephos.claims.extract.moves import _share_from_to

    if re.search(r"\b(?:seats?|mps|votes|turnout|majority)\b", ctx.text(m.start(), m.end())):
        return None
    return _share_from_to(ctx, _Renamed(m, None, start=m.start("vb")))  # type: ignore[arg-type]


rule(
    r"(?P<who>{P})\s+(?:(?:only|just|still)\s+)?(?P<y>)(?P<ago>)(?P<vb>{RISE}|{FALL}|slid|slumped|"
    r"plunged|collapsed|crashed|tumbled|edged\s+up|edged\s+down)(?:\s+(?:sharply|slightly|back))?"
    r"\s+from\s+{Q}(?P<n0>{PCT})(?:\s+notionally)?\s+to\s+{Q}(?P<n>{PCT}|{N})"
    r"(?!\s*(?:seats|mps|votes))",
    name="party_share_from_to",
    needs="\\bfrom\\b",
    priority=30,
)(_party_from_to)


# --- a seat's majority said with verbs the winning lexicon lacks ------------------------------

#: verbs of beating the seat's holder ("edged out X in S by N"): the subject won
_BEAT_MORE = (
    r"edged\s+out|edges\s+out|edging\s+out|squeezed\s+out|squeezes\s+out|pipped|pips|"
    r"saw\s+off|sees\s+off|seeing\s+off|knocked\s+out|knocks\s+out"
)
#: verbs of being put out of the seat ("was thrown out of S by N"): the subject lost
_OUSTED_FROM = (
    r"(?:was|were|is|are|been|being)\s+(?:thrown|turfed|kicked|voted|booted)\s+out\s+of|"
    r"(?:was|were|is|are|been|being)\s+ousted\s+from"
)


def _by_votes_more(ctx: Ctx, m: re.Match[str]) -> list[Draft] | Draft | None:
    """ "Stuart Anderson edged out Labour's Eleanor Smith in Wolverhampton South West by
    1,616", "Malcolm Rifkind was thrown out of Edinburgh Pentlands by almost 5,000": the
    by-votes rule's own handler, the verb read as "beat" or "lost"."""
    from psephos.claims.extract.margins import _by_votes

    word = "lost" if re.search(r"\b(?:out\s+of|from)$", m.group("v")) else "beat"
    return _by_votes(ctx, _Renamed(m, word, group="v"))  # type: ignore[arg-type]


rule(
    r"(?P<v>" + _BEAT_MORE + "|" + _OUSTED_FROM + r")\b(?P<mid>{GAP})\bby\s+(?:just\s+|only\s+|"
    r"a\s+mere\s+)?{Q}(?P<n>{N})(?P<unit>\s+votes?)?(?!\s*(?:points|per|%|seats|percentage))"
    r"(?P<over>\s+(?:over|from|ahead of)\s+(?P<o>{C}|(?:the\s+)?{P}))?",
    name="by_votes_more_verbs",
    needs="\\bby\\b",
    priority=57,
)(_by_votes_more)


def _decided_by(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "Thurrock and Bolton West were both decided by 92 votes", "S was decided by N": the
    majority of each seat named (the winner's, whoever it was)."""
    n = ctx.num(m)
    if n is None or n.kind != "num":
        return None
    seats = [t for t in (ctx.tag(m, "s0"), ctx.tag(m, "s1")) if t is not None]
    out = []
    for s in seats:
        f = ctx.frame(
            "majority",
            Subject("seat", how="the seat's winner"),
            scope=ctx.seat_scope_of(s, "named in the claim"),
            number=n,
            unit="votes",
            notes=["'decided by N votes': the seat's majority"],
        )
        out.append(ctx.draft(m, f, n, rule_name="decided_by", span=(s.start, m.end())))
    return out or None


rule(
    r"(?P<s0>{S})(?:\s+and\s+(?P<s1>{S}))?\s+(?:was|were|is|are)\s+(?:both\s+)?"
    r"(?:decided|settled)\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?{Q}(?P<n>{N})"
    r"(?:\s+votes?)?(?!\s*(?:points|per|%|seats|percentage))",
    name="decided_by",
    needs="decided|settled",
    priority=45,
)(_decided_by)


# --- a seat count with its noun elided: "Labour won 50 seats, and the SNP won three" ----------


def _elided_seats(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "In Scotland, Labour won 50 seats, and the SNP won three", "the SNP won seven seats,
    while Plaid Cymru took two in Wales", "have three each": a party's seat total with the
    noun elided, read only after a seat total of another party in the same sentence (whose
    noun it elides), with that total's area unless the claim names its own."""
    n = ctx.num(m)
    if n is None or n.kind != "num" or n.q is None or n.q.value is None:
        return None
    prior = [
        d
        for d in ctx.drafts
        if d.frame.measure == "seats"
        and ctx.sent.start <= d.start
        and d.end <= m.start()
        and d.frame.unit != "percent"
        and d.frame.subject.kind == "party"
        # the total at the claim's own election ("up from one" is the election before's)
        and d.frame.election is None
        and d.frame.comparator
        in (None, "eq", "about", "gt", "ge", "lt", "le", "nearly", "just_over")
    ]
    if not prior:
        return None
    last = prior[-1]
    whos = [t for t in (ctx.tag(m, "who"), ctx.tag(m, "who2") if m.group("who2") else None) if t]
    parties = [t for t in whos if t.kind == "party"]
    if len(parties) != len(whos) or any(
        t.ref.get("code") == last.frame.subject.party for t in parties
    ):
        return None  # a person, or the same party again ("won 50 seats, and held three")
    a = ctx.tag(m, "a") if m.group("a") else None
    scope = named_area(a) if a is not None else last.frame.scope
    out = []
    for t in parties:
        f = ctx.frame(
            "seats",
            ctx.subject_of(t, "the party of the elided seat total"),
            scope=scope,
            number=n,
            unit="seats",
            notes=["a seat total with the noun elided, after another party's seat total"],
        )
        out.append(ctx.draft(m, f, n, rule_name="elided_seats", span=(t.start, m.end())))
    return out


rule(
    r"(?:,\s*|;\s*|\s)(?:and|while|whereas|but|with)\s+(?:the\s+)?(?P<who>{P})"
    r"(?:\s+and\s+(?:the\s+)?(?P<who2>{P}))?"
    r"\s+(?:won|took|had|have|has|held|got|secured|returned)\s+(?:just\s+|only\s+)?(?P<n>{N})"
    r"(?:\s+each)?(?:\s+in\s+(?:the\s+)?(?P<a>{A}))?"
    r"(?=\s*[,.;:]|\s*$|\s+(?:despite|after|as|on|and)\b)",
    name="elided_seats",
    needs="\\ue001",
    priority=70,
)(_elided_seats)
