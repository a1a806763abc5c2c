"""Round 7b (WRONG-B): readings of the 1918-2005 series a true claim can rest on.

Two classes of true claims the ninth held-out batch saw called false, both about figures the
party-level series (CBP-8647) gives in two honest ways:

- **A party's votes or share as the file prints them** (:func:`as_published`). The store
  corrects the file where it codes a member's votes in another group's column
  (``history_corrections``: 1951's Labour members coded "other"), so its 1951 Labour total is
  13,928,834 while the file's own column adds up to 13,759,625. A reporter who quotes the
  file quotes the second; a figure true of the file as published is ``supported`` (the
  evidence names both), and one false on both readings stays ``contradicted``.
- **A net change of seats across an election before 1950** (:func:`change_in_doubt`). The
  series cannot place two-member and university seats (or places them by an assumed block
  vote), so a party's seat total there lies between the seats it surely won and those plus
  every doubtful seat it fought. A change whose stated size lies inside the range those
  bounds allow ("They lost 118 seats", the Liberals in 1924: -121 in the series' groups,
  -118 in single-member seats) is ``uncertain``, not ``contradicted``; one outside the range
  is still false.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from psephos.claims.evaluate import (
    Ctx,
    Evaluation,
    Unanswerable,
    _election_id,
    as_stated_scale,
    judge,
    store_path,
)
from psephos.claims.frame import Frame
from psephos.claims.model import Evidence

if TYPE_CHECKING:
    from psephos.claims.evaluate import DB

#: the measures whose series figure the file prints per seat (a party's votes and share)
_PUBLISHED = ("votes", "share")
#: the largest change range tried integer by integer (a wider one is judged by its ends)
_MAX_STEPS = 2000


def as_published(con: Any, frame: Frame, out: Evaluation) -> Evaluation:
    """``out`` (a contradiction of a party's votes or share, or a pair's, in an area at a 1918-2005
    election) made ``supported`` when the figure is true of CBP-8647 as published, before
    the store's corrections; otherwise ``out`` unchanged."""
    from psephos.claims.evaluate_results import SERIES_GROUP, area_row, is_series_election

    measure = frame.measure
    parties = [frame.subject.party]
    if measure == "combined":  # round 9c: a pair's share or votes, the two groups summed
        measure = {"votes": "votes", "percent": "share"}.get(frame.unit or "", "")
        parties.append(frame.other.party if frame.other is not None else None)
    if out.verdict != "contradicted" or measure not in _PUBLISHED:
        return out
    if frame.stated is None or frame.subject.kind != "party" or not all(parties):
        return out
    if frame.scope.level not in ("uk", "gb", "country", "region") or frame.unresolved:
        return out
    ctx = Ctx(store_path(con), frame, _election_id(str(frame.election or "")))
    if not is_series_election(ctx.election) or not all(p in SERIES_GROUP for p in parties):
        return out
    try:
        areas = {area_row(ctx, p)[2] for p in parties}
    except Unanswerable:
        return out
    groups = {SERIES_GROUP[str(p)][0] for p in parties}
    if len(areas) != 1 or len(groups) != len(parties):
        return out  # shares of different nations' votes, or one group named twice
    area = areas.pop()
    got = [_published(ctx, area, g) for g in sorted(groups)]
    if any(g is None for g in got):
        return out
    votes = sum(g[0] for g in got if g is not None)
    cast, n_fixed = got[0][1:] if got[0] is not None else (0.0, 0)
    if n_fixed == 0:
        return out  # no correction in the area: the file's figure is the store's
    if measure == "share":
        if not cast:
            return out
        value = votes / cast
        cmp = as_stated_scale(value, frame.stated, frame.unit)
        shown = f"{value * 100:.1f}%"
    else:
        value = cmp = votes
        shown = f"{votes:,.0f}"
    if judge(cmp, frame) != "supported":
        return out
    ev = Evidence(
        f"{ctx.election}, {area}, CBP-8647 as published (before the store's corrections)",
        value,
        shown,
        "supported",
        ["cbp-8647-1918-2019"],
        "psephos.analysis.series.history_votes_as_published",
    )
    return Evaluation(
        "supported",
        f"{' + '.join(map(str, parties))}'s {measure} in {area} in the file as published (CBP-8647, "
        f"its columns summed) was {shown}, as stated. The store corrects {n_fixed} seat "
        f"row{'s' if n_fixed != 1 else ''} of that election where the file codes a "
        f"member's votes in another group's column, which gives: {out.explanation}",
        [ev, *out.evidence],
        out.tolerance,
        out.command,
    )


def _published(ctx: Ctx, area: str, group: str) -> tuple[float, float, int] | None:
    """(the group's votes as published, votes cast, seat rows corrected) in ``area`` at the
    frame's series election, or None when the area is not one the series names; once per
    store, election, area and group (a pure function of the store: a 1 MB story asked it
    200 times, two filters of the 15,000 series rows each)."""
    from psephos.store.connect import connect, memo

    return memo(
        connect(ctx.db),
        f"claims.round7b_b.published:{ctx.election}:{area}:{group}",
        lambda: _published_in(ctx.db, ctx.election, area, group),
    )


def _published_in(db: Any, election: str, area: str, group: str) -> tuple[float, float, int] | None:
    from psephos.analysis.records import series_key
    from psephos.analysis.series import history_seats, history_votes_as_published

    key = series_key(election).upper()
    pub = history_votes_as_published(db=db)
    fixed = history_seats(db=db)
    pub = pub[pub["election"].astype(str).str.upper() == key]
    fixed = fixed[fixed["election"].astype(str).str.upper() == key]
    if pub.empty:
        return None
    mask, fmask = _area_mask(pub, area), _area_mask(fixed, area)
    if mask is None or fmask is None:
        return None
    pub, fixed = pub[mask], fixed[fmask]
    n_fixed = int(fixed["correction"].notna().sum())
    return float(pub[f"{group}_votes"].sum()), float(pub["votes_cast"].sum()), n_fixed


def _area_mask(rows: Any, area: str) -> Any:
    a = area.lower()
    if a == "uk":
        return rows["country"].notna()
    if a == "great britain":
        return rows["country"].isin(["England", "Scotland", "Wales"])
    for level in ("country", "region"):
        m = rows[level].astype(str).str.lower() == a
        if m.any():
            return m
    return None


# ----------------------------------------------------------------- seat changes before 1950


def change_in_doubt(ctx: Ctx) -> str | None:
    """Why a contradicted net change of a party's seats in an area at or against a series
    election before 1950 is not called false: the stated change lies inside the range the
    series' doubtful seats allow (see the module). None when it does not, or the frame is
    not such a change."""
    from psephos.claims.evaluate_change import _judge_change, _previous_election
    from psephos.claims.evaluate_results import (
        SEAT_LEVEL,
        SERIES_GROUP,
        SINGLE_MEMBER_FROM,
        area_row,
    )

    f = ctx.frame
    if f.measure not in ("net_change", "change") or (f.unit or "seats") != "seats":
        return None
    if f.measure == "change" and f.unit != "seats":
        return None
    party = f.subject.party
    if f.subject.kind != "party" or party not in SERIES_GROUP or f.stated is None:
        return None
    if ctx.election in SEAT_LEVEL or f.scope.level not in ("uk", "gb", "country", "region"):
        return None
    base = _election_id(str(f.baseline)) if f.baseline else _previous_election(ctx)
    if base is None or base in SEAT_LEVEL:
        return None
    try:
        _, _, area, _ = area_row(ctx, party)
    except Unanswerable:
        return None
    group = SERIES_GROUP[party][0]
    now = _bounds(ctx.db, ctx.election, area, group)
    then = _bounds(ctx.db, base, area, group)
    if now is None or then is None:
        return None
    (lo1, hi1, y1), (lo0, hi0, y0) = now, then
    if min(y0, y1) >= SINGLE_MEMBER_FROM:
        return None
    low, high = lo1 - hi0, hi1 - lo0
    values = range(int(low), int(high) + 1) if high - low <= _MAX_STEPS else (int(low), int(high))
    if not any(_judge_change(ctx, float(v), float(v)) == "supported" for v in values):
        return None
    return (
        f"{party}'s seats in {area} are {lo1}-{hi1} at {ctx.election} and {lo0}-{hi0} at "
        f"{base} counting only the seats the series places for certain and then every "
        "two-member, university or unplaced seat the party fought, so its change lies "
        f"between {low:+d} and {high:+d}, a range the stated figure falls in"
    )


def _bounds(db: DB, election: str, area: str, group: str) -> tuple[int, int, int] | None:
    """(fewest, most, year): the group's seats in ``area`` at a series election, from the
    seats the series surely places (contested single-member seats and unopposed returns)
    to those plus the members of every doubtful seat it fought (multi-member, university,
    unplaced, placed by a correction, the Speaker's)."""
    from psephos.analysis.records import series_key
    from psephos.analysis.series import history_seats

    h = history_seats(db=db)
    h = h[h["election"].astype(str).str.upper() == series_key(election).upper()]
    h = h[h["level"] == "party"]
    if h.empty:
        return None
    mask = _area_mask(h, area)
    if mask is None:
        return None
    h = h[mask]
    placed = h["placed"].astype(str)
    doubt = (
        h["speaker"].fillna(False).astype(bool)
        | h["winner"].isna()
        | ((placed != "contest") & (placed != "unopposed"))
        | (h["seats"].fillna(1) != 1)
    )
    sure = int(h.loc[~doubt, f"{group}_seats"].sum())
    fought = doubt & ((h[f"{group}_votes"].fillna(0) > 0) | (h[f"{group}_seats"] > 0))
    extra = int(h.loc[fought, "seats"].fillna(1).sum())
    year = int(h["year"].min())
    if math.isnan(float(year)):
        return None
    return sure, sure + extra, year


def series_readings(con: Any, frame: Frame, out: Evaluation) -> Evaluation:
    """``out`` (a contradiction) read again on the series' other honest figures: the file
    as published (:func:`as_published`), a seat change's doubtful seats
    (:func:`change_in_doubt`, then ``uncertain``)."""
    if out.verdict != "contradicted":
        return out
    out = as_published(con, frame, out)
    if out.verdict != "contradicted":
        return out
    ctx = Ctx(store_path(con), frame, _election_id(str(frame.election or "")))
    try:
        why = change_in_doubt(ctx)
    except Unanswerable:
        why = None
    if why is None:
        return out
    for e in out.evidence:
        e.verdict = "uncertain"
    out.verdict = "uncertain"
    out.explanation = f"{out.explanation} Not called false: {why}."
    return out
