"""A claim as a query: the frame that extraction fills and evaluation answers.

Extraction (:mod:`psephos.claims.extract`) turns a stretch of text into a :class:`Frame`;
evaluation (:mod:`psephos.claims.evaluate`) answers it through the same metric functions
that ``psephos rank``, ``summary``, ``seat`` and ``history`` use, and gives the equivalent
``psephos`` command a reader can run. This module is the contract between the two: it holds
data only, no text rules and no queries.

Slots
-----
measure
    What is measured (:data:`MEASURES`).
metric
    The measure in the metric language of :mod:`psephos.analysis.metrics` where one exists
    (``majority``, ``share:Lab``, ``turnout``, ``census:Muslim``, ``change:Con``,
    ``swing:Con-Lab``); ``None`` where the measure has no seat-level metric (seat totals,
    tenure, history records).
subject
    Who or what the claim is about (:class:`Subject`).
other
    The other side where the claim names one: the beaten candidate or party in a margin,
    the party seats were taken from, the party compared against ("more votes than the Lib
    Dems"), the runner-up in "pushing Labour into third".
scope
    Where the measure is taken (:class:`Scope`): one seat, a region, a nation, GB, the UK,
    or a set of seats given by a filter in the metric language.
election / baseline
    The election checked, and the one a change is measured from (``None``: the store's
    comparison election, notional 2019 for 2024).
comparator
    How the stated value relates to the true one (:data:`COMPARATORS`).
stated
    The number as written with the interval its wording allows (reuses
    :class:`psephos.claims.model.Stated`); ``None`` for frames with no number ("held",
    "gained", "the narrowest win in Wales").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from psephos.claims.model import Stated, asdict

#: ``Scope.how`` of a superlative or rank whose sentence names no area: ranked in every
#: seat, but the story may mean its own region or nation (evaluation never calls it false
#: where the seat holds the position there)
NO_AREA_NAMED = "no area named: every seat"
#: the same, in a story that names no region or nation anywhere: a national ranking, judged
#: as such
NO_AREA_IN_STORY = "no area named in the story: every seat"
#: ``Scope.how`` of a superlative "of the night" / "of the election": the UK's count, or, in a
#: regional or national paper, its own area's; where the two disagree the claim depends on
#: which is meant (:func:`psephos.claims.evaluate_round9.own_area`)
NIGHT_HOW = "'of the night': the UK, or the story's own area"

#: What a claim measures. Extend by appending; evaluation says ``uncertain`` (with the reason
#: "no evaluator for measure X") for a measure it does not know, never a guess.
MEASURES: tuple[str, ...] = (
    "votes",  # a candidate's or party's votes (seat or area total)
    "share",  # share of valid votes
    "majority",  # seat majority: first - second (the winner's, whoever the sentence names)
    "margin",  # gap between two named candidates/parties (not necessarily first and second)
    "turnout",  # valid votes / electorate
    "electorate",
    "seats",  # seats won by a party in a scope
    "candidates",  # candidates a party fielded / stood in a seat
    "placing",  # finishing position of a candidate or party in a seat (1 = won)
    "outcome",  # won / held / gained / lost a seat (see Frame.outcome)
    "net_change",  # net seat gains or losses of a party vs the baseline election
    "gains_from",  # seats subject took from other (gains matrix)
    "gov_majority",  # parliamentary (working) majority of the largest party
    "change",  # change in a metric vs the baseline (points of share, votes, seats)
    "ratio",  # "doubled", "more than halved", "14 times as many": value / baseline or / other
    "swing",  # Butler swing from other to subject
    "rank",  # position of a seat in a metric within scope ("20th", "second-lowest")
    "superlative",  # the seat (or party) that is most/least in a metric within scope
    "census",  # census share of a group in a seat or scope
    "count_seats",  # number of seats in scope satisfying a condition (Frame.condition)
    "tenure",  # held since / first elected / for N years / won back
    "first_since",  # first time since YEAR (or never before / every election since)
    "record",  # best/worst/lowest/highest since YEAR or ever, in the 1918- series
    "total_votes",  # all valid votes cast in a seat or area ("29.2 million votes were cast")
    "versus",  # subject's seats/votes/share against other's in one area (comparator gt/lt)
    "unopposed",  # members returned unopposed at a 1918-2005 election (UK or a nation)
)

#: How the stated value is compared with the computed one.
COMPARATORS: tuple[str, ...] = (
    "eq",  # exactly / plain statement, within the rounding the wording allows
    "about",  # about, around, roughly, some
    "gt",  # more than, over, above
    "ge",  # at least
    "lt",  # fewer than, under, below
    "le",  # at most, no more than
    "nearly",  # nearly, almost, just under
    "just_over",  # just over, a little more than
    "within",  # "within N votes": gap <= N
    "most",  # superlative: highest, biggest, largest, best
    "least",  # superlative: lowest, smallest, narrowest, worst
    "nth_most",  # Frame.nth-highest (2 = second-highest)
    "nth_least",  # Frame.nth-lowest
    "since",  # first_since / record: the last earlier occasion was Frame.since_year
    "never",  # never before (in the whole series)
    "every_since",  # at every election since Frame.since_year
    "up",  # change: rose (by stated, if any)
    "down",  # change: fell (by stated, if any)
    "times",  # ratio: stated times (doubled = 2, tripled = 3, halved = 0.5)
)

SubjectKind = Literal["party", "candidate", "seat", "seats", "group", "parliament"]
#: the note on the end figure of "P went from X to Y seats": the words tie Y to P's seat
#: total, so the guard does not excuse a far-off Y as "another quantity"
TO_N_NOTE = "'to N': the seat total after 'from N'"
#: the note of a change tied to the seat total before it ("won ten seats, a net gain of two")
TIED_CHANGE_NOTE = "'a net gain/loss of N' right after the seat total: its change"
#: the note of an area's part tied to the seat total before it ("won 11 seats, all of them in
#: England")
TIED_WHERE_NOTE = "'K of them in AREA' right after the seat total: the party's seats there"

ScopeLevel = Literal["seat", "region", "country", "gb", "uk", "seats", "county"]


@dataclass
class Subject:
    """Who or what a claim is about.

    ``party`` is a canonical party code (``Lab``, ``RUK``); ``candidate`` a dict with at least
    ``name`` and, when resolved, ``election``, ``ons_code``, ``party`` and ``member_id``;
    ``seat`` a dict with ``ons_code``, ``name`` and ``boundary_set``; ``group`` a census
    group (``Muslim``, ``aged 65+``). ``text``/``start``/``end`` locate the mention; ``how``
    says how it was resolved ("exact name", "the seat named earlier", "the party of the
    candidate named in the sentence").
    """

    kind: SubjectKind
    text: str = ""
    start: int = -1
    end: int = -1
    party: str | None = None
    candidate: dict[str, Any] | None = None
    seat: dict[str, Any] | None = None
    group: str | None = None
    how: str = ""
    resolved: bool = True


@dataclass
class Scope:
    """Where the measure is taken.

    ``level`` ``seat`` uses ``seat`` (a dict like :attr:`Subject.seat`); ``region``,
    ``country`` and ``county`` use ``name`` (``"North East"``, ``"Wales"``); ``gb`` and
    ``uk`` need nothing else; ``seats`` is a set of seats given by ``where``, a filter list in
    the metric language (``["winner=RUK"]``, ``["census:Muslim>=20%"]``).
    """

    level: ScopeLevel = "uk"
    name: str | None = None
    seat: dict[str, Any] | None = None
    where: list[str] = field(default_factory=list)
    how: str = ""


@dataclass
class Frame:
    """One claim as a structured query (see the module docstring for the slots)."""

    measure: str
    subject: Subject
    scope: Scope = field(default_factory=Scope)
    election: str | None = None
    baseline: str | None = None
    comparator: str = "eq"
    stated: Stated | None = None
    metric: str | None = None
    other: Subject | None = None
    #: for ``outcome``: ``won``, ``held``, ``gained``, ``lost``, ``won_back``, ``retained``
    outcome: str | None = None
    #: for ``rank``/``nth_*``/``placing``: the position stated (1-based)
    nth: int | None = None
    #: for ``first_since``/``record``/``every_since``/``tenure``: the year stated
    since_year: int | None = None
    #: for ``count_seats``: the condition each counted seat meets, metric-language filters
    condition: list[str] = field(default_factory=list)
    #: for ``change``/``ratio``: the unit of the stated value: ``points``, ``percent``,
    #: ``votes``, ``seats``, ``times``
    unit: str | None = None
    #: how the election was chosen ("named in the sentence", "the document's election:
    #: 2015 from the dateline and 14 figures that match 2015 exactly")
    election_how: str = ""
    #: slots that could not be resolved, with why; any entry makes the verdict ``uncertain``
    unresolved: list[str] = field(default_factory=list)
    #: free notes from extraction (the lexicon entry that matched, the words read as what)
    notes: list[str] = field(default_factory=list)
    #: slots filled by inference rather than named in the claim's own sentence ("subject",
    #: "scope", "election", "other"): a pronoun, the story's topic, the last seat named, the
    #: default UK scope, the story's election. Evaluation tries the other readings of such a
    #: slot before it calls a claim false (docs/claims.md, "Verdict rules").
    inferred: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["stated"] = self.stated.to_dict() if self.stated else None
        return out
