"""``psephos serve``: the local web app; every page has a JSON twin (docs/web.md)."""

from __future__ import annotations

import click

from psephos.commands._common import db_option, handle_errors, json_option


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on; the default serves this machine only.",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="TCP port (0 picks a free one).",
)
@db_option
@json_option
@handle_errors
def serve_cmd(host: str, port: int, db: str | None, as_json: bool) -> None:
    """Serve the web app (map, seats, search, rankings, scenarios, claim checker).

    \b
    Example:
      psephos serve --port 8000      # then open http://127.0.0.1:8000/
      curl http://127.0.0.1:8000/seat/E14001300.json

    With --json, print where it listens as {"url": ..., "host": ..., "port": ...}
    before serving.
    """
    import socket

    import uvicorn

    from psephos.commands._common import echo_json
    from psephos.web import create_app

    app = create_app(db)
    # Bind first, so that --port 0 reports the port the system actually chose.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        from psephos.errors import InputError

        raise InputError(
            f"Cannot listen on {host}:{port}: {exc.strerror}.",
            hint="Pick another --port (0 lets the system choose).",
        ) from None
    port = sock.getsockname()[1]
    url = f"http://{host}:{port}/" if family == socket.AF_INET else f"http://[{host}]:{port}/"
    if as_json:
        echo_json({"url": url, "host": host, "port": port})
    else:
        click.echo(f"psephos is serving {url} (Ctrl+C to stop)")
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])
