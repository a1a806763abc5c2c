"""Evaluation: a :class:`~psephos.claims.frame.Frame` in, a verdict with evidence out.

Every value comes from an analysis function (:func:`~psephos.analysis.summary.summary`,
:func:`~psephos.analysis.metrics.metric_values`, :func:`~psephos.analysis.rank.rank`,
:func:`~psephos.analysis.seat.seat_profile`, ...), never from SQL written here, and every
:class:`Evaluation` carries the ``psephos`` command a reader can run to see the same number.

Verdict rules (docs/claims.md, "Evaluation"):

- ``uncertain`` when any slot is unresolved (``Frame.unresolved``), the measure has no
  evaluator, the party did not stand, the seat was not contested at that election, or the
  store has no such figure; the explanation says which.
- ``supported`` when the true value lies in the interval the wording allows
  (:class:`~psephos.claims.model.Stated`), ``contradicted`` when it lies outside it and
  subject, scope, election and comparator are all resolved.
- ``depends`` when two reasonable readings (notional against actual result, old against
  new boundaries, the Speaker in or out) give different answers; the evidence holds both.

Shares, turnout and census shares are stated in per cent (``23`` for 23%); a stated value
below 1 written in words ("a third", "one in five") is read as a fraction.

The family evaluators live in :mod:`psephos.claims.evaluate_results` (votes, shares,
majorities, turnout, seats, placings, outcomes) and :mod:`psephos.claims.evaluate_scope`
(ranks, superlatives, changes, census, counts, records, tenure); this module holds the
shared model, the dispatcher and the comparison helpers.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psephos.claims.frame import Frame
from psephos.claims.model import Evidence, Stated, Verdict
from psephos.errors import PsephosError

if TYPE_CHECKING:
    import duckdb

DB = str | os.PathLike[str] | None


@dataclass
class Evaluation:
    """The answer to one frame.

    Attributes
    ----------
    verdict : Verdict
        ``supported``, ``contradicted``, ``depends``, ``uncertain`` or ``not_checkable``.
    explanation : str
        One or two sentences a reader understands.
    evidence : list of Evidence
        The computed values, each with its reading, source ids and the function used.
    tolerance : str or None
        The interval the wording allows, in words.
    command : str or None
        The equivalent ``psephos`` command.
    """

    verdict: Verdict
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    tolerance: str | None = None
    command: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "explanation": self.explanation,
            "evidence": [e.to_dict() for e in self.evidence],
            "tolerance": self.tolerance,
            "command": self.command,
        }


class Unanswerable(PsephosError):
    """Raised inside an evaluator when the frame cannot be decided; becomes ``uncertain``."""


@dataclass
class Ctx:
    """What every evaluator needs: the store path and the frame's election."""

    db: DB
    frame: Frame
    election: str

    @property
    def year(self) -> int | None:
        m = re.search(r"(\d{4})", self.election)
        return int(m.group(1)) if m else None


Evaluator = Callable[[Ctx], "Evaluation"]
EVALUATORS: dict[str, Evaluator] = {}


def evaluator(*measures: str) -> Callable[[Evaluator], Evaluator]:
    """Register ``fn`` as the evaluator of ``measures``."""

    def deco(fn: Evaluator) -> Evaluator:
        for m in measures:
            EVALUATORS[m] = fn
        return fn

    return deco


def store_path(con: Any) -> DB:
    """The store path behind ``con`` (a DuckDB connection, a path, or None for the default)."""
    if con is None or isinstance(con, (str, os.PathLike)):
        return con
    from psephos.store.connect import memo

    def path() -> DB:
        row = con.execute(
            "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
        ).fetchone()
        return str(row[0]) if row and row[0] else None

    return memo(con, "claims.evaluate.store_path", path)


def evaluate(con: duckdb.DuckDBPyConnection | DB, frame: Frame) -> Evaluation:
    """Answer ``frame`` from the store behind ``con``.

    Parameters
    ----------
    con : a DuckDB connection to the store (from :func:`psephos.store.connect.connect`),
        or the store's path (None: ``$PSEPHOS_DB``).
    frame : the claim as a query.

    Returns
    -------
    Evaluation
        Never raises for a frame it cannot decide: that is ``uncertain`` with the reason.
    """
    _load_families()
    if frame.unresolved:
        out = Evaluation(
            "uncertain",
            "Not checked: " + "; ".join(frame.unresolved) + ".",
            tolerance=_rule(frame.stated),
        )
        return (
            _seat_majority_without_subject(con, frame)
            or _either_party(con, frame)
            or _split_exact(con, frame)
            or _r7a_unnamed(con, frame)
            or out
        )
    fn = EVALUATORS.get(frame.measure)
    if fn is None:
        return Evaluation("uncertain", f"Not checked: no evaluator for measure {frame.measure}.")
    if not frame.election:
        return Evaluation("uncertain", "Not checked: the claim's election is not known.")
    ctx = Ctx(store_path(con), frame, _election_id(frame.election))
    if "by-elections" in frame.scope.where and ctx.election.startswith("by-"):
        # "the largest majority overturned at any by-election of the parliament", said of
        # one by-election: ranked among the by-elections of that by-election's parliament
        from psephos.claims import evaluate_byelection as by

        try:
            ctx = Ctx(ctx.db, frame, by.parliament_of(ctx))
        except PsephosError as exc:
            return uncertain(exc.message.rstrip("."), frame)
    if ctx.election.startswith("by:"):  # the by-elections of a parliament
        from psephos.claims import evaluate_byelection as by

        sets = {"count_seats": by.set_count, "gains_from": by.set_gains}
        sets.update({"rank": by.set_rank, "superlative": by.set_rank})
        if frame.measure not in sets:
            return uncertain(f"no evaluator for {frame.measure} over a set of by-elections", frame)
        fn = sets[frame.measure]
    from psephos.claims import evaluate_round7b_a as r7a

    fn = r7a.evaluator_for(frame) or fn  # round 7b (A): a loss since a year
    out = r7a.reread(con, frame, _run(fn, ctx))  # round 7b (A): readings the words rule out
    actual = NOTIONAL_ACTUAL.get(ctx.election)
    if actual and frame.scope.level != "seat" and out.verdict in ("supported", "contradicted"):
        out = _with_actual(con, frame, out, actual)
    elif actual and frame.scope.level == "seat" and out.verdict == "contradicted":
        out = _with_old_seat(con, frame, out, actual)
    if out.verdict == "contradicted" and ctx.election.startswith("by-"):
        out = _with_general_same_year(con, frame, out, ctx.election)
    if out.verdict == "contradicted":
        # the 1918-2005 series' other honest figures (the file as published, seats in doubt)
        from psephos.claims.evaluate_round7b_b import series_readings

        out = series_readings(con, frame, out)
    if out.verdict == "contradicted":
        from psephos.claims.evaluate_guard import guard

        out = guard(con, frame, out)
    return _with_outcome(con, frame, out)


#: the outcomes a majority frame may carry ("held Solihull by 175 votes") whose readings
#: (official result, the seat as it was, the sitting MP) can disagree; not a gain or "won
#: back": measured on the corpus, their keys take the seat's history as the reporter tells
#: it (a gain from the holder at dissolution) rather than as two readings
HELD_OR_GAINED = ("held", "retained")


def _with_outcome(con: duckdb.DuckDBPyConnection | DB, frame: Frame, out: Evaluation) -> Evaluation:
    """A true majority said with an outcome ("Lorely Burt held Solihull by 175 votes",
    "Jeremy Corbyn held Islington North by 7,247") is one statement about the majority AND
    the hold or gain. When the outcome's readings disagree (the official result calls it a
    gain on the notional or previous result, the sitting MP or the holder at dissolution
    kept it) the claim is ``depends``, with both readings; any other outcome answer leaves
    the majority's verdict as it is."""
    from dataclasses import replace

    if frame.measure != "majority" or frame.outcome not in HELD_OR_GAINED:
        return out
    if out.verdict != "supported" or frame.scope.level != "seat":
        return out
    alt = replace(frame, measure="outcome", metric=None, stated=None, comparator="eq")
    got = evaluate(con, alt)
    if got.verdict != "depends":
        return out
    return Evaluation(
        "depends",
        f"{out.explanation} The '{frame.outcome}' in the same words: {got.explanation}",
        [*out.evidence, *got.evidence],
        out.tolerance,
        out.command,
    )


def _r7a_unnamed(con: duckdb.DuckDBPyConnection | DB, frame: Frame) -> Evaluation | None:
    from psephos.claims.evaluate_round7b_a import unnamed_winner  # round 7b (A)

    return unnamed_winner(con, frame)


def _seat_majority_without_subject(
    con: duckdb.DuckDBPyConnection | DB, frame: Frame
) -> Evaluation | None:
    """A seat's majority whose subject was not found ("held Hastings and Rye by 346
    votes", "lost by 310 votes" after the seat): the majority is the winner's whoever the
    sentence names, so the claim is supported when the figure is the seat's majority. Any
    other answer keeps the unresolved subject's ``uncertain`` (the figure may be a
    third-placed candidate's gap to the winner)."""
    from dataclasses import replace

    if frame.measure != "majority" or frame.scope.level != "seat" or not frame.scope.seat:
        return None
    if frame.stated is None or not all(u.startswith("subject:") for u in frame.unresolved):
        return None
    out = evaluate(con, replace(frame, unresolved=[]))
    return out if out.verdict == "supported" else None


#: extraction's note on a story whose dating evidence is split between elections
_SPLIT = re.compile(r"^election: split evidence: (?P<ids>[^;]+)")
#: seat counts given to the vote, which match one election's figure only by intent
_EXACT_SEAT = frozenset({"majority", "votes", "margin"})


def _split_exact(con: duckdb.DuckDBPyConnection | DB, frame: Frame) -> Evaluation | None:
    """A story about several elections whose evidence is split ("split evidence: ge2024 39,
    ge2010 23") leaves a claim with no year of its own undated. A seat's count given to the
    vote ("held Basildon and Billericay by 20 votes") that is exactly the seat's figure at
    ONE of the elections in the running dates itself: ``supported`` at that election. Any
    other answer (no election, or several, fit) keeps the ``uncertain``: a wrong figure is
    never refuted against a guessed election."""
    from dataclasses import replace

    if len(frame.unresolved) != 1 or frame.measure not in _EXACT_SEAT:
        return None
    m = _SPLIT.match(frame.unresolved[0])
    s = frame.stated
    if m is None or s is None or frame.scope.level != "seat" or frame.comparator != "eq":
        return None
    if s.low != s.high or not re.search(r"\d", s.text):
        return None
    ids = re.findall(r"\b((?:ge|by-)[\w-]+)\s+\d", m["ids"])
    fits = []
    for eid in ids:
        scope = _seat_at(con, frame.scope, eid)
        if scope is None:
            continue
        got = evaluate_plain(con, replace(frame, unresolved=[], election=eid, scope=scope))
        if got.verdict == "supported" and _winner_named_fits(con, frame, eid, scope):
            fits.append((eid, got))
    if len(fits) != 1:
        return None
    eid, got = fits[0]
    return Evaluation(
        "supported",
        f"{got.explanation} The story's dating evidence is split ({m['ids'].strip()}); the "
        f"figure is the seat's at {eid} only, so the claim is read at {eid}.",
        got.evidence,
        got.tolerance,
        got.command,
    )


def _winner_named_fits(
    con: duckdb.DuckDBPyConnection | DB, frame: Frame, eid: str, scope: Any
) -> bool:
    """False when the outcome said with the figure ("the Lib Dems lost Camborne and Redruth
    to Labour by 66", "X won Y by N") is false at ``eid``: the seat's majority is the
    winner's whoever is named, so the figure alone would date a claim whose winner is
    wrong."""
    from dataclasses import replace

    if frame.outcome is None:
        return True
    told = replace(
        frame,
        measure="outcome",
        metric=None,
        stated=None,
        comparator="eq",
        unresolved=[],
        election=eid,
        scope=scope,
    )
    return evaluate_plain(con, told).verdict != "contradicted"


def _seat_at(con: duckdb.DuckDBPyConnection | DB, scope: Any, eid: str) -> Any:
    """``scope`` with its seat's ONS code on the boundaries of election ``eid`` (resolution
    fills it for the story's election only; a story with split evidence has none), or None
    when the seat has no code on those boundaries."""
    from dataclasses import replace

    from psephos.analysis import _lookups as lookups
    from psephos.store.connect import connect

    seat = dict(scope.seat or {})
    election = lookups.elections(connect(store_path(con))).get(eid)
    if election is None:
        return None
    bset = str(election["boundary_set"])
    code = (seat.get("codes") or {}).get(bset)
    if not code:
        return None
    seat.update(ons_code=code, boundary_set=bset)
    return replace(scope, seat=seat)


#: extraction's note on a party anaphor that may mean either of two parties (the one named
#: in an earlier paragraph, or the story's own party)
_EITHER_PARTY = re.compile(
    r"^subject: .* or (?:the story's party|the other party named in the sentence before) "
    r"\((?P<code>[^()]+)\)"
)


def _either_party(con: duckdb.DuckDBPyConnection | DB, frame: Frame) -> Evaluation | None:
    """A claim whose party is "the party"/"it"/"they" with two candidates (the party named
    in an earlier paragraph, or the story's own): read both ways; when both readings are
    ``supported``, the claim is true whichever party is meant (the evidence of both kept).
    Anything else keeps the ``uncertain``: two false readings are not enough to call it
    false, since another slot may be read wrong too (measured on the fifth held-out batch:
    "it was reduced to eight seats, its fewest since 1970", read at the wrong election, is
    false on both parties)."""
    from dataclasses import replace

    if len(frame.unresolved) != 1 or frame.subject.kind != "party" or not frame.subject.party:
        return None
    m = _EITHER_PARTY.match(frame.unresolved[0])
    if m is None or m["code"] == frame.subject.party:
        return None
    plain = replace(frame, unresolved=[])
    first = evaluate(con, plain)
    story = replace(plain, subject=replace(frame.subject, party=m["code"]))
    if first.verdict != "supported":
        return _one_party_fits(con, story, plain)
    second = evaluate(con, story)
    if second.verdict != first.verdict:
        return _one_party_fits(con, plain, story, first)
    return Evaluation(
        first.verdict,
        f"Read as about {frame.subject.party}: {first.explanation} Read as about the "
        f"other candidate ({m['code']}): {second.explanation} Either way the claim is true.",
        [*first.evidence, *second.evidence],
        first.tolerance,
        first.command,
    )


def _one_party_fits(
    con: duckdb.DuckDBPyConnection | DB,
    frame: Frame,
    rejected: Frame,
    fits: Evaluation | None = None,
) -> Evaluation | None:
    """The other half of :func:`_either_party`: a TIGHT figure ("won 12 seats", "7.4 per
    cent", not "more than four points") that is true of one of the two parties (``frame``;
    ``fits`` is its evaluation when already made) and false of the other (``rejected``,
    read without the guard, which would excuse it as the first party's figure) says which
    party the sentence is about, so the claim is ``supported`` read as about that one. An
    open figure, or one false or undecided on both readings, keeps the ``uncertain``: a
    figure fits a party by chance only when it allows many values."""
    from psephos.claims.evaluate_guard import _tight

    if not _tight(frame):
        return None
    fits = fits if fits is not None else evaluate(con, frame)
    if fits.verdict != "supported":
        return None
    other = evaluate_plain(con, rejected)
    if other.verdict != "contradicted":
        return None
    party, no = frame.subject.party, rejected.subject.party
    return Evaluation(
        "supported",
        f"Read as about {party}: {fits.explanation} Read as about {no}: "
        f"{other.explanation} The figure is {party}'s, so the sentence is about {party}.",
        [*fits.evidence, *other.evidence],
        fits.tolerance,
        fits.command,
    )


#: a notional result and the actual election on the old boundaries: a claim about "the last
#: election" in an area may mean either, and is ``depends`` when they disagree
NOTIONAL_ACTUAL = {"notional2019": "ge2019", "notional2005": "2005"}


def _with_actual(con: Any, frame: Frame, out: Evaluation, actual: str) -> Evaluation:
    from dataclasses import replace

    alt = evaluate_plain(con, replace(frame, election=actual))
    if alt.verdict not in ("supported", "contradicted") or alt.verdict == out.verdict:
        return out
    for e in alt.evidence:
        e.reading = f"{e.reading} (the actual {actual} result, old boundaries)"
    return Evaluation(
        "depends",
        f"{out.explanation} On the actual {actual} result: {alt.explanation} "
        "The notional and actual results disagree on the claim.",
        [*out.evidence, *alt.evidence],
        out.tolerance,
        out.command,
    )


#: a year named with a month or as a by-election's ("the May 2024 by-election"): the claim
#: is dated to the by-election, not merely to its year
_BY_DATED = re.compile(
    r"by-?election|january|february|march|april|may|june|july|august|september|october|"
    r"november|december",
    re.I,
)


def _with_general_same_year(con: Any, frame: Frame, out: Evaluation, by_id: str) -> Evaluation:
    """A seat figure false at the seat's by-election but true at the general election of
    the same year is ``depends`` when the sentence gives only the year ("In 2024 Chris Webb
    won 16,916 votes in Blackpool South": the May by-election or the July general election
    of 2024); a claim false at both stays false."""
    from dataclasses import replace

    how = frame.election_how or ""
    year = by_id[3:7]
    if _BY_DATED.search(how) or year not in how:
        return out
    general = f"ge{year}"
    kind, bset = _store_kinds(con).get(general, (None, None))
    if kind != "general":
        return out
    # the seat as the general election drew it (a by-election before a review is on the
    # old boundaries)
    seat = dict(frame.scope.seat or {})
    code = (seat.get("codes") or {}).get(str(bset))
    if not code:
        return out
    seat.update(ons_code=code, boundary_set=str(bset))
    subject = frame.subject
    if subject.seat:
        subject = replace(subject, seat=seat)
    if subject.candidate:
        subject = replace(subject, candidate={**subject.candidate, "ons_code": code})
    alt = evaluate_plain(
        con,
        replace(
            frame,
            election=general,
            scope=replace(frame.scope, seat=seat),
            subject=subject,
        ),
    )
    if alt.verdict != "supported":
        return out
    return Evaluation(
        "depends",
        f"{out.explanation} At the {year} general election: {alt.explanation} The sentence "
        f"gives only the year, and the seat had a by-election and a general election in {year}.",
        [*out.evidence, *alt.evidence],
        out.tolerance,
        out.command,
    )


def _store_kinds(con: Any) -> dict[str, tuple[str, str]]:
    """Every election id of the store: (its kind, its boundary set), read once per store."""
    from psephos.store.connect import connect, memo

    db = connect(store_path(con))
    return memo(
        db,
        "claims.evaluate.election_kinds",
        lambda: {
            str(e): (str(k), str(b))
            for e, k, b in db.execute(
                "SELECT election_id, kind, boundary_set FROM elections"
            ).fetchall()
        },
    )


def _with_old_seat(con: Any, frame: Frame, out: Evaluation, actual: str) -> Evaluation:
    """A seat figure false on the notional result but true on the actual result of the
    seat of the same name on the old boundaries ("overturning the 26,195 majority she won
    last time", the majority the MP really won) is ``depends``: the reporter may mean either.
    A claim true on the notional result is left as it is."""
    from dataclasses import replace

    seat = frame.scope.seat or {}
    old_code = (seat.get("codes") or {}).get("2010")
    if not old_code or old_code == seat.get("ons_code"):
        return out
    old = {**seat, "ons_code": old_code, "boundary_set": "2010"}
    subject = frame.subject
    if subject.seat:
        subject = replace(subject, seat=old)
    alt = evaluate_plain(
        con, replace(frame, election=actual, scope=replace(frame.scope, seat=old), subject=subject)
    )
    if alt.verdict != "supported":
        return out
    for e in alt.evidence:
        e.reading = f"{e.reading} (the actual {actual} result, old boundaries)"
    return Evaluation(
        "depends",
        f"{out.explanation} On the actual {actual} result in the seat as it was: "
        f"{alt.explanation} The notional and actual results disagree on the claim.",
        [*out.evidence, *alt.evidence],
        out.tolerance,
        out.command,
    )


def _run(fn: Evaluator, ctx: Ctx) -> Evaluation:
    try:
        return fn(ctx)
    except PsephosError as exc:
        return Evaluation(
            "uncertain",
            f"Not checked: {exc.message.rstrip('.')}.",
            tolerance=_rule(ctx.frame.stated),
        )


def evaluate_plain(con: duckdb.DuckDBPyConnection | DB, frame: Frame) -> Evaluation:
    """:func:`evaluate` without the guard against false contradictions (used by the guard
    itself to try other readings of a frame)."""
    _load_families()
    if frame.unresolved or frame.measure not in EVALUATORS or not frame.election:
        return uncertain("not a complete frame", frame)
    ctx = Ctx(store_path(con), frame, _election_id(frame.election))
    if ctx.election.startswith("by:"):
        return uncertain("a set of by-elections", frame)
    return _run(EVALUATORS[frame.measure], ctx)


def _load_families() -> None:
    from psephos.claims import (  # noqa: F401 - importing registers the evaluators
        evaluate_change,
        evaluate_history,
        evaluate_outcome,
        evaluate_results,
        evaluate_round10,
        evaluate_scope,
        evaluate_totals,
    )


#: extraction's ids of the two 1974 elections (``when.election_id``) as the series keys them
_MONTHS_1974 = {"feb": "F", "oct": "O"}


def _election_id(text: str) -> str:
    t = str(text).strip()
    if re.fullmatch(r"\d{4}[A-Za-z]?", t):
        return f"ge{t}"
    m = re.fullmatch(r"(?:ge)?1974(feb|oct)\w*", t, re.I)
    if m:  # "the October 1974 election": the series' 1974O
        return f"ge1974{_MONTHS_1974[m[1].lower()]}"
    return t


# --------------------------------------------------------------------------- comparisons


def is_share(stated: Stated, unit: str | None) -> bool:
    """True when ``stated`` is a fraction (0-1) rather than per cent: "a third", "one in
    five" (a value below 1 written without digits), or ``unit == "fraction"``."""
    if unit == "fraction":
        return True
    if unit in ("percent", "points"):
        return False
    return stated.value < 1 and not re.search(r"\d", stated.text)


def as_stated_scale(value: float, stated: Stated, unit: str | None) -> float:
    """A share ``value`` (0-1) on the scale of ``stated`` (fraction or per cent)."""
    return value if is_share(stated, unit) else value * 100


def interval(frame: Frame) -> tuple[float, float]:
    """The interval the stated value allows under the frame's comparator: an explicit
    comparator ("more than", "below", "nearly") overrides a plain rounded reading."""
    s = frame.stated
    if s is None:
        raise Unanswerable("the claim states no number to compare")
    v, lo, hi = s.value, s.low, s.high
    cmp = frame.comparator
    if cmp in ("gt", "ge", "just_over") and math.isinf(hi):
        return lo, hi
    if cmp in ("lt", "le") and math.isinf(lo):
        return lo, hi
    if cmp in ("gt", "ge"):
        return v, math.inf
    if cmp in ("lt", "le"):
        return -math.inf, v
    if cmp == "within":
        return -math.inf, hi
    if cmp == "nearly" and lo >= v * 0.9 - 1e-12 and hi <= v + 1e-12 and lo < hi:
        return lo, hi
    if cmp == "nearly":
        return v * 0.9, v
    if cmp == "just_over" and lo == v and hi > v:
        return lo, hi
    if cmp == "just_over":
        return v, v * 1.1
    if cmp == "about" and hi - lo < abs(v) * 0.1 - 1e-12:
        spread = max((hi - lo) / 2, abs(v) * 0.05)
        return v - spread, v + spread
    return lo, hi


def judge(value: float, frame: Frame) -> Verdict:
    """``supported`` when ``value`` (already on the stated scale) lies in the interval the
    frame's comparator and stated value allow (:func:`interval`), else ``contradicted``."""
    lo, hi = interval(frame)
    eps = 1e-9 * max(1.0, abs(value))
    return "supported" if lo - eps <= value <= hi + eps else "contradicted"


def _rule(stated: Stated | None) -> str | None:
    return stated.rule if stated else None


def fmt_count(x: float) -> str:
    return f"{int(round(x)):,}"


def fmt_share(x: float) -> str:
    return f"{x * 100:.1f}%"


def display(value: float, kind: str) -> str:
    return fmt_share(value) if kind == "share" else fmt_count(value)


def quote(name: str) -> str:
    """A name quoted for a shell command."""
    return f'"{name}"' if re.search(r"[\s']", name) else name


def result(
    ctx: Ctx,
    value: float,
    *,
    kind: str,
    what: str,
    reading: str,
    sources: list[str],
    query: str,
    command: str,
    scaled: float | None = None,
) -> Evaluation:
    """The evaluation of a numeric frame: compare ``value`` with the stated interval.

    ``kind`` is ``share`` (value 0-1) or ``count``; ``what`` names the measure in words
    ("Reform UK's share in Clacton"); ``scaled`` overrides the value compared.
    """
    frame = ctx.frame
    s = frame.stated
    if s is None:
        raise Unanswerable(f"the claim states no number for {what}")
    cmp = scaled if scaled is not None else value
    if kind == "share" and scaled is None:
        cmp = as_stated_scale(value, s, frame.unit)
    verdict = judge(cmp, frame)
    shown = display(value, kind)
    word = "within" if verdict == "supported" else "outside"
    explanation = (
        f"{what} was {shown}, {word} what '{s.text}' allows "
        f"({_interval(s, interval(frame), kind, frame.unit)})."
    )
    ev = Evidence(reading, value, shown, verdict, sorted(set(sources)), query)
    return Evaluation(verdict, explanation, [ev], s.rule, command)


def _interval(s: Stated, bounds: tuple[float, float], kind: str, unit: str | None) -> str:
    frac = kind == "share" and is_share(s, unit)
    lo, hi = bounds

    def f(x: float) -> str:
        if kind == "share":
            return f"{x * 100:.1f}%" if frac else f"{x:g}%"
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"

    if math.isinf(hi) and not math.isinf(lo):
        return f"{f(lo)} or more"
    if math.isinf(lo) and not math.isinf(hi):
        return f"{f(hi)} or less"
    if lo == hi:
        return f"exactly {f(lo)}"
    return f"{f(lo)} to {f(hi)}"


def uncertain(reason: str, frame: Frame, command: str | None = None) -> Evaluation:
    return Evaluation("uncertain", f"Not checked: {reason}.", [], _rule(frame.stated), command)


def combine(evidence: list[Evidence]) -> Verdict:
    """One verdict from several readings: the same on all -> that verdict; supported on
    one and contradicted on another -> ``depends``; otherwise ``uncertain``."""
    verdicts = {e.verdict for e in evidence}
    if len(verdicts) == 1:
        return next(iter(verdicts))
    if {"supported", "contradicted"} <= verdicts:
        return "depends"
    if "supported" in verdicts and verdicts <= {"supported", "uncertain"}:
        return "supported"
    return "uncertain"
