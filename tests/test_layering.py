"""The flow of the design, checked on the source: the command line sits on top; nothing
below it (library, web app) imports from it, so the web layer and the Python API work
without the CLI's helpers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "psephos"
INTERFACE = {"cli.py", "commands"}
BELOW_CLI = sorted(p for p in SRC.rglob("*.py") if p.relative_to(SRC).parts[0] not in INTERFACE)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", BELOW_CLI, ids=lambda p: str(p.relative_to(SRC)))
def test_nothing_below_the_cli_imports_it(path: Path) -> None:
    bad = {
        name
        for name in _imports(path)
        if name in ("psephos.cli", "psephos.commands") or name.startswith("psephos.commands.")
    }
    assert not bad, f"{path.relative_to(SRC)} imports {sorted(bad)}; use psephos.jsonable"


def test_the_old_import_path_still_works() -> None:
    from psephos.commands._common import dumps, to_jsonable
    from psephos.jsonable import dumps as new_dumps
    from psephos.jsonable import to_jsonable as new

    assert to_jsonable is new and dumps is new_dumps
