"""The guard against false contradictions: a ``contradicted`` verdict stands only when no
reasonable doubt remains about what the claim means.

A wrong "false" is worse than no answer, so before a contradiction is reported:

1. **The election must be well founded.** When the story's election was chosen on weak
   evidence (extraction's score below :data:`WEAK_ELECTION`), or is only the default because
   nothing in the text dates the story, the verdict is uncertain.
2. **The number must plausibly be the same quantity.** A true value more than
   :data:`FACTOR` times the stated figure, or less than its reciprocal, almost always means
   the number belongs to another quantity (a by-election majority read as a general-election
   one, a UK share read for one seat); the verdict is uncertain - unless the figure is a
   count said of a seat the claim names and is no other number of that seat at any
   election (no candidate's votes, gap, majority, electorate or total): then every reading
   fails and the contradiction stands, however far off the figure is.
3. **Inferred slots get their other readings.** When extraction filled a slot by inference
   (``Frame.inferred``: a pronoun or the story's topic for the subject, the last seat named or
   the default UK scope) and the claim states a tight figure ("23 per cent", "eight seats"),
   the frame is evaluated again with the other values that slot could take (the parties that
   stood; the UK, Great Britain, each nation and region, the seat's own region and nation).
   If any reading makes the claim true, the verdict is uncertain and the explanation names
   that reading. Open claims ("more than 2,000") are not retried: some other party or area
   would always fit them; so an open figure whose seat and party were both taken from
   earlier text is not refuted at all. An inferred other side ("lost three seats to the
   Conservatives", "the party" read as the wrong one) is tried with each party.
4. **The slots must fit together.** A named candidate read in a seat they did not contest,
   or an area's figure that is exactly its top or bottom seat's ("X had the highest
   turnout in the region, 72.7 per cent"), is not called false.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from psephos.claims.evaluate import DB, Evaluation, as_stated_scale, evaluate_plain
from psephos.claims.frame import TIED_CHANGE_NOTE, TIED_WHERE_NOTE, TO_N_NOTE, Frame, Scope
from psephos.claims.round9_wrong11 import said_in_words
from psephos.claims.round10_caught import fold_in_words

WEAK_ELECTION = 5
FACTOR = 2.0
NUMERIC = {
    "votes",
    "share",
    "majority",
    "margin",
    "turnout",
    "electorate",
    "seats",
    "candidates",
    "census",
    "count_seats",
    "change",
    "net_change",
    "gains_from",
    "ratio",
    "swing",
    "gov_majority",
}
SHARES = {"share", "turnout", "census"}
#: extraction's words for a slot it inferred (used when Frame.inferred is empty)
_INFERRED_SUBJECT = re.compile(
    r"refers to|pronoun|the story is on|sentence is about|no subject found", re.I
)
_INFERRED_SCOPE = re.compile(
    r"last seat named|nearest seat|paragraph is about|seat named after the claim|"
    r"refers to the last|^no (?:area|seat)",
    re.I,
)
#: a seat taken from an earlier sentence (not one named earlier in the claim's own)
_EARLIER_SEAT = re.compile(
    r"^the sentence names no seat|refers to the last seat named|paragraph is about", re.I
)
_INFERRED_ELECTION = re.compile(r"^the story's election|^the election before the story's", re.I)
_SCORE = re.compile(r"score (\d+)")
GENERAL = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024", "notional2019")
COUNTRIES = ("England", "Scotland", "Wales", "Northern Ireland")
#: the region "the capital" names ("outside the capital": every seat but London's)
CAPITAL = "London"


def guard(con: Any, frame: Frame, out: Evaluation) -> Evaluation:
    """``out`` (a contradiction) unchanged when it survives the checks above, else the
    same evaluation made ``uncertain`` with the reason added."""
    why = None if _census_of_2024_seat(frame) else _weak_election(frame)
    if why is None:
        # a figure far from the true one is more often a number read for the wrong quantity
        # (a lead read as a candidate's votes, a region's count read for the UK) than a
        # reporter's error: real errors are near misses (a wrong digit, a wrong year)
        why = _implausible(con, frame, out)
    if why is None:
        why = _unplaced_party(frame)
    if why is None:
        why = _misplaced_candidate(frame)
    if why is None:
        why = _extreme_seat(con, frame)
    if why is None:
        why = _other_reading(con, frame)
    if why is None:
        why = _change_in_another_area(con, frame)
    if why is None:
        why = _nation_reading(con, frame)
    if why is None:
        why = _round6(con, frame)
    if why is None:  # round 8b (WRONG-B): printed figures, other by-elections, own election
        from psephos.claims.evaluate_round8b_b import readings

        why = readings(con, frame)
    if why is None:
        return out
    for e in out.evidence:
        e.verdict = "uncertain"
    out.verdict = "uncertain"
    out.explanation = f"{out.explanation} Not called false: {why}."
    return out


def inferred_slots(frame: Frame) -> set[str]:
    """The slots extraction inferred: ``Frame.inferred``, else read from its ``how`` notes."""
    if frame.inferred:
        return set(frame.inferred)
    out = set()
    if _INFERRED_SUBJECT.search(frame.subject.how or ""):
        out.add("subject")
    if _INFERRED_SCOPE.search(frame.scope.how or ""):
        out.add("scope")
    if _INFERRED_ELECTION.search(frame.election_how or ""):
        out.add("election")
    if frame.other is not None and _INFERRED_SUBJECT.search(frame.other.how or ""):
        out.add("other")
    return out


def _census_of_2024_seat(frame: Frame) -> bool:
    """Round 8: a census share of a seat on the 2024 boundaries does not depend on the
    election: Census 2021 is published for the 2024 seats only, and the evaluator has
    already tried the 2010-2019 seat the story may mean (``evaluate_scope._old_seat``). So
    a weakly dated story ("nothing in the story dates it") does not excuse a false census
    share; every other check still applies. Not census ranks: measured on the corpus, a
    weakly dated census note's rankings are the ones whose area is read wrong ("the
    youngest seat in the region" ranked in England and Wales), which the weak election
    keeps uncertain."""
    seat = frame.scope.seat or frame.subject.seat or {}
    return frame.measure == "census" and str(seat.get("boundary_set") or "") == "2024"


def _weak_election(frame: Frame) -> str | None:
    how = frame.election_how or ""
    m = _SCORE.search(how)
    story = re.match(r"the story's election \((\S+?):", how) or re.match(
        r"the story's election \(no evidence in the text: the default \((\S+?)\)", how
    )
    if story and story[1] != str(frame.election):
        # the claim was re-dated (a seat's by-election, a year in the paragraph): the
        # story's weak evidence is not the claim's
        return None
    if m and how.startswith("the story's election") and int(m[1]) < WEAK_ELECTION:
        return f"the story's election ({frame.election}) rests on little evidence in the text"
    if how.startswith("the story's election (no evidence in the text: the default"):
        # nothing in the story points at any election the store holds candidate by
        # candidate (it may be about 1983, or about no election at all): the default is
        # an assumption, not a resolved election, so it can support but never refute
        return (
            f"nothing in the story dates it, so {frame.election} is only the default; "
            "pass --election to check it against a given election"
        )
    return None


def _implausible(con: Any, frame: Frame, out: Evaluation) -> str | None:
    if frame.measure not in NUMERIC or frame.stated is None or not out.evidence:
        return None
    if said_in_words(frame):  # "halved", "more than doubled": no figure copied (round 9)
        return None
    if fold_in_words(frame):  # the same words read as a relative change (round 10)
        return None
    value = out.evidence[0].value
    if not isinstance(value, (int, float)) or math.isnan(float(value)):
        return None
    stated = abs(frame.stated.value)
    # a share of the seats ("more than half the seats", claims.round10_wrong12) is a share
    seat_share = frame.measure == "seats" and frame.unit == "percent"
    if (frame.measure in SHARES or seat_share) and float(value) <= 1:
        got = abs(as_stated_scale(float(value), frame.stated, frame.unit))
    elif frame.measure in ("change", "swing") and frame.unit not in ("seats", "votes"):
        got = abs(float(value)) * (100 if abs(float(value)) <= 1 else 1)
    else:
        got = abs(float(value))
    if stated == 0 or got == 0:
        return None
    ratio = got / stated
    if (
        (ratio > FACTOR or ratio < 1 / FACTOR)
        and not _no_other_quantity(con, frame)
        and not _tied_seat_total(frame)
        and not _tied_seat_change(frame)
    ):
        return (
            f"the true figure is {ratio:.1f} times the stated one, so the number most likely "
            "belongs to another quantity than the one read"
        )
    return None


def _tied_seat_total(frame: Frame) -> bool:
    """The end figure of "P went from X to Y seats" / "P's seat tally rose from X to Y",
    with the party and area taken from the sentence's own words: the construction says Y
    is P's seat total, so a Y far from the true total is wrong, not another quantity. The
    story's election may be inferred (a weak one is held back before this rule)."""
    return (
        frame.measure == "seats"
        and TO_N_NOTE in frame.notes
        and not inferred_slots(frame) - {"election"}
        and frame.subject.party is not None
    )


def _tied_seat_change(frame: Frame) -> bool:
    """The second part of "P won N seats, a net gain of K" / "..., K of them in AREA" (round
    10b, COUNTS): the construction says K is the change of P's seat total just stated (P's
    seats in the area), so a K far from the true figure is wrong, not another quantity, nor
    another party's figure; extraction adds the note only when the sentence names one party
    before the total, and the area comes from the sentence's own words."""
    return (
        (
            (frame.measure == "net_change" and TIED_CHANGE_NOTE in frame.notes)
            or (frame.measure == "seats" and TIED_WHERE_NOTE in frame.notes)
        )
        and frame.unit == "seats"
        and not inferred_slots(frame) - {"election"}
        and frame.subject.party is not None
    )


#: seat-level counts for which every other quantity of the seat can be listed
SEAT_COUNTS = {"majority", "margin", "votes"}
#: a seat the claim's own words name (not the last one named, nor a candidate's own seat)
_NAMED_SEAT = re.compile(r"^(?:named in the claim|the seat named in the sentence)$")


def _no_other_quantity(con: Any, frame: Frame) -> bool:
    """True when a far-off count said of a named seat is no other number of that seat
    either: no candidate's votes, no gap between two candidates, no majority, electorate,
    valid or rejected total, at any election or by-election the store holds for it. Then
    the figure cannot "belong to another quantity": it is simply wrong, however far off
    ("won by 28,000" of a 13,000 majority)."""
    if frame.measure not in SEAT_COUNTS or frame.scope.level != "seat" or not _tight(frame):
        return False
    if frame.stated is None or not re.search(r"\d", frame.stated.text):
        return False  # "half a million votes" read as "million": a word, not a count
    if not _NAMED_SEAT.match(frame.scope.how or "") or "scope" in inferred_slots(frame):
        return False  # the seat is a guess (the last one named, the candidate's own)
    election = str(frame.election)
    if election not in GENERAL and not election.startswith("by-"):
        # a 1918-2005 seat: the series' numbers of the seat (round 11, CAUGHT11)
        from psephos.claims.round11_caught11 import series_no_other_quantity

        return series_no_other_quantity(con, frame, _seat_numbers)
    seat = frame.scope.seat or {}
    codes = {seat.get("ons_code"), *(seat.get("codes") or {}).values()} - {None}
    numbers = _seat_numbers(con, sorted(str(c) for c in codes))
    if not numbers:
        return False
    lo, hi = frame.stated.low, frame.stated.high
    return not any(lo <= n <= hi for n in numbers)


def _seat_numbers(con: Any, codes: list[str]) -> list[float]:
    """Every count the store holds for the seats ``codes`` (one seat under its boundary
    sets' codes): per contest (general, notional and by-elections) the electorate, valid
    and rejected votes, the majority, each candidate's votes and the gap between any two."""
    from psephos.analysis._lookups import contests
    from psephos.analysis.candidates import seat_candidates
    from psephos.store.connect import connect, memo

    db = _db(con)
    c = connect(db)
    table = contests(c)

    def index() -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for eid, code in table:
            out.setdefault(str(code), []).append(str(eid))
        return out

    by_seat = memo(c, "claims.guard.contests_by_seat", index)
    numbers: list[float] = []
    for code in codes:
        for eid in by_seat.get(code, []):
            row = table[(eid, code)]
            for k in ("electorate", "valid_votes", "invalid_votes", "majority"):
                if row.get(k) is not None:
                    numbers.append(float(row[k]))
            votes = [float(r["votes"]) for r in seat_candidates(eid, code, db=db) if r["votes"]]
            numbers += votes
            numbers += [abs(a - b) for i, a in enumerate(votes) for b in votes[i + 1 :]]
    return numbers


def _unplaced_party(frame: Frame) -> str | None:
    """A party's placing or result in a seat the sentence does not name: a party finishes
    in many seats ("came second in five more"), so a seat taken from an earlier sentence is
    a guess; a named candidate stands in one seat and carries it. Likewise a change with no
    figure of its own ("saw his majority rise") in a seat taken from earlier text."""
    if frame.scope.level != "seat" or "scope" not in inferred_slots(frame):
        return None
    if frame.measure in ("placing", "outcome") and frame.subject.kind == "party":
        return "the party's seat was not named in the sentence, only inferred from earlier text"
    if frame.stated is None and frame.measure in ("change", "swing"):
        from psephos.claims.round11_wrong13 import named_in_sentence

        if not named_in_sentence(frame):  # round 11: "In X, Y's majority is cut to N"
            return "the seat was not named in the sentence, only inferred from earlier text"
    if (
        frame.stated is not None
        and not _tight(frame)
        and _EARLIER_SEAT.search(frame.scope.how)
        and "subject" in inferred_slots(frame)
        and frame.subject.kind != "candidate"  # "his majority": a person carries the seat
    ):
        # an open figure ("a majority of more than 20,000") with neither its seat nor its
        # party named in the sentence ("their", the story's party) may be about another
        # seat or a set of seats ("one seat in five had ..."); no other reading is tried
        # for an open figure, so it is not refuted on a guess
        return "neither the seat nor the party of the open figure is named in the sentence"
    return None


def _misplaced_candidate(frame: Frame) -> str | None:
    """A named candidate who did not stand in the frame's seat: the seat came from another
    name in the sentence ("Bath, held by A, was the only seat where ..., B's share rose in
    C"), so the figure read there is not the candidate's."""
    cand = frame.subject.candidate if frame.subject.kind == "candidate" else None
    seat = frame.scope.seat if frame.scope.level == "seat" else None
    if not cand or not seat or not cand.get("ons_code"):
        return None
    codes = {seat.get("ons_code"), *(seat.get("codes") or {}).values()} - {None}
    if not codes or cand["ons_code"] in codes:
        return None
    return f"{cand.get('name', 'the candidate')} did not stand in {seat.get('name', 'the seat')}"


def _extreme_seat(con: Any, frame: Frame) -> str | None:
    """An area's turnout or party share whose tight figure is exactly the highest or lowest
    seat's in that area: the sentence ranks a seat and gives its figure ("X had the highest
    turnout in the region, 72.7 per cent"), which extraction read as the area's."""
    if frame.measure not in ("turnout", "share") or not _tight(frame) or frame.stated is None:
        return None
    if frame.scope.level not in ("region", "country", "uk", "gb"):
        return None
    metric = "turnout" if frame.measure == "turnout" else None
    if frame.measure == "share" and frame.subject.kind == "party" and frame.subject.party:
        metric = f"share:{frame.subject.party}"
    if metric is None or str(frame.election) not in GENERAL:
        return None
    from psephos.analysis.metrics import apply_filters, metric_values

    where = {
        "region": [f"region={frame.scope.name}"],
        "country": [f"country={frame.scope.name}"],
        "gb": ["country=GB"],
    }.get(frame.scope.level, [])
    try:
        seats, _ = apply_filters(where, election=str(frame.election), db=_db(con))
        values = metric_values(metric, election=str(frame.election), db=_db(con))
    except Exception:  # noqa: BLE001 - no such area or party: no such reading
        return None
    values = values.reindex(seats["ons_code"]).dropna()
    if values.empty:
        return None
    for word, v in (("highest", values.max()), ("lowest", values.min())):
        if frame.stated.contains(as_stated_scale(float(v), frame.stated, frame.unit)):
            return (
                f"the figure is the {word} seat's {frame.measure} in "
                f"{frame.scope.name or frame.scope.level.upper()}, most likely said of that seat"
            )
    return None


def _other_reading(con: Any, frame: Frame) -> str | None:
    slots = inferred_slots(frame)
    if frame.scope.level in ("uk", "gb"):
        # a claim read as national is often about an area named paragraphs earlier: try the
        # other areas before calling it false (an area the sentence names is kept)
        slots.add("scope")
    for label, alt in _alternatives(con, frame, slots):
        try:
            got = evaluate_plain(con, alt)
        except Exception:  # noqa: BLE001 - an alternative that cannot run is no reading
            continue
        if got.verdict == "supported":
            return f"it is true read as {label}, and that part of the claim was inferred"
    return None


#: comparators of a change or ratio bounded on both sides ("by almost two points", "nearly
#: doubled", "fell by nine points"); "more than", "at least" ... are open
_BOUNDED_MOVES = ("eq", "about", "nearly", "up", "down", "times")


def _change_in_another_area(con: Any, frame: Frame) -> str | None:
    """A change or ratio read for the UK only because its sentence names no area ("The
    party's share slipped by almost two points", "The Liberal Democrats nearly doubled their
    share" in a story on one nation or region) is not called false when it is true of a
    nation or region: the story's area may be meant (round 6b). Only a figure bounded on
    both sides is retried: an open one ("up more than four points") would fit some area by
    chance."""
    if frame.measure not in ("change", "ratio") or not _default_scope(frame):
        return None
    s = frame.stated
    if s is None or frame.comparator not in _BOUNDED_MOVES:
        return None
    if not (math.isfinite(s.low) and math.isfinite(s.high)):
        return None
    for label, scope in _scopes(con, frame):
        if scope.level not in ("country", "region"):
            continue
        try:
            got = evaluate_plain(con, replace(frame, scope=scope))
        except Exception:  # noqa: BLE001 - an area that cannot be read is no reading
            continue
        if got.verdict == "supported":
            return (
                f"it is true read as {label}, and the sentence names no area (the UK was assumed)"
            )
    return None


#: "the closest contest in the country": the UK, or the nation a story is written from
_THE_COUNTRY = re.compile(r"^'?(?:in\s+)?the\s+country\b", re.I)


def _nation_reading(con: Any, frame: Frame) -> str | None:
    """Round 6b (WRONG-B), two readings of the area the guard did not try:

    - "The closest contest in the country was Edinburgh West" in a Scottish story: "the
      country" may be the nation the story is written from; a superlative or rank that
      holds in Scotland, Wales or Northern Ireland is not called false (it stays false
      where it holds in none of them);
    - "Turnout was 58.5 per cent" read for the UK because the sentence names no area: in a
      nation or region where it is true counting the rejected ballots (``depends`` there),
      it is not called false either (a plain wrong figure still is)."""
    if (
        frame.measure in ("superlative", "rank")
        and frame.scope.level == "uk"
        and _THE_COUNTRY.match(frame.scope.how or "")
    ):
        for _, scope in _scopes(con, frame):
            if scope.level != "country" or scope.name == "England":
                # "the country" in England's press is the UK (a wire's "narrowest result
                # in the country" stays false when it is only England's narrowest)
                continue
            try:
                got = evaluate_plain(con, replace(frame, scope=scope))
            except Exception:  # noqa: BLE001 - a reading that cannot run is no reading
                continue
            if got.verdict == "supported":
                return f"'the country' may mean {scope.name}, where it is true"
    if frame.measure == "turnout" and _default_scope(frame) and _tight(frame):
        for label, scope in _scopes(con, frame):
            if scope.level not in ("country", "region"):
                continue
            try:
                got = evaluate_plain(con, replace(frame, scope=scope))
            except Exception:  # noqa: BLE001 - a reading that cannot run is no reading
                continue
            if got.verdict == "depends":
                return (
                    f"the sentence names no area, and read {label} it is true counting the "
                    "rejected ballots"
                )
    return None


def _alternatives(con: Any, frame: Frame, slots: set[str]) -> list[tuple[str, Frame]]:
    out: list[tuple[str, Frame]] = []
    if frame.measure in ("superlative", "rank") and _default_scope(frame) and not frame.condition:
        # "Outside the capital, X has the highest share", "In Wales, X was the narrowest":
        # a position among every seat (no party condition: "the narrowest Labour gain of
        # the night" is the whole field) when the sentence may have set the field in words
        # extraction did not read. Each nation, in and outside, and the seats outside the
        # capital are tried; not each region (a seat tops its own region, or comes first
        # once the region of the one ahead of it is left out, too often for that to count)
        for label, scope in _scopes(con, frame):
            if scope.level == "country" or (scope.level == "region" and scope.name == CAPITAL):
                if scope.level == "country":
                    out.append((label, replace(frame, scope=scope)))
                outside = Scope("seats", where=[f"{scope.level}!={scope.name}"])
                out.append((f"outside {scope.name}", replace(frame, scope=outside)))
        return out
    if not _tight(frame):
        # an open claim ("more than 2,000") is true of many other parties, areas and
        # elections: trying them would excuse every false one; but a party's figure read
        # for a seat that the sentence did not name may be the national one ("the Lib Dems
        # won 11 seats on 11.5 per cent, up more than four points, but Jo Swinson lost
        # East Dunbartonshire"): the broader areas holding that seat are tried
        if "scope" in slots and frame.scope.level == "seat" and frame.subject.kind == "party":
            out += [(label, replace(frame, scope=sc)) for label, sc in _broader(con, frame)]
        return out
    others: list[tuple[str, Frame]] = []
    if frame.measure in ("votes", "share", "seats") and _tied_seat_change(frame):
        pass  # the party is the one the seat total before it is said of (round 10b)
    elif frame.measure in ("votes", "share", "seats") and (
        frame.subject.kind == "party" or (frame.subject.kind == "candidate" and frame.scope.seat)
    ):
        # a tight figure that is exactly another party's (another candidate's, in a seat)
        # was most likely attached to the wrong name in a sentence naming several ("A beat
        # B, taking 37.2 per cent"; "out-polled Labour, 24.7 per cent to 24.5")
        parties = _seat_parties(con, frame) if frame.scope.level == "seat" else _parties(con, frame)
        own = frame.subject.party or (frame.subject.candidate or {}).get("party")
        for code in parties:
            if code != own:
                subject = replace(frame.subject, kind="party", party=code, candidate=None)
                others.append((f"about {code}", replace(frame, subject=subject)))
    elif "subject" in slots and frame.subject.kind == "party":
        for code in _parties(con, frame):
            if code != frame.subject.party:
                others.append(
                    (f"about {code}", replace(frame, subject=replace(frame.subject, party=code)))
                )
    out += others
    if "other" in slots and frame.other is not None and frame.other.kind == "party":
        # "the party lost three seats to the Conservatives", with "the party" resolved to
        # the wrong one: the other side of a gain or margin read with each party
        for code in _parties(con, frame):
            if code not in (frame.other.party, frame.subject.party):
                alt = replace(frame, other=replace(frame.other, party=code))
                out.append((f"against {code}", alt))
    scopes = _scopes(con, frame) if "scope" in slots else []
    out += [(label, replace(frame, scope=scope)) for label, scope in scopes]
    precise = frame.stated is not None and frame.stated.high - frame.stated.low <= 0.1 + 1e-9
    if (
        frame.scope.level in ("uk", "gb")
        and frame.subject.kind == "party"
        and frame.measure in ("votes", "share")
        and precise
    ):
        # a party's figure for one nation, read for the UK with the wrong party named (only
        # for a figure given to a decimal or to the vote: a round one fits some party in
        # some nation by chance)
        for label, alt in others[:12]:
            for c in COUNTRIES:
                out.append((f"{label} for {c}", replace(alt, scope=Scope("country", name=c))))
    if _mixed_story(frame) and str(frame.election) in GENERAL:
        # the claim names no election of its own in a story about several: an exact figure
        # of another general election is most likely about that one ("to 16.8 per cent, on
        # 134,115 votes"); in a story clearly about one election, a figure from another is
        # the error to catch ("won by 13,617", the majority of the election before)
        for e in GENERAL:
            if e != str(frame.election) and e != "notional2019":
                out.append((f"at {e}", replace(frame, election=e)))
    return out[:160]


def _default_scope(frame: Frame) -> bool:
    """The UK scope extraction used because the sentence named no area."""
    how = (frame.scope.how or "").strip()
    return frame.scope.level == "uk" and (
        not how or bool(re.match(r"no (?:seat or )?area", how, re.I))
    )


def _tight(frame: Frame) -> bool:
    """A stated figure with a narrow interval ("23 per cent", "eight seats"), which another
    reading matches only when it is the reading meant."""
    s = frame.stated
    if s is None or frame.comparator not in ("eq", "about"):
        return False
    width = s.high - s.low
    return math.isfinite(width) and width <= max(1.0, abs(s.value) * 0.1)


def _db(con: Any) -> DB:
    from psephos.claims.evaluate import store_path

    return store_path(con)


def _parties(con: Any, frame: Frame) -> list[str]:
    """The parties with the most votes at the frame's election (UK)."""
    from psephos.analysis.summary import summary
    from psephos.store.connect import connect, memo

    election = str(frame.election)
    db = _db(con)
    if election not in GENERAL:
        return []

    def read() -> list[str]:
        t = summary(election=election, by="none", db=db).table
        t = t[(t["area"] == "UK") & (t["party_code"] != "Ind")]
        return list(t.sort_values("votes", ascending=False)["party_code"].head(12))

    return memo(connect(db), f"claims.guard.parties:{election}", read)


def _mixed_story(frame: Frame) -> bool:
    """The claim took the story's election, and the story's evidence for it was less than
    three times that for the next election (a story about several elections)."""
    m = re.match(
        r"the story's election \(\S+?: score (\d+(?:\.\d+)?) against (\d+(?:\.\d+)?)",
        frame.election_how or "",
    )
    if m is None:
        return False
    return float(m[1]) < 3 * float(m[2])


def _seat_parties(con: Any, frame: Frame) -> list[str]:
    """The parties that stood in the frame's seat at its election."""
    from psephos.analysis.frame import party_votes
    from psephos.store.connect import connect, memo

    election, seat = str(frame.election), frame.scope.seat or {}
    if election not in GENERAL or not seat.get("ons_code"):
        return []
    db = _db(con)

    def read() -> dict[Any, list[str]]:
        # every seat's parties, in the rows' order, read once per store and election
        rows = party_votes(election, db=db)
        out: dict[Any, list[str]] = {}
        for code, party in zip(rows["ons_code"], rows["party_code"], strict=True):
            out.setdefault(code, [])
            if str(party) != "Ind":
                out[code].append(str(party))
        return out

    try:
        by_seat = memo(connect(db), f"claims.guard.seat_parties:{election}", read)
    except Exception:  # noqa: BLE001 - no such election: no other reading
        return []
    return list(by_seat.get(seat["ons_code"], []))


def _broader(con: Any, frame: Frame) -> list[tuple[str, Scope]]:
    """The areas that hold the frame's seat: its region, its nation, GB and the UK."""
    out = [(label, sc) for label, sc in _scopes(con, frame)[:2]]
    return [*out, ("for Great Britain", Scope("gb")), ("for the UK", Scope("uk"))]


def _scopes(con: Any, frame: Frame) -> list[tuple[str, Scope]]:
    election = str(frame.election)
    out: list[tuple[str, Scope]] = []
    seat = frame.scope.seat
    areas = _seat_areas(con, election) if election in GENERAL else None
    if seat and areas is not None:
        hit = areas[0].get(seat.get("ons_code"))
        if hit is not None:
            out.append((f"for {hit[0]}", Scope("region", name=hit[0])))
            out.append((f"for {hit[1]}", Scope("country", name=hit[1])))
    if frame.scope.level != "uk":
        out.append(("for the UK", Scope("uk")))
    out.append(("for Great Britain", Scope("gb")))
    for c in COUNTRIES:
        out.append((f"for {c}", Scope("country", name=c)))
    if areas is not None:
        out += [(f"for {r}", Scope("region", name=r)) for r in areas[1]]
    return [
        (label, s)
        for label, s in out
        if not (s.level == frame.scope.level and s.name == frame.scope.name)
    ]


def _seat_areas(con: Any, election: str) -> tuple[dict[Any, tuple[Any, Any]], list[Any]]:
    """Per store and general election, read once: each seat's (region, country) by code
    (the first row of a code, as the boolean filter took) and the sorted regions that are
    not countries (the readings :func:`_scopes` offers)."""
    from psephos.analysis.frame import seat_frame
    from psephos.store.connect import connect, memo

    db = _db(con)

    def read() -> tuple[dict[Any, tuple[Any, Any]], list[Any]]:
        rows = seat_frame(election, db=db)
        by_code: dict[Any, tuple[Any, Any]] = {}
        for code, region, country in zip(
            rows["ons_code"], rows["region"], rows["country"], strict=True
        ):
            by_code.setdefault(code, (region, country))
        regions = sorted(set(rows["region"].dropna()) - set(COUNTRIES))
        return by_code, regions

    return memo(connect(db), f"claims.guard.seat_areas:{election}", read)


# --- round 6 (EVALUATE): readings the seventh held-out batch showed --------------------------


def _round6(con: Any, frame: Frame) -> str | None:
    return _loser_majority(con, frame)


def _loser_majority(con: Any, frame: Frame) -> str | None:
    """ "Gordon Marsden had a majority of 2,523 there two years ago": a majority said to be a
    named candidate's who stood but did not win the seat at the frame's election is not that
    election's majority (the sentence's time words date it elsewhere, or the figure is
    another quantity); "X lost SEAT by N" (outcome lost) is the majority over X and stays
    checked. Measured and dropped with it: a superlative whose seat is the one named before
    it, and a ranking among one party's gains tried among the gains from each party (both
    excused true catches on the corpus and the seventh batch)."""
    cand = frame.subject.candidate if frame.subject.kind == "candidate" else None
    if frame.measure != "majority" or not cand or frame.outcome == "lost":
        return None
    if cand.get("election") != str(frame.election) or not cand.get("ons_code"):
        return None
    seat = frame.scope.seat or {}
    if cand["ons_code"] != seat.get("ons_code"):
        return None
    from psephos.analysis.candidates import seat_candidates

    rows = seat_candidates(str(frame.election), str(cand["ons_code"]), db=_db(con))
    mine = [r for r in rows if cand.get("member_id") and r.get("member_id") == cand["member_id"]]
    if len(mine) != 1 or int(mine[0]["rank"]) == 1:
        return None
    return (
        f"the majority is said to be {cand.get('name')}'s, who did not win "
        f"{seat.get('name', 'the seat')} at {frame.election}: it is most likely another "
        "election's"
    )
