"""Reading target shares from text (``--shares "Lab=34.7,Con=24.4"``).

Kept apart from :mod:`psephos.models.targets` so that commands can parse options without
loading numpy.
"""

from __future__ import annotations

import re

from psephos.errors import InputError

_PAIR = re.compile(r"^\s*([^=:]+?)\s*[=:]\s*([-+0-9.eE]+)\s*%?\s*$")


def parse_shares(text: str) -> dict[str, float]:
    """``"Lab=34.7, Con=24.4"`` → ``{"Lab": 34.7, "Con": 24.4}`` (percentages; commas
    between parties, each party once)."""
    out: dict[str, float] = {}
    if ";" in text:
        raise InputError(
            f"Cannot read shares '{text}': separate the parties with commas, not ';'.",
            hint='Write them like --shares "Lab=34.7,Con=24.4,LD=12.2".',
        )
    parts = text.strip().rstrip(",").split(",")
    if len(parts) > 1 and any(not p.strip() for p in parts):
        raise InputError(
            f"Cannot read shares '{text}': an empty item between commas.",
            hint='Write them like --shares "Lab=34.7,Con=24.4,LD=12.2".',
        )
    for part in (p for p in parts if p.strip()):
        m = _PAIR.match(part)
        if not m:
            raise InputError(
                f"Cannot read '{part.strip()}' in shares '{text}': expected PARTY=PERCENT.",
                hint='Write them like --shares "Lab=34.7,Con=24.4,LD=12.2".',
            )
        try:
            value = float(m.group(2))
        except ValueError:
            raise InputError(f"'{m.group(2)}' is not a number (in '{part.strip()}').") from None
        if m.group(1) in out:
            raise InputError(
                f"'{m.group(1)}' is named twice in '{text}': give each party once.",
                hint='For example "Lab=34.7,Con=24.4".',
            )
        out[m.group(1)] = value
    if not out:
        raise InputError("No shares given.", hint='Try --shares "Lab=34.7,Con=24.4".')
    return out


def parse_scoped(items: list[str] | tuple[str, ...]) -> dict[str, dict[str, float]]:
    """``["Lab=35,Con=25", "Scotland: SNP=30,Lab=35"]`` → shares per area (default ``GB``)."""
    out: dict[str, dict[str, float]] = {}
    for item in items:
        area, sep, rest = item.partition(":")
        if sep and "=" not in area:
            out.setdefault(area.strip(), {}).update(parse_shares(rest))
        else:
            out.setdefault("GB", {}).update(parse_shares(item))
    return out
