"""The seat profile: everything psephos knows about one constituency at one election.

:func:`seat_profile` returns a :class:`SeatProfile`; ``.to_dict()`` is the documented
JSON shape of ``psephos seat --json`` and of the web app's seat page (docs/seat.md). Every
group of numbers carries the ``source_id`` of the file it came from, and ``sources`` maps
those ids to titles, licences and pinned URLs. Only duckdb and the standard library are
used here, so the CLI's seat command starts quickly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from psephos.analysis import _lookups as lookups
from psephos.analysis.byelections import between_note, current_member, later_by_elections
from psephos.analysis.census_facts import census_facts
from psephos.analysis.frame import PREVIOUS
from psephos.analysis.names import SeatRef, find_seat
from psephos.analysis.seat_swing import butler_swing
from psephos.analysis.tenure import held_since, predecessor
from psephos.display import Display
from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect

NO_COMPARISON = {"Ind": "independents are compared with no one: each is a candidate of their own"}


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class SeatProfile(Display):
    """A seat at one election; see :func:`seat_profile`."""

    seat: dict[str, Any]
    election: dict[str, Any]
    result: dict[str, Any]
    candidates: list[dict[str, Any]]
    comparison: dict[str, Any] | None
    swing: dict[str, Any] | None
    member: dict[str, Any] | None
    predecessors: list[dict[str, Any]]
    census: list[dict[str, Any]]
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_elections: list[dict[str, Any]] = field(default_factory=list)
    current_member: dict[str, Any] | None = None

    @property
    def results(self) -> list[dict[str, Any]]:
        return self.candidates

    def to_dict(self) -> dict[str, Any]:
        return {
            "seat": self.seat,
            "election": self.election,
            "result": self.result,
            "candidates": self.candidates,
            "comparison": self.comparison,
            "swing": self.swing,
            "member": self.member,
            "by_elections": self.by_elections,
            "current_member": self.current_member,
            "predecessors": self.predecessors,
            "census": self.census,
            "sources": self.sources,
        }

    def to_frame(self) -> Any:
        """The result table as a pandas DataFrame."""
        import pandas as pd

        return pd.DataFrame(self.candidates)


_CANDIDACIES = """SELECT ons_code, election_id,
                         trim(coalesce(given_name, '') || ' ' || coalesce(family_name, ''))
                           AS name, party_code, party_name, votes, share, rank, elected,
                         sitting_mp, member_id, source_id, source_row
                  FROM candidacies {where}
                  ORDER BY ons_code, rank, family_name"""


def _candidacies(con: Any, ons_code: str, elections: tuple[str, ...]) -> list[dict[str, Any]]:
    """The seat's candidacies at ``elections`` (election_id, name, party_code, party_name,
    votes, share, rank, elected, sitting_mp, member_id, source_id, source_row), ordered by
    rank then family name: read from every seat's rows, fetched in one query per store
    (a query per seat cost tens of milliseconds; the claim checker profiles many seats)."""

    def read() -> tuple[list[str], dict[str, list[tuple[Any, ...]]]]:
        cur = con.execute(_CANDIDACIES.format(where=""))
        names = [d[0] for d in cur.description][1:]
        out: dict[str, list[tuple[Any, ...]]] = {}
        for row in cur.fetchall():
            out.setdefault(row[0], []).append(row[1:])
        return names, out

    from psephos.store.facts import kept

    names, by_seat = kept(con, "analysis.seat.candidacies", read, tuple)
    return [
        dict(zip(names, row, strict=True))
        for row in by_seat.get(ons_code, ())
        if row[0] in elections
    ]


def _change(
    party: str, share: float, prev: dict[str, dict[str, Any]] | None, predecessors: dict[str, str]
) -> tuple[float | None, str | None]:
    if prev is None:
        return None, "no comparison available"
    if party in NO_COMPARISON:
        return None, NO_COMPARISON[party]
    if party in prev:
        return share - float(prev[party]["share"]), None
    before = predecessors.get(party)
    if before and before in prev:
        return (
            share - float(prev[before]["share"]),
            f"compared with {before}, the same party under its former name",
        )
    return None, "did not stand last time"


def seat_profile(
    query: str, *, election: str = "ge2024", db: str | os.PathLike[str] | None = None
) -> SeatProfile:
    """Profile the constituency named or coded by ``query`` at ``election``.

    Parameters
    ----------
    query
        A name ("Ilford North", any case or accents) or ONS code (E14001300).
    election
        An election id: ``ge2010`` … ``ge2024``, ``notional2019``, or a by-election id.

    Raises
    ------
    NotFoundError
        when no seat matches (with suggestions) or the seat was not contested then.

    Examples
    --------
    >>> p = seat_profile("Ilford North")                     # doctest: +SKIP
    >>> p.result["majority"], p.member["held_since"]         # doctest: +SKIP
    (528, 2015)
    """
    con = connect(db)
    known = lookups.elections(con)
    election = str(election).strip()
    if election.isdigit() and f"ge{election}" in known:  # "2019" means the general election
        election = f"ge{election}"
    by_prefix = election.lower().startswith("by") and election not in known
    if election not in known and not by_prefix:
        names = [
            k
            for k, v in sorted(known.items(), key=lambda kv: kv[1]["date"])
            if v["kind"] != "by-election"
        ]
        raise InputError(
            f"No election '{election}'.",
            hint="Try one of: "
            + ", ".join(names)
            + "; or 'by' for the seat's latest by-election (`psephos elections` lists all).",
        )
    if by_prefix:
        ref = find_seat(query, boundary_set="2024", db=db)
        election = _pick_by_election(con, ref, election)
    e = known[election]
    ref = find_seat(query, boundary_set=e["boundary_set"], db=db)
    seat = lookups.seats(con).get((ref.ons_code, ref.boundary_set))
    contest = lookups.contests(con).get((election, ref.ons_code))
    if seat is None or contest is None:
        raise NotFoundError(
            f"{ref.name} ({ref.ons_code}) was not contested at {election}.",
            hint=_elsewhere_hint(con, ref, election, e),
        )
    result = dict(contest)
    result["majority_share"] = (
        result["majority"] / result["valid_votes"] if result["majority"] is not None else None
    )
    # discrepancies in the official file for this contest (by-elections only, so far)
    result["notes"] = lookups.data_notes(con).get((election, ref.ons_code), [])
    # The comparison: the previous general election, or the notional result when the
    # boundaries changed (analysis.frame.PREVIOUS, shared with the rankings and summaries).
    prev_id = PREVIOUS.get(election)
    if e["kind"] == "by-election":
        # a by-election is compared with the general election before it, same boundaries
        before = [
            (v["date"], k)
            for k, v in known.items()
            if v["kind"] == "general"
            and v["boundary_set"] == e["boundary_set"]
            and v["date"] < e["date"]
        ]
        prev_id = max(before)[1] if before else None
    prev_title = known[prev_id]["title"] if prev_id in known else None
    rows = _candidacies(con, ref.ons_code, (election, prev_id or ""))
    cands = [
        {k: v for k, v in r.items() if k != "election_id"}
        for r in rows
        if r["election_id"] == election
    ]
    lineage = lookups.lineage(con)
    comparison = None
    prev: dict[str, dict[str, Any]] | None = None
    prev_contest = lookups.contests(con).get((prev_id, ref.ons_code)) if prev_id else None
    if prev_id and prev_contest:
        prev = {}  # party -> votes and share, summed over rows of the same party
        for r in rows:
            if r["election_id"] != prev_id:
                continue
            agg = prev.setdefault(
                r["party_code"],
                {
                    "party_code": r["party_code"],
                    "votes": 0,
                    "share": 0.0,
                    "source_id": r["source_id"],
                },
            )
            agg["votes"] += r["votes"]
            agg["share"] += r["share"]
        comparison = {
            "election_id": prev_id,
            "title": prev_title,
            **{
                k: prev_contest[k]
                for k in (
                    "winner_party",
                    "second_party",
                    "majority",
                    "valid_votes",
                    "turnout",
                    "source_id",
                )
            },
            "parties": sorted(prev.values(), key=lambda p: -p["votes"]),
        }
    for c in cands:
        c["change"], c["change_note"] = _change(c["party_code"], c["share"], prev, lineage)
    swing = _swing(cands, prev, lineage, comparison)
    member = None
    winner = next((c for c in cands if c["elected"]), None)
    if winner and winner["member_id"] is not None and e["kind"] == "general":
        tenure = held_since(con, ref.ons_code, int(winner["member_id"]), election_id=election)
        member = {"name": winner["name"], "party_code": winner["party_code"], **tenure.to_dict()}
    later = later_by_elections(con, ref.ons_code, election)
    now = current_member(con, ref.ons_code, election, member, later)
    main_pred = predecessor(con, ref.ons_code) if ref.boundary_set == "2024" else None
    between = between_note(con, ref.ons_code, election, main_pred[:2] if main_pred else None)
    result["by_election_before"] = between
    preds = _predecessors(con, ref) if ref.boundary_set == "2024" else []
    facts = census_facts(con, ref.ons_code) if ref.boundary_set == "2024" else []
    used = {seat["source_id"], result["source_id"], e["source_id"]}
    used |= {c["source_id"] for c in cands}
    if comparison:
        used.add(comparison["source_id"])
    if member:
        used |= set(member["source_ids"])
    used |= {b["source_id"] for b in later}
    if between:
        used.add(between["source_id"])
    for p in preds:
        used.add(p["source_id"])
        used |= {r["source_id"] for r in p["results"]}
    used |= {f["source_id"] for f in facts}
    catalogue = lookups.sources(con)
    return SeatProfile(
        seat=dict(seat),
        election={k: e[k] for k in ("election_id", "kind", "date", "title", "source_id")},
        result=result,
        candidates=cands,
        comparison=comparison,
        swing=swing,
        member=member,
        predecessors=preds,
        census=facts,
        sources={k: catalogue[k] for k in sorted(used) if k in catalogue},
        by_elections=later,
        current_member=now,
    )


def _pick_by_election(con: Any, ref: SeatRef, text: str) -> str:
    """The seat's by-election whose id starts with ``text`` ("by" alone: the latest)."""
    codes = {ref.ons_code} | {s.ons_code for s in _same_name(con, ref)}
    held = [b for c in codes for b in lookups.by_elections(con).get(c, [])]
    held.sort(key=lambda b: b["date"])
    ids = [b["election_id"] for b in held]
    key = text.lower()
    hits = [i for i in ids if key in ("by", "by-") or i.startswith(key)]
    if hits:
        return hits[-1]
    if not ids:
        raise NotFoundError(
            f"{ref.name} has had no by-election in the store (2010 onwards).",
            hint="`psephos elections --kind by-election` lists every by-election.",
        )
    raise NotFoundError(
        f"No by-election '{text}' in {ref.name}.", hint="Its by-elections: " + ", ".join(ids) + "."
    )


def _same_name(con: Any, ref: SeatRef) -> list[SeatRef]:
    """The seat of the same name in the other boundary set, if any."""
    from psephos.analysis.names import fold

    return [
        SeatRef(code, row["name"], bset)
        for (code, bset), row in lookups.seats(con).items()
        if bset != ref.boundary_set and fold(row["name"]) == fold(ref.name)
    ]


def _elsewhere_hint(con: Any, ref: SeatRef, election: str, e: dict[str, Any]) -> str:
    """Where to look instead: the successors of a 2010-set seat asked for at a 2024-set
    election, the predecessors of a 2024 seat asked for at 2010–2019, else the elections
    at which the seat was contested."""
    if ref.boundary_set == "2010" and e["boundary_set"] == "2024":
        succ = lookups.overlaps_by_old(con).get(ref.ons_code, [])
        parts = [
            f"{s['name']} ({s['pop_share_of_old']:.0%} of its people)"
            for s in succ
            if s["pop_share_of_old"] >= 0.05
        ]
        if parts:
            return (
                f"{ref.name} was replaced at the 2024 boundary change; its successors are "
                + ", ".join(parts)
                + f'. Try: psephos seat "{succ[0]["name"]}" --election {election}'
            )
    if ref.boundary_set == "2024" and e["boundary_set"] == "2010":
        preds = lookups.overlaps_by_new(con).get(ref.ons_code, [])
        parts = [
            f"{p['name']} ({p['pop_share_of_new']:.0%} of this seat's people)"
            for p in preds
            if p["pop_share_of_new"] >= 0.05
        ]
        if parts:
            return (
                f"{ref.name} was created at the 2024 boundary change; its predecessors are "
                + ", ".join(parts)
                + f'. Try: psephos seat "{preds[0]["name"]}" --election {election}'
            )
    held = sorted(
        (lookups.elections(con)[k]["date"], k)
        for (k, code) in lookups.contests(con)
        if code == ref.ons_code
    )
    return f"{ref.name} was contested at: " + ", ".join(k for _, k in held) + "."


def _swing(
    cands: list[dict[str, Any]],
    prev: dict[str, dict[str, Any]] | None,
    lineage: dict[str, str],
    comparison: dict[str, Any] | None,
) -> dict[str, Any] | None:
    """Butler swing between this election's top two, from the loser to the winner."""
    if prev is None or len(cands) < 2 or comparison is None:
        return None
    if "Spk" in prev or any(c["party_code"] == "Spk" for c in cands):
        # the main parties traditionally do not stand against the Speaker
        return {
            "from": None,
            "to": None,
            "butler": None,
            "formula": "not computed",
            "notes": [
                "the Speaker's seat at one of the two elections: the main parties do not "
                "usually stand against the Speaker, so a swing would mean nothing"
            ],
            "source_ids": sorted({cands[0]["source_id"], comparison["source_id"]}),
        }
    a, b = cands[0], cands[1]

    def before(c: dict[str, Any]) -> tuple[float, str | None]:
        party = c["party_code"]
        if party == "Ind":
            return 0.0, f"{c['name']} (Ind) did not stand before: previous share taken as 0"
        if party in prev:
            return float(prev[party]["share"]), None
        pred = lineage.get(party)
        if pred and pred in prev:
            return float(prev[pred]["share"]), f"{party} compared with {pred}, its former name"
        return 0.0, f"{party} did not stand before: previous share taken as 0"

    a1, note_a = before(a)
    b1, note_b = before(b)
    butler = butler_swing(b1, a1, b["share"], a["share"])  # from B (runner-up) to A (winner)
    frm, to = (
        (b["party_code"], a["party_code"]) if butler >= 0 else (a["party_code"], b["party_code"])
    )
    return {
        "from": frm,
        "to": to,
        "butler": abs(butler),
        "formula": "((A2 − A1) + (B1 − B2)) / 2, shares of all valid votes; A = winner, "
        "B = runner-up; 1 = " + comparison["election_id"] + ", 2 = this election",
        "notes": [n for n in (note_a, note_b) if n],
        "source_ids": sorted({a["source_id"], b["source_id"], comparison["source_id"]}),
    }


def _predecessors(con: Any, ref: SeatRef) -> list[dict[str, Any]]:
    """The 2010-set seats that overlap a 2024 seat, with their 2010–2019 results."""
    contests, winners = lookups.contests(con), lookups.winners(con)
    preds = [dict(p) for p in lookups.overlaps_by_new(con).get(ref.ons_code, [])]
    for p in preds:
        p["results"] = []
        for election in ("ge2010", "ge2015", "ge2017", "ge2019"):
            t = contests.get((election, p["ons_code"]))
            w = winners.get((election, p["ons_code"]))
            if t is None or w is None:
                continue
            p["results"].append(
                {
                    "election_id": election,
                    "winner_party": t["winner_party"],
                    "second_party": t["second_party"],
                    "majority": t["majority"],
                    "majority_share": t["majority"] / t["valid_votes"],
                    "turnout": t["turnout"],
                    "winner": w["name"],
                    "source_id": t["source_id"],
                }
            )
    return preds
