"""Each validation rule meets a deliberately broken copy of a real file, and the error
names the file, row and column; a failed or killed build leaves the previous store intact."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from psephos.errors import ChecksumError, SchemaError, SourceError, StoreError, ValidationError
from psephos.sources import REGISTRY, sha256_file
from psephos.store.build import build
from tests._mirror import broken_mirror

GE24_CAND = (
    "results/ukparliament-psephology/results-by-parliament/59/general-election/candidacies.csv"
)
GE19_CON = (
    "results/ukparliament-psephology/results-by-parliament/58/general-election/constituencies.csv"
)


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def _build_broken(mirror: Path, tmp_path: Path, source_id: str, mutate) -> None:  # noqa: ANN001
    root, sources = broken_mirror(mirror, tmp_path, source_id, mutate)
    build(tmp_path / "s.duckdb", mirror=root, cache=tmp_path / "cache", sources=sources)


def test_truncated_file(mirror: Path, tmp_path: Path) -> None:
    # keep the first 600 of 650 seats of the 2019 constituency file
    with pytest.raises(ValidationError) as err:
        _build_broken(
            mirror, tmp_path, "ge2019-constituencies", lambda b: b"".join(_lines(b)[:600])
        )
    msg = str(err.value)
    assert GE19_CON in msg and "600 seats, expected 650" in msg and "truncated" in msg


def test_truncated_mid_row(mirror: Path, tmp_path: Path) -> None:
    # cut the file in the middle of its last line: that row loses its number columns
    with pytest.raises(SchemaError) as err:
        _build_broken(mirror, tmp_path, "ge2019-constituencies", lambda b: b[: len(b) - 60])
    msg = str(err.value)
    assert GE19_CON in msg and "row 650" in msg


def test_wrong_encoding(mirror: Path, tmp_path: Path) -> None:
    # the 2024 candidates re-saved as Windows-1252: "Áine" becomes byte 0xC1, not UTF-8
    def recode(b: bytes) -> bytes:
        return b.decode("utf-8").replace("\u00c3\u0081", "Á").encode("cp1252", "replace")

    with pytest.raises(SchemaError) as err:
        _build_broken(mirror, tmp_path, "ge2024-candidates", recode)
    msg = str(err.value)
    assert GE24_CAND in msg and "not valid utf-8" in msg and "row " in msg
    assert "Windows-1252" in msg


def test_missing_column(mirror: Path, tmp_path: Path) -> None:
    def drop_votes(b: bytes) -> bytes:
        out = []
        for line in b.decode("utf-8").splitlines(keepends=True):
            cells = line.rstrip("\r\n").split(",")
            i = 18 if len(cells) > 18 else None
            out.append(",".join(cells[:i] + cells[i + 1 :] if i is not None else cells) + "\r\n")
        return "".join(out).encode("utf-8")

    with pytest.raises(SchemaError) as err:
        _build_broken(mirror, tmp_path, "ge2024-candidates", drop_votes)
    msg = str(err.value)
    assert GE24_CAND in msg and "column 'Votes'" in msg and "row 1" in msg


def test_duplicated_row(mirror: Path, tmp_path: Path) -> None:
    def dup(b: bytes) -> bytes:
        lines = _lines(b)
        return b"".join(lines[:11] + [lines[10]] + lines[11:])

    with pytest.raises(ValidationError) as err:
        _build_broken(mirror, tmp_path, "ge2019-constituencies", dup)
    msg = str(err.value)
    assert GE19_CON in msg and "appears 2 times" in msg and "rows 11, 12" in msg


def test_votes_do_not_add_up(mirror: Path, tmp_path: Path) -> None:
    # Ilford North 2024: Streeting's 15,647 votes become 15,747 in the candidate file
    def bump(b: bytes) -> bytes:
        return b.replace(
            b",Wes,Streeting,Male,Yes,Yes,4504,15647,", b",Wes,Streeting,Male,Yes,Yes,4504,15747,"
        )

    with pytest.raises(ValidationError) as err:
        _build_broken(mirror, tmp_path, "ge2024-candidates", bump)
    msg = str(err.value)
    # 46,888 valid votes + the 100 added = 46,988 (hand calculation)
    assert "E14001300" in msg and "add up to 46,988" in msg and "valid votes are 46,888" in msg
    assert "column 'Valid votes'" in msg and "row 301" in msg


def test_majority_mismatch(mirror: Path, tmp_path: Path) -> None:
    # Ilford North 2024 constituency row: majority 528 changed to 529
    def edit(b: bytes) -> bytes:
        return b.replace(b",78657,46888,121,528,", b",78657,46888,121,529,")

    with pytest.raises(ValidationError) as err:
        _build_broken(mirror, tmp_path, "ge2024-constituencies", edit)
    msg = str(err.value)
    assert "E14001300" in msg and "majority is 529" in msg and "column 'Majority'" in msg


# Ilford North 2024 rows (PROVENANCE.md): Streeting 15,647, Mohamad 15,119, Rizvi 9,619;
# constituency row majority 528.
STREETING = b",Wes,Streeting,Male,Yes,Yes,4504,15647,"
MOHAMAD = b",Leanne,Mohamad,Female,No,No,,15119,"
RIZVI = b",Kaz,Rizvi,Male,No,No,,9619,"


def test_tie_for_first(mirror: Path, tmp_path: Path) -> None:
    # Mohamad +528 and Rizvi −528 keep the total at 46,888; majority 528 -> 0 keeps the
    # constituency row consistent: only the "one winner" rule can object.
    def cands(b: bytes) -> bytes:
        assert MOHAMAD in b and RIZVI in b
        return b.replace(MOHAMAD, b",Leanne,Mohamad,Female,No,No,,15647,").replace(
            RIZVI, b",Kaz,Rizvi,Male,No,No,,9091,"
        )

    def cons(b: bytes) -> bytes:
        return b.replace(b",78657,46888,121,528,", b",78657,46888,121,0,")

    root, sources = broken_mirror(
        mirror, tmp_path, "ge2024-candidates", cands, ge2024_constituencies=cons
    )
    with pytest.raises(ValidationError) as err:
        build(tmp_path / "s.duckdb", mirror=root, cache=tmp_path / "cache", sources=sources)
    msg = str(err.value)
    assert "E14001300 has 2 candidates tied first" in msg and GE24_CAND in msg
    assert "column 'Votes'" in msg


def _swap(b: bytes) -> bytes:
    """Streeting's and Mohamad's votes and shares exchanged."""
    s_old, m_old = STREETING + b"0.33371,", MOHAMAD + b"0.322449,"
    assert s_old in b and m_old in b
    return b.replace(s_old, b",Wes,Streeting,Male,Yes,Yes,4504,15119,0.322449,").replace(
        m_old, b",Leanne,Mohamad,Female,No,No,,15647,0.33371,"
    )


# The Ilford North 2024 constituency row (PROVENANCE.md): "Lab hold", first Lab, second Ind.
ILFORD_RESULT = b",Lab hold,Lab,Ind,78657,"


def test_swapped_winner_is_not_the_declared_winner(mirror: Path, tmp_path: Path) -> None:
    # swap Streeting's and Mohamad's votes (and shares): every sum and the majority still
    # hold, but the constituency file still declares "Lab hold" with Labour first
    with pytest.raises(ValidationError) as err:
        _build_broken(mirror, tmp_path, "ge2024-candidates", _swap)
    msg = str(err.value)
    assert "ge2024 seat E14001300: the declared winner is Lab" in msg
    assert "most votes (15,647" in msg and "is Ind" in msg
    assert "row 301" in msg and "column 'First party'" in msg


GE19_ALDERSHOT_CON = b",Leo,Docherty,Male,Yes,Yes,4600,27980,0.583744,"
GE19_ALDERSHOT_LAB = b",Howard,Kaye,Male,No,No,,11282,0.235375,"


def test_swapped_winner_in_a_headerless_file(mirror: Path, tmp_path: Path) -> None:
    # Aldershot 2019 (no official seat totals to fall back on): Docherty (Con) and Kaye
    # (Lab) swap votes and shares; the constituency file still says "Con hold"
    def swap(b: bytes) -> bytes:
        assert GE19_ALDERSHOT_CON in b and GE19_ALDERSHOT_LAB in b
        return b.replace(
            GE19_ALDERSHOT_CON, b",Leo,Docherty,Male,Yes,Yes,4600,11282,0.235375,"
        ).replace(GE19_ALDERSHOT_LAB, b",Howard,Kaye,Male,No,No,,27980,0.583744,")

    with pytest.raises(ValidationError) as err:
        _build_broken(mirror, tmp_path, "ge2019-candidates", swap)
    msg = str(err.value)
    assert "ge2019 seat E14000530: the declared winner is Con" in msg and "is Lab" in msg
    assert GE19_CON in msg and "row 6" in msg


def test_hold_or_gain_disagrees_with_the_notional_winner(mirror: Path, tmp_path: Path) -> None:
    # Labour won Ilford North in the notional 2019 result, so "Lab gain from Con" is wrong
    def edit(b: bytes) -> bytes:
        assert ILFORD_RESULT in b
        return b.replace(ILFORD_RESULT, b",Lab gain from Con,Lab,Ind,78657,")

    with pytest.raises(ValidationError) as err:
        _build_broken(mirror, tmp_path, "ge2024-constituencies", edit)
    msg = str(err.value)
    assert "'Lab gain from Con' says a gain from Con, but Lab won the seat at notional2019" in msg
    assert "column 'Result'" in msg and "row 301" in msg


def test_hold_after_a_change_of_hands(mirror: Path, tmp_path: Path) -> None:
    # Aldershot 2019 after a Con win in 2017: "Lab hold" with Lab top would need Lab to
    # have won in 2017. Swap the votes and relabel the result consistently with the swap.
    def cands(b: bytes) -> bytes:
        return b.replace(
            GE19_ALDERSHOT_CON, b",Leo,Docherty,Male,Yes,Yes,4600,11282,0.235375,"
        ).replace(GE19_ALDERSHOT_LAB, b",Howard,Kaye,Male,No,No,,27980,0.583744,")

    def cons(b: bytes) -> bytes:
        old = b",Con hold,Con,Lab,72617,"
        assert b.count(old) == 1
        return b.replace(old, b",Lab hold,Lab,Con,72617,")

    root, sources = broken_mirror(
        mirror, tmp_path, "ge2019-candidates", cands, ge2019_constituencies=cons
    )
    with pytest.raises(ValidationError) as err:
        build(tmp_path / "s.duckdb", mirror=root, cache=tmp_path / "cache", sources=sources)
    msg = str(err.value)
    assert "ge2019 seat E14000530" in msg and "says a hold, but Con won the seat at ge2017" in msg


def test_share_disagrees_with_votes(mirror: Path, tmp_path: Path) -> None:
    # Streeting's share 0.33371 (15,647 / 46,888 = 0.333710, hand calculation) -> 0.34371
    def edit(b: bytes) -> bytes:
        old = STREETING + b"0.33371,"
        assert old in b
        return b.replace(old, STREETING + b"0.34371,")

    with pytest.raises(ValidationError) as err:
        _build_broken(mirror, tmp_path, "ge2024-candidates", edit)
    msg = str(err.value)
    assert "E14001300: Lab's share is given as 0.343710" in msg
    assert "15,647 votes of 46,888 valid votes is 0.333710" in msg
    assert "column 'Share'" in msg and GE24_CAND in msg


def test_2024_seat_totals_differ_from_official(mirror: Path, tmp_path: Path) -> None:
    # the swap above made consistent in both files (the constituency row now declares an
    # independent gain from Labour): only the official 2024 seat totals can object
    def cons(b: bytes) -> bytes:
        return b.replace(ILFORD_RESULT, b",Ind gain from Lab,Ind,Lab,78657,")

    root, sources = broken_mirror(
        mirror, tmp_path, "ge2024-candidates", _swap, ge2024_constituencies=cons
    )
    with pytest.raises(ValidationError) as err:
        build(tmp_path / "s.duckdb", mirror=root, cache=tmp_path / "cache", sources=sources)
    msg = str(err.value)
    assert "Ind 7 (official 6)" in msg and "Lab 410 (official 411)" in msg and GE24_CAND in msg


def test_2024_seat_without_a_hex(mirror: Path, tmp_path: Path) -> None:
    def drop(b: bytes) -> bytes:
        doc = json.loads(b)
        del doc["hexes"]["E14001300"]
        return json.dumps(doc).encode("utf-8")

    with pytest.raises(ValidationError) as err:
        _build_broken(mirror, tmp_path, "hexmap-2024", drop)
    msg = str(err.value)
    assert "649 of the 2024 seats join a row of hexes, expected 650" in msg
    assert "first missing: E14001300" in msg and "uk-constituencies-2024.hexjson" in msg


def test_bad_checksum(mirror: Path, tmp_path: Path) -> None:
    root, _ = broken_mirror(mirror, tmp_path, "ge2024-candidates", lambda b: b + b"\r\n")
    with pytest.raises(ChecksumError) as err:
        build(tmp_path / "s.duckdb", mirror=root, cache=tmp_path / "cache")
    msg = str(err.value)
    assert (
        "ge2024-candidates" in msg
        and next(s.sha256 for s in REGISTRY if s.source_id == "ge2024-candidates") in msg
    )


def test_failed_build_keeps_previous_store(store_path: Path, mirror: Path, tmp_path: Path) -> None:
    target = tmp_path / "keep.duckdb"
    target.write_bytes(store_path.read_bytes())
    before = sha256_file(target)
    root, sources = broken_mirror(
        mirror, tmp_path, "ge2019-constituencies", lambda b: b"".join(_lines(b)[:600])
    )
    with pytest.raises(ValidationError):
        build(target, mirror=root, cache=tmp_path / "cache", sources=sources)
    assert sha256_file(target) == before
    assert not list(tmp_path.glob(".keep.duckdb.building-*"))


def test_killed_build_keeps_previous_store(store_path: Path, mirror: Path, tmp_path: Path) -> None:
    target = tmp_path / "keep.duckdb"
    target.write_bytes(store_path.read_bytes())
    before = sha256_file(target)
    env = {**os.environ, "PSEPHOS_MIRROR": str(mirror), "PSEPHOS_CACHE": str(tmp_path / "c")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "psephos.cli", "build", "--db", str(target)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 600  # a loaded CI machine parses slowly
    try:
        while time.monotonic() < deadline:  # wait until it is writing the new store
            if list(tmp_path.glob(".keep.duckdb.building-*")):
                break
            if proc.poll() is not None:
                pytest.fail("the build finished before it could be killed")
            time.sleep(0.005)
        else:
            pytest.fail("the build never started writing")
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert sha256_file(target) == before
    from psephos.store.connect import connect

    assert connect(target).execute("SELECT count(*) FROM contests").fetchone()[0] == 4615
    # the next build cleans up what the killed one left
    build(target, mirror=mirror, cache=tmp_path / "c")
    assert not list(tmp_path.glob(".keep.duckdb.building-*"))


def test_stale_temp_files_are_removed_when_a_build_starts(tmp_path: Path) -> None:
    # leftovers of a killed build (a pid that is not running) go even if this build fails
    dead = 2**22 + 17  # above the default pid_max of 4,194,304: never a live process
    stale = [tmp_path / f".s.duckdb.building-{dead}", tmp_path / f".s.duckdb.building-{dead}.wal"]
    for f in stale:
        f.write_bytes(b"x" * 1000)
    empty = tmp_path / "empty-mirror"
    empty.mkdir()
    with pytest.raises(SourceError):
        build(
            tmp_path / "s.duckdb",
            mirror=empty,
            cache=tmp_path / "cache",
            upstream="http://127.0.0.1:9",
        )
    assert not any(f.exists() for f in stale)


def test_missing_mirror_file_is_named_with_the_path(tmp_path: Path) -> None:
    empty = tmp_path / "mirror"
    empty.mkdir()
    with pytest.raises(SourceError) as err:
        build(
            tmp_path / "s.duckdb", mirror=empty, cache=tmp_path / "c", upstream="http://127.0.0.1:9"
        )
    msg = str(err.value)
    first = REGISTRY[0]
    assert "missing from the mirror" in msg and str(empty / first.mirror_path) in msg
    assert first.source_id in msg and "could not download" not in msg.split("and then")[0]


def test_missing_mirror_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as err:
        build(
            tmp_path / "s.duckdb",
            mirror=tmp_path / "nowhere",
            cache=tmp_path / "c",
            upstream="http://127.0.0.1:9",
        )
    assert f"mirror folder {tmp_path / 'nowhere'}" in str(err.value)
    assert "does not exist" in str(err.value)


def test_db_parents_are_created_only_when_asked(mirror: Path, tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "s.duckdb"
    with pytest.raises(StoreError) as err:
        build(target, mirror=mirror, cache=tmp_path / "c")
    assert f"{target.parent} for the store does not exist" in str(err.value)
    assert "--parents" in str(err.value) and not (tmp_path / "a").exists()
    from click.testing import CliRunner

    from psephos.cli import cli

    res = CliRunner().invoke(cli, ["build", "--db", str(target), "--json"])
    assert res.exit_code == 2 and "--parents" in res.output and not (tmp_path / "a").exists()


def test_build_on_an_unwritable_file_system(mirror: Path, tmp_path: Path) -> None:
    # /proc accepts no new files, even from root; the check comes before any parsing
    with pytest.raises(StoreError) as err:
        build(Path("/proc/psephos-test.duckdb"), mirror=mirror, cache=tmp_path / "c")
    assert "Cannot write the store at /proc/psephos-test.duckdb" in str(err.value)


def test_build_on_a_full_disk(
    store_path: Path, mirror: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DuckDB's error when the disk fills while the new store is written (simulated at the
    # validation step, after every table has been written)
    import duckdb

    import psephos.store.build as build_module

    def full(con: object) -> None:
        raise duckdb.IOException(
            'IO Error: Could not write file "x": No space left on device (errno 28)'
        )

    monkeypatch.setattr(build_module, "validate", full)
    target = tmp_path / "keep.duckdb"
    target.write_bytes(store_path.read_bytes())
    before = sha256_file(target)
    with pytest.raises(StoreError) as err:
        build(target, mirror=mirror, cache=tmp_path / "c")
    msg = str(err.value)
    assert f"Cannot write the store at {target}" in msg and "No space left on device" in msg
    assert sha256_file(target) == before
    assert not list(tmp_path.glob(".keep.duckdb.building-*"))
