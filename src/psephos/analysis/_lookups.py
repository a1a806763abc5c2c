"""Small tables read once per store connection and kept as dicts (see
:func:`psephos.store.connect.memo`), so that a seat profile needs only two queries.
Together they hold a few thousand rows: tens of milliseconds to load, once."""

from __future__ import annotations

from typing import Any

from psephos.store.connect import memo

Row = dict[str, Any]


def _rows(con: Any, sql: str, params: list[Any] | None = None) -> list[Row]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def elections(con: Any) -> dict[str, Row]:
    return memo(
        con,
        "lookups.elections",
        lambda: {
            r["election_id"]: r
            for r in _rows(
                con,
                "SELECT election_id, kind, date, boundary_set, parliament, title, source_id "
                "FROM elections",
            )
        },
    )


def seats(con: Any) -> dict[tuple[str, str], Row]:
    return memo(
        con,
        "lookups.seats",
        lambda: {
            (r["ons_code"], r["boundary_set"]): r
            for r in _rows(
                con,
                """SELECT ons_code, name, boundary_set, country, region, ctype AS type, source_id
                FROM constituencies""",
            )
        },
    )


def contests(con: Any) -> dict[tuple[str, str], Row]:
    def load() -> dict[tuple[str, str], Row]:
        out = {}
        for r in _rows(
            con,
            """SELECT election_id, ons_code, result_text AS text, winner_party,
                                      second_party, electorate, valid_votes, invalid_votes,
                                      turnout, majority, source_id, source_row FROM contests""",
        ):
            out[(r.pop("election_id"), r.pop("ons_code"))] = r
        return out

    return memo(con, "lookups.contests", load)


def winners(con: Any) -> dict[tuple[str, str], Row]:
    """Elected candidate per general election and seat: name, member id, source."""
    return memo(
        con,
        "lookups.winners",
        lambda: {
            (r["election_id"], r["ons_code"]): r
            for r in _rows(
                con,
                """SELECT election_id, ons_code, member_id, source_id,
                       trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) AS name
                FROM candidacies WHERE elected AND election_id LIKE 'ge%'""",
            )
        },
    )


def winners_by_member(con: Any) -> dict[Any, dict[str, Any]]:
    """:func:`winners` by member id: ``{member_id: {"ELECTION|ONS_CODE": source_id}}``
    (winners without a member id are left out), read only."""

    def load() -> dict[Any, dict[str, Any]]:
        out: dict[Any, dict[str, Any]] = {}
        for (e, c), w in winners(con).items():
            if w["member_id"] is not None:
                out.setdefault(w["member_id"], {})[f"{e}|{c}"] = w["source_id"]
        return out

    return memo(con, "lookups.winners_by_member", load)


def overlaps_by_new(con: Any) -> dict[str, list[Row]]:
    def load() -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for r in _rows(
            con,
            """SELECT new_code, old_code AS ons_code, old_name AS name,
                                      pop_share_of_new, pop_share_of_old, source_id
                               FROM boundary_overlaps
                               ORDER BY new_code, pop_share_of_new DESC, old_code""",
        ):
            out.setdefault(r.pop("new_code"), []).append(r)
        return out

    return memo(con, "lookups.overlaps", load)


def overlaps_by_old(con: Any) -> dict[str, list[Row]]:
    """2010-set seat -> the 2024 seats it overlaps, largest share of its people first."""

    def load() -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for r in _rows(
            con,
            """SELECT old_code, new_code AS ons_code, new_name AS name,
                      pop_share_of_new, pop_share_of_old, source_id
               FROM boundary_overlaps
               ORDER BY old_code, pop_share_of_old DESC, new_code""",
        ):
            out.setdefault(r.pop("old_code"), []).append(r)
        return out

    return memo(con, "lookups.overlaps_by_old", load)


def by_election_wins(con: Any) -> dict[int, list[Row]]:
    def load() -> dict[int, list[Row]]:
        out: dict[int, list[Row]] = {}
        for r in _rows(
            con,
            """SELECT k.member_id, e.date, k.ons_code, k.source_id
                               FROM candidacies k JOIN elections e USING (election_id)
                               WHERE e.kind = 'by-election' AND k.elected
                                 AND k.member_id IS NOT NULL ORDER BY e.date""",
        ):
            out.setdefault(int(r.pop("member_id")), []).append(r)
        return out

    return memo(con, "lookups.by_wins", load)


def by_elections(con: Any) -> dict[str, list[Row]]:
    """Every by-election per seat (ons_code), oldest first: its id, date, parliament,
    boundary set, result text, winner and runner-up, majority and the winning candidate."""

    def load() -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for r in _rows(
            con,
            """SELECT e.election_id, e.date, e.parliament, e.boundary_set, t.ons_code,
                      t.result_text AS text, t.winner_party, t.second_party, t.majority,
                      t.valid_votes, t.source_id, k.member_id, k.party_code,
                      trim(coalesce(k.given_name, '') || ' ' || coalesce(k.family_name, ''))
                        AS name
               FROM elections e JOIN contests t USING (election_id)
               LEFT JOIN candidacies k
                 ON k.election_id = t.election_id AND k.ons_code = t.ons_code AND k.elected
               WHERE e.kind = 'by-election' ORDER BY e.date, e.election_id""",
        ):
            out.setdefault(r["ons_code"], []).append(r)
        return out

    return memo(con, "lookups.by_elections", load)


def data_notes(con: Any) -> dict[tuple[str, str], list[str]]:
    """Known discrepancies in the official files, per (election, seat): see data_notes."""

    def load() -> dict[tuple[str, str], list[str]]:
        out: dict[tuple[str, str], list[str]] = {}
        for eid, code, column, note in con.execute(
            "SELECT election_id, ons_code, column_name, note FROM data_notes ORDER BY 1, 2, 3"
        ).fetchall():
            out.setdefault((eid, code), []).append(f"{column}: {note}")
        return out

    return memo(con, "lookups.data_notes", load)


def lineage(con: Any) -> dict[str, str]:
    return memo(
        con,
        "lookups.lineage",
        lambda: dict(
            con.execute(
                "SELECT party_code, predecessor FROM parties WHERE predecessor IS NOT NULL"
            ).fetchall()
        ),
    )


def sources(con: Any) -> dict[str, Row]:
    return memo(
        con,
        "lookups.sources",
        lambda: {
            r["source_id"]: r
            for r in _rows(
                con, "SELECT source_id, title, publisher, licence, url, file FROM sources"
            )
        },
    )
