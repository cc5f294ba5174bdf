"""What makes a read record a usable report: an id, a real ISO date, and some text once cleaned.

Every reader builds its reports through `make_report`, so each format is held to the same rules and gives the
same reasons when it falls short.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re

from podium.sources.cleaning import clean
from podium.sources.model import RawReport, Rejected

EXCERPT_CHARS = 300
_DATE_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)")


def excerpt(text: str) -> str:
    return text[:EXCERPT_CHARS]


def iso_date(value: object) -> str | None:
    """`value` as YYYY-MM-DD when it starts with a real calendar date (a datetime's time part is dropped)."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def date_in_name(name: str) -> str | None:
    """A date written in a file name ("kcna-2011-12-19.txt", "20111219-report.html"), if it holds a real one."""
    for match in _DATE_IN_TEXT.finditer(name):
        found = iso_date("-".join(match.groups()))
        if found:
            return found
    return None


def derived_id(date: str | None, text: str) -> str:
    """An id for a record that came without one: stable, so re-reading the same input gives the same id."""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return f"report-{date or 'nodate'}-{digest}"


def make_report(fields: dict, *, origin: str, line: int | None, source_line: str) -> RawReport | Rejected:
    """A `RawReport` from the fields a reader found, or the `Rejected` that says which rule it breaks."""
    def rejected(reason: str) -> Rejected:
        return Rejected(origin, line, reason, excerpt(source_line))

    text = fields.get("text")
    if text is not None and not isinstance(text, str):
        return rejected(f"not a report: 'text' must be a string, not {type(text).__name__}")
    text = text or ""
    if not clean(text):
        return rejected("empty report: no text" + (" (only a title)" if fields.get("title") else ""))
    raw_date = fields.get("date")
    date = iso_date(raw_date)
    if date is None:
        return rejected(f"report without a date: {raw_date!r} is not an ISO date (YYYY-MM-DD)"
                        if raw_date else "report without a date: give one with --date")
    report_id = fields.get("id")
    report_id = str(report_id).strip() if report_id not in (None, "") else derived_id(date, text)
    return RawReport(id=report_id, date=date, title=str(fields.get("title") or ""), text=text,
                     url=fields.get("url") or None, source=fields.get("source") or None,
                     origin=origin, line=line)
