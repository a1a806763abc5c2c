"""Responses: JSON twins in the CLI's ``--json`` shape, HTML pages and error pages.

A URL ending in ``.json`` (or ``.csv``) always answers in that format, errors included;
other URLs answer HTML unless the client asks for JSON only. Errors never show a
traceback: :class:`~psephos.errors.NotFoundError` is a 404 with suggestions,
:class:`~psephos.errors.InputError` and :class:`~psephos.errors.ModelError` are 422s.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send

from psephos.jsonable import to_jsonable
from psephos.web.encoded import Encoded

HERE = Path(__file__).resolve().parent


def json_bytes(obj: Any) -> bytes:
    """``obj`` as compact UTF-8 JSON, converted exactly as the CLI's ``--json`` does."""
    return json.dumps(to_jsonable(obj), ensure_ascii=False, separators=(",", ":")).encode()


class EncodedResponse(Response):
    """A response whose gzip form is already made (:class:`~psephos.web.encoded.Encoded`):
    it travels to :class:`~psephos.web.service.HTTPMiddleware` in the start message under
    ``"psephos.gzip"`` (servers ignore keys they do not know), so the server does not
    compress it again."""

    def __init__(self, encoded: Encoded, **kwargs: Any) -> None:
        super().__init__(encoded.body, **kwargs)
        self.gz = encoded.gz

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": self.status_code,
                "headers": self.raw_headers,
                "psephos.gzip": self.gz,
            }
        )
        await send({"type": "http.response.body", "body": self.body})


def json_response(
    obj: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """``obj`` as JSON: bytes are sent as they are, an :class:`Encoded` body with its
    gzip form, anything else encoded as the CLI's ``--json`` does."""
    if isinstance(obj, Encoded):
        return EncodedResponse(
            obj, status_code=status, media_type="application/json", headers=headers
        )
    body = obj if isinstance(obj, bytes) else json_bytes(obj)
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith((".json", ".csv")) or path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def long_date(value: Any) -> str:
    """An ISO date (as the JSON twins carry it) as the CLI writes it: "01 May 2025"."""
    from datetime import date

    try:
        return f"{date.fromisoformat(str(value)[:10]):%d %B %Y}"
    except ValueError:
        return str(value)


@lru_cache(maxsize=1)
def templates() -> Any:
    from fastapi.templating import Jinja2Templates

    tpl = Jinja2Templates(directory=str(HERE / "templates"))
    tpl.env.filters["urlquote"] = lambda s: quote(str(s), safe="")
    tpl.env.filters["pct"] = lambda v, d=1: "" if v is None else f"{100 * float(v):.{d}f}%"
    tpl.env.filters["signed_pct"] = lambda v, d=1: "" if v is None else f"{100 * float(v):+.{d}f}"
    tpl.env.filters["longdate"] = long_date
    tpl.env.filters["num"] = lambda v: (
        "" if v is None else (f"{v:,}" if isinstance(v, int) else f"{float(v):,.2f}")
    )
    return tpl


def page(
    request: Request, name: str, *, title: str, status: int = 200, **context: Any
) -> HTMLResponse:
    """Render template ``name`` inside the site layout."""
    ctx = {"title": title, "json_url": None, "sources": {}, **context}
    resp: HTMLResponse = templates().TemplateResponse(request, name, ctx, status_code=status)
    return resp


def error_response(
    request: Request,
    status: int,
    body: dict[str, Any],
    *,
    headers: dict[str, str] | None = None,
) -> Response:
    """An error as JSON (``{"error", "message", "hint", ...}``) or as an HTML page."""
    body = {"status": status, **body}
    if wants_json(request):
        resp = json_response(body, status=status)
    else:
        resp = page(
            request,
            "error.html",
            title=f"{status}: {body.get('error', 'Error')}",
            status=status,
            error=body,
        )
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def here(request: Request, path: str | None = None) -> str:
    """This request's path (or ``path``) with its query string: a link on this site,
    relative to the origin (never built from the request's ``Host`` header)."""
    query = request.url.query
    target = request.url.path if path is None else path
    return f"{target}?{query}" if query else target
