"""Seats, votes and shares by party for the UK, Great Britain, each country and region.

For the general elections 2010–2024 (and the notional results) the summary is built from
the candidate-level results; change is measured against the previous general election on
the same boundaries, or the notional result when boundaries changed (2024 against the
notional 2019 result on the 2024 boundaries; Reform UK against the Brexit Party). For
1918–2005 it comes from the party-level series (:func:`psephos.analysis.series.history_summary`).

Shares are fractions of valid votes (0–1). Independents are not a party: every independent
is a candidate of their own (docs/store.md). The official totals still count the seats they
win (six in 2024), so the summary keeps one row for them, code ``Ind`` and name
:data:`INDEPENDENTS` ("Independents (each a candidate of their own; not a party)"); its
change compares different candidates, and the notes say so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import (
    DB,
    SEAT_ELECTIONS,
    party_names,
    party_votes,
    predecessor_map,
    resolve_election,
    seat_frame,
)
from psephos.analysis.summary_table import (
    COLUMNS,
    COUNTRY_ORDER,
    INDEPENDENTS,
    TOTAL_COLUMNS,
    Summary,
)
from psephos.analysis.summary_table import combine as _combine
from psephos.errors import InputError, NotFoundError

__all__ = ["BY", "COLUMNS", "COUNTRY_ORDER", "INDEPENDENTS", "TOTAL_COLUMNS", "Summary", "summary"]

if TYPE_CHECKING:
    import pandas as pd

BY = ("country", "region", "all", "none")


def summary(
    *,
    election: str | int = "ge2024",
    by: str = "country",
    area: str | None = None,
    compare: str | int | None = None,
    db: DB = None,
) -> Summary:
    """Seats, votes and shares by party, with change on the comparison election.

    Parameters
    ----------
    election : str or int
        ``ge2024`` (default), ``2019``, ``notional2019``, or a year or id of the 1918–2019
        series (``1997``, ``1974F``).
    by : {"country", "region", "all", "none"}
        Areas after the UK and Great Britain rows.
    area : str, optional
        Only this area: ``UK``, ``GB`` / ``Great Britain``, a country or a region
        (``London``), in any case. An unknown area raises NotFoundError with suggestions.
    compare : str or int, optional
        Measure change against this election instead of the previous one: any election of
        the 1918–2005 series for a series election (``election=2005, compare=1945``), any
        of 2010–2024 for a candidate-level one. The two levels are not mixed.

    Returns
    -------
    Summary

    Examples
    --------
    >>> s = summary(election="ge2024")                                  # doctest: +SKIP
    >>> s.table.query("area == 'UK' and party_code == 'Lab'")["seats"]  # doctest: +SKIP
    411
    """
    if by not in BY:
        raise InputError(f"--by must be one of {', '.join(BY)}; got '{by}'.")
    if area is not None:
        result = summary(election=election, by="all", compare=compare, db=db)
        return _only_area(result, area)
    if compare is None and isinstance(election, str):
        from psephos.store.derived import stored_summary

        stored = stored_summary(db, election, by)  # written at build: read, not computed
        if stored is not None:
            return stored
    text = str(election).strip().lower()
    seat_level = text in SEAT_ELECTIONS or text.removeprefix("ge") in {
        e.removeprefix("ge") for e in SEAT_ELECTIONS if e.startswith("ge")
    }
    if not seat_level:
        from psephos.analysis.series import history_elections, history_summary

        years = history_elections(db=db)
        key = str(election).strip().upper().removeprefix("GE").removeprefix("H")
        if text.startswith("by-") or key not in {y.upper() for y in years}:
            _unknown_election(election, years)
        return history_summary(
            election=str(election),
            by=by,
            compare=None if compare is None else str(compare),
            db=db,
        )
    el = resolve_election(election, db=db)
    notes_extra: list[str] = []
    if compare is not None:
        other = str(compare).strip().lower()
        if other not in SEAT_ELECTIONS and f"ge{other}" not in SEAT_ELECTIONS:
            raise InputError(
                f"Cannot compare {el.title} with '{compare}'.",
                hint="A 2010–2024 election compares with another of 2010–2024 (or a "
                "notional result); the 1918–2005 party-level series compares within itself, "
                "e.g. --election 2005 --compare 1945.",
            )
        target = resolve_election(compare, db=db)
        if target.election_id == el.election_id:
            raise InputError(f"--compare names the same election as --election ({compare}).")
        from dataclasses import replace

        if target.boundary_set != el.boundary_set:
            notes_extra = [
                f"{target.title} was fought on other boundaries: the totals compare, "
                "seats are not matched one by one."
            ]
        el = replace(el, previous=target.election_id, previous_title=target.title)
    now = _area_party(el.election_id, by, {}, db)
    notes = [
        "Shares are of valid votes.",
        f"Ind is not a party: the row '{INDEPENDENTS}' counts the seats, votes and share of "
        "every independent candidate together; its change compares different candidates, "
        "not one party's change.",
    ]
    if el.previous:
        renames = _renames_for(predecessor_map(db=db), set(now[0]["party_code"]))
        before = _area_party(el.previous, by, renames, db)
        names_now = party_names(db=db)
        linked = [
            f"{names_now.get(new, new)} ({new}) is compared with {names_now.get(old, old)} "
            f"({old}), its former name"
            for old, new in renames.items()
            if (now[0]["party_code"] == new).any() and (before[0]["party_code"] == new).any()
        ]
        notes.append(
            f"Change is against {el.previous_title}"
            + ("; " + "; ".join(linked) if linked else "")
            + "."
        )
    else:
        before = None
    notes += notes_extra
    table, totals = _combine(now, before)
    names = party_names(db=db)
    names = {**names, "Ind": INDEPENDENTS}
    table.insert(3, "party_name", table["party_code"].map(names).fillna(table["party_code"]))
    return Summary(
        el.election_id,
        el.title,
        el.previous,
        el.previous_title,
        "candidate",
        table[COLUMNS],
        totals[TOTAL_COLUMNS],
        notes,
    )


def _only_area(result: Summary, area: str) -> Summary:
    """``result`` restricted to one area (matched ignoring case; GB = Great Britain)."""
    from psephos._suggest import suggest

    wanted = area.strip().lower()
    wanted = {"gb": "great britain", "united kingdom": "uk"}.get(wanted, wanted)
    names = list(result.totals["area"])
    hit = next((n for n in names if n.lower() == wanted), None)
    if hit is None:
        raise NotFoundError(
            f"No area '{area.strip()}' in {result.title}." if area.strip() else "No area given.",
            suggestions=suggest(area, names) if area.strip() else (),
            hint="Areas: " + ", ".join(dict.fromkeys(names)) + ".",
        )
    # a country is also listed as a region (Scotland, Wales, Northern Ireland): keep one
    kind = result.totals.loc[result.totals["area"] == hit, "area_type"].iloc[0]
    table = result.table[(result.table["area"] == hit) & (result.table["area_type"] == kind)]
    totals = result.totals[(result.totals["area"] == hit) & (result.totals["area_type"] == kind)]
    table, totals = table.reset_index(drop=True), totals.reset_index(drop=True)
    return Summary(
        result.election,
        result.title,
        result.compared_with,
        result.compared_title,
        result.level,
        table,
        totals,
        result.notes,
    )


def _unknown_election(election: str | int, years: list[str]) -> None:
    from psephos._suggest import suggest

    text = str(election).strip()
    seat = list(SEAT_ELECTIONS)
    if not text:
        what = "No election given."
    elif text.lower().startswith("by-"):
        what = f"'{text}' is a by-election: by-elections cannot be summarised."
    else:
        what = f"No election '{text}' to summarise."
    raise NotFoundError(
        what,
        suggestions=suggest(text, [*seat, *years]) if text and not text.startswith("by-") else (),
        hint="Summaries exist for "
        + ", ".join(seat)
        + " (or a year, 2010–2024) and, from the party-level series, "
        + ", ".join(years)
        + ". A by-election's result is in `psephos seat NAME`.",
    )


def _renames_for(predecessors: dict[str, str], now: set[str]) -> dict[str, str]:
    """Old code -> new code, for the earlier election's rows: only when the new code stands
    now and the old one does not. A party that outlived its alliance keeps its own code
    (``UCUNF``, the 2010 UUP-Conservative list, has the UUP as predecessor: comparing the
    2017 UUP with the 2015 UUP renamed to UCUNF gave it no earlier seats at all)."""
    return {old: new for new, old in predecessors.items() if new in now and old not in now}


def _areas(frame: pd.DataFrame, by: str) -> list[tuple[str, str, Any]]:
    """(area_type, area, mask) for every area wanted."""
    out: list[tuple[str, str, Any]] = [
        ("uk", "UK", frame["country"].notna()),
        ("gb", "Great Britain", frame["country"] != "Northern Ireland"),
    ]
    if by in ("country", "all"):
        for c in COUNTRY_ORDER:
            out.append(("country", c, frame["country"] == c))
    if by in ("region", "all"):
        for r in sorted(frame["region"].dropna().unique()):
            out.append(("region", r, frame["region"] == r))
    return out


def _area_party(
    eid: str, by: str, renames: dict[str, str], db: DB
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(one row per area and party: votes, seats won, share of the area's valid votes;
    one row per area: seats, valid votes, electorate, turnout). Parties are numbered once
    and each area's sums are a ``bincount`` over its rows (a pandas ``groupby`` per area
    cost a second per summary): the same table, parties in code order within each area."""
    import numpy as np
    import pandas as pd

    seats = seat_frame(eid, db=db)
    votes = party_votes(eid, db=db).merge(
        seats[["ons_code", "country", "region", "winner"]], on="ons_code"
    )
    votes["party_code"] = votes["party_code"].replace(renames)
    votes["won"] = (votes["best_rank"] == 1).astype(int)
    codes, parties = pd.factorize(votes["party_code"], sort=True)  # -1: no party code
    n_parties = len(parties)
    all_votes = votes["votes"].to_numpy()
    won = votes["won"].to_numpy()
    electorate, valid_col = seats["electorate"], seats["valid_votes"]
    picks: list[Any] = []
    counts: list[Any] = []
    seat_sums: list[Any] = []
    shares: list[Any] = []
    kinds: list[str] = []
    names: list[str] = []
    totals = []
    seat_masks = {(k, a): m for k, a, m in _areas(seats, by)}  # once, not once per area
    for kind, area, mask in _areas(votes, by):
        m = mask.to_numpy(dtype=bool)
        c = codes[m]
        v = all_votes[m]
        has = c >= 0  # a row without a party code counts in the valid votes only
        rows = np.bincount(c[has], minlength=n_parties)
        present = np.flatnonzero(rows)
        vsum = np.zeros(n_parties, dtype=np.int64)
        np.add.at(vsum, c[has], v[has])
        wsum = np.zeros(n_parties, dtype=np.int64)
        np.add.at(wsum, c[has], won[m][has])
        valid = float(v.sum())
        picks.append(present)
        counts.append(vsum[present])
        seat_sums.append(wsum[present])
        shares.append(vsum[present] / valid if valid else np.full(len(present), float("nan")))
        kinds += [kind] * len(present)
        names += [area] * len(present)
        smask = seat_masks[(kind, area)]
        total_electorate = float(electorate[smask].sum())
        totals.append(
            {
                "area_type": kind,
                "area": area,
                "seats": int(smask.sum()),
                "valid_votes": valid,
                "electorate": total_electorate,
                "turnout": float(valid_col[smask].sum()) / total_electorate
                if total_electorate
                else float("nan"),
            }
        )
    table = pd.DataFrame(
        {
            "party_code": parties.take(np.concatenate(picks)),
            "votes": np.concatenate(counts).astype(np.int64),
            "seats": np.concatenate(seat_sums).astype(np.int64),
            "share": np.concatenate(shares).astype(float),
            "area_type": kinds,
            "area": names,
        }
    )
    return table, pd.DataFrame(totals)
