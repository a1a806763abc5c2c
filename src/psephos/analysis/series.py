"""The 1918–2019 party-level series (House of Commons Library, CBP-8647): seats, votes and
shares by party group per election, for the UK, Great Britain, each country and region.

The file gives, per seat and election, the votes of five groups: ``Con``, ``Lib`` (Liberal,
Alliance, Liberal Democrat), ``Lab``, ``Nat`` (SNP and Plaid Cymru) and ``Oth`` (everyone
else, summed). The winner is the group with most votes; unopposed returns and two-member
seats (to 1945) have no winner here. :mod:`psephos.analysis.history` joins this series to
the 2010–2024 candidate-level results.

References
----------
.. [1] Watson, C. & Uberoi, E. (2020). *UK Election Statistics: 1918–2019, a century of
       elections*. House of Commons Library, CBP-7529 (with data file CBP-8647).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB, party_votes, seat_frame
from psephos.errors import NotFoundError
from psephos.store.connect import connect

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from psephos.analysis.summary import Summary

GROUPS = ("Con", "Lib", "Lab", "Nat", "Oth")
GROUP_OF = {"Con": "Con", "LD": "Lib", "Lab": "Lab", "SNP": "Nat", "PC": "Nat"}
CANDIDATE_ELECTIONS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")


def history_elections(*, db: DB = None) -> list[str]:
    """The elections of the 1918–2019 series, in order (``1918`` … ``1974F``, ``1974O`` …)."""
    con = connect(db)
    return list(_series_seats(con)["election"].drop_duplicates())


def history_seats(*, db: DB = None) -> pd.DataFrame:
    """Seat results 1918–2005 from the party-level series, columns :data:`SEAT_COLUMNS`
    (``level`` = ``party``) plus the group shares ``Con`` … ``Oth``."""
    con = connect(db)
    return _series_seats(con).copy()


def party_series(*, area: str = "UK", db: DB = None) -> pd.DataFrame:
    """Votes, shares and seats by party group for every general election 1918–2024.

    Returns
    -------
    DataFrame
        election, year, party (Con, Lib, Lab, Nat, Oth), votes, share, seats, level.
        1918–2005 from the party-level series; 2010–2024 from candidate-level results,
        grouped the same way (LD as Lib, SNP and PC as Nat).
    """
    import pandas as pd

    areas = {
        "uk": None,
        "gb": ["England", "Scotland", "Wales"],
        "great britain": ["England", "Scotland", "Wales"],
        "england": ["England"],
        "scotland": ["Scotland"],
        "wales": ["Wales"],
        "northern ireland": ["Northern Ireland"],
    }
    key = area.strip().lower()
    if key not in areas:
        raise NotFoundError(
            f"No area '{area}' for the party series.",
            hint="Use UK, GB, England, Scotland, Wales or Northern Ireland.",
        )
    countries = areas[key]
    old = history_seats(db=db)
    old = old[old["level"] == "party"]
    if countries:
        old = old[old["country"].isin(countries)]
    parts = []
    for (election, year), part in old.groupby(["election", "year"], sort=False):
        for g in GROUPS:
            parts.append(
                {
                    "election": election,
                    "year": int(str(year)),
                    "party": g,
                    "votes": float(part[f"{g}_votes"].sum()),
                    "seats": int((part["winner"] == g).sum()),
                }
            )
    for eid in CANDIDATE_ELECTIONS:
        seats = seat_frame(eid, db=db)
        if countries:
            seats = seats[seats["country"].isin(countries)]
        pv = party_votes(eid, db=db)
        pv = pv[pv["ons_code"].isin(seats["ons_code"])]
        group = pv["party_code"].map(GROUP_OF).fillna("Oth")
        won = seats["winner"].map(GROUP_OF).fillna("Oth")
        for g in GROUPS:
            parts.append(
                {
                    "election": eid.removeprefix("ge"),
                    "year": int(eid[2:]),
                    "party": g,
                    "votes": float(pv.loc[group == g, "votes"].sum()),
                    "seats": int((won == g).sum()),
                }
            )
    out = pd.DataFrame(parts)
    totals = out.groupby("election", sort=False)["votes"].transform("sum")
    out["share"] = out["votes"] / totals
    out["level"] = ["candidate" if y >= 2010 else "party" for y in out["year"]]
    return out[["election", "year", "party", "votes", "share", "seats", "level"]].reset_index(
        drop=True
    )


def history_summary(*, election: str, by: str = "country", db: DB = None) -> Summary:
    """A :class:`~psephos.analysis.summary.Summary` for one election of the 1918–2019 series
    (party groups Con, Lib, Lab, Nat, Oth), with change on the previous election."""
    import pandas as pd

    from psephos.analysis.summary import COLUMNS, COUNTRY_ORDER, TOTAL_COLUMNS, Summary

    seats = history_seats(db=db)
    order = list(seats["election"].drop_duplicates())
    key = str(election).strip().upper().removeprefix("GE").removeprefix("H")
    by_upper = {e.upper(): e for e in order}
    if key not in by_upper:
        raise NotFoundError(
            f"No election '{election}' in the 1918–2019 series.",
            hint="Elections: " + ", ".join(order) + ".",
        )
    eid = by_upper[key]
    prev = order[order.index(eid) - 1] if order.index(eid) > 0 else None

    def areas(frame: pd.DataFrame) -> list[tuple[str, str, Any]]:
        out = [
            ("uk", "UK", frame["country"].notna()),
            ("gb", "Great Britain", frame["country"].isin(["England", "Scotland", "Wales"])),
        ]
        if by in ("country", "all"):
            out += [("country", c, frame["country"] == c) for c in COUNTRY_ORDER]
        if by in ("region", "all"):
            out += [
                ("region", r, frame["region"] == r)
                for r in sorted(frame["region"].dropna().unique())
            ]
        return out

    def one(e: str) -> tuple[pd.DataFrame, pd.DataFrame]:
        part = seats[seats["election"] == e]
        rows, totals = [], []
        for kind, area, mask in areas(part):
            sub = part[mask]
            valid = float(sum(sub[f"{g}_votes"].sum() for g in GROUPS))
            for g in GROUPS:
                v = float(sub[f"{g}_votes"].sum())
                rows.append(
                    {
                        "area_type": kind,
                        "area": area,
                        "party_code": g,
                        "votes": v,
                        "seats": int((sub["winner"] == g).sum()),
                        "share": v / valid if valid else float("nan"),
                    }
                )
            electorate = float(sub["electorate"].sum())
            totals.append(
                {
                    "area_type": kind,
                    "area": area,
                    "seats": int(sub["seats"].sum()),
                    "valid_votes": valid,
                    "electorate": electorate,
                    "turnout": float("nan"),
                }
            )
        return pd.DataFrame(rows), pd.DataFrame(totals)

    from psephos.analysis.summary import _combine

    table, totals = _combine(one(eid), one(prev) if prev else None)
    names = {
        "Con": "Conservative",
        "Lib": "Liberal / Alliance / Liberal Democrat",
        "Lab": "Labour",
        "Nat": "SNP and Plaid Cymru",
        "Oth": "Other",
    }
    table.insert(3, "party_name", table["party_code"].map(names))
    undetermined = int(
        seats.loc[(seats["election"] == eid) & seats["winner"].isna(), "seats"].sum()
    )
    notes = [
        "Party-level series (CBP-8647): five groups; Oth sums every other candidate.",
        "Seats are counted where one group topped a single-member contest.",
    ]
    if undetermined:
        notes.append(
            f"{undetermined} seats (unopposed, two-member or without votes) have no winner here."
        )
    return Summary(
        eid,
        f"General election {eid}",
        prev,
        f"General election {prev}" if prev else None,
        "party",
        table[COLUMNS],
        totals[TOTAL_COLUMNS],
        notes,
    )


def _series_seats(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    from psephos.store.connect import memo

    return memo(con, "analysis.series.seats", lambda: _read_series_seats(con))


def _read_series_seats(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    import numpy as np

    raw = con.execute(
        """
        SELECT election, year, constituency_id, trim(constituency_name) AS name,
               country_region, seats, boundary_set, electorate, total_votes, turnout,
               con_votes, lib_votes, lab_votes, natsw_votes, oth_votes, source_id, source_row
        FROM history_1918_2019 WHERE year < 2010 ORDER BY year, election, source_row
        """
    ).df()
    cr = raw["country_region"].fillna("")
    raw["country"] = np.select(
        [cr.isin(["Scotland", "Wales", "Northern Ireland"]), cr.isin(["Ireland", "University"])],
        [cr, cr],
        default="England",
    )
    raw["region"] = cr.replace(
        {
            "Eastern": "East of England",
            "Yorkshire & The Humber": "Yorkshire and The Humber",
            "Yorkshire and the Humber": "Yorkshire and The Humber",
        }
    )
    votes = raw[["con_votes", "lib_votes", "lab_votes", "natsw_votes", "oth_votes"]]
    votes = votes.astype(float).clip(lower=0).fillna(0.0)
    votes.columns = [f"{g}_votes" for g in GROUPS]
    total = votes.sum(axis=1)
    arr = votes.to_numpy()
    order = np.argsort(-arr, axis=1)
    first, second = arr[np.arange(len(arr)), order[:, 0]], arr[np.arange(len(arr)), order[:, 1]]
    # a winner needs a single-member seat with votes and one group ahead; a majority also
    # needs a second group with votes (Oth against Oth, as in Northern Ireland, has none)
    valid = (total > 0) & (raw["seats"].fillna(1) == 1) & (first > second)
    contested = valid & (second > 0)
    out = raw[
        [
            "election",
            "year",
            "name",
            "country",
            "region",
            "seats",
            "electorate",
            "boundary_set",
            "source_id",
        ]
    ].copy()
    out = out.join(votes)
    for i, g in enumerate(GROUPS):
        out[g] = arr[:, i] / total.where(total > 0)
    out["level"] = "party"
    out["seat_id"] = raw["constituency_id"].fillna(
        raw["boundary_set"].astype(str) + ":" + raw["name"]
    )
    groups = np.array(GROUPS)
    no_group = np.array(None, dtype=object)
    out["winner"] = np.where(valid.to_numpy(), groups[order[:, 0]], no_group)
    out["second"] = np.where(contested.to_numpy(), groups[order[:, 1]], no_group)
    out["winner_name"] = None
    out["majority"] = np.where(contested.to_numpy(), first - second, np.nan)
    out["majority_share"] = out["majority"] / total.where(total > 0)
    out["turnout"] = raw["turnout"].astype(float).where(raw["turnout"].astype(float) > 0)
    out["year"] = out["year"].astype(int)
    # previous result in the same seat: the previous election of the series, same name and set
    elections = sorted(out["election"].drop_duplicates(), key=lambda e: (int(e[:4]), e))
    prev_of = dict(zip(elections[1:], elections[:-1], strict=True))
    prev = out[
        ["election", "name", "boundary_set", "winner", "majority_share"] + list(GROUPS)
    ].copy()
    prev["election"] = prev["election"].map({v: k for k, v in prev_of.items()})
    prev = prev.dropna(subset=["election"]).drop_duplicates(["election", "name", "boundary_set"])
    merged = out.merge(
        prev, on=["election", "name", "boundary_set"], how="left", suffixes=("", "_prev")
    )
    merged = merged.rename(
        columns={"winner_prev": "prev_winner", "majority_share_prev": "prev_majority_share"}
    )
    merged["changed_hands"] = (
        merged["winner"].notna()
        & merged["prev_winner"].notna()
        & (merged["winner"] != merged["prev_winner"])
    )
    swing = np.full(len(merged), np.nan)
    for w in GROUPS:
        for p in GROUPS:
            m = ((merged["winner"] == w) & (merged["prev_winner"] == p)).to_numpy()
            if w != p and m.any():
                swing[m] = (
                    ((merged[w] - merged[f"{w}_prev"]) + (merged[f"{p}_prev"] - merged[p])) / 2
                )[m]
    merged["swing_to_winner"] = swing
    return merged
