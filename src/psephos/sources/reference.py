"""Parsers for the supporting files: overlaps, dates, parties, members, 1918–2019 series."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from psephos.errors import SchemaError
from psephos.sources._read import fix_mojibake, read_csv, to_number
from psephos.sources.resolve import Resolved
from psephos.sources.results import NOTIONAL_SCOTTISH_CODES

Tables = dict[str, pd.DataFrame]


def parse_overlaps(res: Resolved) -> Tables:
    src = res.source
    name = src.mirror_path
    cols = [
        "key",
        "old_code",
        "old_name",
        "new_code",
        "new_name",
        "res_share_of_old",
        "res_share_of_new",
        "area_share_of_old",
        "area_share_of_new",
        "pop_share_of_old",
        "pop_share_of_new",
    ]
    frame = read_csv(res.path, name=name, columns=cols, header=False)
    out = frame[["old_code", "old_name", "new_code", "new_name"]].copy()
    out["new_code"] = out["new_code"].replace(NOTIONAL_SCOTTISH_CODES)
    for col in cols[5:]:
        out[col] = to_number(frame, col, name=name, kind="float")
    out["source_id"] = src.source_id
    out["source_row"] = frame["source_row"]
    return {"boundary_overlaps": out}


def parse_general_elections(res: Resolved) -> Tables:
    src = res.source
    frame = read_csv(
        res.path, name=src.mirror_path, columns=["date", "is_notional", "url"], header=False
    )
    return {
        "general_election_dates": pd.DataFrame(
            {
                "date": pd.to_datetime(frame["date"], format="%Y-%m-%d").dt.date,
                "is_notional": frame["is_notional"] == "true",
                "briefing_url": frame["url"].replace({"": None}),
                "source_id": src.source_id,
            }
        )
    }


def parse_parliaments(res: Resolved) -> Tables:
    src = res.source
    cols = [
        "number",
        "election_date",
        "summoned_on",
        "state_opening",
        "dissolved_on",
        "wikidata_id",
        "election_wikidata_id",
        "hansard_1",
        "hansard_2",
        "unused",
        "gazette",
    ]
    frame = read_csv(res.path, name=src.mirror_path, columns=cols, header=False, min_columns=5)
    out = pd.DataFrame(
        {
            "number": to_number(frame, "number", name=src.mirror_path),
            "election_date": pd.to_datetime(
                frame["election_date"], format="%d/%m/%Y", errors="coerce"
            ).dt.date,
            "summoned_on": pd.to_datetime(
                frame["summoned_on"], format="%d/%m/%Y", errors="coerce"
            ).dt.date,
            "dissolved_on": pd.to_datetime(
                frame["dissolved_on"], format="%d/%m/%Y", errors="coerce"
            ).dt.date,
            "source_id": src.source_id,
        }
    )
    return {"parliaments": out}


def parse_party_registrations(res: Resolved) -> Tables:
    src = res.source
    name = src.mirror_path
    cols = [
        "MNIS ID",
        "MNIS name",
        "Electoral Commission ID",
        "Jurisdiction",
        "Registered on",
        "Deregistered on",
    ]
    frame = read_csv(res.path, name=name, columns=cols, header=True)
    return {
        "party_registrations": pd.DataFrame(
            {
                "mnis_party_id": to_number(frame, "MNIS ID", name=name, required=False),
                "name": frame["MNIS name"].map(fix_mojibake),
                "ec_party_id": frame["Electoral Commission ID"].replace({"": None}),
                "jurisdiction": frame["Jurisdiction"],
                "registered_on": pd.to_datetime(
                    frame["Registered on"], format="%d/%m/%Y", errors="coerce"
                ).dt.date,
                "deregistered_on": pd.to_datetime(
                    frame["Deregistered on"], format="%d/%m/%Y", errors="coerce"
                ).dt.date,
                "source_id": src.source_id,
                "source_row": frame["source_row"],
            }
        )
    }


def parse_maiden_speeches(res: Resolved) -> Tables:
    src = res.source
    name = src.mirror_path
    cols = [
        "Parliament number",
        "Session number",
        "Parliament",
        "Session",
        "Date",
        "Member",
        "Member (list name)",
        "Wikidata Member ID",
        "MNIS Member ID",
        "Constituency",
        "Constituency ONS code",
    ]
    frame = read_csv(res.path, name=name, columns=cols, header=True)
    frame = frame[frame["MNIS Member ID"] != "[x]"]
    return {
        "maiden_speeches": pd.DataFrame(
            {
                "member_id": to_number(frame, "MNIS Member ID", name=name),
                "member_name": frame["Member"],
                "parliament": to_number(frame, "Parliament number", name=name),
                "date": pd.to_datetime(frame["Date"], format="%d/%m/%Y", errors="coerce").dt.date,
                "constituency": frame["Constituency"],
                "ons_code": frame["Constituency ONS code"].replace({"[x]": None}),
                "source_id": src.source_id,
                "source_row": frame["source_row"],
            }
        )
    }


_HISTORY_COLS = [
    "constituency_id",
    "seats",
    "constituency_name",
    "country/region",
    "electorate",
    "con_votes",
    "con_share",
    "lib_votes",
    "lib_share",
    "lab_votes",
    "lab_share",
    "natSW_votes",
    "natSW_share",
    "oth_votes",
    "oth_share",
    "total_votes",
    "turnout",
    "election",
    "boundary_set",
]


def parse_history_1918_2019(res: Resolved) -> Tables:
    """CBP-8647: one row per seat per election, Windows-1252. A negative figure in a
    group's votes column is the number of its candidates returned unopposed: it is kept in
    ``<group>_unopposed`` and the votes are missing."""
    src = res.source
    name = src.mirror_path
    frame = read_csv(res.path, name=name, columns=_HISTORY_COLS, header=True, encoding="cp1252")
    out = pd.DataFrame(
        {
            "election": frame["election"],
            "constituency_id": frame["constituency_id"].replace({"": None}),
            "constituency_name": frame["constituency_name"].str.strip(),
            "country_region": frame["country/region"],
            "seats": to_number(frame, "seats", name=name, required=False),
            "boundary_set": frame["boundary_set"],
        }
    )
    for col in [
        "electorate",
        "con_votes",
        "lib_votes",
        "lab_votes",
        "natSW_votes",
        "oth_votes",
        "total_votes",
    ]:
        values = to_number(frame, col, name=name, kind="float", required=False)
        out[col.lower()] = values.where(values >= 0).round().astype("Int64")
        if col != "total_votes" and col != "electorate":
            # a negative figure is the number of that group's candidates returned unopposed
            # (-1; -2 in a two-member seat), not a vote count
            out[col.lower().replace("_votes", "_unopposed")] = (
                (-values).where(values < 0).round().astype("Int64")
            )
    for col in ["con_share", "lib_share", "lab_share", "natSW_share", "oth_share", "turnout"]:
        values = to_number(frame, col, name=name, kind="float", required=False)
        out[col.lower()] = values.where(values >= 0)
    out["year"] = out["election"].str[:4].astype(int)
    out["source_id"] = src.source_id
    out["source_row"] = frame["source_row"].to_numpy()
    if out["election"].eq("").any():
        i = int(np.flatnonzero(out["election"].eq("").to_numpy())[0])
        raise SchemaError(
            "election is blank.", file=name, row=int(frame["source_row"].iloc[i]), column="election"
        )
    return {"history_1918_2019": out}


def parse_hexjson(res: Resolved) -> Tables:
    src = res.source
    try:
        doc = json.loads(res.path.read_text(encoding="utf-8"))
        hexes = doc["hexes"]
        rows = [
            (code, h["n"], int(h["q"]), int(h["r"]), h.get("region")) for code, h in hexes.items()
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise SchemaError(
            f"not a hexjson document with hexes {{code: {{n, q, r}}}}: {exc}",
            file=src.mirror_path,
            hint="Restore the official copy.",
        ) from None
    frame = pd.DataFrame(rows, columns=["ons_code", "name", "q", "r", "region_code"])
    frame["layout"] = doc.get("layout", "odd-r")
    frame["source_id"] = src.source_id
    return {"hexes": frame}
