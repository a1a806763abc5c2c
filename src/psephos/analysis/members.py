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


def speaker_party(election: str, *, db: DB = None) -> dict[str, Any] | None:
    """The Speaker elected at ``election`` and the party they sat for before the Chair.

    Some tallies count the Speaker with their former party ("Labour won 203 seats" in 2019,
    when the official count is 202 and Lindsay Hoyle is listed as Speaker). The former party
    is the member's latest candidacy under a party label (2010 onwards), else the party the
    seat was "gained from" when the Speaker first stood as Speaker there ("Spk gain from
    Con"). None when no Speaker stood at ``election`` or the former party is not recorded.

    Returns
    -------
    dict or None
        ons_code, name (the Speaker), party (former), how (which record decided), source_id.
        Read once per store and election (the claim checker asks for every seat total).
    """
    from psephos.store.connect import memo

    con = connect(db)
    found = memo(con, f"analysis.members.speaker_party:{election}", lambda: _speaker(con, election))
    return dict(found) if found is not None else None


def _speaker(con: Any, election: str) -> dict[str, Any] | None:
    row = con.execute(
        """SELECT c.ons_code, trim(coalesce(c.given_name, '') || ' ' ||
                  coalesce(c.family_name, '')), c.member_id, c.source_id, e.date
           FROM candidacies c JOIN elections e USING (election_id)
           WHERE c.election_id = ? AND c.party_code = 'Spk' LIMIT 1""",
        [election],
    ).fetchone()
    if row is None:
        return None
    ons_code, name, member_id, source_id, date = row
    if member_id is not None:
        before = con.execute(
            """SELECT c.party_code, c.election_id, c.source_id
               FROM candidacies c JOIN elections e USING (election_id)
               WHERE c.member_id = ? AND c.party_code <> 'Spk' AND e.date < ?
                 AND e.kind = 'general'
               ORDER BY e.date DESC LIMIT 1""",
            [int(member_id), date],
        ).fetchone()
        if before is not None:
            return {
                "ons_code": ons_code,
                "name": name,
                "party": before[0],
                "how": f"stood for {before[0]} at {before[1]}",
                "source_id": before[2],
            }
    gained = con.execute(
        """SELECT regexp_extract(k.result_text, 'Spk gain from (\\S+)', 1), k.election_id,
                  k.source_id
           FROM contests k JOIN elections e USING (election_id)
           WHERE k.ons_code = ? AND e.date <= ? AND k.result_text LIKE 'Spk gain from %'
           ORDER BY e.date DESC LIMIT 1""",
        [ons_code, date],
    ).fetchone()
    if gained is None or not gained[0]:
        return None
    return {
        "ons_code": ons_code,
        "name": name,
        "party": gained[0],
        "how": f"'Spk gain from {gained[0]}' at {gained[1]}",
        "source_id": gained[2],
    }
