"""Finding claims: regular patterns over each sentence, tied to the mentions around them.

Each pattern gives a claim ``kind`` and ``params``; the subject of a claim is the mention
the pattern points at (the nearest person named before "within N votes", the seat named in
the sentence or, for "the constituency", the last seat the text named), and ``params``
records how it was chosen. Quoted speech is not checked as fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from psephos.claims.demography import GROUPS
from psephos.claims.model import Claim, Mention, Stated
from psephos.claims.numbers import NUMBER, QUALIFIER, RATIO, stated, stated_ratio
from psephos.claims.text import Span, fold, in_spans, quotations, sentences

_PCT = r"(?:\s?per\s?cent|\s?percent|%)"
_GROUP = "|".join(sorted(GROUPS, key=len, reverse=True))
_PARTYWORD = (
    r"(?:labour|conservatives?|tor(?:y|ies)|lib(?:eral)? dem(?:ocrat)?s?|reform(?: uk)?|"
    r"greens?|snp|plaid cymru|dup|sinn fein|independents?)"
)


@dataclass
class Doc:
    """A text prepared for extraction."""

    text: str
    folded: str
    sentences: list[Span]
    quotes: list[tuple[int, int]]
    mentions: list[Mention]
    election: str

    def within(self, start: int, end: int, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start < end and m.kind in kinds]

    def last_seat_before(self, pos: int) -> Mention | None:
        seats = [m for m in self.mentions if m.kind == "seat" and m.start < pos]
        return seats[-1] if seats else None


def prepare(text: str, mentions: list[Mention], election: str) -> Doc:
    return Doc(text, fold(text), sentences(text), quotations(text), mentions, election)


def _person_ref(m: Mention | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {"text": m.text, "resolved": m.resolved, "how": m.how, **m.ref}


def _seat_for(doc: Doc, sent: Span, pos: int) -> dict[str, Any] | None:
    """The seat a claim is about: the one seat named in its sentence, else the last seat named
    before it (for "the constituency", "the seat", "it")."""
    here = {m.ref["name"]: m for m in doc.within(sent.start, sent.end, "seat")}
    if len(here) == 1:
        m = next(iter(here.values()))
        return {"name": m.ref["name"], "codes": m.ref["codes"], "how": "named in the sentence"}
    if len(here) > 1:
        return None
    prev = doc.last_seat_before(sent.start)
    if prev is None:
        return None
    return {
        "name": prev.ref["name"],
        "codes": prev.ref["codes"],
        "how": f"'{doc.text[sent.start : sent.end][:40]}...' refers back to the last seat "
        f"named ({prev.ref['name']}, character {prev.start})",
    }


Handler = Callable[[Doc, Span, "re.Match[str]"], dict[str, Any] | None]
_PATTERNS: list[tuple[str, re.Pattern[str], Handler]] = []


def pattern(kind: str, regex: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        _PATTERNS.append((kind, re.compile(regex, re.I), fn))
        return fn

    return deco


def _abs(sent: Span, m: re.Match[str], group: str | int = 0) -> tuple[int, int]:
    return sent.start + m.start(group), sent.start + m.end(group)


def _persons(doc: Doc, start: int, end: int) -> list[Mention]:
    return doc.within(start, end, "person", "role")


@pattern(
    "margin",
    rf"within (?P<q>{QUALIFIER} )?(?P<n>{NUMBER}) votes? of (?:defeating|beating|unseating|winning)?",
)
def _margin(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, e = _abs(sent, m)
    before = [p for p in _persons(doc, sent.start, s) if p.kind == "person"]
    after = _persons(doc, e, sent.end)
    return {
        "stated": stated(m["n"], qualifier=m["q"], exact=True),
        "runner_up": _person_ref(before[-1] if before else None),
        "runner_up_how": "nearest person named before 'within' in the sentence",
        "winner": _person_ref(after[0] if after else None),
    }


@pattern("margin", rf"(?:majority|margin) of (?P<q>{QUALIFIER} )?(?P<n>{NUMBER})")
def _majority(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, _ = _abs(sent, m)
    people = _persons(doc, sent.start, s)
    return {
        "stated": stated(m["n"], qualifier=m["q"], exact=True),
        "winner": _person_ref(people[-1] if people else None),
        "runner_up": None,
        "seat": _seat_for(doc, sent, s),
    }


@pattern(
    "votes",
    rf"(?:won|got|received|polled|secured|took|with) (?P<q>{QUALIFIER} )?(?P<n>{NUMBER}) votes",
)
def _votes(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, _ = _abs(sent, m)
    people = _persons(doc, sent.start, s)
    return {
        "stated": stated(m["n"], qualifier=m["q"], exact=True),
        "candidate": _person_ref(people[-1] if people else None),
    }


@pattern("share", rf"(?P<q>{QUALIFIER} )?(?P<n>{NUMBER}){_PCT} of the (?:vote|votes cast)")
def _share(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, _ = _abs(sent, m)
    people = _persons(doc, sent.start, s)
    parties = doc.within(sent.start, s, "party")
    return {
        "stated": stated(m["n"], qualifier=m["q"]),
        "candidate": _person_ref(people[-1] if people else None),
        "party": parties[-1].ref["party_code"] if parties else None,
        "seat": _seat_for(doc, sent, s) if doc.within(sent.start, sent.end, "seat") else None,
    }


@pattern(
    "turnout",
    rf"(?P<nat>national |overall )?turnout(?: in [^,.]{{1,40}}?)? (?:was |of |at |fell to |rose to |stood at |reached )?(?P<q>{QUALIFIER} )?(?P<n>{NUMBER}){_PCT}",
)
def _turnout(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, _ = _abs(sent, m)
    national = bool(m["nat"]) or not doc.within(sent.start, sent.end, "seat")
    return {
        "stated": stated(m["n"], qualifier=m["q"]),
        "seat": None if national else _seat_for(doc, sent, s),
    }


@pattern(
    "seat_count",
    rf"(?P<p>{_PARTYWORD}) (?:candidates )?(?:won|took|secured) (?P<q>{QUALIFIER} )?(?P<n>{NUMBER}) seats",
)
def _seat_count(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    return {"stated": stated(m["n"], qualifier=m["q"], exact=True), "party_word": m["p"]}


@pattern(
    "tenure", r"(?:held|represented) (?:the seat|the constituency|it) since (?P<y>(?:19|20)\d\d)"
)
def _tenure(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, _ = _abs(sent, m)
    people = [p for p in _persons(doc, sent.start, s)]
    sitting = re.search(r"the (?:sitting |incumbent )?mp\b", doc.folded[sent.start : s])
    subject = _person_ref(people[-1]) if people else None
    return {
        "year": int(m["y"]),
        "member": subject,
        "sitting_mp": bool(sitting and not people),
        "seat": _seat_for(doc, sent, s),
    }


@pattern(
    "outcome_beaten",
    r"(?P<p>labour|conservatives?|the tories|lib(?:eral)? dem(?:ocrat)?s|reform uk|the snp|the greens|plaid cymru)\b[^.]{0,20}? (?:was|were) (?:beaten|defeated)(?P<where> in [^,.]{1,40}?)? by (?P<rest>[^.,]{0,80})",
)
def _beaten(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    rs, re_ = _abs(sent, m, "rest")
    winners = _persons(doc, rs, re_)
    return {
        "loser_party_word": m["p"],
        "where": (m["where"] or "").strip(" ,") or None,
        "winner": _person_ref(winners[0] if winners else None),
    }


@pattern(
    "candidate_party", rf"(?P<who>\w+(?: \w+)?),? who (?:ran|stood) as (?:an? )?(?P<p>{_PARTYWORD})"
)
def _ran_as(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    ws, _ = _abs(sent, m, "who")
    people = _persons(doc, sent.start, ws + len(m["who"]))
    return {"party_word": m["p"], "candidate": _person_ref(people[-1] if people else None)}


@pattern(
    "demographic_share",
    rf"(?:an? )?(?P<g>{_GROUP}) population of (?P<q>{QUALIFIER} )?(?P<n>{NUMBER}){_PCT}",
)
def _demo(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, _ = _abs(sent, m)
    return {
        "stated": stated(m["n"], qualifier=m["q"]),
        "group": m["g"].lower(),
        "seat": _seat_for(doc, sent, s),
    }


@pattern(
    "demographic_rank",
    rf"(?P<pos>just outside|outside|in|among|inside|within) the top (?P<n>{NUMBER})(?: \w+){{0,3}}? (?:seats|constituencies) (?:with|by) the (?:highest|largest|biggest) (?:number|share|proportion|percentage) of (?P<g>{_GROUP})",
)
def _rank(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, _ = _abs(sent, m)
    groups = re.findall(rf"\b({_GROUP})\b", doc.folded[sent.start : sent.end])
    return {
        "n": int(stated(m["n"]).value),
        "position": m["pos"].lower(),
        "group": m["g"].lower() if m["g"] else groups[0],
        "seat": _seat_for(doc, sent, s),
    }


@pattern(
    "group_change",
    rf"(?P<dir>loss|fall|drop|decline|collapse|slump|rise|gain|increase|surge) (?:of|in) (?:its )?(?:support|vote share|votes?|share of the vote) in (?:heavily |predominantly |mainly |largely |strongly )?(?P<g>{_GROUP}) (?:areas|seats|constituencies|communities)",
)
def _group_change(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, _ = _abs(sent, m)
    parties = doc.within(sent.start, s, "party")
    if not parties:
        return None
    return {
        "party": parties[-1].ref["party_code"],
        "group": m["g"].lower(),
        "direction": "down"
        if m["dir"].lower() in ("loss", "fall", "drop", "decline", "collapse", "slump")
        else "up",
    }


@pattern(
    "group_vote",
    rf"(?:backed|supported|voted for) by (?P<r>{RATIO}|(?P<n>{NUMBER}){_PCT} of) (?:uk |british |the )?(?P<g>{_GROUP})",
)
def _group_vote(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    st = stated_ratio(m["r"]) if m["n"] is None else stated(m["n"])
    return {"stated": st, "group": m["g"].lower()}


@pattern(
    "age",
    rf"\b(?P<n>{NUMBER})-year-old\b|\baged (?P<n2>{NUMBER})\b|[A-Z][a-z]+, (?P<n3>\d{{1,3}}),",
)
def _age(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    n = m["n"] or m["n2"] or m["n3"]
    return {"stated": stated(n)}


@pattern(
    "office",
    r"(?P<role>(?:[a-z]+ )?secretary|prime minister|chancellor|minister(?: for [a-z ]+)?), (?=[A-Z])",
)
def _office(doc: Doc, sent: Span, m: re.Match[str]) -> dict[str, Any] | None:
    s, e = _abs(sent, m)
    roles = [r for r in doc.within(s - 30, e, "role") if r.resolved]
    if not roles:
        return None
    return {"role": roles[-1].text, "person": roles[-1].ref.get("name")}


def find_claims(doc: Doc) -> Iterator[Claim]:
    """Every claim in ``doc``, in text order (quoted speech skipped)."""
    found: list[Claim] = []
    taken: list[tuple[str, int, int]] = []
    for i, sent in enumerate(doc.sentences):
        ftext = doc.folded[sent.start : sent.end]
        for kind, rx, handler in _PATTERNS:
            target = doc.text[sent.start : sent.end] if kind in ("age", "office") else ftext
            for m in rx.finditer(target):
                s, e = _abs(sent, m)
                if in_spans(s, doc.quotes) or any(k == kind and a <= s < b for k, a, b in taken):
                    continue
                params = handler(doc, sent, m)
                if params is None:
                    continue
                st = params.pop("stated", None)
                found.append(
                    Claim(
                        0,
                        kind,
                        doc.text[s:e],
                        s,
                        e,
                        i,
                        params,
                        st if isinstance(st, Stated) else None,
                    )
                )
                taken.append((kind, s, e))
    found.sort(key=lambda c: c.start)
    for n, c in enumerate(found, 1):
        c.id = n
        yield c
