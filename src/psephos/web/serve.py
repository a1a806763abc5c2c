"""Running the app: uvicorn creates, binds and tunes its own listening sockets.

Letting the server create its sockets matters for speed: asyncio turns on ``TCP_NODELAY``
only for the TCP sockets it creates, and without it each small response on a kept-alive
connection waits for the client's delayed ACK (Nagle's algorithm), ~40 ms. uvicorn's
``httptools`` parser and ``uvloop`` event loop are used when installed (they are
dependencies of psephos). ``port=0`` lets the system pick a port; ``on_ready`` is called
with the URL, host and port actually bound once the server listens.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

from psephos.errors import InputError


def url_for(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _check_free(host: str, port: int) -> None:
    """Fail early, with a clear message, when ``host:port`` cannot be bound."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(
            f"Cannot listen on {host}: {exc.strerror}.",
            hint="Use an address of this machine, e.g. --host 127.0.0.1.",
        ) from None
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(addr)
        except OSError as exc:
            raise InputError(
                f"Cannot listen on {host}:{port}: {exc.strerror}.",
                hint="Pick another --port (0 lets the system choose).",
            ) from None


def serve(
    app: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    on_ready: Callable[[str, str, int], None] | None = None,
) -> None:
    """Serve ``app`` until interrupted (Ctrl+C or SIGTERM).

    Unless the app was given an origin, redirects use ``http://host:port`` as bound.

    Raises
    ------
    InputError
        when the address cannot be bound (in use, not this machine's).
    """
    import uvicorn

    _check_free(host, port)  # port 0 too: an address that does not resolve fails here
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_keep_alive=30,
        server_header=False,
    )

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            try:
                await super().startup(sockets)
            except SystemExit:
                raise InputError(
                    f"Cannot listen on {host}:{port}.",
                    hint="Pick another --port (0 lets the system choose).",
                ) from None
            bound = self.servers[0].sockets[0].getsockname()
            url = url_for(host, int(bound[1]))
            state = getattr(app, "state", None)
            if state is not None and not getattr(state, "origin", ""):
                state.origin = url
            store = getattr(state, "store", None)
            if store is not None:
                store.jobs.start(store.path)  # the worker processes warm up meanwhile
            if on_ready is not None:
                on_ready(url + "/", host, int(bound[1]))

    Server(config).run()
