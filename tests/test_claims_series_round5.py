"""Series stories, round 5: the election a story about a 1918-2005 election is about, and
"the first hung parliament since". Every sentence is invented for these tests.

Receipts (Commons Library 1918-2019 file, shared/data/results/hoc-cbp8647-1918-2019/
1918-2019election_results.csv, "CBP-8647", seats counted by the party column that leads
each single-member row):

* February 1974: Lab 301, Con 296 of 635 (Labour short of the 318 needed); October 1974:
  Lab 319 of 635; 1979: Con 339.
* 1951: Con 300 of 625 in the file's groups (short of the 313 needed), with 21 seats of
  'oth' in Great Britain, among them the Conservatives' National Liberal allies: hung on
  the file's groups, a majority with the allies. 1929: Lab 286 of 604 (hung either way).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from psephos.claims import check_text
from psephos.claims.when import infer_document


@pytest.mark.parametrize(
    ("headline", "want"),
    [
        ("Who governs Britain? The answer in numbers: February 1974", "ge1974feb"),
        ("Wilson's second chance: October 1974 in figures", "ge1974oct"),
        ("The numbers of 1979", "ge1979"),
    ],
)
def test_a_month_and_year_in_the_headline_dates_the_story(headline: str, want: str) -> None:
    text = f"{headline}\n\nThe voters' reply was that nobody quite did.\n"
    inf = infer_document(text, [], {}, [], [], default="ge2024")
    assert inf.election == want


def test_a_plain_1974_in_the_headline_dates_nothing() -> None:
    text = "What 1974 taught us\n\nThe voters' reply was that nobody quite did.\n"
    assert infer_document(text, [], {}, [], [], default="ge2024").scores == {}


def test_a_national_total_corroborates_the_leading_election_only() -> None:
    text = "Labour's night: February 1974\n\nLabour won 301 seats.\n"
    agree = [("'won 301 seats'", {"ge1974feb"}, 3.0)]
    rival = [("'won 301 seats'", {"ge1970"}, 3.0)]
    base = infer_document(text, [], {}, [], [], default="ge2024").scores["ge1974feb"]
    assert infer_document(text, [], {}, [], agree, default="ge2024").scores == {
        "ge1974feb": base + 3.0
    }
    assert infer_document(text, [], {}, [], rival, default="ge2024").scores == {"ge1974feb": base}


def _story(body: str) -> str:
    return f"Hung again: February 1974\n\nLabour won 301 seats, 17 short of a majority. {body}\n"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # 1951 hung on the file's groups, a majority with the allies in 'oth': two readings
        ("It was the first hung parliament since 1929.", "depends"),
        ("It was the first hung parliament since 1951.", "depends"),
        # false on both readings: 1929 and 1951 both come after 1923
        ("It was the first hung parliament since 1923.", "contradicted"),
    ],
)
def test_first_hung_parliament_since(store_path: Path, sentence: str, want: str) -> None:
    claims = check_text(_story(sentence), db=store_path).claims
    got = {c.verdict for c in claims if "hung" in c.claim.text}
    assert got == {want}


def _exact_majorities(mirror: Path, year: str) -> list[tuple[str, int]]:
    """(name, majority) of British single-member seats at ``year`` whose first two party
    columns lead the rest and whose names are plain words, by hand from the raw file
    (cp1252, as its PROVENANCE says)."""
    import csv

    path = mirror / "results" / "hoc-cbp8647-1918-2019" / "1918-2019election_results.csv"
    out = []
    with path.open(encoding="cp1252", newline="") as fh:
        for r in csv.DictReader(fh):
            r = {k.strip(): (v or "").strip() for k, v in r.items() if k}
            name = r["constituency_name"]
            if r["election"] != year or r["seats"] != "1" or not name.replace(" ", "").isalpha():
                continue
            v = sorted(
                (float(r[f"{g}_votes"] or 0) for g in ("con", "lib", "lab", "natSW")), reverse=True
            )
            oth = float(r["oth_votes"] or 0)
            if v[1] > max(oth, 0) and r["country/region"] != "Northern Ireland":
                out.append((name, int(v[0] - v[1])))
    return out


@pytest.mark.parametrize("year", ["1966", "1983", "2001"])
def test_exact_series_majorities_date_a_story_that_names_no_year(
    store_path: Path, mirror: Path, year: str
) -> None:
    seats = _exact_majorities(mirror, year)[5:8]
    body = " ".join(f"In {name} the winner's majority was {m:,}." for name, m in seats)
    report = check_text(f"A night of upsets\n\n{body}\n", db=store_path)
    assert report.inference["election"] == f"ge{year}", report.inference["evidence"]


@pytest.mark.parametrize(
    ("year", "sentence", "want"),
    [
        # CBP-8647 'lib' column (the Alliance in 1983 and 1987), UK: 1983 25.4% and 23
        # seats, 1987 22.6% and 22 seats (shares of the votes cast, seats counted by hand)
        ("1983", "the Liberal-SDP Alliance took 25.4 per cent of the vote.", "supported"),
        ("1987", "the SDP-Liberal Alliance won 22 seats.", "supported"),
        ("1983", "the Alliance, with the SDP, won 23 seats.", "supported"),
        ("1983", "the Liberal-SDP Alliance took 19.4 per cent of the vote.", "contradicted"),
        # a copy error's count (22 -> 25, off by three: round-8 merge); a count far off with
        # no area named (32) is left to the safeguard's far_figure check, never supported
        ("1987", "the SDP-Liberal Alliance won 25 seats.", "contradicted"),
        ("1987", "the SDP-Liberal Alliance won 32 seats.", "not supported"),
    ],
)
def test_the_alliance_in_a_story_about_1983_or_1987(
    store_path: Path, year: str, sentence: str, want: str
) -> None:
    text = f"The {year} general election\n\nAt the {year} general election {sentence}\n"
    got = {c.verdict for c in check_text(text, db=store_path).claims}
    if want == "not supported":
        assert got and "supported" not in got, got
        return
    assert got == {want}
