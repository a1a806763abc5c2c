"""Round 10 (REAL): more readings tried before a contradiction on published copy stands.

A fourth held-out set of published coverage (165 excerpts: Commons Library insights, local
and national papers, party blogs, encyclopaedia summaries, 1945-2024; docs/claims.md, "Real
coverage (round 10)") showed these classes of wrong "false", each handled here and called
from :func:`psephos.claims.reconsider.reconsider`:

textual (no reading settles them; the claim is left ``uncertain``):

- "gained above 20% of the vote in 147": a share reached in a count of seats (the noun often
  left out), not the party's share;
- "the turnout in individual constituencies varied from 53% to 79.5%": the ends of a range
  over seats, not the area's figure;
- "it was believed to present the safest seat, with an estimated majority of 24,333": an
  estimate made before the result (notional, projected, expected), not the result;

readings tried (a reading counts only when the checker's own evaluation supports it):

- a figure at the edge of its rounding ("82.8%" of 82.747%: rounded twice, or computed on a
  slightly different total; "36.0%" of 36.054%): the stated interval widened by half
  its last digit on each side, ballot-paper turnout included (a turnout of 71.67% against
  71.66% on all ballots);
- "the safest seat", "the most marginal seat": the ranking by the majority as a share of the
  votes (as the Commons Library ranks them) when the words do not say "in votes", and by
  votes when they do not say "in percentage terms";
- "the second highest share of the vote": the ordinal before the superlative, read as a rank;
- "Jo Swinson, ousted in 2015 as MP for East Dunbartonshire, was returned with 40.6 per
  cent": a year inside a clause set off by commas that tells an earlier event dates that
  event, not the figure after the clause: the first general election after it is tried;
- an undated tight figure in a story that names other general elections; "Turnout at SEAT,
  which X won in 2017, has risen to 76.19 per cent" as the seat's turnout;
- "overturning the Conservative majority of 3,358" in a by-election story: the majority at
  the general election before the seat's by-election;
- "doubled her majority" (1.85 times): the ratio band of round 9's ratio words;
- "it became the safest seat, beating East Ham by 403 votes": the seats named before, not
  the one after "beating" (and "beating SEAT by N" is no majority of that seat);
- "a swing of 17.9 per cent" in a seat, one party named: that party's change in share;
- a party's UK votes at an election with two-member seats (to 1945), up to the file's sum
  plus the party's votes in those seats and a per cent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from psephos.claims.frame import Frame, Subject
from psephos.claims.model import Stated

if TYPE_CHECKING:  # pragma: no cover
    from psephos.claims.model import CheckedClaim
    from psephos.claims.reconsider import _Context

_YEAR = re.compile(r"\b(19[1-9]\d|20[0-3]\d)\b")
_SHARES = ("share", "turnout")

# --- textual --------------------------------------------------------------------------------

#: after a share: "... of the vote in 147", "in 98 seats", "in three constituencies"
_IN_COUNT = re.compile(
    r"^\s*(?:%|per\s*cent|percent)?\s*(?:of\s+(?:the\s+)?(?:vote|votes|poll|ballots)\s+)?"
    r"in\s+(?:(?P<num>\d[\d,]*)|(?P<word>two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|a\s+(?:dozen|hundred|score)|dozens|hundreds|scores|many|several|most|half))"
    r"(?:\s+(?:of\s+(?:them|those|the)\s+)?(?P<noun>seats?|constituencies|constituency|"
    r"places|wards|contests|others|more))?\b",
    re.I,
)
#: a range over seats: "varied from 53% to 79.5%", "ranged between", "individual constituencies"
_RANGE_OVER_SEATS = re.compile(
    r"\b(?:vari(?:ed|es|y|ying)|rang(?:ed|es|ing)|spread)\s+(?:widely\s+)?(?:from|between)\b|"
    r"\b(?:individual|different|single)\s+(?:constituencies|seats)\b|"
    r"\bfrom\s+seat\s+to\s+seat\b",
    re.I,
)
#: an estimate made before (or without) the result
_ESTIMATE = re.compile(
    r"\b(?:estimated|notional(?:ly)?|projected|predicted|forecast|expected|believed|thought|"
    r"tipped)\b",
    re.I,
)


def textual(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """A reason the claim is not the figure the checker compared, or None."""
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    s = frame.stated
    at = c.claim.start
    if s is not None:
        k = ctx.text.find(s.text, c.claim.start, c.claim.end)
        at = k if k >= 0 else at
    end_figure = at + len(s.text) if s is not None else c.claim.end
    if frame.measure in _SHARES and frame.scope.level != "seat" and s is not None:
        m = _IN_COUNT.match(ctx.text[end_figure:hi])
        if m is not None and _counts_seats(m):
            return (
                "the share is one reached in a number of seats ('N% of the vote in 147'), "
                "not the party's share"
            )
    if (
        frame.measure in ("turnout", "share", "majority", "votes")
        and frame.scope.level != "seat"
        and _RANGE_OVER_SEATS.search(ctx.text[lo:end_figure])
    ):
        return "the figure is an end of a range over seats, not the area's own figure"
    before = ctx.text[lo:end_figure]
    seat = str((frame.scope.seat or {}).get("name") or "")
    if (
        frame.measure in ("majority", "margin")
        and seat
        and s is not None
        and re.search(
            r"\b(?:beating|ahead\s+of|overtaking|outstripping)\s+(?:the\s+)?"
            + re.escape(seat).replace(",", ",?")
            + r"\s+by\s+(?:just\s+|only\s+|some\s+|about\s+)?$",
            ctx.text[lo:at],
            re.I,
        )
    ):
        return "'beating SEAT by N' is the gap between two seats' figures, not the seat's majority"
    if frame.measure in ("majority", "superlative", "rank", "votes", "share", "seats") and (
        _ESTIMATE.search(before) and _estimate_governs(before)
    ):
        return "the sentence gives an estimate (notional, projected, expected), not the result"
    return two_member_votes(ctx, c, frame)


_COLUMN = {"Con": "con_votes", "Lab": "lab_votes", "Lib": "lib_votes", "LD": "lib_votes"}


def two_member_votes(ctx: _Context, c: CheckedClaim, frame: Frame) -> str | None:
    """ "Labour 11,967,746 votes" (1945): at an election with two-member seats (to 1945) the
    1918-2019 file gives a party one figure per seat, so its sum leaves out a second
    candidate's votes there (and the groupings of the published national tables differ by
    about a per cent). A stated UK total between the file's sum and that sum plus the
    party's votes in two-member seats, plus one per cent, is not called false."""
    s = frame.stated
    col = _COLUMN.get(str(frame.subject.party or ""))
    if (
        s is None
        or frame.measure != "votes"
        or frame.scope.level not in ("uk", "gb")
        or col is None
        or ctx.con is None
        or not str(frame.election or "").startswith("ge")
        or str(frame.election)[2:6] > "1945"
    ):
        return None
    row = ctx.con.execute(
        f"SELECT sum(CASE WHEN seats = 2 THEN {col} ELSE 0 END), count(*) FILTER (WHERE seats = 2) "
        "FROM history_1918_2019 WHERE election = ?",
        [str(frame.election)[2:]],
    ).fetchone()
    got = [e.value for e in c.evidence if isinstance(e.value, (int, float))]
    if not row or not row[1] or not got:
        return None
    low = float(got[0])
    high = low + float(row[0] or 0) + 0.01 * low
    if s.high >= low and s.low <= high:
        return (
            f"at {frame.election} the file's {int(row[1])} two-member seats give a party one "
            f"figure each, so its total ({low:,.0f}) is short of the published one by up to "
            f"{high - low:,.0f}"
        )
    return None


def _counts_seats(m: re.Match[str]) -> bool:
    """The words after "in" count seats: a number that is no year, or a count word, with a
    seat noun or nothing after it (the noun left out: "above 20% of the vote in 147")."""
    num = m.group("num")
    if num is not None:
        n = int(num.replace(",", ""))
        if _YEAR.fullmatch(num) and not m.group("noun"):
            return False  # "in 2019": a year
        return n >= 2 or bool(m.group("noun"))
    return True


def _estimate_governs(before: str) -> bool:
    """The estimate word is in the figure's own clause: no clause break (a semicolon, "but",
    "while", a sentence-internal "and it") between the word and the figure."""
    found = list(_ESTIMATE.finditer(before))
    if not found:
        return False
    between = before[found[-1].end() :]
    return not re.search(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|\bactually\b", between)


# --- readings ---------------------------------------------------------------------------------

#: "in absolute votes", "by votes", "in numerical terms"
_IN_VOTES = re.compile(
    r"\b(?:in|by)\s+(?:absolute\s+|raw\s+|numerical\s+)?(?:votes|numbers|"
    r"numerical terms|absolute terms)\b",
    re.I,
)
#: "in percentage terms", "by share", "as a percentage"
_IN_SHARE = re.compile(
    r"\b(?:in\s+percentage\s+terms|by\s+(?:percentage|share)|as\s+a\s+"
    r"(?:percentage|share)|percentage\s+majority|per\s*cent(?:age)?\s+"
    r"majority)\b",
    re.I,
)
_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
}
_ORDINAL_BEFORE = re.compile(r"\b(" + "|".join(_ORDINALS) + r")[\s-]+$", re.I)
#: ", ousted in 2015 as MP for X," / ", who won it in 1997," / ", first elected in 2005,"
_EVENT_CLAUSE = re.compile(
    r",\s*(?:who\s+(?:had\s+)?|which\s+(?:\w+\s+){0,3}|after\s+(?:being\s+)?|having\s+been\s+)?"
    r"(?:ousted|defeated|unseated|beaten|elected|first\s+elected|re-?elected|won|lost|took|"
    r"gained|held|created|abolished)\b[^,;]{0,80}?\b(?P<year>19[1-9]\d|20[0-3]\d)\b[^,;]{0,60},",
    re.I,
)


def alternatives(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    """The round-10 readings of a contradicted claim, best first."""
    yield from _rounding_edge(frame)
    yield from _majority_ranked(ctx, c, frame)
    yield from _ordinal_rank(ctx, c, frame)
    yield from _after_event_clause(ctx, c, frame)
    yield from _named_elections(ctx, c, frame)
    yield from _ratio_word(frame)
    yield from _beaten_seat(ctx, c, frame)
    yield from _swing_as_change(frame)
    yield from _before_by_election(ctx, c, frame)


def _rounding_edge(frame: Frame) -> Iterable[tuple[str, Frame]]:
    """A share or turnout stated with decimals, widened by half its last digit on each
    side: a figure rounded twice (82.747 -> 82.75 -> 82.8) or computed on a slightly
    different total is not called false for that."""
    s = frame.stated
    if s is None or frame.measure not in _SHARES or frame.comparator not in ("eq", "about"):
        return
    m = re.search(r"\d+\.(\d+)", s.text)
    if m is None or s.low == float("-inf") or s.high == float("inf") or s.low >= s.high:
        return
    unit = 10.0 ** -len(m.group(1))
    width = s.high - s.low
    if abs(width - unit) > unit * 0.01:
        return  # not the plain "rounded to the last digit" interval
    pad = 0.5 * width
    wide = Stated(s.text, s.value, s.low - pad, s.high + pad, f"{s.rule}; at its rounding's edge")
    yield (
        "at the edge of its rounding (rounded twice, or on a slightly different total)",
        replace(frame, stated=wide),
    )


def _majority_ranked(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    """ "the safest seat", "the most marginal seat": ranked by the majority in votes or as a
    share of the votes cast, whichever the words leave open."""
    if frame.measure not in ("superlative", "rank") or frame.metric not in (
        "majority",
        "majority_share",
    ):
        return
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    sentence = ctx.text[lo:hi]
    if frame.metric == "majority" and not _IN_VOTES.search(sentence):
        yield (
            "ranked by the majority as a share of the votes",
            replace(frame, metric="majority_share"),
        )
    if frame.metric == "majority_share" and not _IN_SHARE.search(sentence):
        yield "ranked by the majority in votes", replace(frame, metric="majority")


def _ordinal_rank(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    """ "returned the second highest share of the vote": the ordinal just before the
    superlative the claim begins with, read as a rank."""
    if frame.measure != "superlative" or frame.comparator not in ("most", "least"):
        return
    lo, _ = ctx.sentence(c.claim.start, c.claim.end)
    m = _ORDINAL_BEFORE.search(ctx.text[max(lo, c.claim.start - 20) : c.claim.start])
    if m is None:
        return
    n = _ORDINALS[m.group(1).lower()]
    yield (
        f"ranked {m.group(1).lower()} (the ordinal before the superlative)",
        replace(frame, measure="rank", comparator=f"nth_{frame.comparator}", nth=n),
    )


def _after_event_clause(
    ctx: _Context, c: CheckedClaim, frame: Frame
) -> Iterable[tuple[str, Frame]]:
    """The claim's year sits in a clause set off by commas that tells an earlier event
    ("Jo Swinson, ousted in 2015 as MP for East Dunbartonshire, was returned ... with 40.6
    per cent"): the first general election after that year."""
    from psephos.claims.reconsider import _at_election, _exact, _general_after

    if not _exact(frame) or frame.election is None:
        return
    how = frame.election_how or ""
    y = _YEAR.search(how)
    if "in the sentence" not in how or y is None:
        return
    lo, _ = ctx.sentence(c.claim.start, c.claim.end)
    s = frame.stated
    at = c.claim.start
    if s is not None:
        k = ctx.text.find(s.text, c.claim.start, c.claim.end)
        at = k if k >= 0 else at
    for m in _EVENT_CLAUSE.finditer(ctx.text, lo, at):
        if m.group("year") != y.group(1) or m.end() > at:
            continue
        g = _general_after(int(y.group(1)))
        alt = _at_election(ctx, frame, g) if g and g != frame.election else None
        if alt is not None:
            yield f"at {g} ({y.group(1)} dates an earlier event in a side clause)", alt
        return


def _named_elections(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    """An undated claim read at the story's inferred election, in a story that names other
    general elections ("in 2019 ... East Dunbartonshire saw a turnout of 80.38 per cent ...
    up from 72.77 per cent in 2017"): each general election the text names, for a tight
    exact figure (three significant digits or more: a coincidence is unlikely); "Turnout at
    SEAT, which X won in 2017, has risen to 76.19 per cent" is also read as the seat's
    turnout when the checker read a candidate's share."""
    from psephos.claims.reconsider import _at_election, _exact, _general_ids, _tight

    how = frame.election_how or ""
    if not how.startswith("the story's election") or not (_exact(frame) and _tight(frame)):
        return
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    if _YEAR.search(ctx.text[c.claim.start : c.claim.end]):
        return
    frames = [frame]
    if (
        frame.measure == "share"
        and frame.scope.level == "seat"
        and _TURNOUT_SUBJECT.match(ctx.text[lo:hi])
    ):
        frames.insert(0, replace(frame, measure="turnout", subject=_electorate(frame)))
    general = _general_ids()
    named = [g for g in general if int(g[2:6]) in ctx.years and g != frame.election]
    for f in frames:
        if f is not frame and frame.election is not None:
            yield "read as the seat's turnout (the sentence's subject)", f
        for g in named[-4:]:
            alt = _at_election(ctx, f, g)
            if alt is not None:
                what = "the turnout" if f is not frame else "the claim"
                yield f"{what} at {g}, another election the story names", alt


#: the general elections whose seats a by-election's seat can be read on, with their days
_GENERAL_DAYS = (
    ("ge2010", "2010-05-06"),
    ("ge2015", "2015-05-07"),
    ("ge2017", "2017-06-08"),
    ("ge2019", "2019-12-12"),
    ("ge2024", "2024-07-04"),
)

#: "Turnout at the ultra-marginal seat of Canterbury ...", "The turnout in Kensington ..."
_TURNOUT_SUBJECT = re.compile(r"^\s*(?:the\s+)?turnout\s+(?:at|in|for)\b", re.I)


def _electorate(frame: Frame) -> Subject:
    return Subject(kind="seat", text="", start=-1, end=-1, how="the electorate in scope")


def _before_by_election(
    ctx: _Context, c: CheckedClaim, frame: Frame
) -> Iterable[tuple[str, Frame]]:
    """ "won the Wakefield by-election overturning the Conservative majority of 3,358": in a
    story of a by-election, the majority overturned is the one won at the general election
    before that by-election, not before the story's inferred general election."""
    from psephos.claims.reconsider import _at_election, _seat_by_elections

    how = frame.election_how or ""
    if (
        frame.measure != "majority"
        or frame.scope.level != "seat"
        or not ctx.speaks_of_by_election
        or not how.startswith("the election before the story's")
    ):
        return
    for by in _seat_by_elections(ctx, frame.scope.seat):
        before = [g for g, day in _GENERAL_DAYS if day < by[3:13]]
        if not before or before[-1] == frame.election:
            continue
        alt = _at_election(ctx, frame, before[-1])
        if alt is not None:
            yield f"at {before[-1]}, the general election before the {by} by-election", alt


#: a ratio word stated as a relative change, and its factor
_RATIO_WORDS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}


def _ratio_word(frame: Frame) -> Iterable[tuple[str, Frame]]:
    """ "doubled her majority" (7,967 to 14,699, 1.85 times) read as a seat's relative change
    of 90-110%: the band round 9 gave ratio words as copy rounds them (1.82 to 2.2 times for
    "doubled", :data:`psephos.claims.round9_wrong11.RATIO_NEAR`)."""
    from psephos.claims.round9_wrong11 import RATIO_NEAR

    s = frame.stated
    if s is None or frame.measure != "change" or frame.unit != "percent":
        return
    k = _RATIO_WORDS.get(s.text.strip().lower())
    if k is None or frame.comparator not in ("eq", "up", "down", "about"):
        return
    lo, hi = (k / RATIO_NEAR - 1) * 100, (k * RATIO_NEAR - 1) * 100
    if k < 1:  # "halved": a fall, its size on the stated scale
        lo, hi = (1 - k * RATIO_NEAR) * 100, (1 - k / RATIO_NEAR) * 100
    band = Stated(s.text, s.value, lo, hi, f"'{s.text}' as copy rounds a ratio ({k:g} times)")
    yield f"'{s.text}' as copy rounds a ratio", replace(frame, stated=band)


#: "beating East Ham by 403 votes", "ahead of Bootle", "overtaking Liverpool Walton"
_BEATEN = re.compile(
    r"\b(?:beating|ahead\s+of|overtaking|outstripping|edging(?:\s+out)?|than)\s+$", re.I
)


def _beaten_seat(ctx: _Context, c: CheckedClaim, frame: Frame) -> Iterable[tuple[str, Frame]]:
    """ "In 2015 it became the safest seat in the country, beating East Ham by 403 votes": the
    seat named after "beating" is the one ranked below, not the subject; the seats the text
    named before the sentence are tried, the nearest first."""
    from psephos.claims.reconsider import _seat_at

    subject = frame.subject
    if frame.measure not in ("superlative", "rank") or subject.kind != "seat" or not subject.seat:
        return
    lo, hi = ctx.sentence(c.claim.start, c.claim.end)
    name = str(subject.seat.get("name") or "")
    k = ctx.text.find(name, lo, hi) if name else -1
    if k < 0 or not _BEATEN.search(ctx.text[max(lo, k - 30) : k]):
        return
    own = subject.seat.get("ons_code")
    tried: set[str] = set()
    for start, ref in sorted(ctx.seats, key=lambda x: -x[0]):
        if start >= lo or len(tried) >= 3:
            continue
        seat = _seat_at(ref, str(frame.election))
        code = (seat or {}).get("ons_code")
        if seat is None or not code or code == own or code in tried:
            continue
        tried.add(str(code))
        other = replace(
            subject,
            text=str(seat.get("name") or ""),
            start=-1,
            end=-1,
            seat=seat,
            how="a seat named before the sentence",
        )
        yield (
            f"of {seat.get('name')} (the seat after 'beating' is the one ranked below)",
            replace(frame, subject=other),
        )


def _swing_as_change(frame: Frame) -> Iterable[tuple[str, Frame]]:
    """ "took Berwickshire, Roxburgh and Selkirk with 28,213, a majority of 11,060 and swing of
    17.9 per cent on 2015": a seat's "swing" that names one party (results services print a
    party's change in share as its "swing"), read as that party's change in share."""
    if (
        frame.measure != "swing"
        or frame.scope.level != "seat"
        or frame.other is not None
        or frame.subject.kind != "party"
        or not frame.subject.party
        or frame.stated is None
    ):
        return
    for direction in ("up", "down"):
        yield (
            f"as the {frame.subject.party} change in share",
            replace(frame, measure="change", unit="points", comparator=direction, metric=None),
        )
