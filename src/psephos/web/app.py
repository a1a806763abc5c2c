"""The application factory: routes, static assets, error handling and input limits.

:func:`create_app` returns a FastAPI (ASGI) app over one read-only store. HTML pages and
their JSON twins are registered by the modules in :mod:`psephos.web.routes`; only the JSON
twins appear in the OpenAPI document (``/openapi.json``). The interactive ``/docs`` page
is off because it loads its scripts from a CDN, and the app must work with no network.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from psephos.errors import InputError, ModelError, NotFoundError, PsephosError, StoreError
from psephos.web.respond import HERE, error_response, templates
from psephos.web.store import WebStore

log = logging.getLogger("psephos.web")
MAX_BODY = 256 * 1024  # bytes: the claim checker's text is the only body we accept
MAX_URL = 4096


def status_for(exc: PsephosError) -> int:
    """The HTTP status of a library error."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, InputError | ModelError):
        return 422
    if isinstance(exc, StoreError):
        return 503
    return 422


class LimitMiddleware:
    """Refuse over-long URLs (414) and bodies (413) before any route sees them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = scope.get("raw_path") or scope.get("path", "").encode()
        size = len(raw) + len(scope.get("query_string", b""))
        length = dict(scope.get("headers", [])).get(b"content-length", b"0")
        try:
            body = int(length)
        except ValueError:
            body = MAX_BODY + 1
        if size > MAX_URL or body > MAX_BODY:
            status = 414 if size > MAX_URL else 413
            what = "URL" if status == 414 else "request body"
            limit = MAX_URL if status == 414 else MAX_BODY
            resp = error_response(
                Request(scope),
                status,
                {
                    "error": "InputError",
                    "message": f"The {what} is longer than {limit} bytes.",
                    "hint": "Send less text.",
                },
            )
            await resp(scope, receive, send)
            return
        await self.app(scope, receive, send)


def create_app(db: str | os.PathLike[str] | None = None) -> FastAPI:
    """The psephos web app over the store at ``db`` (default: ``$PSEPHOS_DB``).

    Raises
    ------
    StoreError
        when there is no usable store at ``db``.
    """
    from psephos import __version__
    from psephos.web.routes import NAV, ROUTERS

    store = WebStore(db)
    store.check()
    app = FastAPI(
        title="psephos",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="UK Westminster election results computed from the official files. "
        "Every HTML page has a JSON twin (the same URL ending in .json) with the shape of "
        "the matching `psephos ... --json` command.",
    )
    app.state.store = store
    templates().env.globals["nav"] = NAV
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(LimitMiddleware)

    @app.exception_handler(PsephosError)
    async def _psephos(request: Request, exc: PsephosError) -> Response:
        return error_response(request, status_for(exc), exc.to_dict())

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
            problems.append(f"{where}: {err.get('msg', 'invalid')}")
        return error_response(
            request,
            422,
            {
                "error": "InputError",
                "message": "Invalid request: " + "; ".join(problems) + ".",
                "hint": "See /openapi.json for the parameters each URL accepts.",
            },
        )

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        message = {
            404: f"No page at {request.url.path[:200]}.",
            405: f"{request.method} is not allowed here.",
        }.get(exc.status_code, str(exc.detail))
        return error_response(
            request,
            exc.status_code,
            {
                "error": "NotFound" if exc.status_code == 404 else "HTTPError",
                "message": message,
                "hint": "Start from the home page, /, or search at /search."
                if exc.status_code == 404
                else None,
            },
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:  # pragma: no cover
        log.exception("unexpected error on %s", request.url.path)
        return error_response(
            request,
            500,
            {
                "error": "InternalError",
                "message": "psephos hit an unexpected error.",
                "hint": "Please report it with the URL you opened.",
            },
        )

    return app


def get_store(request: Request) -> WebStore:
    """The app's :class:`WebStore` (for route functions)."""
    store: WebStore = request.app.state.store
    return store


def app_from_env() -> Any:  # pragma: no cover - used by `uvicorn --factory`
    return create_app(os.environ.get("PSEPHOS_DB"))
