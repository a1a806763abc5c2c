"""The CLI's one error path: usage errors, library errors, damaged stores and unexpected
exceptions all end in one ``Error:`` line and a non-zero exit, for every command."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.cli import cli

# One valid invocation of every command that reads the store.
STORE_COMMANDS = {
    "seat": ["seat", "Ilford North"],
    "summary": ["summary"],
    "rank": ["rank", "majority"],
    "relate": ["relate", "change:Lab", "census:Muslim"],
    "swing": ["swing", "Con-Lab"],
    "gains": ["gains"],
    "history": ["history", "overturned"],
    "sql": ["sql", "SELECT count(*) FROM contests"],
    "export": ["export", "contests", "--to", "out.csv"],
    "chart": ["chart", "history", "--to", "out.svg"],
    "project": ["project", "--shares", "Lab=35,Con=25"],
    "whatif": ["whatif", "Ilford North"],
    "backtest": ["backtest"],
    "check": ["check", "story.txt"],
}


@pytest.fixture(scope="module")
def damaged(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Stores that cannot be read: cut short at several points, and foreign files."""
    root = tmp_path_factory.mktemp("damaged")
    data = store_path.read_bytes()
    out = {}
    for pct in (1, 30, 60, 90, 99):
        path = root / f"cut{pct}.duckdb"
        path.write_bytes(data[: len(data) * pct // 100])
        out[f"truncated at {pct}%"] = path
    (root / "text.duckdb").write_text("ons_code,name\nE1,Nowhere\n", encoding="utf-8")
    out["a CSV file"] = root / "text.duckdb"
    (root / "empty.duckdb").write_bytes(b"")
    out["an empty file"] = root / "empty.duckdb"
    con = sqlite3.connect(root / "sqlite.duckdb")
    con.execute("CREATE TABLE contests (x)")
    con.commit()
    con.close()
    out["a SQLite database"] = root / "sqlite.duckdb"
    (root / "zeros.duckdb").write_bytes(b"\0" * 65536)
    out["zeros"] = root / "zeros.duckdb"
    return out


def _run(args: list[str], tmp_path: Path, **env: str):  # noqa: ANN202
    runner = CliRunner()
    (tmp_path / "story.txt").write_text("Labour won Ilford North.\n", encoding="utf-8")
    with contextlib.chdir(tmp_path):  # commands that write files write them here
        return runner.invoke(cli, args, env=env)


def _one_error_line(result) -> str:  # noqa: ANN001
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("command", sorted(STORE_COMMANDS))
def test_damaged_store_for_every_command(command, damaged, tmp_path):
    for what, path in damaged.items():
        result = _run([*STORE_COMMANDS[command], "--db", str(path)], tmp_path)
        assert result.exit_code == 2, (what, result.output)
        line = _one_error_line(result)
        assert str(path) in line and "psephos build" in line, (what, line)


def test_missing_store_for_every_command(tmp_path):
    for command, args in STORE_COMMANDS.items():
        result = _run([*args, "--db", str(tmp_path / "none.duckdb")], tmp_path)
        assert result.exit_code == 2, (command, result.output)
        assert "No store at" in _one_error_line(result)


def test_usage_errors_are_one_line(tmp_path):
    for args in (
        ["seat"],
        ["rank", "majority", "--top", "x"],
        ["sql", "SELECT 1", "--nope"],
        ["summary", "--by", "planet"],
        ["nosuchcommand"],
    ):
        result = _run(args, tmp_path)
        assert result.exit_code == 2, args
        line = _one_error_line(result)
        assert "--help" in line or "Did you mean" in line, line


def test_unexpected_exception_is_one_line(monkeypatch, store_path, tmp_path):
    import psephos.analysis.summary as summary_module

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something\nmulti-line broke")

    monkeypatch.setattr(summary_module, "summary", boom)
    result = _run(["summary", "--db", str(store_path)], tmp_path)
    assert result.exit_code == 3
    line = _one_error_line(result)
    assert "RuntimeError: something multi-line broke" in line and "PSEPHOS_DEBUG" in line
    result = _run(["summary", "--db", str(store_path)], tmp_path, PSEPHOS_DEBUG="1")
    assert isinstance(result.exception, RuntimeError)  # the developer gets the traceback


def test_os_errors_are_one_line(monkeypatch, store_path, tmp_path):
    import psephos.analysis.summary as summary_module

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", "/some/file")

    monkeypatch.setattr(summary_module, "summary", full)
    result = _run(["summary", "--db", str(store_path)], tmp_path)
    assert result.exit_code == 1
    assert "No space left on device (/some/file)" in _one_error_line(result)


def test_overlong_argument_is_refused_before_parsing(tmp_path):
    result = _run(["seat", "x" * 100_001], tmp_path)
    assert result.exit_code == 2
    assert "100,001 characters long" in _one_error_line(result)


def test_overlong_filter_is_refused(store_path, tmp_path):
    result = _run(
        ["rank", "majority", "--where", "country=England," * 200, "--db", str(store_path)],
        tmp_path,
    )
    assert result.exit_code == 2
    assert "filters are too long" in _one_error_line(result)


def test_chart_into_a_missing_folder(store_path, tmp_path):
    for args in (
        ["chart", "history", "--to", str(tmp_path / "no" / "h.png")],
        ["relate", "change:Lab", "census:Muslim", "--chart", str(tmp_path / "no" / "r.png")],
    ):
        result = _run([*args, "--db", str(store_path)], tmp_path)
        assert result.exit_code == 2
        assert "does not exist" in _one_error_line(result)
    assert not (tmp_path / "no").exists()


def test_export_to_a_full_device_is_one_line(store_path, tmp_path):
    result = _run(
        ["export", "contests", "--to", "/dev/full", "--format", "csv", "--db", str(store_path)],
        tmp_path,
    )
    assert result.exit_code == 2
    assert "No space left on device" in _one_error_line(result)


_label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(
    scheme=st.sampled_from(["http", "https"]),
    host=st.one_of(
        st.lists(_label, min_size=1, max_size=4).map(".".join),
        st.ip_addresses(v=4).map(str),
        st.ip_addresses(v=6).map(lambda a: f"[{a}]"),
    ),
    port=st.one_of(st.none(), st.integers(1, 65535)),
    slash=st.booleans(),
)
def test_serve_accepts_every_well_formed_origin(scheme, host, port, slash):
    # the other half of the fuzz cases refusing bad origins: a checker that refused too
    # much would pass those
    from psephos.commands.web import check_origin

    origin = f"{scheme}://{host}" + (f":{port}" if port else "") + ("/" if slash else "")
    assert check_origin(None, None, origin) == origin  # type: ignore[arg-type]
