"""Rankings: ``/rank``, ``/rank.json`` (the ``psephos rank --json`` shape) and ``/rank.csv``.

Calls :func:`psephos.analysis.rank.rank`; filters are ``KEY OP VALUE`` separated by ``;``
(e.g. ``country=England;second=Ind``), and every ranking states its universe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from psephos.web.app import get_store
from psephos.web.respond import here, json_bytes, json_response, page
from psephos.web.routes._query import split_filters
from psephos.web.store import WebStore

router = APIRouter()
MAX_TOP = 650

Metric = Annotated[
    str,
    Query(
        max_length=80,
        description="majority, turnout, share:Lab, change:Lab, swing:Con-Lab, census:Muslim ...",
    ),
]
Where = Annotated[
    str,
    Query(
        max_length=300,
        description="Filters KEY OP VALUE separated by ';', e.g. country=England;second=Ind",
    ),
]
Election = Annotated[str, Query(max_length=40, description="ge2024, ge2019, ... or notional2019")]
Top = Annotated[int, Query(ge=1, le=MAX_TOP, description="Rows to return")]
Order = Annotated[str, Query(pattern="^(asc|desc)$", description="asc: smallest first")]


def ranking(
    store: WebStore, metric: str, where: str, election: str, top: int, order: str
) -> dict[str, Any]:
    from psephos.analysis.rank import rank

    filters = split_filters(where)
    key = ("rank", metric.strip(), tuple(filters), election, top, order)
    body = store.cached(
        key,
        lambda: json_bytes(
            store.call(
                rank,
                metric,
                election=election,
                where=filters or None,
                top=top,
                ascending=order == "asc",
            ).to_dict()
        ),
    )
    result: dict[str, Any] = json.loads(body)
    return result


@dataclass(frozen=True)
class RankQuery:
    """A ranking's query parameters, read once for the page and both of its twins."""

    metric: str
    where: str
    election: str
    top: int
    order: str

    def result(self, request: Request) -> dict[str, Any]:
        return ranking(
            get_store(request), self.metric, self.where, self.election, self.top, self.order
        )


def rank_query(default_top: int) -> Callable[..., RankQuery]:
    """The dependency that reads a :class:`RankQuery`; only ``top``'s default differs by URL."""

    def read(
        metric: Metric = "majority",
        where: Where = "",
        election: Election = "ge2024",
        top: Top = default_top,
        order: Order = "desc",
    ) -> RankQuery:
        return RankQuery(metric, where, election, top, order)

    return read


#: /rank and /rank.json show 50 rows by default; /rank.csv every seat.
PageQuery = Annotated[RankQuery, Depends(rank_query(default_top=50))]
CsvQuery = Annotated[RankQuery, Depends(rank_query(default_top=MAX_TOP))]


@router.get(
    "/rank.json", tags=["analysis"], summary="Seats ranked by a metric: `psephos rank --json`"
)
def rank_json(request: Request, query: PageQuery) -> Response:
    return json_response(query.result(request))


@router.get("/rank.csv", tags=["analysis"], summary="The ranking's rows as CSV")
def rank_csv(request: Request, query: CsvQuery) -> Response:
    from psephos.jsonable import to_jsonable

    result = query.result(request)
    rows = to_jsonable(result["rows"])
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    name = "".join(c if c.isalnum() else "-" for c in str(result["metric"]["key"]))
    return Response(
        buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="psephos-rank-{name}.csv"'},
    )


@router.get("/rank", include_in_schema=False)
def rank_page(request: Request, query: PageQuery) -> Response:
    from psephos.jsonable import to_jsonable

    result = query.result(request)
    return page(
        request,
        "rank.html",
        title=f"Ranking: {result['metric']['label']}",
        r=result,
        rows=to_jsonable(result["rows"]),
        **asdict(query),
        json_url=here(request, "/rank.json"),
        csv_url=here(request, "/rank.csv"),
    )
