"""What every route takes: a read connection, and the common parameters with their checks."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import AfterValidator
from sqlalchemy import Connection

from podium.query import MAX_LIMIT

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


def connection(request: Request) -> Iterator[Connection]:
    with request.app.state.engine.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(connection)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="How many items to return.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="How many items to skip.")]
Day = Annotated[str | None, Query(pattern=DATE_PATTERN, description="A date, YYYY-MM-DD.")]


def _blank_is_none(value: str | None) -> str | None:
    return value or None


# A date a page's form sends: an empty field ("From" left blank) is no date, not a malformed one.
FormDay = Annotated[str | None, Query(pattern=f"^({DATE_PATTERN[1:-1]})?$",
                                      description="A date, YYYY-MM-DD, or empty."), AfterValidator(_blank_is_none)]
