"""The long view: the 1918–2019 party-level series (:mod:`psephos.analysis.series`) and
the 2010–2024 candidate-level results combined, to ask how unusual a result is.

The 1918–2019 file (House of Commons Library, CBP-8647) gives, per seat and election, the
votes of five groups: ``Con``, ``Lib`` (Liberal, Alliance, Liberal Democrat), ``Lab``,
``Nat`` (SNP and Plaid Cymru) and ``Oth`` (everyone else, summed). So for 1918–2005:

* the winner is the group with most votes; a seat won by ``Oth`` may hide several
  candidates, and its majority (top group − second group) is then approximate;
* unopposed returns (no votes) and two-member seats (to 1945) have no winner here;
* independents cannot be told apart from other minor candidates.

From 2010 the candidate-level results are used (2010 against the notional 2005 result,
2024 against the notional 2019 result). A seat "changed hands" when its winner differs
from the previous election's winner in the same seat (same constituency and boundaries,
or the notional result). Swing to the winner is the Butler swing from the previous
winner's party to the new winner's party.

References
----------
.. [1] Watson, C. & Uberoi, E. (2020). *UK Election Statistics: 1918–2019, a century of
       elections*. House of Commons Library, CBP-7529 (with data file CBP-8647).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psephos.analysis.elections import check_since
from psephos.analysis.frame import DB, PREVIOUS, party_votes, predecessor_map, seat_frame
from psephos.analysis.series import CANDIDATE_ELECTIONS, _series_seats, party_series
from psephos.errors import InputError
from psephos.store.connect import connect, memo

if TYPE_CHECKING:
    import duckdb
    import pandas as pd


#: The 1918–2019 file exactly as held: the Commons Library's data file, but a copy kept in a
#: third party's repository (the publisher's own copy could not be fetched and compared).
PROVENANCE = (
    "the House of Commons Library's CBP-8647 file '1918-2019election_results.csv' as copied "
    "in the GitHub repository keithysimpson/UK_general_election_polls_stacked (not checked "
    "against the publisher's copy)"
)

MAJOR = {
    "Con",
    "Lab",
    "LD",
    "SNP",
    "PC",
    "Green",
    "RUK",
    "BRX",
    "UKIP",
    "DUP",
    "SF",
    "SDLP",
    "UUP",
    "APNI",
    "Spk",
}
SEAT_COLUMNS = [
    "election",
    "year",
    "level",
    "seat_id",
    "name",
    "country",
    "winner",
    "winner_name",
    "second",
    "majority",
    "majority_share",
    "turnout",
    "prev_winner",
    "prev_majority_share",
    "changed_hands",
    "swing_to_winner",
    "source_id",
]


def all_seat_results(*, db: DB = None) -> pd.DataFrame:
    """Every seat result 1918–2024 in one frame, columns :data:`SEAT_COLUMNS`:
    1918–2005 from the party-level series, 2010–2024 candidate-level."""
    con = connect(db)
    return memo(con, "analysis.history.all_results", lambda: _all_results(con, db)).copy()


def overturned(
    *, top: int = 20, since: int | None = None, level: str | None = None, db: DB = None
) -> pd.DataFrame:
    """The largest previous majorities (as a share of the vote) overturned, largest first.

    Returns
    -------
    DataFrame
        rank plus :data:`SEAT_COLUMNS`, only rows where the seat changed hands.
    """
    rows = _pick(all_seat_results(db=db), since, level)
    rows = rows[rows["changed_hands"]].sort_values("prev_majority_share", ascending=False)
    return _ranked(rows, top)


def largest_swings(
    *, top: int = 20, since: int | None = None, level: str | None = None, db: DB = None
) -> pd.DataFrame:
    """The largest Butler swings to a winner that gained the seat, largest first."""
    rows = _pick(all_seat_results(db=db), since, level)
    rows = rows[rows["changed_hands"]].sort_values("swing_to_winner", ascending=False)
    return _ranked(rows, top)


def best_results(kind: str = "independent", *, top: int = 20, db: DB = None) -> pd.DataFrame:
    """The best shares won by independents or minor parties, 2010–2024 (candidate level).

    Parameters
    ----------
    kind : str
        ``independent`` (party code ``Ind``), ``minor`` (any party outside the main GB and
        NI parties) or a party code.

    Returns
    -------
    DataFrame
        rank, election, ons_code, name, candidate, party_code, party_name, votes, share,
        position (1 = won), majority_or_gap (votes ahead of second, or behind the winner).
    """
    con = connect(db)
    frame = con.execute(
        """
        SELECT r.election_id AS election, r.ons_code, r.constituency AS name, r.candidate,
               r.party_code, r.party_name, r.votes, r.share, r.rank AS position,
               r.valid_votes,
               CASE WHEN r.rank = 1 THEN r.majority ELSE
                 (SELECT max(votes) FROM candidacies c WHERE c.election_id = r.election_id
                  AND c.ons_code = r.ons_code) - r.votes END AS majority_or_gap,
               r.source_id
        FROM results r WHERE r.kind = 'general'
        """
    ).df()
    if kind.lower() in ("independent", "ind"):
        pick = frame["party_code"] == "Ind"
    elif kind.lower() == "minor":
        pick = ~frame["party_code"].isin(MAJOR | {"Ind"})
    else:
        from psephos.analysis.parties import party_code

        pick = frame["party_code"] == party_code(kind, db=db)
    rows = frame[pick].sort_values("share", ascending=False)
    return _ranked(rows, top)


def where_ranks(
    value: float,
    column: str = "prev_majority_share",
    *,
    changed_only: bool = True,
    since: int | None = None,
    db: DB = None,
) -> dict[str, Any]:
    """Where ``value`` would rank in ``column`` among all seat results 1918–2024.

    E.g. ``where_ranks(0.1745)`` tells how a 17.4% majority overturned would rank among
    every majority overturned since 1918.

    Returns
    -------
    dict
        value, column, rank (1 = largest), n, universe, text.
    """
    if column not in ("prev_majority_share", "swing_to_winner", "majority_share", "turnout"):
        raise InputError(
            f"Cannot rank history by '{column}'.",
            hint="Use prev_majority_share, swing_to_winner, majority_share or turnout.",
        )
    low = -1.0 if column == "swing_to_winner" else 0.0
    if not low <= value <= 1.0:  # also refuses NaN
        raise InputError(
            f"--value {value} is not a possible {column}: it is a fraction from {low:g} to 1.",
            hint="Give a fraction, e.g. --value 0.1745 for a 17.45% majority.",
        )
    rows = _pick(all_seat_results(db=db), since, None)
    if changed_only:
        rows = rows[rows["changed_hands"]]
    series = rows[column].dropna()
    n = int(len(series))
    first = int(rows["year"].min()) if len(rows) else 0
    universe = f"{n} seat results {first}–2024" + (
        " where the seat changed hands" if changed_only else ""
    )
    from psephos.analysis.rank import ordinal

    # competition ranking among the values themselves: a value equal to some shares their
    # rank ("=5th"); a value below every one is "below all N", never "N+1th of N"
    above = int((series > value).sum())
    ties = int((series == value).sum())
    if above == n:
        return {
            "value": value,
            "column": column,
            "rank": None,
            "n": n,
            "universe": universe,
            "text": f"below all {universe}",
        }
    rank = above + 1
    return {
        "value": value,
        "column": column,
        "rank": rank,
        "n": n,
        "universe": universe,
        "text": f"{'=' if ties else ''}{ordinal(rank)} of {universe}",
    }


def _pick(rows: pd.DataFrame, since: int | None, level: str | None) -> pd.DataFrame:
    if since is not None:
        rows = rows[rows["year"] >= since]
    if level is not None:
        if level not in ("party", "candidate"):
            raise InputError(f"level must be 'party' or 'candidate'; got '{level}'.")
        rows = rows[rows["level"] == level]
    return rows


def _ranked(rows: pd.DataFrame, top: int | None) -> pd.DataFrame:
    if top is not None and top < 1:
        raise InputError(f"--top must be at least 1; got {top}.")
    rows = rows.reset_index(drop=True)
    rows.insert(0, "rank", range(1, len(rows) + 1))
    return rows if top is None else rows.head(top)


def _all_results(con: duckdb.DuckDBPyConnection, db: DB) -> pd.DataFrame:
    import pandas as pd

    from psephos.analysis.seat_swing import butler_swing

    parts = [_series_seats(con)[SEAT_COLUMNS]]
    renames = {old: new for new, old in predecessor_map(db=db).items()}
    for eid in CANDIDATE_ELECTIONS:
        now = seat_frame(eid, db=db)
        prev = seat_frame(PREVIOUS[eid], db=db)[["ons_code", "winner", "majority_share"]]
        prev = prev.assign(winner=prev["winner"].replace(renames)).rename(
            columns={"winner": "prev_winner", "majority_share": "prev_majority_share"}
        )
        frame = now.merge(prev, on="ons_code", how="left")
        shares_now = party_votes(eid, db=db).pivot_table(
            index="ons_code", columns="party_code", values="share", aggfunc="sum"
        )
        pv = party_votes(PREVIOUS[eid], db=db)
        pv = pv.assign(party_code=pv["party_code"].replace(renames))
        shares_prev = pv.pivot_table(
            index="ons_code", columns="party_code", values="share", aggfunc="sum"
        )
        swing = []
        for row in frame.itertuples():
            w, p = row.winner, row.prev_winner
            if not isinstance(p, str) or w == p:
                swing.append(float("nan"))
                continue

            def get(table: Any, party: Any, code: Any) -> float:
                if party in table.columns and code in table.index:
                    v: Any = table.at[code, party]
                    return 0.0 if pd.isna(v) else float(v)
                return 0.0

            swing.append(
                float(
                    butler_swing(
                        get(shares_prev, p, row.ons_code),
                        get(shares_prev, w, row.ons_code),
                        get(shares_now, p, row.ons_code),
                        get(shares_now, w, row.ons_code),
                    )
                )
            )
        # the Speaker's seat (at either election) never "changes hands": the main parties
        # do not usually stand against the Speaker
        speaker = (frame["winner"] == "Spk") | (frame["prev_winner"] == "Spk")
        frame["swing_to_winner"] = [
            float("nan") if s else v for s, v in zip(speaker, swing, strict=True)
        ]
        frame["changed_hands"] = (
            frame["prev_winner"].notna() & (frame["winner"] != frame["prev_winner"]) & ~speaker
        )
        frame["election"], frame["year"] = eid.removeprefix("ge"), int(eid[2:])
        frame["level"], frame["seat_id"] = "candidate", frame["ons_code"]
        parts.append(frame[SEAT_COLUMNS])
    return pd.concat(parts, ignore_index=True)


HISTORY_COLUMNS = [
    "rank",
    "election",
    "name",
    "country",
    "prev_winner",
    "winner",
    "second",
    "prev_majority_share",
    "majority_share",
    "swing_to_winner",
    "level",
]
BEST_COLUMNS = [
    "rank",
    "election",
    "name",
    "candidate",
    "party_code",
    "votes",
    "share",
    "position",
    "majority_or_gap",
]


def history_report(
    question: str,
    *,
    top: int = 15,
    since: int | None = None,
    area: str = "UK",
    value: float | None = None,
    column: str = "prev_majority_share",
    db: DB = None,
) -> dict[str, Any]:
    """The ``psephos history --json`` shape: question, title, note, columns, rows (records)
    and, for ``where``, result (:func:`where_ranks`)."""
    if top < 1:
        raise InputError(f"--top must be at least 1; got {top}.")
    if since is not None:
        if question in ("independents", "minor"):
            raise InputError(
                f"--since does not apply to '{question}': it ranks the candidate-level "
                "results 2010–2024 as a whole.",
                hint="Leave --since out, or ask overturned, swings, series or where.",
            )
        years = all_seat_results(db=db)["year"]
        if len(years):
            check_since(since, int(years.min()), int(years.max()), "seat results")
    note = (
        "1918–2005: party-level groups (Con, Lib, Lab, Nat, Oth) from " + PROVENANCE + "; "
        'known coding errors corrected (`psephos sql "SELECT * FROM history_corrections"`); '
        "the Speaker's seat never counts as changing hands. 2010–2024: candidate level, "
        "2010 vs notional 2005 and 2024 vs notional 2019."
    )
    if question == "overturned":
        frame, title, cols = (
            overturned(top=top, since=since, db=db),
            "Largest majorities overturned",
            HISTORY_COLUMNS,
        )
    elif question == "swings":
        frame, title, cols = (
            largest_swings(top=top, since=since, db=db),
            "Largest swings to a gaining party",
            HISTORY_COLUMNS,
        )
    elif question in ("independents", "minor"):
        frame = best_results(
            "independent" if question == "independents" else "minor", top=top, db=db
        )
        title, cols = f"Best results by {question} 2010–2024", BEST_COLUMNS
        note = "Candidate-level results 2010–2024; shares of valid votes."
    elif question == "series":
        frame = party_series(area=area, since=since, db=db)
        title = f"Party shares and seats, {area}" + (f", since {since}" if since else "")
        cols = ["election", "party", "votes", "share", "seats", "unplaced_seats", "level"]
        unplaced = frame.drop_duplicates("election")
        unplaced = unplaced[unplaced["unplaced_seats"] > 0]
        if len(unplaced):
            note += (
                " Seats not placed (university and multi-member seats with no one party "
                "ahead): "
                + ", ".join(
                    f"{e} {n}"
                    for e, n in zip(unplaced["election"], unplaced["unplaced_seats"], strict=True)
                )
                + "."
            )
    elif question == "where":
        if value is None:
            raise InputError(
                "history where needs --value.", hint="e.g. psephos history where --value 0.1745"
            )
        return {
            "question": question,
            "title": "Where a value ranks",
            "note": note,
            "columns": [],
            "rows": [],
            "result": where_ranks(value, column, since=since, db=db),
        }
    else:
        raise InputError(
            f"Unknown history question '{question}'.",
            hint="overturned, swings, independents, minor, series or where.",
        )
    return {
        "question": question,
        "title": title,
        "note": note,
        "columns": cols,
        "rows": frame[[c for c in cols if c in frame.columns]].to_dict(orient="records"),
    }
