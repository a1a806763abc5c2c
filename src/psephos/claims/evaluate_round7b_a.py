"""Round 7b (WRONG-A): readings for classes of true claims the ninth held-out batch saw
called false (docs/claims.md, "Ninth held-out batch, WRONG-A").

- :func:`earlier_reading`: a seat majority whose words put it before the story's election
  ("Labour's previous majority of 3,280", "had been defending", "on the notional figures";
  the note of :mod:`psephos.claims.extract.round7b_a`) and which is false at the story's
  election is read again at the election before: ``supported`` when true there, kept
  ``contradicted`` only when false there too, else ``uncertain``.
- :func:`gross_seats`: "The Lib Dems lost five seats" in an election at which the party
  made a net GAIN (or "gained N" at a net loss) cannot mean the net change: the words count
  the seats lost (gained) one by one. Read as that gross count where the seat-by-seat
  results say it (2010-2024), else ``uncertain``.
- :func:`unnamed_winner`: "Isaac Foot took Bodmin by 1,914", "Ramsay MacDonald won Aberavon
  by 3,152" at an election whose candidates the store does not name: the subject is not
  found, but a seat named in the claim, a winning verb and a figure say the seat's majority
  whoever won; a figure that is not the seat's majority is false whoever the person is (the
  guard still runs), where before it was left unresolved.
- :func:`lost_since`: "the first time Labour had lost the seat since 1935": the party lost
  the seat at the claim's election, won it at every election after the year up to the one
  before, and the year was its last loss ("lost in 1935, held since") or its win back
  ("won in 1935, held since"); either reading of the year is a true claim.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from psephos.claims.evaluate import (
    DB,
    Ctx,
    Evaluation,
    Evaluator,
    Unanswerable,
    _election_id,
    _seat_at,
    evaluate_plain,
    store_path,
)
from psephos.claims.extract.round7b_a import EARLIER_NOTE, NOTIONAL_NOTE
from psephos.claims.model import Evidence

if TYPE_CHECKING:
    import duckdb

    from psephos.claims.frame import Frame


def evaluator_for(frame: Frame) -> Evaluator | None:
    """The evaluator of this module for ``frame``, or None for the registered one."""
    if frame.measure == "first_since" and frame.outcome == "lost" and frame.scope.level == "seat":
        return lost_since
    return None


def reread(con: duckdb.DuckDBPyConnection | DB, frame: Frame, out: Evaluation) -> Evaluation:
    """A contradiction made by a reading the words rule out, read the way they say."""
    if out.verdict != "contradicted":
        return out
    out = earlier_reading(con, frame, out)
    if out.verdict == "contradicted":
        out = gross_seats(con, frame, out)
    return out


def _previous(con: Any, frame: Frame) -> str | None:
    from psephos.claims.evaluate_change import _previous_election

    return _previous_election(Ctx(store_path(con), frame, _election_id(str(frame.election))))


def earlier_reading(
    con: duckdb.DuckDBPyConnection | DB, frame: Frame, out: Evaluation
) -> Evaluation:
    """See the module's docstring."""
    notes = [n for n in frame.notes if n in (EARLIER_NOTE, NOTIONAL_NOTE)]
    if not notes or not frame.election:
        return out
    prev = _previous(con, frame)
    if prev is None:
        return _not_called(out, "the words put the figure before the story's election, "
                           "and there is no election before it to read it at")  # fmt: skip
    scope = frame.scope
    if scope.level == "seat" and scope.seat:
        scope = _seat_at(con, scope, prev) or scope
    alt = replace(
        frame,
        election=prev,
        scope=scope,
        outcome=None,
        notes=[n for n in frame.notes if n not in notes],
        unresolved=[],
    )
    got = evaluate_plain(con, alt)
    why = "'previous', a past perfect" if notes[0] == EARLIER_NOTE else "'notional'"
    if got.verdict == "supported":
        return Evaluation(
            "supported",
            f"The words ({why}) put the figure before the story's election; read at {prev}: "
            f"{got.explanation} At {frame.election}: {out.explanation}",
            [*got.evidence, *out.evidence],
            got.tolerance,
            got.command,
        )
    if got.verdict == "contradicted":
        out.explanation += f" Read at {prev} too (the words put it earlier): {got.explanation}"
        out.evidence.extend(got.evidence)
        return out
    return _not_called(
        out, f"the words ({why}) put the figure before the story's election, and at {prev} "
        f"it is not decided ({got.explanation})"
    )  # fmt: skip


def _not_called(out: Evaluation, why: str) -> Evaluation:
    for e in out.evidence:
        e.verdict = "uncertain"
    out.verdict = "uncertain"
    out.explanation = f"{out.explanation} Not called false: {why}."
    return out


#: elections with seat-by-seat results the gross count can be taken from
_SEAT_LEVEL = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")


def gross_seats(con: duckdb.DuckDBPyConnection | DB, frame: Frame, out: Evaluation) -> Evaluation:
    """See the module's docstring: "lost N seats" at a net gain (or "gained N" at a net
    loss) is the gross count."""
    if frame.measure != "net_change" or frame.comparator not in ("up", "down"):
        return out
    if frame.subject.kind != "party" or not frame.subject.party or frame.stated is None:
        return out
    if frame.scope.level not in ("uk", "gb", "country", "region"):
        return out
    values = [float(e.value) for e in out.evidence if isinstance(e.value, (int, float))]
    if not values:
        return out
    said_down = frame.comparator == "down"
    if not all((v > 0) if said_down else (v < 0) for v in values):
        return out  # the net moved the way the words say: the net reading stands
    word = "lost" if said_down else "gained"
    election = _election_id(str(frame.election))
    net = ", ".join(f"{v:+.0f}" for v in values)
    if election not in _SEAT_LEVEL:
        return _not_called(
            out, f"the party's net change ({net}) went the other way, so '{word}' counts "
            f"seats {word} one by one, which the seat-by-seat results do not give at {election}"
        )  # fmt: skip
    from psephos.analysis.swing import changed_hands
    from psephos.claims.evaluate import judge
    from psephos.claims.evaluate_change import seats_in_scope

    party = frame.subject.party
    ctx = Ctx(store_path(con), frame, election)
    moved = changed_hands(election=election, db=ctx.db)
    rows = moved[moved["previous_winner" if said_down else "winner"] == party]
    try:
        rows = seats_in_scope(ctx, rows)
    except Unanswerable:
        return _not_called(out, f"'{word}' at a net change of {net} counts seats one by one")
    count = float(len(rows))
    verdict = judge(count, frame)
    names = ", ".join(map(str, rows["name"].head(10)))
    ev = Evidence(
        f"{election}: seats {word} by {party} one by one (gross)",
        count,
        f"{len(rows)} seats",
        verdict,
        [str(s) for s in sorted({e for ev in out.evidence for e in ev.source_ids})],
        "psephos.analysis.swing.changed_hands",
    )
    return Evaluation(
        verdict,
        f"{party}'s net change was {net}, so '{word} {frame.stated.text}' counts seats "
        f"{word} one by one: {party} {word} {len(rows)} ({names}).",
        [ev],
        out.tolerance,
        f"psephos gains --election {election}",
    )


#: outcomes whose "VERB SEAT by N" figure is the seat's majority
_WINNING = ("won", "gained", "held", "retained")
#: extraction's note on a subject it found nowhere
_NO_SUBJECT = "subject: no party, person or seat found"


def unnamed_winner(con: duckdb.DuckDBPyConnection | DB, frame: Frame) -> Evaluation | None:
    """See the module's docstring: the contradiction of a seat majority whose only
    unresolved slot is a subject found nowhere, or None (the ``uncertain`` stands)."""
    from psephos.claims.evaluate import evaluate

    if frame.measure != "majority" or frame.outcome not in _WINNING or frame.stated is None:
        return None
    if frame.scope.level != "seat" or frame.scope.how != "named in the claim":
        return None
    if not frame.unresolved or not all(u.startswith(_NO_SUBJECT) for u in frame.unresolved):
        return None
    out = evaluate(con, replace(frame, unresolved=[]))
    if out.verdict != "contradicted":
        return None
    out.explanation += (
        " The person is not named in the store's records of this election, but the seat is "
        "named with a winning verb: the figure is the seat's majority whoever won."
    )
    return out


def lost_since(ctx: Ctx) -> Evaluation:
    """See the module's docstring."""
    from psephos.analysis.records import seat_lineage
    from psephos.claims import evaluate_history as eh
    from psephos.claims.evaluate_results import seat_of

    f = ctx.frame
    party = f.subject.party or (f.subject.candidate or {}).get("party")
    if not party:
        raise Unanswerable("the claim names no party")
    if f.since_year is None:
        raise Unanswerable("the claim gives no year")
    seat = seat_of(f)
    if seat is None and f.scope.name and eh._key(ctx)[1] < 2010:
        seat = {"ons_code": None, "name": f.scope.name}
    if seat is None:
        raise Unanswerable("the seat is not known at the claim's election")
    group = eh._party_group(party)
    names, codes, note = eh._seat_names(ctx, seat)
    lineage = seat_lineage(names, codes=codes, db=ctx.db)
    order = eh._order(ctx)
    earlier, is_general = eh._before(ctx, order)
    key, _ = eh._key(ctx)
    parts = {str(e): part for e, part in lineage.groupby("election", sort=False)}

    def winner(e: str) -> str | None:
        part = parts.get(e)
        if part is None or part["winner"].isna().all() or (part["seats"] > 1).any():
            return None
        ws = set(part["winner"].dropna())
        return next(iter(ws)) if len(ws) == 1 else None

    path = ", ".join(f"{e} {winner(e) or '?'}" for e in earlier if e in parts)
    base = f"{party} ({group} in the series) in {note}: winners {path}."
    sources = sorted({str(s) for s in lineage["source_id"].dropna()})
    cmd = f"psephos seat {names[0]!r}"
    if not is_general:
        raise Unanswerable("a loss since a year is read at general elections only")
    now = winner(key)
    if now is None:
        raise Unanswerable(f"no winner recorded for {note} at {key}")
    if now == group:
        return eh._hist_eval(
            "contradicted", base + f" {party} won it at {key}: it did not lose.", sources, cmd
        )
    year = f.since_year
    after = [e for e in earlier if eh._year(e) > year]
    lost_after = [e for e in after if e in parts and winner(e) not in (group, None)]
    if lost_after:
        return eh._hist_eval(
            "contradicted",
            base + f" {party} also lost it at {', '.join(lost_after[:4])}, after {year}.",
            sources,
            cmd,
        )
    gaps = [e for e in after if e not in parts or winner(e) is None]
    at_year = [e for e in earlier if eh._year(e) == year]
    if gaps or not at_year or any(winner(e) is None for e in at_year):
        return eh._hist_eval(
            "uncertain",
            base + f" The record after {year} is incomplete (renamed or two-member seat).",
            sources,
            cmd,
        )
    before_year = [e for e in earlier if eh._year(e) < year]
    lost_at_year = any(winner(e) != group for e in at_year)
    won_back = (
        all(winner(e) == group for e in at_year)
        and bool(before_year)
        and winner(before_year[-1]) not in (group, None)
    )
    if lost_at_year or won_back:
        how = "lost it then" if lost_at_year else "won it back then"
        return eh._hist_eval(
            "supported",
            base + f" {party} lost it at {key}, held it at every election after {year}, and "
            f"{how}.",
            sources,
            cmd,
        )  # fmt: skip
    return eh._hist_eval(
        "uncertain",
        base + f" {party} held it since before {year} as well: the year is not its last loss "
        "or its win back.",
        sources,
        cmd,
    )  # fmt: skip
