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
