"""Compiled regular expressions kept between processes.

A new process that imports the checker compiles its rule patterns (about 220 of up to
2 KB each, their word lists repeated): about 0.5 s of CPU, most of the import, spent in
``re``'s parser and code generator. :func:`compile` keeps what ``re`` makes of a pattern,
its opcode list, in a file of the cache folder (:func:`psephos.config.cache_dir`,
``claims/regex-HASH.marshal``), and builds the pattern from it with the regex engine's own
constructor (``_sre.compile``, what ``re.compile`` calls last) when the file holds it.

- The pattern built is ``re.compile``'s: a pattern is stored only after the one built from
  its stored form was checked equal to ``re.compile``'s (``Pattern.__eq__`` compares the
  pattern text, the flags and the opcodes), and the file is named by a hash of the Python
  version and the regex engine's version, so another interpreter never reads it.
- An unreadable, damaged or malformed file is ignored, an entry the engine refuses is
  compiled the plain way, and an unwritable folder only means nothing is kept.
- The file holds the patterns compiled in the processes that wrote it (:func:`save`,
  called once the rules are registered and again after each text is read, for the
  patterns the rule handlers compile on first use); it is written only when a pattern was
  missing. A write keeps the file's other entries unless they outnumber the writing
  process's own patterns: then they are mostly patterns the code no longer makes, and
  only the process's own are written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

#: "flags:pattern" -> (flags, code, groups, groupindex, indexgroup), as read from the file
_LOADED: dict[str, tuple[Any, ...]] | None = None
#: the entries of the patterns compiled in this process
_USED: dict[str, tuple[Any, ...]] = {}
_MISSED = [False]


def _path() -> Path | None:
    import hashlib
    import sys

    try:
        import _sre

        from psephos.config import cache_dir

        tag = f"{sys.version}|{sys.implementation.name}|{_sre.MAGIC}|{_sre.CODESIZE}"
        digest = hashlib.sha256(tag.encode()).hexdigest()[:32]
        return cache_dir() / "claims" / f"regex-{digest}.marshal"
    except (ImportError, AttributeError, RuntimeError, KeyError, OSError):
        return None


def _valid(entry: Any) -> bool:
    return (
        isinstance(entry, tuple)
        and len(entry) == 5
        and type(entry[0]) is int
        and isinstance(entry[1], list)  # of ints: the engine checks the code it is given
        and type(entry[2]) is int
        and isinstance(entry[3], dict)
        and all(type(k) is str and type(v) is int for k, v in entry[3].items())
        and isinstance(entry[4], tuple)
        and all(g is None or type(g) is str for g in entry[4])
    )


def _loaded() -> dict[str, tuple[Any, ...]]:
    global _LOADED
    if _LOADED is None:
        _LOADED = {}
        path = _path()
        if path is not None:
            import marshal

            try:
                data = marshal.loads(path.read_bytes())
            except (OSError, EOFError, ValueError, TypeError):
                data = None
            if isinstance(data, dict):
                _LOADED = {k: v for k, v in data.items() if type(k) is str and _valid(v)}
    return _LOADED


def _build(pattern: str, entry: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex, indexgroup = entry
    rx: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return rx


def _entry(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re`` makes of ``pattern`` (its ``_compiler.compile``, step by step), or None
    when this interpreter's ``re`` does not work so."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup: list[str | None] = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        return (
            int(flags | p.state.flags),
            [int(c) for c in code],
            p.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # noqa: BLE001 - any other re internals: compile the plain way
        return None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, built from the cache folder's file when it holds the
    pattern (see the module's notes)."""
    flags = int(flags)
    key = f"{flags}:{pattern}"
    entry = _loaded().get(key)
    if entry is not None:
        try:
            rx = _build(pattern, entry)
        except Exception:  # noqa: BLE001 - the engine refused the stored code
            rx = None
        if rx is not None:
            _USED[key] = entry
            return rx
    _MISSED[0] = True
    rx = re.compile(pattern, flags)
    made = _entry(pattern, flags)
    if made is not None:
        try:
            same = _build(pattern, made) == rx
        except Exception:  # noqa: BLE001
            same = False
        if same:
            _USED[key] = made
    return rx


def save() -> None:
    """Write the patterns compiled so far to the cache folder when one was not in it."""
    if not _MISSED[0] or not _USED:
        return
    path = _path()
    if path is None:
        return
    import marshal
    import os
    import tempfile

    # the file's other entries are kept (patterns compiled on first use, which this
    # process may not have needed) unless they outnumber this process's: then the file is
    # mostly patterns the code no longer makes, and only this process's are written
    kept = _loaded()
    keep = {**kept, **_USED} if len(kept.keys() - _USED.keys()) <= len(_USED) else _USED
    try:
        data = marshal.dumps(dict(keep))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)  # whole or not at all, if two processes write
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, ValueError):
        return
    _MISSED[0] = False
