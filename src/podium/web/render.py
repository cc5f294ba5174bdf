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


def ordinal(number: int | None) -> str:
    """4 -> "4th", 22 -> "22nd": how the reports number meetings."""
    if not number:
        return ""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def event_title(event: dict) -> str:
    """An event's name with its number, as the reports write it: "4th Conference of the Workers' Party ..."."""
    return f"{ordinal(event['ordinal'])} {event['name']}".strip()


templates.env.filters["day"] = day
templates.env.filters["event_title"] = event_title


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
