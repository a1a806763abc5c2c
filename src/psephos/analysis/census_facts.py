"""Census facts for a 2024 seat: key measures with their rank and universe.

Ranks are 1 = highest share and ties share the better rank (competition ranking: two seats
tied for 5th are both "=5th", the next is 7th); values are compared as the published
figures, so sums of one-decimal percentages that differ only by floating-point error tie.
The universe is every seat
with a value: the 632 seats of Great Britain for measures Scotland's census also has,
the 575 seats of England and Wales for the rest. Source: the census summary file
(``census-summary-2024``), whose percentages are published to one decimal place.
"""

from __future__ import annotations

from typing import Any

from psephos.store.connect import memo

# measure id -> (label, summary-file categories summed)
KEY_MEASURES: dict[str, tuple[str, tuple[str, ...]]] = {
    "muslim": ("Muslim", ("Muslim",)),
    "christian": ("Christian", ("Christian",)),
    "no_religion": ("No religion", ("NoReligion",)),
    "hindu": ("Hindu", ("Hindu",)),
    "sikh": ("Sikh", ("Sikh",)),
    "jewish": ("Jewish", ("Jewish",)),
    "white": ("White (all groups)", ("EthnicityWhite",)),
    "asian": ("Asian", ("EthnicityAsian",)),
    "black": ("Black", ("EthnicityBlack",)),
    "age_65_plus": (
        "Aged 65 and over",
        ("Age65to69", "Age70to74", "Age75to79", "Age80to84", "Age85plus"),
    ),
    "degree": ("Level 4+ qualifications (degree or equivalent)", ("QualLevel4",)),
    "no_quals": ("No qualifications", ("QualNone",)),
    "owner_occupied": ("Households owning their home", ("HouseOutright", "HouseMortgage")),
    "social_rent": ("Households renting socially", ("HouseSocialLA", "HouseSocialOther")),
    "private_rent": (
        "Households renting privately",
        ("HousePrivateLandlord", "HousePrivateOther"),
    ),
    "health_bad": ("Bad or very bad health", ("HealthBad", "HealthVeryBad")),
}
NOTABLE_RANK = 50


def _universe(n: int) -> str:
    return {632: "seats in Great Britain", 575: "seats in England and Wales"}.get(n, "seats")


def census_facts(con: Any, ons_code: str) -> list[dict[str, Any]]:
    """Key census measures for ``ons_code`` with rank among all seats that have them."""
    cases = "\n".join(
        f"WHEN category IN ({', '.join(repr(c) for c in cats)}) THEN '{mid}'"
        for mid, (_, cats) in KEY_MEASURES.items()
    )
    sql = f"""
        WITH m AS (
          SELECT ons_code, CASE {cases} END AS measure, round(sum(share), 9) AS value,
                 count(*) AS parts, any_value(source_id) AS source_id
          FROM census WHERE topic = 'summary' GROUP BY ALL
        ), r AS (
          SELECT *, rank() OVER (PARTITION BY measure ORDER BY value DESC) AS rank,
                 count(*) OVER (PARTITION BY measure) AS n,
                 count(*) OVER (PARTITION BY measure, value) AS tied
          FROM m WHERE measure IS NOT NULL AND value IS NOT NULL
        )
        SELECT ons_code, measure, value, rank, n, source_id, tied FROM r"""

    def all_ranks() -> dict[str, dict[str, tuple[Any, ...]]]:
        table: dict[str, dict[str, tuple[Any, ...]]] = {}
        for row in con.execute(sql).fetchall():
            table.setdefault(row[0], {})[row[1]] = row[1:]
        return table

    rows = memo(con, "census_facts.ranks", all_ranks).get(ons_code, {})
    out = []
    for mid, (label, _) in KEY_MEASURES.items():
        if mid not in rows:
            continue
        _, value, rank, n, source_id, tied = rows[mid]
        tie = "=" if int(tied) > 1 else ""
        out.append(
            {
                "measure": mid,
                "label": label,
                "value": round(float(value), 6),
                "rank": int(rank),
                "of": int(n),
                "universe": _universe(int(n)),
                "tied": int(tied) > 1,
                "rank_text": f"{tie}{_ordinal(int(rank))} of {n} {_universe(int(n))}",
                "notable": int(rank) <= NOTABLE_RANK or int(rank) > int(n) - NOTABLE_RANK,
                "source_id": source_id,
            }
        )
    return out


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
