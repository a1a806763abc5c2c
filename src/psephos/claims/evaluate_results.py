"""Evaluators for results claims: votes, shares, majorities and margins, turnout,
electorate, seats won, candidates fielded and placings, in one seat or an area.

Seat figures come from :func:`psephos.analysis.seat.seat_profile` (the ``psephos seat``
command); area figures from :func:`psephos.analysis.summary.summary` (``psephos summary``),
which for 1918–2005 reads the party-level series (party groups ``Con``, ``Lib``, ``Lab``,
``Nat``, ``Oth``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from psephos.claims.evaluate import (
    Ctx,
    Evaluation,
    Unanswerable,
    evaluator,
    fmt_count,
    quote,
    result,
)
from psephos.claims.evaluate_series_seat import (
    lost_by_runner_up,
    series_seat_turnout,
    series_seat_votes,
)
from psephos.claims.frame import Frame, Subject
from psephos.claims.model import Verdict
from psephos.errors import PsephosError

#: the 1918-2019 series groups parties: the group a party's figures are found in, and the
#: one country where the group is that party alone.
SERIES_GROUP: dict[str, tuple[str, str | None]] = {
    "Con": ("Con", None),
    "Lab": ("Lab", None),
    "LD": ("Lib", None),
}
SERIES_GROUP.update({"Lib": ("Lib", None), "SNP": ("Nat", "Scotland"), "PC": ("Nat", "Wales")})
SEAT_LEVEL = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024", "notional2005", "notional2019")


# --------------------------------------------------------------------------- resolving


def seat_of(frame: Frame) -> dict[str, Any] | None:
    """The seat a frame is about: the scope's seat, else the subject's, else the seat of
    the subject candidate."""
    for s in (frame.scope.seat, frame.subject.seat):
        if s and s.get("ons_code"):
            return s
    cand = frame.subject.candidate
    if cand and cand.get("ons_code"):
        return {"ons_code": cand["ons_code"], "name": cand.get("seat_name") or cand["ons_code"]}
    return None


def profile(ctx: Ctx, seat: dict[str, Any]) -> Any:
    """The seat profile at the frame's election (``psephos seat``)."""
    from psephos.analysis.seat import seat_profile

    if ctx.election not in SEAT_LEVEL and not ctx.election.startswith("by-"):
        raise Unanswerable(
            f"seat results exist for 2010-2024 and by-elections only, not {ctx.election}"
        )
    from psephos.store.connect import connect, memo

    def read() -> Any:
        try:
            return seat_profile(seat["ons_code"], election=ctx.election, db=ctx.db)
        except PsephosError as exc:  # not contested then, or no such seat in that set
            return exc

    # a story asks about the same seat many times: one profile per store, election and seat
    got = memo(connect(ctx.db), f"claims.evaluate.profile:{ctx.election}:{seat['ons_code']}", read)
    if isinstance(got, PsephosError):
        raise Unanswerable(f"{seat.get('name') or seat['ons_code']}: {got.message}")
    return got


def light_profile(ctx: Ctx, seat: dict[str, Any]) -> Any:
    """The parts of a seat profile that votes, shares, margins and placings need (seat name,
    candidates, source), from :func:`psephos.analysis.candidates.seat_candidates` and
    :func:`psephos.analysis.frame.seat_frame`, which are read once per election rather than
    once per seat; by-elections use the full :func:`profile`."""
    from types import SimpleNamespace

    from psephos.analysis.candidates import seat_candidates

    if ctx.election not in SEAT_LEVEL:
        return profile(ctx, seat)
    row = seat_row(ctx, seat)
    cands = seat_candidates(ctx.election, seat["ons_code"], db=ctx.db)
    if not cands:
        raise Unanswerable(f"no candidates recorded for {row['name']} at {ctx.election}")
    return SimpleNamespace(
        seat={"name": str(row["name"]), "ons_code": seat["ons_code"]},
        candidates=cands,
        election={"title": ctx.election},
        result={"source_id": str(row["source_id"]), "majority": row["majority"]},
    )


def seat_command(ctx: Ctx, p: Any) -> str:
    return f"psephos seat {quote(p.seat['name'])} --election {ctx.election}"


def seat_result(
    ctx: Ctx,
    p: Any,
    value: float,
    *,
    what: str,
    kind: str = "count",
    query: str = "psephos.analysis.seat.seat_profile",
    reading_note: str = "",
) -> Evaluation:
    """The evaluation of a figure of a seat's result row (``p`` a seat profile): read at the
    profile's election and seat (``reading_note`` says how it was computed), sourced to the
    result's file, reproduced by ``psephos seat``."""
    return result(
        ctx,
        value,
        kind=kind,
        what=what,
        reading=f"{p.election['title']}, {p.seat['name']}{reading_note}",
        sources=[p.result["source_id"]],
        query=query,
        command=seat_command(ctx, p),
    )


def candidate_row(p: Any, subject: Subject) -> dict[str, Any]:
    """The row of the seat profile for ``subject`` (a candidate or a party)."""
    rows = p.candidates
    if subject.kind == "candidate" and subject.candidate:
        c = subject.candidate
        mid = c.get("member_id")
        if mid is not None:
            hit = [r for r in rows if r.get("member_id") == mid]
            if hit:
                return hit[0]
        name = _fold(str(c.get("name", "")))
        hit = [r for r in rows if name and _fold(r["name"]) == name]
        if not hit and name:
            last = name.split()[-1]
            hit = [r for r in rows if _fold(r["name"]).split()[-1:] == [last]]
        if len(hit) == 1:
            return hit[0]
        party = c.get("party")
        if party:  # no such name, or two of it: the party decides if it can
            hit = [r for r in (hit or rows) if r["party_code"] == party]
            if len(hit) == 1:
                return hit[0]
        raise Unanswerable(f"{c.get('name')} is not among the candidates in {p.seat['name']}")
    party = subject.party
    if not party:
        raise Unanswerable("the claim names no party or candidate")
    if party == "Ind":
        raise Unanswerable("independents are not one party; the claim must name the candidate")
    hit = [r for r in rows if r["party_code"] == party]
    if not hit:
        raise Unanswerable(f"{party} had no candidate in {p.seat['name']} at {p.election['title']}")
    return hit[0]


def _fold(text: str) -> str:
    from psephos.analysis.names import fold

    return " ".join(fold(text).split())


def party_label(code: str) -> str:
    return code


def area_row(ctx: Ctx, party: str | None) -> tuple[Any, Any, str, str]:
    """The summary rows (party, totals) for the frame's area: (party row or None, totals
    row, area name, the command)."""
    scope = ctx.frame.scope
    level = scope.level
    if level in ("seat", "seats", "county"):
        raise Unanswerable(f"no area totals for a scope of level {level}")
    area = {"uk": "UK", "gb": "Great Britain"}.get(level, scope.name or "")
    if not area:
        raise Unanswerable(f"the {level} is not named")
    series = ctx.election not in SEAT_LEVEL
    home = home_nation(ctx, party) if not series else None
    if home is not None:
        area, level = home, "country"
    code = party
    if series and party is not None:
        if party not in SERIES_GROUP:
            raise Unanswerable(
                f"the 1918-2019 series counts {party} among 'others' (Oth), so its figures "
                "cannot be told apart"
            )
        code, only = SERIES_GROUP[party]
        if only and area in ("UK", "Great Britain"):
            area = only  # the group Nat is the SNP in Scotland and Plaid Cymru in Wales
        elif only and area != only and level == "country" or only and level == "region":
            raise Unanswerable(f"the series groups {party} with the other nationalists (Nat)")
    by = "region" if level == "region" else "country"
    election = _series_summary_key(ctx.election) if series else ctx.election
    s = cached_summary(ctx, election, by)
    index = _summary_index(ctx, election, by, s)
    totals = index.totals.get(area.lower())
    if totals is None and "," in area and not series:
        # round 11 (WRONGRISK): "in Scotland and Wales" is the union of the two areas
        from psephos.claims.round11_wrongrisk import union_rows

        if (both := union_rows(index, area, code)) is not None:
            prow, totals = both
            cmd = f"psephos summary --election {election} --by {by}"
            return prow, totals, str(totals["area"]), cmd
    if totals is None:
        raise Unanswerable(f"no area '{area}' in the summary of {s.title}")
    prow = index.table.get((area.lower(), code)) if code is not None else None
    cmd = f"psephos summary --election {election} --by {by}"
    return prow, totals, str(totals["area"]), cmd


def _series_summary_key(election: str) -> str:
    """The summary's name of a series election: ``ge1974feb`` -> ``1974F`` (the summary
    knows no ``1974feb``), ``ge1979`` -> ``1979`` (HISTORY)."""
    from psephos.analysis.records import series_key

    return series_key(election)


class _Rows:
    """A table's rows by key (the first row of each key), each row taken (``iloc``) on
    first use: building every row of every summary up front cost more than the look-ups
    it saved."""

    def __init__(self, frame: Any, keys: Any) -> None:
        self.frame = frame
        self.pos: dict[Any, int] = {}
        self.rows: dict[Any, Any] = {}
        for i, k in enumerate(keys):
            if k is not None and k not in self.pos:
                self.pos[k] = i

    def get(self, key: Any) -> Any:
        row = self.rows.get(key)
        if row is None:
            i = self.pos.get(key)
            if i is None:
                return None
            row = self.rows[key] = self.frame.iloc[i]
        return row


@dataclass
class _SummaryIndex:
    """A summary's rows by lower-case area (totals) and by (area, party) (the first row of
    each, as the boolean filters these replace took)."""

    totals: _Rows
    table: _Rows


def _summary_index(ctx: Ctx, election: str, by: str, s: Any) -> _SummaryIndex:
    """The rows of :func:`cached_summary`'s tables keyed for :func:`area_row`: built once
    per store, election and grouping (a boolean filter over the table per claim cost a
    millisecond or more each)."""
    from psephos.store.connect import connect, memo

    def build() -> _SummaryIndex:
        areas = s.totals["area"].str.lower()
        totals = _Rows(s.totals, (a if isinstance(a, str) else None for a in areas))
        t = s.table
        pairs = zip(t["area"].str.lower(), t["party_code"], strict=True)
        table = _Rows(t, ((a, p) if isinstance(a, str) else None for a, p in pairs))
        return _SummaryIndex(totals, table)

    return memo(connect(ctx.db), f"claims.evaluate.summary_index:{election}:{by}", build)


#: extraction's words for a national scope it assumed because the sentence named no area
_NO_AREA = re.compile(r"^no (?:seat or )?area", re.I)


def scope_named(frame: Frame) -> bool:
    """False when the frame's UK/GB scope is only the default (no area in the sentence;
    extraction records how every area it read was named, so an empty note is no area)."""
    how = (frame.scope.how or "").strip()
    if not how and frame.scope.level in ("uk", "gb") and not frame.scope.name:
        return False
    return not ("scope" in frame.inferred or _NO_AREA.search(how))


def home_nation(ctx: Ctx, party: str | None) -> str | None:
    """The one nation a party stood in at the frame's election, when the claim names no
    area: "Sinn Féin won 27 per cent" is Northern Ireland's figure, "the SNP took half the
    vote" Scotland's, as the story's readers understand them. None otherwise (the party
    stood in several nations, or the claim names its area)."""
    f = ctx.frame
    if party is None or f.scope.level not in ("uk", "gb") or scope_named(f):
        return None
    from psephos.store.connect import connect, memo

    def nations() -> dict[Any, list[Any]]:
        # each party's nations with votes, read once per store and election
        s = cached_summary(ctx, ctx.election, "country")
        t = s.table
        rows = t[(t["area_type"] == "country") & (t["votes"] > 0)]
        out: dict[Any, set[Any]] = {}
        for p, a in zip(rows["party_code"], rows["area"], strict=True):
            out.setdefault(p, set()).add(a)
        return {p: sorted(a) for p, a in out.items()}

    areas = memo(connect(ctx.db), f"claims.evaluate.home_nation:{ctx.election}", nations).get(
        party, []
    )
    return areas[0] if len(areas) == 1 else None


def series_turnout(ctx: Ctx, election: str, area: str) -> float:
    """The turnout of a general election of the 1918-2019 series in ``area``
    (:func:`psephos.analysis.records.turnout_record`, the ``history`` command's figure);
    NaN when the series has none."""
    from psephos.analysis.records import turnout_record
    from psephos.store.connect import connect, memo

    con = connect(ctx.db)
    try:
        rec = memo(
            con,
            f"claims.evaluate.turnout_record:{area}",
            lambda: turnout_record(area=area, db=ctx.db),
        )
    except PsephosError:
        return float("nan")

    def by_election() -> dict[str, Any]:  # each election's first row, as the filter took
        out: dict[str, Any] = {}
        for e, v in zip(rec["election"].astype(str).str.upper(), rec["value"], strict=True):
            out.setdefault(e, v)
        return out

    key = _series_summary_key(election)  # ge1974oct -> 1974O
    # the record's rows by election, once per store and area (a filter of it per claim)
    found = memo(con, f"claims.evaluate.turnout_by_election:{area}", by_election)
    return float(found[key.upper()]) if key.upper() in found else float("nan")


def cached_summary(ctx: Ctx, election: str, by: str) -> Any:
    """:func:`psephos.analysis.summary.summary`, computed once per store, election and
    grouping (a story asks for the same table many times)."""
    from psephos.analysis.summary import summary
    from psephos.store.connect import connect, memo

    return memo(
        connect(ctx.db),
        f"claims.evaluate.summary:{election}:{by}",
        lambda: summary(election=election, by=by, db=ctx.db),
    )


#: how far the 1918-2019 party series can sit from the official figures (README of the
#: series: "oth" lumps parties, two-member seats, some seat totals one off): a claim that
#: misses a series figure by no more than this is uncertain, not contradicted
SERIES_SLACK = {"share": 0.01, "count": 1.0}


def series_guard(ctx: Ctx, out: Evaluation, value: float, kind: str) -> Evaluation:
    """Turn a narrow miss on a 1918-2019 series figure into ``uncertain`` (see
    :data:`SERIES_SLACK`); other evaluations are returned unchanged."""
    from psephos.claims.evaluate import is_share

    f = ctx.frame
    if ctx.election in SEAT_LEVEL or out.verdict != "contradicted" or f.stated is None:
        return out
    if kind == "share":
        scale = 1.0 if is_share(f.stated, f.unit) else 100.0
        v = value * scale
        slack = SERIES_SLACK["share"] * scale
    else:
        v, slack = value, SERIES_SLACK["count"]
        if f.measure == "seats" and _series_seats_certain(ctx):
            slack = 0.0
        elif f.measure == "seats":
            slack = max(slack, _series_seats_in_doubt(ctx))
    miss = max(f.stated.low - v, v - f.stated.high, 0.0)
    if miss <= slack + 1e-9:
        out.verdict = "uncertain"
        for e in out.evidence:
            e.verdict = "uncertain"
        out.explanation += (
            " The 1918-2019 party series can differ from the official figures by that much "
            "(others lumped together, two-member seats, some seat totals one off), so this "
            "near miss is not called false."
        )
    return out


def _series_seats_in_doubt(ctx: Ctx) -> float:
    """The members of the scope's seats whose winner's group the series leaves in doubt
    at an election before 1950 (two-member and university seats, unplaced, ``Oth``, the
    Speaker's): a party's seat total there may be off by as many (1945 Scotland: 37 in the
    series' groups, 35 in single-member seats) (HISTORY). 0 from 1950 (the rule above)."""
    from psephos.claims.evaluate_history import _key, series_doubt

    try:
        if _key(ctx)[1] >= SINGLE_MEMBER_FROM:
            return 0.0
        return float(series_doubt(ctx, oth=False))  # an Oth seat is no party's either way
    except Unanswerable:
        return 0.0


#: the first series election fought wholly in single-member seats (the two-member boroughs
#: and the university seats were abolished by the Representation of the People Act 1948)
SINGLE_MEMBER_FROM = 1950


def _series_seats_certain(ctx: Ctx) -> bool:
    """Whether a party's seat total in the frame's area at a series election is exact: the
    election is from :data:`SINGLE_MEMBER_FROM` on and no seat of the area is in doubt
    (the Speaker's, one won by ``Oth`` - a member the series cannot name a party for -,
    one not placed, placed by a correction, or a multi-member seat). Then each seat's
    winner is the group with most votes and the total is a count, with no slack."""
    from psephos.analysis.series import history_seats
    from psephos.store.connect import connect, memo

    if ctx.election in SEAT_LEVEL or not ctx.election:
        return False
    scope = ctx.frame.scope
    key = ctx.election.removeprefix("ge").upper()
    con = connect(ctx.db)

    def doubtful() -> dict[tuple[str, str], int]:
        h = history_seats(db=ctx.db)
        doubt = (
            h["speaker"].fillna(False).astype(bool)
            | (h["winner"].astype(str) == "Oth")
            | h["winner"].isna()
            | (h["placed"].astype(str) != "contest") & (h["placed"].astype(str) != "unopposed")
            | (h["seats"].fillna(1) != 1)
            | (h["unplaced_seats"].fillna(0) > 0)
        )
        h = h.assign(doubt=doubt.astype(int), key=h["election"].astype(str).str.upper())
        out: dict[tuple[str, str], int] = {}
        for level in ("country", "region"):
            sums = h.groupby(["key", level])["doubt"].sum()
            for (e, a), n in zip(sums.index.tolist(), sums.tolist(), strict=True):
                out[(str(e), f"{level}:{a}".lower())] = int(n)
        years = h.groupby("key")["year"].min()
        for e, y in zip(years.index.tolist(), years.tolist(), strict=True):
            out[(str(e), "year")] = int(y)
        return out

    table = memo(con, "claims.evaluate.series_doubt", doubtful)
    year = table.get((key, "year"))
    if year is None or year < SINGLE_MEMBER_FROM:
        return False
    if scope.level == "uk":
        areas = [a for (e, a) in table if e == key and a.startswith("country:")]
    elif scope.level == "gb":
        areas = [
            a
            for (e, a) in table
            if e == key and a.startswith("country:") and a != "country:northern ireland"
        ]
    elif scope.level in ("country", "region") and scope.name:
        areas = [f"{scope.level}:{scope.name}".lower()]
    else:
        return False
    counts = [table.get((key, a)) for a in areas]
    return bool(counts) and all(n == 0 for n in counts)


def election_sources(ctx: Ctx) -> list[str]:
    """Source ids of the seat results of the frame's election."""
    from psephos.analysis.frame import seat_frame
    from psephos.store.connect import connect, memo

    if ctx.election in SEAT_LEVEL:
        found = memo(  # once per store and election
            connect(ctx.db),
            f"claims.evaluate.election_sources:{ctx.election}",
            lambda: sorted(set(seat_frame(ctx.election, db=ctx.db)["source_id"].dropna())),
        )
        return list(found)
    return ["cbp-8647-1918-2019"]


def who(subject: Subject) -> str:
    if subject.kind == "candidate" and subject.candidate:
        return str(subject.candidate.get("name"))
    return subject.party or subject.text or "the subject"


# --------------------------------------------------------------------------- evaluators


@evaluator("votes", "share")
def votes_or_share(ctx: Ctx) -> Evaluation:
    f = ctx.frame
    kind = "share" if f.measure == "share" else "count"
    seat = seat_of(f) if f.scope.level == "seat" or f.subject.kind == "candidate" else None
    if seat is not None:
        p = light_profile(ctx, seat)
        row = candidate_row(p, f.subject)
        value = float(row["share"] if kind == "share" else row["votes"])
        what = f"{row['name']} ({row['party_code']}) {f.measure} in {p.seat['name']}"
        return result(
            ctx,
            value,
            kind=kind,
            what=what[0].upper() + what[1:],
            reading=f"{p.election['title']}, {p.seat['name']}",
            sources=[row["source_id"]],
            query="psephos.analysis.seat.seat_profile",
            command=seat_command(ctx, p),
        )
    if f.scope.level == "seat" and is_series_election(ctx.election):
        return series_seat_votes(ctx)
    party = f.subject.party
    if not party:
        raise Unanswerable("the claim names no party")
    prow, totals, area, cmd = area_row(ctx, party)
    if prow is None:
        raise Unanswerable(f"{party} has no votes in {area} at {ctx.election}")
    value = float(prow["share"] if kind == "share" else prow["votes"])
    out = result(
        ctx,
        value,
        kind=kind,
        what=f"{party}'s {f.measure} in {area}",
        reading=f"{ctx.election}, {area}",
        sources=election_sources(ctx),
        query="psephos.analysis.summary.summary",
        command=cmd,
    )
    return series_guard(ctx, out, value, kind)


@evaluator("majority")
def majority(ctx: Ctx) -> Evaluation:
    f = ctx.frame
    if is_series_election(ctx.election):
        return _series_majority(ctx)
    seat = seat_of(f)
    if seat is None:
        raise Unanswerable("the claim names no seat for the majority")
    if ctx.election in SEAT_LEVEL:
        return _majority_fast(ctx, seat)
    p = profile(ctx, seat)
    value = p.result.get("majority")
    if value is None:
        raise Unanswerable(f"no majority recorded for {p.seat['name']}")
    winner = next((c for c in p.candidates if c.get("elected")), p.candidates[0])
    named = ""
    if f.subject.kind in ("candidate", "party"):
        try:
            row = candidate_row(p, f.subject)
        except Unanswerable:
            row = None
        if row is not None and row is not winner and row["rank"] != 1:
            named = (
                f" The majority is the winner's ({winner['name']}, {winner['party_code']}); "
                f"{row['name']} finished {row['rank']}."
            )
    out = seat_result(
        ctx,
        p,
        float(value),
        what=f"The majority in {p.seat['name']} ({winner['name']}, {winner['party_code']})",
        query="psephos.analysis.seat.seat_profile: first minus second",
    )
    out.explanation += named
    return out


def is_series_election(election: str) -> bool:
    """A 1918-2005 general election, whose seat results are the party-level series."""
    return election.startswith("ge") and election not in SEAT_LEVEL and election[2:6].isdigit()


# how a frame's seat was found when the claim itself names it (not carried from earlier text)
_NAMED_HERE = (
    "named in the claim",
    "named after the claim",
    "the nearest seat named before the claim",
    "the seat named after the claim in the sentence",
    "the seat named in the sentence",
    # round 10 (UNCERTAIN): a seat the sentence names with its place or share ("It was
    # highest in Fermanagh and South Tyrone, at more than 92 per cent", "Winchester, with
    # more than 72 per cent, was the highest", "its best showing in Caernarvon with 21.7
    # per cent"), which the series refused as carried from earlier text
    "the seat of the superlative",
    "the seat of the continued ranking",
)
#: the same, where the how names the seat after these words
_NAMED_HERE_PREFIX = ("the seat named right before the share",)


def named_seat(frame: Frame) -> str | None:
    """The name of the seat the claim or its sentence names, else None: at a 1918-2005
    election a seat carried from earlier text or an anaphor is not trusted, since the
    gazetteer holds today's seats and the series matches by name."""
    for s, how in ((frame.scope.seat, frame.scope.how), (frame.subject.seat, frame.subject.how)):
        if (
            s
            and s.get("name")
            and (how in _NAMED_HERE or (how or "").startswith(_NAMED_HERE_PREFIX))
        ):
            return str(s["name"])
    return None


def series_seat_row(ctx: Ctx, what: str) -> tuple[dict[str, Any], str]:
    """The series row of the seat the sentence names at the claim's 1918-2005 election and
    the series' key of that election (:func:`psephos.analysis.records.series_seat_result`);
    ``what`` names the measure in the error when no seat is named."""
    from psephos.analysis.records import series_key, series_seat_result

    name = named_seat(ctx.frame)
    if name is None:
        raise Unanswerable(f"no seat named in the sentence for {what} at {ctx.election}")
    try:
        row = series_seat_result(name, ctx.election, db=ctx.db)
    except PsephosError as exc:
        raise Unanswerable(exc.message) from exc
    return row, series_key(ctx.election)


def _series_majority(ctx: Ctx) -> Evaluation:
    """A seat's majority at a 1918-2005 election, from the party-level series
    (:func:`psephos.analysis.records.series_seat_result`): the winner's group votes minus
    the runner-up's, judged only where those are two candidates' votes and the claim's
    party (if it names one) is the winner's group."""
    from psephos.analysis.records import SERIES_PARTY

    f = ctx.frame
    row, key = series_seat_row(ctx, "a majority")
    where = f"{row['name']} at {key}"
    if not row["exact"]:
        raise Unanswerable(
            f"{where}: the series sums other parties' candidates (Oth), so the group "
            "figures may not be the first two candidates' votes"
        )
    party = f.subject.party or (f.subject.candidate or {}).get("party")
    group = SERIES_PARTY.get(party, (None,))[0] if party else None
    lost = lost_by_runner_up(ctx, row, group)
    if party and group != row["winner"] and not lost:
        raise Unanswerable(
            f"{where}: {row['winner']} won; the sentence's {party} is not the winner's "
            "group, so whose majority it means is unclear"
        )
    out = result(
        ctx,
        float(row["majority"]),
        kind="count",
        what=f"The majority in {row['name']} ({row['winner']} over {row['second']}, "
        "1918-2005 series groups)",
        reading=f"{key}, {row['name']}",
        sources=[str(row["source_id"])],
        query="psephos.analysis.records.series_seat_result: first group minus second",
        command=f"psephos sql \"SELECT * FROM history_1918_2019 WHERE election = '{key}' "
        f"AND trim(constituency_name) = '{row['name']}'\"",
    )
    if lost:
        out.explanation += f" {party} ({group}) was second: the majority is the margin it lost by."
    return out


def _series_margin(ctx: Ctx) -> Evaluation:
    """The gap between two named parties in a seat at a 1918-2005 election, from their
    groups' votes in the party-level series (each of Con, Lab, Lib and, in its own nation,
    SNP or Plaid, is one candidate; ``Oth`` sums several and is never read as one)."""
    from psephos.analysis.records import SERIES_PARTY

    f = ctx.frame
    if f.other is None:
        raise Unanswerable("the claim names only one side of the margin")
    row, key = series_seat_row(ctx, "a margin")
    groups = []
    for side in (f.subject, f.other):
        party = side.party or (side.candidate or {}).get("party")
        if not party or party not in SERIES_PARTY:
            raise Unanswerable(
                f"the 1918-2005 series has no single candidate for {party or 'that side'}"
            )
        group, only = SERIES_PARTY[party]
        if only is not None and row.get("country") != only:
            raise Unanswerable(f"{party} stands in {only} only; {row['name']} is not there")
        groups.append(group)
    a, b = (float(row[f"{g}_votes"]) for g in groups)
    if a <= 0 or b <= 0 or groups[0] == groups[1]:
        raise Unanswerable(f"{row['name']} at {key}: no {' and '.join(groups)} contest to compare")
    if f.unit == "points":
        value = abs(float(row[groups[0]]) - float(row[groups[1]])) * 100
    else:
        value = abs(a - b)
    out = result(
        ctx,
        value,
        kind="count",
        what=f"{groups[0]} minus {groups[1]} in {row['name']} (1918-2005 series groups)",
        reading=f"{key}, {row['name']}",
        sources=[str(row["source_id"])],
        query="psephos.analysis.records.series_seat_result",
        command=f"psephos sql \"SELECT * FROM history_1918_2019 WHERE election = '{key}' "
        f"AND trim(constituency_name) = '{row['name']}'\"",
        scaled=value,
    )
    if f.unit == "points":
        out.evidence[0].display = f"{value:.1f} points"
    return out


def seat_row(ctx: Ctx, seat: dict[str, Any]) -> dict[str, Any]:
    """The seat's row of :func:`psephos.analysis.frame.seat_frame` at the frame's election
    (majority, winner, second, turnout ...), indexed once per store and election."""
    from psephos.analysis.frame import seat_frame
    from psephos.store.connect import connect, memo

    table = memo(
        connect(ctx.db),
        f"claims.evaluate.seat_rows:{ctx.election}",
        lambda: {
            str(r["ons_code"]): {str(k): v for k, v in r.items()}
            for r in seat_frame(ctx.election, db=ctx.db).to_dict("records")
        },
    )
    row = table.get(seat["ons_code"])
    if row is None:
        name = seat.get("name") or seat["ons_code"]
        raise Unanswerable(f"{name} was not contested at {ctx.election} (other boundaries)")
    return row


def _majority_fast(ctx: Ctx, seat: dict[str, Any]) -> Evaluation:
    f = ctx.frame
    row = seat_row(ctx, seat)
    name, winner = str(row["name"]), str(row["winner"])
    who = f"{row['winner_name']}, {winner}" if row.get("winner_name") else winner
    out = result(
        ctx,
        float(row["majority"]),
        kind="count",
        what=f"The majority in {name} ({who})",
        reading=f"{ctx.election}, {name}",
        sources=[str(row["source_id"])],
        query="psephos.analysis.frame.seat_frame: first minus second",
        command=f"psephos seat {quote(name)} --election {ctx.election}",
    )
    party = f.subject.party or (f.subject.candidate or {}).get("party")
    cand = _fold(str((f.subject.candidate or {}).get("name", "")))
    other = (party and party != winner) or (
        cand and cand.split()[-1:] != _fold(str(row.get("winner_name") or "")).split()[-1:]
    )
    if other and f.subject.kind in ("candidate", "party"):
        out.explanation += (
            f" The majority is the winner's ({who}), whoever the sentence names: "
            f"{row['second']} was second."
        )
    return out


@evaluator("margin")
def margin(ctx: Ctx) -> Evaluation:
    """The gap between two named sides: in a seat, two candidates' votes; in an area,
    two parties' votes (or shares, when the stated unit is points)."""
    f = ctx.frame
    if f.other is None:
        raise Unanswerable("the claim names only one side of the margin")
    if is_series_election(ctx.election) and f.scope.level == "seat":
        return _series_margin(ctx)
    seat = seat_of(f) if f.scope.level == "seat" or f.subject.kind == "candidate" else None
    if seat is not None:
        p = light_profile(ctx, seat)
        a, b = candidate_row(p, f.subject), candidate_row(p, f.other)
        # a margin is a gap: its size, whichever side the sentence puts first
        if f.unit == "points":
            value = abs(float(a["share"]) - float(b["share"])) * 100
            kind = "points"
        else:
            value, kind = abs(float(a["votes"]) - float(b["votes"])), "count"
        out = result(
            ctx,
            value,
            kind="count",
            what=f"{a['name']} ({a['party_code']}) minus {b['name']} ({b['party_code']}) "
            f"in {p.seat['name']}",
            reading=f"{p.election['title']}, {p.seat['name']}",
            sources=[a["source_id"], b["source_id"]],
            query="psephos.analysis.seat.seat_profile",
            command=seat_command(ctx, p),
            scaled=value,
        )
        if kind == "points":
            out.evidence[0].display = f"{value:.1f} points"
        return out
    pa, pb = f.subject.party, f.other.party
    if not pa or not pb:
        raise Unanswerable("the claim does not name both parties")
    ra, totals, area, cmd = area_row(ctx, pa)
    rb, _, _, _ = area_row(ctx, pb)
    if ra is None or rb is None:
        raise Unanswerable(f"{pa} or {pb} has no votes in {area}")
    if f.unit == "points":
        value = abs(float(ra["share"]) - float(rb["share"])) * 100
    else:
        value = abs(float(ra["votes"]) - float(rb["votes"]))
    out = result(
        ctx,
        value,
        kind="count",
        what=f"{pa} minus {pb} in {area}",
        reading=f"{ctx.election}, {area}",
        sources=election_sources(ctx),
        query="psephos.analysis.summary.summary",
        command=cmd,
        scaled=value,
    )
    return out


@evaluator("turnout", "electorate")
def turnout(ctx: Ctx) -> Evaluation:
    f = ctx.frame
    kind = "share" if f.measure == "turnout" else "count"
    seat = seat_of(f) if f.scope.level == "seat" else None
    if seat is not None:
        p = profile(ctx, seat)
        value = p.result.get(f.measure)
        if f.measure == "turnout" and p.result.get("electorate"):
            value = p.result["valid_votes"] / p.result["electorate"]
        if value is None:
            raise Unanswerable(f"no {f.measure} recorded for {p.seat['name']}")
        out = seat_result(
            ctx,
            p,
            float(value),
            kind=kind,
            what=f"The {f.measure} in {p.seat['name']}",
            reading_note=" (valid votes / electorate)" if kind == "share" else "",
        )
        if kind == "share" and out.verdict == "contradicted":
            out = _with_ballots(
                ctx,
                out,
                p.result,
                f"{p.election['title']}, {p.seat['name']}",
                p.result["source_id"],
            )
        return out
    if f.scope.level == "seat" and is_series_election(ctx.election):
        return series_seat_turnout(ctx)
    _, totals, area, cmd = area_row(ctx, None)
    value = float(totals["turnout"] if kind == "share" else totals["electorate"])
    if value != value and kind == "share":
        value = series_turnout(ctx, ctx.election, area)
        cmd = f"psephos chart turnout --area {quote(area)}"
    if value != value:  # NaN: the series has no electorate
        raise Unanswerable(f"no {f.measure} for {area} at {ctx.election}")
    if ctx.election not in SEAT_LEVEL:
        out = result(
            ctx,
            value,
            kind=kind,
            what=f"The {f.measure} in {area} (1918-2019 series)",
            reading=f"{ctx.election}, {area} (votes / electorate over contested seats)",
            sources=["cbp-8647-1918-2019"],
            query="psephos.analysis.records.turnout_record",
            command=cmd,
        )
        return series_guard(ctx, out, value, "share")
    out = result(
        ctx,
        value,
        kind=kind,
        what=f"The {f.measure} in {area}",
        reading=f"{ctx.election}, {area}" + (" (valid votes / electorate)" if kind else ""),
        sources=election_sources(ctx),
        query="psephos.analysis.summary.summary",
        command=cmd,
    )
    if kind == "share" and out.verdict == "contradicted":
        ballots = area_ballots(ctx, area)
        if ballots is not None:
            out = _with_ballots(ctx, out, dict(ballots), f"{ctx.election}, {area}")
    return out


def area_ballots(ctx: Ctx, area: str) -> dict[str, float] | None:
    """The valid votes, rejected ballots and electorate summed over the seats of ``area``
    (the UK, Great Britain, a country or a region) at the frame's election, or None when a
    seat there has no count of rejected ballots; computed once per store, election and
    area (the guard reads one turnout in every nation and region: a copy and two masks of
    the seat frame each time)."""
    from psephos.store.connect import connect, memo

    def compute() -> dict[str, float] | None:
        from psephos.analysis.frame import seat_frame

        seats = seat_frame(ctx.election, db=ctx.db)
        if area not in ("UK", "Great Britain"):
            seats = seats[(seats["country"] == area) | (seats["region"] == area)]
        elif area == "Great Britain":
            seats = seats[seats["country"] != "Northern Ireland"]
        invalid = seats["invalid_votes"]
        if not (len(seats) and invalid.notna().all()):
            return None
        return {
            "valid_votes": float(seats["valid_votes"].sum()),
            "invalid_votes": float(invalid.sum()),
            "electorate": float(seats["electorate"].sum()),
        }

    key = f"claims.evaluate.area_ballots:{ctx.election}:{area}"
    return memo(connect(ctx.db), key, compute)


def _with_ballots(
    ctx: Ctx, out: Evaluation, row: dict[str, Any], where: str, source: str | None = None
) -> Evaluation:
    """A turnout false on valid votes but true on all ballots cast (rejected ones included,
    the figure returning officers often announce) is ``depends``. ``row`` holds
    valid_votes, invalid_votes and electorate for the seat or area ``where``."""
    invalid, electorate = row.get("invalid_votes"), row.get("electorate")
    if not invalid or not electorate or invalid != invalid:
        return out
    alt = result(
        ctx,
        (row["valid_votes"] + invalid) / electorate,
        kind="share",
        what=f"Counting the {int(invalid):,} rejected ballots, the turnout",
        reading=f"{where} (all ballots / electorate)",
        sources=[source] if source else [e for ev in out.evidence for e in ev.source_ids],
        query="psephos.analysis.seat.seat_profile",
        command=out.command or "",
    )
    if alt.verdict != "supported":
        return out
    return Evaluation(
        "depends",
        f"{out.explanation} {alt.explanation}",
        [*out.evidence, *alt.evidence],
        out.tolerance,
        out.command,
    )


@evaluator("seats")
def seats(ctx: Ctx) -> Evaluation:
    f = ctx.frame
    party = f.subject.party
    if not party:
        raise Unanswerable("the claim names no party")
    prow, totals, area, cmd = area_row(ctx, party)
    if f.unit == "percent":  # "won more than half the seats" (claims.round10_wrong12)
        from psephos.claims.round10_wrong12 import seat_share

        return seat_share(ctx, prow, totals, area, cmd)
    value = 0.0 if prow is None else float(prow["seats"])
    out = result(
        ctx,
        value,
        kind="count",
        what=f"{party}'s seats in {area}",
        reading=f"{ctx.election}, {area} ({fmt_count(float(totals['seats']))} seats)",
        sources=election_sources(ctx),
        query="psephos.analysis.summary.summary",
        command=cmd,
    )
    if out.verdict == "contradicted":
        out = _with_speaker(ctx, out, party, value, area)
    return series_guard(ctx, out, value, "count")


def _with_speaker(ctx: Ctx, out: Evaluation, party: str, value: float, area: str) -> Evaluation:
    """A seat total that is right only with the Speaker counted for their former party (as
    some broadcasters' tallies do: "Labour won 203 seats" in 2019) ``depends`` on whether
    the Speaker is counted; the official count leaves the Speaker out."""
    from psephos.analysis.members import speaker_party
    from psephos.claims.evaluate import judge
    from psephos.claims.model import Evidence

    if ctx.election not in SEAT_LEVEL:
        return out
    spk = speaker_party(ctx.election, db=ctx.db)
    if spk is None or spk["party"] != party:
        return out
    scope = ctx.frame.scope
    if scope.level in ("region", "country", "gb"):
        row = seat_row(ctx, {"ons_code": spk["ons_code"]})
        if scope.level == "gb" and row["country"] == "Northern Ireland":
            return out
        if scope.level in ("region", "country") and str(row[scope.level]) != area:
            return out
    with_speaker = value + 1
    if judge(with_speaker, ctx.frame) != "supported":
        return out
    out.evidence.append(
        Evidence(
            f"{ctx.election}, {area}, the Speaker ({spk['name']}) counted with {party} "
            f"({spk['how']})",
            with_speaker,
            fmt_count(with_speaker),
            "supported",
            [spk["source_id"]],
            "psephos.analysis.members.speaker_party",
        )
    )
    out.verdict = "depends"
    out.explanation += (
        f" Counting the Speaker ({spk['name']}, formerly {party}) with {party} gives "
        f"{fmt_count(with_speaker)}: true on that count, false on the official one."
    )
    return out


def scope_filters(ctx: Ctx) -> tuple[list[str], str]:
    """The frame's scope as metric-language filters, and the area in words."""
    scope = ctx.frame.scope
    if scope.level == "uk":
        return [], "the UK"
    if scope.level == "gb":
        return ["country=GB"], "Great Britain"
    if scope.level in ("country", "region") and scope.name:
        return [f"{scope.level}={scope.name}"], scope.name
    if scope.level == "seats":
        return list(scope.where), "the seats " + " and ".join(scope.where)
    raise Unanswerable(f"no set of seats for a scope of level {scope.level}")


def where_args(where: list[str]) -> str:
    return "".join(f" --where {quote(w)}" for w in where)


@evaluator("candidates")
def candidates(ctx: Ctx) -> Evaluation:
    """Seats a party fielded candidates in, within the scope."""
    from psephos.analysis.metrics import apply_filters

    f = ctx.frame
    party = f.subject.party
    if not party:
        raise Unanswerable("the claim names no party")
    if ctx.election not in SEAT_LEVEL:
        raise Unanswerable(f"candidates by seat exist for 2010-2024 only, not {ctx.election}")
    where, area = scope_filters(ctx)
    where = [*where, f"standing={party}"]
    frame, universe = apply_filters(where, election=ctx.election, db=ctx.db)
    return result(
        ctx,
        float(len(frame)),
        kind="count",
        what=f"The seats {party} stood in, in {area}",
        reading=universe,
        sources=election_sources(ctx),
        query="psephos.analysis.metrics.apply_filters",
        command=f"psephos rank majority --election {ctx.election}{where_args(where)} --top 0",
    )


@evaluator("placing")
def placing(ctx: Ctx) -> Evaluation:
    """Where a candidate or party finished in a seat (1 = won)."""
    from psephos.analysis.rank import ordinal
    from psephos.claims.model import Evidence

    f = ctx.frame
    nth = f.nth if f.nth is not None else (int(f.stated.value) if f.stated else None)
    if nth is None:
        raise Unanswerable("the claim states no position")
    seat = seat_of(f)
    if seat is None and f.scope.level in ("uk", "gb", "country", "region"):
        return _area_placing(ctx, nth)
    if seat is None and is_series_election(ctx.election) and named_seat(f) is not None:
        from psephos.claims.evaluate_placings import series_seat_place

        return series_seat_place(ctx, nth, str(named_seat(f)))  # a 1918-2005 seat, by name
    if seat is None:
        raise Unanswerable("the claim names no seat for the placing")
    p = light_profile(ctx, seat)
    row = candidate_row(p, f.subject)
    got = int(row["rank"])
    ok = got <= nth if f.comparator == "le" else got == nth
    verdict: Verdict = "supported" if ok else "contradicted"
    order = "; ".join(
        f"{r['rank']}. {r['name']} ({r['party_code']}) {r['votes']:,}"
        for r in p.candidates[: max(nth, got) + 1]
    )
    text = (
        f"{row['name']} ({row['party_code']}) finished {ordinal(got)} in {p.seat['name']}"
        f" ({order})."
    )
    ev = Evidence(
        f"{p.election['title']}, {p.seat['name']}",
        got,
        ordinal(got),
        verdict,
        [row["source_id"]],
        "psephos.analysis.seat.seat_profile",
    )
    return Evaluation(verdict, text, [ev], f"position {ordinal(nth)} exactly", seat_command(ctx, p))


def _area_placing(ctx: Ctx, nth: int) -> Evaluation:
    """A party's place among the parties of an area by seats or votes ("the third-largest
    party at Westminster", "second in the Welsh popular vote"; ties share the better
    place), from :func:`psephos.analysis.summary.summary`."""
    from psephos.analysis.rank import ordinal
    from psephos.claims.model import Evidence

    f = ctx.frame
    party = f.subject.party
    if not party:
        raise Unanswerable("the claim names no party for the placing")
    if ctx.election not in SEAT_LEVEL:
        raise Unanswerable(f"party placings are read for 2010-2024 only, not {ctx.election}")
    by = (f.metric or f.unit or "").split(":")[0]
    if by not in ("seats", "votes"):
        raise Unanswerable("the claim does not say whether the placing is by seats or votes")
    _, _, area, cmd = area_row(ctx, None)
    level = "region" if f.scope.level == "region" else "country"
    s = cached_summary(ctx, ctx.election, level)
    t = s.table[(s.table["area"].str.lower() == area.lower()) & (s.table["party_code"] != "Ind")]
    values = dict(zip(t["party_code"], t[by].astype(float), strict=True))
    if party not in values:
        raise Unanswerable(f"{party} has no result in {area} at {ctx.election}")
    got = 1 + sum(1 for v in values.values() if v > values[party])
    verdict: Verdict = "supported" if got == nth else "contradicted"
    top = sorted(values, key=lambda k: -values[k])[: max(nth, got) + 1]
    listing = "; ".join(f"{k} {values[k]:,.0f}" for k in top)
    ev = Evidence(
        f"{ctx.election}, {area}, parties by {by}",
        got,
        ordinal(got),
        verdict,
        election_sources(ctx),
        "psephos.analysis.summary.summary",
    )
    text = f"{party} is {ordinal(got)} by {by} in {area} ({listing}); independents not counted."
    return Evaluation(verdict, text, [ev], f"position {ordinal(nth)} exactly (ties share)", cmd)
