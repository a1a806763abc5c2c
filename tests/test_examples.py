"""Every example a user can copy runs: each `psephos ...` line in README.md and docs/*.md,
each example in every command's `--help`, and each Python block in the docs. An example must
exit 0 and print something (or, for Python, every expression statement must give a value).

Examples are collected from the text, so a new doc page or command is covered without
touching this file. Synopsis lines (`[--opt]`, `METRIC`, `a|b`, `...`) are not examples and
are skipped; `psephos serve` runs until Ctrl+C and is exercised by the web tests.
"""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from psephos.cli import COMMANDS, cli

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]

# Examples that fail today in another area's code, each with its reason. strict=True: once
# fixed, the XPASS fails here and the entry must be removed.
KNOWN_BROKEN: dict[str, str] = {}

_SYNOPSIS = re.compile(r"\[|\]|\.\.\.|…|\{|\}|\|| [A-Z][A-Z_]{2,}\b|FROM-TO")


def _fences(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.M | re.S)


def _is_synopsis(line: str) -> bool:
    code = line.split("  #")[0]
    unquoted = re.sub(r"\"[^\"]*\"|'[^']*'", "", code)
    return bool(_SYNOPSIS.search(unquoted)) or "..." in code or "…" in code


def _shell_examples() -> list[tuple[str, str]]:
    """(where, line) for every `psephos` line in the docs' shell blocks and in --help."""
    found: list[tuple[str, str]] = []
    for path in DOCS:
        for block in _fences(path.read_text(), "sh"):
            for line in block.splitlines():
                if line.strip().startswith("psephos ") and not _is_synopsis(line):
                    found.append((path.name, line.strip()))
    runner = CliRunner()
    for name in ["", *sorted(COMMANDS)]:
        text = runner.invoke(cli, [name, "--help"] if name else ["--help"]).output
        for line in text.splitlines():
            if line.strip().startswith("psephos ") and not _is_synopsis(line):
                found.append((f"psephos {name} --help".replace("  ", " "), line.strip()))
    return found


def _python_examples() -> list[tuple[str, str]]:
    return [(path.name, block) for path in DOCS for block in _fences(path.read_text(), "python")]


SHELL = list({example: where for where, example in reversed(_shell_examples())}.items())
SHELL = [(where, example) for example, where in reversed(SHELL)]
PYTHON = _python_examples()


def _commands(line: str) -> list[list[str]]:
    """The psephos invocations on one line: comments dropped, `;` splits, `> file` dropped."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=";>")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    out: list[list[str]] = [[]]
    tokens = list(lexer)
    i = 0
    while i < len(tokens):
        if tokens[i] == ";":
            out.append([])
        elif tokens[i] == ">":
            i += 1  # the output is captured by the test instead
        else:
            out[-1].append(tokens[i])
        i += 1
    return [cmd[1:] for cmd in out if cmd and cmd[0] == "psephos"]


def _localise(args: list[str], tmp: Path, mirror: Path) -> list[str]:
    """Paths in examples made to work from a scratch folder: the mirror and shared/ beside
    the repository, and any --db written to a fresh file (never the session's store)."""
    out = []
    for i, arg in enumerate(args):
        if arg.startswith("../shared/data"):
            arg = str(mirror) + arg.removeprefix("../shared/data")
        elif arg.startswith("../shared/"):
            arg = str(SHARED / arg.removeprefix("../shared/"))
        elif i and args[i - 1] == "--db":
            arg = str(tmp / "example.duckdb")
        out.append(arg)
    return out


def _symlinked_cache(cache: Path, mirror: Path) -> None:
    """A download cache holding every pinned file (links into the mirror): `fetch` offline."""
    from psephos.sources import REGISTRY
    from psephos.sources.resolve import cached_path

    for src in REGISTRY:
        link = cached_path(src, cache)
        link.parent.mkdir(parents=True, exist_ok=True)
        if not link.exists():
            link.symlink_to(mirror / src.mirror_path)


def _param(where: str, example: str) -> Any:
    marks = []
    if example in KNOWN_BROKEN:
        marks.append(pytest.mark.xfail(reason=KNOWN_BROKEN[example], strict=True))
    return pytest.param(example, id=f"{where}: {example}", marks=marks)


def test_examples_were_found() -> None:
    """The collectors see the docs and every command's --help (guards a silent empty run)."""
    wheres = {where for where, _ in SHELL}
    assert {"README.md", "psephos seat --help", "psephos fetch --help"} <= wheres
    assert len(SHELL) >= 2 * len(COMMANDS) and PYTHON


@pytest.mark.parametrize("example", [_param(w, e) for w, e in SHELL if "psephos serve" not in e])
def test_shell_example_runs_and_prints(
    example: str,
    store_path: Path,
    mirror: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(
        "Labour held Ilford North by 528 votes in 2024. Turnout fell to 59.6 per cent.\n"
    )
    cache = tmp_path / "cache"
    for args in _commands(example):
        args = _localise(args, tmp_path, mirror)
        env = {"PSEPHOS_DB": str(store_path), "PSEPHOS_CACHE": str(cache), "COLUMNS": "120"}
        if args[0] == "build":
            env["PSEPHOS_DB"] = str(tmp_path / "built.duckdb")
        if args[0] == "fetch":
            _symlinked_cache(cache, mirror)
        res = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)
        assert res.exit_code == 0, f"{example}\n{res.output}"
        assert res.output.strip(), f"{example} printed nothing"


@pytest.mark.parametrize("where, block", PYTHON, ids=[f"{w}: python" for w, _ in PYTHON])
def test_python_example_runs(
    where: str, block: str, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PSEPHOS_DB", str(store_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text("Labour held Ilford North by 528 votes in 2024.\n")
    namespace: dict[str, Any] = {}
    for node in ast.parse(block).body:
        code = ast.Module(body=[node], type_ignores=[])
        if isinstance(node, ast.Expr):
            value = eval(compile(ast.Expression(node.value), where, "eval"), namespace)
            assert value is not None, f"{where}: {ast.unparse(node)} gave None"
            if hasattr(value, "__len__"):
                assert len(value) > 0, f"{where}: {ast.unparse(node)} is empty"
        else:
            exec(compile(code, where, "exec"), namespace)
