"""`psephos check`: JSON shape (snapshot written by hand from docs/claims.md), HTML, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from psephos.cli import cli

SNAP = json.loads((Path(__file__).parent / "snapshots" / "claims_report.json").read_text())
TEXT = (
    "Wes Streeting, 41, won Ilford North by a majority of 528. "
    "Labour was beaten by Jeremy Corbyn. Mr Starmer won 411 seats.\n"
)
TYPES = {
    "str": str,
    "int": int,
    "float": (int, float),
    "bool": bool,
    "list": list,
    "dict": dict,
    "null": type(None),
}


def _conforms(obj: dict, shape: dict) -> None:
    assert set(obj) == set(shape), set(obj) ^ set(shape)
    for k, t in shape.items():
        if t == "any":
            continue
        allowed = tuple(
            x
            for name in t.split("|")
            for x in (TYPES[name] if isinstance(TYPES[name], tuple) else (TYPES[name],))
        )
        assert isinstance(obj[k], allowed), (k, obj[k])


@pytest.fixture()
def runner(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("PSEPHOS_DB", str(store_path))
    return CliRunner()


def test_json_shape(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", "-", "--json"], input=TEXT)
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    _conforms(out, SNAP["report"])
    _conforms(out["counts"], SNAP["counts"])
    assert out["claims"]
    for c in out["claims"]:
        for part in [c, *c["parts"]]:  # a compound claim's parts have the claim's shape
            _conforms(part, SNAP["claim"])
            if part["stated"]:
                _conforms(part["stated"], SNAP["stated"])
            for e in part["evidence"]:
                _conforms(e, SNAP["evidence"])
    for m in out["mentions"]:
        _conforms(m, SNAP["mention"])
    for u in out["unexamined"]:
        _conforms(u, SNAP["unexamined"])
    _conforms(out["coverage"], SNAP["coverage"])
    _conforms(out["inference"], SNAP["inference"])
    # the age is reported, not checked; the majority is read as a frame with its command
    assert {"text": "41", "reason": "age"}.items() <= out["unexamined"][0].items()
    (claim,) = [c for c in out["claims"] if c["kind"] == "majority"]
    assert claim["frame"]["scope"]["name"] == "Ilford North" and claim["verdict"] == "supported"


def test_table(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", "-", "--width", "120"], input=TEXT)
    assert res.exit_code == 0, res.output
    assert "supported" in res.output and "Mr Starmer" in res.output


def test_html(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(cli, ["check", str(story), "--html"])
    assert res.exit_code == 0, res.output
    html = res.output
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    assert "<mark" in html and 'href="#c1"' in html and "<script" not in html


def test_errors(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(cli, ["check", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2
    res = runner.invoke(cli, ["check", "-"], input="  \n")
    assert res.exit_code == 2 and "empty" in res.output
    res = runner.invoke(cli, ["check", "-", "--json", "--html"], input=TEXT)
    assert res.exit_code == 2


def test_bounded_input(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", "-"], input=b"x" * (5 * 1024 * 1024 + 1))
    assert res.exit_code == 2 and "larger than 5 MB" in res.output and "Traceback" not in res.output
    if Path("/dev/zero").exists():
        res = runner.invoke(cli, ["check", "/dev/zero"])
        assert res.exit_code == 2 and "Traceback" not in res.output


def test_help_has_example(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", "--help"])
    assert res.exit_code == 0 and "psephos check story.txt" in res.output


# Input that is not UTF-8: a clear InputError (exit 2) naming the source, the byte, its
# offset and line, and how to re-save the text; never a traceback. "Sinn F\xe9in" is
# Latin-1: "Sinn F" is 6 bytes, so on its own the bad byte 0xe9 is at offset 6, line 1,
# column 7.
LATIN1 = "Labour won 411 seats.\nSinn F\xe9in won seven seats.\n".encode("latin-1")


def test_latin1_file_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "latin1.txt"
    story.write_bytes(LATIN1)
    res = runner.invoke(cli, ["check", str(story)])
    assert res.exit_code == 2, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert "Traceback" not in res.output
    # "Labour won 411 seats.\n" is 22 bytes, so 0xe9 is at 22 + 6 = 28, line 2, column 7
    assert str(story) in res.output and "not UTF-8" in res.output
    assert "0xe9 at offset 28 (line 2, column 7)" in res.output
    assert "UTF-8" in res.output and "iconv" in res.output


def test_binary_stdin_is_a_clear_error(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", "-"], input=b"Sinn F\xe9in")
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert (
        "standard input is not UTF-8" in res.output and "offset 6 (line 1, column 7)" in res.output
    )
    res = runner.invoke(cli, ["check", "-"], input=b"\x89PNG\r\n\x1a\n")  # 0x89 cannot start UTF-8
    assert res.exit_code == 2 and "0x89 at offset 0" in res.output
    res = runner.invoke(cli, ["check", "-", "--json"], input=b"\x00\x01\x02 Labour")
    assert res.exit_code == 2 and "binary" in res.output


def test_utf8_with_bom_and_library(store_path: Path, runner: CliRunner, tmp_path: Path) -> None:
    from psephos.claims import check_file
    from psephos.errors import InputError

    story = tmp_path / "bom.txt"
    story.write_bytes(b"\xef\xbb\xbf" + b"Labour won 411 seats.")
    res = runner.invoke(cli, ["check", str(story), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["text"].startswith("Labour") and out["counts"]["supported"] == 1
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(LATIN1)
    with pytest.raises(InputError, match="offset 28"):
        check_file(bad, db=store_path)
