"""Shared fixtures: the mirror (read-only) and one store built from it per test session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# the sweeps' shared checks (tests/_sweeps.py) report like a test module's asserts
pytest.register_assert_rewrite("tests._sweeps")

REPO = Path(__file__).resolve().parents[1]
MIRROR = Path(os.environ.get("PSEPHOS_MIRROR") or REPO.parent / "shared" / "data")


@pytest.fixture(scope="session")
def mirror() -> Path:
    if not (MIRROR / "results").is_dir():
        pytest.fail(
            f"No mirror at {MIRROR}: set PSEPHOS_MIRROR to a folder laid out like shared/data."
        )
    return MIRROR


@pytest.fixture(scope="session")
def store_path(mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once per session (per xdist worker) from the mirror."""
    from psephos.store.build import build

    path = tmp_path_factory.mktemp("store") / "psephos.duckdb"
    build(path, mirror=mirror, cache=tmp_path_factory.mktemp("cache"))
    return path


@pytest.fixture(scope="session")
def db(store_path: Path):  # noqa: ANN201 - a duckdb connection
    from psephos.store.connect import connect

    return connect(store_path)


@pytest.fixture(autouse=True)
def _isolate_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never touch the user's cache or store."""
    monkeypatch.setenv("PSEPHOS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("PSEPHOS_MIRROR", str(MIRROR))
    monkeypatch.delenv("PSEPHOS_VIA", raising=False)  # hints in the CLI's words unless a test says


@pytest.fixture(scope="session")
def client(store_path: Path) -> Iterator[Any]:
    """A starlette TestClient of the web app over the session's store (tests/test_web_*.py)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx2
        from starlette.testclient import TestClient

    from psephos.web import create_app

    with TestClient(create_app(store_path)) as c:
        yield c
