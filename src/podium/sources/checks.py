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
# A calendar date, optionally with the time of day of a datetime (HTML metadata gives "2012-06-15T08:00:00+09:00");
# nothing else may follow it ("2012-01-03garbage"), and other ISO forms ("2012-W01-1", "20120103") are no dates here.
_ISO_DATE = re.compile(r"(\d{4}-\d\d-\d\d)(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d\d:?\d\d)?)?")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
TEXT_FIELDS = ("id", "date", "title", "text", "url", "source")  # every field a report may have: all strings
_JSON_TYPES = {dict: "a JSON object", list: "a JSON list", bool: "true or false", int: "a JSON number",
               float: "a JSON number"}


def excerpt(text: str) -> str:
    """The first characters of bad input, as storable text (a lone surrogate is no UTF-8 and would fail)."""
    return _LONE_SURROGATE.sub("\ufffd", text[:EXCERPT_CHARS])


def iso_date(value: object) -> str | None:
    """`value` as YYYY-MM-DD when it is a real calendar date, or a datetime on one (its time part is dropped)."""
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def field_problem(name: str, value: object) -> str | None:
    """Why `value` cannot be the report field `name`, or None: every field is a string of valid Unicode, and an
    id is one line of visible text (it names the report in every command)."""
    if not isinstance(value, str):
        return f"'{name}' must be a string, not {_JSON_TYPES.get(type(value), type(value).__name__)}"
    surrogate = _LONE_SURROGATE.search(value)
    if surrogate:
        return (f"'{name}' holds a lone surrogate (U+{ord(surrogate.group()):04X}) at character "
                f"{surrogate.start()}: not valid Unicode")
    if name == "id":
        if not value.strip():
            return "'id' is blank"
        if _CONTROL.search(value):
            return "'id' holds a control character"
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
    """A `RawReport` from the fields a reader found, or the `Rejected` that says which rule it breaks.

    Every field is checked here, at the edge, so nothing unvalidated reaches the store."""
    def rejected(reason: str) -> Rejected:
        return Rejected(origin, line, reason, excerpt(source_line))

    for name in TEXT_FIELDS:
        problem = field_problem(name, fields[name]) if fields.get(name) not in (None, "") else None
        if problem:
            return rejected(f"invalid field: {problem}")
    text = fields.get("text") or ""
    if not clean(text):
        return rejected("empty report: no text" + (" (only a title)" if fields.get("title") else ""))
    raw_date = fields.get("date")
    date = iso_date(raw_date)
    if date is None:
        return rejected(f"report without a date: {raw_date!r} is not an ISO date (YYYY-MM-DD)"
                        if raw_date else "report without a date: give one with --date")
    report_id = (fields.get("id") or "").strip() or derived_id(date, text)
    return RawReport(id=report_id, date=date, title=fields.get("title") or "", text=text,
                     url=fields.get("url") or None, source=fields.get("source") or None,
                     origin=origin, line=line)
