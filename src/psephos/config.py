"""Where psephos looks for its inputs and keeps its outputs.

Every location can be set by an environment variable, so tests and CI never touch the
user's own folders: ``PSEPHOS_MIRROR`` (a folder laid out like ``shared/data``),
``PSEPHOS_CACHE`` (downloaded files) and ``PSEPHOS_DB`` (the store).
"""

from __future__ import annotations

import os
from pathlib import Path


def _xdg(var: str, default: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else Path.home() / default


def mirror_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The mirror folder: ``explicit``, else ``$PSEPHOS_MIRROR``, else none."""
    value = explicit if explicit is not None else os.environ.get("PSEPHOS_MIRROR")
    return Path(value).expanduser() if value else None


def cache_dir() -> Path:
    """The download cache: ``$PSEPHOS_CACHE`` or ``~/.cache/psephos``."""
    value = os.environ.get("PSEPHOS_CACHE")
    return Path(value).expanduser() if value else _xdg("XDG_CACHE_HOME", ".cache") / "psephos"


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store: ``explicit``, else ``$PSEPHOS_DB``, else ``~/.local/share/psephos/psephos.duckdb``."""
    if explicit is not None:
        return Path(explicit).expanduser()
    value = os.environ.get("PSEPHOS_DB")
    if value:
        return Path(value).expanduser()
    return _xdg("XDG_DATA_HOME", ".local/share") / "psephos" / "psephos.duckdb"


def started_via() -> str:
    """How the user started psephos: ``"make"`` under the Makefile (``$PSEPHOS_VIA``),
    else ``"cli"``. Hints name the knob the user actually has (``MIRROR=`` or ``--mirror``)."""
    return "make" if os.environ.get("PSEPHOS_VIA") == "make" else "cli"
