"""Finding constituencies by name or code, tolerant of case, accents, '&' and typos.

An exact match (ONS code, or the name once folded) is returned; anything else raises
:class:`~psephos.errors.NotFoundError` carrying the closest names, so a typo is answered
with "Did you mean: Ilford North, Ilford South?" rather than a guess.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect, memo

if TYPE_CHECKING:
    import duckdb

MAX_QUERY = 200
_CODE = re.compile(r"^[EWSN]\d{8}$", re.IGNORECASE)


@dataclass(frozen=True)
class SeatRef:
    """A constituency in one boundary set."""

    ons_code: str
    name: str
    boundary_set: str

    def to_dict(self) -> dict[str, str]:
        return {"ons_code": self.ons_code, "name": self.name, "boundary_set": self.boundary_set}


def fold(text: str) -> str:
    """Lower case, accents removed, '&' as 'and', punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _load(con: duckdb.DuckDBPyConnection) -> tuple[tuple[SeatRef, ...], dict[str, list[SeatRef]]]:
    rows = con.execute(
        "SELECT ons_code, name, boundary_set FROM constituencies ORDER BY boundary_set DESC, name"
    ).fetchall()
    seats = tuple(SeatRef(*r) for r in rows)
    index: dict[str, list[SeatRef]] = {}
    for s in seats:
        index.setdefault(fold(s.name), []).append(s)
        index.setdefault(s.ons_code.lower(), []).append(s)
    return seats, index


def _gazetteer(
    db: str | os.PathLike[str] | None,
) -> tuple[tuple[SeatRef, ...], dict[str, list[SeatRef]]]:
    con = connect(db)
    return memo(con, "names.gazetteer", lambda: _load(con))


def gazetteer(db: str | os.PathLike[str] | None = None) -> tuple[SeatRef, ...]:
    """Every constituency in the store, 2024 set first."""
    return _gazetteer(db)[0]


def word_score(query: str, name: str) -> float:
    """Mean over the query's words of the best ``ratio`` against a word of ``name``
    (both already folded), or the whole-name ratio if higher."""
    from rapidfuzz import fuzz

    qwords, nwords = query.split(), name.split()
    if not qwords or not nwords:
        return 0.0
    per_word = sum(max(fuzz.ratio(q, w) for w in nwords) for q in qwords) / len(qwords)
    return max(per_word, float(fuzz.ratio(query, name)))


def _word_scorer(query: str, name: str, **_: object) -> float:
    return word_score(query, name)


def search_seats(
    query: str,
    *,
    boundary_set: str | None = "2024",
    limit: int = 5,
    db: str | os.PathLike[str] | None = None,
) -> list[tuple[SeatRef, float]]:
    """The closest constituencies to ``query`` with scores (0–100), best first.

    Names containing the folded query score 100 minus a little per extra character (so
    "ilford" lists both Ilford seats first); others score the higher of the whole-name
    edit-distance similarity (rapidfuzz ``ratio``) and 0.9 × :func:`word_score`, so a misspelt
    word still finds its seat ("ilferd" is nearer "Ilford North" than "Guildford").
    """
    from rapidfuzz import fuzz, process

    seats = [s for s in gazetteer(db) if boundary_set is None or s.boundary_set == boundary_set]
    folded = [fold(s.name) for s in seats]
    key = fold(query)
    if not key:
        return []
    scored: dict[int, float] = {}
    for i, name in enumerate(folded):
        if key in name:
            scored[i] = 100.0 - min(20.0, (len(name) - len(key)) / 2)
    for _, score, i in process.extract(key, folded, scorer=fuzz.ratio, limit=limit * 2):
        scored[i] = max(scored.get(i, 0.0), float(score))
    # word matches count a little less than whole-name matches, so that sharing a common
    # word ("North") does not outrank a near miss on the whole name
    for _, score, i in process.extract(key, folded, scorer=_word_scorer, limit=limit * 2):
        scored[i] = max(scored.get(i, 0.0), 0.9 * float(score))
    best = sorted(scored.items(), key=lambda kv: (-kv[1], folded[kv[0]]))[:limit]
    return [(seats[i], score) for i, score in best]


def find_seat(
    query: str, *, boundary_set: str = "2024", db: str | os.PathLike[str] | None = None
) -> SeatRef:
    """The constituency named (or coded) by ``query`` in ``boundary_set``.

    Falls back to the other boundary set for an exact name or code (so "Ilford North"
    still finds the 2010-set seat when asked for ``boundary_set="2010"``).

    Raises
    ------
    NotFoundError
        with up to three suggestions when nothing matches exactly.
    """
    query = (query or "").strip()
    if not query:
        raise InputError(
            "No constituency given.",
            hint="Give a name or an ONS code, e.g. 'Ilford North' or E14001300.",
        )
    if len(query) > MAX_QUERY:
        raise InputError(
            f"The constituency name is {len(query)} characters long; the limit is {MAX_QUERY}."
        )
    index = _gazetteer(db)[1]
    if _CODE.match(query):
        code = query.upper()
        hits = index.get(code.lower(), [])
        if hits:
            return next((s for s in hits if s.boundary_set == boundary_set), hits[0])
        raise NotFoundError(
            f"No constituency has the ONS code {code}.",
            hint="Codes look like E14001300 (2024 seats) or E14000759 (2010–2019).",
        )
    exact = index.get(fold(query), [])
    if exact:
        return next((s for s in exact if s.boundary_set == boundary_set), exact[0])
    suggestions = [
        s.name
        for s, score in search_seats(query, boundary_set=boundary_set, limit=3, db=db)
        if score >= 60
    ]
    raise NotFoundError(f"No constituency matches '{query}'.", suggestions=suggestions)
