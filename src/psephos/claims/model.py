"""The claim checker's data: mentions, claims, evidence, verdicts and the report.

Every object has ``to_dict()`` giving the documented ``psephos check --json`` shape
(see docs/claims.md).
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

from psephos.display import Display

_ATOMS = frozenset((str, int, float, bool, type(None)))
_FIELDS: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, in order


def asdict(obj: Any) -> Any:
    """:func:`dataclasses.asdict` of ``obj``, the same value, faster for the report's own
    types: a value of exactly ``str``, ``int``, ``float``, ``bool`` or None is itself
    (``copy.deepcopy`` gives it back), a plain dict and list are rebuilt item by item, a
    dataclass field by field in order; anything else is converted by the standard
    library's own step (a tuple, a subclass, an object it deep-copies). ``to_dict`` of a
    1 MB story's report spent 2.2 s of CPU in the standard ``asdict`` (round 10)."""
    t = type(obj)
    if t in _ATOMS:
        return obj
    atoms = _ATOMS  # the items tested inline: most are atoms (1.4 million calls saved)
    if t is dict:
        return {
            k if type(k) in atoms else asdict(k): v if type(v) in atoms else asdict(v)
            for k, v in obj.items()
        }
    if t is list:
        return [v if type(v) in atoms else asdict(v) for v in obj]
    if hasattr(t, "__dataclass_fields__"):
        names = _FIELDS.get(t)
        if names is None:
            names = _FIELDS[t] = tuple(f.name for f in dataclasses.fields(obj))
        out = {}
        for n in names:
            v = getattr(obj, n)
            out[n] = v if type(v) in atoms else asdict(v)
        return out
    inner = getattr(dataclasses, "_asdict_inner", None)
    if inner is not None:
        return inner(obj, dict)
    if isinstance(obj, list | tuple | dict):  # pragma: no cover - no such Python today
        raise TypeError(f"cannot convert {t.__name__} as dataclasses.asdict does")
    return copy.deepcopy(obj)  # pragma: no cover


Verdict = Literal["supported", "contradicted", "depends", "uncertain", "not_checkable"]
VERDICTS: tuple[str, ...] = ("supported", "contradicted", "depends", "uncertain", "not_checkable")


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names (or points to) a seat, person, party or election.

    ``ref`` is what it resolved to (empty when unresolved); ``how`` says how it was
    resolved ("exact name", "typo-tolerant match (score 93)", "title + surname of a person
    named earlier", ...) or why it was not.
    """

    kind: Literal["seat", "person", "party", "election", "role"]
    text: str
    start: int
    end: int
    ref: dict[str, Any]
    how: str
    resolved: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Stated:
    """A number as the text states it, with the interval its wording allows.

    ``low``/``high`` are inclusive bounds; ``rule`` says where they come from
    ("rounded to a whole number: 22.5-23.5", "exact count", "'more than'").
    """

    text: str
    value: float
    low: float
    high: float
    rule: str

    def contains(self, x: float) -> bool:
        return self.low <= x <= self.high

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for k in ("low", "high"):  # open bounds ("more than N") are null in JSON
            if out[k] in (float("inf"), float("-inf")):
                out[k] = None
        return out


@dataclass
class Evidence:
    """One computed value and where it came from.

    ``reading`` names the interpretation ("2024 boundaries", "2010-2019 boundaries
    (estimate)"); ``query`` is the SQL or the library function that produced ``value``;
    ``method`` describes an estimate (None for a direct look-up).
    """

    reading: str
    value: Any
    display: str
    verdict: Verdict
    source_ids: list[str]
    query: str
    estimate: bool = False
    method: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Claim:
    """A checkable (or explicitly uncheckable) statement found in the text."""

    id: int
    kind: str
    text: str
    start: int
    end: int
    sentence: int
    params: dict[str, Any] = field(default_factory=dict)
    stated: Stated | None = None
    #: the structured query (:class:`psephos.claims.frame.Frame`) this claim was read as
    frame: Any = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "params": self.params,
        }
        out["stated"] = self.stated.to_dict() if self.stated else None
        out["frame"] = self.frame.to_dict() if self.frame is not None else None
        return out


@dataclass
class CheckedClaim:
    """A claim with its verdict, the tolerance used and the evidence behind it."""

    claim: Claim
    verdict: Verdict
    explanation: str
    tolerance: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    #: the equivalent ``psephos`` command a reader can run
    command: str | None = None
    #: a compound claim's parts (kind ``compound``: frames one clause chain makes into one
    #: statement, see :mod:`psephos.claims.compound`), each with its own verdict; empty
    #: for a simple claim
    parts: list[CheckedClaim] = field(default_factory=list)

    def leaves(self) -> list[CheckedClaim]:
        """The simple claims this claim is made of (itself when it is simple)."""
        return [leaf for p in self.parts for leaf in p.leaves()] if self.parts else [self]

    def to_dict(self) -> dict[str, Any]:
        out = self.claim.to_dict()
        out.update(
            verdict=self.verdict,
            explanation=self.explanation,
            tolerance=self.tolerance,
            evidence=[e.to_dict() for e in self.evidence],
            command=self.command,
            parts=[p.to_dict() for p in self.parts],
        )
        return out


@dataclass(frozen=True)
class Unexamined:
    """A number in the text that no claim uses, and why (``quote``, ``age``, ``money``,
    ``date``, ``poll``, ``no frame matched``)."""

    text: str
    start: int
    end: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class CheckReport(Display):
    """Everything :func:`psephos.claims.check_text` found in one text."""

    text: str
    election: str
    claims: list[CheckedClaim]
    mentions: list[Mention]
    assumptions: list[str]
    #: numbers no claim uses, each with the reason
    unexamined: list[Unexamined] = field(default_factory=list)
    #: the document's election and how it was inferred (see psephos.claims.when)
    inference: dict[str, Any] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        out = {v: 0 for v in VERDICTS}
        for c in self.claims:
            out[c.verdict] += 1
        return out

    def leaves(self) -> list[CheckedClaim]:
        """Every simple claim, a compound claim's parts in its place (one frame each)."""
        return [leaf for c in self.claims for leaf in c.leaves()]

    @property
    def unresolved(self) -> list[Mention]:
        return [m for m in self.mentions if not m.resolved]

    def to_dict(self) -> dict[str, Any]:
        return {
            "election": self.election,
            "assumptions": list(self.assumptions),
            "counts": self.counts,
            "claims": [c.to_dict() for c in self.claims],
            "mentions": [m.to_dict() for m in self.mentions],
            "unresolved": [m.to_dict() for m in self.unresolved],
            "unexamined": [u.to_dict() for u in self.unexamined],
            "coverage": self.coverage,
            "inference": dict(self.inference),
            "text": self.text,
        }

    @property
    def coverage(self) -> dict[str, Any]:
        """Numbers in the text, how many a claim uses (examined) and the share."""
        used = sum(1 for c in self.claims for _ in c.claim.params.get("numbers", []))
        total = used + len(self.unexamined)
        return {
            "numbers": total,
            "in_claims": used,
            "unexamined": len(self.unexamined),
            "share_examined": round(used / total, 3) if total else 1.0,
        }
