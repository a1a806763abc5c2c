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

from psephos.claims.gazetteer import Gazetteer
from psephos.claims.model import Mention
from psephos.claims.text import Span, capitalised_runs, key

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


def find_mentions(text: str, gaz: Gazetteer, *, election: str) -> list[Mention]:
    """Every seat, person, party and role mention in ``text``, in order, resolved where the
    rules above allow."""
    from rapidfuzz import fuzz, process

    mentions: list[Mention] = []
    seat_keys = [k for k in gaz.seats if len(k) >= 6]
    person_keys = list(gaz.people)
    runs = capitalised_runs(text)
    for run in runs:
        toks = _tokens(run)
        i = 0
        while i < len(toks):
            found = None
            for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
                s, e = toks[i][0], toks[i + n - 1][1]
                k = key(text[s:e])
                found = _exact(k, text[s:e], s, e, gaz, election, mentions)
                if found:
                    mentions.append(found)
                    i += n
                    break
            if found:
                continue
            # title + surname
            if toks[i][2].lower().rstrip(".") in TITLES and i + 1 < len(toks):
                s, e = toks[i][0], toks[i + 1][1]
                mentions.append(
                    _titled(text[s:e], s, e, key(toks[i + 1][2]), gaz, election, mentions, runs)
                )
                i += 2
                continue
            # a role ending in Secretary/Minister/...: the whole run up to that word
            role_end = next((j for j in range(i, len(toks)) if key(toks[j][2]) in _ROLE_END), None)
            if role_end is not None and toks[i][2][0].isupper():
                s, e = toks[i][0], toks[role_end][1]
                mentions.append(_role(text, text[s:e], s, e))
                i = role_end + 1
                continue
            i += 1
    # typo-tolerant pass over runs that matched nothing (each distinct run once)
    covered = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in covered]
    person_cache: dict[str, Any] = {}
    seat_cache: dict[str, Any] = {}
    for run in runs:
        i = bisect.bisect_left(starts, run.end) - 1
        if (
            i >= 0
            and covered[i][1] > run.start
            or any(s < run.end and run.start < e for s, e in covered[max(0, i - 3) : i + 1])
        ):
            continue
        k = key(run.text)
        if len(k.split()) >= 2:
            if k not in person_cache:
                person_cache[k] = process.extractOne(
                    k, person_keys, scorer=fuzz.ratio, score_cutoff=_PERSON_CUTOFF
                )
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
            if k not in seat_cache:
                seat_cache[k] = process.extractOne(
                    k, seat_keys, scorer=fuzz.ratio, score_cutoff=_SEAT_CUTOFF
                )
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


def _titled(
    raw: str,
    s: int,
    e: int,
    surname: str,
    gaz: Gazetteer,
    election: str,
    earlier: list[Mention],
    runs: list[Span],
) -> Mention:
    named = {
        m.ref.get("key"): m
        for m in earlier
        if m.kind == "person" and m.resolved and m.ref.get("key", "").split()[-1:] == [surname]
    }
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
    intro = [
        r.text
        for r in runs
        if r.start < s
        and len(r.text.split()) >= 2
        and key(r.text).split()[-1] == surname
        and key(r.text).split()[0] not in TITLES
    ]
    if intro:
        return Mention(
            "person",
            raw,
            s,
            e,
            {"name": intro[0]},
            f"refers to {intro[0]}, named earlier, who is not a candidate in the data",
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


def _role(text: str, raw: str, s: int, e: int) -> Mention:
    after = re.match(r"\s*,\s*", text[e:])
    ref: dict[str, Any] = {"role": raw, "pending_at": e + after.end() if after else None}
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
