"""A seat's history claims, round 11 (HISTORY11): last won, lost in, and doubtful lineage.

Three things :func:`psephos.claims.evaluate_history.first_since` hands to this module:

* **"a seat it last won in YEAR"** (comparator :data:`~psephos.claims.extract.round11_history.LAST_WON`):
  the party's last general-election win in the seat before the frame's election was at
  YEAR. Supported when it won at YEAR and at no general election after it; contradicted when
  it won later (the later win is named) or did not win at YEAR (its real last win is named);
  uncertain when a winner after YEAR is unknown (two-member seat, renamed seat).
* **"the seat it lost in YEAR"** (:data:`~psephos.claims.extract.round11_history.LOST_IN`):
  the party won the seat at the general election before YEAR and not at YEAR (and, with "lost
  to Q", Q won it at YEAR). Contradicted when the party won at YEAR; uncertain when YEAR has no
  general election (a by-election loss is not in the lineage) or the party had not won the
  election before (it may have taken the seat at a by-election in between).
* **Doubtful lineage**: a 2024 seat's history is read through its predecessor, the 2010 seat
  contributing most of its people. When that predecessor gave under half of them, or another
  2010 seat bore the same name, the claim is evaluated again through each other 2010 seat
  giving a quarter or more of the people (and the same-named one); if the readings disagree,
  the verdict is ``uncertain`` and says why ("Leeds North West has been Labour since 2017" is
  true of the old Leeds North West, false of Pudsey, the new seat's largest part).
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

from psephos.claims.evaluate import Ctx, Evaluation, Unanswerable, quote
from psephos.claims.extract.round11_history import CHANGED_HANDS, CREATED, LAST_WON, LOST_IN
from psephos.claims.model import Verdict

#: (names, codes, note) that :func:`psephos.claims.evaluate_history._seat_names` returns
#: instead of its own while a claim is re-read through another predecessor
LINEAGE: contextvars.ContextVar[tuple[list[str], list[str], str] | None] = contextvars.ContextVar(
    "round11_lineage", default=None
)
#: a 2010 seat giving at least this share of a 2024 seat's people is a possible predecessor
ALT_SHARE = 0.25
#: a predecessor giving less than this share of the new seat's people is not certain
SURE_SHARE = 0.5


@contextlib.contextmanager
def _through(names: list[str], codes: list[str], note: str) -> Iterator[None]:
    token = LINEAGE.set((names, codes, note))
    try:
        yield
    finally:
        LINEAGE.reset(token)


def alternatives(ctx: Ctx, seat: dict[str, Any]) -> list[tuple[list[str], list[str], str]]:
    """Other readings of a 2024 seat's lineage when its predecessor is not certain: one
    (names, codes, note) per other 2010 seat that gave it :data:`ALT_SHARE` or more of its
    people, or bears its name. Empty for a 2010 seat or a sure predecessor."""
    from psephos.analysis import _lookups as lookups
    from psephos.analysis.records import name_key
    from psephos.store.connect import connect

    con = connect(ctx.db)
    code = seat.get("ons_code")
    if not code:
        return []
    row = lookups.seats(con).get((code, "2024"))
    if row is None:
        return []
    parts = lookups.overlaps_by_new(con).get(code) or []
    if not parts:
        return []
    name = str(row["name"])
    top = parts[0]
    same = [
        (c, r)
        for (c, bs), r in lookups.seats(con).items()
        if bs == "2010" and name_key(str(r["name"])) == name_key(name)
    ]
    unsure = float(top["pop_share_of_new"]) < SURE_SHARE or any(
        c != top["ons_code"] for c, _ in same
    )
    if not unsure:
        return []
    out: list[tuple[list[str], list[str], str]] = []
    seen = {str(top["ons_code"])}
    cands = [(str(p["ons_code"]), str(p["name"]), float(p["pop_share_of_new"])) for p in parts[1:]]
    cands = [c for c in cands if c[2] >= ALT_SHARE]
    for c, r in same:
        share = next((float(p["pop_share_of_new"]) for p in parts if p["ons_code"] == c), 0.0)
        cands.append((str(c), str(r["name"]), share))
    for old_code, old_name, share in cands:
        if old_code in seen:
            continue
        seen.add(old_code)
        names = [name] if old_name == name else [name, old_name]
        note = f"the seat as named {name}, with {old_name} (2010-2019; {share:.0%} of its population) before 2024"
        out.append((names, [code, old_code], note))
    return out


def checked(
    ctx: Ctx, seat: dict[str, Any], seat_history: Callable[[Ctx, dict[str, Any]], Evaluation]
) -> Evaluation:
    """The seat claim's evaluation (``seat_history`` for the comparators it knows, this
    module's for "last won"/"lost in"), made ``uncertain`` when another reading of a 2024
    seat's lineage gives another verdict."""
    if CREATED in ctx.frame.notes:
        ctx = _from_creation(ctx, seat)
    cmp = ctx.frame.comparator
    fn: Callable[[Ctx, dict[str, Any]], Evaluation] = {
        LAST_WON: _last_won,
        LOST_IN: _lost_in,
        CHANGED_HANDS: _changed_hands,
    }.get(str(cmp), seat_history)
    main = fn(ctx, seat)
    if main.verdict not in ("supported", "contradicted") or LINEAGE.get() is not None:
        return main
    for names, codes, note in alternatives(ctx, seat):
        with _through(names, codes, note):
            try:
                alt = fn(ctx, seat)
            except Unanswerable:
                continue
        if alt.verdict in ("supported", "contradicted") and alt.verdict != main.verdict:
            return Evaluation(
                "uncertain",
                f"The seat's lineage is not certain: through its largest predecessor, "
                f"{main.explanation} Through {note}: {alt.explanation} The two readings "
                f"disagree.",
                [*main.evidence, *alt.evidence],
                main.tolerance,
                main.command,
            )
    return main


def _from_creation(ctx: Ctx, seat: dict[str, Any]) -> Ctx:
    """The claim dated from the seat's first election under its names: "since its creation"
    reads the year the lineage starts; "since it was created in 1974" must agree with it. A
    lineage that starts in 1918 may be older than the series: read only when the claim
    itself dates the creation to 1918."""
    from psephos.analysis.records import seat_lineage
    from psephos.claims import evaluate_history as eh

    names, codes, note = eh._seat_names(ctx, seat)
    lineage = seat_lineage(names, codes=codes, db=ctx.db)
    if lineage.empty:
        raise Unanswerable(f"no record of {note} in the series")
    first = min(int(y) for y in lineage["year"])
    said = ctx.frame.since_year
    if said is None and first <= 1918:
        raise Unanswerable(f"{note} is in the series from 1918, its first year: it may be older")
    if said is not None and said != first:
        raise Unanswerable(f"{note} is first in the series in {first}, not {said}")
    return dataclasses.replace(ctx, frame=dataclasses.replace(ctx.frame, since_year=first))


def _lineage(ctx: Ctx, seat: dict[str, Any]) -> tuple[Any, ...]:
    """(party, group, names, winner(e), earlier GEs, order, base text, sources, command)."""
    from psephos.analysis.records import seat_lineage
    from psephos.claims import evaluate_history as eh

    f = ctx.frame
    party = f.subject.party or (f.subject.candidate or {}).get("party")
    if not party:
        raise Unanswerable("the claim names no party")
    try:
        group = eh._party_group(party)
        by_code = False
    except Unanswerable:
        # a party the series counts among others (the DUP, the Greens): its wins are known
        # by party code from 2010 only
        group, by_code = party, True
    names, codes, note = eh._seat_names(ctx, seat)
    lineage = straight_fights(seat_lineage(names, codes=codes, db=ctx.db), group, ctx.db)
    by_election = {str(e): part for e, part in lineage.groupby("election", sort=False)}
    order = [e for e in eh._order(ctx) if e in by_election]
    earlier, _ = eh._before(ctx, eh._order(ctx))

    @functools.cache
    def winner(e: str) -> str | None:
        part = by_election.get(e)
        if part is None or part["winner"].isna().all() or (part["seats"] > 1).any():
            return None
        if by_code and int(e[:4]) < 2010:
            return None
        ws = set(part["party" if by_code else "winner"].dropna())
        return str(next(iter(ws))) if len(ws) == 1 else None

    path = ", ".join(f"{e} {winner(e) or '?'}" for e in earlier if e in by_election)
    base = f"{party} ({group} in the series) in {note}: winners {path}."
    sources = sorted({str(s) for s in lineage["source_id"].dropna()})
    cmd = f"psephos seat {quote(names[0])}"
    return party, group, winner, earlier, order, base, sources, cmd, set(by_election), codes


def _changed_hands(ctx: Ctx, seat: dict[str, Any]) -> Evaluation:
    """A new winner at every general election from the year to the story's: contradicted
    when one after the year kept its winner; uncertain when only the year's own election or
    the story's did (whether they are counted is the wording's), or a winner is unknown."""
    from psephos.analysis.records import seat_lineage
    from psephos.claims import evaluate_history as eh

    year = ctx.frame.since_year
    if year is None:
        raise Unanswerable("the claim gives no year")
    names, codes, note = eh._seat_names(ctx, seat)
    lineage = seat_lineage(names, codes=codes, db=ctx.db)
    by = {str(e): part for e, part in lineage.groupby("election", sort=False)}

    def winner(e: str) -> str | None:
        part = by.get(e)
        if part is None or part["winner"].isna().all() or (part["seats"] > 1).any():
            return None
        # the party from 2010 (LD and the Conservatives apart), the series group before
        ws = set(part["party"].dropna()) if int(e[:4]) >= 2010 else set(part["winner"].dropna())
        return next(iter(ws)) if len(ws) == 1 else None

    order = eh._order(ctx)
    earlier, is_general = eh._before(ctx, order)
    span = [*earlier, *([eh._key(ctx)[0]] if is_general else [])]
    pairs = [(a, b) for a, b in zip(span, span[1:], strict=False) if eh._year(b) >= year]
    if not pairs or eh._year(pairs[0][1]) != year:
        raise Unanswerable(f"no general election in {year} in the seat's record")
    path = ", ".join(f"{b} {winner(b) or '?'}" for _, b in pairs)
    base = f"The winners of {note} from {year}: {path}."
    sources = sorted({str(s) for s in lineage["source_id"].dropna()})
    cmd = f"psephos seat {quote(names[0])}"
    kept = [b for a, b in pairs if winner(a) is not None and winner(a) == winner(b)]
    inner = [b for b in kept if b not in (pairs[0][1], pairs[-1][1])]
    if inner:
        return eh._hist_eval(
            "contradicted", base + f" It did not change hands at {inner[0]}.", sources, cmd
        )
    if any(winner(a) is None or winner(b) is None for a, b in pairs) or kept:
        raise Unanswerable(base + " Whether it changed hands at every one is not shown.")
    return eh._hist_eval("supported", base + " It changed hands at each.", sources, cmd)


def _last_won(ctx: Ctx, seat: dict[str, Any]) -> Evaluation:
    from psephos.claims import evaluate_history as eh

    year = ctx.frame.since_year
    if year is None:
        raise Unanswerable("the claim gives no year")
    party, group, winner, earlier, _, base, sources, cmd, known, _ = _lineage(ctx, seat)
    at = [e for e in earlier if eh._year(e) == year]
    if not at:
        raise Unanswerable(f"no general election in {year} before the story's election")
    later = [e for e in earlier if eh._year(e) > year]
    won_later = [e for e in later if winner(e) == group]
    if won_later:
        return eh._hist_eval(
            "contradicted",
            base + f" {party} won it again at {won_later[-1]}, after {year}.",
            sources,
            cmd,
        )
    gaps = [e for e in later if e not in known or winner(e) is None]
    if gaps:
        raise Unanswerable(base + f" No single winner is known at {', '.join(gaps[:4])}.")
    if any(winner(e) == group for e in at):
        return eh._hist_eval(
            "supported",
            base + f" {party} won it at {year} and at no general election since.",
            sources,
            cmd,
        )
    if any(e not in known or winner(e) is None for e in at):
        raise Unanswerable(base + f" No single winner is known at {year}.")
    won = [e for e in earlier if winner(e) == group]
    last = f"its last win was at {won[-1]}" if won else "it never won the seat under these names"
    return eh._hist_eval(
        "contradicted", base + f" {party} did not win it at {year}: {last}.", sources, cmd
    )


def _notional_2005(ctx: Ctx, codes: list[str]) -> str | None:
    """The notional 2005 winner of the seat's 2010 boundaries (its 2010-set code among
    ``codes``): a seat "lost in 2010" may have been won in 2005 only on its new lines."""
    from psephos.store.connect import connect

    rows = (
        connect(ctx.db)
        .execute(
            "SELECT DISTINCT winner_party FROM contests WHERE election_id = 'notional2005' "
            "AND ons_code IN (SELECT UNNEST(?::VARCHAR[]))",
            [list(codes)],
        )
        .fetchall()
    )
    return str(rows[0][0]) if len(rows) == 1 and rows[0][0] else None


def _lost_in(ctx: Ctx, seat: dict[str, Any]) -> Evaluation:
    from psephos.analysis.records import series_group
    from psephos.claims import evaluate_history as eh

    f = ctx.frame
    year = f.since_year
    if year is None:
        raise Unanswerable("the claim gives no year")
    party, group, winner, earlier, order, base, sources, cmd, known, codes = _lineage(ctx, seat)
    other = next((n.removeprefix("lost to ") for n in f.notes if n.startswith("lost to ")), None)
    to = None
    if other:
        with contextlib.suppress(Exception):
            to = series_group(other)[0]
    at = [e for e in earlier if eh._year(e) == year]
    if not at:
        raise Unanswerable(
            f"no general election in {year} before the story's election (a by-election loss "
            "is not in the seat's lineage)"
        )
    verdicts = []
    for e in at:
        w = winner(e)
        i = order.index(e) if e in order else -1
        prev = order[i - 1] if i > 0 else None
        if w is None:
            verdicts.append(("uncertain", f"no single winner is known at {e}"))
        elif w == group:
            verdicts.append(("contradicted", f"{party} won it at {e}"))
        elif to is not None and w != to:
            verdicts.append(("contradicted", f"{w}, not {other}, won it at {e}"))
        elif e == "2010" and _notional_2005(ctx, codes) == party:
            verdicts.append(
                ("supported", f"{party} won it on the notional 2005 result and {w} took it at {e}")
            )
        elif prev is None or winner(prev) is None:
            verdicts.append(("uncertain", f"the winner before {e} is not known"))
        elif winner(prev) != group:
            verdicts.append(
                (
                    "uncertain",
                    f"{winner(prev)} won it at {prev}: {party} may have taken it at a by-election",
                )
            )
        else:
            verdicts.append(("supported", f"{party} won it at {prev} and {w} took it at {e}"))
    if any(v == "supported" for v, _ in verdicts):
        v, why = next(x for x in verdicts if x[0] == "supported")
        return eh._hist_eval("supported", base + f" {why}.", sources, cmd)
    if all(v == "contradicted" for v, _ in verdicts):
        return eh._hist_eval(
            "contradicted", base + " " + "; ".join(w for _, w in verdicts) + ".", sources, cmd
        )
    raise Unanswerable(base + " " + "; ".join(w for _, w in verdicts) + ".")


# --------------------------------------------------------------------------- tenure by name


def member_by_name(ctx: Ctx, name: str) -> int | None:
    """The one member id a person's name has in the candidate records 2010-2024 (the name
    as the story spells it, as listed), else in the maiden speeches; None when none or
    several."""
    from psephos.analysis.names import fold
    from psephos.store.connect import connect

    key = fold(name)
    if len(key.split()) < 2:
        return None  # a surname alone is not enough to pick a member out of the records
    con = connect(ctx.db)
    ids = {
        int(r[0])
        for r in con.execute(
            "SELECT DISTINCT member_id, given_name, family_name FROM candidacies "
            "WHERE member_id IS NOT NULL"
        ).fetchall()
        if fold(f"{r[1]} {r[2]}") == key
    }
    if not ids:
        ids = {
            int(r[0])
            for r in con.execute(
                "SELECT DISTINCT member_id, member_name FROM maiden_speeches WHERE member_id IS NOT NULL"
            ).fetchall()
            if fold(str(r[1])) == key
        }
    return next(iter(ids)) if len(ids) == 1 else None


def tenure_by_name(ctx: Ctx, why: Unanswerable) -> Evaluation:
    """A member's tenure when they are not a candidate in the claim's seat at its election
    ("Justine Greening, who had held the seat since 2005, stood down"; "Chris Leslie, first
    elected in 1997, mustered only 1,447 votes" with the seat read wrong): the member is
    found by full name (one member id, or ``why`` is raised again), and

    * "first elected in YEAR" / "an MP since YEAR": the maiden-speech parliament's election
      is YEAR (a later maiden speech, a by-election entry, is ``uncertain``);
    * "held the seat since YEAR": first elected at YEAR *for this seat* (its name) and the
      winner there at every general election of the candidate records from 2010 up to the
      claim's election; a YEAR before the member was first elected is false; anything else
      (a break in service is possible) is ``uncertain``.
    """
    from psephos.analysis.members import first_elected
    from psephos.analysis.names import fold
    from psephos.analysis.rank import ordinal
    from psephos.claims.model import Evidence
    from psephos.store.connect import connect

    f = ctx.frame
    name = str((f.subject.candidate or {}).get("name") or f.subject.text or "")
    if f.subject.kind != "candidate" or not name or f.since_year is None:
        raise why
    mid = member_by_name(ctx, name)
    if mid is None:
        raise why
    first = first_elected(mid, db=ctx.db)
    if first is None:
        raise why
    year = f.since_year
    said = (
        f"{name} made a maiden speech in the {ordinal(first['parliament'])} Parliament "
        f"(general election {first['election_date']:%Y}) as member for {first['constituency']}, "
        f"so was first elected in {first['year']}"
    )
    if f.outcome in ("first_elected", "mp_since"):
        if first["year"] == year:
            verdict: Verdict = "supported"
        elif first["by_election"] or (f.outcome == "mp_since" and year > first["year"]):
            verdict = "uncertain"  # a by-election entry, or a break in service, is possible
        else:
            verdict = "contradicted"
        text = said + "."
    else:
        seat = (f.scope.seat or {}).get("name") or f.scope.name or ""
        con = connect(ctx.db)
        won = {
            str(r[0])
            for r in con.execute(
                "SELECT c.election_id FROM candidacies c JOIN elections e USING (election_id) "
                "WHERE c.member_id = ? AND c.elected AND e.kind = 'general'",
                [mid],
            ).fetchall()
        }
        gens = [
            str(r[0])
            for r in con.execute(
                "SELECT election_id FROM elections WHERE kind = 'general' ORDER BY date"
            ).fetchall()
        ]
        upto = gens[: gens.index(ctx.election)] if ctx.election in gens else []
        run = [e for e in upto if int(e[2:6]) >= year]
        same_seat = bool(seat) and fold(str(first["constituency"])) == fold(str(seat))
        if year < first["year"] and not first["by_election"]:
            verdict = "contradicted"
            text = said + f": not an MP in {year}."
        elif first["year"] == year and same_seat and run and all(e in won for e in run):
            verdict = "supported"
            text = said + f"; re-elected at {', '.join(run)}."
        else:
            verdict = "uncertain"
            text = said + "; an unbroken run in this seat from that year is not shown."
    ev = Evidence(
        "maiden-speech parliament",
        first["year"],
        str(first["year"]),
        verdict,
        [first["source_id"]],
        "psephos.analysis.members.first_elected",
    )
    return Evaluation(verdict, text, [ev], "the year as stated", None)


# --------------------------------------------------------------------------- straight fights

_GROUP_COLUMNS = {"Con": "con", "Lab": "lab", "Lib": "lib", "Nat": "natsw"}


def _oth_straight_fights(db: Any) -> dict[tuple[str, str], frozenset[str]]:
    """(election, seat name) -> the main groups with a blank column, for every series row
    an 'other' won in a straight fight with one named group while the Conservative or
    Labour column is blank: the signature of a main-party member coded as 'other' (Sutton
    Coldfield 1951: 36,628 'other' against Labour's 20,893, no Conservative; Geoffrey Lloyd,
    the Conservative, held it). From 1945 only: before it, the 'other' of a straight fight
    is mostly a real other party (the National Liberals and National Labour of 1922-1935),
    so an 'other' win there is a loss for every main party."""
    from psephos.store.connect import connect, memo

    con = connect(db)

    def load() -> dict[tuple[str, str], frozenset[str]]:
        rows = con.execute(
            """SELECT election, constituency_name, con_votes, lab_votes, lib_votes,
                      natsw_votes, oth_votes
               FROM history_1918_2019
               WHERE seats = 1 AND oth_votes IS NOT NULL AND year BETWEEN 1945 AND 2005"""
        ).fetchall()
        out: dict[tuple[str, str], frozenset[str]] = {}
        for e, name, *votes in rows:
            named = dict(zip(("Con", "Lab", "Lib", "Nat"), votes[:4], strict=True))
            present = [g for g, v in named.items() if v is not None]
            if len(present) != 1 or (named["Con"] is not None and named["Lab"] is not None):
                continue
            if votes[4] <= (named[present[0]] or 0):
                continue
            out[(str(e), str(name))] = frozenset(g for g, v in named.items() if v is None)
        return out

    return memo(con, "claims.round11_history.oth_straight_fights", load)


def straight_fights(lineage: Any, group: str, db: Any) -> Any:
    """``lineage`` (:func:`psephos.analysis.records.seat_lineage`) with no winner at a series
    election an 'other' won in a straight fight where ``group``'s column is blank: that
    'other' may be ``group``'s own member miscoded, so the claim cannot be called false on
    that election (it is still false for the party that was beaten in the straight fight)."""
    fights = _oth_straight_fights(db)
    if lineage.empty or not fights:
        return lineage
    mask = [
        str(w) == "Oth" and lvl == "party" and group in fights.get((str(e), str(n)), frozenset())
        for e, n, w, lvl in zip(
            lineage["election"], lineage["name"], lineage["winner"], lineage["level"], strict=True
        )
    ]
    if not any(mask):
        return lineage
    out = lineage.copy()
    out.loc[mask, "winner"] = None
    return out


# --------------------------------------------------------------------------- N years ago

_YEARS_NOTE = re.compile(r"^'(\w+) years' before the story's election")
#: measures of a seat's own result, which "N years ago" before them dates ("five years ago
#: she won by 2,000"); a superlative or rank after "up on five years ago" is the story's own
#: and keeps the reading it had
_OWN_RESULT = frozenset({"majority", "margin", "votes", "share", "placing", "outcome"})


def years_back(story: str | None, k: int, general: dict[str, Any]) -> str | None:
    """The general election "``k`` years" before ``story``'s: the one whose date is nearest
    to that many years before, when it is within a year of it and half a year nearer than
    any other (a 2019 story's "five years ago" is 2015, its "two years ago" 2017; a 2017
    story's "five years ago" falls between 2010 and 2015 and is no one election)."""
    import datetime as dt

    d = general.get(story) if story else None
    if d is None or k <= 0:
        return None
    day = d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)[:10])
    try:
        target = day.replace(year=day.year - k)
    except ValueError:  # 29 February
        target = day.replace(year=day.year - k, day=28)
    dist = sorted(
        (abs((dt.date.fromisoformat(str(g)[:10]) - target).days) / 365.25, str(e))
        for e, g in general.items()
        if str(g)[:10] < str(day)
    )
    if not dist or dist[0][0] > 1.0 or (len(dist) > 1 and dist[1][0] - dist[0][0] < 0.5):
        return None
    return dist[0][1]


def years_back_previous(
    f: Any, story: str | None, previous: str | None, info: dict[str, Any]
) -> str | None:
    """The election of a claim read as "the previous election" because it is said "N years"
    back ("five years ago she won by 2,000"): that previous election when N years back is
    it, else the general election N years back (a 2019 story's "five years ago" is 2015,
    not 2017), else unresolved (the claim keeps ``previous`` and says why)."""
    from psephos.claims.numbers import parse_number

    note = next((m for n in f.notes if (m := _YEARS_NOTE.match(n))), None)
    if note is None or story is None or previous is None or f.measure not in _OWN_RESULT:
        return previous
    k = parse_number(note.group(1))
    general = info.get("general") or {}
    if k is None or story not in general:
        return previous
    target = years_back(story, int(k), general)
    before = sorted((str(d), str(e)) for e, d in general.items() if str(d) < str(general[story]))
    last = before[-1][1] if before else None
    if target is None:
        f.unresolved.append(
            f"election: '{note.group(1)} years' before {story} is no one general election"
        )
        return previous
    return previous if target == last else target
