"""By-elections around a general election: who holds a seat now, and changes of hands
between general elections.

Three questions, answered for any seat and any general election in the store:

* :func:`later_by_elections`: the by-elections held in a seat during the parliament that a
  general election opened (after its polling day, before the next general election's);
* :func:`current_member`: the member after the last of those by-elections (only for the
  latest general election, where "current" is true), with how long the seat has been held;
* :func:`between_note`: whether the seat (or, across a boundary change, its main
  predecessor) changed hands at a by-election in the parliament before a general election,
  so that the general election's "hold" or "gain" can say against which result it is.

All three read the small lookups of :mod:`psephos.analysis._lookups`.
"""

from __future__ import annotations

from typing import Any

from psephos.analysis import _lookups as lookups

Row = dict[str, Any]


def _general_dates(con: Any) -> list[tuple[Any, str]]:
    return sorted(
        (v["date"], k) for k, v in lookups.elections(con).items() if v["kind"] == "general"
    )


def _window(con: Any, election_id: str) -> tuple[Any, Any]:
    """(this general election's date, the next general election's date or None)."""
    dates = _general_dates(con)
    mine = lookups.elections(con)[election_id]["date"]
    later = [d for d, _ in dates if d > mine]
    return mine, (later[0] if later else None)


def _public(row: Row, changed: bool) -> Row:
    return {
        "election_id": row["election_id"],
        "date": row["date"],
        "ons_code": row["ons_code"],
        "text": row["text"],
        "winner_party": row["winner_party"],
        "second_party": row["second_party"],
        "majority": row["majority"],
        "name": row["name"],
        "member_id": int(row["member_id"]) if row["member_id"] is not None else None,
        "changed_hands": changed,
        "source_id": row["source_id"],
    }


def later_by_elections(con: Any, ons_code: str, election_id: str) -> list[Row]:
    """By-elections in ``ons_code`` after general election ``election_id`` and before the
    next one, oldest first; ``changed_hands`` compares each winner's party with the
    previous holder's (the general election's winner, then each by-election's)."""
    e = lookups.elections(con).get(election_id)
    if e is None or e["kind"] != "general":
        return []
    start, end = _window(con, election_id)
    contest = lookups.contests(con).get((election_id, ons_code))
    holder = contest["winner_party"] if contest else None
    out = []
    for row in lookups.by_elections(con).get(ons_code, []):
        if row["boundary_set"] != e["boundary_set"] or row["date"] <= start:
            continue
        if end is not None and row["date"] >= end:
            continue
        out.append(_public(row, holder is not None and row["winner_party"] != holder))
        holder = row["winner_party"]
    return out


def current_member(
    con: Any, ons_code: str, election_id: str, member: Row | None, later: list[Row]
) -> Row | None:
    """The member after the last by-election, when ``election_id`` is the latest general
    election (else None: "current" would not be true).

    ``member`` is the general election winner's tenure (``SeatProfile.member``): a member who
    resigned and won the by-election keeps their tenure; a new member holds the seat since
    the by-election."""
    if not later:
        return None
    dates = _general_dates(con)
    if not dates or dates[-1][1] != election_id:
        return None
    last = later[-1]
    same = member is not None and last["member_id"] is not None
    same = same and member is not None and member.get("member_id") == last["member_id"]
    if same and member is not None:
        held, label, basis = member["held_since"], member["label"], member["basis"]
        basis = f"{basis}; re-elected at the {last['date']:%d %B %Y} by-election"
    else:
        held, label = last["date"].year, str(last["date"].year)
        basis = f"won the {last['date']:%d %B %Y} by-election ({last['text']})"
    return {
        "name": last["name"],
        "party_code": last["winner_party"],
        "member_id": last["member_id"],
        "since_election_id": last["election_id"],
        "since_date": last["date"],
        "result_text": last["text"],
        "held_since": held,
        "label": label,
        "basis": basis,
        "source_ids": sorted(
            {last["source_id"], *((member or {}).get("source_ids", []) if same else [])}
        ),
    }


def between_note(
    con: Any, ons_code: str, election_id: str, predecessor: tuple[str, str] | None
) -> Row | None:
    """The last by-election of the previous parliament in this seat (or, across a boundary
    change, in its main ``predecessor`` (code, name)) if it changed hands, with a note that
    says what the general election's "hold" or "gain" is measured against."""
    e = lookups.elections(con).get(election_id)
    if e is None or e["kind"] != "general":
        return None
    dates = _general_dates(con)
    before = [(d, k) for d, k in dates if d < e["date"]]
    if not before:
        return None
    prev_date, prev_id = before[-1]
    same_set = lookups.elections(con)[prev_id]["boundary_set"] == e["boundary_set"]
    code, name = (ons_code, None) if same_set else (predecessor or (None, None))
    if code is None:
        return None
    held = [r for r in lookups.by_elections(con).get(code, []) if prev_date < r["date"] < e["date"]]
    if not held:
        return None
    prev_contest = lookups.contests(con).get((prev_id, code))
    holder = prev_contest["winner_party"] if prev_contest else None
    changed = None
    for r in held:
        if holder is not None and r["winner_party"] != holder:
            changed = r
        holder = r["winner_party"]
    if changed is None:
        return None
    last = held[-1]
    contest = lookups.contests(con).get((election_id, ons_code)) or {}
    winner = contest.get("winner_party")
    where = "this seat" if same_set else f"its main predecessor, {name},"
    verdict = (
        f"a {winner} hold"
        if winner == last["winner_party"]
        else f"a {winner} gain from {last['winner_party']}"
    )
    note = (
        f"{where[0].upper() + where[1:]} changed hands at the {changed['date']:%d %B %Y} "
        f"by-election ({changed['text']}, {changed['name']}); against the seat as it stood "
        f"at dissolution this is {verdict}. The official result text compares with the "
        + ("previous general election." if same_set else "notional result.")
    )
    return {**_public(changed, True), "predecessor": None if same_set else code, "note": note}
