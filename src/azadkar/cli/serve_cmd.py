"""``azadkar serve``: the bilingual web app and JSON API on this machine."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from azadkar.cli._common import AzadkarCommand, Number, fail, whole_option

SERVE_HELP = """Run the azadkar web app (Persian and English pages, and the JSON API).

It listens on 127.0.0.1 (this machine only) unless you pass --host. Open the printed address in your browser; the API is described at /openapi.json.

Examples:

  azadkar serve

  azadkar serve --port 8080 --market-db ~/jobs.duckdb

  azadkar serve --cert me/cert.pem --key me/key.pem --trust me/ca.pem

Without --cert/--key, signing uses a TEST ONLY certificate (nobody else trusts it). It is made on first use in the data folder's web-test-cert folder (default ~/.local/share/azadkar/web-test-cert; --data-dir changes it) and kept there, so a file signed today still verifies against it after a restart. Nothing you type or upload leaves the machine; uploads are kept in a private temporary folder and removed after each request.
"""


def serve_command(
    host: Annotated[
        str, typer.Option(help="Address to listen on. 127.0.0.1 keeps it to this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, whole_option(low=1, high=65535, help="Port to listen on.")] = 8000,
    market_db: Annotated[
        Path | None,
        typer.Option(
            "--market-db",
            "--db",
            help="Market store the Market page ingests into (default: azadkar's own; "
            "--db as in the market commands).",
        ),
    ] = None,
    cert: Annotated[
        Path | None, typer.Option(help="Signing certificate chain (PEM) for content credentials.")
    ] = None,
    key: Annotated[Path | None, typer.Option(help="Private key (PEM) of --cert.")] = None,
    trust: Annotated[
        Path | None, typer.Option(help="CA certificate (PEM) that verification trusts.")
    ] = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            help="Host name the browser may use to reach the app (repeat). Needed with "
            "--host 0.0.0.0; defaults to loopback names only."
        ),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            help="azadkar's data folder on this computer, where the TEST ONLY signing "
            "certificate is kept between runs (default: ~/.local/share/azadkar, or "
            "$XDG_DATA_HOME/azadkar).",
        ),
    ] = None,
    max_upload_mb: Annotated[
        float,
        typer.Option(
            parser=Number(0.1, 1024), min=0.1, max=1024, help="Largest upload accepted, in MB."
        ),
    ] = 20.0,
) -> None:
    if (cert is None) != (key is None):
        fail("give both --cert and --key, or neither (to sign with a TEST ONLY certificate)")
    for label, path in (("--cert", cert), ("--key", key), ("--trust", trust)):
        if path is not None and not path.is_file():
            fail(f"{label} {path}: no such file")
    if data_dir is not None and data_dir.exists() and not data_dir.is_dir():
        fail(f"--data-dir {data_dir}: this is a file, not a folder")
    from azadkar.web import Settings, serve
    from azadkar.web.settings import LOOPBACK_HOSTS

    hosts = tuple(allow_host or ())
    if host not in LOOPBACK_HOSTS and not hosts:
        typer.secho(
            f"Warning: listening on {host}; other machines can reach this app. "
            "Pass --allow-host NAME for the name they will use.",
            fg=typer.colors.YELLOW,
            err=True,
        )
        hosts = ("*",)
    settings = Settings(
        market_db=str(market_db) if market_db else None,
        sign_cert=cert,
        sign_key=key,
        trust=trust,
        allowed_hosts=hosts,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
        data_dir=data_dir,
    )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"azadkar is running at http://{shown}:{port}/  (Ctrl+C stops it)")
    serve(settings, host=host, port=port)


def register(app: typer.Typer) -> None:
    app.command("serve", help=SERVE_HELP, cls=AzadkarCommand)(serve_command)
