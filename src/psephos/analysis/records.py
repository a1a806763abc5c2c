"""Records across the long series, 1918–2024: a party's seats, share or votes at every
general election in an area, the turnout of an area at every election, and one seat's
winners back to 1918 through its earlier names.

These answer "the lowest share since 1983", "the first time since 1935", "never before" and
"at every election since 1964". The 1918–2005 figures come from the House of Commons
Library's party-level series (CBP-8647, :mod:`psephos.analysis.series`), grouped as
``Con``, ``Lib`` (Liberal, Alliance, Liberal Democrat), ``Lab``, ``Nat`` (SNP and Plaid
Cymru) and ``Oth``; 2010–2024 from the candidate-level results, grouped the same way.

Quirks the functions state rather than hide:

* seat names change (``Cheshire Macclesfield`` → ``Macclesfield``, ``Ynys-Mon`` → ``Ynys
  Môn``): :func:`seat_lineage` matches names after folding accents, ``&``/``and``,
  hyphens, word order, a leading county name and a plural, and says which name it used;
* two-member seats (to 1945) and unopposed returns have no winner in the series;
* ``Oth`` lumps every other party, so a claim about one of them is not decidable here.

References
----------
.. [1] Watson, C. & Uberoi, E. (2020). *UK Election Statistics: 1918–2019, a century of
       elections*. House of Commons Library, CBP-7529 (with data file CBP-8647).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB, _seat_frame, seat_frame
from psephos.analysis.names import fold
from psephos.analysis.series import CANDIDATE_ELECTIONS, GROUP_OF, history_seats, party_series
from psephos.errors import NotFoundError

if TYPE_CHECKING:
    import pandas as pd

#: the series group a party's figures are in, and the one country where that group is
#: the party alone (Nat is the SNP in Scotland and Plaid Cymru in Wales)
SERIES_PARTY: dict[str, tuple[str, str | None]] = {
    "Con": ("Con", None),
    "Lab": ("Lab", None),
    "LD": ("Lib", None),
    "Lib": ("Lib", None),
    "SNP": ("Nat", "Scotland"),
    "PC": ("Nat", "Wales"),
}
MEASURES = ("seats", "share", "votes")
_COUNTY_WORDS = re.compile(
    r"shire$|^(?:middlesex|essex|kent|surrey|sussex|devon|cornwall|norfolk|suffolk|durham|cumberland|westmorland|northumberland|rutland|dorset|somerset|cheshire|glamorgan|monmouth|fife|angus|ayr|lanark|renfrew|dumfries|perth|moray|argyll)$"
)  # noqa: E501


def series_group(party: str, area: str = "UK") -> tuple[str, str]:
    """The series group holding ``party`` and the area where that group is the party
    alone: ``("Nat", "Scotland")`` for the SNP in the UK.

    Raises
    ------
    NotFoundError
        for a party the series counts among others (``Oth``), or a nationalist party
        asked about outside its own country.
    """
    if party not in SERIES_PARTY:
        raise NotFoundError(
            f"The 1918–2019 series counts {party} among others (Oth), so its record cannot "
            "be told apart.",
            hint="Records are kept for Con, Lab, LD (Lib), SNP and PC (Nat).",
        )
    group, only = SERIES_PARTY[party]
    if only is None:
        return group, area
    if area.lower() in ("uk", "gb", "great britain", only.lower()):
        return group, only
    raise NotFoundError(f"The series groups {party} with the other nationalists (Nat) in {area}.")


def party_record(
    party: str, *, measure: str = "share", area: str = "UK", db: DB = None
) -> pd.DataFrame:
    """A party's seats, share or votes at every general election 1918–2024 in ``area``.

    Parameters
    ----------
    party : a party code (``Con``, ``Lab``, ``LD``, ``SNP``, ``PC``).
    measure : ``seats``, ``share`` (of all votes in the area) or ``votes``.
    area : ``UK``, ``GB``, ``England``, ``Scotland``, ``Wales`` or ``Northern Ireland``.

    Returns
    -------
    DataFrame
        election, year, value, level (``party`` for the series, ``candidate`` from 2010),
        group (the series group used) and area (the area used: the SNP's UK seats are the
        Nat seats in Scotland).

    Examples
    --------
    >>> r = party_record("Con", measure="seats")                  # doctest: +SKIP
    >>> r.set_index("election").loc["1997", "value"]              # doctest: +SKIP
    165
    """
    if measure not in MEASURES:
        raise NotFoundError(f"No record measure '{measure}'.", hint="Use seats, share or votes.")
    group, used = series_group(party, area)
    if party in ("SNP", "PC") and measure != "seats" and used.lower() != area.lower():
        raise NotFoundError(
            f"{party}'s {measure} in {area} is not in the series: only its {used} figure is.",
        )
    from psephos.store.connect import connect, memo

    def compute() -> pd.DataFrame:
        s = party_series(area=used, db=db)
        s = s[s["party"] == group]
        out = s[["election", "year", measure, "level"]].rename(columns={measure: "value"})
        return out.assign(group=group, area=used).reset_index(drop=True)

    # once per store, group, measure and area; a shallow copy handed out (copy-on-write)
    key = f"analysis.records.party_record:{group}:{measure}:{used}"
    return memo(connect(db), key, compute).copy(deep=False)


def majority_record(*, db: DB = None) -> pd.DataFrame:
    """The largest party's majority over all other seats (2 x its seats - all seats; the
    Speaker counted among the others, negative in a hung parliament) at every general
    election 1918-2024: election, year, value, party (the series group), level.

    Examples
    --------
    >>> r = majority_record().set_index("election")                # doctest: +SKIP
    >>> int(r.loc["2019", "value"])     # Con 365 of 650: 2 x 365 - 650   # doctest: +SKIP
    80
    """
    from psephos.store.connect import connect, memo

    table = memo(connect(db), "analysis.records.majority_record", lambda: _majority_record(db))
    return table.copy()  # computed once per store; a copy is safe to modify


def _majority_record(db: DB) -> pd.DataFrame:
    import pandas as pd

    s = party_series(area="UK", db=db)
    rows = []
    for (election, year), part in s.groupby(["election", "year"], sort=False):
        total = float(part["seats"].sum() + part["unplaced_seats"].max())
        top = part.sort_values("seats", ascending=False).iloc[0]
        rows.append(
            {
                "election": str(election),
                "year": int(str(year)),
                "value": 2 * float(top["seats"]) - total,
                "party": str(top["party"]),
                "level": str(top["level"]),
            }
        )
    return pd.DataFrame(rows)


def majority_winner_record(*, measure: str = "share", db: DB = None) -> pd.DataFrame:
    """The seats, share or votes of the party that won a Commons majority, at every general
    election 1918-2024 where one did (:func:`majority_record` above zero): election, year,
    value, party (the series group), level. "The lowest share for a party winning a
    majority" compares these."""
    if measure not in MEASURES:
        raise NotFoundError(f"No record measure '{measure}'.", hint="Use seats, share or votes.")
    maj = majority_record(db=db)
    won = maj[maj["value"] > 0]
    s = party_series(area="UK", db=db)
    keyed = s.set_index(["election", "party"])
    values = [
        float(keyed.loc[(e, p), measure])
        for e, p in zip(won["election"], won["party"], strict=True)
    ]
    return won.assign(value=values).reset_index(drop=True)


def turnout_record(*, area: str = "UK", db: DB = None) -> pd.DataFrame:
    """Turnout (votes / electorate, over seats with both) at every general election
    1918–2024 in ``area``: election, year, value, level.

    In the series, votes in two-member seats count each voter twice and unopposed seats
    have no votes; the turnout of those years is approximate. A row whose party columns
    hold fewer votes than its own turnout column says (Northern Ireland in 1997) is read
    at that turnout.

    Computed once per store and area (a copy is returned: safe to modify).
    """
    import pandas as pd

    from psephos.store.connect import connect
    from psephos.store.facts import kept

    countries = _countries(area)
    key = ",".join(countries) if countries else "UK"
    table = kept(
        connect(db),
        f"analysis.records.turnout_record:{key}",
        lambda: _turnout_record(countries, db),
        pd.DataFrame,
    )
    return table.copy()


def _turnout_record(countries: list[str] | None, db: DB) -> pd.DataFrame:
    import pandas as pd

    old = history_seats(db=db)
    old = old[old["level"] == "party"]
    if countries:
        old = old[old["country"].isin(countries)]
    rows = []
    for (election, year), part in old.groupby(["election", "year"], sort=False):
        votes = part[[f"{g}_votes" for g in ("Con", "Lib", "Lab", "Nat", "Oth")]].sum(axis=1)
        # a row whose party columns miss votes the file's own turnout counts (16 Northern
        # Irish rows of 1997) takes the file's turnout; a gap under 2 points is not a miss
        stated = part["turnout"].fillna(0) * part["electorate"].fillna(0)
        short = stated - votes > 0.02 * part["electorate"].fillna(0)
        votes = votes.where(~short, stated)
        ok = (votes > 0) & part["electorate"].notna() & (part["seats"] == 1)
        electorate = float(part.loc[ok, "electorate"].sum())
        rows.append(
            {
                "election": str(election),
                "year": int(str(year)),
                "value": float(votes[ok].sum()) / electorate if electorate else float("nan"),
                "level": "party",
            }
        )
    for eid in CANDIDATE_ELECTIONS:
        seats = seat_frame(eid, db=db)
        if countries:
            seats = seats[seats["country"].isin(countries)]
        rows.append(
            {
                "election": eid.removeprefix("ge"),
                "year": int(eid[2:]),
                "value": float(seats["valid_votes"].sum()) / float(seats["electorate"].sum()),
                "level": "candidate",
            }
        )
    return pd.DataFrame(rows)


def _countries(area: str) -> list[str] | None:
    key = area.strip().lower()
    table = {
        "uk": None,
        "gb": ["England", "Scotland", "Wales"],
        "great britain": ["England", "Scotland", "Wales"],
        "england": ["England"],
        "scotland": ["Scotland"],
        "wales": ["Wales"],
        "northern ireland": ["Northern Ireland"],
    }
    if key not in table:
        raise NotFoundError(
            f"No area '{area}' for the series.",
            hint="Use UK, GB, England, Scotland, Wales or Northern Ireland.",
        )
    return table[key]


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> frozenset[str]:
    """The words of a seat name after folding: accents, case, ``&``/``and``, hyphens,
    commas, ``the`` and a plural ending dropped; order ignored (``Bedfordshire Mid`` =
    ``Mid Bedfordshire``). Cached: :func:`seat_lineage` keys every seat of the series on
    each call."""
    text = fold(name).replace("&", " and ")
    words = re.split(r"[\s,\-–.'’()]+", text)
    out = set()
    for w in words:
        if not w or w in ("the", "and"):
            continue
        out.add(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out)


#: words that qualify a name rather than make it: never a grouping prefix, and never a
#: seat's name alone
_COMPASS = frozenset(
    {"north", "south", "east", "west", "mid", "central", "inner", "outer", "upper", "lower"}
)
_NOT_PREFIX = _COMPASS | {"great", "new", "old", "st", "saint", "the", "city", "isle"}


def _grouping_prefixes(names: Any) -> frozenset[str]:
    """First words the series puts before several seats' names (a county or borough:
    ``Wandsworth Putney``, ``Nottinghamshire Mansfield``, ``Sussex (West) Chichester``):
    a first word shared by at least three distinct names, not a compass word."""
    firsts: dict[str, set[str]] = {}
    for name in set(names):
        words = re.findall(r"[a-z]+", fold(str(name)))
        if len(words) >= 2:
            firsts.setdefault(words[0], set()).add(str(name))
    return frozenset(w for w, ns in firsts.items() if len(ns) >= 3 and w not in _NOT_PREFIX)


def _without_prefix(name: str, prefixes: frozenset[str]) -> frozenset[str] | None:
    """The :func:`name_key` of a series name without its grouping prefix and a bracketed
    qualifier after it (``Sussex (West) Chichester`` -> ``chichester``), or None."""
    m = re.match(r"\s*([A-Za-z]+)\s*(?:\([^)]*\)\s*)?(.+)$", str(name))
    if not m or fold(m.group(1)) not in prefixes:
        return None
    return name_key(m.group(2))


def _name_variants(
    name: str, prefixes: frozenset[str]
) -> tuple[frozenset[str], list[frozenset[str]]]:
    """The :func:`name_key` of a series seat name and the keys :func:`_series_names`
    also files it under: the key less one county word, and the key without the series'
    grouping prefix (empty keys and compass words alone left out)."""
    k = name_key(name)
    variants = {k - {w} for w in k if _COUNTY_WORDS.search(w)}
    rest = _without_prefix(name, prefixes)
    if rest is not None:
        variants.add(rest)
    return k, [v for v in variants if v and not v <= _COMPASS]


def _series_names(
    db: DB,
) -> tuple[pd.DataFrame, dict[frozenset[str], list[int]], dict[frozenset[str], list[int]]]:
    """The series' party-level seat rows with two indexes of their positions, built once
    per store: by :func:`name_key` of the name, and by that key less one county word
    (``Buckinghamshire Wycombe`` under ``wycombe``), so :func:`seat_lineage` looks names up
    instead of keying and comparing 15,000 rows on every call."""
    from psephos.store.connect import connect
    from psephos.store.facts import kept

    def build() -> tuple[
        pd.DataFrame, dict[frozenset[str], list[int]], dict[frozenset[str], list[int]]
    ]:
        old = history_seats(db=db)
        old = old[old["level"] == "party"]
        exact: dict[frozenset[str], list[int]] = {}
        county: dict[frozenset[str], list[int]] = {}
        prefixes = _grouping_prefixes(old["name"])
        # a seat's name recurs at every election it was fought (15,000 rows, about 3,000
        # names): its keys are found once per name (_name_variants), the rows still
        # indexed in order
        keyed: dict[str, tuple[frozenset[str], list[frozenset[str]]]] = {}
        for i, name in enumerate(old["name"]):
            got = keyed.get(name)
            if got is None:
                got = keyed[name] = _name_variants(name, prefixes)
            k, variants = got
            exact.setdefault(k, []).append(i)
            for v in variants:
                county.setdefault(v, []).append(i)
        return old, exact, county

    return kept(connect(db), "analysis.records.series_names", build, tuple)


def _series_rows(names: list[str], db: DB) -> pd.DataFrame:
    """The series' seat rows (every election) whose name matches one of ``names`` as
    :func:`seat_lineage` describes."""
    old, _, _ = _series_names(db)
    return old.iloc[_series_positions(names, db)]


def _series_positions(names: list[str], db: DB) -> list[int]:
    """The positions of :func:`_series_rows`'s rows in the series' party-level rows, in
    order."""
    keys = {name_key(n) for n in names if n}
    # "Great Grimsby" was "Grimsby" until 1983: a leading "Great" is not needed to match
    keys |= {k - {"great"} for k in keys if "great" in k and len(k) > 1}
    _, exact, county = _series_names(db)
    # a series seat matches a wanted key exactly, or is that key plus one county word
    return sorted({i for want in keys for i in (*exact.get(want, ()), *county.get(want, ()))})


def _series_election_keys(db: DB) -> list[str]:
    """The election of each of the series' party-level rows, upper case, by position (once
    per store: a seat's row at one election was found by comparing its every row's)."""
    from psephos.store.connect import connect, memo

    def build() -> list[str]:
        old, _, _ = _series_names(db)
        return list(old["election"].astype(str).str.upper())

    return memo(connect(db), "analysis.records.series_election_keys", build)


def series_seat_row(name: str, election: str, *, db: DB = None) -> tuple[str, dict[str, Any]]:
    """(the series election key, the one series row) of the seat ``name`` at ``election``.

    Raises
    ------
    NotFoundError
        No seat of that name at that election, or several (the name is ambiguous).
    """
    key = series_key(election)
    # the rows of the name at the election, chosen by position before the frame is cut
    # (round 10: the filter of the name's rows per claim was most of a series check)
    want, at = key.upper(), _series_election_keys(db)
    old, _, _ = _series_names(db)
    hit = old.iloc[[i for i in _series_positions([name], db) if at[i] == want]]
    if hit.empty:
        raise NotFoundError(
            f"No seat named '{name}' at the {key} general election in the 1918-2005 series.",
            hint='Seat names of that election are in `psephos sql "SELECT DISTINCT '
            'constituency_name FROM history_1918_2019"`.',
        )
    if len(hit) > 1:
        listed = ", ".join(sorted(map(str, hit["name"])))
        raise NotFoundError(
            f"'{name}' matches {len(hit)} seats at {key}: {listed}.",
            hint="Name the seat as the series does.",
        )
    row = {str(k): v for k, v in hit.iloc[0].to_dict().items()}
    return key, row


def series_seat_result(name: str, election: str, *, db: DB = None) -> dict[str, Any]:
    """One seat's result at a 1918–2005 general election of the party-level series: the
    seat's row of :func:`psephos.analysis.series.history_seats` whose name matches ``name``
    (as :func:`seat_lineage` matches names) at ``election`` (a series key, ``1979``,
    ``1974O``, or a checker id, ``ge1979``).

    Returns
    -------
    dict
        name (as in the file), election, winner and second (series groups), majority (the
        winner's group votes minus the second's), turnout, the group votes ``Con_votes`` …
        ``Oth_votes``, region, country, seats (members returned), placed, source_id, and
        ``exact``: False when the group figures may not be two candidates' votes (the
        winner or the runner-up is ``Oth``, several parties summed, or ``Oth`` polled at
        least the runner-up's group, so an ``Oth`` candidate may have been second).

    Raises
    ------
    NotFoundError
        No seat of that name at that election, or several (the name is ambiguous), or a
        seat with no contest between two groups (unopposed, multi-member, no runner-up).
    """
    import math

    key, row = series_seat_row(name, election, db=db)
    majority = row.get("majority")
    if row.get("second") is None or majority is None or math.isnan(float(majority)):
        raise NotFoundError(
            f"{row['name']} at {key}: no contest between two groups "
            f"({row.get('placed')}, {int(row.get('seats') or 1)} member(s)).",
            hint="Unopposed returns and multi-member seats have no majority in the series.",
        )
    winner, second = str(row["winner"]), str(row["second"])
    oth = float(row.get("Oth_votes") or 0.0)
    row["exact"] = bool("Oth" not in (winner, second) and oth < float(row[f"{second}_votes"]))
    row["majority"] = float(majority)
    return row


def series_seat_table(election: str, *, db: DB = None) -> pd.DataFrame:
    """The contested single-member seats of a 1918–2005 general election of the party-level
    series, one row each: name, country, region, winner, second, majority (first group's
    votes minus the second's), turnout, source_id, ``exact`` (as in
    :func:`series_seat_result`: the group figures are the first two candidates' votes) and
    ``majority_low``/``majority_high``, the range the two leading candidates' gap can have
    (the majority itself when exact; from it to the winner's votes less the best other
    named group's when ``Oth`` is second; 0 to infinity when ``Oth`` won).
    Unopposed returns, multi-member and university seats and rows with no runner-up are left
    out. ``election`` is a series key (``1979``) or a checker id (``ge1979``).

    Computed once per store and election and handed out as a shallow copy (copy-on-write:
    a caller that changes its copy changes nothing for the next)."""
    import pandas as pd

    from psephos.store.connect import connect
    from psephos.store.facts import kept

    key = series_key(election)
    table = kept(
        connect(db),
        f"analysis.records.series_seat_table:{key.upper()}",
        lambda: _series_seat_table(key, db),
        pd.DataFrame,
    )
    return table.copy(deep=False)


def _series_seat_table(key: str, db: DB) -> pd.DataFrame:
    """:func:`series_seat_table` computed (``key`` a series key)."""
    h = history_seats(db=db)
    rows = h[
        (h["election"].astype(str).str.upper() == key.upper())
        & (h["level"] == "party")
        & (h["placed"].astype(str) == "contest")
        & (h["seats"].fillna(1) == 1)
        & h["majority"].notna()
        & h["second"].notna()
    ]
    if rows.empty:
        raise NotFoundError(
            f"No general election '{key}' in the 1918-2005 series.",
            hint="Series elections are 1918 ... 1974F, 1974O ... 2005.",
        )
    second_votes = rows.apply(lambda r: float(r[f"{r['second']}_votes"]), axis=1)
    exact = (
        (rows["winner"] != "Oth")
        & (rows["second"] != "Oth")
        & (rows["Oth_votes"].fillna(0.0) < second_votes)
    )
    out = rows[
        ["name", "country", "region", "winner", "second", "majority", "turnout", "source_id"]
    ].copy()
    out["exact"] = exact.astype(bool)
    # bounds on the two leading candidates' gap where the groups may hide it: with a named
    # winner and Oth (several candidates) second, the real runner-up polled at most Oth's
    # sum and at least the best named group, so the gap is from majority up to the winner's
    # votes minus that group's; an Oth winner may be any of its candidates: no bound
    import numpy as np

    groups = ["Con", "Lib", "Lab", "Nat"]
    win_votes = rows.apply(lambda r: float(r[f"{r['winner']}_votes"]), axis=1)
    best_named = rows.apply(
        lambda r: max(float(r[f"{g}_votes"] or 0.0) for g in groups if g != r["winner"]),
        axis=1,
    )
    oth_won = rows["winner"] == "Oth"
    out["majority_low"] = np.where(
        exact, rows["majority"], np.where(oth_won, 0.0, rows["majority"])
    )
    out["majority_high"] = np.where(
        exact, rows["majority"], np.where(oth_won, np.inf, win_votes - best_named)
    )
    return out.reset_index(drop=True)


def seat_lineage(
    names: list[str], *, codes: list[str] | None = None, db: DB = None
) -> pd.DataFrame:
    """A seat's winners at every general election 1918–2024, by name in the series and by
    ONS code from 2010.

    Parameters
    ----------
    names : the seat's names to look for in the 1918–2005 series (its current name and
        the names of its predecessors); a series seat matches when its folded words
        (:func:`name_key`) equal a name's, or equal them plus one county word
        (``Buckinghamshire Wycombe`` for ``Wycombe``), or plus a grouping prefix the series
        puts before several seats and a bracketed qualifier (``Wandsworth Putney``,
        ``Sussex (West) Chichester``); a leading "Great" may be missing (``Grimsby`` for
        ``Great Grimsby``).
    codes : ONS codes of the seat (and its predecessor) for 2010–2024.

    Returns
    -------
    DataFrame
        election, year, name (as in the file), winner (series group from 1918–2005, or the
        group of the winning party from 2010: ``Lib`` for LD, ``Nat`` for SNP/PC, ``Oth``
        for the rest), party (the winning party code from 2010; the group before), seats
        (1, or 2 for a two-member seat), level, source_id. Elections where no name
        matched are absent; a two-member seat or unopposed return has winner NaN.

    The :data:`LINEAGE_CACHE` most recent lineages are remembered per store and handed out
    as shallow copies (copy-on-write: a caller that changes its copy changes nothing for
    the next).
    """
    import contextlib
    from collections import OrderedDict

    from psephos.store.connect import connect, memo

    cache: OrderedDict[tuple[tuple[str, ...], tuple[str, ...]], pd.DataFrame] = memo(
        connect(db), "analysis.records.seat_lineage", OrderedDict
    )
    key = (tuple(names), tuple(codes or []))
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = _seat_lineage(list(names), list(codes or []), db)
        with contextlib.suppress(KeyError):  # another thread may trim too
            while len(cache) > LINEAGE_CACHE:
                cache.popitem(last=False)
    else:
        with contextlib.suppress(KeyError):
            cache.move_to_end(key)
    return hit.copy(deep=False)


#: how many seat lineages :func:`seat_lineage` keeps per store (the most recently used)
LINEAGE_CACHE = 1024


def _seat_lineage(names: list[str], codes: list[str], db: DB) -> pd.DataFrame:
    """:func:`seat_lineage` computed."""
    import pandas as pd

    from psephos.store.connect import connect

    hit = _series_rows(names, db)
    parts = [
        pd.DataFrame(
            {
                "election": hit["election"].astype(str),
                "year": hit["year"].astype(int),
                "name": hit["name"],
                "winner": hit["winner"],
                "party": hit["winner"],
                "seats": hit["seats"],
                "level": "party",
                "source_id": hit["source_id"],
            }
        )
    ]
    for eid in CANDIDATE_ELECTIONS:
        frame = _seat_frame(connect(db), eid)  # read only: no copy of every seat
        sel = frame[frame["ons_code"].isin(codes or [])]
        if sel.empty:
            continue
        parts.append(
            pd.DataFrame(
                {
                    "election": eid.removeprefix("ge"),
                    "year": int(eid[2:]),
                    "name": sel["name"],
                    "winner": sel["winner"].map(lambda p: GROUP_OF.get(p, "Oth")),
                    "party": sel["winner"],
                    "seats": 1,
                    "level": "candidate",
                    "source_id": sel["source_id"],
                }
            )
        )
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["year", "election"], kind="stable").reset_index(drop=True)


def election_order(*, db: DB = None) -> list[str]:
    """Every general election 1918–2024 in order (``1918`` … ``1974F``, ``1974O`` … ``2024``)."""
    from psephos.analysis.series import history_elections

    return [*history_elections(db=db), *(e.removeprefix("ge") for e in CANDIDATE_ELECTIONS)]


def election_id_of(key: str) -> str:
    """The checker's id of a series election key: ``2005`` -> ``ge2005``, ``1974F`` ->
    ``ge1974feb``, ``1974O`` -> ``ge1974oct`` (the ids of :func:`psephos.claims.when.election_id`)."""
    k = str(key).strip()
    if k.upper() == "1974F":
        return "ge1974feb"
    if k.upper() == "1974O":
        return "ge1974oct"
    return f"ge{k}"


def series_key(election: str) -> str:
    """The inverse of :func:`election_id_of`: ``ge1974feb`` -> ``1974F``, ``ge2005`` -> ``2005``."""
    k = str(election).strip().lower().removeprefix("ge")
    if k.startswith("1974"):
        if k[4:].startswith("f"):
            return "1974F"
        if k[4:].startswith("o"):
            return "1974O"
    return k


def elections_with_total(
    party: str,
    value: float,
    *,
    measure: str = "seats",
    area: str = "UK",
    db: DB = None,
    tolerance: tuple[float, float] | None = None,
) -> list[str]:
    """The general elections 1918-2024 (series keys, in order) at which ``party`` had
    exactly ``value`` seats (or, with ``tolerance`` = (low, high), a share or vote figure
    inside it) in ``area``. A story that says "Labour won 355 seats" and names no year is
    about the one election this returns, if it returns one.

    Examples
    --------
    >>> elections_with_total("Lab", 355)                       # doctest: +SKIP
    ['2005']
    """
    try:
        rec = party_record(party, measure=measure, area=area, db=db)
    except NotFoundError:
        return []
    values = rec["value"].astype(float)
    if tolerance is None:
        hit = (values - float(value)).abs() < 1e-9
    else:
        hit = (values >= tolerance[0]) & (values <= tolerance[1])
    return [str(e) for e in rec.loc[hit, "election"]]


def series_changed_hands(election: str, *, db: DB = None) -> pd.DataFrame:
    """The seats of a 1918–2005 general election of the party-level series against the
    series election before, one row each: name, country, region, winner, prev_winner
    (series groups), changed_hands, and ``comparable``: False where the row cannot say
    whether the seat changed hands (no seat of the same name and boundaries before, a
    winner the series cannot name, a multi-member seat, the Speaker's seat).

    The gains matrix of an election is the comparable rows with ``changed_hands``, by
    ``prev_winner`` and ``winner``. A seat that changed hands at a by-election in between
    looks like a hold (or a gain) here: the series holds general elections only.
    ``election`` is a series key (``1970``) or a checker id (``ge1970``).

    Raises
    ------
    NotFoundError
        No such election in the series.
    """
    from psephos.store.connect import connect, memo

    key = series_key(election)
    # a check asks for an election's table once per claim: made once per store and
    # election, each caller given its own copy (round 10)
    got = memo(
        connect(db), f"analysis.records.changed_hands:{key}", lambda: _changed_hands(key, db)
    )
    return got.copy()


def _changed_hands(key: str, db: DB) -> pd.DataFrame:
    h = history_seats(db=db)
    rows = h[(h["election"].astype(str).str.upper() == key.upper()) & (h["level"] == "party")]
    if rows.empty:
        raise NotFoundError(
            f"No general election '{key}' in the 1918-2005 series.",
            hint="Series elections are 1918 ... 1974F, 1974O ... 2005.",
        )
    comparable = (
        rows["prev_winner"].notna()
        & rows["winner"].notna()
        & rows["party_known"].astype(bool)
        & rows["party_known_prev"].fillna(False).astype(bool)
        & (rows["seats"].fillna(1) == 1)
        & ~rows["speaker_seat"].astype(bool)
    )
    out = rows[["name", "country", "region", "winner", "prev_winner", "changed_hands"]].copy()
    out["changed_hands"] = out["changed_hands"].astype(bool) & comparable
    out["comparable"] = comparable.astype(bool)
    return out.reset_index(drop=True)
