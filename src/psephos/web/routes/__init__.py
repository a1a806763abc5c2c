"""The app's routes, one module per page; each HTML page has a ``.json`` twin."""

from __future__ import annotations

from fastapi import APIRouter

from psephos.web.routes import check, maps, rank, relate, scenario, seat, sources

ROUTERS: list[APIRouter] = [
    maps.router,
    seat.router,
    sources.router,
    scenario.router,
    rank.router,
    check.router,
    relate.router,
]
#: (href, label) of the main navigation, in order.
NAV: list[tuple[str, str]] = [
    ("/", "Map"),
    ("/search", "Search"),
    ("/rank", "Rankings"),
    ("/relate", "Relationships"),
    ("/scenario", "Scenario"),
    ("/check", "Claim checker"),
    ("/sources", "Sources"),
]
