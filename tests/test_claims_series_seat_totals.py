"""A party's seat total in a nation at a 1950-2005 general election, read from the
1918-2019 party series: a one-seat miss is called false when every seat of the nation is a
plain single-member contest won by a named group (no Speaker, no ``Oth`` winner, nothing
unplaced), and left ``uncertain`` otherwise. Every sentence is invented for these tests.

Receipts: the Commons Library's 1918-2019 file (shared/data/results/hoc-cbp8647-1918-2019/
1918-2019election_results.csv, "CBP-8647"), counted in the test from the raw rows (the
group with most votes wins the seat), and the published totals:

* 1992, Scotland: Labour 49, Conservatives 11, Liberal Democrats 9, SNP 3 (House of Commons
  Library, General Election 1992, RP 92/?, table of seats by country; also CBP-8647).
* October 1974, Wales: Labour 23, Conservatives 8, Plaid Cymru 3, Liberals 2 (same sources).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from psephos.claims import check_text

CSV = "results/hoc-cbp8647-1918-2019/1918-2019election_results.csv"
COLS = {"Con": "con_votes", "Lib": "lib_votes", "Lab": "lab_votes", "Nat": "natSW_votes"}
OTH = "oth_votes"
#: how the sentence names each group at an election (the Alliance years left out: the
#: series' Lib group is two parties there)
NAMES = {
    "Con": lambda e: "the Conservatives",
    "Lab": lambda e: "Labour",
    "Lib": lambda e: "the Liberal Democrats" if int(e[:4]) >= 1992 else "the Liberals",
}
NAT = {"Scotland": "the SNP", "Wales": "Plaid Cymru"}
ELECTIONS = ["1950", "1955", "1964", "1970", "1974F", "1974O", "1979", "1992", "1997", "2005"]
#: the Speakers who sat for a Scottish or Welsh seat at a general election from 1950 (a
#: Speaker is no party's member; the series files their votes under a party or "oth"):
#: George Thomas, Cardiff West, Speaker 1976-1983; Michael Martin, Glasgow Springburn /
#: Glasgow North East, Speaker 2000-2009 (House of Commons Information Office, Factsheet M3)
SPEAKER_NATIONS = {("1979", "Wales"), ("2001", "Scotland"), ("2005", "Scotland")}
WHEN = {"1974F": "February 1974", "1974O": "October 1974"}


def _raw_totals(mirror: Path) -> dict[tuple[str, str], tuple[Counter[str], bool]]:
    """(election, nation) -> (seats won per group, whether any seat is in doubt: won by
    Oth, unopposed, tied or not single-member), straight from the CSV."""
    out: dict[tuple[str, str], Any] = defaultdict(lambda: [Counter(), False])
    with (mirror / CSV).open(encoding="cp1252", newline="") as fh:  # PROVENANCE: cp1252
        for r in csv.DictReader(fh):
            r = {k.strip(): (v or "").strip() for k, v in r.items() if k}
            nation = r["country/region"]
            if r["election"] not in ELECTIONS or nation not in ("Scotland", "Wales"):
                continue
            cell = out[(r["election"], nation)]
            votes = {g: float(r[c] or 0) for g, c in COLS.items()}
            votes["Oth"] = float(r[OTH] or 0)
            ranked = sorted(votes.values(), reverse=True)
            if r["seats"] != "1" or min(ranked) < 0 or ranked[0] == ranked[1]:
                cell[1] = True
                continue
            winner = max(votes, key=lambda g: votes[g])
            cell[0][winner] += 1
            cell[1] = cell[1] or winner == "Oth"
    return {k: (v[0], v[1] or k in SPEAKER_NATIONS) for k, v in out.items()}


def test_published_totals_match_the_raw_count(mirror: Path) -> None:
    totals = _raw_totals(mirror)
    scot92, doubt = totals[("1992", "Scotland")]
    assert dict(scot92) == {"Lab": 49, "Con": 11, "Lib": 9, "Nat": 3} and not doubt
    wales74, doubt = totals[("1974O", "Wales")]
    assert dict(wales74) == {"Lab": 23, "Con": 8, "Nat": 3, "Lib": 2} and not doubt


def _sentences(mirror: Path) -> list[tuple[str, str, bool, int, int]]:
    """(election, sentence, nation in doubt, stated, true) for each group with at least
    three seats: the true total and one more and one fewer."""
    out = []
    for (election, nation), (won, doubt) in sorted(_raw_totals(mirror).items()):
        when = WHEN.get(election, election)
        for group, n in sorted(won.items()):
            if group == "Oth" or n < 3:
                continue
            who = NAT[nation] if group == "Nat" else NAMES[group](election)
            for stated in (n, n + 1, n - 1):
                text = f"At the general election of {when}, {who} won {stated} seats in {nation}."
                out.append((election, text, doubt, stated, n))
    return out


def test_seat_totals_in_a_nation_at_series_elections(store_path: Path, mirror: Path) -> None:
    cases = _sentences(mirror)
    by_election: dict[str, list[tuple[str, bool, int, int]]] = defaultdict(list)
    for election, text, doubt, stated, n in cases:
        by_election[election].append((text, doubt, stated, n))
    seen: Counter[Any] = Counter()
    bad: list[tuple[str, set[str], set[str]]] = []
    for rows in by_election.values():
        text = "\n\n".join(r[0] for r in rows)
        claims = check_text(text, db=store_path).claims
        at = 0
        for sentence, doubt, stated, n in rows:
            start = text.index(sentence, at)
            end = at = start + len(sentence)
            got = {
                c.verdict
                for c in claims
                if c.claim.kind == "seats" and start <= c.claim.start < end
            }
            if stated == n:
                want = {"supported"}
            elif doubt:
                want = {"uncertain"}
            else:
                want = {"contradicted"}
            if not got:
                seen["missed"] += 1  # not read as a seat total: nothing to judge
                continue
            if got != want:
                bad.append((sentence, got, want))
            seen[(stated == n, doubt)] += 1
    assert not bad, bad[:5]
    # every kind of case is exercised: true totals, misses in nations with and without doubt
    assert seen[(True, False)] >= 30 and seen[(False, False)] >= 40, seen
    assert seen[(False, True)] >= 4, seen
