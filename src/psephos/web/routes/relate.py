"""Relationships between seat measures: ``/relate`` and ``/relate.json`` over
:func:`psephos.analysis.relate.relate` (the ``psephos relate --json`` shape), with a
scatter of the seats and the library's fitted line."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from psephos.web.app import get_store
from psephos.web.charts import scatter_svg
from psephos.web.respond import json_response, page
from psephos.web.store import WebStore

router = APIRouter()
Y = Annotated[str, Query(max_length=80, description="The Y metric, e.g. change:Lab")]
X = Annotated[str, Query(max_length=80, description="The X metric, e.g. census:Muslim")]
Where = Annotated[str, Query(max_length=300, description="Filters separated by ';'")]
Election = Annotated[str, Query(max_length=40, description="ge2024, ge2019, ...")]


def relation(store: WebStore, y: str, x: str, where: str, election: str) -> tuple[Any, Any]:
    """(``to_dict()`` in plain JSON types, the Relation) for these inputs, cached."""
    from psephos.analysis.relate import relate
    from psephos.commands._common import to_jsonable

    filters = [w.strip() for w in where.split(";") if w.strip()]
    key = ("relate", y.strip(), x.strip(), tuple(filters), election)

    def make() -> tuple[Any, Any]:
        with store.lock:
            rel = store.call(relate, y, x, election=election, where=filters or None)
            return to_jsonable(rel.to_dict()), rel

    return store.cached(key, make)


@router.get("/relate.json", tags=["analysis"], summary="Correlation and regression across seats")
def relate_json(
    request: Request,
    y: Y = "change:Lab",
    x: X = "census:Muslim",
    where: Where = "",
    election: Election = "ge2024",
) -> Response:
    return json_response(relation(get_store(request), y, x, where, election)[0])


@router.get("/relate", include_in_schema=False)
def relate_page(
    request: Request,
    y: Y = "change:Lab",
    x: X = "census:Muslim",
    where: Where = "",
    election: Election = "ge2024",
) -> Response:
    body, rel = relation(get_store(request), y, x, where, election)
    xkey = rel.x[0].key
    points = [(float(r[xkey]), float(r["y"]), str(r["name"])) for _, r in rel.data.iterrows()]
    coef = {row["term"]: row["coef"] for row in body["coefficients"]}
    line = (coef["const"], coef[xkey]) if len(rel.x) == 1 else None
    chart = scatter_svg(points, line, x_label=rel.x[0].label, y_label=rel.y.label)
    return page(
        request,
        "relate.html",
        title=f"{rel.y.label} against {rel.x[0].label}",
        r=body,
        chart=chart,
        y=y,
        x=x,
        where=where,
        election=election,
        json_url=request.url.replace(path="/relate.json"),
    )
