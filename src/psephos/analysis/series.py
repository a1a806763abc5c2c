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

from psephos.analysis.frame import DB, party_votes, plain_strings, seat_frame
from psephos.errors import NotFoundError
from psephos.store.connect import connect

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from psephos.analysis.summary_table import Summary

GROUPS = ("Con", "Lib", "Lab", "Nat", "Oth")
GROUP_OF = {"Con": "Con", "LD": "Lib", "Lab": "Lab", "SNP": "Nat", "PC": "Nat"}
CANDIDATE_ELECTIONS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")


def history_elections(*, db: DB = None) -> list[str]:
    """The elections of the 1918–2019 series, in order (``1918`` … ``1974F``, ``1974O`` …)."""
    from psephos.store.connect import memo

    con = connect(db)
    # asked per claim (a change's comparison election): the series' 15,000 rows read once
    # per store, not deduplicated per call
    return list(
        memo(
            con,
            "analysis.series.history_elections",
            lambda: tuple(_series_seats(con)["election"].drop_duplicates()),
        )
    )


def history_seats(*, db: DB = None) -> pd.DataFrame:
    """Seat results 1918–2005 from the party-level series, columns :data:`SEAT_COLUMNS`
    (``level`` = ``party``) plus the group shares ``Con`` … ``Oth``."""
    con = connect(db)
    return _series_seats(con).copy(deep=False)  # copy-on-write: safe to modify


def party_series(*, area: str = "UK", since: int | None = None, db: DB = None) -> pd.DataFrame:
    """Votes, shares and seats by party group for every general election 1918–2024.

    Seats are placed as :func:`history_seats` says (unopposed returns counted, the
    corrections table applied); ``unplaced_seats`` counts an election's seats that could not
    be given to a group (university and some multi-member seats). Labour 1945: 393 seats,
    as in the Commons Library's CBP-8647/CBP-7529 tables.

    Parameters
    ----------
    area : str
        UK, GB, England, Scotland, Wales or Northern Ireland.
    since : int, optional
        Only elections from this year on.

    Returns
    -------
    DataFrame
        election, year, party (Con, Lib, Lab, Nat, Oth), votes, share, seats,
        unplaced_seats, level. 1918–2005 from the party-level series; 2010–2024 from
        candidate-level results, grouped the same way (LD as Lib, SNP and PC as Nat).
        ``share`` is of the votes cast in the area: the file's ``total_votes`` where its
        party columns add up to less (1997's Northern Ireland rows), so 1997 Labour is
        43.2%, as the Commons Library publishes it.
    """

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
    import pandas as pd

    from psephos.store.facts import kept

    # built once per store and area (the checker asks for it for every record claim), and
    # kept for the next process
    out = kept(
        connect(db),
        f"analysis.series.party:{key}",
        lambda: _party_series(countries, db),
        pd.DataFrame,
    )
    if since is not None:
        out = out[out["year"] >= since]
    return out.reset_index(drop=True).copy()  # the kept frame is never handed out


def _party_series(countries: list[str] | None, db: DB) -> pd.DataFrame:
    import pandas as pd

    old = history_seats(db=db)
    old = old[old["level"] == "party"]
    if countries:
        old = old[old["country"].isin(countries)]
    parts = []
    for (election, year), part in old.groupby(["election", "year"], sort=False):
        unplaced = int(part["unplaced_seats"].sum())
        cast = float(part["votes_cast"].sum())
        for g in GROUPS:
            parts.append(
                {
                    "election": election,
                    "year": int(str(year)),
                    "party": g,
                    "votes": float(part[f"{g}_votes"].sum()),
                    "cast": cast,
                    "seats": int(part[f"{g}_seats"].sum()),
                    "unplaced_seats": unplaced,
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
        cast = float(pv["votes"].sum())
        for g in GROUPS:
            parts.append(
                {
                    "election": eid.removeprefix("ge"),
                    "year": int(eid[2:]),
                    "party": g,
                    "votes": float(pv.loc[group == g, "votes"].sum()),
                    "cast": cast,
                    "seats": int((won == g).sum()),
                    "unplaced_seats": 0,
                }
            )
    out = pd.DataFrame(parts)
    out["share"] = out["votes"] / out["cast"].where(out["cast"] > 0)
    out["level"] = ["candidate" if y >= 2010 else "party" for y in out["year"]]
    cols = ["election", "year", "party", "votes", "share", "seats", "unplaced_seats", "level"]
    return out[cols].reset_index(drop=True)


def history_summary(
    *, election: str, by: str = "country", compare: str | None = None, db: DB = None
) -> Summary:
    """A :class:`~psephos.analysis.summary.Summary` for one election of the 1918–2019 series
    (party groups Con, Lib, Lab, Nat, Oth), with change on the previous election, or on
    ``compare``, any other election of the series (2005 against 1945)."""
    import pandas as pd

    from psephos.analysis.summary_table import COLUMNS, COUNTRY_ORDER, TOTAL_COLUMNS, Summary

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
    if compare is not None:
        other = str(compare).strip().upper().removeprefix("GE").removeprefix("H")
        if other not in by_upper:
            raise NotFoundError(
                f"No election '{compare}' in the 1918–2005 series to compare with.",
                hint="Compare with one of: " + ", ".join(order) + ".",
            )
        prev = by_upper[other]

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
            valid = float(sub["votes_cast"].sum())
            for g in GROUPS:
                v = float(sub[f"{g}_votes"].sum())
                rows.append(
                    {
                        "area_type": kind,
                        "area": area,
                        "party_code": g,
                        "votes": v,
                        "seats": int(sub[f"{g}_seats"].sum()),
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

    from psephos.analysis.summary_table import combine as _combine

    table, totals = _combine(one(eid), one(prev) if prev else None)
    names = {
        "Con": "Conservative",
        "Lib": "Liberal / Alliance / Liberal Democrat",
        "Lab": "Labour",
        "Nat": "SNP and Plaid Cymru",
        "Oth": "Other",
    }
    table.insert(3, "party_name", table["party_code"].map(names))
    this = seats[seats["election"] == eid]
    undetermined = int(this["unplaced_seats"].sum())
    notes = [
        "Party-level series (CBP-8647): five groups; Oth sums every other candidate.",
        "Seats: the group topping a single-member contest, candidates returned unopposed, "
        "and multi-member boroughs given wholly to the top group (block vote, assumed).",
    ]
    if undetermined:
        notes.append(
            f"{undetermined} seats (university or multi-member seats without one party "
            "ahead) could not be placed."
        )
    fixed = this[this["correction"].notna()]
    if len(fixed):
        notes.append(
            f"{len(fixed)} seat{'' if len(fixed) == 1 else 's'} corrected from the "
            "history_corrections table: " + ", ".join(fixed["name"]) + "."
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
    import pandas as pd

    from psephos.store.facts import kept

    # once per store, kept for the next process (0.6 s of a cold check's start)
    return kept(con, "analysis.series.seats", lambda: _read_series_seats(con), pd.DataFrame)


def _read_series_seats(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Seat results 1918–2005 with winners, seats won per group, unopposed returns, the
    store's ``history_corrections`` applied and the Speaker's seats marked.

    Seats are placed as follows: a group's candidates returned unopposed (the file's
    negative figures) win that many seats; a contested single-member seat goes to the group
    with most votes (none on a tie); a contested multi-member borough seat goes wholly to the
    group with most votes (the block vote, assumed: the file has no candidate votes); a
    multi-member seat topped by ``Oth`` (several parties) or a university seat (elected by
    the single transferable vote) is not placed, and ``placed`` says so."""
    import numpy as np
    import pandas as pd

    raw = con.execute(
        """
        SELECT election, year, constituency_id, trim(constituency_name) AS name,
               country_region, seats, boundary_set, electorate, total_votes, turnout,
               con_votes, lib_votes, lab_votes, natsw_votes, oth_votes,
               con_unopposed, lib_unopposed, lab_unopposed, natsw_unopposed, oth_unopposed,
               source_id, source_row
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
    unopposed_cols = [f"{c}_unopposed" for c in ("con", "lib", "lab", "natsw", "oth")]
    unopposed = raw[unopposed_cols].astype(float).fillna(0.0).to_numpy()
    # a seat's name recurs at every election it was fought: folded once per name
    names = raw["name"].tolist()
    folded = {n: _fold(n) for n in set(names)}
    key = list(zip(raw["election"], [folded[n] for n in names], raw["boundary_set"], strict=True))
    row_of = {k: i for i, k in enumerate(key)}
    corrections = _corrections(con)
    override: dict[int, str] = {}
    unknown: set[tuple[str, str]] = set()
    applied = np.full(len(raw), None, dtype=object)
    fixed = votes.to_numpy(dtype=float, copy=True)
    for c in corrections:
        if c["kind"] == "unplaced":
            unknown.add((c["election"], c["from_group"]))
            continue
        i = row_of.get((c["election"], _fold(c["constituency_name"]), c["boundary_set"]))
        if i is None:
            continue  # validated by the tests: every correction matches one row
        applied[i] = c["reason"]
        a, b = GROUPS.index(c["from_group"]), GROUPS.index(c["to_group"])
        if c["kind"] == "recode":
            fixed[i, b] += fixed[i, a]
            fixed[i, a] = 0.0
        elif c["kind"] == "swap":
            fixed[i, a], fixed[i, b] = fixed[i, b], fixed[i, a]
        else:
            override[i] = c["to_group"]
    votes = pd.DataFrame(fixed, columns=votes.columns, index=votes.index)
    total = votes.sum(axis=1)
    arr = fixed
    order = np.argsort(-arr, axis=1, kind="stable")
    rows = np.arange(len(arr))
    first, second = arr[rows, order[:, 0]], arr[rows, order[:, 1]]
    groups = np.array(GROUPS)
    k = raw["seats"].fillna(1).astype(int).to_numpy()
    university = (raw["country"] == "University").to_numpy()
    has_unopposed = unopposed.sum(axis=1) > 0
    contested = (total > 0).to_numpy() & ~has_unopposed
    single = contested & (k == 1) & (first > second)
    block = contested & (k > 1) & (first > second) & ~university & (groups[order[:, 0]] != "Oth")
    seats_won = np.zeros_like(arr)
    seats_won[has_unopposed] = unopposed[has_unopposed]
    top = order[:, 0]
    seats_won[single | block, top[single | block]] = k[single | block]
    winner = np.full(len(raw), None, dtype=object)
    winner[single | block] = groups[top[single | block]]
    sole = has_unopposed & ((unopposed > 0).sum(axis=1) == 1)
    winner[sole] = groups[np.argmax(unopposed[sole], axis=1)]
    for i, g in override.items():
        seats_won[i] = 0.0
        seats_won[i, GROUPS.index(g)] = k[i]
        winner[i] = g
    placed = np.select(
        [has_unopposed, single & (k == 1), block],
        ["unopposed", "contest", "block vote (assumed)"],
        default="unplaced",
    ).astype(object)
    placed[list(override)] = "corrected"
    has_second = single & (second > 0) & ~np.isin(rows, list(override))
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
    # the votes cast: the file's total where it is more than its party columns add up to
    # (1997's 16 and February 1974's one Northern Ireland rows give only some parties'
    # votes; CBP-8647's 1997 total_votes is 31,286,284, the columns 31,027,935), else the
    # columns' sum (a multi-member seat's total counts voters, not votes)
    cast = raw["total_votes"].astype(float).fillna(0.0).clip(lower=0)
    out["votes_cast"] = np.maximum(cast.to_numpy(), total.to_numpy())
    for i, g in enumerate(GROUPS):
        out[g] = arr[:, i] / total.where(total > 0)
        out[f"{g}_seats"] = seats_won[:, i].astype(int)
    out["unplaced_seats"] = (k - seats_won.sum(axis=1)).astype(int)
    out["level"] = "party"
    out["seat_id"] = raw["constituency_id"].fillna(
        raw["boundary_set"].astype(str) + ":" + raw["name"]
    )
    no_group = np.array(None, dtype=object)
    out["winner"] = winner
    out["second"] = np.where(has_second, groups[order[:, 1]], no_group)
    out["placed"] = placed
    out["correction"] = applied
    out["winner_name"] = None
    out["majority"] = np.where(has_second, first - second, np.nan)
    out["majority_share"] = out["majority"] / total.where(total > 0)
    out["turnout"] = raw["turnout"].astype(float).where(raw["turnout"].astype(float) > 0)
    out["year"] = out["year"].astype(int)
    out["party_known"] = [
        w is not None and (e, w) not in unknown
        for e, w in zip(out["election"], out["winner"], strict=True)
    ]
    speakers = {
        (r[0], _fold(r[1]), r[2])
        for r in con.execute(
            "SELECT election, constituency_name, boundary_set FROM speakers"
        ).fetchall()
    }
    out["speaker"] = [k_ in speakers for k_ in key]
    # previous result in the same seat: the previous election of the series, same name and set
    elections = sorted(out["election"].drop_duplicates(), key=lambda e: (int(e[:4]), e))
    prev_of = dict(zip(elections[1:], elections[:-1], strict=True))
    prev = out[
        [
            "election",
            "name",
            "boundary_set",
            "winner",
            "majority_share",
            "party_known",
            "speaker",
            "placed",
            "second",
        ]
        + list(GROUPS)
    ].copy()
    prev["election"] = prev["election"].map({v: k for k, v in prev_of.items()})
    prev = prev.dropna(subset=["election"]).drop_duplicates(["election", "name", "boundary_set"])
    merged = out.merge(
        prev, on=["election", "name", "boundary_set"], how="left", suffixes=("", "_prev")
    )
    merged = merged.rename(
        columns={"winner_prev": "prev_winner", "majority_share_prev": "prev_majority_share"}
    )
    speaker_any = merged["speaker"] | merged["speaker_prev"].fillna(False).astype(bool)
    merged["speaker_seat"] = speaker_any
    merged["changed_hands"] = (
        merged["winner"].notna()
        & merged["prev_winner"].notna()
        & (merged["winner"] != merged["prev_winner"])
        & merged["party_known"]
        & merged["party_known_prev"].fillna(False).astype(bool)
        & ~speaker_any
    )
    swing = np.full(len(merged), np.nan)
    # a swing needs two contests: an unopposed return or an unplaced seat has no shares
    both_contests = merged["second"].notna() & merged["second_prev"].notna()
    for w in GROUPS:
        for p in GROUPS:
            m = (
                (merged["winner"] == w)
                & (merged["prev_winner"] == p)
                & merged["changed_hands"]
                & both_contests
            ).to_numpy()
            if w != p and m.any():
                swing[m] = (
                    ((merged[w] - merged[f"{w}_prev"]) + (merged[f"{p}_prev"] - merged[p])) / 2
                )[m]
    merged["swing_to_winner"] = swing
    return plain_strings(merged)  # object text columns: see plain_strings


def _fold(name: str) -> str:
    from psephos.analysis.names import fold

    return fold(name)


def _corrections(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cur = con.execute(
        """SELECT election, constituency_name, boundary_set, kind, from_group, to_group,
                  reason, source FROM history_corrections"""
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def history_votes_as_published(*, db: DB = None) -> pd.DataFrame:
    """The seat rows of :func:`history_seats` with the group votes exactly as CBP-8647
    prints them, before the store's ``history_corrections`` (the corrected figures are
    :func:`history_seats`'). A reader who sums the file's own columns (1951: Labour
    13,759,625 votes) quotes these; the corrected series moves the votes of members the
    file codes in another group's column (1951: 13,928,834).

    Columns ``election``, ``name``, ``boundary_set``, ``country``, ``region``,
    ``votes_cast`` and ``Con_votes`` … ``Oth_votes``; only the rows a correction changed
    differ from :func:`history_seats`."""
    con = connect(db)
    from psephos.store.connect import memo

    return memo(con, "analysis.series.as_published", lambda: _as_published(con)).copy(deep=False)


def _as_published(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    seats = _series_seats(con)
    cols = [f"{g}_votes" for g in GROUPS]
    keep = ["election", "name", "boundary_set", "country", "region", "votes_cast", *cols]
    out = seats[keep].copy()
    fixed = seats["correction"].notna().to_numpy()
    if not fixed.any():
        return out
    raw = con.execute(
        """SELECT election, trim(constituency_name) AS name, boundary_set,
                  con_votes, lib_votes, lab_votes, natsw_votes, oth_votes
           FROM history_1918_2019 WHERE year < 2010"""
    ).fetchall()
    by_key = {(r[0], _fold(r[1]), r[2]): r[3:] for r in raw}
    where = {c: int(out.columns.get_loc(c)) for c in cols}  # type: ignore[arg-type]
    for i in (int(x) for x in fixed.nonzero()[0]):
        row = out.iloc[i]
        got = by_key.get((row["election"], _fold(row["name"]), row["boundary_set"]))
        if got is None:
            continue
        for c, v in zip(cols, got, strict=True):
            out.iat[i, where[c]] = max(float(v or 0), 0.0)
    return out
