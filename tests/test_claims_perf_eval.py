"""The checker's evaluation-side fast paths give the answers of the plain definitions they
replace (every case of the class, not a sample of sentences):

- ``check._frame_key`` (built without ``dataclasses.asdict``) is byte-identical to the JSON
  of ``Frame.to_dict()`` less the mentions' offsets, for every frame read from every story
  of both corpora;
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
  modifies what it got does not change what the next caller gets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
    from psephos.claims.check import _frame_key, read_text

    assert STORIES
    n = 0
    for p in STORIES:
        for claim in read_text(p.read_text(encoding="utf-8"), db=store_path).claims:
            if claim.frame is not None:
                assert _frame_key(claim.frame) == _key_reference(claim.frame), p.name
                n += 1
    assert n > 500


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
                pd.testing.assert_frame_equal(g, w, check_exact=True)


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
