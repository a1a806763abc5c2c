"""Renamed parties linked from the registrations file, and the 2010 UCUNF joint candidates
told apart from independents (a sweep over every registration and every 2010 NI seat)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from psephos.analysis.summary import summary
from psephos.cli import cli


def test_every_rename_in_the_registrations_file_is_linked(db) -> None:  # noqa: ANN001
    """Two MNIS ids under one Electoral Commission registration, with different codes in
    the candidate files that never stood at the same general election, are one party
    renamed: the later code's predecessor is the earlier one."""
    pairs = db.execute(
        """WITH used AS (
             SELECT k.party_code, k.party_mnis_id, min(e.date) AS first, max(e.date) AS last
             FROM candidacies k JOIN elections e USING (election_id)
             WHERE k.party_mnis_id IS NOT NULL GROUP BY ALL),
           reg AS (SELECT ec_party_id, mnis_party_id FROM party_registrations
                   WHERE ec_party_id IS NOT NULL AND mnis_party_id IS NOT NULL)
           SELECT a.party_code, b.party_code FROM reg r1 JOIN reg r2
             ON r1.ec_party_id = r2.ec_party_id AND r1.mnis_party_id < r2.mnis_party_id
           JOIN used a ON a.party_mnis_id = r1.mnis_party_id
           JOIN used b ON b.party_mnis_id = r2.mnis_party_id
           WHERE a.party_code <> b.party_code"""
    ).fetchall()
    linked = dict(
        db.execute(
            "SELECT party_code, predecessor FROM parties WHERE predecessor IS NOT NULL"
        ).fetchall()
    )
    ge = {
        p: set(e.split(","))
        for p, e in db.execute(
            """SELECT party_code, string_agg(DISTINCT election_id, ',') FROM candidacies
               WHERE election_id LIKE 'ge%' GROUP BY 1"""
        ).fetchall()
    }
    checked = 0
    for a, b in pairs:
        if ge.get(a, set()) & ge.get(b, set()):
            continue
        assert linked.get(a) == b or linked.get(b) == a, (a, b)
        checked += 1
    assert checked >= 4
    # political-party-registrations.csv: PP1912 is Young People's Party (MNIS 212) and
    # Shared Ground (1111); PP7931 The Brexit Party (1006) and Reform UK (1036)
    assert linked["SG"] == "YPP" and linked["RUK"] == "BRX"


def test_shared_ground_change_compares_with_its_former_name(store_path: Path) -> None:
    s = summary(election="ge2024", by="none", db=store_path)
    uk = s.table[(s.table["area"] == "UK") & (s.table["party_code"] == "SG")]
    assert len(uk) == 1 and float(uk["prev_votes"].iloc[0]) > 0
    assert any("Shared Ground (SG) is compared with" in n for n in s.notes)


def test_ucunf_candidates_are_not_independents(db, store_path: Path) -> None:  # noqa: ANN001
    # 2010, Northern Ireland: 17 UCUNF candidates, 102,361 votes (House of Commons Library,
    # General Election 2010, RP10-36, Northern Ireland results table)
    n, votes = db.execute(
        """SELECT count(*), sum(votes) FROM candidacies
           WHERE election_id = 'ge2010' AND party_code = 'UCUNF'"""
    ).fetchone()
    assert (n, votes) == (17, 102361)
    # sweep: no 2010 NI independent has exactly the votes of the file's UUP column
    left = db.execute(
        """SELECT count(*) FROM candidacies k JOIN party_columns p
             ON p.election_id = k.election_id AND p.ons_code = k.ons_code
           WHERE k.election_id = 'ge2010' AND k.party_code = 'Ind'
             AND p.party_column = 'UUP' AND p.votes = k.votes"""
    ).fetchone()[0]
    assert left == 0
    s = summary(election="ge2010", area="Northern Ireland", db=store_path)
    ind = s.table[s.table["party_code"] == "Ind"]
    assert float(ind["votes"].iloc[0]) < 50000  # 147,203 before, with UCUNF's votes
    out = CliRunner().invoke(
        cli, ["seat", "North Down", "--election", "ge2010", "--db", str(store_path)]
    )
    assert "UCUNF" in out.output
