"""Search by seat or candidate: typo-tolerant lookups for the search page (no analysis).

Seats: the scores of :func:`psephos.analysis.names.search_seats`, raised where the query
matches the name word by word (each query word scored against its closest word of the
name with rapidfuzz ``ratio``, then averaged), so a misspelt first word still finds the
seat: "ilferd" scores 83 against "Ilford North" (word "ilford") but 67 against "Guildford".
Candidates are matched on their folded full name (case, accents and punctuation ignored)
with rapidfuzz's ``WRatio``, over every candidacy in the store, newest election first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from psephos.analysis.names import fold, gazetteer, search_seats, word_score
from psephos.errors import InputError
from psephos.web.store import WebStore

MAX_QUERY = 200
MIN_SCORE = 70.0
MIN_SEAT_SCORE = 60.0


@dataclass
class SearchResult:
    """Seats and candidates matching a query, best first."""

    query: str
    seats: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "seats": self.seats, "candidates": self.candidates}


def _candidates(store: WebStore) -> tuple[list[str], list[dict[str, Any]]]:
    def make() -> tuple[list[str], list[dict[str, Any]]]:
        rows = store.sql("""
            SELECT trim(coalesce(k.given_name, '') || ' ' || coalesce(k.family_name, '')) AS name,
                   k.party_code, k.election_id, k.ons_code, c.name AS seat, k.votes, k.elected,
                   e.date
            FROM candidacies k
            JOIN elections e USING (election_id)
            JOIN constituencies c ON c.ons_code = k.ons_code AND c.boundary_set = e.boundary_set
            WHERE e.kind <> 'notional' AND k.family_name IS NOT NULL
            ORDER BY e.date DESC, name""")
        keys = ["name", "party_code", "election_id", "ons_code", "seat", "votes", "elected"]
        records = [dict(zip(keys, r[:7], strict=True)) for r in rows]
        return [fold(r["name"]) for r in records], records

    return store.cached(("candidate_index",), make)


def _seats(store: WebStore, query: str, limit: int) -> list[dict[str, Any]]:
    from rapidfuzz import fuzz

    key = fold(query)
    seats = [s for s in store.call(gazetteer) if s.boundary_set == "2024"]
    by_code = [s for s in seats if s.ons_code == query.strip().upper()]
    if by_code:
        return [{**by_code[0].to_dict(), "score": 100.0}]
    scored = {s.ons_code: (word_score(key, fold(s.name)), s) for s in seats}
    for ref, score in store.call(search_seats, query, limit=limit):
        if ref.ons_code in scored and score > scored[ref.ons_code][0]:
            scored[ref.ons_code] = (score, ref)
    ranked = sorted(
        scored.values(), key=lambda t: (-round(t[0], 1), -fuzz.ratio(key, fold(t[1].name)))
    )
    return [
        {**ref.to_dict(), "score": round(score, 1)}
        for score, ref in ranked[:limit]
        if score >= MIN_SEAT_SCORE
    ]


def search(store: WebStore, query: str, *, limit: int = 10) -> SearchResult:
    """Seats (2024 boundaries) and candidates (2010 onwards) close to ``query``.

    Raises
    ------
    InputError
        when ``query`` is longer than 200 characters.
    """
    from rapidfuzz import fuzz, process

    query = (query or "").strip()
    if len(query) > MAX_QUERY:
        raise InputError(
            f"The search is {len(query)} characters long; the limit is {MAX_QUERY}.",
            hint="Search for a seat or a candidate's name.",
        )
    out = SearchResult(query)
    if not fold(query):
        return out
    out.seats = _seats(store, query, limit)
    folded, records = _candidates(store)
    hits = process.extract(
        fold(query), folded, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=MIN_SCORE
    )
    hits.sort(key=lambda h: (-round(h[1]), h[2]))  # ties keep the newest election first
    for _, score, i in hits[:limit]:
        out.candidates.append({**records[i], "score": round(float(score), 1)})
    return out
