"""Gazetteers built from the store: the names a news story may use for seats, candidates
and members, parties and elections.

Built once per store connection (``psephos.store.connect.memo``); everything is keyed by
:func:`psephos.claims.text.key` (folded, accents and punctuation dropped), so matching is
tolerant of case, accents and possessives. Typos are handled by the callers with rapidfuzz
against the key lists kept here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psephos.analysis.parties import ALIASES
from psephos.claims.text import key

if TYPE_CHECKING:
    import duckdb

#: Common ways of naming the parties (keys as produced by ``text.key``): the project's one
#: alias table (:data:`psephos.analysis.parties.ALIASES`), plus the codes that stories use
#: as words ("the SNP", "the DUP").
PARTY_ALIASES: dict[str, str] = {key(name): code for name, code in ALIASES.items()} | {
    code.lower(): code for code in ("SNP", "DUP", "SDLP", "UUP", "TUV", "UKIP", "BNP")
}


@dataclass
class Gazetteer:
    """Name lists from one store.

    seats: key -> [{ons_code, name, boundary_set}]; people: key of "given family" ->
    candidacies (newest first); surnames: key of family name -> keys of full names;
    parties: key -> party_code; party_names: party_code -> display name;
    elections: general election year -> election_id; boundary_sets: election_id ->
    boundary set ("2010" or "2024") of every general election.
    """

    seats: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    people: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    parties: dict[str, str] = field(default_factory=dict)
    party_names: dict[str, str] = field(default_factory=dict)
    elections: dict[int, str] = field(default_factory=dict)
    boundary_sets: dict[str, str] = field(default_factory=dict)
    seat_names: dict[str, str] = field(default_factory=dict)
    max_seat_words: int = 1


def gazetteer(con: duckdb.DuckDBPyConnection) -> Gazetteer:
    """The gazetteer of the store behind ``con``: built on first use, then kept with the
    connection (:func:`psephos.store.connect.memo`, dropped when the store is rebuilt and
    the connection replaced)."""
    from psephos.store.facts import kept

    # kept for the next process too (psephos.store.facts)
    return kept(con, "claims.gazetteer", lambda: _build(con), Gazetteer)


def _build(con: duckdb.DuckDBPyConnection) -> Gazetteer:
    gaz = Gazetteer()
    seats: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for code, name, bset in con.execute(
        "SELECT ons_code, name, boundary_set FROM constituencies ORDER BY boundary_set DESC, name"
    ).fetchall():
        k = key(name)
        seats[k].append({"ons_code": code, "name": name, "boundary_set": bset})
        gaz.seat_names[code] = name
    from psephos.claims.round9_wrong11 import short_seat_names

    seats.update(short_seat_names(seats))  # "Newcastle East", "Hull North" (round 9)
    from psephos.claims.round11_caught11 import inverted_seat_names

    seats.update(inverted_seat_names(seats))  # "South Belfast", "East Belfast" (round 11)
    gaz.seats = dict(seats)
    gaz.max_seat_words = max(len(k.split()) for k in seats)

    people: dict[str, list[dict[str, Any]]] = defaultdict(list)
    surnames: dict[str, set[str]] = defaultdict(set)
    rows = con.execute(
        """SELECT c.given_name, c.family_name, c.election_id, c.ons_code, c.member_id,
                  c.party_code, c.gender, c.votes, c.rank, c.sitting_mp, e.date
           FROM candidacies c JOIN elections e USING (election_id)
           WHERE c.given_name IS NOT NULL AND c.family_name IS NOT NULL
           ORDER BY e.date DESC, c.election_id, c.ons_code, c.rank"""
    ).fetchall()
    for given, family, eid, code, member, party, gender, votes, rank, sitting, _ in rows:
        full = key(f"{given} {family}")
        people[full].append(
            {
                "name": f"{given} {family}",
                "election_id": eid,
                "ons_code": code,
                "member_id": None if member is None else int(member),
                "party_code": party,
                "gender": gender,
                "votes": votes,
                "rank": rank,
                "sitting_mp": bool(sitting),
            }
        )
        surnames[key(family)].add(full)
    gaz.people = dict(people)
    gaz.surnames = dict(surnames)

    for code, name, short in con.execute(
        "SELECT party_code, name, short_name FROM parties"
    ).fetchall():
        gaz.party_names[code] = short or name
        for n in (name, short):
            if n and n.lower() not in ("independent",):
                gaz.parties.setdefault(key(n), code)
    gaz.parties.update(PARTY_ALIASES)

    for eid, date, bset in con.execute(
        "SELECT election_id, date, boundary_set FROM elections WHERE kind = 'general'"
    ).fetchall():
        gaz.elections[date.year] = eid
        gaz.boundary_sets[eid] = str(bset)
    return gaz
