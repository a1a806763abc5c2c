"""Parsers for Census 2021 by 2024 constituency: the BES-style summary file, the ONS count
files and the composite deprivation index."""

from __future__ import annotations

import pandas as pd

from psephos.sources._read import read_csv, to_number
from psephos.sources.resolve import Resolved

Tables = dict[str, pd.DataFrame]

_SUMMARY_KEYS = ["ONSConstID", "ConstituencyName", "Country", "Region"]


def parse_census_summary(res: Resolved) -> Tables:
    """The summary file, kept wide (``census_summary``) and melted long (``census``).

    Percent columns (``c21*`` after population and density) become shares in [0, 1].
    """
    src = res.source
    name = src.mirror_path
    frame = read_csv(
        res.path, name=name, columns=_SUMMARY_KEYS, header=True, encoding="utf-8-sig", ordered=False
    )
    frame = frame.rename(columns={"ONSConstID": "ons_code"})
    wide = frame.copy()
    c21 = [c for c in frame.columns if c.startswith("c21")]
    for col in c21:
        wide[col] = to_number(
            frame, col, name=name, kind="float", required=False, missing=("", "NA")
        )
    wide["source_id"] = src.source_id
    long_rows = []
    for col in c21:
        is_count = col in ("c21Population", "c21PopulationDensity")
        values = wide[col]
        long_rows.append(
            pd.DataFrame(
                {
                    "ons_code": wide["ons_code"],
                    "boundary_set": "2024",
                    "census": "2021",
                    "topic": "summary",
                    "category": col[3:],
                    "count": values if is_count else pd.NA,
                    "share": pd.NA if is_count else (values / 100.0).round(6),
                    "source_id": src.source_id,
                }
            )
        )
    long = pd.concat(long_rows, ignore_index=True)
    long = long[long["count"].notna() | long["share"].notna()]
    return {"census_summary": wide, "census": long}


def parse_census_counts(res: Resolved) -> Tables:
    """An ONS long file: code, name, category code, category, observation."""
    src = res.source
    name = src.mirror_path
    frame = read_csv(res.path, name=name, columns=[], header=True)
    cols = [c for c in frame.columns if c != "source_row"]
    if len(cols) < 5:
        from psephos.errors import SchemaError

        raise SchemaError(
            f"expected 5 columns (code, name, category code, category, "
            f"Observation), found {len(cols)}.",
            file=name,
            row=1,
            column="Observation" if "Observation" not in cols else cols[-1],
        )
    code_col, _, cat_code_col, cat_col, obs_col = cols[:5]
    counts = to_number(frame, obs_col, name=name)
    out = pd.DataFrame(
        {
            "ons_code": frame[code_col],
            "boundary_set": "2024",
            "census": "2021",
            "topic": src.params["topic"],
            "category_code": frame[cat_code_col],
            "category": frame[cat_col],
            "count": counts.astype("Float64"),
        }
    )
    out = out[out["category_code"] != "-8"]  # "Does not apply": outside the topic's base
    totals = out.groupby("ons_code")["count"].transform("sum")
    out["share"] = (out["count"] / totals).astype("Float64")
    out["source_id"] = src.source_id
    return {"census": out.drop(columns=["category_code"])}


def parse_imd(res: Resolved) -> Tables:
    src = res.source
    name = src.mirror_path
    cols = [
        "parl25",
        "constituency-name",
        "parl25-deprivation-score",
        "label",
        "desc",
        "low-deprivation",
        "medium-deprivation",
        "high-deprivation",
        "parl25-imd-pop-quintile",
        "parl25-imd-pop-decile",
    ]
    frame = read_csv(res.path, name=name, columns=cols, header=True)
    return {
        "deprivation_raw": pd.DataFrame(
            {
                "short_code": frame["parl25"],
                "name": frame["constituency-name"],
                "score": to_number(frame, "parl25-deprivation-score", name=name, kind="float"),
                "label": frame["label"],
                "low_share": to_number(frame, "low-deprivation", name=name, kind="float"),
                "medium_share": to_number(frame, "medium-deprivation", name=name, kind="float"),
                "high_share": to_number(frame, "high-deprivation", name=name, kind="float"),
                "quintile": to_number(frame, "parl25-imd-pop-quintile", name=name),
                "decile": to_number(frame, "parl25-imd-pop-decile", name=name),
                "source_id": src.source_id,
            }
        )
    }


def parse_ukparl_codes(res: Resolved) -> Tables:
    src = res.source
    frame = read_csv(
        res.path, name=src.mirror_path, columns=["UKPARL.2025", "PCON24CD", "PCON24NM"], header=True
    )
    return {
        "ukparl_codes": pd.DataFrame(
            {
                "short_code": frame["UKPARL.2025"],
                "ons_code": frame["PCON24CD"],
                "name": frame["PCON24NM"],
                "source_id": src.source_id,
            }
        )
    }
