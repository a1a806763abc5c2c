"""Placings: in how many seats a party finished first, second, third ... at a general
election, in the UK, a nation or a region; one definition for the whole record, 1918-2024.

* 2010-2024: the candidate-level results (:func:`psephos.analysis.frame.party_votes`, the
  rank of a party's best-placed candidate in each seat); every count is exact.
* 1918-2005: the House of Commons Library's party-level series (CBP-8647,
  :func:`psephos.analysis.series.history_seats`) gives each seat's votes per group (``Con``,
  ``Lib``, ``Lab``, ``Nat``, ``Oth``), not per candidate, so a group's place in a seat is a
  range (:func:`series_placings`), assuming one candidate per named group:

  - ``low`` = 1 + the named groups with more votes;
  - ``high`` = ``low`` + the named groups with as many votes (a tie) + the number of
    candidates that the ``Oth`` figure (several parties summed) and the votes the file's
    total holds beyond its party columns (1997's sixteen Northern Ireland rows) could hold
    with at least as many votes as the group (``floor(S / v)``);
  - a two-member seat (to 1945) or a university seat with two or more members (a group may
    have run two candidates), a row with a blank total (its party cells may be incomplete),
    a result the store's corrections override, or a winner whose party the series does not
    know: the place is unclear (1 to any) and the reason is given;
  - unopposed returns place the returned group first and no one else.

  A count of seats where a group was Nth is then a range too: ``low`` counts the seats
  where the place is exactly N, ``high`` adds those where N is inside the range. The
  Speaker stands under the group the file gives him; his seat is counted like any other.

References
----------
.. [1] Watson, C. & Uberoi, E. (2020). *UK Election Statistics: 1918-2019, a century of
       elections*. House of Commons Library, CBP-7529 (with data file CBP-8647).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB
from psephos.errors import NotFoundError

if TYPE_CHECKING:
    import pandas as pd

NAMED = ("Con", "Lib", "Lab", "Nat")
#: the upper end of an unclear place
UNCLEAR = 99


def _area_key(area: str) -> str:
    a = area.strip().lower().replace("&", "and").removeprefix("the ")
    return {"eastern": "east of england", "great britain": "gb"}.get(a, a)


def _in_area(rows: pd.DataFrame, area: str) -> pd.Series:
    """Rows of the series (or the seat frame) in ``area``: the UK, GB, a country or a
    region (names as the summaries spell them, case and 'the'/'&' folded)."""
    key = _area_key(area)
    if key == "uk":
        return rows["country"].notna()
    if key == "gb":
        return rows["country"].isin(["England", "Scotland", "Wales"])
    country = rows["country"].astype(str).map(_area_key)
    region = rows["region"].astype(str).map(_area_key)
    hit = (country == key) | (region == key)
    if not hit.any():
        raise NotFoundError(
            f"No area '{area}' in the results.",
            hint="Areas are UK, GB, a country (England, Scotland, Wales, Northern Ireland) "
            "or a region (e.g. North East, East of England).",
        )
    return hit


def _place_range(row: dict[str, Any], group: str) -> tuple[int, int, str]:
    """(low, high, reason) of ``group``'s place in one series row; (0, 0, ...) when the group
    polled no votes there (not placed)."""
    seats = int(row.get("seats") or 1) if not _nan(row.get("seats")) else 1
    if row.get("placed") == "unopposed":
        won = float(row.get(f"{group}_seats") or 0) > 0
        return (1, 1, "returned unopposed") if won else (0, 0, "not placed (unopposed)")
    v = float(row.get(f"{group}_votes") or 0.0)
    if v <= 0:
        return 0, 0, "no votes"
    if seats > 1:
        return 1, UNCLEAR, f"a {seats}-member seat (a party may have had several candidates)"
    if _nan(row.get("total_votes_raw")):
        return 1, UNCLEAR, "the file's total is blank (its party figures may be incomplete)"
    if row.get("placed") == "corrected":
        return 1, UNCLEAR, "the result is overridden by the store's corrections"
    if row.get("winner") is not None and not bool(row.get("party_known", True)):
        return 1, UNCLEAR, "the series does not know the winner's party"
    named = [float(row.get(f"{g}_votes") or 0.0) for g in NAMED if g != group]
    low = 1 + sum(1 for x in named if x > v)
    ties = sum(1 for x in named if x == v)
    hidden = float(row.get("Oth_votes") or 0.0) + max(
        0.0, float(row.get("votes_cast") or 0.0) - sum(float(row.get(f"{g}_votes") or 0.0)
                                                       for g in (*NAMED, "Oth"))
    )  # fmt: skip
    more = int(hidden // v)
    reason = "exact" if not (ties or more) else (
        "others' votes (several candidates summed) or a tie may hide the order")  # fmt: skip
    return low, low + ties + more, reason


def _nan(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def series_placings(election: str, *, area: str = "UK", db: DB = None) -> pd.DataFrame:
    """Each group's place in each seat of a 1918-2005 general election in ``area``: one row
    per (seat, named group that polled or was returned): name, country, region, group,
    votes, low, high (the place's range, see the module's rules), reason, source_id.
    ``election`` is a series key (``1979``, ``1974F``) or a checker id (``ge1979``)."""
    from psephos.analysis.records import series_key
    from psephos.store.connect import connect, memo

    key = series_key(election)
    # a check asks for an election's placings once per claim: made once per store,
    # election and area, each caller given its own copy (round 10)
    got = memo(
        connect(db),
        f"analysis.placings.series_placings:{key}:{area}",
        lambda: _series_placings(key, area, db),
    )
    return got.copy()


def _series_placings(key: str, area: str, db: DB) -> pd.DataFrame:
    import pandas as pd

    from psephos.analysis.series import history_seats

    h = history_seats(db=db)
    rows = h[(h["election"].astype(str).str.upper() == key.upper()) & (h["level"] == "party")]
    if rows.empty:
        raise NotFoundError(
            f"No general election '{key}' in the 1918-2005 series.",
            hint="Series elections are 1918 ... 1974F, 1974O ... 2005.",
        )
    rows = rows[_in_area(rows, area)]
    blank = _blank_totals(key, db)
    out = []
    for rec in rows.to_dict("records"):
        r = {str(k): v for k, v in rec.items()}
        r["total_votes_raw"] = math.nan if (r["name"], r["boundary_set"]) in blank else 1.0
        for g in NAMED:
            low, high, why = _place_range(r, g)
            if low == 0:
                continue
            out.append(
                {
                    "name": r["name"],
                    "country": r["country"],
                    "region": r["region"],
                    "group": g,
                    "votes": float(r.get(f"{g}_votes") or 0.0),
                    "low": low,
                    "high": high,
                    "reason": why,
                    "source_id": r["source_id"],
                }
            )
    return pd.DataFrame(
        out,
        columns=["name", "country", "region", "group", "votes", "low", "high", "reason",
                 "source_id"],
    )  # fmt: skip


def _blank_totals(key: str, db: DB) -> set[tuple[str, Any]]:
    """(name, boundary set) of the rows of ``key`` whose total_votes cell is blank."""
    from psephos.store.connect import connect

    con = connect(db)
    got = con.execute(
        "SELECT trim(constituency_name), boundary_set FROM history_1918_2019 "
        "WHERE upper(CAST(election AS VARCHAR)) = ? AND total_votes IS NULL "
        "AND coalesce(con_unopposed, 0) + coalesce(lib_unopposed, 0) + "
        "coalesce(lab_unopposed, 0) + coalesce(natsw_unopposed, 0) + "
        "coalesce(oth_unopposed, 0) = 0",
        [key.upper()],
    ).fetchall()
    return {(str(a), b) for a, b in got}


def placing_count(
    election: str, party: str, place: int = 2, *, area: str = "UK", db: DB = None
) -> dict[str, Any]:
    """In how many seats of ``area`` ``party`` finished ``place`` (1 = won) at ``election``.

    Returns
    -------
    dict
        election, party, group (the series group at 1918-2005, else the party), area (the
        series puts the SNP and Plaid Cymru together as ``Nat``, so their area is their
        nation), place, ``low`` and ``high`` (equal when every seat's place is known; see
        the module's rules), ``unclear``: [(seat, reason)] of the seats between them, and
        ``source_ids``.

    Raises
    ------
    NotFoundError
        An election, party or area the results do not hold.

    Examples
    --------
    >>> got = placing_count("1983", "LD", 2)   # the Alliance, second in 313 seats  # doctest: +SKIP
    >>> got["low"], got["high"]                                                   # doctest: +SKIP
    (313, 313)
    """
    from psephos.analysis.records import election_id_of, series_group, series_key

    key = series_key(str(election))
    eid = election_id_of(key)
    if key[:4].isdigit() and int(key[:4]) < 2010:
        group, area_ = series_group(party, area)
        t = series_placings(eid, area=area_, db=db)
        t = t[t["group"] == group]
        exact = t[(t["low"] == place) & (t["high"] == place)]
        maybe = t[(t["low"] <= place) & (t["high"] >= place) & (t["low"] < t["high"])]
        return {
            "election": eid,
            "party": party,
            "group": group,
            "area": area_,
            "place": place,
            "low": len(exact),
            "high": len(exact) + len(maybe),
            "unclear": list(zip(maybe["name"], maybe["reason"], strict=True)),
            "source_ids": sorted({str(s) for s in t["source_id"]}),
        }
    from psephos.analysis.frame import party_votes, seat_frame

    seats = seat_frame(eid, db=db)
    pv = party_votes(eid, db=db)
    pv = pv[(pv["party_code"] == party) & (pv["best_rank"] == place)]
    inside = seats[_in_area(seats, area)]
    n = int(pv["ons_code"].isin(inside["ons_code"]).sum())
    return {
        "election": eid,
        "party": party,
        "group": party,
        "area": area,
        "place": place,
        "low": n,
        "high": n,
        "unclear": [],
        "source_ids": sorted({str(s) for s in inside["source_id"]}),
    }


def series_seat_placing(name: str, election: str, party: str, *, db: DB = None) -> dict[str, Any]:
    """``party``'s place in one seat at a 1918-2005 general election, the seat named as
    :func:`psephos.analysis.records.series_seat_result` matches names.

    Returns
    -------
    dict
        name (as in the file), election (series key), group, low and high (the place's range,
        see the module's rules; 0 when the group polled no votes there), reason, the
        groups' votes (``votes``: group -> votes, most first) and source_id.

    Raises
    ------
    NotFoundError
        No seat of that name at that election, or several; a party the series counts among
        others; a nationalist party outside its nation.
    """
    from psephos.analysis.records import series_group, series_seat_row

    key, row = series_seat_row(name, election, db=db)
    group, _ = series_group(party, str(row.get("country") or "UK"))
    blank = _blank_totals(key, db)
    row["total_votes_raw"] = math.nan if (row["name"], row["boundary_set"]) in blank else 1.0
    low, high, why = _place_range(row, group)
    votes = {g: float(row.get(f"{g}_votes") or 0.0) for g in (*NAMED, "Oth")}
    return {
        "name": row["name"],
        "election": key,
        "group": group,
        "low": low,
        "high": high,
        "reason": why,
        "votes": dict(sorted(((g, v) for g, v in votes.items() if v > 0), key=lambda x: -x[1])),
        "source_id": row["source_id"],
    }
