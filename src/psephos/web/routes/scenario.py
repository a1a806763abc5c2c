"""The scenario explorer: ``/scenario`` and ``/scenario.json`` over :func:`psephos.models.project`.

Shares, model, base, tactical options and Monte Carlo draws come from the query string;
the JSON twin is the ``psephos project --json`` shape. Projections are cached per store
build, and Monte Carlo is capped at :data:`MAX_SIMS` draws so one request stays bounded.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from psephos.errors import InputError
from psephos.web.app import get_store
from psephos.web.charts import seat_bar_svg
from psephos.web.colour import OTHER_PARTY
from psephos.web.encoded import Encoded
from psephos.web.hexmap import build_map
from psephos.web.mapdata import MapMetric, universe_text
from psephos.web.respond import here, json_bytes, json_response, page
from psephos.web.routes.maps import hexes
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


def scenario_key(
    shares: str, model: str, base: str, tactical: str, sims: int, seed: int
) -> tuple[Any, ...]:
    """The cache key of a projection (validating the choices first)."""
    if model not in MODELS:
        raise InputError(f"Unknown model '{model[:20]}': expected one of {', '.join(MODELS)}.")
    if base not in BASES:
        raise InputError(f"Unknown base '{base[:20]}': expected one of {', '.join(BASES)}.")
    tactics = tuple(t.strip() for t in tactical.split(",") if t.strip())
    # the seed only matters with draws: without them every seed gives the same result
    return ("scenario", shares.strip(), model, base, tactics, sims, seed if sims else 0)


def project_json(
    db: str,
    shares: str,
    model: str,
    base: str,
    tactics: tuple[str, ...],
    sims: int,
    seed: int,
) -> bytes:
    """``psephos project --json`` bytes for these inputs: a heavy job (:class:`Jobs`),
    module-level so that it can run in a worker process."""
    from psephos.models.project import project
    from psephos.models.targets import parse_scoped

    targets = parse_scoped([s for s in shares.split("|") if s.strip()])
    proj = project(
        targets,
        model=model,
        base=base,
        tactical=list(tactics),
        sims=sims,
        seed=seed,
        workers=1,
        db=db,
    )
    return json_bytes(proj.to_dict())


def projected_map(store: WebStore, result: dict[str, Any], colours: dict[str, str]) -> Any:
    values = {s["ons_code"]: s["winner"] for s in result["seats"]}
    details = {s["ons_code"]: projected_detail(s) for s in result["seats"]}
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
    return build_map(metric, hexes(store), details)


def projected_detail(seat: dict[str, Any]) -> str:
    """ "Lab 38.1%, Con 30.2%: majority 7.9 pts" for a projected seat's tooltip."""
    cands = sorted(seat.get("candidates") or [], key=lambda c: -(c.get("share") or 0))
    top = ", ".join(f"{c['party']} {100 * (c.get('share') or 0):.1f}%" for c in cands[:2])
    if seat.get("majority") is None:
        return top
    return f"{top}: majority {100 * float(seat['majority']):.1f} pts"


@dataclass(frozen=True)
class ScenarioQuery:
    """A scenario's query parameters, read once for the page and its JSON twin."""

    shares: str
    model: str
    base: str
    tactical: str
    sims: int
    seed: int

    async def run(self, store: WebStore) -> Encoded:
        """The projection's JSON bytes: cached per build, computed once however many ask."""
        key = scenario_key(self.shares, self.model, self.base, self.tactical, self.sims, self.seed)
        _, shares, model, base, tactics, sims, seed = key
        return await store.heavy(
            key, project_json, store.path, shares, model, base, tactics, sims, seed
        )


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
    return json_response(await query.run(get_store(request)))


@router.get("/scenario", include_in_schema=False)
async def scenario_page(request: Request, query: PageQuery) -> Response:
    store = get_store(request)
    body = (await query.run(store)).body if query.shares.strip() else None
    return await run_in_threadpool(scenario_render, request, store, query, body)


def scenario_render(
    request: Request, store: WebStore, query: ScenarioQuery, body: bytes | None
) -> Response:
    """The scenario page for a projection's JSON (in a worker thread: the map is drawn)."""
    result = None
    svg = hmap = None
    bar = ""
    if body is not None:
        result = json.loads(body)
        colours = party_colours(store)
        hmap = projected_map(store, result, colours)
        svg = hmap.svg()
        bar = seat_bar_svg(
            [
                (r["party"], r["seats"], colours.get(r["party"], OTHER_PARTY))
                for r in result["national"]
            ],
            title="Projected seats",
        )
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
        bar=bar,
        max_sims=MAX_SIMS,
        json_url=here(request, "/scenario.json") if result else None,
    )
