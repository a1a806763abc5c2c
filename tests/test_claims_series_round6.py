"""Series stories, round 6 (HISTORY): gains between two series elections, ratios and
changes against the series election before, and the two 1974 elections named by month.
Every sentence is invented for these tests; every expected figure is counted by the test
from the raw Commons Library file (CBP-8647, shared/data/results/hoc-cbp8647-1918-2019/
1918-2019election_results.csv, cp1252 as its PROVENANCE says): a single-member seat's
winner is the party column with the most votes, a seat "taken" is one of the same name and
boundary set whose winner at the election before was another column.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from psephos.claims import check_text

_COLS = {"con": "Con", "lib": "Lib", "lab": "Lab", "natSW": "Nat", "oth": "Oth"}
_PARTY_WORDS = {"Con": "the Conservatives", "Lab": "Labour", "Lib": "the Liberals"}


def _rows(mirror: Path) -> list[dict[str, str]]:
    path = mirror / "results" / "hoc-cbp8647-1918-2019" / "1918-2019election_results.csv"
    with path.open(encoding="cp1252", newline="") as fh:
        return [
            {k.strip(): (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)
        ]


def _winners(rows: list[dict[str, str]], election: str) -> dict[tuple[str, str], str]:
    """(name, boundary set) -> the leading column, British single-member seats only."""
    out = {}
    for r in rows:
        if r["election"] != election or r["seats"] != "1":
            continue
        if r["country/region"] == "Northern Ireland":
            continue
        votes = {g: float(r[f"{c}_votes"] or 0) for c, g in _COLS.items()}
        if max(votes.values()) <= 0:
            continue
        out[(r["constituency_name"], r["boundary_set"])] = max(votes, key=lambda g: votes[g])
    return out


def _taken(mirror: Path, before: str, now: str) -> Counter[tuple[str, str]]:
    """(from, to) -> seats that changed hands between two series elections, same name and
    boundary set."""
    rows = _rows(mirror)
    a, b = _winners(rows, before), _winners(rows, now)
    return Counter((a[k], b[k]) for k in b if k in a and a[k] != b[k])


# consecutive elections on the same boundaries (no review in between)
_PAIRS = [("1955", "1959"), ("1964", "1966"), ("1966", "1970"), ("1974O", "1979"), ("1987", "1992")]


def _year_words(key: str) -> str:
    return {"1974O": "October 1974", "1974F": "February 1974"}.get(key, key)


@pytest.mark.parametrize(("before", "now"), _PAIRS)
@pytest.mark.parametrize(("loser", "taker"), [("Lab", "Con"), ("Con", "Lab")])
def test_seats_taken_from_a_party_at_a_series_election(
    store_path: Path, mirror: Path, before: str, now: str, loser: str, taker: str
) -> None:
    n = _taken(mirror, before, now)[(loser, taker)]
    if n < 6:
        pytest.skip(f"{taker} took only {n} from {loser} at {now}: too few to perturb")
    head = f"The {_year_words(now)} general election\n\nAt the {_year_words(now)} general election"
    said = f"{head} {_PARTY_WORDS[taker]} took {{}} seats from {_PARTY_WORDS[loser]}.\n"

    def verdicts(k: int) -> set[str]:
        report = check_text(said.format(k), db=store_path)
        return {c.verdict for c in report.leaves() if c.claim.kind == "gains_from"}

    assert verdicts(n) == {"supported"}
    assert verdicts(n + max(3, n // 3)) == {"contradicted"}
    # within two seats: a by-election in between (not in the series) could explain it
    assert verdicts(n + 1) == {"uncertain"}


@pytest.mark.parametrize("now", ["1950", "1974F", "1983", "1997"])
def test_seats_taken_after_a_boundary_review_are_not_counted(store_path: Path, now: str) -> None:
    text = (
        f"The {_year_words(now)} general election\n\nAt the {_year_words(now)} general "
        "election the Conservatives took 40 seats from Labour.\n"
    )
    got = [c for c in check_text(text, db=store_path).leaves() if c.claim.kind == "gains_from"]
    assert [c.verdict for c in got] == ["uncertain"]
    assert "same boundaries" in got[0].explanation


def _party_seats(mirror: Path, election: str) -> Counter[str]:
    rows = _rows(mirror)
    return Counter(_winners(rows, election).values())


@pytest.mark.parametrize(("before", "now"), [("1966", "1970"), ("1974O", "1979"), ("1959", "1964")])
def test_a_seat_total_down_or_up_from_the_series_election_before(
    store_path: Path, mirror: Path, before: str, now: str
) -> None:
    was, is_ = _party_seats(mirror, before)["Lab"], _party_seats(mirror, now)["Lab"]
    word = "down" if is_ < was else "up"
    text = (
        f"The {_year_words(now)} general election\n\nAt the {_year_words(now)} general "
        f"election Labour won {is_} seats, {word} from {{}}.\n"
    )

    def prior(k: int) -> set[str]:
        report = check_text(text.format(k), db=store_path)
        return {c.verdict for c in report.leaves() if f"from {k}" in c.claim.text}

    assert prior(was) == {"supported"}
    assert prior(was + 25) == {"contradicted"}


def _share(mirror: Path, election: str, col: str, country: str) -> float:
    votes = total = 0.0
    for r in _rows(mirror):
        if r["election"] == election and r["country/region"] == country:
            votes += float(r[f"{col}_votes"] or 0)
            total += sum(float(r[f"{c}_votes"] or 0) for c in _COLS)
    return votes / total


@pytest.mark.parametrize(
    ("party", "col", "country", "before", "now"),
    [
        ("the SNP", "natSW", "Scotland", "1966", "1970"),
        ("Plaid Cymru", "natSW", "Wales", "1966", "1970"),
        ("the SNP", "natSW", "Scotland", "1970", "1974F"),
    ],
)
def test_a_share_ratio_against_the_series_election_before(
    store_path: Path, mirror: Path, party: str, col: str, country: str, before: str, now: str
) -> None:
    ratio = _share(mirror, now, col, country) / _share(mirror, before, col, country)
    k = int(ratio)  # "more than doubled" is true when the ratio is above k
    words = {1: "rose", 2: "more than doubled", 3: "more than trebled", 4: "more than quadrupled"}
    head = f"The {_year_words(now)} general election\n\nAt the {_year_words(now)} general election"
    true = f"{head} {party} {words[k]} its share in {country}.\n"
    false = f"{head} {party} {words[k + 1]} its share in {country}.\n"

    def got(text: str) -> set[str]:
        return {
            c.verdict for c in check_text(text, db=store_path).leaves() if c.claim.kind == "ratio"
        }

    if k >= 2:
        assert got(true) == {"supported"}
    assert got(false) == {"contradicted"}


def test_october_1974_written_as_month_and_year_dates_the_claim(store_path: Path) -> None:
    # turnout: ours over contested seats (records.turnout_record); February 78.8%, October
    # 72.9% in the file's votes over electorate, so a fall of six points
    text = (
        "Two elections in one year\n\nAt the October 1974 general election turnout fell, "
        "down six points on February.\n"
    )
    leaves = check_text(text, db=store_path).leaves()
    got = [c for c in leaves if c.claim.kind == "change" and "six" in c.claim.text]
    assert [c.claim.frame.election for c in got] == ["ge1974oct"]
    assert [c.verdict for c in got] == ["supported"]


# --------------------------------------------------------------------------- two parties


def _seat_sum(mirror: Path, election: str, country: str, groups: tuple[str, str]) -> int:
    rows = [r for r in _rows(mirror) if r["country/region"] == country]
    won = Counter(_winners(rows, election).values())
    return won[groups[0]] + won[groups[1]]


def _share_sum(mirror: Path, election: str, country: str, cols: tuple[str, str]) -> float:
    return sum(_share(mirror, election, c, country) for c in cols)


@pytest.mark.parametrize("year", ["1955", "1966", "1979", "1992"])
@pytest.mark.parametrize("country", ["Scotland", "Wales"])
def test_two_parties_seats_between_them(
    store_path: Path, mirror: Path, year: str, country: str
) -> None:
    n = _seat_sum(mirror, year, country, ("Con", "Lab"))
    text = (
        f"The {year} general election\n\nAt the {year} general election Labour and the "
        f"Conservatives won {{}} seats between them in {country}.\n"
    )

    def got(k: int) -> set[str]:
        report = check_text(text.format(k), db=store_path)
        return {c.verdict for c in report.leaves() if c.claim.kind == "combined"}

    assert got(n) == {"supported"}
    assert got(n + 5 + n // 4) == {"contradicted"}


@pytest.mark.parametrize("year", ["1959", "1970", "1987"])
@pytest.mark.parametrize(
    ("phrase", "cols"),
    [
        ("Labour and the Conservatives together took {} per cent of the vote", ("lab", "con")),
        ("the combined vote share of the Conservatives and Labour was {} per cent", ("con", "lab")),
        ("the two main parties took {} per cent of the vote", ("con", "lab")),
    ],
)
def test_two_parties_share_together(
    store_path: Path, mirror: Path, year: str, phrase: str, cols: tuple[str, str]
) -> None:
    share = 100 * _share_sum(mirror, year, "Wales", cols)
    text = f"The {year} general election\n\nAt the {year} general election in Wales {phrase}.\n"

    def got(v: float) -> set[str]:
        report = check_text(text.format(f"{v:.1f}"), db=store_path)
        return {c.verdict for c in report.leaves() if c.claim.kind == "combined"}

    assert got(share) == {"supported"}
    assert got(share - 5) == {"contradicted"}


def test_a_pair_with_a_name_the_checker_does_not_know_is_never_one_party(
    store_path: Path,
) -> None:
    # "the Whigs" is no party: the figure is the pair's, never Labour's alone (which would
    # be false): uncertain with the reason
    text = "The 2019 general election\n\nIn 2019 Labour and the Whigs won 210 seats between them.\n"
    got = check_text(text, db=store_path).leaves()
    assert [(c.claim.kind, c.verdict) for c in got] == [("combined", "uncertain")]
    assert "Whigs" in got[0].explanation


def test_two_parties_without_a_together_word_are_not_a_pair(store_path: Path) -> None:
    text = "The 2019 general election\n\nIn 2019 Labour and the Conservatives won 202 and 365.\n"
    kinds = {c.claim.kind for c in check_text(text, db=store_path).leaves()}
    assert "combined" not in kinds


def _uk_share(mirror: Path, election: str, col: str) -> float:
    votes = total = 0.0
    for r in _rows(mirror):
        if r["election"] == election:
            votes += float(r[f"{col}_votes"] or 0)
            total += sum(float(r[f"{c}_votes"] or 0) for c in _COLS)
    return votes / total


@pytest.mark.parametrize(
    ("party", "col", "year"), [("Labour", "lab", "1970"), ("The Liberals", "lib", "1970")]
)
def test_a_record_with_its_figure_after_and_its_year_after_since(
    store_path: Path, mirror: Path, party: str, col: str, year: str
) -> None:
    """ "P recorded their worst result since Y in E, with X per cent": the record is of the
    share (the figure after it), dated E (not the year of "since"); Y is the last earlier
    election with a share at least as low, counted here from the raw file."""
    order = [e for e in ("1935", "1945", "1950", "1951", "1955", "1959", "1964", "1966", "1970")]
    now = _uk_share(mirror, year, col)
    earlier = order[: order.index(year)]
    last = (
        next(e for e in reversed(earlier) if _uk_share(mirror, e, col) <= now)
        if any(_uk_share(mirror, e, col) <= now for e in earlier)
        else None
    )
    if last is None:
        pytest.skip("no earlier election as low from 1935")
    wrong = next(e for e in reversed(earlier) if e != last and int(e) > int(last))
    body = "{p} recorded their worst result since {y} in {e}, with {x:.1f} per cent of the vote."
    story = "Election history\n\nA story that runs through the elections of 1945 to 1970.\n\n"

    def got(y: str) -> dict[str, set[str]]:
        text = story + body.format(p=party, y=y, e=year, x=100 * now) + "\n"
        out: dict[str, set[str]] = {}
        for c in check_text(text, db=store_path).leaves():
            out.setdefault(c.claim.kind, set()).add(c.verdict)
            assert c.claim.frame.election == f"ge{year}"
        return out

    assert got(last) == {"record": {"supported"}, "share": {"supported"}}
    assert got(wrong)["record"] == {"contradicted"}


def _runs(mirror: Path, years: list[str]) -> list[tuple[str, str, str]]:
    """(seat name, group, first year of its run) for seats of one boundary set whose winner
    was one group (Con or Lab) at every election of ``years[1:]`` and another at
    ``years[0]``, counted from the raw file; names of plain words only."""
    rows = _rows(mirror)
    won = {y: _winners(rows, y) for y in years}
    out = []
    for key, first in won[years[0]].items():
        later = {won[y].get(key) for y in years[1:]}
        if len(later) == 1 and (g := later.pop()) in ("Con", "Lab") and first != g:
            name = key[0]
            if name.replace(" ", "").isalpha():
                out.append((name, g, years[1]))
    return sorted(out)


@pytest.mark.parametrize("pick", [0, 5, 10])
def test_a_seat_won_at_every_election_from_y_to_z(
    store_path: Path, mirror: Path, pick: int
) -> None:
    """ "P won S at every general election from Y to Z": true from the first year of the
    run; false from the election before it (another group won then)."""
    years = ["1955", "1959", "1964", "1966", "1970"]  # one boundary set, 1955-1970
    runs = _runs(mirror, years)
    name, group, start = runs[pick % len(runs)]
    who = {"Con": "The Conservatives", "Lab": "Labour"}[group]
    story = "The 1970 general election\n\nWho held what, 1955 to 1970.\n\n"

    def got(y: str) -> set[str]:
        text = story + f"{who} won {name} at every general election from {y} to 1970.\n"
        return {c.verdict for c in check_text(text, db=store_path).leaves()}

    assert got(start) == {"supported"}
    assert got("1955") == {"contradicted"}


@pytest.mark.parametrize(("year", "country"), [("1945", "Scotland"), ("1935", "Scotland")])
def test_a_seat_total_before_1950_counted_without_two_member_seats_is_not_false(
    store_path: Path, mirror: Path, year: str, country: str
) -> None:
    """Before 1950 a count of single-member seats (as copy may give it) can differ from the
    series' total by the two-member and university seats' members: never `contradicted`
    within them; far outside them it is."""
    rows = [r for r in _rows(mirror) if r["country/region"] == country]
    n = Counter(_winners(rows, year).values())["Lab"]
    text = f"The {year} general election\n\nIn {year} in {country} Labour won {{}} seats.\n"

    def got(k: int) -> set[str]:
        report = check_text(text.format(k), db=store_path)
        return {c.verdict for c in report.leaves() if c.claim.kind == "seats"}

    assert "contradicted" not in got(n)
    assert got(n + 12) == {"contradicted"}
