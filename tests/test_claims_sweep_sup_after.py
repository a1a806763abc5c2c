"""Sweep (round 8, EVALUATE): a superlative whose seat follows its verb with no area said.

Real copy names the seat after the superlative and often says no area: "The candidate who
won by the biggest margin was ... for Bootle", "The MP who won by the smallest majority in
the UK was ... in Hendon", "the closest contest was at X", "the smallest margin belonged to
X", "Its best result came in X", "P's highest share was in X". Until round 8 such a
sentence found no subject (uncertain) unless its area was said and no party qualified it.

Invented sentences in eight phrasings over every 2010-2024 general election, every
ranking measure the phrasings name and the parties that stood widely, with:

- the TRUE seat: first by the measure over every seat (majority = first candidate's votes -
  second's, turnout = valid votes / electorate, share = votes / valid votes: the answer
  key's definitions, shared/articles/dev/README.md), ties at the top skipped;
- a PERTURBED seat: the runner-up (the near miss real copy makes);
- the REGION reading: a story that names a region before, and the sentence names none,
  with the region's first seat: true read in the region, so never called false (it may
  stay uncertain: ranked over every seat it is not first).

Hard bars: no true sentence contradicted, no perturbed sentence supported. The right rate
per phrasing is printed (``python tests/test_claims_sweep_sup_after.py``) and held by a
floor a little under the measured figure.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ELECTIONS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")

#: phrasing id -> (template, metric, ascending); {seat}, {p} (a party's name), {pp} (its
#: possessive)
PHRASINGS: dict[str, tuple[str, str, bool]] = {
    "biggest_majority_was_in": ("the biggest majority was in {seat}", "majority", False),
    "closest_contest_was_at": ("the closest contest was at {seat}", "majority", True),
    "smallest_margin_belonged": ("the smallest margin belonged to {seat}", "majority", True),
    "highest_turnout_came_in": ("the highest turnout came in {seat}", "turnout", False),
    "lowest_turnout_was_in": ("the lowest turnout was in {seat}", "turnout", True),
    "party_best_result_was_in": ("{pp} best result was in {seat}", "share", False),
    "party_highest_share_came_in": ("{pp} highest share came in {seat}", "share", False),
    "its_best_result_came_in": (
        "{p} stood in most seats at the {y} general election. Its best result came in {seat}",
        "share",
        False,
    ),
}

#: party code -> (name, possessive), for the parties that stood in most seats
PARTIES = {
    "Con": ("The Conservatives", "the Conservatives'"),
    "Lab": ("Labour", "Labour's"),
    "LD": ("The Liberal Democrats", "the Liberal Democrats'"),
    "Green": ("The Greens", "the Greens'"),
    "UKIP": ("UKIP", "UKIP's"),
    "BRX": ("The Brexit Party", "the Brexit Party's"),
    "RUK": ("Reform UK", "Reform UK's"),
}

REGIONS = ("North East", "North West", "London", "South West", "Wales", "Scotland")


@dataclass(frozen=True)
class Case:
    pid: str
    kind: str  # true | perturbed | region
    text: str


def _year(e: str) -> str:
    return e[2:]


def _top_two(metric: str, e: str, asc: bool, db: Any, where: Any = None) -> list[str] | None:
    from psephos.analysis.rank import ranked_seats
    from psephos.errors import PsephosError

    try:
        rows = ranked_seats(metric, election=e, ascending=asc, where=where, db=db).rows
    except PsephosError:
        return None  # the party did not stand at e
    if len(rows) < 3 or rows[0][0] == rows[1][0] or rows[1][0] == rows[2][0]:
        return None  # a tie at the top: no single first or runner-up
    return [str(rows[0][2]), str(rows[1][2])]


def cases(db: Any) -> Iterator[Case]:
    for e in ELECTIONS:
        lead = f"At the {_year(e)} general election, "
        for pid, (tpl, metric, asc) in PHRASINGS.items():
            for code, (name, poss) in PARTIES.items() if metric == "share" else [("", ("", ""))]:
                m = f"share:{code}" if metric == "share" else metric
                pair = _top_two(m, e, asc, db)
                if pair is None:
                    continue
                for kind, seat in (("true", pair[0]), ("perturbed", pair[1])):
                    said = tpl.format(seat=seat, p=name, pp=poss, y=_year(e))
                    yield Case(pid, kind, f"{said}." if "{y}" in tpl else f"{lead}{said}.")
                if metric == "share":
                    continue
                for region in REGIONS:
                    level = "country" if region in ("Wales", "Scotland") else "region"
                    top = _top_two(m, e, asc, db, where=[f"{level}={region}"])
                    if top is None:
                        continue
                    said = tpl.format(seat=top[0], p="", pp="", y="")
                    yield Case(
                        pid,
                        "region",
                        f"Our round-up of {region} follows. {lead}{said}.",
                    )


#: 1918-2005 phrasings with a party's wins as the ranked set (round 8): id -> (template,
#: ascending); {seat}, {pp} (the party's possessive), {adj} (its adjective)
SERIES_PHRASINGS: dict[str, tuple[str, bool]] = {
    "series_party_narrowest_win": ("{pp} narrowest win was {seat}", True),
    "series_safest_party_seat": ("the safest {adj} seat{where} was {seat}", False),
}
SERIES_ELECTIONS = ("ge1950", "ge1955", "ge1964", "ge1970", "ge1979", "ge1987", "ge1997", "ge2005")
#: series group -> (possessive, adjective)
SERIES_PARTIES = {"Con": ("the Conservatives'", "Conservative"), "Lab": ("Labour's", "Labour")}


def series_cases(db: Any) -> Iterator[Case]:
    """The seats each group won by majority (majority = the first group's votes - the
    second's, CBP-8647 as ``series_seat_table`` reads it), first (true: its figure exact)
    and second (perturbed), in the UK and in Scotland and Wales."""
    from psephos.analysis.records import series_seat_table

    for e in SERIES_ELECTIONS:
        table = series_seat_table(e, db=db)
        for pid, (tpl, asc) in SERIES_PHRASINGS.items():
            for group, (pp, adj) in SERIES_PARTIES.items():
                for area in ("", "Scotland", "Wales"):
                    t = table[table["winner"] == group]
                    t = t[t["country"] == area] if area else t
                    t = t.sort_values("majority", ascending=asc)
                    if len(t) < 3 or len(set(t["majority"].head(2))) < 2 or not t.iloc[0]["exact"]:
                        continue  # a tie, or a first whose figure lumps other parties
                    if any("(" in str(n) for n in t["name"].head(2)):
                        # OPEN (extraction): "Richmond (Yorkshire)" reads its bracketed
                        # county as the sentence's area, so the ranking is Yorkshire's
                        continue
                    where = f" in {area}" if area else ""
                    for kind, seat in (
                        ("true", t.iloc[0]["name"]),
                        ("perturbed", t.iloc[1]["name"]),
                    ):
                        said = tpl.format(seat=seat, pp=pp, adj=adj, where=where)
                        lead = f"At the {e[2:]} general election{' in ' + area if area and '{where}' not in tpl else ''}, "
                        yield Case(pid, kind, f"{lead}{said}.")


def measure(db: Any) -> dict[str, dict[str, Any]]:
    from psephos.claims import check_text

    out: dict[str, dict[str, Any]] = {}
    for c in [*cases(db), *series_cases(db)]:
        st = out.setdefault(
            c.pid, {"true": 0, "right": 0, "wrong": [], "false": 0, "caught": 0, "passed": []}
        )
        st.setdefault("region", 0)
        st.setdefault("region_wrong", [])
        claims = [x for x in check_text(c.text, db=db).leaves() if x.claim.kind != "not_checkable"]
        sup = [
            x
            for x in claims
            if x.claim.frame is not None and x.claim.frame.measure in ("superlative", "rank")
        ]
        verdicts = {x.verdict for x in sup}
        if c.kind == "true":
            st["true"] += 1
            st["right"] += verdicts == {"supported"}
            if "contradicted" in verdicts:
                st["wrong"].append(c.text)
        elif c.kind == "perturbed":
            st["false"] += 1
            st["caught"] += "contradicted" in verdicts
            if "supported" in verdicts:
                st["passed"].append(c.text)
        else:
            st["region"] += 1
            if "contradicted" in verdicts:
                st["region_wrong"].append(c.text)
        if (
            any(x.verdict == "contradicted" for x in claims if x not in sup)
            and c.kind != "perturbed"
        ):
            st["wrong"].append(f"(other claim) {c.text}")
    return out


#: measured right rates (round 8, 2026-12-01), floors a little under them
#: (five true sentences each for the phrasings that name no party: one miss is 80%)
FLOORS = {
    "biggest_majority_was_in": 0.8,
    "closest_contest_was_at": 0.8,
    "smallest_margin_belonged": 0.8,
    "highest_turnout_came_in": 0.8,
    "lowest_turnout_was_in": 0.8,
    "party_best_result_was_in": 0.9,
    "party_highest_share_came_in": 0.88,
    "its_best_result_came_in": 0.9,
    # the seats the series gives to Oth may hide the party's: few firsts are confirmed
    "series_party_narrowest_win": 0.05,
    "series_safest_party_seat": 0.45,
}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[str, dict[str, Any]]:
    return measure(store_path)


def test_every_phrasing_is_measured(results: dict[str, dict[str, Any]]) -> None:
    assert set(results) == set(PHRASINGS) | set(SERIES_PHRASINGS)
    assert all(st["true"] >= 4 and st["false"] >= 4 for st in results.values())


@pytest.mark.parametrize("pid", sorted([*PHRASINGS, *SERIES_PHRASINGS]))
def test_true_and_region_readings_are_never_contradicted(
    results: dict[str, dict[str, Any]], pid: str
) -> None:
    st = results[pid]
    assert not st["wrong"], st["wrong"][:3]
    assert not st["region_wrong"], st["region_wrong"][:3]


@pytest.mark.parametrize("pid", sorted([*PHRASINGS, *SERIES_PHRASINGS]))
def test_the_runner_up_is_never_supported(results: dict[str, dict[str, Any]], pid: str) -> None:
    assert not results[pid]["passed"], results[pid]["passed"][:3]


@pytest.mark.parametrize("pid", sorted([*PHRASINGS, *SERIES_PHRASINGS]))
def test_right_rate_stays_above_the_floor(results: dict[str, dict[str, Any]], pid: str) -> None:
    st = results[pid]
    assert st["right"] / st["true"] >= FLOORS[pid], (pid, st["right"], st["true"])


def main(argv: list[str]) -> int:
    import os

    res = measure(os.environ.get("PSEPHOS_DB"))
    for pid, st in res.items():
        print(
            f"{pid:30} true {st['true']:3} right {st['right'] / max(1, st['true']):6.1%} "
            f"wrong {len(st['wrong'])} | false {st['false']:3} caught "
            f"{st['caught'] / max(1, st['false']):6.1%} passed {len(st['passed'])} | region "
            f"{st['region']:3} wrong {len(st['region_wrong'])}"
        )
        if "-v" in argv:
            for t in st["wrong"] + st["passed"] + st["region_wrong"]:
                print("   ", t)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
