"""The claim checker's store plumbing: the gazetteer kept with the connection, the one
previous-election map, independents never compared, census group changes one row per seat.
"""

from __future__ import annotations


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

    assert PREVIOUS["ge2010"] == "notional2005"  # the entry the old local map lacked


def test_independents_are_never_compared(store_path) -> None:  # noqa: ANN001
    from psephos.claims import check_text

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
