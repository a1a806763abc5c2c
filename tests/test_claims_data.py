"""The claim checker's store plumbing: the gazetteer kept with the connection, the one
previous-election map, and per-party share changes (independents never compared).

Birmingham Hall Green and Moseley (E14001094), from ``candidacies``:
  ge2024: Lab 12,798 votes = 0.308 of the valid vote; three independents (Afsar 7,142 =
    0.1717, Hafeez 6,159 = 0.1480, Raja 733 = 0.0176; together 0.3374);
  notional2019: Lab 0.663, Ind 0.080.
  Labour's change is 0.308 - 0.663 = -0.355. The old PARTY_CHANGE_SQL joined by party
  code without summing, so the three ge2024 independents gave three rows.
"""

from __future__ import annotations

import pytest


def test_gazetteer_is_memoised_on_the_connection(db) -> None:  # noqa: ANN001
    from psephos.claims import gazetteer as gz
    from psephos.store import connect

    g = gz.gazetteer(db)
    assert gz.gazetteer(db) is g
    assert connect._memo[(id(db), "claims.gazetteer")] is g  # cleared with the connection
    assert not hasattr(gz, "_cache")
    assert g.elections == {
        2010: "ge2010",
        2015: "ge2015",
        2017: "ge2017",
        2019: "ge2019",
        2024: "ge2024",
    }
    assert g.boundary_sets["ge2019"] == "2010" and g.boundary_sets["ge2024"] == "2024"


def test_one_previous_election_map() -> None:
    from psephos.analysis.frame import PREVIOUS
    from psephos.claims import checks, checks_context

    assert not hasattr(checks, "BASE")
    assert checks_context.PREVIOUS is PREVIOUS
    assert PREVIOUS["ge2010"] == "notional2005"  # the entry the old local map lacked


def test_party_change_sums_per_party(db) -> None:  # noqa: ANN001
    from psephos.claims import data

    lab = data.party_change(db, "ge2024", "notional2019", "E14001094", "Lab", "Lab")
    assert len(lab.rows) == 1
    assert lab.rows[0]["change"] == pytest.approx(0.308 - 0.663, abs=0.001)
    # the SQL itself returns one row per seat even for a code with several candidates
    # (parameters: election, seat, party, base, seat, base party)
    ind = data.run(
        db,
        data.PARTY_CHANGE_SQL,
        ["ge2024", "E14001094", "Ind", "notional2019", "E14001094", "Ind"],
    )
    assert len(ind.rows) == 1 and ind.rows[0]["share"] == pytest.approx(0.3374, abs=0.0005)
    # a party that did not stand: no row
    assert not data.party_change(db, "ge2024", "notional2019", "E14001094", "SNP", "SNP").rows


def test_independents_are_never_compared(db, store_path) -> None:  # noqa: ANN001
    from psephos.claims import check_text, data
    from psephos.errors import InputError

    with pytest.raises(InputError, match="Independents are not a party"):
        data.party_change(db, "ge2024", "notional2019", "E14001094", "Ind", "Ind")
    report = check_text(
        "Independents enjoyed a rise in support in heavily Muslim areas.", db=store_path
    )
    # read as a change over the heavily Muslim seats; independents are not a party, so
    # it is never contradicted (the evaluator says why)
    (c,) = report.claims
    assert c.claim.kind == "change" and c.verdict in ("not_checkable", "uncertain")
    assert "not a party" in c.explanation


def test_group_change_rows_are_per_seat(db) -> None:  # noqa: ANN001
    from psephos.claims import demography

    # 38 GB seats are at least 20% Muslim (test_claims_article.py); Lab stood once in each.
    res = demography.change_by_group(
        db, "muslim", "Lab", election="ge2024", base="notional2019", threshold=20.0
    )
    assert res["in"]["seats"] == 38
    # Independents at ge2024 in seats >= 20% Muslim: 61 candidacies in 31 seats
    # (SELECT count(DISTINCT ons_code), count(*) FROM candidacies JOIN census_summary
    #  USING (ons_code) WHERE election_id = 'ge2024' AND party_code = 'Ind' AND
    #  c21Muslim >= 20). One row per seat: 31, not 61 (the checker refuses Ind anyway).
    res = demography.change_by_group(
        db, "muslim", "Ind", election="ge2024", base="notional2019", threshold=20.0
    )
    assert res["in"]["seats"] == 31
