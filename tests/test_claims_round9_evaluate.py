"""Sweeps (round 9, EVALUATE): claims found but left ``uncertain``.

**The story's own area** (``claims/evaluate_round9.py``). Invented stories, one per 2010-2024
general election and nation or region (England aside), whose headline names the area and
whose opening names three of its seats; a later paragraph gives a party's figure with no
area, in three phrasings ("P won N seats", "P took S per cent of the vote", "P finished
second in N seats"), for Con, Lab and LD (and the SNP in Scotland):

- TRUE: the area's figure (seats = the party's first places in the area's seats, second =
  its second places, share = its votes / all votes cast in those seats: the answer key's
  definitions, shared/articles/dev/README.md), read straight from the store's candidacies
  and constituencies tables by SQL here, not by the checker;
- FALSE: the count three higher, the share two points higher (the near miss real copy
  makes);
- UK: the party's UK figure in the same story (the UK reading wins where it is true);
- TWO AREAS: the true area figure in a story whose headline names the area and another
  nation or region (the story's area is not clear, so the figure is not read there).

A seat's place (``rank_cases``): in a region's story, "X had the highest turnout", "The
narrowest result was in X", "X returned the largest majority in the region", with the
region's first seat by the contests rows (true; a seat first in the UK too is left out)
and its runner-up (false).

A seat's place at a 1918-2005 election (``series_cases``): "the narrowest result in the
country was X", "the biggest majority in the UK was in X", "X had the highest turnout in
the country", with the first seat of CBP-8647's rows on the file's own figures (its gap
two named groups', no tie) and the seat behind it.

Hard bars: no true, UK or two-area sentence contradicted, no false sentence supported, no
two-area sentence supported by this reading. Rates per phrasing are printed by
``python tests/test_claims_round9_evaluate.py`` and held by floors under the measured ones.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ELECTIONS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")
#: store name -> the name stories write
AREAS = {
    "Scotland": "Scotland",
    "Wales": "Wales",
    "North East": "the North East",
    "North West": "the North West",
    "Yorkshire and The Humber": "Yorkshire and the Humber",
    "East Midlands": "the East Midlands",
    "West Midlands": "the West Midlands",
    "East of England": "the East of England",
    "London": "London",
    "South East": "the South East",
    "South West": "the South West",
}
NATIONS = ("Scotland", "Wales")
PARTIES = {"Con": "The Conservatives", "Lab": "Labour", "LD": "The Liberal Democrats"}
PHRASINGS = {
    "won_n_seats": "{p} won {n} seats.",
    "took_s_per_cent": "{p} took {s} per cent of the vote.",
    "second_in_n_seats": "{p} finished second in {n} seats.",
}


def _connect(store: Path) -> Any:
    """The store's read-only connection, shared with the checker (a second DuckDB
    connection to the same file with another configuration is refused)."""
    from psephos.store.connect import connect

    return connect(store)


@dataclass(frozen=True)
class Case:
    pid: str
    kind: str  # true | false | uk | two_areas
    text: str


def _figures(con: Any, e: str, where: str, args: list[Any]) -> dict[str, tuple[int, int, float]]:
    """party -> (first places, second places, share in per cent) over the seats ``where``
    selects at ``e``: counted from the candidacies rows (votes, rank) of the store."""
    rows = con.execute(
        f"""
        WITH seats AS (
            SELECT DISTINCT c.ons_code FROM constituencies c WHERE {where}
        ), cand AS (
            SELECT k.party_code, k.votes, k.rank FROM candidacies k
            JOIN seats USING (ons_code) WHERE k.election_id = ?
        )
        SELECT party_code, count(*) FILTER (WHERE rank = 1), count(*) FILTER (WHERE rank = 2),
               100.0 * sum(votes) / (SELECT sum(votes) FROM cand)
        FROM cand GROUP BY party_code
        """,
        [*args, e],
    ).fetchall()
    return {str(p): (int(a), int(b), float(s)) for p, a, b, s in rows}


def _seats(con: Any, e: str, area: str) -> list[str]:
    rows = con.execute(
        """
        SELECT DISTINCT c.name FROM constituencies c JOIN contests t USING (ons_code)
        WHERE t.election_id = ? AND (c.region = ? OR c.country = ?) ORDER BY c.name
        """,
        [e, area, area],
    ).fetchall()
    names = [str(r[0]) for r in rows if "(" not in str(r[0])]
    return [names[i * len(names) // 3] for i in range(3)]


def _said(pid: str, party: str, fig: tuple[int, int, float], bump: bool) -> str:
    first, second, share = fig
    if pid == "won_n_seats":
        return PHRASINGS[pid].format(p=party, n=first + 3 * bump)
    if pid == "second_in_n_seats":
        return PHRASINGS[pid].format(p=party, n=second + 3 * bump)
    return PHRASINGS[pid].format(p=party, s=f"{share + 2.0 * bump:.1f}")


def _same(pid: str, a: tuple[int, int, float], b: tuple[int, int, float]) -> bool:
    i = {"won_n_seats": 0, "second_in_n_seats": 1}.get(pid, 2)
    return round(a[i], 1) == round(b[i], 1)


def cases(store: Path) -> list[Case]:
    con = _connect(store)
    return list(_cases(con))


def _cases(con: Any) -> Iterator[Case]:
    for e in ELECTIONS:
        year = e[2:]
        uk = _figures(con, e, "TRUE", [])
        for area, written in AREAS.items():
            here = _figures(con, e, "c.region = ? OR c.country = ?", [area, area])
            s1, s2, s3 = _seats(con, e, area)
            head = f"How {written} voted in {year}"
            other = "Wales" if area != "Wales" else "Scotland"
            lede = (
                f"Counts across {written} at the {year} general election ran through the "
                f"night, from {s1} to {s2}, and {s3} was the last to declare."
            )
            both = lede.replace(written, f"{written} and {other}", 1)
            parties = dict(PARTIES)
            if area == "Scotland":
                parties["SNP"] = "The SNP"
            for code, name in parties.items():
                fig = here.get(code)
                if fig is None or fig[2] < 1.0:
                    continue
                for pid in PHRASINGS:
                    if pid != "took_s_per_cent" and not fig[0 if pid == "won_n_seats" else 1]:
                        continue  # "won 0 seats" is another phrasing
                    if _same(pid, fig, uk[code]):
                        continue  # the UK reading would decide it
                    story = f"{head}\n\n{lede}\n\n{{said}} The count went on.\n"
                    yield Case(pid, "true", story.format(said=_said(pid, name, fig, False)))
                    false = _said(pid, name, fig, True)
                    if false != _said(pid, name, uk[code], False):
                        # the bumped figure can be the UK's (LD 7.4% at 2017): true
                        yield Case(pid, "false", story.format(said=false))
                    if area not in NATIONS:
                        # a nation the opening names is carried to the figure by
                        # extraction (round 6c): read there, not for the UK
                        said = _said(pid, name, uk[code], False)
                        yield Case(pid, "uk", story.format(said=said))
                    if code == "SNP":
                        continue  # the SNP stands in Scotland only: its figure is read there
                    two = f"How {written} and {other} voted in {year}\n\n{both}\n\n{{said}}\n"
                    yield Case(pid, "two_areas", two.format(said=_said(pid, name, fig, False)))


#: a seat's place in the story's area: id -> (template, contests column, ascending)
RANK_PHRASINGS = {
    "had_the_highest_turnout": ("{seat} had the highest turnout.", "turnout", False),
    "narrowest_result_was_in": ("The narrowest result was in {seat}.", "majority", True),
    "largest_majority_in_the_region": (
        "{seat} returned the largest majority in the region.",
        "majority",
        False,
    ),
}


def _top(con: Any, e: str, area: str, column: str, asc: bool) -> list[tuple[str, float]]:
    """The area's seats by ``column`` of the store's contests rows (turnout = valid votes /
    electorate; majority = first candidate's votes - second's), best first."""
    order = "ASC" if asc else "DESC"
    rows = con.execute(
        f"""
        SELECT DISTINCT c.name, t.{column} FROM contests t JOIN constituencies c USING (ons_code)
        WHERE t.election_id = ? AND (c.region = ? OR c.country = ?) AND t.{column} IS NOT NULL
        ORDER BY 2 {order}
        """,
        [e, area, area],
    ).fetchall()
    return [(str(n), float(v)) for n, v in rows]


def rank_cases(store: Path) -> list[Case]:
    """Per election and region: the area's first seat (true; a first in the UK too is left
    out, the UK reading deciding it) and its runner-up (false)."""
    con = _connect(store)
    out = []
    for e in ELECTIONS:
        year = e[2:]
        for area, written in AREAS.items():
            if area in NATIONS:
                continue  # "the region": the sweep's third phrasing names a region
            s1, s2, s3 = _seats(con, e, area)
            head = f"How {written} voted in {year}"
            lede = (
                f"Counts across {written} at the {year} general election ran through the "
                f"night, from {s1} to {s2}, and {s3} was the last to declare."
            )
            for pid, (tpl, column, asc) in RANK_PHRASINGS.items():
                top = _top(con, e, area, column, asc)
                uk_first = con.execute(
                    f"SELECT {'min' if asc else 'max'}({column}) FROM contests "
                    "WHERE election_id = ?",
                    [e],
                ).fetchone()
                if len(top) < 3 or top[0][1] in (top[1][1], uk_first and uk_first[0]):
                    continue  # a tie, or the UK's first
                if top[1][1] == top[2][1] or "(" in top[0][0] + top[1][0]:
                    continue
                false = top[1][0]
                if column == "majority" and not asc:
                    # "the largest majority" is first by votes or by share of the vote
                    # (round 10, REAL: the Commons Library ranks by share): the false seat
                    # is the runner-up by votes unless it is first by share, then the third
                    by_share = _top(con, e, area, "majority / valid_votes", False)[0][0]
                    if false == by_share:
                        false = top[2][0]
                for kind, seat in (("true", top[0][0]), ("false", false)):
                    said = tpl.format(seat=seat)
                    out.append(Case(pid, kind, f"{head}\n\n{lede}\n\n{said}\n"))
    return out


def measure(store: Path) -> dict[str, dict[str, Any]]:
    from psephos.claims import check_text

    out: dict[str, dict[str, Any]] = {}
    for c in [*cases(store), *rank_cases(store), *series_cases(store)]:
        st = out.setdefault(c.pid, {"n": {}, "right": {}, "bad": []})
        body = c.text.find("\n\n", 60)  # the story's own paragraph, after the opening
        claims = [
            x
            for x in check_text(c.text, db=store).leaves()
            if x.claim.frame is not None and x.claim.start > body
        ]
        verdicts = {x.verdict for x in claims}
        want = "contradicted" if c.kind == "false" else "supported"
        st["n"][c.kind] = st["n"].get(c.kind, 0) + 1
        if c.kind == "two_areas":
            ok = not verdicts & {"supported", "contradicted"}
        else:
            ok = verdicts == {want}
        st["right"][c.kind] = st["right"].get(c.kind, 0) + ok
        if (c.kind != "false" and "contradicted" in verdicts) or (
            c.kind in ("false", "two_areas") and "supported" in verdicts
        ):
            st["bad"].append((c.kind, c.text))
    return out


#: measured right rates (round 9, 2026-12-02, 2010-2024 x 11 areas); floors under them
FLOORS = {
    # true: 146, 170 and 158 sentences, all right (none before: the UK reading was false
    # and the guard left it uncertain)
    ("won_n_seats", "true"): 0.95,
    ("took_s_per_cent", "true"): 0.95,
    ("second_in_n_seats", "true"): 0.95,
    # the UK figure in a region's story: all right
    ("won_n_seats", "uk"): 0.95,
    ("took_s_per_cent", "uk"): 0.95,
    ("second_in_n_seats", "uk"): 0.95,
    # false twins caught 69.2%, 67.1%, 73.4% (the rest true of another area: uncertain)
    ("won_n_seats", "false"): 0.6,
    ("took_s_per_cent", "false"): 0.6,
    ("second_in_n_seats", "false"): 0.6,
    # a seat's place with no area said, in a region's story: the region's first seat right
    # 0% -> 100% (43 and 44 sentences), its runner-up caught 100% and 95.5% before and
    # after; "in the region" (read by extraction before round 9) 100% both ways
    ("had_the_highest_turnout", "true"): 0.95,
    ("narrowest_result_was_in", "true"): 0.95,
    ("largest_majority_in_the_region", "true"): 0.95,
    ("had_the_highest_turnout", "false"): 0.9,
    ("narrowest_result_was_in", "false"): 0.9,
    ("largest_majority_in_the_region", "false"): 0.9,
    # a seat's place at a 1918-2005 election (1923-2005): the first on the file's figures
    # right 0% -> 100% (17, 6 and 10 sentences: uncertain before, "seats whose group figures
    # sum other parties could change the order"); the second caught 16/17, 6/6, 8/10 before
    # and after
    ("series_narrowest_in_the_country", "true"): 0.95,
    ("series_biggest_majority_in_the_uk", "true"): 0.95,
    ("series_highest_turnout", "true"): 0.95,
    ("series_narrowest_in_the_country", "false"): 0.9,
    ("series_biggest_majority_in_the_uk", "false"): 0.9,
    ("series_highest_turnout", "false"): 0.75,
}


@pytest.fixture(scope="module")
def measured(store_path: Path) -> dict[str, dict[str, Any]]:
    return measure(store_path)


def test_story_area_never_wrong(measured: dict[str, dict[str, Any]]) -> None:
    bad = [b for st in measured.values() for b in st["bad"]]
    assert not bad, bad[:5]


@pytest.mark.parametrize(("pid", "kind"), sorted(FLOORS))
def test_story_area_rates(measured: dict[str, dict[str, Any]], pid: str, kind: str) -> None:
    st = measured[pid]
    assert st["n"][kind] >= (5 if pid.startswith("series_") else 20)
    assert st["right"][kind] / st["n"][kind] >= FLOORS[(pid, kind)]


if __name__ == "__main__":  # pragma: no cover - prints the rates the floors hold
    for pid, st in measure(Path(sys.argv[1])).items():
        rates = {k: f"{st['right'][k]}/{n} ({st['right'][k] / n:.1%})" for k, n in st["n"].items()}
        print(pid, rates, "bad", len(st["bad"]))
        for b in st["bad"][:3]:
            print("   ", b)


# --- a seat's place at a 1918-2005 election, on CBP-8647's own figures -------------------

SERIES_YEARS = (1923, 1929, 1935, 1945, 1950, 1951, 1955, 1959, 1964, 1966, 1970, 1979, 1983)
SERIES_YEARS += (1987, 1992, 1997, 2001, 2005)
GROUPS = ("con", "lib", "lab", "natsw", "oth")
#: id -> (template, figure, ascending)
SERIES_PHRASINGS = {
    "series_narrowest_in_the_country": (
        "At the {y} general election the narrowest result in the country was {seat}.",
        "majority",
        True,
    ),
    "series_biggest_majority_in_the_uk": (
        "At the {y} general election the biggest majority in the UK was in {seat}.",
        "majority",
        False,
    ),
    "series_highest_turnout": (
        "At the {y} general election {seat} had the highest turnout in the country.",
        "turnout",
        False,
    ),
}


def _series_rows(con: Any, year: int) -> list[tuple[str, float, float, bool]]:
    """(name, majority, turnout, exact) of each contested single-member row of CBP-8647 at
    ``year``: majority = the first group's votes - the second's, turnout the file's column
    (total votes / electorate as published: Glasgow Govan's 1951 total exceeds its
    electorate, and the column gives 84.9%); exact when neither of the first two
    groups is ``oth`` (which lumps other parties)."""
    cols = ", ".join(f"coalesce({g}_votes, 0)" for g in GROUPS)
    rows = con.execute(
        f"""
        SELECT constituency_name, [{cols}], turnout FROM history_1918_2019
        WHERE election = ? AND seats = 1 AND total_votes > 0 AND turnout IS NOT NULL
          AND country_region NOT IN ('University', 'Ireland')
        """,
        [str(year)],
    ).fetchall()
    out = []
    for name, votes, turnout in rows:
        order = sorted(range(len(GROUPS)), key=lambda i: -votes[i])
        a, b = order[0], order[1]
        if not votes[b]:
            continue  # one group only: no gap between two candidates
        exact = GROUPS[a] != "oth" and GROUPS[b] != "oth"
        out.append((str(name), float(votes[a] - votes[b]), float(turnout), exact))
    return out


def series_cases(store: Path) -> list[Case]:
    """Per election and phrasing: the UK's first seat on the file's figures (true; its own
    gap exact, no tie) and the seat behind it (false)."""
    con = _connect(store)
    out = []
    for year in SERIES_YEARS:
        rows = _series_rows(con, year)
        for pid, (tpl, figure, asc) in SERIES_PHRASINGS.items():
            i = 1 if figure == "majority" else 2
            ranked = sorted(rows, key=lambda r: r[i] if asc else -r[i])
            first, second, third = ranked[:3]
            if first[i] == second[i] or second[i] == third[i]:
                continue  # a tie: no single first or second
            if not first[3] or any(ch in first[0] + second[0] for ch in "(&"):
                # the first's gap lumps other parties; a bracketed county or an "&"
                # (extraction limits, docs/claims.md rounds 7 and 8)
                continue
            for kind, seat in (("true", first[0]), ("false", second[0])):
                out.append(Case(pid, kind, tpl.format(y=year, seat=seat)))
    return out
