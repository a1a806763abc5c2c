"""The derived tables written at build (``psephos.store.derived``) hold exactly what the
analysis functions compute: every summary written (each general election, notional result
and 1918-2005 series election, by country, by region and UK/GB only) is the computed
summary, frame for frame (values, dtypes, order) and field for field; a store without them
computes as before; what a caller does to its copy does not reach the next caller."""

from __future__ import annotations

from pathlib import Path

import pytest


def _computed(monkeypatch: pytest.MonkeyPatch, store_path: Path, election: str, by: str):  # noqa: ANN202
    from psephos.analysis.summary import summary
    from psephos.store import derived

    with monkeypatch.context() as m:
        m.setattr(derived, "stored_summary", lambda *a: None)
        return summary(election=election, by=by, db=store_path)


def test_every_stored_summary_is_the_computed_one(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pandas as pd

    from psephos.analysis.frame import SEAT_ELECTIONS
    from psephos.analysis.summary import summary
    from psephos.store.derived import SUMMARY_BY, stored_summary, summary_keys

    keys = summary_keys(store_path)
    assert set(SEAT_ELECTIONS) <= set(keys) and {"1918", "1974F", "2005"} <= set(keys)
    n = 0
    for election in keys:
        for by in SUMMARY_BY:
            got = stored_summary(store_path, election, by)
            assert got is not None, (election, by)
            want = _computed(monkeypatch, store_path, election, by)
            pd.testing.assert_frame_equal(got.table, want.table, check_exact=True)
            pd.testing.assert_frame_equal(got.totals, want.totals, check_exact=True)
            assert got.to_dict().keys() == want.to_dict().keys()
            for field in ("election", "title", "compared_with", "compared_title", "level"):
                assert getattr(got, field) == getattr(want, field), (election, by, field)
            assert got.notes == want.notes
            # summary() reads the stored one
            read = summary(election=election, by=by, db=store_path)
            pd.testing.assert_frame_equal(read.table, want.table, check_exact=True)
            n += 1
    assert n == len(SUMMARY_BY) * len(keys)


def test_other_summaries_are_computed(store_path: Path) -> None:
    """Only the names written are read: an area, a comparison, another spelling of the
    election or ``by="all"`` is computed, and bad arguments raise as before."""
    from psephos.analysis.summary import summary
    from psephos.errors import InputError, NotFoundError
    from psephos.store.derived import stored_summary

    for election, by in (("2024", "country"), ("ge2024", "all"), ("GE1983", "region")):
        assert stored_summary(store_path, election, by) is None
        assert len(summary(election=election, by=by, db=store_path).table)
    assert summary(election="ge2024", area="Wales", db=store_path).totals["area"].tolist() == [
        "Wales"
    ]
    with pytest.raises(InputError):
        summary(election="ge2024", by="nowhere", db=store_path)
    with pytest.raises(NotFoundError):
        summary(election="ge1066", by="country", db=store_path)


def test_a_caller_changing_its_summary_changes_nothing_for_the_next(store_path: Path) -> None:
    import pandas as pd

    from psephos.analysis.summary import summary

    first = summary(election="ge2019", by="region", db=store_path)
    want = first.table.copy(deep=True), first.totals.copy(deep=True), list(first.notes)
    first.table["votes"] = -1
    first.table.loc[0, "party_code"] = "changed"
    first.totals.loc[0, "turnout"] = -1.0
    first.notes.append("changed")
    again = summary(election="ge2019", by="region", db=store_path)
    pd.testing.assert_frame_equal(again.table, want[0], check_exact=True)
    pd.testing.assert_frame_equal(again.totals, want[1], check_exact=True)
    assert again.notes == want[2]


def test_a_store_without_derived_tables_computes(tmp_path: Path) -> None:
    """A store built before derived tables (none in the file): nothing is read."""
    import duckdb

    from psephos.store.derived import stored_summary
    from psephos.store.schema import SCHEMA_VERSION

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (schema_version INTEGER)")
    con.execute("INSERT INTO meta VALUES (?)", [SCHEMA_VERSION])
    con.close()
    assert stored_summary(path, "ge2024", "country") is None


def test_derived_tables_carry_the_fingerprint_of_the_code_that_wrote_them(
    store_path: Path,
) -> None:
    from psephos.store.connect import connect
    from psephos.store.derived import INFO, code_fingerprint, load

    con = connect(store_path)
    assert con.execute(f'SELECT fingerprint FROM "{INFO}"').fetchall() == [(code_fingerprint(),)]
    assert load(con) is not None


def test_derived_tables_written_by_other_code_are_not_read(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store built by an earlier (or edited) psephos: its stored summaries may differ from
    what the running code computes, so none is read and every summary is computed."""
    from psephos.store import derived
    from psephos.store.connect import connect

    monkeypatch.setattr(derived, "code_fingerprint", lambda: "0" * 64)
    assert derived.load(connect(store_path)) is None
