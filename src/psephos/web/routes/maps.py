"""Home page and hex map: ``/``, ``/index.json``, ``/map`` and ``/map.json``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from psephos.jsonable import to_jsonable
from psephos.web.app import get_store
from psephos.web.hexmap import HexMap, build_map, load_hexes
from psephos.web.mapdata import MAX_METRIC, census_categories, map_metric
from psephos.web.respond import json_bytes, json_response, page
from psephos.web.store import WebStore

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
    """The coloured map, cached per store build."""

    def make() -> HexMap:
        m = store.call(map_metric, metric, election=election)
        hexes = store.cached(("hexes",), lambda: load_hexes_locked(store))
        return build_map(m, hexes)

    return store.cached(("map", metric.strip(), election), make)


def load_hexes_locked(store: WebStore) -> Any:
    from psephos.store.connect import connect

    with store.lock:
        return load_hexes(connect(store.path))


def map_svg(store: WebStore, metric: str, election: str) -> str:
    return store.cached(
        ("svg", metric.strip(), election), lambda: hex_map(store, metric, election).svg()
    )


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

    return store.cached(("metric_choices",), make)


@router.get("/map.json", tags=["map"], summary="The hex map's values, colours and legend")
def map_json(
    request: Request, metric: Metric = "winner", election: Election = "ge2024"
) -> Response:
    store = get_store(request)
    return json_response(
        store.cached(
            ("map.json", metric.strip(), election),
            lambda: hex_map(store, metric, election).to_dict(),
        )
    )


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
        json_url=request.url.replace(path="/map.json"),
        source_ids=m.source_ids,
    )


def national_summary(store: WebStore) -> dict[str, Any]:
    """``psephos summary --json`` for 2024 (UK, GB and countries), cached per build."""
    from psephos.analysis.summary import summary

    return store.cached(("summary",), lambda: to_jsonable(store.call(summary).to_dict()))


@router.get("/index.json", tags=["map"], summary="The home page: national summary and map")
def index_json(request: Request) -> Response:
    store = get_store(request)
    return json_response(
        store.cached(
            ("index.json",),
            lambda: json_bytes(
                {"summary": national_summary(store), "map": hex_map(store, "winner", "ge2024")}
            ),
        )
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
    return page(
        request,
        "home.html",
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
