"""Parsers for the Commons Library results files (candidate and constituency level).

Each parser takes a verified file and returns DataFrames named after the store tables
they feed (``contests``, ``candidacies``, ``constituencies``). They do not touch the
store: the build step concatenates, writes and validates what they return.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

from psephos.errors import SchemaError
from psephos.sources._read import fix_mojibake, read_csv, to_number
from psephos.sources.resolve import Resolved

S_CAND = [
    "ONS ID",
    "ONS region ID",
    "Constituency name",
    "County name",
    "Region name",
    "Country name",
    "Constituency type",
    "Party name",
    "Party abbreviation",
    "Electoral Commission party ID",
    "MNIS party ID",
    "Electoral Commission adjunct party ID",
    "Candidate first name",
    "Candidate surname",
    "Candidate gender",
    "Sitting MP",
    "Former MP",
    "Member MNIS ID",
    "Votes",
    "Share",
    "Change",
]
S_CON = [
    "ONS ID",
    "ONS region ID",
    "Constituency name",
    "County name",
    "Region name",
    "Country name",
    "Constituency type",
    "Declaration time",
    "Member first name",
    "Member surname",
    "Member gender",
    "Result",
    "First party",
    "Second party",
    "Electorate",
    "Valid votes",
    "Invalid votes",
    "Majority",
]
Tables = dict[str, pd.DataFrame]


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _yes(series: pd.Series) -> pd.Series:
    return series.str.lower().isin(["yes", "true", "y", "1"])


def _dmy(series: pd.Series) -> pd.Series:
    return pd.to_datetime(series, format="%d/%m/%Y", errors="coerce").dt.date


def _constituency_rows(frame: pd.DataFrame, boundary_set: str, source_id: str) -> pd.DataFrame:
    out = pd.DataFrame(
        {
            "ons_code": frame["ONS ID"],
            "name": frame["Constituency name"].map(fix_mojibake),
            "boundary_set": boundary_set,
            "region": frame["Region name"],
            "region_code": frame["ONS region ID"],
            "country": frame["Country name"],
            "ctype": frame["Constituency type"].replace({"Borough": "Borough"}),
            "county": frame["County name"].replace({"": None}),
            "source_id": source_id,
        }
    )
    return out.drop_duplicates("ons_code")


def _contests(frame: pd.DataFrame, election_id: str, name: str, source_id: str) -> pd.DataFrame:
    electorate = to_number(frame, "Electorate", name=name)
    valid = to_number(frame, "Valid votes", name=name)
    invalid = to_number(frame, "Invalid votes", name=name, required=False)
    majority = to_number(frame, "Majority", name=name)
    return pd.DataFrame(
        {
            "election_id": election_id,
            "ons_code": frame["ONS ID"],
            "electorate": electorate,
            "valid_votes": valid,
            "invalid_votes": invalid,
            "turnout": (valid / electorate).astype("Float64"),
            "majority": majority,
            "winner_party": frame["First party"],
            "second_party": frame["Second party"],
            "result_text": frame["Result"],
            "source_id": source_id,
            "source_row": frame["source_row"],
        }
    )


def _candidacies(frame: pd.DataFrame, election_id: str, name: str, source_id: str) -> pd.DataFrame:
    votes = to_number(frame, "Votes", name=name)
    member = to_number(frame, "Member MNIS ID", name=name, required=False)
    mnis_party = to_number(frame, "MNIS party ID", name=name, required=False)
    out = pd.DataFrame(
        {
            "election_id": election_id,
            "ons_code": frame["ONS ID"],
            "given_name": frame["Candidate first name"].map(fix_mojibake),
            "family_name": frame["Candidate surname"].map(fix_mojibake),
            "gender": frame["Candidate gender"].replace({"M": "Male", "F": "Female", "": None}),
            "party_code": frame["Party abbreviation"],
            "party_name": frame["Party name"].map(fix_mojibake),
            "party_mnis_id": mnis_party,
            "votes": votes,
            "official_share": to_number(frame, "Share", name=name, kind="float", required=False),
            "official_change": to_number(frame, "Change", name=name, kind="float", required=False),
            "sitting_mp": _yes(frame["Sitting MP"]),
            "former_mp": _yes(frame["Former MP"]),
            "member_id": member,
            "source_id": source_id,
            "source_row": frame["source_row"],
        }
    )
    empty_party = out["party_code"] == ""
    if empty_party.any():
        i = int(np.flatnonzero(empty_party.to_numpy())[0])
        raise SchemaError(
            "a candidate has no party abbreviation.",
            file=name,
            row=int(frame["source_row"].iloc[i]),
            column="Party abbreviation",
            hint="Independents are coded 'Ind'; restore the official copy.",
        )
    return out


# The named party columns that follow S-CON's first 18 (PROVENANCE.md, "S-CON"): the fourth
# is UKIP to 2017, the Brexit Party in 2019 and Reform UK in 2024.
_PARTY_COLUMNS = [
    "Con",
    "Lab",
    "LD",
    "UKIP",
    "Green",
    "SNP",
    "PC",
    "DUP",
    "SF",
    "SDLP",
    "UUP",
    "APNI",
]
_FOURTH = {"2019": "BRX", "2024": "RUK"}


def _party_columns(
    frame: pd.DataFrame, year: str, election_id: str, source_id: str
) -> pd.DataFrame:
    """The constituency file's own vote column per named party, long form (votes > 0)."""
    codes = list(_PARTY_COLUMNS)
    codes[3] = _FOURTH.get(year, "UKIP")
    parts = []
    for i, code in enumerate(codes):
        col = code if code in frame.columns else f"extra_{len(S_CON) + i}"
        if col not in frame.columns:
            continue
        votes = pd.to_numeric(frame[col].str.replace(",", ""), errors="coerce")
        parts.append(
            pd.DataFrame(
                {
                    "election_id": election_id,
                    "ons_code": frame["ONS ID"],
                    "party_column": code,
                    "votes": votes,
                    "source_id": source_id,
                }
            )
        )
    if not parts:
        return pd.DataFrame(
            columns=["election_id", "ons_code", "party_column", "votes", "source_id"]
        )
    out = pd.concat(parts, ignore_index=True)
    return out[out["votes"] > 0].reset_index(drop=True)


def parse_ge_constituencies(res: Resolved) -> Tables:
    src = res.source
    year = src.params["year"]
    headered = year == "2024"
    frame = read_csv(res.path, name=src.mirror_path, columns=S_CON, header=headered)
    boundary = "2024" if year == "2024" else "2010"
    return {
        "contests": _contests(frame, f"ge{year}", src.mirror_path, src.source_id),
        "constituencies": _constituency_rows(frame, boundary, src.source_id),
        "party_columns": _party_columns(frame, year, f"ge{year}", src.source_id),
    }


def parse_ge_candidates(res: Resolved) -> Tables:
    src = res.source
    year = src.params["year"]
    frame = read_csv(res.path, name=src.mirror_path, columns=S_CAND, header=year == "2024")
    return {"candidacies": _candidacies(frame, f"ge{year}", src.mirror_path, src.source_id)}


def _by_election_ids(frame: pd.DataFrame, date_col: str, name: str) -> pd.Series:
    dates = _dmy(frame[date_col])
    if dates.isna().any():
        i = int(np.flatnonzero(dates.isna().to_numpy())[0])
        raise SchemaError(
            f"expected a date dd/mm/yyyy, found {frame[date_col].iloc[i]!r}.",
            file=name,
            row=int(frame["source_row"].iloc[i]),
            column=date_col,
        )
    names = frame["Constituency name"].map(fix_mojibake).map(slug)
    return "by-" + dates.astype(str) + "-" + names


def parse_by_constituencies(res: Resolved) -> Tables:
    src = res.source
    cols = ["By-election date", "Writ date"] + S_CON
    frame = read_csv(res.path, name=src.mirror_path, columns=cols, header=True)
    ids = _by_election_ids(frame, "By-election date", src.mirror_path)
    contests = _contests(frame, "", src.mirror_path, src.source_id)
    contests["election_id"] = ids.to_numpy()
    parl = int(src.params["parliament"])
    elections = pd.DataFrame(
        {
            "election_id": ids,
            "kind": "by-election",
            "date": _dmy(frame["By-election date"]),
            "boundary_set": "2024" if parl >= 59 else "2010",
            "parliament": parl,
            "title": "By-election: " + frame["Constituency name"].map(fix_mojibake),
            "source_id": src.source_id,
        }
    )
    return {
        "contests": contests,
        "elections": elections,
        "constituencies": _constituency_rows(
            frame, "2024" if parl >= 59 else "2010", src.source_id
        ),
    }


def parse_by_candidates(res: Resolved) -> Tables:
    src = res.source
    cols = ["Election date"] + S_CAND
    frame = read_csv(
        res.path,
        name=src.mirror_path,
        columns=cols,
        header=True,
        header_aliases={"ONS ID2": "ONS ID"},
    )
    cands = _candidacies(frame, "", src.mirror_path, src.source_id)
    cands["election_id"] = _by_election_ids(frame, "Election date", src.mirror_path).to_numpy()
    return {"candidacies": cands}


# Notional 2019: codes in column 11 that map straight onto the candidate files' codes.
_NOTIONAL_CODES = {
    "CONV": "Con",
    "LABV": "Lab",
    "LDV": "LD",
    "GRNV": "Green",
    "BRXV": "BRX",
    "SNPV": "SNP",
    "PCV": "PC",
    "DUPV": "DUP",
    "SFV": "SF",
    "SDLPV": "SDLP",
    "UUPV": "UUP",
    "APNIV": "APNI",
    "UKIPV": "UKIP",
    "IND1V": "Ind",
    "IND2V": "Ind",
    "Commons Speaker": "Spk",
}
# Five Scottish seats whose boundaries were unchanged in 2024 carry their pre-2024 codes in
# the notional file and the overlaps file (PROVENANCE.md); the 2024 results use new codes.
NOTIONAL_SCOTTISH_CODES = {
    "S14000058": "S14000111",
    "S14000006": "S14000107",
    "S14000010": "S14000109",
    "S14000008": "S14000108",
    "S14000040": "S14000110",
}
_NOTIONAL_COLS = [
    "name",
    "short_name",
    "ons_code",
    "seq",
    "region_abbr",
    "country",
    "ctype",
    "turnout_pct",
    "electorate",
    "valid_votes",
    "majority",
    "code",
    "votes",
    "abbr",
    "party_name",
    "mnis_party",
]


def parse_notional2019(res: Resolved) -> Tables:
    src = res.source
    name = src.mirror_path
    frame = read_csv(res.path, name=name, columns=_NOTIONAL_COLS, header=False)
    frame = frame[~frame["code"].isin(["TOTOTHV", "MAXOTHV"])].copy()  # aggregates, not parties
    frame["ons_code"] = frame["ons_code"].replace(NOTIONAL_SCOTTISH_CODES)
    votes = to_number(frame, "votes", name=name)
    mnis = to_number(frame, "mnis_party", name=name, required=False, missing=("", "NA"))
    code = frame["code"].map(_NOTIONAL_CODES)
    # IND1V, IND2V, ... IND6V: the notional independents (from the third on, unnamed: NA)
    independent = frame["code"].str.fullmatch(r"IND\d+V")
    code = code.where(~independent, "Ind")
    frame.loc[independent & frame["party_name"].isin(["", "NA"]), "party_name"] = "Independent"
    cands = _party_rows(
        "notional2019",
        frame,
        frame["ons_code"],
        code=code.fillna("?" + frame["abbr"]),  # '?': resolved at build (assemble.py)
        party_name=frame["party_name"],
        mnis=mnis,
        votes=votes,
        official_share=np.nan,
        source_id=src.source_id,
    )
    seats = frame.drop_duplicates("ons_code")
    electorate = to_number(seats, "electorate", name=name)
    valid = to_number(seats, "valid_votes", name=name)
    contests = _notional_contests(
        "notional2019",
        seats,
        seats["ons_code"],
        electorate=electorate,
        valid=valid,
        majority=to_number(seats, "majority", name=name),
        source_id=src.source_id,
    )
    return {"candidacies": cands, "contests": contests}


def parse_notional2005(res: Resolved) -> Tables:
    src = res.source
    name = src.mirror_path
    cols = [
        "constituency_id",
        "constituency_name",
        "mnis_party_id",
        "mnis_party_name",
        "mnis_party_abbrev",
        "votes",
        "total_votes",
        "electorate",
        "share",
    ]
    frame = read_csv(res.path, name=name, columns=cols, header=True)
    # Votes not attributed to any party are coded NA/NA/NA: an aggregate of other parties
    # and candidates, kept as one row per seat under the code 'Oth' (zero-vote rows dropped).
    other = frame["mnis_party_abbrev"] == "NA"
    frame = frame[~(other & (frame["votes"] == "0"))].copy()
    other = frame["mnis_party_abbrev"] == "NA"
    frame.loc[other, "mnis_party_abbrev"] = "Oth"
    frame.loc[other, "mnis_party_name"] = "Other parties and candidates (notional aggregate)"
    frame.loc[other, "mnis_party_id"] = ""
    cands = _party_rows(
        "notional2005",
        frame,
        frame["constituency_id"],
        code=frame["mnis_party_abbrev"],
        party_name=frame["mnis_party_name"],
        mnis=to_number(frame, "mnis_party_id", name=name, required=False),
        votes=to_number(frame, "votes", name=name),
        official_share=to_number(frame, "share", name=name, kind="float", required=False),
        source_id=src.source_id,
    )
    seats = frame.drop_duplicates("constituency_id")
    valid = to_number(seats, "total_votes", name=name)
    electorate = to_number(seats, "electorate", name=name)
    contests = _notional_contests(
        "notional2005",
        seats,
        seats["constituency_id"],
        electorate=electorate,
        valid=valid,
        majority=pd.array([pd.NA] * len(seats), dtype="Int64"),  # computed at build
        source_id=src.source_id,
    )
    return {"candidacies": cands, "contests": contests}


def _party_rows(
    election_id: str,
    frame: pd.DataFrame,
    ons_code: pd.Series,
    *,
    code: pd.Series,
    party_name: pd.Series,
    mnis: pd.Series,
    votes: pd.Series,
    official_share: object,
    source_id: str,
) -> pd.DataFrame:
    """Candidacy rows for a party-level (notional) file: no names, no members."""
    return pd.DataFrame(
        {
            "election_id": election_id,
            "ons_code": ons_code,
            "given_name": None,
            "family_name": None,
            "gender": None,
            "party_code": code,
            "party_name": party_name,
            "party_mnis_id": mnis,
            "votes": votes,
            "official_share": official_share,
            "official_change": np.nan,
            "sitting_mp": False,
            "former_mp": False,
            "member_id": pd.array([pd.NA] * len(frame), dtype="Int64"),
            "source_id": source_id,
            "source_row": frame["source_row"],
        }
    )


def _notional_contests(
    election_id: str,
    seats: pd.DataFrame,
    ons_code: pd.Series,
    *,
    electorate: pd.Series,
    valid: pd.Series,
    majority: object,
    source_id: str,
) -> pd.DataFrame:
    """Contest rows for a notional file (one per seat; winners are derived at build)."""
    return pd.DataFrame(
        {
            "election_id": election_id,
            "ons_code": ons_code,
            "electorate": electorate,
            "valid_votes": valid,
            "invalid_votes": pd.array([pd.NA] * len(seats), dtype="Int64"),
            "turnout": (valid / electorate).astype("Float64"),
            "majority": majority,
            "winner_party": None,
            "second_party": None,
            "result_text": "Notional",
            "source_id": source_id,
            "source_row": seats["source_row"],
        }
    )
