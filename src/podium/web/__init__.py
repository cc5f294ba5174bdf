"""The web face: a JSON API under `/api` and server-rendered pages, both thin layers over `podium.query`.

`create_app(db)` opens the store read-only; `podium serve` runs it with uvicorn on 127.0.0.1. Pages work without
JavaScript; the one small script (sortable tables, `/` to search) and the style sheet are served from `/static`,
so the workbench runs offline.
"""
from podium.web.app import create_app

__all__ = ["create_app"]
