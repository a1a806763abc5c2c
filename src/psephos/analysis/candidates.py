"""Where a candidate stood: every candidacy (2010–2024 general elections and by-elections)
of a person found by name.

A name matches when every word of the query, folded like seat names (case, accents,
punctuation ignored), is a word of the candidate's name, in any order: "farage" finds Nigel
Farage, "Streeting Wes" finds Wes Streeting. Candidacies are grouped into people by MNIS
member id where the files give one (members of Parliament); other candidates are grouped by
their folded full name, so two different people of the same name who never sat in the
Commons are shown together, and the result says so. Nothing found raises
:class:`~psephos.errors.NotFoundError` with the closest names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from psephos.analysis.frame import DB
from psephos.analysis.names import fold
from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect, memo

MAX_QUERY = 200
CANDIDACY_COLUMNS = [
    "election_id",
    "kind",
    "date",
    "ons_code",
    "constituency",
    "party_code",
    "party_name",
    "votes",
    "share",
    "rank",
    "elected",
    "source_id",
]


@dataclass
class Candidate:
    """One person's candidacies, oldest first."""

    name: str
    member_id: int | None
    candidacies: list[dict[str, Any]] = field(default_factory=list)

    @property
    def elected(self) -> int:
        return sum(1 for c in self.candidacies if c["elected"])

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "member_id": self.member_id,
            "stood": len(self.candidacies),
            "elected": self.elected,
            "candidacies": self.candidacies,
        }


@dataclass
class CandidateSearch:
    """The people matching a query; ``note`` says how people were told apart."""

    query: str
    people: list[Candidate]
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "note": self.note,
            "people": [p.to_dict() for p in self.people],
        }

    def to_frame(self) -> Any:
        import pandas as pd

        rows = [
            {"name": p.name, "member_id": p.member_id, **c}
            for p in self.people
            for c in p.candidacies
        ]
        return pd.DataFrame(rows)


def _table(db: DB) -> list[dict[str, Any]]:
    con = connect(db)

    def load() -> list[dict[str, Any]]:
        cur = con.execute(
            """SELECT candidate AS name, member_id, election_id, kind, date, ons_code,
                      constituency, party_code, party_name, votes, share, rank, elected,
                      source_id
               FROM results WHERE kind IN ('general', 'by-election')
               ORDER BY date, election_id, ons_code, rank"""
        )
        cols = [d[0] for d in cur.description]
        rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        for r in rows:
            r["_words"] = frozenset(fold(r["name"] or "").split())
        return rows

    return memo(con, "analysis.candidates.table", load)


def find_candidate(name: str, *, limit: int = 20, db: DB = None) -> CandidateSearch:
    """Every candidacy of the people whose name contains every word of ``name``.

    Parameters
    ----------
    name : str
        A candidate's name or part of it ("Nigel Farage", "farage").
    limit : int
        At most this many people (the best-known first: most candidacies).

    Examples
    --------
    >>> s = find_candidate("Wes Streeting")                     # doctest: +SKIP
    >>> [c["election_id"] for c in s.people[0].candidacies]     # doctest: +SKIP
    ['ge2015', 'ge2017', 'ge2019', 'ge2024']
    """
    text = (name or "").strip()
    if not text:
        raise InputError("No candidate name given.", hint="e.g. psephos candidate 'Nigel Farage'")
    if len(text) > MAX_QUERY:
        raise InputError(f"The name is {len(text)} characters long; the limit is {MAX_QUERY}.")
    if limit < 1:
        raise InputError(f"--limit must be at least 1; got {limit}.")
    words = set(fold(text).split())
    if not words:
        raise InputError(f"'{text}' has no letters or digits to search for.")
    rows = _table(db)
    hits = [r for r in rows if words <= r["_words"]]
    if not hits:
        from psephos._suggest import suggest

        names = sorted({r["name"] for r in rows if r["name"]})
        raise NotFoundError(
            f"No candidate named '{text}' in the 2010–2024 results.",
            suggestions=suggest(text, names),
        )
    people: dict[Any, Candidate] = {}
    # a member id ties a person's candidacies together; otherwise the folded full name
    by_name_member: dict[str, int] = {}
    for r in hits:
        if r["member_id"] is not None:
            by_name_member.setdefault(fold(r["name"]), int(r["member_id"]))
    for r in hits:
        mid = int(r["member_id"]) if r["member_id"] is not None else None
        key: Any = mid if mid is not None else by_name_member.get(fold(r["name"]), fold(r["name"]))
        person = people.setdefault(key, Candidate(r["name"], key if isinstance(key, int) else None))
        person.candidacies.append({c: r[c] for c in CANDIDACY_COLUMNS})
    ranked = sorted(people.values(), key=lambda p: (-len(p.candidacies), p.name))
    note = (
        "Candidacies at general elections 2010–2024 and by-elections since 2010. People are "
        "told apart by MNIS member id where the files give one; candidates who never sat "
        "are grouped by name, so two such people of the same name share a row."
    )
    return CandidateSearch(text, ranked[:limit], note)


# Candidates by seat: every candidacy of one election, read once per store and election,
# for callers that ask about many seats at once (the claim checker, sweeps over every seat).
SEAT_COLUMNS = (
    "name",
    "party_code",
    "party_name",
    "votes",
    "share",
    "rank",
    "elected",
    "sitting_mp",
    "member_id",
    "source_id",
)


def seat_candidates(election: str, ons_code: str, *, db: DB = None) -> list[dict[str, Any]]:
    """The candidates in ``ons_code`` at ``election`` (a general, notional or by-election
    id), first place first: dicts with :data:`SEAT_COLUMNS`; empty when the seat was not
    contested then.

    Examples
    --------
    >>> [c["name"] for c in seat_candidates("ge2024", "E14001174")][:2]   # doctest: +SKIP
    ['Nigel Farage', 'Giles Watling']
    """
    con = connect(db)
    table = memo(con, f"analysis.candidates:{election}", lambda: _read_seats(con, election))
    return [dict(r) for r in table.get(ons_code, [])]


def _read_seats(con: Any, election: str) -> dict[str, list[dict[str, Any]]]:
    cur = con.execute(
        """SELECT ons_code,
                  trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) AS name,
                  party_code, party_name, votes, share, rank, elected, sitting_mp, member_id,
                  source_id
           FROM candidacies WHERE election_id = ? ORDER BY ons_code, rank, family_name""",
        [election],
    )
    names = [d[0] for d in cur.description]
    out: dict[str, list[dict[str, Any]]] = {}
    for row in cur.fetchall():
        rec = dict(zip(names, row, strict=True))
        out.setdefault(str(rec.pop("ons_code")), []).append(rec)
    return out
