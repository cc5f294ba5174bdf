"""Meetings across reports: the events the extractor finds in each report (`report_events`) grouped into one
meeting per occurrence, with its sittings as children, and which meeting a report tells of.

Grouping: a meeting with an ordinal is one occurrence wherever it is named ("the 4th Conference of the Workers'
Party of Korea"); without an ordinal, one occurrence per stated date, or per report when no full date is given
(two undated "Meetings of the Cabinet" cannot be told to be one). A mention with a sitting number is a sitting,
whose parent is the meeting (and counts as a mention of the meeting too).

A report tells of a meeting (its people's roles are roles at that meeting) when it names exactly one meeting
whose date (the first full date any report gives it) is from `REPORTED_WITHIN_DAYS` days before the report's
date up to that date; any other meeting it names is a reference ("the decisions of the 8th Congress").
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date as Date

from podium.resolve.text import slug

REPORTED_WITHIN_DAYS = 7  # KCNA reports a meeting (abroad too) within a week of its first day; older ones are recalled
FULL_DATE_LENGTH = len("YYYY-MM-DD")
MAX_ID_LENGTH = 120  # ids go into FollowTheMoney entity ids (200 characters with a prefix)


@dataclass(frozen=True)
class EventMention:
    """One event as one report names it (a row of `report_events` with its report's date)."""
    report_id: str
    event_no: int
    report_date: str
    name: str
    kind: str
    ordinal: int | None
    sitting: int | None
    date: str | None  # ISO, or YYYY-MM / YYYY
    start: int
    end: int


@dataclass
class Meeting:
    id: str
    name: str
    kind: str
    ordinal: int | None
    sitting: int | None = None
    parent_id: str | None = None
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        """The first full date a report gives, else the most precise partial date, else None."""
        dates = sorted({m.date for m in self.mentions if m.date}, key=lambda d: (-len(d), d))
        return dates[0] if dates else None

    @property
    def title(self) -> str:
        """The name with its ordinal, as a reader writes it: "5th Session of the 12th Supreme People's Assembly"."""
        head = f"{_ordinal(self.ordinal)} " if self.ordinal else ""
        tail = f", sitting {self.sitting}" if self.sitting else ""
        return head + self.name + tail


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _short(text: str) -> str:
    if len(text) <= MAX_ID_LENGTH:
        return text
    return text[:MAX_ID_LENGTH - 9] + "-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _meeting_key(mention: EventMention) -> str:
    occurrence = (mention.ordinal if mention.ordinal is not None
                  else mention.date if mention.date and len(mention.date) == FULL_DATE_LENGTH
                  else mention.report_id)
    return _short(f"{slug(mention.name)}-{occurrence}")


def _reported(report_date: str, meeting: Meeting) -> bool:
    held = meeting.date
    if not held or len(held) != FULL_DATE_LENGTH:
        return False
    days = (Date.fromisoformat(report_date) - Date.fromisoformat(held)).days
    return 0 <= days <= REPORTED_WITHIN_DAYS


def group_meetings(mentions: list[EventMention]) -> tuple[list[Meeting], dict[str, str]]:
    """The meetings and sittings (parents before their sittings), and the meeting or sitting each report tells
    of (report id -> event id)."""
    found: dict[str, Meeting] = {}
    event_of: dict[tuple[str, int], str] = {}
    for mention in mentions:
        key = _meeting_key(mention)
        meeting = found.setdefault(key, Meeting(key, mention.name, mention.kind, mention.ordinal))
        meeting.mentions.append(mention)  # a report of one sitting is a report of the meeting
        if mention.sitting is None:
            event_of[mention.report_id, mention.event_no] = key
            continue
        sitting_key = f"{key}-sitting-{mention.sitting}"
        sitting = found.setdefault(sitting_key, Meeting(sitting_key, mention.name, mention.kind, mention.ordinal,
                                                        mention.sitting, key))
        sitting.mentions.append(mention)
        event_of[mention.report_id, mention.event_no] = sitting_key
    told: dict[str, set[str]] = {}
    for mention in mentions:
        event_id = event_of[mention.report_id, mention.event_no]
        if _reported(mention.report_date, found[event_id]):
            told.setdefault(mention.report_id, set()).add(event_id)
    reported = {report_id: ids.pop() for report_id, ids in told.items() if len(ids) == 1}
    return list(found.values()), reported
