"""Query-string helpers the route modules share."""

from __future__ import annotations


def split_filters(where: str) -> list[str]:
    """The ``KEY OP VALUE`` filters of a ``where`` parameter: ``;``-separated, blanks dropped."""
    return [w.strip() for w in where.split(";") if w.strip()]
