"""The ``psephos check --json`` text of a report, written straight from its objects.

:func:`report_json` gives the bytes of ``psephos.jsonable.dumps(report.to_dict())`` (the
documented shape, indented by two spaces, UTF-8 kept as is) at a tenth of the cost: the
report of a 1 MB story is about 50 MB of JSON, and ``to_dict`` (``dataclasses.asdict``'s
deep copies), :func:`~psephos.jsonable.to_jsonable` and the pure-Python indenting encoder
of the standard library took about 6 s of CPU for it. Here orjson (a C encoder) writes
the report's dataclasses field by field, and the standard forms are kept:

- a dataclass is written from its instance's attributes, which must be exactly its fields
  in order (orjson skips names starting with ``_`` and writes extra attributes: an object
  that would differ is written the plain way);
- values orjson does not know (numpy scalars, dates, paths, pandas' missing values,
  objects with ``to_dict``) go through :func:`~psephos.jsonable.to_jsonable`, as before;
- floats between 1e-9 and 1e-4, which orjson writes ``0.00001`` or ``1e-7``, are rewritten
  as Python writes them (``1e-05``, ``1e-07``): the same number, the same text;
- a claim's ``params`` holding anything but strings, integers and lists of them, and the
  inference, go through :func:`~psephos.jsonable.to_jsonable` first (a dataclass there is
  written as its ``to_dict`` or its ``str``, as ``to_jsonable`` does);
- anything orjson refuses (a key that is not a string, an integer over 64 bits, a lone
  surrogate), an infinite float (the standard encoder writes ``Infinity``, orjson
  ``null``) or a dataclass among the free-form values (evidence values, mention and frame
  references: ``asdict`` writes private fields, orjson skips them) make the whole report
  be written the plain way.

``tests/test_claims_report_json.py`` checks the bytes against the plain definition on
every story of the corpora and on generated reports with awkward values.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

try:  # an environment installed before orjson became a dependency still writes reports
    import orjson
except ImportError:  # pragma: no cover - exercised by tests that hide the module
    orjson = None  # type: ignore[assignment]

from psephos.claims.frame import Frame, Scope, Subject
from psephos.claims.model import (
    CheckedClaim,
    CheckReport,
    Claim,
    Evidence,
    Mention,
    Stated,
    Unexamined,
)
from psephos.jsonable import dumps, to_jsonable

_OPTIONS = 0 if orjson is None else orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATETIME


class _Plain(Exception):
    """The report holds a value orjson would write differently: write it the plain way."""


def report_json(report: CheckReport) -> bytes:
    """``dumps(report.to_dict())`` as UTF-8 bytes (no final newline), written fast (the
    same bytes the plain way, only slower, where orjson is not installed)."""
    if orjson is None:
        return plain_json(report)
    try:
        out = orjson.dumps(_report(report), default=_default, option=_OPTIONS)
    except (_Plain, TypeError, orjson.JSONEncodeError):
        return plain_json(report)
    return _python_floats(out)


def plain_json(report: CheckReport) -> bytes:
    """The definition :func:`report_json` must equal: the standard library's encoder over
    :meth:`CheckReport.to_dict` through :func:`~psephos.jsonable.to_jsonable`."""
    return dumps(report.to_dict()).encode("utf-8")


def _default(obj: Any) -> Any:
    if isinstance(obj, float):  # a float subclass (numpy.float64): the float it holds
        if math.isnan(obj):
            return None
        if math.isinf(obj):
            raise _Plain
        return float(obj)
    return to_jsonable(obj)


_NAMES: dict[type, list[str] | None] = {}


def _names(cls: type) -> list[str] | None:
    """A dataclass's field names in order, or None when one is private (``asdict``
    writes it, orjson skips it): an instance whose ``__dict__`` lists exactly these is
    written by orjson as ``asdict`` gives it."""
    try:
        return _NAMES[cls]
    except KeyError:
        fields = [f.name for f in dataclasses.fields(cls)]
        names = _NAMES[cls] = None if any(n.startswith("_") for n in fields) else fields
        return names


def _same_fields(obj: Any) -> bool:
    """The instance's attributes are its dataclass fields, in order, none private: what
    orjson writes natively is what ``asdict`` gives."""
    names = _names(type(obj))
    return names is not None and [*vars(obj)] == names


def _report(r: CheckReport) -> dict[str, Any]:
    """:meth:`CheckReport.to_dict` with the dataclasses left for orjson to write."""
    # the checks run once per mention, claim, frame and evidence (about 90,000 objects in
    # a 1 MB story): written inline, each class's field names looked up once
    names = _names(Mention)
    for m in r.mentions:
        if type(m) is not Mention or [*m.__dict__] != names:
            raise _Plain
        ref = m.ref
        if type(ref) is not dict:
            if not _finite(ref):
                raise _Plain
            continue
        for x in ref.values():
            if type(x) not in _SCALARS and not _finite(x):
                raise _Plain
    unexamined = r.unexamined
    names = _names(Unexamined)
    for u in unexamined:
        if type(u) is not Unexamined or [*u.__dict__] != names:
            raise _Plain
    inference = to_jsonable(dict(r.inference))
    if not _finite(inference):
        raise _Plain
    return {
        "election": r.election,
        "assumptions": list(r.assumptions),
        "counts": r.counts,
        "claims": [_claim(c) for c in r.claims],
        "mentions": r.mentions,
        "unresolved": r.unresolved,
        "unexamined": unexamined,
        "coverage": r.coverage,
        "inference": inference,
        "text": r.text,
    }


def _claim(c: CheckedClaim) -> dict[str, Any]:
    """:meth:`CheckedClaim.to_dict`, the frame, stated figure and evidence left for orjson."""
    cl = c.claim
    if type(c) is not CheckedClaim or type(cl) is not Claim:
        raise _Plain
    params = cl.params
    if type(params) is not dict or not all(_simple(v) for v in params.values()):
        params = to_jsonable(params)
        if not _finite(params):
            raise _Plain
    stated = cl.stated
    if stated is not None and (type(stated) is not Stated or not _same_fields(stated)):
        raise _Plain
    frame = cl.frame
    if frame is not None and not _frame_ok(frame):
        raise _Plain
    evidence = c.evidence
    if evidence:
        names = _names(Evidence)
        for e in evidence:
            if type(e) is not Evidence or [*e.__dict__] != names or not _finite(e.value):
                raise _Plain
    parts = c.parts
    return {
        "id": cl.id,
        "kind": cl.kind,
        "text": cl.text,
        "start": cl.start,
        "end": cl.end,
        "sentence": cl.sentence,
        "params": params,
        "stated": stated,
        "frame": frame,
        "verdict": c.verdict,
        "explanation": c.explanation,
        "tolerance": c.tolerance,
        "evidence": evidence,
        "command": c.command,
        "parts": [_claim(p) for p in parts] if parts else [],
    }


def _frame_ok(f: Any) -> bool:
    """A :class:`Frame` whose every dataclass orjson writes as ``Frame.to_dict`` gives it."""
    if type(f) is not Frame or [*f.__dict__] != _names(Frame):
        return False
    for s in (f.subject, f.other):
        if s is None:
            continue
        if type(s) is not Subject or [*s.__dict__] != _names(Subject):
            return False
        if not (_finite(s.candidate) and _finite(s.seat)):
            return False
    sc = f.scope
    if type(sc) is not Scope or [*sc.__dict__] != _names(Scope) or not _finite(sc.seat):
        return False
    return f.stated is None or (type(f.stated) is Stated and _same_fields(f.stated))


_SCALARS = frozenset((str, int, bool, type(None)))
_INF = math.inf


def _simple(v: Any) -> bool:
    """A value both encoders write alike with no conversion: a string, an integer, a
    boolean, None, a list of strings or a dict of strings to strings or None (a claim's
    ``params["election"]``, ``{"id": None, "how": ...}`` on most claims, went through
    :func:`~psephos.jsonable.to_jsonable`: a fifth of the writing of a 1 MB story)."""
    t = type(v)
    if t in _SCALARS:
        return True
    if t is list:
        return all(type(x) is str for x in v)
    return t is dict and all(type(k) is str and (type(x) is str or x is None) for k, x in v.items())


def _finite(v: Any) -> bool:
    """No infinite float anywhere in ``v`` (the standard encoder writes ``Infinity``) and
    no dataclass (``asdict`` writes its private fields, orjson skips them)."""
    t = type(v)
    if t in _SCALARS:
        return True
    if t is float:
        return v != _INF and v != -_INF
    if t is dict or t is list or t is tuple:
        for x in v.values() if t is dict else v:
            if type(x) not in _SCALARS and not _finite(x):
                return False
        return True
    if isinstance(v, float):
        return not math.isinf(v)
    if isinstance(v, dict):
        return all(_finite(x) for x in v.values())
    if isinstance(v, list | tuple | set | frozenset):
        return all(_finite(x) for x in v)
    return not dataclasses.is_dataclass(v)


#: a number orjson writes unlike Python: positional below 1e-4 ("0.00001"), or with a
#: one-digit exponent ("1e-7"); it can only be a line's value: a run of number characters
#: after a space that ends its line (a string value ends in a quote, and a string never
#: holds a raw newline)
_NUMBER_CHARS = frozenset(b"0123456789.eE+-")
_DIGITS = frozenset(b"0123456789")
_LONGEST = 32  # longer than any float's repr: a longer run is no number orjson wrote


def _python_floats(out: bytes) -> bytes:
    """``out`` with each number orjson writes unlike :func:`repr` of the float written as
    ``repr`` does (the shortest text that reads back as the same float, in both)."""
    spans: set[tuple[int, int]] = set()
    size = len(out)
    for needle, digit_before in ((b"e-", True), (b"0.0000", False)):
        at = out.find(needle)
        while at >= 0:
            if not digit_before or (at > 0 and out[at - 1] in _DIGITS):
                s = at
                while s > 0 and out[s - 1] in _NUMBER_CHARS and at - s < _LONGEST:
                    s -= 1
                e = at
                while e < size and out[e] in _NUMBER_CHARS and e - s < _LONGEST:
                    e += 1
                if (
                    s > 0
                    and out[s - 1] == 0x20
                    and (e == size or out[e] == 0x0A or out[e : e + 2] == b",\n")
                ):
                    spans.add((s, e))
            at = out.find(needle, at + 1)
    parts: list[bytes] = []
    last = 0
    for s, e in sorted(spans):
        try:
            text = repr(float(out[s:e])).encode()
        except ValueError:
            continue
        if text == out[s:e]:  # "60.00000000000001": written alike, nothing to replace
            continue
        parts += [out[last:s], text]
        last = e
    if not parts:  # no copy of the whole text (50 MB for a 1 MB story) for nothing
        return out
    parts.append(out[last:])
    return b"".join(parts)
