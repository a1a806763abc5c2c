"""Every command-line case the hardening report (issue 12) listed, re-run as a table: the
command, the exit code it must end with, and words its one ``Error:`` line must contain.

The report found tracebacks and wrong answers with exit code 0; each row is one of them (or
a sibling of the same class: the other sign, the other command with the same option). Cases
of the report tested elsewhere, with the file that tests them:

* a truncated or foreign store file, for every command: tests/test_cli_errors.py
  (``test_damaged_store_for_every_command``);
* ``chart`` / ``relate --chart`` into a missing folder, ``export`` to a full device:
  tests/test_cli_errors.py;
* a build on a full disk or a read-only file system, killed builds' temp files, a file
  missing from the mirror named with its path, ``build --db`` parents only with
  ``--parents``, the swapped winner and the other validation rules: tests/test_validation.py;
* every file-reading, network and extension function refused by ``sql``/``export``, the
  default row limit, time and memory limits: tests/test_analysis_sql.py;
* duplicate shares (``project --shares Lab=30,Lab=30``, ``whatif --group-split
  Lab=0.5,Lab=0.5``): the models' cases of tests/test_cli_fuzz.py (corpus ``party_shares``
  and ``group_split``).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.cli import cli

SCATTER = ["change:Lab", "census:Muslim"]
# (command line, exit code, words the error line must contain)
CASES: list[tuple[list[str], int, str]] = [
    # tracebacks in the report
    (["relate", *SCATTER, "--bins", "nan"], 2, "--bins 'nan'"),
    (["relate", *SCATTER, "--bins", "0,inf"], 2, "--bins"),
    (["relate", *SCATTER, "--bins", "0,0.1,0.1,1"], 2, "must all differ"),
    (["project", "--shares", "Lab=35,Con=25", "--seed", "-1"], 2, "'--seed'"),
    (["whatif", "Ilford North", "--sims", "10", "--seed", "-1"], 2, "'--seed'"),
    (["check", "/dev/zero"], 2, "larger than 5 MB"),
    # wrong answers with exit code 0 in the report ("-500% turnout", "2249th of 2248", a
    # row silently dropped, nothing printed, the DUP given seats in Great Britain)
    (["whatif", "Ilford North", "--group", "Muslim", "--group-change", "-5"], 2, "at least -1"),
    (["history", "where", "--value", "-5"], 2, "fraction from 0 to 1"),
    (["history", "where", "--value", "1.5"], 2, "fraction from 0 to 1"),
    (["history", "overturned", "--top", "-1"], 2, "--top must be at least 1"),
    (["history", "swings", "--top", "0"], 2, "--top must be at least 1"),
    (["rank", "majority", "--top", "-1"], 2, "--top"),
    (["relate", *SCATTER, "--top", "-1"], 2, "--top must be 0 or more"),
    (["swing", "Con-Lab", "--top", "-1"], 2, "--top must be 0 or more"),
    (["chart", "bars", "majority", "--top", "-1", "--to", "x.svg"], 2, "--top"),
    (["summary", "--area", "Atlantis"], 1, "No area 'Atlantis'"),
    (["summary", "--by", "region", "--area", "Narnia"], 1, "No area 'Narnia'"),
    (["check", "story.txt", "--width", "0"], 2, "'--width'"),
    (["check", "story.txt", "--width", "-80"], 2, "'--width'"),
    (["project", "--shares", "DUP=40"], 2, "Northern Ireland"),
    (["swing", "Con-Con"], 2, "same party twice"),
    (["swing", "con-CON"], 2, "same party twice"),
    (["swing", "RUK-BRX"], 2, "same party"),
    (["history", "overturned", "--since", "3000"], 2, "run from 1918 to"),
    (["history", "swings", "--since", "-1"], 2, "not a year of Westminster elections"),
    (["history", "independents", "--since", "2015"], 2, "does not apply"),
    (["elections", "--since", "3000"], 2, "selects nothing"),
]


def _id(case: tuple[list[str], int, str]) -> str:
    return " ".join(case[0])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reported")
    (path / "story.txt").write_text(
        "Labour won Ilford North by 528 votes in 2024.\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(("args", "code", "words"), CASES, ids=[_id(c) for c in CASES])
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_reported_case_is_one_clear_error(
    args: list[str], code: int, words: str, as_json: bool, store_path: Path, workdir: Path
) -> None:
    argv = [*args, "--db", str(store_path)] + (["--json"] if as_json else [])
    with contextlib.chdir(workdir):
        result = CliRunner().invoke(cli, argv)
    shown = "psephos " + " ".join(argv)
    assert "Traceback" not in result.output, shown
    assert result.exception is None or isinstance(result.exception, SystemExit), shown
    assert result.exit_code == code, f"{shown}: exit {result.exit_code}\n{result.output}"
    assert result.stdout == "", f"{shown}: printed an answer as well\n{result.stdout}"
    err = result.stderr.strip()
    if as_json and err.startswith("{"):
        data = json.loads(err)
        assert words in data["message"] + " " + (data.get("hint") or ""), (shown, data)
        return
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), f"{shown}:\n{err}"
    assert words in lines[0], f"{shown}: {lines[0]}"
    assert not (workdir / "x.svg").exists()  # a refused chart writes nothing
