"""Seat-level metrics by name, and filters that choose a set of seats (the universe).

A metric is a string:

=========================  ==========================================================
``majority``               votes of first − votes of second
``majority_share``         majority / valid votes (fraction)
``turnout``                valid votes / electorate
``electorate``, ``valid_votes``, ``winner_share``, ``second_share``, ``candidates``
``share:P``                party P's share of valid votes (independents summed as ``Ind``)
``votes:P``                party P's votes
``prev_share:P``           P's share in the comparison election (notional 2019 for 2024)
``change:P``               share:P − prev_share:P (Reform UK against the Brexit Party)
``swing:A-B``              Butler swing from A to B vs the comparison election
``steed:A-B``              Steed (two-party) swing from A to B
``census:CAT``             census summary measure (``census:Muslim``; fraction 0–1)
``census:TOPIC/CAT``       ONS Census 2021 topic share (``census:religion/Muslim``; E&W)
``census:GROUP``           a composite group (:data:`CENSUS_GROUPS`: ``Age65plus``,
                           ``Degree``, ``NoQuals``, ``BadHealth``, ``SocialRent``, ``PrivateRent``,
                           ``Owned``, ``BornAbroad``): the ONS topic counts summed (England and Wales),
                           else the summary file's categories summed (Scotland)
``CAT``                    shorthand for ``census:CAT`` when it names a summary measure
=========================  ==========================================================

A filter ``top N by METRIC`` (``bottom N by METRIC``; or ``top N by METRIC (least)``) keeps
the N seats with the highest (lowest) value among the seats that pass the area filters
(``country``, ``region``) and the filters written before it; ties at the Nth value are all
kept.

A filter is ``KEY OP VALUE`` with OP one of ``= != < <= > >=``. Keys ``country``,
``region``, ``winner``, ``second`` (or ``runner_up``), ``previous_winner``, ``standing``,
``not_standing``, ``changed_hands`` (``yes``: the winner differs from the comparison
election's, as ``psephos gains`` counts) and ``name`` compare text (``country=England,Wales`` matches either;
``country=GB`` is England, Scotland and Wales); any metric compares numbers, and a value
ending in ``%`` is divided by 100 (``census:Muslim>=20%``).
"""

from __future__ import annotations

import contextlib
import math
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from psephos._suggest import suggest
from psephos.analysis.frame import (
    DB,
    Election,
    _seat_frame,
    census_categories,
    census_frame,
    predecessor_map,
    resolve_election,
    seat_frame,
)
from psephos.analysis.parties import party_code
from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect, memo

if TYPE_CHECKING:
    import pandas as pd

Where = str | Sequence[str] | Mapping[str, str] | None

BASE = {
    "majority": ("Majority (votes)", "votes"),
    "majority_share": ("Majority (share of valid votes)", "share"),
    "turnout": ("Turnout (valid votes / electorate)", "share"),
    "electorate": ("Electorate", "count"),
    "valid_votes": ("Valid votes", "count"),
    "winner_share": ("Winner's share", "share"),
    "second_share": ("Runner-up's share", "share"),
    "candidates": ("Candidates", "count"),
}
ALIASES = {
    "majority_pct": "majority_share",
    "margin": "majority_share",
    "runner_up_share": "second_share",
}
PARTY_KINDS = ("share", "votes", "prev_share", "change")
PAIR_KINDS = ("swing", "steed")
TEXT_KEYS = {
    "country": "country",
    "region": "region",
    "winner": "winner",
    "second": "second",
    "runner_up": "second",
    "runner-up": "second",
    "previous_winner": "previous_winner",
    "prev_winner": "previous_winner",
    "name": "name",
    "standing": "standing",
    "not_standing": "not_standing",
    "changed_hands": "changed_hands",
    # the area columns again, but NOT area keys: applied in order, after a "top N by"
    # filter written before them ("three of the five largest majorities were in London")
    "seat_region": "region",
    "seat_country": "country",
}
PARTY_KEYS = {"winner", "second", "previous_winner", "standing", "not_standing"}
_TOP = re.compile(
    r"^\s*(?P<end>top|bottom)\s+(?P<n>\d+)\s+by\s+(?P<metric>\S+)"
    r"(?:\s*\((?P<order>most|least|highest|lowest)\))?\s*$",
    re.IGNORECASE,
)
AREA_KEYS = ("country", "region")

#: Census groups made of several categories: (label, ONS topic, category prefixes in that
#: topic, summary-file categories). England and Wales take the topic's counts (exact);
#: seats without the topic (Scotland) take the summary file's rounded shares summed.
CENSUS_GROUPS: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "Age65plus": (
        "Aged 65 and over",
        "age",
        ("Aged 65 to", "Aged 70 to", "Aged 75 to", "Aged 80 to", "Aged 85"),
        ("Age65to69", "Age70to74", "Age75to79", "Age80to84", "Age85plus"),
    ),
    "Degree": (
        "Level 4 qualifications or above (degree or equivalent), residents 16+",
        "quals",
        ("Level 4",),
        ("QualLevel4",),
    ),
    "NoQuals": ("No qualifications, residents 16+", "quals", ("No qualifications",), ("QualNone",)),
    "BadHealth": (
        "Residents in bad or very bad health",
        "health",
        ("Bad health", "Very bad health"),
        ("HealthBad", "HealthVeryBad"),
    ),
    "SocialRent": (
        "Households renting socially (council or housing association)",
        "tenure",
        ("Social rented",),
        ("HouseSocialLA", "HouseSocialOther"),
    ),
    "PrivateRent": (
        "Households renting privately",
        "tenure",
        ("Private rented",),
        ("HousePrivateLandlord", "HousePrivateOther"),
    ),
    "Owned": (
        "Households owning their home (outright or with a mortgage)",
        "tenure",
        ("Owned",),
        ("HouseOutright", "HouseMortgage"),
    ),
    "BornAbroad": (
        "Residents born outside the UK",
        "birth",
        (
            "Africa",
            "Antarctica",
            "Europe: Ireland",
            "Europe: Other Europe",
            "Middle East",
            "The Americas",
        ),
        (
            "BornAfrica",
            "BornAmericasAndCaribbean",
            "BornIreland",
            "BornMiddleEastAndAsia",
            "BornOceania",
            "BornOtherEurope",
        ),
    ),
}
_FILTER = re.compile(r"^\s*(?P<key>[^<>=!]+?)\s*(?P<op>>=|<=|!=|==|=|<|>)\s*(?P<value>.+?)\s*$")
GB = ("England", "Scotland", "Wales")


@dataclass(frozen=True)
class Metric:
    """A parsed metric: its canonical ``key``, a human ``label`` and ``unit`` (``share``,
    ``points``, ``votes`` or ``count``)."""

    key: str
    label: str
    unit: str

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "label": self.label, "unit": self.unit}


def parse_metric(metric: str, *, db: DB = None) -> Metric:
    """Parse a metric string (see the module docstring); raise NotFoundError if unknown."""
    # remembered per store (a Metric is immutable; an unknown metric is parsed again to
    # raise): a census metric reads the store's categories, ~2 ms a parse, and the claim
    # checker parses the same few metrics for every ranking it asks for
    lowered = metric.strip().lower()
    if ALIASES.get(lowered, lowered) in BASE:
        return _parse_metric(metric, db)  # no store needed
    parsed: dict[str, Metric] = memo(connect(db), "analysis.metrics.parsed", dict)
    hit = parsed.get(metric)
    if hit is None:
        hit = _parse_metric(metric, db)
        if len(parsed) >= PARSED_KEPT:
            parsed.clear()
        parsed[metric] = hit
    return hit


#: parsed metrics kept per store (the web app parses what users type: bounded)
PARSED_KEPT = 4096


def _parse_metric(metric: str, db: DB) -> Metric:
    text = metric.strip()
    key = ALIASES.get(text.lower(), text.lower())
    if key in BASE:
        return Metric(key, *BASE[key])
    kind, sep, arg = text.partition(":")
    kind = kind.strip().lower()
    if sep and kind in PARTY_KINDS:
        p = party_code(arg, db=db)
        label = {
            "share": f"{p} share",
            "votes": f"{p} votes",
            "prev_share": f"{p} share in the comparison election",
            "change": f"Change in {p} share",
        }[kind]
        unit = {"share": "share", "votes": "votes", "prev_share": "share", "change": "points"}[kind]
        return Metric(f"{kind}:{p}", label, unit)
    if sep and kind in PAIR_KINDS:
        from psephos.analysis.seat_swing import parse_pair

        a, b = (party_code(x, db=db) for x in parse_pair(arg))
        name = "Butler swing" if kind == "swing" else "Steed swing"
        return Metric(f"{kind}:{a}-{b}", f"{name} from {a} to {b}", "points")
    if sep and kind == "census":
        return _census_metric(arg.strip(), db)
    if not sep:
        try:
            return _census_metric(text, db, strict=True)
        except NotFoundError:
            pass
    close = _metric_suggestions(text, db)
    lead = ("Did you mean: " + ", ".join(close) + "? ") if close else ""
    raise NotFoundError(
        f"No metric '{metric}'.",
        suggestions=close,
        hint=lead + "Metrics: " + ", ".join(BASE) + ", share:P, votes:P, "
        "change:P, swing:A-B, steed:A-B, census:CATEGORY (docs/analysis.md).",
    )


def metric_values(
    metric: str | Metric, *, election: str | int = "ge2024", db: DB = None
) -> pd.Series:
    """The metric for every seat of ``election``: a float Series indexed by ons_code
    (NaN where the seat has no value, e.g. census measures in Northern Ireland); a copy,
    safe to modify (each metric is computed once per store and election)."""
    m = metric if isinstance(metric, Metric) else parse_metric(metric, db=db)
    eid = resolve_election(election, db=db).election_id
    values = memo(
        connect(db), f"analysis.metrics.values:{eid}:{m.key}", lambda: _metric_values(m, eid, db)
    )
    return values.copy()


def _metric_values(m: Metric, election: str, db: DB) -> pd.Series:
    import pandas as pd

    base = seat_frame(election, db=db).set_index("ons_code")
    if m.key in BASE:
        return base[m.key].astype(float).rename(m.key)
    kind, _, arg = m.key.partition(":")
    if kind in ("share", "votes"):
        from psephos.analysis.frame import party_votes

        pv = party_votes(election, db=db)
        if not (pv["party_code"] == arg).any():
            _not_standing(arg, election, db)
        col: pd.Series = pv[pv["party_code"] == arg].set_index("ons_code")[kind]
        return col.reindex(base.index).fillna(0.0).astype(float).rename(m.key)
    if kind in ("prev_share", "change"):
        from psephos.analysis.seat_swing import check_stood, previous_shares, share_table

        check_stood((arg,), election=election, db=db)
        prev = previous_shares(election, db=db)
        before = prev[arg] if arg in prev else pd.Series(0.0, index=prev.index)
        before = before.reindex(base.index).astype(float)
        if kind == "prev_share":
            return before.rename(m.key)
        now = share_table(election, db=db)
        after = now[arg] if arg in now else pd.Series(0.0, index=now.index)
        return (after.reindex(base.index).fillna(0.0) - before).rename(m.key)
    if kind in PAIR_KINDS:
        from psephos.analysis.seat_swing import seat_swing

        a, b = arg.split("-", 1)
        which = "butler" if kind == "swing" else "steed"
        sw: pd.Series = seat_swing(a, b, election=election, db=db).set_index("ons_code")[which]
        return sw.reindex(base.index).astype(float).rename(m.key)
    if kind == "census":
        topic, _, cat = arg.rpartition("/")
        if not topic and cat in CENSUS_GROUPS:
            return _census_group(cat, db).reindex(base.index).astype(float).rename(m.key)
        wide = census_frame(topic or "summary", db=db)
        return wide[cat].reindex(base.index).astype(float).rename(m.key)
    raise NotFoundError(f"No metric '{m.key}'.")  # pragma: no cover - parse_metric guards


def _not_standing(code: str, election: str | int, db: DB) -> None:
    from psephos.analysis.frame import party_votes

    el = resolve_election(election, db=db)
    lineage = predecessor_map(db=db)
    stood = set(party_votes(el.election_id, db=db)["party_code"])
    hint = "Choose a party that stood (see `psephos summary`)."
    if lineage.get(code) in stood:
        hint = f"{code} stood as {lineage[code]} (its former name) then: try {lineage[code]}."
    for new, old in lineage.items():
        if old == code and new in stood:
            hint = f"{code} was renamed {new}: try {new}."
    raise NotFoundError(
        f"{code} did not stand at {el.title}, so it has no share or votes there.", hint=hint
    )


def apply_filters(
    where: Where, *, election: str | int = "ge2024", db: DB = None
) -> tuple[pd.DataFrame, str]:
    """The seats of ``election`` that pass every filter, and the universe in words
    (e.g. ``"575 seats in England and Wales (General election 2024)"``); the frame is a
    copy, safe to modify. The rows kept by the same filters are remembered per store and
    election (:data:`FILTER_CACHE` of them, the most recently used)."""
    el = resolve_election(election, db=db)
    rows, universe = filter_rows(where, election=el.election_id, db=db)
    frame = _seat_frame(connect(db), el.election_id)  # take copies: safe to modify
    return frame.take(rows).reset_index(drop=True), universe


def filter_rows(where: Where, *, election: str | int = "ge2024", db: DB = None) -> tuple[Any, str]:
    """:func:`apply_filters` as the row numbers of the seats kept in the election's seat
    frame (:func:`~psephos.analysis.frame.seat_frame`'s order, ascending; a numpy array,
    not to be modified) and the universe, without copying any seat: for callers that read
    a few columns of the seats (:func:`psephos.analysis.rank.rank`)."""
    el = resolve_election(election, db=db)
    cache: OrderedDict[tuple[str, str], tuple[Any, str]] = memo(
        connect(db), "analysis.metrics.filters", OrderedDict
    )
    key = (el.election_id, repr(_where_key(where)))
    hit = cache.get(key)
    if hit is not None:
        with contextlib.suppress(KeyError):  # another thread may trim too
            cache.move_to_end(key)
        return hit  # type: ignore[no-any-return]
    frame, universe = _apply_filters(where, el, db)
    rows = frame.index.to_numpy()
    rows.flags.writeable = False
    cache[key] = (rows, universe)
    with contextlib.suppress(KeyError):
        while len(cache) > FILTER_CACHE:
            cache.popitem(last=False)
    return rows, universe


#: how many filter results :func:`apply_filters` keeps per store (row numbers only)
FILTER_CACHE = 4096


def _where_key(where: Where) -> object:
    """``where`` as a hashable value that determines its conditions."""
    if where is None or isinstance(where, str):
        return where
    if isinstance(where, Mapping):
        return ("mapping", tuple((str(k), str(v)) for k, v in where.items()))
    return tuple(str(w) for w in where)


def _apply_filters(where: Where, el: Election, db: DB) -> tuple[pd.DataFrame, str]:
    import numpy as np

    base = _seat_frame(connect(db), el.election_id)  # read only; the rows kept are taken
    rows = np.arange(len(base))  # the seats kept so far, as row numbers of ``base``
    conds = _conditions(where)
    # area filters first: a "top N by" filter ranks within the area whatever the order
    conds = [c for c in conds if c[0].lower() in AREA_KEYS and c[1] != "top"] + [
        c for c in conds if not (c[0].lower() in AREA_KEYS and c[1] != "top")
    ]
    areas: list[str] = []
    words: list[str] = []
    for key, op, value in conds:
        if op == "top":
            kept = _top(base.take(rows), key, value, el.election_id, db)
            rows = base.index.get_indexer(kept.index)
            words.append(f"{'top' if value == 'most' else 'bottom'} {key}")
            continue
        # every other condition keeps or drops each seat on its own row: its mask over
        # all the election's seats is found once and read for the seats kept so far
        mask, text = _condition(key, op, value, el.election_id, db)
        rows = rows[mask[rows]]
        if key.lower() in ("country", "region") and op in ("=", "=="):
            areas.append(text)
        else:
            words.append(f"{key} {op} {value}")
    area = " and ".join(areas) if areas else "the UK"
    if not areas and el.boundary_set:
        area = "the UK"
    frame = base.take(rows)
    noun = "seat" if len(frame) == 1 else "seats"
    universe = f"{len(frame)} {noun} in {area}"
    if words:
        universe += " where " + " and ".join(words)
    return frame, f"{universe} ({el.title})"


def _condition(key: str, op: str, value: str, eid: str, db: DB) -> tuple[Any, str]:
    """The seats of ``eid`` that pass one filter condition (not ``top``), as a boolean
    mask over the election's seat frame (read only), and its words: :func:`_apply_one` on
    every seat, remembered per store (:data:`FILTER_CACHE` of them, the most recent)."""
    import numpy as np

    cache: OrderedDict[tuple[str, str, str, str], tuple[Any, str]] = memo(
        connect(db), "analysis.metrics.conditions", OrderedDict
    )
    k = (eid, key, op, value)
    hit = cache.get(k)
    if hit is not None:
        with contextlib.suppress(KeyError):  # another thread may trim too
            cache.move_to_end(k)
        return hit
    base = _seat_frame(connect(db), eid)
    kept, text = _apply_one(base, key, op, value, eid, db)
    mask = np.zeros(len(base), dtype=bool)
    mask[base.index.get_indexer(kept.index)] = True
    mask.flags.writeable = False
    cache[k] = (mask, text)
    with contextlib.suppress(KeyError):
        while len(cache) > FILTER_CACHE:
            cache.popitem(last=False)
    return mask, text


# Bounds on user filters (docs/analysis.md): far above any real use, small enough that a
# pasted document is refused at once.
MAX_FILTERS = 50
MAX_FILTER_CHARS = 2_000


def _conditions(where: Where) -> list[tuple[str, str, str]]:
    if where is None:
        return []
    if isinstance(where, Mapping):
        return [(str(k), "=", str(v)) for k, v in where.items()]
    items = [where] if isinstance(where, str) else list(where)
    size = sum(len(str(i)) for i in items)
    if size > MAX_FILTER_CHARS or len(items) > MAX_FILTERS:
        raise InputError(
            f"The filters are too long ({len(items)} filters, {size:,} characters); the "
            f"limits are {MAX_FILTERS} filters and {MAX_FILTER_CHARS:,} characters.",
            hint="Use fewer, shorter filters, e.g. country=England,Wales.",
        )
    parts: list[str] = []
    for item in items:
        for piece in re.split(r";", item):
            chunks = [c for c in re.split(r"\s+and\s+", piece, flags=re.IGNORECASE) if c.strip()]
            # "region=Yorkshire and The Humber": an "and" inside a value (the next chunk is
            # not a filter of its own) stays part of that value
            for i, c in enumerate(chunks):
                if i and not (_TOP.match(c) or _FILTER.match(c)):
                    parts[-1] += " and " + c
                else:
                    parts.append(c)
    out = []
    for part in parts:
        top = _TOP.match(part)
        if top:
            order = (top["order"] or "").lower()
            low = order in ("least", "lowest") or (top["end"].lower() == "bottom" and not order)
            out.append((f"{top['n']} by {top['metric']}", "top", "least" if low else "most"))
            continue
        match = _FILTER.match(part)
        if not match:
            raise InputError(
                f"The filter '{part}' is not KEY OP VALUE.",
                hint="For example: country=England, second=Ind, census:Muslim>=20%, majority<1000.",
            )
        out.append((match["key"].strip(), match["op"], match["value"].strip()))
    return out


def _apply_one(
    frame: pd.DataFrame, key: str, op: str, value: str, eid: str, db: DB
) -> tuple[pd.DataFrame, str]:
    col = TEXT_KEYS.get(key.lower())
    if col is not None:
        if op not in ("=", "==", "!="):
            raise InputError(
                f"The filter '{key}{op}{value}' compares text with '{op}'.",
                hint=f"Use {key}=VALUE or {key}!=VALUE.",
            )
        values = [v.strip() for v in value.split(",") if v.strip()]
        if not values:
            raise InputError(f"The filter '{key}{op}{value}' has no value.", hint=f"e.g. {key}=X")
        if col in PARTY_KEYS:
            values = [party_code(v, db=db) for v in values]
        if col in ("country", "region", "name"):
            _check_known(key, col, values, _seat_frame(connect(db), eid))  # read only
        mask = _text_mask(frame, col, values, eid, db)
        keep = ~mask if op == "!=" else mask
        return frame[keep.to_numpy()], " and ".join(_area_names(values))
    metric = parse_metric(key, db=db)
    number = _number(value)
    series = metric_values(metric, election=eid, db=db).reindex(frame["ons_code"])
    ops = {
        "=": series == number,
        "==": series == number,
        "!=": series != number,
        "<": series < number,
        "<=": series <= number,
        ">": series > number,
        ">=": series >= number,
    }
    return frame[ops[op].to_numpy()], value


def _top(frame: pd.DataFrame, key: str, order: str, eid: str, db: DB) -> pd.DataFrame:
    """The seats of ``frame`` among the N highest (``order`` most) or lowest by a metric;
    ``key`` is "N by METRIC". Seats without a value drop out; ties at the Nth are kept."""
    n_text, _, metric_text = key.partition(" by ")
    n = int(n_text)
    if n < 1:
        raise InputError(f"The filter 'top {key}' keeps no seat.", hint="e.g. top 10 by turnout")
    metric = parse_metric(metric_text, db=db)
    values = metric_values(metric, election=eid, db=db).reindex(frame["ons_code"]).round(9)
    ranked = values.dropna().sort_values(ascending=order != "most")
    if ranked.empty:
        return frame.iloc[0:0]
    cut = ranked.iloc[min(n, len(ranked)) - 1]
    keep = values >= cut if order == "most" else values <= cut
    return frame[keep.fillna(False).to_numpy()]


def _check_known(key: str, col: str, values: list[str], seats: pd.DataFrame) -> None:
    """NotFoundError for a country, region or seat name that no seat has (a filter that
    matches nothing by a typo would otherwise give an empty answer and exit code 0)."""
    known = sorted({str(v) for v in seats[col].dropna()})
    lowered = {k.lower() for k in known} | ({"gb", "uk"} if col == "country" else set())
    for v in values:
        if v.lower() not in lowered:
            from psephos._suggest import suggest

            raise NotFoundError(
                f"No seat has {key} '{v}'.",
                suggestions=suggest(v, known),
                hint=None if suggest(v, known) else f"Known values: {', '.join(known[:12])}.",
            )


def _text_mask(frame: pd.DataFrame, col: str, values: list[str], eid: str, db: DB) -> pd.Series:
    if col in ("standing", "not_standing"):
        from psephos.analysis.frame import party_votes

        pv = party_votes(eid, db=db)
        stood = set(pv.loc[pv["party_code"].isin(values), "ons_code"])
        mask = frame["ons_code"].isin(stood)
        return ~mask if col == "not_standing" else mask
    if col == "changed_hands":
        flags = {v.lower() for v in values}
        if not flags <= {"yes", "no", "true", "false"}:
            raise InputError(
                f"The filter 'changed_hands={','.join(values)}' takes yes or no.",
                hint="e.g. changed_hands=yes (gains) or changed_hands=no (holds).",
            )
        el = resolve_election(eid, db=db)
        if el.previous is None:
            raise InputError(f"{el.title} has no comparison election for changed_hands.")
        prev = seat_frame(el.previous, db=db).set_index("ons_code")["winner"]
        renames = {old: new for new, old in predecessor_map(db=db).items()}
        moved = frame["ons_code"].map(prev.replace(renames)) != frame["winner"]
        if flags <= {"yes", "true"}:
            return moved
        if flags <= {"no", "false"}:
            return ~moved
        return moved | ~moved
    if col == "previous_winner":
        el = resolve_election(eid, db=db)
        if el.previous is None:
            raise InputError(f"{el.title} has no comparison election for previous_winner.")
        prev = seat_frame(el.previous, db=db).set_index("ons_code")["winner"]
        renames = {old: new for new, old in predecessor_map(db=db).items()}
        return frame["ons_code"].map(prev.replace(renames)).isin(values)
    if col == "country":
        expanded: list[str] = []
        for v in values:
            expanded += (
                list(GB)
                if v.upper() == "GB"
                else (list(GB) + ["Northern Ireland"] if v.upper() == "UK" else [v])
            )
        values = expanded
    lowered = {v.lower() for v in values}
    return frame[col].fillna("").str.lower().isin(lowered)


def _area_names(values: list[str]) -> list[str]:
    return [
        "Great Britain" if v.upper() == "GB" else "the UK" if v.upper() == "UK" else v
        for v in values
    ]


def _number(value: str) -> float:
    text = value.replace(",", "").strip()
    scale = 1.0
    if text.endswith("%"):
        text, scale = text[:-1], 0.01
    try:
        number = float(text) * scale
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise InputError(
            f"'{value}' is not a finite number.",
            hint="Metric filters compare numbers, e.g. majority<1000 or census:Muslim>=20%.",
        )
    return number


def _census_group(name: str, db: DB) -> pd.Series:
    """A composite census group's share per 2024 seat (:data:`CENSUS_GROUPS`)."""
    _, topic, prefixes, parts = CENSUS_GROUPS[name]
    summary = census_frame("summary", db=db)
    out = summary[[c for c in parts if c in summary.columns]].sum(axis=1, min_count=1)
    if topic in census_categories(db=db):
        wide = census_frame(topic, db=db)
        cols = [c for c in wide.columns if str(c).startswith(prefixes)]
        exact = wide[cols].sum(axis=1, min_count=1)
        out = exact.combine_first(out)
    return out.astype(float)


def _census_metric(arg: str, db: DB, *, strict: bool = False) -> Metric:
    cats = census_categories(db=db)
    topic, _, cat = arg.rpartition("/")
    groups = {g.lower(): g for g in CENSUS_GROUPS}
    if not topic and cat.lower() in groups:
        name = groups[cat.lower()]
        return Metric(f"census:{name}", f"{CENSUS_GROUPS[name][0]} (Census 2021/22)", "share")
    topic = topic or "summary"
    if topic not in cats:
        raise NotFoundError(f"No census topic '{topic}'.", suggestions=suggest(topic, list(cats)))
    by_lower = {c.lower(): c for c in cats[topic]}
    lowered = cat.lower().removeprefix("c21")
    if lowered in by_lower:
        real = by_lower[lowered]
        unit = "count" if real in ("Population", "PopulationDensity") else "share"
        src = "Census 2021/22 summary" if topic == "summary" else f"Census 2021 {topic}"
        key = f"census:{real}" if topic == "summary" else f"census:{topic}/{real}"
        return Metric(key, f"{real} ({src})", unit)
    if strict:
        raise NotFoundError(f"No census measure '{arg}'.")
    raise NotFoundError(
        f"No census measure '{cat}' in topic '{topic}'.", suggestions=suggest(cat, cats[topic])
    )


def _metric_suggestions(text: str, db: DB) -> list[str]:
    pool = list(BASE) + [f"census:{c}" for c in census_categories(db=db).get("summary", [])]
    return suggest(text, pool)
