"""The public names of the package are pinned: adding one is a decision, not an accident."""

from __future__ import annotations

import psephos

EXPECTED = {
    "build",
    "connect",
    "seat",
    "seat_profile",
    "find_seat",
    "search_seats",
    "SeatProfile",
    "PsephosError",
    "SourceError",
    "ChecksumError",
    "SchemaError",
    "ValidationError",
    "StoreError",
    "NotFoundError",
    "InputError",
    "ModelError",
    "__version__",
    "summary",
    "rank",
    "seat_rank",
    "relate",
    "seat_swing",
    "aggregate_swing",
    "gains_matrix",
    "sql",
    "export",
    "check_text",
    "check_file",
    "project",
    "whatif",
    "backtest",
    "fetch",
    "swing",
    "gains",
    "history",
    "chart",
    "save_chart",
}


def test_public_names() -> None:
    assert set(psephos.__all__) >= EXPECTED
    for name in psephos.__all__:
        assert getattr(psephos, name) is not None


def test_error_tree() -> None:
    assert issubclass(psephos.ChecksumError, psephos.SourceError)
    assert issubclass(psephos.ValidationError, psephos.SchemaError)
    for name in (
        "SourceError",
        "SchemaError",
        "StoreError",
        "NotFoundError",
        "InputError",
        "ModelError",
    ):
        assert issubclass(getattr(psephos, name), psephos.PsephosError)
