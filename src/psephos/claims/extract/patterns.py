"""The frame-pattern machinery shared by every rule family: the pattern macros, the rule
registry, :class:`Ctx` (slot filling around a match) and the small helpers rules share.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from psephos.claims import lexicon as lx
from psephos.claims import recache, round9_wrong
from psephos.claims.extract.tagging import _OPENS_WITH_ANAPHOR, FILL, MARK, Doc, Tag
from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.gazetteer import PARTY_ALIASES
from psephos.claims.model import Stated
from psephos.claims.numbers import QUALIFIER_ANY, THRESHOLD_VERBS, parse_number
from psephos.claims.text import Span, key
from psephos.claims.when import MONTHS

# --- patterns ------------------------------------------------------------------------------


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of ``words``, longest first (spaces match any run of white space).
    Written grouped by first letter, "(?:w(?:on|ins)|h(?:eld|olds))": the same words in
    the same order within each letter (words of different first letters never match at
    the same place), so the matches are those of the flat "won|wins|held|holds", but the
    regex engine tries one branch per letter at each position instead of every word."""
    ordered = sorted(words, key=len, reverse=True)
    if not all(w[:1].isalpha() for w in ordered):  # a word that starts with a pattern
        return "(?:" + "|".join(w.replace(" ", r"\s+") for w in ordered) + ")"
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0], []).append(w[1:].replace(" ", r"\s+"))
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


MACROS = {
    "P": f"{MARK['party']}{FILL}*+",
    "S": f"{MARK['seat']}{FILL}*+",
    "C": f"{MARK['person']}{FILL}*+",
    "A": f"{MARK['area']}{FILL}*+",
    "G": f"{MARK['group']}{FILL}*+",
    "N": f"{MARK['num']}{FILL}*+",
    "PCT": f"{MARK['pct']}{FILL}*+",
    "FR": f"{MARK['frac']}{FILL}*+",
    "Y": f"{MARK['year']}{FILL}*+",
    "O": f"{MARK['ord']}{FILL}*+",
    "Q": rf"(?:{QUALIFIER_ANY}\s+)?",
    "WIN": _alt(lx.WIN),
    "HOLD": _alt(lx.HOLD),
    "LOSE": _alt(lx.LOSE),
    "PLACE": _alt(lx.PLACE),
    "PUSH": _alt(lx.PUSH),
    "RISE": _alt(lx.RISE),
    "FALL": _alt(lx.FALL),
    "GET": _alt(lx.GET),
    "SEATN": _alt(lx.SEAT_NOUNS),
    "VOTEN": _alt(lx.VOTE_NOUNS),
    "SUP": _alt(list(lx.SUPERLATIVES)),
    "RATIO": _alt(list(lx.RATIO)),
    "MO": r"(?:january|february|march|april|may|june|july|august|september|october|november|december)",
}
MACROS["WHO"] = f"(?:{MACROS['C']}|{MACROS['P']})"
MACROS["SHARE"] = rf"(?:{MACROS['PCT']}|{MACROS['FR']})"
MACROS["ANYN"] = rf"(?:{MACROS['N']}|{MACROS['PCT']}|{MACROS['FR']})"
# a short stretch inside one clause (no sentence punctuation)
MACROS["GAP"] = (
    r"(?:(?!\b(?:even\s+though|although|though|while|whereas|but|yet)\b)[^.;:!?\n]){0,60}?"
)
MACROS["GAPS"] = r"[^.;:!?,\n]{0,30}?"


@functools.cache
def _expand(template: str) -> re.Pattern[str]:
    out = template
    for _ in range(3):
        out = re.sub(r"\{([A-Z]+)\}", lambda m: MACROS.get(m.group(1), m.group(0)), out)
    return recache.compile(out)  # re.compile's pattern, kept between processes


@dataclass
class Draft:
    """A frame found at a span, with the numbers it uses."""

    frame: Frame
    start: int
    end: int
    numbers: list[int] = field(default_factory=list)  # starts of the number tags used
    rule: str = ""


Handler = Callable[["Ctx", "re.Match[str]"], list[Draft] | Draft | None]
RULES: list[tuple[str, re.Pattern[str], Handler]] = []
_PRIORITY: dict[str, int] = {}


_NEEDS: dict[str, re.Pattern[str]] = {}


def rule(
    *templates: str, name: str = "", priority: int = 50, needs: str | None = None
) -> Callable[[Handler], Handler]:
    """Register a frame pattern (templates use :data:`MACROS`). Rules run by ``priority``
    (lower first; the more specific frame first), then in definition order; a number used
    by an earlier rule is not used again. ``needs``: a cheap pattern a sentence must contain
    for the rule to be tried at all (keeps long texts fast)."""

    def deco(fn: Handler) -> Handler:
        if needs:
            _NEEDS[name] = recache.compile(needs)
        for t in templates:
            RULES.append((name, _expand(t), fn))
        _PRIORITY[name] = priority
        RULES.sort(key=lambda r: _PRIORITY.get(r[0], 50))
        return fn

    return deco


@dataclass
class Ctx:
    """One sentence being matched, with helpers that fill a frame's slots."""

    doc: Doc
    sent: Span
    index: int
    drafts: list[Draft]
    #: the sentence's closed clauses (:meth:`clauses`), found once on first use
    _inner: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)
    #: the sentence's clause breaks (:meth:`clause_start`), found once on first use
    _breaks: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    # -- tokens
    def tag(self, m: re.Match[str], group: str | int) -> Tag | None:
        try:
            s = m.start(group)
        except IndexError:
            return None
        if s < 0:
            return None
        return self.doc.at.get(s)

    def first(self, m: re.Match[str], group: str | int, *kinds: str) -> Tag | None:
        """The first tag of one of ``kinds`` inside the match's ``group`` (None when the
        group did not take part)."""
        try:
            s, e = m.span(group)
        except IndexError:
            return None
        if s < 0:
            return None
        found = self.doc.tags_in(s, e, *kinds)
        return found[0] if found else None

    def num(self, m: re.Match[str], group: str | int = "n") -> Tag | None:
        return self.first(m, group, "num", "pct", "frac", "ord")

    def text(self, a: int, b: int) -> str:
        return self.doc.folded[a:b]

    # -- subjects
    def subject_before(self, pos: int, *kinds: str) -> Subject | None:
        """The nearest party/person/seat before ``pos`` in the sentence, skipping ones
        inside a closed relative clause or apposition (", who defected from the Tories,");
        a pronoun or "the party" points back to the story's current party or person."""
        kinds = kinds or ("party", "person")
        near = self.doc.folded[max(self.sent.start, pos - 22) : pos]
        if "party" in kinds and _PARTY_WORD_BEFORE.search(near):
            topic = self.sentence_topic(pos)
            if topic is not None:
                return subject_of(
                    topic,
                    f"'{_word(near)}' refers to the party the sentence is about ({topic.text})",
                )
        if "party" in kinds:
            from psephos.claims.round11_wrong13 import pronoun_subject

            said = pronoun_subject(self, pos)  # "and it polled": the sentence's party (round 11)
            if said is not None:
                return said
        cands = [
            t
            for t in self.doc.tags_in(self.sent.start, pos, *kinds)
            if t.end <= pos or t.start < pos
        ]
        inner = self.clauses(pos)
        main = [t for t in cands if not any(a <= t.start < b for a, b in inner)]
        main = _not_objects(self, main)
        pick = (main or cands)[-1] if cands else None
        if pick is not None:
            party = self.party_word(pick)
            if party is not None:
                return party
            return subject_of(pick, "named before the claim in the sentence")
        return self.anaphor(pos, kinds)

    def party_word(self, t: Tag) -> Subject | None:
        """A one-word name typed as a person's surname that is a party name used as an
        adjective ("The Green share", "the Reform candidate"): the party, not the person."""
        if t.kind != "person" or " " in t.text.strip():
            return None
        code = PARTY_ALIASES.get(key(t.text))
        if code is None or not _ADJECTIVE_USE.match(self.doc.folded, t.end):
            return None
        return Subject(
            "party", t.text, t.start, t.end, party=code, how="a party name used as an adjective"
        )

    def sentence_topic(self, pos: int) -> Tag | None:
        """The party a sentence is about at ``pos``: its first party (outside relative
        clauses) unless it opens with "it"/"the party", else the story's party so far."""
        prev = self.doc.topics[self.index - 1] if self.index > 0 and self.doc.topics else None
        if _OPENS_WITH_ANAPHOR.match(self.doc.folded[self.sent.start : self.sent.end]):
            return prev
        inner = self.clauses(pos)
        first = [
            t
            for t in self.doc.tags_in(self.sent.start, pos, "party")
            if not any(a <= t.start < b for a, b in inner)
            # "The 2005 gains from Labour included ..., and the party took Ceredigion": a
            # party named as the object of "from"/"against"/"than" is not what the
            # sentence is about
            and not _OBJECT_OF.search(self.doc.folded, max(self.sent.start, t.start - 12), t.start)
        ]
        if first:
            return first[0]
        return prev

    def clauses(self, pos: int) -> list[tuple[int, int]]:
        """Closed relative clauses and appositions between the sentence start and ``pos``."""
        # the sentence's clauses are found once; those that end by ``pos + 2`` are the
        # ones closed_clauses finds in the sentence cut there (a clause ends at its first
        # comma after the opening one, so cutting the text drops exactly the clauses that
        # end past the cut: tests/test_claims_fastpaths.py)
        end = min(self.sent.end, pos + 2)
        if end < self.sent.start:  # before the sentence (a negative end slices from the back)
            return closed_clauses(self.doc.folded, self.sent.start, end)
        inner = self._inner
        if inner is None:
            inner = self._inner = closed_clauses(self.doc.folded, self.sent.start, self.sent.end)
        return [c for c in inner if c[1] <= end]

    def anaphor(self, pos: int, kinds: tuple[str, ...]) -> Subject | None:
        head = self.doc.folded[self.sent.start : pos + 20]
        topic = self.doc.topics[self.index - 1] if self.index > 0 and self.doc.topics else None
        if "person" in kinds and _PRONOUN.search(head):
            t = self.doc.last_before(self.sent.start, "person")
            if t is not None:
                return subject_of(t, f"pronoun refers to the last person named ({t.text})")
        if "party" in kinds and topic is not None and _PARTY_PRONOUN.search(head):
            return subject_of(
                topic, f"'{_word(head)}' refers to the party the story is on ({topic.text})"
            )
        if "party" in kinds and topic is not None and not head.strip(" ,"):
            return subject_of(
                topic, f"no subject in the sentence: the story's party ({topic.text})"
            )
        return None

    def seat_scope(self, lo: int, hi: int, *, back: bool = True) -> Scope | None:
        """The seat in ``lo..hi`` (nearest first), else in the sentence, else (``back``)
        the last seat named before the sentence when the sentence points back ("there",
        "the seat", "the island") or names no area."""
        here = [t for t in self.doc.tags_in(lo, hi, "seat") if not self._compared(t)]
        if here:
            return seat_scope_of(here[0], "named in the claim")
        sent_seats = [
            t
            for t in self.doc.tags_in(self.sent.start, self.sent.end, "seat")
            if not self._compared(t)
        ]
        if len(sent_seats) >= 1:
            before = [t for t in sent_seats if t.start < hi]
            t = before[-1] if before else sent_seats[0]
            return seat_scope_of(t, "the seat named in the sentence")
        if not back:
            return None
        top: Tag | None = (
            self.doc.seat_topics[self.index - 1]
            if self.index > 0 and self.doc.seat_topics
            else None
        )
        t2 = top or self.doc.last_before(self.sent.start, "seat")
        if t2 is None:
            return None
        word = re.search(
            r"\b(?:the seat|the constituency|this seat|the division|the island|the town|"
            r"the city|there|here|it)\b",
            self.doc.folded[self.sent.start : self.sent.end],
        )
        how = (
            f"'{word.group()}' refers to the last seat named ({t2.text})"
            if word
            else f"the sentence names no seat: the last seat named ({t2.text})"
        )
        return seat_scope_of(t2, how)

    def _compared(self, t: Tag) -> bool:
        """A seat the claim is compared with, not where it is measured: "the second-largest
        swing of the parliament after Wellingborough", "a bigger majority than X"."""
        lo = max(self.sent.start, t.start - 30)
        return _COMPARED_SEAT.search(self.doc.folded, lo, t.start) is not None

    def paragraph_seat(self) -> Tag | None:
        """The seat the paragraph is on: a seat named earlier in the same paragraph (blocks
        between blank lines) when the paragraph names no area."""
        para = self.doc.text.rfind("\n\n", 0, self.sent.start)
        para = 0 if para < 0 else para
        end = self.doc.text.find("\n\n", self.sent.end)
        end = len(self.doc.text) if end < 0 else end
        if self.doc.tags_in(para, end, "area"):
            return None
        named = self.doc.last_before(self.sent.start, "seat", floor=para)
        if named is None and _PARA_SEAT_ANAPHOR.search(self.doc.folded, para, self.sent.start):
            # "the Greens had been third there ... Labour's share fell by 7.5 points": a
            # paragraph that points at a seat before the sentence is on the last seat named
            named = self.doc.last_before(para, "seat")
        return named

    def seat_near(self, pos: int, *, back: bool = False) -> Scope | None:
        """The last seat named before ``pos`` in the sentence, else the first after it;
        else (``back``) the seat the story is on."""
        before = self.doc.tags_in(self.sent.start, pos, "seat")
        if before:
            return seat_scope_of(before[-1], "the nearest seat named before the claim")
        # a seat after the claim counts only in the claim's own clause: in "won 11 seats on
        # 11.5 per cent, but its leader lost Seat X" the share is not Seat X's
        after = self.doc.tags_in(pos, self.clause_break(pos), "seat")
        if after:
            return seat_scope_of(after[0], "the seat named after the claim in the sentence")
        return self.seat_scope(pos, pos, back=back) if back else None

    def just_before(self, pos: int, *measures: str, within: int = 40) -> Draft | None:
        """The claim this sentence stated just before ``pos`` (at most ``within``
        characters before it, nothing but a comma or a few words between), of one of
        ``measures``: "won 11 seats on 11.5 per cent, up four points" reads the share with
        the seat total's scope and the change with the share's."""
        near = [
            d
            for d in self.drafts
            if d.frame.measure in measures
            and 0 <= pos - d.end <= within
            and not _JUST_BEFORE_BREAK.search(self.text(d.end, pos))
        ]
        return max(near, key=lambda d: d.end) if near else None

    def clause_break(self, pos: int) -> int:
        """Where the clause at ``pos`` ends: a semicolon or colon, or a contrast or new
        clause (", but", "while", "although", ", and"), else the sentence end."""
        m = _CLAUSE_BREAK.search(self.doc.folded, pos, self.sent.end)
        return m.start() if m else self.sent.end

    def clause_start(self, pos: int) -> int:
        """Where the clause at ``pos`` begins: after the last semicolon, colon or contrast
        before it, else the sentence start."""
        # the sentence's breaks are found once; the scan cut at ``pos`` finds the same ones
        # that end by ``pos`` unless one runs across it (", and   " cut in its spaces): then
        # the cut text is scanned (tests/test_claims_fastpaths.py)
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = [
                m.span()
                for m in _CLAUSE_BREAK.finditer(self.doc.folded, self.sent.start, self.sent.end)
            ]
        last = self.sent.start
        if pos <= self.sent.end:
            for s, e in breaks:
                if e <= pos:
                    last = e
                    continue
                if s >= pos:
                    return last
                break  # a break across pos
            else:
                return last
            last = self.sent.start
        for m in _CLAUSE_BREAK.finditer(self.doc.folded, self.sent.start, pos):
            last = m.end()
        return last

    def area_scope(self, lo: int, hi: int) -> Scope | None:
        here = self.doc.tags_in(lo, hi, "area")
        if not here:
            return None
        t = here[0]
        return named_area(t)

    def only_area(self) -> Scope | None:
        """The area of the sentence when it names exactly one ("In Scotland, it lost
        none"); None when it names several ("all of them in the East of England and the
        East Midlands": a union, not a scope)."""
        areas = self.doc.tags_in(self.sent.start, self.sent.end, "area")
        if len({t.ref["name"] for t in areas}) != 1:
            return None
        return self.area_scope(self.sent.start, self.sent.end)

    def sentence_area(self) -> Scope | None:
        return self.area_scope(self.sent.start, self.sent.end)

    def stated(self, t: Tag | None) -> Stated | None:
        if t is None or t.q is None:
            return None
        after = self.doc.folded[t.end : t.end + 20]
        rounded = _ROUNDED_UNIT.match(after)
        return t.q.stated(exact=False if rounded else None)

    # -- building frames (every rule family uses these)
    def frame(
        self, measure: str, subject: Subject | None, *, number: Tag | None = None, **kw: Any
    ) -> Frame:
        """A frame; ``number``: the stated figure, whose value and qualifier ("more than")
        give the frame's stated interval and comparator. No subject: unresolved."""
        if number is not None:
            kw.setdefault("stated", self.stated(number))
            kw.setdefault("comparator", self.comparator(number))
        unresolved = list(kw.pop("unresolved", []))
        if subject is None:
            subject = Subject("parliament", resolved=False, how="no subject found")
            if measure not in ("turnout", "electorate"):
                unresolved.append("subject: no party, person or seat found for this claim")
        return Frame(measure=measure, subject=subject, unresolved=unresolved, **kw)

    def draft(
        self,
        m: re.Match[str],
        frame: Frame,
        *nums: Tag | None,
        rule_name: str = "",
        span: tuple[int, int] | None = None,
    ) -> Draft:
        s, e = span or m.span()
        numbers = [t.start for t in nums if t is not None]
        if (
            numbers
            and frame.measure not in _OVER_ELECTIONS
            # the pattern needs "election" (and the clause ends by the sentence end)
            and self.doc.folded.find("election", e, self.sent.end) >= 0
            and _RUN_OF_ELECTIONS.search(self.doc.folded, e, self.clause_break(e))
        ):
            frame.unresolved.append(
                "election: the figure is said of a run of elections ('at every election "
                "until 1970'), not of one"
            )
        if frame.election is None and frame.measure not in _OVER_ELECTIONS:
            self.earlier(frame, s, e)
        self.unsure_party(frame)
        lo = max(self.sent.start, s - 40)
        # the pattern ends in "to ..." at the claim
        cue = (
            _PREDICTION.search(self.doc.folded, lo, s)
            if self.doc.folded.find("to", lo, s) >= 0
            else None
        )
        if cue is not None:
            frame.unresolved.append(
                f"a prediction ('{cue.group().strip()}'), not a result: no results file checks it"
            )
        if (
            frame.scope.level == "uk"
            and not frame.scope.where
            and (not frame.scope.how or frame.scope.how.startswith("no "))
            and frame.measure in _AREA_MEASURES
            and frame.subject.kind in ("party", "parliament")
        ):
            carried = self.carried_area(s, e)
            if carried is not None:
                frame.scope = carried
                if not carried.how.startswith("'"):
                    frame.inferred.append("scope")
        if frame.scope.level == "uk" and frame.scope.how.startswith("no "):
            place = self.unknown_place(e)
            if place:
                frame.unresolved.append(
                    f"scope: '{place}' is not a seat or area the store knows (check the name)"
                )
        return Draft(frame, s, e, numbers, rule_name)

    def unsure_party(self, f: Frame) -> None:
        """ "the party", "its" read as the last party named when that party was named in an
        earlier paragraph and the story opens on another one ("... UKIP was runner-up in 11
        seats.\n\nNationally the party was reduced to eight MPs" in a story about the Lib
        Dems): either may be meant, so the subject is unresolved rather than guessed."""
        subj = f.subject
        if (
            subj.kind != "party"
            or not subj.party
            or subj.start < 0
            or not _PARTY_ANAPHOR_HOW.search(subj.how or "")
        ):
            return
        para = self.doc.text.rfind("\n\n", 0, self.sent.start)
        if para < 0 or subj.start >= para:
            return
        lead = [
            t for t in self.doc.tags_in(0, _lead_end(self.doc.text), "party") if t.ref.get("code")
        ]
        story = lead[0].ref["code"] if lead else None
        if story is None or story == subj.party:
            return
        f.unresolved.append(
            f"subject: '{subj.text}' (named in an earlier paragraph) or the story's party "
            f"({story}): the sentence does not say which"
        )

    def area_list(self, lo: int, hi: int) -> Scope | None:
        """Several areas listed together in ``lo..hi`` ("across London, the South East, the
        South West and the East of England"): the set of seats in any of them."""
        areas = self.doc.tags_in(lo, hi, "area")
        best: list[Tag] = []
        run: list[Tag] = []
        for t in areas:
            if run and (
                t.ref["level"] != run[-1].ref["level"]
                or not _LIST_SEP.fullmatch(self.doc.folded[run[-1].end : t.start])
            ):
                run = []
            run.append(t)
            if len(run) > len(best):
                best = list(run)
        if len(best) < 2 or best[0].ref["level"] not in ("region", "country"):
            return None
        if _WHERE_THEY_ARE.search(self.doc.folded, max(0, best[0].start - 40), best[0].start):
            return None  # "won four seats, all of them in Wales and Scotland": where, not a scope
        names = ",".join(dict.fromkeys(t.ref["name"] for t in best))
        return Scope(
            level="seats",
            where=[f"{best[0].ref['level']}={names}"],
            how=f"'{self.doc.text[best[0].start : best[-1].end]}' in the sentence",
        )

    def carried_area(self, start: int, end: int) -> Scope | None:
        """The area a claim with no area of its own is about, or None (the UK):

        - a list of areas in its clause: the union ("across London and the South East");
        - "the region", "the nation", "the province" in its sentence: the last area of that
          kind named before;
        - else the last area named earlier in the paragraph (a paragraph opening "In
          Scotland, ...": its later sentences are about Scotland) when no seat or other area
          is named between; a nation (Scotland, Wales, Northern Ireland) also carries across
          paragraphs while every seat named between is in it. A new area, or a seat outside
          it, resets the reading to the UK."""
        lo, hi = self.clause_start(start), self.clause_break(end)
        union = self.area_list(lo, hi)
        if union is not None:
            return union
        sent = self.doc.folded[self.sent.start : self.sent.end]
        ana = _AREA_ANAPHOR.search(sent)
        if ana is not None and not re.search(
            r"\b(?:whole|entire|rest of)\s+$", sent[: ana.start()]
        ):
            level = "region" if ana.group(1) == "region" else "country"
            t = self._last_area(self.sent.start, level)
            if t is not None:
                return Scope(
                    level=t.ref["level"],
                    name=t.ref["name"],
                    how=f"'{ana.group()}' refers to the last {ana.group(1)} named ({t.text})",
                )
        if re.search(
            r"\b(?:nationally|national|overall|uk-wide|across the country|in the country)\b", sent
        ):
            return None
        t = self.doc.last_before(self.sent.start, "area")
        while t is not None and _COMPARED_IN.search(self.doc.folded, max(0, t.start - 40), t.start):
            # "the narrowest result anywhere in the UK": a comparison, not a new topic
            t = self.doc.last_before(t.start, "area")
        while (
            t is not None
            and t.ref["name"] in _COUNTRY_OF_CODE
            and not self._area_topic(t)
            and (back := self.doc.last_before(t.start, "area")) is not None
            and back.ref["name"] == t.ref["name"]
        ):
            # "their Scottish high-water mark", "20 Scottish seats": an adjective of the
            # nation named before is not a new topic (round 6c)
            t = back
        if t is None or t.ref["level"] not in ("region", "country") or not self._area_topic(t):
            return None
        para = self.doc.text.rfind("\n\n", 0, self.sent.start)
        between = [
            b
            for b in self.doc.tags_in(t.end, start, "seat", "area")
            if b.kind == "seat"
            or not _COMPARED_IN.search(self.doc.folded, max(0, b.start - 40), b.start)
        ]
        if para < t.start:
            if between:
                return None
            how = f"the paragraph is on {t.text} (named earlier in it)"
        else:
            # across paragraphs only a nation the story opens on (headline or first
            # paragraph): "Northern Ireland will send ...", then "Turnout was 65.6 per cent"
            country = _COUNTRY_OF_CODE.get(t.ref["name"])
            if (
                country is None
                or not any(
                    a.ref["name"] == t.ref["name"] and self._area_topic(a)
                    for a in self.doc.tags_in(0, _lead_end(self.doc.text), "area")
                )
                or any(
                    (b.kind == "area" and b.ref["name"] != t.ref["name"])
                    or (b.kind == "seat" and _seat_country(b) != country)
                    for b in between
                )
            ):
                return None
            how = f"the story is on {t.text} (named earlier; no area or seat elsewhere since)"
        return Scope(level=t.ref["level"], name=t.ref["name"], how=how)

    def _area_topic(self, t: Tag) -> bool:
        """Whether the area ``t`` is named as what the text is about ("In Scotland, ...",
        "Across London", "Northern Ireland will send ...") rather than as a qualifier
        ("Northern Ireland's Democratic Unionist Party", "a Welsh seat")."""
        after = self.doc.typed[t.end : t.end + 30]
        if _AREA_POSSESSIVE.match(after):
            return False
        if _AREA_ADJECTIVE.match(after):
            return False  # "Scottish Labour", "Welsh seats": an adjective
        before = self.doc.folded[max(0, t.start - 40) : t.start]
        return bool(_AREA_AFTER_PREP.search(before) or _AREA_OPENS.search(before))

    def _last_area(self, pos: int, level: str) -> Tag | None:
        i = pos
        while True:
            t = self.doc.last_before(i, "area")
            if t is None:
                return None
            if t.ref["level"] == level and (
                level != "country" or t.ref["name"] in _COUNTRY_OF_CODE
            ):
                return t
            i = t.start

    def earlier(self, f: Frame, start: int, end: int) -> None:
        """A claim said of an earlier election than the story's: "Two years ago she had
        captured the seat", "won back X, two years after losing it" (the losing). Within
        one parliament (at most five years back) that is the previous general election;
        further back the election is left unresolved rather than read as the story's. A
        year named in the clause dates the claim itself (resolution), so it is left alone;
        "N years earlier" after the claim is resolution's too."""
        # every cue below needs "time", "election" or "year" in the windows it reads, which
        # lie in start - 60 .. end + 40: most claims have none of them there
        folded = self.doc.folded
        a, b = max(0, start - 60), end + 40
        if (
            folded.find("time", a, b) < 0
            and folded.find("election", a, b) < 0
            and folded.find("year", a, b) < 0
        ):
            return
        lo = max(self.clause_start(start), start - 60)
        hi = min(self.clause_break(end), end + 40)
        inner = self.clauses(end)
        before = _LAST_TIME_ANY.search(self.doc.folded, lo, start)
        if before is not None and any(a <= before.start() < b for a, b in inner):
            before = None  # "X, which it held last time, went to Y": the clause's own time
        if f.measure not in _AGAINST_BASELINE and (
            before is not None or _LAST_TIME.match(self.doc.folded, end, hi)
        ):
            # "Labour came third here last time": the previous general election
            f.election = "previous"
            f.notes.append("'last time': the previous election")
            return
        # both scans need "year" in the window: most claims have none, and the patterns
        # start at every word
        if self.doc.folded.find("year", lo, start) < 0:
            return
        inner = self.clauses(start)
        cue = None
        for mm in _YEARS_BACK.finditer(self.doc.folded, lo, start):
            if not any(a <= mm.start() < b for a, b in inner):
                cue = mm if mm.group("w") != "after" else None
        # "N years after losing it": the claim's verb is the earlier event
        after = _YEARS_AFTER.search(self.doc.folded, max(lo, start - 30), start)
        hit = after or cue
        if hit is None or (hit is cue and _time_of_baseline(self.doc.folded, cue, start)):
            return
        if any(
            not any(a <= y.start < b for a, b in self.clauses(end))
            for y in self.doc.tags_in(self.clause_start(start), self.clause_break(end), "year")
        ):
            return
        word = hit.group("n")
        k = parse_number(word)
        if k is not None and 0 < k <= 5:
            f.election = "previous"
            f.notes.append(f"'{word} years' before the story's election: the previous election")
        else:
            f.unresolved.append(
                f"election: said of an earlier election ('{word} years' back), not the story's"
            )

    def unknown_place(self, pos: int) -> str | None:
        """A capitalised name right after ``pos`` ("... per cent in Richmond Yorks") that
        is not a seat, area, party or person: a place the claim is about but which is
        not resolved (the claim is then not read as national)."""
        m = _PLACE_AFTER.match(self.doc.text, pos, self.clause_break(pos))
        if m is None or m.group(1).split()[0].lower() in _NOT_PLACES:
            return None
        if self.doc.tags_in(m.start(1), m.end(1)):
            return None
        return m.group(1)

    def clause_end(self, pos: int, limit: int) -> int:
        """The end of the clause at ``pos`` (the next comma, semicolon or colon), at most
        ``limit`` characters on."""
        m = _CLAUSE_PUNCT.search(self.doc.folded[pos : min(self.sent.end, pos + limit)])
        return pos + m.start() if m else min(self.sent.end, pos + limit)

    def inherit_scope(self) -> Scope | None:
        prev = [
            d
            for d in self.drafts
            if d.frame.scope.level not in ("uk",)
            and d.frame.measure in ("seats", "share", "change")
        ]
        return prev[-1].frame.scope if prev else None

    @staticmethod
    def noun_metric(noun: str) -> str | None:
        n = noun.lower().strip()
        # the nouns longest first, each as a compiled whole-word pattern (made once); a
        # noun not in the text as a substring cannot match as a word
        for k, rx, v in _noun_patterns():
            if k in n and rx.search(n):
                return v
        return None

    @staticmethod
    def comparator(t: Tag | None) -> str:
        if t is None or t.q is None:
            return "eq"
        q = " ".join(t.q.qualifier.lower().split())
        return {
            "more than": "gt",
            "over": "gt",
            "above": "gt",
            "well over": "gt",
            "at least": "ge",
            "no fewer than": "ge",
            "fewer than": "lt",
            "less than": "lt",
            "under": "lt",
            "below": "lt",
            "well under": "lt",
            "at most": "le",
            "no more than": "le",
            "up to": "le",
            "nearly": "nearly",
            "almost": "nearly",
            "close to": "nearly",
            "just under": "nearly",
            "just over": "just_over",
            "a little over": "just_over",
            "about": "about",
            "around": "about",
            "roughly": "about",
            "approximately": "about",
            "some": "about",
            "almost exactly": "about",
            # a threshold said with a verb (numbers._QUAL_WORDS, round 8)
            **dict.fromkeys(THRESHOLD_VERBS, "gt"),
            "fell short of": "lt",
            "failed to reach": "lt",
        }.get(q, "eq")

    @staticmethod
    def outcome_word(text: str) -> str | None:
        t = " ".join(text.lower().split())
        for rx, word in _OUTCOME_WORDS:
            if rx.search(t):
                return word
        return None

    @staticmethod
    def subject_of(t: Tag, how: str) -> Subject:
        return subject_of(t, how)

    @staticmethod
    def seat_scope_of(t: Tag, how: str) -> Scope:
        return seat_scope_of(t, how)


# the Ctx helpers' patterns, compiled once (each ran as re.search(str, ...) per call)
#: Ctx.outcome_word's patterns, in the order they are tried
_OUTCOME_WORDS = [
    (
        re.compile(r"\b(?:won back|win back|wins back|took back|regain\w*|recaptur\w*|retook)\b"),
        "won_back",
    ),
    (
        re.compile(r"\b(?:held|hold\w*|retain\w*|kept|keeps|clung|hung on|defend\w*|surviv\w*)\b"),
        "held",
    ),
    (re.compile(r"\b(?:lost|los\w*|fell to|falls to)\b"), "lost"),
    (
        re.compile(
            r"\b(?:gain\w*|took|taken|takes|captur\w*|seiz\w*|snatch\w*|grab\w*|unseat\w*|oust\w*|overturn\w*)\b"
        ),
        "gained",
    ),
    (
        re.compile(
            r"\b(?:won|win\w*|romped|home|beat\w*|defeat\w*|clinch\w*|secur\w*|elected|returned|bagged)\b"
        ),
        "won",
    ),
]
_NOUN_PATTERNS: list[tuple[int, int, list[tuple[str, re.Pattern[str], str]]]] = []


def _noun_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    """Ctx.noun_metric's nouns longest first (a stable sort of the lexicon's order), each
    with its whole-word pattern; made again if the lexicon is replaced or grows."""
    nouns = lx.SUPERLATIVE_NOUNS
    if not _NOUN_PATTERNS or _NOUN_PATTERNS[0][:2] != (id(nouns), len(nouns)):
        made = [
            (k, re.compile(rf"\b{re.escape(k)}\b"), v)
            for k, v in sorted(nouns.items(), key=lambda kv: -len(kv[0]))
        ]
        _NOUN_PATTERNS[:] = [(id(nouns), len(nouns), made)]
    return _NOUN_PATTERNS[0][2]


_PARTY_WORD_BEFORE = re.compile(r"\b(?:the party'?s?|its|their)\s*(?:\w+\s+){0,3}$")
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b")
_OBJECT_OF = re.compile(r"\b(?:from|against|than|over|behind)\s+(?:the\s+)?$")
_PARTY_PRONOUN = re.compile(r"\b(?:the party|its|it|they|their|them)\b")
_ROUNDED_UNIT = re.compile(r"\s*(?:percentage\s+)?(?:points?|per\s?cent|percent|%|pc\b)")
_JUST_BEFORE_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|although)\b")
_CLAUSE_PUNCT = re.compile(r"[,;:]")
_AREA_POSSESSIVE = re.compile(
    r"(?:'s?|\u2019s?)\s+(?:\w+\s+){0,3}?[" + MARK["party"] + MARK["person"] + "]"
)
_AREA_ADJECTIVE = re.compile(
    r"\s+(?:" + MACROS["P"] + r"|seats?|constituenc|mps?\b|voters|candidates)"
)
_AREA_AFTER_PREP = re.compile(r"\b(?:in|across|throughout|around|for|of|within)\s+(?:the\s+)?$")
_AREA_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n)\s*(?:the\s+)?$")

#: "at every post-war general election", "in each election since": a figure held over a run
_RUN_OF_ELECTIONS = re.compile(
    r"\b(?:at|in)\s+(?:every|each|all(?:\s+the)?)\s+(?:[\w-]+\s+){0,3}?elections?\b"
)
#: measures a party can have in an area (a claim with no area of its own may carry one)
_AREA_MEASURES = {
    "share",
    "votes",
    "seats",
    "change",
    "net_change",
    "gains_from",
    "ratio",
    "turnout",
    "swing",
    "margin",
    "candidates",
    "electorate",
    "placing",
}
_WHERE_THEY_ARE = re.compile(
    r"\b(?:all|both|most|many|each|none|several)\b[^,.;]{0,20}\bin\s+(?:the\s+)?$"
    r"|\b(?:them|those|these|which)\s+(?:\w+\s+)?in\s+(?:the\s+)?$"
)
_COMPARED_IN = re.compile(
    r"\b(?:anywhere|any\s+(?:other\s+)?(?:seat|party|constituency)|of\s+all)\s+(?:\w+\s+)?"
    r"(?:in|across)\s+(?:the\s+)?$"
)
_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")
_AREA_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(region|nation|province)\b")
#: the nations a seat's ONS code prefix names (E14/W07/S14/N06)
_COUNTRY_OF_CODE = {"England": "E", "Wales": "W", "Scotland": "S", "Northern Ireland": "N"}


#: words that make what follows a forecast, not a result ("widely tipped to be wiped out",
#: "expected to win 40 seats", "on course to take"), right before the claim
_PREDICTION = re.compile(
    r"\b(?:tipped|expected|forecast|predicted|projected|poised|likely|unlikely|tip|"
    r"on\s+course|feared|hoping|hoped|hopes|aiming|aims|aimed|needs?|needed)\s+(?:\w+\s+)?"
    r"to\s+(?:be\s+)?(?:\w+\s+)?$"
)
#: a phrase that points at the seat last named ("there" not as "there was/is ...")
#: the words before a seat named as the thing a claim is compared with ("the second-largest
#: swing after X", "a bigger majority than X", "behind X")
_COMPARED_SEAT = re.compile(
    r"\b(?:after|behind|than|ahead\s+of|bar|except|outside|other\s+than|compared\s+(?:with|to))"
    r"\s+(?:the\s+)?$"
)
_PARA_SEAT_ANAPHOR = re.compile(
    r"\b(?:the\s+seat|the\s+constituency|this\s+seat|here)\b|\bthere\b(?!\s+(?:is|was|were|are|"
    r"has|had|have|will|would|could|may|might|seemed|seems|appears|appeared|remains|remained)\b)"
)


def _lead_end(text: str) -> int:
    """The end of a story's opening: its headline and first paragraph."""
    body = text.lstrip()
    off = len(text) - len(body)
    first = body.find("\n\n")
    if first < 0:
        return len(text)
    second = body.find("\n\n", first + 2)
    return off + (second if second >= 0 else len(body))


def _seat_country(t: Tag) -> str | None:
    codes = {str(c)[:1] for c in (t.ref.get("codes") or {}).values() if c}
    return codes.pop() if len(codes) == 1 else None


#: "two years ago", "three years earlier": a claim about an earlier election
_YEARS_BACK = re.compile(
    r"\b(?P<n>[a-z]+|\d+)\s+years?\s+(?P<w>ago|earlier|before|previously|after)\b"
)
_ADJECTIVE_USE = re.compile(
    r"\s+(?:share|vote|votes|candidate|candidates|mp|mps|gain|gains|hold|holds|seat|seats|"
    r"surge|tally|total|majority|challenger|victory|win|leader)\b"
)
_PARTY_ANAPHOR_HOW = re.compile(
    r"refers to the party|no subject in the sentence: the story's party"
)
#: measures that compare with an earlier election ("up five points on last time")
_AGAINST_BASELINE = {"change", "net_change", "swing", "ratio", "gains_from"}
_LAST_TIME = re.compile(
    r"(?:\s*,?\s*(?:\w+\s+){0,2}?)?\b(?:last\s+time|at\s+the\s+(?:last|previous)\s+(?:general\s+)?"
    r"election|the\s+time\s+before|in\s+the\s+previous\s+(?:general\s+)?election)\b"
)
#: the same words anywhere (a search needs no leading words: same answer, no backtracking)
_LAST_TIME_ANY = re.compile(
    r"\b(?:last\s+time|at\s+the\s+(?:last|previous)\s+(?:general\s+)?election|the\s+time\s+before|"
    r"in\s+the\s+previous\s+(?:general\s+)?election)\b"
)
_YEARS_AFTER = re.compile(r"\b(?P<n>[a-z]+|\d+)\s+years?\s+after\s+$")
#: measures that are themselves about a run of elections
_OVER_ELECTIONS = {"every_since", "first_since", "record", "tenure"}
_PLACE_AFTER = re.compile(
    r"\s+(?:of\s+the\s+vote\s+)?in\s+((?:[A-Z][\w'\u2019()-]*)(?:\s+(?:and\s+|upon\s+|on\s+)?"
    r"[A-Z(][\w'\u2019()-]*)*)"
)
_NOT_PLACES = {
    *MONTHS,
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "parliament",
    "westminster",
    "the",
    "total",
    "all",
}
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:and\s+|but\s+|while\s+|whereas\s+|although\s+|though\s+|yet\s+)|"
    r"\s(?:but|while|whereas|although|though)\s"
)
_CLAUSE = re.compile(
    r",\s*(?:who|which|where|whose|then|a|an|the|now|once|first|in|despite|"
    r"still|standing|having|elected|aged|formerly|previously|"
    # a participle apposition: "Stafford, lost by David Cameron when he stood there in
    # 1997, went to ..." (its year and people are the clause's, not the claim's)
    r"(?:lost|won|taken|gained|captured|fought|contested)\s+by)\b[^,;:]{0,80},"
)


def _time_of_baseline(folded: str, cue: re.Match[str], start: int) -> bool:
    """ "nearly trebled the Liberal share of four years before, to 24.5 per cent": "of N
    years before" dates the noun it follows (the share the change starts from), and the
    figure after "to" is the end of the change, at the story's election (round 6b,
    WRONG-B: read at the earlier election, a true end figure was called false)."""
    return bool(
        re.search(r"\bof\s+$", folded[max(0, cue.start() - 4) : cue.start()])
        and re.match(r"\s*to\b", folded[start : start + 4])
    )


def closed_clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Closed relative clauses and appositions (", who defected in March,", ", first
    elected in 2015,") in ``folded[start:end]``: a claim's subject and date are not
    taken from inside them. A pure function of its arguments, kept for the last folded
    text (every sentence's clauses are asked for again by the second reading of an
    unsettled story, and by resolution; round 10)."""
    got = _CLAUSES[0] if _CLAUSES else None  # one tuple, swapped whole: thread-safe
    if got is None or not (got[0] is folded or got[0] == folded):
        got = (folded, {})
        _CLAUSES[:] = [got]
    found = got[1].get((start, end))
    if found is None:
        found = got[1][start, end] = tuple(_closed_clauses(folded, start, end))
    return list(found)


_CLAUSES: list[tuple[str, dict[tuple[int, int], tuple[tuple[int, int], ...]]]] = []


def _closed_clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`closed_clauses` computed."""
    found = [(start + m.start(), start + m.end()) for m in _CLAUSE.finditer(folded[start:end])]
    # round 9 (WRONG): "won back the seat they lost in 1997, by 1,747" (the loss's year and
    # verb), "Battersea - which Labour first won in 1997 - went to ..." (dashes, brackets)
    return sorted(found + round9_wrong.side_clauses(folded, start, end))


def _not_objects(ctx: Ctx, tags: list[Tag]) -> list[Tag]:
    """``tags`` without those named as the object of "than"/"from"/"against"/"over"/
    "behind" ("polled more votes than Labour in the region ... and took Castle Point": the
    taker is the Conservatives), unless every one is such an object."""
    kept = [
        t
        for t in tags
        if not _OBJECT_OF.search(ctx.doc.folded, max(ctx.sent.start, t.start - 12), t.start)
        # "... over the Brexit Party, which took 29 per cent": the relative's own subject
        or _RELATIVE_AFTER.match(ctx.doc.folded, t.end)
    ]
    return kept or tags


_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who|whose)\b")


def _word(head: str) -> str:
    m = re.search(r"\b(the party|its|it|they|their|them|the \w+ party)\b", head)
    return m.group() if m else head.strip()[:20]


def subject_of(t: Tag, how: str) -> Subject:
    if t.kind == "party":
        return Subject("party", t.text, t.start, t.end, party=t.ref["code"], how=how)
    if t.kind == "person":
        cand = {k: t.ref.get(k) for k in ("name", "key", "member_id") if t.ref.get(k) is not None}
        return Subject(
            "candidate",
            t.text,
            t.start,
            t.end,
            candidate=cand or {"name": t.text},
            how=f"{how}; {t.how}",
            resolved=bool(t.ref.get("resolved")),
        )
    if t.kind == "seat":
        return Subject("seat", t.text, t.start, t.end, seat=_seat_ref(t), how=how)
    if t.kind == "group":
        return Subject("group", t.text, t.start, t.end, group=t.ref["group"], how=how)
    return Subject("parliament", t.text, t.start, t.end, how=how)


def _seat_ref(t: Tag) -> dict[str, Any]:
    return {"name": t.ref.get("name"), "codes": t.ref.get("codes", {})}


def seat_scope_of(t: Tag, how: str) -> Scope:
    return Scope(level="seat", name=t.ref.get("name"), seat=_seat_ref(t), how=how)


def named_area(t: Tag) -> Scope:
    """The scope of an area (region, nation, GB/UK) the claim names."""
    return Scope(level=t.ref["level"], name=t.ref["name"], how=f"'{t.text}' in the claim")


def uk_default() -> Scope:
    """The scope of a claim that names no area: the UK (marked so evaluation knows)."""
    return Scope(level="uk", how="no area named: the UK")
