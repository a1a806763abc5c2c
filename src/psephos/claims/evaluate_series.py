"""Outcome claims at a 1918-2005 general election: "the Conservatives took Montgomery from
the Liberals", "Labour held Bolsover", "the SNP lost Dundee East", read from the seat's row
of the party-level series (:func:`psephos.analysis.records.series_seat_result`, the
seat named as the sentence names it) and its previous result on the same boundaries.

What the series can and cannot say, and so the verdicts:

- the winner's group at the election is known (unless the seat was unopposed, multi-member
  or won by ``Oth``): a party said to have won, held or gained the seat that is not the
  winner's group is ``contradicted``; so is a party said to have lost it that won it, or a
  named taker ("lost it to Labour") that is not the winner's group;
- the previous holder is the winner at the series' election before, same name and
  boundaries: a seat that changed hands at a by-election in between looks the same, so
  a claim that is wrong only about the previous holder ("held" where the series shows a
  gain) is ``uncertain``, never ``contradicted``;
- no previous result on the same boundaries (a boundary review between) leaves "held",
  "gained" and "lost" ``uncertain``;
- a year carried from earlier in the paragraph or a subheading (not the claim's sentence,
  not the story's own election) never makes a ``contradicted``: such a story runs through
  several elections;
- a party the series counts among others (``Oth``), the SNP or Plaid outside their
  nation, a seat in Northern Ireland (the series puts the Ulster Unionists with the
  Conservatives until 1970) are ``uncertain``.
"""

from __future__ import annotations

import math
from typing import Any

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable
from psephos.claims.frame import Subject
from psephos.claims.model import Evidence
from psephos.errors import PsephosError

_GAIN = ("gained", "won_back")
_HOLD = ("held", "retained")


def _group(side: Subject | None, row: dict[str, Any]) -> str | None:
    """The series group of a side's party, None when the side names no party; Unanswerable
    when the series cannot tell the party apart there."""
    from psephos.analysis.records import SERIES_PARTY

    if side is None:
        return None
    party = side.party or (side.candidate or {}).get("party")
    if not party:
        return None
    if party not in SERIES_PARTY:
        raise Unanswerable(f"the 1918-2005 series counts {party} among others (Oth)")
    group, only = SERIES_PARTY[party]
    if only is not None and row.get("country") != only:
        raise Unanswerable(f"{party} stands in {only} only; {row['name']} is not there")
    return group


def _dated_here(how: str) -> bool:
    """The claim's election is named in its own sentence, or is the story's (which the
    guard holds to real evidence), not carried from earlier text."""
    return "in the sentence" in how or how.startswith("the story's election") or not how


def _known(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def series_outcome(ctx: Ctx) -> Evaluation:
    """A party won, held, gained or lost a seat at a 1918-2005 general election (see the
    module's rules)."""
    from psephos.claims.evaluate_results import series_seat_row

    f = ctx.frame
    what = f.outcome
    row, key = series_seat_row(ctx, "an outcome")
    where = f"{row['name']} at {key}"
    if row.get("country") == "Northern Ireland":
        raise Unanswerable(
            f"{where}: the series groups Northern Ireland's unionists with the Conservatives"
        )
    winner = _known(row.get("winner"))
    if winner is None or winner == "Oth" or not row.get("party_known", True):
        raise Unanswerable(f"{where}: the series does not say which party won")
    party = _group(f.subject, row)
    if party is None:
        raise Unanswerable("the claim names no party for the outcome")
    other = _group(f.other, row) if f.other is not None and f.other.kind == "party" else None
    before = _known(row.get("prev_winner")) if bool(row.get("party_known_prev", False)) else None
    if bool(row.get("speaker_seat", False)):
        before = None  # the Speaker's seat: no party held it
    said = f"{row['name']} at {key}: {winner} won"
    said += f", {before} had won it at the election before" if before else ""
    said += " (1918-2005 series groups)."
    verdict: str
    if what == "won":
        verdict = "supported" if winner == party else "contradicted"
    elif what in _GAIN + _HOLD:
        if winner != party:
            verdict = "contradicted"
        elif before is None:
            raise Unanswerable(
                f"{said} No result on the same boundaries at the election before, so "
                "whether it was a gain is not in the series"
            )
        else:
            ok = (before != party) if what in _GAIN else (before == party)
            if ok and what in _GAIN and other is not None:
                ok = other == before
            verdict = "supported" if ok else "uncertain"
    elif what == "lost":
        if winner == party or (other is not None and other != winner):
            verdict = "contradicted"
        elif before is None:
            raise Unanswerable(f"{said} No result on the same boundaries at the election before")
        else:
            verdict = "supported" if before == party else "uncertain"
    else:
        raise Unanswerable(f"the outcome '{what}' is not read at a 1918-2005 election")
    text = said
    if verdict == "contradicted" and not _dated_here(f.election_how):
        # a year carried from earlier in the paragraph may not be this sentence's: a story
        # running through several elections ("In 2001 ... in 2005 ... took Ceredigion")
        verdict = "uncertain"
        text += (
            f" Not called false: the election ({key}) is carried from earlier text "
            f"({f.election_how or 'not said'}), not named in the sentence."
        )
    if verdict == "uncertain" and "Not called false" not in text:
        text += (
            " Only the previous holder disagrees, and a by-election in between (not in the "
            "series) may have changed it, so this is not called false."
        )
    command = (
        f"psephos sql \"SELECT * FROM history_1918_2019 WHERE election = '{key}' "
        f"AND trim(constituency_name) = '{row['name']}'\""
    )
    evidence = [
        Evidence(
            f"{key}, {row['name']} (1918-2005 series)",
            winner,
            f"{winner} won" + (f"; {before} before" if before else ""),
            verdict,  # type: ignore[arg-type]
            [str(row["source_id"])],
            "psephos.analysis.records.series_seat_result",
        )
    ]
    return Evaluation(verdict, text, evidence, "the result as recorded", command)  # type: ignore[arg-type]


#: how far a stated count of seats taken may miss the series' count and still not be called
#: false: seats that changed hands at a by-election in between (not in the series) make
#: the coverage's count ("gains on the seats held at dissolution") differ from a count
#: against the previous general election by a seat or two either way
BY_ELECTION_SLACK = 2


def series_gains(ctx: Ctx) -> Evaluation:
    """ "The Conservatives took 75 seats from Labour", "lost 26 seats to the Conservatives"
    at a 1918-2005 general election: the seats in scope the subject's group won that
    another group (the named one, or any) won at the series election before, on the same
    boundaries (:func:`psephos.analysis.records.series_changed_hands`).

    Seats the series cannot compare (renamed or new, multi-member, the Speaker's, a winner
    it cannot name, Northern Ireland's that changed hands: the series puts the Ulster
    Unionists with the Conservatives) widen the count to a range. ``supported`` when the
    whole range is within the stated figure; ``contradicted`` when none of it is and the
    figure misses by more than :data:`BY_ELECTION_SLACK` (by-elections in between are not
    in the series); else ``uncertain`` with the reason. No comparison on the same
    boundaries at all (a boundary review before the election) is ``uncertain``."""
    from psephos.analysis.records import series_changed_hands, series_key
    from psephos.claims.evaluate import judge

    f = ctx.frame
    key = series_key(ctx.election)
    try:
        rows = series_changed_hands(ctx.election, db=ctx.db)
    except PsephosError as e:
        raise Unanswerable(str(e)) from None
    party, only = _series_side(f.subject)
    if party is None:
        raise Unanswerable("the claim names no party that took the seats")
    other, other_only = (
        _series_side(f.other) if f.other is not None and f.other.kind == "party" else (None, None)
    )
    rows = _in_scope(ctx, rows)
    for nation in {only, other_only} - {None}:
        rows = rows[rows["country"] == nation]  # the group Nat is the SNP in Scotland only
    if rows.empty:
        raise Unanswerable(f"no seats of the series in scope at {key}")
    if not rows["comparable"].any():
        raise Unanswerable(
            f"no result on the same boundaries at the election before {key} (a boundary "
            "review), so the series cannot say which seats changed hands"
        )
    ni = (rows["country"] == "Northern Ireland") & rows["changed_hands"]
    sure = rows["comparable"] & ~ni
    won = rows[sure & rows["changed_hands"] & (rows["winner"] == party)]
    if other is not None:
        won = won[won["prev_winner"] == other]
    could_win = rows["winner"].isna() | (rows["winner"] == party)
    could_lose = rows["prev_winner"].isna() | (other is None) | (rows["prev_winner"] == other)
    maybe = rows[~sure & could_win & could_lose]
    low, high = float(len(won)), float(len(won) + len(maybe))
    at_low, at_high = judge(low, f), judge(high, f)
    stated = f.stated
    s_low = stated.low if stated is not None and stated.low is not None else low
    s_high = stated.high if stated is not None and stated.high is not None else high
    overlap = s_low <= high and s_high >= low
    miss = max(s_low - high, low - s_high, 0.0)
    from_what = f" from {other}" if other else ""
    names = ", ".join(map(str, won["name"].head(8))) + (" ..." if len(won) > 8 else "")
    text = (
        f"{party} took {len(won)} seats{from_what} at {key} against the series election "
        f"before, same seat names and boundaries (1918-2005 series groups): {names}."
    )
    if len(maybe):
        text += f" {len(maybe)} more seats in scope cannot be compared (renamed, new, "
        text += "multi-member, the Speaker's, or an unnamed winner)."
    verdict: str
    if at_low == at_high == "supported":
        verdict = "supported"
    elif overlap or at_low == "supported" or at_high == "supported":
        verdict = "uncertain"
    elif miss <= BY_ELECTION_SLACK:
        verdict = "uncertain"
        text += (
            " The stated count is within two seats of it: seats that changed hands at a "
            "by-election in between (not in the series) can make a count on the seats held "
            "at dissolution differ that much, so this is not called false."
        )
    else:
        verdict = "contradicted"
    ev = Evidence(
        f"{key} against the series election before (same boundaries)",
        low,
        f"{len(won)} seats" + (f" (up to {int(high)})" if high > low else ""),
        verdict,  # type: ignore[arg-type]
        ["cbp-8647-1918-2019"],
        "psephos.analysis.records.series_changed_hands",
    )
    return Evaluation(
        verdict,  # type: ignore[arg-type]
        text,
        [ev],
        stated.rule if stated else None,
        f"psephos sql \"SELECT * FROM history_1918_2019 WHERE election = '{key}'\"",
    )


def _series_side(side: Subject | None) -> tuple[str | None, str | None]:
    """(series group, the nation it stands for alone or None) of a side's party."""
    from psephos.analysis.records import SERIES_PARTY

    if side is None:
        return None, None
    party = side.party or (side.candidate or {}).get("party")
    if not party:
        return None, None
    if party not in SERIES_PARTY:
        raise Unanswerable(f"the 1918-2005 series counts {party} among others (Oth)")
    return SERIES_PARTY[party]


def _in_scope(ctx: Ctx, rows: Any) -> Any:
    """The series rows inside the frame's scope: the UK, Great Britain, a nation, a region."""
    scope = ctx.frame.scope
    if scope.level in ("country", "region") and scope.name:
        return rows[rows[scope.level].astype(str).str.lower() == scope.name.lower()]
    if scope.level == "gb":
        return rows[rows["country"] != "Northern Ireland"]
    if scope.level != "uk":
        raise Unanswerable(f"series gains within a scope of level {scope.level} are not counted")
    return rows
