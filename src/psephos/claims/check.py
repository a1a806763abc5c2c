"""The entry point: :func:`check_text` runs the whole pipeline on one text."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from psephos.claims import checks, checks_context  # noqa: F401 - registers the checkers
from psephos.claims.entities import find_mentions
from psephos.claims.extract import find_claims, prepare
from psephos.claims.gazetteer import gazetteer
from psephos.claims.model import CheckReport
from psephos.claims.when import election_for, find_refs
from psephos.errors import InputError, NotFoundError


def check_text(
    text: str, *, election: str = "ge2024", db: str | os.PathLike[str] | None = None
) -> CheckReport:
    """Find and check every claim in ``text``.

    Parameters
    ----------
    text : the story, as published.
    election : the election a claim is checked against when neither its sentence nor its
        paragraph names one (default ``ge2024``); a year or election the text names takes
        precedence (:mod:`psephos.claims.when`); stated in the report's assumptions.
    db : the store (default: ``$PSEPHOS_DB`` or the user data folder).

    Returns
    -------
    CheckReport
        Claims with verdicts and evidence, the mentions found and the assumptions made;
        ``.to_dict()`` is the ``psephos check --json`` shape.
    """
    from psephos.store.connect import connect

    if not text.strip():
        raise InputError(
            "The text to check is empty.",
            hint="Pass a file with the story, or '-' to read standard input.",
        )
    con = connect(db)
    found = con.execute(
        "SELECT count(*) FROM elections WHERE election_id = ? AND kind = 'general'", [election]
    ).fetchone()
    if not found or not found[0]:
        names = [
            r[0]
            for r in con.execute(
                "SELECT election_id FROM elections WHERE kind = 'general' ORDER BY date DESC"
            ).fetchall()
        ]
        raise NotFoundError(f"No general election '{election}' in the store.", suggestions=names)
    gaz = gazetteer(con)
    mentions = find_mentions(text, gaz, election=election)
    doc = prepare(text, mentions, election)
    refs = find_refs(text, doc.folded)
    checked = []
    for claim in find_claims(doc):
        when = election_for(
            claim,
            doc.sentences[claim.sentence],
            text,
            refs,
            default=election,
            general=gaz.elections,
        )
        if when is not None:
            claim.params["election"] = when
        checked.append(checks.check(con, claim, election))
    assumptions = [
        f"A claim is checked against the election its sentence names ('the 2010 general "
        f"election', 'in 2019'), else one named earlier in its paragraph, else {election}; "
        "a year with no general election in the store is not checked.",
        "Seat figures are on the boundaries of that election (2010-2019 seats for 2010 to "
        "2019, 2024 seats for 2024); census claims about a seat as it was before 2024 are "
        "also checked on the 2010-2019 seat where the data allow.",
        "Census figures are Census 2021 (Scotland 2022) for the 2024 seats; figures for "
        "older seats are estimates (method given with each).",
    ]
    return CheckReport(text, election, checked, mentions, assumptions)


def check_file(
    path: str | os.PathLike[str],
    *,
    election: str = "ge2024",
    db: str | os.PathLike[str] | None = None,
) -> CheckReport:
    """:func:`check_text` on a UTF-8 text file (see :func:`decode` for what is refused)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"No file at {p}.", hint="Give the path of a text file, or '-' for stdin.")
    return check_text(decode(p.read_bytes(), str(p)), election=election, db=db)


def decode(data: bytes, source: str) -> str:
    """``data`` as UTF-8 text (a leading byte-order mark is dropped).

    Raises :class:`~psephos.errors.InputError` naming ``source`` (a path, or "standard
    input"), the first undecodable byte, its offset, line and column, and how to re-save
    the text as UTF-8; also for data with NUL bytes (a binary file, not a story). No other
    encoding is guessed: a Latin-1 or Windows-1252 "é" must not silently become a
    different letter in a name the checker matches.
    """
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + skip  # offset into ``data``
        line = data.count(b"\n", 0, at) + 1
        col = at - (data.rfind(b"\n", 0, at) + 1) + 1
        raise InputError(
            f"{source} is not UTF-8 text: byte 0x{data[at]:02x} at offset {at} "
            f"(line {line}, column {col}) is not valid UTF-8.",
            hint="Re-save the text as UTF-8 (in an editor: 'Save as', encoding UTF-8; or "
            "`iconv -f windows-1252 -t utf-8 story.txt > story-utf8.txt` for a Latin-1 or "
            "Windows file) and check it again.",
        ) from None
    if "\x00" in text:
        at = text.index("\x00")
        raise InputError(
            f"{source} looks like a binary file, not text: it has a NUL byte at character {at}.",
            hint="Give the story as a plain UTF-8 text file.",
        )
    return text
