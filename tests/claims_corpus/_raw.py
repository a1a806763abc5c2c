"""Readers of the raw official files, written with the csv module only.

The answer keys of the corpus are decided from these readers, never from psephos code, so a
key cannot inherit a bug of the checker it is meant to test. Each reader documents which file
(and which columns of a headerless file) it reads; see shared/data/results/PROVENANCE.md.
"""

from __future__ import annotations

import csv
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

MIRROR = Path(
    os.environ.get("PSEPHOS_MIRROR") or Path(__file__).resolve().parents[3] / "shared" / "data"
)
PSEPH = MIRROR / "results" / "ukparliament-psephology"
BYPARL = PSEPH / "results-by-parliament"
GE_PARLIAMENT = {2010: 55, 2015: 56, 2017: 57, 2019: 58, 2024: 59}
HIST_FILE = MIRROR / "results" / "hoc-cbp8647-1918-2019" / "1918-2019election_results.csv"
CENSUS_SUMMARY = (
    MIRROR / "demographics" / "2024-UK-General-Election-Census-Constituency-Summaries-File-v1.1.csv"
)


def pseph_name(year: int) -> str:
    """Short citation of a PSEPH general-election folder, as the evidence strings write it."""
    return f"PSEPH {GE_PARLIAMENT[year]} ({year} general election)"


def _int(x: str) -> int:
    """A count; blank or '[x]' (not available) is 0."""
    return int(x) if x.strip().isdigit() else 0


def _rows(path: Path, header: bool) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[1:] if header else rows


@dataclass
class Cand:
    first: str
    surname: str
    party: str  # abbreviation
    party_name: str
    votes: int
    sitting: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"


@dataclass
class Seat:
    code: str
    name: str
    region: str
    country: str
    result: str
    first: str
    second: str
    electorate: int
    valid: int
    invalid: int
    majority: int
    winner_name: str = ""
    cands: list[Cand] = field(default_factory=list)
    date: str = ""  # by-elections only: dd/mm/yyyy

    def ranked(self) -> list[Cand]:
        return sorted(self.cands, key=lambda c: -c.votes)

    def share(self, party: str) -> float:
        return sum(c.votes for c in self.cands if c.party == party) / self.valid

    def votes(self, party: str) -> int:
        return sum(c.votes for c in self.cands if c.party == party)

    def place(self, surname: str) -> int:
        for i, c in enumerate(self.ranked(), 1):
            if c.surname == surname:
                return i
        raise KeyError(f"{surname} did not stand in {self.name}")

    @property
    def turnout(self) -> float:
        return self.valid / self.electorate

    def line(self) -> str:
        top = ", ".join(f"{c.name} {c.party} {c.votes:,}" for c in self.ranked()[:4])
        return (
            f"{self.name}: '{self.result}', {top}; valid {self.valid:,}; majority {self.majority:,}"
        )


@cache
def general(year: int) -> dict[str, Seat]:
    """PSEPH {55..59}/general-election: seats by name, candidates attached (S-CON, S-CAND)."""
    p = BYPARL / str(GE_PARLIAMENT[year]) / "general-election"
    header = year == 2024
    seats: dict[str, Seat] = {}
    for r in _rows(p / "constituencies.csv", header):
        seats[r[2]] = Seat(
            r[0], r[2], r[4].strip(), r[5].strip(), r[11], r[12], r[13], int(r[14]), int(r[15]),
            _int(r[16]), int(r[17]), f"{r[8]} {r[9]}",
        )  # fmt: skip
    for r in _rows(p / "candidacies.csv", header):
        seats[r[2]].cands.append(Cand(r[12], r[13], r[8], r[7], int(r[18]), r[15] == "Yes"))
    return seats


@cache
def by_elections(parliament: int) -> list[Seat]:
    """PSEPH {parliament}/by-elections: one Seat per by-election, date in `region` slot kept."""
    p = BYPARL / str(parliament) / "by-elections"
    out: dict[tuple[str, str], Seat] = {}
    for r in _rows(p / "constituencies.csv", True):
        s = Seat(
            r[2], r[4], r[6].strip(), r[7].strip(), r[13], r[14], r[15], int(r[16]), int(r[17]),
            _int(r[18]), int(r[19]), f"{r[10]} {r[11]}",
        )  # fmt: skip
        s.date = r[0]
        out[(r[2], r[0])] = s
    for r in _rows(p / "candidacies.csv", True):
        out[(r[1], r[0])].cands.append(
            Cand(r[13], r[14], r[9], r[8], int(r[19]), r[16] in ("Yes", "Y"))
        )
    return list(out.values())


def by_election(name: str, year: str = "") -> Seat:
    """The one by-election in `name` (in `year`, 'yyyy', when the seat had more than one)."""
    hits = [
        s
        for parl in range(55, 60)
        for s in by_elections(parl)
        if s.name == name and s.date.endswith(year)
    ]
    if len(hits) != 1:
        raise KeyError(f"{len(hits)} by-elections in {name}")
    return hits[0]


@cache
def totals(year: int, country: str | None = None, region: str | None = None) -> Counter[str]:
    """Votes by party abbreviation, plus '_valid' and '_electorate', over a scope."""
    t: Counter[str] = Counter()
    for s in general(year).values():
        if (country and s.country != country) or (region and s.region != region):
            continue
        for c in s.cands:
            t[c.party] += c.votes
        t["_valid"] += s.valid
        t["_electorate"] += s.electorate
    return t


def seats_won(year: int, country: str | None = None, region: str | None = None) -> Counter[str]:
    return Counter(
        s.first
        for s in general(year).values()
        if not ((country and s.country != country) or (region and s.region != region))
    )


OLD_SCOTTISH_CODES = {  # notional file code -> 2024 code (results PROVENANCE.md)
    "S14000058": "S14000111",
    "S14000006": "S14000107",
    "S14000010": "S14000109",
    "S14000008": "S14000108",
    "S14000040": "S14000110",
}


class _ByName(dict[str, dict[str, int | str]]):
    """Notional results keyed by the notional file's names; a 2024 results name that the file
    spells differently ('South Holland and The Deepings', 'Montgomeryshire and Glyndŵr', the
    mojibake 'Ynys M√¥n') is found through its ONS code."""

    by_code: dict[str, dict[str, int | str]]

    def __missing__(self, key: str) -> dict[str, int | str]:
        seat = general(2024).get(key)
        if seat is None or seat.code not in self.by_code:
            raise KeyError(key)
        return self.by_code[seat.code]


@cache
def notional2019() -> dict[str, dict[str, int | str]]:
    """PSEPH 58/notional-general-election/results.csv (no header): votes by party abbreviation
    per 2024 seat name, aggregates TOTOTHV/MAXOTHV dropped; keys _valid, _electorate, _majority."""
    out = _ByName()
    out.by_code = {}
    for r in _rows(BYPARL / "58" / "notional-general-election" / "results.csv", False):
        if r[11] in ("TOTOTHV", "MAXOTHV"):
            continue
        d = out.setdefault(r[0], {"_valid": int(r[9]), "_electorate": int(r[8]),
                                  "_majority": int(r[10]), "_region": r[4]})  # fmt: skip
        out.by_code[OLD_SCOTTISH_CODES.get(r[2], r[2])] = d
        d[r[13]] = int(d.get(r[13], 0)) + int(r[12])
    return out


def notional_winner(seat: str) -> str:
    d = notional2019()[seat]
    votes = {k: int(v) for k, v in d.items() if not k.startswith("_")}
    return max(votes, key=lambda k: votes[k])


@dataclass
class HistRow:
    name: str
    country: str
    election: str
    votes: dict[str, int]  # con, lib, lab, natSW, oth
    total: int
    electorate: int
    seats: int
    unopposed: str | None = None  # the party whose cell holds a -1/-2 sentinel

    @property
    def winner(self) -> str:
        if self.unopposed:
            return self.unopposed
        return max(self.votes, key=lambda k: self.votes[k])

    @property
    def majority(self) -> int:
        """The top party group's votes less the second's (CBP-8647 gives votes by group)."""
        v = sorted(self.votes.values(), reverse=True)
        return v[0] - v[1]


@cache
def history() -> list[HistRow]:
    """CBP-8647 1918-2019 (cp1252). Sentinels -1/-2 are treated as missing."""
    out = []
    with HIST_FILE.open(encoding="cp1252", newline="") as f:
        rd = csv.reader(f)
        next(rd)
        for r in rd:

            def num(x: str) -> int:
                return int(float(x)) if x.strip() and float(x) >= 0 else 0

            cols = (("con", 5), ("lib", 7), ("lab", 9), ("natSW", 11), ("oth", 13))
            votes = {k: num(r[i]) for k, i in cols}
            unopp = next((k for k, i in cols if r[i].strip().startswith("-")), None)
            out.append(
                HistRow(
                    r[2].strip(), r[3], r[17], votes, num(r[15]), num(r[4]), int(r[1] or 1), unopp
                )
            )
    return out


ELECTIONS = ["1918", "1922", "1923", "1924", "1929", "1931", "1935", "1945", "1950", "1951",
             "1955", "1959", "1964", "1966", "1970", "1974F", "1974O", "1979", "1983", "1987",
             "1992", "1997", "2001", "2005", "2010", "2015", "2017", "2019"]  # fmt: skip


@cache
def hist_national(election: str, country: str | None = None) -> dict[str, float]:
    """Party vote totals, winners (single-member seats) and turnout for one election."""
    rows = [
        h for h in history() if h.election == election and (not country or h.country == country)
    ]
    out: dict[str, float] = defaultdict(float)
    for h in rows:
        for k, v in h.votes.items():
            out[k] += v
        # a blank total cell with party votes (six rows, e.g. Southampton 1935) counts the
        # party cells' sum, so that every vote in the numerator is in the denominator
        out["_total"] += h.total or sum(h.votes.values())
        if h.total and h.electorate:
            out["_total_contested"] += h.total
            out["_electorate_contested"] += h.electorate
        if (h.total or h.unopposed) and h.seats == 1:
            out["won_" + h.winner] += 1
    return dict(out)


def hist_share(election: str, party: str, country: str | None = None) -> float:
    """A party's share of the votes cast at one election (in one country if given)."""
    h = hist_national(election, country)
    return h[party] / h["_total"]


def hist_turnout(election: str) -> float:
    """Turnout at one election: votes over electorate in the contested seats."""
    h = hist_national(election)
    return h["_total_contested"] / h["_electorate_contested"]


def hist_seat_count(election: str, country: str | None = None) -> int:
    """The series' seats at one election (in one country if given)."""
    return sum(
        r.seats
        for r in history()
        if r.election == election and (not country or r.country == country)
    )


def hist_seat(*names: str) -> list[HistRow]:
    """Rows of the seats named (a seat and its predecessors), in election order."""
    rows = [h for h in history() if h.name in names]
    return sorted(rows, key=lambda h: ELECTIONS.index(h.election))


def hist_seat_at(name: str, election: str) -> HistRow:
    """The seat's row at one election of the series."""
    return next(h for h in hist_seat(name) if h.election == election)


def hist_line(rows: list[HistRow]) -> str:
    return "; ".join(f"{h.election} {h.winner}" for h in rows)


@cache
def census_summary() -> dict[str, dict[str, str]]:
    """The 2024 census summary file (632 GB seats), by ConstituencyName."""
    with CENSUS_SUMMARY.open(encoding="utf-8-sig", newline="") as f:
        return {r["ConstituencyName"]: r for r in csv.DictReader(f)}


@cache
def census_counts(topic: str) -> dict[str, dict[str, int]]:
    """census21_wpc_<topic>.csv (E&W counts): seat name -> category -> count, with _total
    (the 'Does not apply' category dropped)."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    with (MIRROR / "demographics" / f"census21_wpc_{topic}.csv").open(encoding="utf-8-sig") as f:
        rd = csv.reader(f)
        next(rd)
        for r in rd:
            if r[2] == "-8":
                continue
            out[r[1]][r[3]] = int(r[4])
    for d in out.values():
        d["_total"] = sum(d.values())
    return dict(out)


@cache
def maiden_speeches() -> list[dict[str, str]]:
    with (PSEPH / "maiden-speeches.csv").open(encoding="utf-8-sig", newline="") as f:
        return [{k.strip(): v for k, v in r.items() if k} for r in csv.DictReader(f)]


def maiden(member: str) -> list[dict[str, str]]:
    return [r for r in maiden_speeches() if r["Member"] == member]


def swing(new: Seat, old: Seat, to: str, frm: str) -> float:
    """Butler swing from `frm` to `to` between two results, in shares of all votes."""
    return ((new.share(to) - old.share(to)) - (new.share(frm) - old.share(frm))) / 2


def share_of(t: Counter[str], party: str) -> float:
    return t[party] / t["_valid"]


def previous_general(by: Seat) -> tuple[int, Seat]:
    """The general election before a by-election, in the same seat (matched on ONS code)."""
    d = by.date
    when = (int(d[6:10]), int(d[3:5]), int(d[:2]))
    dates = {2010: (2010, 5, 6), 2015: (2015, 5, 7), 2017: (2017, 6, 8), 2019: (2019, 12, 12),
             2024: (2024, 7, 4)}  # fmt: skip
    year = max(y for y, gd in dates.items() if gd < when)
    seat = next(s for s in general(year).values() if s.code == by.code)
    return year, seat


@cache
def census_seat(year: int = 2024) -> dict[str, Seat]:
    """Census count-file seat name -> the 2024 result row, joined on the ONS code (the census
    files fold names to ASCII, e.g. 'Montgomeryshire and Glyndwr')."""
    by_code = {s.code: s for s in general(year).values()}
    with (MIRROR / "demographics" / "census21_wpc_religion.csv").open(encoding="utf-8-sig") as f:
        rd = csv.reader(f)
        next(rd)
        return {r[1]: by_code[r[0]] for r in rd}
