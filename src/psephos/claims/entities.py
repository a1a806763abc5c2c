"""Finding the seats, people, parties and roles a text names, and resolving them
conservatively.

Rules (each mention records which one applied in ``Mention.how``):

- exact name: a capitalised run (or part of one) whose key is a seat, candidate or party
  name in the store;
- typo-tolerant: no exact match, but rapidfuzz's ``ratio`` against the name list is at
  least 90 (persons: two words or more; seats: six letters or more);
- title + surname ("Mr Streeting"): the one person with that surname named earlier in the
  text; if nobody was, the mention is left unresolved (a candidate list is attached);
- role ("the Health Secretary"): only when the text ties it to a name by apposition
  ("Health Secretary, Wes Streeting"); otherwise unresolved.

Pronouns are never resolved here; a claim whose subject is a pronoun says so.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from psephos.claims import round9_wrong
from psephos.claims.gazetteer import Gazetteer
from psephos.claims.model import Mention
from psephos.claims.text import Span, capitalised_runs_once, key

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"}
_ROLE_END = {"secretary", "minister", "chancellor", "leader", "speaker", "whip"}
_SEAT_CUTOFF = 90.0
_PERSON_CUTOFF = 90.0
_MAX_WORDS = 7


def _tokens(span: Span) -> list[tuple[int, int, str]]:
    return [
        (span.start + m.start(), span.start + m.end(), m.group())
        for m in re.finditer(r"[^\s]+", span.text)
    ]


def _first_words(gaz: Gazetteer) -> frozenset[str]:
    """The first word of every seat, person and party key (kept on the gazetteer)."""
    cached: frozenset[str] | None = getattr(gaz, "_first_words", None)
    if cached is None:
        cached = frozenset(
            k.split(" ", 1)[0] for names in (gaz.seats, gaz.people, gaz.parties) for k in names
        )
        gaz._first_words = cached  # type: ignore[attr-defined]
    return cached


def _next_role(tkeys: list[str]) -> list[int | None]:
    """For each token, the index of the first token from it on that ends a role."""
    out: list[int | None] = [None] * len(tkeys)
    nxt: int | None = None
    for j in range(len(tkeys) - 1, -1, -1):
        if tkeys[j] in _ROLE_END:
            nxt = j
        out[j] = nxt
    return out


def _fuzzy_keys(gaz: Gazetteer) -> tuple[list[str], list[str]]:
    """The person keys and the seat keys of six letters or more (kept on the gazetteer)."""
    cached: tuple[list[str], list[str]] | None = getattr(gaz, "_fuzzy_keys", None)
    if cached is None:
        cached = (list(gaz.people), [k for k in gaz.seats if len(k) >= 6])
        gaz._fuzzy_keys = cached  # type: ignore[attr-defined]
    return cached


def best_matches(
    queries: list[str], choices: list[str], cutoff: float
) -> dict[str, tuple[str, float] | None]:
    """For each distinct query, the choice with the highest rapidfuzz ``ratio`` at or above
    ``cutoff`` (the first such choice on a tie) and its score, else None: the answer of
    ``process.extractOne(q, choices, scorer=fuzz.ratio, score_cutoff=cutoff)``.

    The queries are scored in batches by ``process.cdist`` (choices converted once per
    batch, not once per query: ten times faster), rounded to whole numbers; the few
    choices within a point of the cutoff are then rescored exactly."""
    import numpy as np
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    todo = list(dict.fromkeys(queries))
    out: dict[str, tuple[str, float] | None] = {}
    for at in range(0, len(todo), _BATCH):
        batch = todo[at : at + _BATCH]
        scores = cdist(
            batch,
            choices,
            scorer=fuzz.ratio,
            score_cutoff=max(0.0, cutoff - 1),
            dtype=np.uint8,
            workers=1,
        )
        for q, row in zip(batch, scores, strict=True):
            best: tuple[str, float] | None = None
            for j in np.flatnonzero(row).tolist():
                score = fuzz.ratio(q, choices[j])
                if score >= cutoff and (best is None or score > best[1]):
                    best = (choices[j], score)
            out[q] = best
    return out


_BATCH = 256


def find_mentions(text: str, gaz: Gazetteer, *, election: str) -> list[Mention]:
    """Every seat, person, party and role mention in ``text``, in order, resolved where the
    rules above allow."""
    mentions: list[Mention] = []
    heads = _first_words(gaz)
    runs = capitalised_runs_once(text)
    titled = _Titled(runs, mentions)
    for run in runs:
        toks = _tokens(run)
        # the key of tokens i..j is the keys of the tokens joined (key() works word by word),
        # so a start whose first word begins no name in the store is skipped at once
        tkeys = [key(t[2]) for t in toks]
        roles = _next_role(tkeys)
        i = 0
        while i < len(toks):
            found = None
            first = next((k for k in tkeys[i : i + _MAX_WORDS] if k), "")
            if first.split(" ", 1)[0] in heads:
                for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
                    s, e = toks[i][0], toks[i + n - 1][1]
                    k = " ".join(x for x in tkeys[i : i + n] if x)
                    found = _exact(k, text[s:e], s, e, gaz, election, mentions)
                    if found:
                        mentions.append(found)
                        i += n
                        break
            if found:
                continue
            # title + a full name the store holds ("Sir Peter Bottomley", "Dame Margaret Hodge")
            if toks[i][2].lower().rstrip(".") in TITLES and i + 2 < len(toks):
                named = _titled_full_name(toks, tkeys, i, text, gaz, election)
                if named is not None:
                    mentions.append(named[0])
                    i = named[1]
                    continue
            # title + surname
            if toks[i][2].lower().rstrip(".") in TITLES and i + 1 < len(toks):
                s, e = toks[i][0], toks[i + 1][1]
                mentions.append(titled.mention(text[s:e], s, e, key(toks[i + 1][2]), gaz, election))
                i += 2
                continue
            # a role ending in Secretary/Minister/...: the whole run up to that word
            role_end = roles[i]
            if role_end is not None and toks[i][2][0].isupper():
                s, e = toks[i][0], toks[role_end][1]
                mentions.append(_role(text, text[s:e], s, e))
                i = role_end + 1
                continue
            i += 1
    # typo-tolerant pass over runs that matched nothing (each distinct run once, matched
    # in batches: :func:`best_matches`)
    covered = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in covered]
    loose: list[tuple[Span, str]] = []
    for run in runs:
        i = bisect.bisect_left(starts, run.end) - 1
        if (
            i >= 0
            and covered[i][1] > run.start
            or any(s < run.end and run.start < e for s, e in covered[max(0, i - 3) : i + 1])
        ):
            continue
        run = round9_wrong.without_opening_word(run)  # "In Sutton" is not "Ian Sutton"
        if run is not None:
            loose.append((run, key(run.text)))
    person_keys, seat_keys = _fuzzy_keys(gaz)
    person_cache = best_matches(
        [k for _, k in loose if len(k.split()) >= 2], person_keys, _PERSON_CUTOFF
    )
    seat_cache = best_matches(
        [k for _, k in loose if len(k) >= 6 and person_cache.get(k) is None],
        seat_keys,
        _SEAT_CUTOFF,
    )
    for run, k in loose:
        if len(k.split()) >= 2:
            best = person_cache[k]
            if best:
                m = _person(
                    best[0],
                    run.text,
                    run.start,
                    run.end,
                    gaz,
                    election,
                    how=f"typo-tolerant match to '{gaz.people[best[0]][0]['name']}' "
                    f"(score {best[1]:.0f})",
                )
                mentions.append(m)
                continue
        if len(k) >= 6:
            best = seat_cache[k]
            if best:
                mentions.append(
                    _seat(
                        best[0],
                        run.text,
                        run.start,
                        run.end,
                        gaz,
                        how=f"typo-tolerant match (score {best[1]:.0f})",
                    )
                )
    mentions.sort(key=lambda m: m.start)
    return link_roles(mentions)


def _titled_full_name(
    toks: list[tuple[int, int, str]],
    tkeys: list[str],
    i: int,
    text: str,
    gaz: Gazetteer,
    election: str,
) -> tuple[Mention, int] | None:
    """A title (token ``i``) followed by a person's full name in the store, the longest of
    two or three words: the mention spans the title and the name ("Sir Peter Bottomley"; a
    knight or dame is "Sir Forename Surname", not "Sir Surname"), and the index after it."""
    for n in (3, 2):
        if i + n >= len(toks):
            continue
        k = " ".join(x for x in tkeys[i + 1 : i + 1 + n] if x)
        if k in gaz.people and len(k.split()) >= 2:
            s, e = toks[i][0], toks[i + n][1]
            return _person(k, text[s:e], s, e, gaz, election, how="title and exact name"), i + 1 + n
    return None


def _exact(
    k: str, raw: str, s: int, e: int, gaz: Gazetteer, election: str, earlier: list[Mention]
) -> Mention | None:
    if k in gaz.seats:
        return _seat(k, raw, s, e, gaz, how="exact name")
    if k in gaz.people and len(k.split()) >= 2:
        return _person(k, raw, s, e, gaz, election, how="exact name")
    if k in gaz.parties and (len(k) > 3 or raw.isupper()):
        code = gaz.parties[k]
        return Mention(
            "party",
            raw,
            s,
            e,
            {"party_code": code, "name": gaz.party_names.get(code, code)},
            "exact party name",
        )
    return None


def _seat(k: str, raw: str, s: int, e: int, gaz: Gazetteer, *, how: str) -> Mention:
    rows = gaz.seats[k]
    return Mention(
        "seat",
        raw,
        s,
        e,
        {"name": rows[0]["name"], "codes": {r["boundary_set"]: r["ons_code"] for r in rows}},
        how,
    )


def _person(
    k: str, raw: str, s: int, e: int, gaz: Gazetteer, election: str, *, how: str
) -> Mention:
    cands = gaz.people[k]
    members = {c["member_id"] for c in cands if c["member_id"] is not None}
    in_election = [c for c in cands if c["election_id"] == election]
    if len(in_election) > 1 or len(members) > 1:
        return Mention(
            "person",
            raw,
            s,
            e,
            {"name": cands[0]["name"], "candidacies": cands[:6]},
            "several candidates share this name; not guessed",
            resolved=False,
        )
    # Every candidacy of the name, newest first: a claim is checked against the one at the
    # election its sentence names (several at that election: not guessed, see
    # checks._candidacy).
    ref: dict[str, Any] = {
        "name": cands[0]["name"],
        "key": k,
        "member_id": next(iter(members), None),
        "candidacies": cands,
    }
    return Mention("person", raw, s, e, ref, how)


class _Titled:
    """Title + surname ("Mr Streeting"), resolved against what the text named before it.

    Indexes instead of scans (a long text has thousands of titles): the resolved people
    named so far by surname, grown as ``mentions`` grows, and the first run that names
    each surname in full."""

    def __init__(self, runs: list[Span], mentions: list[Mention]) -> None:
        self.runs = runs
        self.mentions = mentions
        self.seen = 0
        self.named: dict[str, dict[Any, Mention]] = {}
        self.intro: dict[str, Span] | None = None

    def _named(self, surname: str) -> dict[Any, Mention]:
        for m in self.mentions[self.seen :]:
            if m.kind == "person" and m.resolved:
                last = m.ref.get("key", "").split()[-1:]
                if last:
                    self.named.setdefault(last[0], {})[m.ref.get("key")] = m
        self.seen = len(self.mentions)
        return self.named.get(surname, {})

    def _intro(self, surname: str) -> Span | None:
        if self.intro is None:
            self.intro = {}
            for r in self.runs:
                if len(r.text.split()) < 2:
                    continue
                words = key(r.text).split()
                if words and words[0] not in TITLES:
                    self.intro.setdefault(words[-1], r)
        return self.intro.get(surname)

    def mention(
        self, raw: str, s: int, e: int, surname: str, gaz: Gazetteer, election: str
    ) -> Mention:
        named = self._named(surname)
        if len(named) == 1:
            prev = next(iter(named.values()))
            return Mention(
                "person",
                raw,
                s,
                e,
                prev.ref,
                f"title + surname of {prev.ref['name']}, named earlier in the text",
            )
        first = self._intro(surname)
        if first is not None and first.start < s:
            return Mention(
                "person",
                raw,
                s,
                e,
                {"name": first.text},
                f"refers to {first.text}, named earlier, who is not a candidate in the data",
                resolved=False,
            )
        pool = [
            c["name"]
            for k in gaz.surnames.get(surname, ())
            for c in gaz.people[k]
            if c["election_id"] == election
        ]
        hint = (
            f"; candidates in {election} with this surname: {', '.join(sorted(set(pool)))}"
            if pool
            else ""
        )
        return Mention(
            "person",
            raw,
            s,
            e,
            {"suggestions": sorted(set(pool))},
            f"no one with this surname is named earlier in the text{hint}",
            resolved=False,
        )


_COMMA = re.compile(r"\s*,\s*")


def _role(text: str, raw: str, s: int, e: int) -> Mention:
    after = _COMMA.match(text, e)
    ref: dict[str, Any] = {"role": raw, "pending_at": after.end() if after else None}
    return Mention("role", raw, s, e, ref, "role", resolved=False)


def link_roles(mentions: list[Mention]) -> list[Mention]:
    """Resolve role mentions: an apposition takes the person mention that starts where it
    points; later mentions of the same role take the same person."""
    out: list[Mention] = []
    ties: dict[str, dict[str, Any]] = {}
    by_start = {m.start: m for m in mentions if m.kind == "person" and m.resolved}
    for m in mentions:
        if m.kind != "role":
            out.append(m)
            continue
        rk = key(m.text)
        pending = m.ref.get("pending_at")
        if pending is not None and pending in by_start:
            person = by_start[pending]
            ties[rk] = {**person.ref, "role": m.text}
            out.append(
                Mention(
                    "role",
                    m.text,
                    m.start,
                    m.end,
                    ties[rk],
                    f"apposition: '{m.text}, {person.text}'",
                )
            )
        elif rk in ties:
            out.append(
                Mention(
                    "role",
                    m.text,
                    m.start,
                    m.end,
                    ties[rk],
                    f"the text ties '{m.text}' to {ties[rk]['name']} earlier",
                )
            )
        else:
            out.append(
                Mention(
                    "role",
                    m.text,
                    m.start,
                    m.end,
                    {"role": m.text},
                    "a role the text does not tie to a name",
                    resolved=False,
                )
            )
    return out
