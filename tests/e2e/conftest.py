"""Fixtures for the end-to-end tests: a real uvicorn server on loopback and headless Chromium.

Chromium is Debian's (``PSEPHOS_CHROMIUM`` or ``/usr/bin/chromium``), driven by Playwright.
Without it the tests are skipped with the reason, unless ``CI`` is set, where they fail.
Screenshots go to ``test-artifacts/`` at the repository root. The server is the
``psephos serve`` command itself, in a subprocess on a port the system picks.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def chromium_path() -> str | None:
    path = os.environ.get("PSEPHOS_CHROMIUM") or "/usr/bin/chromium"
    if Path(path).exists():
        return path
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def server(store_path: Path) -> Iterator[str]:
    """``psephos serve --port 0 --json`` (the command users run) on 127.0.0.1 in a
    subprocess over the session's store; yields its base URL."""
    import json
    import subprocess
    import sys

    exe = Path(sys.executable).with_name("psephos")
    env = {**os.environ, "PSEPHOS_DB": str(store_path)}
    proc = subprocess.Popen(
        [str(exe), "serve", "--port", "0", "--json"], stdout=subprocess.PIPE, env=env, text=True
    )
    assert proc.stdout is not None
    text, deadline = "", time.monotonic() + 60
    try:
        while True:
            line = proc.stdout.readline()
            if not line or time.monotonic() > deadline:
                pytest.fail(f"psephos serve did not start (exit code {proc.poll()}).")
            text += line
            try:
                url = json.loads(text)["url"].rstrip("/")
                break
            except json.JSONDecodeError:
                continue
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(
                "CI is set but Chromium is missing: install Debian's chromium or set "
                "PSEPHOS_CHROMIUM (.ci/run does both)."
            )
        pytest.skip(
            "Chromium not found (set PSEPHOS_CHROMIUM or `apt-get install chromium`); "
            "the browser tests need it."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


#: The two screen sizes every page is tried at: a desktop and a 390 px phone.
VIEWPORTS = {"desktop": {"width": 1200, "height": 1000}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=sorted(VIEWPORTS))
def size(request: pytest.FixtureRequest) -> str:
    """The screen size of a test: ``desktop`` or ``phone`` (each test runs at both)."""
    return str(request.param)


@pytest.fixture
def page(browser: Any, size: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh page at the test's screen size (so every browser test runs at both)."""
    ctx = browser.new_context(viewport=VIEWPORTS[size], is_mobile=size == "phone")
    pg = ctx.new_page()
    pg.set_default_timeout(60000)  # a loaded 2-core machine: first heavy pages are slow
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    name = request.node.name.replace("/", "_").replace("[", "_").replace("]", "")
    pg.screenshot(path=str(ARTIFACTS / f"{name}-final.png"), full_page=True)
    ctx.close()


@pytest.fixture(scope="session")
def axe() -> Any:
    """``axe(page)`` runs axe-core (bundled by axe-playwright-python: no network) on the
    page and returns its violations as ``[(rule id, impact, [targets])]``."""
    from axe_playwright_python.sync_playwright import Axe

    engine = Axe()

    def run(pg: Any) -> list[tuple[str, str, list[str]]]:
        results = engine.run(pg)
        return [
            (v["id"], v.get("impact") or "", [str(n["target"]) for n in v["nodes"][:5]])
            for v in results.response["violations"]
        ]

    return run


@pytest.fixture
def shot() -> Any:
    """``shot(page, name)`` saves a screenshot of the current page as a test artefact."""

    def take(pg: Any, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)

    return take
