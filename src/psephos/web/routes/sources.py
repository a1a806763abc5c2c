"""Where every number comes from: ``/sources`` and ``/sources.json``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from psephos.web.app import get_store
from psephos.web.respond import json_response, page
from psephos.web.store import WebStore

router = APIRouter()
COLUMNS = ("source_id", "title", "publisher", "licence", "url", "sha256", "rows")


def sources(store: WebStore) -> list[dict[str, Any]]:
    """Every official file in the store, as the ``sources`` table holds it."""

    def make() -> list[dict[str, Any]]:
        rows = store.sql(f"SELECT {', '.join(COLUMNS)} FROM sources ORDER BY source_id")
        return [dict(zip(COLUMNS, r, strict=True)) for r in rows]

    return store.fixed(("sources",), make)


@router.get("/sources.json", tags=["sources"], summary="Every official file in the store")
def sources_json(request: Request) -> Response:
    return json_response(sources(get_store(request)))


@router.get("/sources", include_in_schema=False)
def sources_page(request: Request) -> Response:
    return page(
        request,
        "sources.html",
        title="Sources",
        rows=sources(get_store(request)),
        json_url="/sources.json",
    )


@router.get("/status.json", tags=["sources"], summary="The server's store build, cache and jobs")
def status_json(request: Request) -> Response:
    """What the server holds now: the store build id, the response cache's bytes against
    its cap, and the heavy jobs running against their limit (never cached)."""
    store = get_store(request)
    body = {
        "build_id": store.build_id(),
        "cache": {
            "bytes": store.bodies.nbytes,
            "max_bytes": store.bodies.max_bytes,
            "entries": len(store.bodies),
        },
        "heavy_jobs": {"limit": store.jobs.limit, "running": store.jobs.running},
    }
    return json_response(body, headers={"cache-control": "no-store"})


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    """The site icon for clients that ask for it at the conventional path (pages link
    ``/static/favicon.svg``)."""
    from psephos.web.respond import HERE

    return Response((HERE / "static" / "favicon.svg").read_bytes(), media_type="image/svg+xml")
