"""Fixtures for the end-to-end tests: a real uvicorn server on loopback and headless Chromium.

Chromium is Debian's (``PSEPHOS_CHROMIUM`` or ``/usr/bin/chromium``), driven by Playwright.
Without it the tests are skipped with the reason, unless ``CI`` is set, where they fail.
Screenshots go to ``test-artifacts/`` at the repository root.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(store_path: Path) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 in a background thread; yields its base URL."""
    import uvicorn

    from psephos.web import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(store_path), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("The web server did not start within 30 s.")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


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


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1200, "height": 1000})
    pg = ctx.new_page()
    pg.set_default_timeout(15000)
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    name = request.node.name.replace("/", "_").replace("[", "_").replace("]", "")
    pg.screenshot(path=str(ARTIFACTS / f"{name}-final.png"), full_page=True)
    ctx.close()


@pytest.fixture
def shot() -> Any:
    """``shot(page, name)`` saves a screenshot of the current page as a test artefact."""

    def take(pg: Any, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)

    return take
