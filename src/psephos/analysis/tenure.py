"""How long a member has held a seat, across the 2024 boundary change.

Definition (docs/seat.md): the first general election of the unbroken run in which the
sitting member, by MNIS member id, won this seat or its predecessor; the predecessor of a
2024 seat is the 2010-set seat that contributes most of its population. Candidate-level
results start in 2010, so a run that reaches 2010 is extended with other evidence: a
by-election win, or the parliament of the member's maiden speech when it was made for the
same constituency; otherwise the answer is "since 2010 or earlier".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from psephos.analysis import _lookups as lookups
from psephos.analysis.names import fold

if TYPE_CHECKING:
    import duckdb

GENERAL_ELECTIONS = ("ge2010", "ge2015", "ge2017", "ge2019", "ge2024")


@dataclass
class Tenure:
    """The answer to "held since when?", with how it was derived."""

    member_id: int
    held_since: int | None
    exact: bool
    basis: str
    elections_won: list[str] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)
    open_ended: bool = False  # True: "since YEAR or earlier" (evidence runs out)

    @property
    def label(self) -> str:
        if self.held_since is None:
            return "unknown"
        return f"{self.held_since} or earlier" if self.open_ended else str(self.held_since)

    def to_dict(self) -> dict[str, object]:
        return {
            "member_id": self.member_id,
            "held_since": self.held_since,
            "exact": self.exact,
            "label": self.label,
            "open_ended": self.open_ended,
            "basis": self.basis,
            "elections_won": self.elections_won,
            "source_ids": self.source_ids,
        }


def predecessor(con: duckdb.DuckDBPyConnection, new_code: str) -> tuple[str, str, float] | None:
    """The 2010-set seat contributing most population to a 2024 seat: (code, name, share)."""
    rows = lookups.overlaps_by_new(con).get(new_code)
    if not rows:
        return None
    top = rows[0]  # sorted by population share, largest first
    return top["ons_code"], top["name"], float(top["pop_share_of_new"])


def held_since(
    con: duckdb.DuckDBPyConnection, ons_code: str, member_id: int, *, election_id: str = "ge2024"
) -> Tenure:
    """Since when ``member_id`` has held ``ons_code`` as of ``election_id``."""
    elections = [e for e in GENERAL_ELECTIONS if e <= election_id][::-1]
    sets = {k: v["boundary_set"] for k, v in lookups.elections(con).items()}
    current_set = sets.get(election_id, "2024")
    pred = predecessor(con, ons_code) if current_set == "2024" else None
    won = lookups.winners_by_member(con).get(member_id, {})  # read only
    run: list[str] = []
    sources: list[str] = []
    seat_for = {}
    for election in elections:
        code = ons_code if sets.get(election) == current_set else (pred[0] if pred else None)
        seat_for[election] = code
        key = f"{election}|{code}"
        if code is None or key not in won:
            break
        run.append(election)
        sources.append(won[key])
    if pred:
        sources.append("overlaps-2010-2024")
    if not run:
        return Tenure(
            member_id,
            None,
            False,
            f"the member did not win this seat at {election_id}",
            [],
            sources,
        )
    first = run[-1]
    first_year = int(first[2:])
    if first != "ge2010":
        # The run broke at the election before `first`: a by-election win in between?
        before = elections[elections.index(first) + 1] if first in elections[:-1] else None
        after = lookups.elections(con)[before or first]["date"]
        by = next(
            (
                (w["date"], w["source_id"])
                for w in lookups.by_election_wins(con).get(member_id, [])
                if w["ons_code"] == seat_for.get(before or first) and w["date"] > after
            ),
            None,
        )
        if by and before and by[0].year < first_year:
            return Tenure(
                member_id,
                by[0].year,
                True,
                f"won the {by[0]:%d %B %Y} by-election and every general election since",
                run[::-1],
                sources + [by[1]],
            )
        basis = f"won every general election here since {first_year}"
        if first_year < 2024 and current_set == "2024" and pred:
            basis += f" (before 2024 as member for {pred[1]}, the predecessor seat)"
        return Tenure(member_id, first_year, True, basis, run[::-1], sources)
    # The run reaches 2010, where candidate-level results begin.
    seat_2010 = seat_for["ge2010"]
    seat_row = lookups.seats(con).get((seat_2010, "2010")) if seat_2010 else None
    name_2010 = (seat_row["name"],) if seat_row else None
    from psephos.store.queries import fetchone

    speech = fetchone(  # a claim check asks for the same members again and again
        con,
        """SELECT m.parliament, m.constituency, m.ons_code, p.election_date, m.source_id, m.date
           FROM maiden_speeches m LEFT JOIN parliaments p ON p.number = m.parliament
           WHERE m.member_id = ? ORDER BY m.parliament LIMIT 1""",
        [member_id],
    )
    if speech and speech[3] is not None and speech[0] <= 55:
        same = speech[2] == seat_2010 or (name_2010 and fold(speech[1]) == fold(name_2010[0]))
        if same and speech[5] is not None and speech[5].year != speech[3].year:
            # the speech came in a later year than the general election that opened the
            # parliament: the member may have entered at a by-election in between
            return Tenure(
                member_id,
                speech[5].year,
                False,
                f"won every general election here since 2010; entered the Commons for "
                f"{speech[1]} between the {speech[3]:%Y} general election and the maiden speech "
                f"of {speech[5]:%d %B %Y} ({_ordinal(speech[0])} Parliament), perhaps at a "
                "by-election",
                run[::-1],
                sources + [speech[4]],
                open_ended=True,
            )
        if same:
            year = speech[3].year
            return Tenure(
                member_id,
                year,
                False,
                f"won every general election here since 2010; maiden speech in the "
                f"{_ordinal(speech[0])} Parliament (elected {year}) as member for "
                f"{speech[1]}, assuming unbroken service",
                run[::-1],
                sources + [speech[4]],
            )
        return Tenure(
            member_id,
            2010,
            False,
            f"won every general election here since 2010 (candidate-level results "
            f"begin in 2010); first elected to the Commons in {speech[3].year}, for "
            f"{speech[1]}",
            run[::-1],
            sources + [speech[4]],
            open_ended=True,
        )
    return Tenure(
        member_id,
        2010,
        False,
        "won every general election here since 2010; candidate-level results begin in 2010",
        run[::-1],
        sources,
        open_ended=True,
    )


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
