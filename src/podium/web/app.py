"""The ASGI application: the store, the API, the pages and the answers to what goes wrong."""
from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from podium.query import BadQuery, NotFound, read_only
from podium.web import api, pages
from podium.web.render import render_error

log = logging.getLogger("podium.web")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _answer(request: Request, status: int, message: str):
    """The error as JSON for the API, as a page for a person; never a stack trace."""
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render_error(request, status, message)


def create_app(db: str | Path) -> FastAPI:
    """The workbench over the store at `db`, opened read-only."""
    app = FastAPI(title="Podium", version="1", summary="Who holds power in North Korea, from its state media: "
                  "people, posts, meetings and changes, each with the report sentence that proves it.",
                  docs_url="/api/docs", redoc_url=None)
    app.state.engine = read_only(db)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(resources.files("podium.web") / "static")), name="static")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound):
        return _answer(request, 404, str(error))

    @app.exception_handler(BadQuery)
    async def bad_query(request: Request, error: BadQuery):
        return _answer(request, 422, str(error))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        if _wants_json(request):
            return JSONResponse({"detail": error.errors()}, status_code=422)
        problems = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in error.errors())
        return render_error(request, 422, problems)

    @app.exception_handler(Exception)
    async def failed(request: Request, error: Exception):
        log.exception("error serving %s", request.url.path)
        return _answer(request, 500, "internal error: the server's log has the details")

    return app
