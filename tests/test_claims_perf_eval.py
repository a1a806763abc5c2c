"""The checker's evaluation-side fast paths give the answers of the plain definitions they
replace (every case of the class, not a sample of sentences):

- ``check._frame_key`` (the frame's repr with the mentions' offsets cleared) groups the
  claims of every story of both corpora exactly as the JSON of ``Frame.to_dict()`` less
  the offsets does (round 4's key, ``check._frame_json``, byte-identical to that JSON);
- ``records.seat_lineage``'s name index finds exactly the series rows that the scan of
  every row (exact folded key, or one of the row's variant keys: less a county word or a
  grouping prefix) found, for a systematic sample of the series seat names and the
  2010/2024 seat names;
- ``evaluate_results.area_row``'s per-store index returns the rows of the boolean filters
  over the summary tables, for every area and party of several elections and groupings;
- ``members.speaker_party`` (read once per store and election) returns a fresh copy;
- ``summary._area_party`` (a bincount per area over parties numbered once) gives the table
  of a pandas ``groupby`` per area, for every seat-level election and grouping;
- ``metrics.metric_values``, ``metrics.apply_filters`` and ``records.turnout_record``
  (remembered per store) give the uncached computation's values, and a caller that
  modifies what it got does not change what the next caller gets;
- round 6: the store's frames with text as Python strings (``frame.plain_strings``) hold
  the values pandas' ``str`` columns held; ``connect.pinned`` gives the cursor
  ``connect`` gives; ``metrics.parse_metric`` (remembered per store) is the parse;
- round 7: ``records.series_seat_table``, ``records.seat_lineage``, ``records.party_record``,
  ``byelection_results.gains_at_dissolution`` and ``evaluate_results.area_ballots``
  (remembered per store) are the computed ones, and a caller's changes do not reach the
  next; ``_lookups.winners_by_member`` is the scan of every winner ``held_since`` made; the
  guard's seat areas and seat parties are the boolean filters they replace.
- round 8: inside ``connect.pinned`` another spelling of a store (the evaluators pass its
  path) is pinned from its first call (no ``stat`` after it, failures not pinned); the
  reconsideration's mentions of a sentence and a candidate's person mentions
  (``reconsider._Context.mentions_in``/``people_like``) are the scans of every mention they
  replace, in the same order, on generated mentions; the 1918-2005 series seats' name
  index (a name's keys found once per name) is the per-row computation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]
STORIES = sorted((REPO.parent / "shared" / "articles" / "dev").glob("*.txt")) + sorted(
    (REPO / "tests" / "claims_corpus").glob("*.txt")
)


def _key_reference(frame) -> str:  # noqa: ANN001 - a Frame
    d = frame.to_dict()
    for side in ("subject", "other"):
        if d.get(side):
            d[side].pop("start", None)
            d[side].pop("end", None)
    return json.dumps(d, sort_keys=True, default=str)


def test_frame_key_matches_the_definition(store_path: Path) -> None:
    """``_frame_key`` (the frame's repr with the offsets cleared) groups the claims of every
    story of both corpora exactly as the JSON of ``Frame.to_dict()`` less the offsets does:
    two claims share a key if and only if they share the JSON (never coarser, so two
    questions are never merged; not finer on real text, so the memo still answers)."""
    from psephos.claims.check import _frame_json, _frame_key, read_text

    assert STORIES
    by_key: dict[str, set[str]] = {}
    by_json: dict[str, set[str]] = {}
    n = 0
    for p in STORIES:
        for claim in read_text(p.read_text(encoding="utf-8"), db=store_path).claims:
            if claim.frame is not None:
                ref = _key_reference(claim.frame)
                assert _frame_json(claim.frame) == ref, p.name
                key = _frame_key(claim.frame)
                by_key.setdefault(key, set()).add(ref)
                by_json.setdefault(ref, set()).add(key)
                n += 1
    assert n > 500
    assert all(len(v) == 1 for v in by_key.values())  # never two questions under one key
    assert all(len(v) == 1 for v in by_json.values())  # the same question, the same key
    assert len(by_key) < n  # some claims repeat, so the grouping is exercised


def test_frame_key_ignores_only_the_offsets() -> None:
    from dataclasses import replace

    from psephos.claims.check import _frame_key
    from psephos.claims.frame import Frame, Subject
    from psephos.claims.model import Stated

    f = Frame(
        "share",
        Subject("party", "Labour", 10, 16, party="Lab"),
        other=Subject("party", "the Tories", 40, 50, party="Con"),
        stated=Stated("34 per cent", 34.0, 33.5, 34.5, "rounded"),
    )
    moved = replace(
        f, subject=replace(f.subject, start=110, end=116), other=replace(f.other, start=1, end=9)
    )
    assert _frame_key(moved) == _frame_key(f)
    for changed in (
        replace(f, subject=replace(f.subject, party="Con")),
        replace(f, subject=replace(f.subject, how="a pronoun")),
        replace(f, stated=Stated("34 per cent", 34.0, 33.5, 34.6, "rounded")),
        replace(f, election="ge2019"),
        replace(f, inferred=["scope"]),
        replace(f, other=None),
    ):
        assert _frame_key(changed) != _frame_key(f)
    assert (f.subject.start, f.other.start) == (10, 40)  # the frame itself is not changed


def test_seat_lineage_index_matches_the_scan(store_path: Path) -> None:
    from psephos.analysis import records as r
    from psephos.analysis.series import history_seats
    from psephos.store.connect import connect

    old = history_seats(db=store_path)
    old = old[old["level"] == "party"]
    _, exact, county = r._series_names(store_path)
    prefixes = r._grouping_prefixes(old["name"])

    def variants(name: str) -> set[frozenset[str]]:
        # the keys a series name also answers to: less one county word, less a grouping
        # prefix (never empty, never only compass words)
        k = r.name_key(name)
        out = {k - {w} for w in k if r._COUNTY_WORDS.search(w)}
        rest = r._without_prefix(name, prefixes)
        if rest is not None:
            out.add(rest)
        return {v for v in out if v and not v <= r._COMPASS}

    rows = [(r.name_key(n), variants(n)) for n in old["name"]]

    def scan(keys: set[frozenset[str]]) -> list[int]:
        return [old.index[i] for i, (k, v) in enumerate(rows) if k in keys or v & keys]

    # every 16th series name and every 8th seat name of both boundary sets (the scan of
    # 15,000 rows per name is the slow definition being replaced)
    con = connect(store_path)
    seats = sorted(n for (n,) in con.execute("SELECT DISTINCT name FROM constituencies").fetchall())
    names = sorted(set(old["name"]))[::16] + seats[::8] + ["Wycombe", "Ynys Môn", "The"]
    for name in names:
        keys = {r.name_key(name)}
        got = sorted({i for w in keys for i in (*exact.get(w, ()), *county.get(w, ()))})
        assert list(old.index[got]) == scan(keys), name


@pytest.mark.parametrize("election", ["ge2024", "notional2019", "1997"])
@pytest.mark.parametrize("by", ["country", "region"])
def test_area_row_index_matches_the_filters(store_path: Path, election: str, by: str) -> None:
    from psephos.claims.evaluate import Ctx
    from psephos.claims.evaluate_results import _summary_index, cached_summary
    from psephos.claims.frame import Frame, Subject

    ctx = Ctx(store_path, Frame("share", Subject("party")), election)
    s = cached_summary(ctx, election, by)
    index = _summary_index(ctx, election, by, s)
    areas = sorted({a for a in s.totals["area"]} | {a for a in s.table["area"]})
    t = s.table
    low_totals, low_table = s.totals["area"].str.lower(), t["area"].str.lower()
    for area in [*areas, "Atlantis"]:
        totals = s.totals[low_totals == area.lower()]
        got = index.totals.get(area.lower())
        assert (got is None) == totals.empty
        if got is not None:
            assert got.equals(totals.iloc[0]) and got.name == totals.index[0]
        part = t[low_table == area.lower()]  # (area and party) filtered in two steps
        for code in [*sorted(set(part["party_code"])), "NoSuchParty"]:
            hit = part[part["party_code"] == code]
            row = index.table.get((area.lower(), code))
            assert (row is None) == hit.empty, (area, code)
            if row is not None:
                assert row.equals(hit.iloc[0]) and row.name == hit.index[0]


def test_speaker_party_is_a_fresh_copy(store_path: Path) -> None:
    from psephos.analysis.members import speaker_party

    first = speaker_party("ge2019", db=store_path)
    # Lindsay Hoyle, Speaker at the 2019 election, last stood for Labour (Chorley, 2017)
    assert first is not None and first["party"] == "Lab"
    first["party"] = "changed"
    assert speaker_party("ge2019", db=store_path)["party"] == "Lab"


def _area_party_reference(eid: str, by: str, renames: dict[str, str], db: Path):  # noqa: ANN202
    """The plain definition: a groupby of the votes of each area's seats."""
    import pandas as pd

    from psephos.analysis.frame import party_votes, seat_frame
    from psephos.analysis.summary import _areas

    seats = seat_frame(eid, db=db)
    votes = party_votes(eid, db=db).merge(
        seats[["ons_code", "country", "region", "winner"]], on="ons_code"
    )
    votes["party_code"] = votes["party_code"].replace(renames)
    votes["won"] = (votes["best_rank"] == 1).astype(int)
    rows, totals = [], []
    for (kind, area, mask), (_, _, smask) in zip(_areas(votes, by), _areas(seats, by), strict=True):
        part = votes[mask]
        grouped = part.groupby("party_code").agg(votes=("votes", "sum"), seats=("won", "sum"))
        valid = float(part["votes"].sum())
        grouped["share"] = grouped["votes"] / valid if valid else float("nan")
        rows.append(grouped.reset_index().assign(area_type=kind, area=area))
        s = seats[smask]
        electorate = float(s["electorate"].sum())
        totals.append(
            {
                "area_type": kind,
                "area": area,
                "seats": len(s),
                "valid_votes": valid,
                "electorate": electorate,
                "turnout": float(s["valid_votes"].sum()) / electorate
                if electorate
                else float("nan"),
            }
        )
    return pd.concat(rows, ignore_index=True), pd.DataFrame(totals)


@pytest.mark.parametrize("by", ["country", "region", "all", "none"])
def test_area_party_matches_a_groupby_per_area(store_path: Path, by: str) -> None:
    import pandas as pd

    from psephos.analysis.frame import SEAT_ELECTIONS, predecessor_map
    from psephos.analysis.summary import _area_party

    renames = {old: new for new, old in predecessor_map(db=store_path).items()}
    for eid in SEAT_ELECTIONS:
        for rn in ({}, renames):
            got = _area_party(eid, by, rn, store_path)
            want = _area_party_reference(eid, by, rn, store_path)
            for g, w in zip(got, want, strict=True):
                # the same values; a text column may be held as Python strings on one side
                # and pandas' str dtype on the other (the store's frames are read as
                # objects: frame.plain_strings), so the dtypes are compared as numeric or not
                pd.testing.assert_frame_equal(g, w, check_exact=True, check_dtype=False)
                assert [t.kind in "biuf" for t in g.dtypes] == [t.kind in "biuf" for t in w.dtypes]


_WHERES = [
    None,
    "country=Scotland",
    ["region=London"],
    {"winner": "Lab"},
    ["country=England", "second=Con"],
    "top 10 by turnout",
    ["region=Wales", "top 5 by majority (least)"],
    "changed_hands=yes",
    ["winner=SNP", "majority<1000"],
    "census:Muslim>=20%",
    "previous_winner=Con and winner=Lab",
    "region=Yorkshire and The Humber",
    "not_standing=Con",
]
_METRICS = ["majority", "turnout", "share:Lab", "votes:Con", "change:LD", "swing:Con-Lab"]


@pytest.mark.parametrize("election", ["ge2024", "ge2019", "ge2010"])
def test_remembered_filters_and_metrics_are_the_computed_ones(
    store_path: Path, election: str
) -> None:
    import pandas as pd

    from psephos.analysis import metrics
    from psephos.analysis.frame import resolve_election

    el = resolve_election(election, db=store_path)
    for where in _WHERES:
        frame, universe = metrics._apply_filters(where, el, store_path)
        plain = frame.reset_index(drop=True)
        for _ in range(2):  # computed, then remembered
            got, words = metrics.apply_filters(where, election=election, db=store_path)
            pd.testing.assert_frame_equal(got, plain, check_exact=True)
            assert words == universe
            got["name"] = "changed by a caller"  # must not reach the next caller
    for name in _METRICS:
        m = metrics.parse_metric(name, db=store_path)
        plain_values = metrics._metric_values(m, el.election_id, store_path)
        for _ in range(2):
            values = metrics.metric_values(name, election=election, db=store_path)
            pd.testing.assert_series_equal(values, plain_values, check_exact=True)
            values[:] = -1.0


@pytest.mark.parametrize("area", ["UK", "GB", "great britain", "Scotland", "Northern Ireland"])
def test_remembered_turnout_record_is_the_computed_one(store_path: Path, area: str) -> None:
    import pandas as pd

    from psephos.analysis import records

    plain = records._turnout_record(records._countries(area), store_path)
    for _ in range(2):  # computed, then remembered
        got = records.turnout_record(area=area, db=store_path)
        pd.testing.assert_frame_equal(got, plain, check_exact=True)
        got["value"] = -1.0  # must not reach the next caller


def test_remembered_majority_record_is_the_computed_one(store_path: Path) -> None:
    import pandas as pd

    from psephos.analysis import records

    plain = records._majority_record(store_path)
    for _ in range(2):  # computed, then remembered
        got = records.majority_record(db=store_path)
        pd.testing.assert_frame_equal(got, plain, check_exact=True)
        got["value"] = -1.0  # must not reach the next caller
    winners = records.majority_winner_record(db=store_path)  # reads the record: unchanged
    assert len(winners) == int((plain["value"] > 0).sum()) > 0


def _rank_reference(metric: str, election: str, where, ascending: bool, db: Path):  # noqa: ANN001, ANN202
    """Round 4's ranking of every seat, on pandas frames: the plain definition that
    ``rank._rank_all`` (arrays of a few columns, one take) replaces."""
    import pandas as pd

    from psephos.analysis.frame import resolve_election
    from psephos.analysis.metrics import apply_filters, metric_values, parse_metric
    from psephos.analysis.rank import COLUMNS, _shrink, ordinal

    el = resolve_election(election, db=db)
    m = parse_metric(metric, db=db)
    seats, universe = apply_filters(where, election=el.election_id, db=db)
    kind, _, arg = m.key.partition(":")
    if kind in ("change", "swing", "steed"):
        from psephos.analysis.seat_swing import check_stood, speaker_seats, with_speaker_excluded

        parties = arg.split("-", 1) if kind != "change" else [arg]
        if parties != ["Spk"]:
            ons = set(seats["ons_code"])
            speaker = {c: n for c, n in speaker_seats(el.election_id, db=db).items() if c in ons}
            seats = seats[~seats["ons_code"].isin(list(speaker))]
            universe = with_speaker_excluded(universe, speaker, len(seats))
        check_stood(
            parties, election=el.election_id, seats=set(seats["ons_code"]), universe=universe, db=db
        )
    values = metric_values(m, election=el.election_id, db=db)
    seats = seats.assign(value=seats["ons_code"].map(values))
    has = seats["value"].notna()
    missing = int((~has).sum())
    if missing:
        dropped = set(seats.loc[~has, "country"])
        seats = seats[has]
        universe = _shrink(
            universe, len(seats) + missing, len(seats), dropped, set(seats["country"])
        )
    ranks = seats["value"].round(9).rank(method="min", ascending=ascending).astype(int)
    n = len(seats)
    order = (
        pd.DataFrame({"rank": ranks, "name": seats["name"]})
        .reset_index(drop=True)
        .sort_values(["rank", "name"])
        .index.to_numpy()
    )
    tied = ranks.duplicated(keep=False).to_numpy()
    table = seats.iloc[order].assign(rank=ranks.to_numpy()[order])
    table["rank_text"] = [
        ("=" if t else "") + f"{ordinal(r)} of {n}"
        for r, t in zip(table["rank"], tied[order], strict=True)
    ]
    return table[COLUMNS].reset_index(drop=True), universe, n, missing


_RANK_WHERES = [
    None,
    ["country=Wales"],
    ["region!=London"],
    ["country=England", "winner=Lab"],
    ["changed_hands=yes"],
    ["region=North East,Yorkshire and The Humber", "second=Con"],
    ["top 50 by turnout"],
    ["winner=Spk"],
]
_RANK_METRICS = [
    "majority",
    "turnout",
    "majority_share",
    "share:Lab",
    "votes:LD",
    "change:Con",
    "swing:Con-Lab",
    "census:Muslim",
    "winner_share",
]


@pytest.mark.parametrize("election", ["ge2024", "ge2019", "notional2019", "ge2010"])
def test_rank_matches_the_pandas_ranking(store_path: Path, election: str) -> None:
    """``rank`` (the whole ranking computed once on arrays, then sliced) gives round 4's
    table, universe, size and count left out, for every metric x filter x order, shown
    whole and as its top rows, computed and then remembered; ``ranked_seats`` gives its
    rows and finds every seat's."""
    import pandas as pd

    from psephos.analysis.rank import rank, ranked_seats
    from psephos.errors import PsephosError

    compared = 0
    for metric in _RANK_METRICS:
        for where in _RANK_WHERES:
            for ascending in (False, True):
                try:
                    plain, universe, n, missing = _rank_reference(
                        metric, election, where, ascending, store_path
                    )
                except PsephosError as exc:
                    with pytest.raises(type(exc)):
                        rank(
                            metric,
                            election=election,
                            where=where,
                            ascending=ascending,
                            db=store_path,
                        )
                    continue
                for top in (None, 3, None):  # computed, sliced, then remembered
                    got = rank(
                        metric,
                        election=election,
                        where=where,
                        top=top,
                        ascending=ascending,
                        db=store_path,
                    )
                    want = plain if top is None else plain.head(top)
                    pd.testing.assert_frame_equal(got.table, want, check_exact=True)
                    assert (got.universe, got.n, got.excluded) == (universe, n, missing)
                    got.table["name"] = "changed by a caller"  # must not reach the next one
                    got.notes.append("changed by a caller")
                seats = ranked_seats(
                    metric, election=election, where=where, ascending=ascending, db=store_path
                )
                assert seats.ranking.universe == universe
                rows = list(plain[["rank", "rank_text", "name", "value"]].itertuples(index=False))
                assert seats.rows == [tuple(r) for r in rows]
                for code, row in zip(plain["ons_code"], rows, strict=True):
                    assert seats.seat(code) == tuple(row)
                assert seats.seat("E99999999") is None
                compared += 1
    assert compared > 40


def _filters_reference(where, el, db: Path):  # noqa: ANN001, ANN202
    """Round 4's filters: each condition applied in turn to the frame of the seats kept so
    far (the plain definition that ``metrics._apply_filters``'s remembered masks replace)."""
    from psephos.analysis import metrics as mt
    from psephos.analysis.frame import seat_frame

    frame = seat_frame(el.election_id, db=db)
    conds = mt._conditions(where)
    conds = [c for c in conds if c[0].lower() in mt.AREA_KEYS and c[1] != "top"] + [
        c for c in conds if not (c[0].lower() in mt.AREA_KEYS and c[1] != "top")
    ]
    areas: list[str] = []
    words: list[str] = []
    for key, op, value in conds:
        if op == "top":
            frame = mt._top(frame, key, value, el.election_id, db)
            words.append(f"{'top' if value == 'most' else 'bottom'} {key}")
            continue
        frame, text = mt._apply_one(frame, key, op, value, el.election_id, db)
        if key.lower() in ("country", "region") and op in ("=", "=="):
            areas.append(text)
        else:
            words.append(f"{key} {op} {value}")
    area = " and ".join(areas) if areas else "the UK"
    noun = "seat" if len(frame) == 1 else "seats"
    universe = f"{len(frame)} {noun} in {area}"
    if words:
        universe += " where " + " and ".join(words)
    return frame, f"{universe} ({el.title})"


_MORE_WHERES = [
    *_WHERES,
    ["top 20 by majority", "country=Wales"],
    ["winner=Lab", "top 30 by census:Muslim", "majority<5000"],
    ["region!=London", "changed_hands=no", "turnout>=0.6"],
    ["standing=Grn", "country=England,Scotland", "second!=Con"],
    ["country=UK", "previous_winner=Con,LD"],
    ["region=Atlantis"],
    ["changed_hands=maybe"],
]


@pytest.mark.parametrize("election", ["ge2024", "ge2019", "notional2019", "ge2015"])
def test_filter_masks_match_the_filters_in_turn(store_path: Path, election: str) -> None:
    """Each condition's remembered mask over every seat, read for the seats kept so far,
    keeps the seats (same rows, same index) and words that applying the conditions in turn
    kept; a bad filter raises the same error."""
    import pandas as pd

    from psephos.analysis import metrics
    from psephos.analysis.frame import resolve_election
    from psephos.errors import PsephosError

    el = resolve_election(election, db=store_path)
    for where in _MORE_WHERES:
        try:
            plain, universe = _filters_reference(where, el, store_path)
        except PsephosError as exc:
            for _ in range(2):
                with pytest.raises(type(exc)):
                    metrics._apply_filters(where, el, store_path)
            continue
        for _ in range(2):  # computed, then remembered
            got, words = metrics._apply_filters(where, el, store_path)
            pd.testing.assert_frame_equal(got, plain, check_exact=True)
            assert words == universe


@pytest.mark.parametrize("election", ["ge2024", "ge2019", "ge2015"])
def test_remembered_changed_hands_is_the_computed_one(store_path: Path, election: str) -> None:
    import pandas as pd

    from psephos.analysis import swing
    from psephos.analysis.frame import resolve_election

    plain = swing._changed(resolve_election(election, db=store_path), store_path)
    assert len(plain) > 0
    for _ in range(2):  # computed, then remembered
        got = swing.changed_hands(election=election, db=store_path)
        pd.testing.assert_frame_equal(got, plain, check_exact=True)
        got["winner"] = "changed by a caller"  # must not reach the next caller


def test_seat_candidacies_match_the_query_per_seat(store_path: Path) -> None:
    """``seat._candidacies`` (every seat's rows read in one query per store) gives, for
    every seat of every election paired with its comparison, the rows and order of round
    4's query per seat (``ORDER BY rank, family_name``)."""
    from psephos.analysis import _lookups as lookups
    from psephos.analysis.frame import PREVIOUS
    from psephos.analysis.seat import _candidacies
    from psephos.store.connect import connect

    con = connect(store_path)
    sql = """SELECT election_id,
                    trim(coalesce(given_name, '') || ' ' || coalesce(family_name, ''))
                      AS name, party_code, party_name, votes, share, rank, elected,
                    sitting_mp, member_id, source_id, source_row
             FROM candidacies WHERE ons_code = ? AND election_id IN (?, ?)
             ORDER BY rank, family_name"""
    n = 0
    for election, code in sorted(lookups.contests(con)):
        if n and code[-1] not in "05":  # a systematic fifth of the seats of each election
            continue
        pair = (str(election), PREVIOUS.get(str(election)) or "")
        cur = con.execute(sql, [code, *pair])
        names = [d[0] for d in cur.description]
        want = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        assert _candidacies(con, code, pair) == want, (election, code)
        n += 1
    assert n > 800
    assert _candidacies(con, "E99999999", ("ge2024", "")) == []


def test_plain_strings_keeps_the_store_frames_values(store_path: Path) -> None:
    """The seat and party-vote frames read once per store (``frame.plain_strings``: text
    columns as Python strings) hold exactly the values of DuckDB's frame as pandas reads
    it (``str`` columns), for every seat-level election; only the text dtype differs."""
    import pandas as pd

    from psephos.analysis.frame import (
        SEAT_ELECTIONS,
        _read_party_votes,
        _read_seat_frame,
        plain_strings,
    )
    from psephos.store.connect import connect

    con = connect(store_path)
    for eid in SEAT_ELECTIONS:
        for read in (_read_seat_frame, _read_party_votes):
            got = read(con, eid)
            texts = [c for c in got.columns if got[c].dtype == object]
            assert {"ons_code"} <= set(texts), (eid, read.__name__)
            for c in texts:  # Python strings or missing (NaN, as in the str column)
                assert all(isinstance(v, str) or pd.isna(v) for v in got[c]), (eid, c)
    seats = con.execute(
        "SELECT ons_code, name, region, winner_party FROM contests JOIN constituencies "
        "USING (ons_code) WHERE election_id = 'ge2024' AND boundary_set = '2024'"
    ).df()
    assert isinstance(seats["name"].dtype, pd.StringDtype)  # what plain_strings replaces
    raw = seats.copy()
    conv = plain_strings(seats)
    assert conv is seats and all(conv[c].dtype == object for c in conv.columns)
    pd.testing.assert_frame_equal(conv, raw, check_dtype=False, check_exact=True)
    assert [conv[c].isna().tolist() for c in conv] == [raw[c].isna().tolist() for c in raw]


def test_pinned_connection_is_the_connection(store_path: Path, tmp_path: Path) -> None:
    """Inside ``connect.pinned`` a store is resolved once: ``connect`` gives the cursor it
    gives outside; a missing store fails inside as outside; blocks nest and restore."""
    from psephos.errors import StoreError
    from psephos.store.connect import connect, pinned

    outside = connect(store_path)
    with pinned(store_path):
        assert connect(store_path) is outside
        assert connect(store_path) is outside
        with pinned(str(store_path)):
            assert connect(str(store_path)) is connect(store_path)
        missing = tmp_path / "none.duckdb"
        with pinned(missing), pytest.raises(StoreError, match="No store"):
            connect(missing)
    assert connect(store_path) is outside
    with pytest.raises(StoreError, match="No store"):
        connect(tmp_path / "none.duckdb")


def test_remembered_metric_parse_is_the_parse(store_path: Path) -> None:
    """``metrics.parse_metric`` (remembered per store) gives the parse of every base
    metric, alias, party and pair metric and census category; unknown metrics raise each
    time."""
    from psephos.analysis.frame import census_categories
    from psephos.analysis.metrics import (
        ALIASES,
        BASE,
        _parse_metric,
        parse_metric,
    )
    from psephos.errors import NotFoundError

    names = [*BASE, *ALIASES, "share:Lab", "votes: con", "change:Reform", "swing:Con-Lab"]
    names += [
        f"census:{t}/{c}" if t != "summary" else f"census:{c}"
        for t, cats in census_categories(db=store_path).items()
        for c in cats
    ]
    for name in names:
        first = parse_metric(name, db=store_path)
        assert first == _parse_metric(name, store_path), name
        assert parse_metric(name, db=store_path) == first
    for bad in ("no such metric", "share:NoParty", "census:nothing/at all"):
        for _ in range(2):
            with pytest.raises(NotFoundError):
                parse_metric(bad, db=store_path)


def test_shallow_copies_are_safe_to_modify(store_path: Path) -> None:
    """``seat_frame``, ``party_votes``, ``census_frame`` and ``history_seats`` hand out
    shallow copies (pandas' copy-on-write): whatever a caller does to its copy (a column
    replaced, cells set, the index renamed) the next caller gets the store's
    frame unchanged."""
    import pandas as pd

    from psephos.analysis.frame import census_frame, party_votes, seat_frame
    from psephos.analysis.series import history_seats

    for get in (
        lambda: seat_frame("ge2024", db=store_path),
        lambda: party_votes("ge2019", db=store_path),
        lambda: census_frame("summary", db=store_path),
        lambda: history_seats(db=store_path),
    ):
        want = get().copy(deep=True)
        mine = get()
        first = mine.columns[0]
        mine.loc[mine.index[0], first] = None
        mine[mine.columns[-1]] = 0
        mine.index.name = "changed"
        mine.columns.name = "changed"
        mine.iloc[1:3, 1:3] = None
        pd.testing.assert_frame_equal(get(), want, check_exact=True)


# --- round 7 ---------------------------------------------------------------------------


def test_remembered_series_seat_table_is_the_computed_one(store_path: Path) -> None:
    """``records.series_seat_table`` (remembered per store and election) gives the computed
    table for every election of the 1918-2005 series, under either of its ids; a caller
    that changes its copy changes nothing for the next; an unknown election raises each
    time."""
    import pandas as pd

    from psephos.analysis import records
    from psephos.analysis.series import history_elections
    from psephos.errors import NotFoundError

    years = history_elections(db=store_path)
    assert len(years) > 20
    for key in years:
        plain = records._series_seat_table(key, store_path)
        for eid in (key, records.election_id_of(key), key):
            got = records.series_seat_table(eid, db=store_path)
            pd.testing.assert_frame_equal(got, plain, check_exact=True)
            got["majority"] = -1.0  # must not reach the next caller
            got.loc[got.index[0], "name"] = "changed"
    for _ in range(2):
        with pytest.raises(NotFoundError):
            records.series_seat_table("1066", db=store_path)


@pytest.mark.parametrize("election", ["ge2010", "ge2017", "ge2019", "ge2024", "notional2019"])
def test_remembered_area_ballots_are_the_seat_sums(store_path: Path, election: str) -> None:
    """``evaluate_results.area_ballots`` (remembered per store, election and area) is the
    sum over the area's seats of the seat frame, for the UK, Great Britain and every
    country and region (None where a seat has no count of rejected ballots)."""
    from psephos.analysis.frame import seat_frame
    from psephos.claims.evaluate import Ctx
    from psephos.claims.evaluate_results import area_ballots
    from psephos.claims.frame import Frame, Subject

    seats = seat_frame(election, db=store_path)
    areas = ["UK", "Great Britain", *sorted(set(seats["country"].dropna()))]
    areas += sorted(set(seats["region"].dropna()))
    ctx = Ctx(store_path, Frame("turnout", Subject("seats")), election)
    found = 0
    for area in areas:
        if area == "UK":
            rows = seats
        elif area == "Great Britain":
            rows = seats[seats["country"] != "Northern Ireland"]
        else:
            rows = seats[(seats["country"] == area) | (seats["region"] == area)]
        assert len(rows), area
        if rows["invalid_votes"].isna().any():
            want = None
        else:
            want = {
                "valid_votes": float(rows["valid_votes"].sum()),
                "invalid_votes": float(rows["invalid_votes"].sum()),
                "electorate": float(rows["electorate"].sum()),
            }
            found += 1
        for _ in range(2):  # computed, then remembered
            assert area_ballots(ctx, area) == want, area
    assert found or election == "notional2019"


@pytest.mark.parametrize("election", ["ge2010", "ge2015", "ge2017", "ge2019", "ge2024", "x"])
def test_remembered_gains_at_dissolution_is_the_computed_one(
    store_path: Path, election: str
) -> None:
    """``byelection_results.gains_at_dissolution`` (remembered per store and election) is
    the computed table (or None, as computed), and a caller that changes its copy changes
    nothing for the next."""
    import pandas as pd

    from psephos.analysis import byelection_results as br

    plain = br._gains_at_dissolution(election, store_path)
    for _ in range(2):  # computed, then remembered
        got = br.gains_at_dissolution(election, db=store_path)
        if plain is None:
            assert got is None
            continue
        assert got is not None
        pd.testing.assert_frame_equal(got, plain, check_exact=True)
        got["winner"] = "changed"  # must not reach the next caller
    if election in ("ge2015", "ge2017", "ge2019"):
        assert plain is not None and len(plain)


def test_remembered_seat_lineage_is_the_computed_one(store_path: Path) -> None:
    """``records.seat_lineage`` (the most recent lineages remembered per store) gives the
    computed lineage for every 10th seat of both boundary sets, with and without its codes,
    asked twice; a caller that changes its copy changes nothing for the next; the cache
    keeps at most ``LINEAGE_CACHE`` lineages."""
    import pandas as pd

    from psephos.analysis import records
    from psephos.store.connect import connect, memo

    rows = (
        connect(store_path)
        .execute("SELECT name, ons_code FROM constituencies ORDER BY boundary_set, ons_code")
        .fetchall()
    )
    asked = 0
    for name, code in rows[::10]:
        for names, codes in (([name], [code]), ([name], None), ([name, "Wycombe"], [code])):
            plain = records._seat_lineage(list(names), list(codes or []), store_path)
            for _ in range(2):  # computed, then remembered
                got = records.seat_lineage(names, codes=codes, db=store_path)
                pd.testing.assert_frame_equal(got, plain, check_exact=True)
                got["winner"] = "changed"  # must not reach the next caller
                asked += 1
    assert asked > 300
    cache = memo(connect(store_path), "analysis.records.seat_lineage", dict)
    assert 0 < len(cache) <= records.LINEAGE_CACHE


def test_winners_by_member_is_the_scan_of_winners(store_path: Path) -> None:
    """``_lookups.winners_by_member`` (what ``tenure.held_since`` reads) holds, for every
    member id, exactly the seats the scan of every winner that ``held_since`` made found."""
    from psephos.analysis import _lookups as lookups
    from psephos.store.connect import connect

    con = connect(store_path)
    table = lookups.winners(con)
    ids = {w["member_id"] for w in table.values()} | {0, -1, 10**9}
    by_member = lookups.winners_by_member(con)
    assert len(ids) > 1000
    for member_id in ids:
        scan = {
            f"{e}|{c}": w["source_id"] for (e, c), w in table.items() if w["member_id"] == member_id
        }
        if member_id is None:
            continue  # held_since is always given a member id
        assert by_member.get(member_id, {}) == scan, member_id


@pytest.mark.parametrize("election", ["ge2010", "ge2019", "ge2024", "notional2019"])
def test_guard_seat_areas_are_the_filters(store_path: Path, election: str) -> None:
    """The guard's per-election index of seat areas (``evaluate_guard._seat_areas``) gives,
    for every seat, the region and country of the boolean filter on its code, and the
    regions the guard offered as readings."""
    from psephos.analysis.frame import seat_frame
    from psephos.claims.evaluate_guard import COUNTRIES, _seat_areas

    rows = seat_frame(election, db=store_path)
    by_code, regions = _seat_areas(store_path, election)
    assert len(by_code) == rows["ons_code"].nunique() > 600
    for code in [*rows["ons_code"], "E99999999", None]:
        hit = rows[rows["ons_code"] == code]
        want = None if hit.empty else (hit.iloc[0]["region"], hit.iloc[0]["country"])
        assert by_code.get(code) == want, code
    assert regions == sorted(set(rows["region"].dropna()) - set(COUNTRIES))


@pytest.mark.parametrize("election", ["ge2015", "ge2024", "notional2019"])
def test_guard_seat_parties_are_the_filter(store_path: Path, election: str) -> None:
    """The guard's parties of a seat (``evaluate_guard._seat_parties``, read once per store
    and election) are the boolean filter's over the party votes, in order, for every seat."""
    from psephos.analysis.frame import party_votes
    from psephos.claims.evaluate_guard import _seat_parties
    from psephos.claims.frame import Frame, Scope, Subject

    rows = party_votes(election, db=store_path)
    codes = sorted(set(rows["ons_code"]))
    assert len(codes) > 600
    for code in [*codes, "E99999999"]:
        want = [str(p) for p in rows[rows["ons_code"] == code]["party_code"] if str(p) != "Ind"]
        frame = Frame("votes", Subject("party"), Scope("seat", seat={"ons_code": code}))
        frame.election = election
        assert _seat_parties(store_path, frame) == want, code


def test_remembered_party_record_is_the_computed_one(store_path: Path) -> None:
    """``records.party_record`` (remembered per store, group, measure and area) is the
    filter of ``party_series`` it was, for every party, measure and area; a caller that
    changes its copy changes nothing for the next; a bad party, measure or area raises
    each time."""
    import pandas as pd

    from psephos.analysis import records
    from psephos.analysis.series import party_series
    from psephos.errors import PsephosError

    n = 0
    for party in ("Con", "Lab", "LD", "SNP", "PC", "Green", "Reform"):
        for measure in ("seats", "share", "votes", "majority"):
            for area in ("UK", "GB", "England", "Scotland", "Wales", "Northern Ireland", "uk"):
                try:
                    group, used = records.series_group(party, area)
                    if measure not in records.MEASURES:
                        raise PsephosError("no such measure")
                    if (
                        party in ("SNP", "PC")
                        and measure != "seats"
                        and used.lower() != area.lower()
                    ):
                        raise PsephosError("not in the series")
                    s = party_series(area=used, db=store_path)
                    s = s[s["party"] == group]
                    want = s[["election", "year", measure, "level"]].rename(
                        columns={measure: "value"}
                    )
                    want = want.assign(group=group, area=used).reset_index(drop=True)
                except PsephosError:
                    for _ in range(2):
                        with pytest.raises(PsephosError):
                            records.party_record(party, measure=measure, area=area, db=store_path)
                    continue
                for _ in range(2):  # computed, then remembered
                    got = records.party_record(party, measure=measure, area=area, db=store_path)
                    pd.testing.assert_frame_equal(got, want, check_exact=True)
                    got["value"] = -1.0  # must not reach the next caller
                n += 1
    assert n > 40


def test_pinned_block_pins_every_spelling_of_a_store(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 8: a store connected to by another spelling inside a pinned block (the
    checker pins ``None``; its evaluators pass the store's path) is the cursor ``connect``
    gives outside, resolved once: no ``stat`` after its first call; a missing store fails
    on every call; outside the block each call checks the file again."""
    import os

    from psephos.errors import StoreError
    from psephos.store import connect as c

    outside = c.connect(store_path)
    missing = tmp_path / "none.duckdb"
    real_stat = os.stat
    stats: list[object] = []

    def counting(path: object, *a: object, **k: object) -> os.stat_result:
        stats.append(path)
        return real_stat(path, *a, **k)  # type: ignore[arg-type]

    with c.pinned(None):
        assert c.connect(str(store_path)) is outside
        monkeypatch.setattr(c.os, "stat", counting)
        assert c.connect(str(store_path)) is outside
        assert c.connect(str(store_path)) is outside
        assert stats == []
        for _ in range(2):
            with pytest.raises(StoreError, match="No store"):
                c.connect(missing)
        assert len(stats) == 2
    assert c.connect(str(store_path)) is outside
    assert len(stats) == 3
    monkeypatch.undo()


def _mentions(draw_starts: list[int], kinds: list[str], refs: list[dict]):  # noqa: ANN202
    from psephos.claims.model import Mention

    return [
        Mention(k, "x", s, s + 1, r, "test")
        for s, k, r in zip(draw_starts, kinds, refs, strict=False)
    ]


_IDS = [None, 1, 2, "a", "b"]


@pytest.mark.parametrize("seed", range(40))
def test_reconsider_mention_indexes_are_the_scans(seed: int) -> None:
    """Round 8: ``_Context.mentions_in(lo, hi)`` is the scan ``[m for m in mentions if lo
    <= m.start < hi]`` and ``people_like(cand)`` holds (in order) every person mention the
    scan of ``_candidacy`` accepted (``member_id`` or ``key`` equal to the candidate's),
    on generated mentions: unsorted and repeated starts, None and mixed-type ids."""
    import random

    from psephos.claims.reconsider import _Context

    rnd = random.Random(seed)
    n = rnd.randrange(0, 60)
    starts = [rnd.randrange(0, 50) for _ in range(n)]
    if seed % 2:
        starts.sort()
    kinds = [rnd.choice(["person", "party", "seat"]) for _ in range(n)]
    refs = [
        {
            "member_id": rnd.choice(_IDS),
            "key": rnd.choice(_IDS),
            **({"name": "n"} if rnd.random() < 0.5 else {}),
        }
        for _ in range(n)
    ]
    if seed % 5 == 0 and n:
        del refs[0]["member_id"]  # a missing id reads as None, as in the scan
    ms = _mentions(starts, kinds, refs)
    ctx = _Context("text " * 20, ms, None, {})
    assert ctx.mentions == ms
    for lo in range(-1, 52, 3):
        for hi in range(lo, 53, 7):
            assert ctx.mentions_in(lo, hi) == [m for m in ms if lo <= m.start < hi]
    for mid in _IDS:
        for key in _IDS:
            cand = {"member_id": mid, "key": key}
            want = [
                m
                for m in ms
                if m.kind == "person"
                and not (
                    m.ref.get("member_id") != cand.get("member_id")
                    and m.ref.get("key") != cand.get("key")
                )
            ]
            got = ctx.people_like(cand)
            assert [m for m in got if m in want] == want
            assert all(m.kind == "person" for m in got)
    unhashable = {"member_id": ["x"], "key": None}
    assert ctx.people_like(unhashable) == ctx.mentions


def test_series_name_index_is_the_per_row_computation(store_path: Path) -> None:
    """Round 8: ``records._series_names``'s indexes (one name's keys found once per
    distinct name) are the per-row computation of round 7."""
    from psephos.analysis import records

    old, exact, county = records._series_names(store_path)
    want_exact: dict = {}
    want_county: dict = {}
    prefixes = records._grouping_prefixes(old["name"])
    for i, name in enumerate(old["name"]):
        k = records.name_key(name)
        want_exact.setdefault(k, []).append(i)
        variants = {k - {w} for w in k if records._COUNTY_WORDS.search(w)}
        rest = records._without_prefix(name, prefixes)
        if rest is not None:
            variants.add(rest)
        for v in variants:
            if v and not v <= records._COMPASS:
                want_county.setdefault(v, []).append(i)
    assert exact == want_exact
    assert county == want_county


# --- round-8 merge: review_8b_a's mention lookup indexed by start ---------------------------


@settings(max_examples=200, deadline=None)
@given(
    spans=st.lists(
        st.tuples(
            st.integers(0, 300), st.integers(0, 40), st.sampled_from(["seat", "person", "party"])
        ),
        max_size=40,
    ),
    a=st.integers(0, 320),
    width=st.integers(0, 200),
    kinds=st.sampled_from([("seat",), ("person", "party"), ("seat", "person", "party")]),
)
def test_review_mentions_in_matches_the_plain_scan(
    spans: list[tuple[int, int, str]], a: int, width: int, kinds: tuple[str, ...]
) -> None:
    from psephos.claims.review_8b_a import _mentions_in

    mentions = [{"start": s, "end": s + n, "kind": k} for s, n, k in spans]
    b = a + width
    plain = [m for m in mentions if m["kind"] in kinds and a <= m["start"] and m["end"] <= b]
    assert _mentions_in(mentions, a, b, kinds) == plain
