"""`psephos check` refuses input over the 5 MB cap before it imports the checker (issue 12):
a 6 MB file, 6 MB on standard input and /dev/zero end with the one-line error (exit 2)
while neither the extraction rules, the evaluators nor pandas have been imported, and no
store is opened (the store path given does not exist). Each case runs in a fresh
interpreter so that ``sys.modules`` shows what the command itself imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from psephos.claims.reader import MAX_BYTES

# the command line in a fresh interpreter; prints (after the command) a JSON line with the
# exit code and which heavy modules were imported
PROBE = """
import json, sys
from psephos.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = ["psephos.claims.check", "psephos.claims.extract", "psephos.claims.evaluate",
         "psephos.claims.gazetteer", "pandas", "duckdb"]
print(json.dumps({"code": code, "imported": [m for m in heavy if m in sys.modules]}))
"""


def _run(args: list[str], tmp_path: Path, stdin: bytes | None = None) -> tuple[dict, str]:
    env = {"PSEPHOS_DB": str(tmp_path / "no-store.duckdb"), "PATH": "/usr/bin:/bin"}
    res = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    out = json.loads(res.stdout.decode().strip().splitlines()[-1])
    return out, res.stderr.decode()


def _refused(out: dict, err: str, source: str) -> None:
    assert out["code"] == 2, err
    assert out["imported"] == [], out
    (line,) = err.strip().splitlines()  # one line, no traceback
    assert line == (
        f"Error: {source} is larger than 5 MB; the checker reads at most {MAX_BYTES:,} bytes. "
        "Check one story at a time (split a long file into stories)."
    )


def test_oversize_file_refused_before_the_checker_is_imported(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Labour won 411 seats. " * (6 * 1024 * 1024 // 22 + 1))  # > 6 MB
    out, err = _run(["check", str(big)], tmp_path)
    _refused(out, err, str(big))
    # with --json the same error is the JSON error object on stderr
    out, err = _run(["check", str(big), "--json"], tmp_path)
    assert out["code"] == 2 and out["imported"] == [], out
    assert json.loads(err) == {
        "error": "InputError",
        "message": f"{big} is larger than 5 MB; the checker reads at most {MAX_BYTES:,} bytes.",
        "hint": "Check one story at a time (split a long file into stories).",
    }


def test_oversize_stdin_refused_before_the_checker_is_imported(tmp_path: Path) -> None:
    out, err = _run(["check", "-"], tmp_path, stdin=b"a" * (MAX_BYTES + 1))
    _refused(out, err, "standard input")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_endless_device_refused_before_the_checker_is_imported(tmp_path: Path) -> None:
    out, err = _run(["check", "/dev/zero"], tmp_path)
    _refused(out, err, "/dev/zero")


def test_text_at_the_cap_goes_on_to_the_checker(tmp_path: Path) -> None:
    # exactly MAX_BYTES is accepted: the reader passes it on, and the checker (imported
    # only now) fails on the missing store instead
    ok = tmp_path / "ok.txt"
    ok.write_bytes(b"a" * MAX_BYTES)
    out, err = _run(["check", str(ok)], tmp_path)
    assert out["code"] == 2 and "psephos.claims.check" in out["imported"], (out, err)
    assert "No store" in err and "larger than" not in err
