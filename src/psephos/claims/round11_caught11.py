"""Round 11 (CAUGHT11): classes of false claims the checker read but did not call false.

- **A seat's count at a 1918-2005 election far from the true one** ("the SNP took Dundee
  East from Labour by 838" of a 383 majority, "Labour took Salford North by 91" of 19):
  the guard's doubt that a far-off figure "belongs to another quantity" is lifted at
  2010-2024 when the figure is no other number of the named seat at any election
  (:func:`psephos.claims.evaluate_guard._no_other_quantity`); the series seats had no
  such list, so a transposed or mistyped majority was never refuted.
  :func:`series_no_other_quantity` lists every number the series holds for the seat the
  sentence names, at every 1918-2005 election of that name (each group's votes, the votes
  cast, the electorate, the majority, the gap between any two groups), with the numbers of
  the same seat at 2010-2024 when the gazetteer knows it: a figure that is none of them
  is simply wrong.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import Any

from psephos.claims.frame import Frame, Subject

#: the series groups whose votes a seat's row holds
_GROUPS = ("Con", "Lib", "Lab", "Nat", "Oth")


def series_seat_numbers(name: str, db: Any) -> list[float]:
    """Every count the 1918-2005 series holds for the seat ``name`` (as
    :func:`psephos.analysis.records.series_seat_row` matches names) at any election: the
    electorate, the votes cast, the majority, each group's votes and the gap between any
    two groups' votes. Empty when the name matches no row."""
    from psephos.analysis.records import _series_names, _series_positions

    old, _, _ = _series_names(db)
    rows = old.iloc[_series_positions([name], db)]
    numbers: list[float] = []
    for _, row in rows.iterrows():
        for k in ("electorate", "votes_cast", "majority"):
            v = row.get(k)
            if v is not None and not math.isnan(float(v)):
                numbers.append(float(v))
        votes = [float(row[f"{g}_votes"] or 0.0) for g in _GROUPS]
        votes = [v for v in votes if not math.isnan(v) and v > 0]
        numbers += votes
        numbers += [abs(a - b) for i, a in enumerate(votes) for b in votes[i + 1 :]]
    return numbers


def series_no_other_quantity(con: Any, frame: Frame, seat_numbers: Any) -> bool:
    """True when a tight count said of a seat the sentence names, at a 1918-2005
    election, is no number the series holds for that seat at any election (nor, through
    ``seat_numbers``, the store's 2010-2024 numbers of the same seat): then it cannot
    "belong to another quantity" and a contradiction stands however far off it is.
    False when the seat is not named in the sentence or the series does not know it."""
    from psephos.claims.evaluate import store_path
    from psephos.claims.evaluate_results import is_series_election, named_seat

    if not is_series_election(str(frame.election)) or frame.stated is None:
        return False
    if frame.measure not in ("majority", "margin"):
        # a party's votes in a sentence that names a seat may be its national total ("The
        # SNP polled 64,044 votes ..., its best result in West Lothian")
        return False
    name = named_seat(frame)
    if name is None:
        return False
    numbers = series_seat_numbers(name, store_path(con))
    if not numbers:
        return False
    seat = frame.scope.seat or {}
    codes = {seat.get("ons_code"), *(seat.get("codes") or {}).values()} - {None}
    if codes:
        numbers += seat_numbers(con, sorted(str(c) for c in codes))
    lo, hi = frame.stated.low, frame.stated.high
    return not any(lo <= n <= hi for n in numbers)


# --- a superlative whose seat is the complement ("the closest result was X") -----------

#: the words between a superlative and the seat named as its complement ("The closest
#: Scottish result, though, was Berwick and East Lothian", "Labour's safest Welsh seat is
#: now Blaenau Gwent")
_COMPLEMENT_AFTER = re.compile(
    r"^[ ,]*(?:(?:though|however|then|by contrast|in the end)[ ,]+)?"
    r"(?:was|is|were|remains|remained|is now|was now|has been)\s+$",
    re.I,
)
#: the words between the seat and the superlative ("Gower was the narrowest result")
_COMPLEMENT_BEFORE = re.compile(r"^\s+(?:was|is|remains|remained|has been)\s+(?:now\s+)?$", re.I)
#: a superlative in apposition to the clause before it ("X won by 465 votes, the narrowest
#: of Labour's gains in London")
_APPOSITION = re.compile(r"^(?:the|its|their|his|her)\s", re.I)
#: the subject how of a superlative no slot of which was found
_NO_SUBJECT = "no subject found"
#: scope notes of a seat the claim's own sentence names, or its named candidate stood in
_SEAT_OF_SENTENCE = re.compile(
    r"^(?:named in the claim|the seat named in the sentence|the nearest seat named before "
    r"the claim)$"
)


def _metric_base(metric: str | None) -> str:
    return (metric or "").split(":", 1)[0]


def _seat_key(seat: dict[str, Any] | None) -> str:
    return str((seat or {}).get("name") or "").casefold()


def seat_superlatives(claims: list[Any], tags: list[Any], text: str) -> None:
    """A superlative read with no subject ("The closest Scottish result, though, was
    Berwick and East Lothian"; "Labour's safest Welsh seat is now Blaenau Gwent"; "Ruth
    Cadbury won by 465 votes, the narrowest of Labour's gains in London") takes as subject
    the seat its sentence ties it to: the seat named as its complement ("was"/"is now"
    SEAT, SEAT "was" the ...), or the seat of the claim it stands in apposition to, when
    that claim measures the superlative's own metric (a majority, a turnout) in a seat
    its sentence names or its named candidate stood in. The seat is then ranked as any
    named one is; a sentence that ties the superlative to no one seat keeps it
    unchecked."""
    seats = sorted((m for m in tags if m.kind == "seat" and m.ref.get("name")), key=_start)
    starts = [m.start for m in seats]
    by_sentence: dict[Any, list[Any]] = {}
    for o in claims:
        by_sentence.setdefault(o.sentence, []).append(o)
    for c in claims:
        f = c.frame
        if f is None or f.measure != "superlative" or f.subject.resolved:
            continue
        if f.subject.how != _NO_SUBJECT or not f.metric:
            continue
        # only the seats near the claim can be its complement (the patterns match a few
        # words): a window, not every seat of the text for every superlative
        lo = bisect.bisect_left(starts, c.start - _NEAR)
        hi = bisect.bisect_right(starts, c.end + _NEAR)
        mine = by_sentence.get(c.sentence, [])
        seat = _complement_seat(c, seats[lo:hi], mine, text) or _apposed_seat(c, mine, text)
        if seat is None:
            continue
        name, ref, how = seat
        f.subject = Subject(kind="seat", text=name, seat=ref, how=how, resolved=True)
        f.unresolved = [u for u in f.unresolved if not u.startswith("subject:")]


#: how far from a superlative a seat named as its complement can be (characters): the
#: complement patterns match a verb and a few linking words
_NEAR = 200


def _start(m: Any) -> int:
    return int(m.start)


def _seat_ref(name: str, ref: dict[str, Any], c: Any, claims: list[Any]) -> dict[str, Any] | None:
    """The seat's dict as the other claims of the sentence resolved it (their boundary set
    and code at the claim's election), else the mention's own with its code on the
    boundaries of the claim's election (2024 for ge2024 and notional 2019, else 2010);
    None when the seat has no code there. At a 1918-2005 election the series matches the
    seat by name, so the mention's dict is kept as it is."""
    from psephos.claims.evaluate_results import is_series_election

    for o in claims:
        seat = o.frame.scope.seat if o.sentence == c.sentence and o.frame is not None else None
        if seat and _seat_key(seat) == name.casefold():
            return dict(seat)
    out = dict(ref)
    election = str(c.frame.election)
    if is_series_election(election):
        return out
    bset = "2024" if election in ("ge2024", "notional2019") else "2010"
    code = (ref.get("codes") or {}).get(bset)
    if code is None:
        return None
    out.update(ons_code=code, boundary_set=bset)
    return out


def _complement_seat(
    c: Any, seats: list[Any], claims: list[Any], text: str
) -> tuple[str, dict[str, Any], str] | None:
    for m in seats:
        if c.start <= m.start and m.end <= c.end:
            before = text[c.start : m.start]
            ok = re.search(r"\b(?:is|was)(?:\s+now)?\s+$", before) is not None
        elif m.start >= c.end:
            ok = _COMPLEMENT_AFTER.match(text[c.end : m.start]) is not None
        elif m.end <= c.start:
            ok = _COMPLEMENT_BEFORE.match(text[m.end : c.start]) is not None
        else:
            ok = False
        if ok:
            name = str(m.ref.get("name") or m.text)
            ref = _seat_ref(name, m.ref, c, claims)
            return None if ref is None else (name, ref, "the seat named as its complement")
    return None


def _apposed_seat(c: Any, claims: list[Any], text: str) -> tuple[str, dict[str, Any], str] | None:
    start = c.start
    while start < c.end and text[start] in " ,":
        start += 1
    if not _APPOSITION.match(text[start : c.end]):
        return None
    before = [
        o
        for o in claims
        if o is not c and o.sentence == c.sentence and o.frame is not None and o.end <= c.start
    ]
    if not before:
        return None
    o = max(before, key=lambda x: x.end)
    if text[o.end : start].strip(" ,") or "," not in text[o.end : start + 1]:
        return None
    of = o.frame
    if of.scope.level != "seat" or not of.scope.seat:
        return None
    if _metric_base(of.metric or of.measure) != _metric_base(c.frame.metric):
        return None
    named = _SEAT_OF_SENTENCE.match(of.scope.how or "") is not None
    cand = (of.subject.candidate or {}) if of.subject.kind == "candidate" else {}
    codes = {of.scope.seat.get("ons_code"), *((of.scope.seat.get("codes") or {}).values())}
    stood = cand.get("ons_code") is not None and cand.get("ons_code") in codes
    if not (named or stood):
        return None
    name = str(of.scope.seat.get("name") or "")
    return name, dict(of.scope.seat), "the seat of the clause it stands in apposition to"


# --- "the narrowest Conservative gain" at a 1918-2005 election ---------------------------


def series_gain_group(frame: Frame, metric: str) -> tuple[str, str | None] | None:
    """The series group (and the one nation it is that party alone in) of a majority
    ranking whose conditions are exactly ``winner=P`` and ``changed_hands=yes`` ("the
    narrowest Conservative gain", "the party's narrowest gain of the night"), or None."""
    from psephos.claims.evaluate_results import SERIES_GROUP

    if metric != "majority" or len(frame.condition) != 2:
        return None
    conds = sorted(frame.condition)
    if conds[0] != "changed_hands=yes" or not conds[1].startswith("winner="):
        return None
    return SERIES_GROUP.get(conds[1].split("=", 1)[1])


def series_gains(
    table: Any, group: str, only: str | None, ascending: bool, election: str, db: Any
) -> Any:
    """The seats of a series ranking table (:func:`psephos.analysis.records.
    series_seat_table`) that ``group`` gained at ``election`` (within ``only``, its one
    nation): the rows the series compares with the election before and finds changed
    hands. A seat the group won that the series cannot compare (renamed, new boundaries, a
    winner it cannot name before) may be a gain: it stays in, lumped - it can be ahead of
    the ranked seat (its own figure) but never surely; so can a seat won by others (Oth),
    as in :func:`psephos.claims.evaluate_scope._series_won_by`. Held seats are left out."""
    import pandas as pd

    from psephos.analysis.records import series_changed_hands

    if only is not None:
        table = table[table["country"] == only]
    ch = series_changed_hands(election, db=db)
    gained = set(ch.loc[ch["changed_hands"] & (ch["winner"] == group), "name"])
    unknown = set(ch.loc[~ch["comparable"], "name"])
    mine = table[(table["winner"] == group) & table["name"].isin(gained)]
    lumped = table[
        ((table["winner"] == group) & table["name"].isin(unknown - gained))
        | (table["winner"] == "Oth")
    ].copy()
    if group != "Con":
        lumped = lumped[lumped["country"] != "Northern Ireland"]
    lumped[("majority_high" if ascending else "majority_low")] = (
        math.inf if ascending else -math.inf
    )
    lumped["exact"] = False
    return pd.concat([mine, lumped]), gained


# --- "South Belfast", "East Belfast": a seat's compass point said first ------------------

#: the compass points a seat's name ends with ("Belfast South", "Glasgow North West")
_COMPASS_END = re.compile(
    r"^(?P<town>.+?) (?P<point>(?:north|south) (?:east|west)|north|south|east|west|central)$"
)


def inverted_seat_names(
    seats: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """The names copy gives a town's seats with the compass point first, by their keys:
    "South Belfast" (Belfast South), "East Belfast", "North West Glasgow" (Glasgow North
    West). A name that is already a seat's ("North Down", "South Shields") or that two
    seats would share is left out, as :func:`psephos.claims.round9_wrong11.
    short_seat_names` leaves its short names."""
    found: dict[str, list[dict[str, Any]]] = {}
    owners: dict[str, set[str]] = {}
    for k, rows in seats.items():
        m = _COMPASS_END.match(k)
        if m is None or " and " in m["town"]:
            continue
        inverted = f"{m['point']} {m['town']}"
        if inverted in seats:
            continue
        found.setdefault(inverted, []).extend(rows)
        owners.setdefault(inverted, set()).add(k)
    return {k: v for k, v in found.items() if len(owners[k]) == 1}


# --- "its first victory since 1945": a party's general-election win ---------------------

#: the words of a party's win of a general election (not of a seat or a share)
_VICTORY = re.compile(r"\b(?:victory|victories|election win|general election win)\b", re.I)


#: the note :func:`victory_notes` puts on a party's "first victory since" frame
VICTORY_NOTE = "'victory': the party won the general election (the most seats)"


def victory_notes(claims: list[Any]) -> None:
    """Marks a ``first_since`` frame whose words are a party's "victory" ("its first
    victory since 1945"), for :func:`national_wins`."""
    for c in claims:
        f = c.frame
        if f is None or f.measure != "first_since" or VICTORY_NOTE in f.notes:
            continue
        if _VICTORY.search(c.text):
            f.notes.append(VICTORY_NOTE)


def national_wins(ctx: Any) -> tuple[dict[str, bool], dict[str, float], str, str] | None:
    """For "Labour won 317 seats ... its first victory since 1945": the elections of the
    1918-2019 series at which the party won the most seats in the UK (its general-election
    victories), as ``(holds, values, what, measure)`` for
    :func:`psephos.claims.evaluate_history._area_history`; None unless the claim is a
    party's "victory" said for the UK with no other condition. The party's seats and the
    largest other group's are the series' own (its ``Oth`` group is many parties, never
    one: it never counts as a winner)."""
    from psephos.analysis.records import series_group
    from psephos.analysis.series import party_series

    f = ctx.frame
    if f.condition or (f.outcome or "").lower() != "won" or f.scope.level != "uk":
        return None
    if f.subject.kind != "party" or not f.subject.party:
        return None
    if VICTORY_NOTE not in f.notes:
        return None
    group, _used = series_group(f.subject.party, "UK")
    s = party_series(area="UK", db=ctx.db)
    s = s[s["party"] != "Oth"]
    top = s.groupby("election", sort=False)["seats"].max()
    mine = s[s["party"] == group].set_index("election")["seats"]
    values = {str(e): float(mine.get(e, 0)) for e in top.index}
    holds = {str(e): bool(float(mine.get(e, 0)) >= top[e] > 0) for e in top.index}
    return (
        holds,
        values,
        f"{f.subject.party}'s seats (a victory when the most of any party)",
        "seats",
    )


# --- "Mike Weir, who had held Angus since 2005, lost": the run before the defeat -------------

#: the general elections of the candidate-level results, in order
_GENERALS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")


def defeated_tenure(con: Any, code: str, member_id: int, election: str) -> Any | None:
    """Since when a sitting MP defeated at ``election`` had held the seat ``code`` (its
    code at ``election``): :func:`psephos.analysis.tenure.held_since` as of the general
    election before, on that election's boundaries (a 2024 seat's predecessor, the 2010
    seat contributing most of its people). None where there is no election before in the
    candidate-level results or the member did not win the seat then."""
    from psephos.analysis.tenure import held_since, predecessor

    if election not in _GENERALS or election == _GENERALS[0]:
        return None
    before = _GENERALS[_GENERALS.index(election) - 1]
    if election == "ge2024":
        pred = predecessor(con, code)
        if pred is None:
            return None
        code = pred[0]
    t = held_since(con, code, member_id, election_id=before)
    return t if t.held_since is not None else None
