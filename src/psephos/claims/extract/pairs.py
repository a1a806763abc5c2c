"""Frame rules (round 6, HISTORY): two parties' figures added together.

"Labour and the Conservatives won 587 seats between them", "the SNP and Plaid Cymru
together took six seats", "Labour and the Liberals had a combined share of 58.4 per cent in
Wales", "the combined vote share of the Conservatives and Labour was 89 per cent", "the two
main parties took 57.4 per cent": one figure for the pair, measure ``combined`` (subject the
first party, ``other`` the second; "the two main parties" are read as the Conservatives and
Labour, and also as the two parties with the most votes in the scope, see
:func:`psephos.claims.evaluate_history.combined`). Without a word of togetherness
("between them", "together", "combined", "jointly", "shared") two parties before a figure
are not a pair: "Labour and the Liberals won 301 and 14 seats" is two claims.
"""

from __future__ import annotations

import re

from psephos.claims.extract.patterns import Ctx, Draft, rule
from psephos.claims.frame import Scope, Subject

_TOGETHER = re.compile(r"\b(?:between\s+them|together|combined|jointly|shared|in\s+all)\b")
#: a sentence that opens on the togetherness word: "Between them, the Conservatives and ..."
_TOGETHER_FIRST = re.compile(
    r"\s*(?:between\s+them|together|combined|jointly)\s*,?\s*(?:the\s+)?", re.I
)
_UNIT_AFTER = re.compile(
    r"\s*(?P<u>seats|mps|members|constituencies|votes|per\s*cent|%)?"
    r"(?:\s+(?:of\s+the\s+(?:vote|poll|votes)))?"
)


def _unit(ctx: Ctx, n_end: int, kind: str) -> str | None:
    if kind == "pct":
        return "percent"
    u = _UNIT_AFTER.match(ctx.doc.folded, n_end)
    word = (u.group("u") or "") if u else ""
    if word in ("seats", "mps", "members", "constituencies"):
        return "seats"
    if word == "votes":
        return "votes"
    if re.search(r"\bseats\b|\bmps\b", ctx.text(ctx.sent.start, n_end)):
        return "seats"
    return None


def _tagged_pair(ctx: Ctx, m: re.Match[str], how: str) -> Draft | None:
    """The pair frame of the parties tagged in the groups ``a`` and ``b``: none unless both
    are two different parties."""
    ta, tb = ctx.tag(m, "a"), ctx.tag(m, "b")
    if ta is None or tb is None:
        return None
    a = ctx.subject_of(ta, "the first party of the pair")
    b = ctx.subject_of(tb, "the second party of the pair")
    if not a.party or not b.party or a.party == b.party:
        return None
    return _pair_frame(ctx, m, a, b, how)


def _pair_frame(ctx: Ctx, m: re.Match[str], a: Subject, b: Subject, how: str) -> Draft | None:
    n = ctx.num(m)
    if n is None or n.q is None or n.kind not in ("num", "pct"):
        return None
    unit = _unit(ctx, n.end, n.kind)
    if unit is None:
        return None
    if unit == "seats" and re.match(r"\s+of\s+(?:the\s+)?\S+", ctx.doc.folded[n.end : n.end + 12]):
        return None  # "N of the M seats": a count within a set, read elsewhere
    scope = ctx.only_area() or Scope(level="uk", how="no area named: the UK")
    f = ctx.frame(
        "combined",
        a,
        number=n,
        other=b,
        scope=scope,
        unit=unit,
        metric="share" if unit == "percent" else unit,
        notes=[how],
    )
    return ctx.draft(m, f, n, rule_name="combined")


@rule(
    r"(?P<a>{P})\s+and\s+(?:the\s+)?(?P<b>{P})(?P<mid>[^.;:!?\n]{0,60}?)(?P<n>{N}|{PCT})",
    name="combined_pair",
    needs=r"between them|together|combined|jointly|shared|in all",
    priority=20,
)
def _pair(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "P1 and P2 (between them|together) won N seats (between them)", "P1 and P2 had a
    combined share of X per cent": togetherness said inside the clause."""
    mid = ctx.text(m.start("mid"), m.end("mid"))
    if re.search(r"[,;]|\b(?:while|whereas|but|and)\b", mid):
        return None  # another clause, or a third figure in a list
    if ctx.doc.tags_in(m.start("mid"), m.end("mid"), "party", "num", "pct", "seat"):
        return None
    tail = ctx.text(m.end("n"), min(ctx.sent.end, m.end("n") + 45))
    tail = re.split(r"[,;]|\b(?:while|whereas|but)\b", tail)[0]
    # round 11 (REAL11): "Between them, the Conservatives and Labour took 76% of the vote":
    # the togetherness word opening the sentence, before the pair
    head = ctx.text(ctx.sent.start, m.start("a"))
    if not (_TOGETHER.search(mid) or _TOGETHER.search(tail) or _TOGETHER_FIRST.fullmatch(head)):
        return None
    return _tagged_pair(ctx, m, "'P1 and P2 ... between them': the two parties' sum")


@rule(
    r"\bcombined\s+(?:vote\s+)?share(?:\s+of\s+the\s+vote)?\s+of\s+(?:the\s+)?(?P<a>{P})\s+and\s+(?:the\s+)?(?P<b>{P})"
    r"(?P<mid>[^.;:!?\n]{0,40}?)\b(?:was|were|stood\s+at|reached|came\s+to|of)\s+{Q}(?P<n>{PCT})",
    name="combined_share_of",
    needs="combined",
    priority=20,
)
def _share_of(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "the combined vote share of P1 and P2 (in AREA) was X per cent"."""
    if ctx.doc.tags_in(m.start("mid"), m.end("mid"), "party", "num", "pct"):
        return None
    return _tagged_pair(ctx, m, "'the combined share of P1 and P2': the two parties' sum")


@rule(
    r"\b(?:the\s+)?(?:two|{N})\s+(?:main|big|biggest|largest|major|leading)\s+parties"
    r"(?P<mid>[^.;:!?\n]{0,50}?)(?P<n>{N}|{PCT})",
    name="combined_two_main",
    needs="parties",
    priority=20,
)
def _two_main(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "the two main parties took 57.4 per cent (between them)": the Conservatives and
    Labour (the evaluator also reads the two with the most votes in the scope)."""
    mid = ctx.text(m.start("mid"), m.end("mid"))
    if re.search(r"[,;]|\b(?:while|whereas|but)\b", mid):
        return None
    if ctx.doc.tags_in(m.start("mid"), m.end("mid"), "party", "num", "pct", "seat"):
        return None
    if not re.search(
        r"\b(?:took|won|polled|had|got|received|secured|shared|took\s+home|between\s+them|"
        r"combined|together|share|accounted\s+for|attracted)\b",
        mid,
    ):
        return None
    a = Subject("party", "the two main parties", m.start(), m.end("mid"), party="Con")
    a.how = "'the two main parties': the Conservatives and Labour"
    b = Subject("party", "the two main parties", m.start(), m.end("mid"), party="Lab")
    b.how = a.how
    return _pair_frame(ctx, m, a, b, "'the two main parties': the two largest parties' sum")


@rule(
    r"(?P<a>{P})\s+and\s+(?:the\s+)?(?P<w>[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?)"
    r"(?P<mid>[^.;:!?\n]{0,60}?)(?P<n>{N}|{PCT})",
    name="combined_unknown",
    needs=r"between them|together|combined|jointly|shared|in all",
    priority=21,
)
def _pair_unknown(ctx: Ctx, m: re.Match[str]) -> Draft | None:
    """ "Labour and the Liberals won 43 seats between them" where the second name is no
    party the gazetteer knows at the story's election: still a pair (never the first
    party's own figure, which would be false), left unresolved."""
    words = ctx.doc.text[m.start("w") : m.end("w")].split()
    word = " ".join(words[:1] + [w for w in words[1:2] if w[:1].isupper()])
    if not word[:1].isupper() or ctx.doc.tags_in(m.start("w"), m.end("mid"), "party"):
        return None
    mid = ctx.text(m.start("mid"), m.end("mid"))
    if re.search(r"[,;]|\b(?:while|whereas|but|and)\b", mid):
        return None
    if ctx.doc.tags_in(m.start("w"), m.end("mid"), "num", "pct", "seat", "person", "area"):
        return None
    tail = ctx.text(m.end("n"), min(ctx.sent.end, m.end("n") + 45))
    tail = re.split(r"[,;]|\b(?:while|whereas|but)\b", tail)[0]
    if not (_TOGETHER.search(ctx.text(m.start("w"), m.end("mid"))) or _TOGETHER.search(tail)):
        return None
    ta = ctx.tag(m, "a")
    if ta is None:
        return None
    a = ctx.subject_of(ta, "the first party of the pair")
    b = Subject("party", word, m.start("w"), m.end("w"), how="not a party known here")
    d = _pair_frame(ctx, m, a, b, "'P1 and P2 ... between them': the two parties' sum")
    if d is not None:
        d.frame.unresolved.append(f"other: '{word}' is not a party known at this election")
    return d
