"""Round 8b (WRONG-B): readings of a seat's figure the tenth held-out batch showed a true
claim can rest on, tried by the guard (:func:`readings`) before a contradiction stands.

- **The file's printed figure** (:func:`_as_printed`). Where a by-election file's constituency
  row disagrees with its own candidate rows (``data_notes``: "the file gives majority 9,590;
  first minus second is 10,490"), the store computes from the candidates and keeps the
  printed figure in ``contests.official_majority`` / ``official_valid_votes``. A reporter
  who quotes the printed majority, or a turnout over the printed valid votes (with or
  without the rejected ballots), is not called false.
- **Another by-election of the story** (:func:`_other_byelection`). A seat taken from the
  paragraph ("Ogmore and Sheffield Brightside, May 2016. ... Turnout was 33.2 per cent")
  or a candidate who did not stand at the frame's by-election may mean a by-election held
  the same day; a seat read at the story's general election ("Witney, October 2016. ...
  fell to third with just under 15 per cent") may mean the by-election the seat held in
  the parliament that general election elected. The claim is retried at each.
- **A series seat's figure read as its area's** (:func:`_series_extreme_seat`): the
  guard's extreme-seat reading for the 1918-2005 series.
- **The story's own election** (:func:`_story_election`). A frame put at "the election
  before the story's" on a cue elsewhere in the sentence ("up on five years ago, highest
  in X at 76.3 per cent") is retried at the general election after it.

Each returns the reason the contradiction is not called (a phrase for the guard) or None.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from psephos.claims.evaluate import Unanswerable, as_stated_scale, evaluate_plain, interval
from psephos.claims.frame import Frame
from psephos.claims.round10_caught import fold_in_words

#: the measures a seat's printed row can disagree with its candidates on
_PRINTED = ("majority", "turnout")
#: cap on the by-elections tried for one frame (a day seldom holds more than four)
_MAX_BY = 8


def readings(con: Any, frame: Frame) -> str | None:
    """Why a contradicted ``frame`` is not called false on the readings above, or None."""
    if not _bounded(frame) and not fold_in_words(frame):
        # a k-fold word is open ("more than doubled") but names its quantity: the few
        # readings here (another by-election, the story's own election) are still tried
        return None
    return (
        _as_printed(con, frame)
        or _other_byelection(con, frame)
        or _story_election(con, frame)
        or _series_extreme_seat(con, frame)
    )


def _bounded(frame: Frame) -> bool:
    """A stated figure bounded on both sides ("9,590", "just under 15 per cent"), or no
    figure at all: an open one ("more than 2,000") would fit too many other readings."""
    if frame.stated is None:
        return True
    try:
        lo, hi = interval(frame)
    except Unanswerable:
        return False
    return math.isfinite(lo) and math.isfinite(hi)


def _seat_codes(frame: Frame) -> list[str]:
    seat = frame.scope.seat if frame.scope.level == "seat" else None
    if not seat:
        return []
    codes = {seat.get("ons_code"), *(seat.get("codes") or {}).values()} - {None}
    return sorted(str(c) for c in codes)


def _con(con: Any) -> Any:
    from psephos.claims.evaluate import store_path
    from psephos.store.connect import connect

    return connect(store_path(con))


def _printed_values(con: Any, frame: Frame, election: str, codes: list[str]) -> list[float]:
    """The seat's figures for ``frame.measure`` as the file prints them, where they differ
    from the store's (computed from the candidate rows)."""
    if frame.measure not in _PRINTED or not codes:
        return []
    from psephos.store.connect import memo

    marks = ", ".join("?" for _ in codes)
    db = _con(con)
    sql = (
        "SELECT majority, official_majority, valid_votes, official_valid_votes, "
        f"invalid_votes, electorate FROM contests WHERE election_id = ? AND ons_code IN ({marks})"
    )
    # once per connection, election and seats (the store is read-only)
    rows = memo(
        db,
        "round8b_b.printed:" + "\x00".join([election, *codes]),
        lambda: db.execute(sql, [election, *codes]).fetchall(),
    )
    out: list[float] = []
    for maj, omaj, valid, ovalid, invalid, electorate in rows:
        if frame.measure == "majority" and omaj is not None and omaj != maj:
            out.append(float(omaj))
        if frame.measure == "turnout" and ovalid is not None and ovalid != valid and electorate:
            out.append(ovalid / electorate)
            out.append((ovalid + (invalid or 0)) / electorate)
    return out


def _as_printed(con: Any, frame: Frame) -> str | None:
    """A seat's majority or turnout true of the file's printed figure (see the module)."""
    if frame.stated is None or not frame.election:
        return None
    election = str(frame.election)
    try:
        lo, hi = interval(frame)
    except Unanswerable:
        return None
    for value in _printed_values(con, frame, election, _seat_codes(frame)):
        if frame.measure == "turnout":
            value = as_stated_scale(value, frame.stated, frame.unit)
        if lo - 1e-9 <= value <= hi + 1e-9:
            return (
                "it is true of the figure the results file prints for the seat, which "
                "differs from the sum of its candidate rows the store uses"
            )
    return None


def _holds(con: Any, alt: Frame) -> bool:
    try:
        if evaluate_plain(con, alt).verdict == "supported":
            return True
    except Exception:  # noqa: BLE001 - a reading that cannot run is no reading
        return False
    return _as_printed(con, alt) is not None


def _by_elections(con: Any, frame: Frame) -> list[tuple[str, str, str]]:
    """(election id, ons code, title) of the by-elections the frame may mean (module)."""
    from psephos.claims.evaluate_guard import inferred_slots

    election = str(frame.election or "")
    slots = inferred_slots(frame)
    misfit = "not a candidate at" in (frame.subject.how or "")
    db = _con(con)
    if election.startswith("by-") and ("scope" in slots or misfit):
        sql = (
            "SELECT e.election_id, c.ons_code, e.title FROM elections e "
            "JOIN contests c USING (election_id) WHERE e.kind = 'by-election' "
            "AND e.date = (SELECT date FROM elections WHERE election_id = ?) "
            "AND e.election_id <> ? ORDER BY e.election_id"
        )
        return _rows(db, sql, (election, election))
    codes = _seat_codes(frame)
    if not election.startswith("by-") and "election" in slots and codes:
        marks = ", ".join("?" for _ in codes)
        sql = (
            "SELECT e.election_id, c.ons_code, e.title FROM elections e "
            "JOIN contests c USING (election_id) WHERE e.kind = 'by-election' "
            "AND e.parliament = (SELECT parliament FROM elections WHERE election_id = ?) "
            f"AND c.ons_code IN ({marks}) ORDER BY e.date"
        )
        return _rows(db, sql, (election, *codes))
    return []


def _rows(db: Any, sql: str, params: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """The by-elections a query names, once per connection, query and parameters (a check
    asks the same few for thousands of claims; the store is read-only)."""
    from psephos.store.connect import memo

    key = "round8b_b.by:" + sql + "\x00" + "\x00".join(params)
    rows = memo(db, key, lambda: [tuple(r) for r in db.execute(sql, list(params)).fetchall()])
    return list(rows[:_MAX_BY])


def _other_byelection(con: Any, frame: Frame) -> str | None:
    """A seat-level claim true at another by-election the story may mean (see the module)."""
    if frame.scope.level != "seat" or not frame.scope.seat:
        return None
    for election, code, title in _by_elections(con, frame):
        seat = dict(frame.scope.seat)
        if code not in _seat_codes(frame):
            name = str(title).split(":", 1)[-1].strip()
            seat = {"name": name, "codes": {}, "ons_code": code, "boundary_set": "2010"}
        scope = replace(frame.scope, seat=seat, name=seat.get("name"))
        subject = frame.subject
        if subject.kind == "candidate" and subject.candidate:
            cand = dict(subject.candidate)
            if cand.get("ons_code") not in (None, code):
                continue  # the candidate stood elsewhere: not this by-election
            subject = replace(subject, candidate={**cand, "election": election, "ons_code": code})
        if _holds(con, replace(frame, election=election, scope=scope, subject=subject)):
            return f"it is true read at the {title}, which the story also covers"
    return None


def _story_election(con: Any, frame: Frame) -> str | None:
    """A frame put at the election before the story's, true at the general election after
    it (see the module)."""
    if not (frame.election_how or "").startswith("the election before the story's"):
        return None
    row = (
        _con(con)
        .execute(
            "SELECT election_id FROM elections WHERE kind = 'general' AND date > "
            "(SELECT date FROM elections WHERE election_id = ?) ORDER BY date LIMIT 1",
            [str(frame.election)],
        )
        .fetchone()
    )
    if row is None:
        return None
    alt = replace(frame, election=row[0], election_how=f"the story's election ({row[0]})")
    if _holds(con, alt):
        return f"it is true at {row[0]}, the story's own election"
    return None


#: the series' share column of each party group (CBP-8647)
_SERIES_SHARE = {"Con": "con_share", "Lab": "lab_share", "Lib": "lib_share", "Nat": "natsw_share"}


def _series_extreme_seat(con: Any, frame: Frame) -> str | None:
    """An area's turnout or party share at a 1918-2005 general election whose tight figure
    is exactly the highest or lowest seat's in that area ("Abertillery gave Labour 88 per
    cent, its best share anywhere in Britain"): the figure is the seat's, read as the
    area's (the guard's extreme-seat reading, over the series' seat rows)."""
    from psephos.claims.evaluate import _election_id
    from psephos.claims.evaluate_guard import _tight
    from psephos.claims.evaluate_results import SERIES_GROUP, is_series_election

    if frame.measure not in ("turnout", "share") or not _tight(frame) or frame.stated is None:
        return None
    if frame.scope.level not in ("region", "country", "uk", "gb"):
        return None
    election = _election_id(str(frame.election or ""))
    if not is_series_election(election):
        return None
    column = "turnout"
    if frame.measure == "share":
        group = (
            SERIES_GROUP.get(frame.subject.party or "") if frame.subject.kind == "party" else None
        )
        if group is None:
            return None
        column = _SERIES_SHARE[group[0]]
    where, args = "election = ? AND seats = 1", [election[2:]]
    if frame.scope.level == "gb":
        where += " AND country_region NOT IN ('Northern Ireland', 'Ireland', 'University')"
    elif frame.scope.level in ("region", "country"):
        where += " AND country_region = ?"
        args.append(str(frame.scope.name))
    from psephos.store.queries import fetchone

    # asked per claim, of a few elections and areas: once per store (store.queries)
    sql = f"SELECT max({column}), min({column}) FROM history_1918_2019 WHERE {where}"
    row = fetchone(_con(con), sql, args)
    if row is None or row[0] is None:
        return None
    for word, v in (("highest", row[0]), ("lowest", row[1])):
        if frame.stated.contains(as_stated_scale(float(v), frame.stated, frame.unit)):
            return (
                f"the figure is the {word} seat's {frame.measure} in "
                f"{frame.scope.name or frame.scope.level.upper()}, most likely said of that seat"
            )
    return None
