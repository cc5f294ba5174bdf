"""Rendering pages: the Jinja2 environment, the one date format, and the error page."""
from __future__ import annotations

from importlib import resources

from fastapi import Request
from fastapi.templating import Jinja2Templates

templates = Jinja2Templates(directory=str(resources.files("podium.web") / "templates"))
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(value: str | None) -> str:
    """The one date format of the pages: 11 Apr 2012 (a month or a year alone as the record has it)."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


templates.env.filters["day"] = day


def page(request: Request, template: str, title: str, crumbs: list[tuple[str, str]], status: int = 200,
         **context):
    """The page `template` with the page title and the breadcrumbs (label, link) every page shows."""
    return templates.TemplateResponse(request, template, {"title": title, "crumbs": crumbs, **context},
                                      status_code=status)


def render_error(request: Request, status: int, message: str):
    titles = {404: "Not found", 422: "Not a valid request", 500: "Something went wrong"}
    title = titles.get(status, "Error")
    return page(request, "error.html", title, [("Home", "/"), (title, "")], status=status, message=message,
                code=status)
