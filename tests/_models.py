"""One back-test run per test process, shared by the test modules that read it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any


@functools.cache
def backtest_for(store: Path) -> Any:
    from psephos.models.backtest import backtest

    return backtest(db=store)
