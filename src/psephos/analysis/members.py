"""Members of Parliament: when a member was first elected to the Commons.

"First elected" is read from the parliament in which the member made a maiden speech
(``maiden-speeches.csv``, UK Parliament): the general election that opened it, or the
year of the speech when it came later than that election (a by-election entrant).
"""

from __future__ import annotations

from typing import Any

from psephos.analysis.frame import DB
from psephos.store.connect import connect


def first_elected(member_id: int, *, db: DB = None) -> dict[str, Any] | None:
    """When ``member_id`` was first elected, from the earliest maiden speech.

    Returns
    -------
    dict or None
        year (of the general election that opened the parliament), parliament,
        election_date, speech_date, constituency, by_election (True when the speech came in
        a later year than that election, so the member may have entered at a by-election),
        source_id; None when the member made no recorded maiden speech.

    Examples
    --------
    >>> first_elected(338)["year"]    # Keith Vaz, Leicester East           # doctest: +SKIP
    1987
    """
    con = connect(db)
    row = con.execute(
        """SELECT m.parliament, p.election_date, m.date, m.constituency, m.source_id
           FROM maiden_speeches m LEFT JOIN parliaments p ON p.number = m.parliament
           WHERE m.member_id = ? ORDER BY m.parliament, m.date LIMIT 1""",
        [int(member_id)],
    ).fetchone()
    if row is None or row[1] is None:
        return None
    parliament, opened, spoke, constituency, source = row
    return {
        "year": opened.year,
        "parliament": int(parliament),
        "election_date": opened,
        "speech_date": spoke,
        "constituency": constituency,
        "by_election": spoke is not None and spoke.year > opened.year + 1,
        "source_id": source,
    }
