"""No import cycles inside psephos.analysis: every import (module level, inside functions
and under TYPE_CHECKING) forms a graph that must be acyclic, so each module can be read,
tested and imported on its own (issue 13: metrics <-> swing, series <-> summary)."""

from __future__ import annotations

import ast
from pathlib import Path

import psephos.analysis

PACKAGE = "psephos.analysis"


def _graph() -> dict[str, set[str]]:
    root = Path(psephos.analysis.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in sorted(root.glob("*.py")):
        name = path.stem
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith(PACKAGE + "."):
                    deps.add(node.module[len(PACKAGE) + 1 :].split(".")[0])
                elif node.module == PACKAGE:
                    deps |= {a.name for a in node.names}
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.startswith(PACKAGE + "."):
                        deps.add(a.name[len(PACKAGE) + 1 :].split(".")[0])
        graph[name] = deps - {name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m) :] + [m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_analysis_has_no_import_cycles() -> None:
    graph = _graph()
    assert {"metrics", "swing", "series", "summary"} <= set(graph)
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_checker_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
