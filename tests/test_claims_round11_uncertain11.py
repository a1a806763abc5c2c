"""Sweeps (round 11, UNCERTAIN11): true claims found but left ``uncertain`` for want of a
subject (``claims/round11_uncertain.py``).

**A superlative said of the seat the sentence names through its member.** At every
2010-2024 general election and in every nation and region, the seats with the largest and
the smallest majority (and the runner-up of each, as the false twin), by SQL over the
store's contests, constituencies and candidacies rows (majority = winner's votes - second's,
the answer key's definition), said in these phrasings:

- ``their_biggest``: "P's majority of N was the biggest in the region." (English regions:
  "the region" is the story's);
- ``largest_named``: "P's N was the largest majority in AREA.";
- ``closest_what_was``: "P held on by N votes in what was the closest contest in AREA.";
- ``whose_smallest``: "P, whose majority of N was the smallest in the region, held on."

The member P is the winner there. TRUE: the top seat's member; FALSE: the runner-up
seat's member with the same words. Before this round every sentence was ``uncertain`` (no
subject); the hard bars are: no false sentence supported, no sentence contradicted by this
reading (a seat picked from the sentence is never grounds to call a claim false).

**A member's majority multiplied.** At 2015, 2017 and 2019 (seats on the same boundaries as
the election before), every seat whose majority more than doubled (TRUE) or grew by less
than 80 per cent (FALSE), said "P's majority, N, was more than double the N0 of YEAR." or
"Majorities rose across the region, and P more than doubled theirs." Before: the ratio
was read of P's share or votes with no party (``uncertain``). Bars as above.

**A member's majority read for another seat or election** (``member_majority_cases``) and
**"where it finished N votes behind Q"** (``behind_cases``): see each function.

Rates are held by floors under the measured ones (printed by ``python
tests/test_claims_round11_uncertain11.py STORE``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ELECTIONS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")
NAMED = {"London", "Scotland", "Wales", "Northern Ireland", "Yorkshire and The Humber"}
NATIONS = {"Scotland", "Wales", "Northern Ireland"}


def _area(region: str) -> str:
    return region if region in NAMED else f"the {region}"


def _lede(region: str, year: str) -> str:
    return (
        f"{_area(region)} at the {year} general election\n\n"
        f"The count in {region} ran late at the {year} general election.\n\n"
    )


def _connect(store: Path) -> Any:
    from psephos.store.connect import connect

    return connect(store)


def superlative_cases(store: Path) -> Iterator[tuple[str, str, str]]:
    """(phrasing, kind, story) for the two largest and two smallest majorities of every
    nation and region at every 2010-2024 general election (contests rows: ``majority``;
    candidacies rank 1: the member)."""
    rows = (
        _connect(store)
        .execute(
            """
            WITH w AS (
              SELECT t.election_id e, c.region, t.majority,
                     k.given_name || ' ' || k.family_name person,
                     row_number() OVER (PARTITION BY t.election_id, c.region
                                        ORDER BY t.majority DESC) hi,
                     row_number() OVER (PARTITION BY t.election_id, c.region
                                        ORDER BY t.majority ASC) lo,
                     count(*) OVER (PARTITION BY t.election_id, c.region, t.majority) ties
              FROM contests t JOIN constituencies c ON c.ons_code = t.ons_code
              JOIN candidacies k ON k.election_id = t.election_id
                   AND k.ons_code = t.ons_code AND k.rank = 1
              WHERE t.election_id IN ('ge2010', 'ge2015', 'ge2017', 'ge2019', 'ge2024'))
            SELECT e, region, majority, person, hi, lo FROM w
            WHERE (hi <= 2 OR lo <= 2) AND ties = 1 ORDER BY e, region, hi
            """
        )
        .fetchall()
    )
    for e, region, maj, person, hi, lo in rows:
        lede = _lede(region, e[2:])
        a = _area(region)
        said = []
        if hi <= 2:
            kind = "true" if hi == 1 else "false"
            said.append(
                ("largest_named", kind, f"{person}'s {maj:,} was the largest majority in {a}.")
            )
            if region not in NATIONS:
                said.append(
                    (
                        "their_biggest",
                        kind,
                        f"{person}'s majority of {maj:,} was the biggest in the region.",
                    )
                )
        if lo <= 2:
            kind = "true" if lo == 1 else "false"
            said.append(
                (
                    "closest_what_was",
                    kind,
                    f"{person} held on by {maj:,} votes in what was the closest contest in {a}.",
                )
            )
            if region not in NATIONS:
                said.append(
                    (
                        "whose_smallest",
                        kind,
                        f"{person}, whose majority of {maj:,} was the smallest in the region, held on.",
                    )
                )
        for pid, kind, s in said:
            yield pid, kind, lede + s + "\n"


def ratio_cases(store: Path) -> Iterator[tuple[str, str, str]]:
    """(phrasing, kind, story): seats at 2015-2019 on the boundaries of the election before
    whose majority more than doubled (true) or rose by under 80 per cent (false), from the
    contests rows of both elections; the member from candidacies rank 1."""
    rows = (
        _connect(store)
        .execute(
            """
            SELECT t.election_id, c.region, t.majority, p.majority,
                   k.given_name || ' ' || k.family_name
            FROM contests t
            JOIN contests p ON p.ons_code = t.ons_code AND p.election_id = CASE t.election_id
                 WHEN 'ge2015' THEN 'ge2010' WHEN 'ge2017' THEN 'ge2015' ELSE 'ge2017' END
            JOIN constituencies c ON c.ons_code = t.ons_code
            JOIN candidacies k ON k.election_id = t.election_id
                 AND k.ons_code = t.ons_code AND k.rank = 1
            JOIN candidacies q ON q.election_id = p.election_id
                 AND q.ons_code = p.ons_code AND q.rank = 1 AND q.party_code = k.party_code
            WHERE t.election_id IN ('ge2015', 'ge2017', 'ge2019') AND p.majority > 0
            ORDER BY t.election_id, c.name
            """
        )
        .fetchall()
    )
    for i, (e, region, maj, prev, person) in enumerate(rows):
        r = maj / prev
        if r > 2.05:
            kind = "true"
        elif 1.0 < r < 1.8:
            kind = "false"
        else:
            continue
        if kind == "false" and i % 4:
            continue  # a quarter of the many seats whose majority rose a little
        year0 = {"ge2015": "2010", "ge2017": "2015", "ge2019": "2017"}[e]
        lede = _lede(region, e[2:])
        yield (
            "more_than_double_the",
            kind,
            lede + f"{person}'s majority, {maj:,}, was more than double the {prev:,} of {year0}.\n",
        )
        yield (
            "doubled_theirs",
            kind,
            lede + f"Majorities rose across the region, and {person} more than doubled theirs.\n",
        )


def _verdicts(text: str, store: Path, measures: tuple[str, ...]) -> set[str]:
    from psephos.claims import check_text

    body = text.rfind("\n\n")
    return {
        x.verdict
        for x in check_text(text, db=store).leaves()
        if x.claim.frame is not None and x.claim.frame.measure in measures and x.claim.start > body
    }


def measure(
    cases: Iterator[tuple[str, str, str]], store: Path, measures: tuple[str, ...]
) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for pid, kind, text in cases:
        row = out.setdefault(pid, {"true": 0, "right": 0, "false": 0, "bad": []})
        got = _verdicts(text, store, measures)
        row[kind] += 1
        if kind == "true":
            row["right"] += got == {"supported"}
        elif "supported" in got:
            row["bad"].append(text)
        if "contradicted" in got and kind == "true":
            row["bad"].append(text)
    return out


#: measured (before -> after): largest_named 0/60 -> 58/60, their_biggest 0/45 -> 43/45,
#: closest_what_was 0/60 -> 60/60, whose_smallest 0/45 -> 45/45; the false twins (60, 45,
#: 60, 45) never supported, none contradicted, before or after
SUPERLATIVE_FLOORS = {
    "their_biggest": 0.7,
    "largest_named": 0.9,
    "closest_what_was": 0.9,
    "whose_smallest": 0.7,
}
#: measured (before -> after): more_than_double_the 0/275 -> 271/275, doubled_theirs 0/275 ->
#: 271/275; the false twins (181 each) never supported, none contradicted
RATIO_FLOORS = {"more_than_double_the": 0.9, "doubled_theirs": 0.9}


def test_superlative_of_the_members_seat(store_path: Path) -> None:
    got = measure(superlative_cases(store_path), store_path, ("superlative", "rank"))
    assert set(got) == set(SUPERLATIVE_FLOORS)
    for pid, row in got.items():
        assert not row["bad"], (pid, row["bad"][:3])
        assert row["true"] >= 40 and row["false"] >= 40, (pid, row)
        assert row["right"] / row["true"] >= SUPERLATIVE_FLOORS[pid], (pid, row)


def test_majority_multiplied(store_path: Path) -> None:
    got = measure(ratio_cases(store_path), store_path, ("ratio", "change"))
    assert set(got) == set(RATIO_FLOORS)
    for pid, row in got.items():
        assert not row["bad"], (pid, row["bad"][:3])
        assert row["true"] >= 20 and row["false"] >= 20, (pid, row)
        assert row["right"] / row["true"] >= RATIO_FLOORS[pid], (pid, row)


def member_majority_cases(store: Path) -> Iterator[tuple[str, str, str]]:
    """(phrasing, kind, story): every 10th seat at 2015-2019 whose winner also won it at the
    election before (contests and candidacies rows of both; a name no other candidate had
    at either election: a name shared by two candidates is not resolved to one), after an
    opening that names another seat of the region (the last seat named before the claim):

    - ``held_on_by``: "P held on by N." (N the majority at the election; false: N + 137);
    - ``turned_into``: "P turned a majority of N0 into N." (N0 the majority at the election
      before; false: N0 + 137, read on the first figure only);
    - ``last_time``: "P, who won by N0 votes last time, held the seat." (false: N0 + 137).
    """
    rows = (
        _connect(store)
        .execute(
            """
            SELECT t.election_id, c.region, c.name, t.majority, p.majority,
                   k.given_name || ' ' || k.family_name,
                   (SELECT min(o.name) FROM constituencies o
                    WHERE o.region = c.region AND o.boundary_set = c.boundary_set
                      AND o.name <> c.name AND o.name NOT LIKE '%(%')
            FROM contests t
            JOIN contests p ON p.ons_code = t.ons_code AND p.election_id = CASE t.election_id
                 WHEN 'ge2015' THEN 'ge2010' WHEN 'ge2017' THEN 'ge2015' ELSE 'ge2017' END
            JOIN constituencies c ON c.ons_code = t.ons_code
            JOIN candidacies k ON k.election_id = t.election_id
                 AND k.ons_code = t.ons_code AND k.rank = 1
            JOIN candidacies q ON q.election_id = p.election_id AND q.ons_code = p.ons_code
                 AND q.rank = 1 AND q.member_id = k.member_id
            WHERE t.election_id IN ('ge2015', 'ge2017', 'ge2019')
              AND (SELECT count(*) FROM candidacies x WHERE x.given_name = k.given_name
                   AND x.family_name = k.family_name
                   AND x.election_id IN (t.election_id, p.election_id)) = 2
            ORDER BY t.election_id, c.name
            """
        )
        .fetchall()
    )
    for i, (e, region, _seat, maj, prev, person, other) in enumerate(rows):
        if i % 10 or other is None:
            continue
        lede = (
            f"{_area(region)} at the {e[2:]} general election\n\n"
            f"The count in {other} ran late at the {e[2:]} general election.\n\n"
        )
        for kind, d in (("true", 0), ("false", 137)):
            yield "held_on_by", kind, lede + f"{person} held on by {maj + d:,}.\n"
            yield (
                "turned_into",
                kind,
                lede + f"{person} turned a majority of {prev + d:,} into {maj:,}.\n",
            )
            yield (
                "last_time",
                kind,
                lede + f"{person}, who won by {prev + d:,} votes last time, held the seat.\n",
            )


def _first_majority(text: str, store: Path) -> set[str]:
    """The verdicts of the majority claims on the first figure of the story's last line."""
    from psephos.claims import check_text

    body = text.rfind("\n\n")
    line = text[body:]
    first = body + min(line.find(ch) for ch in "0123456789" if ch in line)
    return {
        x.verdict
        for x in check_text(text, db=store).leaves()
        if x.claim.frame is not None
        and x.claim.frame.measure == "majority"
        and x.claim.start <= first < x.claim.end
    }


def measure_member(store: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for pid, kind, text in member_majority_cases(store):
        row = out.setdefault(pid, {"true": 0, "right": 0, "false": 0, "bad": []})
        got = _first_majority(text, store)
        row[kind] += 1
        if kind == "true":
            row["right"] += got == {"supported"}
        elif "supported" in got:
            row["bad"].append(text)
        if "contradicted" in got and kind == "true":
            row["bad"].append(text)
    return out


#: measured (before -> after): held_on_by 140/142 -> 142/142 (one true sentence called
#: false before, "Mike Wood held on by 15,565" read for the seat of the opening, supported
#: now), turned_into 0/142 -> 142/142, last_time 0/142 -> 142/142; the false twins (142
#: each) never supported, none contradicted after
MEMBER_FLOORS = {"held_on_by": 0.9, "turned_into": 0.9, "last_time": 0.9}


def test_member_majority(store_path: Path) -> None:
    got = measure_member(store_path)
    assert set(got) == set(MEMBER_FLOORS)
    for pid, row in got.items():
        assert not row["bad"], (pid, row["bad"][:3])
        assert row["true"] >= 30, (pid, row)
        assert row["right"] / row["true"] >= MEMBER_FLOORS[pid], (pid, row)


PARTY_NAMES = {"Con": "The Conservatives", "Lab": "Labour", "LD": "The Liberal Democrats"}
AFTER = {"Con": "the Conservatives", "Lab": "Labour", "LD": "the Liberal Democrats"}


def behind_cases(store: Path) -> Iterator[tuple[str, str, str]]:
    """(phrasing, kind, story): every 8th seat at 2010-2024 where one of three parties was
    second to another of them (candidacies ranks 1 and 2; gap = first's votes - second's),
    said "Its nearest miss was SEAT, where it finished N votes behind Q." after "P did well
    in REGION." (``it_behind``). False: N + 137."""
    rows = (
        _connect(store)
        .execute(
            """
            SELECT a.election_id, c.region, c.name, b.party_code, a.party_code,
                   a.votes - b.votes
            FROM candidacies a JOIN candidacies b ON b.election_id = a.election_id
                 AND b.ons_code = a.ons_code AND b.rank = 2
            JOIN constituencies c ON c.ons_code = a.ons_code
            WHERE a.rank = 1 AND a.party_code IN ('Con', 'Lab', 'LD')
              AND b.party_code IN ('Con', 'Lab', 'LD') AND c.name NOT LIKE '%(%'
              AND a.election_id IN ('ge2010', 'ge2015', 'ge2017', 'ge2019', 'ge2024')
            ORDER BY a.election_id, c.name
            """
        )
        .fetchall()
    )
    for i, (e, region, seat, second, first, gap) in enumerate(rows):
        if i % 8:
            continue
        lede = f"{_area(region)} at the {e[2:]} general election\n\n"
        for kind, d in (("true", 0), ("false", 137)):
            said = (
                f"{PARTY_NAMES[second]} did well in {region} at the {e[2:]} general election. "
                f"Its nearest miss was {seat}, where it finished {gap + d:,} votes behind "
                f"{AFTER[first]}."
            )
            yield "it_behind", kind, lede + said + "\n"


#: measured (before -> after): it_behind 0/317 -> 311/317; the false twins (317) never
#: supported, before or after
BEHIND_FLOOR = 0.9


def test_votes_behind(store_path: Path) -> None:
    from psephos.claims import check_text

    n = right = 0
    bad = []
    for _, kind, text in behind_cases(store_path):
        body = text.rfind("\n\n")
        got = {
            x.verdict
            for x in check_text(text, db=store_path).leaves()
            if x.claim.frame is not None and x.claim.start > text.find("Its nearest", body)
        }
        if kind == "true":
            n += 1
            right += got == {"supported"}
            if "contradicted" in got:
                bad.append(text)
        elif "supported" in got:
            bad.append(text)
    assert n >= 50
    assert not bad, bad[:3]
    assert right / n >= BEHIND_FLOOR, (right, n)


ORDINAL = {2: "second", 3: "third"}


def member_placing_cases(store: Path) -> Iterator[tuple[str, str, str]]:
    """(phrasing, kind, story): every 6th seat at 2010-2024 won by one of three parties, with
    another of them second and the third third (candidacies ranks 1-3), after an opening
    naming another seat of the region: "M increased her majority, with Q second." (M the
    winner; ``with_second``). False: the third party said second."""
    rows = (
        _connect(store)
        .execute(
            """
            SELECT a.election_id, c.region, a.given_name || ' ' || a.family_name,
                   b.party_code, d.party_code,
                   (SELECT min(o.name) FROM constituencies o
                    WHERE o.region = c.region AND o.boundary_set = c.boundary_set
                      AND o.name <> c.name AND o.name NOT LIKE '%(%')
            FROM candidacies a
            JOIN candidacies b ON b.election_id = a.election_id AND b.ons_code = a.ons_code
                 AND b.rank = 2
            JOIN candidacies d ON d.election_id = a.election_id AND d.ons_code = a.ons_code
                 AND d.rank = 3
            JOIN constituencies c ON c.ons_code = a.ons_code
            WHERE a.rank = 1 AND b.party_code IN ('Con', 'Lab', 'LD')
              AND d.party_code IN ('Con', 'Lab', 'LD')
              AND a.election_id IN ('ge2010', 'ge2015', 'ge2017', 'ge2019', 'ge2024')
              AND (SELECT count(*) FROM candidacies x WHERE x.election_id = a.election_id
                   AND x.given_name = a.given_name AND x.family_name = a.family_name) = 1
            ORDER BY a.election_id, c.name
            """
        )
        .fetchall()
    )
    for i, (e, region, member, second, third, other) in enumerate(rows):
        if i % 6 or other is None:
            continue
        lede = (
            f"{_area(region)} at the {e[2:]} general election\n\n"
            f"The count in {other} ran late at the {e[2:]} general election.\n\n"
        )
        for kind, party in (("true", second), ("false", third)):
            said = f"{member} held on comfortably, with {AFTER[party]} second."
            yield "with_second", kind, lede + said + "\n"


#: measured (before -> after): with_second 116/277 -> 276/277 (see test_member_placing)
PLACING_FLOOR = 0.9


def test_member_placing(store_path: Path) -> None:
    """Before: the place was read for the seat of the opening (right only where the same
    party happened to be second there: 116/277); after: for the member's seat (276/277).
    The false twin (the third party said second) is never supported by this reading (66/277
    are supported before and after, where that party was second in the opening's seat: the
    earlier reading, not this round's)."""
    from psephos.claims import check_text

    n = right = 0
    bad = []
    for _, kind, text in member_placing_cases(store_path):
        body = text.rfind("\n\n")
        leaves = [
            x
            for x in check_text(text, db=store_path).leaves()
            if x.claim.frame is not None
            and x.claim.frame.measure == "placing"
            and x.claim.start > body
        ]
        got = {x.verdict for x in leaves}
        if kind == "true":
            n += 1
            right += got == {"supported"}
            if "contradicted" in got:
                bad.append(text)
        elif any(
            x.verdict == "supported" and "the one seat the sentence names" in x.explanation
            for x in leaves
        ):
            bad.append(text)  # this reading never supports the third party said second
    assert n >= 50
    assert not bad, bad[:3]
    assert right / n >= PLACING_FLOOR, (right, n)


def by_election_cases(store: Path) -> Iterator[tuple[str, str, str]]:
    """(phrasing, kind, story): every by-election in the store whose winner stood at no
    other by-election nor at the general election before it, in a story dated by its
    headline to that general election:
    "W won with S per cent of the vote." (``won_with``; S = the winner's votes / valid
    votes from the candidacies and contests rows). False: S + 2 points."""
    rows = (
        _connect(store)
        .execute(
            """
            SELECT e.election_id, k.given_name || ' ' || k.family_name,
                   100.0 * k.votes / t.valid_votes,
                   (SELECT list(x.election_id) FROM candidacies x
                    WHERE x.given_name = k.given_name AND x.family_name = k.family_name)
            FROM elections e
            JOIN contests t ON t.election_id = e.election_id
            JOIN candidacies k ON k.election_id = e.election_id
                 AND k.ons_code = t.ons_code AND k.rank = 1
            WHERE e.kind = 'by-election'
              AND (SELECT count(*) FROM candidacies x WHERE x.given_name = k.given_name
                   AND x.family_name = k.family_name AND x.election_id LIKE 'by-%') = 1
            ORDER BY e.election_id
            """
        )
        .fetchall()
    )
    for eid, winner, share, stood in rows:
        year = int(eid[3:7])
        general = max(y for y in (2010, 2015, 2017, 2019, 2024) if y < year or y == 2010)
        if f"ge{general}" in stood:
            continue  # the winner also stood at that general election: either reading holds
        lede = f"The by-elections after the {general} general election\n\n"
        for kind, d in (("true", 0.0), ("false", 2.0)):
            said = f"{winner} won with {share + d:.1f} per cent of the vote."
            yield "won_with", kind, lede + said + "\n"


#: measured (before -> after): won_with 0/45 -> 45/45; the false twins (45) never supported,
#: none contradicted, before or after
BY_FLOOR = 0.9


def test_by_election(store_path: Path) -> None:
    """The winner's share read at their by-election, not the general election the story
    is dated to. The false twin (two points over) is never supported, and no true share
    is called false."""
    from psephos.claims import check_text

    n = right = 0
    bad = []
    for _, kind, text in by_election_cases(store_path):
        body = text.rfind("\n\n")
        got = {
            x.verdict
            for x in check_text(text, db=store_path).leaves()
            if x.claim.frame is not None and x.claim.start > body
        }
        if kind == "true":
            n += 1
            right += got == {"supported"}
            if "contradicted" in got:
                bad.append(text)
        elif "supported" in got:
            bad.append(text)
    assert n >= 20
    assert not bad, bad[:3]
    assert right / n >= BY_FLOOR, (right, n)


if __name__ == "__main__":  # rates for the floors: python tests/... STORE
    store = Path(sys.argv[1])
    from psephos.claims import check_text as _check

    tally = {"true": [0, 0], "false": [0, 0]}
    for _, kind, text in behind_cases(store):
        got = {
            x.verdict
            for x in _check(text, db=store).leaves()
            if x.claim.start > text.find("Its nearest")
        }
        tally[kind][0] += 1
        tally[kind][1] += got == {"supported"}
        if "contradicted" in got:
            print("   CONTRADICTED", kind, text.strip().splitlines()[-1])
    print("behind", tally)
    tally = {"true": [0, 0, 0], "false": [0, 0, 0]}
    for _, kind, text in by_election_cases(store):
        body = text.rfind("\n\n")
        got = {x.verdict for x in _check(text, db=store).leaves() if x.claim.start > body}
        tally[kind][0] += 1
        tally[kind][1] += got == {"supported"}
        tally[kind][2] += "contradicted" in got
    print("by-election [n, supported, contradicted]", tally)
    tally = {"true": [0, 0, 0], "false": [0, 0, 0]}
    for _, kind, text in member_placing_cases(store):
        body = text.rfind("\n\n")
        got = {
            x.verdict
            for x in _check(text, db=store).leaves()
            if x.claim.frame is not None
            and x.claim.frame.measure == "placing"
            and x.claim.start > body
        }
        tally[kind][0] += 1
        tally[kind][1] += got == {"supported"}
        tally[kind][2] += "contradicted" in got
    print("placing [n, supported, contradicted]", tally)
    for pid, row in measure_member(store).items():
        print(
            "member",
            pid,
            f"{row['right']}/{row['true']} true supported,",
            row["false"],
            "false,",
            len(row["bad"]),
            "bad",
        )
        for t in row["bad"][:3]:
            print("   BAD", t.strip().splitlines()[-1])
    if len(sys.argv) > 2:
        sys.exit()
    for name, cases, ms in (
        ("superlative", superlative_cases(store), ("superlative", "rank")),
        ("ratio", ratio_cases(store), ("ratio", "change")),
    ):
        for pid, row in measure(cases, store, ms).items():
            print(
                name,
                pid,
                f"{row['right']}/{row['true']} true supported,",
                row["false"],
                "false,",
                len(row["bad"]),
                "bad",
            )
            for t in row["bad"][:3]:
                print("   BAD", t.strip().splitlines()[-1])
