"""Official sources: the registry, resolution (mirror, cache, download) and parsers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from psephos.sources.registry import REGISTRY, Source, get_source
from psephos.sources.resolve import Resolved, resolve, sha256_file

if TYPE_CHECKING:  # pandas is imported by the parsers, not here: the registry, resolution
    import pandas as pd  # and `make run`'s preflight need only the standard library

Parser = Callable[[Resolved], "dict[str, pd.DataFrame]"]


def parser_for(src: Source) -> Parser:
    """The parser function named by a registry entry."""
    from psephos.sources import census, reference, results

    table: dict[str, Parser] = {
        "ge_constituencies": results.parse_ge_constituencies,
        "ge_candidates": results.parse_ge_candidates,
        "by_constituencies": results.parse_by_constituencies,
        "by_candidates": results.parse_by_candidates,
        "notional2019": results.parse_notional2019,
        "notional2005": results.parse_notional2005,
        "overlaps": reference.parse_overlaps,
        "general_elections": reference.parse_general_elections,
        "parliaments": reference.parse_parliaments,
        "party_registrations": reference.parse_party_registrations,
        "maiden_speeches": reference.parse_maiden_speeches,
        "history_1918_2019": reference.parse_history_1918_2019,
        "hexjson": reference.parse_hexjson,
        "census_summary": census.parse_census_summary,
        "census_counts": census.parse_census_counts,
        "imd": census.parse_imd,
        "ukparl_codes": census.parse_ukparl_codes,
    }
    return table[src.parser]


__all__ = ["REGISTRY", "Resolved", "Source", "get_source", "parser_for", "resolve", "sha256_file"]
