"""One seat's figures at a 1918-2005 general election, from the seat's row of the
party-level series (:func:`psephos.analysis.records.series_seat_result`, the seat named as
the sentence names it): "Attlee held Limehouse on a turnout of 61 per cent", "William Wolfe
took more than 15,000 votes in West Lothian", "the Liberals took 30 per cent in Orpington",
"Labour lost Belper by 2,124".

What the series can say, and so the verdicts:

- turnout is the seat's votes cast over its electorate (CBP-8647's columns, the definition
  of its own turnout column, here unrounded), for a contested single-member seat only (a
  two-member seat's votes count voters twice);
- a party's votes and share are its series group's (Con, Lab, Lib; the SNP and Plaid as
  ``Nat`` in their own nation only): a group is one party's candidates, so the group's
  votes are the party's votes in the seat; a party the series counts among others
  (``Oth``), a group with no votes there, or the SNP or Plaid outside their nation is
  ``uncertain``;
- a candidate's votes or share are their party's group's, judged only where the group is
  the winner's or the runner-up's in an ``exact`` row (the group figures are the first two
  candidates' votes: no ``Oth`` candidate could have polled more);
- "P lost SEAT by N": the seat's majority, when P's group is the runner-up's in an
  ``exact`` row (the majority is then the margin P lost by); otherwise whose margin it is
  stays unclear (:func:`psephos.claims.evaluate_results._series_majority`).

The seat must be named in the claim's own sentence
(:func:`psephos.claims.evaluate_results.named_seat`): a seat carried from earlier text is
not trusted at a series election.
"""

from __future__ import annotations

from typing import Any

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable, result
from psephos.errors import PsephosError

_SOURCE = "cbp-8647-1918-2019"


def _command(key: str, row: dict[str, Any]) -> str:
    return (
        f"psephos sql \"SELECT * FROM history_1918_2019 WHERE election = '{key}' "
        f"AND trim(constituency_name) = '{row['name']}'\""
    )


def _contested_row(ctx: Ctx, what: str) -> tuple[dict[str, Any], str]:
    from psephos.claims.evaluate_results import series_seat_row

    row, key = series_seat_row(ctx, what)
    if int(row.get("seats") or 1) != 1:
        raise Unanswerable(f"{row['name']} at {key} returned {int(row['seats'])} members")
    return row, key


def series_seat_turnout(ctx: Ctx) -> Evaluation:
    """The turnout (votes cast / electorate) or the electorate of a seat at a 1918-2005
    election."""
    f = ctx.frame
    row, key = _contested_row(ctx, f"the {f.measure}")
    electorate = float(row.get("electorate") or 0.0)
    cast = float(row.get("votes_cast") or 0.0)
    if electorate <= 0 or (f.measure == "turnout" and cast <= 0):
        raise Unanswerable(f"{row['name']} at {key}: no electorate or votes in the series")
    share = f.measure == "turnout"
    return result(
        ctx,
        cast / electorate if share else electorate,
        kind="share" if share else "count",
        what=f"The {f.measure} in {row['name']} (1918-2005 series)",
        reading=f"{key}, {row['name']}" + (" (votes cast / electorate)" if share else ""),
        sources=[str(row.get("source_id") or _SOURCE)],
        query="psephos.analysis.records.series_seat_result",
        command=_command(key, row),
    )


def series_seat_votes(ctx: Ctx) -> Evaluation:
    """A party's (or its candidate's) votes or share in a seat at a 1918-2005 election: its
    series group's figures in the seat's row."""
    from psephos.analysis.records import SERIES_PARTY

    f = ctx.frame
    cand = f.subject.candidate if f.subject.kind == "candidate" else None
    party = f.subject.party or (cand or {}).get("party")
    if not party:
        raise Unanswerable("the claim names no party whose votes to read in the series")
    if party not in SERIES_PARTY:
        raise Unanswerable(
            f"the 1918-2019 series counts {party} among 'others' (Oth), so its figures "
            "cannot be told apart"
        )
    row, key = _contested_row(ctx, f"a {f.measure}")
    group, only = SERIES_PARTY[party]
    if only is not None and row.get("country") != only:
        raise Unanswerable(f"{party} stands in {only} only; {row['name']} is not there")
    votes = float(row.get(f"{group}_votes") or 0.0)
    if votes <= 0:
        raise Unanswerable(f"{row['name']} at {key}: no {group} votes in the series")
    if (cand or f.subject.kind == "person") and not (
        row["exact"] and group in (row["winner"], row["second"])
    ):
        raise Unanswerable(
            f"{row['name']} at {key}: the series gives group votes, which are one "
            "candidate's only for the first two groups of an exact row"
        )
    share = f.measure == "share"
    return result(
        ctx,
        float(row[group]) if share else votes,
        kind="share" if share else "count",
        what=f"{group}'s {f.measure} in {row['name']} (1918-2005 series groups)",
        reading=f"{key}, {row['name']}",
        sources=[str(row.get("source_id") or _SOURCE)],
        query="psephos.analysis.records.series_seat_result",
        command=_command(key, row),
    )


def lost_by_runner_up(ctx: Ctx, row: dict[str, Any], group: str | None) -> bool:
    """True when the frame says its party lost the seat and the party's group is the
    runner-up of an exact series row: the seat's majority is the margin it lost by."""
    return bool(
        ctx.frame.outcome == "lost" and group and row.get("exact") and group == row.get("second")
    )


def series_majority_change(
    ctx: Ctx, baseline: str | None, unit: str | None
) -> tuple[float, float, str, str, list[str]]:
    """A seat's majority at a 1918-2005 election against its majority at the series'
    election before ("Heath's own majority in Bexley more than tripled", "whose majority in
    Finchley slipped to 8,913"), as :func:`psephos.claims.evaluate_change._change_reading`
    returns it: (change, change on the stated scale, what, command, sources).

    Judged only when both rows are exact contests on the same boundaries won by the same
    group (a seat that changed hands, or was redrawn, has no one majority to compare), and
    against the election before only."""
    from psephos.analysis.records import election_id_of, election_order, series_seat_result
    from psephos.claims.evaluate_results import series_seat_row

    row, key = series_seat_row(ctx, "a majority")
    order = election_order(db=ctx.db)
    i = order.index(key) if key in order else 0
    if i == 0:
        raise Unanswerable(f"no series election before {key}")
    prev_key = order[i - 1]
    if baseline is not None and baseline != election_id_of(prev_key):
        raise Unanswerable(f"a 1918-2005 seat's majority is compared with {prev_key} only")
    try:
        prev = series_seat_result(str(row["name"]), prev_key, db=ctx.db)
    except PsephosError as exc:  # no such seat then, or no contest between two groups
        raise Unanswerable(f"no {prev_key} majority for {row['name']} in the series") from exc
    where = f"{row['name']} at {key} against {prev_key}"
    if not (row["exact"] and prev["exact"]):
        raise Unanswerable(f"{where}: the series sums others (Oth), so a majority is unsure")
    if row.get("boundary_set") != prev.get("boundary_set"):
        raise Unanswerable(f"{where}: the seat was redrawn between the two elections")
    if row["winner"] != prev["winner"]:
        raise Unanswerable(f"{where}: the seat changed hands, so whose majority moved is unclear")
    f = ctx.frame
    party = f.subject.party or (f.subject.candidate or {}).get("party")
    if party:
        from psephos.analysis.records import SERIES_PARTY

        if SERIES_PARTY.get(party, (None,))[0] != row["winner"]:
            raise Unanswerable(f"{where}: {row['winner']} won; the sentence names {party}")
    now, then = float(row["majority"]), float(prev["majority"])
    what = f"The majority in {row['name']} ({row['winner']}, 1918-2005 series groups) against {prev_key}"
    cmd = _command(key, row)
    sources = [str(row.get("source_id") or _SOURCE)]
    if unit == "percent":  # "more than tripled", "halved": a relative change
        if not then:
            raise Unanswerable(f"{where}: no earlier majority")
        value = now / then - 1
        return value, value * 100, what, cmd, sources
    if unit not in (None, "votes"):
        raise Unanswerable(f"no seat-level change in {unit}")
    return now - then, now - then, what, cmd, sources
