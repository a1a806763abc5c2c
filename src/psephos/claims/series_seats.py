"""Seats named as they were at a 1918-2005 general election.

The gazetteer (:mod:`psephos.claims.gazetteer`) holds today's seats (the 2010 and 2024
boundary sets). A story about 1979 names the seats of 1979: "Glasgow Cathcart", "Preston
North", "Carmarthen", "Finchley". This module finds such names in a story whose election is
one of the 1918-2005 series (:func:`psephos.analysis.series.history_seats`) and makes them
seat mentions with no ONS code, named as the story writes them. The evaluators of a series
election then read the seat's row at the claim's election by name
(:func:`psephos.analysis.records.series_seat_result`, which matches names as
:func:`psephos.analysis.records.seat_lineage` does and refuses a name that matches no seat,
or several, at that election); at an election of the candidate-level data such a seat has
no code, so its claims are ``uncertain``.

Rules (conservative: a name that may be something else is left alone):

- a span of a capitalised run whose folded words (:func:`psephos.analysis.records.name_key`)
  are a series seat's name, or that name less a county word or grouping prefix
  (``Putney`` for ``Wandsworth Putney``), longest first;
- a name of one word must be the whole run, or follow only the capitalised first word of
  its sentence ("In Finchley"), and must not open the sentence itself ("Down", "Reading":
  ordinary words at the start of a sentence) unless an apposition calls it a seat
  ("Eastwood, the safest Conservative seat in Scotland, ..."); "Barry Jones" or "John
  Newton" are people;
- it may not overlap a person or party mention; it replaces a seat mention it strictly
  contains ("Preston North", where the gazetteer found today's "Preston");
- a span equal to a mention already found is left as it was (today's "Cheltenham" is
  matched by name at 1992 anyway).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from psephos.claims.model import Mention
from psephos.claims.spans import SpanIndex
from psephos.claims.text import capitalised_runs_once

if TYPE_CHECKING:
    import os

_MAX_WORDS = 6
_SERIES_ID = re.compile(r"^ge(19(?:1[89]|[2-9]\d)|200[0-5])")


def is_series_id(election: str | None) -> bool:
    """A checker election id of the 1918-2005 series (``ge1979``, ``ge1974oct``)."""
    return bool(election and _SERIES_ID.match(election))


def series_name_keys(db: str | os.PathLike[str] | None) -> frozenset[frozenset[str]]:
    """Every key under which :func:`psephos.analysis.records.seat_lineage` finds a seat of
    the 1918-2005 series (the folded words of its name, and those less a county word or
    grouping prefix), built once per store. A one-word key left by dropping a prefix is
    kept only when that word is no county or area ("Putney" for ``Wandsworth Putney``, but
    not "Scotland" for ``Liverpool Scotland`` nor "Yorkshire" for ``Richmond (Yorkshire)``)."""
    from psephos.analysis.records import _COUNTY_WORDS, _series_names
    from psephos.claims.lexicon import AREAS
    from psephos.store.connect import connect, memo

    def build() -> frozenset[frozenset[str]]:
        _, exact, county = _series_names(db)
        areas = {w for a in AREAS for w in a.split()}
        variants = {
            k
            for k in county
            if len(k) > 1 or not (areas & k or any(_COUNTY_WORDS.search(w) for w in k))
        }
        return frozenset(exact) | frozenset(variants)

    return memo(connect(db), "claims.series_seats.keys", build)


def series_exact_keys(db: str | os.PathLike[str] | None) -> frozenset[frozenset[str]]:
    """The :func:`psephos.analysis.records.name_key` of every series seat's name as the file
    writes it (no county word or prefix dropped), built once per store: a name a story
    writes with commas ("Roxburgh, Selkirk and Peebles") is read across them only when it
    is one of these, whole."""
    from psephos.analysis.records import _series_names
    from psephos.store.connect import connect, memo

    return memo(
        connect(db), "claims.series_seats.exact_keys", lambda: frozenset(_series_names(db)[1])
    )


#: the gap between two capitalised runs that one name with commas spans ("Roxburgh, Selkirk
#: and Peebles", "Inverness, Nairn, Badenoch and Strathspey")
_COMMA_GAP = re.compile(r",[ \t]+")


#: a word of :func:`_tokens`: start, end, the word, its run's number in the group, its place
#: in the run, the run's length
Tok = tuple[int, int, str, int, int, int]


def _tokens(text: str) -> list[list[Tok]]:
    """The story's capitalised runs as words, runs parted only by a comma joined into one
    group: per group, its words (:data:`Tok`)."""
    groups: list[list[Tok]] = []
    prev_end = -1
    for run in capitalised_runs_once(text):
        words = [
            (run.start + m.start(), run.start + m.end(), m.group())
            for m in re.finditer(r"[^\s]+", run.text)
        ]
        # the run's last word may carry the comma ("Roxburgh,"): the gap starts at it
        joined = (
            prev_end >= 0
            and text.startswith(",", prev_end)
            and _COMMA_GAP.fullmatch(text, prev_end, run.start)
        )
        if joined:
            n = groups[-1][-1][3] + 1
            groups[-1].extend((s, e, w, n, k, len(words)) for k, (s, e, w) in enumerate(words))
        else:
            groups.append([(s, e, w, 0, k, len(words)) for k, (s, e, w) in enumerate(words)])
        prev_end = run.end
    return groups


def series_mentions(
    text: str, mentions: list[Mention], db: str | os.PathLike[str] | None
) -> list[Mention]:
    """``mentions`` with the seats of the 1918-2005 series that ``text`` names added (see
    the module's rules), in order. Each added mention is a ``seat`` whose ``ref`` is
    ``{"name": as written, "codes": {}, "series": True}``."""
    from psephos.analysis.records import name_key
    from psephos.claims.lexicon import AREAS

    keys = series_name_keys(db)
    exact = series_exact_keys(db)
    parties = {m.start for m in mentions if m.kind == "party"}
    # the mentions left are ``mentions`` less those in ``gone``, in order; the index finds
    # those over a candidate span by bisection (a scan per candidate was quadratic)
    index = SpanIndex([(m.start, m.end) for m in mentions])
    gone: set[int] = set()
    added: list[Mention] = []
    for toks in _tokens(text):
        i = 0
        while i < len(toks):
            hit = None
            for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
                s, e = toks[i][0], toks[i + n - 1][1]
                raw = text[s:e].rstrip(",.;:")
                e = s + len(raw)
                # a name begins and ends with a capitalised word ("Dundee East", never
                # "Dundee East and the"), and is no area ("Scotland", "the North East")
                if not raw or not raw[0].isupper() or not toks[i + n - 1][2][0].isupper():
                    continue
                if raw.lower() in AREAS or name_key(raw) not in keys:
                    continue
                # across a comma only a series name as the file writes it, of three words
                # or more, that its run does not carry on with a capitalised word ("Roxburgh,
                # Selkirk and Peebles"; "Bury, Leigh" is a list, and "Bristol South, East
                # Lothian" no "Bristol South East")
                last = toks[i + n - 1]
                if last[3] != toks[i][3] and (
                    len(name_key(raw)) < 3
                    or name_key(raw) not in exact
                    or not _ends_name(toks, i + n - 1, parties)
                ):
                    continue
                if n == 1 and not _single_word_ok(text, _run_of(toks, i), toks[i][4], parties):
                    continue
                if not _free([mentions[j] for j in index.overlapping(s, e) if j not in gone], s, e):
                    continue
                hit = (n, s, e, raw)
                break
            if hit is None:
                i += 1
                continue
            n, s, e, raw = hit
            gone.update(j for j in index.within(s, e) if _weaker(mentions[j]))
            added.append(
                Mention(
                    "seat",
                    raw,
                    s,
                    e,
                    {"name": raw, "codes": {}, "series": True},
                    "a seat of the 1918-2005 series, by its name then",
                )
            )
            i += n
    if not added:
        return mentions
    out = [m for j, m in enumerate(mentions) if j not in gone]
    return sorted([*out, *added], key=lambda m: m.start)


_GOES_ON = re.compile(r"[ \t]+[A-Z0-9]")


def longer_series_names(
    text: str, mentions: list[Mention], db: str | os.PathLike[str] | None
) -> list[Mention]:
    """``mentions`` where a seat of today's gazetteer is only the start of a longer name of
    a 1918-2005 seat the text writes ("Bristol South East", where the gazetteer found
    today's "Bristol South"): that seat mention is replaced by the old name's, so a claim
    about it read at a 1918-2005 election (a year its sentence names, in a story about
    another election) is looked up under the whole name, never as the shorter seat's row.
    Used when the story's election is no series one (:func:`series_mentions` replaces more);
    ``mentions`` itself when nothing changes."""
    if not any(m.kind == "seat" for m in mentions):
        return mentions
    more = series_mentions(text, mentions, db)
    if more is mentions:
        return mentions
    kept = {(m.start, m.end) for m in more}
    seats = [m for m in mentions if _weaker(m) and (m.start, m.end) not in kept]
    longer = [
        m
        for m in more
        if m.ref.get("series")
        and any(m.start == w.start and w.end < m.end for w in seats)
        # the old name ends there ("Preston North End" is no "Preston North")
        and not _GOES_ON.match(text, m.end)
    ]
    if not longer:
        return mentions
    drop = {(w.start, w.end) for w in seats for m in longer if m.start <= w.start < m.end}
    out = [m for m in mentions if (m.start, m.end) not in drop]
    return sorted([*out, *longer], key=lambda m: m.start)


def _single_word_ok(
    text: str,
    toks: Sequence[tuple[Any, ...]],
    i: int,
    parties: set[int] | frozenset[int] = frozenset(),
) -> bool:
    """A one-word name is a seat only as the whole run (or one a joining word or a party's
    name goes on: "in Widnes the Conservatives", "in Widnes Labour") or after the
    sentence's first word, and never as the sentence's first word."""
    if i > 1 or (i == 1 and not _opens_sentence(text, toks[0][0])):
        return False
    if i == 0 and _opens_sentence(text, toks[0][0]) and not _seat_apposition(text, toks[0][1]):
        return False
    # the whole run, or the run goes on with a joining word ("in Widnes the Conservatives
    # beat Labour": "Widnes the Conservatives" is one run), never with a capitalised word
    # other than a party's name ("Barry Jones")
    return len(toks) == i + 1 or toks[i + 1][2][0].islower() or toks[i + 1][0] in parties


def _ends_name(toks: list[Tok], j: int, parties: set[int] | frozenset[int]) -> bool:
    """Word ``j`` ends its run, or the run goes on with a joining word or a party's name
    ("Inverness, Nairn, Badenoch and Strathspey the Lib Dems won")."""
    if toks[j][4] == toks[j][5] - 1:
        return True
    return toks[j + 1][2][0].islower() or toks[j + 1][0] in parties


def _run_of(toks: list[Tok], i: int) -> list[Tok]:
    """The words of the run holding word ``i`` of a group of :func:`_tokens`."""
    first = i - toks[i][4]
    return toks[first : first + toks[i][5]]


_SEAT_APPOSITION = re.compile(
    r",\s+(?:once\s+|then\s+|long\s+)?(?:the|a|an)\s[^,.;]*?\b(?:seat|constituency)\b"
)


def _seat_apposition(text: str, end: int) -> bool:
    """The word ending at ``end`` is followed by an apposition that calls it a seat
    ("Eastwood, the safest Conservative seat in Scotland, fell to Labour")."""
    return bool(_SEAT_APPOSITION.match(text, end, min(len(text), end + 80)))


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` is the first of its sentence, line or quotation."""
    j = at - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n\"“‘('"


def _free(mentions: list[Mention], s: int, e: int) -> bool:
    """No mention overlaps [s, e) except a seat it strictly contains, or a seat it covers
    that today's gazetteer only guessed by spelling ("Barrow In Furness" read as "Barrow and
    Furness": the old name, matched exactly, is the better reading)."""
    for m in mentions:
        if m.end <= s or m.start >= e:
            continue
        if m.kind == "seat" and s <= m.start and m.end <= e and (m.start, m.end) != (s, e):
            continue
        if _weaker(m) and s <= m.start and m.end <= e and m.how.startswith("typo-tolerant"):
            continue
        return False
    return True


def _weaker(m: Mention) -> bool:
    """A seat mention an old name covering it replaces."""
    return m.kind == "seat" and not m.ref.get("series")


def series_seat_figures(
    text: str, drafts: list[Any], db: str | os.PathLike[str] | None
) -> list[tuple[str, set[str], float]]:
    """Evidence for the story's election from its seats' exact majorities at 1918-2005
    elections, as :func:`psephos.claims.when.infer_document` takes ``figures``: for each
    exact majority the claim's own sentence gives for a seat it names ("Labour took
    Carmarthen back from Plaid by 1,978 votes"), the series elections (checker ids) at which
    a seat of that name had that majority (first group's votes minus the second's, only
    where those are the first two candidates'), weight 5 as for a seat's result in the
    candidate-level data. A figure said of an earlier time ("had lost by 169 votes two
    years ago") is not evidence."""
    from psephos.analysis.records import _series_rows, election_id_of
    from psephos.claims.evaluate_results import named_seat

    out: list[tuple[str, set[str], float]] = []
    asked: set[tuple[str, int]] = set()
    for _, d in drafts:
        f = d.frame
        st = f.stated
        if f.measure != "majority" or st is None or st.low is None or st.low != st.high:
            continue
        if f.election is not None:  # the claim names its own year: no evidence for the story's
            continue
        name = named_seat(f)
        if name is None or (name, int(st.low)) in asked:
            continue
        head = text[max(0, d.start - 40) : d.start].lower()
        after = text[d.end : d.end + 40].lower()
        if re.search(r"\bhad\b[^,.;]*$", head) or re.match(
            r"\s*,?\s*(?:\w+|\d+)\s+years?\s+(?:ago|earlier|before)", after
        ):
            continue
        asked.add((name, int(st.low)))
        rows = _series_rows([name], db)
        rows = rows[rows["majority"] == float(st.low)]
        exact = rows[(rows["winner"] != "Oth") & (rows["second"] != "Oth") & rows["second"].notna()]
        eids = {election_id_of(str(e)) for e in exact["election"]}
        if eids:
            out.append((f"'{text[d.start : d.end]}' (majority {st.low:g} in {name})", eids, 5.0))
        if len(asked) >= 40:  # enough evidence; keeps a long text linear
            break
    return out


#: the Liberal party (to 1988) in the plural, and the Liberal-SDP Alliance by its full name
_LIBERALS = re.compile(r"\b(?:Liberals|Liberal\s+Party)\b")
_FULL_ALLIANCE = re.compile(
    r"\b(?:Liberal\s*[-–/]\s*SDP\s+Alliance|SDP\s*[-–/]\s*Liberal\s+Alliance"
    r"|Liberal\s+and\s+SDP\s+Alliance|SDP\s+and\s+Liberal\s+Alliance)\b"
)
#: "the Alliance" alone: the Liberal-SDP Alliance of 1983 and 1987 in a British story
_ALLIANCE = re.compile(r"\bAlliance\b")
_ALLIANCE_ELECTIONS = ("ge1983", "ge1987")
#: words that put a story in Northern Ireland, where "Alliance" is the Alliance Party
_NI = re.compile(
    r"Northern\s+Ireland|Ulster|Belfast|\bDUP\b|\bUUP\b|\bSDLP\b|Sinn\s+F[eé]in|Alliance\s+Party"
)


def series_party_mentions(text: str, mentions: list[Mention], election: str) -> list[Mention]:
    """``mentions`` with the parties a story about the 1918-2005 ``election`` names as the
    series groups them, where today's party list reads otherwise: "the Liberals" and "the
    Liberal Party" (the Liberal party of 1918-1988, in the series' ``Lib`` group with the
    Alliance and the Liberal Democrats), and, in a story about 1983 or 1987 only (the
    Alliance stood at no other election), "the Liberal-SDP Alliance" and, where the story
    names the SDP or the Liberals and nothing of Northern Ireland, "the Alliance" alone
    (today's list reads it as Northern Ireland's Alliance Party). The SDP
    alone is not the ``Lib`` group (it was half of the Alliance) and is left as it is.
    Each added mention is a ``party`` with ``ref = {"party_code": "Lib", "series": True}``
    and replaces a party mention it overlaps."""
    spans = [(m.start(), m.end()) for m in _LIBERALS.finditer(text)]
    if election in _ALLIANCE_ELECTIONS:
        # only in a story about 1983 or 1987: the Alliance stood at no other election, and a
        # claim read at another year (a year carried from earlier text) must not be the Lib
        # group's
        spans += [(m.start(), m.end()) for m in _FULL_ALLIANCE.finditer(text)]
    if (
        election in _ALLIANCE_ELECTIONS
        and re.search(r"\bSDP\b|\bLiberals?\b", text)
        and not _NI.search(text)
    ):
        spans += [
            (m.start(), m.end())
            for m in _ALLIANCE.finditer(text)
            if not any(s <= m.start() < e for s, e in spans)
        ]
    if not spans:
        return mentions
    # overlaps found by bisection (a scan of every span per mention, and of every mention per
    # span, was quadratic); a span no other mention overlaps is kept, as before
    marked = SpanIndex(spans)
    keep = [
        m for m in mentions if not (m.kind == "party" and marked.any_overlapping(m.start, m.end))
    ]
    others = SpanIndex([(m.start, m.end) for m in keep if m.kind != "party"])
    spans = [(s, e) for s, e in spans if not others.any_overlapping(s, e)]
    added = [
        Mention(
            "party",
            text[s:e],
            s,
            e,
            {"party_code": "Lib", "name": "Liberal", "series": True},
            "the Liberals or the Liberal-SDP Alliance, the 1918-2005 series' Lib group",
        )
        for s, e in spans
    ]
    return sorted([*keep, *added], key=lambda m: m.start)
