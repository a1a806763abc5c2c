"""Round 10's evaluation speed changes (PERFV) give the answers of the computations they
replace (no timings here: speed is measured by ``benchmarks/claims.py`` and
``docs/claims.md``):

- ``store.queries.fetchone`` (one row of the store, remembered per connection, SQL and
  parameters) is the query's row, asked once or again, past the cache's size, and per
  store: two stores asked the same question each get their own answer;
- the per-claim questions it now answers (the series' highest and lowest seat in an area,
  the turnout on ballot papers, a seat's name, the allies' votes, a member's maiden
  speech) give, through the functions that ask them, what the direct query gave (the
  direct query kept below as the definition);
- ``reconsider.named_at`` (where a year stands as a word, from one pass over the text) is
  the year's own pattern, for any text and year; ``reconsider_round9._only_contrast`` (the
  contrasts found once per text) is the scan per year it replaced;
- ``analysis.series.history_elections`` (once per store) is the series' elections in
  order, and a caller that changes its list does not change the next caller's;
- ``check._frame_key`` (the key written without copying the frame) is the ``repr`` of the
  frame with its subjects' offsets set to -1, for every claim of both corpora and for
  generated subjects and offsets.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

STORIES = sorted(
    (Path(__file__).resolve().parents[2] / "shared" / "articles" / "dev").glob("*.txt")
)
STORIES += sorted((Path(__file__).resolve().parent / "claims_corpus").glob("*.txt"))


def _direct(con, sql, args=()):  # noqa: ANN001, ANN202 - the definition: the query itself
    return con.execute(sql, list(args)).fetchone()


# --- store.queries.fetchone ------------------------------------------------------------------


def _tiny(rows: list[tuple[str, int]]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (k VARCHAR, v INTEGER)")
    con.executemany("INSERT INTO t VALUES (?, ?)", rows)
    return con


def test_fetchone_is_the_query_per_store() -> None:
    from psephos.store.queries import fetchone

    # two stores asked the same question: each its own row (hand-made tables)
    a = _tiny([("x", 1), ("y", 2)])
    b = _tiny([("x", 10), ("y", 20)])
    sql = "SELECT sum(v), count(*) FROM t WHERE k = ?"
    for _ in range(2):  # the second time from memory
        assert fetchone(a, sql, ["x"]) == (1, 1)
        assert fetchone(b, sql, ["x"]) == (10, 1)
        assert fetchone(a, sql, ["y"]) == (2, 1)
        assert fetchone(a, sql, ("z",)) == (None, 0)  # an aggregate over no row
    assert fetchone(a, "SELECT v FROM t WHERE k = ?", ["z"]) is None  # no row at all


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.integers(-50, 50)), max_size=12))
def test_fetchone_past_its_size_is_the_query(asks: list[tuple[str, int]]) -> None:
    import psephos.store.queries as q

    con = _tiny([(k, i) for i, k in enumerate("abcd")])
    sql = "SELECT count(*), max(v) FROM t WHERE k = ? OR v > ?"
    old = q.QUERY_CACHE
    q.QUERY_CACHE = 3  # forgets every few questions
    try:
        for k, n in asks + asks:
            assert q.fetchone(con, sql, [k, n]) == _direct(con, sql, [k, n])
    finally:
        q.QUERY_CACHE = old


@pytest.fixture
def uncached(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """A switch: ``uncached(True)`` makes every ``store.queries.fetchone`` the direct query."""
    import psephos.store.queries as q

    real = q.fetchone

    def switch(on: bool) -> None:
        monkeypatch.setattr(q, "fetchone", _direct if on else real)

    return switch


def _series_elections(db: Path) -> list[str]:
    from psephos.store.connect import connect

    rows = connect(db).execute("SELECT DISTINCT election FROM history_1918_2019").fetchall()
    return sorted(f"ge{str(r[0]).lower()}" for r in rows if str(r[0])[:4] <= "2005")


def test_series_extreme_seat_is_the_query(store_path: Path, uncached) -> None:  # noqa: ANN001
    from psephos.claims.evaluate_round8b_b import _series_extreme_seat
    from psephos.claims.frame import Frame, Scope, Subject
    from psephos.claims.model import Stated
    from psephos.store.connect import connect

    con = connect(store_path)
    regions = [
        str(r[0])
        for r in con.execute(
            "SELECT DISTINCT country_region FROM history_1918_2019 ORDER BY 1 LIMIT 6"
        ).fetchall()
    ]
    frames = []
    for e in _series_elections(store_path)[::3]:
        for level, name in [("gb", None), ("uk", None)] + [("region", r) for r in regions]:
            for measure, party in (("turnout", None), ("share", "Lab"), ("share", "Con")):
                for v in (45.0, 60.5, 88.0, 95.1):
                    frames.append(
                        Frame(
                            measure,
                            Subject("party", party=party) if party else Subject("area"),
                            Scope(level, name),  # type: ignore[arg-type]
                            e,
                            stated=Stated(f"{v}%", v, v - 0.05, v + 0.05, "to a tenth"),
                        )
                    )
    assert len(frames) > 200
    uncached(True)
    want = [_series_extreme_seat(con, f) for f in frames]
    uncached(False)
    assert [_series_extreme_seat(con, f) for f in frames] == want
    assert [_series_extreme_seat(con, f) for f in frames] == want  # from memory
    assert any(w is not None for w in want)  # some figures are an extreme seat's


def test_ballots_turnout_and_seat_names_are_the_query(store_path: Path, uncached) -> None:  # noqa: ANN001
    from psephos.claims.frame import Frame, Scope, Subject
    from psephos.claims.reconsider import _Context, _seat_name, ballots_turnout
    from psephos.store.connect import connect

    con = connect(store_path)
    codes = [
        str(r[0])
        for r in con.execute(
            "SELECT DISTINCT ons_code FROM contests ORDER BY ons_code LIMIT 40"
        ).fetchall()
    ]
    scopes = [Scope("uk"), Scope("gb"), Scope("country", "Wales"), Scope("region", "London")]
    scopes += [Scope("country", "Scotland"), Scope("region", "Nowhere"), Scope("county", "Kent")]
    scopes += [Scope("seat", c, {"ons_code": c}) for c in codes]
    elections = ["ge2010", "ge2015", "ge2017", "ge2019", "ge2024", "ge1997"]
    frames = [Frame("turnout", Subject("area"), s, e) for s in scopes for e in elections]

    def answers() -> tuple[list[float | None], list[str]]:
        ctx = _Context("", [], None, {})
        ctx.con = con
        return [ballots_turnout(con, f) for f in frames], [
            _seat_name(ctx, c) for c in [*codes, "X99999999"]
        ]

    uncached(True)
    want = answers()
    uncached(False)
    assert answers() == want
    assert answers() == want
    assert sum(v is not None for v in want[0]) > 20  # real answers, not only None
    assert want[1][-1] == "X99999999"  # no such code: the code itself


def test_held_since_is_the_query(store_path: Path, uncached) -> None:  # noqa: ANN001
    from psephos.analysis.tenure import held_since
    from psephos.store.connect import connect

    con = connect(store_path)
    rows = con.execute(
        "SELECT DISTINCT ons_code, member_id, election_id FROM candidacies "
        "WHERE elected AND member_id IS NOT NULL AND election_id LIKE 'ge%' "
        "ORDER BY ons_code, election_id LIMIT 150"
    ).fetchall()
    uncached(True)
    want = [held_since(con, c, int(m), election_id=e) for c, m, e in rows]
    uncached(False)
    assert [held_since(con, c, int(m), election_id=e) for c, m, e in rows] == want
    assert any("maiden speech" in t.basis for t in want)  # the speech was read


def test_allies_is_the_query(store_path: Path, uncached) -> None:  # noqa: ANN001
    from psephos.claims.frame import Frame, Scope, Subject
    from psephos.claims.model import CheckedClaim, Claim, Evidence, Stated
    from psephos.claims.reconsider import _Context
    from psephos.claims.reconsider_round9 import _ALLIED, allies
    from psephos.store.connect import connect

    con = connect(store_path)
    checked = []
    for e in sorted(_ALLIED):
        for measure, value, stated in (("seats", 300, 320), ("share", 40.0, 48.0)):
            f = Frame(
                measure,
                Subject("party", party="Con"),
                Scope("uk"),
                e,
                stated=Stated(str(stated), stated, stated - 0.5, stated + 0.5, ""),
            )
            ev = Evidence("the file", value, str(value), "contradicted", [], "")
            checked.append(
                (CheckedClaim(Claim(1, measure, "", 0, 0, 0), "contradicted", "", None, [ev]), f)
            )

    def answers() -> list[str | None]:
        ctx = _Context("", [], None, {})
        ctx.con = con
        return [allies(ctx, c, f) for c, f in checked]

    uncached(True)
    want = answers()
    uncached(False)
    assert answers() == want
    assert any(w is not None for w in want)


# --- one pass per text -----------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "1997",
        "2019",
        "2024",
        "19975",
        "x1997",
        "1997x",
        "_2019",
        "٣",
        "12",
        " ",
        ".",
        ",",
        "-",
        "in",
        "Unlike",
        "unlike the",
        "compared with",
        "as against",
        "\n",
        "2019-2024",
        "é",
    ]
)
_YEAR_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_YEAR_TEXTS, st.sampled_from(["1997", "2019", "2024", "1975", "199", "19975", "0000"]))
def test_named_at_is_the_pattern(text: str, year: str) -> None:
    from psephos.claims.reconsider import named_at

    want = [m.start() for m in re.finditer(rf"\b{year}\b", text)]
    assert named_at(text, year) == want
    for y in set(re.findall(r"\d{4}", text)):
        assert named_at(text, y) == [m.start() for m in re.finditer(rf"\b{y}\b", text)]


def test_named_at_examples() -> None:
    from psephos.claims.reconsider import named_at

    # hand-made: "1997" at 3 and 24 stands as a word; in "19975" and "x1997" it does not
    text = "In 1997, 19975 and x1997 1997"
    assert named_at(text, "1997") == [3, 25]
    assert named_at(text, "19975") == [9]


@settings(max_examples=300, deadline=None)
@given(_YEAR_TEXTS, st.sampled_from(["1997", "2019", "2024", "1975"]))
def test_only_contrast_is_the_scan(text: str, year: str) -> None:
    from psephos.claims.reconsider_round9 import _CONTRAST, _only_contrast

    named = [m.start() for m in re.finditer(rf"\b{year}\b", text)]
    contrast = {m.start(1) for m in _CONTRAST.finditer(text) if m.group(1) == year}
    assert _only_contrast(text, year) == (bool(named) and all(i in contrast for i in named))


def test_only_contrast_examples() -> None:
    from psephos.claims.reconsider_round9 import _only_contrast

    assert _only_contrast("Unlike 2019, the vote held. Compared with 2019 it rose.", "2019")
    assert not _only_contrast("Unlike 2019, the vote held. In 2019 it fell.", "2019")
    assert not _only_contrast("Unlike 2019, the vote held.", "2017")  # not named at all


# --- once per store --------------------------------------------------------------------------


def test_history_elections_is_the_series(store_path: Path) -> None:
    from psephos.analysis.series import _series_seats, history_elections
    from psephos.store.connect import connect

    want = list(_series_seats(connect(store_path))["election"].drop_duplicates())
    got = history_elections(db=store_path)
    assert got == want
    assert got[0] == "1918" and "1974F" in got and "1974O" in got  # the CBP-8647 keys
    got.append("9999")
    assert history_elections(db=store_path) == want  # the caller's change is its own


# --- the evaluation memo's key ---------------------------------------------------------------


def _key_by_copy(frame) -> str:  # noqa: ANN001 - round 9's key, kept as the definition
    subject, other = frame.subject, frame.other
    if subject.start != -1 or subject.end != -1:
        subject = dataclasses.replace(subject, start=-1, end=-1)
    if other is not None and (other.start != -1 or other.end != -1):
        other = dataclasses.replace(other, start=-1, end=-1)
    if subject is frame.subject and other is frame.other:
        return repr(frame)
    return repr(dataclasses.replace(frame, subject=subject, other=other))


def test_frame_key_is_the_copy_on_both_corpora(store_path: Path) -> None:
    from psephos.claims.check import _frame_key, read_text

    n = 0
    for p in STORIES:
        for c in read_text(p.read_text(encoding="utf-8"), db=store_path).claims:
            if c.frame is not None:
                assert _frame_key(c.frame) == _key_by_copy(c.frame)
                n += 1
    assert n > 2000  # every claim of both corpora, not a sample


_subjects = st.builds(
    lambda kind, start, end, party, seat: __import__(
        "psephos.claims.frame", fromlist=["Subject"]
    ).Subject(kind, "the text", start, end, party, None, seat),
    st.sampled_from(["party", "seat", "candidate"]),
    st.integers(-1, 3),
    st.integers(-1, 3),
    st.sampled_from([None, "Lab", "Con"]),
    st.sampled_from([None, {"ons_code": "E1", "name": "A'b"}]),
)


@settings(max_examples=200, deadline=None)
@given(_subjects, st.one_of(st.none(), _subjects), st.sampled_from(["votes", "share"]))
def test_frame_key_is_the_copy(subject, other, measure: str) -> None:  # noqa: ANN001
    from psephos.claims.check import _frame_key
    from psephos.claims.frame import Frame

    frame = Frame(measure, subject, other=other, notes=["n'1"])
    assert _frame_key(frame) == _key_by_copy(frame)
    moved = dataclasses.replace(subject, start=subject.start + 7, end=subject.end + 9)
    assert _frame_key(dataclasses.replace(frame, subject=moved)) == _frame_key(frame)


# --- series rows and tables once per store ---------------------------------------------------


def _seat_row_by_filter(name: str, election: str, db: Path):  # noqa: ANN202 - the definition
    from psephos.analysis.records import _series_rows, series_key

    key = series_key(election)
    hit = _series_rows([name], db)
    hit = hit[hit["election"].astype(str).str.upper() == key.upper()]
    if hit.empty:
        return "none"
    if len(hit) > 1:
        return sorted(map(str, hit["name"]))
    return key, {str(k): v for k, v in hit.iloc[0].to_dict().items()}


def _same(a, b) -> bool:  # noqa: ANN001 - equal, NaN equal to NaN
    import math

    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return bool(a == b) if not (a is None or b is None) else a is b


def test_series_seat_row_is_the_filter(store_path: Path) -> None:
    from psephos.analysis.records import _series_names, series_seat_row
    from psephos.errors import NotFoundError

    old, _, _ = _series_names(store_path)
    names = sorted(set(map(str, old["name"])))[::40]  # about 80 of the series' names
    names += ["Grimsby", "Great Grimsby", "Wycombe", "Glasgow Cathcart", "Nowhere At All"]
    elections = ["ge1918", "ge1945", "ge1974feb", "ge1974oct", "ge1983", "ge2005", "1979"]
    hits = 0
    for name in names:
        for e in elections:
            want = _seat_row_by_filter(name, e, store_path)
            try:
                got = series_seat_row(name, e, db=store_path)
            except NotFoundError as exc:
                assert want == "none" or isinstance(want, list), (name, e)
                if isinstance(want, list):
                    assert f"matches {len(want)} seats" in exc.message
                continue
            assert _same(got, want), (name, e)
            hits += 1
    assert hits > 50  # real rows compared, not only misses


def _gm_facts_by_filter(store_path: Path, election: str):  # noqa: ANN202 - the definition
    from psephos.analysis.summary import summary

    s = summary(election=election, by="none", db=store_path)
    uk = s.table[s.table["area"] == "UK"].sort_values("seats", ascending=False)
    total = int(s.totals[s.totals["area"] == "UK"].iloc[0]["seats"])
    top = uk.iloc[0]
    spk = uk[uk["party_code"] == "Spk"]
    return (
        top["party_code"],
        int(top["seats"]),
        total,
        int(spk.iloc[0]["seats"]) if not spk.empty else 0,
    )


def test_gov_majority_facts_are_the_summary(store_path: Path) -> None:
    from psephos.claims.evaluate import Ctx
    from psephos.claims.evaluate_change import _gm_facts

    elections = ["ge2010", "ge2015", "ge2017", "ge2019", "ge2024", "1945", "1983", "1974F"]
    for e in elections:
        ctx = Ctx(store_path, None, e)  # type: ignore[arg-type] - only the store is read
        code, seats, total, spk = _gm_facts(ctx, e)
        want = _gm_facts_by_filter(store_path, e)
        assert (code, int(seats), total, int(spk) if spk is not None else 0) == want
    # hand-checked: Labour were the largest party in 2024 with 411 of 650 seats (the
    # official results file's winners by party)
    assert _gm_facts_by_filter(store_path, "ge2024")[:3] == ("Lab", 411, 650)


def test_series_tables_are_the_computation(store_path: Path) -> None:
    from psephos.analysis.placings import _series_placings, series_placings
    from psephos.analysis.records import _changed_hands, series_changed_hands
    from psephos.errors import NotFoundError

    for e in ("1918", "ge1945", "1974F", "ge1974oct", "2005"):
        key = e.removeprefix("ge").upper().replace("OCT", "O")
        got = series_changed_hands(e, db=store_path)
        assert got.equals(_changed_hands(key, store_path))
        got["winner"] = "changed by the caller"
        assert (
            not series_changed_hands(e, db=store_path)["winner"].eq("changed by the caller").any()
        )
        for area in ("UK", "Scotland", "Wales"):
            p = series_placings(e, area=area, db=store_path)
            assert p.equals(_series_placings(key, area, store_path))
            assert len(p) > 0
            p.loc[:, "group"] = "X"
            assert not series_placings(e, area=area, db=store_path)["group"].eq("X").any()
    for bad in ("1900", "ge2024"):
        with pytest.raises(NotFoundError):
            series_changed_hands(bad, db=store_path)
        with pytest.raises(NotFoundError):
            series_placings(bad, db=store_path)


def _seat_by_elections_scan(by: dict[str, list[str]], seat) -> list[str]:  # noqa: ANN001
    codes = (seat or {}).get("codes") or {}  # round 9's, kept as the definition
    out: list[str] = []
    for code in [*codes.values(), (seat or {}).get("ons_code")]:
        out.extend(e for e in by.get(str(code), []) if e not in out)
    return out


_CODES = st.sampled_from(["E1", "E2", "W3", "S4", "None", None])
_SEATS = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "codes": st.dictionaries(st.sampled_from(["2010", "2024"]), _CODES, max_size=2),
            "ons_code": _CODES,
        },
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["E1", "E2", "W3", "None"]),
        st.lists(st.sampled_from(["by-a", "by-b", "by-c"]), max_size=3),
    ),
    st.lists(_SEATS, max_size=8),
)
def test_seat_by_elections_is_the_scan(by: dict[str, list[str]], seats: list) -> None:  # noqa: ANN001
    from psephos.claims.reconsider import _Context, _seat_by_elections

    ctx = _Context("", [], None, by)
    for seat in seats + seats:  # the second time from memory
        got = _seat_by_elections(ctx, seat)
        assert got == _seat_by_elections_scan(by, seat)
        got.append("changed by the caller")
        assert _seat_by_elections(ctx, seat) == _seat_by_elections_scan(by, seat)
