"""HTTP plumbing around the routes, as pure ASGI middleware (no per-request thread hop).

:class:`LimitMiddleware` (outermost)
    refuses over-long URLs (414) and request bodies over :data:`MAX_BODY` (413), counting
    the bytes as they stream in, so a chunked body without ``Content-Length`` is cut off
    too: the server never holds more than one chunk past the limit.
:class:`HTTPMiddleware`
    answers ``HEAD`` for every ``GET`` route (the same headers, no body); keeps every
    ``GET`` 200 response, encoded and compressed, in the store's byte-bounded cache under
    the store's build id, so a repeat request is answered from memory; gives such responses
    an ``ETag`` derived from the build id, the app's code and the URL, with
    ``Cache-Control: no-cache``, so a browser's repeat view is a ``304 Not Modified``
    decided before any route runs; and gzips HTML, JSON, CSV, CSS, JavaScript and SVG
    bodies for clients that accept it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from psephos.web.encoded import encode_async
from psephos.web.store import WebStore

MAX_BODY = 1024 * 1024  # bytes: room for 50,000 characters of claim text, URL-encoded
MAX_URL = 4096
COMPRESSIBLE = (
    "text/",
    "application/json",
    "application/javascript",
    "image/svg+xml",
)


class LimitMiddleware:
    """Refuse over-long URLs (414) and bodies (413) before or while any route reads them."""

    def __init__(self, app: ASGIApp, *, max_body: int = MAX_BODY, max_url: int = MAX_URL):
        self.app = app
        self.max_body = max_body
        self.max_url = max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = scope.get("raw_path") or scope.get("path", "").encode()
        if len(raw) + len(scope.get("query_string", b"")) > self.max_url:
            await self._refuse(scope, receive, send, 414)
            return
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._refuse(scope, receive, send, 413)
            return
        received = 0
        state = {"started": False, "refused": False}

        async def limited_receive() -> Message:
            nonlocal received
            if state["refused"]:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body and not state["started"]:
                    # answer now and tell the route the client has gone: it stops reading
                    state["refused"] = True
                    await self._refuse(scope, receive, send, 413)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if state["refused"]:
                return  # the 413 has been sent; drop whatever the route answers
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not state["refused"]:
                raise

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, status: int) -> None:
        from psephos.web.respond import error_response

        what, limit = ("URL", self.max_url) if status == 414 else ("request body", self.max_body)
        resp = error_response(
            Request(scope),
            status,
            {
                "error": "InputError",
                "message": f"The {what} is longer than {limit:,} bytes.",
                "hint": "Send less: the claim checker takes up to 50,000 characters of text."
                if status == 413
                else "Use shorter query parameters.",
            },
        )
        resp.headers["connection"] = "close"  # do not read the rest of an oversized body
        await resp(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1").strip())
    return None


def _accepts_gzip(scope: Scope) -> bool:
    value = _header(scope, b"accept-encoding") or ""
    for part in value.lower().split(","):
        coding, _, q = part.strip().partition(";")
        if coding.strip() in ("gzip", "*"):
            return q.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


class _Captured:
    """A response read whole from the inner app (with its gzip form, if the route made
    one: :class:`~psephos.web.respond.EncodedResponse`)."""

    def __init__(self) -> None:
        self.status = 500
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: list[bytes] = []
        self.gz: bytes | None = None
        self.has_gz = False

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self.headers = list(message.get("headers", []))
            if "psephos.gzip" in message:
                self.has_gz = True
                self.gz = message["psephos.gzip"]
        elif message["type"] == "http.response.body":
            self.chunks.append(message.get("body", b""))

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)

    @property
    def ctype(self) -> str:
        return str(dict(self.headers).get(b"content-type", b"").decode("latin-1"))

    async def gzipped(self) -> bytes | None:
        """The body's gzip form: the route's, else made here (off the event loop when
        large); None when not compressible or not worth it."""
        if self.has_gz:
            return self.gz
        if not self.ctype.startswith(COMPRESSIBLE):
            return None
        return await encode_async(self.body)


class Cached:
    """A cached ``GET`` 200: headers, the body, and its gzip form (if worth having)."""

    __slots__ = ("body", "gz", "headers")

    def __init__(self, headers: list[tuple[bytes, bytes]], body: bytes, gz: bytes | None) -> None:
        keep = (b"content-type", b"content-disposition", b"last-modified")
        self.headers = [(k, v) for k, v in headers if k.lower() in keep]
        self.body = body
        self.gz = gz

    @property
    def nbytes(self) -> int:
        return len(self.body) + len(self.gz or b"") + sum(len(k) + len(v) for k, v in self.headers)


class HTTPMiddleware:
    """HEAD, ETag/304, Cache-Control, compression and the response cache (module docs)."""

    def __init__(self, app: ASGIApp, *, store: WebStore, code_id: str) -> None:
        self.app = app
        self.store = store
        self.code_id = code_id

    def etag(self, scope: Scope, build: str) -> str:
        url = scope.get("raw_path", b"") + b"?" + scope.get("query_string", b"")
        digest = hashlib.blake2b(url, digest_size=8, key=self.code_id.encode()[:64]).hexdigest()
        return f'W/"{build}-{digest}"'

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        head = method == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        gz_ok = _accepts_gzip(scope)
        if method not in ("GET", "HEAD"):
            cap = _Captured()
            await self.app(scope, receive, cap.send)
            await self._send(send, cap, gz_ok, head=False)
            return
        build = self.store.build_id()
        etag = self.etag(scope, build)
        key = ("http", scope.get("raw_path", b""), scope.get("query_string", b""))
        validators = [(b"etag", etag.encode()), (b"cache-control", b"no-cache")]
        if _matches(_header(scope, b"if-none-match"), etag):
            await _start(send, 304, validators + [(b"vary", b"Accept-Encoding")])
            await send({"type": "http.response.body", "body": b""})
            return
        hit: Cached | None = self.store.bodies.get((build, key))
        if hit is None:
            cap = _Captured()
            await self.app(scope, receive, cap.send)
            no_store = b"no-store" in dict(cap.headers).get(b"cache-control", b"")
            if cap.status != 200 or no_store:  # errors and live figures are not kept
                await self._send(send, cap, gz_ok, head=head)
                return
            hit = Cached(cap.headers, cap.body, await cap.gzipped())
            self.store.bodies.put((build, key), hit, hit.nbytes)
        body = hit.body
        headers = hit.headers + validators + [(b"vary", b"Accept-Encoding")]
        if gz_ok and hit.gz is not None:
            body = hit.gz
            headers.append((b"content-encoding", b"gzip"))
        headers.append((b"content-length", str(len(body)).encode()))
        await _start(send, 200, headers)
        await send({"type": "http.response.body", "body": b"" if head else body})

    async def _send(self, send: Send, cap: _Captured, gz_ok: bool, *, head: bool) -> None:
        """A response not kept in the cache, gzipped if the client accepts it."""
        body = cap.body
        out = [(k, v) for k, v in cap.headers if k.lower() != b"content-length"]
        encoded = any(k.lower() == b"content-encoding" for k, _ in out)
        gz = await cap.gzipped() if gz_ok and not encoded else None
        if gz is not None:
            body = gz
            out.append((b"content-encoding", b"gzip"))
            out.append((b"vary", b"Accept-Encoding"))
        out.append((b"content-length", str(len(body)).encode()))
        await _start(send, cap.status, out)
        await send({"type": "http.response.body", "body": b"" if head else body})


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    weak = etag.removeprefix("W/")
    return any(t.strip().removeprefix("W/") == weak for t in header.split(","))


async def _start(send: Send, status: int, headers: Iterable[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": list(headers)})


def code_id(files: Iterable[Any], version: str) -> str:
    """An id of the app's code and assets: the version and the templates' and static
    files' modification times, so an edited stylesheet gets a new ``ETag``."""
    stamp = [version] + [f"{f}:{f.stat().st_mtime_ns}" for f in sorted(files)]
    return hashlib.blake2b("|".join(stamp).encode(), digest_size=8).hexdigest()
