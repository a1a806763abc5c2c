"""Evaluators for claims about the long record: tenure ("held since", "first elected in"),
"the first time since", "never", "at every election since", and records ("the lowest
share since 1983", "their biggest haul ever").

Values come from :mod:`psephos.analysis.records` (the 1918–2019 party series extended with
2010–2024), :func:`psephos.analysis.tenure.held_since` and
:func:`psephos.analysis.members.first_elected`. The series has quirks (renamed seats, ``Oth``
lumping parties, two-member seats, some totals one off): when a quirk touches the deciding
election the verdict is ``uncertain`` with the reason, never ``contradicted``.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable, evaluator, quote
from psephos.claims.evaluate_results import (
    SERIES_SLACK,
    candidate_row,
    profile,
    seat_command,
    seat_of,
)
from psephos.claims.model import Evidence, Verdict
from psephos.errors import PsephosError

_OP = re.compile(r"^\s*(?P<key>[a-z_]+)\s*(?P<op>>=|<=|!=|=|<|>)\s*(?P<value>[\d.]+)%?\s*$")


# --------------------------------------------------------------------------- elections


def _order(ctx: Ctx) -> list[str]:
    from psephos.analysis.records import election_order

    return election_order(db=ctx.db)


def _key(ctx: Ctx) -> tuple[str, int]:
    """The frame's election as a key of the series (``2010``, ``1974F``) and its year; a
    by-election is placed after the general elections of its year and before the next."""
    e = ctx.election
    if e.startswith("by-"):
        year = int(e[3:7])
        return f"by{year}", year
    if e.startswith("notional"):
        raise Unanswerable("records are kept for general elections, not notional results")
    key = e.removeprefix("ge")
    m = re.match(r"(\d{4})", key)
    if not m:
        raise Unanswerable(f"no general election '{e}' in the series")
    return key, int(m.group(1))


def _before(ctx: Ctx, elections: list[str]) -> tuple[list[str], bool]:
    """The general elections before the frame's (in order), and whether the frame's own
    election is a general election of the series."""
    key, year = _key(ctx)
    if key.startswith("by"):
        by_date = ctx.election[3:13]
        return [
            e
            for e in elections
            if _year(e) < year or (_year(e) == year and _ge_date_before(ctx, e, by_date))
        ], False
    if key.upper() not in {e.upper() for e in elections}:
        raise Unanswerable(f"no general election '{ctx.election}' in the series")
    idx = [e.upper() for e in elections].index(key.upper())
    return elections[:idx], True


def _ge_date_before(ctx: Ctx, election: str, by_date: str) -> bool:
    from psephos.analysis import _lookups as lookups
    from psephos.store.connect import connect

    row = lookups.elections(connect(ctx.db)).get(f"ge{election}")
    return bool(row and str(row["date"])[:10] < by_date)


def _year(election: str) -> int:
    return int(election[:4])


def _since_matches(election: str | None, since: int) -> bool:
    return election is not None and _year(election) == since


# --------------------------------------------------------------------------- area records


def _area(ctx: Ctx) -> str:
    s = ctx.frame.scope
    if s.level == "uk":
        return "UK"
    if s.level == "gb":
        return "GB"
    if s.level == "country" and s.name:
        return s.name
    raise Unanswerable(f"the long series has no figures by {s.level}")


def _measure(ctx: Ctx) -> str:
    f = ctx.frame
    head = (f.metric or "").split(":")[0]
    if head == "change":
        head = (f.metric or "").split(":")[1]
    if head in ("seats", "share", "votes", "turnout", "gov_majority"):
        return head
    if f.unit in ("seats", "votes"):
        return f.unit
    if f.condition:
        m = _OP.match(f.condition[0])
        if m and m["key"] in ("seats", "share", "votes", "turnout"):
            return m["key"]
    raise Unanswerable("the claim does not say which figure (seats, share, votes, turnout)")


def _series(ctx: Ctx, measure: str) -> tuple[Any, str]:
    from psephos.analysis.records import party_record, turnout_record

    area = _area(ctx)
    if measure == "turnout":
        return turnout_record(area=area, db=ctx.db), f"turnout in {area}"
    if measure == "gov_majority":
        from psephos.analysis.records import majority_record

        if area != "UK":
            raise Unanswerable("a Commons majority is a UK figure")
        what = "the largest party's majority over all other seats in the Commons"
        return majority_record(db=ctx.db), what
    party = ctx.frame.subject.party
    if not party:
        raise Unanswerable("the claim names no party")
    from psephos.analysis.records import SERIES_PARTY

    only = SERIES_PARTY.get(party, ("", None))[1]
    if only and area in ("UK", "GB") and ctx.frame.scope.level in ("uk", "gb"):
        # a party that stands in one nation, with no area named: its nation ("Plaid's
        # share, its lowest since 1992" is the Welsh share), as for its seats
        area = only
    rec = party_record(party, measure=measure, area=area, db=ctx.db)
    used = str(rec["area"].iloc[0]) if len(rec) else area
    return rec, f"{party}'s {measure} in {used} (series group {rec['group'].iloc[0]})"


def _fmt(value: float, measure: str) -> str:
    if measure in ("share", "turnout"):
        return f"{value * 100:.1f}%"
    return f"{value:,.0f}"


def _record_command(ctx: Ctx, measure: str) -> str:
    area = _area(ctx)
    if measure == "gov_majority":
        return "psephos history series --area UK"
    if measure == "turnout":
        return f"psephos chart turnout --area {area}"
    return f"psephos history series --area {area}"


#: share and seat slack for comparing two series figures from 1950 on (single-member seats
#: only; the series' own figures, rounded as published): ties within it are not called
_TIGHT = {"share": 0.0005, "count": 0.0}
#: the first election of the long series: "the lowest since 1918" cannot tell "since the
#: 1918 election" from "since the series began", so either reading is accepted
_SERIES_START = 1918


def _slack(measure: str, *elections: str) -> float:
    """How far two series figures may be apart and still tie: the series' slack when an
    election before 1950 is compared (two-member and university seats, unopposed returns),
    else rounding only."""
    kind = "share" if measure in ("share", "turnout") else "count"
    if any(_year(e) < 1950 for e in elections):
        return SERIES_SLACK[kind]
    return _TIGHT[kind]


def _exceptions(ctx: Ctx, earlier: list[str]) -> set[str]:
    """Elections the claim sets aside: "except 1983", "apart from four years ago" (the
    election that many years before the claim's), "bar the last election"."""
    _, now_year = _key(ctx)
    out: set[str] = set()
    for note in ctx.frame.notes:
        m = re.fullmatch(r"except (\d{4})", note)
        if m:
            out |= {e for e in earlier if _year(e) == int(m.group(1))}
        m = re.fullmatch(r"except (\d+) years before", note)
        if m:
            out |= {e for e in earlier if _year(e) == now_year - int(m.group(1))}
        if note == "except the previous election" and earlier:
            out.add(earlier[-1])
    return out


def _group_values(ctx: Ctx, measure: str, which: str) -> tuple[dict[str, float], str]:
    """Per election, the figure of the largest party ("any party": the most any party
    won) or of the third party by seats, among Con, Lib, Lab and Nat (``Oth`` lumps many
    parties and is never one party)."""
    from psephos.analysis.series import party_series

    if measure not in ("seats", "share", "votes"):
        raise Unanswerable(f"'{which}' records are kept for seats, share and votes")
    s = party_series(area=_area(ctx), db=ctx.db)
    s = s[s["party"].isin(["Con", "Lib", "Lab", "Nat"])]
    out: dict[str, float] = {}
    for e, part in s.groupby("election", sort=False):
        if which == "any party":
            out[str(e)] = float(part[measure].max())
        else:
            ranked = part.sort_values(["seats", "votes"], ascending=False)
            if len(ranked) >= 3:
                out[str(e)] = float(ranked.iloc[2][measure])
    what = "the most any party won" if which == "any party" else "the third party's (by seats)"
    return out, f"{what} {measure} in {_area(ctx)}"


@evaluator("record")
def record(ctx: Ctx) -> Evaluation:
    """Highest/lowest (or Nth) since YEAR, or ever, of a party's seats/share/votes or the
    turnout in an area.

    The rules: "the lowest since YEAR" is true when YEAR is the last earlier election at
    least as low (the first election of the series, 1918, also when none was); "lower
    than at any election since YEAR" / "the highest in any post-war election" is true when
    no election from YEAR up to the claim's is as extreme (post-war: from 1945, and from
    1950; when the two disagree the verdict is ``depends``); "apart from 2001" / "except
    four years ago" sets those elections aside; "any party" compares the most any party
    won, "a third party" the third party's figure."""
    f = ctx.frame
    which = next((n for n in f.notes if n in ("any party", "third party")), None)
    if any("majority" in c.lower() for c in f.condition):
        # "the lowest share for a party winning a Commons majority": the majority winners'
        # figures, compared among the elections that produced a majority
        from psephos.analysis.records import majority_winner_record

        head = (f.metric or "").split(":")[0]
        measure = head if head in ("seats", "share", "votes") else "share"
        if _area(ctx) != "UK":
            raise Unanswerable("a Commons majority is a UK figure")
        rec = majority_winner_record(measure=measure, db=ctx.db)
        what = f"the {measure} of the party winning a Commons majority"
        values = dict(zip(rec["election"].astype(str), rec["value"].astype(float), strict=True))
    elif f.condition:
        raise Unanswerable(f"the condition '{f.condition[0]}' is not understood for a record")
    elif which is not None:
        measure = _measure(ctx)
        if which == "any party" and f.comparator not in ("most", "nth_most"):
            raise Unanswerable("'the least any party won' is not a record the series keeps")
        values, what = _group_values(ctx, measure, which)
    else:
        measure = _measure(ctx)
        rec, what = _series(ctx, measure)
        values = dict(zip(rec["election"].astype(str), rec["value"].astype(float), strict=True))
    if (f.metric or "").startswith("change:"):
        # "the biggest increase since 1945": the change on the election before, at each
        names = list(values)
        values = {e: values[e] - values[p] for p, e in zip(names, names[1:], strict=False)}
        what = f"the change in {what} on the election before"
    key, _ = _key(ctx)
    if key not in values:
        raise Unanswerable(f"no {what} at {ctx.election}")
    if measure == "gov_majority":
        # a hung parliament has no majority to compare: "the smallest majority since"
        # passes over it
        if values[key] <= 0:
            raise Unanswerable(f"no party won a majority at {ctx.election}")
        values = {e: v for e, v in values.items() if v > 0}
    now = values[key]
    earlier_all, _ = _before(ctx, list(values))
    skipped = _exceptions(ctx, earlier_all)
    earlier = [e for e in earlier_all if e not in skipped]
    most = f.comparator in ("most", "nth_most", "gt", "ge", "up")

    def beats(v: float, e: str) -> bool:  # more extreme than now beyond the slack
        d = _slack(measure, e, key)
        return v > now + d if most else v < now - d

    def ties(v: float, e: str) -> bool:  # as extreme as now within the slack
        return abs(v - now) <= _slack(measure, e, key)

    def as_good(v: float, e: str) -> bool:  # at least as extreme as now
        return beats(v, e) or ties(v, e) or (v >= now if most else v <= now)

    word = "highest" if most else "lowest"
    listing = ", ".join(f"{e} {_fmt(values[e], measure)}" for e in earlier[-6:])
    base = f"{what}: {_fmt(now, measure)} at {key}; before: {listing}."
    if skipped:
        base += (
            f" Set aside as the claim says: {', '.join(sorted(skipped, key=earlier_all.index))}."
        )
    sources = ["cbp-8647-1918-2019"]
    if f.comparator in ("nth_most", "nth_least") or (f.nth and f.nth > 1):
        nth = f.nth or 1
        pool = [*earlier, key]
        if f.since_year is not None:
            pool = [e for e in pool if _year(e) >= f.since_year]
        sure = sum(1 for e in pool if e != key and beats(values[e], e))
        maybe = sum(1 for e in pool if e != key and not beats(values[e], e) and ties(values[e], e))
        got = sure + 1
        verdict: Verdict = "supported" if got == nth and not maybe else "contradicted"
        if sure + 1 <= nth <= sure + 1 + maybe and verdict != "supported":
            verdict = "uncertain"
        text = f"{base} It ranks {got} {word} of {len(pool)} elections considered."
        return _record_eval(ctx, verdict, text, got, f"{got} {word}", measure, sources)
    if any(n.startswith("equals the record") for n in f.notes):
        # "equalling its best ever result": tied with the record, beaten by none
        pool = [e for e in earlier if f.since_year is None or _year(e) >= f.since_year]
        beaten = [e for e in pool if beats(values[e], e)]
        tied = [e for e in pool if ties(values[e], e) and not beats(values[e], e)]
        tie_verdict: Verdict = "contradicted" if beaten else ("supported" if tied else "uncertain")
        text = base + (
            f" Beaten at {', '.join(beaten[-4:])}."
            if beaten
            else (
                f" Equal to {', '.join(tied[-4:])}." if tied else " No earlier election equals it."
            )
        )
        return _record_eval(ctx, tie_verdict, text, now, _fmt(now, measure), measure, sources)
    ranged = any(n.startswith("range") for n in f.notes)
    if ranged or f.since_year is None:
        starts = [f.since_year] if f.since_year is not None else [None]
        if any(n.startswith("post-war") for n in f.notes):
            starts = [1945, 1950]
        verdicts: list[Verdict] = []
        texts: list[str] = []
        for start in starts:
            pool = [e for e in earlier if start is None or _year(e) >= start]
            beaten = [e for e in pool if beats(values[e], e)]
            tied = [e for e in pool if not beats(values[e], e) and ties(values[e], e)]
            if beaten:
                verdicts.append("contradicted")
                texts.append(f"beaten at {', '.join(beaten[-4:])}")
            elif tied:
                verdicts.append("uncertain")
                texts.append(f"tied (within the series' precision) at {', '.join(tied[-4:])}")
            else:
                verdicts.append("supported")
                texts.append(f"the {word} of {len(pool) + 1} elections")
        label = (
            " from " + " / ".join(str(s) for s in starts) if starts != [None] else " in the series"
        )
        text = base + f" Among the elections{label}: " + "; ".join(texts) + "."
        if len(set(verdicts)) == 1:
            verdict = verdicts[0]
        elif "supported" in verdicts and "contradicted" in verdicts:
            verdict = "depends"
        else:
            verdict = "uncertain"
        return _record_eval(ctx, verdict, text, now, _fmt(now, measure), measure, sources)
    last = next((e for e in reversed(earlier) if as_good(values[e], e)), None)
    since = f.since_year
    if last is None:
        if since <= _SERIES_START:
            text = base + f" No earlier election was as {word}: the {word} since the series began."
            return _record_eval(ctx, "supported", text, now, _fmt(now, measure), measure, sources)
        text = base + f" No earlier election was as {word}: it is a record for the series."
        at_since = [e for e in earlier if _year(e) <= since]
        if at_since:
            # "the lowest since 2001" of a record low: 2001, in the series, was not as low
            # (round 9b); a year before the series' own elections stays uncertain
            text += f" {at_since[-1]} was not as {'high' if most else 'low'}."
            return _record_eval(
                ctx, "contradicted", text, now, _fmt(now, measure), measure, sources
            )
        return _record_eval(ctx, "uncertain", text, now, _fmt(now, measure), measure, sources)
    verdict = "supported" if _since_matches(last, since) else "contradicted"
    if verdict == "contradicted":
        # the elections after YEAR that break the claim: uncertain only when each of them
        # differs from now by less than the series' precision (never an exact tie)
        breaking = [e for e in earlier if _year(e) > since and as_good(values[e], e)]
        if breaking and all(0 < abs(values[e] - now) <= _slack(measure, e, key) for e in breaking):
            verdict = "uncertain"
        elif _year(last) < since:
            # nothing at YEAR was as extreme: a near miss at YEAR is not called
            at = [e for e in earlier if _year(e) == since]
            if at and abs(values[at[0]] - now) <= _slack(measure, at[0], key):
                verdict = "uncertain"
    text = base + f" The last election as {word} or {'higher' if most else 'lower'} was {last}."
    return _record_eval(ctx, verdict, text, last, f"last {last}", measure, sources)


def _record_eval(
    ctx: Ctx, verdict: Verdict, text: str, value: Any, shown: str, measure: str, sources: list[str]
) -> Evaluation:
    if verdict == "uncertain" and "series" not in text[-60:]:
        text += " The difference is within what the series' quirks allow, so it is not called."
    ev = Evidence(
        "1918-2019 party series (CBP-8647) extended with 2010-2024 results",
        value,
        shown,
        verdict,
        sources,
        "psephos.analysis.records.party_record",
    )
    tol = "since YEAR: the last earlier election at least as extreme is YEAR"
    return Evaluation(verdict, text, [ev], tol, _record_command(ctx, measure))


# --------------------------------------------------------------------------- first since / never / every since


def _predicate(ctx: Ctx) -> tuple[str, Any]:
    """What must hold at an election, as (description, function of a seat-lineage row
    or an area figure)."""
    f = ctx.frame
    if f.condition:
        cond = f.condition[0]
        if cond.strip().lower() in ("hung", "hung parliament"):
            return "no party won a majority of seats", None
        m = _OP.match(cond)
        if not m:
            raise Unanswerable(f"the condition '{cond}' is not understood")
        value = float(m["value"])
        if cond.strip().endswith("%"):
            value /= 100
        ops = {
            "=": lambda v: abs(v - value) < 1e-9,
            "!=": lambda v: abs(v - value) >= 1e-9,
            "<": lambda v: v < value,
            "<=": lambda v: v <= value,
            ">": lambda v: v > value,
            ">=": lambda v: v >= value,
        }
        return cond, ops[m["op"]]
    return "won", None


def _seat_names(ctx: Ctx, seat: dict[str, Any]) -> tuple[list[str], list[str], str]:
    """Names and ONS codes of the seat and its predecessor (for a 2024 seat)."""
    from psephos.analysis import _lookups as lookups
    from psephos.analysis.tenure import predecessor
    from psephos.claims.round11_history import LINEAGE
    from psephos.store.connect import connect

    if (other := LINEAGE.get()) is not None:
        return other  # round 11: the claim re-read through another predecessor
    con = connect(ctx.db)
    code = seat["ons_code"]
    bs = seat.get("boundary_set")
    row = lookups.seats(con).get((code, bs)) if bs else None
    if row is None:
        row = next((r for (c, _), r in lookups.seats(con).items() if c == code), None)
    name = str(row["name"]) if row else str(seat.get("name") or code)
    names, codes = [name], [code] if code else []
    note = f"the seat as named {name}"
    if row is not None and str(row["boundary_set"]) == "2024":
        pred = predecessor(con, code)
        if pred is not None:
            codes.append(pred[0])
            if pred[1] != name:
                names.append(pred[1])
            note += f", with {pred[1]} (2010-2019; {pred[2]:.0%} of its population) before 2024"
    return names, codes, note


def _party_group(party: str) -> str:
    from psephos.analysis.records import SERIES_PARTY

    if party not in SERIES_PARTY:
        raise Unanswerable(f"the 1918-2019 series counts {party} among others (Oth)")
    return SERIES_PARTY[party][0]


@evaluator("first_since", "every_since")
def first_since(ctx: Ctx) -> Evaluation:
    """In a seat: the party's win now is its first since YEAR / it never won before / it
    won at every election since YEAR. In an area: a condition on the party's seats or
    share holds now for the first time since YEAR, or never held before."""
    f = ctx.frame
    seat = seat_of(f)
    if seat is None and f.scope.level == "seat" and f.scope.name and _key(ctx)[1] < 2010:
        # a seat named at a 1918-2005 election has no ONS code there: read it by name
        seat = {"ons_code": None, "name": f.scope.name}
    if seat is not None:
        from psephos.claims import round11_history  # round 11: last won, lost in, lineage doubt

        return round11_history.checked(ctx, seat, _seat_history)
    return _area_history(ctx)


def _seat_history(ctx: Ctx, seat: dict[str, Any]) -> Evaluation:
    from psephos.analysis.records import seat_lineage

    f = ctx.frame
    party = f.subject.party or (f.subject.candidate or {}).get("party")
    if not party:
        raise Unanswerable("the claim names no party")
    group = _party_group(party)
    names, codes, note = _seat_names(ctx, seat)
    lineage = seat_lineage(names, codes=codes, db=ctx.db)
    from psephos.claims.round11_history import straight_fights  # round 11: miscoded 'other'

    lineage = straight_fights(lineage, group, ctx.db)
    order = _order(ctx)
    earlier, is_general = _before(ctx, order)
    by_election = {}
    for e, part in lineage.groupby("election", sort=False):
        by_election[str(e)] = part
    key, _ = _key(ctx)

    @functools.cache  # asked for each election several times below
    def winner(e: str) -> str | None:
        part = by_election.get(e)
        if part is None or part["winner"].isna().all() or (part["seats"] > 1).any():
            return None
        ws = set(part["winner"].dropna())
        return next(iter(ws)) if len(ws) == 1 else None

    missing = [e for e in earlier if e not in by_election]
    unknown = [e for e in earlier if e in by_election and winner(e) is None]
    won_before = [e for e in earlier if winner(e) == group]
    path = ", ".join(f"{e} {winner(e) or '?'}" for e in earlier if e in by_election)
    base = f"{party} ({group} in the series) in {note}: winners {path}."
    sources = sorted({str(s) for s in lineage["source_id"].dropna()})
    cmd = f"psephos seat {quote(names[0])}"
    cmp = f.comparator
    if f.measure == "every_since" or cmp == "every_since":
        if f.since_year is None:
            raise Unanswerable("the claim gives no year the run starts")
        span = _run_span(f, earlier, order)
        starts = [e for e in span if _year(e) == f.since_year]
        if not span or not starts:
            raise Unanswerable(f"no general election in {f.since_year} in the series")
        lost = [e for e in span if e in by_election and winner(e) not in (group, None)]
        gaps = [e for e in span if e not in by_election or winner(e) is None]
        if lost:
            verdict: Verdict = "contradicted"
            text = base + f" {party} did not win at {', '.join(lost[:4])}."
        elif gaps:
            verdict = "uncertain"
            text = base + f" No single winner is known at {', '.join(gaps[:4])} (series quirks)."
        else:
            verdict = "supported"
            text = base + f" {party} won at every election from {span[0]} to {span[-1]}."
        return _hist_eval(verdict, text, sources, cmd)
    # first since / never: the party must win now
    if is_general:
        now = winner(key)
        if now is None:
            raise Unanswerable(f"no winner recorded for {note} at {key}")
        if now != group:
            return _hist_eval(
                "contradicted", base + f" {party} did not win at {key} ({now} did).", sources, cmd
            )
    if cmp == "never" or (f.since_year is None and f.measure == "first_since"):
        if won_before:
            return _hist_eval(
                "contradicted",
                base + f" {party} won before, at {', '.join(won_before)}.",
                sources,
                cmd,
            )
        if unknown:
            return _hist_eval(
                "uncertain",
                base + f" No single winner is known at {', '.join(unknown[:4])} (series quirks).",
                sources,
                cmd,
            )
        first = next((e for e in earlier if e in by_election), None)
        return _hist_eval(
            "supported",
            base + f" {party} never won the seat under these names (records from {first}).",
            sources,
            cmd,
        )
    since = f.since_year
    assert since is not None
    last = won_before[-1] if won_before else None
    after = [e for e in earlier if _year(e) > since]
    if last is not None and _year(last) > since:
        return _hist_eval(
            "contradicted", base + f" {party} also won it at {last}, after {since}.", sources, cmd
        )
    gaps = [e for e in after if e in missing or e in unknown]
    if gaps:
        return _hist_eval(
            "uncertain",
            base
            + f" The record is incomplete at {', '.join(gaps[:4])} (renamed or two-member seat).",
            sources,
            cmd,
        )
    if _since_matches(last, since):
        return _hist_eval("supported", base + f" {party} last won it at {last}.", sources, cmd)
    if last is None:
        return _hist_eval(
            "uncertain",
            base + f" The series shows no earlier {party} win under these names.",
            sources,
            cmd,
        )
    return _hist_eval(
        "contradicted", base + f" {party} last won it at {last}, not {since}.", sources, cmd
    )


def _run_span(f: Any, earlier: list[str], order: list[str]) -> list[str]:
    """The elections a run "at every election since/from Y" covers: from Y up to the
    claim's election (excluded: its own win is the outcome), or, for a run with an end
    ("from 1997 to 2005", the note of ``extract/runs.py``), every general election from Y
    to Z."""
    assert f.since_year is not None
    run = next((n for n in f.notes if re.match(r"a run from \d{4} to \d{4}", n)), None)
    if run is None:
        # "from 1935 until it fell in 2019": up to the claim's own election, excluded
        return [e for e in earlier if _year(e) >= f.since_year]
    end = int(run.split()[5].rstrip(":"))
    return [e for e in order if f.since_year <= _year(e) <= end]


def _area_history(ctx: Ctx) -> Evaluation:
    from psephos.claims.round11_caught11 import national_wins

    f = ctx.frame
    outcome = (f.outcome or "").lower()
    if not f.condition and outcome in ("hung", "majority", "none"):
        # "its first hung parliament since", "an overall majority for the first time",
        # "without an MP in Wales for the first time since": the outcome is the condition
        desc, test = {
            "hung": ("no party won a majority of seats", None),
            "majority": ("won a majority of all seats", None),
            "none": ("won no seat", lambda v: v == 0),
        }[outcome]
    else:
        desc, test = _predicate(ctx)
    order = _order(ctx)
    earlier, is_general = _before(ctx, order)
    key, _ = _key(ctx)
    doubt: set[str] = set()
    if test is None and desc.startswith("won a majority"):
        from psephos.analysis.records import series_group
        from psephos.analysis.series import party_series

        party = f.subject.party
        if not party:
            raise Unanswerable("the claim names no party")
        group, _used = series_group(party, "UK")
        s = party_series(area="UK", db=ctx.db)
        totals = s.groupby("election", sort=False)["seats"].sum()
        mine = s[s["party"] == group].set_index("election")["seats"]
        values = {str(e): float(mine.get(e, 0)) for e in totals.index}
        holds = {str(e): bool(float(mine.get(e, 0)) * 2 > totals[e]) for e in totals.index}
        what, measure = f"{party}'s seats (a majority when more than half of all)", "seats"
    elif test is None and desc.startswith("no party"):
        from psephos.analysis.series import party_series

        s = party_series(area="UK", db=ctx.db)
        totals = s.groupby("election", sort=False)["seats"].sum()
        top = s.groupby("election", sort=False)["seats"].max()
        holds = {str(e): bool(top[e] * 2 <= totals[e]) for e in totals.index}
        values = {str(e): float(top[e]) for e in totals.index}
        what, measure = "the largest party's seats (hung when not more than half)", "seats"
        doubt = _hidden_allies(ctx, top, totals)
    elif test is None and (won := national_wins(ctx)) is not None:
        holds, values, what, measure = won  # round 11: "its first victory since 1945"
    else:
        if test is None:
            raise Unanswerable("the claim gives no condition for the first time since")
        measure = "seats" if outcome == "none" and not f.condition else _measure(ctx)
        rec, what = _series(ctx, measure)
        values = dict(zip(rec["election"].astype(str), rec["value"].astype(float), strict=True))
        holds = {e: bool(test(v)) for e, v in values.items()}
    if key not in holds:
        raise Unanswerable(f"no figure at {ctx.election}")
    if test is None and desc.startswith("no party"):
        allied = {e: (v and e not in doubt) for e, v in holds.items()}
        flips = [e for e in earlier if holds.get(e) != allied.get(e)]
        if flips:
            a = _since_verdict(ctx, holds, earlier, key)
            b = _since_verdict(ctx, allied, earlier, key)
            if a[0] != b[0]:
                listing = ", ".join(f"{e} {_fmt(values[e], measure)}" for e in earlier[-8:])
                return _hist_eval(
                    "depends",
                    f"{what}: {listing}; now {_fmt(values[key], measure)}. On the series' "
                    f"groups: {a[0]} ({a[1]}). Counting the seats the series puts among others "
                    f"in Great Britain with the largest party (allies such as the National "
                    f"Liberals were in 'Oth'), {', '.join(flips)} had a majority: {b[0]} "
                    f"({b[1]}).",
                    ["cbp-8647-1918-2019"],
                    _record_command(ctx, measure),
                )
    listing = ", ".join(
        f"{e} {_fmt(values[e], measure)}{'*' if holds[e] else ''}" for e in earlier[-8:]
    )
    base = f"{what}, '{desc}' (* where it held): {listing}; now {_fmt(values[key], measure)}."
    sources = ["cbp-8647-1918-2019"]
    cmd = _record_command(ctx, measure)
    if not holds[key]:
        return _hist_eval("contradicted", base + f" It does not hold at {key}.", sources, cmd)
    last = next((e for e in reversed(earlier) if holds.get(e)), None)
    if f.comparator == "never" or f.since_year is None:
        if last is None:
            return _hist_eval("supported", base + " It never held before.", sources, cmd)
        return _hist_eval("contradicted", base + f" It held at {last}.", sources, cmd)
    if _since_matches(last, f.since_year):
        return _hist_eval("supported", base + f" It last held at {last}.", sources, cmd)
    if last is None:
        return _hist_eval("uncertain", base + " It never held before in the series.", sources, cmd)
    return _hist_eval(
        "contradicted", base + f" It last held at {last}, not {f.since_year}.", sources, cmd
    )


def _hidden_allies(ctx: Ctx, top: Any, totals: Any) -> set[str]:
    """Elections where the largest group was short of half the seats but would pass it with
    the seats the series puts among others (``Oth``) in Great Britain: allies counted there
    (the National Liberals of 1931-1966) may have given it a majority, so "hung" is a
    reading of the series' groups, not a fact (1951: Con 300 of 625, Oth 21 in GB)."""
    from psephos.analysis.series import party_series

    gb = party_series(area="GB", db=ctx.db)
    oth = gb[gb["party"] == "Oth"].set_index("election")["seats"]
    return {
        str(e)
        for e in totals.index
        if top[e] * 2 <= totals[e] and (top[e] + float(oth.get(e, 0))) * 2 > totals[e]
    }


def _since_verdict(
    ctx: Ctx, holds: dict[str, bool], earlier: list[str], key: str
) -> tuple[str, str]:
    """(verdict, why) of "the first time since YEAR" / "never before" on one reading of
    which elections the condition held at."""
    f = ctx.frame
    if not holds.get(key):
        return "contradicted", f"it does not hold at {key}"
    last = next((e for e in reversed(earlier) if holds.get(e)), None)
    if f.comparator == "never" or f.since_year is None:
        return ("supported", "never before") if last is None else ("contradicted", f"{last}")
    if _since_matches(last, f.since_year):
        return "supported", f"last at {last}"
    if last is None:
        return "uncertain", "never before in the series"
    return "contradicted", f"last at {last}, not {f.since_year}"


def _hist_eval(verdict: Verdict, text: str, sources: list[str], command: str) -> Evaluation:
    ev = Evidence(
        "1918-2019 series (CBP-8647) by seat name, 2010-2024 results by ONS code",
        verdict != "contradicted",
        verdict,
        verdict,
        sources,
        "psephos.analysis.records",
    )
    return Evaluation(verdict, text, [ev], "the years as stated", command)


# --------------------------------------------------------------------------- tenure


def _surname(name: str) -> str:
    from psephos.analysis.names import fold

    words = fold(name).split()
    return words[-1] if words else ""


@evaluator("tenure")
def tenure(ctx: Ctx) -> Evaluation:
    """ "Held since YEAR" (the unbroken run in this seat, :func:`held_since`), or "first
    elected in YEAR" / "an MP since YEAR" (the member's maiden-speech parliament,
    :func:`first_elected`) when ``Frame.outcome`` is ``first_elected``."""
    from psephos.analysis.members import first_elected
    from psephos.analysis.rank import ordinal
    from psephos.analysis.tenure import held_since
    from psephos.store.connect import connect

    f = ctx.frame
    if f.since_year is None:
        raise Unanswerable("the claim gives no year")
    seat = seat_of(f)
    if seat is None:
        from psephos.claims import round11_history  # round 11: the member found by name

        return round11_history.tenure_by_name(ctx, Unanswerable("the claim names no seat"))
    p = profile(ctx, seat)
    try:
        row = candidate_row(p, f.subject)
    except Unanswerable as exc:
        from psephos.claims import round11_history  # round 11: the member found by name

        return round11_history.tenure_by_name(ctx, exc)
    mid = row.get("member_id")
    if mid is None or (isinstance(mid, float) and math.isnan(mid)):
        raise Unanswerable(f"{row['name']} has no member id: never an MP in the records")
    cmd = seat_command(ctx, p)
    if f.outcome in ("first_elected", "mp_since"):
        first = first_elected(int(mid), db=ctx.db)
        if first is None:
            raise Unanswerable(f"no maiden speech recorded for {row['name']}")
        ok = first["year"] == f.since_year
        verdict: Verdict = "supported" if ok else "contradicted"
        if not ok and first["by_election"]:
            verdict = "uncertain"
        text = (
            f"{row['name']} made a maiden speech in the {ordinal(first['parliament'])} Parliament "
            f"(general election {first['election_date']:%Y}) as member for "
            f"{first['constituency']}, so was first elected in {first['year']}."
        )
        ev = Evidence(
            "maiden-speech parliament",
            first["year"],
            str(first["year"]),
            verdict,
            [first["source_id"]],
            "psephos.analysis.members.first_elected",
        )
        return Evaluation(verdict, text, [ev], "the year as stated", cmd)
    named = str((f.subject.candidate or {}).get("name") or "")
    same = not named or _surname(named) == _surname(str(row["name"]))
    if int(row["rank"]) != 1 and row.get("sitting_mp") and same:
        # "Dennis Skinner, an MP since 1970, was beaten": the member's tenure before this
        # election, read from the first election to the Commons. A year before that is
        # false; a later one may follow a break in service, so it is not called false.
        first = first_elected(int(mid), db=ctx.db)
        if first is None:
            raise Unanswerable(f"no maiden speech recorded for {row['name']}")
        run = None
        if first["year"] == f.since_year:
            verdict = "supported"
        elif f.since_year < first["year"] and not first["by_election"]:
            verdict = "contradicted"
        else:
            verdict = "uncertain"
            # round 11 (CAUGHT11): a later year is false when the member's unbroken run in
            # the seat up to the election before began earlier (no break in service)
            from psephos.claims.round11_caught11 import defeated_tenure

            run = defeated_tenure(connect(ctx.db), p.seat["ons_code"], int(mid), ctx.election)
            if run is not None and f.since_year > run.held_since:
                verdict = "contradicted"
        text = (
            f"{row['name']}, the sitting MP, lost {p.seat['name']}; first elected in "
            f"{first['year']} (maiden speech in the {ordinal(first['parliament'])} Parliament, "
            f"as member for {first['constituency']})."
        )
        if run is not None and verdict == "contradicted":
            text += f" Before this election the member had held the seat since {run.label}: {run.basis}."
        ev = Evidence(
            "first elected (the sitting MP, defeated)",
            first["year"],
            str(first["year"]),
            verdict,
            [first["source_id"]],
            "psephos.analysis.members.first_elected",
        )
        return Evaluation(verdict, text, [ev], "the year as stated", cmd)
    if int(row["rank"]) != 1:
        raise Unanswerable(f"{row['name']} did not win {p.seat['name']} at {ctx.election}")
    t = held_since(connect(ctx.db), p.seat["ons_code"], int(mid), election_id=ctx.election)
    if t.held_since is None:
        raise Unanswerable(t.basis)
    if t.open_ended:
        # "since 2010 or earlier": any year up to the bound may be right
        verdict = "contradicted" if f.since_year > t.held_since else "uncertain"
    else:
        verdict = "supported" if t.held_since == f.since_year else "contradicted"
    text = f"{row['name']} has held {p.seat['name']} since {t.label}: {t.basis}."
    ev = Evidence(
        "held since",
        t.held_since,
        t.label,
        verdict,
        t.source_ids,
        "psephos.analysis.tenure.held_since",
    )
    return Evaluation(verdict, text, [ev], "the year as stated", cmd)


# --------------------------------------------------------------------------- two parties


def _pair_figure(ctx: Ctx, parties: tuple[str, str], kind: str) -> tuple[float, str, str]:
    """Two parties' seats, votes or share added, from the one summary of the frame's scope
    and election (:func:`psephos.claims.evaluate_results.area_row`, the ``summary``
    command's rows); (sum, what in words, command). A share is added only when both rows
    are of the same area (the SNP's and Plaid's shares are of different nations' votes)."""
    from psephos.claims.evaluate_results import area_row

    total, parts, areas, cmd = 0.0, [], set(), ""
    for party in parties:
        prow, _, area, cmd = area_row(ctx, party)
        value = 0.0 if prow is None else float(prow[kind])
        total += value
        areas.add(area)
        parts.append(f"{party} {_fmt(value, kind)}")
    if kind == "share" and len(areas) > 1:
        raise Unanswerable(
            f"{' and '.join(parties)}'s shares are of different areas' votes "
            f"({', '.join(sorted(areas))}), so they do not add up"
        )
    return total, f"{' + '.join(parts)} = {_fmt(total, kind)} in {', '.join(sorted(areas))}", cmd


def _top_two(ctx: Ctx) -> tuple[str, str] | None:
    """The two parties with the most votes in the frame's scope at its election (for "the
    two main parties"), or None when that cannot be read."""
    from psephos.claims.evaluate_results import SEAT_LEVEL, area_row, cached_summary

    try:
        _, totals, area, _ = area_row(ctx, None)
        series = ctx.election not in SEAT_LEVEL
        from psephos.analysis.records import series_key

        by = "region" if ctx.frame.scope.level == "region" else "country"
        s = cached_summary(ctx, series_key(ctx.election) if series else ctx.election, by)
    except (Unanswerable, PsephosError):
        return None
    table = s.table[s.table["area"].str.lower() == str(area).lower()]
    table = table.drop_duplicates("party_code")
    top = [str(p) for p in table.sort_values("votes", ascending=False)["party_code"].head(2)]
    nat = {"Scotland": "SNP", "Wales": "PC"}.get(str(area))
    top = [nat if p == "Nat" and nat else p for p in top]
    if len(top) < 2 or {"Oth", "Nat", "Ind"} & set(top):
        return None
    return top[0], top[1]


def series_doubt(ctx: Ctx, *, oth: bool = True) -> int:
    """The seats of the frame's scope at a series election whose winner's group the
    series' figures leave in doubt (the Speaker's, won by ``Oth``, not placed or placed
    by a correction, multi-member; ``oth``: also those won by others): a seat count there
    may be off by as many members."""
    from psephos.analysis.records import series_key
    from psephos.analysis.series import history_seats

    h = history_seats(db=ctx.db)
    h = h[(h["election"].astype(str).str.upper() == series_key(ctx.election).upper())]
    h = h[h["level"] == "party"]
    scope = ctx.frame.scope
    if scope.level in ("country", "region") and scope.name:
        h = h[h[scope.level].astype(str).str.lower() == scope.name.lower()]
    elif scope.level == "gb":
        h = h[h["country"] != "Northern Ireland"]
    placed = h["placed"].astype(str)
    doubt = (
        h["speaker"].fillna(False).astype(bool)
        | ((h["winner"].astype(str) == "Oth") & oth)
        | h["winner"].isna()
        | ((placed != "contest") & (placed != "unopposed"))
        | (h["seats"].fillna(1) != 1)
    )
    return int(h.loc[doubt, "seats"].fillna(1).sum())  # members: a two-member seat is two


@evaluator("combined")
def combined(ctx: Ctx) -> Evaluation:
    """Two parties' seats, votes or share together ("Labour and the Conservatives won 587
    seats between them", "the two main parties took 57.4 per cent"): the sum of the two
    rows of the same summary. "The two main parties" are read as the Conservatives and
    Labour and as the two parties with the most votes in the scope; when the readings
    disagree the claim is ``uncertain``. At a 1918-2005 series election a miss within the
    series' slack (a point of share on the sum, a seat from 1950, two before) is
    ``uncertain``, as for one party's figure."""
    from psephos.claims.evaluate import as_stated_scale, judge
    from psephos.claims.evaluate_results import SEAT_LEVEL, election_sources

    f = ctx.frame
    other = f.other.party if f.other is not None else None
    if not f.subject.party or not other:
        raise Unanswerable("the claim does not name the two parties")
    kind = {"seats": "seats", "votes": "votes"}.get(f.unit or "", "share")
    pairs = [(f.subject.party, other)]
    if any(n.startswith("'the two main parties'") for n in f.notes):
        top = _top_two(ctx)
        if top is not None and set(top) != set(pairs[0]):
            pairs.append(top)
    readings = []
    for pair in pairs:
        value, what, cmd = _pair_figure(ctx, pair, kind)
        scaled = as_stated_scale(value, f.stated, f.unit) if kind == "share" and f.stated else value
        verdict: Verdict = judge(scaled, f)
        readings.append((verdict, value, what, cmd))
    verdicts = {r[0] for r in readings}
    verdict = readings[0][0] if len(verdicts) == 1 else "uncertain"
    text = "; ".join(r[2] for r in readings) + "."
    if len(readings) > 1:
        text += " 'The two main parties' read as Con and Lab and as the two with most votes."
    series = ctx.election not in SEAT_LEVEL
    if verdict == "contradicted" and series:
        slack = SERIES_SLACK["share"]
        if kind == "seats":
            slack = max(
                SERIES_SLACK["count"] * (2 if _key(ctx)[1] < 1950 else 1), series_doubt(ctx)
            )
        elif kind == "votes":
            slack = 0.01 * readings[0][1]
        lo = f.stated.low if f.stated is not None else None
        hi = f.stated.high if f.stated is not None else None
        value = readings[0][1]
        if kind == "share" and f.stated is not None:
            value = as_stated_scale(value, f.stated, f.unit)
            slack = as_stated_scale(slack, f.stated, f.unit)
        if lo is not None and hi is not None and max(lo - value, value - hi, 0.0) <= slack + 1e-9:
            verdict = "uncertain"
            text += (
                " The 1918-2019 party series can be that far from the official figures, so "
                "this near miss is not called false."
            )
    ev = Evidence(
        f"{ctx.election}: {' + '.join(pairs[0])}",
        readings[0][1],
        _fmt(readings[0][1], kind),
        verdict,
        election_sources(ctx),
        "psephos.analysis.summary.summary",
    )
    return Evaluation(verdict, text, [ev], f.stated.rule if f.stated else None, readings[0][3])
