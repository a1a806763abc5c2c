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
@click.option(
    "--origin",
    default=None,
    metavar="URL",
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
