"""Round 10's start-up facts kept between processes (``psephos.store.facts``) give the facts
they replace, and are never served for another store or other code (no timings here:
speed is measured by ``benchmarks/claims.py``):

- every kept fact read back from the cache folder equals the one computed with the keeping
  off (frames column by column, dtypes and index included; dicts with their keys in order;
  the gazetteer field by field), and it was read (its builder was not called);
- a store changed in place (even with its modification time put back), a store rebuilt
  (another file renamed over it), another store, and other code each get their own facts,
  computed from their own rows; a connection whose file was replaced after it opened keeps
  nothing;
- a damaged, foreign or unreadable file is computed again; ``PSEPHOS_FACTS=0`` keeps
  nothing; a cache folder that cannot be written only means nothing is kept; old store
  folders are pruned;
- any picklable value of the declared kind is read back equal (hypothesis).

The store each test reads is its own copy of the session's, so releasing it (to start a
"new process": no connection, no remembered facts) leaves the other tests' store alone.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psephos.store import facts
from psephos.store.connect import connect, release

GENERAL = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")


def _figures(db: Path) -> Any:
    from psephos.claims import check

    con = connect(db)
    return check._figures(con, check._store_info(con)["general"])


def _call(module: str, name: str, *args: Any, **kw: Any) -> Callable[[Path], Any]:
    import importlib

    def run(db: Path) -> Any:
        fn = getattr(importlib.import_module(module), name)
        return fn(*args, **kw, db=db)

    return run


def _with_con(module: str, name: str, *args: Any) -> Callable[[Path], Any]:
    import importlib

    def run(db: Path) -> Any:
        fn = getattr(importlib.import_module(module), name)
        return fn(connect(db), *args)

    return run


#: (key of the fact, a call that needs it): every fact kept today
FACTS: list[tuple[str, Callable[[Path], Any]]] = [
    ("analysis.series.seats", _call("psephos.analysis.series", "history_seats")),
    ("analysis.series.party:uk", _call("psephos.analysis.series", "party_series")),
    ("analysis.series.party:gb", _call("psephos.analysis.series", "party_series", area="GB")),
    ("analysis.records.series_names", lambda db: _records()._series_names(db)),
    ("analysis.records.turnout_record:UK", _call("psephos.analysis.records", "turnout_record")),
    (
        "analysis.records.series_seat_table:1979",
        _call("psephos.analysis.records", "series_seat_table", "1979"),
    ),
    ("claims.gazetteer", _with_con("psephos.claims.gazetteer", "gazetteer")),
    (
        "analysis.seat.candidacies",
        _with_con("psephos.analysis.seat", "_candidacies", "E14001272", ("ge2024",)),
    ),
    (
        "analysis.frame.seat_frame:ge2019",
        _with_con("psephos.analysis.frame", "_seat_frame", "ge2019"),
    ),
    (
        "analysis.frame.party_votes:ge2024",
        _with_con("psephos.analysis.frame", "_party_votes", "ge2024"),
    ),
    ("claims.store_info", _with_con("psephos.claims.check", "_store_info")),
    ("claims.figures:" + ",".join(GENERAL), _figures),
]


#: facts whose key order is the database's (no ORDER BY), compared as lookup tables
LOOKUP_ONLY = ("claims.figures:",)


def _records() -> Any:
    from psephos.analysis import records

    return records


@pytest.fixture
def store(store_path: Path, tmp_path: Path) -> Iterator[Path]:
    """This test's own copy of the session's store (released at the end)."""
    path = tmp_path / "store" / "psephos.duckdb"
    path.parent.mkdir()
    shutil.copyfile(store_path, path)
    yield path
    release(path)


class Recorder:
    """Wraps :func:`psephos.store.facts.kept`: the value each key got and how many times
    its builder ran."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.values: dict[str, Any] = {}
        self.built: dict[str, int] = {}
        real = facts.kept

        def kept(con: Any, key: str, compute: Callable[[], Any], kind: type) -> Any:
            def counted() -> Any:
                self.built[key] = self.built.get(key, 0) + 1
                return compute()

            value = real(con, key, counted, kind)
            self.values[key] = value
            return value

        monkeypatch.setattr(facts, "kept", kept)

    def fresh(self, db: Path, call: Callable[[Path], Any]) -> None:
        """``call`` as in a new process: the store's connection and facts dropped first."""
        release(db)
        self.values.clear()
        self.built.clear()
        call(db)


def same(a: Any, b: Any) -> None:
    """``a`` and ``b`` are the same value: frames exactly (dtypes, index, column order),
    dicts with their keys in order, dataclasses field by field, containers item by item."""
    assert type(a) is type(b)
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
        assert list(a.columns) == list(b.columns)
        assert list(a.dtypes.astype(str)) == list(b.dtypes.astype(str))
    elif dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            same(getattr(a, f.name), getattr(b, f.name))
    elif isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            same(a[k], b[k])
    elif isinstance(a, list | tuple):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            same(x, y)
    else:
        assert a == b


def _folders() -> list[Path]:
    root = facts_root()
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def facts_root() -> Path:
    from psephos.config import cache_dir

    return cache_dir() / "facts"


@pytest.mark.parametrize(("key", "call"), FACTS, ids=[k for k, _ in FACTS])
def test_a_kept_fact_read_back_is_the_one_computed(
    store: Path, monkeypatch: pytest.MonkeyPatch, key: str, call: Callable[[Path], Any]
) -> None:
    rec = Recorder(monkeypatch)
    monkeypatch.setenv("PSEPHOS_FACTS", "0")
    rec.fresh(store, call)
    plain = rec.values[key]
    assert rec.built[key] == 1
    assert _folders() == []  # keeping off: nothing written
    monkeypatch.setenv("PSEPHOS_FACTS", "1")
    rec.fresh(store, call)
    assert rec.built[key] == 1  # no file yet: computed, and written
    written = rec.values[key]
    assert len(_folders()) == 1
    rec.fresh(store, call)
    assert rec.built.get(key, 0) == 0  # read from the folder, not built
    same(written, rec.values[key])  # what was written, keys in their order
    if key.startswith(LOOKUP_ONLY):
        # read with SELECT DISTINCT and no ORDER BY: two computations in one process give
        # the keys in different orders; the table is only looked up
        assert plain == rec.values[key]
    else:
        same(plain, rec.values[key])


def _change(path: Path, keep_mtime: bool = False) -> None:
    """An invented seat name in the 1918-2005 series and in today's constituencies (the
    first rows of each), written into the store file at ``path`` in place."""
    release(path)
    before = os.stat(path)
    con = duckdb.connect(str(path))
    try:
        con.execute(
            "UPDATE history_1918_2019 SET constituency_name = 'Invented Vale North' "
            "WHERE source_row = (SELECT min(source_row) FROM history_1918_2019 WHERE year = 1979) "
            "AND year = 1979"
        )
        con.execute(
            "UPDATE constituencies SET name = 'Invented Vale South' "
            "WHERE ons_code = (SELECT min(ons_code) FROM constituencies WHERE boundary_set = '2024')"
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    if keep_mtime:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _names(db: Path) -> tuple[set[str], set[str]]:
    from psephos.analysis.series import history_seats
    from psephos.claims.gazetteer import gazetteer

    return set(history_seats(db=db)["name"]), set(gazetteer(connect(db)).seat_names.values())


@pytest.mark.parametrize("keep_mtime", [False, True], ids=["new-mtime", "mtime-put-back"])
def test_a_store_changed_in_place_gets_its_own_facts(
    store: Path, monkeypatch: pytest.MonkeyPatch, keep_mtime: bool
) -> None:
    rec = Recorder(monkeypatch)
    rec.fresh(store, _names)  # kept for the store as it was
    old_series, old_seats = _names(store)
    assert "Invented Vale North" not in old_series
    assert "Invented Vale South" not in old_seats
    _change(store, keep_mtime=keep_mtime)
    rec.fresh(store, _names)
    assert rec.built["analysis.series.seats"] == 1  # computed for the new bytes
    assert rec.built["claims.gazetteer"] == 1
    new_series, new_seats = _names(store)
    assert "Invented Vale North" in new_series
    assert "Invented Vale South" in new_seats
    assert len(_folders()) == 2  # one per store's bytes


def test_a_rebuilt_store_renamed_over_the_old_gets_its_own_facts(
    store: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rec = Recorder(monkeypatch)
    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copyfile(store, rebuilt)
    _change(rebuilt)
    release(rebuilt)
    rec.fresh(store, _names)  # kept for the old store
    old = connect(store)  # a connection opened before the rebuild
    assert facts._store_checksum(old) is not None
    os.replace(rebuilt, store)  # what `psephos build` does
    # the file at the path is not the one ``old`` reads: nothing is kept for it
    assert facts._store_checksum(old) is None
    rec.fresh(store, _names)
    assert rec.built["analysis.series.seats"] == 1
    assert "Invented Vale North" in _names(store)[0]
    assert "Invented Vale South" in _names(store)[1]


def test_two_stores_in_one_process_keep_their_own_facts(
    store: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rec = Recorder(monkeypatch)
    other = tmp_path / "other.duckdb"
    shutil.copyfile(store, other)
    _change(other)
    rec.fresh(store, _names)
    rec.fresh(other, _names)
    assert rec.built["analysis.series.seats"] == 1  # the other store's: not the first's
    assert "Invented Vale North" in _names(other)[0]
    assert "Invented Vale North" not in _names(store)[0]
    rec.fresh(store, _names)  # the first store's facts, read back: still its own
    assert rec.built.get("analysis.series.seats", 0) == 0
    assert "Invented Vale North" not in _names(store)[0]
    release(other)


def test_other_code_gets_its_own_facts(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rec = Recorder(monkeypatch)
    rec.fresh(store, _names)
    rec.fresh(store, _names)
    assert rec.built.get("claims.gazetteer", 0) == 0
    monkeypatch.setattr(facts, "code_checksum", lambda: "0" * 64)  # psephos edited
    rec.fresh(store, _names)
    assert rec.built["claims.gazetteer"] == 1
    assert len(_folders()) == 2


def test_the_code_checksum_covers_every_module() -> None:
    import psephos

    root = Path(psephos.__file__).parent
    # the modules the kept facts are built by are among those read
    for name in ("analysis/series.py", "analysis/records.py", "claims/gazetteer.py"):
        assert (root / name).is_file()
    assert len(facts.code_checksum()) == 64


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a pickle", b"\x80\x05K\x01.", None],
    ids=["empty", "garbage", "an-int", "another-key"],
)
def test_a_damaged_or_foreign_file_is_computed_again(
    store: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes | None
) -> None:
    import pickle

    rec = Recorder(monkeypatch)
    rec.fresh(store, _names)
    plain = rec.values["claims.gazetteer"]
    (folder,) = _folders()
    for f in folder.glob("*.pickle"):
        data = damage if damage is not None else pickle.dumps(("another.key", plain))
        f.write_bytes(data)
    rec.fresh(store, _names)
    assert rec.built["claims.gazetteer"] == 1
    same(plain, rec.values["claims.gazetteer"])
    rec.fresh(store, _names)  # written again whole: read back
    assert rec.built.get("claims.gazetteer", 0) == 0


def test_a_value_of_the_wrong_kind_is_computed_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    rec = Recorder(monkeypatch)
    rec.fresh(store, _names)
    (folder,) = _folders()
    for f in folder.glob("*.pickle"):
        key, _ = pickle.loads(f.read_bytes())
        f.write_bytes(pickle.dumps((key, "a string, not the fact")))
    rec.fresh(store, _names)
    assert rec.built["claims.gazetteer"] == 1
    assert rec.built["analysis.series.seats"] == 1


def test_an_unwritable_cache_folder_keeps_nothing(
    store: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PSEPHOS_CACHE", str(blocked))
    rec = Recorder(monkeypatch)
    rec.fresh(store, _names)
    rec.fresh(store, _names)
    assert rec.built["claims.gazetteer"] == 1  # computed each time, no error
    assert "Invented Vale North" not in _names(store)[0]


def test_old_store_folders_are_pruned(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = facts_root()
    old = [root / f"{i:032x}-{'0' * 16}" for i in range(facts.KEEP + 2)]
    for n, p in enumerate(old):
        p.mkdir(parents=True)
        os.utime(p, (1_000_000 + n, 1_000_000 + n))
    rec = Recorder(monkeypatch)
    rec.fresh(store, _names)
    left = _folders()
    assert len(left) == facts.KEEP
    assert set(old[-(facts.KEEP - 1) :]) <= set(left)  # the ones used last, and the new one


def test_a_connection_not_opened_by_connect_keeps_nothing(store: Path) -> None:
    con = duckdb.connect(str(store), read_only=True)
    try:
        assert facts._store_checksum(con) is None
        assert facts.kept(con, "test.plain", lambda: {"a": 1}, dict) == {"a": 1}
    finally:
        con.close()
    assert _folders() == []


_N = [0]
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.binary(max_size=8),
)
values = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=4), inner, max_size=4),
        st.frozensets(st.text(max_size=4), max_size=3),
    ),
    max_leaves=10,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(st.text(max_size=6), values, max_size=5))
def test_any_value_is_read_back_as_kept(store: Path, value: dict[str, Any]) -> None:
    _N[0] += 1
    key = f"test.value:{_N[0]}"
    release(store)
    assert facts.kept(connect(store), key, lambda: value, dict) is value
    release(store)

    def fail() -> dict[str, Any]:
        raise AssertionError("read from the folder, not computed")

    got = facts.kept(connect(store), key, fail, dict)
    same(value, got)


# --- the report's to_dict: claims.model.asdict is dataclasses.asdict --------------------


@dataclasses.dataclass
class _Box:
    value: Any
    other: Any = None


class _Pair(tuple):  # noqa: SLOT001 - a tuple subclass: converted by the standard step
    pass


def _strict(a: Any, b: Any) -> None:
    """``a`` and ``b`` equal with the same types all the way down (a list is no tuple)."""
    assert type(a) is type(b), (a, b)
    if isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            _strict(a[k], b[k])
    elif isinstance(a, list | tuple):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _strict(x, y)
    elif isinstance(a, float) and a != a:
        assert b != b  # NaN
    else:
        assert a == b


any_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=6),
    st.binary(max_size=4),
    st.frozensets(st.integers(0, 5), max_size=3),
    st.sets(st.text(max_size=3), max_size=3),
    st.just(_Box(1, [2, 3])),
)
any_values = st.recursive(
    any_leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.tuples(inner, inner).map(_Pair),
        st.dictionaries(st.text(max_size=3) | st.integers(0, 3), inner, max_size=3),
        st.builds(_Box, inner, inner),
    ),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(any_values, any_values)
def test_asdict_is_the_standard_one(a: Any, b: Any) -> None:
    from psephos.claims.model import asdict

    box = _Box(a, b)
    got = asdict(box)
    _strict(got, dataclasses.asdict(box))
    if isinstance(a, dict | list):  # a copy, as the standard one gives: not the same object
        assert got["value"] is not a


def test_report_to_dict_is_the_standard_one(store_path: Path) -> None:
    """Every object's ``to_dict`` in the reports of a few stories of both corpora (seats,
    people, series seats, compound claims) is the standard ``asdict``'s value."""
    from psephos.claims import check_text
    from psephos.claims.frame import Frame

    repo = Path(__file__).resolve().parents[1]
    paths = sorted((repo.parent / "shared" / "articles" / "dev").glob("*.txt"))[:3]
    paths += sorted((repo / "tests" / "claims_corpus").glob("*.txt"))[::20]
    assert len(paths) >= 6
    for path in paths:
        report = check_text(path.read_text(encoding="utf-8"), db=store_path)
        for m in report.mentions:
            _strict(m.to_dict(), dataclasses.asdict(m))
        for u in report.unexamined:
            _strict(u.to_dict(), dataclasses.asdict(u))
        for c in report.leaves():
            for e in c.evidence:
                _strict(e.to_dict(), dataclasses.asdict(e))
            f = c.claim.frame
            if isinstance(f, Frame):
                want = dataclasses.asdict(f)
                want["stated"] = f.stated.to_dict() if f.stated else None
                _strict(f.to_dict(), want)


def test_the_build_keeps_no_facts_for_the_bytes_it_is_about_to_change(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``derived.write`` reads the new store (through kept facts) before it writes into it:
    nothing is kept then (a folder for bytes no store keeps; in the tests, the session's
    build ran before the cache folder was set)."""
    from psephos.analysis.series import history_seats
    from psephos.store import derived

    seen: list[int] = []

    def compute(db: Any) -> dict[str, Any]:
        seen.append(len(history_seats(db=db)))  # a kept fact, read through the analysis
        return {}

    monkeypatch.setattr(derived, "compute_summaries", compute)
    release(store)
    assert derived.write(store, release) == {}
    assert seen and seen[0] > 0
    assert _folders() == []
    history_seats(db=store)  # outside the build: kept as usual
    assert len(_folders()) == 1
