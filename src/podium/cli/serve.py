"""`podium serve`: the web workbench and the JSON API, on this machine only unless told otherwise."""
from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.store import open_existing
from podium.web import create_app

DEFAULT_HOST = "127.0.0.1"  # localhost: the store is read by whoever reaches the port
DEFAULT_PORT = 8000


@app.command()
def serve(host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = DEFAULT_HOST,
          port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = DEFAULT_PORT,
          db: DbOption = DEFAULT_DB):
    """Serve the pages and the JSON API (OpenAPI at /openapi.json) over the store, read-only."""
    open_existing(db).dispose()  # a missing, foreign or older store ends here, in one line (podium.cli.errors)
    typer.echo(f"Podium on http://{host}:{port}/ (API: /api, /openapi.json), store {db}, read-only", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
