"""The entry point: :func:`check_text` runs the whole pipeline on one text."""

from __future__ import annotations

import os
from pathlib import Path

from psephos.claims import checks, checks_context  # noqa: F401 - registers the checkers
from psephos.claims.entities import find_mentions
from psephos.claims.extract import find_claims, prepare
from psephos.claims.gazetteer import gazetteer
from psephos.claims.model import CheckReport
from psephos.errors import InputError, NotFoundError


def check_text(
    text: str, *, election: str = "ge2024", db: str | os.PathLike[str] | None = None
) -> CheckReport:
    """Find and check every claim in ``text``.

    Parameters
    ----------
    text : the story, as published.
    election : the election "the general election" means when the text gives no year
        (default ``ge2024``); stated in the report's assumptions.
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
    checked = [checks.check(con, claim, election) for claim in find_claims(doc)]
    assumptions = [
        f"'the general election' without a year means {election}.",
        "Seat figures are on the boundaries of that election; claims about a seat as it was "
        "before 2024 are also checked on the 2010-2019 seat where the data allow.",
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
    """:func:`check_text` on a UTF-8 file."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"No file at {p}.", hint="Give the path of a text file, or '-' for stdin.")
    return check_text(p.read_text(encoding="utf-8"), election=election, db=db)
