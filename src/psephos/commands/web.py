"""``psephos serve``: the local web app; every page has a JSON twin (docs/web.md)."""

from __future__ import annotations

import re

import click

from psephos.commands._common import db_option, handle_errors, json_option

_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


def _host_ok(host: str) -> bool:
    """``host`` is an IP address or a DNS name (internationalised names in IDNA form)."""
    import ipaddress

    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return len(ascii_host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def _origin_problem(value: str) -> str:
    """What is wrong with ``value`` as ``http(s)://HOST[:PORT]``, or ``""``."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        port = parts.port  # ValueError when not a number from 0 to 65535
    except ValueError as exc:
        return f"it is not a URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return "it must start with http:// or https://"
    if parts.username is not None or parts.password is not None:
        return "it must not carry a user name or password"
    if parts.path not in ("", "/") or "?" in value or "#" in value:
        return "it must have no path, query or fragment"
    if not parts.hostname or not _host_ok(parts.hostname):
        return "its host is not a name or an IP address"
    if port == 0:
        return "its port must be from 1 to 65535"
    return ""


def check_origin(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--origin`` must be ``http(s)://HOST[:PORT]``: refused here, before anything is
    bound, when it is not (a bad port, a user name, a path, a host that is not a name)."""
    if value is None:
        return None
    problem = _origin_problem(value)
    if problem:
        raise click.BadParameter(
            f"{value[:80]!r}: {problem}. Give the public URL as http(s)://HOST[:PORT], "
            "e.g. https://results.example.org."
        )
    return value


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
@click.option(
    "--origin",
    default=None,
    metavar="URL",
    callback=check_origin,
    help="The public URL the app is reached at (e.g. behind a proxy); redirects use it. "
    "Default: http://HOST:PORT as bound.",
)
@click.option(
    "--cache-mb",
    default=64,
    show_default=True,
    type=click.IntRange(1, 65536),
    help="Memory cap of the response cache, in MiB.",
)
@click.option(
    "--heavy-jobs",
    default=None,
    type=click.IntRange(1, 64),
    help="How many projections, claim checks and regressions may run at once, each in a "
    "low-priority worker process. Default: the cores less one, at most 4 (1 on 2 cores).",
)
@db_option
@json_option
@handle_errors
def serve_cmd(
    host: str,
    port: int,
    origin: str | None,
    cache_mb: int,
    heavy_jobs: int | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Serve the web app (map, seats, search, rankings, scenarios, claim checker).

    \b
    Example:
      psephos serve --port 8000      # then open http://127.0.0.1:8000/
      curl http://127.0.0.1:8000/seat/E14001300.json

    With --json, print where it listens as {"url": ..., "host": ..., "port": ...}
    once the server is listening (with --port 0, the port the system chose).
    """
    from psephos.commands._common import echo_json
    from psephos.web import create_app
    from psephos.web.serve import serve
    from psephos.web.store import HEAVY_JOBS

    app = create_app(
        db,
        origin=origin,
        cache_bytes=cache_mb * 1024 * 1024,
        heavy_jobs=HEAVY_JOBS if heavy_jobs is None else heavy_jobs,
    )

    def ready(url: str, host: str, port: int) -> None:
        if as_json:
            echo_json({"url": url, "host": host, "port": port})
        else:
            click.echo(f"psephos is serving {url} (Ctrl+C to stop)")

    try:
        serve(app, host=host, port=port, on_ready=ready)
    finally:
        app.state.store.jobs.close()
