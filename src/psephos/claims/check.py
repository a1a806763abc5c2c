"""The entry point: :func:`check_text` runs the whole pipeline on one text.

text -> entities (:mod:`~psephos.claims.entities`) -> typed text and frames
(:mod:`~psephos.claims.extract`) -> the story's election and each claim's
(:mod:`~psephos.claims.when`) -> verdicts (:func:`psephos.claims.evaluate.evaluate`) ->
:class:`~psephos.claims.model.CheckReport` with every unused number listed as unexamined.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import datetime as dt
import os
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psephos.claims import lexicon as lx
from psephos.claims import (
    round9_caught11,
    round9_wrong,
    round10_caught,
    round11_caught11,
    round11_wrong13,
    round11_wrongrisk,
    when_round7b_b,
)
from psephos.claims.baselines import figure_role, starting_points
from psephos.claims.compound import join_statements
from psephos.claims.entities import find_mentions
from psephos.claims.extract import Doc, Draft, closed_clauses, tag
from psephos.claims.extract.round11_perf11 import Reread
from psephos.claims.frame import Frame, Subject
from psephos.claims.gazetteer import Gazetteer, gazetteer
from psephos.claims.model import CheckedClaim, CheckReport, Claim, Mention, Unexamined
from psephos.claims.reader import MAX_BYTES, decode, read_bounded
from psephos.claims.reconsider import reconsider
from psephos.claims.review_8b_a import review as review_8b_a
from psephos.claims.safeguard import safeguard_all
from psephos.claims.series_seats import (
    is_series_id,
    longer_series_names,
    series_mentions,
    series_party_mentions,
    series_seat_figures,
)
from psephos.claims.settle import settle_paragraphs
from psephos.claims.text import gc_paused, gc_spared, in_spans
from psephos.claims.when import (
    MONTHS,
    NOT_ABOUT,
    ElectionRef,
    Inference,
    election_id,
    find_refs,
    heading_ref,
    infer_document,
)
from psephos.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from collections.abc import Callable

    import duckdb


@dataclass
class Reading:
    """What extraction read in a text, before any verdict: the claims with their resolved
    frames, the story's election and how it was inferred, the numbers no claim uses and
    the entity mentions."""

    claims: list[Claim]
    inference: Inference
    unexamined: list[Unexamined]
    mentions: list[Mention]


#: The election an undated story is read against when the caller names none.
DEFAULT_ELECTION = "ge2024"


def read_text(
    text: str, *, election: str | None = None, db: str | os.PathLike[str] | None = None
) -> Reading:
    """Extract every claim of ``text`` as a resolved frame (no verdicts; see
    :func:`check_text` for the parameters and the errors)."""
    with gc_paused():  # the collector's passes cost about a tenth of extraction
        return _read_text(text, election=election, db=db)


def _read_text(
    text: str, *, election: str | None = None, db: str | os.PathLike[str] | None = None
) -> Reading:
    from psephos.store.connect import connect

    if not text.strip():
        raise InputError(
            "The text to check is empty.",
            hint="Pass a file with the story, or '-' to read standard input.",
        )
    if len(text) > MAX_BYTES:
        raise InputError(
            f"The text is {len(text):,} characters; the checker reads at most {MAX_BYTES:,}.",
            hint="Split the text into stories and check each one.",
        )
    given = election is not None
    election = election or DEFAULT_ELECTION
    con = connect(db)
    gaz = gazetteer(con)
    if election not in gaz.boundary_sets:
        raise NotFoundError(
            f"No general election '{election}' in the store.",
            suggestions=sorted(gaz.boundary_sets, reverse=True),
        )
    mentions = find_mentions(text, gaz, election=election)
    doc = tag(text, mentions, gaz)
    refs = find_refs(text, doc.folded)
    # round 11 (PERF11): read with each sentence's look-ups at the tags noted, so that a
    # second typing below (the 1918-2005 names) reads again only the sentences that may
    # see its difference (extract.round11_perf11)
    reread = Reread(doc)
    drafts = reread.frames
    info = _store_info(con)
    # a seat's exact majority at a 1918-2005 election is evidence as one at 2010-2024 is
    extra = series_seat_figures(text, drafts, db)
    inference = _infer(doc, refs, drafts, gaz, con, info, default=election, extra=extra)
    if is_series_id(inference.election) or not inference.scores or inference.election is None:
        # a story about a 1918-2005 election names that election's seats ("Glasgow
        # Cathcart" in 1979), which today's gazetteer does not hold: read once more with
        # them; an undated or split story is read so only if their figures then date it
        more = series_mentions(text, mentions, db)
        more = series_party_mentions(text, more, inference.election or "")
        if more is not mentions:
            doc2 = tag(text, more, gaz)
            drafts2 = reread.again(doc2)
            extra = series_seat_figures(text, drafts2, db)
            again = _infer(doc2, refs, drafts2, gaz, con, info, default=election, extra=extra)
            if is_series_id(again.election) or _all_series(again):
                mentions, doc, drafts, inference = more, doc2, drafts2, again
    if not is_series_id(inference.election) and not _all_series(inference):
        # a story about another election may date one claim to 1918-2005 ("In February
        # 1974 Tony Benn held Bristol South East"): an old name that today's seat only
        # begins is the old seat, never today's shorter one's row at that election
        longer = longer_series_names(text, mentions, db)
        if longer is not mentions:
            mentions, doc = longer, tag(text, longer, gaz)
            drafts = reread.again(doc)
    if given and not inference.scores:
        # the caller chose the election for an undated story: a resolved election, which
        # may refute (the guard leaves a mere default unable to)
        inference = dataclasses.replace(
            inference, how=f"no evidence in the text: the election given ({election})"
        )
    claims: list[Claim] = []
    used: set[int] = set()
    for n, (si, d) in enumerate(drafts, 1):
        how = resolve(d, si, doc, refs, inference, gaz, info, con)
        used.update(d.numbers)
        claims.append(
            Claim(
                n,
                d.frame.measure,
                text[d.start : d.end],
                d.start,
                d.end,
                si,
                {
                    "rule": d.rule,
                    "numbers": [doc.at[p].text for p in d.numbers if p in doc.at],
                    "election": how,
                },
                d.frame.stated,
                d.frame,
            )
        )
    round9_caught11.earlier_majority(claims, text, con)  # a defeated member's majority
    starting_points(claims, doc.folded, info)  # "A's majority of N grew": the one before
    round10_caught.census_boundaries(claims, mentions)  # a census ranking's 2024 seats
    round11_wrongrisk.area_unions(claims, doc, _seat_level())  # "in Scotland and Wales"
    round11_caught11.seat_superlatives(claims, doc.tags, text)  # 'the closest was X'
    round11_caught11.victory_notes(claims)  # 'its first victory since 1945'
    # round 11 (WRONG13)
    round11_wrong13.turned_into(claims, doc.folded, info, doc.sentences)  # "turned A into B"
    round11_wrong13.ambiguous_pronouns(claims)  # "it" that could be either party
    round11_wrong13.seat_in_clause(claims, doc.folded, doc.sentences)  # "In X, Y's majority fell"
    reading = Reading(claims, inference, unexamined(doc, used), mentions)
    # the patterns the rule handlers and the store's party names compile on first use,
    # after the rules are registered: kept too, or every new process compiles them again
    from psephos.claims import recache

    recache.save()
    return reading


def check_text(
    text: str, *, election: str | None = None, db: str | os.PathLike[str] | None = None
) -> CheckReport:
    """Find and check every claim in ``text``.

    Parameters
    ----------
    text : the story, as published (at most :data:`MAX_BYTES` characters).
    election : the election used when the text gives no evidence of its own; without it an
        undated story is read against :data:`DEFAULT_ELECTION` (``ge2024``) as an
        assumption only, which can support a claim but never refute it; the story's own evidence (years, dateline, candidates, figures) takes
        precedence (:func:`psephos.claims.when.infer_document`), and a claim that names its
        own year is checked against that year.
    db : the store (default: ``$PSEPHOS_DB`` or the user data folder).

    Returns
    -------
    CheckReport
        Claims with their frames, verdicts, evidence and equivalent commands; the numbers
        no claim uses (``unexamined``, with reasons); the document's election and how it
        was inferred. ``.to_dict()`` is the ``psephos check --json`` shape.

    Raises
    ------
    InputError
        empty text, or text over :data:`MAX_BYTES` characters.
    NotFoundError
        ``election`` is not a general election in the store.
    """
    # extraction's objects kept out of the collector's passes once made (text.gc_spared)
    with gc_spared() as spare:
        return _check_text(text, election, db, spare)


def _check_text(
    text: str, election: str | None, db: str | os.PathLike[str] | None, spare: Callable[[], None]
) -> CheckReport:
    from psephos.store.connect import connect, pinned

    with pinned(db):  # one connection for the whole check: no stat() per query
        reading = read_text(text, election=election, db=db)
        spare()
        con = connect(db)
        memo = _evaluations(con)
        checked = [_evaluate(con, c, c.frame, memo) for c in reading.claims]
        # a party anaphor the paragraph's own figures settled is read so (claims.settle)
        checked = settle_paragraphs(text, checked, lambda c, f: _evaluate(con, c.claim, f, memo))
        # a contradiction another reading of the whole text makes true is not called false
        checked = reconsider(
            text,
            checked,
            reading.mentions,
            lambda c, f: _evaluate(con, c.claim, f, memo),
            story_election=reading.inference.election,
            by_elections={k: [e for e, _ in v] for k, v in _store_info(con)["by"].items()},
            con=con,
        )
        from psephos.claims.evaluate_round9 import own_area
        from psephos.claims.round10_uncertain import review as review_10_uncertain

        # the story's own area (round 9); the story's area behind a national contrast, and
        # its turnout (round 10, UNCERTAIN); an unscoped turnout false for the UK, in a
        # one-area story (round 11, WRONG13): one reading pass each, in this order
        for story_pass in (own_area, review_10_uncertain, round11_wrong13.story_turnout):
            checked = story_pass(
                con,
                text,
                checked,
                reading.mentions,
                reading.inference.election,
                lambda c, f: _evaluate(con, c.claim, f, memo),
            )
        from psephos.claims.round11_uncertain import review as review_11_uncertain

        # round 11 (UNCERTAIN11): a frame with no subject read with the one its sentence gives
        checked = review_11_uncertain(
            con,
            text,
            checked,
            reading.mentions,
            lambda c, f: _evaluate(con, c.claim, f, memo),
            reading.inference.election,
        )
    # frames one clause chain makes into one statement are judged as one (claims.compound)
    checked = join_statements(text, checked)
    # a last, general check before a claim is called false (claims.safeguard)
    checked = safeguard_all(text, checked, reading.mentions)
    # round 8b (A): classes of true claims called false on a held-out batch
    checked = review_8b_a(
        con, text, checked, reading.mentions, lambda c, f: _evaluate(con, c.claim, f, memo)
    )
    from psephos.claims.review_8b_b import review as review_8b_b

    checked = review_8b_b(con, checked)  # round 8b (B): the area a statement's parts share
    from psephos.claims.round9_wrong11 import review as review_9_wrong11

    # round 9 (WRONG11): a figure read for a seat its words do not name (claims.round9_wrong11)
    checked = review_9_wrong11(
        con, text, checked, reading.mentions, lambda c, f: _evaluate(con, c.claim, f, memo)
    )
    inference = reading.inference
    assumptions = [
        f"The story is about {inference.election or 'an election the text does not settle'} "
        f"({inference.how}); a claim that names its own year or date is checked against it.",
        "Seat figures are on the boundaries of the election checked; a 2024 change is "
        "measured against the notional 2019 result unless the text names another baseline.",
        "Census figures are Census 2021 (Scotland 2022) on the 2024 seats.",
    ]
    return CheckReport(
        text,
        inference.election or election or DEFAULT_ELECTION,
        checked,
        reading.mentions,
        assumptions,
        reading.unexamined,
        inference.to_dict(),
    )


def _frame_key(frame: Frame) -> str:
    """The frame as a query: the same key for the same question asked twice, wherever in
    the text (only the mentions' offsets are left out: evaluation reads the wording, the
    ``how`` of each slot and the stated text, so they are part of the question).

    The ``repr`` of the frame with the offsets set to -1: every slot, as the JSON of
    :meth:`Frame.to_dict` less the offsets, at a tenth of its cost (0.02 ms, not 0.24 ms a
    claim). Where the two differ the repr is the finer one (a dict's key order, a tuple
    against a list), which can only cost a repeated evaluation, never merge two questions;
    ``tests/test_claims_perf_eval.py`` checks the keys and the JSON part the claims of the
    corpora alike."""
    subject, other = frame.subject, frame.other
    if (
        type(frame) is Frame
        and type(subject) is Subject
        and (other is None or type(other) is Subject)
    ):
        # the same string without building two or three dataclasses per claim (round 10)
        return _repr_with(
            frame,
            {
                "subject": _repr_with(subject, _NO_OFFSETS),
                "other": "None" if other is None else _repr_with(other, _NO_OFFSETS),
            },
        )
    if subject.start != -1 or subject.end != -1:
        subject = dataclasses.replace(subject, start=-1, end=-1)
    if other is not None and (other.start != -1 or other.end != -1):
        other = dataclasses.replace(other, start=-1, end=-1)
    if subject is frame.subject and other is frame.other:
        return repr(frame)
    return repr(dataclasses.replace(frame, subject=subject, other=other))


#: a subject's offsets as the key writes them
_NO_OFFSETS = {"start": "-1", "end": "-1"}
_REPR_FIELDS: dict[type, tuple[str, ...]] = {}


def _repr_with(obj: Any, given: dict[str, str]) -> str:
    """``repr(obj)`` of a dataclass with the default ``__repr__`` (``Name(field=value!r,
    ...)`` over the fields shown), the fields in ``given`` written as given instead:
    ``repr(dataclasses.replace(obj, **values))`` when ``given`` holds the values' reprs,
    without making the copy."""
    names = _REPR_FIELDS.get(type(obj))
    if names is None:
        names = _REPR_FIELDS[type(obj)] = tuple(f.name for f in dataclasses.fields(obj) if f.repr)
    parts = [f"{n}={given[n]}" if n in given else f"{n}={getattr(obj, n)!r}" for n in names]
    return f"{type(obj).__qualname__}({', '.join(parts)})"


def _frame_json(frame: Frame) -> str:
    """Round 4's key (the JSON of the frame less the offsets), kept as the definition
    :func:`_frame_key` is tested against."""
    import json

    d = _plain(frame)  # frame.to_dict(), without dataclasses.asdict's deep copies
    for side in ("subject", "other"):
        if d.get(side):
            d[side].pop("start", None)
            d[side].pop("end", None)
    return json.dumps(d, sort_keys=True, default=str)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(obj: Any) -> Any:
    """``obj`` as :meth:`Frame.to_dict` gives it (dataclasses as dicts, recursively, and a
    :class:`Stated` as its ``to_dict``), building only the containers it needs: the key of
    every claim is built from this."""
    from psephos.claims.model import Stated

    if isinstance(obj, Stated):
        return obj.to_dict()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS.get(type(obj))
        if names is None:
            names = _FIELDS[type(obj)] = tuple(f.name for f in dataclasses.fields(obj))
        return {n: _plain(getattr(obj, n)) for n in names}
    if isinstance(obj, dict):
        return {_plain(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


#: evaluations kept per store connection (the most recently used), shared by every check
#: on that store: a frame asked again (the same claim in another story, a story checked
#: again) is answered from memory
EVAL_CACHE = 4096


def _evaluations(con: duckdb.DuckDBPyConnection) -> OrderedDict[str, Any]:
    from psephos.store.connect import memo

    return memo(con, "claims.evaluations", OrderedDict)


def _evaluate(
    con: duckdb.DuckDBPyConnection, claim: Claim, frame: Frame, memo: OrderedDict[str, Any]
) -> CheckedClaim:
    from psephos.claims.evaluate import evaluate

    k = _frame_key(frame)
    try:
        ev = memo.get(k)
        if ev is None:
            ev = evaluate(con, frame)
            memo[k] = ev
            with contextlib.suppress(KeyError):  # another thread may trim too
                while len(memo) > EVAL_CACHE:
                    memo.popitem(last=False)
        else:
            with contextlib.suppress(KeyError):
                memo.move_to_end(k)
    except (InputError, NotFoundError) as exc:
        return CheckedClaim(claim, "uncertain", f"Not checked: {exc}")
    return CheckedClaim(
        claim,
        ev.verdict,
        ev.explanation,
        ev.tolerance,
        list(ev.evidence),
        getattr(ev, "command", None),
    )


# --- the store facts the resolution needs ----------------------------------------------


def _store_info(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    from psephos.store.facts import kept

    def build() -> dict[str, Any]:
        rows = con.execute(
            "SELECT election_id, kind, date, boundary_set FROM elections ORDER BY date"
        ).fetchall()
        by: dict[str, list[tuple[str, dt.date]]] = {}
        for eid, kind, date, _ in rows:
            if kind != "by-election":
                continue
            for (code,) in con.execute(
                "SELECT DISTINCT ons_code FROM candidacies WHERE election_id = ?", [eid]
            ).fetchall():
                by.setdefault(code, []).append((eid, date))
        general = {eid: date for eid, kind, date, _ in rows if kind == "general"}
        # every general election's polling day: the store's, and the parliaments' election
        # dates back to 1918 (the 1918-2019 series) under when.election_id's ids
        polling = {date: eid for eid, date in general.items()}
        for (day,) in con.execute(
            "SELECT election_date FROM parliaments WHERE election_date >= DATE '1918-01-01'"
        ).fetchall():
            eid = election_id(day.year, {}, MONTHS[day.month - 1])
            if eid and day not in polling and eid not in general:
                polling[day] = eid
        return {
            "general": general,
            "polling": polling,
            "kinds": {eid: kind for eid, kind, _, _ in rows},
            "dates": {eid: date for eid, _, date, _ in rows},
            "bsets": {eid: str(b) for eid, _, _, b in rows},
            "by": by,
        }

    return kept(con, "claims.store_info", build, dict)


def _figures(
    con: duckdb.DuckDBPyConnection, general: dict[str, Any]
) -> dict[tuple[str, str, int], set[str]]:
    """("majority"|"votes", ons_code, figure) -> the general elections at which the seat
    had that majority or a candidate that many votes: read once per store (one query,
    instead of one per figure a story gives)."""
    from psephos.store.facts import kept

    def build() -> dict[tuple[str, str, int], set[str]]:
        out: dict[tuple[str, str, int], set[str]] = {}
        if not general:
            return out
        rows = con.execute(
            f"SELECT DISTINCT election_id, ons_code, majority, votes FROM results "
            f"WHERE election_id IN ({','.join('?' * len(general))})",
            list(general),
        ).fetchall()
        for eid, code, majority, votes in rows:
            for col, v in (("majority", majority), ("votes", votes)):
                if v is not None:
                    out.setdefault((col, code, int(v)), set()).add(eid)
        return out

    return kept(con, f"claims.figures:{','.join(sorted(general))}", build, dict)


def _infer(
    doc: Doc,
    refs: list[ElectionRef],
    drafts: list[tuple[int, Draft]],
    gaz: Gazetteer,
    con: duckdb.DuckDBPyConnection,
    info: dict[str, Any],
    *,
    default: str,
    extra: list[tuple[str, set[str], float]] | None = None,
) -> Inference:
    general = info["general"]
    people = []
    seen: set[str] = set()
    for t in doc.tags:
        k = t.ref.get("key") if t.kind == "person" else None
        if not k or k in seen or k not in gaz.people:
            continue
        seen.add(k)
        ges = {c["election_id"] for c in gaz.people[k] if c["election_id"] in general}
        if ges:
            people.append({"name": t.ref.get("name", t.text), "elections": ges})
    figures: list[tuple[str, set[str], float]] = []
    baselines: list[tuple[str, str]] = []
    asked: dict[tuple[Any, ...], set[str]] = {}
    for _, d in drafts:
        if len(asked) >= 40:  # enough evidence; keeps a long text linear
            break
        f = d.frame
        st = f.stated
        national = _national_figure(doc, d, asked, con)
        if national is not None:
            figures.append(national)
            continue
        if f.measure not in ("majority", "votes") or st is None or st.low != st.high:
            continue
        if f.scope.seat is None or f.election not in (None,):
            continue
        # a figure about an earlier election ("which his party had lost by 169 votes two
        # years ago") is not evidence for the story's own
        after = doc.folded[d.end : d.end + 40]
        head = doc.folded[max(0, d.start - 40) : d.start]
        if re.match(r"\s*,?\s*(?:\w+|\d+)\s+years?\s+(?:ago|earlier|before)", after) or re.search(
            r"\bhad\b[^,.;]*$", head
        ):
            continue
        # ... nor one dated by its own time ("held on by 192 in 2010", "549 last time"); a
        # starting point ("overturning a majority of 613", "a majority of 389 grew ...") is
        # the previous election's, so evidence for the one after it (round 10b, ELECTION)
        role = figure_role(doc.folded, d.start, d.end, d.numbers)
        if role == "dated":
            continue
        codes = list((f.scope.seat.get("codes") or {}).values())
        if not codes:
            continue
        col = "majority" if f.measure == "majority" else "votes"
        q = (tuple(codes), col, int(st.value))
        if q in asked:
            continue
        index = _figures(con, general)
        asked[q] = {e for c in codes for e in index.get((col, c, int(st.value)), ())}
        if role == "baseline":
            if len(asked[q]) == 1:
                baselines.append(
                    (
                        f"'{doc.text[d.start : d.end]}' ({f.measure} {st.value:g} in "
                        f"{f.scope.name}, a starting point)",
                        next(iter(asked[q])),
                    )
                )
            continue
        figures.append(
            (
                f"'{doc.text[d.start : d.end]}' ({f.measure} {st.value:g} in {f.scope.name})",
                asked[q],
                5.0,
            )
        )
    figures.extend(extra or ())  # a series story's seat figures (SERIES: series_seats)
    return infer_document(
        doc.text,
        refs,
        general,
        people,
        figures,
        default=default,
        polling=info["polling"],
        baselines=baselines,
    )


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_THAN_BEFORE = re.compile(r"\bthan\s*$")
#: "..., from 258 in ": a figure after "from" that the year after it dates (not the claim)
_FROM_FIGURE_IN = re.compile(
    r"\bfrom\s+[\w.,-]+(?:\s+(?:million|seats|mps|per\s?cent|points|votes))?\s*(?:(?:in|at)\s+(?:the\s+)?)?$"
)


def _national_figure(
    doc: Doc,
    d: Draft,
    asked: dict[tuple[Any, ...], set[str]],
    con: duckdb.DuckDBPyConnection,
) -> tuple[str, set[str], float] | None:
    """(what, elections, weight 3) for a party's exact seat total in the UK or Great Britain that
    the claim does not date itself ("Labour won 355 seats"): the general elections of
    1918-2024 at which the party had that many seats (HISTORY; the series groups of
    :data:`psephos.analysis.records.SERIES_PARTY` only)."""
    from psephos.analysis.records import SERIES_PARTY, election_id_of, elections_with_total

    f = d.frame
    st = f.stated
    if f.measure != "seats" or st is None or st.low is None or st.low != st.high:
        return None
    if f.scope.level not in ("uk", "gb") or f.election is not None or f.condition:
        return None
    party = f.subject.party if f.subject is not None else None
    if party not in SERIES_PARTY or f.comparator not in (None, "eq"):
        return None
    # only a figure nothing near it dates: a year earlier in its paragraph ("In 1997,
    # Labour won 418 seats") or in its subheading makes it evidence of that year, not of
    # the story's
    para = max(doc.text.rfind("\n\n", 0, d.start), 0)
    if _YEAR.search(doc.text, para, min(len(doc.text), d.end + 40)) or heading_ref(
        doc.text, d.start
    ):
        return None
    area = "UK" if f.scope.level == "uk" else "GB"
    q = ("seats", party, area, int(st.low))
    if q in asked:
        return None
    from psephos.claims.evaluate import store_path

    keys = elections_with_total(party, int(st.low), area=area, db=store_path(con))
    asked[q] = {election_id_of(k) for k in keys}
    return (
        f"'{doc.text[d.start : d.end]}' ({party} {int(st.low)} seats in {area})",
        asked[q],
        3.0,
    )


# --- per-claim resolution ------------------------------------------------------------------

_MONTH_RE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b"
)


def resolve(
    d: Draft,
    si: int,
    doc: Doc,
    refs: list[ElectionRef],
    inference: Inference,
    gaz: Gazetteer,
    info: dict[str, Any],
    con: duckdb.DuckDBPyConnection | None = None,
) -> dict[str, Any]:
    """Fill the frame's election, baseline, candidate and seat codes; return how the
    election was chosen (also in ``frame.election_how``)."""
    f = d.frame
    sent = doc.sentences[si]
    used_years = {p for p in d.numbers if doc.at.get(p) is not None and doc.at[p].kind == "year"}
    how = ""
    eid: str | None = None
    # 1. the claim's own year ("fewer votes in 2024 than in 2019" sets election itself)
    if f.election and re.fullmatch(r"\d{4}", str(f.election)):
        eid = election_id(int(f.election), gaz.elections)
        how = f"the year the claim names ({f.election})"
    elif f.election in ("previous", "by-elections"):
        pass
    else:
        own = [
            r
            for r in _refs_in(refs, sent.start, sent.end)
            if sent.start <= r.start < sent.end
            and not any(r.start <= p < r.end for p in used_years)
            and not (f.since_year and r.year == f.since_year)
            and not (f.baseline and str(r.year) == str(f.baseline))
        ]
        rel = closed_clauses(doc.folded, sent.start, sent.end)
        # a year in a side clause dates only a claim inside that clause (round 9, WRONG: "X,
        # which Labour won in 1997 with a majority of 5,000, went ...": the 5,000 is 1997's)
        own = [
            r
            for r in own
            if not any(
                a <= r.start < b and not round9_wrong.claim_inside(doc.folded, d.start, d.end, a, b)
                for a, b in rel
            )
        ]
        inside = [r for r in own if d.start <= r.start < d.end]
        before = [r for r in own if r.start < d.start]
        after = [
            r
            for r in own
            if r.start >= d.end
            and r.start - d.end <= 40
            # "cut to 232 seats, from 258 in 2010": the year dates the figure after "from"
            and not _FROM_FIGURE_IN.search(doc.folded, d.end, r.start)
        ]
        pick = inside[:1] or before[-1:] or after[:1]
        if pick:
            r = pick[0]
            if r.kind == "other" and r.year is None:
                how = f"'{r.text}' in the sentence"
                eid = None
                f.election = "by-election"
            elif r.kind == "other":
                f.unresolved.append(f"election: '{r.text}' is not a UK general election")
                how = f"'{r.text}' is not a general election"
            else:
                month = _MONTH_RE.search(r.text.lower())
                eid = election_id(
                    r.year or 0, gaz.elections, month.group(1) if month else _month_before(doc, r)
                )
                how = f"'{r.text}' (character {r.start}) in the sentence"
                if eid is None:
                    eid = _by_election(f, d, si, doc, refs, None, info)
                    if eid is None:
                        f.unresolved.append(f"election: no general election in {r.year}")
                    else:
                        how += f" dates the {eid} by-election in the seat"
                f.election = "dated"
                f.notes.append(f"dated {r.text}")
        if not how:
            para = doc.text.rfind("\n\n", 0, sent.start)
            prior = [
                r
                for r in _refs_in(refs, max(para, 0), sent.start)
                if max(para, 0) <= r.start < sent.start
                and r.kind == "general"
                and (
                    r.strong
                    or re.match(r"\s*in\b", doc.folded[r.start : r.start + 3])
                    and _opens_sentence(doc, r)
                )
                and not _flashback(doc, r)
            ]
            years = {r.year for r in prior}
            if len(years) == 1:
                r = prior[-1]
                eid = election_id(r.year or 0, gaz.elections, _month_before(doc, r))
                how = f"'{r.text}' earlier in the paragraph"
            elif len(years) > 1:
                f.unresolved.append(
                    f"election: the paragraph names several elections ({', '.join(str(y) for y in sorted(years, key=str))})"
                )
                how = "several elections named in the paragraph"
        if not how:
            # a subheading naming one general election ("1983: a divided opposition")
            # dates the paragraphs under it (HISTORY)
            h = heading_ref(doc.text, sent.start)
            if h is not None:
                month = _MONTH_RE.search(h.text.lower())
                eid = election_id(h.year or 0, gaz.elections, month.group(1) if month else None)
                if eid is not None:
                    how = f"the subheading's '{h.text}' (character {h.start})"
        if not how:
            eid = inference.election
            how = f"the story's election ({inference.how})"
            if eid is None:
                f.unresolved.append(f"election: {inference.how}")
    # "five years earlier": the election that many years before the story's
    ago = re.match(
        r"\s*,?\s*(\w+|\d+)\s+years\s+(?:earlier|before|previously|ago)",
        doc.folded[d.end : d.end + 40],
    )
    if ago and _THAN_BEFORE.search(doc.folded, max(d.start, d.end - 12), d.end):
        ago = None  # "five fewer than five years ago": the comparison's time, not the claim's
    if ago and eid and re.fullmatch(r"(?:ge)?\d{4}|ge\d{4}", eid):
        from psephos.claims.numbers import parse_number

        k = parse_number(ago.group(1))
        base_year = (
            int(str(info["general"].get(eid, "0000"))[:4])
            if eid in info["general"]
            else int(eid[2:6])
        )
        if k and _ago_is_baseline(f, doc, d):
            if election_id(base_year - int(k), gaz.elections) is None:
                f.unresolved.append(f"baseline: no general election '{ago.group().strip()}'")
            f.baseline = f.baseline or str(base_year - int(k))
        elif k:
            from psephos.claims.round11_history import years_back  # round 11

            eid = (
                election_id(base_year - int(k), gaz.elections)
                or years_back(eid, int(k), info["general"])
                or eid
            )
            how = f"'{ago.group().strip()}' before the story's election"
    # "the year before": the general election one year back (claims.when_round7b_b)
    said = None if ago else when_round7b_b.year_before(doc.folded, d.end)
    year = when_round7b_b.year_of(eid, info) if said and eid else None
    if said and year:
        back = election_id(year - 1, gaz.elections)
        if back is None:
            f.unresolved.append(f"election: no general election '{said}' ({year - 1})")
        elif _ago_is_baseline(f, doc, d):
            f.baseline = f.baseline or str(year - 1)
        else:
            eid, how = back, f"'{said}': the election a year before {eid}"
    # by-elections: a dated claim about a seat that had a by-election then
    by_eid = _by_election(f, d, si, doc, refs, eid, info)
    if by_eid and by_eid != eid:
        # the seat's by-election dates the claim: the story's split evidence no longer applies
        f.unresolved = [u for u in f.unresolved if u != f"election: {inference.how}"]
    eid = by_eid or eid
    if f.election == "previous":
        from psephos.claims.round11_history import years_back_previous  # round 11

        story = inference.election if eid is None else eid
        eid = years_back_previous(f, story, _previous(story, f, info), info)
        how = "the election before the story's (a majority overturned)"
    elif f.election == "by-elections":
        how = "by-elections of the parliament"
        eid = _by_parliament(refs, info) or "by-elections"
        if eid != "by-elections":
            how += f" elected at {eid[3:]} (the by-elections in the years the story names)"
    f.election = eid
    f.election_how = how
    if f.baseline is not None:
        b = str(f.baseline)
        if re.fullmatch(r"\d{4}", b):
            f.baseline = election_id(int(b), gaz.elections)
        elif b in ("previous", "notional"):
            f.baseline = _previous(eid, f, info) if eid else None
    _fill_people(f, gaz, eid)
    _fill_seat(f, eid, info, gaz)
    if f.measure in ("change", "swing", "ratio") and "Ind" in (
        f.subject.party,
        f.other.party if f.other is not None else None,
    ):
        f.unresolved.append(
            "subject: independents are not a party (each stands on their own), so an "
            "'independent share' is not compared across elections"
        )
    _sitting_mp(f, eid, con)
    return {"id": eid, "how": how}


def _sitting_mp(f: Frame, eid: str | None, con: duckdb.DuckDBPyConnection | None) -> None:
    """ "the sitting MP" of a seat: the candidate the results file marks as the sitting
    member there at that election (resolution of a name, not a measure)."""
    s = f.subject
    if (
        con is None
        or s.kind != "candidate"
        or not re.search(r"\b(?:sitting|incumbent)\b", s.text.lower())
    ):
        return
    code = (f.scope.seat or {}).get("ons_code")
    if not code or not eid:
        return
    rows = con.execute(
        "SELECT given_name || ' ' || family_name, member_id, party_code FROM candidacies "
        "WHERE election_id = ? AND ons_code = ? AND sitting_mp",
        [eid, code],
    ).fetchall()
    if len(rows) == 1:
        name, member, party = rows[0]
        s.candidate = {
            "name": name,
            "member_id": member,
            "party": party,
            "ons_code": code,
            "election": eid,
        }
        s.how = f"the sitting MP of {f.scope.name} at {eid}: {name}"
        s.resolved = True
        f.unresolved = [u for u in f.unresolved if not u.startswith("subject")]


_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:been|won|taken|held|lost|gained|polled|secured|returned|"
    r"elected|captured|finished|come|came|stood|\w+ed)\b"
)


def _flashback(doc: Doc, r: ElectionRef) -> bool:
    """Whether the sentence naming ``r`` looks back from the story's time (past perfect:
    "At the 2019 election the party had won 14 seats"): such a year dates its own
    sentence, not the paragraph's later ones, which return to the story's election."""
    sent = doc.sentences[doc.sentence_of(r.start)]
    return _PAST_PERFECT.search(doc.folded, sent.start, sent.end) is not None


def _opens_sentence(doc: Doc, r: ElectionRef) -> bool:
    i = doc.sentence_of(r.start)
    return r.start - doc.sentences[i].start <= 2


#: the end of a comparison whose object is a time: "three more than | five years ago"
_COMPARED_TO_TIME = re.compile(
    r"\b(?:than|on|from|since|against|compared\s+(?:with|to)|up\s+on|down\s+on)\s*,?\s*$"
)


def _ago_is_baseline(f: Frame, doc: Doc, d: Draft) -> bool:
    """Whether "N years ago" after a change is what it is measured against ("winning 11
    seats, three more than five years ago", "up two points on four years earlier"): the
    comparison's baseline, not the claim's own election (round 6b, WRONG-B)."""
    return f.measure in ("change", "net_change", "ratio", "swing") and bool(
        _COMPARED_TO_TIME.search(doc.folded, max(d.start, d.end - 20), d.end)
    )


def a_in(r: ElectionRef, d: Draft) -> bool:
    return d.start <= r.start < d.end


def _previous(eid: str | None, f: Frame, info: dict[str, Any]) -> str | None:
    if eid is None:
        return None
    if eid == "ge2024":
        return "notional2019"
    date = info["dates"].get(eid)
    if date is None and _series_previous(eid) is not None:
        return _series_previous(eid)
    if date is None:
        m = re.fullmatch(r"ge(\d{4})", eid)
        if m:
            y = int(m.group(1))
            from psephos.claims.when import GENERAL_YEARS

            earlier = [g for g in GENERAL_YEARS if g < y]
            return f"ge{earlier[-1]}" if earlier else None
        return None
    before = [(d, e) for e, d in info["general"].items() if d < date]
    return str(max(before)[1]) if before else None


def _series_previous(eid: str) -> str | None:
    """The general election before a 1918-2005 series election, in the series' order (the
    two 1974 elections apart: ``ge1979`` -> ``ge1974oct``, ``ge1974feb`` -> ``ge1970``);
    None for any other id or the series' first election (HISTORY)."""
    from psephos.analysis.records import election_id_of, series_key
    from psephos.claims.when import GENERAL_YEARS

    order = [k for y in GENERAL_YEARS if y <= 2005 for k in _series_keys(y)]
    key = series_key(eid)
    if not eid.startswith("ge") or key not in order or order.index(key) == 0:
        return None
    return election_id_of(order[order.index(key) - 1])


def _month_before(doc: Doc, r: ElectionRef) -> str | None:
    """The month written right before a year ("October 1974", "the February 1974
    election"): the two 1974 elections are told apart by it (HISTORY)."""
    m = re.search(r"\b([a-z]+)\s+$", doc.folded[max(0, r.start - 12) : r.start])
    return m.group(1) if m and _MONTH_RE.fullmatch(m.group(1)) else None


def _all_series(inference: Inference) -> bool:
    """A split story whose every candidate election is a 1918-2005 one (a datablog running
    through the series): its old seat names and "the Liberals" are the series' (HISTORY)."""
    return (
        inference.election is None
        and bool(inference.scores)
        and all(is_series_id(e) for e in inference.scores)
    )


def _series_keys(year: int) -> list[str]:
    return ["1974F", "1974O"] if year == 1974 else [str(year)]


def _by_parliament(refs: list[ElectionRef], info: dict[str, Any]) -> str | None:
    """``by:geYYYY`` for "at by-elections" in a story: the parliament whose by-elections
    fell in the years the story names (clearly more of them than any other's), else None."""
    years = set(_index(refs).years)
    votes: dict[str, int] = {}
    seen: set[str] = set()
    for pairs in info["by"].values():
        for e, date in pairs:
            if e in seen or date.year not in years:
                continue
            seen.add(e)
            before = [(d, g) for g, d in info["general"].items() if d < date]
            if before:
                g = str(max(before)[1])
                votes[g] = votes.get(g, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return f"by:{ranked[0][0]}"


def _by_election(
    f: Frame,
    d: Draft,
    si: int,
    doc: Doc,
    refs: list[ElectionRef],
    eid: str | None,
    info: dict[str, Any],
) -> str | None:
    seat = f.scope.seat if f.scope.seat else (f.subject.seat if f.subject.seat else None)
    if not seat:
        return None
    codes = set((seat.get("codes") or {}).values())
    cands = [(e, dt_) for c in codes for e, dt_ in info["by"].get(c, [])]
    if not cands:
        return None
    sent = doc.sentences[si]
    para = max(0, doc.text.rfind("\n\n", 0, sent.start))
    near = doc.folded[para : sent.end]
    for a, b in closed_clauses(doc.folded, para, sent.end):  # not dated by a side clause
        near = near[: a - para] + " " * (b - a) + near[b - para :]
    # a year after "than", "since", "down from" ... is the comparison's ("ten fewer than in
    # 2019"), not the date of the claim: it never picks (or hides) the by-election
    placed = [
        (y.start() + para, int(y.group(1)))
        for y in re.finditer(r"\b((?:19|20)\d\d)\b", near)
        if not NOT_ABOUT.search(near[max(0, y.start() - 50) : y.start()])
    ]
    years = round11_wrongrisk.claim_years(doc.folded, placed, d.start, d.end)
    months = _MONTH_RE.findall(near)
    if not years:  # an undated paragraph under a headline that dates the by-election
        from psephos.claims.round11_real11 import headline_date  # round 11 (REAL11)

        years, months = headline_date(doc.folded)
    if re.search(r"\bgeneral election\b", doc.folded[sent.start : sent.end]):
        return None
    about_by = _about_by_elections(doc, refs)
    for e, date in cands:
        if years and date.year == years[-1] and (not months or months[-1] == _month_name(date)):
            return e
    if about_by and eid is not None and not re.fullmatch(r"ge\d{4}", eid or ""):
        return None
    if about_by:
        dated = _index(refs).years
        inrange = [e for e, date in cands if dated and dated[0] <= date.year <= dated[-1] + 1]
        if len(inrange) == 1:
            return inrange[0]
    return None


def _about_by_elections(doc: Doc, refs: list[ElectionRef]) -> bool:
    """A story about by-elections names them more than once outside side clauses (read
    once per story)."""
    ix = _index(refs)
    if ix.about_by is None or ix.about_by[0] is not doc:
        by_refs = [r for r in refs if r.kind == "other" and r.year is None]
        n = 0
        for r in by_refs:
            sent = doc.sentences[doc.sentence_of(r.start)]
            if not any(
                a <= r.start < b for a, b in closed_clauses(doc.folded, sent.start, sent.end)
            ):
                n += 1
                if n >= 2:
                    break
        ix.about_by = (doc, n >= 2)
    return ix.about_by[1]


@dataclass
class _RefIndex:
    """The story's election references, indexed for range lookups (``find_refs`` gives
    them sorted by start; an unsorted list is scanned)."""

    refs: list[ElectionRef]
    ordered: bool
    starts: list[int]
    years: list[int]
    about_by: tuple[Doc, bool] | None = None


_LAST_INDEX: list[_RefIndex] = []


def _index(refs: list[ElectionRef]) -> _RefIndex:
    """The index of ``refs``, built once per story (the last one is kept)."""
    last = _LAST_INDEX[-1] if _LAST_INDEX else None
    if last is not None and last.refs is refs and len(last.starts) == len(refs):
        return last
    ix = _RefIndex(
        refs,
        all(a.start <= b.start for a, b in zip(refs, refs[1:], strict=False)),
        [r.start for r in refs],
        sorted({int(y) for r in refs if r.year for y in [r.year]}),
    )
    _LAST_INDEX[:] = [ix]
    return ix


def _refs_in(refs: list[ElectionRef], lo: int, hi: int) -> list[ElectionRef]:
    """The references starting in ``lo..hi``, in the order ``refs`` lists them."""
    ix = _index(refs)
    if not ix.ordered:
        return [r for r in refs if lo <= r.start < hi]
    return refs[bisect.bisect_left(ix.starts, lo) : bisect.bisect_left(ix.starts, hi)]


def _month_name(date: dt.date) -> str:
    return date.strftime("%B").lower()


def _fill_people(f: Frame, gaz: Gazetteer, eid: str | None) -> None:
    for s in (f.subject, f.other):
        if s is None or not s.candidate or not s.candidate.get("key"):
            continue
        cands = gaz.people.get(s.candidate["key"], [])
        at = [c for c in cands if c["election_id"] == eid]
        if len(at) == 1:
            c = at[0]
            s.candidate.update(
                election=eid,
                ons_code=c["ons_code"],
                party=c["party_code"],
                member_id=c["member_id"],
            )
            if s.kind == "party" and s.party is None:
                s.party = c["party_code"]
        elif not at and eid and s.kind == "candidate":
            s.how += f"; not a candidate at {eid}"
        if s.kind == "party" and s.party is None and cands:
            s.party = cands[0]["party_code"]
            s.how += f" (party at their latest candidacy: {s.party})"


def _fill_seat(f: Frame, eid: str | None, info: dict[str, Any], gaz: Gazetteer) -> None:
    bset = info["bsets"].get(eid or "", None)
    for holder in (f.scope, f.subject):
        seat = holder.seat
        if not seat:
            continue
        codes = seat.get("codes") or {}
        if bset and bset in codes:
            seat["ons_code"] = codes[bset]
            seat["boundary_set"] = bset
        elif bset and codes:
            seat["ons_code"] = None
            f.notes.append(f"{seat.get('name')} has no seat of that name on the {bset} boundaries")
    who = f.subject.candidate or (
        f.other.candidate if f.other is not None and f.measure == "outcome" else None
    )
    if f.scope.level == "seat" and f.scope.seat is None and who:
        code = who.get("ons_code")
        if code:
            f.scope.seat = {"ons_code": code, "name": gaz.seat_names.get(code, code)}
            f.scope.name = f.scope.seat["name"]
            f.scope.how = "the candidate's seat at that election"
            f.unresolved = [u for u in f.unresolved if not u.startswith("scope")]


# --- coverage ------------------------------------------------------------------------------

_POLL = lx.POLL_RE


def unexamined(doc: Doc, used: set[int]) -> list[Unexamined]:
    """Every number tag no claim used, with the reason."""
    from psephos.claims.extract.driver import poll_sentences

    out = []
    polls: list[bool] | None = None  # each sentence: a poll's? (found once, when needed)
    for t in doc.tags:
        if t.q is None or t.start in used:
            continue
        kind = t.q.kind
        si = doc.sentence_of(t.start)
        sent = doc.sentences[si] if doc.sentences else None
        if sent is not None and polls is None:
            polls = poll_sentences(doc)
        if in_spans(t.start, doc.quotes):
            reason = "quote"
        elif kind in ("age", "money", "date", "time"):
            reason = kind
        elif sent is not None and polls is not None and polls[si]:
            reason = "poll"
        elif kind == "year":
            reason = "year (dates a claim; not a figure)"
        elif (
            re.search(r",\s*$", doc.text[max(0, t.start - 2) : t.start])
            and re.match(r",", doc.text[t.end : t.end + 1])
            and t.q.value is not None
            and t.q.value < 120
            and t.kind == "num"
            or re.search(r"\bthen\s+$", doc.folded[max(0, t.start - 6) : t.start])
        ):
            reason = "age"
        else:
            reason = "no frame matched"
        out.append(Unexamined(t.text, t.start, t.end, reason))
    return out


# --- input ----------------------------------------------------------------------------------


def check_file(
    path: str | os.PathLike[str],
    *,
    election: str | None = None,
    db: str | os.PathLike[str] | None = None,
) -> CheckReport:
    """:func:`check_text` on a UTF-8 text file (see :func:`read_bounded` and :func:`decode`
    for what is refused)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"No file at {p}.", hint="Give the path of a text file, or '-' for stdin.")
    if not p.is_file():
        raise InputError(
            f"{p} is not a regular file (a device, folder or pipe).",
            hint="Give the path of a text file, or pipe the text to '-'.",
        )
    with p.open("rb") as fh:
        data = read_bounded(fh, str(p))
    return check_text(decode(data, str(p)), election=election, db=db)


def _seat_level() -> frozenset[str]:
    """The elections with seat-level results (2010-2024)."""
    from psephos.claims.evaluate_results import SEAT_LEVEL

    return frozenset(SEAT_LEVEL)
