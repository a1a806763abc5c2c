"""Relationships between seat measures: ``/relate`` and ``/relate.json`` over
:func:`psephos.analysis.relate.relate` (the ``psephos relate --json`` shape), with a
scatter of the seats and the library's fitted line."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from psephos.jsonable import to_jsonable
from psephos.web.app import get_store
from psephos.web.charts import scatter_svg
from psephos.web.respond import here, json_bytes, json_response, page
from psephos.web.routes._query import split_filters

router = APIRouter()
Y = Annotated[str, Query(max_length=80, description="The Y metric, e.g. change:Lab")]
X = Annotated[str, Query(max_length=80, description="The X metric, e.g. census:Muslim")]
Where = Annotated[str, Query(max_length=300, description="Filters separated by ';'")]
Election = Annotated[str, Query(max_length=40, description="ge2024, ge2019, ...")]


@dataclass(frozen=True)
class RelateQuery:
    """A relation's query parameters, read once for the page and its JSON twin."""

    y: str
    x: str
    where: str
    election: str


def relate_query(
    y: Y = "change:Lab",
    x: X = "census:Muslim",
    where: Where = "",
    election: Election = "ge2024",
) -> RelateQuery:
    """The dependency that reads a :class:`RelateQuery` from the query string."""
    return RelateQuery(y, x, where, election)


RelateParams = Annotated[RelateQuery, Depends(relate_query)]


def relate_data(db: str, y: str, x: str, where: str, election: str) -> bytes:
    """The ``psephos relate --json`` body and the scatter's points and axes, as JSON
    bytes: a heavy job (:class:`Jobs`), module-level so that it can run in a worker."""
    from psephos.analysis.relate import relate

    filters = split_filters(where)
    rel = relate(y, x, election=election, where=filters or None, db=db)
    xkey = rel.x[0].key
    points = [[float(r[xkey]), float(r["y"]), str(r["name"])] for _, r in rel.data.iterrows()]
    body = rel.to_dict()
    coef = {row["term"]: row["coef"] for row in to_jsonable(body)["coefficients"]}
    return json_bytes(
        {
            "body": body,
            "points": points,
            "line": [coef["const"], coef[xkey]] if len(rel.x) == 1 else None,
            "x": rel.x[0].to_dict(),
            "y": rel.y.to_dict(),
        }
    )


async def relation(request: Request, q: RelateQuery) -> dict[str, Any]:
    """:func:`relate_data` for this query, cached per build."""
    store = get_store(request)
    key = ("relate", q.y.strip(), q.x.strip(), q.where.strip(), q.election)
    data: dict[str, Any] = json.loads(
        (await store.heavy(key, relate_data, store.path, q.y, q.x, q.where, q.election)).body
    )
    return data


@router.get("/relate.json", tags=["analysis"], summary="Correlation and regression across seats")
async def relate_json(request: Request, query: RelateParams) -> Response:
    return json_response((await relation(request, query))["body"])


@router.get("/relate", include_in_schema=False)
async def relate_page(request: Request, query: RelateParams) -> Response:
    data = await relation(request, query)
    return await run_in_threadpool(relate_render, request, query, data)


def relate_render(request: Request, query: RelateQuery, data: dict[str, Any]) -> Response:
    """The page: the numbers and a scatter with the fitted line (axes in percent for
    shares and changes)."""
    body, x, y = data["body"], data["x"], data["y"]
    chart = scatter_svg(
        [(float(a), float(b), str(n)) for a, b, n in data["points"]],
        tuple(data["line"]) if data["line"] else None,
        x_label=x["label"],
        y_label=y["label"],
        x_unit=x["unit"],
        y_unit=y["unit"],
    )
    return page(
        request,
        "relate.html",
        title=f"{y['label']} against {x['label']}",
        r=body,
        chart=chart,
        **asdict(query),
        json_url=here(request, "/relate.json"),
    )
