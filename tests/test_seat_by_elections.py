"""By-elections in seat profiles: the current member after a by-election, changes of hands
between general elections, by-elections found by id, and `psephos elections`.

The rules are checked by sweeping every seat against an independent SQL reading of the
store; golden names come from the Commons Library by-election file for the 2024 Parliament
(results-by-parliament/59/by-elections/constituencies.csv, listed in PROVENANCE.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.analysis.seat import seat_profile
from psephos.cli import cli
from psephos.errors import NotFoundError


@pytest.fixture(scope="module")
def later_by(db) -> dict[str, list[tuple]]:  # noqa: ANN001 - duckdb connection
    """ons_code -> by-elections after the 2024 general election (SQL, not the library)."""
    rows = db.execute(
        """SELECT t.ons_code, e.election_id, t.winner_party, k.member_id
           FROM elections e JOIN contests t USING (election_id)
           JOIN candidacies k ON k.election_id = t.election_id AND k.ons_code = t.ons_code
                              AND k.elected
           WHERE e.kind = 'by-election'
             AND e.date > (SELECT date FROM elections WHERE election_id = 'ge2024')
           ORDER BY e.date"""
    ).fetchall()
    out: dict[str, list[tuple]] = {}
    for code, eid, party, member in rows:
        out.setdefault(code, []).append((eid, party, member))
    return out


def test_every_2024_seat_names_its_current_member(store_path: Path, db, later_by) -> None:  # noqa: ANN001
    codes = [
        r[0]
        for r in db.execute(
            "SELECT ons_code FROM contests WHERE election_id = 'ge2024' ORDER BY 1"
        ).fetchall()
    ]
    assert len(codes) == 650
    seen = 0
    for code in codes:
        p = seat_profile(code, db=store_path)
        expected = later_by.get(code, [])
        assert [b["election_id"] for b in p.by_elections] == [e[0] for e in expected], code
        if expected:
            seen += 1
            now = p.current_member
            assert now is not None, code
            assert now["party_code"] == expected[-1][1]
            assert now["member_id"] == expected[-1][2]
            assert now["since_election_id"] == expected[-1][0]
            # a new member holds the seat since the by-election; the same member keeps
            # the tenure of the general election
            if p.member and p.member["member_id"] == now["member_id"]:
                assert now["held_since"] == p.member["held_since"]
            else:
                assert now["held_since"] == now["since_date"].year
        else:
            assert p.current_member is None, code
    assert seen == len(later_by) > 0


# The six by-elections of the 2024 Parliament in the store: the Commons Library file
# results-by-parliament/59/by-elections/constituencies.csv (winner's party and surname).
SIX = {
    "Runcorn and Helsby": ("RUK", "Pochin", True),
    "Gorton and Denton": ("Green", "Spencer", True),
    "Aberdeen South": ("Con", "Lumsden", True),
    "Arbroath and Broughty Ferry": ("SNP", "Bird", False),
    "Makerfield": ("Lab", "Burnham", False),
    "Clacton": ("RUK", "Farage", False),
}


@pytest.mark.parametrize("seat", sorted(SIX))
def test_the_six_by_election_seats(store_path: Path, seat: str) -> None:
    party, surname, gain = SIX[seat]
    p = seat_profile(seat, db=store_path)
    assert p.current_member is not None
    assert p.current_member["party_code"] == party
    assert p.current_member["name"].endswith(surname)
    assert p.by_elections[-1]["changed_hands"] is gain
    text = CliRunner().invoke(cli, ["seat", seat, "--db", str(store_path)]).output
    assert "Current member" in text and surname in text


def test_older_general_elections_have_no_current_member(store_path: Path) -> None:
    # Rochdale's 2019 winner was replaced at the 29 Feb 2024 by-election; that was not
    # "current" after the 2024 general election
    p = seat_profile("Rochdale", election="ge2019", db=store_path)
    assert [b["winner_party"] for b in p.by_elections] == ["WPB"]
    assert p.current_member is None


def test_by_election_change_of_hands_before_a_general_election(
    store_path: Path,
    db,  # noqa: ANN001
) -> None:
    """Sweep: a note exactly where the seat (or its main predecessor, across the 2024
    boundary change) changed hands at a by-election in the parliament before."""
    by = db.execute(
        """SELECT t.ons_code, e.date, t.winner_party FROM elections e
           JOIN contests t USING (election_id) WHERE e.kind = 'by-election'"""
    ).fetchall()
    generals = dict(
        db.execute("SELECT election_id, date FROM elections WHERE kind = 'general'").fetchall()
    )
    winners = {
        (e, c): w
        for e, c, w in db.execute(
            "SELECT election_id, ons_code, winner_party FROM contests WHERE election_id LIKE 'ge%'"
        ).fetchall()
    }
    main_pred = dict(
        db.execute(
            """SELECT new_code, arg_max(old_code, pop_share_of_new) FROM boundary_overlaps
               GROUP BY new_code"""
        ).fetchall()
    )
    order = sorted(generals, key=generals.get)
    checked = 0
    for prev, now in zip(order, order[1:], strict=False):
        codes = [c for (e, c) in winners if e == now]
        for code in codes:
            old = code if now != "ge2024" else main_pred.get(code)
            held = sorted(
                (d, w) for c, d, w in by if c == old and generals[prev] < d < generals[now]
            )
            holder, changed = winners.get((prev, old)), False
            for _, w in held:
                changed |= holder is not None and w != holder
                holder = w
            if not held:
                continue
            p = seat_profile(code, election=now, db=store_path)
            note = p.result["by_election_before"]
            assert (note is not None) is changed, (now, code)
            checked += 1
    assert checked > 50
    rochdale = seat_profile("Rochdale", db=store_path).result["by_election_before"]
    # Rochdale 29 Feb 2024: WPB gain from Lab (the 2010-set seat), then Lab won in 2024
    assert rochdale["winner_party"] == "WPB"
    assert "Lab gain from WPB" in rochdale["note"]


def test_every_by_election_is_findable(store_path: Path, db) -> None:  # noqa: ANN001
    rows = db.execute(
        """SELECT e.election_id, c.name, t.result_text FROM elections e
           JOIN contests t USING (election_id)
           JOIN constituencies c ON c.ons_code = t.ons_code AND c.boundary_set = e.boundary_set
           WHERE e.kind = 'by-election'"""
    ).fetchall()
    assert len(rows) >= 60
    for eid, name, text in rows:
        p = seat_profile(name, election=eid, db=store_path)
        assert p.election["election_id"] == eid
        assert p.result["text"] == text
        # a date prefix finds it too
        assert seat_profile(name, election=eid[:13], db=store_path).election["election_id"] == eid


def test_by_alone_is_the_latest_by_election(store_path: Path) -> None:
    p = seat_profile("Clacton", election="by", db=store_path)
    assert p.election["election_id"] == "by-2026-08-13-clacton"
    with pytest.raises(NotFoundError, match="no by-election"):
        seat_profile("Ilford North", election="by", db=store_path)
    with pytest.raises(NotFoundError, match="by-2014-10-09-clacton"):
        seat_profile("Clacton", election="by-1999", db=store_path)


def test_abolished_seat_at_2024_names_its_successors(store_path: Path, db) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError) as err:
        seat_profile("Bristol West", election="ge2024", db=store_path)
    assert "Bristol Central" in (err.value.hint or "")
    with pytest.raises(NotFoundError) as err:
        seat_profile("Bristol Central", election="ge2019", db=store_path)
    assert "Bristol West" in (err.value.hint or "")
    # sweep: every 2010-set seat with no 2024 namesake names its largest successor
    from psephos.analysis.names import fold

    names_2024 = {
        fold(n)
        for (n,) in db.execute(
            "SELECT name FROM constituencies WHERE boundary_set = '2024'"
        ).fetchall()
    }
    rows = [
        (old, biggest)
        for old, biggest in db.execute(
            """SELECT c.name, arg_max(o.new_name, o.pop_share_of_old) FROM constituencies c
               JOIN boundary_overlaps o ON o.old_code = c.ons_code
               WHERE c.boundary_set = '2010' GROUP BY c.name"""
        ).fetchall()
        if fold(old) not in names_2024
    ]
    assert len(rows) > 100
    for old, biggest in rows:
        with pytest.raises(NotFoundError) as err:
            seat_profile(old, election="ge2024", db=store_path)
        assert biggest in (err.value.hint or ""), old


def test_elections_command_lists_every_election(store_path: Path, db) -> None:  # noqa: ANN001
    n = db.execute("SELECT count(*) FROM elections").fetchone()[0]
    out = CliRunner().invoke(cli, ["elections", "--json", "--db", str(store_path)])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert len(rows) == n
    assert {r["kind"] for r in rows} == {"general", "notional", "by-election"}
    by = CliRunner().invoke(
        cli, ["elections", "--kind", "by-election", "--since", "2025", "--db", str(store_path)]
    )
    assert by.exit_code == 0 and "by-2026-08-13-clacton" in by.output


def test_candidate_command(store_path: Path, db) -> None:  # noqa: ANN001
    # every elected candidate with a member id is found by their own name, with that win
    rows = db.execute(
        """SELECT candidate, member_id, election_id FROM results
           WHERE elected AND member_id IS NOT NULL AND kind = 'general' USING SAMPLE 40"""
    ).fetchall()
    from psephos.analysis.candidates import find_candidate

    for name, member, eid in rows:
        found = find_candidate(name, db=store_path)
        person = next(p for p in found.people if p.member_id == member)
        assert eid in [c["election_id"] for c in person.candidacies]
    out = CliRunner().invoke(cli, ["candidate", "Galloway", "--json", "--db", str(store_path)])
    assert out.exit_code == 0
    shape = json.loads(out.output)
    assert {"query", "note", "people"} <= set(shape)
    bad = CliRunner().invoke(cli, ["candidate", "Zzqx Vvqy", "--db", str(store_path)])
    assert bad.exit_code != 0 and "Traceback" not in bad.output


def test_by_elections_compare_with_the_general_election_before(
    store_path: Path,
    db,  # noqa: ANN001
) -> None:
    rows = db.execute(
        """SELECT e.election_id, t.ons_code,
                  (SELECT arg_max(g.election_id, g.date) FROM elections g
                   WHERE g.kind = 'general' AND g.boundary_set = e.boundary_set
                     AND g.date < e.date) AS before
           FROM elections e JOIN contests t USING (election_id)
           WHERE e.kind = 'by-election'"""
    ).fetchall()
    shares = {}
    for eid, code, party, share in db.execute(
        "SELECT election_id, ons_code, party_code, sum(share) FROM candidacies "
        "WHERE election_id LIKE 'ge%' GROUP BY ALL"
    ).fetchall():
        shares[(eid, code, party)] = share
    for eid, code, before in rows:
        p = seat_profile(code, election=eid, db=store_path)
        assert (p.comparison or {}).get("election_id") == before, eid
        for c in p.candidates:
            key = (before, code, c["party_code"])
            if c["party_code"] != "Ind" and key in shares:
                assert c["change"] == pytest.approx(c["share"] - shares[key]), (eid, c["name"])
