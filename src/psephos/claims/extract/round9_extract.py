"""Round 9 (EXTRACT): majorities and seat outcomes the checker never found.

Each rule reads a class of phrasing into a frame the evaluator already judges (the seat's
majority, the seat's outcome); the slots are filled by the families' own handlers where
they exist (:func:`psephos.claims.extract.margins._majority_of`), so the seat, subject and
election are decided as for "a majority of N".

- **A majority with a copula after its seat** (:func:`_majority_copula`): "Labour's
  majority in Hartlepool was 3,595", "the Conservative majority in X stood at N", "the
  majority in X is now N". Only "X's majority was N" and a person's "majority in X was N"
  were read.
- **A majority in apposition** (:func:`_majority_apposition`): "Hexham (majority 3,713)",
  "Hexham, majority 3,713, stayed ...": the seat's majority.
- **"majorities of N in A and M in B"** (:func:`_majorities_list`): one majority per seat.
- **A seat said to have stayed with a party** (:func:`_stayed`): "Hartlepool stayed
  Labour", "X remained Conservative", "X stayed in Labour hands", with "by N" the seat's
  majority as well: the outcome "held" (a hold, the notional reading deciding ``depends``
  as for "held").
- **A seat and its margin in a list** (:func:`_listed_margin`): "Cambridge went Lib Dem by
  4,339, Rochdale by 424", "took three seats: Taunton by 573, Westmorland ..., and
  Solihull, by 279", "Putney by 1,766 and Enfield Southgate, Michael Portillo's old seat,
  by 1,747": "SEAT[, apposition,] by N" after a majority or a winning verb earlier in the
  sentence is that seat's majority. Not read after a word of a vote, share or majority
  MOVE in the same clause ("cut the majority in X by 2,000": a change, read by
  ``majority_moved``), nor for points, seats or per cent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from psephos.claims import lexicon as lx
from psephos.claims.extract.patterns import Draft, _expand, named_area, rule
from psephos.claims.frame import Scope, Subject

if TYPE_CHECKING:
    from psephos.claims.extract.patterns import Ctx
    from psephos.claims.extract.tagging import Tag

#: the copulas of a stated majority ("was", "stood at", "is now", "came to")
_COPULA = (
    r"(?:(?:was|is|stands|stood)\s+(?:now\s+)?(?:at\s+)?|(?:now\s+)?(?:stands|stood)\s+at\s+"
    r"|came\s+to\s+|reached\s+|totalled\s+|of\s+)"
)
#: after the figure: not a share, a seat count or a move of it ("was 3,595 higher")
_NOT_AFTER = r"(?!\s*(?:per\s*cent|%|points?|seats?|percentage|higher|lower|more|fewer|less)\b)"


@rule(
    r"(?P<head>(?P<pos>\b(?:his|her|their|its)\s+)?(?:\w+\s+){0,2}?)majority\s+in\s+(?P<s>{S})"
    r"\s+" + _COPULA + r"(?:just\s+|only\s+|a\s+mere\s+)?{Q}(?P<n>{N})(?:\s+votes?)?" + _NOT_AFTER,
    name="majority_copula",
    needs="majorit",
    priority=45,
)
def _majority_copula(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour's majority in Hartlepool was 3,595": the majority family's reading, with
    the seat named between the noun and the verb."""
    from psephos.claims.extract.margins import _majority_of

    got = _majority_of(ctx, m)
    return got if isinstance(got, Draft) and got.frame.measure == "majority" else None


@rule(
    r"(?P<s>{S})\s*\(\s*(?:(?:a|the)\s+)?majority(?:\s+of)?:?\s+{Q}(?P<n>{N})(?:\s+votes?)?\s*\)",
    r"(?P<s>{S}),\s+(?:(?:a|the)\s+)?majority(?:\s+of)?\s+{Q}(?P<n>{N})(?:\s+votes?)?\s*(?=,|\)|\s+and\b)",
    name="majority_apposition",
    needs="majorit",
    priority=45,
)
def _majority_apposition(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Hexham (majority 3,713)", "Hexham, majority 3,713, ...": the seat's majority."""
    from psephos.claims.extract.margins import _majority_of

    got = _majority_of(ctx, m)
    if not isinstance(got, Draft) or got.frame.measure != "majority":
        return None
    s = ctx.tag(m, "s")
    if s is None or got.frame.scope.name != s.ref.get("name"):
        return None  # the majority read of another seat: not this reading
    return got


_MAJORITIES_NEXT = _expand(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:just\s+|only\s+)?{Q}(?P<n>{N}))(?:\s+votes?)?\s+in\s+(?P<s>{S})"
)


@rule(
    r"majorities\s+of\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})(?:\s+votes?)?\s+in\s+(?P<s>{S})",
    name="majorities_list",
    needs="majorities",
    priority=45,
)
def _majorities_list(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "won majorities of 5,000 in A and 3,000 in B": one majority per seat, the subject
    the party or person before "majorities" (else each seat's winner)."""
    out: list[Draft] = []
    pos = m.end()
    pairs = [(ctx.num(m), ctx.tag(m, "s"), m.start(), m.end())]
    while True:
        nxt = _MAJORITIES_NEXT.match(ctx.doc.typed, pos, ctx.sent.end)
        if nxt is None:
            break
        n = ctx.doc.at.get(nxt.start("n"))
        s = ctx.doc.at.get(nxt.start("s"))
        pairs.append((n, s, nxt.start("n"), nxt.end()))
        pos = nxt.end()
    subj = ctx.subject_before(m.start(), "person", "party")
    for n, s, a, b in pairs:
        if n is None or s is None or n.kind != "num" or s.kind != "seat":
            return None
        f = ctx.frame(
            "majority",
            subj or _seat_subject(ctx, s),
            scope=ctx.seat_scope_of(s, "named in the claim"),
            number=n,
            unit="votes",
            notes=["'majorities of N in A and M in B': each seat's majority"],
        )
        out.append(ctx.draft(m, f, n, rule_name="majorities_list", span=(a, b)))
    return out


def _seat_subject(ctx: Ctx, s: Tag) -> Subject | None:
    """The seat's winner, whoever it is (the majority is the seat's first minus second)."""
    from psephos.claims.extract.margins import _named_seat_subject

    del ctx
    return _named_seat_subject(s)


@rule(
    r"(?P<s>{S})(?P<app>,[^,.;:!?\n]{1,60},)?,?\s+(?:(?:has|have)\s+)?(?P<v>stayed|stays|remained|remains)\s+"
    r"(?:(?:in\s+)?(?P<who>{P})(?:\s+hands)?)(?P<by>\s+by\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})"
    r"(?:\s+votes?)?" + _NOT_AFTER + r")?",
    r"\b(?P<it>it|the\s+seat|the\s+constituency)\s+(?P<v>stayed|stays|remained|remains)\s+"
    r"(?:(?:in\s+)?(?P<who>{P})(?:\s+hands)?)(?P<by>\s+by\s+(?:just\s+|only\s+)?{Q}(?P<n>{N})"
    r"(?:\s+votes?)?" + _NOT_AFTER + r")?",
    name="seat_stayed",
    needs="stay|remain",
    priority=45,
)
def _stayed(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Hartlepool stayed Labour (by 3,595)": the party held the seat; with "by N" the
    majority too (one claim, read both ways). "it stayed Conservative" is the one seat the
    sentence names before it, else nothing."""
    g = m.groupdict()
    who = ctx.tag(m, "who")
    if who is None or who.kind != "party":
        return None
    if g.get("it"):
        seats = ctx.doc.tags_in(ctx.sent.start, m.start(), "seat")
        names = {t.ref.get("name") for t in seats}
        if len(names) != 1:
            return None  # no seat, or several: the pronoun's seat is not certain
        s: Tag | None = seats[-1]
    else:
        s = ctx.tag(m, "s")
    if s is None:
        return None
    after = ctx.text(who.end, min(ctx.sent.end, who.end + 14))
    if not _STAYED_END.match(after):
        return None  # "remained Labour's top target", "stayed Labour-leaning": not a hold
    tail = ctx.text(m.end(), min(ctx.sent.end, m.end() + 12))
    if re.match(r"\s*(?:until|till|for\s+\d|since)\b", tail):
        return None  # "stayed Labour until 1983", "for 40 years": a run, not this election
    scope: Scope = ctx.seat_scope_of(s, "named in the claim" if not g.get("it") else "'it'")
    subj = ctx.subject_of(who, "the party the seat stayed with")
    n = ctx.num(m) if g.get("n") else None
    if n is not None and n.kind == "num":
        f = ctx.frame(
            "majority",
            subj,
            scope=scope,
            number=n,
            unit="votes",
            outcome="held",
            notes=["'SEAT stayed PARTY by N': the party held the seat by that majority"],
        )
        return ctx.draft(m, f, n, rule_name="seat_stayed")
    f = ctx.frame(
        "outcome",
        subj,
        scope=scope,
        outcome="held",
        notes=["'SEAT stayed PARTY': the party held the seat"],
    )
    return ctx.draft(m, f, rule_name="seat_stayed", span=(m.start(), m.end()))


#: what may follow the party of "S stayed P": the clause's end, "hands", "by N", or a
#: conjunction or preposition opening the next phrase (not a noun: "Labour's top target")
_STAYED_END = re.compile(
    r"(?:\s+hands\b|\s*(?:[,.;:!?)]|$)|\s+(?:by|with|and|but|in|at|on|as|while|despite|"
    r"after|under|even|though|although|for|until|till|since|again|once|too)\b)"
)

#: a winning or taking verb (or a result noun) before a listed "SEAT by N"
_LIST_TRIGGER = _expand(
    r"\b(?:{WIN}|{HOLD}|{LOSE}|went|goes|fell|falls|gains?|gained|took|take|takes|captured|"
    r"seized|snatched|won|majorit(?:y|ies))\b"
)
#: a word of a MOVE or of votes between the trigger and the seat: the "by N" is a change
_MOVE_WORDS = re.compile(
    r"\b(?:vote|share|swing|turnout|rose|risen|rising|fell\s+back|cut|reduced|increased|"
    r"grew|slashed|boosted|up|down|electorate|points?)\b"
)


@rule(
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bat\s)(?<!\bfor\s)(?<!\bto\s)(?P<s>{S})"
    r"(?P<app>,\s+(?:where\s+[^,.;:!?\n]{1,60}|[^,.;:!?\n]{1,50}),)?,?\s+by\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+)?{Q}(?P<n>{N})(?:\s+votes?)?(?!\s*(?:points|per|%|seats|percentage|\w))",
    name="listed_margin",
    needs="\\bby\\b",
    priority=60,
)
def _listed_margin(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "..., Rochdale by 424", "Taunton by 573", "Cheltenham, by 1,668": a seat and its
    margin in a list after a winning verb or a majority earlier in the sentence; the seat's
    majority (its winner's, or the party of a majority read just before)."""
    n, s = ctx.num(m), ctx.tag(m, "s")
    if n is None or s is None or n.kind != "num" or s.kind != "seat":
        return None
    app = m.groupdict().get("app")
    if app and any(
        any(ch.isdigit() for ch in t.text)
        for t in ctx.doc.tags_in(m.start("app"), m.end("app"), "num", "pct")
    ):
        return None  # a figure inside the apposition: its own claim, the "by N" may be its
    lo = ctx.sent.start
    trig = None
    for t in _LIST_TRIGGER.finditer(ctx.doc.typed, lo, m.start()):
        trig = t
    if trig is None:
        return None
    if _MOVE_WORDS.search(ctx.doc.folded, trig.start(), m.start()):
        return None
    prev = [
        d
        for d in ctx.drafts
        if d.frame.measure == "majority" and d.end <= m.start() and d.start >= lo
    ]
    base = prev[-1].frame if prev else None
    subj = (
        base.subject if base is not None and base.subject.kind == "party" else _seat_subject(ctx, s)
    )
    f = ctx.frame(
        "majority",
        subj,
        scope=ctx.seat_scope_of(s, "named in the claim"),
        number=n,
        unit="votes",
        outcome=base.outcome if base is not None and base.subject.kind == "party" else None,
        notes=["'..., SEAT by N' in a list after a win: the seat's majority"],
    )
    if base is not None and base.election == "previous":
        f.election = "previous"
    return ctx.draft(m, f, n, rule_name="listed_margin")


#: a possessive at the end of a seat's name (inside its tag or right after it)
_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])\s*(?:(?:own|winning)\s+)?$")

#: the measure a seat's bare figure is of, from the words of its sentence (else of the
#: sentence before it in the paragraph): a majority, or an electorate
_MAJORITY_WORD = re.compile(r"\bmajorit(?:y|ies)\b")
_ELECTORATE_WORD = re.compile(r"\b(?:electorates?|electors|registered\s+voters)\b")
#: a word that says the bare figure is of something else (a share, votes, people ...)
_OTHER_MEASURE = re.compile(
    r"\b(?:share|turnout|swing|per\s+cent|points?|votes?\s+cast|residents|households|"
    r"people|population|candidates?|deposits?|ballots?|papers)\b"
)


def _bare_measure(ctx: Ctx) -> str | None:
    """ "majority" or "electorate" when the sentence (else the one before it, in the same
    paragraph) names that measure and no other; None otherwise."""
    doc = ctx.doc
    spans = [(ctx.sent.start, ctx.sent.end)]
    if ctx.index > 0:
        prev = doc.sentences[ctx.index - 1]
        if "\n" not in doc.text[prev.end : ctx.sent.start]:
            spans.append((prev.start, prev.end))
    for a, b in spans:
        said = doc.folded[a:b]
        maj, ele = _MAJORITY_WORD.search(said), _ELECTORATE_WORD.search(said)
        if _OTHER_MEASURE.search(said):
            return None
        if maj and not ele:
            return "majority"
        if ele and not maj:
            return "electorate"
        if maj or ele:
            return None
    return None


@rule(
    r"(?P<s>{S})(?P<poss>'s?|\u2019s?)?\s+(?:(?:own|winning)\s+)?{Q}(?P<n>{N})"
    r"(?=\s*(?:[,.;:)]|$|(?:was|is|were|and|ahead|with|in|at|came|stood|made)\b))",
    r"(?P<s>{S}),\s+(?:with\s+)?{Q}(?P<n>{N})(?:\s+votes?)?"
    r"(?=\s*(?:[.;:)]|$|,\s+(?:was|is|came|ahead|with|followed)\b|(?:was|is|came)\b))",
    name="seat_bare_figure",
    priority=65,
)
def _seat_bare_figure(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "Aberdeen North's 19,114 was the biggest in Scotland, ahead of Glasgow Provan's
    18,844", "Sheffield Central's 27,748, with Leeds Central next on 23,698", "Maidenhead,
    with 26,457, was second", "in Wales Arfon's 42,215": a seat's bare figure in a sentence
    about majorities (electorates), the sentence or the one before it naming that measure
    and no other; that seat's majority (electorate). Not read when the sentence also names
    shares, turnout, votes cast, people or ballots (the figure may be any of them)."""
    n, s = ctx.num(m), ctx.tag(m, "s")
    if n is None or s is None or n.kind != "num" or s.kind != "seat":
        return None
    if n.q is None or not n.q.value or n.q.value < 10:
        return None  # "S's two", a rank or a count of seats, not a majority
    if "poss" in m.groupdict() and not _POSSESSIVE_END.search(ctx.text(s.start, m.start("n"))):
        return None  # "In Hexham 3,713 ...": no possessive (the tag may hold it: "Kemptown's")
    what = _bare_measure(ctx)
    if what is None:
        return None
    scope = ctx.seat_scope_of(s, "named in the claim")
    if what == "majority":
        f = ctx.frame(
            "majority",
            _seat_subject(ctx, s),
            scope=scope,
            number=n,
            unit="votes",
            notes=["'SEAT's N' in a sentence about majorities: the seat's majority"],
        )
    else:
        f = ctx.frame(
            "electorate",
            Subject("seat", how="the electorate in scope"),
            scope=scope,
            number=n,
            unit="votes",
            metric="electorate",
            notes=["'SEAT's N' in a sentence about electorates: the seat's electorate"],
        )
    out = [ctx.draft(m, f, n, rule_name="seat_bare_figure")]
    sup = _BARE_SUPERLATIVE.match(ctx.doc.typed, m.end(), ctx.sent.end)
    a = ctx.doc.at.get(sup.start("a")) if sup is not None else None
    if sup is not None and a is not None and a.kind == "area":
        # "Aberdeen North's 19,114 was the biggest in Scotland": the seat's figure ranks
        # first (last) in the area, read as "S had the biggest majority in AREA"
        direction = lx.SUPERLATIVES[" ".join(sup.group("sup").split())][0]
        g = ctx.frame(
            "superlative",
            _seat_subject(ctx, s),
            scope=named_area(a),
            comparator=direction,
            metric=what,
            notes=["'SEAT's N was the SUP in AREA': the seat ranks first there"],
        )
        # the span is the ranking's words: the figure is the other claim's
        out.append(ctx.draft(m, g, rule_name="seat_bare_figure", span=(sup.start(), sup.end())))
    return out


#: "... was the biggest in Scotland" right after a seat's bare figure
_BARE_SUPERLATIVE = _expand(
    r"\s+(?:was|is)\s+(?:the\s+)?(?P<sup>biggest|largest|greatest|highest|smallest|lowest)"
    r"(?:\s+(?:majority|electorate|one))?\s+(?:in|of\s+any\s+seat\s+in)\s+(?:the\s+)?(?P<a>{A})"
    # "the largest in Scotland after it", "bar Falkirk": a place after the first, not first
    r"(?![^\S\n]*,?\s*(?:after|behind|bar|barring|except|apart|besides|other\s+than|outside|"
    r"save|but\s+for)\b)"
)


#: a seat in a list after the first: ", S", ", and S", " and S"
_NEXT_SEAT = _expand(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<s>{S})")
#: what follows a list of seats: "from P" / "to P" (the party the seats came from or went to)
_LIST_OTHER = _expand(r"\s+(?P<rel>from|to)\s+(?:the\s+)?(?P<o>{P}|{C})")
_LOSE_VERB = re.compile(r"^(?:lost|loses|losing|lose)$")


@rule(
    r"\b(?P<v>(?:won|wins|winning|took|takes|taking)\s+back|retook|regained|recaptured|"
    r"won|wins|took|takes|taking|captured|captures|seized|gained|gains|gaining|"
    r"lost|loses|losing|held|holds|kept|keeps|retained|retains)\s+(?P<s>{S})"
    r"(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{S})",
    name="seat_list_outcome",
    priority=60,
)
def _seat_list_outcome(ctx: Ctx, m: re.Match[str]) -> list[Draft] | None:
    """ "the Conservatives took Ashfield, Bassetlaw and Bishop Auckland from Labour",
    "Labour lost A, B and C to the SNP": one outcome per seat of the list, each with the
    party after "from"/"to". Only the first seat was read, without that party. Refused: a
    figure in the list (a margin or a count: the other rules' claims), a list that runs
    into another clause's seats (the list ends at the first word that is not a seat)."""
    first = ctx.tag(m, "s")
    if first is None or first.kind != "seat":
        return None
    seats = [first]
    pos = first.end
    while True:
        nxt = _NEXT_SEAT.match(ctx.doc.typed, pos, ctx.sent.end)
        if nxt is None:
            break
        t = ctx.doc.at.get(nxt.start("s"))
        if t is None or t.kind != "seat":
            break
        seats.append(t)
        pos = t.end
    if len(seats) < 2 or len({t.ref.get("name") for t in seats}) < len(seats):
        return None
    if re.match(r"\s*(?:by|with|on)\b", ctx.doc.folded[pos : pos + 6]):
        return None  # "won A and B by ...", "with majorities ...": figures for the list
    who = ctx.subject_before(m.start(), "person", "party")
    if who is None:
        return None
    v = m.group("v")
    lose = _LOSE_VERB.match(v) is not None
    outcome = "lost" if lose else (ctx.outcome_word(v) or "won")
    other = None
    tail = _LIST_OTHER.match(ctx.doc.typed, pos, ctx.sent.end)
    if tail is not None:
        o = ctx.doc.at.get(tail.start("o"))
        rel = tail.group("rel")
        if o is not None and (rel == "from" and not lose or rel == "to" and lose):
            how = "the party it was taken from" if rel == "from" else "the winner it was lost to"
            other = ctx.subject_of(o, how)
            if rel == "from" and outcome == "won":
                outcome = "gained"
    out = []
    for i, t in enumerate(seats):
        f = ctx.frame(
            "outcome",
            who,
            other=other,
            scope=ctx.seat_scope_of(t, "named in the claim"),
            outcome=outcome,
            notes=["one seat of a list after the verb: the same outcome for each"],
        )
        span = (m.start(), t.end) if i == 0 else (t.start, t.end)
        out.append(ctx.draft(m, f, rule_name="seat_list_outcome", span=span))
    return out


@rule(
    r"(?<!\bin\s)(?<!\bof\s)(?P<s>{S}),\s+(?P<app>[^,.;:!?\n]{1,70}),\s+"
    r"(?P<v>went\s+to|fell\s+to|passed\s+to|was\s+won\s+by|was\s+taken\s+by|was\s+gained\s+by|"
    r"was\s+held\s+by|was\s+retained\s+by)\s+(?:the\s+)?(?P<who>{P})",
    name="seat_apposition_outcome",
    priority=60,
)
def _seat_apposition_outcome(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "West Dorset, the second-oldest seat in England and Wales, went to the Liberal
    Democrats", "Bassetlaw, a Labour seat since 1935, fell to the Conservatives": the
    seat's outcome across an apposition (the outcome rule reads the verb right after the
    seat only). Not read when the apposition names another seat (a list) or opens a
    relative clause that holds a verb of its own outcome ("which Labour won")."""
    s, who = ctx.tag(m, "s"), ctx.tag(m, "who")
    if s is None or who is None or s.kind != "seat" or who.kind != "party":
        return None
    if ctx.doc.tags_in(m.start("app"), m.end("app"), "seat"):
        return None
    v = " ".join(m.group("v").split())
    outcome = "held" if v.endswith(("held by", "retained by")) else "won"
    f = ctx.frame(
        "outcome",
        ctx.subject_of(who, "the party the seat went to"),
        scope=ctx.seat_scope_of(s, "named in the claim"),
        outcome=outcome,
        notes=["'SEAT, apposition, went to PARTY': the seat's outcome"],
    )
    # the span is the verb and party: the apposition holds claims of its own
    return ctx.draft(m, f, rule_name="seat_apposition_outcome", span=(m.start("v"), m.end()))
