"""Dates as KCNA writes them, resolved against the report's own date.

Reports rarely give a full date: a meeting "was held on Friday", "continued on the 7th", "took place from Dec. 9
to 11" or "in March of 1958". Only the report's publication date makes these certain, so every resolver takes
it; without it, only dates that carry their own year resolve. The result is ISO: "YYYY-MM-DD", or "YYYY-MM" /
"YYYY" when only that much is stated (the guideline's rule for partly known dates).
"""
from __future__ import annotations

import re
from datetime import date as Date, timedelta

from podium.extract.text import MONTHS, WEEKDAYS, month_alternation
from podium.vocab import load_vocab

_VOCAB = load_vocab("dates")
HALF_YEAR = 6  # months: a month named without a year lies within this of the report

_MONTH_NAMES = month_alternation()
_MONTH = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_YEAR = r"(?:,?\s+(?:Juche\s+\d+\s+\()?(?P<year>1[89]\d\d|20\d\d)\)?)?"
# A month and day followed by a capitalised word is a name ("April 25 House of Culture"), not a date.
_MONTH_DAY = _MONTH + r"\s+(?P<day>\d{1,2})(?:\s*(?:-|to|and)\s*\d{1,2})?(?!\d)" + _YEAR \
    + r"(?P<rel>\s+(?:last|this|next)\s+year)?(?!\s+[A-Z](?!uche))" \
    + r"(?!\s+(?:that|the\s+same|the\s+following|the\s+previous)\s+year)"
_MONTH_YEAR = r"\b[Ii]n\s+(?P<ymonth>" + _MONTH_NAMES + r")\.?(?:\s+of)?,?\s+(?:Juche\s+\d+\s+\()?" \
    r"(?P<myear>1[89]\d\d|20\d\d)\b\)?"
_NTH = r"\bon\s+the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)\b(?!\s+[A-Z]|\s+(?:congress|conference|meeting|session|plenary))"
_MONTH_ONLY = r"\b[Ii]n\s+(?P<omonth>" + _MONTH_NAMES + r")\b(?!\s*\.?\s*\d|\s+Juche)(?:\s+(?P<orel>last|this)\s+year)?"
_PARTS = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_VOCAB["month_parts"], key=len, reverse=True))
_PART = r"(?:the\s+)?(?:" + _PARTS + r")[\s-]+(?:of\s+)?"
# "during the last third of December", "from late June to early July Juche 19 (1930)"
_MONTH_PART = r"\b(?:in|during|for|from)\s+" + _PART + r"(?P<pmonth>" + _MONTH_NAMES + r")\b(?!\s*\.?\s*\d{1,2}\b)" + \
    r"(?:\s+to\s+" + _PART + r"(?:" + _MONTH_NAMES + r")\b)?(?:,?\s+(?:Juche\s+\d+\s+\()?(?P<pyear>1[89]\d\d|20\d\d)\)?)?"
_WEEKDAY = r"\b(?P<weekday>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b"
_RELATIVE = r"\b(?P<relative>today|yesterday)\b"
_YEAR_ONLY = r"\b[Ii]n\s+(?P<onlyyear>1[89]\d\d|20\d\d)\b(?!\s*[-/])"
# "for this year" is a scope, not a date: only "last year", or a year a meeting is held in, dates it.
# "the last year of his life" is a noun phrase, not last year.
_RELATIVE_YEAR = r"\b(?:(?:held|convened|opened|place|in)\s+(?P<relyear>this|next)|(?<![Tt]he\s)(?P<lastyear>last))" \
    r"\s+year\b"
DATE_RE = re.compile("|".join(f"(?:{p})" for p in (_MONTH_DAY, _MONTH_YEAR, _NTH, _MONTH_PART, _MONTH_ONLY, _WEEKDAY,
                                                      _RELATIVE, _YEAR_ONLY, _RELATIVE_YEAR)))


def _report_day(report_date: str | None) -> Date | None:
    try:
        return Date.fromisoformat(report_date) if report_date else None
    except ValueError:
        return None


def _month_day(match: re.Match, today: Date | None) -> str | None:
    month, day = MONTHS[match["month"].lower()], int(match["day"])
    if match["year"]:
        year = int(match["year"])
    elif today is None:
        return None
    else:
        year = today.year + {"last": -1, "next": 1}.get((match["rel"] or " this ").split()[0], 0)
        # Without a year a date lies in the year that puts it near the report, not months ahead of it.
        if not match["rel"] and (month, day) > (today.month, today.day) and month - today.month > 2:
            year -= 1
    try:
        return Date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(month: int, today: Date | None) -> str | None:
    """"In April": that month of the report's year, or of the year before when it lies well after the report."""
    if today is None:
        return None
    year = today.year - (month - today.month > 2)
    return f"{year}-{month:02d}"


def _nearest_month(month: int, today: Date | None) -> str | None:
    """ "During the last third of December": the month of that name nearest the report, which may lie in the next
    year (a meeting announced in a December report for "early January")."""
    if today is None:
        return None
    year = today.year + (today.month - month > HALF_YEAR) - (month - today.month > HALF_YEAR)
    return f"{year}-{month:02d}"


def _nth(day: int, today: Date | None) -> str | None:
    """"On the 7th": the latest 7th on or before the report."""
    if today is None:
        return None
    year, month = today.year, today.month
    if day > today.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return Date(year, month, day).isoformat()
    except ValueError:
        return None


def resolve(match: re.Match, report_date: str | None) -> str | None:
    """The ISO date (or year-month, or year) that one match of `DATE_RE` means in a report of `report_date`."""
    today = _report_day(report_date)
    if match["month"] and match["day"]:
        return _month_day(match, today)
    if match["myear"]:
        return f"{match['myear']}-{MONTHS[match['ymonth'].lower()]:02d}"
    if match["nth"]:
        return _nth(int(match["nth"]), today)
    if match["pmonth"]:
        month = MONTHS[match["pmonth"].lower()]
        return f"{match['pyear']}-{month:02d}" if match["pyear"] else _nearest_month(month, today)
    if match["omonth"]:
        month = MONTHS[match["omonth"].lower()]
        if match["orel"]:
            return f"{today.year - (match['orel'] == 'last')}-{month:02d}" if today else None
        return _month(month, today)
    if match["onlyyear"]:
        return match["onlyyear"]
    if today is None:
        return None
    if match["relyear"] or match["lastyear"]:
        return str(today.year + {"last": -1, "this": 0, "next": 1}[match["relyear"] or match["lastyear"]])
    if match["weekday"]:
        # KCNA reports an event on the day it happened or soon after: the latest such weekday up to the report.
        back = (today.weekday() - WEEKDAYS.index(match["weekday"].lower())) % 7
        return (today - timedelta(days=back)).isoformat()
    return (today - timedelta(days=match["relative"].lower() == "yesterday")).isoformat()


def first_date(text: str, report_date: str | None) -> tuple[str, tuple[int, int]] | None:
    """The first date stated in `text` that resolves, with its span in `text`."""
    for match in DATE_RE.finditer(text):
        value = resolve(match, report_date)
        if value:
            return value, match.span()
    return None
