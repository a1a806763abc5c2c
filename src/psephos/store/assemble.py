"""Turn the parsers' per-file frames into the canonical store tables.

Pure pandas: takes ``{table: [frames]}`` and returns ``{table: frame}``. This is where
rows from different files meet: party codes are made canonical, shares and ranks are
computed with the project's definitions (share = votes / valid votes), notional winners
are derived, and the elections, constituencies and parties tables are put together.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import numpy as np
import pandas as pd

from psephos.sources.corrections import correction_rows, speaker_rows

# Colours for the parties that win seats; every other party is drawn grey.
PARTY_COLOURS = {
    "Con": "#0087DC",
    "Lab": "#E4003B",
    "LD": "#FAA61A",
    "SNP": "#FDF38E",
    "Green": "#02A95B",
    "RUK": "#12B6CF",
    "BRX": "#12B6CF",
    "UKIP": "#6D3177",
    "PC": "#005B54",
    "DUP": "#D46A4C",
    "SF": "#326760",
    "SDLP": "#2AA82C",
    "UUP": "#48A5EE",
    "APNI": "#F6CB2F",
    "TUV": "#0C3A6A",
    "Spk": "#909090",
    "Ind": "#DDDDDD",
    "Res": "#46801C",
    "TIG": "#222221",
    "IGC": "#222221",
}
SHORT_NAMES = {
    "Con": "Conservative",
    "Lab": "Labour",
    "LD": "Liberal Democrat",
    "SNP": "SNP",
    "Green": "Green",
    "RUK": "Reform UK",
    "BRX": "Brexit Party",
    "UKIP": "UKIP",
    "PC": "Plaid Cymru",
    "DUP": "DUP",
    "SF": "Sinn Féin",
    "SDLP": "SDLP",
    "UUP": "UUP",
    "APNI": "Alliance",
    "TUV": "TUV",
    "Spk": "Speaker",
    "Ind": "Independent",
    "UCUNF": "UCUNF (Conservative and UUP joint candidates)",
}
# Joint tickets the candidate files code as independents (see joint_candidates).
JOINT_NAMES = {"UCUNF": "Ulster Conservatives and Unionists – New Force"}
# A party's predecessor under another code: change calculations link them and say so.
LINEAGE = {"RUK": "BRX", "UCUNF": "UUP"}

GE_YEARS = ("2010", "2015", "2017", "2019", "2024")
NOTIONAL_2005_DATE = dt.date(2005, 5, 5)


def _concat(frames: dict[str, list[pd.DataFrame]], table: str) -> pd.DataFrame:
    parts = [f for f in frames.get(table, []) if len(f)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def _party_key(name: str) -> str:
    """A party name folded for comparison: accents, case, 'the' and 'party' dropped."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", " ", folded).split()
    return " ".join(w for w in words if w not in ("the", "party"))


def canonical_party_codes(cands: pd.DataFrame) -> pd.Series:
    """Resolve notional rows' provisional '?abbr' codes to the candidate files' codes.

    The notional file's MNIS party ids are not always right (Advance Together carries
    TUSC's id 157), and a party's code changes over time (People Before Profit: PBP, then
    PBPA). So a notional party takes, in order: the code of the 2019 candidates with the
    same id and a similar name; the code of 2019 candidates with the same or a closely
    similar name (token-set similarity ≥ 90, one party only); the most recent code used
    with the same id and a similar name; else its own abbreviation.
    """
    from rapidfuzz import fuzz

    real = cands[
        ~cands["party_code"].str.startswith("?") & cands["election_id"].str.startswith("ge")
    ]
    latest = real.sort_values("election_id", ascending=False).drop_duplicates(
        ["party_mnis_id", "party_code"]
    )
    by_id: dict[int, list[tuple[str, str, str]]] = {}
    for code, name, mnis, election in zip(
        latest["party_code"],
        latest["party_name"],
        latest["party_mnis_id"],
        latest["election_id"],
        strict=True,
    ):
        if pd.notna(mnis):
            by_id.setdefault(int(mnis), []).append((election, code, _party_key(name)))
    by_name_2019 = {
        _party_key(n): c
        for n, c, e in zip(real["party_name"], real["party_code"], real["election_id"], strict=True)
        if e == "ge2019"
    }

    def resolve(abbr: str, name: str, mnis: object) -> str:
        key = _party_key(name)
        same_id = by_id.get(int(mnis), []) if pd.notna(mnis) else []  # type: ignore[call-overload]
        similar = [(e, c) for e, c, k in same_id if fuzz.token_set_ratio(key, k) >= 60]
        for election, code in similar:
            if election == "ge2019":
                return code
        if key in by_name_2019:
            return by_name_2019[key]
        # "The Yorkshire Party (was Yorkshire First)" ~ "The Yorkshire Party" (Yrks),
        # "People Before Profit" ~ "People Before Profit Alliance" (PBPA)
        # only when exactly one 2019 party is that close ("Socialist Party" is as close to
        # Socialist Labour as to Socialist Equality: ambiguous, so the id decides instead)
        close = {c for k, c in by_name_2019.items() if fuzz.token_set_ratio(key, k) >= 90}
        if len(close) == 1:
            return close.pop()
        if similar:
            return max(similar)[1]
        return abbr

    codes = cands["party_code"].copy()
    pending = codes.str.startswith("?")
    if pending.any():
        rows = cands.loc[pending]
        codes.loc[pending] = [
            resolve(code[1:], name, mnis)
            for code, name, mnis in zip(
                rows["party_code"], rows["party_name"], rows["party_mnis_id"], strict=True
            )
        ]
    return codes


def assemble(frames: dict[str, list[pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    contests = _concat(frames, "contests")
    cands = _concat(frames, "candidacies")
    cands["party_code"] = canonical_party_codes(cands)
    joint_candidates(cands, contests, _concat(frames, "party_columns"))

    contests["official_valid_votes"] = contests["valid_votes"]
    _trust_candidate_totals(contests, cands)
    # Lookups tolerate duplicated rows here: validation reports them with their line numbers.
    unique = contests.drop_duplicates(["election_id", "ons_code"])
    valid = unique.set_index(["election_id", "ons_code"])["valid_votes"]
    key = pd.MultiIndex.from_frame(cands[["election_id", "ons_code"]])
    cands["share"] = cands["votes"].to_numpy(dtype=float) / valid.reindex(key).to_numpy(dtype=float)
    cands["rank"] = (
        cands.groupby(["election_id", "ons_code"])["votes"]
        .rank(method="min", ascending=False)
        .astype("Int64")
    )
    cands["elected"] = cands["rank"] == 1
    cands = cands.sort_values(
        ["election_id", "ons_code", "rank", "family_name"], kind="stable", na_position="last"
    ).reset_index(drop=True)

    # Winner and runner-up of notional contests come from their party rows.
    firsts = cands[cands["rank"] == 1].drop_duplicates(["election_id", "ons_code"])
    seconds = cands[cands["rank"] == 2].drop_duplicates(["election_id", "ons_code"])
    for col, part in (("winner_party", firsts), ("second_party", seconds)):
        lookup = part.set_index(["election_id", "ons_code"])["party_code"]
        lookup = lookup[~lookup.index.duplicated()]
        derived = lookup.reindex(pd.MultiIndex.from_frame(contests[["election_id", "ons_code"]]))
        contests[col] = contests[col].where(
            contests[col].notna() & (contests[col] != ""), derived.to_numpy()
        )

    # majority = votes of first − votes of second (docs/store.md); the file's own figure is
    # kept as official_majority (they differ only where data_notes says so)
    tops = (
        cands.sort_values("votes", ascending=False, kind="stable")
        .groupby(["election_id", "ons_code"])["votes"]
        .agg(lambda v: int(v.iloc[0]) - (int(v.iloc[1]) if len(v) > 1 else 0))
    )
    key = pd.MultiIndex.from_frame(contests[["election_id", "ons_code"]])
    gaps = tops[~tops.index.duplicated()].reindex(key).to_numpy()
    contests["official_majority"] = contests["majority"]
    contests["majority"] = pd.array(gaps, dtype="Int64")

    elections = _elections(frames)
    constituencies = _constituencies(frames)
    registrations = _concat(frames, "party_registrations")
    parties = _parties(cands, renamed_parties(cands, registrations, elections))
    deprivation = _deprivation(frames)
    census = _concat(frames, "census")
    census["count"] = census["count"].astype("Float64")
    census["share"] = census["share"].astype("Float64")
    out = {
        "elections": elections,
        "constituencies": constituencies,
        "contests": contests,
        "candidacies": cands,
        "parties": parties,
        "boundary_overlaps": _concat(frames, "boundary_overlaps"),
        "party_columns": _concat(frames, "party_columns"),
        "census": census,
        "census_summary": _concat(frames, "census_summary"),
        "deprivation": deprivation,
        "hexes": _concat(frames, "hexes"),
        "history_1918_2019": _concat(frames, "history_1918_2019"),
        "history_corrections": pd.DataFrame(correction_rows()),
        "speakers": pd.DataFrame(speaker_rows()),
        "maiden_speeches": _concat(frames, "maiden_speeches"),
        "party_registrations": _concat(frames, "party_registrations"),
        "parliaments": _concat(frames, "parliaments"),
    }
    return out


def joint_candidates(cands: pd.DataFrame, contests: pd.DataFrame, columns: pd.DataFrame) -> None:
    """Recode, in place, joint-ticket candidates that the candidate file lists as
    independents.

    In 2010 the Ulster Conservatives and Unionists – New Force (UCUNF) candidates are coded
    ``Ind`` in the candidate file, while the constituency file counts their votes in its UUP
    column and names them ``UCUNF`` where they came first or second. The rule, for every
    general election: a constituency file's named party column with votes that no candidate
    of that party has, matched by exactly one ``Ind`` candidate with exactly those votes, is
    that candidate's party. The code is the label the constituency file uses for a party
    no candidate carries in that election and country (``UCUNF``), else the column's party.
    The candidate file's own label stays in ``official_party_code``.
    """
    cands["official_party_code"] = cands["party_code"]
    if columns.empty or contests.empty:
        return
    ge = cands["election_id"].str.startswith("ge")
    carried = cands.loc[ge].groupby("election_id")["party_code"].agg(set).to_dict()
    labels: dict[tuple[str, str], set[str]] = {}
    country = cands.loc[ge, ["ons_code"]].assign(c=lambda d: d["ons_code"].str[0]).drop_duplicates()
    first_letter = dict(zip(country["ons_code"], country["c"], strict=True))
    for eid, code, first, second in zip(
        contests["election_id"].astype(str),
        contests["ons_code"].astype(str),
        contests["winner_party"],
        contests["second_party"],
        strict=True,
    ):
        for label in (first, second):
            if isinstance(label, str) and label and label not in carried.get(eid, set()):
                key = (eid, first_letter.get(code, code[:1]))
                labels.setdefault(key, set()).add(label)
    stood = set(zip(cands["election_id"], cands["ons_code"], cands["party_code"], strict=True))
    for eid, code, column, votes in zip(
        columns["election_id"].astype(str),
        columns["ons_code"].astype(str),
        columns["party_column"].astype(str),
        columns["votes"].astype(float),
        strict=True,
    ):
        if (eid, code, column) in stood:
            continue
        match = (
            (cands["election_id"] == eid)
            & (cands["ons_code"] == code)
            & (cands["party_code"] == "Ind")
            & (cands["votes"] == int(votes))
        )
        if int(match.sum()) != 1:
            continue
        named = labels.get((eid, code[:1]), set())
        party = next(iter(named)) if len(named) == 1 else column
        cands.loc[match, "party_code"] = party
        cands.loc[match, "party_name"] = JOINT_NAMES.get(party, party)
        cands.loc[match, "party_mnis_id"] = pd.NA


def _trust_candidate_totals(contests: pd.DataFrame, cands: pd.DataFrame) -> None:
    """By-elections whose constituency row's valid votes disagree with the candidate rows,
    while the candidate rows' own published shares are votes / their total: the total is
    the right denominator (Sheffield Brightside and Hillsborough 2016: 22,581 in the
    constituency row, 23,481 in the candidate rows, whose shares use 23,481). The file's
    figure stays in ``official_valid_votes`` and ``data_notes`` says so. General elections
    are never adjusted: there a mismatch fails validation."""
    by = cands[cands["election_id"].str.startswith("by-")]
    if by.empty:
        return
    group = ["election_id", "ons_code"]
    totals = by.groupby(group)["votes"].transform("sum").to_numpy(dtype=float)
    err = by["official_share"].to_numpy(dtype=float) - by["votes"].to_numpy(dtype=float) / totals
    per_seat = (
        by.assign(_total=totals, _err=np.abs(err))
        .groupby(group)
        .agg(total=("_total", "first"), worst=("_err", "max"))
    )
    key = pd.MultiIndex.from_frame(contests[group])
    seat = per_seat.reindex(key)
    total = seat["total"].to_numpy(dtype=float)
    consistent = (seat["worst"] < 5e-6).to_numpy(dtype=bool)  # NaN (no shares) -> False
    valid = contests["valid_votes"].to_numpy(dtype=float)
    fix = consistent & ~np.isnan(total) & (total != valid)
    if fix.any():
        contests.loc[fix, "valid_votes"] = total[fix].astype("int64")
        contests["turnout"] = (contests["valid_votes"] / contests["electorate"]).astype("Float64")


def _elections(frames: dict[str, list[pd.DataFrame]]) -> pd.DataFrame:
    dates = _concat(frames, "general_election_dates")
    real = dates[~dates["is_notional"]].sort_values("date")
    rows = []
    parl = {"2010": 55, "2015": 56, "2017": 57, "2019": 58, "2024": 59}
    for date, src in zip(real["date"], real["source_id"], strict=True):
        year = str(date.year)
        rows.append(
            {
                "election_id": f"ge{year}",
                "kind": "general",
                "date": date,
                "boundary_set": "2024" if year == "2024" else "2010",
                "parliament": parl.get(year),
                "title": f"General election {year}",
                "source_id": src,
            }
        )
    notional = dates[dates["is_notional"]]
    if len(notional):
        rows.append(
            {
                "election_id": "notional2019",
                "kind": "notional",
                "date": notional["date"].iloc[0],
                "boundary_set": "2024",
                "parliament": 58,
                "title": "Notional 2019 result on the 2024 boundaries",
                "source_id": "notional2019",
            }
        )
    rows.append(
        {
            "election_id": "notional2005",
            "kind": "notional",
            "date": NOTIONAL_2005_DATE,
            "boundary_set": "2010",
            "parliament": 54,
            "title": "Notional 2005 result on the 2010 boundaries",
            "source_id": "notional2005",
        }
    )
    out = pd.concat([pd.DataFrame(rows), _concat(frames, "elections")], ignore_index=True)
    out["parliament"] = out["parliament"].astype("Int64")
    return out.sort_values(["date", "election_id"]).reset_index(drop=True)


def _constituencies(frames: dict[str, list[pd.DataFrame]]) -> pd.DataFrame:
    all_rows = _concat(frames, "constituencies")
    # Later files first: the 2019 file names the 2010-set seats as they were last known.
    order = {f"ge{y}-constituencies": i for i, y in enumerate(reversed(GE_YEARS))}
    all_rows["_order"] = all_rows["source_id"].map(order).fillna(99)
    out = (
        all_rows.sort_values("_order")
        .drop_duplicates(["ons_code", "boundary_set"])
        .drop(columns="_order")
        .sort_values(["boundary_set", "ons_code"])
    )
    return out.reset_index(drop=True)


def renamed_parties(
    cands: pd.DataFrame, registrations: pd.DataFrame, elections: pd.DataFrame
) -> dict[str, str]:
    """Party code -> the code it stood under before a change of name.

    The registrations file lists one row per MNIS party id with its Electoral Commission
    registration; two MNIS ids sharing one registration are one party under two names
    (Young People's Party -> Shared Ground, The Brexit Party -> Reform UK). When the
    candidate files use a different code for each, the code last used earlier is the
    predecessor of the one used later; two codes that stood at the same general election
    are different parties (regional labels of one registration) and are not linked.
    :data:`LINEAGE` adds any link the file lacks.
    """
    if registrations.empty or "ec_party_id" not in registrations:
        return dict(LINEAGE)
    dates = dict(zip(elections["election_id"], elections["date"], strict=True))
    used = cands[cands["party_mnis_id"].notna()].assign(date=lambda d: d["election_id"].map(dates))
    spans = used.groupby("party_code").agg(
        first=("date", "min"), last=("date", "max"), mnis=("party_mnis_id", "first")
    )
    generals = used[used["election_id"].str.startswith("ge")]
    ge_sets = generals.groupby("party_code")["election_id"].agg(set).to_dict()
    code_of = used.drop_duplicates("party_mnis_id").set_index("party_mnis_id")["party_code"]
    out: dict[str, str] = {}
    first = {str(k): v for k, v in spans["first"].items()}
    last = {str(k): v for k, v in spans["last"].items()}
    regs = registrations.dropna(subset=["ec_party_id", "mnis_party_id"])
    for _, group in regs.groupby("ec_party_id"):
        codes = {str(code_of[int(m)]) for m in group["mnis_party_id"] if int(m) in code_of}
        if len(codes) != 2:
            continue
        old, new = sorted(codes, key=lambda c: (last[c], first[c]))
        if ge_sets.get(old, set()) & ge_sets.get(new, set()):
            continue  # stood side by side: not a rename
        if first[old] > first[new]:
            continue
        out[new] = old
    return {**out, **LINEAGE}


def _parties(cands: pd.DataFrame, lineage: dict[str, str] | None = None) -> pd.DataFrame:
    real = cands[cands["election_id"].str.startswith(("ge", "by-"))]
    latest = (
        real.sort_values("election_id")
        .groupby("party_code")
        .agg(
            name=("party_name", lambda s: s.iloc[-1]),
            mnis_id=("party_mnis_id", lambda s: s.dropna().iloc[-1] if s.notna().any() else pd.NA),
            candidates=("party_name", "size"),
        )
    )
    extra = (
        cands[~cands["party_code"].isin(latest.index)]
        .groupby("party_code")
        .agg(name=("party_name", "first"), candidates=("party_name", "size"))
    )
    parties = pd.concat([latest, extra]).reset_index()
    parties["short_name"] = parties["party_code"].map(SHORT_NAMES).fillna(parties["name"])
    parties["colour"] = parties["party_code"].map(PARTY_COLOURS).fillna("#AAAAAA")
    parties["predecessor"] = parties["party_code"].map(lineage or LINEAGE)
    parties["mnis_id"] = parties["mnis_id"].astype("Int64")
    return parties[
        ["party_code", "name", "short_name", "colour", "predecessor", "mnis_id", "candidates"]
    ]


def _deprivation(frames: dict[str, list[pd.DataFrame]]) -> pd.DataFrame:
    raw = _concat(frames, "deprivation_raw")
    codes = _concat(frames, "ukparl_codes")
    if raw.empty or codes.empty:
        return pd.DataFrame()
    out = raw.merge(codes[["short_code", "ons_code"]], on="short_code", how="left")
    cols = ["ons_code"] + [c for c in out.columns if c != "ons_code"]
    return out[cols].assign(
        ons_code=lambda d: d["ons_code"].astype(object).where(d["ons_code"].notna(), np.nan)
    )
