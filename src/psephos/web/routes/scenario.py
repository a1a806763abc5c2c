"""The scenario explorer: ``/scenario`` and ``/scenario.json`` over :func:`psephos.models.project`.

Shares, model, base, tactical options and Monte Carlo draws come from the query string;
the JSON twin is the ``psephos project --json`` shape. Projections are cached per store
build, and Monte Carlo is capped at :data:`MAX_SIMS` draws so one request stays bounded.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from psephos.errors import InputError
from psephos.web.app import get_store
from psephos.web.hexmap import build_map
from psephos.web.mapdata import MapMetric, universe_text
from psephos.web.respond import json_response, page
from psephos.web.routes.maps import load_hexes_locked
from psephos.web.routes.seat import party_colours
from psephos.web.store import WebStore

router = APIRouter()
MAX_SIMS = 2000
MODELS = ("uns", "proportional", "transition", "stm")
BASES = ("ge2024", "notional2019")
EXAMPLE = "Lab=30,Con=25,RUK=20,LD=12,Green=7"

Shares = Annotated[
    str,
    Query(
        max_length=300,
        description="GB shares in percent, e.g. Lab=30,Con=25,RUK=20; "
        "add an area with 'Scotland: SNP=30' after a '|'.",
    ),
]
Model = Annotated[str, Query(max_length=20, description="uns, proportional, transition or stm")]
Base = Annotated[str, Query(max_length=20, description="ge2024 or notional2019")]
Tactical = Annotated[
    str, Query(max_length=200, description="FROM->AGAINST=PERCENT, comma-separated")
]
Sims = Annotated[int, Query(ge=0, le=MAX_SIMS, description="Monte Carlo draws (0 for none)")]
Seed = Annotated[int, Query(ge=0, le=2**31 - 1, description="Seed for the draws")]


def run(
    store: WebStore, shares: str, model: str, base: str, tactical: str, sims: int, seed: int
) -> dict[str, Any]:
    """The projection's ``to_dict()`` for these inputs (cached per store build)."""
    from psephos.models.targets import parse_scoped

    if model not in MODELS:
        raise InputError(f"Unknown model '{model}': expected one of {', '.join(MODELS)}.")
    if base not in BASES:
        raise InputError(f"Unknown base '{base}': expected one of {', '.join(BASES)}.")
    targets = parse_scoped([s for s in shares.split("|") if s.strip()])
    tactics = [t.strip() for t in tactical.split(",") if t.strip()]
    key = ("scenario", shares.strip(), model, base, tuple(tactics), sims, seed)
    return store.cached(key, lambda: _project(store, targets, model, base, tactics, sims, seed))


def _project(
    store: WebStore, targets: Any, model: str, base: str, tactics: list[str], sims: int, seed: int
) -> dict[str, Any]:
    from psephos.models.project import project

    with store.lock:  # the whole projection (and its to_dict) on the shared connection
        proj = store.call(
            project,
            targets,
            model=model,
            base=base,
            tactical=tactics,
            sims=sims,
            seed=seed,
            workers=1,
        )
        result: dict[str, Any] = proj.to_dict()
    return result


def projected_map(store: WebStore, result: dict[str, Any], colours: dict[str, str]) -> Any:
    values = {s["ons_code"]: s["winner"] for s in result["seats"]}
    metric = MapMetric(
        "projected_winner",
        "Projected winner",
        "party",
        "",
        values,
        universe_text(len(values)),
        ["hexmap-2024"],
        colours,
        {k: k for k in colours},
    )
    hexes = store.cached(("hexes",), lambda: load_hexes_locked(store))
    return build_map(metric, hexes)


@dataclass(frozen=True)
class ScenarioQuery:
    """A scenario's query parameters, read once for the page and its JSON twin."""

    shares: str
    model: str
    base: str
    tactical: str
    sims: int
    seed: int

    def run(self, store: WebStore) -> dict[str, Any]:
        return run(store, self.shares, self.model, self.base, self.tactical, self.sims, self.seed)


#: As a parameter's default, this reads to FastAPI as no default: the parameter is required.
REQUIRED: Any = inspect.Parameter.empty


def scenario_query(default_shares: str) -> Callable[..., ScenarioQuery]:
    """The dependency that reads a :class:`ScenarioQuery`; ``shares`` defaults to
    ``default_shares`` (:data:`REQUIRED`: no default, as the JSON twin wants)."""

    def read(
        shares: Shares = default_shares,
        model: Model = "uns",
        base: Base = "ge2024",
        tactical: Tactical = "",
        sims: Sims = 0,
        seed: Seed = 1,
    ) -> ScenarioQuery:
        return ScenarioQuery(shares, model, base, tactical, sims, seed)

    return read


JsonQuery = Annotated[ScenarioQuery, Depends(scenario_query(REQUIRED))]
PageQuery = Annotated[ScenarioQuery, Depends(scenario_query(""))]


@router.get(
    "/scenario.json",
    tags=["models"],
    summary="Project national shares onto seats: the shape of `psephos project --json`",
)
async def scenario_json(request: Request, query: JsonQuery) -> Response:
    body = await run_in_threadpool(query.run, get_store(request))
    return json_response(body)


@router.get("/scenario", include_in_schema=False)
def scenario_page(request: Request, query: PageQuery) -> Response:
    store = get_store(request)
    result = None
    svg = hmap = None
    if query.shares.strip():
        result = query.run(store)
        hmap = projected_map(store, result, party_colours(store))
        svg = hmap.svg()
    close = []
    if result and result["simulation"]:
        close = sorted(
            (s for s in result["seats"] if s["win_probability"]),
            key=lambda s: max(s["win_probability"].values()),
        )[:20]
    return page(
        request,
        "scenario.html",
        title="Scenario",
        result=result,
        map=hmap,
        svg=svg,
        **asdict(query),
        models=MODELS,
        bases=BASES,
        example=EXAMPLE,
        close=close,
        max_sims=MAX_SIMS,
        json_url=request.url.replace(path="/scenario.json") if result else None,
    )
