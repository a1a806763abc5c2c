"""The application factory: routes, static assets, error handling and input limits.

:func:`create_app` returns a FastAPI (ASGI) app over one read-only store. HTML pages and
their JSON twins are registered by the modules in :mod:`psephos.web.routes`; only the JSON
twins appear in the OpenAPI document (``/openapi.json``). The interactive ``/docs`` page
is off because it loads its scripts from a CDN, and the app must work with no network.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from psephos.errors import InputError, ModelError, NotFoundError, PsephosError, StoreError
from psephos.web.respond import HERE, error_response, templates
from psephos.web.service import HTTPMiddleware, LimitMiddleware, code_id
from psephos.web.store import CACHE_BYTES, HEAVY_JOBS, ServerBusy, WebStore

log = logging.getLogger("psephos.web")


def status_for(exc: PsephosError) -> int:
    """The HTTP status of a library error."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, InputError | ModelError):
        return 422
    if isinstance(exc, StoreError):
        return 503
    return 422


def allowed_methods(app: Any, scope: Scope) -> list[str]:
    """The methods some route accepts at this path (``HEAD`` wherever ``GET`` is)."""
    from starlette.routing import Match

    def walk(routes: list[Any]) -> Iterator[Any]:
        for route in routes:
            inner = getattr(route, "original_router", None)  # FastAPI's included routers
            yield from walk(inner.routes) if inner is not None else (route,)

    methods: set[str] = set()
    probe = {**scope, "method": "GET", "type": "http"}
    for route in walk(app.router.routes):
        match, _ = route.matches(probe)
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or {"GET"})
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def create_app(
    db: str | os.PathLike[str] | None = None,
    *,
    origin: str | None = None,
    cache_bytes: int = CACHE_BYTES,
    heavy_jobs: int = HEAVY_JOBS,
    processes: bool = False,
) -> FastAPI:
    """The psephos web app over the store at ``db`` (default: ``$PSEPHOS_DB``).

    ``origin`` (``http://host:port``) is where the app is served: redirects are built
    from it, never from the request's ``Host`` header (without it they are relative).
    ``cache_bytes`` caps the memory of the response cache; ``heavy_jobs`` bounds how
    many projections, claim checks and regressions run at once, in that many worker
    processes with ``processes=True`` (what ``psephos serve`` does), else in threads.

    Raises
    ------
    StoreError
        when there is no usable store at ``db``.
    InputError
        when ``origin`` is not ``http(s)://HOST[:PORT]``.
    """
    from psephos import __version__
    from psephos.web.routes import NAV, ROUTERS

    if origin and not re.fullmatch(r"https?://[^/\s?#]+/?", origin):
        raise InputError(
            f"The origin must be a scheme and host such as https://results.example.org; "
            f"got '{origin[:80]}'.",
            hint="Give --origin as http(s)://HOST[:PORT], with no path.",
        )
    store = WebStore(db, cache_bytes=cache_bytes, heavy_jobs=heavy_jobs, processes=processes)
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
    app.state.origin = origin.rstrip("/") if origin else ""
    templates().env.globals["nav"] = NAV
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for router in ROUTERS:
        app.include_router(router)
    assets = [f for d in ("templates", "static") for f in (HERE / d).iterdir()]
    app.add_middleware(HTTPMiddleware, store=store, code_id=code_id(assets, __version__))
    app.add_middleware(LimitMiddleware)  # added last: the outermost

    @app.exception_handler(PsephosError)
    async def _psephos(request: Request, exc: PsephosError) -> Response:
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, ServerBusy) else None
        return error_response(request, status_for(exc), exc.to_dict(), headers=headers)

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
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(allowed_methods(request.app, request.scope))
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
            headers=headers,
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


def redirect(request: Request, path: str, status: int = 307) -> Response:
    """A redirect to ``path`` (with its query) on the app's configured origin."""
    from starlette.responses import RedirectResponse

    return RedirectResponse(request.app.state.origin + path, status_code=status)


def app_from_env() -> Any:  # pragma: no cover - used by `uvicorn --factory`
    return create_app(os.environ.get("PSEPHOS_DB"))
