"""The Key of one corpus story and the registry of story functions (see verify_keys)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICT = {True: "supported", False: "contradicted", "depends": "depends", None: "not_checkable"}


class Key:
    """The claims of one story, in article order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        self.items: list[dict[str, str]] = []

    def claim(self, anchor: str, truth: object, evidence: str) -> None:
        """`truth`: a computed truth value (supported/contradicted), "depends", or None."""
        if truth is not None and truth != "depends":
            truth = bool(truth)
        self.items.append({"anchor": anchor, "verdict": VERDICT[truth], "evidence": evidence})

    def problems(self) -> list[str]:
        out = []
        spans = []
        for it in self.items:
            a = it["anchor"]
            i = self.text.find(a)
            if i < 0 or self.text.find(a, i + 1) >= 0:
                out.append(f"anchor not found exactly once: {a!r}")
                continue
            spans.append((i, i + len(a), a))
        spans.sort()
        for (_, e1, a1), (s2, _, a2) in zip(spans, spans[1:], strict=False):
            if s2 < e1:
                out.append(f"anchors overlap: {a1!r} / {a2!r}")
        return out


STORIES: dict[str, Callable[[Key], None]] = {}


def story(name: str) -> Callable[[Callable[[Key], None]], Callable[[Key], None]]:
    def register(fn: Callable[[Key], None]) -> Callable[[Key], None]:
        STORIES[name] = fn
        return fn

    return register


def decide(name: str) -> Key:
    key = Key(name)
    STORIES[name](key)
    return key


def pct(x: float) -> str:
    return f"{100 * x:.2f}%"
