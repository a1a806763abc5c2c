"""The shape of a summary (:class:`Summary`) and the arithmetic that joins a summary to its
comparison election (:func:`combine`), shared by the candidate-level summaries
(:mod:`psephos.analysis.summary`) and the 1918–2005 party-level series
(:mod:`psephos.analysis.series`), so that neither imports the other's internals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psephos.display import Display

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = [
    "area_type",
    "area",
    "party_code",
    "party_name",
    "seats",
    "votes",
    "share",
    "prev_seats",
    "prev_votes",
    "prev_share",
    "seat_change",
    "share_change",
]
TOTAL_COLUMNS = [
    "area_type",
    "area",
    "seats",
    "valid_votes",
    "electorate",
    "turnout",
    "prev_valid_votes",
]
COUNTRY_ORDER = ["England", "Scotland", "Wales", "Northern Ireland"]
#: The name of the ``Ind`` row: independents counted together, never as one party.
INDEPENDENTS = "Independents (each a candidate of their own; not a party)"


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class Summary(Display):
    """Party totals by area.

    Attributes
    ----------
    election, title : str
    compared_with, compared_title : str or None
        The comparison election (None when there is none, e.g. 1918).
    level : str
        ``candidate`` (2010–2024 results) or ``party`` (the 1918–2019 series).
    table : DataFrame
        One row per area and party, columns :data:`COLUMNS` (``prev_*`` and ``*_change``
        are NaN without a comparison).
    totals : DataFrame
        One row per area, columns :data:`TOTAL_COLUMNS`.
    notes : list of str
    """

    election: str
    title: str
    compared_with: str | None
    compared_title: str | None
    level: str
    table: pd.DataFrame
    totals: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "election": self.election,
            "title": self.title,
            "compared_with": self.compared_with,
            "compared_title": self.compared_title,
            "level": self.level,
            "notes": self.notes,
            "totals": self.totals,
            "parties": self.table,
        }


def combine(
    now: tuple[pd.DataFrame, pd.DataFrame], before: tuple[pd.DataFrame, pd.DataFrame] | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    table, totals = now
    if before is None:
        for col in ("prev_seats", "prev_votes", "prev_share", "seat_change", "share_change"):
            table[col] = float("nan")
        totals["prev_valid_votes"] = float("nan")
    else:
        prev, prev_totals = before
        prev = prev.rename(
            columns={"votes": "prev_votes", "seats": "prev_seats", "share": "prev_share"}
        )
        table = table.merge(prev, on=["area_type", "area", "party_code"], how="left")
        # parties that stood before but not now are not shown; parties new now have 0 before
        table[["prev_seats", "prev_votes", "prev_share"]] = table[
            ["prev_seats", "prev_votes", "prev_share"]
        ].fillna(0)
        table["seat_change"] = table["seats"] - table["prev_seats"]
        table["share_change"] = table["share"] - table["prev_share"]
        totals = totals.merge(
            prev_totals[["area_type", "area", "valid_votes"]].rename(
                columns={"valid_votes": "prev_valid_votes"}
            ),
            on=["area_type", "area"],
            how="left",
        )
    order = {a: i for i, a in enumerate(totals["area"])}
    table = (
        table.assign(_o=table["area"].map(order))
        .sort_values(["_o", "seats", "votes"], ascending=[True, False, False])
        .drop(columns="_o")
    )
    for col in ("seats", "votes"):
        table[col] = table[col].astype(int)
    return table.reset_index(drop=True), totals
