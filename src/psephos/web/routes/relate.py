"""Relationships between seat measures: ``/relate`` and ``/relate.json`` over
:func:`psephos.analysis.relate.relate` (the ``psephos relate --json`` shape), with a
scatter of the seats and the library's fitted line."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from psephos.web.app import get_store
from psephos.web.charts import scatter_svg
from psephos.web.respond import json_response, page
from psephos.web.routes._query import split_filters
from psephos.web.store import WebStore

router = APIRouter()
Y = Annotated[str, Query(max_length=80, description="The Y metric, e.g. change:Lab")]
X = Annotated[str, Query(max_length=80, description="The X metric, e.g. census:Muslim")]
Where = Annotated[str, Query(max_length=300, description="Filters separated by ';'")]
Election = Annotated[str, Query(max_length=40, description="ge2024, ge2019, ...")]


def relation(store: WebStore, y: str, x: str, where: str, election: str) -> tuple[Any, Any]:
    """(``to_dict()`` in plain JSON types, the Relation) for these inputs, cached."""
    from psephos.analysis.relate import relate
    from psephos.jsonable import to_jsonable

    filters = split_filters(where)
    key = ("relate", y.strip(), x.strip(), tuple(filters), election)

    def make() -> tuple[Any, Any]:
        with store.lock:
            rel = store.call(relate, y, x, election=election, where=filters or None)
            return to_jsonable(rel.to_dict()), rel

    return store.cached(key, make)


@dataclass(frozen=True)
class RelateQuery:
    """A relation's query parameters, read once for the page and its JSON twin."""

    y: str
    x: str
    where: str
    election: str

    def relation(self, request: Request) -> tuple[Any, Any]:
        return relation(get_store(request), self.y, self.x, self.where, self.election)


def relate_query(
    y: Y = "change:Lab",
    x: X = "census:Muslim",
    where: Where = "",
    election: Election = "ge2024",
) -> RelateQuery:
    """The dependency that reads a :class:`RelateQuery` from the query string."""
    return RelateQuery(y, x, where, election)


RelateParams = Annotated[RelateQuery, Depends(relate_query)]


@router.get("/relate.json", tags=["analysis"], summary="Correlation and regression across seats")
def relate_json(request: Request, query: RelateParams) -> Response:
    return json_response(query.relation(request)[0])


@router.get("/relate", include_in_schema=False)
def relate_page(request: Request, query: RelateParams) -> Response:
    body, rel = query.relation(request)
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
        **asdict(query),
        json_url=request.url.replace(path="/relate.json"),
    )
