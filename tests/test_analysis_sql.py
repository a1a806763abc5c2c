"""Read-only SQL and exports."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from psephos.analysis.export import export
from psephos.analysis.sql import run_sql
from psephos.errors import InputError, NotFoundError


def test_select(store_path):
    frame = run_sql(
        "SELECT count(*) AS n FROM contests WHERE election_id = 'ge2024'", db=store_path
    )
    assert int(frame["n"].iloc[0]) == 650


@pytest.mark.parametrize(
    "query",
    [
        "DROP TABLE contests",
        "DELETE FROM contests",
        "SELECT 1; DROP TABLE contests",
        "PRAGMA database_list",
        "ATTACH 'x.db'",
        "",
        "  -- only a comment",
    ],
)
def test_rejects_writes_and_junk(store_path, query):
    with pytest.raises(InputError):
        run_sql(query, db=store_path)


def test_semicolon_inside_a_string_is_fine(store_path):
    assert run_sql("SELECT 'a;b' AS x", db=store_path)["x"].iloc[0] == "a;b"


def test_bad_sql_is_an_input_error(store_path):
    with pytest.raises(InputError, match="SQL failed"):
        run_sql("SELECT * FROM no_such_table", db=store_path)


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json"])
def test_export_table(store_path, tmp_path, suffix):
    info = export("elections", tmp_path / f"e{suffix}", db=store_path)
    path = tmp_path / f"e{suffix}"
    rows = {
        ".csv": lambda: len(pd.read_csv(path)),
        ".parquet": lambda: len(pd.read_parquet(path)),
        ".json": lambda: len(json.loads(path.read_text())),
    }[suffix]()
    assert rows == info["rows"] > 0


def test_export_query_and_unknown_table(store_path, tmp_path):
    info = export(
        "SELECT * FROM contests WHERE election_id = 'ge2024'", tmp_path / "c.csv", db=store_path
    )
    assert info["rows"] == 650
    with pytest.raises(NotFoundError) as err:
        export("contest", tmp_path / "x.csv", db=store_path)
    assert "contests" in err.value.suggestions
