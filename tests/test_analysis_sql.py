"""Read-only SQL and exports: the sandbox refuses every way out of the store, limits rows,
time and memory, and the CLI writes numbers exactly."""

from __future__ import annotations

import json
import os
from decimal import Decimal

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.analysis.export import export
from psephos.analysis.sql import DEFAULT_LIMIT, MAX_QUERY_CHARS, run_query, run_sql
from psephos.cli import cli
from psephos.commands.data import exact_column
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
        "UPDATE contests SET majority = 0",
        "INSERT INTO elections VALUES ('x')",
        "CREATE TABLE x AS SELECT 1",
        "SELECT 1; DROP TABLE contests",
        "SELECT 1; SELECT 2",
        "PRAGMA database_list",
        "CALL pragma_version()",
        "CHECKPOINT",
        "SET memory_limit = '10GB'",
        "RESET lock_configuration",
        "USE memory",
        "DETACH store",
        "EXPORT DATABASE '/tmp/x'",
        "IMPORT DATABASE '/tmp/x'",
        "",
        "  -- only a comment",
        "/* only a comment */",
        "SELEC 1",
        "SELECT 1\x00",
    ],
)
def test_rejects_writes_and_junk(store_path, query):
    with pytest.raises(InputError):
        run_sql(query, db=store_path)


# Every way DuckDB offers to read a file, list a folder, reach the network or load code.
# Each must fail inside the sandbox (a file that exists and is readable is used, so a
# failure cannot come from a missing file).
READABLE = os.path.abspath(__file__)
ESCAPES = [
    f"SELECT * FROM read_text('{READABLE}')",
    f"SELECT * FROM read_blob('{READABLE}')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_text('/proc/self/environ')",
    f"SELECT * FROM read_csv('{READABLE}')",
    f"SELECT * FROM read_csv_auto('{READABLE}')",
    f"SELECT * FROM sniff_csv('{READABLE}')",
    f"SELECT * FROM read_json('{READABLE}')",
    f"SELECT * FROM read_json_auto('{READABLE}')",
    f"SELECT * FROM read_ndjson('{READABLE}')",
    f"SELECT * FROM read_parquet('{READABLE}')",
    f"SELECT * FROM parquet_scan('{READABLE}')",
    f"SELECT * FROM parquet_metadata('{READABLE}')",
    f"SELECT * FROM parquet_schema('{READABLE}')",
    f"SELECT * FROM '{READABLE}'",
    "SELECT * FROM '/etc/passwd'",
    "SELECT * FROM glob('/root/.*')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM read_csv('https://example.com/x.csv')",
    "SELECT * FROM read_parquet('s3://bucket/x.parquet')",
    "SELECT * FROM read_text('http://127.0.0.1:9/')",
    "SELECT * FROM sqlite_scan('/tmp/x.db', 't')",
    "SELECT * FROM postgres_scan('host=127.0.0.1', 'public', 't')",
    "SELECT * FROM iceberg_scan('/tmp/x')",
    "SELECT * FROM delta_scan('/tmp/x')",
    "SELECT * FROM query('SELECT * FROM read_text(''/etc/passwd'')')",
    "SELECT * FROM query_table('/etc/passwd')",
    "INSTALL httpfs",
    "LOAD httpfs",
    "FORCE INSTALL httpfs",
    "LOAD '/tmp/evil.duckdb_extension'",
    "ATTACH '/tmp/other.duckdb' AS o",
    f"ATTACH '{READABLE}' AS o (TYPE sqlite)",
    "COPY contests TO '/tmp/psephos-sandbox-test.csv'",
    "COPY (SELECT 1) TO '/tmp/psephos-sandbox-test.parquet' (FORMAT parquet)",
    "COPY contests FROM '/etc/passwd'",
    "SET enable_external_access = true",
    "SET autoinstall_known_extensions = true",
    "SELECT * FROM duckdb_secrets()",
    "CREATE SECRET s (TYPE s3, KEY_ID 'k', SECRET 's')",
    "EXPLAIN SELECT * FROM read_text('/etc/passwd')",
    "EXPLAIN ANALYZE SELECT * FROM read_text('/etc/passwd')",
    "WITH x AS (SELECT * FROM read_text('/etc/passwd')) SELECT * FROM x",
    "SELECT (SELECT content FROM read_text('/etc/passwd'))",
    "DESCRIBE SELECT * FROM read_text('/etc/passwd')",
    "SUMMARIZE SELECT * FROM read_text('/etc/passwd')",
]


@pytest.mark.parametrize("query", ESCAPES)
def test_sandbox_refuses_files_network_and_extensions(store_path, query):
    try:
        frame = run_sql(query, db=store_path)
    except InputError:
        return
    # duckdb_secrets() is the one query that may run: it must show nothing
    assert "secrets" in query and frame.empty, (query, frame.head())
    assert not os.path.exists("/tmp/psephos-sandbox-test.csv")


def test_sandbox_error_says_why(store_path):
    with pytest.raises(InputError) as err:
        run_sql("SELECT * FROM read_text('/etc/passwd')", db=store_path)
    assert "sandbox" in str(err.value) and "no files, URLs or extensions" in str(err.value)


def test_sandbox_settings_are_locked(store_path):
    frame = run_sql(
        "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', "
        "'lock_configuration', 'autoinstall_known_extensions', 'autoload_known_extensions')",
        db=store_path,
    )
    assert dict(zip(frame["name"], frame["value"], strict=True)) == {
        "enable_external_access": "false",
        "lock_configuration": "true",
        "autoinstall_known_extensions": "false",
        "autoload_known_extensions": "false",
    }


def test_semicolon_inside_a_string_is_fine(store_path):
    assert run_sql("SELECT 'a;b' AS x", db=store_path)["x"].iloc[0] == "a;b"


def test_trailing_semicolon_is_one_statement(store_path):
    assert run_sql("SELECT 1 AS x;", db=store_path)["x"].iloc[0] == 1


def test_bad_sql_is_an_input_error(store_path):
    with pytest.raises(InputError, match="SQL failed"):
        run_sql("SELECT * FROM no_such_table", db=store_path)


def test_default_row_limit(store_path):
    result = run_query("SELECT * FROM results", db=store_path)
    assert len(result.frame) == DEFAULT_LIMIT and result.truncated
    # the results view has one row per candidacy
    (n,) = run_sql("SELECT count(*) AS n FROM candidacies", db=store_path)["n"]
    everything = run_query("SELECT * FROM results", limit=None, db=store_path)
    assert len(everything.frame) == n and not everything.truncated
    # 7 elections that are not by-elections: 5 general, 2 notional (docs/store.md)
    exact = run_query("SELECT * FROM elections WHERE kind <> 'by-election'", limit=7, db=store_path)
    assert len(exact.frame) == 7 and not exact.truncated


def test_time_limit(store_path):
    with pytest.raises(InputError) as err:
        run_sql("SELECT count(*) FROM range(100000000000)", timeout=0.5, db=store_path)
    assert "time limit of 0.5 s" in str(err.value) and "--timeout" in str(err.value)


def test_memory_limit(store_path):
    with pytest.raises(InputError) as err:
        run_sql("SELECT list(range) FROM range(100000000)", memory_mb=64, timeout=60, db=store_path)
    assert "memory limit of 64 MB" in str(err.value) and "--memory" in str(err.value)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"limit": -1},
        {"timeout": 0},
        {"timeout": float("nan")},
        {"timeout": float("inf")},
        {"timeout": -3},
        {"memory_mb": 0},
        {"memory_mb": 10**9},
    ],
)
def test_bad_limits(store_path, kwargs):
    with pytest.raises(InputError):
        run_query("SELECT 1", db=store_path, **kwargs)


def test_query_size_cap(store_path):
    with pytest.raises(InputError, match="limit is 100,000"):
        run_sql("SELECT 1 " + " " * MAX_QUERY_CHARS, db=store_path)


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


def test_export_is_sandboxed_and_not_row_limited(store_path, tmp_path):
    with pytest.raises(InputError, match="sandbox"):
        export("SELECT * FROM read_text('/etc/passwd')", tmp_path / "x.csv", db=store_path)
    (n,) = run_sql("SELECT count(*) AS n FROM candidacies", db=store_path)["n"]
    assert export("results", tmp_path / "r.parquet", db=store_path)["rows"] == n > DEFAULT_LIMIT


def test_export_to_a_full_device(store_path):
    # /dev/full fails every write with ENOSPC, as a full disk does
    with pytest.raises(InputError) as err:
        export("contests", "/dev/full", fmt="csv", db=store_path)
    assert "Could not write /dev/full: No space left on device" in str(err.value)


def test_export_into_a_missing_folder(store_path, tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        export("contests", tmp_path / "no" / "c.csv", db=store_path)
    assert not (tmp_path / "no").exists()


def test_exact_column_keeps_every_digit():
    # 50.5 must not become 50 or 51; 1/3 keeps the 16 digits of its shortest repr
    assert exact_column([50.5, 7.0, None]) == ["50.5", "7  ", "–"]  # points line up
    assert exact_column([1 / 3]) == ["0.3333333333333333"]
    assert exact_column([Decimal("12.345"), Decimal("1.2")]) == ["12.345", "1.2  "]
    assert exact_column([1e-7, float("nan")]) == ["0.0000001", "–"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=5))
def test_exact_column_round_trips(values):
    for value, text in zip(values, exact_column(values), strict=True):
        assert float(text) == value


@settings(max_examples=500, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_exact_numbers_are_numpys_shortest_positional_form(value):
    # the table writes floats without numpy (importing it cost the CLI ~0.1-0.5 s); the
    # text must be exactly numpy's shortest round-trip positional form, an independent
    # implementation (Dragon4) of the same definition
    import numpy as np

    from psephos.commands.data import _positional

    assert _positional(value) == str(np.format_float_positional(value, trim="-"))


def test_sql_command_imports_neither_numpy_nor_pandas(store_path):
    import subprocess
    import sys

    code = (
        "import sys; from psephos.cli import main\n"
        "try:\n    main(['sql', 'SELECT * FROM results', '--db', sys.argv[1]])\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in ('numpy', 'pandas') if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(store_path)], capture_output=True, text=True, check=True
    )
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr[-500:]


def _cli(args, store_path):
    return CliRunner().invoke(cli, [*args, "--db", str(store_path)])


def test_cli_table_is_exact_and_says_when_rows_are_cut(store_path):
    res = _cli(["sql", "SELECT 50.5 AS a, 1/3 AS b"], store_path)
    assert res.exit_code == 0 and "50.5" in res.output and "0.3333333333333333" in res.output
    res = _cli(["sql", "SELECT * FROM results"], store_path)
    assert res.exit_code == 0 and "1,000 rows; more rows not shown" in res.output
    res = _cli(["sql", "SELECT * FROM elections", "--limit", "2"], store_path)  # > 2 rows
    assert res.exit_code == 0 and "2 rows; more rows not shown" in res.output


def test_cli_outputs(store_path, tmp_path):
    q = "SELECT election_id, kind FROM elections WHERE kind <> 'by-election' ORDER BY date, 1"
    res = _cli(["sql", q, "--csv"], store_path)
    assert res.exit_code == 0 and res.output.splitlines()[0] == "election_id,kind"
    assert len(res.output.splitlines()) == 8  # header + 7 elections
    res = _cli(["sql", q, "--json"], store_path)
    data = json.loads(res.output)
    assert data["row_count"] == 7 and data["truncated"] is False
    assert data["rows"][0] == {"election_id": "notional2005", "kind": "notional"}
    res = _cli(["sql", q, "--parquet", str(tmp_path / "e.parquet")], store_path)
    assert res.exit_code == 0 and len(pd.read_parquet(tmp_path / "e.parquet")) == 7
    res = _cli(["sql", q, "--csv", "--json"], store_path)
    assert res.exit_code == 2 and "Choose one output" in res.output
    res = _cli(["sql", q, "--all", "--limit", "3"], store_path)
    assert res.exit_code == 2 and "not both" in res.output
