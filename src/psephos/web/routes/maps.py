"""Home page and hex map: ``/``, ``/index.json``, ``/map`` and ``/map.json``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from psephos.jsonable import to_jsonable
from psephos.web.app import get_store
from psephos.web.charts import seat_bar_svg
from psephos.web.colour import OTHER_PARTY
from psephos.web.hexmap import Hex, HexMap, build_map, load_hexes
from psephos.web.mapdata import (
    MAP_ELECTIONS,
    MAX_METRIC,
    census_categories,
    map_metric,
    result_lines,
)
from psephos.web.respond import here, json_bytes, json_response, page
from psephos.web.store import WebStore


def party_colours(store: WebStore) -> dict[str, str]:
    from psephos.web.routes.seat import party_colours as colours

    return colours(store)


router = APIRouter()
Metric = Annotated[
    str,
    Query(
        max_length=MAX_METRIC,
        description=(
            "What colours the hexes: winner, or any seat metric (majority, "
            "majority_share, turnout, share:Lab, change:Lab, swing:Con-Lab, census:Muslim)."
        ),
    ),
]
Election = Annotated[str, Query(max_length=40, description="ge2024 or notional2019")]

PARTY_CHOICES = ("Lab", "Con", "LD", "RUK", "Green", "SNP", "PC")
SWINGS = (("Con", "Lab"), ("Lab", "RUK"), ("Con", "RUK"), ("Con", "LD"), ("Lab", "Green"))


def hex_map(store: WebStore, metric: str, election: str) -> HexMap:
    """The coloured map, cached per store build (weighed by its JSON encoding)."""

    def make() -> HexMap:
        m = store.call(map_metric, metric, election=election)
        return build_map(m, hexes(store), seat_facts(store, election))

    return store.cached(("map", metric.strip(), election), make, size=map_size)


def map_size(m: HexMap) -> int:
    """A map's weight in the cache: its JSON encoding and its SVG."""
    return len(json_bytes(m.to_dict())) + len(m.svg())


def hexes(store: WebStore) -> list[Hex]:
    """The 650 hexes of the 2024 layout (once per build)."""
    from psephos.store.connect import connect

    return store.fixed(("hexes",), lambda: load_hexes(connect(store.path)))


def seat_facts(store: WebStore, election: str) -> dict[str, str]:
    """Per seat: winner, second and majority in words, for the map's tooltips."""
    if election not in MAP_ELECTIONS:
        return {}
    return store.fixed(("seat_facts", election), lambda: store.call(result_lines, election))


def map_svg(store: WebStore, metric: str, election: str) -> str:
    return hex_map(store, metric, election).svg()


def metric_choices(store: WebStore) -> list[tuple[str, str]]:
    def make() -> list[tuple[str, str]]:
        out = [
            ("winner", "Winning party"),
            ("majority", "Majority (votes)"),
            ("majority_share", "Majority (% of votes)"),
            ("turnout", "Turnout"),
        ]
        out += [(f"share:{p}", f"Share: {p}") for p in PARTY_CHOICES]
        out += [(f"change:{p}", f"Change in share vs 2019 notional: {p}") for p in PARTY_CHOICES]
        out += [(f"swing:{a}-{b}", f"Butler swing {a} to {b}") for a, b in SWINGS]
        out += [(f"census:{c}", f"Census: {c}") for c in store.call(census_categories)]
        return out

    return store.fixed(("metric_choices",), make)


@router.get("/map.json", tags=["map"], summary="The hex map's values, colours and legend")
def map_json(
    request: Request, metric: Metric = "winner", election: Election = "ge2024"
) -> Response:
    return json_response(hex_map(get_store(request), metric, election).to_dict())


@router.get("/map", include_in_schema=False)
def map_page(
    request: Request, metric: Metric = "winner", election: Election = "ge2024"
) -> Response:
    store = get_store(request)
    m = hex_map(store, metric, election)
    return page(
        request,
        "map.html",
        title=m.title,
        map=m,
        svg=map_svg(store, metric, election),
        choices=metric_choices(store),
        metric=metric,
        election=election,
        json_url=here(request, "/map.json"),
        source_ids=m.source_ids,
    )


def national_summary(store: WebStore) -> dict[str, Any]:
    """``psephos summary --json`` for 2024 (UK, GB and countries), cached per build."""
    from psephos.analysis.summary import summary

    return store.fixed(("summary",), lambda: to_jsonable(store.call(summary).to_dict()))


@router.get("/index.json", tags=["map"], summary="The home page: national summary and map")
def index_json(request: Request) -> Response:
    store = get_store(request)
    return json_response(
        {"summary": national_summary(store), "map": hex_map(store, "winner", "ge2024")}
    )


@router.get("/", include_in_schema=False)
def home(request: Request, metric: Metric = "winner") -> Response:
    store = get_store(request)
    m = hex_map(store, metric, "ge2024")
    summ = national_summary(store)
    uk = [
        r
        for r in summ["parties"]
        if r["area"] == "UK" and (r["seats"] or (r["share"] or 0) >= 0.01)
    ]
    colours = party_colours(store)
    bar = seat_bar_svg(
        [(r["party_code"], r["seats"], colours.get(r["party_code"], OTHER_PARTY)) for r in uk],
        title="Seats won in 2024",
    )
    return page(
        request,
        "home.html",
        bar=bar,
        summary=summ,
        uk=uk,
        title="psephos: UK general election 2024",
        map=m,
        svg=map_svg(store, metric, "ge2024"),
        choices=metric_choices(store),
        metric=metric,
        election="ge2024",
        json_url="/index.json",
        source_ids=sorted(set(m.source_ids) | {"notional2019", "ge2024-candidates"}),
    )
