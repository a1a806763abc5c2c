"""One statement, one verdict: frames that one clause chain makes into a single claim.

A sentence such as "Ben Lake's majority of 14,789 in Ceredigion Preseli was the biggest in
Wales" gives two frames (the majority, the superlative), but a reader, and a fact-checker,
judges it as one statement: false if any part is false, true only if every part is true,
otherwise undecided. :func:`join_statements` groups the checked claims of a report whose
frames are joined STRUCTURALLY and replaces each group by one compound claim whose verdict
is :func:`combine` of its parts; the parts, with their own verdicts and evidence, stay in
the claim (``parts``).

The join is deliberately narrow (docs/claims.md, "One statement, one verdict"). Two
frames of one sentence are joined when

- their spans share words ("finished fourth with 7,195"; "its share there fell below 40
  per cent"), or one sits inside the other as a parenthetical ("beat Guy Opperman, first
  elected in 2015, by 3,713 votes"), or both spans are the same words;
- the figure is the subject of the qualifier ("Its 13.1 million votes were the most ...",
  "Keighley, taken by 2,218 votes, was the narrowest ..."): the words between them are
  only a copula (``was``/``were``/``is``/``are``), optionally after a comma, and the second
  frame judges the figure (a superlative, rank or record: :data:`QUALIFIERS`), not a
  second fact ("Their share, 37.9 per cent, was down eight points" is two statements);
- the words between them are a short phrase (at most :data:`MAX_GAP_WORDS` words) with no
  clause break: no comma, semicolon, colon, dash or bracket and no conjunction ("took
  Burnley from Labour on a swing of ...", "won Clacton for UKIP with almost two-thirds of
  the vote", "majority of 14,789 in Ceredigion Preseli was the biggest"), unless the first
  is a party's seat tally and the second the vote it was won on ("won 28 of the 36 seats
  with more than 60 per cent": two results, :data:`TALLIES`).

A comma appositive ("Turnout rose to 65.1 per cent, the highest since 1992") is NOT joined:
measured on the corpus keys, such a pair is keyed as one claim about as often as as two, and
joining it would report a true figure as false whenever its qualifier is wrong.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from psephos.claims.model import CheckedClaim, Claim, Verdict

#: the most words between two frames joined as one phrase ("on a swing of" -> 2: "on a")
MAX_GAP_WORDS = 3

# a part's leading punctuation and connective, which belong to the gap, not to the part
_LEAD = re.compile(
    r"(?:[\s,;:\u2013\u2014-]|\b(?:and|while|but|as|or|yet|though|whereas)\b)+", re.I
)
# a clause or sentence break between two frames: they are two statements (a full stop the
# sentence splitter missed, "finished third. Órfhlaith Begley took ...", is one too)
_BREAK = re.compile(r"[,;:()\u2013\u2014\[\]]|\s-\s|[.!?](?:\s|$)")
_CONJ = re.compile(
    r"\b(?:and|or|nor|but|yet|so|while|whilst|whereas|though|although|as|where|which|who|"
    r"whom|whose|that|when|after|before|since|until|having|because|if|than)\b",
    re.I,
)
# the figure is the subject of the qualifier: "N was the biggest", "X's N, was the ..."
_COPULA = re.compile(
    r"\s*,?\s*(?:was|were|is|are|had been|has been)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?",
    re.I,
)

#: the frames that judge a figure (its place among seats or in history): the only ones a
#: copula joins to the figure before it
QUALIFIERS = frozenset({"superlative", "rank", "record", "first_since"})

#: a party's seat tally and the vote it was won on ("won 28 of the 36 seats with 60 per
#: cent"): two results of an area, never one phrase (keyed apart in the corpus, and a
#: wrong share does not make a right tally false)
TALLIES = frozenset({"seats"})
TALLY_VOTES = frozenset({"share", "votes"})

#: why two frames were read as one statement (the compound's explanation quotes it)
SHARED = "the parts share words"
PARENTHETICAL = "one part is a parenthetical inside the other"
COPULA = "the figure is the subject of the qualifier"
PHRASE = "one phrase with no clause break between the parts"


def rejoin(c: CheckedClaim, parts: list[CheckedClaim]) -> CheckedClaim:
    """Compound claim ``c`` with its parts re-judged as ``parts``: ``c`` itself when no part
    changed, else the parts' combined verdict and, when that differs, an explanation that
    lists them (the passes after evaluation that re-read a compound's parts)."""
    if all(p is q for p, q in zip(parts, c.parts, strict=True)):
        return c
    verdict = combine([p.verdict for p in parts])
    return dataclasses.replace(
        c,
        parts=parts,
        verdict=verdict,
        explanation=c.explanation if verdict == c.verdict
        else f"One statement in {len(parts)} parts, judged as one: {verdict}. "
        + " ".join(f"({i}) {p.explanation}" for i, p in enumerate(parts, 1)),
    )  # fmt: skip


def combine(verdicts: Sequence[str]) -> Verdict:
    """One statement's verdict from its parts': false if any part is false, true only if
    every part is true, true on one reading only (``depends``) if every part is true or
    depends, otherwise ``uncertain``."""
    if "contradicted" in verdicts:
        return "contradicted"
    if verdicts and all(v == "supported" for v in verdicts):
        return "supported"
    if verdicts and all(v in ("supported", "depends") for v in verdicts):
        return "depends"
    return "uncertain"


def _core_start(text: str, c: Claim) -> int:
    """Where the words of ``c`` begin, after a leading comma or connective ("and by 195")."""
    m = _LEAD.match(text, c.start, c.end)
    return m.end() if m else c.start


def _nested(text: str, outer: Claim, inner: Claim) -> str | None:
    """The join of a frame inside another: the same words, or a parenthetical (commas on
    both sides of the inner part, inside the outer one)."""
    if (outer.start, outer.end) == (inner.start, inner.end):
        return SHARED
    before, after = text[outer.start : inner.start], text[inner.end : outer.end]
    if before.rstrip().endswith(",") and after.lstrip().startswith(","):
        return PARENTHETICAL
    return None


def joined(text: str, group: Sequence[Claim], nxt: Claim) -> str | None:
    """Why ``nxt`` is part of the statement ``group`` (claims of one sentence, in text
    order), or None when it is a statement of its own."""
    if not group or nxt.sentence != group[-1].sentence:
        return None
    end = max(c.end for c in group)
    if nxt.start < end:  # the spans overlap
        for c in group:
            if c.end <= nxt.start:
                continue
            if c.start <= nxt.start and c.end >= nxt.end:
                return _nested(text, c, nxt)
            if nxt.start <= c.start and nxt.end >= c.end:
                return _nested(text, nxt, c)
        return SHARED
    gap = text[end : _core_start(text, nxt)]
    if _COPULA.fullmatch(gap):
        # only a judgement of the figure itself ("N was the biggest", "... its lowest since
        # 1931"); "Their share, 37.9 per cent, was down eight points" states a second fact
        return COPULA if nxt.kind in QUALIFIERS else None
    if _BREAK.search(gap) or _CONJ.search(gap) or len(gap.split()) > MAX_GAP_WORDS:
        return None
    if group[-1].kind in TALLIES and nxt.kind in TALLY_VOTES:
        # "Labour won 28 of the 36 seats with more than 60 per cent of the vote": a seat
        # tally and the vote it was won on are two results, each true or false on its own
        return None
    return PHRASE


_RULE = {
    "contradicted": "false, because a part is false",
    "supported": "true, because every part is true",
    "depends": "true on one reading only, because a part depends on the reading",
    "uncertain": "undecided, because no part is false and a part is undecided",
}


def compound(text: str, parts: Sequence[CheckedClaim], why: Sequence[str]) -> CheckedClaim:
    """One claim made of ``parts`` (in text order), its verdict :func:`combine` of theirs."""
    claims = [p.claim for p in parts]
    start, end = min(c.start for c in claims), max(c.end for c in claims)
    verdict = combine([p.verdict for p in parts])
    numbers = [n for c in claims for n in c.params.get("numbers", [])]
    claim = Claim(
        min(c.id for c in claims),
        "compound",
        text[start:end],
        start,
        end,
        claims[0].sentence,
        {
            "rule": "one statement: "
            + " + ".join(str(c.params.get("rule", c.kind)) for c in claims),
            "numbers": numbers,
            "election": claims[0].params.get("election"),
            "joined": sorted(set(why)),
        },
    )
    explanation = (
        f"One statement in {len(parts)} parts ({'; '.join(sorted(set(why)))}), judged as one: "
        f"{_RULE[verdict]}."
        + "".join(  # one line per part, so a table cell or a plain print stays readable
            f"\n({i}) “{p.claim.text.strip(' ,;')}” ({p.claim.kind}): "
            f"{p.verdict.replace('_', ' ')}. {p.explanation}"
            for i, p in enumerate(parts, 1)
        )
    )
    tolerances = list(dict.fromkeys(p.tolerance for p in parts if p.tolerance))
    commands = list(dict.fromkeys(p.command for p in parts if p.command))
    return CheckedClaim(
        claim,
        verdict,
        explanation,
        "; ".join(tolerances) or None,
        [e for p in parts for e in p.evidence],
        "; ".join(commands) or None,
        list(parts),
    )


def join_statements(text: str, checked: Sequence[CheckedClaim]) -> list[CheckedClaim]:
    """``checked`` with every structurally joined group of claims replaced by one compound
    claim (at the place of its first member); a ``not_checkable`` claim (an age, a quote)
    is never joined: it is no part of what the data can judge."""
    order = sorted(
        range(len(checked)), key=lambda i: (checked[i].claim.start, checked[i].claim.end)
    )
    groups: list[list[int]] = []
    why: list[list[str]] = []
    for i in order:
        cc = checked[i]
        if groups and cc.verdict != "not_checkable":
            last = groups[-1]
            if checked[last[-1]].verdict != "not_checkable":
                reason = joined(text, [checked[j].claim for j in last], cc.claim)
                if reason:
                    last.append(i)
                    why[-1].append(reason)
                    continue
        groups.append([i])
        why.append([])
    place: dict[int, CheckedClaim | None] = {}
    for g, w in zip(groups, why, strict=True):
        if len(g) == 1:
            place[g[0]] = checked[g[0]]
            continue
        first = min(g)
        place[first] = compound(text, [checked[j] for j in g], w)
        for j in g:
            if j != first:
                place[j] = None
    return [c for i in range(len(checked)) if (c := place[i]) is not None]
