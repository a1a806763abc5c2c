"""What is remembered per connection (``psephos.store.connect.memo``, the store path the
checker reads back, the facts kept between processes) belongs to that connection object
only: once it is collected, a new connection or cursor that CPython gives the same ``id``
starts with nothing remembered.

Before this was so, a raw ``duckdb.connect`` connection (one the build or a test opened)
left its remembered facts behind; a cursor later given its id was answered with them (in
CI, now and then: "no folder for the kept facts", so a kept fact was computed again and
``test_any_value_is_read_back_as_kept`` failed as flaky). The tests below make ids be reused on purpose (many short-lived
connections) and check every new object is answered from its own store.
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import duckdb
import pytest

from psephos.claims.evaluate import store_path
from psephos.store import facts
from psephos.store.connect import READ_CONFIG, connect, memo, release

ROUNDS = 200


def _raw(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path))


def test_memo_of_a_collected_connection_is_not_served_to_its_id(tmp_path: Path) -> None:
    seen: set[int] = set()
    reused = 0
    for n in range(ROUNDS):
        con = duckdb.connect()
        reused += id(con) in seen
        seen.add(id(con))
        # every connection remembers its own value; none may get an earlier one's
        assert memo(con, "test.state", lambda n=n: n) == n
        con.close()
        del con
        gc.collect()
    assert reused, "ids were never reused: the test did not exercise what it is for"


def test_cursor_memo_is_its_own_after_reuse() -> None:
    base = duckdb.connect()
    for n in range(ROUNDS):
        cur = base.cursor()
        # a cursor of a connection connect() did not open shares nothing with its base
        assert memo(cur, "test.cursor", lambda n=n: n) == n
        assert memo(cur, "test.cursor", lambda: -1) == n  # and remembers its own value
        cur.close()
        del cur
        gc.collect()


def test_store_path_is_read_from_each_connection(tmp_path: Path) -> None:
    paths = []
    for n in range(4):
        p = tmp_path / f"s{n}.duckdb"
        duckdb.connect(str(p)).close()
        paths.append(p)
    reused = 0
    seen: set[int] = set()
    for n in range(ROUNDS):
        p = paths[n % len(paths)]
        con = _raw(p)
        reused += id(con) in seen
        seen.add(id(con))
        assert Path(str(store_path(con))).resolve() == p.resolve()
        con.close()
        del con
        gc.collect()
    assert reused


def test_kept_facts_after_raw_connections_died(store_path: Path, tmp_path: Path) -> None:
    """The flaky CI case: raw connections to a store (no folder for kept facts: not opened
    by ``connect``) die, then a store opened by ``connect`` reads a kept fact back."""
    path = tmp_path / "store" / "psephos.duckdb"
    path.parent.mkdir()
    shutil.copyfile(store_path, path)
    try:
        for n in range(40):
            raw = duckdb.connect(str(path), read_only=True, config=READ_CONFIG)
            # a raw connection keeps nothing in the folder: computed every time
            assert facts.kept(raw, f"test.raw:{n}", lambda n=n: {"raw": n}, dict) == {"raw": n}
            raw.close()
            del raw
            gc.collect()
            key = f"test.kept:{n}"
            release(path)
            assert facts.kept(connect(path), key, lambda n=n: {"v": n}, dict) == {"v": n}
            release(path)
            gc.collect()

            def fail() -> dict[str, int]:
                raise AssertionError("computed again: not read from the folder")

            assert facts.kept(connect(path), key, fail, dict) == {"v": n}
    finally:
        release(path)


@pytest.mark.parametrize("closed", [True, False])
def test_connection_state_is_forgotten_when_collected(closed: bool) -> None:
    from psephos.store import connect as module

    con = duckdb.connect()
    memo(con, "test.forget", lambda: 1)
    ident = id(con)
    assert any(k[0] == ident for k in module._memo)
    if closed:
        con.close()
    del con
    gc.collect()
    assert not any(k[0] == ident for k in module._memo)
